package assess

import (
	"regexp"
	"slices"
	"strings"

	"github.com/litwatch/litwatch/store"
)

// Study designs (the JSON contract of store.Assessment.Design).
const (
	DesignSystematicReview  = "systematic_review"  // systematic reviews and meta-analyses
	DesignRCT               = "rct"                // randomised trials, quasi-randomised included
	DesignNonRandomised     = "non_randomised"     // controlled or uncontrolled trials without randomisation
	DesignObservational     = "observational"      // cohort, case-control, cross-sectional, survey
	DesignCaseReport        = "case_report"        // case reports and small case series
	DesignNarrativeReview   = "narrative_review"   // reviews without a systematic search
	DesignProtocol          = "protocol"           // study protocols (no results)
	DesignGuideline         = "guideline"          // guidelines, consensus statements
	DesignTrialRegistration = "trial_registration" // trial registry entries
	DesignOther             = "other"              // animal and laboratory studies, notices, editorials
)

// Designs lists every design value.
func Designs() []string {
	return []string{DesignSystematicReview, DesignRCT, DesignNonRandomised, DesignObservational,
		DesignCaseReport, DesignNarrativeReview, DesignProtocol, DesignGuideline,
		DesignTrialRegistration, DesignOther}
}

// designRules holds the patterns that recognise designs in text.
type designRules struct {
	// registryID is a trial registry's identifier (ClinicalTrials.gov,
	// ISRCTN, ANZCTR, IRCT, ChiCTR, CTRI, DRKS, EU CTR, UMIN, jRCT, PACTR,
	// TCTR, NTR, CRIS, ReBEC): in a title, the record is the registry entry
	registryID *regexp.Regexp
	// registrationOpening: a text that opens by saying it is a registration
	registrationOpening *regexp.Regexp
	// searchFound: "the search found 24 RCTs": a review's own search
	searchFound *regexp.Regexp
	// byThen: "by which time 292 patients had been randomised", "when 800
	// patients had been randomised": how far the trial itself had got,
	// not a follow-up of an earlier one
	byThen *regexp.Regexp
	// registeredOpening: a text that opens on "Registered ... trial": a
	// registered trial's plan, read from a summary of its record
	registeredOpening *regexp.Regexp
	laterWork         *regexp.Regexp
	// otherReviews: reviews the text cites ("previous meta-analyses",
	// "systematic reviews have shown"), not what it is
	otherReviews *regexp.Regexp
	// studyAndReview: a title naming the record's own study and then a
	// review beside it ("a randomized controlled trial and
	// meta-analysis", "a two-center study and literature review")
	studyAndReview, reviewWord *regexp.Regexp
	// calledNarrative: a review that calls itself narrative
	calledNarrative *regexp.Regexp
	// trialWord, blindedControl, explicitNonRandom: a trial against a
	// placebo or blinded, and what says its groups were not randomised
	trialWord, blindedControl, explicitNonRandom *regexp.Regexp
	// saysObservational: the record calls itself an observational study
	saysObservational *regexp.Regexp
	nonRandomTrial    *regexp.Regexp // "a non-randomised controlled trial", "quasi-experimental"
	protocolTitle     *regexp.Regexp
	future            *regexp.Regexp
	guideline         *regexp.Regexp
	guidelineBody     *regexp.Regexp
	systematic        *regexp.Regexp
	databases         *regexp.Regexp
	searched          *regexp.Regexp
	narrative         *regexp.Regexp
	reviewed          *regexp.Regexp // "reviews the published randomised trials": the trials are reviewed, not run
	citedTrials       *regexp.Regexp // "randomised controlled trials ... showing high rates": others' trials cited
	placeboArm        *regexp.Regexp // "143 controls received placebo", "received X or placebo": a placebo arm
	animal            *regexp.Regexp
	// animalUse: an animal as the means of a human treatment or harm
	// ("therapeutic horse riding", "dog-assisted therapy", "dog bites"),
	// or a plant named after one ("horse chestnut", "horsetail"), not the
	// subject of the study
	animalUse *regexp.Regexp
	// ownDesign: a background sentence naming the record's own study
	// ("This split-mouth randomized controlled clinical trial compared
	// ...") is read with the methods
	ownDesign       *regexp.Regexp
	lab             *regexp.Regexp
	clinicalInVitro *regexp.Regexp // "in vitro fertilisation": a treatment, not the laboratory
	caseReport      *regexp.Regexp
	// listedDesigns: case reports named in a list of the kinds of
	// evidence there is ("animal experiments, case reports, uncontrolled
	// and controlled studies"): others' reports, not the record's own
	listedDesigns                     *regexp.Regexp
	singleCase                        *regexp.Regexp
	dividedInto, groupedBy, givenVerb *regexp.Regexp // groups formed to be given something
	primaryTitle                      *regexp.Regexp // a title naming a primary study's design
	appraisal                         *regexp.Regexp // "an evidence-based case report"
	caseStudy                         *regexp.Regexp // a title's "a case study" (in a text, it may be one part of an article)
	caseSection                       *regexp.Regexp // a structured abstract's "CASE:" or "CASE PRESENTATION:" section
	oneIn                             *regexp.Regexp // "one woman in five": a share, not one person
	continuation                      *regexp.Regexp // "continuation data from a randomized trial": the trial's own later phase
	formedGroups                      *regexp.Regexp // "patients treated with X formed group A": grouped by what they had
	arms                              *regexp.Regexp // an intervention group ...
	controls                          *regexp.Regexp // ... against a control group: an interventional study
	planned                           *regexp.Regexp // a registration's or protocol's present-tense plans // an abstract that opens on one patient: "An atopic woman had anaphylaxis ..."
	describe                          *regexp.Regexp
	random                            *regexp.Regexp
	notRandom                         *regexp.Regexp
	nonRandom                         *regexp.Regexp
	// a single group given a treatment and measured before and after it:
	// an uncontrolled trial ("34 children received electroacupuncture;
	// SPECT was performed before and during EA")
	armGiven, prePost *regexp.Regexp
	// data gathered after the fact ("clinical data were collected on 53
	// patients", "data from 186 patients were analysed"): whatever groups
	// they fall in, nobody was allocated
	retroData     *regexp.Regexp
	observational *regexp.Regexp
	caseControl   *regexp.Regexp
	stats         *regexp.Regexp
	// armFigures: each arm's result in words ("scores were 9.02 with
	// fluoxetine and 10.89 with placebo"): a study reporting, not planning
	armFigures    *regexp.Regexp
	notice        *regexp.Regexp
	eligibility   *regexp.Regexp
	reviewHeading *regexp.Regexp // headings only a review's abstract has ("Search methods", "Study selection")
	foundStudies  *regexp.Regexp // "45 randomised controlled trials were found": the studies a search found
	selfReview    *regexp.Regexp // "this review asked": the record calls itself a review
	// reviewProtocol: "This is the protocol for a Cochrane intervention
	// review", "the review is at protocol stage"; reviewJournal: a journal
	// that publishes only systematic reviews and their protocols
	reviewProtocol, reviewJournal *regexp.Regexp
	// "a follow-up of a completed randomised trial", "a post hoc analysis
	// of": a trial's data looked at again, by arm or by something else
	laterLook *regexp.Regexp
	// "food allergy was associated with skin problems", "predictors of":
	// what a trial's later look relates is not what was randomised
	association *regexp.Regexp
	// "data came from a randomised trial", "had been randomised": a
	// cohort drawn from a trial
	followUp      *regexp.Regexp
	caseDescribed *regexp.Regexp // "an early neonatal death ... is described": one case
	// "they describe a 44-year-old woman who ...": the record's own case,
	// whatever reviews its discussion cites
	describesOne *regexp.Regexp
	// "Commentary on ...", "Editors' Choice review of: ...", a text opening
	// "(Commentary summarising ...": a piece about another's study
	commentary *regexp.Regexp
}

