package crossref

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/litwatch/litwatch/crawler"
	"github.com/litwatch/litwatch/crawler/crawlertest"
	"github.com/litwatch/litwatch/crawler/crossref/crossreftest"
	"github.com/litwatch/litwatch/store"
)

const testMailto = "test@example.org"

func newSource(t testing.TB, base string, mod func(*Config)) *Source {
	t.Helper()
	cfg := Config{BaseURL: base, Query: "emollient massage preterm", Mailto: testMailto, Rows: 100}
	if mod != nil {
		mod(&cfg)
	}
	s, err := New(cfg, crawlertest.Fetcher(t, nil, oneRetry), nil)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func date(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

// oneRetry gives the test Fetcher (crawlertest.Fetcher) one retry.
func oneRetry(c *crawler.FetcherConfig) { c.MaxRetries = 1 }

func TestParseWorksJATSWork(t *testing.T) {
	recs, next, total, err := ParseWorks(crawlertest.Testdata(t, "work-10.7554-elife.01567-jats-abstract.json"))
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) != 1 || next != "" || total != 1 {
		t.Fatalf("got %d records, next %q, total %d; want 1, \"\", 1", len(recs), next, total)
	}
	r := recs[0]
	want := store.Record{
		Source:    "crossref",
		DOI:       "10.7554/elife.01567",
		Title:     "Automated quantitative histology reveals vascular morphodynamics during Arabidopsis hypocotyl secondary growth",
		Journal:   "eLife",
		Year:      2014,
		PubDate:   "2014 Feb 11",
		Authors:   []string{"Sankar M", "Nieminen K", "Ragni L", "Xenarios I", "Hardtke CS"},
		Language:  "en",
		PubTypes:  []string{"journal-article"},
		EntryDate: time.Date(2026, 5, 12, 8, 9, 16, 0, time.UTC),
	}
	abs := r.Abstract
	r.Abstract = ""
	if !reflect.DeepEqual(r, want) {
		t.Errorf("record:\n got %+v\nwant %+v", r, want)
	}
	if !strings.HasPrefix(abs, "Among various advantages, their small size makes model organisms preferred subjects") ||
		!strings.HasSuffix(abs, "for example equidistant phloem pole formation.") {
		t.Errorf("abstract = %q", abs)
	}
	if strings.Contains(abs, "<") || strings.Contains(abs, "jats") || strings.Contains(abs, "\n") {
		t.Errorf("abstract keeps markup or breaks: %q", abs)
	}
	if len(abs) != 1138 {
		t.Errorf("abstract length %d, want 1138 (the whole paragraph)", len(abs))
	}
}

func TestParseWorksStructuredAbstractAndLinks(t *testing.T) {
	recs, _, _, err := ParseWorks(crawlertest.Testdata(t, "work-jats-sections-relations-constructed.json"))
	if err != nil {
		t.Fatal(err)
	}
	r := recs[0]
	wantSections := []store.Section{
		{Label: "Background", Category: "BACKGROUND", Text: "Massage with sunflower oil may reduce invasive infection in preterm infants & improve weight gain."},
		{Label: "Methods", Category: "METHODS", Text: "We randomised 120 infants (gestation <32 weeks) to daily massage or usual care. Serum IL-6 was measured; p < 0.05 was significant. Concentrations of CO2 and Na+ were recorded."},
		{Label: "Results", Category: "RESULTS", Text: "Infection fell from 21% to 12% (risk ratio 0.57, 95% CI 0.33–0.98) with n=120."},
		{Label: "Conclusions", Category: "CONCLUSIONS", Text: "Emollient massage lowered infection. Trial registration: NCT01234567."},
	}
	if !reflect.DeepEqual(r.Sections, wantSections) {
		t.Errorf("sections:\n got %#v\nwant %#v", r.Sections, wantSections)
	}
	lines := strings.Split(r.Abstract, "\n")
	if len(lines) != 4 || lines[0] != "Background: "+wantSections[0].Text || lines[3] != "Conclusions: "+wantSections[3].Text {
		t.Errorf("abstract lines = %q", lines)
	}
	checks := []struct{ name, got, want string }{
		{"title (markup and whitespace)", r.Title, "Emollient massage and invasive infection in preterm infants"},
		{"journal", r.Journal, "Journal of Test Neonatology"},
		{"pub date of [[2014]]", r.PubDate, "2014"},
		{"NCT from clinical-trial-number", r.NCT, "NCT01234567"},
	}
	for _, c := range checks {
		if c.got != c.want {
			t.Errorf("%s = %q, want %q", c.name, c.got, c.want)
		}
	}
	if r.Year != 2014 {
		t.Errorf("year = %d, want 2014", r.Year)
	}
	if want := []string{"Dupont JP", "McClurg FR", "Norese MF", "Neonatal Skin Trialists Group"}; !reflect.DeepEqual(r.Authors, want) {
		t.Errorf("authors = %q, want %q", r.Authors, want)
	}
	if want := []string{"Pediatrics, Perinatology and Child Health", "Dermatology"}; !reflect.DeepEqual(r.Keywords, want) {
		t.Errorf("keywords = %q, want %q", r.Keywords, want)
	}
	// updated-by lists the correction twice (publisher and Retraction
	// Watch): one link. is-supplemented-by is not tracked.
	wantLinks := []store.Link{
		{Type: "CorrectionIn", Source: "10.5555/litwatch.structured.2014.correction"},
		{Type: "HasPreprint", Source: "10.1101/2013.12.01.000001"},
	}
	if !reflect.DeepEqual(r.Links, wantLinks) {
		t.Errorf("links = %+v, want %+v", r.Links, wantLinks)
	}
}

func TestParseWorksNoticeAndPreprint(t *testing.T) {
	recs, next, total, err := ParseWorks(crawlertest.Testdata(t, "works-list-preprint-notice-constructed.json"))
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) != 3 || total != 3 || next != "DnF1ZXJ5VGhlbkZldGNo+/constructed==" {
		t.Fatalf("got %d records, total %d, next %q", len(recs), total, next)
	}
	notice, preprint := recs[1], recs[2]
	if want := []store.Link{{Type: "RetractionOf", Source: "10.5555/litwatch.structured.2014"}}; !reflect.DeepEqual(notice.Links, want) {
		t.Errorf("notice links = %+v, want %+v (publisher and Retraction Watch entries merged)", notice.Links, want)
	}
	if notice.PubDate != "2024 Nov" || notice.Year != 2024 {
		t.Errorf("notice date = %q / %d", notice.PubDate, notice.Year)
	}
	if want := []store.Link{{Type: "IsPreprintOf", Source: "10.5555/litwatch.structured.2014"}}; !reflect.DeepEqual(preprint.Links, want) {
		t.Errorf("preprint links = %+v, want %+v", preprint.Links, want)
	}
	if want := []string{"posted-content", "preprint"}; !reflect.DeepEqual(preprint.PubTypes, want) {
		t.Errorf("preprint pub types = %q, want %q", preprint.PubTypes, want)
	}
	if preprint.Journal != "medRxiv" {
		t.Errorf("preprint journal = %q, want the server (institution) medRxiv", preprint.Journal)
	}
	// A leading "Abstract" heading is not a section; paragraphs stay lines.
	if preprint.Abstract != "Plain preprint abstract.\nSecond paragraph." || preprint.Sections != nil {
		t.Errorf("preprint abstract = %q, sections %v", preprint.Abstract, preprint.Sections)
	}
}

