package pubmedtest_test

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/litwatch/litwatch/crawler/crawlertest"
	"github.com/litwatch/litwatch/crawler/pubmed"
	"github.com/litwatch/litwatch/crawler/pubmed/pubmedtest"
	"github.com/litwatch/litwatch/store"
)

func get(t *testing.T, u string) string {
	t.Helper()
	status, _, b := crawlertest.Get(t, u)
	if status != http.StatusOK {
		t.Fatalf("GET %s: %d %s", u, status, http.StatusText(status))
	}
	return string(b)
}

// shape is a document's first two lines (declaration, DOCTYPE) and the
// names of its root's children, in order, runs collapsed.
type shape struct {
	Prolog   string
	Root     string
	Children []string
}

func shapeOf(t *testing.T, doc string) shape {
	t.Helper()
	lines := strings.SplitN(doc, "\n", 3)
	s := shape{Prolog: lines[0] + "\n" + lines[1]}
	d := xml.NewDecoder(strings.NewReader(doc))
	depth := 0
	for {
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("not well-formed: %v\n%s", err, doc)
		}
		switch e := tok.(type) {
		case xml.StartElement:
			depth++
			if depth == 1 {
				s.Root = e.Name.Local
			}
			if depth == 2 && (len(s.Children) == 0 || s.Children[len(s.Children)-1] != e.Name.Local) {
				s.Children = append(s.Children, e.Name.Local)
			}
		case xml.EndElement:
			depth--
		}
	}
	return s
}

