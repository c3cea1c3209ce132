package ctgov

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/litwatch/litwatch/crawler"
	"github.com/litwatch/litwatch/store"
)

// SourceName is the name of this source and the Source of its records.
const SourceName = "clinicaltrials"

// Journal is the Journal of every trial registration record.
const Journal = "ClinicalTrials.gov"

// maxDetailRunes is how long a detailedDescription may be and still be
// added to the abstract. Longer ones are protocol text (procedures,
// schedules) that would drown the summary.
const maxDetailRunes = 2000

// MaxEnrollment is the largest enrollment count taken as a count. The
// largest registered trials enrol a few hundred thousand people; a figure
// beyond ten million, or a negative one, is a registry error.
const MaxEnrollment = 10_000_000

// PlausibleEnrollment reports whether an enrollment count from the registry
// is taken as a count (0 to MaxEnrollment); any other is unknown.
func PlausibleEnrollment(n int) bool { return n >= 0 && n <= MaxEnrollment }

// ParseStudies reads one page of GET /api/v2/studies (format=json) and
// returns one Record per study in page order and the nextPageToken (""
// on the last page). A page with no studies gives no records and no error.
// A body that is not a studies page — an HTML error page, malformed or
// truncated JSON, a JSON document without "studies", a study without an
// NCT number — is an error naming clinicaltrials.
//
// Each study becomes a trial registration Record:
//   - NCT = nctId; Title = officialTitle, else briefTitle;
//     Journal = "ClinicalTrials.gov"; Language "eng".
//   - Sections "Brief Summary", "Detailed Description" (only when it is
//     at most 2,000 characters and not a copy of the summary) and
//     "Registration", and Abstract = their texts, one per line.
//   - The "Registration" section, the Abstract's last line, states the
//     registry facts the Record has no field for, so the assessor can read
//     them: "Enrollment: 240 participants (ACTUAL). Allocation: RANDOMIZED.
//     Status: COMPLETED. Why stopped: …. Study type: INTERVENTIONAL.
//     Phase: PHASE3. … Start: 2010-05. Completion: 2015-03 (ACTUAL).
//     Sponsor: …." (enum values as the API gives them). An enrollment
//     count that is negative or above MaxEnrollment is "unknown", never
//     printed as a number of participants.
//   - PubTypes: "Trial Registration", then the study type
//     ("Interventional", "Observational", "Expanded Access"),
//     "Randomized" / "Non-Randomized" from designInfo.allocation, the
//     phases ("Phase 2", "Early Phase 1"), "Patient Registry", and
//     "Has Results" when results are posted.
//   - Keywords: conditions, the registry keywords and intervention names.
//     MeSH: the derived condition and intervention MeSH terms.
//   - Links: references of type RESULT as "ResultsReference" and DERIVED
//     (PubMed articles NLM linked to the NCT number) as "DerivedReference",
//     with their PMIDs; BACKGROUND references are not links.
//   - Year and PubDate: the first-posted date (else first submitted);
//     EntryDate: lastUpdatePostDateStruct.date, the date the source's
//     window filters on. Partial dates ("2009-09") are read as the first
//     day of the month.
func ParseStudies(data []byte) (recs []store.Record, next string, err error) {
	p, err := parseStudies(data)
	if err != nil {
		return nil, "", err
	}
	return p.recs, p.next, nil
}

// studiesPage is one parsed page.
type studiesPage struct {
	recs  []store.Record
	next  string
	total *int // totalCount, only with countTotal=true
}

func parseStudies(data []byte) (*studiesPage, error) {
	resp, err := parsePage(data)
	if err != nil {
		return nil, err
	}
	p := &studiesPage{next: strings.TrimSpace(resp.NextPageToken), total: resp.TotalCount}
	studies := *resp.Studies
	if len(studies) > 0 {
		p.recs = make([]store.Record, 0, len(studies))
	}
	for i := range studies {
		rec, err := studies[i].record()
		if err != nil {
			return nil, fmt.Errorf("clinicaltrials: study %d of %d: %w", i+1, len(studies), err)
		}
		p.recs = append(p.recs, rec)
	}
	return p, nil
}

