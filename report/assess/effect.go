package assess

import (
	"regexp"
	"strconv"
	"strings"
)

// effectRules read what a results or conclusion sentence says about an
// outcome: whether it went up or down, whether that was good or bad,
// whether the difference was significant, and which group it is about.
// They are general research language; the outcome words come from the
// caller (a claim's outcomes, or an Evidence Inference prompt).
type effectRules struct {
	clauseSplit  *regexp.Regexp
	null         *regexp.Regexp
	notVerb      *regexp.Regexp
	sig          *regexp.Regexp
	negSig       *regexp.Regexp
	pval         *regexp.Regexp
	ci           *regexp.Regexp
	ratioWord    *regexp.Regexp
	diffWord     *regexp.Regexp
	trend        *regexp.Regexp
	within       *regexp.Regexp
	between      *regexp.Regexp
	insufficient *regexp.Regexp
	negHarm      *regexp.Regexp
	wordParens   *regexp.Regexp

	inc, dec, good, bad termSet
	control             termSet
	refMarkers          termSet
	negators            map[string]bool
	masks               termSet
}

func newEffectRules() effectRules {
	return effectRules{
		clauseSplit: regexp.MustCompile(`(?i);\s*|,?\s+\b(but|whereas|although|however)\b,?\s+|,\s+(while|though|yet|and then|and|with the exception of|except)\s+`),
		wordParens:  regexp.MustCompile(`\s*\([^()\d]*\)`),
		null: regexp.MustCompile(`(?i)\b((no|not|non|nor|neither|without|nonsignificant|insignificant)\b[^.;]{0,40}?\b(significant\w*|statistical\w*|differ\w*|effect|effects|change|changes|association|associated|benefit\w*|improve\w*|reduc\w*|increas\w*|decreas\w*|impact|influence|advantage|superior\w*|better|worse|faster|slower)` +
			`|non-?significant|insignificant|similar|comparable|equivalent|unchanged|unaffected|equally|no longer|did not reach|failed to|were not different|was not different|n\.s\.|no difference|no differences|not differ\w*)\b`),
		notVerb:      regexp.MustCompile(`(?i)\b(did|does|do|was|were|is|are|could|can|would|has|have|had)\s+not\b|\b(didn't|doesn't|wasn't|weren't|isn't|aren't)\b`),
		sig:          regexp.MustCompile(`(?i)\b(significant(ly)?|statistically significant\w*)\b`),
		negSig:       regexp.MustCompile(`(?i)\b(no|not|non|nor|without|neither)\b[^.;]{0,25}?\bsignifican`),
		pval:         regexp.MustCompile(`(?i)\bp\s*(?:value\s*)?(<=|>=|≤|≥|<|>|=)\s*(0?\.\d+|0|1(?:\.0+)?)`),
		ci:           regexp.MustCompile(`(?i)(-?\d*\.?\d+)\s*[%a-z/]*\s*[\[(;,]?\s*(?:95\s*%\s*)?(?:ci|confidence interval)\s*[:,=]?\s*[\[(]?\s*(-?\d*\.?\d+)\s*(?:to|–|—|-|,|;)\s*(-?\d*\.?\d+)`),
		ratioWord:    regexp.MustCompile(`(?i)\b(rr|or|hr|irr|aor|ahr|arr|ratio|relative risk|odds|hazard|incidence rate ratio|risk ratio|rate ratio)\b`),
		diffWord:     regexp.MustCompile(`(?i)\b(md|smd|wmd|difference|mean difference|change|reduction|increase|decrease|by|beta|β|coefficient)\b`),
		trend:        regexp.MustCompile(`(?i)\b(trend(ed|s)? (toward|towards|to)|tended|tendency|marginal(ly)?|borderline|approached significance|did not reach)\b`),
		within:       regexp.MustCompile(`(?i)\b(in both|in all (groups|arms)|in every (group|arm)|in each (group|arm)|with both|both (groups|arms)|all (three )?(groups|arms)|over time|from baseline|regardless of (group|allocation|treatment))\b`),
		between:      regexp.MustCompile(`(?i)\b(than|compared|comparison|versus|vs|relative to|between (the )?(two )?groups|over (the )?control|in the (intervention|treatment|experimental|study|massage|control) group)\b`),
		insufficient: regexp.MustCompile(`(?i)\b(insufficient|not (yet )?sufficient|inadequate evidence|(evidence|data|findings|studies|research|trials) (is|are|was|were|remains?) (still |currently |too |therefore )?(limited|weak|scarce|sparse|inconclusive|uncertain|lacking|insufficient|conflicting|inconsistent|poor|unclear|not sufficient|of (low|very low|poor|limited))|(low|very low|poor|limited)(-| )(to (moderate|low|very low)(-| ))?(quality|certainty) (evidence|studies|trials)|lack of (evidence|high[- ]quality|robust|rigorous|good[- ]quality)|no (firm|definitive|clear|reliable) conclusions?|cannot be (recommended|drawn|established|confirmed)|(does|do) not (justify|warrant)|(required|needed|necessary|warranted) before|before [^.;]{0,60}can be (established|recommended|confirmed)|inconclusive|should be interpreted with caution|limited evidence|weak evidence|little evidence|insufficient evidence)`),
		negHarm:      regexp.MustCompile(`(?i)\b(no|not|non|nor|neither|without|none|free of|absence of|limited risk|low risk|minimal risk|rare(ly)?|safe|safely|well tolerated)\b`),
		inc: newTermSet([]string{"increas*", "higher", "greater", "more", "rose", "risen", "rise", "rises", "rising",
			"raised", "raise", "raises", "elevat*", "longer", "larger", "bigger", "exceed*", "doubl*", "tripl*", "boost*",
			"accelerat*", "faster", "prolong*", "augment*", "heavier", "taller", "up", "high"}),
		dec: newTermSet([]string{"decreas*", "lower", "lowered", "lowers", "lowering", "less", "fewer", "reduc*", "shorter",
			"shorten*", "fell", "fall", "falls", "fallen", "declin*", "drop*", "diminish*", "smaller", "attenuat*",
			"lessen*", "slower", "halv*", "lighter", "minimi*", "suppress*", "down", "sooner", "earlier", "lesser", "low", "loss"}),
		good: newTermSet([]string{"improv*", "benefi*", "better", "effective", "effectively", "efficac*", "promot*",
			"enhanc*", "protect*", "helped", "helps", "help", "favour*", "favor*", "superior", "advantag*", "success*",
			"alleviat*", "reliev*", "relief", "prevent*", "supports", "support", "positive effect*", "preserv*", "optimi*"}),
		bad: newTermSet([]string{"worse", "worsen*", "harm*", "damag*", "impair*", "detriment*", "delay*", "retard*",
			"slow", "slows", "slowed", "deteriorat*", "inferior", "injur*", "disrupt*", "compromis*", "danger*",
			"trigger*", "negative effect*", "adverse*"}),
		control: newTermSet([]string{"control*", "placebo*", "sham", "usual care", "standard care", "routine care",
			"conventional care", "standard treatment", "comparison group*", "comparison arm*", "comparison infants",
			"cg", "untreated", "unmassaged"}),
		refMarkers: newTermSet([]string{"than", "compared with", "compared to", "in comparison with", "versus", "vs",
			"relative to", "over", "against", "as against"}),
		negators: map[string]bool{"no": true, "non": true, "without": true, "not": true, "un": true},
		masks:    newTermSet([]string{"birth weight", "birthweight", "gestational age", "weeks gestation", "cost effective*", "cost effectiveness"}),
	}
}