func fixture(t *testing.T, name string) string {
	t.Helper()
	b, err := os.ReadFile("../testdata/" + name)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func esearchURL(s *pubmedtest.Server, q string) string { return s.URL + "esearch.fcgi?" + q }
func efetchURL(s *pubmedtest.Server, q string) string  { return s.URL + "efetch.fcgi?" + q }

func entrez(d int) time.Time { return time.Date(2024, 1, d, 12, 30, 0, 0, time.UTC) }

func TestArticleXMLRoundTrip(t *testing.T) {
	a := pubmedtest.Article{
		PMID:     "41000001",
		Entrez:   time.Date(2024, 3, 5, 23, 59, 0, 0, time.UTC),
		Title:    `Effects of <b> & "quotes" on α-receptors`,
		Abstract: "Values < 5 & > 2 were\nseen.",
		Year:     2023,
		Journal:  "Journal of Tests & Fakes",
		DOI:      "10.1000/ABC.<1>",
		PubTypes: []string{"Randomized Controlled Trial", "Journal Article"},
		MeSH:     []string{"Humans", "Asthma"},
		Links:    []store.Link{{Type: "RetractionIn", PMID: "41000002", Source: "J Test. 2025;1:1."}, {Type: "CommentIn", Source: "Lancet <2024>"}},
		Authors:  []string{"van der Berg AB", "Smith J", "Consortium"},
	}
	doc := "<PubmedArticleSet>" + pubmedtest.ArticleXML(a) + "</PubmedArticleSet>"
	recs, err := pubmed.ParseArticles(strings.NewReader(doc))
	if err != nil {
		t.Fatalf("ParseArticles: %v\n%s", err, doc)
	}
	if len(recs) != 1 {
		t.Fatalf("%d records", len(recs))
	}
	want := store.Record{
		Source:    "pubmed",
		PMID:      "41000001",
		DOI:       "10.1000/abc.<1>",
		Title:     `Effects of <b> & "quotes" on α-receptors`,
		Abstract:  "Values < 5 & > 2 were seen.",
		Journal:   "Journal of Tests & Fakes",
		Year:      2023,
		PubDate:   "2023",
		Authors:   []string{"van der Berg AB", "Smith J", "Consortium"},
		Language:  "eng",
		PubTypes:  []string{"Randomized Controlled Trial", "Journal Article"},
		MeSH:      []string{"Humans", "Asthma"},
		Links:     a.Links,
		EntryDate: time.Date(2024, 3, 5, 0, 0, 0, 0, time.UTC),
	}
	if !reflect.DeepEqual(recs[0], want) {
		t.Errorf("round trip:\n got %+v\nwant %+v", recs[0], want)
	}
}

func TestArticleXMLShape(t *testing.T) {
	x := pubmedtest.ArticleXML(pubmedtest.Article{PMID: "1", Entrez: entrez(2), Title: "T", Journal: "J"})
	var a struct {
		XMLName         xml.Name `xml:"PubmedArticle"`
		MedlineCitation struct {
			Status  string `xml:"Status,attr"`
			Owner   string `xml:"Owner,attr"`
			PMID    string `xml:"PMID"`
			Article struct {
				PubModel string `xml:"PubModel,attr"`
				Year     string `xml:"Journal>JournalIssue>PubDate>Year"`
				Language string `xml:"Language"`
				PubType  string `xml:"PublicationTypeList>PublicationType"`
			} `xml:"Article"`
		} `xml:"MedlineCitation"`
		History []struct {
			Status string `xml:"PubStatus,attr"`
			Day    string `xml:"Day"`
			Hour   string `xml:"Hour"`
		} `xml:"PubmedData>History>PubMedPubDate"`
		IDs []string `xml:"PubmedData>ArticleIdList>ArticleId"`
	}
	if err := xml.Unmarshal([]byte(x), &a); err != nil {
		t.Fatal(err)
	}
	mc := a.MedlineCitation
	if mc.Status == "" || mc.Owner != "NLM" || mc.PMID != "1" || mc.Article.PubModel == "" ||
		mc.Article.Year != "2024" || mc.Article.Language != "eng" || mc.Article.PubType != "Journal Article" {
		t.Errorf("MedlineCitation shape: %+v", mc)
	}
	if len(a.History) == 0 || a.History[0].Status != "entrez" || a.History[0].Day != "2" || a.History[0].Hour != "12" {
		t.Errorf("History = %+v", a.History)
	}
	if !reflect.DeepEqual(a.IDs, []string{"1"}) {
		t.Errorf("ArticleIdList = %v", a.IDs)
	}
	if strings.Contains(x, "<AuthorList") || strings.Contains(x, "<Abstract>") {
		t.Errorf("empty AuthorList/Abstract written: %s", x)
	}
}

func TestESearchShapeMatchesRealFixtures(t *testing.T) {
	s := pubmedtest.NewServer(t)
	s.Add(pubmedtest.Article{PMID: "10", Entrez: entrez(1), Title: "a"})

	got := shapeOf(t, get(t, esearchURL(s, "db=pubmed&term=x&usehistory=y&retmax=5")))
	want := shapeOf(t, fixture(t, "esearch-pubmed-usehistory-webenv.xml"))
	if !reflect.DeepEqual(got, want) {
		t.Errorf("esearch shape:\n got %+v\nwant %+v", got, want)
	}

	got = shapeOf(t, get(t, esearchURL(s, "db=pubmed&term=x&datetype=edat&mindate=2030/01/01&maxdate=2030/01/02")))
	want = shapeOf(t, fixture(t, "esearch-no-results-phrasenotfound.xml"))
	if !reflect.DeepEqual(got, want) {
		t.Errorf("no-results shape:\n got %+v\nwant %+v", got, want)
	}
}

func TestEFetchShapeMatchesRealFixtures(t *testing.T) {
	s := pubmedtest.NewServer(t)
	s.Add(pubmedtest.Article{PMID: "10", Entrez: entrez(1), Title: "a"})
	got := shapeOf(t, get(t, efetchURL(s, "db=pubmed&id=10&retmode=xml")))
	want := shapeOf(t, fixture(t, "efetch-pubmed-season-date-no-abstract.xml"))
	want.Children = []string{"PubmedArticle"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("efetch shape:\n got %+v\nwant %+v", got, want)
	}
}

type esearchResult struct {
	Count    int      `xml:"Count"`
	RetMax   int      `xml:"RetMax"`
	RetStart int      `xml:"RetStart"`
	QueryKey string   `xml:"QueryKey"`
	WebEnv   string   `xml:"WebEnv"`
	IDs      []string `xml:"IdList>Id"`
	Error    string   `xml:"ERROR"`
}

func esearch(t *testing.T, s *pubmedtest.Server, q string) esearchResult {
	t.Helper()
	var r esearchResult
	if err := xml.Unmarshal([]byte(get(t, esearchURL(s, q))), &r); err != nil {
		t.Fatal(err)
	}
	return r
}

func efetchPMIDs(t *testing.T, s *pubmedtest.Server, q string) []string {
	t.Helper()
	recs, err := pubmed.ParseArticles(strings.NewReader(get(t, efetchURL(s, q))))
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, r := range recs {
		ids = append(ids, r.PMID)
	}
	return ids
}

func TestServerFiltersPagesAndFetches(t *testing.T) {
	s := pubmedtest.NewServer(t)
	for d := 1; d <= 6; d++ {
		s.Add(pubmedtest.Article{PMID: fmt.Sprint(100 + d), Entrez: entrez(d), Title: fmt.Sprint("t", d)})
	}
	s.Add(pubmedtest.Article{PMID: "200", Entrez: time.Date(2024, 1, 4, 23, 59, 59, 0, time.UTC), Title: "late"})

	r := esearch(t, s, "db=pubmed&term=anything&usehistory=y&datetype=edat&mindate=2024/01/02&maxdate=2024/01/04&retmax=2&retstart=1")
	if r.Count != 4 || r.RetStart != 1 || r.RetMax != 2 || r.QueryKey != "1" || !strings.HasPrefix(r.WebEnv, "MCID_") {
		t.Fatalf("esearch = %+v", r)
	}
	// Newest first: 200 (Jan 4, 23:59), 104, 103, 102.
	if !reflect.DeepEqual(r.IDs, []string{"104", "103"}) {
		t.Errorf("IdList = %v", r.IDs)
	}
	hist := "db=pubmed&retmode=xml&query_key=1&WebEnv=" + url.QueryEscape(r.WebEnv)
	if got := efetchPMIDs(t, s, hist+"&retstart=0&retmax=3"); !reflect.DeepEqual(got, []string{"200", "104", "103"}) {
		t.Errorf("efetch page 1 = %v", got)
	}
	if got := efetchPMIDs(t, s, hist+"&retstart=3&retmax=3"); !reflect.DeepEqual(got, []string{"102"}) {
		t.Errorf("efetch page 2 = %v", got)
	}
	if got := efetchPMIDs(t, s, "db=pubmed&id=106,999,101&retmode=xml"); !reflect.DeepEqual(got, []string{"106", "101"}) {
		t.Errorf("efetch by id = %v", got)
	}
	if r := esearch(t, s, "db=pubmed&term=x"); r.Count != 7 || len(r.IDs) != 7 || r.WebEnv != "" {
		t.Errorf("search without dates or history = %+v", r)
	}
	if r := esearch(t, s, "db=pubmed&term=x&usehistory=y&datetype=edat&mindate=2024/01/07&maxdate=2024/12/31"); r.Count != 0 || r.WebEnv != "" {
		t.Errorf("empty window = %+v", r)
	}
	if r := esearch(t, s, "db=pubmd&term=x"); !strings.Contains(r.Error, "Invalid db name") {
		t.Errorf("bad db = %+v", r)
	}
}

func TestServerErrorsAndLimits(t *testing.T) {
	s := pubmedtest.NewServer(t)
	s.MaxResults = 3
	for d := 1; d <= 5; d++ {
		s.Add(pubmedtest.Article{PMID: fmt.Sprint(d), Entrez: entrez(d), Title: "t"})
	}
	_, err := pubmed.ParseArticles(strings.NewReader(get(t, efetchURL(s, "db=pubmed&query_key=1&WebEnv=MCID_nope&retmode=xml"))))
	if err == nil || !strings.Contains(err.Error(), "Cannot retrieve history data") {
		t.Errorf("unknown WebEnv: %v", err)
	}
	r := esearch(t, s, "db=pubmed&term=x&usehistory=y&retmax=0")
	if r.Count != 5 {
		t.Fatalf("Count = %d, want all 5 (the limit applies to retrieval)", r.Count)
	}
	hist := "db=pubmed&retmode=xml&query_key=1&WebEnv=" + url.QueryEscape(r.WebEnv)
	if got := efetchPMIDs(t, s, hist+"&retstart=0&retmax=10"); len(got) != 3 {
		t.Errorf("efetch beyond MaxResults returned %d articles, want 3", len(got))
	}
	_, err = pubmed.ParseArticles(strings.NewReader(get(t, efetchURL(s, hist+"&retstart=3&retmax=2"))))
	if err == nil || !strings.Contains(err.Error(), "cannot be larger than 2") {
		t.Errorf("retstart at MaxResults: %v", err)
	}

	s.SetFailing(http.StatusServiceUnavailable)
	resp, err := http.Get(esearchURL(s, "db=pubmed&term=x"))
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusServiceUnavailable {
		t.Errorf("failing server answered %s", resp.Status)
	}
	s.SetFailing(0)
	if r := esearch(t, s, "db=pubmed&term=x"); r.Count != 5 {
		t.Errorf("healthy again: %+v", r)
	}

	reqs := s.Requests()
	if len(reqs) != 6 {
		t.Fatalf("Requests() has %d entries, want 6", len(reqs))
	}
	if reqs[0].Path != "/entrez/eutils/efetch.fcgi" || reqs[0].Query().Get("WebEnv") != "MCID_nope" {
		t.Errorf("first request = %v", reqs[0])
	}
	reqs[0].Path = "/changed" // a copy: the server's record is unchanged
	if s.Requests()[0].Path == "/changed" {
		t.Error("Requests() shares its URLs")
	}
}

func TestServerAddWhileServing(t *testing.T) {
	s := pubmedtest.NewServer(t)
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		defer wg.Done()
		for i := range 50 {
			s.Add(pubmedtest.Article{PMID: fmt.Sprint(1000 + i), Entrez: entrez(1 + i%28), Title: "t"})
		}
	}()
	go func() {
		defer wg.Done()
		for range 20 {
			resp, err := http.Get(esearchURL(s, "db=pubmed&term=x&usehistory=y"))
			if err != nil {
				t.Error(err)
				return
			}
			io.Copy(io.Discard, resp.Body)
			resp.Body.Close()
		}
	}()
	wg.Wait()
	if r := esearch(t, s, "db=pubmed&term=x&retmax=100"); r.Count != 50 {
		t.Errorf("Count = %d after concurrent Add, want 50", r.Count)
	}
}

func TestServerURLHasTrailingSlash(t *testing.T) {
	s := pubmedtest.NewServer(t)
	if !strings.HasSuffix(s.URL, "/entrez/eutils/") {
		t.Errorf("URL = %q", s.URL)
	}
	resp, err := http.Get(s.URL + "esummary.fcgi")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusNotFound {
		t.Errorf("unknown utility answered %s", resp.Status)
	}
	if !bytes.Contains([]byte(pubmedtest.ArticleXML(pubmedtest.Article{PMID: "5", Title: "a&b"})), []byte("a&amp;b")) {
		t.Error("title not escaped")
	}
}
