package europepmc

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"html"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/litwatch/litwatch/crawler"
	"github.com/litwatch/litwatch/store"
)

// SourceName is the name of this source and the Source of its records.
const SourceName = "europepmc"

// ParseSearch reads one page of a Europe PMC search response (format=json,
// resultType=core) and returns one Record per result in page order, the
// nextCursorMark ("" when absent) and the hitCount. A page with hitCount 0
// gives no records and no error. A body that is not a Europe PMC search
// response — an HTML or XML error page, malformed or truncated JSON, a JSON
// document without hitCount — is an error naming europepmc.
func ParseSearch(data []byte) (recs []store.Record, next string, hitCount int, err error) {
	trimmed := bytes.TrimSpace(bytes.TrimPrefix(data, []byte("\xef\xbb\xbf")))
	if len(trimmed) == 0 {
		return nil, "", 0, errors.New("europepmc: empty response")
	}
	if trimmed[0] == '<' {
		if looksLikeHTML(trimmed) {
			return nil, "", 0, fmt.Errorf("europepmc: got an HTML page instead of JSON: %q", crawler.RawSnippet(trimmed))
		}
		return nil, "", 0, fmt.Errorf("europepmc: got XML instead of JSON (format=json expected): %q", crawler.RawSnippet(trimmed))
	}
	if trimmed[0] != '{' {
		return nil, "", 0, fmt.Errorf("europepmc: response is not a JSON object: %q", crawler.RawSnippet(trimmed))
	}
	var resp searchResponse
	if err := json.Unmarshal(trimmed, &resp); err != nil {
		return nil, "", 0, fmt.Errorf("europepmc: malformed JSON response: %w", err)
	}
	if resp.ErrMsg != "" || (len(resp.ErrCode) > 0 && string(resp.ErrCode) != "null") {
		return nil, "", 0, fmt.Errorf("europepmc: API error %s: %s", string(resp.ErrCode), resp.ErrMsg)
	}
	if resp.HitCount == nil {
		return nil, "", 0, errors.New("europepmc: response has no hitCount: not a search result")
	}
	if *resp.HitCount < 0 {
		return nil, "", 0, fmt.Errorf("europepmc: negative hitCount %d", *resp.HitCount)
	}
	hitCount = *resp.HitCount
	next = strings.TrimSpace(resp.NextCursorMark)
	if resp.ResultList == nil {
		if hitCount == 0 {
			return nil, next, 0, nil
		}
		return nil, "", 0, fmt.Errorf("europepmc: hitCount is %d but the response has no resultList", hitCount)
	}
	if len(resp.ResultList.Result) > 0 {
		recs = make([]store.Record, 0, len(resp.ResultList.Result))
	}
	for i := range resp.ResultList.Result {
		recs = append(recs, resp.ResultList.Result[i].record())
	}
	return recs, next, hitCount, nil
}

func looksLikeHTML(b []byte) bool {
	head := strings.ToLower(string(b[:min(len(b), 512)]))
	return strings.Contains(head, "<html") || strings.Contains(head, "<!doctype html") ||
		strings.Contains(head, "<head") || strings.Contains(head, "<body")
}

// record maps one search result to a Record. It never fails: a result with
// no usable identifier is still returned (the store skips it and counts it
// with its reason in the source's result), so one odd record cannot stop a
// crawl.
func (r *result) record() store.Record {
	src := strings.ToUpper(clean(r.Source))
	rec := store.Record{
		Source:   SourceName,
		PMID:     store.NormPMID(string(r.PMID)),
		PMCID:    store.NormPMCID(string(r.PMCID)),
		DOI:      store.NormDOI(string(r.DOI)),
		Title:    plainText(string(r.Title)),
		Language: clean(r.Language),
	}
	id := clean(r.ID)
	switch src {
	case "MED":
		if rec.PMID == "" {
			rec.PMID = store.NormPMID(id)
		}
	case "PMC":
		if rec.PMCID == "" {
			rec.PMCID = store.NormPMCID(id)
		}
	}
	if rec.PMCID == "" {
		for _, ft := range r.FullTextIDList.FullTextID {
			if v := store.NormPMCID(string(ft)); v != "" {
				rec.PMCID = v
				break
			}
		}
	}
	// A preprint (SRC:PPR) keeps Europe PMC's own id ("PPR…"): many have
	// no DOI, PMID or PMCID, and the store joins a later copy that brings
	// one to the work stored under the PPR id.
	if src == "PPR" {
		rec.PPR = store.NormPPR(id)
	}

	rec.Abstract, rec.Sections = abstract(string(r.AbstractText))
	rec.Journal = r.journal(src)
	rec.Year, rec.PubDate = r.date()
	rec.Authors = r.authors()
	rec.PubTypes = r.pubTypes(src)
	for _, m := range r.MeshHeadingList.MeshHeading {
		if s := clean(m.DescriptorName); s != "" {
			rec.MeSH = crawler.AppendUnique(rec.MeSH, s)
		}
	}
	for _, k := range r.KeywordList.Keyword {
		if s := plainText(string(k)); s != "" {
			rec.Keywords = crawler.AppendUnique(rec.Keywords, s)
		}
	}
	for _, c := range r.CommentCorrectionList.CommentCorrection {
		typ := linkType(clean(c.Type))
		if typ == "" || typ == "Cites" {
			continue
		}
		l := store.Link{Type: typ, Source: clean(c.Reference)}
		if strings.EqualFold(clean(c.Source), "MED") {
			l.PMID = store.NormPMID(string(c.ID))
		}
		rec.Links = append(rec.Links, l)
	}
	rec.EntryDate = parseDay(clean(r.FirstIndexDate))
	if rec.EntryDate.IsZero() {
		rec.EntryDate = parseDay(clean(r.DateOfCreation))
	}
	return rec
}

