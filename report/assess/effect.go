package assess

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
)

// effectRules read what a results or conclusion sentence says about an
// outcome: whether it went up or down, whether that was good or bad,
// whether the difference was significant, and which group it is about.
// They are general research language; the outcome words come from the
// caller (a claim's outcomes, or an Evidence Inference prompt).
type effectRules struct {
	clauseSplit *regexp.Regexp
	concession  *regexp.Regexp // "Although X, ..." opening a sentence
	elliptical  *regexp.Regexp // "migraine attacks significantly more at weeks 17 to 20": no verb of its own
	takeBack    *regexp.Regexp // "but the difference did not reach significance": takes back the clause before
	asideVerb   *regexp.Regexp // "Pulmonary embolism, however, was more frequent": an aside between subject and verb
	// candidacy: a treatment named a candidate with a modal ("could be
	// potential options for relieving pain"): what is worth testing, not
	// a finding that it works
	candidacy *regexp.Regexp
	// placement: where a treatment stands among others ("not a
	// replacement for prolonged anti-anxiety treatment", "should not
	// replace standard care"), which is no finding on its effect
	placement *regexp.Regexp
	// verbLed: a clause that opens on its verb ("... did not differ at week
	// 4, but were significantly lower at week 8"); leadSubject: the subject
	// a clause opens on, up to its verb, which such a clause shares
	verbLed, leadSubject *regexp.Regexp
	versusOther          *regexp.Regexp // "superior to NRT", "higher rates than drugs": what a finding compares the intervention with
	copulaEnd            *regexp.Regexp // "the evidence is, however, weak": a judgement's verb before the aside
	addingTo             *regexp.Regexp // "adding levodopa to 2 hours of daily patching": the added drug is tested, not the base
	addsToEffect         *regexp.Regexp // "adenoidectomy did not increase the hearing benefit of tubes": the subject is the add-on
	predictors           *regexp.Regexp // "risk factors for failure were ...": a list of predictors, not effects
	forGroup             *regexp.Regexp // "... for land births", "... in the control group": whose figure it is
	timeTo               *regexp.Regexp // "median time to hospitalisation/death": a time until the event, longer is better
	takeBackObject       *regexp.Regexp // "... in mortality": a taking back that names outcomes of its own
	hedgedChange         *regexp.Regexp // "X might lower VAP and mortality": a change only suggested, and what it is of
	null                 *regexp.Regexp
	asAs                 *regexp.Regexp // "as frequent with X as without it": no difference
	notVerb              *regexp.Regexp
	sig                  *regexp.Regexp
	slight               *regexp.Regexp // "slightly higher": a difference not called significant
	sideOutcome          *regexp.Regexp // adverse effects, tolerability, adherence: beside the outcomes a treatment is for
	limitation           *regexp.Regexp // what limited the study, the studies a review found: not findings
	perProtocol          *regexp.Regexp
	primaryRef           *regexp.Regexp // "the primary outcome (rates)": the outcomes named as primary
	soonerGood           *regexp.Regexp // "earlier recovery": an event sought, reached sooner
	sooner               *regexp.Regexp // "earlier", "sooner": when an event came
	nonHyphen            *regexp.Regexp // "non-pharmacological": a prefix, not a negation
	// exposureLevel: the intervention named as a level or status of the
	// participants ("low vitamin D", "serum zinc", "vitamin D deficiency"),
	// not as something given
	levelBefore, levelAfter *regexp.Regexp
	moreIntake              *regexp.Regexp
	// blames: a word after a treatment's name that puts an event down to
	// it ("chlorhexidine-induced"); caseTreated: an event that was the
	// treatment's aim ("successful treatment of", "recovery")
	blames, caseTreated *regexp.Regexp
	// onlyIn: a benefit restricted to what follows ("benefits only in
	// the plasma fatty acid profile")
	onlyIn *regexp.Regexp
	// levelGroup: groups named by their own level of something
	// ("deficient women", "women with low levels")
	levelGroup  *regexp.Regexp
	aloneOther  *regexp.Regexp // "with oral rehydration solution alone": another treatment
	excludedWho *regexp.Regexp // "... were excluded": exclusion criteria
	singleStudy *regexp.Regexp // "in one study ...": one of a review's studies
	// subgroup: a result in part of the participants, said to be so ("in
	// subgroup analyses", "post hoc"); overall: a result said to hold for
	// everyone ("overall", "in the whole sample")
	subgroup, overall *regexp.Regexp
	// dosingQuestion: how best to give a treatment ("the most effective
	// intensity, frequency"), a question beside whether it works
	dosingQuestion *regexp.Regexp
	// primaryNull: "the primary analysis showed no differences": no
	// difference in the whole sample, beside which subgroup results are
	// not the record's finding
	primaryNull *regexp.Regexp
	// heterogeneous: a pooled result said to vary a lot between studies
	heterogeneous *regexp.Regexp
	// qualityCall: a call for trials of better quality ("however,
	// high-quality, rigorously designed RCTs are recommended"), beside a
	// hedged finding the review's own judgement that its trials are not
	// yet good enough
	qualityCall *regexp.Regexp
	mainToo     *regexp.Regexp // "in both main and subgroup analyses": a main result too
	primaryDef  *regexp.Regexp // "Primary outcomes were A, B and C"
	// resultNotDef: what follows "the primary outcome was" when it is a
	// result ("met by 67%", "similar in both groups"), not a definition
	resultNotDef *regexp.Regexp
	// gradedSupport: "strong evidence favours X over sham", "moderate
	// evidence supports X": a graded verdict that X differs
	gradedSupport *regexp.Regexp
	// gradedEffect: "low-quality evidence that honey may relieve symptoms":
	// a hedged finding with its grade, not only a judgement that the
	// evidence is weak
	gradedEffect *regexp.Regexp
	// gradedBenefit: the change a graded hedged finding states is a benefit
	// whatever the outcome ("may relieve", "may improve", "may help")
	gradedBenefit *regexp.Regexp
	// openQuestion: a background sentence on what is not known ("whether
	// X alone outperforms X combined with Y")
	openQuestion *regexp.Regexp
	// pooledShowed: "the meta-analysis showed that music interventions
	// improve cognitive function": a pooled result stated in words, which
	// its figures would show significant
	pooledShowed *regexp.Regexp
	// whoNot: a relative clause saying who people were ("patients that
	// had not responded to conventional treatment"), not a result
	whoNot *regexp.Regexp
	// notTaking: people described by what they were not taking
	// ("patients not taking sulfonylureas"), not a result
	notTaking *regexp.Regexp
	// stoppedForHarm: a trial ended over a harm ("stopped because of
	// concern about fetal death", "terminated early owing to an excess of
	// deaths")
	stoppedForHarm *regexp.Regexp
	// caveat: a conclusion's caution about its studies' quality; weakVerdict:
	// a judgement that the evidence cannot answer the question
	caveat, weakVerdict *regexp.Regexp
	// estCI: "RR 0.90 (0.70 to 1.15)": an estimate and its interval in
	// brackets, the interval not called one
	estCI *regexp.Regexp
	// researchChange: "trials have improved in quality": a change in the
	// research, not an effect of the treatment
	researchChange *regexp.Regexp
	// economic: "a probability of 0.7 of costing less per unit decrease in
	// mRS and per QALY": an economic evaluation's figure, not a finding on
	// the outcome it is priced by
	economic *regexp.Regexp
	// restated: "equivalent to a fall in risk from 30 to 3 per thousand":
	// the size of the change restated, not arms found alike
	restated *regexp.Regexp
	// withSimilar: "X lowered pain, with adverse events similar to
	// placebo": the likeness is about other outcomes, a clause of its own
	withSimilar *regexp.Regexp
	// "α-carotene and lycopene, but not β-carotene, were inversely
	// associated with risk": the aside excepts an item from the predicate
	butNotAside *regexp.Regexp
	// "inversely associated with PCa risk": associated with less of it
	inversely    *regexp.Regexp
	comparedWith *regexp.Regexp
	// withoutHarms: "..., without adverse effects", "with no serious side
	// effects": the harms' absence after a finding (see clauses)
	withoutHarms *regexp.Regexp
	// withoutMoreHarms: "..., without increasing the specified adverse
	// outcomes": no increase in harms, a finding of its own
	withoutMoreHarms *regexp.Regexp
	// thisStudy: a background sentence saying what this study does
	// ("This study compared ...", "we aimed to ...")
	thisStudy *regexp.Regexp
	// listedResult: "lower mortality (OR 0.51; 95% CI 0.12-2.19), fewer
	// admissions (OR 0.19; ...)": the next item of a list of results,
	// each with its own direction word and figures (see splitListed)
	listedResult *regexp.Regexp
	// routineUse: "the evidence is not yet sufficient to recommend routine
	// use", "a useful adjunct pending more definitive evidence", "larger
	// trials are needed before X can be endorsed": a caveat on practice,
	// not on the effect the conclusion states
	routineUse *regexp.Regexp
	// noHeterogeneity: "without significant heterogeneity", "heterogeneity
	// was not significant": how alike the pooled studies were, not the
	// effect
	noHeterogeneity *regexp.Regexp
	// endpointMet: "the primary end point was met by 67%": a response
	// reached, whatever the outcome's own words measure
	endpointMet *regexp.Regexp

	itt       *regexp.Regexp
	negSig    *regexp.Regexp
	pval      *regexp.Regexp
	ci        *regexp.Regexp
	ratioWord *regexp.Regexp
	diffWord  *regexp.Regexp
	trend     *regexp.Regexp
	within    *regexp.Regexp
	between   *regexp.Regexp
	baseline  *regexp.Regexp // "compared with baseline": a change within groups
	// allocation: a sentence assigning participants to arms; groupName:
	// the words naming a group ("in the whortleberry group"); genericArm:
	// words that name an arm by its role, not its treatment
	allocation, groupName *regexp.Regexp
	yearNamed             *regexp.Regexp // a year in the text ("from 2018 to 2019")
	timeUnit              *regexp.Regexp // "days" right after an estimate
	withNo                *regexp.Regexp // ", with no difference in": a null result joined to another
	andAssociated         *regexp.Regexp // "... and was associated with": a second predicate of the same subject
	// adjustedFor: the covariates a result was adjusted for ("adjusted for
	// sex, baseline BMI and baseline values, did not differ"), up to the
	// verb after them: what the model held fixed, not a baseline check
	adjustedFor *regexp.Regexp
	// wholeNull: a conclusion on the treatment's outcomes as a whole
	// ("did not improve pregnancy outcomes", "was not effective")
	wholeNull *regexp.Regexp
	// notSupport: a conclusion that the evidence does not support the
	// treatment for its purpose ("the current evidence does not support
	// ESI to improve the success of a first embryo transfer")
	notSupport *regexp.Regexp
	// alternativeTo: "X may be a possible alternative to epidural
	// analgesia": X set beside another treatment, not against none
	alternativeTo *regexp.Regexp
	// perUnit: an incidence's unit ("per 1,000 catheter days")
	perUnit *regexp.Regexp
	// levelsCompared: two levels of the treatment compared ("no difference
	// between higher and lower compliance", "between high and low doses"):
	// nothing about the treatment against none
	levelsCompared *regexp.Regexp
	// infinitives: "showed acetaminophen to be ineffective, NSAIDs to give
	// smaller benefits, duloxetine to be effective": a list of findings,
	// each on the subject before its "to"
	infinitiveItem, infinitiveSubject *regexp.Regexp
	outcomeDef                        *regexp.Regexp // "the main outcome combined death or ...": a definition
	knownHarm                         *regexp.Regexp // "diarrhoea is a common side effect of antibiotics": known already, not found
	parenthetical, listSep            *regexp.Regexp // "(a, b and c)"; the separators of a list
	ranking                           *regexp.Regexp // a record ranking several treatments ("network meta-analysis", "SUCRA")
	// ctlNounBefore: words after which "controls" is the control group
	// ("than controls", "healthy controls"); ctlVerbAfter: words after
	// which it is ("controls were"); elsewhere it is a verb ("acupuncture
	// controls nausea")
	ctlNounBefore, ctlVerbAfter map[string]bool
	// ctlSense: words before "control" that make it a thing controlled
	// ("statistical process control charts", "glycaemic control", "pain
	// control"), not the control group
	ctlSense      map[string]bool
	advisory      *regexp.Regexp // "should be discussed", "panellists agreed"
	treatedList   *regexp.Regexp // "conditions reported to benefit from X include": the list is what was treated
	treatedFor    *regexp.Regexp // "X supplementation for psychotic mania": what follows is what was treated
	formsAlike    *regexp.Regexp // "any modality appears equally effective": forms of the intervention compared
	noInteraction *regexp.Regexp // "with no subgroup differences by modality": a test of interaction, not of the effect
	// backNull: a sentence of its own saying the differences just given
	// were not significant ("None of these differences was significant.")
	backNull *regexp.Regexp
	// noLonger: a sentence of its own saying the significant results just
	// given did not survive an adjustment ("After adjustment for multiple
	// testing, however, these results were no longer significant")
	noLonger *regexp.Regexp
	// clinicallyMinor: a sentence of its own saying the significant
	// results just given fall short of a clinically important size
	// ("These gains did not reach clinically significant thresholds")
	clinicallyMinor *regexp.Regexp
	// afterConcession: the words just before a clause opened by
	// "although" ("..., although")
	afterConcession *regexp.Regexp
	// raterCompound, ratedBy: who rated an outcome ("parent-reported",
	// "parent- and observer-rated", "rated by the nurses")
	raterCompound, ratedBy *regexp.Regexp
	// bracketed: a bracket of its own ("(VR group estimated 0.11 points
	// lower, 95% CI ...)")
	bracketed *regexp.Regexp
	// predictedOutcome: "... predicted the primary outcome", "were
	// independent predictors of the endpoint"
	predictedOutcome *regexp.Regexp
	// evidenceFor: "evidence supporting X (for pain) is limited": group 1
	// what the evidence is about
	evidenceFor *regexp.Regexp
	// exampleBracket: "(e.g. active versus passive music therapy)"
	exampleBracket *regexp.Regexp
	// otherOutcomes: "on other key morbidities", "for the other outcomes"
	otherOutcomes *regexp.Regexp
	// genericSubject: what evidence is about when it names no treatment
	// ("the effectiveness or safety of the interventions studied")
	genericSubject *regexp.Regexp
	// noneArm: an arm given nothing of the kind ("waitlist", "placebo",
	// "usual care")
	noneArm *regexp.Regexp
	// associatedChange: "was associated with a lower risk of", a review's
	// pooled association stated as a fact
	associatedChange *regexp.Regexp
	// groupsDiffered: a result naming neither outcome nor treatment ("Over
	// 2 weeks, however, the groups differed significantly"), about the
	// outcome of the sentence before
	groupsDiffered *regexp.Regexp
	// groupsAlike: a clause opening with a null result between the groups
	// that names nothing of its own ("Treatment effects did not differ
	// significantly between groups", "The groups did not differ")
	groupsAlike *regexp.Regexp
	// clinicalOnly: "..., although these effects were mostly not
	// clinically significant", a caveat on the size of the effect just
	// stated, not a finding of no difference ("a statistically but not
	// clinically significant improvement" is left as it reads)
	clinicalOnly *regexp.Regexp
	// noneSerious: the events counted were all minor ("none was serious",
	// "all were mild and transient")
	noneSerious *regexp.Regexp
	// armShares: both arms' figures in one sentence ("28% with placebo;
	// 34% with xylitol", "12 vs 25")
	armShares *regexp.Regexp
	// moreWord: a word of an excess ("more", "higher", "increased")
	moreWord     *regexp.Regexp
	activeOthers *regexp.Regexp // "no advantage over other standard treatments": compared with active ones
	keepDoing    *regexp.Regexp // "not justified to abandon the recommendation": a double negative, for it
	advice       *regexp.Regexp // "these drugs should not be used": advice, not a result of no difference
	noTreatment  *regexp.Regexp // "(the comparisons include no active treatment)": an untreated arm among them (control words are er.control's)
	grading      *regexp.Regexp // "[RR 1.68, P = 0.018; low-quality evidence]"
	effRate      termSet        // "total effective rate", "response rate": how many the treatment helped
	// continuation: a clause that goes on about the subject of the one
	// before ("... but fell significantly more with massage")
	// sameSubject: a clause whose subject is the one before's ("X was not
	// associated with A, but was associated with B")
	sameSubject  *regexp.Regexp
	continuation *regexp.Regexp
	// byMore: a clause that compares the arms on the change the clause
	// before states ("..., but significantly more in those taking X")
	byMore *regexp.Regexp
	// noArm: an untreated comparison group named with "no" ("compared
	// with no treatment"), which is no negation of the result
	noArm *regexp.Regexp
	// noNamedArm: an untreated group named by what it did not get
	// ("compared with placebo or no iron"): see untreatedArms
	noNamedArm   *regexp.Regexp
	genericArm   map[string]bool
	insufficient *regexp.Regexp
	// uncertainWhether: "it remains uncertain whether ...", a weak
	// verdict only where it opens its sentence (weakJudgement)
	uncertainWhether *regexp.Regexp
	// mildAdverse: adverse effects the text calls slight ("mild-to-moderate
	// adverse effects such as irritability")
	mildAdverse *regexp.Regexp
	negHarm     *regexp.Regexp
	reporting   *regexp.Regexp // a clause about what studies reported, not a finding
	callFor     *regexp.Regexp // a call for more research, not a finding
	// byOutcome: people grouped by what happened to them ("children with
	// scarring were significantly older"): how they differed, not what
	// the treatment did
	byOutcome *regexp.Regexp
	// byTrait: groups set apart by a trait ("more common in units with
	// grade 4 reflux than in units without reflux", "higher in men than
	// women")
	byTrait *regexp.Regexp
	percent *regexp.Regexp // a percentage and its figure
	// timePoint: when a result was measured ("at 6 weeks", "12-month follow-up")
	timePoint *regexp.Regexp
	// searchLine: "databases were searched (systematically) for": a
	// review's method
	searchLine *regexp.Regexp
	// shortTerm, longTerm: a time said in words ("effective in the short
	// term, but not at long-term follow-up", "at the end of the
	// intervention")
	shortTerm, longTerm *regexp.Regexp
	comparable          *regexp.Regexp // groups alike at the start: not a finding
	combined            *regexp.Regexp // "A combined with B": a combination tested
	parenthesis         *regexp.Regexp
	careWord            *regexp.Regexp // care every group may have had
	addOn               *regexp.Regexp // the intervention added to a treatment every group had
	estimate            *regexp.Regexp // "SMD -0.82", "RR = 0.61": an effect estimate
	// changeBy: a change given by its signed size, unnamed ("SBP changed
	// significantly (p < 0.001) by -4.95", "a mean change of -3.1")
	changeBy      *regexp.Regexp
	ratioOf       *regexp.Regexp // "the relative risk of death ... was 0.74"
	wholeBody     *regexp.Regexp // "all the studies", "the included trials": a review's whole evidence
	noAdverse     *regexp.Regexp // "without adverse effects": a safety remark
	noDiffBetween *regexp.Regexp // "no difference between A and B"
	ellipsis      *regexp.Regexp // "than those who were not": the comparator, not a negation
	voteCount     *regexp.Regexp // "most studies found ...": a review's count of its studies' findings
	// fewStudies: "four studies reported that ...": how many of a review's
	// studies found something, group 1 the number
	fewStudies *regexp.Regexp
	// measureEquiv: "equivalent" naming a measure ("spherical equivalent",
	// "morphine equivalents"), not saying two arms were alike
	measureEquiv *regexp.Regexp
	// splitVote: a further count of studies finding otherwise in the
	// same sentence ("three SRs reported less pain; one SR found it
	// comparable and five found it not superior"), not one reporting
	// on something else ("and three trials reported on safety")
	splitVote   *regexp.Regexp
	correlation *regexp.Regexp // "X was related to Y": an association between measures, not an effect
	wordParens  *regexp.Regexp
	// onScale: the instrument a measure was taken on ("satisfaction with
	// care on a 0-10 visual numerical rating scale"), with the word before
	onScale *regexp.Regexp
	// thresholdParens: a threshold defining what was counted ("severe
	// hypoxaemias (SpO2 < 80%)"); group 1 is the measure
	thresholdParens *regexp.Regexp

	inc, dec, good, bad termSet
	// changeVerb: verbs of change ("reduced", "increased"); degree: the
	// comparatives that then only say how much ("more", "less")
	changeVerb, degree termSet
	// upTo: "up to", a bound ("children up to 2 years"), and the verbs
	// whose "up" is no rise ("tears made up 82%", "followed up")
	upTo       termSet
	control    termSet
	refMarkers termSet
	negators   map[string]bool
	masks      termSet
}

