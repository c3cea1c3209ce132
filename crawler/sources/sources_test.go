package sources

import (
	"context"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/litwatch/litwatch/crawler"
	"github.com/litwatch/litwatch/crawler/crossref"
	"github.com/litwatch/litwatch/crawler/ctgov"
	"github.com/litwatch/litwatch/crawler/europepmc"
	"github.com/litwatch/litwatch/crawler/openalex"
	"github.com/litwatch/litwatch/crawler/pubmed"
	"github.com/litwatch/litwatch/crawler/pubmed/pubmedtest"
	"github.com/litwatch/litwatch/internal/config"
	"github.com/litwatch/litwatch/store"
)

func defaults(t *testing.T) *config.Config {
	t.Helper()
	cfg, err := config.Default()
	if err != nil {
		t.Fatal(err)
	}
	return cfg
}

func names(srcs []crawler.Source) string {
	var n []string
	for _, s := range srcs {
		n = append(n, s.Name())
	}
	return strings.Join(n, ",")
}

// TestBuild: the enabled sources in the config's order, each on a fetcher
// of its own at its own rate, with litwatch's User-Agent and the API keys
// to redact; Crossref's jobs by crawl.email.
func TestBuild(t *testing.T) {
	env := map[string]string{"NCBI_API_KEY": "ncbi-key", "OPENALEX_API_KEY": "oa-key"}
	var tuned []crawler.FetcherConfig
	d := Deps{Product: "litwatch/test", Getenv: func(k string) string { return env[k] },
		Tune: func(c *crawler.FetcherConfig) { tuned = append(tuned, *c) }}
	cfg := defaults(t)
	set, err := Build(cfg, d)
	if err != nil {
		t.Fatal(err)
	}
	if got := names(set.Sources); got != "pubmed,europepmc,clinicaltrials" {
		t.Errorf("sources %s, want the three enabled by default", got)
	}
	if set.Crossref != (crossref.Jobs{Unwatched: true}) {
		t.Errorf("without crawl.email: jobs %+v, want the watch unwatched", set.Crossref)
	}
	if len(tuned) != 3 || tuned[0].Rate != pubmed.RateWithKey || tuned[1].Rate != cfg.Sources.EuropePMC.Rate || tuned[2].Rate != cfg.Sources.ClinicalTrials.Rate {
		t.Fatalf("fetchers %+v, want one per source at its rate (PubMed's with its key)", tuned)
	}
	if tuned[0].UserAgent != "litwatch/test" || tuned[0].Secrets.String("ncbi-key oa-key") != "REDACTED REDACTED" {
		t.Errorf("fetcher config %+v", tuned[0])
	}

	tuned = nil
	cfg.Crawl.Email = "me@example.org"
	cfg.Sources.PubMed.Enabled, cfg.Sources.Crossref.Enabled, cfg.Sources.OpenAlex.Enabled = false, true, true
	set, err = Build(cfg, d)
	if err != nil {
		t.Fatal(err)
	}
	if got := names(set.Sources); got != "europepmc,clinicaltrials,crossref,openalex" {
		t.Errorf("sources %s", got)
	}
	if set.Crossref.Watch == nil || set.Crossref.Fill == nil || set.Crossref.Unwatched {
		t.Errorf("with crawl.email: jobs %+v, want the watch and the fill", set.Crossref)
	}
	if len(tuned) != 6 || tuned[0].UserAgent != "litwatch/test (mailto:me@example.org)" {
		t.Errorf("%d fetchers (want 4 sources and 2 jobs), User-Agent %q", len(tuned), tuned[0].UserAgent)
	}
}

