// Package cycle is the report side of one litwatch cycle: after the crawl
// has stored what is new, a Reporter assesses every record no digest has
// reported yet against every claim, builds the digest of the run, stores
// it with its e-mail (report/deliver), writes its files and rewrites the
// Atom feed of open flags. Reporter.Run is the whole cycle around a crawl
// the caller wires: the run's record, the e-mails before and after.
package cycle

import (
	"context"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"time"

	"github.com/litwatch/litwatch/report/assess"
	"github.com/litwatch/litwatch/report/claims"
	"github.com/litwatch/litwatch/report/deliver"
	"github.com/litwatch/litwatch/report/digest"
	"github.com/litwatch/litwatch/report/export"
	"github.com/litwatch/litwatch/store"
)

const (
	// MaxOpenFlags bounds the open flags of earlier digests one digest
	// lists (the oldest first), so a large back-fill left unreviewed does
	// not swell every digest.
	MaxOpenFlags = 50
	// FeedFile is the Atom feed of open flags, rewritten in the digest
	// directory by each cycle and each decision on a flag.
	FeedFile = "flags.atom"
	// maxFeedItems bounds the flags the feed holds, the newest first.
	maxFeedItems = 200
)

// Reporter makes the digests of a store.
type Reporter struct {
	DB      *store.DB
	Claims  *claims.Set
	Dir     string          // the digest directory
	Formats []string        // the digest files to write: md, html, json, text
	Outbox  *deliver.Outbox // queues each digest's e-mail; nil when e-mail is off
	// BaseURL is the web page's address ([serve] base_url): when set, the
	// digests link its review queue and claim pages.
	BaseURL string
	Now     func() time.Time
	Log     *slog.Logger
}

// Result is what Report did.
type Result struct {
	DigestID int64
	Doc      *digest.Doc
	Files    []string // the digest's files, as written
	Reported int      // records reported by this digest
}

func (r *Reporter) now() time.Time {
	if r.Now != nil {
		return r.Now()
	}
	return time.Now()
}

func (r *Reporter) log() *slog.Logger {
	if r.Log != nil {
		return r.Log
	}
	return slog.New(slog.DiscardHandler)
}

// Report makes the digest of run runID: it assesses every record no
// digest has reported yet, builds the digest with the sources' results
// the alerts about the claims' basis and the notes for its sources
// section (see digest.Input.Notes), stores it (marking its records
// reported and queueing its e-mail in the same transaction) before
// writing any file, writes its files and rewrites the feed of open flags
// (a feed that cannot be written is logged, not returned). The error says
// what could not be done; a digest that is stored can always be printed
// again with `litwatch report`.
func (r *Reporter) Report(ctx context.Context, runID int64, sources []store.SourceResult, alerts []digest.BasisAlert, notes []string) (*Result, error) {
	doc, ids, err := r.assessPending(ctx, sources, alerts, notes)
	if err != nil {
		return nil, err
	}
	res := &Result{Doc: doc, Reported: len(ids)}
	if doc.AllSourcesFailed() {
		r.log().Error("no source could be reached; the digest says so", "sources", len(doc.Sources))
	}
	body, err := doc.JSON()
	if err != nil {
		return res, fmt.Errorf("encode digest: %w", err)
	}
	sd := store.Digest{RunID: runID, GeneratedAt: doc.GeneratedAt, JSON: body}
	r.Outbox.Queue(doc, &sd)
	if res.DigestID, err = r.DB.SaveDigest(ctx, sd, ids); err != nil {
		return res, err
	}
	res.Files, err = digest.WriteFiles(r.Dir, doc, r.Formats)
	if err != nil {
		return res, fmt.Errorf("digest %d is stored but its files could not be written (print it with `litwatch report`): %w", res.DigestID, err)
	}
	if err := r.DB.SetDigestFiles(ctx, res.DigestID, res.Files); err != nil {
		return res, err
	}
	if err := r.WriteFeed(ctx); err != nil {
		r.log().Error("could not write the Atom feed of flags", "err", err)
	}
	return res, nil
}