// clauses splits a sentence at contrastive joints ("..., but ...").
func (er effectRules) clauses(raw string) []string {
	idx := er.clauseSplit.FindAllStringIndex(raw, -1)
	if len(idx) == 0 {
		return []string{raw}
	}
	var out []string
	start := 0
	for _, m := range idx {
		if s := strings.TrimSpace(raw[start:m[0]]); s != "" {
			out = append(out, s)
		}
		start = m[1]
	}
	if s := strings.TrimSpace(raw[start:]); s != "" {
		out = append(out, s)
	}
	return out
}

// reading is what one clause says about one outcome.
type reading struct {
	change  int  // +1 the outcome went up, -1 down, 0 not said (for the subject group)
	valence int  // +1 said to be better, -1 worse, 0 not said (for the subject group)
	null    bool // no significant difference / no effect
	sig     bool // a significant or clearly stated between-group difference
	flip    bool // the subject of the comparison is the comparator group
	within  bool // a change within groups, not between them
}

// groups are the term sets that name the arms being compared.
type groups struct {
	treat, comp termSet
}

// read interprets a clause for the outcome mention at sp.
func (er effectRules) read(raw string, toks []string, sp span, g groups) reading {
	var r reading
	r.null = er.isNull(raw)
	r.sig = !r.null && er.isSig(raw)
	if er.within.MatchString(raw) && !er.between.MatchString(raw) {
		r.within = true
	}
	goodAt, badAt := er.nearest(toks, er.good, sp), er.nearest(toks, er.bad, sp)
	incAt, decAt := er.nearest(toks, er.inc, sp), er.nearest(toks, er.dec, sp)
	switch {
	case goodAt >= 0 && (badAt < 0 || goodAt < badAt):
		r.valence = 1
	case badAt >= 0:
		r.valence = -1
	}
	switch {
	case incAt >= 0 && (decAt < 0 || incAt < decAt):
		r.change = 1
	case decAt >= 0:
		r.change = -1
	}
	r.flip = er.subjectIsComparator(toks, g)
	if !r.null && !r.sig && (r.change != 0 || r.valence != 0) && er.between.MatchString(raw) {
		r.sig = true
	}
	if !r.null && er.trend.MatchString(raw) {
		r.null, r.sig = true, false
	}
	return r
}

