// Package europepmc is litwatch's Europe PMC source. It runs one search per
// date window on the Europe PMC Articles REST API, restricted to the
// records Europe PMC first indexed in the window:
//
//	GET {BaseURL}search?query=(<Query>) AND (FIRST_IDATE:[YYYY-MM-DD TO YYYY-MM-DD])
//	    &resultType=core&format=json&pageSize=<PageSize>&cursorMark=*[&email=<Email>]
//
// and follows nextCursorMark page by page through crawler.Pages until it is
// absent, repeats the cursor just sent (Solr's sign of the last page), a
// page comes back empty or hitCount records have been delivered, emitting
// each page's new records as one batch. A page of records already
// delivered, a cursor loop, paging past hitCount or a short delivery is an
// error. It turns the JSON into store.Records: PubMed (SRC:MED), PMC and
// preprint (SRC:PPR) records alike, so a work PubMed also delivers is
// merged with it in the store by PMID/DOI/PMCID.
//
// Europe PMC publishes no hard rate limit; the caller sets the Fetcher's
// rate. The optional email parameter lets Europe PMC contact a heavy user
// instead of blocking them.
//
// API reference: https://europepmc.org/RestfulWebService and
// https://europepmc.org/docs/EBI_Europe_PMC_Web_Service_Reference.pdf
package europepmc

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
	DefaultBaseURL  = "https://www.ebi.ac.uk/europepmc/webservices/rest/"
	DefaultPageSize = 100
	// MaxPageSize is the largest pageSize the search method accepts.
	MaxPageSize = 1000
)

// Defaults are Europe PMC's rate and the bounds of its settings: it
// publishes no hard limit, and 2 requests a second is polite.
func Defaults() crawler.Defaults {
	return crawler.Defaults{Rate: 2, MaxRate: 10, MaxPageSize: MaxPageSize}
}

// Config configures the Europe PMC source.
type Config struct {
	BaseURL  string // default "https://www.ebi.ac.uk/europepmc/webservices/rest/"; with or without trailing slash
	Query    string // Europe PMC search syntax; litwatch adds the FIRST_IDATE window
	Email    string // optional contact e-mail, sent as the email parameter
	PageSize int    // results per request, default 100, at most 1000
}

// Source fetches records from Europe PMC. It implements crawler.Source.
type Source struct {
	cfg  Config
	base *url.URL // with trailing slash
	f    *crawler.Fetcher
	log  *slog.Logger
}

var _ crawler.Source = (*Source)(nil)

// New validates cfg, fills in its defaults and returns the source. All its
// requests go through f. A nil log discards log output. Errors name the
// bad Config field.
func New(cfg Config, f *crawler.Fetcher, log *slog.Logger) (*Source, error) {
	if f == nil {
		return nil, errors.New("europepmc: nil Fetcher")
	}
	cfg.Query = strings.TrimSpace(cfg.Query)
	if cfg.Query == "" {
		return nil, errors.New("europepmc: Config.Query is empty")
	}
	base, err := crawler.ParseBaseURL(SourceName, cfg.BaseURL, DefaultBaseURL)
	if err != nil {
		return nil, err
	}
	cfg.Email = strings.TrimSpace(cfg.Email)
	if cfg.Email != "" && (strings.ContainsFunc(cfg.Email, isSpace) || !strings.Contains(cfg.Email, "@")) {
		return nil, fmt.Errorf("europepmc: Config.Email %q is not an e-mail address", cfg.Email)
	}
	if cfg.PageSize, err = crawler.PageSize(SourceName, "PageSize", cfg.PageSize, DefaultPageSize, MaxPageSize); err != nil {
		return nil, err
	}
	return &Source{cfg: cfg, base: base, f: f, log: crawler.Logger(log)}, nil
}

func isSpace(r rune) bool { return r == ' ' || r == '\t' || r == '\n' || r == '\r' }

// Name returns "europepmc".
func (s *Source) Name() string { return SourceName }

