package main

// The crawler side of a cycle, built from the config: the sources and
// Crossref's jobs (the basis watch, the abstract fill).

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
)

// fetcher makes the polite fetcher of one source.
func (a *app) fetcher(name string, rate float64) (*crawler.Fetcher, error) {
	ua := "litwatch/" + version()
	if a.cfg.Crawl.Email != "" {
		ua += " (mailto:" + a.cfg.Crawl.Email + ")"
	}
	fc := crawler.FetcherConfig{UserAgent: ua, Rate: rate, Secrets: a.apiKeys}
	if a.env.tuneFetcher != nil {
		a.env.tuneFetcher(&fc)
	}
	f, err := crawler.NewFetcher(fc, a.log.With("source", name))
	if err != nil {
		return nil, fmt.Errorf("sources.%s: %w", name, err)
	}
	return f, nil
}

// crawlJobs is what a cycle asks of the crawler side, built once for a
// run or a daemon: the sources, then Crossref's jobs.
type crawlJobs struct {
	sources  []crawler.Source
	crossref crossref.Jobs
}

// crawlJobs builds the enabled sources and Crossref's jobs from the config.
func (a *app) crawlJobs() (*crawlJobs, error) {
	srcs, err := a.sources()
	if err != nil {
		return nil, err
	}
	// Said once for a run or a daemon; each digest notes an unwatched
	// basis under its sources (a note, not a failed source).
	for _, w := range a.cfg.Warnings() {
		a.log.Warn(w)
	}
	c := a.cfg.Sources.Crossref
	jobs, err := crossref.NewJobs(c.WatchBasis, c.Enabled, a.cfg.Crawl.Email, a.crossrefClient)
	if err != nil {
		return nil, err
	}
	return &crawlJobs{sources: srcs, crossref: jobs}, nil
}

// crossrefClient makes a Crossref client for lookups (no search query).
func (a *app) crossrefClient(name string) (*crossref.Source, error) {
	c := a.cfg.Sources.Crossref
	f, err := a.fetcher(name, c.Rate)
	if err != nil {
		return nil, err
	}
	return crossref.New(crossref.Config{BaseURL: c.BaseURL, Mailto: a.cfg.Crawl.Email, Rows: c.PageSize}, f, a.log.With("source", name))
}

// basis lists the works the claims rest on, for the basis watch.
func (a *app) basis() []crossref.Basis {
	var bs []crossref.Basis
	for _, cl := range a.claims.Claims {
		for _, b := range cl.Basis {
			bs = append(bs, crossref.Basis{Claim: cl.ID, DOI: b.DOI})
		}
	}
	return bs
}

// sources builds the enabled sources from the config, each with its own
// polite fetcher and its logger named after it.
func (a *app) sources() ([]crawler.Source, error) {
	s, email := a.cfg.Sources, a.cfg.Crawl.Email
	pmKey, oaKey, err := a.cfg.APIKeys(a.env.getenv)
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
			return pubmed.New(pubmed.Config{BaseURL: p.BaseURL, Term: p.Term, APIKey: pmKey, Email: email, BatchSize: p.BatchSize,
				// Re-reading the overlap, efetch only the PMIDs not stored yet.
				Known: func(ctx context.Context, pmids []string) (map[string]bool, error) {
					return a.db.KnownIDs(ctx, "pmid", pmids)
				},
			}, f, log)
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
		f, err := a.fetcher(t.name, t.rate)
		if err != nil {
			return nil, err
		}
		src, err := t.build(f, a.log.With("source", t.name))
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
