// Package claims holds the conclusions ("claims") that litwatch tracks and
// the vocabulary that scopes each of them.
//
// A claims file is TOML: one [[claim]] table per claim. Everything that is
// specific to a topic (who the claim is about, what intervention, which
// outcomes, which words mean harm, which items the claim favours) lives in
// the file; the assessor (report/assess) only knows general research
// language. Another topic is another claims file.
//
// Term lists are matched case-insensitively on whole words after
// punctuation is folded to spaces ("low-birth-weight" matches
// "low birth weight"); a trailing '*' makes a term a prefix
// ("massag*" matches massage, massaged, massaging).
package claims

import (
	_ "embed"
	"errors"
	"fmt"
	"os"
	"regexp"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/BurntSushi/toml"
	"golang.org/x/text/unicode/norm"
)

// Verdicts a claim can carry.
const (
	// VerdictInsufficient: the evidence is too weak to support the
	// intervention. A systematic review or adequately sized randomised
	// trial reporting a significant effect goes against it.
	VerdictInsufficient = "insufficient"
	// VerdictNoEffect: the intervention makes little or no difference
	// ("X is unlikely to prevent Y"). Judged as VerdictInsufficient: a
	// systematic review or adequately sized randomised trial reporting a
	// significant effect, either way, goes against it.
	VerdictNoEffect = "no_effect"
	// VerdictNoRisk: no significant risk of harm was found. Any new report
	// of harm (a case report counts) goes against it.
	VerdictNoRisk = "no_risk"
	// VerdictPossibleHarmBenefit: some items (disfavoured) may harm and
	// others (favoured) may help. A controlled finding that a favoured item
	// harms, or a disfavoured item helps, reverses it.
	VerdictPossibleHarmBenefit = "possible_harm_benefit"
	// VerdictBenefit: the intervention helps. A review or adequately sized
	// trial finding no effect or harm goes against it.
	VerdictBenefit = "benefit"
	// VerdictHarm: the intervention harms. A review or adequately sized
	// trial finding benefit or no effect goes against it.
	VerdictHarm = "harm"
)

// Verdicts lists every valid verdict.
func Verdicts() []string {
	return []string{VerdictInsufficient, VerdictNoEffect, VerdictNoRisk, VerdictPossibleHarmBenefit, VerdictBenefit, VerdictHarm}
}

// DefaultMinTrialN is the trial size from which a randomised trial's
// significant finding counts against a claim when a claim sets none.
const DefaultMinTrialN = 100

// Citation is one publication a claim rests on.
type Citation struct {
	Title string
	DOI   string
	PMID  string
	Year  int
}

