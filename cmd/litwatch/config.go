package main

import (
	_ "embed"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/BurntSushi/toml"
	"github.com/robfig/cron/v3"

	"github.com/litwatch/litwatch/crawler"
	"github.com/litwatch/litwatch/crawler/crossref"
	"github.com/litwatch/litwatch/crawler/ctgov"
	"github.com/litwatch/litwatch/crawler/europepmc"
	"github.com/litwatch/litwatch/crawler/openalex"
	"github.com/litwatch/litwatch/crawler/pubmed"
	"github.com/litwatch/litwatch/report/deliver"
	"github.com/litwatch/litwatch/report/digest"
)

//go:embed default_config.toml
var defaultConfigTOML []byte

// Config is litwatch's configuration, read from TOML. The key names are a
// contract other tools rely on: extend them, never rename them.
type Config struct {
	Claims  string        `toml:"claims"`
	Store   StoreConfig   `toml:"store"`
	Digest  DigestConfig  `toml:"digest"`
	Crawl   CrawlConfig   `toml:"crawl"`
	Daemon  DaemonConfig  `toml:"daemon"`
	Log     LogConfig     `toml:"log"`
	Email   EmailConfig   `toml:"email"`
	Serve   ServeConfig   `toml:"serve"`
	Sources SourcesConfig `toml:"sources"`

	// dir is the directory of the config file; relative paths in the
	// file are taken relative to it.
	dir string
}

type StoreConfig struct {
	Path string `toml:"path"`
}

type DigestConfig struct {
	Dir     string   `toml:"dir"`
	Formats []string `toml:"formats"`
}

type CrawlConfig struct {
	Since       string `toml:"since"`
	OverlapDays int    `toml:"overlap_days"`
	Email       string `toml:"email"`
	// SourceTimeout is a Go duration bounding one source's crawl.
	SourceTimeout string `toml:"source_timeout"`
}

type DaemonConfig struct {
	Schedule string `toml:"schedule"`
	Timezone string `toml:"timezone"`
}

type LogConfig struct {
	Level  string `toml:"level"`
	Format string `toml:"format"`
}

// EmailConfig is the [email] section: the digest by e-mail.
type EmailConfig struct {
	Enabled      bool     `toml:"enabled"`
	Host         string   `toml:"host"`
	Port         int      `toml:"port"`
	Security     string   `toml:"security"`
	Username     string   `toml:"username"`
	PasswordEnv  string   `toml:"password_env"`
	PasswordFile string   `toml:"password_file"`
	From         string   `toml:"from"`
	To           []string `toml:"to"`
	Subject      string   `toml:"subject"`
	SendEmpty    bool     `toml:"send_empty"`
}

// smtp is the section as the mailer's settings, without the password
// (resolved at send time from password_env or password_file).
func (e EmailConfig) smtp() deliver.SMTPConfig {
	subject := e.Subject
	if subject == oldDefaultSubject {
		subject = "" // the current default, which names the real period
	}
	return deliver.SMTPConfig{
		Host: e.Host, Port: e.Port, Security: e.Security, Username: e.Username,
		From: e.From, To: e.To, Subject: subject, SendEmpty: e.SendEmpty,
	}
}

// oldDefaultSubject is the subject template earlier versions wrote into
// litwatch.toml (`litwatch init`); it said "week of" whatever the window.
const oldDefaultSubject = "litwatch: {{.Headline}} (week of {{.Week}})"

// ServeConfig is the [serve] section: the web page of litwatch serve and
// daemon --serve.
type ServeConfig struct {
	Addr      string `toml:"addr"`
	BaseURL   string `toml:"base_url"`
	TokenEnv  string `toml:"token_env"`
	TokenFile string `toml:"token_file"`
}

func (s ServeConfig) validate() error {
	if err := checkAddr("serve.addr", s.Addr); err != nil || s.BaseURL == "" {
		return err
	}
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
	return nil
}

// checkAddr refuses an address to listen on that is not HOST:PORT.
func checkAddr(key, addr string) error {
	if _, _, err := net.SplitHostPort(addr); err != nil {
		return fmt.Errorf("%s: %q is not HOST:PORT (e.g. 127.0.0.1:8080)", key, addr)
	}
	return nil
}

type SourcesConfig struct {
	PubMed         PubMedConfig `toml:"pubmed"`
	EuropePMC      SourceConfig `toml:"europepmc"`
	ClinicalTrials SourceConfig `toml:"clinicaltrials"`
	Crossref       SourceConfig `toml:"crossref"`
	OpenAlex       SourceConfig `toml:"openalex"`
}

