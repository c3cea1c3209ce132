package evidence

import (
	"regexp"
	"strconv"
	"strings"
)

// The rules below read general research language: p-values, confidence
// intervals and the words that say a difference was or was not found.
// They do not decide anything themselves; what they find becomes marker
// words in the text ("pval_sig", "ci_excl") and features of the model.

// Marker words written into the text in place of what the rules read.
const (
	mPSig      = "pval_sig"   // p <= 0.05 (or p < 0.05)
	mPNS       = "pval_ns"    // p > 0.1, p = NS, p > 0.05
	mPTrend    = "pval_trend" // 0.05 < p <= 0.1, p < 0.1
	mPEdge     = "pval_edge"  // p = 0.05
	mCIExcl    = "ci_excl"    // the interval excludes no effect
	mCIIncl    = "ci_incl"    // the interval includes no effect
	mCIRatio   = "ci_ratio"   // a ratio (RR, OR, HR): no effect is 1
	mCIDiff    = "ci_diff"    // a difference: no effect is 0
	mCIUnknown = "ci_unk"     // not said; judged against 1 unless negative
	mEstBelow  = "est_below"  // the estimate lies below no effect
	mEstAbove  = "est_above"  // the estimate lies above no effect
)

var (
	num = `(-?\s?\d*\.?\d+)`
	// "p = 0.07", "P<.001", "p-value of 0.03", "p = NS", "p = 1.2 x 10-5"
	rePValue = regexp.MustCompile(`\bp\s*(?:-?\s*values?)?\s*(?:was|were|is|for trend|trend)?\s*(<=|>=|=<|=>|<|>|=|:|of\b)\s*(n\.?s\.?\b|\d*\.\d+|\d+)(?:\s*(?:x|\*)\s*10\s*\^?\s*(-\s*\d+)|\s?e\s*(-\s*\d+))?`)
	// "p value 0.01", "P-value: .03" (no sign: equals)
	rePBare = regexp.MustCompile(`\bp\s*-?\s*values?\s*(?:was|of|:)?\s*(\d*\.\d+)`)
	rePNS   = regexp.MustCompile(`\bp\s*(?:=\s*)?n\.?s\.?(?:\s|$|[),;])`)
	// "95% CI 0.31 to 1.22", "0.61 [95% CI: 0.31-1.22]", "(95% confidence interval, -0.2 to 1.3)"
	reCIWord = regexp.MustCompile(`(?:` + num + `\s*%?\s*)?[\[(,;]?\s*(?:9[05]\s*%\s*)?(?:ci|c\.i\.|confidence intervals?(?:\s*\(ci\))?|cl|confidence limits?)\s*[:,=]?\s*(?:of\s*|was\s*|from\s*)?[\[(]?\s*` + num + `\s*%?\s*(?:to|-|,|;|and)\s*` + num + `\s*%?\s*[\])]?`)
	// "0.85 (0.65-1.12)", "-0.35 [-0.78 to 0.07]"
	reCIBare  = regexp.MustCompile(num + `\s*%?\s*,?\s*[\[(]\s*` + num + `\s*%?\s*(?:to|-|,|;)\s*` + num + `\s*%?\s*[\])]`)
	reRatio   = regexp.MustCompile(`\b(rr|hr|irr|aor|ahr|arr|ratios?|odds|hazards?|relative risks?|relative rates?|rate ratios?|risk ratios?|fold)\b|\bor\s*[:=,]?\s*$`)
	reDiff    = regexp.MustCompile(`\b(md|smd|wmd|differences?|diff|changes?|reductions?|increases?|decreases?|beta|coefficients?|slopes?|effect sizes?|gains?|losses?)\b`)
	reSpaceIn = regexp.MustCompile(`-\s+`)
)

// parseNum reads a number the regexps matched ("- 0.3" included).
func parseNum(s string) (float64, bool) {
	s = reSpaceIn.ReplaceAllString(strings.TrimSpace(s), "-")
	v, err := strconv.ParseFloat(s, 64)
	return v, err == nil
}

// pClass judges a p-value: comparison sign and value.
func pClass(op string, v float64) string {
	switch op {
	case "<", "<=", "=<":
		if v <= 0.05 {
			return mPSig
		}
		if v <= 0.1 {
			return mPTrend
		}
		return "" // "p < 0.5" says little
	case ">", ">=", "=>":
		if v >= 0.05 {
			return mPNS
		}
		return ""
	}
	switch {
	case v < 0.05:
		return mPSig
	case v == 0.05:
		return mPEdge
	case v <= 0.1:
		return mPTrend
	}
	return mPNS
}