func newEffectRules() effectRules {
	return effectRules{
		elliptical: regexp.MustCompile(`(?i)^[\w\s-]{1,40}?\b(significantly|also|even|still)\s+(more|less|further|greater)\b`),
		concession: regexp.MustCompile(`(?i)^\W*(although|though|even though|while|whereas|despite)\b[^,;()]{3,120}?,\s`),
		// "the difference did not reach significance", "which was not
		// significant": a clause that takes back the one before it
		hedgedChange:   regexp.MustCompile(`(?i)\b(?:might|may|could|tended to|appeared to|seemed to)\s+(?:\w+\s+){0,2}?(?:lower|reduce|decrease|improve|increase|raise|shorten|prevent)\w*\s+([^;,.]{3,120})$`),
		takeBackObject: regexp.MustCompile(`(?i)\b(on|in|for|between|with regard to|regarding)\s+(?:the\s+)?\w`),
		takeBack: regexp.MustCompile(`(?i)^not\s+(?:statistically\s+)?significant(?:ly)?(?:\s+so)?\s*(?:\([^()]*\))?\s*[.;,)]?\s*$|^(?:(?:the|this|that|these|those|such|its|their)\s+(?:\w+\s+)?(?:differences?|effects?|improvements?|reductions?|increases?|decreases?|benefits?|gains?|trends?|associations?|advantages?)(?:\s+of\s+-?\d+(?:\.\d+)?(?:\s*(?:%|points?|units?|[a-z]+))?)?|it|which)\s+(?:was|were|is|are|did|does|do|failed|remained|fell)\b[^;.]{0,30}?\b(?:not|no|never|failed to|short of|fell short)\b[^;.]{0,40}?\b(?:significan\w*|reach\w*|clinically\s+(?:relevant|meaningful|important))` +
			// "a statistically significant but not clinically relevant
			// reduction": the size judged too small to matter
			`|^not\s+clinically\s+(?:relevant|meaningful|important|significant)\b`),
		addingTo:        regexp.MustCompile(`(?i)\b(?:adding|the addition of)\s+([^,;]{1,60}?)\s+to\s+`),
		predictors:      regexp.MustCompile(`(?i)^(?:the\s+)?(?:(?:independent|significant|main|strongest)\s+)?(?:risk factors?|predictors?|predictive factors?|prognostic factors?|factors (?:associated|linked) with)\b[^.;:]{0,80}?\b(?:were|was|included|includes|include)\b`),
		addsToEffect:    regexp.MustCompile(`(?i)\b(?:increase[sd]?|enhance[sd]?|augment(?:s|ed)?|add(?:s|ed)? to|improve[sd]? on|boost(?:s|ed)?)\s+the\s+(?:[a-z-]+\s+){0,3}(?:benefits?|effects?|effectiveness|efficacy)\s+of\s+`),
		forGroup:        regexp.MustCompile(`(?i)^\s*(for|in|with|among|of)\s`),
		timeTo:          regexp.MustCompile(`(?i)\btime (to|until) (the )?(first )?([a-z-]+ ?(/|or|and) ?)?$`),
		copulaEnd:       regexp.MustCompile(`(?i)\b(evidence|data|quality|certainty|findings|results)\s+(is|are|was|were|remains?|remained|seems?|seemed|appears?|appeared)$`),
		versusOther:     regexp.MustCompile(`(?i)\b(?:superior to|inferior to|(?:better|more|less|higher|lower|greater|fewer)\b[^;,.()]{0,40}?\bthan|compared (?:with|to)|versus|vs\.?)\s+([^;,.()]{1,60})`),
		candidacy:       regexp.MustCompile(`(?i)\b(?:could|may|might|can)\s+(?:be|represent|serve as|offer)\s+(?:a\s+|an\s+)?(?:potential|promising|possible|candidate)\s+(?:[\w-]+\s+){0,2}?(?:options?|alternatives?|treatments?|therap(?:y|ies)|interventions?|approach(?:es)?|strateg(?:y|ies)|adjuncts?|choices?)\b`),
		placement:       regexp.MustCompile(`(?i)\bnot\s+(?:(?:a|an|the)\s+)?(?:replacement|substitute)\s+(?:for|of)\b|\b(?:should|must|can|does|do)\s+not\s+(?:replace|substitute\s+for)\b`),
		verbLed:         regexp.MustCompile(`(?i)^(was|were)\s+(also\s+)?(significantly|statistically|not)\b`),
		leadSubject:     regexp.MustCompile(`(?i)^((?:the\s+)?(?:[a-z][\w-]*\s+){0,4}?(?:scores?|rates?|frequency|levels?|values?|measures?|outcomes?|counts?|times?|durations?|incidence|severity|intensity))\s+(?:did|does|do|was|were|had|remained|showed|differed)\b`),
		asideVerb:       regexp.MustCompile(`(?i)^(was|were|is|are|did|does|do|had|has|have|remained|occurred|appeared|seemed|tended)\b`),
		clauseSplit:     regexp.MustCompile(`(?i);\s*|,?\s+\b(but|whereas|although|however)\b,?\s+|,\s+(while|though|yet|and then|and|with the exception of|except)\s+`),
		wordParens:      regexp.MustCompile(`\s*\([^()\d]*\)`),
		onScale:         regexp.MustCompile(`(?i)\b([\w-]+) (on|using|with|by) (a|an|the) ([\w-]+ ){0,5}scales?\b`),
		thresholdParens: regexp.MustCompile(`\s*\(\s*([A-Za-z][A-Za-z0-9\-]{0,12})\s*(?:<|>|≤|≥|<=|>=)\s*[\d.,]+[^()]{0,12}\)`),
		null: regexp.MustCompile(`(?i)\b((stopped|terminated|halted|discontinued|ended)( early)? for futility|without (any |clear |convincing |good )?evidence (of|for|that)\b|without\s+(any\s+|a\s+)?(statistically\s+)?(significant\w*|differ\w*|change\w*|effect\w*|benefit\w*|improve\w*|impact)|(no|not|non|nor|neither|none|nonsignificant|insignificant)\b(?:[^.;]|\.\d){0,40}?\b(significant\w*|statistical\w*|differ\w*|effect|effects|change|changes|association|associated|benefit\w*|improve\w*|reduc\w*|increas\w*|decreas\w*|prevent\w*|impact|influence|advantage|superior\w*|better|worse|faster|slower|affected)` +
			// "has no marked efficacy in treating childhood pneumonia"
			`|\bno\s+(?:(?:marked|obvious|apparent|clear|significant|notable|meaningful|substantial|additional|added|further)\s+)?(?:efficacy|effectiveness)\b(?:\s+(?:in|on|for|against)\b|\s*[.,;]|$)` +
			// "gave no additional cardioprotection"
			`|\bno (?:additional |further |extra |added |significant )?\w*protect(?:ion|ive effects?)\b` +
			// "there was no overall evidence that X prevented Y"
			// "no consistent evidence supports the effectiveness of X"
			`|\bno (?:(?:overall|clear|convincing|consistent|strong|good|reliable|robust|conclusive|definite|firm|real|further|additional|significant|scientific|published|sufficient)\s+){0,2}evidence (that|of|for|to support|supports?|supported|shows?|showed|suggests?|suggested|indicates?|indicated)` +
			// "the aloe formulation reduced neither skin toxicity nor
			// symptom severity"
			`|\b(reduc|improv|lower|shorten|increas|decreas|prevent|affect|chang|alter|lessen)\w*\s+neither\b` +
			// "None of the outcomes assessed (live birth, clinical
			// pregnancy, miscarriage) differed significantly"
			`|\bnone\s+of\s+(?:the|these|those)\s+(?:[^.;]|\.\d){0,120}?\b(?:differed|changed|(?:was|were)\s+(?:statistically\s+)?significant|reached\s+(?:statistical\s+)?significance)` +
			// "magnesium is unlikely to reduce cramps"
			`|\b(un)?likely to (have )?(little|no)\b|\bunlikely to\b` +
			// "confirmed the absence of an all-cause mortality benefit"
			`|\b(absence|lack) of (a |an |any )?(significant |clear |meaningful )?([\w-]+ ){0,3}?(benefit|effect|difference|reduction|improvement|association)s?\b` +
			// "None showed real manipulation to be more effective than
			// sham": the studies of a review, each without a difference
			`|(^|[;:]\s*)\W*none( of (the|these|them)( [\w-]+){0,3})?\s+(showed|found|demonstrated|revealed|detected)\b` +
			// "neither at group level nor for single pathogens did the
			// duration differ", "neither probiotic led to less disease"
			`|\bneither\b[^.;]{0,150}\bnor\b[^.;]{0,120}\b(differ\w*|change\w*|improve\w*|reduce\w*|affect\w*|lower(s|ed)?|decrease[sd]?|increase[sd]?|raise[sd]?|shorten(s|ed)?|prevent(s|ed)?|alter(s|ed)?)\b|\bneither\b(?:[^.;]|\.\d){0,40}?\b(led to|resulted in|produced|showed|gave)\b` +
			`|\b(were|was|did|performed|distributed|responded|behaved|changed|evolved|developed)\s+similarly|similarly\s+(between|across|among|in (both|all|the two))` +
			// "HFNC was as effective as CPAP": no difference between them
			`|\b(was|were|is|are|be|been|appears?|appeared|seems?|seemed|proved|remained)\s+(at least\s+|equally\s+)?as\s+(effective|efficacious)\s+(and\s+(as\s+)?(safe|well tolerated)\s+)?as\b` +
			// "oral steroids may have little effect ...: there is little
			// improvement in the number with normal hearing"
			`|\b(little|minimal|negligible)\s+(or no\s+)?(effect|improvement|benefit|difference|impact)s?\s+(on|in|for|of|at|between)\b|\b(have|has|had|having|showed|shows|show)\s+(only\s+)?(little|minimal|negligible)\s+(effect|benefit|impact)\b` +
			// "re-treatment ... 12.5% vs 12.5%, within the prespecified 8%
			// noninferiority margin": shown no worse, no difference
			`|\bwithin\s+(the\s+)?(pre-?specified\s+|pre-?defined\s+)?(\d+(\.\d+)?\s*%\s+)?(non-?inferiority|equivalence)\s+(margin|limit|bound)s?\b` +
			`|non-?significant|insignificant|similar|comparable|equivalent|unchanged|unaffected|equally|no longer|did not reach|failed to|were not different|was not different|n\.s\.|no difference|no differences|not differ\w*)\b`),
		asAs:          regexp.MustCompile(`(?i)(\b(?:twice|thrice|half|times|fold)\s+)?\bas\s+(?:frequent|frequently|common|commonly|often|likely|many|few)\s+(?:with|in|among|for|after|on|under)\b[^.;]{1,80}?\bas\s+(?:with|in|among|for|after|on|under|without)\b`),
		notVerb:       regexp.MustCompile(`(?i)\b(did|does|do|was|were|is|are|could|can|would|should|must|will|may|might|has|have|had)\s+not\b|\b(didn't|doesn't|wasn't|weren't|isn't|aren't|cannot|can't|won't|shouldn't)\b`),
		noDiffBetween: regexp.MustCompile(`(?i)\b(with\s+)?(no|not any)\s+(statistically\s+)?(significant\s+)?differences?\s+(was\s+|were\s+)?(found\s+|observed\s+|seen\s+)?between\s+([^.;,]+?)\s+and\s+([^.;,]+)`),
		ellipsis:      regexp.MustCompile(`(?i)\b(than|compared (with|to)|versus|vs\.?|relative to)\s+(those|the ones|the others|others|the (infants|children|neonates|newborns|babies|patients|participants|group|groups))\s+(who|that|which|whose)\s+(were|was|did|had|have|has|do|does|could)\s*(not|n't|never)\b[^,;.]*`),
		fewStudies:    regexp.MustCompile(`(?i)^\W*(?:only\s+)?(one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:of\s+(?:the|these)\s+)?(?:included\s+|randomi[sz]ed\s+)?(?:studies|trials|rcts|srs|reviews|systematic reviews|meta-analyses)\s+(?:reported|found|showed|demonstrated|observed)\b`),
		measureEquiv:  regexp.MustCompile(`(?i)\b(spherical|morphine|metabolic|opioid|task|calori[ce]|energy|dose|diazepam|lorazepam|prednisolone|prednisone|hydrocortisone|fentanyl)[- ]equivalents?\b`),
		splitVote:     regexp.MustCompile(`(?i)[;,]\s*(?:and\s+|while\s+|whereas\s+|but\s+)?(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+|the (?:other|remaining)(?:\s+\w+)?)\s+(?:other\s+)?(?:(?:srs?|reviews?|studies|trials|rcts)\s+)?(?:found|reported|showed|demonstrated|observed)\b[^.;]{0,80}?\b(?:not|no|comparable|similar|neither|nor|failed|inconclusive|otherwise|none)\b`),
		voteCount:     regexp.MustCompile(`(?i)\b(most|the majority|a majority|all|nearly all|almost all|all but (one|two|\d+)|\d+(\.\d+)?\s*%|\d+ (out )?of (the )?\d+)\s+(of\s+)?(the\s+)?(included\s+|eligible\s+|reviewed\s+|identified\s+)?(studies|trials|rcts|articles|papers)\b|\bof the \d+ (included |eligible )?(studies|trials|rcts|articles),\s*(\d+(\.\d+)?\s*%|most|all|\d+)\b|\b(these|the included|the reviewed|the selected|the eligible) (studies|trials|rcts|articles|papers) (reported|found|showed|demonstrated)\b`),
		correlation:   regexp.MustCompile(`(?i)\b(correlat\w*|relationships?|(was|were|is|are)\s+(not\s+)?related\s+(to|with)|associations?\s+between)\b`),
		noAdverse:     regexp.MustCompile(`(?i)\b(without|with no|no|free of)\s+(any\s+)?((more|additional|increased)\s+(serious\s+|major\s+|severe\s+|life-threatening\s+)?|serious\s+)?(adverse|side|harmful|undesirable|untoward)\s+(effects?|events?|reactions?)\b(?:\s*,?\s+(?:or|and|nor)\s+(?:any\s+)?(?:serious\s+)?(?:adverse|side|harmful|undesirable|untoward)\s+(?:effects?|events?|reactions?)\b)*`),
		comparable:    regexp.MustCompile(`(?i)\b(at (baseline|enrol?l?ment|entry|randomi[sz]ation|admission|inclusion)|before (the )?(intervention|treatment|randomi[sz]ation)|baseline|characteristics|demographic\w*|sex|gender|ethnicit\w*|race|socio-?economic|mode of (delivery|birth)|type of (delivery|birth))\b`),
		combined:      regexp.MustCompile(`(?i)\b([a-z][\w'-]*(?:\s+[a-z][\w'-]*){0,3})\s+(?:combined with|in combination with|together with)\s+([a-z][\w'-]*(?:\s+[a-z][\w'-]*){0,3})`),
		addOn:         regexp.MustCompile(`(?i)\b(adjuncts?|adjunctive|adjuvants?|add-?on|added to|in addition to)\b`),
		// abbreviations in capitals only: "or 2 sessions" is no odds ratio
		ratioOf:     regexp.MustCompile(`\b((?i:relative risk|risk ratio|odds ratio|hazard ratio|rate ratio)|RR|OR|HR) (?i:of|for) [^.;]{1,80}? (?i:was|were|of|is)\s*[:=]?\s*(\d+(?:\.\d+)?)`),
		changeBy:    regexp.MustCompile(`(?i)^[^.;]{0,12}?\b(?:changed|changes?)\b(?:\s+(?:significantly|statistically significantly|significant|\([^()]{1,30}\)))*\s+(?:by|of)\s+([-−–+]?\d+(?:\.\d+)?)`),
		estimate:    regexp.MustCompile(`\b(` + estimateNames + `)(?:\s*\[[A-Za-z]{1,4}\])?\s*[:=,]?\s*([-−–]?\d+(?:\.\d+)?)`),
		wholeBody:   regexp.MustCompile(`(?i)\b(the\s+)?evidence for (most|all|every|each|the main|the primary) (of the )?outcomes?\s+(was|were|is|are)\b|\b(these|the|our|its|their)\s+(conclusions|findings|results|estimates)\s+(carry|carries|have|has|had|are|were|is|was)\s+([^.;]{0,40}\s+)?(very\s+)?low\s+(certainty|quality|confidence)\b|\b(all|most|the|these)\s+(of\s+the\s+)?(the\s+)?(included\s+|available\s+|reviewed\s+|identified\s+)?(studies|trials|evidence|literature)\s+(is|are|was|were|remains?)\b|\bthe (methodological )?quality of (the |these )?(included )?(studies|trials|evidence)\b`),
		parenthesis: regexp.MustCompile(`\s*\([^()]*\)`),
		careWord:    regexp.MustCompile(`(?i)\b(care|usual|standard|routine|conventional|basic|regular|treatment as usual|nursing|feeding|other methods|other interventions|other measures)\b`),
		callFor: regexp.MustCompile(`(?i)\b(call(s|ed)? for|recommends? (a |an |the )?(large|larger|further|future|new|well[- ]designed|high[- ]quality|rigorous|definitive|adequately powered|multi-?cent(re|er))\b[^.;]{0,40}?\b(trials?|rcts?|studies|study|research)\b|(are|is) (still )?(needed|required|warranted)|should be (conducted|performed|undertaken|carried out|investigated|explored)|future (research|studies|trials)|further (research|studies|trials|investigation)|warrants? further` +
			// a trial still to be run: "a trial testing whether X reduces Y would need 120 patients"
			`|(a|an|the|future|further|larger|definitive) ([\w-]+ )?(trial|study|rct)s? (testing|to test|examining|to examine|assessing|to assess|investigating|to investigate|of) whether\b[^.;]*\b(would|will|could)\b` +
			// what is worth knowing: "identifying the risks of X is important"
			`|^\s*(identifying|understanding|assessing|determining|recogni[sz]ing|defining|clarifying|establishing|knowing)\b[^.;]{0,120}?\b(is|are|remains?) (so |very |particularly )?(important|essential|crucial|needed|necessary|key|vital|warranted))\b`),
		byOutcome: regexp.MustCompile(`(?i)^\s*(the )?(children|infants|neonates|patients|participants|subjects|women|men|adults|people|those|cases)\s+(with|who (had|developed|experienced))\s+[^,;()]{1,40}?\s+(were|was|had)\s+(significantly\s+)?(older|younger|more likely|less likely|heavier|lighter|more often|less often|more frequently|less frequently)\b`),
		byTrait: regexp.MustCompile(`(?i)\b(in|among|for)\s+[^.;]{0,40}?\bwith\b[^.;]{1,40}?\bthan\s+(in\s+|among\s+|for\s+)?[^.;]{0,30}?\bwithout\b` +
			// participants told apart by sex or age ("higher in men than
			// women", "in patients aged 60 or over than in those aged 18-35")
			`|\bin\s+(men|women|males|females|boys|girls)\s+than\s+(in\s+)?(men|women|males|females|boys|girls)\b` +
			`|\bin\s+(patients|participants|people|those|children|adults|women|men)\s+aged\b[^.;]{1,40}?\bthan\s+(in\s+)?(those|patients|participants|people|children|adults|women|men)\s+aged\b`),
		searchLine: regexp.MustCompile(`(?i)\b(were|was|are|is) searched\b|\bwe searched\b|\bsearched (systematically )?(for|in|from|up to|until|through)\b`),
		shortTerm:  regexp.MustCompile(`(?i)\bshort[- ]term\b|\bimmediately after\b|\b(at|by) the end of (the )?(treatment|intervention|therapy|programme|program)\b|\bpost-?(treatment|intervention)\b`),
		longTerm:   regexp.MustCompile(`(?i)\blong[- ]term\b`),
		timePoint:  regexp.MustCompile(`(?i)\b(?:at|after|by|over|within|through|until|to|for)\s+(?:the\s+)?(?:first\s+)?(\d+(?:\.\d+)?|one|two|three|four|five|six|eight|nine|ten|twelve|eighteen|twenty-four)[\s-]*(days?|weeks?|wks?|months?|years?|yrs?)\b|\b(\d+(?:\.\d+)?)[\s-](day|week|month|year)s?[\s-](?:follow[\s-]?up|visits?|assessments?|time[\s-]?points?|mark|outcomes?|results?)\b|\b(?:at|after|by|in)\s+(day|week|month|year)\s+(\d+(?:\.\d+)?)\b`),
		percent:    regexp.MustCompile(`(\d+(?:\.\d+)?)\s?%`),
		reporting: regexp.MustCompile(`(?i)\b((not|never) report\w* (whether|if)|no (information|data) (on|about|regarding)|(not|never) (been )?(reported|recorded|documented) (whether|if)` +
			// how many studies reported harms: "only five SRs reported the
			// specific adverse events participants had"
			`|(only\s+)?(\d+|one|two|three|four|five|six|seven|eight|nine|ten|few|some|most|all)\s+(of\s+(the|these)\s+)?(srs|reviews|systematic reviews|meta-analyses|studies|trials|rcts|articles)\s+(reported|described|documented|recorded|mentioned)\s+(on\s+)?(the\s+)?(specific\s+|any\s+)?(adverse|side)\b)`),
		// "verum was superior to placebo": a trial's tested superiority
		sig: regexp.MustCompile(`(?i)\b(significant(ly)?|statistically significant\w*|(was|were|proved|is|are) (clearly |statistically )?superior to (the )?(placebo|sham|controls?)( groups?| arms?)?)\b`),
		// a difference called small in words is not one called significant
		slight: regexp.MustCompile(`(?i)\b(slight(ly)?|numerical(ly)?|somewhat|modest(ly)?|marginal(ly)?|non-?significant(ly)?|small (and )?non-?significant)\b`),
		// outcomes beside the ones a treatment is for: its adverse effects,
		// tolerability and how it was taken
		sideOutcome: regexp.MustCompile(`(?i)\b(adverse|side[- ]effects?|tolerab\w*|tolerated|safety|complications?|withdrawals?|withdrew|drop-?outs?|dropped out|discontinu\w*|complian\w*|adheren\w*|acceptab\w*|palatab\w*)\b`),
		// what limited the study, and the studies a review found: not findings
		limitation: regexp.MustCompile(`(?i)\b((could|can|were|was) not be (quantitatively )?(pooled|combined|meta-?analy[sz]ed|synthesi[sz]ed)|under-?powered|(reduced|limited|lowered|weakened) (the )?(study's |trial's |statistical )?power|(limited|small) sample sizes?|(statistical )?power (was|is|were|remained) (limited|low|insufficient|reduced|inadequate)|limited (statistical )?power|lack of (statistical )?power|(was|were|is|are) limited by|limitations? (of|include\w*|were|was|are|is)|(studies|trials|rcts|articles|reports|papers|cohorts) (were|was) (eligible|included|identified|retrieved|selected|found)|(eligible|included) (studies|trials|rcts) (were|was|numbered)|post[- ]hoc|exploratory (sub-?group |dose[- ]response )?analys[ie]s)\b`),
		// the per-protocol analysis, beside an intention-to-treat one
		heterogeneous: regexp.MustCompile(`(?i)\b(high|substantial|considerable|marked|significant|large) (degree of |level of |amount of )?(statistical )?heterogeneity|heterogeneity (was|is|were|remained) (high|substantial|considerable|marked|large)\b`),
		// a call for better trials beside a hedged finding
		qualityCall: regexp.MustCompile(`(?i)^\W*(however|but|yet|although)\b[^.;]{0,20}?\b(high[- ]quality|rigorous(ly)?[- ]designed|well[- ]designed|methodologically (sound|rigorous))\b[^.;]{0,120}?\b(are|is) (still )?(needed|required|recommended|warranted|necessary)\b`),
		subgroup: regexp.MustCompile(`(?i)\bsub-?groups?\b|\bpost[- ]hoc\b` +
			// a sensitivity analysis: "improved BMD once studies of low
			// methodological quality were excluded"
			`|\b(once|when|after|if)\s+(the\s+)?(studies|trials|rcts)\b[^.;]{0,60}?\b(were|was)\s+(excluded|removed|omitted)\b` +
			// "excluding one Chinese study in sensitivity analysis, or
			// restricting to high-quality studies, showed ..."
			`|\bsensitivity analys[ie]s\b|\b(excluding|restricting (the analysis )?to|restricted to)\s+([\w-]+\s+){0,3}(studies|trials|rcts)\b` +
			// "better in the B vitamin group with rising baseline omega-3
			// concentrations": a result by a baseline level
			`|\b(with|at) (rising|increasing|higher|lower|falling|decreasing) baseline\b` +
			// "among antibiotic-naive participants there was a signal of
			// higher risk": a result in one kind of participant
			`|\bamong\s+([a-z]+-(naive|naïve|positive|negative|exposed|unexposed|dependent|resistant|treated|untreated)|male|female|older|younger|obese|high-risk|low-risk)\b[^.;,]{0,40}?\b(participants|patients|children|infants|women|men|subjects|people|adults)\b`),
		dosingQuestion:   regexp.MustCompile(`(?i)\b(optimal|most effective|best|ideal|appropriate|effective)\s+(dose|doses|dosage|dosing|intensity|frequency|duration|timing|type|mode|regimen|parameters?)\b`),
		primaryNull:      regexp.MustCompile(`(?i)^\W*(the\s+)?(primary|main|overall|pooled)\s+(meta-?)?analys[ie]s\s+(showed|found|revealed|detected|yielded)\s+no\s+(statistically\s+)?(significant\s+)?(differences?|effects?|benefits?)\b`),
		mainToo:          regexp.MustCompile(`(?i)\b(main|primary|overall|whole|total|all)\b[^.;]{0,20}\b(and|as well as)\b[^.;]{0,20}\bsub-?group|\bsub-?group[^.;]{0,40}\b(and|as well as) (the )?(main|primary|overall)\b|\b(in both|across( all)?|consistent(ly)? (across|in))\b.{0,100}?\bsub-?groups?\b`),
		overall:          regexp.MustCompile(`(?i)\b(overall|in the whole (sample|population|cohort|group)|in (the )?(entire|total|full) (sample|population|cohort|group)|in all (participants|patients|subjects))\b`),
		singleStudy:      regexp.MustCompile(`(?i)\b(in|from) (only )?(one|a single) (study|trial|rct|included study)\b|\b(only )?one (study|trial|rct) (found|showed|reported|observed|suggested)\b`),
		excludedWho:      regexp.MustCompile(`(?i)\b(were|was|are|is) (also )?excluded\b|\bexclusion criteria\b|\b(were|was) (not eligible|ineligible)\b|^\W*exclu(ded|sion)\b`),
		aloneOther:       regexp.MustCompile(`(?i)\b(with|by|using|on|of|receiving|given)\s+([a-z][\w-]*\s+){1,4}(alone|only)\b`),
		levelBefore:      regexp.MustCompile(`(?i)\b(low|lower|high|higher|deficient|insufficient|sufficient|adequate|inadequate|serum|plasma|blood|circulating|baseline|dietary|habitual)\s*$`),
		onlyIn:           regexp.MustCompile(`(?i)\b(only|solely|exclusively)\s+(in|on|for|with regard to|regarding)\b`),
		blames:           regexp.MustCompile(`^(induced|associated|related|caused|triggered|provoked)$`),
		caseTreated:      regexp.MustCompile(`(?i)\b(treat(ed|ment|ing)?|manag(ed|ement|ing)|success\w*|recover\w*|remission|improve\w*|relie\w*|cure[ds]?|prevent\w*|efficacy|effectiveness|benefits?|recurren\w*|relaps\w*|disappear\w*|resol\w*|regress\w*|response)\b`),
		moreIntake:       regexp.MustCompile(`(?i)^(higher|high|greater|increased|increasing)$`),
		levelGroup:       regexp.MustCompile(`(?i)\b((deficient|replete|insufficient|sufficient)\s+(women|men|mothers|patients|participants|subjects|individuals|infants|children|adults|people|persons|groups?)|with (deficient|insufficient|inadequate|low|lower|high|higher|normal) (levels?|status|concentrations?))\b`),
		levelAfter:       regexp.MustCompile(`(?i)^\s*(deficiency|deficient|insufficiency|levels?|status|concentrations?|intake|replete|(was|were|is|are) (replete|deficient|insufficient|sufficient|adequate|inadequate|low|normal))\b`),
		nonHyphen:        regexp.MustCompile(`(?i)(^|[^\w])non-(\w)`),
		sooner:           regexp.MustCompile(`(?i)\b(earlier|sooner|faster|quicker|more quickly|more rapidly)\b`),
		soonerGood:       regexp.MustCompile(`(?i)\b(earlier|sooner|faster|quicker|more rapid|more quickly|shorter time to)\s+(\w+\s+)?(recovery|resolution|cure|healing|discharge|remission|improvement|relief|normali[sz]ation|weaning|full (enteral )?feeds?)\b`),
		primaryRef:       regexp.MustCompile(`(?i)\bprimary[- ](composite |efficacy )?(outcome|end[- ]?point)s?\b`),
		primaryDef:       regexp.MustCompile(`(?i)\bprimary (?:composite |efficacy )?(?:outcome|end[- ]?point)s?(?: (?:was|were|included|comprised|measures? (?:was|were))\s+|\s*:\s*)([^.]+)`),
		resultNotDef:     regexp.MustCompile(`(?i)^\s*(met|achieved|reached|attained|not|similar|comparable|significantly|observed|seen|higher|lower|greater|smaller|reduced|increased|improved|better|worse|occurred|present|found|\d)`),
		endpointMet:      regexp.MustCompile(`(?i)\b(was|were|is|are)\s+(not\s+)?(met|achieved|attained|reached)\b`),
		noHeterogeneity:  regexp.MustCompile(`(?i)\b(with(out)?|no|little|low|moderate|non-?significant|insignificant)\s+((statistically|significant|substantial|important|relevant|evidence of|signs? of)\s+){0,2}(statistical\s+)?heterogeneity\b|\bheterogeneity\s+(was|is|were)\s+(not\s+(statistically\s+)?significant|low|absent|negligible|non-?significant)\b`),
		routineUse:       regexp.MustCompile(`(?i)\b(?:not (?:yet )?(?:sufficient|enough|strong enough)|insufficient|too (?:weak|limited))\b[^.;]{0,30}\bto (?:recommend|support|justify)\b[^.;]{0,20}\broutine\b|\bpending (?:more|further) (?:definitive|conclusive|robust) evidence\b|\b(?:needed|required|warranted)\b[^.;]{0,40}\bbefore\b[^.;]{0,60}\bcan be (?:endorsed|recommended|adopted|implemented)\b`),
		listedResult:     regexp.MustCompile(`(?i)\)\s*,\s+(?:and\s+)?((?:significantly\s+)?(?:lower|higher|fewer|more|less|greater|smaller|larger|shorter|longer|reduced|increased|decreased|improved|better|worse)\s)`),
		withoutHarms:     regexp.MustCompile(`(?i),?\s+(?:without|with no)\s+((?:any\s+)?(?:serious\s+|significant\s+|major\s+|notable\s+)?(?:adverse (?:effects?|events?|reactions?)|side[- ]effects?|complications))\b`),
		withoutMoreHarms: regexp.MustCompile(`(?i),?\s+(?:without|with no)\s+(?:increasing|raising|(?:any\s+|an\s+)?increases?\s+in)\s+((?:the\s+)?(?:(?:rate|risk|incidence|number|frequency)\s+of\s+)?(?:(?:the\s+)?(?:specified|serious|major|predefined|prespecified|pre-specified|composite)\s+)?(?:adverse (?:effects?|events?|reactions?|outcomes?)|side[- ]effects?|complications|harms?|safety (?:events?|outcomes?)))\b`),
		thisStudy:        regexp.MustCompile(`(?i)\b(this|the present|the current|our) (study|review|meta-analysis|systematic review|analysis)\b|\bwe (aimed|sought|compared|evaluated|assessed|performed|conducted)\b`),
		comparedWith:     regexp.MustCompile(`(?i)\b(compared (with|to)|versus|vs\.?|relative to|against)\b`),
		inversely:        regexp.MustCompile(`(?i)\b(inversely|negatively)\s+(associated|related|linked)\s+(with|to)\s+(the\s+)?`),
		butNotAside:      regexp.MustCompile(`(?i),\s+but\s+not\s+([^,;.()]{1,40}?),\s+`),
		withSimilar:      regexp.MustCompile(`(?i),\s+with\s+([^,;.()]{1,60}?\s+(?:similar|comparable)\s+(?:to|between|in|with)\b|(?:a\s+|an\s+)?(?:similar|comparable)\s+(?:[a-z-]+\s+){0,2}(?:effects?|benefits?|efficacy)\s+whether\b)`),
		restated:         regexp.MustCompile(`(?i)\b(?:equivalent|equal|corresponding|similar)\s+to\s+(?:an?\s+)?(?:\w+\s+)?(?:fall|reduction|rise|increase|decrease|drop|decline|gain|difference|change|improvement)\b`),
		economic:         regexp.MustCompile(`(?i)\bper\s+(?:QALY|quality[- ]adjusted|unit (?:decrease|increase|change|improvement))|\bprobability of [^,;.]{0,20}\bcost|\bwillingness[- ]to[- ]pay\b|\bincremental cost[- ]effectiveness\b`),
		researchChange:   regexp.MustCompile(`(?i)\b(?:improved|increased|grown|risen|expanded)\s+in\s+(?:(?:methodological|reporting)\s+)?(?:quality|rigou?r|number|size)\b`),
		estCI:            regexp.MustCompile(`\b(` + estimateNames + `)\s*[:=]?\s*([-−–]?\d*\.?\d+)\s*[\[(]\s*([-−–]?\d*\.?\d+)\s*(?:to|,|;|–|—|-)\s*([-−–]?\d*\.?\d+)\s*[\])]`),
		caveat:           regexp.MustCompile(`(?i)\b(caution\w*|cautious\w*|(limited|low|poor|moderate|variable)[- ](methodological[- ])?quality|risk of bias|(of|with) (low|very low|poor|limited) quality)\b`),
		weakVerdict:      regexp.MustCompile(`(?i)\b(insufficient|inconclusive|inadequate|no (firm|definitive|clear|reliable) conclusions?|(prevent(s|ed)?|preclud(e|es|ed)) (any )?(firm|definitive|clear|reliable|robust|meaningful) conclusions?|cannot be (recommended|drawn|established|confirmed)|not (yet )?sufficient|lack of (evidence|high[- ]quality)|uncertain\w*|unclear|weak evidence|little evidence|limited evidence|(does|do) not (justify|warrant)|(evidence|data) (is|are|was|were|remains?) (still |thus |therefore )?(weak|limited|scarce|sparse|lacking|poor))\b`),
		stoppedForHarm:   regexp.MustCompile(`(?i)\b(stopped|terminated|halted|discontinued|ended|suspended)\b[^.;]{0,40}?\b(because of|due to|owing to|over|after)\s+(safety\s+)?(concerns?\s+(about|over|regarding|for)|an? (excess|increase|higher (rate|risk|incidence)))\b`),
		whoNot:           regexp.MustCompile(`(?i)\b(patients|participants|people|persons|individuals|women|men|children|adults|infants|subjects|those|cases)\b[^.;,()]{0,60}?\s(who|that|whose)\s+(had|have|has|did|do|does|were|was)\s+not\s+(previously\s+)?(responded|respond|benefited|benefit|improved|tolerated|received|been)\b`),
		notTaking:        regexp.MustCompile(`(?i)\b(patients|participants|people|persons|individuals|women|men|children|adults|infants|subjects|those|cases|users)\s+(?:who\s+(?:were|are)\s+)?not\s+(?:taking|receiving|using|on|given|treated with|exposed to)\b`),
		gradedEffect:     regexp.MustCompile(`(?i)\b(low|very low|limited|moderate|weak)(-| )(to (moderate|low|very low)(-| ))?(quality|certainty) evidence (that|suggest(s|ing)?( that)?|indicat(es|ing)( that)?|show(s|ing)?( that)?)\s+[^.;]{0,80}?\b(may|might|could|can|probably|likely)\b`),
		pooledShowed: regexp.MustCompile(`(?i)\b(meta-?analys[ie]s|pooled (analys[ie]s|results?|data|estimates?))\s+(showed|shows|demonstrated|demonstrates|revealed|reveals|confirmed|confirms)\s+that\s+(?:[\w-]+\s+){1,5}?(improved?|improves|reduced?|reduces|decreased?|decreases|increased?|increases|lowered|lowers|relieved?|relieves|alleviated?|alleviates)\b` +
			// a review's synthesis: "probiotics have been shown to improve
			// quality of life" (read only where findings are: results and
			// conclusions, never background)
			`|\b(has|have)\s+been\s+(shown|demonstrated|proven|proved)\s+to\s+(improve|reduce|decrease|increase|lower|relieve|alleviate)\b`),
		gradedBenefit: regexp.MustCompile(`(?i)\b(may|might|could|can|probably|likely)\s+(also\s+)?(improve|relieve|alleviate|ease|help|benefit|be (effective|beneficial|useful|efficacious))\b`),
		openQuestion:  regexp.MustCompile(`(?i)\b(whether|unclear|unknown|uncertain)\b`),
		gradedSupport: regexp.MustCompile(`(?i)\b(strong|moderate|high|good|consistent|convincing)((\s+to\s+|-to-)(strong|high|moderate))?[- ](quality[- ]|certainty[- ]|level[- ])?evidence\s+(favou?rs?|supports?|showed|shows|indicates?|that)\b`),
		perProtocol:   regexp.MustCompile(`(?i)\bper[- ]protocol\b`),
		itt:           regexp.MustCompile(`(?i)\bintention[- ]to[- ]treat\b|\bITT\b`),
		negSig:        regexp.MustCompile(`(?i)\b(no|not|non|nor|without|neither)\b[^.;]{0,25}?\bsignifican`),
		pval:          regexp.MustCompile(`(?i)\bp(?:s|'s|’s)?\s*(?:values?\s*)?(<=|>=|≤|≥|<|>|=|\s)\s*(0?\.\d+|0|1(?:\.0+)?)`),
		ci:            regexp.MustCompile(`(?i)([-−]?\d*\.?\d+)\s*[%a-z/]*\s*[\[(;,]?\s*(?:95\s*%\s*)?(?:ci|cri|confidence interval|credible interval|credibility interval)(?:\s*\((?:ci|cri)\))?\s*[:,=]?\s*[\[(]?\s*([-−]?\d*\.?\d+)\s*%?\s*(?:to|–|—|-|,|;)\s*([-−]?\d*\.?\d+)`),
		ratioWord:     regexp.MustCompile(`(?i)\b(rr|or|hr|irr|aor|ahr|arr|ratio|relative risk|odds|hazard|incidence rate ratio|risk ratio|rate ratio)\b`),
		diffWord:      regexp.MustCompile(`(?i)\b(md|smd|wmd|difference|mean difference|change|reduction|increase|decrease|by|beta|β|coefficient|effect sizes?|cohen'?s d|hedges'? g)\b|\bd\s*=`),
		trend:         regexp.MustCompile(`(?i)\b(trend(ed|s)? (toward|towards|to)|tended|tendency|hint(s|ed)?|marginal(ly)?|borderline|approached significance|did not reach)\b`),
		within:        regexp.MustCompile(`(?i)\bin both\s*($|[,.;)])|\b(in both( the)? (groups|arms|study groups|cohorts|sexes)|in all (the )?((two|three|four|five|\d+) )?(groups|arms)|in every (group|arm)|in each (of the )?((two|three|four|five|\d+) )?(groups?|arms?)|with both|both (groups|arms)|all (three )?(groups|arms)|over time|from baseline|regardless of (group|allocation|treatment)|within[- ]?(groups?|subjects?|arms?)|intra-?group)\b`),
		between:       regexp.MustCompile(`(?i)\b(than|compared|comparison|versus|vs|relative to|between (the )?(two )?groups|over (the )?control|in the ([\w-]+ ){1,2}groups?)\b`),
		noNamedArm:    regexp.MustCompile(`(?i)\b(compared (?:with|to)|versus|vs\.?|against) ((?:a )?placebo (?:or|and) )?no[- ]([a-z][\w-]*)`),
		noArm:         regexp.MustCompile(`(?i)\b(with|versus|vs\.?|than|to|against|and|or) no[- ](treatment|intervention|therapy|care|control|medication|supplement|supplementation|prophylaxis|drug)s?\b`),
		sameSubject:   regexp.MustCompile(`(?i)^\s*((but|and|yet|whereas|while|though)\s+)?(was|were|is|are)\s+(also\s+)?(significantly\s+)?(associated|linked|related)\s+(with|to)\b`),
		moreWord:      regexp.MustCompile(`(?i)\b(more|higher|greater|increas\w*|excess\w*|elevated|raised|commoner)\b`),
		armShares:     regexp.MustCompile(`(?i)\d+(?:\.\d+)?\s*%[^.;]{0,60}?(?:\bvs\.?|\bversus\b|\band\b|;|,)[^.;%]{0,40}?\d+(?:\.\d+)?\s*%|\b\d+\s+(?:vs\.?|versus)\s+\d+\b`),
		byMore:        regexp.MustCompile(`(?i)^\s*((but|and|yet|whereas|while)\s+)?(significantly|markedly|substantially|much)\s+(more|less|further|greater)\s+(in|with|among|for|on)\b`),
		continuation: regexp.MustCompile(`(?i)^\s*((but|and|yet|whereas|while)\s+)?(fell|rose|dropped|declined|decreased|increased|improved|worsened|reduced|differed)\s+(significantly|markedly|substantially|more|less)\b` +
			// "IIEF-EF scores rose in every group (p < 0.001), but the three
			// groups did not differ significantly": the groups compared on
			// the outcome of the clause before
			`|^\s*((but|and|yet|whereas|while)\s+)?(the\s+)?((two|three|four|five|both|all)\s+)?(groups|arms)\s+(did not|didn't|were not|was not)\s+(differ|significantly)\b`),
		effRate: newTermSet([]string{"effective rate*", "total effective rate*", "overall effective rate*", "clinical effective rate*",
			"efficacy rate*", "effectiveness rate*", "response rate*", "responder rate*", "cure rate*", "treatment success rate*", "success rate*"}),
		grading:          regexp.MustCompile(`\[[^\[\]]*\d[^\[\]]*[;,]\s*(GRADE[: ]+)?(very )?(low|moderate|high)[- ](quality|certainty)( evidence)?\s*\]|\([^()]*\d[^()]*[;,]\s*(GRADE[: ]+)?(very )?(low|moderate|high)[- ](quality|certainty)( evidence)?\s*\)`),
		noneSerious:      regexp.MustCompile(`(?i)\b(none|neither|no one|nobody) (of them |of these |of the events )?(was|were) (serious|severe)\b|\ball (of them |of the |the )?(events |adverse events |aes |side effects |adverse effects |reactions )?(were|was) (mild|minor|transient|mild and transient|mild to moderate)\b`),
		activeOthers:     regexp.MustCompile(`(?i)\b(over|than|with|to|versus|vs\.?|against)\s+(the\s+)?(other|active|standard|conventional|established|alternative)\s+([\w-]+\s+){0,2}(treatments|therapies|interventions|drugs|medications|pharmacotherap\w*|hypnotics|modalities)\b`),
		noTreatment:      regexp.MustCompile(`(?i)\bno (active )?(treatment|intervention|therapy)\b`),
		advice:           regexp.MustCompile(`(?i)\b(should|must|can)\s*not\s+be\s+(used|given|recommended|prescribed|administered|offered|routinely)\b|\bshouldn't\s+be\s+(used|given|recommended|prescribed|administered|offered|routinely)\b`),
		keepDoing:        regexp.MustCompile(`(?i)\bnot\s+(seem\s+|appear\s+)?(to\s+be\s+)?(justified|warranted|advisable|appropriate|recommended)\s+to\s+(abandon|stop|discontinue|withdraw|drop)\b`),
		clinicalOnly:     regexp.MustCompile(`(?i)\b(although|though|while|whereas|however)\b[^.;]{0,40}?\bnot clinically (significant|important|meaningful|relevant)\b`),
		backNull:         regexp.MustCompile(`(?i)^\W*(however,?\s+)?(none\s+of\s+(these|the|those|the\s+above)\s+(\w+\s+)?(differences|changes|comparisons|results|effects)\s+(was|were|is|are|reached)\s+(statistically\s+)?significan|(these|the|those|both|all|all\s+(of\s+)?these|all\s+the)\s+(\w+\s+)?(differences?|changes|comparisons|effects)\s+(was|were|did)\s+not\s+(reach\s+)?(statistical(ly)?\s+)?significan|(these|the|those|both|all)\s+(\w+\s+)?(differences?|changes|comparisons|effects)\s+(was|were)\s+(statistically\s+)?non-?significant)`),
		associatedChange: regexp.MustCompile(`(?i)\b(?:was|were|is|are)\s+associated\s+with\s+(?:an?\s+)?(?:significantly\s+)?(?:lower|higher|reduced|increased|decreased|greater|smaller)\b`),
		predictedOutcome: regexp.MustCompile(`(?i)\b(?:(?:independently\s+)?predicted|were\s+(?:the\s+)?(?:independent\s+|significant\s+)?predictors\s+of)\s+(?:the\s+)?(?:primary\s+|composite\s+|main\s+|secondary\s+)?(?:outcomes?|end-?points?|events?)\b`),
		noneArm:          regexp.MustCompile(`(?i)\b(wait-?list\w*|waiting[- ]list|placebo|sham|no[- ]treatment|untreated|usual care|standard care|routine care)\b`),
		evidenceFor:      regexp.MustCompile(`(?i)^\W*(?:the\s+)?evidence\s+(?:supporting|for|on)\s+(?:the\s+use\s+of\s+)?([^.;]{3,160}?)\s+(?:(?:for|in)\s+[^.;]{1,60}?\s+)?(?:is|was|are|were|remains?)\s+(?:limited|weak|insufficient|sparse|scarce|lacking|conflicting|inconclusive|inconsistent)\b`),
		genericSubject:   regexp.MustCompile(`(?i)^(?:the\s+|its\s+|their\s+)?(?:effectiveness|efficacy|safety|effects?|benefits?|use|role|value|interventions?|treatments?|therap(?:y|ies)|it|this|these|them|such)\b`),
		exampleBracket:   regexp.MustCompile(`(?i)\(\s*(?:e\.\s?g\.?|eg|for example|for instance|such as)[^()]*\)`),
		otherOutcomes:    regexp.MustCompile(`(?i)\b(?:on|for|of|about|regarding)\s+(?:the\s+|its\s+)?other\s+(?:key\s+|important\s+|secondary\s+|clinical\s+|major\s+)?(?:outcomes|morbidities|end-?points|results|complications)\b`),
		bracketed:        regexp.MustCompile(`\([^()]*\)`),
		raterCompound:    regexp.MustCompile(`(?i)\b(?:[a-z]+-\s+(?:and|or)\s+)?[a-z]+-(reported|rated|assessed|scored|completed)\b`),
		ratedBy:          regexp.MustCompile(`(?i)\b(reported|rated|assessed|scored)\s+by\s+(?:the\s+|their\s+)?[a-z]+`),
		afterConcession:  regexp.MustCompile(`(?i)\b(although|though|albeit|even though)\s*,?\s*$`),
		clinicallyMinor:  regexp.MustCompile(`(?i)^\W*(however,?\s+)?(these|the|those|both|all|all\s+(of\s+)?these|all\s+the)\s+(\w+\s+)?(gains|improvements|differences?|changes|effects|benefits|results|reductions)\s+(did\s+not\s+(reach|exceed|meet)|fell\s+short\s+of|were\s+(below|under|smaller\s+than|not))\s+(the\s+|a\s+)?(minimal(ly)?\s+)?(clinically|clinical)\s+(significan\w*|important|meaningful|relevant)`),
		noLonger:         regexp.MustCompile(`(?i)^\W*(after\s+(?:adjust\w*|correct\w*|accounting)\s+for\s+[^,.;]{1,50},\s*)?(however,?\s+)?(these|the|those|both|all|all\s+(of\s+)?these|all\s+the)\s+(\w+\s+)?(differences?|changes|comparisons|effects|results|findings|associations)\s+(was|were|are|is|did)\s+(no\s+longer|not\s+remain)\s+(statistically\s+)?significan`),
		groupsAlike:      regexp.MustCompile(`(?i)^\W*(however,?\s+)?((the\s+)?((treatment|between-group|mean)\s+)?(effects?|differences?|results?|changes?|improvements?|groups|arms)\s+(did\s+not|was\s+not|were\s+not|showed\s+no)\b[^.;]*\b(between|among|across)\s+(the\s+)?((two|three|four|\d+|treatment|study)\s+)?(groups|arms)\b|(the\s+)?(groups|arms)\s+did\s+not\s+differ\b|there\s+(was|were)\s+no\s+(statistically\s+)?(significant\s+)?differences?\s+between\s+(the\s+)?((two|three|four|\d+|treatment|study)\s+)?(groups|arms)\s*([,.;]|$))`),
		groupsDiffered:   regexp.MustCompile(`(?i)\b(the\s+)?(two\s+|treatment\s+|study\s+)?(groups|arms)\s+differed\s+(statistically\s+)?significantly\b|\bthe\s+difference\s+(between\s+(the\s+)?(two\s+)?(groups|arms)\s+)?(was|became|reached|remained)\s+(statistically\s+)?significan`),
		noInteraction:    regexp.MustCompile(`(?i)\b(with\s+)?no\s+(significant\s+)?(sub-?group|interaction|between-sub-?group)\s+(differences?|effects?|heterogeneity)(\s+(by|across|between|for)\s+[\w -]+?(,\s*[\w -]+?)*(\s+or\s+[\w -]+?)?)?(\s*[,.;)]|$)`),
		formsAlike:       regexp.MustCompile(`(?i)\b(any|all|both|each|either|the different|different|the various|various)\s+([\w-]+\s+){0,5}(appears?|seems?|were|was|are|is|proved|looked)\s+(to be\s+)?(equally|similarly|as)\s+(effective|efficacious|beneficial)\b`),
		treatedFor:       regexp.MustCompile(`(?i)\b(for|treating|to treat|in the (treatment|management) of|in (treating|managing))\s+(?:[\w-]+\s+){0,3}$`),
		treatedList:      regexp.MustCompile(`(?i)\b(benefit(s|ed|ing)?|improv(e|ed|es|ing)|respond(s|ed|ing)?|helped)\s+(from|with|to|by)\s+[^.;]{0,40}?\b(include[sd]?|including|such as|are|were)\b`),
		advisory:         regexp.MustCompile(`(?i)\b(should|must|need to|needs to|ought to)\s+(be\s+)?(discuss|consider|monitor|assess|explain|mention|weigh|counsel|inform|warn|advis|review|check|alert|aware|cautious|careful|vigilant|chos|select|avoid|used with caution)\w*|\b(panel+ists|experts|respondents|stakeholders|delphi participants) (agreed|recommended|suggested|advised)\b|\b(should|must|needs? to)\s+(\w+\s+)?be\s+(kept|borne|taken)\s+(in|into)\s+(mind|account)\b`),
		ctlNounBefore: setOf("the", "and", "or", "than", "with", "vs", "versus", "to", "in", "of", "among", "for", "as",
			"healthy", "matched", "untreated", "placebo", "sham", "historical", "normal", "their", "its", "both", "all"),
		ctlSense: setOf("process", "quality", "infection", "glycaemic", "glycemic", "metabolic", "pain", "symptom",
			"asthma", "disease", "seizure", "impulse", "stimulus", "weight", "glucose", "sugar", "pressure", "rate",
			"rhythm", "postural", "motor", "trunk", "bladder", "bowel", "emotional", "self", "tumour", "tumor",
			"local", "locoregional", "inhibitory", "cognitive", "attentional", "executive", "birth", "vector",
			"tobacco", "airway", "lipid", "portion"),
		ctlVerbAfter:      setOf("group", "groups", "were", "was", "had", "received", "showed", "did", "got", "remained", "and", "or", "in"),
		ranking:           regexp.MustCompile(`(?i)\bnetwork meta-?analys[ie]s\b|\bsucra\b|\branked (highest|first|second|best|as the)\b|\bthe best of (two|three|four|five|six|seven|eight|\d+)\b|\bmixed treatment comparison\b`),
		parenthetical:     regexp.MustCompile(`\(([^()]+)\)`),
		listSep:           regexp.MustCompile(`(?i)\s*(?:,|;|\band\b|\bor\b|\bversus\b|\bvs\.?)\s*`),
		outcomeDef:        regexp.MustCompile(`(?i)\b(main|primary|secondary|principal|composite) (composite |efficacy |safety )?(outcomes?|end-?points?) (was|were|is|are|combined|included|comprised|consisted of|measures? (was|were))\b|\b(was|were) the (main |primary |secondary |principal )?(efficacy |safety )?(composite )?(outcomes?|end-?points?)\b|\b(were|was) (recorded|measured|collected|documented|monitored)\b|\b(was|were) compared (between|across|among)\b`),
		knownHarm:         regexp.MustCompile(`(?i)\b(is|are) an? (common|frequent|known|well[- ]known|recogni[sz]ed|rare) (side[- ]effects?|adverse (effects?|reactions?|events?)|complications?) of\b`),
		infinitiveItem:    regexp.MustCompile(`(?i),\s+(?:and\s+)?((?:[\w-]+\s+){1,4}to\s+(?:be|give|have|cause|reduce|improve|increase|lower|shorten)\b)`),
		infinitiveSubject: regexp.MustCompile(`(?i)^((?:[\w-]+\s+){1,4}?)to\s+(?:be|give|have|cause|reduce|improve|increase|lower|shorten)\b`),
		levelsCompared:    regexp.MustCompile(`(?i)\bbetween\s+(?:the\s+)?(?:higher|high|lower|low|longer|shorter|greater|more|less|early|earlier|late|later)\s+(?:[\w-]+\s+)?(?:and|or|vs\.?|versus)\s+(?:the\s+)?(?:higher|high|lower|low|longer|shorter|greater|more|less|early|earlier|late|later)\b`),
		perUnit:           regexp.MustCompile(`(?i)\bper\s+\d[\d,]*\s+[a-z]`),
		alternativeTo:     regexp.MustCompile(`(?i)\b(an?|the)\s+([\w-]+\s+){0,3}alternatives?\s+to\b`),
		notSupport:        regexp.MustCompile(`(?i)\b(does|do|did) not support (the )?(routine |current )?(use of |using |recommending )?[^.;]{0,60}? to (improve|increase|reduce|prevent|treat|enhance|promote)\b`),
		wholeNull:         regexp.MustCompile(`(?i)\b(did|does|do|was|were|is|are)\s+not\s+(improve|increase|reduce|affect|change)\s+([\w-]+\s+){0,2}outcomes\b|\b(was|were|is|are)\s+not\s+(effective|efficacious|beneficial)\b`),
		adjustedFor:       regexp.MustCompile(`(?i)\b(?:adjusted|adjusting|controlling|controlled|adjustment|corrected|correcting)\s+for\s+[^;.]*?[,\s]\s*(did|does|do|was|were|is|are|showed|had|differed)\b`),
		andAssociated:     regexp.MustCompile(`(?i)\s+and\s+((was|were|is|are)\s+(also\s+)?(significantly\s+)?(associated|linked)\s+with|(did|does|do)\s+not\s+(significantly\s+)?(change|alter|affect|influence|differ|reduce|increase|improve|lower|raise)\b|(may|might|could)\s+(also\s+)?(raise|increase|reduce|lower|worsen|improve)\s+the\s+(risk|rate|incidence|odds)\b|(had|has|have|was|were|is|are|showed|shows)\s+(a\s+)?(comparable|similar|equivalent|equal)\s+(efficacy|effectiveness|effects?|results?|outcomes?)\b)`),
		withNo:            regexp.MustCompile(`(?i),?\s+(?:with|and) no(?:t)? ((statistically )?((significant(ly)?|substantial|meaningful|clear|important|appreciable|demonstrable|detectable|discernible|measurable|observable|apparent|relevant) )?(differences?|changes?|different|effects?|impact) (in|on|between|from)|(benefits?|advantages?|improvements?) (compared|over|versus|vs|against)\b|evidence of (an? )?(benefit|effect|difference|improvement)s?\b)`),
		timeUnit:          regexp.MustCompile(`(?i)^\s*(days?|d|hours?|h|hrs?|weeks?|wk|months?)\b`),
		yearNamed:         regexp.MustCompile(`\b(19|20)\d\d\b`),
		allocation:        regexp.MustCompile(`(?i)\b(randomi[sz]\w*|allocat\w*|assigned|divided|split|groups|arms)\b`),
		groupName:         regexp.MustCompile(`(?i)(?:\b(?:in|of|for|by|from|among|with) (?:the )?|^\W*the )((?:[\w-]+ ){1,3}?)(?:group|arm)s?\b`),
		genericArm: setOf("intervention", "interventional", "experimental", "experiment", "treatment", "treated", "study", "active",
			"test", "tested", "case", "cases", "control", "controls", "placebo", "sham", "usual", "standard", "routine", "conventional",
			"comparison", "comparator", "reference", "both", "two", "three", "four", "all", "each", "other", "first", "second", "third",
			"high", "higher", "low", "lower", "dose", "doses", "mg", "g", "ml", "day", "daily", "per", "kg", "same", "whole", "entire",
			"a", "b", "c", "i", "ii", "iii", "age", "older", "younger", "male", "female", "boys", "girls", "men", "women", "subgroup",
			"no", "non", "without", "waitlist", "wait", "list", "care", "this", "that", "these", "those", "either", "neither", "latter", "former",
			"s", "own", "total", "overall", "combined", "combination", "plus", "and", "or", "alone", "only", "new", "old", "original",
			"trial", "normal", "deficient", "sufficient", "insufficient", "severe", "mild", "moderate", "early", "late", "delayed", "immediate",
			// who gave the intervention: the arms of one treatment
			"mother", "mothers", "father", "fathers", "parent", "parents", "nurse", "nurses", "therapist", "therapists", "physician",
			"physicians", "doctor", "doctors", "family", "caregiver", "caregivers", "self", "home", "hospital", "clinic", "group", "groups",
			"the", "their", "its", "his", "her", "our", "an", "in", "of", "on", "at", "to", "for", "with", "by", "from"),
		baseline:    regexp.MustCompile(`(?i)\b(compared|relative)\s+(with|to)\s+(the\s+)?(baseline|pre-?intervention|pre-?treatment|pre-?operative|pre-?test|before)\b|\b(within[- ]?(groups?|subjects?|arms?)|intra-?group) (comparisons?|analys[ie]s|changes?|differences?)\b`),
		mildAdverse: regexp.MustCompile(`(?i)\b(mild|minor|transient|trivial)([\s-]*(to|and|or)?[\s-]*(moderate|mild))?[\s-]+(adverse|side)\b`),
		insufficient: regexp.MustCompile(`(?i)\b((impossible|not possible|difficult) to (say|determine|tell|judge|establish|conclude) whether\b|(mixed|conflicting|inconsistent|contradictory|equivocal) evidence\b|(given|because of|owing to|due to) the (small|limited|low) number of ([\w-]+ ){0,2}(rcts|trials|studies)\b|(these|the|our|its|their)\s+(conclusions|findings|results|estimates)\s+(carry|carries|have|has|had|are|were|is|was)\s+([^.;]{0,40}\s+)?(very\s+)?low\s+(certainty|quality|confidence)\b|insufficient|not (yet )?sufficient|preliminary (evidence|data) (suggests?|indicates?|shows?)|inadequate evidence|(no|not (find|identify|reveal)( any)?|found no|without) (good[- ]|high[- ]|adequate[- ]|sufficient[- ])?quality evidence|(evidence|data|findings|studies|research|trials) (is|are|was|were|remains?) (still |currently |too |therefore )?(limited|weak|scarce|sparse|inconclusive|uncertain|lacking|insufficient|conflicting|inconsistent|poor|unclear|not sufficient|of (low|very low|poor|limited))|(low|very low|poor|limited)(-| )(to (moderate|low|very low)(-| ))?(quality|certainty) (evidence|studies|trials)|evidence (of|with) (low|very low|poor|limited)( to (moderate|low|very low))?(-| )(quality|certainty)\b|lack of (evidence|high[- ]quality|robust|rigorous|good[- ]quality)|no (firm|definitive|clear|reliable) conclusions?|(prevent(s|ed)?|preclud(e|es|ed)) (any )?(firm|definitive|clear|reliable|robust|meaningful) conclusions?|cannot be (recommended|drawn|established|confirmed)|(does|do) not (justify|warrant)|(required|needed|necessary|warranted) before|before [^.;]{0,60}can be (established|recommended|confirmed)|inconclusive|not conclusive|(should|must|need to|needs to) be interpreted (with caution|cautiously)|limited evidence|weak evidence|little evidence|insufficient evidence` +
			// "gives little support for routinely using medications"
			`|\b(little|no|limited|scant|weak) support (for|to)\b` +
			// "its benefit may be overstated because of the low
			// methodological quality"
			`|\b(benefits?|effects?|efficacy|effectiveness|results?|findings?)\s+(may|might|could|is|are|was|were|is likely to|are likely to)\s+(be\s+|have been\s+)?(overstated|overestimated|exaggerated|inflated)\b` +
			// "the weak quality and small number of studies are the main
			// barrier to any recommendation"
			`|\b(barriers?|obstacles?|impediments?) to (any |a |firm |clear )*(recommendations?|conclusions?)\b` +
			// "the evidence on the efficacy of X in reducing vomiting
			// (...) and nausea is of very low certainty": the grade said
			// after what the evidence is on
			// "very low to moderate evidence indicates that X can benefit"
			`|\b(very )?low(-| )(to (moderate|low)(-| ))?evidence (indicates|suggests|shows|supports)\b` +
			`|\bevidence\b[^.;]{0,160}?\b(is|are|was|were|remains?)\s+(still\s+|currently\s+|therefore\s+|only\s+)?of\s+(low|very low|poor|limited)[- ](quality|certainty)\b` +
			// "evidence that TENS reduces labour pain is only limited"
			`|\b(evidence|data) (that|for) [^.;]{0,80}? (is|are|was|were|remains?) (only |still |currently |too |very )?(limited|weak|scarce|sparse|inconclusive|lacking|insufficient|conflicting|inconsistent|poor)\b` +
			`|\b(evidence|data) (is|are|was|were|remains?) not (yet )?(strong|robust|convincing|compelling|definitive)\b` +
			// "all the evidence on nasal steroids was of low or very low
			// certainty"
			`|\b(evidence|data|studies|trials) [^.;]{0,60}?(is|are|was|were) of (low|very low|low or very low|low to very low|moderate to low|poor|limited) (certainty|quality)\b` +
			`|(confidence|certainty|quality) (in|of) (the )?evidence( (by|according to|using|on) (the )?[\w-]+( criteria| approach| system)?)?( for [^.;]{1,40}?)? (was|is|were|remains?) (rated |judged |graded )?(as )?['‘"“]?(low|very low|moderate to low|low to very low|limited|poor)|preclude\w* (making )?(any |definite |definitive |firm |clear )?(recommendations?|conclusions?|changes? (in|to) (clinical )?practice)|(before|prior to) (making )?(a |any )?(recommendations?|firm conclusions?)|(with|given) (a |some |the )?(caveats?|reservations?) (about|regarding|concerning|on|as to) (the )?(confidence|certainty|quality|strength)` +
			`|(poor|low|weak|limited|very low|insufficient) (strength|quality|certainty|level) of (the )?evidence|only (a )?limited (clinical )?(benefits?|effects?)|(shown|showed|show|shows|had|has|have|demonstrated|yielded|produced) (only )?(a )?limited (overall )?(benefits?|effects?)|\blimited (overall )?(efficacy|effectiveness)|limited clinical (benefits?|relevance|importance|significance)|(not|no) clinically (important|relevant|meaningful)|question\w* (the )?clinical (relevance|importance|significance)|clinical (relevance|importance|significance) (of (this|these|those|that|it|them|such|the)( [\w-]+){0,2} )?(is|are|remains?) (uncertain|unclear|unknown|questionable|doubtful)|unproven|not (yet )?(been )?proven` +
			`|(still )?(need|needs|require|requires|await|awaits) (further |independent )?confirmation` +
			// "the quality of the studies does not support reliable
			// conclusions"
			`|\b(does|do|did) not (support|allow|permit) (any )?(reliable|firm|definitive|definite|robust|clear|meaningful) conclusions?\b` +
			// too little to conclude from ("not enough good-quality data to
			// draw a conclusion", "too few trials to draw conclusions")
			`|\bnot enough ([\w-]+ ){0,2}(data|evidence|studies|trials|information)\b|\btoo (few|small|limited)\b[^.;]{0,50}\bto (draw|reach|make) (any |firm |definite |reliable )?(conclusions?|recommendations?)\b` +
			// "the effects were too weak to conclude that core symptoms
			// were alleviated"
			`|\btoo (weak|small|few|limited|inconsistent|uncertain|imprecise) to (conclude|confirm|establish|support|show|determine)\b` +
			`|\b(gave|give|gives|provided|provides|yielded|yields|offered|offers) (only )?(mixed|conflicting|inconsistent|inconclusive|limited|weak|sparse) evidence\b` +
			// results that vary from study to study
			`|\b(results|findings|effects?|evidence)\s+(vary|varied|differ(ed)? (widely|between studies|across studies)|(are|were|remain) (mixed|conflicting|inconsistent|heterogeneous|contradictory))\b` +
			`|\b(effectiveness|efficacy) of (the )?(different|various|individual)\b[^.;]{0,60}?\bvar(y|ied|ies)\b` +
			// the treatment's role as a whole still open (not one outcome's)
			`|\b(use|role|place|value|efficacy|effectiveness|benefits?|usefulness)\b[^.;]{0,40}\b(remains?|is|are) (still )?(under debate|debated|controversial|unsettled|unresolved|an open question|unclear|uncertain|unknown|inconclusive|not established)\b` +
			`|\bcannot (be )?(said|concluded|stated) with (any )?(confidence|certainty)\b` +
			// "no evidence was found that would support or refute efficacy"
			`|\bsupport or refute\b|\bneither supports? nor refutes?\b` +
			// "heterogeneity and possible publication bias weaken any strong
			// clinical recommendation"
			`|\bweaken\w* (any |the )?(strong |firm )?(clinical )?(recommendations?|conclusions?)\b` +
			// "the authors could not identify a clearly beneficial treatment"
			`|\b(could not|cannot|did not|were unable to|was unable to) (identify|find|determine) (a |any )?(clearly |clear |definitely |consistently )?(beneficial|effective|superior) (treatment|intervention|therapy|option|strategy)\b` +
			// "the review identified gaps in mistletoe research that must be
			// addressed to improve the evidence base" (but "more trials are
			// needed to strengthen the evidence base" after "X is an
			// effective treatment" is a call for research, no judgement)
			`|\bgaps?\b[^.;]{0,60}\b(must|need to|needs to|should) be (addressed|filled|closed)\b` +
			// "none of the SRs reached high methodological quality", "none
			// of the included trials was of high quality"
			`|\bnone of the (included |eligible |identified )?([\w-]+ )?(studies|trials|reviews|SRs|RCTs|meta-analyses)\b[^.;]{0,30}?\b(was|were|reached|achieved|had|met|rated|judged)( as)?( of)? (a )?high[- ](methodological )?quality\b` +
			// "a thorough review gives no indication for prescribing X"
			`|\bno indication (for|to) (prescrib|recommend|us|the use|routine|treat)\w*` +
			// "the basis for recommending a gluten-free diet to treat autism
			// is therefore uncertain"
			`|\b(basis|rationale|justification|grounds?) for (recommending|using|the use of|prescribing|routine)\b[^.;]{0,100}?\b(is|are|remains?) (therefore |thus |still |currently )?(uncertain|unclear|weak|limited|lacking|questionable|doubtful|insufficient)\b)`),
		// "it remains uncertain whether X increases Y", "the authors are
		// uncertain whether ...": a judgement of the evidence when it opens
		// its sentence, not when it follows a finding as a concession ("a
		// significant effect, although it is unclear whether the studies'
		// quality affected it"): see weakJudgement
		uncertainWhether: regexp.MustCompile(`(?i)^\s*(it (is|remains) (still )?|(we|the authors|authors|they) (are|were|remain) (still )?)(uncertain|unclear|unknown|not (yet )?(known|clear|certain))( so far| as yet| to date)? (whether|if|to what extent|how far|how much)\b` +
			// "whether splinting reduces the need for surgery is also uncertain"
			`|^\s*whether\b[^.;]{0,120}\b(is|are|remains?) (also |still |therefore )?(uncertain|unclear|unknown|not (yet )?(known|clear|established))\b`),
		negHarm: regexp.MustCompile(`(?i)\b(non-?inferior( to)?|free of|absence of|limited risk|low risk|minimal risk|rare(ly)?|safe|safely|well tolerated|` +
			// "the drug's low adverse effect profile"
			`(low|minimal|favou?rable|good|excellent|benign|acceptable|mild) (adverse[- ](effects?|events?|reactions?)|side[- ]effects?|toxicity) profile|(safety|tolerability)\b[^.;]{0,40}\b(was|were|is|are|remained|proved)\s+(acceptable|good|satisfactory|favou?rable|excellent|reassuring)|(acceptable|good|satisfactory|favou?rable|excellent|reassuring)\s+(safety|tolerability)|(match(ed)?|mirrored|(was|were) (consistent|in line) with|(was|were) similar to) (those |that |the ones )?(previously reported|already known|known|expected|reported before))\b`),
		changeVerb: newTermSet([]string{"reduced", "reduces", "reduce", "lowered", "lowers", "decreased", "decreases",
			"increased", "increases", "raised", "raises", "shortened", "shortens", "prolonged",
			"fell", "fallen", "rose", "risen", "declined", "dropped", "halved", "doubled"}),
		degree: newTermSet([]string{"more", "less", "greater", "lesser", "further"}),
		upTo:   newTermSet([]string{"up to", "made up", "make up", "makes up", "making up", "follow up", "followed up", "set up", "signed up"}),
		inc: newTermSet([]string{"increas*", "higher", "greater", "more", "rose", "risen", "rise", "rises", "rising",
			"raised", "raise", "raises", "elevat*", "longer", "larger", "bigger", "exceed*", "doubl*", "tripl*", "boost*",
			"accelerat*", "faster", "speed", "speeds", "speeded", "sped", "hasten*", "prolong*", "augment*", "heavier", "taller", "up", "high"}),
		dec: newTermSet([]string{"decreas*", "cut", "cuts", "cutting", "lower", "lowered", "lowers", "lowering", "less", "fewer", "reduc*", "shorter",
			"shorten*", "fell", "fall", "falls", "fallen", "declin*", "drop*", "diminish*", "smaller", "attenuat*",
			"lessen*", "slower", "slow", "slows", "slowed", "slowing", "halv*", "lighter", "minimi*", "suppress*", "down", "sooner", "earlier", "lesser", "low", "loss"}),
		good: newTermSet([]string{"improv*", "benefi*", "better", "effective", "effectively", "efficac*", "promot*",
			"enhanc*", "protect*", "helped", "helps", "help", "favour*", "favor*", "superior", "outperform*", "advantag*", "success*",
			"alleviat*", "reliev*", "relief", "prevent*", "supports", "support", "positive effect*", "preserv*", "optimi*",
			// "showed a clinically relevant and statistically robust
			// effect in treating ADHD": a treatment effect
			"effect in treating", "effects in treating", "effect in the treatment", "effects in the treatment"}),
		bad: newTermSet([]string{"worse", "worsen*", "harm*", "damag*", "impair*", "detriment*", "delay*", "retard*",
			"deteriorat*", "inferior", "injur*", "disrupt*", "compromis*", "danger*",
			"trigger*", "negative effect*", "adverse*"}),
		control: newTermSet([]string{"control*", "placebo*", "sham", "usual care", "standard care", "routine care",
			"conventional care", "standard treatment", "comparison group*", "comparison arm*", "comparison infants",
			"cg", "untreated",
			// an arm whose treatment waits ("than delayed-treatment
			// participants"): an untreated comparison, and its "delayed"
			// no word of the result
			"delayed treatment", "delayed intervention", "deferred treatment", "deferred intervention",
			"waitlist*", "wait list*", "waiting list*"}),
		refMarkers: newTermSet([]string{"than", "compared with", "compared to", "in comparison with", "versus", "vs",
			"relative to", "over", "against", "as against"}),
		negators: map[string]bool{"no": true, "non": true, "without": true, "not": true, "un": true},
		// research phrases that hold an outcome word but are no outcome; a
		// claims file adds its own (not_outcomes: "birth weight")
		masks: newTermSet([]string{"cost effective*", "cost effectiveness",
			// growth of organisms is not the growth of the participants
			"bacterial growth", "microbial growth", "fungal growth", "tumour growth", "tumor growth", "cell growth",
			// calls for more research are not findings
			"more research", "more studies", "more trials", "more randomi*", "more rigorous*", "more evidence", "more data",
			"larger studies", "larger trials", "larger sample*", "better designed", "better quality", "higher quality", "high quality",
			// design words are not the control group
			"controlled trial*", "controlled clinical", "controlled study", "controlled studies", "placebo controlled", "uncontrolled"}),
	}
}

