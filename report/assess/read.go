package assess

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/litwatch/litwatch/store"
)

// The assessment has two stages. Read is the first: a topic-free reading
// of one record — what kind of study it is, how many people it randomised
// or a review pooled, what the study compared the intervention with, the
// findings its results and conclusions state (each with its significance)
// and the stance of its conclusion. It knows research language only, no
// claim. Judge, the second stage, matches the reading against one claim
// through the claims file and applies the claim's verdict rule. Each stage
// is tested and measured on its own (read_test.go, judge in assess_test.go
// and report/eval), so an error can be traced to one of them.

// Comparators: what a study compared its intervention with.
const (
	ComparatorPlacebo   = "placebo"    // placebo or sham
	ComparatorUsualCare = "usual_care" // usual, standard or routine care
	ComparatorNone      = "none"       // no treatment, a control group given nothing, a waiting list
	ComparatorActive    = "active"     // only other active treatments: says nothing about the intervention against none
	ComparatorUnstated  = ""           // not a comparative study, or the comparison is not said
)

// Stances of a conclusion.
const (
	StancePositive     = "positive"     // the intervention works (or harms) — a firm finding
	StanceNegative     = "negative"     // it does not work
	StanceInsufficient = "insufficient" // the evidence is too weak to say
	StanceHedged       = "hedged"       // a finding stated with "may", "might", "suggests"
)

// Finding is one statement of a result in a record's results or
// conclusions, read without any claim.
type Finding struct {
	Sentence   string // the sentence quoted
	Clause     string // the clause that states it (a clause opening on its verb carries the subject it shares)
	Conclusion bool   // from the conclusions
	// Significant: the clause reports a significant difference (p below
	// 0.05, an interval that excludes no effect, or "significantly");
	// Null: it reports none ("did not differ", p = 0.07, an interval
	// crossing no effect). Neither: it does not say.
	Significant, Null bool
}

// Reading is what the first stage reads from a record.
type Reading struct {
	Design     string
	N          int // participants randomised (a trial) or pooled (a review), 0 if not stated
	Included   int // studies a review included, 0 if not stated
	Comparator string
	// ControlArm is what the record says its control group was given
	// ("the control group used ambroxol oral solution"), when it says so.
	ControlArm string
	Notice     string // a retraction, erratum or expression of concern, in words
	Findings   []Finding
	Stance     string // of the conclusion, "" when it states none
	Year       int
	RecordID   int64
	Cut        bool // the text was longer than MaxReadBytes; only its start was read

	doc *doc
	// weakClauses are the conclusion's clauses that call the evidence
	// too weak (what made the stance insufficient), for judging whose
	// evidence they are about
	weakClauses []string
}

