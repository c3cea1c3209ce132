package store_test

import (
	"context"
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/litwatch/litwatch/store"
)

// syntaxDB stores five records to search.
func syntaxDB(t *testing.T) *store.DB {
	t.Helper()
	ctx := context.Background()
	db := mustOpen(t)
	if _, err := db.SaveBatch(ctx, 0, "pubmed", []store.Record{
		{PMID: "1", Title: "Massage of preterm Infants", Year: 2020, Abstract: "Weight gain was greater with massage. Follow-up at one year."},
		{PMID: "2", Title: "Sunflower oil for neonatal skin", Year: 2018, Abstract: "Emollients reduced water loss; the weight of each infant was not recorded, nor its gain."},
		{PMID: "3", Title: "Adult back pain", Year: 2021, Abstract: "Massaging the lower back in adults."},
		{PMID: "4", Title: "Coconut oil therapy", Year: 2022, Abstract: "Therapies for the skin of term newborns: a follow up study."},
		{PMID: "5", Title: "Kangaroo care", Year: 2023, Abstract: "Skin-to-skin contact and gaining weight."},
	}); err != nil {
		t.Fatal(err)
	}
	return db
}

func pmidsOf(t *testing.T, db *store.DB, q store.SearchQuery) []string {
	t.Helper()
	hits, err := db.Search(context.Background(), q)
	if err != nil {
		t.Fatalf("search %q: %v", q.Text, err)
	}
	var out []string
	for _, h := range hits {
		out = append(out, h.Record.PMID)
	}
	slices.Sort(out)
	return out
}

// TestSearchSyntax: stemming, phrases, OR, NOT, groups and prefixes, as
// README.md documents them.
func TestSearchSyntax(t *testing.T) {
	db := syntaxDB(t)
	for _, c := range []struct {
		text string
		want []string
	}{
		{"infant", []string{"1", "2"}},           // Infants, infant: one stem
		{"massage", []string{"1", "3"}},          // Massaging too
		{"weight gain", []string{"1", "2", "5"}}, // both words, anywhere
		{`"weight gain"`, []string{"1"}},         // next to each other
		{`"water loss"`, []string{"2"}},          //
		{`"loss water"`, nil},                    // in this order
		{`"gain weight"`, []string{"5"}},         // stems in a phrase: gaining weight
		{"massage OR coconut", []string{"1", "3", "4"}},
		{"massage NOT adults", []string{"1"}},
		{"skin NOT (oil OR kangaroo)", nil},
		{"(skin OR massage) NOT oil", []string{"1", "3", "5"}},
		{"oil NOT coconut OR kangaroo", []string{"2", "5"}},
		{"emollien*", []string{"2"}}, // Emollients: its stem is shorter than the prefix
		{"therapy*", []string{"4"}},  // Therapies: stem therapi
		{"sunfl*", []string{"2"}},
		{"follow-up", []string{"1", "4"}}, // "follow up", "Follow-up"
		{"Follow Up", []string{"1", "4"}},
		{"massage or oil", nil}, // lower-case or is a word
		{"NEAR(massage oil)", nil},
		{"neonatal AND skin", []string{"2"}},
	} {
		if got := pmidsOf(t, db, store.SearchQuery{Text: c.text}); !slices.Equal(got, c.want) {
			t.Errorf("search %s = %v, want %v", c.text, got, c.want)
		}
	}
}

