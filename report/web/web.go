// Package web is litwatch's local web page (`litwatch serve`): the
// digests, the review queue, one page per claim, the search and the
// status, rendered on the server with html/template and usable without
// JavaScript.
//
// Every text that comes from a record or a server is untrusted: templates
// escape it, the digest is rendered by the HTML digest's own template, and
// a strict Content-Security-Policy forbids scripts, inline styles and any
// other origin. Forms that change state carry a CSRF token bound to a
// cookie; a server reachable beyond loopback requires a token (HTTP basic
// auth or a bearer token); only the embedded assets are ever served as
// files; request bodies are capped.
package web

import (
	"context"
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"embed"
	"encoding/hex"
	"errors"
	"fmt"
	"html/template"
	"io/fs"
	"log/slog"
	"net"
	"net/http"
	"net/url"
	"path"
	"strings"
	"time"

	"github.com/litwatch/litwatch/report/claims"
	"github.com/litwatch/litwatch/report/digest"
	"github.com/litwatch/litwatch/store"
)

//go:embed templates/*.html static/*
var files embed.FS

// MaxBody is the most a request body may hold; a larger one is refused
// (413) before it is read.
const MaxBody = 64 << 10

// CSP is the Content-Security-Policy of every response: no script at
// all, styles and images only from the page's own embedded assets, forms
// only to itself, never framed.
const CSP = "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"

// ErrNoAuth is returned by Listen when the address is reachable from other
// machines and no token was given.
var ErrNoAuth = errors.New("reachable from other machines without a token")

// Config is what the server shows and how.
type Config struct {
	DB     *store.DB
	Claims []claims.Claim // the tracked claims, in display order
	Log    *slog.Logger
	// Token, when set, is required of every request: as the password of
	// HTTP basic auth (the user name is who decides) or as a bearer token.
	Token string
	// BaseURL is [serve] base_url: its host is accepted besides loopback
	// names when no token is set.
	BaseURL string
	// DefaultBy is who decides when neither the form nor basic auth names
	// anyone (the user running litwatch).
	DefaultBy string
	// AfterDecision, if set, runs after a decision is stored (litwatch
	// rewrites the feed of open flags, as `litwatch flags` does). Its
	// error is logged; the decision stands.
	AfterDecision func(ctx context.Context) error
	// Schedule is the daemon's schedule in words; NextRun, if set, gives
	// the next scheduled run after a time.
	Schedule string
	NextRun  func(time.Time) time.Time
	// Busy, if set, says whether a run or daemon is working on the
	// database now.
	Busy func() (bool, error)
	// Redact, if set, removes secrets from stored error messages before
	// they are shown.
	Redact func(string) string
	// Now and Location are the clock and the zone times are shown in
	// (default time.Now, time.Local).
	Now      func() time.Time
	Location *time.Location
}

// Server is the web page. It holds no state besides its configuration,
// its parsed templates and the key its CSRF tokens are signed with.
type Server struct {
	cfg     Config
	pages   map[string]*template.Template
	assets  map[string]asset
	csrfKey []byte
	handler http.Handler
}

type asset struct {
	body  []byte
	ctype string
}

// New makes the server. It parses every template now, so a broken
// template stops it at start, never at a request.
func New(cfg Config) (*Server, error) {
	if cfg.DB == nil {
		return nil, errors.New("web: no database")
	}
	if cfg.Log == nil {
		cfg.Log = slog.New(slog.DiscardHandler)
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	if cfg.Location == nil {
		cfg.Location = time.Local
	}
	if cfg.Redact == nil {
		cfg.Redact = func(s string) string { return s }
	}
	key := make([]byte, 32)
	if _, err := rand.Read(key); err != nil {
		return nil, fmt.Errorf("web: CSRF key: %w", err)
	}
	s := &Server{cfg: cfg, csrfKey: key}
	if err := s.parseTemplates(); err != nil {
		return nil, err
	}
	if err := s.loadAssets(); err != nil {
		return nil, err
	}
	s.handler = s.routes()
	return s, nil
}

// Handler is the server's handler, with every protection in place.
func (s *Server) Handler() http.Handler { return s.handler }

func (s *Server) loadAssets() error {
	s.assets = map[string]asset{
		"digest.css": {body: []byte(digest.HTMLStyle()), ctype: "text/css; charset=utf-8"},
	}
	entries, err := fs.ReadDir(files, "static")
	if err != nil {
		return fmt.Errorf("web: assets: %w", err)
	}
	for _, e := range entries {
		b, err := files.ReadFile("static/" + e.Name())
		if err != nil {
			return fmt.Errorf("web: asset %s: %w", e.Name(), err)
		}
		ctype := "application/octet-stream"
		switch path.Ext(e.Name()) {
		case ".css":
			ctype = "text/css; charset=utf-8"
		case ".svg":
			ctype = "image/svg+xml"
		}
		s.assets[e.Name()] = asset{body: b, ctype: ctype}
	}
	return nil
}

func (s *Server) routes() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /{$}", s.latestDigest)
	mux.HandleFunc("GET /digests", s.digestList)
	mux.HandleFunc("GET /digests/{id}", s.digestPage)
	mux.HandleFunc("GET /review", s.review)
	mux.HandleFunc("POST /review/decide", s.decide)
	mux.HandleFunc("GET /claims", s.claimList)
	mux.HandleFunc("GET /claims/{id}", s.claimPage)
	mux.HandleFunc("GET /search", s.search)
	mux.HandleFunc("GET /status", s.status)
	mux.HandleFunc("GET /static/{name}", s.static)
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		s.fail(w, r, http.StatusNotFound, "There is no such page.")
	})
	cop := http.NewCrossOriginProtection()
	cop.SetDenyHandler(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.fail(w, r, http.StatusForbidden, "Refused: a form of another site cannot change anything here.")
	}))
	var h http.Handler = mux
	h = s.checkCSRF(h)
	h = cop.Handler(h)
	h = capBody(h)
	h = s.authenticate(h)
	h = s.checkHost(h)
	h = securityHeaders(h)
	return h
}

