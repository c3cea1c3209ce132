package config

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

// testRules are rules like those cmd/litwatch passes: each source's
// limits as the sources set them when this was written, the four digest
// formats, and a mailer check that wants a host and, with a username, a
// password.
func testRules() Rules {
	return Rules{
		Sources: SourceLimits{
			PubMed:         Limits{MaxRate: 10, MaxPageSize: 10000},
			EuropePMC:      Limits{MaxRate: 10, MaxPageSize: 1000},
			ClinicalTrials: Limits{MaxRate: 1, MaxPageSize: 1000},
			Crossref:       Limits{MaxRate: 5, MaxPageSize: 1000},
			OpenAlex:       Limits{MaxRate: 10, MaxPageSize: 200},
		},
		Formats: []string{"md", "html", "json", "text"},
		Email: func(e EmailConfig, password string) error {
			switch {
			case e.Host == "":
				return errors.New("email.host: missing")
			case e.Username != "" && password == "":
				return errors.New("email.username: no password")
			}
			return nil
		},
	}
}

// writeConfig writes body as a config file in a fresh directory.
func writeConfig(t *testing.T, body string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "litwatch.toml")
	if err := os.WriteFile(path, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestDefaultIsValid(t *testing.T) {
	cfg, err := Load("", testRules())
	if err != nil {
		t.Fatalf("the embedded defaults fail: %v", err)
	}
	if cfg.Store.Path != "litwatch.db" || cfg.Claims != "" || cfg.Sources.PubMed.BatchSize != 200 {
		t.Errorf("defaults: store %q, claims %q, batch %d", cfg.Store.Path, cfg.Claims, cfg.Sources.PubMed.BatchSize)
	}
}

// TestSourceLimitsAreChecked: a rate or page size beyond a source's own
// limit (as Rules give it) is refused, naming the key and the limit.
func TestSourceLimitsAreChecked(t *testing.T) {
	cases := map[string]string{
		"[sources.clinicaltrials]\nrate = 2":   "sources.clinicaltrials.rate: 2 is out of range (more than 0, at most 1 requests a second)",
		"[sources.openalex]\npage_size = 201":  "sources.openalex.page_size: 201 is out of range 1..200",
		"[sources.crossref]\nrate = 5.5":       "sources.crossref.rate: 5.5 is out of range",
		"[sources.europepmc]\npage_size = 0":   "sources.europepmc.page_size: 0 is out of range 1..1000",
		"[sources.pubmed]\nrate = 11":          "sources.pubmed.rate: 11 is out of range (0 = automatic, at most 10",
		"[sources.pubmed]\nbatch_size = 10001": "sources.pubmed.batch_size: 10001 is out of range 1..10000",
	}
	for body, want := range cases {
		cfg, err := Default()
		if err != nil {
			t.Fatal(err)
		}
		if err := decodeStrict([]byte(body), "test", cfg); err != nil {
			t.Fatal(err)
		}
		if err := cfg.Validate(testRules()); err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%q: Validate() = %v, want %q", body, err, want)
		}
	}
	// The limits are the rules', not the package's: a looser rule passes.
	cfg, _ := Default()
	cfg.Sources.ClinicalTrials.Rate = 2
	r := testRules()
	r.Sources.ClinicalTrials.MaxRate = 3
	if err := cfg.Validate(r); err != nil {
		t.Errorf("rate 2 under a limit of 3: %v", err)
	}
}

func TestDigestFormatsAreTheRules(t *testing.T) {
	cfg, _ := Default()
	cfg.Digest.Formats = []string{"md", "pdf"}
	if err := cfg.Validate(testRules()); err == nil || err.Error() != `digest.formats: unknown format "pdf" (want md, html, json or text)` {
		t.Errorf("pdf: %v", err)
	}
	r := testRules()
	r.Formats = append(r.Formats, "pdf")
	if err := cfg.Validate(r); err != nil {
		t.Errorf("pdf when the rules allow it: %v", err)
	}
}

