// Package faulttest injects HTTP faults in front of litwatch's fake source
// servers (pubmedtest, europepmctest, ctgovtest, or any http.Handler), so
// tests can prove that a crawl survives what real APIs do: rate limiting,
// 5xx errors, stalls, slow and truncated bodies, HTML error pages served
// with 200, invalid UTF-8, bodies over the fetcher's size cap, and pages
// that repeat or leave out records.
//
// An Injector wraps a handler; a Proxy is an Injector in front of a base
// URL, with its own URL to put in a config. Which request gets which fault
// is decided by a Schedule: a script (request n gets fault n), a seeded
// random draw, or either restricted to some paths.
package faulttest

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log"
	"maps"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"net/http/httputil"
	"net/url"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
)

// Kind is one fault.
type Kind string

// The faults. OK passes the request through untouched.
const (
	OK Kind = ""
	// TooMany answers 429 with a Retry-After header (Options.RetryAfter).
	TooMany Kind = "429"
	// Status500, Status502 and Status503 answer that status with a small
	// HTML body, as a server or gateway in trouble does.
	Status500 Kind = "500"
	Status502 Kind = "502"
	Status503 Kind = "503"
	// Stall sends nothing until the client gives up (or Options.StallMax
	// passes, then 504).
	Stall Kind = "stall"
	// SlowBody sends the whole, correct response in pieces spread over
	// Options.SlowFor. A client with a longer timeout must accept it.
	SlowBody Kind = "slow-body"
	// Truncated declares the full Content-Length, sends half of the body
	// and closes the connection.
	Truncated Kind = "truncated"
	// Cut answers 200 with a consistent Content-Length but a body cut in
	// the middle, so the XML or JSON ends mid-record.
	Cut Kind = "cut"
	// HTML answers 200 with an HTML error page where XML or JSON is
	// expected.
	HTML Kind = "html"
	// BadUTF8 puts invalid UTF-8 bytes into the first title of the
	// response (ArticleTitle, "title", "officialTitle", "briefTitle").
	BadUTF8 Kind = "bad-utf8"
	// Huge sends the real body followed by white space up to
	// Options.HugeSize bytes, without a Content-Length: only a size cap
	// on the bytes read can stop it.
	Huge Kind = "huge"
	// HugeDeclared is Huge with the Content-Length declared up front.
	HugeDeclared Kind = "huge-declared"
	// Duplicate repeats, at the start of this page, the last record of the
	// previous successful response to the same path: a record moving
	// between pages while a client pages through a result set.
	Duplicate Kind = "duplicate"
	// Drop leaves the first record out of this page (the counts stay as
	// they were): a record moving the other way.
	Drop Kind = "drop"
)

// Kinds lists every fault, for random schedules and table tests.
func Kinds() []Kind {
	return []Kind{TooMany, Status500, Status502, Status503, Stall, SlowBody, Truncated, Cut, HTML, BadUTF8, Huge, HugeDeclared, Duplicate, Drop}
}

// Retried reports whether litwatch's fetcher retries the fault (429, 5xx,
// network errors, timeouts, and a body that is not valid UTF-8, as a
// damaged transfer), so that one occurrence followed by a good answer must
// not fail the request.
func (k Kind) Retried() bool {
	switch k {
	case TooMany, Status500, Status502, Status503, Stall, Truncated, BadUTF8:
		return true
	}
	return false
}

// Harmless reports whether a correct client ends up with the same data as
// without the fault: a slow body within the timeout, or a record repeated
// across pages.
func (k Kind) Harmless() bool { return k == OK || k == SlowBody || k == Duplicate }

// Schedule decides the fault of each request. Implementations must be safe
// for concurrent use.
type Schedule interface {
	Next(r *http.Request) Kind
}

// ScheduleFunc adapts a function to Schedule.
type ScheduleFunc func(r *http.Request) Kind

// Next calls f.
func (f ScheduleFunc) Next(r *http.Request) Kind { return f(r) }

type script struct {
	mu    sync.Mutex
	kinds []Kind
	n     int
}

// Script gives the n-th request it sees kinds[n], and OK once the script
// is used up.
func Script(kinds ...Kind) Schedule {
	return &script{kinds: append([]Kind(nil), kinds...)}
}

