// Package assess judges which tracked claims a publication bears on and
// whether it should make an editor reconsider them.
//
// The rule-based Assessor reads a store.Record the way a reviewer skims an
// abstract: it decides the study design (publication types and MeSH first,
// the text otherwise), counts participants and included studies, checks the
// record against each claim's scope (population, intervention, outcomes and
// exclusions, all from the claims file), reads the direction of the
// findings for the claim's outcomes from the results and conclusions, and
// applies the update rules:
//
//   - a systematic review published after the claim's basis year whose
//     conclusion goes against the verdict, and does not itself call the
//     evidence too weak: signal contradicts, flagged;
//   - a randomised trial of at least the claim's trial size (100 by
//     default) reporting a significant finding against the verdict:
//     contradicts, flagged;
//   - a report of harm against a no_risk claim, case reports included:
//     new_harm, flagged;
//   - a randomised trial or review showing a favoured item harms, or a
//     disfavoured item helps (possible_harm_benefit claims): reverses,
//     flagged;
//   - a retraction, erratum or expression of concern linked to a relevant
//     record: retraction, flagged;
//   - a newer review that agrees with the verdict: confirms, not flagged;
//   - anything else that bears on the claim: relevant, not flagged.
//
// Records published in or before a claim's basis year are never updates.
// No topic words live here: only research language (designs, significance,
// negation, hedging, confidence intervals).
package assess

import (
	"fmt"
	"math"
	"reflect"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/litwatch/litwatch/report/claims"
	learn "github.com/litwatch/litwatch/report/evidence"
	"github.com/litwatch/litwatch/store"
)

// Signals (store.Assessment.Signal).
const (
	// SignalContradicts: a review, or a trial of adequate size, published
	// after the basis goes against the claim's verdict. Flagged.
	SignalContradicts = "contradicts"
	// SignalNewHarm: a report of harm against a no_risk claim. Flagged.
	SignalNewHarm = "new_harm"
	// SignalReverses: a controlled finding that a favoured item harms or a
	// disfavoured item helps. Flagged.
	SignalReverses = "reverses"
	// SignalRetraction: the record is retracted, corrected or under an
	// expression of concern (or is such a notice). Flagged.
	SignalRetraction = "retraction"
	// SignalConfirms: a newer review that agrees with the verdict. Not flagged.
	SignalConfirms = "confirms"
	// SignalRelevant: the record bears on the claim and nothing more. Not flagged.
	SignalRelevant = "relevant"
)

// Levels (store.Assessment.Level): how much attention an assessment asks for.
const (
	LevelHigh   = "high"   // flagged on strong evidence (review, adequate trial, retraction)
	LevelMedium = "medium" // flagged on weaker evidence (a case report), or a finding against the claim that falls short of the rules
	LevelLow    = "low"    // agrees with the claim, or merely bears on it
)

// Directions (store.Assessment.Direction) of the record's findings for
// the claim's outcomes.
const (
	DirectionBenefit  = "benefit"   // the intervention improves the claim's outcomes
	DirectionNoEffect = "no_effect" // no significant difference, or evidence judged insufficient
	DirectionHarm     = "harm"      // the intervention harms
	DirectionMixed    = "mixed"     // some outcomes better, others not
	DirectionUnclear  = "unclear"   // no results (a protocol), or none about the claim's outcomes
)

// Result is the assessment of one record against a set of claims.
type Result struct {
	Design      string
	N           int // participants, 0 if not stated
	Included    int // studies a review included, 0 if not stated
	Assessments []store.Assessment
}

// Assessor judges records against claims, in two stages: Read, a
// topic-free reading of the record, then Judge, the reading against one
// claim. Assess is both for a set of claims.
type Assessor interface {
	Assess(rec store.Record, cs []claims.Claim) Result
	Read(rec store.Record) *Reading
	// Judge returns the assessment of the reading against c, and false
	// when the record does not bear on c.
	Judge(r *Reading, c claims.Claim) (store.Assessment, bool)
}

// New returns the rule-based assessor for a set of claims: the claims'
// `participants`, `other_participants` and population terms are the nouns
// it counts people by, besides those any study uses. New() knows only the
// generic nouns.
func New(cs ...claims.Claim) Assessor {
	var nouns []string
	for _, c := range cs {
		nouns = append(append(append(nouns, c.Participants...), c.OtherParticipants...), c.Population...)
	}
	ev, err := learn.Default()
	if err != nil {
		// the embedded model is checked by its tests; without it the
		// rules still judge
		ev = nil
	}
	compiled := make([]*claimTerms, len(cs))
	for i, c := range cs {
		compiled[i] = compileTerms(c, cs)
	}
	return &ruleAssessor{
		genericPeople: genericPeopleTerms(),
		ev:            ev,
		claims:        cs,
		compiled:      compiled,
		text:          newTextRules(),
		design:        newDesignRules(),
		count:         newCountRules(nouns...),
		effect:        newEffectRules(),
		read:          newReadRules(),
		followedTo:    regexp.MustCompile(`(?i)\b(until|till|up to|through|by the time|at follow-?up|followed(?: up)? (?:to|until|at)|re-?assessed at|re-?evaluated at|again at)\b[^.;]{0,30}$`),
		openAbove:     regexp.MustCompile(`(?i)^\s*(?:or|and)\s+(?:older|over|above|more)\b`),
		age:           regexp.MustCompile(`(?i)\b(?:aged|age of|mean age(?: of)?|ages)\s+(\d+(?:\.\d+)?)\s*(?:(?:-|–|to)\s*(\d+(?:\.\d+)?)\s*)?(days?|weeks?|months?|years?)\b|\b(\d+(?:\.\d+)?)[- ](day|week|month|year)s?[- ]olds?\b`),
	}
}

type ruleAssessor struct {
	// genericPeople are the nouns any study counts people by.
	genericPeople termSet
	ev            *learn.Model   // the learned reader of findings (Evidence Inference)
	claims        []claims.Claim // the set it was built for: other claims' interventions are other treatments
	compiled      []*claimTerms  // each claim's terms, compiled once (read-only: safe for concurrent use)
	text          textRules
	design        designRules
	count         countRules
	effect        effectRules
	read          readRules
	age           *regexp.Regexp
	openAbove     *regexp.Regexp // "aged 16 years or older": an age with no upper bound
	followedTo    *regexp.Regexp // "until ... were", "followed up to": the end of follow-up
}

// retractionLink describes a PubMed CommentsCorrections link type that
// puts a record's findings in doubt, or returns "".
func retractionLink(linkType string) string {
	switch strings.ToLower(strings.ReplaceAll(linkType, " ", "")) {
	case "retractionin":
		return "retracted"
	case "retractionof":
		return "a retraction notice"
	case "partialretractionin":
		return "partly retracted"
	case "partialretractionof":
		return "a partial retraction notice"
	case "erratumin":
		return "corrected by an erratum"
	case "erratumfor":
		return "an erratum"
	case "expressionofconcernin":
		return "under an expression of concern"
	case "expressionofconcernfor":
		return "an expression of concern"
	case "retractionandreplacementin":
		return "retracted and replaced"
	case "retractionandreplacementof":
		return "a retraction-and-replacement notice"
	}
	return ""
}

// Assess judges one record against the claims: one reading, judged
// against each claim.
func (a *ruleAssessor) Assess(rec store.Record, cs []claims.Claim) Result {
	r := a.Read(rec)
	res := Result{Design: r.Design, N: r.N, Included: r.Included}
	var noOutcome []claims.Claim
	for _, c := range cs {
		as, ok, short := a.judgeBy(r, c, false)
		if ok {
			res.Assessments = append(res.Assessments, as)
		} else if short {
			noOutcome = append(noOutcome, c)
		}
	}
	if len(res.Assessments) == 0 {
		// no claim took the record through its outcomes: one whose title
		// or aim is the intervention in a claim's population still bears
		// on that claim
		for _, c := range noOutcome {
			if as, ok, _ := a.judgeBy(r, c, true); ok {
				res.Assessments = append(res.Assessments, as)
			}
		}
	}
	return res
}

// Judge is the second stage: the reading against one claim.
func (a *ruleAssessor) Judge(r *Reading, c claims.Claim) (store.Assessment, bool) {
	as, ok, _ := a.judgeBy(r, c, false)
	return as, ok
}

// judgeBy judges the reading against one claim; short reports a record
// in the claim's population and intervention that names none of its
// outcomes. byAim counts such a record as bearing on the claim when its
// title or aim is about the intervention in the claim's population.
func (a *ruleAssessor) judgeBy(r *Reading, c claims.Claim, byAim bool) (as store.Assessment, ok, short bool) {
	sc := a.scope(r.doc, c)
	ok, why := a.relevant(r.doc, sc, r.Design, r.Notice != "", byAim)
	if !ok {
		return store.Assessment{}, false, why == noOutcome
	}
	as = a.judge(r, sc)
	as.RecordID = r.RecordID
	as.Reasons = append([]string{why}, as.Reasons...)
	if r.Cut {
		as.Reasons = append(as.Reasons, fmt.Sprintf("Its text is unusually long; only the first %d KiB were read.", MaxReadBytes>>10))
	}
	return as, true, false
}

// retraction describes a retraction, erratum or expression of concern
// linked to the record, or "".
func (a *ruleAssessor) retraction(d *doc) string {
	for _, l := range d.rec.Links {
		if what := retractionLink(l.Type); what != "" {
			if l.PMID != "" {
				return fmt.Sprintf("it is %s (PubMed %s, PMID %s)", what, l.Type, l.PMID)
			}
			return fmt.Sprintf("it is %s (PubMed %s)", what, l.Type)
		}
	}
	for _, p := range d.pubTypes {
		switch p {
		case "retracted publication":
			return "it is a retracted publication"
		case "retraction of publication":
			return "it is a retraction notice"
		case "expression of concern":
			return "it is an expression of concern"
		case "published erratum":
			return "it is an erratum"
		}
	}
	if a.design.notice.MatchString(strings.TrimSpace(d.rec.Title)) {
		return "its title announces a retraction or correction"
	}
	return ""
}

// scope is a claim's vocabulary compiled for one record (with the
// acronyms the record defines).
type scope struct {
	c                          claims.Claim
	pop, popEx, popCore        termSet
	popExAlways                termSet // excluded whatever popCore names
	interv, intervCtx, focusEx termSet
	// focusExWords: focus_exclude as the file words it, and the record's
	// abbreviations only for a term named in full ("methylphenidate
	// (MPH)"; "SOC" defined as care "including a corticosteroid" is still
	// the usual care)
	focusExWords                        termSet
	outcomes, lower, harms, allOutcomes termSet
	otherOut                            termSet // outcomes only other claims of the set track
	otherEffOut                         termSet // otherOut of the claims that are not no_risk
	fav, disfav                         termSet
	other, notOut                       termSet
	people                              termSet // the claim's participants nouns
	anyone                              termSet // ... and the nouns any study counts people by
	primary                             termSet // the outcomes the claim's statement names
	otherTreat                          termSet
	stated                              string  // the claim's verdict as its file words it, when judged as another
	majorAdverse                        bool    // an outcome term of the claim is a "major adverse ..." name
	controls                            termSet // the claim's own control arms ("corn oil")
	intervText                          string  // the intervention as the record names it
	treat                               groups
	// armWords are the words of the sentences that allocate participants
	// to the intervention and the other arms ("randomly split into three
	// groups taking placebo, cinnamon or whortleberry")
	armWords map[string]bool
	// coListed are the other treatments a record lists beside the
	// intervention ("six drugs (lactoferrin, probiotics, prebiotics,
	// glutamine, arginine and erythropoietin)"): a result naming one of
	// them and not the intervention is that treatment's
	coListed map[string]bool
	// armWords and coListed are read on first use (armWordsOf, coListedOf)
	// from the record d
	d                          *doc
	armWordsRead, coListedRead bool
}

// mask returns a function blanking the generic descriptor phrases and
// the claim's not_outcomes in a token list.
func (sc *scope) mask(er effectRules) func([]string) []string {
	return func(toks []string) []string {
		return sc.withoutCondition(sc.namedEvents(blank(sc.quietPopulation(er, er.masked(toks)), sc.notOut)))
	}
}

// withoutCondition blanks an outcome named as what the people studied do
// not have ("people without symptomatic cardiovascular disease", "women
// with no history of preterm birth"): it says who was studied, not what
// happened to them. "Survival without BPD" is left alone: survival is no
// one.
func (sc *scope) withoutCondition(toks []string) []string {
	var out []string
	var outs []span
	outsRead := false
	for i := 1; i+1 < len(toks); i++ {
		at := i + 1
		switch {
		case toks[i] == "without":
		case toks[i] == "with" && toks[i+1] == "no":
			at = i + 2
		case toks[i] == "history" && toks[i+1] == "of", toks[i] == "survivors" && toks[i+1] == "of":
			// "women with a history of breast cancer", "survivors of
			// stroke": what the people had before they were studied
			at = i + 2
		case toks[i] == "after" && slices.Contains(toks[max(0, i-8):i], "diagnosed"):
			// "women diagnosed with atrophy after breast cancer": the
			// illness that came before the diagnosis studied
		default:
			continue
		}
		if (toks[i] == "without" || toks[i] == "with") && toks[i-1] != "those" && !sc.anyone.in(toks[i-1:i]) {
			continue
		}
		if !outsRead {
			outs, outsRead = sc.allOutcomes.find(toks), true
		}
	spans:
		for _, o := range outs {
			if o.start < at || o.start > at+3 {
				continue
			}
			for _, w := range toks[at:o.start] {
				switch w {
				case "symptomatic", "known", "prior", "previous", "established", "existing", "preexisting", "pre", "clinical",
					"overt", "diagnosed", "a", "any", "history", "of":
				default:
					// "those without intervention in hospital stay"
					continue spans
				}
			}
			for j := at; j < o.end; j++ {
				out = blankAt(out, toks, j)
			}
		}
	}
	return orOriginal(out, toks)
}

// namedEvents blanks "adverse" inside the name of a composite outcome
// ("major adverse cardiovascular events", "major adverse kidney events"):
// the events are outcomes, not adverse effects of the treatment, unless
// the claim lists such a name itself (its longest term then decides).
func (sc *scope) namedEvents(toks []string) []string {
	if sc.majorAdverse {
		return toks
	}
	var out []string
	for i := 1; i+1 < len(toks); i++ {
		if toks[i] != "adverse" || toks[i-1] != "major" {
			continue
		}
		switch toks[i+1] {
		case "cardiovascular", "cardiac", "cerebrovascular", "kidney", "renal", "limb", "coronary", "vascular":
			out = blankAt(out, toks, i)
		}
	}
	return orOriginal(out, toks)
}

// blankAt blanks toks[i] in out, a copy of toks made on the first call
// (out nil), and returns it.
func blankAt(out, toks []string, i int) []string {
	if out == nil {
		out = append([]string(nil), toks...)
	}
	out[i] = "_"
	return out
}

// orOriginal returns out, or toks when nothing was blanked.
func orOriginal(out, toks []string) []string {
	if out == nil {
		return toks
	}
	return out
}

// quietPopulation blanks the words of change and worth inside a phrase
// naming the claim's population ("very low birth weight", "lower-income
// countries", "high-risk infants"): they describe who was studied, not a
// result. A phrase that is also one of the claim's outcomes is left alone.
func (sc *scope) quietPopulation(er effectRules, toks []string) []string {
	var out []string
	var outs []span
	outsRead := false
	for _, ts := range []termSet{sc.pop, sc.popCore} {
	next:
		for _, m := range ts.find(toks) {
			if !outsRead {
				outs, outsRead = sc.allOutcomes.find(toks), true
			}
			for _, o := range outs {
				if o.start < m.end && m.start < o.end {
					continue next
				}
			}
			for i := m.start; i < m.end; i++ {
				w := toks[i : i+1]
				if er.inc.in(w) || er.dec.in(w) || er.good.in(w) || er.bad.in(w) {
					out = blankAt(out, toks, i)
				}
			}
		}
	}
	return orOriginal(out, toks)
}

// claimTerms are a claim's term lists compiled once, before any record's
// acronyms are added.
type claimTerms struct {
	other, notOut, otherTreat, pop, popEx, popCore termSet
	popExAlways                                    termSet
	people                                         termSet
	// anyone: the claim's participants nouns and those any study uses
	// ("patients", "women"), for "people without <outcome>"
	anyone termSet
	// primary: the claim's outcome terms its statement names ("reduce
	// severe necrotising enterocolitis and mortality")
	primary                                       termSet
	interv, intervCtx, focusEx                    termSet
	controls                                      termSet
	outcomes, lower, harms, fav, disfav, armWords termSet
	// otherOut: the outcomes other claims of the set track and this one
	// does not
	otherOut termSet
	// otherEffOut: otherOut of the claims about efficacy (not no_risk)
	otherEffOut termSet
	// majorAdverse: one of the claim's outcome terms is itself a "major
	// adverse ..." name, so "adverse" in such a name stays (namedEvents)
	majorAdverse bool
}

// compileTerms compiles c's term lists; the interventions of the set's
// other claims, where they are not c's, are other treatments (a finding
// about one of them is not about c).
func compileTerms(c claims.Claim, set []claims.Claim) *claimTerms {
	own := map[string]bool{}
	for _, t := range c.Intervention {
		own[t] = true
	}
	mine := map[string]bool{}
	for _, t := range slices.Concat(c.Outcomes, c.LowerIsBetter, c.Harms) {
		mine[t] = true
	}
	var others, otherOut, otherEffOut []string
	for _, o := range set {
		if o.ID == c.ID {
			continue
		}
		for _, t := range o.Intervention {
			if !own[t] {
				others = append(others, t)
			}
		}
		for _, t := range slices.Concat(o.Outcomes, o.LowerIsBetter, o.Harms) {
			if !mine[t] {
				otherOut = append(otherOut, t)
				if o.Verdict != claims.VerdictNoRisk {
					otherEffOut = append(otherEffOut, t)
				}
			}
		}
	}
	majorAdverse := false
	for _, t := range slices.Concat(c.Outcomes, c.LowerIsBetter, c.Harms) {
		majorAdverse = majorAdverse || strings.Contains(" "+t+" ", " major adverse ")
	}
	return &claimTerms{
		majorAdverse: majorAdverse,
		other:        newTermSet(c.OtherParticipants), notOut: newTermSet(c.NotOutcomes), otherTreat: newTermSet(others),
		people: newTermSet(c.Participants), anyone: slices.Concat(newTermSet(c.Participants), genericPeopleTerms()), primary: statementTerms(c),
		pop: newTermSet(c.Population), popEx: newTermSet(c.PopulationExclude), popCore: newTermSet(c.PopulationCore), popExAlways: newTermSet(c.PopulationExcludeAlways),
		interv: newTermSet(c.Intervention), intervCtx: newTermSet(c.InterventionContextExclude), focusEx: newTermSet(c.FocusExclude),
		controls: newTermSet(c.Controls),
		outcomes: newTermSet(c.Outcomes), lower: newTermSet(c.LowerIsBetter), harms: newTermSet(c.Harms),
		fav: newTermSet(c.Favoured), disfav: newTermSet(c.Disfavoured), otherOut: newTermSet(otherOut), otherEffOut: newTermSet(otherEffOut),
		armWords: newTermSet([]string{"intervention group*", "intervention arm*", "treatment group*",
			"treated", "experimental group*", "study group*", "intervention infants", "ig",
			// the active preparation against its placebo ("verum was
			// superior to placebo")
			"verum", "verum group*"}),
	}
}

// statementTerms are the claim's outcome terms its statement names, and
// its statement_outcomes: the outcomes a null result must be about to go
// against a benefit or harm.
func statementTerms(c claims.Claim) termSet {
	toks := tokens(c.Statement)
	out := slices.Clone(c.StatementOutcomes)
	for _, t := range slices.Concat(c.Outcomes, c.LowerIsBetter, c.Harms) {
		if newTermSet([]string{t}).in(toks) {
			out = append(out, t)
		}
	}
	return newTermSet(out)
}

// termsFor returns c's compiled terms: those compiled by New when c is
// one of the set's claims exactly as given, else compiled now.
func (a *ruleAssessor) termsFor(c claims.Claim) *claimTerms {
	for i, o := range a.claims {
		if o.ID == c.ID && reflect.DeepEqual(o, c) {
			return a.compiled[i]
		}
	}
	return compileTerms(c, a.claims)
}

