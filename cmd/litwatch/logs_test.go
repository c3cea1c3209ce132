package main

import (
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"strings"
	"testing"
	"time"

	"context"

	"github.com/robfig/cron/v3"

	"github.com/litwatch/litwatch/crawler/crossref/crossreftest"
	"github.com/litwatch/litwatch/crawler/europepmc/europepmctest"
)

// topLevelKeys lists the keys of a JSON object in order, duplicates kept.
func topLevelKeys(line string) ([]string, error) {
	dec := json.NewDecoder(strings.NewReader(line))
	if tok, err := dec.Token(); err != nil || tok != json.Delim('{') {
		return nil, fmt.Errorf("not a JSON object: %v", err)
	}
	var keys []string
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return nil, err
		}
		keys = append(keys, tok.(string))
		var v json.RawMessage
		if err := dec.Decode(&v); err != nil {
			return nil, err
		}
	}
	return keys, nil
}

// TestEachLogKeyOnce: no log line carries a key twice (a logger given
// "source" by its caller and again by the source, say), whichever part
// of a cycle logs it: the sources, a failing one's retries, Crossref's
// search, basis watch and abstract fill.
func TestEachLogKeyOnce(t *testing.T) {
	h := newHarness(t, "")
	cfg, _ := os.ReadFile(h.config)
	c := strings.Replace(string(cfg), "level = \"debug\"\n", "level = \"debug\"\nformat = \"json\"\n", 1)
	c = strings.Replace(c, "[sources.crossref]\n", "[sources.crossref]\nenabled = true\n", 1)
	if err := os.WriteFile(h.config, []byte(c), 0o644); err != nil {
		t.Fatal(err)
	}
	today := time.Now().UTC()
	h.srv.Add(article("1", today, "Massage for preterm infants", "A trial."))
	h.epmc.Add(europepmctest.Article{DOI: "10.5555/noabs.7", Title: "Coconut oil and skin integrity in preterm neonates", IndexDate: today.AddDate(0, 0, -2)})
	h.cr.Add(crossreftest.Work{DOI: "10.5555/noabs.7", Title: "Coconut oil and skin integrity in preterm neonates", Abstract: "Coconut oil helped."})
	h.cr.AddUpdate("10.1002/14651858.CD000390.notice", "10.1002/14651858.CD000390.pub2", "retraction", "publisher")
	h.ctg.SetFailing(http.StatusServiceUnavailable)
	code, _, errs := h.main("run", "--config", h.config)
	if code != 0 {
		t.Fatalf("run exited %d:\n%s", code, errs)
	}
	sources := map[string]bool{}
	lines := 0
	for _, line := range strings.Split(strings.TrimSpace(errs), "\n") {
		keys, err := topLevelKeys(line)
		if err != nil {
			t.Fatalf("log line %q: %v", line, err)
		}
		lines++
		seen := map[string]bool{}
		for _, k := range keys {
			if seen[k] {
				t.Errorf("key %q twice in %s", k, line)
			}
			seen[k] = true
		}
		var m map[string]any
		json.Unmarshal([]byte(line), &m)
		if s, ok := m["source"].(string); ok {
			sources[s] = true
		}
	}
	for _, s := range []string{"pubmed", "europepmc", "clinicaltrials", "crossref", "crossref-basis"} {
		if !sources[s] {
			t.Errorf("no log line of source %s among %d: the test would miss its keys; sources seen: %v", s, lines, sources)
		}
	}
}

// withoutEmail clears crawl.email in h's config, as in the defaults.
func withoutEmail(t *testing.T, h *harness, extra string) {
	t.Helper()
	cfg, _ := os.ReadFile(h.config)
	c := strings.Replace(string(cfg), `email = "test@example.org"`, `email = ""`, 1)
	if c == string(cfg) {
		t.Fatal("the harness's config sets no crawl.email to clear")
	}
	if err := os.WriteFile(h.config, []byte(c+extra), 0o644); err != nil {
		t.Fatal(err)
	}
}

