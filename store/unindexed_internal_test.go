package store

import (
	"context"
	"database/sql"
	"fmt"
	"path/filepath"
	"reflect"
	"slices"
	"testing"
	"time"
)

// indexRows returns every row of the search index, in rowid order.
func indexRows(t *testing.T, db *sql.DB) []string {
	t.Helper()
	rows, err := db.Query("SELECT rowid, title, abstract, tags FROM records_fts ORDER BY rowid")
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var id int64
		var title, abstract, tags string
		if err := rows.Scan(&id, &title, &abstract, &tags); err != nil {
			t.Fatal(err)
		}
		out = append(out, fmt.Sprintf("%d|%s|%s|%s", id, title, abstract, tags))
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// TestRecordIndexedWithItsFirstAssessments: a stored record is not indexed
// (its text is not tokenised) until its first assessments are saved; then
// it is indexed once, with their tags, and a record not assessed waits.
func TestRecordIndexedWithItsFirstAssessments(t *testing.T) {
	ctx := context.Background()
	db, err := Open(ctx, filepath.Join(t.TempDir(), "a.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if _, err := db.SaveBatch(ctx, 0, "pubmed", []Record{
		{PMID: "1", Title: "Massage of preterm infants", Abstract: "Oil.", Year: 2020},
		{PMID: "2", Title: "Skin care", Abstract: "Emollients."},
		{PMID: "3", Title: "Kangaroo care"},
	}); err != nil {
		t.Fatal(err)
	}
	if rows := indexRows(t, db.db); len(rows) != 0 {
		t.Errorf("stored, not assessed: the index holds %q, want nothing yet", rows)
	}
	if n := checkIndex(t, db, "stored"); n != 3 {
		t.Errorf("stored: %d records wait, want 3", n)
	}
	if err := db.SaveAssessmentsBatch(ctx, []Assessed{
		{RecordID: 1, Design: "rct", Assessments: []Assessment{{Claim: "growth", Flagged: true}}},
		{RecordID: 2, Design: "other"},
	}); err != nil {
		t.Fatal(err)
	}
	want := []string{
		"1|Massage of preterm infants|Oil.|s7075626D6564x y2020x d726374x c67726F777468x f67726F777468x fx",
		"2|Skin care|Emollients.|s7075626D6564x d6F74686572x",
	}
	if rows := indexRows(t, db.db); !slices.Equal(rows, want) {
		t.Errorf("assessed: the index holds\n%q\nwant\n%q", rows, want)
	}
	if n := checkIndex(t, db, "assessed"); n != 1 {
		t.Errorf("assessed: %d records wait, want 1 (the one not assessed)", n)
	}
}

// TestUnindexedRecordsIndexedAtOpen: records a process stored and did not
// assess before it ended are indexed when the store is opened again, and a
// search from another connection indexes those of a process still
// running: none is missing from a search.
func TestUnindexedRecordsIndexedAtOpen(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "o.db")
	db, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.SaveBatch(ctx, 0, "pubmed", []Record{{PMID: "1", Title: "Massage of preterm infants"}}); err != nil {
		t.Fatal(err)
	}
	db.Close()
	raw, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	var waiting int
	if err := raw.QueryRow("SELECT count(*) FROM records_unindexed").Scan(&waiting); err != nil || waiting != 1 {
		t.Fatalf("after the first process: %d records wait (%v), want 1", waiting, err)
	}
	raw.Close()
	db, err = Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if n := checkIndex(t, db, "opened again"); n != 0 || len(indexRows(t, db.db)) != 1 {
		t.Errorf("opened again: %d records wait, want the record indexed", n)
	}
	// Another connection's search finds a record this one stored.
	other, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	if _, err := db.SaveBatch(ctx, 0, "pubmed", []Record{{PMID: "2", Title: "Massage with oil"}}); err != nil {
		t.Fatal(err)
	}
	if n := checkIndex(t, db, "stored"); n != 1 {
		t.Errorf("stored: %d records wait, want 1", n)
	}
	res, err := other.SearchPage(ctx, SearchQuery{Text: "massage"})
	if err != nil || len(res.Hits) != 2 || res.Total != 2 {
		t.Fatalf("the other connection's search: %+v, %v; want both records", res, err)
	}
	// Assessed afterwards, the record is indexed again with its tags.
	if err := db.SaveAssessments(ctx, 2, "rct", []Assessment{{Claim: "c"}}); err != nil {
		t.Fatal(err)
	}
	if n := checkIndex(t, db, "assessed after the search"); n != 0 {
		t.Errorf("%d records wait", n)
	}
	if hits, err := other.Search(ctx, SearchQuery{Text: "massage", Design: "rct", Claim: "c"}); err != nil || len(hits) != 1 || hits[0].Record.ID != 2 {
		t.Errorf("the record by its new tags: %+v %v", hits, err)
	}
}