func TestParseWorksList20(t *testing.T) {
	recs, next, total, err := ParseWorks(crawlertest.Testdata(t, "works-list-filter-rows20-work-list.json"))
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) != 20 || next != "" || total != 1205 {
		t.Fatalf("got %d records, next %q, total %d; want 20, \"\", 1205", len(recs), next, total)
	}
	byDOI := map[string]store.Record{}
	withAbstract := 0
	for _, r := range recs {
		if r.Source != "crossref" || r.DOI == "" || r.EntryDate.IsZero() {
			t.Errorf("incomplete record %+v", r)
		}
		if r.Abstract != "" {
			withAbstract++
		}
		byDOI[r.DOI] = r
	}
	if withAbstract != 3 {
		t.Errorf("%d records with an abstract, want 3", withAbstract)
	}
	cases := []struct {
		doi, pubDate, abstract string
		year                   int
	}{
		{"10.5555/alias", "2014", "", 2014},                                 // [[2014]]
		{"10.3969/j.issn.1004-4132.2010.01.020", "2010 Feb", "", 2010},      // [[2010,2]]
		{"10.5555/test_09232011_a", "2011 Sep 23", "", 2011},                // [[2011,9,23]]
		{"10.5555/cs167art2", "1995 Jan 1", "hola", 1995},                   // <jats:p>hola</jats:p>
		{"10.5555/1234111222", "2018", "sadfaa", 2018},                      //
		{"10.50505/test_200611161351", "2001 May 9", "", 2001},              //
		{"10.5555/s0005-1098(00)00106-0", "2000 Dec", "", 2000},             // parentheses in the DOI
		{"10.5555/6vs5en6", "2020 Sep 25", "The Initiative for Open", 2020}, // prefix checked below
	}
	for _, c := range cases {
		r, ok := byDOI[c.doi]
		if !ok {
			t.Errorf("no record for %s", c.doi)
			continue
		}
		if r.PubDate != c.pubDate || r.Year != c.year {
			t.Errorf("%s: date %q / %d, want %q / %d", c.doi, r.PubDate, r.Year, c.pubDate, c.year)
		}
		if !strings.HasPrefix(r.Abstract, c.abstract) || (c.abstract == "") != (r.Abstract == "") {
			t.Errorf("%s: abstract %q, want %q…", c.doi, r.Abstract, c.abstract)
		}
	}
	if got := byDOI["10.5555/alias"].Authors; !reflect.DeepEqual(got, []string{"p V"}) {
		t.Errorf("alias authors = %q", got)
	}
	if got := byDOI["10.5555/1233sara"]; got.Authors != nil || got.Title != "Sara Test 43024" {
		t.Errorf("1233sara: authors %q title %q", got.Authors, got.Title)
	}
	if got := byDOI["10.5555/jcen.21.4.572.882"].EntryDate; !got.Equal(time.Date(2025, 11, 1, 21, 26, 47, 0, time.UTC)) {
		t.Errorf("entry date = %v", got)
	}
}