// unwatchedNote checks that a digest says the claims' basis is not
// watched as a note, not as a source that failed.
func unwatchedNote(t *testing.T, h *harness) {
	t.Helper()
	doc := h.latestJSON()
	for _, s := range doc["sources"].([]any) {
		if m := s.(map[string]any); m["name"] == "crossref-basis" {
			t.Errorf("the digest lists the unwatched basis as a source: %v", m)
		}
	}
	notes, _ := doc["notes"].([]any)
	if len(notes) != 1 || !strings.Contains(fmt.Sprint(notes[0]), "not watched") || !strings.Contains(fmt.Sprint(notes[0]), "crawl.email") {
		t.Errorf("the digest's notes do not say the basis is not watched: %v", doc["notes"])
	}
	for _, format := range []string{"md", "text", "html"} {
		_, out, _ := h.main("report", "--config", h.config, "--format", format)
		if !strings.Contains(out, "Note: the claims&#39; basis was not watched") && !strings.Contains(out, "Note: the claims' basis was not watched") {
			t.Errorf("the %s digest does not show the note:\n%s", format, out)
		}
		if strings.Contains(out, "may be incomplete") {
			t.Errorf("the %s digest warns of a failed source:\n%s", format, out)
		}
	}
}

// TestMissingEmailIsANote: with the defaults' empty crawl.email, a run
// reports no failed source (the basis watch is a note in the digest's
// sources section) and exits 0; with every server down it still exits 3,
// naming only the sources that failed.
func TestMissingEmailIsANote(t *testing.T) {
	h := newHarness(t, "")
	withoutEmail(t, h, "")
	h.srv.Add(article("1", time.Now().UTC(), "Massage for preterm infants", "A trial."))
	code, out, errs := h.main("run", "--config", h.config)
	if code != 0 || !strings.Contains(out, "; 0 of 3 sources failed\n") {
		t.Fatalf("run without crawl.email: exit %d\n%s\n%s", code, out, errs)
	}
	if n := strings.Count(errs, "crawl.email is not set"); n != 1 {
		t.Errorf("the missing crawl.email was logged %d times, want once:\n%s", n, errs)
	}
	unwatchedNote(t, h)

	for _, fail := range []func(int){h.srv.SetFailing, h.epmc.SetFailing, h.ctg.SetFailing} {
		fail(http.StatusServiceUnavailable)
	}
	code, out, errs = h.main("run", "--config", h.config)
	if code != 3 || !strings.Contains(out, "; 3 of 3 sources failed\n") ||
		!strings.Contains(errs, "no source could be reached (pubmed, europepmc, clinicaltrials failed;") {
		t.Fatalf("run without crawl.email, every server down: exit %d\n%s\n%s", code, out, errs)
	}
	if _, md, _ := h.main("report", "--config", h.config, "--format", "md"); strings.Contains(strings.SplitN(md, "\n", 2)[0], "crossref-basis") {
		t.Errorf("the headline names the unwatched basis as unreached:\n%s", md)
	}
}

// TestMissingEmailSaidOncePerDaemon: without crawl.email the daemon warns
// once, however many cycles it runs, and every digest notes that the
// claims' basis is not watched.
func TestMissingEmailSaidOncePerDaemon(t *testing.T) {
	h := newHarness(t, "")
	withoutEmail(t, h, "\n[daemon]\ntimezone = \"UTC\"\n")
	h.srv.Add(article("1", time.Now().UTC(), "Massage for preterm infants", "A trial."))
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var out, errb syncBuffer
	e := testEnv(&out, &errb)
	e.schedule = cron.Every(time.Second)
	done := make(chan int, 1)
	go func() { done <- Main(ctx, e, []string{"daemon", "--config", h.config}) }()
	for deadline := time.Now().Add(20 * time.Second); countRows(t, h.db, "SELECT count(*) FROM digests") < 3; time.Sleep(100 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatalf("the daemon made fewer than 3 digests in 20s; log:\n%s", errb.String())
		}
	}
	cancel()
	if code := <-done; code != 0 {
		t.Fatalf("daemon exited %d: %s", code, errb.String())
	}
	if n := strings.Count(errb.String(), "crawl.email is not set"); n != 1 {
		t.Errorf("the missing crawl.email was logged %d times over 3 cycles, want once:\n%s", n, errb.String())
	}
	if strings.Contains(errb.String(), "NCBI asks E-utilities users") {
		t.Errorf("a second warning about the same missing key:\n%s", errb.String())
	}
	unwatchedNote(t, h)
}