// Claim is one tracked conclusion and its scope.
type Claim struct {
	ID        string
	Statement string
	Verdict   string // one of Verdicts()
	AsOf      int    // basis year; records published in or before it are not updates
	Basis     []Citation

	// Population: at least one must be named for a record to be in scope.
	Population []string
	// PopulationExclude: a record naming one of these is out of scope unless
	// it also names one of PopulationCore (e.g. preterm for a term claim).
	PopulationExclude []string
	// PopulationCore: explicit population phrases that keep a record in
	// scope even when PopulationExclude terms appear.
	PopulationCore []string
	// PopulationExcludeAlways: a record naming one of these is out of scope
	// whatever PopulationCore names (animals, people on dialysis).
	PopulationExcludeAlways []string
	// Participants: nouns the claim's participants are counted as ("120
	// infants were randomised"), beyond the nouns any study uses
	// (patients, participants, subjects, people, children, adults...).
	Participants []string
	// OtherParticipants: people who are not the claim's population (for
	// an infant claim: mothers, nurses, students); a study that counts
	// only them is out of scope.
	OtherParticipants []string
	// MaxAgeMonths: when > 0, a record whose participants are all older
	// (e.g. "children aged 4 to 10 years") is out of scope.
	MaxAgeMonths int
	// MinAgeMonths: when > 0, a record whose participants are all younger
	// than this many months (by the oldest age it gives) is out of scope.
	MinAgeMonths int

	// Intervention: at least one must be named outside the background.
	Intervention []string
	// InterventionContextExclude: a mention of the intervention in a
	// sentence that also holds one of these does not count (e.g. oil that
	// is eaten rather than applied to the skin).
	InterventionContextExclude []string
	// FocusExclude: a record whose title or stated aim names one of these,
	// and none of the intervention terms, tests something else and is out
	// of scope.
	FocusExclude []string

	// Outcomes the claim is about; a record must measure at least one
	// (or one of LowerIsBetter, or Harms).
	Outcomes []string
	// LowerIsBetter: outcomes where a decrease is a benefit (pain, length
	// of stay, infection...). They count as outcomes too.
	LowerIsBetter []string
	// Harms: adverse-event terms (for no_risk claims they are the outcomes).
	Harms []string
	// NotOutcomes: measurement phrases that contain an outcome word but
	// describe the participants ("birth weight", "gestational age").
	NotOutcomes []string
	// StatementOutcomes: outcomes the statement is about beyond the terms
	// its own words name: synonyms ("eczema" for a statement naming
	// "atopic dermatitis") and components ("myocardial infarction" for
	// "major adverse cardiovascular events"). Each is also one of
	// Outcomes, LowerIsBetter or Harms (which gives its direction).
	StatementOutcomes []string

	// Controls: what this topic's comparison arms are given when they get
	// no active treatment, in its own words ("cow's milk formula", "corn
	// oil"): a trial against one of them is a controlled trial, not a
	// comparison of two treatments. Placebo, sham, usual or standard care
	// and no treatment are known without them.
	Controls []string
	// ControlsRequired: the claim is about the intervention against (or
	// added to) what Controls name ("text messaging added to counselling
	// or NRT"): a record that names none of them in its own sentences
	// compares it with something else (placebo, minimal support, no
	// treatment) and is not about this claim.
	ControlsRequired bool

	// Favoured / Disfavoured items for possible_harm_benefit claims: the
	// claim says the favoured may help and the disfavoured may harm.
	Favoured    []string
	Disfavoured []string

	// MinTrialN: participants a randomised trial needs for its significant
	// finding to count against the claim (DefaultMinTrialN when 0).
	MinTrialN int
	// MinFollowUpWeeks, MaxFollowUpWeeks: when > 0, a finding that states
	// when it was measured ("at 6 weeks", "at 12 months") counts for the
	// claim only from (up to) that many weeks after the start; a finding
	// that states no time counts whatever the window.
	MinFollowUpWeeks, MaxFollowUpWeeks int
}

// TrialThreshold is the claim's MinTrialN or DefaultMinTrialN.
func (c Claim) TrialThreshold() int {
	if c.MinTrialN > 0 {
		return c.MinTrialN
	}
	return DefaultMinTrialN
}

// Set is an ordered set of claims.
type Set struct {
	Claims []Claim
}

// Get returns the claim with the given id.
func (s *Set) Get(id string) (Claim, bool) {
	if s == nil {
		return Claim{}, false
	}
	for _, c := range s.Claims {
		if c.ID == id {
			return c, true
		}
	}
	return Claim{}, false
}

//go:embed default_claims.toml
var defaultTOML []byte

// DefaultTOML returns a copy of the embedded default claims file (what
// `litwatch init` writes).
func DefaultTOML() []byte {
	return append([]byte(nil), defaultTOML...)
}

// Default parses the embedded default claims file.
func Default() (*Set, error) {
	return Parse(defaultTOML, "default_claims.toml")
}

// Open is the claims a config names: the file at path, or the embedded
// default when path is "".
func Open(path string) (*Set, error) {
	if path == "" {
		return Default()
	}
	return Load(path)
}

// Load reads and parses a claims file.
func Load(path string) (*Set, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("claims: %w", err)
	}
	return Parse(data, path)
}