// TestEmailRuleGetsAStandIn: an enabled [email] section is checked by the
// rules' mailer check, with a stand-in password when a username is set
// (the real one is read at send time); a disabled one is not checked.
func TestEmailRuleGetsAStandIn(t *testing.T) {
	var got []string
	r := testRules()
	check := r.Email
	r.Email = func(e EmailConfig, pw string) error {
		got = append(got, pw)
		return check(e, pw)
	}
	cfg, _ := Default()
	if err := cfg.Validate(r); err != nil || len(got) != 0 {
		t.Fatalf("email off: %v, checked %d times", err, len(got))
	}
	cfg.Email.Enabled = true
	if err := cfg.Validate(r); err == nil || err.Error() != "email.host: missing" {
		t.Errorf("no host: %v; want the rule's error", err)
	}
	cfg.Email.Host, cfg.Email.Username = "smtp.example.org", "me"
	if err := cfg.Validate(r); err != nil || got[len(got)-1] != "resolved-later" {
		t.Errorf("with a username: %v, password given %q", err, got[len(got)-1])
	}
	cfg.Email.PasswordEnv = ""
	if err := cfg.Validate(r); err == nil || !strings.HasPrefix(err.Error(), "email.password_env: name the environment variable") {
		t.Errorf("username without a password source: %v", err)
	}
}

// TestScheduleAtMostOnceAMinute: a schedule may fire once a minute, not
// more often.
func TestScheduleAtMostOnceAMinute(t *testing.T) {
	for sched, ok := range map[string]bool{
		"* * * * *": true, "@every 1m": true, "@every 90s": true, "@weekly": true, "0 6 * * 1": true,
		"@every 0s": false, "@every 1s": false, "@every 59s": false, "@every 500ms": false,
	} {
		_, err := parseSchedule(sched)
		if (err == nil) != ok || (err != nil && !strings.HasPrefix(err.Error(), "daemon.schedule: ")) {
			t.Errorf("parseSchedule(%q) = %v, want ok %v (an error naming the key)", sched, err, ok)
		}
	}
}

// TestScheduleInItsZone: Next is taken in daemon.timezone.
func TestScheduleInItsZone(t *testing.T) {
	cfg, _ := Default()
	cfg.Daemon.Schedule, cfg.Daemon.Timezone = "0 6 * * 1", "America/New_York"
	s, err := cfg.Schedule()
	if err != nil {
		t.Fatal(err)
	}
	// Sunday 2026-01-04 12:00 UTC → Monday 06:00 in New York, 11:00 UTC.
	next := s.Next(time.Date(2026, 1, 4, 12, 0, 0, 0, time.UTC))
	if want := time.Date(2026, 1, 5, 11, 0, 0, 0, time.UTC); !next.Equal(want) || s.Spec != "0 6 * * 1" || s.Loc.String() != "America/New_York" {
		t.Errorf("Next = %v (%s, %s), want %v", next, s.Spec, s.Loc, want)
	}
	cfg.Daemon.Timezone = "Mars/Olympus"
	if _, err := cfg.Schedule(); err == nil || !strings.HasPrefix(err.Error(), "daemon.timezone: ") {
		t.Errorf("unknown zone: %v", err)
	}
}

