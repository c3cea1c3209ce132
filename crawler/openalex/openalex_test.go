package openalex

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/litwatch/litwatch/crawler"
	"github.com/litwatch/litwatch/crawler/crawlertest"
	"github.com/litwatch/litwatch/crawler/openalex/openalextest"
	"github.com/litwatch/litwatch/store"
)

const testKey = "sEcReT-k3y-123"

// newSource returns a source on base whose Fetcher and source log into the
// returned buffer.
func newSource(t testing.TB, base string, mod func(*Config)) (*Source, *crawlertest.LogBuffer) {
	t.Helper()
	var buf crawlertest.LogBuffer
	log := buf.Logger()
	cfg := Config{BaseURL: base, Search: "massage preterm", APIKey: testKey, Mailto: "test@example.org", PerPage: 100}
	if mod != nil {
		mod(&cfg)
	}
	s, err := New(cfg, crawlertest.Fetcher(t, log, oneRetry), log)
	if err != nil {
		t.Fatal(err)
	}
	return s, &buf
}

func date(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

// oneRetry gives the test Fetcher (crawlertest.Fetcher) one retry.
func oneRetry(c *crawler.FetcherConfig) { c.MaxRetries = 1 }

func TestNewRefusesWithoutKey(t *testing.T) {
	f := crawlertest.Fetcher(t, nil, oneRetry)
	for name, cfg := range map[string]Config{
		"no key":           {Search: "x"},
		"blank key":        {Search: "x", APIKey: "   "},
		"key with &":       {Search: "x", APIKey: "a&b"},
		"no search":        {APIKey: testKey},
		"relative base":    {Search: "x", APIKey: testKey, BaseURL: "api.openalex.org"},
		"base with query":  {Search: "x", APIKey: testKey, BaseURL: "https://api.openalex.org/?a=b"},
		"per page too big": {Search: "x", APIKey: testKey, PerPage: 201},
		"negative page":    {Search: "x", APIKey: testKey, PerPage: -5},
		"mailto spaces":    {Search: "x", APIKey: testKey, Mailto: "a b@c"},
	} {
		s, err := New(cfg, f, nil)
		if err == nil || s != nil {
			t.Errorf("%s: New accepted %+v", name, cfg)
			continue
		}
		if strings.Contains(err.Error(), "a&b") {
			t.Errorf("%s: the key is in the error: %v", name, err)
		}
	}
	if _, err := New(Config{Search: "x"}, f, nil); err == nil || !strings.Contains(err.Error(), "API key") {
		t.Errorf("no key: %v", err)
	}
	if _, err := New(Config{Search: "x", APIKey: testKey}, nil, nil); err == nil {
		t.Error("New accepted a nil Fetcher")
	}
	s, err := New(Config{Search: " x  y ", APIKey: " " + testKey + " ", BaseURL: "http://127.0.0.1:1/v1"}, f, nil)
	if err != nil {
		t.Fatal(err)
	}
	if s.Name() != "openalex" || s.cfg.PerPage != DefaultPerPage || s.cfg.Search != "x y" || s.base.String() != "http://127.0.0.1:1/v1/" || s.cfg.APIKey != testKey {
		t.Errorf("defaults: %q %d %q %q", s.Name(), s.cfg.PerPage, s.cfg.Search, s.base)
	}
	if d, _ := New(Config{Search: "x", APIKey: testKey}, f, nil); d.base.String() != DefaultBaseURL {
		t.Errorf("default base = %q", d.base)
	}
}

func TestParseWorksSingleWork(t *testing.T) {
	recs, next, err := ParseWorks(crawlertest.Testdata(t, "work-W1982728624-journal-article-abstract-inverted-index.json"))
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) != 1 || next != "" {
		t.Fatalf("%d records, next %q", len(recs), next)
	}
	r := recs[0]
	if r.Source != "openalex" || r.PMID != "17183658" || r.DOI != "10.1371/journal.pone.0000030" || r.PMCID != "" {
		t.Errorf("ids: %q %q %q %q", r.Source, r.PMID, r.DOI, r.PMCID)
	}
	if r.Title != "Triose Phosphate Isomerase Deficiency Is Caused by Altered Dimerization–Not Catalytic Inactivity–of the Mutant Enzymes" {
		t.Errorf("title = %q", r.Title)
	}
	if r.Journal != "PLoS ONE" || r.Year != 2006 || r.PubDate != "2006 Dec 20" || r.Language != "en" {
		t.Errorf("journal %q year %d date %q language %q", r.Journal, r.Year, r.PubDate, r.Language)
	}
	if want := []string{"Ralser M", "Heeren G", "Breitenbach M", "Lehrach H", "Krobitsch S"}; !reflect.DeepEqual(r.Authors, want) {
		t.Errorf("authors = %q", r.Authors)
	}
	if !reflect.DeepEqual(r.PubTypes, []string{"article"}) {
		t.Errorf("pub types = %q", r.PubTypes)
	}
	// 81 MeSH entries in the file, repeated per qualifier: 21 descriptors.
	if len(r.MeSH) != 21 || r.MeSH[0] != "Animals" || r.MeSH[20] != "Protein Multimerization" {
		t.Errorf("MeSH = %q", r.MeSH)
	}
	if !r.EntryDate.Equal(date(2025, 10, 10)) {
		t.Errorf("entry date = %v", r.EntryDate)
	}
	// 260 words; "is" sits at positions 4, 82 and 139.
	words := strings.Fields(r.Abstract)
	if len(words) != 260 || words[4] != "is" || words[82] != "is" || words[139] != "is" {
		t.Fatalf("abstract has %d words: %q", len(words), r.Abstract)
	}
	if !strings.HasPrefix(r.Abstract, "Triosephosphate isomerase (TPI) deficiency is an autosomal recessive disorder caused by various mutations") ||
		!strings.HasSuffix(r.Abstract, "the high allelic frequency of TPI null alleles detected among human populations.") {
		t.Errorf("abstract = %q", r.Abstract)
	}
}

