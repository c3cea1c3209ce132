package assess

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/litwatch/litwatch/report/claims"
	"github.com/litwatch/litwatch/store"
)

// TestCheckStored: without a database, a note and no file; with one, the
// claims' bearings on what it stores.
func TestCheckStored(t *testing.T) {
	ctx := context.Background()
	set, err := claims.Default()
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "lw.db")
	check := claims.Check{Set: set}
	if err := CheckStored(ctx, path, &check); err != nil || !strings.HasPrefix(check.Note, "No database at "+path) || check.Bearing != nil {
		t.Fatalf("no database: %v, %+v", err, check)
	}
	if _, err := os.Stat(path); err == nil {
		t.Fatal("CheckStored created a database")
	}
	db, err := store.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	recs := parallelRecords(3)
	for i := range recs {
		recs[i].ID, recs[i].Source, recs[i].PMID = 0, "pubmed", fmt.Sprint(1000+i)
	}
	run, err := db.StartRun(ctx)
	if err == nil {
		_, err = db.SaveBatch(ctx, run, "pubmed", recs)
	}
	db.Close()
	if err != nil {
		t.Fatal(err)
	}
	check = claims.Check{Set: set}
	if err := CheckStored(ctx, path, &check); err != nil || check.Note != "" || check.Stored != 3 || len(check.Bearing) != len(set.Claims) || check.Bearing["preterm-growth"].Count != 3 {
		t.Errorf("with 3 stored preterm trials: %v, %+v", err, check)
	}
}

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
