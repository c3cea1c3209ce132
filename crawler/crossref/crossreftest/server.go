// Package crossreftest is a fake Crossref REST API for tests: an
// httptest server that answers GET /works?… (query.bibliographic, the
// from-index-date, until-index-date, updates, doi, type and is-update
// filters, rows, cursor=* deep paging) and GET /works/{doi} with bodies in
// the real API's JSON shapes, and its error bodies: validation-failure
// with an array message (HTTP 400), cursor-invalid (HTTP 404) and the
// plain-text "Resource not found." (HTTP 404).
//
// Like the real API (an Elasticsearch scroll), a cursor-paged query
// returns the same next-cursor on every page, including the last; the
// server keeps each scroll's position, and a page after the last one is
// empty.
package crossreftest

import (
	"encoding/json"
	"fmt"
	"html"
	"net/http"
	"net/url"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/litwatch/litwatch/crawler/crawlertest"
)

// Work is a work to serve; Add builds it into Crossref's JSON shape.
type Work struct {
	DOI      string
	Title    string
	Abstract string    // JATS (anything containing "<") is served as is; plain text is wrapped in <jats:p>
	Indexed  time.Time // Crossref's index date, which the date filters use; zero means now
	Type     string    // default "journal-article"
	Journal  string    // container-title
	Authors  []Author
	// Published is the publication date; zero means none. Only its year
	// is served when PublishedYearOnly is set (a partial date, [[2014]]).
	Published         time.Time
	PublishedYearOnly bool
}

// Author is a person in a work's author list.
type Author struct{ Given, Family string }

// Server is a fake Crossref REST API. Its methods are safe for concurrent
// use.
type Server struct {
	// URL is the API base, with a trailing slash, for crossref.Config.BaseURL.
	URL string

	tb  testing.TB
	rec crawlertest.Recorder

	mu      sync.Mutex
	works   []*entry
	byDOI   map[string]*entry
	updates []update
	scrolls map[string]*scroll
	nScroll int
}

type entry struct {
	doi     string
	indexed time.Time
	typ     string
	text    string         // lower-cased words searched by query.bibliographic
	item    map[string]any // the work's JSON object, without the server's updates
}

type update struct {
	notice, updated, typ, source string
	date                         time.Time
	recordID                     int
}

type scroll struct {
	ids    []string // DOIs of the scroll's results, in order
	offset int
}

// NewServer starts a fake Crossref API that is closed when the test ends.
func NewServer(tb testing.TB) *Server {
	tb.Helper()
	s := &Server{tb: tb, byDOI: map[string]*entry{}, scrolls: map[string]*scroll{}}
	s.rec.Fail = fail
	s.URL = s.rec.Start(tb, http.HandlerFunc(s.serve)).URL + "/"
	return s
}

// Add serves works built from ws (a work already served under the same
// DOI is replaced).
func (s *Server) Add(ws ...Work) {
	s.tb.Helper()
	for _, w := range ws {
		doi := normDOI(w.DOI)
		if doi == "" {
			s.tb.Fatalf("crossreftest: Add: %q is not a DOI", w.DOI)
		}
		indexed := w.Indexed
		if indexed.IsZero() {
			indexed = time.Now()
		}
		typ := w.Type
		if typ == "" {
			typ = "journal-article"
		}
		item := map[string]any{
			"indexed":         dateObj(indexed),
			"reference-count": 0,
			"publisher":       "crossreftest",
			"DOI":             doi,
			"type":            typ,
			"created":         dateObj(indexed),
			"source":          "Crossref",
			"title":           []string{w.Title},
			"prefix":          strings.SplitN(doi, "/", 2)[0],
			"member":          "0",
			"deposited":       dateObj(indexed),
			"score":           1,
			"URL":             "https://doi.org/" + doi,
		}
		if w.Journal != "" {
			item["container-title"] = []string{w.Journal}
		} else {
			item["container-title"] = []string{}
		}
		if w.Abstract != "" {
			abs := w.Abstract
			if !strings.Contains(abs, "<") {
				abs = "<jats:p>" + html.EscapeString(abs) + "</jats:p>"
			}
			item["abstract"] = abs
		}
		if len(w.Authors) > 0 {
			var as []map[string]any
			for i, a := range w.Authors {
				seq := "additional"
				if i == 0 {
					seq = "first"
				}
				as = append(as, map[string]any{"given": a.Given, "family": a.Family, "sequence": seq, "affiliation": []any{}})
			}
			item["author"] = as
		}
		if !w.Published.IsZero() {
			parts := []int{w.Published.Year()}
			if !w.PublishedYearOnly {
				parts = append(parts, int(w.Published.Month()), w.Published.Day())
			}
			d := map[string]any{"date-parts": [][]int{parts}}
			item["published"] = d
			item["issued"] = d
		}
		s.put(item)
	}
}

