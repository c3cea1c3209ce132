package main

import (
	"context"
	"flag"
	"fmt"
	"slices"
	"strings"

	"github.com/litwatch/litwatch/internal/cmdline"
	"github.com/litwatch/litwatch/internal/termsafe"
	"github.com/litwatch/litwatch/report/assess"
	"github.com/litwatch/litwatch/report/digest"
	"github.com/litwatch/litwatch/store"
)

func searchCommand() command {
	var q store.SearchQuery
	return command{
		name: "search", summary: "full-text search over stored titles and abstracts", db: existingDB, words: true,
		usage: `Usage: litwatch search WORDS... [flags]

Full-text search over stored titles and abstracts, best match first.
Every word must match; a trailing * matches a prefix (emollien*). Flags
may come before or after the words; words after -- are all searched.
Each match is printed as: id, year, design, title; its link; a few words
of its abstract with the matched words between ** (of the title when only
the title matched). The last line says how many records match in all.`,
		flags: func(fs *flag.FlagSet) {
			fs.IntVar(&q.FromYear, "from", 0, "only records published in or after this year")
			fs.IntVar(&q.ToYear, "to", 0, "only records published in or before this year")
			fs.StringVar(&q.Design, "design", "", "only records of this design: "+strings.Join(assess.Designs(), ", "))
			fs.StringVar(&q.Claim, "claim", "", "only records assessed as bearing on this claim id")
			fs.BoolVar(&q.Flagged, "flagged", false, "only flagged records")
			fs.IntVar(&q.Limit, "limit", 20, "at most this many results")
		},
		check: func(words []string) error {
			q.Text = strings.Join(words, " ")
			if strings.TrimSpace(q.Text) == "" {
				return cmdline.Usagef("search needs at least one word")
			}
			if q.Design != "" && !slices.Contains(assess.Designs(), q.Design) {
				return cmdline.Usagef("--design: unknown design %q (want %s)", q.Design, strings.Join(assess.Designs(), ", "))
			}
			return nil
		},
		run: func(ctx context.Context, c *call) error {
			if err := c.app.checkClaim(q.Claim); err != nil {
				return err
			}
			hits, total, err := c.app.db.SearchTotal(ctx, q)
			if err != nil {
				return err
			}
			if len(hits) == 0 {
				fmt.Fprintln(c.stdout, "no matches")
				return nil
			}
			for _, h := range hits {
				design := h.Design
				if design == "" {
					design = "unassessed"
				}
				fmt.Fprintf(c.stdout, "%d\t%d\t%s\t%s\n\t%s\n", h.Record.ID, h.Record.Year, termsafe.Line(design), termsafe.Line(h.Record.Title),
					termsafe.Line(digest.Link(h.Record.PMID, h.Record.DOI, h.Record.NCT)))
				if h.Snippet != "" {
					fmt.Fprintf(c.stdout, "\t%s\n", termsafe.Line(h.Snippet))
				}
			}
			switch {
			case total == 1:
				fmt.Fprintln(c.stdout, "1 match")
			case total == len(hits):
				fmt.Fprintf(c.stdout, "%d matches\n", total)
			default:
				fmt.Fprintf(c.stdout, "%d matches, the best %d shown (--limit for more)\n", total, len(hits))
			}
			return nil
		},
	}
}