// markPValues replaces the p-values of a normalized text by marker words.
func markPValues(s string) string {
	s = rePNS.ReplaceAllString(s, " "+mPNS+" ")
	s = rePBare.ReplaceAllString(s, "p = $1")
	return rePValue.ReplaceAllStringFunc(s, func(m string) string {
		sm := rePValue.FindStringSubmatch(m)
		op, val := sm[1], sm[2]
		if op == ":" || op == "of" {
			op = "="
		}
		if strings.HasPrefix(val, "n") {
			return " " + mPNS + " "
		}
		v, ok := parseNum(val)
		if !ok {
			return m
		}
		exp := sm[3]
		if exp == "" {
			exp = sm[4]
		}
		if exp != "" {
			if e, ok := parseNum(exp); ok {
				v *= pow10(int(e))
			}
		}
		if v > 1 {
			return m // not a probability
		}
		c := pClass(op, v)
		if c == "" {
			return " "
		}
		return " " + c + " "
	})
}

func pow10(e int) float64 {
	v := 1.0
	for ; e > 0; e-- {
		v *= 10
	}
	for ; e < 0; e++ {
		v /= 10
	}
	return v
}

// ciKind says what no effect is for an interval from the words before it:
// 1 for a ratio, 0 for a difference, -1 when not said.
func ciKind(before string) int {
	if i := strings.LastIndexAny(before, ";"); i >= 0 {
		before = before[i+1:]
	}
	r := reRatio.FindAllStringIndex(before, -1)
	d := reDiff.FindAllStringIndex(before, -1)
	switch {
	case len(r) > 0 && (len(d) == 0 || r[len(r)-1][0] > d[len(d)-1][0]):
		return 1
	case len(d) > 0:
		return 0
	}
	return -1
}

// ciMarkers judges an interval [lo, hi] with an optional estimate; kind
// as ciKind.
func ciMarkers(kind int, est float64, hasEst bool, lo, hi float64) string {
	if lo > hi {
		lo, hi = hi, lo
	}
	k := mCIUnknown
	null := 1.0
	switch {
	case kind == 1:
		k, null = mCIRatio, 1
	case kind == 0:
		k, null = mCIDiff, 0
	case lo < 0 || hasEst && est < 0:
		k, null = mCIDiff, 0
	}
	var b strings.Builder
	b.WriteString(" ")
	if lo > null || hi < null {
		b.WriteString(mCIExcl)
	} else {
		b.WriteString(mCIIncl)
	}
	b.WriteString(" " + k + " ")
	mid := est
	if !hasEst || est < lo || est > hi {
		mid = (lo + hi) / 2
	}
	switch {
	case mid < null:
		b.WriteString(mEstBelow + " ")
	case mid > null:
		b.WriteString(mEstAbove + " ")
	}
	return b.String()
}

// markIntervals replaces the confidence intervals of a normalized text
// (with their estimates) by marker words.
func markIntervals(s string) string {
	s = replaceCI(s, reCIWord, true)
	return replaceCI(s, reCIBare, false)
}

func replaceCI(s string, re *regexp.Regexp, worded bool) string {
	idx := re.FindAllStringSubmatchIndex(s, -1)
	if len(idx) == 0 {
		return s
	}
	var b strings.Builder
	last := 0
	for _, m := range idx {
		var est float64
		hasEst := false
		if m[2] >= 0 {
			est, hasEst = parseNum(s[m[2]:m[3]])
		}
		lo, ok1 := parseNum(s[m[4]:m[5]])
		hi, ok2 := parseNum(s[m[6]:m[7]])
		if !ok1 || !ok2 {
			continue
		}
		if lo > hi {
			lo, hi = hi, lo
		}
		// a bare "a (b-c)" is an interval only when it holds its estimate
		if !worded && (!hasEst || est < lo || est > hi || lo == hi) {
			continue
		}
		before := s[max(0, m[0]-100):m[0]]
		kind := ciKind(before)
		if k := ciKind(s[m[0]:m[4]]); k >= 0 {
			kind = k // "HR 0.39 (95% CI ...)" matched whole
		}
		b.WriteString(s[last:m[0]])
		if hasEst {
			// the estimate stays: the arms' numbers are compared
			b.WriteString(" " + strings.TrimSpace(s[m[2]:m[3]]) + " ")
		}
		b.WriteString(ciMarkers(kind, est, hasEst, lo, hi))
		last = m[1]
	}
	b.WriteString(s[last:])
	return b.String()
}

// word classes read by the skeleton features.
const (
	cNone = iota
	cInc
	cDec
	cGood
	cBad
	cCmp
	cNeg
	cSig
	cNS
	cDiff
	cBoth
	cTrend
	cResp
	cPSig
	cPNS
	cPTrend
	cCIExcl
	cCIIncl
	cEstBelow
	cEstAbove
	cSim
	cBaseline
	numClasses
)

var classNames = [numClasses]string{"", "INC", "DEC", "GOOD", "BAD", "CMP", "NEG", "SIG", "NS", "DIFF", "BOTH",
	"TREND", "RESP", "PSIG", "PNS", "PTREND", "CIX", "CII", "ESTLO", "ESTHI", "SIM", "BASE"}