func (a *ruleAssessor) scope(d *doc, c claims.Claim) *scope {
	al := func(ts termSet) termSet { return d.aliases(a.text, ts) }
	ct := a.termsFor(c)
	s := &scope{c: c, other: ct.other, notOut: ct.notOut, people: ct.people, anyone: ct.anyone, majorAdverse: ct.majorAdverse}
	if c.Verdict == claims.VerdictNoEffect {
		// "X makes little or no difference" is judged as "insufficient"
		// (a significant effect either way goes against it), and worded
		// as the claims file states it
		s.c.Verdict, s.stated = claims.VerdictInsufficient, c.Verdict
	}
	s.otherTreat = al(ct.otherTreat)
	alOut := func(ts termSet) termSet { return d.aliases(a.text, ts, s.mask(a.effect)) }
	s.pop = al(ct.pop)
	s.popEx = al(ct.popEx)
	s.popCore = ct.popCore
	s.popExAlways = al(ct.popExAlways)
	s.interv = al(ct.interv)
	s.intervCtx = ct.intervCtx
	s.focusEx = al(ct.focusEx)
	s.focusExWords = d.namedAliases(a.text, ct.focusEx)
	// the outcome terms as the claim lists them, for the masks applied
	// while the record's acronyms are read; with them once read, below
	s.allOutcomes = slices.Concat(ct.outcomes, ct.lower, ct.harms)
	s.outcomes = alOut(ct.outcomes)
	s.lower = alOut(ct.lower)
	s.harms = alOut(ct.harms)
	// the scales the record says measure them name them in its results
	s.outcomes = append(s.outcomes, d.instruments(a.text, s.outcomes)...)
	s.lower = append(s.lower, d.instruments(a.text, s.lower)...)
	s.harms = append(s.harms, d.instruments(a.text, s.harms)...)
	s.primary = alOut(ct.primary)
	s.allOutcomes = append(append(append(termSet(nil), s.outcomes...), s.lower...), s.harms...)
	s.otherOut = ct.otherOut
	s.otherEffOut = ct.otherEffOut
	s.fav = al(ct.fav)
	s.disfav = al(ct.disfav)
	treat := append(append(append(termSet(nil), s.interv...), s.fav...), s.disfav...)
	treat = append(treat, ct.armWords...)
	s.controls = al(ct.controls)
	s.treat = groups{treat: treat, comp: append(append(termSet(nil), a.effect.control...), s.controls...)}
	s.intervText = firstMatch(s.interv, d.scoped())
	s.d = d
	return s
}

// armWordsOf returns sc.armWords, reading them from the record the first
// time they are asked for (most clauses name no group).
func (a *ruleAssessor) armWordsOf(sc *scope) map[string]bool {
	if !sc.armWordsRead {
		sc.armWordsRead = true
		sc.armWords = map[string]bool{}
		for _, x := range sc.d.sents {
			if x.role != roleBackground && a.effect.allocation.MatchString(x.raw) && sc.interv.in(x.toks) {
				for _, w := range x.toks {
					sc.armWords[w] = true
				}
			}
		}
	}
	return sc.armWords
}

// coListedOf returns sc.coListed, reading it from the record the first
// time it is asked for.
func (a *ruleAssessor) coListedOf(sc *scope) map[string]bool {
	if !sc.coListedRead {
		sc.coListedRead = true
		sc.coListed = a.coListed(sc.d, sc)
	}
	return sc.coListed
}

// coListed returns the head words of the other treatments the record's
// own sentences list beside the intervention (three items or more), or
// nil when it lists fewer than two others.
func (a *ruleAssessor) coListed(d *doc, sc *scope) map[string]bool {
	if !a.effect.ranking.MatchString(d.allRaw) {
		// only a record that ranks several treatments against each
		// other credits results to each by name
		return nil
	}
	out := map[string]bool{}
	for _, x := range d.sents {
		if x.role == roleBackground || !sc.interv.in(x.toks) {
			continue
		}
		texts := []string{x.raw}
		for _, m := range a.effect.parenthetical.FindAllStringSubmatch(x.raw, -1) {
			texts = append(texts, m[1])
		}
		for _, t := range texts {
			parts := a.effect.listSep.Split(t, -1)
			if len(parts) < 3 {
				continue
			}
			hasInterv := false
			for _, p := range parts {
				hasInterv = hasInterv || sc.interv.in(tokens(p))
			}
			if !hasInterv {
				continue
			}
			for _, p := range parts {
				toks := tokens(p)
				if len(toks) == 0 || len(toks) > 3 || sc.interv.in(toks) {
					continue
				}
				w := toks[len(toks)-1]
				if len(w) < 4 || a.effect.genericArm[w] || sc.treat.comp.in([]string{w}) || sc.pop.in([]string{w}) || sc.allOutcomes.in([]string{w}) {
					continue
				}
				out[w] = true
			}
		}
	}
	if len(out) < 2 {
		return nil
	}
	return out
}

// otherArm reports whether a clause that does not name the intervention
// gives its result for another arm of the trial by name ("fell
// significantly in the whortleberry group"): a word before "group" that
// the allocation sentences list beside the intervention and that is none
// of the intervention's, the comparator's, the population's or a generic
// arm word.
func (a *ruleAssessor) otherArm(raw string, sc *scope) bool {
	partOf := func(ts termSet, w string) bool {
		for _, t := range ts {
			if slices.Contains(t.toks, w) {
				return true
			}
		}
		return false
	}
	// a word of the intervention, comparator or population: not another arm
	own := func(w string) bool {
		return partOf(sc.interv, w) || partOf(sc.pop, w) || partOf(sc.people, w) || partOf(sc.fav, w) || partOf(sc.disfav, w) ||
			sc.treat.comp.in([]string{w})
	}
	for _, m := range a.effect.groupName.FindAllStringSubmatch(raw, -1) {
		named, other := false, false
		for _, rw := range strings.Fields(m[1]) {
			if strings.ToUpper(rw) == rw {
				// an abbreviation ("the RA group") may stand for the
				// intervention itself, unless the group's other words
				// name another arm ("the SMD plus acupuncture group")
				continue
			}
			ws := tokens(rw)
			if len(ws) == 0 {
				continue
			}
			w := ws[0]
			if own(w) {
				named = true
				break
			}
			if !a.effect.genericArm[w] && a.armWordsOf(sc)[w] && strings.IndexFunc(w, func(r rune) bool { return r < '0' || r > '9' }) >= 0 {
				other = true
			}
		}
		if other && !named {
			return true
		}
	}
	// "Chlorpheniramine significantly reduced sleep latency": another arm
	// of the allocation, the subject of the change
	toks := tokens(raw)
	if len(toks) > 0 && (toks[0] == "the" || toks[0] == "a") {
		toks = toks[1:]
	}
	if len(toks) < 2 {
		return false
	}
	w, v := toks[0], toks[1]
	if len(toks) > 2 && strings.HasSuffix(v, "ly") {
		v = toks[2]
	}
	switch w {
	case "this", "these", "that", "those", "both", "each", "which", "there", "their", "they":
		// a pronoun stands for what came before
		return false
	}
	if len(w) < 4 || !a.effect.changeVerb.in([]string{v}) || a.effect.genericArm[w] || !a.armWordsOf(sc)[w] {
		return false
	}
	return !own(w) && !partOf(sc.allOutcomes, w)
}

// firstMatch returns the first term of ts found in the sentences, as text.
func firstMatch(ts termSet, ss []sentence) string {
	for _, s := range ss {
		if m := ts.find(s.toks); len(m) > 0 {
			return strings.Join(s.toks[m[0].start:m[0].end], " ")
		}
	}
	return ""
}

// firstAffirmed is firstMatch without the mentions a sentence denies:
// "non-pneumonic", "without pneumonia", "pneumonia was not suspected",
// "unless pneumonia is suspected" name who was not studied.
func firstAffirmed(ts termSet, ss []sentence) string {
	for _, s := range ss {
		for _, m := range ts.find(s.toks) {
			if !deniedAt(s.toks, m.start, m.end) {
				return strings.Join(s.toks[m.start:m.end], " ")
			}
		}
	}
	return ""
}

// deniedAt reports whether toks[start:end] is denied by the words around
// it: a negator just before, or "(was) not (clinically) suspected",
// "was excluded", "ruled out" just after.
func deniedAt(toks []string, start, end int) bool {
	for i := max(0, start-2); i < start; i++ {
		switch toks[i] {
		case "non", "no", "not", "without", "excluding", "except", "unless", "free":
			return true
		}
	}
	after := toks[end:min(len(toks), end+5)]
	for i, w := range after {
		switch w {
		case "excluded", "absent":
			return i <= 2
		case "ruled":
			return i+1 < len(after) && after[i+1] == "out"
		case "not":
			for _, x := range after[i+1:] {
				switch x {
				case "suspected", "present", "diagnosed", "eligible", "included":
					return true
				}
			}
			return false
		}
	}
	return false
}

// namesEffectOn reports whether the words after an intervention name what
// it acts on ("on the mood of mothers", "to improve sleep").
func namesEffectOn(toks []string) bool {
	for i, w := range toks {
		switch w {
		case "on", "upon":
			return true
		case "to":
			if i+1 < len(toks) {
				switch toks[i+1] {
				case "improve", "reduce", "prevent", "relieve", "increase", "decrease", "promote", "enhance", "lower", "alleviate", "shorten", "support":
					return true
				}
			}
		}
	}
	return false
}

// noOutcome is relevant's answer for a record in the claim's population
// and intervention that names none of its outcomes.
const noOutcome = "\x00no outcome"

// aimOutcome stands for the outcome of a record that bears on a claim by its
// title or aim alone.
const aimOutcome = "\x00aim"

// relevant decides whether the record bears on the claim, and says why.
// byAim also takes a record whose title or aim is the intervention in the
// claim's population though it names none of the claim's outcomes; a
// record that fails only for want of an outcome answers noOutcome.
func (a *ruleAssessor) relevant(d *doc, sc *scope, design string, notice, byAim bool) (bool, string) {
	ss := d.scoped()
	for _, m := range append(append([]string(nil), d.rec.MeSH...), d.rec.Keywords...) {
		ss = append(ss, sentence{raw: m, toks: tokens(m), role: roleMethods})
	}
	if a.design.animalIn(d.rec.Title) || design == DesignOther && a.design.animalIn(d.allRaw) && !notice {
		return false, ""
	}
	pop := firstMatch(sc.pop, a.withoutExclusions(ss))
	if pop == "" && design == DesignCaseReport {
		// a case report's introduction says whom the treatment is for
		// ("drugs such as varenicline help smokers quit"), its case then
		// who took it ("a 39-year-old woman on her 10th day of it")
		var intro []sentence
		for _, s := range d.sents {
			if s.role == roleBackground {
				intro = append(intro, s)
			}
		}
		pop = firstMatch(sc.pop, a.withoutExclusions(intro))
	}
	if pop == "" {
		return false, ""
	}
	// an excluded word named only among what was measured ("secondary
	// outcomes included scales for tinnitus") is no other population
	exSS := dropMatching(a.withoutSubgroups(a.withoutNames(a.withoutEligibility(ss))), a.effect.outcomeDef)
	ex := firstAffirmed(sc.popEx, exSS)
	if ex != "" {
		// only then can a sentence of evidence kinds matter
		ex = firstAffirmed(sc.popEx, a.withoutEvidenceKinds(exSS))
	}
	if ex != "" && firstMatch(sc.popCore, ss) == "" {
		return false, ""
	}
	if len(sc.popExAlways) > 0 && firstAffirmed(sc.popExAlways, a.withoutEvidenceKinds(exSS)) != "" {
		// excluded whatever the core phrases say ("rats", "patients on
		// haemodialysis")
		return false, ""
	}
	if sc.other.in(tokens(d.participants)) && !sc.pop.in(tokens(d.participants)) && !countsPopulation(d.groups, sc.pop, sc.other) {
		// the people the study counted (women, parents...) are not the
		// claim's population, and it counts none who are
		return false, ""
	}
	if sc.c.MaxAgeMonths > 0 || sc.c.MinAgeMonths > 0 {
		youngest, oldest, ok := a.ageMonths(d)
		if ok && sc.c.MaxAgeMonths > 0 && youngest > float64(sc.c.MaxAgeMonths) {
			return false, ""
		}
		if ok && sc.c.MinAgeMonths > 0 && oldest < float64(sc.c.MinAgeMonths) {
			// "children aged 6 to 12 years" for a claim about adults
			return false, ""
		}
	}
	interv := ""
	for _, s := range ss {
		if sc.intervCtx.in(s.toks) {
			continue
		}
		if m := sc.interv.find(s.toks); len(m) > 0 {
			interv = strings.Join(s.toks[m[0].start:m[0].end], " ")
			break
		}
	}
	if interv == "" {
		// the claims file names the intervention in other words' order
		// ("oral care with breast milk" against "breast milk oral care")
		for _, s := range ss {
			if sc.intervCtx.in(s.toks) {
				continue
			}
			if t := sc.interv.looseIn(s.toks); t != "" {
				interv = t + ", in other words"
				break
			}
		}
	}
	if interv == "" {
		return false, ""
	}
	if len(sc.focusEx) > 0 {
		focus := d.focus()
		named, tested := false, false
		for _, f := range focus {
			named = named || sc.focusEx.in(f)
			tested = tested || sc.interv.in(f)
		}
		if named && !tested {
			return false, ""
		}
	}
	if sc.c.ControlsRequired && !sc.namesControl() {
		// the claim is about the intervention against (or added to) what
		// its controls name; this record compares it with something else
		return false, ""
	}
	outcome := ""
	nonHarm := append(append(termSet(nil), sc.outcomes...), sc.lower...)
	for _, s := range ss {
		toks := sc.mask(a.effect)(s.toks)
		// a case report's history (other illnesses, treatments) is not an
		// outcome of the intervention unless the sentence ties it to it
		attributed := design != DesignCaseReport || sc.interv.in(s.toks)
		// who was excluded ("patients with diabetes were excluded") is not
		// what was measured
		if a.design.eligibility.MatchString(s.raw) {
			continue
		}
		if m := nonHarm.find(toks); len(m) > 0 && attributed {
			if sc.c.Verdict == claims.VerdictNoRisk && s.role != roleResults && s.role != roleConclusion && s.role != roleOther {
				// a no-risk claim's words of safety ("efficacy and
				// safety") in a title, aim or methods: what was meant
				// to be studied, not a report on harms
				continue
			}
			outcome = strings.Join(toks[m[0].start:m[0].end], " ")
			break
		}
		if m := sc.harms.find(toks); len(m) > 0 && a.reportsHarm(s, sc, design) {
			outcome = strings.Join(toks[m[0].start:m[0].end], " ")
			break
		}
	}
	if outcome == "" && sc.c.Verdict == claims.VerdictNoRisk && design == DesignCaseReport {
		// "Chlorhexidine-induced chemical burns in very low birth weight
		// infants": a case report whose title puts an event down to the
		// intervention reports a harm, named or not in the claims file
		if ev := a.harmTitle(d.rec.Title, sc); ev != "" {
			outcome = ev
		}
	}
	if outcome == "" {
		// where the population is a condition ("common cold"), a record
		// that says the intervention prevents, treats or shortens it names
		// the condition itself as its outcome
		people := append(newTermSet(sc.c.Participants, sc.c.OtherParticipants), a.genericPeople...)
	found:
		for _, s := range ss {
			if s.role == roleBackground || !sc.interv.in(s.toks) {
				continue
			}
			for _, m := range sc.pop.find(s.toks) {
				// people ("infants") are not a condition
				if people.in(s.toks[m.end-1 : m.end]) {
					continue
				}
				if conditionObject(s.toks, m.start) {
					outcome = strings.Join(s.toks[m.start:m.end], " ")
					break found
				}
			}
		}
	}
	if outcome == "" && (design == DesignSystematicReview || design == DesignNarrativeReview || design == DesignGuideline) &&
		(sc.c.Verdict == claims.VerdictInsufficient || sc.c.Verdict == claims.VerdictBenefit || sc.c.Verdict == claims.VerdictHarm) &&
		!onlyOthersOutcomes(sc) {
		// a review judging the evidence for the intervention in the
		// claim's population ("the evidence is insufficient to support
		// massage of preterm infants") answers an efficacy claim's
		// question as a whole, naming no outcome (a no-risk claim's
		// question is harm, an item claim's the items); not when it names
		// only outcomes other claims of the file track (its judgement is
		// on those)
		for _, s := range ss {
			if s.role == roleBackground || !sc.interv.in(s.toks) || !sc.pop.in(s.toks) {
				continue
			}
			if a.effect.insufficient.MatchString(s.raw) || a.read.recommendation.MatchString(s.raw) {
				outcome = "the evidence as a whole"
				break
			}
		}
	}
	if outcome == "" && byAim && sc.c.Verdict != claims.VerdictNoRisk {
		// a record whose title or aim is the intervention in the claim's
		// population (a protocol, a feasibility study, a trial of outcomes
		// the claims file does not list) is about the claim's question;
		// Assess asks this only when no claim took the record through its
		// outcomes, and never for a no-risk claim, whose question is harm
		about, other := false, false
		for _, f := range d.focus() {
			if m := sc.interv.find(f); len(m) > 0 && !sc.intervCtx.in(f) {
				about = about || sc.pop.in(f)
				// "the effect of X on maternal mood", "X to improve sleep":
				// the record names what it measures, and it is none of
				// the claim's outcomes
				other = other || namesEffectOn(f[m[0].end:])
			}
		}
		if about && !other {
			outcome = aimOutcome
		}
	}
	if outcome == "" {
		return false, noOutcome
	}
	why := fmt.Sprintf("Bears on %q: population (%s), intervention (%s)", sc.c.ID, pop, interv)
	switch outcome {
	case aimOutcome:
		why += "; its title or aim is about them, though it names none of the claim's outcomes"
	default:
		why += fmt.Sprintf(", outcome (%s)", outcome)
	}
	return true, why + "."
}

// conditionObject reports whether the words just before toks[at] make it
// a condition the intervention acts on ("prevents colds", "shortens the
// common cold", "the odds of developing a cold").
func conditionObject(toks []string, at int) bool {
	for i := at - 1; i >= max(0, at-5); i-- {
		w := toks[i]
		for _, v := range []string{"prevent", "shorten", "cure"} {
			if strings.HasPrefix(w, v) {
				return true
			}
		}
		switch w {
		case "develop", "developing", "develops", "catch", "catching", "catches":
			return true
		}
		switch w {
		case "of", "the", "a", "an", "acute", "their", "its", "common", "against", "from":
			continue
		}
		return false
	}
	return false
}

// withoutNames returns the sentences with the names of instruments and
// bodies ("Premature Infant Pain Profile (PIPP)") removed: words inside a
// capitalised name do not describe the participants.
func (a *ruleAssessor) withoutNames(ss []sentence) []sentence {
	out := make([]sentence, 0, len(ss))
	for _, s := range ss {
		raw := a.text.name.ReplaceAllString(s.raw, " ")
		out = append(out, sentence{raw: raw, toks: tokens(raw), role: s.role})
	}
	return out
}

// withoutExclusions drops the sentences that state who was excluded
// ("children taking stimulants were excluded"): a population named only
// there is not the record's. Inclusion criteria stay.
func (a *ruleAssessor) withoutExclusions(ss []sentence) []sentence {
	return dropMatching(ss, a.effect.excludedWho)
}

// dropMatching returns the sentences, the title always among them, that re
// does not match.
func dropMatching(ss []sentence, re *regexp.Regexp) []sentence {
	out := make([]sentence, 0, len(ss))
	for _, s := range ss {
		if s.role != roleTitle && re.MatchString(s.raw) {
			continue
		}
		out = append(out, s)
	}
	return out
}

// withoutEligibility drops the sentences that state who was excluded or
// eligible ("patients with bipolar disorder were excluded"): a population
// named there is not the record's.
func (a *ruleAssessor) withoutEligibility(ss []sentence) []sentence {
	return dropMatching(ss, a.design.eligibility)
}

// latestYearNamed returns the latest year from 1900 to 2099 the record's
// text names, or 0.
func (a *ruleAssessor) latestYearNamed(d *doc) int {
	latest := 0
	for _, m := range a.effect.yearNamed.FindAllString(d.allRaw, -1) {
		if y, err := strconv.Atoi(m); err == nil && y > latest {
			latest = y
		}
	}
	return latest
}

// hedgedBeside reports whether a clause of the sentence other than cl is
// hedged: the finding a caveat qualifies ("X may help, but heterogeneity
// was high"), not the caveat's own "may" ("the marked heterogeneity may
// restrict how far the results apply").
func hedgedBeside(hedge *regexp.Regexp, cls []string, cl string) bool {
	for _, c := range cls {
		if c != cl && hedge.MatchString(c) {
			return true
		}
	}
	return false
}

// withoutEvidenceKinds drops the sentences, other than the title, that set
// human evidence beside laboratory or animal evidence ("in vitro and in
// vivo studies suggest", "in animal models and in humans"): a review
// naming the kinds of evidence it read is not about rats.
func (a *ruleAssessor) withoutEvidenceKinds(ss []sentence) []sentence {
	return dropMatching(ss, a.text.evidenceKinds)
}

// withoutSubgroups returns the sentences without the subgroups they list
// ("patients with various conditions, including older patients"): a
// subgroup named among others does not make the record about it alone.
func (a *ruleAssessor) withoutSubgroups(ss []sentence) []sentence {
	out := make([]sentence, 0, len(ss))
	for _, s := range ss {
		raw := a.text.subgroup.ReplaceAllString(s.raw, " ")
		out = append(out, sentence{raw: raw, toks: tokens(raw), role: s.role})
	}
	return out
}