// TestSearchFiltersFollowTheStore: the filters see a record's source and
// year as stored, its design and claims as assessed and re-assessed, and a
// merge's new year.
func TestSearchFiltersFollowTheStore(t *testing.T) {
	ctx := context.Background()
	db := syntaxDB(t)
	if _, err := db.SaveBatch(ctx, 0, "europepmc", []store.Record{{DOI: "10.1/x", Title: "Skin oils in term infants", Year: 2019}}); err != nil {
		t.Fatal(err)
	}
	if got := pmidsOf(t, db, store.SearchQuery{Text: "skin", Source: "europepmc"}); len(got) != 1 || got[0] != "" {
		t.Errorf("--source europepmc: %v, want the one record it delivered", got)
	}
	if got := pmidsOf(t, db, store.SearchQuery{Text: "skin", Source: "pubmed", FromYear: 2019, ToYear: 2022}); !slices.Equal(got, []string{"4"}) {
		t.Errorf("pubmed 2019-2022: %v", got)
	}
	if got := pmidsOf(t, db, store.SearchQuery{Text: "skin", FromYear: 2030}); got != nil {
		t.Errorf("from 2030: %v", got)
	}
	if got := pmidsOf(t, db, store.SearchQuery{Text: "skin", FromYear: 2022, ToYear: 2018}); got != nil {
		t.Errorf("from after to: %v", got)
	}
	// Assessed: design and claims; re-assessed: the old ones are gone.
	byPMID := func(p string) int64 {
		r, ok, err := db.FindByID(ctx, "pmid", p)
		if err != nil || !ok {
			t.Fatalf("pmid %s: %v", p, err)
		}
		return r.ID
	}
	if err := db.SaveAssessments(ctx, byPMID("2"), "rct", []store.Assessment{{Claim: "oils", Flagged: true}, {Claim: "growth"}}); err != nil {
		t.Fatal(err)
	}
	if err := db.SaveAssessments(ctx, byPMID("4"), "observational", []store.Assessment{{Claim: "oils"}}); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		q    store.SearchQuery
		want []string
	}{
		{store.SearchQuery{Text: "skin", Design: "rct"}, []string{"2"}},
		{store.SearchQuery{Text: "skin", Claim: "oils"}, []string{"2", "4"}},
		{store.SearchQuery{Text: "skin", Claim: "oils", Flagged: true}, []string{"2"}},
		{store.SearchQuery{Text: "skin", Claim: "growth", Flagged: true}, nil},
		{store.SearchQuery{Text: "skin", Flagged: true}, []string{"2"}},
		{store.SearchQuery{Text: "skin", Design: "observational", Claim: "oils", Source: "pubmed", FromYear: 2022}, []string{"4"}},
	} {
		if got := pmidsOf(t, db, c.q); !slices.Equal(got, c.want) {
			t.Errorf("search %+v = %v, want %v", c.q, got, c.want)
		}
	}
	if err := db.SaveAssessments(ctx, byPMID("2"), "other", nil); err != nil {
		t.Fatal(err)
	}
	if got := pmidsOf(t, db, store.SearchQuery{Text: "skin", Claim: "oils"}); !slices.Equal(got, []string{"4"}) {
		t.Errorf("after re-assessment, claim oils: %v, want only 4", got)
	}
	if got := pmidsOf(t, db, store.SearchQuery{Text: "skin", Design: "rct"}); got != nil {
		t.Errorf("after re-assessment, design rct: %v", got)
	}
	// A merge that brings the year of a record that had none.
	if _, err := db.SaveBatch(ctx, 0, "pubmed", []store.Record{{PMID: "6", Title: "Oil massage, year unknown"}}); err != nil {
		t.Fatal(err)
	}
	if got := pmidsOf(t, db, store.SearchQuery{Text: "unknown", ToYear: 2100}); got != nil {
		t.Errorf("a record of unknown year within a year bound: %v", got)
	}
	if _, err := db.SaveBatch(ctx, 0, "crossref", []store.Record{{PMID: "6", Title: "Oil massage, year unknown", Year: 2024}}); err != nil {
		t.Fatal(err)
	}
	if got := pmidsOf(t, db, store.SearchQuery{Text: "unknown", FromYear: 2024}); !slices.Equal(got, []string{"6"}) {
		t.Errorf("after the merge brought its year: %v", got)
	}
}

// TestSearchRankingAndPages: titles holding more of the words first, then
// the newest; pages follow each other; the total counts every match.
func TestSearchRankingAndPages(t *testing.T) {
	ctx := context.Background()
	db := mustOpen(t)
	if _, err := db.SaveBatch(ctx, 0, "pubmed", []store.Record{
		{PMID: "1", Title: "Oil massage and weight", Abstract: "Infants."},
		{PMID: "2", Title: "Infants", Abstract: "Oil massage and weight."},
		{PMID: "3", Title: "Massage", Abstract: "Oil and weight of infants."},
		{PMID: "4", Title: "Weight", Abstract: "Oil massage in infants."},
		{PMID: "5", Title: "Nothing here", Abstract: "Oil massage and weight in infants."},
	}); err != nil {
		t.Fatal(err)
	}
	res, err := db.SearchPage(ctx, store.SearchQuery{Text: "oil massage weight"})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	var in []int
	for _, h := range res.Hits {
		got = append(got, h.Record.PMID)
		in = append(in, h.InTitle)
	}
	if want := []string{"1", "4", "3", "5", "2"}; !slices.Equal(got, want) || !slices.Equal(in, []int{3, 1, 1, 0, 0}) {
		t.Errorf("ranked %v (words in title %v), want %v: 3 words in the title, then 1 (newest first), then none", got, in, want)
	}
	if res.Total != 5 || res.TotalCapped {
		t.Errorf("total %d capped %v, want 5", res.Total, res.TotalCapped)
	}
	if hits, total, err := db.SearchTotal(ctx, store.SearchQuery{Text: "oil massage weight", Limit: 2}); err != nil || len(hits) != 2 || total != 5 || hits[0].Record.PMID != "1" {
		t.Errorf("SearchTotal: %d hits, total %d, %v", len(hits), total, err)
	}
	var paged []string
	for off := 0; off < 5; off += 2 {
		res, err := db.SearchPage(ctx, store.SearchQuery{Text: "oil massage weight", Limit: 2, Offset: off})
		if err != nil || res.Total != 5 {
			t.Fatalf("page at %d: total %d, %v", off, res.Total, err)
		}
		for _, h := range res.Hits {
			paged = append(paged, h.Record.PMID)
		}
	}
	if !slices.Equal(paged, got) {
		t.Errorf("pages of 2 give %v, want %v", paged, got)
	}
	for _, q := range []store.SearchQuery{{Text: "oil", Limit: -1}, {Text: "oil", Limit: store.MaxSearchLimit + 1}, {Text: "oil", Offset: -1}} {
		if _, err := db.SearchPage(ctx, q); err == nil {
			t.Errorf("search %+v: no error", q)
		}
	}
	var qe *store.QueryError
	if _, err := db.SearchPage(ctx, store.SearchQuery{Text: "oil OR"}); !errors.As(err, &qe) || !strings.Contains(err.Error(), "OR needs words on both sides") {
		t.Errorf("search oil OR: %v, want a QueryError", err)
	}
}
