package digest

import "strings"

// The reporter stores codes (report/assess: designs, signals, levels,
// directions; report/claims: verdicts). The JSON digest keeps the codes;
// the human formats say them in words, so that no `systematic_review` or
// `possible_harm_benefit` reaches a reader. A code this table does not
// know is shown with its underscores as spaces.

// words maps the codes of every vocabulary to their words. The
// vocabularies share no code with different meanings, so one table serves.
var words = map[string]string{
	// designs
	"systematic_review":  "systematic review",
	"rct":                "randomised trial",
	"non_randomised":     "non-randomised study",
	"observational":      "observational study",
	"case_report":        "case report",
	"narrative_review":   "narrative review",
	"protocol":           "protocol",
	"guideline":          "guideline",
	"trial_registration": "trial registration",
	"other":              "other design",
	// signals
	"contradicts": "contradicts",
	"new_harm":    "new report of harm",
	"reverses":    "reverses",
	"retraction":  "retraction or correction",
	"confirms":    "confirms",
	"relevant":    "relevant",
	// directions
	"benefit":   "benefit",
	"no_effect": "no effect",
	"harm":      "harm",
	"mixed":     "mixed",
	"unclear":   "unclear",
	// verdicts ("no_effect" reads as the direction above: "no effect")
	"insufficient":          "insufficient evidence",
	"no_risk":               "no significant risk",
	"possible_harm_benefit": "possible harm / benefit",
	// levels: high, medium, low are words already
}

// word says a code in words; s must be cleaned already.
func word(s string) string {
	if w, ok := words[s]; ok {
		return w
	}
	return strings.ReplaceAll(s, "_", " ")
}

// legendEntry is one line of the legend: a term and what it means.
type legendEntry struct {
	Term    string
	Meaning string
}

// legendLevels and legendSignals explain the levels and signals of the
// reporter (report/assess), in words.
var legendLevels = []legendEntry{
	{"high", "flagged on strong evidence: a systematic review, a randomised trial of adequate size, a retraction"},
	{"medium", "flagged on weaker evidence (a case report), or a finding against the claim that falls short of the rules"},
	{"low", "agrees with the claim, or merely bears on it"},
}

var legendSignals = []legendEntry{
	{word("contradicts"), "a review or adequately sized trial published after the claim's basis goes against its verdict (flagged)"},
	{word("new_harm"), "a report of harm against a claim of no significant risk (flagged)"},
	{word("reverses"), "a controlled finding that a favoured item harms or a disfavoured one helps (flagged)"},
	{word("retraction"), "the record is retracted, corrected or under an expression of concern, or is such a notice (flagged)"},
	{word("confirms"), "a newer review agrees with the verdict"},
	{word("relevant"), "the record bears on the claim, nothing more"},
}

// signalRank orders signals from strongest (0) to weakest; an unknown
// signal comes after the known ones.
func signalRank(s string) int {
	switch s {
	case "retraction":
		return 0
	case "reverses":
		return 1
	case "contradicts":
		return 2
	case "new_harm":
		return 3
	case "confirms":
		return 4
	case "relevant":
		return 5
	}
	return 6
}

// levelRank orders levels from strongest (0) to weakest.
func levelRank(l string) int {
	switch l {
	case "high":
		return 0
	case "medium", "moderate":
		return 1
	case "low":
		return 2
	}
	return 3
}

// stronger reports whether assessment a asks for more attention than b:
// flagged first, then by level, then by signal.
func stronger(a, b Assessment) bool {
	if a.Flagged != b.Flagged {
		return a.Flagged
	}
	if la, lb := levelRank(a.Level), levelRank(b.Level); la != lb {
		return la < lb
	}
	return signalRank(a.Signal) < signalRank(b.Signal)
}