// TestLoadErrorsNameFileKeyAndLine: a syntax error names the file and the
// line, an unknown key and a bad value name the key.
func TestLoadErrorsNameFileKeyAndLine(t *testing.T) {
	for body, want := range map[string]string{
		"[crawl]\nsince = 2013-01-01x\n":       "line 2",
		"[crawl]\nsinse = \"2013-01-01\"\n":    "unknown key crawl.sinse",
		"[crawl]\noverlap_days = 400\n":        "crawl.overlap_days: 400 is out of range 0..365",
		"[log]\nlevel = \"loud\"\n":            `log.level: "loud" (want debug, info, warn or error)`,
		"[crawl]\nsource_timeout = \"1s\"\n":   "crawl.source_timeout: 1s is out of range 10s..168h",
		"[sources.crossref]\nenabled = true\n": "crawl.email: Crossref asks for a contact e-mail",
	} {
		path := writeConfig(t, body)
		cfg, err := Load(path, testRules())
		if err == nil || cfg != nil || !strings.Contains(err.Error(), path) || !strings.Contains(err.Error(), want) {
			t.Errorf("%q: %v; want an error naming %s and %q", body, err, path, want)
		}
	}
	if _, err := Load(filepath.Join(t.TempDir(), "none.toml"), testRules()); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("missing file: %v", err)
	}
}

func TestServeConfigChecked(t *testing.T) {
	for _, c := range []struct{ toml, want string }{
		{"[serve]\naddr = \"8080\"\n", "serve.addr"},
		{"[serve]\nbase_url = \"javascript:alert(1)\"\n", "serve.base_url"},
		{"[serve]\nbase_url = \"https://x.example/?a=1\"\n", "serve.base_url"},
		{"[serve]\ntoken = \"x\"\n", "serve.token"},
		{"[serve]\nbase_url = \"https://x.example/watch/\"\n", "has a path"},
	} {
		if _, err := Load(writeConfig(t, c.toml), testRules()); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%q: %v, want an error naming %s", c.toml, err, c.want)
		}
	}
	cfg, err := Default()
	if err != nil || cfg.Serve.Addr != "127.0.0.1:8080" || cfg.Serve.TokenEnv != "LITWATCH_SERVE_TOKEN" {
		t.Errorf("defaults: %+v %v", cfg.Serve, err)
	}
}

// TestOpenResolvesPaths: the paths a file names are relative to its
// directory, --db replaces store.path, and without a file named
// ./litwatch.toml is read when it exists.
func TestOpenResolvesPaths(t *testing.T) {
	path := writeConfig(t, "claims = \"my/claims.toml\"\n[store]\npath = \"lw.db\"\n[digest]\ndir = \"/srv/digests\"\n")
	dir := filepath.Dir(path)
	cfg, err := Open(path, "", testRules())
	if err != nil {
		t.Fatal(err)
	}
	if cfg.Store.Path != filepath.Join(dir, "lw.db") || cfg.Claims != filepath.Join(dir, "my/claims.toml") || cfg.Digest.Dir != "/srv/digests" {
		t.Errorf("paths: store %q, claims %q, digests %q", cfg.Store.Path, cfg.Claims, cfg.Digest.Dir)
	}
	if cfg, err = Open(path, "other.db", testRules()); err != nil || cfg.Store.Path != "other.db" {
		t.Errorf("--db other.db: store %q, %v", cfg.Store.Path, err)
	}
	t.Chdir(dir)
	if cfg, err = Open("", "", testRules()); err != nil || cfg.Store.Path != filepath.Join(".", "lw.db") || cfg.Claims != "my/claims.toml" {
		t.Errorf("./litwatch.toml: %+v, %v", cfg, err)
	}
	t.Chdir(t.TempDir())
	if cfg, err = Open("", "", testRules()); err != nil || cfg.Store.Path != "litwatch.db" || cfg.Claims != "" {
		t.Errorf("no file: %+v, %v", cfg, err)
	}
}

