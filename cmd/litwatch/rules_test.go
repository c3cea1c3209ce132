package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/litwatch/litwatch/crawler"
	"github.com/litwatch/litwatch/crawler/crossref"
	"github.com/litwatch/litwatch/crawler/ctgov"
	"github.com/litwatch/litwatch/crawler/europepmc"
	"github.com/litwatch/litwatch/crawler/openalex"
	"github.com/litwatch/litwatch/crawler/pubmed"
	"github.com/litwatch/litwatch/internal/config"
)

// TestDefaultConfigFollowsTheSources keeps the embedded config (what
// `init` writes) in step with each source's own defaults and limits.
func TestDefaultConfigFollowsTheSources(t *testing.T) {
	cfg, err := config.Default()
	if err != nil {
		t.Fatal(err)
	}
	s := cfg.Sources
	for _, c := range []struct {
		name string
		sc   config.SourceConfig
		def  crawler.Defaults
	}{
		{"europepmc", s.EuropePMC, europepmc.Defaults()},
		{"clinicaltrials", s.ClinicalTrials, ctgov.Defaults()},
		{"crossref", s.Crossref, crossref.Defaults()},
		{"openalex", s.OpenAlex, openalex.Defaults()},
	} {
		if c.sc.Rate != c.def.Rate {
			t.Errorf("sources.%s.rate = %g in the default config, the source's default is %g", c.name, c.sc.Rate, c.def.Rate)
		}
		if c.sc.PageSize < 1 || c.sc.PageSize > c.def.MaxPageSize || c.def.Rate > c.def.MaxRate {
			t.Errorf("sources.%s: page_size %d or rate %g is outside the source's limits %+v", c.name, c.sc.PageSize, c.def.Rate, c.def)
		}
	}
	if s.PubMed.Rate != 0 || s.PubMed.BatchSize > pubmed.Defaults().MaxPageSize {
		t.Errorf("sources.pubmed: rate %g (want 0, automatic), batch_size %d", s.PubMed.Rate, s.PubMed.BatchSize)
	}
}

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
