package main

import (
	"strings"
	"testing"

	"github.com/litwatch/litwatch/crawler"
	"github.com/litwatch/litwatch/crawler/crossref"
	"github.com/litwatch/litwatch/crawler/ctgov"
	"github.com/litwatch/litwatch/crawler/europepmc"
	"github.com/litwatch/litwatch/crawler/openalex"
	"github.com/litwatch/litwatch/crawler/pubmed"
)

// TestDefaultConfigFollowsTheSources keeps the embedded config (what
// `init` writes) in step with each source's own defaults and limits.
func TestDefaultConfigFollowsTheSources(t *testing.T) {
	cfg, err := DefaultConfig()
	if err != nil {
		t.Fatal(err)
	}
	s := cfg.Sources
	for _, c := range []struct {
		name string
		sc   SourceConfig
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
// limit is refused, naming the key and the limit.
func TestSourceLimitsAreChecked(t *testing.T) {
	cases := map[string]string{
		"[sources.clinicaltrials]\nrate = 2":   "sources.clinicaltrials.rate: 2 is out of range (more than 0, at most 1 requests a second)",
		"[sources.openalex]\npage_size = 201":  "sources.openalex.page_size: 201 is out of range 1..200",
		"[sources.crossref]\nrate = 5.5":       "sources.crossref.rate: 5.5 is out of range",
		"[sources.europepmc]\npage_size = 0":   "sources.europepmc.page_size: 0 is out of range 1..1000",
		"[sources.pubmed]\nrate = 11":          "sources.pubmed.rate: 11 is out of range (0 = automatic, at most 10",
		"[sources.pubmed]\nbatch_size = 10001": "sources.pubmed.batch_size: 10001 is out of range 1..10000",
	}
	for body, want := range cases {
		cfg, err := DefaultConfig()
		if err != nil {
			t.Fatal(err)
		}
		if err := decodeStrict([]byte(body), "test", cfg); err != nil {
			t.Fatal(err)
		}
		if err := cfg.Validate(); err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%q: Validate() = %v, want %q", body, err, want)
		}
	}
}

// TestScheduleAtMostOnceAMinute: a schedule may fire once a minute, not
// more often.
func TestScheduleAtMostOnceAMinute(t *testing.T) {
	for sched, ok := range map[string]bool{
		"* * * * *": true, "@every 1m": true, "@every 90s": true, "@weekly": true, "0 6 * * 1": true,
		"@every 0s": false, "@every 1s": false, "@every 59s": false, "@every 500ms": false,
	} {
		_, err := parseSchedule(sched)
		if (err == nil) != ok || (err != nil && !strings.HasPrefix(err.Error(), "daemon.schedule: ")) {
			t.Errorf("parseSchedule(%q) = %v, want ok %v (an error naming the key)", sched, err, ok)
		}
	}
}