// journal is the journal title; for a preprint the server's name
// (bookOrReportDetails.publisher); for a book chapter the book's title.
func (r *result) journal(src string) string {
	if ji := r.JournalInfo; ji != nil {
		for _, s := range []text{ji.Journal.Title, ji.Journal.ISOAbbreviation, ji.Journal.MedlineAbbreviation} {
			if v := plainText(string(s)); v != "" {
				return v
			}
		}
	}
	if v := plainText(string(r.JournalTitle)); v != "" {
		return v
	}
	if b := r.BookOrReportDetails; b != nil {
		first, second := b.ComprisingTitle, b.Publisher
		if src == "PPR" {
			first, second = b.Publisher, b.ComprisingTitle
		}
		if v := plainText(string(first)); v != "" {
			return v
		}
		return plainText(string(second))
	}
	return ""
}

// date returns the publication year and the publication date as printed:
// the journal issue's date ("2025 Dec") when there is one, else the first
// publication date ("2024-02-01").
func (r *result) date() (int, string) {
	year := crawler.ParseYear(clean(r.PubYear))
	var printed string
	if ji := r.JournalInfo; ji != nil {
		printed = clean(ji.DateOfPublication)
		if year == 0 {
			year = crawler.ParseYear(clean(ji.YearOfPublication))
		}
	}
	if b := r.BookOrReportDetails; b != nil && year == 0 {
		year = crawler.ParseYear(clean(b.YearOfPublication))
	}
	first := clean(r.FirstPublicationDate)
	if printed == "" {
		printed = first
	}
	if year == 0 && len(first) >= 4 {
		year = crawler.ParseYear(first[:4])
	}
	if printed == "" && year != 0 {
		printed = strconv.Itoa(year)
	}
	return year, printed
}

// authors gives "LastName Initials" (Europe PMC's fullName has that form)
// or the collective name for each author; authorString is the fallback.
func (r *result) authors() []string {
	var out []string
	for _, a := range r.AuthorList.Author {
		name := clean(a.LastName)
		if ini := clean(a.Initials); name != "" && ini != "" {
			name += " " + ini
		} else if name == "" {
			name = clean(a.FullName)
		}
		if name == "" {
			name = plainText(string(a.CollectiveName))
		}
		if name != "" {
			out = append(out, name)
		}
	}
	if len(out) == 0 {
		for _, n := range strings.Split(strings.TrimSuffix(clean(r.AuthorString), "."), ",") {
			if n = strings.TrimSpace(n); n != "" {
				out = append(out, n)
			}
		}
	}
	return out
}

// pubTypes are pubTypeList.pubType verbatim (duplicates dropped); a
// preprint always carries "Preprint".
func (r *result) pubTypes(src string) []string {
	var out []string
	for _, p := range r.PubTypeList.PubType {
		if s := clean(p); s != "" {
			out = crawler.AppendUnique(out, s)
		}
	}
	if len(out) == 0 {
		for _, p := range strings.Split(clean(r.PubType), ";") {
			if s := strings.TrimSpace(p); s != "" {
				out = crawler.AppendUnique(out, s)
			}
		}
	}
	if src == "PPR" {
		out = crawler.AppendUnique(out, "Preprint")
	}
	return out
}

// linkType turns Europe PMC's relation names into PubMed's RefType form,
// which store.Link uses: "Erratum for" -> "ErratumFor", "Retraction in" ->
// "RetractionIn".
func linkType(s string) string {
	var b strings.Builder
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return unicode.IsSpace(r) || r == '-' || r == '_' }) {
		rs := []rune(w)
		b.WriteString(strings.ToUpper(string(rs[0])))
		b.WriteString(string(rs[1:]))
	}
	return b.String()
}

func clean(t text) string { return crawler.NormalizeSpace(string(t)) }