func (s *script) Next(*http.Request) Kind {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.n >= len(s.kinds) {
		return OK
	}
	k := s.kinds[s.n]
	s.n++
	return k
}

// Always gives every request the fault k.
func Always(k Kind) Schedule { return ScheduleFunc(func(*http.Request) Kind { return k }) }

type random struct {
	mu    sync.Mutex
	rng   *rand.Rand
	p     float64
	kinds []Kind
}

// Random gives each request, with probability p, a fault drawn uniformly
// from kinds (Kinds() if none are given), from a generator seeded with
// seed: the same sequence of requests gets the same faults.
func Random(seed uint64, p float64, kinds ...Kind) Schedule {
	if len(kinds) == 0 {
		kinds = Kinds()
	}
	return &random{rng: rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15)), p: p, kinds: append([]Kind(nil), kinds...)}
}

func (s *random) Next(*http.Request) Kind {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.rng.Float64() >= s.p {
		return OK
	}
	return s.kinds[s.rng.IntN(len(s.kinds))]
}

// OnPath consults s only for requests whose URL path contains sub; the
// others get OK and do not advance s.
func OnPath(sub string, s Schedule) Schedule {
	return ScheduleFunc(func(r *http.Request) Kind {
		if !strings.Contains(r.URL.Path, sub) {
			return OK
		}
		return s.Next(r)
	})
}

// Options tune the faults. Zero values take the defaults.
type Options struct {
	RetryAfter time.Duration // Retry-After of a 429, whole seconds (default 1s)
	StallMax   time.Duration // longest a stall lasts if the client waits (default 10s)
	SlowFor    time.Duration // how long a slow body takes in all (default 100ms)
	HugeSize   int64         // size of a huge body (default 64 MiB + 1 byte, one over the fetcher's default cap)
}

func (o Options) withDefaults() Options {
	if o.RetryAfter <= 0 {
		o.RetryAfter = time.Second
	}
	if o.StallMax <= 0 {
		o.StallMax = 10 * time.Second
	}
	if o.SlowFor <= 0 {
		o.SlowFor = 100 * time.Millisecond
	}
	if o.HugeSize <= 0 {
		o.HugeSize = 64<<20 + 1
	}
	return o
}

// Event is one request the injector saw.
type Event struct {
	Method string
	URL    string // path and query
	Kind   Kind   // the fault scheduled
	// Applied is false when the fault could not apply: a Duplicate with
	// no previous record, a Drop or Duplicate on a page without records,
	// or a body fault on an upstream error (passed through as it was).
	Applied bool
}

// Injector is an http.Handler that serves its upstream's responses with
// faults injected.
type Injector struct {
	next http.Handler
	opts Options

	mu     sync.Mutex
	sched  Schedule
	events []Event
	last   map[string][]byte // URL path -> last record of the last good response
}

// New wraps next. A nil schedule injects nothing until SetSchedule.
func New(next http.Handler, sched Schedule, opts Options) *Injector {
	return &Injector{next: next, opts: opts.withDefaults(), sched: sched, last: map[string][]byte{}}
}

// SetSchedule replaces the schedule (nil: no faults), between runs.
func (in *Injector) SetSchedule(s Schedule) {
	in.mu.Lock()
	defer in.mu.Unlock()
	in.sched = s
}

// Events returns what happened to each request so far, in order.
func (in *Injector) Events() []Event {
	in.mu.Lock()
	defer in.mu.Unlock()
	return append([]Event(nil), in.events...)
}

// Injected returns the events whose fault applied.
func (in *Injector) Injected() []Event {
	var out []Event
	for _, e := range in.Events() {
		if e.Kind != OK && e.Applied {
			out = append(out, e)
		}
	}
	return out
}

// ServeHTTP serves r through the upstream handler with the scheduled fault.
func (in *Injector) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	in.mu.Lock()
	sched := in.sched
	in.mu.Unlock()
	kind := OK
	if sched != nil {
		kind = sched.Next(r)
	}
	// The event is recorded before the response is written, so a client
	// that has its answer (or gave up) finds it in Events.
	in.serve(w, r, kind, func(applied bool) {
		in.mu.Lock()
		defer in.mu.Unlock()
		in.events = append(in.events, Event{Method: r.Method, URL: r.URL.RequestURI(), Kind: kind, Applied: applied})
	})
}

