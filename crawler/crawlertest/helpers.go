package crawlertest

import (
	"bytes"
	"context"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/litwatch/litwatch/crawler"
	"github.com/litwatch/litwatch/store"
)

// Testdata returns the contents of testdata/name, failing tb if it cannot
// be read.
func Testdata(tb testing.TB, name string) []byte {
	tb.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		tb.Fatal(err)
	}
	return b
}

// Fetcher returns a fast Fetcher for tests: no real pacing, two retries
// with millisecond backoffs. mod, if not nil, adjusts its configuration
// first. A nil log discards log output.
func Fetcher(tb testing.TB, log *slog.Logger, mod func(*crawler.FetcherConfig)) *crawler.Fetcher {
	tb.Helper()
	cfg := crawler.FetcherConfig{
		UserAgent:   "litwatch-test/0.1 (+mailto:test@example.org)",
		Rate:        1000,
		Burst:       100,
		Timeout:     5 * time.Second,
		MaxRetries:  2,
		BaseBackoff: time.Millisecond,
		MaxBackoff:  2 * time.Millisecond,
	}
	if mod != nil {
		mod(&cfg)
	}
	f, err := crawler.NewFetcher(cfg, log)
	if err != nil {
		tb.Fatal(err)
	}
	return f
}

// LogBuffer is a log sink safe for concurrent writers (a source and its
// Fetcher's goroutines).
type LogBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *LogBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

// String returns what was logged so far.
func (l *LogBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// Logger returns a logger writing text at debug level into l.
func (l *LogBuffer) Logger() *slog.Logger {
	return slog.New(slog.NewTextHandler(l, &slog.HandlerOptions{Level: slog.LevelDebug}))
}

// Collect returns an Emit that appends a copy of every batch to batches.
func Collect(batches *[][]store.Record) crawler.Emit {
	return func(_ context.Context, b []store.Record) error {
		*batches = append(*batches, slices.Clone(b))
		return nil
	}
}

// Flatten returns the records of batches, in order.
func Flatten(batches [][]store.Record) []store.Record {
	var out []store.Record
	for _, b := range batches {
		out = append(out, b...)
	}
	return out
}

// Scripted is a test server that hands each request to a script with
// its number; see Script and Replay.
type Scripted struct {
	URL string // the server's base URL, without a trailing slash

	mu      sync.Mutex
	queries []url.Values
}

// Script starts a server, closed when the test ends, that answers each
// request with h, giving it the request's number (1, 2, …).
func Script(tb testing.TB, h func(n int, w http.ResponseWriter, r *http.Request)) *Scripted {
	tb.Helper()
	sc := &Scripted{}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		sc.mu.Lock()
		sc.queries = append(sc.queries, r.URL.Query())
		n := len(sc.queries)
		sc.mu.Unlock()
		h(n, w, r)
	}))
	tb.Cleanup(srv.Close)
	sc.URL = srv.URL
	return sc
}

// Replay starts a Script that answers the given bodies in turn with
// status 200, whatever the request's path. A request past the last body
// fails the test.
func Replay(tb testing.TB, bodies ...string) *Scripted {
	tb.Helper()
	return Script(tb, func(n int, w http.ResponseWriter, r *http.Request) {
		if n > len(bodies) {
			tb.Errorf("unexpected request %d: %s", n, r.URL)
			http.Error(w, "no more", http.StatusGone)
			return
		}
		w.Write([]byte(bodies[n-1]))
	})
}

// Count is the number of requests received so far.
func (sc *Scripted) Count() int {
	sc.mu.Lock()
	defer sc.mu.Unlock()
	return len(sc.queries)
}

// Queries returns the query parameters of the requests received so far,
// in order.
func (sc *Scripted) Queries() []url.Values {
	sc.mu.Lock()
	defer sc.mu.Unlock()
	return slices.Clone(sc.queries)
}

// TestdataFiles returns the contents of the files in testdata matching
// pattern (filepath.Match syntax), leaving out notes (*.md), for seeding
// a fuzz corpus. It fails tb if there are none.
func TestdataFiles(tb testing.TB, pattern string) [][]byte {
	tb.Helper()
	files, err := filepath.Glob(filepath.Join("testdata", pattern))
	if err != nil || len(files) == 0 {
		tb.Fatalf("no testdata: %v", err)
	}
	var out [][]byte
	for _, name := range files {
		if strings.HasSuffix(name, ".md") {
			continue
		}
		b, err := os.ReadFile(name)
		if err != nil {
			tb.Fatal(err)
		}
		out = append(out, b)
	}
	return out
}

// Get sends GET u and returns the response's status, Content-Type and
// body. It fails t if the request cannot be made or the body read.
func Get(t testing.TB, u string) (status int, contentType string, body []byte) {
	t.Helper()
	res, err := http.Get(u)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	body, err = io.ReadAll(res.Body)
	if err != nil {
		t.Fatalf("GET %s: reading the body: %v", u, err)
	}
	return res.StatusCode, res.Header.Get("Content-Type"), body
}

// RefusesBadFetch checks that src.Fetch refuses a window without From or
// To, a window that ends before it starts, and a nil Emit, with an error
// and before making any request.
func RefusesBadFetch(t *testing.T, src crawler.Source) {
	t.Helper()
	day := time.Date(2025, 1, 2, 0, 0, 0, 0, time.UTC)
	discard := func(context.Context, []store.Record) error { return nil }
	for _, tc := range []struct {
		name string
		w    crawler.Window
	}{
		{"without From", crawler.Window{To: day}},
		{"without To", crawler.Window{From: day}},
		{"ending before it starts", crawler.Window{From: day, To: day.AddDate(0, 0, -1)}},
	} {
		if err := src.Fetch(context.Background(), tc.w, discard); err == nil {
			t.Errorf("%s: Fetch accepted a window %s", src.Name(), tc.name)
		}
	}
	if err := src.Fetch(context.Background(), crawler.Window{From: day, To: day}, nil); err == nil {
		t.Errorf("%s: Fetch accepted a nil Emit", src.Name())
	}
}
