package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/litwatch/litwatch/internal/config"
)

// TestSourceLimitsAreChecked: a rate or page size beyond a source's own
// limit is refused, naming the key and the limit: the config is checked
// against each source's limits, not copies.
func TestSourceLimitsAreChecked(t *testing.T) {
	cases := map[string]string{
		"[sources.clinicaltrials]\nrate = 2":   "sources.clinicaltrials.rate: 2 is out of range (more than 0, at most 1 requests a second)",
		"[sources.openalex]\npage_size = 201":  "sources.openalex.page_size: 201 is out of range 1..200",
		"[sources.crossref]\nrate = 5.5":       "sources.crossref.rate: 5.5 is out of range",
		"[sources.europepmc]\npage_size = 0":   "sources.europepmc.page_size: 0 is out of range 1..1000",
		"[sources.pubmed]\nrate = 11":          "sources.pubmed.rate: 11 is out of range (0 = automatic, at most 10",
		"[sources.pubmed]\nbatch_size = 10001": "sources.pubmed.batch_size: 10001 is out of range 1..10000",
		"[digest]\nformats = [\"pdf\"]":        `digest.formats: unknown format "pdf" (want md, html, json or text)`,
		"[email]\nenabled = true\nhost = \"smtp.example.org\"\nfrom = \"a@example.org\"\nto = [\"b@example.org\"]\nport = 70000": "email.port: 70000 is not a port (1-65535)",
	}
	for body, want := range cases {
		path := filepath.Join(t.TempDir(), "litwatch.toml")
		if err := os.WriteFile(path, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
		if _, err := config.Load(path, configRules()); err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%q: %v, want %q", body, err, want)
		}
	}
	if _, err := config.Load("", configRules()); err != nil {
		t.Errorf("the embedded defaults fail the sources' limits: %v", err)
	}
}
