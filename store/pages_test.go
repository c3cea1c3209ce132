package store_test

import (
	"context"
	"fmt"
	"reflect"
	"testing"
	"time"

	"github.com/litwatch/litwatch/store"
)

func TestListDigestsNewestFirstPaged(t *testing.T) {
	ctx := context.Background()
	db := mustOpen(t)
	if got, total, err := db.ListDigests(ctx, 10, 0); err != nil || len(got) != 0 || total != 0 {
		t.Fatalf("empty database: %v %d %v", got, total, err)
	}
	base := time.Date(2026, 11, 2, 6, 0, 0, 0, time.UTC)
	for i := range 3 {
		doc := fmt.Sprintf(`{"window":{"from":"2026-11-%02d","to":"2026-11-%02d"},"summary":{"new":%d,"flagged":%d}}`, 1+7*i, 7+7*i, 10+i, i)
		if _, err := db.SaveDigest(ctx, store.Digest{GeneratedAt: base.AddDate(0, 0, 7*i), JSON: []byte(doc)}, nil); err != nil {
			t.Fatal(err)
		}
	}
	got, total, err := db.ListDigests(ctx, 2, 0)
	if err != nil {
		t.Fatal(err)
	}
	if total != 3 || len(got) != 2 {
		t.Fatalf("first page: %d of %d, want 2 of 3", len(got), total)
	}
	want := store.DigestInfo{ID: 3, GeneratedAt: base.AddDate(0, 0, 14), From: "2026-11-15", To: "2026-11-21", New: 12, Flagged: 2}
	if !reflect.DeepEqual(got[0], want) {
		t.Errorf("newest digest: %+v, want %+v", got[0], want)
	}
	if got[1].ID != 2 {
		t.Errorf("second: digest %d, want 2", got[1].ID)
	}
	rest, total, err := db.ListDigests(ctx, 2, 2)
	if err != nil || total != 3 || len(rest) != 1 || rest[0].ID != 1 || rest[0].New != 10 {
		t.Fatalf("second page: %+v of %d, %v", rest, total, err)
	}
	past, total, err := db.ListDigests(ctx, 2, 10)
	if err != nil || total != 3 || len(past) != 0 {
		t.Fatalf("past the end: %+v of %d, %v", past, total, err)
	}
}

// claimRecord stores a record published in year, assessed against claim.
func claimRecord(t *testing.T, db *store.DB, pmid string, year int, a store.Assessment) int64 {
	t.Helper()
	ctx := context.Background()
	run, err := db.StartRun(ctx)
	if err != nil {
		t.Fatal(err)
	}
	_, err = db.SaveBatch(ctx, run, "pubmed", []store.Record{{PMID: pmid, Title: "title " + pmid, Year: year}})
	if err != nil {
		t.Fatal(err)
	}
	r, ok, err := db.FindByID(ctx, "pmid", pmid)
	if err != nil || !ok {
		t.Fatalf("record %s not stored: %v", pmid, err)
	}
	if err := db.SaveAssessments(ctx, r.ID, "rct", []store.Assessment{a}); err != nil {
		t.Fatal(err)
	}
	return r.ID
}

func TestClaimRecordsAndYears(t *testing.T) {
	ctx := context.Background()
	db := mustOpen(t)
	old := claimRecord(t, db, "1", 2019, store.Assessment{Claim: "growth", Relevant: true, Direction: "benefit"})
	flagged := claimRecord(t, db, "2", 2024, store.Assessment{Claim: "growth", Relevant: true, Flagged: true, Direction: "harm"})
	same := claimRecord(t, db, "3", 2024, store.Assessment{Claim: "growth", Relevant: true, Direction: "benefit"})
	claimRecord(t, db, "4", 2025, store.Assessment{Claim: "growth", Relevant: false, Direction: "benefit"}) // bears on nothing
	claimRecord(t, db, "5", 2025, store.Assessment{Claim: "safety", Relevant: true, Direction: "harm"})     // another claim
	unknown := claimRecord(t, db, "6", 0, store.Assessment{Claim: "growth", Relevant: true, Direction: "unclear"})

	recs, total, err := db.ClaimRecords(ctx, "growth", 0)
	if err != nil {
		t.Fatal(err)
	}
	var ids []int64
	for _, r := range recs {
		ids = append(ids, r.Record.ID)
	}
	if want := []int64{same, flagged, old, unknown}; !reflect.DeepEqual(ids, want) || total != 4 {
		t.Fatalf("records of growth: %v (total %d), want %v newest first (4)", ids, total, want)
	}
	if recs[1].Status != "open" || recs[0].Status != "" || recs[1].Assessment.Direction != "harm" || recs[1].Design != "rct" {
		t.Errorf("flag state and assessment: %+v / %+v", recs[0], recs[1])
	}
	if _, err := db.DecideFlag(ctx, store.Decision{RecordID: flagged, Claim: "growth", Status: "dismissed"}); err != nil {
		t.Fatal(err)
	}
	recs, total, err = db.ClaimRecords(ctx, "growth", 2)
	if err != nil || len(recs) != 2 || total != 4 {
		t.Fatalf("limit 2: %d of %d, %v", len(recs), total, err)
	}
	if recs[1].Status != "dismissed" {
		t.Errorf("a dismissed flag shows as %q", recs[1].Status)
	}

	years, err := db.ClaimYears(ctx, "growth")
	if err != nil {
		t.Fatal(err)
	}
	want := []store.YearCount{{Year: 0, Direction: "unclear", Count: 1}, {Year: 2019, Direction: "benefit", Count: 1}, {Year: 2024, Direction: "benefit", Count: 1}, {Year: 2024, Direction: "harm", Count: 1}}
	if !reflect.DeepEqual(years, want) {
		t.Errorf("years: %+v, want %+v", years, want)
	}
	if none, total, err := db.ClaimRecords(ctx, "nothing", 0); err != nil || len(none) != 0 || total != 0 {
		t.Errorf("unknown claim: %v %d %v", none, total, err)
	}
}

