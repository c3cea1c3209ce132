// Package digest turns one litwatch run into the weekly digest evidence
// editors read: which new publications could change which of their tracked
// conclusions ("claims").
//
// Build assembles a Doc from the run's records and the reporter's
// assessments. The Doc is the JSON contract other tools read (see Doc for
// the field names); Render turns a Doc into Markdown, HTML, plain text or
// JSON and WriteFiles stores one file per format without ever overwriting an
// earlier digest. Parse reads a stored JSON digest back so it can be
// rendered again.
//
// Every text that comes from a record (titles, journals, reasons, quoted
// sentences) is treated as untrusted: control characters are stripped and
// each renderer escapes it for its format.
package digest

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"net/url"
	"slices"
	"strings"
	"time"

	"github.com/litwatch/litwatch/store"
)

// ClaimInfo is what the digest needs to know about one tracked claim. It is
// both an input to Build and part of the Doc ("claims").
type ClaimInfo struct {
	ID        string `json:"id"`
	Statement string `json:"statement"`
	Verdict   string `json:"verdict"`
	AsOf      int    `json:"as_of"` // year the verdict was last reviewed, 0 if unknown
}

// BasisAlert is a warning about a claim's own basis, such as the review it
// rests on having been retracted or updated. Alerts are shown first.
type BasisAlert struct {
	Claim   string `json:"claim"`
	Message string `json:"message"`
	Link    string `json:"link,omitempty"` // only http(s) links are rendered as links
}

// OpenFlag is a flag raised by an earlier digest that the user has not yet
// reviewed, dismissed or accepted (`litwatch flags`). It is both an input
// to Build and part of the Doc ("open_flags"). Like a record's, its text is
// untrusted: the renderers clean and escape it.
type OpenFlag struct {
	RecordID int64  `json:"record_id"`
	Claim    string `json:"claim"`
	Title    string `json:"title"`
	Year     int    `json:"year"`          // 0 if unknown
	URL      string `json:"url,omitempty"` // build it with Link(pmid, doi, nct) in the caller; only http(s) rendered as links
	Signal   string `json:"signal"`
	Reason   string `json:"reason,omitempty"` // the first reason
	Since    Date   `json:"since"`            // the day of the digest that first reported it
}

// Input is everything Build needs about one run.
type Input struct {
	GeneratedAt time.Time                    // zero means now
	From, To    time.Time                    // the run's window, inclusive days in UTC
	Claims      []ClaimInfo                  // in display order
	Sources     []store.SourceResult         // what each source did
	Records     []store.Record               // every record new in this run
	Designs     map[int64]string             // record ID -> design
	Assessments map[int64][]store.Assessment // record ID -> assessments (only claims it bears on)
	Basis       []BasisAlert                 // alerts about the claims' own basis; shown at the very top
	Open        []OpenFlag                   // flags of earlier digests still undecided; shown after this run's flagged records
	FirstRun    bool                         // no digest came before: the window is the first back-fill
	// Notes are said in the sources section, after the sources: what the
	// run left out by configuration (the claims' basis not watched
	// without crawl.email), not an error and not a failed source.
	Notes []string
	// BaseURL is the address of the page `litwatch serve` shows
	// ([serve] base_url), "" if none: the renderers then link the review
	// queue and the claims' pages to it.
	BaseURL string
}

// Doc is a digest as data and the JSON contract other tools read. Field
// names are fixed; new fields may be added, none renamed or removed.
type Doc struct {
	GeneratedAt time.Time    `json:"generated_at"` // RFC 3339, UTC
	Window      Window       `json:"window"`
	Summary     Summary      `json:"summary"`
	Claims      []ClaimInfo  `json:"claims"` // tracked claims, in display order
	BasisAlerts []BasisAlert `json:"basis_alerts"`
	Sources     []Source     `json:"sources"`
	// Records lists every record new in the run: flagged first, then
	// relevant, then the rest; by year (newest first) then id within each.
	Records []Record `json:"records"`
	// OpenFlags lists the flags raised by earlier digests that are still
	// undecided, except those of records listed in Records; by Since, then
	// RecordID, then claim. Never null.
	OpenFlags []OpenFlag `json:"open_flags"`
	// FirstRun is set on the first digest of a database, whose window is
	// the sources' back-fill from crawl.since.
	FirstRun bool `json:"first_run,omitempty"`
	// Notes say, in the sources section, what the run left out by
	// configuration (the claims' basis not watched without crawl.email).
	// They are neither errors nor failed sources. Omitted when none.
	Notes []string `json:"notes,omitempty"`
	// BaseURL is the address of litwatch's web page ([serve] base_url)
	// when one was set: the renderers link the review queue and each
	// claim's page to it. Only an http(s) URL is used.
	BaseURL string `json:"base_url,omitempty"`
}

