package pubmed

import (
	"bufio"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/litwatch/litwatch/crawler"
	"github.com/litwatch/litwatch/store"
)

// SourceName is the name of this source and the Source of its records.
const SourceName = "pubmed"

// ParseArticles reads an efetch PubmedArticleSet document (db=pubmed,
// retmode=xml) and returns one Record per PubmedArticle or
// PubmedBookArticle, in document order. The input is read in blocks and
// the articles are decoded in parallel by a purpose-built scanner (fast.go),
// with encoding/xml taking over for anything unusual; the result is the
// same as parseArticlesStd's. No tree of the whole document is built. An
// E-utilities error body, an HTML page or any other non-PubmedArticleSet
// document, and a malformed or truncated document, are errors.
func ParseArticles(r io.Reader) ([]store.Record, error) {
	var recs []store.Record
	_, err := parseArticles(r, func(rec store.Record) error {
		recs = append(recs, rec)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("pubmed: %w", err)
	}
	return recs, nil
}

// StreamArticles reads a PubmedArticleSet document as ParseArticles does
// (an efetch response, or a PubMed baseline or update file) and hands each
// record to fn in document order, holding only a few blocks of the input
// at a time; DeleteCitation lists are skipped. It returns how many
// articles it read; an error from fn stops it and is returned as is.
func StreamArticles(r io.Reader, fn func(store.Record) error) (int, error) {
	var fnErr error
	n, err := parseArticles(r, func(rec store.Record) error {
		if fnErr = fn(rec); fnErr != nil {
			return fnErr
		}
		return nil
	})
	if err != nil && fnErr == nil {
		return n, fmt.Errorf("pubmed: %w", err)
	}
	return n, err
}

// parseArticlesStd is parseArticles (fast.go) done entirely with
// encoding/xml, one article at a time. It is the reference parseArticles
// must agree with (see fast_test.go), and parseArticles hands it whatever
// its own scanner does not take.
func parseArticlesStd(r io.Reader, fn func(store.Record) error) (int, error) {
	d, err := newDecoder(r)
	if err != nil {
		return 0, err
	}
	root, err := rootElement(d)
	if err != nil {
		return 0, err
	}
	if root.Name.Local != "PubmedArticleSet" {
		return 0, unexpectedRoot(d, root)
	}
	return stdArticles(d, 0, fn)
}

// stdArticles reads the content of a PubmedArticleSet whose start tag d has
// just returned, n articles having been read before, up to its end tag.
func stdArticles(d *xml.Decoder, n int, fn func(store.Record) error) (int, error) {
	for {
		tok, err := d.Token()
		if err == io.EOF {
			return n, errors.New("truncated document: PubmedArticleSet not closed")
		}
		if err != nil {
			return n, fmt.Errorf("malformed XML after %d articles: %w", n, err)
		}
		switch t := tok.(type) {
		case xml.EndElement:
			return n, nil // </PubmedArticleSet>
		case xml.StartElement:
			rec, isArticle, err := decodeArticle(d, t)
			if err != nil {
				return n, fmt.Errorf("article %d: %w", n+1, err)
			}
			if !isArticle {
				continue
			}
			n++
			if err := fn(rec); err != nil {
				return n, err
			}
		}
	}
}

// newDecoder returns an XML decoder for r, after refusing an HTML page
// (which often is not well-formed XML, so would otherwise give an obscure
// syntax error).
func newDecoder(r io.Reader) (*xml.Decoder, error) {
	br := bufio.NewReader(r)
	head, _ := br.Peek(512)
	if looksLikeHTML(head) {
		return nil, errors.New("got an HTML page instead of E-utilities XML")
	}
	return xml.NewDecoder(br), nil
}

// newRawDecoder is an XML decoder reading r as newDecoder's does.
func newRawDecoder(r io.Reader) *xml.Decoder { return xml.NewDecoder(r) }

func looksLikeHTML(head []byte) bool {
	h := bytes.ToLower(bytes.TrimSpace(bytes.TrimPrefix(head, []byte("\xef\xbb\xbf"))))
	if bytes.HasPrefix(h, []byte("<?xml")) {
		return false
	}
	return bytes.HasPrefix(h, []byte("<!doctype html")) || bytes.HasPrefix(h, []byte("<html")) ||
		bytes.HasPrefix(h, []byte("<head")) || bytes.HasPrefix(h, []byte("<body"))
}

// decodeArticle decodes the element t starts. For a PubmedArticle or
// PubmedBookArticle it returns its record; any other element (such as
// DeleteCitation) is skipped.
func decodeArticle(d *xml.Decoder, t xml.StartElement) (store.Record, bool, error) {
	var (
		rec    store.Record
		err    error
		recErr error
	)
	switch t.Name.Local {
	case "PubmedArticle":
		var a pubmedArticle
		if err = d.DecodeElement(&a, &t); err == nil {
			rec, recErr = a.record()
		}
	case "PubmedBookArticle":
		var a pubmedBookArticle
		if err = d.DecodeElement(&a, &t); err == nil {
			rec, recErr = a.record()
		}
	default:
		if err := d.Skip(); err != nil {
			return rec, false, fmt.Errorf("malformed XML in <%s>: %w", t.Name.Local, err)
		}
		return rec, false, nil
	}
	if err != nil {
		return rec, true, fmt.Errorf("malformed XML in <%s>: %w", t.Name.Local, err)
	}
	if recErr != nil {
		return rec, true, fmt.Errorf("<%s> %w", t.Name.Local, recErr)
	}
	return rec, true, nil
}

// rootElement returns the document's first start element.
func rootElement(d *xml.Decoder) (xml.StartElement, error) {
	var text []byte
	for {
		tok, err := d.Token()
		if err == io.EOF {
			if s := bytes.TrimSpace(text); len(s) > 0 {
				return xml.StartElement{}, fmt.Errorf("response is not XML: %q", snippet(string(s)))
			}
			return xml.StartElement{}, errors.New("empty response")
		}
		if err != nil {
			return xml.StartElement{}, fmt.Errorf("response is not well-formed XML: %w", err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if s := bytes.TrimSpace(text); len(s) > 0 {
				return xml.StartElement{}, fmt.Errorf("response is not XML: starts with %q", snippet(string(s)))
			}
			return t, nil
		case xml.CharData:
			if len(text) < 200 {
				text = append(text, t...)
			}
		}
	}
}

// unexpectedRoot explains a document that is not the expected kind: an
// E-utilities <ERROR> body, an HTML page, or something else.
func unexpectedRoot(d *xml.Decoder, root xml.StartElement) error {
	name := root.Name.Local
	if strings.EqualFold(name, "html") {
		return errors.New("got an HTML page instead of E-utilities XML")
	}
	var er errorResult
	if err := d.DecodeElement(&er, &root); err == nil {
		var msgs []string
		for _, e := range er.Errors {
			if e = crawler.NormalizeSpace(e); e != "" {
				msgs = append(msgs, e)
			}
		}
		if len(msgs) > 0 {
			return fmt.Errorf("NCBI error (%s): %s", name, strings.Join(msgs, "; "))
		}
	}
	return fmt.Errorf("unexpected XML document <%s>", name)
}

func snippet(s string) string {
	const n = 80
	if len(s) > n {
		return s[:n] + "…"
	}
	return s
}

func (a *pubmedArticle) record() (store.Record, error) {
	mc := &a.MedlineCitation
	art := &mc.Article
	rec := store.Record{
		Source:   SourceName,
		PMID:     strings.TrimSpace(mc.PMID),
		Title:    string(art.ArticleTitle),
		Journal:  crawler.NormalizeSpace(art.Journal.Title),
		Language: firstNonEmpty(art.Languages),
	}
	if rec.PMID == "" {
		return rec, errors.New("no PMID")
	}
	if rec.Title == "" {
		rec.Title = string(art.VernacularTitle)
	}
	if rec.Journal == "" {
		rec.Journal = crawler.NormalizeSpace(art.Journal.ISOAbbreviation)
	}
	rec.Abstract, rec.Sections = flattenAbstract(art.Abstract)
	rec.PubDate = art.Journal.PubDate.printed()
	rec.Year = art.Journal.PubDate.year()
	if rec.Year == 0 {
		for _, d := range art.ArticleDates {
			if y := crawler.ParseYear(d.Year); y != 0 {
				rec.Year = y
				break
			}
		}
	}
	rec.Authors = authorNames(art.Authors)
	rec.PubTypes = texts(art.PublicationTypes)
	for _, m := range mc.MeshHeadings {
		if s := crawler.NormalizeSpace(m.Descriptor); s != "" {
			rec.MeSH = append(rec.MeSH, s)
		}
	}
	rec.Keywords = keywords(mc.KeywordLists)
	for _, c := range mc.CommentsCorrections {
		if c.RefType == "Cites" || c.RefType == "" {
			continue
		}
		rec.Links = append(rec.Links, store.Link{
			Type:   c.RefType,
			PMID:   strings.TrimSpace(c.PMID),
			Source: string(c.RefSource),
		})
	}
	setIDs(&rec, a.PubmedData.ArticleIDs)
	if rec.DOI == "" {
		for _, e := range art.ELocationIDs {
			if strings.EqualFold(e.Type, "doi") && e.Valid != "N" {
				rec.DOI = normalizeDOI(e.Value)
				break
			}
		}
	}
	rec.EntryDate = entrezDate(a.PubmedData.History)
	return rec, nil
}

func (a *pubmedBookArticle) record() (store.Record, error) {
	bd := &a.BookDocument
	rec := store.Record{
		Source:   SourceName,
		PMID:     strings.TrimSpace(bd.PMID),
		Journal:  string(bd.Book.BookTitle),
		Language: firstNonEmpty(bd.Languages),
	}
	if rec.PMID == "" {
		return rec, errors.New("no PMID")
	}
	switch {
	case bd.ArticleTitle != nil && *bd.ArticleTitle != "":
		rec.Title = string(*bd.ArticleTitle)
	case bd.VernacularTitle != "":
		rec.Title = string(bd.VernacularTitle)
	default: // a whole book
		rec.Title = string(bd.Book.BookTitle)
	}
	rec.Abstract, rec.Sections = flattenAbstract(bd.Abstract)
	rec.PubDate = bd.Book.PubDate.printed()
	rec.Year = bd.Book.PubDate.year()
	if rec.Year == 0 {
		rec.Year = crawler.ParseYear(bd.ContributionDate.Year)
	}
	// The chapter's authors; the book's editors only if it names no authors.
	var authors, editors []author
	for _, l := range append(bd.AuthorLists, bd.Book.AuthorLists...) {
		if l.Type == "editors" {
			editors = append(editors, l.Authors...)
		} else {
			authors = append(authors, l.Authors...)
		}
	}
	if rec.Authors = authorNames(authors); len(rec.Authors) == 0 {
		rec.Authors = authorNames(editors)
	}
	rec.PubTypes = texts(bd.PublicationTypes)
	rec.Keywords = keywords(bd.KeywordLists)
	setIDs(&rec, append(a.PubmedBookData.ArticleIDs, bd.ArticleIDs...))
	rec.EntryDate = entrezDate(a.PubmedBookData.History)
	return rec, nil
}

// flattenAbstract returns the abstract as plain text and, when it is
// structured (labelled), its sections. Sections are joined as
// "LABEL: text", one per line; unlabelled paragraphs are joined by newlines.
func flattenAbstract(a *abstract) (string, []store.Section) {
	if a == nil {
		return "", nil
	}
	structured := false
	for _, t := range a.Texts {
		if t.Label != "" || t.NlmCategory != "" {
			structured = true
			break
		}
	}
	var (
		lines    []string
		sections []store.Section
	)
	for _, t := range a.Texts {
		if t.Text == "" {
			continue
		}
		if !structured {
			lines = append(lines, t.Text)
			continue
		}
		sections = append(sections, store.Section{Label: t.Label, Category: t.NlmCategory, Text: t.Text})
		if t.Label != "" {
			lines = append(lines, t.Label+": "+t.Text)
		} else {
			lines = append(lines, t.Text)
		}
	}
	return strings.Join(lines, "\n"), sections
}

// printed renders the date the way PubMed prints it: "2024 Mar",
// "2018 May 17", "1990 Spring", or the MedlineDate text.
func (p pubDate) printed() string {
	if s := crawler.NormalizeSpace(p.MedlineDate); s != "" {
		return s
	}
	parts := make([]string, 0, 3)
	if s := crawler.NormalizeSpace(p.Year); s != "" {
		parts = append(parts, s)
	}
	if s := crawler.NormalizeSpace(p.Month); s != "" {
		if m, err := strconv.Atoi(s); err == nil && m >= 1 && m <= 12 {
			s = time.Month(m).String()[:3]
		}
		parts = append(parts, s)
		if d := strings.TrimLeft(crawler.NormalizeSpace(p.Day), "0"); d != "" {
			parts = append(parts, d)
		}
	}
	if s := crawler.NormalizeSpace(p.Season); s != "" {
		parts = append(parts, s)
	}
	return strings.Join(parts, " ")
}

// year is the PubDate Year, else the first four-digit year in MedlineDate.
func (p pubDate) year() int {
	if y := crawler.ParseYear(p.Year); y != 0 {
		return y
	}
	return firstYear(p.MedlineDate)
}

// firstYear returns the first run of exactly four digits in s as a year.
func firstYear(s string) int {
	for i := 0; i < len(s); {
		if !isDigit(s[i]) {
			i++
			continue
		}
		j := i
		for j < len(s) && isDigit(s[j]) {
			j++
		}
		if j-i == 4 {
			if y := crawler.ParseYear(s[i:j]); y != 0 {
				return y
			}
		}
		i = j
	}
	return 0
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// authorNames gives "LastName Initials" (or the collective name) for each
// valid author.
func authorNames(as []author) []string {
	var out []string
	for _, a := range as {
		if strings.EqualFold(a.Valid, "N") {
			continue // an erroneous name kept only for the record
		}
		name := crawler.NormalizeSpace(a.LastName)
		if ini := crawler.NormalizeSpace(a.Initials); name != "" && ini != "" {
			name += " " + ini
		} else if name != "" && a.ForeName != "" {
			name += " " + initials(a.ForeName)
		}
		if name == "" {
			name = string(a.CollectiveName)
		}
		if name != "" {
			out = append(out, name)
		}
	}
	return out
}

// initials makes "JM" from "J Michael" when an author has no Initials.
func initials(fore string) string {
	var b strings.Builder
	for _, w := range strings.Fields(fore) {
		for _, r := range w {
			b.WriteRune(r)
			break
		}
	}
	return b.String()
}

func keywords(lists []keywordList) []string {
	var out []string
	for _, l := range lists {
		for _, k := range l.Keywords {
			if k != "" {
				out = append(out, string(k))
			}
		}
	}
	return out
}

func texts(ss []string) []string {
	var out []string
	for _, s := range ss {
		if s = crawler.NormalizeSpace(s); s != "" {
			out = append(out, s)
		}
	}
	return out
}

func firstNonEmpty(ss []string) string {
	for _, s := range ss {
		if s = crawler.NormalizeSpace(s); s != "" {
			return s
		}
	}
	return ""
}

// setIDs fills the DOI and PMC id from the article's own ArticleIdList
// (first of each kind wins).
func setIDs(rec *store.Record, ids []articleID) {
	for _, id := range ids {
		v := strings.TrimSpace(id.Value)
		if v == "" {
			continue
		}
		switch strings.ToLower(id.Type) {
		case "doi":
			if rec.DOI == "" {
				rec.DOI = normalizeDOI(v)
			}
		case "pmc":
			if rec.PMCID == "" {
				rec.PMCID = normalizePMCID(v)
			}
		case "pubmed":
			if rec.PMID == "" {
				rec.PMID = v
			}
		}
	}
}

// normalizeDOI lower-cases a DOI and strips URL or "doi:" prefixes.
func normalizeDOI(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	for _, p := range []string{"https://doi.org/", "http://doi.org/", "https://dx.doi.org/", "http://dx.doi.org/", "doi:"} {
		s = strings.TrimPrefix(s, p)
	}
	return strings.TrimSpace(s)
}

// normalizePMCID upper-cases a PMC id and makes sure it has its prefix.
func normalizePMCID(s string) string {
	s = strings.ToUpper(strings.TrimSpace(s))
	if !strings.HasPrefix(s, "PMC") {
		s = "PMC" + s
	}
	return s
}

// entrezDate is the day of the PubMedPubDate with PubStatus="entrez", as
// midnight UTC; zero if absent or unreadable.
func entrezDate(history []date) time.Time {
	for _, d := range history {
		if d.PubStatus != "entrez" {
			continue
		}
		y := crawler.ParseYear(d.Year)
		m, errM := strconv.Atoi(strings.TrimSpace(d.Month))
		day, errD := strconv.Atoi(strings.TrimSpace(d.Day))
		if y == 0 || errM != nil || errD != nil || m < 1 || m > 12 || day < 1 || day > 31 {
			return time.Time{}
		}
		t := time.Date(y, time.Month(m), day, 0, 0, 0, 0, time.UTC)
		if t.Day() != day { // e.g. 31 February
			return time.Time{}
		}
		return t
	}
	return time.Time{}
}
