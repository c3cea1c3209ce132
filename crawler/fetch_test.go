package crawler

import (
	"bytes"
	"context"
	"errors"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// testFetcher returns a fast Fetcher for tests; mod adjusts the config.
func testFetcher(t *testing.T, mod func(*FetcherConfig)) (*Fetcher, *bytes.Buffer) {
	t.Helper()
	cfg := FetcherConfig{
		UserAgent:   "litwatch-test/0.1 (+mailto:test@example.org)",
		Rate:        1000,
		Burst:       10,
		Timeout:     2 * time.Second,
		MaxRetries:  3,
		BaseBackoff: time.Millisecond,
		MaxBackoff:  5 * time.Millisecond,
	}
	if mod != nil {
		mod(&cfg)
	}
	var buf bytes.Buffer
	log := slog.New(slog.NewTextHandler(&lockedWriter{w: &buf}, &slog.HandlerOptions{Level: slog.LevelDebug}))
	f, err := NewFetcher(cfg, log)
	if err != nil {
		t.Fatalf("NewFetcher: %v", err)
	}
	return f, &buf
}

type lockedWriter struct {
	mu sync.Mutex
	w  *bytes.Buffer
}

func (l *lockedWriter) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.w.Write(p)
}

func TestGetRetriesAfter429HonouringRetryAfter(t *testing.T) {
	var n atomic.Int32
	var ua atomic.Value
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ua.Store(r.UserAgent())
		if n.Add(1) == 1 {
			w.Header().Set("Retry-After", "1") // capped to MaxBackoff below
			w.WriteHeader(http.StatusTooManyRequests)
			return
		}
		w.Write([]byte("ok body"))
	}))
	defer srv.Close()

	// MaxBackoff 150ms: Retry-After "1" must make the fetcher wait the cap,
	// far longer than the 1ms exponential backoff would.
	f, _ := testFetcher(t, func(c *FetcherConfig) { c.MaxBackoff = 150 * time.Millisecond })
	start := time.Now()
	body, err := f.Get(context.Background(), srv.URL+"/x")
	if err != nil {
		t.Fatalf("Get: %v", err)
	}
	if string(body) != "ok body" {
		t.Errorf("body = %q", body)
	}
	if got := n.Load(); got != 2 {
		t.Errorf("requests = %d, want 2", got)
	}
	if el := time.Since(start); el < 150*time.Millisecond {
		t.Errorf("returned after %v; Retry-After (capped at 150ms) not honoured", el)
	}
	if got := ua.Load(); got != "litwatch-test/0.1 (+mailto:test@example.org)" {
		t.Errorf("User-Agent = %q", got)
	}
}

func TestGet503ExhaustsRetries(t *testing.T) {
	var n atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		n.Add(1)
		http.Error(w, "upstream down", http.StatusServiceUnavailable)
	}))
	defer srv.Close()

	f, _ := testFetcher(t, func(c *FetcherConfig) { c.MaxRetries = 2 })
	_, err := f.Get(context.Background(), srv.URL+"/busy")
	var he *HTTPError
	if !errors.As(err, &he) {
		t.Fatalf("err = %v, want *HTTPError", err)
	}
	if he.Status != http.StatusServiceUnavailable {
		t.Errorf("status = %d", he.Status)
	}
	if !strings.Contains(err.Error(), "503") || !strings.Contains(err.Error(), "/busy") {
		t.Errorf("error %q does not name the status and URL", err)
	}
	if !strings.Contains(he.Body, "upstream down") {
		t.Errorf("body = %q", he.Body)
	}
	if got := n.Load(); got != 3 {
		t.Errorf("requests = %d, want 3 (1 + 2 retries)", got)
	}
}

