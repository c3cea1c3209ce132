package pubmed

import (
	"bytes"
	"encoding/xml"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/litwatch/litwatch/crawler"
	"github.com/litwatch/litwatch/store"
)

// parseFixture parses testdata/name and indexes the records by PMID.
func parseFixture(t testing.TB, name string) map[string]store.Record {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	recs, err := ParseArticles(f)
	if err != nil {
		t.Fatalf("ParseArticles(%s): %v", name, err)
	}
	byPMID := make(map[string]store.Record, len(recs))
	for _, r := range recs {
		byPMID[r.PMID] = r
	}
	if len(byPMID) != len(recs) {
		t.Fatalf("%s: duplicate PMIDs in %d records", name, len(recs))
	}
	return byPMID
}

func get(t *testing.T, recs map[string]store.Record, pmid string) store.Record {
	t.Helper()
	r, ok := recs[pmid]
	if !ok {
		t.Fatalf("no record for PMID %s (have %d records)", pmid, len(recs))
	}
	return r
}

func labels(ss []store.Section) []string {
	var out []string
	for _, s := range ss {
		out = append(out, s.Label)
	}
	return out
}

func utcDay(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

func eq[T any](t *testing.T, what string, got, want T) {
	t.Helper()
	if !reflect.DeepEqual(got, want) {
		t.Errorf("%s = %#v, want %#v", what, got, want)
	}
}

// checkClean fails if s still holds markup or unnormalised white space.
func checkClean(t *testing.T, what, s string) {
	t.Helper()
	for _, bad := range []string{"\t", "\n", "  ", "<i>", "<sub>", "<sup>", "<b>", "&lt;", "&#"} {
		if strings.Contains(s, bad) {
			t.Errorf("%s contains %q: %q", what, bad, s)
		}
	}
	if s != strings.TrimSpace(s) {
		t.Errorf("%s not trimmed: %q", what, s)
	}
}

func TestParseStructuredAbstractInlineMarkup(t *testing.T) {
	r := get(t, parseFixture(t, "efetch-pubmed-structured-abstract-inline-markup.xml"), "27797938")
	eq(t, "Source", r.Source, "pubmed")
	eq(t, "Title", r.Title, "Leucocyte telomere length, genetic variants at the TERT gene region and risk of pancreatic cancer.")
	eq(t, "labels", labels(r.Sections), []string{"OBJECTIVE", "DESIGN", "RESULTS", "CONCLUSIONS"})
	eq(t, "Category (no NlmCategory in 2018 output)", r.Sections[0].Category, "")
	// "p<sub>trend</sub>=0.048" and "r<sup>2</sup>&lt;0.25": markup dropped, no space added.
	res := r.Sections[2].Text
	for _, want := range []string{"ptrend=0.048", "r2<0.25"} {
		if !strings.Contains(res, want) {
			t.Errorf("RESULTS lacks %q: %q", want, res)
		}
	}
	if !strings.HasPrefix(r.Abstract, "OBJECTIVE: Telomere shortening occurs") ||
		!strings.Contains(r.Abstract, "\nDESIGN: We measured prediagnostic") ||
		!strings.Contains(r.Abstract, "\nCONCLUSIONS: Prediagnostic leucocyte telomere length and genetic variants at the TERT gene region") {
		t.Errorf("Abstract not joined as LABEL: text lines: %q", r.Abstract)
	}
	eq(t, "abstract lines", strings.Count(r.Abstract, "\n"), 3)
	eq(t, "DOI", r.DOI, "10.1136/gutjnl-2016-312510")
	eq(t, "PMCID", r.PMCID, "PMC5442267")
	eq(t, "Journal", r.Journal, "Gut")
	eq(t, "Year", r.Year, 2017)
	eq(t, "PubDate", r.PubDate, "2017 Jun") // <Month>06</Month> printed as PubMed does
	eq(t, "EntryDate", r.EntryDate, utcDay(2016, 11, 1))
	// One CommentIn; the 48 "Cites" are not links.
	eq(t, "Links", r.Links, []store.Link{{Type: "CommentIn", PMID: "27920200", Source: "Gut. 2017 Jun;66(6):1"}})
	eq(t, "MeSH count", len(r.MeSH), 21)
	checkClean(t, "Title", r.Title)
	for _, s := range r.Sections {
		checkClean(t, s.Label, s.Text)
	}
}

func TestParseReindentedWhitespaceCollapses(t *testing.T) {
	r := get(t, parseFixture(t, "efetch-pubmed-structured-abstract-reindented.xml"), "29768149")
	eq(t, "labels", labels(r.Sections), []string{"BACKGROUND", "METHODS", "RESULTS", "CONCLUSIONS"})
	// "&#946;\n\t\t\t\t\t\t<sub>2</sub>-agonist ... strategies.\n\t\t\t\t\t</AbstractText>"
	eq(t, "BACKGROUND", r.Sections[0].Text,
		"In patients with mild asthma, as-needed use of an inhaled glucocorticoid plus a fast-acting β 2-agonist may be an alternative to conventional treatment strategies.")
	for _, s := range r.Sections {
		checkClean(t, s.Label, s.Text)
	}
	checkClean(t, "Title", r.Title)
	eq(t, "PubDate", r.PubDate, "2018 May 17")
	eq(t, "DOI from ELocationID, lower-cased", r.DOI, "10.1056/nejmoa1715274")
	eq(t, "EntryDate", r.EntryDate.IsZero(), false)
	eq(t, "Links", len(r.Links), 2)
	if r.Authors[0] != "O'Byrne PM" {
		t.Errorf("first author = %q", r.Authors[0])
	}
	if !contains(r.PubTypes, "Randomized Controlled Trial") {
		t.Errorf("PubTypes = %v, want Randomized Controlled Trial among them", r.PubTypes)
	}
}

func TestParseNlmCategoryAndSub(t *testing.T) {
	r := get(t, parseFixture(t, "efetch-pubmed-structured-nlmcategory-sub.xml"), "28775130")
	eq(t, "label vs category", r.Sections[0].Label+"/"+r.Sections[0].Category, "OBJECTIVES/OBJECTIVE")
	if !strings.Contains(r.Abstract, "(ORQ3=4.15, 95% CI 1.56 to 11.01") {
		t.Errorf("<sub> not flattened in place: %q", r.Abstract)
	}
	eq(t, "MeSH (In-Data-Review has none)", len(r.MeSH), 0)
}

func TestParseUnassignedCategoriesAndCollectiveName(t *testing.T) {
	r := get(t, parseFixture(t, "efetch-pubmed-structured-abstract-i-2024.xml"), "38534005")
	eq(t, "section 3", r.Sections[2], store.Section{
		Label: "MEDICAL NEEDS AND TEST REQUISITION", Category: "UNASSIGNED",
		Text: "Strategies of urine testing are described to patients with complicated or uncomplicated urinary tract infection (UTI), and high or low-risk to kidney disease.",
	})
	if !strings.Contains(r.Sections[6].Text, "Aerococcus urinae, A. sanguinicola and Actinotignum schaalii are taken") {
		t.Errorf("BACTERIOLOGY = %q", r.Sections[6].Text)
	}
	if !strings.Contains(r.Sections[4].Text, "α1-microglobulin") {
		t.Errorf("numeric character reference lost: %q", r.Sections[4].Text)
	}
	eq(t, "last author", r.Authors[len(r.Authors)-1],
		"Task and Finish Group for Urinalysis (TFG-U), European Federation of Clinical Chemistry and Laboratory Medicine (EFLM)")
	eq(t, "first author", r.Authors[0], "Kouri TT")
	eq(t, "Keywords", r.Keywords[:2], []string{"bacteriological techniques", "kidney diseases"})
	eq(t, "EntryDate (entrez, not pubmed/medline)", r.EntryDate, utcDay(2024, 3, 27))
	eq(t, "PubDate", r.PubDate, "2024 Aug 27")
}

func TestParseSeasonDateAndNoAbstract(t *testing.T) {
	recs := parseFixture(t, "efetch-pubmed-season-date-no-abstract.xml")
	eq(t, "records", len(recs), 2)
	r := get(t, recs, "12091962")
	eq(t, "PubDate", r.PubDate, "1990 Spring")
	eq(t, "Year", r.Year, 1990)
	eq(t, "Abstract", r.Abstract, "")
	eq(t, "Sections", r.Sections, []store.Section(nil))
	eq(t, "PubTypes", r.PubTypes, []string{"Journal Article", "Review"})
	eq(t, "Authors", r.Authors, []string{"Olivero JM"})
	eq(t, "Keywords", r.Keywords, []string{"Health Care and Public Health", "Legal Approach"})
	eq(t, "DOI", r.DOI, "")
	r2 := get(t, recs, "9997")
	eq(t, "PubDate", r2.PubDate, "1976 Sep 28")
	eq(t, "DOI", r2.DOI, "10.1016/0005-2795(76)90109-4")
	eq(t, "EntryDate", r2.EntryDate, utcDay(1976, 9, 28))

	s := get(t, parseFixture(t, "efetch-pubmed-structured-season-date.xml"), "23657305")
	eq(t, "PubDate", s.PubDate, "2013 Jan-Mar")
	eq(t, "Year", s.Year, 2013)
	eq(t, "CONTEXT category", s.Sections[0].Category, "BACKGROUND")
}

func TestParseBookArticle(t *testing.T) {
	r := get(t, parseFixture(t, "efetch-pubmedbookarticle-genereviews-2025.xml"), "20301577")
	eq(t, "Title", r.Title, "CACNA1C-Related Disorders")
	eq(t, "Journal (book title)", r.Journal, "GeneReviews®")
	eq(t, "Year", r.Year, 1993)
	eq(t, "labels", labels(r.Sections), []string{"CLINICAL CHARACTERISTICS", "DIAGNOSIS/TESTING", "MANAGEMENT", "GENETIC COUNSELING"})
	eq(t, "Authors (chapter authors, not book editors)", r.Authors, []string{"Napolitano C", "Priori SG"})
	eq(t, "PubTypes", r.PubTypes, []string{"Review"})
	eq(t, "EntryDate", r.EntryDate, utcDay(2024, 12, 19))
	eq(t, "Language", r.Language, "eng")
	// The ReferenceList holds PMC and pubmed ids of cited works only.
	eq(t, "PMCID", r.PMCID, "")
	if strings.Contains(r.Abstract, "\u00a0") {
		t.Errorf("no-break space kept in abstract")
	}
	if !strings.Contains(r.Abstract, "developmental delay / intellectual disability") {
		t.Errorf("Abstract = %.300q", r.Abstract)
	}
}

func TestParseErratumLinksKeywordsMeSH(t *testing.T) {
	r := get(t, parseFixture(t, "efetch-pubmed-erratumin-mesh-keywords-coi.xml"), "35649368")
	eq(t, "Links", r.Links, []store.Link{{
		Type: "ErratumIn", PMID: "35767954",
		Source: "Cell Rep. 2022 Jun 28;39(13):111044. doi: 10.1016/j.celrep.2022.111044.",
	}})
	eq(t, "EntryDate", r.EntryDate, utcDay(2022, 6, 1))
	if !contains(r.Keywords, "STAT3 acetylation") || len(r.Keywords) != 9 {
		t.Errorf("Keywords = %v", r.Keywords)
	}
	if !contains(r.MeSH, "Triple Negative Breast Neoplasms") || contains(r.MeSH, "metabolism") {
		t.Errorf("MeSH = %v (want descriptors only)", r.MeSH)
	}
	if !strings.Contains(r.Abstract, "fatty acid β-oxidation (FAO)") {
		t.Errorf("Abstract = %.200q", r.Abstract)
	}

	e := get(t, parseFixture(t, "efetch-pubmed-published-erratum-erratumfor-no-abstract.xml"), "38962805")
	eq(t, "Title", e.Title, "Correction.")
	eq(t, "Abstract", e.Abstract, "")
	eq(t, "Links", e.Links, []store.Link{{
		Type: "ErratumFor", PMID: "38446048",
		Source: "AIDS Care. 2024 Jul;36(sup1):24-35. doi: 10.1080/09540121.2024.2308745.",
	}})
	if !contains(e.PubTypes, "Published Erratum") {
		t.Errorf("PubTypes = %v", e.PubTypes)
	}
}

func TestParseReferenceListNotTakenAsArticleIDs(t *testing.T) {
	recs := parseFixture(t, "efetch-pubmed-referencelist.xml")
	eq(t, "records", len(recs), 1) // 50 reference PMIDs are not articles
	r := get(t, recs, "29963580")
	eq(t, "DOI lower-cased", r.DOI, "10.1117/1.jmi.5.2.026002")
	eq(t, "PMCID", r.PMCID, "PMC6022861")
	eq(t, "Links", len(r.Links), 0)
	eq(t, "EntryDate", r.EntryDate, utcDay(2018, 7, 3))
	eq(t, "collective author", r.Authors[len(r.Authors)-1], "Canadian Respiratory Research Network")
}

func TestParseTitleQuoteCrossingItalic(t *testing.T) {
	r := get(t, parseFixture(t, "efetch-pubmed-inline-i-sub-sup.xml"), "30108519")
	eq(t, "Title", r.Title, `A "Blood Relationship" Between the Overlooked Minimum Lactate Equivalent and Maximal Lactate Steady State in Trained Runners. Back to the Old Days?`)
	eq(t, "PubDate", r.PubDate, "2018")
	eq(t, "Sections (unstructured)", len(r.Sections), 0)
	checkClean(t, "Abstract", r.Abstract)
}

func TestParsePseudoStructuredStaysUnstructured(t *testing.T) {
	r := get(t, parseFixture(t, "efetch-pubmed-pseudo-structured-b-i-labels-in-text.xml"), "33119379")
	eq(t, "Sections", len(r.Sections), 0)
	if !strings.HasPrefix(r.Abstract, "Purpose/Objective: To describe the psychometrics") {
		t.Errorf("Abstract = %.120q", r.Abstract)
	}
	eq(t, "Year", r.Year, 2021)
}

func TestParseTwoArticlesCharRefs(t *testing.T) {
	recs := parseFixture(t, "efetch-pubmed-two-articles.xml")
	eq(t, "records", len(recs), 2)
	r := get(t, recs, "11700088")
	eq(t, "Title", r.Title, "Proton MRI of (13)C distribution by J and chemical shift editing.")
	eq(t, "PubDate", r.PubDate, "2001 Nov")
	eq(t, "EntryDate", r.EntryDate, utcDay(2001, 11, 9))
}

// Synthetic: no real MedlineDate or RetractionIn sample exists (see
// testdata/PROVENANCE.md).
func TestParseSyntheticMedlineDateRetraction(t *testing.T) {
	recs := parseFixture(t, "synthetic-efetch-medlinedate-retractionin.xml")
	eq(t, "records (DeleteCitation skipped)", len(recs), 2)
	r := get(t, recs, "90000001")
	eq(t, "PubDate", r.PubDate, "1998 Dec-1999 Jan")
	eq(t, "Year from MedlineDate", r.Year, 1998)
	eq(t, "Title", r.Title, "A retracted trial of placebo versus H2O.")
	eq(t, "Abstract (paragraphs)", r.Abstract, "First paragraph.\nSecond paragraph, re-wrapped.")
	eq(t, "Sections", len(r.Sections), 0)
	eq(t, "Authors (ValidYN=N dropped; initials made from ForeName)", r.Authors, []string{"Example AB", "Nolnitials CD"})
	eq(t, "Language", r.Language, "eng")
	eq(t, "Links (Cites excluded)", r.Links, []store.Link{
		{Type: "RetractionIn", PMID: "90000002", Source: "J Synth Ex. 2024 Feb;37(2):100. doi: 10.0000/jse.2024.100."},
		{Type: "UpdateIn", Source: "J Synth Ex. 2001;14(1):5-6."},
	})
	eq(t, "DOI (URL prefix stripped, lower-cased)", r.DOI, "10.0000/jse.1998.abc")
	eq(t, "PMCID (prefix added)", r.PMCID, "PMC1234567")
	eq(t, "EntryDate (day only, UTC)", r.EntryDate, utcDay(1999, 1, 4))
	if !contains(r.PubTypes, "Retracted Publication") {
		t.Errorf("PubTypes = %v", r.PubTypes)
	}

	r2 := get(t, recs, "90000003")
	eq(t, "Year from ArticleDate", r2.Year, 2021)
	eq(t, "PubDate", r2.PubDate, "Winter")
	eq(t, "CollectiveName", r2.Authors, []string{"Synthetic Study Group"})
	eq(t, "ids of cited works ignored", r2.DOI+r2.PMCID, "")
}

func TestPubDatePrinted(t *testing.T) {
	for _, tc := range []struct {
		p    pubDate
		want string
		year int
	}{
		{pubDate{Year: "2024", Month: "Mar"}, "2024 Mar", 2024},
		{pubDate{Year: "2018", Month: "05", Day: "07"}, "2018 May 7", 2018},
		{pubDate{Year: "1990", Season: "Spring"}, "1990 Spring", 1990},
		{pubDate{MedlineDate: " 1998  Dec-1999 Jan"}, "1998 Dec-1999 Jan", 1998},
		{pubDate{MedlineDate: "Fall 2003-Winter 2004"}, "Fall 2003-Winter 2004", 2003},
		{pubDate{MedlineDate: "12345 abc"}, "12345 abc", 0},
		{pubDate{}, "", 0},
	} {
		if got := tc.p.printed(); got != tc.want {
			t.Errorf("%+v printed = %q, want %q", tc.p, got, tc.want)
		}
		if got := tc.p.year(); got != tc.year {
			t.Errorf("%+v year = %d, want %d", tc.p, got, tc.year)
		}
	}
}

func TestParseArticlesErrors(t *testing.T) {
	whole, err := os.ReadFile("testdata/efetch-pubmed-two-articles.xml")
	if err != nil {
		t.Fatal(err)
	}
	for name, tc := range map[string]struct{ doc, want string }{
		"efetch ERROR body": {`<?xml version="1.0" encoding="UTF-8" ?>
<!DOCTYPE eEfetchResult PUBLIC "-//NLM//DTD efetch 20131226//EN" "https://eutils.ncbi.nlm.nih.gov/eutils/dtd/20131226/efetch.dtd">
<eFetchResult>
	<ERROR>Cannot retrieve history data. query_key: 1, WebEnv: MCID_x, retstart: 0, retmax: 200</ERROR>
</eFetchResult>`, "Cannot retrieve history data"},
		"HTML page":           {"<!DOCTYPE html>\n<html lang=en><head><meta charset=utf-8><title>Error</title></head><body>Bad Gateway</body></html>", "HTML"},
		"JSON rate limit":     {`{"error":"API rate limit exceeded","count":"11"}`, "not XML"},
		"empty":               {"", "empty"},
		"wrong document":      {`<eSearchResult><Count>1</Count></eSearchResult>`, "<eSearchResult>"},
		"truncated":           {string(whole[:len(whole)/2]), "malformed"},
		"unclosed set":        {"<PubmedArticleSet>\n", "malformed"},
		"mismatched tags":     {"<PubmedArticleSet><PubmedArticle><MedlineCitation><PMID>1</PMID></Article></PubmedArticle></PubmedArticleSet>", "malformed"},
		"no PMID":             {"<PubmedArticleSet><PubmedArticle><MedlineCitation><Article><ArticleTitle>x</ArticleTitle></Article></MedlineCitation></PubmedArticle></PubmedArticleSet>", "no PMID"},
		"book without PMID":   {"<PubmedArticleSet><PubmedBookArticle><BookDocument/></PubmedBookArticle></PubmedArticleSet>", "no PMID"},
		"undefined entity":    {"<PubmedArticleSet><PubmedArticle><MedlineCitation><PMID>1</PMID><Article><ArticleTitle>a&nbsp;b</ArticleTitle></Article></MedlineCitation></PubmedArticle></PubmedArticleSet>", "malformed"},
		"text before element": {"Bad Gateway <html>", "not XML"},
	} {
		recs, err := ParseArticles(strings.NewReader(tc.doc))
		if err == nil {
			t.Errorf("%s: no error, got %d records", name, len(recs))
			continue
		}
		if !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: error %q does not mention %q", name, err, tc.want)
		}
		if recs != nil {
			t.Errorf("%s: records returned with the error", name)
		}
	}
}