func newDesignRules() designRules {
	return designRules{
		protocolTitle:  regexp.MustCompile(`(?i)\bprotocol\b|\bdesign of (a|an|the) ([\w-]+,? ){0,6}(trial|study)\b|\brationale,? (and )?design\b|\bdesign,? (and )?(rationale|methods)\b|\b(rationale|design),? (design,? )?and methods\b`),
		reviewProtocol: regexp.MustCompile(`(?i)\bthis is (the |a )?(cochrane )?(review )?protocol\b|^\W*protocol (for|of) (a|an|the) (cochrane )?([\w-]+ )?review\b|\b(is|are) at (the )?protocol stage\b|\(protocol\)\s*$`),
		reviewJournal:  regexp.MustCompile(`(?i)^\s*(the )?cochrane database of systematic reviews\b|^\s*cochrane database syst rev\b`),
		laterLook:      regexp.MustCompile(`(?i)\b(follow-?up (study |survey )?of (a|an|the) (completed |previous |earlier |published )?(cluster[- ])?randomi[sz]ed|secondary (data )?analys[ie]s of (a|an|the|data from)|post[- ]hoc analys[ie]s of (a|an|the|data from)\b|(nested|embedded) (in|within) (a|an|the) (cluster[- ])?randomi[sz]ed)`),
		followUp: regexp.MustCompile(`(?i)\b(` +
			// data of a trial read for something else ("baseline data from
			// Food2Learn, a double-blind randomised trial"; "this
			// observational study covered patients of three RCTs")
			`\b(baseline )?data ((came|come|were (drawn|obtained|taken|derived|collected)|derived) )?(from|of) (a|an|the|[A-Z][\w-]*,? (a|an|the)) ([\w-]+,? ){0,6}randomi[sz]ed|observational (study|analysis)\b[^.;]{0,80}\b(randomi[sz]ed|rcts?)\b` +
			// infants of a trial regrouped by another variable, or followed
			// up after it ("had been randomised")
			`|(within|from|using data from) (a|an|the) ([\w-]+ ){0,3}randomi[sz]ed (controlled )?trial[^.;]{0,80}?\b(were|was) (grouped|stratified|categori[sz]ed|classified)|had been randomi[sz]ed` +
			// patients of earlier trials followed up or observed afterwards
			`|(observation|follow-?up) of (the )?(patients|participants|subjects|children|infants)( [\w-]+){0,3} from (two |three |the |a |an )?(previous|earlier|prior|completed)|(who )?had (taken part|participated|been enrolled) in (two |three |the |a |an )?(earlier|previous|prior|completed) ([\w-]+ ){0,4}(trials?|studies))`),
		association:   regexp.MustCompile(`(?i)\b(associat(ed|ions?)|predict(ors?|ed|s|ive|ing)?|risk (factors?|indicators?)|exposures?|exposed)\b`),
		commentary:    regexp.MustCompile(`(?i)^\W*(commentary|editorial|comment)\b|\b(commentary|editorial|comment) on\b|\beditors'? choice\b|^\W*\(?(commentary|editorial) (summari[sz]ing|on|about)\b`),
		describesOne:  regexp.MustCompile(`(?i)\b(we|the authors|they) (report|describe|present) (the case of )?(a|an) \d+[- ](day|week|month|year)s?[- ]old\b|\b(illustrat|describ|present|report)\w*\b[^.;]{0,60}?\bwith the case of (a|an)\b|\bsingle[- ](subject|case) (experiment|design|study)\b`),
		caseDescribed: regexp.MustCompile(`(?i)\b(an?|one)\s+(\w+\s+){0,4}?(death|case|patient|infant|newborn|neonate|baby|child|boy|girl|woman|man)\b[^.]{0,120}?\b(is|was) (described|reported|presented)\b`),
		selfReview:    regexp.MustCompile(`(?i)\b(this|our|the present|the current) (review|overview)\b|\bthe review (found|finds|contains|includes|included|identified|shows|showed)\b`),
		foundStudies:  regexp.MustCompile(`(?i)\b(\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+ty(-[a-z]+)?) (eligible |relevant )?(randomi[sz]ed (controlled )?(clinical )?)?(trials|studies|rcts|articles)\b[^.;]{0,60}?\b(were|was) (found|identified|included|retrieved|selected|eligible)\b|\b(contains|included|includes|identified)\s+(\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+ty(-[a-z]+)?) (eligible |relevant )?(randomi[sz]ed (controlled )?(clinical )?)?(trials|studies|rcts)\b`),
		future:        regexp.MustCompile(`(?i)\b(would need|would require|will need|will require|is expected to|are expected to|will be|will receive|will undergo|will enrol|will recruit|will assess|will compare|will evaluate|will examine|will investigate|will measure|will include|will test|this (study|trial) will|we will)\b`),
		guideline:     regexp.MustCompile(`(?i)\b(guidelines?|consensus (statement|conference|recommendations?)|position (statement|paper)|practice parameter|recommendations? (for|on|from)|clinical practice recommendations?|practice recommendations?|recommendations? summary|summary of (the )?recommendations|(revised|updated) algorithm for|roundtable|science advisory|scientific statement|expert consensus|task force recommendations?|recommendation statement|clinical practice update|best practice advice)\b|共识|指南`),
		// guidelineBody: a body that speaks as a guideline panel does
		guidelineBody: regexp.MustCompile(`(?i)\b(final recommendation statement|the (task force|panel|committee|working group|guideline (development )?group|expert panel) (recommends|concludes that|suggests|advises)|this (clinical report|guideline|consensus statement|expert consensus|science advisory|scientific statement|position (paper|statement)) (replaces|updates|provides|summari[sz]es|presents|offers|recommends)|strength of recommendation|\(grade [a-d]\)|\(i statement\)|best practice advice( statements?)?:)`),
		systematic:    regexp.MustCompile(`(?i)\b(systematic(ally)? (review|search|literature|reviewed|searched)|revisi(o|ó)n sistem(a|á)tica|revis(a|ã)o sistem(a|á)tica|metaan(a|á)lisis|metan(a|á)lise|meta-?\s?analy[sz]|metaanaly[sz]|meta-regression|pooled analysis|pooled (rate|risk|odds|hazard) ratio|prisma|umbrella review|rapid review|(review|overview) of (systematic )?reviews|scoping review|cochrane (review|collaboration tool|risk of bias|tool)|(searched|reviewed) systematically|integrative review|荟萃分析|系统评价|meta ?分析)`),
		databases:     regexp.MustCompile(`(?i)\b(medline|embase|pubmed|cochrane|cinahl|web of science|scopus|psycinfo|psychlit|lilacs|cnki|wan ?fang|google scholar)\b`),
		searched:      regexp.MustCompile(`(?i)\b(search(ed|es|ing)?|sought|retrieved|identified)\b`),
		narrative:     regexp.MustCompile(`(?i)\b(narrative review|literature review|review of (the )?(literature|research)|this review|we review|the review|overview of|state of the art|review article|(article|paper|chapter) reviews|(the|this) (article|paper|chapter)( \w+ly)? (describes|discusses|reviews|summari[sz]es|outlines|sets out|presents|considers|explores)|we discuss|(the )?authors (summari[sz]e|review|discuss|describe) (the )?(literature|evidence|current))\b`),
		placeboArm: regexp.MustCompile(`(?i)\b(\d+\s+)?(controls|control group|comparison group|the other group|the second group)\b[^.;]{0,40}\bplacebo\b` +
			// "251 children received SLIT or placebo for 2 years": each
			// participant given one of two arms, one a placebo
			`|\b(received|receive|receiving|took|take|taking|were given|were treated with)\s[^.;]{1,60}?\bor\s+(a\s+|an\s+)?(matching\s+|identical\s+|inactive\s+)?placebo\b`),
		citedTrials: regexp.MustCompile(`(?i)\b(a|an|one)\s+([\w-]+\s+){0,2}randomi[sz]ed\s+([\w-]+\s+){0,2}(trial|study|rct)\s+(had|has)\s+(previously\s+|already\s+)?(shown|demonstrated|found|reported|suggested|confirmed)\b|\b(previous|prior|several|many|some|recent|published|other|earlier|existing|numerous|few|small|large)\s+([\w-]+\s+){0,2}randomi[sz]ed\s+([\w-]+\s+){0,2}(trials|studies|rcts)\b|\brandomi[sz]ed\s+(controlled\s+|clinical\s+)*(trials|studies)(\s+\(rcts\))?(,[^,.;()]{1,40},|\s+(involving|including|with|of|in)\s+[^,.;()]{1,40}?)?\s+(and\s+([\w-]+\s+){1,2}(studies|trials|data)\s+)?(have\s+|had\s+|has\s+)?(been\s+)?(show\w*|demonstrat\w*|suggest\w*|found|report\w*|indicat\w*|support\w*|confirm\w*)`),
		reviewed:    regexp.MustCompile(`(?i)\breview\w*\s+(of\s+)?(the\s+)?(published\s+|available\s+|recent\s+|existing\s+)?(randomi[sz]ed\s+(controlled\s+)?(clinical\s+)?trials|rcts)\b`),
		animalUse:   regexp.MustCompile(`(?i)\b(horses?|equine|dogs?|canine|animals?|pets?)(['’]s?)?[- ]?(back[- ]?)?(riding|riders?|assisted|facilitated|therapy|therapies|bites?|owners?|ownership|handlers?|movements?|walk|gait|simulators?)\b|\bhorse[- ]?(chestnuts?|radish|tail|gram|mint|weed)\b`),
		ownDesign:   regexp.MustCompile(`(?i)^\W*(?:in\s+)?(?:this|the present|the current|our)\s+(?:[\w-]+\s+){0,5}?(?:trial|study|review|meta-analysis)\b`),
		animal:      regexp.MustCompile(`(?i)\b(rats?|mice|mouse|murine|rodents?|pups|piglets?|lambs?|sheep|ewes?|cattle|calves|horses?|equine|foals?|rabbits?|gerbils?|chinchillas?|ferrets?|wistar|sprague[- ]dawley|hamsters?|guinea pigs?|primates|monkeys?|dogs|canine|pigs|swine|zebrafish|animal (model|study|studies|experiment)|\d+\s+((male|female|adult|young|juvenile)\s+)*animals|(porcine|ovine|bovine|equine|canine|murine) (models?|animals|herds?|calves|species))\b`),
		// in vitro fertilisation and maturation are treatments of people,
		// not laboratory studies
		clinicalInVitro:     regexp.MustCompile(`(?i)\bin[ -]vitro[ -](fertili[sz]\w*|maturation)`),
		lab:                 regexp.MustCompile(`(?i)\b(in vitro|cell lines?|chromatograph\w*|gc/ms|gc-ms|mass spectrometr\w*|chemical composition|antimicrobial activity|antibacterial activity|minimum inhibitory|assays?|cultured cells)\b`),
		listedDesigns:       regexp.MustCompile(`(?i)\b(experiments|studies|trials|reviews|series|reports)\s*,\s*case reports\b|\bcase reports\s*,\s*(and\s+|or\s+)?([\w-]+\s+){0,2}(experiments|studies|trials|reviews|series)\b`),
		caseReport:          regexp.MustCompile(`(?i)\b(case reports?|case series|report of (a|an|two|three|four|five|\d+) cases?|^((a|an|two|three|four|five|\d+) )?(unusual |rare |fatal |severe )?cases? of|(the authors|we|they) (report|describe|present) (a|an)\b|(the authors|we|they) (report|describe|present)\b[^.;]{0,100}?\b(in|of) (a|an) ([\w-]+ ){0,3}?(man|woman|boy|girl|patient|child|infant|neonate|newborn|baby|adolescent|teenager|female|male)\b|:\s*(a|an|one|two|three|four|five|\d+) (unusual |rare )?cases?\s*$)`),
		formedGroups:        regexp.MustCompile(`(?i)\bformed group [a-z0-9]\b`),
		continuation:        regexp.MustCompile(`(?i)\b(continuation|extension|maintenance)( phase)? data (from|of)\b`),
		caseStudy:           regexp.MustCompile(`(?i)\bcase study\b`),
		oneIn:               regexp.MustCompile(`(?i)\bone (\w+ ){1,2}in (every )?(\d+|two|three|four|five|six|seven|eight|nine|ten)\b`),
		caseSection:         regexp.MustCompile(`(?:^|[.:]\s+|\n\s*)CASE(?: (?:PRESENTATION|REPORT|DESCRIPTION|SUMMARY|DETAILS|HISTORY))?S?\s*:`),
		appraisal:           regexp.MustCompile(`(?i)\bevidence[- ]based case reports?\b|\bcritically appraised topic\b`),
		primaryTitle:        regexp.MustCompile(`(?i)\b(randomi[sz]ed|controlled|placebo[- ]controlled|clinical|cross-?over|pilot|feasibility) (\w+[- ])?(trial|study)\b|\bcohort study\b|\bcase reports?\b`),
		dividedInto:         regexp.MustCompile(`(?i)\b(divided|split|separated) into (two|three|four|five|2|3|4|5) (groups|arms)\b`),
		groupedBy:           regexp.MustCompile(`(?i)\b(according to|based on|by (their|the|whether)|depending on|as per)\b`),
		givenVerb:           regexp.MustCompile(`(?i)\b(taking|received|receiving|given|took|consumed|consuming|supplemented|treated with)\b`),
		arms:                regexp.MustCompile(`(?i)\b(experimental|intervention|treatment|treated|study|case|test) (group|arm|infants|patients|children)s?\b|\b(were|was) given\b|\bgiven [a-z]|\b(divided|split|allocated|assigned) into (two|three|four|2|3|4)? ?(groups|arms)\b|\b(divided|split|allocated|assigned)( equally)? into (an? |the )?([a-z-]+ ){1,3}groups?\b|\breceived\b[^.;]{0,40}\beither\b[^.;]{0,60}\bor\b|\b(received|receiving)\b|\b(were|was) (treated|supplemented|massaged|stimulated)\b`),
		controls:            regexp.MustCompile(`(?i)\b(controls|control (group|arm|infants|children|patients)s?|placebo group|(conventional|usual|standard|routine) (care|nursery care) group|than controls|non-?[a-z]+ (group|arm)|group (b|2|ii)|comparison group|(either|or) (normal|usual|standard|routine|conventional) ([a-z]+ )?care|or no [a-z]+)\b`),
		planned:             regexp.MustCompile(`(?i)\b(planned|planning) to (recruit|enrol|enroll|include|randomi[sz]e)\b|\b(the|this) (study|trial|project) aims to\b|\b(is|are) an? ([\w-]+,? ){0,6}(trial|study) (testing|assessing|evaluating|comparing|investigating|examining) (whether|if)\b|\b(the|this) (study|trial) is an? ([\w-]+,? ){0,6}(trial|study)\b|\b(describes?|presents?|outlines?) the (design|rationale|protocol|methodology)\b|\b(a|an) completed phase [\w/]+ (study|trial)\b|\brecruiting (women|men|patients|participants|adults|children|infants|newborns|neonates|people|volunteers)\b|\b(planned enrol?ment|no results (posted|shown|yet|available)|(is|are) (being )?recruit(ed|ing)|(is|are) being (included|enrolled|enroled|randomi[sz]ed|allocated)|recruitment status|registry record|status:? (completed|active|recruiting|not yet recruiting)|not (yet )?recruiting|(registered|registry) (randomi[sz]ed )?(clinical )?trial \(|(this|a) (\w+ )?trial registration|first posted|target enrol?ment|target sample size|among ongoing studies|(is|are) planned|(a|an|the) planned ([\w-]+,? ){0,5}(trial|study)|no longer recruiting|recruitment (is )?(completed|closed)|(is|are) (to be|being) (conducted|carried out)|(are|is) (now )?(conducting|running|recruiting)|project period|funded project)\b|[;(]\s*(status:?\s*)?(recruiting|not yet recruiting|completed|terminated|withdrawn|suspended|active, not recruiting)\s*[;),]`),
		singleCase:          regexp.MustCompile(`(?i)^\W*([^.,;]{0,80},\s*)?(an?|one) (\w+[- ]){0,5}?(woman|man|girl|boy|child|infant|newborn|neonate|baby|patient|toddler|male|female|adult|student|person|mother|father|athlete)\b[^.]{0,80}?\b(had|developed|presented|was (admitted|brought|referred|seen)|experienced|suffered)\b`),
		describe:            regexp.MustCompile(`(?i)\b(describe|described|describes|(we|the authors) (report|present)|report(ed)? (a|an|two|three|\d+) (cases?|patients?|infants?|newborns?|neonates?|children)|(\d+|a|an)[- ](day|week|month|year)[- ]old)\b`),
		random:              regexp.MustCompile(`(?i)\b(randomi[sz]\w*|aleatori[sz]\w*|randomizad\w*|(allocated|assigned|divided|distributed|split) at random|double[- ]blind\w*,?\s+([\w-]+\s+){0,3}(placebo|randomi[sz]\w*|controlled|clinical|trials?|stud(y|ies)|cross-?over|parallel|design|fashion|manner)|(was|were|is|are|being)\s+([\w-]+\s+){0,2}double[- ]blind\w*|double[- ]blind\w*\s*[.(;:]|allocated (systematically|alternately)|alternate allocation|randomly (assigned|allocated|divided|split|distributed|placed|selected to receive)|\b(by|using|through|with) (a )?(lottery|lot drawing|drawing (of )?lots|drawn lots|coin toss(ing)?|tossing (of )?a coin|sealed (opaque )?envelopes?)|random (allocation|assignment|stratification|order|sequence|number)|quasi[- ]?random\w*|allocated by (sealed|opaque|closed) envelopes?|cluster[- ]randomi[sz]\w*)`),
		notRandom:           regexp.MustCompile(`(?i)\b(non[- ]?randomi[sz]\w*|not randomi[sz]\w*|without randomi[sz]\w*|randomly (selected|sampled|chosen|drawn)|non[- ]?random (assignment|allocation|sampling|selection))`),
		retroData:           regexp.MustCompile(`(?i)\b(clinical data|medical records?|case records?|case notes|charts|data (from|of|on) (\d+|[a-z]+ (hundred|thousand))[^.;]{0,60}?)\s+(were|was)\s+(collected|reviewed|analy[sz]ed|retrieved|extracted)\b`),
		armGiven:            regexp.MustCompile(`(?i)\b(received|were given|underwent|took part in|taking part in|participated in|practi[sc]ed|attended|entered)\b`),
		prePost:             regexp.MustCompile(`(?i)\b(before and (during|after)|pre-?,? ?(mid-? ?,? ?)?(and )?post-?(intervention|treatment|test)|at baseline(,| and)|at the start and (after|at the end)|baseline and (every|after)|after \d+ (weeks|months|sessions) of (training|treatment|therapy|practice|intervention))\b`),
		nonRandom:           regexp.MustCompile(`(?i)\b(allocated[^.;]{0,40}\b(according to|by) (their |the )?([\w'’]+ ){0,2}(willingness|preference|choice|wishes)|divided (by|according to) (the )?(treatment|therapy|intervention)( method| received| given)?|dose[- ]escalat\w* (trial|study)|prospective trial|cross-?over (trial|study|design)|prospective comparative (study|trial)|non[- ]?randomi[sz]\w*|non[- ]?random (assignment|allocation)|quasi[- ]experimental|semi[- ]?experimental|open[- ]label (study|trial)|single[- ]arm|uncontrolled|pre[- ]?post|before[- ]and[- ]after|pre[- ]?test[- ]?post[- ]?test|historical controls?|controlled (clinical )?trial|interventional study|pilot (study|trial)|prospective (open|interventional|clinical) (study|trial)|clinical trial|experimental (study|design|research|trial))\b`),
		observational:       regexp.MustCompile(`(?i)\b(cohort|case[- ]control|cross[- ]sectional|surveys?|audit|questionnaires?|registry|retrospective(ly)?|observational|population[- ]based|longitudinal|chart review|medical records|database|prevalence|interviews?|focus groups?|qualitative)\b`),
		caseControl:         regexp.MustCompile(`(?i)\b(case[- ]control|case[- ]crossover|case[- ]time[- ]control|self[- ]controlled case series|cohort|cross[- ]sectional)\b`),
		registryID:          regexp.MustCompile(`\b(NCT\d{8}|ISRCTN\d{8}|ACTRN\d{14}|IRCT\d{6,}N?\d*|ChiCTR[-\w]{6,}|CTRI/\d{4}/\d+/\d+|DRKS\d{8}|EudraCT\s*\d{4}-\d{6}-\d{2}|\d{4}-\d{6}-\d{2}-\d{2}|UMIN\d{9}|jRCT\w{8,}|PACTR\d{15}|TCTR\d{11}|NTR\d{3,5}|NL\d{4,5}|KCT\d{7}|RBR-\w{6,})\b`),
		registeredOpening:   regexp.MustCompile(`(?i)^\W*registered\b[^.;]{0,120}?\b(trial|study)\b`),
		byThen:              regexp.MustCompile(`(?i)\bby (which|that|the) time\b[^.;]{0,60}?\bhad been randomi[sz]ed|\b(when|after|once|until) (\d[\d,]*|all) [^.;]{0,40}?\bhad been randomi[sz]ed`),
		searchFound:         regexp.MustCompile(`(?i)\b(the|our|a|this) (literature )?search(es)? (found|identified|yielded|retrieved)\s+(\d+|[a-z]+(-[a-z]+)?) (eligible |relevant )?(randomi[sz]ed (controlled )?)?(trials|studies|rcts|articles|papers)\b`),
		registrationOpening: regexp.MustCompile(`(?i)^\W*((prospective|retrospective|trial|registry|study)\s+)?(registration|registry (record|entry|listing|plain-language summary))\b`),
		armFigures:          regexp.MustCompile(`(?i)\b(was|were)\s+\d+(\.\d+)?\s*%?\s+(with|in|for)\b[^.;]{0,60}?\band\s+\d+(\.\d+)?\s*%?\s+(with|in|for)\b`),
		stats:               regexp.MustCompile(`(?i)(\bp\s*[<=>≤≥]\s*0?\.\d|\(p\s+0?\.\d|95\s*%\s*(ci|confidence interval)\s*[:,]?\s*[-−]?\d|\bcis?\s+[-−]?\d+(\.\d+)?\s*(-|to|–)\s*[-−]?\d)`),
		// research the authors call for or plan next is not their own plan
		otherReviews:   regexp.MustCompile(`(?i)\b(previous|prior|earlier|existing|several|many|other|recent(ly published)?|published|numerous|some|two|three|multiple|these|such)\s+(\w+\s+){0,2}(systematic reviews|meta-?analy(ses|sis)|metaanalyses|cochrane reviews)\b|\b(systematic reviews|meta-?analyses|cochrane reviews)\b[^.;]{0,60}?\b((have|had|has)\s+(been|not|consistently)|((have|had|has)\s+)?(shown|shows?|showed|summari[sz]ed|found|report(ed|s)?|concluded|suggest(ed|s)?|demonstrated?|indicated?|indicates|established|confirmed|proved|proven))\b|\b(systematic reviews|meta-?analyses|cochrane reviews),?\s+(including|such as)\b|\b(systematic reviews|meta-?analyses) and (clinical )?(practice )?guidelines\b|\b(the|a|an)\s+(\d{4}\s+|recent\s+|previous\s+|earlier\s+|updated\s+)?(cochrane|systematic) review\b(,? which [^,.;]{1,60},)?\s+(has\s+|had\s+)?(confirmed|showed|shown|found|concluded|reported|suggested|demonstrated|indicated)\b`),
		reviewWord:     regexp.MustCompile(`(?i)\b(review|meta-?analys[ie]s|overview)\b`),
		studyAndReview: regexp.MustCompile(`(?i)\b(trial|study)\s+(and|with|plus|&)\s+(an?\s+)?(updated\s+|cumulative\s+)?(systematic\s+review|meta-?analysis|literature\s+review|review\s+of\s+(the\s+)?literature)\b`),
		calledNarrative: regexp.MustCompile(`(?i)\b(narrative|non-?systematic|selective|traditional|descriptive) (literature |mini[- ])?review\b` +
			// a design section that is only "Clinical review." ("STUDY
			// DESIGN: Clinical review. LEVEL OF EVIDENCE: Level 4.")
			`|(?m)^\s*(clinical|narrative) review\.?\s*$`),
		nonRandomTrial:    regexp.MustCompile(`(?i)\bnon[- ]?randomi[sz]ed (controlled |clinical |comparative )?(trial|study|intervention)|quasi[- ]?(experimental|randomi[sz]ed)\b`),
		saysObservational: regexp.MustCompile(`(?i)\b(retrospective|prospective|observational|population[- ]based|historical)\s+(\w+[- ])?(cohort|observational|descriptive|case[- ]control|cross[- ]sectional|chart|registry|database)\s*(study|analysis|review|design)?\b|\b(retrospective|observational) (study|analysis|review|design)\b|\b(case[- ]crossover|case[- ]time[- ]control|self[- ]controlled case series)\b`),
		trialWord:         regexp.MustCompile(`(?i)\b(clinical|controlled|multi-?cent(re|er)|placebo-controlled) trial\b`),
		blindedControl:    regexp.MustCompile(`(?i)\b(placebo|sham)\b|\b(single|double|triple)[- ]blind\w*|\bblinded\b|\ballocation (was )?conceal\w*|\bconcealed (allocation|from)\b`),
		explicitNonRandom: regexp.MustCompile(`(?i)\b(non[- ]?randomi[sz]\w*|non[- ]?random|quasi[- ]?(experimental|random\w*)|semi[- ]?experimental|single[- ]arm|uncontrolled|pre[- ]?post|before[- ]and[- ]after|pre[- ]?test|historical controls?|open[- ]label|convenience sampl\w*|consecutive\w*|alternat(e|ely|ing))\b`),
		laterWork:         regexp.MustCompile(`(?i)\b(further|future|additional|more|larger|new|follow-?up)\s+(\w+\s+){0,2}(studies|trials|research|investigations?|work)\s+(is|are)\s+(being\s+)?planned\b`),
		eligibility:       regexp.MustCompile(`(?i)\b(excluded|exclusion criteria|inclusion criteria|ineligible)\b`),
		reviewHeading:     regexp.MustCompile(`(?i)^\s*(search (methods|strategy|strategies)|data sources?|study selection|selection criteria|data extraction|data synthesis|data collection and analysis|authors['’]? conclusions)\s*:?\s*$`),
		notice:            regexp.MustCompile(`(?i)^(retraction|retracted|erratum|corrigendum|expression of concern|notice of retraction)\b|^correction\s*(?:[:\[]|to\b|notice\b|$)|^correction\s+for\s+\S+\s+et\s+al\b`),
	}
}

