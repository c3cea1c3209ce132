package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/litwatch/litwatch/report/claims"
)

func initCmd(ctx context.Context, e *env, args []string) error {
	flags := newFlags(e, "init")
	dir := flags.String("dir", ".", "directory to write litwatch.toml and claims.toml into")
	force := flags.Bool("force", false, "overwrite existing files")
	example := flags.String("example", "", "write the example claims file NAME instead of the default ("+strings.Join(claims.Examples(), ", ")+")")
	flags.Usage = func() {
		fmt.Fprintln(flags.Output(), "Usage: litwatch init [--dir DIR] [--example NAME] [--force]\n\nWrites litwatch.toml (the default config, pointing at claims.toml) and\nclaims.toml (the default claims, or an example topic's) to edit. Never\noverwrites without --force.")
		flags.PrintDefaults()
	}
	if err := parseFlags(flags, args); err != nil {
		return err
	}
	claimsTOML := claims.DefaultTOML()
	if *example != "" {
		var err error
		if claimsTOML, err = claims.ExampleTOML(*example); err != nil {
			return usageError{err.Error()}
		}
	}
	cfg := bytes.Replace(defaultConfigTOML, []byte(`# claims = "claims.toml"`), []byte(`claims = "claims.toml"`), 1)
	files := []struct {
		name string
		data []byte
	}{{defaultConfigFile, cfg}, {"claims.toml", claimsTOML}}
	if err := os.MkdirAll(*dir, 0o755); err != nil {
		return fmt.Errorf("create %s: %w", *dir, err)
	}
	if !*force {
		for _, f := range files {
			p := filepath.Join(*dir, f.name)
			if _, err := os.Stat(p); err == nil {
				return fmt.Errorf("%s already exists; edit it, or pass --force to overwrite it", p)
			} else if !errors.Is(err, fs.ErrNotExist) {
				return err
			}
		}
	}
	for _, f := range files {
		p := filepath.Join(*dir, f.name)
		if err := os.WriteFile(p, f.data, 0o644); err != nil {
			return fmt.Errorf("write %s: %w", p, err)
		}
		fmt.Fprintf(e.stdout, "wrote %s\n", p)
	}
	return nil
}