// Parse parses claims TOML; name is used in error messages (a file name).
// An optional [defaults] table sets keys every claim starts from; a
// claim's own value for a key replaces the default's. Unknown keys,
// values of the wrong type, empty ids or statements,
// duplicate ids, unknown verdicts and basis years out of range are errors
// that name the claim and the key.
func Parse(data []byte, name string) (*Set, error) {
	var top map[string]toml.Primitive
	md, err := toml.Decode(string(data), &top)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	for _, k := range sortedKeys(top) {
		if k != "claim" && k != "defaults" {
			return nil, fmt.Errorf("%s: unknown key %q (expected [[claim]] tables and an optional [defaults] table)", name, k)
		}
	}
	// [defaults] holds keys every claim starts from (the population,
	// intervention and control terms claims of one topic share); a
	// claim's own value for a key replaces the default's whole
	var defaults map[string]toml.Primitive
	if p, ok := top["defaults"]; ok {
		if typ := md.Type("defaults"); typ != "Hash" {
			return nil, fmt.Errorf("%s%s: key \"defaults\": must be a table of claim keys ([defaults]), not %s", name, at(defaultsKeyLine(data, "defaults")), strings.ToLower(typ))
		}
		if err := md.PrimitiveDecode(p, &defaults); err != nil {
			return nil, fmt.Errorf("%s: key \"defaults\": must be a table of claim keys ([defaults]): %w", name, err)
		}
		if err := checkDefaults(&md, defaults); err != nil {
			var ke *keyError
			line := 0
			if errors.As(err, &ke) {
				line = defaultsKeyLine(data, ke.key)
			}
			return nil, fmt.Errorf("%s%s: [defaults]: %w", name, at(line), err)
		}
	}
	prim, ok := top["claim"]
	if !ok {
		return nil, fmt.Errorf("%s: no [[claim]] tables", name)
	}
	var raws []map[string]toml.Primitive
	if err := md.PrimitiveDecode(prim, &raws); err != nil {
		return nil, fmt.Errorf("%s: key \"claim\": must be an array of tables: %w", name, err)
	}
	set := &Set{}
	seen := map[string]int{}
	for i, raw := range raws {
		inherited := map[string]bool{}
		for k, v := range defaults {
			if _, own := raw[k]; !own {
				raw[k], inherited[k] = v, true
			}
		}
		c, err := decodeClaim(&md, raw, i)
		if err != nil {
			where := lineOf(data, i, err)
			if ke := (*keyError)(nil); errors.As(err, &ke) && ke.basis < 0 && inherited[ke.key] {
				// the claim took the value from [defaults]: point there
				where = at(defaultsKeyLine(data, ke.key))
				err = fmt.Errorf("%w (the value from [defaults])", err)
			}
			return nil, fmt.Errorf("%s%s: %w", name, where, err)
		}
		if j, dup := seen[c.ID]; dup {
			return nil, fmt.Errorf("%s%s: claim %q (claim #%d): key \"id\": duplicate of claim #%d", name, at(keyLine(data, i, -1, "id")), c.ID, i+1, j+1)
		}
		seen[c.ID] = i
		set.Claims = append(set.Claims, c)
	}
	return set, nil
}

// extraSuffix marks a claim key that adds terms to a list key rather
// than replacing it ("population_exclude_extra").
const extraSuffix = "_extra"

// extraOf returns the list an "<key>_extra" key adds to, or nil when k is
// not one (known maps the claim's keys to their fields).
func extraOf(k string, known map[string]any) *[]string {
	base, ok := strings.CutSuffix(k, extraSuffix)
	if !ok {
		return nil
	}
	list, _ := known[base].(*[]string)
	return list
}

// unknownKeyMsg says that k is no claim key, and what to write instead of
// an "_extra" on a key that is not a list.
func unknownKeyMsg(k string, known map[string]any) string {
	if base, ok := strings.CutSuffix(k, extraSuffix); ok {
		if _, isKey := known[base]; isKey {
			return fmt.Sprintf("unknown key %q (%q is not a list of terms: only a list key takes %q)", k, base, extraSuffix)
		}
	}
	return fmt.Sprintf("unknown key %q", k)
}

// checkDefaults reports the first key of a [defaults] table that no claim
// could take from it: a key that names one claim (id, statement, verdict,
// basis), an unknown key, or a value of the wrong type.
func checkDefaults(md *toml.MetaData, defaults map[string]toml.Primitive) error {
	var c Claim
	fields := map[string]any{}
	for _, f := range claimFields(&c) {
		fields[f.key] = f.ptr
	}
	for _, k := range sortedKeys(defaults) {
		switch k {
		case "id", "statement", "verdict", "basis":
			return newKeyError(k, "is set in each [[claim]], not in [defaults]")
		}
		ptr, ok := fields[k]
		if !ok {
			if extraOf(k, fields) != nil {
				return newKeyError(k, "adds to a [defaults] list in one [[claim]]; in [defaults] write the list itself (%q)", strings.TrimSuffix(k, extraSuffix))
			}
			return &keyError{basis: -1, key: k, msg: unknownKeyMsg(k, fields)}
		}
		if err := md.PrimitiveDecode(defaults[k], ptr); err != nil {
			return typeError(-1, k, ptr, err)
		}
	}
	return nil
}

