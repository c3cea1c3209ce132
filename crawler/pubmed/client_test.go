package pubmed

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/litwatch/litwatch/crawler"
	"github.com/litwatch/litwatch/crawler/crawlertest"
	"github.com/litwatch/litwatch/crawler/pubmed/pubmedtest"
	"github.com/litwatch/litwatch/store"
)

// newTestSource returns a Source on baseURL with BatchSize 3, and its log.
func newTestSource(t *testing.T, baseURL string, mod func(*Config)) (*Source, *crawlertest.LogBuffer) {
	t.Helper()
	logs := &crawlertest.LogBuffer{}
	log := logs.Logger()
	cfg := Config{BaseURL: baseURL, Term: "asthma[tiab] AND (adult OR child)", Email: "test@example.org", BatchSize: 3}
	if mod != nil {
		mod(&cfg)
	}
	s, err := New(cfg, crawlertest.Fetcher(t, log, nil), log)
	if err != nil {
		t.Fatal(err)
	}
	return s, logs
}

// collector records the batches Fetch emits.
type collector struct {
	mu      sync.Mutex
	batches [][]store.Record
}

func (c *collector) emit(_ context.Context, batch []store.Record) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.batches = append(c.batches, slices.Clone(batch))
	return nil
}

func (c *collector) pmids() []string {
	var ids []string
	for _, b := range c.batches {
		for _, r := range b {
			ids = append(ids, r.PMID)
		}
	}
	slices.Sort(ids)
	return ids
}

func (c *collector) sizes() []int {
	var n []int
	for _, b := range c.batches {
		n = append(n, len(b))
	}
	return n
}

func jan(d, h, m int) time.Time { return time.Date(2024, 1, d, h, m, 0, 0, time.UTC) }

func window(from, to int) crawler.Window {
	return crawler.Window{From: jan(from, 0, 0), To: jan(to, 0, 0)}
}

func byPath(reqs []*url.URL, name string) []url.Values {
	var out []url.Values
	for _, u := range reqs {
		if strings.HasSuffix(u.Path, "/"+name) {
			out = append(out, u.Query())
		}
	}
	return out
}

func TestFetchWindowFilteringAndPaging(t *testing.T) {
	srv := pubmedtest.NewServer(t)
	srv.Add(
		pubmedtest.Article{PMID: "1", Entrez: jan(9, 23, 59), Title: "before"},
		pubmedtest.Article{PMID: "2", Entrez: jan(10, 0, 0), Title: "first day, midnight", DOI: "10.1/AB"},
		pubmedtest.Article{PMID: "3", Entrez: jan(10, 8, 0), Title: "t3"},
		pubmedtest.Article{PMID: "4", Entrez: jan(11, 8, 0), Title: "t4"},
		pubmedtest.Article{PMID: "5", Entrez: jan(11, 9, 0), Title: "t5"},
		pubmedtest.Article{PMID: "6", Entrez: jan(11, 10, 0), Title: "t6"},
		pubmedtest.Article{PMID: "7", Entrez: jan(12, 1, 0), Title: "t7"},
		pubmedtest.Article{PMID: "8", Entrez: jan(12, 23, 59), Title: "last day, late",
			Links: []store.Link{{Type: "RetractionIn", PMID: "99", Source: "J. 2025"}}},
		pubmedtest.Article{PMID: "9", Entrez: jan(13, 0, 0), Title: "after"},
	)
	s, logs := newTestSource(t, srv.URL, nil)
	var c collector
	// Non-midnight, non-UTC window ends are reduced to their UTC days.
	est := time.FixedZone("EST", -5*3600)
	w := crawler.Window{From: time.Date(2024, 1, 9, 20, 0, 0, 0, est), To: time.Date(2024, 1, 12, 6, 0, 0, 0, time.UTC)}
	if err := s.Fetch(context.Background(), w, c.emit); err != nil {
		t.Fatal(err)
	}
	if got, want := c.pmids(), []string{"2", "3", "4", "5", "6", "7", "8"}; !reflect.DeepEqual(got, want) {
		t.Errorf("PMIDs = %v, want %v", got, want)
	}
	if got := c.sizes(); !reflect.DeepEqual(got, []int{3, 3, 1}) {
		t.Errorf("batch sizes = %v, want [3 3 1]", got)
	}
	for _, b := range c.batches {
		for _, r := range b {
			if r.Source != "pubmed" || r.Title == "" || r.EntryDate.Before(jan(10, 0, 0)) || r.EntryDate.After(jan(12, 0, 0)) {
				t.Errorf("record %s: %+v", r.PMID, r)
			}
			if r.PMID == "8" && (len(r.Links) != 1 || r.Links[0].Type != "RetractionIn") {
				t.Errorf("links of 8 = %+v", r.Links)
			}
			if r.PMID == "2" && r.DOI != "10.1/ab" {
				t.Errorf("DOI of 2 = %q", r.DOI)
			}
		}
	}

	reqs := srv.Requests()
	es := byPath(reqs, "esearch.fcgi")
	if len(es) != 1 {
		t.Fatalf("%d esearch requests", len(es))
	}
	q := es[0]
	for k, v := range map[string]string{
		"db": "pubmed", "term": "asthma[tiab] AND (adult OR child)", "usehistory": "y", "datetype": "edat",
		"mindate": "2024/01/10", "maxdate": "2024/01/12", "retmax": "0", "tool": "litwatch", "email": "test@example.org",
	} {
		if q.Get(k) != v {
			t.Errorf("esearch %s = %q, want %q", k, q.Get(k), v)
		}
	}
	if q.Has("api_key") {
		t.Error("api_key sent without one configured")
	}
	ef := byPath(reqs, "efetch.fcgi")
	var starts []string
	for _, q := range ef {
		starts = append(starts, q.Get("retstart"))
		if q.Get("retmax") != "3" || q.Get("retmode") != "xml" || q.Get("query_key") != "1" ||
			!strings.HasPrefix(q.Get("WebEnv"), "MCID_") || q.Get("db") != "pubmed" || q.Get("tool") != "litwatch" {
			t.Errorf("efetch params %v", q)
		}
	}
	if !reflect.DeepEqual(starts, []string{"0", "3", "6"}) {
		t.Errorf("efetch retstarts = %v", starts)
	}
	if !strings.Contains(logs.String(), "records=7") {
		t.Errorf("summary not logged:\n%s", logs)
	}
}

