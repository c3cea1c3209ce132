package store

import (
	"context"
	"fmt"
	"path/filepath"
	"reflect"
	"testing"
	"time"
)

// TestWriterChangesNothing: storing chunks of records, assessing them
// (with a few records assessed again) and reporting them in one Write per
// chunk leaves the same rows, identifiers, assessments, digests, index
// rows and search results as the three steps in three transactions; two
// SaveBatch calls in one Write may merge into a record the first one
// inserted, and a batch prepared apart (PrepareBatch, SavePrepared) is
// stored as SaveBatch stores it. A record stored and assessed in one Write
// is indexed from memory (TestWriterIndexesFromMemory): its row must be
// records_search's.
func TestWriterChangesNothing(t *testing.T) {
	ctx := context.Background()
	overlap := overlappingRecords(300)
	var recs []Record
	for i, r := range overlap {
		recs = append(recs, r, Record{PMID: fmt.Sprint(5000 + i), Title: fmt.Sprintf("Oil massage of newborns, cohort %d of many", i),
			Abstract: "Sunflower oil.", Year: 2018 + i%5, Source: []string{"", "europepmc"}[i%2]})
	}
	const chunk = 60
	assess := func(id int64, again bool) Assessed {
		a := Assessed{RecordID: id, Design: []string{"rct", "", "observational"}[id%3]}
		if again {
			a.Design = "systematic_review"
		}
		for j, c := range []string{"safety", "growth", "oils-skin"} {
			if (id+int64(j))%3 != 0 || again && j == 0 {
				a.Assessments = append(a.Assessments, Assessment{Claim: c, Signal: "x", Flagged: (id+int64(j))%4 == 0})
			}
		}
		return a
	}
	// The ids each chunk's digest reports, as the separate steps found
	// them (the same records get the same ids either way).
	var reported, again [][]int64
	build := func(oneWrite bool) [][]string {
		db, err := Open(ctx, filepath.Join(t.TempDir(), "w.db"))
		if err != nil {
			t.Fatal(err)
		}
		defer db.Close()
		db.Now = func() time.Time { return time.Date(2026, 12, 6, 0, 0, 0, 0, time.UTC) }
		for c := 0; c*chunk < len(recs); c++ {
			part := recs[c*chunk : min((c+1)*chunk, len(recs))]
			run, err := db.StartRun(ctx)
			if err != nil {
				t.Fatal(err)
			}
			if !oneWrite {
				if _, err := db.SaveBatch(ctx, run, "pubmed", part); err != nil {
					t.Fatal(err)
				}
				pending, err := db.PendingRecords(ctx)
				if err != nil {
					t.Fatal(err)
				}
				reported = append(reported, idsOf(pending))
				// some records reported by earlier digests (and not
				// joined into another since) are assessed again
				var earlier []int64
				for _, prev := range reported[max(0, c-2):c] {
					if len(prev) > 0 {
						earlier = append(earlier, prev[0])
					}
				}
				still, err := db.RecordsByID(ctx, earlier)
				if err != nil {
					t.Fatal(err)
				}
				again = append(again, idsOf(still))
			}
			ids := reported[c]
			var batch []Assessed
			for _, id := range ids {
				batch = append(batch, assess(id, false))
			}
			for _, id := range again[c] {
				batch = append(batch, assess(id, c%2 == 0))
			}
			d := Digest{RunID: run, GeneratedAt: time.Date(2026, 1, 1+c, 0, 0, 0, 0, time.UTC), JSON: []byte(`{}`)}
			if oneWrite {
				err = db.Write(ctx, func(w *Writer) error {
					// the first half prepared apart (PrepareBatch), the
					// second by SaveBatch
					half := len(part) / 2
					if _, err := w.SavePrepared(run, PrepareBatch(part[:half], "pubmed")); err != nil {
						return err
					}
					if _, err := w.SaveBatch(run, "pubmed", part[half:]); err != nil {
						return err
					}
					if err := w.SaveAssessmentsBatch(batch); err != nil {
						return err
					}
					_, err := w.SaveDigest(d, ids)
					return err
				})
			} else if err = db.SaveAssessmentsBatch(ctx, batch); err == nil {
				_, err = db.SaveDigest(ctx, d, ids)
			}
			if err != nil {
				t.Fatal(err)
			}
			if err := db.FinishRun(ctx, run, "done"); err != nil {
				t.Fatal(err)
			}
		}
		checkIndex(t, db, fmt.Sprintf("one write a chunk: %v", oneWrite))
		state := storedState(t, db)
		for _, q := range []string{
			"SELECT record_id, claim, flagged, signal, data FROM assessments ORDER BY record_id, claim",
			"SELECT id, coalesce(design, ''), coalesce(assessed_at, ''), coalesce(digest_id, '') FROM records ORDER BY id",
			"SELECT id, coalesce(run_id, ''), generated_at, doc, files FROM digests ORDER BY id",
		} {
			state = append(state, queryRows(t, db, q)...)
		}
		for _, q := range []SearchQuery{{Text: "oil"}, {Text: "massage", Claim: "growth", Flagged: true}, {Text: "skin", Design: "systematic_review"}} {
			res, err := db.SearchPage(ctx, q)
			if err != nil {
				t.Fatal(err)
			}
			line := []string{fmt.Sprint(res.Total)}
			for _, h := range res.Hits {
				line = append(line, fmt.Sprint(h.Record.ID, h.Design, h.InTitle, h.Snippet))
			}
			state = append(state, line)
		}
		return state
	}
	want := build(false)
	got := build(true)
	if len(want) < 1000 {
		t.Fatalf("only %d rows of state", len(want))
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("one Write a chunk: %d rows of state unlike three transactions' %d", len(got), len(want))
		for i := range min(len(got), len(want)) {
			if !reflect.DeepEqual(got[i], want[i]) {
				t.Errorf("first difference: %q, three transactions %q", got[i], want[i])
				break
			}
		}
	}
}