// defaultsKeyLine returns the line (from 1) where key is set in the
// [defaults] table, or 0.
func defaultsKeyLine(data []byte, key string) int {
	in := false
	for i, l := range strings.Split(string(data), "\n") {
		t := strings.TrimSpace(l)
		switch {
		case strings.HasPrefix(t, "["):
			header, _, _ := strings.Cut(t, "#")
			in = strings.TrimSpace(header) == "[defaults]"
		case in && strings.HasPrefix(t, key):
			if rest := strings.TrimSpace(t[len(key):]); strings.HasPrefix(rest, "=") {
				return i + 1
			}
		}
	}
	return 0
}

// field binds a TOML key to where its value goes.
type field struct {
	key string
	ptr any
}

func claimFields(c *Claim) []field {
	return []field{
		{"id", &c.ID},
		{"statement", &c.Statement},
		{"verdict", &c.Verdict},
		{"as_of", &c.AsOf},
		{"population", &c.Population},
		{"population_exclude", &c.PopulationExclude},
		{"population_core", &c.PopulationCore},
		{"population_exclude_always", &c.PopulationExcludeAlways},
		{"participants", &c.Participants},
		{"other_participants", &c.OtherParticipants},
		{"max_age_months", &c.MaxAgeMonths},
		{"min_age_months", &c.MinAgeMonths},
		{"intervention", &c.Intervention},
		{"intervention_context_exclude", &c.InterventionContextExclude},
		{"focus_exclude", &c.FocusExclude},
		{"outcomes", &c.Outcomes},
		{"lower_is_better", &c.LowerIsBetter},
		{"harms", &c.Harms},
		{"not_outcomes", &c.NotOutcomes},
		{"statement_outcomes", &c.StatementOutcomes},
		{"controls", &c.Controls},
		{"controls_required", &c.ControlsRequired},
		{"favoured", &c.Favoured},
		{"disfavoured", &c.Disfavoured},
		{"min_trial_n", &c.MinTrialN},
		{"min_follow_up_weeks", &c.MinFollowUpWeeks},
		{"max_follow_up_weeks", &c.MaxFollowUpWeeks},
	}
}

func decodeClaim(md *toml.MetaData, raw map[string]toml.Primitive, i int) (Claim, error) {
	var c Claim
	label := fmt.Sprintf("claim #%d", i+1)
	if p, ok := raw["id"]; ok {
		if err := md.PrimitiveDecode(p, &c.ID); err != nil {
			return c, fmt.Errorf("%s: %w", label, typeError(-1, "id", &c.ID, err))
		}
		if c.ID != "" {
			label = fmt.Sprintf("claim %q", c.ID)
		}
	}
	fields := claimFields(&c)
	known := map[string]any{"basis": nil}
	for _, f := range fields {
		known[f.key] = f.ptr
	}
	for _, k := range sortedKeys(raw) {
		if _, ok := known[k]; !ok && extraOf(k, known) == nil {
			return c, fmt.Errorf("%s: %w", label, &keyError{basis: -1, key: k, msg: unknownKeyMsg(k, known)})
		}
	}
	for _, f := range fields {
		p, ok := raw[f.key]
		if !ok || f.key == "id" {
			continue
		}
		if err := md.PrimitiveDecode(p, f.ptr); err != nil {
			return c, fmt.Errorf("%s: %w", label, typeError(-1, f.key, f.ptr, err))
		}
	}
	// "harms_extra = [...]": terms added to the list the claim has (its
	// own or the one from [defaults]), for one claim that needs a few more
	// than the others share
	for _, k := range sortedKeys(raw) {
		list := extraOf(k, known)
		if list == nil {
			continue
		}
		var more []string
		if err := md.PrimitiveDecode(raw[k], &more); err != nil {
			return c, fmt.Errorf("%s: %w", label, typeError(-1, k, &more, err))
		}
		*list = append(*list, more...)
	}
	if p, ok := raw["basis"]; ok {
		b, err := decodeBasis(md, p)
		if err != nil {
			return c, fmt.Errorf("%s: %w", label, err)
		}
		c.Basis = b
	}
	if err := c.validate(); err != nil {
		return c, fmt.Errorf("%s: %w", label, err)
	}
	c.normalise()
	return c, nil
}