func TestParseArticlesEmptySet(t *testing.T) {
	recs, err := ParseArticles(strings.NewReader(`<?xml version="1.0" ?>
<!DOCTYPE PubmedArticleSet PUBLIC "-//NLM//DTD PubMedArticle, 1st January 2025//EN" "https://dtd.nlm.nih.gov/ncbi/pubmed/out/pubmed_250101.dtd">
<PubmedArticleSet></PubmedArticleSet>`))
	if err != nil || len(recs) != 0 {
		t.Errorf("empty set: %d records, err %v", len(recs), err)
	}
}

// fixtureFiles are the real and synthetic efetch documents in testdata.
func fixtureFiles(tb testing.TB) []string {
	tb.Helper()
	files, err := filepath.Glob("testdata/*efetch-*.xml")
	if err != nil || len(files) < 10 {
		tb.Fatalf("efetch fixtures: %v (%d files)", err, len(files))
	}
	return files
}

func TestAllFixturesParseClean(t *testing.T) {
	total := 0
	for _, f := range fixtureFiles(t) {
		recs := parseFixture(t, filepath.Base(f))
		total += len(recs)
		for pmid, r := range recs {
			if r.Title == "" || r.EntryDate.IsZero() || r.Year == 0 || r.Source != "pubmed" {
				t.Errorf("%s %s: Title %q, EntryDate %v, Year %d, Source %q", f, pmid, r.Title, r.EntryDate, r.Year, r.Source)
			}
			checkClean(t, f+" title", r.Title)
			if r.DOI != strings.ToLower(r.DOI) {
				t.Errorf("%s %s: DOI %q not lower-case", f, pmid, r.DOI)
			}
		}
	}
	if total < 18 {
		t.Errorf("only %d records across the fixtures", total)
	}
}

