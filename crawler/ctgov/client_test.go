package ctgov

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
	"github.com/litwatch/litwatch/crawler/ctgov/ctgovtest"
	"github.com/litwatch/litwatch/store"
)

func newSource(tb testing.TB, cfg Config) *Source {
	tb.Helper()
	if cfg.Query == "" {
		cfg.Query = "infant massage"
	}
	// A fast Fetcher; production gives this source Rate DefaultRate.
	s, err := New(cfg, crawlertest.Fetcher(tb, nil, nil), slog.New(slog.DiscardHandler))
	if err != nil {
		tb.Fatal(err)
	}
	return s
}

func ncts(batches [][]store.Record) []string {
	var out []string
	for _, b := range batches {
		for _, r := range b {
			out = append(out, r.NCT)
		}
	}
	return out
}

// realServer serves the three real study records plus two built ones.
func realServer(t *testing.T) *ctgovtest.Server {
	t.Helper()
	srv := ctgovtest.NewServer(t)
	srv.AddJSON(crawlertest.Testdata(t, fileInterventional), crawlertest.Testdata(t, fileObservational), crawlertest.Testdata(t, fileWithdrawn))
	srv.Add(
		ctgovtest.Study{NCT: "NCT05000001", Title: "Massage A", Summary: "S.", LastUpdate: date(2019, 12, 1)},
		ctgovtest.Study{NCT: "NCT05000002", Title: "Massage B", Summary: "S.", LastUpdate: date(2019, 12, 20), Allocation: "RANDOMIZED"},
	)
	return srv
}

func TestNewValidatesConfig(t *testing.T) {
	f := crawlertest.Fetcher(t, nil, nil)
	for _, tc := range []struct {
		name string
		cfg  Config
		want string
	}{
		{"no query", Config{}, "Config.Query"},
		{"relative base", Config{Query: "q", BaseURL: "api/v2"}, "Config.BaseURL"},
		{"base with fragment", Config{Query: "q", BaseURL: "https://example.org/api/v2/#x"}, "Config.BaseURL"},
		{"page size too big", Config{Query: "q", PageSize: MaxPageSize + 1}, "Config.PageSize"},
		{"negative page size", Config{Query: "q", PageSize: -5}, "Config.PageSize"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := New(tc.cfg, f, nil)
			if err == nil || !strings.Contains(err.Error(), tc.want) || !strings.HasPrefix(err.Error(), "clinicaltrials: ") {
				t.Fatalf("error %v, want one naming %s", err, tc.want)
			}
		})
	}
	if _, err := New(Config{Query: "q"}, nil, nil); err == nil {
		t.Error("nil Fetcher accepted")
	}
	s, err := New(Config{Query: "q", BaseURL: "http://example.org/api/v2"}, f, nil)
	if err != nil {
		t.Fatal(err)
	}
	if s.cfg.PageSize != DefaultPageSize || s.base.String() != "http://example.org/api/v2/" || s.Name() != "clinicaltrials" {
		t.Errorf("defaults: page size %d, base %s, name %s", s.cfg.PageSize, s.base, s.Name())
	}
	if s, _ := New(Config{Query: "q"}, f, nil); s.base.String() != DefaultBaseURL {
		t.Errorf("default base %s", s.base)
	}
}

func TestFetchPagesAndWindowParams(t *testing.T) {
	srv := realServer(t)
	src := newSource(t, Config{BaseURL: srv.URL, Query: `"infant massage" AND oil`})
	var batches [][]store.Record
	if err := src.Fetch(context.Background(), crawler.Window{From: date(2009, 1, 1), To: date(2026, 12, 31)}, crawlertest.Collect(&batches)); err != nil {
		t.Fatal(err)
	}
	want := []string{"NCT04207047", "NCT03475563", "NCT00973089", "NCT05000001", "NCT05000002"}
	if got := ncts(batches); !slices.Equal(got, want) || len(batches) != 3 {
		t.Fatalf("got %q in %d batches, want %q in 3", got, len(batches), want)
	}
	reqs := srv.Requests()
	if len(reqs) != 3 {
		t.Fatalf("%d requests, want 3", len(reqs))
	}
	for i, u := range reqs {
		q := u.Query()
		if u.Path != "/api/v2/studies" || q.Get("query.term") != `"infant massage" AND oil` || q.Get("format") != "json" || q.Get("pageSize") != "100" ||
			q.Get("filter.advanced") != "AREA[LastUpdatePostDate]RANGE[2009-01-01,2026-12-31]" {
			t.Errorf("request %d: %s %v", i, u.Path, q)
		}
		if strings.Contains(u.RawQuery, "+") {
			t.Errorf("request %d sends a space as '+': %s", i, u.RawQuery)
		}
		if first := i == 0; first != (q.Get("countTotal") == "true") || first != (q.Get("pageToken") == "") {
			t.Errorf("request %d: countTotal %q pageToken %q; want countTotal only on the first, pageToken on the others", i, q.Get("countTotal"), q.Get("pageToken"))
		}
	}
}

