package store_test

// Benchmarks of the store: ingest (records/s through SaveBatch), the cost
// of an incremental batch as the store grows (10k vs 1M records), and
// full-text search latency percentiles, over stores built by
// store/bigstore. They run only with -bench:
//
//	go test ./store -run '^$' -bench 'SaveBatch|IncrementalBatch|Search' -benchtime 200x
//
// The 1M-record variants also need LITWATCH_BENCH_BIG=1; the first run
// builds the store (minutes, about 4 GB) under os.TempDir() and later runs
// reuse it. See BENCHMARKS.md.

import (
	"context"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/litwatch/litwatch/store"
	"github.com/litwatch/litwatch/store/bigstore"
)

// bigSizes are the stored-record counts the size-dependent benchmarks
// compare.
func bigSizes() []int { return []int{10_000, 1_000_000} }

// openCopy opens a writable copy of a built store of n records.
func openCopy(b *testing.B, n int) *store.DB {
	b.Helper()
	db, err := store.Open(context.Background(), bigstore.ForBenchmark(b, n, true))
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { db.Close() })
	return db
}

// BenchmarkSaveBatch stores batches of new records into a store that
// starts empty: the ingest rate of a back-fill.
func BenchmarkSaveBatch(b *testing.B) {
	ctx := context.Background()
	for _, size := range []int{1, 20, 200, 1000} {
		b.Run(fmt.Sprintf("batch=%d", size), func(b *testing.B) {
			db, err := store.Open(ctx, filepath.Join(b.TempDir(), "lw.db"))
			if err != nil {
				b.Fatal(err)
			}
			defer db.Close()
			run, err := db.StartRun(ctx)
			if err != nil {
				b.Fatal(err)
			}
			next := 0
			b.ResetTimer()
			for b.Loop() {
				b.StopTimer()
				batch := bigstore.Records(next, size)
				next += size
				b.StartTimer()
				res, err := db.SaveBatch(ctx, run, "pubmed", batch)
				if err != nil || res.New != size {
					b.Fatalf("saved %+v, want %d new: %v", res, size, err)
				}
			}
			b.ReportMetric(float64(next)/b.Elapsed().Seconds(), "records/s")
		})
	}
}

// BenchmarkIncrementalBatch is a weekly run's write: a 200-record batch of
// which half is already stored (the overlap re-read: records from the
// newest overlapWindow stored) and half is new, saved into stores of 10k
// and 1M records. Its cost should not grow with the store: every lookup is
// by index.
func BenchmarkIncrementalBatch(b *testing.B) {
	for _, n := range bigSizes() {
		b.Run(fmt.Sprintf("stored=%d", n), func(b *testing.B) {
			db := openCopy(b, n)
			w := newBatchWriter(b, db, n, windowKnown)
			var ds []time.Duration
			b.ResetTimer()
			for b.Loop() {
				ds = append(ds, w.write(b))
			}
			b.ReportMetric(float64(200*len(ds))/b.Elapsed().Seconds(), "records/s")
			bigstore.ReportPercentiles(b, ds)
		})
	}
}

// BenchmarkIncrementalBatchPaired writes the batches of
// BenchmarkIncrementalBatch into the 10k and the 1M store in turn (each
// first in every other iteration), so both see the same load of a shared
// machine, and reports each one's percentiles and the ratio of the 1M
// store's to the 10k store's. known=spread takes the known records from
// the whole store instead of the overlap window: the worst case, every
// one's pages cold.
func BenchmarkIncrementalBatchPaired(b *testing.B) {
	for _, known := range []struct {
		name string
		pick func(iter, i, n int) int
	}{{"window", windowKnown}, {"spread", spreadKnown}} {
		b.Run("known="+known.name, func(b *testing.B) {
			small := newBatchWriter(b, openCopy(b, 10_000), 10_000, known.pick)
			big := newBatchWriter(b, openCopy(b, 1_000_000), 1_000_000, known.pick)
			var ds10k, ds1M []time.Duration
			b.ResetTimer()
			for i := 0; b.Loop(); i++ {
				if i%2 == 0 {
					ds10k = append(ds10k, small.write(b))
					ds1M = append(ds1M, big.write(b))
				} else {
					ds1M = append(ds1M, big.write(b))
					ds10k = append(ds10k, small.write(b))
				}
			}
			bigstore.ReportPaired(b, ds10k, ds1M)
		})
	}
}

// overlapWindow is how many of the newest stored records a weekly run
// re-reads: about four weeks of a store that grows by a million records in
// ten years.
const overlapWindow = 8000

// windowKnown picks the i-th known record of batch iter among the newest
// overlapWindow of n stored.
func windowKnown(iter, i, n int) int {
	return n - 1 - (iter*7919+i*104729)%min(n, overlapWindow)
}

// spreadKnown picks the i-th known record of batch iter from the whole
// store.
func spreadKnown(iter, i, n int) int { return (iter*7919 + i*104729) % n }

// batchWriter writes incremental batches into one store.
type batchWriter struct {
	db   *store.DB
	run  int64
	n    int // records stored by bigstore
	next int // the next new record: the generator's sequence continues
	iter int
	pick func(iter, i, n int) int
}

