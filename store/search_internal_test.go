package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

func TestParseQuery(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"infant", `"infant"`},
		{"massage oil", `("massage" AND "oil")`},
		{"massage AND oil", `("massage" AND "oil")`},
		{"massage OR touch", `("massage" OR "touch")`},
		{"massage NOT adult", `(("massage") NOT ("adult"))`},
		{"massage NOT adult NOT (back pain)", `(("massage") NOT ("adult" OR ("back" AND "pain")))`},
		{`"weight gain"`, `"weight gain"`},
		{`"weight  gain" infants`, `("weight gain" AND "infants")`},
		{"emollien*", `("emollien"* OR "emollie" OR "emolli" OR "emoll")`},
		{"therapy*", `("therapy"* OR "therapi"* OR "therap" OR "thera" OR "ther")`},
		{"oil*", `"oil"*`},
		{"follow-ups*", `"follow ups"*`},
		{"(oil OR cream) NOT adult", `((("oil" OR "cream")) NOT ("adult"))`},
		{"a b NOT c OR d", `((("a" AND "b") NOT ("c")) OR "d")`},
		{"follow-up", `"follow up"`},
		{"infant's", `"infant s"`},
		{"Säugling", `"Säugling"`},
		{"massage or oil and not", `("massage" AND "or" AND "oil" AND "and" AND "not")`},
		{"NEAR(massage, oil)", `("NEAR" AND ("massage" AND "oil"))`},
		{"{title}: x", `("title" AND "x")`},
		{"^x -y", `("x" AND "y")`},
		{"'; DROP TABLE records; --", `("DROP" AND "TABLE" AND "records")`},
		{"x - & y", `("x" AND "y")`},
		{"x ()", `"x"`},
		{`x ""`, `"x"`},
	} {
		n, err := parseQuery(c.text)
		if err != nil {
			t.Errorf("parseQuery(%q): %v", c.text, err)
			continue
		}
		if got := n.fts(); got != c.want {
			t.Errorf("parseQuery(%q) = %s, want %s", c.text, got, c.want)
		}
	}
}

func TestParseQueryRefuses(t *testing.T) {
	for _, c := range []struct{ text, reason string }{
		{"", "no words"},
		{"  -- ; ", "no words"},
		{"()", "no words"},
		{"NOT preterm", "NOT only excludes"},
		{"(NOT preterm) infant", "NOT only excludes"},
		{"OR x", "OR needs words on both sides"},
		{"x OR", "OR needs words on both sides"},
		{"x OR OR y", "OR needs words on both sides"},
		{"(x OR) y", "OR needs words on both sides"},
		{"AND x", "AND needs words on both sides"},
		{"x AND", "AND needs words on both sides"},
		{"x AND OR y", "AND needs words on both sides"},
		{"x NOT", "NOT needs a word"},
		{"x NOT NOT y", "NOT needs a word"},
		{"x NOT OR y", "NOT needs a word"},
		{"(x", `"(" is not closed`},
		{"x)", `")" has no "("`},
		{`"x`, "quote"},
		{`massage" OR NEAR(`, "quote"},
		{"in*", "at least 3 letters"},
		{"follow-up*", "at least 3 letters"},
		{strings.Repeat("w ", MaxSearchTerms+1), "at most 32"},
	} {
		_, err := parseQuery(c.text)
		var qe *QueryError
		if !errors.As(err, &qe) || !strings.Contains(qe.Reason, c.reason) || qe.Text != c.text {
			t.Errorf("parseQuery(%q) = %v, want a QueryError saying %q", c.text, err, c.reason)
		}
	}
}

func TestPositiveTerms(t *testing.T) {
	n, err := parseQuery(`(oil OR "weight gain") NOT adult emollien* oil`)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, p := range n.positive() {
		got = append(got, p.fts())
	}
	want := []string{`"oil"`, `"weight gain"`, `("emollien"* OR "emollie" OR "emolli" OR "emoll")`}
	if !slices.Equal(got, want) {
		t.Errorf("positive terms %q, want %q (not the excluded word, each once)", got, want)
	}
}

