// Package daemon runs litwatch's cycle on a cron schedule until stopped:
// never two cycles at once (a cycle due while one runs is skipped, and
// said), a scheduled run missed while nothing ran (the machine off) caught
// up at start, a light job between cycles (the e-mail retries), a service
// beside them (the web page), and a stop that lets a running cycle abandon
// its work.
package daemon

import (
	"context"
	"log/slog"
	"sync"
	"time"

	"github.com/robfig/cron/v3"
)

// StopWait bounds how long a stop waits for a running cycle.
const StopWait = 30 * time.Second

// Daemon is what to run when.
type Daemon struct {
	// Spec is the schedule as the user wrote it, for the log; Schedule
	// says when it fires, in Loc.
	Spec     string
	Schedule cron.Schedule
	Loc      *time.Location
	// Cycle is the job the schedule runs. Cancelling its context asks it
	// to abandon its work.
	Cycle func(ctx context.Context) error
	// LastStart is when the last cycle started (ok false: never): a
	// scheduled time since then was missed, and is caught up at start.
	LastStart func(ctx context.Context) (t time.Time, ok bool, err error)
	// Between, if set, runs every Tick while no cycle runs.
	Between func(ctx context.Context)
	Tick    time.Duration
	// Beside, if set, runs beside the schedule until ctx is done: when it
	// stops with an error, the daemon stops too.
	Beside func(ctx context.Context) error
	Now    func() time.Time // nil: time.Now
	Log    *slog.Logger     // nil: no log
}

func (d *Daemon) now() time.Time {
	if d.Now != nil {
		return d.Now()
	}
	return time.Now()
}

func (d *Daemon) log() *slog.Logger {
	if d.Log != nil {
		return d.Log
	}
	return slog.New(slog.DiscardHandler)
}

// Run runs d until ctx is done (or Beside fails): it returns once a
// running cycle stopped (or StopWait passed), with Beside's error.
func (d *Daemon) Run(ctx context.Context) error {
	if d.Beside == nil {
		d.schedule(ctx)
		return nil
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	errc := make(chan error, 1)
	go func() {
		err := d.Beside(ctx)
		if err != nil {
			d.log().Error("the web page stopped; stopping the daemon", "err", err)
		}
		cancel()
		errc <- err
	}()
	d.schedule(ctx)
	cancel()
	return <-errc
}

// schedule runs cycles on the schedule until ctx is done. Cancelling ctx
// abandons a running cycle.
func (d *Daemon) schedule(ctx context.Context) {
	log := d.log()
	var mu sync.Mutex // held while a cycle runs: never two at once
	runOnce := func(why string) {
		if !mu.TryLock() {
			log.Warn("cycle skipped: the previous one is still running", "trigger", why)
			return
		}
		defer mu.Unlock()
		if ctx.Err() != nil {
			return
		}
		log.Info("cycle triggered", "trigger", why)
		if err := d.Cycle(ctx); err != nil {
			log.Error("cycle failed", "err", err)
		}
	}
	c := cron.New(cron.WithLocation(d.Loc), cron.WithLogger(cronLogger{log}))
	c.Schedule(d.Schedule, cron.FuncJob(func() { runOnce("schedule") }))
	c.Start()
	log.Info("daemon started", "schedule", d.Spec, "timezone", d.Loc.String(), "next", d.Schedule.Next(d.now().In(d.Loc)).Format(time.RFC3339))

	if missed, err := d.missed(ctx); err != nil {
		log.Warn("could not check for a missed run", "err", err)
	} else if missed {
		go runOnce("catch-up")
	}

	var tick <-chan time.Time
	if d.Between != nil {
		ticker := time.NewTicker(d.Tick)
		defer ticker.Stop()
		tick = ticker.C
	}
loop:
	for {
		select {
		case <-ctx.Done():
			break loop
		case <-tick:
			if mu.TryLock() {
				d.Between(ctx)
				mu.Unlock()
			}
		}
	}
	log.Info("stopping: waiting for a running cycle to abandon its work")
	stopped := c.Stop()
	mu.Lock() // wait for a catch-up cycle too
	mu.Unlock()
	select {
	case <-stopped.Done():
	case <-time.After(StopWait):
		log.Warn("a cycle did not stop within 30s")
	}
	log.Info("daemon stopped")
}

// missed reports whether a scheduled time passed since the last cycle
// started (or there was never one).
func (d *Daemon) missed(ctx context.Context) (bool, error) {
	last, ok, err := d.LastStart(ctx)
	if err != nil {
		return false, err
	}
	if !ok {
		return true, nil
	}
	return !d.Schedule.Next(last.In(d.Loc)).After(d.now()), nil
}

// cronLogger adapts slog to cron's logger.
type cronLogger struct{ log *slog.Logger }

func (l cronLogger) Info(msg string, kv ...any) { l.log.Debug("cron: "+msg, kv...) }
func (l cronLogger) Error(err error, msg string, kv ...any) {
	l.log.Error("cron: "+msg, append(kv, "err", err)...)
}
