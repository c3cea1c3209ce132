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
			if s, err := a.cfg.Schedule(); err == nil {
				sc.Loc, sc.Schedule, sc.Next = s.Loc, s.Spec, s.Next(a.now())
			}
			return status.Write(ctx, c.stdout, a.db, sc)
		},
	}
}
