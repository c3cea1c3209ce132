package assess

import (
	"regexp"
	"strings"
	"unicode"

	"github.com/litwatch/litwatch/report/claims"
	"github.com/litwatch/litwatch/store"
)

// role is the part of an abstract a sentence belongs to.
type role int

const (
	roleTitle role = iota
	roleBackground
	roleObjective
	roleMethods
	roleResults
	roleConclusion
	roleOther
)

// sentence is one sentence of a record with its folded tokens.
type sentence struct {
	raw  string
	toks []string
	role role
}

// doc is a record prepared for reading.
type doc struct {
	rec        store.Record
	title      sentence
	sents      []sentence // abstract sentences in order
	structured bool       // the abstract had labelled sections
	pubTypes   []string   // lower-cased
	mesh       []string   // lower-cased
	keywords   []string   // folded
	allRaw     string     // title + abstract
	// participants is the noun of the people the study counted ("infants",
	// "women"), set once they are counted.
	participants string
	// included is how many studies a review included, once counted (0
	// if it does not say)
	included int
	// groups are every group of people the abstract counts as enrolled or
	// analysed, with their qualifiers ("elderly patients").
	groups []string
	// acrs are the acronyms the text defines, found once (see aliases).
	acrs     []acronymDef
	acrsRead bool
	// scales are the instruments the text says measure something, found
	// once (see instruments).
	scales     []scaleDef
	scalesRead bool
}

// scaleDef is an instrument a record says measures something ("pain was
// rated with the Neonatal Pain, Agitation, and Sedation Scale (N-PASS)").
type scaleDef struct {
	measured []string // up to six words before the verb: what it measures
	name     []string // the instrument's name
	acr      []string // its acronym, if the record gives one
}

// measuredScales returns the instruments the text says measure
// something, reading them once; conclusions are not read.
func (d *doc) measuredScales(tr textRules) []scaleDef {
	if d.scalesRead {
		return d.scales
	}
	d.scalesRead = true
	for _, s := range d.sents {
		if s.role == roleConclusion {
			continue
		}
		for _, m := range tr.measuredBy.FindAllStringSubmatchIndex(s.raw, -1) {
			before := s.raw[max(0, m[0]-60):m[0]]
			if i := strings.LastIndexAny(before, ".;:(,"); i >= 0 {
				before = before[i+1:]
			}
			sd := scaleDef{measured: tokens(before), name: tokens(s.raw[m[2]:m[3]])}
			if len(sd.measured) > 6 {
				sd.measured = sd.measured[len(sd.measured)-6:]
			}
			if m[4] >= 0 {
				sd.acr = tokens(s.raw[m[4]:m[5]])
			}
			if len(sd.measured) == 0 || len(sd.name) < 2 {
				continue
			}
			d.scales = append(d.scales, sd)
		}
	}
	return d.scales
}

// instruments returns the names and acronyms of the scales the record says
// measure one of ts's outcomes: in this record they name that outcome
// ("mean N-PASS scores were lower" is a result on pain).
func (d *doc) instruments(tr textRules, ts termSet) termSet {
	var out termSet
	for _, sd := range d.measuredScales(tr) {
		if !ts.in(sd.measured) || ts.in(sd.name) {
			continue
		}
		out = append(out, term{toks: sd.name})
		if len(sd.acr) > 0 {
			out = append(out, term{toks: sd.acr})
		}
	}
	return out
}

// acronymDef is an acronym the text defines and the words before it that
// it may stand for.
type acronymDef struct {
	acr    string   // lower-cased
	before []string // up to four words before it, cut to its initials when they match
}

// acronyms returns the acronyms the text defines, reading them once.
func (d *doc) acronyms(tr textRules) []acronymDef {
	if d.acrsRead {
		return d.acrs
	}
	d.acrsRead = true
	for _, m := range tr.acronym.FindAllStringSubmatchIndex(d.allRaw, -1) {
		before := d.allRaw[max(0, m[0]-80):m[0]]
		if i := strings.LastIndexAny(before, ".;:([\n"); i >= 0 {
			before = before[i+1:]
		}
		all := tokens(before)
		toks := all
		if len(toks) > 4 {
			toks = toks[len(toks)-4:]
		}
		// when the acronym spells the initials of the words before it, it
		// stands for exactly those words ("weight, Body Mass Index (BMI)"
		// defines "body mass index", not "weight")
		k := initialsMatch(toks, d.allRaw[m[2]:m[3]])
		j := -1
		if k == 0 {
			// a blend of the words' heads ("massage and warm compress to
			// the perineum (MassComp)") stands for the words from the
			// first it takes from
			j = blendStart(all, d.allRaw[m[2]:m[3]])
		}
		if j >= 0 {
			toks = all[j:]
		} else if k > 0 {
			toks = toks[len(toks)-k:]
		} else if d.allRaw[m[4]:m[5]] != ")" {
			continue
		} else if i := strings.LastIndexAny(before, "),"); i >= 0 {
			// "time to event (hospitalisation and death), dyspnoea
			// (MRC)": an acronym that spells no initials stands for the
			// words after the list's last comma, not the list
			toks = tokens(before[i+1:])
			if len(toks) > 4 {
				toks = toks[len(toks)-4:]
			}
		}
		d.acrs = append(d.acrs, acronymDef{acr: strings.ToLower(d.allRaw[m[2]:m[3]]), before: toks})
	}
	return d.acrs
}

