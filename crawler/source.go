package crawler

// Helpers for the sources' New and Fetch: the checks every source makes on
// its Config and on the window it is asked for, with errors that start
// with the source's name.

import (
	"fmt"
	"log/slog"
	"net/url"
	"strings"
	"time"
)

// Defaults are the request rate a source is given unless a config says
// otherwise, and the bounds a config's settings for it are checked
// against. Each source package exports its own (pubmed.Defaults, ...).
type Defaults struct {
	Rate        float64 // requests a second
	MaxRate     float64 // the most requests a second a config may ask for
	MaxPageSize int     // the largest page (or batch) a config may ask for
}

// ParseBaseURL reads a source's Config.BaseURL, or def when raw is empty.
// It must be an absolute http(s) URL without a query, fragment or user
// info. The result ends with a slash, so endpoint paths can be appended to
// it (see Endpoint). Errors start with source.
func ParseBaseURL(source, raw, def string) (*url.URL, error) {
	if raw == "" {
		raw = def
	}
	base, err := url.Parse(raw)
	if err != nil {
		return nil, fmt.Errorf("%s: Config.BaseURL: %w", source, err)
	}
	if (base.Scheme != "http" && base.Scheme != "https") || base.Host == "" {
		return nil, fmt.Errorf("%s: Config.BaseURL %q is not an absolute http(s) URL", source, raw)
	}
	if base.RawQuery != "" || base.Fragment != "" || base.User != nil {
		return nil, fmt.Errorf("%s: Config.BaseURL %q must not have a query, fragment or user info", source, raw)
	}
	if !strings.HasSuffix(base.Path, "/") {
		base.Path += "/"
		base.RawPath = ""
	}
	return base, nil
}

// PageSize returns a source's page (or batch) size n from Config.<field>:
// def when n is 0, n itself within 1..max, and an error otherwise.
func PageSize(source, field string, n, def, max int) (int, error) {
	switch {
	case n == 0:
		return def, nil
	case n < 0 || n > max:
		return 0, fmt.Errorf("%s: Config.%s %d is outside 1..%d", source, field, n, max)
	}
	return n, nil
}

// Logger returns log, or a logger that discards its output when log is nil.
func Logger(log *slog.Logger) *slog.Logger {
	if log == nil {
		return slog.New(slog.DiscardHandler)
	}
	return log
}

// Endpoint is base (as ParseBaseURL returns it) with path appended and
// rawQuery (already encoded) as its query.
func Endpoint(base *url.URL, path, rawQuery string) string {
	u := *base
	u.Path += path
	u.RawPath = ""
	u.RawQuery = rawQuery
	return u.String()
}

// Day is t's calendar day in UTC, at midnight.
func Day(t time.Time) time.Time {
	y, m, d := t.UTC().Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

// CheckWindow checks the window a source's Fetch was given and returns its
// first and last days (see Day). Both ends must be set and To must not be
// before From. Errors start with source and show the days in layout, the
// source's date format.
func CheckWindow(source string, w Window, layout string) (from, to time.Time, err error) {
	if w.From.IsZero() || w.To.IsZero() {
		return time.Time{}, time.Time{}, fmt.Errorf("%s: window %v..%v has an unset end", source, w.From, w.To)
	}
	from, to = Day(w.From), Day(w.To)
	if to.Before(from) {
		return time.Time{}, time.Time{}, fmt.Errorf("%s: window ends (%s) before it starts (%s)", source, to.Format(layout), from.Format(layout))
	}
	return from, to, nil
}
