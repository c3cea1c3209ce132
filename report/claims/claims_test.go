package claims

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

func TestDefaultClaims(t *testing.T) {
	set, err := Default()
	if err != nil {
		t.Fatalf("Default: %v", err)
	}
	want := []struct {
		id, verdict, statement string
		asOf                   int
	}{
		{"term-growth", VerdictInsufficient, "Evidence is insufficient to support massage for term infants under six months (growth, health, development, sleep, crying, bilirubin).", 2013},
		{"preterm-growth", VerdictInsufficient, "Evidence is insufficient to justify massage for preterm or low-birth-weight infants (weight gain, length of stay, development).", 2004},
		{"safety", VerdictNoRisk, "Reviews found no significant risk of adverse events with massage in term or preterm infants.", 2013},
		{"oils-skin", VerdictPossibleHarmBenefit, "Mustard or olive oil may harm the preterm newborn skin barrier; linoleate-rich oils such as sunflower seed oil may improve skin integrity and permeability.", 2008},
	}
	if len(set.Claims) != len(want) {
		t.Fatalf("got %d claims, want %d", len(set.Claims), len(want))
	}
	for i, w := range want {
		c := set.Claims[i]
		if c.ID != w.id || c.Verdict != w.verdict || c.AsOf != w.asOf || c.Statement != w.statement {
			t.Errorf("claim %d = %q %q %d %q, want %q %q %d %q", i, c.ID, c.Verdict, c.AsOf, c.Statement, w.id, w.verdict, w.asOf, w.statement)
		}
		if len(c.Basis) == 0 {
			t.Errorf("claim %q has no basis", c.ID)
		}
		got, ok := set.Get(w.id)
		if !ok || got.ID != w.id {
			t.Errorf("Get(%q) = %v, %v", w.id, got.ID, ok)
		}
	}
	if _, ok := set.Get("nope"); ok {
		t.Error("Get of an unknown id succeeded")
	}
	oils, _ := set.Get("oils-skin")
	if len(oils.Favoured) == 0 || len(oils.Disfavoured) == 0 {
		t.Error("oils-skin has no favoured/disfavoured items")
	}
	if oils.TrialThreshold() != DefaultMinTrialN {
		t.Errorf("TrialThreshold = %d", oils.TrialThreshold())
	}
}

func TestDefaultTOMLIsACopy(t *testing.T) {
	a := DefaultTOML()
	a[0] = 'X'
	if DefaultTOML()[0] == 'X' {
		t.Fatal("DefaultTOML returned the embedded bytes themselves")
	}
}

const valid = `
[[claim]]
id = "knee"
statement = "Exercise is of uncertain benefit for knee pain."
verdict = "insufficient"
as_of = 2015
population = ["adult*"]
intervention = ["exercise*"]
outcomes = ["function"]
lower_is_better = ["pain"]
  [[claim.basis]]
  title = "A review"
  year = 2015
`

func TestParseValid(t *testing.T) {
	set, err := Parse([]byte(valid), "x.toml")
	if err != nil {
		t.Fatal(err)
	}
	c := set.Claims[0]
	if c.ID != "knee" || c.AsOf != 2015 || c.Basis[0].Year != 2015 || c.Population[0] != "adult*" {
		t.Fatalf("parsed %+v", c)
	}
	if c.ControlsRequired {
		t.Errorf("controls_required true without the key")
	}
	set, err = Parse([]byte(strings.Replace(valid, `as_of = 2015`, "as_of = 2015\ncontrols = [\"rest\"]\ncontrols_required = true", 1)), "x.toml")
	if err != nil {
		t.Fatal(err)
	}
	if c := set.Claims[0]; !c.ControlsRequired || c.Controls[0] != "rest" {
		t.Errorf("controls_required = true with controls not parsed: %+v", c)
	}
}

