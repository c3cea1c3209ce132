package crossref

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"
	"unicode"

	"github.com/litwatch/litwatch/crawler"
	"github.com/litwatch/litwatch/store"
)

// SourceName is the name of this source and the Source of its records.
const SourceName = "crossref"

// ParseWorks reads a Crossref REST API response body: a "work-list" (GET
// /works?…) or a single "work" (GET /works/{doi}). It returns one Record
// per work in document order, the list's next-cursor ("" if none) and its
// total-results (1 for a single work). A failed-status body (such as a
// validation-failure whose message is an array) is returned as an
// *APIError; an HTML page, a plain-text body, or malformed or truncated
// JSON is an error.
func ParseWorks(data []byte) (recs []store.Record, next string, total int, err error) {
	ws, next, total, err := parseWorks(data)
	if err != nil {
		return nil, "", 0, err
	}
	recs = make([]store.Record, len(ws))
	for i, w := range ws {
		recs[i] = w.rec
	}
	return recs, next, total, nil
}

// parsedWork is a work's Record together with its wire form, for callers
// that need more than the Record (Updates reads update-to).
type parsedWork struct {
	rec  store.Record
	wire *work
}

func parseWorks(data []byte) ([]parsedWork, string, int, error) {
	env, err := decodeEnvelope(data)
	if err != nil {
		return nil, "", 0, err
	}
	switch env.MessageType {
	case "work-list":
		var l workList
		if err := json.Unmarshal(env.Message, &l); err != nil {
			return nil, "", 0, fmt.Errorf("malformed work-list message: %w", err)
		}
		out := make([]parsedWork, 0, len(l.Items))
		for i, raw := range l.Items {
			pw, err := parseWork(raw)
			if err != nil {
				return nil, "", 0, fmt.Errorf("work-list item %d: %w", i+1, err)
			}
			out = append(out, pw)
		}
		return out, strings.TrimSpace(l.NextCursor), l.TotalResults, nil
	case "work":
		pw, err := parseWork(env.Message)
		if err != nil {
			return nil, "", 0, err
		}
		return []parsedWork{pw}, "", 1, nil
	default:
		return nil, "", 0, fmt.Errorf("unexpected message-type %q (want work-list or work)", env.MessageType)
	}
}

// decodeEnvelope checks that data is a Crossref JSON response with status
// "ok" and returns it. Anything else is an explanatory error.
func decodeEnvelope(data []byte) (*envelope, error) {
	trimmed := bytes.TrimSpace(data)
	if len(trimmed) == 0 {
		return nil, errors.New("empty response")
	}
	if trimmed[0] != '{' {
		return nil, crawler.NotJSON("Crossref", trimmed)
	}
	var env envelope
	if err := json.Unmarshal(trimmed, &env); err != nil {
		return nil, fmt.Errorf("malformed JSON response: %w", err)
	}
	if env.Status != "ok" {
		if env.Status == "" && env.MessageType == "" {
			return nil, errors.New("JSON response is not a Crossref API message (no status)")
		}
		return nil, apiErrorFromEnvelope(0, &env)
	}
	if len(env.Message) == 0 || bytes.Equal(env.Message, []byte("null")) {
		return nil, fmt.Errorf("%s response has no message", env.MessageType)
	}
	return &env, nil
}

func parseWork(raw json.RawMessage) (parsedWork, error) {
	w := new(work)
	if err := json.Unmarshal(raw, w); err != nil {
		return parsedWork{}, fmt.Errorf("malformed work: %w", err)
	}
	rec, err := w.record()
	if err != nil {
		return parsedWork{}, err
	}
	return parsedWork{rec: rec, wire: w}, nil
}

