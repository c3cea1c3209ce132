package claims

import (
	"slices"
	"strings"
)

// Queries are search queries for the literature sources, written from a
// claims file's own vocabulary: any of the claims' interventions (and
// favoured or disfavoured items) together with any of their populations.
// `litwatch init --example NAME` writes them into the config it creates,
// so a new topic's first run searches for that topic.
type Queries struct {
	PubMed         string // E-utilities term, fields [tiab]
	EuropePMC      string // Europe PMC search syntax, ABSTRACT field, MED/PMC/PPR sources
	ClinicalTrials string // ClinicalTrials.gov query.term (no truncation)
	Crossref       string // a bibliographic query (plain words)
}

// maxQueryTerms bounds each side of a query: servers refuse very long
// queries, and the first terms of each list are the ones a writer puts
// first (the main names).
const maxQueryTerms = 30

// Queries returns the set's search queries.
func (s *Set) Queries() Queries {
	var interv, pop []string
	for _, c := range s.Claims {
		interv = append(append(append(interv, c.Intervention...), c.Favoured...), c.Disfavoured...)
		pop = append(append(pop, c.Population...), c.PopulationCore...)
	}
	interv, pop = queryTerms(interv), queryTerms(pop)
	pubmed := func(ts []string) string {
		out := make([]string, len(ts))
		for i, t := range ts {
			if strings.Contains(t, " ") {
				// PubMed truncates no phrase: the phrase as written
				out[i] = `"` + strings.TrimSuffix(t, "*") + `"[tiab]`
			} else {
				out[i] = t + "[tiab]"
			}
		}
		return "(" + strings.Join(out, " OR ") + ")"
	}
	epmc := func(ts []string) string {
		out := make([]string, len(ts))
		for i, t := range ts {
			if strings.Contains(t, " ") {
				out[i] = `"` + strings.TrimSuffix(t, "*") + `"`
			} else {
				out[i] = t
			}
		}
		return "ABSTRACT:(" + strings.Join(out, " OR ") + ")"
	}
	ctgov := func(ts []string) string {
		var out []string
		for _, t := range ts {
			t = strings.TrimSuffix(t, "*")
			if strings.Contains(t, " ") {
				t = `"` + t + `"`
			}
			if !slices.Contains(out, t) {
				out = append(out, t)
			}
		}
		return "(" + strings.Join(out, " OR ") + ")"
	}
	var q Queries
	if len(interv) == 0 || len(pop) == 0 {
		return q
	}
	q.PubMed = pubmed(interv) + " AND " + pubmed(pop)
	q.EuropePMC = epmc(interv) + " AND " + epmc(pop) + " AND (SRC:MED OR SRC:PMC OR SRC:PPR)"
	q.ClinicalTrials = ctgov(interv) + " AND " + ctgov(pop)
	var words []string
	for _, t := range append(interv[:min(4, len(interv))], pop[:min(3, len(pop))]...) {
		words = append(words, strings.TrimSuffix(t, "*"))
	}
	q.Crossref = strings.Join(words, " ")
	return q
}

// queryTerms keeps the terms a search engine can use: no duplicates, no
// one- or two-letter abbreviations (they match everything), no quotes or
// brackets that would break the syntax, at most maxQueryTerms.
func queryTerms(ts []string) []string {
	var out []string
	for _, t := range ts {
		t = strings.ToLower(strings.TrimSpace(t))
		if strings.ContainsAny(t, `"()[]:\`) || len(strings.TrimSuffix(t, "*")) < 3 {
			continue
		}
		if i := strings.Index(t, "*"); i >= 0 && i != len(t)-1 {
			continue
		}
		if !slices.Contains(out, t) {
			out = append(out, t)
		}
		if len(out) == maxQueryTerms {
			break
		}
	}
	return out
}