var exactClass = map[string]int{
	"higher": cInc, "greater": cInc, "more": cInc, "rose": cInc, "larger": cInc, "longer": cInc, "raised": cInc,
	"elevated": cInc, "faster": cInc, "bigger": cInc, "heavier": cInc, "taller": cInc, "gained": cInc,
	"lower": cDec, "less": cDec, "fewer": cDec, "shorter": cDec, "fell": cDec, "smaller": cDec, "slower": cDec,
	"lowered": cDec, "lesser": cDec, "dropped": cDec, "lost": cDec,
	"highest": cInc, "greatest": cInc, "largest": cInc, "longest": cInc, "most": cInc,
	"lowest": cDec, "least": cDec, "fewest": cDec, "smallest": cDec, "shortest": cDec, "earlier": cDec, "sooner": cDec,
	"easier": cGood, "best": cGood, "harder": cBad, "worst": cBad,
	"favour": cGood, "favor": cGood, "favours": cGood, "favors": cGood,
	"better": cGood, "superior": cGood, "effective": cGood, "beneficial": cGood, "benefit": cGood, "benefits": cGood,
	"favoured": cGood, "favored": cGood, "favouring": cGood, "favoring": cGood,
	"worse": cBad, "inferior": cBad, "harmful": cBad, "adverse": cBad,
	"than": cCmp, "compared": cCmp, "versus": cCmp, "vs": cCmp, "relative": cCmp, "comparison": cCmp,
	"against": cCmp, "over": cCmp, "comparing": cCmp,
	"no": cNeg, "not": cNeg, "without": cNeg, "neither": cNeg, "nor": cNeg, "none": cNeg, "never": cNeg,
	"failed": cNeg, "fail": cNeg, "lack": cNeg, "absence": cNeg, "nonsignificant": cNS, "insignificant": cNS,
	"non": cNeg, "didn't": cNeg, "wasn't": cNeg, "weren't": cNeg, "cannot": cNeg, "unable": cNeg,
	"significant": cSig, "significantly": cSig, "statistically": cSig, "sig": cSig,
	"ns": cNS, "similar": cSim, "similarly": cSim, "comparable": cSim, "equivalent": cSim, "unchanged": cSim,
	"equal": cSim, "equally": cSim, "same": cSim, "unaffected": cSim, "stable": cSim, "noninferior": cSim, "non-inferior": cSim,
	"difference": cDiff, "differences": cDiff, "differ": cDiff, "differed": cDiff, "different": cDiff, "differing": cDiff,
	"between": cBoth, "both": cBoth, "either": cBoth, "among": cBoth, "all": cBoth,
	"trend": cTrend, "trends": cTrend, "tended": cTrend, "tendency": cTrend, "marginally": cTrend, "marginal": cTrend,
	"borderline": cTrend, "approached": cTrend,
	"respectively": cResp,
	"baseline":     cBaseline, "pre": cBaseline, "preintervention": cBaseline, "pretreatment": cBaseline,
	mPSig: cPSig, mPNS: cPNS, mPTrend: cPTrend, mPEdge: cPTrend, mCIExcl: cCIExcl, mCIIncl: cCIIncl,
	mEstBelow: cEstBelow, mEstAbove: cEstAbove,
}

var prefixClass = []struct {
	prefix string
	class  int
}{
	{"increas", cInc}, {"elevat", cInc}, {"prolong", cInc}, {"exceed", cInc}, {"doubl", cInc}, {"enhanc", cInc},
	{"augment", cInc}, {"accelerat", cInc}, {"rais", cInc}, {"boost", cInc}, {"gain", cInc},
	{"decreas", cDec}, {"reduc", cDec}, {"declin", cDec}, {"diminish", cDec}, {"attenuat", cDec}, {"lessen", cDec},
	{"shorten", cDec}, {"lowe", cDec}, {"suppress", cDec}, {"drop", cDec}, {"halv", cDec}, {"minimi", cDec},
	{"improv", cGood}, {"benefi", cGood}, {"efficac", cGood}, {"reliev", cGood}, {"alleviat", cGood}, {"advantag", cGood},
	{"prevent", cGood}, {"protect", cGood},
	{"worsen", cBad}, {"deteriorat", cBad}, {"impair", cBad}, {"exacerbat", cBad},
	{"nonsignifican", cNS}, {"insignifican", cNS}, {"non-significan", cNS},
	{"signific", cSig},
}

// wordClass returns the class of a (normalized) word, or cNone.
func wordClass(w string) int {
	if c, ok := exactClass[w]; ok {
		return c
	}
	if strings.HasSuffix(w, "n't") {
		return cNeg
	}
	for _, pc := range prefixClass {
		if strings.HasPrefix(w, pc.prefix) {
			return pc.class
		}
	}
	return cNone
}