// tokens folds s and splits it into words.
func tokens(s string) []string {
	f := claims.Fold(s)
	if f == "" {
		return nil
	}
	return strings.Fields(f)
}

// term is one folded term of a claims list.
type term struct {
	toks   []string
	prefix bool // the last token is a prefix
}

// termSet is a list of terms matched on token boundaries.
type termSet []term

func newTermSet(lists ...[]string) termSet {
	var ts termSet
	for _, l := range lists {
		for _, s := range l {
			prefix := strings.HasSuffix(s, "*")
			toks := tokens(strings.TrimSuffix(s, "*"))
			if len(toks) == 0 {
				continue
			}
			ts = append(ts, term{toks: toks, prefix: prefix})
			// the same term in the other spelling ("haemorrhage",
			// "hemorrhage"), so a claims file written in one matches
			// records written in the other
			for _, spell := range []func(string) string{americanSpelling, britishSpelling} {
				if v := respell(toks, spell); v != nil {
					ts = append(ts, term{toks: v, prefix: prefix})
				}
			}
		}
	}
	return ts
}

// respell returns toks respelt word by word, or nil when no word changes.
func respell(toks []string, spell func(string) string) []string {
	var out []string
	for i, w := range toks {
		if v := spell(w); v != w {
			if out == nil {
				out = append([]string(nil), toks...)
			}
			out[i] = v
		}
	}
	return out
}

// americanSpelling respells the British forms of medical words: "ae" and
// "oe" of Greek stems, "-our", "-ise".
func americanSpelling(w string) string {
	for _, r := range [][2]string{{"oesophag", "esophag"}, {"oedema", "edema"}, {"oestr", "estr"}, {"diarrhoea", "diarrhea"},
		{"foet", "fet"}, {"caesar", "cesar"}, {"aem", "em"}, {"aed", "ed"}, {"haem", "hem"}, {"aesthe", "esthe"}, {"leukaem", "leukem"}} {
		w = strings.Replace(w, r[0], r[1], 1)
	}
	for _, r := range [][2]string{{"iour", "ior"}, {"bour", "bor"}, {"lour", "lor"}, {"mour", "mor"}, {"vour", "vor"}} {
		if strings.HasSuffix(w, r[0]) || strings.Contains(w, r[0]+"s") {
			w = strings.Replace(w, r[0], r[1], 1)
		}
	}
	return swapSuffix(w, [][2]string{{"isation", "ization"}, {"ised", "ized"}, {"ising", "izing"}})
}

// britishSpelling respells the American forms of the same words.
func britishSpelling(w string) string {
	for _, r := range [][2]string{{"esophag", "oesophag"}, {"diarrhea", "diarrhoea"}, {"cesarean", "caesarean"}, {"estrogen", "oestrogen"},
		{"pediatr", "paediatr"}, {"anemi", "anaemi"}, {"emia", "aemia"}, {"hemo", "haemo"}, {"hemat", "haemat"}, {"hemorrh", "haemorrh"}, {"orthoped", "orthopaed"}} {
		if !strings.Contains(w, r[1]) {
			w = strings.Replace(w, r[0], r[1], 1)
		}
	}
	if strings.HasPrefix(w, "edema") {
		w = "o" + w
	}
	for _, r := range [][2]string{{"behavior", "behaviour"}, {"labor", "labour"}, {"tumor", "tumour"}, {"color", "colour"}, {"favor", "favour"}} {
		if strings.HasSuffix(w, r[0]) || strings.HasSuffix(w, r[0]+"s") {
			w = strings.Replace(w, r[0], r[1], 1)
		}
	}
	return swapSuffix(w, [][2]string{{"ization", "isation"}, {"ized", "ised"}, {"izing", "ising"}})
}

// swapSuffix replaces the first of pairs' suffixes w ends with (on a word
// long enough to have a stem) by its partner.
func swapSuffix(w string, pairs [][2]string) string {
	for _, r := range pairs {
		if strings.HasSuffix(w, r[0]) && len(w) > len(r[0])+3 {
			return strings.TrimSuffix(w, r[0]) + r[1]
		}
	}
	return w
}

// span is a match of a term in a token list: toks[start:end].
type span struct{ start, end int }

