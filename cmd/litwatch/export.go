package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/litwatch/litwatch/report/export"
	"github.com/litwatch/litwatch/store"
)

func exportCmd(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "export")
	var cf commonFlags
	cf.register(fs)
	format := fs.String("format", "ris", "one of "+strings.Join(export.Formats(), ", "))
	out := fs.String("o", "", "write to this file instead of stdout (never overwrites an existing file)")
	var q store.ListQuery
	fs.BoolVar(&q.Flagged, "flagged", false, "only flagged records")
	fs.BoolVar(&q.Relevant, "relevant", false, "only records that bear on some claim")
	fs.StringVar(&q.Claim, "claim", "", "only records assessed against this claim id")
	fs.IntVar(&q.FromYear, "from", 0, "only records published in or after this year")
	fs.IntVar(&q.Limit, "limit", 0, "at most this many records, newest first (0 = all)")
	fs.Usage = func() {
		fmt.Fprintln(fs.Output(), "Usage: litwatch export [--format ris|bibtex|csv|cite|atom] [filters] [-o FILE]\n\nExports stored records with their assessments: RIS and BibTeX for reference\nmanagers, CSV for spreadsheets, cite for encyclopedia citation templates\n({{cite journal}}), atom for a feed of flags.")
		fs.PrintDefaults()
	}
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if !slices.Contains(export.Formats(), *format) {
		return usageError{fmt.Sprintf("--format: unknown format %q (want %s)", *format, strings.Join(export.Formats(), ", "))}
	}
	a, err := openApp(ctx, e, &cf, existingDB)
	if err != nil {
		return err
	}
	defer a.Close()
	if q.Claim != "" {
		if _, ok := a.claims.Get(q.Claim); !ok {
			return usageError{fmt.Sprintf("--claim: no claim %q in the claims", q.Claim)}
		}
	}
	items, err := export.Load(ctx, a.db, q)
	if err != nil {
		return err
	}
	var w io.Writer = e.stdout
	if *out != "" {
		f, err := os.OpenFile(*out, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
		if err != nil {
			return fmt.Errorf("-o: %w", err)
		}
		defer f.Close()
		w = f
	}
	if err := export.Write(w, *format, items); err != nil {
		if *out != "" {
			os.Remove(*out)
		}
		return err
	}
	if *out != "" {
		fmt.Fprintf(e.stderr, "wrote %d records to %s\n", len(items), filepath.Clean(*out))
	}
	return nil
}