// clauses splits a sentence at contrastive joints ("..., but ..."), never
// inside brackets ("(n = 6,645; OR 0.37; 95% CI 0.25 to 0.55)").
func (er effectRules) clauses(raw string) []string {
	raw = bracketSemicolons(raw)
	// "X lowered sepsis (RR 0.54) with no difference in mortality": the
	// null result is about other outcomes, a clause of its own
	raw = er.withNo.ReplaceAllString(raw, "; no $1")
	raw = er.withSimilar.ReplaceAllString(raw, "; $1")
	raw = er.inversely.ReplaceAllString(raw, "$2 $3 lower ")
	if m := er.butNotAside.FindStringSubmatchIndex(raw); m != nil && !er.comparedWith.MatchString(raw[:m[0]]) {
		// "A and B, but not C, were associated with lower risk": the
		// predicate is A's and B's; C's exception is a clause of its own
		// (not after "compared with", whose list of treatments the
		// aside may belong to)
		raw = raw[:m[0]] + " " + raw[m[1]:] + "; not " + raw[m[2]:m[3]]
	}
	// "significantly lowered pain without adverse effects": the absence of
	// harms is a finding of its own, not a word of the benefit's
	raw = er.withoutHarms.ReplaceAllString(raw, "; no $1")
	raw = er.withoutMoreHarms.ReplaceAllString(raw, "; no increase in $1")
	raw = er.splitListed(raw)
	// "X was as effective as Y for A and was associated with significantly
	// less B": the second predicate is a finding of its own, on B only
	raw = er.andAssociated.ReplaceAllString(raw, "; $1")
	if m := er.infinitiveItem.FindStringIndex(raw); m != nil && strings.Contains(strings.ToLower(raw[:m[0]]), " to ") {
		// the first item has its own "X to be": the list goes on
		raw = er.infinitiveItem.ReplaceAllString(raw, "; $1")
	}
	// "better than those who were not treated": the comparator
	raw = er.ellipsis.ReplaceAllString(raw, "$1 the comparison group")
	var out []string
	// "Although the mothers reported more pain, the infants scored
	// higher": the concession is a clause of its own
	if m := er.concession.FindStringIndex(raw); m != nil {
		out = append(out, strings.TrimSpace(raw[:m[1]-2]))
		raw = raw[m[1]:]
	}
	idx := er.clauseSplit.FindAllStringIndex(raw, -1)
	// ", and migraine attacks significantly more at weeks 17 to 20": an
	// elliptical comparison shares the verb before it, so it stays joined;
	// so does a clause that takes back the one before it ("X may give
	// higher recovery rates, but the difference does not reach
	// significance": one null finding)
	keep := idx[:0]
	for _, m := range idx {
		if er.aside(raw, m) {
			// "Pulmonary embolism, however, was significantly more
			// frequent": the subject and its verb are one clause
			continue
		}
		if !er.isElliptical(raw[m[1]:]) && !er.takesBack(raw[:m[0]], raw[m[1]:]) && !er.hedgeTakenBack(raw[:m[0]], raw[m[0]:m[1]], raw[m[1]:]) {
			keep = append(keep, m)
		}
	}
	idx = keep
	if len(idx) == 0 {
		return append(out, raw)
	}
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
	for i := 1; i < len(out); i++ {
		if !er.verbLed.MatchString(out[i]) {
			continue
		}
		if m := er.leadSubject.FindStringSubmatch(out[i-1]); m != nil {
			// "Total symptom scores did not differ at week 4 (P>0.05),
			// but were significantly lower in the test group at week 8":
			// the second clause's subject is the first's
			out[i] = m[1] + " " + out[i]
		}
	}
	return out
}