// record maps a work to a store.Record.
func (w *work) record() (store.Record, error) {
	doi := store.NormDOI(w.DOI)
	if doi == "" {
		return store.Record{}, fmt.Errorf("work has no valid DOI (%q)", crawler.Snippet(w.DOI))
	}
	rec := store.Record{
		Source:   SourceName,
		DOI:      doi,
		Title:    firstText(w.Title),
		Journal:  w.journal(),
		Language: strings.TrimSpace(w.Language),
	}
	if rec.Title == "" {
		rec.Title = firstText(w.OriginalTitle)
	}
	if strings.TrimSpace(w.Abstract) != "" {
		rec.Abstract, rec.Sections = parseJATS(w.Abstract)
	}
	if y, m, d := w.pubDate(); y != 0 {
		rec.Year = y
		rec.PubDate = printedDate(y, m, d)
	}
	rec.Authors = authorNames(w.Author)
	if t := strings.TrimSpace(w.Type); t != "" {
		rec.PubTypes = append(rec.PubTypes, t)
	}
	if t := strings.TrimSpace(w.Subtype); t != "" && !slices.Contains(rec.PubTypes, t) {
		rec.PubTypes = append(rec.PubTypes, t)
	}
	for _, s := range w.Subject {
		if s = crawler.NormalizeSpace(s); s != "" && !slices.Contains(rec.Keywords, s) {
			rec.Keywords = append(rec.Keywords, s)
		}
	}
	for _, ct := range w.ClinicalTrialNumber {
		if n := store.NormNCT(ct.Number); n != "" {
			rec.NCT = n
			break
		}
	}
	rec.Links = w.links()
	if w.Indexed != nil {
		rec.EntryDate = w.Indexed.time()
	}
	return rec, nil
}

func (w *work) journal() string {
	if s := firstText(w.ContainerTitle); s != "" {
		return s
	}
	if s := firstText(w.ShortContainerTitle); s != "" {
		return s
	}
	// Preprints (posted-content) name their server as the institution.
	if w.Type == "posted-content" {
		for _, in := range w.Institution {
			if s := crawler.NormalizeSpace(in.Name); s != "" {
				return s
			}
		}
		return crawler.NormalizeSpace(w.GroupTitle)
	}
	return ""
}

// pubDate is the work's publication date as far as it is known: the
// earliest of print and online ("published"), else issued, online, print
// or posted.
func (w *work) pubDate() (y, m, d int) {
	for _, p := range []*partialDate{w.Published, w.Issued, w.PublishedOnline, w.PublishedPrint, w.Posted} {
		if y, m, d := p.parts(); y != 0 {
			return y, m, d
		}
	}
	return 0, 0, 0
}

// parts returns the first date-parts entry: year, and month and day when
// given and valid (0 otherwise). A missing or [[null]] date is 0, 0, 0.
func (p *partialDate) parts() (y, m, d int) {
	if p == nil || len(p.DateParts) == 0 {
		return 0, 0, 0
	}
	dp := p.DateParts[0]
	if len(dp) == 0 || dp[0] < 1000 || dp[0] > 9999 {
		return 0, 0, 0
	}
	y = int(dp[0])
	if len(dp) > 1 && dp[1] >= 1 && dp[1] <= 12 {
		m = int(dp[1])
		if len(dp) > 2 && dp[2] >= 1 && dp[2] <= 31 {
			d = int(dp[2])
		}
	}
	return y, m, d
}

// time returns the date as a UTC time: its date-time when it has one, else
// the start of its date-parts; zero if it has neither.
func (p *partialDate) time() time.Time {
	if p == nil {
		return time.Time{}
	}
	if s := strings.TrimSpace(p.DateTime); s != "" {
		if t, err := time.Parse(time.RFC3339, s); err == nil {
			return t.UTC()
		}
	}
	y, m, d := p.parts()
	if y == 0 {
		return time.Time{}
	}
	return time.Date(y, time.Month(max(m, 1)), max(d, 1), 0, 0, 0, 0, time.UTC)
}

// printedDate renders a partial date the way PubMed prints one: "2014",
// "2010 Feb", "2014 Feb 11".
func printedDate(y, m, d int) string {
	s := fmt.Sprintf("%04d", y)
	if m == 0 {
		return s
	}
	s += " " + time.Month(m).String()[:3]
	if d != 0 {
		s += fmt.Sprintf(" %d", d)
	}
	return s
}

// authorNames renders authors as store.Record wants them: "Family
// Initials" ("Sankar M"), an organisation's name, or whichever part of a
// person's name is given.
func authorNames(cs []contributor) []string {
	var out []string
	for _, c := range cs {
		family, given := crawler.NormalizeSpace(c.Family), crawler.NormalizeSpace(c.Given)
		var name string
		switch {
		case family != "" && given != "":
			name = family
			if ini := initials(given); ini != "" {
				name += " " + ini
			}
		case family != "":
			name = family
		case given != "":
			name = given
		default:
			name = crawler.NormalizeSpace(c.Name)
		}
		if name != "" {
			out = append(out, name)
		}
	}
	return out
}

