package config

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
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

// WriteNew writes a new setup into dir, made if missing: NewFile(q) as
// DefaultFile and claimsTOML as ClaimsFile (`litwatch init`). Unless
// force, it writes nothing when either file exists. It returns the paths
// it wrote, in order, also when it fails part way.
func WriteNew(dir string, claimsTOML []byte, q Queries, force bool) ([]string, error) {
	files := []struct {
		name string
		data []byte
	}{{DefaultFile, NewFile(q)}, {ClaimsFile, claimsTOML}}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("create %s: %w", dir, err)
	}
	if !force {
		for _, f := range files {
			p := filepath.Join(dir, f.name)
			if _, err := os.Stat(p); err == nil {
				return nil, fmt.Errorf("%s already exists; edit it, or pass --force to overwrite it", p)
			} else if !errors.Is(err, fs.ErrNotExist) {
				return nil, err
			}
		}
	}
	var written []string
	for _, f := range files {
		p := filepath.Join(dir, f.name)
		if err := os.WriteFile(p, f.data, 0o644); err != nil {
			return written, fmt.Errorf("write %s: %w", p, err)
		}
		written = append(written, p)
	}
	return written, nil
}