// splitListed makes each item of a list of results a clause of its own
// when the item before ends in a bracket of its own figures, the next
// states its own direction, and the items' figures disagree on
// significance ("vitamin D went with lower mortality (OR 0.51; 95% CI
// 0.12-2.19; p = 0.36), fewer admissions (OR 0.19; 95% CI 0.06-0.54;
// p = 0.002)"): each item's figures decide its own significance. A list
// whose items are all significant, or none, stays one finding.
func (er effectRules) splitListed(raw string) string {
	ms := er.listedResult.FindAllStringSubmatchIndex(raw, -1)
	if ms == nil {
		return raw
	}
	var cuts [][2]int // where an item ends, and where the next begins
	for _, m := range ms {
		open := strings.LastIndexAny(raw[:m[0]], "([")
		if open >= 0 && er.hasFigures(raw[open:m[0]+1]) {
			cuts = append(cuts, [2]int{m[0] + 1, m[2]})
		}
	}
	if len(cuts) == 0 {
		return raw
	}
	var items []string
	last := 0
	for _, c := range cuts {
		items = append(items, raw[last:c[0]])
		last = c[1]
	}
	items = append(items, raw[last:])
	sig, notSig := false, false
	for _, it := range items {
		if er.hasFigures(it) {
			s := er.isSig(it)
			sig, notSig = sig || s, notSig || !s
		}
	}
	if !sig || !notSig {
		return raw
	}
	return strings.Join(items, "; ")
}

