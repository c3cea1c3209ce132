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
	"github.com/litwatch/litwatch/crawler/crossref/crossreftest"
	"github.com/litwatch/litwatch/crawler/europepmc/europepmctest"
	"github.com/robfig/cron/v3"
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

// TestMissingEmailSaidOncePerDaemon: without crawl.email the daemon warns
// once, however many cycles it runs, and every digest lists the claims'
// basis as not watched among its sources.
func TestMissingEmailSaidOncePerDaemon(t *testing.T) {
	h := newHarness(t, "")
	cfg, _ := os.ReadFile(h.config)
	c := strings.Replace(string(cfg), `email = "test@example.org"`, `email = ""`, 1)
	if err := os.WriteFile(h.config, []byte(c+"\n[daemon]\ntimezone = \"UTC\"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
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
	var basis map[string]any
	for _, s := range h.latestJSON()["sources"].([]any) {
		if m := s.(map[string]any); m["name"] == "crossref-basis" {
			basis = m
		}
	}
	if errs, _ := basis["errors"].([]any); len(errs) != 1 || !strings.Contains(fmt.Sprint(errs[0]), "not watched") || !strings.Contains(fmt.Sprint(errs[0]), "crawl.email") {
		t.Fatalf("the digest's sources do not say the basis is not watched: %v", basis)
	}
	if _, md, _ := h.main("report", "--config", h.config, "--format", "md"); !strings.Contains(md, "not watched") {
		t.Fatalf("the Markdown digest does not show it:\n%s", md)
	}
}
