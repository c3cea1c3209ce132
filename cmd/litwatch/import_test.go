package main

import (
	"database/sql"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/litwatch/litwatch/crawler/pubmed/pubmedtest"
)

// Imported records are reported by the next run's digest exactly as
// crawled ones; records imported as known never are, not even when a
// source delivers them; a crawled copy of an imported work merges into it.
func TestImportThenRun(t *testing.T) {
	h := newHarness(t, "")
	today := time.Now().UTC()
	known := filepath.Join(h.dir, "included.ris")
	os.WriteFile(known, []byte("TY  - JOUR\nTI  - Massage for weight gain in preterm infants: an included trial of the basis review\nPY  - 2001\nAN  - 11111\nDB  - PubMed\nER  - \n"), 0o644)
	code, out, errs := h.main("import", "--config", h.config, "--known", known)
	if code != 0 || !strings.Contains(out, "1 new") || !strings.Contains(out, "marked already known and assessed: 1 records") {
		t.Fatalf("import --known exited %d: %s%s", code, out, errs)
	}
	code, out, errs = h.main("import", "--config", h.config, "../../crawler/importer/testdata/synthetic-medline.nbib")
	if code != 0 || !strings.Contains(out, "(medline): 2 records read, 2 new") || !strings.Contains(out, "next `litwatch run`") {
		t.Fatalf("import exited %d: %s%s", code, out, errs)
	}
	// The crawl delivers the known work again and one of the imported ones.
	h.srv.Add(article("11111", today.AddDate(0, 0, -2), "Massage for weight gain in preterm infants: an included trial of the basis review", "A trial."))
	h.srv.Add(pubmedtest.Article{PMID: "90000102", Entrez: today.AddDate(0, 0, -1), Title: "Parents' experiences of infant massage classes.", Abstract: "Twelve mothers were interviewed.", Year: 2024, Journal: "Synth Nurs"})
	if code, _, errs := h.main("run", "--config", h.config); code != 0 {
		t.Fatalf("run exited %d: %s", code, errs)
	}
	got := pmids(h.latestJSON())
	if !sameSet(got, []string{"90000101", "90000102"}) {
		t.Fatalf("digest records %v, want the two imported (the known one never)", got)
	}
	if n := countRows(t, h.db, "SELECT count(*) FROM records"); n != 3 {
		t.Errorf("%d records stored, want 3 (crawled copies merged)", n)
	}
	if n := countRows(t, h.db, "SELECT count(*) FROM assessments a JOIN identifiers i ON i.record_id = a.record_id WHERE i.kind = 'pmid' AND i.value = '11111'"); n == 0 {
		t.Error("the known record was not assessed")
	}
}

func TestImportErrors(t *testing.T) {
	h := newHarness(t, "")
	bad := filepath.Join(h.dir, "notes.txt")
	os.WriteFile(bad, []byte("just some notes\n"), 0o644)
	cases := []struct {
		args []string
		code int
		want string
	}{
		{[]string{"import", "--config", h.config}, 2, "name at least one FILE"},
		{[]string{"import", "--config", h.config, "--format", "bibtex", bad}, 2, `unknown format "bibtex"`},
		{[]string{"import", "--config", h.config, bad}, 1, "cannot tell the file's format"},
		{[]string{"import", "--config", h.config, filepath.Join(h.dir, "missing.xml")}, 1, "missing.xml: no such file"},
	}
	for _, c := range cases {
		code, out, errs := h.main(c.args...)
		if code != c.code || !strings.Contains(errs, c.want) {
			t.Errorf("%v: exit %d, stderr %q (stdout %q); want %d and %q", c.args[3:], code, errs, out, c.code, c.want)
		}
	}
}

// An import that breaks off keeps the batches stored before the break, and
// those records (not marked known) are already indexed for search: each
// batch is indexed as it is stored (store.DB.SetIndexWhenStored), not left
// waiting for the import's end, which this one never reached.
func TestImportIndexesAsItStores(t *testing.T) {
	h := newHarness(t, "")
	var b strings.Builder
	b.WriteString(`<?xml version="1.0" encoding="UTF-8"?>` + "\n<PubmedArticleSet>\n")
	day := time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC)
	for i := range 501 {
		b.WriteString(pubmedtest.ArticleXML(article(fmt.Sprint(30000000+i), day, fmt.Sprintf("Massage of preterm infants, trial %d", i), "Sunflower oil.")))
		b.WriteString("\n")
	}
	b.WriteString("<PubmedArticle><MedlineCitation>") // breaks off
	path := filepath.Join(h.dir, "broken.xml")
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errs := h.main("import", "--config", h.config, path)
	if code != 1 || !strings.Contains(errs, "the 500 records stored before it stay stored") {
		t.Fatalf("import of a broken file exited %d: %s%s", code, out, errs)
	}
	// Read without store.Open, which would index what waits.
	raw, err := sql.Open("sqlite", h.db)
	if err != nil {
		t.Fatal(err)
	}
	defer raw.Close()
	var records, indexed, waiting int
	if err := raw.QueryRow(`SELECT (SELECT count(*) FROM records), (SELECT count(*) FROM records_fts),
		(SELECT count(*) FROM records_unindexed)`).Scan(&records, &indexed, &waiting); err != nil {
		t.Fatal(err)
	}
	if records != 500 || indexed != 500 || waiting != 0 {
		t.Errorf("%d records stored, %d indexed, %d waiting; want 500 stored and indexed, none waiting", records, indexed, waiting)
	}
}