func parsePage(data []byte) (*studiesResponse, error) {
	trimmed := bytes.TrimSpace(bytes.TrimPrefix(data, []byte("\xef\xbb\xbf")))
	if len(trimmed) == 0 {
		return nil, errors.New("clinicaltrials: empty response")
	}
	if trimmed[0] == '<' {
		head := strings.ToLower(string(trimmed[:min(len(trimmed), 512)]))
		if strings.Contains(head, "<html") || strings.Contains(head, "<!doctype html") || strings.Contains(head, "<body") {
			return nil, fmt.Errorf("clinicaltrials: got an HTML page instead of JSON: %q", crawler.RawSnippet(trimmed))
		}
		return nil, fmt.Errorf("clinicaltrials: got XML instead of JSON: %q", crawler.RawSnippet(trimmed))
	}
	if trimmed[0] != '{' {
		return nil, fmt.Errorf("clinicaltrials: response is not a JSON object: %q", crawler.RawSnippet(trimmed))
	}
	var resp studiesResponse
	if err := json.Unmarshal(trimmed, &resp); err != nil {
		return nil, fmt.Errorf("clinicaltrials: malformed JSON response: %w", err)
	}
	if resp.Studies == nil {
		return nil, errors.New(`clinicaltrials: response has no "studies" array: not a studies page`)
	}
	return &resp, nil
}

func (st *study) record() (store.Record, error) {
	ps := &st.ProtocolSection
	id := &ps.IdentificationModule
	rec := store.Record{
		Source:   SourceName,
		NCT:      store.NormNCT(id.NCTID),
		Journal:  Journal,
		Language: "eng",
	}
	if rec.NCT == "" {
		if strings.TrimSpace(id.NCTID) == "" {
			return rec, errors.New("no nctId")
		}
		return rec, fmt.Errorf("bad nctId %q", id.NCTID)
	}
	rec.Title = crawler.NormalizeSpace(id.OfficialTitle)
	if rec.Title == "" {
		rec.Title = crawler.NormalizeSpace(id.BriefTitle)
	}

	sm := &ps.StatusModule
	first := strings.TrimSpace(sm.StudyFirstPostDateStruct.Date)
	if _, ok := parseDate(first); !ok {
		first = strings.TrimSpace(sm.StudyFirstSubmitDate)
	}
	if t, ok := parseDate(first); ok {
		rec.Year = t.Year()
		rec.PubDate = first
	}
	for _, d := range []string{sm.LastUpdatePostDateStruct.Date, sm.LastUpdateSubmitDate, sm.StudyFirstPostDateStruct.Date} {
		if t, ok := parseDate(d); ok {
			rec.EntryDate = t
			break
		}
	}

	summary := markdownText(ps.DescriptionModule.BriefSummary)
	detail := markdownText(ps.DescriptionModule.DetailedDescription)
	if summary != "" {
		rec.Sections = append(rec.Sections, store.Section{Label: "Brief Summary", Text: summary})
	}
	if detail != "" && detail != summary && utf8.RuneCountInString(detail) <= maxDetailRunes {
		rec.Sections = append(rec.Sections, store.Section{Label: "Detailed Description", Text: detail})
	}
	if f := st.facts(); f != "" {
		rec.Sections = append(rec.Sections, store.Section{Label: "Registration", Text: f})
	}
	lines := make([]string, len(rec.Sections))
	for i, s := range rec.Sections {
		lines[i] = s.Text
	}
	rec.Abstract = strings.Join(lines, "\n")

	rec.PubTypes = st.pubTypes()
	rec.Status = st.status()
	for _, c := range ps.ConditionsModule.Conditions {
		rec.Keywords = crawler.AppendUnique(rec.Keywords, crawler.NormalizeSpace(c))
	}
	for _, k := range ps.ConditionsModule.Keywords {
		rec.Keywords = crawler.AppendUnique(rec.Keywords, crawler.NormalizeSpace(k))
	}
	for _, iv := range ps.ArmsInterventionsModule.Interventions {
		rec.Keywords = crawler.AppendUnique(rec.Keywords, crawler.NormalizeSpace(iv.Name))
	}
	for _, m := range st.DerivedSection.ConditionBrowseModule.Meshes {
		rec.MeSH = crawler.AppendUnique(rec.MeSH, crawler.NormalizeSpace(m.Term))
	}
	for _, m := range st.DerivedSection.InterventionBrowseModule.Meshes {
		rec.MeSH = crawler.AppendUnique(rec.MeSH, crawler.NormalizeSpace(m.Term))
	}
	for _, r := range ps.ReferencesModule.References {
		var typ string
		switch strings.ToUpper(strings.TrimSpace(r.Type)) {
		case "RESULT":
			typ = "ResultsReference"
		case "DERIVED":
			typ = "DerivedReference"
		default:
			continue
		}
		l := store.Link{Type: typ, PMID: store.NormPMID(r.PMID), Source: crawler.NormalizeSpace(r.Citation)}
		if l.PMID == "" && l.Source == "" {
			continue
		}
		rec.Links = append(rec.Links, l)
	}
	return rec, nil
}

