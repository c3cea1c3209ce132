// Command litwatch watches the literature for publications that could
// change a set of tracked clinical conclusions ("claims") and writes a
// digest of them each week. `litwatch help` lists its commands (the
// command table below), `litwatch help COMMAND` shows one's flags; flags
// may follow a command's words, and words after -- are never flags.
//
// This package is the wiring: the command table, the sources and the
// reporter built from the config (internal/config), the daemon's schedule
// (internal/daemon), the database's lock (internal/lock). What a cycle
// does belongs to the crawler (crawler/...), the store and the reporter
// (report/...).
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime/debug"
	"syscall"
	"time"

	"github.com/robfig/cron/v3"

	"github.com/litwatch/litwatch/crawler"
	"github.com/litwatch/litwatch/internal/cmdline"
	"github.com/litwatch/litwatch/internal/config"
	"github.com/litwatch/litwatch/internal/lock"
	"github.com/litwatch/litwatch/internal/termsafe"
	"github.com/litwatch/litwatch/report/cycle"
	"github.com/litwatch/litwatch/report/deliver"
	"github.com/litwatch/litwatch/store"
)

// command is one entry of the command table.
type command struct {
	name    string
	summary string // one line, in litwatch's list of commands
	usage   string // the command's help, above its flags
	// db is what the command opens before it runs: see dbMode.
	db dbMode
	// words says whether the command takes words besides its flags.
	words bool
	// flags registers the command's own flags (nil: none).
	flags func(fs *flag.FlagSet)
	// check looks at the words and flags before anything is opened, so
	// that a usage error is said first (nil: nothing to check).
	check func(words []string) error
	run   func(ctx context.Context, c *call) error
}

// dbMode is what a command opens before it runs.
type dbMode int

const (
	noConfig   dbMode = iota // nothing: no --config or --db
	configOnly               // the config (--config, --db), no database
	existingDB               // config, claims and an existing database: nothing is created
	createDB                 // the same, the database made on first use, the sources built, the lock held
)

// call is one run of a command.
type call struct {
	*env
	words []string
	cfg   *config.Config // loaded unless the command's mode is noConfig
	app   *app           // opened for existingDB and createDB
}

// commands is the command table, in the order `litwatch help` lists it.
func commands() []command {
	return []command{
		runCommand(),
		daemonCommand(),
		reportCommand(),
		searchCommand(),
		flagsCommand(),
		exportCommand(),
		importCommand(),
		statusCommand(),
		serveCommand(),
		initCommand(),
		evalCommand(),
		claimsCommand(),
		versionCommand(),
		{name: "help", summary: "print a command's help: litwatch help COMMAND"},
	}
}

// env is what commands get from the outside world.
type env struct {
	// stdout and stderr receive everything litwatch prints; Main passes
	// both through termsafe.Text.
	stdout, stderr io.Writer
	// progress is where the progress line is drawn when it is a terminal:
	// the real stderr (Main sets it).
	progress io.Writer
	getenv   func(string) string
	// tuneFetcher, if set, adjusts every fetcher's settings (tests use it
	// for fast retries).
	tuneFetcher func(*crawler.FetcherConfig)
	// tuneSMTP, if set, adjusts the SMTP settings (tests trust their
	// self-signed certificate with it).
	tuneSMTP func(*deliver.SMTPConfig)
	// outboxTick is how often the daemon retries e-mails (default
	// deliver.FirstRetry).
	outboxTick time.Duration
	// now, if set, replaces the clock (tests of retry schedules).
	now func() time.Time
	// schedule, if set, replaces daemon.schedule: tests run the daemon
	// every second, which the config refuses.
	schedule cron.Schedule
}

// Exit statuses besides 0 (done), 1 (could not run) and 2 (usage).
const (
	// exitNoSource: the cycle ran and wrote its digest, but every source
	// failed (no network, say), so it could not look for anything.
	exitNoSource = 3
	// exitMailNotSent: the cycle ran and wrote its digest, but an e-mail
	// it tried (this digest's or an earlier one's) was not delivered.
	exitMailNotSent = 4
)