// design decides the study design from publication types and MeSH where
// present, and from the text otherwise. n is the participant count found,
// or -1 when it is not counted yet.
// caseInBody reports whether a sentence past the background opens on one
// patient ("A postpartum woman in her early 30s had an unexpected allergic
// reaction").
func (dr designRules) caseInBody(d *doc) bool {
	for _, s := range d.sents {
		if s.role != roleBackground && dr.singleCase.MatchString(s.raw) && !dr.oneIn.MatchString(s.raw) {
			return true
		}
	}
	return false
}

// caseSectioned reports whether a structured abstract has a section for
// the case ("CASE:", "Case presentation").
func (dr designRules) caseSectioned(d *doc) bool {
	for _, sec := range d.rec.Sections {
		if dr.caseSection.MatchString(strings.ToUpper(strings.TrimSpace(sec.Label)) + ":") {
			return true
		}
	}
	return dr.caseSection.MatchString(d.rec.Abstract)
}

func (dr designRules) design(d *doc, n int) string {
	pt := func(names ...string) bool {
		for _, p := range d.pubTypes {
			for _, n := range names {
				if p == n {
					return true
				}
			}
		}
		return false
	}
	mesh := func(name string) bool {
		for _, m := range d.mesh {
			if m == name {
				return true
			}
		}
		return false
	}
	title := d.rec.Title
	body := dr.methodsText(d)
	all := d.allRaw
	ownStudy := false
	if m := dr.studyAndReview.FindStringSubmatchIndex(title); m != nil && !dr.reviewWord.MatchString(title[:m[0]]) {
		// "…: a randomized controlled trial and meta-analysis": the
		// record's own study is its design; the review beside it
		// (and the search it describes) is context
		title, ownStudy = title[:m[3]], true
	}

	// Notices and registrations are not studies.
	if pt("retraction of publication", "published erratum", "expression of concern") || dr.notice.MatchString(strings.TrimSpace(title)) {
		return DesignOther
	}
	if pt("editorial", "comment") || dr.commentary.MatchString(title) || len(d.sents) > 0 && dr.commentary.MatchString(d.sents[0].raw) {
		// a commentary on another's study reports none of its own
		return DesignOther
	}
	if digest(d.rec.Sections) {
		// a digest of another's study ("SYNOPSIS", "SUMMARY POINTS":
		// a journal-club or evidence-update summary) reports none of
		// its own
		return DesignOther
	}
	if len(d.sents) > 0 && dr.reviewProtocol.MatchString(d.sents[0].raw) || dr.reviewProtocol.MatchString(title) {
		// "This is the protocol for a Cochrane intervention review": a
		// review planned, with no results
		return DesignProtocol
	}
	if dr.reviewJournal.MatchString(d.rec.Journal) {
		// a journal of systematic reviews only (its protocols said so
		// above)
		return DesignSystematicReview
	}
	if isRegistration(d) {
		return DesignTrialRegistration
	}
	// A registry entry read from a page other than the registry's own:
	// its title carries the registry's identifier, or its text opens by
	// saying it is a registration; with no results (no p-values or
	// intervals), it is one.
	if !dr.stats.MatchString(all) && (dr.registryID.MatchString(title) || len(d.sents) > 0 && dr.registrationOpening.MatchString(d.sents[0].raw)) {
		return DesignTrialRegistration
	}
	if pt("clinical trial protocol") || (dr.protocolTitle.MatchString(title) && !dr.reviewOfProtocol(title) || len(d.sents) > 0 && dr.registeredOpening.MatchString(d.sents[0].raw)) && !dr.stats.MatchString(all) {
		return DesignProtocol
	}
	if !dr.stats.MatchString(all) && !dr.armFigures.MatchString(all) && (countMatches(dr.future, body) >= 2 || dr.planned.MatchString(all) && dr.planned.MatchString(dr.laterWork.ReplaceAllString(all, " "))) {
		return DesignProtocol
	}
	if dr.systematic.MatchString(title) {
		return DesignSystematicReview
	}
	if pt("practice guideline", "guideline", "consensus development conference", "consensus development conference, nih") || dr.guideline.MatchString(title) || dr.guidelineBody.MatchString(all) {
		return DesignGuideline
	}
	own := all
	if dr.systematic.MatchString(all) || dr.calledNarrative.MatchString(all) {
		// only then can a cited review make a difference
		own = dr.otherReviews.ReplaceAllString(all, " ")
	}
	if dr.calledNarrative.MatchString(own) && !dr.systematic.MatchString(title) && !ownStudy {
		return DesignNarrativeReview
	}
	// a title that names the record's own primary design ("...: a
	// randomised placebo-controlled trial", "A pilot study") outweighs the
	// reviews its background cites
	primaryTitle := ownStudy || dr.primaryTitle.MatchString(title) && !dr.systematic.MatchString(title)
	systematic := !ownStudy && (!primaryTitle && dr.systematic.MatchString(own) ||
		len(uniqueMatches(dr.databases, all)) >= 2 && dr.searched.MatchString(all) ||
		len(uniqueMatches(dr.databases, all)) >= 1 && dr.searched.MatchString(all) && dr.foundStudies.MatchString(all) ||
		dr.searchFound.MatchString(all) ||
		// "This review asked ... 78 randomised controlled studies with
		// 59,216 women were included": a review that counts the studies
		// it included, though it names no database
		dr.selfReview.MatchString(all) && dr.foundStudies.MatchString(all) ||
		dr.reviewHeadings(d))
	if systematic && !pt("systematic review", "meta-analysis", "network meta-analysis") && dr.describesOne.MatchString(all) && !dr.foundStudies.MatchString(all) {
		// "The authors' literature search found several meta-analyses
		// ... They describe a 44-year-old woman who developed": a case
		// report whose discussion cites reviews
		return DesignCaseReport
	}
	if pt("systematic review", "meta-analysis", "network meta-analysis") || systematic && !primaryTitle {
		return DesignSystematicReview
	}
	if dr.appraisal.MatchString(title) {
		// "an evidence-based case report": a clinical question answered
		// from the literature, not a case
		return DesignNarrativeReview
	}
	if (dr.caseReport.MatchString(title) || dr.caseStudy.MatchString(title) || dr.caseSectioned(d)) && !dr.systematic.MatchString(title) {
		// "a case report and review of the literature": the case is the news
		return DesignCaseReport
	}
	if !ownStudy && (pt("review", "scoping review") || dr.narrative.MatchString(title) ||
		dr.narrative.MatchString(all) && n <= 0 && !dr.random.MatchString(dr.reviewed.ReplaceAllString(body, " "))) {
		return DesignNarrativeReview
	}
	animalMentions := len(dr.animal.FindAllString(dr.animalUse.ReplaceAllString(all, " "), -1))
	if mesh("animals") && !mesh("humans") || dr.animalIn(title) || animalMentions >= 2 && !humanStudy(d) {
		return DesignOther
	}
	if dr.labStudy(title) {
		return DesignOther
	}
	// trials the record cites ("randomised controlled trials ... showing
	// high rates of desensitisation") are not its own design
	ownBody := dr.citedTrials.ReplaceAllString(body, " ")
	randomised := dr.random.MatchString(ownBody) && !dr.notRandomOnly(ownBody)
	if randomised && dr.cohortFromTrial(body, all) {
		// a cohort followed up from a trial, or a secondary analysis of
		// its data, relating something else than the arms to an outcome:
		// what it reports was not randomised (a later look at the arms as
		// randomised stays a trial)
		return DesignObservational
	}
	if pt("case reports") {
		return DesignCaseReport
	}
	explicitObs := dr.caseControl.MatchString(all)
	firstSentence := ""
	if len(d.sents) > 0 {
		firstSentence = d.sents[0].raw
	}
	if !randomised && !explicitObs && (dr.caseReportIn(all) || dr.caseReport.MatchString(title) || dr.caseDescribed.MatchString(all) ||
		n > 0 && n <= 10 && dr.describe.MatchString(all) || n <= 1 && !dr.stats.MatchString(all) && (dr.singleCase.MatchString(firstSentence) || dr.caseInBody(d))) {
		return DesignCaseReport
	}
	if pt("randomized controlled trial", "pragmatic clinical trial", "equivalence trial") || randomised {
		return DesignRCT
	}
	// "a clinical trial" against a placebo, blinded or with its allocation
	// concealed, that says nothing of non-random assignment: the trials
	// written so are randomised
	if (dr.trialWord.MatchString(body) || dr.placeboArm.MatchString(body)) && dr.blindedControl.MatchString(body) && !dr.explicitNonRandom.MatchString(body) {
		return DesignRCT
	}
	if (dr.saysObservational.MatchString(body) || dr.retroData.MatchString(body)) && !dr.nonRandomTrial.MatchString(body) {
		// "a retrospective cohort study", "a single-centre retrospective
		// observational study" of epochs before and after a change
		return DesignObservational
	}
	if pt("clinical trial", "controlled clinical trial", "clinical trial, phase i", "clinical trial, phase ii",
		"clinical trial, phase iii", "clinical trial, phase iv") || dr.nonRandom.MatchString(body) {
		return DesignNonRandomised
	}
	if !explicitObs && dr.arms.MatchString(all) && dr.controls.MatchString(all) && !dr.formedGroups.MatchString(all) {
		// a group given the intervention against controls, not randomised
		return DesignNonRandomised
	}
	if !explicitObs && dr.givenGroups(all) {
		// groups formed to be given different doses or treatments ("divided
		// into 3 groups taking 1 g, 3 g and 6 g a day"): an experiment
		return DesignNonRandomised
	}
	if !explicitObs && dr.armGiven.MatchString(body) && dr.prePost.MatchString(body) {
		// one group given a treatment and measured before and after it
		return DesignNonRandomised
	}
	if pt("observational study", "comparative study", "multicenter study", "twin study", "validation study") ||
		dr.observational.MatchString(all) || mesh("cohort studies") || mesh("case-control studies") ||
		mesh("cross-sectional studies") || mesh("retrospective studies") || mesh("prospective studies") {
		return DesignObservational
	}
	if n > 10 {
		return DesignObservational
	}
	if n > 0 {
		return DesignCaseReport
	}
	if n == 0 && !dr.stats.MatchString(all) && len(d.sents) >= 4 && animalMentions == 0 && !dr.labStudy(all) {
		// several sentences about a subject, no study, no numbers: an
		// overview of it
		return DesignNarrativeReview
	}
	return DesignOther
}

