package main

import (
	"context"
	"fmt"
	"os"
	"time"

	"github.com/litwatch/litwatch/crawler"
	"github.com/litwatch/litwatch/crawler/crossref"
	"github.com/litwatch/litwatch/report/cycle"
	"github.com/litwatch/litwatch/report/deliver"
	"github.com/litwatch/litwatch/report/digest"
	"github.com/litwatch/litwatch/store"
)

// cycleResult is what one cycle did.
type cycleResult struct {
	RunID    int64
	DigestID int64
	Doc      *digest.Doc
	Files    []string
	Sources  []store.SourceResult
	// Mail is what the outbox did: first the e-mails of earlier digests,
	// then this one's.
	Mail deliver.Result
}

// reporter is the report side of a cycle, over the app's store.
func (a *app) reporter() *cycle.Reporter {
	return &cycle.Reporter{DB: a.db, Claims: a.claims, Dir: a.cfg.Digest.Dir, Formats: a.cfg.Digest.Formats,
		Outbox: a.outbox, BaseURL: a.cfg.Serve.BaseURL, Now: a.now, Log: a.log}
}

// cycle runs crawl → assess → digest once. It fails only when nothing
// useful could be done (store unusable); a failing source is reported in
// the digest and the result, not returned as an error.
func (a *app) cycle(ctx context.Context) (*cycleResult, error) {
	jobs := a.jobs
	// E-mails held back by an earlier failure go out first.
	early := a.outbox.Try(ctx, deliver.All)
	runID, err := a.db.StartRun(ctx)
	if err != nil {
		return nil, err
	}
	res := &cycleResult{RunID: runID, Mail: early}
	status := "failed"
	defer func() {
		fctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 10*time.Second)
		defer cancel()
		if err := a.db.FinishRun(fctx, runID, status); err != nil {
			a.log.Error("could not record the end of the run", "run", runID, "err", err)
		}
	}()
	a.log.Info("cycle started", "run", runID, "sources", len(jobs.sources), "db", a.db.Path())
	timeout, _ := a.cfg.SourceTimeout() // checked by Validate
	res.Sources = crawler.Run(ctx, a.db, runID, jobs.sources, crawler.Options{
		SourceTimeout: timeout,
		Since:         a.cfg.Since(),
		Overlap:       time.Duration(a.cfg.Crawl.OverlapDays) * 24 * time.Hour,
		Now:           a.now,
		Log:           a.log,
		Progress:      a.progress(),
	})
	a.endProgress()
	if err := ctx.Err(); err != nil {
		return res, fmt.Errorf("cycle interrupted after crawling: %w", err)
	}
	var span crawler.Window
	if len(res.Sources) > 0 {
		span = crawler.Window{From: res.Sources[0].From, To: res.Sources[0].To}
	}
	var alerts []digest.BasisAlert
	var notes []string
	if a.cfg.Sources.Crossref.WatchBasis && jobs.basis == nil { // no crawl.email
		if note := crossref.Unwatched(a.basis()); note != "" {
			notes = append(notes, note)
		}
	}
	if jobs.basis != nil {
		found, health := jobs.basis.WatchBasis(ctx, a.db, a.basis(), span)
		for _, b := range found {
			alerts = append(alerts, digest.BasisAlert{Claim: b.Claim, Message: b.Message, Link: digest.Link("", b.DOI, "")})
		}
		if health != nil {
			res.Sources = append(res.Sources, *health)
		}
	}
	if jobs.fill != nil {
		if health := jobs.fill.FillAbstracts(ctx, a.db, runID, span); health != nil {
			res.Sources = append(res.Sources, *health)
		}
	}
	rep, err := a.reporter().Report(ctx, runID, res.Sources, alerts, notes)
	if rep != nil {
		res.DigestID, res.Doc, res.Files = rep.DigestID, rep.Doc, rep.Files
	}
	if err != nil {
		return res, err
	}
	status = "done"
	// Failures stay in the outbox, retried or marked refused; the cycle
	// itself completed.
	res.Mail.Add(a.outbox.Try(ctx, deliver.Due))
	a.log.Info("cycle done", "run", runID, "new", rep.Reported, "flagged", rep.Doc.FlaggedCount(), "files", rep.Files)
	return res, nil
}

// progress returns a callback that keeps one status line up to date on
// stderr while sources deliver, when stderr is a terminal (a long first
// back-fill takes minutes); nil otherwise.
func (a *app) progress() func(source string, fetched, new int) {
	f, ok := a.env.progress.(*os.File)
	if !ok {
		return nil
	}
	if fi, err := f.Stat(); err != nil || fi.Mode()&os.ModeCharDevice == 0 {
		return nil
	}
	start := time.Now()
	return func(source string, fetched, new int) {
		rate := float64(fetched) / max(time.Since(start).Seconds(), 0.001)
		fmt.Fprintf(f, "\r\033[K%s: %d records fetched, %d new (%.0f/s)", source, fetched, new, rate)
		a.progressShown = true
	}
}

// endProgress ends the progress line, if one was drawn.
func (a *app) endProgress() {
	if a.progressShown {
		fmt.Fprintln(a.env.stderr)
		a.progressShown = false
	}
}
