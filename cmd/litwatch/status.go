package main

import (
	"context"

	"github.com/litwatch/litwatch/internal/lock"
	"github.com/litwatch/litwatch/report/status"
)

func statusCommand() command {
	return command{
		name: "status", summary: "last run, next run, per-source health, outbox", db: existingDB,
		usage: "Usage: litwatch status [--config FILE] [--db FILE]\n\nShows the last run, the next scheduled run, each source's health and\nwatermark, open flags and the e-mail outbox.",
		run: func(ctx context.Context, c *call) error {
			a := c.app
			sc := status.Context{Since: a.cfg.Crawl.Since, Secrets: a.secrets}
			sc.Working, sc.LockErr = lock.Held(a.db.Path())
			sc.Loc, _ = a.cfg.Location()
			if sched, err := parseSchedule(a.cfg.Daemon.Schedule); err == nil {
				sc.Schedule, sc.Next = a.cfg.Daemon.Schedule, sched.Next(a.now().In(sc.Loc))
			}
			return status.Write(ctx, c.stdout, a.db, sc)
		},
	}
}
