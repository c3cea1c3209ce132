package store_test

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/litwatch/litwatch/store"
)

func TestSearchRanksAndFilters(t *testing.T) {
	ctx := context.Background()
	db := mustOpen(t)
	run, _ := db.StartRun(ctx)
	db.SaveBatch(ctx, run, "pubmed", []store.Record{
		{PMID: "1", Title: "Massage and weight gain in preterm infants", Abstract: "Massage increased weight gain.", Year: 2020},
		{PMID: "2", Title: "Sunflower oil for neonatal skin", Abstract: "Emollient therapy; massage with oil.", Year: 2015},
		{PMID: "3", Title: "Adult back pain", Abstract: "Physiotherapy.", Year: 2021},
	})
	hits, err := db.Search(ctx, store.SearchQuery{Text: "massage"})
	if err != nil {
		t.Fatal(err)
	}
	if len(hits) != 2 || hits[0].Record.PMID != "1" {
		t.Fatalf("search massage = %+v, want 2 hits with the title match first", hits)
	}
	if hits, _ := db.Search(ctx, store.SearchQuery{Text: "massage", FromYear: 2018}); len(hits) != 1 || hits[0].Record.PMID != "1" {
		t.Fatalf("year filter: %+v", hits)
	}
	if hits, _ := db.Search(ctx, store.SearchQuery{Text: "emollien*"}); len(hits) != 1 || hits[0].Record.PMID != "2" {
		t.Fatalf("prefix search: %+v", hits)
	}
	// Text that is not valid search syntax is refused with the reason,
	// never passed to FTS5 as it was typed.
	var qe *store.QueryError
	if _, err := db.Search(ctx, store.SearchQuery{Text: `massage" OR NEAR(`}); !errors.As(err, &qe) || !strings.Contains(qe.Reason, "not closed") {
		t.Fatalf("search with an open quote: %v, want a QueryError saying the quote is not closed", err)
	}
	db.SaveAssessments(ctx, hits[0].Record.ID, "rct", []store.Assessment{{Claim: "oils-skin", Relevant: true, Flagged: true}})
	if hits, _ := db.Search(ctx, store.SearchQuery{Text: "massage", Claim: "oils-skin"}); len(hits) != 1 || hits[0].Design != "rct" {
		t.Fatalf("claim filter: %+v", hits)
	}
	// The index follows merges.
	db.SaveBatch(ctx, run, "europepmc", []store.Record{{PMID: "3", Title: "Adult back pain", Abstract: "Physiotherapy compared with kneading massage of the lower back in adults."}})
	if hits, _ := db.Search(ctx, store.SearchQuery{Text: "kneading"}); len(hits) != 1 || hits[0].Record.PMID != "3" {
		t.Fatalf("search after merge: %+v", hits)
	}
}

func TestTitleAndPreprintMatching(t *testing.T) {
	ctx := context.Background()
	db := mustOpen(t)
	run, _ := db.StartRun(ctx)
	title := "Effect of Oil Massage on Growth in Preterm Neonates: A Randomized Trial"
	db.SaveBatch(ctx, run, "pubmed", []store.Record{{PMID: "10", Title: title, Year: 2020, Authors: []string{"Kumar A"}}})
	res, _ := db.SaveBatch(ctx, run, "crossref", []store.Record{
		{DOI: "10.1/abc", Title: "Effect of oil massage on growth in preterm neonates - a randomized trial.", Year: 2021, Authors: []string{"Kumar Anil"}},
		{DOI: "10.1/other", Title: title, Year: 2020, Authors: []string{"Singh B"}}, // another first author: another work
		{DOI: "10.1/short", Title: "Editorial", Year: 2020},
	})
	if res.New != 2 || res.Updated != 1 {
		t.Fatalf("title matching: %+v, want 1 merged and 2 new", res)
	}
	if r, ok, _ := db.FindByID(ctx, "doi", "10.1/abc"); !ok || r.PMID != "10" {
		t.Fatalf("DOI of the title match not joined to the PubMed record: %+v", r)
	}
	// A preprint, then the article that names it.
	db.SaveBatch(ctx, run, "europepmc", []store.Record{{DOI: "10.1101/2024.01.01.1", Title: "Preprint title", PubTypes: []string{"Preprint"}}})
	res, _ = db.SaveBatch(ctx, run, "crossref", []store.Record{{DOI: "10.1/journal", Title: "Journal title", Links: []store.Link{{Type: "HasPreprint", Source: "10.1101/2024.01.01.1"}}}})
	if res.New != 0 {
		t.Fatalf("article of a stored preprint stored as a new work: %+v", res)
	}
	// A publication naming its trial registration stays its own work.
	db.SaveBatch(ctx, run, "clinicaltrials", []store.Record{{NCT: "NCT01234567", Title: "Registration"}})
	res, _ = db.SaveBatch(ctx, run, "pubmed", []store.Record{{PMID: "77", NCT: "NCT01234567", Title: "Results of the trial"}})
	if res.New != 1 {
		t.Fatalf("results paper merged into its registration: %+v", res)
	}
}

