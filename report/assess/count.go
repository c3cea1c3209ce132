package assess

import (
	"regexp"
	"strconv"
	"strings"
)

// countRules finds how many people a study had and how many studies a
// review included.
type countRules struct {
	numWord   *regexp.Regexp
	thousands *regexp.Regexp
	spaced    *regexp.Regexp
	nEquals   *regexp.Regexp
	// bothSexes: "89 women and 59 men": one group told by sex, summed
	bothSexes  *regexp.Regexp
	people     *regexp.Regexp
	respective *regexp.Regexp
	eventAfter *regexp.Regexp // "... respectively had X": counts of an event, not of the groups
	// countShare: a count with its share in brackets ("38 (76%)"): part of a group
	countShare *regexp.Regexp
	armsSum    *regexp.Regexp
	// armsReceived: "50 received A and another 50 received B"
	armsReceived *regexp.Regexp
	armsIn       *regexp.Regexp // "enrolled 60 patients in arm A and 58 in arm B"
	// groupsOf: "two groups of 10 infants each"; armsComprised: "the
	// massage and control groups comprised 73 and 88 pairs"
	groupsOf, armsComprised *regexp.Regexp
	// groupsListed: "randomly assigned to three groups: 56 patients to A,
	// 73 patients to B, and 57 patients to a control group", and one arm
	// of such a list
	groupsListed, listedArm *regexp.Regexp
	// armsParen: "the study group (150 patients) received X; the
	// control group (150 patients) received Y"
	armsParen *regexp.Regexp
	// splitWhole: "128 evaluable subjects (67 DXM, 61 placebo)": a count
	// whose bracket splits it into the arms, all of it
	splitWhole *regexp.Regexp
	// armsOrParen: "received salbutamol (35 patients) or placebo (35
	// patients)": the two arms, each with its size in brackets
	armsOrParen *regexp.Regexp
	// armsOf: "96 of 600 women (16%) in the progesterone group and 108
	// of 597 in the placebo group"
	armsOf *regexp.Regexp
	// ofPool: "279 of 1,107 screened neonates were randomised": the first
	// number was randomised, the second screened
	ofPool *regexp.Regexp
	// strainCode: a number right after a capitals code ("DSM 17938",
	// "ATCC 53103", "PCSO-524") names a strain or product, it counts nobody
	strainCode *regexp.Regexp
	// eachGroup: "52 were in each group": the size every group had
	eachGroup *regexp.Regexp
	// nPerGroup: "(n = 27 per group)": one group's size, said for all;
	// threeArms: the sentence names three groups; armsNamed: it says
	// how many ("one of four groups (n=74 each)")
	nPerGroup, threeArms, armsNamed *regexp.Regexp
	// twoArmsOf: "from 10 massaged and 10 non-massaged preterm infants":
	// two arms of one noun, added up
	twoArmsOf *regexp.Regexp
	// sexShare: "59.4% (372/626) were boys": the denominator is everyone
	sexShare *regexp.Regexp
	// armShares: "12.1% (38/314) of the placebo group and 11.9% (37/312)
	// of the ondansetron group": the arms' denominators add up
	armShares *regexp.Regexp
	// reviewTotal: the people a review's studies hold, said beside them
	// ("ten trials (1479 participants)", "(n = 1049)", "in 13,443
	// children", "with 2293 participants")
	reviewTotal *regexp.Regexp
	// perGroup: a count followed by "each" is a group's size
	perGroup *regexp.Regexp
	bareVerb *regexp.Regexp
	// bareVerbGap: "303 reporting nausea were enrolled": a count whose
	// noun is left out, a few words before the verb that enrols them
	bareVerbGap *regexp.Regexp
	// gapPre: what before such a count makes it a place, a bound or part
	// of a name ("at two hospitals", "at least one item", "SARS-CoV-2",
	// "type-2 diabetes")
	gapPre *regexp.Regexp
	// setting: a noun right after a count's people word that makes the
	// phrase a place ("at one ambulatory surgical center")
	setting   *regexp.Regexp
	included  *regexp.Regexp
	total     *regexp.Regexp
	strong    *regexp.Regexp
	strongPre *regexp.Regexp
	enrol     *regexp.Regexp
	enrolPre  *regexp.Regexp
	pool      *regexp.Regexp
	skipPre   *regexp.Regexp
	studyVerb *regexp.Regexp
	numBefore *regexp.Regexp
	remaining *regexp.Regexp // "the remaining 183 patients were randomly assigned": those randomised after exclusions
	// partOf, tookPart: "933 of 1065 eligible women took part"
	partOf, tookPart *regexp.Regexp
	parens           *regexp.Regexp
	poolWord         *regexp.Regexp
	dateBefore       *regexp.Regexp
	// subsetOf: words after a number that make it a subset of the
	// studies counted before it ("6 in high-risk patients")
	subsetOf *regexp.Regexp
	// shareOf: "in five", "in every ten" after a count of people ("one
	// woman in five")
	shareOf *regexp.Regexp
	// factorial: "2-by-" or "2 x " just before a number
	factorial *regexp.Regexp
	// studiesAfter: studies named right after "N randomised"
	studiesAfter *regexp.Regexp
	aged         *regexp.Regexp
	withChild    *regexp.Regexp
	studyIn      *regexp.Regexp // "a trial in 80 patients": the study's sample
	ofThe        *regexp.Regexp // "Of the 200 infants randomised, ...": the total the rest is a part of
	randVerb     *regexp.Regexp
	allocVerb    *regexp.Regexp
	armNext      *regexp.Regexp // "... to massage and 30 to control": an arm, not the whole
	// groupArm, groupArmNext: "There were 79 participants in the 25-mg group, 75
	// in the 10-mg group and 79 in the 1-mg group": each arm's size in
	// turn, summed
	groupArm, groupArmNext *regexp.Regexp
	// groupArmBefore: what stands before the first arm when the arms are
	// its members
	groupArmBefore *regexp.Regexp
	// ofArms: "Of 30 infants in the A group and 30 in the B group": the
	// arms of the whole, before what became of them
	ofArms *regexp.Regexp
	// armRatios: "in 222/405 infants given A and 248/402 controls": the
	// arms' denominators
	armRatios *regexp.Regexp
	// analysisSet: "leaving 491 in the modified intention-to-treat
	// analysis": the analysed whole
	analysisSet *regexp.Regexp
	// randomisedTo: a sentence allocating to arms before its "n = " counts
	randomisedTo *regexp.Regexp
	// rate: "per month" right after a count: how often, not how many
	rate *regexp.Regexp
	// partFinished: ", 91 completed the study" after "Of the 100
	// patients": the part that finished, so the whole is the start
	// (not "were followed" or "were analysed": "Of 902 live births, 878
	// infants were followed" counts births, not the randomised)
	partFinished *regexp.Regexp
	// hadAndRandomised: "105 had anosmia and/or hyposmia and were
	// randomly allocated": the randomised, described before their verb
	hadAndRandomised *regexp.Regexp
	// dataFrom: "this interim analysis covers data from 220 patients":
	// the people an analysis holds, not a range ("from 2 to 5")
	dataFrom *regexp.Regexp
}

