package europepmc

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/litwatch/litwatch/crawler"
	"github.com/litwatch/litwatch/crawler/crawlertest"
	"github.com/litwatch/litwatch/crawler/europepmc/europepmctest"
	"github.com/litwatch/litwatch/store"
)

func newSource(tb testing.TB, cfg Config) *Source {
	tb.Helper()
	if cfg.Query == "" {
		cfg.Query = `"infant massage" OR "baby massage"`
	}
	s, err := New(cfg, crawlertest.Fetcher(tb, nil, nil), slog.New(slog.DiscardHandler))
	if err != nil {
		tb.Fatal(err)
	}
	return s
}

func date(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

func TestNewValidatesConfig(t *testing.T) {
	f := crawlertest.Fetcher(t, nil, nil)
	for _, tc := range []struct {
		name string
		cfg  Config
		want string
	}{
		{"no query", Config{Query: "  "}, "Config.Query"},
		{"relative base", Config{Query: "q", BaseURL: "europepmc/rest/"}, "Config.BaseURL"},
		{"ftp base", Config{Query: "q", BaseURL: "ftp://example.org/"}, "Config.BaseURL"},
		{"base with query", Config{Query: "q", BaseURL: "https://example.org/rest/?x=1"}, "Config.BaseURL"},
		{"bad email", Config{Query: "q", Email: "me at example.org"}, "Config.Email"},
		{"page size too big", Config{Query: "q", PageSize: 1001}, "Config.PageSize"},
		{"negative page size", Config{Query: "q", PageSize: -1}, "Config.PageSize"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := New(tc.cfg, f, nil)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("error %v, want one naming %s", err, tc.want)
			}
		})
	}
	if _, err := New(Config{Query: "q"}, nil, nil); err == nil {
		t.Error("nil Fetcher accepted")
	}
	s, err := New(Config{Query: "q", BaseURL: "http://example.org/rest"}, f, nil)
	if err != nil {
		t.Fatal(err)
	}
	if s.cfg.PageSize != DefaultPageSize || s.base.String() != "http://example.org/rest/" || s.Name() != "europepmc" {
		t.Errorf("defaults: page size %d, base %s, name %s", s.cfg.PageSize, s.base, s.Name())
	}
	s, _ = New(Config{Query: "q"}, f, nil)
	if s.base.String() != DefaultBaseURL {
		t.Errorf("default base %s", s.base)
	}
}

func TestFetchPagesThroughRealRecords(t *testing.T) {
	srv := europepmctest.NewServer(t)
	srv.PageSize = 4
	srv.AddPage(crawlertest.Testdata(t, "search-core-cancer-page1-cursor.json"))
	src := newSource(t, Config{BaseURL: srv.URL, Email: "watch@example.org"})

	var batches [][]store.Record
	w := crawler.Window{From: date(2024, 1, 1), To: date(2025, 12, 31)}
	if err := src.Fetch(context.Background(), w, crawlertest.Collect(&batches)); err != nil {
		t.Fatal(err)
	}
	got := crawlertest.Flatten(batches)
	want, _, _, err := ParseSearch(crawlertest.Testdata(t, "search-core-cancer-page1-cursor.json"))
	if err != nil {
		t.Fatal(err)
	}
	if len(batches) != 7 || len(got) != 25 {
		t.Fatalf("got %d records in %d batches, want 25 in 7", len(got), len(batches))
	}
	for i := range want {
		if got[i].PMID != want[i].PMID || got[i].Abstract != want[i].Abstract {
			t.Errorf("record %d: PMID %s, want %s in the server's order, same content", i, got[i].PMID, want[i].PMID)
		}
	}

	reqs := srv.Requests()
	if len(reqs) != 7 {
		t.Fatalf("%d requests, want 7 (the last page reaches hitCount; no empty page is asked for)", len(reqs))
	}
	prevNext := ""
	for i, u := range reqs {
		q := u.Query()
		if q.Get("query") != `("infant massage" OR "baby massage") AND (FIRST_IDATE:[2024-01-01 TO 2025-12-31])` {
			t.Errorf("request %d query %q", i, q.Get("query"))
		}
		if q.Get("resultType") != "core" || q.Get("format") != "json" || q.Get("pageSize") != "100" || q.Get("email") != "watch@example.org" {
			t.Errorf("request %d params %v", i, q)
		}
		if strings.Contains(u.RawQuery, "+") {
			t.Errorf("request %d encodes a space or cursor as '+': %s", i, u.RawQuery)
		}
		if u.Path != "/europepmc/webservices/rest/search" {
			t.Errorf("request %d path %s", i, u.Path)
		}
		cursor := q.Get("cursorMark")
		if i == 0 && cursor != "*" {
			t.Errorf("first cursorMark %q, want *", cursor)
		}
		if i > 0 && (cursor == "*" || cursor == prevNext) {
			t.Errorf("request %d reused cursor %q", i, cursor)
		}
		prevNext = cursor
	}
}