// pubTypes are "Trial Registration" plus the design facts a reader sorts
// trials by.
func (st *study) pubTypes() []string {
	dm := &st.ProtocolSection.DesignModule
	out := []string{"Trial Registration"}
	if t := enumWords(dm.StudyType); t != "" {
		out = append(out, t)
	}
	switch strings.ToUpper(strings.TrimSpace(dm.DesignInfo.Allocation)) {
	case "RANDOMIZED":
		out = append(out, "Randomized")
	case "NON_RANDOMIZED":
		out = append(out, "Non-Randomized")
	}
	for _, p := range dm.Phases {
		if ph := phaseName(p); ph != "" {
			out = crawler.AppendUnique(out, ph)
		}
	}
	if dm.PatientRegistry {
		out = append(out, "Patient Registry")
	}
	if st.HasResults {
		out = append(out, "Has Results")
	}
	return out
}

// status is the registration's news-worthy state: the overall status, and
// whether results are posted.
func (st *study) status() string {
	s := strings.TrimSpace(st.ProtocolSection.StatusModule.OverallStatus)
	if st.HasResults {
		if s != "" {
			s += "; "
		}
		s += "results posted"
	}
	return s
}

// facts is the "Registration" line: the registry facts with no Record
// field, in plain sentences the assessor can quote.
func (st *study) facts() string {
	ps := &st.ProtocolSection
	sm := &ps.StatusModule
	dm := &ps.DesignModule
	var parts []string
	add := func(label, value string) {
		if value = crawler.NormalizeSpace(value); value != "" {
			parts = append(parts, label+": "+sentence(value))
		}
	}
	if c := dm.EnrollmentInfo.Count; c != nil {
		if PlausibleEnrollment(*c) {
			v := strconv.Itoa(*c) + " participants"
			if t := strings.TrimSpace(dm.EnrollmentInfo.Type); t != "" {
				v += " (" + t + ")"
			}
			add("Enrollment", v)
		} else {
			// Never printed as a count: the assessor reads numbers of
			// participants from this line.
			add("Enrollment", "unknown (the registry's figure is not a possible count)")
		}
	}
	add("Allocation", dm.DesignInfo.Allocation)
	status := strings.TrimSpace(sm.OverallStatus)
	if last := strings.TrimSpace(sm.LastKnownStatus); last != "" && status != "" {
		status += " (last known status: " + last + ")"
	}
	add("Status", status)
	add("Why stopped", sm.WhyStopped)
	add("Study type", dm.StudyType)
	var phases []string
	for _, p := range dm.Phases {
		if p = strings.TrimSpace(p); p != "" && p != "NA" {
			phases = append(phases, p)
		}
	}
	add("Phase", strings.Join(phases, ", "))
	add("Intervention model", dm.DesignInfo.InterventionModel)
	add("Masking", dm.DesignInfo.MaskingInfo.Masking)
	add("Primary purpose", dm.DesignInfo.PrimaryPurpose)
	add("Observational model", dm.DesignInfo.ObservationalModel)
	add("Time perspective", dm.DesignInfo.TimePerspective)
	add("Start", dated(sm.StartDateStruct))
	add("Primary completion", dated(sm.PrimaryCompletionDateStruct))
	add("Completion", dated(sm.CompletionDateStruct))
	add("Sponsor", ps.SponsorCollaboratorsModule.LeadSponsor.Name)
	if st.HasResults {
		v := "posted"
		if d := strings.TrimSpace(sm.ResultsFirstPostDateStruct.Date); d != "" {
			v += " " + d
		}
		add("Results", v)
	}
	return strings.Join(parts, " ")
}