// TestMigrationToIndexOnAssessment: a store of schema 9, its records indexed
// when stored and again when assessed as that code did, keeps its index row
// for row and every search result through migration 0010; no record waits,
// and the records stored after it are indexed with their assessments.
func TestMigrationToIndexOnAssessment(t *testing.T) {
	ctx := context.Background()
	if names, err := migrationNames(); err != nil || len(names) < 10 || names[9] != "migrations/0010_index_on_assessment.sql" {
		t.Fatalf("migrations %v %v", names, err)
	}
	path, raw := oldSchemaStore(t, 9,
		`INSERT INTO records_fts (rowid, title, abstract, tags) SELECT id, title, abstract, tags FROM records_search`)
	before := indexRows(t, raw)
	raw.Close()
	db, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if after := indexRows(t, db.db); !slices.Equal(after, before) || len(after) != 3 {
		t.Errorf("the index after the migration:\n%q\nbefore:\n%q", after, before)
	}
	if n := checkIndex(t, db, "migrated"); n != 0 {
		t.Errorf("migrated: %d records wait, want none", n)
	}
	ids := func(q SearchQuery) []int64 {
		t.Helper()
		hits, err := db.Search(ctx, q)
		if err != nil {
			t.Fatalf("search %+v: %v", q, err)
		}
		var out []int64
		for _, h := range hits {
			out = append(out, h.Record.ID)
		}
		return out
	}
	for _, c := range []struct {
		q    SearchQuery
		want []int64
	}{
		{SearchQuery{Text: "infant"}, []int64{1, 2}}, // 1 has it in its title: first
		{SearchQuery{Text: "massage"}, []int64{3, 1, 2}},
		{SearchQuery{Text: "massage", Claim: "growth"}, []int64{3, 1}},
		{SearchQuery{Text: "massage", Claim: "oils-skin", Flagged: true, Design: "rct", FromYear: 2020}, []int64{1}},
		{SearchQuery{Text: "massage", Source: "europepmc", ToYear: 2019}, []int64{2}},
	} {
		if got := ids(c.q); !slices.Equal(got, c.want) {
			t.Errorf("after the migration, search %+v = %v, want %v", c.q, got, c.want)
		}
	}
	if _, err := db.SaveBatch(ctx, 0, "pubmed", []Record{{PMID: "4", Title: "Massage trial"}}); err != nil {
		t.Fatal(err)
	}
	if n := checkIndex(t, db, "a record stored after the migration"); n != 1 {
		t.Errorf("a record stored after the migration: %d wait, want 1", n)
	}
	if err := db.SaveAssessments(ctx, 4, "rct", nil); err != nil {
		t.Fatal(err)
	}
	if n := checkIndex(t, db, "assessed"); n != 0 {
		t.Errorf("assessed: %d wait, want none", n)
	}
}

