package crawlertest

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/litwatch/litwatch/crawler"
	"github.com/litwatch/litwatch/store"
)

// Conformance describes one source to the conformance suite: what every
// source must survive from a misbehaving server. A new source gets the
// whole suite by one call of RunConformance in its tests.
type Conformance struct {
	// New returns the source reading from base (an http URL ending in
	// "/") through f, with page size PageSize where it pages.
	New func(tb testing.TB, base string, f *crawler.Fetcher) crawler.Source
	// Page, for a source that pages by cursor or token, is the body of one
	// page: records with the given ids (each id a distinct work), the
	// count announced for the search (negative: none) and the next cursor
	// ("" for none). Nil for a source that does not page that way.
	Page func(ids []string, total int, next string) []byte
	// PageSize is the page size New configures.
	PageSize int
	// ContentType of a good response ("application/json").
	ContentType string
}

// ConformanceWindow is the window the suite fetches; records a Page
// builds should fall in it.
var ConformanceWindow = crawler.Window{
	From: time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC),
	To:   time.Date(2025, 1, 2, 0, 0, 0, 0, time.UTC),
}

// maxConformanceRequests bounds every scenario: a source that sends more
// requests than this to a misbehaving server is treated as hanging.
const maxConformanceRequests = 200

// RunConformance runs every hostile-server scenario against the source c
// describes. Each scenario must end with an error that names the problem
// (so the source fails and keeps its watermark), within a bounded number
// of requests, and never panic or exhaust memory.
func RunConformance(t *testing.T, c Conformance) {
	const bodyCap = 1 << 20
	fetcher := func(tb testing.TB) *crawler.Fetcher {
		return Fetcher(tb, nil, func(cfg *crawler.FetcherConfig) {
			cfg.MaxBodyBytes = bodyCap
			cfg.MaxRetries = 2
		})
	}
	bomb := gzipped(bytes.Repeat([]byte("{"), 64*bodyCap)) // 64 MiB of "{" in about 64 KiB

	run := func(t *testing.T, h func(n int, w http.ResponseWriter, r *http.Request)) (error, int, int) {
		t.Helper()
		var n atomic.Int64
		srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			k := int(n.Add(1))
			if k > maxConformanceRequests {
				http.Error(w, "conformance: too many requests", http.StatusGone)
				return
			}
			h(k, w, r)
		}))
		defer srv.Close()
		src := c.New(t, srv.URL+"/", fetcher(t))
		delivered := 0
		ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
		defer cancel()
		err := src.Fetch(ctx, ConformanceWindow, func(_ context.Context, b []store.Record) error {
			delivered += len(b)
			return nil
		})
		if int(n.Load()) > maxConformanceRequests {
			t.Fatalf("%d requests: the source keeps paging a misbehaving server", n.Load())
		}
		return err, int(n.Load()), delivered
	}
	wantErr := func(t *testing.T, err error, words ...string) {
		t.Helper()
		if err == nil {
			t.Fatalf("no error; want one naming %q", words)
		}
		for _, w := range words {
			if !strings.Contains(err.Error(), w) {
				t.Fatalf("error %q does not name %q", err, w)
			}
		}
	}

	t.Run("gzip bomb by Content-Encoding x-gzip", func(t *testing.T) {
		err, _, _ := run(t, func(_ int, w http.ResponseWriter, _ *http.Request) {
			w.Header().Set("Content-Type", c.ContentType)
			w.Header().Set("Content-Encoding", "x-gzip")
			w.Write(bomb)
		})
		if !errors.Is(err, crawler.ErrBodyTooLarge) {
			t.Fatalf("err = %v, want the body cap", err)
		}
	})
	t.Run("gzip bomb by Content-Type application/x-gzip", func(t *testing.T) {
		err, _, _ := run(t, func(_ int, w http.ResponseWriter, _ *http.Request) {
			w.Header().Set("Content-Type", "application/x-gzip")
			w.Write(bomb)
		})
		if !errors.Is(err, crawler.ErrBodyTooLarge) {
			t.Fatalf("err = %v, want the body cap", err)
		}
	})
	t.Run("body over the cap", func(t *testing.T) {
		err, _, _ := run(t, func(_ int, w http.ResponseWriter, _ *http.Request) {
			w.Header().Set("Content-Type", c.ContentType)
			w.Write(bytes.Repeat([]byte(" "), bodyCap+10))
		})
		if !errors.Is(err, crawler.ErrBodyTooLarge) {
			t.Fatalf("err = %v, want the body cap", err)
		}
	})
	t.Run("5xx until retries run out", func(t *testing.T) {
		err, n, _ := run(t, func(_ int, w http.ResponseWriter, _ *http.Request) {
			http.Error(w, "busy", http.StatusServiceUnavailable)
		})
		wantErr(t, err, "503")
		if n != 3 {
			t.Errorf("%d requests, want 3 (1 + 2 retries)", n)
		}
	})
	t.Run("Retry-After of a year is capped", func(t *testing.T) {
		start := time.Now()
		err, _, _ := run(t, func(_ int, w http.ResponseWriter, _ *http.Request) {
			w.Header().Set("Retry-After", "31536000")
			http.Error(w, "slow down", http.StatusTooManyRequests)
		})
		wantErr(t, err, "429")
		if time.Since(start) > 10*time.Second {
			t.Errorf("took %v: Retry-After not capped", time.Since(start))
		}
	})
	t.Run("invalid UTF-8", func(t *testing.T) {
		err, _, _ := run(t, func(_ int, w http.ResponseWriter, _ *http.Request) {
			w.Header().Set("Content-Type", c.ContentType)
			w.Write([]byte("{\"x\":\"\xff\xfe\"}"))
		})
		if !errors.Is(err, crawler.ErrInvalidUTF8) {
			t.Fatalf("err = %v, want invalid UTF-8", err)
		}
	})
	t.Run("cancelled", func(t *testing.T) {
		var n atomic.Int64
		srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			n.Add(1)
			<-r.Context().Done()
		}))
		defer srv.Close()
		ctx, cancel := context.WithCancel(context.Background())
		go func() { time.Sleep(50 * time.Millisecond); cancel() }()
		err := c.New(t, srv.URL+"/", fetcher(t)).Fetch(ctx, ConformanceWindow, func(context.Context, []store.Record) error { return nil })
		if !errors.Is(err, context.Canceled) {
			t.Fatalf("err = %v, want context.Canceled", err)
		}
	})
	t.Run("server that never answers times out", func(t *testing.T) {
		srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			select { // send nothing until the client gives up
			case <-r.Context().Done():
			case <-time.After(10 * time.Second):
			}
		}))
		defer srv.Close()
		f := Fetcher(t, nil, func(cfg *crawler.FetcherConfig) {
			cfg.Timeout = 150 * time.Millisecond
			cfg.MaxRetries = 1
		})
		start := time.Now()
		err := c.New(t, srv.URL+"/", f).Fetch(context.Background(), ConformanceWindow, func(context.Context, []store.Record) error { return nil })
		wantErr(t, err, "Timeout")
		if time.Since(start) > 8*time.Second {
			t.Errorf("took %v with a 150ms request timeout", time.Since(start))
		}
	})
	t.Run("host that does not resolve is not retried", func(t *testing.T) {
		src := c.New(t, "http://litwatch-conformance.invalid/", fetcher(t))
		start := time.Now()
		err := src.Fetch(context.Background(), ConformanceWindow, func(context.Context, []store.Record) error { return nil })
		wantErr(t, err, "not retried")
		if time.Since(start) > 10*time.Second {
			t.Errorf("took %v", time.Since(start))
		}
	})

	if c.Page == nil {
		return
	}
	ids := func(from, n int) []string {
		out := make([]string, n)
		for i := range out {
			out[i] = "c" + itoa(from+i)
		}
		return out
	}
	page := func(w http.ResponseWriter, ids []string, total int, next string) {
		w.Header().Set("Content-Type", c.ContentType)
		w.Write(c.Page(ids, total, next))
	}
	ps := max(c.PageSize, 1)
	t.Run("same records forever with a fresh cursor", func(t *testing.T) {
		err, n, _ := run(t, func(k int, w http.ResponseWriter, _ *http.Request) {
			page(w, ids(0, ps), 1000000, "cur"+itoa(k))
		})
		wantErr(t, err, "page 2", "repeating")
		if n != 2 {
			t.Errorf("%d requests, want 2", n)
		}
	})
	t.Run("new records forever past the announced count", func(t *testing.T) {
		err, n, delivered := run(t, func(k int, w http.ResponseWriter, _ *http.Request) {
			page(w, ids(k*ps, ps), 3*ps, "cur"+itoa(k))
		})
		// A source may stop once it has the announced count (and succeed),
		// or page on and fail at the bound; it may not page on and on.
		if err == nil && delivered != 3*ps {
			t.Fatalf("no error with %d records delivered for an announced %d", delivered, 3*ps)
		}
		if err != nil {
			wantErr(t, err, "still paging")
		}
		if n > 3+crawler.PageMargin+1 {
			t.Errorf("%d requests for an announced 3 pages", n)
		}
	})
	t.Run("short delivery against the announced count", func(t *testing.T) {
		err, _, delivered := run(t, func(_ int, w http.ResponseWriter, _ *http.Request) {
			page(w, ids(0, 2), 1000, "")
		})
		wantErr(t, err, "fewer than the 1000 announced")
		if delivered != 2 {
			t.Errorf("%d records delivered, want the 2 sent (kept, though the source fails)", delivered)
		}
	})
	t.Run("cursor going round in a loop", func(t *testing.T) {
		err, n, _ := run(t, func(k int, w http.ResponseWriter, _ *http.Request) {
			page(w, ids(k*ps, ps), 100*ps, "cur"+itoa(k%2))
		})
		if err == nil {
			t.Fatalf("no error after %d requests", n)
		}
		if !strings.Contains(err.Error(), "loop") && !strings.Contains(err.Error(), "still paging") {
			t.Fatalf("error %q does not name the loop", err)
		}
	})
}

func gzipped(b []byte) []byte {
	var buf bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	zw.Write(b)
	zw.Close()
	return buf.Bytes()
}

func itoa(i int) string {
	if i == 0 {
		return "0"
	}
	var b []byte
	neg := i < 0
	if neg {
		i = -i
	}
	for i > 0 {
		b = append([]byte{byte('0' + i%10)}, b...)
		i /= 10
	}
	if neg {
		b = append([]byte{'-'}, b...)
	}
	return string(b)
}
