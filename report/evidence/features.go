package evidence

import (
	"maps"
	"slices"
	"strconv"
	"strings"
)

// promptInfo holds the content words of a prompt, stemmed.
type promptInfo struct {
	i, c, o map[string]bool
	oList   []string        // the outcome's stems in order, once each
	oDir    int             // the class of a direction word in the outcome ("reduction in pain"), or cNone
	letters map[string]byte // arm labels: "(group B)" in a prompt names the arm "b"
	initial map[byte]byte   // the arm whose words alone begin with a letter ('b' for both)
	generic bool            // generic arm words ("placebo", "intervention group") name the arms
}

// stopWords are dropped from prompt phrases before matching.
var stopWords = map[string]bool{
	"the": true, "a": true, "an": true, "of": true, "in": true, "on": true, "at": true, "to": true, "for": true,
	"with": true, "and": true, "or": true, "by": true, "from": true, "as": true, "is": true, "was": true, "were": true,
	"be": true, "after": true, "before": true, "during": true, "between": true, "group": true, "groups": true,
	"patients": true, "patient": true, "levels": true, "level": true, "rate": true, "rates": true, "score": true,
	"scores": true, "total": true, "mean": true, "number": true, "time": true, "vs": true, "versus": true, "use": true,
	"using": true, "their": true, "its": true, "than": true, "who": true, "that": true, "which": true, "these": true,
	"those": true, "this": true, "all": true, "any": true, "other": true, "per": true, "participants": true,
	"participant": true, "subjects": true, "people": true, "children": true, "women": true, "men": true,
	"adults": true, "individuals": true, "arm": true, "arms": true, "treatment": true, "therapy": true,
	"plus": true, "alone": true, "only": true, "overall": true, "values": true, "value": true,
	"change": true, "changes": true, "difference": true, "proportion": true, "percentage": true, "incidence": true,
	"risk": true, "measured": true, "assessed": true, "s": true, "t": true, "standard": true, "usual": true,
}

// genericArm names the arms of a trial without the prompt's words.
var genericArm = map[string]byte{
	"intervention": 'i', "experimental": 'i', "verum": 'i',
	"control": 'c', "controls": 'c', "placebo": 'c', "sham": 'c', "untreated": 'c', "conventional": 'c',
}

// genericGroup names an arm when followed by "group" or "arm" ("the
// treatment group", "the comparison arm").
var genericGroup = map[string]byte{
	"treatment": 'i', "study": 'i', "trial": 'i', "test": 'i', "therapy": 'i', "case": 'i', "cases": 'i',
	"comparison": 'c', "reference": 'c', "usual": 'c', "standard": 'c', "routine": 'c', "nontreatment": 'c',
}

