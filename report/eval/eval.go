// Package eval measures the reporter's judgement against labelled records
// (the JSON-lines format of shared/eval/dev.jsonl) and measures its
// direction component on Evidence Inference 2.0.
package eval

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"maps"
	"net/url"
	"slices"
	"sort"
	"strings"

	"github.com/litwatch/litwatch/report/assess"
	"github.com/litwatch/litwatch/report/claims"
	"github.com/litwatch/litwatch/store"
)

// Labels are the hand labels of one record.
type Labels struct {
	Relevant  bool              `json:"relevant"`
	Claims    []string          `json:"claims"`
	Design    string            `json:"design"`
	Direction map[string]string `json:"direction"`
	Flag      bool              `json:"flag"`
	N         *int              `json:"n"`
	Why       string            `json:"why"`
	// ClaimFlags holds the flag per claim when the labeller wrote one
	// ("flag": {"c1": true, "c2": false}); Flag is then true when any is.
	ClaimFlags map[string]bool `json:"-"`
}

// UnmarshalJSON reads "flag" as the record's boolean or as an object of
// claim id to boolean, the flag of each claim the record bears on.
func (l *Labels) UnmarshalJSON(b []byte) error {
	type plain Labels
	var raw struct {
		plain
		Flag json.RawMessage `json:"flag"`
	}
	if err := json.Unmarshal(b, &raw); err != nil {
		return err
	}
	*l = Labels(raw.plain)
	switch f := bytes.TrimSpace(raw.Flag); {
	case len(f) == 0 || string(f) == "null":
	case f[0] == '{':
		if err := json.Unmarshal(f, &l.ClaimFlags); err != nil {
			return fmt.Errorf("labels: \"flag\" must be true, false or an object of claim id to true or false: %w", err)
		}
		for _, v := range l.ClaimFlags {
			l.Flag = l.Flag || v
		}
	default:
		if err := json.Unmarshal(f, &l.Flag); err != nil {
			return fmt.Errorf("labels: \"flag\" must be true, false or an object of claim id to true or false: %w", err)
		}
	}
	return nil
}

// Section is one labelled part of a structured abstract.
type Section struct {
	Label string `json:"label"`
	Text  string `json:"text"`
}

// Line is one labelled record. Links, Keywords and Language are optional
// extensions (not in shared/eval) used by litwatch's own cases.
type Line struct {
	ID       string       `json:"id"`
	PMID     *string      `json:"pmid"`
	DOI      *string      `json:"doi"`
	Title    string       `json:"title"`
	Year     int          `json:"year"`
	Journal  string       `json:"journal"`
	Authors  []string     `json:"authors"`
	PubTypes []string     `json:"pubtypes"`
	MeSH     []string     `json:"mesh"`
	Sections []Section    `json:"sections"`
	Abstract string       `json:"abstract"`
	URL      string       `json:"url"`
	Keywords []string     `json:"keywords,omitempty"`
	Links    []store.Link `json:"links,omitempty"`
	Language string       `json:"language,omitempty"`
	Labels   *Labels      `json:"labels"`
}

// Record converts a labelled line to the record the crawler would have
// stored: sections become Sections (and the joined Abstract), a
// ClinicalTrials.gov address becomes an NCT registration.
func (l Line) Record() store.Record {
	rec := store.Record{
		Source:   "eval",
		Title:    l.Title,
		Abstract: l.Abstract,
		Journal:  l.Journal,
		Year:     l.Year,
		Authors:  l.Authors,
		Language: l.Language,
		PubTypes: l.PubTypes,
		MeSH:     l.MeSH,
		Keywords: l.Keywords,
		Links:    l.Links,
	}
	if l.PMID != nil {
		rec.PMID = *l.PMID
	}
	if l.DOI != nil {
		rec.DOI = strings.ToLower(strings.TrimPrefix(*l.DOI, "https://doi.org/"))
	}
	if len(l.Sections) > 0 {
		var parts []string
		for _, s := range l.Sections {
			rec.Sections = append(rec.Sections, store.Section{Label: s.Label, Text: s.Text})
			if s.Label != "" {
				parts = append(parts, s.Label+": "+s.Text)
			} else {
				parts = append(parts, s.Text)
			}
		}
		if rec.Abstract == "" {
			rec.Abstract = strings.Join(parts, "\n")
		}
	}
	if u, err := url.Parse(l.URL); err == nil && strings.HasSuffix(strings.ToLower(u.Host), "clinicaltrials.gov") {
		rec.Source = "clinicaltrials"
		for _, part := range strings.Split(u.Path, "/") {
			if strings.HasPrefix(strings.ToUpper(part), "NCT") {
				rec.NCT = strings.ToUpper(part)
			}
		}
	}
	return rec
}