// genericPeople are the nouns any study counts people by; a claims file
// adds its own (its `participants` and `other_participants`).
const genericPeople = `patients?|participants?|subjects?|people|individuals|persons|cases|respondents?|volunteers|dyads?|pairs|families|twins|girls|boys|men|women|woman|adults?|children|child|schoolchildren|schoolgirls|schoolboys|students|pupils|adolescents|teenagers|pups|rats|mice`

// genericPeopleTerms are genericPeople as terms.
func genericPeopleTerms() termSet {
	return newTermSet(strings.Split(strings.ReplaceAll(genericPeople, "?", "*"), "|"))
}

// nounsPattern is genericPeople with the claims' nouns added, as a regexp
// alternation ("infant*" becomes infant\w*).
func nounsPattern(extra []string) string {
	alts := []string{genericPeople}
	seen := map[string]bool{}
	for _, t := range extra {
		t = strings.TrimSpace(t)
		if t == "" || seen[t] {
			continue
		}
		seen[t] = true
		prefix := strings.HasSuffix(t, "*")
		words := strings.Fields(strings.TrimSuffix(t, "*"))
		for i, w := range words {
			words[i] = regexp.QuoteMeta(w)
		}
		alt := strings.Join(words, `[\s-]+`)
		if prefix {
			alt += `\w*`
		}
		alts = append(alts, alt)
	}
	return strings.Join(alts, "|")
}

