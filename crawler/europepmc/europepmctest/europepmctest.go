// Package europepmctest is a fake Europe PMC REST search endpoint for
// tests. It answers GET {URL}search with format=json and resultType=core
// over an in-memory list of results, in the real response shape (see
// crawler/europepmc/testdata/search-core-cancer-page1-cursor.json):
// hitCount, nextCursorMark, request echo, resultList.result[].
//
// It honours the FIRST_IDATE:[YYYY-MM-DD TO YYYY-MM-DD] part of the query
// (on each result's firstIndexDate) and pages with opaque cursor marks, as
// Solr does: every page carries a nextCursorMark, and the request after
// the last page gets no results and its own cursorMark back. The rest of
// the query is not evaluated: every stored result matches any query.
package europepmctest

import (
	"encoding/base64"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/litwatch/litwatch/crawler/crawlertest"
)

// DefaultPageSize is the fake's own cap on results per page, small so
// tests page without storing hundreds of results.
const DefaultPageSize = 2

// basePath mirrors the real service's path
// (https://www.ebi.ac.uk/europepmc/webservices/rest/).
const basePath = "/europepmc/webservices/rest/"

// Article is one fake Europe PMC result, built into the real core JSON
// shape by ResultJSON.
type Article struct {
	Source    string    // "MED" (default), "PMC" or "PPR" (preprint)
	ID        string    // the source's own id; default the PMID (MED), PMCID (PMC) or "PPR"+a number (PPR)
	PMID      string    // optional
	PMCID     string    // optional, "PMC…"
	DOI       string    // optional
	Title     string    // may hold inline HTML, as the real titles do
	Abstract  string    // abstractText as Europe PMC serves it (HTML, <h4> headings); none if empty
	Journal   string    // journal title, or the preprint server for PPR; defaults "Journal of Tests" / "bioRxiv"
	IndexDate time.Time // firstIndexDate; FIRST_IDATE windows match its UTC day
	PubDate   time.Time // firstPublicationDate; default IndexDate
	PubTypes  []string  // pubTypeList.pubType; default ["Journal Article"], or ["Preprint"] for PPR
	Authors   []string  // "LastName Initials"
	MeSH      []string  // meshHeadingList descriptor names
	Keywords  []string
}

// Server is a fake Europe PMC search endpoint backed by httptest.
type Server struct {
	// URL is the base URL, with a trailing slash like the real one
	// ("https://www.ebi.ac.uk/europepmc/webservices/rest/").
	URL string
	// PageSize caps the results per page whatever pageSize the request
	// asks for (default DefaultPageSize). Set it before making requests.
	PageSize int

	tb  testing.TB
	rec crawlertest.Recorder

	mu      sync.Mutex
	results []stored
	index   map[string]int // "SOURCE/ID" -> position in results
}

type stored struct {
	raw   json.RawMessage
	index time.Time // firstIndexDate day; zero if absent
}

// NewServer starts a Server; tb.Cleanup closes it.
func NewServer(tb testing.TB) *Server {
	tb.Helper()
	s := &Server{PageSize: DefaultPageSize, tb: tb, index: make(map[string]int)}
	s.rec.Fail = failPage
	s.URL = s.rec.Start(tb, http.HandlerFunc(s.serve)).URL + basePath
	return s
}

// Add adds articles, or replaces those with the same source and id.
func (s *Server) Add(a ...Article) {
	s.tb.Helper()
	raws := make([]json.RawMessage, len(a))
	for i, x := range a {
		raws[i] = ResultJSON(x)
	}
	s.AddJSON(raws...)
}

// AddJSON adds results given as real Europe PMC core result objects (for
// example those of a recorded page), or replaces those with the same
// source and id. It fails the test if one is not a JSON object.
func (s *Server) AddJSON(results ...json.RawMessage) {
	s.tb.Helper()
	for _, raw := range results {
		var head struct {
			ID             string `json:"id"`
			Source         string `json:"source"`
			FirstIndexDate string `json:"firstIndexDate"`
		}
		if err := json.Unmarshal(raw, &head); err != nil {
			s.tb.Fatalf("europepmctest: AddJSON: not a result object: %v", err)
			return
		}
		var day time.Time
		if head.FirstIndexDate != "" {
			t, err := time.Parse(time.DateOnly, head.FirstIndexDate)
			if err != nil {
				s.tb.Fatalf("europepmctest: AddJSON: bad firstIndexDate %q", head.FirstIndexDate)
				return
			}
			day = t
		}
		st := stored{raw: append(json.RawMessage(nil), raw...), index: day}
		key := head.Source + "/" + head.ID
		s.mu.Lock()
		if i, ok := s.index[key]; ok && head.ID != "" {
			s.results[i] = st
		} else {
			s.index[key] = len(s.results)
			s.results = append(s.results, st)
		}
		s.mu.Unlock()
	}
}