func TestParseWorksPreprint(t *testing.T) {
	recs, _, err := ParseWorks(crawlertest.Testdata(t, "work-posted-content-biorxiv-preprint.json"))
	if err != nil {
		t.Fatal(err)
	}
	r := recs[0]
	if r.DOI != "10.1101/097196" || r.Journal != "bioRxiv (Cold Spring Harbor Laboratory)" || !reflect.DeepEqual(r.PubTypes, []string{"preprint"}) {
		t.Errorf("record = %+v", r)
	}
	// The inverted index starts with the word "Abstract", a heading.
	if !strings.HasPrefix(r.Abstract, "This article presents a practical roadmap") || !strings.HasSuffix(r.Abstract, "provided by data repositories.") {
		t.Errorf("abstract = %.80q…", r.Abstract)
	}
	if r.Authors[5] != "Rocca-Serra P" || r.EntryDate != date(2017, 2, 3) {
		t.Errorf("authors %q entry %v", r.Authors, r.EntryDate)
	}
}

func TestParseWorksListNullAbstracts(t *testing.T) {
	recs, next, err := ParseWorks(crawlertest.Testdata(t, "works-list-sample5-meta-mixed-null-abstracts.json"))
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) != 5 || next != "" {
		t.Fatalf("%d records, next %q; want 5 and no cursor", len(recs), next)
	}
	var withAbstract []int
	for i, r := range recs {
		if r.Abstract != "" {
			withAbstract = append(withAbstract, i)
		}
	}
	if !reflect.DeepEqual(withAbstract, []int{2, 3}) {
		t.Errorf("abstracts on results %v, want [2 3] (3 of 5 are null)", withAbstract)
	}
	if a := recs[3].Abstract; len(a) != 1215 || !strings.HasPrefix(a, "Thinking of the discussions about the legal effects") {
		t.Errorf("abstract 4 (%d chars) = %.60q", len(a), a)
	}
	// publication_date "2015-01-01" stands for a year-only date.
	if recs[0].PubDate != "2015" || recs[0].Year != 2015 || recs[3].PubDate != "2013 Jun 10" {
		t.Errorf("dates %q %d %q", recs[0].PubDate, recs[0].Year, recs[3].PubDate)
	}
	if recs[0].DOI != "" || recs[0].Title == "" || recs[0].Journal != "Бизнес. Общество. Власть" {
		t.Errorf("record 1 = %+v", recs[0])
	}
	// Family name first, then given name and patronymic.
	if want := []string{"Беспалов ДН", "Казаков МА"}; !reflect.DeepEqual(recs[0].Authors, want) {
		t.Errorf("authors = %q, want %q", recs[0].Authors, want)
	}
	if recs[1].Journal != "" || recs[2].Authors != nil || recs[3].Language != "pt" {
		t.Errorf("null source / no authors / language: %q %q %q", recs[1].Journal, recs[2].Authors, recs[3].Language)
	}
	if recs[4].DOI != "10.1016/j.landusepol.2004.08.009" || recs[4].PubDate != "2004 Dec 12" || recs[4].Authors[0] != "Norese MF" {
		t.Errorf("record 5 = %+v", recs[4])
	}
}

