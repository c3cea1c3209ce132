package claims

import (
	"strings"
	"testing"
)

func TestLint(t *testing.T) {
	set, err := Parse([]byte(`
[[claim]]
id = "a"
statement = "Drug X reduces pain in adults with knee osteoarthritis."
verdict = "benefit"
as_of = 2015
population = ["osteoarthritis", "knee"]
population_exclude = ["adults", "knee"]
intervention = ["drug x", "analgesic*"]
focus_exclude = ["analgesic*"]
outcomes = ["function", "pain"]
lower_is_better = ["pain"]
not_outcomes = ["function at baseline", "function"]

[[claim]]
id = "b"
statement = "Drug X is beneficial in hip osteoarthritis."
verdict = "benefit"
as_of = 2015
population = ["osteoarthritis"]
intervention = ["drug x"]
lower_is_better = ["pain"]
controls = ["drug x"]

[[claim]]
id = "c"
statement = "Evidence is insufficient that drug X helps children with osteoarthritis."
verdict = "insufficient"
as_of = 2015
population = ["osteoarthritis", "children"]
population_exclude = ["children with"]
population_core = ["children with osteoarthritis"]
intervention = ["drug x"]
lower_is_better = ["pain"]

[[claim]]
id = "e"
statement = "Drug X reduces pain in adults on dialysis."
verdict = "benefit"
as_of = 2015
population = ["adults", "kidney disease"]
population_exclude_always = ["dialysis", "kidney disease"]
intervention = ["drug x"]
lower_is_better = ["pain"]

[[claim]]
id = "d"
statement = "Drug X is beneficial in hand osteoarthritis."
verdict = "benefit"
as_of = 2015
population = ["osteoarthritis"]
intervention = ["drug x"]
lower_is_better = ["pain"]
statement_outcomes = ["pain"]
`), "t.toml")
	if err != nil {
		t.Fatal(err)
	}
	ws := set.Lint()
	want := []string{
		`claim "a": key "population_exclude": "adults" occurs in the claim's own statement`,
		`claim "a": key "focus_exclude": "analgesic*" is also an intervention term`,
		`claim "a": key "population_exclude": "knee" is also a population term`,
		`claim "a": key "lower_is_better": "pain" is also in outcomes`,
		`claim "a": key "not_outcomes": "function" is also in outcomes`,
		`claim "b": key "statement": names none of the claim's outcome terms`,
		`claim "b": key "controls": "drug x" is also an intervention term`,
		`claim "e": key "population_exclude_always": "kidney disease" is also a population term`,
		`claim "e": key "population_exclude_always": "dialysis" occurs in the claim's own statement`,
	}
	if len(ws) != len(want) {
		t.Errorf("got %d warnings, want %d:\n%s", len(ws), len(want), strings.Join(ws, "\n"))
	}
	for _, w := range want {
		found := false
		for _, g := range ws {
			found = found || strings.HasPrefix(g, w)
		}
		if !found {
			t.Errorf("no warning %q in:\n%s", w, strings.Join(ws, "\n"))
		}
	}
	// claim c's exclusion is rescued by its core phrase: no warning
	for _, g := range ws {
		if strings.HasPrefix(g, `claim "c"`) {
			t.Errorf("warning for a claim whose core phrase rescues its statement: %s", g)
		}
	}
}

// The claims files litwatch ships are written as the warnings ask.
func TestShippedClaimsLintClean(t *testing.T) {
	sets := map[string]*Set{}
	def, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	sets["default"] = def
	for _, name := range Examples() {
		s, err := Example(name)
		if err != nil {
			t.Fatal(err)
		}
		sets[name] = s
	}
	for name, s := range sets {
		for _, w := range s.Lint() {
			t.Errorf("%s: %s", name, w)
		}
	}
}