// matchAt reports the length of t matched at toks[i:], or 0.
func (t term) matchAt(toks []string, i int) int {
	if i+len(t.toks) > len(toks) {
		return 0
	}
	for j, w := range t.toks {
		got := toks[i+j]
		last := j == len(t.toks)-1
		if last && t.prefix {
			if !strings.HasPrefix(got, w) {
				return 0
			}
		} else if got != w {
			return 0
		}
	}
	return len(t.toks)
}

// find returns the non-overlapping matches of the set in toks, longest
// match first at each position.
func (ts termSet) find(toks []string) []span {
	var out []span
	for i := 0; i < len(toks); {
		best := 0
		for _, t := range ts {
			if n := t.matchAt(toks, i); n > best {
				best = n
			}
		}
		if best > 0 {
			out = append(out, span{i, i + best})
			i += best
			continue
		}
		i++
	}
	return out
}

func (ts termSet) in(toks []string) bool {
	for i := range toks {
		for _, t := range ts {
			if t.matchAt(toks, i) > 0 {
				return true
			}
		}
	}
	return false
}

// looseWord reports whether a loose match skips w: a term's words in
// another order or with others between them still name the same thing
// ("breast milk oral care", "oral care using the mother's colostrum" for
// "oral care with breast milk", "oral care with colostrum").
func looseWord(w string) bool {
	switch w {
	case "with", "of", "the", "a", "an", "using", "by", "for", "to", "in", "on", "s", "and", "as", "via":
		return true
	}
	return false
}

// looseKey folds a word for a loose match: a plural or possessive "s"
// dropped ("mothers" and "mother s" are one word).
func looseKey(w string) string {
	if len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") {
		return w[:len(w)-1]
	}
	return w
}

// looseIn returns the first of the set's terms of two or more content
// words whose content words all occur in toks, in any order, within a
// window of twice their number and two more tokens; "" when none does.
func (ts termSet) looseIn(toks []string) string {
	keys := make([]string, len(toks))
	for i, w := range toks {
		keys[i] = looseKey(w)
	}
	for _, t := range ts {
		var want []string
		for j, w := range t.toks {
			if looseWord(w) {
				continue
			}
			if j == len(t.toks)-1 && t.prefix {
				want = append(want, w+"*")
				continue
			}
			want = append(want, looseKey(w))
		}
		if len(want) < 2 {
			continue
		}
		win := 2*len(want) + 2
	start:
		for i := range keys {
			if !looseHas(keys[i], want[0]) {
				continue
			}
			lo, hi := max(0, i-win+1), min(len(keys), i+win)
			for _, w := range want[1:] {
				found := false
				for k := lo; k < hi; k++ {
					if looseHas(keys[k], w) {
						found = true
						break
					}
				}
				if !found {
					continue start
				}
			}
			return strings.Join(t.toks, " ")
		}
	}
	return ""
}

func looseHas(key, want string) bool {
	if p, ok := strings.CutSuffix(want, "*"); ok {
		return strings.HasPrefix(key, p)
	}
	return key == want
}

// sectionRole maps a structured-abstract label (or NLM category) to a role.
func sectionRole(label, category string) role {
	l := strings.ToUpper(label + " " + category)
	has := func(words ...string) bool {
		for _, w := range words {
			if strings.Contains(l, w) {
				return true
			}
		}
		return false
	}
	switch {
	case has("CONCLU", "INTERPRETATION", "IMPLICATION", "DISCUSSION", "SIGNIFICANCE", "COMMENT", "BOTTOM LINE", "TAKE-HOME", "KEY MESSAGE", "SUMMARY OF FINDINGS",
		"MEANING", "SUMMARY ANSWER", "结论", "结論"):
		// "MEANING" is the last of JAMA's key points and "SUMMARY ANSWER"
		// Human Reproduction's conclusion; 结论 is Chinese abstracts'
		// "conclusions"
		return roleConclusion
	case has("MEASURE", "OUTCOMES", "EXPOSURE", "POPULATION") && !has("RESULT"):
		// "MAIN OUTCOMES", "EXPOSURES", "POPULATION": what was measured
		// and in whom (an "OUTCOMES AND RESULTS" section is read as
		// results)
		return roleMethods
	case has("RESULT", "FINDING", "RÉSULTAT", "RESULTADO", "ERGEBNIS", "结果", "結果"):
		return roleResults
	case has("SYNTHESIS") && !has("EXTRACTION", "METHOD", "ANALYSIS AND"):
		// "DATA SYNTHESIS", "EVIDENCE SYNTHESIS": a review's results in
		// the JAMA and Annals formats ("DATA EXTRACTION AND SYNTHESIS" is
		// how the data were handled)
		return roleResults
	case has("OBJECTIVE", "AIM", "PURPOSE", "GOAL", "QUESTION", "HYPOTHES", "OBJETIVO", "OBJECTIF", "ZIEL", "目的"):
		return roleObjective
	case has("BACKGROUND", "INTRODUC", "CONTEXT", "RATIONALE", "PROBLEM", "IMPORTANCE", "JUSTIFICATION", "ALREADY KNOWN", "KNOWN ALREADY", "HINTERGRUND", "ANTECEDENTES", "背景"):
		// "IMPORTANCE" opens JAMA's abstracts: why the question matters,
		// often with earlier trials' results
		return roleBackground
	case has("METHOD", "MÉTOD", "METOD", "MÉTHOD", "方法", "DESIGN", "SETTING", "PATIENT", "PARTICIPANT", "SUBJECT", "INTERVENTION",
		"MATERIAL", "SEARCH", "SELECTION", "ELIGIBILITY", "DATA", "SAMPLE", "STUDY", "ANALYSIS", "SOURCE"):
		return roleMethods
	}
	return roleOther
}

