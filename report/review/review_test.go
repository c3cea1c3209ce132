package review

import (
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/litwatch/litwatch/store"
)

// flaggedStore holds record 1, flagged on claims a and b.
func flaggedStore(t *testing.T) *store.DB {
	t.Helper()
	ctx := t.Context()
	db, err := store.Open(ctx, filepath.Join(t.TempDir(), "lw.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	clock := time.Date(2026, 3, 2, 9, 30, 0, 0, time.UTC)
	db.Now = func() time.Time { return clock }
	run, err := db.StartRun(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.SaveBatch(ctx, run, "pubmed", []store.Record{{Source: "pubmed", PMID: "42", Title: "Oil massage trial", Year: 2025}}); err != nil {
		t.Fatal(err)
	}
	as := []store.Assessment{
		{Claim: "a", Relevant: true, Flagged: true, Signal: "contradicts", Reasons: []string{"a large trial"}},
		{Claim: "b", Relevant: true, Flagged: true, Signal: "supports"},
	}
	if err := db.SaveAssessments(ctx, 1, "rct", as); err != nil {
		t.Fatal(err)
	}
	return db
}

func TestQueueDecisionAndHistory(t *testing.T) {
	ctx := t.Context()
	db := flaggedStore(t)
	var b strings.Builder
	WriteQueue(&b, nil)
	if b.String() != "no open flags\n" {
		t.Fatalf("empty queue = %q", b.String())
	}
	flags, err := db.Flags(ctx, false)
	if err != nil {
		t.Fatal(err)
	}
	b.Reset()
	WriteQueue(&b, flags)
	want := "1\ta\topen\tOil massage trial (2025)\n\t- a large trial\n\thttps://pubmed.ncbi.nlm.nih.gov/42/\n" +
		"1\tb\topen\tOil massage trial (2025)\n\thttps://pubmed.ncbi.nlm.nih.gov/42/\n"
	if b.String() != want {
		t.Fatalf("queue:\n%q\nwant\n%q", b.String(), want)
	}

	b.Reset()
	if err := WriteHistory(ctx, &b, db, 1, ""); err != nil {
		t.Fatal(err)
	}
	if b.String() != "record 1: Oil massage trial (2025)\nno decisions yet\nnow: a open, b open\n" {
		t.Fatalf("history before any decision = %q", b.String())
	}
	for _, d := range []store.Decision{
		{RecordID: 1, Claim: "a", Status: "dismissed", Note: "n=40", By: "ann"},
		{RecordID: 1, Claim: "a", Status: store.FlagOpen},
	} {
		got, err := db.DecideFlag(ctx, d)
		if err != nil {
			t.Fatal(err)
		}
		b.Reset()
		WriteDecision(&b, got)
	}
	if b.String() != "record 1, claim a: flag reopened by \n" {
		t.Fatalf("decision = %q", b.String())
	}
	b.Reset()
	if err := WriteHistory(ctx, &b, db, 1, "a"); err != nil {
		t.Fatal(err)
	}
	want = "record 1: Oil massage trial (2025)\n" +
		"2026-03-02 09:30 UTC\ta\tdismissed\tann\tn=40\n" +
		"2026-03-02 09:30 UTC\ta\treopened\t(not recorded)\n" +
		"now: a open\n"
	if b.String() != want {
		t.Fatalf("history:\n%q\nwant\n%q", b.String(), want)
	}
	if err := WriteHistory(ctx, &b, db, 1, "c"); err == nil || err.Error() != `record 1 has no flag for claim "c"` {
		t.Fatalf("history of an unflagged claim: %v", err)
	}
	if err := WriteHistory(ctx, &b, db, 7, ""); err == nil || err.Error() != "record 7 has no flag" {
		t.Fatalf("history of an unflagged record: %v", err)
	}
}