// A key's error names the line it is on, in its own [[claim]] table: the
// TOML decoder names the line of the same key in the file's last table.
func TestParseErrorLines(t *testing.T) {
	second := strings.Replace(valid, `id = "knee"`, `id = "hip"`, 1)
	two := valid + second // the second claim's id is on line 16, its as_of on 19
	tests := []struct {
		name, old, new string
		want           []string
	}{
		{"type error in the first claim", `as_of = 2015`, `as_of = "2015"`, []string{"x.toml: line 6:", `claim "knee"`, `key "as_of"`, "whole number", "not a string"}},
		{"list given as a string", `population = ["adult*"]`, `population = "adult*"`, []string{"line 7:", `key "population"`, "list of strings"}},
		{"basis type error", `year = 2015`, `year = "2015"`, []string{"line 13:", `basis #1: key "year"`}},
		{"unknown key", `outcomes =`, `outcomez =`, []string{"line 9:", `unknown key "outcomez"`}},
		{"bad verdict", `"insufficient"`, `"maybe"`, []string{"line 5:", `key "verdict"`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			parseFails(t, strings.Replace(two, tt.old, tt.new, 1), tt.want)
		})
	}
	// The same mistakes in the second claim name its lines.
	i := strings.Index(two, `id = "hip"`)
	bad := two[:i] + strings.Replace(two[i:], `as_of = 2015`, `as_of = "2015"`, 1)
	_, err := Parse([]byte(bad), "x.toml")
	if err == nil || !strings.Contains(err.Error(), "x.toml: line 19:") || !strings.Contains(err.Error(), `claim "hip"`) || !strings.Contains(err.Error(), `key "as_of"`) {
		t.Errorf("error in the second claim = %v, want line 19, claim \"hip\", key \"as_of\"", err)
	}
	// In the embedded default, the second claim's as_of.
	def := strings.Replace(string(DefaultTOML()), "as_of = 2004", `as_of = "2004"`, 1)
	line := 1 + strings.Count(def[:strings.Index(def, `as_of = "2004"`)], "\n")
	_, err = Parse([]byte(def), "claims.toml")
	if want := fmt.Sprintf("claims.toml: line %d: claim \"preterm-growth\": key \"as_of\"", line); err == nil || !strings.Contains(err.Error(), want) {
		t.Errorf("error = %v, want it to contain %q", err, want)
	}
}

func TestParseErrors(t *testing.T) {
	replace := func(old, new string) string { return strings.Replace(valid, old, new, 1) }
	tests := []struct {
		name, data string
		want       []string // every one must appear in the error
	}{
		{"unknown claim key", replace(`outcomes =`, `outcomez =`), []string{"x.toml", `claim "knee"`, `unknown key "outcomez"`}},
		{"unknown top-level key", "title = \"x\"\n" + valid, []string{"x.toml", `unknown key "title"`}},
		{"unknown basis key", replace(`year = 2015`, `yr = 2015`), []string{`claim "knee"`, `unknown key "yr"`}},
		{"bad verdict", replace(`"insufficient"`, `"maybe"`), []string{`claim "knee"`, `key "verdict"`, `"maybe"`}},
		{"wrong type", replace(`as_of = 2015`, `as_of = "2015"`), []string{`claim "knee"`, `key "as_of"`}},
		{"as_of out of range", replace(`as_of = 2015`, `as_of = 1815`), []string{`claim "knee"`, `key "as_of"`, "1815"}},
		{"empty id", replace(`id = "knee"`, `id = ""`), []string{`claim #1`, `key "id"`}},
		{"empty statement", replace(`statement = "Exercise is of uncertain benefit for knee pain."`, `statement = " "`), []string{`claim "knee"`, `key "statement"`}},
		{"duplicate id", valid + valid, []string{`claim "knee"`, `key "id"`, "duplicate"}},
		{"no population", replace(`population = ["adult*"]`, ``), []string{`claim "knee"`, `key "population"`}},
		{"star inside a term", replace(`["exercise*"]`, `["exer*cise"]`), []string{`claim "knee"`, `key "intervention"`, "exer*cise"}},
		{"statement outcome in no outcome list", replace(`outcomes =`, `statement_outcomes = ["stiffness"]
outcomes =`), []string{`claim "knee"`, `key "statement_outcomes"`, `"stiffness"`, "none of outcomes"}},
		{"follow-up window upside down", replace(`as_of = 2015`, "as_of = 2015\nmin_follow_up_weeks = 13\nmax_follow_up_weeks = 8"), []string{`claim "knee"`, `key "max_follow_up_weeks"`, "below min_follow_up_weeks 13"}},
		{"negative minimum age", replace(`as_of = 2015`, "as_of = 2015\nmin_age_months = -1"), []string{`claim "knee"`, `key "min_age_months"`, "-1"}},
		{"minimum age above maximum", replace(`as_of = 2015`, "as_of = 2015\nmin_age_months = 216\nmax_age_months = 60"), []string{`claim "knee"`, `key "min_age_months"`, "above max_age_months 60"}},
		{"negative follow-up", replace(`as_of = 2015`, "as_of = 2015\nmin_follow_up_weeks = -2"), []string{`claim "knee"`, `key "min_follow_up_weeks"`, "-2"}},
		{"controls required with no controls", replace(`as_of = 2015`, "as_of = 2015\ncontrols_required = true"), []string{`claim "knee"`, `key "controls_required"`, "controls"}},
		{"controls required not a bool", replace(`as_of = 2015`, "as_of = 2015\ncontrols = [\"rest\"]\ncontrols_required = \"yes\""), []string{`claim "knee"`, `key "controls_required"`, "true or false"}},
		{"no claims", `# nothing`, []string{"x.toml", "no [[claim]]"}},
		{"toml syntax", `[[claim]`, []string{"x.toml"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			parseFails(t, tt.data, tt.want)
		})
	}
}