const htmlPage = "<!DOCTYPE html>\n<html><head><title>%[1]d %[2]s</title></head>\n<body><h1>%[2]s</h1><p>The service is temporarily unavailable. Please try again later.</p></body></html>\n"

// serve answers r with fault k, calling mark with whether the fault
// applied before it writes anything.
func (in *Injector) serve(w http.ResponseWriter, r *http.Request, k Kind, mark func(applied bool)) {
	switch k {
	case TooMany, Status500, Status502, Status503, Stall, HTML:
		mark(true)
	}
	switch k {
	case TooMany:
		w.Header().Set("Retry-After", strconv.Itoa(max(1, int(in.opts.RetryAfter/time.Second))))
		http.Error(w, "Too Many Requests", http.StatusTooManyRequests)
		return
	case Status500, Status502, Status503:
		status, _ := strconv.Atoi(string(k))
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.WriteHeader(status)
		fmt.Fprintf(w, htmlPage, status, http.StatusText(status))
		return
	case Stall:
		t := time.NewTimer(in.opts.StallMax)
		defer t.Stop()
		select {
		case <-r.Context().Done():
		case <-t.C:
			http.Error(w, "Gateway Timeout", http.StatusGatewayTimeout)
		}
		return
	case HTML:
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.WriteHeader(http.StatusOK)
		fmt.Fprintf(w, htmlPage, http.StatusServiceUnavailable, "Service Unavailable")
		return
	}

	rec := httptest.NewRecorder()
	in.next.ServeHTTP(rec, r)
	res := rec.Result()
	body := rec.Body.Bytes()
	good := res.StatusCode >= 200 && res.StatusCode < 300

	applied := false
	in.mu.Lock()
	prev := in.last[r.URL.Path]
	if good {
		if recs := records(body); len(recs) > 0 {
			in.last[r.URL.Path] = append([]byte(nil), recs[len(recs)-1].bytes(body)...)
		}
	}
	in.mu.Unlock()
	if good {
		switch k {
		case Duplicate:
			if prev != nil {
				body, applied = insertRecord(body, prev)
			}
		case Drop:
			body, applied = dropRecord(body)
		case BadUTF8:
			body, applied = badUTF8(body)
		case SlowBody, Truncated, Cut, Huge, HugeDeclared:
			applied = true
		}
	}
	if !applied {
		k = OK
	}
	mark(applied)

	h := w.Header()
	for key, vals := range res.Header {
		if key != "Content-Length" {
			h[key] = vals
		}
	}
	switch k {
	case SlowBody:
		h.Set("Content-Length", strconv.Itoa(len(body)))
		w.WriteHeader(res.StatusCode)
		const pieces = 8
		step := (len(body) + pieces - 1) / pieces
		for i := 0; i < len(body); i += step {
			if _, err := w.Write(body[i:min(len(body), i+step)]); err != nil {
				return
			}
			flush(w)
			time.Sleep(in.opts.SlowFor / pieces)
		}
	case Truncated:
		h.Set("Content-Length", strconv.Itoa(len(body)))
		w.WriteHeader(res.StatusCode)
		w.Write(body[:len(body)/2])
		flush(w)
		// Aborting closes the connection without the rest of the body.
		panic(http.ErrAbortHandler)
	case Cut:
		body = body[:len(body)/2]
		h.Set("Content-Length", strconv.Itoa(len(body)))
		w.WriteHeader(res.StatusCode)
		w.Write(body)
	case Huge, HugeDeclared:
		if k == HugeDeclared {
			h.Set("Content-Length", strconv.FormatInt(max(in.opts.HugeSize, int64(len(body))), 10))
		}
		w.WriteHeader(res.StatusCode)
		if _, err := w.Write(body); err != nil {
			return
		}
		pad := bytes.Repeat([]byte(" "), 64<<10)
		for left := in.opts.HugeSize - int64(len(body)); left > 0; left -= int64(len(pad)) {
			if _, err := w.Write(pad[:min(int64(len(pad)), left)]); err != nil {
				return // the client stopped reading
			}
		}
	default:
		h.Set("Content-Length", strconv.Itoa(len(body)))
		w.WriteHeader(res.StatusCode)
		w.Write(body)
	}
}