// SourceConfig is a [sources.NAME] section of a source other than PubMed.
type SourceConfig struct {
	Enabled   bool    `toml:"enabled"`
	BaseURL   string  `toml:"base_url"`
	Query     string  `toml:"query"`
	Rate      float64 `toml:"rate"`
	PageSize  int     `toml:"page_size"`
	APIKeyEnv string  `toml:"api_key_env"`
	// WatchBasis (Crossref only): check the DOIs the claims rest on for
	// retractions, corrections and new versions every cycle.
	WatchBasis bool `toml:"watch_basis"`
}

// validate checks the [sources.NAME] section against the source's
// limits.
func (sc SourceConfig) validate(name string, l crawler.Defaults) error {
	key := "sources." + name
	if err := checkBaseURL(key+".base_url", sc.BaseURL); err != nil {
		return err
	}
	if sc.WatchBasis && name != "crossref" {
		return fmt.Errorf("%s.watch_basis: only sources.crossref can watch the claims' basis", key)
	}
	if sc.Enabled && strings.TrimSpace(sc.Query) == "" {
		return fmt.Errorf("%s.query: must not be empty when the source is enabled", key)
	}
	if sc.Rate <= 0 || sc.Rate > l.MaxRate {
		return fmt.Errorf("%s.rate: %g is out of range (more than 0, at most %g requests a second)", key, sc.Rate, l.MaxRate)
	}
	if sc.PageSize < 1 || sc.PageSize > l.MaxPageSize {
		return fmt.Errorf("%s.page_size: %d is out of range 1..%d", key, sc.PageSize, l.MaxPageSize)
	}
	return nil
}

type PubMedConfig struct {
	Enabled   bool   `toml:"enabled"`
	BaseURL   string `toml:"base_url"`
	Term      string `toml:"term"`
	APIKeyEnv string `toml:"api_key_env"`
	BatchSize int    `toml:"batch_size"`
	// Rate is requests per second; 0 picks 2.7 (9 with an API key).
	Rate float64 `toml:"rate"`
}

// DefaultConfig returns the embedded defaults.
func DefaultConfig() (*Config, error) {
	var c Config
	if err := decodeStrict(defaultConfigTOML, "embedded default config", &c); err != nil {
		return nil, err
	}
	return &c, nil
}

// LoadConfig reads path over the defaults; path "" gives the defaults.
func LoadConfig(path string) (*Config, error) {
	c, err := DefaultConfig()
	if err != nil {
		return nil, err
	}
	if path == "" {
		return c, c.Validate()
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("config: %w", err)
	}
	if err := decodeStrict(data, path, c); err != nil {
		return nil, err
	}
	c.dir = filepath.Dir(path)
	if err := c.Validate(); err != nil {
		return nil, fmt.Errorf("config %s: %w", path, err)
	}
	return c, nil
}

func decodeStrict(data []byte, name string, v any) error {
	md, err := toml.Decode(string(data), v)
	if err != nil {
		var perr toml.ParseError
		if errors.As(err, &perr) {
			return fmt.Errorf("config %s: %s", name, perr.ErrorWithPosition())
		}
		return fmt.Errorf("config %s: %w", name, err)
	}
	if und := md.Undecoded(); len(und) > 0 {
		keys := make([]string, len(und))
		for i, k := range und {
			keys[i] = k.String()
		}
		return fmt.Errorf("config %s: unknown key %s", name, strings.Join(keys, ", "))
	}
	return nil
}

// SourceTimeout is crawl.source_timeout as a duration.
func (c *Config) SourceTimeout() (time.Duration, error) {
	d, err := time.ParseDuration(strings.TrimSpace(c.Crawl.SourceTimeout))
	if err != nil {
		return 0, fmt.Errorf("crawl.source_timeout: %q is not a duration such as \"45m\" or \"2h\"", c.Crawl.SourceTimeout)
	}
	if d < 10*time.Second || d > 7*24*time.Hour {
		return 0, fmt.Errorf("crawl.source_timeout: %v is out of range 10s..168h", d)
	}
	return d, nil
}