func TestParseWorksCursorPage(t *testing.T) {
	recs, next, total, err := ParseWorks(crawlertest.Testdata(t, "works-query-cursor-star-next-cursor.json"))
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) != 20 || total != 454 {
		t.Fatalf("got %d records, total %d; want 20, 454", len(recs), total)
	}
	if len(next) != 1512 || !strings.HasPrefix(next, "DnF1ZXJ5VGhlbkZldGNoJAAAAAFNehBy") || !strings.HasSuffix(next, "MUdQeGFHUVJGLTgwZw==") {
		t.Errorf("next-cursor = %.40q… (len %d)", next, len(next))
	}
	byDOI := map[string]store.Record{}
	for _, r := range recs {
		byDOI[r.DOI] = r
	}
	// "issued":{"date-parts":[[null]]}: no year, no date.
	if r := byDOI["10.1007/springerreference_66110"]; r.Year != 0 || r.PubDate != "" || r.Title != "Web Widget" {
		t.Errorf("[[null]] date: year %d, date %q, title %q", r.Year, r.PubDate, r.Title)
	}
	post := byDOI["10.59350/7mtwq-q3661"]
	if want := "In addition to this Swing-based screenshot of JChemPaint , here's a SWT widget in action (lower right corner):"; post.Abstract != want {
		t.Errorf("posted-content abstract = %q, want %q", post.Abstract, want)
	}
	if !reflect.DeepEqual(post.PubTypes, []string{"posted-content", "other"}) || post.Journal != "Front Matter" || post.Year != 2008 {
		t.Errorf("posted-content: types %q journal %q year %d", post.PubTypes, post.Journal, post.Year)
	}
	if r := byDOI["10.32614/cran.package.diffviewer"]; !reflect.DeepEqual(r.PubTypes, []string{"dataset"}) ||
		!reflect.DeepEqual(r.Authors, []string{"Wickham H", "Kunst J", "Chang W"}) {
		t.Errorf("dataset: types %q authors %q", r.PubTypes, r.Authors)
	}
}

func TestParseWorksErrorBodies(t *testing.T) {
	t.Run("validation-failure with array message", func(t *testing.T) {
		_, _, _, err := ParseWorks(crawlertest.Testdata(t, "error-400-validation-failure.json"))
		var ae *APIError
		if !errors.As(err, &ae) {
			t.Fatalf("err = %v, want *APIError", err)
		}
		want := []Problem{{Type: "parameter-not-allowed", Value: "query.*", Message: "This route does not support field query parameters"}}
		if ae.MessageType != "validation-failure" || !reflect.DeepEqual(ae.Problems, want) {
			t.Errorf("got %+v", ae)
		}
		if !strings.Contains(err.Error(), "parameter-not-allowed query.*: This route does not support field query parameters") {
			t.Errorf("message = %q", err)
		}
	})
	t.Run("cursor-invalid", func(t *testing.T) {
		_, _, _, err := ParseWorks(crawlertest.Testdata(t, "error-404-cursor-invalid.json"))
		var ae *APIError
		if !errors.As(err, &ae) || ae.MessageType != "resource-failure" || len(ae.Problems) != 1 || ae.Problems[0].Type != "cursor-invalid" || ae.Problems[0].Value != "thing" {
			t.Fatalf("err = %v (%+v)", err, ae)
		}
	})
	bad := map[string]struct {
		body string
		want string
	}{
		"plain-text 404 body": {string(crawlertest.Testdata(t, "error-404-resource-not-found.txt")), `not JSON: "Resource not found."`},
		"HTML page":           {"<!DOCTYPE html><html><head><title>503</title></head><body>Service Unavailable</body></html>", "HTML page"},
		"empty":               {"  \n", "empty response"},
		"truncated":           {string(crawlertest.Testdata(t, "works-list-filter-rows20-work-list.json")[:20000]), "malformed JSON"},
		"not an envelope":     {`{"foo":1}`, "not a Crossref API message"},
		"other message type":  {`{"status":"ok","message-type":"work-agency","message":{"DOI":"10.1/x","agency":{"id":"crossref"}}}`, `unexpected message-type "work-agency"`},
		"no message":          {`{"status":"ok","message-type":"work-list"}`, "has no message"},
		"items not an array":  {`{"status":"ok","message-type":"work-list","message":{"items":{"DOI":"10.1/x"}}}`, "malformed work-list"},
		"work without DOI":    {`{"status":"ok","message-type":"work-list","message":{"items":[{"DOI":"10.1/a"},{"title":["x"]}]}}`, "item 2: work has no valid DOI"},
		"title not an array":  {`{"status":"ok","message-type":"work","message":{"DOI":"10.1/a","title":"x"}}`, "malformed work"},
		"exception object": {`{"status":"error","message-type":"exception","message":{"name":"class java.lang.Exception","description":"d","message":"Unable to parse 'cursorMark'"}}`,
			"class java.lang.Exception: Unable to parse 'cursorMark'"},
		"string message": {`{"status":"failed","message-type":"route-not-found","message":"Route not found"}`, "route-not-found): Route not found"},
	}
	for name, c := range bad {
		t.Run(name, func(t *testing.T) {
			recs, _, _, err := ParseWorks([]byte(c.body))
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Errorf("err = %v, want it to contain %q", err, c.want)
			}
			if recs != nil {
				t.Errorf("records returned with an error: %v", recs)
			}
		})
	}
}

