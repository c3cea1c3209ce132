package crawler

import (
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math"
	"math/rand/v2"
	"net"
	"net/http"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"syscall"
	"time"
	"unicode/utf8"

	"github.com/gocolly/colly/v2"
	"golang.org/x/time/rate"

	"github.com/litwatch/litwatch/internal/redact"
)

// Defaults applied by NewFetcher to zero FetcherConfig fields.
const (
	DefaultBurst        = 1
	DefaultTimeout      = 30 * time.Second
	DefaultMaxBodyBytes = 64 << 20
	DefaultMaxRetries   = 4
	DefaultBaseBackoff  = time.Second
	DefaultMaxBackoff   = 60 * time.Second
)

// httpErrorBodyLen is how much of an error response's body HTTPError keeps.
const httpErrorBodyLen = 512

// FetcherConfig configures a Fetcher. Zero values take the defaults above;
// UserAgent and Rate are required.
type FetcherConfig struct {
	UserAgent    string        // e.g. "litwatch/0.1 (+mailto:someone@example.org)"
	Rate         float64       // max requests per second (e.g. 3 for NCBI without key, 10 with)
	Burst        int           // default 1
	Timeout      time.Duration // per request, default 30s
	MaxBodyBytes int64         // response size cap, default 64 MiB; a larger body is an error, never silently truncated data
	MaxRetries   int           // default 4; negative disables retries
	BaseBackoff  time.Duration // default 1s; exponential with jitter, capped by MaxBackoff (default 60s)
	MaxBackoff   time.Duration
	// Secrets are values sent to the server (API keys) that must never come
	// back out: a server may echo them in an error body or message. Each
	// is replaced by "REDACTED" in every body, error and log line of the
	// Fetcher.
	Secrets redact.Secrets
}

// Fetcher is a polite HTTP GET client built on colly: one rate limiter for
// all requests, retries with backoff on 429, 5xx and network errors, a cap
// on response sizes. It is safe for concurrent use.
type Fetcher struct {
	cfg     FetcherConfig
	log     *slog.Logger
	limiter *rate.Limiter
	base    *colly.Collector // template; each Get works on a Clone sharing its HTTP client
}

// HTTPError is a response with a status that is not retried, or that was
// still failing when the retries ran out.
type HTTPError struct {
	URL    string // with any api_key and secret redacted
	Status int
	Body   string // first 512 bytes, secrets redacted
}

func (e *HTTPError) Error() string {
	return fmt.Sprintf("GET %s: HTTP %d %s", e.URL, e.Status, http.StatusText(e.Status))
}

// ErrInvalidUTF8 is returned (wrapped) when a response body is not valid
// UTF-8.
var ErrInvalidUTF8 = errors.New("response body is not valid UTF-8")

// errRequestTimeout is the cause of a request's context when its time
// limit (FetcherConfig.Timeout) passes.
var errRequestTimeout = errors.New("request timeout")

// ErrBodyTooLarge is returned (wrapped) when a response exceeds MaxBodyBytes.
var ErrBodyTooLarge = errors.New("response body exceeds the size cap")