func TestLoad(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "claims.toml")
	if err := os.WriteFile(path, DefaultTOML(), 0o644); err != nil {
		t.Fatal(err)
	}
	set, err := Load(path)
	if err != nil {
		t.Fatal(err)
	}
	if len(set.Claims) != 4 {
		t.Errorf("loaded %d claims", len(set.Claims))
	}
	bad := filepath.Join(dir, "bad.toml")
	if err := os.WriteFile(bad, []byte(strings.Replace(valid, "as_of = 2015", "as_of = 3000", 1)), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := Load(bad); err == nil || !strings.Contains(err.Error(), bad) || !strings.Contains(err.Error(), "as_of") {
		t.Errorf("Load(bad) error = %v, want it to name the file and the key", err)
	}
	if _, err := Load(filepath.Join(dir, "missing.toml")); err == nil || !strings.Contains(err.Error(), "missing.toml") {
		t.Errorf("Load(missing) error = %v", err)
	}
}

// TestOpen: no file named is the embedded default; a file named is read,
// and its errors name it.
func TestOpen(t *testing.T) {
	def, err := Open("")
	if err != nil || len(def.Claims) != 4 {
		t.Fatalf("Open(\"\") = %v claims, %v; want the embedded default", def, err)
	}
	path := filepath.Join(t.TempDir(), "one.toml")
	if err := os.WriteFile(path, []byte(valid), 0o644); err != nil {
		t.Fatal(err)
	}
	set, err := Open(path)
	if err != nil || len(set.Claims) != 1 || set.Claims[0].ID == def.Claims[0].ID {
		t.Errorf("Open(%s) = %+v, %v; want the file's one claim", path, set, err)
	}
	if _, err := Open(path + ".missing"); err == nil || !strings.Contains(err.Error(), path+".missing") {
		t.Errorf("Open(missing) error = %v", err)
	}
}

func TestFold(t *testing.T) {
	for in, want := range map[string]string{
		"Low-Birth-Weight":       "low birth weight",
		"  tactile/kinesthetic ": "tactile kinesthetic",
		"(SSO)":                  "sso",
		"抚触 massage":             "抚触 massage",
		"Sjögren's syndrome":     "sjogren s syndrome",
		"Homöopathie, café":      "homoopathie cafe",
		"Ω3 supplementation":     "omega 3 supplementation",
		"β-carotene and TNF-α":   "beta carotene and tnf alpha",
		"5α-reductase":           "5 alpha reductase",
	} {
		if got := Fold(in); got != want {
			t.Errorf("Fold(%q) = %q, want %q", in, got, want)
		}
	}
	if got := NormaliseTerm(" Massag* "); got != "massag*" {
		t.Errorf("NormaliseTerm = %q", got)
	}
}

