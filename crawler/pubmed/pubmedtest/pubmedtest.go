// Package pubmedtest is a fake NCBI E-utilities server for tests: it
// answers esearch.fcgi and efetch.fcgi for db=pubmed over an in-memory set
// of articles, in the same XML shapes (declaration, DOCTYPE, elements) as
// the real responses kept in crawler/pubmed/testdata.
package pubmedtest

import (
	"crypto/rand"
	"encoding/hex"
	"encoding/xml"
	"fmt"
	"net/http"
	"net/url"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/litwatch/litwatch/crawler"
	"github.com/litwatch/litwatch/crawler/crawlertest"
	"github.com/litwatch/litwatch/store"
)

// DefaultMaxResults is how many records of one search the real E-utilities
// page through (ESearch stops at 10,000; efetch from history refuses
// retstart > 9998).
const DefaultMaxResults = 9999

// Article is one fake PubMed record.
type Article struct {
	PMID     string
	Entrez   time.Time // Entrez (index) date; esearch datetype=edat filters on its UTC day
	Title    string
	Abstract string
	Year     int // publication year; 0 means the Entrez year
	Journal  string
	DOI      string
	PubTypes []string // default "Journal Article"
	MeSH     []string
	Links    []store.Link // CommentsCorrections
	Authors  []string     // optional, "LastName Initials"; no AuthorList when empty
}

// Server is a fake E-utilities endpoint backed by httptest.
type Server struct {
	// URL is the base URL, with a trailing slash like the real one
	// ("https://eutils.ncbi.nlm.nih.gov/entrez/eutils/").
	URL string
	// MaxResults is how many records of one search can be retrieved
	// (default 9999): efetch refuses a retstart at or beyond it and stops
	// there, as NCBI does at 10,000. Set it before making requests.
	MaxResults int

	rec crawlertest.Recorder

	mu        sync.Mutex
	articles  map[string]Article
	histories map[string][][]string // WebEnv -> query_key-1 -> PMIDs in result order
}

const basePath = "/entrez/eutils/"

// NewServer starts a Server; tb.Cleanup closes it.
func NewServer(tb testing.TB) *Server {
	tb.Helper()
	s := &Server{
		MaxResults: DefaultMaxResults,
		articles:   make(map[string]Article),
		histories:  make(map[string][][]string),
	}
	s.URL = s.rec.Start(tb, http.HandlerFunc(s.serve)).URL + basePath
	return s
}

// Add adds (or replaces, by PMID) articles. It is safe while serving.
func (s *Server) Add(a ...Article) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, x := range a {
		s.articles[x.PMID] = x
	}
}

// SetFailing makes every request answer status (0 = healthy again).
func (s *Server) SetFailing(status int) { s.rec.SetFailing(status) }

// Requests returns copies of the URLs requested so far, in order.
func (s *Server) Requests() []*url.URL { return s.rec.Requests() }