func newBatchWriter(b *testing.B, db *store.DB, n int, pick func(iter, i, n int) int) *batchWriter {
	run, err := db.StartRun(context.Background())
	if err != nil {
		b.Fatal(err)
	}
	return &batchWriter{db: db, run: run, n: n, next: n, pick: pick}
}

// write saves one batch of 100 known and 100 new records and returns how
// long SaveBatch took.
func (w *batchWriter) write(b *testing.B) time.Duration {
	b.StopTimer()
	batch := make([]store.Record, 0, 200)
	for i := range 100 {
		batch = append(batch, bigstore.Record(w.pick(w.iter, i, w.n)))
	}
	batch = append(batch, bigstore.Records(w.next, 100)...)
	w.next += 100
	w.iter++
	b.StartTimer()
	start := time.Now()
	res, err := w.db.SaveBatch(context.Background(), w.run, "pubmed", batch)
	d := time.Since(start)
	if err != nil || res.New != 100 || res.Updated != 100 {
		b.Fatalf("saved %+v, want 100 new and 100 known: %v", res, err)
	}
	return d
}

// searchQueries are what a user types: very common and rare words,
// several words, a phrase, OR, NOT, a prefix, a later page, and every
// filter (years, design, claim, flag, source), alone and together.
func searchQueries() []store.SearchQuery {
	return []store.SearchQuery{
		{Text: "preterm"},
		{Text: "infant"},
		{Text: "massage weight gain"},
		{Text: "sunflower oil"},
		{Text: "emollien*"},
		{Text: "kangaroo cortisol"},
		{Text: "transepidermal water loss"},
		{Text: "infants", FromYear: 2024},
		{Text: "skin barrier", Design: "rct"},
		{Text: "Nepal"},
		{Text: "record 4711"},
		{Text: `"weight gain"`},
		{Text: "sunflower OR coconut"},
		{Text: "massage NOT Nepal"},
		{Text: "preterm", Claim: "safety"},
		{Text: "infant", Claim: "preterm-growth", Flagged: true},
		{Text: "infant", Source: "europepmc"},
		{Text: "preterm", ToYear: 2016, Design: "systematic_review"},
		{Text: "infant", Offset: 200},
	}
}

// slowSearches are searches whose cost grows with the store: words each in
// nearly every record but rarely together, and a prefix of a very common
// word. BENCHMARKS.md lists them as a known limit.
func slowSearches() []store.SearchQuery {
	return []store.SearchQuery{
		{Text: "infant NOT preterm"},
		{Text: `"transepidermal water loss"`},
		{Text: "infant*"},
	}
}

// BenchmarkSearch runs the queries round-robin over stores of 10k and 1M
// records and reports latency percentiles of the first page (20 results,
// with snippets and the total).
func BenchmarkSearch(b *testing.B) { benchSearch(b, searchQueries()) }

// BenchmarkSearchSlow is BenchmarkSearch for slowSearches.
func BenchmarkSearchSlow(b *testing.B) { benchSearch(b, slowSearches()) }

func benchSearch(b *testing.B, qs []store.SearchQuery) {
	ctx := context.Background()
	for _, n := range bigSizes() {
		b.Run(fmt.Sprintf("stored=%d", n), func(b *testing.B) {
			db, err := store.Open(ctx, bigstore.ForBenchmark(b, n, false))
			if err != nil {
				b.Fatal(err)
			}
			defer db.Close()
			var ds []time.Duration
			each := make([][]time.Duration, len(qs))
			totals := make([]string, len(qs))
			hits := 0
			b.ResetTimer()
			for i := 0; b.Loop(); i++ {
				q := qs[i%len(qs)]
				start := time.Now()
				res, err := db.SearchPage(ctx, q)
				d := time.Since(start)
				ds = append(ds, d)
				each[i%len(qs)] = append(each[i%len(qs)], d)
				if err != nil {
					b.Fatalf("search %q: %v", q.Text, err)
				}
				hits += len(res.Hits)
				totals[i%len(qs)] = fmt.Sprint(res.Total)
				if res.TotalCapped {
					totals[i%len(qs)] = fmt.Sprintf(">%d", res.Total)
				}
			}
			if hits == 0 {
				b.Fatal("no query found anything")
			}
			bigstore.ReportPercentiles(b, ds)
			for i, q := range qs {
				if len(each[i]) > 0 {
					slices.Sort(each[i])
					b.Logf("%-28q %-44s median %8v  max %8v  total %s", q.Text, filters(q), each[i][len(each[i])/2].Round(time.Microsecond),
						each[i][len(each[i])-1].Round(time.Microsecond), totals[i])
				}
			}
		})
	}
}

// filters describes a query's filters for the log.
func filters(q store.SearchQuery) string {
	var f []string
	if q.FromYear != 0 {
		f = append(f, fmt.Sprintf("from=%d", q.FromYear))
	}
	if q.ToYear != 0 {
		f = append(f, fmt.Sprintf("to=%d", q.ToYear))
	}
	for _, kv := range [][2]string{{"design", q.Design}, {"claim", q.Claim}, {"source", q.Source}} {
		if kv[1] != "" {
			f = append(f, kv[0]+"="+kv[1])
		}
	}
	if q.Flagged {
		f = append(f, "flagged")
	}
	if q.Offset != 0 {
		f = append(f, fmt.Sprintf("offset=%d", q.Offset))
	}
	return strings.Join(f, " ")
}
