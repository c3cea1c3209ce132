package main

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/litwatch/litwatch/internal/cmdline"
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
			failed := 0
			for _, s := range res.Sources {
				if len(s.Errors) > 0 {
					failed++
				}
			}
			fmt.Fprintf(c.stdout, "%d new records, %d flagged; %d of %d sources failed\n", len(res.Doc.Records), res.Doc.FlaggedCount(), failed, len(res.Sources))
			if len(res.Files) > 0 {
				fmt.Fprintf(c.stdout, "digest: %s\n", strings.Join(res.Files, ", "))
			}
			for _, at := range res.Mail.Attempts {
				fmt.Fprintf(c.stdout, "e-mail: %s\n", at.Summary())
			}
			if res.Doc.AllSourcesFailed() {
				var names []string
				for _, s := range res.Sources {
					names = append(names, s.Name)
				}
				return cmdline.ExitError{Code: exitNoSource, Err: fmt.Errorf("%w (%s failed; the digest lists why)", errNoSourceReached, strings.Join(names, ", "))}
			}
			if unsent := res.Mail.Failed(); len(unsent) > 0 {
				return cmdline.ExitError{Code: exitMailNotSent, Err: fmt.Errorf("%w (%d e-mail(s); see above and `litwatch status`)", errMailNotSent, len(unsent))}
			}
			return nil
		},
	}
}

// errMailNotSent is run's failure when a digest e-mail it tried was not
// delivered.
var errMailNotSent = errors.New("the cycle completed, but a digest e-mail could not be sent")

// errNoSourceReached is run's failure when every source failed.
var errNoSourceReached = errors.New("no source could be reached")