// reportsHarm reports whether a sentence naming an adverse-event term
// reports on harms of the intervention (rather than asking about them, or
// naming a condition): it must be a result, title or conclusion, and name
// the intervention, unless the record is a case report or a study stating
// that no adverse events occurred.
func (a *ruleAssessor) reportsHarm(s sentence, sc *scope, design string) bool {
	switch {
	case s.role == roleTitle, s.role == roleResults, s.role == roleConclusion, s.role == roleOther:
	case design == DesignCaseReport && s.role == roleObjective:
		// "We describe four patients who developed ...": a case report's
		// statement of what it reports is its finding
	default:
		return false
	}
	if a.effect.searchLine.MatchString(s.raw) {
		// "PubMed, Embase ... were searched for trials on the effect of
		// X and on adverse effects": how a review looked, not what it found
		return false
	}
	if sc.interv.in(s.toks) {
		return true
	}
	if design == DesignCaseReport {
		// "the adverse metabolic reactions of antipsychotics": a harm
		// the sentence puts down to something else
		return !harmOfOther(s.toks, sc.harms)
	}
	switch design {
	case DesignRCT, DesignNonRandomised, DesignObservational:
		// "no serious adverse events occurred", or a harm that differed
		// significantly between the groups
		return a.effect.harmNegated(s.raw, s.toks, sc.harms) ||
			a.effect.sig.MatchString(s.raw) && a.effect.between.MatchString(s.raw) && !a.effect.negSig.MatchString(s.raw)
	}
	return false
}

// harmOfOther reports whether every harm a sentence names is put down to
// something it names after it ("adverse reactions of antipsychotics",
// "bleeding induced by warfarin"); the caller has checked that the
// sentence does not name the intervention.
func harmOfOther(toks []string, harms termSet) bool {
	ms := harms.find(toks)
	if len(ms) == 0 {
		return false
	}
	for _, m := range ms {
		e := m.end
		// "adverse metabolic reactions of": the harm's own words first
		for k := 0; k < 2 && e+1 < len(toks) && harmNounish(toks[e]); k++ {
			e++
		}
		switch {
		case e+1 < len(toks) && (toks[e] == "of" || toks[e] == "from"):
		case e+2 < len(toks) && (toks[e] == "induced" || toks[e] == "caused") && toks[e+1] == "by":
		default:
			return false
		}
	}
	return true
}

// harmNounish reports whether w may stand inside a harm's name ("adverse
// metabolic reactions"): not a function word, a verb of the sentence or
// the word that puts the harm down to something ("of", "induced").
func harmNounish(w string) bool {
	switch w {
	case "and", "or", "in", "with", "was", "were", "is", "are", "the", "a", "an", "to", "for", "on", "at", "by",
		"of", "from", "induced", "caused":
		return false
	}
	return true
}

// inFollowUpWindow reports whether a finding's stated time (in its clause,
// else the one time its sentence names) falls inside the claim's
// follow-up window; a finding that states no time always does.
func (a *ruleAssessor) inFollowUpWindow(clause, sentence string, c claims.Claim) bool {
	if c.MinFollowUpWeeks <= 0 && c.MaxFollowUpWeeks <= 0 {
		return true
	}
	w, n := a.effect.followUpWeeks(clause)
	if n == 0 {
		// "may be effective in the short term, but not at medium- and
		// long-term follow-up": a time said in words
		short, long := a.effect.shortTerm.MatchString(clause), a.effect.longTerm.MatchString(clause)
		if c.MinFollowUpWeeks > 0 && short && !long || c.MaxFollowUpWeeks > 0 && long && !short {
			return false
		}
		if w, n = a.effect.followUpWeeks(sentence); n != 1 {
			return true
		}
	}
	if c.MinFollowUpWeeks > 0 && w < float64(c.MinFollowUpWeeks) {
		return false
	}
	return c.MaxFollowUpWeeks <= 0 || w <= float64(c.MaxFollowUpWeeks)
}

// modifiersDropped leaves out the outcome mentions that only qualify the
// noun after them ("hypothermia-related interventions", "pain-associated
// distress"): what was measured is that noun. So too the event that ends
// what was measured ("the ORS volume consumed before recovery") and the
// risk for which people were enrolled ("775 patients at increased risk of
// kidney injury").
func modifiersDropped(toks []string, ms []span) []span {
	out := ms[:0:0]
	for _, m := range ms {
		if m.end < len(toks)-1 && (toks[m.end] == "related" || toks[m.end] == "associated") && !eventNoun(toks[m.end+1]) {
			continue
		}
		if b := m.start; b > 0 && toks[b-1] == "before" || b > 1 && toks[b-2] == "prior" && toks[b-1] == "to" {
			continue
		}
		if atRisk(toks, m.start) {
			continue
		}
		out = append(out, m)
	}
	return out
}

// atRisk reports whether the words before i say who is at risk of the
// outcome ("patients at (increased|high) risk of kidney injury", "at risk
// of complicated or recurrent diverticulitis") or what people had when
// they came ("a presenting pain score of 8", "baseline pain"): people,
// not a result.
func atRisk(toks []string, i int) bool {
	if i > 0 && (toks[i-1] == "presenting" || toks[i-1] == "baseline") {
		return true
	}
	for k := i - 1; k >= 2 && k >= i-5; k-- {
		if toks[k] != "of" || toks[k-1] != "risk" {
			continue
		}
		j := k - 2
		if toks[j] == "increased" || toks[j] == "high" || toks[j] == "higher" || toks[j] == "elevated" {
			j--
		}
		return j >= 0 && toks[j] == "at"
	}
	return false
}

// otherPeopleOnly reports whether a clause's people are only the claim's
// other participants (its raters already removed): a result about them.
func otherPeopleOnly(toks []string, sc *scope) bool {
	return sc.other.in(toks) && !sc.pop.in(toks) && !sc.people.in(toks)
}

// eventNoun reports whether a word after "X-related" counts cases of X
// ("C. difficile-related cases", "sepsis-related deaths"): X is still the
// outcome.
func eventNoun(w string) bool {
	switch w {
	case "case", "cases", "event", "events", "death", "deaths", "mortality", "morbidity", "infection", "infections",
		"admission", "admissions", "hospitalisation", "hospitalisations", "hospitalization", "hospitalizations",
		"complication", "complications", "symptom", "symptoms", "illness", "disease", "episode", "episodes":
		return true
	}
	return false
}

// countsPopulation reports whether one of the groups a study counts is of
// the claim's population (and not of its other participants).
func countsPopulation(groups []string, pop, other termSet) bool {
	for _, g := range groups {
		if !other.in([]string{lastWord([]rune(g))}) && pop.in(tokens(g)) {
			return true
		}
	}
	return false
}

// ageMonths returns the youngest and the oldest age, in months, the
// record's scoped sentences give its participants ("aged 6 to 59 months":
// 6 and 59; "mean age 72 years": 864 both).
func (a *ruleAssessor) ageMonths(d *doc) (youngest, oldest float64, found bool) {
	for _, s := range d.scoped() {
		text := a.count.normaliseNumbers(s.raw)
		for _, loc := range a.age.FindAllStringSubmatchIndex(text, -1) {
			if a.followedTo.MatchString(text[max(0, loc[0]-40):loc[0]]) {
				// "seen until the infants were 9 months old": the age at
				// which follow-up ended, not the participants' age
				continue
			}
			m := make([]string, len(loc)/2)
			for i := range m {
				if loc[2*i] >= 0 {
					m[i] = text[loc[2*i]:loc[2*i+1]]
				}
			}
			lo, hi, unit := m[1], m[2], m[3]
			if lo == "" {
				lo, unit = m[4], m[5]
			}
			if hi == "" {
				hi = lo
			}
			v, err := strconv.ParseFloat(lo, 64)
			w, err2 := strconv.ParseFloat(hi, 64)
			if err != nil || err2 != nil {
				continue
			}
			per := 1.0
			switch u := strings.ToLower(unit); {
			case strings.HasPrefix(u, "day"):
				per = 1 / 30.4
			case strings.HasPrefix(u, "week"):
				per = 1 / 4.35
			case strings.HasPrefix(u, "year"):
				per = 12
			}
			v, w = v*per, w*per
			if hi == lo && a.openAbove.MatchString(text[loc[1]:min(len(text), loc[1]+20)]) {
				// "aged 16 years or older": no oldest age
				w = math.Inf(1)
			}
			if !found || v < youngest {
				youngest = v
			}
			if !found || w > oldest {
				oldest = w
			}
			found = true
		}
	}
	return youngest, oldest, found
}

// finding is what one clause says about the claim.
type finding struct {
	valence int  // +1 better, -1 worse, 0 not said
	null    bool // no difference / no harm
	sig     bool
	concl   bool // from the conclusion
	item    int  // +1 favoured item, -1 disfavoured, 0 none
	both    bool // about favoured and disfavoured items alike
	stated  bool // a null result stated in words ("did not differ")
	// side: about adverse effects, tolerability or how the treatment was
	// taken (adherence, withdrawals), not about the outcomes it is for
	side    bool
	primary bool // the clause names an outcome of the claim's statement
	// subgroup: a result in part of the participants, or one clause of a
	// sentence whose other clause states the overall result
	subgroup bool
	// hedged: the finding's own clause hedges it ("may", "suggests"), not
	// another clause of its sentence
	hedged  bool
	outcome string
	text    string
}

// findings reads the results and conclusions for the claim's outcomes.
func (a *ruleAssessor) findings(d *doc, sc *scope, design string) (fs []finding, insufficient bool) {
	noRisk := sc.c.Verdict == claims.VerdictNoRisk
	focusItem, focusBoth, focusInterv := 0, false, false
	for _, f := range d.focus() {
		focusInterv = focusInterv || sc.interv.in(f)
		fi, di := sc.fav.in(f), sc.disfav.in(f)
		switch {
		case fi && !di:
			focusItem = 1
		case di && !fi:
			focusItem = -1
		case fi && di:
			focusBoth = true
		}
	}
	review := design == DesignSystematicReview || design == DesignNarrativeReview || design == DesignGuideline
	sents := d.sents
	if design == DesignCaseReport {
		// a case report's title and opening sentence state its finding
		sents = append([]sentence{d.title}, sents...)
	}
	// a review whose abstract has no conclusions section states its
	// synthesis in its own sentences: read them as its conclusion
	hasConcl := false
	for _, s := range sents {
		hasConcl = hasConcl || s.role == roleConclusion || s.role == roleResults
	}
	bodyWeak := false // a review judging all its studies too weak, outside its conclusion
	caveat := false   // a conclusion's caveat on the quality of its studies
	// what the methods name as the primary outcome(s), for results that
	// refer to "the primary outcome"
	primaryDef := ""
	for _, s := range d.sents {
		if def, _ := a.effect.primaryDefinition(s.raw); def != "" {
			primaryDef = def
			break
		}
	}
	unsig := a.effect.backNulled(sents)
	lost := a.effect.noLongerSignificant(sents)
	minor := a.effect.significantBefore(sents, a.effect.clinicallyMinor)
	// prevOutcome returns the outcome the sentence before sentence si names
	// (a results sentence, or a conclusion before a conclusion), read only
	// for the few clauses that refer back to it
	prevOutcome := func(si int) string {
		if si == 0 {
			return ""
		}
		p := sents[si-1]
		if p.role != roleResults && !(p.role == roleConclusion && sents[si].role == roleConclusion) {
			return ""
		}
		if m := sc.allOutcomes.find(p.toks); len(m) > 0 {
			return strings.Join(p.toks[m[0].start:m[0].end], " ")
		}
		return ""
	}
	for si, s := range sents {
		switch {
		case s.role == roleResults, s.role == roleConclusion, s.role == roleOther:
		case design == DesignCaseReport && (s.role == roleTitle || s.role == roleObjective):
		default:
			continue
		}
		concl := s.role == roleConclusion || review && !hasConcl && s.role == roleOther
		sentItem := itemOf(sc, s.toks, a.effect)
		sentHarm := sc.harms.in(s.toks)
		cls := a.effect.clauses(s.raw)
		for ci, cl := range cls {
			if a.effect.noFinding(cl) {
				continue
			}
			// a concession opening a sentence of several clauses
			conceded := len(cls) > 1 && a.effect.concession.MatchString(cl+", ")
			if conceded && a.effect.insufficient.MatchString(cl) {
				// "Despite limited evidence, X may be a useful addition":
				// the weakness is conceded, the conclusion is what follows
				continue
			}
			if concl && review && a.effect.qualityCall.MatchString(cl) && hedgedBeside(a.read.hedge, cls, cl) {
				// "X may offer an additional intervention; however,
				// high-quality, rigorously designed RCTs are recommended"
				insufficient = true
				continue
			}
			if concl && a.effect.heterogeneous.MatchString(cl) && hedgedBeside(a.read.hedge, cls, cl) {
				// "the meta-analysis suggests X may help, but the results
				// showed a high degree of heterogeneity": a hedged
				// conclusion its own caveat leaves uncertain
				insufficient = true
				continue
			}
			if a.effect.otherOutcomes.MatchString(cl) && a.effect.weakJudgement(cl, ci == 0) {
				// "Evidence is insufficient to determine the likely effect
				// of SI on other key morbidities": a judgement of the
				// outcomes the conclusion has not named, not of those it
				// has
				continue
			}
			if m := a.effect.evidenceFor.FindStringSubmatch(cl); m != nil && !sc.interv.in(tokens(m[1])) && !a.effect.genericSubject.MatchString(m[1]) && a.effect.weakJudgement(cl, ci == 0) {
				// "Evidence supporting botulinum toxin type A ... for pain
				// and function is limited": a judgement of the evidence
				// on other treatments
				continue
			}
			if a.effect.weakJudgement(cl, ci == 0) && a.effect.dosingQuestion.MatchString(cl) {
				// "evidence was limited for deciding the most effective
				// intensity and frequency": how best to give it, not
				// whether it works
				continue
			}
			if a.effect.weakJudgement(cl, ci == 0) && namesOnlyOther(tokens(cl), sc) {
				// "omega-3 supplementation had effects too weak to
				// conclude ...": a judgement of another treatment the
				// record also reviews
				continue
			}
			if a.effect.weakJudgement(cl, ci == 0) && (concl || !a.effect.hasFigures(cl)) {
				if concl && review && (a.effect.caveat.MatchString(cl) && !a.effect.weakVerdict.MatchString(withoutHowever(cl)) || a.effect.routineUse.MatchString(cl)) {
					// "because the studies were of limited quality, the
					// conclusion should be treated with caution", "X lowered
					// pneumonia, but the evidence is not yet sufficient to
					// recommend routine use": a caveat on what the
					// conclusion states, which stands if it states an effect
					caveat = true
				} else {
					// a judgement of the evidence, not a finding (a result's
					// own figures outweigh its grading words); a review's
					// judgement of its whole body of studies counts wherever
					// it is said ("all the studies were too weak")
					insufficient = insufficient || concl
					bodyWeak = bodyWeak || review && a.effect.wholeBody.MatchString(cl)
				}
				if concl && a.effect.gradedEffect.MatchString(cl) && a.effect.gradedBenefit.MatchString(cl) && sc.interv.in(tokens(cl)) {
					// "low-quality evidence that honey may relieve
					// symptoms and improve sleep": the grade is a judgement,
					// the benefit it grades a hedged finding too
					toks := sc.mask(a.effect)(tokens(cl))
					if m := sc.allOutcomes.find(toks); len(m) > 0 {
						fs = append(fs, finding{valence: 1, concl: true, hedged: true, outcome: strings.Join(toks[m[0].start:m[0].end], " "), text: s.raw})
					}
				}
				continue
			}
			if a.conditionIsSubject(cl, sc) {
				// "Pc-BPPV impairs the quality of life of primary care
				// patients": what the condition does, not the treatment
				continue
			}
			if a.againstOtherTreatment(cl, sc) || a.otherTreatmentOnly(cl, sc) {
				// "hypnotherapy was superior to NRT": the intervention
				// against a treatment the claims file names as another,
				// not against none; "better inhibition with MPH": that
				// other treatment's own result
				continue
			}
			if a.effect.formsAlike.MatchString(cl) || a.effect.levelsCompared.MatchString(cl) && a.effect.isNull(cl) || a.effect.activeOthers.MatchString(cl) && a.effect.isNull(cl) && !a.effect.noTreatment.MatchString(cl) && len(a.effect.control.find(tokens(cl))) == 0 {
				// "any modality and intensity appears equally effective",
				// "no advantage over other standard treatments": forms of
				// the intervention, or active treatments, compared with
				// each other, not the intervention against none
				continue
			}
			if a.effect.comparable.MatchString(a.effect.adjustedFor.ReplaceAllString(cl, " $1")) && a.effect.isNull(cl) {
				// the groups were alike at the start: a check of the
				// randomisation, not a finding
				continue
			}
			if a.effect.correlation.MatchString(cl) && !a.effect.between.MatchString(cl) {
				// how two measures relate ("adherence was related to
				// symptom scores"), not how the groups differ
				continue
			}
			if concl && conceded {
				// "Although some studies found X effective, its role
				// remains under debate": the conclusion is what follows
				// the concession
				continue
			}
			if a.effect.perProtocol.MatchString(cl) && !a.effect.itt.MatchString(cl) && a.effect.itt.MatchString(d.allRaw) {
				// the intention-to-treat analysis is the trial's result;
				// the per-protocol one beside it is not
				continue
			}
			if (a.effect.outcomeDef.MatchString(cl) || a.effect.knownHarm.MatchString(cl)) && !a.effect.isSig(cl) && !a.effect.isNull(cl) {
				// "the main outcome combined death or survival with
				// impairment", "the resistome was compared between the
				// arms": what was measured, not what was found; "diarrhoea
				// is a common side effect of antibiotics": what is known
				// already, not what this study found
				continue
			}
			if a.effect.byOutcome.MatchString(cl) || a.effect.byTrait.MatchString(cl) {
				if ct := tokens(cl); !sc.interv.in(ct) && len(a.effect.control.find(ct)) == 0 {
					// "children with scarring were significantly older": a
					// comparison of people by their outcome, not of the arms
					continue
				}
			}
			if a.effect.alternativeTo.MatchString(cl) && len(a.effect.control.find(tokens(cl))) == 0 && !a.effect.noTreatment.MatchString(cl) {
				// "TEAS may be a possible alternative to epidural
				// analgesia": a comparison with another treatment
				continue
			}
			if a.read.nonUsers.MatchString(cl) || a.read.doseSubject.MatchString(cl) {
				// "Among non-users of iodine supplements, low intake went
				// with preeclampsia": about people without the treatment;
				// "LGG dose had no significant effect on pain": doses
				// compared, not the treatment against none
				continue
			}
			if a.read.unevenly.MatchString(cl) {
				// "X was inconsistently recommended": what guidelines
				// disagree on, no finding that it works
				continue
			}
			if a.effect.reporting.MatchString(cl) || a.effect.callFor.MatchString(cl) || a.effect.limitation.MatchString(cl) {
				// what the studies did or did not report, or a call for
				// research: not a finding
				continue
			}
			toks := sc.mask(a.effect)(tokens(a.effect.withoutInstrument(a.effect.withoutThresholds(a.effect.wordParens.ReplaceAllString(cl, "")))))
			if def := primaryDef; def != "" && a.effect.primaryRef.MatchString(cl) && len(sc.allOutcomes.find(toks)) == 0 && !a.effect.endpointMet.MatchString(cl) {
				// "the primary outcome rates did not differ": the outcomes
				// the methods named as primary
				toks = append(toks, sc.mask(a.effect)(tokens(def))...)
			}
			if ci > 0 && len(sc.allOutcomes.find(toks)) == 0 && a.effect.continuation.MatchString(cl) {
				// "bilirubin did not differ at baseline but fell
				// significantly more with massage": the clause goes on
				// about the outcome of the one before
				pt := sc.mask(a.effect)(tokens(cls[ci-1]))
				for _, m := range sc.allOutcomes.find(pt) {
					toks = append(toks, pt[m.start:m.end]...)
				}
			}
			if ci > 0 && len(sc.allOutcomes.find(toks)) == 0 && a.effect.byMore.MatchString(cl) {
				// "PHQ-9 scores had fallen in both arms, but significantly
				// more in those taking creatine": the outcome and the
				// verb of the clause before, compared between the arms
				pt := sc.mask(a.effect)(tokens(cls[ci-1]))
				for i, w := range pt {
					if a.effect.changeVerb.in(pt[i : i+1]) {
						toks = append(toks, w)
						break
					}
				}
				for _, m := range sc.allOutcomes.find(pt) {
					toks = append(toks, pt[m.start:m.end]...)
				}
			}
			if ci > 0 && !sc.interv.in(toks) && a.effect.sameSubject.MatchString(cl) {
				// "ondansetron was not associated with cardiac defects,
				// but was associated with oral clefts": the same subject
				pt := sc.mask(a.effect)(tokens(cls[ci-1]))
				if ms := sc.interv.find(pt); len(ms) > 0 {
					toks = append(slices.Clone(pt[ms[0].start:ms[0].end]), toks...)
				}
			}
			if m := a.effect.infinitiveSubject.FindStringSubmatch(cl); ci > 0 && m != nil && !sc.interv.in(tokens(m[1])) {
				// "..., NSAIDs to give smaller benefits": a finding on
				// the subject of its own infinitive, another treatment
				continue
			}
			if sc.other.in(toks) && otherPeopleOnly(tokens(a.effect.raters(cl)), sc) {
				// "their mothers reported more pain": about people who
				// are not the claim's population
				continue
			}
			if review && !sc.interv.in(s.toks) && a.effect.ranking.MatchString(sc.d.allRaw) {
				// "Dexmedetomidine reduced POD compared with control" in a
				// network meta-analysis: a sentence that never names the
				// claim's intervention is about one of the others ranked
				continue
			}
			if review && a.effect.singleStudy.MatchString(cl) {
				// "in one study forming its own subgroup, …": one of the
				// review's studies, not its synthesis
				continue
			}
			if a.onlyAsLevel(toks, sc) || !sc.interv.in(toks) && a.effect.levelGroup.MatchString(cl) {
				// "patients with low vitamin D had lower FEV1",
				// "deficient women had more pre-eclampsia": the
				// participants' levels, not the intervention given
				continue
			}
			if a.effect.predictedOutcome.MatchString(cl) && !sc.interv.in(toks) {
				// "age over 60 (P=0.025) and cancer (P=0.008) predicted the
				// primary outcome": what predicted it, not an effect of the
				// treatment
				continue
			}
			if m := a.effect.predictors.FindStringIndex(cl); m != nil && !sc.interv.in(tokens(cl[m[1]:])) {
				// "risk factors for failure were poor compliance (RR 2.40)
				// and developmental delay (RR 1.44)": what predicted the
				// outcome among those treated, not an effect of the
				// treatment (unless the treatment is among them)
				continue
			}
			if addedToOwn(cl, sc, a.effect) {
				// "adding oral levodopa to 2 hours of daily patching does
				// not improve acuity": the finding is the added drug's;
				// every arm had the claim's intervention
				continue
			}
			if ownIsBase(toks, sc, a.effect) {
				// "steroids combined with antivirals gave greater benefit
				// than antivirals alone": every arm had the claim's
				// intervention; the finding is the add-on's
				continue
			}
			if a.otherIsSubject(toks, sc) {
				// "ondansetron halved the risk compared with placebo and
				// with domperidone": a finding about another treatment
				// the claims track, this one only its comparison
				continue
			}
			if outcomesListedForOthers(toks, sc) {
				// "X (SMD ...) ranked first for severity, acamprosate (SMD
				// ...) for annoyance": each result of the list is the
				// treatment it follows
				continue
			}
			named := sc.namesOwn(toks) || sc.fav.in(toks) || sc.disfav.in(toks)
			other := sc.otherTreat.in(toks)
			if !named && !other {
				// a clause naming no treatment ("; day 14 RR 4.3 ...")
				// is about the one its sentence names
				other = sc.otherTreat.in(s.toks) && !sc.interv.in(s.toks)
			}
			if other && !named {
				// a finding about another treatment the claims track (a
				// review comparing several): not this claim's
				continue
			}
			if !named && siblingNamed(toks, sc.interv) {
				// "three studies of vitamin D showed a significant
				// reduction" in a review of vitamin D or E: a result for
				// the sibling of the intervention, not for it
				continue
			}
			if !named && a.effect.aloneOther.MatchString(cl) {
				// "managed effectively with oral rehydration solution
				// alone": a finding about that other treatment
				continue
			}
			if !a.inFollowUpWindow(cl, s.raw, sc.c) {
				// "no difference at 12 months" against a claim about the
				// first 8 weeks: measured outside the claim's window
				continue
			}
			f, ok := a.clauseFinding(cl, toks, sc, noRisk, design, sentHarm, focusInterv)
			if !ok && s.role == roleResults && a.effect.groupsDiffered.MatchString(cl) && a.effect.isSig(cl) {
				// "Survival free of infection was 74/102 against 66/98 (P =
				// .42). Over 2 weeks, however, the groups differed
				// significantly": a result on the outcome just named
				if out := prevOutcome(si); out != "" {
					f, ok = finding{sig: true, outcome: out}, true
				}
			}
			if !ok && (s.role == roleResults || s.role == roleConclusion && !review) && a.effect.groupsAlike.MatchString(cl) && a.effect.isNull(cl) && len(sc.allOutcomes.find(toks)) == 0 {
				// "MADRS fell by 6.5 points in each group. Treatment
				// effects did not differ significantly between groups":
				// no difference on the outcome just named
				if out := prevOutcome(si); out != "" {
					f, ok = finding{null: true, outcome: out}, true
				}
			}
			if !ok {
				continue
			}
			if !f.null {
				// "healthy elders showed a significant benefit, whereas
				// no change was seen among those with cognitive
				// impairment": a result in a population the claims file
				// excludes, not in the claim's
				if ct := tokens(cl); sc.popEx.in(ct) && !sc.pop.in(ct) && !sc.popCore.in(ct) {
					continue
				}
			}
			f.concl = concl
			f.text = s.raw
			f.hedged = a.read.hedge.MatchString(cl)
			f.subgroup = !f.null && !a.effect.mainToo.MatchString(s.raw) &&
				(a.effect.subgroup.MatchString(s.raw) || a.overallNullBeside(cl, cls))
			if !f.null && ci > 0 && a.effect.concededAfterNull(s.raw, cls[ci-1], cl) {
				// "neither A nor B reduced pain significantly, although
				// scores were lower with A": the difference the null
				// clause just called not significant
				f.sig, f.null = false, true
			}
			if lost[si] && f.sig {
				// "... these results were no longer significant": the
				// result did not survive the adjustment
				f.sig, f.null = false, true
			}
			if minor[si] && f.sig {
				// "These gains did not reach clinically significant
				// thresholds": significant, but too small to matter, so
				// no finding that the treatment works
				f.sig = false
			}
			if unsig[si] && !f.null {
				// "… 1.37 versus 1.42. None of these differences was
				// significant.": the sentence after says it; a
				// conclusion's change it says so of ("the rise in
				// implantation suggests a benefit. The changes were not
				// statistically significant") is no difference
				f.sig = false
				f.null = f.concl
			}
			few := false
			if m := a.effect.fewStudies.FindStringSubmatch(cl); review && m != nil {
				// "Four studies reported that yoga significantly reduced
				// fatigue" of ten included: some of the studies, not the
				// review's finding
				if k := groupCount(m[1]); k > 0 && (k < d.included || a.effect.splitVote.MatchString(s.raw)) {
					f.sig, few = false, true
				}
			}
			if review && f.valence != 0 && !f.null && a.effect.voteCount.MatchString(cl) {
				// "most studies found a beneficial effect": the review's
				// own synthesis of its studies, stated in words
				f.sig = true
			}
			if review && !few && s.role == roleResults && f.valence != 0 && !f.null && !f.sig && !a.read.hedge.MatchString(cl) && (a.effect.actsOn(toks, sc.interv) || a.effect.associatedChange.MatchString(cl)) {
				// "TXA lowered the risk of blood loss >1000 mL", "X was
				// associated with a lower risk of death": a review's
				// pooled result stated as a fact, the treatment acting
				// on the outcome
				f.sig = true
			}
			f.stated = f.null && (a.effect.null.MatchString(a.effect.nullText(cl)) || a.effect.notVerb.MatchString(cl))

			if m := sc.allOutcomes.find(toks); len(m) > 0 {
				f.outcome = strings.Join(toks[m[0].start:m[0].end], " ")
			}
			f.primary = sc.primary.in(toks) || f.outcome != "" && sc.primary.in(tokens(f.outcome))
			// the finding is about adverse effects or adherence when its
			// outcome is (or, naming none of the claim's, its clause is)
			if f.outcome != "" {
				f.side = a.effect.sideOutcome.MatchString(f.outcome) || sc.harms.in(tokens(f.outcome))
			} else {
				f.side = a.effect.sideOutcome.MatchString(cl)
			}
			if f.sig && !f.null && strings.Contains(" "+strings.Join(toks, " ")+" ", " only ") {
				fs = append(fs, finding{null: true, concl: concl, text: s.raw})
			}
			f.item = itemOf(sc, toks, a.effect)
			if f.item == 0 {
				f.item = sentItem
			}
			if f.item == 0 {
				f.item = focusItem
			}
			// a record testing favoured and disfavoured items together
			// against a common comparator: an unattributed finding is
			// about both
			f.both = f.item == 0 && focusBoth || jointItems(sc, toks)
			if review && f.item != 0 && f.valence != 0 && !f.null && !concl {
				// a review's synthesis naming an item ("applying olive or
				// sunflower oil may adversely affect the barrier") is its
				// finding on that item
				f.sig = true
			}
			fs = append(fs, f)
		}
	}
	if review {
		fs = a.withoutOthersConclusion(fs, sc)
	}
	if caveat && !insufficient && !bodyWeak {
		// the caveat stands unless the conclusion states an effect
		// without hedging it ("X can improve pregnancy outcome and is
		// suitable for clinical use")
		insufficient = !a.concludesEffect(fs, true)
	}
	if bodyWeak && !insufficient {
		// "all the studies were too weak ...": the review's verdict
		// unless its conclusion states an effect all the same
		insufficient = !a.concludesEffect(fs, false)
	}
	return fs, insufficient
}

