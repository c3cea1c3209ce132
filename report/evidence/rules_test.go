package evidence

import (
	"math"
	"strings"
	"testing"
)

func TestPValues(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"p = 0.07", mPTrend},
		{"P=0.07", mPTrend},
		{"p = 0.20", mPNS},
		{"p > 0.05", mPNS},
		{"P<.001", mPSig},
		{"p < 0.05", mPSig},
		{"p = 0.049", mPSig},
		{"p = 0.05", mPEdge},
		{"p = NS", mPNS},
		{"(p ns)", mPNS},
		{"p-value of 0.03", mPSig},
		{"p value 0.01", mPSig},
		{"P-value: .2", mPNS},
		{"p = 1.2 x 10-5", mPSig},
		{"P = 0·004", mPSig},
		{"p\u2009=\u2009.42", mPNS},
		{"p ≤ 0.01", mPSig},
		{"p ≥ 0.1", mPNS},
	} {
		got := markPValues(normalize(c.in))
		if !strings.Contains(got, c.want) || strings.Count(got, "pval_") != 1 {
			t.Errorf("%q -> %q, want %s", c.in, got, c.want)
		}
	}
	if got := markPValues(normalize("group P = 12 patients")); strings.Contains(got, "pval_") {
		t.Errorf("not a p-value read as one: %q", got)
	}
}

func TestIntervals(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []string
	}{
		// a ratio: no effect is 1
		{"RR 0.83 (95% CI 0.6 to 1.1)", []string{mCIIncl, mCIRatio}},
		{"relative risk 0.41 (95 % CI 0.19–0.85)", []string{mCIExcl, mCIRatio, mEstBelow}},
		{"odds ratio 1.8 (1.2-2.7)", []string{mCIExcl, mCIRatio, mEstAbove}},
		{"hazard ratio 0.390; 95% confidence interval 0.130–1.173", []string{mCIIncl, mCIRatio}},
		{"HR 0.61 [95% CI: 0·31–1·22]", []string{mCIIncl, mCIRatio}},
		// a difference: no effect is 0
		{"mean difference 0.49, [-0.18 to 1.16]", []string{mCIIncl, mCIDiff}},
		{"mean difference -0.35 (95% CI -0.78 to -0.07)", []string{mCIExcl, mCIDiff, mEstBelow}},
		{"difference 2.1 (95% CI 0.4 to 3.8)", []string{mCIExcl, mCIDiff, mEstAbove}},
		// 0.5 to 0.9 excludes 0 but for a ratio it excludes 1 too; 0.8 to
		// 1.3 crosses 1: only the kind decides
		{"risk difference 0.2 (95% CI -0.1 to 0.5)", []string{mCIIncl, mCIDiff}},
		{"the odds ratio was 1.1 (95% CI 0.8 to 1.3)", []string{mCIIncl, mCIRatio}},
	} {
		got := markIntervals(normalize(c.in))
		for _, w := range c.want {
			if !strings.Contains(got, w) {
				t.Errorf("%q -> %q, want %s", c.in, got, w)
			}
		}
	}
	// a bare range that does not hold its number is no interval
	if got := markIntervals(normalize("aged 45 (18-40) years")); strings.Contains(got, "ci_") {
		t.Errorf("range read as an interval: %q", got)
	}
}

func TestWordClasses(t *testing.T) {
	pi := newPromptInfo(Prompt{"drug", "placebo", "pain"}, true)
	an := pi.analyze("Pain was significantly lower with the drug than with placebo, and one or more events (p = 0.07).")
	var classes []string
	for _, t := range an.toks {
		if t.class != cNone || t.kind == kMention {
			if t.kind == kMention {
				classes = append(classes, t.text)
			} else {
				classes = append(classes, classNames[t.class])
			}
		}
	}
	got := strings.Join(classes, " ")
	want := "_o_ SIG DEC _i_ CMP _c_ PTREND"
	if got != want {
		t.Errorf("classes %q, want %q", got, want)
	}
}

func TestSplitAbstract(t *testing.T) {
	abs := "TITLE: \nA trial of X vs. Y\n\nABSTRACT.BACKGROUND:\nPain is common. We tested X.\n\nABSTRACT.RESULTS:\nPain fell (p = 0.01). Et al. were wrong.\nABSTRACT.CONCLUSIONS::\nX works."
	ss := splitAbstract(abs)
	var got []string
	for _, s := range ss {
		got = append(got, sectionNames[s.section]+":"+s.text)
	}
	want := []string{"title:A trial of X vs. Y", "bg:Pain is common.", "bg:We tested X.", "res:Pain fell (p = 0.01).", "res:Et al. were wrong.", "concl:X works."}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("sentences\n%q\nwant\n%q", got, want)
	}
}

func TestExp(t *testing.T) {
	for _, x := range []float64{-30, -5, -1, -0.5, -1e-9, 0, 1e-9, 0.3, 1, 2.5, 20} {
		got, want := exp(x), mathExp(x)
		if d := (got - want) / want; d > 1e-15 || d < -1e-15 {
			t.Errorf("exp(%g) = %g, want %g", x, got, want)
		}
	}
}

func mathExp(x float64) float64 { return math.Exp(x) }
