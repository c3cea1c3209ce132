// Package status shows the state of a litwatch database as `litwatch
// status` prints it: whether a run is working on it, the schedule, the
// last run with each source's health, the watermarks, the open flags and
// the e-mail outbox. Errors stored by an older litwatch may hold an echoed
// secret: they are redacted again here (the fetcher and the mailer redact
// new ones), and every stored text passes through termsafe.Line.
package status

import (
	"context"
	"fmt"
	"io"
	"sort"
	"strings"
	"time"

	"github.com/litwatch/litwatch/internal/redact"
	"github.com/litwatch/litwatch/internal/termsafe"
	"github.com/litwatch/litwatch/store"
)

// Context is what the caller knows that the store does not.
type Context struct {
	// Working says whether a run or a daemon holds the database's lock
	// now; LockErr, if set, why that could not be told.
	Working bool
	LockErr error
	// Schedule is daemon.schedule ("" shows no schedule) and Next the
	// next run it sets.
	Schedule string
	Next     time.Time
	Loc      *time.Location // the schedule's zone, in which times are shown; nil is Local
	Since    string         // crawl.since, where the first run starts
	Secrets  redact.Secrets // redacted from the errors shown
}

// runState says how run r ended, or that it has not: a run without an end
// is running when a run holds the lock (working), else it was interrupted
// (the process was killed, or the machine stopped); a failed run ended
// with an error.
func runState(r store.Run, working bool) string {
	took := ""
	if !r.FinishedAt.IsZero() {
		took = ", took " + r.FinishedAt.Sub(r.StartedAt).Round(time.Second).String()
	}
	switch {
	case r.FinishedAt.IsZero() && working:
		return "running now"
	case r.FinishedAt.IsZero():
		return "INTERRUPTED: litwatch stopped before the run ended (killed, or the machine went down); what it stored is kept, and the next run asks again for the rest"
	case r.Status == "failed":
		return "FAILED: the run ended with an error (the log says which)" + took
	}
	return r.Status + took
}

// Write prints the state of db to w.
func Write(ctx context.Context, w io.Writer, db *store.DB, c Context) error {
	fmt.Fprintf(w, "database:   %s\n", termsafe.Line(db.Path()))
	switch {
	case c.LockErr != nil:
		fmt.Fprintf(w, "daemon:     unknown: %s\n", termsafe.Line(c.LockErr.Error()))
	case c.Working:
		fmt.Fprintln(w, "daemon:     a litwatch run or daemon is working on this database now")
	default:
		fmt.Fprintln(w, "daemon:     not running on this database")
	}
	loc := c.Loc
	if loc == nil {
		loc = time.Local
	}
	if c.Schedule != "" {
		fmt.Fprintf(w, "schedule:   %s (%s); next run %s\n", c.Schedule, loc, c.Next.In(loc).Format("Mon 2006-01-02 15:04 MST"))
	}
	n, err := db.CountRecords(ctx)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "records:    %d stored\n", n)
	last, ok, err := db.LastRun(ctx)
	if err != nil {
		return err
	}
	if !ok {
		fmt.Fprintln(w, "last run:   never (run `litwatch run`)")
	} else {
		fmt.Fprintf(w, "last run:   #%d %s, %s\n", last.ID, last.StartedAt.In(loc).Format("2006-01-02 15:04 MST"), runState(last, c.Working))
		for _, s := range last.Sources {
			health := "ok"
			if len(s.Errors) > 0 {
				health = "FAILED: " + strings.Join(s.Errors, "; ")
			}
			fmt.Fprintf(w, "  %-14s %s..%s fetched %d, new %d, %s\n", termsafe.Line(s.Name), s.From.Format(time.DateOnly), s.To.Format(time.DateOnly), s.Fetched, s.New, termsafe.Line(c.Secrets.String(health)))
		}
	}
	marks, err := db.Watermarks(ctx)
	if err != nil {
		return err
	}
	names := make([]string, 0, len(marks))
	for k := range marks {
		names = append(names, k)
	}
	sort.Strings(names)
	fmt.Fprintln(w, "watermarks:")
	if len(names) == 0 {
		fmt.Fprintln(w, "  none yet: the first run starts at crawl.since", c.Since)
	}
	for _, k := range names {
		fmt.Fprintf(w, "  %-14s complete through %s\n", termsafe.Line(k), marks[k].Format(time.DateOnly))
	}
	flags, err := db.Flags(ctx, false)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "open flags: %d (list them with `litwatch flags`)\n", len(flags))
	items, err := db.Outbox(ctx, 5)
	if err != nil {
		return err
	}
	if len(items) == 0 {
		fmt.Fprintln(w, "outbox:     empty")
	} else {
		fmt.Fprintln(w, "outbox (latest):")
		for _, it := range items {
			line := fmt.Sprintf("  digest %d: %s, %d attempt(s)", it.DigestID, it.Status, it.Attempts)
			switch {
			case it.Status == "failed":
				line = fmt.Sprintf("  digest %d: FAILED, refused by the server for good after %d attempt(s), not retried (fix the [email] settings): %s", it.DigestID, it.Attempts, termsafe.Line(c.Secrets.String(it.LastError)))
			case it.Status == "pending" && it.LastError != "":
				line += fmt.Sprintf(", last error: %s; next try %s (or the next run)", termsafe.Line(c.Secrets.String(it.LastError)), it.NextAttemptAt.In(loc).Format("2006-01-02 15:04"))
			}
			fmt.Fprintln(w, line)
		}
	}
	return nil
}
