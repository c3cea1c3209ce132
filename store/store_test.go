package store_test

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/litwatch/litwatch/store"
)

func mustOpen(t *testing.T) *store.DB {
	t.Helper()
	db, err := store.Open(context.Background(), filepath.Join(t.TempDir(), "sub", "litwatch.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

func TestSaveBatchDeduplicatesAcrossIdentifiers(t *testing.T) {
	ctx := context.Background()
	db := mustOpen(t)
	run, err := db.StartRun(ctx)
	if err != nil {
		t.Fatal(err)
	}
	res, err := db.SaveBatch(ctx, run, "pubmed", []store.Record{
		{PMID: "123", Title: "Massage for preterm infants", Abstract: "short"},
		{PMID: "124", DOI: "10.1000/ABC", Title: "Another"},
		{Title: "no identifiers at all"},
	})
	if err != nil {
		t.Fatal(err)
	}
	if res.New != 2 || res.Skipped != 1 {
		t.Fatalf("first batch: %+v, want 2 new 1 skipped", res)
	}
	// The same works again, from another source, with more identifiers and
	// a longer abstract.
	res, err = db.SaveBatch(ctx, run, "europepmc", []store.Record{
		{PMID: "00123", DOI: "https://doi.org/10.1000/XYZ", Title: "Massage for preterm infants", Abstract: "a much longer abstract text", MeSH: []string{"Massage"}},
		{DOI: "doi:10.1000/abc", PMCID: "pmc77", Title: "Another"},
	})
	if err != nil {
		t.Fatal(err)
	}
	if res.New != 0 || res.Updated != 2 {
		t.Fatalf("second batch: %+v, want 0 new 2 updated", res)
	}
	if n, _ := db.CountRecords(ctx); n != 2 {
		t.Fatalf("stored %d records, want 2", n)
	}
	r, ok, err := db.FindByID(ctx, "doi", "10.1000/xyz")
	if err != nil || !ok {
		t.Fatalf("find by merged doi: %v %v", ok, err)
	}
	if r.PMID != "123" || r.Abstract != "a much longer abstract text" || len(r.MeSH) != 1 || r.Source != "pubmed" {
		t.Fatalf("merged record = %+v", r)
	}
	if r2, ok, _ := db.FindByID(ctx, "pmcid", "PMC77"); !ok || r2.PMID != "124" {
		t.Fatalf("pmcid lookup = %+v %v", r2, ok)
	}
}

func TestWatermarkMovesOnlyOnSuccess(t *testing.T) {
	ctx := context.Background()
	db := mustOpen(t)
	run, _ := db.StartRun(ctx)
	day := func(s string) time.Time { t, _ := time.Parse("2006-01-02", s); return t }
	if err := db.FinishSource(ctx, run, store.SourceResult{Name: "pubmed", From: day("2013-01-01"), To: day("2026-11-20")}); err != nil {
		t.Fatal(err)
	}
	run2, _ := db.StartRun(ctx)
	if err := db.FinishSource(ctx, run2, store.SourceResult{Name: "pubmed", From: day("2026-11-19"), To: day("2026-11-27"), Errors: []string{"HTTP 503"}}); err != nil {
		t.Fatal(err)
	}
	w, ok, err := db.Watermark(ctx, "pubmed")
	if err != nil || !ok || !w.Equal(day("2026-11-20")) {
		t.Fatalf("watermark = %v %v %v, want 2026-11-20", w, ok, err)
	}
	r, err := db.Run(ctx, run2)
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Sources) != 1 || r.Sources[0].Errors[0] != "HTTP 503" {
		t.Fatalf("run sources = %+v", r.Sources)
	}
	first, _ := db.Run(ctx, run)
	if first.Status != "abandoned" {
		t.Fatalf("a run left running should be abandoned when another starts, got %q", first.Status)
	}
}

func TestDigestMarksRecordsReportedOnce(t *testing.T) {
	ctx := context.Background()
	db := mustOpen(t)
	run, _ := db.StartRun(ctx)
	db.SaveBatch(ctx, run, "pubmed", []store.Record{{PMID: "1", Title: "a"}, {PMID: "2", Title: "b"}})
	pending, err := db.PendingRecords(ctx)
	if err != nil || len(pending) != 2 {
		t.Fatalf("pending = %d %v", len(pending), err)
	}
	if err := db.SaveAssessments(ctx, pending[0].ID, "rct", []store.Assessment{{Claim: "c1", Relevant: true, Flagged: true, Signal: "contradicts", Reasons: []string{"why"}}}); err != nil {
		t.Fatal(err)
	}
	id, err := db.SaveDigest(ctx, store.Digest{RunID: run, GeneratedAt: time.Now(), JSON: []byte(`{"x":1}`)}, []int64{pending[0].ID, pending[1].ID})
	if err != nil {
		t.Fatal(err)
	}
	if p, _ := db.PendingRecords(ctx); len(p) != 0 {
		t.Fatalf("%d records still pending after digest", len(p))
	}
	db.SaveBatch(ctx, run, "pubmed", []store.Record{{PMID: "2", Title: "b"}, {PMID: "3", Title: "c"}})
	p, _ := db.PendingRecords(ctx)
	if len(p) != 1 || p[0].PMID != "3" {
		t.Fatalf("pending after refetch = %+v, want only PMID 3", p)
	}
	d, ok, err := db.LatestDigest(ctx)
	if err != nil || !ok || d.ID != id || string(d.JSON) != `{"x":1}` {
		t.Fatalf("latest digest = %+v %v %v", d, ok, err)
	}
	as, designs, err := db.Assessments(ctx, []int64{pending[0].ID})
	if err != nil || designs[pending[0].ID] != "rct" || len(as[pending[0].ID]) != 1 || !as[pending[0].ID][0].Flagged {
		t.Fatalf("assessments = %+v %+v %v", as, designs, err)
	}
}

func TestOpenRefusesNewerSchemaAndGarbage(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "x.db")
	db, err := store.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.SQL().Exec("PRAGMA user_version = 999"); err != nil {
		t.Fatal(err)
	}
	db.Close()
	if _, err := store.Open(ctx, path); !errors.Is(err, store.ErrNewerSchema) {
		t.Fatalf("open newer schema: %v, want ErrNewerSchema", err)
	}
	bad := filepath.Join(t.TempDir(), "bad.db")
	if err := os.WriteFile(bad, []byte("this is not a database, just text that is long enough to look like a header......"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := store.Open(ctx, bad); err == nil {
		t.Fatal("opening a text file as a database succeeded")
	}
	b, _ := os.ReadFile(bad)
	if string(b[:4]) != "this" {
		t.Fatal("opening a bad file changed it")
	}
}

func TestIntegrity(t *testing.T) {
	db := mustOpen(t)
	if err := db.CheckIntegrity(context.Background()); err != nil {
		t.Fatal(err)
	}
}
