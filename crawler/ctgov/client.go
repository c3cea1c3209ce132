// Package ctgov is litwatch's ClinicalTrials.gov source (API v2). It asks
// for the studies matching a query whose last update was posted within the
// date window:
//
//	GET {BaseURL}studies?query.term=<Query>
//	    &filter.advanced=AREA[LastUpdatePostDate]RANGE[YYYY-MM-DD,YYYY-MM-DD]
//	    &pageSize=<PageSize>&format=json&countTotal=true
//
// then the same request with pageToken=<nextPageToken> (and without
// countTotal) until a page has no nextPageToken, emitting each page as one
// batch of trial registration Records (see ParseStudies for the mapping).
// A registration is re-delivered whenever it is updated; the store merges
// it with the copy it has, by NCT number.
//
// Politeness: the API is reported to throttle clients above about 50
// requests a minute per IP address (answering 429). This package does not
// pace itself; the caller gives it a Fetcher limited to DefaultRate (1
// request per second), which also retries 429 and 5xx responses with
// backoff, honouring Retry-After.
//
// API reference: https://clinicaltrials.gov/data-api/api
package ctgov

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/litwatch/litwatch/crawler"
	"github.com/litwatch/litwatch/store"
)

// Defaults and limits for Config.
const (
	DefaultBaseURL  = "https://clinicaltrials.gov/api/v2/"
	DefaultPageSize = 100
	// MaxPageSize is the largest pageSize the API accepts.
	MaxPageSize = 1000
	// DefaultRate is the request rate (per second) the caller should give
	// this source's Fetcher.
	DefaultRate = 1.0
)

// Defaults are ClinicalTrials.gov's rate and the bounds of its settings:
// the API asks for at most one request a second.
func Defaults() crawler.Defaults {
	return crawler.Defaults{Rate: DefaultRate, MaxRate: DefaultRate, MaxPageSize: MaxPageSize}
}

// maxEmptyPages is how many pages in a row may come without studies but
// with a nextPageToken before Fetch gives up. The API documents that a
// page may be empty; an endless run of them is a fault.
const maxEmptyPages = 5

// Config configures the ClinicalTrials.gov source.
type Config struct {
	BaseURL  string // default "https://clinicaltrials.gov/api/v2/"; with or without trailing slash
	Query    string // query.term, in the API's Essie search syntax
	PageSize int    // studies per request, default 100, at most 1000
}

// Source fetches study records from ClinicalTrials.gov. It implements
// crawler.Source.
type Source struct {
	cfg  Config
	base *url.URL // with trailing slash
	f    *crawler.Fetcher
	log  *slog.Logger
}

var _ crawler.Source = (*Source)(nil)

// New validates cfg, fills in its defaults and returns the source. All its
// requests go through f, which should be limited to DefaultRate. A nil log
// discards log output. Errors name the bad Config field.
func New(cfg Config, f *crawler.Fetcher, log *slog.Logger) (*Source, error) {
	if f == nil {
		return nil, errors.New("clinicaltrials: nil Fetcher")
	}
	cfg.Query = strings.TrimSpace(cfg.Query)
	if cfg.Query == "" {
		return nil, errors.New("clinicaltrials: Config.Query is empty")
	}
	base, err := crawler.ParseBaseURL(SourceName, cfg.BaseURL, DefaultBaseURL)
	if err != nil {
		return nil, err
	}
	if cfg.PageSize, err = crawler.PageSize(SourceName, "PageSize", cfg.PageSize, DefaultPageSize, MaxPageSize); err != nil {
		return nil, err
	}
	return &Source{cfg: cfg, base: base, f: f, log: crawler.Logger(log)}, nil
}

// Name returns "clinicaltrials".
func (s *Source) Name() string { return SourceName }

// Fetch delivers every study matching the query whose last update was
// posted within w (inclusive days, UTC) to emit, one page per batch, each
// NCT number at most once. It stops with an error if a page cannot be
// fetched or read, if emit fails, or if the page tokens go round in a
// loop.
func (s *Source) Fetch(ctx context.Context, w crawler.Window, emit crawler.Emit) error {
	if emit == nil {
		return errors.New("clinicaltrials: nil Emit")
	}
	from, to, err := crawler.CheckWindow(SourceName, w, time.DateOnly)
	if err != nil {
		return err
	}
	log := s.log.With("from", ymd(from), "to", ymd(to))

	pages := crawler.NewPages("clinicaltrials studies", s.cfg.PageSize)
	pages.MaxEmptyPages = maxEmptyPages
	var (
		token     string
		delivered int
		outside   int
	)
	for {
		page := pages.Page() + 1
		if err := ctx.Err(); err != nil {
			return fmt.Errorf("clinicaltrials studies: page %d: %w", page, err)
		}
		body, err := s.f.Get(ctx, s.studiesURL(from, to, token))
		if err != nil {
			return fmt.Errorf("clinicaltrials studies: page %d: %w", page, err)
		}
		p, err := parseStudies(body)
		if err != nil {
			return fmt.Errorf("clinicaltrials studies: page %d: %w", page, err)
		}
		if page == 1 && p.total != nil {
			pages.Announce(*p.total)
			log.Info("clinicaltrials search", "total", *p.total)
		}
		recs, next := p.recs, p.next
		keys := make([]string, len(recs))
		for i, r := range recs {
			keys[i] = r.NCT
		}
		fresh, err := pages.Add(keys)
		if err != nil {
			return err
		}
		var batch []store.Record
		for i, r := range recs {
			if !fresh[i] {
				continue
			}
			// The API ignores filters when query.term holds only NCT
			// numbers; keep the window anyway.
			if !r.EntryDate.IsZero() && (r.EntryDate.Before(from) || r.EntryDate.After(to)) {
				outside++
				continue
			}
			batch = append(batch, r)
		}
		log.Debug("clinicaltrials page", "page", page, "studies", len(recs), "new", len(batch), "next_token", next)
		if len(batch) > 0 {
			if err := emit(ctx, batch); err != nil {
				return fmt.Errorf("clinicaltrials: emit page %d: %w", page, err)
			}
			delivered += len(batch)
		}
		more, err := pages.Next(token, next)
		if err != nil {
			return err
		}
		if !more {
			break
		}
		token = next
	}
	if outside > 0 {
		log.Warn("clinicaltrials: studies outside the window were dropped", "studies", outside)
	}
	// Fewer distinct studies than the search counted means some were lost
	// between pages: fail, so the watermark stays and the next run asks
	// again (what was delivered is stored already).
	if err := pages.Done(); err != nil {
		return err
	}
	page := pages.Page()
	log.Info("clinicaltrials fetch done", "records", delivered, "pages", page)
	return nil
}

// studiesURL is the request for one page: the first (token "") asks for
// the total count; later ones repeat the same parameters with pageToken,
// as the API requires. Spaces are sent as %20, not "+".
func (s *Source) studiesURL(from, to time.Time, token string) string {
	v := url.Values{}
	v.Set("query.term", s.cfg.Query)
	v.Set("filter.advanced", "AREA[LastUpdatePostDate]RANGE["+ymd(from)+","+ymd(to)+"]")
	v.Set("pageSize", strconv.Itoa(s.cfg.PageSize))
	v.Set("format", "json")
	if token == "" {
		v.Set("countTotal", "true")
	} else {
		v.Set("pageToken", token)
	}
	return crawler.Endpoint(s.base, "studies", strings.ReplaceAll(v.Encode(), "+", "%20"))
}

// ymd formats a day the way the API's date fields take it.
func ymd(t time.Time) string { return t.Format(time.DateOnly) }