// TestBuildErrors name the section at fault.
func TestBuildErrors(t *testing.T) {
	d := Deps{Product: "litwatch/test", Getenv: func(string) string { return "" }}
	cfg := defaults(t)
	cfg.Sources.PubMed.Enabled, cfg.Sources.EuropePMC.Enabled, cfg.Sources.ClinicalTrials.Enabled = false, false, false
	if _, err := Build(cfg, d); err == nil || err.Error() != "no source is enabled: set enabled = true under one of [sources.*]" {
		t.Errorf("none enabled: %v", err)
	}
	cfg = defaults(t)
	cfg.Sources.OpenAlex.Enabled = true
	if _, err := Build(cfg, d); err == nil || !strings.HasPrefix(err.Error(), "sources.openalex: $OPENALEX_API_KEY is empty") {
		t.Errorf("OpenAlex without its key: %v", err)
	}
	cfg = defaults(t)
	cfg.Sources.EuropePMC.BaseURL = "https://example.org/?q=1"
	if _, err := Build(cfg, d); err == nil || !strings.HasPrefix(err.Error(), "sources.europepmc: ") {
		t.Errorf("a bad base_url: %v", err)
	}
	cfg = defaults(t)
	cfg.Sources.ClinicalTrials.Rate = 0
	if _, err := Build(cfg, d); err == nil || !strings.HasPrefix(err.Error(), "sources.clinicaltrials: ") {
		t.Errorf("rate 0: %v", err)
	}
}

// TestKnownReachesPubMed: PubMed asks Known which PMIDs are stored, and
// fetches only the others.
func TestKnownReachesPubMed(t *testing.T) {
	srv := pubmedtest.NewServer(t)
	day := time.Date(2026, 1, 5, 12, 0, 0, 0, time.UTC)
	srv.Add(pubmedtest.Article{PMID: "1", Entrez: day, Title: "stored"}, pubmedtest.Article{PMID: "2", Entrez: day, Title: "new"})
	var asked []string
	d := Deps{Product: "litwatch/test", Getenv: func(string) string { return "" },
		Tune: func(c *crawler.FetcherConfig) { c.Rate, c.Burst = 1000, 10 },
		Known: func(_ context.Context, pmids []string) (map[string]bool, error) {
			asked = append(asked, pmids...)
			return map[string]bool{"1": true}, nil
		}}
	cfg := defaults(t)
	cfg.Sources.PubMed.BaseURL = srv.URL
	cfg.Sources.EuropePMC.Enabled, cfg.Sources.ClinicalTrials.Enabled = false, false
	set, err := Build(cfg, d)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	err = set.Sources[0].Fetch(context.Background(), crawler.Window{From: day.Truncate(24 * time.Hour), To: day.Truncate(24 * time.Hour)},
		func(_ context.Context, batch []store.Record) error {
			for _, r := range batch {
				got = append(got, r.PMID)
			}
			return nil
		})
	slices.Sort(asked)
	if err != nil || strings.Join(asked, ",") != "1,2" || strings.Join(got, ",") != "2" {
		t.Errorf("Fetch: %v; Known asked for %q, fetched %q; want 1,2 asked and 2 fetched", err, asked, got)
	}
}

func TestLimitsAreTheSources(t *testing.T) {
	l := Limits()
	for _, c := range []struct {
		name string
		got  config.Limits
		def  crawler.Defaults
	}{
		{"pubmed", l.PubMed, pubmed.Defaults()},
		{"europepmc", l.EuropePMC, europepmc.Defaults()},
		{"clinicaltrials", l.ClinicalTrials, ctgov.Defaults()},
		{"crossref", l.Crossref, crossref.Defaults()},
		{"openalex", l.OpenAlex, openalex.Defaults()},
	} {
		if c.got.MaxRate != c.def.MaxRate || c.got.MaxPageSize != c.def.MaxPageSize || c.got.MaxRate == 0 {
			t.Errorf("%s: limits %+v, the source's %+v", c.name, c.got, c.def)
		}
	}
}

// TestDefaultConfigFollowsTheSources keeps the embedded config (what
// `init` writes) in step with each source's own defaults and limits.
func TestDefaultConfigFollowsTheSources(t *testing.T) {
	s := defaults(t).Sources
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