func TestFetchHonoursWindow(t *testing.T) {
	srv := europepmctest.NewServer(t)
	srv.AddPage(crawlertest.Testdata(t, "search-core-cancer-page1-cursor.json"))
	src := newSource(t, Config{BaseURL: srv.URL})
	var batches [][]store.Record
	// The window's ends may carry a time of day; only the UTC days count.
	w := crawler.Window{From: time.Date(2025, 6, 11, 15, 4, 0, 0, time.UTC), To: time.Date(2025, 6, 12, 23, 0, 0, 0, time.UTC)}
	if err := src.Fetch(context.Background(), w, crawlertest.Collect(&batches)); err != nil {
		t.Fatal(err)
	}
	var pmids []string
	for _, r := range crawlertest.Flatten(batches) {
		pmids = append(pmids, r.PMID)
		if r.EntryDate.Before(date(2025, 6, 11)) || r.EntryDate.After(date(2025, 6, 12)) {
			t.Errorf("%s indexed %v, outside the window", r.PMID, r.EntryDate)
		}
	}
	slices.Sort(pmids)
	if want := []string{"40464630", "40468710", "40476859", "40493882"}; !slices.Equal(pmids, want) {
		t.Errorf("got %q, want %q", pmids, want)
	}
	if q := srv.Requests()[0].Query().Get("query"); !strings.HasSuffix(q, "AND (FIRST_IDATE:[2025-06-11 TO 2025-06-12])") {
		t.Errorf("query %q", q)
	}
}

func TestFetchEmptyWindow(t *testing.T) {
	srv := europepmctest.NewServer(t)
	srv.AddPage(crawlertest.Testdata(t, "search-core-cancer-page1-cursor.json"))
	src := newSource(t, Config{BaseURL: srv.URL})
	called := false
	err := src.Fetch(context.Background(), crawler.Window{From: date(2020, 1, 1), To: date(2020, 1, 31)},
		func(context.Context, []store.Record) error { called = true; return nil })
	if err != nil || called {
		t.Fatalf("err %v, emit called %v; want no error and no batch", err, called)
	}
	if n := len(srv.Requests()); n != 1 {
		t.Errorf("%d requests, want 1", n)
	}
}

