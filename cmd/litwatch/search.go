package main

import (
	"context"
	"fmt"
	"strings"

	"github.com/litwatch/litwatch/report/digest"
	"github.com/litwatch/litwatch/store"
)

func searchCmd(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "search")
	var cf commonFlags
	cf.register(fs)
	var q store.SearchQuery
	fs.IntVar(&q.FromYear, "from", 0, "only records published in or after this year")
	fs.IntVar(&q.ToYear, "to", 0, "only records published in or before this year")
	fs.StringVar(&q.Design, "design", "", "only records of this design (systematic_review, rct, ...)")
	fs.StringVar(&q.Claim, "claim", "", "only records assessed as bearing on this claim id")
	fs.BoolVar(&q.Flagged, "flagged", false, "only flagged records")
	fs.IntVar(&q.Limit, "limit", 20, "at most this many results")
	fs.Usage = func() {
		fmt.Fprintln(fs.Output(), "Usage: litwatch search [flags] WORDS...\n\nFull-text search over stored titles and abstracts, best match first.\nEvery word must match; a trailing * matches a prefix (emollien*).")
		fs.PrintDefaults()
	}
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	q.Text = strings.Join(fs.Args(), " ")
	if strings.TrimSpace(q.Text) == "" {
		return usageError{"search needs at least one word"}
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
	hits, err := a.db.Search(ctx, q)
	if err != nil {
		return err
	}
	if len(hits) == 0 {
		fmt.Fprintln(e.stdout, "no matches")
		return nil
	}
	for _, h := range hits {
		design := h.Design
		if design == "" {
			design = "unassessed"
		}
		fmt.Fprintf(e.stdout, "%d\t%d\t%s\t%s\n\t%s\n", h.Record.ID, h.Record.Year, termLine(design), termLine(h.Record.Title),
			termLine(digest.Link(h.Record.PMID, h.Record.DOI, h.Record.NCT)))
	}
	return nil
}