// newCountRules returns the counting rules, with extra nouns (from the
// claims) that people may be counted as.
func newCountRules(extra ...string) countRules {
	peopleNouns := nounsPattern(extra)
	return countRules{
		numWord:          regexp.MustCompile(`(?i)\b(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand)(?:[\s-]+(?:and[\s-]+)?(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand))*\b`),
		thousands:        regexp.MustCompile(`(\d),(\d{3})\b`),
		spaced:           regexp.MustCompile(`\b(\d{1,3})[\x{00a0}\x{2009}\x{202f} ](\d{3})\b`),
		bothSexes:        regexp.MustCompile(`(?i)\b(\d+)\s+(women|men|females|males|girls|boys)\s+and\s+(\d+)\s+(women|men|females|males|girls|boys)\b`),
		nEquals:          regexp.MustCompile(`(?i)\bn\s*(?:\([a-z]+\))?\s*=\s*(\d+)(\s+(?:[a-z][\w-]*\s+){0,3}?(?:` + peopleNouns + `)\b)?`),
		people:           regexp.MustCompile(`(?i)\b(\d+)((?:,?\s+(?:[a-z][\w'’-]*|[a-z]\.)){0,6}?),?\s+(` + peopleNouns + `)\b`),
		parens:           regexp.MustCompile(`\s*\([^()]*\)`),
		countShare:       regexp.MustCompile(`\b\d+\s*[(\[]\s*\d+(?:\.\d+)?\s*%\s*[)\]]`),
		groupArmBefore:   regexp.MustCompile(`(?i)\b(there were|there was|comprised|comprising|included|including|enrolled|enrolling|randomi[sz]ed|allocated|assigned)\s*:?\s*$`),
		groupArm:         regexp.MustCompile(`(?i)\b(\d+)\s+(?:[a-z-]+\s+){0,2}?(?:` + peopleNouns + `)\s+in\s+the\s+[^,;.]{1,40}?\b(?:group|arm)\b`),
		groupArmNext:     regexp.MustCompile(`(?i)^\s*(?:,\s*(?:and\s+)?|\s+and\s+)(\d+)\s+(?:(?:[a-z-]+\s+){0,2}?(?:` + peopleNouns + `)\s+)?in\s+the\s+[^,;.]{1,40}?\b(?:group|arm)\b`),
		eventAfter:       regexp.MustCompile(`(?i)^\s*,?\s*(?:had|developed|experienced|died|required|needed|showed|suffered|reported)\b`),
		respective:       regexp.MustCompile(`(?i)\b(\d+)((?:,\s*\d+)*),?\s+and\s+(\d+)((?:\s+[a-z][\w-]*){0,4}?)\s+(` + peopleNouns + `)\b[^.;]*\brespectively`),
		armsReceived:     regexp.MustCompile(`(?i)\b(\d+)\s+(?:(?:[a-z-]+\s+){0,2}?(?:` + peopleNouns + `)\s+)?(?:received|were given)\b[^.;]{1,100}?\band\s+(?:another\s+|the\s+other\s+|the\s+remaining\s+)?(\d+)\s+(?:(?:[a-z-]+\s+){0,2}?(?:` + peopleNouns + `)\s+)?(?:received|were given)\b`),
		armsSum:          regexp.MustCompile(`(?i)\b(\d+)\s+(?:(?:were|was)\s+)?(?:randomly\s+)?(?:randomi[sz]ed|allocated|assigned)\s+to\b[^.;]*?\band\s+(\d+)\s+(?:(?:were|was)\s+(?:randomly\s+)?(?:randomi[sz]ed|allocated|assigned)\s+)?to\b`),
		strainCode:       regexp.MustCompile(`\b(DSM|ATCC|CNCM|NCFM|LMG|NCIMB|CECT|KCTC|BCRC|JCM|CGMCC|HN|BB|LA|GG|BG|EVC|LGG|Lr|LR|UCC|BNR|Bi|Bl)[-\s]?(I-)?$|\b[A-Z][A-Z0-9]{1,7}-$`),
		reviewTotal:      regexp.MustCompile(`(?i)\b(?:studies|trials|rcts|articles|reports|datasets|papers|publications)\b[^.;()]{0,40}?(?:\(|\b(?:with|in|covering|involving|including|of|reporting on|combined population of|total(?:ling)? of)\s+)(?:n\s*=\s*)?(\d+)(?:\s+(?:[a-z-]+\s+){0,2}?(?:` + peopleNouns + `)\b|\s*[;),]|\s+(?:were|was)\b)`),
		sexShare:         regexp.MustCompile(`(?i)\(\s*\d+\s*/\s*(\d+)\s*\)\s*(?:were|was)\s+(?:boys|girls|males?|females?|men|women)\b`),
		armShares:        regexp.MustCompile(`(?i)\(\s*\d+\s*/\s*(\d+)\s*\)\s*(?:of|in)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?\s+(?:group|arm)\b[^;]{0,40}?\band\b[^;]{0,30}?\(\s*\d+\s*/\s*(\d+)\s*\)\s*(?:of|in)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?\s+(?:group|arm)\b`),
		eachGroup:        regexp.MustCompile(`(?i)^[^.;]{0,60}?\b(in|to|per) each (group|arm)\b|^,\s*\d+\s*(\([^)]*\)\s*)?(received|were given|were assigned|were allocated|were randomi[sz]ed)\b[^.;]{1,80}?\band\s+\d+\b`),
		perGroup:         regexp.MustCompile(`(?i)^\s*(?:[a-z-]+\s+){0,2}each\b`),
		ofPool:           regexp.MustCompile(`(?i)\b(\d+)\s+(?:out\s+)?of\s+(?:the\s+)?\d+\s+(?:[a-z-]+\s+){0,3}?(?:were|was)\s+(?:subsequently\s+|then\s+|eventually\s+)?(randomi[sz]ed|randomly (?:assigned|allocated)|enrolled|included|recruited|allocated)\b`),
		nPerGroup:        regexp.MustCompile(`(?i)\bn\s*=\s*(\d+)\s*(?:(?:per|in each|for each|each)\s*(?:group|arm)\b|each\b)`),
		threeArms:        regexp.MustCompile(`(?i)\b(three|3)\s+(?:equal\s+)?(groups|arms)\b|\b[\w-]+,\s+[\w-]+(?:\s+[\w-]+){0,2},?\s+or\s+[\w-]+\b`),
		armsNamed:        regexp.MustCompile(`(?i)\b(two|three|four|five|2|3|4|5)\s+(?:equal\s+|parallel\s+|treatment\s+)?(?:groups|arms)\b`),
		twoArmsOf:        regexp.MustCompile(`(?i)\b(\d+)\s+([a-z-]+)\s+and\s+(\d+)\s+(?:non-?|un)([a-z-]+)\s+(?:[a-z-]+\s+)?(?:` + peopleNouns + `)\b`),
		groupsListed:     regexp.MustCompile(`(?i)\b(?:assigned|allocated|randomi[sz]ed|divided)\s+(?:in)?to\s+(two|three|four|2|3|4)\s+(?:groups|arms)\s*[:,]\s*([^.;]+)`),
		listedArm:        regexp.MustCompile(`(?i)\b(\d+)\s+(?:[a-z-]+\s+){0,2}?(?:` + peopleNouns + `)\s+(?:to|in|into|received)\b`),
		groupsOf:         regexp.MustCompile(`(?i)\b(two|three|four|2|3|4)\s+(?:equal\s+)?groups\s+of\s+(\d+)\b`),
		armsOf:           regexp.MustCompile(`(?i)\b\d+\s+of\s+(\d+)\s+(?:` + peopleNouns + `)\b[^.;]{0,80}?\band\s+(?:in\s+)?\d+\s+of\s+(\d+)\b`),
		armsOrParen:      regexp.MustCompile(`(?i)\b(?:received|were given|(?:randomly )?(?:assigned|allocated|randomi[sz]ed) to)\s+[^().;]{1,80}?\(\s*(?:n\s*=\s*)?(\d+)\s+(?:` + peopleNouns + `)\s*\)\s*,?\s*(?:or|and|versus|vs\.?)\s+[^().;]{1,80}?\(\s*(?:n\s*=\s*)?(\d+)\s+(?:` + peopleNouns + `)\s*\)`),
		splitWhole:       regexp.MustCompile(`(?i)\b(\d+)\s+(?:[a-z-]+\s+){0,2}?(?:` + peopleNouns + `)\s*\(\s*(\d+)\s+[^,;()]{1,30}?[,;]\s*(?:and\s+)?(\d+)\s+[^,;()]{1,30}?\)`),
		armsParen:        regexp.MustCompile(`(?i)\b(?:group|arm)\s*\(\s*(?:n\s*=\s*)?(\d+)\s+(?:` + peopleNouns + `)\s*\)[^.;]{0,200}?[.;]?[^.;]{0,80}?\b(?:group|arm)\s*\(\s*(?:n\s*=\s*)?(\d+)\s+(?:` + peopleNouns + `)\s*\)`),
		armsComprised:    regexp.MustCompile(`(?i)\b(?:groups?|arms?)\s+(?:comprised|included|consisted of|numbered|contained|had|enrolled)\s+(\d+)\s+and\s+(\d+)\s+(?:[a-z-]+\s+){0,2}?[a-z-]+`),
		ofArms:           regexp.MustCompile(`(?i)^\W*of\s+(\d+)\s+(?:[a-z-]+\s+){0,3}?(?:` + peopleNouns + `)\s+in\s+[^.;\d]{1,60}?\s+and\s+(\d+)\s+in\s`),
		armRatios:        regexp.MustCompile(`(?i)\b\d+\s*/\s*(\d+)\s*(?:\([^()]*\)\s*)?(?:[a-z-]+\s+){0,5}?(?:` + peopleNouns + `|controls|group|arm)\b[^.;/]{0,60}?\band\s+(?:in\s+)?\d+\s*/\s*(\d+)\b`),
		rate:             regexp.MustCompile(`(?i)^(?:\s+[a-z-]+){0,2}?\s+(?:per|a|an|each|every)\s+(?:day|week|fortnight|month|year|night)\b`),
		partFinished:     regexp.MustCompile(`(?i)^\s*,\s*\d+\s+(?:[a-z-]+\s+){0,2}?(?:completed|finished)\b`),
		hadAndRandomised: regexp.MustCompile(`(?i)\b(\d+)\s+(?:had|met|fulfilled|developed|reported)\b[^.;:\d]{1,80}?\band\s+(?:were|was)\s+(?:subsequently\s+|then\s+)?(?:randomi[sz]ed|randomly (?:assigned|allocated))\b`),
		dataFrom:         regexp.MustCompile(`(?i)\b(?:analy[sz]\w*|covers?|covered|includ\w*|compris\w*|pool\w*|based on)\b[^.;\d]{0,30}?\bdata (?:from|on|of)\s*$`),
		analysisSet:      regexp.MustCompile(`(?i)\b(\d+)\s+(?:[a-z-]+\s+){0,2}?in\s+the\s+(?:modified\s+)?(?:intention[- ]to[- ]treat|itt|per[- ]protocol|full|primary)\s+(?:analysis|population|analysis set)\b`),
		randomisedTo:     regexp.MustCompile(`(?i)\b(?:(?:were|was)\s+(?:randomly\s+)?(?:randomi[sz]ed|assigned|allocated)|randomly (?:assigned|allocated))\s+(?:\([^()]*\)\s+)?(?:[\w-]+\s+){0,3}?to\b[^.;]{0,120}?\bn\s*=`),
		armsIn:           regexp.MustCompile(`(?i)\b(?:enrolled|included|recruited|randomi[sz]ed|analy[sz]ed)\s+(\d+)\s+(?:[a-z-]+\s+){0,3}?(?:` + peopleNouns + `)\s+in\s+[^.;\d]{1,60}?\s+and\s+(\d+)\s+in\s`),
		bareVerbGap:      regexp.MustCompile(`(?i)\b(\d+)\s+((?-i:[a-z][a-z-]*\s+){1,3}?)(?:were|was)\s+(randomi[sz]ed|randomly (?:assigned|allocated)|enrolled|recruited)\b`),
		gapPre:           regexp.MustCompile(`(?i)\b(at|least|most|than|by|over|under|within|of)\s*$|[a-z][-–]$`),
		setting:          regexp.MustCompile(`(?i)^\s+(?:cent(?:er|re)s?|sites?|hospitals?|units?|wards?|clinics?|departments?|institutions?|practices?|facilit(?:y|ies)|settings?)\b`),
		bareVerb:         regexp.MustCompile(`(?i)\b(\d+)\s+(?:(?:were|was)\s+)?(randomi[sz]ed|enrolled|recruited|registered|included|analy[sz]ed|met the inclusion criteria|completed the study|took part)\b`),
		included:         regexp.MustCompile(`(?i)\b(\d+)\s+(?:[a-z-]+\s+){0,3}?(studies|trials|rcts|articles|papers|reports|publications)\b`),
		total:            regexp.MustCompile(`(?i)(total of|cohort of|in total|in all|overall|altogether|combined sample of|total sample of|sample size of|sample of|comprised|comprising|a total)[\s,:]*$`),
		strong:           regexp.MustCompile(`(?i)^[^.;\d]{0,60}?\b(were|was)\s+(randomi[sz]\w*|allocated|assigned|analy[sz]ed|evaluated|studied|followed)|^[^.;\d]{0,40}?\b(randomly (assigned|allocated)|took part|completed|participated|were included in the analysis)`),
		strongPre:        regexp.MustCompile(`(?i)(analysis included|analy[sz]ed|randomi[sz]ed|randomly assigned|evaluated)[\s,:]*$`),
		enrol:            regexp.MustCompile(`(?i)^[^.;\d]{0,60}?\b(were|was)\s+(enrolled|included|recruited|registered|eligible and enrolled)|^[^.;\d]{0,20}?\b(met the inclusion|enrolled|participated)`),
		enrolPre:         regexp.MustCompile(`(?i)(enrolled|enrolling|included|including|recruited|involving|involved|with|studied|contained)[\s,:]*$`),
		pool:             regexp.MustCompile(`(?i)^[^.;\d]{0,40}?\b(screened|assessed for eligibility|eligible|approached|invited)\b`),
		poolWord:         regexp.MustCompile(`(?i)\b(eligible|screened|admitted|approached|assessed)\b`),
		studyVerb:        regexp.MustCompile(`(?i)^[^.;\d]{0,40}\b(were included|included|met|were identified|entered|were eligible|involving|with|were selected|were analy[sz]ed)`),
		factorial:        regexp.MustCompile(`(?i)\d\s*(-\s*by\s*-|\s+by\s+|\s*[x×]\s*)$`),
		shareOf:          regexp.MustCompile(`(?i)^\s+in (every )?(\d+|two|three|four|five|six|seven|eight|nine|ten)\b`),
		studiesAfter:     regexp.MustCompile(`(?i)^\s*(?:[\w-]+\s+){0,3}?(?:trials|studies|rcts|cohorts)\b`),
		subsetOf:         regexp.MustCompile(`(?i)^\s+(in|with|among|on|from)\b`),
		dateBefore:       regexp.MustCompile(`(?i)\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s*$|\b(in|since|until|year|from|to|during|winter|spring|summer|autumn|fall)\s*$`),
		studyIn:          regexp.MustCompile(`(?i)\b(trial|study|survey|experiment|cohort|sample)\s+(in|of|among|involving)\s*$|\b(trial|study)\b[^;]{0,130}\b(in|among|involving)\s*$`),
		armNext:          regexp.MustCompile(`(?i)^[^.;]{0,80}?\b(and|while|whereas|,)\s+(\d+)\s+(?:[a-z-]+\s+){0,3}?(to|in|into|received|were)\b`),
		allocVerb:        regexp.MustCompile(`(?i)^(?:\s+[a-z-]+){0,3}?\s*,?\s*(?:were\s+)?(randomi[sz]ed|randomly (assigned|allocated)|allocated|assigned)\s+to\b`),
		ofThe:            regexp.MustCompile(`(?i)^\W*of (the|these|those|all)\s*$`),
		randVerb:         regexp.MustCompile(`(?i)^(?:\s+aged\s+(?:between\s+)?[\d.]+\s*(?:[-–]|to|and)\s*[\d.]+\s*(?:years?|months?|weeks?|days?)(?:\s+old)?|\s+[a-z-]+){0,3}?\s*,?\s*(?:(?:in|at|from)\s[^.;\d]{0,80}?,?\s*)?(?:who\s+)?(?:were\s+)?(randomi[sz]ed|randomly (assigned|allocated)|recruited|enrolled)\b`),
		withChild:        regexp.MustCompile(`(?i)^\W{0,3}(and|with|of) (their |the |its )?([a-z-]+ )?(infants?|babies|baby|newborns?|neonates?|children|child)\b|^-(infant|baby|child)`),
		aged:             regexp.MustCompile(`(?i)\ban?\s+\d+(?:\.\d+)?[- ](?:hour|h|day|week|month|year)s?[- ]old\s+(?:` + peopleNouns + `|boy|girl|man|patient)\b`),
		partOf:           regexp.MustCompile(`(\d[\d,]*)\s+of\s+(?:the\s+)?$`),
		tookPart:         regexp.MustCompile(`(?i)^[^.;\d]{0,40}?\b(took part|participated|agreed to (take part|participate)|consented|were (randomi[sz]ed|enrolled|included))\b`),
		numBefore:        regexp.MustCompile(`[\d.]\s*[-–]?\s*$`),
		remaining:        regexp.MustCompile(`(?i)\bthe\s+remaining\s*$`),
		// "at week 20 mothers ...": a time point, not a count
		skipPre: regexp.MustCompile(`(?i)(\beach|\bper|\bevery|\bbetween|\bfrom|\baged|\bto|\bthan|\bof the|(?:^|[^\w-])in)[\s,:]*$|\b(week|day|month|year|hour|visit|session|cycle|wave|phase|grade|stage|level|step|age|type|class|category|tier|figure|table|version)s?\s*$|\bbetween\s+\d+\s+and\s*$|\b(?:asa|nyha|class|grade|stage|type)\s+(?:[ivx]+|\d+)\s*(?:or|and|to|-|–)\s*$`),
	}
}

