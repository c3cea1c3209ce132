package main

import (
	"context"
	"fmt"
	"sort"
	"strings"

	"github.com/litwatch/litwatch/crawler/crossref"
	"github.com/litwatch/litwatch/report/digest"
	"github.com/litwatch/litwatch/store"
)

// basisSource is the name under which the basis watch reports its health.
const basisSource = "crossref-basis"

// watchBasis asks Crossref for notices updating each DOI the claims rest
// on, and returns an alert for each notice not seen before, with the
// watch's health as a source result. It returns nothing when the watch is
// off.
func (a *app) watchBasis(ctx context.Context, window store.SourceResult) ([]digest.BasisAlert, *store.SourceResult) {
	c := a.cfg.Sources.Crossref
	if !c.WatchBasis {
		return nil, nil
	}
	if a.cfg.Crawl.Email == "" {
		a.log.Warn("the claims' basis is not watched: set crawl.email (Crossref asks for a contact address) or sources.crossref.watch_basis = false")
		return nil, nil
	}
	res := &store.SourceResult{Name: basisSource, From: window.From, To: window.To, Errors: []string{}}
	// Which claims rest on each DOI.
	claimsOf := map[string][]string{}
	for _, cl := range a.claims.Claims {
		for _, b := range cl.Basis {
			if d := store.NormDOI(b.DOI); d != "" {
				claimsOf[d] = append(claimsOf[d], cl.ID)
			}
		}
	}
	if len(claimsOf) == 0 {
		return nil, nil
	}
	src, err := a.crossrefClient(basisSource)
	if err != nil {
		res.Errors = append(res.Errors, err.Error())
		return nil, res
	}
	return a.checkBasis(ctx, src, claimsOf, res), res
}

// crossrefClient makes a Crossref client for lookups (no search query).
func (a *app) crossrefClient(name string) (*crossref.Source, error) {
	c := a.cfg.Sources.Crossref
	f, err := a.fetcher(name, c.Rate)
	if err != nil {
		return nil, err
	}
	return crossref.New(crossref.Config{BaseURL: c.BaseURL, Mailto: a.cfg.Crawl.Email, Rows: c.PageSize}, f, a.log.With("source", name))
}

func (a *app) checkBasis(ctx context.Context, src *crossref.Source, claimsOf map[string][]string, res *store.SourceResult) []digest.BasisAlert {
	dois := make([]string, 0, len(claimsOf))
	for d := range claimsOf {
		dois = append(dois, d)
	}
	sort.Strings(dois)
	var alerts []digest.BasisAlert
	for _, doi := range dois {
		ups, err := src.Updates(ctx, doi)
		res.Fetched++
		if err != nil {
			res.Errors = append(res.Errors, fmt.Sprintf("updates of %s: %v", doi, err))
			continue
		}
		for _, u := range ups {
			isNew, err := a.db.SaveBasisUpdate(ctx, store.BasisUpdate{BasisDOI: doi, NoticeDOI: u.NoticeDOI, Type: u.Type, Source: u.Source, Label: u.Label})
			if err != nil {
				res.Errors = append(res.Errors, err.Error())
				continue
			}
			if !isNew {
				continue
			}
			res.New++
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
			link := digest.Link("", u.NoticeDOI, "")
			if link == "" {
				link = digest.Link("", doi, "")
			}
			for _, claim := range claimsOf[doi] {
				alerts = append(alerts, digest.BasisAlert{
					Claim:   claim,
					Message: fmt.Sprintf("%s%s%s of %s, which this claim rests on: re-read the claim against it.", label, when, by, doi),
					Link:    link,
				})
			}
		}
	}
	return alerts
}
