package main

import (
	"context"
	"errors"
	"fmt"

	"github.com/litwatch/litwatch/report/digest"
)

func reportCmd(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "report")
	var cf commonFlags
	cf.register(fs)
	format := fs.String("format", "md", "output format: md, html, json or text")
	fs.Usage = func() {
		fmt.Fprintln(fs.Output(), "Usage: litwatch report [--config FILE] [--db FILE] [--format md|html|json|text]\n\nPrints the latest digest to stdout.")
		fs.PrintDefaults()
	}
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	switch *format {
	case "md", "html", "json", "text":
	default:
		return usageError{fmt.Sprintf("--format: unknown format %q (want md, html, json or text)", *format)}
	}
	a, err := openApp(ctx, e, &cf, existingDB)
	if err != nil {
		return err
	}
	defer a.Close()
	d, ok, err := a.db.LatestDigest(ctx)
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
	return digest.Render(e.stdout, doc, *format)
}