func TestFetchPreprintsAndArticles(t *testing.T) {
	srv := europepmctest.NewServer(t)
	idx := date(2026, 3, 2)
	srv.Add(
		europepmctest.Article{PMID: "41000001", DOI: "10.1000/A", Title: "Trial A", Abstract: "<h4>Results</h4>Fewer infections.", IndexDate: idx,
			PubTypes: []string{"Randomized Controlled Trial", "Journal Article"}, MeSH: []string{"Infant, Newborn"}},
		europepmctest.Article{Source: "PPR", ID: "PPR111", DOI: "10.1101/2026.02.27.1", Title: "Preprint B", IndexDate: idx, Journal: "medRxiv"},
		europepmctest.Article{Source: "PMC", PMCID: "PMC9000001", Title: "PMC C", IndexDate: idx.AddDate(0, 0, -10)},
	)
	src := newSource(t, Config{BaseURL: srv.URL})
	var batches [][]store.Record
	if err := src.Fetch(context.Background(), crawler.Window{From: idx, To: idx}, crawlertest.Collect(&batches)); err != nil {
		t.Fatal(err)
	}
	got := crawlertest.Flatten(batches)
	if len(got) != 2 {
		t.Fatalf("got %d records, want 2 (the PMC one is outside the window)", len(got))
	}
	if got[0].PMID != "41000001" || got[0].DOI != "10.1000/a" || got[0].Sections[0].Label != "Results" {
		t.Errorf("article: %+v", got[0])
	}
	if got[1].DOI != "10.1101/2026.02.27.1" || !slices.Contains(got[1].PubTypes, "Preprint") || got[1].Journal != "medRxiv" {
		t.Errorf("preprint: %+v", got[1])
	}
}

func TestFetchServerErrorExhaustsRetries(t *testing.T) {
	srv := europepmctest.NewServer(t)
	srv.SetFailing(http.StatusInternalServerError)
	src := newSource(t, Config{BaseURL: srv.URL})
	called := false
	err := src.Fetch(context.Background(), crawler.Window{From: date(2025, 1, 1), To: date(2025, 1, 2)},
		func(context.Context, []store.Record) error { called = true; return nil })
	var he *crawler.HTTPError
	if !errors.As(err, &he) || he.Status != http.StatusInternalServerError {
		t.Fatalf("error %v, want an HTTPError 500", err)
	}
	if !strings.HasPrefix(err.Error(), "europepmc search: page 1: ") {
		t.Errorf("error %q not wrapped as europepmc search", err)
	}
	if called {
		t.Error("emit called")
	}
	if n := len(srv.Requests()); n != 3 {
		t.Errorf("%d requests, want 3 (1 + MaxRetries 2)", n)
	}

	srv.SetFailing(0)
	if err := src.Fetch(context.Background(), crawler.Window{From: date(2025, 1, 1), To: date(2025, 1, 2)}, crawlertest.Collect(new([][]store.Record))); err != nil {
		t.Errorf("after recovery: %v", err)
	}
}

func page(hits int, next string, ids ...string) string {
	var results []string
	for _, id := range ids {
		results = append(results, fmt.Sprintf(`{"id":%q,"source":"MED","pmid":%q,"title":"T%s","firstIndexDate":"2025-01-01"}`, id, id, id))
	}
	nextField := ""
	if next != "" {
		nextField = fmt.Sprintf(`"nextCursorMark":%q,`, next)
	}
	return fmt.Sprintf(`{"version":"6.9","hitCount":%d,%s"resultList":{"result":[%s]}}`, hits, nextField, strings.Join(results, ","))
}