// timeToHarm reports whether every harm the clause names is the event of a
// "time to" measure ("time to hospitalisation/death").
func (er effectRules) timeToHarm(raw string, toks []string, harms termSet) bool {
	low := strings.ToLower(raw)
	hs := harms.find(toks)
	for _, h := range hs {
		i := strings.Index(low, toks[h.start])
		if i < 0 || !er.timeTo.MatchString(low[max(0, i-40):i]) {
			return false
		}
	}
	return len(hs) > 0
}

// aside reports whether the split m of raw is a "however" set off by
// commas between a subject and its verb.
func (er effectRules) aside(raw string, m []int) bool {
	sep := strings.ToLower(raw[m[0]:m[1]])
	if !strings.HasPrefix(sep, ",") || !strings.HasSuffix(strings.TrimSpace(sep), ",") || !strings.Contains(sep, "however") {
		return false
	}
	// "Pulmonary embolism, however, was ...": a subject and its verb;
	// "the evidence is, however, weak": a judgement of the evidence
	return er.asideVerb.MatchString(raw[m[1]:]) || er.copulaEnd.MatchString(raw[:m[0]])
}

// takesBack reports whether a clause takes back the one before it ("but
// the difference did not reach significance") without naming outcomes of
// its own ("but it did not differ significantly in mortality").
//
// A clause naming a time of its own other than the one before it ("lower
// odds at 12 months (P = 0.04); the effect was not significant at 24
// months") is a result at that time, not a taking back.
func (er effectRules) takesBack(before, rest string) bool {
	m := er.takeBack.FindStringIndex(rest)
	if m == nil {
		return false
	}
	tail := rest[m[1]:]
	if i := strings.IndexAny(tail, ";."); i >= 0 {
		tail = tail[:i]
	}
	if wr, nr := er.followUpWeeks(rest); nr > 0 {
		if wb, nb := er.followUpWeeks(before); nb > 0 && wb != wr {
			return false
		}
	}
	return !er.takeBackObject.MatchString(tail)
}