// Window is the span of days a run covered, both ends inclusive.
type Window struct {
	From Date `json:"from"`
	To   Date `json:"to"`
}

// Summary counts the records of a digest. New = Flagged + Relevant + Other:
// Relevant counts records that bear on a claim without being flagged, Other
// those that bear on none. Claims says the same per claim.
type Summary struct {
	New      int `json:"new"`
	Flagged  int `json:"flagged"`
	Relevant int `json:"relevant"`
	Other    int `json:"other"`
	// Claims has one line per claim, in display order: the summary an
	// editor reads first. Never null.
	Claims []ClaimSummary `json:"claims"`
}

// Source is what one source did in the run.
type Source struct {
	Name    string   `json:"name"`
	From    Date     `json:"from,omitzero"`
	To      Date     `json:"to,omitzero"`
	Fetched int      `json:"fetched"`
	New     int      `json:"new"`
	Errors  []string `json:"errors"` // never null
	// Skipped counts the records the source delivered that were not
	// stored; SkipReasons says why, most frequent first. Never null.
	Skipped     int          `json:"skipped"`
	SkipReasons []SkipReason `json:"skip_reasons"`
}

// SkipReason is one reason records were not stored, and how many.
type SkipReason struct {
	Reason string `json:"reason"`
	Count  int    `json:"count"`
}

// skipReasons lists reasons by count, most frequent first, then by reason.
func skipReasons(m map[string]int) []SkipReason {
	out := make([]SkipReason, 0, len(m))
	for why, n := range m {
		out = append(out, SkipReason{Reason: why, Count: n})
	}
	slices.SortFunc(out, func(a, b SkipReason) int {
		if a.Count != b.Count {
			return b.Count - a.Count
		}
		return strings.Compare(a.Reason, b.Reason)
	})
	return out
}

// Record is one new publication or registration and what it means for the
// claims it bears on.
type Record struct {
	ID    int64  `json:"id"`
	PMID  string `json:"pmid"`
	DOI   string `json:"doi"`
	NCT   string `json:"nct"`
	PMCID string `json:"pmcid,omitempty"`
	// PPR and OpenAlex are the sources' own ids (a Europe PMC preprint
	// id, an OpenAlex work id), set when the record has them.
	PPR      string   `json:"ppr,omitempty"`
	OpenAlex string   `json:"openalex,omitempty"`
	Title    string   `json:"title"`
	Year     int      `json:"year"` // 0 if unknown
	Journal  string   `json:"journal"`
	Design   string   `json:"design"`
	Flagged  bool     `json:"flagged"`  // any assessment flagged
	Relevant bool     `json:"relevant"` // bears on at least one claim
	URL      string   `json:"url,omitempty"`
	Source   string   `json:"source,omitempty"`
	Authors  []string `json:"authors,omitempty"`
	PubTypes []string `json:"pub_types,omitempty"`
	// Update says what changed in a work reported before (a trial's
	// status, its posted results); empty for a record new to litwatch.
	Update string `json:"update,omitempty"`
	// Assessments holds only the claims the record bears on, in the
	// claims' display order. Never null.
	Assessments []Assessment `json:"assessments"`
}

// Assessment is the reporter's judgement of a record against one claim.
type Assessment struct {
	Claim     string   `json:"claim"`
	Direction string   `json:"direction"`
	Signal    string   `json:"signal"`
	Level     string   `json:"level,omitempty"`
	Flagged   bool     `json:"flagged"`
	Reasons   []string `json:"reasons"`  // never null
	Evidence  []string `json:"evidence"` // sentences quoted from the record; never null
	N         int      `json:"n,omitempty"`
}