// parseDay reads YYYY-MM-DD as midnight UTC; zero if s is not such a day.
func parseDay(s string) time.Time {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return time.Time{}
	}
	return t
}

// tagRE matches an HTML start, end or empty-element tag. A "<" not followed
// by a letter or "/letter" ("p <.01", "<1 year") is text, and so is a
// tag-like run whose name is not a known markup element (see markupTag).
var tagRE = regexp.MustCompile(`<(/?)([A-Za-z][A-Za-z0-9]*(?::[A-Za-z][A-Za-z0-9.-]*)?)(\s[^<>]*)?/?>`)

// tagKind says what a known tag does to the text around it.
type tagKind int

const (
	tagUnknown tagKind = iota // not markup: kept as text
	tagInline                 // removed, no space (H<sub>2</sub>O)
	tagBlock                  // removed, leaves a space
	tagHeading                // starts an abstract section
)

func markupTag(name string) tagKind {
	name = strings.ToLower(name)
	if strings.HasPrefix(name, "mml:") || strings.HasPrefix(name, "jats:") {
		return tagInline
	}
	switch name {
	case "h1", "h2", "h3", "h4", "h5", "h6":
		return tagHeading
	case "p", "br", "div", "li", "ul", "ol", "dl", "dt", "dd", "table", "tr", "td", "th",
		"thead", "tbody", "blockquote", "hr", "section", "title", "caption", "list", "list-item":
		return tagBlock
	case "i", "b", "u", "em", "strong", "sub", "sup", "sc", "small", "big", "span", "a", "font",
		"italic", "bold", "underline", "inf", "s", "strike", "tt", "code", "abbr", "math", "mi", "mo", "mn",
		"msub", "msup", "mrow", "mtext":
		return tagInline
	}
	return tagUnknown
}

// plainText strips markup from s (headings become plain text too),
// unescapes HTML entities and normalises white space.
func plainText(s string) string {
	if s == "" {
		return ""
	}
	secs := splitMarkup(s)
	parts := make([]string, 0, 2*len(secs))
	for _, sec := range secs {
		parts = append(parts, sec.Label, sec.Text)
	}
	return crawler.NormalizeSpace(strings.Join(parts, " "))
}

// abstract turns abstractText HTML into plain text and, when it has <h4>
// (or other heading) section titles, its sections. The plain text joins
// sections as "Label: text", one per line, like the PubMed source; an
// unstructured abstract is one paragraph and has no sections.
func abstract(s string) (string, []store.Section) {
	secs := splitMarkup(s)
	structured := false
	for _, sec := range secs {
		if sec.Label != "" {
			structured = true
			break
		}
	}
	if !structured {
		var parts []string
		for _, sec := range secs {
			if sec.Text != "" {
				parts = append(parts, sec.Text)
			}
		}
		return strings.Join(parts, " "), nil
	}
	var (
		lines    []string
		sections []store.Section
	)
	for _, sec := range secs {
		if sec.Text == "" {
			continue // a heading with nothing under it
		}
		sections = append(sections, store.Section{Label: strings.TrimSuffix(sec.Label, ":"), Text: sec.Text})
		if sec.Label != "" {
			lines = append(lines, strings.TrimSuffix(sec.Label, ":")+": "+sec.Text)
		} else {
			lines = append(lines, sec.Text)
		}
	}
	return strings.Join(lines, "\n"), sections
}

type section struct{ Label, Text string }

// splitMarkup splits HTML text at its headings: the first section holds
// what comes before any heading (Label ""), every heading starts a new one.
// Labels and texts are plain, unescaped and whitespace-normalised.
func splitMarkup(s string) []section {
	var (
		out       []section
		label     strings.Builder
		body      strings.Builder
		inHeading bool
		hasLabel  bool
	)
	flush := func() {
		t := crawler.NormalizeSpace(body.String())
		l := crawler.NormalizeSpace(label.String())
		if t != "" || l != "" || hasLabel {
			out = append(out, section{Label: l, Text: t})
		}
		body.Reset()
		label.Reset()
		hasLabel = false
	}
	write := func(chunk string) {
		chunk = html.UnescapeString(chunk)
		if inHeading {
			label.WriteString(chunk)
		} else {
			body.WriteString(chunk)
		}
	}
	pos := 0
	for _, m := range tagRE.FindAllStringSubmatchIndex(s, -1) {
		kind := markupTag(s[m[4]:m[5]])
		if kind == tagUnknown {
			continue // left in place as text
		}
		write(s[pos:m[0]])
		pos = m[1]
		closing := m[3] > m[2]
		switch kind {
		case tagHeading:
			if !closing {
				flush()
				inHeading, hasLabel = true, true
			} else {
				inHeading = false
			}
		case tagBlock:
			write(" ")
		}
	}
	write(s[pos:])
	flush()
	return out
}