func TestBasisUpdatesNewestFirst(t *testing.T) {
	ctx := context.Background()
	db := mustOpen(t)
	now := time.Date(2026, 1, 5, 0, 0, 0, 0, time.UTC)
	db.Now = func() time.Time { return now }
	for _, u := range []store.BasisUpdate{
		{BasisDOI: "10.1/A", NoticeDOI: "10.1/a-corr", Type: "correction", Source: "publisher"},
		{BasisDOI: "10.1/other", NoticeDOI: "10.1/o-retr", Type: "retraction", Source: "publisher"},
	} {
		if _, err := db.SaveBasisUpdate(ctx, u); err != nil {
			t.Fatal(err)
		}
	}
	now = now.AddDate(0, 1, 0)
	if _, err := db.SaveBasisUpdate(ctx, store.BasisUpdate{BasisDOI: "10.1/a", NoticeDOI: "10.1/a-retr", Type: "retraction", Source: "retraction-watch", Label: "Retraction"}); err != nil {
		t.Fatal(err)
	}
	got, err := db.BasisUpdates(ctx, []string{"https://doi.org/10.1/A", "10.1/a", "10.1/none"})
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 || got[0].NoticeDOI != "10.1/a-retr" || got[1].NoticeDOI != "10.1/a-corr" {
		t.Fatalf("notices of 10.1/a: %+v, want the retraction then the correction", got)
	}
	if !got[0].FirstSeen.Equal(now) || got[0].Label != "Retraction" || got[0].Source != "retraction-watch" {
		t.Errorf("newest notice: %+v", got[0])
	}
	if none, err := db.BasisUpdates(ctx, nil); err != nil || len(none) != 0 {
		t.Errorf("no DOIs: %v %v", none, err)
	}
}

func TestSourceHealths(t *testing.T) {
	ctx := context.Background()
	db := mustOpen(t)
	day := func(s string) time.Time { t, _ := time.Parse(time.DateOnly, s); return t }
	runs := []map[string][]string{
		{"pubmed": nil, "europepmc": {"HTTP 503"}},
		{"pubmed": {"timeout", "second"}, "europepmc": nil},
		{"pubmed": nil},
	}
	var ids []int64
	for i, srcs := range runs {
		db.Now = func() time.Time { return time.Date(2026, 11, 2+7*i, 6, 0, 0, 0, time.UTC) }
		id, err := db.StartRun(ctx)
		if err != nil {
			t.Fatal(err)
		}
		ids = append(ids, id)
		for name, errs := range srcs {
			if err := db.FinishSource(ctx, id, store.SourceResult{Name: name, From: day("2026-10-01"), To: day("2026-11-01"), Fetched: 3, New: 1, Errors: errs}); err != nil {
				t.Fatal(err)
			}
		}
	}
	hs, err := db.SourceHealths(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(hs) != 2 || hs[0].Name != "europepmc" || hs[1].Name != "pubmed" {
		t.Fatalf("healths: %+v", hs)
	}
	e, p := hs[0], hs[1]
	if e.LastRunID != ids[1] || !e.OK() || e.LastError != "HTTP 503" || !e.LastErrorAt.Equal(time.Date(2026, 11, 2, 6, 0, 0, 0, time.UTC)) || !e.LastOKAt.Equal(time.Date(2026, 11, 9, 6, 0, 0, 0, time.UTC)) {
		t.Errorf("europepmc: %+v", e)
	}
	if p.LastRunID != ids[2] || !p.OK() || p.LastError != "timeout" || !p.LastErrorAt.Equal(time.Date(2026, 11, 9, 6, 0, 0, 0, time.UTC)) || p.Last.Fetched != 3 || !p.Last.To.Equal(day("2026-11-01")) {
		t.Errorf("pubmed: %+v", p)
	}
}