// hedgeTakenBack reports whether a "but" clause takes back a change the
// clause before only suggested, on the same outcomes ("a qualitative
// reading suggested that X might lower VAP and mortality, but the
// meta-analysis found no significant difference in either VAP or
// mortality"): one null finding. A null on other outcomes ("may reduce
// pain, but had no effect on function") leaves the suggestion standing.
func (er effectRules) hedgeTakenBack(before, sep, rest string) bool {
	if !strings.Contains(strings.ToLower(sep), "but") {
		return false
	}
	m := er.hedgedChange.FindStringSubmatch(before)
	if m == nil {
		return false
	}
	if i := strings.IndexAny(rest, ";."); i >= 0 {
		rest = rest[:i]
	}
	if !er.isNull(rest) {
		return false
	}
	named, shared := 0, 0
	restToks := setOf(tokens(rest)...)
	for _, w := range tokens(m[1]) {
		if len(w) < 3 || isStop(w) {
			continue
		}
		named++
		if restToks[w] {
			shared++
		}
	}
	return named > 0 && 2*shared >= named
}

// isElliptical reports whether a clause borrows the verb of the one before
// it: a few words with no verb, then "significantly more / less" ("and
// migraine attacks significantly more at weeks 17 to 20").
func (er effectRules) isElliptical(rest string) bool {
	m := er.elliptical.FindStringSubmatchIndex(rest)
	if m == nil {
		return false
	}
	for _, w := range strings.Fields(strings.ToLower(rest[:m[2]])) {
		switch {
		case strings.HasSuffix(w, "ed"), w == "was", w == "were", w == "is", w == "are", w == "had", w == "has",
			w == "fell", w == "rose", w == "did", w == "does", w == "showed", w == "remained":
			return false
		}
	}
	return true
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

// armOrder compares the figures a clause gives each arm ("8% with oxygen
// and 11% with air", "126 patients (3.8%) on X and 111 (3.3%) on
// placebo"): -1 when the treated arm's is lower, +1 higher, 0 when the
// clause does not give one figure for each.
func (er effectRules) armOrder(raw string, g groups) int {
	var treated, compared float64
	gotT, gotC := false, false
	for _, m := range er.percent.FindAllStringSubmatchIndex(raw, -1) {
		v, err := strconv.ParseFloat(raw[m[2]:m[3]], 64)
		if err != nil {
			continue
		}
		// the words after the figure, up to the next number
		after := raw[m[1]:min(len(raw), m[1]+60)]
		if i := strings.IndexFunc(after, unicode.IsDigit); i >= 0 {
			after = after[:i]
		}
		at := tokens(after)
		isComp := g.comp.in(at) || er.control.in(at)
		switch {
		case !isComp && g.treat.in(at) && !gotT:
			treated, gotT = v, true
		case isComp && !gotC:
			compared, gotC = v, true
		}
	}
	if !gotT || !gotC || treated == compared {
		return 0
	}
	if treated < compared {
		return -1
	}
	return 1
}

// followUpWeeks returns the time, in weeks from the start, a text says
// its result was measured at ("at 6 weeks", "after 12 months", "the
// 6-month follow-up"), and how many such times it names.
func (er effectRules) followUpWeeks(raw string) (float64, int) {
	ms := er.timePoint.FindAllStringSubmatch(raw, -1)
	if len(ms) == 0 {
		return 0, 0
	}
	num, unit := ms[0][1], ms[0][2]
	if num == "" {
		num, unit = ms[0][3], ms[0][4]
	}
	if num == "" {
		num, unit = ms[0][6], ms[0][5]
	}
	v, err := strconv.ParseFloat(num, 64)
	if err != nil {
		words := map[string]float64{"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "eight": 8,
			"nine": 9, "ten": 10, "twelve": 12, "eighteen": 18, "twenty-four": 24}
		v = words[strings.ToLower(num)]
	}
	switch u := strings.ToLower(unit); {
	case strings.HasPrefix(u, "day"):
		v /= 7
	case strings.HasPrefix(u, "mo"):
		v *= 52.18 / 12
	case strings.HasPrefix(u, "y"):
		v *= 52.18
	}
	return v, len(ms)
}

// read interprets a clause for the outcome mention at sp.
func (er effectRules) read(raw string, toks []string, sp span, g groups) reading {
	var r reading
	r.null = er.isNull(raw)
	r.sig = !r.null && er.isSig(raw)
	if er.within.MatchString(raw) && !er.between.MatchString(er.baseline.ReplaceAllString(raw, " ")) && !bothTreated(toks, g) {
		r.within = true
	}
	// the groups' own names are no words of the result's worth ("delayed
	// cord clamping reduced anaemia": "delayed" names the treatment)
	vtoks := blank(blank(toks, g.treat), g.comp)
	vtoks = ownObjects(vtoks, sp, er.good, er.bad)
	goodAt, badAt := er.nearest(vtoks, er.good, sp), er.nearest(er.changedNouns(vtoks), er.bad, sp)
	// "reduced migraine days significantly more than sham": with a verb
	// of change in the clause, "more" and "less" say by how much
	ctoks := toks
	if er.changeVerb.in(toks) {
		ctoks = blank(toks, er.degree)
	}
	// "in children up to 2 years of age": a bound, not a rise; "made up
	// 82%": a share, not a rise
	ctoks = ownObjects(blank(ctoks, er.upTo), sp, er.inc, er.dec)
	incAt, decAt := er.nearest(ctoks, er.inc, sp), er.nearest(ctoks, er.dec, sp)
	// "delayed the time to lapse", "delayed the onset of sepsis": a delay
	// puts the event off, which is no worse in itself: a longer time, or
	// less of the event so far
	if d, ok := delayBefore(vtoks, sp); ok && d == badAt {
		badAt = -1
		if timeMeasure(toks, sp) {
			incAt = d
		} else {
			decAt = d
		}
	}
	// "a shorter onset of labour": the onset came sooner, more of it so
	// far; "a longer onset": less
	if sp.start < len(toks) && toks[sp.start] == "onset" {
		for k := sp.start - 1; k >= 0 && k >= sp.start-2; k-- {
			switch toks[k] {
			case "shorter", "shortened", "faster", "earlier", "quicker":
				incAt, decAt = sp.start-(k+1), -1
			case "longer", "prolonged", "slower", "later":
				incAt, decAt = -1, sp.start-(k+1)
			default:
				continue
			}
			break
		}
	}
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
	// "improved significantly less than in controls": the comparative
	// reverses the valence word
	if r.valence > 0 && lessThan(toks, er.good) || r.valence < 0 && lessThan(toks, er.bad) {
		r.valence, r.change = -r.valence, 0
	}
	// "physical fatigue increased significantly less in the exercise
	// group than in controls": the comparative reverses the change word
	if r.change > 0 && changedLessThan(toks, er.inc) || r.change < 0 && changedLessThan(toks, er.dec) {
		r.change = -r.change
	}
	// "neither regimen harmed the patients": a denied effect is no effect
	if !r.null && r.valence == 0 && r.change == 0 && (negatedIn(toks, er.good) || negatedIn(toks, er.bad)) {
		r.null = true
	}
	r.flip = er.subjectIsComparator(toks, g)
	if !r.null && !r.sig && (r.change != 0 || r.valence != 0) && er.between.MatchString(raw) && !er.slight.MatchString(raw) {
		r.sig = true
	}
	if !r.null && er.trend.MatchString(raw) {
		r.null, r.sig = true, false
	}
	return r
}

// ownObjects blanks the words of ts after the outcome at sp that open a
// verb phrase with an object of its own: in "appears to improve glucose,
// produce weight loss, lower the dose of drugs and improve quality of
// life", "lower" acts on "the dose", not on "weight loss" before it.
// "Reduced the most", "fell the first week" are no objects.
func ownObjects(toks []string, sp span, ts ...termSet) []string {
	out, copied := toks, false
	for _, set := range ts {
		for _, m := range set.find(toks) {
			i := m.start
			if i < sp.end || m.end != i+1 || m.end >= len(toks) || !determiner(toks[m.end]) {
				continue
			}
			if m.end+1 < len(toks) && noObject(toks[m.end+1]) {
				continue
			}
			if !copied {
				out, copied = append([]string(nil), toks...), true
			}
			out[i] = "_"
		}
	}
	return out
}

// determiner reports whether w opens the object of a verb ("lower the
// dose").
func determiner(w string) bool {
	switch w {
	case "the", "a", "an", "their", "its", "his", "her", "this", "these", "those":
		return true
	}
	return false
}

// noObject reports whether w after a determiner makes no object ("the
// most", "the same", "the first week").
func noObject(w string) bool {
	switch w {
	case "most", "least", "same", "first", "second", "third", "last", "end", "start", "beginning",
		"time", "day", "week", "month", "year":
		return true
	}
	return false
}

// delayBefore returns the distance from a word of delay just before the
// outcome at sp ("significantly delayed time to lapse") to it.
func delayBefore(toks []string, sp span) (int, bool) {
	for k := sp.start - 1; k >= 0 && k >= sp.start-4; k-- {
		if strings.HasPrefix(toks[k], "delay") && !negatedAt(toks, k) {
			return sp.start - (k + 1), true
		}
	}
	return 0, false
}

// timeMeasure reports whether the outcome at sp is a time ("time to
// lapse", "duration of ventilation").
func timeMeasure(toks []string, sp span) bool {
	for _, w := range toks[sp.start:sp.end] {
		if w == "time" || w == "duration" {
			return true
		}
	}
	return timeTo(toks, sp.start)
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
		// a negated word ("did not increase", "neither drug harmed") is not
		// a direction
		if negatedAt(toks, m.start) {
			continue
		}
		if best < 0 || d < best {
			best = d
		}
	}
	return best
}

