package crawler

import (
	"fmt"
)

// Bounds of a paged search.
const (
	// PageMargin is how many pages a search may run past the number its
	// announced count needs (records indexed while paging).
	PageMargin = 2
	// MaxPagesUnannounced bounds a search whose API announced no count.
	MaxPagesUnannounced = 10000
)

// Pages is the paging engine every cursor- or token-paged source runs its
// loop through. It holds the rules that keep a misbehaving server from
// hanging a run or losing records silently:
//
//   - a page must bring at least one record not delivered before;
//   - the number of pages is bounded by the count the API announced (plus
//     PageMargin), or by MaxPagesUnannounced when it announced none;
//   - a cursor that was used before is a loop (unless SameCursorOK);
//   - fewer distinct records than announced, once paging ends, is a short
//     delivery.
//
// Each breach is an error naming the source, the page and the reason, so
// the source fails and keeps its watermark. Use one Pages per search:
//
//	p := crawler.NewPages("europepmc search", pageSize)
//	for cursor := first; ; {
//		… fetch the page for cursor …
//		p.Announce(count)           // first page; a negative count if none
//		fresh, err := p.Add(keys)   // keys of the page's records, in order
//		… deliver the records whose fresh[i] is true …
//		more, err := p.Next(cursor, next)
//		if !more { break }
//		cursor = next
//	}
//	err := p.Done()
type Pages struct {
	// What names the search in errors ("europepmc search").
	What string
	// PageSize is the number of records a full page holds.
	PageSize int
	// SameCursorEnds: a next cursor equal to the one just sent marks the
	// last page (Solr's cursorMark, as Europe PMC uses it).
	SameCursorEnds bool
	// SameCursorOK: the next cursor may repeat (Crossref's scroll id);
	// a stalled scroll is caught by a page that brings nothing new.
	SameCursorOK bool
	// MaxEmptyPages is how many empty pages in a row that still carry a
	// cursor may come (ClinicalTrials.gov documents them); with 0 an
	// empty page ends the search.
	MaxEmptyPages int
	// StopAtTotal: paging ends once the announced count is delivered,
	// without asking for the (empty) page after it.
	StopAtTotal bool

	total   int // announced count, -1 if none
	pages   int
	empty   int // empty pages in a row, up to the last one added
	works   Seen
	cursors Seen
}

// NewPages returns the engine for one search of pageSize records a page.
func NewPages(what string, pageSize int) *Pages {
	return &Pages{What: what, PageSize: max(pageSize, 1), total: -1}
}

// Announce records the count of records the API announced for the
// search; a negative n means it announced none. Only the first announcement
// counts.
func (p *Pages) Announce(n int) {
	if p.total < 0 && n >= 0 && p.pages == 0 {
		p.total = n
	}
}

// Total is the announced count, or -1.
func (p *Pages) Total() int { return p.total }

// Distinct is the number of distinct records delivered so far.
func (p *Pages) Distinct() int { return p.works.Len() }

// Page is the number of pages added so far.
func (p *Pages) Page() int { return p.pages }

// MaxPages is the most pages the search may take.
func (p *Pages) MaxPages() int {
	if p.total < 0 {
		return MaxPagesUnannounced
	}
	return (p.total+p.PageSize-1)/p.PageSize + PageMargin
}

// Add records one page by the keys of its records, in order (a record
// without a key gives ""), and reports which of them are new. It fails
// when the page is past the bound, or when it holds records and none is
// new.
func (p *Pages) Add(keys []string) ([]bool, error) {
	p.pages++
	if p.pages == 1 && len(keys) > 0 && len(keys) < p.PageSize {
		// The server pages by fewer records than asked for: bound the
		// pages by what it sends.
		p.PageSize = len(keys)
	}
	if p.pages > p.MaxPages() {
		if p.total < 0 {
			return nil, fmt.Errorf("%s: page %d: still paging after %d pages with no count announced; stopping", p.What, p.pages, p.pages-1)
		}
		return nil, fmt.Errorf("%s: page %d: still paging after the %d pages that the announced %d records need; stopping", p.What, p.pages, p.MaxPages(), p.total)
	}
	fresh := make([]bool, len(keys))
	n := 0
	for i, k := range keys {
		if p.works.Add(k) {
			fresh[i] = true
			n++
		}
	}
	if len(keys) == 0 {
		p.empty++
	} else {
		p.empty = 0
	}
	if len(keys) > 0 && n == 0 {
		return nil, fmt.Errorf("%s: page %d: all %d records were delivered on earlier pages: the server is repeating itself; stopping", p.What, p.pages, len(keys))
	}
	return fresh, nil
}

// Next checks the cursor for the next page (sent is the one that fetched
// the page just added) and reports whether to fetch it. An empty cursor
// ends the search, and so does an empty page (after MaxEmptyPages of them
// in a row, an error); a cursor used before is an error unless
// SameCursorOK.
// With StopAtTotal, paging also ends once the announced count has been
// delivered.
func (p *Pages) Next(sent, next string) (bool, error) {
	if p.cursors.Len() == 0 {
		p.cursors.Add(sent)
	}
	switch {
	case next == "":
		return false, nil
	case p.empty > 0 && p.MaxEmptyPages == 0:
		return false, nil
	case p.empty > p.MaxEmptyPages:
		return false, fmt.Errorf("%s: page %d: %d empty pages in a row that still have a next cursor; stopping", p.What, p.pages, p.empty)
	case p.SameCursorEnds && next == sent:
		return false, nil
	case p.StopAtTotal && p.total >= 0 && p.works.Len() >= p.total:
		return false, nil
	}
	if !p.cursors.Add(next) && !p.SameCursorOK {
		return false, fmt.Errorf("%s: page %d: the next cursor %q was used before: the pages are going round in a loop", p.What, p.pages, Snippet(next))
	}
	return true, nil
}

// Done checks what the search delivered against the count it announced:
// fewer distinct records than announced means some were lost, and is an
// error (what was delivered is kept; the watermark is not moved).
func (p *Pages) Done() error {
	if p.total >= 0 && p.works.Len() < p.total {
		return fmt.Errorf("%s: %d distinct records delivered in %d pages, fewer than the %d announced: records are missing", p.What, p.works.Len(), p.pages, p.total)
	}
	return nil
}
