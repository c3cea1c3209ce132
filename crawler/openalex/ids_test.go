package openalex

import (
	"context"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/litwatch/litwatch/crawler"
	"github.com/litwatch/litwatch/crawler/crawlertest"
	"github.com/litwatch/litwatch/crawler/openalex/openalextest"
	"github.com/litwatch/litwatch/store"
)

// TestWorksWithoutDOIAreKeptByTheirOpenAlexID crawls the real sample list,
// where three of five works have neither DOI nor PMID, into a real store:
// all five are kept, under their W ids. When OpenAlex later gives one of
// them a DOI, the copy joins the stored work.
func TestWorksWithoutDOIAreKeptByTheirOpenAlexID(t *testing.T) {
	ctx := context.Background()
	db, err := store.Open(ctx, filepath.Join(t.TempDir(), "litwatch.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	var list struct {
		Results []json.RawMessage `json:"results"`
	}
	if err := json.Unmarshal(crawlertest.Testdata(t, "works-list-sample5-meta-mixed-null-abstracts.json"), &list); err != nil {
		t.Fatal(err)
	}
	srv := openalextest.NewServer(t)
	srv.SetAPIKey(testKey)
	srv.AddJSON(list.Results...)
	s, _ := newSource(t, srv.URL, func(c *Config) { c.Search = "of" })
	crawl := func() store.SourceResult {
		t.Helper()
		runID, err := db.StartRun(ctx)
		if err != nil {
			t.Fatal(err)
		}
		res := crawler.Run(ctx, db, runID, []crawler.Source{s}, crawler.Options{Since: date(2025, 10, 10), Overlap: 365 * 24 * time.Hour, Now: func() time.Time { return date(2026, 1, 10) }})
		if len(res) != 1 || len(res[0].Errors) != 0 {
			t.Fatalf("crawl: %+v", res)
		}
		return res[0]
	}
	res := crawl()
	if res.Fetched != 5 || res.New != 5 || res.Skipped != 0 {
		t.Fatalf("crawl: %+v; want 5 fetched, 5 new, none skipped", res)
	}
	rec, ok, err := db.FindByID(ctx, "openalex", "https://openalex.org/W2600965442")
	if err != nil || !ok || rec.DOI != "" || rec.PMID != "" || rec.OpenAlex != "W2600965442" {
		t.Fatalf("work by its W id: %+v %v %v", rec, ok, err)
	}

	// The same work again, now with a DOI.
	var w map[string]any
	for _, raw := range list.Results {
		if strings.Contains(string(raw), `"https://openalex.org/W2600965442"`) {
			if err := json.Unmarshal(raw, &w); err != nil {
				t.Fatal(err)
			}
		}
	}
	w["doi"] = "https://doi.org/10.5555/W2600965442.late"
	b, _ := json.Marshal(w)
	srv.AddJSON(b)
	if res := crawl(); res.New != 0 {
		t.Errorf("second crawl: %+v; the work with its new DOI stored again", res)
	}
	if n, _ := db.CountRecords(ctx); n != 5 {
		t.Errorf("%d records, want 5", n)
	}
	if r, ok, _ := db.FindByID(ctx, "doi", "10.5555/w2600965442.late"); !ok || r.ID != rec.ID {
		t.Errorf("by the new DOI: %+v %v; want record %d", r, ok, rec.ID)
	}
}

// TestSameTitleWorksKeptApart: works with no DOI or PMID and the same
// generic title ("Correction") are different works, told apart by their
// W ids within one fetch and in the store.
func TestSameTitleWorksKeptApart(t *testing.T) {
	ctx := context.Background()
	db, err := store.Open(ctx, filepath.Join(t.TempDir(), "litwatch.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	srv := openalextest.NewServer(t)
	srv.SetAPIKey(testKey)
	created := date(2026, 3, 2)
	srv.Add(openalextest.Work{Title: "Correction", Created: created}, openalextest.Work{Title: "Correction", Created: created},
		openalextest.Work{Title: "Correction", Created: created})
	s, _ := newSource(t, srv.URL, func(c *Config) { c.Search = "correction"; c.PerPage = 2 })
	runID, _ := db.StartRun(ctx)
	res := crawler.Run(ctx, db, runID, []crawler.Source{s}, crawler.Options{Since: created, Now: func() time.Time { return created }})
	if len(res) != 1 || len(res[0].Errors) != 0 || res[0].Fetched != 3 || res[0].New != 3 {
		t.Fatalf("crawl: %+v; want three works fetched and stored", res)
	}
}