func TestFetchStopsWhenCursorRepeats(t *testing.T) {
	// The page after the last one sends the cursor back with no results,
	// as Solr does (hitCount 4 counts a record the pages then lose).
	srv := crawlertest.Replay(t,
		page(4, "AoIA", "1", "2"),
		page(4, "AoIB", "3"),
		page(4, "AoIB"),
	)
	src := newSource(t, Config{BaseURL: srv.URL + "/rest/"})
	var batches [][]store.Record
	err := src.Fetch(context.Background(), crawler.Window{From: date(2025, 1, 1), To: date(2025, 1, 1)}, crawlertest.Collect(&batches))
	if err == nil || !strings.Contains(err.Error(), "fewer than the 4 announced") {
		t.Fatalf("a search that delivers fewer records than it counted must fail (the watermark stays): %v", err)
	}
	if srv.Count() != 3 || len(crawlertest.Flatten(batches)) != 3 || len(batches) != 2 {
		t.Fatalf("%d requests, %d records in %d batches; want 3, 3, 2", srv.Count(), len(crawlertest.Flatten(batches)), len(batches))
	}
	if got := []string{srv.Queries()[0].Get("cursorMark"), srv.Queries()[1].Get("cursorMark"), srv.Queries()[2].Get("cursorMark")}; !slices.Equal(got, []string{"*", "AoIA", "AoIB"}) {
		t.Errorf("cursor marks %q", got)
	}

	// A page that repeats the cursor it was sent, with results, is the last.
	srv = crawlertest.Replay(t, page(2, "AoIA", "1"), page(2, "AoIA", "2"))
	src = newSource(t, Config{BaseURL: srv.URL + "/rest/"})
	batches = nil
	if err := src.Fetch(context.Background(), crawler.Window{From: date(2025, 1, 1), To: date(2025, 1, 1)}, crawlertest.Collect(&batches)); err != nil {
		t.Fatal(err)
	}
	if srv.Count() != 2 || len(crawlertest.Flatten(batches)) != 2 {
		t.Fatalf("%d requests, %d records; want 2, 2", srv.Count(), len(crawlertest.Flatten(batches)))
	}

	// No nextCursorMark at all ends the search too.
	srv = crawlertest.Replay(t, page(1, "", "1"))
	src = newSource(t, Config{BaseURL: srv.URL + "/rest/"})
	if err := src.Fetch(context.Background(), crawler.Window{From: date(2025, 1, 1), To: date(2025, 1, 1)}, crawlertest.Collect(new([][]store.Record))); err != nil || srv.Count() != 1 {
		t.Fatalf("err %v after %d requests", err, srv.Count())
	}
}

func TestFetchDetectsCursorLoop(t *testing.T) {
	srv := crawlertest.Replay(t,
		page(100, "AoIA", "1"),
		page(100, "AoIB", "2"),
		page(100, "AoIA", "3"),
	)
	src := newSource(t, Config{BaseURL: srv.URL + "/rest/"})
	err := src.Fetch(context.Background(), crawler.Window{From: date(2025, 1, 1), To: date(2025, 1, 1)}, crawlertest.Collect(new([][]store.Record)))
	if err == nil || !strings.Contains(err.Error(), "loop") || !strings.Contains(err.Error(), "europepmc search") {
		t.Fatalf("error %v, want a cursor loop error", err)
	}
	if srv.Count() != 3 {
		t.Errorf("%d requests, want 3", srv.Count())
	}
}

func TestFetchBadBodies(t *testing.T) {
	core := string(crawlertest.Testdata(t, "search-core-cancer-page1-cursor.json"))
	for _, tc := range []struct {
		name, body, want string
	}{
		{"html with 200", "<!DOCTYPE html><html><body><h1>Europe PMC is undergoing maintenance</h1></body></html>", "HTML page"},
		{"truncated", core[:len(core)/3], "malformed JSON"},
		{"malformed", `{"hitCount":1,"resultList":{"result":[{"id":"1",}]}}`, "malformed JSON"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			srv := crawlertest.Replay(t, tc.body)
			src := newSource(t, Config{BaseURL: srv.URL + "/rest/"})
			called := false
			err := src.Fetch(context.Background(), crawler.Window{From: date(2025, 1, 1), To: date(2025, 1, 1)},
				func(context.Context, []store.Record) error { called = true; return nil })
			if err == nil || !strings.Contains(err.Error(), tc.want) || !strings.HasPrefix(err.Error(), "europepmc search: page 1: europepmc: ") {
				t.Fatalf("error %v, want %q", err, tc.want)
			}
			if called {
				t.Error("emit called")
			}
		})
	}
	// A bad second page after a good first one: the first was emitted,
	// the error still stops the fetch.
	srv := crawlertest.Replay(t, page(3, "AoIA", "1"), "<html><body>502 Bad Gateway</body></html>")
	src := newSource(t, Config{BaseURL: srv.URL + "/rest/"})
	var batches [][]store.Record
	err := src.Fetch(context.Background(), crawler.Window{From: date(2025, 1, 1), To: date(2025, 1, 1)}, crawlertest.Collect(&batches))
	if err == nil || !strings.Contains(err.Error(), "page 2") || len(batches) != 1 {
		t.Fatalf("error %v with %d batches; want a page 2 error after 1 batch", err, len(batches))
	}
}

