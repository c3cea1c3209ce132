package main

// What is stored, read back: the latest digest (report), the runs and the
// sources' health (status), the records (export).

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/litwatch/litwatch/internal/cmdline"
	"github.com/litwatch/litwatch/internal/lock"
	"github.com/litwatch/litwatch/report/digest"
	"github.com/litwatch/litwatch/report/export"
	"github.com/litwatch/litwatch/report/status"
	"github.com/litwatch/litwatch/store"
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

func statusCommand() command {
	return command{
		name: "status", summary: "last run, next run, per-source health, outbox", db: existingDB,
		usage: "Usage: litwatch status [--config FILE] [--db FILE]\n\nShows the last run, the next scheduled run, each source's health and\nwatermark, open flags and the e-mail outbox.",
		run: func(ctx context.Context, c *call) error {
			a := c.app
			sc := status.Context{Since: a.cfg.Crawl.Since, Secrets: a.secrets}
			sc.Working, sc.LockErr = lock.Held(a.db.Path())
			if s, err := a.cfg.Schedule(); err == nil {
				sc.Loc, sc.Schedule, sc.Next = s.Loc, s.Spec, s.Next(a.now())
			}
			return status.Write(ctx, c.stdout, a.db, sc)
		},
	}
}

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
