package crawler_test

import (
	"context"
	"errors"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/litwatch/litwatch/crawler"
	"github.com/litwatch/litwatch/store"
)

// scripted is a Source that delivers fixed batches, then maybe fails, and
// remembers the windows it was asked for.
type scripted struct {
	name    string
	batches [][]store.Record
	fail    error
	windows []crawler.Window
}

func (s *scripted) Name() string { return s.name }

func (s *scripted) Fetch(ctx context.Context, w crawler.Window, emit crawler.Emit) error {
	s.windows = append(s.windows, w)
	for _, b := range s.batches {
		if err := emit(ctx, b); err != nil {
			return err
		}
	}
	return s.fail
}

func TestRunWatermarksOverlapAndProgress(t *testing.T) {
	ctx := context.Background()
	db, err := store.Open(ctx, filepath.Join(t.TempDir(), "x.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	day := func(s string) time.Time { d, _ := time.Parse(time.DateOnly, s); return d }
	now := day("2026-11-30")
	good := &scripted{name: "good", batches: [][]store.Record{{{PMID: "1", Title: "a"}, {PMID: "2", Title: "b"}}, {{PMID: "2", Title: "b"}, {PMID: "3", Title: "c"}}}}
	bad := &scripted{name: "bad", batches: [][]store.Record{{{PMID: "9", Title: "z"}}}, fail: errors.New("HTTP 503")}
	var calls []int
	opts := crawler.Options{Since: day("2013-01-01"), Overlap: 28 * 24 * time.Hour, Now: func() time.Time { return now },
		Progress: func(source string, fetched, new int) {
			if source == "good" {
				calls = append(calls, fetched, new)
			}
		}}
	run, _ := db.StartRun(ctx)
	res := crawler.Run(ctx, db, run, []crawler.Source{good, bad}, opts)
	if res[0].Fetched != 4 || res[0].New != 3 || len(res[0].Errors) != 0 {
		t.Fatalf("good source = %+v, want 4 fetched, 3 new", res[0])
	}
	if len(res[1].Errors) != 1 || res[1].New != 1 {
		t.Fatalf("bad source = %+v, want its error and its one saved record", res[1])
	}
	if want := []int{2, 2, 4, 3}; len(calls) != 4 || calls[0] != want[0] || calls[2] != want[2] || calls[3] != want[3] {
		t.Fatalf("progress calls = %v, want %v", calls, want)
	}
	if !good.windows[0].From.Equal(day("2013-01-01")) || !good.windows[0].To.Equal(now) {
		t.Fatalf("first window = %+v, want crawl.since to today", good.windows[0])
	}
	// Next week: the good source re-reads four weeks before its watermark;
	// the failed one starts again from the beginning.
	now = day("2026-12-07")
	run2, _ := db.StartRun(ctx)
	crawler.Run(ctx, db, run2, []crawler.Source{good, bad}, opts)
	if got := good.windows[1].From; !got.Equal(day("2026-11-02")) {
		t.Fatalf("second window of the good source starts %v, want 2026-11-02 (watermark minus overlap)", got)
	}
	if got := bad.windows[1].From; !got.Equal(day("2013-01-01")) {
		t.Fatalf("failed source's second window starts %v, want crawl.since again", got)
	}
}

func TestRunRecordsSourcesNotStartedAfterCancel(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	db, err := store.Open(context.Background(), filepath.Join(t.TempDir(), "x.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	first := &scripted{name: "first", fail: errors.New("boom")}
	second := &scripted{name: "second"}
	run, _ := db.StartRun(context.Background())
	cancel()
	res := crawler.Run(ctx, db, run, []crawler.Source{first, second}, crawler.Options{Since: time.Date(2013, 1, 1, 0, 0, 0, 0, time.UTC)})
	if len(second.windows) != 0 {
		t.Fatal("a source was started after the run was cancelled")
	}
	r, err := db.Run(context.Background(), run)
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Sources) != 2 || len(res[1].Errors) != 1 {
		t.Fatalf("run sources = %+v; every source should be recorded with why it did not run", r.Sources)
	}
	if _, ok, _ := db.Watermark(context.Background(), "second"); ok {
		t.Fatal("a source that never ran got a watermark")
	}
}

// hanging delivers one batch, then pages on until its context ends, as a
// source stuck on a server that never stops paging.
type hanging struct{ scripted }

func (s *hanging) Fetch(ctx context.Context, w crawler.Window, emit crawler.Emit) error {
	s.windows = append(s.windows, w)
	if err := emit(ctx, s.batches[0]); err != nil {
		return err
	}
	<-ctx.Done()
	return ctx.Err()
}

func TestRunSourceDeadline(t *testing.T) {
	db, err := store.Open(context.Background(), filepath.Join(t.TempDir(), "x.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	stuck := &hanging{scripted{name: "stuck", batches: [][]store.Record{{{PMID: "1", Title: "kept"}}}}}
	after := &scripted{name: "after", batches: [][]store.Record{{{PMID: "2", Title: "also"}}}}
	run, _ := db.StartRun(context.Background())
	start := time.Now()
	res := crawler.Run(context.Background(), db, run, []crawler.Source{stuck, after}, crawler.Options{
		Since: time.Date(2013, 1, 1, 0, 0, 0, 0, time.UTC), SourceTimeout: 200 * time.Millisecond,
	})
	if took := time.Since(start); took > 20*time.Second {
		t.Fatalf("run took %v", took)
	}
	if len(res) != 2 || len(res[0].Errors) != 1 || len(res[1].Errors) != 0 {
		t.Fatalf("results %+v: want the stuck source failed and the next one run", res)
	}
	if e := res[0].Errors[0]; !strings.Contains(e, "deadline") || !strings.Contains(e, "crawl.source_timeout") {
		t.Errorf("error %q does not name the deadline", e)
	}
	if res[0].Fetched != 1 || res[1].New != 1 {
		t.Errorf("fetched %d by the stuck source, %d new by the next; want 1 and 1", res[0].Fetched, res[1].New)
	}
	if _, ok, _ := db.Watermark(context.Background(), "stuck"); ok {
		t.Error("the source past its deadline got a watermark")
	}
	if _, ok, _ := db.Watermark(context.Background(), "after"); !ok {
		t.Error("the source after it got no watermark")
	}
}
