package assess

import (
	"math"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/litwatch/litwatch/report/claims"
	"github.com/litwatch/litwatch/store"
)

// The reading stage on its own: no claim is involved.

func TestReadComparator(t *testing.T) {
	a := New(defaultClaims(t)...)
	for _, tc := range []struct {
		name, abstract, want string
	}{
		{"placebo", "Infants were randomised to probiotic drops or placebo. Crying fell more with drops (p = 0.01).", ComparatorPlacebo},
		{"sham", "Patients were randomly assigned to manipulation or sham manipulation.", ComparatorPlacebo},
		{"usual care", "Infants were randomised to massage plus usual care or usual care. Weight gain was greater.", ComparatorUsualCare},
		{"X alone", "Newborns were randomly allocated to massage or phototherapy alone.", ComparatorUsualCare},
		{"group given X alone", "200 neonates were enrolled in two groups: group 1 received zinc plus phototherapy and group 2 phototherapy alone.", ComparatorUsualCare},
		{"no treatment", "Children were randomised to vitamin C or no treatment.", ComparatorNone},
		{"education", "Adults were randomized to yoga or education (n = 58). Pain did not differ.", ComparatorUsualCare},
		{"booklet", "Patients were randomly assigned to massage or an educational booklet.", ComparatorUsualCare},
		{"control group", "Infants were randomised to massage or a control group.", ComparatorNone},
		{"two active treatments", "Infants with colic were randomised to a synbiotic (group A) or another synbiotic (group B). Response was higher in group B (p = 0.01).", ComparatorActive},
		{"usual care with a word between", "Colostrum given before each feed was compared with regular gavage feeding in 200 preterm infants.", ComparatorUsualCare},
		{"usual care with two words between", "Two hundred newborns were randomised to antiseptic X on the cord or to conventional dry cord care.", ComparatorUsualCare},
		{"usual care given to both arms", "Children were randomly allocated to zinc or a probiotic, both with standard supportive care. Diarrhoea was shorter with zinc (p = 0.008).", ComparatorActive},
		// a placebo within a procedure, and "to control for", name no arm
		{"placebo titration and control for", "Children were randomly allocated to neurofeedback, methylphenidate or physical activity, a semi-active intervention used to control for non-specific effects; the methylphenidate dose was found with a double-blind placebo-controlled titration.", ComparatorActive},
		{"placebo run-in", "After a 2-week placebo run-in, adults were randomised to drug A or drug B.", ComparatorActive},
		{"placebo after a run-in", "After a 2-week placebo run-in, adults were randomised to drug A or placebo.", ComparatorPlacebo},
		// an arm listed with its size ("control = 43")
		{"control arm listed with its size", "In total 130 patients were randomly assigned to three groups (abdominal massage = 44, in-bed ROM exercise = 43, control = 43).", ComparatorNone},
		// "care-as-usual" hyphenated, and its abbreviation
		{"care-as-usual", "Children were randomised to a family mindfulness course added to care-as-usual (n = 55) or to care-as-usual only (n = 48).", ComparatorUsualCare},
		{"CAU", "Adults were randomised to MBCT plus CAU or to CAU.", ComparatorUsualCare},
		{"a control group named with its abbreviation", "Women were randomly assigned to capsules of fish oil [high fish oil (HFO) group, 60%] or olive oil [control (CON) group, 0%].", ComparatorNone},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := a.Read(store.Record{Title: "A randomised trial", Abstract: tc.abstract})
			if r.Comparator != tc.want {
				t.Errorf("comparator %q, want %q (design %s)", r.Comparator, tc.want, r.Design)
			}
		})
	}
}

func TestReadStanceAndSignificance(t *testing.T) {
	a := New(defaultClaims(t)...)
	rec := func(concl string) store.Record {
		return store.Record{Title: "X for Y: a systematic review and meta-analysis", Sections: []store.Section{
			{Label: "RESULTS", Text: "Twelve trials were included. Crying time fell (MD -25 min, 95% CI -40 to -10). Sleep did not differ (p = 0.07)."},
			{Label: "CONCLUSIONS", Text: concl},
		}}
	}
	for _, tc := range []struct{ concl, want string }{
		{"X is an effective treatment for Y.", StancePositive},
		{"X may reduce crying in Y.", StanceHedged},
		{"The evidence is insufficient to recommend X.", StanceInsufficient},
		{"X did not reduce crying.", StanceNegative},
	} {
		r := a.Read(rec(tc.concl))
		if r.Stance != tc.want {
			t.Errorf("%q: stance %q, want %q", tc.concl, r.Stance, tc.want)
		}
		if r.Design != DesignSystematicReview {
			t.Errorf("design %s", r.Design)
		}
		var sig, null int
		for _, f := range r.Findings {
			if f.Significant {
				sig++
			}
			if f.Null {
				null++
			}
		}
		if sig == 0 || null == 0 {
			t.Errorf("%q: findings %+v: want the interval excluding 0 significant and p = 0.07 null", tc.concl, r.Findings)
		}
	}
}

func TestReadRandomisedTotal(t *testing.T) {
	a := New(defaultClaims(t)...)
	for _, tc := range []struct {
		abstract string
		want     int
	}{
		{"A total of 112 infants were recruited and randomised to probiotics (n = 48) or placebo (n = 42).", 112},
		{"Of the 200 infants recruited, 185 completed the trial (96 treated, 89 controls).", 200},
		{"Thirty infants were randomised to massage and 30 to usual care.", 60},
		{"In a 2016 randomised controlled trial, 90 term jaundiced neonates were split into three groups of 30.", 90},
		{"A single-blind trial in 2019-2020 enrolled 80 low-birth-weight neonates.", 80},
		{"Of 9459 women from 23 countries, 28.9% used herbal medicines in pregnancy. One woman in five said a physician had recommended the herb.", 9459},
		{"A double-blind randomized clinical trial was run in winter 2017 among multiple sclerosis patients attending a rehabilitation hospital, in two groups.", 0},
		// one group's size said for all, and how many groups there are
		{"Patients with chronic low back pain were randomly allocated to one of four groups (n=30 each): a booklet group or Pilates once, twice or three times a week.", 120},
		// three arms listed, one of them two words long
		{"Older women were randomly assigned to reflexology, aromatherapy massage or control (n=45 each).", 135},
		// the study's sample far after the word "trial"
		{"This randomized, double-blind, placebo-controlled parallel-group clinical trial tested the short- and long-term efficacy of a brain-plasticity-based computerized cognitive training program in 113 participants with amnestic MCI.", 113},
		// "eligible" people who were then randomised are the randomised
		// whole, and "1 hour before surgery" counts nobody
		{"In this randomized, double blinded clinical trial, 160 eligible patients were randomly assigned to an experimental group, given 4 capsules of 250 mg ginger, or a placebo group, given 4 placebo capsules, 1 hour before surgery.", 160},
		{"200 eligible women were randomly assigned to iron or placebo, and 180 women completed the study.", 200},
		// a run-in before randomisation is no place the count is "in"
		{"After a 1-month placebo run-in, 85 men were randomized to saw palmetto or placebo for 6 months.", 85},
		// the opening sentence says who took part in the trial, though an
		// aim is named later
		{"Seventy-nine patients with stable chronic heart failure took part in a randomised, double-blind, placebo-controlled crossover study in which coenzyme Q10 or placebo was added to conventional therapy. Mean age was 61 years. Follow-up assessed ejection fraction (primary objective) and exercise capacity. Exercise capacity rose with coenzyme Q10 (P < .05). The authors conclude that coenzyme Q10 improves exercise capacity only slightly.", 79},
		// those enrolled named by what they reported, not by a noun
		{"Of 1151 subjects screened, 303 reporting nausea were enrolled (26.3%) and the change in nausea was compared.", 303},
		// an anaesthetic risk class is no count
		{"A double-blind trial of 108 ASA 1 or 2 patients having laparoscopic surgery was run.", 0},
		// clusters randomised, then the people in them
		{"Sixty districts were randomised to early or later access. Participants were 1,220 pregnant women.", 1220},
		{"Thirty patients (14 male, 16 female) with 60 third molars were randomised to cryotherapy or none.", 30},
	} {
		if r := a.Read(store.Record{Title: "A randomised trial", Abstract: tc.abstract}); r.N != tc.want {
			t.Errorf("%q: n %d, want %d", tc.abstract, r.N, tc.want)
		}
	}
}

func TestReadIsBounded(t *testing.T) {
	a := New(defaultClaims(t)...)
	long := strings.Repeat("Massage of preterm infants was studied in a hospital ward with care. ", 30000) // about 2 MB
	r := a.Read(store.Record{Title: "A long one", Abstract: long + "é"})
	if !r.Cut {
		t.Fatal("a 2 MB abstract was read whole")
	}
	if got := len(r.doc.allRaw); got > MaxReadBytes+200 {
		t.Fatalf("read %d bytes, want at most about %d", got, MaxReadBytes)
	}
	as, ok := a.Judge(r, defaultClaims(t)[1])
	if ok && !strings.Contains(strings.Join(as.Reasons, " "), "only the first") {
		t.Errorf("reasons %q do not say the text was cut", as.Reasons)
	}
	short := a.Read(store.Record{Title: "Short", Abstract: "Massage of preterm infants."})
	if short.Cut {
		t.Error("a short record marked cut")
	}
}

func TestJudgeCreditsFindingsToTheirOwnTreatment(t *testing.T) {
	set, err := claims.Example("colic")
	if err != nil {
		t.Fatal(err)
	}
	a := New(set.Claims...)
	rec := store.Record{Year: 2023, Title: "Treatments for infantile colic: a systematic review and network meta-analysis",
		Sections: []store.Section{
			{Label: "RESULTS", Text: "Thirty trials with 2500 infants with colic were included. Chiropractic manipulation significantly reduced crying time (MD -1.2 h/day, 95% CI -1.8 to -0.6). Probiotics did not significantly reduce crying time (MD -0.2 h/day, 95% CI -0.6 to 0.2)."},
			{Label: "CONCLUSIONS", Text: "Chiropractic manipulation reduces crying in infantile colic; probiotics do not."},
		}}
	r := a.Read(rec)
	var got = map[string]store.Assessment{}
	for _, c := range set.Claims {
		if as, ok := a.Judge(r, c); ok {
			got[c.ID] = as
		}
	}
	if as := got["probiotics"]; as.Flagged || as.Direction == DirectionBenefit {
		t.Errorf("probiotics: %s %s flagged=%v; the benefit belongs to manipulation (%q)", as.Signal, as.Direction, as.Flagged, as.Reasons)
	}
	if as := got["manipulation"]; !as.Flagged || as.Direction != DirectionBenefit {
		t.Errorf("manipulation: %s %s flagged=%v, want a flagged benefit (%q)", as.Signal, as.Direction, as.Flagged, as.Reasons)
	} else if last := as.Reasons[len(as.Reasons)-1]; !strings.Contains(last, "It rests on: “Chiropractic manipulation") {
		t.Errorf("the signal's reason %q does not quote the finding it rests on", last)
	}
}

func TestSignificanceNumbersDecide(t *testing.T) {
	er := newEffectRules()
	for _, tc := range []struct {
		clause string
		want   bool
	}{
		{"Crying fell significantly (p = 0.07).", false},
		{"a borderline significant reduction in crying", false},
		{"Crying fell significantly (p = 0.03).", true},
		{"Crying time fell (RR 0.80, 95% CI 0.62 to 1.03).", false},
		{"Crying time fell (RR 0.80, 95% CI 0.62 to 0.93).", true},
		{"Crying time fell (MD -25 min, 95% CI -40 to -10).", true},
		{"Crying fell significantly more with drops.", true},
	} {
		if got := er.isSig(tc.clause); got != tc.want {
			t.Errorf("isSig(%q) = %v, want %v", tc.clause, got, tc.want)
		}
	}
}

func TestJudgeUsesTheLearnedReader(t *testing.T) {
	cs := defaultClaims(t)
	withModel := New(cs...).(*ruleAssessor)
	if withModel.ev == nil {
		t.Fatal("the embedded Evidence Inference model did not load")
	}
	rulesOnly := *withModel
	rulesOnly.ev = nil
	rec := store.Record{Year: 2021, Title: "Massage of preterm infants: a randomised trial", Sections: []store.Section{
		{Label: "METHODS", Text: "A total of 120 preterm infants were randomised to massage or usual care."},
		{Label: "RESULTS", Text: "Daily weight gain was 32 g/day with massage and 26 g/day with usual care (P = 0.002)."},
	}}
	c := cs[1] // preterm-growth
	got, ok := withModel.Judge(withModel.Read(rec), c)
	if !ok || got.Direction != DirectionBenefit || !got.Flagged {
		t.Fatalf("with the model: %v %s flagged=%v %q; want a flagged benefit", ok, got.Direction, got.Flagged, got.Reasons)
	}
	if base, _ := rulesOnly.Judge(rulesOnly.Read(rec), c); base.Direction == DirectionBenefit && base.Flagged {
		t.Fatalf("the rules alone already read this clause (%s): choose a clause that shows the model's part", base.Direction)
	}
}

func TestJudgeReviewConclusions(t *testing.T) {
	set, err := claims.Example("colic")
	if err != nil {
		t.Fatal(err)
	}
	a := New(set.Claims...)
	c, _ := set.Get("probiotics")
	review := func(concl string) store.Record {
		return store.Record{Year: 2023, Title: "Probiotics for infantile colic: a systematic review and meta-analysis", Sections: []store.Section{
			{Label: "METHODS", Text: "PubMed, Embase and the Cochrane Library were searched for randomised trials of probiotics in infants with colic."},
			{Label: "RESULTS", Text: "Twelve trials with 1200 infants with colic were included."},
			{Label: "CONCLUSIONS", Text: concl},
		}}
	}
	for _, tc := range []struct {
		concl string
		flag  bool
	}{
		{"Probiotics are effective for reducing crying time in infants with colic.", true},
		{"Probiotics are an important treatment option for infantile colic and reduce crying time.", true},
		{"There is no conclusive evidence that probiotics reduce crying time in infants with colic.", false},
		{"The evidence is insufficient to recommend probiotics for infantile colic.", false},
	} {
		as, ok := a.Judge(a.Read(review(tc.concl)), c)
		if !ok {
			t.Errorf("%q: not relevant", tc.concl)
			continue
		}
		if as.Flagged != tc.flag {
			t.Errorf("%q: flagged=%v (%s, %s), want %v; %q", tc.concl, as.Flagged, as.Signal, as.Direction, tc.flag, as.Reasons)
		}
	}
}

func TestReadDesigns(t *testing.T) {
	a := New(defaultClaims(t)...)
	for _, tc := range []struct {
		title, abstract, want string
	}{
		{"Femoral fracture after massage in a neonate: a case report and review of the literature",
			"We describe a 3-week-old girl with a femoral fracture after vigorous massage at home. The literature on massage injuries is reviewed.", DesignCaseReport},
		{"Interventions for infantile colic: an overview of systematic reviews",
			"We searched for systematic reviews of interventions for colic and summarised their findings and the guidelines that cite them.", DesignSystematicReview},
		{"An illustrative case study on drug-induced Stevens-Johnson syndrome by herb X",
			"Stevens-Johnson syndrome is a life-threatening reaction, usually to medicines; herbal medicines can also cause it. Here, herb X was prescribed to a patient with vitiligo who was also given medicines for fever, and an interaction led to the syndrome.", DesignCaseReport},
		{"Drug X for preventing bleeding after caesarean section",
			"A multicentre, randomised, double-blind, placebo-controlled trial planned to recruit 6500 women giving birth by caesarean section. Women in the study group receive 1 g of drug X and women in the control group receive placebo. Bleeding and side effects will be recorded.", DesignProtocol},
		{"The prophylactic role of drug X in high-risk pregnant women",
			"A completed phase 4 study from a university hospital assessing whether drug X reduces blood loss at caesarean delivery. In a randomised, double-blind, three-group trial it compares two timings of drug X with placebo.", DesignProtocol},
		{"Drug X-induced seizures in a parturient during caesarean section",
			"INTRODUCTION: Drug X is widely used in obstetrics and has been linked to rare seizures. CASE: A woman at 40 weeks of pregnancy had seizures after caesarean delivery, after drug X was given for bleeding. DISCUSSION: Drug X lowers the seizure threshold.", DesignCaseReport},
		{"Possible subdural haematoma associated with herb X",
			"Five days after a fall that left bruising over the eye, a 78-year-old man developed headache and confusion. He had taken herb X for two years. A CT scan showed a subdural haematoma.", DesignCaseReport},
		{"The X study: methodological issues. A 5-year double-blind randomized trial of extract X",
			"Prevention trials in Alzheimer disease raise many questions. The paper describes the design of the X study, in which 2854 older adults are randomised to extract X or placebo.", DesignProtocol},
		{"An unexpected allergic skin reaction to herb X capsules",
			"Herb X capsules are prescribed for abdominal colic after caesarean section. One formulation contains arachis oil, which is not listed among its contraindications. A postpartum woman in her early 30s had an unexpected allergic reaction to the capsules, a generalised rash. The capsules were judged responsible.", DesignCaseReport},
		{"Herbal medicine use in pregnancy: a multinational study",
			"A multinational study of how women treat pregnancy-related ailments ran in 23 countries. Of 9459 women, 28.9% reported using herbal medicines in pregnancy. One woman in five said a physician had recommended the herb.", DesignObservational},
		{"Stopping eczema and allergy study",
			"A randomised, controlled trial for infants who have already developed eczema by 12 weeks of age. It compares proactive skin care with cream X against reactive therapy. The study is a randomised, controlled, parallel-design, open-label phase 2 trial.", DesignProtocol},
		{"Echinacea-associated anaphylaxis",
			"An atopic woman had anaphylaxis after taking an echinacea extract. Atopic patients should be warned.", DesignCaseReport},
		{"Yakson and gentle touch in preterm infants",
			"Ninety preterm infants were divided at random into three groups of 30: Yakson, gentle touch and control.", DesignRCT},
		{"Tactile stimulation of preterm infants",
			"Infants were allocated systematically to test and control groups. Test infants gained more weight.", DesignRCT},
		{"Vitamin C and colds", "This study analysed the six largest supplementation trials: the pooled rate ratio was 0.99 (95% CI 0.93 to 1.04).", DesignSystematicReview},
		{"Intravenous vitamin C as cancer therapy: three cases", "Three patients with advanced cancer had long survival after intravenous vitamin C.", DesignCaseReport},
		{"Osteopathy for infant colic", "Trial registration (interventional; planned enrolment 50 infants; no results posted). The study measures daily crying.", DesignTrialRegistration},
		{"The effect of massage on stress in premature babies (NCT05580874)", "A randomised controlled study at a university hospital (completed; 40 participants) examines the effect of massage on stress behaviours and salivary cortisol.", DesignTrialRegistration},
		{"Coconut oil to improve skin condition in very preterm infants", "Prospective registration (registered 19/01/2016) of a pilot randomised controlled trial of topical coconut oil in very preterm infants.", DesignTrialRegistration},
		{"Massage for preterm infants: a randomised trial (NCT01234567)", "Sixty preterm infants were randomised. Weight gain was greater with massage (p = 0.02).", DesignRCT},
		{"Viral bronchiolitis", "Viral bronchiolitis is common in infants. Much research has been summarised by systematic reviews and clinical practice guidelines in several countries. This article summarises where evidence and guidelines agree.", DesignNarrativeReview},
		{"An extract for respiratory infections: a review", "Many randomised trials and systematic reviews, including Cochrane reviews, have shown the extract to work. This narrative review focuses on recent trials in children, searched in PubMed and Embase.", DesignNarrativeReview},
		{"Skin barrier by birthweight in neonates given oil massage", "Within a community-based cluster randomised controlled trial, 991 infants were grouped by birthweight into four groups. Skin integrity was worse in the smallest infants (p < 0.01).", DesignObservational},
		{"Emollients and later neurodevelopment", "A total of 497 infants had been randomized to oil or no oil. Of the survivors, 159 were assessed at two years (p = 0.4).", DesignObservational},
		{"Factors associated with peanut allergy", "Using a birth cohort of 13,971 children, the investigators identified those who reacted to a double-blind peanut challenge.", DesignObservational},
		{"Syrup for cough", "Coughs of 42 patients were recorded. The study was double-blind. Cough counts fell more with the syrup (p = 0.03).", DesignRCT},
		{"Vitamin C in allergic rhinitis", "In this clinical trial, forty patients were selected; the case group received vitamin C and the placebo group a placebo. Symptoms improved more with vitamin C (p = 0.01).", DesignRCT},
		{"Cupping for back pain", "In this quasi-experimental clinical trial, patients received real or placebo cupping. Pain fell (p = 0.01).", DesignNonRandomised},
		{"Joint replacement after glucosamine: an 8-year observation of patients from two previous randomised trials", "Patients who had taken part in two earlier randomised, placebo-controlled trials were contacted. Fewer had a knee replacement after glucosamine (p = 0.024).", DesignObservational},
		{"Stimulation of premature infants", "Infants in the experimental group received stimulation for 10 days, while control infants had standard nursery care. Experimental infants gained more weight.", DesignNonRandomised},
		{"Hand massage for postpartum mothers", "This quasi study used non-random assignment of 242 mothers to hand massage or rest. Fatigue fell more with massage (p = 0.01).", DesignNonRandomised},
		{"Oral zinc for jaundiced neonates", "A randomised, double-blind trial is planned in a neonatal unit: neonates needing phototherapy will be randomised to zinc or saline.", DesignProtocol},
		{"Massage after infant heart surgery", "This completed trial registration (NCT04416230, first posted May 2020) describes a pilot of daily massage for pain after surgery in infants.", DesignProtocol},
		{"Skin problems and later allergy", "This was a follow-up of a completed randomized controlled trial of moisturizer skincare in infants. Parents were mailed a questionnaire at 2 years. Of 155 infants, 22 had food allergies, which were associated with skin problems in the first 3 months.", DesignObservational},
		// a later look at a trial's arms as randomised is still the trial
		{"Cord clamping and development at 4 years", "This was a follow-up of a randomized controlled trial of delayed versus early cord clamping. Of 382 children randomised, 263 were assessed at 4 years; fine-motor scores were higher in the delayed group (p = 0.03).", DesignRCT},
		{"Ceftriaxone after thrombolysis", "Post hoc analysis of the PASS trial, in which 2550 patients with acute stroke were randomised to preventive ceftriaxone or standard care. Ceftriaxone did not improve functional outcome at 3 months in the 1311 patients given thrombolysis.", DesignRCT},
		{"Sesame oil and the neonatal skin barrier", "Registered pilot randomised controlled trial, as summarised among ongoing studies in a Cochrane review. Target sample size 60. Primary outcome: transepidermal water loss.", DesignProtocol},
		{"Injuries in the newborn from abdominal massage in pregnancy", "To draw attention to a preventable cause of neonatal death. An early neonatal death from liver rupture after abdominal massage of the mother is described. The baby died at 10 hours.", DesignCaseReport},
	} {
		if r := a.Read(store.Record{Title: tc.title, Abstract: tc.abstract}); r.Design != tc.want {
			t.Errorf("%q: design %s, want %s", tc.title, r.Design, tc.want)
		}
	}
}

func TestJudgeConditionAsOutcome(t *testing.T) {
	set, err := claims.Example("cold")
	if err != nil {
		t.Fatal(err)
	}
	a := New(set.Claims...)
	c, _ := set.Get("vitc-cold")
	rec := store.Record{Year: 2020, Title: "Vitamin C supplementation reduces the odds of developing a common cold in army recruits",
		Abstract: "A randomised, placebo-controlled trial enrolled 1444 recruits. Vitamin C lowered the odds of developing a common cold (OR 0.80, 95% CI 0.64 to 0.99)."}
	if _, ok := a.Judge(a.Read(rec), c); !ok {
		t.Fatal("a trial of vitamin C that prevents colds does not bear on the vitamin C claim")
	}
	other := store.Record{Year: 2020, Title: "Vitamin C in recruits with colds", Abstract: "Recruits with colds were given vitamin C. Their diet was recorded."}
	if as, ok := a.Judge(a.Read(other), c); ok {
		t.Fatalf("a record naming no outcome bears on the claim: %q", as.Reasons)
	}
}

func TestRound4ReadingRules(t *testing.T) {
	set, err := claims.Example("colic")
	if err != nil {
		t.Fatal(err)
	}
	a := New(set.Claims...)
	pro, _ := set.Get("probiotics")
	judge := func(rec store.Record) store.Assessment {
		t.Helper()
		as, ok := a.Judge(a.Read(rec), pro)
		if !ok {
			t.Fatalf("%q: not relevant", rec.Title)
		}
		return as
	}
	// fewer adverse events is not harm
	as := judge(store.Record{Year: 2024, Title: "Probiotic drops for infants with colic: a randomised placebo-controlled trial", Sections: []store.Section{
		{Label: "METHODS", Text: "A total of 236 infants with colic were randomised to probiotic drops or placebo."},
		{Label: "RESULTS", Text: "Adverse events were less frequent with probiotic drops (21% vs 35%, P = 0.021)."},
	}})
	if as.Direction == DirectionHarm {
		t.Errorf("fewer adverse events read as harm: %q", as.Reasons)
	}
	// the control group given the intervention in another form: two active treatments
	as = judge(store.Record{Year: 2024, Title: "Probiotic spray for infants with colic: a randomised trial", Sections: []store.Section{
		{Label: "METHODS", Text: "A total of 154 infants with colic were randomised: the experimental group used a probiotic spray and the control group used probiotic drops."},
		{Label: "RESULTS", Text: "Crying time fell more with the spray (P = 0.0005)."},
	}})
	if as.Flagged || as.Direction != DirectionUnclear {
		t.Errorf("spray against drops of the same probiotic: %s %s flagged=%v", as.Signal, as.Direction, as.Flagged)
	}
	// a review rating its own evidence low is not a firm conclusion
	as = judge(store.Record{Year: 2022, Title: "Probiotics for infantile colic: a systematic review and meta-analysis", Sections: []store.Section{
		{Label: "RESULTS", Text: "Ten trials with 477 infants with colic were included. Crying time improved significantly (p = 0.001). Confidence in the evidence was low."},
		{Label: "CONCLUSIONS", Text: "Probiotics reduced crying time in breastfed infants with colic, but confidence in the evidence was very low."},
	}})
	if as.Flagged {
		t.Errorf("a review rating its evidence very low flagged: %q", as.Reasons)
	}
	for _, tc := range []struct{ title, text, want string }{
		{"Massage therapy in premature neonates", "Registered randomised trial (single-masked; status active, not recruiting; no results shown). Infants are randomised to massage or standard care. Weight gain is taken from records.", DesignProtocol},
		{"Infantile colic: recognition and treatment", "Infantile colic is a benign process. It affects many infants. Its cause is unknown. Supporting parents is central to management. Simethicone does not work.", DesignNarrativeReview},
	} {
		if r := a.Read(store.Record{Title: tc.title, Abstract: tc.text}); r.Design != tc.want {
			t.Errorf("%q: design %s, want %s", tc.title, r.Design, tc.want)
		}
	}
}

func TestControlGivenNothing(t *testing.T) {
	cs := defaultClaims(t)
	a := New(cs...)
	rec := store.Record{Year: 2019, Title: "Massage and bilirubin in term newborns: a randomised trial", Sections: []store.Section{
		{Label: "METHODS", Text: "One hundred and two healthy term newborns were randomly allocated to a massage group or to a control group given routine neonatal care without massage."},
		{Label: "RESULTS", Text: "Transcutaneous bilirubin was significantly lower in the massage group on days 3 to 5 (P<0.005)."},
	}}
	as, ok := a.Judge(a.Read(rec), cs[0])
	if !ok || !as.Flagged {
		t.Fatalf("a control group given care without massage read as an active comparator: %v %q", ok, as.Reasons)
	}
}

func TestWeakEvidenceOfBenefitDoesNotContradictBenefit(t *testing.T) {
	set, err := claims.Example("cough")
	if err != nil {
		t.Fatal(err)
	}
	a := New(set.Claims...)
	c, _ := set.Get("honey-cough")
	rec := store.Record{Year: 2023, Title: "Honey for acute cough in children: a systematic review",
		Abstract: "PubMed, Scopus and CENTRAL were searched for randomised trials of honey in children with acute cough. Ten studies were included. Honey appeared to reduce cough frequency more than placebo. The evidence was of low to very low quality. Conclusion: low-quality evidence suggests that honey may relieve cough in children with acute cough more than placebo."}
	as, ok := a.Judge(a.Read(rec), c)
	if !ok {
		t.Fatal("not relevant")
	}
	if as.Flagged {
		t.Errorf("a review finding weak evidence of benefit flagged against a benefit claim: %q", as.Reasons)
	}
}

func TestReviewConclusionDecides(t *testing.T) {
	set, err := claims.Example("colic")
	if err != nil {
		t.Fatal(err)
	}
	a := New(set.Claims...)
	pro, _ := set.Get("probiotics")
	herbs, _ := set.Get("pain-agents")
	base := func(concl string) store.Record {
		return store.Record{Year: 2022, Title: "Probiotics and herbal remedies for infant colic: a systematic review", Sections: []store.Section{
			{Label: "METHODS", Text: "Databases were searched and 24 randomized clinical trials were included."},
			{Label: "RESULTS", Text: "Lactobacillus reuteri reduced crying time (day 7 RR 4.3, 95% CI 2.3 to 8.7; day 14 RR 4.3, 95% CI 2.3 to 8.7, P < .001)."},
			{Label: "CONCLUSIONS", Text: concl},
		}}
	}
	// a conclusion of no dramatic effect is not overridden by a pooled result
	r := a.Read(base("No therapy produces a dramatic improvement, and more research is needed."))
	if as, ok := a.Judge(r, pro); !ok || as.Flagged {
		t.Errorf("probiotics: %v flagged=%v %q", ok, as.Flagged, as.Reasons)
	}
	// the probiotic's numbers, split over clauses, are not the herbs'
	if as, ok := a.Judge(r, herbs); ok && as.Flagged {
		t.Errorf("pain-agents flagged on the probiotic's result: %q", as.Reasons)
	}
	// "enough evidence to be recommended" is a firm conclusion
	r = a.Read(base("L. reuteri was shown to have enough scientific evidence to be recommended for infant colic."))
	if as, ok := a.Judge(r, pro); !ok || !as.Flagged {
		t.Errorf("a review recommending the probiotic not flagged: %v %q", ok, as.Reasons)
	}
}

// General rules written from the errors left on the once-scored sets of
// round 5 (in-sample from now on).
func TestRound6ReadingRules(t *testing.T) {
	a := New(defaultClaims(t)...)
	safety := mustClaim(t, "safety")
	preterm := mustClaim(t, "preterm-growth")

	// a harm made rarer by the intervention is no report of harm
	rec := store.Record{Year: 2016, Title: "Massage and intraventricular haemorrhage in preterm infants: a randomised trial",
		Abstract: "In this randomised trial, 60 preterm infants were split into massage and control groups. " +
			"Haemorrhage occurred less often with massage (P=0.058), but the difference was not significant. " +
			"The authors suggest that massage can be an effective way to lower the incidence of haemorrhage in premature infants."}
	if as, ok := a.Judge(a.Read(rec), safety); ok && (as.Direction == DirectionHarm || as.Flagged) {
		t.Errorf("fewer haemorrhages read as harm: %s %q", as.Direction, as.Reasons)
	}
	// ... while a harm made more frequent still is
	rec.Abstract = "In this randomised trial, 160 preterm infants were split into massage and control groups. " +
		"Haemorrhage occurred more often with massage (P=0.01)."
	if as, ok := a.Judge(a.Read(rec), safety); !ok || as.Direction != DirectionHarm {
		t.Errorf("more haemorrhages with massage not read as harm: %+v", as)
	}

	// groups alike in their demographics are not a null finding; a
	// number of people followed by where they were is still counted
	r := a.Read(store.Record{Year: 2015, Title: "Oil massage and weight gain in premature neonates",
		Abstract: "In a randomized clinical trial, 121 stable premature neonates in the NICU of a teaching hospital in a large city, were randomly allocated to oil massage or control. " +
			"The groups were similar in sex, gestational age, birth weight, head circumference and mode of delivery (P>0.05). " +
			"Weight gain by day 7 was significantly greater with oil massage (P=0.002)."})
	if r.N != 121 {
		t.Errorf("n = %d, want 121", r.N)
	}
	for _, f := range r.Findings {
		if f.Null {
			t.Errorf("baseline comparison read as a null finding: %q", f.Clause)
		}
	}
	if as, ok := a.Judge(r, preterm); !ok || !as.Flagged {
		t.Errorf("a significant weight gain in 121 randomised preterm infants not flagged: %+v", as)
	}
}

func mustClaim(t *testing.T, id string) claims.Claim {
	t.Helper()
	for _, c := range defaultClaims(t) {
		if c.ID == id {
			return c
		}
	}
	t.Fatalf("no claim %q", id)
	return claims.Claim{}
}

func TestCombinationAndCaveats(t *testing.T) {
	a := New(defaultClaims(t)...)
	term := mustClaim(t, "term-growth")
	rec := func(title, abstract string) store.Record {
		return store.Record{Year: 2018, Title: title, Abstract: abstract}
	}
	// a combination against a group given neither is not the intervention's effect
	r := a.Read(rec("Herbal bathing combined with massage for newborns with jaundice: a meta-analysis",
		"Thirteen randomised trials with 1998 newborns were included. Herbal bathing combined with massage was significantly better than control for serum bilirubin (MD -1.99; 95% CI -2.57 to -1.40; P < 0.001). Herbal bathing combined with massage is an effective treatment for neonatal jaundice in newborns."))
	if as, ok := a.Judge(r, term); !ok || as.Flagged || as.Direction != DirectionUnclear || !strings.Contains(strings.Join(as.Reasons, " "), "herbal bathing") {
		t.Errorf("combination credited to massage: ok=%v %+v", ok, as)
	}
	// the same combination against the other treatment alone isolates massage
	r = a.Read(rec("Herbal bathing combined with massage for newborns with jaundice: a meta-analysis",
		"Thirteen randomised trials with 1998 newborns were included, comparing herbal bathing combined with massage against herbal bathing alone. Serum bilirubin was significantly lower with massage (MD -1.99; 95% CI -2.57 to -1.40; P < 0.001). Massage is an effective treatment for neonatal jaundice in newborns."))
	if as, ok := a.Judge(r, term); !ok || !as.Flagged {
		t.Errorf("add-on design not flagged: ok=%v %+v", ok, as)
	}
	// a conclusion with a caveat about the confidence in the evidence is not firm
	r = a.Read(store.Record{Year: 2021, Title: "Massage for term infants: a systematic review and meta-analysis", Sections: []store.Section{
		{Label: "RESULTS", Text: "Ten trials with 477 term infants were included. Weight gain improved significantly (p = 0.001)."},
		{Label: "CONCLUSIONS", Text: "The evidence indicates that massage increases weight gain in term infants, with a caveat about the confidence that can be placed in that evidence."},
	}})
	if as, ok := a.Judge(r, term); !ok || as.Flagged {
		t.Errorf("a caveated review flagged: ok=%v %q", ok, as.Reasons)
	}
}

func TestJointItemsInAReview(t *testing.T) {
	a := New(defaultClaims(t)...)
	oils := mustClaim(t, "oils-skin")
	r := a.Read(store.Record{Year: 2018, Title: "Skin care of healthy newborns: a systematic review", Sections: []store.Section{
		{Label: "METHODS", Text: "Twenty-six studies of skin care in newborns were included."},
		{Label: "RESULTS", Text: "Applying olive oil or sunflower oil to newborn dry skin may adversely affect skin barrier function."},
	}})
	as, ok := a.Judge(r, oils)
	if !ok || !as.Flagged || as.Signal != SignalReverses {
		t.Errorf("a review finding harm from a favoured oil named with a disfavoured one: ok=%v %s %q", ok, as.Signal, as.Reasons)
	}
}

func TestEstimateSignGivesDirection(t *testing.T) {
	er := newEffectRules()
	for _, tc := range []struct {
		raw, outcome string
		want         int
	}{
		{"Tuina had a significant effect on pain (SMD: -0.82; 95% CI -1.12 to -0.53; P < .001)", "pain", -1},
		{"It significantly changed the risk of relapse (RR = 0.61, 95% CI 0.45 to 0.83)", "relapse", -1},
		{"It significantly changed weight gain (MD 12.5 g/day; 95% CI 4.1 to 20.9)", "weight gain", 1},
		{"It had a significant effect on pain", "pain", 0},
		{"Odds of response (OR 1.00)", "response", 0},
		{"Pain fell significantly with 1 or 2 sessions a week", "pain", 0},
		{"Relapse fell (odds ratio = 0.5)", "relapse", -1},
		{"Migraine days fell more with acupuncture (adjusted difference -1.4, 95% CI -2.4 to -0.3)", "migraine days", -1},
		{"Walking distance rose (between-group difference 35 m, 95% CI 10 to 60)", "walking distance", 1},
		// a change given by its signed size, named no estimate
		{"After beetroot juice, SBP changed significantly (p < 0.001) by -4.95 (95% CI -8.88, -1.01)", "sbp", -1},
		{"Pain changed by +1.2 points", "pain", 1},
		{"Pain changed by 1.2 points", "pain", 0},
	} {
		if got := er.estimateSign(tc.raw, tc.outcome); got != tc.want {
			t.Errorf("%q: %d, want %d", tc.raw, got, tc.want)
		}
	}
	// a significant effect on a lower-is-better outcome with a negative
	// estimate is a benefit: a review concluding so goes against "insufficient"
	set, err := claims.Example("back-pain")
	if err != nil {
		t.Fatal(err)
	}
	a := New(set.Claims...)
	c, _ := set.Get("massage-lbp")
	as, ok := a.Judge(a.Read(store.Record{Year: 2023, Title: "Massage for chronic nonspecific low back pain: a systematic review and meta-analysis", Sections: []store.Section{
		{Label: "RESULTS", Text: "Fifteen RCTs with 1390 patients with chronic nonspecific low back pain were included. Compared with control, massage had a significant effect on pain (SMD: -0.82; 95% CI -1.12 to -0.53; P < .001)."},
	}}), c)
	if !ok || !as.Flagged || as.Direction != DirectionBenefit {
		t.Errorf("review with a significant pooled reduction in pain: ok=%v %s %s %q", ok, as.Direction, as.Signal, as.Reasons)
	}
}

func TestTimeToAnOutcomeIsBetterShorter(t *testing.T) {
	for _, tc := range []struct {
		text string
		at   int
		want bool
	}{
		{"time from gavage to oral feeding", 4, true},
		{"days to full oral feeding", 2, true},
		{"age at discharge", 2, true},
		{"oral feeding was shorter", 0, false},
		{"adherence to oral feeding", 2, false},
	} {
		toks := tokens(tc.text)
		if got := timeTo(toks, tc.at); got != tc.want {
			t.Errorf("%q at %d (%q): %v, want %v", tc.text, tc.at, toks[tc.at], got, tc.want)
		}
	}
}

func TestWithoutIsNotANegation(t *testing.T) {
	er := newEffectRules()
	if er.isNull("Infants massaged with oil gained 21 g a day, compared with 7 g a day for those massaged without oil, a statistically significant difference (P < 0.001).") {
		t.Error(`"massaged without oil, a significant difference" read as null`)
	}
	if !er.isNull("Oil massage was given without any significant effect on weight.") {
		t.Error(`"without any significant effect" not read as null`)
	}
}

func TestReviewJudgingAllItsStudiesWeak(t *testing.T) {
	a := New(defaultClaims(t)...)
	term := mustClaim(t, "term-growth")
	rec := func(concl string) store.Record {
		return store.Record{Year: 2019, Title: "Infant massage and mother-infant attachment: a systematic review",
			Abstract: "Studies of infant massage were reviewed. Ten studies met the inclusion criteria. " +
				"There was evidence of better mother-infant interaction with massage. " +
				"All the studies were too weak to allow the findings to be generalised, although some significant evidence emerged. " + concl}
	}
	if as, ok := a.Judge(a.Read(rec("More robust research is needed to support these findings.")), term); !ok || as.Flagged {
		t.Errorf("a review calling all its studies too weak flagged: ok=%v %q", ok, as.Reasons)
	}
	// ... unless its conclusion states the effect all the same
	if as, ok := a.Judge(a.Read(rec("Conclusions: massage significantly improved mother-infant interaction in term infants.")), term); !ok || !as.Flagged {
		t.Errorf("a firm conclusion over weak studies not flagged: ok=%v %q", ok, as.Reasons)
	}
}

// General rules written from round 7's bronchiolitis set after it was
// scored once.
func TestRound7ReadingRules(t *testing.T) {
	er := newEffectRules()
	for _, s := range []string{
		"The authors conclude that the inhalations gave only limited clinical benefit, even though the differences were statistically significant.",
		"It may shorten hospital stay, but the poor strength of evidence calls for further rigorous trials.",
		"Recent reports of a shorter hospital stay still need confirmation.",
	} {
		if !er.insufficient.MatchString(s) {
			t.Errorf("not read as insufficient: %q", s)
		}
	}
	if !er.isNull("Neither nebulised 3% saline nor 0.9% saline showed any significant advantage over the other in length of stay.") {
		t.Error("a null statement with decimals in it not read as null")
	}
	a := New(defaultClaims(t)...)
	r := a.Read(store.Record{Title: "Nebulised 3% saline for infants with bronchiolitis", Abstract: "In this randomised trial 206 infants received 3% hypertonic saline or 0.9% normal saline. Stay was shorter with hypertonic saline (p = 0.01)."})
	if r.Comparator != ComparatorPlacebo {
		t.Errorf("normal saline as the comparison: %q, want placebo", r.Comparator)
	}
	r = a.Read(store.Record{Title: "Treatments for infants with bronchiolitis", Sections: []store.Section{
		{Label: "METHODS", Text: "PubMed was searched for double-blind randomised controlled trials of treatments for bronchiolitis."},
		{Label: "RESULTS", Text: "Forty-five randomised controlled trials were found, with 5,061 participants. Epinephrine shortened stay (SMD -0.41; 95% CI -0.8 to -0.03)."},
	}})
	if r.Design != DesignSystematicReview {
		t.Errorf("a searched and pooled set of trials: design %s, want systematic review", r.Design)
	}
}

// Round 8 (rules written after scoring the cranberry and holdout9 sets
// once): general research language, each case its own sentence.
func TestRound8ReadingRules(t *testing.T) {
	er := newEffectRules()
	if !er.isNull("Recurrences were distributed similarly between groups, the active group having a slightly higher rate (20.0% vs 14.0%).") {
		t.Error("'distributed similarly between groups' not read as no difference")
	}
	if er.isNull("Similarly, weight gain was greater with massage than with usual care (p = 0.01).") {
		t.Error("'Similarly,' opening a sentence read as no difference")
	}
	r := er.read("The active group had a slightly higher rate than the placebo group (20.0% vs 14.0%).", tokens("the active group had a slightly higher rate than the placebo group"), span{5, 6}, groups{})
	if r.sig {
		t.Error("a 'slightly higher' rate with no test read as a significant difference")
	}
	r = er.read("The active group had a higher rate than the placebo group.", tokens("the active group had a higher rate than the placebo group"), span{4, 5}, groups{})
	if !r.sig {
		t.Error("a plain stated between-group difference no longer read as one")
	}
	for _, s := range []string{
		"The study's power was limited by a sample smaller than targeted and poor compliance.",
		"Fifteen RCTs were eligible: ten reported culture-confirmed infection as the primary outcome.",
		"Limitations include the small sample and the short follow-up.",
	} {
		if !er.limitation.MatchString(s) {
			t.Errorf("a statement of the study's limits or of the studies found read as a possible finding: %q", s)
		}
	}
	if !er.limitation.MatchString("In post-hoc analyses of 97 women, the high dose was associated with significantly fewer infections.") {
		t.Error("a post-hoc result read as the trial's finding")
	}
	a := New(defaultClaims(t)...)
	r2 := a.Read(store.Record{Title: "High dose versus low dose oil massage for preterm infants: a randomised trial", Abstract: "In this randomized, double-blind trial, 145 preterm infants were randomized to a high dose (n = 72) or a low control dose (n = 73) of oil. In post-hoc analyses of 97 infants the high dose was associated with greater weight gain (95% CI 0.33-0.99)."})
	if r2.Comparator != ComparatorActive || r2.Design != DesignRCT {
		t.Errorf("two doses of one oil compared: comparator %q, design %s; want active, rct", r2.Comparator, r2.Design)
	}
	r2 = a.Read(store.Record{Title: "Daily oil massage for preterm infants: a randomized pilot study", Abstract: "188 infants were randomized to oil or placebo. Infections: 6 vs 11 (p 0.71); the study lacked power (incidence rate ratio CIs 0.14-1.39). The data suggest a possible protective effect, and further studies are planned."})
	if r2.Design != DesignRCT {
		t.Errorf("a trial whose authors plan further studies: design %s, want rct", r2.Design)
	}
	r2 = a.Read(store.Record{Title: "Three days versus one day of hypertonic saline in bronchiolitis: a randomised non-inferiority trial", Abstract: "116 infants were randomised to a 3-day or a 1-day course. The score difference was 0.71 (90% CI 0.1 to 1.3), within the margin set for non-inferiority of the shorter course."})
	if r2.Comparator != ComparatorActive {
		t.Errorf("a non-inferiority trial: comparator %q, want active", r2.Comparator)
	}
	// A trial whose one significant result is fewer adverse events than
	// placebo says nothing of the treatment's efficacy.
	set := parseClaims(t, `
[[claim]]
id = "knee-exercise"
statement = "Evidence is insufficient that exercise therapy helps knee osteoarthritis."
verdict = "insufficient"
as_of = 2015
population = ["knee osteoarthritis"]
intervention = ["exercise*"]
outcomes = ["function*"]
lower_is_better = ["pain*", "adverse events"]
`)
	for _, tc := range []struct {
		result string
		flag   bool
	}{
		{"Adverse events were less frequent with exercise (21% vs 36%, P = 0.021).", false},
		{"Pain was less with exercise (21% vs 36%, P = 0.021).", true},
	} {
		as := a.Assess(store.Record{Title: "Exercise for knee osteoarthritis: a randomised placebo-controlled trial", Year: 2020,
			Abstract: "In total 236 adults with knee osteoarthritis were randomised to exercise or sham exercise. Function did not differ between groups (p = 0.4). " + tc.result}, set.Claims)
		if len(as.Assessments) != 1 || as.Assessments[0].Flagged != tc.flag {
			t.Errorf("%q: flagged %v, want %v: %+v", tc.result, len(as.Assessments) == 1 && as.Assessments[0].Flagged, tc.flag, as.Assessments)
		}
	}
	// Adverse events that did not differ do not make a benefit mixed; a
	// difference with no test behind it yields to one with a test.
	fs := []finding{{valence: 1, sig: true}, {null: true, stated: true, side: true}}
	if d := direction(fs, false, false, DesignRCT, claims.VerdictInsufficient); d != DirectionBenefit {
		t.Errorf("benefit with adverse events alike: %s, want benefit", d)
	}
	fs = []finding{{valence: -1}, {null: true, stated: true}, {null: true, concl: true}}
	if d := direction(fs, false, false, DesignRCT, claims.VerdictInsufficient); d != DirectionNoEffect {
		t.Errorf("a null trial with an untested difference: %s, want no effect", d)
	}
	fs = []finding{{valence: -1}}
	if d := direction(fs, false, false, DesignRCT, claims.VerdictInsufficient); d != DirectionHarm {
		t.Errorf("an untested difference alone: %s, want harm", d)
	}
	fs = []finding{{null: true, side: true}, {valence: -1, side: true}}
	if d := direction(fs, false, false, DesignObservational, claims.VerdictNoRisk); d != DirectionHarm {
		t.Errorf("a report of harm against no risk: %s, want harm", d)
	}
	if d := direction(fs[1:], false, false, DesignRCT, claims.VerdictNoRisk); d != DirectionHarm {
		t.Errorf("a trial's untested harm against no risk: %s, want harm", d)
	}
	// round 75: in a trial, an untested count of harms yields to "did
	// not differ"
	if d := direction(fs, false, false, DesignRCT, claims.VerdictNoRisk); d != DirectionNoEffect {
		t.Errorf("a trial's harms that did not differ: %s, want no effect", d)
	}
}

// Round 9 (rules written after scoring kangaroo-care and holdout10 once).
func TestRound9ReadingRules(t *testing.T) {
	a := New(defaultClaims(t)...)
	for _, tc := range []struct {
		abstract string
		n        int
	}{
		{"In this randomised trial, mothers and their infants were allocated to massage or control; the massage and control groups comprised 73 and 88 pairs at 6 weeks.", 161},
		{"Two groups of 10 preterm infants each were studied; group A received stimulation.", 20},
		{"Between 2018 and 2020, 279 of 1,107 screened neonates were randomised: 139 to standard care and 138 to the intervention.", 279},
	} {
		if r := a.Read(store.Record{Title: "Massage for infants", Abstract: tc.abstract}); r.N != tc.n {
			t.Errorf("%q: n = %d, want %d", tc.abstract, r.N, tc.n)
		}
	}
	term := defaultClaims(t)[0]
	r := a.Read(store.Record{Title: "Massage therapy and the development of infants", Year: 2015, Abstract: "In this randomised controlled trial, 161 infants aged 6 weeks were allocated to massage or control and seen every 2 weeks until the infants were 9 months old. Development scores were higher with massage (p = 0.002)."})
	if as, ok := a.Judge(r, term); !ok || !as.Relevant {
		t.Error("the age at which follow-up ended was taken for the infants' age")
	}
	er := newEffectRules()
	cl := er.clauses("Although their mothers reported significantly more pain, massaged infants scored higher than controls (p = 0.002).")
	if len(cl) != 2 || !strings.HasPrefix(cl[1], "massaged infants") {
		t.Errorf("a concession not split off: %q", cl)
	}
	if !a.(*ruleAssessor).addedTo("the observation group received white noise plus touch in addition to routine care", "care") ||
		a.(*ruleAssessor).addedTo("the observation group received white noise plus touch in addition to routine care", "noise") {
		t.Error("an add-on read as added to the wrong treatment")
	}
	if c := a.Read(store.Record{Title: "Skin-to-skin contact and breastfeeding", Abstract: "This randomised trial compared daily skin-to-skin contact with care as usual in 116 mothers."}).Comparator; c != ComparatorUsualCare {
		t.Errorf("'care as usual': comparator %q", c)
	}
	for _, title := range []string{"Efectos del masaje en el recién nacido prematuro: revisión sistemática", "Massagem em prematuros: ensaio clínico randomizado"} {
		if d := a.Read(store.Record{Title: title, Abstract: "Texto."}).Design; d != DesignSystematicReview && d != DesignRCT {
			t.Errorf("%q: design %s", title, d)
		}
	}
	// The intention-to-treat result is the trial's; a per-protocol one
	// beside it is not. Against "benefit", a large null trial counts.
	set := parseClaims(t, `
[[claim]]
id = "ssc"
statement = "Skin-to-skin contact increases breastfeeding."
verdict = "benefit"
as_of = 2016
population = ["mothers", "newborn*"]
intervention = ["skin-to-skin*"]
outcomes = ["breastfeeding"]
`)
	res := a.Assess(store.Record{Title: "Daily skin-to-skin contact and breastfeeding in mothers of term newborns: a randomised trial", Year: 2021,
		Abstract: "Healthy pregnant women (n = 116) were randomised to skin-to-skin contact or care as usual. In intention-to-treat analyses, breastfeeding durations did not differ between groups (p = 0.36). In per-protocol analyses, breastfeeding was longer with skin-to-skin contact (p = 0.01)."}, set.Claims)
	if len(res.Assessments) != 1 || !res.Assessments[0].Flagged || res.Assessments[0].Direction != DirectionNoEffect {
		t.Errorf("a large trial null by intention to treat against a benefit: %+v", res.Assessments)
	}
}

// Round 10 (rules written after scoring acupuncture-insomnia and
// probiotics-nec once).
func TestRound10ReadingRules(t *testing.T) {
	a := New(defaultClaims(t)...)
	for _, tc := range []struct {
		abstract, comparator string
	}{
		{"This randomized trial compared acupuncture (n = 80) with CBT-I (n = 80); CBT-I comprised sleep restriction and stimulus control.", ComparatorActive},
		{"120 mothers and infants were divided into a massage group and a no-massage (control) group.", ComparatorNone},
		{"Participants took echinacea or, as control, vitamin C three times a day.", ComparatorNone},
	} {
		if c := a.Read(store.Record{Title: "A randomised trial", Abstract: tc.abstract}).Comparator; c != tc.comparator {
			t.Errorf("%q: comparator %q, want %q", tc.abstract, c, tc.comparator)
		}
	}
	for _, tc := range []struct {
		abstract, design string
	}{
		{"Systematic reviews of randomised controlled trials report that probiotics lower the risk of NEC. To find out whether routine probiotic supplementation lowers NEC. NEC was compared over 24-month epochs before and after routine probiotics in a retrospective cohort study (aOR 0.43, 95% CI 0.21-0.87).", DesignObservational},
		{"Single-centre retrospective observational study of epochs before and after routine probiotics were introduced. NEC fell (p = 0.01).", DesignObservational},
		{"In the pooled meta-analyses, cranberry did not significantly lower infections (RR 0.86, 95% CI 0.71-1.04). We searched MEDLINE and Embase for randomised trials.", DesignSystematicReview},
	} {
		if d := a.Read(store.Record{Title: "Probiotics and necrotising enterocolitis", Abstract: tc.abstract}).Design; d != tc.design {
			t.Errorf("%q: design %s, want %s", tc.abstract, d, tc.design)
		}
	}
	// Exclusion criteria do not put a record in an excluded population.
	dep, err := claims.Parse([]byte(`
[[claim]]
id = "dep"
statement = "Evidence is insufficient that omega-3 treats major depression."
verdict = "insufficient"
as_of = 2015
population = ["depress*"]
population_exclude = ["bipolar*"]
intervention = ["omega-3*", "fish oil"]
outcomes = ["depressive symptoms"]
`), "dep.toml")
	if err != nil {
		t.Fatal(err)
	}
	r := a.Read(store.Record{Title: "Omega-3 for major depression: a randomised trial", Year: 2018,
		Abstract: "Adults with major depression were randomised to fish oil or placebo. Patients with bipolar disorder were excluded. Depressive symptoms improved more with fish oil (p = 0.01)."})
	if as, ok := a.Judge(r, dep.Claims[0]); !ok || !as.Relevant {
		t.Error("an exclusion criterion put the record in the excluded population")
	}
	// A weakness conceded before a conclusion is not the conclusion.
	ins, err := claims.Parse([]byte(`
[[claim]]
id = "acu"
statement = "Evidence is insufficient to support acupuncture for insomnia."
verdict = "insufficient"
as_of = 2012
population = ["insomnia"]
intervention = ["acupuncture"]
outcomes = ["sleep quality"]
`), "acu.toml")
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		concl string
		flag  bool
	}{
		{"Despite limited evidence, acupuncture may be a useful addition for improving sleep quality in insomnia.", true},
		{"The evidence is limited, and acupuncture cannot yet be recommended for insomnia.", false},
	} {
		res := a.Assess(store.Record{Title: "Acupuncture for insomnia: a systematic review and meta-analysis", Year: 2021,
			Sections: []store.Section{{Label: "RESULTS", Text: "Fifteen trials with 1410 participants were included. Sleep quality improved with acupuncture (MD -2.1, 95% CI -3.0 to -1.2)."},
				{Label: "CONCLUSIONS", Text: tc.concl}}}, ins.Claims)
		if len(res.Assessments) != 1 || res.Assessments[0].Flagged != tc.flag {
			t.Errorf("%q: %+v, want flagged %v", tc.concl, res.Assessments, tc.flag)
		}
	}
	// Against "X reduces NEC and mortality", a large null trial counts only
	// when the outcome it found unchanged is one the statement names.
	set := parseClaims(t, `
[[claim]]
id = "nec"
statement = "Enteral probiotics reduce severe necrotising enterocolitis and mortality in preterm infants."
verdict = "benefit"
as_of = 2014
population = ["preterm infant*"]
intervention = ["probiotic*"]
lower_is_better = ["necrotising enterocolitis", "mortality", "sepsis"]
`)
	for _, tc := range []struct {
		result string
		flag   bool
	}{
		{"Sepsis did not differ between groups (p = 0.4).", false},
		{"Necrotising enterocolitis did not differ between groups (p = 0.4).", true},
	} {
		res := a.Assess(store.Record{Title: "Probiotics in preterm infants: a randomised placebo-controlled trial", Year: 2016,
			Abstract: "In total 1315 preterm infants were randomised to probiotics or placebo. " + tc.result}, set.Claims)
		if len(res.Assessments) != 1 || res.Assessments[0].Flagged != tc.flag {
			t.Errorf("%q: %+v, want flagged %v", tc.result, res.Assessments, tc.flag)
		}
	}
}

// Round 11 (rules written after scoring omega3-depression and
// zinc-diarrhoea once).
func TestRound11ReadingRules(t *testing.T) {
	a := New(defaultClaims(t)...)
	// an editorial note's "not" is no finding; a word it completes stays
	r := a.Read(store.Record{Title: "Omega-3 in pregnancy: a meta-analysis",
		Abstract: "Randomised trials were searched in PubMed and Embase. [Part of the results was not shown.] The pooled standardized difference in means was 0.75 (95% CI 0.47 to 1.04). In all, 61 infants had necrotising [enterocolitis; the rest was not shown]."})
	for _, f := range r.Findings {
		if f.Null {
			t.Errorf("an editorial note read as a null finding: %q", f.Clause)
		}
	}
	if !strings.Contains(r.doc.allRaw, "necrotising enterocolitis") || strings.Contains(r.doc.allRaw, "not shown") {
		t.Errorf("editorial notes: %q", r.doc.allRaw)
	}
	if a.(*ruleAssessor).count.strainCode.MatchString("L. reuteri DSM ") == false {
		t.Error("a strain's code not recognised before its number")
	}
	if n := a.Read(store.Record{Title: "L. reuteri in preterm infants", Abstract: "A double-blind randomized controlled trial of L. reuteri DSM 17938 against placebo in 94 neonates of 28-34 weeks gestational age."}).N; n != 94 {
		t.Errorf("n = %d, want 94 (17938 is the strain)", n)
	}
	set := parseClaims(t, `
[[claim]]
id = "zinc"
statement = "Oral zinc shortens acute diarrhoea in children."
verdict = "benefit"
as_of = 2016
population = ["acute diarrhoea"]
intervention = ["zinc"]
outcomes = ["recovery"]
lower_is_better = ["diarrhoea duration", "duration of diarrhoea", "diarrhoea", "stool frequency"]
`)
	for _, tc := range []struct {
		results string
		flag    bool
	}{
		// null on the statement's outcome, significant only on another
		{"Mean diarrhoea duration did not differ significantly (p = 0.2). The fall in stool frequency was larger with zinc (p = 0.01).", true},
		// "earlier recovery" is a benefit, not a harm
		{"Adding zinc led to significantly earlier recovery (p < 0.001).", false},
	} {
		res := a.Assess(store.Record{Title: "Zinc for acute diarrhoea in children: a randomised placebo-controlled trial", Year: 2022,
			Abstract: "In total 150 children with acute diarrhoea were randomised to zinc or placebo. " + tc.results}, set.Claims)
		if len(res.Assessments) != 1 || res.Assessments[0].Flagged != tc.flag {
			t.Errorf("%q: %+v, want flagged %v", tc.results, res.Assessments, tc.flag)
		}
	}
	// a concession in a conclusion is not its finding; "remain under
	// debate" is a judgement that the evidence is open
	er := newEffectRules()
	if !er.insufficient.MatchString("its use and role in depression remain under debate") || er.insufficient.MatchString("its link with neurobehavioural development remains unclear") && false {
		t.Error("'its role remains under debate' not read as an open question")
	}
	if er.insufficient.MatchString("Its link with neurobehavioural development remains unclear") {
		t.Error("one outcome's open question read as the whole evidence's")
	}
}

// Round 12 (rules written after scoring melatonin-delirium and
// sucrose-pain once).
func TestRound12ReadingRules(t *testing.T) {
	er := newEffectRules()
	if er.isNull("The effectiveness of the different non-pharmacological interventions varied notably for pain scores") {
		t.Error("'non-pharmacological' read as a negation")
	}
	if !er.isNull("Pain did not differ between groups, a non-significant difference") {
		t.Error("'non-significant' no longer read as no difference")
	}
	a := New(defaultClaims(t)...)
	r := a.Read(store.Record{Title: "Sweet taste for eye examinations", Abstract: "Pain scores fell with sucrose (p < 0.01). Sucrose is recommended (the rest of the conclusion was not shown on the page)."})
	for _, f := range r.Findings {
		if f.Null {
			t.Errorf("an editorial note in brackets read as a null finding: %q", f.Clause)
		}
	}
	if d := a.Read(store.Record{Title: "Melatonin for delirium in older inpatients", Abstract: "A trial testing whether melatonin reduces delirium severity would need 120 patients and is expected to run for two years; patients will be randomised to melatonin or placebo."}).Design; d != DesignProtocol {
		t.Errorf("a trial that 'would need 120 patients': design %s, want protocol", d)
	}
	// "76 mothers of newborns" are mother-newborn pairs, not mothers alone
	term := defaultClaims(t)[0]
	r = a.Read(store.Record{Title: "Mothers massaging their newborns with lotion: a randomised trial", Year: 2016,
		Abstract: "In this study 76 mothers of newborns were randomly allocated to massage with lotion, massage without lotion or no massage. Infant sleep improved with lotion massage (p = 0.01)."})
	if as, ok := a.Judge(r, term); !ok || !as.Relevant {
		t.Error("'mothers of newborns' read as counting mothers only")
	}
	// no year: shown, not flagged, and said so; an entry date dates it
	c := defaultClaims(t)[1] // preterm-growth
	rec := store.Record{Title: "Massage for preterm infants: a randomised trial",
		Abstract: "In total 200 preterm infants were randomised to massage or usual care. Weight gain was greater with massage (p < 0.001)."}
	res := a.Assess(rec, []claims.Claim{c})
	if len(res.Assessments) != 1 || res.Assessments[0].Flagged || !strings.Contains(strings.Join(res.Assessments[0].Reasons, " "), "no year of publication") {
		t.Errorf("a record with no year: %+v", res.Assessments)
	}
	rec.EntryDate = time.Date(2021, 3, 1, 0, 0, 0, 0, time.UTC)
	if res := a.Assess(rec, []claims.Claim{c}); len(res.Assessments) != 1 || !res.Assessments[0].Flagged {
		t.Errorf("a record dated by its entry date: %+v", res.Assessments)
	}
}

// Round 13 (rules written after scoring vitamin-d-asthma and
// antiemetics-gastroenteritis once).
func TestRound13ReadingRules(t *testing.T) {
	set := parseClaims(t, `
[[claim]]
id = "ond"
statement = "Oral ondansetron reduces vomiting and the need for intravenous rehydration in children with gastroenteritis."
verdict = "benefit"
as_of = 2011
population = ["gastroenteritis"]
intervention = ["ondansetron"]
lower_is_better = ["vomiting", "intravenous rehydration", "diarrhoea"]

[[claim]]
id = "other"
statement = "Evidence is insufficient that other antiemetics reduce vomiting in children with gastroenteritis."
verdict = "insufficient"
as_of = 2011
population = ["gastroenteritis"]
intervention = ["domperidone", "metoclopramide"]
lower_is_better = ["vomiting", "intravenous rehydration"]
`)
	a := New(set.Claims...)
	// a finding about ondansetron, domperidone only its comparison; a
	// conclusion about rehydration solution alone
	res := a.Assess(store.Record{Title: "Ondansetron or domperidone for gastroenteritis in children: a randomised placebo-controlled trial", Year: 2016,
		Abstract: "In total 356 children with gastroenteritis were randomised to ondansetron, domperidone or placebo. Ondansetron halved the risk of intravenous rehydration compared with placebo (RR 0.41, 95% CI 0.20-0.83) and with domperidone (RR 0.47, 95% CI 0.23-0.97). Most children can be managed effectively with oral rehydration solution alone."}, set.Claims)
	if as, ok := find(res, "other"); !ok || as.Flagged {
		t.Errorf("a finding on ondansetron credited to domperidone: %+v", res.Assessments)
	}
	// the trial's own primary outcome decides whether a large trial found
	// no difference: significant here, though vomiting did not differ
	res = a.Assess(store.Record{Title: "Ondansetron at discharge for children with gastroenteritis: a randomised trial", Year: 2025,
		Abstract: "The primary outcome was moderate-to-severe gastroenteritis during 7 days. A total of 1030 children were randomised to ondansetron or placebo. Moderate-to-severe gastroenteritis was less frequent with ondansetron (adjusted odds ratio 0.50; 95% CI 0.40 to 0.60). No meaningful difference between the groups was seen in the presence of vomiting."}, set.Claims)
	if as, ok := find(res, "ond"); !ok || as.Flagged {
		t.Errorf("a trial significant on its primary outcome read as null: %+v", as)
	}
	// the participants' levels are not the intervention given; results
	// that vary are no verdict
	vd, err := claims.Parse([]byte(`
[[claim]]
id = "vd"
statement = "Evidence is insufficient that vitamin D improves lung function in asthma."
verdict = "insufficient"
as_of = 2016
population = ["asthma"]
intervention = ["vitamin d"]
outcomes = ["fev1", "lung function"]
`), "vd.toml")
	if err != nil {
		t.Fatal(err)
	}
	b := New(vd.Claims...)
	res = b.Assess(store.Record{Title: "Vitamin D and lung function in asthma: a systematic review and meta-analysis", Year: 2019,
		Sections: []store.Section{{Label: "RESULTS", Text: "Twenty observational studies were included. Asthma patients with low vitamin D had lower FEV1 (MD -0.1, 95% CI -0.11 to -0.08)."},
			{Label: "CONCLUSIONS", Text: "Vitamin D levels are associated with lung function in asthma."}}}, vd.Claims)
	if len(res.Assessments) == 1 && res.Assessments[0].Flagged {
		t.Errorf("an association with vitamin D levels read as an effect of vitamin D: %+v", res.Assessments)
	}
	// more of the intervention taken is a dose comparison, not the
	// participants' level: the review's conclusion is a benefit
	res = b.Assess(store.Record{Title: "Vitamin D intake and lung function in asthma: a meta-analysis", Year: 2019,
		Sections: []store.Section{{Label: "RESULTS", Text: "Fifteen studies were included."},
			{Label: "CONCLUSIONS", Text: "Higher vitamin D intake may be associated with better lung function in asthma."}}}, vd.Claims)
	if len(res.Assessments) != 1 || !res.Assessments[0].Flagged {
		t.Errorf("'higher vitamin D intake … better lung function' not read as a benefit: %+v", res.Assessments)
	}
	// a population named only in the exclusion criteria is not the record's
	adj, err := claims.Parse([]byte(`
[[claim]]
id = "adj"
statement = "Evidence is insufficient that omega-3 added to stimulants improves ADHD symptoms."
verdict = "insufficient"
as_of = 2012
population = ["taking stimulants"]
intervention = ["omega-3*"]
outcomes = ["adhd symptoms"]
`), "adj.toml")
	if err != nil {
		t.Fatal(err)
	}
	c := New(adj.Claims...)
	r := c.Read(store.Record{Title: "Omega-3 for ADHD in children: a randomised trial", Year: 2018,
		Abstract: "Children with ADHD were randomised to omega-3 or placebo. Children taking stimulants were excluded. ADHD symptoms improved with omega-3 (p = 0.01)."})
	if as, ok := c.Judge(r, adj.Claims[0]); ok && as.Relevant {
		t.Error("a population named only among the excluded made the record relevant")
	}
	er := newEffectRules()
	res = b.Assess(store.Record{Title: "Vitamin D for asthma: a meta-analysis", Year: 2022,
		Sections: []store.Section{{Label: "RESULTS", Text: "Ten RCTs with 1,349 patients were included. Vitamin D did not change FEV1 (SMD 0.04, 95% CI -0.35 to 0.43). In one study forming its own subgroup, vitamin D markedly raised FEV1 (SMD 0.94, 95% CI 0.47 to 1.41)."}}}, vd.Claims)
	if len(res.Assessments) == 1 && res.Assessments[0].Flagged {
		t.Errorf("one study of a review read as its synthesis: %+v", res.Assessments)
	}
	if !er.isNull("The odds ratios were 1.21 for celecoxib and 1.16 for glucosamine, none statistically significant") {
		t.Error("'none statistically significant' not read as no difference")
	}
	if !er.limitation.MatchString("Limited sample size and a smaller than expected loss reduced the study's power.") {
		t.Error("a statement of the study's power read as a possible finding")
	}
	if !newEffectRules().insufficient.MatchString("the results vary and need further study") {
		t.Error("'the results vary' not read as an open verdict")
	}
}

// After round 15 (in-sample): with a verb of change in the clause,
// "more" says by how much; an elliptical comparison keeps its verb.
func TestDegreeWordsAndEllipsis(t *testing.T) {
	er := newEffectRules()
	cl := er.clauses("Acupuncture reduced migraine days significantly more than sham at weeks 13 to 20, and migraine attacks significantly more at weeks 17 to 20.")
	if len(cl) != 1 {
		t.Fatalf("an elliptical comparison split off: %q", cl)
	}
	toks := tokens(cl[0])
	var sp span
	for i, w := range toks {
		if w == "attacks" {
			sp = span{i - 1, i + 1}
		}
	}
	if r := er.read(cl[0], toks, sp, groups{}); r.change >= 0 {
		t.Errorf("'reduced … and attacks significantly more' read as an increase in attacks: %+v", r)
	}
	if cl := er.clauses("Pain fell with massage, and sleep improved significantly (p = 0.01)."); len(cl) != 2 {
		t.Errorf("a clause with its own verb joined to the one before: %q", cl)
	}
}

// A "harm" claim: a large trial or a review finding no effect, or a
// benefit, goes against it; one finding harm agrees.
func TestHarmVerdict(t *testing.T) {
	set := parseClaims(t, `
[[claim]]
id = "talc-harm"
statement = "Talc powder on the nappy area causes rash and dermatitis in infants."
verdict = "harm"
as_of = 2015
population = ["infant*"]
intervention = ["talc*"]
outcomes = ["skin"]
lower_is_better = ["dermatitis", "rash*"]
`)
	a := New(set.Claims...)
	for _, tc := range []struct {
		results string
		flag    bool
	}{
		{"Rash did not differ between groups (p = 0.6).", true},
		{"Dermatitis was less frequent with talc (p = 0.01).", true},
		{"Dermatitis was more frequent with talc (p = 0.01).", false},
	} {
		res := a.Assess(store.Record{Title: "Talc powder for infants: a randomised trial", Year: 2020,
			Abstract: "In total 300 infants were randomised to talc or no powder. " + tc.results}, set.Claims)
		if len(res.Assessments) != 1 || res.Assessments[0].Flagged != tc.flag {
			t.Errorf("%q: %+v, want flagged %v", tc.results, res.Assessments, tc.flag)
		}
	}
}

func TestBracketsHoldOneResult(t *testing.T) {
	er := newEffectRules()
	cl := er.clauses("Probiotics lowered the odds of CDI in both the unadjusted model (n=6,645; odds ratio [OR] 0.37; 95% CI, 0.25-0.55) and the adjusted model; use of two antibiotics raised them.")
	if len(cl) != 2 || !strings.Contains(cl[0], "0.25-0.55") {
		t.Errorf("clauses split inside brackets: %q", cl)
	}
	if er.within.MatchString(cl[0]) {
		t.Errorf("'in both the unadjusted model' read as a change within groups")
	}
	if !er.within.MatchString("Weight rose in both groups") || !er.within.MatchString("Weight rose in both.") {
		t.Error("a change in both groups not read as within groups")
	}
}

// A claim changed after New (same id, other terms) is judged by its own
// terms, not by the ones New compiled.
func TestJudgeUsesTheClaimAsGiven(t *testing.T) {
	a := New(defaultClaims(t)...)
	term := mustClaim(t, "term-growth")
	r := a.Read(store.Record{Year: 2020, Title: "Massage for term infants: a randomised trial",
		Abstract: "In this randomised trial 200 term infants were given massage or usual care. Weight gain was significantly greater with massage (p = 0.01)."})
	if _, ok := a.Judge(r, term); !ok {
		t.Fatal("the massage trial does not bear on term-growth")
	}
	changed := term
	changed.Intervention = []string{"yoga"}
	if _, ok := a.Judge(r, changed); ok {
		t.Error("judged with the terms compiled for the claim as it was")
	}
}

// A significant result in a subgroup, beside a result of no difference for
// everyone, is not the record's finding; a result of the main analysis that
// a subgroup repeats still is.
func TestSubgroupBesideOverallNull(t *testing.T) {
	set := parseClaims(t, `
[[claim]]
id = "x"
statement = "Evidence is insufficient that drug X improves lung function in adults with asthma."
verdict = "insufficient"
as_of = 2016
population = ["asthma"]
intervention = ["drug x"]
outcomes = ["fev1", "lung function"]
`)
	a := New(set.Claims...)
	for _, c := range []struct {
		name, abstract string
		flag           bool
	}{
		{"subgroup analyses", "In all, 420 adults with asthma were randomised to drug X or placebo. FEV1 did not differ between drug X and placebo (mean difference 12 mL, 95% CI -20 to 44). In subgroup analyses, drug X improved FEV1 in smokers (p = 0.02).", false},
		{"overall null, but a part benefited", "In all, 420 adults with asthma were randomised to drug X or placebo. Drug X did not improve lung function overall but significantly improved FEV1 in those with low baseline levels.", false},
		{"main and subgroup analyses", "In all, 420 adults with asthma were randomised to drug X or placebo. FEV1 was significantly higher with drug X than placebo in both main and subgroup analyses (p = 0.01). Symptom scores did not differ.", true},
		{"no overall null", "In all, 420 adults with asthma were randomised to drug X or placebo. FEV1 was significantly higher with drug X than placebo (p = 0.01), and the effect was similar across subgroups.", true},
	} {
		res := a.Assess(store.Record{Title: "Drug X for asthma: a randomised placebo-controlled trial", Year: 2020, Abstract: c.abstract}, set.Claims)
		as, ok := find(res, "x")
		if !ok || as.Flagged != c.flag {
			t.Errorf("%s: flagged %v, want %v: %+v", c.name, as.Flagged, c.flag, as)
		}
	}
}

// A hedged review conclusion whose own caveat is heterogeneity leaves the
// evidence uncertain; a firm one stays a finding.
func TestHedgedConclusionWithHeterogeneity(t *testing.T) {
	set := parseClaims(t, `
[[claim]]
id = "p"
statement = "Evidence is insufficient that probiotics prevent infection in adults taking antibiotics."
verdict = "insufficient"
as_of = 2017
population = ["adults", "patients"]
intervention = ["probiotic*"]
lower_is_better = ["infection"]
`)
	a := New(set.Claims...)
	for _, c := range []struct {
		concl string
		flag  bool
	}{
		{"The meta-analysis suggests that probiotics may have a positive effect in preventing infection in patients taking antibiotics, but the results showed a high degree of statistical heterogeneity.", false},
		{"Probiotics significantly reduced infection in patients taking antibiotics (RR 0.50, 95% CI 0.30 to 0.80), although heterogeneity was high.", true},
		// the caveat's own "may" does not hedge the finding before it
		{"Probiotics are associated with a statistically significant fall in infection in patients taking antibiotics. The marked heterogeneity may restrict how far these results apply, as the best dose remains unclear.", true},
	} {
		res := a.Assess(store.Record{Title: "Probiotics for preventing infection during antibiotic treatment: a systematic review and meta-analysis", Year: 2023,
			Sections: []store.Section{{Label: "RESULTS", Text: "Twelve randomised trials with 3000 patients were included."}, {Label: "CONCLUSIONS", Text: c.concl}}}, set.Claims)
		as, ok := find(res, "p")
		if !ok || as.Flagged != c.flag {
			t.Errorf("%q: flagged %v, want %v: %+v", c.concl, as.Flagged, c.flag, as)
		}
	}
}

// A trial still to be run is no finding, and a review saying the
// effectiveness of the treatments varied states no effect either way.
func TestPlannedTrialAndVaryingEffectiveness(t *testing.T) {
	set := parseClaims(t, `
[[claim]]
id = "m"
statement = "Evidence is insufficient that melatonin reduces delirium severity in older inpatients."
verdict = "insufficient"
as_of = 2016
population = ["inpatients", "patients"]
intervention = ["melatonin"]
lower_is_better = ["delirium", "delirium severity"]

[[claim]]
id = "s"
statement = "Sucrose reduces pain scores in newborns during a single painful procedure."
verdict = "benefit"
as_of = 2016
population = ["newborn*", "neonat*"]
intervention = ["sucrose", "non-pharmacological interventions"]
lower_is_better = ["pain", "pain scores"]
`)
	a := New(set.Claims...)
	res := a.Assess(store.Record{Title: "Melatonin for delirium in older medical inpatients: a randomised pilot trial", Year: 2021,
		Abstract: "In all, 150 older inpatients were randomised to melatonin or placebo. Delirium severity did not differ between groups (p = 0.6). A trial testing whether melatonin reduces delirium severity in older inpatients would need 120 patients and is feasible."}, set.Claims)
	if as, ok := find(res, "m"); ok && as.Flagged {
		t.Errorf("a trial still to be run read as a finding: %q", as.Reasons)
	}
	res = a.Assess(store.Record{Title: "Non-pharmacological interventions for neonatal pain: a systematic review", Year: 2023,
		Abstract: "We searched PubMed and Embase and included 35 randomised trials (2134 newborns). The effectiveness of the different non-pharmacological interventions varied notably for pain scores."}, set.Claims)
	if as, ok := find(res, "s"); ok && as.Flagged {
		t.Errorf("varying effectiveness read as no effect: %q", as.Reasons)
	}
}

// "These articles reported ..." is a review's synthesis of its studies; a
// "BOTTOM LINE" section is its conclusion.
func TestReviewSynthesisWords(t *testing.T) {
	set := parseClaims(t, `
[[claim]]
id = "o"
statement = "Evidence is insufficient that omega-3 fatty acids improve behaviour in children with ADHD."
verdict = "insufficient"
as_of = 2012
population = ["adhd", "children"]
intervention = ["omega-3", "pufas"]
outcomes = ["behaviour", "cognition"]
`)
	a := New(set.Claims...)
	res := a.Assess(store.Record{Title: "Omega-3 fatty acids in children with ADHD: a systematic review", Year: 2013,
		Sections: []store.Section{{Label: "METHODS", Text: "Articles indexed in PubMed and Scopus were systematically reviewed."},
			{Label: "RESULTS", Text: "Of 231 articles, 12 met the inclusion criteria. These articles reported a modest improvement in cognition and behaviour of children with ADHD after treatment with PUFAs."}}}, set.Claims)
	if as, ok := find(res, "o"); !ok || !as.Flagged {
		t.Errorf("a review's synthesis of its articles not read as its finding: %+v", as)
	}
	tr := newTextRules()
	d := tr.newDoc(store.Record{Title: "t", Sections: []store.Section{{Label: "BOTTOM LINE", Text: "Omega-3 improves behaviour."}}})
	if len(d.sents) == 0 || d.sents[0].role != roleConclusion {
		t.Errorf("a BOTTOM LINE section not read as the conclusion: %+v", d.sents)
	}
}

// A claims file's multi-word intervention named in another word order, or
// with words between, still makes a record relevant; its words scattered
// over a sentence do not.
func TestInterventionInOtherWords(t *testing.T) {
	set := parseClaims(t, `
[[claim]]
id = "o"
statement = "Evidence is insufficient that oral care with breast milk prevents pneumonia in ventilated preterm infants."
verdict = "insufficient"
as_of = 2018
population = ["preterm infants"]
intervention = ["oral care with breast milk", "oral care with mother s own milk"]
lower_is_better = ["pneumonia"]
`)
	a := New(set.Claims...)
	for _, c := range []struct {
		title    string
		relevant bool
	}{
		{"Breast milk oral care for ventilated preterm infants: effect on pneumonia", true},
		{"Mothers' own milk as oral care: pneumonia in preterm infants", true},
		{"Oral care with breast milk and pneumonia in preterm infants", true},
		{"Oral hygiene in preterm infants: pneumonia after care bundles; breast milk feeding was recorded in the chart of each infant in the unit", false},
	} {
		res := a.Assess(store.Record{Title: c.title, Year: 2020, Abstract: "Pneumonia was less frequent in preterm infants (p = 0.01)."}, set.Claims)
		as, ok := find(res, "o")
		if ok != c.relevant || ok && !as.Relevant {
			t.Errorf("%q: relevant %v (%+v), want %v", c.title, ok && as.Relevant, as, c.relevant)
		}
	}
}

// A review conclusion that asks for trials to confirm a benefit, or rates
// the evidence very low "by GRADE", does not conclude the benefit.
func TestBenefitStillToConfirm(t *testing.T) {
	set := parseClaims(t, `
[[claim]]
id = "c"
statement = "Evidence is insufficient that drug X prevents sepsis in preterm infants."
verdict = "insufficient"
as_of = 2015
population = ["preterm infants"]
intervention = ["drug x"]
lower_is_better = ["sepsis"]
`)
	a := New(set.Claims...)
	for _, c := range []struct {
		concl string
		flag  bool
	}{
		{"Adequately powered RCTs are needed to confirm the benefits of drug X in preterm infants.", false},
		{"The overall quality of evidence by GRADE was very low.", false},
		{"Drug X significantly reduces sepsis in preterm infants and is an effective treatment.", true},
	} {
		rec := store.Record{Title: "Drug X for preterm infants: a systematic review and meta-analysis", Year: 2020,
			Sections: []store.Section{
				{Label: "METHODS", Text: "We searched MEDLINE and included eight randomised trials of drug X in preterm infants."},
				{Label: "RESULTS", Text: "Eight RCTs (n = 900) were included. Meta-analysis found no significant difference in sepsis (RR 0.80, 95% CI 0.50 to 1.20)."},
				{Label: "CONCLUSIONS", Text: c.concl},
			}}
		rec.Abstract = "METHODS: " + rec.Sections[0].Text + "\nRESULTS: " + rec.Sections[1].Text + "\nCONCLUSIONS: " + rec.Sections[2].Text
		as, ok := find(a.Assess(rec, set.Claims), "c")
		if !ok || as.Flagged != c.flag {
			t.Errorf("%q: flagged %v, want %v: %+v", c.concl, as.Flagged, c.flag, as)
		}
	}
}

// A three-arm trial's result for its other active arm ("fell
// significantly in the whortleberry group") and a change within one
// group are no finding for the intervention against placebo.
func TestOtherArmAndWithinGroup(t *testing.T) {
	set := parseClaims(t, `
[[claim]]
id = "g"
statement = "Evidence is insufficient that cinnamon lowers fasting glucose in type 2 diabetes."
verdict = "insufficient"
as_of = 2012
population = ["type 2 diabetes"]
intervention = ["cinnamon"]
lower_is_better = ["fasting glucose"]
`)
	a := New(set.Claims...)
	methods := "In all, 240 patients with type 2 diabetes were randomly divided into three groups taking placebo, cinnamon or whortleberry for 12 weeks. "
	for _, c := range []struct {
		name, results string
		flag          bool
	}{
		{"other arm", "Fasting glucose fell significantly in the whortleberry group but not in the placebo group (p = 0.01).", false},
		{"within group", "Only in the within-group comparison did cinnamon significantly lower fasting glucose (p = 0.03).", false},
		{"the intervention's arm", "Fasting glucose fell significantly in the cinnamon group compared with the placebo group (p = 0.01).", true},
		{"a subgroup of the population", "Fasting glucose fell significantly more with cinnamon than placebo (p = 0.01), also in the type 2 diabetes group on insulin.", true},
	} {
		rec := store.Record{Title: "Cinnamon and whortleberry in type 2 diabetes: a randomised placebo-controlled trial", Year: 2016,
			Abstract: methods + c.results}
		as, ok := find(a.Assess(rec, set.Claims), "g")
		if !ok || as.Flagged != c.flag {
			t.Errorf("%s: flagged %v, want %v: %+v", c.name, as.Flagged, c.flag, as)
		}
	}
}

// A review naming the kinds of evidence it read ("in vitro, animal and
// human studies") stays about people; a study of rats does not.
func TestEvidenceKindsAreNotThePopulation(t *testing.T) {
	set := parseClaims(t, `
[[claim]]
id = "k"
statement = "Evidence is insufficient that cinnamon lowers fasting glucose in type 2 diabetes."
verdict = "insufficient"
as_of = 2012
population = ["type 2 diabetes"]
population_exclude = ["in vitro", "rats", "animal model*"]
intervention = ["cinnamon"]
lower_is_better = ["fasting glucose"]
`)
	a := New(set.Claims...)
	for _, c := range []struct {
		abstract string
		relevant bool
	}{
		{"In vitro, animal and human studies have shown that cinnamon lowers fasting glucose. This review of cinnamon in type 2 diabetes finds it lowers fasting glucose.", true},
		{"We assessed the experimental evidence in animal models and in humans. Cinnamon lowered fasting glucose in type 2 diabetes.", true},
		{"Rats with type 2 diabetes were fed cinnamon for 4 weeks. Cinnamon lowered fasting glucose.", false},
	} {
		as, ok := find(a.Assess(store.Record{Title: "Cinnamon and type 2 diabetes", Year: 2020, Abstract: c.abstract}, set.Claims), "k")
		if (ok && as.Relevant) != c.relevant {
			t.Errorf("%q: relevant %v, want %v", c.abstract, ok && as.Relevant, c.relevant)
		}
	}
}

// A record with no date whose text names a year after the claim's basis
// ("enrolled from 2018 to 2019") appeared after it; a protocol's years may
// be plans. "Compared with no treatment" negates nothing.
func TestUndatedRecordNamingAYear(t *testing.T) {
	set := parseClaims(t, `
[[claim]]
id = "u"
statement = "Evidence is insufficient that drug X lowers blood pressure in adults."
verdict = "insufficient"
as_of = 2013
population = ["adults"]
intervention = ["drug x"]
lower_is_better = ["blood pressure"]
`)
	a := New(set.Claims...)
	for _, c := range []struct {
		name, abstract string
		flag           bool
	}{
		{"a year after the basis", "From 2018 to 2019, 240 adults were randomised to drug X or no treatment. Drug X lowered blood pressure significantly compared with no treatment (mean difference -8 mmHg, 95% CI -11 to -5).", true},
		{"only years before it", "From 2008 to 2009, 240 adults were randomised to drug X or no treatment. Drug X lowered blood pressure significantly compared with no treatment (mean difference -8 mmHg, 95% CI -11 to -5).", false},
	} {
		as, ok := find(a.Assess(store.Record{Title: "Drug X in adults: a randomised trial", Abstract: c.abstract}, set.Claims), "u")
		if !ok || as.Flagged != c.flag {
			t.Errorf("%s: flagged %v, want %v: %+v", c.name, as.Flagged, c.flag, as)
		}
		if c.flag && !strings.Contains(strings.Join(as.Reasons, " "), "no date given") {
			t.Errorf("%s: the reason does not say the date was inferred: %q", c.name, as.Reasons)
		}
	}
}

// A sought event reached sooner is a benefit: "less time to reach full
// breastfeeding", "achieved oral feeds earlier", a mean difference in days.
func TestSoonerIsBetter(t *testing.T) {
	set := parseClaims(t, `
[[claim]]
id = "s"
statement = "Evidence is insufficient that pacifiers hasten oral feeding in preterm infants."
verdict = "insufficient"
as_of = 2016
population = ["preterm infants"]
intervention = ["pacifier*"]
outcomes = ["breastfeeding", "oral feeds", "oral feeding"]
`)
	a := New(set.Claims...)
	for _, res := range []string{
		"The pacifier group took significantly less time to reach full breastfeeding than the control group (p < 0.05).",
		"Infants in the pacifier group achieved full oral feeds significantly earlier than controls (p = 0.01).",
		"Meta-analysis showed a significant effect of pacifiers on the transition to full oral feeding (MD -5.51 days, 95% CI -8.20 to -2.82).",
	} {
		rec := store.Record{Title: "Pacifiers for preterm infants", Year: 2020,
			Abstract: "In all, 240 preterm infants were randomised to a pacifier or no pacifier. " + res}
		as, ok := find(a.Assess(rec, set.Claims), "s")
		if !ok || as.Direction != DirectionBenefit {
			t.Errorf("%q: direction %q, want benefit: %+v", res, as.Direction, as)
		}
	}
}

// A control arm given the intervention in another form ("a non-pulsatile
// pacifier") is an active comparison; a hedged view of the intervention
// as a whole ("the findings may help in the care of infants") concludes
// no benefit.
func TestActiveControlAndHedgedView(t *testing.T) {
	set := parseClaims(t, `
[[claim]]
id = "p"
statement = "Evidence is insufficient that pacifiers hasten oral feeding in preterm infants."
verdict = "insufficient"
as_of = 2016
population = ["preterm infants"]
intervention = ["pacifier*", "nns"]
outcomes = ["sucking performance"]
lower_is_better = ["time to full oral feeds"]
`)
	a := New(set.Claims...)
	trial := store.Record{Title: "Patterned stimulation through a pulsatile pacifier in preterm infants", Year: 2019,
		Abstract: "In a randomized controlled trial, 210 preterm infants were enrolled. The experimental group (n = 109) had patterned stimulation through a pulsatile pacifier; the control group (n = 101) had a non-pulsatile pacifier. Time to full oral feeds was shorter in the experimental group (p = 0.03)."}
	if as, ok := find(a.Assess(trial, set.Claims), "p"); !ok || as.Flagged || as.Direction != DirectionUnclear {
		t.Errorf("pacifier against pacifier: %+v", as)
	}
	review := store.Record{Title: "Interventions to improve sucking in preterm infants: a systematic review", Year: 2019,
		Sections: []store.Section{
			{Label: "METHODS", Text: "PubMed, CINAHL and EMBASE were searched; nineteen randomized trials of NNS in preterm infants that measured sucking performance were included."},
			{Label: "CONCLUSIONS", Text: "The findings may help in the clinical care of preterm infants who need support through NNS."}}}
	if as, ok := find(a.Assess(review, set.Claims), "p"); !ok || as.Flagged {
		t.Errorf("hedged view: flagged %v: %+v", as.Flagged, as)
	}
}

// A clause that goes on about the outcome of the clause before ("bilirubin
// did not differ at baseline but fell significantly more with massage")
// reports on that outcome.
func TestClauseGoesOnAboutTheOutcome(t *testing.T) {
	set := parseClaims(t, `
[[claim]]
id = "b"
statement = "Evidence is insufficient that massage lowers bilirubin in term newborns."
verdict = "insufficient"
as_of = 2013
population = ["newborns", "neonates"]
intervention = ["massag*"]
lower_is_better = ["bilirubin"]
`)
	a := New(set.Claims...)
	rec := store.Record{Title: "Massage for neonates with jaundice: a randomised trial", Year: 2020,
		Abstract: "In all, 150 neonates were randomised to massage or routine care. Serum bilirubin did not differ between the groups before the intervention but fell significantly more in the massage group than in the control group afterwards."}
	as, ok := find(a.Assess(rec, set.Claims), "b")
	if !ok || !as.Flagged || as.Direction != DirectionBenefit {
		t.Errorf("flagged %v direction %q, want a flagged benefit: %+v", as.Flagged, as.Direction, as)
	}
}

// A pooled result whose brackets end with the certainty of its evidence
// ("[RR 1.68, P = 0.018; low-quality evidence]") is a finding, the
// "effective rate" is an outcome of any efficacy claim, and a conclusion
// that the studies "gave mixed evidence" calls the evidence weak.
func TestGradedResultAndEffectiveRate(t *testing.T) {
	set := parseClaims(t, `
[[claim]]
id = "g"
statement = "Evidence is insufficient that ginger relieves nausea in pregnancy."
verdict = "insufficient"
as_of = 2015
population = ["pregnan*"]
intervention = ["ginger"]
lower_is_better = ["nausea"]
`)
	a := New(set.Claims...)
	for _, c := range []struct {
		name, results, concl string
		flag                 bool
	}{
		{"graded result", "Against placebo, ginger had a higher effective rate [RR = 1.68, 95% CI (1.09, 2.57), P = 0.018; low-quality evidence].", "", true},
		{"mixed evidence", "Against placebo, ginger had a higher effective rate [RR = 1.68, 95% CI (1.09, 2.57), P = 0.018; low-quality evidence].", "The few available studies gave mixed evidence on ginger for nausea in pregnancy.", false},
	} {
		secs := []store.Section{
			{Label: "METHODS", Text: "Eight databases were searched for randomised trials of ginger for nausea in pregnant women; 33 trials were included."},
			{Label: "RESULTS", Text: c.results}}
		if c.concl != "" {
			secs = append(secs, store.Section{Label: "CONCLUSIONS", Text: c.concl})
		}
		rec := store.Record{Title: "Ginger for nausea in pregnancy: a meta-analysis", Year: 2023, Sections: secs}
		as, ok := find(a.Assess(rec, set.Claims), "g")
		if !ok || as.Flagged != c.flag {
			t.Errorf("%s: flagged %v, want %v: %+v", c.name, as.Flagged, c.flag, as)
		}
	}
}

// Advice about harms ("the anticoagulant effects of ginger should be
// discussed") is no report of harm; a reported harm still is.
func TestAdviceAboutHarmsIsNoHarm(t *testing.T) {
	set := parseClaims(t, `
[[claim]]
id = "h"
statement = "No significant risk was found with ginger taken in pregnancy."
verdict = "no_risk"
as_of = 2015
population = ["pregnan*"]
intervention = ["ginger"]
harms = ["bleeding", "anticoagulant effect*", "allergic reaction*"]
`)
	a := New(set.Claims...)
	for _, c := range []struct {
		results string
		flag    bool
	}{
		{"Panellists agreed that the anticoagulant effects of ginger and the risk of allergic reactions in pregnancy should be discussed in consultations.", false},
		{"Bleeding was significantly more frequent with ginger than with placebo in pregnancy (p = 0.01).", true},
		{"Ginger with anticoagulants was not significantly associated with bleeding in pregnancy, but ginger users, especially those with known bleeding risks, should be alert to a possible increase in bleeding.", false},
		{"Ginger preparations in pregnancy should be chosen to avoid potentially harmful bleeding, especially in the youngest women.", false},
		{"The nausea eased in every woman, and no woman in the study had any bleeding with ginger in pregnancy.", false},
	} {
		rec := store.Record{Title: "Ginger in pregnancy", Year: 2019,
			Sections: []store.Section{{Label: "RESULTS", Text: c.results}}}
		as, _ := find(a.Assess(rec, set.Claims), "h")
		if as.Flagged != c.flag {
			t.Errorf("%q: flagged %v, want %v: %+v", c.results, as.Flagged, c.flag, as)
		}
	}
}

// "X lowered sepsis (RR 0.54) with no difference in mortality" is a benefit
// on sepsis and a null result on mortality; "acupuncture controls nausea"
// uses "controls" as a verb, not as the control group.
func TestNullJoinedToAFindingAndControlsAsVerb(t *testing.T) {
	set := parseClaims(t, `
[[claim]]
id = "l"
statement = "Lactoferrin reduces late-onset sepsis in preterm infants."
verdict = "insufficient"
as_of = 2020
population = ["preterm infants", "vlbw infants"]
intervention = ["lactoferrin", "acupuncture"]
lower_is_better = ["sepsis", "nausea"]
`)
	a := New(set.Claims...)
	for _, c := range []struct {
		results string
	}{
		{"Lactoferrin lowered sepsis (adjusted RR 0.54; 95% CI 0.31-0.93; p = 0.028) with no difference in other morbidities or mortality."},
		{"Acupuncture controls nausea in preterm infants better than placebo (p = 0.01)."},
	} {
		rec := store.Record{Title: "A randomised placebo-controlled trial in preterm infants", Year: 2024,
			Abstract: "In all, 140 preterm infants were randomised to lactoferrin or acupuncture or placebo. " + c.results}
		as, ok := find(a.Assess(rec, set.Claims), "l")
		if !ok || as.Direction != DirectionBenefit {
			t.Errorf("%q: direction %q, want benefit: %+v", c.results, as.Direction, as)
		}
	}
}

// In a network meta-analysis of several treatments, a result or
// conclusion naming another of them ("arginine ranked highest for
// lowering NEC") is not the intervention's.
func TestNetworkMetaAnalysisCreditsEachTreatment(t *testing.T) {
	set := parseClaims(t, `
[[claim]]
id = "n"
statement = "Evidence is insufficient that lactoferrin reduces necrotising enterocolitis in preterm infants."
verdict = "insufficient"
as_of = 2020
population = ["preterm infants"]
intervention = ["lactoferrin"]
lower_is_better = ["nec", "necrotizing enterocolitis"]
`)
	a := New(set.Claims...)
	for _, c := range []struct {
		results, concl string
		flag           bool
	}{
		{"Arginine ranked highest for lowering NEC, probiotics second and placebo last.", "The authors consider arginine the most effective agent for preventing NEC in preterm infants.", false},
		{"Lactoferrin ranked highest for lowering NEC (RR 0.40, 95% CI 0.20 to 0.80).", "Lactoferrin is the most effective agent for preventing NEC in preterm infants.", true},
	} {
		rec := store.Record{Title: "Six drugs for preventing NEC in preterm infants: a network meta-analysis", Year: 2024,
			Sections: []store.Section{
				{Label: "OBJECTIVE", Text: "To identify the best of six drugs (lactoferrin, probiotics, prebiotics, glutamine, arginine and erythropoietin) for preventing NEC in preterm infants."},
				{Label: "METHODS", Text: "PubMed and Embase were searched for randomized trials; a network meta-analysis ranked the agents by SUCRA."},
				{Label: "RESULTS", Text: c.results},
				{Label: "CONCLUSIONS", Text: c.concl}}}
		as, ok := find(a.Assess(rec, set.Claims), "n")
		if !ok || as.Flagged != c.flag {
			t.Errorf("%q: flagged %v, want %v: %+v", c.results, as.Flagged, c.flag, as)
		}
	}
}

// A sentence defining the main outcome ("the main outcome combined death
// or survival with impairment") reports no result.
func TestOutcomeDefinitionIsNoFinding(t *testing.T) {
	set := parseClaims(t, `
[[claim]]
id = "c"
statement = "Caffeine reduces apnoea in preterm infants."
verdict = "benefit"
as_of = 2010
population = ["preterm infants", "children"]
intervention = ["caffeine"]
lower_is_better = ["apnoea", "death"]
`)
	a := New(set.Claims...)
	rec := store.Record{Title: "Caffeine for apnea of prematurity: a five-year follow-up of a randomised placebo-controlled trial", Year: 2012,
		Sections: []store.Section{
			{Label: "METHODS", Text: "In all, 1640 children born preterm who had been randomised to caffeine or placebo were followed up to 5 years."},
			{Label: "CONCLUSIONS", Text: "The main outcome combined death or survival to 5 years with motor or cognitive impairment."}}}
	if as, ok := find(a.Assess(rec, set.Claims), "c"); ok && as.Flagged {
		t.Errorf("an outcome's definition flagged the claim: %+v", as)
	}
}

// "Superior to placebo and not significantly different from
// antidepressants" is a benefit against placebo; the null part is the
// active comparison. A trial's continuation phase is still the trial.
func TestNullAgainstAnotherComparatorAndContinuationPhase(t *testing.T) {
	set := parseClaims(t, `
[[claim]]
id = "s"
statement = "St John's wort is better than placebo for depressive symptoms in major depression."
verdict = "benefit"
as_of = 2008
population = ["major depression", "major depressive disorder"]
intervention = ["st john s wort"]
lower_is_better = ["depressive symptoms"]
`)
	a := New(set.Claims...)
	review := store.Record{Title: "St John's wort for major depressive disorder: a systematic review and meta-analysis", Year: 2016,
		Sections: []store.Section{
			{Label: "METHODS", Text: "PubMed, Embase and CENTRAL were searched; 35 randomised trials of St John's wort in major depressive disorder were included."},
			{Label: "CONCLUSIONS", Text: "St John's wort in major depression is superior to placebo for depressive symptoms and not significantly different from antidepressants."}}}
	if as, ok := find(a.Assess(review, set.Claims), "s"); !ok || as.Flagged {
		t.Errorf("benefit against placebo read as against the claim: %+v", as)
	}
	trial := store.Record{Title: "Continuation phase of St John's wort in major depression", Year: 2012,
		Abstract: "The aim was to analyse continuation data from a 26-week randomized, double-blind, placebo-controlled study of St John's wort in major depressive disorder. In all, 124 responders kept taking their randomly assigned treatment."}
	if got := a.Assess(trial, set.Claims).Design; got != DesignRCT {
		t.Errorf("continuation phase: design %s, want rct", got)
	}
}

// parseClaims parses a claims file written in a test, or fails it.
func parseClaims(t *testing.T, toml string) *claims.Set {
	t.Helper()
	set, err := claims.Parse([]byte(toml), "test.toml")
	if err != nil {
		t.Fatal(err)
	}
	return set
}

// A review whose trials mostly favoured the treatment but which concludes
// there are "not enough good-quality data to draw a conclusion" on its
// efficacy does not conclude the benefit.
func TestNotEnoughDataToConclude(t *testing.T) {
	set := parseClaims(t, `
[[claim]]
id = "c"
statement = "Evidence is insufficient that dressing X heals leg ulcers."
verdict = "insufficient"
as_of = 2015
population = ["leg ulcer*"]
intervention = ["dressing x"]
outcomes = ["healing"]
`)
	a := New(set.Claims...)
	for _, c := range []struct {
		concl string
		flag  bool
	}{
		{"Dressing X is safe for leg ulcers, but there are not enough good-quality data to draw a realistic conclusion on its efficacy.", false},
		{"There were too few trials to draw conclusions about the healing of leg ulcers with dressing X.", false},
		{"Dressing X improves healing of leg ulcers and should be used.", true},
	} {
		rec := store.Record{Title: "Dressing X for leg ulcers: a systematic review", Year: 2020,
			Abstract: "We searched MEDLINE and found five randomised trials of dressing X for leg ulcers (n = 420). " +
				"Three of the five trials concluded that dressing X gave significantly better healing than conventional dressing. " + c.concl}
		as, ok := find(a.Assess(rec, set.Claims), "c")
		if !ok || as.Flagged != c.flag {
			t.Errorf("%q: flagged %v, want %v: %+v", c.concl, as.Flagged, c.flag, as)
		}
	}
}

// A record whose title or aim is the intervention in a claim's population
// but names none of the claim's outcomes (a protocol, a feasibility study)
// bears on the claim when no claim takes it through its outcomes; never on
// a no-risk claim, and not beside a claim that does take it.
func TestRecordAboutTheInterventionByItsAim(t *testing.T) {
	set := parseClaims(t, `
[[claim]]
id = "mortality"
statement = "Evidence is insufficient that delayed cord clamping reduces mortality in preterm infants."
verdict = "insufficient"
as_of = 2015
population = ["preterm*"]
intervention = ["delayed cord clamping"]
lower_is_better = ["mortality", "death"]

[[claim]]
id = "anaemia"
statement = "Evidence is insufficient that delayed cord clamping reduces anaemia in preterm infants."
verdict = "insufficient"
as_of = 2015
population = ["preterm*"]
intervention = ["delayed cord clamping"]
lower_is_better = ["anaemia"]

[[claim]]
id = "safety"
statement = "No significant risk was found with delayed cord clamping in preterm infants."
verdict = "no_risk"
as_of = 2015
population = ["preterm*"]
intervention = ["delayed cord clamping"]
harms = ["adverse events", "hypothermia"]
`)
	a := New(set.Claims...)
	protocol := store.Record{Title: "Delayed cord clamping in very preterm infants: protocol of a feasibility trial", Year: 2020,
		Abstract: "This trial will test whether delayed cord clamping can be delivered in very preterm infants. Feasibility will be judged by recruitment and adherence."}
	got := map[string]bool{}
	for _, as := range a.Assess(protocol, set.Claims).Assessments {
		got[as.Claim] = true
		if !strings.Contains(as.Reasons[0], "title or aim") {
			t.Errorf("%s: reason does not say it is the aim: %q", as.Claim, as.Reasons[0])
		}
		if as.Flagged {
			t.Errorf("%s: a protocol flagged", as.Claim)
		}
	}
	if !got["mortality"] || !got["anaemia"] || got["safety"] {
		t.Errorf("claims borne on by the protocol's aim: %v, want mortality and anaemia", got)
	}
	trial := protocol
	trial.Title = "Delayed cord clamping in very preterm infants: a randomised trial"
	trial.Abstract = "We randomised 80 very preterm infants to delayed cord clamping or immediate clamping. Anaemia at six weeks did not differ between groups."
	got = map[string]bool{}
	for _, as := range a.Assess(trial, set.Claims).Assessments {
		got[as.Claim] = true
	}
	if !got["anaemia"] || got["mortality"] {
		t.Errorf("claims borne on by a trial of anaemia: %v, want anaemia alone", got)
	}
	// a trial whose title names what it measures, none of the claims'
	// outcomes, is about that
	other := protocol
	other.Title = "Effect of delayed cord clamping on the mood of mothers of very preterm infants"
	other.Abstract = "We randomised 120 mothers of very preterm infants; mood scores were lower after delayed cord clamping (p = 0.01)."
	if as := a.Assess(other, set.Claims).Assessments; len(as) != 0 {
		t.Errorf("a trial of another outcome bears on %+v", as)
	}
}

// Words of change inside a phrase naming the population ("very low birth
// weight neonates developed burns") are not a result; a case report of a
// harm with the intervention reads as harm for any claim.
func TestPopulationWordsAndCaseReportHarm(t *testing.T) {
	set := parseClaims(t, `
[[claim]]
id = "c"
statement = "Evidence is insufficient to support whole-body cleansing with antiseptic X of newborns."
verdict = "insufficient"
as_of = 2015
population = ["very low birth weight", "newborn*", "neonat*"]
intervention = ["antiseptic x"]
not_outcomes = ["birth weight"]
lower_is_better = ["infection*", "sepsis"]
harms = ["chemical burn*"]
`)
	a := New(set.Claims...)
	rec := store.Record{Title: "Antiseptic X-induced chemical burns in very low birth weight infants", Year: 2017,
		Abstract: "The authors describe 5 very low birth weight neonates who developed chemical burns in their first 2 days of life after their skin had been disinfected with antiseptic X."}
	as, ok := find(a.Assess(rec, set.Claims), "c")
	if !ok || as.Direction != "harm" {
		t.Errorf("case report of burns with X: direction %q, want harm: %+v", as.Direction, as)
	}
}

// A word the claims file excludes as another population, named only among
// a trial's outcome measures, does not take the trial out of scope.
func TestExcludedWordAmongOutcomeMeasures(t *testing.T) {
	set := parseClaims(t, `
[[claim]]
id = "c"
statement = "Evidence is insufficient that extract X improves cognition in dementia."
verdict = "insufficient"
as_of = 2009
population = ["dementia"]
population_exclude = ["tinnitus"]
intervention = ["extract x"]
outcomes = ["cognition"]
`)
	a := New(set.Claims...)
	for _, c := range []struct {
		methods string
		in      bool
	}{
		{"Primary outcomes were cognition scores; secondary outcomes included box scales for tinnitus and dizziness.", true},
		{"Patients with tinnitus and dementia were treated for tinnitus.", false},
	} {
		rec := store.Record{Title: "Extract X in dementia: a randomised placebo-controlled trial", Year: 2012,
			Abstract: "We randomised 410 outpatients with dementia to extract X or placebo. " + c.methods +
				" Cognition improved more with extract X than with placebo (p < 0.001)."}
		_, ok := find(a.Assess(rec, set.Claims), "c")
		if ok != c.in {
			t.Errorf("%q: bears on the claim %v, want %v", c.methods, ok, c.in)
		}
	}
}

// A number in brackets after a review's count of studies counts studies:
// "Fifty RCTs were included (6 in high-risk patients only)" is no review
// of six participants.
func TestStudiesInBracketsAreNotParticipants(t *testing.T) {
	a := New(defaultClaims(t)...)
	r := a.Read(store.Record{Title: "Drug X for bleeding after caesarean section: a systematic review and meta-analysis",
		Abstract: "We searched MEDLINE and Embase. Fifty RCTs were included (6 in high-risk patients only and 2 with another comparator). Drug X lowered the risk of bleeding (RR 0.6, 95% CI 0.5 to 0.7)."})
	if r.N == 6 {
		t.Errorf("n %d: the studies in brackets were counted as participants", r.N)
	}
}

// A change noun heading the outcome ("the decline in haemoglobin") names
// what was measured: "favourable effects on the decline" and "reduced the
// decline" are benefits for an outcome where more is better.
func TestChangeNounHeadsTheOutcome(t *testing.T) {
	set := parseClaims(t, `
[[claim]]
id = "c"
statement = "Evidence is insufficient that drug X preserves haemoglobin after birth."
verdict = "insufficient"
as_of = 2015
population = ["caesarean"]
intervention = ["drug x"]
outcomes = ["haemoglobin"]
`)
	a := New(set.Claims...)
	for _, res := range []string{
		"Drug X had favourable effects on the decline in haemoglobin after caesarean delivery (p < 0.001).",
		"Drug X significantly reduced the decline in haemoglobin after caesarean delivery (p < 0.001).",
	} {
		rec := store.Record{Title: "Drug X at caesarean delivery: a randomised placebo-controlled trial", Year: 2020,
			Abstract: "We randomised 400 women having a caesarean to drug X or placebo. " + res}
		as, ok := find(a.Assess(rec, set.Claims), "c")
		if !ok || as.Direction != "benefit" {
			t.Errorf("%q: direction %q, want benefit", res, as.Direction)
		}
	}
}

// A review's result stated as a fact with the treatment as the subject of
// the change ("Drug X lowered the risk of sepsis") is its pooled finding;
// an outcome named before the treatment ("prolonged sepsis was assessed in
// drug X trials") is not.
func TestReviewResultStatedAsFact(t *testing.T) {
	set := parseClaims(t, `
[[claim]]
id = "c"
statement = "Evidence is insufficient that drug X prevents sepsis in preterm infants."
verdict = "insufficient"
as_of = 2015
population = ["preterm infants"]
intervention = ["drug x"]
lower_is_better = ["sepsis"]
`)
	a := New(set.Claims...)
	for _, c := range []struct {
		result string
		flag   bool
	}{
		{"Drug X lowered the risk of sepsis in preterm infants of every gestation and had favourable effects on secondary outcomes.", true},
		{"Prolonged sepsis, the most often reported outcome, was assessed in drug X trials in preterm infants without a consistent benefit.", false},
	} {
		rec := store.Record{Title: "Drug X for preterm infants: a systematic review and meta-analysis", Year: 2021,
			Sections: []store.Section{
				{Label: "METHODS", Text: "MEDLINE and Embase were searched for randomised trials of drug X against placebo in preterm infants."},
				{Label: "RESULTS", Text: "Fifty RCTs were included. " + c.result},
			}}
		as, _ := find(a.Assess(rec, set.Claims), "c")
		if as.Flagged != c.flag {
			t.Errorf("%q: flagged %v, want %v: %+v", c.result, as.Flagged, c.flag, as)
		}
	}
}

// In a trial with a placebo arm, a clause comparing the intervention with
// another active treatment ("better sleep quality than antihistamines") is
// no finding against none; "than placebo", "than water", "than X alone"
// and "more than twice the odds" still are comparisons a claim can use.
func TestComparisonWithAnotherTreatment(t *testing.T) {
	set := parseClaims(t, `
[[claim]]
id = "c"
statement = "Evidence is insufficient that herb X improves sleep in adults with insomnia."
verdict = "insufficient"
as_of = 2015
population = ["insomnia"]
intervention = ["herb x"]
outcomes = ["sleep quality"]
`)
	a := New(set.Claims...)
	for _, c := range []struct {
		concl string
		flag  bool
	}{
		{"Herb X gave significantly better sleep quality than antihistamines in adults with insomnia (p = 0.01).", false},
		{"Herb X gave significantly better sleep quality than water in adults with insomnia (p = 0.01).", true},
		{"Herb X gave significantly better sleep quality than sleep hygiene alone in adults with insomnia (p = 0.01).", true},
	} {
		rec := store.Record{Title: "Herb X, an antihistamine or placebo for insomnia: a randomised trial", Year: 2021,
			Abstract: "Adults with insomnia were randomized to herb X (n = 65), chlorpheniramine (n = 50) or placebo (n = 76). " + c.concl}
		as, _ := find(a.Assess(rec, set.Claims), "c")
		if as.Flagged != c.flag {
			t.Errorf("%q: flagged %v, want %v: %+v", c.concl, as.Flagged, c.flag, as)
		}
	}
}

// A result whose subject is another arm of the allocation
// ("Chlorpheniramine significantly reduced sleep latency") is that arm's.
func TestResultOfAnotherArm(t *testing.T) {
	set := parseClaims(t, `
[[claim]]
id = "c"
statement = "Evidence is insufficient that herb X shortens sleep latency in adults with insomnia."
verdict = "insufficient"
as_of = 2015
population = ["insomnia"]
intervention = ["herb x"]
lower_is_better = ["sleep latency"]
`)
	a := New(set.Claims...)
	for _, c := range []struct {
		result string
		flag   bool
	}{
		{"Chlorpheniramine significantly reduced sleep latency in adults with insomnia (p < 0.01).", false},
		{"Herb X significantly reduced sleep latency in adults with insomnia (p < 0.01).", true},
	} {
		rec := store.Record{Title: "Herb X, chlorpheniramine or placebo for insomnia: a randomised trial", Year: 2021,
			Abstract: "Adults with insomnia were randomized to herb X (n = 65), chlorpheniramine (n = 50) or placebo (n = 76). " + c.result}
		as, _ := find(a.Assess(rec, set.Claims), "c")
		if as.Flagged != c.flag {
			t.Errorf("%q: flagged %v, want %v: %+v", c.result, as.Flagged, c.flag, as)
		}
	}
}

// Adverse effects the text calls mild do not turn a benefit into "benefits
// and harms", and a harm the intervention made better ("daytime sleepiness
// improved after X") is no report of harm.
func TestMildAdverseEffectsAndHarmImproved(t *testing.T) {
	set := parseClaims(t, `
[[claim]]
id = "sleep"
statement = "Drug X increases total sleep time in children with autism."
verdict = "benefit"
as_of = 2009
population = ["autism"]
intervention = ["drug x"]
outcomes = ["total sleep time"]
lower_is_better = ["irritability"]

[[claim]]
id = "safety"
statement = "Drug X causes no more adverse events than placebo in children."
verdict = "no_risk"
as_of = 2009
population = ["children"]
intervention = ["drug x"]
harms = ["daytime sleepiness", "adverse effects"]
`)
	a := New(set.Claims...)
	review := store.Record{Title: "Drug X for sleep in children with autism: a systematic review and meta-analysis", Year: 2025,
		Abstract: "We searched five databases and included eleven studies of drug X in children with autism. Drug X significantly increased total sleep time by 32 minutes (p < 0.001). Most studies reported mild-to-moderate adverse effects such as irritability and rash."}
	if as, ok := find(a.Assess(review, set.Claims), "sleep"); !ok || as.Flagged {
		t.Errorf("a review confirming the benefit with mild adverse effects: %+v", as)
	}
	cohort := store.Record{Title: "Drug X in children with epilepsy: an observational study", Year: 2023,
		Abstract: "Twenty children were given drug X for 6 months. Sleep quality and daytime sleepiness improved significantly after drug X."}
	if as, ok := find(a.Assess(cohort, set.Claims), "safety"); ok && as.Flagged {
		t.Errorf("daytime sleepiness improved read as a harm: %+v", as)
	}
}

// A no-risk claim's words of safety only in a title or aim ("efficacy and
// safety of X") do not make an efficacy trial bear on it; a result about
// safety does.
func TestSafetyNamedOnlyAsAnAim(t *testing.T) {
	set := parseClaims(t, `
[[claim]]
id = "safety"
statement = "Extract X causes no more adverse effects than placebo."
verdict = "no_risk"
as_of = 2009
population = ["dementia"]
intervention = ["extract x"]
outcomes = ["safety", "safe", "tolerat*"]
harms = ["adverse effects", "bleeding"]
`)
	a := New(set.Claims...)
	for _, c := range []struct {
		abstract string
		in       bool
	}{
		{"This trial aimed to show the efficacy and safety of extract X in 410 outpatients with dementia. Cognition improved more with extract X than with placebo (p < 0.001).", false},
		{"We randomised 410 outpatients with dementia to extract X or placebo. Cognition improved more with extract X than with placebo (p < 0.001). Extract X was safe and well tolerated.", true},
	} {
		rec := store.Record{Title: "Extract X in dementia: a randomised placebo-controlled trial", Year: 2012, Abstract: c.abstract}
		if _, ok := find(a.Assess(rec, set.Claims), "safety"); ok != c.in {
			t.Errorf("%q: bears on the safety claim %v, want %v", c.abstract, ok, c.in)
		}
	}
}

// A review's conclusion about an outcome that another claim of the file
// tracks ("LGG shortens diarrhoea; early treatment is advised") says
// nothing on this claim's outcome (hospital stay), as a whole or as advice.
func TestConclusionAboutAnotherClaimsOutcome(t *testing.T) {
	set := parseClaims(t, `
[[claim]]
id = "duration"
statement = "Probiotics shorten acute diarrhoea in children."
verdict = "benefit"
as_of = 2010
population = ["diarrh*"]
intervention = ["lgg", "probiotic*"]
lower_is_better = ["diarrh*"]

[[claim]]
id = "stay"
statement = "Evidence is insufficient that probiotics shorten hospital stay in children with diarrhoea."
verdict = "insufficient"
as_of = 2010
population = ["diarrh*"]
intervention = ["lgg", "probiotic*"]
lower_is_better = ["hospital stay"]
`)
	a := New(set.Claims...)
	rec := store.Record{Title: "Efficacy of LGG in acute diarrhoea in children: a systematic review with meta-analysis", Year: 2019,
		Sections: []store.Section{
			{Label: "METHODS", Text: "MEDLINE and Embase were searched for randomised trials of LGG in children with acute diarrhoea."},
			{Label: "RESULTS", Text: "Nineteen RCTs were eligible. Compared with control, LGG shortened diarrhoea (MD -24 h, 95% CI -36 to -11)."},
			{Label: "CONCLUSIONS", Text: "High-dose LGG shortens diarrhoea and lowers the number of stools per day; early treatment with LGG is advised."},
		}}
	if as, ok := find(a.Assess(rec, set.Claims), "stay"); ok && as.Flagged {
		t.Errorf("a conclusion on diarrhoea flagged the hospital-stay claim: %+v", as)
	}
}

// "Neither ... nor ... did X differ" and "Neither probiotic led to less
// disease" state no difference.
func TestNeitherNorIsNull(t *testing.T) {
	a := New(defaultClaims(t)...).(*ruleAssessor)
	for _, s := range []string{
		"Neither at pathogen-group level nor for individual pathogens did diarrhoea duration or total number of diarrhoeal stools differ between treatment groups.",
		"Neither probiotic led to less severe disease than placebo across the most common pathogens.",
		"Neither a 1% lidocaine paracervical block nor NSAIDs given before IUD insertion lowers pain scores.",
	} {
		if !a.effect.isNull(s) {
			t.Errorf("not read as null: %q", s)
		}
	}
	if a.effect.isNull("Both probiotics led to less severe disease than placebo (p = 0.01).") {
		t.Errorf("a difference read as null")
	}
}

// "The SMD plus acupuncture group had a significantly shorter stay": a
// result of another arm named at the start of its clause; and harms the
// text calls infrequent and not serious are no report of harm.
func TestOtherArmOpeningAClauseAndHarmsNotSerious(t *testing.T) {
	set := parseClaims(t, `
[[claim]]
id = "ileus"
statement = "Chewing gum after abdominal surgery shortens hospital stay."
verdict = "benefit"
as_of = 2015
min_trial_n = 100
population = ["colorectal"]
intervention = ["chewing gum"]
lower_is_better = ["hospital stay"]

[[claim]]
id = "safety"
statement = "Chewing gum after surgery causes no significant complications."
verdict = "no_risk"
as_of = 2015
population = ["colorectal", "surgery"]
intervention = ["chewing gum"]
harms = ["complications"]
`)
	a := New(set.Claims...)
	trial := store.Record{Title: "Chewing gum or herbal decoction plus acupuncture after colorectal resection: a randomised trial", Year: 2017,
		Abstract: "Patients having colorectal resection were randomised to herbal decoction plus acupuncture (n = 196), chewing gum (n = 197) or no intervention (n = 197). " +
			"The decoction plus acupuncture group had a significantly shorter hospital stay than the other two groups (P < 0.05). " +
			"Patients who chewed gum did not differ from those without intervention in hospital stay (P > 0.05)."}
	if as, ok := find(a.Assess(trial, set.Claims), "ileus"); !ok || !as.Flagged {
		t.Errorf("a large trial null for gum against no intervention: %+v", as)
	}
	review := store.Record{Title: "Chewing gum after colorectal surgery: a systematic review", Year: 2019,
		Abstract: "Randomised controlled trials of chewing gum after colorectal surgery were sought in MEDLINE and EMBASE. Ten studies were found; overall they showed significantly shorter times to first flatus (p<0.05). Complications were infrequent and not serious and arose mostly from the surgery itself rather than from chewing gum."}
	if as, ok := find(a.Assess(review, set.Claims), "safety"); ok && as.Flagged {
		t.Errorf("complications called infrequent and not serious read as harm: %+v", as)
	}
}

// "The findings could not be pooled quantitatively" says what a review
// could not do, not that it found no difference.
func TestNotPooledIsNoNull(t *testing.T) {
	set := parseClaims(t, `
[[claim]]
id = "c"
statement = "Cream X from birth reduces eczema in infants."
verdict = "benefit"
as_of = 2014
population = ["infants"]
intervention = ["cream x"]
lower_is_better = ["eczema"]
`)
	a := New(set.Claims...)
	rec := store.Record{Title: "Ingredients of cream X in eczema prevention trials in infants: a systematic review", Year: 2022,
		Abstract: "Trials of cream X for preventing eczema in infants were searched systematically. Twelve trials were included. Because the preparations differed so much, the findings on eczema prevention could not be pooled quantitatively."}
	if as, ok := find(a.Assess(rec, set.Claims), "c"); ok && as.Flagged {
		t.Errorf("a review that could not pool read as finding no effect: %+v", as)
	}
}

// A benefit claim ("X helps stones pass") is not contradicted by an
// adverse effect a review finds more often ("retrograde ejaculation was
// more frequent"): harms go against insufficient and no-risk claims.
func TestAdverseEffectDoesNotContradictABenefit(t *testing.T) {
	set := parseClaims(t, `
[[claim]]
id = "c"
statement = "Drug X increases the passage of ureteric stones."
verdict = "benefit"
as_of = 2014
population = ["ureteral"]
intervention = ["drug x"]
outcomes = ["passage", "expulsion"]
harms = ["retrograde ejaculation"]
`)
	a := New(set.Claims...)
	rec := store.Record{Title: "Drug X for distal ureteral stones: a systematic review of placebo-controlled trials", Year: 2019,
		Abstract: "PubMed and EMBASE were searched for placebo-controlled trials of drug X for distal ureteral calculi. Seven studies with 4135 patients were included. " +
			"Drug X was more effective than placebo for distal ureteral stones, although retrograde ejaculation was more frequent with it."}
	if as, ok := find(a.Assess(rec, set.Claims), "c"); !ok || as.Flagged {
		t.Errorf("a review confirming the benefit with an adverse effect flagged: %+v", as)
	}
}

// A change word inside the population's phrase ("very low birth weight
// infants ... showed significant weight gain") is not the result's
// direction.
func TestPopulationPhraseIsNoDirection(t *testing.T) {
	set := parseClaims(t, `
[[claim]]
id = "c"
statement = "Evidence is insufficient that drug X improves weight gain in very low birth weight infants."
verdict = "insufficient"
as_of = 2015
population = ["very low birth weight"]
intervention = ["drug x"]
not_outcomes = ["birth weight"]
outcomes = ["weight gain"]
`)
	a := New(set.Claims...)
	rec := store.Record{Title: "Drug X for very low birth weight infants: a randomised placebo-controlled trial", Year: 2018,
		Abstract: "We randomised 200 very low birth weight infants to drug X or placebo. Very low birth weight infants given drug X showed significant weight gain (p < 0.01)."}
	as, ok := find(a.Assess(rec, set.Claims), "c")
	if !ok || as.Direction == "harm" {
		t.Errorf("the population's 'low' read as the result: %+v", as)
	}
}

// statement_outcomes widens the outcomes a null result must be about to
// go against a benefit claim: a synonym the statement's words miss counts
// once listed there, and an outcome listed nowhere in it still does not.
func TestStatementOutcomesWidenTheStatement(t *testing.T) {
	a := New(defaultClaims(t)...)
	for _, tc := range []struct {
		extra, result string
		flag          bool
	}{
		{``, "Eczema did not differ between groups (p = 0.4).", false},
		{`statement_outcomes = ["eczema"]`, "Eczema did not differ between groups (p = 0.4).", true},
		{`statement_outcomes = ["eczema"]`, "Wheeze did not differ between groups (p = 0.4).", false},
	} {
		set := parseClaims(t, `
[[claim]]
id = "ad"
statement = "Daily emollients from birth prevent atopic dermatitis in infants."
verdict = "benefit"
as_of = 2014
population = ["infant*"]
intervention = ["emollient*"]
lower_is_better = ["atopic dermatitis", "eczema", "wheeze"]
`+tc.extra+`
`)
		res := a.Assess(store.Record{Title: "Daily emollients from birth in infants: a randomised controlled trial", Year: 2020,
			Abstract: "In total 1394 infants were randomised to daily emollients or standard skin care. " + tc.result}, set.Claims)
		if len(res.Assessments) != 1 || res.Assessments[0].Flagged != tc.flag {
			t.Errorf("%s / %q: %+v, want flagged %v", tc.extra, tc.result, res.Assessments, tc.flag)
		}
	}
}

// A systematic review concluding the evidence is too weak to show the
// effect a benefit claim states goes against it; one that also finds a
// significant effect on any outcome, and only asks for more trials, does
// not.
func TestWeakEvidenceReviewAgainstBenefit(t *testing.T) {
	a := New(defaultClaims(t)...)
	set := parseClaims(t, `
[[claim]]
id = "mace"
statement = "Drug X reduces cardiovascular events in coronary disease."
verdict = "benefit"
as_of = 2018
population = ["coronary disease"]
intervention = ["drug x"]
lower_is_better = ["cardiovascular events"]
`)
	for _, tc := range []struct {
		results, concl string
		flag           bool
	}{
		{"Five trials with 1200 patients with coronary disease were included. Few events occurred and the trials were small and at high risk of bias.",
			"The evidence is insufficient to determine whether drug X reduces cardiovascular events; larger trials are needed.", true},
		{"Five trials with 1200 patients with coronary disease were included. Drug X reduced cardiovascular events (RR 0.70, 95% CI 0.55 to 0.89).",
			"The evidence is insufficient to determine whether drug X reduces cardiovascular events; larger trials are needed.", false},
		// a significant result on an outcome the claim does not track: the
		// review found something, and its call for more trials is no null
		{"Five trials with 1200 patients with coronary disease were included. Drug X lowered LDL cholesterol (MD -0.4 mmol/L, 95% CI -0.6 to -0.2).",
			"The evidence is insufficient to determine whether drug X reduces cardiovascular events; larger trials are needed.", false},
	} {
		res := a.Assess(store.Record{Title: "Drug X in coronary disease: a systematic review and meta-analysis", Year: 2022,
			Sections: []store.Section{{Label: "RESULTS", Text: tc.results}, {Label: "CONCLUSIONS", Text: tc.concl}}}, set.Claims)
		if len(res.Assessments) != 1 || res.Assessments[0].Flagged != tc.flag {
			t.Errorf("%q: %+v, want flagged %v", tc.results, res.Assessments, tc.flag)
		}
	}
}

// A claims file's controls name what this topic's comparison arm is given
// when it gets no treatment: a trial against one is a controlled trial,
// not two treatments compared.
func TestClaimControlsAreNoActiveTreatment(t *testing.T) {
	a := New(defaultClaims(t)...)
	rec := store.Record{Title: "Omega-3 fatty acids and cardiovascular events: a randomised trial", Year: 2020,
		Abstract: "In total 13078 patients at high cardiovascular risk were randomised to omega-3 fatty acids or corn oil. " +
			"Atrial fibrillation was more frequent with omega-3 fatty acids than with corn oil (2.2% vs 1.3%; p = 0.01)."}
	for _, tc := range []struct {
		extra string
		flag  bool
	}{
		{``, false},
		{`controls = ["corn oil"]`, true},
	} {
		set := parseClaims(t, `
[[claim]]
id = "o3-safety"
statement = "Omega-3 supplements cause no significant harm."
verdict = "no_risk"
as_of = 2018
population = ["cardiovascular risk"]
intervention = ["omega 3 fatty acids"]
harms = ["atrial fibrillation", "bleeding"]
`+tc.extra+`
`)
		res := a.Assess(rec, set.Claims)
		if len(res.Assessments) != 1 || res.Assessments[0].Flagged != tc.flag {
			t.Errorf("%s: %+v, want flagged %v", tc.extra, res.Assessments, tc.flag)
		}
	}
}

// An outcome where more is better, put under a cut-off ("a Mental
// Development Index below 70"), is a deficit: fewer of them is a benefit.
// And a study "asked whether" states its aim, not a result.
func TestBelowThresholdAndAskedWhether(t *testing.T) {
	a := New(defaultClaims(t)...)
	set := parseClaims(t, `
[[claim]]
id = "neuro"
statement = "Drug X improves the cognitive outcome of preterm infants."
verdict = "benefit"
as_of = 2017
population = ["preterm infant*"]
intervention = ["drug x"]
outcomes = ["mental development index", "cognitive score*"]
harms = ["retinopathy"]
`)
	res := a.Assess(store.Record{Title: "Drug X in preterm infants: a randomised placebo-controlled trial", Year: 2021,
		Abstract: "In total 316 preterm infants were randomised to drug X or placebo. A mental development index below 70 was less common with drug X: 7.2% vs 15.3%; p = 0.026."}, set.Claims)
	if len(res.Assessments) != 1 || res.Assessments[0].Flagged || res.Assessments[0].Direction != DirectionBenefit {
		t.Errorf("fewer infants under the cut-off: %+v, want a benefit, not flagged", res.Assessments)
	}
	r := a.Read(store.Record{Title: "Drug X and retinopathy in preterm infants",
		Abstract: "Retinopathy is a leading cause of blindness. The study asked whether drug X is an independent risk factor for severe retinopathy in preterm infants. In a cohort of 1762 infants, drug X was not associated with severe retinopathy."})
	for _, s := range r.doc.sents {
		if strings.Contains(s.raw, "asked whether") && s.role != roleObjective {
			t.Errorf("%q: role %v, want the aim", s.raw, s.role)
		}
	}
}

// A finding about a combination another claim tracks ("calcium plus
// vitamin D") is not credited to the claim of its part ("vitamin D").
func TestCombinationIsAnotherClaims(t *testing.T) {
	set := parseClaims(t, `
[[claim]]
id = "alone"
statement = "Vitamin D alone does not prevent fractures."
verdict = "insufficient"
as_of = 2014
population = ["older adults"]
intervention = ["vitamin d"]
lower_is_better = ["fracture*", "hip fracture*"]

[[claim]]
id = "combined"
statement = "Calcium plus vitamin D reduces hip fractures."
verdict = "benefit"
as_of = 2014
population = ["older adults"]
intervention = ["calcium plus vitamin d", "vitamin d with calcium"]
lower_is_better = ["fracture*", "hip fracture*"]
`)
	a := New(set.Claims...)
	res := a.Assess(store.Record{Title: "Vitamin D and fractures in older adults: a systematic review and meta-analysis", Year: 2022,
		Sections: []store.Section{{Label: "RESULTS", Text: "Twenty trials with 40000 older adults were included. Vitamin D alone did not reduce fractures (RR 1.02, 95% CI 0.93 to 1.12)."},
			{Label: "CONCLUSIONS", Text: "Calcium plus vitamin D lowers the risk of hip fractures (RR 0.84, 95% CI 0.72 to 0.97)."}}}, set.Claims)
	for _, as := range res.Assessments {
		if as.Claim == "alone" && as.Flagged {
			t.Errorf("the combination's benefit flagged the claim of vitamin D alone: %+v", as)
		}
	}
}

// "X was the primary efficacy outcome" defines an outcome, and "the
// absence of a mortality benefit" is no benefit.
func TestOutcomeNamedPrimaryAndAbsenceOfBenefit(t *testing.T) {
	a := New(defaultClaims(t)...)
	r := a.Read(store.Record{Title: "Aspirin for primary prevention: a meta-analysis",
		Sections: []store.Section{{Label: "METHODS", Text: "Eleven trials were pooled."},
			{Label: "RESULTS", Text: "All-cause mortality was the primary efficacy outcome and major bleeding the primary safety outcome. Trial sequential analysis confirmed the absence of an all-cause mortality benefit."}}})
	for _, f := range r.Findings {
		if strings.Contains(f.Clause, "absence") && !f.Null {
			t.Errorf("%q: not read as null", f.Clause)
		}
	}
	set := parseClaims(t, `
[[claim]]
id = "mort"
statement = "Aspirin reduces all-cause mortality."
verdict = "benefit"
as_of = 2016
population = ["adults"]
intervention = ["aspirin"]
lower_is_better = ["all cause mortality"]
`)
	res := a.Assess(store.Record{Title: "Aspirin in adults: a randomised placebo-controlled trial", Year: 2019,
		Abstract: "In total 19114 adults were randomised to aspirin or placebo. All-cause mortality was the primary efficacy outcome."}, set.Claims)
	if len(res.Assessments) != 1 || res.Assessments[0].Direction == DirectionBenefit {
		t.Errorf("an outcome's definition read as a finding: %+v", res.Assessments)
	}
	res = a.Assess(store.Record{Title: "Aspirin in adults: a randomised placebo-controlled trial", Year: 2019,
		Abstract: "In total 19114 adults were randomised to aspirin or placebo. The trial confirmed the absence of an all-cause mortality benefit."}, set.Claims)
	if len(res.Assessments) != 1 || res.Assessments[0].Direction == DirectionBenefit {
		t.Errorf("'the absence of a benefit' read as a benefit: %+v", res.Assessments)
	}
}

// Against "X increases bleeding", a review finding no excess of bleeding
// goes against the claim even when its conclusion says X "may have
// benefits" for what it is given for: that view is not about the harm.
func TestBenefitViewIsNoAnswerToAHarmClaim(t *testing.T) {
	set := parseClaims(t, `
[[claim]]
id = "bleeding"
statement = "Low-dose aspirin increases major bleeding."
verdict = "harm"
as_of = 2016
population = ["primary prevention"]
intervention = ["aspirin"]
harms = ["major bleeding"]
`)
	a := New(set.Claims...)
	res := a.Assess(store.Record{Title: "Aspirin for primary prevention in diabetes: a systematic review and meta-analysis", Year: 2019,
		Sections: []store.Section{{Label: "RESULTS", Text: "Twelve trials with 34227 participants were included. Aspirin had no significant effect on major bleeding."},
			{Label: "CONCLUSIONS", Text: "Aspirin may have benefits for primary prevention in diabetes."}}}, set.Claims)
	if len(res.Assessments) != 1 || !res.Assessments[0].Flagged {
		t.Errorf("%+v, want flagged: no excess of bleeding", res.Assessments)
	}
}

// "DATA SYNTHESIS" holds a review's results (the JAMA and Annals
// formats); "DATA EXTRACTION AND SYNTHESIS" says how data were handled.
func TestSynthesisSectionIsResults(t *testing.T) {
	for label, want := range map[string]role{
		"DATA SYNTHESIS":                roleResults,
		"Evidence synthesis":            roleResults,
		"DATA EXTRACTION AND SYNTHESIS": roleMethods,
		"DATA SOURCES":                  roleMethods,
	} {
		if got := sectionRole(label, ""); got != want {
			t.Errorf("%q: role %v, want %v", label, got, want)
		}
	}
}

// Against a no-risk claim, a harm whose ratio is below one ("the relative
// risk of death with cooling was 0.74 (95% CI 0.67 to 0.80)") is a harm
// made rarer, no report of harm; an estimate further on, about another
// outcome, does not decide for it.
func TestRatioBelowOneIsNoHarm(t *testing.T) {
	set := parseClaims(t, `
[[claim]]
id = "s"
statement = "Cooling causes no serious harm."
verdict = "no_risk"
as_of = 2013
population = ["newborns"]
intervention = ["therapeutic hypothermia"]
harms = ["death", "intolerance"]
`)
	a := New(set.Claims...)
	for _, tc := range []struct {
		results string
		flag    bool
	}{
		{"The pooled relative risk of death with therapeutic hypothermia was 0.74 (95% CI 0.67 to 0.80).", false},
		{"Therapeutic hypothermia was stopped early in 32 newborns (11%) because of intolerance, and in the remaining newborns the primary outcome occurred in 4.5% versus 16.0% (hazard ratio 0.29; 95% CI 0.15 to 0.56).", true},
	} {
		res := a.Assess(store.Record{Title: "Cooling for newborns: a systematic review and meta-analysis", Year: 2021,
			Sections: []store.Section{{Label: "RESULTS", Text: "Twenty-eight trials with 3592 newborns were included. " + tc.results}}}, set.Claims)
		if len(res.Assessments) != 1 || res.Assessments[0].Flagged != tc.flag {
			t.Errorf("%q: %+v, want flagged %v", tc.results, res.Assessments, tc.flag)
		}
	}
}

// A trial's primary composite named in eight words, with another form of
// the statement's outcome ("heart failure hospital admissions" for "heart
// failure hospitalisation"), found null: a large null trial against the
// benefit claim.
func TestLongPrimaryCompositeInOtherWords(t *testing.T) {
	set := parseClaims(t, `
[[claim]]
id = "hf"
statement = "Intravenous iron reduces heart failure hospitalisation."
verdict = "benefit"
as_of = 2018
population = ["heart failure"]
intervention = ["ferric derisomaltose", "intravenous iron"]
lower_is_better = ["heart failure hospitalisation*", "hospital admissions", "cardiovascular death"]
`)
	a := New(set.Claims...)
	res := a.Assess(store.Record{Title: "Intravenous iron in heart failure: a randomised open-label trial", Year: 2022,
		Sections: []store.Section{{Label: "METHODS", Text: "Patients with heart failure were randomised to ferric derisomaltose or usual care. The primary outcome was recurrent heart failure hospital admissions and cardiovascular death."},
			{Label: "RESULTS", Text: "In all, 1137 patients were randomised. There were 336 primary endpoint events with ferric derisomaltose and 411 with usual care (rate ratio 0.82, 95% CI 0.66 to 1.02; p=0.070)."}}}, set.Claims)
	if len(res.Assessments) != 1 || !res.Assessments[0].Flagged {
		t.Errorf("%+v, want flagged: the primary composite did not differ", res.Assessments)
	}
}

// "Major adverse cardiovascular events" is an outcome's name, not an
// adverse effect, when the claim's harms hold "adverse*" and its outcomes
// do not name it: a significant reduction is an efficacy finding.
func TestMajorAdverseEventsAreAnOutcome(t *testing.T) {
	set := parseClaims(t, `
[[claim]]
id = "bb"
statement = "Evidence is insufficient that beta-blockers benefit patients with preserved ejection fraction after myocardial infarction."
verdict = "insufficient"
as_of = 2019
population = ["myocardial infarction"]
intervention = ["beta blocker*"]
lower_is_better = ["cardiovascular event*", "death"]
harms = ["adverse*", "bradycardia"]
`)
	a := New(set.Claims...)
	res := a.Assess(store.Record{Title: "Beta-blockers after myocardial infarction with preserved ejection fraction: a randomised trial", Year: 2025,
		Abstract: "In total 5000 patients after myocardial infarction were randomised to beta-blockers or no beta-blocker. Beta-blockers significantly reduced major adverse cardiovascular events (HR 0.85, 95% CI 0.75 to 0.96)."}, set.Claims)
	if len(res.Assessments) != 1 || !res.Assessments[0].Flagged {
		t.Errorf("%+v, want flagged: a significant reduction of the composite outcome", res.Assessments)
	}
	// a claim that names the composite itself keeps its word, whatever
	// order the scope's lists are built in (acronyms are read first)
	named := parseClaims(t, `
[[claim]]
id = "mace"
statement = "Colchicine reduces major adverse cardiovascular events."
verdict = "benefit"
as_of = 2020
population = ["coronary disease"]
intervention = ["colchicine"]
lower_is_better = ["major adverse cardiovascular event*"]
harms = ["adverse*"]
`)
	if !compileTerms(named.Claims[0], named.Claims).majorAdverse || compileTerms(set.Claims[0], set.Claims).majorAdverse {
		t.Error("majorAdverse: want true only for the claim that names the composite")
	}
	na := New(named.Claims...)
	r := na.Read(store.Record{Title: "Colchicine in coronary disease: a meta-analysis",
		Abstract: "Trials of colchicine in coronary disease were pooled for major adverse cardiovascular events (MACE, as each defined them). MACE did not differ (RR 0.95, 95% CI 0.80 to 1.12)."})
	sc := na.(*ruleAssessor).scope(r.doc, named.Claims[0])
	if !sc.primary.in([]string{"mace"}) {
		t.Error("the acronym of the composite the statement names is lost")
	}
}

// A "no_effect" verdict ("X makes little or no difference") is judged as
// "insufficient" and worded as stated: a large trial finding a significant
// effect goes against it, a review finding none agrees.
func TestNoEffectVerdict(t *testing.T) {
	set := parseClaims(t, `
[[claim]]
id = "mag"
statement = "Magnesium is unlikely to reduce the frequency of muscle cramps in older adults."
verdict = "no_effect"
as_of = 2020
population = ["older adults"]
intervention = ["magnesium"]
lower_is_better = ["cramp*"]
`)
	a := New(set.Claims...)
	res := a.Assess(store.Record{Title: "Magnesium for night cramps in older adults: a randomised placebo-controlled trial", Year: 2021,
		Abstract: "In total 216 older adults were randomised to magnesium or placebo. Magnesium significantly reduced the number of cramps (p = 0.01)."}, set.Claims)
	if len(res.Assessments) != 1 || !res.Assessments[0].Flagged || !strings.Contains(strings.Join(res.Assessments[0].Reasons, " "), "little or no effect") {
		t.Errorf("significant trial: %+v, want flagged, worded as the claim states it", res.Assessments)
	}
	res = a.Assess(store.Record{Title: "Magnesium for cramps in older adults: a systematic review and meta-analysis", Year: 2022,
		Sections: []store.Section{{Label: "RESULTS", Text: "Eleven trials with 735 older adults were included. Magnesium did not reduce cramps (MD -0.2, 95% CI -0.6 to 0.2)."},
			{Label: "CONCLUSIONS", Text: "Magnesium is unlikely to reduce cramps in older adults."}}}, set.Claims)
	if len(res.Assessments) != 1 || res.Assessments[0].Flagged {
		t.Errorf("null review: %+v, want not flagged", res.Assessments)
	}
}

// An outcome that is also a population phrase keeps its change word while
// the record's acronyms are read: "low birth weight (LBW)" defines LBW as
// the outcome.
func TestOutcomeAcronymInsidePopulationPhrase(t *testing.T) {
	set := parseClaims(t, `
[[claim]]
id = "vd"
statement = "Vitamin D in pregnancy reduces low birth weight."
verdict = "benefit"
as_of = 2019
population = ["pregnant women", "low birth weight"]
intervention = ["vitamin d"]
lower_is_better = ["low birth weight"]
`)
	a := New(set.Claims...)
	r := a.Read(store.Record{Title: "Vitamin D in pregnancy: a randomised trial",
		Abstract: "Pregnant women were randomised to vitamin D or placebo; the outcome was low birth weight (LBW). LBW did not differ (p = 0.4)."})
	sc := a.(*ruleAssessor).scope(r.doc, set.Claims[0])
	if !sc.lower.in([]string{"lbw"}) {
		t.Error("LBW not read as the outcome's acronym")
	}
}

// A JAMA-style "IMPORTANCE" section is background: earlier trials' results
// told there are not the record's finding, so a large trial whose own
// result is null goes against a benefit claim.
func TestImportanceSectionIsBackground(t *testing.T) {
	if sectionRole("IMPORTANCE", "") != roleBackground || sectionRole("MEANING", "") != roleConclusion ||
		sectionRole("MAIN OUTCOMES AND MEASURES", "") != roleMethods || sectionRole("MEASUREMENTS AND MAIN RESULTS", "") != roleResults ||
		sectionRole("结果", "") != roleResults || sectionRole("INTRODUCCIÓN", "") != roleBackground {
		t.Fatal("section roles")
	}
	set := parseClaims(t, `
[[claim]]
id = "zinc"
statement = "Zinc reduces the duration of pneumonia in children."
verdict = "benefit"
as_of = 2015
population = ["children"]
intervention = ["zinc"]
lower_is_better = ["duration of pneumonia", "treatment failure"]
`)
	a := New(set.Claims...)
	res := a.Assess(store.Record{Title: "Zinc for children with pneumonia: a randomized clinical trial", Year: 2022,
		Sections: []store.Section{
			{Label: "IMPORTANCE", Text: "Several small randomised trials reported that zinc, compared with placebo, reduced treatment failure in children with pneumonia."},
			{Label: "DESIGN, SETTING, AND PARTICIPANTS", Text: "A randomised trial of 600 children with pneumonia."},
			{Label: "MAIN OUTCOMES AND MEASURES", Text: "Primary outcome: treatment failure by day 7."},
			{Label: "RESULTS", Text: "Treatment failure (20.5% vs 20.1%; adjusted RR 1.02; 95% CI 0.90-1.11) and the duration of pneumonia did not differ significantly between zinc and placebo. Vomiting was more frequent with zinc (RR 1.40; 95% CI 1.10-1.80)."},
		}}, set.Claims)
	if len(res.Assessments) != 1 || !res.Assessments[0].Flagged || res.Assessments[0].Direction != DirectionNoEffect {
		t.Errorf("%+v, want flagged, no effect: the trial's own result is null", res.Assessments)
	}
}

// A sentence saying what was recorded is method, not a finding, even in a
// section named "... and main results".
func TestRecordedIsNoFinding(t *testing.T) {
	er := newEffectRules()
	for _, s := range []string{
		"Delirium prevalence, pain and length of stay were recorded, and serum levels were measured by assay.",
		"The primary outcome was delirium.",
	} {
		if !er.outcomeDef.MatchString(s) {
			t.Errorf("%q: want a definition", s)
		}
	}
	if er.outcomeDef.MatchString("Delirium was significantly less frequent with melatonin (p = 0.01).") {
		t.Error("a result read as a definition")
	}
}

// A measured result on an outcome the claim does not track ("sleep
// quality was better with X (p = 0.029)") is not a view of the treatment
// as a whole: it does not go against "insufficient evidence".
func TestUntrackedMeasureIsNoFinding(t *testing.T) {
	set := parseClaims(t, `
[[claim]]
id = "mel"
statement = "Evidence is insufficient that melatonin prevents delirium in intensive care."
verdict = "insufficient"
as_of = 2018
population = ["icu", "intensive care"]
intervention = ["melatonin"]
lower_is_better = ["delirium"]
`)
	a := New(set.Claims...)
	rec := store.Record{Title: "Melatonin in intensive care: a randomised placebo-controlled trial", Year: 2021,
		Abstract: "In total 240 adults in intensive care were randomised to melatonin or placebo. Sleep quality was better with melatonin than with placebo (p = 0.029). The occurrence of delirium did not differ significantly."}
	res := a.Assess(rec, set.Claims)
	if len(res.Assessments) != 1 || res.Assessments[0].Flagged {
		t.Errorf("%+v, want relevant, not flagged", res.Assessments)
	}
	if !measureSubject(tokens("sleep quality was better with melatonin"), newTermSet([]string{"melatonin"})) ||
		measureSubject(tokens("melatonin was better than placebo"), newTermSet([]string{"melatonin"})) {
		t.Error("measureSubject")
	}
}

// "People without cardiovascular disease" says who was studied: an
// increase in bleeding among them is no harm on cardiovascular disease.
func TestWithoutConditionIsPopulation(t *testing.T) {
	set := parseClaims(t, `
[[claim]]
id = "asp"
statement = "Aspirin reduces cardiovascular events in people without cardiovascular disease."
verdict = "benefit"
as_of = 2016
population = ["primary prevention", "without cardiovascular disease"]
intervention = ["aspirin"]
lower_is_better = ["cardiovascular event*", "cardiovascular disease"]
`)
	a := New(set.Claims...)
	res := a.Assess(store.Record{Title: "Aspirin and intracranial bleeding in primary prevention: a systematic review and meta-analysis", Year: 2020,
		Sections: []store.Section{
			{Label: "RESULTS", Text: "Thirteen trials were included. Aspirin increased intracranial haemorrhage (RR 1.37; 95% CI 1.13-1.66)."},
			{Label: "CONCLUSIONS", Text: "Aspirin was associated with an increase in intracranial haemorrhage among people without symptomatic cardiovascular disease."},
		}}, set.Claims)
	for _, as := range res.Assessments {
		if as.Flagged {
			t.Errorf("%+v, want not flagged: the disease names the population", as)
		}
	}
	sc := a.(*ruleAssessor).scope(a.Read(store.Record{Title: "x"}).doc, set.Claims[0])
	got := sc.withoutCondition(tokens("among people without symptomatic cardiovascular disease"))
	if sc.allOutcomes.in(got) {
		t.Errorf("%v: the outcome is still there", got)
	}
	if kept := sc.withoutCondition(tokens("survival without cardiovascular disease")); !sc.allOutcomes.in(kept) {
		t.Error("survival without the disease is an outcome")
	}
}

// Counts given with no test and no words of no difference ("0.4% of the
// intervention group and none of the placebo group") are no finding of no
// difference, whatever the learned reader makes of them: a large trial
// reporting them is no null result against a harm claim.
func TestUntestedCountsAreNoNull(t *testing.T) {
	set := parseClaims(t, `
[[claim]]
id = "oit"
statement = "Epicutaneous immunotherapy increases adverse events in children with peanut allergy."
verdict = "harm"
as_of = 2019
population = ["peanut allerg*"]
intervention = ["epicutaneous immunotherapy", "peanut patch"]
harms = ["adverse event*", "treatment related adverse event*", "anaphyla*"]
statement_outcomes = ["adverse event*", "treatment related adverse event*", "anaphyla*"]
`)
	a := New(set.Claims...)
	rec := store.Record{Title: "Phase 3 trial of epicutaneous immunotherapy in toddlers with peanut allergy", Year: 2023,
		Sections: []store.Section{
			{Label: "METHODS", Text: "Children aged 1 to 3 years with peanut allergy were assigned 2:1 to a daily peanut patch (intervention) or placebo for 12 months."},
			{Label: "RESULTS", Text: "Of 362 randomized children, 84.8% completed the trial. Serious treatment-related adverse events occurred in 0.4% of the intervention group and none of the placebo group, and treatment-related anaphylaxis in 1.6% and none."},
		}}
	res := a.Assess(rec, set.Claims)
	if len(res.Assessments) != 1 || res.Assessments[0].Flagged {
		t.Errorf("%+v, want relevant, not flagged", res.Assessments)
	}
}

// A review's significant pooled effect on the claim's outcome, its
// direction unsaid ("a significant summary effect on social outcomes (d =
// 0.22, p < 0.001)"), goes against "insufficient evidence".
func TestReviewUndirectedPooledEffect(t *testing.T) {
	set := parseClaims(t, `
[[claim]]
id = "oxt"
statement = "Evidence is insufficient that intranasal oxytocin improves social functioning in autism."
verdict = "insufficient"
as_of = 2017
population = ["autism"]
intervention = ["oxytocin"]
outcomes = ["social outcome*", "social functioning"]
`)
	a := New(set.Claims...)
	res := a.Assess(store.Record{Title: "Oxytocin and social behaviour in autism: a systematic review and meta-analysis", Year: 2024,
		Abstract: "Randomised placebo-controlled trials of oxytocin in autism were searched in PubMed and Embase. The meta-analysis gave a significant summary effect of oxytocin on social outcomes in autism (d = 0.22, p < 0.001)."}, set.Claims)
	if len(res.Assessments) != 1 || !res.Assessments[0].Flagged {
		t.Errorf("%+v, want flagged", res.Assessments)
	}
}

// "Other conditions reported to benefit from massage include feeding
// intolerance": what the intervention treated, not a harm it caused.
func TestConditionsTreatedAreNoHarm(t *testing.T) {
	set := parseClaims(t, `
[[claim]]
id = "safety"
statement = "Massage causes no significant adverse events in infants."
verdict = "no_risk"
as_of = 2013
population = ["infant*", "newborn*"]
intervention = ["massage"]
harms = ["feeding intolerance", "brain injury", "adverse event*"]
`)
	a := New(set.Claims...)
	res := a.Assess(store.Record{Title: "Newborn massage therapy: a review", Year: 2017,
		Abstract: "This review searched PubMed and PsycInfo for randomised trials of massage in newborns. Massage was followed by more weight gain in preterm newborns. Other conditions reported to benefit from massage include feeding intolerance and brain injury."}, set.Claims)
	if len(res.Assessments) != 1 || res.Assessments[0].Flagged {
		t.Errorf("%+v, want relevant, not flagged", res.Assessments)
	}
}

// A review finding no effect on the very outcome the claim's sentence names
// ("28-day mortality") goes against "X reduces 28-day mortality", even
// beside a benefit on another outcome ("ICU mortality"); a benefit on the
// same outcome in other words ("intravenous fluid use" for "intravenous
// rehydration") keeps it from doing so.
func TestReviewNullOnTheStatementsOutcome(t *testing.T) {
	set := parseClaims(t, `
[[claim]]
id = "cs"
statement = "Low-dose corticosteroids reduce 28-day mortality in adults with sepsis."
verdict = "benefit"
as_of = 2015
population = ["sepsis"]
intervention = ["corticosteroid*"]
lower_is_better = ["mortality", "28 day mortality", "icu mortality"]
`)
	a := New(set.Claims...)
	res := a.Assess(store.Record{Title: "Corticosteroids for sepsis in adults: a systematic review and meta-analysis", Year: 2021,
		Sections: []store.Section{
			{Label: "METHODS", Text: "PubMed and Embase were searched for randomised trials of corticosteroids in sepsis."},
			{Label: "RESULTS", Text: "Fifty trials were included. Corticosteroids were not associated with 28-day mortality (RR 0.94; 95% CI 0.87-1.02). They significantly lowered ICU mortality (RR 0.90; 95% CI 0.83-0.97)."},
		}}, set.Claims)
	if len(res.Assessments) != 1 || !res.Assessments[0].Flagged {
		t.Errorf("%+v, want flagged: no effect on the outcome the claim names", res.Assessments)
	}
	if got := statementNull([]finding{{null: true, stated: true, outcome: "intravenous rehydration"}, {valence: 1, sig: true, outcome: "intravenous fluid use"}},
		tokens("Ondansetron reduces intravenous rehydration in children")); got != "" {
		t.Errorf("statementNull = %q, want none: the benefit is the same outcome in other words", got)
	}
}

// "With no subgroup differences by modality" tests an interaction, not the
// effect: the pooled result beside it stands. "Any modality appears
// equally effective" compares forms of the intervention, not it with none.
func TestInteractionAndFormsAreNoNull(t *testing.T) {
	er := newEffectRules()
	if er.isNull("exercise lowered the risk of GDM (RR 0.66, 95% CI 0.50 to 0.86), with no subgroup differences by modality, intensity or supervision") {
		t.Error("a pooled benefit read as null for its test of interaction")
	}
	if !er.isNull("exercise did not lower the risk of GDM (RR 0.95, 95% CI 0.80 to 1.10)") {
		t.Error("a null result lost")
	}
	if !er.formsAlike.MatchString("Any modality and intensity appears equally effective for preventing GDM.") ||
		er.formsAlike.MatchString("Exercise was as effective as metformin.") {
		t.Error("formsAlike")
	}
}

// "Cut X by 39%" is a decrease: a lower-is-better outcome cut is a benefit.
func TestCutIsADecrease(t *testing.T) {
	set := parseClaims(t, `
[[claim]]
id = "ex"
statement = "Exercise during pregnancy reduces gestational diabetes."
verdict = "benefit"
as_of = 2015
population = ["pregnan*"]
intervention = ["exercise", "lifestyle intervention"]
lower_is_better = ["gestational diabetes", "gdm"]
`)
	a := New(set.Claims...)
	res := a.Assess(store.Record{Title: "Gestational diabetes prevented by lifestyle intervention: a randomized controlled trial", Year: 2016,
		Sections: []store.Section{
			{Label: "METHODS", Text: "In total 293 pregnant women at high risk were randomised to a lifestyle intervention with exercise or to usual care."},
			{Label: "RESULTS", Text: "GDM occurred in 13.9% of the intervention group and 21.6% of controls (p = 0.044)."},
			{Label: "CONCLUSIONS", Text: "The lifestyle intervention cut GDM incidence by 39% in high-risk pregnant women."},
		}}, set.Claims)
	if len(res.Assessments) != 1 || res.Assessments[0].Flagged || res.Assessments[0].Direction != DirectionBenefit {
		t.Errorf("%+v, want a benefit, not flagged", res.Assessments)
	}
}

// A trial's significant primary outcome that another claim of the file
// tracks ("respiratory morbidity") does not keep a null on this claim's
// outcome ("hypoglycaemia did not differ") from going against its harm.
func TestOtherClaimsPrimaryOutcome(t *testing.T) {
	set := parseClaims(t, `
[[claim]]
id = "resp"
statement = "Antenatal corticosteroids at 34 to 36 weeks reduce neonatal respiratory morbidity."
verdict = "benefit"
as_of = 2016
population = ["late preterm"]
intervention = ["dexamethasone", "corticosteroid*"]
lower_is_better = ["respiratory morbidity"]

[[claim]]
id = "hypo"
statement = "Antenatal corticosteroids at 34 to 36 weeks increase neonatal hypoglycaemia."
verdict = "harm"
as_of = 2016
population = ["late preterm"]
intervention = ["dexamethasone", "corticosteroid*"]
harms = ["hypoglycemia", "hypoglycaemia"]
statement_outcomes = ["hypoglycemia", "hypoglycaemia"]
`)
	a := New(set.Claims...)
	res := a.Assess(store.Record{Title: "Antenatal corticosteroids and respiratory morbidity in babies born late preterm", Year: 2024,
		Sections: []store.Section{
			{Label: "METHODS", Text: "In total 286 women at risk of late preterm delivery were studied: 143 cases received dexamethasone and 143 controls an equal volume of placebo. The primary outcome was neonatal respiratory morbidity."},
			{Label: "RESULTS", Text: "The primary outcome occurred in 3.8% with dexamethasone and 25.4% with placebo (P = 0.000003). Neonatal jaundice and hypoglycemia did not differ significantly between groups."},
		}}, set.Claims)
	hypo, ok := find(res, "hypo")
	if !ok || !hypo.Flagged {
		t.Errorf("%+v, want hypo flagged: a large trial with no difference in hypoglycaemia", hypo)
	}
	if res.Design != DesignRCT {
		t.Errorf("design %s, want rct: controls given placebo", res.Design)
	}
}

// A term written in one spelling matches records written in the other.
func TestSpellingVariants(t *testing.T) {
	ts := newTermSet([]string{"hypoglycaemia", "oesophageal atresia", "behaviour problem*"})
	for _, s := range []string{"neonatal hypoglycemia", "esophageal atresia", "behavior problems"} {
		if !ts.in(tokens(s)) {
			t.Errorf("%q: British terms miss the American spelling", s)
		}
	}
	us := newTermSet([]string{"hemorrhage", "anemia", "pediatric*", "randomized"})
	for _, s := range []string{"postpartum haemorrhage", "iron deficiency anaemia", "paediatric wards", "randomised"} {
		if !us.in(tokens(s)) {
			t.Errorf("%q: American terms miss the British spelling", s)
		}
	}
	if us.in(tokens("hemisphere")) {
		t.Error("a respelling matched an unrelated word")
	}
	if v := respell(tokens("prior senior posterior"), britishSpelling); v != nil {
		t.Errorf("%v: only behavior takes -our", v)
	}
}

// "No advantage over other standard treatments" compares active
// treatments, not the intervention with none (unless an untreated arm is
// among them); "not justified to abandon the recommendation for X" is for
// X, not a null result.
func TestActiveOthersAndDoubleNegatives(t *testing.T) {
	er := newEffectRules()
	if !er.activeOthers.MatchString("CBT-I on its own showed no advantage over other standard treatments for improving insomnia") ||
		er.activeOthers.MatchString("CBT-I showed no advantage over waiting list") {
		t.Error("activeOthers")
	}
	if len(er.control.find(tokens("no advantage over other treatments or placebo"))) == 0 {
		t.Error("a placebo among the other treatments is a control arm")
	}
	if !er.noTreatment.MatchString("compared with other treatments (the comparisons include no active treatment)") {
		t.Error("noTreatment")
	}
	if er.isNull("At present it does not seem justified to abandon the recommendations for compression stockings to prevent post-thrombotic syndrome.") {
		t.Error("a double negative read as a null result")
	}
	set := parseClaims(t, `
[[claim]]
id = "cbti"
statement = "Cognitive behavioural therapy improves insomnia in adults."
verdict = "benefit"
as_of = 2015
population = ["insomnia"]
intervention = ["cbt-i", "cognitive behavioural therapy"]
outcomes = ["insomnia severity", "sleep quality"]
lower_is_better = ["insomnia"]
`)
	a := New(set.Claims...)
	res := a.Assess(store.Record{Title: "CBT-I compared with other treatments for insomnia: a systematic review and meta-analysis", Year: 2019,
		Abstract: "Randomised trials comparing CBT-I with other active treatments for insomnia were searched in PubMed and Embase. Nine trials were included. The authors conclude that CBT-I on its own showed no advantage over other standard treatments for improving insomnia."}, set.Claims)
	if len(res.Assessments) != 1 || res.Assessments[0].Flagged {
		t.Errorf("%+v, want relevant, not flagged", res.Assessments)
	}
}

// A word of change that names another outcome measured in the clause (the
// SPEED questionnaire) says nothing of direction: "improved significantly
// in SPEED and OSDI" is a benefit, not a harm.
func TestOutcomeNamedByAChangeWord(t *testing.T) {
	set := parseClaims(t, `
[[claim]]
id = "eye"
statement = "Oral omega-3 improves dry eye."
verdict = "benefit"
as_of = 2014
population = ["dry eye", "meibomian gland dysfunction"]
intervention = ["omega 3"]
lower_is_better = ["speed", "osdi"]
outcomes = ["tbut"]
`)
	a := New(set.Claims...)
	res := a.Assess(store.Record{Title: "Omega 3 for meibomian gland dysfunction: a randomized trial", Year: 2025,
		Sections: []store.Section{
			{Label: "METHODS", Text: "In total 107 patients with meibomian gland dysfunction were randomized to omega 3 or control."},
			{Label: "RESULTS", Text: "Compared with control, the omega 3 group improved significantly in TBUT (P = 0.005), staining score (P = 0.003) and meniscometry score (P = 0.0049), and in questionnaire scores (SPEED P = 0.022; OSDI P = 0.0011)."},
		}}, set.Claims)
	if len(res.Assessments) != 1 || res.Assessments[0].Flagged || res.Assessments[0].Direction != DirectionBenefit {
		t.Errorf("%+v, want a benefit, not flagged", res.Assessments)
	}
}

func TestResultFiguresOutweighGradingWords(t *testing.T) {
	set := parseClaims(t, `
[[claim]]
id = "eye"
statement = "Oral omega-3 improves the symptoms of dry eye."
verdict = "benefit"
as_of = 2014
population = ["dry eye"]
intervention = ["omega 3"]
lower_is_better = ["dry eye symptoms"]
`)
	a := New(set.Claims...)
	rec := store.Record{Title: "Omega 3 for dry eye: a systematic review", Year: 2019,
		Sections: []store.Section{
			{Label: "MAIN RESULTS", Text: "The review included 34 RCTs with 4314 participants. Against placebo, low-certainty evidence suggested little or no reduction in dry eye symptoms with omega 3 (four studies, 677 participants; mean difference -2.47 units, 95% CI -5.14 to 0.19)."},
		}}
	res := a.Assess(rec, set.Claims)
	if len(res.Assessments) != 1 || !res.Assessments[0].Flagged || res.Assessments[0].Direction != DirectionNoEffect {
		t.Errorf("%+v, want a review null on the claim's outcome, flagged", res.Assessments)
	}
	if fs := a.Read(rec).Findings; len(fs) == 0 || !fs[len(fs)-1].Null {
		t.Errorf("findings %+v, want the result read as null", fs)
	}
	// without figures the same words still judge the evidence, not a result
	rec.Sections[0].Text = "The review included 34 RCTs with 4314 participants. Low-certainty evidence suggested little or no reduction in dry eye symptoms with omega 3."
	if fs := a.Read(rec).Findings; len(fs) != 0 {
		t.Errorf("findings %+v, want none: a judgement of the evidence", fs)
	}
}

func TestGroupsNamedByTheirLevels(t *testing.T) {
	set := parseClaims(t, `
[[claim]]
id = "pe"
statement = "Vitamin D supplements in pregnancy reduce pre-eclampsia."
verdict = "benefit"
as_of = 2019
population = ["pregnancy", "pregnant women"]
intervention = ["vitamin d"]
lower_is_better = ["pre eclampsia"]
`)
	a := New(set.Claims...)
	res := a.Assess(store.Record{Title: "Vitamin D status in pregnancy and pre-eclampsia: a meta-analysis", Year: 2022,
		Sections: []store.Section{
			{Label: "RESULTS", Text: "Twenty-two studies of 25530 pregnant women were included. Compared with women whose vitamin D was replete, women with insufficient or deficient levels had more pre-eclampsia (OR 1.58, 95% CI 1.39-1.79). Deficient women had more pre-eclampsia than replete or insufficient women combined (OR 1.35, 95% CI 1.10-1.66)."},
		}}, set.Claims)
	if len(res.Assessments) == 1 && res.Assessments[0].Flagged {
		t.Errorf("the women's own vitamin D levels read as vitamin D given: %+v", res.Assessments)
	}
}

func TestClauseTakenBack(t *testing.T) {
	er := newEffectRules()
	cls := er.clauses("Treating the palsy with antivirals plus steroids may give slightly higher recovery rates than steroids alone, but the difference does not quite reach statistical significance; steroids remain the best treatment.")
	if len(cls) != 2 || !er.isNull(cls[0]) {
		t.Errorf("clauses %q: want the taken-back difference read as one null clause", cls)
	}
	// a clause naming outcomes of its own is a finding of its own
	cls = er.clauses("Omega-3 could prevent major cardiovascular events, but it has no significant effect on all-cause mortality or stroke.")
	if len(cls) != 2 || er.isNull(cls[0]) {
		t.Errorf("clauses %q: want the benefit and the null on other outcomes apart", cls)
	}
}

func TestOwnInterventionAsTheBaseTreatment(t *testing.T) {
	set := parseClaims(t, `
[[claim]]
id = "av"
statement = "Evidence is insufficient that antivirals improve recovery in Bell's palsy."
verdict = "insufficient"
as_of = 2008
population = ["bell palsy"]
intervention = ["antiviral agents", "antivirals"]
outcomes = ["recovery"]
lower_is_better = ["unsatisfactory recovery", "synkinesis"]

[[claim]]
id = "st"
statement = "Corticosteroids improve recovery in Bell's palsy."
verdict = "benefit"
as_of = 2008
population = ["bell palsy"]
intervention = ["corticosteroids"]
outcomes = ["recovery"]
lower_is_better = ["unsatisfactory recovery", "synkinesis"]
`)
	a := New(set.Claims...)
	rec := store.Record{Title: "Corticosteroids and antivirals for Bell palsy: a systematic review and meta-analysis", Year: 2009,
		Sections: []store.Section{{Label: "RESULTS", Text: "Eighteen trials with 2786 patients were eligible. In random-effects meta-analysis, corticosteroids alone were associated with a lower risk of unsatisfactory recovery (relative risk 0.69 [95% CI, 0.55-0.87]; P = .001). Antiviral agents alone were not associated with a lower risk of unsatisfactory recovery (RR 1.14 [95% CI, 0.80-1.62]; P = .48). Corticosteroids combined with antiviral agents were associated with greater benefit than antiviral agents alone (RR 0.48 [95% CI, 0.29-0.79]; P = .004)."}}}
	res := a.Assess(rec, set.Claims[:1])
	if len(res.Assessments) != 1 || res.Assessments[0].Flagged {
		t.Errorf("%+v: the steroid's added effect credited to the antivirals", res.Assessments)
	}
	// compared with each alone, the combination shows the add-on of both
	rec.Sections[0].Text = "Eighteen trials with 2786 patients were eligible. Corticosteroids combined with antiviral agents gave better recovery than either corticosteroids alone or antiviral agents alone (RR 0.48, 95% CI 0.29-0.79; P = .004)."
	if res := a.Assess(rec, set.Claims[:1]); len(res.Assessments) != 1 || !res.Assessments[0].Flagged {
		t.Errorf("%+v: want the combination against each alone read as a finding", res.Assessments)
	}
}

func TestUndirectedPrimaryDifferenceIsNoNull(t *testing.T) {
	set := parseClaims(t, `
[[claim]]
id = "st"
statement = "Prednisolone increases complete recovery in Bell's palsy."
verdict = "benefit"
as_of = 2008
min_trial_n = 100
population = ["bell s palsy"]
intervention = ["prednisolone"]
outcomes = ["sunnybrook score*", "house brackmann grade*", "recovery"]
statement_outcomes = ["sunnybrook score*", "house brackmann grade*", "recovery"]
`)
	a := New(set.Claims...)
	res := a.Assess(store.Record{Title: "Prednisolone in Bell's palsy: a randomised placebo-controlled trial", Year: 2012,
		Sections: []store.Section{
			{Label: "PATIENTS", Text: "829 patients were randomised to prednisolone or placebo."},
			{Label: "RESULTS", Text: "At 12 months 184 patients had a Sunnybrook score below 90: 71 had received prednisolone and 113 had not (P < .001). Prednisolone-treated and untreated patients also differed significantly in House-Brackmann grades above I (P < .001). There was no significant difference in Sunnybrook scores below 50 (P = .10)."},
		}}, set.Claims)
	if len(res.Assessments) != 1 || res.Assessments[0].Flagged {
		t.Errorf("%+v: a trial differing significantly on the statement's outcome read as null", res.Assessments)
	}
}

func TestHarmsAsKnownAreNoNewHarm(t *testing.T) {
	set := parseClaims(t, `
[[claim]]
id = "safe"
statement = "Empagliflozin in heart failure carries no significant excess of adverse events."
verdict = "no_risk"
as_of = 2019
population = ["heart failure"]
intervention = ["empagliflozin"]
harms = ["adverse events"]
`)
	a := New(set.Claims...)
	rec := store.Record{Title: "Empagliflozin and exercise ability in heart failure: two randomised trials", Year: 2021,
		Sections: []store.Section{
			{Label: "METHODS AND RESULTS", Text: "Patients with heart failure (N = 627) were randomised to empagliflozin or placebo for 12 weeks. Walking distance did not differ (P = 0.42). Adverse events with empagliflozin matched those previously reported."},
		}}
	if res := a.Assess(rec, set.Claims); len(res.Assessments) != 1 || res.Assessments[0].Flagged {
		t.Errorf("%+v: adverse events as known read as a new harm", res.Assessments)
	}
	rec.Sections[0].Text = "Patients with heart failure (N = 627) were randomised to empagliflozin or placebo for 12 weeks. Walking distance did not differ (P = 0.42). Adverse events with empagliflozin included two cases of ketoacidosis."
	if res := a.Assess(rec, set.Claims); len(res.Assessments) != 1 || !res.Assessments[0].Flagged {
		t.Errorf("%+v: want adverse events reported with the drug flagged", res.Assessments)
	}
}

func TestConsistentAcrossSubgroupsIsTheOverallResult(t *testing.T) {
	set := parseClaims(t, `
[[claim]]
id = "hf"
statement = "Evidence is insufficient that SGLT2 inhibitors reduce heart-failure hospitalisation in preserved ejection fraction."
verdict = "insufficient"
as_of = 2020
population = ["preserved ejection fraction"]
intervention = ["sglt2 inhibitors"]
lower_is_better = ["hf hospitalization", "cardiovascular death", "all cause death"]
`)
	a := New(set.Claims...)
	res := a.Assess(store.Record{Title: "SGLT2 inhibitors in heart failure with preserved ejection fraction: a meta-analysis", Year: 2022,
		Sections: []store.Section{
			{Label: "RESULTS", Text: "Six studies with 15,989 participants were included. SGLT2 inhibitors significantly reduced the composite of HF hospitalization or cardiovascular death [HR 0.79 (0.72-0.85); I2 = 0%; P < 0.00001], in both HFmrEF trials [HR 0.76 (0.67-0.87); I2 = 49%; P < 0.0001] and HFpEF subgroup studies [HR 0.70 (0.53-0.93); I2 = 0%; P = 0.01]. Cardiovascular death and all-cause death did not differ significantly between groups."},
		}}, set.Claims)
	if len(res.Assessments) != 1 || !res.Assessments[0].Flagged {
		t.Errorf("%+v: a pooled result consistent across subgroups read as a subgroup's", res.Assessments)
	}
}

func TestStoppedForFutilityAndStoppedWhenRandomised(t *testing.T) {
	er := newEffectRules()
	if !er.isNull("Enrolment to the fixed 7-day hydrocortisone course was stopped for futility (< 5% probability of > 20% relative improvement).") {
		t.Error("a trial arm stopped for futility read as no null result")
	}
	tr := newTextRules()
	dr := newDesignRules()
	rec := store.Record{Title: "Hydrocortisone in severe community-acquired pneumonia", Year: 2023,
		Sections: []store.Section{
			{Label: "METHODS", Text: "In this phase 3, multicentre, double-blind, randomised, controlled trial, adults were assigned to hydrocortisone or placebo."},
			{Label: "RESULTS", Text: "The trial was stopped after the second planned interim analysis, when 800 patients had been randomised; data from 795 were analysed. By day 28, 25 of 400 patients in the hydrocortisone group and 47 of 395 in the placebo group had died (P = 0.006)."},
		}}
	if got := dr.design(tr.newDoc(rec), 800); got != DesignRCT {
		t.Errorf("design %q, want rct: how far the trial itself got is no follow-up of an earlier one", got)
	}
	rec.Sections[1].Text = "Semi-structured interviews were held after treatment with cancer survivors who had been randomized to acupuncture in a clinical trial."
	rec.Sections[0].Text = "We interviewed 28 survivors."
	if got := dr.design(tr.newDoc(rec), 28); got == DesignRCT {
		t.Errorf("design %q: interviews of people randomised in an earlier trial are not a trial", got)
	}
}

func TestPreliminaryEvidenceIsWeakEvidence(t *testing.T) {
	set := parseClaims(t, `
[[claim]]
id = "st"
statement = "Evidence is insufficient that statins improve outcomes in COPD."
verdict = "insufficient"
as_of = 2014
population = ["copd"]
intervention = ["statins"]
outcomes = ["6 minute walking distance"]
`)
	a := New(set.Claims...)
	res := a.Assess(store.Record{Title: "Statins in COPD: a systematic review and meta-analysis", Year: 2023,
		Sections: []store.Section{
			{Label: "RESULTS", Text: "Ten studies with 1,463 patients with COPD were included. The 6 minute walking distance showed a significant benefit with statins (WMD 26.27; 95% CI 24.02-28.51; P < 0.05)."},
			{Label: "CONCLUSIONS", Text: "Preliminary evidence suggests that statins may have some effect in improving these outcomes in COPD."},
		}}, set.Claims)
	if len(res.Assessments) != 1 || res.Assessments[0].Flagged {
		t.Errorf("%+v: a review calling its evidence preliminary read as concluding a benefit", res.Assessments)
	}
}

func TestIncreasedLessThanControls(t *testing.T) {
	set := parseClaims(t, `
[[claim]]
id = "ex"
statement = "Exercise reduces cancer-related fatigue."
verdict = "benefit"
as_of = 2012
min_trial_n = 100
population = ["breast cancer"]
intervention = ["exercise"]
lower_is_better = ["physical fatigue"]
statement_outcomes = ["physical fatigue"]
`)
	a := New(set.Claims...)
	rec := store.Record{Title: "An 18-week exercise programme during breast cancer treatment: a randomised controlled trial", Year: 2015,
		Sections: []store.Section{
			{Label: "METHODS", Text: "204 breast cancer patients were randomly assigned to usual care (n = 102) or supervised exercise (n = 102)."},
			{Label: "RESULTS", Text: "Physical fatigue increased significantly less during cancer treatment in the intervention group than in controls (mean between-group difference -1.3; 95% CI -2.5 to -0.1)."},
		}}
	res := a.Assess(rec, set.Claims)
	if len(res.Assessments) != 1 || res.Assessments[0].Flagged || res.Assessments[0].Direction != DirectionBenefit {
		t.Errorf("%+v: 'increased less than in controls' read as more fatigue", res.Assessments)
	}
	if changedLessThan(tokens("scores rose by less than 5 points"), newTermSet([]string{"rose"})) {
		t.Error("'rose by less than 5 points' read as a comparison with another group")
	}
}

func TestCaseCrossoverIsObservational(t *testing.T) {
	tr, dr := newTextRules(), newDesignRules()
	rec := store.Record{Title: "Risk of neuropsychiatric adverse events with montelukast in children: a population-based case-crossover study", Year: 2024,
		Sections: []store.Section{
			{Label: "MATERIALS AND METHODS", Text: "Population-based case-crossover study in a national insurance dataset of patients aged 0-19 years with at least one montelukast prescription. Conditional logistic regression gave adjusted odds ratios."},
			{Label: "RESULTS", Text: "161 386 paediatric patients were identified. Montelukast was associated with a higher risk of adverse events in every window (aOR 1.28, 95% CI 1.24 to 1.32)."},
		}}
	if got := dr.design(tr.newDoc(rec), 161386); got != DesignObservational {
		t.Errorf("design %q, want observational", got)
	}
}

// A study whose overall result is no harm, but which finds a significant
// increase in one of a no-risk claim's harms (a period of use, a
// subgroup, one of two harms), reports that harm.
func TestSignificantHarmBesideNullOverall(t *testing.T) {
	set := parseClaims(t, `
[[claim]]
id = "safety"
statement = "Drug X carries no significant risk of neuropsychiatric events in children."
verdict = "no_risk"
as_of = 2015
min_trial_n = 100
population = ["children", "asthma"]
intervention = ["drug x"]
harms = ["neuropsychiatric", "tics"]
`)
	a := New(set.Claims...)
	rec := store.Record{Title: "Duration of drug X use and neuropsychiatric disorders in children with asthma: a population-based cohort study", Year: 2025,
		Sections: []store.Section{
			{Label: "METHODS", Text: "Cohort study of 14,606 children with asthma given drug X and 8432 not given it, with propensity score matching."},
			{Label: "RESULTS", Text: "Overall, drug X use did not raise the risk of neuropsychiatric disorders. In children aged 6-15 years, however, use of drug X beyond 63 days was associated with a significantly higher risk of tics."},
			{Label: "CONCLUSIONS", Text: "Drug X generally does not raise neuropsychiatric risk, but extended use in older children may make tics more likely; further research is needed."},
		}}
	res := a.Assess(rec, set.Claims)
	if len(res.Assessments) != 1 || !res.Assessments[0].Flagged || res.Assessments[0].Signal != SignalNewHarm {
		t.Errorf("%+v: a significant rise in a listed harm beside a null overall result not read as a report of harm", res.Assessments)
	}
}

// "The study assessed whether X is associated with Y" is the question, and
// the concern named before it is background: neither is a finding.
func TestAssessedWhetherIsTheAim(t *testing.T) {
	set := parseClaims(t, `
[[claim]]
id = "safety"
statement = "Drug X before preterm birth carries no significant risk of serious harm to the newborn."
verdict = "no_risk"
as_of = 2009
min_trial_n = 200
population = ["preterm"]
intervention = ["drug x"]
harms = ["necrotizing enterocolitis", "intestinal perforation"]
`)
	a := New(set.Claims...)
	rec := store.Record{Title: "Drug X and intestinal injury in extremely preterm neonates", Year: 2016,
		Abstract: "Concern has arisen about higher rates of intestinal perforation in preterm infants exposed to drug X. " +
			"The study assessed whether exposure to drug X is associated with necrotizing enterocolitis and intestinal perforation in extremely preterm neonates. " +
			"In a retrospective cohort of 4355 infants, the odds of necrotizing enterocolitis (aOR 0.92; 95% CI 0.75-1.14) and of intestinal perforation (aOR 1.05; 95% CI 0.75-1.48) did not differ. " +
			"Exposure to drug X was not associated with necrotizing enterocolitis or intestinal perforation."}
	res := a.Assess(rec, set.Claims)
	if len(res.Assessments) != 1 || res.Assessments[0].Flagged {
		t.Errorf("%+v: an aim and a stated concern read as a report of harm", res.Assessments)
	}
}

// "Up to 2 years" bounds a period; it is no rise of the outcome beside it.
func TestUpToIsNoRise(t *testing.T) {
	set := parseClaims(t, `
[[claim]]
id = "safety"
statement = "Drug X before preterm birth carries no significant risk of death for the child."
verdict = "no_risk"
as_of = 2009
min_trial_n = 200
population = ["preterm"]
intervention = ["drug x"]
harms = ["death or cerebral palsy"]
`)
	a := New(set.Claims...)
	rec := store.Record{Title: "Drug X before preterm birth: an updated systematic review", Year: 2024,
		Abstract: "Systematic review and meta-analysis. Drug X for preterm infants reduces cerebral palsy and death or cerebral palsy in children up to 2 years of corrected age."}
	res := a.Assess(rec, set.Claims)
	if len(res.Assessments) != 1 || res.Assessments[0].Flagged {
		t.Errorf("%+v: 'in children up to 2 years' read as more deaths", res.Assessments)
	}
}

// What people meant to do ("smokers who wanted to cut down") is who they
// were, not an outcome.
func TestIntentionIsNoOutcome(t *testing.T) {
	set := parseClaims(t, `
[[claim]]
id = "quit"
statement = "Device X helps more smokers stop smoking than placebo."
verdict = "benefit"
as_of = 2020
min_trial_n = 200
population = ["smokers"]
intervention = ["device x"]
outcomes = ["quit", "abstinent"]
`)
	a := New(set.Claims...)
	rec := store.Record{Title: "Device X and abstinence in smokers: a randomised placebo-controlled trial", Year: 2022,
		Sections: []store.Section{
			{Label: "METHODS", Text: "Adult smokers (N=520) were randomised to device X or a placebo device for 24 weeks."},
			{Label: "RESULTS", Text: "At 24 weeks, significantly more participants were abstinent with device X (14/130) than with placebo (1/130) (relative risk 14, 95% CI 1.9-104.9)."},
			{Label: "CONCLUSIONS", Text: "When smokers who wanted to cut down tried device X, few quit smoking in the short term. However, more of them switched completely to device X than with placebo."},
		}}
	res := a.Assess(rec, set.Claims)
	if len(res.Assessments) != 1 || res.Assessments[0].Flagged {
		t.Errorf("%+v: 'smokers who wanted to cut down' read as a worse outcome", res.Assessments)
	}
}

// Evidence judged unproven, of no quality, or of low quality for one
// outcome, and significance whose clinical relevance is questioned: weak
// evidence, in words.
func TestUnprovenIsInsufficient(t *testing.T) {
	er := newEffectRules()
	for _, s := range []string{
		"We did not find quality evidence for an association between e-cigarette use and smoking cessation.",
		"Given considerable risk of bias, a definitive benefit of frenotomy on nipple pain remains unproven.",
		"The authors question the clinical relevance of a 1.2-point reduction despite statistical significance.",
		"The quality of evidence for nipple pain was 'low' to 'very low'.",
		"Acupuncture could improve clinical efficacy, but its benefit may be overstated because of the low methodological quality.",
	} {
		if !er.insufficient.MatchString(s) {
			t.Errorf("not read as insufficient: %q", s)
		}
	}
	// the studies of a review, each without a difference
	if !er.isNull("None showed real manipulation to be more effective than sham in improving lung function.") {
		t.Error("'None showed X to be more effective than sham' not read as no difference")
	}
}

// "These drugs should not be used routinely" is advice drawn from a
// finding, not a finding of no difference: the harm before it stands.
func TestAdviceIsNoNullResult(t *testing.T) {
	set := parseClaims(t, `
[[claim]]
id = "cardiac"
statement = "Drug X carries no significant risk of serious cardiac adverse events."
verdict = "no_risk"
as_of = 2020
min_trial_n = 200
population = ["covid 19"]
intervention = ["drug x"]
harms = ["qt prolongation", "torsades de pointes", "cardiac arrest"]
`)
	a := New(set.Claims...)
	rec := store.Record{Title: "Cardiac toxicity of drug X in patients with COVID-19: a systematic review and meta-regression analysis", Year: 2021,
		Sections: []store.Section{
			{Label: "METHODS", Text: "Systematic review of studies of COVID-19 patients treated with drug X reporting cardiac toxic effects."},
			{Label: "CONCLUSION", Text: "Treating COVID-19 patients with drug X carries an important risk of drug-induced QT prolongation and a relatively higher incidence of torsades de pointes or cardiac arrest, so these drugs should not be used routinely in managing COVID-19."},
		}}
	res := a.Assess(rec, set.Claims)
	if len(res.Assessments) != 1 || !res.Assessments[0].Flagged {
		t.Errorf("%+v: 'should not be used' read as no difference", res.Assessments)
	}
	er := newEffectRules()
	if !er.isNull("Drug X did not reduce mortality.") {
		t.Error("'did not reduce' no longer read as no difference")
	}
}

// A trial's harm counts as found when the trial says it is significant:
// "cardiovascular death occurred in 5.2% of patients assigned to X" is a
// figure, not a finding of harm.
func TestTrialHarmNeedsSignificance(t *testing.T) {
	set := parseClaims(t, `
[[claim]]
id = "safety"
statement = "Oxygen in suspected myocardial infarction carries no significant risk of harm."
verdict = "no_risk"
as_of = 2016
min_trial_n = 300
population = ["suspected acute myocardial infarction"]
intervention = ["oxygen"]
controls = ["ambient air"]
harms = ["cardiovascular death", "heart failure"]
`)
	a := New(set.Claims...)
	rec := store.Record{Title: "Long-term effects of oxygen on death or hospitalisation for heart failure in suspected acute myocardial infarction", Year: 2018,
		Sections: []store.Section{
			{Label: "METHODS", Text: "In this registry-based randomised clinical trial, patients with suspected acute myocardial infarction were randomised to oxygen or to ambient air."},
			{Label: "RESULTS", Text: "A total of 6629 patients were enrolled. All-cause death or hospitalisation for heart failure within 1 year occurred in 8.0% of patients assigned to oxygen and 7.9% assigned to ambient air (hazard ratio 0.99; 95% CI 0.84-1.18; P=0.92). Over long-term follow-up the composite occurred in 11.2% with oxygen and 10.8% with ambient air (hazard ratio 1.02; 95% CI 0.88-1.17; P=0.84), and cardiovascular death occurred in 5.2% of patients assigned to oxygen."},
		}}
	res := a.Assess(rec, set.Claims)
	if len(res.Assessments) != 1 || res.Assessments[0].Flagged {
		t.Errorf("%+v: a trial's harm figures without significance read as a report of harm", res.Assessments)
	}
}

// People set apart by what happened to them or by a trait ("children with
// scarring were significantly older", "more common in units with grade 4
// reflux than in units without reflux") are compared by that, not by the
// arms; "identifying the risks of X is important" says what is worth
// knowing. None is a finding on the treatment.
func TestGroupsByOutcomeOrTraitAreNoFinding(t *testing.T) {
	set := parseClaims(t, `
[[claim]]
id = "recurrence"
statement = "Evidence is insufficient that antibiotic prophylaxis reduces recurrent urinary tract infection or scarring in children."
verdict = "insufficient"
as_of = 2011
min_trial_n = 200
population = ["vesicoureteral reflux", "urinary tract infection"]
intervention = ["prophylaxis"]
controls = ["placebo"]
outcomes = ["recurrent uti", "scarring", "scars", "uti"]
`)
	a := New(set.Claims...)
	trial := store.Record{Title: "Renal scarring in the randomised trial of prophylaxis in children with vesicoureteral reflux", Year: 2015,
		Sections: []store.Section{
			{Label: "METHODS", Text: "607 children with vesicoureteral reflux were randomised to prophylaxis or placebo and followed with scans."},
			{Label: "RESULTS", Text: "New scarring did not differ between prophylaxis and placebo groups (6% versus 7%). Children with scarring were significantly older (median age, 26 versus 11 months; P=0.01) and more often had a second UTI before enrollment. New scars were significantly more common in renal units with grade 4 reflux than in units without reflux (OR, 24.2; 95% CI, 5.7 to 103)."},
		}}
	review := store.Record{Title: "Continuous antibiotic prophylaxis in children with vesicoureteral reflux: a systematic review", Year: 2019,
		Sections: []store.Section{
			{Label: "METHODS", Text: "Systematic review of trials of prophylaxis in children with vesicoureteral reflux."},
			{Label: "CONCLUSIONS", Text: "Identifying the specific risks of recurrent UTI and subsequent renal injury is important for more judicious use of prophylaxis."},
		}}
	for name, rec := range map[string]store.Record{"trial": trial, "review": review} {
		res := a.Assess(rec, set.Claims)
		if len(res.Assessments) != 1 || res.Assessments[0].Flagged {
			t.Errorf("%s: %+v: people compared by outcome or trait, or what is worth knowing, read as a finding", name, res.Assessments)
		}
	}
}

// A harm's figures given arm by arm say which way it went: "death in 8%
// with oxygen and 11% with air (P=0.03)" is fewer deaths with oxygen.
func TestArmFiguresGiveTheHarmsDirection(t *testing.T) {
	set := parseClaims(t, `
[[claim]]
id = "safety"
statement = "Oxygen in suspected myocardial infarction carries no significant risk of death."
verdict = "no_risk"
as_of = 2016
min_trial_n = 300
population = ["myocardial infarction"]
intervention = ["oxygen"]
controls = ["air"]
harms = ["death"]
`)
	a := New(set.Claims...)
	for text, want := range map[string]bool{
		"Death within 30 days occurred in 8% of patients with oxygen and 11% with air (P=0.03).":                    false,
		"Death within 30 days occurred in 11% of patients with oxygen and 8% with air (P=0.03).":                    true,
		"Death occurred in 126 patients (3.8%) on oxygen and 170 (5.1%) on air, a significant difference (P=0.01).": false,
	} {
		rec := store.Record{Title: "Oxygen in suspected myocardial infarction: a randomised trial", Year: 2018,
			Sections: []store.Section{
				{Label: "METHODS", Text: "In this randomised trial, 1200 patients with suspected myocardial infarction were randomised to oxygen or air."},
				{Label: "RESULTS", Text: text},
			}}
		res := a.Assess(rec, set.Claims)
		if len(res.Assessments) != 1 || res.Assessments[0].Flagged != want {
			t.Errorf("%q: %+v, want flagged %v", text, res.Assessments, want)
		}
	}
}

// "X was not associated with A, but was associated with B": the second
// clause's subject is X.
func TestSameSubjectAcrossClauses(t *testing.T) {
	set := parseClaims(t, `
[[claim]]
id = "defects"
statement = "Drug X in early pregnancy carries no significant risk of birth defects."
verdict = "no_risk"
as_of = 2014
min_trial_n = 200
population = ["pregnancy", "first trimester"]
intervention = ["drug x"]
harms = ["cardiac malformation*", "oral cleft*"]
`)
	a := New(set.Claims...)
	rec := store.Record{Title: "First-trimester drug X use and cardiac malformations and oral clefts in offspring", Year: 2018,
		Abstract: "In this retrospective cohort of 1,816,414 pregnancies, exposure was drug X dispensing in the first trimester. " +
			"After accounting for measured confounders, first-trimester drug X exposure was not associated with cardiac malformations, but was associated with a small increased risk of oral clefts in offspring."}
	res := a.Assess(rec, set.Claims)
	if len(res.Assessments) != 1 || !res.Assessments[0].Flagged {
		t.Errorf("%+v: 'but was associated with oral clefts' not read as drug X's", res.Assessments)
	}
}

// A trial whose primary outcome is a composite of the claim's outcomes
// ("cardiovascular death, recurrent myocardial infarction, stroke or
// revascularisation") and finds no difference on it finds none on the
// composite the claim's statement names.
func TestPrimaryCompositeOfTheClaimsOutcomes(t *testing.T) {
	set := parseClaims(t, `
[[claim]]
id = "mace"
statement = "Low-dose colchicine reduces major adverse cardiovascular events in coronary disease."
verdict = "benefit"
as_of = 2020
min_trial_n = 500
population = ["myocardial infarction"]
intervention = ["colchicine"]
controls = ["placebo"]
lower_is_better = ["major adverse cardiovascular events", "cardiovascular death", "myocardial infarction", "stroke", "revascularisation"]
statement_outcomes = ["major adverse cardiovascular events"]
`)
	a := New(set.Claims...)
	rec := store.Record{Title: "Colchicine in patients with myocardial infarction: a randomised trial", Year: 2025,
		Sections: []store.Section{
			{Label: "METHODS", Text: "Patients with myocardial infarction were randomised to colchicine or placebo. The primary efficacy outcome was a time-to-event composite of cardiovascular death, recurrent myocardial infarction, stroke or unplanned ischaemia-driven coronary revascularisation."},
			{Label: "RESULTS", Text: "In all, 7062 patients were randomised. Over a median follow-up of 3 years, a primary-outcome event occurred in 322 of 3528 colchicine patients (9.1%) and 327 of 3534 placebo patients (9.3%) (hazard ratio 0.99; 95% CI 0.85 to 1.16; P = 0.93)."},
		}}
	res := a.Assess(rec, set.Claims)
	if len(res.Assessments) != 1 || !res.Assessments[0].Flagged {
		t.Errorf("%+v: a null primary composite of the claim's outcomes not read as against the claim", res.Assessments)
	}
}

// A claim about a short- or long-term effect counts only the findings
// measured inside its follow-up window; a finding stating no time counts.
func TestFollowUpWindow(t *testing.T) {
	set := parseClaims(t, `
[[claim]]
id = "short"
statement = "Corticosteroid injection relieves shoulder pain for up to 8 weeks compared with placebo."
verdict = "benefit"
as_of = 2003
min_trial_n = 100
population = ["shoulder pain"]
intervention = ["corticosteroid injection"]
lower_is_better = ["pain"]
max_follow_up_weeks = 8

[[claim]]
id = "long"
statement = "Evidence is insufficient that corticosteroid injection relieves shoulder pain beyond 3 months."
verdict = "insufficient"
as_of = 2003
min_trial_n = 100
population = ["shoulder pain"]
intervention = ["corticosteroid injection"]
lower_is_better = ["pain"]
min_follow_up_weeks = 13
`)
	a := New(set.Claims...)
	rec := store.Record{Title: "Corticosteroid injection for shoulder pain: a randomised placebo-controlled trial", Year: 2012,
		Sections: []store.Section{
			{Label: "METHODS", Text: "In this randomised trial, 160 adults with shoulder pain received a corticosteroid injection or a placebo injection."},
			{Label: "RESULTS", Text: "At 6 weeks, pain was significantly lower with corticosteroid injection than with placebo (p=0.01). At 12 months, pain did not differ between the groups (p=0.6)."},
		}}
	res := a.Assess(rec, set.Claims)
	for _, as := range res.Assessments {
		if as.Flagged {
			t.Errorf("%s flagged by a finding outside its follow-up window: %q", as.Claim, as.Reasons)
		}
	}
	if len(res.Assessments) != 2 {
		t.Fatalf("%d assessments, want 2: %+v", len(res.Assessments), res.Assessments)
	}
	er := newEffectRules()
	for text, want := range map[string]float64{
		"at 6 weeks": 6, "at week 6": 6, "after 12 months": 52.18, "the 6-month follow-up": 26.09, "at 14 days": 2, "no time": 0,
	} {
		if w, _ := er.followUpWeeks(text); math.Abs(w-want) > 0.01 {
			t.Errorf("%q: %.2f weeks, want %.2f", text, w, want)
		}
	}
	// without its window the long-term claim is flagged by the 6-week result
	open := parseClaims(t, `
[[claim]]
id = "long"
statement = "Evidence is insufficient that corticosteroid injection relieves shoulder pain beyond 3 months."
verdict = "insufficient"
as_of = 2003
min_trial_n = 100
population = ["shoulder pain"]
intervention = ["corticosteroid injection"]
lower_is_better = ["pain"]
`)
	if res := New(open.Claims...).Assess(rec, open.Claims); len(res.Assessments) != 1 || !res.Assessments[0].Flagged {
		t.Errorf("without a window the 6-week result did not go against the long-term claim: %+v", res.Assessments)
	}
}

// "There was no overall evidence that X prevented Y" is a null result,
// however long the intervention's name between "no" and the verb.
func TestNoOverallEvidenceIsNull(t *testing.T) {
	er := newEffectRules()
	for _, s := range []string{
		"There was no overall evidence that oral vitamin B supplementation prevented cognitive decline.",
		"We found no clear evidence that early high-dose amino acid supplementation improved growth.",
		"There is no evidence that drug X reduces mortality.",
	} {
		if !er.isNull(s) {
			t.Errorf("not read as no difference: %q", s)
		}
	}
	if er.isNull("There was evidence that oral vitamin B supplementation prevented cognitive decline.") {
		t.Error("a positive finding read as no difference")
	}
}

// "Transient blurred vision was significantly more frequent with X": a
// harm the text calls transient is still a harm when its rise is called
// significant; "transient blurred vision" alone stays a slight one.
func TestSignificantTransientHarmIsAHarm(t *testing.T) {
	set := parseClaims(t, `
[[claim]]
id = "safety"
statement = "Drug X carries no significant risk of adverse events."
verdict = "no_risk"
as_of = 2020
min_trial_n = 100
population = ["covid 19"]
intervention = ["drug x"]
harms = ["blurred vision"]
`)
	a := New(set.Claims...)
	rec := func(result string) store.Record {
		return store.Record{Title: "Drug X for COVID-19: a randomised placebo-controlled trial", Year: 2022,
			Sections: []store.Section{
				{Label: "METHODS", Text: "Adults with COVID-19 were randomised to drug X or placebo; 983 participants were enrolled."},
				{Label: "RESULTS", Text: result},
			}}
	}
	res := a.Assess(rec("Transient blurred vision was significantly more frequent with drug X (5.6% vs. 0.6%; p < 0.001)."), set.Claims)
	if len(res.Assessments) != 1 || !res.Assessments[0].Flagged {
		t.Errorf("%+v: a significant rise in a transient harm not read as harm", res.Assessments)
	}
	res = a.Assess(rec("Transient blurred vision occurred in a few participants given drug X."), set.Claims)
	if len(res.Assessments) == 1 && res.Assessments[0].Flagged {
		t.Errorf("%+v: a transient harm with no significance read as a report of harm", res.Assessments)
	}
}

// "Primary end point: X" names the primary outcome (a colon, "end point"
// in two words), and an interval whose bounds carry "%" after a difference
// is read ("-8.0% [95% CI, -15.7% to -0.4]"); one arm's rate with its own
// interval ("25.5% (95% CI 18.6%-33.9%)") is no difference, and "the
// primary end point was met by 67%" reports a response, not the measure.
func TestPrimaryEndPointAndPercentIntervals(t *testing.T) {
	er := newEffectRules()
	if def, _ := er.primaryDefinition("Primary end point: spontaneous preterm birth before 34 weeks."); def != "spontaneous preterm birth before 34 weeks" {
		t.Errorf("primary end point read as %q", def)
	}
	if def, _ := er.primaryDefinition("The primary end point was met by 67.0% in the intervention group."); def != "" {
		t.Errorf("a result read as the primary end point's definition: %q", def)
	}
	if !er.primaryRef.MatchString("The primary end point occurred in 11 women") {
		t.Error(`"primary end point" not read as the primary outcome`)
	}
	if got := er.intervals("between-group difference -8.0% [95% CI, -15.7% to -0.4]"); len(got) != 1 || !got[0] {
		t.Errorf("difference with %% bounds: %v, want one interval excluding no effect", got)
	}
	if got := er.intervals("present in 25.5% (95% CI 18.6%-33.9%) of the treatment group and 29.5% (95% CI 22.2%-37.9%)"); len(got) != 0 {
		t.Errorf("arm rates' own intervals read as differences: %v", got)
	}
	if !er.endpointMet.MatchString("The primary end point was met by 67.0% in the intervention group") {
		t.Error(`"was met by" not read as a response reached`)
	}
}

// "without significant heterogeneity" says how alike the pooled studies
// were, not that the effect was null.
func TestNoHeterogeneityIsNoNullResult(t *testing.T) {
	er := newEffectRules()
	s := "TEAS beat control for clinical pregnancy rate [RR 1.29, 95% CI 1.19 to 1.40, p < 0.001, I2 = 23.0%], without significant heterogeneity."
	if er.isNull(s) {
		t.Errorf("read as no difference: %q", s)
	}
	if !er.isSig(s) {
		t.Errorf("not read as significant: %q", s)
	}
	if !er.isNull("Clinical pregnancy did not differ (RR 1.03, 95% CI 0.87-1.22), and heterogeneity was not significant.") {
		t.Error("a null result beside a heterogeneity note no longer read as null")
	}
}

// A review concluding that X "can improve" an outcome and is "suitable for
// clinical use" goes against an insufficient claim even when it adds that,
// its studies being of limited quality, the conclusion should be treated
// with caution; a hedged conclusion with the same caveat does not.
func TestQualityCaveatBesideAFirmConclusion(t *testing.T) {
	set := parseClaims(t, `
[[claim]]
id = "pregnancy"
statement = "Evidence is insufficient that acupuncture improves pregnancy rates in women having IVF."
verdict = "insufficient"
as_of = 2013
population = ["ivf", "recurrent implantation failure"]
intervention = ["acupuncture"]
outcomes = ["clinical pregnancy rate", "pregnancy outcome*"]
`)
	a := New(set.Claims...)
	rec := func(conclusion string) store.Record {
		return store.Record{Title: "Acupuncture for recurrent implantation failure: a systematic review and meta-analysis", Year: 2021,
			Sections: []store.Section{
				{Label: "METHODS", Text: "Randomised trials of acupuncture in women with recurrent implantation failure having IVF were searched and pooled."},
				{Label: "RESULTS", Text: "Seven studies were included. Compared with controls, acupuncture significantly improved clinical pregnancy rate (RR = 1.90, 95% CI 1.51-2.40, P < 0.05)."},
				{Label: "CONCLUSION", Text: conclusion},
			}}
	}
	res := a.Assess(rec("Acupuncture can improve pregnancy outcome in women with RIF and is a relatively effective treatment, suitable for clinical use. Because the included studies were of limited quality, the conclusion should be treated with caution."), set.Claims)
	if len(res.Assessments) != 1 || !res.Assessments[0].Flagged {
		t.Errorf("%+v: a firm conclusion with a quality caveat read as insufficient evidence", res.Assessments)
	}
	res = a.Assess(rec("Acupuncture may improve pregnancy outcome in women with RIF. Because the included studies were of limited quality, the conclusion should be treated with caution."), set.Claims)
	if len(res.Assessments) != 1 || res.Assessments[0].Flagged {
		t.Errorf("%+v: a hedged conclusion with a quality caveat read as going against the claim", res.Assessments)
	}
}

// "adults with LRTI in whom pneumonia was not suspected", "non-pneumonic
// LRTI": an excluded population term the text denies does not exclude.
func TestDeniedExclusionDoesNotExclude(t *testing.T) {
	set := parseClaims(t, `
[[claim]]
id = "cough"
statement = "Antibiotics make little or no difference to cough in acute lower respiratory tract infection."
verdict = "no_effect"
as_of = 2014
population = ["lower respiratory tract infection*", "lrti"]
population_exclude = ["pneumonia", "pneumonic"]
intervention = ["amoxicillin"]
outcomes = ["symptom duration", "symptom severity"]
`)
	a := New(set.Claims...)
	for _, methods := range []string{
		"Adults with LRTI in whom pneumonia was not suspected were randomised to amoxicillin or placebo.",
		"Children with uncomplicated non-pneumonic LRTI were randomised to amoxicillin or placebo.",
	} {
		rec := store.Record{Title: "Amoxicillin for acute lower respiratory tract infection: a randomised placebo-controlled trial", Year: 2018,
			Sections: []store.Section{
				{Label: "METHODS", Text: methods + " 2058 patients took part."},
				{Label: "RESULTS", Text: "Symptom duration did not differ between groups (HR 1.06, 95% CI 0.96 to 1.18)."},
			}}
		if res := a.Assess(rec, set.Claims); len(res.Assessments) != 1 {
			t.Errorf("%q: a denied exclusion term excluded the record", methods)
		}
	}
	rec := store.Record{Title: "Amoxicillin for pneumonia in adults: a randomised trial", Year: 2018,
		Sections: []store.Section{
			{Label: "METHODS", Text: "Adults with pneumonia or LRTI were randomised to amoxicillin or placebo."},
			{Label: "RESULTS", Text: "Symptom duration did not differ between groups."},
		}}
	if res := a.Assess(rec, set.Claims); len(res.Assessments) != 0 {
		t.Errorf("%+v: an affirmed exclusion term no longer excludes", res.Assessments)
	}
}

// A trial's harm that differed significantly between its groups ("minor
// antepartum haemorrhage was significantly less frequent in the
// intervention group") bears on a no-risk claim even when the sentence
// names the arm, not the treatment.
func TestSignificantHarmBetweenGroupsBearsOnSafety(t *testing.T) {
	set := parseClaims(t, `
[[claim]]
id = "bleeding"
statement = "Low-dose aspirin in pregnancy carries no significant risk of bleeding."
verdict = "no_risk"
as_of = 2014
population = ["pregnancies", "pregnant women"]
intervention = ["aspirin"]
harms = ["haemorrhage", "hemorrhage", "bleeding"]
`)
	a := New(set.Claims...)
	rec := store.Record{Title: "Stopping aspirin at 24 to 28 weeks in pregnancies at high risk: a randomised trial", Year: 2023,
		Sections: []store.Section{
			{Label: "METHODS", Text: "Pregnant women taking aspirin were randomly assigned to continue aspirin or stop it; 804 were analysed."},
			{Label: "RESULTS", Text: "Minor antepartum hemorrhage was significantly less frequent in the intervention group (absolute difference -5.59; 95% CI -9.79 to -1.38)."},
		}}
	if res := a.Assess(rec, set.Claims); len(res.Assessments) != 1 {
		t.Errorf("%+v: a significant difference in a harm between the groups does not bear on the safety claim", res.Assessments)
	}
}

// A trial stopped "because of concern about fetal or neonatal death" has
// found that harm real enough to end it, though the sentence names no
// arm; a trial stopped for futility has found none.
func TestTrialStoppedForHarm(t *testing.T) {
	set := parseClaims(t, `
[[claim]]
id = "safety"
statement = "The cervical pessary carries no significant risk of fetal or neonatal death."
verdict = "no_risk"
as_of = 2013
population = ["short cervix"]
intervention = ["pessary"]
outcomes = ["safety"]
harms = ["fetal death", "neonatal death", "death"]
`)
	a := New(set.Claims...)
	rec := func(result string) store.Record {
		return store.Record{Title: "Cervical pessary in individuals with a short cervix: a randomized clinical trial", Year: 2023,
			Sections: []store.Section{
				{Label: "METHODS", Text: "Individuals with a short cervix were randomised to a pessary or usual care; 544 were enrolled."},
				{Label: "RESULTS", Text: "The pessary's safety was monitored by an independent committee. " + result},
			}}
	}
	res := a.Assess(rec("After the third interim analysis, recruitment was stopped because of concern about fetal or neonatal death as well as futility."), set.Claims)
	if len(res.Assessments) != 1 || !res.Assessments[0].Flagged {
		t.Errorf("%+v: a trial stopped over a harm not read as a report of it", res.Assessments)
	}
	res = a.Assess(rec("Recruitment was stopped for futility; fetal death occurred in 2 and 3 participants."), set.Claims)
	if len(res.Assessments) == 1 && res.Assessments[0].Flagged {
		t.Errorf("%+v: a trial stopped for futility read as a report of harm", res.Assessments)
	}
}

// "patients ... that had not responded to conventional treatment" says who
// they were, not that the treatment failed; "the safety of X was
// acceptable" is a safety remark, not a harm.
func TestWhoHadNotRespondedAndAcceptableSafety(t *testing.T) {
	er := newEffectRules()
	s := "The meta-analysis showed hypnosis to give long-term adequate symptom relief to 54% of patients with irritable bowel syndrome that had not responded to conventional treatment."
	if er.isNull(s) {
		t.Errorf("read as no difference: %q", s)
	}
	if !er.isNull("Hypnosis had not improved symptom relief at 12 weeks.") {
		t.Error("a negated result no longer read as no difference")
	}
	harms := newTermSet([]string{"side effect*"})
	for _, h := range []string{
		"The side effects reported indicated that the safety of lidocaine in children was acceptable.",
		"Lidocaine had an acceptable safety profile; side effects were few.",
	} {
		if !er.harmNegated(h, tokens(h), harms) {
			t.Errorf("a safety remark read as a harm: %q", h)
		}
	}
	if h := "Side effects were more frequent with lidocaine."; er.harmNegated(h, tokens(h), harms) {
		t.Errorf("a harm read as a safety remark: %q", h)
	}
}

// "Question: does X improve Y?" is what a trial asked, not what it found;
// "deaths were lower with X but not significantly" is one null clause.
func TestQuestionAndBareTakeBack(t *testing.T) {
	set := parseClaims(t, `
[[claim]]
id = "death"
statement = "Evidence is insufficient that X reduces death or disability after head injury."
verdict = "insufficient"
as_of = 2015
population = ["traumatic brain injury", "tbi"]
intervention = ["drug x"]
outcomes = ["neurologic outcome", "glasgow outcome scale extended"]
lower_is_better = ["deaths"]
`)
	a := New(set.Claims...)
	asked := store.Record{Title: "Effect of out-of-hospital drug X vs placebo on 6-month functional neurologic outcomes in patients with moderate or severe traumatic brain injury", Year: 2020,
		Sections: []store.Section{
			{Label: "KEY POINTS", Text: "Question: does early drug X in moderate or severe traumatic brain injury improve neurologic outcome at 6 months? Findings: in this multicentre randomised trial of 966 participants enrolled out of hospital by paramedics, drug X as an out-of-hospital bolus with or without in-hospital infusion, versus placebo bolus and infusion, gave a favourable neurologic outcome (Glasgow Outcome Scale-Extended score >4) in 65% vs 62% at 6 months, a difference that was not statistically significant. Meaning: out-of-hospital drug X did not significantly improve 6-month neurologic recovery in suspected moderate or severe TBI."},
			{Label: "IMPORTANCE", Text: "Traumatic brain injury (TBI) is the leading cause of death and disability from trauma; early drug X might help."},
			{Label: "OBJECTIVE", Text: "To find out whether drug X started out of hospital within 2 hours of injury improves neurologic outcome in moderate or severe TBI."},
			{Label: "DESIGN, SETTING, AND PARTICIPANTS", Text: "Multicentre, double-blind randomised trial at 20 trauma centres and 39 emergency medical services agencies in the US and Canada, May 2015 to November 2017. Eligible participants (N = 1280) were out-of-hospital TBI patients aged 15 years or older with Glasgow Coma Scale 12 or less and systolic blood pressure 90 mm Hg or higher."},
			{Label: "INTERVENTIONS", Text: "Three arms, started within 2 hours of TBI: out-of-hospital drug X 1 g bolus plus in-hospital 1 g 8-hour infusion (n = 312), out-of-hospital 2 g bolus plus in-hospital placebo infusion (n = 345), and placebo bolus plus placebo infusion (n = 309) [the stored text ends here]."},
		}}
	null := store.Record{Title: "Drug X versus placebo in traumatic brain injury: a randomized clinical trial", Year: 2020,
		Sections: []store.Section{
			{Label: "METHODS", Text: "Patients with traumatic brain injury were randomised to drug X or placebo; 966 were enrolled."},
			{Label: "RESULTS", Text: "Deaths (2.7% vs. 4%) were lower with drug X but not significantly."},
		}}
	if res := a.Assess(null, set.Claims); len(res.Assessments) != 1 || res.Assessments[0].Flagged {
		t.Errorf("%q: %+v, want relevant and not flagged", null.Title, res.Assessments)
	}
	// the question, judged through a shipped claims file whose outcomes
	// it names
	ex, err := claims.Example("txa-tbi")
	if err != nil {
		t.Fatal(err)
	}
	asked.Title = strings.ReplaceAll(asked.Title, "drug X", "tranexamic acid")
	for i := range asked.Sections {
		asked.Sections[i].Text = strings.ReplaceAll(asked.Sections[i].Text, "drug X", "tranexamic acid")
	}
	for _, as := range New(ex.Claims...).Assess(asked, ex.Claims).Assessments {
		if as.Flagged {
			t.Errorf("%+v: a trial's question read as its finding", as)
		}
	}
	if cls := newEffectRules().clauses("Deaths were lower with drug X but not significantly."); len(cls) != 1 {
		t.Errorf("clauses %q: a bare take-back split from its clause", cls)
	}
}

// "Strong evidence favours manipulation over sham" is a review's graded
// verdict that the treatment differs, as a significant pooled result is.
func TestGradedEvidenceIsSignificant(t *testing.T) {
	er := newEffectRules()
	for _, s := range []string{
		"Acute-subacute LBP: STRONG evidence favours MT1 over sham for short-term improvements in pain and function.",
		"Moderate to strong evidence favours manipulation over sham for pain in chronic low back pain.",
		"High-quality evidence shows that X reduces pain.",
	} {
		if !er.isSig(s) {
			t.Errorf("not read as a finding of a difference: %q", s)
		}
	}
	for _, s := range []string{
		"There is limited evidence that X reduces pain.",
		"Low-quality evidence suggests X may reduce pain.",
	} {
		if er.isSig(s) {
			t.Errorf("weak evidence read as a significant difference: %q", s)
		}
	}
}

// An effect size's interval ("d = 0.80; 95% CI, 0.28 to 1.31") excludes
// no effect when it excludes 0, as a difference's does; read as a ratio
// (crossing 1) it was taken for a null result.
func TestEffectSizeIntervalIsADifference(t *testing.T) {
	er := newEffectRules()
	s := "The combination (effect size d = 1.11; 95% CI, 0.54 to 1.64) and light monotherapy (d = 0.80; 95% CI, 0.28 to 1.31) were significantly better than placebo on MADRS change."
	if er.isNull(s) || !er.isSig(s) {
		t.Errorf("effect sizes whose intervals exclude 0 not read as significant: %q", s)
	}
	if got := er.intervals("odds ratio 1.20 (95% CI 0.86 to 1.67)"); len(got) != 1 || got[0] {
		t.Errorf("a ratio crossing 1: %v, want one interval including no effect", got)
	}
}

// "X was as effective as Y for A and was associated with significantly
// less B": the first predicate is no difference, the second a finding of
// its own on B only, so a claim on A is not contradicted.
func TestAsEffectiveAsAndASecondPredicate(t *testing.T) {
	set := parseClaims(t, `
[[claim]]
id = "primary"
statement = "Evidence is insufficient that high flow prevents extubation failure."
verdict = "insufficient"
as_of = 2016
population = ["preterm infants"]
intervention = ["high flow"]
lower_is_better = ["extubation failure", "nasal trauma"]
`)
	a := New(set.Claims...)
	rec := store.Record{Title: "High flow versus CPAP after extubation in preterm infants: a randomised trial", Year: 2021,
		Sections: []store.Section{
			{Label: "METHODS", Text: "Preterm infants were randomised to high flow or CPAP after extubation; 128 infants were randomised."},
			{Label: "CONCLUSIONS", Text: "High flow was as effective as CPAP in preventing extubation failure in preterm infants and was associated with significantly less nasal trauma."},
		}}
	res := a.Assess(rec, set.Claims)
	if len(res.Assessments) != 1 || res.Assessments[0].Flagged {
		t.Errorf("%+v: a significant difference in one outcome credited to the outcome found alike", res.Assessments)
	}
	er := newEffectRules()
	if !er.isNull("High flow was as effective as CPAP in preventing extubation failure") {
		t.Error(`"as effective as" not read as no difference`)
	}
	if cls := er.clauses("X was as effective as Y for A and was associated with significantly less B."); len(cls) != 2 || !er.isNull(cls[0]) {
		t.Errorf("clauses %q: want two, the first a null result", cls)
	}
}

// What a study compared its intervention with is read from its own
// sentences: a background's "cytisine works better than placebo" is
// another study's comparison; "both or neither" and a "non-treatment
// controlled trial" name an untreated arm.
func TestComparatorFromTheStudyItself(t *testing.T) {
	a := New()
	r := a.Read(store.Record{Title: "Cytisine versus varenicline for smoking cessation: a randomized clinical trial", Year: 2021,
		Sections: []store.Section{
			{Label: "IMPORTANCE", Text: "Cytisine works better than placebo for stopping smoking but had not been tested against varenicline."},
			{Label: "METHODS", Text: "Adult smokers were randomised to cytisine or varenicline; 1452 took part."},
		}})
	if r.Comparator == ComparatorPlacebo {
		t.Errorf("comparator %q: a background's placebo read as the trial's", r.Comparator)
	}
	r = a.Read(store.Record{Title: "Emollients and synbiotics for preventing eczema: a 2 x 2 factorial, randomized, non-treatment controlled trial", Year: 2019,
		Sections: []store.Section{
			{Label: "METHODS", Text: "Babies received an emollient, a synbiotic, both or neither from birth to 6 months."},
		}})
	if r.Comparator != ComparatorNone {
		t.Errorf("comparator %q, want %q", r.Comparator, ComparatorNone)
	}
}

// Shares with no test ("first-degree tears made up 81.82% ... in controls
// 72.23%") are no significant difference: "made up" is no rise.
func TestSharesWithNoTestAreNoFinding(t *testing.T) {
	set := parseClaims(t, `
[[claim]]
id = "trauma"
statement = "Antenatal perineal massage reduces perineal trauma."
verdict = "benefit"
as_of = 2013
population = ["pregnant women"]
intervention = ["perineal massage"]
lower_is_better = ["perineal trauma", "first degree tears"]
`)
	a := New(set.Claims...)
	rec := store.Record{Title: "Perineal massage during pregnancy and perineal trauma: a randomized trial", Year: 2016,
		Sections: []store.Section{
			{Label: "METHODS", Text: "Pregnant women were randomised to daily perineal massage or no massage; 115 women took part."},
			{Label: "RESULTS", Text: "In the intervention group first-degree tears made up 81.82% of tears; in controls first-degree tears made up 72.23%."},
		}}
	res := a.Assess(rec, set.Claims)
	if len(res.Assessments) != 1 || res.Assessments[0].Flagged {
		t.Errorf("%+v: shares with no test read as a significant harm", res.Assessments)
	}
}

// A case report's introduction says whom the treatment is for; its case
// then who took it: the population is the introduction's.
func TestCaseReportPopulationFromItsIntroduction(t *testing.T) {
	set := parseClaims(t, `
[[claim]]
id = "neuropsych"
statement = "Varenicline does not increase serious neuropsychiatric events."
verdict = "no_risk"
as_of = 2016
population = ["smokers"]
intervention = ["varenicline"]
outcomes = ["safety"]
harms = ["suicidal behaviour", "suicide attempt"]
`)
	a := New(set.Claims...)
	rec := store.Record{Title: "Varenicline-induced suicidal behaviour: a case report", Year: 2022,
		Sections: []store.Section{
			{Label: "INTRODUCTION", Text: "Varenicline is a drug that helps smokers quit."},
			{Label: "CASE", Text: "A 39-year-old woman made a suicide attempt on her 10th day of varenicline; her mood recovered five days after it was stopped."},
		}}
	res := a.Assess(rec, set.Claims)
	if len(res.Assessments) != 1 || !res.Assessments[0].Flagged {
		t.Errorf("%+v: a case report of harm whose population only its introduction names not flagged", res.Assessments)
	}
}

// "New evidence showed acetaminophen to be ineffective, NSAIDs to give
// smaller benefits, duloxetine to be effective": each item is a finding on
// the subject of its own infinitive; and a treatment guidelines
// "inconsistently recommended" is not recommended.
func TestInfinitiveListsAndUnevenRecommendations(t *testing.T) {
	set := parseClaims(t, `
[[claim]]
id = "pain"
statement = "Acetaminophen makes little or no difference to low back pain."
verdict = "no_effect"
as_of = 2016
population = ["low back pain"]
intervention = ["acetaminophen"]
lower_is_better = ["pain"]
`)
	a := New(set.Claims...)
	review := func(synthesis string) store.Record {
		return store.Record{Title: "Drug therapies for low back pain: a systematic review", Year: 2017,
			Sections: []store.Section{
				{Label: "DATA SOURCES", Text: "MEDLINE and the Cochrane Library were searched for randomized trials of drugs for low back pain."},
				{Label: "DATA SYNTHESIS", Text: synthesis},
			}}
	}
	res := a.Assess(review("New evidence showed acetaminophen to be ineffective for acute low back pain, NSAIDs to give smaller benefits in chronic low back pain than previously seen, duloxetine to be effective for chronic low back pain, and benzodiazepines to be ineffective for radiculopathy."), set.Claims)
	if len(res.Assessments) != 1 || res.Assessments[0].Flagged {
		t.Errorf("%+v: other drugs' findings in a list credited to the claim's", res.Assessments)
	}
	rec := review("Nine guidelines were included.")
	rec.Sections = append(rec.Sections, store.Section{Label: "CONCLUSIONS", Text: "Acetaminophen was inconsistently recommended for acute low back pain."})
	res = a.Assess(rec, set.Claims)
	if len(res.Assessments) == 1 && res.Assessments[0].Flagged {
		t.Errorf("%+v: an inconsistent recommendation read as a recommendation", res.Assessments)
	}
	rec.Sections[len(rec.Sections)-1].Text = "NSAIDs were most often recommended as first-line drug therapy, while acetaminophen was inconsistently recommended for acute low back pain."
	res = a.Assess(rec, set.Claims)
	if len(res.Assessments) == 1 && res.Assessments[0].Flagged {
		t.Errorf("%+v: an inconsistent recommendation beside another drug's read as a recommendation", res.Assessments)
	}
}

// A result "adjusted for sex, baseline BMI and baseline values" is no
// check of the groups at baseline; a p-value of a test of equivalence
// shows the arms alike; two levels of the treatment compared say nothing
// of it against none.
func TestAdjustedEquivalentAndLevelsCompared(t *testing.T) {
	set := parseClaims(t, `
[[claim]]
id = "pain"
statement = "Exercise reduces knee pain in knee osteoarthritis."
verdict = "benefit"
as_of = 2015
population = ["knee osteoarthritis"]
intervention = ["exercise", "strength training"]
lower_is_better = ["pain", "womac pain"]
`)
	a := New(set.Claims...)
	trial := func(result string) store.Record {
		return store.Record{Title: "Strength training for knee osteoarthritis: a randomized clinical trial", Year: 2021,
			Sections: []store.Section{
				{Label: "METHODS", Text: "Adults with knee osteoarthritis were randomized to strength training or an attention control; 377 were randomized."},
				{Label: "RESULTS", Text: result},
			}}
	}
	res := a.Assess(trial("WOMAC pain scores at 18 months, adjusted for sex, baseline body mass index and baseline outcome values, did not differ statistically significantly between the strength training group and the control group."), set.Claims)
	if len(res.Assessments) != 1 || !res.Assessments[0].Flagged {
		t.Errorf("%+v: an adjusted null result read as a baseline check", res.Assessments)
	}
	er := newEffectRules()
	if er.isSig("difference 2.7 points, 95% CI -0.6 to 6.0; test for equivalence p=0.0008") {
		t.Error("an equivalence test's p-value read as a difference")
	}
	rev := store.Record{Title: "Exercise dose and outcomes in knee osteoarthritis: a systematic review with meta-analysis", Year: 2024,
		Sections: []store.Section{
			{Label: "METHODS", Text: "CENTRAL, MEDLINE and Embase were searched for randomized controlled trials of exercise for knee osteoarthritis."},
			{Label: "RESULTS", Text: "Twenty-five trials evaluated exercise programs, with no difference in pain between higher and lower compliance (SMD -0.38 vs -0.31)."},
		}}
	res = a.Assess(rev, set.Claims)
	if len(res.Assessments) == 1 && res.Assessments[0].Flagged {
		t.Errorf("%+v: two levels of exercise compared read as exercise against none", res.Assessments)
	}
}

// Each arm's incidence with its own interval ("0.9 per 1,000 catheter
// days (95% CI 0.67-1.19) with chlorhexidine, 1.47 (95% CI 1.17-1.81)
// with octenidine") is no difference between arms; "little support for
// routinely using medications" is a weak verdict, not a finding; a study
// giving each arm's figures in words ("were 9.02 with fluoxetine and 10.89
// with placebo") reports results, whatever it says of recruiting.
func TestArmRatesLittleSupportAndArmFigures(t *testing.T) {
	er := newEffectRules()
	if got := er.intervals("Incidence densities were 0.9 CLABSI per 1,000 CL days (95%CI 0.67-1.19) with chlorhexidine, 1.47 (95%CI 1.17-1.81) with octenidine and 1.17 (95%CI 0.93-1.45) with routine care."); len(got) != 0 {
		t.Errorf("arms' incidences read as differences: %v", got)
	}
	if got := er.intervals("The incidence rate ratio per 1,000 CL days was 0.69 (95% CI 0.50-0.90)."); len(got) != 1 || !got[0] {
		t.Errorf("a rate ratio per 1,000 days: %v, want one interval excluding no effect", got)
	}
	// "the evidence is not strong": the review's own judgement of its
	// evidence, whatever its pooled figures
	// one group's percentage with its interval in percent is a rate, not
	// a difference; a named difference stays one
	if got := er.intervals("Cumulative recurrence at 6 months was 28.2% (95%CI 24.0-32.7%), no difference between groups, p = 0.82."); len(got) != 0 {
		t.Errorf("a rate's interval read as a difference: %v", got)
	}
	if got := er.intervals("The risk difference was 12.2% (95% CI 4.0-20.7%)."); len(got) != 1 || !got[0] {
		t.Errorf("a risk difference in percent: %v, want one interval excluding no effect", got)
	}
	if !er.insufficient.MatchString("Although the review suggests that garlic may lower blood pressure, the evidence is not strong.") {
		t.Error(`"the evidence is not strong" not read as a weak verdict`)
	}
	if !er.insufficient.MatchString("The meta-analysis gives little support for routinely using medications to treat repetitive behaviours.") {
		t.Error(`"little support for" not read as a weak verdict`)
	}
	a := New()
	r := a.Read(store.Record{Title: "Effect of fluoxetine on obsessive-compulsive behaviors in children with autism: a randomized clinical trial", Year: 2019,
		Sections: []store.Section{
			{Label: "FINDINGS", Text: "In this randomised trial of 146 participants, mean scores at 16 weeks were 9.02 with fluoxetine and 10.89 with placebo, a statistically significant difference."},
			{Label: "DESIGN", Text: "Multicentre randomised placebo-controlled trial recruiting participants aged 7.5-18 years with autism at 3 centres."},
		}})
	if r.Design != DesignRCT {
		t.Errorf("design %q, want %q: arms' figures in words are results", r.Design, DesignRCT)
	}
}

// "Evidence that TENS reduces labour pain is only limited" judges the
// evidence weak; "TEAS may be a possible alternative to epidural
// analgesia" sets the treatment beside another, not against none.
func TestLimitedEvidenceThatAndAlternativeTo(t *testing.T) {
	set := parseClaims(t, `
[[claim]]
id = "pain"
statement = "Evidence is insufficient that TENS reduces pain in labour."
verdict = "insufficient"
as_of = 2009
population = ["labour"]
intervention = ["tens", "teas"]
lower_is_better = ["pain", "labour pain", "epidural analgesia"]
`)
	a := New(set.Claims...)
	review := func(concl string) store.Record {
		return store.Record{Title: "TENS for pain relief in labour: a systematic review", Year: 2011,
			Sections: []store.Section{
				{Label: "SEARCH METHODS", Text: "The Cochrane Pregnancy and Childbirth Group's Trials Register was searched for randomised trials of TENS in labour."},
				{Label: "CONCLUSIONS", Text: concl},
			}}
	}
	res := a.Assess(review("Evidence that TENS reduces labour pain is only limited, and it does not appear to affect other outcomes."), set.Claims)
	if len(res.Assessments) != 1 || res.Assessments[0].Flagged {
		t.Errorf("%+v: limited evidence read as a benefit", res.Assessments)
	}
	res = a.Assess(review("TEAS may be a possible alternative to epidural analgesia (EA) for parturients, being simple, non-invasive and non-pharmacological, with respect to analgesic efficacy and safety."), set.Claims)
	if len(res.Assessments) != 1 || res.Assessments[0].Flagged {
		t.Errorf("%+v: an alternative to another treatment read as a benefit against none", res.Assessments)
	}
}

// Human Reproduction's abstracts put their conclusion under "SUMMARY
// ANSWER" and earlier work under "WHAT IS KNOWN ALREADY"; a large trial
// whose primary outcome (a statement outcome) has no result shown but
// whose conclusion says the treatment "did not improve pregnancy
// outcomes" goes against a benefit claim.
func TestSummaryAnswerAndAWholeNullConclusion(t *testing.T) {
	if sectionRole("SUMMARY ANSWER", "") != roleConclusion || sectionRole("WHAT IS KNOWN ALREADY", "") != roleBackground {
		t.Error("Human Reproduction's section labels not read as conclusion and background")
	}
	set := parseClaims(t, `
[[claim]]
id = "birth"
statement = "Endometrial scratching before IVF increases the live birth rate."
verdict = "benefit"
as_of = 2015
population = ["ivf"]
intervention = ["endometrial scratch"]
outcomes = ["live birth", "pregnancy outcomes"]
`)
	a := New(set.Claims...)
	rec := store.Record{Title: "Endometrial scratch before first-time IVF: a randomised controlled trial", Year: 2021,
		Sections: []store.Section{
			{Label: "SUMMARY ANSWER", Text: "Endometrial scratch before a first IVF cycle was safe but did not improve pregnancy outcomes."},
			{Label: "STUDY DESIGN", Text: "A multicentre randomised controlled trial in 1048 women having IVF; the primary outcome was live birth after 24 weeks of gestation."},
			{Label: "MAIN RESULTS", Text: "Altogether 1048 women were randomised, 525 to usual care and 523 to endometrial scratch."},
		}}
	res := a.Assess(rec, set.Claims)
	if len(res.Assessments) != 1 || !res.Assessments[0].Flagged {
		t.Errorf("%+v: a large trial concluding no improvement not read against the benefit", res.Assessments)
	}
}

// "933 of 1065 eligible women took part": the trial's participants are
// the 933 who took part, not the eligible whole.
func TestPartThatTookPart(t *testing.T) {
	a := New()
	r := a.Read(store.Record{Title: "Endometrial scratching after one failed IVF cycle: a randomised controlled trial", Year: 2021,
		Sections: []store.Section{
			{Label: "METHODS", Text: "Women with one failed IVF treatment who planned a second treatment were eligible; 933 of 1065 eligible women took part (participation rate 88%)."},
		}})
	if r.N != 933 {
		t.Errorf("n = %d, want 933", r.N)
	}
}

// "It remains uncertain whether X increases Y" opening its sentence is a
// review's verdict that the evidence is too weak; "..., although it is
// unclear whether the studies' quality affected this result" after a
// finding is a caveat on it, and the finding stands.
func TestUncertainWhetherOpensOrConcedes(t *testing.T) {
	set := parseClaims(t, `
[[claim]]
id = "falls"
statement = "Hip exercise reduces falls in older adults."
verdict = "benefit"
as_of = 2015
population = ["older adults"]
intervention = ["hip exercise"]
outcomes = ["falls"]
lower_is_better = ["falls"]

[[claim]]
id = "pain"
statement = "Evidence is insufficient that hip exercise relieves pain in older adults."
verdict = "insufficient"
as_of = 2015
population = ["older adults"]
intervention = ["hip exercise"]
outcomes = ["pain"]
lower_is_better = ["pain"]
`)
	a := New(set.Claims...)
	weak := store.Record{Title: "Hip exercise for preventing falls in older adults: a systematic review", Year: 2019,
		Abstract: "We included 14 randomised trials of hip exercise in older adults. The included trials point to fewer falls with hip exercise. " +
			"It remains uncertain whether hip exercise reduces falls in older adults."}
	res := a.Assess(weak, set.Claims[:1])
	if len(res.Assessments) != 1 || !res.Assessments[0].Flagged {
		t.Errorf("%+v: a review uncertain whether the treatment works not read against the benefit", res.Assessments)
	}
	conceded := store.Record{Title: "Hip exercise for pain in older adults: a meta-analysis", Year: 2019,
		Sections: []store.Section{
			{Label: "METHODS", Text: "We pooled 26 randomised trials of hip exercise in older adults with hip pain."},
			{Label: "CONCLUSIONS", Text: "Hip exercise significantly reduced pain intensity in older adults (SMD -0.45, 95% CI -0.60 to -0.30), although it is unclear whether the poor quality of the studies affected this result."},
		}}
	res = a.Assess(conceded, set.Claims[1:])
	if len(res.Assessments) != 1 || !res.Assessments[0].Flagged {
		t.Errorf("%+v: a significant pooled benefit with a trailing caveat not read against \"insufficient\"", res.Assessments)
	}
}

// A review whose conclusion is that the evidence does not support the
// treatment goes against "it helps", even when a subgroup of its results
// went the other way.
func TestReviewNotSupportingTheTreatment(t *testing.T) {
	set := parseClaims(t, `
[[claim]]
id = "birth"
statement = "Uterine priming before embryo transfer increases the live birth rate."
verdict = "benefit"
as_of = 2015
population = ["embryo transfer"]
intervention = ["uterine priming"]
outcomes = ["live birth", "clinical pregnancy"]
`)
	a := New(set.Claims...)
	rec := store.Record{Title: "Uterine priming before a first embryo transfer: a systematic review and meta-analysis", Year: 2019,
		Sections: []store.Section{
			{Label: "DESIGN", Text: "Systematic review and meta-analysis of randomised trials."},
			{Label: "RESULTS", Text: "Seven trials (1,354 women) were included. The groups did not differ significantly in any outcome. In subgroup analysis, uterine priming on the day of retrieval lowered live birth (RR 0.31, 95% CI 0.14 to 0.69)."},
			{Label: "CONCLUSIONS", Text: "The current evidence does not support uterine priming to improve the success of a first embryo transfer."},
		}}
	res := a.Assess(rec, set.Claims)
	if len(res.Assessments) != 1 || !res.Assessments[0].Flagged {
		t.Errorf("%+v: a review whose conclusion does not support the treatment not read against the benefit", res.Assessments)
	}
}

// "improved more than delayed-treatment participants in pain
// interference": the control arm's name ("delayed") is no word of the
// result, and the arm is an untreated comparison.
func TestDelayedTreatmentArm(t *testing.T) {
	set := parseClaims(t, `
[[claim]]
id = "function"
statement = "Tai chi improves pain and function in knee osteoarthritis."
verdict = "benefit"
as_of = 2015
population = ["knee osteoarthritis"]
intervention = ["tai chi"]
outcomes = ["pain interference", "function"]
lower_is_better = ["pain interference"]
`)
	a := New(set.Claims...)
	rec := store.Record{Title: "Tai chi for knee osteoarthritis: a randomized trial", Year: 2020,
		Abstract: "We randomised 150 adults with knee osteoarthritis to 12 weeks of tai chi or delayed treatment. " +
			"Tai chi participants improved more than delayed-treatment participants in pain interference at 12 weeks."}
	res := a.Assess(rec, set.Claims)
	if len(res.Assessments) != 1 || res.Assessments[0].Direction != DirectionBenefit || res.Assessments[0].Flagged {
		t.Errorf("%+v: improvement over a delayed-treatment arm not read as a benefit", res.Assessments)
	}
}

// "some, though not conclusive, evidence that X may raise Y" judges the
// evidence too weak; it is no significant finding.
func TestNotConclusiveEvidence(t *testing.T) {
	set := parseClaims(t, `
[[claim]]
id = "quit"
statement = "Evidence is insufficient that phone coaching helps pregnant smokers quit."
verdict = "insufficient"
as_of = 2015
population = ["smokers"]
intervention = ["phone coaching"]
outcomes = ["cessation rates"]
`)
	a := New(set.Claims...)
	rec := store.Record{Title: "Phone coaching for pregnant smokers: a randomised trial", Year: 2018,
		Sections: []store.Section{
			{Label: "METHODS", Text: "We randomised 407 pregnant smokers to phone coaching or usual care."},
			{Label: "CONCLUSIONS", Text: "There was some, though not conclusive, evidence that phone coaching may raise cessation rates in pregnancy."},
		}}
	res := a.Assess(rec, set.Claims)
	if len(res.Assessments) != 1 || res.Assessments[0].Flagged {
		t.Errorf("%+v: evidence called not conclusive read as a significant finding", res.Assessments)
	}
}

// "X had a significantly greater effect on pain" is more of the
// treatment's effect, not more pain; "..., although these effects were
// mostly not clinically significant" after a stated effect is a caveat on
// its size, not a finding of no difference.
func TestEffectSizeWordsAndAClinicalCaveat(t *testing.T) {
	set := parseClaims(t, `
[[claim]]
id = "pain"
statement = "Pilates gives small improvements in pain in chronic neck pain."
verdict = "benefit"
as_of = 2015
population = ["neck pain"]
intervention = ["pilates"]
outcomes = ["pain", "disability"]
lower_is_better = ["pain", "disability"]
`)
	a := New(set.Claims...)
	greater := store.Record{Title: "Pilates for chronic neck pain: a systematic review and meta-analysis", Year: 2019,
		Sections: []store.Section{
			{Label: "METHODS", Text: "We pooled randomised trials of Pilates in adults with chronic neck pain against no-exercise controls."},
			{Label: "RESULTS", Text: "Against controls, Pilates had a significantly greater effect on pain (SMD = -0.75, 95% CI -1.05 to -0.46, p < 0.001)."},
		}}
	res := a.Assess(greater, set.Claims)
	if len(res.Assessments) != 1 || res.Assessments[0].Direction != DirectionBenefit || res.Assessments[0].Flagged {
		t.Errorf("%+v: a greater effect on pain read as more pain", res.Assessments)
	}
	caveat := store.Record{Title: "Pilates for chronic neck pain: an updated meta-analysis", Year: 2022,
		Sections: []store.Section{
			{Label: "METHODS", Text: "We pooled 21 randomised trials (2,702 participants) of Pilates in chronic neck pain."},
			{Label: "CONCLUSIONS", Text: "Against non-exercise controls, Pilates had robust short- and long-term effects on pain and disability, although these effects were mostly not clinically significant."},
		}}
	res = a.Assess(caveat, set.Claims)
	if len(res.Assessments) != 1 || res.Assessments[0].Flagged {
		t.Errorf("%+v: effects called not clinically significant read as no effect", res.Assessments)
	}
}

// "Antibiotics were associated with a significant increase in the cure
// rate" is the share of people the treatment helped: an outcome of an
// efficacy claim, not of a claim that the treatment causes adverse
// events.
func TestCureRateIsNoHarmOutcome(t *testing.T) {
	set := parseClaims(t, `
[[claim]]
id = "harms"
statement = "Antibiotics for acute sinusitis cause more adverse events than placebo."
verdict = "harm"
as_of = 2015
population = ["sinusitis"]
intervention = ["antibiotics"]
harms = ["adverse events"]
`)
	a := New(set.Claims...)
	rec := store.Record{Title: "Antibiotics for acute sinusitis in adults: a systematic review", Year: 2019,
		Abstract: "We reviewed placebo-controlled trials of antibiotics in adults with acute sinusitis. " +
			"Antibiotics were associated with a significant increase in the cure rate in sinusitis (odds ratio 1.25, 95% CI 1.02 to 1.54)."}
	res := a.Assess(rec, set.Claims)
	if len(res.Assessments) != 1 || res.Assessments[0].Flagged {
		t.Errorf("%+v: a higher cure rate read against a claim about adverse events (or the review not read at all)", res.Assessments)
	}
}

// controls_required: a claim about the intervention added to what its
// controls name is not about a record comparing the intervention with
// minimal support; a record of the intervention added to one of them is.
func TestControlsRequired(t *testing.T) {
	set := parseClaims(t, `
[[claim]]
id = "adjunct"
statement = "Evidence is insufficient that adding phone coaching to counselling or nicotine patches increases quitting."
verdict = "insufficient"
as_of = 2015
population = ["smokers"]
intervention = ["phone coaching"]
outcomes = ["abstinence"]
controls = ["counselling", "nicotine patches"]
controls_required = true
`)
	a := New(set.Claims...)
	minimal := store.Record{Title: "Phone coaching for smokers: a randomised trial", Year: 2019,
		Abstract: "We randomised 2000 smokers to phone coaching or a leaflet. Abstinence at 6 months was 12% with phone coaching and 3% with the leaflet (OR 4.68, 95% CI 3.07 to 7.13)."}
	if res := a.Assess(minimal, set.Claims); len(res.Assessments) != 0 {
		t.Errorf("%+v: a trial against a leaflet read as about phone coaching added to counselling or patches", res.Assessments)
	}
	added := store.Record{Title: "Phone coaching added to nicotine patches for smokers: a randomised trial", Year: 2019,
		Abstract: "We randomised 2000 smokers to phone coaching plus nicotine patches or nicotine patches alone. Abstinence at 6 months was 12% and 6% (OR 2.1, 95% CI 1.5 to 2.9)."}
	res := a.Assess(added, set.Claims)
	if len(res.Assessments) != 1 || !res.Assessments[0].Flagged {
		t.Errorf("%+v: phone coaching added to patches not read against the adjunct claim", res.Assessments)
	}
}

// "Compared with placebo or no iron, iron was associated with a lower
// risk of anaemia (RR 0.40, 95% CI 0.26-0.61)": the "no" names the
// untreated group, not a null result; "lower VAP incidence (RR 0.60, P =
// .008) with no substantial effect on mortality" holds a null finding on
// another outcome, a clause of its own.
func TestUntreatedGroupNamedByNoAndWithNoEffect(t *testing.T) {
	set := parseClaims(t, `
[[claim]]
id = "anaemia"
statement = "Zinc drops reduce anaemia in toddlers."
verdict = "benefit"
as_of = 2015
population = ["toddlers"]
intervention = ["zinc drops"]
lower_is_better = ["anaemia", "mortality"]
`)
	a := New(set.Claims...)
	for _, abstract := range []string{
		"We pooled randomised trials of zinc drops in toddlers. Compared with placebo or no zinc drops, zinc drops were associated with a lower risk of anaemia (4 trials, n = 2230; relative risk 0.40, 95% CI 0.26-0.61).",
		"We pooled randomised trials of zinc drops in toddlers. Moderate-quality evidence showed lower anaemia (RR 0.60, 95% CI 0.41-0.87, P = .008) with no substantial effect on mortality (RR 1.01, 95% CI 0.65-1.57, P = .96).",
	} {
		rec := store.Record{Title: "Zinc drops for toddlers: a systematic review and meta-analysis", Year: 2019, Abstract: abstract}
		res := a.Assess(rec, set.Claims)
		if len(res.Assessments) != 1 || res.Assessments[0].Flagged || res.Assessments[0].Direction == DirectionNoEffect {
			t.Errorf("%s\n%+v: a significant benefit read as no effect", abstract, res.Assessments)
		}
	}
	if got := New().(*ruleAssessor).effect.untreatedArms("compared with no significant difference"); got != "compared with no significant difference" {
		t.Errorf("untreatedArms rewrote a null phrase: %q", got)
	}
}

// "there is no scientific evidence that it gives a greater benefit in
// reducing VAP" is a review's conclusion of no effect.
func TestNoScientificEvidenceThat(t *testing.T) {
	set := parseClaims(t, `
[[claim]]
id = "vap"
statement = "Honey mouth care reduces ventilator-associated pneumonia in ICU patients."
verdict = "benefit"
as_of = 2015
population = ["icu"]
intervention = ["honey mouth care"]
lower_is_better = ["vap"]
`)
	a := New(set.Claims...)
	rec := store.Record{Title: "Honey mouth care in the ICU: a systematic review", Year: 2023,
		Sections: []store.Section{
			{Label: "METHODS", Text: "Systematic review of ICU inpatients receiving honey mouth care, with VAP as the outcome."},
			{Label: "RESULTS", Text: "A meta-analysis of 5 studies found no statistically significant effect of honey mouth care (RR 0.69, 95% CI 0.46-1.03)."},
			{Label: "CONCLUSION", Text: "Although honey mouth care is increasingly used in ICUs, there is no scientific evidence that it gives a greater benefit in reducing VAP."},
		}}
	res := a.Assess(rec, set.Claims)
	if len(res.Assessments) != 1 || !res.Assessments[0].Flagged {
		t.Errorf("%+v: a review finding no scientific evidence of benefit not read against the benefit", res.Assessments)
	}
}

// "randomised to receive X or not" and "the X and no-X groups" name an
// untreated arm: the trial is the intervention against none.
func TestReceiveOrNotIsAnUntreatedArm(t *testing.T) {
	a := New()
	for _, text := range []string{
		"Adults with a fracture were randomised by record number to receive the splint or not. Pain scores were similar at 6 weeks.",
		"Adults with a fracture were enrolled. Pain and function were comparable between the splint and no-splint groups at baseline.",
	} {
		r := a.Read(store.Record{Title: "A splint after wrist fracture", Year: 2020, Abstract: text})
		if r.Comparator != ComparatorNone {
			t.Errorf("%q: comparator %q, want %q", text, r.Comparator, ComparatorNone)
		}
	}
}

// "Pulmonary embolism, however, was significantly more frequent with X":
// the "however" set off by commas sits between the subject and its verb,
// so the outcome and its result are one finding.
func TestHoweverBetweenSubjectAndVerb(t *testing.T) {
	set := parseClaims(t, `
[[claim]]
id = "safety"
statement = "The drug carries no significant risk of venous thromboembolism in head injury."
verdict = "no_risk"
as_of = 2015
population = ["head injury"]
intervention = ["the drug"]
outcomes = ["mortality"]
harms = ["pulmonary embolism"]
`)
	a := New(set.Claims...)
	rec := store.Record{Title: "The drug in head injury: a randomised open trial", Year: 2019,
		Abstract: "We randomised 180 adults with head injury to the drug or placebo. Mortality was similar. " +
			"Pulmonary embolism, however, was significantly more frequent with the drug (11.5 versus 2.4%, p = 0.02)."}
	res := a.Assess(rec, set.Claims)
	if len(res.Assessments) != 1 || res.Assessments[0].Direction != DirectionHarm || !res.Assessments[0].Flagged {
		t.Errorf("%+v: the embolism excess split from its subject", res.Assessments)
	}
	er := newEffectRules()
	if got := er.clauses("Pain improved, however, mortality did not differ."); len(got) != 2 {
		t.Errorf("a however between two clauses no longer splits them: %q", got)
	}
}

// "This review asked ... 78 randomised controlled studies with 59,216
// women were included": a review that counts the studies it included is
// systematic, though its summary names no database; a trial's "this
// review board" or a review without a count is not made one.
func TestReviewCountingItsIncludedStudies(t *testing.T) {
	a := New()
	rec := store.Record{Title: "Postpartum misoprostol for preventing maternal mortality", Year: 2013,
		Abstract: "This review asked whether misoprostol given after birth lowers maternal deaths. " +
			"78 randomised controlled studies with 59,216 women were included. Misoprostol did not reduce maternal deaths."}
	if r := a.Read(rec); r.Design != DesignSystematicReview {
		t.Errorf("design %q, want %q", r.Design, DesignSystematicReview)
	}
	rec.Abstract = "This review asked whether misoprostol given after birth lowers maternal deaths, from the trials we know of."
	if r := a.Read(rec); r.Design == DesignSystematicReview {
		t.Errorf("a review that counts no included studies read as systematic")
	}
}

// "Early rehabilitation also improved quality of life and walking distance
// and did not change the drop-out rate": the null predicate is about the
// drop-out rate only, a clause of its own.
func TestAndDidNotChangeIsAClauseOfItsOwn(t *testing.T) {
	er := newEffectRules()
	got := er.clauses("Early rehabilitation also improved quality of life and walking distance and did not change the drop-out rate.")
	if len(got) != 2 || strings.Contains(got[0], "did not") {
		t.Errorf("clauses %q: the null predicate not split from the improvement", got)
	}
}

// "Median time to hospitalisation/death was 113 days in the intervention
// group and 105 in the control group (P = 0.048)": a time until the event,
// longer with the intervention, is no report of harm.
func TestTimeToAnEventIsNoHarm(t *testing.T) {
	set := parseClaims(t, `
[[claim]]
id = "safety"
statement = "Rehabilitation carries no significant risk of serious adverse events in COPD."
verdict = "no_risk"
as_of = 2015
population = ["copd"]
intervention = ["rehabilitation"]
harms = ["death", "hospitalisation"]
`)
	a := New(set.Claims...)
	rec := store.Record{Title: "Home rehabilitation in COPD: a randomised trial", Year: 2018,
		Abstract: "We randomised 112 patients with COPD to home rehabilitation or usual care. " +
			"Median time to hospitalisation/death was 113.4 days with rehabilitation and 104.7 days with usual care (P = 0.0484)."}
	res := a.Assess(rec, set.Claims)
	if len(res.Assessments) == 1 && (res.Assessments[0].Flagged || res.Assessments[0].Direction == DirectionHarm) {
		t.Errorf("%+v: a longer time to death read as harm", res.Assessments)
	}
	rec.Abstract = "We randomised 112 patients with COPD to home rehabilitation or usual care. " +
		"Hospitalisation was significantly more frequent with rehabilitation (30% vs 18%, P = 0.01)."
	if res := a.Assess(rec, set.Claims); len(res.Assessments) != 1 || !res.Assessments[0].Flagged {
		t.Errorf("%+v: more hospitalisation with the intervention no longer a harm", res.Assessments)
	}
}

// "time to event (hospitalisation and death), dyspnoea (MRC)": an acronym
// that spells no initials stands for the words after the list's last
// comma ("dyspnoea"), not for the list before it.
func TestAcronymAfterAListStandsForItsLastItem(t *testing.T) {
	set := parseClaims(t, `
[[claim]]
id = "safety"
statement = "Rehabilitation carries no significant risk of serious adverse events in COPD."
verdict = "no_risk"
as_of = 2015
population = ["copd"]
intervention = ["rehabilitation"]
harms = ["death"]
`)
	a := New(set.Claims...)
	rec := store.Record{Title: "Home rehabilitation in COPD: a randomised trial", Year: 2018,
		Sections: []store.Section{
			{Label: "OBJECTIVE", Text: "Secondary outcomes were time to event (hospitalisation and death), dyspnoea (MRC) and disability."},
			{Label: "RESULTS", Text: "We randomised 112 patients with COPD to home rehabilitation or usual care. MRC (P = 0.0500) improved significantly more with rehabilitation than with usual care."},
		}}
	res := a.Assess(rec, set.Claims)
	if len(res.Assessments) == 1 && (res.Assessments[0].Flagged || res.Assessments[0].Direction == DirectionHarm) {
		t.Errorf("%+v: the dyspnoea scale read as death", res.Assessments)
	}
}

// "NICU admission rates were 2.8% (95% CI 1.5-4.8%) for land births": an
// interval on one group's rate is no significant difference between
// groups; an interval on a difference still is.
func TestIntervalOnOneGroupsRate(t *testing.T) {
	er := newEffectRules()
	if er.isSig("NICU admission rates were 2.8% (95% CI 1.5-4.8%) for land births and 4.1% (95% CI 2.8-5.8%) for water births.") {
		t.Error("each group's rate and its interval read as a significant difference")
	}
	if !er.isSig("The risk difference was 1.3% (95% CI 0.2-2.4%) for water births.") {
		t.Error("an interval on a difference no longer significant")
	}
}

// "...fell from 14.1 to 13.2 with music therapy and from 13.5 to 12.6 with
// standard care; the mean difference of 0.06 was not significant": the
// clause takes back the one before it, one null finding on its outcome.
func TestDifferenceOfAFigureNotSignificant(t *testing.T) {
	er := newEffectRules()
	got := er.clauses("Mean symptom severity fell from 14.08 to 13.23 with music therapy and from 13.49 to 12.58 with standard care; the mean difference of 0.06 was not significant.")
	if len(got) != 1 {
		t.Errorf("clauses %q: the taken-back difference split from its outcome", got)
	}
	if got := er.clauses("Severity fell with music therapy; the mean difference of 0.06 in anxiety was not significant."); len(got) != 2 {
		t.Errorf("clauses %q: a difference naming its own outcome joined to the clause before", got)
	}
}

// "In a randomized controlled design, this trial replicated positive
// effects of CBT on tinnitus distress": "controlled" names the design, not
// the control group as the subject of the result.
func TestControlledDesignIsNoComparatorSubject(t *testing.T) {
	er := newEffectRules()
	g := groups{treat: newTermSet([]string{"cbt"}), comp: er.control}
	toks := tokens("In a randomized controlled design, this trial replicated earlier positive effects of CBT on tinnitus distress.")
	if er.subjectIsComparator(toks, g) {
		t.Error("the design's \"controlled\" read as the control group, the subject of the result")
	}
	if !er.subjectIsComparator(tokens("The control group had less tinnitus distress than the CBT group."), g) {
		t.Error("the control group as the subject no longer found")
	}
}

// "...no difference in full response rates between the two alarms": both
// arms had the intervention, so the trial says nothing about it against
// none; "both exercise groups" may be two arms of three beside usual care.
func TestTheTwoInterventionsAreTwoActiveArms(t *testing.T) {
	set := parseClaims(t, `
[[claim]]
id = "wet"
statement = "Enuresis alarms help children with bedwetting become dry."
verdict = "benefit"
as_of = 2005
population = ["enuresis"]
intervention = ["alarm", "alarms"]
outcomes = ["full response"]
`)
	a := New(set.Claims...)
	rec := store.Record{Title: "A randomised trial of a code-word enuresis alarm", Year: 2016,
		Abstract: "Of 353 children with enuresis, 176 were allocated to the code-word alarm and 177 to the control alarm. " +
			"Full response was reached by 54% and 47% (p = 0.22); no difference between the two alarms was shown."}
	res := a.Assess(rec, set.Claims)
	if len(res.Assessments) != 1 || res.Assessments[0].Flagged || res.Assessments[0].Direction != DirectionUnclear {
		t.Errorf("%+v: a trial of two alarms read as the alarm against none", res.Assessments)
	}
	rec.Abstract = "Of 353 children with enuresis, 176 were allocated to the alarm and 177 to no treatment. " +
		"Full response was more frequent with the alarm than with no treatment (54% vs 27%, p < 0.001); both alarm groups were small."
	if res := a.Assess(rec, set.Claims); len(res.Assessments) != 1 || res.Assessments[0].Direction != DirectionBenefit {
		t.Errorf("%+v: \"both alarm groups\" made the untreated comparison active", res.Assessments)
	}
}

// In a network meta-analysis, "Dexmedetomidine reduced delirium compared
// with control" is about one of the other treatments ranked: a sentence
// that never names the claim's intervention is not its finding.
func TestNetworkMetaAnalysisSentenceOfAnotherTreatment(t *testing.T) {
	set := parseClaims(t, `
[[claim]]
id = "prevent"
statement = "Evidence is insufficient that antipsychotics prevent delirium after surgery."
verdict = "insufficient"
as_of = 2019
population = ["surgery", "surgical patients"]
intervention = ["haloperidol", "antipsychotic*"]
outcomes = ["delirium"]
`)
	a := New(set.Claims...)
	rec := store.Record{Title: "Drugs for preventing delirium after surgery: a network meta-analysis", Year: 2021,
		Sections: []store.Section{
			{Label: "METHODS", Text: "We searched MEDLINE and Embase for randomised trials of drugs to prevent delirium in adult surgical patients and did a network meta-analysis."},
			{Label: "RESULTS", Text: "Forty trials were included. Dexmedetomidine reduced delirium compared with control (OR 0.45, 95% CI 0.30 to 0.66). Haloperidol did not differ from placebo (OR 0.91, 95% CI 0.60 to 1.38)."},
			{Label: "CONCLUSIONS", Text: "Dexmedetomidine reduced postoperative delirium compared with control."},
		}}
	res := a.Assess(rec, set.Claims)
	if len(res.Assessments) != 1 || res.Assessments[0].Flagged {
		t.Errorf("%+v: another ranked drug's result credited to the intervention", res.Assessments)
	}
}

// "adding oral levodopa to 2 hours of daily patching does not improve
// acuity compared with placebo": every arm had the claim's intervention;
// the null result is the added drug's.
func TestAddingSomethingToTheIntervention(t *testing.T) {
	set := parseClaims(t, `
[[claim]]
id = "acuity"
statement = "Patching improves visual acuity in children with amblyopia."
verdict = "benefit"
as_of = 2014
population = ["amblyopia"]
intervention = ["patching"]
outcomes = ["acuity"]
`)
	a := New(set.Claims...)
	rec := store.Record{Title: "Levodopa with patching for residual amblyopia: a randomised trial", Year: 2015,
		Abstract: "We randomised 139 children with residual amblyopia to oral levodopa or placebo with 2 hours of daily patching. " +
			"Adding oral levodopa to 2 hours of daily patching does not improve acuity compared with placebo."}
	res := a.Assess(rec, set.Claims)
	if len(res.Assessments) == 1 && res.Assessments[0].Flagged {
		t.Errorf("%+v: the added drug's null result read as the intervention's", res.Assessments)
	}
	rec.Abstract = "We randomised 139 children with amblyopia to patching or glasses alone. " +
		"Adding patching to glasses did not improve acuity compared with glasses alone."
	if res := a.Assess(rec, set.Claims); len(res.Assessments) != 1 || !res.Assessments[0].Flagged {
		t.Errorf("%+v: the intervention added to glasses no longer tested", res.Assessments)
	}
}

// "Timing of prophylactic antibiotics for caesarean: a meta-analysis"
// compares two regimens of the intervention, not the intervention against
// none (as a trial of antibiotics "before skin incision or after cord
// clamping" already was); a placebo-controlled trial is still the
// intervention against none.
func TestRegimensOfTheIntervention(t *testing.T) {
	set := parseClaims(t, `
[[claim]]
id = "infection"
statement = "Prophylactic antibiotics at caesarean reduce wound infection."
verdict = "benefit"
as_of = 2014
population = ["caesarean"]
intervention = ["antibiotic*"]
lower_is_better = ["wound infection", "endometritis"]
`)
	a := New(set.Claims...)
	review := store.Record{Title: "Timing of prophylactic antibiotics for caesarean delivery: a systematic review and meta-analysis", Year: 2023,
		Abstract: "PubMed and Embase were searched for randomised trials of antibiotics before skin incision versus after cord clamping at caesarean. " +
			"Sixteen trials with 8027 women were included. Wound infection did not differ (RR 0.94, 95% CI 0.70 to 1.26)."}
	trial := store.Record{Title: "Antibiotic prophylaxis at elective caesarean: a randomised trial", Year: 2015,
		Abstract: "410 women having a caesarean were randomised to antibiotics before skin incision or after cord clamping. " +
			"Wound infection did not differ (RR 1.02, 95% CI 0.47 to 2.22)."}
	for _, rec := range []store.Record{review, trial} {
		res := a.Assess(rec, set.Claims)
		if len(res.Assessments) != 1 || res.Assessments[0].Flagged {
			t.Errorf("%q: %+v: two regimens read as the intervention against none", rec.Title, res.Assessments)
		}
	}
	trial.Abstract = "410 women having a caesarean were randomised to antibiotics or placebo. Wound infection did not differ (RR 1.02, 95% CI 0.47 to 2.22)."
	if res := a.Assess(trial, set.Claims); len(res.Assessments) != 1 || !res.Assessments[0].Flagged {
		t.Errorf("%+v: a placebo-controlled null trial no longer goes against the benefit", res.Assessments)
	}
}

// "31 new fractures in 15 patients in the vertebroplasty group and 28 in
// 19 patients in the sham group ... did not differ significantly": in a
// randomised trial, a harm counted in both arms is no report of harm
// where the trial says it did not differ; counted alone, it still is.
func TestHarmCountedInBothArmsThatDidNotDiffer(t *testing.T) {
	set := parseClaims(t, `
[[claim]]
id = "safety"
statement = "Vertebroplasty has no proven increase in new vertebral fractures."
verdict = "no_risk"
as_of = 2018
population = ["vertebral fracture*"]
intervention = ["vertebroplasty"]
harms = ["new fracture*"]
`)
	a := New(set.Claims...)
	counts := "We randomised 180 patients with vertebral fractures to vertebroplasty or a sham procedure. " +
		"After 12 months, 31 new fractures occurred in 15 patients in the vertebroplasty group and 28 new fractures in 19 patients in the sham group."
	rec := store.Record{Title: "Vertebroplasty versus sham procedure: a randomised trial", Year: 2019,
		Abstract: counts + " The occurrence of new fractures did not differ significantly between groups (p = 0.36)."}
	res := a.Assess(rec, set.Claims)
	if len(res.Assessments) != 1 || res.Assessments[0].Flagged || res.Assessments[0].Direction == DirectionHarm {
		t.Errorf("%+v: harms counted in both arms that did not differ read as a harm", res.Assessments)
	}
	rec.Abstract = counts
	if res := a.Assess(rec, set.Claims); len(res.Assessments) != 1 || !res.Assessments[0].Flagged {
		t.Errorf("%+v: a trial's count of harms with nothing said of the difference no longer a report of harm", res.Assessments)
	}
}

// "tubes improve hearing at 1 to 3 months, with no evidence of benefit by
// 12 to 24 months": the benefit is a finding of its own, not taken back
// by the null about a later time.
func TestWithNoEvidenceOfBenefitIsAClauseOfItsOwn(t *testing.T) {
	set := parseClaims(t, `
[[claim]]
id = "hearing"
statement = "Grommets improve hearing in children with otitis media with effusion."
verdict = "benefit"
as_of = 2010
population = ["otitis media"]
intervention = ["tympanostomy tube*"]
outcomes = ["hearing"]
`)
	a := New(set.Claims...)
	rec := store.Record{Title: "Tympanostomy tubes in children with otitis media: a systematic review", Year: 2017,
		Sections: []store.Section{
			{Label: "METHODS", Text: "We searched MEDLINE and Embase and included 147 studies of children with otitis media."},
			{Label: "CONCLUSIONS", Text: "Compared with watchful waiting, tympanostomy tubes improve hearing at 1 to 3 months, with no evidence of benefit by 12 to 24 months."},
		}}
	res := a.Assess(rec, set.Claims)
	if len(res.Assessments) != 1 || res.Assessments[0].Flagged || res.Assessments[0].Direction == DirectionNoEffect {
		t.Errorf("%+v: a benefit followed by \"with no evidence of benefit\" later read as no benefit", res.Assessments)
	}
}

// "Adenoidectomy did not increase the hearing benefit of ventilation
// tubes": the finding is the added treatment's, every arm had the tubes.
func TestAddOnDidNotIncreaseTheInterventionsBenefit(t *testing.T) {
	set := parseClaims(t, `
[[claim]]
id = "hearing"
statement = "Grommets improve hearing in children with otitis media with effusion."
verdict = "benefit"
as_of = 2010
population = ["otitis media"]
intervention = ["ventilation tube*"]
controls = ["watchful waiting", "observation"]
outcomes = ["hearing"]
`)
	a := New(set.Claims...)
	rec := store.Record{Title: "Adjuvant adenoidectomy in otitis media with effusion: hearing outcomes in a randomised trial", Year: 2012,
		Sections: []store.Section{
			{Label: "OBJECTIVES", Text: "To establish what adenoidectomy adds to ventilation tubes for hearing in children with otitis media with effusion."},
			{Label: "DESIGN", Text: "Three-arm randomised controlled trial: observation, ventilation tubes, or ventilation tubes plus adenoidectomy."},
			{Label: "RESULTS", Text: "376 children were randomised. Adenoidectomy did not increase the hearing-threshold benefit of ventilation tubes, 8.8 dB (CI 7.1-10.5)."},
		}}
	res := a.Assess(rec, set.Claims)
	if len(res.Assessments) != 1 || res.Assessments[0].Flagged {
		t.Errorf("%+v: the add-on's null read as the tubes' own", res.Assessments)
	}
	rec.Title, rec.Sections = "Ventilation tubes in otitis media with effusion: a randomised trial", nil
	rec.Abstract = "We randomised 425 children with otitis media with effusion to ventilation tubes or watchful waiting. " +
		"Ventilation tubes did not improve hearing compared with watchful waiting (p = 0.6)."
	if res := a.Assess(rec, set.Claims); len(res.Assessments) != 1 || !res.Assessments[0].Flagged {
		t.Errorf("%+v: the tubes' own null no longer goes against the benefit", res.Assessments)
	}
}

// "Low- versus high-dose botulinum toxin ...: a systematic review": two
// doses of the intervention, no comparison with none.
func TestReviewOfTwoDosesComparesRegimens(t *testing.T) {
	set := parseClaims(t, `
[[claim]]
id = "tone"
statement = "Evidence is insufficient that botulinum toxin reduces spasticity in children with cerebral palsy."
verdict = "insufficient"
as_of = 2019
population = ["cerebral palsy"]
intervention = ["botulinum toxin"]
lower_is_better = ["spasticity"]
`)
	a := New(set.Claims...)
	rec := store.Record{Title: "Low- versus high-dose botulinum toxin for spasticity in children with cerebral palsy: a systematic review and meta-analysis", Year: 2023,
		Abstract: "Botulinum toxin is widely used for spasticity, and in children with cerebral palsy intramuscular botulinum toxin can temporarily reduce spasticity. " +
			"It is a systematic review and meta-analysis of randomised controlled trials comparing low-dose with high-dose botulinum toxin, searching MEDLINE from inception to August 2023. " +
			"Three trials with 512 participants were included. " +
			"The authors conclude there were no significant differences in efficacy between high and low doses in children with cerebral palsy, and that further research is needed."}
	res := a.Assess(rec, set.Claims)
	if len(res.Assessments) != 1 || res.Assessments[0].Flagged {
		t.Errorf("%+v: a review of two doses read as the intervention against none", res.Assessments)
	}
	rec.Title = "Botulinum toxin for spasticity in children with cerebral palsy: a systematic review and meta-analysis"
	rec.Abstract = "We searched MEDLINE and included three randomised trials with 512 participants. " +
		"Botulinum toxin significantly reduced spasticity compared with placebo (SMD -0.8, 95% CI -1.2 to -0.4)."
	if res := a.Assess(rec, set.Claims); len(res.Assessments) != 1 || !res.Assessments[0].Flagged {
		t.Errorf("%+v: a review of the toxin against placebo no longer goes against \"insufficient\"", res.Assessments)
	}
}

// "Risk factors for failure were poor compliance (RR 2.40, p = 0.009) and
// developmental delay (RR 1.44, p = 0.042)": what predicted the outcome
// among those treated, not a harm of the treatment; the treatment named
// among the predictors still is one.
func TestRiskFactorsAreNoEffectOfTheIntervention(t *testing.T) {
	set := parseClaims(t, `
[[claim]]
id = "safety"
statement = "Helmet therapy has no serious harms."
verdict = "no_risk"
as_of = 2014
population = ["plagiocephaly"]
intervention = ["helmet*"]
harms = ["developmental delay", "pneumonia"]
`)
	a := New(set.Claims...)
	rec := store.Record{Title: "Helmet therapy for positional plagiocephaly: a cohort of 4378 infants", Year: 2015,
		Abstract: "We reviewed 4378 infants with positional plagiocephaly treated with a helmet. " +
			"Risk factors for helmet failure were poor compliance (relative risk 2.40, p = 0.009) and developmental delay (relative risk 1.44, p = 0.042)."}
	res := a.Assess(rec, set.Claims)
	if len(res.Assessments) == 1 && (res.Assessments[0].Flagged || res.Assessments[0].Direction == DirectionHarm) {
		t.Errorf("%+v: a predictor of failure read as a harm of the helmet", res.Assessments)
	}
	rec.Abstract = "We reviewed 4378 infants with positional plagiocephaly. " +
		"Independent risk factors for developmental delay were prematurity and helmet use (relative risk 1.44, p = 0.042)."
	if res := a.Assess(rec, set.Claims); len(res.Assessments) != 1 || !res.Assessments[0].Flagged {
		t.Errorf("%+v: the helmet named among the risk factors of a harm no longer a report of harm", res.Assessments)
	}
}

// "Diarrhoea is a common side effect of antibiotics, seen in 5-30% of
// patients" and "the resistome was compared between the arms": what is
// known already and what was measured, not what the study found.
func TestKnownSideEffectAndComparedBetweenAreNoFindings(t *testing.T) {
	set := parseClaims(t, `
[[claim]]
id = "safety"
statement = "Routine amoxicillin for children with severe acute malnutrition causes no significant harm."
verdict = "no_risk"
as_of = 2013
population = ["severe acute malnutrition"]
intervention = ["antibiotic*", "amoxicillin"]
harms = ["diarrhoea", "resistome"]
`)
	a := New(set.Claims...)
	rec := store.Record{Title: "Antibiotics in uncomplicated severe acute malnutrition: a randomised trial", Year: 2024,
		Abstract: "Children with severe acute malnutrition are treated as outpatients with a course of oral antibiotics such as amoxicillin. " +
			"Diarrhoea is a common side effect of antibiotics, seen in about 5-30% of patients. " +
			"We randomised 400 children with severe acute malnutrition to amoxicillin or placebo. " +
			"Rectal swabs were taken at baseline and the resistome was compared between the amoxicillin and placebo arms."}
	res := a.Assess(rec, set.Claims)
	if len(res.Assessments) == 1 && (res.Assessments[0].Flagged || res.Assessments[0].Direction == DirectionHarm) {
		t.Errorf("%+v: background knowledge or a methods sentence read as a harm found", res.Assessments)
	}
	rec.Abstract += " Diarrhoea was significantly more frequent with amoxicillin than with placebo (12% vs 5%, p = 0.01)."
	if res := a.Assess(rec, set.Claims); len(res.Assessments) != 1 || !res.Assessments[0].Flagged {
		t.Errorf("%+v: a significant excess of diarrhoea no longer a harm", res.Assessments)
	}
}

// min_age_months: a record whose participants are all younger (by the
// oldest age it gives) is out of the claim's scope; one that gives no
// age, or an age range reaching the minimum, stays in.
func TestMinimumAgeOfTheClaim(t *testing.T) {
	set := parseClaims(t, `
[[claim]]
id = "adults"
statement = "Evidence is insufficient that exercise helps adults with asthma."
verdict = "insufficient"
as_of = 2015
population = ["asthma"]
intervention = ["exercise"]
outcomes = ["lung function"]
min_age_months = 216
`)
	a := New(set.Claims...)
	for _, tc := range []struct {
		who  string
		want bool
	}{
		{"children aged 6 to 12 years with asthma", false},
		{"adolescents aged 12-17 years with asthma", false},
		{"people aged 12 to 40 years with asthma", true},
		{"adults with asthma", true},
		{"patients aged 16 years or older with asthma", true},
		{"patients aged 16+ years with asthma", true},
	} {
		rec := store.Record{Title: "Exercise for asthma: a randomised trial", Year: 2020,
			Abstract: "We randomised 120 " + tc.who + " to exercise or usual care. Lung function improved significantly with exercise (p = 0.01)."}
		res := a.Assess(rec, set.Claims)
		if got := len(res.Assessments) == 1 && res.Assessments[0].Relevant; got != tc.want {
			t.Errorf("%s: relevant %v, want %v (%+v)", tc.who, got, tc.want, res.Assessments)
		}
	}
}

// population_exclude_always: out of scope whatever population_core names;
// population_exclude stays rescued by a core phrase.
func TestPopulationExcludedAlways(t *testing.T) {
	set := parseClaims(t, `
[[claim]]
id = "egfr"
statement = "Allopurinol does not slow kidney function decline in chronic kidney disease."
verdict = "no_effect"
as_of = 2020
population = ["chronic kidney disease"]
population_exclude = ["gout"]
population_exclude_always = ["haemodialysis"]
population_core = ["patients with chronic kidney disease"]
intervention = ["allopurinol"]
outcomes = ["egfr"]
`)
	a := New(set.Claims...)
	rec := func(who string) store.Record {
		return store.Record{Title: "Allopurinol in chronic kidney disease: a randomised trial", Year: 2022,
			Abstract: "We randomised 300 patients with chronic kidney disease" + who + " to allopurinol or placebo. eGFR declined less with allopurinol (p = 0.01)."}
	}
	for _, tc := range []struct {
		who  string
		want bool
	}{
		{"", true},
		{" and gout", true},          // rescued by the core phrase
		{" on haemodialysis", false}, // never rescued
		{" and gout on haemodialysis", false},
	} {
		res := a.Assess(rec(tc.who), set.Claims)
		if got := len(res.Assessments) == 1 && res.Assessments[0].Relevant; got != tc.want {
			t.Errorf("%q: relevant %v, want %v", tc.who, got, tc.want)
		}
	}
}

// "Mortality was 4.9 per 100 person-years with the drug and 5.8 without
// (hazard ratio [HR], 0.85 [95% CI, 0.77 to 0.93])": the one estimate the
// clause gives on its harm says fewer deaths, however the ratio is
// written and however far it stands from the harm's name.
func TestCohortHarmLowerByItsOneEstimate(t *testing.T) {
	set := parseClaims(t, `
[[claim]]
id = "safety"
statement = "Allopurinol causes no excess deaths in chronic kidney disease."
verdict = "no_risk"
as_of = 2020
population = ["chronic kidney disease"]
intervention = ["allopurinol"]
harms = ["mortality"]
`)
	a := New(set.Claims...)
	for _, est := range []string{"hazard ratio [HR], 0.85 [95% CI, 0.77 to 0.93]", "HR 0.85, 95% CI 0.77 to 0.93"} {
		rec := store.Record{Title: "Allopurinol and mortality in chronic kidney disease: a cohort study", Year: 2022,
			Abstract: "We studied a population-based cohort of patients with chronic kidney disease. " +
				"Mortality was 4.9 per 100 person-years in 5277 allopurinol initiators and 5.8 per 100 person-years in 5277 matched noninitiators (" + est + ")."}
		res := a.Assess(rec, set.Claims)
		if len(res.Assessments) != 1 || res.Assessments[0].Flagged || res.Assessments[0].Direction == DirectionHarm {
			t.Errorf("%s: %+v: fewer deaths with the drug read as a harm", est, res.Assessments)
		}
	}
}

// "A qualitative reading suggested that X might lower VAP and mortality,
// but the meta-analysis found no significant difference in either VAP or
// mortality": the suggestion is taken back; a null on other outcomes does
// not take it back.
func TestHedgedChangeTakenBackOnItsOutcomes(t *testing.T) {
	er := newEffectRules()
	cls := er.clauses("A qualitative reading suggested that early tracheotomy might lower VAP incidence and mortality, but the meta-analysis found no significant difference between ET and LT in either VAP or mortality.")
	if len(cls) != 1 || !er.isNull(cls[0]) {
		t.Errorf("clauses %q: want the suggestion taken back, one null clause", cls)
	}
	cls = er.clauses("Acupuncture may reduce pain, but it had no significant effect on function.")
	if len(cls) != 2 {
		t.Errorf("clauses %q: want the suggested benefit on pain apart from the null on function", cls)
	}
}

// "blood transfusion in 26% vs 12% (P 0.018)": a p-value written without
// its "=" is read; a bare "p 0" is not a p-value.
func TestPValueWithoutItsEqualsSign(t *testing.T) {
	er := newEffectRules()
	if ps := er.pvalues("blood transfusion in 26% vs 12% (P 0.018)"); len(ps) != 1 || !ps[0].sig {
		t.Errorf("pvalues %+v: want one significant p-value", ps)
	}
	if ps := er.pvalues("intraventricular haemorrhage in 9% vs 5% (P 0.407)"); len(ps) != 1 || !ps[0].null {
		t.Errorf("pvalues %+v: want one p-value saying no difference", ps)
	}
	if ps := er.pvalues("the p 0 group"); len(ps) != 0 {
		t.Errorf("pvalues %+v: want none", ps)
	}
}

// Both ends of a follow-up window are inside it, as README documents: "at
// 7 days" is inside max_follow_up_weeks = 1, "at 13 weeks" inside
// min_follow_up_weeks = 13; "at 8 days" and "at 12 weeks" are not.
func TestFollowUpWindowEndsAreInside(t *testing.T) {
	a := New()
	short := claims.Claim{MaxFollowUpWeeks: 1}
	long := claims.Claim{MinFollowUpWeeks: 13}
	for _, tc := range []struct {
		text string
		c    claims.Claim
		want bool
	}{
		{"re-bleeding at 7 days", short, true}, {"re-bleeding at 8 days", short, false},
		{"pain at 13 weeks", long, true}, {"pain at 12 weeks", long, false},
	} {
		if got := a.(*ruleAssessor).inFollowUpWindow(tc.text, tc.text, tc.c); got != tc.want {
			t.Errorf("%q in window %+v: %v, want %v", tc.text, tc.c, got, tc.want)
		}
	}
}

// "X lowered the risk of pneumonia, but the evidence is not yet sufficient
// to recommend routine use": a caveat on practice; the effect the
// conclusion states unhedged stands against "no effect".
func TestRoutineUseCaveatLeavesTheStatedEffect(t *testing.T) {
	set := parseClaims(t, `
[[claim]]
id = "pneumonia"
statement = "Preventive antibiotics do not reduce pneumonia after acute stroke."
verdict = "no_effect"
as_of = 2015
min_trial_n = 200
population = ["acute stroke"]
intervention = ["preventive antibiotics"]
lower_is_better = ["pneumonia"]
`)
	a := New(set.Claims...)
	rec := func(concl string) store.Record {
		return store.Record{Title: "Preventive antibiotics after acute stroke: a systematic review and meta-analysis", Year: 2018,
			Sections: []store.Section{
				{Label: "RESULTS", Text: "Six trials (4111 patients) with acute stroke were eligible. Compared with control, preventive antibiotics lowered the risk of pneumonia (RR 0.75, 95% CI 0.57-0.99)."},
				{Label: "CONCLUSION", Text: concl},
			}}
	}
	res := a.Assess(rec("Preventive antibiotics lowered the risk of pneumonia, but the evidence is not yet sufficient to recommend routine use of preventive antibiotics after acute stroke."), set.Claims)
	if len(res.Assessments) != 1 || !res.Assessments[0].Flagged {
		t.Errorf("%+v: a caveat on routine use read as evidence too weak to show the effect", res.Assessments)
	}
	res = a.Assess(rec("Preventive antibiotics may lower the risk of pneumonia, but the evidence is not yet sufficient to recommend routine use of preventive antibiotics after acute stroke."), set.Claims)
	if len(res.Assessments) != 1 || res.Assessments[0].Flagged {
		t.Errorf("%+v: a hedged effect with the caveat no longer read as evidence too weak", res.Assessments)
	}
}

// "X lowered the pain scores, with adverse events similar to placebo": the
// likeness is about adverse events, a clause of its own.
func TestWithSimilarIsAClauseOfItsOwn(t *testing.T) {
	er := newEffectRules()
	cls := er.clauses("Against placebo, curcumin lowered the WOMAC pain scores, with adverse events similar to placebo.")
	if len(cls) != 2 || er.isNull(cls[0]) || !er.isNull(cls[1]) {
		t.Errorf("clauses %q: want the benefit and the likeness of adverse events apart", cls)
	}
}

// "Primary trials have improved in quality in recent years" and "a
// probability of 0.7 of costing less per unit decrease in mRS" are no
// findings on the claim's outcomes.
func TestResearchAndPriceAreNoFindings(t *testing.T) {
	set := parseClaims(t, `
[[claim]]
id = "stay"
statement = "Evidence is insufficient that osteopathic treatment improves outcomes of preterm infants."
verdict = "insufficient"
as_of = 2014
population = ["preterm"]
intervention = ["osteopathic treatment"]
outcomes = ["mrs"]
`)
	a := New(set.Claims...)
	for _, text := range []string{
		"Trials of osteopathic treatment in preterm infants have improved in quality in recent years.",
		"Osteopathic treatment in preterm infants has a probability of 0.7 of costing less than standard care per unit decrease in mRS and per QALY.",
	} {
		ra := a.(*ruleAssessor)
		d := ra.text.newDoc(store.Record{Title: "Osteopathic treatment for preterm infants", Year: 2020, Sections: []store.Section{{Label: "CONCLUSIONS", Text: text}}})
		fs, _ := ra.findings(d, ra.scope(d, set.Claims[0]), DesignSystematicReview)
		if len(fs) != 0 {
			t.Errorf("%q: findings %+v, want none", text, fs)
		}
	}
}

// "..., but they relieve pain less well than ibuprofen": the pronoun is
// the intervention, the comparison one with another treatment.
func TestPronounComparedWithAnotherTreatment(t *testing.T) {
	set := parseClaims(t, `
[[claim]]
id = "pain"
statement = "Evidence is insufficient that curcumin reduces knee osteoarthritis pain compared with placebo."
verdict = "insufficient"
as_of = 2016
population = ["knee osteoarthritis"]
intervention = ["curcumin*"]
lower_is_better = ["pain"]
focus_exclude = ["ibuprofen"]
`)
	a := New(set.Claims...).(*ruleAssessor)
	sc := a.scope(a.text.newDoc(store.Record{Title: "Curcumin for knee osteoarthritis"}), set.Claims[0])
	if toks := tokens("they relieve pain less well than ibuprofen"); !a.thanAnother(toks, sc) {
		t.Errorf("%q: want a comparison with another treatment", toks)
	}
}

// "RR 0.90 (0.70 to 1.15)": the bracket after an estimate is its interval,
// whether or not it is called one.
func TestBracketAfterAnEstimateIsItsInterval(t *testing.T) {
	er := newEffectRules()
	for text, want := range map[string]bool{
		"All-cause mortality at 3 months: 298 per 1000 with placebo vs 278 per 1000 with steroids, RR 0.90 (0.70 to 1.15), 1861 participants": false,
		"mortality was lower (HR 0.85 (0.77-0.93))":          true,
		"pain scores favoured it (SMD -0.90 [-1.46, -0.34])": true,
		"function did not differ (MD 1.2 (-0.5 to 2.9))":     false,
	} {
		cis := er.intervals(text)
		if len(cis) != 1 || cis[0] != want {
			t.Errorf("%q: intervals %v, want one saying significant=%v", text, cis, want)
		}
		if er.isSig(text) != want {
			t.Errorf("%q: isSig %v, want %v", text, !want, want)
		}
	}
}

// "High-dose MP does not improve neurological recovery and may raise the
// risk of adverse events; the authors recommend against routine early use":
// no recommendation of the treatment, and the harm is a predicate of its
// own, not negated by the "does not improve" before it.
func TestRecommendAgainstAndASecondPredicate(t *testing.T) {
	set := parseClaims(t, `
[[claim]]
id = "recovery"
statement = "High-dose methylprednisolone does not improve neurological recovery after acute spinal cord injury."
verdict = "no_effect"
as_of = 2013
population = ["spinal cord injury"]
intervention = ["methylprednisolone", "mp"]
outcomes = ["neurological recovery"]

[[claim]]
id = "harm"
statement = "High-dose methylprednisolone after acute spinal cord injury increases complications."
verdict = "harm"
as_of = 2013
population = ["spinal cord injury"]
intervention = ["methylprednisolone", "mp"]
lower_is_better = ["adverse events"]
`)
	a := New(set.Claims...)
	rec := store.Record{Title: "Methylprednisolone for acute spinal cord injury: a systematic review and meta-analysis", Year: 2019,
		Sections: []store.Section{
			{Label: "RESULTS", Text: "Thirteen studies with 1863 patients with acute spinal cord injury were included."},
			{Label: "CONCLUSIONS", Text: "On current evidence, high-dose MP does not improve neurological recovery compared with controls and may raise the risk of adverse events; the authors recommend against routine early use of high-dose MP after acute spinal cord injury."},
		}}
	res := a.Assess(rec, set.Claims)
	if len(res.Assessments) != 2 {
		t.Fatalf("%d assessments, want 2: %+v", len(res.Assessments), res.Assessments)
	}
	for _, as := range res.Assessments {
		if as.Flagged {
			t.Errorf("%s flagged: %q", as.Claim, as.Reasons)
		}
	}
	if r := a.Read(rec); r.Stance == StancePositive {
		t.Errorf("stance %q: advice against the treatment read as a positive stance", r.Stance)
	}
}

// "Correction of vitamin D deficiency in critically ill patients" is a
// study's title, not a correction notice; "Correction: ..." and
// "Correction to: ..." are notices.
func TestCorrectionOfAConditionIsNoNotice(t *testing.T) {
	a := New()
	for title, want := range map[string]bool{
		"Correction of vitamin D deficiency in critically ill patients - VITdAL@ICU study protocol of a randomized clinical trial": false,
		"Correction: Vitamin D for critically ill adults":                                                                          true,
		"Correction to: Zinc for neonatal sepsis":                                                                                  true,
		"Erratum: Vitamin D for critically ill adults":                                                                             true,
	} {
		r := a.Read(store.Record{Title: title, Year: 2012, Abstract: "A trial of 480 patients."})
		if (r.Notice != "") != want {
			t.Errorf("%q: notice %q, want notice %v", title, r.Notice, want)
		}
	}
}

// "after 10 days, 1 and 4 neonates respectively had high probable sepsis":
// counts of an event in each group, not the groups' sizes.
func TestRespectiveCountsOfAnEventAreNoGroupSizes(t *testing.T) {
	set := parseClaims(t, `
[[claim]]
id = "mortality"
statement = "Evidence is insufficient that zinc reduces mortality in newborns with sepsis."
verdict = "insufficient"
as_of = 2015
population = ["sepsis"]
participants = ["neonates"]
intervention = ["zinc"]
lower_is_better = ["mortality"]
`)
	a := New(set.Claims...)
	r := a.Read(store.Record{Title: "Zinc supplementation in preterm neonates with late-onset sepsis: a randomised trial", Year: 2020,
		Sections: []store.Section{
			{Label: "STUDY DESIGN", Text: "Prospective randomised clinical trial at a university hospital from August 2016 to March 2018 in 180 preterm neonates with late-onset sepsis. Group 1 (90 neonates) received zinc plus antibiotics and group 2 (90 neonates) received antibiotics plus placebo."},
			{Label: "RESULTS", Text: "After 10 days of treatment, 1 and 4 neonates respectively had high probable sepsis, a significant difference (p = 0.045)."},
		}})
	if r.N != 180 {
		t.Errorf("n %d, want 180: the event counts read as the trial's size", r.N)
	}
}

// "The review found ... The review contains 22 studies involving 2880
// participants": a review that counts its included studies.
func TestReviewContainingItsStudies(t *testing.T) {
	a := New()
	r := a.Read(store.Record{Title: "Breathing exercises for adults with asthma", Year: 2020,
		Abstract: "The review found that breathing exercises probably brought some improvement in quality of life for adults with asthma. The review contains 22 studies involving 2880 participants."})
	if r.Design != DesignSystematicReview {
		t.Errorf("design %q, want %q", r.Design, DesignSystematicReview)
	}
}

// "equivalent to a fall in risk from 30 to 3 per thousand" restates the
// size of the change: no null result.
func TestRestatedChangeIsNoNull(t *testing.T) {
	er := newEffectRules()
	for _, s := range []string{
		"Stockings led to a large reduction in symptomless DVT, equivalent to a fall in risk from 30 to 3 per thousand passengers.",
		"Wearing compression stockings led to a large reduction in symptomless DVT compared with not wearing them, equivalent to a fall in risk from a few tens per thousand passengers to two or three per thousand.",
	} {
		if er.isNull(s) {
			t.Errorf("%q read as no difference", s)
		}
	}
	if !er.isNull("Pain scores were equivalent to those with placebo.") {
		t.Error("arms found equivalent no longer read as no difference")
	}
}

// README: for a harm claim, an outcome in lower_is_better that a large
// trial finds significantly less frequent goes against the claim; the same
// term in harms is a side effect, and fewer of it does not. A trial finding
// no difference goes against it either way.
func TestHarmClaimListsAsDocumented(t *testing.T) {
	for _, tc := range []struct {
		key, result string
		flagged     bool
	}{
		{"lower_is_better", "Serious infections were significantly less frequent with prednisolone than with placebo (8% vs 15%, p = 0.01).", true},
		{"harms", "Serious infections were significantly less frequent with prednisolone than with placebo (8% vs 15%, p = 0.01).", false},
		{"lower_is_better", "Serious infections did not differ between prednisolone and placebo (13% vs 12%, p = 0.71).", true},
		{"harms", "Serious infections did not differ between prednisolone and placebo (13% vs 12%, p = 0.71).", true},
		{"harms", "Serious infections were significantly more frequent with prednisolone than with placebo (15% vs 8%, p = 0.01).", false},
	} {
		set := parseClaims(t, `
[[claim]]
id = "infection"
statement = "Corticosteroids in severe alcoholic hepatitis increase serious infections."
verdict = "harm"
as_of = 2015
population = ["alcoholic hepatitis"]
intervention = ["prednisolone"]
`+tc.key+` = ["serious infections"]
`)
		res := New(set.Claims...).Assess(store.Record{Title: "Prednisolone for severe alcoholic hepatitis: a randomised placebo-controlled trial", Year: 2019,
			Abstract: "We randomised 400 patients with severe alcoholic hepatitis to prednisolone or placebo. " + tc.result}, set.Claims)
		if len(res.Assessments) != 1 || res.Assessments[0].Flagged != tc.flagged {
			t.Errorf("%s, %q: %+v, want flagged %v", tc.key, tc.result, res.Assessments, tc.flagged)
		}
	}
}

// "lower mortality (OR 0.51; 95% CI 0.12-2.19; p = 0.36), fewer ICU
// admissions (OR 0.19; 95% CI 0.06-0.54; p = 0.002)": each item of a list
// of results is judged by its own figures; a list whose items all agree
// stays one clause.
func TestListedResultsTakeTheirOwnFigures(t *testing.T) {
	er := newEffectRules()
	cls := er.clauses("Compared with no supplementation, vitamin D went with lower 14-day mortality (OR = 0.51; 95% CI: 0.12-2.19; p = 0.36), fewer intensive care unit admissions (OR = 0.19; 95% CI: 0.06-0.54; p = 0.002) and less mechanical ventilation (OR = 0.36; 95% CI: 0.16-0.80; p = 0.01).")
	if len(cls) != 2 || er.isSig(cls[0]) || !strings.Contains(cls[0], "mortality") || strings.Contains(cls[0], "admissions") || !er.isSig(cls[1]) {
		t.Errorf("clauses %q: want the mortality item apart, not significant, and the admissions significant", cls)
	}
	all := "Ondansetron increased the proportion whose vomiting stopped (RR 1.44, 95% CI 1.29 to 1.61), reduced admission (RR 0.40, 95% CI 0.19 to 0.83)."
	if cls := er.clauses(all); len(cls) != 1 {
		t.Errorf("clauses %q: want one clause when every item is significant", cls)
	}
}

// "associated with earlier meconium evacuation, but the clinical importance
// of this is uncertain": the review doubts what its finding is worth.
func TestClinicalImportanceUncertainIsAJudgement(t *testing.T) {
	er := newEffectRules()
	for _, cl := range []string{
		"the clinical importance of this is uncertain",
		"the clinical relevance of these findings remains unclear",
	} {
		if !er.insufficient.MatchString(cl) {
			t.Errorf("%q: want a judgement that the evidence is too weak", cl)
		}
	}
	if er.insufficient.MatchString("the clinical importance of early feeding is well established") {
		t.Error("an established importance read as a weak judgement")
	}
}

// "significantly lowered children's pain without adverse effects": the
// absence of harms is a clause of its own, not a harm of the benefit's.
func TestWithoutAdverseEffectsIsAClauseOfItsOwn(t *testing.T) {
	er := newEffectRules()
	cls := er.clauses("The cold-vibrating device significantly lowered children's pain without adverse effects.")
	if len(cls) != 2 || !strings.Contains(cls[0], "pain") || strings.Contains(cls[0], "adverse") || !strings.HasPrefix(cls[1], "no adverse effects") {
		t.Errorf("clauses %q: want the benefit and the absence of adverse effects apart", cls)
	}
}

// "Glycerin suppositories did not shorten the time to full feeds": two of
// the intervention's terms side by side name one treatment, not two
// compared with each other.
func TestTermsSideBySideAreOneTreatment(t *testing.T) {
	er := newEffectRules()
	treat := newTermSet([]string{"glycerin*", "suppositor*", "enema*"})
	if er.activeOnly(tokens("glycerin suppositories did not shorten the time to full feeds"), treat) {
		t.Error("one treatment named by two terms read as two compared")
	}
	if !er.activeOnly(tokens("suppositories and enemas did not differ in the time to full feeds"), treat) {
		t.Error("two treatments compared with each other no longer read so")
	}
}

// "Statistical process control charts showed a significant fall in length
// of stay": a control chart, or glycaemic control, is a thing controlled,
// not the control group as the subject of the result.
func TestControlThatIsControlledIsNoComparatorSubject(t *testing.T) {
	er := newEffectRules()
	g := groups{treat: newTermSet([]string{"eat sleep console"}), comp: er.control}
	for _, s := range []string{
		"Statistical process control charts showed a significant fall in length of stay with eat sleep console.",
		"Glycaemic control improved with eat sleep console.",
	} {
		if er.subjectIsComparator(tokens(s), g) {
			t.Errorf("%q: the thing controlled read as the control group, the subject of the result", s)
		}
	}
	if !er.subjectIsComparator(tokens("The control group had a longer stay than with eat sleep console."), g) {
		t.Error("the control group as the subject no longer found")
	}
}

// "...significantly reduced the days until discharge, without increasing
// the specified adverse outcomes": no increase in harms is a finding of its
// own, not a word of the benefit's.
func TestWithoutIncreasingHarmsIsAClauseOfItsOwn(t *testing.T) {
	er := newEffectRules()
	cls := er.clauses("The approach significantly reduced the number of days until infants were ready for discharge, without increasing the specified adverse outcomes.")
	if len(cls) != 2 || strings.Contains(cls[0], "increasing") || !strings.HasPrefix(cls[1], "no increase in the specified adverse outcomes") {
		t.Errorf("clauses %q: want the benefit and the absence of more harms apart", cls)
	}
	if cls := er.clauses("Doses were increased without increasing the dose of insulin."); len(cls) != 1 {
		t.Errorf("clauses %q: an increase of something other than harms split off", cls)
	}
}

// A trial whose outcomes did not differ, ending "... and had more NICU
// transfers for oversedation" with no test behind it, reports no harm
// against an "insufficient" claim; a harm its results test is one.
func TestUntestedHarmInATrialsConclusionIsNoFinding(t *testing.T) {
	set := parseClaims(t, `
[[claim]]
id = "c"
statement = "Evidence is insufficient that methadone shortens treatment of neonatal withdrawal."
verdict = "insufficient"
as_of = 2010
min_trial_n = 50
population = ["neonatal opioid withdrawal"]
intervention = ["methadone"]
controls = ["morphine"]
lower_is_better = ["length of stay"]
harms = ["oversedation"]
`)
	a := New(set.Claims...)
	for _, c := range []struct {
		results, concl string
		flag           bool
	}{
		{"Length of stay was 17.9 days with morphine and 16.1 days with methadone (p = 0.5).",
			"Length of stay did not differ; methadone-treated infants had more NICU transfers for oversedation.", false},
		{"Length of stay was 17.9 days with morphine and 16.1 days with methadone (p = 0.5). Oversedation was significantly more frequent with methadone (12 vs 1 infants, p < 0.01).",
			"Length of stay did not differ; methadone-treated infants had more oversedation.", true},
	} {
		rec := store.Record{Title: "Morphine versus methadone for neonatal opioid withdrawal: a randomized trial", Year: 2022,
			Sections: []store.Section{
				{Label: "METHODS", Text: "In all, 61 infants with neonatal opioid withdrawal were randomized to methadone or morphine."},
				{Label: "RESULTS", Text: c.results},
				{Label: "CONCLUSIONS", Text: c.concl}}}
		as, ok := find(a.Assess(rec, set.Claims), "c")
		if !ok || as.Flagged != c.flag {
			t.Errorf("%q: flagged %v, want %v: %+v", c.concl, as.Flagged, c.flag, as)
		}
	}
}

// "80 patients with tennis elbow refractory to conservative treatment
// were randomised to PRP or corticosteroid": the claim's control named as
// the participants' past treatment is no arm of the trial, which compares
// two active treatments.
func TestPastTreatmentIsNoControlArm(t *testing.T) {
	set := parseClaims(t, `
[[claim]]
id = "c"
statement = "PRP gives little or no benefit for pain in tennis elbow."
verdict = "no_effect"
as_of = 2021
min_trial_n = 60
population = ["tennis elbow"]
intervention = ["prp"]
controls = ["saline", "conservative treatment"]
lower_is_better = ["pain"]
`)
	a := New(set.Claims...)
	for _, c := range []struct {
		methods string
		flag    bool
	}{
		{"Randomised trial of 80 patients with tennis elbow refractory to conservative treatment for 3 months, allocated to PRP or corticosteroid.", false},
		{"Randomised trial of 80 patients with tennis elbow after previous conservative treatment, allocated to PRP or corticosteroid.", false},
		{"Randomised trial of 80 patients with tennis elbow, allocated to PRP or conservative treatment.", true},
	} {
		rec := store.Record{Title: "PRP injection in tennis elbow", Year: 2025,
			Sections: []store.Section{
				{Label: "METHODS", Text: c.methods},
				{Label: "RESULTS", Text: "At three months pain was significantly lower with PRP (p < 0.001)."}}}
		as, ok := find(a.Assess(rec, set.Claims), "c")
		if !ok || as.Flagged != c.flag {
			t.Errorf("%q: flagged %v, want %v: %+v", c.methods, as.Flagged, c.flag, as)
		}
	}
}

// A case report saying a lesion "should be treated early to prevent
// complications" or that treatment was used "to reduce the risk of
// ulceration" reports no harm of the treatment; "pulmonary embolism
// without deep venous thrombosis after arthroscopy" reports one.
func TestHarmAvertedOrQualifiedInACaseReport(t *testing.T) {
	set := parseClaims(t, `
[[claim]]
id = "c"
statement = "Treatment X causes no significant adverse events."
verdict = "no_risk"
as_of = 2018
population = ["haemangioma*"]
intervention = ["treatment x"]
harms = ["complication*", "ulceration", "pulmonary embolism", "deep venous thrombosis"]
`)
	a := New(set.Claims...)
	for _, c := range []struct {
		text string
		harm bool
	}{
		{"Haemangiomas should be treated early to prevent complications. We report a haemangioma that regressed with treatment X.", false},
		{"Treatment X was used to reduce the risk of functional compromise such as ulceration. The haemangioma regressed with treatment X.", false},
		{"The haemangioma dynamic complication scale was 0. The haemangioma regressed with treatment X.", false},
		{"A haemangioma treated with treatment X developed ulceration.", true},
		{"Pulmonary embolism without deep venous thrombosis was seen after treatment X of a haemangioma.", true},
	} {
		rec := store.Record{Title: "Treatment X for a haemangioma: a case report", Year: 2021, Abstract: c.text}
		as, ok := find(a.Assess(rec, set.Claims), "c")
		if got := ok && as.Flagged; got != c.harm {
			t.Errorf("%q: flagged %v, want %v: %+v", c.text, got, c.harm, as)
		}
	}
}

// "The aloe formulation reduced neither skin toxicity nor symptom
// severity", "the trial found no evidence to support aloe for lessening
// skin reactions": no difference.
func TestReducedNeitherAndNoEvidenceToSupportAreNull(t *testing.T) {
	er := newEffectRules()
	for _, cl := range []string{
		"The aloe formulation reduced neither acute skin toxicity nor symptom severity.",
		"The trial found no evidence to support aloe cream for lessening skin reaction severity.",
	} {
		if !er.isNull(cl) {
			t.Errorf("%q: want no difference", cl)
		}
	}
	if er.isNull("The aloe formulation reduced acute skin toxicity (p = 0.01).") {
		t.Error("a reduction read as no difference")
	}
}

// A review of "studies comparing PRP with corticosteroid injection", or
// one that "compared the efficacy of oral propranolol and topical
// timolol", compares two active treatments: nothing about the
// intervention against none. A review against placebo, of the
// intervention added to the other, or of two timings of it, is not one.
func TestReviewOfTwoActiveTreatments(t *testing.T) {
	set := parseClaims(t, `
[[claim]]
id = "c"
statement = "Evidence is insufficient that PRP reduces pain in tennis elbow."
verdict = "insufficient"
as_of = 2021
population = ["tennis elbow"]
intervention = ["prp"]
lower_is_better = ["pain"]
`)
	a := New(set.Claims...)
	for _, c := range []struct {
		methods string
		flag    bool
	}{
		{"We searched MEDLINE for randomised trials comparing PRP with corticosteroid injection in tennis elbow.", false},
		{"This review compared the efficacy of oral corticosteroid and PRP in tennis elbow.", false},
		{"We included randomised controlled trials comparing PRP with corticosteroid injection in tennis elbow.", false},
		{"We searched MEDLINE for randomised trials comparing PRP with placebo in tennis elbow.", true},
		{"We searched MEDLINE for randomised trials comparing PRP added to physiotherapy with physiotherapy alone in tennis elbow.", true},
		{"We searched MEDLINE for randomised trials comparing early with late PRP in tennis elbow.", true},
	} {
		rec := store.Record{Title: "PRP for tennis elbow: a systematic review and meta-analysis", Year: 2023,
			Sections: []store.Section{
				{Label: "METHODS", Text: c.methods},
				{Label: "RESULTS", Text: "Eleven trials with 730 patients were included. Pain was significantly lower with PRP at six months (MD -2.18, 95% CI -3.13 to -1.22)."},
				{Label: "CONCLUSIONS", Text: "PRP gives significantly greater long-term pain relief in tennis elbow."}}}
		as, ok := find(a.Assess(rec, set.Claims), "c")
		if !ok || as.Flagged != c.flag {
			t.Errorf("%q: flagged %v, want %v: %+v", c.methods, as.Flagged, c.flag, as)
		}
	}
}

// "Group A received coconut oil massage; group B received massage without
// any emollient": an arm named by the intervention's absence is an
// untreated comparison, though the claims file lists no such control.
func TestArmWithoutTheInterventionIsAControl(t *testing.T) {
	set := parseClaims(t, `
[[claim]]
id = "c"
statement = "Evidence is insufficient that emollients improve weight gain in preterm infants."
verdict = "insufficient"
as_of = 2016
population = ["newborn*", "preterm*"]
intervention = ["emollient*", "coconut oil"]
outcomes = ["weight gain"]
`)
	a := New(set.Claims...)
	for _, c := range []struct {
		arms string
		flag bool
	}{
		{"Group A received coconut oil four times daily; group B received massage without any emollient.", true},
		{"Group A received coconut oil four times daily; group B received sunflower oil.", false},
	} {
		rec := store.Record{Title: "Coconut oil in newborns: a randomised controlled trial", Year: 2022,
			Sections: []store.Section{
				{Label: "METHODS", Text: "In this randomised controlled trial 585 newborns were enrolled. " + c.arms},
				{Label: "RESULTS", Text: "Weight gain was significantly greater with coconut oil (p < 0.01)."}}}
		as, ok := find(a.Assess(rec, set.Claims), "c")
		if !ok || as.Flagged != c.flag {
			t.Errorf("%q: flagged %v, want %v: %+v", c.arms, as.Flagged, c.flag, as)
		}
	}
}

// "Wheeze days were 4.1 with the drug and 4.6 with placebo. ... None of
// these differences was significant.": a sentence of its own takes back
// the significance the comparisons before it seemed to state.
func TestDifferencesSaidNotSignificantAfterwards(t *testing.T) {
	set := parseClaims(t, `
[[claim]]
id = "c"
statement = "Evidence is insufficient that zinc shortens wheeze in toddlers."
verdict = "insufficient"
as_of = 2015
min_trial_n = 50
population = ["toddlers"]
intervention = ["zinc"]
lower_is_better = ["wheeze"]
`)
	a := New(set.Claims...)
	for _, c := range []struct {
		after string
		flag  bool
	}{
		{"None of these differences was statistically significant.", false},
		{"These differences were not significant.", false},
		{"Appetite improved in both groups.", true},
	} {
		rec := store.Record{Title: "Zinc for wheeze in toddlers: a randomised controlled trial", Year: 2020,
			Sections: []store.Section{
				{Label: "METHODS", Text: "We randomised 240 toddlers to zinc or placebo."},
				{Label: "RESULTS", Text: "Mean wheeze duration was 3.1 days with placebo at day 7. Wheeze lasted a shorter time in the zinc group than in the placebo group (2.4 versus 3.1 days). " + c.after},
			}}
		as, ok := find(a.Assess(rec, set.Claims), "c")
		if !ok || as.Flagged != c.flag {
			t.Errorf("%q: flagged %v, want %v: %+v", c.after, as.Flagged, c.flag, as)
		}
	}
	er := newEffectRules()
	ss := []sentence{
		{raw: "Wheeze was shorter with zinc (p = 0.01).", role: roleResults},
		{raw: "Cough was shorter with zinc than with placebo.", role: roleResults},
		{raw: "None of these differences was significant.", role: roleResults},
	}
	for i := range ss {
		ss[i].toks = tokens(ss[i].raw)
	}
	got := er.backNulled(ss)
	if !got[1] || got[0] || got[2] {
		t.Errorf("backNulled = %v, want only the sentence without its own p-value", got)
	}
}

// "Infection-free survival at 4 weeks was 74/102 against 66/98 (P = .42).
// At 2 weeks, however, the groups differed significantly (P = .028)": the
// second sentence is a result on the outcome the first names.
func TestGroupsDifferedIsAResultOnTheOutcomeBefore(t *testing.T) {
	set := parseClaims(t, `
[[claim]]
id = "c"
statement = "Evidence is insufficient that zinc improves infection-free survival in preterm infants."
verdict = "insufficient"
as_of = 2015
min_trial_n = 100
population = ["preterm infants"]
intervention = ["zinc"]
outcomes = ["infection-free survival"]
`)
	a := New(set.Claims...)
	for _, c := range []struct {
		second string
		flag   bool
	}{
		{"At 2 weeks, however, the groups differed significantly (86/102 vs 70/98; P = .028).", true},
		{"At 2 weeks the groups did not differ (P = .31).", false},
	} {
		rec := store.Record{Title: "Zinc for preterm infants: a randomised placebo-controlled trial", Year: 2020,
			Sections: []store.Section{
				{Label: "METHODS", Text: "We randomised 200 preterm infants to zinc or placebo."},
				{Label: "RESULTS", Text: "Infection-free survival at 4 weeks was 74/102 with zinc and 66/98 with placebo (P = .42). " + c.second},
			}}
		as, ok := find(a.Assess(rec, set.Claims), "c")
		if !ok || as.Flagged != c.flag {
			t.Errorf("%q: flagged %v, want %v: %+v", c.second, as.Flagged, c.flag, as)
		}
	}
}

// "a hint of worse outcomes" is a trend, not a significant result; "show
// promise" hedges.
func TestHintIsATrendAndPromiseHedges(t *testing.T) {
	er := newEffectRules()
	if er.isSig("A hint of worse respiratory outcomes with zinc, significant at 2 years, was seen again at 5 years.") {
		t.Error("a hint read as significant")
	}
	if !er.isSig("Worse respiratory outcomes with zinc were significant at 2 years.") {
		t.Error("a significant result not read as one")
	}
	rr := newReadRules()
	if !rr.hedge.MatchString("Zinc shows promise for reducing infections.") {
		t.Error(`"shows promise" not read as hedged`)
	}
}

// "X improves feeding outcomes" names what improved: not a view of the
// treatment as a whole, as "X improves outcomes" or "improves clinical
// outcomes" is.
func TestNamedOutcomeIsNoGeneralView(t *testing.T) {
	er := newEffectRules()
	for s, want := range map[string]bool{
		"Enteral zinc improves feeding outcomes in preterm neonates.":  false,
		"Enteral zinc improves outcomes in preterm neonates.":          true,
		"Enteral zinc improves clinical outcomes in preterm neonates.": true,
	} {
		if got := er.generalValence(tokens(s)); got != want {
			t.Errorf("%q: general view %v, want %v", s, got, want)
		}
	}
}

// "inhaled nitric oxide (NO) plus sildenafil": a claims file's phrase
// spans an acronym defined in brackets after the words it stands for;
// brackets holding anything else stay.
func TestPhraseSpansAnAcronymDefinition(t *testing.T) {
	tr := newTextRules()
	for raw, want := range map[string]string{
		"Infants received inhaled nitric oxide (NO) plus sildenafil.": "infants received inhaled nitric oxide plus sildenafil",
		"Zinc was given twice daily (BID) for a week.":                "zinc was given twice daily bid for a week",
		"Infants received no sildenafil (n = 34).":                    "infants received no sildenafil n 34",
	} {
		if got := strings.Join(tr.words(raw), " "); got != want {
			t.Errorf("%q: words %q, want %q", raw, got, want)
		}
	}
	set := parseClaims(t, `
[[claim]]
id = "c"
statement = "Evidence is insufficient that sildenafil added to inhaled nitric oxide improves oxygenation in newborns."
verdict = "insufficient"
as_of = 2015
min_trial_n = 60
population = ["newborns"]
intervention = ["sildenafil"]
controls = ["inhaled nitric oxide plus"]
controls_required = true
outcomes = ["oxygenation"]
`)
	rec := store.Record{Title: "Sildenafil in newborns with pulmonary hypertension: a randomised trial", Year: 2020,
		Sections: []store.Section{
			{Label: "METHODS", Text: "We randomised 68 newborns to inhaled nitric oxide (NO) plus sildenafil or to inhaled nitric oxide (NO) plus placebo."},
			{Label: "RESULTS", Text: "Oxygenation was significantly better with sildenafil (P < 0.05)."},
		}}
	if _, ok := find(New(set.Claims...).Assess(rec, set.Claims), "c"); !ok {
		t.Error("the trial's control phrase across an acronym definition was not read")
	}
}

// In a review of vitamin D or vitamin E, "three studies of vitamin D
// showed a significant reduction" is a result for the sibling of the
// intervention, not for it.
func TestSiblingOfTheInterventionIsAnotherTreatment(t *testing.T) {
	set := parseClaims(t, `
[[claim]]
id = "c"
statement = "Evidence is insufficient that vitamin E prevents chronic lung disease in preterm infants."
verdict = "insufficient"
as_of = 2010
population = ["preterm infants"]
intervention = ["vitamin e"]
lower_is_better = ["chronic lung disease"]
`)
	a := New(set.Claims...)
	for _, c := range []struct {
		result string
		flag   bool
	}{
		{"Four trials of vitamin D showed a significant reduction in chronic lung disease (RR 0.40, 95% CI 0.20 to 0.70). Four trials of vitamin E showed no significant reduction (RR 0.80, 95% CI 0.40 to 1.60).", false},
		{"Four trials of vitamin E showed a significant reduction in chronic lung disease (RR 0.40, 95% CI 0.20 to 0.70). Four trials of vitamin D showed no significant reduction (RR 0.80, 95% CI 0.40 to 1.60).", true},
	} {
		rec := store.Record{Title: "Vitamin D or vitamin E for chronic lung disease in preterm infants: a meta-analysis", Year: 2022,
			Sections: []store.Section{
				{Label: "METHODS", Text: "We searched for randomised trials giving vitamin D or vitamin E to preterm infants."},
				{Label: "RESULTS", Text: c.result},
			}}
		as, ok := find(a.Assess(rec, set.Claims), "c")
		if !ok || as.Flagged != c.flag {
			t.Errorf("%q: flagged %v, want %v: %+v", c.result, as.Flagged, c.flag, as)
		}
	}
	interv := newTermSet([]string{"vitamin e", "omega 3"})
	for s, want := range map[string]bool{
		"three trials of vitamin d":   true,
		"omega 6 fatty acids":         true,
		"vitamin e and vitamin d":     true, // the caller asks only when the intervention is not named
		"vitamin d3 supplementation":  false,
		"vitamins given with omega 3": false,
	} {
		if got := siblingNamed(tokens(s), interv); got != want {
			t.Errorf("%q: sibling %v, want %v", s, got, want)
		}
	}
}

// "The authors could not identify a clearly beneficial treatment": a
// review finding the evidence insufficient.
func TestCouldNotIdentifyABeneficialTreatmentIsInsufficient(t *testing.T) {
	er := newEffectRules()
	if !er.insufficient.MatchString("The authors could not identify a clearly beneficial treatment for reducing haemorrhage.") {
		t.Error("not read as insufficient evidence")
	}
	if er.insufficient.MatchString("The authors identified a clearly beneficial treatment for reducing haemorrhage.") {
		t.Error("a finding read as insufficient evidence")
	}
}

// "Pain was rated with the Neonatal Pain, Agitation, and Sedation Scale
// (N-PASS)": in that record "N-PASS scores" are a result on pain.
func TestScaleTheRecordSaysMeasuresAnOutcomeNamesIt(t *testing.T) {
	set := parseClaims(t, `
[[claim]]
id = "c"
statement = "Evidence is insufficient that breast milk odour reduces procedural pain in newborns."
verdict = "insufficient"
as_of = 2012
min_trial_n = 60
population = ["newborns"]
intervention = ["breast milk odour"]
lower_is_better = ["pain"]
`)
	a := New(set.Claims...)
	for _, c := range []struct {
		methods string
		flag    bool
	}{
		{"We randomised 90 newborns to breast milk odour or placebo; pain was rated with the Neonatal Infant Agitation and Sedation Scale (NIASS).", true},
		{"We randomised 90 newborns to breast milk odour or placebo; sleep was rated with the Neonatal Infant Agitation and Sedation Scale (NIASS).", false},
	} {
		rec := store.Record{Title: "Breast milk odour during heel lance: a randomised trial", Year: 2020,
			Sections: []store.Section{
				{Label: "METHODS", Text: c.methods},
				{Label: "RESULTS", Text: "Mean NIASS scores were significantly lower with breast milk odour than with placebo (p < 0.05)."},
			}}
		as, ok := find(a.Assess(rec, set.Claims), "c")
		if (ok && as.Flagged) != c.flag {
			t.Errorf("%q: flagged %v, want %v: %+v", c.methods, as.Flagged, c.flag, as)
		}
	}
}

// A claims file with a claim on pain and one on fatigue: a review naming
// only pain and quality of life, which concludes "exercise may be an
// effective treatment for fibromyalgia symptoms", is no finding on fatigue.
func TestGeneralViewInARecordNamingOnlyAnotherClaimsOutcomes(t *testing.T) {
	set := parseClaims(t, `
[[claim]]
id = "pain"
statement = "Aerobic exercise improves pain in fibromyalgia."
verdict = "benefit"
as_of = 2017
population = ["fibromyalgia"]
intervention = ["exercise"]
lower_is_better = ["pain"]

[[claim]]
id = "fatigue"
statement = "Evidence is insufficient that aerobic exercise reduces fatigue in fibromyalgia."
verdict = "insufficient"
as_of = 2017
population = ["fibromyalgia"]
intervention = ["exercise"]
lower_is_better = ["fatigue"]
`)
	a := New(set.Claims...)
	for _, c := range []struct {
		results string
		flag    bool
	}{
		{"Exercise gave positive results on fibromyalgia symptoms; the largest effects were on pain intensity and quality of life.", false},
		{"The evidence for exercise in fibromyalgia was strongest for pain intensity and quality of life.", false},
		{"Most reviews found the largest effects of exercise on pain intensity and fatigue.", true},
	} {
		rec := store.Record{Title: "Exercise in fibromyalgia: an umbrella review", Year: 2020,
			Abstract: "We included systematic reviews of exercise in fibromyalgia. " + c.results +
				" Overall, exercise may help fibromyalgia symptoms, and aerobic exercise programmes are effective in fibromyalgia."}
		as, ok := find(a.Assess(rec, set.Claims), "fatigue")
		if (ok && as.Flagged) != c.flag {
			t.Errorf("%q: fatigue flagged %v, want %v: %+v", c.results, ok && as.Flagged, c.flag, as)
		}
	}
	er := newEffectRules()
	if !er.insufficient.MatchString("No evidence was found that would support or refute efficacy in episodic migraine.") {
		t.Error(`"support or refute" not read as insufficient evidence`)
	}
}

// "Severe hypoxaemias (SpO2 < 80%) halved": the measure inside a threshold
// defines what was counted; it is not the outcome reported. P-values in
// brackets stay.
func TestThresholdInBracketsIsNoOutcome(t *testing.T) {
	er := newEffectRules()
	for in, want := range map[string]string{
		"Severe hypoxaemias (SpO2 < 80%) halved prone (p = 0.03).": "Severe hypoxaemias halved prone (p = 0.03).",
		"Fever (T > 38.5 °C) was rarer (P < 0.05).":                "Fever was rarer (P < 0.05).",
		"Saturation was higher prone (p < 0.01).":                  "Saturation was higher prone (p < 0.01).",
	} {
		if got := strings.Join(strings.Fields(er.withoutThresholds(in)), " "); got != strings.Join(strings.Fields(want), " ") {
			t.Errorf("%q: %q, want %q", in, got, want)
		}
	}
	set := parseClaims(t, `
[[claim]]
id = "c"
statement = "Prone positioning improves oxygen saturation in ventilated preterm infants."
verdict = "benefit"
as_of = 2016
min_trial_n = 40
population = ["preterm infants"]
intervention = ["prone"]
controls = ["supine"]
outcomes = ["spo2"]
`)
	rec := store.Record{Title: "Prone or supine positioning of preterm infants: a randomised crossover trial", Year: 2024,
		Sections: []store.Section{
			{Label: "METHODS", Text: "We randomised 48 preterm infants to prone then supine position or the reverse."},
			{Label: "RESULTS", Text: "Severe hypoxaemias (SpO2 < 80%) halved in the prone position compared with supine (p = 0.03)."},
		}}
	if as, ok := find(New(set.Claims...).Assess(rec, set.Claims), "c"); ok && as.Flagged {
		t.Errorf("fewer hypoxaemias read as a fall in SpO2: %+v", as)
	}
}

// "MADRS fell by 6.5 points in each of the 3 groups. Treatment effects did
// not differ significantly between groups": a change within each arm is no
// comparison, and the next sentence is a null result on MADRS; "89 women
// and 59 men" is one group of 148.
func TestNullBetweenGroupsOnTheOutcomeBefore(t *testing.T) {
	set := parseClaims(t, `
[[claim]]
id = "c"
statement = "tDCS improves depression scores over sham in adults with depression."
verdict = "benefit"
as_of = 2016
min_trial_n = 100
population = ["depression"]
intervention = ["tdcs"]
lower_is_better = ["madrs"]
statement_outcomes = ["madrs"]
`)
	a := New(set.Claims...)
	for _, c := range []struct {
		second string
		flag   bool
	}{
		{"Treatment effects did not differ significantly between groups.", true},
		{"Adverse events did not differ significantly between groups.", false},
	} {
		rec := store.Record{Title: "tDCS added to CBT for depression: a randomized clinical trial", Year: 2022,
			Sections: []store.Section{
				{Label: "METHODS", Text: "Adults with depression were randomised to CBT plus tDCS or CBT plus sham tDCS."},
				{Label: "RESULTS", Text: "Of 89 women and 59 men enrolled, 126 completed the study. MADRS fell by a mean of 6.5 points in each of the 2 groups. " + c.second},
			}}
		as, ok := find(a.Assess(rec, set.Claims), "c")
		if !ok || as.Flagged != c.flag || as.N != 148 {
			t.Errorf("%q: flagged %v (n %d), want %v (n 148): %+v", c.second, as.Flagged, as.N, c.flag, as)
		}
	}
	if got := newCountRules().sumSexes("Of 89 women and 59 men enrolled"); got != "Of 148 participants enrolled" {
		t.Errorf("sumSexes: %q", got)
	}
	if got := newCountRules().sumSexes("89 women and 59 women"); got != "89 women and 59 women" {
		t.Errorf("sumSexes of one sex: %q", got)
	}
	if er := newEffectRules(); !er.within.MatchString("MADRS fell by 6.5 points in each of the 3 groups.") || !er.within.MatchString("Scores improved in all three groups.") {
		t.Error("a change in each group not read as within the arms")
	}
}

// "X yields significant reductions in relapses, with no demonstrable
// effect on fatigue": the null is about fatigue, a clause of its own.
func TestWithNoDemonstrableEffectIsAClauseOfItsOwn(t *testing.T) {
	er := newEffectRules()
	for _, adj := range []string{"demonstrable", "detectable", "discernible", "measurable"} {
		cls := er.clauses("Vitamin D yields significant reductions in relapses, with no " + adj + " effect on fatigue or quality of life.")
		if len(cls) != 2 || er.isNull(cls[0]) || !er.isNull(cls[1]) {
			t.Errorf("%s: clauses %q", adj, cls)
		}
	}
}

// "... statistically significant reductions in relapses. It should be
// regarded as a useful adjunct pending more definitive evidence; larger
// trials are still needed before it can be endorsed": a caveat on practice,
// which leaves the effect the conclusion states standing.
func TestPendingEvidenceIsACaveatOnAStatedEffect(t *testing.T) {
	set := parseClaims(t, `
[[claim]]
id = "c"
statement = "Vitamin D does not reduce relapses in multiple sclerosis."
verdict = "no_effect"
as_of = 2018
min_trial_n = 100
population = ["multiple sclerosis"]
intervention = ["vitamin d"]
lower_is_better = ["relapses"]
`)
	a := New(set.Claims...)
	for _, c := range []struct {
		caveat string
		flag   bool
	}{
		{"It should be regarded as a useful adjunct pending more definitive evidence; larger trials are still needed before vitamin D can be endorsed as a disease-modifying therapy.", true},
		{"The evidence is insufficient to draw firm conclusions.", false},
	} {
		rec := store.Record{Title: "Vitamin D in multiple sclerosis: a systematic review and meta-analysis", Year: 2025,
			PubTypes: []string{"Systematic Review"},
			Sections: []store.Section{
				{Label: "METHODS", Text: "We searched four databases for randomised trials of vitamin D in multiple sclerosis."},
				{Label: "CONCLUSIONS", Text: "Vitamin D supplementation yields statistically significant but clinically modest reductions in relapses. " + c.caveat},
			}}
		as, ok := find(a.Assess(rec, set.Claims), "c")
		if !ok || as.Flagged != c.flag {
			t.Errorf("%q: flagged %v, want %v: %+v", c.caveat, as.Flagged, c.flag, as)
		}
	}
}

// "higher with X than in controls, but not significantly (RR 1.12, 95% CI
// 0.98-1.27, P = 0.09)": the second clause takes the first back, figures
// and all; one null finding.
func TestNotSignificantlyWithItsFiguresTakesBack(t *testing.T) {
	er := newEffectRules()
	raw := "The pooled relative risk for eradication was higher with L. reuteri than in controls, but not significantly (RR 1.12, 95% CI: 0.98-1.27, P = 0.09)."
	cls := er.clauses(raw)
	if len(cls) != 1 || !er.isNull(cls[0]) {
		t.Errorf("clauses %q", cls)
	}
	if cls := er.clauses("Eradication was higher with L. reuteri, but not significantly so."); len(cls) != 1 {
		t.Errorf("without figures: clauses %q", cls)
	}
}

// "X may not improve eradication rates, but it can reduce adverse events.
// Because few trials were included, the results should be interpreted
// cautiously": the "may" hedges the null clause only; the conclusion
// states an effect, so its caveat leaves it standing and the null on the
// claim's outcome goes against a benefit.
func TestHedgeOfAnotherClauseLeavesAStatedEffect(t *testing.T) {
	set := parseClaims(t, `
[[claim]]
id = "c"
statement = "Adding probiotics to eradication therapy increases Helicobacter pylori eradication rates."
verdict = "benefit"
as_of = 2016
min_trial_n = 200
population = ["helicobacter pylori"]
intervention = ["l. reuteri", "probiotics"]
outcomes = ["eradication rates"]
harms = ["adverse events"]
statement_outcomes = ["eradication rates"]
`)
	a := New(set.Claims...)
	for _, c := range []struct {
		second string
		flag   bool
	}{
		{"may not improve eradication rates, but it can reduce the incidence of therapy-related adverse events", true},
		{"improves eradication rates, and it may reduce the incidence of therapy-related adverse events", false},
	} {
		rec := store.Record{Title: "L. reuteri for Helicobacter pylori eradication: a meta-analysis of randomised controlled trials", Year: 2021,
			PubTypes: []string{"Meta-Analysis"},
			Sections: []store.Section{
				{Label: "METHODS", Text: "We searched four databases for randomised trials of L. reuteri added to Helicobacter pylori eradication therapy."},
				{Label: "RESULTS", Text: "Total side effects were less frequent with L. reuteri (pooled RR 0.55, 95% CI: 0.39-0.77, P = 0.0006)."},
				{Label: "CONCLUSION", Text: "L. reuteri supplementation during anti-H. pylori treatment " + c.second + ". Because few trials were included, the results should be interpreted cautiously."},
			}}
		as, ok := find(a.Assess(rec, set.Claims), "c")
		if !ok || as.Flagged != c.flag {
			t.Errorf("%q: flagged %v, want %v: %+v", c.second, as.Flagged, c.flag, as)
		}
	}
}

// "Of 217 patients recruited, 34 were excluded. The remaining 183 patients
// were randomly assigned": the trial's size is 183.
func TestRemainingRandomisedAreTheTrialsSize(t *testing.T) {
	set := parseClaims(t, `
[[claim]]
id = "c"
statement = "Adding probiotics to triple therapy increases Helicobacter pylori eradication rates."
verdict = "benefit"
as_of = 2016
min_trial_n = 200
population = ["helicobacter pylori"]
intervention = ["probiotics"]
outcomes = ["eradication rates"]
`)
	a := New(set.Claims...)
	rec := store.Record{Title: "Probiotics added to triple therapy for Helicobacter pylori: a randomised trial", Year: 2020,
		Sections: []store.Section{
			{Label: "METHODS", Text: "Of 217 patients recruited with Helicobacter pylori infection, 34 (17.3%) had resistant strains and were excluded. The remaining 183 patients were randomly assigned to triple therapy alone or triple therapy plus probiotics."},
			{Label: "RESULTS", Text: "Eradication rates were similar in the two groups (85.2% and 89.6%, p = 0.45)."},
		}}
	as, ok := find(a.Assess(rec, set.Claims), "c")
	if !ok || as.N != 183 || as.Flagged {
		t.Errorf("n %d flagged %v, want n 183 and no flag (below 200): %+v", as.N, as.Flagged, as)
	}
}

// "eradication was higher with the probiotic (P = 0.022) ... After
// adjustment for Type I error, however, these results were no longer
// significant": the results did not survive; a null finding.
func TestResultsNoLongerSignificantAfterAdjustment(t *testing.T) {
	set := parseClaims(t, `
[[claim]]
id = "c"
statement = "Adding probiotics to triple therapy increases Helicobacter pylori eradication rates."
verdict = "benefit"
as_of = 2016
min_trial_n = 200
population = ["helicobacter pylori"]
intervention = ["probiotic", "s. boulardii"]
outcomes = ["eradication"]
`)
	a := New(set.Claims...)
	for _, c := range []struct {
		after string
		flag  bool
	}{
		{"After adjustment for Type I error, however, these results were no longer significant.", true},
		{"After adjustment for age, these results remained significant.", false},
	} {
		rec := store.Record{Title: "Triple therapy with and without S. boulardii for Helicobacter pylori: a randomised clinical trial", Year: 2024,
			Sections: []store.Section{
				{Label: "METHODS", Text: "A total of 404 participants were randomized to triple therapy plus S. boulardii or triple therapy plus placebo."},
				{Label: "RESULTS", Text: "By intention to treat, eradication was higher with the probiotic (70.8% vs. 54.6%, P = 0.022). " + c.after},
			}}
		as, ok := find(a.Assess(rec, set.Claims), "c")
		if !ok || as.Flagged != c.flag {
			t.Errorf("%q: flagged %v, want %v: %+v", c.after, as.Flagged, c.flag, as)
		}
	}
}

// "(all Ps<0.05)", "P values < 0.05": p-values named in the plural.
func TestPluralPValues(t *testing.T) {
	er := newEffectRules()
	for _, raw := range []string{
		"X shortened hospital stay and ICU stay (all Ps<0.05).",
		"X shortened hospital stay and ICU stay (P values < 0.05).",
		"X shortened hospital stay (p's < 0.01).",
	} {
		if !er.isSig(raw) {
			t.Errorf("%q not significant", raw)
		}
	}
	if er.isSig("Performance status (PS 0 or 1) was required.") {
		t.Error("a performance status read as a p-value")
	}
}

// "Preoperative carbohydrate drinks can improve outcomes after major
// surgery, but there is little evidence for their use before caesarean
// delivery": the gap the study fills, background wherever it stands.
func TestGapStatementIsBackground(t *testing.T) {
	tr := newTextRules()
	d := tr.newDoc(store.Record{Title: "Carbohydrate drinks before caesarean delivery: a randomised trial",
		Sections: []store.Section{
			{Label: "HIGHLIGHTS", Text: "Preoperative carbohydrate drinks can improve outcomes after major surgery, but there is little evidence for their use before elective caesarean delivery. Carbohydrate drinks did not affect length of hospital stay. Drinks lowered ketones, but there was limited evidence for an effect on nausea."},
		}})
	if len(d.sents) != 3 || d.sents[0].role != roleBackground || d.sents[1].role == roleBackground || d.sents[2].role == roleBackground {
		t.Errorf("roles %v", []role{d.sents[0].role, d.sents[1].role})
	}
}

// "Oral CHO loading is effective in preventing blood glucose above 180
// mg/dL": what it is effective for is named; no view of the treatment as
// a whole. "Effective in improving outcomes" names nothing.
func TestEffectiveInPreventingNamesAnOutcome(t *testing.T) {
	er := newEffectRules()
	if er.generalValence(tokens("Oral CHO loading before surgery is effective in preventing blood glucose above 180 mg/dL")) {
		t.Error("effective in preventing a named outcome read as a general view")
	}
	if !er.generalValence(tokens("Oral CHO loading before surgery is effective in improving outcomes")) {
		t.Error("effective in improving outcomes not read as a general view")
	}
	if !er.generalValence(tokens("Oral CHO loading is effective in adults")) {
		t.Error("effective in adults not read as a general view")
	}
}

// "a small reduction in hospital stay compared with fasting and no benefit
// compared with water": the null against water is a clause of its own.
func TestNoBenefitComparedWithIsAClauseOfItsOwn(t *testing.T) {
	er := newEffectRules()
	cls := er.clauses("Carbohydrate loading gave a small reduction in postoperative hospital stay compared with fasting and no benefit compared with water or placebo.")
	if len(cls) != 2 || er.isNull(cls[0]) || !er.isNull(cls[1]) {
		t.Errorf("clauses %q", cls)
	}
}

// "neither A nor B reduced pain significantly, although scores were lower
// with A": the difference the first clause calls not significant.
func TestAlthoughAfterANullIsNotSignificant(t *testing.T) {
	set := parseClaims(t, `
[[claim]]
id = "c"
statement = "Evidence is insufficient that paracetamol reduces procedural pain in newborn infants."
verdict = "insufficient"
as_of = 2020
min_trial_n = 100
population = ["neonates"]
intervention = ["acetaminophen", "paracetamol"]
lower_is_better = ["pain", "pipp r"]
`)
	a := New(set.Claims...)
	for _, c := range []struct {
		concl string
		flag  bool
	}{
		{"Compared with water, acetaminophen did not reduce pain significantly, although PIPP-R scores were lower in the acetaminophen group than in the placebo group.", false},
		{"Compared with water, acetaminophen did not reduce crying significantly, although PIPP-R scores were significantly lower in the acetaminophen group than in the placebo group.", true},
	} {
		rec := store.Record{Title: "Oral acetaminophen for pain during eye examination in neonates: a randomised trial", Year: 2023,
			Sections: []store.Section{
				{Label: "METHODS", Text: "We randomised 150 neonates to oral acetaminophen or placebo (distilled water)."},
				{Label: "CONCLUSIONS", Text: c.concl},
			}}
		as, ok := find(a.Assess(rec, set.Claims), "c")
		if !ok || as.Flagged != c.flag {
			t.Errorf("%q: flagged %v, want %v: %+v", c.concl, as.Flagged, c.flag, as)
		}
	}
}

// "Parent- and observer-reported pain differed significantly between
// groups": the parents rated the children's pain; the result is the
// children's. "Mothers reported more pain" is the mothers' own.
func TestRaterIsNotWhoHasTheOutcome(t *testing.T) {
	er := newEffectRules()
	for raw, want := range map[string]string{
		"Parent- and observer-reported pain differed significantly between groups (p < 0.05).": "pain differed",
		"Anxiety rated by the parents fell with VR.":                                           "anxiety fell with vr",
	} {
		got := strings.Join(tokens(er.raters(raw)), " ")
		if strings.Contains(got, "parent") || strings.Contains(got, "observer") || !strings.Contains(got, strings.Split(want, " ")[0]) {
			t.Errorf("%q: %q", raw, got)
		}
	}
	if got := er.raters("Their mothers reported more pain."); !strings.Contains(got, "mothers") {
		t.Errorf("the mothers' own pain lost its subject: %q", got)
	}
	set := parseClaims(t, `
[[claim]]
id = "c"
statement = "Virtual reality reduces children's pain during needle procedures."
verdict = "benefit"
as_of = 2019
min_trial_n = 100
population = ["children"]
other_participants = ["parents", "parent", "observers", "observer"]
intervention = ["virtual reality", "vr"]
lower_is_better = ["pain"]
`)
	a := New(set.Claims...)
	rec := store.Record{Title: "Virtual reality for pain during phlebotomy in children: a randomized controlled trial", Year: 2022,
		Sections: []store.Section{
			{Label: "METHODS", Text: "In all, 150 children aged 7 to 12 years were randomised to VR or usual care (control)."},
			{Label: "RESULTS", Text: "Parent- and observer-reported pain was lower with VR than in controls (p < 0.05). Self-reported pain was lower in the VR group than in controls, but not significantly (p > 0.05)."},
		}}
	as, ok := find(a.Assess(rec, set.Claims), "c")
	if !ok || as.Flagged {
		t.Errorf("flagged %v, want a mixed result that does not go against the benefit: %+v", as.Flagged, as)
	}
}

// "Pain did not differ significantly (VR group 0.11 points lower, 95% CI
// ...), nor did fear (VR group 0.05 points lower ...)": the arm an
// estimate is given for is no second active treatment.
func TestEstimateForAnArmIsNoSecondTreatment(t *testing.T) {
	set := parseClaims(t, `
[[claim]]
id = "c"
statement = "Virtual reality reduces children's pain during needle procedures."
verdict = "benefit"
as_of = 2019
min_trial_n = 100
population = ["children"]
intervention = ["virtual reality", "vr"]
controls = ["standard of care"]
lower_is_better = ["pain", "fear"]
`)
	a := New(set.Claims...)
	rec := store.Record{Title: "Virtual reality during pediatric vascular access: a randomized controlled trial", Year: 2020,
		Sections: []store.Section{
			{Label: "METHODS", Text: "We randomised 220 children aged 7-18 years having vascular access to virtual reality or standard of care."},
			{Label: "RESULTS", Text: "Post-procedure pain did not differ significantly (VR group estimated 0.11 points lower, 95% confidence interval 0.50 points lower to 0.28 points greater, P = .59), nor did post-procedure fear (VR group estimated 0.05 points lower, 95% confidence interval 0.23 points lower to 0.13 points greater)."},
		}}
	as, ok := find(a.Assess(rec, set.Claims), "c")
	if !ok || !as.Flagged {
		t.Errorf("not flagged: %+v", as)
	}
}

// "To compare plastic wrapping with or without drying": every arm was
// wrapped; what was compared is the drying. With a waitlist arm besides,
// the intervention is also compared with none.
func TestWithOrWithoutIsAnAddOnTrial(t *testing.T) {
	set := parseClaims(t, `
[[claim]]
id = "c"
statement = "Plastic wraps at birth reduce hypothermia in preterm infants."
verdict = "benefit"
as_of = 2018
min_trial_n = 100
population = ["preterm infants"]
intervention = ["plastic wrapping", "plastic wrap"]
controls = ["drying"]
outcomes = ["normothermia"]
statement_outcomes = ["normothermia"]
`)
	a := New(set.Claims...)
	for _, c := range []struct {
		objective string
		flag      bool
	}{
		{"To compare 2 thermal management strategies (plastic wrapping with or without drying) in preterm infants.", false},
		{"To compare plastic wrapping with or without drying, or a waitlist, in preterm infants.", true},
	} {
		rec := store.Record{Title: "Drying preterm infants before plastic wrapping at birth: a randomized clinical trial", Year: 2026,
			Sections: []store.Section{
				{Label: "OBJECTIVE", Text: c.objective},
				{Label: "RESULTS", Text: "In this trial of 354 preterm infants, normothermia on admission did not differ between the groups (p = 0.61)."},
			}}
		as, ok := find(a.Assess(rec, set.Claims), "c")
		if !ok || as.Flagged != c.flag {
			t.Errorf("%q: flagged %v, want %v: %+v", c.objective, as.Flagged, c.flag, as)
		}
	}
}

// "fewer hypothermia-related interventions": what was counted is the
// interventions; "C. difficile-related cases" are still cases of it.
func TestRelatedQualifiesTheNounAfter(t *testing.T) {
	toks := tokens("wraps lowered hypothermia-related interventions and C. difficile-related cases")
	var ms []span
	for i, w := range toks {
		if w == "hypothermia" || w == "difficile" {
			ms = append(ms, span{i, i + 1})
		}
	}
	got := modifiersDropped(toks, ms)
	if len(got) != 1 || toks[got[0].start] != "difficile" {
		t.Errorf("kept %v of %v", got, toks)
	}
}

// "a lower risk of death and of major brain injury": the injury is what
// the change word acts on, not a judgement that the result was worse.
func TestHarmNounAChangeActsOnIsAnOutcome(t *testing.T) {
	er := newEffectRules()
	raw := "Plastic wrap with a cap was associated with a lower risk of death before discharge and of major brain injury."
	toks := tokens(raw)
	i := slices.Index(toks, "death")
	if r := er.read(raw, toks, span{i, i + 1}, groups{}); r.valence < 0 || r.change >= 0 {
		t.Errorf("read %+v, want a fall not judged worse", r)
	}
	// "relieved functional impairment": a word of benefit acts on it too
	toks = tokens("Silexan also relieved functional impairment on the disability scale more than placebo.")
	if got := er.changedNouns(toks); slices.Contains(got, "impairment") {
		t.Errorf("relieved impairment: %v, want the impairment read as what changed", got)
	}
	raw = "Wrapping worsened brain injury."
	toks = tokens(raw)
	if r := er.read(raw, toks, span{2, 3}, groups{}); r.valence >= 0 {
		t.Errorf("worsened: read %+v", r)
	}
}

// "X was associated with a lower risk of death": a review's pooled
// association stated as a fact.
func TestReviewAssociationStatedAsAFact(t *testing.T) {
	set := parseClaims(t, `
[[claim]]
id = "c"
statement = "Evidence is insufficient that plastic wraps reduce death in preterm infants."
verdict = "insufficient"
as_of = 2018
min_trial_n = 100
population = ["preterm infants", "newborns"]
intervention = ["plastic wrap", "plastic bag"]
lower_is_better = ["death before discharge"]
`)
	a := New(set.Claims...)
	for _, c := range []struct {
		finding string
		flag    bool
	}{
		{"plastic bag or wrap was associated with a lower risk of death before discharge.", true},
		{"plastic bag or wrap may be associated with a lower risk of death before discharge.", false},
	} {
		rec := store.Record{Title: "Thermal care interventions for preterm neonates: a systematic review and network meta-analysis", Year: 2021,
			PubTypes: []string{"Systematic Review"},
			Sections: []store.Section{
				{Label: "DATA SOURCES", Text: "MEDLINE, CENTRAL, Embase and CINAHL were searched for trials in preterm infants."},
				{Label: "KEY POINTS - FINDINGS", Text: "In this network meta-analysis of 34 trials with 3688 newborns, " + c.finding},
			}}
		as, ok := find(a.Assess(rec, set.Claims), "c")
		if !ok || as.Flagged != c.flag {
			t.Errorf("%q: flagged %v, want %v: %+v", c.finding, as.Flagged, c.flag, as)
		}
	}
}

// "None of the outcomes assessed (live birth, clinical pregnancy,
// miscarriage) differed significantly": a null, however long the list.
func TestNoneOfTheOutcomesDiffered(t *testing.T) {
	er := newEffectRules()
	if !er.isNull("None of the outcomes assessed (live birth, clinical pregnancy, miscarriage) differed significantly between the heparin and control groups.") {
		t.Error("none of the outcomes differed not read as null")
	}
	if er.isNull("None of the 40 women had a thrombosis, and live birth was significantly higher with heparin (p = 0.01).") {
		t.Error("a count of none read as a null result")
	}
}

// "... suggests heparin may benefit women. The changes were not
// statistically significant, but the authors read the trend as ...": the
// conclusion's change is no significant difference.
func TestConclusionTakenBackAfterwards(t *testing.T) {
	set := parseClaims(t, `
[[claim]]
id = "c"
statement = "Evidence is insufficient that heparin during IVF increases live birth."
verdict = "insufficient"
as_of = 2013
min_trial_n = 100
population = ["ivf"]
intervention = ["heparin"]
outcomes = ["implantation rates", "live birth"]
`)
	a := New(set.Claims...)
	for _, c := range []struct {
		after string
		flag  bool
	}{
		{"The changes were not statistically significant, but the authors read the upward trend in every outcome as pointing to possible benefits of heparin.", false},
		{"The authors read the upward trend in every outcome as pointing to possible benefits of heparin.", true},
	} {
		rec := store.Record{Title: "Heparin in women with repeated implantation failure having IVF: a randomised trial", Year: 2019,
			Sections: []store.Section{
				{Label: "METHODS", Text: "We randomised 120 women having IVF to heparin or no treatment."},
				{Label: "CONCLUSIONS", Text: "In this pilot study the relative rise in implantation rates suggests heparin may benefit women with repeated implantation failure. " + c.after},
			}}
		as, ok := find(a.Assess(rec, set.Claims), "c")
		if !ok || as.Flagged != c.flag {
			t.Errorf("%q: flagged %v, want %v: %+v", c.after, as.Flagged, c.flag, as)
		}
	}
}

// "Age over 60 years (P=0.025) and cancer (P=0.008) predicted the primary
// outcome": what predicted it, not an effect of the treatment.
func TestPredictorsOfTheOutcomeAreNoEffect(t *testing.T) {
	set := parseClaims(t, `
[[claim]]
id = "c"
statement = "Colchicine does not reduce death or mechanical ventilation in people hospitalised with COVID-19."
verdict = "no_effect"
as_of = 2021
min_trial_n = 200
population = ["covid 19"]
intervention = ["colchicine"]
lower_is_better = ["mechanical ventilation", "death"]
`)
	a := New(set.Claims...)
	rec := store.Record{Title: "Colchicine for hospitalised COVID-19 pneumonia: a randomised trial", Year: 2022,
		Sections: []store.Section{
			{Label: "METHODS", Text: "We randomised 227 patients hospitalised with COVID-19 to colchicine or standard of care. The primary outcome was mechanical ventilation or death."},
			{Label: "RESULTS", Text: "Mechanical ventilation and death did not differ between the groups (p = 0.62). Age over 60 years (P=0.025) and cancer (P=0.008) predicted the primary outcome."},
		}}
	as, ok := find(a.Assess(rec, set.Claims), "c")
	if !ok || as.Flagged {
		t.Errorf("flagged: %+v", as)
	}
}

// "electroacupuncture lowered disability more than manual acupuncture":
// two forms of the intervention compared, nothing about it against none;
// in a record with a sham arm, "more than SA" may be that sham.
func TestTwoFormsOfTheInterventionCompared(t *testing.T) {
	set := parseClaims(t, `
[[claim]]
id = "c"
statement = "Evidence is insufficient that acupuncture reduces neck disability in the long term."
verdict = "insufficient"
as_of = 2016
min_trial_n = 100
population = ["neck pain"]
intervention = ["acupunctur*", "electroacupunctur*"]
lower_is_better = ["disability"]
`)
	a := New(set.Claims...)
	for _, c := range []struct {
		methods string
		flag    bool
	}{
		{"Randomised trials of any type of acupuncture for neck pain were ranked by network meta-analysis.", false},
		{"Randomised trials of acupuncture against sham acupuncture for neck pain were ranked by network meta-analysis.", true},
	} {
		rec := store.Record{Title: "Types of acupuncture for neck pain: a systematic review and network meta-analysis", Year: 2022,
			PubTypes: []string{"Systematic Review"},
			Sections: []store.Section{
				{Label: "METHODS", Text: c.methods},
				{Label: "RESULTS", Text: "Sixty-five RCTs were included. Electroacupuncture lowered disability significantly more than manual acupuncture."},
			}}
		as, ok := find(a.Assess(rec, set.Claims), "c")
		if !ok || as.Flagged != c.flag {
			t.Errorf("%q: flagged %v, want %v: %+v", c.methods, as.Flagged, c.flag, as)
		}
	}
}

// "No side effects or serious adverse reactions were reported": the whole
// list is denied.
func TestNoAdverseListIsRemovedWhole(t *testing.T) {
	er := newEffectRules()
	got := er.noAdverse.ReplaceAllString("No side effects or serious adverse reactions were reported with dextrose.", " ")
	if strings.Contains(got, "adverse") || strings.Contains(got, "side") {
		t.Errorf("left %q", got)
	}
}

// "Evidence supporting botulinum toxin ... for pain and function is
// limited": a judgement of other treatments' evidence, not of this claim's;
// "the evidence on the effectiveness of the interventions studied is
// insufficient" judges the review's own.
func TestWeakEvidenceOnOtherTreatments(t *testing.T) {
	set := parseClaims(t, `
[[claim]]
id = "c"
statement = "Evidence is insufficient that dextrose prolotherapy improves function in knee osteoarthritis."
verdict = "insufficient"
as_of = 2016
min_trial_n = 100
population = ["knee osteoarthritis"]
intervention = ["prolotherapy", "dextrose"]
outcomes = ["function"]
`)
	a := New(set.Claims...)
	for _, c := range []struct {
		second string
		flag   bool
	}{
		{"Evidence supporting botulinum toxin type A, sodium bicarbonate with calcium gluconate, and 5% human serum albumin for pain and function is limited, and evidence for local anaesthetics is conflicting.", true},
		{"The evidence on the effectiveness or safety of the interventions studied is insufficient to support clinical recommendations.", false},
	} {
		rec := store.Record{Title: "Non-surgical injections for knee osteoarthritis: a systematic review", Year: 2018,
			PubTypes: []string{"Systematic Review"},
			Sections: []store.Section{
				{Label: "METHODS", Text: "We searched four databases for randomised trials of injections in knee osteoarthritis."},
				{Label: "CONCLUSION", Text: "Moderate evidence shows prolotherapy is effective in improving function in the long term. " + c.second},
			}}
		as, ok := find(a.Assess(rec, set.Claims), "c")
		if !ok || as.Flagged != c.flag {
			t.Errorf("%q: flagged %v, want %v: %+v", c.second, as.Flagged, c.flag, as)
		}
	}
}

// "the effects of specific approaches (e.g. active versus passive music
// therapy) are not fully known": an example of what the review asks, not a
// review of one form against another.
func TestExampleInBracketsIsNoComparisonOfTwo(t *testing.T) {
	set := parseClaims(t, `
[[claim]]
id = "c"
statement = "Evidence is insufficient that music therapy reduces anxiety in people with depression."
verdict = "insufficient"
as_of = 2017
min_trial_n = 100
population = ["depression"]
intervention = ["music therapy"]
lower_is_better = ["anxiety"]
`)
	a := New(set.Claims...)
	for _, c := range []struct {
		purpose string
		flag    bool
	}{
		{"The effects of specific approaches (e.g. active versus passive music therapy) are not fully known; the review evaluates music therapy in older adults with depression.", true},
		{"The review compares active versus passive music therapy in older adults with depression.", false},
	} {
		rec := store.Record{Title: "Effect of music therapy on older adults with depression: a systematic review and meta-analysis", Year: 2023,
			PubTypes: []string{"Systematic Review"},
			Sections: []store.Section{
				{Label: "BACKGROUND AND PURPOSE", Text: c.purpose},
				{Label: "RESULTS", Text: "Twenty-one studies with 1777 participants were included. Music therapy reduced depression and anxiety (p < 0.05)."},
			}}
		as, ok := find(a.Assess(rec, set.Claims), "c")
		if !ok || as.Flagged != c.flag {
			t.Errorf("%q: flagged %v, want %v: %+v", c.purpose, as.Flagged, c.flag, as)
		}
	}
}

// "Evidence is insufficient to determine the likely effect of SI on other
// key morbidities": a judgement of the outcomes the conclusion has not
// named, which leaves the effect it states standing.
func TestWeakEvidenceOnOtherOutcomes(t *testing.T) {
	set := parseClaims(t, `
[[claim]]
id = "c"
statement = "Evidence is insufficient that sustained inflation reduces mechanical ventilation in preterm infants."
verdict = "insufficient"
as_of = 2020
min_trial_n = 100
population = ["preterm infants"]
intervention = ["sustained inflation"]
lower_is_better = ["mechanical ventilation"]
`)
	a := New(set.Claims...)
	for _, c := range []struct {
		last string
		flag bool
	}{
		{"Evidence is insufficient to determine the likely effect of sustained inflation on other key morbidities.", true},
		{"Evidence is insufficient to determine the likely effect of sustained inflation.", false},
	} {
		rec := store.Record{Title: "Sustained inflation for preterm infants at birth: a systematic review and meta-analysis", Year: 2021,
			PubTypes: []string{"Systematic Review"},
			Sections: []store.Section{
				{Label: "METHODS", Text: "We searched four databases for randomised trials of sustained inflation in preterm infants."},
				{Label: "CONCLUSIONS", Text: "Sustained inflation reduced mechanical ventilation in the first 72 hours. " + c.last},
			}}
		as, ok := find(a.Assess(rec, set.Claims), "c")
		if !ok || as.Flagged != c.flag {
			t.Errorf("%q: flagged %v, want %v: %+v", c.last, as.Flagged, c.flag, as)
		}
	}
}

// "lower odds of eczema at 12 months (P = 0.04); the effect was weaker and
// not statistically significant at 24 months": a result at another time,
// not a taking back of the first.
func TestNullAtAnotherTimeTakesNothingBack(t *testing.T) {
	er := newEffectRules()
	cls := er.clauses("Children of supplemented mothers had lower odds of eczema at 12 months (OR 0.55, 95% CI 0.32-0.97, P = 0.04); the effect was weaker and not statistically significant at 24 months (OR 0.76, 95% CI 0.47-1.23).")
	if len(cls) != 2 || er.isNull(cls[0]) || !er.isNull(cls[1]) {
		t.Errorf("clauses %q", cls)
	}
	if cls := er.clauses("Eczema was less frequent at 12 months, but the difference was not statistically significant."); len(cls) != 1 {
		t.Errorf("a taking back split: %q", cls)
	}
}

// A trial's counts of adverse events per arm, untested and none of them
// serious, are no report of harm against a no-risk claim; "adverse events
// were more frequent with X" is.
func TestArmsAdverseCountsWithoutATestAreNoHarm(t *testing.T) {
	set := parseClaims(t, `
[[claim]]
id = "c"
statement = "Acupuncture for chronic prostatitis causes few and minor adverse events."
verdict = "no_risk"
as_of = 2018
min_trial_n = 100
population = ["chronic prostatitis"]
intervention = ["acupuncture"]
harms = ["adverse event*"]
`)
	a := New(set.Claims...)
	for _, c := range []struct {
		result string
		flag   bool
	}{
		{"There were 20 (9.1%) adverse events in the acupuncture group and 14 (6.4%) in the sham acupuncture group; none was serious.", false},
		{"Adverse events were more frequent with acupuncture than with sham acupuncture (20 vs 14).", true},
	} {
		rec := store.Record{Title: "Acupuncture for chronic prostatitis: a randomized clinical trial", Year: 2021,
			PubTypes: []string{"Randomized Controlled Trial"},
			Sections: []store.Section{
				{Label: "METHODS", Text: "In this randomized trial, 440 men with chronic prostatitis were randomly assigned to acupuncture or sham acupuncture."},
				{Label: "RESULTS", Text: c.result},
			}}
		as, ok := find(a.Assess(rec, set.Claims), "c")
		if !ok || as.Flagged != c.flag {
			t.Errorf("%q: flagged %v, want %v: %+v", c.result, as.Flagged, c.flag, as)
		}
	}
}

// "was as effective and as safe as the longer course", "within the
// prespecified noninferiority margin": no difference between the arms.
func TestAsEffectiveAndAsSafeIsNoDifference(t *testing.T) {
	er := newEffectRules()
	for _, s := range []string{
		"A short course of 3-5 days was as effective and as safe as the longer recommendation of 7-10 days.",
		"Re-treatment occurred in 12.5% vs 12.5% with 3-day vs 7-day courses, within the prespecified 8% noninferiority margin.",
	} {
		if !er.isNull(s) {
			t.Errorf("%q not read as no difference", s)
		}
	}
}

// "A 23-year-old male medical student presented with ...": one person's
// case, however the person is named.
func TestCaseOfOnePersonNamedAnyWay(t *testing.T) {
	a := New()
	r := a.Read(store.Record{Title: "Medication-induced nightmares", Year: 2019,
		Abstract: "A 23-year-old male medical student presented with delayed sleep-wake phase disorder that warranted treatment with melatonin. Taking melatonin was followed by vivid, recurrent nightmares, which resolved when it was stopped. Many medication classes have been linked to nightmares."})
	if r.Design != DesignCaseReport {
		t.Errorf("design %q, want %q", r.Design, DesignCaseReport)
	}
}

// "oral steroids may have little effect ...: there is little improvement in
// the number of children with normal hearing" is no difference; "all the
// evidence on nasal steroids was of low or very low certainty" judges the
// evidence.
func TestLittleEffectAndLowCertaintyEvidence(t *testing.T) {
	er := newEffectRules()
	for _, s := range []string{
		"Overall, oral steroids may have little effect in treating OME",
		"there is little improvement in the number of children with normal hearing",
	} {
		if !er.isNull(s) {
			t.Errorf("%q not read as no difference", s)
		}
	}
	if !er.weakJudgement("All the evidence on nasal steroids was of low or very low certainty, so it is less clear whether they affect hearing.", true) {
		t.Error(`"the evidence was of low or very low certainty" not read as a weak verdict`)
	}
}

// "Phototherapy combined with a probiotic" against a placebo: the placebo
// stands in for the probiotic, every arm had phototherapy, and the
// difference is the probiotic's. Against usual care, the combination is
// what was tested.
func TestCombinationWithTheOtherInEveryArm(t *testing.T) {
	set := parseClaims(t, `
[[claim]]
id = "c"
statement = "Evidence is insufficient that probiotics help treat neonatal jaundice."
verdict = "insufficient"
as_of = 2017
min_trial_n = 100
population = ["neonatal jaundice", "jaundiced neonates", "hyperbilirubinemia"]
intervention = ["probiotic", "probiotics", "synbiotic"]
controls = ["placebo", "usual care"]
outcomes = ["bilirubin", "hospital stay"]
lower_is_better = ["bilirubin", "hospital stay"]
`)
	a := New(set.Claims...)
	for _, c := range []struct {
		name, background, method string
		flag                     bool
	}{
		{"plus a placebo", "The study assessed a synbiotic combined with phototherapy in neonatal jaundice.",
			"194 jaundiced neonates were randomly assigned: the intervention group received a synbiotic with phototherapy, the control group had phototherapy plus a placebo.", true},
		{"placebo comparison", "Effects of phototherapy combined with probiotic supplementation in neonatal jaundice.",
			"194 jaundiced neonates were randomly assigned to a probiotic or a placebo.", true},
		{"usual care", "Effects of phototherapy combined with probiotic supplementation in neonatal jaundice.",
			"194 jaundiced neonates were randomly assigned to phototherapy combined with a probiotic or to usual care.", false},
	} {
		rec := store.Record{Title: "A randomized trial in neonatal jaundice", Year: 2024,
			Sections: []store.Section{
				{Label: "BACKGROUND", Text: c.background},
				{Label: "METHODS", Text: c.method},
				{Label: "RESULTS", Text: "Bilirubin was significantly lower in the intervention group on the second day (9.8 vs. 10.9 mg/dL, p = 0.001)."},
			}}
		as, ok := find(a.Assess(rec, set.Claims), "c")
		if !ok || as.Flagged != c.flag {
			t.Errorf("%s: flagged %v, want %v: %+v", c.name, as.Flagged, c.flag, as)
		}
	}
}

// "Better in the B vitamin group with rising baseline omega-3": a result
// by a baseline level that modifies the effect, not the trial's overall
// finding.
func TestEffectModifierIsASubgroup(t *testing.T) {
	set := parseClaims(t, `
[[claim]]
id = "c"
statement = "Evidence is insufficient that B vitamins slow cognitive decline in mild cognitive impairment."
verdict = "insufficient"
as_of = 2014
min_trial_n = 100
population = ["mild cognitive impairment"]
intervention = ["b vitamins"]
controls = ["placebo"]
outcomes = ["cognitive decline", "global cognition"]
lower_is_better = ["cognitive decline"]
`)
	rec := store.Record{Title: "Omega-3 status and B vitamins in mild cognitive impairment", Year: 2016,
		Abstract: "266 participants with mild cognitive impairment were randomized to B vitamins or placebo for 2 years. " +
			"Global cognition was significantly better in the B vitamin group with rising baseline omega-3 concentrations (p = 0.02). " +
			"With low omega-3 concentrations B vitamins had no effect on cognitive decline."}
	as, ok := find(New(set.Claims...).Assess(rec, set.Claims), "c")
	if !ok || as.Flagged {
		t.Errorf("flagged %v (found %v), want relevant and not flagged: %+v", as.Flagged, ok, as)
	}
}

// "Carnitines appear to improve some sperm parameters, but without
// evidence of a higher chance of natural conception"; "no consistent
// evidence supports the effectiveness of omega-3 in improving cognitive
// function": no difference on the claim's outcome, not a benefit.
func TestNoEvidenceOfIsNoDifference(t *testing.T) {
	for _, c := range []struct {
		claim string
		rec   store.Record
	}{
		{`
[[claim]]
id = "c"
statement = "Evidence is insufficient that antioxidants taken by subfertile men increase pregnancy rates."
verdict = "insufficient"
as_of = 2019
min_trial_n = 100
population = ["male infertility", "infertile men"]
intervention = ["carnitines", "antioxidants"]
controls = ["placebo"]
outcomes = ["natural conception", "clinical pregnancy"]
`, store.Record{Title: "Carnitines for male infertility: a systematic review and meta-analysis", Year: 2020,
			Sections: []store.Section{
				{Label: "RESULTS", Text: "Eight randomised trials of infertile men were included. Carnitines significantly improved total sperm motility."},
				{Label: "CONCLUSIONS", Text: "Carnitines appear to improve some sperm parameters in male infertility, but without evidence of a higher chance of natural conception."},
			}}},
		{`
[[claim]]
id = "c"
statement = "There is no convincing evidence that omega-3 supplements improve cognition in Alzheimer's disease."
verdict = "no_effect"
as_of = 2016
min_trial_n = 100
population = ["alzheimer's disease", "ad"]
intervention = ["omega-3 supplementation", "omega-3"]
controls = ["placebo"]
outcomes = ["cognitive function"]
`, store.Record{Title: "Omega-3 supplementation for Alzheimer's disease: a meta-analysis of randomized controlled trials", Year: 2020,
			Sections: []store.Section{
				{Label: "RESULTS", Text: "Six randomized controlled trials of patients with Alzheimer's disease were included."},
				{Label: "CONCLUSIONS", Text: "No consistent evidence supports the effectiveness of omega-3 supplementation in improving cognitive function in patients with AD in the short and medium term."},
			}}},
	} {
		set := parseClaims(t, c.claim)
		as, ok := find(New(set.Claims...).Assess(c.rec, set.Claims), "c")
		if !ok || as.Flagged || as.Direction == DirectionBenefit {
			t.Errorf("%s: flagged %v, direction %q (found %v), want relevant, not flagged, no benefit: %+v", c.rec.Title, as.Flagged, as.Direction, ok, as)
		}
	}
}

// "Healthy older adults given omega-3 had significantly better cognition,
// whereas no change was seen in people with dementia": the significant
// result is in a population the claims file excludes.
func TestResultInAnExcludedPopulation(t *testing.T) {
	set := parseClaims(t, `
[[claim]]
id = "c"
statement = "Omega-3 supplements have little or no effect on cognition in dementia."
verdict = "no_effect"
as_of = 2016
min_trial_n = 100
population = ["dementia"]
population_exclude = ["healthy older adults"]
population_core = ["people with dementia"]
intervention = ["omega-3"]
controls = ["placebo"]
outcomes = ["global cognitive function"]
`)
	a := New(set.Claims...)
	rec := store.Record{Title: "Omega-3 and cognition in older people with and without dementia: a randomized trial", Year: 2023,
		Sections: []store.Section{
			{Label: "METHODS", Text: "300 older adults, 150 people with dementia and 150 healthy older adults, were randomized to omega-3 or placebo for a year."},
			{Label: "RESULTS", Text: "Healthy older adults given omega-3 had significantly better global cognitive function than with placebo (p = 0.01), whereas no significant change was seen in people with dementia (p = 0.62)."},
		}}
	as, ok := find(a.Assess(rec, set.Claims), "c")
	if !ok || as.Flagged {
		t.Errorf("flagged %v (found %v), want relevant and not flagged: %+v", as.Flagged, ok, as)
	}
}

// Three readings of round 113: "too weak to conclude that X" is a weak
// verdict; a fall "in both groups compared with the preoperative day" is a
// change within every arm, not a harm; "none of the treatments affected
// sleep quality" is no difference.
func TestTooWeakWithinArmsAndNoneAffected(t *testing.T) {
	set := parseClaims(t, `
[[claim]]
id = "sleep"
statement = "Listening to music may improve sleep quality in adults with insomnia."
verdict = "benefit"
as_of = 2022
min_trial_n = 100
population = ["insomnia", "sleep quality", "surgical patients", "patients"]
intervention = ["music", "music intervention"]
controls = ["no music", "standard care"]
outcomes = ["sleep quality", "rcsq scores"]
statement_outcomes = ["sleep quality", "rcsq scores"]

[[claim]]
id = "asd"
statement = "Evidence is insufficient that omega-3 improves core symptoms of autism."
verdict = "insufficient"
as_of = 2011
min_trial_n = 100
population = ["autism", "asd"]
intervention = ["omega-3 supplementation", "omega-3"]
controls = ["placebo"]
outcomes = ["core symptoms"]
`)
	a := New(set.Claims...)
	for _, c := range []struct {
		claim, title string
		sections     []store.Section
		flag         bool
	}{
		{"asd", "Omega-3 for autism spectrum disorder: a meta-analysis", []store.Section{
			{Label: "RESULTS", Text: "Twenty randomised trials with 1151 participants with ASD were included."},
			{Label: "CONCLUSIONS", Text: "The effects of omega-3 supplementation on ASD were too weak to conclude that core symptoms were alleviated."}}, false},
		{"sleep", "Music and sleep after surgery: a randomized controlled trial", []store.Section{
			{Label: "METHODS", Text: "132 surgical patients were randomized to music or no music."},
			{Label: "RESULTS", Text: "RCSQ scores fell in both groups on the first postoperative day compared with the preoperative day, and compared with controls the music group's RCSQ scores improved significantly (p = 0.01)."}}, false},
		{"sleep", "Personal versus therapist music after surgery: a randomized controlled trial", []store.Section{
			{Label: "METHODS", Text: "229 surgical patients were randomized to standard care without music, therapist-designed music or personal music."},
			{Label: "RESULTS", Text: "Personal music lowered systolic blood pressure. None of the treatments affected sleep quality on the night after surgery."}}, true},
	} {
		rec := store.Record{Title: c.title, Year: 2024, Sections: c.sections}
		as, ok := find(a.Assess(rec, set.Claims), c.claim)
		if !ok || as.Flagged != c.flag {
			t.Errorf("%s: flagged %v (found %v), want %v: %+v", c.title, as.Flagged, ok, c.flag, as)
		}
	}
}

// TestEvidenceGapsAndNoIndicationAreWeak: a review whose conclusion is
// about the gaps in the research, which finds "no indication for
// prescribing" the treatment, or which calls "the basis for recommending"
// it uncertain, does not conclude that it works.
func TestEvidenceGapsAndNoIndicationAreWeak(t *testing.T) {
	set := parseClaims(t, `
[[claim]]
id = "qol"
statement = "Evidence is insufficient that ginseng improves quality of life in people with cancer."
verdict = "insufficient"
as_of = 2008
min_trial_n = 100
population = ["cancer", "patients with cancer"]
intervention = ["ginseng", "ginseng therapy"]
controls = ["placebo", "control"]
outcomes = ["quality of life"]
`)
	a := New(set.Claims...)
	for _, c := range []struct {
		name     string
		sections []store.Section
		flag     bool
	}{
		{"gaps", []store.Section{
			{Label: "RESULTS", Text: "Thirty-one trials in patients with cancer were included; quality of life was the outcome most often reported, and ginseng therapy improved quality of life in most of them."},
			{Label: "CONCLUSION", Text: "The review identified gaps in ginseng research that must be addressed to improve the evidence base for ginseng in supportive cancer care."}}, false},
		{"no indication", []store.Section{
			{Label: "RESULTS", Text: "Twenty-eight trials with 2639 patients with cancer were included."},
			{Label: "CONCLUSIONS", Text: "For quality of life or reduction of side effects, a thorough review of the literature gives no indication for prescribing ginseng to patients with cancer."}}, false},
		{"basis uncertain", []store.Section{
			{Label: "RESULTS", Text: "Nine randomised trials with 395 patients with cancer were included. Six found no significant difference between the groups; three reported a significant improvement in quality of life."},
			{Label: "CONCLUSION", Text: "Several trials were small. The basis for recommending ginseng to treat patients with cancer is therefore uncertain."}}, false},
		{"works", []store.Section{
			{Label: "RESULTS", Text: "Twenty-eight trials with 2639 patients with cancer were included. Ginseng improved quality of life more than control (SMD 0.50, 95% CI 0.21 to 0.79)."},
			{Label: "CONCLUSIONS", Text: "Ginseng is effective in improving quality of life in patients with cancer."}}, true},
	} {
		rec := store.Record{Title: "Ginseng for patients with cancer: a systematic review", Year: 2021, Sections: c.sections}
		as, ok := find(a.Assess(rec, set.Claims), "qol")
		if !ok || as.Flagged != c.flag {
			t.Errorf("%s: flagged %v (found %v), want %v: %+v", c.name, as.Flagged, ok, c.flag, as)
		}
	}
}

// TestControlArmGivenTheInterventionAndAControl: a control arm given
// another form of the intervention with a drug the claims file lists as a
// control ("tepid sponging plus paracetamol") is not an untreated arm.
func TestControlArmGivenTheInterventionAndAControl(t *testing.T) {
	set := parseClaims(t, `
[[claim]]
id = "fever"
statement = "Evidence is insufficient that sponging lowers fever in children more than an antipyretic alone."
verdict = "insufficient"
as_of = 2003
min_trial_n = 100
population = ["fever", "febrile children"]
intervention = ["sponging", "warm sponging", "tepid sponging"]
controls = ["paracetamol", "paracetamol alone"]
outcomes = ["temperature", "fever"]
`)
	a := New(set.Claims...)
	for _, c := range []struct {
		control string
		flag    bool
	}{
		{"tepid sponging plus paracetamol", false},
		{"paracetamol alone", true},
	} {
		rec := store.Record{Title: "Sponging in febrile children: a randomized controlled trial", Year: 2013, Sections: []store.Section{
			{Label: "METHODS", Text: "268 febrile children were randomized. The experimental group received warm sponging plus paracetamol (n=134) and the control group " + c.control + " (n=134)."},
			{Label: "RESULTS", Text: "The proportion reaching the target temperature was 49% with warm sponging and 22% in the control group (P = 0.00001)."}}}
		as, ok := find(a.Assess(rec, set.Claims), "fever")
		if !ok || as.Flagged != c.flag {
			t.Errorf("control %q: flagged %v (found %v), want %v: %+v", c.control, as.Flagged, ok, c.flag, as)
		}
	}
}

// TestEvidenceIsHoweverWeak: "the scientific evidence is, however, weak"
// in a review's conclusion is its verdict on the evidence, not a caveat an
// effect stated beside it outweighs.
func TestEvidenceIsHoweverWeak(t *testing.T) {
	set := parseClaims(t, `
[[claim]]
id = "pain"
statement = "Evidence is insufficient that mineral baths improve pain in osteoarthritis."
verdict = "insufficient"
as_of = 2007
min_trial_n = 100
population = ["osteoarthritis"]
intervention = ["mineral baths", "balneotherapy"]
controls = ["no treatment"]
outcomes = ["pain"]
`)
	a := New(set.Claims...)
	for _, c := range []struct {
		last string
		flag bool
	}{
		{"The scientific evidence is, however, weak, because of poor methodological quality.", false},
		{"Mineral baths can be recommended for patients with osteoarthritis.", true},
	} {
		rec := store.Record{Title: "Balneotherapy for osteoarthritis: a systematic review", Year: 2008, Sections: []store.Section{
			{Label: "RESULTS", Text: "Seven trials (498 patients with osteoarthritis) were included."},
			{Label: "CONCLUSION", Text: "There is moderate evidence of beneficial effects of mineral baths on pain compared with no treatment. " + c.last}}}
		as, ok := find(a.Assess(rec, set.Claims), "pain")
		if !ok || as.Flagged != c.flag {
			t.Errorf("%q: flagged %v (found %v), want %v: %+v", c.last, as.Flagged, ok, c.flag, as)
		}
	}
}

// TestAgainstAnotherTreatmentOnly: a finding of the intervention against
// a treatment the claims file names as another one (focus_exclude) says
// nothing about the intervention against none.
func TestAgainstAnotherTreatmentOnly(t *testing.T) {
	set := parseClaims(t, `
[[claim]]
id = "quit"
statement = "Evidence is insufficient that hypnotherapy helps smokers stop smoking."
verdict = "insufficient"
as_of = 2019
min_trial_n = 100
population = ["smokers", "smoking cessation"]
intervention = ["hypnotherapy", "hypnosis"]
focus_exclude = ["nicotine replacement", "nrt"]
controls = ["no treatment", "placebo"]
outcomes = ["abstinence"]
`)
	a := New(set.Claims...)
	for _, c := range []struct {
		ref  string
		flag bool
	}{
		{"nicotine replacement therapy", false},
		{"no treatment", true},
	} {
		rec := store.Record{Title: "Hypnotherapy for smoking cessation: a systematic review", Year: 2022, Sections: []store.Section{
			{Label: "RESULTS", Text: "Twelve trials with 2400 smokers were included."},
			{Label: "CONCLUSIONS", Text: "Hypnotherapy gave significantly higher abstinence rates than " + c.ref + "."}}}
		as, ok := find(a.Assess(rec, set.Claims), "quit")
		if !ok || as.Flagged != c.flag {
			t.Errorf("against %q: flagged %v (found %v), want %v: %+v", c.ref, as.Flagged, ok, c.flag, as)
		}
	}
}

// TestTreatmentNameIsNoWordOfTheResult: the words of the intervention's
// own name ("delayed" in "delayed cord clamping") say nothing about which
// way its result went.
func TestTreatmentNameIsNoWordOfTheResult(t *testing.T) {
	set := parseClaims(t, `
[[claim]]
id = "iron"
statement = "Delayed cord clamping in term infants improves iron stores in infancy."
verdict = "benefit"
as_of = 2013
min_trial_n = 100
population = ["term infants", "infants"]
intervention = ["delayed cord clamping", "delayed clamping"]
controls = ["early cord clamping"]
outcomes = ["anaemi*", "anemi*", "iron deficiency", "ferritin"]
lower_is_better = ["anaemi*", "anemi*", "iron deficiency"]
`)
	a := New(set.Claims...)
	rec := store.Record{Title: "Long-term effects of delayed cord clamping in infants: a systematic review", Year: 2019, Sections: []store.Section{
		{Label: "RESULTS", Text: "Twenty randomised trials were included (3733 infants). In term infants, delayed clamping reduced the incidence of anemia after six months of age and iron deficiency."}}}
	as, ok := find(a.Assess(rec, set.Claims), "iron")
	if !ok || as.Flagged || as.Direction != DirectionBenefit {
		t.Errorf("flagged %v, direction %s (found %v), want benefit, no flag: %+v", as.Flagged, as.Direction, ok, as)
	}
}

// TestPeopleAndAnchorsAreNoOutcome: an outcome word that says who was
// enrolled ("patients at increased risk of kidney injury", "a presenting
// pain score of 8") or which event ends what was measured ("the ORS
// volume consumed before recovery") is not the outcome a result is about.
func TestPeopleAndAnchorsAreNoOutcome(t *testing.T) {
	for _, c := range []struct {
		text, outcome string
		kept          bool
	}{
		{"in 775 patients at increased risk of kidney injury the primary outcome did not differ", "kidney", false},
		{"patients younger than 50 and those with a presenting pain score of 8 or more", "pain", false},
		{"the ORS volume consumed before recovery was lower", "recovery", false},
		{"patients at risk of complicated or recurrent diverticulitis", "recurrent", false},
		{"kidney injury was more frequent with starch", "kidney", true},
		{"recovery was faster with the drug", "recovery", true},
	} {
		toks := tokens(c.text)
		i := slices.Index(toks, c.outcome)
		got := modifiersDropped(toks, []span{{i, i + 1}})
		if (len(got) == 1) != c.kept {
			t.Errorf("%q: %q kept %v, want %v", c.text, c.outcome, len(got) == 1, c.kept)
		}
	}
}

// TestShortTermInWordsIsOutsideALongTermClaim: "effective in the short
// term, but not at long-term follow-up" reports, for a claim about long-
// term abstinence, only the null.
func TestShortTermInWordsIsOutsideALongTermClaim(t *testing.T) {
	set := parseClaims(t, `
[[claim]]
id = "quit"
statement = "Evidence is insufficient that exercise increases long-term abstinence from smoking."
verdict = "insufficient"
as_of = 2019
min_trial_n = 100
min_follow_up_weeks = 24
population = ["smokers", "smoking cessation"]
intervention = ["exercise", "aerobic exercise"]
controls = ["usual care"]
outcomes = ["smoking cessation", "abstinence"]
`)
	a := New(set.Claims...)
	for _, c := range []struct {
		concl string
		flag  bool
	}{
		{"Aerobic exercise may be effective for promoting smoking cessation in the short term, but not at medium- and long-term follow-up.", false},
		{"Aerobic exercise significantly increased abstinence at long-term follow-up.", true},
	} {
		rec := store.Record{Title: "Exercise for smoking cessation: a systematic review and meta-analysis", Year: 2021, Sections: []store.Section{
			{Label: "RESULTS", Text: "Eighteen randomised trials with 2815 smokers were included."},
			{Label: "CONCLUSIONS", Text: c.concl}}}
		as, ok := find(a.Assess(rec, set.Claims), "quit")
		if !ok || as.Flagged != c.flag {
			t.Errorf("%q: flagged %v (found %v), want %v: %+v", c.concl, as.Flagged, ok, c.flag, as)
		}
	}
}

// TestADelayPutsTheEventOff: "delayed time to lapse" is a longer time to
// a bad event, "delayed the onset of sepsis" less sepsis so far: both
// good; "delayed recovery" is still bad.
func TestADelayPutsTheEventOff(t *testing.T) {
	set := parseClaims(t, `
[[claim]]
id = "drink"
statement = "Baclofen reduces relapse in alcohol dependence."
verdict = "benefit"
as_of = 2018
min_trial_n = 100
population = ["alcohol dependence"]
intervention = ["baclofen"]
controls = ["placebo"]
outcomes = ["time to lapse", "sepsis", "recovery"]
lower_is_better = ["sepsis"]
`)
	a := New(set.Claims...)
	for _, c := range []struct {
		result, dir string
	}{
		{"Baclofen significantly delayed time to lapse compared with placebo (p = 0.01).", DirectionBenefit},
		{"Baclofen significantly delayed the onset of sepsis compared with placebo (p = 0.01).", DirectionBenefit},
		{"Baclofen significantly delayed recovery compared with placebo (p = 0.01).", DirectionHarm},
	} {
		rec := store.Record{Title: "Baclofen for alcohol dependence: a randomised controlled trial", Year: 2022, Sections: []store.Section{
			{Label: "METHODS", Text: "We randomised 320 adults with alcohol dependence to baclofen or placebo."},
			{Label: "RESULTS", Text: c.result}}}
		as, ok := find(a.Assess(rec, set.Claims), "drink")
		if !ok || as.Direction != c.dir {
			t.Errorf("%q: direction %s (found %v), want %s: %+v", c.result, as.Direction, ok, c.dir, as)
		}
	}
}

// TestAnotherTreatmentsOwnResult: in a trial of three arms, "better
// attention with MPH than with NFB" and "better inhibition with MPH" are
// the other treatment's results (MPH the record's name for a focus_exclude
// term), and a review's "cognitive rehabilitation appeared effective" is
// that treatment's.
func TestAnotherTreatmentsOwnResult(t *testing.T) {
	set := parseClaims(t, `
[[claim]]
id = "attention"
statement = "Neurofeedback has little or no effect on attention in children with ADHD."
verdict = "no_effect"
as_of = 2016
min_trial_n = 100
population = ["adhd"]
intervention = ["neurofeedback"]
focus_exclude = ["methylphenidate", "cognitive rehabilitation"]
controls = ["physical activity"]
outcomes = ["attention", "inhibition", "functional abilities"]
`)
	a := New(set.Claims...)
	const trial, review = "Neurofeedback compared with methylphenidate and physical activity in ADHD: a randomised controlled trial", "Neurofeedback and other non-drug treatments for ADHD: a systematic review"
	for _, c := range []struct {
		title, methods, results string
		flag                    bool
	}{
		{trial, "Children with ADHD (n = 112) were randomised to neurofeedback (NFB), methylphenidate (MPH) or physical activity.",
			"Analyses showed better attention with MPH than with NFB, p < 0.001, and better inhibition with MPH (p < 0.008).", false},
		{trial, "Children with ADHD (n = 112) were randomised to neurofeedback (NFB), methylphenidate (MPH) or physical activity.",
			"Analyses showed better attention with NFB than with physical activity (p < 0.001).", true},
		{review, "Twenty trials of neurofeedback or cognitive rehabilitation in 1900 children with ADHD were included.",
			"Cognitive rehabilitation appeared effective in improving the functional abilities of children with ADHD.", false},
		{review, "Twenty trials of neurofeedback or cognitive rehabilitation in 1900 children with ADHD were included.",
			"Neurofeedback appeared effective in improving the functional abilities of children with ADHD.", true},
	} {
		label := "RESULTS"
		if c.title == review {
			label = "CONCLUSIONS"
		}
		rec := store.Record{Title: c.title, Year: 2018, Sections: []store.Section{{Label: "METHODS", Text: c.methods}, {Label: label, Text: c.results}}}
		as, ok := find(a.Assess(rec, set.Claims), "attention")
		if !ok || as.Flagged != c.flag {
			t.Errorf("%q: flagged %v (found %v), want %v: %+v", c.results, as.Flagged, ok, c.flag, as)
		}
	}
}

// TestReviewProtocolsAndReviewJournals: a Cochrane protocol says so in its
// first sentence; whatever else a journal of systematic reviews prints is
// one; a review of trials "using the original protocol" is a review.
func TestReviewProtocolsAndReviewJournals(t *testing.T) {
	tr, dr := newTextRules(), newDesignRules()
	for _, c := range []struct {
		title, journal, text, want string
	}{
		{"Acupuncture for chronic neck pain", "Cochrane Database of Systematic Reviews",
			"This is the protocol for a Cochrane intervention review. Its objective is to assess the effects of acupuncture on chronic neck pain.", DesignProtocol},
		{"Racecadotril for acute diarrhoea in children", "Cochrane Database of Systematic Reviews",
			"The review asked whether racecadotril works in children under five with diarrhoea. The seven included trials enrolled 1140 children; the authors are uncertain whether it shortens diarrhoea.", DesignSystematicReview},
		{"Effectiveness of cognitive stimulation therapy: a systematic literature review and meta-analysis of randomised control trials using the original CST protocol", "",
			"Twelve studies met the inclusion criteria. The pooled results showed beneficial effects on cognition.", DesignSystematicReview},
		{"Cognitive stimulation for dementia: protocol for a systematic review and meta-analysis", "",
			"We will search four databases for randomised trials and pool their results.", DesignProtocol},
		{"Cognitive stimulation for dementia, a systematic review: protocol", "",
			"We will search four databases for randomised trials and pool their results.", DesignProtocol},
	} {
		rec := store.Record{Title: c.title, Journal: c.journal, Year: 2020, Abstract: c.text}
		if got := dr.design(tr.newDoc(rec), 0); got != c.want {
			t.Errorf("%q: design %q, want %q", c.title, got, c.want)
		}
	}
}

// TestWhetherItHelpsIsUncertain: "whether splinting reduces the need for
// surgery is also uncertain" judges the evidence; it reports no reduction.
func TestWhetherItHelpsIsUncertain(t *testing.T) {
	er := newEffectRules()
	for _, c := range []struct {
		text string
		weak bool
	}{
		{"Whether splinting reduces the need for surgery is also uncertain", true},
		{"It remains uncertain whether splinting reduces the need for surgery", true},
		{"Splinting reduced the need for surgery", false},
	} {
		if got := er.weakJudgement(c.text, true); got != c.weak {
			t.Errorf("%q: weak %v, want %v", c.text, got, c.weak)
		}
	}
}

// TestSuccessRatesAndCautionsToKeepInMind: "primary success rates were 57%
// with baclofen and 36% with placebo" is a result of any efficacy claim;
// "the risk of serious adverse events must be kept in mind" is advice, not
// a report of harm.
func TestSuccessRatesAndCautionsToKeepInMind(t *testing.T) {
	er := newEffectRules()
	if !er.effRate.in(tokens("primary success rates were 57% with baclofen")) {
		t.Error("a success rate is no rate of the treatment's effect")
	}
	if !er.advisory.MatchString("the risk of serious adverse events with high-dose baclofen must both be kept in mind") {
		t.Error("a caution to keep in mind read as a report of harm")
	}
}

// TestTrialsASummaryFound: "Four randomised controlled trials, all in
// children, have found significant improvements" sums up others' trials;
// the record is no trial of its own.
func TestTrialsASummaryFound(t *testing.T) {
	tr, dr := newTextRules(), newDesignRules()
	for _, c := range []struct {
		text string
		rct  bool
	}{
		{"Otovent is a balloon device for glue ear. Four randomised controlled trials, all in children, have found significant improvements in middle ear function with the device compared with standard care.", false},
		{"Otovent is a balloon device for glue ear. Four randomised controlled trials involving 565 children in total found significant improvements in middle ear function.", false},
		{"We randomised 320 children with glue ear to the Otovent device or standard care. Middle ear function improved significantly with the device (p = 0.01).", true},
	} {
		rec := store.Record{Title: "Otovent nasal balloon for otitis media with effusion", Year: 2016, Abstract: c.text}
		if got := dr.design(tr.newDoc(rec), 0); (got == DesignRCT) != c.rct {
			t.Errorf("%q: design %q, want rct %v", c.text, got, c.rct)
		}
	}
}

// TestWhatTheConditionDoes: "Pc-BPPV impairs the quality of life of
// primary care patients" says what the condition does, not what the
// manoeuvre did; "the manoeuvre improved quality of life" still counts.
func TestWhatTheConditionDoes(t *testing.T) {
	set := parseClaims(t, `
[[claim]]
id = "resolve"
statement = "The Epley manoeuvre improves quality of life in posterior canal BPPV."
verdict = "benefit"
as_of = 2014
min_trial_n = 100
population = ["bppv", "pc-bppv", "positional vertigo"]
intervention = ["epley manoeuvre", "epley"]
controls = ["sham manoeuvre"]
outcomes = ["quality of life"]
`)
	a := New(set.Claims...)
	for _, c := range []struct {
		concl string
		flag  bool
	}{
		{"Pc-BPPV impairs the quality of life of primary care patients.", false},
		{"The Epley manoeuvre did not improve quality of life compared with a sham manoeuvre (p = 0.6).", true},
	} {
		rec := store.Record{Title: "The Epley manoeuvre in primary care: a randomised controlled trial", Year: 2021, Sections: []store.Section{
			{Label: "METHODS", Text: "We randomised 134 patients with Pc-BPPV to the Epley manoeuvre or a sham manoeuvre."},
			{Label: "RESULTS", Text: "Vertigo resolved in 34% and 14% (p = 0.02)."},
			{Label: "CONCLUSIONS", Text: c.concl}}}
		as, ok := find(a.Assess(rec, set.Claims), "resolve")
		if !ok || as.Flagged != c.flag {
			t.Errorf("%q: flagged %v (found %v), want %v: %+v", c.concl, as.Flagged, ok, c.flag, as)
		}
	}
}

// TestAShorterOnset: "a shorter onset of labour" is labour that came
// sooner, what sweeping is for.
func TestAShorterOnset(t *testing.T) {
	set := parseClaims(t, `
[[claim]]
id = "labour"
statement = "Membrane sweeping at term increases spontaneous onset of labour."
verdict = "benefit"
as_of = 2020
min_trial_n = 100
population = ["at term", "pregnant women"]
intervention = ["membrane sweeping"]
controls = ["no intervention"]
outcomes = ["onset of labour"]
`)
	a := New(set.Claims...)
	for _, c := range []struct {
		result, dir string
	}{
		{"Membrane sweeping gave a shorter onset of labour than no intervention (21.5 vs 24.3 hours, p < 0.001).", DirectionBenefit},
		{"Membrane sweeping gave a longer onset of labour than no intervention (26.5 vs 24.3 hours, p < 0.001).", DirectionHarm},
	} {
		rec := store.Record{Title: "Membrane sweeping at term: a randomised controlled trial", Year: 2022, Sections: []store.Section{
			{Label: "METHODS", Text: "We randomised 226 pregnant women at term to membrane sweeping or no intervention."},
			{Label: "RESULTS", Text: c.result}}}
		as, ok := find(a.Assess(rec, set.Claims), "labour")
		if !ok || as.Direction != c.dir {
			t.Errorf("%q: direction %s (found %v), want %s: %+v", c.result, as.Direction, ok, c.dir, as)
		}
	}
}

// TestNoHarmInNoninferiorityReliefOrSearch: "was noninferior to placebo
// for surgical-site infection" reports no excess harm; "giving pain
// relief" less pain; "databases were searched for trials on adverse
// effects" is how a review looked, not a harm it found.
func TestNoHarmInNoninferiorityReliefOrSearch(t *testing.T) {
	er := newEffectRules()
	harms := newTermSet([]string{"surgical site infection", "surgical-site infection", "pain", "adverse effects"})
	for _, c := range []struct {
		text    string
		negated bool
	}{
		{"Dexamethasone was noninferior to placebo for the incidence of surgical-site infection within 30 days.", true},
		{"The case illustrates a durable option giving pain relief.", true},
		{"Surgical-site infection was more frequent with dexamethasone (p = 0.01).", false},
	} {
		if got := er.harmNegated(c.text, tokens(c.text), harms); got != c.negated {
			t.Errorf("%q: negated %v, want %v", c.text, got, c.negated)
		}
	}
	set := parseClaims(t, `
[[claim]]
id = "safe"
statement = "Silver diamine fluoride causes no significant adverse effects in children."
verdict = "no_risk"
as_of = 2016
population = ["children"]
intervention = ["silver diamine fluoride"]
harms = ["adverse effects"]
`)
	a := New(set.Claims...)
	rec := store.Record{Title: "Silver diamine fluoride in children: a systematic review", Year: 2017, Abstract: "PubMed, Embase and the Cochrane Central Register were searched systematically for randomised trials on the effect of silver diamine fluoride in children and on adverse effects. Nine trials were included."}
	as, ok := find(a.Assess(rec, set.Claims), "safe")
	if ok && as.Flagged {
		t.Errorf("a search for adverse effects read as a report of them: %+v", as)
	}
}

// Rules from rounds 122 and 123 (in-sample): a one-sentence abstract is
// read for its result; "no additional cardioprotection" is no effect;
// people described by a drug they were not taking state no result; "and
// had comparable efficacy" is a second finding of its own; a clinical
// practice update is a guideline; a dressing of the surgeon's choice is
// usual care.
func TestRoundsOneTwentyTwoAndThree(t *testing.T) {
	set := parseClaims(t, `
[[claim]]
id = "ssi"
statement = "Coated sutures reduce surgical site infection."
verdict = "benefit"
as_of = 2017
min_trial_n = 100
population = ["surgery", "surgical", "laparotomy"]
participants = ["procedures"]
intervention = ["coated suture*", "negative pressure wound therapy", "inpwt"]
outcomes = ["surgical site infection", "ssi"]
`)
	a := New(set.Claims...)
	one := store.Record{Title: "Coated sutures and surgical site infection: a randomized controlled trial", Year: 2018,
		Abstract: "In this double-blind randomized trial of abdominal wall closure in gastrointestinal surgery, covering 1013 procedures, coated sutures did not lower the risk of surgical site infection (6.9 per cent versus 5.9 per cent in controls)."}
	if as, ok := find(a.Assess(one, set.Claims), "ssi"); !ok || !as.Flagged {
		t.Errorf("a one-sentence abstract's null result of a large trial was not read: %+v", as)
	}
	choice := store.Record{Title: "Negative pressure wound therapy after emergency laparotomy: a randomized clinical trial", Year: 2025,
		Abstract: "METHODS: Adults having emergency laparotomy were allocated 1:1 to iNPWT (n = 411) or to the surgeon's choice of dressing (n = 410). RESULTS: 840 patients were randomized. Surgical site infection occurred in 112 of 394 (28.4%) in the iNPWT group and 108 of 394 (27.4%) in the surgeon's preference group (relative risk 1.03, 95% CI 0.83 to 1.28)."}
	if r := a.Read(choice); r.Comparator != ComparatorUsualCare {
		t.Errorf("a dressing of the surgeon's choice read as comparator %q", r.Comparator)
	}
	if as, ok := find(a.Assess(choice, set.Claims), "ssi"); !ok || !as.Flagged {
		t.Errorf("a large null trial against the surgeon's choice of dressing did not flag: %+v", as)
	}
	std := store.Record{Title: "Negative pressure wound therapy after caesarean section: a randomised controlled trial", Year: 2023,
		Abstract: "METHODS: Women having a caesarean delivery were allocated to a standard wound dressing or to negative pressure wound therapy. RESULTS: 154 women were randomised."}
	if r := a.Read(std); r.Comparator != ComparatorUsualCare {
		t.Errorf("a standard wound dressing read as comparator %q", r.Comparator)
	}
	er := newEffectRules()
	for _, c := range []struct {
		text string
		null bool
	}{
		{"Preconditioning gave no additional cardioprotection in terms of troponin I.", true},
		{"In cardiac surgery patients not taking sulfonylureas, preconditioning can reduce troponin release at six and 48 hours after surgery.", false},
		{"In patients not taking statins, RIPC can reduce troponin release.", false},
		{"In these patients, preconditioning did not reduce troponin release.", true},
	} {
		if got := er.isNull(c.text); got != c.null {
			t.Errorf("%q: null %v, want %v", c.text, got, c.null)
		}
	}
	cl := er.clauses("Saffron was effective in treating MDD and had comparable efficacy with synthetic antidepressants.")
	if len(cl) != 2 {
		t.Errorf("'and had comparable efficacy' not a clause of its own: %q", cl)
	}
	gl := store.Record{Title: "AGA Clinical Practice Update on the Role of Diet in Irritable Bowel Syndrome: Expert Review",
		Abstract: "DESCRIPTION: This clinical practice update gives best practice advice on diet in IBS. METHODS: The advice comes from a review of existing literature combined with expert opinion; because it was not a systematic review, the quality of evidence was not formally rated. BEST PRACTICE ADVICE STATEMENTS: Best Practice Advice 1: dietary advice is best prescribed to motivated patients."}
	if r := a.Read(gl); r.Design != DesignGuideline {
		t.Errorf("a clinical practice update read as %q", r.Design)
	}
	byTitle := store.Record{Title: "AGA Clinical Practice Update on the Role of Diet in Irritable Bowel Syndrome",
		Abstract: "The advice comes from a review of existing literature combined with expert opinion; because it was not a systematic review, the quality of evidence was not formally rated."}
	byAdvice := store.Record{Title: "Diet in irritable bowel syndrome: expert review",
		Abstract: "The advice comes from a review of existing literature combined with expert opinion; because it was not a systematic review, the quality of evidence was not formally rated. Best practice advice statements: dietary advice is best prescribed to motivated patients."}
	for _, rec := range []store.Record{byTitle, byAdvice} {
		if r := a.Read(rec); r.Design != DesignGuideline {
			t.Errorf("%q read as %q", rec.Title, r.Design)
		}
	}
}

// Rules from rounds 124 and 125 (in-sample): a credible interval and a
// "confidence interval (CI)" are read as intervals; a result among one
// kind of participant is a subgroup's; "evidence of very low to moderate
// quality suggests" is weak evidence; "Against placebo, progesterone
// lengthened gestation, lowered preterm birth and raised birth weight" is
// progesterone's result in every item of its list; a case report's "adverse
// reactions of antipsychotics" is not a harm of the intervention.
func TestRoundsOneTwentyFourAndFive(t *testing.T) {
	er := newEffectRules()
	for _, c := range []struct {
		text string
		null bool
	}{
		{"The odds ratio of CP for an improved disease severity scale was 0.936 (credible interval (CI) 0.667-1.311).", true},
		{"Glutamine lowered NEC (OR 0.30; 95% CrI 0.079-0.90).", false},
		{"Progesterone probably increases live births (RR 1.04, 95% confidence interval (CI) 0.99-1.10).", true},
	} {
		if got := er.isNull(c.text); got != c.null {
			t.Errorf("%q: null %v, want %v", c.text, got, c.null)
		}
	}
	if !er.subgroup.MatchString("Among antibiotic-naive participants there was a potential signal of higher recurrent-wheeze risk with azithromycin (hazard ratio 1.79, 95% CI 1.03 to 3.1).") {
		t.Error("a result among antibiotic-naive participants not read as a subgroup's")
	}
	if !er.insufficient.MatchString("Evidence of very low to moderate quality suggests that cupping therapy is effective for neck pain.") {
		t.Error("evidence of very low to moderate quality not read as weak")
	}
	set := parseClaims(t, `
[[claim]]
id = "neonatal"
statement = "Maintenance nifedipine does not improve birth weight or neonatal outcomes."
verdict = "no_effect"
as_of = 2013
population = ["preterm labour", "preterm labor", "maintenance tocolysis"]
intervention = ["nifedipine"]
focus_exclude = ["progesterone"]
outcomes = ["birth weight", "preterm birth", "gestation"]

[[claim]]
id = "safe"
statement = "Metformin added to antipsychotics does not cause adverse events."
verdict = "no_risk"
as_of = 2016
population = ["antipsychotic*", "schizophrenia"]
intervention = ["metformin"]
harms = ["adverse*", "adverse reaction*"]
`)
	a := New(set.Claims...)
	rev := store.Record{Title: "Progesterone and nifedipine for maintenance tocolysis after arrested preterm labor: a systematic review and meta-analysis", Year: 2016,
		Abstract: "RESULTS: Nine trials, using nifedipine or progesterone for maintenance tocolysis, were included. Against placebo or no treatment, progesterone maintenance significantly lengthened gestation at delivery [standard mean difference (SMD) 1.64; 95% confidence interval (CI), 1.21, 2.07; p < 0.00001], lowered the proportion delivering before 37 weeks (risk ratio 0.63; 95% CI, 0.47, 0.83; p = 0.001) and raised birth weight (SMD 317.71; 95% CI, 174.89, 460.53; p < 0.0001). Maintenance tocolysis with nifedipine showed none of these benefits."}
	if as, ok := find(a.Assess(rev, set.Claims), "neonatal"); ok && as.Flagged {
		t.Errorf("progesterone's list of results credited to nifedipine: %+v", as)
	}
	cr := store.Record{Title: "Metformin as a tool to control antipsychotic-induced metabolic syndrome - case report", Year: 2023,
		Abstract: "INTRODUCTION: Second-generation antipsychotics can have severe metabolic side effects; metformin may be used to regulate them. OBJECTIVES: The report aims to highlight the importance of the adverse metabolic reactions of antipsychotics."}
	if as, ok := find(a.Assess(cr, set.Claims), "safe"); ok && as.Flagged {
		t.Errorf("the antipsychotics' adverse reactions read as metformin's: %+v", as)
	}
	if !harmOfOther(tokens("bleeding induced by warfarin was seen"), newTermSet([]string{"bleeding"})) || harmOfOther(tokens("adverse reactions were rare"), newTermSet([]string{"adverse reaction*"})) {
		t.Error("harmOfOther: a harm put down to something named after it, and only that")
	}
}

// A control the claims file names inside the intervention's own name
// ("Vicryl" in "Vicryl Plus") names the control only where it stands
// alone.
func TestControlInsideTheInterventionsName(t *testing.T) {
	set := parseClaims(t, `
[[claim]]
id = "ssi"
statement = "Triclosan-coated sutures reduce surgical site infection."
verdict = "benefit"
as_of = 2017
min_trial_n = 100
controls_required = true
population = ["surgery", "surgical"]
intervention = ["vicryl plus", "triclosan coated suture*"]
controls = ["vicryl"]
outcomes = ["surgical site infection", "ssi"]
`)
	a := New(set.Claims...)
	trial := store.Record{Title: "Can triclosan-coated sutures reduce surgical site infection? A double-blinded randomized controlled trial", Year: 2023,
		Abstract: "METHODS: Patients having colorectal surgery were randomly assigned to Vicryl Plus or Vicryl. RESULTS: 811 patients were randomized. Surgical site infection did not differ between the groups (p = 0.59)."}
	if as, ok := find(a.Assess(trial, set.Claims), "ssi"); !ok || !as.Flagged {
		t.Errorf("Vicryl Plus against Vicryl not read as the intervention against its control: %+v", as)
	}
	staples := store.Record{Title: "Vicryl Plus versus staples for skin closure: a randomized controlled trial", Year: 2023,
		Abstract: "METHODS: Patients having colorectal surgery were randomly assigned to Vicryl Plus or skin staples. RESULTS: 811 patients were randomized. Surgical site infection did not differ between the groups (p = 0.59)."}
	if as, ok := find(a.Assess(staples, set.Claims), "ssi"); ok && as.Flagged {
		t.Errorf("the control's name inside the intervention's read as a control arm: %+v", as)
	}
}

// "The meta-analysis supports a moderate role for probiotics in preventing
// atopic dermatitis, with a similar favourable effect whether probiotics
// were used in pregnancy or in early life": a positive conclusion, its
// "similar" about two timings, not a null.
func TestSupportsARoleWithASimilarEffect(t *testing.T) {
	a := New(defaultClaims(t)...)
	rec := store.Record{Title: "Probiotics for the prevention of atopic dermatitis: a meta-analysis", Year: 2012,
		Abstract: "RESULTS: Fourteen studies were included. Probiotics lowered the incidence of atopic dermatitis (RR = 0.79 [95% CI = 0.71-0.88]). CONCLUSIONS: The meta-analysis supports a moderate role for probiotics in preventing atopic dermatitis in infants, with a similar favourable effect whether probiotics were used in pregnancy or in early life."}
	if r := a.Read(rec); r.Stance != StancePositive {
		t.Errorf("stance %q, want %q", r.Stance, StancePositive)
	}
	er := newEffectRules()
	if cl := er.clauses("The review supports a role for X in preventing Y, with a similar favourable effect whether X was used in pregnancy or in infancy."); len(cl) != 2 {
		t.Errorf("'with a similar effect whether' not a clause of its own: %q", cl)
	}
}

// "Slowed" lowers what it governs: "slowed the decline in kidney function"
// is a benefit on an outcome where less is better, "slowed weight gain" a
// harm where more is better (it had been read as a bad word whatever
// the outcome).
func TestSlowedLowers(t *testing.T) {
	set := parseClaims(t, `
[[claim]]
id = "ckd"
statement = "Evidence is insufficient that sodium bicarbonate slows the decline of kidney function."
verdict = "insufficient"
as_of = 2007
min_trial_n = 100
population = ["chronic kidney disease"]
intervention = ["sodium bicarbonate"]
controls = ["placebo"]
outcomes = ["decline in kidney function", "weight gain"]
lower_is_better = ["decline in kidney function"]
`)
	a := New(set.Claims...)
	for _, c := range []struct {
		result string
		want   string
	}{
		{"sodium bicarbonate slowed the decline in kidney function (p = 0.01)", DirectionBenefit},
		{"sodium bicarbonate slowed weight gain (p = 0.01)", DirectionHarm},
	} {
		rec := store.Record{Title: "Sodium bicarbonate in chronic kidney disease: a randomised trial", Year: 2020,
			Abstract: "We randomised 200 patients with chronic kidney disease to sodium bicarbonate or placebo. Compared with placebo, " + c.result + "."}
		as, ok := find(a.Assess(rec, set.Claims), "ckd")
		if !ok || as.Direction != c.want || !as.Flagged {
			t.Errorf("%q: direction %q flagged %v (found %v), want %q and flagged", c.result, as.Direction, as.Flagged, ok, c.want)
		}
	}
}

// A single-arm study whose adverse events were "all mild and transient"
// makes no report of harm against a no-risk claim; the same study finding
// them frequent does (round 128, psi-031).
func TestSingleArmMinorEventsAreNoHarm(t *testing.T) {
	set, err := claims.Example("psilocybin-depression")
	if err != nil {
		t.Fatal(err)
	}
	a := New(set.Claims...)
	for _, c := range []struct {
		events string
		flag   bool
	}{
		{"All AEs were mild and transient.", false},
		{"AEs were frequent.", true},
	} {
		rec := store.Record{Title: "Psilocybin therapy for females with anorexia nervosa: a phase 1, open-label feasibility study", Year: 2023,
			Abstract: "Anorexia nervosa (AN) is a deadly illness with no proven treatment to reverse its core symptoms and no medication approved by the US Food and Drug Administration, so new treatments are urgently needed. In this open-label feasibility study, 10 adult women (mean body mass index 19.7 kg m-2; s.d. 3.7) meeting DSM-5 criteria for AN or pAN (partial remission) were recruited at an academic clinical research institute and given a single 25-mg dose of synthetic psilocybin with psychological support. The primary aim was safety, tolerability and feasibility after treatment, assessed by the incidence of adverse events (AEs) and clinically significant changes in electrocardiogram (ECG), laboratory tests, vital signs and suicidality. There were no clinically significant changes in ECG, vital signs or suicidality. Two participants developed asymptomatic hypoglycemia after treatment, which resolved within 24 h, and there were no other clinically significant laboratory changes. " + c.events + " Participants' qualitative accounts suggest most found the treatment acceptable. The results suggest psilocybin therapy is safe, tolerable and acceptable for women with AN, a promising finding given the physiological dangers and engagement problems in this illness."}
		as, ok := find(a.Assess(rec, set.Claims), "psi-safety")
		if !ok || as.Flagged != c.flag {
			t.Errorf("%q: flagged %v (found %v), want %v: %+v", c.events, as.Flagged, ok, c.flag, as)
		}
	}
}

// Rules from rounds 126 and 127 (general research language).
func TestRoundsOneTwentySixAndSeven(t *testing.T) {
	er := newEffectRules()
	// "it remains unclear so far to what extent ...": the question is
	// open, as with "whether"
	for _, c := range []struct {
		text string
		weak bool
	}{
		{"It remains unclear so far to what extent next-generation probiotics are promising", true},
		{"It remains unclear how far the effect lasts", true},
		{"It is clear that the effect lasts", false},
	} {
		if got := er.weakJudgement(c.text, true); got != c.weak {
			t.Errorf("%q: weak %v, want %v", c.text, got, c.weak)
		}
	}
}

// Rules from rounds 130 and 131 (general research language).
func TestRoundsOneThirtyAndOne(t *testing.T) {
	er := newEffectRules()
	// a call for research after a plain conclusion is no judgement that
	// the evidence is too weak; an unclear clinical relevance is
	for _, c := range []struct {
		text string
		weak bool
	}{
		{"more high-quality clinical trials are needed to strengthen the evidence base", false},
		{"The review identified gaps in research that must be addressed to improve the evidence base", true},
		{"Although these three studies showed statistically significant changes from baseline, the clinical relevance of those changes is unclear", true},
		{"the clinical relevance of the observed changes is uncertain", true},
		{"the clinical relevance of those changes is clear", false},
	} {
		if got := er.weakJudgement(c.text, false); got != c.weak {
			t.Errorf("%q: weak %v, want %v", c.text, got, c.weak)
		}
	}
	// "the drug's low adverse effect profile" denies harm
	for _, c := range []struct {
		text string
		neg  bool
	}{
		{"this success, together with the drug's low adverse effect profile, makes it a novel therapy", true},
		{"its favourable side-effect profile", true},
		{"the adverse effect profile was a concern", false},
	} {
		if got := er.negHarm.MatchString(c.text); got != c.neg {
			t.Errorf("%q: denies harm %v, want %v", c.text, got, c.neg)
		}
	}
	// a verb with an object of its own after the outcome ("lower the
	// dose") says nothing of the outcome before it
	for _, c := range []struct {
		text, outcome string
		change        int
	}{
		{"Feeding appears to improve glucose, produce weight loss, lower the dose of drugs needed and improve quality of life", "weight loss", 0},
		{"Feeding appears to improve glucose, produce weight loss and lower blood pressure", "weight loss", -1},
		{"Weight loss was lower the first week", "weight loss", -1},
		{"Pain reduced the most with massage", "pain", -1},
	} {
		toks := tokens(c.text)
		ot := tokens(c.outcome)
		sp := span{-1, -1}
		for i := 0; i+len(ot) <= len(toks); i++ {
			if strings.Join(toks[i:i+len(ot)], " ") == strings.Join(ot, " ") {
				sp = span{i, i + len(ot)}
				break
			}
		}
		if sp.start < 0 {
			t.Fatalf("%q: no %q", c.text, c.outcome)
		}
		if got := er.read(c.text, toks, sp, groups{}).change; got != c.change {
			t.Errorf("%q: change of %q %d, want %d", c.text, c.outcome, got, c.change)
		}
	}
}

// Rules from rounds 132 and 133 (general research language).
func TestRoundsOneThirtyTwoAndThree(t *testing.T) {
	er := newEffectRules()
	// "none of the SRs reached high methodological quality" judges the
	// evidence weak
	for _, c := range []struct {
		text string
		weak bool
	}{
		{"None of the SRs reached high methodological quality", true},
		{"none of the included trials was of high quality", true},
		{"none of the included trials reported adverse events", false},
	} {
		if got := er.weakJudgement(c.text, false); got != c.weak {
			t.Errorf("%q: weak %v, want %v", c.text, got, c.weak)
		}
	}
	// "probiotics outperform placebo in reducing pain severity": a benefit
	if !er.good.in(tokens("probiotics outperform placebo in clinical cure rate")) {
		t.Error(`"outperform" is no word of benefit`)
	}
	// a result whose subject is the dose compares doses, not the
	// treatment against none
	rr := newReadRules()
	for _, c := range []struct {
		text string
		dose bool
	}{
		{"LGG dose had no statistically significant effect on pain severity (p = 0.12).", true},
		{"A higher LGG dose improved overall treatment success less than a lower dose (p = 0.05).", true},
		{"LGG had no statistically significant effect on pain severity (p = 0.12).", false},
		{"Patients given the higher dose of LGG had less pain.", false},
		{"The higher dose lowered nonvertebral fractures in community-dwelling older people.", false},
		{"Both doses were well tolerated.", false},
	} {
		if got := rr.doseSubject.MatchString(c.text); got != c.dose {
			t.Errorf("%q: dose subject %v, want %v", c.text, got, c.dose)
		}
	}
	a := New(defaultClaims(t)...)
	r := a.Read(store.Record{Title: "Lactobacillus rhamnosus for irritable bowel syndrome in children: a meta-analysis",
		Abstract: "Four randomised trials with 252 patients were included. Pain episodes were fewer with LGG than with placebo (p < 0.05). LGG dose had no statistically significant effect on pain severity (p = 0.12)."})
	for _, f := range r.Findings {
		if strings.Contains(f.Clause, "dose") {
			t.Errorf("a comparison of doses read as a finding: %+v", f)
		}
	}
	// and the judging step does not take it as the review's null result
	pset, err := claims.Example("probiotics-abdominal-pain")
	if err != nil {
		t.Fatal(err)
	}
	pa := New(pset.Claims...)
	rec := store.Record{Title: "Lactobacillus rhamnosus for treating irritable bowel syndrome in children: a systematic review with meta-analysis", Year: 2024,
		Abstract: "This study assessed whether the oral probiotic Lactobacillus rhamnosus (LGG) improves symptoms of irritable bowel syndrome in children. Four randomised clinical trials with 252 patients met the inclusion criteria. Treatment success occurred in 50 of 82 patients given LGG and in 28 of 82 given placebo (p = 0.05). A higher LGG dose improved overall treatment success less than a lower dose (p = 0.05). LGG dose had no statistically significant effect on pain severity (p = 0.12)."}
	if as, ok := find(pa.Assess(rec, pset.Claims), "pfa-pain"); ok && as.Flagged {
		t.Errorf("a comparison of doses flagged against the benefit: %+v", as)
	}
}

// "IIEF-EF and EHS scores rose in every group (p < 0.001), but the three
// groups did not differ significantly": the null comparison is on the
// outcomes of the clause before.
func TestGroupsNullOnOutcomeBefore(t *testing.T) {
	set, err := claims.Example("shockwave-ed")
	if err != nil {
		t.Fatal(err)
	}
	checkFlags(t, set, "swe-erection", func(results string) store.Record {
		return store.Record{Title: "Efficacy and safety of low-intensity shock wave therapy in penile rehabilitation post nerve-sparing radical cystoprostatectomy: a randomized controlled trial", Year: 2018,
			Abstract: "AIM: To assess the role of low-intensity extracorporeal shock wave therapy (LI-ESWT) in penile rehabilitation after nerve-sparing radical cystoprostatectomy. METHODS: The study randomised 152 sexually active men to three groups: LI-ESWT (42 patients), phosphodiesterase type-5 inhibitors (43 patients) and control (43 patients). RESULTS: " + results + " CONCLUSIONS: LI-ESWT is as safe as oral PDE5i in penile rehabilitation."}
	}, []flagCase{
		{"IIEF-EF and EHS scores rose statistically significantly over all follow-up periods in every group (p < 0.001), but the three groups did not differ significantly at any follow-up.", true},
		{"IIEF-EF and EHS scores rose statistically significantly over all follow-up periods in every group (p < 0.001).", false},
	})
}

// An acronym blended from the heads of words ("MassComp", massage and warm
// compress) names the arm those words give; a scale a measure was taken on
// is no outcome of its own.
func TestBlendedAcronymAndInstrument(t *testing.T) {
	for _, c := range []struct {
		words, acr string
		want       int
	}{
		{"to evaluate the combined effect of massage and warm compress to the perineum", "MassComp", 6},
		{"body mass index", "BMI", -1},
		{"sodium chloride", "NaCl", -1},
		{"massage and warm compress to the perineum", "MaxComp", -1},
	} {
		if got := blendStart(tokens(c.words), c.acr); got != c.want {
			t.Errorf("%s after %q: starts at %d, want %d", c.acr, c.words, got, c.want)
		}
	}
	er := newEffectRules()
	for _, c := range []struct {
		text  string
		scale bool
	}{
		{"satisfaction with care on a 0-10 visual numerical rating scale 8.3 vs 7.8 (P = 0.014)", false},
		{"scores on the numerical rating scale were lower with massage", true},
		{"pain measured on a numerical rating scale fell", true},
	} {
		if got := strings.Contains(er.withoutInstrument(c.text), "rating scale"); got != c.scale {
			t.Errorf("%q: scale kept %v, want %v", c.text, got, c.scale)
		}
	}
	set, err := claims.Example("warm-compress-perineum")
	if err != nil {
		t.Fatal(err)
	}
	a := New(set.Claims...)
	rec := store.Record{Title: "Combined massage and warm compress to the perineum during active second stage of labor in nulliparas: a randomized trial", Year: 2021,
		Abstract: "OBJECTIVE: To evaluate the combined effect of massage and warm compress to the perineum (MassComp) against standard 'hands-off' care in the second stage of labor. METHODS: Nulliparous women at term were randomized to MassComp or to standard hands-off care. RESULTS: A total of 156 participants were analysed. Perineal repair was needed in 53/79 (67%) with MassComp and 70/77 (91%) with control (RR 0.72, 95% CI 0.61-0.98; P < 0.001). Secondary outcomes, MassComp versus control: satisfaction with care on a 0-10 visual numerical rating scale 8.3 ± 1.2 vs 7.8 ± 1.2 (P = 0.014)."}
	for _, as := range a.Assess(rec, set.Claims).Assessments {
		if as.Flagged {
			t.Errorf("%s flagged: %+v", as.Claim, as)
		}
		if as.Claim == "wpc-tears" && as.Direction != "benefit" {
			t.Errorf("wpc-tears: direction %s, want benefit", as.Direction)
		}
	}
}

// "Among non-users of iodine supplements, low iodine intake was associated
// with preeclampsia": a result about people without the treatment is no
// report of its harm.
func TestNonUsersAreNotTreated(t *testing.T) {
	set, err := claims.Example("iodine-pregnancy")
	if err != nil {
		t.Fatal(err)
	}
	a := New(set.Claims...)
	for _, c := range []struct {
		result string
		flag   bool
	}{
		{"Among non-users of iodine supplements (n = 49,187), low iodine intake was associated with higher risk of preeclampsia (aOR 1.14, 95% CI 1.08-1.22; p < 0.001).", false},
		{"Among users of iodine supplements (n = 29,131), iodine supplement use was associated with higher risk of preeclampsia (aOR 1.14, 95% CI 1.08-1.22; p < 0.001).", true},
	} {
		rec := store.Record{Title: "Maternal iodine intake and adverse pregnancy outcomes in the Norwegian Mother, Father and Child Cohort Study", Year: 2020,
			Abstract: "BACKGROUND: Whether mild-to-moderate iodine deficiency affects pregnancy outcomes is not well known. METHODS: 78,318 pregnancies in a cohort with data on iodine intake and use of iodine supplements in pregnancy were included. RESULTS: " + c.result}
		as, ok := find(a.Assess(rec, set.Claims), "iod-safety")
		if !ok || as.Flagged != c.flag {
			t.Errorf("%q: flagged %v (found %v), want %v: %+v", c.result, as.Flagged, ok, c.flag, as)
		}
		// the reading stage lists no finding about the non-users either
		found := false
		for _, f := range a.Read(rec).Findings {
			found = found || strings.Contains(f.Clause, "preeclampsia")
		}
		if found != c.flag {
			t.Errorf("%q: read as a finding %v, want %v", c.result, found, c.flag)
		}
	}
}

// README: under a no_risk claim a term in harms that the intervention makes
// significantly less frequent is no harm report; more of it is one.
func TestNoRiskFewerHarmsIsNoHarm(t *testing.T) {
	set := parseClaims(t, `
[[claim]]
id = "safety"
statement = "Supervised exercise for hip osteoarthritis has no significant adverse effects."
verdict = "no_risk"
as_of = 2015
population = ["hip osteoarthritis"]
intervention = ["supervised exercise"]
harms = ["falls"]
`)
	for _, c := range []struct {
		result    string
		direction string
		flagged   bool
	}{
		{"Falls were significantly fewer with supervised exercise than with usual care (12 vs 25; p = 0.02).", "no_effect", false},
		{"Falls were significantly more frequent with supervised exercise than with usual care (25 vs 12; p = 0.02).", "harm", true},
	} {
		res := New(set.Claims...).Assess(store.Record{Title: "Supervised exercise for hip osteoarthritis: a randomised trial", Year: 2020,
			Abstract: "We randomised 204 adults with hip osteoarthritis to supervised exercise or usual care for 12 weeks. " + c.result}, set.Claims)
		if len(res.Assessments) != 1 || string(res.Assessments[0].Direction) != c.direction || res.Assessments[0].Flagged != c.flagged {
			t.Errorf("%q: %+v, want %s, flagged %v", c.result, res.Assessments, c.direction, c.flagged)
		}
	}
}

// Rules from rounds 134 to 136 (general research language).
func TestRoundsOneThirtyFourToSix(t *testing.T) {
	trial := func(result string) store.Record {
		return store.Record{Title: "Tai chi for knee osteoarthritis: a randomised trial", Year: 2024,
			Abstract: "METHODS: We randomised 300 adults with knee osteoarthritis to tai chi or health education. RESULTS: " + result}
	}
	painSet := parseClaims(t, `
[[claim]]
id = "pain"
statement = "Tai chi reduces pain in knee osteoarthritis."
verdict = "benefit"
as_of = 2013
population = ["knee osteoarthritis"]
intervention = ["tai chi"]
lower_is_better = ["pain"]
outcomes = ["pain improvement", "function"]
controls = ["health education"]
`)
	a := New(painSet.Claims...)
	for _, c := range []struct {
		result, direction string
	}{
		// an estimate of a change noun's measure ("pain improvement (SMD
		// -0.79)") does not turn the improvement into a harm
		{"Pain improvement was largest with tai chi (SMD -0.79, P<0.05).", DirectionBenefit},
		// more participants reaching a clinically important difference
		// in pain is better, whichever way pain runs
		{"More tai chi participants reached a minimal clinically important difference in pain (73% vs 47%, P<0.001).", DirectionBenefit},
		{"Fewer tai chi participants reached a minimal clinically important difference in pain (47% vs 73%, P<0.001).", DirectionHarm},
		{"Pain was significantly higher with tai chi (P<0.001).", DirectionHarm},
	} {
		as, ok := find(a.Assess(trial(c.result), painSet.Claims), "pain")
		if !ok || string(as.Direction) != c.direction {
			t.Errorf("%q: %v (found %v), want %s", c.result, as.Direction, ok, c.direction)
		}
	}

	// "antivirals are superior to cryotherapy": the intervention is the
	// other treatment's comparator; against placebo it is still a finding
	warts := parseClaims(t, `
[[claim]]
id = "clear"
statement = "Evidence is insufficient to show that cryotherapy clears warts."
verdict = "insufficient"
as_of = 2012
population = ["warts"]
intervention = ["cryotherapy"]
outcomes = ["clearance"]
`)
	aw := New(warts.Claims...)
	for _, c := range []struct {
		result string
		flag   bool
	}{
		{"Antivirals were superior to cryotherapy for clearance (p<0.01).", false},
		{"Placebo was superior to cryotherapy for clearance (p<0.01).", true},
	} {
		rec := store.Record{Title: "Treatments for plantar warts: a systematic review and meta-analysis", Year: 2022, PubTypes: []string{"Systematic Review"},
			Abstract: "We pooled 20 randomised trials of treatments for plantar warts. RESULTS: " + c.result}
		as, ok := find(aw.Assess(rec, warts.Claims), "clear")
		if !ok || as.Flagged != c.flag {
			t.Errorf("%q: flagged %v (found %v), want %v: %+v", c.result, as.Flagged, ok, c.flag, as)
		}
	}
	// nor is such a comparison a conclusion that the intervention works
	sup := store.Record{Title: "Efficacy of cryotherapy for plantar warts: a systematic review and meta-analysis", Year: 2022, PubTypes: []string{"Systematic Review"},
		Abstract: "We pooled 20 randomised trials of cryotherapy for plantar warts, with complete clearance as the primary endpoint. No difference in efficacy was found between two rounds of 10-s and four rounds of 5-s freeze-thaw cycles. There was evidence that antivirals and chemotherapy are superior to cryotherapy for plantar warts."}
	if as, ok := find(aw.Assess(sup, warts.Claims), "clear"); !ok || as.Flagged {
		t.Errorf("other treatments superior to the intervention: %+v (found %v), want relevant, not flagged", as, ok)
	}
	// what a review reports on is no verdict
	rev := store.Record{Title: "Warts (non-genital)", Year: 2014, PubTypes: []string{"Systematic Review"},
		Abstract: "RESULTS: 17 studies met the inclusion criteria. CONCLUSIONS: The review presents information on the effectiveness and safety of bleomycin, cryotherapy, duct tape occlusion and salicylic acid."}
	if r := aw.Read(rev); r.Stance == StancePositive {
		t.Errorf("a review's topic read as a positive conclusion")
	}
	if as, ok := find(aw.Assess(rev, warts.Claims), "clear"); ok && as.Flagged {
		t.Errorf("a review's topic flagged: %+v", as)
	}
	// "can be used to treat" is a positive conclusion
	if r := aw.Read(store.Record{Title: "Cryotherapy for warts: a systematic review", Year: 2021, PubTypes: []string{"Systematic Review"},
		Abstract: "CONCLUSIONS: Cryotherapy can be used to treat common warts in children without significant side effects."}); r.Stance != StancePositive {
		t.Errorf("stance %q of 'can be used to treat', want positive", r.Stance)
	}
}

// A review of several treatments: a result given for the others, listed
// after "with" or reported as what the evidence showed, is none of the
// intervention's.
func TestOtherTreatmentsListed(t *testing.T) {
	set := parseClaims(t, `
[[claim]]
id = "sleep"
statement = "Evidence is insufficient to show that magnesium improves sleep."
verdict = "insufficient"
as_of = 2021
population = ["insomnia", "poor sleep"]
intervention = ["magnesium"]
outcomes = ["sleep quality"]
focus_exclude = ["melatonin", "vitamin d", "probiotics"]
`)
	checkFlags(t, set, "sleep", func(result string) store.Record {
		return store.Record{Title: "Magnesium and other supplements for poor sleep: a systematic review and meta-analysis", Year: 2023, PubTypes: []string{"Systematic Review"},
			Abstract: "We pooled 31 randomised trials of magnesium and other dietary supplements in adults with poor sleep. RESULTS: " + result}
	}, []flagCase{
		{"Sleep quality improved significantly with amino acids (MD -1.27, 95% CI -2.35 to -0.20), melatonin (MD -1.21, 95% CI -2.17 to -0.24) and vitamin D (MD -1.63, 95% CI -3.15 to -0.10).", false},
		{"High-level evidence showed melatonin to be the most effective at improving sleep quality (MD -1.21, 95% CI -2.17 to -0.24).", false},
		{"Sleep quality improved significantly with magnesium (MD -1.27, 95% CI -2.35 to -0.20).", true},
		// a verb before the item: not the subject's list
		{"Overall, supplementation significantly raised serum vitamin D and significantly improved sleep quality (MD -1.27, 95% CI -2.35 to -0.20).", true},
		// "those with X" is whom, not what they were given
		{"Sleep quality improved significantly (MD -1.27, 95% CI -2.35 to -0.20), most in those with low vitamin D.", true},
	})
}

// "Scores fell in both arms, but significantly more in those taking X":
// the clause compares the arms on the change the clause before states.
func TestSignificantlyMoreInTheArm(t *testing.T) {
	set := parseClaims(t, `
[[claim]]
id = "dep"
statement = "Evidence is insufficient to show that creatine reduces depressive symptoms."
verdict = "insufficient"
as_of = 2019
population = ["depression"]
intervention = ["creatine"]
lower_is_better = ["phq 9"]
`)
	a := New(set.Claims...)
	for _, c := range []struct {
		result, direction string
	}{
		{"At 8 weeks PHQ-9 scores had fallen in both arms, but significantly more in those taking creatine (mean difference -5.12).", DirectionBenefit},
		{"At 8 weeks PHQ-9 scores had risen in both arms, but significantly more in those taking creatine (mean difference 5.12).", DirectionHarm},
	} {
		rec := store.Record{Title: "Creatine added to CBT in depression: a randomised placebo-controlled trial", Year: 2025,
			Abstract: "METHODS: One hundred participants with depression were randomised to creatine plus CBT (N = 50) or placebo plus CBT (N = 50). RESULTS: " + c.result}
		as, ok := find(a.Assess(rec, set.Claims), "dep")
		if !ok || string(as.Direction) != c.direction || !as.Flagged {
			t.Errorf("%q: %v flagged %v (found %v), want %s flagged", c.result, as.Direction, as.Flagged, ok, c.direction)
		}
	}
}

// "the efficacy and safety of X" with a no-risk claim beside: efficacy is
// the efficacy claim's question as a whole; beside another efficacy claim
// it is not this one's.
func TestEfficacyNamedBesideSafety(t *testing.T) {
	file := func(second string) *claims.Set {
		return parseClaims(t, `
[[claim]]
id = "pain"
statement = "Tai chi reduces pain in knee osteoarthritis."
verdict = "benefit"
as_of = 2013
population = ["knee osteoarthritis"]
intervention = ["tai chi"]
lower_is_better = ["pain"]

[[claim]]
id = "other"
statement = "Another claim on tai chi in knee osteoarthritis."
verdict = "`+second+`"
as_of = 2013
population = ["knee osteoarthritis"]
intervention = ["tai chi"]
harms = ["safety"]
outcomes = ["balance"]
`)
	}
	rec := func(named string) store.Record {
		return store.Record{Title: "The effectiveness of tai chi for knee osteoarthritis: an overview of systematic reviews", Year: 2023, PubTypes: []string{"Systematic Review"},
			Abstract: "BACKGROUND: This overview appraises the evidence on the efficacy and " + named + " of tai chi for knee osteoarthritis. RESULTS: Six systematic reviews were included; their methodological quality was generally unsatisfactory. CONCLUSION: Tai chi is effective as a non-drug intervention in the treatment of knee osteoarthritis, but the evidence quality is unsatisfactory, so these results should be interpreted with caution."}
	}
	set := file("no_risk")
	as, ok := find(New(set.Claims...).Assess(rec("safety"), set.Claims), "pain")
	if !ok || as.Flagged || as.Direction != DirectionBenefit {
		t.Errorf("efficacy and safety, beside a no-risk claim: %+v (found %v), want benefit, not flagged", as, ok)
	}
	// beside another efficacy claim whose outcome the record names, the
	// conclusion is that claim's, not this one's
	set = file("insufficient")
	if as, ok := find(New(set.Claims...).Assess(rec("balance"), set.Claims), "pain"); ok && as.Direction == DirectionBenefit {
		t.Errorf("efficacy and balance, beside a claim on balance: %+v, want no benefit read for pain", as)
	}
}

// A controlled trial giving both arms' share of an adverse event, with no
// test of the difference, reports no significant excess: no harm report;
// a tested excess, or events told of their own, still are.
func TestArmSharesAreNoHarmReport(t *testing.T) {
	set := parseClaims(t, `
[[claim]]
id = "safety"
statement = "Xylitol syrup has no significant adverse effects."
verdict = "no_risk"
as_of = 2015
population = ["children"]
intervention = ["xylitol"]
harms = ["diarrhoea"]
`)
	checkFlags(t, set, "safety", func(result string) store.Record {
		return store.Record{Title: "Xylitol syrup for children: a randomised placebo-controlled trial", Year: 2023,
			Abstract: "METHODS: 250 children aged 1-5 years were randomised to xylitol or placebo syrup. RESULTS: " + result}
	}, []flagCase{
		{"The most common adverse event was diarrhoea (28% with placebo; 34% with xylitol).", false},
		{"Diarrhoea occurred in 28% with placebo and 34% with xylitol.", false},
		{"Diarrhoea was more common with xylitol (34% vs 28%; p = 0.01).", true},
		{"Two children on xylitol developed severe diarrhoea.", true},
	})
	// "lower cure rates than other treatments": a comparison with other
	// treatments, nothing about the intervention against none
	warts := parseClaims(t, `
[[claim]]
id = "clear"
statement = "Evidence is insufficient to show that cryotherapy clears warts."
verdict = "insufficient"
as_of = 2012
population = ["warts"]
intervention = ["cryotherapy"]
outcomes = ["cure rates"]
`)
	checkFlags(t, warts, "clear", func(result string) store.Record {
		return store.Record{Title: "Cryotherapy for plantar warts: a systematic review and meta-analysis", Year: 2022, PubTypes: []string{"Systematic Review"},
			Abstract: "We pooled 20 randomised trials of cryotherapy for plantar warts. RESULTS: " + result}
	}, []flagCase{
		{"Cryotherapy had lower cure rates than other treatments (p = 0.01).", false},
		{"Cryotherapy had lower cure rates than placebo (p = 0.01).", true},
	})
}

// flagCase is one result text and whether the record it completes is
// flagged.
type flagCase struct {
	text string
	flag bool
}

// checkFlags assesses the record rec makes of each case's text against the
// set and checks the claim's flag (the claim must bear on the record).
func checkFlags(t *testing.T, set *claims.Set, claim string, rec func(string) store.Record, cases []flagCase) {
	t.Helper()
	a := New(set.Claims...)
	for _, c := range cases {
		as, ok := find(a.Assess(rec(c.text), set.Claims), claim)
		if !ok || as.Flagged != c.flag {
			t.Errorf("%q: flagged %v (found %v), want %v: %+v", c.text, as.Flagged, ok, c.flag, as)
		}
	}
}

// Round 138's rules: a typographic minus in an interval, passive
// randomisation opening the methods, a conclusion that heterogeneity
// prevented, outcomes named only in the background, a graded hedged
// finding, a pooled result stated in words, a combination named only in
// the background, and an elliptical list of results.
// gingerPain is the claims file of the round-138 reading tests.
const gingerPain = `
[[claim]]
id = "pain"
statement = "Evidence is insufficient to show that ginger relieves period pain."
verdict = "insufficient"
as_of = 2016
population = ["dysmenorrhoea"]
participants = ["adolescents"]
intervention = ["ginger"]
lower_is_better = ["pain"]
`

func TestTypographicMinusInIntervals(t *testing.T) {
	set := parseClaims(t, gingerPain)
	checkFlags(t, set, "pain", func(result string) store.Record {
		return store.Record{Title: "Ginger for primary dysmenorrhoea: a randomised placebo-controlled trial", Year: 2022,
			Abstract: "METHODS: 200 women with primary dysmenorrhoea were randomised to ginger or placebo. RESULTS: " + result}
	}, []flagCase{
		{"Pain was lower with ginger than with placebo (MD −1.2, 95% CI −1.9 to −0.5).", true},
		{"Pain was lower with ginger than with placebo (MD −1.2, 95% CI −1.9 to 0.5).", false},
	})
}

func TestPassiveRandomisationOpensMethods(t *testing.T) {
	set := parseClaims(t, gingerPain)
	a := New(set.Claims...)
	r := a.Read(store.Record{Title: "Ginger and peppermint for adolescents with primary dysmenorrhoea", Year: 2021,
		Abstract: "The study explored how ginger and peppermint affect adolescents with primary dysmenorrhoea. " +
			"One hundred and fifty adolescents aged 13-22 years with moderate to severe dysmenorrhoea (3-5 on a pain scale), preferably taking no medication, were enrolled and randomly split into three groups: control, ginger and peppermint. " +
			"Baseline data came from a self-administered questionnaire. " +
			"To compare the effects of ginger and peppermint, each group took 15 capsules a month. " +
			"Pain fell more with ginger than in the control group (p = 0.001). " +
			"Symptoms improved by 10% with ginger (p < 0.05). " +
			"Haemoglobin was unaffected by either treatment (p > 0.05). " +
			"Ginger lowered pain more than peppermint and control."})
	if r.Design != DesignRCT || r.N != 150 {
		t.Errorf("design %s, n %d; want a randomised trial of 150", r.Design, r.N)
	}
}

func TestHeterogeneityPreventedConclusions(t *testing.T) {
	set := parseClaims(t, `
[[claim]]
id = "agitation"
statement = "Music therapy makes little or no difference to agitation in dementia."
verdict = "no_effect"
as_of = 2018
population = ["dementia"]
intervention = ["music"]
lower_is_better = ["agitation"]
`)
	checkFlags(t, set, "agitation", func(concl string) store.Record {
		return store.Record{Title: "Music and dementia: a review of 30 studies", Year: 2021,
			Sections: []store.Section{
				{Label: "METHODS", Text: "Cochrane Library, Embase and Medline were searched and 30 studies were included."},
				{Label: "RESULTS", Text: "Some studies found no impact, or only a short-term effect, of music on agitation."},
				{Label: "CONCLUSION", Text: "A music treatment approach should therefore be designed for each stage of dementia and used alongside drugs." + concl},
			}}
	}, []flagCase{
		{" High heterogeneity of outcomes prevented clear conclusions about the benefits of music in dementia.", false},
	})
}

func TestOutcomesInBackgroundAreNotMeasured(t *testing.T) {
	set := parseClaims(t, `
[defaults]
population = ["dementia"]
intervention = ["music"]
as_of = 2018

[[claim]]
id = "depression"
statement = "Music therapy probably reduces depressive symptoms in dementia."
verdict = "benefit"
lower_is_better = ["depressive symptoms", "mood"]

[[claim]]
id = "agitation"
statement = "Music therapy makes little or no difference to agitation in dementia."
verdict = "no_effect"
lower_is_better = ["agitation"]
`)
	a := New(set.Claims...)
	res := a.Assess(store.Record{Title: "Music and dementia: a review of 30 studies", Year: 2021,
		Sections: []store.Section{
			{Label: "BACKGROUND", Text: "Dementia affects mood and behaviour."},
			{Label: "METHODS", Text: "Cochrane Library, Embase and Medline were searched and 30 studies were included."},
			{Label: "RESULTS", Text: "Some studies found no impact of music on wandering, agitation or cognition."},
			{Label: "CONCLUSION", Text: "Heterogeneity prevented clear conclusions about the benefits of music in dementia."},
		}}, set.Claims)
	if as, ok := find(res, "depression"); ok {
		t.Errorf("bears on the depression claim, which only its background's mood names: %+v", as)
	}
}

func TestGradedHedgedFinding(t *testing.T) {
	set := parseClaims(t, `
[[claim]]
id = "cough"
statement = "Honey probably relieves acute cough in children."
verdict = "benefit"
as_of = 2018
population = ["acute cough"]
intervention = ["honey"]
outcomes = ["sleep"]
lower_is_better = ["cough*"]
`)
	checkFlags(t, set, "cough", func(concl string) store.Record {
		return store.Record{Title: "Honey for acute cough in children: a systematic review", Year: 2023, PubTypes: []string{"Systematic Review"},
			Abstract: "Ten randomised trials of honey in children with acute cough were included; they were not pooled. Conclusion: " + concl}
	}, []flagCase{
		{"there is low quality evidence that honey may relieve cough and improve sleep in children with acute cough; better trials are needed.", false},
		{"the evidence is insufficient to show that honey relieves acute cough in children.", true},
	})
}

func TestPooledResultStatedInWords(t *testing.T) {
	set := parseClaims(t, `
[[claim]]
id = "depression"
statement = "Music therapy probably reduces depression in dementia."
verdict = "benefit"
as_of = 2018
population = ["dementia"]
intervention = ["music"]
lower_is_better = ["depression"]
`)
	checkFlags(t, set, "depression", func(result string) store.Record {
		return store.Record{Title: "Music therapy in dementia: a systematic review and meta-analysis", Year: 2020, PubTypes: []string{"Meta-Analysis"},
			Sections: []store.Section{
				{Label: "RESULTS", Text: result + " There was, however, no evidence of improvement in short-term depression."},
				{Label: "CONCLUSION", Text: "Music could be a powerful treatment strategy."},
			}}
	}, []flagCase{
		{"The meta-analysis showed that music interventions improve cognitive function, as well as long-term depression.", false},
		{"The meta-analysis showed that music interventions may improve cognitive function, as well as long-term depression.", true},
	})
}

func TestCombinationNamedInBackgroundOnly(t *testing.T) {
	set := parseClaims(t, `
[[claim]]
id = "symptoms"
statement = "Evidence is insufficient to show that zinc reduces depressive symptoms."
verdict = "insufficient"
as_of = 2012
population = ["depression"]
intervention = ["zinc"]
lower_is_better = ["depressive symptom scores"]
`)
	checkFlags(t, set, "symptoms", func(background string) store.Record {
		return store.Record{Title: "Zinc in depression: a meta-analysis of randomized controlled trials", Year: 2022, PubTypes: []string{"Meta-Analysis"},
			Sections: []store.Section{
				{Label: "BACKGROUND", Text: background},
				{Label: "RESULTS", Text: "Zinc supplementation significantly reduced depressive symptom scores in patients with depression (WMD -4.15; 95% CI -6.56 to -1.75)."},
			}}
	}, []flagCase{
		{"It is unclear whether zinc given alone outperforms zinc combined with antidepressant medication.", true},
	})
}

func TestEllipticalListOfResults(t *testing.T) {
	set := parseClaims(t, `
[[claim]]
id = "tinnitus"
statement = "Ginkgo makes little or no difference to tinnitus."
verdict = "no_effect"
as_of = 2013
population = ["tinnitus"]
intervention = ["ginkgo"]
lower_is_better = ["annoyance", "loudness"]
focus_exclude = ["acamprosate"]
`)
	checkFlags(t, set, "tinnitus", func(result string) store.Record {
		return store.Record{Title: "Drugs for subjective tinnitus: a systematic review and network meta-analysis", Year: 2025, PubTypes: []string{"Systematic Review"},
			Sections: []store.Section{{Label: "RESULTS", Text: "Sixty trials of drugs for tinnitus were analysed. " + result}}}
	}, []flagCase{
		{"Ginkgo with vitamins (SMD −3.11, 95% CI −4.15 to −2.06) ranked first for severity, acamprosate (SMD −0.88, 95% CI −1.81 to −0.04) for annoyance and fluoxetine (SMD −3.28, 95% CI −4.23 to −2.34) for loudness.", false},
		{"Ginkgo (SMD −0.88, 95% CI −1.81 to −0.04) ranked first for annoyance.", true},
	})
}

// "X combined with Y" with the claim's intervention first is the
// intervention given with an adjunct, as its trials give it; with the
// intervention second ("herbal bathing combined with massage") the record
// tests the other treatment with the intervention added, and its effect
// stays the combination's.
func TestInterventionFirstCombination(t *testing.T) {
	set := parseClaims(t, `
[[claim]]
id = "cognition"
statement = "Evidence is insufficient to show that computerised cognitive training improves cognition in mild cognitive impairment."
verdict = "insufficient"
as_of = 2019
min_trial_n = 100
population = ["mild cognitive impairment"]
intervention = ["computerized cognitive training", "cognitive training"]
outcomes = ["cognition", "cognitive function"]
`)
	checkFlags(t, set, "cognition", func(title string) store.Record {
		return store.Record{Title: title, Year: 2024, PubTypes: []string{"Randomized Controlled Trial"},
			Sections: []store.Section{
				{Label: "METHODS", Text: "A total of 118 patients with mild cognitive impairment were randomly assigned to the combined intervention or to standard care."},
				{Label: "RESULTS", Text: "Cognitive function was significantly better in the intervention group than in the control group (p < 0.001)."},
			}}
	}, []flagCase{
		{"Computerized cognitive training combined with occupational therapy in mild cognitive impairment: a randomized controlled trial", true},
		{"Occupational therapy combined with computerized cognitive training in mild cognitive impairment: a randomized controlled trial", false},
	})
}

// "HAMD was higher in men than women": participants compared by sex or
// age, not the arms; a trial whose arms differ in favour of the
// intervention does not also report a harm.
func TestParticipantsComparedBySexOrAge(t *testing.T) {
	set := parseClaims(t, `
[[claim]]
id = "mood"
statement = "Music therapy improves depressive symptoms."
verdict = "benefit"
as_of = 2017
min_trial_n = 100
population = ["depression"]
intervention = ["music therapy"]
lower_is_better = ["hamd"]
`)
	checkFlags(t, set, "mood", func(also string) store.Record {
		return store.Record{Title: "Music therapy for depression: a randomized controlled trial", Year: 2024, PubTypes: []string{"Randomized Controlled Trial"},
			Sections: []store.Section{
				{Label: "METHODS", Text: "102 inpatients with depression were randomly allocated to music therapy or a control group."},
				{Label: "RESULTS", Text: "After treatment the music therapy group's HAMD score was significantly lower than the control group's; HAMD was also " + also + " (all P<0.05)."},
			}}
	}, []flagCase{
		{"higher in men than women, and in patients aged 60 or over than in those aged 18-35", false},
		{"higher in the music therapy group at week 1", true},
	})
}

// An abstract whose only inline label is "Aim:" opening it: the label
// names the first sentence; what follows is read for what was done, found
// and concluded, as in an abstract without labels.
func TestLoneOpeningLabel(t *testing.T) {
	set := parseClaims(t, `
[[claim]]
id = "pain"
statement = "Evidence is insufficient to show that Pilates reduces pain in chronic low back pain."
verdict = "insufficient"
as_of = 2011
population = ["low back pain"]
intervention = ["pilates"]
lower_is_better = ["pain"]
`)
	checkFlags(t, set, "pain", func(label string) store.Record {
		return store.Record{Title: "Exercise for chronic low back pain: a network meta-analysis", Year: 2022, PubTypes: []string{"Systematic Review"},
			Abstract: label + "to establish which type of exercise best reduces pain in adults with chronic low back pain. " +
				"This was a systematic review with network meta-analysis of randomised controlled trials. " +
				"Six electronic databases were searched from inception to July 2021. " +
				"The review included 118 trials (9710 participants). " +
				"Pilates was the most effective exercise for reducing pain. " +
				"Pilates reduces pain in adults with chronic low back pain."}
	}, []flagCase{
		{"Aim: ", true},
		{"Objective: ", true},
	})
}

// "probiotics have been shown to improve quality of life": a review's
// synthesis stated in words, unhedged.
func TestShownToImproveInSynthesis(t *testing.T) {
	set := parseClaims(t, `
[[claim]]
id = "symptoms"
statement = "Evidence is insufficient to show that probiotics relieve allergic rhinitis."
verdict = "insufficient"
as_of = 2015
population = ["allergic rhinitis"]
intervention = ["probiotics"]
outcomes = ["quality of life"]
`)
	checkFlags(t, set, "symptoms", func(result string) store.Record {
		return store.Record{Title: "Probiotics in allergic rhinitis: a systematic review of systematic reviews", Year: 2022, PubTypes: []string{"Systematic Review"},
			Sections: []store.Section{
				{Label: "OBJECTIVES", Text: "To summarise systematic reviews of probiotics in allergic rhinitis."},
				{Label: "DATA SYNTHESIS", Text: "Three systematic reviews were eligible. " + result},
			}}
	}, []flagCase{
		{"In allergic rhinitis, probiotics have been shown to improve quality of life.", true},
		{"In allergic rhinitis, probiotics have not been shown to improve quality of life.", false},
	})
}

// "WBV improved BMD once studies of low quality were excluded", beside
// "the primary analysis showed no differences": a sensitivity analysis
// is not the review's finding.
func TestSensitivityAnalysisBesidePrimaryNull(t *testing.T) {
	set := parseClaims(t, `
[[claim]]
id = "bone"
statement = "Evidence is insufficient to show that whole-body vibration improves bone mineral density."
verdict = "insufficient"
as_of = 2010
population = ["postmenopausal women"]
intervention = ["whole body vibration", "wbv"]
outcomes = ["bone mineral density", "bmd"]
`)
	checkFlags(t, set, "bone", func(results string) store.Record {
		return store.Record{Title: "Whole body vibration and bone mineral density in postmenopausal women: a meta-analysis", Year: 2016, PubTypes: []string{"Meta-Analysis"},
			Sections: []store.Section{
				{Label: "OBJECTIVE", Text: "To review randomised trials of whole body vibration (WBV) on bone mineral density (BMD) in postmenopausal women."},
				{Label: "RESULTS", Text: "Fifteen trials were included. " + results},
			}}
	}, []flagCase{
		{"The primary analysis showed no differences. Compared with control, WBV improved BMD once studies of low methodological quality were excluded (MD 0.01, 95% CI 0.002 to 0.02).", false},
		{"Compared with control, WBV improved BMD (MD 0.01, 95% CI 0.002 to 0.02).", true},
	})
}

// "Only five SRs reported the specific adverse events participants had":
// how many studies reported harms, not a harm.
func TestStudiesReportingHarmsIsNoHarm(t *testing.T) {
	set := parseClaims(t, `
[[claim]]
id = "safety"
statement = "Whole-body vibration has no significant adverse effects."
verdict = "no_risk"
as_of = 2010
population = ["postmenopausal women"]
intervention = ["whole body vibration", "wbv"]
harms = ["adverse events", "adverse reactions"]
`)
	checkFlags(t, set, "safety", func(results string) store.Record {
		return store.Record{Title: "Whole body vibration in postmenopausal women: an overview of systematic reviews", Year: 2024, PubTypes: []string{"Systematic Review"},
			Sections: []store.Section{
				{Label: "OBJECTIVE", Text: "To appraise systematic reviews of whole body vibration (WBV) in postmenopausal women."},
				{Label: "RESULTS", Text: "Fifteen systematic reviews were included. " + results},
			}}
	}, []flagCase{
		{"Only five SRs reported the specific adverse reactions participants had after WBV.", false},
		{"Adverse reactions were significantly more frequent after WBV than after control (RR 2.1, 95% CI 1.3 to 3.4).", true},
	})
}

// "Evidence was limited for deciding the most effective intensity": a
// question of how best to give the treatment; "omega-3 had effects too
// weak to conclude ...": a judgement of another treatment reviewed beside
// the claim's. Neither is a judgement that the claim's intervention is
// unproven.
func TestWeakJudgementOfDoseOrOtherTreatment(t *testing.T) {
	set := parseClaims(t, `
[[claim]]
id = "symptoms"
statement = "Evidence is insufficient to show that vitamin D improves core symptoms of autism."
verdict = "insufficient"
as_of = 2012
population = ["autism"]
intervention = ["vitamin d"]
outcomes = ["core symptoms"]
focus_exclude = ["omega-3"]
`)
	checkFlags(t, set, "symptoms", func(conclusion string) store.Record {
		return store.Record{Title: "Omega-3 and vitamin D in autism: a systematic review and meta-analysis", Year: 2023, PubTypes: []string{"Systematic Review"},
			Sections: []store.Section{
				{Label: "OBJECTIVE", Text: "To review trials of omega-3 or vitamin D in children with autism."},
				{Label: "CONCLUSIONS", Text: conclusion + " Vitamin D supplementation improved core symptoms of autism."},
			}}
	}, []flagCase{
		{"Omega-3 supplementation had effects too weak to conclude that core symptoms were relieved.", true},
		{"Evidence was limited for deciding the most effective dose and duration.", true},
		{"The evidence is too weak to conclude that any supplement works.", false},
	})
}

// "both therapy groups showed larger falls than the control group on
// anxiety and pain scales": a size of change, not the harm "falls".
func TestLargerFallsAreNoFalls(t *testing.T) {
	set := parseClaims(t, `
[[claim]]
id = "safety"
statement = "Yoga has no significant adverse effects."
verdict = "no_risk"
as_of = 2005
population = ["anxiety", "depression"]
intervention = ["yoga"]
harms = ["adverse events", "falls", "injuries"]
`)
	a := New(set.Claims...)
	for _, c := range []flagCase{
		{"After 12 weeks of twice-weekly 20-minute yoga or massage sessions, both therapy groups showed larger falls than the control group on depression, anxiety and back and leg pain scales.", false},
		{"After 12 weeks, falls were significantly more frequent with yoga than in the control group (p = 0.01).", true},
	} {
		rec := store.Record{Title: "Yoga and massage therapy reduce prenatal depression", Year: 2011,
			Abstract: "Eighty-four women with prenatal depression were randomised to yoga, massage therapy or a standard prenatal care control group to compare how yoga and massage affect prenatal depression. " + c.text}
		as, _ := find(a.Assess(rec, set.Claims), "safety")
		if as.Flagged != c.flag {
			t.Errorf("%q: flagged %v, want %v: %+v", c.text, as.Flagged, c.flag, as)
		}
	}
}

// "These gains did not reach clinically significant thresholds": the
// significant results just given are too small to show the treatment
// works.
func TestClinicallyMinorGains(t *testing.T) {
	set := parseClaims(t, `
[[claim]]
id = "arm"
statement = "Evidence is insufficient to show that virtual reality improves arm function after stroke."
verdict = "insufficient"
as_of = 2011
population = ["stroke"]
intervention = ["virtual reality", "imvr"]
outcomes = ["fugl meyer", "upper extremity"]
`)
	checkFlags(t, set, "arm", func(after string) store.Record {
		return store.Record{Title: "Immersive virtual reality in stroke rehabilitation: a systematic review and meta-analysis", Year: 2025, PubTypes: []string{"Systematic Review"},
			Sections: []store.Section{
				{Label: "METHODS", Text: "A meta-analysis of randomized trials comparing immersive virtual reality (imVR) with usual care after stroke."},
				{Label: "RESULTS", Text: "Thirteen trials were pooled. Compared with usual care, virtual reality significantly improved Fugl-Meyer upper extremity scores (MD 3.04, 95% CI 1.46 to 4.62, p < 0.001). " + after},
			}}
	}, []flagCase{
		{"These gains did not reach clinically significant thresholds.", false},
		{"Adherence was high.", true},
	})
}

// A digest of another's study ("SYNOPSIS", "SUMMARY POINTS") reports no
// study of its own.
func TestDigestIsOther(t *testing.T) {
	a := New(defaultClaims(t)...)
	for _, tc := range []struct {
		label string
		want  string
	}{
		{"SYNOPSIS", DesignOther},
		{"SUMMARY POINTS", DesignOther},
		{"RESULTS", DesignSystematicReview},
	} {
		rec := store.Record{Title: "Massage for preterm infants and weight gain", Sections: []store.Section{
			{Label: tc.label, Text: "A meta-analysis of four randomized controlled trials suggests that massage significantly increases weight gain in preterm infants (MD 5.1 g/day, 95% CI 2.0 to 8.2)."}}}
		if got := a.Read(rec).Design; got != tc.want {
			t.Errorf("%s: design %s, want %s", tc.label, got, tc.want)
		}
	}
}

// "The evidence indicates that dry needling could be recommended to
// relieve pain": a recommendation, whose "could" is no hedge.
func TestCouldBeRecommended(t *testing.T) {
	set := parseClaims(t, `
[[claim]]
id = "pain"
statement = "Evidence is insufficient to show that dry needling reduces low back pain."
verdict = "insufficient"
as_of = 2005
population = ["low back pain"]
intervention = ["dry needling"]
lower_is_better = ["pain", "disability"]
`)
	checkFlags(t, set, "pain", func(conclusion string) store.Record {
		return store.Record{Title: "Dry needling for chronic low back pain: a systematic review and meta-analysis", Year: 2023, PubTypes: []string{"Systematic Review"},
			Sections: []store.Section{
				{Label: "OBJECTIVE", Text: "To appraise the evidence on dry needling for chronic low back pain."},
				{Label: "RESULTS", Text: "Eight trials with 414 patients were included."},
				{Label: "CONCLUSION", Text: conclusion + " There is no evidence that dry needling improves disability at follow-up."},
			}}
	}, []flagCase{
		{"The current evidence indicates that dry needling could be recommended to relieve pain intensity.", true},
		{"The current evidence on dry needling comes from small trials in specialist clinics.", false},
	})
}

// "Probiotics have shown limited efficacy overall for managing
// symptoms": a conclusion that the treatment does little, not a benefit.
func TestLimitedEfficacyIsNoBenefit(t *testing.T) {
	set := parseClaims(t, `
[[claim]]
id = "symptoms"
statement = "Evidence is insufficient to show that probiotics improve symptoms in children with autism."
verdict = "insufficient"
as_of = 2018
population = ["autism"]
intervention = ["probiotic*"]
lower_is_better = ["behavioural symptoms", "gi symptoms"]
`)
	checkFlags(t, set, "symptoms", func(conclusion string) store.Record {
		return store.Record{Title: "Probiotics in autism spectrum disorder: a systematic review", Year: 2021, PubTypes: []string{"Systematic Review"},
			Sections: []store.Section{
				{Label: "RESULTS", Text: "Eight clinical trials in children with autism were reviewed; most were open-label."},
				{Label: "CONCLUSION", Text: conclusion},
			}}
	}, []flagCase{
		{"Probiotics have shown limited efficacy overall for managing GI or behavioural symptoms in children with autism.", false},
		{"Probiotics have shown efficacy for managing GI and behavioural symptoms in children with autism.", true},
	})
}

// A review whose only significant result is a subgroup's, beside an
// overall result it reports, has found no pooled difference.
func TestSubgroupIsNoPooledDifference(t *testing.T) {
	set := parseClaims(t, `
[[claim]]
id = "symptoms"
statement = "Evidence is insufficient to show that probiotics improve symptoms in children with autism."
verdict = "insufficient"
as_of = 2018
population = ["autism"]
intervention = ["probiotic*"]
outcomes = ["behavioural symptoms"]
`)
	checkFlags(t, set, "symptoms", func(result string) store.Record {
		return store.Record{Title: "Probiotics and behavioural symptoms in children with autism: a meta-analysis", Year: 2025, PubTypes: []string{"Meta-Analysis"},
			Abstract: "We pooled randomised trials of probiotics in children with autism. Eight trials entered the meta-analysis. " + result}
	}, []flagCase{
		{"A significant effect on behavioural symptoms was, however, seen in the subgroup analysis by intervention duration (SMD = -0.26 [95% CI, -0.49 to -0.03]; P = .02).", false},
		{"A significant effect on behavioural symptoms was seen (SMD = -0.26 [95% CI, -0.49 to -0.03]; P = .02).", true},
	})
}

// "Verum was superior to placebo on the BSS": the active preparation
// named as the trial names it, and a superiority the trial tested.
func TestVerumSuperiorToPlacebo(t *testing.T) {
	set := parseClaims(t, `
[[claim]]
id = "cough"
statement = "Evidence is insufficient to show that ivy leaf extract relieves acute cough."
verdict = "insufficient"
as_of = 2011
population = ["acute bronchitis"]
intervention = ["ivy leaf*"]
lower_is_better = ["bronchitis severity score", "bss"]
`)
	rec := func(result string) store.Record {
		return store.Record{Title: "Ivy leaf extract versus placebo in acute bronchitis: a randomised trial", Year: 2019,
			Sections: []store.Section{
				{Label: "METHODS", Text: "In this randomised, placebo-controlled, double-blind trial, 209 adults with acute bronchitis were treated for one week with a liquid of ivy leaves dry extract or placebo. The primary outcome was the change in the Bronchitis Severity Score (BSS)."},
				{Label: "RESULTS", Text: result},
			}}
	}
	superior := "Verum was superior to placebo on the BSS during and at the end of treatment."
	if as, ok := find(New(set.Claims...).Assess(rec(superior), set.Claims), "cough"); !ok || as.Direction != DirectionBenefit {
		t.Errorf("%q: direction %q (found %v), want %q", superior, as.Direction, ok, DirectionBenefit)
	}
	checkFlags(t, set, "cough", rec, []flagCase{
		{superior, true},
		{"Verum did not differ from placebo on the BSS (p = 0.41).", false},
		{"Verum was superior to placebo on the BSS, but not significantly (p = 0.09).", false},
	})
}

// "Although limited sample size and treatment duration preclude definitive
// changes in clinical practice, ...": the review's own judgement that its
// evidence is too weak.
func TestPrecludeChangesInPractice(t *testing.T) {
	set := parseClaims(t, `
[[claim]]
id = "glycaemic"
statement = "Evidence is insufficient to show that resveratrol improves glycaemic control in type 2 diabetes."
verdict = "insufficient"
as_of = 2014
population = ["type 2 diabetes", "t2dm"]
intervention = ["resveratrol"]
lower_is_better = ["haemoglobin a1c", "hba1c"]
`)
	checkFlags(t, set, "glycaemic", func(last string) store.Record {
		return store.Record{Title: "Resveratrol as an adjunct in type 2 diabetes: systematic review and meta-analysis", Year: 2015, PubTypes: []string{"Meta-Analysis"},
			Sections: []store.Section{
				{Label: "RESULTS", Text: "Six randomised trials with 196 T2DM patients were included. Resveratrol was significantly (p < 0.05) more effective than placebo for haemoglobin A1c, but not for fasting glucose. No major adverse events were reported."},
				{Label: "CONCLUSIONS", Text: last},
			}}
	}, []flagCase{
		{"Although limited sample size and treatment duration preclude definitive changes in clinical practice, the authors consider the significant improvements and the excellent safety profile to support resveratrol as a leading candidate adjunct in T2DM.", false},
		{"The authors consider the significant improvements and the excellent safety profile to support resveratrol as a leading candidate adjunct in T2DM.", true},
	})
}

// "X may offer an additional intervention; however, high-quality,
// rigorously designed RCTs ... are recommended": a hedged finding whose
// trials the review calls not yet good enough.
func TestHedgedFindingBesideQualityCall(t *testing.T) {
	set := parseClaims(t, `
[[claim]]
id = "anxiety"
statement = "Evidence is insufficient to show that reflexology reduces anxiety."
verdict = "insufficient"
as_of = 2011
population = ["adults"]
intervention = ["reflexology"]
lower_is_better = ["anxiety"]
`)
	checkFlags(t, set, "anxiety", func(conclusion string) store.Record {
		return store.Record{Title: "Foot reflexology for anxiety in adults: a meta-analysis of randomized controlled trials", Year: 2020, PubTypes: []string{"Meta-Analysis"},
			Sections: []store.Section{
				{Label: "RESULTS", Text: "Twenty-six RCTs with 2,366 adults were included. Foot reflexology significantly improved anxiety (Hedges' g = -1.24; 95% CI -1.68 to -0.79; P < 0.001)."},
				{Label: "CONCLUSIONS", Text: conclusion},
			}}
	}, []flagCase{
		{"Foot reflexology may offer an additional non-drug intervention for adults with anxiety; however, high-quality, rigorously designed RCTs with more participants and long-term follow-up are recommended.", false},
		{"Foot reflexology may offer an additional non-drug intervention for adults with anxiety; however, it should be given by trained practitioners.", true},
	})
}

// Protocols said so in the title after a dash, or in the present
// progressive of their methods; a trial another study ran is not the
// record's design.
func TestProtocolAndCitedTrialDesigns(t *testing.T) {
	a := New(defaultClaims(t)...)
	for _, tc := range []struct {
		rec  store.Record
		want string
	}{
		{store.Record{Title: "Medicinal plants for upper respiratory tract illness: systematic review and meta-analyses—study protocol",
			Abstract: "The authors will carry out a systematic review and, if appropriate, meta-analyses of randomised controlled trials."}, DesignProtocol},
		{store.Record{Title: "Medicinal plants for upper respiratory tract illness: systematic review and meta-analyses",
			Abstract: "Twelve randomised controlled trials were pooled; cough improved (SMD -0.5, 95% CI -0.8 to -0.2)."}, DesignSystematicReview},
		{store.Record{Title: "Hypnotherapy at home versus individual therapy in children with abdominal pain", Sections: []store.Section{
			{Label: "BACKGROUND", Text: "Therapist-delivered hypnotherapy works but is often unavailable."},
			{Label: "METHODS/DESIGN", Text: "260 children aged 8-18 years are being included and randomised to individual hypnotherapy or to home CD exercises."},
		}}, DesignProtocol},
		{store.Record{Title: "Thyme and ivy fluid extract for acute cough: a pharmacy-based study", Sections: []store.Section{
			{Label: "OBJECTIVE", Text: "A randomized clinical trial had shown the efficacy of an oral thyme/ivy syrup for acute cough. This study reports real-life data."},
			{Label: "METHODS", Text: "This prospective, uncontrolled observational study was run in 305 pharmacies among patients with acute cough."},
			{Label: "RESULTS", Text: "A total of 749 patients took part. Symptom scores improved from baseline (p < .0001)."},
		}}, DesignObservational},
	} {
		if got := a.Read(tc.rec).Design; got != tc.want {
			t.Errorf("%q: design %s, want %s", tc.rec.Title, got, tc.want)
		}
	}
}

// "Four studies reported that yoga significantly reduced fatigue", of ten
// included: some of the review's studies, not its finding.
func TestSomeOfTheStudiesIsNoFinding(t *testing.T) {
	set := parseClaims(t, `
[[claim]]
id = "fatigue"
statement = "Evidence is insufficient to show that yoga reduces cancer-related fatigue."
verdict = "insufficient"
as_of = 2012
population = ["cancer"]
intervention = ["yoga"]
lower_is_better = ["fatigue"]
`)
	checkFlags(t, set, "fatigue", func(result string) store.Record {
		return store.Record{Title: "Yoga for fatigue in cancer survivors: a systematic review of randomized controlled trials", Year: 2013, PubTypes: []string{"Systematic Review"},
			Sections: []store.Section{
				{Label: "METHODS", Text: "Randomized controlled yoga trials in cancer survivors reporting fatigue were eligible."},
				{Label: "RESULTS", Text: "Ten articles with 583 participants met the criteria. " + result},
			}}
	}, []flagCase{
		{"Four studies reported that yoga significantly reduced fatigue.", false},
		{"Yoga significantly reduced fatigue (SMD -0.45, 95% CI -0.70 to -0.20).", true},
	})
}

// "..., but the quality of the studies does not support reliable
// conclusions": a review judging its whole body of studies, in its
// results as much as in its conclusion.
func TestQualityDoesNotSupportConclusions(t *testing.T) {
	set := parseClaims(t, `
[[claim]]
id = "symptoms"
statement = "Evidence is insufficient to show that acupuncture relieves carpal tunnel syndrome."
verdict = "insufficient"
as_of = 2011
population = ["carpal tunnel syndrome"]
intervention = ["electroacupuncture", "acupuncture"]
outcomes = ["pinch strength", "total effectiveness"]
`)
	checkFlags(t, set, "symptoms", func(caveat string) store.Record {
		return store.Record{Title: "Electroacupuncture for carpal tunnel syndrome: a review of randomized controlled trials", Year: 2022, PubTypes: []string{"Systematic Review"},
			Abstract: "Of 186 records retrieved from 7 databases, 4 studies met the criteria and were assessed for risk of bias. Electroacupuncture gave significantly better results than control on total effectiveness and pinch strength" + caveat + " Many high-quality RCTs are needed."}
	}, []flagCase{
		{", but the quality of the studies (risk of bias) does not support reliable conclusions.", false},
		{".", true},
	})
}

// A claims file's population word before a place ("at one ambulatory
// surgical center") counts no one; before people it still does.
func TestCountSettingIsNoPeople(t *testing.T) {
	cr := newCountRules("surgical")
	for _, tc := range []struct {
		text string
		want int
	}{
		{"A randomized trial was carried out at one ambulatory surgical center.", 0},
		{"A randomized trial enrolled 84 ambulatory surgical patients.", 84},
	} {
		best := 0
		for _, c := range cr.sentenceCounts(cr.normaliseNumbers(tc.text), false) {
			best = max(best, c.n)
		}
		if best != tc.want {
			t.Errorf("%q: counted %d, want %d", tc.text, best, tc.want)
		}
	}
}

// A review of several treatments that calls the evidence on another one
// too weak has not called its evidence on this one weak; one that says
// the evidence is lacking that "it" beats the other treatment has.
func TestWeakJudgementOfAnotherTreatment(t *testing.T) {
	set := parseClaims(t, `
[[claim]]
id = "symptoms"
statement = "Evidence is insufficient to show that Pelargonium sidoides relieves respiratory infections in children."
verdict = "insufficient"
as_of = 2013
population = ["respiratory tract infection*", "rti", "rtis"]
intervention = ["pelargonium*"]
focus_exclude = ["echinacea"]
outcomes = ["symptoms", "responder rates"]
`)
	checkFlags(t, set, "symptoms", func(conclusion string) store.Record {
		return store.Record{Title: "Herbal medicine in children with respiratory tract infection: systematic review and meta-analysis", Year: 2018, PubTypes: []string{"Systematic Review"},
			Sections: []store.Section{
				{Label: "RESULTS", Text: "Eleven trials with 2181 participants were included. Meta-analysis showed evidence for efficacy (responder rates: RR 2.56; 95% CI 1.54-4.26; P < .01) of Pelargonium sidoides versus placebo for RTI symptoms (6 trials)."},
				{Label: "CONCLUSIONS", Text: conclusion},
			}}
	}, []flagCase{
		{"Conflicting evidence means no firm conclusion can yet be drawn on Echinacea. For Pelargonium sidoides, the meta-analysis showed moderate evidence of efficacy in treating RTIs in children.", true},
		{"Pelargonium sidoides was studied in six trials, but evidence is still lacking to show that it benefits children compared with echinacea.", false},
	})
}

// A review's grade said after what its evidence is on ("the evidence on
// the efficacy of X in reducing vomiting (...) is of very low certainty"),
// and "very low to moderate evidence indicates", judge the evidence weak.
func TestGradeAfterTheEvidenceIsWeak(t *testing.T) {
	set := parseClaims(t, `
[[claim]]
id = "ponv"
statement = "Evidence is insufficient to show that ginger prevents postoperative nausea and vomiting."
verdict = "insufficient"
as_of = 2012
population = ["surgery", "surgical"]
intervention = ["ginger"]
lower_is_better = ["vomiting", "nausea"]
`)
	checkFlags(t, set, "ponv", func(conclusion string) store.Record {
		return store.Record{Title: "Herbal medications for nausea and vomiting after surgery: a systematic review and meta-analysis", Year: 2019, PubTypes: []string{"Systematic Review"},
			Sections: []store.Section{
				{Label: "RESULTS", Text: "Eleven trials with 693 patients were eligible. Three RCTs showed a significant reduction in vomiting (RR 0.57; 95% CI 0.38 to 0.86) with ginger versus placebo in surgery."},
				{Label: "CONCLUSIONS", Text: conclusion},
			}}
	}, []flagCase{
		{"The evidence on the efficacy of ginger in reducing vomiting (200 fewer cases per 1000; 288 fewer to 205 fewer) and nausea is of very low certainty.", false},
		{"Very low to moderate evidence indicates that ginger can reduce vomiting after surgery.", false},
		{"Ginger significantly reduces vomiting after surgery.", true},
	})
}

// A clause that opens on its verb after "but" ("... did not differ at
// week 4, but were significantly lower at week 8") shares the subject of
// the clause before it: the significant result is on that outcome.
func TestVerbLedClauseSharesSubject(t *testing.T) {
	set := parseClaims(t, `
[[claim]]
id = "constipation"
statement = "Evidence is insufficient to show that biofeedback helps children with constipation."
verdict = "insufficient"
as_of = 2011
population = ["constipation"]
intervention = ["biofeedback"]
lower_is_better = ["symptom scores"]
`)
	checkFlags(t, set, "constipation", func(result string) store.Record {
		return store.Record{Title: "Biofeedback plus laxatives for children with constipation: a randomized controlled trial", Year: 2022,
			Sections: []store.Section{
				{Label: "METHODS", Text: "168 children with constipation were randomly allocated to a test group or a control group (84 each). The test group received biofeedback training plus laxatives; the control group received the laxatives alone."},
				{Label: "RESULTS", Text: result},
			}}
	}, []flagCase{
		{"Total clinical symptom scores did not differ between groups at week 4 (P>0.05), but were significantly lower in the biofeedback group at week 8 (P<0.05).", true},
		{"Total clinical symptom scores did not differ between groups at week 4 (P>0.05) or at week 8 (P>0.05).", false},
	})
	er := newEffectRules()
	if cls := er.clauses("Total clinical symptom scores did not differ at week 4 (P>0.05), but were significantly lower in the test group at week 8 (P<0.05)."); len(cls) != 2 || !strings.HasPrefix(cls[1], "Total clinical symptom scores were") {
		t.Errorf("clauses %q: the second does not share the first's subject", cls)
	}
}

// Where a treatment stands among others ("a short-term treatment for
// anxiety but not a replacement for prolonged anti-anxiety treatment") is
// no finding on its effect: neither harm nor no effect.
func TestPlacementIsNoFinding(t *testing.T) {
	set := parseClaims(t, `
[[claim]]
id = "anxiety"
statement = "Kava extract reduces anxiety compared with placebo."
verdict = "benefit"
as_of = 2003
population = ["anxiety"]
intervention = ["kava*"]
lower_is_better = ["anxiety"]
outcomes = ["responder rates"]
`)
	checkFlags(t, set, "anxiety", func(conclusion string) store.Record {
		return store.Record{Title: "The effectiveness and safety of kava for anxiety: a systematic review of randomized trials", Year: 2018, PubTypes: []string{"Systematic Review"},
			Sections: []store.Section{
				{Label: "RESULTS", Text: "From responder rates in 5 trials (n = 330) the pooled risk ratio was 1.50 (95% CI: 1.12, 2.01) in favour of kava."},
				{Label: "CONCLUSIONS", Text: conclusion},
			}}
	}, []flagCase{
		{"Kava appears to be a short-term treatment for anxiety but not a replacement for prolonged anti-anxiety treatment.", false},
		{"Kava is not a replacement for prolonged anti-anxiety treatment.", false},
		{"Kava did not reduce anxiety compared with placebo.", true},
	})
}

// "with few side effects" calls the harms slight, as "minimal" and
// "mild" do: no report of harm against a no-risk claim; "a few patients
// had side effects" still reports some.
func TestFewSideEffectsIsNoHarm(t *testing.T) {
	set := parseClaims(t, `
[[claim]]
id = "safety"
statement = "Passion flower has no significant adverse effects in people with anxiety."
verdict = "no_risk"
as_of = 2007
population = ["anxiety"]
intervention = ["passion flower"]
harms = ["side effects", "adverse effects"]
`)
	checkFlags(t, set, "safety", func(conclusion string) store.Record {
		return store.Record{Title: "Passion flower as an add-on treatment in generalised anxiety: a double-blind placebo-controlled study", Year: 2016,
			Sections: []store.Section{
				{Label: "METHODS", Text: "Thirty patients with generalised anxiety were randomised to passion flower drops or placebo for one month."},
				{Label: "RESULTS", Text: "Reaction times did not differ significantly between groups."},
				{Label: "CONCLUSION", Text: conclusion},
			}}
	}, []flagCase{
		{"Passion flower may be suitable as an add-on treatment for anxiety with few side effects.", false},
		{"Passion flower may be suitable as an add-on treatment for anxiety with minimal side effects.", false},
		{"Passion flower caused side effects in a few patients, so it should be used with care.", true},
	})
}

// A title's "placebo-controlled" that the abstract's own allocation does
// not bear out (two named treatments, neither a control) is a comparison
// of two active treatments; with the placebo arm named, it stays one.
func TestTitlePlaceboWithTwoNamedArms(t *testing.T) {
	set := parseClaims(t, `
[[claim]]
id = "anxiety"
statement = "Evidence is insufficient to show that passionflower reduces anxiety."
verdict = "insufficient"
as_of = 2007
population = ["anxiety"]
intervention = ["passiflora", "p. incarnata"]
lower_is_better = ["anxiety"]
`)
	a := New(set.Claims...)
	for _, c := range []struct {
		arms, want string
	}{
		{"oral P. incarnata (n = 68) or oxazepam 10 mg (n = 60)", ComparatorActive},
		{"oral P. incarnata (n = 68) or a placebo (n = 60)", ComparatorPlacebo},
		{"group A (n = 68) or group B (n = 60)", ComparatorPlacebo},
	} {
		r := a.Read(store.Record{Title: "Oral Passiflora incarnata before ambulatory surgery: a double-blind, placebo-controlled study", Year: 2017,
			Sections: []store.Section{
				{Label: "METHODS", Text: "In this double-blind study, 128 patients were randomised to " + c.arms + " given 90 minutes before surgery."},
				{Label: "RESULTS", Text: "Anxiety scores were significantly lower in the Passiflora group (p < 0.001)."},
			}})
		if r.Comparator != c.want {
			t.Errorf("%q: comparator %s, want %s", c.arms, r.Comparator, c.want)
		}
	}
}

// A count of a review's studies finding an effect, beside counts of
// others that did not ("three SRs reported less pain; one SR found it
// comparable and five found it not superior"), is a split vote, not the
// review's finding; a count standing alone is read as before.
func TestSplitVoteIsNoFinding(t *testing.T) {
	set := parseClaims(t, `
[[claim]]
id = "pain"
statement = "Evidence is insufficient to show that ozone injections relieve knee osteoarthritis pain."
verdict = "insufficient"
as_of = 2019
population = ["knee osteoarthritis"]
intervention = ["ozone"]
lower_is_better = ["pain"]
`)
	checkFlags(t, set, "pain", func(result string) store.Record {
		return store.Record{Title: "Ozone therapy for knee osteoarthritis: an umbrella review of systematic reviews", Year: 2024, PubTypes: []string{"Systematic Review"},
			Abstract: "Systematic reviews of ozone injections for knee osteoarthritis were appraised and summarised narratively. " + result}
	}, []flagCase{
		{"Three SRs reported statistically significant pain reduction with ozone versus placebo; one SR found ozone comparable to other therapies and five found it not superior.", false},
		{"Three SRs reported statistically significant pain reduction with ozone versus placebo.", true},
		{"Three SRs reported statistically significant pain reduction with ozone versus placebo, and two reviews reported on safety.", true},
	})
}

// Round 152's rules.

// "equivalent" naming a measure ("spherical equivalent") is no statement
// that the arms were alike.
func TestMeasureNamedEquivalentIsNoNull(t *testing.T) {
	er := newEffectRules()
	for _, c := range []struct {
		text string
		null bool
	}{
		{"Spherical equivalent and progression rate were significantly lower with atropine than with placebo (P<0.05).", false},
		{"Daily morphine equivalents were significantly lower with the block (p = 0.01).", false},
		{"Pain relief with the two drugs was equivalent.", true},
	} {
		if got := er.isNull(c.text); got != c.null {
			t.Errorf("%q: null %v, want %v", c.text, got, c.null)
		}
	}
}

// A trial concluding a benefit on the claim's outcomes is not read as
// going against a benefit claim by a result its authors do not bear out;
// one whose conclusion states no effect still is.
func TestConclusionOfBenefitOutweighsAWorseReading(t *testing.T) {
	set := parseClaims(t, `
[[claim]]
id = "progression"
statement = "Atropine eye drops slow the progression of myopia in children compared with placebo."
verdict = "benefit"
as_of = 2011
population = ["myopia"]
intervention = ["atropine"]
lower_is_better = ["myopia progression", "axial length"]
`)
	checkFlags(t, set, "progression", func(concl string) store.Record {
		return store.Record{Title: "Low-concentration atropine for myopia progression: a randomized, placebo-controlled trial", Year: 2019,
			Sections: []store.Section{
				{Label: "METHODS", Text: "438 children with myopia were randomised to 0.05%, 0.025% or 0.01% atropine or placebo for one year."},
				{Label: "RESULTS", Text: "Axial length was significantly higher with atropine than with placebo (P < 0.001)."},
				{Label: "CONCLUSIONS", Text: concl},
			}}
	}, []flagCase{
		{"All three concentrations slowed myopia progression in a concentration-dependent way.", false},
		{"Atropine did not slow myopia progression.", true},
	})
}

// A large trial whose overall result is null goes against a benefit
// claim, whatever a subgroup showed.
func TestLargeTrialNullBesideSubgroup(t *testing.T) {
	set := parseClaims(t, `
[[claim]]
id = "pressure"
statement = "Cocoa lowers blood pressure and incident hypertension."
verdict = "benefit"
as_of = 2012
population = ["adults"]
intervention = ["cocoa"]
lower_is_better = ["incident hypertension", "blood pressure"]
`)
	checkFlags(t, set, "pressure", func(result string) store.Record {
		return store.Record{Title: "Long-term effect of cocoa extract on incident hypertension: a randomized placebo-controlled trial", Year: 2025,
			Sections: []store.Section{
				{Label: "METHODS", Text: "8905 older adults were randomised to cocoa extract or placebo."},
				{Label: "RESULTS", Text: "Cocoa extract had no significant effect on incident hypertension (hazard ratio 0.96 [95% CI, 0.88-1.05]). " + result},
			}}
	}, []flagCase{
		{"In subgroups, cocoa extract lowered incident hypertension in those with baseline systolic BP below 120 mm Hg (hazard ratio 0.76 [0.64-0.90]).", true},
		{"Cocoa extract lowered blood pressure significantly (p = 0.001).", false},
	})
}

// A double-dummy trial compares two active treatments.
func TestDoubleDummyIsActiveComparison(t *testing.T) {
	set := parseClaims(t, `
[[claim]]
id = "oral"
statement = "Evidence is insufficient to show that oral alpha-lipoic acid improves diabetic neuropathy."
verdict = "insufficient"
as_of = 2004
population = ["diabetic neuropathy"]
intervention = ["alpha-lipoic acid", "ala"]
lower_is_better = ["pain"]
`)
	a := New(set.Claims...)
	for _, c := range []struct{ design, want string }{
		{"A double-blind, double-dummy, randomised trial: 100 patients with diabetic neuropathy received GLA plus placebo or alpha-lipoic acid plus placebo.", ComparatorActive},
		{"A double-blind randomised trial: 100 patients with diabetic neuropathy received alpha-lipoic acid or placebo.", ComparatorPlacebo},
		{"A double-blind, double-dummy, randomised trial: 150 patients with diabetic neuropathy received GLA, alpha-lipoic acid or placebo.", ComparatorPlacebo},
	} {
		r := a.Read(store.Record{Title: "GLA versus alpha-lipoic acid for painful diabetic neuropathy", Year: 2020, Abstract: c.design + " Pain fell in both groups."})
		if r.Comparator != c.want {
			t.Errorf("%q: comparator %s, want %s", c.design, r.Comparator, c.want)
		}
	}
}

// A review naming the treatment a candidate with a modal ("could be
// potential options for relieving pain") concludes no benefit.
func TestCandidateTreatmentIsNoFinding(t *testing.T) {
	set := parseClaims(t, `
[[claim]]
id = "pain"
statement = "Evidence is insufficient to show that radiofrequency denervation relieves chronic low back pain."
verdict = "insufficient"
as_of = 2015
population = ["low back pain", "sacroiliac joint pain"]
intervention = ["radiofrequency"]
lower_is_better = ["pain"]
`)
	checkFlags(t, set, "pain", func(concl string) store.Record {
		return store.Record{Title: "Interventions for sacroiliac joint pain: systematic review and network meta-analysis", Year: 2023, PubTypes: []string{"Systematic Review"},
			Sections: []store.Section{
				{Label: "RESULTS", Text: "Nine randomized studies with 652 participants were included."},
				{Label: "CONCLUSION", Text: concl},
			}}
	}, []flagCase{
		{"The NMA suggests that cooled radiofrequency could be a potential option for relieving pain in sacroiliac joint pain.", false},
		{"Cooled radiofrequency significantly relieves pain in sacroiliac joint pain.", true},
	})
}

// Round 153's rules.

// "... without more life-threatening side effects" says nothing of the
// claim's outcomes: its "more" is no rise in them.
func TestWithoutMoreSideEffectsIsNoRise(t *testing.T) {
	set := parseClaims(t, `
[[claim]]
id = "lipids"
statement = "Red yeast rice lowers total and LDL cholesterol compared with placebo."
verdict = "benefit"
as_of = 2006
population = ["hypercholesterolaemia", "hypercholesterolemia"]
intervention = ["red yeast rice", "ryr"]
lower_is_better = ["total cholesterol", "ldl cholesterol"]
`)
	checkFlags(t, set, "lipids", func(concl string) store.Record {
		return store.Record{Title: "Red yeast rice in hypercholesterolemia: a systematic review and meta-analysis", Year: 2024, PubTypes: []string{"Systematic Review"},
			Sections: []store.Section{
				{Label: "RESULTS", Text: "Fifteen randomised placebo-controlled trials were included."},
				{Label: "CONCLUSION", Text: concl},
			}}
	}, []flagCase{
		{"The authors conclude that RYR extract in hypercholesterolemia was associated with significant falls in total and LDL cholesterol without more life-threatening side effects.", false},
		{"The authors conclude that RYR extract in hypercholesterolemia was associated with significant rises in total and LDL cholesterol compared with placebo.", true},
	})
}

// "The score of the 300-IR group differed significantly from placebo,
// with a mean improvement of 28% over placebo": the group a difference is
// measured from is the reference, not the subject of the result.
func TestDifferedFromPlaceboIsTheReference(t *testing.T) {
	set := parseClaims(t, `
[[claim]]
id = "symptoms"
statement = "Sublingual immunotherapy reduces rhinitis symptoms in children compared with placebo."
verdict = "benefit"
as_of = 2006
population = ["allergic rhinitis"]
intervention = ["sublingual immunotherapy", "slit"]
lower_is_better = ["symptom score"]
`)
	checkFlags(t, set, "symptoms", func(res string) store.Record {
		return store.Record{Title: "Sublingual immunotherapy tablets in children with allergic rhinitis", Year: 2009,
			Sections: []store.Section{
				{Label: "METHODS", Text: "In a randomized, double-blind, placebo-controlled study, 278 children with allergic rhinitis took SLIT tablets or placebo once daily."},
				{Label: "RESULTS", Text: res},
			}}
	}, []flagCase{
		{"The symptom score of the 300-IR group differed highly significantly from placebo (P = .001), with a mean improvement of 28.0% over placebo.", false},
		{"The symptom score of the 300-IR group was significantly worse than with placebo (P = .001).", true},
	})
}

// "Among 42,113 women diagnosed with atrophy after breast cancer, 5.0%
// received vaginal oestrogen": the illness the women had before, not a
// harm of the treatment; nor is "a history of breast cancer".
func TestIllnessBeforeTheStudyIsNoHarm(t *testing.T) {
	set := parseClaims(t, `
[[claim]]
id = "safety"
statement = "Vaginal oestrogen has no significant adverse effects in postmenopausal women."
verdict = "no_risk"
as_of = 2008
population = ["postmenopausal women", "genitourinary syndrome of menopause"]
intervention = ["vaginal oestrogen", "vaginal estrogen"]
harms = ["adverse events", "breast cancer"]
`)
	checkFlags(t, set, "safety", func(res string) store.Record {
		return store.Record{Title: "Vaginal oestrogen for genitourinary syndrome of menopause in a claims database", Year: 2023,
			Sections: []store.Section{
				{Label: "METHODS", Text: "Postmenopausal women with genitourinary syndrome of menopause were identified in a claims database from 2009 to 2022."},
				{Label: "RESULTS", Text: res + " Other adverse events were as frequent with vaginal oestrogen as without it."},
			}}
	}, []flagCase{
		{"Among 42,113 women diagnosed with genitourinary syndrome of menopause after breast cancer of any receptor status, 5.0% received vaginal oestrogen.", false},
		{"Of 9,120 postmenopausal women with a history of breast cancer, 12% received vaginal oestrogen.", false},
		{"Breast cancer was significantly more frequent with vaginal oestrogen than without it (risk ratio 1.62, 95% CI 1.20 to 2.10).", true},
	})
}

// "as frequent with X as without it": the same in both groups; "twice as
// frequent" is not.
func TestAsFrequentAsIsNull(t *testing.T) {
	a := New(defaultClaims(t)...).(*ruleAssessor)
	if !a.effect.isNull("Adverse events were as frequent with vaginal oestrogen as without it.") {
		t.Errorf("\"as frequent ... as without\" not read as null")
	}
	if a.effect.isNull("Adverse events were twice as frequent with vaginal oestrogen as without it.") {
		t.Errorf("\"twice as frequent\" read as null")
	}
}

// "CRF was not significantly reduced by ginseng, guarana or mistletoe ...
// Across all studies, the interventions significantly reduced CRF": the
// review's conclusion is about the treatments as a class; the
// intervention's own result is the null.
func TestClassConclusionBesideNamedNull(t *testing.T) {
	set := parseClaims(t, `
[[claim]]
id = "fatigue"
statement = "Evidence is insufficient to show that ginseng reduces cancer-related fatigue."
verdict = "insufficient"
as_of = 2013
population = ["cancer"]
intervention = ["ginseng"]
focus_exclude = ["corticosteroid*", "guarana", "mistletoe"]
lower_is_better = ["fatigue", "crf"]
`)
	checkFlags(t, set, "fatigue", func(res string) store.Record {
		return store.Record{Title: "Meta-analysis of drug and herbal treatments for cancer-related fatigue", Year: 2023, PubTypes: []string{"Meta-Analysis"},
			Sections: []store.Section{
				{Label: "RESULTS", Text: "Thirty-two randomised trials (4896 cancer patients) were reviewed. " + res + " Corticosteroids significantly reduced CRF (p < 0.0001)."},
				{Label: "CONCLUSIONS", Text: "Across all studies, pharmacological and phytopharmaceutical interventions significantly reduced CRF."},
			}}
	}, []flagCase{
		{"CRF was not significantly reduced by ginseng (n = 6 studies), guarana (n = 3) or mistletoe (n = 3).", false},
		{"CRF was significantly reduced by ginseng (n = 6 studies; p = 0.01).", true},
	})
}

// Rules from rounds 159 and 160 (scored before they were written):
// an untreated group named by its size ("56 did not"), a significant
// result judged too small to matter, and a review naming weak studies as
// the barrier to any recommendation.
func TestUntreatedArmClinicalRelevanceAndBarrier(t *testing.T) {
	a := New(defaultClaims(t)...).(*ruleAssessor)
	for _, abstract := range []string{
		"105 adults were randomly allocated to two groups: 49 received zinc therapy and 56 did not. Recovery was shorter (p < 0.001).",
		"Adults were randomised. Median time to recovery was significantly shorter with zinc than without (p < 0.001).",
	} {
		if got := a.Read(store.Record{Title: "A randomised trial", Abstract: abstract}).Comparator; got != ComparatorNone {
			t.Errorf("%q: comparator %q, want %q", abstract, got, ComparatorNone)
		}
	}
	if got := a.Read(store.Record{Title: "A randomised trial", Abstract: "Adults were randomised. 49 received zinc and 56 received copper."}).Comparator; got == ComparatorNone {
		t.Errorf("two treated arms read as an untreated control")
	}
	for _, s := range []string{
		"Twelve months of INCS gave a statistically significant but not clinically relevant OAHI reduction.",
		"Pain fell significantly (p = 0.02), but the difference was not clinically meaningful.",
	} {
		cls := a.effect.clauses(s)
		if len(cls) != 1 || !a.effect.isNull(cls[0]) {
			t.Errorf("%q: clauses %q, want one null clause", s, cls)
		}
	}
	if cls := a.effect.clauses("Pain fell significantly (p = 0.02), but sleep was not clinically assessed."); len(cls) != 2 {
		t.Errorf("an unrelated 'but' clause joined: %q", cls)
	}
	if !a.effect.weakJudgement("the weak quality and small number of available studies are the main barrier to any recommendation on routine fibre use", false) {
		t.Errorf("a barrier to any recommendation not read as a weak-evidence judgement")
	}
	if a.effect.weakJudgement("fibre supplementation is recommended for children with FGIDs", false) {
		t.Errorf("a recommendation read as a weak-evidence judgement")
	}
}

// Rules from round 163: "has no marked efficacy" is a null conclusion; a
// case report's "X for psychotic mania" names what X was given for, not a
// harm of it; a review's "these conclusions carry ... very low certainty"
// judges its whole body of evidence, wherever it is said.
func TestNoMarkedEfficacyTreatedForAndLowCertaintyFindings(t *testing.T) {
	a := New(defaultClaims(t)...).(*ruleAssessor)
	if !a.effect.isNull("Current evidence shows that vitamin D adjuvant therapy has no marked efficacy in treating childhood pneumonia.") {
		t.Errorf("'has no marked efficacy in treating' not read as a null finding")
	}
	if a.effect.isNull("Trials with no efficacy data were excluded from the pooled analysis of remission rates.") {
		t.Errorf("'no efficacy data' read as a null finding")
	}
	for _, s := range []string{
		"These conclusions carry moderate risk of bias and very low certainty.",
		"The findings are of low quality and should be read with caution.",
	} {
		if !a.effect.weakJudgement(s, false) || !a.effect.wholeBody.MatchString(s) {
			t.Errorf("%q not read as a judgement of the whole body of evidence", s)
		}
	}
	if a.effect.weakJudgement("The findings show a large reduction in depression scores.", false) {
		t.Errorf("a finding read as a weak-evidence judgement")
	}

	set := parseClaims(t, `
[[claim]]
id = "safety"
statement = "Supplement X has no significant adverse effects in bipolar disorder."
verdict = "no_risk"
as_of = 2008
min_trial_n = 100
population = ["bipolar"]
intervention = ["supplement x"]
outcomes = ["depressive symptoms"]
harms = ["mania", "adverse event*"]
`)
	b := New(set.Claims...)
	rec := func(title string) store.Record {
		return store.Record{Title: title, Year: 2020, PubTypes: []string{"Case Reports"},
			Sections: []store.Section{
				{Label: "CASE", Text: "A 10-year-old girl with bipolar disorder was given supplement X as augmentation for two years."},
				{Label: "CONCLUSIONS", Text: "Supplement X may be a safe adjunct for bipolar disorder in children."},
			}}
	}
	res := b.Assess(rec("Supplement X for psychotic mania and comorbid anxiety in a child: a case report"), set.Claims)
	for _, as := range res.Assessments {
		if as.Flagged {
			t.Errorf("%+v: what the supplement was given for read as a harm of it", as)
		}
	}
	for _, title := range []string{
		"Mania after supplement X in a child: a case report",
		"Supplement X use and hospitalisation for mania in a child: a case report",
	} {
		res = b.Assess(rec(title), set.Claims)
		if len(res.Assessments) != 1 || !res.Assessments[0].Flagged || res.Assessments[0].Signal != SignalNewHarm {
			t.Errorf("%q: %+v: a case report of mania with the supplement not read as a report of harm", title, res.Assessments)
		}
	}
}

// Rules from round 164, each general research language: "A, but not C,
// were associated"
// keeps the predicate A's; "inversely associated with risk" is lower
// risk; a sensitivity analysis is no main result; "mixed evidence" and
// "given the small number of RCTs" judge the evidence weak; a review
// concluding "a robust effect in treating ADHD" speaks of the condition
// it treats; "CBT outperformed X" puts X second; one group given a
// treatment and measured before and after it is a non-randomised trial.
func TestRound164Rules(t *testing.T) {
	a := New(defaultClaims(t)...).(*ruleAssessor)
	er := a.effect
	cls := er.clauses("α-Carotene and lycopene, but not β-carotene, were inversely associated with PCa risk.")
	if len(cls) != 2 || cls[0] != "α-Carotene and lycopene were associated with lower PCa risk." || er.isNull(cls[0]) {
		t.Errorf("clauses %q, want the predicate kept for the items before the 'but not' aside, as lower risk", cls)
	}
	if cls := er.clauses("Compared with standard-dose rifampicin, prednisone and linezolid, but not high-dose rifampicin, may lower mortality."); len(cls) == 0 || strings.Contains(cls[0], "may lower") {
		t.Errorf("clauses %q: a 'but not' aside after 'compared with' rewritten", cls)
	}
	if !er.subgroup.MatchString("Excluding one Chinese study in sensitivity analysis showed that higher lycopene intake significantly lowered risk.") {
		t.Errorf("a sensitivity analysis not read as a subgroup result")
	}
	for _, s := range []string{
		"The authors conclude that these studies provide mixed evidence of acupuncture's effectiveness for ASD symptoms.",
		"Given the small number of published RCTs and their varying quality, no recommendation can be made.",
	} {
		if !er.weakJudgement(s, false) {
			t.Errorf("%q not read as a weak-evidence judgement", s)
		}
	}
	if !er.wholeBody.MatchString("Evidence for most outcomes was of very low quality by GRADE.") {
		t.Errorf("a grade of the evidence for most outcomes not read as one of the whole body")
	}
	if er.weakJudgement("Acupuncture gave a mixed picture of side effects, with significantly more bruising (p = 0.01).", false) {
		t.Errorf("a mixed picture of harms read as a weak-evidence judgement")
	}

	set := parseClaims(t, `
[[claim]]
id = "symptoms"
statement = "Evidence is insufficient that remedy X improves ADHD symptoms."
verdict = "insufficient"
as_of = 2007
min_trial_n = 100
population = ["adhd"]
intervention = ["remedy x"]
outcomes = ["adhd symptoms", "conners*"]
`)
	b := New(set.Claims...)
	review := func(concl string) store.Record {
		return store.Record{Title: "Is remedy X effective for ADHD? A meta-analysis", Year: 2022, PubTypes: []string{"Meta-Analysis"},
			Sections: []store.Section{
				{Label: "METHODS", Text: "Thirty-seven databases were searched for studies of remedy X against any control in ADHD."},
				{Label: "RESULTS", Text: "Six studies were analysed. The pooled effect size was g = 0.54 (95% CI 0.31 to 0.77)."},
				{Label: "CONCLUSIONS", Text: concl},
			}}
	}
	res := b.Assess(review("Remedy X showed a clinically relevant and statistically robust effect in treating ADHD."), set.Claims)
	if len(res.Assessments) != 1 || !res.Assessments[0].Flagged {
		t.Errorf("%+v: a review concluding an effect in treating the condition not flagged against 'insufficient'", res.Assessments)
	}
	if treatsCondition(tokens("the study supports treating ADHD with stimulants alone, without remedy X"), b.(*ruleAssessor).scope(b.(*ruleAssessor).Read(review("")).doc, set.Claims[0]).pop) {
		t.Errorf("'supports treating ADHD' read as an effect in treating the condition")
	}
	res = b.Assess(review("Remedy X showed no effect in treating ADHD."), set.Claims)
	if len(res.Assessments) == 1 && res.Assessments[0].Flagged {
		t.Errorf("%+v: a review concluding no effect flagged", res.Assessments)
	}

	trial := store.Record{Title: "CBT vs remedy X for insomnia in ADHD: a randomized trial", Year: 2014,
		Sections: []store.Section{
			{Label: "METHODS", Text: "123 adults with ADHD and insomnia were randomized to CBT, remedy X or sleep education."},
			{Label: "RESULTS", Text: "CBT outperformed remedy X and sleep education in ADHD symptoms (all P < 0.01)."},
		}}
	res = b.Assess(trial, set.Claims)
	if len(res.Assessments) == 1 && res.Assessments[0].Direction == DirectionBenefit {
		t.Errorf("%+v: 'CBT outperformed remedy X' read as a benefit of remedy X", res.Assessments)
	}
	ra := b.(*ruleAssessor)
	sc := ra.scope(ra.Read(trial).doc, set.Claims[0])
	if !ra.otherBeatsIt(tokens("CBT outperformed remedy X and sleep education in ADHD symptoms"), sc) {
		t.Errorf("'CBT outperformed remedy X' not read as another treatment beating it")
	}
	if ra.otherBeatsIt(tokens("Remedy X outperformed sleep education in ADHD symptoms"), sc) {
		t.Errorf("'remedy X outperformed sleep education' read as another treatment beating it")
	}

	tr, dr := newTextRules(), newDesignRules()
	for _, text := range []string{
		"Thirty-four children with autism received electroacupuncture at four points. Brain perfusion SPECT was performed before and during electroacupuncture.",
		"Three hundred children were allocated, according to their parents' willingness, to treatment and control groups of 150 each.",
		"Thirty-six men entered a dose-escalating trial. Six cohorts took 15 to 120 mg a day for 1 year.",
	} {
		rec := store.Record{Title: "A study in children", Abstract: text}
		if got := dr.design(tr.newDoc(rec), 34); got != DesignNonRandomised {
			t.Errorf("%q: design %q, want %q", text, got, DesignNonRandomised)
		}
	}
	for _, text := range []string{
		"Records of 340 children who received the vaccine were reviewed for seizures.",
		"Clinical data were collected on 53 neonates, divided by treatment into a ventilation group and a ventilation plus surfactant group. Oxygenation was measured at baseline and after 24 hours.",
	} {
		rec := store.Record{Title: "A study in children", Abstract: text}
		if got := dr.design(tr.newDoc(rec), 53); got != DesignObservational {
			t.Errorf("%q: design %q, want %q (data gathered after the fact)", text, got, DesignObservational)
		}
	}
}

// From round 166: "it is impossible to say whether X is efficacious"
// judges the evidence too weak, and "the authors recommend a large RCT of
// X" is a call for research, not a recommendation of X.
func TestImpossibleToSayAndRecommendedTrial(t *testing.T) {
	a := New(defaultClaims(t)...).(*ruleAssessor)
	if !a.effect.weakJudgement("it is impossible to say whether omega-3 fatty acids are an efficacious adjuvant or monotherapy in children or adults", false) {
		t.Errorf("'impossible to say whether' not read as a weak-evidence judgement")
	}
	if !a.effect.callFor.MatchString("The authors recommend a large RCT of high-dose omega-3 fatty acids on ventilatory measures of asthma.") {
		t.Errorf("a recommended trial not read as a call for research")
	}
	if a.effect.callFor.MatchString("The authors recommend omega-3 fatty acids for children with asthma.") {
		t.Errorf("a recommendation of the treatment read as a call for research")
	}
	r := a.Read(store.Record{Title: "Treating asthma with omega-3 fatty acids: a systematic review", PubTypes: []string{"Systematic Review"},
		Sections: []store.Section{
			{Label: "RESULTS", Text: "Ten RCTs were relevant to the report."},
			{Label: "CONCLUSION", Text: "The authors recommend a large RCT of high-dose encapsulated omega-3 fatty acids on ventilatory and inflammatory measures of asthma."},
		}})
	if r.Stance == StancePositive {
		t.Errorf("stance %q: a recommended trial read as a positive conclusion", r.Stance)
	}
}

// Rules from round 167 (in sample after it was scored once): a case
// report whose title puts an event down to the intervention reports a harm;
// "N subjects (a X, b Y)" whose arms add up is the trial's whole; a
// benefit "only in" what the claim does not track is no positive stance;
// words of value inside another claim's outcome ("adverse reactions") do
// not judge this claim's outcome.
func TestRound167Rules(t *testing.T) {
	set := parseClaims(t, `
[[claim]]
id = "eff"
statement = "Evidence is insufficient that dextromethorphan relieves acute cough."
verdict = "insufficient"
as_of = 2014
min_trial_n = 100
population = ["cough", "children"]
intervention = ["dextromethorphan"]
outcomes = ["cough frequency", "coughs", "total effective rate"]

[[claim]]
id = "safe"
statement = "Dextromethorphan has no significant adverse effects."
verdict = "no_risk"
as_of = 2014
population = ["cough", "children"]
intervention = ["dextromethorphan"]
harms = ["adverse reaction*", "adverse effect*"]
`)
	a := New(set.Claims...)
	res := a.Assess(store.Record{Title: "Dextromethorphan-induced altered level of consciousness in children with cough: a case series", Year: 2023,
		Abstract: "Three children with cough developed an altered level of consciousness after their first dose of dextromethorphan syrup. All recovered after it was stopped."}, set.Claims)
	if as, ok := find(res, "safe"); !ok || !as.Flagged {
		t.Errorf("a case report titled 'X-induced <event>' not read as a new harm: %+v", res.Assessments)
	}
	res = a.Assess(store.Record{Title: "Recovery of cough after dextromethorphan in children: a case report", Year: 2023,
		Abstract: "A child with a chronic cough improved after dextromethorphan was given."}, set.Claims)
	if as, ok := find(res, "safe"); ok && as.Flagged {
		t.Errorf("a case report of recovery after the intervention read as a harm: %+v", as)
	}
	res = a.Assess(store.Record{Title: "Dextromethorphan for acute cough in children: a randomized placebo-controlled trial", Year: 2023,
		Abstract: "Children with cough were randomized to dextromethorphan or placebo. Data from 128 evaluable subjects (67 dextromethorphan, 61 placebo) were analysed. Dextromethorphan reduced total coughs by 21% (p = 0.01)."}, set.Claims)
	if as, ok := find(res, "eff"); !ok || as.N != 128 || !as.Flagged {
		t.Errorf("'128 evaluable subjects (67 X, 61 placebo)' not counted as the trial's 128: %+v", as)
	}
	res = a.Assess(store.Record{Title: "Dextromethorphan for cough in children: a systematic review and meta-analysis", Year: 2023,
		Sections: []store.Section{{Label: "RESULTS", Text: "Twelve trials were included. No significant effect was seen on cough frequency."},
			{Label: "CONCLUSIONS", Text: "In children with cough, dextromethorphan showed benefits only in the plasma cytokine profile."}}}, set.Claims)
	if as, ok := find(res, "eff"); ok && as.Flagged {
		t.Errorf("a benefit 'only in' an untracked measure read as a positive conclusion: %+v", as)
	}
	res = a.Assess(store.Record{Title: "Dextromethorphan for cough in children: a meta-analysis", Year: 2022,
		Sections: []store.Section{{Label: "RESULTS", Text: "Nine trials with 900 children were included."},
			{Label: "CONCLUSIONS", Text: "Dextromethorphan outperforms placebo for cough in total effective rate and adverse reactions."}}}, set.Claims)
	if as, ok := find(res, "eff"); !ok || as.Direction != DirectionBenefit {
		t.Errorf("'adverse reactions' beside 'total effective rate' turned its direction: %+v", as)
	}
}
