package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/litwatch/litwatch/internal/cmdline"
	"github.com/litwatch/litwatch/report/export"
	"github.com/litwatch/litwatch/store"
)

func exportCommand() command {
	var (
		q           store.ListQuery
		format, out string
	)
	return command{
		name: "export", summary: "export stored records as RIS, BibTeX, CSV, citation templates or Atom", db: existingDB,
		usage: "Usage: litwatch export [--format ris|bibtex|csv|cite|atom] [filters] [-o FILE]\n\nExports stored records with their assessments: RIS and BibTeX for reference\nmanagers, CSV for spreadsheets, cite for encyclopedia citation templates\n({{cite journal}}), atom for a feed of flags.",
		flags: func(fs *flag.FlagSet) {
			fs.StringVar(&format, "format", "ris", "one of "+strings.Join(export.Formats(), ", "))
			fs.StringVar(&out, "o", "", "write to this file instead of stdout (never overwrites an existing file)")
			fs.BoolVar(&q.Flagged, "flagged", false, "only flagged records")
			fs.BoolVar(&q.Relevant, "relevant", false, "only records that bear on some claim")
			fs.StringVar(&q.Claim, "claim", "", "only records assessed against this claim id")
			fs.IntVar(&q.FromYear, "from", 0, "only records published in or after this year")
			fs.IntVar(&q.Limit, "limit", 0, "at most this many records, newest first (0 = all)")
		},
		check: func([]string) error {
			if !slices.Contains(export.Formats(), format) {
				return cmdline.Usagef("--format: unknown format %q (want %s)", format, strings.Join(export.Formats(), ", "))
			}
			return nil
		},
		run: func(ctx context.Context, c *call) error {
			if err := c.app.checkClaim(q.Claim); err != nil {
				return err
			}
			items, err := export.Load(ctx, c.app.db, q)
			if err != nil {
				return err
			}
			var w io.Writer = c.stdout
			if out != "" {
				f, err := os.OpenFile(out, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
				if err != nil {
					return fmt.Errorf("-o: %w", err)
				}
				defer f.Close()
				w = f
			}
			if err := export.Write(w, format, items); err != nil {
				if out != "" {
					os.Remove(out)
				}
				return err
			}
			if out != "" {
				fmt.Fprintf(c.stderr, "wrote %d records to %s\n", len(items), filepath.Clean(out))
			}
			return nil
		},
	}
}