// dated renders a date struct as "2015-03 (ACTUAL)".
func dated(d dateStruct) string {
	v := strings.TrimSpace(d.Date)
	if v == "" {
		return ""
	}
	if t := strings.TrimSpace(d.Type); t != "" {
		v += " (" + t + ")"
	}
	return v
}

// sentence ends s with a full stop unless it already ends a sentence.
func sentence(s string) string {
	if strings.HasSuffix(s, ".") || strings.HasSuffix(s, "!") || strings.HasSuffix(s, "?") {
		return s
	}
	return s + "."
}

// enumWords turns an API enum into words: "EXPANDED_ACCESS" -> "Expanded
// Access".
func enumWords(s string) string {
	words := strings.FieldsFunc(strings.ToLower(strings.TrimSpace(s)), func(r rune) bool { return r == '_' || r == ' ' })
	for i, w := range words {
		r, n := utf8.DecodeRuneInString(w)
		words[i] = strings.ToUpper(string(r)) + w[n:]
	}
	return strings.Join(words, " ")
}

// phaseName turns "PHASE2" into "Phase 2" and "EARLY_PHASE1" into "Early
// Phase 1"; "NA" (not applicable) gives "".
func phaseName(p string) string {
	p = strings.ToUpper(strings.TrimSpace(p))
	prefix := ""
	if rest, ok := strings.CutPrefix(p, "EARLY_"); ok {
		prefix, p = "Early ", rest
	}
	n, ok := strings.CutPrefix(p, "PHASE")
	if !ok || n == "" {
		return ""
	}
	return prefix + "Phase " + n
}

// parseDate reads a full or partial ISO date (YYYY-MM-DD, YYYY-MM, YYYY)
// as midnight UTC of its first day.
func parseDate(s string) (time.Time, bool) {
	s = strings.TrimSpace(s)
	for _, layout := range []string{time.DateOnly, "2006-01", "2006"} {
		if len(s) != len(layout) {
			continue
		}
		if t, err := time.Parse(layout, s); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}

// markdownText turns a CommonMark field (briefSummary, detailedDescription)
// into one plain paragraph: backslash escapes ("\>") undone, list markers
// dropped and each list item ended as a sentence, white space collapsed.
func markdownText(s string) string {
	if strings.TrimSpace(s) == "" {
		return ""
	}
	var parts []string
	for _, line := range strings.Split(s, "\n") {
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		item := false
		for _, m := range []string{"* ", "- ", "+ "} {
			if rest, ok := strings.CutPrefix(line, m); ok {
				line, item = strings.TrimSpace(rest), true
				break
			}
		}
		if !item {
			if i := strings.IndexAny(line, ".)"); i > 0 && i <= 3 && i+1 < len(line) && line[i+1] == ' ' && allDigits(line[:i]) {
				line, item = strings.TrimSpace(line[i+2:]), true
			}
		}
		line = unescapeMarkdown(line)
		if item && line != "" && !strings.ContainsAny(line[len(line)-1:], ".!?:;") {
			line += "."
		}
		parts = append(parts, line)
	}
	return crawler.NormalizeSpace(strings.Join(parts, " "))
}

func allDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}

// unescapeMarkdown undoes CommonMark backslash escapes of ASCII
// punctuation ("\>" -> ">").
func unescapeMarkdown(s string) string {
	if !strings.Contains(s, `\`) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '\\' && i+1 < len(s) && strings.IndexByte("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~", s[i+1]) >= 0 {
			i++
		}
		b.WriteByte(s[i])
	}
	return b.String()
}
