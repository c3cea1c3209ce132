package main

import (
	"context"
	"errors"

	"github.com/litwatch/litwatch/internal/cmdline"
	"github.com/litwatch/litwatch/report/cycle"
)

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