func TestParseWorksErrors(t *testing.T) {
	full := crawlertest.Testdata(t, "works-list-sample5-meta-mixed-null-abstracts.json")
	for name, c := range map[string]struct{ body, want string }{
		"error body":     {`{"error":"Invalid query parameters error.","message":"foo is not a valid field."}`, "OpenAlex API error: Invalid query parameters error.: foo is not a valid field."},
		"HTML with 200":  {"<!DOCTYPE html><html><body>Bad gateway</body></html>", "HTML page"},
		"plain text":     {"Too Many Requests", "not JSON"},
		"empty":          {"", "empty response"},
		"truncated":      {string(full[:len(full)/2]), "malformed JSON"},
		"neither":        {`{"meta":{}}`, "neither a works list nor a work"},
		"results object": {`{"meta":{},"results":{"id":"W1"}}`, "malformed works list"},
		"work without id": {`{"meta":{},"results":[{"id":"https://openalex.org/W1"},{"title":"x"}]}`,
			"result 2: work has no id"},
		"bad field type": {`{"id":"W1","publication_year":"2020"}`, "malformed work"},
	} {
		t.Run(name, func(t *testing.T) {
			recs, next, err := ParseWorks([]byte(c.body))
			if err == nil || !strings.Contains(err.Error(), c.want) || recs != nil || next != "" {
				t.Errorf("got %v, %q, %v; want an error containing %q", recs, next, err, c.want)
			}
		})
	}
	_, _, err := ParseWorks([]byte(`{"error":"x"}`))
	var ae *APIError
	if !errors.As(err, &ae) || ae.Err != "x" {
		t.Errorf("err = %#v, want *APIError", err)
	}
}

func TestRebuildAbstract(t *testing.T) {
	cases := []struct {
		name string
		inv  map[string][]int
		want string
	}{
		{"nil", nil, ""},
		{"empty", map[string][]int{}, ""},
		{"repeated words in order", map[string][]int{"the": {0, 3}, "cat": {1}, "saw": {2}, "dog.": {4}}, "the cat saw the dog."},
		{"unsorted positions", map[string][]int{"b": {3, 1}, "a": {2, 0}}, "a b a b"},
		{"gap skipped", map[string][]int{"x": {0}, "y": {5}}, "x y"},
		{"absurd and negative positions dropped", map[string][]int{"ok": {0}, "huge": {100001, 1 << 40}, "neg": {-1}}, "ok"},
		{"limit kept", map[string][]int{"a": {0}, "z": {MaxAbstractPosition}}, "a z"},
		{"only absurd", map[string][]int{"huge": {1 << 30}}, ""},
		{"clash: first word wins", map[string][]int{"beta": {0}, "alpha": {0}, "end": {1}}, "alpha end"},
		{"empty word ignored", map[string][]int{"": {0}, " ": {1}, "w": {2}}, "w"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := RebuildAbstract(c.inv); got != c.want {
				t.Errorf("got %q, want %q", got, c.want)
			}
		})
	}
}

