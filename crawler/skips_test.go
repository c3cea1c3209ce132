package crawler_test

import (
	"context"
	"errors"
	"path/filepath"
	"reflect"
	"testing"
	"time"

	"github.com/litwatch/litwatch/crawler"
	"github.com/litwatch/litwatch/store"
)

// TestRunCountsSkipsAndCleansErrors: the records a source delivers that
// cannot be stored are counted by reason over all its batches, in the
// result and in the database; a server's control characters in an error
// are gone from both.
func TestRunCountsSkipsAndCleansErrors(t *testing.T) {
	ctx := context.Background()
	db, err := store.Open(ctx, filepath.Join(t.TempDir(), "x.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	now := time.Date(2026, 11, 30, 0, 0, 0, 0, time.UTC)
	src := &scripted{name: "odd", batches: [][]store.Record{
		{{PMID: "1", Title: "kept"}, {Title: "no identifier"}, {PMID: "2"}},
		{{Title: "no identifier either"}, {PPR: "PPR7", Title: "a preprint known by its PPR id"}},
	}, fail: errors.New("HTTP 500: \x1b]0;x\x07\x1b[2Jall sources ok")}
	run, _ := db.StartRun(ctx)
	res := crawler.Run(ctx, db, run, []crawler.Source{src}, crawler.Options{Since: now, Now: func() time.Time { return now }})
	want := map[string]int{store.SkipNoID: 2, store.SkipNoTitle: 1}
	if len(res) != 1 || res[0].Fetched != 5 || res[0].New != 2 || res[0].Skipped != 3 || !reflect.DeepEqual(res[0].SkipReasons, want) {
		t.Fatalf("result %+v; want 5 fetched, 2 new, 3 skipped %v", res, want)
	}
	if len(res[0].Errors) != 1 || res[0].Errors[0] != "HTTP 500: ]0;x[2Jall sources ok" {
		t.Errorf("errors in the result: %q", res[0].Errors)
	}
	stored, err := db.Run(ctx, run)
	if err != nil || len(stored.Sources) != 1 {
		t.Fatal(stored, err)
	}
	if s := stored.Sources[0]; s.Skipped != 3 || !reflect.DeepEqual(s.SkipReasons, want) || !reflect.DeepEqual(s.Errors, res[0].Errors) {
		t.Errorf("stored %+v", s)
	}
}