// withoutOthersConclusion drops a review's conclusions of an effect that
// do not name the intervention when its results name the intervention
// among those with no significant effect ("CRF was not significantly
// reduced by ginseng, guarana or mistletoe ... Across all studies, the
// interventions significantly reduced CRF"): the conclusion is about the
// treatments as a class, and the intervention's own result is the null.
func (a *ruleAssessor) withoutOthersConclusion(fs []finding, sc *scope) []finding {
	namedNull := false
	for _, f := range fs {
		if !f.concl && f.null && !f.side && sc.interv.in(tokens(f.text)) {
			namedNull = true
			break
		}
	}
	if !namedNull {
		return fs
	}
	out := fs[:0:0]
	for _, f := range fs {
		if f.concl && !f.null && f.valence != 0 && !f.side && !sc.interv.in(tokens(f.text)) {
			continue
		}
		out = append(out, f)
	}
	return out
}

// againstOtherTreatment reports whether cl compares the intervention with
// only a treatment the claims file excludes as another one (its
// focus_exclude: "superior to NRT", "more than drugs"), naming no placebo,
// usual care, untreated group or control of the claim.
func (a *ruleAssessor) againstOtherTreatment(cl string, sc *scope) bool {
	if len(sc.focusExWords) == 0 {
		return false
	}
	loc := a.effect.versusOther.FindStringSubmatchIndex(cl)
	if loc == nil {
		return false
	}
	if a.effect.sideOutcome.MatchString(cl) || sc.harms.in(tokens(cl)) {
		// harms against another treatment are still harms of this one
		return false
	}
	ref := cl[loc[2]:loc[3]]
	rt := tokens(ref)
	if sc.interv.in(rt) {
		// "better attention with MPH than with NFB": another treatment
		// is the subject, the intervention what it is compared with
		head := tokens(cl[max(0, loc[0]-60):loc[2]])
		return sc.focusExWords.in(head) && !sc.interv.in(head) && !sc.controlIn(head)
	}
	return sc.focusExWords.in(rt) && !sc.interv.in(rt) && !sc.controlIn(rt) && len(a.effect.control.find(rt)) == 0 &&
		!a.read.placebo.MatchString(ref) && !a.read.usual.MatchString(cl) && !a.read.none.MatchString(ref)
}

// otherTreatmentOnly reports whether cl credits its result to a treatment
// the claims file names as another ("better inhibition and attention with
// MPH", the record's abbreviation for a focus_exclude term; "cognitive
// rehabilitation appeared effective") and names neither the intervention
// nor a control.
func (a *ruleAssessor) otherTreatmentOnly(cl string, sc *scope) bool {
	if len(sc.focusExWords) == 0 {
		return false
	}
	if m := a.read.againstLead.FindStringIndex(cl); m != nil {
		// "Against placebo or no treatment, progesterone maintenance
		// lengthened gestation": the comparison said first, then the
		// treatment whose result it is
		if sc.interv.in(tokens(cl[:m[1]])) {
			return false
		}
		cl = cl[m[1]:]
	}
	toks := tokens(cl)
	if sc.interv.in(toks) || sc.controlIn(toks) || len(a.effect.control.find(toks)) > 0 {
		return false
	}
	for _, m := range sc.focusExWords.find(toks) {
		// "... with MPH", or the clause's subject ("cognitive
		// rehabilitation appeared effective only in ...")
		if m.start > 0 && toks[m.start-1] == "with" || m.start == 0 || m.start == 1 && toks[0] == "the" {
			return true
		}
		if listedAfterWith(toks, m.start) {
			// "improved significantly with amino acids (MD -1.27),
			// melatonin (MD -1.21) and vitamin D": one of the treatments
			// the result is given for
			return true
		}
		if m.start > 0 && (toks[m.start-1] == "that" || reportingVerb(toks[m.start-1])) {
			// "evidence showed probiotics to be the most effective",
			// "found that simethicone ...": the subject of what is reported
			return true
		}
	}
	return false
}

// conditionIsSubject reports whether cl opens with the claim's population
// (the condition) and a present-tense verb of what it does ("Pc-BPPV
// impairs the quality of life"), naming no treatment, control or group.
func (a *ruleAssessor) conditionIsSubject(cl string, sc *scope) bool {
	toks := tokens(cl)
	if len(toks) == 0 || sc.interv.in(toks) || sc.controlIn(toks) || len(a.effect.control.find(toks)) > 0 {
		return false
	}
	for _, w := range toks {
		switch w {
		case "group", "groups", "arm", "arms", "treated", "treatment", "placebo", "intervention", "versus", "vs", "compared":
			return false
		}
	}
	// a present-tense verb of what the condition does (results are told in
	// the past tense)
	switch afterCondition(toks, sc) {
	case "impairs", "affects", "causes", "burdens", "worsens", "limits", "reduces", "lowers", "diminishes", "disrupts":
		return true
	}
	return false
}

// afterCondition returns the word that follows the claim's population (the
// condition) when it opens toks ("[the] dementia affects ..."), or "".
func afterCondition(toks []string, sc *scope) string {
	start := 0
	if len(toks) > 0 && toks[0] == "the" {
		start = 1
	}
	for _, m := range sc.pop.find(toks) {
		if m.start == start && m.end < len(toks) {
			return toks[m.end]
		}
	}
	return ""
}

// concludesEffect reports whether a conclusion's finding states an effect
// (with unhedged, one it does not hedge with "may", "suggests"...).
func (a *ruleAssessor) concludesEffect(fs []finding, unhedged bool) bool {
	for _, f := range fs {
		if f.concl && !f.null && f.valence != 0 && !(unhedged && f.hedged) {
			return true
		}
	}
	return false
}

// overallNullBeside reports whether another clause of cl's sentence states
// a null result for everyone ("did not improve lung function overall, but
// benefited ever-smokers"): cl is then a result in part of them.
func (a *ruleAssessor) overallNullBeside(cl string, cls []string) bool {
	if a.effect.overall.MatchString(cl) {
		return false
	}
	for _, o := range cls {
		if o != cl && a.effect.overall.MatchString(o) && a.effect.isNull(o) {
			return true
		}
	}
	return false
}

// backNulled returns the sentences a later sentence of their own says
// were not significant ("None of these differences was significant."):
// those just before it, back to one that states its own significance or
// its absence, at most five.
func (er effectRules) backNulled(sents []sentence) map[int]bool {
	var out map[int]bool
	for j, s := range sents {
		if !er.backNull.MatchString(s.raw) || len(s.toks) > 14 && len(tokens(er.clauses(s.raw)[0])) > 14 {
			// (a sentence going on after it: "The changes were not
			// statistically significant, but the authors read the
			// trend as ...")
			continue
		}
		for i := j - 1; i >= 0 && i >= j-5 && sents[i].role == s.role; i-- {
			raw := sents[i].raw
			if er.isNull(raw) || er.sig.MatchString(raw) || len(er.pvalues(raw)) > 0 || len(er.intervals(raw)) > 0 {
				break
			}
			if out == nil {
				out = map[int]bool{}
			}
			out[i] = true
		}
	}
	return out
}

// noLongerSignificant returns the sentences whose significant results a
// short sentence after them says did not survive an adjustment ("By
// intention to treat, eradication was higher (P = 0.022) ... After
// adjustment for Type I error, however, these results were no longer
// significant"): those results are null. It reaches back over the
// sentences of the same part of the abstract, at most five.
func (er effectRules) noLongerSignificant(sents []sentence) map[int]bool {
	return er.significantBefore(sents, er.noLonger)
}

// significantBefore returns the sentences with significant results that a
// short sentence after them, matching re, speaks of: those just before it,
// at most five, in the same section.
func (er effectRules) significantBefore(sents []sentence, re *regexp.Regexp) map[int]bool {
	var out map[int]bool
	for j, s := range sents {
		if len(s.toks) > 20 || !re.MatchString(s.raw) {
			continue
		}
		for i := j - 1; i >= 0 && i >= j-5 && sents[i].role == s.role; i-- {
			if !er.isSig(sents[i].raw) {
				continue
			}
			if out == nil {
				out = map[int]bool{}
			}
			out[i] = true
		}
	}
	return out
}

// outcomesListedForOthers reports whether every outcome of the claim a
// clause names is given, after the intervention's own item, for another
// item of an elliptical list of results ("X (SMD -3.1) ranked first for
// severity, acamprosate (SMD -0.9) for annoyance and fluoxetine (SMD -3.3)
// for loudness"): an item's name, its figures, then "for" and the outcome.
func outcomesListedForOthers(toks []string, sc *scope) bool {
	iv := sc.interv.find(toks)
	if len(iv) == 0 {
		return false
	}
	outs := sc.allOutcomes.find(toks)
	if len(outs) == 0 {
		return false
	}
	// the intervention's own item ends with its "for ..."
	ownFor := slices.Index(toks[iv[0].end:], "for")
	if ownFor < 0 {
		return false
	}
	ownFor += iv[0].end
	for _, o := range outs {
		if o.start <= ownFor+1 || toks[o.start-1] != "for" {
			return false
		}
		k := o.start - 2
		for k > ownFor && figureWord(toks[k]) {
			k--
		}
		if k == o.start-2 || k <= ownFor+1 || sc.interv.in(toks[k:k+1]) {
			// no figures before "for", or no item of its own before them
			return false
		}
	}
	return true
}

// figureWord reports whether w belongs to a result's figures: a number,
// an estimate's name or an interval's words.
func figureWord(w string) bool {
	switch w {
	case "or", "rr", "hr", "rd", "md", "smd", "wmd", "ci", "cri", "p", "to", "i2", "n", "odds", "risk", "hazard",
		"ratio", "mean", "difference", "standardised", "standardized", "weighted", "confidence", "credible", "interval":
		return true
	}
	return isNumber(w)
}

// describesCondition reports whether a sentence opens with the claim's
// population (the condition) and says what it is or does ("Dementia is a
// significant cognitive impairment", "Dementia affects mood"), naming no
// intervention.
func describesCondition(toks []string, sc *scope) bool {
	if sc.interv.in(toks) {
		return false
	}
	switch afterCondition(toks, sc) {
	case "is", "are", "affects", "impairs", "causes", "burdens", "worsens", "limits", "disrupts":
		return true
	}
	return false
}

// onlyOthersOutcomes reports whether the record names outcomes that only
// other claims of the file track and none of this claim's (not counting a
// background sentence describing the condition).
func onlyOthersOutcomes(sc *scope) bool {
	if len(sc.otherOut) == 0 || sc.d == nil {
		return false
	}
	others, efficacy, otherEff := false, false, false
	for _, s := range append([]sentence{sc.d.title}, sc.d.sents...) {
		if s.role == roleBackground && describesCondition(s.toks, sc) {
			// what the condition is or does ("dementia is a cognitive
			// impairment ...; it affects mood and behaviour") is not what
			// the record measured
			continue
		}
		if sc.allOutcomes.in(s.toks) {
			return false
		}
		others = others || sc.otherOut.in(s.toks)
		efficacy = efficacy || slices.Contains(s.toks, "efficacy") || slices.Contains(s.toks, "effectiveness")
		otherEff = otherEff || sc.otherEffOut.in(s.toks)
	}
	// "the efficacy and safety of X", naming only a no-risk claim's
	// outcomes besides: efficacy is this claim's question as a whole
	return others && !(efficacy && !otherEff)
}

// siblingNamed reports whether toks name a sibling of one of the
// intervention's terms: the same words but for a last one that is a letter
// or a number ("vitamin d" beside "vitamin e", "omega 6" beside "omega 3").
func siblingNamed(toks []string, interv termSet) bool {
	short := func(w string) bool {
		if w == "" || len(w) > 3 {
			return false
		}
		return len(w) == 1 || isNumber(w)
	}
	for _, t := range interv {
		n := len(t.toks)
		if n < 2 || t.prefix || !short(t.toks[n-1]) {
			continue
		}
		for i := 0; i+n <= len(toks); i++ {
			if slices.Equal(toks[i:i+n-1], t.toks[:n-1]) && toks[i+n-1] != t.toks[n-1] && short(toks[i+n-1]) {
				return true
			}
		}
	}
	return false
}

// itemOf tells whether the subject of a comparison is a favoured (+1) or
// disfavoured (-1) item, or neither (0).
func itemOf(sc *scope, toks []string, er effectRules) int {
	type m struct{ at, kind int }
	var ms []m
	for _, s := range sc.fav.find(toks) {
		ms = append(ms, m{s.start, 1})
	}
	for _, s := range sc.disfav.find(toks) {
		ms = append(ms, m{s.start, -1})
	}
	sort.Slice(ms, func(i, j int) bool { return ms[i].at < ms[j].at })
	for _, x := range ms {
		if !er.isReference(toks, x.at) {
			return x.kind
		}
	}
	if len(ms) > 0 {
		return ms[0].kind
	}
	return 0
}