// textRules are the compiled patterns used to read abstracts.
type textRules struct {
	inlineLabel  *regexp.Regexp
	objective    *regexp.Regexp
	conclusion   *regexp.Regexp
	acronym      *regexp.Regexp
	measuredBy   *regexp.Regexp // "was rated with the N-PASS scale": group 1 the instrument, 2 its acronym
	registration *regexp.Regexp
	name         *regexp.Regexp
	reports      *regexp.Regexp
	digits       *regexp.Regexp
	hedge        *regexp.Regexp
	subgroup     *regexp.Regexp // ", including A, B and C": subgroups of what went before
	editorial    *regexp.Regexp // "[Part of the results was not shown.]"
	// gap: "X can improve outcomes after major surgery, but there is little
	// evidence for their use before caesarean delivery": the gap a study
	// sets out to fill, its background wherever it stands (not "but there
	// was no evidence for an effect on function", a result)
	gap          *regexp.Regexp
	methodsStart *regexp.Regexp // "We randomised ...", "150 adolescents were enrolled and randomly split ...": the first sentence saying what was done
	// evidenceKinds: a sentence setting human evidence beside other kinds
	// ("in vitro, animal and/or human studies have shown"): the
	// laboratory and animal words there are not the record's population
	evidenceKinds *regexp.Regexp
}