func decodeBasis(md *toml.MetaData, p toml.Primitive) ([]Citation, error) {
	var raws []map[string]toml.Primitive
	if err := md.PrimitiveDecode(p, &raws); err != nil {
		return nil, &keyError{basis: -1, key: "basis", msg: `key "basis": must be an array of tables ([[claim.basis]])`}
	}
	out := make([]Citation, 0, len(raws))
	for j, raw := range raws {
		var ct Citation
		fields := []field{{"title", &ct.Title}, {"doi", &ct.DOI}, {"pmid", &ct.PMID}, {"year", &ct.Year}}
		known := map[string]bool{}
		for _, f := range fields {
			known[f.key] = true
		}
		for _, k := range sortedKeys(raw) {
			if !known[k] {
				return nil, &keyError{basis: j, key: k, msg: fmt.Sprintf("basis #%d: unknown key %q", j+1, k)}
			}
		}
		for _, f := range fields {
			if q, ok := raw[f.key]; ok {
				if err := md.PrimitiveDecode(q, f.ptr); err != nil {
					return nil, typeError(j, f.key, f.ptr, err)
				}
			}
		}
		if strings.TrimSpace(ct.Title) == "" && ct.DOI == "" && ct.PMID == "" {
			return nil, fmt.Errorf("basis #%d: key \"title\": a citation needs a title, doi or pmid", j+1)
		}
		out = append(out, ct)
	}
	return out, nil
}

// keyError is an error about one key of a claim, or (basis >= 0) of one
// of its [[claim.basis]] tables: Parse adds the line the key is on.
type keyError struct {
	basis int // -1: a key of the claim itself
	key   string
	msg   string // the whole message, naming the key
}

func (e *keyError) Error() string { return e.msg }

// newKeyError is an error about the claim's own key.
func newKeyError(key, format string, args ...any) error {
	return &keyError{basis: -1, key: key, msg: fmt.Sprintf("key %q: ", key) + fmt.Sprintf(format, args...)}
}

// tomlType matches the TOML decoder's type mismatch message.
var tomlType = regexp.MustCompile(`TOML value has type (\w+)`)

// typeError words a value of the wrong type for key (decoded into ptr).
// The decoder's own message is not used as it is: for an array of tables
// it names the line of the key in the last table, not in this one.
func typeError(basis int, key string, ptr any, err error) error {
	want := "of another type"
	switch ptr.(type) {
	case *string:
		want = `a string in quotes ("...")`
	case *int:
		want = "a whole number"
	case *[]string:
		want = `a list of strings in quotes (["...", "..."])`
	case *bool:
		want = "true or false"
	}
	found := ""
	if m := tomlType.FindStringSubmatch(err.Error()); m != nil {
		switch m[1] {
		case "string":
			found = "a string"
		case "int64":
			found = "a number"
		case "float64":
			found = "a decimal number"
		case "bool":
			found = "true or false"
		case "time.Time":
			found = "a date"
		case "slice":
			found = "a list"
		case "map":
			found = "a table"
		default:
			found = m[1]
		}
	}
	msg := fmt.Sprintf("key %q: must be %s", key, want)
	if _, ok := ptr.(*[]string); ok && found != "" && found != "a list" {
		msg += fmt.Sprintf(" (an element is %s)", found)
		if found == "a string" {
			msg = fmt.Sprintf("key %q: must be %s, not a single string", key, want)
		}
	} else if found != "" {
		msg += fmt.Sprintf(", not %s", found)
	}
	if basis >= 0 {
		msg = fmt.Sprintf("basis #%d: %s", basis+1, msg)
	}
	return &keyError{basis: basis, key: key, msg: msg}
}

// lineOf returns ": line N" for a keyError about claim i's key, or "".
func lineOf(data []byte, i int, err error) string {
	var ke *keyError
	if !errors.As(err, &ke) {
		return ""
	}
	return at(keyLine(data, i, ke.basis, ke.key))
}

func at(line int) string {
	if line <= 0 {
		return ""
	}
	return fmt.Sprintf(": line %d", line)
}