// readRules are the first stage's own phrases.
type readRules struct {
	placebo, usual, none, control *regexp.Regexp
	// placeboStep: a placebo given within a procedure, not as an arm
	// ("a double-blind placebo-controlled titration", "a 2-week placebo
	// run-in"): no placebo comparison
	placeboStep *regexp.Regexp
	// controlFor: "used to control for non-specific effects": adjusting,
	// not a control group ("controlled for age" the control pattern does
	// not read as one)
	controlFor *regexp.Regexp
	// doseSubject: a result that compares doses ("the dose had no effect on
	// pain", "a higher dose improved success less than a lower dose"), not
	// one dose against the control ("the higher dose lowered fractures")
	doseSubject *regexp.Regexp
	// doses: two doses of one treatment compared ("high dose versus low
	// dose"): a dose comparison, not the treatment against none
	doses *regexp.Regexp
	// nonInferior: a non-inferiority or equivalence comparison, which is
	// made against an active treatment
	nonInferior *regexp.Regexp
	// regimens: a review's title naming when or how long the
	// intervention is given ("timing of antibiotic prophylaxis",
	// "part-time versus full-time occlusion", "low- versus high-dose
	// botulinum toxin"): two regimens of it, no untreated comparison
	regimens        *regexp.Regexp
	hedge, positive *regexp.Regexp
	// modalRecommend: "could be recommended", a recommendation whose
	// modal verb is no hedge
	modalRecommend *regexp.Regexp
	// topic: the effectiveness a record reports on, not its verdict ("the
	// review presents information on the effectiveness and safety of ...")
	topic *regexp.Regexp
	// toConfirm: research still to be done to show a benefit ("adequately
	// powered RCTs are needed to confirm the benefits"): the benefit is
	// the question, not the finding
	toConfirm *regexp.Regexp
	// allArms: words just before usual care that give it to every arm
	allArms    *regexp.Regexp
	controlArm *regexp.Regexp
	// namedArms: the methods' allocation naming both arms ("128 patients
	// were randomised to oral P. incarnata (n = 68) or oxazepam 10 mg")
	namedArms *regexp.Regexp
	// doubleDummy: two active treatments, each arm given the other's
	// placebo
	doubleDummy *regexp.Regexp
	// dummyPlacebo: a placebo given alongside an arm's treatment, not an
	// arm of its own ("GLA plus placebo", "matching placebo")
	dummyPlacebo *regexp.Regexp
	// genericArm: an arm named by its role, not its treatment ("group A",
	// "the intervention arm")
	genericArm *regexp.Regexp
	// recommendation: a review's verdict on a treatment as a whole ("is
	// recommended", "should be offered", "is effective")
	recommendation *regexp.Regexp
	// unevenly: "inconsistently recommended", "rarely recommended": what
	// guidelines disagree on or seldom advise is no recommendation
	unevenly *regexp.Regexp
	// nonUsers: a result about the people who did not take the treatment
	// ("Among non-users of iodine supplements, low iodine intake was
	// associated with preeclampsia")
	nonUsers *regexp.Regexp
	// againstLead: a clause opening on what the result is compared with
	// ("Against placebo or no treatment, ...")
	againstLead *regexp.Regexp
	// against: "the authors recommend against routine early use", "is not
	// recommended": advice not to use the treatment is no positive stance
	against *regexp.Regexp
}

