package assess

import (
	"context"
	"testing"

	"github.com/litwatch/litwatch/store"
)

// TestBearings: every claim has an entry; the counts agree with Assess one
// record at a time; the samples are the first five in the order given.
func TestBearings(t *testing.T) {
	cs := defaultClaims(t)
	a := New(cs...)
	recs := append(parallelRecords(8), store.Record{ID: 99, Year: 2025,
		Title:    "Statins and mortality in adults with heart failure: a cohort study",
		Abstract: "A cohort of 5000 adults with heart failure. Statin use was associated with lower mortality."})
	got, err := Bearings(context.Background(), a, recs, cs)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != len(cs) {
		t.Fatalf("%d entries for %d claims", len(got), len(cs))
	}
	for _, c := range cs {
		var count, flagged int
		var ids []int64
		for _, r := range recs {
			for _, as := range a.Assess(r, cs).Assessments {
				if as.Claim != c.ID {
					continue
				}
				count++
				if as.Flagged {
					flagged++
				}
				ids = append(ids, r.ID)
			}
		}
		b := got[c.ID]
		if b.Count != count || b.Flagged != flagged {
			t.Errorf("%s: %d records, %d flagged; one by one %d, %d", c.ID, b.Count, b.Flagged, count, flagged)
		}
		if want := min(count, 5); len(b.Samples) != want {
			t.Errorf("%s: %d samples, want %d", c.ID, len(b.Samples), want)
		}
		for i, s := range b.Samples {
			if s.ID != ids[i] || s.ID == 99 {
				t.Errorf("%s: sample %d is record %d, want %d", c.ID, i, s.ID, ids[i])
			}
		}
	}
	if got["preterm-growth"].Count != 8 || got["preterm-growth"].Samples[0].Title != recs[0].Title {
		t.Errorf("preterm-growth: %+v, want the 8 preterm trials", got["preterm-growth"])
	}
}
