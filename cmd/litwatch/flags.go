package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"strings"

	"github.com/litwatch/litwatch/internal/cmdline"
	"github.com/litwatch/litwatch/internal/termsafe"
	"github.com/litwatch/litwatch/report/review"
	"github.com/litwatch/litwatch/store"
)

func flagsCommand() command {
	var (
		all             bool
		history         int64
		claim, note, by string
		status          string
		id              int64
	)
	return command{
		name: "flags", summary: "list open flags; decide one (per claim), reopen it, show its history", db: existingDB, words: true,
		usage: `Usage: litwatch flags [--all]
       litwatch flags reviewed|dismissed|accepted RECORD_ID [--claim ID] [--note TEXT] [--by NAME]
       litwatch flags open RECORD_ID [--claim ID] [--note TEXT] [--by NAME]
       litwatch flags --history RECORD_ID [--claim ID]

Lists the open flags (records that ask you to reconsider a claim), or
records your decision on one so it is not raised again; "open" reopens a
decided flag. Each flag is a record and a claim: a record flagged on several
claims is decided per claim (--claim). Decisions are kept, never
overwritten: --history shows who decided what, when and why.`,
		flags: func(fs *flag.FlagSet) {
			fs.BoolVar(&all, "all", false, "list reviewed, dismissed and accepted flags too")
			fs.Int64Var(&history, "history", 0, "show the decisions on this record's flags, oldest first")
			fs.StringVar(&claim, "claim", "", "with a decision or --history: this claim's flag (needed when the record is flagged on several claims)")
			fs.StringVar(&note, "note", "", "with a decision: why (recommended for dismissed)")
			fs.StringVar(&by, "by", "", "with a decision: who decides (default: the OS user)")
		},
		check: func(pos []string) error {
			if history != 0 {
				if len(pos) != 0 {
					return cmdline.Usagef("--history takes a record id and no other words: litwatch flags --history 12")
				}
				if history < 0 {
					return cmdline.Usagef("--history: %d is not a record id (see the first column of `litwatch flags`)", history)
				}
			}
			var err error
			if status, id, err = review.ParseDecision(pos); err != nil {
				return cmdline.Usagef("%v", err)
			}
			return nil
		},
		run: func(ctx context.Context, c *call) error {
			a := c.app
			switch {
			case history != 0:
				return review.WriteHistory(ctx, c.stdout, a.db, history, claim)
			case status == "":
				flags, err := a.db.Flags(ctx, all)
				if err != nil {
					return err
				}
				review.WriteQueue(c.stdout, flags)
				return nil
			}
			who := strings.TrimSpace(by)
			if who == "" {
				who = review.DefaultBy(c.getenv)
			}
			d, err := a.db.DecideFlag(ctx, store.Decision{RecordID: id, Claim: claim, Status: status, Note: note, By: who})
			var sc *store.SeveralClaimsError
			if errors.As(err, &sc) {
				return cmdline.Usagef("record %d is flagged on %d claims (%s): decide each with --claim, e.g. litwatch flags %s %d --claim %s",
					id, len(sc.Claims), strings.Join(sc.Claims, ", "), status, id, sc.Claims[0])
			}
			if err != nil {
				return err
			}
			review.WriteDecision(c.stdout, d)
			// The feed of open flags follows the decision at once.
			if err := a.reporter().RefreshFeed(ctx); err != nil {
				fmt.Fprintf(c.stderr, "litwatch flags: the decision is stored, but the feed was not rewritten: %s\n", termsafe.Line(err.Error()))
			}
			return nil
		},
	}
}
