package importer

import (
	"bytes"
	"compress/gzip"
	"context"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/litwatch/litwatch/crawler/pubmed"
	"github.com/litwatch/litwatch/store"
)

const efetchTwo = "../pubmed/testdata/efetch-pubmed-two-articles.xml"

func openStore(t *testing.T) *store.DB {
	t.Helper()
	db, err := store.Open(context.Background(), filepath.Join(t.TempDir(), "l.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

func gzipped(t *testing.T, src string) string {
	t.Helper()
	b, err := os.ReadFile(src)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	zw.Write(b)
	zw.Close()
	p := filepath.Join(t.TempDir(), filepath.Base(src)+".gz")
	if err := os.WriteFile(p, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func writeFile(t *testing.T, name, body string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// A PubMed XML file, plain or gzip-compressed, gives the records the
// PubMed source gives for the same document, stored as new and pending.
func TestImportPubMedXMLPlainAndGzip(t *testing.T) {
	ctx := context.Background()
	f, err := os.Open(efetchTwo)
	if err != nil {
		t.Fatal(err)
	}
	want, err := pubmed.ParseArticles(f)
	f.Close()
	if err != nil || len(want) != 2 {
		t.Fatalf("reference parse: %d records, %v", len(want), err)
	}
	for _, path := range []string{efetchTwo, gzipped(t, efetchTwo)} {
		db := openStore(t)
		res, err := Import(ctx, db, path, Options{})
		if err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		if res.Format != FormatPubMedXML || res.Read != 2 || res.New != 2 || res.Updated != 0 {
			t.Fatalf("%s: result %+v", path, res)
		}
		pending, err := db.PendingRecords(ctx)
		if err != nil || len(pending) != 2 {
			t.Fatalf("%s: pending %d, %v", path, len(pending), err)
		}
		for i, got := range pending {
			got.ID = 0
			if got.PMID != want[i].PMID || got.Title != want[i].Title || got.Abstract != want[i].Abstract || got.Source != "pubmed" {
				t.Errorf("%s: record %d = %q %q, want %q %q", path, i, got.PMID, got.Title, want[i].PMID, want[i].Title)
			}
		}
	}
}

func TestImportMEDLINE(t *testing.T) {
	ctx := context.Background()
	db := openStore(t)
	res, err := Import(ctx, db, "testdata/synthetic-medline.nbib", Options{})
	if err != nil {
		t.Fatal(err)
	}
	if res.Format != FormatMEDLINE || res.Read != 2 || res.New != 2 {
		t.Fatalf("result %+v", res)
	}
	rec, ok, err := db.FindByID(ctx, "pmid", "90000101")
	if err != nil || !ok {
		t.Fatalf("record 90000101: %v %v", ok, err)
	}
	checks := []struct {
		what      string
		got, want any
	}{
		{"title (continuation joined)", rec.Title, "Sunflower seed oil massage and weight gain in preterm infants: a randomized controlled trial."},
		{"doi", rec.DOI, "10.1000/litwatch.synth.101"},
		{"nct", rec.NCT, "NCT09000101"},
		{"year", rec.Year, 2020},
		{"pub date", rec.PubDate, "2020 Mar 15"},
		{"journal", rec.Journal, "Synthetic journal of neonatology"},
		{"authors", rec.Authors, []string{"van der Berg AM", "O'Neil J"}},
		{"pub types", rec.PubTypes, []string{"Journal Article", "Randomized Controlled Trial"}},
		{"mesh", rec.MeSH, []string{"Humans", "Infant, Premature", "Massage"}},
		{"keywords", rec.Keywords, []string{"emollient", "weight gain"}},
		{"entry date", rec.EntryDate, time.Date(2020, 1, 11, 0, 0, 0, 0, time.UTC)},
		{"links", rec.Links, []store.Link{{Type: "RetractionIn", PMID: "90000199", Source: "Synth Neonatol. 2022 Jan;14(1):1."}}},
		{"section labels", len(rec.Sections), 4},
	}
	for _, c := range checks {
		if !reflect.DeepEqual(c.got, c.want) {
			t.Errorf("%s = %#v, want %#v", c.what, c.got, c.want)
		}
	}
	if len(rec.Sections) == 4 && (rec.Sections[2].Label != "RESULTS" || !strings.HasPrefix(rec.Sections[2].Text, "Weight gain was higher")) {
		t.Errorf("RESULTS section = %+v", rec.Sections[2])
	}
	if !strings.HasPrefix(rec.Abstract, "BACKGROUND: Oil massage is common in neonatal units.\nMETHODS: We randomly assigned 120") {
		t.Errorf("abstract = %q", rec.Abstract)
	}
	second, ok, _ := db.FindByID(ctx, "pmcid", "PMC9000102")
	if !ok || second.PMID != "90000102" || len(second.Sections) != 0 || second.Authors[0] != "Lindqvist K" {
		t.Errorf("second record = %+v", second)
	}
}

func TestImportRIS(t *testing.T) {
	ctx := context.Background()
	db := openStore(t)
	res, err := Import(ctx, db, "testdata/synthetic-references.ris", Options{})
	if err != nil {
		t.Fatal(err)
	}
	if res.Format != FormatRIS || res.Read != 3 || res.New != 2 || res.Skipped != 1 || res.SkipReasons[store.SkipNoID] != 1 {
		t.Fatalf("result %+v", res)
	}
	a, ok, _ := db.FindByID(ctx, "pmid", "90000201")
	if !ok || a.DOI != "10.1000/litwatch.synth.201" || a.Year != 2016 || a.Journal != "Synthetic Acta Paediatrica" ||
		!reflect.DeepEqual(a.Authors, []string{"Cooke A", "Danby SG"}) || a.Source != "ris" || len(a.Sections) != 4 {
		t.Errorf("first RIS record = %+v", a)
	}
	// AN is a PMID here because DP says PubMed; the Embase one is not.
	b, ok, _ := db.FindByID(ctx, "pmid", "90000202")
	if !ok || b.PMCID != "PMC9000202" || b.Title != "Coconut oil massage for infants: a review" || b.Year != 2019 {
		t.Errorf("second RIS record = %+v", b)
	}
	if _, ok, _ := db.FindByID(ctx, "pmid", "2021123456"); ok {
		t.Error("an Embase accession number was taken for a PMID")
	}
}

// The same work imported again (in another format) is merged, not
// stored twice.
func TestImportMergesWithStored(t *testing.T) {
	ctx := context.Background()
	db := openStore(t)
	if _, err := Import(ctx, db, "testdata/synthetic-medline.nbib", Options{}); err != nil {
		t.Fatal(err)
	}
	ris := writeFile(t, "one.ris", "TY  - JOUR\nTI  - Parents' experiences of infant massage classes.\nDO  - 10.1000/LITWATCH.SYNTH.102\nKW  - qualitative\nER  - \n")
	res, err := Import(ctx, db, ris, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if res.New != 0 || res.Updated != 1 {
		t.Fatalf("result %+v, want one merged", res)
	}
	if n, _ := db.CountRecords(ctx); n != 2 {
		t.Errorf("%d records stored, want 2", n)
	}
}

// Records imported as already known are stored but never pending, and a
// crawled copy of one later does not make it new.
func TestImportKnown(t *testing.T) {
	ctx := context.Background()
	db := openStore(t)
	res, err := Import(ctx, db, "testdata/synthetic-medline.nbib", Options{Known: true})
	if err != nil {
		t.Fatal(err)
	}
	if res.New != 2 || len(res.KnownIDs) != 2 {
		t.Fatalf("result %+v", res)
	}
	if p, _ := db.PendingRecords(ctx); len(p) != 0 {
		t.Fatalf("%d known records pending", len(p))
	}
	got, err := db.RecordsByID(ctx, res.KnownIDs)
	if err != nil || len(got) != 2 {
		t.Fatalf("RecordsByID: %d, %v", len(got), err)
	}
	crawled := store.Record{Source: "europepmc", PMID: "90000101", Title: "Sunflower seed oil massage and weight gain in preterm infants", Abstract: strings.Repeat("longer abstract ", 40)}
	newOne := store.Record{Source: "europepmc", PMID: "90000300", Title: "Something else entirely about newborns"}
	if _, err := db.SaveBatch(ctx, 0, "europepmc", []store.Record{crawled, newOne}); err != nil {
		t.Fatal(err)
	}
	p, _ := db.PendingRecords(ctx)
	if len(p) != 1 || p[0].PMID != "90000300" {
		t.Fatalf("pending after a crawl = %v, want only the unknown record", p)
	}
}

func TestImportBadInput(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	cases := []struct {
		name, path string
		opts       Options
		want       string
	}{
		{"missing file", filepath.Join(dir, "nope.xml"), Options{}, "no such file"},
		{"directory", dir, Options{}, "is a directory"},
		{"empty", writeFile(t, "empty.txt", "  \n"), Options{}, "the file is empty"},
		{"unknown", writeFile(t, "x.csv", "title,year\nA,2020\n"), Options{}, "cannot tell the file's format"},
		{"bad --format", efetchTwo, Options{Format: "bibtex"}, `unknown format "bibtex"`},
		{"esearch XML", "../pubmed/testdata/esearch-pubmed-basic.xml", Options{}, "cannot tell the file's format"},
		{"not gzip inside", writeFile(t, "bad.gz", "\x1f\x8bnot really gzip"), Options{}, "gzip"},
		{"forced wrong format", efetchTwo, Options{Format: FormatRIS}, "is not a field"},
	}
	for _, c := range cases {
		db := openStore(t)
		_, err := Import(ctx, db, c.path, c.opts)
		if err == nil || !strings.Contains(err.Error(), c.want) || !strings.Contains(err.Error(), c.path) && c.name != "missing file" {
			t.Errorf("%s: err = %v, want one naming the file and %q", c.name, err, c.want)
		}
	}
}

// A file cut short keeps the batches read before the cut, and says where
// it broke.
func TestImportTruncatedKeepsWhatWasStored(t *testing.T) {
	ctx := context.Background()
	b, err := os.ReadFile(efetchTwo)
	if err != nil {
		t.Fatal(err)
	}
	s := string(b)
	cut := strings.Index(s, "</PubmedArticle>") + len("</PubmedArticle>")
	cut = cut + strings.Index(s[cut:], "<Abstract>")
	path := writeFile(t, "cut.xml", s[:cut])
	db := openStore(t)
	res, err := Import(ctx, db, path, Options{BatchSize: 1})
	if err == nil || !strings.Contains(err.Error(), "cut.xml") {
		t.Fatalf("err = %v, want a truncation error naming the file", err)
	}
	if n, _ := db.CountRecords(ctx); n != 1 || res.New != 1 {
		t.Errorf("stored %d (result %+v), want the first article kept", n, res)
	}
}

// Progress is reported after each batch with the bytes read so far.
func TestImportProgress(t *testing.T) {
	db := openStore(t)
	var calls []int
	var last int64
	_, err := Import(context.Background(), db, "testdata/synthetic-medline.nbib", Options{BatchSize: 1, Progress: func(read int64, res Result) {
		calls = append(calls, res.New)
		last = read
	}})
	if err != nil {
		t.Fatal(err)
	}
	fi, _ := os.Stat("testdata/synthetic-medline.nbib")
	if !reflect.DeepEqual(calls, []int{1, 2}) || last != fi.Size() {
		t.Errorf("progress calls %v, last read %d (file %d)", calls, last, fi.Size())
	}
}

// TestImportIndexesItsRecords: an import leaves its records indexed for
// search (the next cycle assesses them, maybe days later); a known
// import's records wait for the assessments its caller saves next, which
// index them.
func TestImportIndexesItsRecords(t *testing.T) {
	ctx := context.Background()
	counts := func(db *store.DB) (indexed, waiting int) {
		t.Helper()
		if err := db.SQL().QueryRowContext(ctx, "SELECT (SELECT count(*) FROM records_fts), (SELECT count(*) FROM records_unindexed)").Scan(&indexed, &waiting); err != nil {
			t.Fatal(err)
		}
		return indexed, waiting
	}
	db := openStore(t)
	res, err := Import(ctx, db, "testdata/synthetic-medline.nbib", Options{BatchSize: 1})
	if err != nil || res.New != 2 {
		t.Fatalf("import: %+v, %v", res, err)
	}
	if indexed, waiting := counts(db); indexed != 2 || waiting != 0 {
		t.Errorf("after an import: %d records indexed, %d waiting; want 2 and none", indexed, waiting)
	}
	known := openStore(t)
	res, err = Import(ctx, known, "testdata/synthetic-medline.nbib", Options{BatchSize: 1, Known: true})
	if err != nil || len(res.KnownIDs) != 2 {
		t.Fatalf("known import: %+v, %v", res, err)
	}
	if indexed, waiting := counts(known); indexed != 0 || waiting != 2 {
		t.Errorf("after a known import: %d records indexed, %d waiting; want none and 2", indexed, waiting)
	}
	for _, id := range res.KnownIDs {
		if err := known.SaveAssessments(ctx, id, "rct", nil); err != nil {
			t.Fatal(err)
		}
	}
	if indexed, waiting := counts(known); indexed != 2 || waiting != 0 {
		t.Errorf("after their assessments: %d records indexed, %d waiting; want 2 and none", indexed, waiting)
	}
}