func TestParseJATS(t *testing.T) {
	cases := []struct {
		name, in, want string
		labels         []string
	}{
		{"plain text", "  Just   text\n here ", "Just text here", nil},
		{"paragraphs", "<jats:p>One.</jats:p>\n<jats:p>Two  <jats:italic>in vivo</jats:italic>.</jats:p>", "One.\nTwo in vivo.", nil},
		{"literal less-than", "<jats:p>p < 0.05 and x<y and z>w; a<b</jats:p>", "p < 0.05 and x<y and z>w; a<b", nil},
		{"entities", "<jats:p>A &amp; B &lt;i&gt; &#x3b2;&nbsp;&#946; &eacute;</jats:p>", "A & B <i> β β é", nil},
		{"sub and sup glue", "<jats:p>CO<jats:sub>2</jats:sub> 10<jats:sup>-3</jats:sup></jats:p>", "CO2 10-3", nil},
		{"html tags", "<p>First <b>bold</b> <i>it</i></p><p>Second</p>", "First bold it\nSecond", nil},
		{"comment and CDATA", "<jats:p>a<!-- hidden -->b <![CDATA[x < y]]></jats:p>", "ab x < y", nil},
		{"unclosed", "<jats:p>open <jats:italic>never closed", "open never closed", nil},
		{"list items", "<jats:list><jats:list-item><jats:p>one</jats:p></jats:list-item><jats:list-item><jats:p>two</jats:p></jats:list-item></jats:list>", "one\ntwo", nil},
		{"abstract heading only", "<jats:title>Abstract</jats:title><jats:p>Body.</jats:p>", "Body.", nil},
		{"sections", "<jats:sec><jats:title>Objective</jats:title><jats:p>O.</jats:p></jats:sec><jats:sec><jats:title>Design:</jats:title><jats:p>D1.</jats:p><jats:p>D2.</jats:p></jats:sec>",
			"Objective: O.\nDesign: D1. D2.", []string{"Objective", "Design"}},
		{"text before first heading", "<jats:p>Intro.</jats:p><jats:sec><jats:title>Results</jats:title><jats:p>R.</jats:p></jats:sec>",
			"Intro.\nResults: R.", []string{"", "Results"}},
		{"heading with markup", "<jats:sec><jats:title><jats:bold>Main   outcome</jats:bold> measures</jats:title><jats:p>M.</jats:p></jats:sec>",
			"Main outcome measures: M.", []string{"Main outcome measures"}},
		{"empty section skipped", "<jats:sec><jats:title>Empty</jats:title></jats:sec><jats:sec><jats:title>Full</jats:title><jats:p>F.</jats:p></jats:sec>",
			"Full: F.", []string{"Full"}},
		{"mathml annotation dropped", `<jats:p><mml:math><mml:mi>x</mml:mi><mml:annotation encoding="TeX">\mathit{x}</mml:annotation></mml:math> > 1</jats:p>`, "x > 1", nil},
		{"attribute with >", `<jats:p>see <jats:ext-link xlink:href="a>b">link</jats:ext-link></jats:p>`, "see link", nil},
		{"empty", "", "", nil},
		{"markup only", "<jats:p> </jats:p>", "", nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, secs := parseJATS(c.in)
			if got != c.want {
				t.Errorf("text = %q, want %q", got, c.want)
			}
			var labels []string
			for _, s := range secs {
				labels = append(labels, s.Label)
			}
			if !reflect.DeepEqual(labels, c.labels) {
				t.Errorf("section labels = %q, want %q", labels, c.labels)
			}
		})
	}
}

func TestCategoryAndLinkNames(t *testing.T) {
	for label, want := range map[string]string{
		"Background": "BACKGROUND", "Aims": "OBJECTIVE", "Materials and methods": "METHODS",
		"Main outcome measures": "METHODS", "Findings": "RESULTS", "Conclusions and relevance": "CONCLUSIONS",
		"Interpretation": "CONCLUSIONS", "Funding": "", "": "", "Claims": "", "Patients and methods": "METHODS",
		"Discussion": "CONCLUSIONS", "Study selection": "METHODS", "Purpose": "OBJECTIVE", "Introduction": "BACKGROUND",
	} {
		if got := categoryFor(label); got != want {
			t.Errorf("categoryFor(%q) = %q, want %q", label, got, want)
		}
	}
	for in, want := range map[[2]string]string{
		{"retraction", "Of"}: "RetractionOf", {"retraction", "In"}: "RetractionIn",
		{"expression_of_concern", "Of"}: "ExpressionOfConcernFor", {"expression_of_concern", "In"}: "ExpressionOfConcernIn",
		{"erratum", "Of"}: "ErratumFor", {"partial_retraction", "In"}: "PartialRetractionIn",
		{"new_version", "Of"}: "NewVersionOf", {"Correction", "Of"}: "CorrectionOf", {"", "Of"}: "", {"__", "In"}: "",
	} {
		if got := updateLinkType(in[0], in[1]); got != want {
			t.Errorf("updateLinkType(%q, %q) = %q, want %q", in[0], in[1], got, want)
		}
	}
}