func TestGet404NotRetried(t *testing.T) {
	var n atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		n.Add(1)
		w.WriteHeader(http.StatusNotFound)
		w.Write([]byte(strings.Repeat("x", 2000)))
	}))
	defer srv.Close()

	f, _ := testFetcher(t, nil)
	_, err := f.Get(context.Background(), srv.URL+"/missing")
	var he *HTTPError
	if !errors.As(err, &he) || he.Status != http.StatusNotFound {
		t.Fatalf("err = %v, want HTTPError 404", err)
	}
	if len(he.Body) != 512 {
		t.Errorf("HTTPError.Body has %d bytes, want the first 512", len(he.Body))
	}
	if got := n.Load(); got != 1 {
		t.Errorf("requests = %d, want 1", got)
	}
}

func TestGetBodyOverCap(t *testing.T) {
	const limit = 100
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		size := limit + 1
		if r.URL.Path == "/exact" {
			size = limit
		}
		body := bytes.Repeat([]byte("a"), size)
		if r.URL.Query().Get("chunked") == "1" {
			// No Content-Length: the size is only known while reading.
			w.Write(body[:10])
			w.(http.Flusher).Flush()
			w.Write(body[10:])
			return
		}
		w.Header().Set("Content-Length", "101")
		if size == limit {
			w.Header().Set("Content-Length", "100")
		}
		w.Write(body)
	}))
	defer srv.Close()

	f, _ := testFetcher(t, func(c *FetcherConfig) { c.MaxBodyBytes = limit })
	for _, path := range []string{"/big", "/big?chunked=1"} {
		body, err := f.Get(context.Background(), srv.URL+path)
		if !errors.Is(err, ErrBodyTooLarge) {
			t.Errorf("%s: err = %v, body %d bytes; want ErrBodyTooLarge", path, err, len(body))
		}
	}
	for _, path := range []string{"/exact", "/exact?chunked=1"} {
		body, err := f.Get(context.Background(), srv.URL+path)
		if err != nil || len(body) != limit {
			t.Errorf("%s: %d bytes, err %v; want exactly %d bytes", path, len(body), err, limit)
		}
	}
}

func TestGetCancelDuringRetryAfterWait(t *testing.T) {
	var n atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		n.Add(1)
		w.Header().Set("Retry-After", "3600")
		w.WriteHeader(http.StatusTooManyRequests)
	}))
	defer srv.Close()

	f, _ := testFetcher(t, func(c *FetcherConfig) { c.MaxBackoff = time.Hour })
	ctx, cancel := context.WithCancel(context.Background())
	go func() {
		for n.Load() == 0 {
			time.Sleep(time.Millisecond)
		}
		time.Sleep(20 * time.Millisecond)
		cancel()
	}()
	done := make(chan error, 1)
	go func() {
		_, err := f.Get(ctx, srv.URL)
		done <- err
	}()
	select {
	case err := <-done:
		if !errors.Is(err, context.Canceled) {
			t.Errorf("err = %v, want context.Canceled", err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("Get did not return after ctx was cancelled during a 1h Retry-After wait")
	}
	if got := n.Load(); got != 1 {
		t.Errorf("requests = %d, want 1", got)
	}
}

func TestGetCancelInFlight(t *testing.T) {
	release := make(chan struct{})
	defer close(release)
	started := make(chan struct{}, 1)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		started <- struct{}{}
		select {
		case <-release:
		case <-r.Context().Done():
		}
	}))
	defer srv.Close()

	f, _ := testFetcher(t, func(c *FetcherConfig) { c.Timeout = time.Minute })
	ctx, cancel := context.WithCancel(context.Background())
	go func() {
		<-started
		cancel()
	}()
	start := time.Now()
	_, err := f.Get(ctx, srv.URL)
	if !errors.Is(err, context.Canceled) {
		t.Errorf("err = %v, want context.Canceled", err)
	}
	if el := time.Since(start); el > 5*time.Second {
		t.Errorf("in-flight request not cancelled promptly (%v)", el)
	}
}