// givenGroups reports whether participants were divided into groups that
// were then given something ("divided into 3 groups ..., the groups taking
// 1 g, 3 g and 6 g"), not grouped by what they already had ("divided into
// two groups according to their vitamin D level").
func (dr designRules) givenGroups(all string) bool {
	for _, m := range dr.dividedInto.FindAllStringIndex(all, -1) {
		after := all[m[1]:min(len(all), m[1]+120)]
		if i := strings.IndexAny(after, "."); i >= 0 {
			after = after[:i]
		}
		if dr.groupedBy.MatchString(after) {
			continue
		}
		if dr.givenVerb.MatchString(after) {
			return true
		}
	}
	return false
}

// reviewHeadings reports whether the abstract has a heading only
// systematic reviews use ("Search methods", "Data sources", "Study
// selection"), as a section label or inline ("SEARCH METHODS: ...").
func (dr designRules) reviewHeadings(d *doc) bool {
	for _, s := range d.rec.Sections {
		if dr.reviewHeading.MatchString(s.Label) {
			return true
		}
	}
	for _, line := range strings.Split(d.rec.Abstract, "\n") {
		if i := strings.Index(line, ":"); i > 0 && dr.reviewHeading.MatchString(line[:i]) {
			return true
		}
	}
	return false
}

