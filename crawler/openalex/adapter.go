package openalex

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"html"
	"regexp"
	"slices"
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/litwatch/litwatch/crawler"
	"github.com/litwatch/litwatch/store"
)

// SourceName is the name of this source and the Source of its records.
const SourceName = "openalex"

// MaxAbstractPosition is the largest word position RebuildAbstract
// accepts; a larger one is treated as corrupt and skipped.
const MaxAbstractPosition = 100000

// ParseWorks reads an OpenAlex response body: a list of works ({"meta":…,
// "results":[…]}) or a single Work object. It returns one Record per work
// in document order and, for a list, meta.next_cursor ("" when null or
// absent). An error body ({"error":…,"message":…}) is returned as an
// *APIError; an HTML page, other non-JSON, and malformed or truncated JSON
// are errors.
func ParseWorks(data []byte) (recs []store.Record, next string, err error) {
	trimmed := bytes.TrimSpace(data)
	if len(trimmed) == 0 {
		return nil, "", errors.New("empty response")
	}
	if trimmed[0] != '{' {
		return nil, "", crawler.NotJSON("OpenAlex", trimmed)
	}
	var probe map[string]json.RawMessage
	if err := json.Unmarshal(trimmed, &probe); err != nil {
		return nil, "", fmt.Errorf("malformed JSON response: %w", err)
	}
	if raw, ok := probe["error"]; ok {
		var e errorResponse
		_ = json.Unmarshal(trimmed, &e)
		if e.Error == "" {
			e.Error = crawler.Snippet(string(raw))
		}
		return nil, "", &APIError{Err: crawler.NormalizeSpace(e.Error), Message: crawler.Snippet(e.Message)}
	}
	if _, ok := probe["results"]; ok {
		var l listResponse
		if err := json.Unmarshal(trimmed, &l); err != nil {
			return nil, "", fmt.Errorf("malformed works list: %w", err)
		}
		recs = make([]store.Record, 0, len(l.Results))
		for i, raw := range l.Results {
			rec, err := parseWork(raw)
			if err != nil {
				return nil, "", fmt.Errorf("result %d: %w", i+1, err)
			}
			recs = append(recs, rec)
		}
		if l.Meta != nil && l.Meta.NextCursor != nil {
			next = strings.TrimSpace(*l.Meta.NextCursor)
		}
		return recs, next, nil
	}
	if _, ok := probe["id"]; ok {
		rec, err := parseWork(trimmed)
		if err != nil {
			return nil, "", err
		}
		return []store.Record{rec}, "", nil
	}
	return nil, "", errors.New("JSON response is neither a works list nor a work")
}

func parseWork(raw json.RawMessage) (store.Record, error) {
	var w work
	if err := json.Unmarshal(raw, &w); err != nil {
		return store.Record{}, fmt.Errorf("malformed work: %w", err)
	}
	return w.record()
}

// record maps a Work to a store.Record.
func (w *work) record() (store.Record, error) {
	if strings.TrimSpace(w.ID) == "" {
		return store.Record{}, errors.New("work has no id")
	}
	rec := store.Record{
		Source: SourceName,
		PMID:   store.NormPMID(lastSegment(w.IDs.PMID)),
		PMCID:  store.NormPMCID(lastSegment(w.IDs.PMCID)),
		DOI:    store.NormDOI(deref(w.DOI)),
		// The work id ("https://openalex.org/W…"): the identifier of a
		// work with no DOI, PMID or PMCID.
		OpenAlex: store.NormOpenAlex(w.ID),
		Year:     w.PublicationYear,
	}
	if rec.DOI == "" {
		rec.DOI = store.NormDOI(w.IDs.DOI)
	}
	rec.Title = plainText(deref(w.DisplayName))
	if rec.Title == "" {
		rec.Title = plainText(deref(w.Title))
	}
	if w.Language != nil {
		rec.Language = strings.TrimSpace(*w.Language)
	}
	if rec.Year < 1000 || rec.Year > 9999 {
		rec.Year = 0
	}
	if t, err := time.Parse(time.DateOnly, w.PublicationDate); err == nil {
		if rec.Year == 0 {
			rec.Year = t.Year()
		}
		// OpenAlex fills a year-only date in as 1 January, so that date
		// is printed as the year alone.
		if t.Month() == time.January && t.Day() == 1 {
			rec.PubDate = fmt.Sprint(t.Year())
		} else {
			rec.PubDate = t.Format("2006 Jan 2")
		}
	} else if rec.Year != 0 {
		rec.PubDate = fmt.Sprint(rec.Year)
	}
	if pl := w.PrimaryLocation; pl != nil && pl.Source != nil {
		rec.Journal = crawler.NormalizeSpace(pl.Source.DisplayName)
	}
	for _, a := range w.Authorships {
		name := authorName(a.Author.DisplayName)
		if name == "" {
			name = authorName(a.RawAuthorName)
		}
		if name != "" {
			rec.Authors = append(rec.Authors, name)
		}
	}
	if t := strings.TrimSpace(w.Type); t != "" {
		rec.PubTypes = append(rec.PubTypes, t)
	}
	if w.IsRetracted {
		rec.PubTypes = append(rec.PubTypes, "Retracted Publication")
	}
	for _, m := range w.MeSH {
		if d := crawler.NormalizeSpace(m.DescriptorName); d != "" && !slices.Contains(rec.MeSH, d) {
			rec.MeSH = append(rec.MeSH, d)
		}
	}
	rec.Abstract = abstractText(w.AbstractInvertedIndex)
	rec.EntryDate = parseCreated(w.CreatedDate)
	return rec, nil
}

