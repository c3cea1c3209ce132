package main

import (
	"context"
	"fmt"
	"github.com/litwatch/litwatch/internal/termsafe"
	"io"
	"sort"
	"strings"
	"time"
)

func statusCommand() command {
	return command{
		name: "status", summary: "last run, next run, per-source health, outbox", db: existingDB,
		usage: "Usage: litwatch status [--config FILE] [--db FILE]\n\nShows the last run, the next scheduled run, each source's health and\nwatermark, open flags and the e-mail outbox.",
		run:   func(ctx context.Context, c *call) error { return c.app.status(ctx, c.stdout) },
	}
}

// status prints the state of the app's database to w.
func (a *app) status(ctx context.Context, w io.Writer) error {
	// Errors stored by an older litwatch may hold an echoed secret: they
	// are redacted again here (the fetcher and the mailer redact new ones).
	fmt.Fprintf(w, "database:   %s\n", termsafe.Line(a.db.Path()))
	switch held, err := lockHeld(a.db.Path()); {
	case err != nil:
		fmt.Fprintf(w, "daemon:     unknown: %s\n", termsafe.Line(err.Error()))
	case held:
		fmt.Fprintln(w, "daemon:     a litwatch run or daemon is working on this database now")
	default:
		fmt.Fprintln(w, "daemon:     not running on this database")
	}
	loc, _ := a.cfg.Location()
	if sched, err := parseSchedule(a.cfg.Daemon.Schedule); err == nil {
		fmt.Fprintf(w, "schedule:   %s (%s); next run %s\n", a.cfg.Daemon.Schedule, loc, sched.Next(a.now().In(loc)).Format("Mon 2006-01-02 15:04 MST"))
	}
	n, err := a.db.CountRecords(ctx)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "records:    %d stored\n", n)
	last, ok, err := a.db.LastRun(ctx)
	if err != nil {
		return err
	}
	if !ok {
		fmt.Fprintln(w, "last run:   never (run `litwatch run`)")
	} else {
		took := ""
		if !last.FinishedAt.IsZero() {
			took = ", took " + last.FinishedAt.Sub(last.StartedAt).Round(time.Second).String()
		}
		fmt.Fprintf(w, "last run:   #%d %s, %s%s\n", last.ID, last.StartedAt.In(loc).Format("2006-01-02 15:04 MST"), last.Status, took)
		for _, s := range last.Sources {
			health := "ok"
			if len(s.Errors) > 0 {
				health = "FAILED: " + strings.Join(s.Errors, "; ")
			}
			fmt.Fprintf(w, "  %-14s %s..%s fetched %d, new %d, %s\n", termsafe.Line(s.Name), s.From.Format(time.DateOnly), s.To.Format(time.DateOnly), s.Fetched, s.New, termsafe.Line(a.secrets.String(health)))
		}
	}
	marks, err := a.db.Watermarks(ctx)
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
		fmt.Fprintln(w, "  none yet: the first run starts at crawl.since", a.cfg.Crawl.Since)
	}
	for _, k := range names {
		fmt.Fprintf(w, "  %-14s complete through %s\n", termsafe.Line(k), marks[k].Format(time.DateOnly))
	}
	flags, err := a.db.Flags(ctx, false)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "open flags: %d (list them with `litwatch flags`)\n", len(flags))
	items, err := a.db.Outbox(ctx, 5)
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
				line = fmt.Sprintf("  digest %d: FAILED, refused by the server for good after %d attempt(s), not retried (fix the [email] settings): %s", it.DigestID, it.Attempts, termsafe.Line(a.secrets.String(it.LastError)))
			case it.Status == "pending" && it.LastError != "":
				line += fmt.Sprintf(", last error: %s; next try %s (or the next run)", termsafe.Line(a.secrets.String(it.LastError)), it.NextAttemptAt.In(loc).Format("2006-01-02 15:04"))
			}
			fmt.Fprintln(w, line)
		}
	}
	return nil
}