func TestFetchHonoursWindow(t *testing.T) {
	srv := realServer(t)
	src := newSource(t, Config{BaseURL: srv.URL})
	var batches [][]store.Record
	w := crawler.Window{From: time.Date(2019, 11, 27, 18, 0, 0, 0, time.UTC), To: time.Date(2019, 12, 20, 1, 0, 0, 0, time.UTC)}
	if err := src.Fetch(context.Background(), w, crawlertest.Collect(&batches)); err != nil {
		t.Fatal(err)
	}
	got := ncts(batches)
	slices.Sort(got)
	if want := []string{"NCT03475563", "NCT04207047", "NCT05000001", "NCT05000002"}; !slices.Equal(got, want) {
		t.Errorf("got %q, want %q (both ends inclusive days)", got, want)
	}
	if f := srv.Requests()[0].Query().Get("filter.advanced"); f != "AREA[LastUpdatePostDate]RANGE[2019-11-27,2019-12-20]" {
		t.Errorf("filter.advanced %q", f)
	}
}

func TestFetchEmptyWindow(t *testing.T) {
	srv := realServer(t)
	src := newSource(t, Config{BaseURL: srv.URL})
	called := false
	err := src.Fetch(context.Background(), crawler.Window{From: date(2025, 1, 1), To: date(2025, 1, 7)},
		func(context.Context, []store.Record) error { called = true; return nil })
	if err != nil || called || len(srv.Requests()) != 1 {
		t.Fatalf("err %v, emit called %v, %d requests; want nil, false, 1", err, called, len(srv.Requests()))
	}
}

func TestFetchServerErrorExhaustsRetries(t *testing.T) {
	srv := realServer(t)
	srv.SetFailing(http.StatusInternalServerError)
	src := newSource(t, Config{BaseURL: srv.URL})
	err := src.Fetch(context.Background(), crawler.Window{From: date(2019, 1, 1), To: date(2019, 12, 31)}, crawlertest.Collect(new([][]store.Record)))
	var he *crawler.HTTPError
	if !errors.As(err, &he) || he.Status != http.StatusInternalServerError || !strings.HasPrefix(err.Error(), "clinicaltrials studies: page 1: ") {
		t.Fatalf("error %v, want a wrapped HTTPError 500", err)
	}
	if n := len(srv.Requests()); n != 3 {
		t.Errorf("%d requests, want 3 (1 + MaxRetries 2)", n)
	}
	srv.SetFailing(0)
	if err := src.Fetch(context.Background(), crawler.Window{From: date(2019, 1, 1), To: date(2019, 12, 31)}, crawlertest.Collect(new([][]store.Record))); err != nil {
		t.Errorf("after recovery: %v", err)
	}
}

// studies renders a page of built studies, all last updated on day.
func studies(next string, day time.Time, ids ...string) string {
	var raws [][]byte
	for _, id := range ids {
		raws = append(raws, ctgovtest.StudyJSON(ctgovtest.Study{NCT: id, Title: "T " + id, Summary: "S.", LastUpdate: day}))
	}
	return string(envelope(next, raws...))
}

func TestFetchRealPagesAndTokens(t *testing.T) {
	srv := crawlertest.Replay(t,
		string(crawlertest.Testdata(t, "constructed-studies-page1-of2.json")),
		string(crawlertest.Testdata(t, "constructed-studies-page2-of2.json")),
	)
	src := newSource(t, Config{BaseURL: srv.URL + "/api/v2/"})
	var batches [][]store.Record
	// A window holding all three real studies' last-update dates.
	if err := src.Fetch(context.Background(), crawler.Window{From: date(2015, 1, 1), To: date(2019, 12, 31)}, crawlertest.Collect(&batches)); err != nil {
		t.Fatal(err)
	}
	if got := ncts(batches); srv.Count() != 2 || !slices.Equal(got, []string{"NCT04207047", "NCT03475563", "NCT00973089"}) {
		t.Fatalf("%d requests, got %q", srv.Count(), got)
	}
	if tok := srv.Queries()[1].Get("pageToken"); tok != "NF0g5JGBlPMuwQY" {
		t.Errorf("second request pageToken %q", tok)
	}
}

