package europepmc

import (
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/litwatch/litwatch/crawler/crawlertest"
	"github.com/litwatch/litwatch/crawler/europepmc/europepmctest"
	"github.com/litwatch/litwatch/store"
)

func byPMID(tb testing.TB, recs []store.Record, pmid string) store.Record {
	tb.Helper()
	for _, r := range recs {
		if r.PMID == pmid {
			return r
		}
	}
	tb.Fatalf("no record with PMID %s", pmid)
	return store.Record{}
}

func labels(secs []store.Section) []string {
	var out []string
	for _, s := range secs {
		out = append(out, s.Label)
	}
	return out
}

// markupRE finds anything that still looks like one of the tags the
// abstracts carry.
var markupRE = regexp.MustCompile(`(?i)</?(h[1-6]|i|b|sub|sup|p|u|em|strong|span|br)\b[^<>]*>`)

func TestParseSearchRealCorePage(t *testing.T) {
	recs, next, hits, err := ParseSearch(crawlertest.Testdata(t, "search-core-cancer-page1-cursor.json"))
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) != 25 || hits != 5059039 || next != "AoIIP4ZawSg1MzEyODI1MA==" {
		t.Fatalf("got %d records, hitCount %d, next %q; want 25, 5059039, AoIIP4ZawSg1MzEyODI1MA==", len(recs), hits, next)
	}
	for _, r := range recs {
		if r.Source != "europepmc" || r.PMID == "" || r.Title == "" || r.EntryDate.IsZero() || r.Year != 2025 || r.Language != "eng" {
			t.Errorf("PMID %s: incomplete record: source %q title %q entry %v year %d lang %q", r.PMID, r.Source, r.Title, r.EntryDate, r.Year, r.Language)
		}
		for _, s := range append([]string{r.Title, r.Abstract}, labels(r.Sections)...) {
			if m := markupRE.FindString(s); m != "" {
				t.Errorf("PMID %s: markup %q left in %q", r.PMID, m, s)
			}
		}
		if r.DOI != strings.ToLower(r.DOI) {
			t.Errorf("PMID %s: DOI %q not lower-case", r.PMID, r.DOI)
		}
	}

	// No abstractText at all.
	r := byPMID(t, recs, "39709209")
	if r.Abstract != "" || r.Sections != nil {
		t.Errorf("39709209: abstract %q sections %v, want none", r.Abstract, r.Sections)
	}
	if r.DOI != "10.1016/s0140-6736(24)02600-x" || r.Journal != "Lancet (London, England)" || r.PubDate != "2025 Dec" {
		t.Errorf("39709209: DOI %q journal %q pubdate %q", r.DOI, r.Journal, r.PubDate)
	}
	if want := []string{"Schoenfeld JD", "Haas-Kogan DA", "O'Neill AF"}; !slices.Equal(r.Authors, want) {
		t.Errorf("39709209: authors %q, want %q", r.Authors, want)
	}
	if want := time.Date(2024, 12, 22, 0, 0, 0, 0, time.UTC); !r.EntryDate.Equal(want) {
		t.Errorf("39709209: EntryDate %v, want firstIndexDate %v", r.EntryDate, want)
	}

	// A published erratum: pub types verbatim, a link to what it corrects.
	r = byPMID(t, recs, "39709208")
	if want := []string{"Published Erratum", "correction"}; !slices.Equal(r.PubTypes, want) {
		t.Errorf("39709208: pub types %q, want %q", r.PubTypes, want)
	}
	if r.PMCID != "PMC12124214" || r.Abstract != "" || r.Title != "Department of Error." {
		t.Errorf("39709208: PMCID %q abstract %q title %q", r.PMCID, r.Abstract, r.Title)
	}
	if len(r.Links) != 1 || r.Links[0].Type != "ErratumFor" || r.Links[0].PMID != "39293462" ||
		!strings.HasPrefix(r.Links[0].Source, "Lancet. 2024 Sep 28") {
		t.Errorf("39709208: links %+v", r.Links)
	}

	// <h4> sections, thin spaces, a raw "<" that is not a tag.
	r = byPMID(t, recs, "40468710")
	if want := []string{"Objective", "Design", "Methods", "Results", "Conclusions"}; !slices.Equal(labels(r.Sections), want) {
		t.Fatalf("40468710: section labels %q, want %q", labels(r.Sections), want)
	}
	if !strings.HasPrefix(r.Sections[2].Text, "All participants were required to be at least 18 years of age") {
		t.Errorf("40468710: Methods %q", r.Sections[2].Text)
	}
	if !strings.Contains(r.Sections[3].Text, "significantly (at p < .001) predicted") {
		t.Errorf("40468710: Results lost the raw '<': %q", r.Sections[3].Text)
	}
	lines := strings.Split(r.Abstract, "\n")
	if len(lines) != 5 || !strings.HasPrefix(lines[0], "Objective: This study investigated") || !strings.HasPrefix(lines[4], "Conclusions: The findings show") {
		t.Errorf("40468710: abstract lines %q", lines)
	}
	if !slices.Contains(r.MeSH, "Neoplasms") || len(r.MeSH) != 18 {
		t.Errorf("40468710: MeSH %q", r.MeSH)
	}
	if want := []string{"Cancer", "Acceptance And Commitment Therapy", "Longitudinal", "Psychological Flexibility", "Cancer Survivorship", "Act"}; !slices.Equal(r.Keywords, want) {
		t.Errorf("40468710: keywords %q, want %q", r.Keywords, want)
	}

	// <sub> removed without a space.
	r = byPMID(t, recs, "40511629")
	if !strings.Contains(r.Sections[0].Text, "Hydrogen sulfide (H2S) is of particular interest") {
		t.Errorf("40511629: background %q", r.Sections[0].Text)
	}

	// "<1 year." directly before an <h4>.
	r = byPMID(t, recs, "40245290")
	if len(r.Sections) != 4 || !strings.HasSuffix(r.Sections[2].Text, "median overall survival of <1 year.") ||
		r.Sections[3].Label != "Conclusions" {
		t.Errorf("40245290: sections %q", r.Sections)
	}

	// Unstructured, with an inline <b>Keywords:</b>.
	r = byPMID(t, recs, "40476859")
	if r.Sections != nil || !strings.Contains(r.Abstract, "alterations. Keywords: Molecular Imaging, Cancer") ||
		strings.Contains(r.Abstract, "\n") {
		t.Errorf("40476859: sections %v abstract %q", r.Sections, r.Abstract)
	}
	r = byPMID(t, recs, "40420324")
	if r.Sections != nil || !strings.Contains(r.Abstract, "in both groups. (p <.01). However") {
		t.Errorf("40420324: abstract %q", r.Abstract)
	}

	// Multiple pub types, a review; a record without a DOI.
	if r := byPMID(t, recs, "39212676"); !slices.Equal(r.PubTypes, []string{"Systematic Review", "review-article", "Journal Article"}) {
		t.Errorf("39212676: pub types %q", r.PubTypes)
	}
	if r := byPMID(t, recs, "39038316"); r.DOI != "" || len(r.Sections) != 4 {
		t.Errorf("39038316: DOI %q sections %d", r.DOI, len(r.Sections))
	}
}