// clauseFinding reads one clause; ok is false when it says nothing about
// the claim's outcomes.
func (a *ruleAssessor) clauseFinding(raw string, toks []string, sc *scope, noRisk bool, design string, sentHarm, focusInterv bool) (finding, bool) {
	er := a.effect
	if er.researchChange.MatchString(raw) || er.economic.MatchString(raw) {
		// "primary trials have improved in quality in recent years": the
		// research changed, not the participants; "a probability of 0.7
		// of costing less per unit decrease in mRS": a price, not a result
		return finding{}, false
	}
	if noRisk && er.advisory.MatchString(raw) {
		// "the risks of ginger should be discussed in consultations":
		// advice about harms, not a report of one
		return finding{}, false
	}
	if noRisk {
		clauseInterv := sc.interv.in(toks)
		if len(sc.harms.find(toks)) > 0 {
			if er.harmNegated(raw, toks, sc.harms) || er.isNull(raw) {
				return finding{null: true}, true
			}
			// a harm significantly more frequent, in a study of the
			// intervention, with no other group as the subject ("episodes
			// of hypotension were significantly more frequent than at rest")
			studied := focusInterv && er.isSig(raw) && er.inc.in(toks) && !er.subjectIsComparator(toks, sc.treat)
			if design == DesignRCT && er.stoppedForHarm.MatchString(raw) {
				// "recruitment was stopped because of concern about fetal
				// or neonatal death": the trial's monitors judged the harm
				// real enough to end it
				return finding{valence: -1, sig: true}, true
			}
			if !(clauseInterv || design == DesignCaseReport || studied) {
				return finding{}, false
			}
			if er.timeToHarm(raw, toks, sc.harms) {
				// "median time to hospitalisation/death was 113 days in
				// the intervention group and 105 in the control group": a
				// time until the event, not a count of it
				return finding{}, false
			}
			if loc := er.treatedList.FindStringIndex(raw); loc != nil && loc[1] <= strings.Index(strings.ToLower(raw), toks[sc.harms.find(toks)[0].start]) {
				// "other conditions reported to benefit from massage
				// include hyperbilirubinemia and feeding intolerance":
				// what the intervention treated, not a harm of it
				return finding{null: true}, true
			}
			if at := strings.Index(strings.ToLower(raw), toks[sc.harms.find(toks)[0].start]); at > 0 {
				if loc := er.treatedFor.FindStringIndex(raw[:at]); loc != nil {
					before := tokens(raw[:loc[0]])
					if sc.interv.in(before[max(0, len(before)-3):]) {
						// "Omega-3 supplementation for psychotic mania":
						// the condition the intervention was given for,
						// not a harm of it (but "hospitalisation for
						// arrhythmia" is the harm)
						return finding{}, false
					}
				}
			}
			// "massage can lower the incidence of haemorrhage", "fewer
			// infections with the oil": a harm made rarer by the
			// intervention is no report of harm from it
			if hs := sc.harms.find(toks); design != DesignCaseReport {
				h := strings.Join(toks[hs[0].start:hs[0].end], " ")
				if er.isSig(raw) && (er.estimateSignWithin(raw, h, 40) < 0 || len(hs) == 1 && len(er.estimate.FindAllStringIndex(raw, 2)) == 1 && er.estimateSign(raw, h) < 0) && !er.subjectIsComparator(toks, sc.treat) {
					// (or the one estimate the clause gives on its one harm,
					// however far after it: "mortality was 4.9 per 100
					// person-years in 5277 initiators and 5.8 in 5277
					// non-initiators (HR 0.85, 0.77 to 0.93)")
					// "the relative risk of death with cooling was 0.74
					// (95% CI 0.67 to 0.80)": fewer, by the estimate
					return finding{null: true}, true
				}
				if er.isSig(raw) && er.armOrder(raw, sc.treat) < 0 {
					// "death in 8% with oxygen and 11% with air (P=0.03)":
					// fewer, by the arms' figures
					return finding{null: true}, true
				}
				r := er.read(raw, toks, hs[0], sc.treat)
				if r.change < 0 && !r.flip || r.change > 0 && r.flip || r.change == 0 && r.valence > 0 && !r.flip {
					// ...or made better ("daytime sleepiness improved
					// significantly after melatonin")
					return finding{null: true}, true
				}
			}
			if averted(toks, sc.harms.find(toks)) {
				// "should be treated early to prevent complications",
				// "to reduce the risk of ulceration", "a complication
				// scale of 0": what treatment is for, or a scale, not a
				// harm that happened
				return finding{}, false
			}
			// a trial's harm counts as found only when it is significant
			// ("troponin was 946 with oxygen and 983 with air" is two
			// figures); a case report or a cohort naming it reports it
			return finding{valence: -1, sig: design != DesignRCT || er.isSig(raw)}, true
		}
		if sentHarm && clauseInterv && (er.harmNegated(raw, toks, sc.harms) || er.isNull(raw)) {
			return finding{null: true}, true
		}
		os := sc.outcomes.find(toks)
		if len(os) == 0 {
			return finding{}, false
		}
		r := er.read(raw, toks, os[0], sc.treat)
		if r.valence < 0 && !r.null {
			return finding{valence: -1, sig: r.sig}, true
		}
		return finding{null: true}, true
	}
	if !sc.interv.in(toks) {
		if a.otherArm(raw, sc) {
			return finding{}, false
		}
		if others := a.coListedOf(sc); others != nil {
			for _, w := range toks {
				if others[w] {
					// "arginine ranked highest for lowering NEC": another
					// of the treatments compared
					return finding{}, false
				}
			}
		}
	}
	if design == DesignCaseReport && sc.interv.in(toks) && len(sc.harms.find(toks)) > 0 &&
		!er.harmNegated(raw, toks, sc.harms) && !er.isNull(raw) {
		// a case report of a harm with the intervention ("chemical burns
		// after skin disinfection with X"): a harm, whatever the claim
		return finding{valence: -1}, true
	}
	if !noRisk && er.mildAdverse.MatchString(raw) {
		// "most studies reported mild-to-moderate adverse effects such as
		// irritability": slight harms, no finding on what the claim says
		// the treatment does
		return finding{}, false
	}
	if a.thanAnother(toks, sc) {
		// "valerian-hops may give better sleep quality than
		// antihistamines": a comparison with another treatment, nothing
		// about the intervention against none
		return finding{}, false
	}
	if a.otherBeatsIt(toks, sc) {
		// "antivirals and chemotherapy are superior to cryotherapy": the
		// intervention is the other treatment's comparator
		return finding{}, false
	}
	// "... without adverse effects" says nothing of the claim's outcomes
	eff := raw
	if adv := er.noAdverse.FindAllString(raw, -1); len(adv) > 0 {
		eff = er.noAdverse.ReplaceAllString(raw, " ")
		for _, m := range adv {
			// (and its words of degree: "without more life-threatening
			// side effects" holds no rise in the claim's outcomes)
			toks = blankDegree(toks, tokens(m))
		}
	}
	eff = er.dropActiveNull(eff, sc.treat.treat)
	ms := modifiersDropped(toks, sc.allOutcomes.find(toks))
	if len(ms) == 0 && sc.interv.in(toks) && sc.c.Verdict != claims.VerdictHarm && sc.c.Verdict != claims.VerdictNoRisk {
		// "against placebo, ginger had a higher effective rate": the
		// share of participants the treatment helped is an outcome of
		// any efficacy claim (not of a claim about the treatment's harm)
		ms = er.effRate.find(toks)
	}
	if len(ms) == 0 {
		if !sc.interv.in(toks) {
			return finding{}, false
		}
		if sc.otherOut.in(toks) {
			// "LGG shortens diarrhoea": about an outcome another claim
			// of the file tracks, not this claim's
			return finding{}, false
		}
		if (er.pval.MatchString(raw) || er.ci.MatchString(raw)) && measureSubject(toks, sc.interv) {
			// "sleep quality was better with melatonin (p = 0.029)": a
			// measured result on an outcome the claim does not track, not
			// a view of the intervention as a whole
			return finding{}, false
		}
		if onlyOthersOutcomes(sc) {
			// "exercise may be an effective treatment for FM symptoms" in
			// a record naming pain and quality of life, which another claim
			// of the file tracks, and none of this claim's outcomes
			return finding{}, false
		}
		// a statement about the intervention as a whole ("the data confirm
		// the beneficial effects of massage")
		r := er.read(eff, toks, span{len(toks), len(toks)}, sc.treat)
		if r.null || r.valence == 0 || r.within || !er.generalValence(toks) && !treatsCondition(toks, sc.pop) {
			return finding{}, false
		}
		v := r.valence
		if r.flip {
			v = -v
		}
		if v > 0 && sc.c.Verdict == claims.VerdictHarm {
			// "aspirin may have benefits for prevention": a view of what
			// the intervention is for, nothing about the harm the claim
			// tracks
			return finding{}, false
		}
		// "the findings may help in the care of infants": a hedged word on
		// the intervention as a whole is a view, not a result
		return finding{valence: v, sig: !a.read.hedge.MatchString(raw) || er.isSig(raw)}, true
	}
	votes := 0
	var any reading
	ctrl := er.control.find(toks) // the control arm's name, read once a clause
	for _, sp := range compounds(measuresOf(ms, toks)) {
		lower := isLower(sc, toks, span{sp.head, sp.end})
		if importantChangeBefore(toks, sp.start) {
			// "reached a minimal clinically important difference in
			// pain", "an MCID in function": more of those who did is
			// better, whichever way the measure runs
			lower = false
		}
		rtoks := toks
		if i := changeNounBefore(er, toks, sp.start); i >= 0 {
			// "favourable effects on the decline in haemoglobin": the
			// change noun names the outcome (a decline in something
			// wanted is itself unwanted); the other words judge it
			rtoks = append([]string(nil), toks...)
			rtoks[i] = "_"
			lower = lower != er.dec.in(toks[i:i+1])
		}
		// "a significantly greater effect on pain": the size of the
		// treatment's effect, not a rise in the outcome
		for j := 0; j+1 < len(rtoks); j++ {
			if sizeWord(rtoks[j]) && effectNoun(rtoks[j+1]) {
				if &rtoks[0] == &toks[0] {
					rtoks = append([]string(nil), toks...)
				}
				rtoks[j] = "better"
			}
		}
		// blank drops the words of change (or of value) inside m from
		// rtoks, copying it before the first change
		blank := func(m span, change, value bool) {
			for j := m.start; j < m.end; j++ {
				w := rtoks[j : j+1]
				if change && (er.inc.in(w) || er.dec.in(w)) || value && (er.good.in(w) || er.bad.in(w)) {
					if &rtoks[0] == &toks[0] {
						rtoks = append([]string(nil), toks...)
					}
					rtoks[j] = "_"
				}
			}
		}
		// a word of change or of value inside the name of the control
		// arm ("than delayed-treatment participants") says nothing of
		// direction
		for _, m := range ctrl {
			blank(m, true, true)
		}
		// a word of change that is itself the name of another outcome
		// measured in the clause ("the SPEED score") says nothing of
		// direction
		for _, m := range ms {
			if m.start < sp.start || m.end > sp.end {
				blank(m, true, false)
			}
		}
		// a word of value inside another claim's outcome of several
		// words apart from this one ("adverse reactions" beside "total
		// effective rate") judges that outcome, not this one (a single
		// word, "adversely", may be this finding's own judgement)
		for _, m := range sc.otherOut.find(toks) {
			if m.end-m.start >= 2 && (m.end <= sp.start || m.start >= sp.end) {
				blank(m, false, true)
			}
		}
		r := er.read(eff, rtoks, sp.span, sc.treat)
		any = r
		if r.within {
			return finding{}, false
		}
		if r.null {
			if er.activeOnly(tokens(er.bracketed.ReplaceAllString(eff, " ")), sc.treat.treat) {
				// two treatments alike ("no difference between the two
				// drugs"): nothing about the intervention against none;
				// the arm an estimate in brackets is given for ("(VR
				// group 0.11 points lower)") is no second treatment
				return finding{}, false
			}
			return finding{null: true}, true
		}
		v := r.valence
		if v == 0 && r.change != 0 {
			v = r.change
			if lower {
				v = -v
			}
		} else if v != 0 && r.change != 0 {
			// the nearer of the two words decides
			vd := minDist(er.nearest(rtoks, er.good, sp.span), er.nearest(rtoks, er.bad, sp.span))
			cd := minDist(er.nearest(rtoks, er.inc, sp.span), er.nearest(rtoks, er.dec, sp.span))
			if cd+3 < vd {
				v = r.change
				if lower {
					v = -v
				}
			}
		}
		if v < 0 && (er.soonerGood.MatchString(eff) || !lower && er.sooner.MatchString(eff)) {
			// "earlier recovery", "sooner discharge", "achieved their first
			// oral feed earlier": a sought event reached sooner is better
			v = -v
		}
		if r.flip {
			v = -v
		}
		votes += v
	}
	switch {
	case votes > 0:
		return finding{valence: 1, sig: any.sig}, true
	case votes < 0:
		return finding{valence: -1, sig: any.sig}, true
	}
	// "a significant effect on pain (SMD -0.82; 95% CI -1.12 to -0.53)":
	// the sign of the estimate after the outcome is its direction
	if any.sig && !any.flip {
		for _, sp := range compounds(measuresOf(ms, toks)) {
			if changeNounLast(toks[sp.end-1]) {
				// "pain improvement (SMD -0.79)", "weight loss (MD -2.1
				// kg)": the estimate is of the measure, whose sign says
				// nothing certain of the change the outcome names
				continue
			}
			outcome := strings.Join(toks[sp.start:sp.end], " ")
			if ch := er.estimateSign(raw, outcome); ch != 0 {
				if isLower(sc, toks, span{sp.head, sp.end}) || er.estimateInTime(raw, outcome) {
					ch = -ch
				}
				return finding{valence: ch, sig: true}, true
			}
		}
	}
	// The rules read no direction: ask the model trained on Evidence
	// Inference whether the clause reports a significant increase, a
	// significant decrease or no difference in the outcome.
	if f, ok := a.learned(raw, toks, ms, sc); ok {
		return f, true
	}
	if any.sig {
		return finding{sig: true}, true
	}
	return finding{}, false
}

// measureSubject reports whether a clause opens with a subject other than
// the intervention before its verb "was/were/is/are" ("sleep quality was
// better with melatonin"): a result on that measure.
func measureSubject(toks []string, interv termSet) bool {
	for i, w := range toks {
		if i > 8 {
			return false
		}
		switch w {
		case "was", "were", "is", "are":
			if i == 0 || interv.in(toks[:i]) {
				return false
			}
			switch toks[i-1] {
			case "it", "this", "there", "that", "which", "these", "who":
				return false
			}
			return true
		}
	}
	return false
}

// minLearnedProb is how sure the learned reader must be for its reading of
// a clause to count.
const minLearnedProb = 0.75

// learned reads a clause with the Evidence Inference model, for the first
// outcome mention in ms: the intervention against its comparator.
func (a *ruleAssessor) learned(raw string, toks []string, ms []span, sc *scope) (finding, bool) {
	if a.ev == nil || len(ms) == 0 || sc.intervText == "" {
		return finding{}, false
	}
	sp := compounds(measuresOf(ms, toks))[0]
	outcome := strings.Join(toks[sp.start:sp.end], " ")
	label, probs := a.ev.Classify(learn.Prompt{Intervention: sc.intervText, Comparator: "control", Outcome: outcome}, []string{raw})
	if probs[label] < minLearnedProb {
		return finding{}, false
	}
	lower := isLower(sc, toks, span{sp.head, sp.end})
	switch label {
	case learn.NoDifference:
		if !a.effect.pval.MatchString(raw) && !a.effect.ci.MatchString(raw) {
			// "0.4% of the intervention group and none of the placebo
			// group": counts with no test and no words of no difference
			// are no finding of one
			return finding{}, false
		}
		return finding{null: true}, true
	case learn.Increased, learn.Decreased:
		v := 1
		if label == learn.Decreased {
			v = -1
		}
		if lower {
			v = -v
		}
		return finding{valence: v, sig: true}, true
	}
	return finding{}, false
}

// measuresOf drops outcome mentions that only measure a later one: in
// "the number, length and severity of crying", "length" is how long the
// crying lasted, not an outcome of its own.
func measuresOf(ms []span, toks []string) []span {
	var out []span
	for i, m := range ms {
		measure := false
		if i+1 < len(ms) {
			next := ms[i+1]
			for j := m.end; j < next.start && j <= m.end+4; j++ {
				if toks[j] == "of" && j+1 == next.start {
					measure = true
				}
			}
		}
		if !measure {
			out = append(out, m)
		}
	}
	if len(out) == 0 {
		return ms
	}
	return out
}

// compound is an outcome mention made of adjacent terms ("urinary tract
// infections"); its head, the last term, says what is measured.
type compound struct {
	span
	head int // start of the last term
}

// compounds joins adjacent outcome matches into one mention each.
func compounds(ms []span) []compound {
	var out []compound
	for _, m := range ms {
		if n := len(out); n > 0 && out[n-1].end == m.start {
			out[n-1].end, out[n-1].head = m.end, m.start
			continue
		}
		out = append(out, compound{span: m, head: m.start})
	}
	return out
}

func minDist(a, b int) int {
	switch {
	case a < 0:
		return b
	case b < 0:
		return a
	case a < b:
		return a
	}
	return b
}

// sizeWord and effectNoun name the size of an effect ("a greater effect",
// "larger improvements"): more of the effect, whichever way the outcome
// moves.
func sizeWord(w string) bool {
	switch w {
	case "greater", "larger", "bigger", "stronger":
		return true
	}
	return false
}

func effectNoun(w string) bool {
	switch w {
	case "effect", "effects", "benefit", "benefits", "improvement", "improvements":
		return true
	}
	return false
}

// importantChangeBefore reports whether the outcome at start follows "a
// (minimal) clinically important difference in", "an MCID in": reaching it
// is an improvement in the outcome.
func importantChangeBefore(toks []string, start int) bool {
	if start < 2 || toks[start-1] != "in" && toks[start-1] != "on" && toks[start-1] != "of" {
		return false
	}
	switch toks[start-2] {
	case "mcid", "mcids", "mcii":
		return true
	case "difference", "differences", "change", "changes":
		return start >= 3 && (toks[start-3] == "important" || toks[start-3] == "meaningful")
	}
	return false
}

// otherBeatsIt reports whether the intervention is first named as what
// something else is compared with ("antivirals are superior to
// cryotherapy", "X worked better than massage"), that something being no
// control of the claim: a comparison of two treatments.
func (a *ruleAssessor) otherBeatsIt(toks []string, sc *scope) bool {
	ms := sc.interv.find(toks)
	if len(ms) == 0 || ms[0].start < 2 {
		return false
	}
	k := ms[0].start
	var before []string
	switch {
	case toks[k-1] == "outperformed" || toks[k-1] == "outperforms" || toks[k-1] == "outperform":
		// "CBT outperformed TCC and SS in remission of insomnia"
		before = toks[:k-1]
	case k < 3:
		return false
	case toks[k-1] == "to" && (toks[k-2] == "superior" || toks[k-2] == "inferior" || toks[k-2] == "preferable"),
		toks[k-1] == "than" && comparative(toks[k-2]):
		before = toks[:k-2]
	default:
		return false
	}
	return len(a.effect.control.find(before)) == 0 && !sc.controlIn(before)
}

// listedAfterWith reports whether the words at i are an item of a list
// opened by the nearest "with" before them ("with amino acids (MD -1.27,
// 95% CI -2.35 to -0.20), melatonin"), or by the clause itself: no verb,
// comparison or negation between them.
func listedAfterWith(toks []string, i int) bool {
	w := -1
	for j := i - 1; j >= 0; j-- {
		if toks[j] == "with" {
			w = j
			break
		}
	}
	if w < 0 && i > 8 || i-w > 40 {
		// (with no "with", an item of the list the clause opens with:
		// "amino acid, vitamin D and melatonin supplements improved")
		return false
	}
	if w > 0 {
		// "improved significantly with", "treated with", "lower with":
		// the treatment a result is given for ("those with bowel
		// dysfunction" is whom)
		if p := toks[w-1]; !strings.HasSuffix(p, "ly") && !strings.HasSuffix(p, "ed") && !comparative(p) {
			return false
		}
	}
	for _, t := range toks[w+1 : i] {
		if w < 0 && (strings.HasSuffix(t, "ed") || strings.HasSuffix(t, "ly")) {
			// a verb before it: the item is no part of the subject
			return false
		}
		switch t {
		case "was", "were", "is", "are", "had", "has", "have", "than", "compared", "versus", "vs", "whereas", "but", "while", "not", "no":
			return false
		}
	}
	return true
}

// reportingVerb reports whether w reports what a study found ("showed
// probiotics to be ...").
func reportingVerb(w string) bool {
	switch w {
	case "showed", "shows", "show", "suggested", "suggests", "suggest", "found", "finds", "indicated", "indicates", "revealed", "reveals", "demonstrated", "demonstrates",
		"support", "supports", "supported":
		return true
	}
	return false
}

// comparative reports whether w ends a comparison before "than" ("better
// than", "more effective than").
func comparative(w string) bool {
	switch w {
	case "better", "worse", "more", "less", "higher", "lower", "greater", "fewer", "faster", "slower", "effective", "efficacious":
		return true
	}
	return false
}

// otherTreatmentsNoun reports whether w, after "other", names treatments
// ("than other treatments").
func otherTreatmentsNoun(w string) bool {
	switch w {
	case "treatments", "therapies", "interventions", "modalities", "drugs", "agents", "medications":
		return true
	}
	return false
}

