package config

import (
	"bytes"
	"strings"
)

// ClaimsFile is the claims file a new config points to.
const ClaimsFile = "claims.toml"

// Queries are the searches a new config file starts with, per source (""
// keeps the default's). OpenAlex takes Crossref's bibliographic query.
type Queries struct {
	PubMed, EuropePMC, ClinicalTrials, Crossref string
}

// NewFile is the config file `litwatch init` writes: the embedded
// defaults, commented, pointing at ClaimsFile, each source's query from q.
func NewFile(q Queries) []byte {
	cfg := bytes.Replace(defaultTOML, []byte(`# claims = "`+ClaimsFile+`"`), []byte(`claims = "`+ClaimsFile+`"`), 1)
	lines := strings.Split(string(cfg), "\n")
	section := ""
	done := map[string]bool{}
	for i, l := range lines {
		t := strings.TrimSpace(l)
		if strings.HasPrefix(t, "[") {
			section = t
			continue
		}
		var key, val string
		switch section {
		case "[sources.pubmed]":
			key, val = "term", q.PubMed
		case "[sources.europepmc]":
			key, val = "query", q.EuropePMC
		case "[sources.clinicaltrials]":
			key, val = "query", q.ClinicalTrials
		case "[sources.crossref]", "[sources.openalex]":
			key, val = "query", q.Crossref
		}
		if key == "" || val == "" || done[section] || strings.Contains(val, "'''") || !strings.HasPrefix(t, key+" = ") {
			continue
		}
		lines[i] = key + " = '''" + val + "'''"
		done[section] = true
	}
	return []byte(strings.Join(lines, "\n"))
}
