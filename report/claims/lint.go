package claims

import (
	"fmt"
	"strings"
)

// Lint returns warnings about a claims file that parsed: choices that are
// valid but probably not what the writer meant, each naming the claim and
// the key. `litwatch claims check` prints them; none stops a run.
func (s *Set) Lint() []string {
	var ws []string
	for _, c := range s.Claims {
		warn := func(key, format string, args ...any) {
			ws = append(ws, fmt.Sprintf("claim %q: key %q: %s", c.ID, key, fmt.Sprintf(format, args...)))
		}
		statement := strings.Fields(Fold(c.Statement))
		// the claim's own population, named in its statement, excluded
		if t := firstIn(c.PopulationExclude, statement); t != "" && firstIn(c.PopulationCore, statement) == "" && firstIn(c.Population, statement) != "" {
			warn("population_exclude", "%q occurs in the claim's own statement: records about the population the claim names would be out of scope unless population_core names them", t)
		}
		// a term listed to count and, in the same claim, to not count
		for _, p := range []struct {
			key   string
			terms []string
		}{{"intervention_context_exclude", c.InterventionContextExclude}, {"focus_exclude", c.FocusExclude}} {
			if t := shared(c.Intervention, p.terms); t != "" {
				warn(p.key, "%q is also an intervention term: every mention of it would be both counted and excluded", t)
			}
		}
		if t := shared(c.Intervention, c.Controls); t != "" {
			warn("controls", "%q is also an intervention term: a trial of it would be read as against no treatment", t)
		}
		if t := shared(c.Population, c.PopulationExclude); t != "" {
			warn("population_exclude", "%q is also a population term: every record naming it would be in and out of scope", t)
		}
		if t := shared(c.Population, c.PopulationExcludeAlways); t != "" {
			warn("population_exclude_always", "%q is also a population term: every record naming it would be in and out of scope", t)
		}
		if t := firstIn(c.PopulationExcludeAlways, statement); t != "" && firstIn(c.Population, statement) != "" {
			warn("population_exclude_always", "%q occurs in the claim's own statement: records about the population the claim names would be out of scope", t)
		}
		if t := shared(c.Outcomes, c.LowerIsBetter); t != "" {
			warn("lower_is_better", "%q is also in outcomes (where more is better): its direction is ambiguous", t)
		}
		for _, p := range []struct {
			key   string
			terms []string
		}{{"outcomes", c.Outcomes}, {"lower_is_better", c.LowerIsBetter}, {"harms", c.Harms}} {
			if t := shared(c.NotOutcomes, p.terms); t != "" {
				warn("not_outcomes", "%q is also in %s: it would never be read as an outcome", t, p.key)
			}
		}
		// a benefit or harm claim is contradicted by a null result on the
		// outcomes its statement names; naming none means any outcome
		if (c.Verdict == VerdictBenefit || c.Verdict == VerdictHarm) && len(c.StatementOutcomes) == 0 {
			all := append(append(append([]string(nil), c.Outcomes...), c.LowerIsBetter...), c.Harms...)
			if firstIn(all, statement) == "" {
				warn("statement", "names none of the claim's outcome terms, so a large trial finding no difference on any of its outcomes goes against the %s verdict; name the outcomes the verdict is about with the words of the outcome lists, or list them in statement_outcomes", c.Verdict)
			}
		}
	}
	return ws
}

// firstIn returns the first of terms (normalised, a trailing '*' a prefix)
// that occurs in the folded words, or "".
func firstIn(terms, words []string) string {
	for _, t := range terms {
		if termIn(t, words) {
			return t
		}
	}
	return ""
}

func termIn(t string, words []string) bool {
	prefix := strings.HasSuffix(t, "*")
	tw := strings.Fields(strings.TrimSuffix(t, "*"))
	if len(tw) == 0 {
		return false
	}
	for i := 0; i+len(tw) <= len(words); i++ {
		ok := true
		for j, w := range tw {
			last := j == len(tw)-1
			if words[i+j] != w && !(last && prefix && strings.HasPrefix(words[i+j], w)) {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// shared returns the first term listed in both a and b, or "".
func shared(a, b []string) string {
	in := make(map[string]bool, len(b))
	for _, t := range b {
		in[t] = true
	}
	for _, t := range a {
		if in[t] {
			return t
		}
	}
	return ""
}
