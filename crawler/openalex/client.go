// Package openalex is litwatch's optional OpenAlex source, enabled only
// when the user supplies an OpenAlex API key. It searches /works for works
// created in OpenAlex within a date window (search plus the
// from_created_date / to_created_date filters, which OpenAlex reserves to
// requests with an API key), paging with cursor=* / meta.next_cursor, and
// turns them into store.Records, rebuilding abstracts from OpenAlex's
// inverted index.
//
// Politeness and cost: OpenAlex allows up to 100 requests a second but
// charges each list or search request against the key's daily allowance,
// so large pages (per-page, default 100) keep the number of requests
// down; a Fetcher with a modest rate (a few requests a second) is plenty.
// The API key travels as the api_key query parameter; crawler.Fetcher
// redacts api_key= from the URLs it logs and puts in errors, and this
// package never logs a URL itself.
//
// API documentation: https://docs.openalex.org/ (developers.openalex.org).
package openalex

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/litwatch/litwatch/crawler"
	"github.com/litwatch/litwatch/internal/redact"
	"github.com/litwatch/litwatch/store"
)

// Defaults and limits for Config.
const (
	DefaultBaseURL = "https://api.openalex.org/"
	DefaultPerPage = 100
	// MaxPerPage is the largest per-page litwatch asks for. (OpenAlex's
	// older documentation allows 200; its newer developer guide lists 100.)
	MaxPerPage = 200
)

// Defaults are OpenAlex's rate and the bounds of its settings: it allows
// far more, but charges each request against the key's daily allowance.
func Defaults() crawler.Defaults {
	return crawler.Defaults{Rate: 3, MaxRate: 10, MaxPageSize: MaxPerPage}
}

// Config configures the OpenAlex source.
type Config struct {
	BaseURL string // default "https://api.openalex.org/"; with or without trailing slash
	Search  string // the search query (required)
	APIKey  string // OpenAlex API key (required); never logged
	Mailto  string // optional contact e-mail, sent as mailto
	PerPage int    // works per page, default 100, at most 200
}

// Source fetches works from OpenAlex. It implements crawler.Source.
type Source struct {
	cfg  Config
	base *url.URL // with trailing slash
	f    *crawler.Fetcher
	log  *slog.Logger
}

var _ crawler.Source = (*Source)(nil)

// New validates cfg, fills in its defaults and returns the source. It
// refuses to start without an API key. All requests go through f. A nil
// log discards log output.
func New(cfg Config, f *crawler.Fetcher, log *slog.Logger) (*Source, error) {
	if f == nil {
		return nil, errors.New("openalex: nil Fetcher")
	}
	cfg.APIKey = strings.TrimSpace(cfg.APIKey)
	if cfg.APIKey == "" {
		return nil, errors.New("openalex: no API key; the OpenAlex source needs one (Config.APIKey)")
	}
	if strings.ContainsAny(cfg.APIKey, " \t\r\n&#?") {
		return nil, errors.New("openalex: Config.APIKey contains spaces or URL delimiters")
	}
	cfg.Search = crawler.NormalizeSpace(cfg.Search)
	if cfg.Search == "" {
		return nil, errors.New("openalex: Config.Search is empty")
	}
	base, err := crawler.ParseBaseURL(SourceName, cfg.BaseURL, DefaultBaseURL)
	if err != nil {
		return nil, err
	}
	cfg.Mailto = strings.TrimSpace(cfg.Mailto)
	if strings.ContainsAny(cfg.Mailto, " \t\r\n") {
		return nil, fmt.Errorf("openalex: Config.Mailto %q contains spaces", cfg.Mailto)
	}
	if cfg.PerPage, err = crawler.PageSize(SourceName, "PerPage", cfg.PerPage, DefaultPerPage, MaxPerPage); err != nil {
		return nil, err
	}
	return &Source{cfg: cfg, base: base, f: f, log: crawler.Logger(log)}, nil
}

// Name returns "openalex".
func (s *Source) Name() string { return SourceName }