// Build assembles the digest of one run. It does not modify in.
//
// Assessments that are neither relevant nor flagged are left out (the
// record does not bear on that claim). A record's design comes from
// in.Designs, else from its first assessment naming one.
//
// Open flags of a record that is among in.Records are left out (the record
// is shown already), and so is a second flag of the same record for the
// same claim (the one first reported is kept).
func Build(in Input) *Doc {
	gen := in.GeneratedAt
	if gen.IsZero() {
		gen = time.Now()
	}
	d := &Doc{
		GeneratedAt: gen.UTC().Truncate(time.Second),
		Window:      Window{From: DateOf(in.From), To: DateOf(in.To)},
		Claims:      slices.Clone(in.Claims),
		BasisAlerts: slices.Clone(in.Basis),
		Sources:     make([]Source, 0, len(in.Sources)),
		Records:     make([]Record, 0, len(in.Records)),
		FirstRun:    in.FirstRun,
		Notes:       slices.Clone(in.Notes),
		BaseURL:     in.BaseURL,
	}
	if d.Claims == nil {
		d.Claims = []ClaimInfo{}
	}
	if d.BasisAlerts == nil {
		d.BasisAlerts = []BasisAlert{}
	}
	for _, s := range in.Sources {
		d.Sources = append(d.Sources, Source{
			Name:        s.Name,
			From:        DateOf(s.From),
			To:          DateOf(s.To),
			Fetched:     s.Fetched,
			New:         s.New,
			Errors:      nonNil(s.Errors),
			Skipped:     s.Skipped,
			SkipReasons: skipReasons(s.SkipReasons),
		})
	}

	order := claimOrder(d.Claims)
	seen := make(map[int64]bool, len(in.Records))
	for _, r := range in.Records {
		if r.ID != 0 {
			if seen[r.ID] {
				continue // the same record twice: show it once
			}
			seen[r.ID] = true
		}
		d.Records = append(d.Records, buildRecord(r, in.Designs, in.Assessments[r.ID], order))
	}
	sortRecords(d.Records)
	d.Summary = summarize(d.Records)
	d.OpenFlags = openFlags(in.Open, seen, order)
	d.Summary.Claims = claimSummaries(d)
	return d
}

// openFlags copies the open flags that are not about a record of this
// digest (shown) and sorts them by Since, RecordID, then claim; of flags for
// the same record and claim only the earliest is kept. Never nil.
func openFlags(in []OpenFlag, shown map[int64]bool, order map[string]int) []OpenFlag {
	out := make([]OpenFlag, 0, len(in))
	for _, f := range in {
		if f.RecordID != 0 && shown[f.RecordID] {
			continue
		}
		out = append(out, f)
	}
	slices.SortStableFunc(out, func(a, b OpenFlag) int {
		if c := a.Since.Time().Compare(b.Since.Time()); c != 0 {
			return c
		}
		switch {
		case a.RecordID < b.RecordID:
			return -1
		case a.RecordID > b.RecordID:
			return 1
		}
		return compareClaims(order, a.Claim, b.Claim)
	})
	type key struct {
		id    int64
		claim string
	}
	seen := make(map[key]bool, len(out))
	return slices.DeleteFunc(out, func(f OpenFlag) bool {
		if f.RecordID == 0 {
			return false
		}
		k := key{f.RecordID, f.Claim}
		if seen[k] {
			return true
		}
		seen[k] = true
		return false
	})
}

func buildRecord(r store.Record, designs map[int64]string, as []store.Assessment, order map[string]int) Record {
	rec := Record{
		ID:          r.ID,
		PMID:        r.PMID,
		DOI:         r.DOI,
		NCT:         r.NCT,
		PMCID:       r.PMCID,
		PPR:         r.PPR,
		OpenAlex:    r.OpenAlex,
		Title:       r.Title,
		Year:        r.Year,
		Journal:     r.Journal,
		Design:      designs[r.ID],
		Source:      r.Source,
		Authors:     slices.Clone(r.Authors),
		PubTypes:    slices.Clone(r.PubTypes),
		Update:      r.Update,
		Assessments: []Assessment{},
	}
	rec.URL = RecordURL(rec)
	for _, a := range as {
		if rec.Design == "" && a.Design != "" {
			rec.Design = a.Design
		}
		if !a.Relevant && !a.Flagged {
			continue
		}
		rec.Assessments = append(rec.Assessments, Assessment{
			Claim:     a.Claim,
			Direction: a.Direction,
			Signal:    a.Signal,
			Level:     a.Level,
			Flagged:   a.Flagged,
			Reasons:   nonNil(a.Reasons),
			Evidence:  nonNil(a.Evidence),
			N:         a.N,
		})
		rec.Flagged = rec.Flagged || a.Flagged
	}
	rec.Relevant = len(rec.Assessments) > 0
	slices.SortStableFunc(rec.Assessments, func(a, b Assessment) int {
		return compareClaims(order, a.Claim, b.Claim)
	})
	return rec
}

// claimOrder maps a claim id to its display position.
func claimOrder(claims []ClaimInfo) map[string]int {
	m := make(map[string]int, len(claims))
	for i, c := range claims {
		if _, dup := m[c.ID]; !dup {
			m[c.ID] = i
		}
	}
	return m
}

