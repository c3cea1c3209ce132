package daemon

import (
	"bytes"
	"context"
	"errors"
	"log/slog"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// every fires every d after any time (cron.Every rounds to seconds).
type every time.Duration

func (e every) Next(t time.Time) time.Time { return t.Add(time.Duration(e)) }

// logBuf is a log safe for the daemon's goroutines.
type logBuf struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *logBuf) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *logBuf) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// newDaemon is a daemon firing every sched whose last cycle started just
// now (nothing to catch up), logging to the returned buffer.
func newDaemon(sched time.Duration, cycle func(context.Context) error) (*Daemon, *logBuf) {
	var log logBuf
	return &Daemon{
		Spec: "test", Schedule: every(sched), Loc: time.UTC, Cycle: cycle,
		LastStart: func(context.Context) (time.Time, bool, error) { return time.Now(), true, nil },
		Log:       slog.New(slog.NewTextHandler(&log, nil)),
	}, &log
}

// runFor runs d for a while and returns Run's error and how long the stop
// took.
func runFor(t *testing.T, d *Daemon, wait time.Duration) error {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), wait)
	defer cancel()
	done := make(chan error, 1)
	go func() { done <- d.Run(ctx) }()
	select {
	case err := <-done:
		return err
	case <-time.After(wait + 10*time.Second):
		t.Fatal("the daemon did not stop")
		return nil
	}
}

func TestCyclesOnTheSchedule(t *testing.T) {
	var n atomic.Int32
	d, log := newDaemon(20*time.Millisecond, func(context.Context) error { n.Add(1); return nil })
	if err := runFor(t, d, 300*time.Millisecond); err != nil {
		t.Fatal(err)
	}
	if n.Load() < 3 {
		t.Errorf("%d cycles in 300ms at one every 20ms", n.Load())
	}
	out := log.String()
	for _, want := range []string{"daemon started", "schedule=test", "trigger=schedule", "daemon stopped"} {
		if !strings.Contains(out, want) {
			t.Errorf("the log lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "catch-up") {
		t.Errorf("a catch-up cycle with nothing missed:\n%s", out)
	}
}

// TestCatchUp: a cycle runs at start when a scheduled time passed since
// the last one started, or there never was one; not otherwise.
func TestCatchUp(t *testing.T) {
	for _, c := range []struct {
		name    string
		last    time.Duration // before now
		ok      bool
		err     error
		catchUp bool
	}{
		{"never ran", 0, false, nil, true},
		{"missed one", 2 * time.Hour, true, nil, true},
		{"ran a minute ago", time.Minute, true, nil, false},
		{"cannot tell", 0, false, errors.New("database is locked"), false},
	} {
		t.Run(c.name, func(t *testing.T) {
			var n atomic.Int32
			d, log := newDaemon(time.Hour, func(context.Context) error { n.Add(1); return nil })
			d.LastStart = func(context.Context) (time.Time, bool, error) { return time.Now().Add(-c.last), c.ok, c.err }
			if err := runFor(t, d, 200*time.Millisecond); err != nil {
				t.Fatal(err)
			}
			if got := n.Load() == 1 && strings.Contains(log.String(), "trigger=catch-up"); got != c.catchUp {
				t.Errorf("%d cycles, want a catch-up: %v\n%s", n.Load(), c.catchUp, log.String())
			}
			if c.err != nil && !strings.Contains(log.String(), "could not check for a missed run") {
				t.Errorf("the log does not say why:\n%s", log.String())
			}
		})
	}
}

// TestNeverTwoAtOnce: a cycle due while one runs is skipped and said.
func TestNeverTwoAtOnce(t *testing.T) {
	var running, most atomic.Int32
	d, log := newDaemon(10*time.Millisecond, func(context.Context) error {
		if n := running.Add(1); n > most.Load() {
			most.Store(n)
		}
		time.Sleep(60 * time.Millisecond)
		running.Add(-1)
		return nil
	})
	if err := runFor(t, d, 300*time.Millisecond); err != nil {
		t.Fatal(err)
	}
	if most.Load() != 1 || !strings.Contains(log.String(), "cycle skipped: the previous one is still running") {
		t.Errorf("at most %d cycles at once; log:\n%s", most.Load(), log.String())
	}
}

// TestBetweenOnlyWhileIdle: the job between cycles runs every tick, never
// during a cycle.
func TestBetweenOnlyWhileIdle(t *testing.T) {
	var inCycle, clash atomic.Bool
	var between atomic.Int32
	d, _ := newDaemon(time.Hour, func(context.Context) error {
		inCycle.Store(true)
		time.Sleep(100 * time.Millisecond)
		inCycle.Store(false)
		return nil
	})
	d.LastStart = func(context.Context) (time.Time, bool, error) { return time.Time{}, false, nil } // a catch-up cycle at start
	d.Tick = 5 * time.Millisecond
	d.Between = func(context.Context) {
		if inCycle.Load() {
			clash.Store(true)
		}
		between.Add(1)
	}
	if err := runFor(t, d, 300*time.Millisecond); err != nil {
		t.Fatal(err)
	}
	if clash.Load() || between.Load() < 5 {
		t.Errorf("between ran %d times, during a cycle: %v", between.Load(), clash.Load())
	}
}

// TestStopAbandonsARunningCycle: stopping cancels the running cycle's
// context and waits for it to return.
func TestStopAbandonsARunningCycle(t *testing.T) {
	var abandoned atomic.Bool
	started := make(chan struct{})
	d, log := newDaemon(time.Hour, func(ctx context.Context) error {
		close(started)
		<-ctx.Done()
		time.Sleep(50 * time.Millisecond) // rolling back
		abandoned.Store(true)
		return ctx.Err()
	})
	d.LastStart = func(context.Context) (time.Time, bool, error) { return time.Time{}, false, nil }
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- d.Run(ctx) }()
	<-started
	cancel()
	if err := <-done; err != nil || !abandoned.Load() {
		t.Fatalf("Run returned %v before the cycle abandoned its work (%v)", err, abandoned.Load())
	}
	if !strings.Contains(log.String(), "cycle failed") || !strings.Contains(log.String(), "daemon stopped") {
		t.Errorf("log:\n%s", log.String())
	}
}

// TestBesideFailureStops: a service beside the schedule that fails stops
// the daemon, with its error; one that ends with the context returns nil.
func TestBesideFailureStops(t *testing.T) {
	d, log := newDaemon(time.Hour, func(context.Context) error { return nil })
	boom := errors.New("listener closed")
	d.Beside = func(ctx context.Context) error {
		select {
		case <-ctx.Done():
			return nil
		case <-time.After(50 * time.Millisecond):
			return boom
		}
	}
	start := time.Now()
	if err := runFor(t, d, time.Hour); !errors.Is(err, boom) || time.Since(start) > 5*time.Second {
		t.Fatalf("Run = %v after %v, want the service's error at once", err, time.Since(start))
	}
	if !strings.Contains(log.String(), "the web page stopped; stopping the daemon") || !strings.Contains(log.String(), "daemon stopped") {
		t.Errorf("log:\n%s", log.String())
	}
	d.Beside = func(ctx context.Context) error { <-ctx.Done(); return nil }
	if err := runFor(t, d, 100*time.Millisecond); err != nil {
		t.Errorf("a service that ends with the daemon: %v", err)
	}
}