func contains(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

func FuzzParseArticles(f *testing.F) {
	for _, file := range fixtureFiles(f) {
		b, err := os.ReadFile(file)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	small := readFixture(f, "testdata/synthetic-efetch-medlinedate-retractionin.xml")
	for _, m := range mutations { // fast_test.go
		f.Add([]byte(m.f(string(small))))
	}
	f.Add([]byte(`<eFetchResult><ERROR>x</ERROR></eFetchResult>`))
	f.Add([]byte(`<PubmedArticleSet><PubmedArticle><MedlineCitation><PMID>1</PMID><Article><ArticleTitle>a <i>b</i></ArticleTitle><Abstract><AbstractText Label="L">x<sub>2</sub></AbstractText></Abstract></Article></MedlineCitation></PubmedArticle></PubmedArticleSet>`))
	f.Fuzz(func(t *testing.T, doc []byte) {
		// The fast path (with its real sizes, and with tiny windows and
		// regions on one goroutine and on several) gives exactly what
		// encoding/xml alone gives: the same records, count and error.
		want := parseStd(doc)
		for _, cname := range []string{"default", "tiny", "tiny-parallel"} {
			got := parseFast(testConfigs[cname], bytes.NewReader(doc))
			if got.err != want.err || got.n != want.n || !reflect.DeepEqual(got.recs, want.recs) {
				t.Fatalf("[%s] %d records, n=%d, err %q\nwant %d records, n=%d, err %q%s", cname,
					len(got.recs), got.n, got.err, len(want.recs), want.n, want.err, firstDiff(got.recs, want.recs))
			}
		}
		recs, err := ParseArticles(bytes.NewReader(doc))
		if err != nil {
			if recs != nil {
				t.Fatal("records returned with an error")
			}
			return
		}
		for _, r := range recs {
			if r.PMID == "" || r.Source != SourceName {
				t.Fatalf("record without PMID or source: %+v", r)
			}
			if r.Title != crawler.NormalizeSpace(r.Title) {
				t.Fatalf("title not normalised: %q", r.Title)
			}
			for _, s := range r.Sections {
				if s.Text == "" || s.Text != crawler.NormalizeSpace(s.Text) {
					t.Fatalf("section text not normalised: %q", s.Text)
				}
			}
		}
	})
}

// benchDoc builds a PubmedArticleSet of about size bytes by repeating the
// articles of the fixtures, and returns it with its article count.
func benchDoc(b testing.TB, size int) ([]byte, int) {
	b.Helper()
	var articles [][]byte
	for _, file := range fixtureFiles(b) {
		data, err := os.ReadFile(file)
		if err != nil {
			b.Fatal(err)
		}
		d := xml.NewDecoder(bytes.NewReader(data))
		for {
			start := d.InputOffset()
			tok, err := d.Token()
			if err == io.EOF {
				break
			}
			if err != nil {
				b.Fatal(err)
			}
			if se, ok := tok.(xml.StartElement); ok && (se.Name.Local == "PubmedArticle" || se.Name.Local == "PubmedBookArticle") {
				if err := d.Skip(); err != nil {
					b.Fatal(err)
				}
				articles = append(articles, data[start:d.InputOffset()])
			}
		}
	}
	var buf bytes.Buffer
	buf.WriteString("<?xml version=\"1.0\" ?>\n<!DOCTYPE PubmedArticleSet PUBLIC \"-//NLM//DTD PubMedArticle, 1st January 2025//EN\" \"https://dtd.nlm.nih.gov/ncbi/pubmed/out/pubmed_250101.dtd\">\n<PubmedArticleSet>\n")
	n := 0
	for buf.Len() < size {
		buf.Write(articles[n%len(articles)])
		buf.WriteByte('\n')
		n++
	}
	buf.WriteString("</PubmedArticleSet>\n")
	return buf.Bytes(), n
}

func BenchmarkParseArticles(b *testing.B) {
	doc, n := benchDoc(b, 20<<20)
	b.SetBytes(int64(len(doc)))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		count, err := parseArticles(bytes.NewReader(doc), func(store.Record) error { return nil })
		if err != nil || count != n {
			b.Fatalf("parsed %d of %d articles: %v", count, n, err)
		}
	}
}

// BenchmarkParseArticlesStd is BenchmarkParseArticles with encoding/xml
// alone, the parser before the fast path.
func BenchmarkParseArticlesStd(b *testing.B) {
	doc, n := benchDoc(b, 20<<20)
	b.SetBytes(int64(len(doc)))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		count, err := parseArticlesStd(bytes.NewReader(doc), func(store.Record) error { return nil })
		if err != nil || count != n {
			b.Fatalf("parsed %d of %d articles: %v", count, n, err)
		}
	}
}
