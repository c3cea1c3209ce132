package main

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/litwatch/litwatch/internal/cmdline"
	"github.com/litwatch/litwatch/report/claims"
)

func initCommand() command {
	var (
		dir, example string
		force        bool
	)
	return command{
		name: "init", summary: "write litwatch.toml and claims.toml to edit",
		usage: "Usage: litwatch init [--dir DIR] [--example NAME] [--force]\n\nWrites litwatch.toml (the default config, pointing at claims.toml) and\nclaims.toml (the default claims, or an example topic's) to edit. Never\noverwrites without --force.",
		flags: func(f *flag.FlagSet) {
			f.StringVar(&dir, "dir", ".", "directory to write litwatch.toml and claims.toml into")
			f.BoolVar(&force, "force", false, "overwrite existing files")
			f.StringVar(&example, "example", "", "write the example claims file NAME instead of the default ("+strings.Join(claims.Examples(), ", ")+")")
		},
		run: func(_ context.Context, c *call) error { return initFiles(c.env, dir, example, force) },
	}
}

// initFiles writes the default config and the claims file (the default,
// or the example named) into dir.
func initFiles(e *env, dir, example string, force bool) error {
	claimsTOML := claims.DefaultTOML()
	cfg := bytes.Replace(defaultConfigTOML, []byte(`# claims = "claims.toml"`), []byte(`claims = "claims.toml"`), 1)
	if example != "" {
		var err error
		if claimsTOML, err = claims.ExampleTOML(example); err != nil {
			return cmdline.Usagef("%s", err)
		}
		set, err := claims.Example(example)
		if err != nil {
			return err
		}
		// the example topic's first run searches for that topic
		cfg = withQueries(cfg, set.Queries())
	}
	files := []struct {
		name string
		data []byte
	}{{defaultConfigFile, cfg}, {"claims.toml", claimsTOML}}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("create %s: %w", dir, err)
	}
	if !force {
		for _, f := range files {
			p := filepath.Join(dir, f.name)
			if _, err := os.Stat(p); err == nil {
				return fmt.Errorf("%s already exists; edit it, or pass --force to overwrite it", p)
			} else if !errors.Is(err, fs.ErrNotExist) {
				return err
			}
		}
	}
	for _, f := range files {
		p := filepath.Join(dir, f.name)
		if err := os.WriteFile(p, f.data, 0o644); err != nil {
			return fmt.Errorf("write %s: %w", p, err)
		}
		fmt.Fprintf(e.stdout, "wrote %s\n", p)
	}
	return nil
}

// withQueries writes the queries into the config text: the first `term`
// or `query` line of each source's section.
func withQueries(cfg []byte, q claims.Queries) []byte {
	lines := strings.Split(string(cfg), "\n")
	section := ""
	done := map[string]bool{}
	for i, l := range lines {
		t := strings.TrimSpace(l)
		if strings.HasPrefix(t, "[") {
			section = t
			continue
		}
		var key, val string
		switch section {
		case "[sources.pubmed]":
			key, val = "term", q.PubMed
		case "[sources.europepmc]":
			key, val = "query", q.EuropePMC
		case "[sources.clinicaltrials]":
			key, val = "query", q.ClinicalTrials
		case "[sources.crossref]", "[sources.openalex]":
			key, val = "query", q.Crossref
		}
		if key == "" || val == "" || done[section] || strings.Contains(val, "'''") || !strings.HasPrefix(t, key+" = ") {
			continue
		}
		lines[i] = key + " = '''" + val + "'''"
		done[section] = true
	}
	return []byte(strings.Join(lines, "\n"))
}