func TestFetchAPIKeySentNotLogged(t *testing.T) {
	srv := pubmedtest.NewServer(t)
	srv.Add(pubmedtest.Article{PMID: "1", Entrez: jan(2, 0, 0), Title: "t"})
	s, logs := newTestSource(t, strings.TrimSuffix(srv.URL, "/"), func(c *Config) {
		c.APIKey = "SEKRIT-KEY"
		c.Tool = "mytool"
	})
	var c collector
	if err := s.Fetch(context.Background(), window(1, 3), c.emit); err != nil {
		t.Fatal(err)
	}
	reqs := srv.Requests()
	if len(reqs) != 2 {
		t.Fatalf("%d requests, want esearch+efetch", len(reqs))
	}
	for _, u := range reqs {
		q := u.Query()
		if q.Get("api_key") != "SEKRIT-KEY" || q.Get("tool") != "mytool" || q.Get("email") != "test@example.org" {
			t.Errorf("%s: api_key/tool/email = %q/%q/%q", u.Path, q.Get("api_key"), q.Get("tool"), q.Get("email"))
		}
		if !strings.HasPrefix(u.Path, "/entrez/eutils/") {
			t.Errorf("path %q (BaseURL without trailing slash)", u.Path)
		}
	}
	if strings.Contains(logs.String(), "SEKRIT") {
		t.Errorf("API key in logs:\n%s", logs)
	}
	if !strings.Contains(logs.String(), "api_key=REDACTED") {
		t.Errorf("fetch URLs not logged redacted:\n%s", logs)
	}
}