func newReadRules() readRules {
	return readRules{
		// normal saline is the inert comparison of inhaled, injected and
		// irrigated treatments
		placebo:     regexp.MustCompile(`(?i)\b(placebo\w*|sham|dummy|inert|normal saline|isotonic saline|physiological saline|0\.9\s?% (saline|sodium chloride|nacl))\b`),
		controlFor:  regexp.MustCompile(`(?i)\bto control for\b`),
		placeboStep: regexp.MustCompile(`(?i)\bplacebo(?:[- ]controlled)?\s+(?:dose[- ])?(?:titration|run[- ]?in|lead[- ]?in|wash[- ]?out|challenge)s?\b`),
		usual: regexp.MustCompile(`(?i)\b(usual|standard|routine|conventional|regular)\s+([a-z-]+\s+)?(care|treatment|management|practice|therapy|nursing|procedures?|feeding|feeds|regimen|diet)\b|\b(usual|routine|conventional)\s+[a-z-]+\s+[a-z-]+\s+care\b|\b(care|treatment|practice)[- ]as[- ]usual\b|\bstandard of care\b|\b[TC]AU\b|\b(surgeon|clinician|physician|doctor|investigator|provider|practitioner)s?['’]?s?['’]?\s+(choice|preference|discretion)\b|\b(standard|conventional|usual|routine)\s+([a-z-]+\s+)?dressings?\b|\b(or|versus|vs\.?|than|with|to)\s+([\w-]+\s+){1,3}(alone|only)\b|\b[a-z]{4,} alone\b` +
			// a minimal control: education, advice or a booklet
			`|\b(versus|vs\.?|than|or|to) (an? |the )?(education(al)?( book\w*| leaflets?| materials?| sessions?| control)?|advice|(self-care |educational )?(book|booklet|leaflet)s?|attention[- ]control)\b|\battention[- ]control\b`),
		none: regexp.MustCompile(`(?i)\b(no (treatment|intervention|therapy|supplement\w*)|(randomi[sz]ed|allocated|assigned) to [^.;]{1,60}? (or|and) (to )?(no|nothing)\b|(versus|vs\.?|compared (with|to)) (no|nothing)\b|untreated|wait(ing)?[- ]?list\w*|(delayed|deferred)[- ](treatment|intervention|start)|did not receive|received nothing|without (any )?(treatment|intervention)|non-?[a-z]+ (group|arm|controls?)|non-?treatment[- ]controlled|no[- ]treatment[- ]controlled|both,? or neither|(receive|receiving|received|given|get|getting) [^.;]{1,40}? or not` +
			// "49 received zinc and 56 did not", "recovered faster with
			// zinc than without": an untreated group
			`|\b(received|were given|got|took) [^.;]{1,60}? and (the other |the remaining )?\d+ (did not|were not|had not)|\bwith [^.;]{1,40}? than without)\b`),
		regimens: regexp.MustCompile(`(?i)\btiming of\b|\b(part|full)[- ]time\b[^.;:]{0,40}\b(versus|vs\.?|or|with)\s+(part|full)[- ]time\b|\bbefore\s+(skin\s+)?(incision|surgery)\b[^.;]{0,60}\b(versus|vs\.?|or|with)\b[^.;]{0,30}\bafter\b|\b(low|high|standard|reduced|single|double)(-dose|-|\s+dose)?\s+(versus|vs\.?|or|compared with)\s+(low|high|standard|reduced|single|double)[- ]dose\b`),
		// "control group", "controls" (not "controlled trial", a design)
		nonInferior: regexp.MustCompile(`(?i)\b(non-?inferior\w*|equivalence (trial|margin|study|design))\b`),
		doseSubject: regexp.MustCompile(`(?i)^\s*(the |a |an )?(higher |lower |larger |smaller |increasing |different )?([\w-]+ ){0,2}(dose|dosage|dosing)( level)? (had|has|showed|shows|was|were) (no|not)\b|\bdoses?\b[^.;]{0,80}\bthan (a |the )?(lower|higher|smaller|larger|standard|usual) doses?\b`),
		doses:       regexp.MustCompile(`(?i)\b(high|higher|low|lower|standard|double|single|full|half|reduced)[- ]doses?\b[^.;]{0,120}?\b(versus|vs\.?|compared (with|to)|or|and)\s+(an?\s+|the\s+)?(\w+\s+){0,2}(high|higher|low|lower|standard|double|single|full|half|reduced)[- ](control\s+)?doses?\b|\b(two|three|different|several) doses\b`),
		// a control group, not "stimulus control" or "infection control"
		control:        regexp.MustCompile(`(?i)\(controls?\)|\b(controls|control (\([^)]{1,10}\) )?(group|arm|condition|infants|children|patients|participants|subjects|cohort|mothers|women)s?|comparison (group|arm)s?|(versus|vs\.?|or|and|than|with|to|a|the) (a |the )?controls?\b|controls? (received|were|was|got|had|did)|as (a |the )?controls?\b|controls? ?(\(n ?= ?\d+\)|= ?\d+)|no-[a-z]+ (group|arm)s?|versus (no|none)|vs\.? (no|none))\b`),
		namedArms:      regexp.MustCompile(`(?i)\b(?:randomi[sz]ed|randomly (?:assigned|allocated))\b(?:\s+\w+){0,2}?\s+to\s+(?:receive\s+|either\s+)?((?:[^.;]|\.\s?[a-z\d]){2,80}?)\s+or\s+((?:[^.;]|\.\s?[a-z\d]){2,80}?)(?:[.;]|$)`),
		dummyPlacebo:   regexp.MustCompile(`(?i)\b(?:plus|and|with|\+)\s+(?:a\s+)?(?:matching\s+)?placebos?\b|\bmatching\s+placebos?\b|\bplacebo[- ]controlled\b`),
		doubleDummy:    regexp.MustCompile(`(?i)\bdouble[- ](?:dummy|placebo)\b`),
		genericArm:     regexp.MustCompile(`(?i)\b(groups?|arms?|intervention|experimental|treatment|study|standard|nothing|none|waiting)\b`),
		controlArm:     regexp.MustCompile(`(?i)\b(?:the|a) (?:control|comparison) (?:group|arm)s?\b(?:[^.;,]{0,20}?\b(?:received|got|used|took|had|was given|were given|was treated with|were treated with))?\s+([^.;,]{1,80}?)(?:\s+(?:and|while|whereas|but)\b|[.;,]|$)`),
		againstLead:    regexp.MustCompile(`(?i)^\W*(?:against|compared (?:with|to)|versus|vs\.?|relative to|in comparison (?:with|to))\s+[^,;]{1,60},\s*`),
		against:        regexp.MustCompile(`(?i)\brecommend\w*\s+against\b|\b(?:not|no longer)\s+(?:be\s+)?recommend\w*|\brecommend\w*\s+(?:that\s+)?[^.;]{0,40}\b(?:not|never)\s+be\s+(?:used|given|offered)\b`),
		modalRecommend: regexp.MustCompile(`(?i)\b(can|could)\s+be\s+recommended\b`),
		recommendation: regexp.MustCompile(`(?i)\b(is|are) (not )?(recommended|effective|beneficial|ineffective|safe and effective)\b|\b(should|can|could) (not )?be (recommended|offered|used|considered)\b|\b(no|insufficient|sufficient|strong|good|limited|weak) evidence (to support|for|that)\b`),
		hedge:          regexp.MustCompile(`(?i)\b(may|might|could|possibl[ey]|potential(ly)?|suggest\w*|appears?|seem\w*|promis(ing|e)|likely|tentative\w*|preliminary)\b`),
		allArms:        regexp.MustCompile(`(?i)\b(both|all|each|every)(\s+(of them|the )?(groups?|arms?|children|patients|participants|infants|neonates|subjects|women|men))?,?\s+(with|plus|received|receiving|got|given|had|alongside|continued)\s+([a-z-]+\s+)?$|\b(in addition to|plus|alongside|on top of|added to|as well as)\s*([a-z-]+\s+)?$`),
		toConfirm:      regexp.MustCompile(`(?i)\b(needed|required|necessary|warranted|should be (conducted|performed|undertaken|done))\b[^.;]{0,40}?\bto (confirm|establish|determine|verify|clarify|prove|demonstrate|substantiate)\b`),
		nonUsers:       regexp.MustCompile(`(?i)^\W*(among|in|for)\s+(the\s+)?(non-?(users|takers|recipients|consumers)\b|(those|women|men|patients|participants|people|children|mothers|subjects)\s+(who\s+)?(did not|were not|not)\s+(use|using|take|taking|receive|receiving|given|exposed)\b)`),
		unevenly:       regexp.MustCompile(`(?i)\b(inconsistently|variably|rarely|seldom|not|no longer|less often|least often|infrequently)\s+(\w+\s+)?recommend\w*`),
		topic:          regexp.MustCompile(`(?i)\b(?:(?:information|data|evidence|research|literature|studies)\s+(?:on|about|regarding)|(?:assess|evaluat|examin|determin|investigat|compar|review|summari[sz])\w*)\s+(?:the\s+)?(?:(?:relative|comparative|clinical)\s+)?(?:effectiveness|efficacy|benefits?)\b`),
		positive:       regexp.MustCompile(`(?i)\b(effective\w*|efficac\w*|improv\w*|reduc\w*|shorten\w*|decreas\w*|increas\w*|benefi\w*|superior|significant\w*|useful|helpful|important (treatment|option|therapy|intervention)|recommend\w*|safe and effective|relie\w*|alleviat\w*|successful\w*|valuable|supports? (a|an) ([a-z-]+ )?role (for|of)|can (safely |effectively )?be used (to treat|to improve|to prevent|for treating|in treating))\b`),
	}
}

