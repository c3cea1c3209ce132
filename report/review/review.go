// Package review shows litwatch's review queue: the flags raised on
// records (a record that may change a claim), the decisions on them and
// their history, as the command line prints them. Every text from a record
// or a user passes through termsafe.Line.
package review

import (
	"context"
	"fmt"
	"io"
	"strings"

	"github.com/litwatch/litwatch/internal/termsafe"
	"github.com/litwatch/litwatch/report/digest"
	"github.com/litwatch/litwatch/store"
)

// timeLayout is how a decision's time is shown.
const timeLayout = "2006-01-02 15:04 UTC"

// WriteQueue lists flags, one record and claim a line (id, claim, status,
// title and year), with its reasons, note, latest decision and link.
func WriteQueue(w io.Writer, flags []store.Flag) {
	if len(flags) == 0 {
		fmt.Fprintln(w, "no open flags")
		return
	}
	for _, f := range flags {
		fmt.Fprintf(w, "%d\t%s\t%s\t%s (%d)\n", f.Record.ID, termsafe.Line(f.Assessment.Claim), termsafe.Line(f.Status), termsafe.Line(f.Record.Title), f.Record.Year)
		for _, r := range f.Assessment.Reasons {
			fmt.Fprintf(w, "\t- %s\n", termsafe.Line(r))
		}
		if f.Note != "" {
			fmt.Fprintf(w, "\tnote: %s\n", termsafe.Line(f.Note))
		}
		if !f.ReviewedAt.IsZero() {
			fmt.Fprintf(w, "\t%s %s by %s\n", decidedWord(f.Status), f.ReviewedAt.UTC().Format(timeLayout), termsafe.Line(byName(f.By)))
		}
		fmt.Fprintf(w, "\t%s\n", termsafe.Line(digest.Link(f.Record.PMID, f.Record.DOI, f.Record.NCT)))
	}
}

// WriteDecision confirms a decision the store has recorded.
func WriteDecision(w io.Writer, d store.Decision) {
	if d.Status == store.FlagOpen {
		fmt.Fprintf(w, "record %d, claim %s: flag reopened by %s\n", d.RecordID, termsafe.Line(d.Claim), termsafe.Line(d.By))
		return
	}
	fmt.Fprintf(w, "record %d, claim %s: flag marked %s by %s\n", d.RecordID, termsafe.Line(d.Claim), termsafe.Line(d.Status), termsafe.Line(d.By))
}

// WriteHistory shows the decisions on record id's flags (claim's only,
// unless it is ""), oldest first, and where each flag stands now. A record
// with no such flag is an error.
func WriteHistory(ctx context.Context, w io.Writer, db *store.DB, id int64, claim string) error {
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
		fmt.Fprintf(w, "record %d: %s (%d)\n", id, termsafe.Line(r.Title), r.Year)
	} else {
		fmt.Fprintf(w, "record %d\n", id)
	}
	if len(hist) == 0 {
		fmt.Fprintln(w, "no decisions yet")
	}
	for _, d := range hist {
		line := fmt.Sprintf("%s\t%s\t%s\t%s", d.At.UTC().Format(timeLayout), termsafe.Line(d.Claim), decidedWord(d.Status), termsafe.Line(byName(d.By)))
		if d.Note != "" {
			line += "\t" + termsafe.Line(d.Note)
		}
		fmt.Fprintln(w, line)
	}
	var now []string
	for _, f := range flags {
		now = append(now, termsafe.Line(f.Assessment.Claim)+" "+f.Status)
	}
	if len(now) > 0 {
		fmt.Fprintf(w, "now: %s\n", strings.Join(now, ", "))
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