// changeNounLast reports whether an outcome's last word names a change in
// a measure ("pain improvement", "pain relief", "weight loss") rather than
// the measure itself.
func changeNounLast(w string) bool {
	switch w {
	case "improvement", "improvements", "relief", "reduction", "reductions", "loss", "change", "changes",
		"decrease", "decreases", "decline", "declines":
		return true
	}
	return false
}

// isLower reports whether the outcome at sp is one where less is better.
func isLower(sc *scope, toks []string, sp span) bool {
	if timeTo(toks, sp.start) {
		return true
	}
	for _, t := range append(append(termSet(nil), sc.lower...), sc.harms...) {
		if t.matchAt(toks, sp.start) == sp.end-sp.start {
			return true
		}
	}
	return belowThreshold(toks, sp.end)
}

// belowThreshold reports whether the words at i put an outcome under a
// cut-off ("a Mental Development Index below 70", "scores of less than
// 85"): a deficit, of which less is better.
func belowThreshold(toks []string, i int) bool {
	if i < len(toks) && (toks[i] == "score" || toks[i] == "scores" || toks[i] == "of") {
		i++
	}
	if i+1 < len(toks) && (toks[i] == "below" || toks[i] == "under") && isNumber(toks[i+1]) {
		return true
	}
	return i+2 < len(toks) && toks[i+1] == "than" && (toks[i] == "less" || toks[i] == "lower" || toks[i] == "fewer") && isNumber(toks[i+2])
}

func isNumber(w string) bool {
	return w != "" && w[0] >= '0' && w[0] <= '9'
}

// thanAnother reports whether a clause compares the intervention with a
// treatment that is no control ("better than antihistamines"): the word
// after "than" (past a preposition or article) names neither a control,
// placebo or usual care, nor people, nor a time, nor the intervention.
func (a *ruleAssessor) thanAnother(toks []string, sc *scope) bool {
	// "..., but they relieve pain less well than ibuprofen": the pronoun
	// opening the clause is the intervention of the clause before
	pronoun := len(toks) > 0 && (toks[0] == "they" || toks[0] == "it")
	if !sc.interv.in(toks) && !pronoun || len(a.effect.control.find(toks)) > 0 || sc.controlIn(toks) {
		return false
	}
	for i, w := range toks {
		if w != "than" {
			continue
		}
		j := i + 1
		for j < len(toks) {
			switch toks[j] {
			case "in", "with", "among", "for", "the", "a", "an", "those", "that", "of", "on", "after", "receiving", "given", "taking", "did", "was", "were":
				j++
				continue
			}
			break
		}
		if j >= len(toks) {
			return false
		}
		o := toks[j]
		if o == "other" && j+1 < len(toks) && otherTreatmentsNoun(toks[j+1]) {
			// "lower cure rates than other treatments"
			return true
		}
		if a.effect.genericArm[o] || strings.HasPrefix(o, "un") || strings.HasPrefix(o, "non") || o[0] >= '0' && o[0] <= '9' {
			return false
		}
		switch o {
		case "before", "baseline", "expected", "previously", "at", "reported", "ever", "other", "any", "its", "their",
			"twice", "double", "half", "once", "thrice", "times", "one", "five", "ten",
			"water", "saline", "vehicle", "sterile", "dummy", "inactive", "inert":
			return false
		}
		for _, x := range toks[j:min(len(toks), j+4)] {
			if x == "alone" || x == "only" {
				// "more than Western medicine alone": the base treatment
				// every arm had, the add-on's comparison
				return false
			}
		}
		rest := toks[j:min(len(toks), j+2)]
		if ms := sc.interv.find(toks[:i]); len(ms) > 0 && sc.interv.in(rest) && sc.d != nil && !a.effect.noneArm.MatchString(sc.d.allRaw) &&
			!strings.Contains(" "+strings.Join(toks[j:min(len(toks), j+4)], " ")+" ", " "+strings.Join(toks[ms[0].start:ms[0].end], " ")+" ") {
			// "electroacupuncture lowered disability more than manual
			// acupuncture": two forms of the intervention compared
			return true
		}
		if sc.interv.in(rest) || sc.people.in(rest) || a.genericPeople.in(rest) || sc.pop.in(rest) || sc.allOutcomes.in(rest) {
			return false
		}
		return true
	}
	return false
}

// changeNounBefore returns the index of a change noun that, with its
// article, heads the outcome at start ("the decline in haemoglobin", "a
// rise in bilirubin"), or -1.
func changeNounBefore(er effectRules, toks []string, start int) int {
	if start < 3 || toks[start-1] != "in" && toks[start-1] != "of" {
		return -1
	}
	switch toks[start-3] {
	case "the", "a", "an":
	default:
		return -1
	}
	i := start - 2
	if !er.inc.in(toks[i:i+1]) && !er.dec.in(toks[i:i+1]) {
		return -1
	}
	return i
}

// verdictWords quotes a claim's verdict for reasons.
func verdictWords(v string) string {
	switch v {
	case claims.VerdictInsufficient:
		return "insufficient evidence"
	case claims.VerdictNoEffect:
		return "little or no effect"
	case claims.VerdictNoRisk:
		return "no significant risk"
	case claims.VerdictPossibleHarmBenefit:
		return "possible harm / possible benefit"
	}
	return v
}

// designWords names a design in prose.
func designWords(design string) string {
	switch design {
	case DesignSystematicReview:
		return "systematic review"
	case DesignRCT:
		return "randomised trial"
	case DesignNonRandomised:
		return "non-randomised study"
	case DesignObservational:
		return "observational study"
	case DesignCaseReport:
		return "case report"
	case DesignNarrativeReview:
		return "narrative review"
	case DesignProtocol:
		return "protocol"
	case DesignGuideline:
		return "guideline"
	case DesignTrialRegistration:
		return "trial registration"
	}
	return "record"
}

// judge reads the findings and applies the update rules for one claim.
func (a *ruleAssessor) judge(r *Reading, sc *scope) store.Assessment {
	d, design, n, studies, notice := r.doc, r.Design, r.N, r.Included, r.Notice
	c := sc.c
	as := store.Assessment{Claim: c.ID, Relevant: true, Design: design, N: n, Signal: SignalRelevant, Level: LevelLow}
	fs, insufficient := a.findings(d, sc, design)
	review := design == DesignSystematicReview || design == DesignNarrativeReview || design == DesignGuideline
	as.Direction = direction(fs, insufficient, review, design, c.Verdict)
	as.Evidence = evidence(fs)

	what := designWords(design)
	if n > 0 {
		what += " of " + participants(n)
	}
	if studies > 0 {
		what += fmt.Sprintf(" (%d studies)", studies)
	}
	year := d.rec.Year
	if year == 0 && !d.rec.EntryDate.IsZero() {
		// no publication year given: the year the source indexed it
		year = d.rec.EntryDate.Year()
	}
	when := "of unknown year"
	if year > 0 {
		when = fmt.Sprintf("published %d", year)
	} else if y := a.latestYearNamed(d); y > 0 && design != DesignProtocol && design != DesignTrialRegistration {
		// no date at all, but the text names a year ("enrolled from
		// 2018 to 2019", "searched up to June 2018"): it cannot have
		// appeared before it (a protocol's years may be plans)
		year = y
		when = fmt.Sprintf("published %d or later (no date given; its text names %d)", y, y)
	}
	// A record with no year at all cannot be dated after the basis: it is
	// shown, with its year said to be unknown, but not flagged.
	after := year > c.AsOf
	say := func(format string, args ...any) { as.Reasons = append(as.Reasons, fmt.Sprintf(format, args...)) }

	if notice != "" {
		if design == DesignOther {
			as.Direction = DirectionUnclear
		}
		as.Signal, as.Flagged, as.Level = SignalRetraction, true, LevelHigh
		say("This %s bears on the claim and %s: check whether the claim's basis or earlier assessments relied on it.", what, notice)
		return as
	}
	if !after && year == 0 {
		as.Level = LevelMedium
		say("The %s gives no year of publication, so it cannot be dated after the claim's %d basis (%s): check its date.", what, c.AsOf, directionWords(as.Direction))
		return as
	}
	if !after {
		say("The %s was %s, not after the claim's %d basis, so it is not an update (%s).", what, when, c.AsOf, directionWords(as.Direction))
		return as
	}
	if design == DesignProtocol || design == DesignTrialRegistration {
		say("The %s (%s) reports no results yet; worth watching, not an update.", what, when)
		return as
	}

	if design == DesignSystematicReview && a.read.regimens.MatchString(r.doc.rec.Title) && !sc.namesControl() && c.Verdict != claims.VerdictPossibleHarmBenefit {
		// "Timing of prophylactic antibiotics: a meta-analysis": a
		// review of two regimens of the intervention, not of it
		// against none
		as.Direction = DirectionUnclear
		say("The %s, %s, compares regimens of the intervention (when or how long it is given), not the intervention against none.", what, when)
		return as
	}
	if design == DesignSystematicReview && c.Verdict != claims.VerdictPossibleHarmBenefit &&
		(r.Comparator == ComparatorActive || r.Comparator == ComparatorUnstated) && !sc.namesControl() && a.reviewOfTwo(r.doc, sc) {
		// "studies comparing PRP with corticosteroid injection": a review
		// of the intervention against another treatment only
		as.Direction = DirectionUnclear
		say("The %s, %s, compares the intervention with another active treatment and names no placebo, usual-care or untreated group, so it says nothing about the intervention against none.", what, when)
		return as
	}
	trial := design == DesignRCT || design == DesignNonRandomised
	if trial && c.Verdict != claims.VerdictPossibleHarmBenefit &&
		(r.Comparator == ComparatorActive && !sc.namesControl() && !sc.namesWithout() || a.controlGiven(r.ControlArm, sc) ||
			twoArmsGiven(r.doc, sc, a.effect)) {
		// two active treatments compared: nothing about the intervention
		// against none, whatever the difference between them
		as.Direction = DirectionUnclear
		say("The %s, %s, compares active treatments with each other and names no placebo, usual-care or untreated group, so it says nothing about the intervention against none.", what, when)
		return as
	}
	if other := a.combination(r.doc, sc); other != "" && r.Comparator != ComparatorPlacebo && (design == DesignRCT || design == DesignNonRandomised || design == DesignSystematicReview) && c.Verdict != claims.VerdictPossibleHarmBenefit {
		// "X combined with massage against control": the effect belongs
		// to the combination, not to the claim's intervention. Against a
		// placebo, the placebo stands in for the intervention and every
		// arm had the other ("phototherapy combined with a probiotic"
		// against phototherapy and a placebo).
		as.Direction = DirectionUnclear
		say("The %s, %s, tests the intervention combined with %s against a group given neither, so its effect cannot be credited to the intervention alone.", what, when, other)
		return as
	}
	sigBetter, sigWorse, conclBetter, conclWorse := 0, 0, 0, 0
	var named []string
	sigUndirected := 0 // significant differences on a claim outcome whose direction is not said
	conclNull := 0     // the conclusion's statements of no effect
	// a significant result in a subgroup, beside a result of no
	// difference for everyone, is not the record's finding
	overallNull := slices.ContainsFunc(fs, func(f finding) bool { return f.null && !f.subgroup }) ||
		slices.ContainsFunc(r.doc.sents, func(s sentence) bool {
			// "The primary analysis showed no differences.": the whole
			// sample's result, though it names no outcome
			return s.role == roleResults && a.effect.primaryNull.MatchString(s.raw)
		})
	// the authors' conclusion of a benefit on the claim's outcomes, with
	// none of harm or no effect: a worse result it does not bear out is
	// a misread of the figures, not a finding against a benefit
	concludesBenefit := c.Verdict == claims.VerdictBenefit &&
		slices.ContainsFunc(fs, func(f finding) bool { return f.concl && !f.null && !f.side && f.valence > 0 && f.outcome != "" }) &&
		!slices.ContainsFunc(fs, func(f finding) bool { return f.concl && (f.null || f.valence < 0 && !f.side) })
	for _, f := range fs {
		if f.null {
			if f.concl {
				conclNull++
			}
			continue
		}
		if concludesBenefit && !f.concl && f.valence < 0 {
			continue
		}
		if f.subgroup && overallNull {
			continue
		}
		if f.side && f.valence > 0 && c.Verdict != claims.VerdictNoRisk {
			// fewer adverse events or better adherence than the
			// comparison: not what the claim says the treatment is for
			continue
		}
		if f.side && f.valence < 0 && c.Verdict == claims.VerdictBenefit {
			// "retrograde ejaculation was more frequent": an adverse
			// effect says nothing against "the treatment works" (harms
			// go against "insufficient" and no-risk claims)
			continue
		}
		if f.side && f.valence < 0 && f.concl && !f.sig && design != DesignSystematicReview && c.Verdict != claims.VerdictNoRisk {
			// a trial's conclusion remarking on harms without a test
			// ("and had more NICU transfers for oversedation"): an
			// observation beside its findings, not one of them
			continue
		}
		if f.sig && f.valence == 0 && f.outcome != "" && !f.subgroup {
			// (a subgroup's difference is not the pooled one)
			sigUndirected++
		}
		if (f.sig || f.concl) && f.valence != 0 && f.outcome != "" && !slices.Contains(named, f.outcome) && len(named) < 3 {
			named = append(named, f.outcome)
		}
		if f.concl && !f.sig && f.outcome == "" {
			// a hedged view of the intervention as a whole, naming no
			// outcome ("the findings may help in the care of infants")
			continue
		}
		if f.sig || f.concl {
			if f.valence > 0 {
				sigBetter++
			}
			if f.valence < 0 {
				sigWorse++
			}
		}
		if f.concl && f.valence > 0 {
			conclBetter++
		}
		if f.concl && f.valence < 0 {
			conclWorse++
		}
	}
	controlled := design == DesignSystematicReview || design == DesignRCT
	bigTrial := design == DesignRCT && n >= c.TrialThreshold()
	// the trial's own primary outcome, when the methods name one, decides
	// whether a large trial found no difference
	pSig, pNull, pToks := a.trialPrimary(d)
	if pSig && sc.otherOut.in(pToks) && !sc.allOutcomes.in(pToks) && !looseIn(sc.primary, pToks) {
		// the trial's primary outcome is another claim's ("respiratory
		// morbidity" beside a claim on hypoglycaemia): its significance
		// says nothing of this claim's outcomes
		pSig = false
	}
	if pNull {
		// a null primary outcome goes against the claim only when it is
		// one of the outcomes the claim is about
		if len(sc.primary) > 0 {
			pNull = sc.primary.in(pToks) || looseIn(sc.primary, pToks) || a.compositeOfOutcomes(d, sc)
		} else {
			pNull = sc.allOutcomes.in(pToks)
		}
	}
	vw := verdictWords(c.Verdict)
	if sc.stated != "" {
		vw = verdictWords(sc.stated)
	}

	switch c.Verdict {
	case claims.VerdictInsufficient, claims.VerdictBenefit, claims.VerdictHarm:
		against := func(better, worse int) bool {
			switch c.Verdict {
			case claims.VerdictInsufficient:
				return better+worse > 0
			case claims.VerdictBenefit:
				return worse > 0
			}
			return better > 0
		}
		switch {
		case design == DesignSystematicReview:
			// the review's conclusion decides; its results only when the
			// conclusion states no finding (a conclusion of no dramatic
			// effect is not overridden by one significant pooled result)
			concl := conclBetter+conclWorse+conclNull > 0 || r.Stance == StanceNegative || r.Stance == StanceInsufficient && !weakOfOthers(r, sc)
			better, worse := conclBetter, conclWorse
			if !concl {
				better, worse = sigBetter, sigWorse
			}
			if better+worse == 0 && c.Verdict == claims.VerdictInsufficient && a.recommends(r, sc) {
				// "X has enough evidence to be recommended for Y"
				better = 1
			}
			nullNamed := ""
			if c.Verdict == claims.VerdictBenefit {
				nullNamed = statementNull(fs, tokens(c.Statement))
			}
			switch {
			case insufficient && c.Verdict == claims.VerdictInsufficient:
				as.Signal = SignalConfirms
				say("The %s, %s after the claim's %d basis, concludes the evidence is still too weak (%s) — agrees with %q.", what, when, c.AsOf, directionWords(as.Direction), vw)
			case against(better, worse) && !insufficient:
				as.Signal, as.Flagged, as.Level = SignalContradicts, true, LevelHigh
				say("The %s, %s after the claim's %d basis, concludes %s — contradicts %q.", what, when, c.AsOf, effectWords(better, worse, named), vw)
			case c.Verdict == claims.VerdictInsufficient && !concl && !insufficient && better+worse == 0 && sigUndirected > 0:
				// "a significant summary effect of X on social outcomes
				// (d = 0.22, p < 0.001)": a pooled difference on the
				// claim's outcomes, whichever way it goes
				as.Signal, as.Flagged, as.Level = SignalContradicts, true, LevelHigh
				say("The %s, %s after the claim's %d basis, reports a significant pooled difference on the claim's outcomes — contradicts %q.", what, when, c.AsOf, vw)
			case insufficient && (c.Verdict == claims.VerdictBenefit || c.Verdict == claims.VerdictHarm) && better+worse+sigBetter+sigWorse == 0 &&
				!slices.ContainsFunc(r.Findings, func(f Finding) bool { return f.Significant }):
				// a review concluding the evidence is too weak to show the
				// effect the claim states, with no significant result on
				// any outcome, goes against it
				as.Signal, as.Flagged, as.Level = SignalContradicts, true, LevelHigh
				say("The %s, %s after the claim's %d basis, concludes the evidence is too weak to show %s — contradicts %q.", what, when, c.AsOf, effectClaimed(c.Verdict), vw)
			case c.Verdict == claims.VerdictBenefit && !insufficient && nullNamed != "":
				// "no significant effect on 28-day mortality (RR 0.94,
				// 0.87-1.02) ... but lower ICU mortality": no effect on the
				// very outcome the claim's sentence names, whatever else
				// improved
				as.Signal, as.Flagged, as.Level = SignalContradicts, true, LevelHigh
				say("The %s, %s after the claim's %d basis, finds no significant effect on %s, the outcome the claim names — contradicts %q.", what, when, c.AsOf, nullNamed, vw)
			case (as.Direction == DirectionNoEffect && nullOnPrimary(fs, sc) || conclBetter+conclWorse+sigBetter == 0 && a.notSupported(r, sc)) && (c.Verdict == claims.VerdictBenefit || c.Verdict == claims.VerdictHarm) && !insufficient:
				// a review that finds no effect (not one that only calls
				// the evidence weak), or concludes the evidence does not
				// support the treatment, goes against a benefit, or a harm
				as.Signal, as.Flagged, as.Level = SignalContradicts, true, LevelHigh
				say("The %s, %s after the claim's %d basis, finds no effect — contradicts %q.", what, when, c.AsOf, vw)
			default:
				as.Signal = SignalConfirms
				say("The %s, %s after the claim's %d basis, does not go against %q (%s).", what, when, c.AsOf, vw, directionWords(as.Direction))
			}
		case bigTrial && c.Verdict == claims.VerdictInsufficient && sigBetter+sigWorse == 0 && sigUndirected > 0:
			// a significant difference from the control on the claim's
			// outcomes goes against "insufficient" whichever way it goes
			as.Signal, as.Flagged, as.Level = SignalContradicts, true, LevelHigh
			say("The %s, %s after the claim's %d basis, reports a significant difference from the comparison group on the claim's outcomes — contradicts %q.", what, when, c.AsOf, vw)
		case bigTrial && (c.Verdict == claims.VerdictBenefit || c.Verdict == claims.VerdictHarm) && (pNull || !pSig && nullAgainst(fs, sc, sigBetter+sigWorse, as.Direction)):
			// an adequately sized trial finding no difference goes
			// against "the intervention helps" (or "harms")
			as.Signal, as.Flagged, as.Level = SignalContradicts, true, LevelHigh
			say("The %s, %s after the claim's %d basis, finds no significant difference on the claim's outcomes — contradicts %q.", what, when, c.AsOf, vw)
		case bigTrial && against(sigBetter, sigWorse):
			as.Signal, as.Flagged, as.Level = SignalContradicts, true, LevelHigh
			say("The %s, %s after the claim's %d basis, reports %s — contradicts %q.", what, when, c.AsOf, effectWords(sigBetter, sigWorse, named), vw)
		case against(sigBetter, sigWorse):
			as.Level = LevelMedium
			reason := "it is not a randomised trial or review"
			if design == DesignRCT {
				reason = fmt.Sprintf("with %s it is below the %d participants the rule needs", participants(n), c.TrialThreshold())
			}
			if design == DesignNarrativeReview || design == DesignGuideline {
				reason = "it is not a systematic review"
			}
			say("The %s, %s, reports %s, but %s, so it does not on its own go against %q.", what, when, effectWords(sigBetter, sigWorse, named), reason, vw)
		default:
			say("The %s, %s, reports no significant finding against %q (%s).", what, when, vw, directionWords(as.Direction))
		}
	case claims.VerdictNoRisk:
		harm := as.Direction == DirectionHarm || sigWorse > 0 && (design == DesignCaseReport || design == DesignObservational || design == DesignRCT)
		if !harm && design == DesignCaseReport && a.harmTitle(d.rec.Title, sc) != "" {
			// the case report's title puts what happened down to the
			// intervention
			harm = true
			as.Evidence = append([]string{d.rec.Title}, as.Evidence...)
		}
		if (design == DesignRCT || design == DesignSystematicReview) && sigWorse == 0 && slices.ContainsFunc(as.Evidence, a.effect.noneSerious.MatchString) {
			// "20 (9.1%) adverse events with acupuncture and 14 (6.4%)
			// with sham; none was serious": minor events in both arms,
			// untested, are no report of harm
			harm = false
		}
		if design == DesignRCT && sigWorse == 0 && !slices.ContainsFunc(as.Evidence, a.effect.isSig) && slices.ContainsFunc(as.Evidence, func(e string) bool { return a.effect.armShares.MatchString(e) && !a.effect.moreWord.MatchString(e) }) {
			// "the most common adverse event was diarrhoea (28% with
			// placebo; 34% with xylitol)": both arms' figures, no test of
			// the difference and no word of an excess ("more frequent
			// with X" is one): no report of harm
			harm = false
		}
		if (design == DesignObservational || design == DesignNonRandomised) && slices.ContainsFunc(d.sents, func(s sentence) bool {
			return s.role != roleBackground && a.effect.noneSerious.MatchString(s.raw)
		}) {
			// a single-arm study's "All AEs were mild and transient": the
			// events it counted it found minor
			harm = false
		}
		switch {
		case harm && design != DesignNarrativeReview && design != DesignGuideline:
			as.Signal, as.Flagged, as.Level = SignalNewHarm, true, LevelHigh
			if design == DesignCaseReport || design == DesignObservational {
				as.Level = LevelMedium
			}
			as.Direction = DirectionHarm
			say("The %s, %s after the claim's %d basis, reports harm with the intervention — goes against %q.", what, when, c.AsOf, vw)
		case harm:
			as.Level = LevelMedium
			say("The %s, %s, mentions harm, but as a %s it is not a new report of harm.", what, when, designWords(design))
		case review && as.Direction == DirectionNoEffect:
			as.Signal = SignalConfirms
			say("The %s, %s, reports no harm — agrees with %q.", what, when, vw)
		default:
			say("The %s, %s, reports no harm (%s).", what, when, directionWords(as.Direction))
		}
	case claims.VerdictPossibleHarmBenefit:
		favBetter, favWorse, disBetter, disWorse := itemTally(fs)
		// a controlled finding that a favoured item harms (or a
		// disfavoured one helps) reverses the claim even when the item
		// also helped on another measure
		reverse := favWorse > 0 || disBetter > 0
		agree := favBetter > favWorse || disWorse > disBetter
		switch {
		case reverse && controlled:
			as.Signal, as.Flagged, as.Level = SignalReverses, true, LevelHigh
			say("The %s, %s after the claim's %d basis, finds %s — reverses the claim.", what, when, c.AsOf, itemWords(favBetter, favWorse, disBetter, disWorse))
		case reverse:
			as.Level = LevelMedium
			say("The %s, %s, finds %s, but without randomisation it cannot reverse the claim.", what, when, itemWords(favBetter, favWorse, disBetter, disWorse))
		case agree && review:
			as.Signal = SignalConfirms
			say("The %s, %s, finds %s — agrees with the claim.", what, when, itemWords(favBetter, favWorse, disBetter, disWorse))
		case agree:
			say("The %s, %s, finds %s — agrees with the claim.", what, when, itemWords(favBetter, favWorse, disBetter, disWorse))
		default:
			say("The %s, %s, bears on the claim without a finding that reverses it (%s).", what, when, directionWords(as.Direction))
		}
	}
	if as.Flagged && len(as.Evidence) > 0 && len(as.Reasons) > 0 {
		// the signal's reason quotes the finding it rests on
		as.Reasons[len(as.Reasons)-1] += fmt.Sprintf(" It rests on: “%s”", clip(as.Evidence[0], 300))
	}
	return as
}