func TestFetchSplitsWindowOverLimit(t *testing.T) {
	srv := pubmedtest.NewServer(t)
	srv.MaxResults = 4
	for d := 1; d <= 5; d++ {
		srv.Add(
			pubmedtest.Article{PMID: fmt.Sprint(d*10 + 1), Entrez: jan(d, 1, 0), Title: "a"},
			pubmedtest.Article{PMID: fmt.Sprint(d*10 + 2), Entrez: jan(d, 2, 0), Title: "b"},
		)
	}
	s, _ := newTestSource(t, srv.URL, nil)
	s.limit = 4
	var c collector
	if err := s.Fetch(context.Background(), window(1, 5), c.emit); err != nil {
		t.Fatal(err)
	}
	want := []string{"11", "12", "21", "22", "31", "32", "41", "42", "51", "52"}
	if got := c.pmids(); !reflect.DeepEqual(got, want) {
		t.Errorf("PMIDs = %v, want %v", got, want)
	}
	var windows []string
	for _, q := range byPath(srv.Requests(), "esearch.fcgi") {
		windows = append(windows, q.Get("mindate")[8:]+"-"+q.Get("maxdate")[8:])
	}
	// 1-5 has 10 > 4: split into 1-3 (6, split again into 1-2 and 3) and 4-5.
	if want := []string{"01-05", "01-03", "01-02", "03-03", "04-05"}; !reflect.DeepEqual(windows, want) {
		t.Errorf("esearch windows = %v, want %v", windows, want)
	}
}

func TestFetchSingleDayOverLimitFails(t *testing.T) {
	srv := pubmedtest.NewServer(t)
	srv.MaxResults = 4
	for i := range 5 {
		srv.Add(pubmedtest.Article{PMID: fmt.Sprint(100 + i), Entrez: jan(3, i, 0), Title: "x"})
	}
	s, _ := newTestSource(t, srv.URL, nil)
	s.limit = 4
	var c collector
	err := s.Fetch(context.Background(), window(3, 4), c.emit)
	if err == nil || !strings.Contains(err.Error(), "single day 2024/01/03") || !strings.Contains(err.Error(), "5 records") {
		t.Fatalf("err = %v, want a single-day limit error", err)
	}
	if len(byPath(srv.Requests(), "efetch.fcgi")) != 0 {
		t.Error("efetch requested for a window over the limit")
	}
}

func TestFetchDetectsTruncatedBatch(t *testing.T) {
	// The server stops at 4 records, as NCBI does at 10,000, but the
	// client is not told: the second batch comes back short.
	srv := pubmedtest.NewServer(t)
	srv.MaxResults = 4
	for i := range 6 {
		srv.Add(pubmedtest.Article{PMID: fmt.Sprint(100 + i), Entrez: jan(3, i, 0), Title: "x"})
	}
	s, _ := newTestSource(t, srv.URL, nil)
	var c collector
	err := s.Fetch(context.Background(), window(3, 3), c.emit)
	if err == nil || !strings.Contains(err.Error(), "truncated batch: got 1 of 3") {
		t.Fatalf("err = %v, want truncated batch", err)
	}
}

func TestFetchServerErrorsExhaustRetries(t *testing.T) {
	srv := pubmedtest.NewServer(t)
	srv.Add(pubmedtest.Article{PMID: "1", Entrez: jan(2, 0, 0), Title: "t"})
	srv.SetFailing(http.StatusInternalServerError)
	s, _ := newTestSource(t, srv.URL, nil)
	var c collector
	err := s.Fetch(context.Background(), window(1, 3), c.emit)
	var he *crawler.HTTPError
	if !errors.As(err, &he) || he.Status != http.StatusInternalServerError {
		t.Fatalf("err = %v, want HTTPError 500", err)
	}
	if !strings.Contains(err.Error(), "pubmed esearch") {
		t.Errorf("error %q does not say what failed", err)
	}
	if n := len(srv.Requests()); n != 3 {
		t.Errorf("%d requests, want 3 (1 + MaxRetries 2)", n)
	}
	if len(c.batches) != 0 {
		t.Error("records emitted despite the failure")
	}
}

func TestFetchEmitErrorStops(t *testing.T) {
	srv := pubmedtest.NewServer(t)
	for i := range 7 {
		srv.Add(pubmedtest.Article{PMID: fmt.Sprint(100 + i), Entrez: jan(3, i, 0), Title: "x"})
	}
	s, _ := newTestSource(t, srv.URL, nil)
	boom := errors.New("disk full")
	err := s.Fetch(context.Background(), window(3, 3), func(context.Context, []store.Record) error { return boom })
	if !errors.Is(err, boom) {
		t.Fatalf("err = %v, want the emit error", err)
	}
	if n := len(byPath(srv.Requests(), "efetch.fcgi")); n != 1 {
		t.Errorf("%d efetch requests after emit failed, want 1", n)
	}
}

// scripted serves fixed esearch and efetch bodies (by retstart) and
// counts requests.
type scripted struct {
	mu      sync.Mutex
	esearch string
	efetch  map[string]string // retstart -> body
	calls   map[string]int
}

