package main

import (
	"context"
	"fmt"

	"github.com/litwatch/litwatch/store"
)

const (
	// fillSource is the name under which abstract filling reports its health.
	fillSource = "crossref-fill"
	// maxFills bounds the Crossref lookups of one cycle.
	maxFills = 200
)

// fillAbstracts asks Crossref for the abstract of each record not yet
// reported that has a DOI but no abstract (Europe PMC lacks one for about
// one record in six, and new PubMed records sometimes do too), and merges
// what it finds into the record. It runs when the basis watch or the
// Crossref source is on (both need crawl.email).
func (a *app) fillAbstracts(ctx context.Context, runID int64, window store.SourceResult) *store.SourceResult {
	c := a.cfg.Sources.Crossref
	if (!c.WatchBasis && !c.Enabled) || a.cfg.Crawl.Email == "" {
		return nil
	}
	recs, err := a.db.PendingRecords(ctx)
	res := &store.SourceResult{Name: fillSource, From: window.From, To: window.To, Errors: []string{}}
	if err != nil {
		res.Errors = append(res.Errors, err.Error())
		return res
	}
	var todo []store.Record
	for _, r := range recs {
		if r.Abstract == "" && r.DOI != "" && len(todo) < maxFills {
			todo = append(todo, r)
		}
	}
	if len(todo) == 0 {
		return nil
	}
	src, err := a.crossrefClient(fillSource)
	if err != nil {
		res.Errors = append(res.Errors, err.Error())
		return res
	}
	for _, r := range todo {
		if ctx.Err() != nil {
			res.Errors = append(res.Errors, fmt.Sprintf("stopped: %v", ctx.Err()))
			break
		}
		w, ok, err := src.Work(ctx, r.DOI)
		res.Fetched++
		if err != nil {
			res.Errors = append(res.Errors, fmt.Sprintf("work %s: %v", r.DOI, err))
			continue
		}
		if !ok || w.Abstract == "" {
			continue
		}
		if _, err := a.db.SaveBatch(ctx, runID, "crossref", []store.Record{w}); err != nil {
			res.Errors = append(res.Errors, err.Error())
			continue
		}
		res.New++ // abstracts filled
	}
	a.log.Info("abstracts filled from Crossref", "looked_up", res.Fetched, "filled", res.New)
	return res
}
