package bigstore

import (
	"context"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/litwatch/litwatch/store"
)

func TestBuildLeavesPendingRecordsAndIsDeterministic(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "b.db")
	const n = Pending + 5123 // more than one chunk, cut at the pending ones
	if err := Build(ctx, path, n, nil); err != nil {
		t.Fatal(err)
	}
	if err := Build(ctx, path, n, nil); err == nil {
		t.Fatal("Build over an existing store succeeded")
	}
	db, err := store.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	pending, err := db.PendingRecords(ctx)
	if err != nil || len(pending) != Pending {
		t.Fatalf("%d pending (%v), want %d", len(pending), err, Pending)
	}
	if pending[0].PMID != Record(n-Pending).PMID {
		t.Errorf("first pending record is %s, want the generator's record %d", pending[0].PMID, n-Pending)
	}
	var digests int
	if err := db.SQL().QueryRow("SELECT count(*) FROM digests").Scan(&digests); err != nil || digests != 2 {
		t.Errorf("%d digests (%v), want 2 (chunks of %d)", digests, err, chunk)
	}
	if !reflect.DeepEqual(Record(42), Record(42)) || Record(42).Title == Record(43).Title {
		t.Error("Record is not a deterministic function of its index")
	}
	hits, err := db.Search(ctx, store.SearchQuery{Text: "preterm"})
	if err != nil || len(hits) == 0 {
		t.Errorf("search over the built store: %d hits, %v", len(hits), err)
	}
}
