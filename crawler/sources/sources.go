// Package sources builds the sources litwatch crawls from their sections
// of the config ([sources.*] and crawl.email): each enabled source on a
// polite fetcher of its own, with its logger named after it, and
// Crossref's jobs (the basis watch, the abstract fill). Limits gives each
// source's own limits, for the config's checks. Adding a source means
// adding it here and to the config, not to the program's wiring.
package sources

import (
	"context"
	"errors"
	"fmt"
	"log/slog"

	"github.com/litwatch/litwatch/crawler"
	"github.com/litwatch/litwatch/crawler/crossref"
	"github.com/litwatch/litwatch/crawler/ctgov"
	"github.com/litwatch/litwatch/crawler/europepmc"
	"github.com/litwatch/litwatch/crawler/openalex"
	"github.com/litwatch/litwatch/crawler/pubmed"
	"github.com/litwatch/litwatch/internal/config"
)

// Deps are what the sources get from the program around them.
type Deps struct {
	// Product starts the fetchers' User-Agent ("litwatch/1.2"); the
	// contact e-mail (crawl.email) is added to it.
	Product string
	// Getenv reads the API keys from the variables the config names.
	Getenv func(string) string
	// Known, if set, says which of pmids are stored already: re-reading
	// its overlap, PubMed fetches only the records not stored yet.
	Known func(ctx context.Context, pmids []string) (map[string]bool, error)
	// Tune, if set, adjusts every fetcher's settings (tests: fast retries).
	Tune func(*crawler.FetcherConfig)
	Log  *slog.Logger // nil: no log
}

// Set is what a cycle asks of the crawler side: the enabled sources, in
// the config's order, then Crossref's jobs.
type Set struct {
	Sources  []crawler.Source
	Crossref crossref.Jobs
}

// Limits are each source's own limits, as config.Rules takes them.
func Limits() config.SourceLimits {
	l := func(d crawler.Defaults) config.Limits {
		return config.Limits{MaxRate: d.MaxRate, MaxPageSize: d.MaxPageSize}
	}
	return config.SourceLimits{
		PubMed: l(pubmed.Defaults()), EuropePMC: l(europepmc.Defaults()), ClinicalTrials: l(ctgov.Defaults()),
		Crossref: l(crossref.Defaults()), OpenAlex: l(openalex.Defaults()),
	}
}

// builder makes the sources of one config.
type builder struct {
	cfg *config.Config
	d   Deps
	fc  crawler.FetcherConfig // what every fetcher shares
}

// Build builds the enabled sources of cfg and Crossref's jobs. An error
// names the source's section; no source enabled is an error.
func Build(cfg *config.Config, d Deps) (*Set, error) {
	if d.Log == nil {
		d.Log = slog.New(slog.DiscardHandler)
	}
	ua := d.Product
	if cfg.Crawl.Email != "" {
		ua += " (mailto:" + cfg.Crawl.Email + ")"
	}
	apiKeys, _ := cfg.Secrets(d.Getenv)
	b := builder{cfg: cfg, d: d, fc: crawler.FetcherConfig{UserAgent: ua, Secrets: apiKeys}}
	srcs, err := b.sources()
	if err != nil {
		return nil, err
	}
	c := cfg.Sources.Crossref
	jobs, err := crossref.NewJobs(c.WatchBasis, c.Enabled, cfg.Crawl.Email, b.crossrefClient)
	if err != nil {
		return nil, err
	}
	return &Set{Sources: srcs, Crossref: jobs}, nil
}

// fetcher makes the polite fetcher of the source name.
func (b builder) fetcher(name string, rate float64) (*crawler.Fetcher, error) {
	fc := b.fc
	fc.Rate = rate
	if b.d.Tune != nil {
		b.d.Tune(&fc)
	}
	f, err := crawler.NewFetcher(fc, b.d.Log.With("source", name))
	if err != nil {
		return nil, fmt.Errorf("sources.%s: %w", name, err)
	}
	return f, nil
}

// crossrefClient makes a Crossref client for lookups (no search query),
// named for its job.
func (b builder) crossrefClient(name string) (*crossref.Source, error) {
	c := b.cfg.Sources.Crossref
	f, err := b.fetcher(name, c.Rate)
	if err != nil {
		return nil, err
	}
	return crossref.New(crossref.Config{BaseURL: c.BaseURL, Mailto: b.cfg.Crawl.Email, Rows: c.PageSize}, f, b.d.Log.With("source", name))
}

// sources builds the enabled sources.
func (b builder) sources() ([]crawler.Source, error) {
	s, email := b.cfg.Sources, b.cfg.Crawl.Email
	pmKey, oaKey, err := b.cfg.APIKeys(b.d.Getenv)
	if err != nil {
		return nil, err
	}
	type build func(*crawler.Fetcher, *slog.Logger) (crawler.Source, error)
	table := []struct {
		name  string
		on    bool
		rate  float64
		build build
	}{
		{"pubmed", s.PubMed.Enabled, pubmed.Rate(s.PubMed.Rate, pmKey), func(f *crawler.Fetcher, log *slog.Logger) (crawler.Source, error) {
			p := s.PubMed
			return pubmed.New(pubmed.Config{BaseURL: p.BaseURL, Term: p.Term, APIKey: pmKey, Email: email, BatchSize: p.BatchSize, Known: b.d.Known}, f, log)
		}},
		{"europepmc", s.EuropePMC.Enabled, s.EuropePMC.Rate, func(f *crawler.Fetcher, log *slog.Logger) (crawler.Source, error) {
			c := s.EuropePMC
			return europepmc.New(europepmc.Config{BaseURL: c.BaseURL, Query: c.Query, Email: email, PageSize: c.PageSize}, f, log)
		}},
		{"clinicaltrials", s.ClinicalTrials.Enabled, s.ClinicalTrials.Rate, func(f *crawler.Fetcher, log *slog.Logger) (crawler.Source, error) {
			c := s.ClinicalTrials
			return ctgov.New(ctgov.Config{BaseURL: c.BaseURL, Query: c.Query, PageSize: c.PageSize}, f, log)
		}},
		{"crossref", s.Crossref.Enabled, s.Crossref.Rate, func(f *crawler.Fetcher, log *slog.Logger) (crawler.Source, error) {
			c := s.Crossref
			return crossref.New(crossref.Config{BaseURL: c.BaseURL, Query: c.Query, Mailto: email, Rows: c.PageSize}, f, log)
		}},
		{"openalex", s.OpenAlex.Enabled, s.OpenAlex.Rate, func(f *crawler.Fetcher, log *slog.Logger) (crawler.Source, error) {
			c := s.OpenAlex
			return openalex.New(openalex.Config{BaseURL: c.BaseURL, Search: c.Query, APIKey: oaKey, Mailto: email, PerPage: c.PageSize}, f, log)
		}},
	}
	var srcs []crawler.Source
	for _, t := range table {
		if !t.on {
			continue
		}
		f, err := b.fetcher(t.name, t.rate)
		if err != nil {
			return nil, err
		}
		src, err := t.build(f, b.d.Log.With("source", t.name))
		if err != nil {
			return nil, fmt.Errorf("sources.%s: %w", t.name, err)
		}
		srcs = append(srcs, src)
	}
	if len(srcs) == 0 {
		return nil, errors.New("no source is enabled: set enabled = true under one of [sources.*]")
	}
	return srcs, nil
}