func (sc *scripted) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	sc.mu.Lock()
	defer sc.mu.Unlock()
	if sc.calls == nil {
		sc.calls = map[string]int{}
	}
	switch {
	case strings.HasSuffix(r.URL.Path, "/esearch.fcgi"):
		sc.calls["esearch"]++
		w.Write([]byte(sc.esearch))
	case strings.HasSuffix(r.URL.Path, "/efetch.fcgi"):
		sc.calls["efetch"]++
		w.Write([]byte(sc.efetch[r.URL.Query().Get("retstart")]))
	default:
		http.NotFound(w, r)
	}
}

func (sc *scripted) count(name string) int {
	sc.mu.Lock()
	defer sc.mu.Unlock()
	return sc.calls[name]
}

func articleSet(as ...pubmedtest.Article) string {
	var b strings.Builder
	b.WriteString("<?xml version=\"1.0\" ?>\n<PubmedArticleSet>\n")
	for _, a := range as {
		b.WriteString(pubmedtest.ArticleXML(a))
	}
	b.WriteString("</PubmedArticleSet>\n")
	return b.String()
}

func serveScripted(t *testing.T, sc http.Handler) string {
	t.Helper()
	hs := httptest.NewServer(sc)
	t.Cleanup(hs.Close)
	return hs.URL + "/entrez/eutils/"
}

func TestFetchDedupesPMIDs(t *testing.T) {
	a := pubmedtest.Article{PMID: "555", Entrez: jan(2, 0, 0), Title: "same"}
	b := pubmedtest.Article{PMID: "556", Entrez: jan(2, 0, 0), Title: "other"}
	sc := &scripted{
		esearch: `<eSearchResult><Count>2</Count><RetMax>0</RetMax><RetStart>0</RetStart><QueryKey>1</QueryKey><WebEnv>MCID_1</WebEnv><IdList/></eSearchResult>`,
		efetch:  map[string]string{"0": articleSet(a, b, a)},
	}
	s, _ := newTestSource(t, serveScripted(t, sc), nil)
	var c collector
	if err := s.Fetch(context.Background(), window(2, 2), c.emit); err != nil {
		t.Fatal(err)
	}
	if got := c.pmids(); !reflect.DeepEqual(got, []string{"555", "556"}) {
		t.Errorf("PMIDs = %v, want each once", got)
	}
	if got := c.sizes(); !reflect.DeepEqual(got, []int{2}) {
		t.Errorf("batch sizes = %v; a duplicate within a batch must not be emitted", got)
	}
}

func TestFetchHistoryRepeatingBatchFails(t *testing.T) {
	// The history server answers every retstart with the first batch:
	// 6 counted, 3 distinct delivered. The source must fail (its
	// watermark stays) instead of reporting the window complete.
	a := pubmedtest.Article{PMID: "555", Entrez: jan(2, 0, 0), Title: "a"}
	b := pubmedtest.Article{PMID: "556", Entrez: jan(2, 0, 0), Title: "b"}
	c3 := pubmedtest.Article{PMID: "557", Entrez: jan(2, 0, 0), Title: "c"}
	sc := &scripted{
		esearch: `<eSearchResult><Count>6</Count><RetMax>0</RetMax><RetStart>0</RetStart><QueryKey>1</QueryKey><WebEnv>MCID_1</WebEnv><IdList/></eSearchResult>`,
		efetch:  map[string]string{"0": articleSet(a, b, c3), "3": articleSet(a, b, c3)},
	}
	s, _ := newTestSource(t, serveScripted(t, sc), nil)
	var c collector
	err := s.Fetch(context.Background(), window(2, 2), c.emit)
	if err == nil || !strings.Contains(err.Error(), "repeating itself") {
		t.Fatalf("err = %v, want the repeated batch named", err)
	}
	if got := c.pmids(); !reflect.DeepEqual(got, []string{"555", "556", "557"}) {
		t.Errorf("PMIDs = %v, want the first batch kept", got)
	}
}

