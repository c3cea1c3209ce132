package crossref

// Crossref's two jobs besides Fetch, each run once a cycle after the
// sources: the basis watch (notices on the works the claims rest on) and
// the abstract fill (new records that came without one). Both write to the
// store and report their health as a source of the run.

import (
	"context"
	"fmt"
	"sort"
	"strings"

	"github.com/litwatch/litwatch/crawler"
	"github.com/litwatch/litwatch/store"
)

const (
	// BasisSource is the name under which the basis watch reports its
	// health.
	BasisSource = "crossref-basis"
	// FillSource is the name under which the abstract fill reports its
	// health.
	FillSource = "crossref-fill"
	// MaxFills bounds the abstracts one cycle looks up.
	MaxFills = 200
)

// Basis is a work a claim rests on.
type Basis struct {
	Claim string // the claim's id
	DOI   string // the work's DOI, in any of the forms store.NormDOI reads
}

// Alert is a notice on a work a claim rests on, first seen by this watch,
// worded for the digest's reader.
type Alert struct {
	Claim   string // the claim resting on the work
	Message string // what the notice is and what to do about it
	DOI     string // what to link to: the notice's DOI, else the work's
}

// WatchBasis asks Crossref for the notices updating each work in basis,
// records every notice in db, and returns an alert for each claim resting
// on a work for each notice db did not know, in the order of basis's
// claims, works sorted by DOI. The result is the watch's health over w;
// both are nil when basis names no DOI.
func (s *Source) WatchBasis(ctx context.Context, db *store.DB, basis []Basis, w crawler.Window) ([]Alert, *store.SourceResult) {
	claimsOf := map[string][]string{}
	for _, b := range basis {
		if d := store.NormDOI(b.DOI); d != "" {
			claimsOf[d] = append(claimsOf[d], b.Claim)
		}
	}
	if len(claimsOf) == 0 {
		return nil, nil
	}
	res := &store.SourceResult{Name: BasisSource, From: w.From, To: w.To, Errors: []string{}}
	dois := make([]string, 0, len(claimsOf))
	for d := range claimsOf {
		dois = append(dois, d)
	}
	sort.Strings(dois)
	var alerts []Alert
	for _, doi := range dois {
		ups, err := s.Updates(ctx, doi)
		res.Fetched++
		if err != nil {
			res.Errors = append(res.Errors, fmt.Sprintf("updates of %s: %v", doi, err))
			continue
		}
		for _, u := range ups {
			isNew, err := db.SaveBasisUpdate(ctx, store.BasisUpdate{BasisDOI: doi, NoticeDOI: u.NoticeDOI, Type: u.Type, Source: u.Source, Label: u.Label})
			if err != nil {
				res.Errors = append(res.Errors, err.Error())
				continue
			}
			if !isNew {
				continue
			}
			res.New++
			msg, link := notice(u, doi)
			for _, claim := range claimsOf[doi] {
				alerts = append(alerts, Alert{Claim: claim, Message: msg, DOI: link})
			}
		}
	}
	return alerts, res
}

// Unwatched is what each digest says, in its sources section, when the
// basis watch cannot run because no contact e-mail is configured (Crossref
// asks every client for one): a note, not a failed source, as nothing was
// asked; "" when basis names no DOI, as there is nothing to watch.
func Unwatched(basis []Basis) string {
	for _, b := range basis {
		if store.NormDOI(b.DOI) != "" {
			return "the claims' basis was not watched for retractions, corrections and new versions (" + BasisSource +
				"): no contact e-mail is configured, and Crossref asks for one; set crawl.email (or turn the watch off: sources.crossref.watch_basis = false)."
		}
	}
	return ""
}

// notice words an update of the work doi for the reader, and says which
// DOI to link to.
func notice(u Update, doi string) (msg, link string) {
	label := u.Label
	if label == "" {
		label = strings.ReplaceAll(u.Type, "_", " ")
	}
	when := ""
	if !u.Date.IsZero() {
		when = " dated " + u.Date.Format("2006-01-02")
	}
	by := ""
	if u.Source == "retraction-watch" {
		by = " (reported by Retraction Watch)"
	}
	link = strings.TrimSpace(u.NoticeDOI)
	if link == "" {
		link = doi
	}
	return fmt.Sprintf("%s%s%s of %s, which this claim rests on: re-read the claim against it.", label, when, by, doi), link
}