// compareClaims orders claim ids by display position; ids not in the list
// come after, by id.
func compareClaims(order map[string]int, a, b string) int {
	ia, oka := order[a]
	ib, okb := order[b]
	switch {
	case oka && okb:
		return ia - ib
	case oka:
		return -1
	case okb:
		return 1
	}
	return strings.Compare(a, b)
}

// rank is a record's section: 0 flagged, 1 relevant, 2 the rest.
func rank(r Record) int {
	switch {
	case r.Flagged:
		return 0
	case r.Relevant:
		return 1
	}
	return 2
}

func sortRecords(rs []Record) {
	slices.SortStableFunc(rs, func(a, b Record) int {
		if c := rank(a) - rank(b); c != 0 {
			return c
		}
		if a.Year != b.Year {
			return b.Year - a.Year
		}
		switch {
		case a.ID < b.ID:
			return -1
		case a.ID > b.ID:
			return 1
		}
		return 0
	})
}

func summarize(rs []Record) Summary {
	s := Summary{New: len(rs)}
	for _, r := range rs {
		switch rank(r) {
		case 0:
			s.Flagged++
		case 1:
			s.Relevant++
		default:
			s.Other++
		}
	}
	return s
}

// FlaggedCount is the number of records flagged as possibly changing a
// claim. A nil Doc has none.
func (d *Doc) FlaggedCount() int {
	if d == nil {
		return 0
	}
	n := 0
	for _, r := range d.Records {
		if r.Flagged {
			n++
		}
	}
	return n
}

// MailSource is the name of the sources section's entry for e-mails of
// earlier digests the mail server refused for good: it is not a source of
// records, so it counts for neither AllSourcesFailed nor a failed source.
const MailSource = "e-mail delivery"

// AllSourcesFailed reports whether the digest lists sources and every one
// of them failed (no network, say): the digest then says nothing about
// what was published, only that nothing could be asked.
func (d *Doc) AllSourcesFailed() bool {
	if d == nil {
		return false
	}
	n := 0
	for _, s := range d.Sources {
		if s.Name == MailSource {
			continue
		}
		n++
		if len(s.Errors) == 0 {
			return false
		}
	}
	return n > 0
}

// MailRefused is the number of e-mails of earlier digests the mail server
// refused for good, as listed under MailSource.
func (d *Doc) MailRefused() int {
	if d == nil {
		return 0
	}
	n := 0
	for _, s := range d.Sources {
		if s.Name == MailSource {
			n += len(s.Errors)
		}
	}
	return n
}

