package assess

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"testing"

	"github.com/litwatch/litwatch/store"
)

func parallelRecords(n int) []store.Record {
	recs := make([]store.Record, n)
	for i := range recs {
		recs[i] = store.Record{ID: int64(i + 1), Year: 2020 + i%5,
			Title:    fmt.Sprintf("Massage for preterm infants %d: a randomised trial", i),
			Abstract: fmt.Sprintf("%d preterm infants were randomised to massage or usual care. Weight gain was significantly greater with massage (p = 0.0%d).", 100+i, 1+i%4)}
	}
	return recs
}

func TestAssessAllMatchesOneByOne(t *testing.T) {
	cs := defaultClaims(t)
	a := New(cs...)
	recs := parallelRecords(40)
	got, err := AssessAll(context.Background(), a, recs, cs, 4)
	if err != nil {
		t.Fatal(err)
	}
	for i, r := range recs {
		if want := a.Assess(r, cs); !reflect.DeepEqual(got[i], want) {
			t.Fatalf("record %d: parallel %+v, one by one %+v", i, got[i], want)
		}
	}
	if len(got[0].Assessments) == 0 || got[0].Assessments[0].RecordID != 1 {
		t.Fatalf("first result %+v is not the first record's", got[0])
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := AssessAll(ctx, a, recs, cs, 2); !errors.Is(err, context.Canceled) {
		t.Fatalf("cancelled: err %v", err)
	}
}

func BenchmarkAssessAll(b *testing.B) {
	cs := defaultClaims(b)
	a := New(cs...)
	recs := parallelRecords(500)
	b.ResetTimer()
	for b.Loop() {
		if _, err := AssessAll(context.Background(), a, recs, cs, 0); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N*len(recs)), "µs/record")
}
