package store_test

import (
	"context"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/litwatch/litwatch/store"
)

func TestNormIdentifiers(t *testing.T) {
	for _, c := range []struct {
		norm func(string) string
		in   string
		want string
	}{
		{store.NormPMID, "123456789012", "123456789012"},
		{store.NormPMID, "1234567890123", ""},
		{store.NormPMID, " 00042 ", "42"},
		{store.NormPMID, "12a", ""},
		{store.NormPMID, "", ""},
		{store.NormPMID, "/", ""},
		{store.NormPMID, ":", ""},
		{store.NormNCT, "nct09999999", "NCT09999999"},
		{store.NormNCT, "NCT00000000", "NCT00000000"},
		{store.NormNCT, "NCT0123456:", ""},
		{store.NormNCT, "NCT0123456/", ""},
		{store.NormNCT, "NCT012345678", ""},
		{store.NormNCT, "XCT01234567", ""},
		{store.NormPMCID, "pmcx12", ""},
		{store.NormPMCID, "PMC0012", "PMC12"},
		{store.NormPMCID, "12", "PMC12"},
		{store.NormDOI, "https://dx.doi.org/10.1000/ABC", "10.1000/abc"},
		{store.NormDOI, "DOI: 10.1000/x", "10.1000/x"},
		{store.NormDOI, "10.1000", ""},
		{store.NormDOI, "11.1000/x", ""},
	} {
		if got := c.norm(c.in); got != c.want {
			t.Errorf("normalising %q = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestMergeFieldByField(t *testing.T) {
	day := func(d int) time.Time { return time.Date(2026, 1, d, 0, 0, 0, 0, time.UTC) }
	a := store.Record{Source: "clinicaltrials", NCT: "NCT01234567", Title: "Old title", Abstract: "Old abstract.",
		Sections: []store.Section{{Label: "A", Text: "Old abstract."}}, PubTypes: []string{"Trial Registration"}, Status: "RECRUITING",
		EntryDate: day(1), Year: 2020, Authors: []string{"Lee A"}, MeSH: nil, Journal: "J"}

	// A newer copy from the same source with nothing to say keeps it all.
	empty := store.Record{Source: "clinicaltrials", EntryDate: day(5)}
	m := store.Merge(a, empty)
	if m.Title != a.Title || m.Abstract != a.Abstract || !slices.Equal(m.PubTypes, a.PubTypes) || m.Status != "RECRUITING" ||
		m.Update != "" || !m.EntryDate.Equal(day(5)) || len(m.Sections) != 1 {
		t.Errorf("an empty newer copy changed the record: %+v", m)
	}
	// A newer copy's status with no old status is no change to report.
	noStatus := a
	noStatus.Status = ""
	if m := store.Merge(noStatus, store.Record{Source: "clinicaltrials", EntryDate: day(5), Status: "COMPLETED"}); m.Status != "COMPLETED" || m.Update != "" {
		t.Errorf("first status: %q update %q", m.Status, m.Update)
	}
	// The same status again is no change either.
	if m := store.Merge(a, store.Record{Source: "clinicaltrials", EntryDate: day(5), Status: "RECRUITING"}); m.Update != "" {
		t.Errorf("same status reported as a change: %q", m.Update)
	}
	// An older or same-day copy from the same source is just another copy.
	for _, d := range []time.Time{day(1), {}} {
		if m := store.Merge(a, store.Record{Source: "clinicaltrials", EntryDate: d, Title: "Other", Status: "COMPLETED"}); m.Title != "Old title" || m.Status != "RECRUITING" || !m.EntryDate.Equal(day(1)) {
			t.Errorf("a copy dated %v replaced the record: %+v", d, m)
		}
	}
	// Another source's copy: stored values win, empty ones are filled.
	other := store.Record{Source: "pubmed", PMID: "9", DOI: "10.1/x", PMCID: "PMC9", NCT: "NCT07654321", PPR: "PPR1", OpenAlex: "W1",
		Title: "New", Abstract: "New abstract", Journal: "K", PubDate: "2021 Jan", Language: "eng", Status: "X", Year: 2021,
		Authors: []string{"Kim B"}, EntryDate: day(9), MeSH: []string{"Infant", "Massage"}, Keywords: []string{"oil"},
		Links: []store.Link{{Type: "ErratumIn", PMID: "8"}}}
	m = store.Merge(a, other)
	want := a
	want.PMID, want.DOI, want.PMCID, want.PPR, want.OpenAlex = "9", "10.1/x", "PMC9", "PPR1", "W1"
	want.PubDate, want.Language = "2021 Jan", "eng"
	want.MeSH, want.Keywords, want.Links = other.MeSH, other.Keywords, other.Links
	if !reflect.DeepEqual(m, want) {
		t.Errorf("merged\n%+v\nwant\n%+v", m, want)
	}
	// Empty stored values take the other copy's.
	m = store.Merge(store.Record{Source: "crossref"}, other)
	if m.Year != 2021 || !slices.Equal(m.Authors, other.Authors) || !m.EntryDate.Equal(day(9)) || m.Title != "New" || m.Journal != "K" || m.Status != "X" {
		t.Errorf("empty record merged: %+v", m)
	}
	// Abstracts of equal length: the stored one stays; a longer one wins with its sections.
	if m := store.Merge(store.Record{Abstract: "abc"}, store.Record{Abstract: "xyz", Sections: []store.Section{{Text: "xyz"}}}); m.Abstract != "abc" || m.Sections != nil {
		t.Errorf("equal abstracts: %+v", m)
	}
	if m := store.Merge(store.Record{Abstract: "abc"}, store.Record{Abstract: "wxyz", Sections: []store.Section{{Text: "wxyz"}}}); m.Abstract != "wxyz" || len(m.Sections) != 1 {
		t.Errorf("longer abstract: %+v", m)
	}
	// Lists are united without duplicates (case-insensitively) or blanks.
	m = store.Merge(store.Record{MeSH: []string{"Infant"}}, store.Record{MeSH: []string{"infant", "", "Massage", "Oils", "Skin"},
		Links: []store.Link{{Type: "A"}, {Type: "A"}, {Type: "B"}}})
	if !slices.Equal(m.MeSH, []string{"Infant", "Massage", "Oils", "Skin"}) || len(m.Links) != 2 {
		t.Errorf("united lists: %q %+v", m.MeSH, m.Links)
	}
}

// TestTitleMatchingRules: a work with no shared identifier is joined by
// title only when the title is specific, the years are at most one apart
// (or unknown), the first authors agree and no PMID or PMCID differs.
func TestTitleMatchingRules(t *testing.T) {
	title := "Effect of oil massage on growth in preterm neonates" // 43 letters
	for _, c := range []struct {
		name   string
		stored store.Record
		next   store.Record
		joined bool
	}{
		{"same title and year", store.Record{PMID: "1", Title: title, Year: 2020}, store.Record{DOI: "10.1/a", Title: title, Year: 2020}, true},
		{"a year later", store.Record{PMID: "1", Title: title, Year: 2020}, store.Record{DOI: "10.1/a", Title: title, Year: 2021}, true},
		{"a year earlier", store.Record{PMID: "1", Title: title, Year: 2021}, store.Record{DOI: "10.1/a", Title: title, Year: 2020}, true},
		{"two years later", store.Record{PMID: "1", Title: title, Year: 2020}, store.Record{DOI: "10.1/a", Title: title, Year: 2022}, false},
		{"two years earlier", store.Record{PMID: "1", Title: title, Year: 2022}, store.Record{DOI: "10.1/a", Title: title, Year: 2020}, false},
		{"stored year unknown", store.Record{PMID: "1", Title: title}, store.Record{DOI: "10.1/a", Title: title, Year: 1990}, true},
		{"new year unknown", store.Record{PMID: "1", Title: title, Year: 1990}, store.Record{DOI: "10.1/a", Title: title}, true},
		{"different PMIDs", store.Record{PMID: "1", Title: title, Year: 2020}, store.Record{PMID: "2", Title: title, Year: 2020}, false},
		{"different PMCIDs", store.Record{PMCID: "PMC1", Title: title, Year: 2020}, store.Record{PMCID: "PMC2", Title: title, Year: 2020}, false},
		{"PMID on one side only", store.Record{DOI: "10.1/s", Title: title, Year: 2020}, store.Record{PMID: "2", Title: title, Year: 2020}, true},
		{"PMID on the stored side only", store.Record{PMID: "2", Title: title, Year: 2020}, store.Record{DOI: "10.1/s", Title: title, Year: 2020}, true},
		{"PMCID on one side only", store.Record{DOI: "10.1/s", Title: title}, store.Record{PMCID: "PMC2", Title: title}, true},
		{"other first author", store.Record{PMID: "1", Title: title, Authors: []string{"Kumar A"}}, store.Record{DOI: "10.1/a", Title: title, Authors: []string{"Singh B"}}, false},
		{"same first author", store.Record{PMID: "1", Title: title, Authors: []string{"Kumar A"}}, store.Record{DOI: "10.1/a", Title: title, Authors: []string{"kumar Anil", "X"}}, true},
		{"no author on one side", store.Record{PMID: "1", Title: title, Authors: []string{"Kumar A"}}, store.Record{DOI: "10.1/a", Title: title}, true},
		{"blank first author", store.Record{PMID: "1", Title: title, Authors: []string{" "}}, store.Record{DOI: "10.1/a", Title: title, Authors: []string{"Singh B"}}, true},
		{"30 letters", store.Record{PMID: "1", Title: strings.Repeat("abcde ", 6)}, store.Record{DOI: "10.1/a", Title: strings.Repeat("ABCDE-", 6)}, true},
		{"29 letters", store.Record{PMID: "1", Title: strings.Repeat("abcde ", 6)[1:]}, store.Record{DOI: "10.1/a", Title: strings.Repeat("ABCDE-", 6)[1:]}, false},
		{"other title", store.Record{PMID: "1", Title: title}, store.Record{DOI: "10.1/a", Title: title + " II"}, false},
	} {
		t.Run(c.name, func(t *testing.T) {
			ctx := context.Background()
			db := mustOpen(t)
			if _, err := db.SaveBatch(ctx, 0, "pubmed", []store.Record{c.stored}); err != nil {
				t.Fatal(err)
			}
			res, err := db.SaveBatch(ctx, 0, "crossref", []store.Record{c.next})
			if err != nil {
				t.Fatal(err)
			}
			n, _ := db.CountRecords(ctx)
			if joined := res.Updated == 1 && n == 1; joined != c.joined {
				t.Errorf("joined = %v (%+v, %d records), want %v", joined, res, n, c.joined)
			}
		})
	}
}

// TestTitleMatchPrefersTheOldestFitting: among stored works with the same
// title, the first that fits is joined, skipping those that do not.
func TestTitleMatchPrefersTheOldestFitting(t *testing.T) {
	ctx := context.Background()
	db := mustOpen(t)
	title := "Effect of oil massage on growth in preterm neonates"
	db.SaveBatch(ctx, 0, "pubmed", []store.Record{
		{PMID: "1", Title: title, Year: 2010},
		{PMID: "2", Title: title, Year: 2020, Authors: []string{"Singh B"}},
		{PMID: "3", Title: title, Year: 2020, Authors: []string{"Kumar A"}},
		{PMID: "4", Title: title, Year: 2020, Authors: []string{"Kumar A"}},
	})
	db.SaveBatch(ctx, 0, "crossref", []store.Record{{DOI: "10.1/k", Title: title, Year: 2021, Authors: []string{"Kumar A"}}})
	if r, ok, _ := db.FindByID(ctx, "doi", "10.1/k"); !ok || r.PMID != "3" {
		t.Errorf("joined to %+v, want PMID 3", r)
	}
}

// TestMatchJoinsTheLowestRecord: a copy whose identifiers point at
// several stored records is merged into the oldest of them.
func TestMatchJoinsTheLowestRecord(t *testing.T) {
	ctx := context.Background()
	db := mustOpen(t)
	db.SaveBatch(ctx, 0, "pubmed", []store.Record{{PMID: "1", Title: "First"}, {DOI: "10.1/b", Title: "Second"}, {PMCID: "PMC3", Title: "Third"}})
	res, err := db.SaveBatch(ctx, 0, "europepmc", []store.Record{{PMCID: "PMC3", DOI: "10.1/b", PMID: "1", Title: "All three", Abstract: "Longest abstract of all."}})
	if err != nil || res.Joined != 2 || res.Updated != 1 {
		t.Fatalf("%+v %v", res, err)
	}
	recs, _ := db.PendingRecords(ctx)
	if len(recs) != 1 || recs[0].Title != "First" || recs[0].PMCID != "PMC3" || recs[0].DOI != "10.1/b" || recs[0].Abstract != "Longest abstract of all." {
		t.Errorf("records %+v", recs)
	}
}

func TestFirstRunIsRecorded(t *testing.T) {
	ctx := context.Background()
	db := mustOpen(t)
	run, _ := db.StartRun(ctx)
	db.SaveBatch(ctx, run, "pubmed", []store.Record{{PMID: "1", Title: "a"}})
	db.SaveBatch(ctx, 0, "pubmed", []store.Record{{PMID: "2", Title: "b"}})
	rows, err := db.SQL().Query("SELECT coalesce(first_run_id, 0) FROM records ORDER BY id")
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var got []int64
	for rows.Next() {
		var id int64
		rows.Scan(&id)
		got = append(got, id)
	}
	if !slices.Equal(got, []int64{run, 0}) {
		t.Errorf("first runs %v, want [%d 0]", got, run)
	}
}

func TestListRecords(t *testing.T) {
	ctx := context.Background()
	db := mustOpen(t)
	db.SaveBatch(ctx, 0, "pubmed", []store.Record{
		{PMID: "1", Title: "a", Year: 2010}, {PMID: "2", Title: "b", Year: 2020}, {PMID: "3", Title: "c", Year: 2021}, {PMID: "4", Title: "d"},
	})
	recs, _ := db.PendingRecords(ctx)
	id := func(pmid string) int64 {
		for _, r := range recs {
			if r.PMID == pmid {
				return r.ID
			}
		}
		t.Fatalf("no PMID %s", pmid)
		return 0
	}
	db.SaveAssessments(ctx, id("2"), "rct", []store.Assessment{{Claim: "c1", Relevant: true, Flagged: true}, {Claim: "c2", Relevant: true}})
	db.SaveAssessments(ctx, id("3"), "rct", []store.Assessment{{Claim: "c2", Relevant: true}})
	pmids := func(q store.ListQuery) string {
		t.Helper()
		got, err := db.ListRecords(ctx, q)
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, r := range got {
			out = append(out, r.PMID)
		}
		return strings.Join(out, ",")
	}
	for _, c := range []struct {
		q    store.ListQuery
		want string
	}{
		{store.ListQuery{}, "4,3,2,1"},
		{store.ListQuery{Limit: 2}, "4,3"},
		{store.ListQuery{Limit: 1}, "4"},
		{store.ListQuery{FromYear: 2020}, "3,2"},
		{store.ListQuery{FromYear: 2021}, "3"},
		{store.ListQuery{Flagged: true}, "2"},
		{store.ListQuery{Relevant: true}, "3,2"},
		{store.ListQuery{Claim: "c2"}, "3,2"},
		{store.ListQuery{Claim: "c1"}, "2"},
		{store.ListQuery{Claim: "c3"}, ""},
		{store.ListQuery{Flagged: true, Claim: "c2"}, ""},
		{store.ListQuery{Relevant: true, FromYear: 2021, Limit: 5}, "3"},
	} {
		if got := pmids(c.q); got != c.want {
			t.Errorf("ListRecords(%+v) = %s, want %s", c.q, got, c.want)
		}
	}
}
