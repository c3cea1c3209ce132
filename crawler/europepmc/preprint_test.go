package europepmc

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"github.com/litwatch/litwatch/crawler"
	"github.com/litwatch/litwatch/crawler/europepmc/europepmctest"
	"github.com/litwatch/litwatch/store"
)

func TestParsePreprintKeepsPPRID(t *testing.T) {
	recs, _, _, err := ParseSearch([]byte(`{"hitCount":3,"resultList":{"result":[` +
		string(europepmctest.ResultJSON(europepmctest.Article{Source: "PPR", ID: "PPR123456", Title: "A preprint", IndexDate: date(2025, 6, 11)})) + `,` +
		string(europepmctest.ResultJSON(europepmctest.Article{Source: "MED", PMID: "40000001", Title: "An article", IndexDate: date(2025, 6, 11)})) + `,` +
		// A Europe PMC id of another kind is not a preprint id.
		string(europepmctest.ResultJSON(europepmctest.Article{Source: "AGR", ID: "PPR1", Title: "Agricola", IndexDate: date(2025, 6, 11)})) +
		`]}}`))
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) != 3 || recs[0].PPR != "PPR123456" || recs[1].PPR != "" || recs[2].PPR != "" {
		t.Fatalf("PPR ids: %+v", recs)
	}
}

// TestPreprintWithoutDOIIsKeptAndJoinedLater crawls a preprint that Europe
// PMC knows only by its PPR id into a real store, then a later copy of it
// that carries a DOI: one work, found by either id. The records a crawl
// cannot store are counted with their reasons in the source's result.
func TestPreprintWithoutDOIIsKeptAndJoinedLater(t *testing.T) {
	ctx := context.Background()
	db, err := store.Open(ctx, filepath.Join(t.TempDir(), "litwatch.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })

	srv := europepmctest.NewServer(t)
	preprint := europepmctest.Article{Source: "PPR", ID: "PPR123456", Title: "Sunflower oil massage in preterm infants: a pilot trial",
		Abstract: "We randomised 40 preterm infants.", Journal: "medRxiv", IndexDate: date(2025, 6, 11), Authors: []string{"Kumar A"}}
	srv.Add(preprint,
		// No PMID, PMCID, DOI or preprint id: a thesis record.
		europepmctest.Article{Source: "ETH", ID: "uk.bl.ethos.123", Title: "A thesis on infant massage", IndexDate: date(2025, 6, 11)},
		// No title.
		europepmctest.Article{Source: "MED", PMID: "40000002", Title: "", IndexDate: date(2025, 6, 11)},
	)
	src := newSource(t, Config{BaseURL: srv.URL})
	crawl := func(now time.Time) store.SourceResult {
		t.Helper()
		runID, err := db.StartRun(ctx)
		if err != nil {
			t.Fatal(err)
		}
		res := crawler.Run(ctx, db, runID, []crawler.Source{src}, crawler.Options{Since: date(2025, 6, 1), Now: func() time.Time { return now }})
		if len(res) != 1 || len(res[0].Errors) != 0 {
			t.Fatalf("crawl: %+v", res)
		}
		stored, err := db.Run(ctx, runID)
		if err != nil || len(stored.Sources) != 1 {
			t.Fatalf("stored run: %+v %v", stored, err)
		}
		if got := stored.Sources[0]; got.Skipped != res[0].Skipped || len(got.SkipReasons) != len(res[0].SkipReasons) {
			t.Errorf("stored source result %+v, crawl said %+v", got, res[0])
		}
		return res[0]
	}

	res := crawl(date(2025, 6, 12))
	if res.Fetched != 3 || res.New != 1 || res.Skipped != 2 ||
		res.SkipReasons[store.SkipNoID] != 1 || res.SkipReasons[store.SkipNoTitle] != 1 {
		t.Fatalf("first crawl: %+v; want 3 fetched, the preprint new, the thesis and the untitled record skipped with their reasons", res)
	}
	rec, ok, err := db.FindByID(ctx, "ppr", "ppr123456")
	if err != nil || !ok || rec.DOI != "" || rec.Journal != "medRxiv" {
		t.Fatalf("preprint by its PPR id: %+v %v %v", rec, ok, err)
	}

	// Europe PMC learns the preprint's DOI.
	preprint.DOI, preprint.IndexDate = "10.1101/2025.06.01.25329999", date(2025, 6, 20)
	srv.Add(preprint)
	res = crawl(date(2025, 6, 21))
	if res.New != 0 {
		t.Errorf("second crawl: %+v; the preprint with its DOI stored as a new work", res)
	}
	if n, _ := db.CountRecords(ctx); n != 1 {
		t.Fatalf("%d records, want the one preprint", n)
	}
	byDOI, ok, err := db.FindByID(ctx, "doi", "https://doi.org/10.1101/2025.06.01.25329999")
	if err != nil || !ok || byDOI.ID != rec.ID || byDOI.PPR != "PPR123456" {
		t.Fatalf("preprint by its DOI: %+v %v %v; want record %d", byDOI, ok, err, rec.ID)
	}

	// The article it became arrives from PubMed, naming only the DOI.
	if _, err := db.SaveBatch(ctx, 0, "pubmed", []store.Record{{PMID: "40000009", DOI: "10.1101/2025.06.01.25329999",
		Title: "Sunflower oil massage in preterm infants: a pilot trial"}}); err != nil {
		t.Fatal(err)
	}
	if n, _ := db.CountRecords(ctx); n != 1 {
		t.Fatalf("%d records after the PubMed copy, want 1", n)
	}
	if r, ok, _ := db.FindByID(ctx, "pmid", "40000009"); !ok || r.ID != rec.ID || r.PPR != "PPR123456" {
		t.Fatalf("PubMed copy: %+v", r)
	}
}

// TestSameTitlePreprintsKeptApart: preprints known only by their PPR ids
// are told apart by them, whatever their titles.
func TestSameTitlePreprintsKeptApart(t *testing.T) {
	ctx := context.Background()
	db, err := store.Open(ctx, filepath.Join(t.TempDir(), "litwatch.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	srv := europepmctest.NewServer(t)
	for _, id := range []string{"PPR1", "PPR2", "PPR3"} {
		srv.Add(europepmctest.Article{Source: "PPR", ID: id, Title: "Reply", IndexDate: date(2025, 6, 11)})
	}
	src := newSource(t, Config{BaseURL: srv.URL})
	runID, _ := db.StartRun(ctx)
	res := crawler.Run(ctx, db, runID, []crawler.Source{src}, crawler.Options{Since: date(2025, 6, 11), Now: func() time.Time { return date(2025, 6, 11) }})
	if len(res) != 1 || len(res[0].Errors) != 0 || res[0].Fetched != 3 || res[0].New != 3 {
		t.Fatalf("crawl: %+v; want three preprints fetched and stored", res)
	}
}