func main() {
	// The first SIGINT/SIGTERM cancels ctx: a running cycle abandons its
	// work cleanly. Then the default handlers are restored, so a second
	// signal ends the process at once.
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	go func() {
		<-ctx.Done()
		stop()
	}()
	e := &env{stdout: os.Stdout, stderr: os.Stderr, getenv: os.Getenv}
	os.Exit(Main(ctx, e, os.Args[1:]))
}

// Main runs litwatch with args and returns the exit status. Everything it
// prints passes through termsafe.Text: no control character from a
// server's text reaches the terminal.
func Main(ctx context.Context, e *env, args []string) int {
	out, errw := termsafe.NewWriter(e.stdout), termsafe.NewWriter(e.stderr)
	defer out.Flush()  //nolint:errcheck // nothing left to report it to
	defer errw.Flush() //nolint:errcheck
	te := *e
	te.stdout, te.stderr = out, errw
	if te.progress == nil {
		te.progress = e.stderr
	}
	return te.program().Run(ctx, te.stdout, te.stderr, args)
}

// program is litwatch's command table for one run.
func (e *env) program() *cmdline.Program {
	p := &cmdline.Program{Name: "litwatch", About: "litwatch watches the literature for publications that could change your tracked claims.", Hint: hint}
	for _, c := range commands() {
		p.Commands = append(p.Commands, c.cmdline(e))
	}
	return p
}

// cmdline is the command as package cmdline runs it: with --config and --db
// unless it opens nothing, and opening (and closing) what it needs after
// its check.
func (c command) cmdline(e *env) cmdline.Command {
	var cf commonFlags
	cc := cmdline.Command{Name: c.name, Summary: c.summary, Usage: c.usage, Words: c.words, Check: c.check}
	cc.Flags = func(fs *flag.FlagSet) {
		if c.db != noConfig {
			cf.register(fs)
		}
		if c.flags != nil {
			c.flags(fs)
		}
	}
	if c.run == nil {
		return cc
	}
	cc.Run = func(ctx context.Context, words []string) (err error) {
		cl := &call{env: e, words: words}
		switch c.db {
		case configOnly:
			if cl.cfg, err = cf.loadConfig(); err != nil {
				return err
			}
		case existingDB, createDB:
			if cl.app, err = openApp(ctx, e, &cf, c.db); err != nil {
				return err
			}
			defer cl.app.Close()
			cl.cfg = cl.app.cfg
		}
		return c.run(ctx, cl)
	}
	return cc
}

// hint adds what a user can do about a few low-level errors.
func hint(err error) string {
	switch {
	case store.DiskFull(err):
		return "the disk may be full (or a file-size limit reached). Nothing already stored is lost: make room and run again; the next run fetches what this one could not store."
	case errors.Is(err, lock.ErrLocked):
		return "wait for the other run to finish, or stop the daemon (`litwatch status` shows it)."
	case errors.Is(err, cycle.ErrMailNotSent):
		return "a temporary failure is retried by the next run or the daemon's next tick; one the server refused for good (a 5xx reply) is not: fix the [email] settings."
	case errors.Is(err, cycle.ErrNoSourceReached):
		return "check the network (and DNS) of this machine; the next run asks for everything this one could not."
	}
	return ""
}

// version is the module version the binary was built from, or "dev".
func version() string {
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
		return bi.Main.Version
	}
	return "dev"
}

func versionCommand() command {
	return command{
		name: "version", summary: "print litwatch's version (also: litwatch --version)",
		usage: "Usage: litwatch version\n       litwatch --version\n\nPrints litwatch's version: the module version it was built from, or\n\"dev\" for a build from a source tree.",
		run: func(_ context.Context, c *call) error {
			fmt.Fprintf(c.stdout, "litwatch %s\n", version())
			return nil
		},
	}
}