func TestNew(t *testing.T) {
	f := crawlertest.Fetcher(t, nil, oneRetry)
	bad := map[string]Config{
		"no mailto":         {Query: "q"},
		"mailto not e-mail": {Query: "q", Mailto: "nobody"},
		"mailto with space": {Query: "q", Mailto: "a b@example.org"},
		"relative base":     {Mailto: testMailto, BaseURL: "api.crossref.org"},
		"base with query":   {Mailto: testMailto, BaseURL: "https://api.crossref.org/?x=1"},
		"rows too large":    {Mailto: testMailto, Rows: 1001},
		"negative rows":     {Mailto: testMailto, Rows: -1},
	}
	for name, cfg := range bad {
		if _, err := New(cfg, f, nil); err == nil {
			t.Errorf("%s: New accepted %+v", name, cfg)
		}
	}
	if _, err := New(Config{Mailto: testMailto}, nil, nil); err == nil {
		t.Error("New accepted a nil Fetcher")
	}
	s, err := New(Config{Mailto: " " + testMailto + " ", BaseURL: "http://localhost:1/api"}, f, nil)
	if err != nil {
		t.Fatal(err)
	}
	if s.Name() != "crossref" || s.cfg.Rows != DefaultRows || s.base.String() != "http://localhost:1/api/" || s.cfg.Mailto != testMailto {
		t.Errorf("defaults: name %q rows %d base %q mailto %q", s.Name(), s.cfg.Rows, s.base, s.cfg.Mailto)
	}
	if d, _ := New(Config{Mailto: testMailto}, f, nil); d.base.String() != DefaultBaseURL {
		t.Errorf("default base = %q", d.base)
	}
	// Lookups need no query, but Fetch does.
	err = s.Fetch(context.Background(), crawler.Window{From: date(2024, 1, 1), To: date(2024, 1, 2)}, func(context.Context, []store.Record) error { return nil })
	if err == nil || !strings.Contains(err.Error(), "Query is empty") {
		t.Errorf("Fetch without a query: %v", err)
	}
}

// works makes n works indexed on day, titled with the query's words.
func works(prefix string, n int, day time.Time) []crossreftest.Work {
	ws := make([]crossreftest.Work, n)
	for i := range ws {
		ws[i] = crossreftest.Work{
			DOI:      fmt.Sprintf("10.5555/%s.%03d", prefix, i),
			Title:    fmt.Sprintf("Emollient massage trial %s %d", prefix, i),
			Abstract: "Preterm infants were massaged.",
			Indexed:  day.Add(time.Duration(i) * time.Minute),
			Journal:  "J Test",
			Authors:  []crossreftest.Author{{Given: "Ann", Family: "Lee"}},
		}
	}
	return ws
}

func TestFetchPagesThroughRepeatedCursor(t *testing.T) {
	srv := crossreftest.NewServer(t)
	srv.Add(works("in", 250, date(2024, 3, 2))...)
	srv.Add(works("before", 5, date(2024, 2, 29))...)
	srv.Add(works("after", 5, date(2024, 3, 6))...)
	srv.Add(crossreftest.Work{DOI: "10.5555/other", Title: "Unrelated topic", Indexed: date(2024, 3, 2)})
	s := newSource(t, srv.URL, nil)

	var batches [][]store.Record
	emit := crawlertest.Collect(&batches)
	if err := s.Fetch(context.Background(), crawler.Window{From: date(2024, 3, 1), To: date(2024, 3, 5)}, emit); err != nil {
		t.Fatal(err)
	}
	recs := crawlertest.Flatten(batches)
	if len(batches) != 3 || len(recs) != 250 {
		t.Fatalf("got %d batches, %d records; want 3 batches (100, 100, 50), 250 records", len(batches), len(recs))
	}
	seen := map[string]bool{}
	for _, r := range recs {
		if !strings.HasPrefix(r.DOI, "10.5555/in.") || seen[r.DOI] {
			t.Errorf("unexpected or repeated record %s", r.DOI)
		}
		seen[r.DOI] = true
		if r.Abstract != "Preterm infants were massaged." || r.Journal != "J Test" || r.Authors[0] != "Lee A" {
			t.Errorf("record %s not mapped: %+v", r.DOI, r)
		}
	}
	reqs := srv.Requests()
	if len(reqs) != 3 {
		t.Fatalf("%d requests, want 3 (the third page is short)", len(reqs))
	}
	for i, u := range reqs {
		q := u.Query()
		if u.Path != "/works" || q.Get("mailto") != testMailto || q.Get("rows") != "100" ||
			q.Get("query.bibliographic") != "emollient massage preterm" ||
			q.Get("filter") != "from-index-date:2024-03-01,until-index-date:2024-03-05" {
			t.Errorf("request %d: %s", i, u)
		}
		wantCursor := "*"
		if i > 0 {
			wantCursor = "DnF1ZXJ5VGhlbkZldGNo+/crossreftest_1-scroll==" // the same on every page, and intact
		}
		if q.Get("cursor") != wantCursor {
			t.Errorf("request %d cursor = %q, want %q", i, q.Get("cursor"), wantCursor)
		}
	}
}

func TestFetchExactMultipleOfRows(t *testing.T) {
	srv := crossreftest.NewServer(t)
	srv.Add(works("in", 20, date(2024, 3, 2))...)
	s := newSource(t, srv.URL, func(c *Config) { c.Rows = 10 })
	var batches [][]store.Record
	emit := crawlertest.Collect(&batches)
	if err := s.Fetch(context.Background(), crawler.Window{From: date(2024, 3, 2), To: date(2024, 3, 2)}, emit); err != nil {
		t.Fatal(err)
	}
	if n := len(crawlertest.Flatten(batches)); n != 20 || len(srv.Requests()) != 3 {
		t.Errorf("%d records in %d requests; want 20 in 3 (10, 10, empty)", n, len(srv.Requests()))
	}
}

func TestFetchEmptyWindow(t *testing.T) {
	srv := crossreftest.NewServer(t)
	srv.Add(works("old", 3, date(2020, 1, 1))...)
	s := newSource(t, srv.URL, nil)
	called := false
	err := s.Fetch(context.Background(), crawler.Window{From: date(2024, 3, 1), To: date(2024, 3, 5)},
		func(context.Context, []store.Record) error { called = true; return nil })
	if err != nil || called || len(srv.Requests()) != 1 {
		t.Errorf("err %v, emit called %v, %d requests; want nil, false, 1", err, called, len(srv.Requests()))
	}
}

