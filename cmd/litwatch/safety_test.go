package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/litwatch/litwatch/crawler/europepmc/europepmctest"
	"github.com/litwatch/litwatch/internal/lock"
	"github.com/litwatch/litwatch/report/deliver/smtptest"
	"github.com/litwatch/litwatch/store"
)

// evil is what a hostile server puts in a title or an error message: an
// OSC that retitles the window, a CSI that clears the screen, the C1 CSI,
// a bidi override, and a line break followed by a fake status line.
const evil = "\x1b]0;evil\x07\x1b[2J\u009b31m\u202e\n  pubmed ok (fake)"

// checkTerminalSafe fails if out holds anything a terminal would act on
// rather than show: a C0 control other than newline and tab, DEL, a C1
// control (as a character or a raw byte), a bidi control, invalid UTF-8.
func checkTerminalSafe(t *testing.T, what, out string) {
	t.Helper()
	if !utf8.ValidString(out) {
		t.Errorf("%s: output is not valid UTF-8 (raw bytes such as 0x9b reach the terminal)", what)
	}
	for i, r := range out {
		bad := r < 0x20 && r != '\n' && r != '\t' || r >= 0x7f && r <= 0x9f ||
			r >= 0x202a && r <= 0x202e || r >= 0x2066 && r <= 0x2069 || r == 0x200e || r == 0x200f || r == 0x061c
		if bad {
			t.Errorf("%s: control character %U at byte %d: %q", what, r, i, out[max(0, i-40):min(len(out), i+40)])
			return
		}
	}
}