func TestExamplesParse(t *testing.T) {
	names := Examples()
	if len(names) < 2 {
		t.Fatalf("examples %v, want at least colic and cold", names)
	}
	for _, n := range names {
		set, err := Example(n)
		if err != nil {
			t.Errorf("%s: %v", n, err)
			continue
		}
		if len(set.Claims) == 0 {
			t.Errorf("%s: no claims", n)
		}
	}
	if _, err := ExampleTOML("nope"); err == nil || !strings.Contains(err.Error(), "--list-examples") || strings.Contains(err.Error(), "did you mean") {
		t.Errorf("unknown example: %v, want an error pointing at --list-examples and no guess", err)
	}
	if _, err := ExampleTOML("colik"); err == nil || !strings.Contains(err.Error(), "did you mean colic,") {
		t.Errorf("misspelt example: %v, want colic suggested", err)
	}
}

// An unknown example's name is answered with the nearest: a slip of a
// letter first, then names that contain it, then names sharing a word.
func TestNearestExamples(t *testing.T) {
	names := []string{"arginine-nec", "colic", "massage-jaundice", "massage-lbp", "probiotics-nec", "vitamin-d-asthma", "vitamin-d-ms", "vitamin-c-colds"}
	for _, c := range []struct {
		name string
		want []string
	}{
		{"massage-jaundise", []string{"massage-jaundice", "massage-lbp"}},
		{"vitamin-d", []string{"vitamin-d-asthma", "vitamin-d-ms", "vitamin-c-colds"}},
		{"probiotic-nec", []string{"probiotics-nec", "arginine-nec"}},
		{"Colic ", []string{"colic"}},
		{"xyzzy-plugh", nil},
	} {
		if got := Nearest(c.name, names, 3); !slices.Equal(got, c.want) {
			t.Errorf("Nearest(%q) = %q, want %q", c.name, got, c.want)
		}
	}
}

// A [defaults] table gives every claim the keys it does not set itself;
// a claim's own value replaces the default's whole list.
func TestDefaultsTable(t *testing.T) {
	data := `
[defaults]
population = ["adult*", "knee osteoarthritis"]
intervention = ["exercise*"]
controls = ["usual care"]
min_trial_n = 150

[[claim]]
id = "pain"
statement = "Exercise reduces knee pain."
verdict = "benefit"
as_of = 2015
lower_is_better = ["pain"]

[[claim]]
id = "harm"
statement = "Exercise causes no serious harm in knee osteoarthritis."
verdict = "no_risk"
as_of = 2015
intervention = ["walking"]
min_trial_n = 100
harms = ["falls"]
`
	set, err := Parse([]byte(data), "x.toml")
	if err != nil {
		t.Fatal(err)
	}
	pain, _ := set.Get("pain")
	harm, _ := set.Get("harm")
	if !slices.Equal(pain.Population, []string{"adult*", "knee osteoarthritis"}) || !slices.Equal(harm.Population, pain.Population) {
		t.Errorf("population: %q and %q, want the default in both", pain.Population, harm.Population)
	}
	if !slices.Equal(pain.Intervention, []string{"exercise*"}) || !slices.Equal(harm.Intervention, []string{"walking"}) {
		t.Errorf("intervention: %q and %q, want the default and the claim's own (not merged)", pain.Intervention, harm.Intervention)
	}
	if pain.MinTrialN != 150 || harm.MinTrialN != 100 || !slices.Equal(harm.Controls, []string{"usual care"}) {
		t.Errorf("min_trial_n %d and %d, controls %q: want 150, the claim's own 100, and the default", pain.MinTrialN, harm.MinTrialN, harm.Controls)
	}
	for _, tt := range []struct {
		name, defaults string
		want           []string
	}{
		{"a claim's own key", `verdict = "benefit"`, []string{"x.toml: line 3: [defaults]", `key "verdict"`, "each [[claim]]"}},
		{"unknown key", `populaton = ["adult*"]`, []string{"line 3: [defaults]", `unknown key "populaton"`}},
		{"wrong type", `min_trial_n = "150"`, []string{"line 3: [defaults]", `key "min_trial_n"`, "whole number"}},
		{"not a table", ``, []string{`key "defaults"`, "table"}},
		{"a default a claim cannot take", "population = [\"adult*\"]\nintervention = [\"exercise*\"]\nstatement_outcomes = [\"stiffness\"]", []string{"x.toml: line 5:", `claim "pain"`, `key "statement_outcomes"`, "none of outcomes", "the value from [defaults]"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			doc := "\n[defaults] # shared\n" + tt.defaults + "\n" + data[strings.Index(data, "[[claim]]"):]
			if tt.name == "not a table" {
				doc = "defaults = 3\n" + data[strings.Index(data, "[[claim]]"):]
			}
			parseFails(t, doc, tt.want)
		})
	}
}

