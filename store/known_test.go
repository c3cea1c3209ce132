package store_test

import (
	"context"
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/litwatch/litwatch/store"
)

func TestKnownIDs(t *testing.T) {
	ctx := context.Background()
	db := mustOpen(t)
	run, err := db.StartRun(ctx)
	if err != nil {
		t.Fatal(err)
	}
	// 1,200 stored PMIDs (more than two chunks of 500), one DOI, one NCT.
	var recs []store.Record
	for i := range 1200 {
		recs = append(recs, store.Record{PMID: fmt.Sprint(10000 + 2*i), Title: fmt.Sprintf("Stored record number %d", i)})
	}
	recs = append(recs,
		store.Record{DOI: "10.1000/Known", Title: "A record known by its DOI"},
		store.Record{NCT: "NCT01234567", Title: "A registration known by its NCT number"},
	)
	if _, err := db.SaveBatch(ctx, run, "pubmed", recs); err != nil {
		t.Fatal(err)
	}

	var ask []string
	want := map[string]bool{}
	for i := range 2400 {
		id := fmt.Sprint(10000 + i) // every other one stored
		ask = append(ask, id)
		if i%2 == 0 {
			want[id] = true
		}
	}
	// Given forms are normalised as FindByID does; the result is keyed
	// by the values as given.
	ask = append(ask, "0010000", " 10002 ", "not-a-pmid", "", "10000")
	want["0010000"], want[" 10002 "] = true, true
	got, err := db.KnownIDs(ctx, "pmid", ask)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("KnownIDs(pmid): %d found, want %d", len(got), len(want))
		for k := range want {
			if !got[k] {
				t.Errorf("  %q not found", k)
			}
		}
		for k := range got {
			if !want[k] {
				t.Errorf("  %q found, not stored", k)
			}
		}
	}

	for _, c := range []struct {
		kind   string
		values []string
		want   map[string]bool
	}{
		{"doi", []string{"https://doi.org/10.1000/KNOWN", "10.1000/other"}, map[string]bool{"https://doi.org/10.1000/KNOWN": true}},
		{"nct", []string{"nct01234567", "NCT07654321"}, map[string]bool{"nct01234567": true}},
		{"pmcid", []string{"PMC1"}, map[string]bool{}},
		{"pmid", nil, map[string]bool{}},
	} {
		got, err := db.KnownIDs(ctx, c.kind, c.values)
		if err != nil || !reflect.DeepEqual(got, c.want) {
			t.Errorf("KnownIDs(%s, %q) = %v, %v; want %v", c.kind, c.values, got, err, c.want)
		}
	}

	if _, err := db.KnownIDs(ctx, "isbn", []string{"1"}); err == nil || !strings.Contains(err.Error(), `unknown identifier kind "isbn"`) {
		t.Errorf("unknown kind: err = %v", err)
	}
	cctx, cancel := context.WithCancel(ctx)
	cancel()
	if _, err := db.KnownIDs(cctx, "pmid", []string{"10000"}); err == nil {
		t.Error("cancelled context: no error")
	}
}
