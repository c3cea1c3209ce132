package bigstore

import (
	"context"
	"fmt"
	"os"
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
	// Reported records are assessed as Assessed says, and searchable by
	// design, claim and flag; pending ones are not assessed yet.
	as, designs, err := db.Assessments(ctx, []int64{1, int64(n)})
	if err != nil || designs[1] != Assessed(0).Design || len(as[1]) != len(Assessed(0).Assessments) || designs[int64(n)] != "" || len(as[int64(n)]) != 0 {
		t.Errorf("assessments of the first and last records: %v %v %v", as, designs, err)
	}
	for _, q := range []store.SearchQuery{{Text: "preterm", Design: "rct"}, {Text: "preterm", Claim: "safety"}, {Text: "preterm", Claim: "preterm-growth", Flagged: true}} {
		res, err := db.SearchPage(ctx, q)
		if err != nil || len(res.Hits) == 0 {
			t.Errorf("search %+v over the built store: %v, %v", q, res.Total, err)
		}
	}
}

// BenchmarkBuild builds stores of 100k and (with LITWATCH_BENCH_BIG=1) 1M
// records from nothing and reports the rate:
//
//	go test ./store/bigstore -run '^$' -bench Build -benchtime 1x
//	LITWATCH_BENCH_BIG=1 go test ./store/bigstore -run '^$' -bench Build -benchtime 1x -timeout 60m
func BenchmarkBuild(b *testing.B) {
	for _, n := range []int{100_000, 1_000_000} {
		b.Run(fmt.Sprintf("records=%d", n), func(b *testing.B) {
			if n > 100_000 && os.Getenv("LITWATCH_BENCH_BIG") != "1" {
				b.Skip("set LITWATCH_BENCH_BIG=1 to build a 1M-record store (minutes, about 4 GB)")
			}
			built := 0
			for b.Loop() {
				b.StopTimer()
				path := filepath.Join(b.TempDir(), "b.db")
				b.StartTimer()
				if err := Build(context.Background(), path, n, nil); err != nil {
					b.Fatal(err)
				}
				built += n
			}
			b.ReportMetric(float64(built)/b.Elapsed().Seconds(), "records/s")
		})
	}
}
