package status

import (
	"errors"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/litwatch/litwatch/internal/redact"
	"github.com/litwatch/litwatch/store"
	"strconv"
)

// openStore opens a new database whose clock is *clock.
func openStore(t *testing.T, clock *time.Time) *store.DB {
	t.Helper()
	db, err := store.Open(t.Context(), filepath.Join(t.TempDir(), "lw.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	db.Now = func() time.Time { return *clock }
	return db
}

func write(t *testing.T, db *store.DB, c Context) string {
	t.Helper()
	var b strings.Builder
	if err := Write(t.Context(), &b, db, c); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

func TestEmptyDatabase(t *testing.T) {
	clock := time.Date(2026, 3, 2, 6, 0, 0, 0, time.UTC)
	db := openStore(t, &clock)
	out := write(t, db, Context{Since: "2013-01-01", Loc: time.UTC})
	for _, want := range []string{
		"daemon:     not running on this database\n",
		"records:    0 stored\n",
		"last run:   never (run `litwatch run`)\n",
		"  none yet: the first run starts at crawl.since 2013-01-01\n",
		"open flags: 0",
		"outbox:     empty\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("status lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "schedule:") {
		t.Errorf("a schedule shown though none was given:\n%s", out)
	}
	out = write(t, db, Context{LockErr: errors.New("lock x: a symbolic link")})
	if !strings.Contains(out, "daemon:     unknown: lock x: a symbolic link\n") {
		t.Errorf("lock error not shown:\n%s", out)
	}
}

func TestLastRunSourcesAndOutbox(t *testing.T) {
	ctx := t.Context()
	clock := time.Date(2026, 3, 2, 6, 1, 0, 0, time.UTC)
	db := openStore(t, &clock)
	run, err := db.StartRun(ctx)
	if err != nil {
		t.Fatal(err)
	}
	day := time.Date(2026, 2, 23, 0, 0, 0, 0, time.UTC)
	for _, r := range []store.SourceResult{
		{Name: "pubmed", From: day, To: day.AddDate(0, 0, 7), Fetched: 3, New: 2},
		{Name: "openalex", From: day, To: day.AddDate(0, 0, 7), Errors: []string{"GET https://api.openalex.org/works?api_key=s3cret: 500"}},
	} {
		if err := db.FinishSource(ctx, run, r); err != nil {
			t.Fatal(err)
		}
	}
	clock = clock.Add(3 * time.Minute)
	if err := db.FinishRun(ctx, run, "done"); err != nil {
		t.Fatal(err)
	}
	did, err := db.SaveDigest(ctx, store.Digest{RunID: run, GeneratedAt: day, JSON: []byte("{}"), MessageID: "m@x", MailStatus: "pending"}, nil)
	if err != nil {
		t.Fatal(err)
	}
	items, _ := db.Outbox(ctx, 1)
	if err := db.MarkAttempt(ctx, items[0].ID); err != nil {
		t.Fatal(err)
	}
	if err := db.MarkRefused(ctx, items[0].ID, errors.New("535 auth failed for s3cret")); err != nil {
		t.Fatal(err)
	}
	next := time.Date(2026, 3, 9, 6, 0, 0, 0, time.UTC)
	out := write(t, db, Context{Working: true, Schedule: "0 6 * * 1", Next: next, Loc: time.UTC, Secrets: redact.New("s3cret")})
	for _, want := range []string{
		"daemon:     a litwatch run or daemon is working on this database now\n",
		"schedule:   0 6 * * 1 (UTC); next run Mon 2026-03-09 06:00 UTC\n",
		"last run:   #1 2026-03-02 06:01 UTC, done, took 3m0s\n",
		"  pubmed         2026-02-23..2026-03-02 fetched 3, new 2, ok\n",
		"  openalex       2026-02-23..2026-03-02 fetched 0, new 0, FAILED: GET https://api.openalex.org/works?api_key=REDACTED: 500\n",
		"  pubmed         complete through 2026-03-02\n",
		"outbox (latest):\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("status lacks %q:\n%s", want, out)
		}
	}
	if !strings.Contains(out, "digest "+strconv.FormatInt(did, 10)+": FAILED, refused by the server for good after 1 attempt(s)") || strings.Contains(out, "s3cret") {
		t.Errorf("outbox line wrong or a secret shown:\n%s", out)
	}
}

// TestInterruptedIsNotFailed: a run without an end is running while a run
// holds the lock, else interrupted; a run that ended with an error failed.
func TestInterruptedIsNotFailed(t *testing.T) {
	ctx := t.Context()
	clock := time.Date(2026, 3, 2, 6, 0, 0, 0, time.UTC)
	db := openStore(t, &clock)
	if _, err := db.StartRun(ctx); err != nil {
		t.Fatal(err)
	}
	if out := write(t, db, Context{Working: true, Loc: time.UTC}); !strings.Contains(out, "last run:   #1 2026-03-02 06:00 UTC, running now\n") {
		t.Errorf("a run in progress:\n%s", out)
	}
	out := write(t, db, Context{Loc: time.UTC})
	if !strings.Contains(out, "last run:   #1 2026-03-02 06:00 UTC, INTERRUPTED: litwatch stopped before the run ended") || strings.Contains(out, "FAILED") {
		t.Errorf("a killed run:\n%s", out)
	}
	clock = clock.AddDate(0, 0, 7)
	run, err := db.StartRun(ctx)
	if err != nil {
		t.Fatal(err)
	}
	clock = clock.Add(90 * time.Second)
	if err := db.FinishRun(ctx, run, "failed"); err != nil {
		t.Fatal(err)
	}
	out = write(t, db, Context{Loc: time.UTC})
	if !strings.Contains(out, "last run:   #2 2026-03-09 06:00 UTC, FAILED: the run ended with an error (the log says which), took 1m30s\n") || strings.Contains(out, "INTERRUPTED") {
		t.Errorf("a failed run:\n%s", out)
	}
}