func TestFetchDropsDuplicatesAndStudiesOutsideWindow(t *testing.T) {
	in, out := date(2026, 3, 2), date(2020, 1, 1)
	srv := crawlertest.Replay(t,
		studies("t1", in, "NCT00000001", "NCT00000002"),
		studies("t2", in, "NCT00000002", "NCT00000003"), // 2 moved across the page boundary
		studies("", out, "NCT00000004"),                 // e.g. a query of NCT numbers only, which ignores filters
	)
	src := newSource(t, Config{BaseURL: srv.URL + "/"})
	var batches [][]store.Record
	if err := src.Fetch(context.Background(), crawler.Window{From: in, To: in}, crawlertest.Collect(&batches)); err != nil {
		t.Fatal(err)
	}
	if got := ncts(batches); !slices.Equal(got, []string{"NCT00000001", "NCT00000002", "NCT00000003"}) || len(batches) != 2 {
		t.Errorf("got %q in %d batches", got, len(batches))
	}
}

func TestFetchEmptyPagesWithToken(t *testing.T) {
	d := date(2026, 3, 2)
	// The API documents that a page may be empty and still have a token.
	srv := crawlertest.Replay(t, studies("t1", d), studies("t2", d, "NCT00000001"), studies("", d))
	src := newSource(t, Config{BaseURL: srv.URL + "/"})
	var batches [][]store.Record
	if err := src.Fetch(context.Background(), crawler.Window{From: d, To: d}, crawlertest.Collect(&batches)); err != nil || srv.Count() != 3 || len(batches) != 1 {
		t.Fatalf("err %v, %d requests, %d batches", err, srv.Count(), len(batches))
	}
	// An endless run of them is a fault.
	var bodies []string
	for i := range maxEmptyPages + 1 {
		bodies = append(bodies, studies(fmt.Sprintf("e%d", i), d))
	}
	srv = crawlertest.Replay(t, bodies...)
	src = newSource(t, Config{BaseURL: srv.URL + "/"})
	err := src.Fetch(context.Background(), crawler.Window{From: d, To: d}, crawlertest.Collect(new([][]store.Record)))
	if err == nil || !strings.Contains(err.Error(), "empty pages") || srv.Count() != maxEmptyPages+1 {
		t.Fatalf("error %v after %d requests", err, srv.Count())
	}
}

func TestFetchDetectsTokenLoop(t *testing.T) {
	d := date(2026, 3, 2)
	srv := crawlertest.Replay(t, studies("A", d, "NCT00000001"), studies("B", d, "NCT00000002"), studies("A", d, "NCT00000003"))
	src := newSource(t, Config{BaseURL: srv.URL + "/"})
	err := src.Fetch(context.Background(), crawler.Window{From: d, To: d}, crawlertest.Collect(new([][]store.Record)))
	if err == nil || !strings.Contains(err.Error(), "loop") || srv.Count() != 3 {
		t.Fatalf("error %v after %d requests, want a loop error after 3", err, srv.Count())
	}
}

func TestFetchBadBodies(t *testing.T) {
	page := string(crawlertest.Testdata(t, "constructed-studies-page1-of2.json"))
	for _, tc := range []struct{ name, body, want string }{
		{"html with 200", "<html><head><title>Site maintenance</title></head><body>Back soon</body></html>", "HTML page"},
		{"truncated", page[:len(page)-20], "malformed JSON"},
		{"not a page", string(crawlertest.Testdata(t, fileObservational)), `no "studies"`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			srv := crawlertest.Replay(t, tc.body)
			src := newSource(t, Config{BaseURL: srv.URL + "/"})
			called := false
			err := src.Fetch(context.Background(), crawler.Window{From: date(2019, 1, 1), To: date(2019, 12, 31)},
				func(context.Context, []store.Record) error { called = true; return nil })
			if err == nil || !strings.Contains(err.Error(), tc.want) || !strings.HasPrefix(err.Error(), "clinicaltrials studies: page 1: clinicaltrials: ") {
				t.Fatalf("error %v, want %q", err, tc.want)
			}
			if called {
				t.Error("emit called")
			}
		})
	}
}