// AddPage adds every result of a recorded search response body (such as
// testdata/search-core-cancer-page1-cursor.json).
func (s *Server) AddPage(body []byte) {
	s.tb.Helper()
	var page struct {
		ResultList struct {
			Result []json.RawMessage `json:"result"`
		} `json:"resultList"`
	}
	if err := json.Unmarshal(body, &page); err != nil {
		s.tb.Fatalf("europepmctest: AddPage: %v", err)
		return
	}
	s.AddJSON(page.ResultList.Result...)
}

// SetFailing makes every request answer status with an HTML error page
// (0 = healthy again).
func (s *Server) SetFailing(status int) { s.rec.SetFailing(status) }

// Requests returns copies of the URLs requested so far, in order.
func (s *Server) Requests() []*url.URL { return s.rec.Requests() }

// ResultJSON renders a as a Europe PMC resultType=core result object.
func ResultJSON(a Article) json.RawMessage {
	src := strings.ToUpper(a.Source)
	if src == "" {
		src = "MED"
	}
	id := a.ID
	if id == "" {
		switch src {
		case "MED":
			id = a.PMID
		case "PMC":
			id = a.PMCID
		case "PPR":
			id = "PPR" + strconv.FormatInt(a.IndexDate.Unix()%1000000, 10)
		}
	}
	pub := a.PubDate
	if pub.IsZero() {
		pub = a.IndexDate
	}
	types := a.PubTypes
	if len(types) == 0 {
		types = []string{"Journal Article"}
		if src == "PPR" {
			types = []string{"Preprint"}
		}
	}
	m := map[string]any{
		"id":     id,
		"source": src,
		"title":  a.Title,
	}
	set := func(k, v string) {
		if v != "" {
			m[k] = v
		}
	}
	set("pmid", a.PMID)
	set("pmcid", a.PMCID)
	set("doi", strings.ToLower(a.DOI))
	set("abstractText", a.Abstract)
	if len(a.Authors) > 0 {
		var list []map[string]any
		for _, n := range a.Authors {
			last, ini, _ := strings.Cut(n, " ")
			list = append(list, map[string]any{"fullName": n, "lastName": last, "initials": ini})
		}
		m["authorList"] = map[string]any{"author": list}
		m["authorString"] = strings.Join(a.Authors, ", ") + "."
	}
	if !pub.IsZero() {
		m["pubYear"] = strconv.Itoa(pub.Year())
		m["firstPublicationDate"] = pub.Format(time.DateOnly)
	}
	if src == "PPR" {
		server := a.Journal
		if server == "" {
			server = "bioRxiv"
		}
		m["bookOrReportDetails"] = map[string]any{"publisher": server, "yearOfPublication": pub.Year()}
	} else {
		journal := a.Journal
		if journal == "" {
			journal = "Journal of Tests"
		}
		ji := map[string]any{"journal": map[string]any{"title": journal}}
		if !pub.IsZero() {
			ji["yearOfPublication"] = pub.Year()
			ji["dateOfPublication"] = pub.Format("2006 Jan")
		}
		m["journalInfo"] = ji
	}
	m["language"] = "eng"
	m["pubModel"] = "Print"
	m["pubTypeList"] = map[string]any{"pubType": types}
	if len(a.MeSH) > 0 {
		var list []map[string]any
		for _, d := range a.MeSH {
			list = append(list, map[string]any{"majorTopic_YN": "N", "descriptorName": d})
		}
		m["meshHeadingList"] = map[string]any{"meshHeading": list}
	}
	if len(a.Keywords) > 0 {
		m["keywordList"] = map[string]any{"keyword": a.Keywords}
	}
	m["isOpenAccess"] = "N"
	m["inEPMC"] = "N"
	m["inPMC"] = "N"
	m["citedByCount"] = 0
	if !a.IndexDate.IsZero() {
		d := a.IndexDate.UTC().Format(time.DateOnly)
		m["dateOfCreation"] = d
		m["firstIndexDate"] = d
		m["dateOfRevision"] = d
	}
	b, err := json.Marshal(m)
	if err != nil {
		panic(err) // only strings, numbers, maps and slices: cannot fail
	}
	return b
}