// notRandomOnly reports whether every randomisation cue in text is negated
// ("non-randomised", "randomly selected").
func (dr designRules) notRandomOnly(text string) bool {
	pos := len(dr.random.FindAllString(text, -1))
	neg := len(dr.notRandom.FindAllString(text, -1))
	return pos > 0 && neg >= pos
}

// reviewOfProtocol reports whether a review's title names a treatment
// protocol as what it reviewed ("a systematic review and meta-analysis of
// trials using the original CST protocol"), not itself as a protocol
// ("protocol for a systematic review", "a systematic review protocol").
func (dr designRules) reviewOfProtocol(title string) bool {
	loc := dr.systematic.FindStringIndex(title)
	if loc == nil {
		return false
	}
	// ("systematic review and meta-analyses—study protocol")
	after := strings.NewReplacer("—", " ", "–", " ").Replace(title[loc[1]:])
	i := strings.Index(strings.ToLower(after), "protocol")
	if i < 0 {
		return false
	}
	head := strings.Fields(strings.ToLower(after[:i]))
	return len(head) > 0 && !slices.Contains([]string{"", "review", "reviews", "analysis", "analyses", "meta-analysis", "meta-analyses", "and", "a", "study"}, strings.Trim(head[len(head)-1], ":,;"))
}