// AddJSON serves works given as Crossref work objects (an item of a real
// work-list, or the message of a work response). Each must have a DOI; its
// indexed.date-time is its index date (now if it has none).
func (s *Server) AddJSON(items ...json.RawMessage) {
	s.tb.Helper()
	for _, b := range items {
		var item map[string]any
		if err := json.Unmarshal(b, &item); err != nil {
			s.tb.Fatalf("crossreftest: AddJSON: %v", err)
		}
		if normDOI(str(item["DOI"])) == "" {
			s.tb.Fatalf("crossreftest: AddJSON: work has no DOI")
		}
		s.put(item)
	}
}

func (s *Server) put(item map[string]any) {
	doi := normDOI(str(item["DOI"]))
	e := &entry{doi: doi, item: item, typ: str(item["type"])}
	if ix, ok := item["indexed"].(map[string]any); ok {
		if t, err := time.Parse(time.RFC3339, str(ix["date-time"])); err == nil {
			e.indexed = t.UTC()
		}
	}
	if e.indexed.IsZero() {
		e.indexed = time.Now().UTC()
	}
	var text []string
	if ts, ok := item["title"].([]any); ok {
		for _, t := range ts {
			text = append(text, str(t))
		}
	} else if ts, ok := item["title"].([]string); ok {
		text = append(text, ts...)
	}
	text = append(text, str(item["abstract"]))
	e.text = strings.Join(crawlertest.Words(strings.Join(text, " ")), " ")

	s.mu.Lock()
	defer s.mu.Unlock()
	if old, ok := s.byDOI[doi]; ok {
		for i, w := range s.works {
			if w == old {
				s.works = append(s.works[:i], s.works[i+1:]...)
				break
			}
		}
	}
	s.works = append(s.works, e)
	s.byDOI[doi] = e
}

// AddUpdate records that the notice noticeDOI updates updatedDOI: the
// notice gets an update-to entry and the updated work (if served) an
// updated-by entry, so that works?filter=updates:{updatedDOI} finds the
// notice. typ is a Crossref update type ("retraction", "correction",
// "expression_of_concern", …) and source "publisher" or
// "retraction-watch". A notice not yet served is added as a
// journal-article indexed now.
func (s *Server) AddUpdate(noticeDOI, updatedDOI, typ, source string) {
	s.tb.Helper()
	n, u := normDOI(noticeDOI), normDOI(updatedDOI)
	if n == "" || u == "" {
		s.tb.Fatalf("crossreftest: AddUpdate: %q or %q is not a DOI", noticeDOI, updatedDOI)
	}
	s.mu.Lock()
	e, ok := s.byDOI[n]
	s.mu.Unlock()
	if !ok {
		s.Add(Work{DOI: n, Title: label(typ) + " notice", Type: "journal-article"})
		s.mu.Lock()
		e = s.byDOI[n]
		s.mu.Unlock()
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.updates = append(s.updates, update{
		notice: n, updated: u, typ: typ, source: source,
		date: e.indexed, recordID: 1000 + len(s.updates),
	})
}

// SetFailing makes every request fail with status (text/plain body) until
// it is called with 0.
func (s *Server) SetFailing(status int) { s.rec.SetFailing(status) }

// Requests returns the URLs of the requests received so far (path and
// query, as the server decoded them).
func (s *Server) Requests() []*url.URL { return s.rec.Requests() }

func (s *Server) serve(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		notFound(w)
		return
	}
	switch {
	case r.URL.Path == "/works" || r.URL.Path == "/works/":
		s.list(w, r.URL.Query())
	case strings.HasPrefix(r.URL.Path, "/works/"):
		s.single(w, strings.TrimPrefix(r.URL.Path, "/works/"))
	default:
		notFound(w)
	}
}

// fail answers a request while the server is failing.
func fail(w http.ResponseWriter, status int) {
	w.Header().Set("Content-Type", "text/plain")
	w.WriteHeader(status)
	fmt.Fprintf(w, "crossreftest: failing with status %d", status)
}

func (s *Server) single(w http.ResponseWriter, doi string) {
	e, ok := s.byDOI[normDOI(doi)]
	if !ok {
		notFound(w)
		return
	}
	crawlertest.WriteJSON(w, http.StatusOK, map[string]any{
		"status": "ok", "message-type": "work", "message-version": "1.0.0",
		"message": s.render(e),
	})
}