func TestFetchStopsWhenEmitFails(t *testing.T) {
	srv := realServer(t)
	src := newSource(t, Config{BaseURL: srv.URL})
	boom := errors.New("disk full")
	err := src.Fetch(context.Background(), crawler.Window{From: date(2009, 1, 1), To: date(2026, 1, 1)},
		func(context.Context, []store.Record) error { return boom })
	if !errors.Is(err, boom) || len(srv.Requests()) != 1 {
		t.Fatalf("error %v after %d requests; want the emit error after 1", err, len(srv.Requests()))
	}
}

func TestFetchHonoursContext(t *testing.T) {
	srv := realServer(t)
	src := newSource(t, Config{BaseURL: srv.URL})
	ctx, cancel := context.WithCancel(context.Background())
	err := src.Fetch(ctx, crawler.Window{From: date(2009, 1, 1), To: date(2026, 1, 1)}, func(context.Context, []store.Record) error {
		cancel()
		return nil
	})
	if !errors.Is(err, context.Canceled) || len(srv.Requests()) != 1 {
		t.Fatalf("error %v after %d requests; want context.Canceled after 1", err, len(srv.Requests()))
	}
}

func TestFetchRejectsBadWindow(t *testing.T) {
	crawlertest.RefusesBadFetch(t, newSource(t, Config{BaseURL: "http://127.0.0.1:1/"}))
}

// TestUpdatedStudyStoredOnce crawls into a real store twice: the second
// run delivers the same registration, updated with results, and the store
// keeps one record with the new facts.
func TestUpdatedStudyStoredOnce(t *testing.T) {
	ctx := context.Background()
	db, err := store.Open(ctx, filepath.Join(t.TempDir(), "litwatch.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	srv := ctgovtest.NewServer(t)
	study := ctgovtest.Study{NCT: "NCT01234567", Title: "Sunflower oil massage in preterm infants", Summary: "We compare oil with no oil.",
		LastUpdate: date(2026, 3, 2), Allocation: "RANDOMIZED", Enrollment: 120, Status: "RECRUITING"}
	srv.Add(study)
	src := newSource(t, Config{BaseURL: srv.URL})

	run := func(now time.Time) store.SourceResult {
		t.Helper()
		id, err := db.StartRun(ctx)
		if err != nil {
			t.Fatal(err)
		}
		res := crawler.Run(ctx, db, id, []crawler.Source{src}, crawler.Options{Since: date(2026, 3, 1), Overlap: 24 * time.Hour, Now: func() time.Time { return now }})
		if len(res) != 1 || len(res[0].Errors) != 0 {
			t.Fatalf("run: %+v", res)
		}
		return res[0]
	}
	if r := run(date(2026, 3, 3)); r.Fetched != 1 || r.New != 1 {
		t.Fatalf("first run fetched %d new %d", r.Fetched, r.New)
	}
	study.LastUpdate, study.Status, study.HasResults, study.ResultPMIDs = date(2026, 4, 10), "COMPLETED", true, []string{"41000002"}
	srv.Add(study)
	if r := run(date(2026, 4, 11)); r.Fetched != 1 || r.New != 0 {
		t.Fatalf("second run fetched %d new %d; want the update merged", r.Fetched, r.New)
	}
	if n, err := db.CountRecords(ctx); err != nil || n != 1 {
		t.Fatalf("%d records (err %v), want 1", n, err)
	}
	rec, ok, err := db.FindByID(ctx, "nct", "NCT01234567")
	if err != nil || !ok {
		t.Fatalf("find: %v %v", ok, err)
	}
	if !slices.Contains(rec.PubTypes, "Has Results") || len(rec.Links) != 1 || rec.Links[0].PMID != "41000002" {
		t.Errorf("merged record lacks the update: pub types %q links %+v", rec.PubTypes, rec.Links)
	}
	if q := srv.Requests()[1].Query().Get("filter.advanced"); q != "AREA[LastUpdatePostDate]RANGE[2026-03-02,2026-04-11]" {
		t.Errorf("second run asked %q (watermark minus overlap to today)", q)
	}
}