func newTextRules() textRules {
	return textRules{
		inlineLabel:  regexp.MustCompile(`(?:^|\s)([A-Z][A-Z'’]+(?:[ /&,-]+(?:AND|OF|[A-Z][A-Z'’]+)){0,4}|Background|Introduction|Objectives?|Aims?|Purpose|Methods?|Design|Results?|Findings|Conclusions?|Interpretation|In conclusion)\s*:\s+`),
		gap:          regexp.MustCompile(`(?i)\bbut\s+(?:there\s+(?:is|are|was|were|remains?)\s+)?(?:little|limited|scant|sparse|few)\s+(?:evidence|data|research|information|studies|trials)\s+(?:for|on|about|regarding|supporting)\s+(?:its|their|the)\s+(?:use|effects?|role|efficacy|effectiveness)\s+(?:in|before|during|for|among|after)\b`),
		registration: regexp.MustCompile(`(?i)\b(regist(ered|ration|ry)|prospero|crd\d+|clinicaltrials\.gov|isrctn|nct\d+|funded by|funding)\b`),
		objective:    regexp.MustCompile(`(?i)\b(aims?|aimed|objectives?|purpose|we (sought|aimed|set out|examined|assessed|investigated|evaluated|compared|describe|report|present|conducted|performed|reviewed)|(this|the present|the current|our)( [\w-]+,?){0,4}? (study|trial|review|paper|article|survey|audit|report|analysis|work|investigation|guideline)|the (paper|article) (reports|describes|presents)|the authors|(was|were) (designed|conducted|performed) to|(asked|assessed|examined|evaluated|investigated|explored|tested|determined) whether|to (assess|evaluate|examine|investigate|determine|compare|test|explore|establish|find out|describe|characteri[sz]e|identify|measure))\b`),
		conclusion:   regexp.MustCompile(`(?i)^(in conclusion|in summary|to conclude|overall|taken together|thus|therefore|hence|we conclude|the authors conclude|(these|our|the) (findings|results|data|observations)|this (study|trial|review|meta-analysis) (shows|suggests|indicates|demonstrates|found))\b|\bconclu(de|ded|sion)\b`),
		digits:       regexp.MustCompile(`\d`),
		methodsStart: regexp.MustCompile(`(?i)^(in (this|a|an) [\w -]{0,40}?(trial|study),?\s+)?(we|the authors|investigators)\s+(randomi[sz]ed|randomly (assigned|allocated)|enrolled|recruited|allocated|studied|observed|followed|analy[sz]ed|surveyed|interviewed|searched|identified|retrospectively|prospectively)\b|^[^.;:]{0,250}?\b(were|was)\s+(enrolled\s+and\s+)?(randomi[sz]ed|randomly\s+(assigned|allocated|divided|split|distributed))\b` +
			// "Seventy-nine patients with heart failure took part in a
			// randomised, double-blind crossover study"
			`|^[^.;:]{0,200}?\b(took part|participated|were enrolled|were included)\s+in\s+(a|an|this)\s+[^.;:]{0,80}?\b(trial|study)\b`),
		editorial:     regexp.MustCompile(`\[[^\[\]\d]{3,}\]|\([^()\d]*\b(not shown|shown on the page|the page read|cut off|truncated|text shown ends|abstract only)\b[^()\d]*\)`),
		evidenceKinds: regexp.MustCompile(`(?i)\b(humans?|clinical (trials?|studies|evidence|research|data)|(in|and) (patients|people|humans))\b[^.;]*\b(studies|trials|models?|evidence|data|research|experiments|work)\b|\b(studies|trials|models?|evidence|data|research|experiments)\b[^.;]*\b(humans?|clinical (trials?|studies|evidence|research|data))\b`),
		subgroup:      regexp.MustCompile(`(?i),\s*(including|such as|e\.g\.,?|among them|among whom)\s+[^.;:()]*`),
		hedge:         regexp.MustCompile(`(?i)\b(may|might|could|should|must|can|indicates?|suggests?|appears?|seems?)\b`),
		reports:       regexp.MustCompile(`(?i)\b(suggest|show|demonstrat|found|find|indicat|conclud|reveal|confirm)\w*\s+that\b`),
		// "(MACE)", or "(MACE, as defined by each study)": followed by
		// more words, only an acronym of the words before it counts
		acronym:    regexp.MustCompile(`\(([A-Z][A-Za-z0-9\-]{1,9})(\)|[,;] )`),
		measuredBy: regexp.MustCompile(`\b(?i:was|were|is|are)\s+(?i:assessed|measured|rated|scored|evaluated|quantified|graded|recorded)\s+(?i:with|using|by|on|via)\s+(?:(?i:the|a|an)\s+)?([^.;:()]{3,80}?\b(?i:scale|score|profile|index|questionnaire|inventory|tool|instrument|checklist))\b(?:\s*\(([A-Z][A-Za-z0-9\-]{1,9})\))?`),
		// a Title-Case name with its acronym ("Premature Infant Pain
		// Profile (PIPP)"), or a Title-Case name in brackets ("pain scores
		// (Premature Infant Pain Profile-Revised)"): an instrument, a
		// trial, an organisation
		name: regexp.MustCompile(`(?:[A-Z][a-z]+[\s-]+){2,}[A-Z][a-z]+\s*\([A-Z][A-Za-z0-9-]{1,9}\)|\((?:[A-Z][a-z]+[\s-]+){2,}[A-Z][a-z]+[^()]{0,20}\)`),
	}
}

// dropEditorial removes editorial notes: square brackets without numbers,
// and round ones saying what the page did not show. A note that completes
// a word cut short ("necrotising [enterocolitis; the rest was not shown]")
// keeps that word.
func (tr textRules) dropEditorial(text string) string {
	locs := tr.editorial.FindAllStringIndex(text, -1)
	if len(locs) == 0 {
		return text
	}
	var b strings.Builder
	last := 0
	for _, l := range locs {
		b.WriteString(text[last:l[0]])
		inner := text[l[0]+1 : l[1]-1]
		// a note that opens by completing a cut word keeps that word
		if i := strings.IndexAny(inner, ";,."); i > 0 && !strings.Contains(strings.TrimSpace(inner[:i]), " ") {
			b.WriteString(inner[:i])
		}
		b.WriteString(" ")
		last = l[1]
	}
	b.WriteString(text[last:])
	return b.String()
}