func TestAuthorName(t *testing.T) {
	for in, want := range map[string]string{
		"Markus Ralser":        "Ralser M",
		"Maria Franca Norese":  "Norese MF",
		"Jean-Pierre Dupont":   "Dupont JP",
		"Ludwig van Beethoven": "van Beethoven L",
		"F. R. McClurg":        "McClurg FR",
		"Беспалов Дмитрий Николаевич": "Беспалов ДН",
		"Madonna": "Madonna",
		"  ":      "",
	} {
		if got := authorName(in); got != want {
			t.Errorf("authorName(%q) = %q, want %q", in, got, want)
		}
	}
}

// realPages serves the paging pages built from real works: cursor "*"
// gives page 1, each page's next_cursor the following page.
func realPages(t *testing.T) (*httptest.Server, *[]string) {
	t.Helper()
	pages := make([][]byte, 4)
	for i := range pages {
		pages[i] = crawlertest.Testdata(t, fmt.Sprintf("works-page%d-of-4-cursor-built.json", i+1))
	}
	byCursor := map[string][]byte{"*": pages[0]}
	for i := 0; i < 3; i++ {
		_, next, err := ParseWorks(pages[i])
		if err != nil || next == "" {
			t.Fatalf("page %d: next %q err %v", i+1, next, err)
		}
		byCursor[next] = pages[i+1]
	}
	var (
		mu      sync.Mutex
		cursors []string
	)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		c := r.URL.Query().Get("cursor")
		mu.Lock()
		cursors = append(cursors, c)
		mu.Unlock()
		b, ok := byCursor[c]
		if !ok {
			w.WriteHeader(400)
			_, _ = w.Write([]byte(`{"error":"Invalid query parameters error.","message":"cursor is not valid"}`))
			return
		}
		_, _ = w.Write(b)
	}))
	t.Cleanup(srv.Close)
	return srv, &cursors
}

func TestFetchRealPages(t *testing.T) {
	srv, cursors := realPages(t)
	s, logs := newSource(t, srv.URL, nil)
	var batches [][]store.Record
	emit := crawlertest.Collect(&batches)
	if err := s.Fetch(context.Background(), crawler.Window{From: date(2025, 10, 1), To: date(2025, 10, 31)}, emit); err != nil {
		t.Fatal(err)
	}
	var sizes []int
	var all []store.Record
	for _, b := range batches {
		sizes = append(sizes, len(b))
		all = append(all, b...)
	}
	if !reflect.DeepEqual(sizes, []int{3, 3, 1}) {
		t.Errorf("batch sizes %v, want [3 3 1]", sizes)
	}
	if len(*cursors) != 4 || (*cursors)[0] != "*" || (*cursors)[3] != "WzAuMzMsICdodHRwczovL29wZW5hbGV4Lm9yZy9XMjU4MTM5MzQ2MCdd" {
		t.Errorf("cursors sent: %q", *cursors)
	}
	if all[5].PMID != "17183658" || all[6].DOI != "10.1101/097196" {
		t.Errorf("records 6, 7: %+v %+v", all[5], all[6])
	}
	if strings.Contains(logs.String(), testKey) {
		t.Errorf("API key in the log:\n%s", logs)
	}
	if strings.Count(logs.String(), "api_key=") != strings.Count(logs.String(), "api_key=REDACTED") ||
		!strings.Contains(logs.String(), "openalex fetch done") {
		t.Errorf("log has an unredacted api_key or lacks the summary:\n%s", logs)
	}
}