// bothTreated reports whether "both" or "all" qualifies groups named by
// the intervention ("in both drug groups"): the treated arms together, set
// against a comparator, rather than a change within every arm ("in both
// groups", "with both the drug and physiotherapy").
func bothTreated(toks []string, g groups) bool {
	for i, t := range toks {
		if t != "both" && t != "all" {
			continue
		}
		rest := toks[i+1:]
		for _, m := range g.treat.find(rest[:min(len(rest), 2)]) {
			if m.end < len(rest) && (rest[m.end] == "groups" || rest[m.end] == "arms") {
				return true
			}
		}
	}
	return false
}

// generalValence reports whether a clause's valence words speak of the
// intervention as a whole ("beneficial effects", "improve the patients'
// overall outcome", "effective in ...") rather than of some other named
// thing ("improve oxygen saturation").
func (er effectRules) generalValence(toks []string) bool {
	ms := append(er.good.find(toks), er.bad.find(toks)...)
	for _, m := range ms {
		if negatedAt(toks, m.start) {
			continue
		}
		content := 0
		general := true
		named := false // a word naming what improved ("feeding outcomes")
		for j := m.end; j < len(toks) && content < 3; j++ {
			switch toks[j] {
			case "the", "a", "an", "these", "those", "their", "its", "this", "that", "significantly", "overall", "also",
				"further", "both", "of", "number", "several", "many", "various":
				continue
			case "clinical", "patient", "patients", "neonatal", "maternal", "perinatal", "pregnancy", "long", "short", "term",
				"important", "relevant", "key", "main", "other", "general":
				// "clinical outcomes", "long-term outcomes": no outcome named
				content++
				general = false
				continue
			case "effect", "effects", "outcome", "outcomes", "result", "results", "impact", "impacts", "health", "condition",
				"conditions", "wellbeing", "well":
				if named {
					// "improves feeding outcomes": the outcome named
					break
				}
				return true
			case "in", "on", "for", "to", "with", "and", "as", "at", "when", "than", "compared", "versus", "vs":
				if content == 0 && j+1 < len(toks) && (toks[j] == "in" || toks[j] == "at" || toks[j] == "for") && actionGerund(toks[j+1]) {
					// "effective in preventing blood glucose above 180":
					// what it is effective for follows the verb
					j++
					continue
				}
				if content == 0 {
					return true
				}
				content = 3
				continue
			}
			content++
			general = false
			named = true
		}
		if general {
			return true
		}
	}
	return false
}

// treatsCondition reports whether a clause names the condition the
// intervention treats as what its valence words are about ("a robust
// effect in treating ADHD", "effective in the treatment of hypertension"):
// the condition is the outcome, for a record naming no other.
func treatsCondition(toks []string, cond termSet) bool {
	for i, w := range toks {
		// "effective in treating X", "effect in the treatment of X": the
		// effect's own object, not "supports treating febrile children
		// with an antipyretic alone"
		at := -1
		switch {
		case w == "treating" && i >= 2 && (toks[i-1] == "in" || toks[i-1] == "for"):
			at = i - 2
		case w == "of" && i >= 4 && (toks[i-1] == "treatment" || toks[i-1] == "management") && toks[i-2] == "the" && (toks[i-3] == "in" || toks[i-3] == "for"):
			at = i - 4
		}
		if at < 0 || !effectWord(toks[at]) {
			continue
		}
		rest := toks[i+1:]
		if len(rest) > 0 && rest[0] == "the" {
			rest = rest[1:]
		}
		if m := cond.find(rest); len(m) > 0 && m[0].start == 0 {
			return true
		}
	}
	return false
}

// effectWord reports whether w names a treatment's effect or worth.
func effectWord(w string) bool {
	switch w {
	case "effect", "effects", "effective", "efficacy", "efficacious", "benefit", "beneficial", "useful", "helpful", "successful", "role", "value":
		return true
	}
	return false
}

// concededAfterNull reports whether clause cl follows a null clause before
// it in sentence raw after "although" ("neither A nor B reduced pain
// significantly, although scores were lower with A") and states no
// significance of its own: a difference the clause before calls not
// significant.
func (er effectRules) concededAfterNull(raw, before, cl string) bool {
	i := strings.Index(raw, cl)
	if i <= 0 || !er.afterConcession.MatchString(raw[:i]) || !er.isNull(before) {
		return false
	}
	return !er.hasFigures(cl) && !er.sig.MatchString(cl)
}

// changedNouns blanks the words of harm used as the name of what changed
// ("a lower risk of death and of major brain injury", "reduced kidney
// damage", "relieved functional impairment"): an outcome a change or
// benefit word before it acts on, not a judgement that the result was bad.
func (er effectRules) changedNouns(toks []string) []string {
	var out []string
	for i, w := range toks {
		switch w {
		case "injury", "injuries", "impairment", "impairments", "damage", "delay", "delays":
		default:
			continue
		}
		// "relieved functional impairment", "prevents brain injury": a
		// word of benefit acts on it too
		if before := toks[max(0, i-12):i]; !er.inc.in(before) && !er.dec.in(before) && !er.good.in(before) {
			continue
		}
		if out == nil {
			out = slices.Clone(toks)
		}
		out[i] = "_"
	}
	if out == nil {
		return toks
	}
	return out
}

// raters removes the people a clause names only as who rated an outcome
// ("parent- and observer-reported pain", "pain as rated by the nurses"):
// the outcome is still the participants'. "Mothers reported more pain"
// keeps its subject: the pain is theirs.
func (er effectRules) raters(cl string) string {
	return er.ratedBy.ReplaceAllString(er.raterCompound.ReplaceAllString(cl, "$1"), "$1")
}

// actionGerund reports whether a word is a verb of acting on something in
// its -ing form ("preventing", "reducing"), not a preposition that ends
// the same way ("during", "including").
func actionGerund(w string) bool {
	switch w {
	case "during", "including", "according", "regarding", "concerning", "following", "being", "having":
		return false
	}
	return len(w) > 5 && strings.HasSuffix(w, "ing")
}

// dropActiveNull removes from a clause a "no difference between A and B"
// where A and B are both treatments: it compares the treatments with each
// other, not with the comparator the rest of the clause is about.
func (er effectRules) dropActiveNull(raw string, treat termSet) string {
	return er.noDiffBetween.ReplaceAllStringFunc(raw, func(m string) string {
		sm := er.noDiffBetween.FindStringSubmatch(m)
		a, b := tokens(sm[7]), tokens(sm[8])
		if treat.in(a) && treat.in(b) && len(er.control.find(a)) == 0 && len(er.control.find(b)) == 0 {
			return " "
		}
		return m
	})
}

// activeOnly reports whether a clause compares treatments only: two or
// more intervention mentions and no comparator ("no difference between
// the two drugs").
func (er effectRules) activeOnly(toks []string, treat termSet) bool {
	active, end := 0, -1
	for _, m := range treat.find(toks) {
		if m.start > 0 && er.negators[toks[m.start-1]] {
			return false // "no drug": the comparator
		}
		if m.start != end {
			// "glycerin suppositories": terms side by side name one
			// treatment
			active++
		}
		end = m.end
	}
	return active >= 2 && len(er.control.find(toks)) == 0
}

// negatedIn reports whether a word of ts in toks is negated.
func negatedIn(toks []string, ts termSet) bool {
	for _, m := range ts.find(toks) {
		if negatedAt(toks, m.start) {
			return true
		}
	}
	return false
}

// lessThan reports whether a word of ts is followed by "less ... than"
// ("improved significantly less than in the control group").
func lessThan(toks []string, ts termSet) bool {
	return thanAfterLess(toks, ts, 2, 1, 4) >= 0
}

// changedLessThan reports whether a change word is followed by "less" and,
// within a few words, "than" and a group ("rose less in the treated group
// than in controls"), not a number ("rose by less than 5 mmHg").
func changedLessThan(toks []string, ts termSet) bool {
	k := thanAfterLess(toks, ts, 1, 2, 9)
	return k >= 0 && k+1 < len(toks) && !isNumber(toks[k+1])
}

// thanAfterLess returns the index of the first "than" that follows, from
// thanFrom to thanReach words on, a "less" up to lessReach words after a
// word of ts; -1 if there is none.
func thanAfterLess(toks []string, ts termSet, lessReach, thanFrom, thanReach int) int {
	for _, m := range ts.find(toks) {
		for j := m.end; j < len(toks) && j <= m.end+lessReach; j++ {
			if toks[j] != "less" {
				continue
			}
			for k := j + thanFrom; k < len(toks) && k <= j+thanReach; k++ {
				if toks[k] == "than" {
					return k
				}
			}
		}
	}
	return -1
}

