package main

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/litwatch/litwatch/report/web"
)

// ServeConfig is the [serve] section: the web page of litwatch serve and
// daemon --serve.
type ServeConfig struct {
	Addr      string `toml:"addr"`
	BaseURL   string `toml:"base_url"`
	TokenEnv  string `toml:"token_env"`
	TokenFile string `toml:"token_file"`
}

// minToken is the shortest token accepted: a page reachable from other
// machines must not be guessable.
const minToken = 16

func (s ServeConfig) validate() error {
	if _, _, err := net.SplitHostPort(s.Addr); err != nil {
		return fmt.Errorf("serve.addr: %q is not HOST:PORT (e.g. 127.0.0.1:8080)", s.Addr)
	}
	if s.BaseURL != "" {
		if err := checkBaseURL("serve.base_url", s.BaseURL); err != nil {
			return err
		}
		u, _ := url.Parse(s.BaseURL)
		if u.RawQuery != "" || u.Fragment != "" || u.User != nil {
			return fmt.Errorf("serve.base_url: %q: give the page's address without a query, fragment or user", s.BaseURL)
		}
		// The page's own links start at the root of its host.
		if strings.Trim(u.Path, "/") != "" {
			return fmt.Errorf("serve.base_url: %q has a path: the page is served at the root of its host (e.g. https://lit.example.org/)", s.BaseURL)
		}
	}
	return nil
}

// serveToken reads the token from serve.token_file or serve.token_env
// ("" if neither holds one).
func serveToken(cfg *Config, e *env) (string, error) {
	s := cfg.Serve
	var tok, key string
	switch {
	case s.TokenFile != "":
		b, err := os.ReadFile(cfg.resolve(s.TokenFile))
		if err != nil {
			return "", fmt.Errorf("serve.token_file: %w", err)
		}
		tok, key = strings.TrimSpace(string(b)), "serve.token_file: "+s.TokenFile
		if tok == "" {
			return "", fmt.Errorf("serve.token_file: %s is empty", s.TokenFile)
		}
	case s.TokenEnv != "":
		tok, key = strings.TrimSpace(e.getenv(s.TokenEnv)), "serve.token_env: $"+s.TokenEnv
	}
	if tok != "" && len(tok) < minToken {
		return "", fmt.Errorf("%s: the token is shorter than %d characters", key, minToken)
	}
	return tok, nil
}

func serveCmd(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "serve")
	var cf commonFlags
	cf.register(fs)
	addr := fs.String("addr", "", "address to listen on, HOST:PORT (default serve.addr, 127.0.0.1:8080)")
	fs.Usage = func() {
		fmt.Fprintln(fs.Output(), `Usage: litwatch serve [--addr HOST:PORT] [--config FILE] [--db FILE]

Serves a web page until SIGINT or SIGTERM: the latest and earlier digests,
the review queue (decide on a flag, per claim, with a note; reopen it; its
history), one page per claim, the search and the status. It prints the
address to open. It can run beside litwatch run or daemon.

On loopback (the default) no password is asked. An address reachable from
other machines needs a token (serve.token_env or serve.token_file), given
as the password of the browser's login prompt, with any user name (the
name is recorded as who decided).`)
		fs.PrintDefaults()
	}
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *addr != "" {
		if _, _, err := net.SplitHostPort(*addr); err != nil {
			return usageError{fmt.Sprintf("--addr: %q is not HOST:PORT (e.g. 127.0.0.1:8080)", *addr)}
		}
	}
	a, err := openApp(ctx, e, &cf, existingDB)
	if err != nil {
		return err
	}
	defer a.Close()
	if *addr == "" {
		*addr = a.cfg.Serve.Addr
	}
	srv, ln, err := a.startServer(ctx, *addr)
	if err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "litwatch serving %s (stop with Ctrl-C)\n", serveURL(ln))
	err = srv.Serve(ctx, ln)
	a.log.Info("web page stopped")
	return err
}

// daemonServing runs the daemon, with the web page beside it when addr is
// set. Both share the database (one pool; SQLite's WAL lets the page read
// while a cycle writes, and a decision waits for the cycle's transaction).
// A page that stops with an error stops the daemon too.
func (a *app) daemonServing(ctx context.Context, addr string) error {
	if addr == "" {
		return a.daemon(ctx)
	}
	srv, ln, err := a.startServer(ctx, addr)
	if err != nil {
		return err
	}
	fmt.Fprintf(a.env.stdout, "litwatch serving %s beside the daemon\n", serveURL(ln))
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	errc := make(chan error, 1)
	go func() {
		err := srv.Serve(ctx, ln)
		if err != nil {
			a.log.Error("the web page stopped; stopping the daemon", "err", err)
		}
		cancel()
		errc <- err
	}()
	derr := a.daemon(ctx)
	cancel()
	return errors.Join(derr, <-errc)
}

// startServer listens on addr and makes the page. An address reachable
// from other machines without a token is refused before anything is served.
func (a *app) startServer(ctx context.Context, addr string) (*web.Server, net.Listener, error) {
	token, err := serveToken(a.cfg, a.env)
	if err != nil {
		return nil, nil, err
	}
	loc, err := a.cfg.Location()
	if err != nil {
		return nil, nil, err
	}
	sched, err := parseSchedule(a.cfg.Daemon.Schedule)
	if err != nil {
		return nil, nil, err
	}
	srv, err := web.New(web.Config{
		DB:            a.db,
		Claims:        a.claims.Claims,
		Log:           a.log,
		Token:         token,
		BaseURL:       a.cfg.Serve.BaseURL,
		DefaultBy:     osUser(a.env),
		AfterDecision: a.refreshFeed,
		Schedule:      fmt.Sprintf("%s (%s)", a.cfg.Daemon.Schedule, loc),
		NextRun:       func(now time.Time) time.Time { return sched.Next(now.In(loc)) },
		Busy:          func() (bool, error) { return lockHeld(a.db.Path()) },
		Redact:        a.secrets.String,
		Now:           a.now,
		Location:      loc,
	})
	if err != nil {
		return nil, nil, err
	}
	ln, err := web.Listen(ctx, addr, token != "")
	if errors.Is(err, web.ErrNoAuth) {
		where := "serve.token_file"
		if a.cfg.Serve.TokenEnv != "" {
			where = "$" + a.cfg.Serve.TokenEnv + " (serve.token_env) or serve.token_file"
		}
		return nil, nil, fmt.Errorf("refusing to serve on %s: it is reachable from other machines and no token is set; put a token of %d or more characters in %s, or listen on 127.0.0.1: %w",
			addr, minToken, where, err)
	}
	if err != nil {
		return nil, nil, err
	}
	return srv, ln, nil
}

// refreshFeed rewrites the feed of open flags after a decision, as
// `litwatch flags` does; a feed never written is left to the first cycle.
func (a *app) refreshFeed(ctx context.Context) error {
	if _, err := os.Stat(filepath.Join(a.cfg.Digest.Dir, feedFile)); err != nil {
		return nil
	}
	return a.writeFeed(ctx)
}

// serveURL is the address to open for ln.
func serveURL(ln net.Listener) string {
	return "http://" + ln.Addr().String() + "/"
}