func TestSMTPPassword(t *testing.T) {
	env := map[string]string{"PW": "s3cret", "EMPTY": ""}
	getenv := func(k string) string { return env[k] }
	path := writeConfig(t, "")
	if err := os.WriteFile(filepath.Join(filepath.Dir(path), "pw"), []byte("from-file\r\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	cfg, err := Load(path, testRules())
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		user, envName, file string
		want, wantErr       string
	}{
		{user: "me", envName: "PW", want: "s3cret"},
		{user: "me", file: "pw", want: "from-file"},
		{user: "", envName: "EMPTY", want: ""},
		{user: "me", envName: "EMPTY", wantErr: "email.password_env: $EMPTY is unset or empty, but email.username is set (set it to the SMTP password, or name a file with email.password_file)"},
		{user: "me", file: "none", wantErr: "email.password_file: open " + filepath.Join(filepath.Dir(path), "none")},
	} {
		cfg.Email.Username, cfg.Email.PasswordEnv, cfg.Email.PasswordFile = c.user, c.envName, c.file
		got, err := cfg.SMTPPassword(getenv)
		if got != c.want || (c.wantErr == "") != (err == nil) || (err != nil && !strings.HasPrefix(err.Error(), c.wantErr)) {
			t.Errorf("%+v: %q, %v", c, got, err)
		}
	}
	empty := filepath.Join(filepath.Dir(path), "empty")
	os.WriteFile(empty, []byte("\n"), 0o600)
	cfg.Email.Username, cfg.Email.PasswordFile = "me", "empty"
	if _, err := cfg.SMTPPassword(getenv); err == nil || err.Error() != "email.password_file: "+empty+" is empty, but email.username is set (put the SMTP password in it)" {
		t.Errorf("empty file: %v", err)
	}
}

// TestSecrets: the API keys go to both sets, the SMTP password (alone and
// as it travels in AUTH PLAIN) only to all.
func TestSecrets(t *testing.T) {
	env := map[string]string{"NCBI_API_KEY": "ncbi-key-123", "OPENALEX_API_KEY": "oa-key-456", "LITWATCH_SMTP_PASSWORD": "hunter2hunter2"}
	cfg, _ := Default()
	cfg.Email.Enabled, cfg.Email.Username = true, "me"
	keys, all := cfg.Secrets(func(k string) string { return env[k] })
	text := "ncbi-key-123 oa-key-456 hunter2hunter2"
	if got := keys.String(text); got != "REDACTED REDACTED hunter2hunter2" {
		t.Errorf("apiKeys: %q; want both keys (the variables named, even for a source turned off) and not the password", got)
	}
	if got := all.String(text); strings.Contains(got, "hunter2") || strings.Contains(got, "ncbi-key") {
		t.Errorf("all: %q", got)
	}
	if !all.Contains("\x00me\x00hunter2hunter2") {
		t.Error("all lacks the AUTH PLAIN form of the password")
	}
	cfg.Email.Enabled = false
	if _, all := cfg.Secrets(func(k string) string { return env[k] }); all.Contains("hunter2hunter2") {
		t.Error("with e-mail off, the password is still a secret")
	}
}

func TestServeToken(t *testing.T) {
	env := map[string]string{"TOK": "  0123456789abcdef  ", "SHORT": "abc"}
	getenv := func(k string) string { return env[k] }
	cfg, _ := Default()
	if tok, err := cfg.ServeToken(getenv); tok != "" || err != nil {
		t.Errorf("default ($LITWATCH_SERVE_TOKEN unset): %q, %v", tok, err)
	}
	cfg.Serve.TokenEnv = "TOK"
	if tok, err := cfg.ServeToken(getenv); tok != "0123456789abcdef" || err != nil {
		t.Errorf("token_env: %q, %v", tok, err)
	}
	cfg.Serve.TokenEnv = "SHORT"
	if _, err := cfg.ServeToken(getenv); err == nil || err.Error() != "serve.token_env: $SHORT: the token is shorter than 16 characters" {
		t.Errorf("short token: %v", err)
	}
	empty := filepath.Join(t.TempDir(), "tok")
	os.WriteFile(empty, []byte(" \n"), 0o600)
	cfg.Serve.TokenFile = empty
	if _, err := cfg.ServeToken(getenv); err == nil || err.Error() != "serve.token_file: "+empty+" is empty" {
		t.Errorf("empty token file: %v", err)
	}
}

func TestSubjectTemplate(t *testing.T) {
	for subject, want := range map[string]string{
		"litwatch: {{.Headline}} (week of {{.Week}})": "",
		"litwatch: {{.Headline}} ({{.Period}})":       "litwatch: {{.Headline}} ({{.Period}})",
		"":                                            "",
		"Digest {{.Date}}":                            "Digest {{.Date}}",
	} {
		if got := (EmailConfig{Subject: subject}).SubjectTemplate(); got != want {
			t.Errorf("%q: %q, want %q", subject, got, want)
		}
	}
}

func TestLogger(t *testing.T) {
	cfg, _ := Default()
	_, all := cfg.Secrets(func(string) string { return "" })
	cfg.Log.Level, cfg.Log.Format = "warn", "json"
	var buf bytes.Buffer
	cfg.Email.Enabled = true
	log, err := cfg.Log.Logger(&buf, all.With("sekrit-value"))
	if err != nil {
		t.Fatal(err)
	}
	log.Info("hidden")
	log.Warn("shown", "err", "server said sekrit-value")
	if out := buf.String(); strings.Contains(out, "hidden") || !strings.Contains(out, `"msg":"shown"`) || strings.Contains(out, "sekrit") || !strings.Contains(out, "REDACTED") {
		t.Errorf("log: %s", out)
	}
	cfg.Log.Level = "loud"
	if _, err := cfg.Log.Logger(&buf, all); err == nil {
		t.Error("level loud accepted")
	}
}

// TestNewFile: the file init writes points at claims.toml, takes each
// source's query from the claims (OpenAlex Crossref's), keeps the rest of
// the defaults with their comments, and loads.
func TestNewFile(t *testing.T) {
	plain := NewFile(Queries{})
	if want := bytes.Replace(defaultTOML, []byte("# claims = \"claims.toml\""), []byte("claims = \"claims.toml\""), 1); !bytes.Equal(plain, want) || bytes.Equal(plain, defaultTOML) {
		t.Error("without queries, the file is not the defaults pointing at claims.toml")
	}
	q := Queries{PubMed: "jaundice[tiab]", EuropePMC: "ABSTRACT:jaundice", ClinicalTrials: "jaundice", Crossref: "neonatal jaundice"}
	path := writeConfig(t, string(NewFile(q)))
	cfg, err := Load(path, testRules())
	if err != nil {
		t.Fatalf("the new file does not load: %v", err)
	}
	s := cfg.Sources
	if cfg.Claims != ClaimsFile || s.PubMed.Term != q.PubMed || s.EuropePMC.Query != q.EuropePMC || s.ClinicalTrials.Query != q.ClinicalTrials ||
		s.Crossref.Query != q.Crossref || s.OpenAlex.Query != q.Crossref {
		t.Errorf("claims %q, sources %+v", cfg.Claims, s)
	}
	if b, _ := os.ReadFile(path); !bytes.Contains(b, []byte("# The PubMed query; litwatch adds the date window.")) {
		t.Error("the comments are gone")
	}
	// A query that cannot be written as a TOML literal string keeps the
	// default.
	def, _ := Default()
	cfg, err = Load(writeConfig(t, string(NewFile(Queries{PubMed: "a ''' b"}))), testRules())
	if err != nil || cfg.Sources.PubMed.Term != def.Sources.PubMed.Term {
		t.Errorf("a query with ''': %q, %v", cfg.Sources.PubMed.Term, err)
	}
}

// TestWriteNew: both files are written into a new directory; a second
// time nothing is overwritten unless forced.
func TestWriteNew(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "new", "setup")
	claimsTOML := []byte("# my claims\n")
	written, err := WriteNew(dir, claimsTOML, Queries{PubMed: "colic[tiab]"}, false)
	if want := []string{filepath.Join(dir, DefaultFile), filepath.Join(dir, ClaimsFile)}; err != nil || !slices.Equal(written, want) {
		t.Fatalf("WriteNew = %q, %v; want %q", written, err, want)
	}
	if b, _ := os.ReadFile(written[0]); !bytes.Equal(b, NewFile(Queries{PubMed: "colic[tiab]"})) {
		t.Error("the config file is not NewFile's")
	}
	if b, _ := os.ReadFile(written[1]); !bytes.Equal(b, claimsTOML) {
		t.Errorf("the claims file holds %q", b)
	}
	os.WriteFile(written[1], []byte("# edited\n"), 0o644)
	written, err = WriteNew(dir, claimsTOML, Queries{}, false)
	if err == nil || len(written) != 0 || err.Error() != filepath.Join(dir, DefaultFile)+" already exists; edit it, or pass --force to overwrite it" {
		t.Errorf("second WriteNew = %q, %v; want a refusal naming the file", written, err)
	}
	if b, _ := os.ReadFile(filepath.Join(dir, ClaimsFile)); string(b) != "# edited\n" {
		t.Errorf("the edited claims file was overwritten: %q", b)
	}
	if written, err = WriteNew(dir, claimsTOML, Queries{}, true); err != nil || len(written) != 2 {
		t.Errorf("forced: %q, %v", written, err)
	}
}