// assessPending assesses every record no digest has reported yet against
// every claim, stores the assessments and builds the digest; it returns
// the digest and the ids of the records it reports.
func (r *Reporter) assessPending(ctx context.Context, sources []store.SourceResult, alerts []digest.BasisAlert, notes []string) (*digest.Doc, []int64, error) {
	recs, err := r.DB.PendingRecords(ctx)
	if err != nil {
		return nil, nil, err
	}
	in := digest.Input{
		GeneratedAt: r.now().UTC(),
		Sources:     sources,
		Records:     recs,
		Designs:     make(map[int64]string, len(recs)),
		Assessments: make(map[int64][]store.Assessment, len(recs)),
		Basis:       alerts,
		Notes:       notes,
		BaseURL:     r.BaseURL,
	}
	for _, c := range r.Claims.Claims {
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
	if prev, ok, err := r.DB.LatestDigest(ctx); err != nil {
		return nil, nil, err
	} else if ok {
		in.From = prev.GeneratedAt.UTC().Truncate(24 * time.Hour)
		since = prev.GeneratedAt
	} else {
		in.FirstRun = true
	}
	// E-mails refused for good since the previous digest are listed in
	// this one's sources section.
	if r.Outbox != nil {
		p, err := deliver.Problems(ctx, r.DB, since)
		if err != nil {
			return nil, nil, err
		}
		if p != nil {
			in.Sources = append(in.Sources, *p)
		}
	}
	if in.Open, err = r.openFlags(ctx); err != nil {
		return nil, nil, err
	}
	ids := make([]int64, 0, len(recs))
	// Assessment is pure computation: on every core, then stored in order.
	results, err := assess.AssessAll(ctx, assess.New(r.Claims.Claims...), recs, r.Claims.Claims, 0)
	if err != nil {
		return nil, nil, err
	}
	batch := make([]store.Assessed, 0, len(recs))
	for i, rec := range recs {
		res := results[i]
		batch = append(batch, store.Assessed{RecordID: rec.ID, Design: res.Design, Assessments: res.Assessments})
		in.Designs[rec.ID] = res.Design
		in.Assessments[rec.ID] = res.Assessments
		ids = append(ids, rec.ID)
	}
	// one transaction for the whole batch
	if err := r.DB.SaveAssessmentsBatch(ctx, batch); err != nil {
		return nil, nil, err
	}
	return digest.Build(in), ids, nil
}

// openFlags lists the flags earlier digests reported that are still
// undecided, the oldest first, at most MaxOpenFlags of them.
func (r *Reporter) openFlags(ctx context.Context) ([]digest.OpenFlag, error) {
	// read by the flagged assessments' index, stopping after the cap
	// (one more to know there are more): independent of the store's size
	open, err := r.DB.OpenFlags(ctx, MaxOpenFlags+1)
	if err != nil {
		return nil, err
	}
	var out []digest.OpenFlag
	for _, f := range open {
		if f.DigestID == 0 { // not reported yet: it is in this digest
			continue
		}
		if len(out) == MaxOpenFlags {
			r.log().Info("more flags are open than a digest lists; see `litwatch flags`", "listed", MaxOpenFlags)
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
		out = append(out, of)
	}
	return out, nil
}

// WriteFeed rewrites the Atom feed of the latest open flags (decided flags
// leave it) atomically, readable by all like the digests.
func (r *Reporter) WriteFeed(ctx context.Context) error {
	items, err := export.Load(ctx, r.DB, store.ListQuery{Flagged: true, Open: true, Limit: maxFeedItems})
	if err != nil {
		return err
	}
	feed := export.DefaultFeed()
	feed.Claims = map[string]string{}
	for _, c := range r.Claims.Claims {
		feed.Claims[c.ID] = c.Statement
	}
	path := filepath.Join(r.Dir, FeedFile)
	tmp, err := os.CreateTemp(r.Dir, ".flags-*.atom")
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

// RefreshFeed rewrites the feed of open flags if a cycle has written one,
// so that it follows a decision at once; a feed never written is left to
// the first cycle.
func (r *Reporter) RefreshFeed(ctx context.Context) error {
	if _, err := os.Stat(filepath.Join(r.Dir, FeedFile)); err != nil {
		return nil
	}
	return r.WriteFeed(ctx)
}

// AssessRecords assesses the stored records ids against every claim, on
// every core, and stores the assessments (the records a digest will not
// report, such as those imported as already known); it returns how many
// it assessed.
func (r *Reporter) AssessRecords(ctx context.Context, ids []int64) (int, error) {
	recs, err := r.DB.RecordsByID(ctx, ids)
	if err != nil {
		return 0, err
	}
	results, err := assess.AssessAll(ctx, assess.New(r.Claims.Claims...), recs, r.Claims.Claims, 0)
	if err != nil {
		return 0, err
	}
	batch := make([]store.Assessed, len(recs))
	for i, rec := range recs {
		batch[i] = store.Assessed{RecordID: rec.ID, Design: results[i].Design, Assessments: results[i].Assessments}
	}
	if err := r.DB.SaveAssessmentsBatch(ctx, batch); err != nil {
		return 0, err
	}
	return len(recs), nil
}
