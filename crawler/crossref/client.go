// Package crossref is litwatch's Crossref source. It searches the Crossref
// REST API for works indexed in a date window (query.bibliographic plus
// from-index-date/until-index-date, cursor paging), looks up single works
// by DOI, and finds the notices (retractions, corrections, expressions of
// concern, …) that update a DOI, including those Crossref carries from the
// Retraction Watch database.
//
// Politeness: every request carries mailto (Crossref's "polite pool"), so
// Config.Mailto is required. Crossref limits list and search queries
// (/works?…) to about one request a second and single-DOI lookups to a few
// a second, one connection at a time (x-rate-limit-* headers). The
// Fetcher given to New should therefore be dedicated to Crossref and made
// with FetcherConfig{Rate: 1, Burst: 1}; the Fetcher retries 429 and 5xx
// with backoff and honours Retry-After.
//
// API documentation: https://github.com/CrossRef/rest-api-doc and
// https://www.crossref.org/documentation/retrieve-metadata/rest-api/
package crossref

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/url"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/litwatch/litwatch/crawler"
	"github.com/litwatch/litwatch/store"
)

// Defaults and limits for Config.
const (
	DefaultBaseURL = "https://api.crossref.org/"
	DefaultRows    = 100
	// MaxRows is the largest rows value the API accepts.
	MaxRows = 1000
)

// Defaults are Crossref's rate and the bounds of its settings: about one
// request a second for lists, a few for single works.
func Defaults() crawler.Defaults {
	return crawler.Defaults{Rate: 1, MaxRate: 5, MaxPageSize: MaxRows}
}

// Config configures the Crossref source.
type Config struct {
	BaseURL string // default "https://api.crossref.org/"; with or without trailing slash
	Query   string // query.bibliographic for Fetch; may be empty when the source is used only for Work and Updates
	Mailto  string // contact e-mail sent as mailto on every request (required)
	Rows    int    // works per page, default 100, at most 1000
}

// Source fetches works from the Crossref REST API. It implements
// crawler.Source.
type Source struct {
	cfg  Config
	base *url.URL // with trailing slash
	f    *crawler.Fetcher
	log  *slog.Logger
}

var _ crawler.Source = (*Source)(nil)

// New validates cfg, fills in its defaults and returns the source. All its
// requests go through f (see the package doc for the rate to give it). A
// nil log discards log output.
func New(cfg Config, f *crawler.Fetcher, log *slog.Logger) (*Source, error) {
	if f == nil {
		return nil, errors.New("crossref: nil Fetcher")
	}
	base, err := crawler.ParseBaseURL(SourceName, cfg.BaseURL, DefaultBaseURL)
	if err != nil {
		return nil, err
	}
	cfg.Mailto = strings.TrimSpace(cfg.Mailto)
	if cfg.Mailto == "" {
		return nil, errors.New("crossref: Config.Mailto is empty; Crossref asks API users for a contact address (the polite pool)")
	}
	if strings.ContainsAny(cfg.Mailto, " \t\r\n") || !strings.Contains(cfg.Mailto, "@") {
		return nil, fmt.Errorf("crossref: Config.Mailto %q is not an e-mail address", cfg.Mailto)
	}
	cfg.Query = crawler.NormalizeSpace(cfg.Query)
	if cfg.Rows, err = crawler.PageSize(SourceName, "Rows", cfg.Rows, DefaultRows, MaxRows); err != nil {
		return nil, err
	}
	return &Source{cfg: cfg, base: base, f: f, log: crawler.Logger(log)}, nil
}

// Name returns "crossref".
func (s *Source) Name() string { return SourceName }

// Fetch delivers every work matching Config.Query that Crossref indexed
// within w (inclusive days, UTC; Crossref's recommended filter for
// incremental harvesting) to emit, one page at a time, each DOI at most
// once. It pages with cursor=* / next-cursor until a page comes back empty
// or shorter than Rows. The index date moves whenever Crossref re-indexes
// a work, so a window also brings back older works that changed — a new
// retraction notice linked to an old paper, for example.
func (s *Source) Fetch(ctx context.Context, w crawler.Window, emit crawler.Emit) error {
	if emit == nil {
		return errors.New("crossref: nil Emit")
	}
	if s.cfg.Query == "" {
		return errors.New("crossref: Config.Query is empty; Fetch needs a query")
	}
	from, to, err := crawler.CheckWindow(SourceName, w, time.DateOnly)
	if err != nil {
		return err
	}
	v := url.Values{}
	v.Set("query.bibliographic", s.cfg.Query)
	v.Set("filter", "from-index-date:"+ymd(from)+",until-index-date:"+ymd(to))
	log := s.log.With("from", ymd(from), "to", ymd(to))

	var seen crawler.Seen // DOIs
	emitted := 0
	pages, err := s.pages(ctx, "crossref works", v, func(ctx context.Context, ws []parsedWork) error {
		batch := make([]store.Record, 0, len(ws))
		for _, pw := range ws {
			if seen.Add(pw.rec.DOI) {
				batch = append(batch, pw.rec)
			}
		}
		if len(batch) == 0 {
			return nil
		}
		if err := emit(ctx, batch); err != nil {
			return fmt.Errorf("crossref: emit batch: %w", err)
		}
		emitted += len(batch)
		return nil
	})
	if err != nil {
		return err
	}
	log.Info("crossref fetch done", "records", emitted, "duplicates", seen.Dupes(), "pages", pages)
	return nil
}