// Fetch delivers every work matching Config.Search that entered OpenAlex
// within w (created_date, inclusive days, UTC) to emit, one page at a
// time, each work at most once. It pages with cursor=* and
// meta.next_cursor until a page is empty or next_cursor is null.
func (s *Source) Fetch(ctx context.Context, w crawler.Window, emit crawler.Emit) error {
	if emit == nil {
		return errors.New("openalex: nil Emit")
	}
	from, to, err := crawler.CheckWindow(SourceName, w, time.DateOnly)
	if err != nil {
		return err
	}
	v := url.Values{}
	v.Set("search", s.cfg.Search)
	v.Set("filter", "from_created_date:"+ymd(from)+",to_created_date:"+ymd(to))
	v.Set("per-page", strconv.Itoa(s.cfg.PerPage))
	v.Set("api_key", s.cfg.APIKey)
	if s.cfg.Mailto != "" {
		v.Set("mailto", s.cfg.Mailto)
	}

	pages := crawler.NewPages("openalex works", s.cfg.PerPage)
	cursor := "*"
	emitted := 0
	for {
		page := pages.Page() + 1
		if err := ctx.Err(); err != nil {
			return fmt.Errorf("openalex works: %w", err)
		}
		v.Set("cursor", cursor)
		body, err := s.f.Get(ctx, s.endpoint("works", v))
		if err != nil {
			return s.redact(fmt.Errorf("openalex works page %d: %w", page, apiError(err)))
		}
		recs, next, err := ParseWorks(body)
		if err != nil {
			return s.redact(fmt.Errorf("openalex works page %d: %w", page, err))
		}
		if page == 1 {
			pages.Announce(metaCount(body))
		}
		keys := make([]string, len(recs))
		for i, r := range recs {
			keys[i] = key(r)
		}
		fresh, err := pages.Add(keys)
		if err != nil {
			return s.redact(err)
		}
		var batch []store.Record
		for i, r := range recs {
			if fresh[i] {
				batch = append(batch, r)
			}
		}
		s.log.Debug("openalex page", "page", page, "results", len(recs), "new", len(batch))
		if len(batch) > 0 {
			if err := emit(ctx, batch); err != nil {
				return fmt.Errorf("openalex: emit batch: %w", err)
			}
			emitted += len(batch)
		}
		more, err := pages.Next(cursor, next)
		if err != nil {
			return s.redact(err)
		}
		if !more {
			if err := pages.Done(); err != nil {
				return s.redact(err)
			}
			s.log.Info("openalex fetch done", "from", ymd(from), "to", ymd(to),
				"records", emitted, "count", pages.Total(), "pages", page)
			return nil
		}
		cursor = next
	}
}

// metaCount is the meta.count of a works list, or -1 when it has none.
func metaCount(body []byte) int {
	var l struct {
		Meta *struct {
			Count *int `json:"count"`
		} `json:"meta"`
	}
	if json.Unmarshal(body, &l) != nil || l.Meta == nil || l.Meta.Count == nil || *l.Meta.Count < 0 {
		return -1
	}
	return *l.Meta.Count
}

// key identifies a work within one Fetch: its DOI, else PMID, else
// OpenAlex id, else title; "" if it has none of them.
func key(r store.Record) string {
	switch {
	case r.DOI != "":
		return "doi:" + r.DOI
	case r.PMID != "":
		return "pmid:" + r.PMID
	case r.OpenAlex != "":
		return "w:" + r.OpenAlex
	case store.TitleKey(r.Title) != "":
		return "title:" + store.TitleKey(r.Title)
	}
	return ""
}

func (s *Source) endpoint(path string, v url.Values) string {
	return crawler.Endpoint(s.base, path, v.Encode())
}

// redact removes the API key from an error's text, wherever an error body
// or URL might have echoed it.
func (s *Source) redact(err error) error {
	return redact.New(s.cfg.APIKey).Error(err)
}

// ymd formats a day the way OpenAlex filters take dates.
func ymd(t time.Time) string { return t.Format(time.DateOnly) }