// FuzzParseQuery: whatever the text, parseQuery refuses it with a
// QueryError or gives an expression FTS5 accepts.
func FuzzParseQuery(f *testing.F) {
	for _, s := range []string{"infant", `"weight gain" OR (oil NOT adult)`, `massage" OR NEAR(`, "emollien*", "a b NOT c OR d",
		"x AND (y OR z*) NOT \"p q\"", "{title}: x^", "NOT", "((((x))))", "x OR (y NOT (z OR w))", "\x00\"", "ǅ*", "12*"} {
		f.Add(s)
	}
	ctx := context.Background()
	db, err := Open(ctx, filepath.Join(f.TempDir(), "fuzz.db"))
	if err != nil {
		f.Fatal(err)
	}
	defer db.Close()
	if _, err := db.SaveBatch(ctx, 0, "pubmed", []Record{{PMID: "1", Title: "Infant massage with oil", Abstract: "Weight gain in preterm infants."}}); err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text string) {
		n, err := parseQuery(text)
		if err != nil {
			var qe *QueryError
			if !errors.As(err, &qe) {
				t.Fatalf("parseQuery(%q): %v is not a QueryError", text, err)
			}
			return
		}
		if _, err := db.SearchPage(ctx, SearchQuery{Text: text, FromYear: 2000, Design: "rct", Claim: "c", Flagged: true, Source: "x"}); err != nil {
			t.Fatalf("search %q (FTS5 %s): %v", text, n.fts(), err)
		}
		if _, err := db.SearchPage(ctx, SearchQuery{Text: text}); err != nil {
			t.Fatalf("search %q (FTS5 %s): %v", text, n.fts(), err)
		}
	})
}