// Work returns the work with the given DOI (GET works/{doi}). A DOI
// Crossref does not know — including DOIs of other registration agencies
// such as DataCite — gives false and no error.
func (s *Source) Work(ctx context.Context, doi string) (store.Record, bool, error) {
	pw, ok, err := s.work(ctx, doi)
	if err != nil || !ok {
		return store.Record{}, ok, err
	}
	return pw.rec, true, nil
}

func (s *Source) work(ctx context.Context, doi string) (parsedWork, bool, error) {
	d := store.NormDOI(doi)
	if d == "" {
		return parsedWork{}, false, fmt.Errorf("crossref work: %q is not a DOI", doi)
	}
	body, err := s.f.Get(ctx, s.workURL(d))
	if err != nil {
		var he *crawler.HTTPError
		if errors.As(err, &he) && he.Status == 404 && !crawler.IsHTMLPage([]byte(strings.TrimSpace(he.Body))) {
			s.log.Debug("crossref work not found", "doi", d)
			return parsedWork{}, false, nil
		}
		return parsedWork{}, false, fmt.Errorf("crossref work %s: %w", d, apiError(err))
	}
	ws, _, _, err := parseWorks(body)
	if err != nil {
		return parsedWork{}, false, fmt.Errorf("crossref work %s: %w", d, err)
	}
	if len(ws) != 1 {
		return parsedWork{}, false, fmt.Errorf("crossref work %s: got %d works, want 1", d, len(ws))
	}
	if ws[0].rec.DOI != d {
		// Crossref answers for an alias with the work's own DOI.
		s.log.Debug("crossref work answered under another DOI", "asked", d, "got", ws[0].rec.DOI)
	}
	return ws[0], true, nil
}

// Update is a notice that updates a work: a retraction, correction,
// erratum, expression of concern, withdrawal, new version, … .
type Update struct {
	NoticeDOI string // the notice's DOI
	// Type is the update type as Crossref names it: "retraction",
	// "partial_retraction", "correction", "corrigendum", "erratum",
	// "expression_of_concern", "withdrawal", "removal", "new_version",
	// "new_edition", "addendum", "clarification", … .
	Type string
	// Source is who asserted the update: "publisher" (a Crossmark
	// deposit) or "retraction-watch" (the Retraction Watch database).
	Source string
	Label  string    // as displayed, e.g. "Retraction", "Expression of concern"
	Date   time.Time // when the update was made (UTC); zero if not given
	// Record is the notice itself when Crossref has it as a work; when the
	// update is known only from the updated work's updated-by list, only
	// its DOI and Source are set.
	Record store.Record
}