// negatedAt reports whether the word at toks[i] is negated: "not" or "no"
// just before it, or "neither"/"nor"/"never" up to five words before.
func negatedAt(toks []string, i int) bool {
	if i > 0 && (toks[i-1] == "not" || toks[i-1] == "no") {
		return true
	}
	for j := max(0, i-5); j < i; j++ {
		switch toks[j] {
		case "neither", "nor", "never":
			return true
		}
	}
	return false
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
	treatEnds := map[int]bool{}
	for _, s := range g.treat.find(toks) {
		treatEnds[s.end] = true
	}
	for _, s := range g.comp.find(toks) {
		if toks[s.start] == "controlled" || toks[s.start] == "uncontrolled" {
			// "in a randomized controlled design": the study's design,
			// not the control group
			continue
		}
		if (toks[s.start] == "control" || toks[s.start] == "controls") && s.start > 0 && er.ctlSense[toks[s.start-1]] {
			// "statistical process control charts showed a fall",
			// "glycaemic control improved": what was controlled
			continue
		}
		if toks[s.start] == "controls" && s.start > 0 && (treatEnds[s.start] || !er.ctlNounBefore[toks[s.start-1]]) &&
			(s.end >= len(toks) || !er.ctlVerbAfter[toks[s.end]]) {
			// "acupuncture controls nausea": a verb, not the control group
			continue
		}
		ms = append(ms, mention{s.start, true})
	}
	// "un-" + the intervention ("untreated" for a treatment called
	// "treated"): the comparator
	for i, t := range toks {
		if len(t) > 4 && strings.HasPrefix(t, "un") && g.treat.in([]string{t[2:]}) {
			ms = append(ms, mention{i, true})
		}
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
	// "the score of the treated group differed significantly from
	// placebo": the group a difference is measured from
	if at > 0 && toks[at-1] == "from" {
		for _, t := range toks[lo : at-1] {
			if strings.HasPrefix(t, "differ") {
				return true
			}
		}
	}
	return false
}

// nullText is a clause as the "no difference" words read it: an
// untreated arm named with "no" ("compared with no treatment") written as
// "untreated controls", and a hyphenated "non-" prefix joined to its word
// ("non-pharmacological" → "nonpharmacological", "non-significant" →
// "nonsignificant"): neither is a negation of the result.
func (er effectRules) nullText(raw string) string {
	raw = er.noInteraction.ReplaceAllString(raw, " ")
	raw = er.notTaking.ReplaceAllString(raw, "$1")
	raw = er.clinicalOnly.ReplaceAllString(raw, " ")
	raw = er.noHeterogeneity.ReplaceAllString(raw, " ")
	raw = er.keepDoing.ReplaceAllString(raw, " ")
	raw = er.restated.ReplaceAllString(raw, " ")
	raw = er.measureEquiv.ReplaceAllString(raw, "${1} measure")
	raw = er.noArm.ReplaceAllString(raw, "${1} untreated controls")
	raw = er.untreatedArms(raw)
	return er.nonHyphen.ReplaceAllString(raw, "${1}non$2")
}

// untreatedArms rewrites a group named by what it did not get ("compared
// with placebo or no iron", "versus no chlorhexidine") as untreated
// controls: its "no" states no result. "compared with no significant
// difference" is left as it reads.
func (er effectRules) untreatedArms(raw string) string {
	return er.noNamedArm.ReplaceAllStringFunc(raw, func(m string) string {
		sub := er.noNamedArm.FindStringSubmatch(m)
		switch strings.ToLower(sub[3]) {
		case "significant", "statistically", "difference", "differences", "effect", "effects", "change", "changes",
			"benefit", "increase", "reduction", "evidence", "clear", "meaningful", "substantial", "improvement":
			return m
		}
		return sub[1] + " " + sub[2] + "untreated controls"
	})
}

// notVerbText is raw without the phrases whose "not" states no result:
// how alike pooled studies were, advice to keep doing something or not to
// use it, and who people were ("patients that had not responded").
func (er effectRules) notVerbText(raw string) string {
	for _, re := range []*regexp.Regexp{er.noHeterogeneity, er.keepDoing, er.advice, er.whoNot} {
		raw = re.ReplaceAllString(raw, " ")
	}
	return er.notTaking.ReplaceAllString(raw, "$1")
}

// isQuestion reports whether a clause asks rather than states ("Question:
// does X improve Y?"): what a study asked is not what it found.
func isQuestion(cl string) bool {
	return strings.HasSuffix(strings.TrimSpace(cl), "?")
}

// noFinding reports whether a clause states no result at all: a question,
// or where the treatment stands among others ("but not a replacement for
// prolonged anti-anxiety treatment").
func (er effectRules) noFinding(cl string) bool {
	return isQuestion(cl) || er.placement.MatchString(cl) || er.candidacy.MatchString(cl)
}

// isNull reports whether a clause says there was no (significant) difference.
func (er effectRules) isNull(raw string) bool {
	if er.null.MatchString(er.nullText(raw)) {
		return true
	}
	// "adverse events were as frequent with X as without it": the same in
	// both, unless a multiple says how much more ("twice as frequent")
	if m := er.asAs.FindStringSubmatch(raw); m != nil && m[1] == "" {
		return true
	}
	if er.notVerb.MatchString(er.notVerbText(raw)) {
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

// hasFigures reports whether a clause states a p-value or a confidence
// interval.
func (er effectRules) hasFigures(raw string) bool {
	return len(er.pvalues(raw)) > 0 || len(er.intervals(raw)) > 0
}

// isSig reports whether a clause states a significant difference.
//
// The numbers decide where there are any: a clause whose p-values and
// intervals all say no difference ("a borderline significant reduction,
// p = 0.07") does not state a significant one, whatever its words.
func (er effectRules) isSig(raw string) bool {
	ps, cis := er.pvalues(raw), er.intervals(raw)
	for _, p := range ps {
		if p.sig {
			return true
		}
	}
	for _, c := range cis {
		if c {
			return true
		}
	}
	if len(ps) > 0 || len(cis) > 0 {
		return false
	}
	if er.gradedSupport.MatchString(raw) || er.pooledStated(raw) {
		// "strong evidence favours manipulation over sham": a review's
		// graded verdict on a difference, which its figures would show
		return true
	}
	return er.sig.MatchString(raw) && !er.negSig.MatchString(raw) && !er.trend.MatchString(raw)
}

// pooledStated reports whether raw says a meta-analysis showed that the
// treatment changed an outcome ("the meta-analysis showed that music
// interventions improve cognitive function"), neither hedged nor negated
// between the two.
func (er effectRules) pooledStated(raw string) bool {
	m := er.pooledShowed.FindString(raw)
	if m == "" {
		return false
	}
	for _, w := range strings.Fields(strings.ToLower(m)) {
		switch w {
		case "may", "might", "could", "not", "no", "did", "possibly", "tended":
			return false
		}
	}
	return true
}

type pvalue struct {
	sig, null bool
}

// pvalues reads the p-values of a clause.
func (er effectRules) pvalues(raw string) []pvalue {
	var out []pvalue
	for _, ix := range er.pval.FindAllStringSubmatchIndex(raw, -1) {
		if equivalenceTest(raw[max(0, ix[0]-40):ix[0]]) {
			// "test for equivalence p=0.0008": a small p shows the arms
			// alike, not different
			continue
		}
		m := []string{raw[ix[0]:ix[1]], raw[ix[2]:ix[3]], raw[ix[4]:ix[5]]}
		v, err := strconv.ParseFloat(m[2], 64)
		if err != nil {
			continue
		}
		op := strings.TrimSpace(m[1])
		if op == "" && !strings.Contains(m[2], ".") {
			// "(P 0.018)" is a p-value written without its "="; a bare
			// "p 0" or "p 1" is not
			continue
		}
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

// equivalenceTest reports whether the words before a p-value name a test
// of equivalence or non-inferiority.
func equivalenceTest(before string) bool {
	b := strings.ToLower(before)
	return strings.Contains(b, "equivalen") || strings.Contains(b, "inferiority")
}

// primaryDefinition returns what a sentence names as the primary
// outcome ("Primary end point: spontaneous preterm birth"), or "" when it
// names none or reports a result of it ("the primary end point was met by
// 67%").
func (er effectRules) primaryDefinition(raw string) (def, whole string) {
	m := er.primaryDef.FindStringSubmatch(raw)
	if m == nil {
		return "", ""
	}
	def = m[len(m)-1]
	if er.resultNotDef.MatchString(def) {
		return "", ""
	}
	return def, m[0]
}

// intervals reads the confidence intervals of a clause, reporting for each
// whether it excludes the null value (1 for ratios, 0 for differences).
func (er effectRules) intervals(raw string) []bool {
	var out []bool
	perUnit := er.perUnit.MatchString(raw)
	for _, m := range er.ci.FindAllStringSubmatchIndex(raw, -1) {
		// a bound's minus may be the typographic "−" (U+2212)
		lo, err1 := parseSigned(raw[m[4]:m[5]])
		hi, err2 := parseSigned(raw[m[6]:m[7]])
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
		// "25.5% (95% CI 18.6%-33.9%)": one arm's rate and its interval,
		// not a difference between arms
		pctBounds := strings.HasPrefix(strings.TrimLeft(raw[m[5]:], " "), "%") || er.armRateCI(raw, m[7]) ||
			// "was 28.2% (95% CI 24.0-32.7%)": a percentage with its
			// interval in percent, a rate unless a word makes it a
			// difference or ratio
			strings.HasPrefix(raw[m[3]:], "%") && strings.HasPrefix(strings.TrimLeft(raw[m[7]:], " "), "%")
		var excludes bool
		switch {
		case pctBounds && !er.ratioWord.MatchString(before) && !er.diffWord.MatchString(before):
			continue
		case perUnit && !er.ratioWord.MatchString(before) && !er.diffWord.MatchString(before):
			// "0.9 CLABSI per 1,000 CL days (95% CI 0.67-1.19) with
			// chlorhexidine, 1.47 (1.17-1.81) with octenidine": each
			// arm's incidence and its interval, not a difference
			continue
		case er.ratioWord.MatchString(before):
			excludes = hi < 1 || lo > 1
		case er.diffWord.MatchString(before) || lo < 0:
			excludes = hi < 0 || lo > 0
		default:
			excludes = !(lo <= 0 && hi >= 0) && !(lo <= 1 && hi >= 1)
		}
		out = append(out, excludes)
	}
	for _, m := range er.estCI.FindAllStringSubmatch(raw, -1) {
		// "RR 0.90 (0.70 to 1.15)": the bracket after the estimate is its
		// interval
		lo, err1 := parseSigned(m[3])
		hi, err2 := parseSigned(m[4])
		if err1 != nil || err2 != nil {
			continue
		}
		if lo > hi {
			lo, hi = hi, lo
		}
		if isDifference(m[1]) {
			out = append(out, hi < 0 || lo > 0)
		} else {
			out = append(out, hi < 1 || lo > 1)
		}
	}
	return out
}

// armRateCI reports whether the interval whose upper bound ends at end
// bounds one group's rate: "2.8% (95% CI 1.5-4.8%) for land births", a
// percentage bound followed, past the bracket, by the group it is for.
func (er effectRules) armRateCI(raw string, end int) bool {
	rest := raw[end:]
	if !strings.HasPrefix(rest, "%") {
		return false
	}
	if i := strings.IndexAny(rest, ")]"); i >= 0 && i < 4 {
		return er.forGroup.MatchString(rest[i+1:])
	}
	return false
}

// harmNegated reports whether a clause denies the harms it names: a
// negator ("no", "without", "none"...) shortly before a harm term, a
// negated verb ("were not observed"), or a safety phrase ("safe", "well
// tolerated", "rarely") anywhere. A negator after the term qualifies
// something else ("fracture without displacement").
func (er effectRules) harmNegated(raw string, toks []string, harms termSet) bool {
	if er.negHarm.MatchString(raw) || er.notVerb.MatchString(er.advice.ReplaceAllString(raw, " ")) {
		return true
	}
	spans := harms.find(toks)
	relieved := 0
	for _, sp := range spans {
		if sp.end < len(toks) && (toks[sp.end] == "relief" || toks[sp.end] == "relieved" || toks[sp.end] == "relieving") {
			// "giving pain relief": less of it
			relieved++
		}
	}
	if len(spans) > 0 && relieved == len(spans) {
		return true
	}
	for _, sp := range spans {
		if sp.end < len(toks) && toks[sp.end] == "without" && !er.spanDenied(raw, toks, sp) {
			// "pulmonary embolism without deep venous thrombosis": the
			// embolism is reported, the other harm only qualifies it
			return false
		}
	}
	for _, sp := range spans {
		if er.spanDenied(raw, toks, sp) {
			return true
		}
	}
	return false
}

// spanDenied reports whether the harm at sp is denied or called slight.
func (er effectRules) spanDenied(raw string, toks []string, sp span) bool {
	for i := max(0, sp.start-8); i < sp.start; i++ {
		switch toks[i] {
		case "no", "not", "non", "nor", "neither", "without", "none", "never":
			return true
		}
	}
	// "mild-to-moderate adverse effects", "minor bleeding": harms
	// the text itself calls slight
	// — unless the clause calls the rise significant ("transient
	// blurred vision was significantly more frequent")
	for i := max(0, sp.start-3); i < sp.start && !er.sig.MatchString(raw); i++ {
		switch toks[i] {
		case "mild", "minor", "transient", "trivial", "minimal":
			return true
		case "few":
			// "with few side effects" (but "a few patients had side
			// effects" reports some)
			if i == 0 || toks[i-1] != "a" && toks[i-1] != "quite" {
				return true
			}
		}
	}
	// "complications were infrequent and not serious", "... were
	// unrelated to the gum": slight, or not the intervention's
	for i := sp.end; i < len(toks) && i < sp.end+6; i++ {
		switch toks[i] {
		case "infrequent", "uncommon", "rare", "mild", "minor", "transient", "unrelated":
			return true
		case "not":
			if i+1 < len(toks) && (toks[i+1] == "serious" || toks[i+1] == "related" || toks[i+1] == "attributable") {
				return true
			}
		}
	}
	return false
}

// masked returns toks with descriptor phrases ("birth weight") blanked so
// they are not read as outcomes.
func (er effectRules) masked(toks []string) []string {
	return changeFalls(withoutIntentions(blank(toks, er.masks)))
}

// changeFalls reads "fall" after a word of size as a decrease, not the
// outcome falls: "larger falls than the control group on depression
// scales", "a greater fall in tinnitus distress".
func changeFalls(toks []string) []string {
	out := toks
	for i := 1; i < len(toks); i++ {
		if toks[i] != "fall" && toks[i] != "falls" {
			continue
		}
		switch toks[i-1] {
		case "larger", "greater", "bigger", "smaller", "steeper", "sharper":
		default:
			continue
		}
		if &out[0] == &toks[0] {
			out = append([]string(nil), toks...)
		}
		out[i] = "decrease"
	}
	return out
}

// withoutIntentions blanks what people meant to do ("smokers who wanted
// to cut down", "patients planning to quit"): who they were, not what
// happened to them.
func withoutIntentions(toks []string) []string {
	out := toks
	for i := 0; i+2 < len(toks); i++ {
		if !isIntention(toks[i]) || toks[i+1] != "to" {
			continue
		}
		if &out[0] == &toks[0] {
			out = append([]string(nil), toks...)
		}
		for j := i + 2; j < min(i+4, len(toks)); j++ {
			out[j] = "_"
		}
	}
	return out
}

func isIntention(w string) bool {
	switch w {
	case "want", "wants", "wanted", "wanting", "wish", "wished", "wishing", "plan", "plans", "planned", "planning",
		"intend", "intends", "intended", "intending", "try", "tried", "trying", "hoping", "hoped", "willing", "motivated":
		return true
	}
	return false
}

// actsOn reports whether the treatment is named before a verb of change
// in a clause ("TXA lowered the risk", "zinc shortened the duration"), the
// subject of the change; not an outcome named with its change word first
// ("prolonged diarrhoea was assessed in zinc trials").
func (er effectRules) actsOn(toks []string, treat termSet) bool {
	ms := treat.find(toks)
	if len(ms) == 0 {
		return false
	}
	for i := ms[0].end; i < len(toks) && i <= ms[0].end+3; i++ {
		if er.changeVerb.in(toks[i : i+1]) {
			return true
		}
	}
	return false
}

// blank returns toks with every match of ts blanked ("_"), or toks itself
// when nothing matches.
func blank(toks []string, ts termSet) []string {
	ms := ts.find(toks)
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

// estimateSign reads the first effect estimate given after the outcome
// phrase in a clause: -1 when it says the outcome was lower with the
// intervention (a negative difference, a ratio below 1), +1 higher, 0
// when none is given or it says no difference.
func (er effectRules) estimateSign(raw, outcome string) int {
	return er.estimateSignWithin(raw, outcome, len(raw))
}

// estimateSignWithin is estimateSign for an estimate that starts within
// reach characters of the outcome (the ratio named before it, or its
// value after it).
func (er effectRules) estimateSignWithin(raw, outcome string, reach int) int {
	low := strings.ToLower(raw)
	i := strings.Index(low, outcome)
	if i < 0 {
		return 0
	}
	after := raw[i+len(outcome):]
	if loc := er.estimate.FindStringIndex(after); loc != nil && loc[0] > reach {
		after = ""
	}
	m := er.estimate.FindStringSubmatch(after)
	if m == nil {
		if c := er.changeBy.FindStringSubmatch(after); c != nil {
			// "SBP changed significantly by -4.95": the sign of the change
			if v, err := parseSigned(strings.TrimPrefix(c[1], "+")); err == nil {
				switch {
				case v < 0:
					return -1
				case v > 0 && strings.HasPrefix(c[1], "+"):
					return 1
				}
			}
		}
		// "the relative risk of death with cooling was 0.74": the ratio
		// named before the outcome, its value after it
		if r := er.ratioOf.FindStringSubmatch(raw[max(0, i-30):]); r != nil && strings.Contains(strings.ToLower(r[0]), outcome) && len(r[0]) <= reach+len(outcome)+60 {
			if v, err := strconv.ParseFloat(r[2], 64); err == nil && v > 0 {
				switch {
				case v < 1:
					return -1
				case v > 1:
					return 1
				}
			}
		}
		return 0
	}
	v, err := parseSigned(m[2])
	if err != nil {
		return 0
	}
	none := 1.0 // a ratio's "no effect"
	if isDifference(m[1]) {
		none = 0
	}
	switch {
	case v < none:
		return -1
	case v > none:
		return 1
	}
	return 0
}

// estimateNames are the names an effect estimate is given before its
// value: differences (SMD, MD, "mean difference") and ratios (RR, OR, HR).
const estimateNames = `SMD|WMD|MD|RR|OR|HR|IRR|(?i:mean difference|standardi[sz]ed mean difference|weighted mean difference|adjusted (?:mean )?difference|between-group difference|risk ratio|odds ratio|hazard ratio|relative risk|rate ratio)`

// isDifference reports whether an estimate's name (one of estimateNames)
// is a difference, whose "no effect" is 0, rather than a ratio (1).
func isDifference(name string) bool {
	switch strings.ToLower(name) {
	case "smd", "wmd", "md", "mean difference", "standardised mean difference", "standardized mean difference", "weighted mean difference",
		"adjusted difference", "adjusted mean difference", "between-group difference":
		return true
	}
	return false
}

// parseSigned parses a number whose minus may be written "−" or "–".
func parseSigned(s string) (float64, error) {
	return strconv.ParseFloat(strings.Map(func(r rune) rune {
		if r == '−' || r == '–' {
			return '-'
		}
		return r
	}, s), 64)
}

// estimateInTime reports whether the estimate after the outcome is a
// difference in days, hours or weeks ("the transition to oral feeding
// (MD -5.5 days)"): it measures how long something took, and fewer is
// sooner.
func (er effectRules) estimateInTime(raw, outcome string) bool {
	i := strings.Index(strings.ToLower(raw), outcome)
	if i < 0 {
		return false
	}
	rest := raw[i+len(outcome):]
	loc := er.estimate.FindStringIndex(rest)
	return loc != nil && er.timeUnit.MatchString(rest[loc[1]:])
}

// withoutGrading drops the bracketed figures of a result that end with
// the certainty of its evidence ("[RR = 1.68, 95% CI 1.09 to 2.57, P =
// 0.018; low-quality evidence]"): the result is a finding, its grade no
// judgement that the evidence is too weak.
func (er effectRules) withoutGrading(cl string) string {
	return er.grading.ReplaceAllString(cl, " ")
}

// weakJudgement reports whether a clause judges the evidence too weak
// rather than stating a finding. first: the clause opens its sentence,
// where "it remains uncertain whether X helps" is the verdict; after a
// finding ("..., although it is unclear whether the studies' quality
// affected it") it is a caveat on that finding.
func (er effectRules) weakJudgement(cl string, first bool) bool {
	cl = withoutHowever(cl)
	return er.insufficient.MatchString(er.withoutGrading(cl)) || first && er.uncertainWhether.MatchString(cl)
}

// withoutInstrument drops the scale a measure was taken on ("satisfaction
// with care on a 0-10 visual numerical rating scale"): the scale names how
// the word before it was measured, not an outcome of its own. Scores
// reported on a scale ("scores on the numerical rating scale") keep it.
func (er effectRules) withoutInstrument(cl string) string {
	return er.onScale.ReplaceAllStringFunc(cl, func(m string) string {
		before := er.onScale.FindStringSubmatch(m)[1]
		w := strings.ToLower(before)
		switch {
		case strings.HasPrefix(w, "score"), strings.HasPrefix(w, "point"), strings.HasPrefix(w, "rating"),
			strings.HasPrefix(w, "value"), strings.HasPrefix(w, "result"), strings.HasPrefix(w, "change"),
			w == "measured", w == "assessed", w == "rated", w == "evaluated", w == "scored", w == "recorded":
			return m
		}
		return before
	})
}

// withoutHowever drops an aside "however" from a judgement ("the
// scientific evidence is, however, weak"): it is no word of it.
func withoutHowever(cl string) string {
	return strings.ReplaceAll(strings.ReplaceAll(cl, ", however, ", " "), ", however ", " ")
}

// bracketSemicolons turns the semicolons inside brackets into commas: they
// separate the figures of one result, not two clauses.
func bracketSemicolons(raw string) string {
	if !strings.Contains(raw, ";") {
		return raw
	}
	b := []byte(raw)
	depth := 0
	for i, c := range b {
		switch c {
		case '(', '[':
			depth++
		case ')', ']':
			depth = max(0, depth-1)
		case ';':
			if depth > 0 {
				b[i] = ','
			}
		}
	}
	return string(b)
}

// setOf is the set of the given words.
func setOf(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// withoutThresholds removes the thresholds that define what a clause
// counted ("severe hypoxaemias (SpO2 < 80%) halved"): the measure inside
// is not the outcome reported. P-values stay.
func (er effectRules) withoutThresholds(cl string) string {
	if !strings.Contains(cl, "(") {
		return cl
	}
	return er.thresholdParens.ReplaceAllStringFunc(cl, func(m string) string {
		if sm := er.thresholdParens.FindStringSubmatch(m); sm != nil && strings.EqualFold(sm[1], "p") {
			return m
		}
		return " "
	})
}

// blamedOn returns the number of words before the connector that puts what
// precedes it down to what follows ("rupture of the cervix after", "anaphylaxis
// caused by", "hepatitis due to the use of"), when the connector stands
// among the last six words of before; 0 if there is none.
func (er effectRules) blamedOn(before []string) int {
	for k := len(before) - 1; k >= max(1, len(before)-6); k-- {
		w := before[k]
		switch {
		case w == "after" || w == "following" || w == "from":
		case (w == "by" || w == "to" || w == "with") && k >= 1 && (before[k-1] == "caused" || before[k-1] == "induced" || before[k-1] == "due" || before[k-1] == "secondary" || before[k-1] == "associated" || before[k-1] == "related" || before[k-1] == "attributed"):
			k--
		default:
			continue
		}
		// only "the use of", "multiple", "inappropriate handling of" and the
		// like may stand between the connector and the intervention
		return k
	}
	return 0
}