// Validate checks every value and names the key of the first bad one.
func (c *Config) Validate() error {
	if strings.TrimSpace(c.Store.Path) == "" {
		return errors.New("store.path: must not be empty")
	}
	if strings.TrimSpace(c.Digest.Dir) == "" {
		return errors.New("digest.dir: must not be empty")
	}
	if len(c.Digest.Formats) == 0 {
		return errors.New("digest.formats: name at least one of md, html, json, text")
	}
	for _, f := range c.Digest.Formats {
		if !slices.Contains(digest.Formats(), f) {
			return fmt.Errorf("digest.formats: unknown format %q (want md, html, json or text)", f)
		}
	}
	since, err := time.Parse(time.DateOnly, c.Crawl.Since)
	if err != nil {
		return fmt.Errorf("crawl.since: %q is not a date YYYY-MM-DD", c.Crawl.Since)
	}
	if since.Year() < 1900 || since.After(time.Now()) {
		return fmt.Errorf("crawl.since: %s is out of range", c.Crawl.Since)
	}
	if c.Crawl.OverlapDays < 0 || c.Crawl.OverlapDays > 365 {
		return fmt.Errorf("crawl.overlap_days: %d is out of range 0..365", c.Crawl.OverlapDays)
	}
	if _, err := c.SourceTimeout(); err != nil {
		return err
	}
	if e := c.Crawl.Email; e != "" && (!strings.Contains(e, "@") || strings.ContainsAny(e, " \t\n")) {
		return fmt.Errorf("crawl.email: %q is not an e-mail address", e)
	}
	if _, err := c.Location(); err != nil {
		return err
	}
	if _, err := parseSchedule(c.Daemon.Schedule); err != nil {
		return err
	}
	if _, err := parseLevel(c.Log.Level); err != nil {
		return err
	}
	if c.Log.Format != "text" && c.Log.Format != "json" {
		return fmt.Errorf("log.format: %q (want text or json)", c.Log.Format)
	}
	if e := c.Email; e.Enabled {
		if e.PasswordEnv == "" && e.PasswordFile == "" && e.Username != "" {
			return errors.New("email.password_env: name the environment variable (or email.password_file) holding the SMTP password")
		}
		// The password is resolved at send time; stand in for it here.
		sc := e.smtp()
		if e.Username != "" {
			sc.Password = "resolved-later"
		}
		if err := sc.Validate(); err != nil {
			return err
		}
	}
	if err := c.Serve.validate(); err != nil {
		return err
	}
	p := c.Sources.PubMed
	if err := checkBaseURL("sources.pubmed.base_url", p.BaseURL); err != nil {
		return err
	}
	if p.Enabled && strings.TrimSpace(p.Term) == "" {
		return errors.New("sources.pubmed.term: must not be empty when the source is enabled")
	}
	pl := pubmed.Defaults()
	if p.Rate < 0 || p.Rate > pl.MaxRate {
		return fmt.Errorf("sources.pubmed.rate: %g is out of range (0 = automatic, at most %g requests a second, NCBI's limit with a key)", p.Rate, pl.MaxRate)
	}
	if p.BatchSize < 1 || p.BatchSize > pl.MaxPageSize {
		return fmt.Errorf("sources.pubmed.batch_size: %d is out of range 1..%d", p.BatchSize, pl.MaxPageSize)
	}
	if c.Sources.Crossref.Enabled && c.Crawl.Email == "" {
		return errors.New("crawl.email: Crossref asks for a contact e-mail; set it to enable sources.crossref")
	}
	if c.Sources.OpenAlex.Enabled && c.Sources.OpenAlex.APIKeyEnv == "" {
		return errors.New("sources.openalex.api_key_env: OpenAlex needs an API key; name the environment variable holding it")
	}
	for _, s := range []struct {
		name string
		sc   SourceConfig
		l    crawler.Defaults
	}{
		{"europepmc", c.Sources.EuropePMC, europepmc.Defaults()},
		{"clinicaltrials", c.Sources.ClinicalTrials, ctgov.Defaults()},
		{"crossref", c.Sources.Crossref, crossref.Defaults()},
		{"openalex", c.Sources.OpenAlex, openalex.Defaults()},
	} {
		if err := s.sc.validate(s.name, s.l); err != nil {
			return err
		}
	}
	return nil
}

func checkBaseURL(key, s string) error {
	u, err := url.Parse(s)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return fmt.Errorf("%s: %q is not an http(s) URL", key, s)
	}
	return nil
}

// minInterval is the shortest time daemon.schedule may leave between two
// cycles: a cycle asks every source for what is new, and a source's index
// moves by the day.
const minInterval = time.Minute