func TestFetchStopsWhenEmitFails(t *testing.T) {
	srv := europepmctest.NewServer(t)
	srv.AddPage(crawlertest.Testdata(t, "search-core-cancer-page1-cursor.json"))
	src := newSource(t, Config{BaseURL: srv.URL})
	boom := errors.New("disk full")
	err := src.Fetch(context.Background(), crawler.Window{From: date(2024, 1, 1), To: date(2025, 12, 31)},
		func(context.Context, []store.Record) error { return boom })
	if !errors.Is(err, boom) {
		t.Fatalf("error %v, want it to wrap the emit error", err)
	}
	if n := len(srv.Requests()); n != 1 {
		t.Errorf("%d requests after emit failed, want 1", n)
	}
}

func TestFetchHonoursContext(t *testing.T) {
	srv := europepmctest.NewServer(t)
	srv.AddPage(crawlertest.Testdata(t, "search-core-cancer-page1-cursor.json"))
	src := newSource(t, Config{BaseURL: srv.URL})
	ctx, cancel := context.WithCancel(context.Background())
	err := src.Fetch(ctx, crawler.Window{From: date(2024, 1, 1), To: date(2025, 12, 31)}, func(context.Context, []store.Record) error {
		cancel()
		return nil
	})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("error %v, want context.Canceled", err)
	}
	if n := len(srv.Requests()); n != 1 {
		t.Errorf("%d requests, want 1", n)
	}
}

func TestFetchRejectsBadWindow(t *testing.T) {
	crawlertest.RefusesBadFetch(t, newSource(t, Config{BaseURL: "http://127.0.0.1:1/"}))
}

// TestStoredOnceWithPubMed runs the crawl into a real store that already
// holds the PubMed copy of one work: Europe PMC's copy merges into it.
func TestStoredOnceWithPubMed(t *testing.T) {
	ctx := context.Background()
	db, err := store.Open(ctx, filepath.Join(t.TempDir(), "litwatch.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	runID, err := db.StartRun(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.SaveBatch(ctx, runID, "pubmed", []store.Record{{
		Source: "pubmed", PMID: "40468710", DOI: "10.1111/BJHP.12807",
		Title: "The role of psychological flexibility in relation to health outcomes in people in remission from cancer.",
	}}); err != nil {
		t.Fatal(err)
	}

	srv := europepmctest.NewServer(t)
	srv.AddPage(crawlertest.Testdata(t, "search-core-cancer-page1-cursor.json"))
	src := newSource(t, Config{BaseURL: srv.URL})
	res := crawler.Run(ctx, db, runID, []crawler.Source{src}, crawler.Options{
		Since: date(2025, 6, 11),
		Now:   func() time.Time { return date(2025, 6, 12) },
	})
	if len(res) != 1 || len(res[0].Errors) != 0 {
		t.Fatalf("results %+v", res)
	}
	if res[0].Fetched != 4 || res[0].New != 3 {
		t.Errorf("fetched %d new %d; want 4 fetched, 3 new (one already stored from PubMed)", res[0].Fetched, res[0].New)
	}
	n, err := db.CountRecords(ctx)
	if err != nil || n != 4 {
		t.Errorf("%d records stored (err %v), want 4", n, err)
	}
	rec, ok, err := db.FindByID(ctx, "pmid", "40468710")
	if err != nil || !ok {
		t.Fatalf("find: %v %v", ok, err)
	}
	if len(rec.Sections) != 5 || rec.Source != "pubmed" {
		t.Errorf("merged record: source %q, %d sections; want pubmed's record with Europe PMC's abstract", rec.Source, len(rec.Sections))
	}
}
