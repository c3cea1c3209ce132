package claims

import (
	"strings"
	"testing"
)

func TestCheckWriteText(t *testing.T) {
	set, err := Parse([]byte(valid), "x.toml")
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	c := Check{Name: "x.toml", Set: set, Stored: 40, Bearing: map[string]Bearing{"knee": {
		Count: 7, Flagged: 2,
		Samples: []Sample{{ID: 9, Year: 2024, Title: "Exercise\nfor knee  pain"}, {ID: 3, Title: "Walking"}},
	}}}
	if err := c.WriteText(&b); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, want := range []string{
		"x.toml: 1 claim, valid",
		"knee — insufficient, as of 2015",
		"Exercise is of uncertain benefit for knee pain.",
		"A review (2015) — no DOI: not watched",
		"bears on 7 of 40 stored records (2 flagged):",
		"    9\t2024\tExercise for knee pain\n",
		"    3\t----\tWalking\n",
		"… and 5 more",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}

	b.Reset()
	c = Check{Set: set, Note: "No database at x.db."}
	if err := c.WriteText(&b); err != nil {
		t.Fatal(err)
	}
	if out := b.String(); !strings.Contains(out, "the embedded default claims: 1 claim") || strings.Contains(out, "bears on") || !strings.HasSuffix(out, "\nNo database at x.db.\n") {
		t.Errorf("without records:\n%s", out)
	}
}

func TestCheckWriteTextWarns(t *testing.T) {
	set, err := Parse([]byte(`
[[claim]]
id = "k"
statement = "Exercise helps adults with knee pain."
verdict = "benefit"
as_of = 2015
population = ["knee"]
intervention = ["exercise"]
lower_is_better = ["stiffness"]
`), "w.toml")
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	if err := (Check{Name: "w.toml", Set: set}).WriteText(&b); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	if !strings.Contains(out, "w.toml: 1 claim, valid") || !strings.Contains(out, "1 warning (the file is valid") ||
		!strings.Contains(out, `- claim "k": key "statement": names none of the claim's outcome terms`) {
		t.Errorf("no warning shown:\n%s", out)
	}
}

// A basis title that already says its year is not given it again.
func TestCitationYearOnce(t *testing.T) {
	for _, tc := range []struct {
		c    Citation
		want string
	}{
		{Citation{Title: "A meta-analysis of ozone for knee osteoarthritis (2019)", Year: 2019}, "A meta-analysis of ozone for knee osteoarthritis (2019) — no DOI"},
		{Citation{Title: "A meta-analysis of ozone for knee osteoarthritis", Year: 2019, DOI: "10.1/x"}, "A meta-analysis of ozone for knee osteoarthritis (2019) doi:10.1/x"},
	} {
		if got := citation(tc.c); !strings.HasPrefix(got, tc.want) {
			t.Errorf("citation %+v = %q, want it to start %q", tc.c, got, tc.want)
		}
	}
}