// initials makes "JP" from "Jean-Pierre", "FR" from "F.R." and "MF" from
// "Maria Franca".
func initials(given string) string {
	var b strings.Builder
	for _, part := range strings.FieldsFunc(given, func(r rune) bool {
		return unicode.IsSpace(r) || r == '-' || r == '.' || r == '\u2010'
	}) {
		for _, r := range part {
			if unicode.IsLetter(r) {
				b.WriteRune(unicode.ToUpper(r))
			}
			break
		}
	}
	return b.String()
}

// links gathers the work's relations that litwatch tracks:
//   - update-to (this work is a notice): "RetractionOf", "CorrectionOf", …
//     with Source the DOI of the work it updates;
//   - updated-by (this work has notices): "RetractionIn", "CorrectionIn",
//     … with Source the notice's DOI;
//   - relation is-preprint-of / has-preprint: "IsPreprintOf" /
//     "HasPreprint" with Source the other version's DOI.
//
// The same link deposited by the publisher and by Retraction Watch is kept
// once.
func (w *work) links() []store.Link {
	var out []store.Link
	add := func(typ, doi string) {
		doi = store.NormDOI(doi)
		if typ == "" || doi == "" {
			return
		}
		for _, l := range out {
			if l.Type == typ && l.Source == doi {
				return
			}
		}
		out = append(out, store.Link{Type: typ, Source: doi})
	}
	for _, u := range w.UpdateTo {
		add(updateLinkType(u.Type, "Of"), u.DOI)
	}
	for _, u := range w.UpdatedBy {
		add(updateLinkType(u.Type, "In"), u.DOI)
	}
	for _, rel := range []struct{ key, typ string }{
		{"is-preprint-of", "IsPreprintOf"},
		{"has-preprint", "HasPreprint"},
	} {
		raw, ok := w.Relation[rel.key]
		if !ok {
			continue
		}
		var objs []relationObject
		if err := json.Unmarshal(raw, &objs); err != nil {
			var one relationObject // tolerate a single object
			if json.Unmarshal(raw, &one) != nil {
				continue
			}
			objs = []relationObject{one}
		}
		for _, o := range objs {
			if t := strings.ToLower(strings.TrimSpace(o.IDType)); t == "" || t == "doi" {
				add(rel.typ, o.ID)
			}
		}
	}
	return out
}

// updateLinkType names the link for a Crossmark update type on the notice
// ("Of") or on the updated work ("In"), following PubMed's
// CommentsCorrections names where PubMed has one:
//
//	retraction            RetractionOf / RetractionIn
//	partial_retraction    PartialRetractionOf / PartialRetractionIn
//	correction            CorrectionOf / CorrectionIn
//	corrigendum           CorrigendumOf / CorrigendumIn
//	erratum               ErratumFor / ErratumIn                  (PubMed's names)
//	expression_of_concern ExpressionOfConcernFor / ExpressionOfConcernIn (PubMed's names)
//	withdrawal            WithdrawalOf / WithdrawalIn
//	new_version           NewVersionOf / NewVersionIn
//	other_type            OtherTypeOf / OtherTypeIn
func updateLinkType(typ, dir string) string {
	t := strings.ToLower(strings.TrimSpace(typ))
	if t == "" {
		return ""
	}
	if dir == "Of" && (t == "erratum" || t == "expression_of_concern") {
		dir = "For"
	}
	var b strings.Builder
	upper := true
	for _, r := range t {
		if r == '_' || r == '-' || r == ' ' {
			upper = true
			continue
		}
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			continue
		}
		if upper {
			r = unicode.ToUpper(r)
			upper = false
		}
		b.WriteRune(r)
	}
	if b.Len() == 0 {
		return ""
	}
	return b.String() + dir
}

func firstText(ss []string) string {
	for _, s := range ss {
		if s = plainText(s); s != "" {
			return s
		}
	}
	return ""
}