// searchFixture stores n records, every third flagged for claim c1, the
// others assessed for c2, over the years 2018-2022.
func searchFixture(t *testing.T, n int) *DB {
	t.Helper()
	ctx := context.Background()
	db, err := Open(ctx, filepath.Join(t.TempDir(), "s.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	var recs []Record
	for i := range n {
		title := fmt.Sprintf("Massage trial %d", i)
		if i%2 == 0 {
			title = fmt.Sprintf("Trial %d of touch", i)
		}
		recs = append(recs, Record{PMID: fmt.Sprint(1000 + i), Title: title, Year: 2018 + i%5,
			Abstract: fmt.Sprintf("Preterm infants were given massage with sunflower oil (record %d).", i)})
	}
	if _, err := db.SaveBatch(ctx, 0, "pubmed", recs); err != nil {
		t.Fatal(err)
	}
	for i := range n {
		as := []Assessment{{Claim: "c2", Relevant: true}}
		if i%3 == 0 {
			as = []Assessment{{Claim: "c1", Relevant: true, Flagged: true}}
		}
		if err := db.SaveAssessments(ctx, int64(i+1), []string{"rct", "observational"}[i%2], as); err != nil {
			t.Fatal(err)
		}
	}
	return db
}

// TestSearchPlanNeverScans runs EXPLAIN QUERY PLAN on every statement a
// search runs, with every filter: each reads the full-text index or looks
// rows up by key, never a scan of records or assessments, and never sorts.
func TestSearchPlanNeverScans(t *testing.T) {
	ctx := context.Background()
	db := searchFixture(t, 12)
	type stmt struct {
		query string
		args  []any
	}
	var seen []stmt
	p := searchParams{window: 4, trace: func(q string, args []any) { seen = append(seen, stmt{q, args}) }}
	for _, q := range []SearchQuery{
		{Text: "massage"},
		{Text: "massage trial", Limit: 3, Offset: 5},
		{Text: `"sunflower oil" OR touch NOT adult`, FromYear: 2019, ToYear: 2021, Design: "rct", Claim: "c1", Flagged: true, Source: "pubmed"},
		{Text: "infant*", Claim: "c2"},
		{Text: "massage", Flagged: true, FromYear: 2020},
	} {
		res, err := db.search(ctx, q, p)
		if err != nil {
			t.Fatalf("search %+v: %v", q, err)
		}
		if len(res.Hits) == 0 {
			t.Fatalf("search %+v found nothing: the plans of the page's statements are not seen", q)
		}
	}
	// Before any of them, whether some record waits to be indexed.
	seen = append(seen, stmt{anyUnindexedSQL, nil})
	kinds := map[string]bool{}
	for _, s := range seen {
		plan := explainPlan(t, db, s.query, s.args...)
		for _, line := range plan {
			scan, ok := strings.CutPrefix(line, "SCAN ")
			bad := strings.Contains(line, "TEMP B-TREE") ||
				ok && !strings.HasPrefix(scan, "records_fts VIRTUAL TABLE") && scan != "y" && !strings.HasPrefix(scan, "(subquery-") && scan != "CONSTANT ROW"
			if bad {
				t.Errorf("%s\nplan:\n  %s\nwants no scan of a table but the index's, and no sort", s.query, strings.Join(plan, "\n  "))
				break
			}
		}
		kinds[strings.Fields(s.query)[0]+" "+strings.Fields(s.query)[1]] = true
	}
	// Every kind of statement was seen: the matches, the ranking, the
	// page's snippets and records, and the years.
	for _, k := range []string{"SELECT rowid", "SELECT rowid,", "SELECT id,", "WITH RECURSIVE"} {
		if !kinds[k] {
			t.Errorf("no %q statement was explained (seen %v)", k, kinds)
		}
	}
	if n := strings.Count(fmt.Sprint(seen), "rowid BETWEEN"); n == 0 {
		t.Error("no ranking statement was explained")
	}
}

// TestSearchBlocksAndCount: with small blocks, the pages together are
// every match once, each block ranked on its own, and the count stops at
// the end of the page's last block.
func TestSearchBlocksAndCount(t *testing.T) {
	ctx := context.Background()
	db := searchFixture(t, 12)
	p := searchParams{window: 4}
	var all []int64
	for off := 0; off < 14; off += 3 {
		res, err := db.search(ctx, SearchQuery{Text: "massage", Limit: 3, Offset: off}, p)
		if err != nil {
			t.Fatal(err)
		}
		// Counted to the end of the page's last block of 4, or all 12.
		wantTotal, capped := ((off+2)/4+1)*4, true
		if wantTotal >= 12 {
			wantTotal, capped = 12, false
		}
		if res.Total != wantTotal || res.TotalCapped != capped {
			t.Errorf("offset %d: total %d capped %v, want %d %v", off, res.Total, res.TotalCapped, wantTotal, capped)
		}
		for _, h := range res.Hits {
			all = append(all, h.Record.ID)
		}
	}
	// Records 12..1, newest first, in blocks of 4; in each, the titles
	// with "massage" (odd i, so even ids) first.
	want := []int64{12, 10, 11, 9, 8, 6, 7, 5, 4, 2, 3, 1}
	if !slices.Equal(all, want) {
		t.Errorf("pages give %v, want %v", all, want)
	}
	res, err := db.search(ctx, SearchQuery{Text: "massage", Offset: 50}, p)
	if err != nil || len(res.Hits) != 0 || res.Total != 12 || res.TotalCapped {
		t.Errorf("past the end: %d hits, total %d (capped %v), %v; want none of 12", len(res.Hits), res.Total, res.TotalCapped, err)
	}
}

// TestMigrationBuildsTheSearchIndex: a database of schema 6 gets the new
// index, whose tags (from the records_search view) are those the store
// writes itself.
func TestMigrationBuildsTheSearchIndex(t *testing.T) {
	ctx := context.Background()
	path, raw := oldSchemaStore(t, 6,
		`INSERT INTO records_fts (rowid, title, abstract) SELECT id, title, coalesce(json_extract(data, '$.abstract'), '') FROM records`)
	raw.Close()
	db, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
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
		slices.Sort(out)
		return out
	}
	for _, c := range []struct {
		q    SearchQuery
		want []int64
	}{
		{SearchQuery{Text: "infant"}, []int64{1, 2}}, // stemmed: Infants
		{SearchQuery{Text: "massage"}, []int64{1, 2, 3}},
		{SearchQuery{Text: "massage", Source: "europepmc"}, []int64{2}},
		{SearchQuery{Text: "massage", Design: "rct"}, []int64{1}},
		{SearchQuery{Text: "massage", Claim: "growth"}, []int64{1, 3}},
		{SearchQuery{Text: "massage", Claim: "growth", Flagged: true}, nil},
		{SearchQuery{Text: "massage", Claim: "oils-skin", Flagged: true}, []int64{1}},
		{SearchQuery{Text: "massage", Flagged: true}, []int64{1}},
		{SearchQuery{Text: "massage", ToYear: 2019}, []int64{2}}, // not 3, of unknown year
		{SearchQuery{Text: "massage", FromYear: 2016}, []int64{1}},
	} {
		if got := ids(c.q); !slices.Equal(got, c.want) {
			t.Errorf("after the migration, search %+v = %v, want %v", c.q, got, c.want)
		}
	}
	// The store writes the tags the view does: a new record's, and after
	// its assessment.
	if _, err := db.SaveBatch(ctx, 0, "clinicaltrials", []Record{{NCT: "NCT01234567", Title: "Massage trial", Year: 2024}}); err != nil {
		t.Fatal(err)
	}
	same := func(id int64) {
		t.Helper()
		var view, index string
		if err := db.db.QueryRowContext(ctx, "SELECT s.tags, f.tags FROM records_search s JOIN records_fts f ON f.rowid = s.id WHERE s.id = ?", id).Scan(&view, &index); err != nil {
			t.Fatal(err)
		}
		if view != index {
			t.Errorf("record %d: the index holds the tags %q, the view says %q", id, index, view)
		}
	}
	if got := ids(SearchQuery{Text: "massage", Source: "clinicaltrials"}); !slices.Equal(got, []int64{4}) { // indexed by the search
		t.Errorf("the new record, not assessed, by its source: %v", got)
	}
	same(4)
	if err := db.SaveAssessments(ctx, 4, "rct", []Assessment{{Claim: "growth", Flagged: true}}); err != nil {
		t.Fatal(err)
	}
	same(4)
	if got := ids(SearchQuery{Text: "massage", Claim: "growth", Flagged: true, FromYear: 2024, Source: "clinicaltrials"}); !slices.Equal(got, []int64{4}) {
		t.Errorf("the new record by its tags: %v", got)
	}
}

// TestIndexFollowsEveryWrite: after inserts, a record repeated within a
// batch, merges that change text and year, a join, assessments and
// re-assessments, each record's row in the search index holds what the
// records_search view says (or the record waits for its first
// assessments, unindexed), and FTS5's own integrity check passes. Between
// the batches, the records stay unindexed, or a search indexes them all,
// or some are assessed: the merges and the join meet records in either
// state, and both together.
func TestIndexFollowsEveryWrite(t *testing.T) {
	for _, between := range []string{"nothing", "search", "assess some"} {
		t.Run(between, func(t *testing.T) { testIndexFollowsEveryWrite(t, between) })
	}
}

func testIndexFollowsEveryWrite(t *testing.T, between string) {
	ctx := context.Background()
	db, err := Open(ctx, filepath.Join(t.TempDir(), "i.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	steps := []struct {
		source string
		recs   []Record
	}{
		{"pubmed", []Record{
			{PMID: "1", Title: "Massage of preterm infants", Abstract: "Short."},
			{PMID: "2", Title: "Oil for skin", Year: 2019},
			{PMID: "1", Title: "Massage of preterm infants", Abstract: "A longer abstract about weight gain.", Year: 2020}, // repeated: merged
			{DOI: "10.1/a", Title: "A preprint on kangaroo care"},
		}},
		{"europepmc", []Record{
			{PMID: "2", Title: "Oil for skin", Abstract: "Sunflower oil in neonates.", Year: 2018},
			{PMID: "3", DOI: "10.1/a", Title: "Kangaroo care: the article", Year: 2021}, // the preprint gets its PMID
		}},
		{"crossref", []Record{
			{DOI: "10.1/b", Title: "Another preprint"},
			{PMCID: "PMC9", Title: "A third work", Abstract: "Cortisol."},
		}},
		{"openalex", []Record{{DOI: "10.1/b", PMCID: "PMC9", Title: "Another preprint"}}}, // joins two records, bringing nothing else
	}
	for _, s := range steps {
		if _, err := db.SaveBatch(ctx, 0, s.source, s.recs); err != nil {
			t.Fatal(err)
		}
		waiting := checkIndex(t, db, "after a batch from "+s.source)
		if between == "nothing" && waiting == 0 {
			t.Errorf("after a batch from %s: no record waits for its first assessments", s.source)
		}
		switch between {
		case "search":
			if _, err := db.Search(ctx, SearchQuery{Text: "massage"}); err != nil {
				t.Fatal(err)
			}
			if n := checkIndex(t, db, "after a search"); n != 0 {
				t.Errorf("after a search, %d records wait unindexed", n)
			}
		case "assess some":
			recs, err := db.ListRecords(ctx, ListQuery{})
			if err != nil {
				t.Fatal(err)
			}
			for _, r := range recs {
				if r.ID%2 == 1 {
					if err := db.SaveAssessments(ctx, r.ID, "observational", []Assessment{{Claim: "d"}}); err != nil {
						t.Fatal(err)
					}
				}
			}
			checkIndex(t, db, "after assessing some")
		}
	}
	ids, err := db.ListRecords(ctx, ListQuery{})
	if err != nil || len(ids) < 4 {
		t.Fatalf("%d records, %v", len(ids), err)
	}
	var batch []Assessed
	for _, r := range ids {
		batch = append(batch, Assessed{RecordID: r.ID, Design: "rct", Assessments: []Assessment{{Claim: "c", Flagged: r.ID%2 == 0}}})
	}
	if err := db.SaveAssessmentsBatch(ctx, batch); err != nil {
		t.Fatal(err)
	}
	if err := db.SaveAssessments(ctx, ids[0].ID, "other", nil); err != nil {
		t.Fatal(err)
	}
	if err := db.SaveAssessments(ctx, ids[1].ID, "rct", batch[1].Assessments); err != nil { // unchanged
		t.Fatal(err)
	}
	if n := checkIndex(t, db, "after the assessments"); n != 0 {
		t.Errorf("after every record's assessments, %d records wait unindexed", n)
	}
	// The newest record (the join's) was re-assessed without claims.
	if hits, err := db.Search(ctx, SearchQuery{Text: "cortisol", Design: "other"}); err != nil || len(hits) != 1 || hits[0].Record.PMCID != "PMC9" || hits[0].Record.ID != ids[0].ID {
		t.Errorf("the joined record by the abstract it got and its design: %+v %v", hits, err)
	}
	if hits, err := db.Search(ctx, SearchQuery{Text: "cortisol", Claim: "c"}); err != nil || len(hits) != 0 {
		t.Errorf("the joined record by the claim it lost: %+v %v", hits, err)
	}
	if hits, err := db.Search(ctx, SearchQuery{Text: "kangaroo", FromYear: 2021, Claim: "c"}); err != nil || len(hits) != 1 || hits[0].Record.PMID != "3" {
		t.Errorf("the preprint by the article's year: %+v %v", hits, err)
	}
}

// checkIndex fails t unless every record's row of the search index holds
// what records_search says, or the record waits for its first indexing
// (records_unindexed) and has no row, and FTS5's integrity check passes.
// It returns how many records wait.
func checkIndex(t *testing.T, db *DB, when string) int {
	t.Helper()
	ctx := context.Background()
	if _, err := db.db.ExecContext(ctx, "INSERT INTO records_fts (records_fts, rank) VALUES ('integrity-check', 1)"); err != nil {
		t.Errorf("%s: FTS5 integrity check: %v", when, err)
	}
	var stale, rows, records, waiting int
	if err := db.db.QueryRowContext(ctx, `SELECT count(*) FROM records_search s LEFT JOIN records_fts f ON f.rowid = s.id
		LEFT JOIN records_unindexed u ON u.id = s.id
		WHERE CASE WHEN u.id IS NULL THEN f.rowid IS NULL OR f.title <> s.title OR f.abstract <> s.abstract OR f.tags <> s.tags
			ELSE f.rowid IS NOT NULL END`).Scan(&stale); err != nil {
		t.Fatal(err)
	}
	if err := db.db.QueryRowContext(ctx, `SELECT (SELECT count(*) FROM records_fts), (SELECT count(*) FROM records),
		(SELECT count(*) FROM records_unindexed u JOIN records r ON r.id = u.id)`).Scan(&rows, &records, &waiting); err != nil {
		t.Fatal(err)
	}
	var marks int
	if err := db.db.QueryRowContext(ctx, "SELECT count(*) FROM records_unindexed").Scan(&marks); err != nil {
		t.Fatal(err)
	}
	if stale != 0 || rows+waiting != records || marks != waiting {
		t.Errorf("%s: %d records of %d are neither indexed as the view says nor waiting unindexed; the index has %d rows, %d wait (%d marks)",
			when, stale, records, rows, waiting, marks)
	}
	return waiting
}

// TestOpenFlagsPlan: OpenFlags reads the flagged assessments' index in
// its order and looks the rest up by key: no other scan, no sort.
func TestOpenFlagsPlan(t *testing.T) {
	db := searchFixture(t, 3)
	plan := explainPlan(t, db, openFlagsSQL, 50)
	if len(plan) == 0 || plan[0] != "SCAN a USING INDEX assessments_flagged" {
		t.Fatalf("plan %q: want the flagged assessments' index first", plan)
	}
	for _, line := range plan[1:] {
		if strings.HasPrefix(line, "SCAN ") || strings.Contains(line, "TEMP B-TREE") {
			t.Errorf("plan %q: %q reads rows one by one or sorts", plan, line)
		}
	}
}

// explainPlan returns the detail lines of SQLite's plan for query.
func explainPlan(t *testing.T, db *DB, query string, args ...any) []string {
	t.Helper()
	rows, err := db.db.QueryContext(context.Background(), "EXPLAIN QUERY PLAN "+query, args...)
	if err != nil {
		t.Fatalf("explain %s: %v", query, err)
	}
	defer rows.Close()
	var plan []string
	for rows.Next() {
		var id, parent, notused int
		var detail string
		if err := rows.Scan(&id, &parent, &notused, &detail); err != nil {
			t.Fatal(err)
		}
		plan = append(plan, detail)
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return plan
}

// oldSchemaStore writes a database at path of the schema the first
// migrations build (the file's migrations up to and including number
// upTo), with three records and their assessments, then runs extra (the
// old schema's own index rows). It returns the path and the open file,
// which the caller closes before Open migrates it.
func oldSchemaStore(t *testing.T, upTo int, extra ...string) (string, *sql.DB) {
	t.Helper()
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), fmt.Sprintf("v%d.db", upTo))
	raw, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	names, err := migrationNames()
	if err != nil || len(names) <= upTo {
		t.Fatalf("migrations %v %v", names, err)
	}
	old := &DB{db: raw, Now: time.Now}
	if err := old.migrateTo(ctx, names[:upTo]); err != nil {
		t.Fatal(err)
	}
	now := fmtTime(time.Now())
	for _, st := range append([]string{
		`INSERT INTO records (id, source, title, year, data, design, created_at, updated_at) VALUES
			(1, 'pubmed', 'Massage of preterm Infants', 2020, '{"title":"Massage of preterm Infants","abstract":"Oil was used."}', 'rct', '` + now + `', '` + now + `'),
			(2, 'europepmc', 'Skin care', 2015, '{"title":"Skin care","abstract":"Infants massaged daily."}', NULL, '` + now + `', '` + now + `'),
			(3, 'pubmed', 'Massage, year unknown', NULL, '{"title":"Massage, year unknown"}', 'observational', '` + now + `', '` + now + `')`,
		`INSERT INTO assessments (record_id, claim, flagged, signal, data) VALUES
			(1, 'oils-skin', 1, 'x', '{}'), (1, 'growth', 0, 'x', '{}'), (3, 'growth', 0, 'x', '{}')`,
	}, extra...) {
		if _, err := raw.ExecContext(ctx, st); err != nil {
			t.Fatalf("%s: %v", st, err)
		}
	}
	return path, raw
}