// cohortFromTrial: the record reads people of a randomised trial as a
// cohort (followed up, regrouped, or a later look relating something
// other than the arms to an outcome), so what it reports was not
// randomised. A trial's own later phase ("continuation data from", "by
// which time 800 had been randomised") is no cohort.
func (dr designRules) cohortFromTrial(body, all string) bool {
	if !dr.followUp.MatchString(body) && !dr.laterLook.MatchString(body) {
		return false
	}
	own := dr.continuation.ReplaceAllString(dr.byThen.ReplaceAllString(body, " "), " ")
	return dr.followUp.MatchString(own) || dr.laterLook.MatchString(own) && dr.association.MatchString(all)
}

// labStudy reports whether text names laboratory work ("in vitro", "cell
// lines"); in vitro fertilisation and maturation are treatments of people.
func (dr designRules) labStudy(text string) bool {
	return dr.lab.MatchString(dr.clinicalInVitro.ReplaceAllString(text, " "))
}

// methodsText is the text that describes what the study did: the title and
// every sentence but the background and the conclusion (where trials are
// often only called for).
func (dr designRules) methodsText(d *doc) string {
	var b strings.Builder
	b.WriteString(d.rec.Title)
	for _, s := range d.sents {
		if s.role == roleBackground && !dr.ownDesign.MatchString(s.raw) || s.role == roleConclusion {
			continue
		}
		b.WriteString("\n")
		b.WriteString(s.raw)
	}
	return b.String()
}