func works(prefix string, n int, created time.Time) []openalextest.Work {
	ws := make([]openalextest.Work, n)
	for i := range ws {
		ws[i] = openalextest.Work{
			DOI:      fmt.Sprintf("10.5555/%s.%03d", prefix, i),
			PMID:     fmt.Sprint(30000000 + i),
			PMCID:    fmt.Sprintf("PMC%d", 7000000+i),
			Title:    fmt.Sprintf("Massage of preterm infants %s %d", prefix, i),
			Abstract: "Massage of the preterm infant: the infant gained weight.",
			Created:  created.Add(time.Duration(i) * time.Minute),
			Journal:  "J Test",
			Authors:  []string{"Ann Lee", "Bo Chan"},
		}
	}
	return ws
}

func TestFetchFakeServerPaging(t *testing.T) {
	srv := openalextest.NewServer(t)
	srv.SetAPIKey(testKey)
	srv.Add(works("in", 45, date(2025, 10, 2))...)
	srv.Add(works("before", 3, date(2025, 9, 30))...)
	srv.Add(works("after", 3, date(2025, 10, 4))...)
	srv.Add(openalextest.Work{DOI: "10.5555/unrelated", Title: "Soil carbon", Created: date(2025, 10, 2)})
	s, logs := newSource(t, srv.URL, func(c *Config) { c.PerPage = 20 })

	var batches [][]store.Record
	emit := crawlertest.Collect(&batches)
	if err := s.Fetch(context.Background(), crawler.Window{From: date(2025, 10, 1), To: date(2025, 10, 3)}, emit); err != nil {
		t.Fatal(err)
	}
	var all []store.Record
	for _, b := range batches {
		all = append(all, b...)
	}
	if len(batches) != 3 || len(all) != 45 {
		t.Fatalf("%d batches, %d records; want 3 (20, 20, 5) and 45", len(batches), len(all))
	}
	r := all[7]
	if r.DOI != "10.5555/in.007" || r.PMID != "30000007" || r.PMCID != "PMC7000007" || r.Journal != "J Test" ||
		r.Abstract != "Massage of the preterm infant: the infant gained weight." ||
		!reflect.DeepEqual(r.Authors, []string{"Lee A", "Chan B"}) || !r.EntryDate.Equal(date(2025, 10, 2).Add(7*time.Minute)) {
		t.Errorf("record 8 = %+v", r)
	}
	reqs := srv.Requests()
	if len(reqs) != 4 {
		t.Fatalf("%d requests, want 4 (the last one empty, next_cursor null)", len(reqs))
	}
	seen := map[string]bool{}
	for i, u := range reqs {
		q := u.Query()
		if u.Path != "/works" || q.Get("search") != "massage preterm" || q.Get("per-page") != "20" ||
			q.Get("filter") != "from_created_date:2025-10-01,to_created_date:2025-10-03" ||
			q.Get("api_key") != testKey || q.Get("mailto") != "test@example.org" {
			t.Errorf("request %d: %s", i, u)
		}
		c := q.Get("cursor")
		if (i == 0) != (c == "*") || seen[c] {
			t.Errorf("request %d cursor %q", i, c)
		}
		seen[c] = true
	}
	if strings.Contains(logs.String(), testKey) {
		t.Errorf("API key in the log:\n%s", logs)
	}
}

func TestFetchEmpty(t *testing.T) {
	srv := openalextest.NewServer(t)
	s, _ := newSource(t, srv.URL, nil)
	called := false
	err := s.Fetch(context.Background(), crawler.Window{From: date(2025, 1, 1), To: date(2025, 1, 2)},
		func(context.Context, []store.Record) error { called = true; return nil })
	if err != nil || called || len(srv.Requests()) != 1 {
		t.Errorf("err %v, emit called %v, %d requests", err, called, len(srv.Requests()))
	}
}

