package claims

import (
	"strings"
	"testing"
)

func TestQueriesFromTheClaimsVocabulary(t *testing.T) {
	set := &Set{Claims: []Claim{
		{ID: "a", Intervention: []string{"hypertonic saline", "hs", "nebulis*", `bad"quote`}, Population: []string{"bronchiolit*", "infants with bronchiolitis"}},
		{ID: "b", Intervention: []string{"salbutamol", "hypertonic saline"}, Population: []string{"bronchiolit*"}},
	}}
	q := set.Queries()
	for _, want := range []string{`"hypertonic saline"[tiab]`, "nebulis*[tiab]", "salbutamol[tiab]", "bronchiolit*[tiab]", `"infants with bronchiolitis"[tiab]`} {
		if !strings.Contains(q.PubMed, want) {
			t.Errorf("PubMed query lacks %s: %s", want, q.PubMed)
		}
	}
	for _, bad := range []string{"hs[tiab]", "quote", `hypertonic saline"[tiab] OR "hypertonic saline`} {
		if strings.Contains(q.PubMed, bad) {
			t.Errorf("PubMed query has %s: %s", bad, q.PubMed)
		}
	}
	if strings.Count(q.PubMed, " AND ") != 1 {
		t.Errorf("PubMed query is not interventions AND populations: %s", q.PubMed)
	}
	if !strings.HasPrefix(q.EuropePMC, "ABSTRACT:(") || !strings.HasSuffix(q.EuropePMC, "(SRC:MED OR SRC:PMC OR SRC:PPR)") {
		t.Errorf("Europe PMC query: %s", q.EuropePMC)
	}
	if strings.Contains(q.ClinicalTrials, "*") || !strings.Contains(q.ClinicalTrials, "bronchiolit") {
		t.Errorf("ClinicalTrials.gov query: %s", q.ClinicalTrials)
	}
	if q.Crossref == "" || strings.Contains(q.Crossref, "*") {
		t.Errorf("Crossref query: %q", q.Crossref)
	}
	if (&Set{}).Queries() != (Queries{}) {
		t.Error("an empty set has queries")
	}
	// every shipped example gives queries on both sides
	for _, name := range Examples() {
		s, err := Example(name)
		if err != nil {
			t.Fatal(err)
		}
		if q := s.Queries(); q.PubMed == "" || q.ClinicalTrials == "" {
			t.Errorf("%s: no queries", name)
		}
	}
}