// humanStudy reports whether the text speaks of human participants.
func humanStudy(d *doc) bool {
	n := 0
	for _, s := range d.sents {
		for _, t := range s.toks {
			switch t {
			case "patients", "participants", "women", "men", "mothers", "parents", "children", "volunteers", "adults", "humans":
				n++
			}
		}
	}
	return n >= 2
}

// isRegistration reports whether the record comes from a trial registry.
func isRegistration(d *doc) bool {
	src := strings.ToLower(d.rec.Source)
	if strings.Contains(src, "clinicaltrials") || src == "ctgov" || src == "ictrp" || src == "isrctn" {
		return true
	}
	if d.rec.NCT != "" && d.rec.PMID == "" && d.rec.DOI == "" {
		return true
	}
	// the sections a registry entry is written in (ClinicalTrials.gov's
	// "Brief Summary" and "Detailed Description", the plain-English
	// summary of ISRCTN's "Who can participate?"), whatever page showed it
	regs := 0
	for _, sec := range d.rec.Sections {
		switch strings.Join(strings.Fields(strings.ToUpper(strings.Trim(sec.Label, " :?"))), " ") {
		case "BRIEF SUMMARY", "DETAILED DESCRIPTION", "WHO CAN PARTICIPATE", "WHAT DOES THE STUDY INVOLVE",
			"BACKGROUND AND STUDY AIMS", "WHAT ARE THE POSSIBLE BENEFITS AND RISKS OF PARTICIPATING",
			"POSSIBLE BENEFITS AND RISKS", "ELIGIBILITY CRITERIA", "STUDY TYPE", "ENROLLMENT":
			regs++
		}
	}
	return regs > 0 && len(d.rec.Sections) <= 2*regs+1
}