// ReadLines reads labelled JSON lines; errors name the line.
func ReadLines(r io.Reader) ([]Line, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 16*1024*1024)
	var out []Line
	seen := map[string]int{}
	for no := 1; sc.Scan(); no++ {
		text := strings.TrimSpace(sc.Text())
		if text == "" {
			continue
		}
		var l Line
		dec := json.NewDecoder(strings.NewReader(text))
		if err := dec.Decode(&l); err != nil {
			return nil, fmt.Errorf("line %d: %w", no, err)
		}
		if l.ID == "" {
			return nil, fmt.Errorf("line %d: missing \"id\"", no)
		}
		if l.Labels == nil {
			return nil, fmt.Errorf("line %d (%s): missing \"labels\"", no, l.ID)
		}
		if prev, dup := seen[l.ID]; dup {
			return nil, fmt.Errorf("line %d (%s): duplicate id (first on line %d)", no, l.ID, prev)
		}
		seen[l.ID] = no
		out = append(out, l)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("reading labelled records: %w", err)
	}
	if len(out) == 0 {
		return nil, errors.New("no labelled records")
	}
	return out, nil
}

// PRF is precision, recall and F1 with their counts.
type PRF struct {
	TP, FP, FN            int
	Precision, Recall, F1 float64
}

func prf(tp, fp, fn int) PRF {
	p := PRF{TP: tp, FP: fp, FN: fn}
	if tp+fp > 0 {
		p.Precision = float64(tp) / float64(tp+fp)
	}
	if tp+fn > 0 {
		p.Recall = float64(tp) / float64(tp+fn)
	}
	if p.Precision+p.Recall > 0 {
		p.F1 = 2 * p.Precision * p.Recall / (p.Precision + p.Recall)
	}
	return p
}

// Outcome is the judgement of one record next to its labels.
type Outcome struct {
	ID      string
	Title   string
	Labels  Labels
	Result  assess.Result
	Flagged bool
	Claims  []string // claims the assessor found relevant
}

// Report is the evaluation of an assessor on labelled records.
type Report struct {
	Outcomes   []Outcome
	Relevance  PRF            // record level: bears on any claim
	ClaimRel   PRF            // (record, claim) pairs
	PerClaim   map[string]PRF // (record, claim) pairs, per claim
	Flag       PRF            // record level
	ClaimFlag  PRF            // (record, claim) pairs, over the records labelled per claim
	claimFlags int            // records whose labels give a flag per claim
	DesignOK   int
	Confusion  map[string]map[string]int // gold -> predicted
	DirOK      int
	DirTotal   int
	DirPerCls  map[string]PRF
	NOK        int
	NTotal     int
	claimOrder []string
}

// Summary holds the headline figures.
type Summary struct {
	Records                                          int
	RelevancePrecision, RelevanceRecall, RelevanceF1 float64
	ClaimRelevanceF1                                 float64
	FlagPrecision, FlagRecall, FlagF1                float64
	DesignAccuracy                                   float64
	DirectionAccuracy                                float64
	DirectionMacroF1                                 float64
	NAccuracy                                        float64
}