// Fetch delivers every record Europe PMC first indexed within w (inclusive
// days, UTC; FIRST_IDATE) and matching the query to emit, one page per
// batch. It stops with an error if a page cannot be fetched or read, if
// emit fails, or if the cursor marks go round in a loop.
func (s *Source) Fetch(ctx context.Context, w crawler.Window, emit crawler.Emit) error {
	if emit == nil {
		return errors.New("europepmc: nil Emit")
	}
	from, to, err := crawler.CheckWindow(SourceName, w, time.DateOnly)
	if err != nil {
		return err
	}
	query := s.windowQuery(from, to)
	log := s.log.With("from", ymd(from), "to", ymd(to))

	pages := crawler.NewPages("europepmc search", s.cfg.PageSize)
	pages.SameCursorEnds = true // Solr repeats the last cursorMark on the last page
	pages.StopAtTotal = true
	cursor := "*"
	delivered := 0
	for {
		page := pages.Page() + 1
		if err := ctx.Err(); err != nil {
			return fmt.Errorf("europepmc search: page %d: %w", page, err)
		}
		body, err := s.f.Get(ctx, s.searchURL(query, cursor))
		if err != nil {
			return fmt.Errorf("europepmc search: page %d: %w", page, err)
		}
		recs, next, hitCount, err := ParseSearch(body)
		if err != nil {
			return fmt.Errorf("europepmc search: page %d: %w", page, err)
		}
		if page == 1 {
			log.Info("europepmc search", "hits", hitCount)
		}
		pages.Announce(hitCount)
		keys := make([]string, len(recs))
		for i, r := range recs {
			keys[i] = workKey(r, page, i)
		}
		fresh, err := pages.Add(keys)
		if err != nil {
			return err
		}
		batch := recs[:0:0]
		for i, r := range recs {
			if fresh[i] {
				batch = append(batch, r)
			}
		}
		log.Debug("europepmc page", "page", page, "records", len(recs), "new", len(batch), "next_cursor", next)
		if len(batch) > 0 {
			if err := emit(ctx, batch); err != nil {
				return fmt.Errorf("europepmc: emit page %d: %w", page, err)
			}
			delivered += len(batch)
		}
		more, err := pages.Next(cursor, next)
		if err != nil {
			return err
		}
		if !more {
			break
		}
		cursor = next
	}
	// Fewer distinct records than the search counted means some were lost
	// between pages: fail, so the watermark stays and the next run asks
	// again (what was delivered is stored already).
	if err := pages.Done(); err != nil {
		return err
	}
	hits, page := pages.Total(), pages.Page()
	log.Info("europepmc fetch done", "records", delivered, "hits", hits, "pages", page)
	return nil
}

// windowQuery is the configured query restricted to records first indexed
// between from and to, inclusive.
func (s *Source) windowQuery(from, to time.Time) string {
	return "(" + s.cfg.Query + ") AND (FIRST_IDATE:[" + ymd(from) + " TO " + ymd(to) + "])"
}

// searchURL is the search request for one page. Spaces are sent as %20,
// not "+", so the query reads the same whichever way the server decodes.
// workKey identifies a record within one search: its first identifier, or
// its position when it has none.
func workKey(r store.Record, page, i int) string {
	for _, k := range []string{r.PMID, r.PMCID, r.DOI, r.PPR, r.Title} {
		if k != "" {
			return k
		}
	}
	return fmt.Sprintf("#%d.%d", page, i)
}

func (s *Source) searchURL(query, cursor string) string {
	v := url.Values{}
	v.Set("query", query)
	v.Set("resultType", "core")
	v.Set("format", "json")
	v.Set("pageSize", strconv.Itoa(s.cfg.PageSize))
	v.Set("cursorMark", cursor)
	if s.cfg.Email != "" {
		v.Set("email", s.cfg.Email)
	}
	return crawler.Endpoint(s.base, "search", strings.ReplaceAll(v.Encode(), "+", "%20"))
}

// ymd formats a day the way Europe PMC date fields take it.
func ymd(t time.Time) string { return t.Format(time.DateOnly) }