func TestOutboxLifecycle(t *testing.T) {
	ctx := context.Background()
	db := mustOpen(t)
	now := time.Date(2026, 11, 30, 6, 0, 0, 0, time.UTC)
	db.Now = func() time.Time { return now }
	// The e-mail is queued in the transaction that saves the digest.
	if _, err := db.SaveDigest(ctx, store.Digest{GeneratedAt: now, JSON: []byte("{}"), MessageID: "<d1@litwatch>", MailStatus: "pending"}, nil); err != nil {
		t.Fatal(err)
	}
	// A digest not to be sent is recorded as skipped and never due.
	if _, err := db.SaveDigest(ctx, store.Digest{GeneratedAt: now, JSON: []byte("{}"), MessageID: "<d2@litwatch>", MailStatus: "skipped"}, nil); err != nil {
		t.Fatal(err)
	}
	due, _ := db.DueMail(ctx)
	if len(due) != 1 || due[0].MessageID != "<d1@litwatch>" {
		t.Fatalf("due = %+v", due)
	}
	db.MarkAttempt(ctx, due[0].ID)
	db.MarkFailed(ctx, due[0].ID, errors.New("smtp: connection refused"), now.Add(time.Hour))
	if due, _ := db.DueMail(ctx); len(due) != 0 {
		t.Fatalf("failed item due again before its retry time: %+v", due)
	}
	now = now.Add(2 * time.Hour)
	due, _ = db.DueMail(ctx)
	if len(due) != 1 || due[0].Attempts != 1 || due[0].LastError == "" {
		t.Fatalf("after backoff: %+v", due)
	}
	db.MarkSent(ctx, due[0].ID)
	if due, _ := db.DueMail(ctx); len(due) != 0 {
		t.Fatalf("sent item still due: %+v", due)
	}
}

func TestFlagReview(t *testing.T) {
	ctx := context.Background()
	db := mustOpen(t)
	run, _ := db.StartRun(ctx)
	db.SaveBatch(ctx, run, "pubmed", []store.Record{{PMID: "1", Title: "a"}})
	recs, _ := db.PendingRecords(ctx)
	db.SaveAssessments(ctx, recs[0].ID, "systematic_review", []store.Assessment{
		{Claim: "c1", Flagged: true}, {Claim: "c2", Flagged: true}, {Claim: "c3", Flagged: false},
	})
	open, _ := db.Flags(ctx, false)
	if len(open) != 2 {
		t.Fatalf("open flags = %d, want 2", len(open))
	}
	if _, err := db.ReviewFlag(ctx, recs[0].ID, "c1", "dismissed", "small sample"); err != nil {
		t.Fatal(err)
	}
	if _, err := db.ReviewFlag(ctx, recs[0].ID, "c3", "accepted", ""); err == nil {
		t.Fatal("reviewing an unflagged claim succeeded")
	}
	if _, err := db.ReviewFlag(ctx, recs[0].ID, "c2", "maybe", ""); err == nil || !strings.Contains(err.Error(), `unknown status "maybe"`) {
		t.Fatalf("unknown status: %v", err)
	}
	if _, err := db.ReviewFlag(ctx, recs[0].ID, "c3", "accepted", ""); err == nil || !strings.Contains(err.Error(), `no flag for claim "c3"`) {
		t.Fatalf("unflagged claim: %v", err)
	}
	if _, err := db.ReviewFlag(ctx, recs[0].ID+100, "", "accepted", ""); err == nil || !strings.HasSuffix(err.Error(), "has no flag") {
		t.Fatalf("record without flags: %v", err)
	}
	open, _ = db.Flags(ctx, false)
	if len(open) != 1 || open[0].Assessment.Claim != "c2" {
		t.Fatalf("open after review = %+v", open)
	}
	all, _ := db.Flags(ctx, true)
	if len(all) != 2 || all[0].Status != "dismissed" || all[0].Note != "small sample" {
		t.Fatalf("all flags = %+v", all)
	}
}