// numberValue is the value of one number word.
func numberValue(w string) (int, bool) {
	small := []string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
		"eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"}
	for i, s := range small {
		if w == s {
			return i, true
		}
	}
	tens := []string{"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"}
	for i, s := range tens {
		if w == s {
			return 20 + 10*i, true
		}
	}
	return 0, false
}

// wordsToNumber converts "two hundred eighty-eight" to 288.
func wordsToNumber(s string) (int, bool) {
	total, cur := 0, 0
	seen := false
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return r == ' ' || r == '-' || r == '\t' || r == '\n' }) {
		switch w {
		case "and":
			continue
		case "hundred":
			if cur == 0 {
				cur = 1
			}
			cur *= 100
		case "thousand":
			if cur == 0 {
				cur = 1
			}
			total += cur * 1000
			cur = 0
		default:
			v, ok := numberValue(w)
			if !ok {
				return 0, false
			}
			cur += v
		}
		seen = true
	}
	return total + cur, seen
}

func convertNumber(words string) string {
	if v, ok := wordsToNumber(words); ok {
		return strconv.Itoa(v)
	}
	return words
}

// normaliseNumbers writes numbers in digits without thousands separators.
func (cr countRules) normaliseNumbers(s string) string {
	s = cr.numWord.ReplaceAllStringFunc(s, func(m string) string {
		// "and" joins only after hundred or thousand ("one hundred and
		// fifty"); elsewhere ("one and two") it separates two numbers.
		var parts []string
		words := strings.Fields(m)
		cur := []string{}
		for i, w := range words {
			lw := strings.ToLower(w)
			if lw == "and" && (i == 0 || !strings.HasSuffix(strings.ToLower(words[i-1]), "hundred") && !strings.HasSuffix(strings.ToLower(words[i-1]), "thousand")) {
				parts = append(parts, convertNumber(strings.Join(cur, " ")), "and")
				cur = nil
				continue
			}
			cur = append(cur, w)
		}
		parts = append(parts, convertNumber(strings.Join(cur, " ")))
		return strings.Join(parts, " ")
	})
	for i := 0; i < 3; i++ {
		s = cr.thousands.ReplaceAllString(s, "$1$2")
		s = cr.spaced.ReplaceAllString(s, "$1$2")
	}
	return s
}