// TestNoControlCharacterReachesTheTerminal stores a title, a source's
// error and an e-mail error holding escape sequences (written into the
// real database as a hostile server's text would arrive, whatever ingest
// does), then runs every command that prints them: none lets a control
// character through, and each still shows the text around them.
func TestNoControlCharacterReachesTheTerminal(t *testing.T) {
	h := newHarness(t, "")
	// The mail server is down, so the outbox keeps an error to show.
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	_, port := smtptest.SplitAddr(t, l.Addr().String())
	l.Close()
	appendConfig(t, h.config, fmt.Sprintf("\n[email]\nenabled = true\nhost = \"127.0.0.1\"\nport = %d\nsecurity = \"none\"\nfrom = \"litwatch@example.org\"\nto = [\"editor@example.org\"]\n", port))
	today := time.Now().UTC()
	h.srv.Add(article("1001", today.AddDate(0, 0, -5), "Massage therapy for weight gain in preterm infants: a systematic review and meta-analysis", metaAbstract, "Systematic Review", "Meta-Analysis"))
	// Europe PMC's JSON can carry escape sequences as they are.
	h.epmc.Add(europepmctest.Article{DOI: "10.5555/evil.1", Title: "Preterm skin oil TITLEMARK " + evil, Abstract: "Sunflower oil for preterm skin.", IndexDate: today.AddDate(0, 0, -3)})
	if code, _, errs := h.main("run", "--config", h.config); code != exitMailNotSent {
		t.Fatalf("run exited %d, want %d (the mail server is down): %s", code, exitMailNotSent, errs)
	}

	// Whatever ingest made of it, the database now holds the hostile text.
	title := "Massage for preterm infants TITLEMARK " + evil
	srcErr := "pubmed esearch: ERRMARK " + evil
	mailErr := "smtp: MAILMARK \x9b2J raw C1 byte " + evil
	db, err := store.Open(context.Background(), h.db)
	if err != nil {
		t.Fatal(err)
	}
	rec, ok, err := db.FindByID(context.Background(), "pmid", "1001")
	if err != nil || !ok {
		t.Fatalf("record 1001: %v %v", ok, err)
	}
	errsJSON, _ := json.Marshal([]string{srcErr})
	var doc map[string]any
	var docID int64
	var docJSON string
	if err := db.SQL().QueryRow("SELECT id, doc FROM digests ORDER BY id DESC LIMIT 1").Scan(&docID, &docJSON); err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal([]byte(docJSON), &doc); err != nil {
		t.Fatal(err)
	}
	for _, r := range doc["records"].([]any) {
		if m := r.(map[string]any); m["pmid"] == "1001" {
			m["title"] = title
		}
	}
	doc["sources"].([]any)[0].(map[string]any)["errors"] = []string{srcErr}
	newDoc, _ := json.Marshal(doc)
	for _, q := range []struct {
		sql  string
		args []any
	}{
		{"UPDATE records SET title = ?, data = json_set(data, '$.title', ?) WHERE id = ?", []any{title, title, rec.ID}},
		{"UPDATE run_sources SET errors = ? WHERE source = 'pubmed'", []any{string(errsJSON)}},
		{"UPDATE outbox SET last_error = ?", []any{mailErr}},
		{"UPDATE digests SET doc = ? WHERE id = ?", []any{string(newDoc), docID}},
	} {
		if res, err := db.SQL().Exec(q.sql, q.args...); err != nil {
			t.Fatalf("%s: %v", q.sql, err)
		} else if n, _ := res.RowsAffected(); n == 0 {
			t.Fatalf("%s changed nothing", q.sql)
		}
	}
	db.Close()

	id := fmt.Sprint(rec.ID)
	for _, c := range []struct {
		args []string
		want []string // plain text that must still be shown
	}{
		{[]string{"status"}, []string{"ERRMARK", "MAILMARK"}},
		{[]string{"search", "massage"}, []string{"TITLEMARK"}},
		{[]string{"flags"}, []string{"TITLEMARK"}},
		{[]string{"report", "--format", "text"}, []string{"TITLEMARK", "ERRMARK"}},
		{[]string{"report", "--format", "md"}, []string{"TITLEMARK", "ERRMARK"}},
		{[]string{"report", "--format", "html"}, []string{"TITLEMARK", "ERRMARK"}},
		{[]string{"report", "--format", "json"}, []string{"TITLEMARK", "ERRMARK"}},
		{[]string{"export", "--format", "ris"}, []string{"TITLEMARK"}},
		{[]string{"export", "--format", "bibtex"}, []string{"TITLEMARK"}},
		{[]string{"export", "--format", "csv"}, []string{"TITLEMARK"}},
		{[]string{"export", "--format", "cite"}, []string{"TITLEMARK"}},
		{[]string{"export", "--format", "atom", "--flagged"}, []string{"TITLEMARK"}},
		{[]string{"flags", "dismissed", id, "--note", "NOTEMARK " + evil, "--by", "BYMARK " + evil}, []string{"dismissed", "BYMARK"}},
		{[]string{"flags", "--all"}, []string{"TITLEMARK", "NOTEMARK", "BYMARK"}},
		{[]string{"flags", "--history", id}, []string{"TITLEMARK", "NOTEMARK", "BYMARK"}},
	} {
		args := append([]string{c.args[0], "--config", h.config}, c.args[1:]...)
		code, out, errs := h.main(args...)
		name := strings.Join(c.args, " ")
		if code != 0 {
			t.Errorf("`litwatch %s` exited %d: %s", name, code, errs)
			continue
		}
		checkTerminalSafe(t, name+" (stdout)", out)
		checkTerminalSafe(t, name+" (stderr)", errs)
		for _, w := range c.want {
			if !strings.Contains(out, w) {
				t.Errorf("`litwatch %s` does not show %s:\n%.2000s", name, w, out)
			}
		}
		if strings.Contains(out, "\n  pubmed ok (fake)") {
			t.Errorf("`litwatch %s` printed the server's fake line as a line of its own", name)
		}
	}

	// An error message printed by the CLI, naming a hostile path.
	bad := filepath.Join(h.dir, "x"+evil+".db")
	code, out, errs := h.main("status", "--config", h.config, "--db", bad)
	if code != 1 || !strings.Contains(errs, "no database at") {
		t.Fatalf("status on a missing database: exit %d, %q", code, errs)
	}
	checkTerminalSafe(t, "an error message", out+errs)
}