// nearest returns the token distance from span sp to the closest match of
// ts in toks, or -1.
func (er effectRules) nearest(toks []string, ts termSet, sp span) int {
	best := -1
	for _, m := range ts.find(toks) {
		if m.start >= sp.start && m.end <= sp.end {
			continue
		}
		d := 0
		switch {
		case m.end <= sp.start:
			d = sp.start - m.end
		case m.start >= sp.end:
			d = m.start - sp.end
		}
		// a negated word ("did not increase") is not a direction
		if m.start > 0 && (toks[m.start-1] == "not" || toks[m.start-1] == "no") {
			continue
		}
		if best < 0 || d < best {
			best = d
		}
	}
	return best
}

// subjectIsComparator reports whether the first group named in the clause,
// other than one introduced by "than", "compared with", "versus"..., is
// the comparator.
func (er effectRules) subjectIsComparator(toks []string, g groups) bool {
	type mention struct {
		at   int
		comp bool
	}
	var ms []mention
	for _, s := range g.treat.find(toks) {
		comp := false
		if s.start > 0 && er.negators[toks[s.start-1]] {
			comp = true
		}
		ms = append(ms, mention{s.start, comp})
	}
	for _, s := range g.comp.find(toks) {
		ms = append(ms, mention{s.start, true})
	}
	first := -1
	for i, m := range ms {
		if er.isReference(toks, m.at) {
			continue
		}
		if first < 0 || m.at < ms[first].at {
			first = i
		}
	}
	return first >= 0 && ms[first].comp
}

// isReference reports whether the group named at toks[at] is introduced as
// the reference of a comparison.
func (er effectRules) isReference(toks []string, at int) bool {
	lo := max(0, at-6)
	for _, m := range er.refMarkers.find(toks[lo:at]) {
		_ = m
		return true
	}
	return false
}

// isNull reports whether a clause says there was no (significant) difference.
func (er effectRules) isNull(raw string) bool {
	if er.null.MatchString(raw) {
		return true
	}
	if er.notVerb.MatchString(raw) {
		return true
	}
	ps := er.pvalues(raw)
	if len(ps) > 0 {
		allNull := true
		for _, p := range ps {
			if p.sig {
				allNull = false
			}
		}
		if allNull {
			return true
		}
	}
	cis := er.intervals(raw)
	if len(cis) > 0 {
		allNull := true
		for _, c := range cis {
			if c {
				allNull = false
			}
		}
		if allNull && len(ps) == 0 {
			return true
		}
	}
	return false
}

// isSig reports whether a clause states a significant difference.
func (er effectRules) isSig(raw string) bool {
	if er.sig.MatchString(raw) && !er.negSig.MatchString(raw) {
		return true
	}
	for _, p := range er.pvalues(raw) {
		if p.sig {
			return true
		}
	}
	for _, c := range er.intervals(raw) {
		if c {
			return true
		}
	}
	return false
}

type pvalue struct {
	sig, null bool
}

// pvalues reads the p-values of a clause.
func (er effectRules) pvalues(raw string) []pvalue {
	var out []pvalue
	for _, m := range er.pval.FindAllStringSubmatch(raw, -1) {
		v, err := strconv.ParseFloat(m[2], 64)
		if err != nil {
			continue
		}
		op := m[1]
		switch op {
		case "<", "<=", "≤":
			if v <= 0.05 {
				out = append(out, pvalue{sig: true})
			}
		case ">", ">=", "≥":
			if v >= 0.05 {
				out = append(out, pvalue{null: true})
			}
		default:
			if v <= 0.05 {
				out = append(out, pvalue{sig: true})
			} else {
				out = append(out, pvalue{null: true})
			}
		}
	}
	return out
}

// intervals reads the confidence intervals of a clause, reporting for each
// whether it excludes the null value (1 for ratios, 0 for differences).
func (er effectRules) intervals(raw string) []bool {
	var out []bool
	for _, m := range er.ci.FindAllStringSubmatchIndex(raw, -1) {
		lo, err1 := strconv.ParseFloat(raw[m[4]:m[5]], 64)
		hi, err2 := strconv.ParseFloat(raw[m[6]:m[7]], 64)
		if err1 != nil || err2 != nil {
			continue
		}
		if lo > hi {
			lo, hi = hi, lo
		}
		before := raw[max(0, m[0]-50):m[3]]
		if i := strings.LastIndexAny(before, ";"); i >= 0 {
			before = before[i+1:]
		}
		var excludes bool
		switch {
		case er.ratioWord.MatchString(before):
			excludes = hi < 1 || lo > 1
		case er.diffWord.MatchString(before) || lo < 0:
			excludes = hi < 0 || lo > 0
		default:
			excludes = !(lo <= 0 && hi >= 0) && !(lo <= 1 && hi >= 1)
		}
		out = append(out, excludes)
	}
	return out
}

// masked returns toks with descriptor phrases ("birth weight") blanked so
// they are not read as outcomes.
func (er effectRules) masked(toks []string) []string {
	ms := er.masks.find(toks)
	if len(ms) == 0 {
		return toks
	}
	out := append([]string(nil), toks...)
	for _, m := range ms {
		for i := m.start; i < m.end; i++ {
			out[i] = "_"
		}
	}
	return out
}