// abstractText rebuilds an inverted-index abstract as plain text, without
// markup and without the "Abstract" heading some sources prefix.
func abstractText(inv map[string][]int) string {
	s := plainText(RebuildAbstract(inv))
	for _, h := range []string{"Abstract ", "ABSTRACT ", "Abstract: ", "ABSTRACT: "} {
		if rest, ok := strings.CutPrefix(s, h); ok && rest != "" {
			return rest
		}
	}
	return s
}

// RebuildAbstract turns OpenAlex's abstract_inverted_index (word ->
// 0-based positions) back into text: the words in position order, joined
// by single spaces. A repeated word appears at each of its positions.
// Positions that are negative or above MaxAbstractPosition are skipped as
// corrupt, as are gaps; if two words claim one position the
// lexicographically first wins, so the result is deterministic. A nil or
// empty index gives "".
func RebuildAbstract(inv map[string][]int) string {
	if len(inv) == 0 {
		return ""
	}
	top := -1
	for _, ps := range inv {
		for _, p := range ps {
			if p >= 0 && p <= MaxAbstractPosition && p > top {
				top = p
			}
		}
	}
	if top < 0 {
		return ""
	}
	words := make([]string, top+1)
	keys := make([]string, 0, len(inv))
	for k := range inv {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		if strings.TrimSpace(k) == "" {
			continue
		}
		for _, p := range inv[k] {
			if p >= 0 && p <= top && words[p] == "" {
				words[p] = k
			}
		}
	}
	var b strings.Builder
	for _, w := range words {
		if w == "" {
			continue
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(w)
	}
	return b.String()
}

// parseCreated reads created_date: "2025-10-10T00:00:00", "2017-02-03",
// or RFC 3339, as UTC.
func parseCreated(s string) time.Time {
	s = strings.TrimSpace(s)
	for _, layout := range []string{time.RFC3339Nano, "2006-01-02T15:04:05.999999999", time.DateOnly} {
		if t, err := time.Parse(layout, s); err == nil {
			return t.UTC()
		}
	}
	return time.Time{}
}

// isParticle: lower-case name prefixes that belong to the family name
// ("Ludwig van Beethoven" -> "van Beethoven L"), as PubMed writes them.
func isParticle(s string) bool {
	switch s {
	case "van", "von", "de", "del", "della", "der", "den", "di", "da", "dos", "das", "du", "la", "le", "ten", "ter", "zu", "al", "el", "bin", "ibn":
		return true
	}
	return false
}

// authorName turns a display name ("Markus Ralser") into store.Record's
// "Family Initials" ("Ralser M"): the last word is the family name, with
// any lower-case particles before it, and the other words give initials.
// A one-word name is kept as it is.
func authorName(display string) string {
	fs := strings.Fields(display)
	if len(fs) == 0 {
		return ""
	}
	if len(fs) == 1 {
		return fs[0]
	}
	if len(fs) == 3 && isPatronymic(fs[2]) {
		// "Беспалов Дмитрий Николаевич": family name, given name, patronymic.
		fs = []string{fs[1], fs[2], fs[0]}
	}
	i := len(fs) - 1
	for i > 1 && isParticle(fs[i-1]) {
		i--
	}
	family := strings.Join(fs[i:], " ")
	var ini strings.Builder
	for _, g := range fs[:i] {
		for _, part := range strings.FieldsFunc(g, func(r rune) bool { return r == '-' || r == '.' }) {
			r, _ := utf8.DecodeRuneInString(part)
			if unicode.IsLetter(r) {
				ini.WriteRune(unicode.ToUpper(r))
			}
		}
	}
	if ini.Len() == 0 {
		return family
	}
	return family + " " + ini.String()
}

// isPatronymic reports whether w looks like an East Slavic patronymic
// ("Николаевич", "Ivanovna"), which follows the given name when the family
// name is written first.
func isPatronymic(w string) bool {
	l := strings.ToLower(w)
	for _, suf := range []string{"вич", "вна", "ична", "ovich", "evich", "ovna", "evna"} {
		if strings.HasSuffix(l, suf) && utf8.RuneCountInString(l) > utf8.RuneCountInString(suf)+2 {
			return true
		}
	}
	return false
}

var tagRE = regexp.MustCompile(`</?[A-Za-z][A-Za-z0-9:._-]*(\s[^<>]*)?/?>`)

// plainText strips tags (titles can carry <i>, <sub>, …), decodes
// entities and normalises whitespace.
func plainText(s string) string {
	if strings.ContainsAny(s, "<&") {
		s = html.UnescapeString(tagRE.ReplaceAllString(s, ""))
	}
	return crawler.NormalizeSpace(s)
}

// lastSegment is the last path segment of an id URL
// ("https://pubmed.ncbi.nlm.nih.gov/17183658" -> "17183658"), or s itself.
func lastSegment(s string) string {
	s = strings.TrimRight(strings.TrimSpace(s), "/")
	if i := strings.LastIndexByte(s, '/'); i >= 0 {
		return s[i+1:]
	}
	return s
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}
