package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"slices"
	"strconv"
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

Full-text search over stored titles and abstracts. Every word must match,
by its stem (infant finds Infants); "two words" must stand together;
OR between words matches either; NOT before a word excludes it;
parentheses group; a trailing * matches a prefix (emollien*). Operators
are in capitals. Flags may come before or after the words; words after
-- are all searched.
Ranking: of the newest 1,000 matches, those whose title holds more of the
words first, then the newest; then the next 1,000 matches, and so on.
Each match is printed as: id, year, design, title; its link; a few words
of its abstract with the matched words between ** (of the title when only
the title matched). The last line says how many records match in all
(counted up to 1,000, or "more than 1,000").`,
		flags: func(fs *flag.FlagSet) {
			fs.IntVar(&q.FromYear, "from", 0, "only records published in or after this year")
			fs.IntVar(&q.ToYear, "to", 0, "only records published in or before this year")
			fs.StringVar(&q.Design, "design", "", "only records of this design: "+strings.Join(assess.Designs(), ", "))
			fs.StringVar(&q.Claim, "claim", "", "only records assessed as bearing on this claim id")
			fs.BoolVar(&q.Flagged, "flagged", false, "only flagged records")
			fs.StringVar(&q.Source, "source", "", "only records first delivered by this source (pubmed, europepmc, clinicaltrials, crossref, openalex)")
			fs.IntVar(&q.Limit, "limit", store.DefaultSearchLimit, fmt.Sprintf("at most this many results (up to %d)", store.MaxSearchLimit))
			fs.IntVar(&q.Offset, "offset", 0, "skip this many results (the next page: --offset 20)")
		},
		check: func(words []string) error {
			q.Text = strings.Join(words, " ")
			if strings.TrimSpace(q.Text) == "" {
				return cmdline.Usagef("search needs at least one word")
			}
			if q.Design != "" && !slices.Contains(assess.Designs(), q.Design) {
				return cmdline.Usagef("--design: unknown design %q (want %s)", q.Design, strings.Join(assess.Designs(), ", "))
			}
			if q.Limit < 1 || q.Limit > store.MaxSearchLimit {
				return cmdline.Usagef("--limit: %d is not between 1 and %d", q.Limit, store.MaxSearchLimit)
			}
			if q.Offset < 0 {
				return cmdline.Usagef("--offset: %d is negative", q.Offset)
			}
			return nil
		},
		run: func(ctx context.Context, c *call) error {
			if err := c.app.checkClaim(q.Claim); err != nil {
				return err
			}
			res, err := c.app.db.SearchPage(ctx, q)
			var qe *store.QueryError
			if errors.As(err, &qe) {
				return cmdline.Usagef("%s", qe.Error())
			}
			if err != nil {
				return err
			}
			hits, total := res.Hits, res.Total
			if len(hits) == 0 {
				if total == 0 {
					fmt.Fprintln(c.stdout, "no matches")
				} else {
					fmt.Fprintf(c.stdout, "no matches past --offset %d (%s in all)\n", q.Offset, matches(res))
				}
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
			case total == len(hits) && !res.TotalCapped:
				fmt.Fprintln(c.stdout, matches(res))
			case q.Offset > 0:
				fmt.Fprintf(c.stdout, "%s, %d to %d shown (--offset, --limit for others)\n", matches(res), q.Offset+1, q.Offset+len(hits))
			default:
				fmt.Fprintf(c.stdout, "%s, the best %d shown (--limit for more)\n", matches(res), len(hits))
			}
			return nil
		},
	}
}

// matches says how many records a search matched.
func matches(res store.SearchResult) string {
	switch {
	case res.TotalCapped:
		return fmt.Sprintf("more than %s matches", thousands(res.Total))
	case res.Total == 1:
		return "1 match"
	}
	return fmt.Sprintf("%s matches", thousands(res.Total))
}

// thousands writes n with a comma every three digits.
func thousands(n int) string {
	s := strconv.Itoa(n)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}
