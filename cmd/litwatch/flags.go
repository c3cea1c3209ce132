package main

import (
	"context"
	"errors"
	"fmt"
	"os/user"
	"slices"
	"strconv"
	"strings"

	"flag"
	"github.com/litwatch/litwatch/internal/termsafe"
	"github.com/litwatch/litwatch/report/digest"
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
					return usageError{"--history takes a record id and no other words: litwatch flags --history 12"}
				}
				if history < 0 {
					return usageError{fmt.Sprintf("--history: %d is not a record id (see the first column of `litwatch flags`)", history)}
				}
			}
			switch {
			case len(pos) == 0:
			case len(pos) != 2:
				return usageError{"a decision takes a status and a record id: litwatch flags dismissed 12 --note \"...\""}
			default:
				status = pos[0]
				if status != store.FlagOpen && !slices.Contains(store.FlagStatuses(), status) {
					return usageError{fmt.Sprintf("unknown decision %q (want %s, or %s to reopen)", status, strings.Join(store.FlagStatuses(), ", "), store.FlagOpen)}
				}
				var err error
				id, err = strconv.ParseInt(pos[1], 10, 64)
				if err != nil || id <= 0 {
					return usageError{fmt.Sprintf("%q is not a record id (see the first column of `litwatch flags`)", pos[1])}
				}
			}
			return nil
		},
		run: func(ctx context.Context, c *call) error {
			a := c.app
			switch {
			case history != 0:
				return printHistory(ctx, c.env, a.db, history, claim)
			case status == "":
				flags, err := a.db.Flags(ctx, all)
				if err != nil {
					return err
				}
				printFlags(c.env, flags)
				return nil
			}
			who := strings.TrimSpace(by)
			if who == "" {
				who = osUser(c.env)
			}
			d, err := a.db.DecideFlag(ctx, store.Decision{RecordID: id, Claim: claim, Status: status, Note: note, By: who})
			var sc *store.SeveralClaimsError
			if errors.As(err, &sc) {
				return usageError{fmt.Sprintf("record %d is flagged on %d claims (%s): decide each with --claim, e.g. litwatch flags %s %d --claim %s",
					id, len(sc.Claims), strings.Join(sc.Claims, ", "), status, id, sc.Claims[0])}
			}
			if err != nil {
				return err
			}
			if status == store.FlagOpen {
				fmt.Fprintf(c.stdout, "record %d, claim %s: flag reopened by %s\n", id, termsafe.Line(d.Claim), termsafe.Line(d.By))
			} else {
				fmt.Fprintf(c.stdout, "record %d, claim %s: flag marked %s by %s\n", id, termsafe.Line(d.Claim), status, termsafe.Line(d.By))
			}
			// The feed of open flags follows the decision at once.
			if err := a.reporter().RefreshFeed(ctx); err != nil {
				fmt.Fprintf(c.stderr, "litwatch flags: the decision is stored, but the feed was not rewritten: %s\n", termsafe.Line(err.Error()))
			}
			return nil
		},
	}
}

// osUser names the user running litwatch, for the flags' history.
func osUser(e *env) string {
	if u, err := user.Current(); err == nil && u.Username != "" {
		return u.Username
	}
	for _, k := range []string{"USER", "LOGNAME", "USERNAME"} {
		if v := e.getenv(k); v != "" {
			return v
		}
	}
	return "unknown"
}

func printFlags(e *env, flags []store.Flag) {
	if len(flags) == 0 {
		fmt.Fprintln(e.stdout, "no open flags")
		return
	}
	for _, f := range flags {
		fmt.Fprintf(e.stdout, "%d\t%s\t%s\t%s (%d)\n", f.Record.ID, termsafe.Line(f.Assessment.Claim), termsafe.Line(f.Status), termsafe.Line(f.Record.Title), f.Record.Year)
		for _, r := range f.Assessment.Reasons {
			fmt.Fprintf(e.stdout, "\t- %s\n", termsafe.Line(r))
		}
		if f.Note != "" {
			fmt.Fprintf(e.stdout, "\tnote: %s\n", termsafe.Line(f.Note))
		}
		if !f.ReviewedAt.IsZero() {
			fmt.Fprintf(e.stdout, "\t%s %s by %s\n", decidedWord(f.Status), f.ReviewedAt.UTC().Format("2006-01-02 15:04 UTC"), termsafe.Line(byName(f.By)))
		}
		fmt.Fprintf(e.stdout, "\t%s\n", termsafe.Line(digest.Link(f.Record.PMID, f.Record.DOI, f.Record.NCT)))
	}
}

// printHistory shows the decisions on a record's flags, oldest first, and
// where each flag stands now.
func printHistory(ctx context.Context, e *env, db *store.DB, id int64, claim string) error {
	all, err := db.Flags(ctx, true)
	if err != nil {
		return err
	}
	var flags []store.Flag
	for _, f := range all {
		if f.Record.ID == id && (claim == "" || f.Assessment.Claim == claim) {
			flags = append(flags, f)
		}
	}
	hist, err := db.FlagHistory(ctx, id, claim)
	if err != nil {
		return err
	}
	if len(flags) == 0 && len(hist) == 0 {
		if claim != "" {
			return fmt.Errorf("record %d has no flag for claim %q", id, claim)
		}
		return fmt.Errorf("record %d has no flag", id)
	}
	if len(flags) > 0 {
		r := flags[0].Record
		fmt.Fprintf(e.stdout, "record %d: %s (%d)\n", id, termsafe.Line(r.Title), r.Year)
	} else {
		fmt.Fprintf(e.stdout, "record %d\n", id)
	}
	if len(hist) == 0 {
		fmt.Fprintln(e.stdout, "no decisions yet")
	}
	for _, d := range hist {
		line := fmt.Sprintf("%s\t%s\t%s\t%s", d.At.UTC().Format("2006-01-02 15:04 UTC"), termsafe.Line(d.Claim), decidedWord(d.Status), termsafe.Line(byName(d.By)))
		if d.Note != "" {
			line += "\t" + termsafe.Line(d.Note)
		}
		fmt.Fprintln(e.stdout, line)
	}
	var now []string
	for _, f := range flags {
		now = append(now, termsafe.Line(f.Assessment.Claim)+" "+f.Status)
	}
	if len(now) > 0 {
		fmt.Fprintf(e.stdout, "now: %s\n", strings.Join(now, ", "))
	}
	return nil
}

// decidedWord is how a decision reads in a history: "reopened" for open.
func decidedWord(status string) string {
	if status == store.FlagOpen {
		return "reopened"
	}
	return status
}

// byName shows who decided; decisions made before litwatch kept the
// history did not record it.
func byName(by string) string {
	if by == "" {
		return "(not recorded)"
	}
	return by
}