func TestFetchESearchResponses(t *testing.T) {
	three := articleSet(
		pubmedtest.Article{PMID: "1", Entrez: jan(5, 0, 0), Title: "a"},
		pubmedtest.Article{PMID: "2", Entrez: jan(5, 0, 0), Title: "b"},
		pubmedtest.Article{PMID: "3", Entrez: jan(5, 0, 0), Title: "c"},
	)
	for _, tc := range []struct {
		name    string
		esearch string
		efetch  string
		wantErr string // "" = success
		records int
		efetchN int
		log     string
	}{
		{name: "ERROR body", esearch: string(crawlertest.Testdata(t, "synthetic-esearch-error.xml")),
			wantErr: "NCBI error: Invalid query: unbalanced parentheses"},
		{name: "PhraseNotFound with Count 0", esearch: string(crawlertest.Testdata(t, "esearch-no-results-phrasenotfound.xml")),
			log: "abcXYZ"},
		{name: "partial ErrorList with results", esearch: string(crawlertest.Testdata(t, "synthetic-esearch-partial-errorlist.xml")),
			efetch: three, records: 3, efetchN: 1, log: "level=WARN msg=\"esearch: part of the query was not found"},
		{name: "HTML with 200", esearch: "<!DOCTYPE html>\n<html><head><title>NCBI - WWW Error Blocked Diagnostic</title></head><body><p>blocked</body></html>",
			wantErr: "HTML"},
		{name: "rate-limit JSON with 200", esearch: `{"error":"API rate limit exceeded","count":"11"}`,
			wantErr: "not XML"},
		{name: "esummary error document", esearch: string(crawlertest.Testdata(t, "esummary-error-no-id.xml")),
			wantErr: "Neither query_key nor id specified"},
		{name: "no Count", esearch: "<eSearchResult><RetMax>0</RetMax></eSearchResult>",
			wantErr: "no Count"},
		{name: "results without WebEnv", esearch: string(crawlertest.Testdata(t, "esearch-pubmed-basic.xml")),
			wantErr: "no WebEnv"},
		{name: "efetch ERROR body", esearch: string(crawlertest.Testdata(t, "synthetic-esearch-partial-errorlist.xml")),
			efetch:  "<eFetchResult>\n\t<ERROR>Cannot retrieve history data. query_key: 1, WebEnv: MCID_000000000000000000000001</ERROR>\n</eFetchResult>",
			wantErr: "pubmed efetch retstart=0: NCBI error (eFetchResult): Cannot retrieve history data", efetchN: 1},
		{name: "efetch HTML", esearch: string(crawlertest.Testdata(t, "synthetic-esearch-partial-errorlist.xml")),
			efetch: "<html><body>Service unavailable</body></html>", wantErr: "HTML", efetchN: 1},
		{name: "over the limit on every split: single day", esearch: string(crawlertest.Testdata(t, "esearch-pubmed-usehistory-webenv.xml")),
			wantErr: "42249 records on the single day"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			sc := &scripted{esearch: tc.esearch, efetch: map[string]string{"0": tc.efetch}}
			s, logs := newTestSource(t, serveScripted(t, sc), func(c *Config) { c.BatchSize = 200 })
			var c collector
			err := s.Fetch(context.Background(), window(1, 6), c.emit)
			if tc.wantErr == "" && err != nil {
				t.Fatalf("unexpected error: %v", err)
			}
			if tc.wantErr != "" && (err == nil || !strings.Contains(err.Error(), tc.wantErr)) {
				t.Fatalf("err = %v, want one containing %q", err, tc.wantErr)
			}
			if n := len(c.pmids()); n != tc.records {
				t.Errorf("%d records, want %d", n, tc.records)
			}
			if n := sc.count("efetch"); n != tc.efetchN {
				t.Errorf("%d efetch requests, want %d", n, tc.efetchN)
			}
			if tc.log != "" && !strings.Contains(logs.String(), tc.log) {
				t.Errorf("log lacks %q:\n%s", tc.log, logs)
			}
		})
	}
}