func flush(w http.ResponseWriter) {
	if f, ok := w.(http.Flusher); ok {
		f.Flush()
	}
}

// span is a record's byte range in a body.
type span struct{ start, end int }

func (s span) bytes(body []byte) []byte { return body[s.start:s.end] }

// xmlRecords are the elements that are one record in an XML body.
func xmlRecords() []string { return []string{"PubmedArticle", "PubmedBookArticle"} }

// records finds the records of a response: the PubmedArticle elements of
// an efetch document, or the objects of the first array of objects in a
// JSON object's top two levels ("studies", "resultList.result", ...).
func records(body []byte) []span {
	trimmed := bytes.TrimSpace(body)
	if len(trimmed) > 0 && trimmed[0] == '{' {
		return jsonRecords(body)
	}
	var out []span
	for i := 0; i < len(body); {
		best, name := -1, ""
		for _, n := range xmlRecords() {
			j := indexElement(body[i:], n)
			if j >= 0 && (best < 0 || j < best) {
				best, name = j, n
			}
		}
		if best < 0 {
			break
		}
		start := i + best
		end := bytes.Index(body[start:], []byte("</"+name+">"))
		if end < 0 {
			break
		}
		end = start + end + len("</"+name+">")
		out = append(out, span{start, end})
		i = end
	}
	return out
}

// indexElement finds the start tag <name> or <name ...> in b.
func indexElement(b []byte, name string) int {
	tag := []byte("<" + name)
	off := 0
	for {
		j := bytes.Index(b[off:], tag)
		if j < 0 {
			return -1
		}
		k := off + j + len(tag)
		if k < len(b) && (b[k] == '>' || b[k] == ' ' || b[k] == '\t' || b[k] == '\n' || b[k] == '\r') {
			return off + j
		}
		off = k
	}
}

// jsonRecords finds the array of records in a JSON object (the first
// array of objects among its keys, or else one level down, keys in order)
// and returns the byte span of each record in body.
func jsonRecords(body []byte) []span {
	var top map[string]json.RawMessage
	if json.Unmarshal(body, &top) != nil {
		return nil
	}
	try := func(raw json.RawMessage) ([]span, bool) {
		d := json.NewDecoder(bytes.NewReader(raw))
		if t, err := d.Token(); err != nil || t != json.Delim('[') {
			return nil, false
		}
		var spans []span
		for d.More() {
			start := d.InputOffset()
			var v json.RawMessage
			if err := d.Decode(&v); err != nil {
				return nil, false
			}
			if t := bytes.TrimSpace(v); len(t) == 0 || t[0] != '{' {
				return nil, false
			}
			spans = append(spans, span{int(start), int(d.InputOffset())})
		}
		return spans, true
	}
	locate := func(raw json.RawMessage) []span {
		base := bytes.Index(body, raw)
		spans, _ := try(raw)
		for i := range spans {
			// Skip the separator the decoder's offset includes.
			s := raw[spans[i].start:spans[i].end]
			lead := len(s) - len(bytes.TrimLeft(s, " \t\r\n,"))
			spans[i] = span{base + spans[i].start + lead, base + spans[i].end}
		}
		return spans
	}
	for _, k := range sortedKeys(top) {
		if _, ok := try(top[k]); ok {
			return locate(top[k])
		}
	}
	for _, k := range sortedKeys(top) {
		var sub map[string]json.RawMessage
		if json.Unmarshal(top[k], &sub) != nil {
			continue
		}
		for _, k2 := range sortedKeys(sub) {
			if _, ok := try(sub[k2]); ok {
				return locate(sub[k2])
			}
		}
	}
	return nil
}

func sortedKeys(m map[string]json.RawMessage) []string {
	return slices.Sorted(maps.Keys(m))
}