// FillAbstracts asks Crossref for the abstract of each record no digest
// has reported yet that has a DOI but no abstract (Europe PMC lacks one
// for about one record in six, and new PubMed records sometimes do too),
// at most MaxFills of them, and saves what it finds under runID, merged
// into the record. The result is its health over w (New counts the
// abstracts filled), or nil when no record needed one.
func (s *Source) FillAbstracts(ctx context.Context, db *store.DB, runID int64, w crawler.Window) *store.SourceResult {
	res := &store.SourceResult{Name: FillSource, From: w.From, To: w.To, Errors: []string{}}
	recs, err := db.PendingRecords(ctx)
	if err != nil {
		res.Errors = append(res.Errors, err.Error())
		return res
	}
	var todo []store.Record
	for _, r := range recs {
		if r.Abstract == "" && r.DOI != "" && len(todo) < MaxFills {
			todo = append(todo, r)
		}
	}
	if len(todo) == 0 {
		return nil
	}
	for _, r := range todo {
		if ctx.Err() != nil {
			res.Errors = append(res.Errors, fmt.Sprintf("stopped: %v", ctx.Err()))
			break
		}
		w, ok, err := s.Work(ctx, r.DOI)
		res.Fetched++
		if err != nil {
			res.Errors = append(res.Errors, fmt.Sprintf("work %s: %v", r.DOI, err))
			continue
		}
		if !ok || w.Abstract == "" {
			continue
		}
		if _, err := db.SaveBatch(ctx, runID, SourceName, []store.Record{w}); err != nil {
			res.Errors = append(res.Errors, err.Error())
			continue
		}
		res.New++ // abstracts filled
	}
	s.log.Info("abstracts filled from Crossref", "looked_up", res.Fetched, "filled", res.New)
	return res
}

// Jobs are Crossref's two jobs of a cycle: Watch watches the works the
// claims rest on, Fill looks up missing abstracts; each is nil when off.
// Unwatched says the watch was asked for but cannot run (no contact
// e-mail is configured): each digest then carries the note Unwatched
// words.
type Jobs struct {
	Watch, Fill *Source
	Unwatched   bool
}

// NewJobs chooses the jobs: watch asks for the basis watch
// (sources.crossref.watch_basis), search says Crossref's search runs too
// (sources.crossref.enabled), mailto is the contact e-mail (crawl.email).
// Crossref asks every client for one, so without it no job runs, and a
// watch asked for is Unwatched. The fill runs with the watch or the
// search. client makes the lookup client of a job, named for it.
func NewJobs(watch, search bool, mailto string, client func(name string) (*Source, error)) (Jobs, error) {
	if mailto == "" {
		return Jobs{Unwatched: watch}, nil
	}
	var j Jobs
	var err error
	if watch {
		if j.Watch, err = client(BasisSource); err != nil {
			return Jobs{}, err
		}
	}
	if watch || search {
		if j.Fill, err = client(FillSource); err != nil {
			return Jobs{}, err
		}
	}
	return j, nil
}

// Run runs the jobs of run runID after the sources' crawl, over w, the
// window the sources read: the basis watch, then the abstract fill. It
// returns the alerts on the works of basis, the notes for the digest's
// sources section, and each job's health, as sources of the run.
func (j Jobs) Run(ctx context.Context, db *store.DB, runID int64, basis []Basis, w crawler.Window) (alerts []Alert, notes []string, health []store.SourceResult) {
	if j.Unwatched {
		if note := Unwatched(basis); note != "" {
			notes = append(notes, note)
		}
	}
	if j.Watch != nil {
		found, res := j.Watch.WatchBasis(ctx, db, basis, w)
		alerts = found
		if res != nil {
			health = append(health, *res)
		}
	}
	if j.Fill != nil {
		if res := j.Fill.FillAbstracts(ctx, db, runID, w); res != nil {
			health = append(health, *res)
		}
	}
	return alerts, notes, health
}