// securityHeaders sets the headers of every response.
func securityHeaders(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("Content-Security-Policy", CSP)
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("X-Frame-Options", "DENY")
		h.Set("Referrer-Policy", "no-referrer")
		h.Set("Cross-Origin-Opener-Policy", "same-origin")
		h.Set("Cross-Origin-Resource-Policy", "same-origin")
		h.Set("Cache-Control", "no-store")
		next.ServeHTTP(w, r)
	})
}

// checkHost refuses, when no token protects the page, a request naming a
// host that is not this machine (nor base_url's): a web site that points
// its own name at 127.0.0.1 (DNS rebinding) cannot read the page.
func (s *Server) checkHost(next http.Handler) http.Handler {
	allowed := map[string]bool{}
	if u, err := url.Parse(s.cfg.BaseURL); err == nil && u.Hostname() != "" {
		allowed[strings.ToLower(u.Hostname())] = true
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if s.cfg.Token == "" {
			host := r.Host
			if h, _, err := net.SplitHostPort(host); err == nil {
				host = h
			}
			host = strings.ToLower(strings.Trim(host, "[]"))
			if !loopbackName(host) && !allowed[host] {
				s.fail(w, r, http.StatusMisdirectedRequest, "Refused: this page answers only to localhost (or set a token to serve it under another name).")
				return
			}
		}
		next.ServeHTTP(w, r)
	})
}

func loopbackName(host string) bool {
	if host == "localhost" || strings.HasSuffix(host, ".localhost") {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// authenticate requires the token, when one is set: as basic auth's
// password or a bearer token.
func (s *Server) authenticate(next http.Handler) http.Handler {
	if s.cfg.Token == "" {
		return next
	}
	want := sha256.Sum256([]byte(s.cfg.Token))
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var given string
		if _, pw, ok := r.BasicAuth(); ok {
			given = pw
		} else if b, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer "); ok {
			given = strings.TrimSpace(b)
		}
		got := sha256.Sum256([]byte(given))
		if given == "" || subtle.ConstantTimeCompare(got[:], want[:]) != 1 {
			w.Header().Set("WWW-Authenticate", `Basic realm="litwatch", charset="UTF-8"`)
			s.fail(w, r, http.StatusUnauthorized, "This page needs the token: give any user name and the token as the password.")
			return
		}
		next.ServeHTTP(w, r)
	})
}

// capBody refuses a request body larger than MaxBody.
func capBody(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.ContentLength > MaxBody {
			http.Error(w, "request body too large", http.StatusRequestEntityTooLarge)
			return
		}
		r.Body = http.MaxBytesReader(w, r.Body, MaxBody)
		next.ServeHTTP(w, r)
	})
}

// csrfCookie holds the random value a page's CSRF tokens are bound to.
const csrfCookie = "litwatch_csrf"

// csrfToken returns the token for this browser's forms, setting its
// cookie first when it has none. Call it before the response is written.
func (s *Server) csrfToken(w http.ResponseWriter, r *http.Request) string {
	v := ""
	if c, err := r.Cookie(csrfCookie); err == nil && validNonce(c.Value) {
		v = c.Value
	} else {
		b := make([]byte, 32)
		if _, err := rand.Read(b); err != nil {
			return "" // a form without a token is refused: safe
		}
		v = hex.EncodeToString(b)
		http.SetCookie(w, &http.Cookie{Name: csrfCookie, Value: v, Path: "/", HttpOnly: true, SameSite: http.SameSiteStrictMode})
	}
	return s.sign(v)
}

