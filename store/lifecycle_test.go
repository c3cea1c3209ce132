package store_test

import (
	"context"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/litwatch/litwatch/store"
)

// TestReopenKeepsSchemaAndData: a database at the current schema opens
// again as it is, with its data, as often as needed.
func TestReopenKeepsSchemaAndData(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "x.db")
	for i := range 3 {
		db, err := store.Open(ctx, path)
		if err != nil {
			t.Fatalf("open %d: %v", i+1, err)
		}
		var version int
		if err := db.SQL().QueryRow("PRAGMA user_version").Scan(&version); err != nil || version != store.SchemaVersion() {
			t.Fatalf("open %d: user_version %d (%v), want %d", i+1, version, err, store.SchemaVersion())
		}
		if _, err := db.SaveBatch(ctx, 0, "pubmed", []store.Record{{PMID: "1", Title: "a"}}); err != nil {
			t.Fatal(err)
		}
		if n, _ := db.CountRecords(ctx); n != 1 {
			t.Fatalf("open %d: %d records", i+1, n)
		}
		db.Close()
	}
}

func TestOutboxCallsReportSuccess(t *testing.T) {
	ctx := context.Background()
	db := mustOpen(t)
	now := time.Date(2026, 11, 30, 6, 0, 0, 0, time.UTC)
	db.Now = func() time.Time { return now }
	id, err := db.SaveDigest(ctx, store.Digest{GeneratedAt: now, JSON: []byte("{}"), MessageID: "<m@x>", MailStatus: "pending", Files: []string{"a.md", "a.html"}}, nil)
	if err != nil {
		t.Fatal(err)
	}
	d, ok, err := db.LatestDigest(ctx)
	if err != nil || !ok || d.ID != id || !slices.Equal(d.Files, []string{"a.md", "a.html"}) {
		t.Fatalf("latest digest %+v %v %v", d, ok, err)
	}
	if err := db.SetDigestFiles(ctx, id, nil); err != nil {
		t.Fatal(err)
	}
	if d, _, _ := db.LatestDigest(ctx); d.Files == nil || len(d.Files) != 0 {
		t.Errorf("files after clearing: %#v, want empty, not nil", d.Files)
	}
	due, err := db.DueMail(ctx)
	if err != nil || len(due) != 1 {
		t.Fatal(due, err)
	}
	if err := db.MarkAttempt(ctx, due[0].ID); err != nil {
		t.Fatal(err)
	}
	if err := db.MarkSent(ctx, due[0].ID); err != nil {
		t.Fatal(err)
	}
	all, err := db.Outbox(ctx, 10)
	if err != nil || len(all) != 1 || all[0].Status != "sent" || all[0].Attempts != 1 || !all[0].SentAt.Equal(now) {
		t.Errorf("outbox %+v %v", all, err)
	}
}

func TestSearchFlaggedAndYears(t *testing.T) {
	ctx := context.Background()
	db := mustOpen(t)
	db.SaveBatch(ctx, 0, "pubmed", []store.Record{
		{PMID: "1", Title: "Massage trial one", Year: 2019}, {PMID: "2", Title: "Massage trial two", Year: 2020}, {PMID: "3", Title: "Massage trial three", Year: 2021},
	})
	recs, _ := db.PendingRecords(ctx)
	db.SaveAssessments(ctx, recs[1].ID, "rct", []store.Assessment{{Claim: "c1", Relevant: true, Flagged: true}})
	db.SaveAssessments(ctx, recs[2].ID, "rct", []store.Assessment{{Claim: "c1", Relevant: true}})
	pmids := func(q store.SearchQuery) []string {
		t.Helper()
		hits, err := db.Search(ctx, q)
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, h := range hits {
			out = append(out, h.Record.PMID)
		}
		slices.Sort(out)
		return out
	}
	for _, c := range []struct {
		q    store.SearchQuery
		want []string
	}{
		{store.SearchQuery{Text: "massage", Flagged: true}, []string{"2"}},
		{store.SearchQuery{Text: "massage", Claim: "c1"}, []string{"2", "3"}},
		{store.SearchQuery{Text: "massage", Claim: "c1", Flagged: true}, []string{"2"}},
		{store.SearchQuery{Text: "massage", FromYear: 2020, ToYear: 2020}, []string{"2"}},
		{store.SearchQuery{Text: "massage", ToYear: 2019}, []string{"1"}},
	} {
		if got := pmids(c.q); !slices.Equal(got, c.want) {
			t.Errorf("Search(%+v) = %v, want %v", c.q, got, c.want)
		}
	}
}

// TestSearchIndexMergesLazily: the full-text index waits for 16 segments of
// a level before merging them (migration 0009), in a new store and in one
// migrated from before it.
func TestSearchIndexMergesLazily(t *testing.T) {
	ctx := context.Background()
	db := mustOpen(t)
	var v int
	if err := db.SQL().QueryRowContext(ctx, "SELECT v FROM records_fts_config WHERE k = 'automerge'").Scan(&v); err != nil || v != 16 {
		t.Fatalf("automerge = %d (%v), want 16", v, err)
	}
	// searches still find what a batch stores
	if _, err := db.SaveBatch(ctx, 0, "pubmed", []store.Record{{PMID: "7", Title: "Massage of preterm infants"}}); err != nil {
		t.Fatal(err)
	}
	page, err := db.SearchPage(ctx, store.SearchQuery{Text: "preterm"})
	if err != nil || len(page.Hits) != 1 {
		t.Fatalf("search after a batch: %+v, %v", page, err)
	}
}
