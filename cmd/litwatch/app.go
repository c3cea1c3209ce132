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

	"github.com/litwatch/litwatch/internal/cmdline"
	"github.com/litwatch/litwatch/internal/lock"
	"github.com/litwatch/litwatch/internal/redact"
	"github.com/litwatch/litwatch/report/claims"
	"github.com/litwatch/litwatch/report/deliver"
	"github.com/litwatch/litwatch/store"
)

// defaultConfigFile is read when --config is not given and it exists.
const defaultConfigFile = "litwatch.toml"

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
	cfg    *Config
	log    *slog.Logger
	db     *store.DB
	claims *claims.Set
	env    *env
	now    func() time.Time
	// apiKeys are redacted from whatever the sources' servers send back;
	// secrets (the keys and the SMTP password) from what the mail server
	// sends back, every log line and `status`.
	apiKeys, secrets redact.Secrets
	// progressShown is set while a progress line is on the terminal.
	progressShown bool
	// outbox sends the digests by e-mail (run and daemon, when enabled).
	outbox *deliver.Outbox
	// jobs (what a cycle asks of the crawler side) and lock are set for
	// the commands that run cycles.
	jobs *crawlJobs
	lock *lock.Lock
}

// loadConfig reads the config named by the flags.
func (c *commonFlags) loadConfig() (*Config, error) {
	path := c.config
	if path == "" {
		if _, err := os.Stat(defaultConfigFile); err == nil {
			path = defaultConfigFile
		}
	}
	cfg, err := LoadConfig(path)
	if err != nil {
		return nil, err
	}
	if c.db != "" {
		cfg.Store.Path = c.db
	} else {
		cfg.Store.Path = cfg.resolve(cfg.Store.Path)
	}
	cfg.Digest.Dir = cfg.resolve(cfg.Digest.Dir)
	cfg.Claims = cfg.resolve(cfg.Claims)
	return cfg, nil
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
	apiKeys, secrets := knownSecrets(cfg, e)
	// The commands that send resolve the SMTP settings now: a missing
	// password stops them before the database is opened or a source asked.
	var mailCfg *deliver.SMTPConfig
	if mode == createDB && cfg.Email.Enabled {
		c, err := smtpConfig(cfg, e)
		if err != nil {
			return nil, err
		}
		c.Secrets = secrets
		if e.tuneSMTP != nil {
			e.tuneSMTP(&c)
		}
		mailCfg = &c
	}
	log, err := newLogger(e, cfg.Log, secrets)
	if err != nil {
		return nil, err
	}
	var set *claims.Set
	if cfg.Claims == "" {
		set, err = claims.Default()
	} else {
		set, err = claims.Load(cfg.Claims)
	}
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
	a := &app{cfg: cfg, log: log, db: db, claims: set, env: e, now: now, apiKeys: apiKeys, secrets: secrets}
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

// knownSecrets collects the secret values the config points to: the API
// keys of the sources, and those plus the SMTP password. The fetchers get
// only the keys (the values they send), so that response bodies are never
// searched for a password that may be a common word. A password that
// cannot be read is left out here; sending mail reports it.
func knownSecrets(cfg *Config, e *env) (apiKeys, all redact.Secrets) {
	var keys []string
	for _, name := range []string{cfg.Sources.PubMed.APIKeyEnv, cfg.Sources.OpenAlex.APIKeyEnv} {
		if name != "" {
			keys = append(keys, e.getenv(name))
		}
	}
	apiKeys, all = redact.New(keys...), redact.New(keys...)
	if cfg.Email.Enabled {
		if pw, err := smtpPassword(cfg, e); err == nil {
			all = all.With(pw, "\x00"+cfg.Email.Username+"\x00"+pw)
		}
	}
	return apiKeys, all
}

// Close releases the lock, if held, and closes the database.
func (a *app) Close() error {
	if a.lock != nil {
		a.lock.Unlock()
	}
	return a.db.Close()
}

// newLogger makes the logger of lc. Any secret in a message or an
// attribute is replaced by REDACTED: the sources and the mailer redact
// what servers send back, and this is the last line of defence.
func newLogger(e *env, lc LogConfig, secrets redact.Secrets) (*slog.Logger, error) {
	level, err := parseLevel(lc.Level)
	if err != nil {
		return nil, err
	}
	opts := &slog.HandlerOptions{Level: level}
	if !secrets.Empty() {
		opts.ReplaceAttr = secrets.ReplaceAttr
	}
	if lc.Format == "json" {
		return slog.New(slog.NewJSONHandler(e.stderr, opts)), nil
	}
	return slog.New(slog.NewTextHandler(e.stderr, opts)), nil
}
