package main

import (
	"context"
	"fmt"
	"time"

	"github.com/litwatch/litwatch/crawler"
	"github.com/litwatch/litwatch/internal/progress"
	"github.com/litwatch/litwatch/report/cycle"
	"github.com/litwatch/litwatch/report/digest"
)

// reporter is the report side of a cycle, over the app's store.
func (a *app) reporter() *cycle.Reporter {
	return &cycle.Reporter{DB: a.db, Claims: a.claims, Dir: a.cfg.Digest.Dir, Formats: a.cfg.Digest.Formats,
		Outbox: a.outbox, BaseURL: a.cfg.Serve.BaseURL, Now: a.now, Log: a.log}
}

// cycle runs crawl → assess → digest once (see cycle.Reporter.Run).
func (a *app) cycle(ctx context.Context) (*cycle.RunResult, error) {
	return a.reporter().Run(ctx, a.crawl)
}

// crawl is the crawler side of a cycle: every enabled source, then
// Crossref's jobs over the window the sources read.
func (a *app) crawl(ctx context.Context, runID int64) (cycle.Crawled, error) {
	a.log.Info("cycle started", "run", runID, "sources", len(a.jobs.sources), "db", a.db.Path())
	timeout, _ := a.cfg.SourceTimeout() // checked by Validate
	line := progress.New(a.env.progress)
	var out cycle.Crawled
	out.Sources = crawler.Run(ctx, a.db, runID, a.jobs.sources, crawler.Options{
		SourceTimeout: timeout,
		Since:         a.cfg.Since(),
		Overlap:       time.Duration(a.cfg.Crawl.OverlapDays) * 24 * time.Hour,
		Now:           a.now,
		Log:           a.log,
		Progress:      line.Update,
	})
	line.End()
	if err := ctx.Err(); err != nil {
		return out, fmt.Errorf("cycle interrupted after crawling: %w", err)
	}
	var span crawler.Window
	if len(out.Sources) > 0 {
		span = crawler.Window{From: out.Sources[0].From, To: out.Sources[0].To}
	}
	alerts, notes, health := a.jobs.crossref.Run(ctx, a.db, runID, a.basis(), span)
	for _, b := range alerts {
		out.Alerts = append(out.Alerts, digest.BasisAlert{Claim: b.Claim, Message: b.Message, Link: digest.Link("", b.DOI, "")})
	}
	out.Notes, out.Sources = notes, append(out.Sources, health...)
	return out, nil
}