// MaxReadBytes bounds the text Read reads: abstracts are a few thousand
// bytes; a longer text (a server sending a whole book as an abstract) is
// read up to this many bytes, so one record's assessment time is bounded.
const MaxReadBytes = 32 << 10

// hedged reports whether a clause hedges what it says ("may", "might",
// "suggests"); the "could" of "could be recommended" recommends.
func (rr readRules) hedged(cl string) bool {
	return rr.hedge.MatchString(rr.modalRecommend.ReplaceAllString(cl, "is recommended"))
}

// bounded returns rec with its title and abstract cut to MaxReadBytes in
// all, at a rune boundary, and whether it cut anything.
func bounded(rec store.Record) (store.Record, bool) {
	budget := MaxReadBytes
	cutText := func(s string) (string, bool) {
		if len(s) <= budget {
			budget -= len(s)
			return s, false
		}
		n := max(budget, 0)
		for n > 0 && !utf8.RuneStart(s[n]) {
			n--
		}
		budget = 0
		return s[:n], true
	}
	var cut, c bool
	rec.Title, c = cutText(rec.Title)
	cut = cut || c
	rec.Abstract, c = cutText(rec.Abstract)
	cut = cut || c
	if len(rec.Sections) > 0 {
		secs := make([]store.Section, 0, len(rec.Sections))
		for _, sec := range rec.Sections {
			sec.Text, c = cutText(sec.Text)
			cut = cut || c
			if sec.Text != "" {
				secs = append(secs, sec)
			}
		}
		rec.Sections = secs
	}
	return rec, cut
}