// newDoc splits a record into roled sentences.
func (tr textRules) newDoc(rec store.Record) *doc {
	// An editorial note in square brackets ("[Part of the results was not
	// shown.]", "[Article in Spanish]") is not the authors' text: its "not"
	// is no finding. Brackets holding numbers ("[90% CI 0.1; 1.3]") stay.
	rec.Abstract = tr.dropEditorial(rec.Abstract)
	if len(rec.Sections) > 0 {
		secs := make([]store.Section, len(rec.Sections))
		for i, sec := range rec.Sections {
			sec.Text = tr.dropEditorial(sec.Text)
			secs[i] = sec
		}
		rec.Sections = secs
	}
	d := &doc{rec: rec}
	d.title = sentence{raw: rec.Title, toks: tr.words(rec.Title), role: roleTitle}
	for _, p := range rec.PubTypes {
		d.pubTypes = append(d.pubTypes, strings.ToLower(strings.TrimSpace(p)))
	}
	for _, m := range rec.MeSH {
		d.mesh = append(d.mesh, strings.ToLower(strings.TrimSpace(m)))
	}
	for _, k := range rec.Keywords {
		d.keywords = append(d.keywords, claims.Fold(k))
	}
	var parts []string
	if len(rec.Sections) > 0 {
		d.structured = true
		for _, s := range rec.Sections {
			r := sectionRole(s.Label, s.Category)
			for _, raw := range splitSentences(s.Text) {
				d.sents = append(d.sents, sentence{raw: raw, toks: tr.words(raw), role: r})
			}
			parts = append(parts, s.Text)
		}
	} else if strings.TrimSpace(rec.Abstract) != "" {
		parts = append(parts, rec.Abstract)
		d.sents = tr.unstructured(rec.Abstract)
		if loneOpeningLabel(d.sents) {
			// "Aim: to establish ... . This was a review ... . Pilates
			// had the highest likelihood ...": one label opening the
			// abstract names its first sentence, not all that follows
			d.sents = nil
			for _, raw := range splitSentences(rec.Abstract) {
				d.sents = append(d.sents, sentence{raw: raw, toks: tr.words(raw), role: roleOther})
			}
		}
		for _, s := range d.sents {
			if s.role != roleOther {
				d.structured = true
				break
			}
		}
		if !d.structured {
			tr.assignRoles(d.sents)
		} else {
			for i := range d.sents {
				if d.sents[i].role == roleOther {
					d.sents[i].role = roleResults
				}
			}
		}
	}
	for i, x := range d.sents {
		if (x.role == roleResults || x.role == roleOther) && tr.gap.MatchString(x.raw) {
			d.sents[i].role = roleBackground
		}
	}
	d.allRaw = rec.Title + "\n" + strings.Join(parts, "\n")
	return d
}

// loneOpeningLabel reports whether an abstract's only inline label is an
// aim or background label opening it, followed by four sentences or more
// (what was done, found and concluded, all under "Aim:").
func loneOpeningLabel(ss []sentence) bool {
	if len(ss) < 5 || ss[0].role != roleObjective && ss[0].role != roleBackground {
		return false
	}
	for _, s := range ss[1:] {
		if s.role != ss[0].role {
			return false
		}
	}
	return true
}

// unstructured splits an abstract without sections, honouring inline
// labels ("Conclusion: ...") when there are any; sentences without a label
// get roleOther.
func (tr textRules) unstructured(text string) []sentence {
	var locs [][]int
	for _, loc := range tr.inlineLabel.FindAllStringSubmatchIndex(text, -1) {
		if sectionRole(text[loc[2]:loc[3]], "") != roleOther || strings.EqualFold(text[loc[2]:loc[3]], "in conclusion") {
			locs = append(locs, loc)
		}
	}
	if len(locs) == 0 {
		var out []sentence
		for _, raw := range splitSentences(text) {
			out = append(out, sentence{raw: raw, toks: tr.words(raw), role: roleOther})
		}
		return out
	}
	var out []sentence
	add := func(chunk string, r role) {
		for _, raw := range splitSentences(chunk) {
			out = append(out, sentence{raw: raw, toks: tr.words(raw), role: r})
		}
	}
	add(text[:locs[0][0]], roleOther)
	for i, loc := range locs {
		end := len(text)
		if i+1 < len(locs) {
			end = locs[i+1][0]
		}
		label := text[loc[2]:loc[3]]
		r := sectionRole(label, "")
		if strings.EqualFold(label, "in conclusion") {
			r = roleConclusion
		}
		add(text[loc[1]:end], r)
	}
	return out
}

// inThis reports whether a sentence opens on the study it is from ("In
// this randomised trial of ..., "): what follows the comma is what it did
// or found.
func inThis(raw string) bool {
	l := strings.ToLower(strings.TrimSpace(raw))
	return strings.HasPrefix(l, "in this ") || strings.HasPrefix(l, "in a ") || strings.HasPrefix(l, "in an ")
}