// Score assesses every labelled record read from r against the claims and
// compares the judgements with the labels.
func Score(r io.Reader, set *claims.Set, a assess.Assessor) (*Report, error) {
	if set == nil || a == nil {
		return nil, errors.New("eval: a claims set and an assessor are needed")
	}
	lines, err := ReadLines(r)
	if err != nil {
		return nil, fmt.Errorf("eval: %w", err)
	}
	rep := &Report{PerClaim: map[string]PRF{}, Confusion: map[string]map[string]int{}, DirPerCls: map[string]PRF{}}
	for _, c := range set.Claims {
		rep.claimOrder = append(rep.claimOrder, c.ID)
	}
	var relTP, relFP, relFN, flTP, flFP, flFN, cfTP, cfFP, cfFN int
	pair := map[string]*[3]int{}
	for _, c := range set.Claims {
		pair[c.ID] = &[3]int{}
	}
	dirConf := map[string]map[string]int{}
	for _, l := range lines {
		for _, id := range l.Labels.Claims {
			if _, ok := set.Get(id); !ok {
				return nil, fmt.Errorf("eval: record %s: label names claim %q, which the claims set does not have", l.ID, id)
			}
		}
		for id := range l.Labels.ClaimFlags {
			if _, ok := set.Get(id); !ok {
				return nil, fmt.Errorf("eval: record %s: flag names claim %q, which the claims set does not have", l.ID, id)
			}
		}
		res := a.Assess(l.Record(), set.Claims)
		o := Outcome{ID: l.ID, Title: l.Title, Labels: *l.Labels, Result: res}
		got := map[string]store.Assessment{}
		for _, as := range res.Assessments {
			if as.Relevant {
				got[as.Claim] = as
				o.Claims = append(o.Claims, as.Claim)
			}
			o.Flagged = o.Flagged || as.Flagged
		}
		rel := len(o.Claims) > 0
		count(&relTP, &relFP, &relFN, l.Labels.Relevant, rel)
		count(&flTP, &flFP, &flFN, l.Labels.Flag, o.Flagged)
		if l.Labels.ClaimFlags != nil {
			rep.claimFlags++
			for _, c := range set.Claims {
				count(&cfTP, &cfFP, &cfFN, l.Labels.ClaimFlags[c.ID], got[c.ID].Flagged)
			}
		}
		gold := map[string]bool{}
		for _, id := range l.Labels.Claims {
			gold[id] = true
		}
		for _, c := range set.Claims {
			p := pair[c.ID]
			_, predicted := got[c.ID]
			count(&p[0], &p[1], &p[2], gold[c.ID], predicted)
		}
		if rep.Confusion[l.Labels.Design] == nil {
			rep.Confusion[l.Labels.Design] = map[string]int{}
		}
		rep.Confusion[l.Labels.Design][res.Design]++
		if SameDesign(l.Labels.Design, res.Design) {
			rep.DesignOK++
		}
		for id, want := range l.Labels.Direction {
			as, ok := got[id]
			if !ok {
				continue
			}
			rep.DirTotal++
			if as.Direction == want {
				rep.DirOK++
			}
			if dirConf[want] == nil {
				dirConf[want] = map[string]int{}
			}
			dirConf[want][as.Direction]++
		}
		if l.Labels.N != nil {
			rep.NTotal++
			if *l.Labels.N == res.N {
				rep.NOK++
			}
		}
		rep.Outcomes = append(rep.Outcomes, o)
	}
	rep.Relevance = prf(relTP, relFP, relFN)
	rep.Flag = prf(flTP, flFP, flFN)
	rep.ClaimFlag = prf(cfTP, cfFP, cfFN)
	var tp, fp, fn int
	for id, p := range pair {
		rep.PerClaim[id] = prf(p[0], p[1], p[2])
		tp, fp, fn = tp+p[0], fp+p[1], fn+p[2]
	}
	rep.ClaimRel = prf(tp, fp, fn)
	for _, cls := range directions() {
		var t, f, n int
		for want, row := range dirConf {
			for got, k := range row {
				switch {
				case want == cls && got == cls:
					t += k
				case got == cls:
					f += k
				case want == cls:
					n += k
				}
			}
		}
		if t+f+n > 0 {
			rep.DirPerCls[cls] = prf(t, f, n)
		}
	}
	return rep, nil
}

// SameDesign reports whether a predicted design matches a labelled one.
// The labels use the design vocabulary of shared/eval/README.md, which has
// no class for trial registrations: a registry entry is a registered
// protocol, so the assessor's trial_registration counts as protocol.
func SameDesign(label, got string) bool {
	norm := func(d string) string {
		if d == assess.DesignTrialRegistration {
			return assess.DesignProtocol
		}
		return d
	}
	return norm(label) == norm(got)
}

func directions() []string {
	return []string{assess.DirectionBenefit, assess.DirectionNoEffect, assess.DirectionHarm, assess.DirectionMixed, assess.DirectionUnclear}
}