// Read is the first stage: a topic-free reading of rec.
func (a *ruleAssessor) Read(rec store.Record) *Reading {
	rec, cut := bounded(rec)
	d := a.text.newDoc(rec)
	pre := a.design.design(d, -1) // before counting: is it a review?
	review := pre == DesignSystematicReview || pre == DesignNarrativeReview || pre == DesignGuideline
	n, studies, noun, groups := a.count.participants(d, review)
	d.participants, d.groups, d.included = noun, groups, studies
	r := &Reading{Design: a.design.design(d, n), N: n, Included: studies, Year: rec.Year, RecordID: rec.ID, Cut: cut, doc: d}
	r.Notice = a.retraction(d)
	r.Comparator = a.comparator(d, r.Design)
	if m := a.read.controlArm.FindStringSubmatch(d.allRaw); m != nil {
		r.ControlArm = m[1]
	}
	r.Findings, r.Stance, r.weakClauses = a.readFindings(d)
	return r
}

// usualArm reports whether the text names usual care as an arm: not only
// as the care every arm had ("both with standard supportive care", "in
// addition to routine care").
func (a *ruleAssessor) usualArm(text string) bool {
	for _, m := range a.read.usual.FindAllStringIndex(text, -1) {
		if !a.read.allArms.MatchString(text[max(0, m[0]-40):m[0]]) {
			return true
		}
	}
	return false
}

// comparator tells what a comparative study compared its intervention
// with, from the whole record: a placebo or sham, usual care, no
// treatment, or (no control of any kind named in a trial) another active
// treatment.
func (a *ruleAssessor) comparator(d *doc, design string) string {
	// the study's own sentences: a background's "cytisine works better
	// than placebo" is another study's comparison
	var b strings.Builder
	for _, s := range d.scoped() {
		b.WriteString(s.raw)
		b.WriteString("\n")
	}
	text := a.read.controlFor.ReplaceAllString(a.read.placeboStep.ReplaceAllString(b.String(), " "), " ")
	if a.read.placebo.MatchString(d.title.raw) && a.activeArms(d) {
		// a title's "placebo-controlled" that the abstract's own
		// allocation (to two named treatments, neither a control)
		// does not bear out: the two treatments were compared
		return ComparatorActive
	}
	switch {
	case a.read.doubleDummy.MatchString(text) && !a.read.placebo.MatchString(a.read.dummyPlacebo.ReplaceAllString(a.read.doubleDummy.ReplaceAllString(text, " "), " ")):
		// "GLA plus placebo or ALA plus placebo": each arm's placebo
		// stands in for the other arm's treatment (unless a placebo
		// arm of its own is named: "silexan, paroxetine or placebo")
		return ComparatorActive
	case a.read.placebo.MatchString(text):
		return ComparatorPlacebo
	case a.usualArm(text):
		return ComparatorUsualCare
	case a.read.doses.MatchString(text) && !a.read.none.MatchString(text), a.read.nonInferior.MatchString(text):
		return ComparatorActive
	case a.read.none.MatchString(text), a.read.control.MatchString(text):
		return ComparatorNone
	}
	switch design {
	case DesignRCT, DesignNonRandomised:
		return ComparatorActive
	}
	return ComparatorUnstated
}