// keyLine returns the line (from 1) where key is set in the claim-th
// (from 0) [[claim]] table of a claims file — in its basis-th
// [[claim.basis]] table when basis >= 0 —, or 0 when it is not found. It
// reads the file line by line, skipping multi-line strings; that is
// enough for the keys of a claims file.
func keyLine(data []byte, claim, basis int, key string) int {
	ci, bi := -1, -1
	other := false // inside a table that is neither [[claim]] nor [[claim.basis]]
	multi := ""    // the delimiter of the multi-line string being skipped
	for n, line := range strings.Split(string(data), "\n") {
		t := strings.TrimSpace(line)
		if multi != "" {
			if strings.Count(t, multi)%2 == 1 {
				multi = ""
			}
			continue
		}
		if strings.HasPrefix(t, "[") && !strings.HasPrefix(t, `["`) && !strings.HasPrefix(t, `['`) {
			h := t
			if j := strings.LastIndex(h, "]"); j >= 0 {
				h = h[:j+1]
			}
			switch strings.ReplaceAll(strings.ReplaceAll(h, " ", ""), "\t", "") {
			case "[[claim]]":
				ci, bi, other = ci+1, -1, false
			case "[[claim.basis]]":
				bi, other = bi+1, false
			default:
				other = true
			}
			continue
		}
		if k, v, ok := strings.Cut(t, "="); ok && !other && ci == claim && bi == basis {
			if strings.Trim(strings.TrimSpace(k), `"'`) == key {
				return n + 1
			}
			for _, d := range []string{`"""`, "'''"} {
				if strings.Count(v, d)%2 == 1 {
					multi = d
				}
			}
		}
	}
	return 0
}

// Basis years outside this range are rejected.
const (
	minYear = 1900
	maxYear = 2100
)

func (c *Claim) validate() error {
	if strings.TrimSpace(c.ID) == "" {
		return newKeyError("id", "must not be empty")
	}
	if strings.ContainsAny(c.ID, " \t\n") {
		return newKeyError("id", "%q must not contain spaces", c.ID)
	}
	if strings.TrimSpace(c.Statement) == "" {
		return newKeyError("statement", "must not be empty")
	}
	valid := false
	for _, v := range Verdicts() {
		if c.Verdict == v {
			valid = true
		}
	}
	if !valid {
		return newKeyError("verdict", "unknown verdict %q (want one of %s)", c.Verdict, strings.Join(Verdicts(), ", "))
	}
	if c.AsOf < minYear || c.AsOf > maxYear {
		return newKeyError("as_of", "basis year %d out of range %d-%d", c.AsOf, minYear, maxYear)
	}
	if c.MaxAgeMonths < 0 {
		return newKeyError("max_age_months", "%d must not be negative", c.MaxAgeMonths)
	}
	if c.MinAgeMonths < 0 {
		return newKeyError("min_age_months", "%d must not be negative", c.MinAgeMonths)
	}
	if c.MaxAgeMonths > 0 && c.MinAgeMonths > c.MaxAgeMonths {
		return newKeyError("min_age_months", "%d is above max_age_months %d: no participant could be in scope", c.MinAgeMonths, c.MaxAgeMonths)
	}
	if c.MinTrialN < 0 {
		return newKeyError("min_trial_n", "%d must not be negative", c.MinTrialN)
	}
	if c.ControlsRequired && len(c.Controls) == 0 {
		return newKeyError("controls_required", "needs the comparison arms it requires listed in controls")
	}
	if c.MinFollowUpWeeks < 0 {
		return newKeyError("min_follow_up_weeks", "%d must not be negative", c.MinFollowUpWeeks)
	}
	if c.MaxFollowUpWeeks < 0 {
		return newKeyError("max_follow_up_weeks", "%d must not be negative", c.MaxFollowUpWeeks)
	}
	if c.MaxFollowUpWeeks > 0 && c.MinFollowUpWeeks > c.MaxFollowUpWeeks {
		return newKeyError("max_follow_up_weeks", "%d is below min_follow_up_weeks %d: no finding could count", c.MaxFollowUpWeeks, c.MinFollowUpWeeks)
	}
	if len(c.Population) == 0 {
		return newKeyError("population", "at least one term is needed to scope the claim")
	}
	if len(c.Intervention) == 0 {
		return newKeyError("intervention", "at least one term is needed to scope the claim")
	}
	if len(c.Outcomes)+len(c.LowerIsBetter)+len(c.Harms) == 0 {
		return newKeyError("outcomes", "at least one outcome (or lower_is_better / harms) term is needed")
	}
	if c.Verdict == VerdictNoRisk && len(c.Harms) == 0 {
		return newKeyError("harms", "a no_risk claim needs the adverse-event terms it is about")
	}
	if c.Verdict == VerdictPossibleHarmBenefit && len(c.Favoured)+len(c.Disfavoured) == 0 {
		return newKeyError("favoured", "a possible_harm_benefit claim needs favoured or disfavoured items")
	}
	lists := map[string][]string{
		"population": c.Population, "population_exclude": c.PopulationExclude, "population_core": c.PopulationCore,
		"population_exclude_always": c.PopulationExcludeAlways, "intervention": c.Intervention, "intervention_context_exclude": c.InterventionContextExclude,
		"focus_exclude": c.FocusExclude, "outcomes": c.Outcomes, "lower_is_better": c.LowerIsBetter,
		"participants": c.Participants, "other_participants": c.OtherParticipants, "not_outcomes": c.NotOutcomes,
		"harms": c.Harms, "favoured": c.Favoured, "disfavoured": c.Disfavoured,
		"statement_outcomes": c.StatementOutcomes, "controls": c.Controls,
	}
	for _, k := range sortedKeys(lists) {
		for _, t := range lists[k] {
			if strings.Trim(NormaliseTerm(t), "*") == "" {
				return newKeyError(k, "empty term %q", t)
			}
			if strings.Contains(strings.TrimSuffix(strings.TrimSpace(t), "*"), "*") {
				return newKeyError(k, "term %q: '*' may only end a term (a prefix match)", t)
			}
		}
	}
	listed := map[string]bool{}
	for _, t := range slices.Concat(c.Outcomes, c.LowerIsBetter, c.Harms) {
		listed[NormaliseTerm(t)] = true
	}
	for _, t := range c.StatementOutcomes {
		if !listed[NormaliseTerm(t)] {
			return newKeyError("statement_outcomes", "%q is in none of outcomes, lower_is_better or harms: list it in the one that gives its direction too", t)
		}
	}
	return nil
}