func TestParseSearchNoResults(t *testing.T) {
	recs, next, hits, err := ParseSearch(crawlertest.Testdata(t, "search-no-results.json"))
	if err != nil || recs != nil || next != "" || hits != 0 {
		t.Fatalf("got %v, %q, %d, %v; want no records, no cursor, 0 hits, no error", recs, next, hits, err)
	}
}

func TestParseSearchLitePage(t *testing.T) {
	recs, next, hits, err := ParseSearch(crawlertest.Testdata(t, "search-lite-pagesize5-cursor.json"))
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) != 5 || next != "AoIIP4lkIig1MzE0NTMwOA==" || hits != 5059039 {
		t.Fatalf("got %d records, %q, %d", len(recs), next, hits)
	}
	r := recs[0]
	if r.PMID != "39709209" || r.Journal != "Lancet" || !slices.Equal(r.PubTypes, []string{"journal article"}) ||
		!slices.Equal(r.Authors, []string{"Schoenfeld JD", "Haas-Kogan DA", "O'Neill AF"}) || r.PubDate != "2025-12-01" {
		t.Errorf("lite record %+v", r)
	}
}

func TestParseSearchErrors(t *testing.T) {
	core := crawlertest.Testdata(t, "search-core-cancer-page1-cursor.json")
	for _, tc := range []struct {
		name, body, want string
	}{
		{"empty", "", "empty response"},
		{"blank", " \n\t", "empty response"},
		{"html page", "<!DOCTYPE html>\n<html><head><title>503 Service Unavailable</title></head><body>down</body></html>", "HTML page"},
		{"xml format", string(crawlertest.Testdata(t, "search-lite-cancer.xml")), "XML instead of JSON"},
		{"truncated", string(core[:len(core)/2]), "malformed JSON"},
		{"truncated at end", string(core[:len(core)-3]), "malformed JSON"},
		{"garbage after", string(core) + "}", "malformed JSON"},
		{"array", `[{"hitCount":1}]`, "not a JSON object"},
		{"plain text", "Internal error", "not a JSON object"},
		{"no hitCount", `{"version":"6.9","resultList":{"result":[]}}`, "no hitCount"},
		{"api error", `{"version":"6.9","hitCount":0,"errCode":400,"errMsg":"Invalid query"}`, "Invalid query"},
		{"hits without list", `{"version":"6.9","hitCount":3}`, "no resultList"},
		{"negative hits", `{"hitCount":-1,"resultList":{"result":[]}}`, "negative hitCount"},
		{"object for a string", `{"hitCount":1,"resultList":{"result":[{"id":"1","source":"MED","title":{"x":1}}]}}`, "malformed JSON"},
		{"list for an object", `{"hitCount":1,"resultList":[]}`, "malformed JSON"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			recs, _, _, err := ParseSearch([]byte(tc.body))
			if err == nil {
				t.Fatalf("no error; got %d records", len(recs))
			}
			if !strings.HasPrefix(err.Error(), "europepmc: ") || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error %q does not name europepmc and say %q", err, tc.want)
			}
			if recs != nil {
				t.Errorf("records returned with an error")
			}
		})
	}
}