// activeArms reports whether the record names a placebo only in its
// title and its methods allocate people to two named treatments, neither
// of them a control of any kind.
func (a *ruleAssessor) activeArms(d *doc) bool {
	found := false
	for _, s := range d.sents {
		if a.read.placebo.MatchString(s.raw) {
			return false
		}
		if s.role == roleBackground {
			continue
		}
		m := a.read.namedArms.FindStringSubmatch(s.raw)
		if m == nil {
			continue
		}
		for _, arm := range m[1:] {
			if a.read.none.MatchString(arm) || a.read.control.MatchString(arm) || a.usualArm(arm) || a.read.genericArm.MatchString(arm) {
				return false
			}
		}
		found = true
	}
	return found
}

// readFindings lists the results' and conclusions' statements with their
// significance, the conclusion's stance and the conclusion's clauses that
// call the evidence too weak.
func (a *ruleAssessor) readFindings(d *doc) ([]Finding, string, []string) {
	er := a.effect
	var fs []Finding
	var weak []string
	stance := ""
	for _, s := range d.sents {
		if s.role != roleResults && s.role != roleConclusion && s.role != roleOther {
			continue
		}
		concl := s.role == roleConclusion
		for ci, cl := range er.clauses(s.raw) {
			if er.noFinding(cl) {
				continue
			}
			f := Finding{Sentence: s.raw, Clause: cl, Conclusion: concl}
			switch {
			case er.weakJudgement(cl, ci == 0) && (concl || !er.hasFigures(cl)):
				// a result's own figures outweigh its grading words
				// ("low-certainty evidence suggested little or no
				// reduction (MD -2.47, 95% CI -5.14 to 0.19)")
				if concl {
					stance = StanceInsufficient
					weak = append(weak, cl)
				}
				continue
			case er.comparable.MatchString(cl) && er.isNull(cl):
				// the groups were alike at the start: not a finding
				continue
			case a.read.doseSubject.MatchString(cl), a.read.nonUsers.MatchString(cl):
				// "LGG dose had no significant effect on pain severity",
				// "a higher dose improved success less than a lower dose":
				// doses compared, not the treatment against none; "Among
				// non-users of X, ...": people without the treatment
				continue
			case er.isNull(cl) || er.trend.MatchString(cl):
				f.Null = true
			case er.isSig(cl):
				f.Significant = true
			}
			if concl && stance != StanceInsufficient {
				switch {
				case f.Null:
					if stance == "" {
						stance = StanceNegative
					}
				case a.read.toConfirm.MatchString(cl):
					if stance == "" || stance == StanceNegative {
						stance = StanceHedged
					}
				case a.read.positive.MatchString(cl) && a.read.hedged(cl):
					if stance == "" || stance == StanceNegative {
						stance = StanceHedged
					}
				case a.read.against.MatchString(cl):
					// "the authors recommend against routine use"
					if stance == "" {
						stance = StanceNegative
					}
				case a.read.positive.MatchString(a.read.topic.ReplaceAllString(cl, " ")) && !er.callFor.MatchString(cl):
					// (what it reports on is no verdict: "presents
					// information on the effectiveness of ...")
					stance = StancePositive
				}
			}
			if f.Null || f.Significant || concl {
				fs = append(fs, f)
			}
		}
	}
	return fs, stance, weak
}
