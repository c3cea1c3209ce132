// Package bench_test holds the benchmarks that span packages: the cycle's
// digest step over big stores. The scripts beside it (xtract.sh,
// memory.sh) and BENCHMARKS.md say how to run everything.
package bench_test

import (
	"context"
	"fmt"
	"slices"
	"testing"
	"time"

	"github.com/litwatch/litwatch/bench/bigstore"
	"github.com/litwatch/litwatch/report/assess"
	"github.com/litwatch/litwatch/report/claims"
	"github.com/litwatch/litwatch/report/digest"
	"github.com/litwatch/litwatch/store"
)

// BenchmarkDigestPath is the cycle's step after the crawl, over stores of
// 10k and 1M records of which 200 are pending: PendingRecords, assessing
// each against the default claims, SaveAssessments, digest.Build and the
// JSON document. It reports the latency percentiles of the whole step.
//
//	go test ./bench -run '^$' -bench DigestPath -benchtime 30x
//	LITWATCH_BENCH_BIG=1 go test ./bench -run '^$' -bench DigestPath -benchtime 30x -timeout 60m
func BenchmarkDigestPath(b *testing.B) {
	ctx := context.Background()
	set, err := claims.Default()
	if err != nil {
		b.Fatal(err)
	}
	var infos []digest.ClaimInfo
	for _, c := range set.Claims {
		infos = append(infos, digest.ClaimInfo{ID: c.ID, Statement: c.Statement, Verdict: c.Verdict, AsOf: c.AsOf})
	}
	for _, n := range []int{10_000, 1_000_000} {
		b.Run(fmt.Sprintf("stored=%d", n), func(b *testing.B) {
			db, err := store.Open(ctx, bigstore.ForBenchmark(b, n, true))
			if err != nil {
				b.Fatal(err)
			}
			defer db.Close()
			assessor := assess.New()
			var ds []time.Duration
			b.ResetTimer()
			for b.Loop() {
				start := time.Now()
				recs, err := db.PendingRecords(ctx)
				if err != nil || len(recs) != bigstore.Pending {
					b.Fatalf("%d pending records, want %d: %v", len(recs), bigstore.Pending, err)
				}
				in := digest.Input{GeneratedAt: time.Now(), Claims: infos, Records: recs,
					Designs: map[int64]string{}, Assessments: map[int64][]store.Assessment{}}
				for _, r := range recs {
					res := assessor.Assess(r, set.Claims)
					if err := db.SaveAssessments(ctx, r.ID, res.Design, res.Assessments); err != nil {
						b.Fatal(err)
					}
					in.Designs[r.ID] = res.Design
					in.Assessments[r.ID] = res.Assessments
				}
				doc := digest.Build(in)
				body, err := doc.JSON()
				if err != nil || len(doc.Records) != bigstore.Pending || len(body) == 0 {
					b.Fatalf("digest of %d records: %v", len(doc.Records), err)
				}
				ds = append(ds, time.Since(start))
			}
			slices.Sort(ds)
			at := func(p float64) float64 {
				return float64(ds[min(len(ds)-1, int(p*float64(len(ds))))].Microseconds()) / 1000
			}
			b.ReportMetric(at(0.50), "p50-ms")
			b.ReportMetric(at(0.99), "p99-ms")
		})
	}
}