func isListParam(s string) bool {
	switch s {
	case "query", "query.bibliographic", "filter", "rows", "offset", "cursor", "mailto", "select", "sort", "order":
		return true
	}
	return false
}

func (s *Server) list(w http.ResponseWriter, q url.Values) {
	for k := range q {
		if !isListParam(k) {
			validationFailure(w, "parameter-not-allowed", k, "This route does not support "+k)
			return
		}
	}
	rows := 20
	if v := q.Get("rows"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 0 || n > 1000 {
			validationFailure(w, "integer-not-valid", v, "Integer specified as "+v+" but must be a positive integer less than or equal to 1000.")
			return
		}
		rows = n
	}
	match, msg, ok := s.filters(q.Get("filter"))
	if !ok {
		validationFailure(w, "filter-not-available", msg, "Filter "+msg+" specified but there is no such filter for this route.")
		return
	}
	terms := crawlertest.Words(q.Get("query.bibliographic") + " " + q.Get("query"))
	var hits []*entry
	for _, e := range s.works {
		if match(e) && crawlertest.MatchAny(e.text, terms) {
			hits = append(hits, e)
		}
	}
	sort.SliceStable(hits, func(i, j int) bool {
		if !hits[i].indexed.Equal(hits[j].indexed) {
			return hits[i].indexed.Before(hits[j].indexed)
		}
		return hits[i].doi < hits[j].doi
	})

	msg2 := map[string]any{
		"facets":         map[string]any{},
		"total-results":  len(hits),
		"items-per-page": rows,
	}
	var page []*entry
	start := 0
	if c := q.Get("cursor"); c != "" {
		var sc *scroll
		token := c
		if c == "*" {
			s.nScroll++
			// Real cursors are long base64 strings with "+", "/", "-",
			// "_" and "=", which must survive URL encoding.
			token = fmt.Sprintf("DnF1ZXJ5VGhlbkZldGNo+/crossreftest_%d-scroll==", s.nScroll)
			sc = &scroll{}
			for _, e := range hits {
				sc.ids = append(sc.ids, e.doi)
			}
			s.scrolls[token] = sc
		} else if sc = s.scrolls[c]; sc == nil {
			crawlertest.WriteJSON(w, http.StatusNotFound, map[string]any{
				"status": "failed", "message-type": "resource-failure",
				"message": []map[string]any{{"type": "cursor-invalid", "value": c, "message": "Cursor specified but it is invalid"}},
			})
			return
		}
		end := min(sc.offset+rows, len(sc.ids))
		for _, id := range sc.ids[sc.offset:end] {
			if e, ok := s.byDOI[id]; ok {
				page = append(page, e)
			}
		}
		start = sc.offset
		sc.offset = end
		msg2["next-cursor"] = token
	} else {
		if v := q.Get("offset"); v != "" {
			n, err := strconv.Atoi(v)
			if err != nil || n < 0 || n > 10000 {
				validationFailure(w, "integer-not-valid", v, "Integer specified as "+v+" but must be a positive integer less than or equal to 10000.")
				return
			}
			start = n
		}
		if start < len(hits) {
			page = hits[start:min(start+rows, len(hits))]
		}
	}
	items := make([]map[string]any, 0, len(page))
	for _, e := range page {
		items = append(items, s.render(e))
	}
	msg2["items"] = items
	var terms2 any
	if t := q.Get("query.bibliographic"); t != "" {
		terms2 = t
	}
	msg2["query"] = map[string]any{"start-index": start, "search-terms": terms2}
	crawlertest.WriteJSON(w, http.StatusOK, map[string]any{
		"status": "ok", "message-type": "work-list", "message-version": "1.0.0", "message": msg2,
	})
}

