package main

import (
	"context"

	"github.com/litwatch/litwatch/internal/cmdline"
	"github.com/litwatch/litwatch/internal/config"
	"github.com/litwatch/litwatch/report/assess"
	"github.com/litwatch/litwatch/report/claims"
)

func claimsCommand() command {
	return command{
		name: "claims", summary: "check a claims file: its claims, their basis, the stored records each bears on", db: configOnly, words: true,
		usage: `Usage: litwatch claims check [FILE] [--config FILE] [--db FILE]

Checks a claims file (default: the config's claims file, else the embedded
default): an error names the claim, the key and its line. Lists each claim
with its verdict, as-of year and basis and, when the database exists, how
many stored records the claim bears on by the assessor's judgement, with
the newest few, so the effect of a change to its terms shows at once. No
database is created.`,
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
