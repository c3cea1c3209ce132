package main

import (
	"context"
	"flag"
	"fmt"
	"time"

	"github.com/litwatch/litwatch/internal/daemon"
	"github.com/litwatch/litwatch/report/deliver"
)

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