func TestGetRateLimitBlocksExtraRequests(t *testing.T) {
	var n atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		n.Add(1)
	}))
	defer srv.Close()

	// One request per 1000 s: the first goes through on the burst token,
	// the second must wait and so fail on its short deadline without ever
	// reaching the server.
	f, _ := testFetcher(t, func(c *FetcherConfig) { c.Rate = 0.001; c.Burst = 1 })
	if _, err := f.Get(context.Background(), srv.URL); err != nil {
		t.Fatalf("first Get: %v", err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	if _, err := f.Get(ctx, srv.URL); err == nil {
		t.Fatal("second Get succeeded despite the rate limit")
	}
	if got := n.Load(); got != 1 {
		t.Errorf("server saw %d requests, want 1", got)
	}
}

func TestGetRateLimitSpacing(t *testing.T) {
	var (
		mu       sync.Mutex
		arrivals []time.Time
	)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		arrivals = append(arrivals, time.Now())
		mu.Unlock()
	}))
	defer srv.Close()

	const rps, reqs = 50, 6
	f, _ := testFetcher(t, func(c *FetcherConfig) { c.Rate = rps; c.Burst = 1 })
	start := time.Now()
	var wg sync.WaitGroup
	for range reqs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if _, err := f.Get(context.Background(), srv.URL); err != nil {
				t.Error(err)
			}
		}()
	}
	wg.Wait()
	mu.Lock()
	defer mu.Unlock()
	if len(arrivals) != reqs {
		t.Fatalf("server saw %d requests, want %d", len(arrivals), reqs)
	}
	// With burst 1, the last of 6 requests cannot be sent before 5
	// intervals of 1/50 s have passed: a lower bound only, never flaky.
	last := arrivals[len(arrivals)-1]
	if min := (reqs - 1) * time.Second / rps; last.Sub(start) < min-time.Millisecond {
		t.Errorf("%d requests done within %v, want at least %v", reqs, last.Sub(start), min)
	}
}

func TestGetRetriesNetworkErrorsAndTimeouts(t *testing.T) {
	var n atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch n.Add(1) {
		case 1: // drop the connection without a response
			conn, _, err := w.(http.Hijacker).Hijack()
			if err == nil {
				conn.Close()
			}
		case 2: // too slow for the 100ms timeout
			select {
			case <-time.After(2 * time.Second):
			case <-r.Context().Done():
			}
		default:
			w.Write([]byte("finally"))
		}
	}))
	defer srv.Close()

	f, _ := testFetcher(t, func(c *FetcherConfig) { c.Timeout = 100 * time.Millisecond })
	body, err := f.Get(context.Background(), srv.URL)
	if err != nil {
		t.Fatalf("Get: %v", err)
	}
	if string(body) != "finally" || n.Load() != 3 {
		t.Errorf("body %q after %d requests; want \"finally\" after 3", body, n.Load())
	}
}

func TestGetRedactsAPIKey(t *testing.T) {
	var n atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if n.Add(1) == 1 {
			w.WriteHeader(http.StatusBadGateway)
			return
		}
		w.WriteHeader(http.StatusForbidden)
	}))
	f, logs := testFetcher(t, nil)
	_, err := f.Get(context.Background(), srv.URL+"/e?db=pubmed&api_key=SECRET123&term=x")
	if err == nil {
		t.Fatal("want an error")
	}
	srv.Close()
	// A network error (server gone) carries the URL in *url.Error.
	_, err2 := f.Get(context.Background(), srv.URL+"/e?api_key=SECRET123")
	if err2 == nil {
		t.Fatal("want a network error")
	}
	for _, s := range []string{err.Error(), err2.Error(), logs.String()} {
		if strings.Contains(s, "SECRET123") {
			t.Errorf("API key leaked: %s", s)
		}
	}
	if !strings.Contains(err.Error(), "/e") || strings.Contains(err.Error(), "db=pubmed") {
		t.Errorf("error %q should name the endpoint without its query", err)
	}
	if strings.Count(err2.Error(), srv.URL) != 1 {
		t.Errorf("network error %q should name the URL once", err2)
	}
	if !strings.Contains(logs.String(), "will retry") {
		t.Errorf("retry not logged: %s", logs.String())
	}
}

