package store

import (
	"context"
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"
)

// overlappingRecords is a stream of n records drawn from small pools of
// identifiers, titles, authors and years, so that many of them are copies
// of one work by PMID, DOI, PMCID, preprint link or title, bring together
// works stored apart, or are not stored (no title, no identifier).
func overlappingRecords(n int) []Record {
	rng := rand.New(rand.NewPCG(13, 13))
	titles := []string{
		"Massage with sunflower oil for preterm infants: a randomised trial",
		"Kangaroo mother care and weight gain in low birthweight newborns",
		"Emollient therapy for the prevention of atopic dermatitis in infancy",
		"Tactile kinesthetic stimulation and length of hospital stay",
		"Short title",
		"",
	}
	authors := []string{"Lee A", "Kumar B", "Okafor C"}
	pick := func(prefix string, pool, share int) string {
		if rng.IntN(100) >= share {
			return ""
		}
		return fmt.Sprintf("%s%d", prefix, 1+rng.IntN(pool))
	}
	out := make([]Record, n)
	for i := range out {
		r := Record{
			PMID:     pick("", 40, 50),
			DOI:      pick("10.1000/x.", 30, 40),
			PMCID:    pick("PMC", 25, 25),
			Title:    titles[rng.IntN(len(titles))],
			Abstract: strings.Repeat("Neonatal skin care. ", rng.IntN(4)),
			Year:     2019 + rng.IntN(3),
			Authors:  []string{authors[rng.IntN(len(authors))]},
			Source:   []string{"", "europepmc"}[rng.IntN(2)],
			// a newer copy from the same source brings its own title
			EntryDate: time.Date(2026, 1, 1+rng.IntN(20), 0, 0, 0, 0, time.UTC),
		}
		if rng.IntN(10) == 0 {
			r.Links = []Link{{Type: "HasPreprint", Source: pick("10.1101/p.", 10, 100)}}
		}
		if rng.IntN(15) == 0 {
			r.PMID, r.DOI, r.PMCID = "", "", ""
		}
		out[i] = r
	}
	return out
}

// storedState is everything SaveBatch writes, in a comparable form.
func storedState(t *testing.T, db *DB) [][]string {
	t.Helper()
	var out [][]string
	for _, q := range []string{
		`SELECT id, source, title, coalesce(title_key, ''), coalesce(year, ''), coalesce(entry_date, ''), data, coalesce(first_run_id, ''),
			coalesce(digest_id, ''), coalesce(design, ''), coalesce(known_at, ''), created_at, updated_at FROM records ORDER BY id`,
		"SELECT kind, value, record_id FROM identifiers ORDER BY kind, value",
		"SELECT rowid, title, abstract, tags FROM records_fts ORDER BY rowid",
		"SELECT 'unindexed', id FROM records_unindexed ORDER BY id",
	} {
		out = append(out, queryRows(t, db, q)...)
	}
	return out
}

