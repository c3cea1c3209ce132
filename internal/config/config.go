// Package config is litwatch's configuration file (TOML): its keys, their
// defaults (default.toml, embedded, which `litwatch init` writes), loading,
// validation whose errors name the key (and the line of a syntax error),
// the daemon's schedule, and the secrets the file points to (the sources'
// API keys, the SMTP password, the web page's token).
//
// What other packages own is given to it in Rules: each source's limits,
// the digest's formats, the mailer's own checks. So it imports no litwatch
// layer, and each layer keeps its own rules.
package config

import (
	_ "embed"
	"errors"
	"fmt"
	"net"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/BurntSushi/toml"
)

//go:embed default.toml
var defaultTOML []byte

// DefaultFile is the config file a command reads when none is named and
// it exists in the working directory.
const DefaultFile = "litwatch.toml"

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

// SubjectTemplate is email.subject for the mailer: "" (the mailer's
// default, which names the real period) for the template earlier versions
// wrote into litwatch.toml, which said "week of" whatever the window.
func (e EmailConfig) SubjectTemplate() string {
	if e.Subject == oldDefaultSubject {
		return ""
	}
	return e.Subject
}

// oldDefaultSubject is the subject template earlier versions of `litwatch
// init` wrote.
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
	if err := CheckAddr("serve.addr", s.Addr); err != nil || s.BaseURL == "" {
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

// CheckAddr refuses an address to listen on that is not HOST:PORT; the
// error names key.
func CheckAddr(key, addr string) error {
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
func (sc SourceConfig) validate(name string, l Limits) error {
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

// Rules are what a config is checked against that other packages own.
type Rules struct {
	// Sources are each source's limits (crawler.Defaults).
	Sources SourceLimits
	// Formats are the digest formats digest.formats may name.
	Formats []string
	// Email, if set, checks an enabled [email] section as the mailer
	// would, with the password given (when loading, a stand-in for the
	// password SMTPPassword reads at send time).
	Email func(e EmailConfig, password string) error
}

// SourceLimits are the limits of each source, as SourcesConfig names them.
type SourceLimits struct {
	PubMed, EuropePMC, ClinicalTrials, Crossref, OpenAlex Limits
}

// Limits bound what a [sources.NAME] section may ask of its source.
type Limits struct {
	MaxRate     float64 // requests a second
	MaxPageSize int     // records a request (PubMed's batch_size)
}

// Default returns the embedded defaults.
func Default() (*Config, error) {
	var c Config
	if err := decodeStrict(defaultTOML, "embedded default config", &c); err != nil {
		return nil, err
	}
	return &c, nil
}

// Load reads path over the defaults and checks the result against r;
// path "" gives the defaults. An error names the file and the key (or the
// line of a syntax error).
func Load(path string, r Rules) (*Config, error) {
	c, err := Default()
	if err != nil {
		return nil, err
	}
	if path == "" {
		return c, c.Validate(r)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("config: %w", err)
	}
	if err := decodeStrict(data, path, c); err != nil {
		return nil, err
	}
	c.dir = filepath.Dir(path)
	if err := c.Validate(r); err != nil {
		return nil, fmt.Errorf("config %s: %w", path, err)
	}
	return c, nil
}

// Open loads the config a command is given: file, else DefaultFile when
// it exists in the working directory, else the embedded defaults. The
// paths it names (store.path, digest.dir, claims) are made relative to
// its directory, and db, if not empty, replaces store.path.
func Open(file, db string, r Rules) (*Config, error) {
	if file == "" {
		if _, err := os.Stat(DefaultFile); err == nil {
			file = DefaultFile
		}
	}
	cfg, err := Load(file, r)
	if err != nil {
		return nil, err
	}
	if db != "" {
		cfg.Store.Path = db
	} else {
		cfg.Store.Path = cfg.resolve(cfg.Store.Path)
	}
	cfg.Digest.Dir = cfg.resolve(cfg.Digest.Dir)
	cfg.Claims = cfg.resolve(cfg.Claims)
	return cfg, nil
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

// Validate checks every value against r and names the key of the first
// bad one.
func (c *Config) Validate(r Rules) error {
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
		if !slices.Contains(r.Formats, f) {
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
		// The password is read at send time; stand in for it here.
		password := ""
		if e.Username != "" {
			password = "resolved-later"
		}
		if r.Email != nil {
			if err := r.Email(e, password); err != nil {
				return err
			}
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
	pl := r.Sources.PubMed
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
		l    Limits
	}{
		{"europepmc", c.Sources.EuropePMC, r.Sources.EuropePMC},
		{"clinicaltrials", c.Sources.ClinicalTrials, r.Sources.ClinicalTrials},
		{"crossref", c.Sources.Crossref, r.Sources.Crossref},
		{"openalex", c.Sources.OpenAlex, r.Sources.OpenAlex},
	} {
		if err := s.sc.validate(s.name, s.l); err != nil {
			return err
		}
	}
	return nil
}

// Warnings say what a valid config leaves undone, for the log of a run or
// a daemon: without crawl.email, NCBI and Crossref are asked without a
// contact address and the claims' basis is not watched.
func (c *Config) Warnings() []string {
	if c.Crawl.Email == "" && (c.Sources.Crossref.WatchBasis || c.Sources.PubMed.Enabled) {
		return []string{"crawl.email is not set: NCBI and Crossref ask for a contact address; without it the claims' basis is not watched (set crawl.email, or sources.crossref.watch_basis = false)"}
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