// assignRoles guesses roles in an abstract without labels: sentences before
// the first statement of aim (when it comes early) are background, sentences
// with a concluding cue and the last sentence are the conclusion, and the
// rest are read as results.
func (tr textRules) assignRoles(ss []sentence) {
	obj, did := -1, -1
	for i, s := range ss {
		// "This review suggests that ..." states a finding, not an aim
		if tr.objective.MatchString(s.raw) && !tr.reports.MatchString(s.raw) {
			obj = i
			break
		}
		// "We randomised 150 patients ...": what was done, so what went
		// before it is background
		if did < 0 && tr.methodsStart.MatchString(s.raw) {
			did = i
		}
	}
	if did >= 0 && (obj < 0 || did < obj) {
		obj = did
	}
	limit := len(ss) * 2 / 5
	if limit < 1 {
		limit = 1
	}
	last := len(ss) - 1
	for last > 0 && tr.registration.MatchString(ss[last].raw) {
		last--
	}
	for i := range ss {
		switch {
		case i > last:
			ss[i].role = roleMethods
		case obj > 0 && obj <= limit && i < obj:
			ss[i].role = roleBackground
		case last == 0 && (i == did || i == obj && inThis(ss[i].raw)):
			// an abstract of one sentence that starts with what was done
			// ("In this trial of 1013 procedures, X did not lower Y") says
			// what was found too
			ss[i].role = roleResults
		case i == obj && i == did:
			ss[i].role = roleMethods
		case i == obj:
			ss[i].role = roleObjective
		case len(ss) >= 3 && i == last, i > 0 && tr.conclusion.MatchString(ss[i].raw):
			ss[i].role = roleConclusion
		default:
			ss[i].role = roleResults
		}
	}
	// Hedged sentences ("may", "suggests", "must be interpreted") that
	// follow the last one reporting numbers sum up: they are the conclusion.
	lastNum := -1
	for i := 0; i <= last; i++ {
		if ss[i].role == roleResults && tr.digits.MatchString(ss[i].raw) {
			lastNum = i
		}
	}
	if lastNum >= 0 && last-lastNum >= 2 {
		for i := lastNum + 1; i < last; i++ {
			if ss[i].role == roleResults && tr.hedge.MatchString(ss[i].raw) {
				ss[i].role = roleConclusion
			}
		}
	}
}

// noBreakAfter reports whether a full stop after w does not end a
// sentence (an abbreviation).
func noBreakAfter(w string) bool {
	switch strings.ToLower(w) {
	case "vs", "e.g", "i.e", "al", "fig", "approx", "no", "st", "dr", "mr", "mrs", "ms", "cf", "ca", "resp":
		return true
	}
	return false
}

// splitSentences splits text at sentence ends: '.', '!' or '?' followed by
// white space and a capital letter, a digit or an opening bracket.
func splitSentences(text string) []string {
	text = strings.TrimSpace(text)
	if text == "" {
		return nil
	}
	rs := []rune(text)
	var out []string
	start := 0
	for i := 0; i < len(rs); i++ {
		c := rs[i]
		if c != '.' && c != '!' && c != '?' {
			continue
		}
		j := i + 1
		for j < len(rs) && (rs[j] == ')' || rs[j] == '"' || rs[j] == '\'' || rs[j] == '”') {
			j++
		}
		if j >= len(rs) || !unicode.IsSpace(rs[j]) {
			continue
		}
		k := j
		for k < len(rs) && unicode.IsSpace(rs[k]) {
			k++
		}
		if k >= len(rs) {
			break
		}
		n := rs[k]
		if !(unicode.IsUpper(n) || unicode.IsDigit(n) || n == '(' || n == '[' || n == '"' || n == '“' || n > 0x2E80) {
			continue
		}
		if c == '.' {
			w := lastWord(rs[start:i])
			// an initial ("A. Smith"), not a unit's letter ("2.6 mmol/L.")
			unit := i-len([]rune(w))-1 >= 0 && rs[i-len([]rune(w))-1] == '/'
			if noBreakAfter(w) || len([]rune(w)) == 1 && unicode.IsUpper([]rune(w)[0]) && !unit && !namesLetter(rs[start:i-1]) {
				continue
			}
		}
		if s := strings.TrimSpace(string(rs[start:j])); s != "" {
			out = append(out, s)
		}
		start = k
		i = k - 1
	}
	if s := strings.TrimSpace(string(rs[start:])); s != "" {
		out = append(out, s)
	}
	return out
}

// namesLetter reports whether the text before a capital letter ending a
// sentence makes the letter part of a name, not an initial: "vitamin D.",
// "hepatitis B.", "oestrogen plus progestogen (O+P.": a letter joined to the
// word before by a symbol, or after a lowercase word that no author's name
// follows ("by", "and").
func namesLetter(before []rune) bool {
	if len(before) == 0 {
		return false
	}
	if c := before[len(before)-1]; c == '+' || c == '/' || c == '-' {
		return true
	}
	if !unicode.IsSpace(before[len(before)-1]) {
		return false
	}
	w := lastWord([]rune(strings.TrimRightFunc(string(before), unicode.IsSpace)))
	if len([]rune(w)) < 3 || strings.ToLower(w) != w {
		return false
	}
	switch w {
	case "and", "with", "from", "for", "the":
		return false
	}
	return true
}

func lastWord(rs []rune) string {
	i := len(rs)
	for i > 0 && (unicode.IsLetter(rs[i-1]) || rs[i-1] == '.') {
		i--
	}
	return strings.Trim(string(rs[i:]), ".")
}

