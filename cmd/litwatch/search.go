package main

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/litwatch/litwatch/internal/termsafe"
	"github.com/litwatch/litwatch/report/assess"
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
	fs.StringVar(&q.Design, "design", "", "only records of this design: "+strings.Join(assess.Designs(), ", "))
	fs.StringVar(&q.Claim, "claim", "", "only records assessed as bearing on this claim id")
	fs.BoolVar(&q.Flagged, "flagged", false, "only flagged records")
	fs.IntVar(&q.Limit, "limit", 20, "at most this many results")
	fs.Usage = func() {
		fmt.Fprintln(fs.Output(), `Usage: litwatch search WORDS... [flags]

Full-text search over stored titles and abstracts, best match first.
Every word must match; a trailing * matches a prefix (emollien*). Flags
may come before or after the words; words after -- are all searched.
Each match is printed as: id, year, design, title; its link; a few words
of its abstract with the matched words between ** (of the title when only
the title matched). The last line says how many records match in all.`)
		fs.PrintDefaults()
	}
	words, err := parseArgs(fs, args)
	if err != nil {
		return err
	}
	q.Text = strings.Join(words, " ")
	if strings.TrimSpace(q.Text) == "" {
		return usageError{"search needs at least one word"}
	}
	if q.Design != "" && !slices.Contains(assess.Designs(), q.Design) {
		return usageError{fmt.Sprintf("--design: unknown design %q (want %s)", q.Design, strings.Join(assess.Designs(), ", "))}
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
	hits, total, err := a.db.SearchTotal(ctx, q)
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
		fmt.Fprintf(e.stdout, "%d\t%d\t%s\t%s\n\t%s\n", h.Record.ID, h.Record.Year, termsafe.Line(design), termsafe.Line(h.Record.Title),
			termsafe.Line(digest.Link(h.Record.PMID, h.Record.DOI, h.Record.NCT)))
		if h.Snippet != "" {
			fmt.Fprintf(e.stdout, "\t%s\n", termsafe.Line(h.Snippet))
		}
	}
	switch {
	case total == 1:
		fmt.Fprintln(e.stdout, "1 match")
	case total == len(hits):
		fmt.Fprintf(e.stdout, "%d matches\n", total)
	default:
		fmt.Fprintf(e.stdout, "%d matches, the best %d shown (--limit for more)\n", total, len(hits))
	}
	return nil
}