// units that may not stand between a number and the people it counts.
// unitWord reports whether w is a unit or grouping word that may not stand
// between a number and the people it counts.
func unitWord(w string) bool {
	switch w {
	case "g", "kg", "mg", "ml", "cm", "mm", "weeks", "week", "days", "day", "months", "month", "years", "year",
		"hours", "hour", "hr", "hrs", "h", "min", "mins", "minute", "minutes", "seconds", "times", "sessions", "percent", "wk",
		"doses", "dose", "capsules", "tablets", "drops", "units", "studies", "trials", "rcts",
		"articles", "groups", "arms", "centres", "centers", "sites", "clusters", "communities", "villages",
		"districts", "schools", "classes", "classrooms", "practices", "households", "hospitals", "clinics", "wards",
		"facilities", "regions", "countries",
		"of", "per", "vs", "versus":
		return true
	}
	return false
}

// joinsOther reports whether the words between a number and a people noun
// that contain "and" hold a function word, so that the "and" joins the
// number's phrase to another ("a score of 17 or more and vitamin D
// deficiency", "30 or more and an MRI-confirmed herniated disc") rather
// than two kinds of one group ("354 primary and secondary care patients").
func joinsOther(words []string) bool {
	for _, w := range words {
		switch strings.Trim(w, "'’,;:") {
		case "or", "more", "less", "than", "with", "a", "an", "the", "at", "each", "were", "was", "who", "had", "in", "on", "to", "for", "by":
			return true
		}
	}
	return false
}

// gapJoins reports whether the words between a count and the verb that
// enrols its people make the count something else: a unit ("6 months
// later were randomised"), a part ("40 of them were enrolled") or a
// second phrase ("10 in A and 12 were ...").
func gapJoins(words []string) bool {
	for _, w := range words {
		w = strings.Trim(w, "'’,;:")
		if unitWord(w) {
			return true
		}
		switch w {
		case "and", "or", "with", "in", "at", "to", "from", "than", "later", "earlier", "after", "before", "had", "who", "each",
			"items", "item", "points", "point", "cycles", "they", "we", "these", "those", "them", "it", "planned", "expected", "target", "targeted", "eligible", "screened":
			return true
		}
	}
	return false
}

// candidate is one participant count with how much it is to be trusted.
type candidate struct {
	n, prio int
	noun    string // the people counted, lower-cased, when named
	phrase  string // the noun with the words before it ("elderly patients")
}

// Priorities of counts: a stated total beats the randomised or analysed
// number, which beats the enrolled number, which beats a bare mention,
// which beats the pool people were screened from.
const (
	prioPool = iota + 1
	prioMention
	prioEnrolled
	prioAnalysed
	prioTotal
	// prioRandomised: the number randomised (or recruited into a trial)
	// as a whole, which is what a trial's size means; the arms and those
	// analysed are parts of it.
	prioRandomised
	// prioRemainder: "the remaining 183 patients were randomly assigned"
	// after some of those recruited were excluded: the randomised whole,
	// which the recruited number before it does not override
	prioRemainder
)