func phraseStems(p string) []string {
	var out []string
	for _, t := range tokenize(normalize(p)) {
		if t.kind != kWord || stopWords[t.text] || len(t.text) < 2 {
			continue
		}
		if wordClass(t.text) != cNone && !strings.HasPrefix(t.text, "sig") {
			// direction and significance words are read, not matched
			if _, arm := genericArm[t.text]; !arm {
				continue
			}
		}
		s := stem(t.text)
		if !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	return out
}

// acronym returns the initials of a phrase's words before any bracket
// ("accelerated fractionation" gives "af"), or "" for fewer than two
// words: reports name the arms by such abbreviations.
func acronym(p string) string {
	if i := strings.IndexAny(p, "(["); i >= 0 {
		p = p[:i]
	}
	var b strings.Builder
	for _, t := range tokenize(normalize(p)) {
		if t.kind != kWord {
			continue
		}
		switch t.text {
		case "the", "a", "an", "of", "and", "with", "in", "on", "for", "to":
			continue
		}
		b.WriteByte(t.text[0])
	}
	if b.Len() < 2 || b.Len() > 5 {
		return ""
	}
	return b.String()
}

func newPromptInfo(p Prompt, generic bool) *promptInfo {
	pi := &promptInfo{i: map[string]bool{}, c: map[string]bool{}, o: map[string]bool{}, generic: generic, letters: map[string]byte{}, initial: map[byte]byte{}}
	for _, arm := range []struct {
		phrase string
		role   byte
	}{{p.Intervention, 'i'}, {p.Comparator, 'c'}} {
		toks := tokenize(normalize(arm.phrase))
		label := func(l string) {
			if _, dup := pi.letters[l]; dup {
				pi.letters[l] = 'b'
			} else {
				pi.letters[l] = arm.role
			}
		}
		for k := 0; k+1 < len(toks); k++ {
			if (toks[k].text == "group" || toks[k].text == "arm") && len(toks[k+1].text) <= 2 && toks[k+1].kind != kPunct {
				label(toks[k+1].text)
			}
			// "(R group)"
			if k > 0 && toks[k-1].text == "(" && len(toks[k].text) <= 2 && toks[k].kind != kPunct && (toks[k+1].text == "group" || toks[k+1].text == "arm") {
				label(toks[k].text)
			}
		}
		for _, t := range toks {
			if t.kind != kWord || len(t.text) < 3 || stopWords[t.text] {
				continue
			}
			l := t.text[0]
			if r, ok := pi.initial[l]; ok && r != arm.role {
				pi.initial[l] = 'b'
			} else {
				pi.initial[l] = arm.role
			}
		}
	}
	for _, s := range phraseStems(p.Intervention) {
		pi.i[s] = true
	}
	for _, s := range phraseStems(p.Comparator) {
		pi.c[s] = true
	}
	if a := acronym(p.Intervention); a != "" && !pi.c[a] {
		pi.i[a] = true
	}
	if a := acronym(p.Comparator); a != "" && !pi.i[a] {
		pi.c[a] = true
	}
	pi.oList = phraseStems(p.Outcome)
	for _, t := range tokenize(normalize(p.Outcome)) {
		switch c := wordClass(t.text); c {
		case cInc, cDec, cGood, cBad:
			if pi.oDir == cNone {
				pi.oDir = c
			}
		}
	}
	for _, s := range pi.oList {
		pi.o[s] = true
	}
	return pi
}

// mtok is a token of a text read for a prompt: prompt mentions are
// collapsed to one placeholder token each.
type mtok struct {
	text  string // stemmed word, "#" for a number, a marker, or a placeholder
	kind  int    // kWord, kNum, kPunct or kMention
	role  byte   // for mentions: 'i', 'c', 'b' (words of both arms), 'o'
	class int    // word class (rules.go)
	val   float64
	pct   bool // a number followed by '%'
	n     int  // for mentions: how many words
}

const kMention = 3

var placeholder = map[byte]string{'i': "_i_", 'c': "_c_", 'b': "_b_", 'o': "_o_"}

// analysis is a text read for a prompt.
type analysis struct {
	toks   []mtok
	oStems map[string]bool // outcome stems found
	hasI   bool
	hasC   bool
	nNum   int
}

// analyze normalizes a text, marks its p-values and intervals and masks
// the prompt's words.
func (pi *promptInfo) analyze(text string) *analysis {
	s := normalize(text)
	s = markIntervals(s)
	s = markPValues(s)
	raw := tokenize(s)
	an := &analysis{oStems: map[string]bool{}}
	// role of each token
	roles := make([]byte, len(raw))
	letters := pi.textLetters(raw)
	for k, t := range raw {
		if r, ok := letters[t.text]; ok && (k > 0 && groupWord(raw[k-1].text) || k+1 < len(raw) && t.text != "a" && groupWord(raw[k+1].text)) {
			roles[k] = r
			continue
		}
		if t.kind != kWord {
			continue
		}
		st := stem(t.text)
		inI, inC := pi.i[st], pi.c[st]
		switch {
		case inI && inC:
			roles[k] = 'b'
		case inI:
			roles[k] = 'i'
		case inC:
			roles[k] = 'c'
		case pi.o[st] && !stopWords[t.text]:
			roles[k] = 'o'
			an.oStems[st] = true
		case pi.generic:
			if r, ok := genericArm[t.text]; ok {
				roles[k] = r
			} else if r, ok := genericGroup[t.text]; ok && k+1 < len(raw) && (raw[k+1].text == "group" || raw[k+1].text == "groups" || raw[k+1].text == "arm") {
				roles[k] = r
			}
		}
	}
	// a word of an arm and of the outcome ("sleep" in "sleep hygiene" and
	// "sleep disturbance") next to outcome words is the outcome's
	for pass := 0; pass < 2; pass++ {
		for k := range raw {
			if pass == 1 {
				k = len(raw) - 1 - k
			}
			if roles[k] == 0 || roles[k] == 'o' || raw[k].kind != kWord || !pi.o[stem(raw[k].text)] {
				continue
			}
			if k > 0 && roles[k-1] == 'o' || k+1 < len(raw) && roles[k+1] == 'o' {
				roles[k] = 'o'
				an.oStems[stem(raw[k].text)] = true
			}
		}
	}
	for k := 0; k < len(raw); k++ {
		t := raw[k]
		if roles[k] != 0 {
			j := k
			hasI, hasC, hasO := false, false, false
			for ; j < len(raw) && roles[j] != 0 && (roles[j] == 'o') == (roles[k] == 'o'); j++ {
				switch roles[j] {
				case 'i':
					hasI = true
				case 'c':
					hasC = true
				case 'o':
					hasO = true
				}
			}
			role := byte('b')
			switch {
			case hasO:
				role = 'o'
			case hasI && !hasC:
				role = 'i'
			case hasC && !hasI:
				role = 'c'
			}
			switch role {
			case 'i':
				an.hasI = true
			case 'c':
				an.hasC = true
			}
			an.toks = append(an.toks, mtok{text: placeholder[role], kind: kMention, role: role, n: j - k})
			k = j - 1
			continue
		}
		switch t.kind {
		case kWord:
			w := t.text
			m := mtok{kind: kWord, class: wordClass(w)}
			if strings.Contains(w, "_") {
				m.text = w // a marker
			} else {
				m.text = stem(w)
			}
			an.toks = append(an.toks, m)
		case kNum:
			v, _ := strconv.ParseFloat(t.text, 64)
			an.toks = append(an.toks, mtok{text: "#", kind: kNum, val: v, pct: t.pct})
			an.nNum++
		default:
			an.toks = append(an.toks, mtok{text: t.text, kind: kPunct})
		}
	}
	// "one or more", "more than 3 days", "at least": amounts, not directions
	for k := range an.toks {
		t := &an.toks[k]
		switch t.text {
		case "more", "less", "fewer", "greate", "higher", "lower":
		default:
			continue
		}
		prev, next, next2 := "", "", ""
		if k > 0 {
			prev = an.toks[k-1].text
		}
		if k+1 < len(an.toks) {
			next = an.toks[k+1].text
		}
		if k+2 < len(an.toks) {
			next2 = an.toks[k+2].text
		}
		if prev == "or" || prev == "no" && next == "than" || next == "than" && (next2 == "#" || next2 == "or") || next == "or" && next2 == "equal" {
			t.class = cNone
		}
	}
	return an
}

func groupWord(w string) bool { return w == "group" || w == "groups" || w == "arm" }

// textLetters returns the arm labels read in a text: those the prompt
// gives, and when the text names arms by single letters not in the
// prompt ("group S", "the B group") that do not look like an order (no
// "group A", no Roman "group II"), the letter with which the words of
// one arm alone begin ("group B" for bupivacaine against saline), and
// "group C" for the comparator otherwise (the control).
func (pi *promptInfo) textLetters(raw []token) map[string]byte {
	var found []string
	for k, t := range raw {
		if t.kind != kWord || len(t.text) > 3 {
			continue
		}
		before := k > 0 && groupWord(raw[k-1].text)
		after := k+1 < len(raw) && groupWord(raw[k+1].text) && t.text != "a"
		if !before && !after {
			continue
		}
		if t.text == "a" || t.text == "ii" || t.text == "iii" {
			return pi.letters
		}
		if len(t.text) == 1 {
			found = append(found, t.text)
		}
	}
	if len(found) == 0 {
		return pi.letters
	}
	out := maps.Clone(pi.letters)
	slices.Sort(found)
	found = slices.Compact(found)
	var open []string
	for _, l := range found {
		if _, ok := out[l]; ok {
			continue
		}
		if r, ok := pi.initial[l[0]]; ok && r != 'b' {
			out[l] = r
		} else if !ok && l == "c" {
			out[l] = 'c'
		} else {
			open = append(open, l)
		}
	}
	// two letters, one read: the other names the other arm
	if len(found) == 2 && len(open) == 1 {
		other := found[0]
		if other == open[0] {
			other = found[1]
		}
		switch out[other] {
		case 'i':
			out[open[0]] = 'c'
		case 'c':
			out[open[0]] = 'i'
		}
	}
	return out
}

// featBuilder collects hashed features.
type featBuilder struct {
	mask  uint32
	idx   []uint32
	drop  uint16            // feature groups left out (Options.Drop)
	names map[uint32]string // when not nil, a name of each feature (explanations)
}

// feature groups that Options.Drop can leave out (ablations).
const (
	gUni = 1 << iota
	gBi
	gTri
	gNeg
	gSkel
	gLoc
	gVote
	gFirst
	gNum
	gSummary
	gPromptDir
	gRankBigram
)

func (fb *featBuilder) on(g uint16) bool { return fb.drop&g == 0 }

const (
	fnvOffset = 2166136261
	fnvPrime  = 16777619
)

func hashStr(h uint32, s string) uint32 {
	for i := 0; i < len(s); i++ {
		h ^= uint32(s[i])
		h *= fnvPrime
	}
	return h
}

// add adds the feature named by the parts.
func (fb *featBuilder) add(parts ...string) {
	h := uint32(fnvOffset)
	for i, p := range parts {
		if i > 0 {
			h ^= 0x1f
			h *= fnvPrime
		}
		h = hashStr(h, p)
	}
	fb.idx = append(fb.idx, h&fb.mask)
}

// vector returns the distinct feature indices, sorted, each valued 1.
func (fb *featBuilder) vector() []uint32 {
	slices.Sort(fb.idx)
	return slices.Compact(fb.idx)
}

// classFeatures adds the classifier's features of the evidence texts.
func classFeatures(pi *promptInfo, ans []*analysis, fb *featBuilder) {
	fb.add("bias")
	if fb.on(gPromptDir) && pi.oDir != cNone {
		fb.add("odir", classNames[pi.oDir])
	}

	anyO, anyI, anyC := false, false, false
	for _, an := range ans {
		anyO = anyO || len(an.oStems) > 0
		anyI = anyI || an.hasI
		anyC = anyC || an.hasC
		textFeatures(pi, an, fb)
	}
	if fb.on(gVote) {
		tallyFeatures(pi, ans, fb)
	}
	fb.add("found", strconv.FormatBool(anyO), strconv.FormatBool(anyI), strconv.FormatBool(anyC))
}

// textFeatures adds the features of one text.
func textFeatures(pi *promptInfo, an *analysis, fb *featBuilder) {
	// word 1-3-grams over the masked words (punctuation skipped)
	var words []string
	for _, t := range an.toks {
		if t.kind != kPunct {
			words = append(words, t.text)
		}
	}
	for k := range words {
		if fb.on(gUni) {
			fb.add("u", words[k])
		}
		if k+1 < len(words) && fb.on(gBi) {
			fb.add("b", words[k], words[k+1])
		}
		if k+2 < len(words) && fb.on(gTri) {
			fb.add("t", words[k], words[k+1], words[k+2])
		}
	}
	// negation scope: the words after a negator, to the clause's end
	scope := 0
	for _, t := range an.toks {
		switch {
		case t.kind == kPunct:
			scope = 0
		case t.class == cNeg:
			scope = 6
		case scope > 0 && fb.on(gNeg):
			fb.add("neg", t.text)
			scope--
		}
	}
	// the skeleton: the arms, the outcome and the words of the rules, in order
	if fb.on(gSkel) {
		skeletonFeatures("sk", an.toks, fb)
	}
	// what is said nearest each outcome mention
	for k, t := range an.toks {
		if t.kind != kMention || t.role != 'o' {
			continue
		}
		if fb.on(gLoc) {
			localFeatures(an.toks, k, fb)
		}
		if fb.on(gVote) {
			voteFeatures(pi, an.toks, k, fb)
		}
	}
	// the first arm named, and whether it is the subject or the reference
	for k, t := range an.toks {
		if t.kind == kMention && t.role != 'o' && fb.on(gFirst) {
			ref := false
			for j := max(0, k-3); j < k; j++ {
				if an.toks[j].class == cCmp {
					ref = true
				}
			}
			fb.add("first", string(t.role), strconv.FormatBool(ref))
			break
		}
	}
	if fb.on(gNum) {
		numberFeatures(an.toks, fb)
	}
	if !fb.on(gSummary) {
		return
	}
	summaryFeatures("", an.toks, fb)
}

// skeletonFeatures adds the 1-4-grams of the skeleton of toks: the arms,
// the outcome and the words of the rules, in order.
func skeletonFeatures(prefix string, toks []mtok, fb *featBuilder) {
	var sk []string
	for _, t := range toks {
		var s string
		switch {
		case t.kind == kMention:
			s = strings.ToUpper(string(t.role))
		case t.class != cNone:
			s = classNames[t.class]
		default:
			continue
		}
		if len(sk) > 0 && sk[len(sk)-1] == s {
			continue
		}
		sk = append(sk, s)
	}
	for k := range sk {
		for n := 1; n <= 4 && k+n <= len(sk); n++ {
			fb.add(append([]string{prefix}, sk[k:k+n]...)...)
		}
	}
}

// summaryFeatures adds which rule classes occur in toks and what the
// p-values and intervals say together.
func summaryFeatures(prefix string, toks []mtok, fb *featBuilder) {
	var seen [numClasses]int
	for _, t := range toks {
		seen[t.class]++
	}
	for c := 1; c < numClasses; c++ {
		if seen[c] > 0 {
			fb.add(prefix+"has", classNames[c])
		}
	}
	switch {
	case seen[cPSig] > 0 && seen[cPNS]+seen[cPTrend] == 0:
		fb.add(prefix+"p", "allsig")
	case seen[cPSig] == 0 && seen[cPNS]+seen[cPTrend] > 0:
		fb.add(prefix+"p", "allns")
	case seen[cPSig] > 0:
		fb.add(prefix+"p", "mixed")
	default:
		fb.add(prefix+"p", "none")
	}
	switch {
	case seen[cCIExcl] > 0 && seen[cCIIncl] == 0:
		fb.add(prefix+"ci", "allexcl")
	case seen[cCIExcl] == 0 && seen[cCIIncl] > 0:
		fb.add(prefix+"ci", "allincl")
	case seen[cCIExcl] > 0:
		fb.add(prefix+"ci", "mixed")
	}
}

// groups of classes looked for near an outcome mention.
var localGroups = [][]int{
	{cPSig, cPNS, cPTrend},
	{cCIExcl, cCIIncl},
	{cEstBelow, cEstAbove},
	{cSig, cNS, cSim, cTrend},
	{cInc, cDec, cGood, cBad},
	{cNeg},
}

// localFeatures adds, for the outcome mention at k, the nearest word of
// each group after it (within 30 tokens) and before it (within 12).
func localFeatures(toks []mtok, k int, fb *featBuilder) {
	for gi, g := range localGroups {
		after, before := -1, -1
		for j := k + 1; j < len(toks) && j <= k+30; j++ {
			if toks[j].kind == kMention && toks[j].role == 'o' {
				break
			}
			if slices.Contains(g, toks[j].class) {
				after = j
				break
			}
		}
		for j := k - 1; j >= 0 && j >= k-12; j-- {
			if toks[j].kind == kMention && toks[j].role == 'o' {
				break
			}
			if slices.Contains(g, toks[j].class) {
				before = j
				break
			}
		}
		if after >= 0 {
			fb.add("loc", "a", classNames[toks[after].class])
			if gi == 4 {
				fb.add("loc", "a", classNames[toks[after].class], armOrder(toks, after))
			}
		}
		if before >= 0 {
			fb.add("loc", "b", classNames[toks[before].class])
			if gi == 4 {
				fb.add("loc", "b", classNames[toks[before].class], armOrder(toks, before))
			}
		}
	}
}

// voteFeatures reads, for the outcome mention at k, the direction word
// nearest it in its clause and the arm that is the subject of the
// comparison (the first named that is not introduced by "than",
// "compared with"...), and adds the direction for the intervention:
// "lower in B than in A" is an increase for A.
func voteFeatures(pi *promptInfo, toks []mtok, k int, fb *featBuilder) {
	v := readVote(toks, k)
	if v.dir == cNone {
		fb.add("vote", v.kind, string(rune(v.subj+'0')), v.sig)
		return
	}
	fb.add("vote", classNames[v.dir], strconv.FormatBool(v.known))
	fb.add("vote", classNames[v.dir], strconv.FormatBool(v.known), v.sig)
	if pi.oDir != cNone && fb.on(gPromptDir) {
		fb.add("vote", classNames[v.dir], "odir", classNames[pi.oDir])
	}
}

// tallyFeatures adds which direction most of the votes read near the
// outcome's mentions give the intervention, over all the evidence texts
// (those whose subject arm is known), and with what margin.
func tallyFeatures(pi *promptInfo, ans []*analysis, fb *featBuilder) {
	var n [numClasses]int
	for _, an := range ans {
		for k, t := range an.toks {
			if t.kind != kMention || t.role != 'o' {
				continue
			}
			if v := readVote(an.toks, k); v.known {
				n[v.dir]++
			}
		}
	}
	up, down := n[cInc], n[cDec]
	good, bad := n[cGood], n[cBad]
	tally := func(name string, a, b int) {
		switch {
		case a == 0 && b == 0:
			return
		case a > b && b == 0:
			fb.add("tally", name, "up")
		case a > b:
			fb.add("tally", name, "upmost")
		case b > a && a == 0:
			fb.add("tally", name, "down")
		case b > a:
			fb.add("tally", name, "downmost")
		default:
			fb.add("tally", name, "tie")
		}
	}
	tally("incdec", up, down)
	tally("goodbad", good, bad)
	if pi.oDir != cNone {
		tally("incdec"+classNames[pi.oDir], up, down)
	}
}

// vote is what voteFeatures reads near an outcome mention.
type vote struct {
	dir   int    // the direction for the intervention (cInc, cDec, cGood, cBad) or cNone
	kind  string // when dir is cNone: "nodir" or "negated"
	subj  byte   // the subject arm, 0 if none
	known bool   // the subject is the intervention or the comparator
	sig   string // "sig", "ns" or "none" in the clause
}

func readVote(toks []mtok, k int) vote {
	lo, hi := clause(toks, k)
	dirAt, best := -1, 1<<30
	for j := lo; j <= hi; j++ {
		switch toks[j].class {
		case cInc, cDec, cGood, cBad:
			if d := abs(j - k); d < best {
				dirAt, best = j, d
			}
		}
	}
	subj := byte(0)
	for j := lo; j <= hi; j++ {
		t := toks[j]
		if t.kind != kMention || t.role == 'o' {
			continue
		}
		// the reference follows "than", "compared with"... with no
		// other arm named between ("than carriers who had received B")
		ref := false
		for q := j - 1; q >= lo; q-- {
			if toks[q].kind == kMention && toks[q].role != 'o' {
				break
			}
			if toks[q].class == cCmp {
				ref = true
				break
			}
		}
		if !ref {
			subj = t.role
			break
		}
	}
	sig := "none"
	for j := lo; j <= hi; j++ {
		switch toks[j].class {
		case cPSig, cCIExcl:
			if sig == "none" {
				sig = "sig"
			}
		case cPNS, cPTrend, cCIIncl, cNS, cSim:
			sig = "ns"
		}
	}
	if dirAt < 0 {
		return vote{kind: "nodir", subj: subj, sig: sig}
	}
	cls := toks[dirAt].class
	// "greater reduction", "reduced more": the change word, not the
	// comparative, says the direction
	if cls == cInc || cls == cDec {
		for q := max(lo, dirAt-2); q <= min(hi, dirAt+2); q++ {
			if q != dirAt && (toks[q].class == cInc || toks[q].class == cDec) && changeWord(toks[q].text) && !changeWord(toks[dirAt].text) {
				cls = toks[q].class
			}
		}
	}
	negated := false
	for q := max(lo, dirAt-3); q < dirAt; q++ {
		if toks[q].class == cNeg {
			negated = true
		}
	}
	if negated {
		return vote{kind: "negated", subj: subj, sig: sig}
	}
	if subj == 'c' {
		switch cls {
		case cInc:
			cls = cDec
		case cDec:
			cls = cInc
		case cGood:
			cls = cBad
		case cBad:
			cls = cGood
		}
	}
	return vote{dir: cls, subj: subj, known: subj == 'i' || subj == 'c', sig: sig}
}

// changeWord reports whether a stemmed word names a change ("reduction",
// "increased") rather than a comparison ("more", "lower").
func changeWord(w string) bool {
	for _, p := range []string{"increa", "decrea", "reduc", "declin", "elevat", "rais", "gain", "drop", "lost", "loss", "fell", "rose"} {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}

// armOrder says which arm is named first in the clause around toks[k]
// (the subject of "higher in A than in B"), and whether the other is the
// reference.
func armOrder(toks []mtok, k int) string {
	lo, hi := clause(toks, k)
	var seq []byte
	for j := lo; j <= hi; j++ {
		t := toks[j]
		if t.kind == kMention && t.role != 'o' && (len(seq) == 0 || seq[len(seq)-1] != t.role) {
			seq = append(seq, t.role)
		}
		if t.class == cCmp && (len(seq) == 0 || seq[len(seq)-1] != '>') {
			seq = append(seq, '>')
		}
	}
	if len(seq) > 4 {
		seq = seq[:4]
	}
	return string(seq)
}

// clause returns the bounds of the clause holding toks[k].
func clause(toks []mtok, k int) (lo, hi int) {
	lo, hi = k, k
	for lo > 0 && !clauseEnd(toks[lo-1]) {
		lo--
	}
	for hi < len(toks)-1 && !clauseEnd(toks[hi+1]) {
		hi++
	}
	return lo, hi
}

func clauseEnd(t mtok) bool {
	if t.kind == kPunct {
		return t.text == ";" || t.text == "." || t.text == ":"
	}
	switch t.text {
	case "but", "wherea", "howeve", "while", "althou", "though", "except", "yet":
		return true
	}
	return false
}

// numberFeatures compares the numbers given for each arm ("32% in the A
// group vs 45% in the B group").
func numberFeatures(toks []mtok, fb *featBuilder) {
	// "from 68 to 63": a change within the text
	for k := 0; k+2 < len(toks); k++ {
		if toks[k].kind == kNum && toks[k+1].text == "to" && toks[k+2].kind == kNum {
			switch {
			case toks[k+2].val < toks[k].val:
				fb.add("numto", "down")
			case toks[k+2].val > toks[k].val:
				fb.add("numto", "up")
			}
		}
	}
	vi, vc, how := armNumbers(toks)
	if how == "" {
		return
	}
	cmp := "i=c"
	switch {
	case vi > vc:
		cmp = "i>c"
	case vi < vc:
		cmp = "i<c"
	}
	fb.add("num", cmp)
	fb.add("num", cmp, how)
}

// armNumbers finds the number given for each arm: "44% in the A group
// versus 29% in the B group", "A: 12.3 ± 2, B: 15.1 ± 3", "were 35 and
// 66 in the A and B groups, respectively". how says which reading found
// them ("" when none did).
func armNumbers(toks []mtok) (vi, vc float64, how string) {
	var arms []int
	for k, t := range toks {
		if t.kind == kMention && (t.role == 'i' || t.role == 'c') {
			arms = append(arms, k)
		}
	}
	if len(arms) < 2 {
		return 0, 0, ""
	}
	pctOnly := false
	for _, t := range toks {
		if t.kind == kNum && t.pct {
			pctOnly = true
		}
	}
	usable := func(k int) bool {
		t := toks[k]
		if t.kind != kNum || pctOnly && !t.pct {
			return false
		}
		if k > 0 {
			switch toks[k-1].text {
			case "±", "n", "=", "/", "of", "day", "week", "month", "year", "age", "aged", "group":
				return false
			}
		}
		if k+1 < len(toks) {
			switch toks[k+1].text {
			case "/", "patien", "subjec", "partic", "of", "out":
				if !t.pct {
					return false
				}
			}
		}
		return true
	}
	// "respectively": two arms named together and two numbers in order
	for k, t := range toks {
		if t.class != cResp {
			continue
		}
		var pair []int
		for a := 0; a+1 < len(arms); a++ {
			if arms[a+1]-arms[a] <= 3 && toks[arms[a]].role != toks[arms[a+1]].role && arms[a+1] < k {
				pair = []int{arms[a], arms[a+1]}
			}
		}
		if pair == nil {
			break
		}
		var nums []int
		for j := 0; j < k; j++ {
			if usable(j) && (j < pair[0] || j > pair[1]) {
				nums = append(nums, j)
			}
		}
		if len(nums) >= 2 {
			a, b := toks[nums[len(nums)-2]].val, toks[nums[len(nums)-1]].val
			if toks[pair[0]].role == 'i' {
				return a, b, "resp"
			}
			return b, a, "resp"
		}
		break
	}
	// "12.9 cm versus 8.9 in the A and B groups": two numbers, then the
	// two arms named together
	for a := 0; a+1 < len(arms); a++ {
		k1, k2 := arms[a], arms[a+1]
		if k2-k1 > 3 || toks[k1].role == toks[k2].role {
			continue
		}
		joined := false
		for j := k1 + 1; j < k2; j++ {
			switch toks[j].text {
			case "and", ",", "vs", "versus", "or", "compar", "to":
				joined = true
			}
		}
		if !joined {
			continue
		}
		lo := 0
		if a > 0 {
			lo = arms[a-1] + 1
		}
		var nums []int
		for j := lo; j < k1; j++ {
			if usable(j) {
				nums = append(nums, j)
			}
		}
		if len(nums) < 2 || k1-nums[len(nums)-1] > 8 {
			continue
		}
		n1, n2 := nums[len(nums)-2], nums[len(nums)-1]
		between := false
		for j := n1 + 1; j < n2; j++ {
			switch toks[j].text {
			case "vs", "versus", "and", ",", "compar":
				between = true
			}
		}
		if !between {
			continue
		}
		if toks[k1].role == 'i' {
			return toks[n1].val, toks[n2].val, "pair"
		}
		return toks[n2].val, toks[n1].val, "pair"
	}
	// otherwise each arm's number is in its zone: before the mention when
	// it is introduced by "in", "for", "with"... ("44% in the A group"),
	// else after it ("A: 12.3", "the A group had 12")
	got := map[byte]float64{}
	seen := map[byte]bool{}
	used := map[int]bool{}
	for a, k := range arms {
		role := toks[k].role
		if seen[role] {
			continue
		}
		lo, hi := 0, len(toks)-1
		if a > 0 {
			lo = arms[a-1] + 1
		}
		if a+1 < len(arms) {
			hi = arms[a+1] - 1
		}
		// the number right after the mention ("A group (12.3", "A: 12",
		// "for A is 6") is its; else, when the mention is introduced by
		// "in", "for", "with"... ("44% in the A group"), the one before;
		// else the next one after
		best := -1
		for j := k + 1; j <= hi && j <= k+3; j++ {
			if usable(j) && !used[j] {
				best = j
				break
			}
			if w := toks[j].text; w != "group" && w != "arm" && w != "is" && w != "was" && w != "were" && w != ":" && w != "(" && w != "=" && w != "m" && w != "mean" && w != "," {
				break
			}
		}
		before := false
		for j := max(0, k-3); j < k; j++ {
			switch toks[j].text {
			case "in", "for", "with", "among", "on", "by", "after", "receiv", "versus", "vs", "than":
				before = true
			}
		}
		for j := k - 1; best < 0 && before && j >= lo && j >= k-12; j-- {
			if usable(j) && !used[j] {
				best = j
			}
		}
		for j := k + 1; best < 0 && !before && j <= hi && j <= k+12; j++ {
			if usable(j) && !used[j] {
				best = j
			}
		}
		if best >= 0 {
			used[best] = true
		}
		if best >= 0 {
			got[role] = toks[best].val
			seen[role] = true
		}
	}
	if seen['i'] && seen['c'] {
		return got['i'], got['c'], "zone"
	}
	return 0, 0, ""
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// rankVectors returns the ranker's feature vectors of an abstract's
// sentences for a prompt.
func rankVectors(pi *promptInfo, sents []sentence, mask uint32, drop uint16) [][]uint32 {
	ans := make([]*analysis, len(sents))
	df := map[string]int{}
	for i, s := range sents {
		ans[i] = pi.analyze(s.text)
		for st := range ans[i].oStems {
			df[st]++
		}
	}
	// outcome coverage weighted by how specific each word is to few
	// sentences of this abstract
	var total float64
	for _, st := range pi.oList {
		total += 1 / float64(1+df[st])
	}
	cov := make([]float64, len(sents))
	best := 0.0
	for i, an := range ans {
		for _, st := range pi.oList {
			if an.oStems[st] {
				cov[i] += 1 / float64(1+df[st])
			}
		}
		if total > 0 {
			cov[i] /= total
		}
		best = max(best, cov[i])
	}
	out := make([][]uint32, len(sents))
	for i, s := range sents {
		fb := &featBuilder{mask: mask, drop: drop}
		rankFeatures(pi, ans[i], s, len(sents), fb)
		rank := 0
		for j := range sents {
			if cov[j] > cov[i] {
				rank++
			}
		}
		r := strconv.Itoa(min(rank, 3))
		if cov[i] == 0 {
			r = "none"
		}
		fb.add("covrank", r)
		fb.add("covrank", r, sectionNames[s.section])
		fb.add("wcov", strconv.Itoa(int(cov[i]*4)))
		if best > 0 {
			fb.add("relcov", strconv.Itoa(int(cov[i]/best*4)))
		}
		out[i] = fb.vector()
	}
	return out
}

// rankFeatures adds the ranker's features of one abstract sentence.
func rankFeatures(pi *promptInfo, an *analysis, s sentence, n int, fb *featBuilder) {
	fb.add("bias")
	sec := sectionNames[s.section]
	fb.add("sec", sec)
	decile := strconv.Itoa(s.index * 10 / max(1, n))
	fb.add("pos", decile)
	fb.add("pos", decile, sec)
	if s.inSec == 0 {
		fb.add("firstinsec", sec)
	}
	if s.index == n-1 {
		fb.add("last")
	}
	cov := "0"
	if len(pi.oList) > 0 {
		f := float64(len(an.oStems)) / float64(len(pi.oList))
		switch {
		case f == 0:
			cov = "0"
		case f < 0.34:
			cov = "1"
		case f < 0.67:
			cov = "2"
		case f < 1:
			cov = "3"
		default:
			cov = "4"
		}
	}
	fb.add("ocov", cov)
	fb.add("ocov", cov, sec)
	fb.add("ocount", strconv.Itoa(min(len(an.oStems), 4)))
	fb.add("arms", strconv.FormatBool(an.hasI), strconv.FormatBool(an.hasC))
	fb.add("arms", strconv.FormatBool(an.hasI), strconv.FormatBool(an.hasC), cov)
	var seen [numClasses]bool
	words := 0
	prev := ""
	for _, t := range an.toks {
		seen[t.class] = true
		if t.kind == kWord || t.kind == kMention {
			words++
			fb.add("u", t.text)
			if prev != "" && fb.on(gRankBigram) {
				fb.add("b", prev, t.text)
			}
			prev = t.text
		}
	}
	for c := 1; c < numClasses; c++ {
		if seen[c] {
			fb.add("has", classNames[c])
			fb.add("has", classNames[c], cov)
			fb.add("has", classNames[c], sec)
		}
	}
	fb.add("nums", strconv.Itoa(min(an.nNum, 6)))
	switch {
	case words < 10:
		fb.add("len", "s")
	case words < 25:
		fb.add("len", "m")
	case words < 50:
		fb.add("len", "l")
	default:
		fb.add("len", "xl")
	}
}
