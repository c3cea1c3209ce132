package main

// What the config is checked against that the other packages own.

import (
	"github.com/litwatch/litwatch/crawler"
	"github.com/litwatch/litwatch/crawler/crossref"
	"github.com/litwatch/litwatch/crawler/ctgov"
	"github.com/litwatch/litwatch/crawler/europepmc"
	"github.com/litwatch/litwatch/crawler/openalex"
	"github.com/litwatch/litwatch/crawler/pubmed"
	"github.com/litwatch/litwatch/internal/config"
	"github.com/litwatch/litwatch/report/deliver"
	"github.com/litwatch/litwatch/report/digest"
)

// configRules are each source's own limits, the digest's formats and the
// mailer's checks.
func configRules() config.Rules {
	limits := func(d crawler.Defaults) config.Limits {
		return config.Limits{MaxRate: d.MaxRate, MaxPageSize: d.MaxPageSize}
	}
	return config.Rules{
		Sources: config.SourceLimits{
			PubMed: limits(pubmed.Defaults()), EuropePMC: limits(europepmc.Defaults()), ClinicalTrials: limits(ctgov.Defaults()),
			Crossref: limits(crossref.Defaults()), OpenAlex: limits(openalex.Defaults()),
		},
		Formats: digest.Formats(),
		Email: func(e config.EmailConfig, password string) error {
			return deliver.Settings(e, password).Validate()
		},
	}
}
