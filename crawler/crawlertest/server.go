// Package crawlertest holds what litwatch's fake source servers
// (pubmedtest, europepmctest, ctgovtest, crossreftest, openalextest) and
// the sources' tests share: a Recorder that logs requests and can make a
// server fail, small helpers for fake JSON APIs, and test helpers (a fast
// Fetcher, a log buffer, a server replaying fixed bodies).
package crawlertest

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync"
	"testing"
	"unicode"
)

// Recorder records the URL of every request a fake server receives and
// can make every request fail. Its methods are safe for concurrent use.
type Recorder struct {
	// Fail writes the answer to a request while the Recorder is failing;
	// nil answers http.Error with the status text. Set it before serving.
	Fail func(w http.ResponseWriter, status int)

	mu       sync.Mutex
	requests []*url.URL
	failing  int
}

// SetFailing makes every request answer status (0 = healthy again).
func (rec *Recorder) SetFailing(status int) {
	rec.mu.Lock()
	defer rec.mu.Unlock()
	rec.failing = status
}

// Requests returns copies of the URLs requested so far, in order.
func (rec *Recorder) Requests() []*url.URL {
	rec.mu.Lock()
	defer rec.mu.Unlock()
	out := make([]*url.URL, len(rec.requests))
	for i, u := range rec.requests {
		c := *u
		out[i] = &c
	}
	return out
}

// Wrap returns a handler that records each request's URL, then answers it
// with the failure while failing and with h otherwise.
func (rec *Recorder) Wrap(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		rec.mu.Lock()
		u := *r.URL
		rec.requests = append(rec.requests, &u)
		failing := rec.failing
		rec.mu.Unlock()

		if failing == 0 {
			h.ServeHTTP(w, r)
			return
		}
		if rec.Fail != nil {
			rec.Fail(w, failing)
			return
		}
		http.Error(w, http.StatusText(failing), failing)
	})
}

// Start starts an httptest server answering with h wrapped by Wrap; it is
// closed when the test ends.
func (rec *Recorder) Start(tb testing.TB, h http.Handler) *httptest.Server {
	tb.Helper()
	srv := httptest.NewServer(rec.Wrap(h))
	tb.Cleanup(srv.Close)
	return srv
}

// WriteJSON answers status with v as a JSON body (500 if v cannot be
// encoded).
func WriteJSON(w http.ResponseWriter, status int, v any) {
	b, err := json.Marshal(v)
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_, _ = w.Write(b)
}

// Words are the lower-cased letter-and-digit runs of s, the terms a fake
// search compares.
func Words(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
}

// MatchAny reports whether text (Words joined by single spaces) holds any
// of terms as a whole word; no terms match everything.
func MatchAny(text string, terms []string) bool {
	if len(terms) == 0 {
		return true
	}
	padded := " " + text + " "
	for _, t := range terms {
		if strings.Contains(padded, " "+t+" ") {
			return true
		}
	}
	return false
}

// Page returns the page of all that starts at offset and holds at most n
// items (never nil, so it encodes as a JSON array), and the offset after
// it.
func Page[T any](all []T, offset, n int) (page []T, end int) {
	start := min(max(offset, 0), len(all))
	end = min(start+max(n, 0), len(all))
	page = all[start:end]
	if page == nil {
		page = []T{}
	}
	return page, end
}