// insertRecord puts rec before the first record of body (or, in an empty
// JSON array, as its only element).
func insertRecord(body, rec []byte) ([]byte, bool) {
	spans := records(body)
	isJSON := bytes.HasPrefix(bytes.TrimSpace(body), []byte("{"))
	if len(spans) == 0 {
		return body, false
	}
	at := spans[0].start
	sep := []byte("\n")
	if isJSON {
		sep = []byte(",")
	}
	out := make([]byte, 0, len(body)+len(rec)+1)
	out = append(out, body[:at]...)
	out = append(out, rec...)
	out = append(out, sep...)
	out = append(out, body[at:]...)
	return out, true
}

// dropRecord removes the first record of body.
func dropRecord(body []byte) ([]byte, bool) {
	spans := records(body)
	if len(spans) == 0 {
		return body, false
	}
	start, end := spans[0].start, spans[0].end
	if bytes.HasPrefix(bytes.TrimSpace(body), []byte("{")) {
		// Remove the separating comma too: the one after, or else before.
		rest := bytes.TrimLeft(body[end:], " \t\r\n")
		if len(rest) > 0 && rest[0] == ',' {
			end = len(body) - len(rest) + 1
		} else if j := bytes.LastIndexByte(body[:start], ','); j >= 0 && len(bytes.TrimSpace(body[j+1:start])) == 0 {
			start = j
		}
	}
	out := append(append([]byte(nil), body[:start]...), body[end:]...)
	return out, true
}

// badUTF8Anchors are where a title's text starts.
func badUTF8Anchors() []*regexp.Regexp {
	return []*regexp.Regexp{
		regexp.MustCompile(`<ArticleTitle>`),
		regexp.MustCompile(`"title"\s*:\s*"`),
		regexp.MustCompile(`"officialTitle"\s*:\s*"`),
		regexp.MustCompile(`"briefTitle"\s*:\s*"`),
	}
}

// invalidUTF8 is not UTF-8: a lone continuation byte and a byte that never
// occurs in UTF-8.
const invalidUTF8 = "\x80\xff"

// badUTF8 inserts invalid bytes after the first occurrence of each anchor.
func badUTF8(body []byte) ([]byte, bool) {
	out := body
	applied := false
	for _, a := range badUTF8Anchors() {
		loc := a.FindIndex(out)
		if loc == nil {
			continue
		}
		i := loc[1]
		out = append(append(append([]byte(nil), out[:i]...), invalidUTF8...), out[i:]...)
		applied = true
	}
	return out, applied
}

// Proxy is an Injector in front of an upstream base URL, served by its own
// httptest server.
type Proxy struct {
	*Injector
	// URL is the proxy's base URL: the upstream's, with the proxy's host.
	URL string
	srv *httptest.Server
}

// NewProxy starts a Proxy in front of upstream, a base URL such as a fake
// server's URL ("http://127.0.0.1:4711/entrez/eutils/"); tb.Cleanup closes
// it. Requests keep their path and query.
func NewProxy(tb testing.TB, upstream string, sched Schedule, opts Options) *Proxy {
	tb.Helper()
	p, err := startProxy(upstream, sched, opts)
	if err != nil {
		tb.Fatalf("faulttest: %v", err)
		return nil
	}
	tb.Cleanup(p.Close)
	return p
}

func startProxy(upstream string, sched Schedule, opts Options) (*Proxy, error) {
	u, err := url.Parse(upstream)
	if err != nil {
		return nil, fmt.Errorf("upstream %q: %w", upstream, err)
	}
	if u.Scheme == "" || u.Host == "" {
		return nil, errors.New("upstream " + strconv.Quote(upstream) + " is not an absolute URL")
	}
	rp := httputil.NewSingleHostReverseProxy(&url.URL{Scheme: u.Scheme, Host: u.Host})
	// A client giving up (a stall, a size cap) is expected: keep the
	// proxy's complaints about it out of the test log.
	rp.ErrorLog = log.New(io.Discard, "", 0)
	in := New(rp, sched, opts)
	srv := httptest.NewServer(in)
	return &Proxy{Injector: in, URL: srv.URL + u.EscapedPath(), srv: srv}, nil
}

// Close stops the proxy's server.
func (p *Proxy) Close() { p.srv.Close() }