// harmTitle returns the event a case report's title puts down to the
// claim's intervention ("Chlorhexidine-induced chemical burns", "Rupture
// of the cervix after cervical pessary insertion", "Anaphylaxis caused by
// honey"), or "". An event that is a good outcome ("recovery after X") is
// none.
func (a *ruleAssessor) harmTitle(title string, sc *scope) string {
	toks := tokens(title)
	for _, m := range sc.interv.find(toks) {
		var event []string
		switch {
		case m.end < len(toks) && a.effect.blames.MatchString(toks[m.end]):
			// "X-induced Y", "X-associated Y"
			event = toks[m.end+1:]
			if m.start > 0 {
				// "Dextromethorphan-induced altered consciousness in
				// children": what is induced follows; a head before the
				// intervention ("Severe X-induced Y") is part of it
				event = append(slices.Clone(toks[:m.start]), event...)
			}
		default:
			k := a.effect.blamedOn(toks[:m.start])
			if k <= 0 {
				continue
			}
			event = toks[:k]
		}
		if len(event) == 0 || a.effect.good.in(event) || a.effect.caseTreated.MatchString(strings.Join(event, " ")) {
			continue
		}
		return strings.Join(event[:min(len(event), 8)], " ")
	}
	return ""
}

// onlyAsLevel reports whether every mention of the claim's intervention in
// toks names a level or status of the participants ("low vitamin D",
// "serum zinc", "vitamin D deficiency") rather than something given.
func (a *ruleAssessor) onlyAsLevel(toks []string, sc *scope) bool {
	ms := sc.interv.find(toks)
	if len(ms) == 0 {
		return false
	}
	for _, m := range ms {
		before := strings.Join(toks[max(0, m.start-2):m.start], " ")
		after := strings.Join(toks[m.end:min(len(toks), m.end+2)], " ")
		if !a.effect.levelBefore.MatchString(before) && !a.effect.levelAfter.MatchString(after) {
			return false
		}
		if m.start > 0 && m.end < len(toks) && toks[m.end] == "intake" && a.effect.moreIntake.MatchString(toks[m.start-1]) {
			// "higher vitamin C intake was associated with lower
			// risk": more of the intervention taken, a dose
			// comparison, not the participants' level
			return false
		}
	}
	return true
}

// addedToOwn reports whether a clause tests something added to the claim's
// intervention ("adding X to daily patching"), not the intervention itself.
func addedToOwn(cl string, sc *scope, er effectRules) bool {
	if m := er.addsToEffect.FindStringIndex(cl); m != nil && !sc.interv.in(tokens(cl[:m[0]])) {
		// "adenoidectomy did not increase the hearing benefit of
		// ventilation tubes": the subject is what was added
		base := tokens(cl[m[1]:])
		if sc.interv.in(base[:min(len(base), 6)]) {
			return true
		}
	}
	m := er.addingTo.FindStringSubmatchIndex(cl)
	if m == nil || sc.interv.in(tokens(cl[m[2]:m[3]])) {
		return false
	}
	base := tokens(cl[m[1]:])
	return sc.interv.in(base[:min(len(base), 6)])
}

// ownIsBase reports whether a clause compares something with the claim's
// intervention alone ("than antiviral agents alone", "versus prednisolone
// only"): the intervention is the base treatment of both arms.
func ownIsBase(toks []string, sc *scope, er effectRules) bool {
	alones := 0
	for _, w := range toks {
		switch w {
		case "alone", "only", "monotherapy", "either", "each":
			alones++
		}
	}
	if alones > 1 || len(er.control.find(toks)) > 0 || sc.controlIn(toks) {
		// "better than either alone", "than the massage-only and
		// control groups": the intervention is also compared with none
		return false
	}
	for _, m := range sc.interv.find(toks) {
		alone := false
		for _, w := range toks[m.end:min(len(toks), m.end+2)] {
			if w == "alone" || w == "only" || w == "monotherapy" {
				alone = true
			}
		}
		if !alone {
			continue
		}
		for _, w := range toks[max(0, m.start-4):m.start] {
			switch w {
			case "than", "versus", "vs", "compared", "against", "over", "relative":
				return true
			}
		}
	}
	return false
}

// otherIsSubject reports whether a clause's subject is another treatment
// the claims track and the claim's intervention comes only after a
// comparison ("compared with", "than", "versus"): the finding is the
// other treatment's.
func (a *ruleAssessor) otherIsSubject(toks []string, sc *scope) bool {
	om, im := sc.otherTreat.find(toks), sc.interv.find(toks)
	if len(om) == 0 || len(im) == 0 || im[0].start < om[0].end {
		return false
	}
	between := toks[om[0].end:im[0].start]
	for _, w := range between {
		switch w {
		case "than", "versus", "vs", "compared", "against", "over", "relative":
			return true
		}
	}
	return false
}

// trialPrimary reads the result of the primary outcome a trial's methods
// name ("The primary outcome was moderate-to-severe gastroenteritis, …"):
// whether a results clause naming it reports a significant difference, or
// none, and the outcome's words. Both false when no primary outcome is
// named or none is reported.
func (a *ruleAssessor) trialPrimary(d *doc) (sig, null bool, words []string) {
	key := ""
	for _, s := range d.sents {
		if def, _ := a.effect.primaryDefinition(s.raw); def != "" {
			key = def
			break
		}
	}
	if i := strings.IndexAny(key, ",;("); i >= 0 {
		key = key[:i]
	}
	// the outcome, not when or how it was measured
	for _, w := range []string{" during ", " at ", " over ", " within ", " by ", " defined ", " measured ", " assessed ", " in the ", " after "} {
		if i := strings.Index(key, w); i > 0 {
			key = key[:i]
		}
	}
	key = strings.TrimSpace(strings.TrimPrefix(strings.TrimSuffix(strings.TrimSpace(key), "."), "the "))
	if key == "" {
		return false, false, nil
	}
	keyToks := tokens(key)
	if len(keyToks) == 0 || len(keyToks) > 10 {
		return false, false, nil
	}
	for _, s := range d.sents {
		if s.role != roleResults && s.role != roleConclusion && s.role != roleOther {
			continue
		}
		for _, cl := range a.effect.clauses(s.raw) {
			if !containsSeq(tokens(cl), keyToks) && !a.effect.primaryRef.MatchString(cl) {
				continue
			}
			switch {
			case a.effect.isNull(cl):
				return false, true, keyToks
			case a.effect.isSig(cl):
				return true, false, keyToks
			}
		}
	}
	// the primary outcome's own result not shown: a conclusion that the
	// treatment "did not improve pregnancy outcomes" or "was not
	// effective" speaks for it
	for _, s := range d.sents {
		if s.role != roleConclusion {
			continue
		}
		for _, cl := range a.effect.clauses(s.raw) {
			if a.effect.wholeNull.MatchString(cl) && a.effect.isNull(cl) && !a.read.hedge.MatchString(cl) {
				return false, true, keyToks
			}
		}
	}
	return false, false, keyToks
}

// compositeOfOutcomes reports whether the trial's primary outcome is a
// composite of two or more of the claim's outcomes ("a composite of
// cardiovascular death, recurrent myocardial infarction, stroke or
// revascularisation" against "major adverse cardiovascular events"): the
// composite the claim's statement names, in its parts.
func (a *ruleAssessor) compositeOfOutcomes(d *doc, sc *scope) bool {
	for _, s := range d.sents {
		_, whole := a.effect.primaryDefinition(s.raw)
		if whole == "" {
			continue
		}
		def := strings.ToLower(whole)
		if !strings.Contains(def, "composite") {
			return false
		}
		toks := tokens(def)
		seen := map[string]bool{}
		for _, sp := range sc.allOutcomes.find(toks) {
			seen[strings.Join(toks[sp.start:sp.end], " ")] = true
		}
		return len(seen) >= 2
	}
	return false
}

// containsSeq reports whether toks holds seq as consecutive tokens.
func containsSeq(toks, seq []string) bool {
	for i := 0; i+len(seq) <= len(toks); i++ {
		if slices.Equal(toks[i:i+len(seq)], seq) {
			return true
		}
	}
	return false
}

// statementNull returns the outcome, named word for word in the claim's
// statement (its tokens st), on which a review states no difference, when
// it reports no benefit on any outcome the statement names so ("no
// significant effect on 28-day mortality" against "reduce 28-day
// mortality", beside "lower ICU mortality"); else "".
func statementNull(fs []finding, st []string) string {
	named := func(o string) bool {
		return o != "" && len(strings.Fields(o)) > 1 && containsSeq(st, strings.Fields(o))
	}
	null := ""
	for _, f := range fs {
		if f.null && f.stated && !f.subgroup && named(f.outcome) && null == "" {
			null = f.outcome
		}
	}
	if null == "" {
		return ""
	}
	// the same outcome in other words shares a qualifier with it
	// ("intravenous fluid use" beside "intravenous rehydration"); another
	// shares at most the head noun ("ICU mortality" beside "28-day
	// mortality")
	nw := strings.Fields(null)
	sameOutcome := func(o string) bool {
		for _, w := range strings.Fields(o) {
			if slices.Contains(nw[:len(nw)-1], w) {
				return true
			}
		}
		return false
	}
	for _, f := range fs {
		if !f.null && f.valence > 0 && (f.sig || f.concl) && (named(f.outcome) || sameOutcome(f.outcome)) {
			return ""
		}
	}
	return null
}

// nullAgainst reports whether an adequately sized trial's findings of no
// difference go against a benefit (or harm) claim: with no significant
// difference at all and no effect on the whole, when the claim's statement
// names none of its outcomes; else when the trial found no difference on
// an outcome the statement names and no significant effect on any of them
// ("duration did not differ; stools were fewer": against "zinc shortens
// diarrhoea").
func nullAgainst(fs []finding, sc *scope, sig int, dir string) bool {
	if len(sc.primary) == 0 {
		return sig == 0 && dir == DirectionNoEffect
	}
	if !nullOnPrimary(fs, sc) {
		return false
	}
	for _, f := range fs {
		if f.primary && !f.null && f.sig && !f.subgroup {
			// (a subgroup's difference beside the overall null is not
			// the trial's finding)
			return false
		}
	}
	return true
}

// nullOnPrimary reports whether a finding of no difference is about an
// outcome the claim's statement names (or the statement names none of the
// claim's outcomes): a null result on a secondary outcome ("sepsis did not
// differ") does not go against "X reduces NEC and mortality".
func nullOnPrimary(fs []finding, sc *scope) bool {
	if len(sc.primary) == 0 {
		return true
	}
	for _, f := range fs {
		if f.null && f.primary {
			return true
		}
	}
	return false
}

// notSupported reports whether the record's conclusion says, without a
// hedge, that the evidence does not support the treatment for its purpose
// ("does not support ESI to improve the success of a first embryo
// transfer"), naming no outcome another claim of the file tracks: a
// verdict on the treatment as a whole.
func (a *ruleAssessor) notSupported(r *Reading, sc *scope) bool {
	for _, f := range r.Findings {
		if !f.Conclusion || !f.Null || !a.effect.notSupport.MatchString(f.Clause) || a.read.hedge.MatchString(f.Clause) {
			continue
		}
		if toks := tokens(f.Clause); !sc.otherOut.in(toks) || sc.allOutcomes.in(toks) {
			return true
		}
	}
	return false
}

// namesOnlyOther reports whether toks name another treatment (one the
// claims file excludes as another focus, or another claim's intervention)
// and not the claim's own.
func namesOnlyOther(toks []string, sc *scope) bool {
	return !sc.interv.in(toks) && (sc.focusEx.in(toks) || sc.otherTreat.in(toks))
}

// weakOfOthers reports whether every conclusion clause that calls the
// evidence too weak names only a treatment the claims file calls another
// one ("no firm conclusion can yet be drawn on Echinacea") while another
// conclusion clause names the intervention: a review of several
// treatments that is unsure of another one is not unsure of this one.
func weakOfOthers(r *Reading, sc *scope) bool {
	if len(r.weakClauses) == 0 {
		return false
	}
	for _, cl := range r.weakClauses {
		toks := tokens(cl)
		if !namesOnlyOther(toks, sc) {
			return false
		}
		for _, w := range toks {
			switch w {
			case "it", "its", "this", "they", "their", "compared", "versus", "vs", "than", "against", "over":
				// "evidence is still lacking to show that it benefits
				// children compared with nCPAP": the intervention, said
				// again, against the other treatment
				return false
			}
		}
	}
	return slices.ContainsFunc(r.Findings, func(f Finding) bool {
		return f.Conclusion && sc.interv.in(tokens(f.Clause))
	})
}

// recommends reports whether the record's conclusion, naming the claim's
// intervention, says it works or is recommended without a hedge or a
// judgement that the evidence is weak.
func (a *ruleAssessor) recommends(r *Reading, sc *scope) bool {
	if r.Stance != StancePositive || onlyOthersOutcomes(sc) {
		// (a record naming only outcomes other claims of the file track
		// recommends the treatment for those)
		return false
	}
	for _, f := range r.Findings {
		if !f.Conclusion || f.Null || a.read.hedged(f.Clause) || !a.read.positive.MatchString(f.Clause) || a.read.unevenly.MatchString(f.Clause) || a.read.against.MatchString(f.Clause) || a.againstOtherTreatment(f.Clause, sc) {
			continue
		}
		toks := tokens(f.Clause)
		if a.otherBeatsIt(toks, sc) {
			// "antivirals are superior to cryotherapy": the other
			// treatment's conclusion
			continue
		}
		if m := a.effect.onlyIn.FindStringIndex(f.Clause); m != nil && !sc.allOutcomes.in(tokens(f.Clause[m[1]:])) {
			// "X showed benefits only in the plasma fatty acid profile":
			// a benefit restricted to what the claim does not track
			continue
		}
		if sc.otherOut.in(toks) && !sc.allOutcomes.in(toks) {
			// "LGG shortens diarrhoea": a conclusion about an outcome
			// another claim of the file tracks
			continue
		}
		if sc.interv.in(toks) {
			return true
		}
	}
	return false
}

// controlGiven reports whether the control arm's description names the
// intervention itself ("the control group used probiotic drops"), not its
// absence ("routine care without massage").
func (a *ruleAssessor) controlGiven(arm string, sc *scope) bool {
	if arm == "" || a.read.usual.MatchString(arm) || a.read.placebo.MatchString(arm) {
		return false
	}
	toks := tokens(arm)
	// a control the claims file names ("paracetamol") does not make an arm
	// that also names the intervention untreated ("tepid sponging plus
	// paracetamol"); the intervention inside a named control ("massage
	// alone" listed as a control) is that control's
	ctl := sc.controls.find(toks)
	for _, m := range sc.interv.find(toks) {
		if slices.ContainsFunc(ctl, func(c span) bool { return c.start < m.end && m.start < c.end }) {
			continue
		}
		negated := false
		for i := max(0, m.start-2); i < m.start; i++ {
			switch toks[i] {
			case "without", "no", "not", "nor":
				negated = true
			case "non":
				// "non-massage", not "a non-pulsatile pacifier"
				negated = negated || i == m.start-1
			}
		}
		if !negated {
			return true
		}
	}
	return false
}

// twoArmsGiven reports whether the record says both of its arms were given
// the intervention: "no difference between the two alarms was shown",
// "the two oils were well tolerated" ("both exercise groups" may be two of
// three arms, one untreated).
func twoArmsGiven(d *doc, sc *scope, er effectRules) bool {
	for _, s := range d.scoped() {
		toks := s.toks
		for _, m := range sc.interv.find(toks) {
			if m.start < 2 || toks[m.start-1] != "two" || toks[m.start-2] != "the" {
				continue
			}
			if m.end == len(toks) || armVerb(toks[m.end]) {
				return true
			}
		}
		if s.role == roleResults || s.role == roleConclusion || er.noneArm.MatchString(d.allRaw) {
			// (a trial with an untreated arm besides: "acupuncture with
			// or without auricular acupuncture ... or waitlist")
			continue
		}
		for _, m := range sc.interv.find(toks) {
			// "plastic wrapping with or without drying": every arm had the
			// intervention; what was compared is the other
			if m.end+3 < len(toks) && toks[m.end] == "with" && (toks[m.end+1] == "or" || toks[m.end+1] == "and") && toks[m.end+2] == "without" &&
				!sc.interv.in(toks[m.end+3:min(len(toks), m.end+5)]) {
				return true
			}
		}
	}
	return false
}

// armVerb reports whether w follows an arm's name as the subject of a
// result ("the two alarms were", "the two oils did").
func armVerb(w string) bool {
	switch w {
	case "was", "were", "did", "had", "showed", "differed", "produced", "gave", "led", "reduced",
		"improved", "increased", "groups", "arms", "are":
		return true
	}
	return false
}

// clip shortens s to at most n bytes at a word boundary, with an ellipsis.
func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	cut := strings.LastIndexByte(s[:n], ' ')
	if cut <= 0 {
		cut = n
		for cut > 0 && !utf8.RuneStart(s[cut]) {
			cut--
		}
	}
	return s[:cut] + "…"
}

func participants(n int) string {
	switch n {
	case 0:
		return "no stated number of participants"
	case 1:
		return "1 participant"
	}
	return fmt.Sprintf("%d participants", n)
}

// directionWords says a direction in prose.
func directionWords(d string) string {
	switch d {
	case DirectionBenefit:
		return "its finding: a benefit"
	case DirectionNoEffect:
		return "its finding: no effect"
	case DirectionHarm:
		return "its finding: harm"
	case DirectionMixed:
		return "its findings: mixed"
	}
	return "no clear finding for the claim's outcomes"
}

// effectWords says what was found, naming the outcomes when known.
func effectWords(better, worse int, outcomes []string) string {
	on := "the claim's outcomes"
	if len(outcomes) > 0 {
		on = strings.Join(outcomes, ", ")
	}
	switch {
	case better > 0 && worse > 0:
		return "significant benefits and harms (" + on + ")"
	case better > 0:
		return "a significant benefit (" + on + ")"
	case worse > 0:
		return "significant harm (" + on + ")"
	}
	return "no significant effect"
}