func (s *Server) serve(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet {
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	if r.URL.Path != basePath+"search" {
		http.NotFound(w, r)
		return
	}
	s.search(w, r.URL.Query())
}

// failPage answers a request while the server is failing: status, with
// an HTML error page.
func failPage(w http.ResponseWriter, status int) {
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(status)
	fmt.Fprintf(w, "<!DOCTYPE html>\n<html><head><title>%d %s</title></head><body><h1>%s</h1></body></html>\n",
		status, http.StatusText(status), http.StatusText(status))
}

var windowRE = regexp.MustCompile(`FIRST_IDATE:\[\s*(\d{4}-\d{2}-\d{2})\s+TO\s+(\d{4}-\d{2}-\d{2})\s*\]`)

func badRequest(w http.ResponseWriter, msg string) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(http.StatusBadRequest)
	json.NewEncoder(w).Encode(map[string]any{"errCode": 400, "errMsg": msg})
}

func (s *Server) search(w http.ResponseWriter, q url.Values) {
	query := q.Get("query")
	if strings.TrimSpace(query) == "" {
		badRequest(w, "query parameter is required")
		return
	}
	if f := q.Get("format"); f != "json" {
		badRequest(w, fmt.Sprintf("europepmctest serves format=json only, got %q", f))
		return
	}
	if rt := q.Get("resultType"); rt != "core" {
		badRequest(w, fmt.Sprintf("europepmctest serves resultType=core only, got %q", rt))
		return
	}
	pageSize := 25
	if v := q.Get("pageSize"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 0 || n > 1000 {
			badRequest(w, "pageSize must be between 0 and 1000")
			return
		}
		pageSize = n
	}
	cursor := q.Get("cursorMark")
	if cursor == "" {
		cursor = "*"
	}
	offset, ok := decodeCursor(cursor)
	if !ok {
		badRequest(w, "invalid cursorMark "+cursor)
		return
	}
	var from, to time.Time
	if m := windowRE.FindStringSubmatch(query); m != nil {
		var err1, err2 error
		from, err1 = time.Parse(time.DateOnly, m[1])
		to, err2 = time.Parse(time.DateOnly, m[2])
		if err1 != nil || err2 != nil {
			badRequest(w, "invalid FIRST_IDATE range")
			return
		}
	}

	s.mu.Lock()
	per := s.PageSize
	if per <= 0 {
		per = DefaultPageSize
	}
	var hits []json.RawMessage
	for _, st := range s.results {
		if !from.IsZero() && (st.index.IsZero() || st.index.Before(from) || st.index.After(to)) {
			continue
		}
		hits = append(hits, st.raw)
	}
	s.mu.Unlock()

	page, end := crawlertest.Page(hits, offset, min(per, pageSize))
	resp := map[string]any{
		"version":  "6.9",
		"hitCount": len(hits),
		"request": map[string]any{
			"queryString": query,
			"resultType":  "core",
			"cursorMark":  url.QueryEscape(cursor),
			"pageSize":    pageSize,
			"sort":        "",
			"synonym":     false,
		},
		"resultList": map[string]any{"result": page},
	}
	if len(hits) > 0 {
		next := encodeCursor(end)
		if len(page) == 0 { // past the last page: Solr sends the cursor back
			next = cursor
		}
		resp["nextCursorMark"] = next
		if next != cursor {
			nq := url.Values{}
			nq.Set("query", query)
			nq.Set("cursorMark", next)
			nq.Set("resultType", "core")
			nq.Set("format", "json")
			resp["nextPageUrl"] = "https://www.ebi.ac.uk/europepmc/webservices/rest/search?" + nq.Encode()
		}
	}
	w.Header().Set("Content-Type", "application/json;charset=UTF-8")
	json.NewEncoder(w).Encode(resp)
}

// Cursor marks look like the real ones (base64 with "=" padding), so a
// client that does not escape them breaks.
func encodeCursor(offset int) string {
	return "AoI" + base64.StdEncoding.EncodeToString([]byte("europepmctest+"+strconv.Itoa(offset)))
}

func decodeCursor(c string) (int, bool) {
	if c == "*" {
		return 0, true
	}
	rest, ok := strings.CutPrefix(c, "AoI")
	if !ok {
		return 0, false
	}
	b, err := base64.StdEncoding.DecodeString(rest)
	if err != nil {
		return 0, false
	}
	n, ok := strings.CutPrefix(string(b), "europepmctest+")
	if !ok {
		return 0, false
	}
	off, err := strconv.Atoi(n)
	if err != nil || off < 0 {
		return 0, false
	}
	return off, true
}