// JSON encodes the digest as indented JSON ending in a newline.
func (d *Doc) JSON() ([]byte, error) {
	if d == nil {
		return nil, errors.New("digest: encode JSON: nil digest")
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent("", "  ")
	if err := enc.Encode(d); err != nil {
		return nil, fmt.Errorf("digest: encode JSON: %w", err)
	}
	return buf.Bytes(), nil
}

// Parse reads a digest stored as JSON. Missing lists come back empty, never
// nil, so a parsed Doc renders and re-encodes like a built one.
func Parse(data []byte) (*Doc, error) {
	var d Doc
	if err := json.Unmarshal(data, &d); err != nil {
		return nil, fmt.Errorf("digest: parse JSON: %w", err)
	}
	if d.GeneratedAt.IsZero() {
		return nil, errors.New(`digest: parse JSON: missing "generated_at"`)
	}
	d.GeneratedAt = d.GeneratedAt.UTC()
	d.Claims = nonNil(d.Claims)
	d.BasisAlerts = nonNil(d.BasisAlerts)
	d.Sources = nonNil(d.Sources)
	for i := range d.Sources {
		d.Sources[i].Errors = nonNil(d.Sources[i].Errors)
		d.Sources[i].SkipReasons = nonNil(d.Sources[i].SkipReasons)
	}
	d.Records = nonNil(d.Records)
	for i := range d.Records {
		r := &d.Records[i]
		r.Assessments = nonNil(r.Assessments)
		for j := range r.Assessments {
			a := &r.Assessments[j]
			a.Reasons = nonNil(a.Reasons)
			a.Evidence = nonNil(a.Evidence)
			r.Flagged = r.Flagged || a.Flagged
		}
		// Older or foreign digests may lack "relevant": a record with
		// assessments bears on a claim.
		r.Relevant = r.Relevant || r.Flagged || len(r.Assessments) > 0
	}
	// Digests written before open flags were reported have none.
	d.OpenFlags = nonNil(d.OpenFlags)
	// Digests written before the per-claim summary have none.
	if d.Summary.Claims == nil {
		d.Summary.Claims = claimSummaries(&d)
	}
	return &d, nil
}

// RecordURL is the link for a record: PubMed if it has a PMID, else
// doi.org, else ClinicalTrials.gov; "" if it has none of these.
//
// A work known only by a source's own id links to that source: Europe PMC
// for a preprint id, OpenAlex for a work id.
func RecordURL(r Record) string {
	if u := Link(r.PMID, r.DOI, r.NCT); u != "" {
		return u
	}
	switch ppr, w := strings.TrimSpace(r.PPR), strings.TrimSpace(r.OpenAlex); {
	case ppr != "":
		return "https://europepmc.org/article/PPR/" + escapePath(ppr)
	case w != "":
		return "https://openalex.org/" + escapePath(w)
	}
	return ""
}

// Link is the link for a work with these identifiers: PubMed if it has a
// PMID, else doi.org, else ClinicalTrials.gov; "" if none. The identifier
// is percent-encoded, so the URL is safe in every output format.
func Link(pmid, doi, nct string) string {
	pmid, doi, nct = strings.TrimSpace(pmid), strings.TrimSpace(doi), strings.TrimSpace(nct)
	switch {
	case pmid != "":
		return "https://pubmed.ncbi.nlm.nih.gov/" + escapePath(pmid) + "/"
	case doi != "":
		return "https://doi.org/" + escapePath(doi)
	case nct != "":
		return "https://clinicaltrials.gov/study/" + escapePath(nct)
	}
	return ""
}

// escapePath percent-encodes every byte of an identifier except letters,
// digits, "-._~" and "/", so DOIs such as "10.1002/(sici)...<3.0.co;2-#"
// make a URL that is safe in Markdown and HTML alike.
func escapePath(s string) string {
	const hex = "0123456789ABCDEF"
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' ||
			c == '-' || c == '.' || c == '_' || c == '~' || c == '/' {
			b.WriteByte(c)
			continue
		}
		b.WriteByte('%')
		b.WriteByte(hex[c>>4])
		b.WriteByte(hex[c&15])
	}
	return b.String()
}

// safeURL returns u if it is an absolute http(s) URL, else "".
func safeURL(u string) string {
	u = strings.TrimSpace(u)
	p, err := url.Parse(u)
	if err != nil || p.Host == "" || (p.Scheme != "http" && p.Scheme != "https") {
		return ""
	}
	return p.String()
}

// recordLink is the link a renderer shows for r: its stored URL if that is
// http(s), else one made from its identifiers.
func recordLink(r Record) string {
	if u := safeURL(r.URL); u != "" {
		return u
	}
	return safeURL(RecordURL(r))
}

func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

// Date is a calendar day, encoded in JSON as "YYYY-MM-DD" ("" if zero).
type Date struct{ t time.Time }

// DateOf is the UTC day of t; the zero Date if t is zero.
func DateOf(t time.Time) Date {
	if t.IsZero() {
		return Date{}
	}
	y, m, d := t.UTC().Date()
	return Date{time.Date(y, m, d, 0, 0, 0, 0, time.UTC)}
}

// ParseDate reads "YYYY-MM-DD"; a full RFC 3339 time is accepted too and
// gives its UTC day.
func ParseDate(s string) (Date, error) {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		full, err2 := time.Parse(time.RFC3339, s)
		if err2 != nil {
			return Date{}, fmt.Errorf("digest: date %q: %w", s, err)
		}
		return DateOf(full), nil
	}
	return Date{t}, nil
}

// Time is the day's midnight UTC.
func (d Date) Time() time.Time { return d.t }

// IsZero reports whether the date is unset.
func (d Date) IsZero() bool { return d.t.IsZero() }

// String is "YYYY-MM-DD", or "" for the zero Date.
func (d Date) String() string {
	if d.t.IsZero() {
		return ""
	}
	return d.t.Format(time.DateOnly)
}

// MarshalJSON encodes the date as "YYYY-MM-DD".
func (d Date) MarshalJSON() ([]byte, error) {
	return json.Marshal(d.String())
}

// UnmarshalJSON reads "YYYY-MM-DD"; "" and null give the zero Date.
func (d *Date) UnmarshalJSON(b []byte) error {
	if string(b) == "null" {
		*d = Date{}
		return nil
	}
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return fmt.Errorf("digest: date: %w", err)
	}
	if s == "" {
		*d = Date{}
		return nil
	}
	v, err := ParseDate(s)
	if err != nil {
		return err
	}
	*d = v
	return nil
}