// parseSchedule parses daemon.schedule: five cron fields or a descriptor
// (@weekly, @every 24h). The zone belongs in daemon.timezone, so a
// TZ=/CRON_TZ= prefix is refused (the cron library also panics on some),
// and so is a schedule firing more often than once a minute
// (@every 30s; the cron library reads @every 0s as every second).
func parseSchedule(s string) (sched cron.Schedule, err error) {
	t := strings.TrimSpace(s)
	if strings.HasPrefix(t, "TZ=") || strings.HasPrefix(t, "CRON_TZ=") {
		return nil, fmt.Errorf("daemon.schedule: %q: set the time zone with daemon.timezone, not in the schedule", s)
	}
	defer func() {
		if r := recover(); r != nil {
			sched, err = nil, fmt.Errorf("daemon.schedule: %q is not a cron schedule", s)
		}
	}()
	sched, err = cron.ParseStandard(t)
	if err != nil {
		return nil, fmt.Errorf("daemon.schedule: %q: %v", s, err)
	}
	// Two cycles in a row, from any time: a cron line fires at most once a
	// minute, @every at its interval.
	first := sched.Next(time.Date(2026, 1, 5, 6, 0, 0, 0, time.UTC))
	if gap := sched.Next(first).Sub(first); gap < minInterval {
		return nil, fmt.Errorf("daemon.schedule: %q runs a cycle every %v; the shortest interval is %v (e.g. \"@every 1h\", or a cron line)", s, gap, minInterval)
	}
	return sched, nil
}

// Since is crawl.since as a time.
func (c *Config) Since() time.Time {
	t, _ := time.Parse(time.DateOnly, c.Crawl.Since)
	return t
}

// Location is daemon.timezone as a location.
func (c *Config) Location() (*time.Location, error) {
	if c.Daemon.Timezone == "" || c.Daemon.Timezone == "Local" {
		return time.Local, nil
	}
	loc, err := time.LoadLocation(c.Daemon.Timezone)
	if err != nil {
		return nil, fmt.Errorf("daemon.timezone: %q is not a known time zone", c.Daemon.Timezone)
	}
	return loc, nil
}

// resolve makes a path from the config file relative to the file's directory.
func (c *Config) resolve(p string) string {
	if p == "" || filepath.IsAbs(p) || c.dir == "" {
		return p
	}
	return filepath.Join(c.dir, p)
}

func parseLevel(s string) (slog.Level, error) {
	var l slog.Level
	if err := l.UnmarshalText([]byte(s)); err != nil {
		return 0, fmt.Errorf("log.level: %q (want debug, info, warn or error)", s)
	}
	return l, nil
}

// smtpPassword reads the SMTP password from its file or environment
// variable ("" if neither is set).
func smtpPassword(cfg *Config, e *env) (string, error) {
	ec := cfg.Email
	switch {
	case ec.PasswordFile != "":
		b, err := os.ReadFile(cfg.resolve(ec.PasswordFile))
		if err != nil {
			return "", fmt.Errorf("email.password_file: %w", err)
		}
		return strings.TrimRight(string(b), "\r\n"), nil
	case ec.PasswordEnv != "":
		return e.getenv(ec.PasswordEnv), nil
	}
	return "", nil
}

// smtpConfig resolves the [email] section, reading the password from its
// environment variable or file. A username without a password is an error
// naming where the password was looked for.
func smtpConfig(cfg *Config, e *env) (deliver.SMTPConfig, error) {
	ec := cfg.Email
	c := ec.smtp()
	var err error
	if c.Password, err = smtpPassword(cfg, e); err != nil {
		return c, err
	}
	if c.Username != "" && c.Password == "" {
		if ec.PasswordFile != "" {
			return c, fmt.Errorf("email.password_file: %s is empty, but email.username is set (put the SMTP password in it)", cfg.resolve(ec.PasswordFile))
		}
		return c, fmt.Errorf("email.password_env: $%s is unset or empty, but email.username is set (set it to the SMTP password, or name a file with email.password_file)", ec.PasswordEnv)
	}
	if err := c.Validate(); err != nil {
		return c, err
	}
	return c, nil
}

// minToken is the shortest serve token accepted: a page reachable from
// other machines must not be guessable.
const minToken = 16

// serveToken reads the web page's token from serve.token_file or
// serve.token_env ("" if neither holds one).
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