func TestParseESearchRealFixtures(t *testing.T) {
	for _, tc := range []struct {
		file          string
		count         int
		queryKey, env string
	}{
		{"esearch-pubmed-usehistory-webenv.xml", 42249, "1", "MCID_6927d6e7fee3e90f880ec190"},
		{"esearch-webenv-legacy-ncid.xml", 2, "19", "NCID_1_214573425_130.14.18.34_9001_1448030770_1520095147_0MetA0_S_MegaStore_F_1"},
		{"esearch-pubmed-basic.xml", 63, "", ""},
		{"esearch-pubmed-retstart-translationset.xml", 2651, "", ""},
		{"esearch-pmc-translationstack.xml", 5, "", ""},
		{"esearch-no-results-phrasenotfound.xml", 0, "", ""},
	} {
		res, err := parseESearch(crawlertest.Testdata(t, tc.file))
		if err != nil {
			t.Errorf("%s: %v", tc.file, err)
			continue
		}
		if res.count != tc.count || res.queryKey != tc.queryKey || res.webEnv != tc.env {
			t.Errorf("%s: count %d key %q env %q", tc.file, res.count, res.queryKey, res.webEnv)
		}
	}
	res, err := parseESearch(crawlertest.Testdata(t, "esearch-no-results-phrasenotfound.xml"))
	if err != nil || !res.notFound() || res.wire.ErrorList.PhraseNotFound[0] != "abcXYZ" {
		t.Errorf("PhraseNotFound not read: %+v, %v", res, err)
	}
}

func TestFetchCancelled(t *testing.T) {
	srv := pubmedtest.NewServer(t)
	for i := range 7 {
		srv.Add(pubmedtest.Article{PMID: fmt.Sprint(100 + i), Entrez: jan(3, i, 0), Title: "x"})
	}
	s, _ := newTestSource(t, srv.URL, nil)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	err := s.Fetch(ctx, window(3, 3), func(ctx context.Context, _ []store.Record) error {
		cancel()
		return nil
	})
	if !errors.Is(err, context.Canceled) {
		t.Errorf("err = %v, want context.Canceled", err)
	}
	if n := len(byPath(srv.Requests(), "efetch.fcgi")); n != 1 {
		t.Errorf("%d efetch requests after cancel, want 1", n)
	}
}

func TestNewValidates(t *testing.T) {
	f := crawlertest.Fetcher(t, nil, nil)
	for _, tc := range []struct {
		cfg   Config
		field string
	}{
		{Config{Term: "  "}, "Term"},
		{Config{Term: "x", BaseURL: "://nope"}, "BaseURL"},
		{Config{Term: "x", BaseURL: "ftp://host/eutils/"}, "BaseURL"},
		{Config{Term: "x", BaseURL: "eutils.ncbi.nlm.nih.gov/entrez/eutils/"}, "BaseURL"},
		{Config{Term: "x", BaseURL: "https://host/eutils/?db=pubmed"}, "BaseURL"},
		{Config{Term: "x", Tool: "lit watch"}, "Tool"},
		{Config{Term: "x", Email: "a b@example.org"}, "Email"},
		{Config{Term: "x", BatchSize: -1}, "BatchSize"},
		{Config{Term: "x", BatchSize: 10001}, "BatchSize"},
	} {
		_, err := New(tc.cfg, f, nil)
		if err == nil || !strings.Contains(err.Error(), tc.field) {
			t.Errorf("New(%+v) = %v, want an error naming %s", tc.cfg, err, tc.field)
		}
	}
	if _, err := New(Config{Term: "x"}, nil, nil); err == nil {
		t.Error("New accepted a nil Fetcher")
	}
	s, err := New(Config{Term: "x"}, f, nil)
	if err != nil {
		t.Fatal(err)
	}
	if s.Name() != "pubmed" || s.cfg.Tool != "litwatch" || s.cfg.BatchSize != 200 || s.limit != 9999 ||
		s.endpoint("esearch.fcgi", url.Values{"db": {"pubmed"}}) != "https://eutils.ncbi.nlm.nih.gov/entrez/eutils/esearch.fcgi?db=pubmed" {
		t.Errorf("defaults: %+v, limit %d", s.cfg, s.limit)
	}
	crawlertest.RefusesBadFetch(t, s)
}

func TestRateStaysUnderNCBILimits(t *testing.T) {
	cases := []struct {
		configured float64
		key        string
		want       float64
	}{
		{0, "", 2.7},
		{0, "k", 9},
		{1.5, "", 1.5},
		{5, "k", 5},
	}
	for _, c := range cases {
		if got := Rate(c.configured, c.key); got != c.want {
			t.Errorf("Rate(%g, %q) = %g, want %g", c.configured, c.key, got, c.want)
		}
	}
	if d := Defaults(); d.Rate >= 3 || RateWithKey >= 10 || d.MaxRate != 10 {
		t.Errorf("Defaults() = %+v, RateWithKey %g: not under NCBI's 3 and 10 requests a second", d, float64(RateWithKey))
	}
}