// queryRows runs q and returns each row's columns as text.
func queryRows(t *testing.T, db *DB, q string) [][]string {
	t.Helper()
	rows, err := db.db.Query(q)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	cols, err := rows.Columns()
	if err != nil {
		t.Fatal(err)
	}
	var out [][]string
	for rows.Next() {
		vals := make([]any, len(cols))
		ptrs := make([]any, len(cols))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		if err := rows.Scan(ptrs...); err != nil {
			t.Fatal(err)
		}
		row := make([]string, len(vals))
		for i, v := range vals {
			row[i] = fmt.Sprint(v)
		}
		out = append(out, row)
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// TestBatchSizeChangesNothing: the same stream of overlapping records,
// saved one record per batch (each record's lookups read from the
// database) and in larger batches (a batch's lookups read once, then
// followed through its own writes), stores the same records, identifiers
// and search index, with the same results.
func TestBatchSizeChangesNothing(t *testing.T) {
	ctx := context.Background()
	recs := overlappingRecords(600)
	type outcome struct {
		state  [][]string
		res    SaveResult
		search []int64
	}
	save := func(size int, known bool) outcome {
		db, err := Open(ctx, filepath.Join(t.TempDir(), "b.db"))
		if err != nil {
			t.Fatal(err)
		}
		defer db.Close()
		db.Now = func() time.Time { return time.Date(2026, 12, 5, 0, 0, 0, 0, time.UTC) }
		var o outcome
		for from := 0; from < len(recs); from += size {
			batch := recs[from:min(from+size, len(recs))]
			var res SaveResult
			if known {
				res, _, err = db.SaveKnownBatch(ctx, "pubmed", batch)
			} else {
				res, err = db.SaveBatch(ctx, 0, "pubmed", batch)
			}
			if err != nil {
				t.Fatal(err)
			}
			o.res.New += res.New
			o.res.Updated += res.Updated
			o.res.Joined += res.Joined
			o.res.Skipped += res.Skipped
		}
		checkIndex(t, db, fmt.Sprintf("batches of %d", size))
		o.state = storedState(t, db)
		for _, q := range []string{"sunflower", "kangaroo OR emollient", "skin", "short"} {
			hits, err := db.Search(ctx, SearchQuery{Text: q, Limit: 100})
			if err != nil {
				t.Fatal(err)
			}
			for _, h := range hits {
				o.search = append(o.search, h.Record.ID)
			}
			o.search = append(o.search, -1)
		}
		// The search indexed every record waiting for its assessments.
		if n := checkIndex(t, db, fmt.Sprintf("batches of %d, searched", size)); n != 0 {
			t.Errorf("batches of %d: %d records wait unindexed after a search", size, n)
		}
		o.state = append(o.state, storedState(t, db)...)
		return o
	}
	for _, known := range []bool{false, true} {
		want := save(1, known)
		if want.res.New < 20 || want.res.Updated < 100 || want.res.Joined == 0 || want.res.Skipped == 0 {
			t.Fatalf("known=%v: the stream should make new, merged, joined and skipped records: %+v", known, want.res)
		}
		for _, size := range []int{7, 64, 500, len(recs)} {
			got := save(size, known)
			if !reflect.DeepEqual(got.res, want.res) {
				t.Errorf("known=%v, batches of %d: %+v, one at a time %+v", known, size, got.res, want.res)
			}
			if !reflect.DeepEqual(got.state, want.state) {
				t.Errorf("known=%v, batches of %d: stored %d rows unlike one at a time (%d rows)", known, size, len(got.state), len(want.state))
				for i := range min(len(got.state), len(want.state)) {
					if !reflect.DeepEqual(got.state[i], want.state[i]) {
						t.Errorf("first difference: %q, one at a time %q", got.state[i], want.state[i])
						break
					}
				}
			}
			if !reflect.DeepEqual(got.search, want.search) {
				t.Errorf("known=%v, batches of %d: search results %v, one at a time %v", known, size, got.search, want.search)
			}
		}
	}
}

// TestTitleMatchesATitleChangedEarlierInTheBatch: a newer copy from the
// same source gives a stored work a new title; a later record of the same
// batch, which shares no identifier with it, matches it by that title.
func TestTitleMatchesATitleChangedEarlierInTheBatch(t *testing.T) {
	ctx := context.Background()
	old := "Massage with sunflower oil for preterm infants: a randomised trial"
	renamed := "Sunflower oil massage and growth of preterm infants: final results"
	day := func(d int) time.Time { return time.Date(2026, 1, d, 0, 0, 0, 0, time.UTC) }
	for _, size := range []int{1, 3} {
		db, err := Open(ctx, filepath.Join(t.TempDir(), "t.db"))
		if err != nil {
			t.Fatal(err)
		}
		recs := []Record{
			{PMID: "1", Title: old, Year: 2020, Authors: []string{"Lee A"}, EntryDate: day(1)},
			{PMID: "1", Title: renamed, EntryDate: day(5)},
			{DOI: "10.1000/z", Title: renamed, Year: 2020, Authors: []string{"Lee A"}},
		}
		var res SaveResult
		for from := 0; from < len(recs); from += size {
			r, err := db.SaveBatch(ctx, 0, "pubmed", recs[from:min(from+size, len(recs))])
			if err != nil {
				t.Fatal(err)
			}
			res.New, res.Updated = res.New+r.New, res.Updated+r.Updated
		}
		if n, _ := db.CountRecords(ctx); res.New != 1 || res.Updated != 2 || n != 1 {
			t.Errorf("batches of %d: %+v, %d records; want the DOI copy matched by the new title", size, res, n)
		}
		db.Close()
	}
}
