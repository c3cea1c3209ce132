package main

import (
	"context"
	"fmt"
	"github.com/litwatch/litwatch/report/assess"
	"os"
	"path/filepath"
	"time"

	"github.com/litwatch/litwatch/crawler"
	"github.com/litwatch/litwatch/report/deliver"
	"github.com/litwatch/litwatch/report/digest"
	"github.com/litwatch/litwatch/report/export"
	"github.com/litwatch/litwatch/store"
)

// cycleResult is what one cycle did.
type cycleResult struct {
	RunID    int64
	DigestID int64
	Doc      *digest.Doc
	Files    []string
	Sources  []store.SourceResult
	// Mail is what the outbox did: first the e-mails of earlier digests,
	// then this one's.
	Mail deliver.Result
}

// cycle runs crawl → assess → digest once. It fails only when nothing
// useful could be done (store unusable); a failing source is reported in
// the digest and the result, not returned as an error.
func (a *app) cycle(ctx context.Context) (*cycleResult, error) {
	srcs, err := a.sources()
	if err != nil {
		return nil, err
	}
	// E-mails held back by an earlier failure go out first, whatever their
	// backoff: before this cycle's digest, and not a week late.
	var early deliver.Result
	a.flushMail(ctx, deliver.All, &early)
	runID, err := a.db.StartRun(ctx)
	if err != nil {
		return nil, err
	}
	res := &cycleResult{RunID: runID, Mail: early}
	status := "failed"
	defer func() {
		fctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 10*time.Second)
		defer cancel()
		if err := a.db.FinishRun(fctx, runID, status); err != nil {
			a.log.Error("could not record the end of the run", "run", runID, "err", err)
		}
	}()
	a.log.Info("cycle started", "run", runID, "sources", len(srcs), "db", a.db.Path())
	timeout, _ := a.cfg.SourceTimeout() // checked by Validate
	res.Sources = crawler.Run(ctx, a.db, runID, srcs, crawler.Options{
		SourceTimeout: timeout,
		Since:         a.cfg.Since(),
		Overlap:       time.Duration(a.cfg.Crawl.OverlapDays) * 24 * time.Hour,
		Now:           a.now,
		Log:           a.log,
		Progress:      a.progress(),
	})
	a.endProgress()
	if err := ctx.Err(); err != nil {
		return res, fmt.Errorf("cycle interrupted after crawling: %w", err)
	}
	var span store.SourceResult
	if len(res.Sources) > 0 {
		span = res.Sources[0]
	}
	alerts, basis := a.watchBasis(ctx, span)
	if basis != nil {
		res.Sources = append(res.Sources, *basis)
	}
	if fill := a.fillAbstracts(ctx, runID, span); fill != nil {
		res.Sources = append(res.Sources, *fill)
	}
	doc, ids, err := a.assessPending(ctx, res.Sources, alerts)
	if err != nil {
		return res, err
	}
	res.Doc = doc
	if doc.AllSourcesFailed() {
		a.log.Error("no source could be reached; the digest says so", "sources", len(res.Sources))
	}
	body, err := doc.JSON()
	if err != nil {
		return res, fmt.Errorf("encode digest: %w", err)
	}
	// The digest is stored (and its records marked reported) before any
	// file is written: a crash after this point loses no record, and
	// `litwatch report` can always render it again.
	// The e-mail is queued in the same transaction.
	sd := store.Digest{RunID: runID, GeneratedAt: doc.GeneratedAt, JSON: body}
	a.mailFor(doc, &sd)
	res.DigestID, err = a.db.SaveDigest(ctx, sd, ids)
	if err != nil {
		return res, err
	}
	res.Files, err = digest.WriteFiles(a.cfg.Digest.Dir, doc, a.cfg.Digest.Formats)
	if err != nil {
		return res, fmt.Errorf("digest %d is stored but its files could not be written (print it with `litwatch report`): %w", res.DigestID, err)
	}
	if err := a.db.SetDigestFiles(ctx, res.DigestID, res.Files); err != nil {
		return res, err
	}
	if err := a.writeFeed(ctx); err != nil {
		a.log.Error("could not write the Atom feed of flags", "err", err)
	}
	status = "done"
	// Failures stay in the outbox, retried or marked refused; the cycle
	// itself completed.
	a.flushMail(ctx, deliver.Due, &res.Mail)
	a.log.Info("cycle done", "run", runID, "new", len(ids), "flagged", doc.FlaggedCount(), "files", res.Files)
	return res, nil
}

