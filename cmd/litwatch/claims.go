package main

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"

	"github.com/litwatch/litwatch/report/assess"
	"github.com/litwatch/litwatch/report/claims"
	"github.com/litwatch/litwatch/store"
)

func claimsCmd(ctx context.Context, e *env, args []string) error {
	flags := newFlags(e, "claims")
	var cf commonFlags
	cf.register(flags)
	flags.Usage = func() {
		fmt.Fprintln(flags.Output(), `Usage: litwatch claims check [FILE] [--config FILE] [--db FILE]

Checks a claims file (default: the config's claims file, else the embedded
default): an error names the claim, the key and its line. Lists each claim
with its verdict, as-of year and basis and, when the database exists, how
many stored records the claim bears on by the assessor's judgement, with
the newest few, so the effect of a change to its terms shows at once. No
database is created.`)
		flags.PrintDefaults()
	}
	pos, err := parseArgs(flags, args)
	if err != nil {
		return err
	}
	if len(pos) == 0 || pos[0] != "check" {
		return usageError{"claims takes a subcommand: litwatch claims check [FILE]"}
	}
	if len(pos) > 2 {
		return usageError{"claims check takes at most one claims file"}
	}
	cfg, err := cf.loadConfig()
	if err != nil {
		return err
	}
	name := cfg.Claims
	if len(pos) == 2 {
		name = pos[1]
	}
	set, err := claims.Default()
	if name != "" {
		set, err = claims.Load(name)
	}
	if err != nil {
		return err
	}
	check := claims.Check{Name: name, Set: set}
	if err := bearings(ctx, cfg.Store.Path, &check); err != nil {
		return err
	}
	return check.WriteText(e.stdout)
}

// bearings fills in which stored records each claim of check bears on,
// when the database at path exists; it never creates one.
func bearings(ctx context.Context, path string, check *claims.Check) error {
	if _, err := os.Stat(path); err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			check.Note = fmt.Sprintf("No database at %s, so no stored records were judged (name one with --db or store.path, or run `litwatch run` first).", path)
			return nil
		}
		return fmt.Errorf("database %s: %w", path, err)
	}
	db, err := store.Open(ctx, path)
	if err != nil {
		return err
	}
	defer db.Close()
	recs, err := db.ListRecords(ctx, store.ListQuery{}) // newest first
	if err != nil {
		return err
	}
	check.Bearing, err = assess.Bearings(ctx, newAssessor(check.Set), recs, check.Set.Claims)
	check.Stored = len(recs)
	return err
}