func TestFetchFailures(t *testing.T) {
	w := crawler.Window{From: date(2025, 10, 1), To: date(2025, 10, 2)}
	page1 := crawlertest.Testdata(t, "works-page1-of-4-cursor-built.json")
	cases := []struct {
		name    string
		handler func(n int, w http.ResponseWriter)
		want    string
		status  int
		reqs    int
	}{
		{"bad filter 400", func(_ int, w http.ResponseWriter) {
			w.WriteHeader(400)
			_, _ = w.Write([]byte(`{"error":"Invalid query parameters error.","message":"from_created_date is not a valid field for api_key=` + testKey + `"}`))
		}, "page 1: OpenAlex API error (HTTP 400): Invalid query parameters error.: from_created_date is not a valid field", 400, 1},
		{"bad key 401", func(_ int, w http.ResponseWriter) {
			w.WriteHeader(401)
			_, _ = w.Write([]byte(`{"error":"Invalid or missing API key","message":"x"}`))
		}, "HTTP 401", 401, 1},
		{"HTML with 200", func(_ int, w http.ResponseWriter) {
			_, _ = w.Write([]byte("<html><body>maintenance</body></html>"))
		}, "page 1: got an HTML page", 0, 1},
		{"truncated", func(_ int, w http.ResponseWriter) {
			_, _ = w.Write(page1[:len(page1)/3])
		}, "malformed JSON", 0, 1},
		{"429 after retries", func(_ int, w http.ResponseWriter) {
			w.WriteHeader(429)
			_, _ = w.Write([]byte(`{"error":"Rate limit exceeded","message":"slow down"}`))
		}, "HTTP 429", 429, 2},
		{"repeating cursor", func(_ int, w http.ResponseWriter) {
			_, _ = w.Write(bytes.Replace(page1, []byte(`"next_cursor":"WzAu`), []byte(`"next_cursor":"SAME`), 1))
		}, "all 3 records were delivered on earlier pages", 0, 2},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			srv := crawlertest.Script(t, func(n int, w http.ResponseWriter, _ *http.Request) { c.handler(n, w) })
			s, logs := newSource(t, srv.URL, nil)
			err := s.Fetch(context.Background(), w, func(context.Context, []store.Record) error { return nil })
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Fatalf("err = %v, want it to contain %q", err, c.want)
			}
			if !strings.HasPrefix(err.Error(), "openalex works") {
				t.Errorf("err %q lacks the openalex works prefix", err)
			}
			if strings.Contains(err.Error(), testKey) || strings.Contains(logs.String(), testKey) {
				t.Errorf("API key leaked: err %q\nlog %s", err, logs)
			}
			var ae *APIError
			if errors.As(err, &ae) != (c.status != 0) || (ae != nil && ae.HTTPStatus != c.status) {
				t.Errorf("APIError = %+v, want status %d", ae, c.status)
			}
			if n := srv.Count(); n != c.reqs {
				t.Errorf("%d requests, want %d", n, c.reqs)
			}
		})
	}
}

func TestFetchWrongKeyOnFakeServer(t *testing.T) {
	srv := openalextest.NewServer(t)
	srv.SetAPIKey("the-right-key")
	s, _ := newSource(t, srv.URL, nil)
	err := s.Fetch(context.Background(), crawler.Window{From: date(2025, 1, 1), To: date(2025, 1, 1)},
		func(context.Context, []store.Record) error { return nil })
	var he *crawler.HTTPError
	if !errors.As(err, &he) || he.Status != 401 || strings.Contains(he.URL, testKey) || strings.Contains(err.Error(), testKey) {
		t.Errorf("err = %v", err)
	}
	if reqs := srv.Requests(); len(reqs) != 1 || reqs[0].Query().Get("api_key") != testKey {
		t.Errorf("requests = %v, want one carrying the key", reqs)
	}
}

