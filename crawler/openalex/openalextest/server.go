// Package openalextest is a fake OpenAlex API for tests: an httptest
// server that answers GET /works?… (search, the from_created_date,
// to_created_date, doi and type filters, per-page, cursor=* paging, page)
// and GET /works/{id} with bodies in the real API's JSON shapes, and error
// bodies {"error":…,"message":…} with HTTP 400 (bad parameters, filters,
// per-page or cursor), 401 (wrong API key, once SetAPIKey is used) and
// 404.
//
// Cursor paging follows OpenAlex's documentation: each page carries a new
// meta.next_cursor, and once the results are exhausted a page comes back
// with no results and next_cursor null.
package openalextest

import (
	"encoding/base64"
	"encoding/json"
	"fmt"
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

// Work is a work to serve; Add builds it into OpenAlex's Work shape.
type Work struct {
	DOI, PMID, PMCID string // bare identifiers ("10.1/x", "123", "PMC456"); served as URLs
	Title            string
	Abstract         string    // served as abstract_inverted_index (null when empty)
	Created          time.Time // created_date, which the date filters use; zero means now
	Type             string    // default "article"
	Journal          string    // primary_location.source.display_name
	Authors          []string  // display names, e.g. "Ann Lee"
	Year             int       // publication_year (default: Created's year)
	Retracted        bool
}

// Server is a fake OpenAlex API. Its methods are safe for concurrent use.
type Server struct {
	// URL is the API base, with a trailing slash, for openalex.Config.BaseURL.
	URL string

	tb  testing.TB
	rec crawlertest.Recorder

	mu     sync.Mutex
	works  []*entry
	byID   map[string]*entry
	apiKey string
	nextID int
}

type entry struct {
	id      string // "W…"
	doi     string
	typ     string
	created time.Time
	text    string // lower-cased words searched by search=
	item    map[string]any
}

// NewServer starts a fake OpenAlex API that is closed when the test ends.
func NewServer(tb testing.TB) *Server {
	tb.Helper()
	s := &Server{tb: tb, byID: map[string]*entry{}, nextID: 9000000001}
	s.rec.Fail = fail
	s.URL = s.rec.Start(tb, http.HandlerFunc(s.serve)).URL + "/"
	return s
}

// Add serves works built from ws.
func (s *Server) Add(ws ...Work) {
	s.tb.Helper()
	for _, w := range ws {
		created := w.Created
		if created.IsZero() {
			created = time.Now()
		}
		created = created.UTC()
		typ := w.Type
		if typ == "" {
			typ = "article"
		}
		year := w.Year
		if year == 0 {
			year = created.Year()
		}
		s.mu.Lock()
		id := fmt.Sprintf("W%d", s.nextID)
		s.nextID++
		s.mu.Unlock()
		oaID := "https://openalex.org/" + id
		ids := map[string]any{"openalex": oaID}
		var doi any
		if d := strings.ToLower(strings.TrimSpace(w.DOI)); d != "" {
			doi = "https://doi.org/" + d
			ids["doi"] = doi
		}
		if w.PMID != "" {
			ids["pmid"] = "https://pubmed.ncbi.nlm.nih.gov/" + w.PMID
		}
		if w.PMCID != "" {
			ids["pmcid"] = "https://www.ncbi.nlm.nih.gov/pmc/articles/" + strings.TrimPrefix(strings.ToUpper(w.PMCID), "PMC")
		}
		var source any
		if w.Journal != "" {
			source = map[string]any{"id": "https://openalex.org/S1", "display_name": w.Journal, "type": "journal"}
		}
		authorships := []map[string]any{}
		for i, a := range w.Authors {
			pos := "middle"
			switch {
			case i == 0:
				pos = "first"
			case i == len(w.Authors)-1:
				pos = "last"
			}
			authorships = append(authorships, map[string]any{
				"author_position": pos,
				"author":          map[string]any{"id": fmt.Sprintf("https://openalex.org/A%d", i+1), "display_name": a, "orcid": nil},
				"institutions":    []any{},
				"raw_author_name": a,
			})
		}
		var inv any
		if w.Abstract != "" {
			m := map[string][]int{}
			for i, word := range strings.Fields(w.Abstract) {
				m[word] = append(m[word], i)
			}
			inv = m
		}
		item := map[string]any{
			"id":                      oaID,
			"doi":                     doi,
			"title":                   w.Title,
			"display_name":            w.Title,
			"publication_year":        year,
			"publication_date":        fmt.Sprintf("%04d-01-01", year),
			"ids":                     ids,
			"language":                "en",
			"primary_location":        map[string]any{"is_oa": false, "source": source},
			"type":                    typ,
			"authorships":             authorships,
			"is_retracted":            w.Retracted,
			"is_paratext":             false,
			"mesh":                    []any{},
			"abstract_inverted_index": inv,
			"cited_by_count":          0,
			"updated_date":            created.Format("2006-01-02T15:04:05.000000"),
			"created_date":            created.Format("2006-01-02T15:04:05"),
		}
		s.put(item)
	}
}

// AddJSON serves works given as OpenAlex Work objects (e.g. from a real
// response). Each must have an id; its created_date is its creation date
// (now if it has none).
func (s *Server) AddJSON(works ...json.RawMessage) {
	s.tb.Helper()
	for _, b := range works {
		var item map[string]any
		if err := json.Unmarshal(b, &item); err != nil {
			s.tb.Fatalf("openalextest: AddJSON: %v", err)
		}
		if str(item["id"]) == "" {
			s.tb.Fatalf("openalextest: AddJSON: work has no id")
		}
		s.put(item)
	}
}

func (s *Server) put(item map[string]any) {
	e := &entry{item: item, typ: str(item["type"])}
	e.id = str(item["id"])
	if i := strings.LastIndexByte(e.id, '/'); i >= 0 {
		e.id = e.id[i+1:]
	}
	e.doi = strings.TrimPrefix(strings.ToLower(str(item["doi"])), "https://doi.org/")
	e.created = parseCreated(str(item["created_date"]))
	if e.created.IsZero() {
		e.created = time.Now().UTC()
	}
	text := []string{str(item["display_name"]), str(item["title"])}
	if inv, ok := item["abstract_inverted_index"].(map[string]any); ok {
		for w := range inv {
			text = append(text, w)
		}
	} else if inv, ok := item["abstract_inverted_index"].(map[string][]int); ok {
		for w := range inv {
			text = append(text, w)
		}
	}
	e.text = strings.Join(crawlertest.Words(strings.Join(text, " ")), " ")

	s.mu.Lock()
	defer s.mu.Unlock()
	if old, ok := s.byID[e.id]; ok {
		for i, w := range s.works {
			if w == old {
				s.works = append(s.works[:i], s.works[i+1:]...)
				break
			}
		}
	}
	s.works = append(s.works, e)
	s.byID[e.id] = e
}

// SetAPIKey makes the server answer 401 to requests whose api_key is not
// key ("" accepts any request).
func (s *Server) SetAPIKey(key string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.apiKey = key
}

// SetFailing makes every request fail with status (JSON error body) until
// it is called with 0.
func (s *Server) SetFailing(status int) { s.rec.SetFailing(status) }

// Requests returns the URLs of the requests received so far (path and
// query, as the server decoded them).
func (s *Server) Requests() []*url.URL { return s.rec.Requests() }

func (s *Server) serve(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	defer s.mu.Unlock()
	q := r.URL.Query()
	if s.apiKey != "" && q.Get("api_key") != s.apiKey {
		writeError(w, http.StatusUnauthorized, "Invalid or missing API key", "Pass a valid api_key parameter.")
		return
	}
	switch {
	case r.URL.Path == "/works" || r.URL.Path == "/works/":
		s.list(w, q)
	case strings.HasPrefix(r.URL.Path, "/works/"):
		s.single(w, strings.TrimPrefix(r.URL.Path, "/works/"))
	default:
		writeError(w, http.StatusNotFound, "404 Not Found", "The requested URL was not found on the server.")
	}
}

// fail answers a request while the server is failing.
func fail(w http.ResponseWriter, status int) {
	writeError(w, status, "openalextest failure", fmt.Sprintf("failing with status %d", status))
}

func (s *Server) single(w http.ResponseWriter, id string) {
	lower := strings.ToLower(id)
	for _, p := range []string{"https://doi.org/", "doi:"} {
		if d, ok := strings.CutPrefix(lower, p); ok {
			for _, e := range s.works {
				if e.doi == d {
					crawlertest.WriteJSON(w, http.StatusOK, e.item)
					return
				}
			}
			writeError(w, http.StatusNotFound, "404 Not Found", "No work with DOI "+d)
			return
		}
	}
	if i := strings.LastIndexByte(id, '/'); i >= 0 {
		id = id[i+1:]
	}
	if e, ok := s.byID[strings.ToUpper(id)]; ok {
		crawlertest.WriteJSON(w, http.StatusOK, e.item)
		return
	}
	writeError(w, http.StatusNotFound, "404 Not Found", "No work "+id)
}

func isListParam(s string) bool {
	switch s {
	case "search", "filter", "per-page", "per_page", "page", "cursor", "api_key", "mailto", "select", "sort", "sample", "seed":
		return true
	}
	return false
}

func (s *Server) list(w http.ResponseWriter, q url.Values) {
	for k := range q {
		if !isListParam(k) {
			writeError(w, http.StatusBadRequest, "Invalid query parameters error.", k+" is not a valid parameter.")
			return
		}
	}
	perPage := 25
	for _, k := range []string{"per-page", "per_page"} {
		if v := q.Get(k); v != "" {
			n, err := strconv.Atoi(v)
			if err != nil || n < 1 || n > 200 {
				writeError(w, http.StatusBadRequest, "Invalid query parameters error.", "per-page parameter must be between 1 and 200")
				return
			}
			perPage = n
		}
	}
	match, bad := s.filters(q.Get("filter"))
	if bad != "" {
		writeError(w, http.StatusBadRequest, "Invalid query parameters error.", bad)
		return
	}
	terms := crawlertest.Words(q.Get("search"))
	var hits []*entry
	for _, e := range s.works {
		if match(e) && crawlertest.MatchAny(e.text, terms) {
			hits = append(hits, e)
		}
	}
	sort.SliceStable(hits, func(i, j int) bool {
		if !hits[i].created.Equal(hits[j].created) {
			return hits[i].created.Before(hits[j].created)
		}
		return hits[i].id < hits[j].id
	})
	fp := fingerprint(q)
	meta := map[string]any{
		"count": len(hits), "db_response_time_ms": 3, "page": nil,
		"per_page": perPage, "groups_count": nil,
	}
	start := 0
	if c := q.Get("cursor"); c != "" {
		if c != "*" {
			off, ok := decodeCursor(c, fp)
			if !ok {
				writeError(w, http.StatusBadRequest, "Invalid query parameters error.", "cursor is not valid: "+c)
				return
			}
			start = off
		}
	} else {
		page := 1
		if v := q.Get("page"); v != "" {
			n, err := strconv.Atoi(v)
			if err != nil || n < 1 {
				writeError(w, http.StatusBadRequest, "Invalid query parameters error.", "page must be a positive integer")
				return
			}
			page = n
		}
		meta["page"] = page
		start = (page - 1) * perPage
	}
	results := []map[string]any{}
	for i := start; i < len(hits) && i < start+perPage; i++ {
		results = append(results, hits[i].item)
	}
	if q.Get("cursor") != "" {
		if len(results) > 0 {
			meta["next_cursor"] = encodeCursor(start+len(results), fp)
		} else {
			meta["next_cursor"] = nil
		}
	}
	crawlertest.WriteJSON(w, http.StatusOK, map[string]any{"meta": meta, "results": results, "group_by": []any{}})
}

// filters parses a filter parameter into a predicate, or explains the
// first bad filter.
func (s *Server) filters(f string) (func(*entry) bool, string) {
	var preds []func(*entry) bool
	for _, part := range strings.Split(f, ",") {
		if strings.TrimSpace(part) == "" {
			continue
		}
		name, val, _ := strings.Cut(part, ":")
		switch name {
		case "from_created_date", "to_created_date":
			t, err := time.Parse(time.DateOnly, val)
			if err != nil {
				return nil, "Value for param " + name + " must be a date in format yyyy-mm-dd"
			}
			if name == "from_created_date" {
				preds = append(preds, func(e *entry) bool { return !e.created.Before(t) })
			} else {
				end := t.AddDate(0, 0, 1)
				preds = append(preds, func(e *entry) bool { return e.created.Before(end) })
			}
		case "doi":
			d := strings.TrimPrefix(strings.ToLower(val), "https://doi.org/")
			preds = append(preds, func(e *entry) bool { return e.doi == d })
		case "type":
			preds = append(preds, func(e *entry) bool { return e.typ == val })
		default:
			return nil, name + " is not a valid field. Valid fields are underscore or hyphenated versions of: doi, from_created_date, to_created_date, type"
		}
	}
	return func(e *entry) bool {
		for _, p := range preds {
			if !p(e) {
				return false
			}
		}
		return true
	}, ""
}

// fingerprint ties a cursor to its query.
func fingerprint(q url.Values) string {
	return q.Get("search") + "\x00" + q.Get("filter")
}

// encodeCursor makes an opaque cursor; like real ones it is base64 and
// contains characters ("+", "/", "=") that must survive URL encoding.
func encodeCursor(offset int, fp string) string {
	raw := fmt.Sprintf("[%d, %q]", offset, fp)
	return "I+/" + base64.StdEncoding.EncodeToString([]byte(raw))
}

func decodeCursor(c, fp string) (int, bool) {
	b, err := base64.StdEncoding.DecodeString(strings.TrimPrefix(c, "I+/"))
	if err != nil || !strings.HasPrefix(c, "I+/") {
		return 0, false
	}
	var off int
	var got string
	if _, err := fmt.Sscanf(string(b), "[%d, %q]", &off, &got); err != nil || got != fp || off < 0 {
		return 0, false
	}
	return off, true
}

func parseCreated(s string) time.Time {
	for _, layout := range []string{time.RFC3339Nano, "2006-01-02T15:04:05.999999999", time.DateOnly} {
		if t, err := time.Parse(layout, s); err == nil {
			return t.UTC()
		}
	}
	return time.Time{}
}

func writeError(w http.ResponseWriter, status int, e, msg string) {
	crawlertest.WriteJSON(w, status, map[string]any{"error": e, "message": msg})
}

func str(v any) string {
	s, _ := v.(string)
	return s
}
