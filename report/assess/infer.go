package assess

import (
	"sort"
	"strings"
)

// Labels of the Evidence Inference task: the effect of an intervention on
// an outcome relative to a comparator.
const (
	EffectIncreased    = "significantly increased"
	EffectDecreased    = "significantly decreased"
	EffectNoDifference = "no significant difference"
)

// Prompt names what is compared: the intervention, its comparator and the
// outcome measured.
type Prompt struct {
	Intervention, Comparator, Outcome string
}

// EffectReader is the assessor's direction component exposed on its own:
// it reads evidence sentences for one intervention / comparator / outcome
// triple. It is what report/eval measures on Evidence Inference.
type EffectReader struct {
	er effectRules
}

// NewEffectReader returns the rule-based direction reader.
func NewEffectReader() *EffectReader {
	return &EffectReader{er: newEffectRules()}
}

// stop words dropped from prompt phrases before matching.
func isStop(w string) bool {
	switch w {
	case "the", "a", "an", "of", "in", "on", "at", "to", "for", "with", "and", "or", "by", "from", "as", "is",
		"was", "were", "be", "after", "before", "during", "between", "group", "groups", "patients", "levels",
		"level", "rate", "rates", "score", "scores", "total", "mean", "number", "time", "days", "day", "week",
		"weeks", "months", "month", "vs", "versus", "use", "using", "their", "its", "than", "who", "that", "which",
		"these", "those", "this", "all", "any", "other", "per", "1", "2", "3", "4", "5", "6", "12", "24", "48",
		"patient", "participants", "participant", "subjects", "people", "children", "women", "men", "adults", "individuals":
		return true
	}
	return len(w) < 2
}

// promptTerms turns a prompt phrase into prefix terms of its content words.
func promptTerms(phrase string) termSet {
	var ts termSet
	seen := map[string]bool{}
	for _, w := range tokens(phrase) {
		if isStop(w) {
			continue
		}
		stem := w
		if len(stem) > 6 {
			stem = stem[:6]
		}
		if seen[stem] {
			continue
		}
		seen[stem] = true
		ts = append(ts, term{toks: []string{stem}, prefix: len(w) > 3})
	}
	return ts
}

// outcomeSpan returns the span of the densest outcome mention in toks and
// how many outcome words it covers.
func outcomeSpan(ts termSet, toks []string) (span, int) {
	ms := ts.find(toks)
	if len(ms) == 0 {
		return span{}, 0
	}
	best, bestN := span{ms[0].start, ms[0].end}, 1
	for i := range ms {
		sp, n := span{ms[i].start, ms[i].end}, 1
		for j := i + 1; j < len(ms) && ms[j].start-sp.end <= 3; j++ {
			sp.end = ms[j].end
			n++
		}
		if n > bestN {
			best, bestN = sp, n
		}
	}
	return best, bestN
}

// Classify says what the evidence sentences report for the prompt.
func (r *EffectReader) Classify(p Prompt, evidence []string) string {
	out := promptTerms(p.Outcome)
	g := groups{treat: promptTerms(p.Intervention), comp: append(promptTerms(p.Comparator), r.er.control...)}
	type cand struct {
		raw   string
		toks  []string
		sp    span
		score int
	}
	var cands []cand
	for _, s := range evidence {
		for _, sent := range splitSentences(s) {
			for _, cl := range r.er.clauses(sent) {
				toks := tokens(cl)
				sp, n := outcomeSpan(out, toks)
				cands = append(cands, cand{cl, toks, sp, n})
			}
		}
	}
	if len(cands) == 0 {
		return EffectNoDifference
	}
	sort.SliceStable(cands, func(i, j int) bool { return cands[i].score > cands[j].score })
	for _, c := range cands {
		rd := r.er.read(c.raw, c.toks, c.sp, g)
		if rd.null {
			return EffectNoDifference
		}
		dir := rd.change
		if dir == 0 {
			dir = rd.valence
		}
		if dir == 0 {
			continue
		}
		if rd.flip {
			dir = -dir
		}
		if dir > 0 {
			return EffectIncreased
		}
		return EffectDecreased
	}
	for _, c := range cands {
		if r.er.isSig(c.raw) {
			return EffectIncreased
		}
	}
	return EffectNoDifference
}

// FindEvidence picks from an abstract the k sentences most likely to
// report the prompt's result: those naming most of the outcome, in the
// results or conclusions, with results language and the arms named.
// Lines ending in ':' are read as section headings ("ABSTRACT.RESULTS:").
func (r *EffectReader) FindEvidence(p Prompt, abstract string, k int) []string {
	out, treat, comp := promptTerms(p.Outcome), promptTerms(p.Intervention), promptTerms(p.Comparator)
	type scored struct {
		s     string
		score float64
	}
	var ss []scored
	sec := roleOther
	for _, line := range strings.Split(abstract, "\n") {
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		if strings.HasSuffix(line, ":") {
			sec = sectionRole(strings.TrimSuffix(line, ":"), "")
			continue
		}
		for _, s := range splitSentences(line) {
			toks := tokens(s)
			_, n := outcomeSpan(out, toks)
			if n == 0 {
				continue
			}
			score := 4 * float64(n) / float64(max(1, len(out)))
			score += float64(n) * 0.5
			switch sec {
			case roleResults:
				score += 2
			case roleConclusion:
				score++
			case roleBackground, roleObjective, roleMethods, roleTitle:
				score -= 2
			}
			if treat.in(toks) || comp.in(toks) {
				score++
			}
			if r.er.isSig(s) || r.er.isNull(s) {
				score += 2
			}
			if r.er.inc.in(toks) || r.er.dec.in(toks) || r.er.good.in(toks) || r.er.bad.in(toks) {
				score++
			}
			ss = append(ss, scored{s, score})
		}
	}
	sort.SliceStable(ss, func(i, j int) bool { return ss[i].score > ss[j].score })
	var res []string
	for i := 0; i < len(ss) && i < k; i++ {
		res = append(res, ss[i].s)
	}
	return res
}