func TestParseSearchTolerantScalars(t *testing.T) {
	// Numbers where strings are usual, nulls, a book chapter.
	body := `{"hitCount":2,"resultList":{"result":[
	  {"id":"12345","source":"MED","pmid":12345,"title":"A &amp; B <i>in vivo</i>","pubYear":2021,"doi":null,
	   "journalInfo":{"yearOfPublication":2021,"journal":{"title":null,"isoabbreviation":"J Test"}},
	   "firstIndexDate":"2021-03-04"},
	  {"id":"NBK1116","source":"NBK","title":"Chapter","bookOrReportDetails":{"publisher":"University of Washington","comprisingTitle":"GeneReviews®","yearOfPublication":1993},
	   "firstIndexDate":"not a date","dateOfCreation":"2010-01-02"}]}}`
	recs, _, hits, err := ParseSearch([]byte(body))
	if err != nil || hits != 2 || len(recs) != 2 {
		t.Fatalf("err %v hits %d records %d", err, hits, len(recs))
	}
	a, b := recs[0], recs[1]
	if a.PMID != "12345" || a.Title != "A & B in vivo" || a.Year != 2021 || a.Journal != "J Test" || a.DOI != "" {
		t.Errorf("first: %+v", a)
	}
	if b.PMID != "" || b.Journal != "GeneReviews®" || b.Year != 1993 || !b.EntryDate.Equal(time.Date(2010, 1, 2, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("book chapter: %+v", b)
	}
}

func TestPreprintRecord(t *testing.T) {
	idx := time.Date(2025, 3, 4, 0, 0, 0, 0, time.UTC)
	raw := europepmctest.ResultJSON(europepmctest.Article{
		Source: "PPR", ID: "PPR987654", DOI: "10.1101/2025.03.01.25323456",
		Title: "Oil massage in preterm infants: a randomised trial", Abstract: "<h4>Background</h4>Text.<h4>Results</h4>More.",
		Journal: "medRxiv", IndexDate: idx,
	})
	recs, _, _, err := ParseSearch([]byte(`{"hitCount":1,"resultList":{"result":[` + string(raw) + `]}}`))
	if err != nil || len(recs) != 1 {
		t.Fatalf("err %v, %d records", err, len(recs))
	}
	r := recs[0]
	if r.DOI != "10.1101/2025.03.01.25323456" || r.PMID != "" || r.PMCID != "" {
		t.Errorf("ids: DOI %q PMID %q PMCID %q", r.DOI, r.PMID, r.PMCID)
	}
	if !slices.Equal(r.PubTypes, []string{"Preprint"}) || r.Journal != "medRxiv" || r.Year != 2025 || !r.EntryDate.Equal(idx) {
		t.Errorf("preprint: %+v", r)
	}
	if r.Abstract != "Background: Text.\nResults: More." {
		t.Errorf("abstract %q", r.Abstract)
	}

	// A preprint whose pub types do not say so still gets "Preprint".
	raw = europepmctest.ResultJSON(europepmctest.Article{Source: "PPR", DOI: "10.21203/rs.3.rs-1/v1", Title: "T",
		PubTypes: []string{"Journal Article"}, IndexDate: idx})
	recs, _, _, err = ParseSearch([]byte(`{"hitCount":1,"resultList":{"result":[` + string(raw) + `]}}`))
	if err != nil || !slices.Equal(recs[0].PubTypes, []string{"Journal Article", "Preprint"}) {
		t.Errorf("err %v pub types %q", err, recs[0].PubTypes)
	}
}

func TestAbstractMarkup(t *testing.T) {
	for _, tc := range []struct {
		name, in, abstract string
		labels             []string
	}{
		{"plain", "  One  sentence.\n Two. ", "One sentence. Two.", nil},
		{"paragraphs", "<p>First.</p><p>Second.</p>", "First. Second.", nil},
		{"inline tags", "CO<sub>2</sub> and 10<sup>9</sup> <i>E. coli</i> <b>bold</b>", "CO2 and 109 E. coli bold", nil},
		{"entities", "A &amp; B &lt;i&gt; &#946;-blocker&nbsp;x &gt; y", "A & B <i> β-blocker x > y", nil},
		{"not tags", "p<0.05, a < b, x<y and <1 year", "p<0.05, a < b, x<y and <1 year", nil},
		{"unknown tag kept", "values <unk> here", "values <unk> here", nil},
		{"lead text then sections", "Intro text.<h4>Methods</h4>We did.<h4>Results:</h4>It worked.",
			"Intro text.\nMethods: We did.\nResults: It worked.", []string{"", "Methods", "Results"}},
		{"empty heading dropped", "<h4>Background</h4><h4>Methods</h4>We did.", "Methods: We did.", []string{"Methods"}},
		{"heading with markup", "<h4>Results <i>in vivo</i></h4> Fine.", "Results in vivo: Fine.", []string{"Results in vivo"}},
		{"h3 heading", "<h3 class=\"x\">Aims</h3>To test.", "Aims: To test.", []string{"Aims"}},
		{"mathml", "a <mml:math><mml:mi>x</mml:mi></mml:math> b", "a x b", nil},
		{"empty", "", "", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, secs := abstract(tc.in)
			if got != tc.abstract {
				t.Errorf("abstract %q, want %q", got, tc.abstract)
			}
			if !slices.Equal(labels(secs), tc.labels) {
				t.Errorf("labels %q, want %q", labels(secs), tc.labels)
			}
		})
	}
}

func TestLinkType(t *testing.T) {
	for in, want := range map[string]string{
		"Erratum for":   "ErratumFor",
		"Retraction in": "RetractionIn",
		"Comment  in":   "CommentIn",
		"update-of":     "UpdateOf",
		"":              "",
	} {
		if got := linkType(in); got != want {
			t.Errorf("linkType(%q) = %q, want %q", in, got, want)
		}
	}
}