func itemWords(fb, fw, db, dw int) string {
	var parts []string
	for _, it := range []struct {
		better, worse int
		which         string
	}{{fb, fw, "favours"}, {db, dw, "disfavours"}} {
		switch {
		case it.better > 0 && it.worse > 0:
			parts = append(parts, "both benefit and harm from an item the claim "+it.which)
		case it.worse > 0:
			parts = append(parts, "harm from an item the claim "+it.which)
		case it.better > 0:
			parts = append(parts, "benefit from an item the claim "+it.which)
		}
	}
	if len(parts) == 0 {
		return "no effect of the items the claim names"
	}
	return strings.Join(parts, " and ")
}

// itemTally counts significant findings per item kind.
func itemTally(fs []finding) (favBetter, favWorse, disBetter, disWorse int) {
	for _, f := range fs {
		if f.null || !(f.sig || f.concl) {
			continue
		}
		if f.both {
			switch {
			case f.valence > 0:
				favBetter++
				disBetter++
			case f.valence < 0:
				favWorse++
				disWorse++
			}
			continue
		}
		switch {
		case f.item > 0 && f.valence > 0:
			favBetter++
		case f.item > 0 && f.valence < 0:
			favWorse++
		case f.item < 0 && f.valence > 0:
			disBetter++
		case f.item < 0 && f.valence < 0:
			disWorse++
		}
	}
	return
}

// direction summarises findings as one of the Direction values.
func direction(fs []finding, insufficient, review bool, design, verdict string) string {
	if design == DesignProtocol || design == DesignTrialRegistration {
		return DirectionUnclear
	}
	use := fs
	if review {
		var concl []finding
		for _, f := range fs {
			if f.concl {
				concl = append(concl, f)
			}
		}
		switch {
		case len(concl) > 0:
			// the conclusion, and the outcomes the results say in words
			// did not differ (a conclusion often names only the gains)
			use = concl
			for _, f := range fs {
				if !f.concl && f.stated {
					use = append(use, f)
				}
			}
		case insufficient:
			return DirectionNoEffect
		}
	}
	if verdict != claims.VerdictNoRisk {
		// What the treatment does to the outcomes it is for decides; its
		// adverse effects and adherence only when nothing else is said
		// ("UTIs fell; adverse events did not differ" is a benefit).
		var main []finding
		for _, f := range use {
			if !f.side && (f.null || f.valence != 0) {
				main = append(main, f)
			}
		}
		if len(main) > 0 {
			use = main
		}
	}
	// A difference stated with neither significance nor a conclusion
	// behind it ("a slightly higher rate, 20% vs 14%") counts only when
	// nothing firmer is said.
	better, worse, null, weakBetter, weakWorse := 0, 0, 0, 0, 0
	for _, f := range use {
		firm := f.sig || f.concl
		switch {
		case f.null:
			null++
		case f.valence > 0 && firm:
			better++
		case f.valence < 0 && firm:
			worse++
		case f.valence > 0:
			weakBetter++
		case f.valence < 0:
			weakWorse++
		}
	}
	if verdict == claims.VerdictNoRisk {
		// any report of harm counts against "no risk"; in a randomised
		// trial, harms counted in both arms without significance ("31 new
		// fractures in the PV group and 28 in the sham group") count only
		// where nothing says they did not differ
		better += weakBetter
		if design != DesignRCT || null == 0 {
			worse += weakWorse
		}
	} else if better+worse+null == 0 {
		better, worse = weakBetter, weakWorse
	}
	if verdict == claims.VerdictNoRisk {
		switch {
		case worse > 0 && worse >= null:
			return DirectionHarm
		case worse > 0:
			return DirectionMixed
		case null+better > 0:
			return DirectionNoEffect
		}
		return DirectionUnclear
	}
	switch {
	case better > 0 && worse > 0:
		return DirectionMixed
	case better > 0 && null > 0:
		return DirectionMixed
	case better > 0:
		return DirectionBenefit
	case worse > 0:
		// worse on some outcomes and no better on any: harm
		return DirectionHarm
	case null > 0:
		return DirectionNoEffect
	case insufficient:
		return DirectionNoEffect
	}
	return DirectionUnclear
}

// evidence quotes up to three sentences the judgement rests on, the
// conclusion first.
func evidence(fs []finding) []string {
	var out []string
	seen := map[string]bool{}
	add := func(keep func(f finding) bool) {
		for _, f := range fs {
			if len(out) == 3 || seen[f.text] || !keep(f) {
				continue
			}
			seen[f.text] = true
			out = append(out, f.text)
		}
	}
	add(func(f finding) bool { return f.concl && (f.valence != 0 || f.null) })
	add(func(f finding) bool { return f.sig && f.valence != 0 })
	add(func(f finding) bool { return true })
	return out
}

// combination returns the other treatment a record tests the claim's
// intervention together with ("traditional washing combined with
// massage"), from its title, aims and conclusions, or "" when it tests
// the intervention on its own, adds it to care every group had ("massage
// plus usual care"), or compares the combination with the other
// treatment alone (an add-on design that isolates the intervention).
func (a *ruleAssessor) combination(d *doc, sc *scope) string {
	texts := []string{d.rec.Title}
	for i, s := range d.sents {
		// what the background says is not known ("whether zinc alone
		// outperforms zinc combined with antidepressants") is not what
		// the record tests
		if i < 3 && !(s.role == roleBackground && a.effect.openQuestion.MatchString(s.raw)) || s.role == roleConclusion {
			texts = append(texts, s.raw)
		}
	}
	all := strings.ToLower(d.allRaw)
	for _, t := range texts {
		t = a.effect.parenthesis.ReplaceAllString(t, "")
		for _, m := range a.effect.combined.FindAllStringSubmatch(t, -1) {
			left, right := trailingPhrase(tokens(m[1])), leadingPhrase(tokens(m[2]))
			var other []string
			switch li, ri := sc.interv.in(left), sc.interv.in(right); {
			case ri && !li:
				other = left
			default:
				// "acupuncture combined with moxibustion", the
				// intervention first: the record is about the
				// intervention with an adjunct, as its trials give it
				continue
			}
			if len(other) == 0 || a.effect.control.in(other) || a.effect.careWord.MatchString(strings.Join(other, " ")) || sc.otherTreat.in(other) {
				continue
			}
			// the other treatment's own arm: "washing alone", "only washing"
			// or the intervention added to it ("an adjunct to
			// phototherapy", "phototherapy plus placebo", "phototherapy is
			// the standard treatment")
			head := other[len(other)-1]
			if a.addedTo(all, head) || strings.Contains(all, head+" alone") || strings.Contains(all, "only "+head) ||
				strings.Contains(all, head+" only") || strings.Contains(all, head+" plus placebo") ||
				strings.Contains(all, head+" and placebo") || strings.Contains(all, head+" with placebo") ||
				strings.Contains(all, head+" is the standard") || strings.Contains(all, head+" is a standard") {
				continue
			}
			return strings.Join(other, " ")
		}
	}
	return ""
}

// addedTo reports whether the text says the intervention was added to the
// treatment named head ("as an adjunct to phototherapy", "in addition to
// phototherapy"), which every group then had: an add-on design. An add-on
// to something else ("white noise plus touch in addition to routine care")
// does not make the other treatment part of every arm.
func (a *ruleAssessor) addedTo(all, head string) bool {
	for _, m := range a.effect.addOn.FindAllStringIndex(all, -1) {
		after := all[m[1]:min(len(all), m[1]+60)]
		before := all[max(0, m[0]-60):m[0]]
		if strings.Contains(after, head) || strings.HasSuffix(strings.TrimSpace(before), head) {
			return true
		}
	}
	return false
}

// phraseStop ends a noun phrase: function words and common verbs.
func phraseStop(w string) bool {
	switch w {
	case "for", "in", "on", "of", "to", "among", "with", "versus", "vs", "compared", "and", "or", "was", "were",
		"is", "are", "can", "may", "might", "could", "has", "had", "have", "be", "the", "a", "an", "that", "whether",
		"how", "if", "than", "as", "at", "by", "from", "this", "these", "its", "their", "after", "before", "during",
		"assess", "evaluate", "evaluating", "examine", "examined", "investigated", "investigate", "effect", "effects",
		"efficacy", "effectiveness", "safety", "role", "use", "using", "study", "trial", "review",
		"treats", "treat", "treated", "treating", "affects", "affect", "affected", "improves", "improve", "improved",
		"reduces", "reduce", "reduced", "prevents", "prevent", "lowers", "lower", "shortens", "increases", "decreases",
		"works", "helps", "help", "gives", "give", "given", "received", "receiving":
		return true
	}
	return false
}

// trailingPhrase is the noun phrase that ends toks ("the effect of
// traditional washing" → "traditional washing").
func trailingPhrase(toks []string) []string {
	i := len(toks)
	for i > 0 && !phraseStop(toks[i-1]) {
		i--
	}
	return toks[i:]
}

// leadingPhrase is the noun phrase that starts toks ("phototherapy for
// the treatment" → "phototherapy").
func leadingPhrase(toks []string) []string {
	i := 0
	for i < len(toks) && !phraseStop(toks[i]) {
		i++
	}
	return toks[:i]
}

// jointItems reports whether a clause names a favoured and a disfavoured
// item joined as one subject ("olive oil or sunflower oil may harm"): what
// it says holds for both.
func jointItems(sc *scope, toks []string) bool {
	favs, dis := sc.fav.find(toks), sc.disfav.find(toks)
	for _, f := range favs {
		for _, d := range dis {
			lo, hi := f, d
			if d.start < f.start {
				lo, hi = d, f
			}
			gap := toks[lo.end:hi.start]
			if len(gap) > 3 {
				continue
			}
			for _, w := range gap {
				if w == "or" || w == "and" || w == "nor" {
					return true
				}
			}
		}
	}
	return false
}

// timeTo reports whether the outcome starting at i is the end point of a
// time ("time to full oral feeding", "days from gavage to oral feeding",
// "age at discharge"): reaching it sooner is better.
func timeTo(toks []string, i int) bool {
	// "time to reach full breastfeeding", "days until achieving
	// independent oral feeding": words of reaching before the outcome
	for k := 0; k < 3 && i > 0; k++ {
		switch toks[i-1] {
		case "reach", "reaching", "achieve", "achieving", "attain", "attaining", "establish", "establishing",
			"start", "starting", "full", "independent", "exclusive", "complete", "the":
			i--
			continue
		}
		break
	}
	if i == 0 {
		return false
	}
	switch toks[i-1] {
	case "to", "until", "till", "at":
	default:
		return false
	}
	for j := i - 2; j >= 0 && j >= i-6; j-- {
		switch toks[j] {
		case "time", "times", "days", "hours", "weeks", "age", "duration", "interval":
			return true
		}
	}
	return false
}

// effectClaimed words the effect a benefit or harm claim states.
func effectClaimed(verdict string) string {
	if verdict == claims.VerdictHarm {
		return "the harm"
	}
	return "the benefit"
}

// namesControl reports whether the record names one of the claim's own
// control arms ("omega-3 against corn oil") where it describes the study.
func (sc *scope) namesControl() bool {
	if len(sc.controls) == 0 {
		return false
	}
	for _, s := range sc.d.scoped() {
		for _, m := range sc.controlFind(s.toks) {
			if !treatedBefore(s.toks, m.start) {
				return true
			}
		}
	}
	return false
}

// controlFind is the claim's controls found in toks, leaving out a
// control's words inside a match of the intervention ("Vicryl" in "Vicryl
// Plus", "massage" in "oil massage"): there they name the intervention.
func (sc *scope) controlFind(toks []string) []span {
	ms := sc.controls.find(toks)
	if len(ms) == 0 {
		return nil
	}
	iv := sc.interv.find(toks)
	out := ms[:0:0]
	for _, m := range ms {
		if !slices.ContainsFunc(iv, func(i span) bool { return i.start <= m.start && m.end <= i.end && i.end-i.start > m.end-m.start }) {
			out = append(out, m)
		}
	}
	return out
}

// controlIn reports whether toks name one of the claim's controls other
// than inside the intervention's own name.
func (sc *scope) controlIn(toks []string) bool {
	return len(sc.controlFind(toks)) > 0
}

// namesWithout reports whether the record names an arm by the
// intervention's absence ("group B received massage without any
// emollient"): an untreated comparison the claims file did not list.
func (sc *scope) namesWithout() bool {
	for _, s := range sc.d.scoped() {
		arm := false
		for _, w := range s.toks {
			switch w {
			case "group", "groups", "arm", "arms", "received", "receiving", "allocated", "assigned":
				arm = true
			}
		}
		if !arm {
			continue
		}
		for _, m := range sc.interv.find(s.toks) {
			i := m.start - 1
			if i >= 0 && s.toks[i] == "any" {
				i--
			}
			if i >= 0 && s.toks[i] == "without" {
				return true
			}
		}
	}
	return false
}

// treatedBefore reports whether the words before toks[i] make what
// follows the participants' past treatment ("refractory to conservative
// treatment", "previous physiotherapy", "failed usual care"), not an arm.
func treatedBefore(toks []string, i int) bool {
	if i > 0 {
		switch toks[i-1] {
		case "previous", "previously", "prior", "failed", "failing", "despite", "unsuccessful":
			return true
		}
	}
	if i > 1 {
		switch toks[i-1] {
		case "to", "of":
			switch toks[i-2] {
			case "refractory", "resistant", "unresponsive", "nonresponsive", "recalcitrant", "failure", "failures":
				return true
			}
		}
	}
	return false
}

// namesOwn reports whether toks name the claim's intervention other than
// inside a combination another claim of the file tracks: "vitamin D"
// inside "calcium plus vitamin D" names the combination.
func (sc *scope) namesOwn(toks []string) bool {
	om := sc.otherTreat.find(toks)
next:
	for _, m := range sc.interv.find(toks) {
		for _, o := range om {
			if o.start <= m.start && m.end <= o.end && joins(toks[o.start:o.end]) {
				continue next
			}
		}
		return true
	}
	return false
}

// joins reports whether a treatment's words join two treatments ("calcium
// plus vitamin D", "vitamin D with calcium").
func joins(toks []string) bool {
	for _, w := range toks {
		switch w {
		case "plus", "with", "and", "combined", "combination":
			return true
		}
	}
	return false
}

// looseIn reports whether toks hold one of ts's terms of two words or
// more in other forms of its words: each word matched, in order and at
// most two words after the one before, by a word sharing its first six
// letters (all of it, when shorter): "heart failure hospital admissions"
// holds "heart failure hospitalisation".
func looseIn(ts termSet, toks []string) bool {
	stem := func(w string) string {
		if len(w) > 6 {
			return w[:6]
		}
		return w
	}
	for _, t := range ts {
		if len(t.toks) < 2 {
			continue
		}
	start:
		for i := range toks {
			if !strings.HasPrefix(toks[i], stem(t.toks[0])) {
				continue
			}
			at := i
			for _, w := range t.toks[1:] {
				found := false
				for j := at + 1; j < len(toks) && j <= at+3; j++ {
					if strings.HasPrefix(toks[j], stem(w)) {
						at, found = j, true
						break
					}
				}
				if !found {
					continue start
				}
			}
			return true
		}
	}
	return false
}

// averted reports whether every harm at hs is named as what is prevented
// or made less likely ("to prevent complications", "to reduce the risk of
// functional compromise such as ulceration") or as a scale ("the
// haemangioma dynamic complication scale was 0"), not as a harm that
// happened.
func averted(toks []string, hs []span) bool {
	if len(hs) == 0 {
		return false
	}
	for _, h := range hs {
		if h.end < len(toks) {
			switch toks[h.end] {
			case "scale", "scales", "score", "scores", "index":
				continue
			}
		}
		prevented := false
		for j := h.start - 1; j >= max(0, h.start-8) && !prevented; j-- {
			w := toks[j]
			switch {
			case strings.HasPrefix(w, "prevent"), strings.HasPrefix(w, "avoid"), strings.HasPrefix(w, "minimi"):
				prevented = true
			case w == "of" && j > 0 && (toks[j-1] == "risk" || toks[j-1] == "risks" || toks[j-1] == "likelihood"):
				// "reduce the risk of": made less likely, when a word
				// of lowering comes before it
				for k := j - 2; k >= max(0, j-5); k-- {
					if v := toks[k]; strings.HasPrefix(v, "reduc") || strings.HasPrefix(v, "lower") || strings.HasPrefix(v, "decreas") || strings.HasPrefix(v, "limit") || strings.HasPrefix(v, "minimi") {
						prevented = true
						break
					}
				}
			}
		}
		if !prevented {
			return false
		}
	}
	return true
}

// reviewOfTwo reports whether a review says, in its title, aim or
// methods, that it compares the intervention with one other named
// treatment ("studies comparing PRP with CS injection", "compared the
// efficacy of oral propranolol and topical timolol", "PRP versus
// corticosteroid"), with no word of a control in that sentence.
func (a *ruleAssessor) reviewOfTwo(d *doc, sc *scope) bool {
	ss := []sentence{d.title}
	for _, s := range d.sents {
		switch {
		case s.role == roleObjective, s.role == roleMethods:
		case s.role == roleBackground && a.effect.thisStudy.MatchString(s.raw):
		default:
			continue
		}
		ss = append(ss, s)
	}
	for _, s := range ss {
		toks := s.toks
		if a.effect.exampleBracket.MatchString(s.raw) {
			// "the effects of specific approaches (e.g. active versus
			// passive music therapy) are not known": an example of what
			// the review asks about, not its comparison
			toks = tokens(a.effect.exampleBracket.ReplaceAllString(s.raw, " "))
		}
		compares, addOn := false, false
		for _, w := range toks {
			switch {
			case strings.HasPrefix(w, "compar") || w == "versus" || w == "vs":
				compares = true
			case w == "combined" || w == "combination" || w == "plus" || w == "add" || w == "added" || w == "alone" || strings.HasPrefix(w, "adjunct"):
				// "hydrocortisone alone against hydrocortisone combined
				// with vitamin C": the intervention added to the other
				addOn = true
			}
		}
		if addOn {
			continue
		}
		if !compares || a.namesControlGroup(toks) || a.read.placebo.MatchString(s.raw) || a.read.none.MatchString(s.raw) || a.usualArm(s.raw) {
			continue
		}
		for _, m := range sc.interv.find(toks) {
			if a.otherBeside(toks, m, sc) {
				return true
			}
		}
	}
	return false
}

// namesControlGroup reports whether toks name a control group or another
// control word; "randomised controlled trials" names the design, not one.
func (a *ruleAssessor) namesControlGroup(toks []string) bool {
	for _, m := range a.effect.control.find(toks) {
		if toks[m.start] != "controlled" && toks[m.start] != "uncontrolled" {
			return true
		}
	}
	return false
}

// otherBeside reports whether the intervention at m is joined by
// "with", "to", "and", "versus" or "than" to another noun that is none of
// the claim's terms: "PRP with CS", "propranolol and topical timolol".
func (a *ruleAssessor) otherBeside(toks []string, m span, sc *scope) bool {
	joins := func(w string) bool {
		switch w {
		case "with", "to", "and", "versus", "vs", "than", "or":
			return true
		}
		return false
	}
	named := func(i int) bool { // toks[i] is a treatment's word, none of the claim's
		if i < 0 || i >= len(toks) || isStop(toks[i]) || isNumber(toks[i]) {
			return false
		}
		switch toks[i] {
		case "treated", "treatment", "treatments", "therapy", "therapies", "injection", "injections", "efficacy",
			"safety", "effect", "effects", "effectiveness", "outcome", "outcomes", "combined", "combination", "plus",
			"alone", "without", "no", "none", "those", "each", "both", "other", "others", "different",
			// regimens of the intervention itself ("early with late
			// caffeine", "high versus low dose")
			"early", "immediate", "late", "later", "delayed", "high", "higher", "low", "lower", "standard", "single", "double",
			"short", "long", "continuous", "intermittent", "daily", "weekly", "once", "twice", "dose", "doses":
			return false
		}
		one := toks[i : i+1]
		return !sc.interv.in(one) && !sc.controlIn(one) && !sc.allOutcomes.in(one) && !sc.pop.in(one)
	}
	if m.end < len(toks) && joins(toks[m.end]) && named(m.end+1) {
		return true
	}
	// "oral propranolol and topical timolol": one modifier may stand
	// between the join and the intervention
	for k := 1; k <= 2 && m.start-k-1 >= 0; k++ {
		if w := toks[m.start-k]; (w == "and" || w == "versus" || w == "vs" || w == "or") && named(m.start-k-1) {
			return true
		}
	}
	return false
}

// blankDegree returns toks with the words of degree ("more",
// "additional", "increased") blanked ("_") wherever the run of words run
// occurs, copying toks only when it finds one.
func blankDegree(toks, run []string) []string {
	out := toks
	for i := 0; len(run) > 0 && i+len(run) <= len(out); i++ {
		if !slices.Equal(out[i:i+len(run)], run) {
			continue
		}
		for j, w := range run {
			if w != "more" && w != "additional" && w != "increased" {
				continue
			}
			if &out[0] == &toks[0] {
				out = slices.Clone(toks)
			}
			out[i+j] = "_"
		}
	}
	return out
}
