package main

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"

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
	fs.StringVar(&q.Source, "source", "", "only records first delivered by this source (pubmed, europepmc, clinicaltrials, crossref, openalex)")
	fs.IntVar(&q.Limit, "limit", store.DefaultSearchLimit, fmt.Sprintf("at most this many results (up to %d)", store.MaxSearchLimit))
	fs.IntVar(&q.Offset, "offset", 0, "skip this many results (the next page: --offset 20)")
	fs.Usage = func() {
		fmt.Fprintln(fs.Output(), `Usage: litwatch search WORDS... [flags]

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
(counted up to 1,000, or "more than 1,000").`)
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
	if q.Limit < 1 || q.Limit > store.MaxSearchLimit {
		return usageError{fmt.Sprintf("--limit: %d is not between 1 and %d", q.Limit, store.MaxSearchLimit)}
	}
	if q.Offset < 0 {
		return usageError{fmt.Sprintf("--offset: %d is negative", q.Offset)}
	}
	res, err := a.db.SearchPage(ctx, q)
	var qe *store.QueryError
	if errors.As(err, &qe) {
		return usageError{qe.Error()}
	}
	if err != nil {
		return err
	}
	hits, total := res.Hits, res.Total
	if len(hits) == 0 {
		switch {
		case total == 0:
			fmt.Fprintln(e.stdout, "no matches")
		default:
			fmt.Fprintf(e.stdout, "no matches past --offset %d (%s in all)\n", q.Offset, matches(res))
		}
		return nil
	}
	for _, h := range hits {
		design := h.Design
		if design == "" {
			design = "unassessed"
		}
		fmt.Fprintf(e.stdout, "%d\t%d\t%s\t%s\n\t%s\n", h.Record.ID, h.Record.Year, termLine(design), termLine(h.Record.Title),
			termLine(digest.Link(h.Record.PMID, h.Record.DOI, h.Record.NCT)))
		if h.Snippet != "" {
			fmt.Fprintf(e.stdout, "\t%s\n", termLine(h.Snippet))
		}
	}
	switch {
	case total == len(hits) && !res.TotalCapped:
		fmt.Fprintln(e.stdout, matches(res))
	case q.Offset > 0:
		fmt.Fprintf(e.stdout, "%s, %d to %d shown (--offset, --limit for others)\n", matches(res), q.Offset+1, q.Offset+len(hits))
	default:
		fmt.Fprintf(e.stdout, "%s, the best %d shown (--limit for more)\n", matches(res), len(hits))
	}
	return nil
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