// assessPending assesses every record no digest has reported yet against
// every claim, stores the assessments and builds the digest.
func (a *app) assessPending(ctx context.Context, sources []store.SourceResult, alerts []digest.BasisAlert) (*digest.Doc, []int64, error) {
	recs, err := a.db.PendingRecords(ctx)
	if err != nil {
		return nil, nil, err
	}
	assessor := newAssessor(a.claims)
	in := digest.Input{
		GeneratedAt: a.now().UTC(),
		Sources:     sources,
		Records:     recs,
		Designs:     make(map[int64]string, len(recs)),
		Assessments: make(map[int64][]store.Assessment, len(recs)),
		Basis:       alerts,
	}
	for _, c := range a.claims.Claims {
		in.Claims = append(in.Claims, digest.ClaimInfo{ID: c.ID, Statement: c.Statement, Verdict: c.Verdict, AsOf: c.AsOf})
	}
	// The digest covers what arrived since the previous digest; the first
	// one covers the sources' back-fill.
	for i, s := range sources {
		if i == 0 || s.From.Before(in.From) {
			in.From = s.From
		}
		if s.To.After(in.To) {
			in.To = s.To
		}
	}
	var since time.Time
	if prev, ok, err := a.db.LatestDigest(ctx); err != nil {
		return nil, nil, err
	} else if ok {
		in.From = prev.GeneratedAt.UTC().Truncate(24 * time.Hour)
		since = prev.GeneratedAt
	} else {
		in.FirstRun = true
	}
	// E-mails refused for good since the previous digest are listed in
	// this one's sources section.
	if a.outbox != nil {
		p, err := deliver.Problems(ctx, a.db, since)
		if err != nil {
			return nil, nil, err
		}
		if p != nil {
			in.Sources = append(in.Sources, *p)
		}
	}
	// The oldest open flags of earlier digests first (this digest's are
	// in its records), at most maxOpenFlags of them, so a large back-fill
	// left unreviewed does not swell every digest.
	open, err := a.db.OpenFlags(ctx, maxOpenFlags+1)
	if err != nil {
		return nil, nil, err
	}
	for i, f := range open {
		if i == maxOpenFlags {
			a.log.Info("more flags are open than a digest lists; see `litwatch flags`", "listed", maxOpenFlags)
			break
		}
		of := digest.OpenFlag{
			RecordID: f.Record.ID, Claim: f.Assessment.Claim, Title: f.Record.Title, Year: f.Record.Year,
			URL:    digest.Link(f.Record.PMID, f.Record.DOI, f.Record.NCT),
			Signal: f.Assessment.Signal, Since: digest.DateOf(f.ReportedAt),
		}
		if len(f.Assessment.Reasons) > 0 {
			of.Reason = f.Assessment.Reasons[0]
		}
		in.Open = append(in.Open, of)
	}
	ids := make([]int64, 0, len(recs))
	// Assessment is pure computation: on every core, then stored in order.
	results, err := assess.AssessAll(ctx, assessor, recs, a.claims.Claims, 0)
	if err != nil {
		return nil, nil, err
	}
	// Stored in one transaction: its cost does not grow with the batch's
	// commits (nor the search index with a segment per record).
	batch := make([]store.Assessed, len(recs))
	for i, r := range recs {
		res := results[i]
		batch[i] = store.Assessed{RecordID: r.ID, Design: res.Design, Assessments: res.Assessments}
		in.Designs[r.ID] = res.Design
		in.Assessments[r.ID] = res.Assessments
		ids = append(ids, r.ID)
	}
	if err := a.db.SaveAssessmentsBatch(ctx, batch); err != nil {
		return nil, nil, err
	}
	return digest.Build(in), ids, nil
}

// maxOpenFlags bounds the open flags from earlier digests one digest lists.
const maxOpenFlags = 50

// feedFile is the Atom feed of flags, rewritten each cycle in the digest
// directory.
const feedFile = "flags.atom"

// writeFeed rewrites the Atom feed of the latest open flags atomically,
// readable by all like the digests (decided flags leave it).
func (a *app) writeFeed(ctx context.Context) error {
	items, err := a.exportItems(ctx, store.ListQuery{Flagged: true, Open: true, Limit: 200})
	if err != nil {
		return err
	}
	feed := export.DefaultFeed()
	feed.Claims = map[string]string{}
	for _, c := range a.claims.Claims {
		feed.Claims[c.ID] = c.Statement
	}
	path := filepath.Join(a.cfg.Digest.Dir, feedFile)
	tmp, err := os.CreateTemp(a.cfg.Digest.Dir, ".flags-*.atom")
	if err != nil {
		return fmt.Errorf("feed %s: %w", path, err)
	}
	defer os.Remove(tmp.Name())
	if err := export.WriteAtom(tmp, feed, items); err != nil {
		tmp.Close()
		return fmt.Errorf("feed %s: %w", path, err)
	}
	if err := tmp.Chmod(0o644); err != nil {
		tmp.Close()
		return fmt.Errorf("feed %s: %w", path, err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("feed %s: %w", path, err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("feed %s: %w", path, err)
	}
	return nil
}

// progress returns a callback that keeps one status line up to date on
// stderr while sources deliver, when stderr is a terminal (a long first
// back-fill takes minutes); nil otherwise.
func (a *app) progress() func(source string, fetched, new int) {
	f, ok := a.env.progress.(*os.File)
	if !ok {
		return nil
	}
	if fi, err := f.Stat(); err != nil || fi.Mode()&os.ModeCharDevice == 0 {
		return nil
	}
	start := time.Now()
	return func(source string, fetched, new int) {
		rate := float64(fetched) / max(time.Since(start).Seconds(), 0.001)
		fmt.Fprintf(f, "\r\033[K%s: %d records fetched, %d new (%.0f/s)", source, fetched, new, rate)
		a.progressShown = true
	}
}

// endProgress ends the progress line, if one was drawn.
func (a *app) endProgress() {
	if a.progressShown {
		fmt.Fprintln(a.env.stderr)
		a.progressShown = false
	}
}
