package main

// The cycle: its crawler side (the sources built from the config) wired
// to the reporter, run once (run) or on the schedule (daemon).

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"time"

	"github.com/litwatch/litwatch/crawler"
	"github.com/litwatch/litwatch/crawler/crossref"
	"github.com/litwatch/litwatch/crawler/sources"
	"github.com/litwatch/litwatch/internal/cmdline"
	"github.com/litwatch/litwatch/internal/daemon"
	"github.com/litwatch/litwatch/internal/progress"
	"github.com/litwatch/litwatch/report/cycle"
	"github.com/litwatch/litwatch/report/deliver"
	"github.com/litwatch/litwatch/report/digest"
)

// crawlJobs builds the enabled sources and Crossref's jobs from the
// config, once for a run or a daemon.
func (a *app) crawlJobs() (*sources.Set, error) {
	set, err := sources.Build(a.cfg, sources.Deps{
		Product: "litwatch/" + version(), Getenv: a.env.getenv, Tune: a.env.tuneFetcher, Log: a.log,
		// Re-reading the overlap, PubMed fetches only the PMIDs not stored yet.
		Known: func(ctx context.Context, pmids []string) (map[string]bool, error) {
			return a.db.KnownIDs(ctx, "pmid", pmids)
		},
	})
	if err != nil {
		return nil, err
	}
	// Said once for a run or a daemon; each digest notes an unwatched
	// basis under its sources (a note, not a failed source).
	for _, w := range a.cfg.Warnings() {
		a.log.Warn(w)
	}
	return set, nil
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
	a.log.Info("cycle started", "run", runID, "sources", len(a.jobs.Sources), "db", a.db.Path())
	timeout, _ := a.cfg.SourceTimeout() // checked by Validate
	line := progress.New(a.env.progress)
	var out cycle.Crawled
	out.Sources = crawler.Run(ctx, a.db, runID, a.jobs.Sources, crawler.Options{
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
	alerts, notes, health := a.jobs.Crossref.Run(ctx, a.db, runID, a.basis(), span)
	for _, b := range alerts {
		out.Alerts = append(out.Alerts, digest.BasisAlert{Claim: b.Claim, Message: b.Message, Link: digest.Link("", b.DOI, "")})
	}
	out.Notes, out.Sources = notes, append(out.Sources, health...)
	return out, nil
}

func runCommand() command {
	return command{
		name: "run", summary: "run one cycle: crawl, assess, write the digest", db: createDB,
		usage: "Usage: litwatch run [--config FILE] [--db FILE]\n\nRuns one cycle: fetch what is new from every enabled source, assess it\nagainst the claims, store and write the digest. Exits 0 when the cycle\ncompleted, even if some source failed (see the digest's sources section);\n3 when it completed but every source failed (no network?); 4 when it\ncompleted but a digest e-mail it tried could not be sent; 1 when it\ncould not run.",
		run: func(ctx context.Context, c *call) error {
			res, err := c.app.cycle(ctx)
			if err != nil {
				return err
			}
			if err := res.WriteSummary(c.stdout); err != nil {
				return err
			}
			switch err := res.Problem(); {
			case errors.Is(err, cycle.ErrNoSourceReached):
				return cmdline.ExitError{Code: exitNoSource, Err: err}
			case err != nil:
				return cmdline.ExitError{Code: exitMailNotSent, Err: err}
			}
			return nil
		},
	}
}

func daemonCommand() command {
	var serve string
	return command{
		name: "daemon", summary: "run the cycle on the configured cron schedule until stopped", db: createDB,
		usage: `Usage: litwatch daemon [--config FILE] [--db FILE] [--serve HOST:PORT]

Runs the cycle on daemon.schedule (cron syntax, in daemon.timezone) until
SIGINT or SIGTERM. A missed scheduled run (machine off) is caught up at start.
Never runs two cycles at once. With --serve, the web page runs beside it.`,
		flags: func(fs *flag.FlagSet) {
			fs.StringVar(&serve, "serve", "", "also serve the web page (as litwatch serve) on this address, HOST:PORT")
		},
		check: func([]string) error { return addrFlag("--serve", serve) },
		run:   func(ctx context.Context, c *call) error { return c.app.daemon(ctx, serve) },
	}
}

// daemon runs cycles on the schedule until ctx is done, with the web page
// beside them when serve is set (see internal/daemon). Cancelling ctx
// abandons a running cycle: its in-flight requests stop, its transactions
// roll back, and no watermark moves for an unfinished source.
func (a *app) daemon(ctx context.Context, serve string) error {
	s, err := a.cfg.Schedule()
	if err != nil {
		return err
	}
	d := &daemon.Daemon{Spec: s.Spec, Schedule: s, Loc: s.Loc, Now: a.now, Log: a.log,
		Cycle: func(ctx context.Context) error { _, err := a.cycle(ctx); return err },
		LastStart: func(ctx context.Context) (time.Time, bool, error) {
			last, ok, err := a.db.LastRun(ctx)
			return last.StartedAt, ok, err
		},
	}
	if a.env.schedule != nil {
		d.Schedule = a.env.schedule
	}
	if a.outbox != nil { // retry e-mails that failed, between cycles
		d.Between, d.Tick = func(ctx context.Context) { a.outbox.Try(ctx, deliver.Due) }, deliver.FirstRetry
		if a.env.outboxTick > 0 {
			d.Tick = a.env.outboxTick
		}
	}
	if serve != "" {
		// The page shares the database (one pool; SQLite's WAL lets it
		// read while a cycle writes, and a decision waits for the
		// cycle's transaction).
		srv, ln, err := a.startServer(ctx, serve)
		if err != nil {
			return err
		}
		fmt.Fprintf(a.env.stdout, "litwatch serving %s beside the daemon\n", serveURL(ln))
		d.Beside = func(ctx context.Context) error { return srv.Serve(ctx, ln) }
	}
	return d.Run(ctx)
}