// aliases returns ts extended with the acronyms the record defines for its
// terms: "sunflower seed oil (SSO)" makes "sso" match wherever the set does.
func (d *doc) aliases(tr textRules, ts termSet, mask ...func([]string) []string) termSet {
	return d.aliasesWhere(tr, ts, func(a acronymDef) bool {
		toks := a.before
		for _, m := range mask {
			// an acronym for a descriptor phrase (one the caller masks)
			// does not stand for the outcome inside it
			toks = m(toks)
		}
		return len(toks) > 0 && ts.in(toks)
	})
}

// namedAliases returns ts extended with the acronyms the record defines
// for one of its terms by name ("methylphenidate (MPH)"): the term ends
// right before the bracket and the acronym starts with its first letter,
// so "care including a corticosteroid (SOC)" does not make "SOC" a
// corticosteroid.
func (d *doc) namedAliases(tr textRules, ts termSet) termSet {
	return d.aliasesWhere(tr, ts, func(a acronymDef) bool {
		first := []rune(a.acr)[0]
		for _, t := range ts {
			n := len(t.toks)
			if n > 0 && n <= len(a.before) && t.matchAt(a.before, len(a.before)-n) == n && []rune(t.toks[0])[0] == first {
				return true
			}
		}
		return false
	})
}

// aliasesWhere returns ts extended with each acronym the record defines
// that stands for one of its terms.
func (d *doc) aliasesWhere(tr textRules, ts termSet, stands func(acronymDef) bool) termSet {
	out := append(termSet(nil), ts...)
	seen := map[string]bool{}
	for _, a := range d.acronyms(tr) {
		if seen[a.acr] || a.acr == "" || !stands(a) {
			continue
		}
		seen[a.acr] = true
		out = append(out, term{toks: tokens(a.acr)})
	}
	return out
}

// words returns the words of a sentence without the acronyms it defines
// in brackets after the words they stand for: "inhaled nitric oxide (NO)
// plus sildenafil" reads as "inhaled nitric oxide plus sildenafil", so a
// phrase of the claims file spans the definition. The acronym itself is
// read from the raw text (see acronyms).
func (tr textRules) words(raw string) []string {
	if !strings.Contains(raw, "(") {
		return tokens(raw)
	}
	var b strings.Builder
	last := 0
	for _, m := range tr.acronym.FindAllStringSubmatchIndex(raw, -1) {
		if raw[m[4]:m[5]] != ")" {
			// "(RR, 0.8)": a bracket that goes on after the acronym
			continue
		}
		before := tokens(raw[max(last, m[0]-80):m[0]])
		if initialsMatch(before, raw[m[2]:m[3]]) == 0 {
			continue
		}
		b.WriteString(raw[last:m[0]])
		b.WriteByte(' ')
		last = m[1]
	}
	if last == 0 {
		return tokens(raw)
	}
	b.WriteString(raw[last:])
	return tokens(b.String())
}

// initialsMatch returns how many of the last words of toks the capitals of
// acr are the initials of, or 0.
func initialsMatch(toks []string, acr string) int {
	var caps []rune
	for _, r := range acr {
		if unicode.IsUpper(r) {
			caps = append(caps, unicode.ToLower(r))
		}
	}
	k := len(caps)
	if k < 2 || k > len(toks) {
		return 0
	}
	for i, c := range caps {
		w := []rune(toks[len(toks)-k+i])
		if len(w) == 0 || w[0] != c {
			return 0
		}
	}
	return k
}

// blendStart returns where the words a blended acronym is made of begin
// ("MassComp" from "massage and warm compress"): each of its capitals,
// with the letters after it, opens one of the last eight words, in order.
// It returns -1 for an acronym of initials only ("BMI") or one that fits
// no words.
func blendStart(toks []string, acr string) int {
	var parts []string
	for _, r := range acr {
		switch {
		case unicode.IsUpper(r):
			parts = append(parts, string(unicode.ToLower(r)))
		case len(parts) > 0 && unicode.IsLower(r):
			parts[len(parts)-1] += string(r)
		default:
			return -1
		}
	}
	if len(parts) < 2 {
		return -1
	}
	for _, p := range parts {
		if len(p) < 2 {
			return -1
		}
	}
	from := max(0, len(toks)-8)
	next, start := len(parts)-1, -1
	for i := len(toks) - 1; i >= from && next >= 0; i-- {
		if strings.HasPrefix(toks[i], parts[next]) {
			start = i
			next--
		}
	}
	if next >= 0 {
		return -1
	}
	return start
}

// focusToks is the title plus the stated aim: what the record says it tests.
func (d *doc) focus() [][]string {
	out := [][]string{d.title.toks}
	for _, s := range d.sents {
		if s.role == roleObjective {
			out = append(out, s.toks)
		}
	}
	return out
}

// scoped returns the sentences that describe the study itself (everything
// but the background), with the title first.
func (d *doc) scoped() []sentence {
	out := []sentence{d.title}
	for _, s := range d.sents {
		if s.role != roleBackground {
			out = append(out, s)
		}
	}
	return out
}
