package main

// The claims: checking a claims file (claims check), writing a first one
// with its config (init), scoring the assessor against labelled records
// (eval).

import (
	"context"
	"flag"
	"fmt"
	"strconv"

	"github.com/litwatch/litwatch/internal/cmdline"
	"github.com/litwatch/litwatch/internal/config"
	"github.com/litwatch/litwatch/report/assess"
	"github.com/litwatch/litwatch/report/claims"
	"github.com/litwatch/litwatch/report/eval"
)

func claimsCommand() command {
	return command{
		name: "claims", summary: "check a claims file: its claims, their basis, the stored records each bears on", db: configOnly, words: true,
		usage: `Usage: litwatch claims check [FILE] [--config FILE] [--db FILE]

Checks a claims file (default: the config's claims file, else the embedded
default): an error names the claim, the key and its line. Lists each claim
with its verdict, as-of year and basis and, when the database exists, how
many stored records the claim bears on by the assessor's judgement, with
the newest few, so the effect of a change to its terms shows at once.
Warnings follow: valid choices that are probably mistakes (a term listed
both to count and to exclude, the claim's own population excluded, a
benefit statement naming none of its outcomes). No database is created.`,
		check: func(pos []string) error {
			if len(pos) == 0 || pos[0] != "check" {
				return cmdline.Usagef("claims takes a subcommand: litwatch claims check [FILE]")
			}
			if len(pos) > 2 {
				return cmdline.Usagef("claims check takes at most one claims file")
			}
			return nil
		},
		run: func(ctx context.Context, c *call) error { return checkClaims(ctx, c.env, c.cfg, c.words[1:]) },
	}
}

// checkClaims checks the claims file named in file (else the config's)
// against the records stored in the config's database, if it exists.
func checkClaims(ctx context.Context, e *env, cfg *config.Config, file []string) error {
	name := cfg.Claims
	if len(file) == 1 {
		name = file[0]
	}
	set, err := claims.Open(name)
	if err != nil {
		return err
	}
	check := claims.Check{Name: name, Set: set}
	if err := assess.CheckStored(ctx, cfg.Store.Path, &check); err != nil {
		return err
	}
	return check.WriteText(e.stdout)
}

func initCommand() command {
	var (
		dir, example string
		force, list  bool
	)
	return command{
		name: "init", summary: "write litwatch.toml and claims.toml to edit",
		usage: "Usage: litwatch init [--dir DIR] [--example NAME] [--force]\n       litwatch init --list-examples\n\nWrites litwatch.toml (the default config, pointing at claims.toml) and\nclaims.toml (the default claims, or an example topic's) to edit. Never\noverwrites without --force. --list-examples prints the example topics'\nnames, one a line, and writes nothing.",
		flags: func(f *flag.FlagSet) {
			f.StringVar(&dir, "dir", ".", "directory to write litwatch.toml and claims.toml into")
			f.BoolVar(&force, "force", false, "overwrite existing files")
			f.StringVar(&example, "example", "", "write the example claims file NAME instead of the default ("+strconv.Itoa(len(claims.Examples()))+" topics: see --list-examples)")
			f.BoolVar(&list, "list-examples", false, "print the example topics' names, one a line, and write nothing")
		},
		run: func(_ context.Context, c *call) error {
			if list {
				if example != "" {
					return cmdline.Usagef("--list-examples writes nothing: leave out --example")
				}
				for _, n := range claims.Examples() {
					fmt.Fprintln(c.env.stdout, n)
				}
				return nil
			}
			return initFiles(c.env, dir, example, force)
		},
	}
}

// initFiles writes the default config and the claims file (the default,
// or the example named) into dir.
func initFiles(e *env, dir, example string, force bool) error {
	claimsTOML := claims.DefaultTOML()
	var q claims.Queries
	if example != "" {
		var err error
		if claimsTOML, err = claims.ExampleTOML(example); err != nil {
			return cmdline.Usagef("%s", err)
		}
		set, err := claims.Example(example)
		if err != nil {
			return err
		}
		q = set.Queries() // the example topic's first run searches for that topic
	}
	// claims.Queries and config.Queries have the same four fields.
	written, err := config.WriteNew(dir, claimsTOML, config.Queries(q), force)
	for _, p := range written {
		fmt.Fprintf(e.stdout, "wrote %s\n", p)
	}
	return err
}

func evalCommand() command {
	var claimsPath, ei, setting string
	return command{
		name: "eval", summary: "score the assessor against labelled records (JSON lines)", words: true,
		usage: "Usage: litwatch eval [--claims FILE] FILE\n       litwatch eval --ei FILE [--setting oracle|abstract]\n\nScores the assessor against labelled records (JSON lines, the format of\nreport/eval/testdata/dev.jsonl) and prints precision, recall and F1 per\nfield and per claim, with the confusions.",
		flags: func(fs *flag.FlagSet) {
			fs.StringVar(&claimsPath, "claims", "", "claims file (default: the embedded claims)")
			fs.StringVar(&ei, "ei", "", "score the direction component on an Evidence Inference JSON-lines file instead")
			fs.StringVar(&setting, "setting", "oracle", "with --ei: oracle (cited evidence) or abstract")
		},
		run: func(_ context.Context, c *call) error { return evaluate(c.env, c.words, claimsPath, ei, setting) },
	}
}

// evaluate scores the assessor on the labelled file of files, or its
// direction component on the Evidence Inference file ei.
func evaluate(e *env, files []string, claimsPath, ei, setting string) error {
	if ei != "" {
		rep, err := eval.EvidenceInferenceFile(ei, setting)
		if err != nil {
			return err
		}
		return rep.WriteText(e.stdout)
	}
	if len(files) != 1 {
		return cmdline.Usagef("eval needs exactly one labelled file")
	}
	set, err := claims.Open(claimsPath)
	if err != nil {
		return err
	}
	rep, err := eval.ScoreFile(files[0], set)
	if err != nil {
		return err
	}
	return rep.WriteText(e.stdout)
}