// NewFetcher validates cfg, fills its defaults and returns a Fetcher.
// A nil log discards log output.
func NewFetcher(cfg FetcherConfig, log *slog.Logger) (*Fetcher, error) {
	if strings.TrimSpace(cfg.UserAgent) == "" {
		return nil, errors.New("crawler: FetcherConfig.UserAgent is empty")
	}
	if math.IsNaN(cfg.Rate) || cfg.Rate <= 0 {
		return nil, fmt.Errorf("crawler: FetcherConfig.Rate must be > 0 requests per second, got %v", cfg.Rate)
	}
	for _, d := range []struct {
		name string
		v    time.Duration
	}{{"Timeout", cfg.Timeout}, {"BaseBackoff", cfg.BaseBackoff}, {"MaxBackoff", cfg.MaxBackoff}} {
		if d.v < 0 {
			return nil, fmt.Errorf("crawler: FetcherConfig.%s is negative (%v)", d.name, d.v)
		}
	}
	if cfg.Burst < 0 {
		return nil, fmt.Errorf("crawler: FetcherConfig.Burst is negative (%d)", cfg.Burst)
	}
	if cfg.MaxBodyBytes < 0 {
		return nil, fmt.Errorf("crawler: FetcherConfig.MaxBodyBytes is negative (%d)", cfg.MaxBodyBytes)
	}
	if cfg.Burst == 0 {
		cfg.Burst = DefaultBurst
	}
	if cfg.Timeout == 0 {
		cfg.Timeout = DefaultTimeout
	}
	if cfg.MaxBodyBytes == 0 {
		cfg.MaxBodyBytes = DefaultMaxBodyBytes
	}
	if cfg.MaxRetries == 0 {
		cfg.MaxRetries = DefaultMaxRetries
	} else if cfg.MaxRetries < 0 {
		cfg.MaxRetries = 0
	}
	if cfg.BaseBackoff == 0 {
		cfg.BaseBackoff = DefaultBaseBackoff
	}
	if cfg.MaxBackoff == 0 {
		cfg.MaxBackoff = DefaultMaxBackoff
	}
	if cfg.MaxBackoff < cfg.BaseBackoff {
		return nil, fmt.Errorf("crawler: FetcherConfig.MaxBackoff (%v) is below BaseBackoff (%v)", cfg.MaxBackoff, cfg.BaseBackoff)
	}
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}

	c := colly.NewCollector()
	// Set after NewCollector so COLLY_* environment variables cannot
	// override them.
	c.UserAgent = cfg.UserAgent
	c.AllowURLRevisit = true
	c.IgnoreRobotsTxt = true // an API client, not a crawler of pages
	c.ParseHTTPErrorResponse = true
	c.CacheDir = ""
	c.Async = false
	c.MaxDepth = 0
	c.MaxRequests = 0
	// One byte more than the cap, so an over-size body is detected rather
	// than silently truncated by colly's LimitReader.
	c.MaxBodySize = math.MaxInt
	if cfg.MaxBodyBytes < math.MaxInt {
		c.MaxBodySize = int(cfg.MaxBodyBytes) + 1
	}
	c.SetRequestTimeout(cfg.Timeout)
	c.DisableCookies()
	// colly gunzips a body whose headers say gzip after its size limit,
	// so a small compressed body could grow without bound. Decompress
	// here instead, before colly's limit, which then caps what it reads.
	c.WithTransport(gunzipTransport{next: http.DefaultTransport.(*http.Transport).Clone()})

	return &Fetcher{
		cfg:     cfg,
		log:     log,
		limiter: rate.NewLimiter(rate.Limit(cfg.Rate), cfg.Burst),
		base:    c,
	}, nil
}

// Get fetches url (GET) politely: it waits for the rate limiter (honouring
// ctx), retries on 429, 5xx, network errors and timeouts with exponential
// backoff and jitter, honours Retry-After (seconds or HTTP date, capped at
// MaxBackoff), and returns the body of a 2xx response. Other statuses, and
// retryable ones still failing after MaxRetries retries, give an *HTTPError.
// A body over MaxBodyBytes gives an error wrapping ErrBodyTooLarge.
// Every FetcherConfig.Secrets value is replaced by "REDACTED" in the
// body, the error and the log lines.
func (f *Fetcher) Get(ctx context.Context, rawURL string) ([]byte, error) {
	sec := f.cfg.Secrets
	body, err := f.get(ctx, rawURL, sec)
	if err != nil {
		return nil, sec.Error(err)
	}
	return sec.Bytes(body), nil
}

