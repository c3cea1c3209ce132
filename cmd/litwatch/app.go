package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"log/slog"
	"os"
	"time"

	"github.com/litwatch/litwatch/crawler/sources"
	"github.com/litwatch/litwatch/internal/cmdline"
	"github.com/litwatch/litwatch/internal/config"
	"github.com/litwatch/litwatch/internal/lock"
	"github.com/litwatch/litwatch/internal/redact"
	"github.com/litwatch/litwatch/report/claims"
	"github.com/litwatch/litwatch/report/deliver"
	"github.com/litwatch/litwatch/report/digest"
	"github.com/litwatch/litwatch/store"
)

// commonFlags are the flags every command that touches the store shares.
type commonFlags struct {
	config string
	db     string
}

func (c *commonFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&c.config, "config", "", "config file (default ./litwatch.toml if present, else the embedded defaults)")
	fs.StringVar(&c.db, "db", "", "database file (overrides store.path)")
}

// app is everything a command needs, built from the config.
type app struct {
	cfg    *config.Config
	log    *slog.Logger
	db     *store.DB
	claims *claims.Set
	env    *env
	now    func() time.Time
	// secrets (the API keys and the SMTP password) are redacted from what
	// the mail server sends back, every log line and `status`; the
	// sources redact the keys from what theirs send back.
	secrets redact.Secrets
	// outbox sends the digests by e-mail (run and daemon, when enabled).
	outbox *deliver.Outbox
	// jobs (what a cycle asks of the crawler side) and lock are set for
	// the commands that run cycles.
	jobs *sources.Set
	lock *lock.Lock
}

// loadConfig reads the config named by the flags.
func (c *commonFlags) loadConfig() (*config.Config, error) {
	return config.Open(c.config, c.db, configRules())
}

// errNoDatabase is returned (wrapped) to a command that reads the database
// when there is none.
var errNoDatabase = errors.New("no database")

// openApp loads the config, the claims and the database. With existingDB
// a missing database is an error, and no file or directory is created;
// with createDB the sources are built and the database's lock taken.
func openApp(ctx context.Context, e *env, flags *commonFlags, mode dbMode) (*app, error) {
	cfg, err := flags.loadConfig()
	if err != nil {
		return nil, err
	}
	_, secrets := cfg.Secrets(e.getenv)
	// The commands that send resolve the SMTP settings now: a missing
	// password stops them before the database is opened or a source asked.
	var mailCfg *deliver.SMTPConfig
	if mode == createDB && cfg.Email.Enabled {
		pw, err := cfg.SMTPPassword(e.getenv)
		if err != nil {
			return nil, err
		}
		c := deliver.Settings(cfg.Email, pw)
		if err := c.Validate(); err != nil {
			return nil, err
		}
		c.Secrets = secrets
		if e.tuneSMTP != nil {
			e.tuneSMTP(&c)
		}
		mailCfg = &c
	}
	log, err := cfg.Log.Logger(e.stderr, secrets)
	if err != nil {
		return nil, err
	}
	set, err := claims.Open(cfg.Claims)
	if err != nil {
		return nil, err
	}
	if mode == existingDB {
		if _, err := os.Stat(cfg.Store.Path); err != nil {
			if errors.Is(err, fs.ErrNotExist) {
				return nil, fmt.Errorf("%w at %s: run `litwatch run` first, or name the database with --db or store.path", errNoDatabase, cfg.Store.Path)
			}
			return nil, fmt.Errorf("database %s: %w", cfg.Store.Path, err)
		}
	}
	db, err := store.Open(ctx, cfg.Store.Path)
	if err != nil {
		return nil, err
	}
	now := time.Now
	if e.now != nil {
		now = e.now
		db.Now = func() time.Time { return e.now().UTC() }
	}
	a := &app{cfg: cfg, log: log, db: db, claims: set, env: e, now: now, secrets: secrets}
	if mailCfg != nil {
		a.outbox = &deliver.Outbox{DB: db, Config: *mailCfg, Now: now, Log: log}
	}
	if mode == createDB {
		if a.jobs, err = a.crawlJobs(); err == nil {
			a.lock, err = lock.Take(db.Path())
		}
		if err != nil {
			db.Close()
			return nil, err
		}
	}
	return a, nil
}

// checkClaim refuses a --claim that names no claim of the claims file.
func (a *app) checkClaim(id string) error {
	if id == "" {
		return nil
	}
	if _, ok := a.claims.Get(id); !ok {
		return cmdline.Usagef("--claim: no claim %q in the claims", id)
	}
	return nil
}

// Close releases the lock, if held, and closes the database.
func (a *app) Close() error {
	if a.lock != nil {
		a.lock.Unlock()
	}
	return a.db.Close()
}

// configRules are what the config is checked against that the other
// packages own: each source's limits, the digest's formats, the mailer's
// checks.
func configRules() config.Rules {
	return config.Rules{
		Sources: sources.Limits(),
		Formats: digest.Formats(),
		Email: func(e config.EmailConfig, password string) error {
			return deliver.Settings(e, password).Validate()
		},
	}
}