func (s *Server) serve(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet && r.Method != http.MethodPost {
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	if err := r.ParseForm(); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	switch r.URL.Path {
	case basePath + "esearch.fcgi":
		s.esearch(w, r.Form)
	case basePath + "efetch.fcgi":
		s.efetch(w, r.Form)
	default:
		http.NotFound(w, r)
	}
}

const (
	esearchHead = `<?xml version="1.0" encoding="UTF-8" ?>
<!DOCTYPE eSearchResult PUBLIC "-//NLM//DTD esearch 20060628//EN" "https://eutils.ncbi.nlm.nih.gov/eutils/dtd/20060628/esearch.dtd">
`
	efetchHead = `<?xml version="1.0" ?>
<!DOCTYPE PubmedArticleSet PUBLIC "-//NLM//DTD PubMedArticle, 1st January 2025//EN" "https://dtd.nlm.nih.gov/ncbi/pubmed/out/pubmed_250101.dtd">
`
	efetchErrorHead = `<?xml version="1.0" encoding="UTF-8" ?>
<!DOCTYPE eEfetchResult PUBLIC "-//NLM//DTD efetch 20131226//EN" "https://eutils.ncbi.nlm.nih.gov/eutils/dtd/20131226/efetch.dtd">
`
)

func writeXML(w http.ResponseWriter, body string) {
	w.Header().Set("Content-Type", "text/xml; charset=UTF-8")
	w.Write([]byte(body))
}

func esearchError(w http.ResponseWriter, msg string) {
	writeXML(w, esearchHead+"<eSearchResult><ERROR>"+esc(msg)+"</ERROR></eSearchResult>\n")
}

func efetchError(w http.ResponseWriter, msgs ...string) {
	var b strings.Builder
	b.WriteString(efetchErrorHead + "<eFetchResult>\n")
	for _, m := range msgs {
		b.WriteString("\t<ERROR>" + esc(m) + "</ERROR>\n")
	}
	b.WriteString("</eFetchResult>\n")
	writeXML(w, b.String())
}

// esearch answers esearch.fcgi. Every article matches any term; datetype
// edat with mindate/maxdate filters on the Entrez day (inclusive).
func (s *Server) esearch(w http.ResponseWriter, q url.Values) {
	if db := q.Get("db"); db != "" && db != "pubmed" {
		esearchError(w, "Invalid db name specified: "+db)
		return
	}
	term := q.Get("term")
	if strings.TrimSpace(term) == "" {
		esearchError(w, "Empty term and query_key - nothing todo")
		return
	}
	from, to, err := dateRange(q)
	if err != nil {
		esearchError(w, err.Error())
		return
	}
	retstart, err1 := intParam(q, "retstart", 0)
	retmax, err2 := intParam(q, "retmax", 20)
	if err1 != nil || err2 != nil {
		esearchError(w, "Invalid retstart or retmax")
		return
	}

	s.mu.Lock()
	ids := s.match(from, to)
	webEnv, queryKey := "", 0
	if q.Get("usehistory") == "y" && len(ids) > 0 {
		webEnv = newWebEnv()
		s.histories[webEnv] = append(s.histories[webEnv], ids)
		queryKey = len(s.histories[webEnv])
	}
	s.mu.Unlock()

	translation := "(" + term + "[All Fields])"
	if !from.IsZero() || !to.IsZero() {
		translation += " AND " + q.Get("mindate") + ":" + q.Get("maxdate") + "[Date - Entry]"
	}
	var b strings.Builder
	b.WriteString(esearchHead)
	if len(ids) == 0 {
		// The real no-results shape (testdata/esearch-no-results-phrasenotfound.xml).
		b.WriteString("<eSearchResult><Count>0</Count><RetMax>0</RetMax><RetStart>0</RetStart><IdList/><TranslationSet/>")
		b.WriteString("<QueryTranslation>" + esc(translation) + "</QueryTranslation>")
		b.WriteString("<ErrorList><PhraseNotFound>" + esc(term) + "</PhraseNotFound></ErrorList>")
		b.WriteString("<WarningList><OutputMessage>No items found.</OutputMessage></WarningList></eSearchResult>\n")
		writeXML(w, b.String())
		return
	}
	page, _ := crawlertest.Page(ids, retstart, retmax)
	fmt.Fprintf(&b, "<eSearchResult><Count>%d</Count><RetMax>%d</RetMax><RetStart>%d</RetStart>", len(ids), len(page), retstart)
	if webEnv != "" {
		fmt.Fprintf(&b, "<QueryKey>%d</QueryKey><WebEnv>%s</WebEnv>", queryKey, webEnv)
	}
	if len(page) == 0 {
		b.WriteString("<IdList/>")
	} else {
		b.WriteString("<IdList>\n")
		for _, id := range page {
			b.WriteString("<Id>" + esc(id) + "</Id>\n")
		}
		b.WriteString("</IdList>")
	}
	b.WriteString("<TranslationSet/><QueryTranslation>" + esc(translation) + "</QueryTranslation></eSearchResult>\n")
	writeXML(w, b.String())
}

// efetch answers efetch.fcgi, from the history (WebEnv + query_key) or an
// id list.
func (s *Server) efetch(w http.ResponseWriter, q url.Values) {
	if db := q.Get("db"); db != "" && db != "pubmed" {
		efetchError(w, "Invalid db name specified: "+db)
		return
	}
	retstart, err1 := intParam(q, "retstart", 0)
	retmax, err2 := intParam(q, "retmax", 20)
	if err1 != nil || err2 != nil {
		efetchError(w, "Invalid retstart or retmax")
		return
	}

	s.mu.Lock()
	maxResults := s.MaxResults
	if maxResults <= 0 {
		maxResults = DefaultMaxResults
	}
	var ids []string
	webEnv := q.Get("WebEnv")
	switch {
	case webEnv != "":
		key, err := strconv.Atoi(q.Get("query_key"))
		hist, ok := s.histories[webEnv]
		if err != nil || !ok || key < 1 || key > len(hist) {
			s.mu.Unlock()
			efetchError(w, fmt.Sprintf("Cannot retrieve history data. query_key: %s, WebEnv: %s, retstart: %d, retmax: %d",
				q.Get("query_key"), webEnv, retstart, retmax),
				"Can't fetch uids from history because of: unknown WebEnv or query_key")
			return
		}
		if retstart >= maxResults {
			s.mu.Unlock()
			efetchError(w, fmt.Sprintf("Search backend cannot retrieve history data. Reason: Exception: 'retstart' cannot be larger than %d.", maxResults-1))
			return
		}
		all := hist[key-1]
		ids, _ = crawlertest.Page(all[:min(len(all), maxResults)], retstart, retmax)
	case q.Get("id") != "":
		for _, id := range strings.Split(q.Get("id"), ",") {
			if id = strings.TrimSpace(id); id != "" {
				if _, ok := s.articles[id]; ok {
					ids = append(ids, id)
				}
			}
		}
	default:
		s.mu.Unlock()
		efetchError(w, "ID list is empty! Possibly it has no correct IDs.")
		return
	}
	arts := make([]Article, 0, len(ids))
	for _, id := range ids {
		if a, ok := s.articles[id]; ok {
			arts = append(arts, a)
		}
	}
	s.mu.Unlock()

	var b strings.Builder
	b.WriteString(efetchHead + "<PubmedArticleSet>\n")
	for _, a := range arts {
		b.WriteString(ArticleXML(a))
	}
	b.WriteString("</PubmedArticleSet>\n")
	writeXML(w, b.String())
}

// match returns the PMIDs whose Entrez day is within [from, to] (zero ends
// are open), newest first as PubMed sorts by default. Call with s.mu held.
func (s *Server) match(from, to time.Time) []string {
	type hit struct {
		id   string
		day  time.Time
		pmid int
	}
	var hits []hit
	for id, a := range s.articles {
		d := crawler.Day(a.Entrez)
		if (!from.IsZero() && d.Before(from)) || (!to.IsZero() && d.After(to)) {
			continue
		}
		n, _ := strconv.Atoi(id)
		hits = append(hits, hit{id, d, n})
	}
	sort.Slice(hits, func(i, j int) bool {
		if !hits[i].day.Equal(hits[j].day) {
			return hits[i].day.After(hits[j].day)
		}
		if hits[i].pmid != hits[j].pmid {
			return hits[i].pmid > hits[j].pmid
		}
		return hits[i].id > hits[j].id
	})
	ids := make([]string, len(hits))
	for i, h := range hits {
		ids[i] = h.id
	}
	return ids
}

// dateRange reads mindate/maxdate (YYYY/MM/DD, YYYY/MM or YYYY) for
// datetype=edat. Both or neither must be given, as with NCBI.
func dateRange(q url.Values) (from, to time.Time, err error) {
	lo, hi := q.Get("mindate"), q.Get("maxdate")
	if lo == "" && hi == "" {
		return time.Time{}, time.Time{}, nil
	}
	if dt := q.Get("datetype"); dt != "" && dt != "edat" {
		return from, to, fmt.Errorf("pubmedtest: only datetype=edat is supported, got %q", dt)
	}
	if lo == "" || hi == "" {
		return from, to, fmt.Errorf("mindate and maxdate must both be given")
	}
	if from, err = parseDate(lo, false); err != nil {
		return
	}
	to, err = parseDate(hi, true)
	return
}

func parseDate(s string, end bool) (time.Time, error) {
	for _, layout := range []struct {
		f    string
		span func(time.Time) time.Time
	}{
		{"2006/01/02", func(t time.Time) time.Time { return t }},
		{"2006/01", func(t time.Time) time.Time { return t.AddDate(0, 1, -1) }},
		{"2006", func(t time.Time) time.Time { return t.AddDate(1, 0, -1) }},
	} {
		if t, err := time.Parse(layout.f, s); err == nil {
			if end {
				t = layout.span(t)
			}
			return t, nil
		}
	}
	return time.Time{}, fmt.Errorf("Invalid date %q", s)
}

func intParam(q url.Values, name string, def int) (int, error) {
	v := q.Get(name)
	if v == "" {
		return def, nil
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < 0 {
		return 0, fmt.Errorf("bad %s %q", name, v)
	}
	return n, nil
}

func newWebEnv() string {
	var b [12]byte
	rand.Read(b[:])
	return "MCID_" + hex.EncodeToString(b[:])
}

// esc XML-escapes s for element content or a double-quoted attribute.
func esc(s string) string {
	var b strings.Builder
	xml.EscapeText(&b, []byte(s))
	return b.String()
}

// ArticleXML renders a as one <PubmedArticle> in the shape efetch
// (db=pubmed, retmode=xml) returns, compact as current NCBI output. Fields
// the real record requires but Article lacks get fixed placeholder values
// (Language "eng", PublicationType "Journal Article", MeSH UI "D000000").
func ArticleXML(a Article) string {
	var b strings.Builder
	e := func(s string) { b.WriteString(esc(s)) }
	entrez := a.Entrez.UTC()
	year := a.Year
	if year == 0 {
		year = entrez.Year()
	}
	status := "MEDLINE"
	if len(a.MeSH) == 0 {
		status = "In-Data-Review"
	}

	b.WriteString(`<PubmedArticle><MedlineCitation Status="` + status + `" Owner="NLM" IndexingMethod="Automated"><PMID Version="1">`)
	e(a.PMID)
	b.WriteString(`</PMID>`)
	fmt.Fprintf(&b, `<DateRevised><Year>%04d</Year><Month>%02d</Month><Day>%02d</Day></DateRevised>`,
		entrez.Year(), int(entrez.Month()), entrez.Day())
	b.WriteString(`<Article PubModel="Print-Electronic"><Journal><JournalIssue CitedMedium="Internet">`)
	fmt.Fprintf(&b, `<PubDate><Year>%04d</Year></PubDate></JournalIssue><Title>`, year)
	e(a.Journal)
	b.WriteString(`</Title></Journal><ArticleTitle>`)
	e(a.Title)
	b.WriteString(`</ArticleTitle>`)
	if a.DOI != "" {
		b.WriteString(`<ELocationID EIdType="doi" ValidYN="Y">`)
		e(a.DOI)
		b.WriteString(`</ELocationID>`)
	}
	if a.Abstract != "" {
		b.WriteString(`<Abstract><AbstractText>`)
		e(a.Abstract)
		b.WriteString(`</AbstractText></Abstract>`)
	}
	if len(a.Authors) > 0 {
		b.WriteString(`<AuthorList CompleteYN="Y">`)
		for _, name := range a.Authors {
			last, ini := name, ""
			if i := strings.LastIndexByte(name, ' '); i > 0 {
				last, ini = name[:i], name[i+1:]
			}
			b.WriteString(`<Author ValidYN="Y"><LastName>`)
			e(last)
			b.WriteString(`</LastName>`)
			if ini != "" {
				b.WriteString(`<Initials>`)
				e(ini)
				b.WriteString(`</Initials>`)
			}
			b.WriteString(`</Author>`)
		}
		b.WriteString(`</AuthorList>`)
	}
	b.WriteString(`<Language>eng</Language><PublicationTypeList>`)
	pubTypes := a.PubTypes
	if len(pubTypes) == 0 {
		pubTypes = []string{"Journal Article"}
	}
	for _, pt := range pubTypes {
		b.WriteString(`<PublicationType UI="D016428">`)
		e(pt)
		b.WriteString(`</PublicationType>`)
	}
	b.WriteString(`</PublicationTypeList></Article>`)
	b.WriteString(`<MedlineJournalInfo><Country>United States</Country><MedlineTA>`)
	e(a.Journal)
	b.WriteString(`</MedlineTA><NlmUniqueID>0000000</NlmUniqueID></MedlineJournalInfo>`)
	if len(a.Links) > 0 {
		b.WriteString(`<CommentsCorrectionsList>`)
		for _, l := range a.Links {
			b.WriteString(`<CommentsCorrections RefType="`)
			e(l.Type)
			b.WriteString(`"><RefSource>`)
			e(l.Source)
			b.WriteString(`</RefSource>`)
			if l.PMID != "" {
				b.WriteString(`<PMID Version="1">`)
				e(l.PMID)
				b.WriteString(`</PMID>`)
			}
			b.WriteString(`</CommentsCorrections>`)
		}
		b.WriteString(`</CommentsCorrectionsList>`)
	}
	if len(a.MeSH) > 0 {
		b.WriteString(`<MeshHeadingList>`)
		for _, m := range a.MeSH {
			b.WriteString(`<MeshHeading><DescriptorName UI="D000000" MajorTopicYN="N">`)
			e(m)
			b.WriteString(`</DescriptorName></MeshHeading>`)
		}
		b.WriteString(`</MeshHeadingList>`)
	}
	b.WriteString(`</MedlineCitation><PubmedData><History>`)
	for _, st := range []string{"entrez", "pubmed", "medline"} {
		fmt.Fprintf(&b, `<PubMedPubDate PubStatus="%s"><Year>%d</Year><Month>%d</Month><Day>%d</Day><Hour>%d</Hour><Minute>%d</Minute></PubMedPubDate>`,
			st, entrez.Year(), int(entrez.Month()), entrez.Day(), entrez.Hour(), entrez.Minute())
	}
	b.WriteString(`</History><PublicationStatus>ppublish</PublicationStatus><ArticleIdList><ArticleId IdType="pubmed">`)
	e(a.PMID)
	b.WriteString(`</ArticleId>`)
	if a.DOI != "" {
		b.WriteString(`<ArticleId IdType="doi">`)
		e(a.DOI)
		b.WriteString(`</ArticleId>`)
	}
	b.WriteString(`</ArticleIdList></PubmedData></PubmedArticle>` + "\n")
	return b.String()
}