func TestFetchEmitErrorCancelAndWindow(t *testing.T) {
	srv := openalextest.NewServer(t)
	srv.Add(works("in", 30, date(2025, 10, 2))...)
	s, _ := newSource(t, srv.URL, func(c *Config) { c.PerPage = 10 })
	w := crawler.Window{From: date(2025, 10, 1), To: date(2025, 10, 3)}

	boom := errors.New("disk full")
	if err := s.Fetch(context.Background(), w, func(context.Context, []store.Record) error { return boom }); !errors.Is(err, boom) {
		t.Errorf("err = %v, want the emit error", err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	if err := s.Fetch(ctx, w, func(context.Context, []store.Record) error { cancel(); return nil }); !errors.Is(err, context.Canceled) {
		t.Errorf("err = %v, want context.Canceled", err)
	}
	crawlertest.RefusesBadFetch(t, s)
}

func TestFetchDeduplicates(t *testing.T) {
	// The same work on two pages (results shifting under a cursor); the
	// last page has results and a null next_cursor.
	page := func(cursor string, dois ...string) string {
		var rs []string
		for _, d := range dois {
			rs = append(rs, fmt.Sprintf(`{"id":"https://openalex.org/W%d","doi":"https://doi.org/%s","display_name":"T %s"}`, len(d), d, d))
		}
		c := "null"
		if cursor != "" {
			c = `"` + cursor + `"`
		}
		return `{"meta":{"count":3,"next_cursor":` + c + `},"results":[` + strings.Join(rs, ",") + `]}`
	}
	bodies := map[string]string{"*": page("c2", "10.1/a", "10.1/b"), "c2": page("c3", "10.1/B", "10.1/c"), "c3": page("", "10.1/d")}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		_, _ = w.Write([]byte(bodies[r.URL.Query().Get("cursor")]))
	}))
	defer srv.Close()
	s, _ := newSource(t, srv.URL, nil)
	var batches [][]store.Record
	emit := crawlertest.Collect(&batches)
	if err := s.Fetch(context.Background(), crawler.Window{From: date(2025, 1, 1), To: date(2025, 1, 1)}, emit); err != nil {
		t.Fatal(err)
	}
	var dois []string
	for _, b := range batches {
		for _, r := range b {
			dois = append(dois, r.DOI)
		}
	}
	if !reflect.DeepEqual(dois, []string{"10.1/a", "10.1/b", "10.1/c", "10.1/d"}) {
		t.Errorf("DOIs = %q", dois)
	}
}

func TestFetchRealWorksThroughFakeServer(t *testing.T) {
	var list struct {
		Results []json.RawMessage `json:"results"`
	}
	if err := json.Unmarshal(crawlertest.Testdata(t, "works-list-sample5-meta-mixed-null-abstracts.json"), &list); err != nil {
		t.Fatal(err)
	}
	srv := openalextest.NewServer(t)
	srv.SetAPIKey(testKey)
	srv.AddJSON(list.Results...)
	srv.AddJSON(crawlertest.Testdata(t, "work-W1982728624-journal-article-abstract-inverted-index.json"),
		crawlertest.Testdata(t, "work-posted-content-biorxiv-preprint.json"))
	s, _ := newSource(t, srv.URL, func(c *Config) { c.Search = "of"; c.PerPage = 2 })
	var batches [][]store.Record
	emit := crawlertest.Collect(&batches)
	// Five of the seven works were created on 2025-10-10.
	if err := s.Fetch(context.Background(), crawler.Window{From: date(2025, 10, 10), To: date(2025, 10, 10)}, emit); err != nil {
		t.Fatal(err)
	}
	n, pmids := 0, 0
	for _, b := range batches {
		for _, r := range b {
			n++
			if r.PMID != "" {
				pmids++
			}
			if !r.EntryDate.Equal(date(2025, 10, 10)) {
				t.Errorf("%s created %v", r.Title, r.EntryDate)
			}
		}
	}
	if n != 5 || pmids != 1 || len(batches) != 3 || len(srv.Requests()) != 4 {
		t.Errorf("%d records (%d with a PMID) in %d batches, %d requests; want 5 (1) in 3, 4", n, pmids, len(batches), len(srv.Requests()))
	}
}