func TestFetchWindowChecks(t *testing.T) {
	crawlertest.RefusesBadFetch(t, newSource(t, "http://127.0.0.1:1/", nil))
}

// page builds a work-list body with the given DOIs.
func page(cursor string, total int, dois ...string) []byte {
	items := make([]map[string]any, len(dois))
	for i, d := range dois {
		items[i] = map[string]any{"DOI": d, "title": []string{"T " + d}, "indexed": map[string]any{"date-time": "2024-03-02T00:00:00Z"}}
	}
	msg := map[string]any{"total-results": total, "items": items, "items-per-page": len(dois)}
	if cursor != "" {
		msg["next-cursor"] = cursor
	}
	b, _ := json.Marshal(map[string]any{"status": "ok", "message-type": "work-list", "message": msg})
	return b
}

func TestFetchFailures(t *testing.T) {
	w := crawler.Window{From: date(2024, 3, 1), To: date(2024, 3, 2)}
	cases := []struct {
		name    string
		handler func(n int, w http.ResponseWriter)
		want    string
		status  int // APIError.HTTPStatus wanted, 0 for none
		reqs    int
	}{
		{"validation failure", func(_ int, w http.ResponseWriter) {
			w.Header().Set("Content-Type", "application/json")
			w.WriteHeader(400)
			_, _ = w.Write(crawlertest.Testdata(t, "error-400-validation-failure.json"))
		}, "HTTP 400, validation-failure): parameter-not-allowed query.*", 400, 1},
		{"cursor invalid on page 2", func(n int, w http.ResponseWriter) {
			if n == 1 {
				_, _ = w.Write(page("c1", 4, "10.1/a", "10.1/b"))
				return
			}
			w.WriteHeader(404)
			_, _ = w.Write(crawlertest.Testdata(t, "error-404-cursor-invalid.json"))
		}, "page 2: Crossref API error (HTTP 404, resource-failure): cursor-invalid thing", 404, 2},
		{"plain-text 404 (wrong route)", func(_ int, w http.ResponseWriter) {
			w.Header().Set("Content-Type", "text/plain")
			w.WriteHeader(404)
			_, _ = w.Write(crawlertest.Testdata(t, "error-404-resource-not-found.txt"))
		}, `page 1: Crossref API error (HTTP 404): "Resource not found."`, 404, 1},
		{"HTML with 200", func(_ int, w http.ResponseWriter) {
			w.Header().Set("Content-Type", "text/html")
			_, _ = w.Write([]byte("<html><body><h1>Maintenance</h1></body></html>"))
		}, "page 1: got an HTML page instead of Crossref JSON", 0, 1},
		{"truncated JSON", func(_ int, w http.ResponseWriter) {
			_, _ = w.Write(page("c", 2, "10.1/a", "10.1/b")[:60])
		}, "malformed JSON response", 0, 1},
		{"server error after retries", func(_ int, w http.ResponseWriter) {
			w.WriteHeader(503)
		}, "HTTP 503", 0, 2},
		{"stalled scroll", func(_ int, w http.ResponseWriter) {
			_, _ = w.Write(page("same", 100, "10.1/a", "10.1/b"))
		}, "page 2: all 2 records were delivered on earlier pages", 0, 2},
		{"full page without cursor", func(_ int, w http.ResponseWriter) {
			_, _ = w.Write(page("", 10, "10.1/a", "10.1/b"))
		}, "2 distinct records delivered in 1 pages, fewer than the 10 announced", 0, 1},
		{"endless scroll", func(n int, w http.ResponseWriter) {
			_, _ = w.Write(page("c", 2, fmt.Sprintf("10.1/%da", n), fmt.Sprintf("10.1/%db", n)))
		}, "still paging after the 3 pages that the announced 2 records need", 0, 4},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			srv := crawlertest.Script(t, func(n int, w http.ResponseWriter, _ *http.Request) { c.handler(n, w) })
			s := newSource(t, srv.URL, func(c *Config) { c.Rows = 2 })
			err := s.Fetch(context.Background(), w, func(context.Context, []store.Record) error { return nil })
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Fatalf("err = %v, want it to contain %q", err, c.want)
			}
			if !strings.HasPrefix(err.Error(), "crossref works") {
				t.Errorf("err %q lacks the crossref works prefix", err)
			}
			var ae *APIError
			if errors.As(err, &ae) != (c.status != 0) || (ae != nil && ae.HTTPStatus != c.status) {
				t.Errorf("APIError = %+v, want status %d", ae, c.status)
			}
			if c.status != 0 {
				var he *crawler.HTTPError
				if !errors.As(err, &he) || he.Status != c.status {
					t.Errorf("the *crawler.HTTPError is not wrapped: %v", err)
				}
			}
			if n := srv.Count(); n != c.reqs {
				t.Errorf("%d requests, want %d", n, c.reqs)
			}
		})
	}
}