func (f *Fetcher) get(ctx context.Context, rawURL string, sec redact.Secrets) ([]byte, error) {
	safe := sec.String(RedactURL(rawURL))
	u, err := url.Parse(rawURL)
	if err != nil {
		return nil, fmt.Errorf("fetch %s: bad URL: %w", safe, redactErr(err))
	}
	// Errors and warnings name the endpoint without its (long) query; the
	// whole redacted URL is in the debug log.
	safe = sec.String(u.Scheme + "://" + u.Host + u.Path)
	if (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil, fmt.Errorf("fetch %s: URL must be absolute http(s)", safe)
	}

	for attempt := 0; ; attempt++ {
		if err := f.limiter.Wait(ctx); err != nil {
			if ctxErr := ctx.Err(); ctxErr != nil {
				err = ctxErr
			}
			return nil, fmt.Errorf("fetch %s: waiting for rate limiter: %w", safe, err)
		}
		start := time.Now()
		f.log.Debug("fetching", "url", sec.String(RedactURL(rawURL)), "attempt", attempt+1)
		res, err := f.once(ctx, rawURL)
		if ctxErr := ctx.Err(); ctxErr != nil {
			return nil, fmt.Errorf("fetch %s: %w", safe, ctxErr)
		}
		var (
			lastErr    error
			retryAfter time.Duration
			hasAfter   bool
		)
		switch {
		case err != nil && errors.Is(err, ErrBodyTooLarge):
			return nil, fmt.Errorf("fetch %s: %w (%d bytes)", safe, err, f.cfg.MaxBodyBytes)
		case err != nil && unreachable(err):
			// A host that cannot be resolved (or no network at all) is
			// not a passing fault: fail at once, with what the cause is.
			return nil, fmt.Errorf("fetch %s: %w (not retried: the host cannot be reached from this machine)", safe, redactErr(err))
		case err != nil:
			lastErr = fmt.Errorf("fetch %s: %w", safe, redactErr(err))
		case res.status >= 200 && res.status < 300 && !utf8.Valid(res.body):
			// Every source litwatch reads speaks UTF-8 (JSON must; the XML
			// declares it). A decoder would quietly turn bad bytes into
			// U+FFFD and store a damaged title, so a body that is not
			// valid UTF-8 is an error (and is retried, as a damaged
			// transfer may be).
			lastErr = fmt.Errorf("fetch %s: %w", safe, ErrInvalidUTF8)
		case res.status >= 200 && res.status < 300:
			f.log.Debug("fetched", "url", safe, "status", res.status, "bytes", len(res.body),
				"attempt", attempt+1, "elapsed", time.Since(start))
			return res.body, nil
		default:
			body := sec.Bytes(res.body)
			if len(body) > httpErrorBodyLen {
				body = body[:httpErrorBodyLen]
			}
			lastErr = &HTTPError{URL: safe, Status: res.status, Body: string(body)}
			if !retryableStatus(res.status) {
				return nil, lastErr
			}
			retryAfter, hasAfter = parseRetryAfter(res.header.Get("Retry-After"), time.Now())
		}

		if attempt >= f.cfg.MaxRetries {
			if attempt > 0 {
				return nil, fmt.Errorf("giving up after %d attempts: %w", attempt+1, lastErr)
			}
			return nil, lastErr
		}
		wait := f.backoff(attempt)
		if hasAfter {
			wait = min(retryAfter, f.cfg.MaxBackoff)
		}
		f.log.Warn("fetch failed, will retry", "url", safe, "attempt", attempt+1,
			"max_attempts", f.cfg.MaxRetries+1, "wait", wait, "err", sec.Error(lastErr))
		if err := sleep(ctx, wait); err != nil {
			return nil, fmt.Errorf("fetch %s: stopped while waiting %v to retry (last error: %v): %w", safe, wait, lastErr, err)
		}
	}
}

// result is one HTTP exchange.
type result struct {
	status int
	header http.Header
	body   []byte
}

// once performs one GET through a clone of the template collector, so
// callbacks and the context are per request while the HTTP client (and its
// connection pool) is shared.
func (f *Fetcher) once(ctx context.Context, rawURL string) (*result, error) {
	// The request's time limit is a context deadline: the HTTP client's own
	// Timeout does not reach through a wrapping RoundTripper (gunzipTransport).
	rctx, cancel := context.WithTimeoutCause(ctx, f.cfg.Timeout, errRequestTimeout)
	defer cancel()
	c := f.base.Clone()
	c.Context = rctx
	var (
		res      *result
		tooLarge bool
	)
	c.OnResponseHeaders(func(r *colly.Response) {
		if n := r.Headers.Get("Content-Length"); n != "" {
			if size, err := strconv.ParseInt(n, 10, 64); err == nil && size > f.cfg.MaxBodyBytes {
				tooLarge = true
				r.Request.Abort()
			}
		}
	})
	c.OnResponse(func(r *colly.Response) {
		res = &result{status: r.StatusCode, body: r.Body}
		if r.Headers != nil {
			res.header = *r.Headers
		} else {
			res.header = http.Header{}
		}
	})
	err := c.Visit(rawURL)
	if err != nil && ctx.Err() == nil && errors.Is(context.Cause(rctx), errRequestTimeout) {
		err = fmt.Errorf("Timeout: no complete response within %v: %w", f.cfg.Timeout, context.DeadlineExceeded)
	}
	if tooLarge {
		return nil, ErrBodyTooLarge
	}
	if err != nil {
		return nil, err
	}
	if res == nil {
		return nil, errors.New("no response")
	}
	if int64(len(res.body)) > f.cfg.MaxBodyBytes {
		return nil, ErrBodyTooLarge
	}
	return res, nil
}