// participants returns the number of participants the abstract states (0
// if none) and, for reviews, the number of included studies, with the
// people counted: the noun of the best count and every group the abstract
// says was enrolled or analysed ("900 women were enrolled ... 850
// children were registered").
func (cr countRules) participants(d *doc, review bool) (n, studies int, noun string, groups []string) {
	var cands []candidate
	// a title naming one patient ("... in a 70-year-old man") counts them
	if k := len(cr.aged.FindAllString(cr.normaliseNumbers(d.rec.Title), -1)); k > 0 {
		cands = append(cands, candidate{n: k, prio: prioMention})
	}
	fromResults := false
	for _, s := range d.sents {
		if s.role == roleBackground {
			continue
		}
		text := cr.sumSexes(cr.normaliseNumbers(s.raw))
		cands = append(cands, cr.sentenceCounts(text, review)...)
		if review && (studies == 0 || s.role == roleResults && !fromResults) {
			if v := cr.includedStudies(text); v > 0 {
				studies, fromResults = v, s.role == roleResults
			}
		}
	}
	best := candidate{}
	for _, c := range cands {
		if c.prio > best.prio || c.prio == best.prio && c.n > best.n {
			best = c
		}
		if c.prio >= prioEnrolled && c.phrase != "" {
			groups = append(groups, c.phrase)
		}
	}
	return best.n, studies, best.noun, groups
}

// includedStudies reads how many studies a review sentence says were
// included, or 0.
func (cr countRules) includedStudies(text string) int {
	for _, m := range cr.included.FindAllStringSubmatchIndex(text, -1) {
		v, _ := strconv.Atoi(text[m[2]:m[3]])
		after := text[m[1]:min(len(text), m[1]+60)]
		before := text[max(0, m[0]-30):m[0]]
		if v > 0 && v < 2000 && (cr.studyVerb.MatchString(after) || strings.Contains(strings.ToLower(before), "included")) {
			return v
		}
	}
	return 0
}

