package main

import (
	"context"
	"flag"
	"log/slog"
	"sync"
	"time"

	"github.com/robfig/cron/v3"

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
		run:   func(ctx context.Context, c *call) error { return c.app.daemonServing(ctx, serve) },
	}
}

// cronLogger adapts slog to cron's logger.
type cronLogger struct{ log *slog.Logger }

func (l cronLogger) Info(msg string, kv ...any) { l.log.Debug("cron: "+msg, kv...) }
func (l cronLogger) Error(err error, msg string, kv ...any) {
	l.log.Error("cron: "+msg, append(kv, "err", err)...)
}

// daemon runs cycles on the schedule until ctx is done. Cancelling ctx
// abandons a running cycle: its in-flight requests stop, its transactions
// roll back, and no watermark moves for an unfinished source.
func (a *app) daemon(ctx context.Context) error {
	s, err := a.cfg.Schedule()
	if err != nil {
		return err
	}
	var sched cron.Schedule = s
	loc := s.Loc
	if a.env.schedule != nil {
		sched = a.env.schedule
	}
	var mu sync.Mutex // held while a cycle runs: never two at once
	runOnce := func(why string) {
		if !mu.TryLock() {
			a.log.Warn("cycle skipped: the previous one is still running", "trigger", why)
			return
		}
		defer mu.Unlock()
		if ctx.Err() != nil {
			return
		}
		a.log.Info("cycle triggered", "trigger", why)
		if _, err := a.cycle(ctx); err != nil {
			a.log.Error("cycle failed", "err", err)
		}
	}
	c := cron.New(cron.WithLocation(loc), cron.WithLogger(cronLogger{a.log}))
	c.Schedule(sched, cron.FuncJob(func() { runOnce("schedule") }))
	c.Start()
	a.log.Info("daemon started", "schedule", a.cfg.Daemon.Schedule, "timezone", loc.String(), "next", sched.Next(a.now().In(loc)).Format(time.RFC3339))

	if missed, err := a.missedRun(ctx, sched, loc); err != nil {
		a.log.Warn("could not check for a missed run", "err", err)
	} else if missed {
		go runOnce("catch-up")
	}

	// Retry e-mails that failed, between cycles.
	tick := deliver.FirstRetry
	if a.env.outboxTick > 0 {
		tick = a.env.outboxTick
	}
	ticker := time.NewTicker(tick)
	defer ticker.Stop()
loop:
	for {
		select {
		case <-ctx.Done():
			break loop
		case <-ticker.C:
			if a.outbox != nil && mu.TryLock() {
				a.outbox.Try(ctx, deliver.Due)
				mu.Unlock()
			}
		}
	}
	a.log.Info("stopping: waiting for a running cycle to abandon its work")
	stopped := c.Stop()
	mu.Lock() // wait for a catch-up cycle too
	mu.Unlock()
	select {
	case <-stopped.Done():
	case <-time.After(30 * time.Second):
		a.log.Warn("a cycle did not stop within 30s")
	}
	a.log.Info("daemon stopped")
	return nil
}

// missedRun reports whether a scheduled time passed since the last run
// started (or there was never a run).
func (a *app) missedRun(ctx context.Context, sched cron.Schedule, loc *time.Location) (bool, error) {
	last, ok, err := a.db.LastRun(ctx)
	if err != nil {
		return false, err
	}
	if !ok {
		return true, nil
	}
	return !sched.Next(last.StartedAt.In(loc)).After(a.now()), nil
}