func TestMergeTakesTheNewerCopyFromTheSameSource(t *testing.T) {
	day := func(d int) time.Time { return time.Date(2026, 1, d, 0, 0, 0, 0, time.UTC) }
	old := store.Record{Source: "clinicaltrials", NCT: "NCT01234567", Title: "T", Abstract: "Status: RECRUITING. A long old abstract text.", EntryDate: day(1), PubTypes: []string{"Trial Registration"}}
	upd := store.Record{Source: "clinicaltrials", NCT: "NCT01234567", Title: "T", Abstract: "Status: COMPLETED.", EntryDate: day(9), PubTypes: []string{"Trial Registration", "Has Results"}}
	m := store.Merge(old, upd)
	if m.Abstract != upd.Abstract || len(m.PubTypes) != 2 || !m.EntryDate.Equal(day(9)) {
		t.Fatalf("newer registration not taken: %+v", m)
	}
	// From another source, the stored text stays unless the new one is longer.
	other := store.Record{Source: "europepmc", Abstract: "short", EntryDate: day(20)}
	if m2 := store.Merge(old, other); m2.Abstract != old.Abstract || !m2.EntryDate.Equal(day(1)) {
		t.Fatalf("another source's copy replaced the text: %+v", m2)
	}
}

func TestTrialStatusChangeIsReportedAgain(t *testing.T) {
	ctx := context.Background()
	db := mustOpen(t)
	run, _ := db.StartRun(ctx)
	day := func(d int) time.Time { return time.Date(2026, 3, d, 0, 0, 0, 0, time.UTC) }
	reg := store.Record{Source: "clinicaltrials", NCT: "NCT07000001", Title: "Oil massage trial", Status: "RECRUITING", EntryDate: day(1)}
	db.SaveBatch(ctx, run, "clinicaltrials", []store.Record{reg})
	p, _ := db.PendingRecords(ctx)
	db.SaveDigest(ctx, store.Digest{GeneratedAt: day(2), JSON: []byte("{}")}, []int64{p[0].ID})
	// The same registration again, unchanged but re-read in the overlap.
	db.SaveBatch(ctx, run, "clinicaltrials", []store.Record{reg})
	if p, _ := db.PendingRecords(ctx); len(p) != 0 {
		t.Fatalf("an unchanged registration was reopened: %+v", p)
	}
	// Its results are posted.
	reg.Status, reg.EntryDate = "COMPLETED; results posted", day(20)
	db.SaveBatch(ctx, run, "clinicaltrials", []store.Record{reg})
	p, _ = db.PendingRecords(ctx)
	if len(p) != 1 || p[0].Update != "status changed from RECRUITING to COMPLETED; results posted" {
		t.Fatalf("pending after the status change = %+v", p)
	}
	if n, _ := db.CountRecords(ctx); n != 1 {
		t.Fatalf("%d records, want the one registration", n)
	}
}

func TestPublicationNamingItsRegistrationIsLinked(t *testing.T) {
	ctx := context.Background()
	db := mustOpen(t)
	run, _ := db.StartRun(ctx)
	db.SaveBatch(ctx, run, "pubmed", []store.Record{
		{PMID: "1", Title: "Results", Abstract: "Registered at ClinicalTrials.gov (NCT01234567)."},
		{PMID: "2", Title: "Two trials", Abstract: "NCT01234567 and NCT07654321 were pooled."},
		{PMID: "3", Title: "Not an id", Abstract: "XNCT01234567 and NCT012345678."},
	})
	for pmid, want := range map[string]string{"1": "NCT01234567", "2": "", "3": ""} {
		r, _, _ := db.FindByID(ctx, "pmid", pmid)
		if r.NCT != want {
			t.Errorf("PMID %s: NCT = %q, want %q", pmid, r.NCT, want)
		}
	}
	if n, _ := db.CountRecords(ctx); n != 3 {
		t.Fatalf("%d records, want 3", n)
	}
}