// sentenceCounts lists the participant counts one sentence states.
func (cr countRules) sentenceCounts(text string, review bool) []candidate {
	var out []candidate
	// "n = 52" arms, summed when a sentence gives several.
	ns := cr.nEquals.FindAllStringSubmatch(text, -1)
	sum, first := 0, 0
	for i, m := range ns {
		v, _ := strconv.Atoi(m[1])
		sum += v
		if i == 0 {
			first = v
		}
		if review && m[2] != "" {
			out = append(out, candidate{n: v, prio: prioTotal})
		}
	}
	if len(ns) >= 3 && 2*first == sum {
		// "(n = 104) were randomised to A (n = 52) or B (n = 52)": the
		// first is the whole, the rest its arms
		sum = first
	}
	if sum > 0 && !review {
		p := prioEnrolled
		if len(ns) == 2 && cr.randomisedTo.MatchString(text) {
			// "were randomised to A (n = 432) or B (n = 431)": the arms
			// make the whole, unless a total is stated
			p = prioAnalysed
		}
		out = append(out, candidate{n: sum, prio: p})
	}
	if !review {
		for _, m := range cr.nPerGroup.FindAllStringSubmatch(text, -1) {
			// "randomised to A or placebo (n = 27 per group)"
			k := 2
			if g := cr.armsNamed.FindStringSubmatch(text); g != nil {
				// "one of four groups (n=74 each)"
				k = groupCount(g[1])
			} else if cr.threeArms.MatchString(text) {
				k = 3
			}
			out = append(out, candidate{n: k * atoi(m[1]), prio: prioRandomised})
		}
		for _, m := range cr.twoArmsOf.FindAllStringSubmatch(text, -1) {
			// "10 massaged and 10 non-massaged infants": one word, and its
			// negation
			if strings.TrimPrefix(strings.ToLower(m[2]), "non-") == strings.ToLower(m[4]) || strings.HasPrefix(strings.ToLower(m[2]), strings.ToLower(m[4])) {
				out = append(out, candidate{n: atoi(m[1]) + atoi(m[3]), prio: prioEnrolled + 1})
			}
		}
	}
	if !review {
		for _, m := range cr.sexShare.FindAllStringSubmatch(text, -1) {
			out = append(out, candidate{n: atoi(m[1]), prio: prioEnrolled})
		}
		for _, m := range cr.armShares.FindAllStringSubmatch(text, -1) {
			out = append(out, candidate{n: atoi(m[1]) + atoi(m[2]), prio: prioMention})
		}
		for _, m := range cr.armRatios.FindAllStringSubmatch(text, -1) {
			out = append(out, candidate{n: atoi(m[1]) + atoi(m[2]), prio: prioMention})
		}
		for _, m := range cr.ofArms.FindAllStringSubmatch(text, -1) {
			out = append(out, candidate{n: atoi(m[1]) + atoi(m[2]), prio: prioRandomised})
		}
		for _, m := range cr.armsOf.FindAllStringSubmatch(text, -1) {
			out = append(out, candidate{n: atoi(m[1]) + atoi(m[2]), prio: prioMention})
		}
		for _, m := range cr.armsParen.FindAllStringSubmatch(text, -1) {
			out = append(out, candidate{n: atoi(m[1]) + atoi(m[2]), prio: prioEnrolled})
		}
		for _, m := range cr.armsOrParen.FindAllStringSubmatch(text, -1) {
			out = append(out, candidate{n: atoi(m[1]) + atoi(m[2]), prio: prioEnrolled})
		}
		for _, m := range cr.splitWhole.FindAllStringSubmatch(text, -1) {
			if atoi(m[2])+atoi(m[3]) == atoi(m[1]) {
				out = append(out, candidate{n: atoi(m[1]), prio: prioAnalysed})
			}
		}
		for _, m := range cr.analysisSet.FindAllStringSubmatch(text, -1) {
			out = append(out, candidate{n: atoi(m[1]), prio: prioAnalysed})
		}
	}
	if review {
		for _, m := range cr.reviewTotal.FindAllStringSubmatchIndex(text, -1) {
			if cr.subsetOf.MatchString(text[m[3]:m[1]]) {
				// "Fifty RCTs were included (6 in high-risk patients
				// only)": how many of the studies, not people
				continue
			}
			out = append(out, candidate{n: atoi(text[m[2]:m[3]]), prio: prioTotal})
		}
	}
	// "given to 38 (76%) and 30 (60%) infants ... respectively": counts
	// with their share of a group are parts of the groups, not their sizes
	withoutShares := ""
	if strings.Contains(strings.ToLower(text), "respectively") {
		withoutShares = cr.parens.ReplaceAllString(cr.countShare.ReplaceAllString(text, "some"), "")
	}
	text = cr.parens.ReplaceAllString(text, "")
	if k := len(cr.aged.FindAllString(text, -1)); k > 0 {
		out = append(out, candidate{n: k, prio: prioMention})
	}
	for _, ix := range cr.respective.FindAllStringSubmatchIndex(withoutShares, -1) {
		m := make([]string, len(ix)/2)
		for i := range m {
			if ix[2*i] >= 0 {
				m[i] = withoutShares[ix[2*i]:ix[2*i+1]]
			}
		}
		if cr.eventAfter.MatchString(withoutShares[ix[1]:]) {
			// "1 and 4 neonates respectively had high probable sepsis":
			// how many in each group had an event, not the groups' sizes
			continue
		}
		total := atoi(m[1]) + atoi(m[3])
		for _, x := range strings.Split(m[2], ",") {
			total += atoi(strings.TrimSpace(x))
		}
		out = append(out, candidate{n: total, prio: prioAnalysed})
	}
	for _, ix := range cr.groupArm.FindAllStringSubmatchIndex(text, -1) {
		// "79 participants in the 25-mg group, 75 in the 10-mg group and
		// 79 in the 1-mg group": the arms' sizes, unless what follows
		// says what happened to that many in each
		sum, arms, end := atoi(text[ix[2]:ix[3]]), 1, ix[1]
		for {
			m := cr.groupArmNext.FindStringSubmatchIndex(text[end:])
			if m == nil {
				break
			}
			sum += atoi(text[end+m[2] : end+m[3]])
			arms++
			end += m[1]
		}
		if arms < 2 || cr.eventAfter.MatchString(text[end:]) {
			continue
		}
		// only where the sentence says these are the arms' members ("There
		// were ...", "randomised ..."), not what befell so many in each
		// ("occurred in 29 children in the A group and 34 in the B group",
		// "completed by 34 pairs in the A group and 30 in the B group")
		if cr.groupArmBefore.MatchString(text[max(0, ix[0]-40):ix[0]]) {
			out = append(out, candidate{n: sum, prio: prioEnrolled})
		}
	}
	for _, m := range cr.armsSum.FindAllStringSubmatch(text, -1) {
		// "30 were randomised to A and 30 to B": the arms of the whole
		out = append(out, candidate{n: atoi(m[1]) + atoi(m[2]), prio: prioRandomised})
	}
	for _, m := range cr.armsIn.FindAllStringSubmatch(text, -1) {
		out = append(out, candidate{n: atoi(m[1]) + atoi(m[2]), prio: prioEnrolled})
	}
	if !review {
		for _, m := range cr.hadAndRandomised.FindAllStringSubmatchIndex(text, -1) {
			if before := text[max(0, m[0]-12):m[0]]; cr.skipPre.MatchString(before) || cr.gapPre.MatchString(before) {
				continue
			}
			out = append(out, candidate{n: atoi(text[m[2]:m[3]]), prio: prioRandomised})
		}
	}
	for _, m := range cr.armsReceived.FindAllStringSubmatch(text, -1) {
		// "fifty received L-arginine and another 50 received a matched
		// placebo": the two arms of the whole, unless a total is stated
		out = append(out, candidate{n: atoi(m[1]) + atoi(m[2]), prio: prioMention})
	}
	for _, m := range cr.ofPool.FindAllStringSubmatch(text, -1) {
		p := prioEnrolled
		if strings.HasPrefix(strings.ToLower(m[2]), "random") || strings.HasPrefix(strings.ToLower(m[2]), "alloc") {
			p = prioRandomised
		}
		out = append(out, candidate{n: atoi(m[1]), prio: p})
	}
	for _, m := range cr.armsComprised.FindAllStringSubmatch(text, -1) {
		out = append(out, candidate{n: atoi(m[1]) + atoi(m[2]), prio: prioEnrolled})
	}
	for _, m := range cr.groupsListed.FindAllStringSubmatch(text, -1) {
		k := groupCount(m[1])
		arms := cr.listedArm.FindAllStringSubmatch(m[2], -1)
		if len(arms) != k {
			continue
		}
		sum := 0
		for _, a := range arms {
			sum += atoi(a[1])
		}
		out = append(out, candidate{n: sum, prio: prioRandomised})
	}
	for _, m := range cr.groupsOf.FindAllStringSubmatch(text, -1) {
		k := groupCount(m[1])
		out = append(out, candidate{n: k * atoi(m[2]), prio: prioEnrolled})
	}
	if !review {
		for _, m := range cr.bareVerb.FindAllStringSubmatchIndex(text, -1) {
			before := text[max(0, m[0]-12):m[0]]
			if cr.skipPre.MatchString(before) && !strings.HasSuffix(strings.TrimSpace(before), ",") {
				continue
			}
			v := atoi(text[m[2]:m[3]])
			if v >= 1900 && v <= 2100 {
				// "In a 2016 randomised trial", "in 2019-2020 enrolled": a year
				continue
			}
			if cr.studiesAfter.MatchString(text[m[1]:]) {
				// "analysis of 2 randomized placebo-controlled trials":
				// trials, not people
				continue
			}
			verb := strings.ToLower(text[m[4]:m[5]])
			p := prioEnrolled
			if strings.HasPrefix(verb, "random") || strings.HasPrefix(verb, "analy") || strings.HasPrefix(verb, "completed") || strings.HasPrefix(verb, "took") {
				p = prioAnalysed
			}
			out = append(out, candidate{n: v, prio: p})
		}
		for _, m := range cr.bareVerbGap.FindAllStringSubmatchIndex(text, -1) {
			before := text[max(0, m[0]-12):m[0]]
			v := atoi(text[m[2]:m[3]])
			if cr.skipPre.MatchString(before) || cr.numBefore.MatchString(before) || cr.gapPre.MatchString(before) || v >= 1900 && v <= 2100 {
				continue
			}
			if gapJoins(strings.Fields(strings.ToLower(text[m[4]:m[5]]))) {
				continue
			}
			if pm := cr.people.FindStringIndex(text[:m[0]]); pm != nil && !strings.HasSuffix(strings.ToLower(strings.TrimSpace(text[:pm[0]])), "of") {
				// "Thirty patients with 60 molars were randomised": the
				// people were counted before; what follows counts
				// something else
				continue
			}
			p := prioEnrolled
			if strings.HasPrefix(strings.ToLower(text[m[6]:m[7]]), "random") {
				p = prioAnalysed
			}
			out = append(out, candidate{n: v, prio: p})
		}
	}
	for _, m := range cr.people.FindAllStringSubmatchIndex(text, -1) {
		v := atoi(text[m[2]:m[3]])
		if v <= 0 || v >= 1900 && v <= 2100 && cr.dateBefore.MatchString(text[max(0, m[0]-12):m[0]]) {
			continue
		}
		between := strings.Fields(strings.ToLower(text[m[4]:m[5]]))
		bad := false
		for i, w := range between {
			if unitWord(strings.Trim(w, "'’,;:")) {
				bad = true
			}
			// "354 primary and secondary care patients": two kinds of
			// one group; "days 1 and 14 and at rescue, and infants" and
			// "0 and 7, and each neonate" join a number to something else
			if w == "and" && (i == 0 || strings.Contains(text[m[4]:m[5]], ",") || joinsOther(between)) {
				bad = true
			}
		}
		if bad {
			continue
		}
		before := text[max(0, m[0]-40):m[0]]
		after := text[m[1]:min(len(text), m[1]+160)]
		if cr.setting.MatchString(after) {
			// "at one ambulatory surgical center": a place, not people
			continue
		}
		if cr.strainCode.MatchString(before) {
			// "L. reuteri DSM 17938 ...": a strain's or product's number
			continue
		}
		if cr.factorial.MatchString(before) {
			// "a 2-by-2 factorial trial, patients ...": a design's shape
			continue
		}
		if cr.rate.MatchString(after) {
			// "at least three migraine attacks per month": a rate the
			// people had, not a count of them
			continue
		}
		if cr.shareOf.MatchString(after) {
			// "one woman in five": a share, not a count
			continue
		}
		if cr.perGroup.MatchString(after) {
			// "two groups of 10 infants each": a group's size
			continue
		}
		if pm := cr.partOf.FindStringSubmatch(before); pm != nil && cr.tookPart.MatchString(after) {
			// "933 of 1065 eligible women took part": the part that took
			// part, not the eligible whole
			if n := atoi(pm[1]); n > 0 && n < v {
				out = append(out, candidate{n: n, prio: prioEnrolled})
				continue
			}
		}
		studyIn := cr.studyIn.MatchString(text[max(0, m[0]-120):m[0]])
		ofTotal := cr.ofThe.MatchString(text[:m[0]]) && cr.randVerb.MatchString(after)
		dataFrom := cr.dataFrom.MatchString(before)
		// "Of the 100 patients, 91 completed the study": the whole that
		// started, above the part that finished
		// "Of 336 children randomised, ...": the count opens its sentence
		// after a bare "of"
		ofLead := strings.EqualFold(strings.TrimSpace(text[:m[0]]), "of")
		ofWhole := (cr.ofThe.MatchString(text[:m[0]]) || ofLead) && cr.partFinished.MatchString(after)
		if cr.numBefore.MatchString(before) || cr.skipPre.MatchString(before) && !studyIn && !ofTotal && !dataFrom && !ofWhole && !ofLead {
			continue
		}
		// "30 infants were randomised to A and 30 to B": the arms add up
		if am := cr.armNext.FindStringSubmatch(after); am != nil && (am[3] == "to" || am[3] == "into") && cr.allocVerb.MatchString(after) {
			out = append(out, candidate{n: v + atoi(am[2]), prio: prioRandomised})
		}
		p := prioMention
		switch {
		case cr.remaining.MatchString(before) && cr.randVerb.MatchString(after):
			p = prioRemainder
		case ofTotal:
			p = prioRandomised
		case cr.total.MatchString(before) && cr.randVerb.MatchString(after):
			p = prioRandomised
		case sexNoun(strings.ToLower(text[m[6]:m[7]])):
			// "20 boys and 16 girls": how a group is made up
			p = prioMention
		case cr.total.MatchString(before):
			p = prioTotal
		case ofLead && cr.randVerb.MatchString(after):
			// "Of 336 children randomised, 244 were analysed": the
			// randomised (or recruited) whole, not the part analysed
			p = prioRandomised
		case ofWhole && !cr.poolWord.MatchString(text[m[4]:m[5]]):
			// (beside what it is said of: a stated randomised whole is
			// as strong, and the larger wins)
			p = prioAnalysed
		case ofLead && cr.eachGroup.MatchString(after):
			// "Of 104 infants, 52 were in each group", "Of 297 newborns,
			// 148 received A and 149 B": the groups' whole
			p = prioEnrolled
		case ofLead || cr.pool.MatchString(after) || cr.poolWord.MatchString(text[m[4]:m[5]]) && !cr.enrol.MatchString(after) && !cr.randVerb.MatchString(after):
			// "100 eligible newborns were enrolled" is the enrolled
			// whole; "100 eligible newborns" alone the pool
			p = prioPool
		case cr.randVerb.MatchString(after) && !cr.armNext.MatchString(after):
			// "72 infants were randomly allocated to A or B"
			p = prioRandomised
		case cr.strong.MatchString(after) || cr.strongPre.MatchString(before) || dataFrom:
			p = prioAnalysed
		case cr.enrol.MatchString(after) || cr.enrolPre.MatchString(before) || studyIn:
			p = prioEnrolled
		}
		if review && p < prioEnrolled {
			continue
		}
		noun := strings.ToLower(text[m[6]:m[7]])
		if cr.withChild.MatchString(after) {
			noun = "dyads"
		}
		phrase := strings.ToLower(strings.TrimSpace(text[m[4]:m[7]]))
		out = append(out, candidate{v, p, noun, phrase})
	}
	return out
}