// normalise folds every term list the way record text is folded.
func (c *Claim) normalise() {
	for _, l := range []*[]string{&c.Population, &c.PopulationExclude, &c.PopulationCore, &c.PopulationExcludeAlways, &c.Participants, &c.OtherParticipants, &c.NotOutcomes, &c.Intervention,
		&c.InterventionContextExclude, &c.FocusExclude, &c.Outcomes, &c.LowerIsBetter, &c.Harms,
		&c.StatementOutcomes, &c.Controls, &c.Favoured, &c.Disfavoured} {
		for i, t := range *l {
			(*l)[i] = NormaliseTerm(t)
		}
	}
}

// NormaliseTerm lower-cases a term and folds punctuation to single spaces,
// keeping a trailing '*' (prefix match).
func NormaliseTerm(t string) string {
	star := strings.HasSuffix(strings.TrimSpace(t), "*")
	n := Fold(strings.TrimSuffix(strings.TrimSpace(t), "*"))
	if star && n != "" {
		return n + "*"
	}
	return n
}

// Fold lower-cases s, drops accents ("Sjögren" folds as "sjogren"), spells
// out the Greek letters of chemical names ("β-carotene" as "beta carotene") and
// replaces every run of characters that are not letters or digits with one
// space, trimming the ends. Record text and terms are both folded, so
// matching is on whole words, with or without accents.
func Fold(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := true
	for _, r := range strings.ToLower(s) {
		if name, ok := greekName(r); ok {
			// "β-carotene", "ω-3", "TNF-α": the letter as its name, a word
			// of its own ("beta carotene", "omega 3", "tnf alpha")
			if !space {
				b.WriteByte(' ')
			}
			b.WriteString(name)
			b.WriteByte(' ')
			space = true
			continue
		}
		if r >= utf8.RuneSelf && unicode.IsLetter(r) {
			// an accented letter decomposes into its base letter and
			// combining marks: keep the base
			for _, d := range norm.NFD.String(string(r)) {
				if !unicode.Is(unicode.Mn, d) {
					b.WriteRune(d)
				}
			}
			space = false
			continue
		}
		if isWordRune(r) {
			b.WriteRune(r)
			space = false
			continue
		}
		if !space {
			b.WriteByte(' ')
			space = true
		}
	}
	return strings.TrimSpace(b.String())
}

// greekName names the Greek letters of chemical and receptor names in
// record text, which claims files spell out as often as not.
func greekName(r rune) (string, bool) {
	switch r {
	case 'α':
		return "alpha", true
	case 'β':
		return "beta", true
	case 'γ':
		return "gamma", true
	case 'δ':
		return "delta", true
	case 'κ':
		return "kappa", true
	case 'ω':
		return "omega", true
	}
	return "", false
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