func TestAPIKeys(t *testing.T) {
	env := map[string]string{"NCBI_API_KEY": "ncbi", "OPENALEX_API_KEY": ""}
	getenv := func(k string) string { return env[k] }
	cfg, _ := Default()
	if pm, oa, err := cfg.APIKeys(getenv); pm != "ncbi" || oa != "" || err != nil {
		t.Errorf("defaults: %q %q %v", pm, oa, err)
	}
	cfg.Sources.OpenAlex.Enabled = true
	if _, _, err := cfg.APIKeys(getenv); err == nil || err.Error() != "sources.openalex: $OPENALEX_API_KEY is empty; OpenAlex needs an API key (or set enabled = false)" {
		t.Errorf("OpenAlex without its key: %v", err)
	}
	env["OPENALEX_API_KEY"] = "oa"
	cfg.Sources.PubMed.APIKeyEnv = ""
	if pm, oa, err := cfg.APIKeys(getenv); pm != "" || oa != "oa" || err != nil {
		t.Errorf("OpenAlex on, no PubMed key named: %q %q %v", pm, oa, err)
	}
}

func TestWarnings(t *testing.T) {
	cfg, _ := Default()
	if w := cfg.Warnings(); len(w) != 1 || !strings.HasPrefix(w[0], "crawl.email is not set") {
		t.Errorf("defaults (no crawl.email): %q", w)
	}
	cfg.Sources.PubMed.Enabled, cfg.Sources.Crossref.WatchBasis = false, false
	if w := cfg.Warnings(); w != nil {
		t.Errorf("neither PubMed nor the basis watch: %q", w)
	}
	cfg.Sources.Crossref.WatchBasis, cfg.Crawl.Email = true, "me@example.org"
	if w := cfg.Warnings(); w != nil {
		t.Errorf("with crawl.email: %q", w)
	}
}

func TestNoToken(t *testing.T) {
	cfg, _ := Default()
	cause := errors.New("web: 0.0.0.0:8080 is reachable from other machines without a token")
	err := cfg.NoToken("0.0.0.0:8080", cause)
	if !errors.Is(err, cause) || err.Error() != "refusing to serve on 0.0.0.0:8080: it is reachable from other machines and no token is set; put a token of 16 or more characters in $LITWATCH_SERVE_TOKEN (serve.token_env) or serve.token_file, or listen on 127.0.0.1: "+cause.Error() {
		t.Errorf("with token_env: %v", err)
	}
	cfg.Serve.TokenEnv = ""
	if err := cfg.NoToken("[::]:80", cause); !strings.Contains(err.Error(), "characters in serve.token_file, or listen") {
		t.Errorf("without token_env: %v", err)
	}
}