func countMatches(re *regexp.Regexp, s string) int {
	return len(re.FindAllStringIndex(s, -1))
}

func uniqueMatches(re *regexp.Regexp, s string) map[string]bool {
	out := map[string]bool{}
	for _, m := range re.FindAllString(s, -1) {
		out[strings.ToLower(m)] = true
	}
	return out
}

// digest reports whether a record's sections are those of a digest of
// another's study: a "Synopsis" or "Summary points" section.
func digest(secs []store.Section) bool {
	for _, s := range secs {
		switch strings.ToUpper(strings.TrimSpace(s.Label)) {
		case "SYNOPSIS", "SUMMARY POINTS":
			return true
		}
	}
	return false
}

// caseReportIn reports whether text calls the record a case report,
// leaving out case reports named in a list of the kinds of evidence; the
// list is stripped only when the text names a case report at all, so most
// records pay for one match.
func (dr designRules) caseReportIn(text string) bool {
	return dr.caseReport.MatchString(text) && dr.caseReport.MatchString(dr.listedDesigns.ReplaceAllString(text, " "))
}

// animalIn reports whether text names an animal as a study's subject: not
// as the means of a human treatment ("horse riding") or in a plant's name
// ("horse chestnut").
func (dr designRules) animalIn(text string) bool {
	return dr.animal.MatchString(dr.animalUse.ReplaceAllString(text, " "))
}
