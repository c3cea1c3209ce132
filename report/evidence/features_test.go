package evidence

import (
	"slices"
	"strings"
	"testing"
)

// masked is the text read for the prompt, its tokens joined by spaces.
func masked(pi *promptInfo, text string) string {
	var out []string
	for _, t := range pi.analyze(text).toks {
		out = append(out, t.text)
	}
	return strings.Join(out, " ")
}

func TestGroupLettersFromInitials(t *testing.T) {
	pi := newPromptInfo(Prompt{
		Intervention: "20 ml of 0.5% bupivacaine added to normal saline for irrigation",
		Comparator:   "irrigation with normal saline",
		Outcome:      "pain score",
	}, true)
	// "B" begins only the intervention's words; "S" begins words of
	// both arms, but is the other of two letters
	got := masked(pi, "Patients of Group S reported a significantly higher pain score than Group B (P = 0.01).")
	if !strings.Contains(got, "group _c_") || !strings.Contains(got, "group _i_") {
		t.Errorf("arms named by letters not read: %q", got)
	}
	got = masked(pi, "Pain scores were lower in the B group.")
	if !strings.Contains(got, "the _i_ group") {
		t.Errorf("letter before group not read: %q", got)
	}
	// letters that give an order ("group A", "group B") are not initials
	got = masked(pi, "Pain scores were lower in group B than in group A.")
	if strings.Contains(got, "_i_") || strings.Contains(got, "_c_") {
		t.Errorf("ordinal letters read as initials: %q", got)
	}
	// "group C" with no arm beginning with c is the control
	pi = newPromptInfo(Prompt{Intervention: "buprenorphine", Comparator: "sterile water", Outcome: "motor recovery"}, true)
	got = masked(pi, "Motor recovery took 177 min (Group C) and 236 min (Group B).")
	if !strings.Contains(got, "group _c_") || !strings.Contains(got, "group _i_") {
		t.Errorf("control and initial letters not read: %q", got)
	}
}

func TestGroupLettersInPromptBrackets(t *testing.T) {
	pi := newPromptInfo(Prompt{Intervention: "rocuronium 0.9 mg/kg (R group)", Comparator: "cisatracurium 0.15 mg/kg (C group)", Outcome: "onset time"}, true)
	if pi.letters["r"] != 'i' || pi.letters["c"] != 'c' {
		t.Fatalf("letters %v", pi.letters)
	}
	got := masked(pi, "Onset time was shorter in group R than in group C.")
	if !strings.Contains(got, "group _i_") || !strings.Contains(got, "group _c_") {
		t.Errorf("prompt letters not read: %q", got)
	}
}

func TestVoteReferenceAfterComparison(t *testing.T) {
	pi := newPromptInfo(Prompt{Intervention: "chloroquine", Comparator: "artemether", Outcome: "infectivity"}, true)
	// the only arm named is the reference ("than carriers who had
	// received A"): the subject is not known
	an := pi.analyze("Carriers had shorter periods of carriage; infectivity was lower than in carriers who had received chloroquine.")
	k := slices.IndexFunc(an.toks, func(t mtok) bool { return t.kind == kMention && t.role == 'o' })
	if v := readVote(an.toks, k); v.known || v.subj == 'i' {
		t.Errorf("reference read as subject: %+v", v)
	}
	// "compared with B, A reduced it": A is the subject
	an = pi.analyze("Compared with artemether, chloroquine reduced infectivity (p < 0.01).")
	k = slices.IndexFunc(an.toks, func(t mtok) bool { return t.kind == kMention && t.role == 'o' })
	if v := readVote(an.toks, k); v.subj != 'i' || v.dir != cDec {
		t.Errorf("subject after the reference: %+v", v)
	}
	// "lower in B than in A": an increase for A
	an = pi.analyze("Infectivity was significantly lower in the artemether group than in the chloroquine group.")
	k = slices.IndexFunc(an.toks, func(t mtok) bool { return t.kind == kMention && t.role == 'o' })
	if v := readVote(an.toks, k); v.subj != 'c' || v.dir != cInc || !v.known {
		t.Errorf("comparator as subject: %+v", v)
	}
}

// has reports whether fb holds the feature named by parts.
func has(fb *featBuilder, parts ...string) bool {
	one := &featBuilder{mask: fb.mask}
	one.add(parts...)
	return slices.Contains(fb.idx, one.idx[0])
}

func TestTallyFeatures(t *testing.T) {
	pi := newPromptInfo(Prompt{Intervention: "drug X", Comparator: "placebo", Outcome: "blood pressure"}, true)
	tally := func(texts ...string) *featBuilder {
		var ans []*analysis
		for _, s := range texts {
			ans = append(ans, pi.analyze(s))
		}
		fb := &featBuilder{mask: 1<<18 - 1}
		tallyFeatures(pi, ans, fb)
		return fb
	}
	fb := tally("Blood pressure was lower with drug X than with placebo (p < 0.01).",
		"Placebo patients had higher blood pressure than those given drug X.")
	if !has(fb, "tally", "incdec", "down") {
		t.Errorf("two votes for a decrease (one with the comparator as subject) not tallied down")
	}
	fb = tally("Blood pressure was lower with drug X than with placebo.",
		"Blood pressure was lower with drug X (p < 0.01); diastolic blood pressure was higher with drug X.",
		"Blood pressure fell more with drug X.")
	if !has(fb, "tally", "incdec", "downmost") {
		t.Errorf("mixed votes not tallied downmost")
	}
	if fb := tally("There was no difference in blood pressure."); len(fb.idx) != 0 {
		t.Errorf("tally without a vote: %v", fb.idx)
	}
}