// unreachable reports whether err says the host cannot be resolved or
// there is no route to the network at all: retrying would not help.
func unreachable(err error) bool {
	var dnsErr *net.DNSError
	if errors.As(err, &dnsErr) && !dnsErr.IsTimeout {
		return true
	}
	return errors.Is(err, syscall.ENETUNREACH)
}

// gunzipTransport decompresses gzip bodies the way colly would (by
// Content-Encoding, a gzip Content-Type, or a .xml.gz path) but as a
// stream, so that colly's body limit applies to the decompressed bytes.
type gunzipTransport struct{ next http.RoundTripper }

func (t gunzipTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	res, err := t.next.RoundTrip(req)
	if err != nil || res.Uncompressed {
		return res, err
	}
	enc := strings.ToLower(res.Header.Get("Content-Encoding"))
	ctype := strings.ToLower(res.Header.Get("Content-Type"))
	if !strings.Contains(enc, "gzip") && (enc != "" || !strings.Contains(ctype, "gzip")) &&
		!strings.HasSuffix(strings.ToLower(req.URL.Path), ".xml.gz") {
		return res, nil
	}
	zr, err := gzip.NewReader(res.Body)
	if err != nil {
		res.Body.Close()
		return nil, fmt.Errorf("gzip response body: %w", err)
	}
	res.Body = gzipBody{Reader: zr, raw: res.Body}
	res.Header.Del("Content-Encoding")
	res.Header.Del("Content-Length")
	res.ContentLength = -1
	res.Uncompressed = true // colly must not decompress again
	return res, nil
}

type gzipBody struct {
	*gzip.Reader
	raw io.ReadCloser
}

func (b gzipBody) Close() error {
	b.Reader.Close()
	return b.raw.Close()
}

// backoff is the wait before retry number attempt+1: BaseBackoff doubled
// per attempt, capped at MaxBackoff, with "equal jitter" (between half and
// all of it).
func (f *Fetcher) backoff(attempt int) time.Duration {
	d := f.cfg.BaseBackoff
	for i := 0; i < attempt && d < f.cfg.MaxBackoff; i++ {
		d *= 2
	}
	d = min(d, f.cfg.MaxBackoff)
	if half := d / 2; half > 0 {
		d = half + rand.N(half+1)
	}
	return d
}

func retryableStatus(status int) bool {
	return status == http.StatusTooManyRequests || status >= 500
}

// parseRetryAfter reads a Retry-After value: delay seconds or an HTTP date.
func parseRetryAfter(v string, now time.Time) (time.Duration, bool) {
	v = strings.TrimSpace(v)
	if v == "" {
		return 0, false
	}
	if secs, err := strconv.ParseInt(v, 10, 64); err == nil {
		if secs < 0 {
			return 0, false
		}
		if secs > int64(math.MaxInt64/time.Second) {
			return time.Duration(math.MaxInt64), true
		}
		return time.Duration(secs) * time.Second, true
	}
	if t, err := http.ParseTime(v); err == nil {
		return max(t.Sub(now), 0), true
	}
	return 0, false
}

// sleep waits d or until ctx is done.
func sleep(ctx context.Context, d time.Duration) error {
	if d <= 0 {
		return ctx.Err()
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

var apiKeyRE = regexp.MustCompile(`(?i)(api_key=)[^&#\s"]*`)

// RedactURL replaces the value of any api_key query parameter in s (a URL
// or a message containing one) so it can be logged.
func RedactURL(s string) string {
	return apiKeyRE.ReplaceAllString(s, "${1}REDACTED")
}

// redactErr drops the URL that net/http errors repeat (the caller names
// the endpoint already, and the URL may carry an API key).
func redactErr(err error) error {
	var ue *url.Error
	if errors.As(err, &ue) {
		return ue.Err
	}
	return err
}