func TestFetchEmitErrorAndCancel(t *testing.T) {
	srv := crossreftest.NewServer(t)
	srv.Add(works("in", 30, date(2024, 3, 2))...)
	s := newSource(t, srv.URL, func(c *Config) { c.Rows = 10 })
	w := crawler.Window{From: date(2024, 3, 1), To: date(2024, 3, 3)}

	boom := errors.New("disk full")
	err := s.Fetch(context.Background(), w, func(context.Context, []store.Record) error { return boom })
	if !errors.Is(err, boom) || len(srv.Requests()) != 1 {
		t.Errorf("err %v after %d requests; want the emit error after 1", err, len(srv.Requests()))
	}

	ctx, cancel := context.WithCancel(context.Background())
	err = s.Fetch(ctx, w, func(context.Context, []store.Record) error { cancel(); return nil })
	if !errors.Is(err, context.Canceled) {
		t.Errorf("err = %v, want context.Canceled", err)
	}
}

func TestFetchServerFailing(t *testing.T) {
	srv := crossreftest.NewServer(t)
	srv.SetFailing(http.StatusBadGateway)
	s := newSource(t, srv.URL, nil)
	err := s.Fetch(context.Background(), crawler.Window{From: date(2024, 3, 1), To: date(2024, 3, 1)},
		func(context.Context, []store.Record) error { return nil })
	var he *crawler.HTTPError
	if !errors.As(err, &he) || he.Status != http.StatusBadGateway {
		t.Fatalf("err = %v, want HTTP 502", err)
	}
	srv.SetFailing(0)
	if err := s.Fetch(context.Background(), crawler.Window{From: date(2024, 3, 1), To: date(2024, 3, 1)},
		func(context.Context, []store.Record) error { return nil }); err != nil {
		t.Errorf("after recovery: %v", err)
	}
}

func TestWork(t *testing.T) {
	srv := crossreftest.NewServer(t)
	var env struct {
		Message json.RawMessage `json:"message"`
	}
	if err := json.Unmarshal(crawlertest.Testdata(t, "work-10.7554-elife.01567-jats-abstract.json"), &env); err != nil {
		t.Fatal(err)
	}
	srv.AddJSON(env.Message)
	odd := "10.1002/(sici)1097-0258(19980715)17:13<1495::aid-sim863>3.0.co;2-i"
	srv.Add(crossreftest.Work{DOI: odd, Title: "Odd DOI", Published: date(1998, 7, 15), PublishedYearOnly: true})
	s := newSource(t, srv.URL, func(c *Config) { c.Query = "" })
	ctx := context.Background()

	rec, ok, err := s.Work(ctx, "https://doi.org/10.7554/eLife.01567")
	if err != nil || !ok {
		t.Fatalf("Work: ok %v err %v", ok, err)
	}
	if rec.DOI != "10.7554/elife.01567" || rec.Title == "" || rec.Year != 2014 || rec.Abstract == "" {
		t.Errorf("record = %+v", rec)
	}
	rec, ok, err = s.Work(ctx, odd)
	if err != nil || !ok || rec.DOI != odd || rec.PubDate != "1998" {
		t.Errorf("DOI with <, ;, ( and : : ok %v err %v record %+v", ok, err, rec)
	}
	rec, ok, err = s.Work(ctx, "10.1371/notarealdoi")
	if err != nil || ok || !reflect.DeepEqual(rec, store.Record{}) {
		t.Errorf("unknown DOI: ok %v err %v record %+v; want false, nil", ok, err, rec)
	}
	if _, _, err := s.Work(ctx, "not a doi"); err == nil {
		t.Error("Work accepted a non-DOI")
	}
	reqs := srv.Requests()
	if len(reqs) != 3 {
		t.Fatalf("%d requests, want 3", len(reqs))
	}
	if reqs[0].Path != "/works/10.7554/elife.01567" || reqs[1].Path != "/works/"+odd || reqs[2].Path != "/works/10.1371/notarealdoi" {
		t.Errorf("paths: %q %q %q", reqs[0].Path, reqs[1].Path, reqs[2].Path)
	}
	for _, u := range reqs {
		if u.Query().Get("mailto") != testMailto {
			t.Errorf("no mailto on %s", u)
		}
	}

	srv.SetFailing(http.StatusInternalServerError)
	if _, ok, err := s.Work(ctx, "10.7554/elife.01567"); err == nil || ok {
		t.Errorf("failing server: ok %v err %v", ok, err)
	}
}

func TestWork404Bodies(t *testing.T) {
	for name, c := range map[string]struct {
		body    string
		wantErr bool
	}{
		"text/plain":          {string(crawlertest.Testdata(t, "error-404-resource-not-found.txt")), false},
		"JSON not found":      {`{"status":"failed","message-type":"resource-failure","message":[{"type":"not-found"}]}`, false},
		"HTML page (bad URL)": {"<!DOCTYPE html><html><body>nginx: not found</body></html>", true},
	} {
		t.Run(name, func(t *testing.T) {
			srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
				w.WriteHeader(404)
				_, _ = w.Write([]byte(c.body))
			}))
			defer srv.Close()
			_, ok, err := newSource(t, srv.URL, nil).Work(context.Background(), "10.1/x")
			if ok || (err != nil) != c.wantErr {
				t.Errorf("ok %v err %v, want error %v", ok, err, c.wantErr)
			}
		})
	}
}