// "<list key>_extra" adds terms to the list a claim has (its own or the
// one from [defaults]) instead of replacing it; on a key that is not a
// list, or in [defaults], it is an error that says what to write.
func TestExtraAddsToAList(t *testing.T) {
	data := `
[defaults]
population = ["adult*", "knee osteoarthritis"]
intervention = ["exercise*"]

[[claim]]
id = "pain"
statement = "Exercise reduces knee pain."
verdict = "benefit"
as_of = 2015
lower_is_better = ["pain"]
population_extra = ["hip osteoarthritis"]

[[claim]]
id = "harm"
statement = "Exercise causes no serious harm in knee osteoarthritis."
verdict = "no_risk"
as_of = 2015
harms = ["falls"]
harms_extra = ["fractures"]
`
	set, err := Parse([]byte(data), "x.toml")
	if err != nil {
		t.Fatal(err)
	}
	pain, _ := set.Get("pain")
	harm, _ := set.Get("harm")
	if !slices.Equal(pain.Population, []string{"adult*", "knee osteoarthritis", "hip osteoarthritis"}) {
		t.Errorf("population %q: want the default's terms and the claim's extra one", pain.Population)
	}
	if !slices.Equal(harm.Population, []string{"adult*", "knee osteoarthritis"}) {
		t.Errorf("population %q: another claim's extra term leaked into this one", harm.Population)
	}
	if !slices.Equal(harm.Harms, []string{"falls", "fractures"}) {
		t.Errorf("harms %q: want the claim's own list and its extra term", harm.Harms)
	}
	for _, tt := range []struct {
		name, from, to string
		want           []string
	}{
		{"not a list", `harms_extra = ["fractures"]`, `as_of_extra = [2016]`, []string{`unknown key "as_of_extra"`, `"as_of" is not a list of terms`}},
		{"in defaults", "intervention = [\"exercise*\"]\n", "intervention = [\"exercise*\"]\nharms_extra = [\"sprains\"]\n", []string{"[defaults]", `key "harms_extra"`, `write the list itself ("harms")`}},
		{"not strings", `harms_extra = ["fractures"]`, `harms_extra = [3]`, []string{`claim "harm"`, `key "harms_extra"`}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			parseFails(t, strings.Replace(data, tt.from, tt.to, 1), tt.want)
		})
	}
}

// parseFails checks that Parse rejects doc with an error that contains
// every one of want.
func parseFails(t *testing.T, doc string, want []string) {
	t.Helper()
	_, err := Parse([]byte(doc), "x.toml")
	if err == nil {
		t.Fatal("no error")
	}
	for _, w := range want {
		if !strings.Contains(err.Error(), w) {
			t.Errorf("error %q does not contain %q", err, w)
		}
	}
}
