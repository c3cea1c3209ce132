package cycle

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/litwatch/litwatch/report/deliver"
	"github.com/litwatch/litwatch/report/digest"
	"github.com/litwatch/litwatch/store"
)

// Crawl is the crawler side of a cycle, which the caller wires: it stores
// what is new under run runID and says what the digest should tell of it.
// An error (the cycle was interrupted) ends the cycle before its digest;
// the sources it returns with it are kept in the result.
type Crawl func(ctx context.Context, runID int64) (Crawled, error)

// Crawled is what the crawler side of a cycle did.
type Crawled struct {
	Sources []store.SourceResult // each source's result, then its other jobs' (the basis watch, the fill)
	Alerts  []digest.BasisAlert  // notices on the works the claims rest on
	Notes   []string             // for the digest's sources section (see digest.Input.Notes)
}

// RunResult is what one cycle did.
type RunResult struct {
	RunID    int64
	DigestID int64
	Doc      *digest.Doc
	Files    []string
	Sources  []store.SourceResult
	// Mail is what the outbox did: first the e-mails of earlier digests,
	// then this one's.
	Mail deliver.Result
}

// Run runs one cycle: the e-mails held back by an earlier failure go out
// first (oldest first, whatever their backoff), a run is started, crawl
// stores what is new, Report makes the digest, and the e-mails due are
// tried. The run is recorded as done once its digest is stored, else as
// failed. Run fails only when nothing useful could be done (the store
// unusable, the cycle interrupted); a failing source is told in the
// digest and the result, and an e-mail not sent stays in the outbox
// (retried, or marked refused) and in Mail.
func (r *Reporter) Run(ctx context.Context, crawl Crawl) (*RunResult, error) {
	early := r.Outbox.Try(ctx, deliver.All)
	runID, err := r.DB.StartRun(ctx)
	if err != nil {
		return nil, err
	}
	res := &RunResult{RunID: runID, Mail: early}
	status := "failed"
	defer func() {
		fctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 10*time.Second)
		defer cancel()
		if err := r.DB.FinishRun(fctx, runID, status); err != nil {
			r.log().Error("could not record the end of the run", "run", runID, "err", err)
		}
	}()
	crawled, err := crawl(ctx, runID)
	res.Sources = crawled.Sources
	if err != nil {
		return res, err
	}
	rep, err := r.Report(ctx, runID, crawled.Sources, crawled.Alerts, crawled.Notes)
	if rep != nil {
		res.DigestID, res.Doc, res.Files = rep.DigestID, rep.Doc, rep.Files
	}
	if err != nil {
		return res, err
	}
	status = "done"
	res.Mail.Add(r.Outbox.Try(ctx, deliver.Due))
	r.log().Info("cycle done", "run", runID, "new", rep.Reported, "flagged", rep.Doc.FlaggedCount(), "files", rep.Files)
	return res, nil
}

// ErrNoSourceReached is a completed cycle's problem when every source
// failed (no network, say): it could not look for anything.
var ErrNoSourceReached = errors.New("no source could be reached")

// ErrMailNotSent is a completed cycle's problem when an e-mail it tried
// (this digest's or an earlier one's) was not delivered.
var ErrMailNotSent = errors.New("the cycle completed, but a digest e-mail could not be sent")

// Problem says why a completed cycle did not do all it should:
// ErrNoSourceReached (naming the sources) when every source failed, else
// ErrMailNotSent when an e-mail it tried was not sent; nil when neither.
func (res *RunResult) Problem() error {
	if res.Doc.AllSourcesFailed() {
		var names []string
		for _, s := range res.Sources {
			names = append(names, s.Name)
		}
		return fmt.Errorf("%w (%s failed; the digest lists why)", ErrNoSourceReached, strings.Join(names, ", "))
	}
	if unsent := res.Mail.Failed(); len(unsent) > 0 {
		return fmt.Errorf("%w (%d e-mail(s); see above and `litwatch status`)", ErrMailNotSent, len(unsent))
	}
	return nil
}

// WriteSummary writes what a completed cycle did, as `litwatch run`
// prints it: its records and flags, how many sources failed, the digest's
// files and each e-mail tried.
func (res *RunResult) WriteSummary(w io.Writer) error {
	failed := 0
	for _, s := range res.Sources {
		if len(s.Errors) > 0 {
			failed++
		}
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%d new records, %d flagged; %d of %d sources failed\n", len(res.Doc.Records), res.Doc.FlaggedCount(), failed, len(res.Sources))
	if len(res.Files) > 0 {
		fmt.Fprintf(&b, "digest: %s\n", strings.Join(res.Files, ", "))
	}
	for _, at := range res.Mail.Attempts {
		fmt.Fprintf(&b, "e-mail: %s\n", at.Summary())
	}
	_, err := io.WriteString(w, b.String())
	return err
}