// Updates returns the notices that update the given DOI, oldest first. It
// asks for the works whose update-to names the DOI
// (works?filter=updates:{doi}, cursor-paged) and also reads the DOI's own
// updated-by list (works/{doi}), which holds Retraction Watch updates
// whose notice Crossref does not have as a work. An update asserted by
// both the publisher and Retraction Watch is listed once per source. A
// DOI Crossref does not know has no updates.
func (s *Source) Updates(ctx context.Context, doi string) ([]Update, error) {
	d := store.NormDOI(doi)
	if d == "" {
		return nil, fmt.Errorf("crossref updates: %q is not a DOI", doi)
	}
	var (
		ups     []Update
		seen    = make(map[[3]string]bool)
		notices = make(map[string]store.Record)
	)
	add := func(e updateEntry, rec store.Record) {
		u := Update{
			NoticeDOI: store.NormDOI(e.DOI),
			Type:      strings.ToLower(strings.TrimSpace(e.Type)),
			Source:    strings.TrimSpace(e.Source),
			Label:     crawler.NormalizeSpace(e.Label),
			Date:      e.Updated.time(),
			Record:    rec,
		}
		if u.NoticeDOI == "" || u.Type == "" {
			return
		}
		key := [3]string{u.NoticeDOI, u.Type, u.Source}
		if seen[key] {
			return
		}
		seen[key] = true
		ups = append(ups, u)
	}

	// A comma would split the filter value, so such DOIs rely on
	// updated-by alone.
	if !strings.Contains(d, ",") {
		v := url.Values{}
		v.Set("filter", "updates:"+d)
		_, err := s.pages(ctx, "crossref updates "+d, v, func(_ context.Context, ws []parsedWork) error {
			for _, pw := range ws {
				notices[pw.rec.DOI] = pw.rec
				for _, e := range pw.wire.UpdateTo {
					if store.NormDOI(e.DOI) == d {
						e.DOI = pw.rec.DOI
						add(e, pw.rec)
					}
				}
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
	}

	pw, ok, err := s.work(ctx, d)
	if err != nil {
		return nil, fmt.Errorf("crossref updates %s: %w", d, err)
	}
	if ok {
		for _, e := range pw.wire.UpdatedBy {
			n := store.NormDOI(e.DOI)
			rec, known := notices[n]
			if !known {
				rec = store.Record{Source: SourceName, DOI: n}
			}
			add(e, rec)
		}
	}
	sort.SliceStable(ups, func(i, j int) bool {
		a, b := ups[i], ups[j]
		if !a.Date.Equal(b.Date) {
			return a.Date.Before(b.Date)
		}
		if a.NoticeDOI != b.NoticeDOI {
			return a.NoticeDOI < b.NoticeDOI
		}
		if a.Type != b.Type {
			return a.Type < b.Type
		}
		return a.Source < b.Source
	})
	s.log.Debug("crossref updates", "doi", d, "updates", len(ups))
	return ups, nil
}

// pages runs a cursor-paged works query (v plus rows, cursor and mailto)
// and hands each page's works to fn. It stops after a page that is empty
// or shorter than Rows, as the API documentation prescribes, or that has
// no next-cursor. A repeated next-cursor is normal (the Elasticsearch
// scroll behind the API keeps one id per scroll), so a stalled scroll is
// detected by a full page holding only DOIs already received instead; that
// and running far past total-results are errors, so a broken scroll never
// looks like a complete one. It returns the number of pages read.
func (s *Source) pages(ctx context.Context, what string, v url.Values, fn func(context.Context, []parsedWork) error) (int, error) {
	pages := crawler.NewPages(what, s.cfg.Rows)
	// The scroll id behind the cursor may repeat; a stalled scroll is a
	// page that brings only DOIs already received.
	pages.SameCursorOK = true
	cursor := "*"
	for {
		page := pages.Page() + 1
		if err := ctx.Err(); err != nil {
			return page - 1, fmt.Errorf("%s: %w", what, err)
		}
		v.Set("rows", strconv.Itoa(s.cfg.Rows))
		v.Set("cursor", cursor)
		body, err := s.f.Get(ctx, s.endpoint("works", v))
		if err != nil {
			return page - 1, fmt.Errorf("%s page %d: %w", what, page, apiError(err))
		}
		ws, next, total, err := parseWorks(body)
		if err != nil {
			return page - 1, fmt.Errorf("%s page %d: %w", what, page, err)
		}
		if total > 0 || len(ws) == 0 { // total-results is 0 when absent
			pages.Announce(total)
		}
		keys := make([]string, len(ws))
		for i, pw := range ws {
			keys[i] = pw.rec.DOI
		}
		fresh, err := pages.Add(keys)
		if err != nil {
			return page, err
		}
		var batch []parsedWork
		for i, pw := range ws {
			if fresh[i] {
				batch = append(batch, pw)
			}
		}
		s.log.Debug("crossref page", "what", what, "page", page, "items", len(ws), "new", len(batch), "total", total)
		if len(batch) > 0 {
			if err := fn(ctx, batch); err != nil {
				return page, err
			}
		}
		more, err := pages.Next(cursor, next)
		if err != nil {
			return page, err
		}
		if len(ws) < s.cfg.Rows { // a short page is the last, as the API documents
			more = false
		}
		if !more {
			return page, pages.Done()
		}
		cursor = next
	}
}

// params are those every request carries.
func (s *Source) params(v url.Values) url.Values {
	if v == nil {
		v = url.Values{}
	}
	v.Set("mailto", s.cfg.Mailto)
	return v
}

func (s *Source) endpoint(path string, v url.Values) string {
	return crawler.Endpoint(s.base, path, s.params(v).Encode())
}

// workURL is works/{doi}, each DOI segment percent-encoded and its
// slashes kept.
func (s *Source) workURL(doi string) string {
	segs := strings.Split(doi, "/")
	for i, seg := range segs {
		segs[i] = url.PathEscape(seg)
	}
	u := *s.base
	u.Path = s.base.Path + "works/" + doi
	u.RawPath = s.base.EscapedPath() + "works/" + strings.Join(segs, "/")
	u.RawQuery = s.params(nil).Encode()
	return u.String()
}

// ymd formats a day the way Crossref filters take dates.
func ymd(t time.Time) string { return t.Format(time.DateOnly) }