func count(tp, fp, fn *int, want, got bool) {
	switch {
	case want && got:
		*tp++
	case got:
		*fp++
	case want:
		*fn++
	}
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Summary returns the headline figures.
func (r *Report) Summary() Summary {
	s := Summary{
		Records:            len(r.Outcomes),
		RelevancePrecision: r.Relevance.Precision,
		RelevanceRecall:    r.Relevance.Recall,
		RelevanceF1:        r.Relevance.F1,
		ClaimRelevanceF1:   r.ClaimRel.F1,
		FlagPrecision:      r.Flag.Precision,
		FlagRecall:         r.Flag.Recall,
		FlagF1:             r.Flag.F1,
		DesignAccuracy:     ratio(r.DesignOK, len(r.Outcomes)),
		DirectionAccuracy:  ratio(r.DirOK, r.DirTotal),
		NAccuracy:          ratio(r.NOK, r.NTotal),
	}
	// summed in class order: a map's order would change the last digit
	var sum float64
	for _, cls := range slices.Sorted(maps.Keys(r.DirPerCls)) {
		sum += r.DirPerCls[cls].F1
	}
	if len(r.DirPerCls) > 0 {
		s.DirectionMacroF1 = sum / float64(len(r.DirPerCls))
	}
	return s
}

// WriteText writes the report for people: figures per field and per claim,
// the design confusion, and every miss.
func (r *Report) WriteText(w io.Writer) error {
	ew := &errWriter{w: w}
	s := r.Summary()
	ew.printf("Records: %d\n\n", s.Records)
	ew.printf("%-22s %9s %9s %9s   %s\n", "", "precision", "recall", "F1", "tp/fp/fn")
	row := func(name string, p PRF) {
		ew.printf("%-22s %9.3f %9.3f %9.3f   %d/%d/%d\n", name, p.Precision, p.Recall, p.F1, p.TP, p.FP, p.FN)
	}
	row("relevance (record)", r.Relevance)
	row("relevance (claim)", r.ClaimRel)
	for _, id := range r.claimOrder {
		row("  "+id, r.PerClaim[id])
	}
	row("flag (record)", r.Flag)
	if r.claimFlags > 0 {
		row("flag (claim)", r.ClaimFlag)
	}
	ew.printf("\nDesign accuracy: %.3f (%d/%d)\n", s.DesignAccuracy, r.DesignOK, len(r.Outcomes))
	golds := sortedKeys(r.Confusion)
	preds := map[string]bool{}
	for _, row := range r.Confusion {
		for p := range row {
			preds[p] = true
		}
	}
	predList := sortedKeys(preds)
	ew.printf("  %-18s", "label \\ predicted")
	for _, p := range predList {
		ew.printf(" %6.6s", p)
	}
	ew.printf("\n")
	for _, g := range golds {
		ew.printf("  %-18s", g)
		for _, p := range predList {
			ew.printf(" %6d", r.Confusion[g][p])
		}
		ew.printf("\n")
	}
	ew.printf("\nDirection (claims both labelled and found relevant): accuracy %.3f (%d/%d), macro-F1 %.3f\n",
		s.DirectionAccuracy, r.DirOK, r.DirTotal, s.DirectionMacroF1)
	for _, cls := range directions() {
		if p, ok := r.DirPerCls[cls]; ok {
			row("  "+cls, p)
		}
	}
	ew.printf("\nParticipants (n) exact: %.3f (%d/%d)\n", s.NAccuracy, r.NOK, r.NTotal)
	ew.printf("\nMisses:\n")
	for _, o := range r.Outcomes {
		for _, m := range o.misses() {
			ew.printf("  %s %s\n", o.ID, m)
		}
	}
	return ew.err
}

// misses lists how the judgement of one record differs from its labels.
func (o Outcome) misses() []string {
	var out []string
	gold := strings.Join(sorted(o.Labels.Claims), ",")
	got := strings.Join(sorted(o.Claims), ",")
	if gold != got {
		out = append(out, fmt.Sprintf("claims: labelled [%s], found [%s]", gold, got))
	}
	if o.Labels.Flag != o.Flagged {
		kind := "missed flag"
		if o.Flagged {
			kind = "false flag"
		}
		var reasons []string
		for _, as := range o.Result.Assessments {
			reasons = append(reasons, fmt.Sprintf("%s: %s/%s %s", as.Claim, as.Signal, as.Direction, strings.Join(as.Reasons[1:], " ")))
		}
		out = append(out, fmt.Sprintf("%s: %s", kind, strings.Join(reasons, " | ")))
	}
	if !SameDesign(o.Labels.Design, o.Result.Design) {
		out = append(out, fmt.Sprintf("design: labelled %s, found %s", o.Labels.Design, o.Result.Design))
	}
	for _, as := range o.Result.Assessments {
		if want, ok := o.Labels.Direction[as.Claim]; ok && want != as.Direction {
			out = append(out, fmt.Sprintf("direction %s: labelled %s, found %s", as.Claim, want, as.Direction))
		}
	}
	if o.Labels.N != nil && *o.Labels.N != o.Result.N {
		out = append(out, fmt.Sprintf("n: labelled %d, found %d", *o.Labels.N, o.Result.N))
	}
	return out
}

func sorted(s []string) []string {
	out := append([]string(nil), s...)
	sort.Strings(out)
	return out
}

func sortedKeys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// errWriter keeps the first write error.
type errWriter struct {
	w   io.Writer
	err error
}

func (e *errWriter) printf(format string, args ...any) {
	if e.err != nil {
		return
	}
	_, e.err = fmt.Fprintf(e.w, format, args...)
}