// groupCount is the number a word from "one" to "ten", or a digit, names
// (how many groups, how many studies).
func groupCount(w string) int {
	if k := map[string]int{"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}[strings.ToLower(w)]; k > 0 {
		return k
	}
	return atoi(w)
}

// sexNoun reports whether a counted noun is a sex (a breakdown of a
// group, not a group of its own).
func sexNoun(n string) bool {
	switch n {
	case "boys", "girls", "males", "females", "men", "women", "boy", "girl":
		return n != "men" && n != "women"
	}
	return false
}

func atoi(s string) int {
	v, _ := strconv.Atoi(strings.TrimSpace(s))
	return v
}

// sumSexes rewrites "89 women and 59 men" as "148 participants": one
// group told by sex, not two groups (nor a group of 59).
func (cr countRules) sumSexes(text string) string {
	return cr.bothSexes.ReplaceAllStringFunc(text, func(m string) string {
		sm := cr.bothSexes.FindStringSubmatch(m)
		a, b := strings.ToLower(sm[2]), strings.ToLower(sm[4])
		if a == b || sexPair(a) != sexPair(b) {
			return m
		}
		return strconv.Itoa(atoi(sm[1])+atoi(sm[3])) + " participants"
	})
}

// sexPair names the pair of sex nouns a word belongs to.
func sexPair(w string) string {
	switch w {
	case "women", "men":
		return "adults"
	case "females", "males":
		return "sexes"
	}
	return "children"
}