// appendConfig adds text to a config file.
func appendConfig(t *testing.T, path, text string) {
	t.Helper()
	f, err := os.OpenFile(path, os.O_APPEND|os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if _, err := f.WriteString(text); err != nil {
		t.Fatal(err)
	}
}

// TestSecretsAreNeverEchoed: OpenAlex answers 400 with a body that
// repeats the API key, PubMed's esearch an <ERROR> that does (NCBI repeats
// a bad key too), and the SMTP server's refusal repeats the password. The run completes (other sources work), the
// failures are reported and stored, but no key and no password is in any
// log line, any file the run wrote (the SQLite files byte for byte, the
// digests, the feed), `status` or `report`.
func TestSecretsAreNeverEchoed(t *testing.T) {
	const (
		ncbiKey  = "ncbi0123456789abcdef0123456789abcdef"
		oaKey    = "oa-KEY-9f8e7d6c5b4a"
		password = "smtp pass w0rd!"
	)
	echo := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		k := r.URL.Query().Get("api_key")
		if strings.Contains(r.URL.Path, "works") { // OpenAlex
			w.Header().Set("Content-Type", "application/json")
			w.WriteHeader(http.StatusBadRequest)
			fmt.Fprintf(w, `{"error":"Invalid API key","message":"The API key %s is not valid for this endpoint"}`, k)
			return
		}
		w.Header().Set("Content-Type", "text/xml")
		fmt.Fprintf(w, `<?xml version="1.0" encoding="UTF-8"?><eSearchResult><ERROR>API key invalid: %s</ERROR></eSearchResult>`, k)
	}))
	defer echo.Close()
	smtp := smtptest.Start(t, smtptest.Options{User: "litwatch", Pass: "the right one", InsecureAuth: true, EchoAuth: true})

	h := newHarness(t, "")
	cfg, err := os.ReadFile(h.config)
	if err != nil {
		t.Fatal(err)
	}
	cfg = bytes.Replace(cfg, []byte(h.srv.URL), []byte(echo.URL+"/eutils/"), 1)
	cfg = append(cfg, fmt.Sprintf(`
[sources.openalex]
enabled = true
base_url = %q
[email]
enabled = true
host = %q
port = %d
security = "none"
username = "litwatch"
from = "litwatch@example.org"
to = ["editor@example.org"]
`, echo.URL+"/", smtp.Host, smtp.Port)...)
	if err := os.WriteFile(h.config, cfg, 0o644); err != nil {
		t.Fatal(err)
	}
	h.epmc.Add(europepmctest.Article{DOI: "10.5555/ok.1", Title: "Massage of preterm infants", Abstract: "A trial.", IndexDate: time.Now().UTC().AddDate(0, 0, -3)})

	secrets := map[string]string{"NCBI_API_KEY": ncbiKey, "OPENALEX_API_KEY": oaKey, "LITWATCH_SMTP_PASSWORD": password}
	main := func(args ...string) (int, string, string) {
		var out, errb syncBuffer
		e := testEnv(&out, &errb)
		e.getenv = func(k string) string { return secrets[k] }
		code := Main(context.Background(), e, args)
		return code, out.String(), errb.String()
	}
	code, runOut, runLog := main("run", "--config", h.config)
	if code != exitMailNotSent {
		t.Fatalf("run exited %d, want %d (Europe PMC and ClinicalTrials.gov work, so it completes; the mail server refuses the login): %s", code, exitMailNotSent, runLog)
	}
	_, status, statusErr := main("status", "--config", h.config)
	_, text, _ := main("report", "--config", h.config, "--format", "text")
	_, js, _ := main("report", "--config", h.config, "--format", "json")

	// The echoes happened and were kept, redacted.
	var d digestDoc
	if err := json.Unmarshal([]byte(js), &d); err != nil {
		t.Fatal(err)
	}
	for _, src := range []string{"pubmed", "openalex"} {
		if len(d.errors(src)) == 0 {
			t.Errorf("%s did not fail: the echo server was not asked", src)
		}
	}
	if errs := strings.Join(d.errors("openalex"), " "); !strings.Contains(errs, "The API key REDACTED is not valid") {
		t.Errorf("openalex's error should keep the server's message, redacted: %q", errs)
	}
	if errs := strings.Join(d.errors("pubmed"), " "); !strings.Contains(errs, "API key invalid: REDACTED") {
		t.Errorf("pubmed's error should keep NCBI's message, redacted: %q", errs)
	}
	if !strings.Contains(status, "FAILED, refused by the server") || !strings.Contains(status, "password REDACTED") {
		t.Errorf("status should show the SMTP refusal, redacted:\n%s", status)
	}
	if !strings.Contains(runLog, "e-mail refused by the server") {
		t.Errorf("the failed e-mail is not in the log:\n%s", runLog)
	}
	if !strings.Contains(runOut, "NOT sent") || !strings.Contains(runOut, "password REDACTED") {
		t.Errorf("run's output should say the e-mail was not sent, redacted:\n%s", runOut)
	}

	var files []string
	err = filepath.WalkDir(h.dir, func(p string, de os.DirEntry, err error) error {
		if err == nil && de.Type().IsRegular() {
			files = append(files, p)
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	outputs := map[string][]byte{"run's log": []byte(runLog), "run's output": []byte(runOut), "status": []byte(status + statusErr),
		"report --format text": []byte(text), "report --format json": []byte(js)}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		outputs[f] = b
	}
	for _, want := range []string{h.db, filepath.Join(h.digest, "flags.atom")} {
		if _, ok := outputs[want]; !ok {
			t.Errorf("%s was not written: the scan proves less than it should", want)
		}
	}
	for what, b := range outputs {
		for name, secret := range secrets {
			if bytes.Contains(b, []byte(secret)) {
				i := bytes.Index(b, []byte(secret))
				t.Errorf("$%s is in %s: %q", name, what, b[max(0, i-80):min(len(b), i+80)])
			}
		}
	}
}

// TestNoSourceReachedExitsDistinctly: every server fails; the run writes
// its digest, which says first that no source could be reached and why,
// and exits 3. With one source failing and the others working, it exits 0.
func TestNoSourceReachedExitsDistinctly(t *testing.T) {
	h := newHarness(t, "")
	h.epmc.Add(europepmctest.Article{DOI: "10.5555/ok.1", Title: "Massage of preterm infants", Abstract: "A trial.", IndexDate: time.Now().UTC().AddDate(0, 0, -3)})
	for _, fail := range []func(int){h.srv.SetFailing, h.epmc.SetFailing, h.ctg.SetFailing, h.cr.SetFailing} {
		fail(http.StatusServiceUnavailable)
	}
	code, out, errs := h.main("run", "--config", h.config)
	if code != 3 {
		t.Fatalf("run with every source failing exited %d, want 3\nstdout: %s\nstderr: %s", code, out, errs)
	}
	if !strings.Contains(errs, "litwatch run: no source could be reached (pubmed, europepmc, clinicaltrials, crossref-basis failed") {
		t.Errorf("stderr does not say that no source could be reached:\n%s", errs)
	}
	if !strings.Contains(out, "digest: ") {
		t.Errorf("the digest was not written:\n%s", out)
	}
	_, md, _ := h.main("report", "--config", h.config, "--format", "md")
	first := strings.SplitN(md, "\n", 2)[0]
	if !strings.HasPrefix(first, "# No source could be reached: pubmed (HTTP 503 Service Unavailable), europepmc (") ||
		!strings.Contains(first, "crossref-basis (") || strings.Contains(md, "Nothing that changes") {
		t.Errorf("the digest's headline = %q, want it to say that no source could be reached and why", first)
	}
	_, text, _ := h.main("report", "--config", h.config, "--format", "text")
	if !strings.HasPrefix(text, "No source could be reached: pubmed (") {
		t.Errorf("text digest starts %.200q", text)
	}

	// Europe PMC is back: one source working is an ordinary run.
	h.epmc.SetFailing(0)
	code, _, errs = h.main("run", "--config", h.config)
	if code != 0 {
		t.Fatalf("run with some sources failing exited %d, want 0: %s", code, errs)
	}
	_, md, _ = h.main("report", "--config", h.config, "--format", "md")
	if strings.Contains(md, "No source could be reached") || !strings.Contains(md, "1 new record") {
		t.Errorf("the digest of a run with Europe PMC working:\n%.600s", md)
	}
}

// TestSymlinkedLockFileIsRefused: `<db>.lock` is a symbolic link to some
// other file (or to where one could be made): run and daemon refuse with
// an error that says so, and status reports it; the link's target is
// never written, truncated or created.
func TestSymlinkedLockFileIsRefused(t *testing.T) {
	h := newHarness(t, "")
	if code, _, errs := h.main("run", "--config", h.config); code != 0 {
		t.Fatalf("first run exited %d: %s", code, errs)
	}
	victim := filepath.Join(t.TempDir(), "precious.txt")
	const content = "do not truncate me\n"
	if err := os.WriteFile(victim, []byte(content), 0o600); err != nil {
		t.Fatal(err)
	}
	missing := filepath.Join(t.TempDir(), "not-there")
	lock := h.db + ".lock"
	for _, target := range []string{victim, missing} {
		os.Remove(lock)
		if err := os.Symlink(target, lock); err != nil {
			t.Fatal(err)
		}
		for _, cmd := range []string{"run", "daemon"} {
			// A daemon that is not refused would run until stopped.
			ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
			var out, errb syncBuffer
			code := Main(ctx, testEnv(&out, &errb), []string{cmd, "--config", h.config})
			cancel()
			errs := errb.String()
			if code != 1 || !strings.Contains(errs, lock) || !strings.Contains(errs, "is a symbolic link, which litwatch does not follow") {
				t.Errorf("`litwatch %s` with a symlinked lock: exit %d, %q; want exit 1 naming the lock and the problem", cmd, code, errs)
			}
		}
		code, out, errs := h.main("status", "--config", h.config)
		if code != 0 || !strings.Contains(out, "daemon:     unknown: lock "+lock) || !strings.Contains(out, "symbolic link") {
			t.Errorf("status with a symlinked lock: exit %d\n%s%s", code, out, errs)
		}
	}
	if b, err := os.ReadFile(victim); err != nil || string(b) != content {
		t.Errorf("the lock link's target changed: %q, %v", b, err)
	}
	if _, err := os.Lstat(missing); err == nil {
		t.Errorf("a dangling lock link's target was created")
	}
	// A hard link would be written through as well: refused too.
	os.Remove(lock)
	if err := os.Link(victim, lock); err != nil {
		t.Fatal(err)
	}
	if code, _, errs := h.main("run", "--config", h.config); code != 1 || !strings.Contains(errs, "hard links") {
		t.Errorf("run with a hard-linked lock: exit %d, %q", code, errs)
	}
	if b, _ := os.ReadFile(victim); string(b) != content {
		t.Errorf("the hard-linked lock's other file changed: %q", b)
	}
}

// TestReadOnlyCommandsCreateNothing: without a database, status, report,
// search, flags and export fail saying there is none, and create no file
// or directory; with one, they create no lock file.
func TestReadOnlyCommandsCreateNothing(t *testing.T) {
	h := newHarness(t, "")
	readers := [][]string{{"status"}, {"report"}, {"search", "massage"}, {"flags"}, {"export", "--format", "csv"}}
	run := func(check func(name string, code int, errs string)) {
		for _, args := range readers {
			argv := append([]string{args[0], "--config", h.config}, args[1:]...)
			code, _, errs := h.main(argv...)
			check(args[0], code, errs)
		}
	}
	before := snapshot(t, h.dir)
	run(func(name string, code int, errs string) {
		if code != 1 || !strings.Contains(errs, "no database at "+h.db) {
			t.Errorf("`litwatch %s` without a database: exit %d, %q", name, code, errs)
		}
	})
	// Nor through --db into a directory that does not exist.
	if code, _, _ := h.main("status", "--config", h.config, "--db", filepath.Join(h.dir, "sub", "x.db")); code != 1 {
		t.Errorf("status --db in a missing directory exited %d", code)
	}
	if after := snapshot(t, h.dir); len(after) != len(before) {
		t.Errorf("read-only commands created files: before %v, after %v", keysOf(before), keysOf(after))
	}
	if _, err := os.Stat(filepath.Join(h.dir, "sub")); err == nil {
		t.Error("status created a directory for a database it did not find")
	}

	if code, _, errs := h.main("run", "--config", h.config); code != 0 {
		t.Fatalf("run exited %d: %s", code, errs)
	}
	if err := os.Remove(h.db + ".lock"); err != nil {
		t.Fatalf("run left no lock file to remove: %v", err)
	}
	run(func(name string, code int, errs string) {
		if code != 0 && !(name == "report" && strings.Contains(errs, "no digest")) {
			t.Errorf("`litwatch %s` exited %d: %s", name, code, errs)
		}
	})
	if _, err := os.Lstat(h.db + ".lock"); err == nil {
		t.Error("a read-only command created the lock file")
	}
}

func keysOf(m map[string]string) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}

