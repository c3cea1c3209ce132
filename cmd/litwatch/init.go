package main

import (
	"context"
	"flag"
	"fmt"
	"strings"

	"github.com/litwatch/litwatch/internal/cmdline"
	"github.com/litwatch/litwatch/internal/config"
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
