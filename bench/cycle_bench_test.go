// Package bench_test holds the benchmarks that span packages: the cycle's
// digest step over big stores. The scripts beside it (xtract.sh,
// memory.sh) and BENCHMARKS.md say how to run everything.
package bench_test

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/litwatch/litwatch/report/assess"
	"github.com/litwatch/litwatch/report/claims"
	"github.com/litwatch/litwatch/report/digest"
	"github.com/litwatch/litwatch/store"
	"github.com/litwatch/litwatch/store/bigstore"
)

// BenchmarkDigestPath is the cycle's step after the crawl, over stores of
// 10k and 1M records of which 200 are pending: PendingRecords, the open
// flags of earlier digests (OpenFlags), assessing each pending record
// against the default claims, SaveAssessmentsBatch, digest.Build and the
// JSON document. It reports the latency percentiles of the whole step.
//
//	go test ./bench -run '^$' -bench DigestPath -benchtime 30x
//	LITWATCH_BENCH_BIG=1 go test ./bench -run '^$' -bench DigestPath -benchtime 30x -timeout 60m
func BenchmarkDigestPath(b *testing.B) {
	ctx := context.Background()
	for _, n := range []int{10_000, 1_000_000} {
		b.Run(fmt.Sprintf("stored=%d", n), func(b *testing.B) {
			db, err := store.Open(ctx, bigstore.ForBenchmark(b, n, true))
			if err != nil {
				b.Fatal(err)
			}
			defer db.Close()
			step := newDigestStep(b)
			var ds []time.Duration
			b.ResetTimer()
			for b.Loop() {
				ds = append(ds, step.run(b, db))
			}
			b.ReportMetric(bigstore.Percentile(ds, 0.50), "p50-ms")
			b.ReportMetric(bigstore.Percentile(ds, 0.99), "p99-ms")
		})
	}
}

// BenchmarkDigestPathPaired runs the step of BenchmarkDigestPath on the
// 10k and the 1M store in turn (each first in every other iteration), so
// both see the same load of a shared machine, and reports each one's
// percentiles and the ratio of the 1M store's to the 10k store's.
func BenchmarkDigestPathPaired(b *testing.B) {
	ctx := context.Background()
	small, err := store.Open(ctx, bigstore.ForBenchmark(b, 10_000, true))
	if err != nil {
		b.Fatal(err)
	}
	defer small.Close()
	big, err := store.Open(ctx, bigstore.ForBenchmark(b, 1_000_000, true))
	if err != nil {
		b.Fatal(err)
	}
	defer big.Close()
	step := newDigestStep(b)
	var ds10k, ds1M []time.Duration
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		if i%2 == 0 {
			ds10k = append(ds10k, step.run(b, small))
			ds1M = append(ds1M, step.run(b, big))
		} else {
			ds1M = append(ds1M, step.run(b, big))
			ds10k = append(ds10k, step.run(b, small))
		}
	}
	bigstore.ReportPaired(b, ds10k, ds1M)
}

// digestStep is the cycle's step after the crawl, with the default claims.
type digestStep struct {
	claims   []claims.Claim
	infos    []digest.ClaimInfo
	assessor assess.Assessor
}

func newDigestStep(b *testing.B) *digestStep {
	set, err := claims.Default()
	if err != nil {
		b.Fatal(err)
	}
	st := &digestStep{claims: set.Claims, assessor: assess.New()}
	for _, c := range set.Claims {
		st.infos = append(st.infos, digest.ClaimInfo{ID: c.ID, Statement: c.Statement, Verdict: c.Verdict, AsOf: c.AsOf})
	}
	return st
}

// run times the step once over db: PendingRecords, OpenFlags, the
// assessor on each record, SaveAssessmentsBatch, digest.Build and the
// JSON document.
func (st *digestStep) run(b *testing.B, db *store.DB) time.Duration {
	ctx := context.Background()
	start := time.Now()
	recs, err := db.PendingRecords(ctx)
	if err != nil || len(recs) != bigstore.Pending {
		b.Fatalf("%d pending records, want %d: %v", len(recs), bigstore.Pending, err)
	}
	in := digest.Input{GeneratedAt: time.Now(), Claims: st.infos, Records: recs,
		Designs: map[int64]string{}, Assessments: map[int64][]store.Assessment{}}
	// The open flags of earlier digests the digest lists, as the cycle
	// reads them (bigstore leaves 3% of the assessments flagged and open:
	// 131 in the 10k store, 13,944 in the 1M store).
	open, err := db.OpenFlags(ctx, 51)
	if err != nil || len(open) != 51 {
		b.Fatalf("%d open flags, want 51: %v", len(open), err)
	}
	for _, f := range open {
		in.Open = append(in.Open, digest.OpenFlag{RecordID: f.Record.ID, Claim: f.Assessment.Claim, Title: f.Record.Title, Year: f.Record.Year,
			Signal: f.Assessment.Signal, Since: digest.DateOf(f.ReportedAt)})
	}
	batch := make([]store.Assessed, len(recs))
	for i, r := range recs {
		res := st.assessor.Assess(r, st.claims)
		batch[i] = store.Assessed{RecordID: r.ID, Design: res.Design, Assessments: res.Assessments}
		in.Designs[r.ID] = res.Design
		in.Assessments[r.ID] = res.Assessments
	}
	if err := db.SaveAssessmentsBatch(ctx, batch); err != nil {
		b.Fatal(err)
	}
	doc := digest.Build(in)
	body, err := doc.JSON()
	if err != nil || len(doc.Records) != bigstore.Pending || len(body) == 0 {
		b.Fatalf("digest of %d records: %v", len(doc.Records), err)
	}
	return time.Since(start)
}