// TestSameDatabaseThroughSymlinksIsLockedOnce: a daemon (a real process)
// works on the database by one path; `run` given the same file through a
// symlinked file or a symlinked directory is refused, naming the daemon's
// pid; a different database beside it is not.
func TestSameDatabaseThroughSymlinksIsLockedOnce(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary")
	}
	bin := buildBinary(t)
	h := newHarness(t, "")
	if code, _, errs := h.main("run", "--config", h.config); code != 0 {
		t.Fatalf("first run exited %d: %s", code, errs)
	}
	links := t.TempDir()
	fileLink := filepath.Join(links, "same.db")
	dirLink := filepath.Join(links, "dir")
	if err := os.Symlink(h.db, fileLink); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(h.dir, dirLink); err != nil {
		t.Fatal(err)
	}

	var log syncBuffer
	daemon := exec.Command(bin, "daemon", "--config", h.config, "--db", h.db)
	daemon.Stdout, daemon.Stderr = &log, &log
	if err := daemon.Start(); err != nil {
		t.Fatal(err)
	}
	exited := make(chan error, 1)
	go func() { exited <- daemon.Wait() }()
	defer func() {
		daemon.Process.Signal(syscall.SIGTERM)
		select {
		case <-exited:
		case <-time.After(30 * time.Second):
			daemon.Process.Kill()
			t.Error("the daemon did not stop on SIGTERM")
		}
	}()
	for deadline := time.Now().Add(20 * time.Second); ; time.Sleep(50 * time.Millisecond) {
		if held, _ := lock.Held(h.db); held {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("the daemon did not take the lock in 20s:\n%s", log.String())
		}
	}
	pid := fmt.Sprintf("pid %d", daemon.Process.Pid)
	for _, path := range []string{fileLink, filepath.Join(dirLink, "lw.db"), h.db} {
		out, err := exec.Command(bin, "run", "--config", h.config, "--db", path).CombinedOutput()
		code := -1
		if ee, ok := err.(*exec.ExitError); ok {
			code = ee.ExitCode()
		}
		if code != 1 || !strings.Contains(string(out), "another litwatch run or daemon is using this database") || !strings.Contains(string(out), pid) {
			t.Errorf("run --db %s beside the daemon: exit %d (%v)\n%s\nwant exit 1 naming the daemon's %s", path, code, err, out, pid)
		}
	}
	if _, err := os.Lstat(fileLink + ".lock"); err == nil {
		t.Error("a lock file was made beside the symlink instead of the database")
	}
	// Another database is not locked by it.
	other := filepath.Join(t.TempDir(), "other.db")
	if out, err := exec.Command(bin, "run", "--config", h.config, "--db", other).CombinedOutput(); err != nil {
		t.Errorf("run on another database beside the daemon: %v\n%s", err, out)
	}
}
