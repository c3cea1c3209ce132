package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"net"

	"github.com/litwatch/litwatch/internal/cmdline"
	"github.com/litwatch/litwatch/internal/config"
	"github.com/litwatch/litwatch/internal/lock"
	"github.com/litwatch/litwatch/report/review"
	"github.com/litwatch/litwatch/report/web"
)

func serveCommand() command {
	var addr string
	return command{
		name: "serve", summary: "the digests, review queue, claims, search and status as a local web page", db: existingDB,
		usage: `Usage: litwatch serve [--addr HOST:PORT] [--config FILE] [--db FILE]

Serves a web page until SIGINT or SIGTERM: the latest and earlier digests,
the review queue (decide on a flag, per claim, with a note; reopen it; its
history), one page per claim, the search and the status. It prints the
address to open. It can run beside litwatch run or daemon.

On loopback (the default) no password is asked. An address reachable from
other machines needs a token (serve.token_env or serve.token_file), given
as the password of the browser's login prompt, with any user name (the
name is recorded as who decided).`,
		flags: func(fs *flag.FlagSet) {
			fs.StringVar(&addr, "addr", "", "address to listen on, HOST:PORT (default serve.addr, 127.0.0.1:8080)")
		},
		check: func([]string) error { return addrFlag("--addr", addr) },
		run: func(ctx context.Context, c *call) error {
			if addr == "" {
				addr = c.cfg.Serve.Addr
			}
			srv, ln, err := c.app.startServer(ctx, addr)
			if err != nil {
				return err
			}
			fmt.Fprintf(c.stdout, "litwatch serving %s (stop with Ctrl-C)\n", serveURL(ln))
			err = srv.Serve(ctx, ln)
			c.app.log.Info("web page stopped")
			return err
		},
	}
}

// addrFlag refuses a flag's address that is not HOST:PORT ("" is left to
// the default).
func addrFlag(name, addr string) error {
	if addr == "" {
		return nil
	}
	if err := config.CheckAddr(name, addr); err != nil {
		return cmdline.Usagef("%v", err)
	}
	return nil
}

// startServer listens on addr and makes the page. An address reachable
// from other machines without a token is refused before anything is served.
func (a *app) startServer(ctx context.Context, addr string) (*web.Server, net.Listener, error) {
	token, err := a.cfg.ServeToken(a.env.getenv)
	if err != nil {
		return nil, nil, err
	}
	sched, err := a.cfg.Schedule()
	if err != nil {
		return nil, nil, err
	}
	srv, err := web.New(web.Config{
		DB: a.db, Claims: a.claims.Claims, Log: a.log, Token: token, BaseURL: a.cfg.Serve.BaseURL,
		DefaultBy: review.DefaultBy(a.env.getenv),
		// A decision on the page rewrites the feed, as `litwatch flags` does.
		AfterDecision: a.reporter().RefreshFeed,
		Schedule:      fmt.Sprintf("%s (%s)", sched.Spec, sched.Loc),
		NextRun:       sched.Next,
		Busy:          func() (bool, error) { return lock.Held(a.db.Path()) },
		Redact:        a.secrets.String,
		Now:           a.now,
		Location:      sched.Loc,
	})
	if err != nil {
		return nil, nil, err
	}
	ln, err := web.Listen(ctx, addr, token != "")
	if errors.Is(err, web.ErrNoAuth) {
		return nil, nil, a.cfg.NoToken(addr, err)
	}
	if err != nil {
		return nil, nil, err
	}
	return srv, ln, nil
}

// serveURL is the address to open for ln.
func serveURL(ln net.Listener) string {
	return "http://" + ln.Addr().String() + "/"
}