// TestIndexWaitingInChunks: IndexWaiting indexes every waiting record,
// however many chunks they take, and says how many; a chunk is the
// lowest-numbered waiting records.
func TestIndexWaitingInChunks(t *testing.T) {
	ctx := context.Background()
	db, err := Open(ctx, filepath.Join(t.TempDir(), "c.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var recs []Record
	for i := range 7 {
		recs = append(recs, Record{PMID: fmt.Sprint(i + 1), Title: fmt.Sprintf("Massage trial %d", i+1)})
	}
	if _, err := db.SaveBatch(ctx, 0, "pubmed", recs); err != nil {
		t.Fatal(err)
	}
	var n int
	if err := db.tx(ctx, func(tx *sql.Tx) error {
		var err error
		n, err = indexUnindexed(ctx, tx, 3)
		return err
	}); err != nil || n != 3 {
		t.Fatalf("a chunk of 3: %d indexed, %v", n, err)
	}
	if rows := indexRows(t, db.db); len(rows) != 3 || rows[0][:2] != "1|" || rows[2][:2] != "3|" {
		t.Errorf("a chunk of 3 indexed %q, want records 1 to 3", rows)
	}
	if n := checkIndex(t, db, "a chunk"); n != 4 {
		t.Errorf("after a chunk of 3, %d wait, want 4", n)
	}
	if n, err := db.IndexWaiting(ctx); err != nil || n != 4 {
		t.Errorf("IndexWaiting: %d, %v; want the 4 left", n, err)
	}
	if n := checkIndex(t, db, "all"); n != 0 {
		t.Errorf("after IndexWaiting, %d wait", n)
	}
	if n, err := db.IndexWaiting(ctx); err != nil || n != 0 {
		t.Errorf("IndexWaiting again: %d, %v; want none", n, err)
	}
}

// TestIndexWhenStored: with SetIndexWhenStored, SaveBatch indexes what it
// stores (inserts, merges, joins) in its own transaction: nothing waits,
// and the store holds the same rows, identifiers and index rows as one
// whose records waited and were indexed by IndexWaiting. SaveKnownBatch
// still leaves its records to their first assessments.
func TestIndexWhenStored(t *testing.T) {
	ctx := context.Background()
	recs := overlappingRecords(600)
	save := func(size int, now bool) [][]string {
		db, err := Open(ctx, filepath.Join(t.TempDir(), "w.db"))
		if err != nil {
			t.Fatal(err)
		}
		defer db.Close()
		db.Now = func() time.Time { return time.Date(2026, 12, 6, 0, 0, 0, 0, time.UTC) }
		db.SetIndexWhenStored(now)
		for from := 0; from < len(recs); from += size {
			if _, err := db.SaveBatch(ctx, 0, "pubmed", recs[from:min(from+size, len(recs))]); err != nil {
				t.Fatal(err)
			}
		}
		waiting := checkIndex(t, db, fmt.Sprintf("batches of %d, index when stored %v", size, now))
		if now && waiting != 0 {
			t.Errorf("batches of %d: %d records wait unindexed, want none", size, waiting)
		}
		if !now {
			if waiting == 0 {
				t.Fatalf("batches of %d: no record waits without SetIndexWhenStored", size)
			}
			if _, err := db.IndexWaiting(ctx); err != nil {
				t.Fatal(err)
			}
		}
		return storedState(t, db)
	}
	want := save(len(recs), false)
	for _, size := range []int{1, 64, len(recs)} {
		if got := save(size, true); !reflect.DeepEqual(got, want) {
			t.Errorf("batches of %d indexed when stored: %d rows unlike the records indexed after (%d rows)", size, len(got), len(want))
		}
	}

	db, err := Open(ctx, filepath.Join(t.TempDir(), "k.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	db.SetIndexWhenStored(true)
	if _, _, err := db.SaveKnownBatch(ctx, "pubmed", recs[:50]); err != nil {
		t.Fatal(err)
	}
	if n := checkIndex(t, db, "known"); n == 0 {
		t.Error("a known batch was indexed when stored: it waits for its assessments")
	}
}