// filters parses a filter parameter into a predicate, or returns the name
// of an unknown filter.
func (s *Server) filters(f string) (func(*entry) bool, string, bool) {
	var preds []func(*entry) bool
	if f == "" {
		return func(*entry) bool { return true }, "", true
	}
	for _, part := range strings.Split(f, ",") {
		name, val, _ := strings.Cut(part, ":")
		name, val = strings.TrimSpace(name), strings.TrimSpace(val)
		switch name {
		case "from-index-date", "until-index-date":
			from, until, ok := dateRange(val)
			if !ok {
				return nil, name, false
			}
			if name == "from-index-date" {
				preds = append(preds, func(e *entry) bool { return !e.indexed.Before(from) })
			} else {
				preds = append(preds, func(e *entry) bool { return e.indexed.Before(until) })
			}
		case "updates":
			d := normDOI(val)
			preds = append(preds, func(e *entry) bool {
				for _, u := range s.updateTo(e) {
					if normDOI(str(u["DOI"])) == d {
						return true
					}
				}
				return false
			})
		case "is-update":
			preds = append(preds, func(e *entry) bool { return len(s.updateTo(e)) > 0 })
		case "doi":
			d := normDOI(val)
			preds = append(preds, func(e *entry) bool { return e.doi == d })
		case "type":
			preds = append(preds, func(e *entry) bool { return e.typ == val })
		default:
			return nil, name, false
		}
	}
	return func(e *entry) bool {
		for _, p := range preds {
			if !p(e) {
				return false
			}
		}
		return true
	}, "", true
}

// dateRange gives the first instant of a YYYY, YYYY-MM or YYYY-MM-DD date
// and the first instant after it.
func dateRange(v string) (time.Time, time.Time, bool) {
	for _, l := range []struct {
		layout string
		y, m   int
		d      int
	}{{"2006-01-02", 0, 0, 1}, {"2006-01", 0, 1, 0}, {"2006", 1, 0, 0}} {
		if t, err := time.Parse(l.layout, v); err == nil {
			return t, t.AddDate(l.y, l.m, l.d), true
		}
	}
	return time.Time{}, time.Time{}, false
}

// render is the work's JSON object with the server's update-to and
// updated-by entries added.
func (s *Server) render(e *entry) map[string]any {
	out := make(map[string]any, len(e.item)+2)
	for k, v := range e.item {
		out[k] = v
	}
	if ut := s.updateTo(e); len(ut) > 0 {
		out["update-to"] = ut
	}
	var ub []map[string]any
	if v, ok := e.item["updated-by"].([]any); ok {
		for _, x := range v {
			if m, ok := x.(map[string]any); ok {
				ub = append(ub, m)
			}
		}
	}
	for _, u := range s.updates {
		if u.updated == e.doi {
			ub = append(ub, updateEntry(u, u.notice))
		}
	}
	if len(ub) > 0 {
		out["updated-by"] = ub
	}
	return out
}

// updateTo is the work's update-to list: its own (from AddJSON) and the
// server's.
func (s *Server) updateTo(e *entry) []map[string]any {
	var out []map[string]any
	if v, ok := e.item["update-to"].([]any); ok {
		for _, x := range v {
			if m, ok := x.(map[string]any); ok {
				out = append(out, m)
			}
		}
	}
	for _, u := range s.updates {
		if u.notice == e.doi {
			out = append(out, updateEntry(u, u.updated))
		}
	}
	return out
}

func updateEntry(u update, doi string) map[string]any {
	m := map[string]any{
		"updated": dateObj(u.date),
		"DOI":     doi,
		"type":    u.typ,
		"label":   label(u.typ),
		"source":  u.source,
	}
	if u.source == "retraction-watch" {
		m["record-id"] = strconv.Itoa(u.recordID)
	}
	return m
}

// label is the display label Crossref gives an update type.
func label(typ string) string {
	s := strings.ReplaceAll(typ, "_", " ")
	if s == "" {
		return "Update"
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

func dateObj(t time.Time) map[string]any {
	t = t.UTC()
	return map[string]any{
		"date-parts": [][]int{{t.Year(), int(t.Month()), t.Day()}},
		"date-time":  t.Truncate(time.Second).Format(time.RFC3339),
		"timestamp":  t.UnixMilli(),
	}
}

func validationFailure(w http.ResponseWriter, typ, value, msg string) {
	crawlertest.WriteJSON(w, http.StatusBadRequest, map[string]any{
		"status": "failed", "message-type": "validation-failure",
		"message": []map[string]any{{"type": typ, "value": value, "message": msg}},
	})
}

func notFound(w http.ResponseWriter) {
	w.Header().Set("Content-Type", "text/plain")
	w.WriteHeader(http.StatusNotFound)
	_, _ = w.Write([]byte("Resource not found."))
}

func normDOI(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	for _, p := range []string{"https://doi.org/", "http://doi.org/", "https://dx.doi.org/", "http://dx.doi.org/", "doi:"} {
		s = strings.TrimPrefix(s, p)
	}
	if !strings.HasPrefix(s, "10.") || !strings.Contains(s, "/") {
		return ""
	}
	return s
}

func str(v any) string {
	s, _ := v.(string)
	return s
}