// TestWriterIndexesFromMemory: a record a Write stores and assesses is
// indexed once with the tags its assessments give it, made in memory
// (assessedTags) as records_search makes them, without reading it back.
func TestWriterIndexesFromMemory(t *testing.T) {
	ctx := context.Background()
	db, err := Open(ctx, filepath.Join(t.TempDir(), "m.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var queued indexQueue
	err = db.Write(ctx, func(w *Writer) error {
		if _, err := w.SaveBatch(0, "pubmed", []Record{
			{PMID: "1", Title: "Massage of preterm infants", Abstract: "Oil.", Year: 2020},
			{PMID: "2", Title: "Skin care", Source: "europepmc"},
		}); err != nil {
			return err
		}
		if err := w.SaveAssessmentsBatch([]Assessed{
			{RecordID: 1, Design: "rct", Assessments: []Assessment{{Claim: "oils-skin"}, {Claim: "growth", Flagged: true}}},
			{RecordID: 2},
		}); err != nil {
			return err
		}
		queued = w.ix
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	for id, c := range queued {
		if c.row == nil || !c.assessed {
			t.Errorf("record %d: queued %+v, want its row made in memory", id, c)
		}
	}
	want := []string{
		"1|Massage of preterm infants|Oil.|s7075626D6564x y2020x d726374x c67726F777468x f67726F777468x fx c6F696C732D736B696Ex",
		"2|Skin care||s6575726F7065706D63x",
	}
	if rows := indexRows(t, db.db); !reflect.DeepEqual(rows, want) {
		t.Errorf("the index holds\n%q\nwant\n%q", rows, want)
	}
	if n := checkIndex(t, db, "written"); n != 0 {
		t.Errorf("%d records wait", n)
	}
}

// idsOf is the records' ids, in order.
func idsOf(recs []Record) []int64 {
	var ids []int64
	for _, r := range recs {
		ids = append(ids, r.ID)
	}
	return ids
}