func (s *Server) sign(nonce string) string {
	m := hmac.New(sha256.New, s.csrfKey)
	m.Write([]byte(nonce))
	return hex.EncodeToString(m.Sum(nil))
}

func validNonce(v string) bool {
	if len(v) != 64 {
		return false
	}
	_, err := hex.DecodeString(v)
	return err == nil
}

// checkCSRF refuses (403) every request that could change state unless
// its form carries the token of its cookie.
func (s *Server) checkCSRF(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.Method {
		case http.MethodGet, http.MethodHead, http.MethodOptions:
			next.ServeHTTP(w, r)
			return
		}
		if err := r.ParseForm(); err != nil {
			var mb *http.MaxBytesError
			if errors.As(err, &mb) {
				http.Error(w, "request body too large", http.StatusRequestEntityTooLarge)
				return
			}
			s.fail(w, r, http.StatusBadRequest, "The form could not be read.")
			return
		}
		c, err := r.Cookie(csrfCookie)
		given := r.PostForm.Get("csrf")
		if err != nil || !validNonce(c.Value) || given == "" || !hmac.Equal([]byte(given), []byte(s.sign(c.Value))) {
			s.cfg.Log.Warn("web: refused a form without a valid CSRF token", "path", r.URL.Path)
			s.fail(w, r, http.StatusForbidden, "Refused: the form's security token is missing or out of date. Reload the page and try again.")
			return
		}
		next.ServeHTTP(w, r)
	})
}

// static serves the embedded assets, and nothing else.
func (s *Server) static(w http.ResponseWriter, r *http.Request) {
	a, ok := s.assets[r.PathValue("name")]
	if !ok {
		s.fail(w, r, http.StatusNotFound, "There is no such file.")
		return
	}
	w.Header().Set("Content-Type", a.ctype)
	w.Header().Set("Cache-Control", "max-age=3600")
	w.Write(a.body) //nolint:errcheck // the client went away
}

// Listen listens on addr. An address reachable from other machines (not
// loopback) is refused with ErrNoAuth unless auth is set: nothing is
// served there without a token.
func Listen(ctx context.Context, addr string, auth bool) (net.Listener, error) {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return nil, fmt.Errorf("web: address %q: %w (want HOST:PORT, e.g. 127.0.0.1:8080)", addr, err)
	}
	if !auth {
		ok, err := loopbackHost(ctx, host)
		if err != nil {
			return nil, err
		}
		if !ok {
			return nil, fmt.Errorf("web: %s is %w", addr, ErrNoAuth)
		}
	}
	var lc net.ListenConfig
	ln, err := lc.Listen(ctx, "tcp", addr)
	if err != nil {
		return nil, fmt.Errorf("web: listen on %s: %w", addr, err)
	}
	if tcp, ok := ln.Addr().(*net.TCPAddr); ok && !auth && !tcp.IP.IsLoopback() {
		ln.Close()
		return nil, fmt.Errorf("web: %s is %w", addr, ErrNoAuth)
	}
	return ln, nil
}

// loopbackHost reports whether every address host names is loopback; ""
// (every interface) is not.
func loopbackHost(ctx context.Context, host string) (bool, error) {
	if host == "" {
		return false, nil
	}
	if ip := net.ParseIP(host); ip != nil {
		return ip.IsLoopback(), nil
	}
	ips, err := net.DefaultResolver.LookupIPAddr(ctx, host)
	if err != nil {
		return false, fmt.Errorf("web: resolve %s: %w", host, err)
	}
	for _, ip := range ips {
		if !ip.IP.IsLoopback() {
			return false, nil
		}
	}
	return len(ips) > 0, nil
}

// Serve serves on ln until ctx is done, then shuts down gracefully:
// requests in flight get up to 10 seconds to finish.
func (s *Server) Serve(ctx context.Context, ln net.Listener) error {
	srv := &http.Server{
		Handler:           s.handler,
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       30 * time.Second,
		WriteTimeout:      60 * time.Second,
		IdleTimeout:       120 * time.Second,
		MaxHeaderBytes:    64 << 10,
		ErrorLog:          slog.NewLogLogger(s.cfg.Log.Handler(), slog.LevelWarn),
	}
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return fmt.Errorf("web: serve: %w", err)
	case <-ctx.Done():
	}
	sctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 10*time.Second)
	defer cancel()
	if err := srv.Shutdown(sctx); err != nil {
		return fmt.Errorf("web: shut down: %w", err)
	}
	if err := <-errc; err != nil && !errors.Is(err, http.ErrServerClosed) {
		return fmt.Errorf("web: serve: %w", err)
	}
	return nil
}