func TestUpdatesFindsRetraction(t *testing.T) {
	srv := crossreftest.NewServer(t)
	var original, notice struct {
		Message json.RawMessage `json:"message"`
	}
	if err := json.Unmarshal(crawlertest.Testdata(t, "work-jats-sections-relations-constructed.json"), &original); err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(crawlertest.Testdata(t, "work-notice-retraction-update-to-constructed.json"), &notice); err != nil {
		t.Fatal(err)
	}
	srv.AddJSON(original.Message, notice.Message)
	// An expression of concern added through the fake server.
	srv.Add(crossreftest.Work{DOI: "10.5555/eoc", Title: "Expression of concern", Indexed: date(2023, 6, 1)})
	srv.AddUpdate("10.5555/EOC", "10.5555/litwatch.structured.2014", "expression_of_concern", "publisher")
	// A notice for another paper.
	srv.AddUpdate("10.5555/other-notice", "10.5555/another", "retraction", "publisher")
	s := newSource(t, srv.URL, func(c *Config) { c.Query = "" })

	ups, err := s.Updates(context.Background(), "doi:10.5555/LitWatch.Structured.2014")
	if err != nil {
		t.Fatal(err)
	}
	type row struct{ notice, typ, source, label, date, recTitle string }
	var got []row
	for _, u := range ups {
		got = append(got, row{u.NoticeDOI, u.Type, u.Source, u.Label, u.Date.Format(time.DateOnly), u.Record.Title})
		if u.Record.DOI != u.NoticeDOI || u.Record.Source != "crossref" {
			t.Errorf("update %s: record %+v", u.NoticeDOI, u.Record)
		}
	}
	retractionTitle := "Retraction notice to “Emollient massage and invasive infection in preterm infants”"
	want := []row{
		// From the original's updated-by only: the notice is not a work here.
		{"10.5555/litwatch.structured.2014.correction", "correction", "publisher", "Correction", "2016-01-05", ""},
		{"10.5555/litwatch.structured.2014.correction", "correction", "retraction-watch", "Correction", "2016-01-05", ""},
		{"10.5555/eoc", "expression_of_concern", "publisher", "Expression of concern", "2023-06-01", "Expression of concern"},
		{"10.5555/litwatch.notice.retraction", "retraction", "publisher", "Retraction", "2024-11-18", retractionTitle},
		{"10.5555/litwatch.notice.retraction", "retraction", "retraction-watch", "Retraction", "2024-11-18", retractionTitle},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("updates:\n got %q\nwant %q", got, want)
	}
	reqs := srv.Requests()
	if len(reqs) != 2 || reqs[0].Query().Get("filter") != "updates:10.5555/litwatch.structured.2014" ||
		reqs[0].Query().Get("cursor") != "*" || reqs[1].Path != "/works/10.5555/litwatch.structured.2014" {
		t.Errorf("requests: %v", reqs)
	}

	ups, err = s.Updates(context.Background(), "10.5555/unknown")
	if err != nil || len(ups) != 0 {
		t.Errorf("unknown DOI: %v, %v; want no updates and no error", ups, err)
	}
	if _, err := s.Updates(context.Background(), "nonsense"); err == nil {
		t.Error("Updates accepted a non-DOI")
	}
}

func TestUpdatesFailure(t *testing.T) {
	srv := crossreftest.NewServer(t)
	srv.SetFailing(http.StatusServiceUnavailable)
	s := newSource(t, srv.URL, nil)
	_, err := s.Updates(context.Background(), "10.5555/x")
	if err == nil || !strings.Contains(err.Error(), "crossref updates 10.5555/x page 1") {
		t.Errorf("err = %v", err)
	}
}

func TestFetchLogsProgress(t *testing.T) {
	srv := crossreftest.NewServer(t)
	srv.Add(works("in", 3, date(2024, 3, 2))...)
	var buf crawlertest.LogBuffer
	s, err := New(Config{BaseURL: srv.URL, Query: "emollient", Mailto: testMailto},
		crawlertest.Fetcher(t, nil, oneRetry), buf.Logger())
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Fetch(context.Background(), crawler.Window{From: date(2024, 3, 2), To: date(2024, 3, 2)},
		func(context.Context, []store.Record) error { return nil }); err != nil {
		t.Fatal(err)
	}
	// The caller names the logger (see package crawler): the source does
	// not add its name again.
	if out := buf.String(); !strings.Contains(out, "crossref fetch done") || !strings.Contains(out, "records=3") || strings.Contains(out, "source=") {
		t.Errorf("log = %s", out)
	}
}

func TestFetchRealItemsThroughFakeServer(t *testing.T) {
	var env struct {
		Message struct {
			Items []json.RawMessage `json:"items"`
		} `json:"message"`
	}
	if err := json.Unmarshal(crawlertest.Testdata(t, "works-list-filter-rows20-work-list.json"), &env); err != nil {
		t.Fatal(err)
	}
	srv := crossreftest.NewServer(t)
	srv.AddJSON(env.Message.Items...)
	s := newSource(t, srv.URL, func(c *Config) { c.Query = "article"; c.Rows = 1 })
	var batches [][]store.Record
	emit := crawlertest.Collect(&batches)
	// Three items were indexed on 2025-04-18/19; two have "Article" in the title.
	if err := s.Fetch(context.Background(), crawler.Window{From: date(2025, 4, 18), To: date(2025, 4, 19)}, emit); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, r := range crawlertest.Flatten(batches) {
		got = append(got, r.DOI+" "+r.PubDate)
	}
	if want := []string{"10.50505/test_200611161351 2001 May 9", "10.50505/200509221618 1999"}; !reflect.DeepEqual(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
	if n := len(srv.Requests()); n != 3 {
		t.Errorf("%d requests, want 3 (1, 1, empty)", n)
	}
}
