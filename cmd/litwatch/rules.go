package main

// What the config is checked against that the other packages own, and the
// [email] section as the mailer's settings.

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
			sc := smtpSettings(e)
			sc.Password = password
			return sc.Validate()
		},
	}
}

// smtpSettings is the [email] section as the mailer's settings, without
// the password.
func smtpSettings(e config.EmailConfig) deliver.SMTPConfig {
	return deliver.SMTPConfig{
		Host: e.Host, Port: e.Port, Security: e.Security, Username: e.Username,
		From: e.From, To: e.To, Subject: e.SubjectTemplate(), SendEmpty: e.SendEmpty,
	}
}

// mailSettings are the mailer's settings with the password read now: a
// username without a password is an error naming where it was looked for.
func mailSettings(cfg *config.Config, e *env) (deliver.SMTPConfig, error) {
	c := smtpSettings(cfg.Email)
	var err error
	if c.Password, err = cfg.SMTPPassword(e.getenv); err != nil {
		return c, err
	}
	return c, c.Validate()
}