func TestNewFetcherValidates(t *testing.T) {
	for name, cfg := range map[string]FetcherConfig{
		"no user agent": {Rate: 1},
		"no rate":       {UserAgent: "x"},
		"negative body": {UserAgent: "x", Rate: 1, MaxBodyBytes: -1},
		"max<base":      {UserAgent: "x", Rate: 1, BaseBackoff: time.Second, MaxBackoff: time.Millisecond},
	} {
		if _, err := NewFetcher(cfg, nil); err == nil {
			t.Errorf("%s: NewFetcher accepted %+v", name, cfg)
		}
	}
	f, err := NewFetcher(FetcherConfig{UserAgent: "x", Rate: 3}, nil)
	if err != nil {
		t.Fatal(err)
	}
	want := FetcherConfig{UserAgent: "x", Rate: 3, Burst: 1, Timeout: 30 * time.Second,
		MaxBodyBytes: 64 << 20, MaxRetries: 4, BaseBackoff: time.Second, MaxBackoff: time.Minute}
	if f.cfg != want {
		t.Errorf("defaults = %+v, want %+v", f.cfg, want)
	}
	if _, err := f.Get(context.Background(), "ftp://example.org/x"); err == nil {
		t.Error("Get accepted a non-http URL")
	}
}

func TestParseRetryAfter(t *testing.T) {
	now := time.Date(2025, 1, 2, 3, 4, 5, 0, time.UTC)
	for _, tc := range []struct {
		in   string
		want time.Duration
		ok   bool
	}{
		{"7", 7 * time.Second, true},
		{" 0 ", 0, true},
		{now.Add(90 * time.Second).Format(http.TimeFormat), 90 * time.Second, true},
		{now.Add(-time.Hour).Format(http.TimeFormat), 0, true},
		{"", 0, false},
		{"-3", 0, false},
		{"soon", 0, false},
	} {
		got, ok := parseRetryAfter(tc.in, now)
		if got != tc.want || ok != tc.ok {
			t.Errorf("parseRetryAfter(%q) = %v, %v; want %v, %v", tc.in, got, ok, tc.want, tc.ok)
		}
	}
}

func TestBackoffGrowsWithJitterAndCap(t *testing.T) {
	f := &Fetcher{cfg: FetcherConfig{BaseBackoff: 100 * time.Millisecond, MaxBackoff: time.Second}}
	for attempt, full := range []time.Duration{100, 200, 400, 800, 1000, 1000, 1000} {
		full *= time.Millisecond
		for range 50 {
			d := f.backoff(attempt)
			if d < full/2 || d > full {
				t.Fatalf("backoff(%d) = %v, want within [%v, %v]", attempt, d, full/2, full)
			}
		}
	}
}

func TestRedactURL(t *testing.T) {
	got := RedactURL("https://h/e?db=pubmed&api_key=abc-123&term=x&API_KEY=zz")
	want := "https://h/e?db=pubmed&api_key=REDACTED&term=x&API_KEY=REDACTED"
	if got != want {
		t.Errorf("RedactURL = %q, want %q", got, want)
	}
}

func TestGetRefusesInvalidUTF8(t *testing.T) {
	calls := 0
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		calls++
		w.Header().Set("Content-Type", "application/json")
		w.Write([]byte("{\"title\":\"\xff\xfeMassage\"}"))
	}))
	defer srv.Close()
	f, _ := testFetcher(t, nil)
	_, err := f.Get(context.Background(), srv.URL+"/x")
	if !errors.Is(err, ErrInvalidUTF8) {
		t.Fatalf("err = %v, want ErrInvalidUTF8", err)
	}
	if calls < 2 {
		t.Fatalf("a damaged body should be retried; %d request(s)", calls)
	}
}
