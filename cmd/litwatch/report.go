package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"slices"

	"github.com/litwatch/litwatch/internal/cmdline"
	"github.com/litwatch/litwatch/report/digest"
)

func reportCommand() command {
	var format string
	return command{
		name: "report", summary: "print the latest digest again", db: existingDB,
		usage: "Usage: litwatch report [--config FILE] [--db FILE] [--format md|html|json|text]\n\nPrints the latest digest to stdout.",
		flags: func(fs *flag.FlagSet) {
			fs.StringVar(&format, "format", "md", "output format: md, html, json or text")
		},
		check: func([]string) error {
			if !slices.Contains(digest.Formats(), format) {
				return cmdline.Usagef("--format: unknown format %q (want md, html, json or text)", format)
			}
			return nil
		},
		run: func(ctx context.Context, c *call) error {
			d, ok, err := c.app.db.LatestDigest(ctx)
			if err != nil {
				return err
			}
			if !ok {
				return errors.New("no digest yet: run `litwatch run` first")
			}
			doc, err := digest.Parse(d.JSON)
			if err != nil {
				return fmt.Errorf("digest %d: %w", d.ID, err)
			}
			return digest.Render(c.stdout, doc, format)
		},
	}
}
