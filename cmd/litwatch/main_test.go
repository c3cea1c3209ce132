package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/litwatch/litwatch/internal/config"
	"github.com/litwatch/litwatch/report/claims"

	"github.com/robfig/cron/v3"

	"github.com/litwatch/litwatch/crawler"
	"github.com/litwatch/litwatch/crawler/crossref/crossreftest"
	"github.com/litwatch/litwatch/crawler/ctgov/ctgovtest"
	"github.com/litwatch/litwatch/crawler/europepmc/europepmctest"
	"github.com/litwatch/litwatch/crawler/pubmed/pubmedtest"
	"github.com/litwatch/litwatch/store"
)

// syncBuffer is a bytes.Buffer safe for the daemon's goroutines.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

type harness struct {
	t      *testing.T
	dir    string
	config string
	db     string
	digest string
	srv    *pubmedtest.Server
	epmc   *europepmctest.Server
	ctg    *ctgovtest.Server
	cr     *crossreftest.Server
}

func newHarness(t *testing.T, extra string) *harness {
	t.Helper()
	h := &harness{t: t, dir: t.TempDir(), srv: pubmedtest.NewServer(t), epmc: europepmctest.NewServer(t), ctg: ctgovtest.NewServer(t), cr: crossreftest.NewServer(t)}
	h.db = filepath.Join(h.dir, "lw.db")
	h.digest = filepath.Join(h.dir, "digests")
	h.config = filepath.Join(h.dir, "litwatch.toml")
	cfg := fmt.Sprintf(`
[store]
path = "lw.db"
[digest]
dir = "digests"
formats = ["md", "html", "json"]
[crawl]
since = "2024-01-01"
email = "test@example.org"
[log]
level = "debug"
[sources.pubmed]
base_url = %q
term = "infant massage"
batch_size = 2
%s
[sources.europepmc]
base_url = %q
page_size = 2
[sources.clinicaltrials]
base_url = %q
page_size = 2
[sources.crossref]
base_url = %q
rate = 5
`, h.srv.URL, extra, h.epmc.URL, h.ctg.URL, h.cr.URL)
	if err := os.WriteFile(h.config, []byte(cfg), 0o644); err != nil {
		t.Fatal(err)
	}
	return h
}

// testEnv keeps retries fast and quiet.
func testEnv(stdout, stderr *syncBuffer) *env {
	return &env{stdout: stdout, stderr: stderr, getenv: func(string) string { return "" },
		tuneFetcher: func(c *crawler.FetcherConfig) {
			c.Rate = 1000
			c.Burst = 10
			c.MaxRetries = 1
			c.BaseBackoff = time.Millisecond
			c.MaxBackoff = 5 * time.Millisecond
		}}
}

func (h *harness) main(args ...string) (int, string, string) {
	h.t.Helper()
	var out, errb syncBuffer
	code := Main(context.Background(), testEnv(&out, &errb), args)
	return code, out.String(), errb.String()
}

// latestJSON runs `litwatch report --format json` and decodes it.
func (h *harness) latestJSON() map[string]any {
	h.t.Helper()
	code, out, errs := h.main("report", "--config", h.config, "--format", "json")
	if code != 0 {
		h.t.Fatalf("report exited %d: %s", code, errs)
	}
	var doc map[string]any
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		h.t.Fatalf("report --format json is not JSON: %v\n%s", err, out)
	}
	return doc
}

// pmids lists the digest's records by PMID, else DOI, else NCT.
func pmids(doc map[string]any) []string {
	var ids []string
	for _, r := range doc["records"].([]any) {
		m := r.(map[string]any)
		for _, k := range []string{"pmid", "doi", "nct"} {
			if v, _ := m[k].(string); v != "" {
				ids = append(ids, v)
				break
			}
		}
	}
	return ids
}

func sameSet(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	m := map[string]int{}
	for _, x := range a {
		m[x]++
	}
	for _, x := range b {
		m[x]--
	}
	for _, v := range m {
		if v != 0 {
			return false
		}
	}
	return true
}

func article(pmid string, entrez time.Time, title, abstract string, pubtypes ...string) pubmedtest.Article {
	return pubmedtest.Article{PMID: pmid, Entrez: entrez, Title: title, Abstract: abstract, Year: entrez.Year(), Journal: "Test Journal", PubTypes: pubtypes}
}

const metaAbstract = "BACKGROUND: Massage may promote weight gain in preterm infants. METHODS: We searched databases and included 18 randomised controlled trials with 1420 preterm infants. RESULTS: Massage significantly increased daily weight gain (mean difference 5.3 g/day, 95% CI 3.1 to 7.4) and reduced length of hospital stay. CONCLUSIONS: Massage improves weight gain in preterm infants."

func TestRunTwiceThenFailThenCatchUp(t *testing.T) {
	h := newHarness(t, "")
	today := time.Now().UTC()
	h.srv.Add(
		article("1001", today.AddDate(0, -6, 0), "Massage therapy for weight gain in preterm infants: a systematic review and meta-analysis", metaAbstract, "Systematic Review", "Meta-Analysis"),
		article("1002", today.AddDate(0, -3, 0), "Hand hygiene compliance among nurses", "We observed hand hygiene among adult ward nurses."),
		article("1003", today.AddDate(0, -1, 0), "Sunflower seed oil for preterm skin", "A randomised trial of 120 preterm neonates found sunflower seed oil improved skin condition scores."),
		article("0999", time.Date(2023, 6, 1, 0, 0, 0, 0, time.UTC), "Before the window", "Not in the window."),
	)
	// The meta-analysis again from Europe PMC (same PMID, plus its DOI and
	// PMCID), a preprint only Europe PMC has, and a trial registration.
	h.epmc.Add(
		europepmctest.Article{PMID: "1001", PMCID: "PMC900", DOI: "10.1000/META", Title: "Massage therapy for weight gain in preterm infants: a systematic review and meta-analysis", Abstract: metaAbstract, IndexDate: today.AddDate(0, -5, 0)},
		europepmctest.Article{Source: "PPR", DOI: "10.1101/2026.01.01.1", Title: "Coconut oil massage and skin condition in preterm neonates: a preprint", Abstract: "A pilot of 20 preterm neonates.", IndexDate: today.AddDate(0, -2, 0)},
	)
	h.ctg.Add(ctgovtest.Study{NCT: "NCT07000001", Title: "Sunflower Oil Massage for Very Low Birth Weight Infants", Summary: "A randomised trial of sunflower seed oil massage.", LastUpdate: today.AddDate(0, 0, -10), StudyType: "INTERVENTIONAL", Allocation: "RANDOMIZED", Enrollment: 400, Status: "RECRUITING"})
	code, out, errs := h.main("run", "--config", h.config)
	if code != 0 {
		t.Fatalf("first run exited %d\nstdout: %s\nstderr: %s", code, out, errs)
	}
	doc := h.latestJSON()
	if got := pmids(doc); !sameSet(got, []string{"1001", "1002", "1003", "10.1101/2026.01.01.1", "NCT07000001"}) {
		t.Fatalf("first digest records = %v, want 1001 1002 1003, the preprint and the registration once each (0999 is before crawl.since)", got)
	}
	for _, k := range []string{"generated_at", "window", "sources", "records"} {
		if _, ok := doc[k]; !ok {
			t.Errorf("digest JSON lacks %q", k)
		}
	}
	src := doc["sources"].([]any)[0].(map[string]any)
	if src["name"] != "pubmed" || src["fetched"].(float64) != 3 || src["new"].(float64) != 3 {
		t.Errorf("first digest source = %v", src)
	}
	if e := doc["sources"].([]any)[1].(map[string]any); e["name"] != "europepmc" || e["fetched"].(float64) != 2 || e["new"].(float64) != 1 {
		t.Errorf("europepmc source = %v, want 2 fetched, 1 new (the other is PubMed's)", e)
	}
	rec := doc["records"].([]any)[0].(map[string]any)
	if rec["pmid"] != "1001" || rec["flagged"] != true || rec["design"] != "systematic_review" {
		t.Errorf("the meta-analysis against 'insufficient' should come first, flagged, as a systematic review: %v", rec)
	}
	if rec["doi"] != "10.1000/meta" || rec["pmcid"] != "PMC900" {
		t.Errorf("the merged record should carry every source's identifiers: %v", rec)
	}
	files, _ := filepath.Glob(filepath.Join(h.digest, "digest-*"))
	if len(files) != 3 {
		t.Fatalf("digest files = %v, want md, html and json", files)
	}

	// New records arrive; the second digest lists exactly those.
	h.srv.Add(
		article("2001", today, "Olive oil and the newborn skin barrier", "Olive oil increased transepidermal water loss in 130 neonates compared with no oil (p<0.01)."),
		article("2002", today.AddDate(0, 0, -1), "Infant massage by mothers: a pilot", "Ten term infants were massaged; no adverse events occurred."),
	)
	if code, _, errs := h.main("run", "--config", h.config); code != 0 {
		t.Fatalf("second run exited %d: %s", code, errs)
	}
	if got := pmids(h.latestJSON()); !sameSet(got, []string{"2001", "2002"}) {
		t.Fatalf("second digest records = %v, want exactly 2001 2002", got)
	}
	mark := watermark(t, h.db)

	// The source fails: the run still completes (exit 0), the error is in
	// the digest and the watermark stays.
	h.srv.Add(article("3001", today, "Massage and sleep in term infants", "A trial of 40 term infants."))
	h.srv.SetFailing(503)
	code, _, errs = h.main("run", "--config", h.config)
	if code != 0 {
		t.Fatalf("run with a failing source exited %d, want 0: %s", code, errs)
	}
	doc = h.latestJSON()
	src = doc["sources"].([]any)[0].(map[string]any)
	if len(src["errors"].([]any)) == 0 || !strings.Contains(fmt.Sprint(src["errors"]), "503") {
		t.Fatalf("failing source's errors = %v, want the 503", src["errors"])
	}
	if got := pmids(doc); len(got) != 0 {
		t.Fatalf("failed run's digest lists %v", got)
	}
	if !watermark(t, h.db).Equal(mark) {
		t.Fatalf("watermark moved on a failed run")
	}

	// Back to health: the next run catches up with nothing lost or doubled.
	h.srv.SetFailing(0)
	if code, _, errs := h.main("run", "--config", h.config); code != 0 {
		t.Fatalf("catch-up run exited %d: %s", code, errs)
	}
	if got := pmids(h.latestJSON()); !sameSet(got, []string{"3001"}) {
		t.Fatalf("catch-up digest records = %v, want exactly 3001", got)
	}
	db, err := store.Open(context.Background(), h.db)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if n, _ := db.CountRecords(context.Background()); n != 8 {
		t.Fatalf("store holds %d records, want 8", n)
	}
	if err := db.CheckIntegrity(context.Background()); err != nil {
		t.Fatal(err)
	}
}

func watermark(t *testing.T, path string) time.Time {
	t.Helper()
	db, err := store.Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	w, ok, err := db.Watermark(context.Background(), "pubmed")
	if err != nil || !ok {
		t.Fatalf("watermark: %v %v", ok, err)
	}
	return w
}

func TestDaemonFiresScheduleAndStopsCleanly(t *testing.T) {
	h := newHarness(t, "")
	// A cycle every second, through the test's hook: the config refuses
	// schedules shorter than a minute.
	cfg, _ := os.ReadFile(h.config)
	cfg = append(cfg, []byte("\n[daemon]\ntimezone = \"UTC\"\n")...)
	if err := os.WriteFile(h.config, cfg, 0o644); err != nil {
		t.Fatal(err)
	}
	h.srv.Add(article("1", time.Now().UTC(), "Massage for preterm infants", "A trial."))
	ctx, cancel := context.WithCancel(context.Background())
	var out, errb syncBuffer
	done := make(chan int)
	e := testEnv(&out, &errb)
	e.schedule = cron.Every(time.Second)
	go func() { done <- Main(ctx, e, []string{"daemon", "--config", h.config}) }()
	deadline := time.Now().Add(20 * time.Second)
	for {
		n := countRows(t, h.db, "SELECT count(*) FROM digests")
		if n >= 2 { // the catch-up run and at least one scheduled run
			break
		}
		if time.Now().After(deadline) {
			cancel()
			t.Fatalf("daemon made %d digests in 20s; log:\n%s", n, errb.String())
		}
		time.Sleep(100 * time.Millisecond)
	}
	cancel()
	select {
	case code := <-done:
		if code != 0 {
			t.Fatalf("daemon exited %d: %s", code, errb.String())
		}
	case <-time.After(40 * time.Second):
		t.Fatal("daemon did not stop after cancel")
	}
	if n := countRows(t, h.db, "SELECT count(*) FROM runs WHERE status = 'running'"); n != 0 {
		t.Fatalf("%d runs left running after the daemon stopped", n)
	}
	if n := countRows(t, h.db, "SELECT count(*) FROM records"); n != 1 {
		t.Fatalf("records = %d, want 1 (stored once across cycles)", n)
	}
	if !strings.Contains(errb.String(), "daemon stopped") {
		t.Fatalf("no clean-stop log line:\n%s", errb.String())
	}
}

func countRows(t *testing.T, path, q string) int {
	t.Helper()
	db, err := store.Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var n int
	if err := db.SQL().QueryRow(q).Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n
}

func TestConfigErrorsNameTheKey(t *testing.T) {
	cases := map[string]string{
		"[crawl]\nsince = \"2013-13-01\"":          "crawl.since",
		"[crawl]\nsinse = \"2013-01-01\"":          "crawl.sinse",
		"[digest]\nformats = [\"pdf\"]":            "digest.formats",
		"[sources.pubmed]\nbase_url = \"ftp://x\"": "sources.pubmed.base_url",
		"[daemon]\nschedule = \"every monday\"":    "daemon.schedule",
		"[daemon]\nschedule = \"@every 0s\"":       "daemon.schedule: \"@every 0s\" runs a cycle every 1s; the shortest interval is 1m0s",
		"[daemon]\nschedule = \"@every 30s\"":      "daemon.schedule: \"@every 30s\" runs a cycle every 30s",
		"[daemon]\ntimezone = \"Mars/Olympus\"":    "daemon.timezone",
		"[sources.pubmed]\nbatch_size = 0":         "sources.pubmed.batch_size",
		"[sources.europe]\nenabled = true":         "sources.europe",
		"[store]\npath = 3":                        "path",
	}
	for body, key := range cases {
		dir := t.TempDir()
		p := filepath.Join(dir, "c.toml")
		os.WriteFile(p, []byte(body), 0o644)
		var out, errb syncBuffer
		code := Main(context.Background(), testEnv(&out, &errb), []string{"run", "--config", p, "--db", filepath.Join(dir, "x.db")})
		if code == 0 || !strings.Contains(errb.String(), key) {
			t.Errorf("config %q: exit %d, stderr %q; want non-zero naming %s", body, code, errb.String(), key)
		}
		if _, err := os.Stat(filepath.Join(dir, "x.db")); err == nil {
			t.Errorf("config %q: a database was created despite the bad config", body)
		}
	}
}

func TestInitWritesEditableFilesAndRefusesOverwrite(t *testing.T) {
	dir := t.TempDir()
	var out, errb syncBuffer
	if code := Main(context.Background(), testEnv(&out, &errb), []string{"init", "--dir", dir}); code != 0 {
		t.Fatalf("init exited %d: %s", code, errb.String())
	}
	cfg, err := config.Load(filepath.Join(dir, "litwatch.toml"), configRules())
	if err != nil {
		t.Fatalf("the written config does not load: %v", err)
	}
	if cfg.Claims != "claims.toml" {
		t.Fatalf("written config's claims = %q", cfg.Claims)
	}
	before, _ := os.ReadFile(filepath.Join(dir, "claims.toml"))
	os.WriteFile(filepath.Join(dir, "claims.toml"), append(before, []byte("\n# my edit\n")...), 0o644)
	if code := Main(context.Background(), testEnv(&out, &errb), []string{"init", "--dir", dir}); code == 0 {
		t.Fatal("second init succeeded; it must refuse to overwrite")
	}
	after, _ := os.ReadFile(filepath.Join(dir, "claims.toml"))
	if !bytes.Contains(after, []byte("# my edit")) {
		t.Fatal("init overwrote an edited claims file")
	}
}

func TestInitExample(t *testing.T) {
	dir := t.TempDir()
	var out, errb syncBuffer
	if code := Main(context.Background(), testEnv(&out, &errb), []string{"init", "--dir", dir, "--example", "colic"}); code != 0 {
		t.Fatalf("init --example colic exited %d: %s", code, errb.String())
	}
	set, err := claims.Load(filepath.Join(dir, "claims.toml"))
	if err != nil {
		t.Fatalf("the written example does not load: %v", err)
	}
	if _, ok := set.Get("probiotics"); !ok {
		t.Fatalf("claims.toml is not the colic example: %+v", set.Claims)
	}
	// the config searches for the example's topic, and loads
	cfgText, err := os.ReadFile(filepath.Join(dir, "litwatch.toml"))
	if err != nil {
		t.Fatal(err)
	}
	q := set.Queries()
	for _, want := range []string{q.PubMed, q.EuropePMC, q.ClinicalTrials} {
		if !strings.Contains(string(cfgText), "'''"+want+"'''") {
			t.Errorf("litwatch.toml lacks the example's query %q", want)
		}
	}
	if strings.Contains(string(cfgText), "massage[tiab]") {
		t.Error("litwatch.toml still searches for the default topic")
	}
	if code := Main(context.Background(), testEnv(&out, &errb), []string{"claims", "check", "--config", filepath.Join(dir, "litwatch.toml")}); code != 0 {
		t.Fatalf("the written config does not load: exit %d: %s", code, errb.String())
	}
	var errc syncBuffer
	if code := Main(context.Background(), testEnv(&out, &errc), []string{"init", "--dir", t.TempDir(), "--example", "colik"}); code != 2 || !strings.Contains(errc.String(), "did you mean colic,") || !strings.Contains(errc.String(), "--list-examples") {
		t.Fatalf("unknown example: exit %d %q, want 2, colic suggested and --list-examples named", code, errc.String())
	}
	var list syncBuffer
	empty := t.TempDir()
	if code := Main(context.Background(), testEnv(&list, &errc), []string{"init", "--dir", empty, "--list-examples"}); code != 0 {
		t.Fatalf("init --list-examples: exit %d %q", code, errc.String())
	}
	if got := strings.Fields(list.String()); !slices.Equal(got, claims.Examples()) {
		t.Errorf("init --list-examples printed %d names, want the %d examples one a line", len(got), len(claims.Examples()))
	}
	if ents, _ := os.ReadDir(empty); len(ents) != 0 {
		t.Errorf("init --list-examples wrote %d files, want none", len(ents))
	}
}

func TestReportWithoutDigestAndBadFormat(t *testing.T) {
	h := newHarness(t, "")
	code, _, errs := h.main("report", "--config", h.config)
	if code != 1 || !strings.Contains(errs, "no database at "+h.db) || !strings.Contains(errs, "litwatch run") {
		t.Fatalf("report without a database: exit %d %q", code, errs)
	}
	if _, err := os.Stat(h.db); err == nil {
		t.Fatal("report created a database")
	}
	db, err := store.Open(context.Background(), h.db)
	if err != nil {
		t.Fatal(err)
	}
	db.Close()
	code, _, errs = h.main("report", "--config", h.config)
	if code == 0 || !strings.Contains(errs, "no digest yet") {
		t.Fatalf("report on an empty store: exit %d %q", code, errs)
	}
	code, _, errs = h.main("report", "--config", h.config, "--format", "pdf")
	if code != 2 || !strings.Contains(errs, "pdf") {
		t.Fatalf("report --format pdf: exit %d %q", code, errs)
	}
}

func TestBasisRetractionIsAlertedOnce(t *testing.T) {
	h := newHarness(t, "")
	// The 2004 Cochrane review the preterm claim rests on gets a notice.
	h.cr.AddUpdate("10.1002/14651858.CD000390.notice", "10.1002/14651858.CD000390.pub2", "new_version", "publisher")
	if code, _, errs := h.main("run", "--config", h.config); code != 0 {
		t.Fatalf("run exited %d: %s", code, errs)
	}
	doc := h.latestJSON()
	alerts, _ := doc["basis_alerts"].([]any)
	// Two claims rest on that review: preterm-growth and safety.
	if len(alerts) != 2 {
		t.Fatalf("basis_alerts = %v, want one alert for each claim resting on the review", doc["basis_alerts"])
	}
	var claims []string
	for _, x := range alerts {
		a := x.(map[string]any)
		claims = append(claims, a["claim"].(string))
		if !strings.Contains(fmt.Sprint(a["message"]), "cd000390.pub2") || !strings.HasPrefix(fmt.Sprint(a["link"]), "https://doi.org/") {
			t.Fatalf("alert = %v", a)
		}
	}
	if !sameSet(claims, []string{"preterm-growth", "safety"}) {
		t.Fatalf("alerted claims = %v", claims)
	}
	var basis map[string]any
	for _, s := range doc["sources"].([]any) {
		if m := s.(map[string]any); m["name"] == "crossref-basis" {
			basis = m
		}
	}
	if basis == nil || basis["new"].(float64) != 1 || basis["fetched"].(float64) != 2 || len(basis["errors"].([]any)) != 0 {
		t.Fatalf("basis watch health = %v", basis)
	}
	// The next week, the same notice is not raised again.
	if code, _, errs := h.main("run", "--config", h.config); code != 0 {
		t.Fatalf("second run exited %d: %s", code, errs)
	}
	if alerts, _ := h.latestJSON()["basis_alerts"].([]any); len(alerts) != 0 {
		t.Fatalf("the same notice was alerted again: %v", alerts)
	}
	_, out, _ := h.main("report", "--config", h.config, "--format", "md")
	if strings.Contains(out, "CD000390") {
		t.Fatalf("second digest still shows the old alert:\n%s", out)
	}
}

func TestSameWorkFromThreeSourcesIsOneRecord(t *testing.T) {
	h := newHarness(t, "")
	cfg, _ := os.ReadFile(h.config)
	cfg = []byte(strings.Replace(string(cfg), "[sources.crossref]\n", "[sources.crossref]\nenabled = true\n", 1))
	os.WriteFile(h.config, cfg, 0o644)
	today := time.Now().UTC()
	title := "Sunflower seed oil versus no oil for skin barrier function in preterm neonates: a randomized controlled trial"
	h.srv.Add(pubmedtest.Article{PMID: "4242", DOI: "10.5555/SKIN.1", Entrez: today.AddDate(0, 0, -3), Title: title, Abstract: "Short PubMed abstract.", Year: today.Year(), Journal: "J Test"})
	h.epmc.Add(europepmctest.Article{PMID: "4242", PMCID: "PMC4242", DOI: "10.5555/skin.1", Title: title, Abstract: "Short PubMed abstract.", IndexDate: today.AddDate(0, 0, -2)})
	h.cr.Add(crossreftest.Work{DOI: "10.5555/skin.1", Title: title, Abstract: "<jats:p>The longest abstract: 160 preterm neonates were randomised to sunflower seed oil or no oil; transepidermal water loss was lower with sunflower seed oil.</jats:p>", Indexed: today.AddDate(0, 0, -1)})
	if code, _, errs := h.main("run", "--config", h.config); code != 0 {
		t.Fatalf("run exited %d: %s", code, errs)
	}
	doc := h.latestJSON()
	recs := doc["records"].([]any)
	if len(recs) != 1 {
		t.Fatalf("the same work from three sources gave %d digest records: %v", len(recs), pmids(doc))
	}
	r := recs[0].(map[string]any)
	if r["pmid"] != "4242" || r["doi"] != "10.5555/skin.1" || r["pmcid"] != "PMC4242" {
		t.Fatalf("merged record lacks an identifier: %v", r)
	}
	fetched := map[string]float64{}
	for _, s := range doc["sources"].([]any) {
		m := s.(map[string]any)
		fetched[m["name"].(string)] = m["fetched"].(float64)
	}
	if fetched["pubmed"] != 1 || fetched["europepmc"] != 1 || fetched["crossref"] != 1 {
		t.Fatalf("each source should have delivered the work: %v", fetched)
	}
	db, err := store.Open(context.Background(), h.db)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	rec, ok, _ := db.FindByID(context.Background(), "pmcid", "PMC4242")
	if !ok || !strings.Contains(rec.Abstract, "160 preterm neonates") {
		t.Fatalf("the best (longest) abstract should be kept: %q", rec.Abstract)
	}
}

func TestMissingAbstractIsFilledFromCrossref(t *testing.T) {
	h := newHarness(t, "")
	today := time.Now().UTC()
	h.epmc.Add(europepmctest.Article{DOI: "10.5555/noabs.7", Title: "Coconut oil application and skin integrity in preterm neonates", IndexDate: today.AddDate(0, 0, -2)})
	h.cr.Add(crossreftest.Work{DOI: "10.5555/noabs.7", Title: "Coconut oil application and skin integrity in preterm neonates", Abstract: "<jats:p>Topical coconut oil improved skin condition scores in 120 preterm neonates.</jats:p>"})
	if code, _, errs := h.main("run", "--config", h.config); code != 0 {
		t.Fatalf("run exited %d: %s", code, errs)
	}
	db, err := store.Open(context.Background(), h.db)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	r, ok, _ := db.FindByID(context.Background(), "doi", "10.5555/noabs.7")
	if !ok || !strings.Contains(r.Abstract, "coconut oil improved skin condition") {
		t.Fatalf("abstract not filled from Crossref: %+v", r)
	}
	var fill map[string]any
	for _, s := range h.latestJSON()["sources"].([]any) {
		if m := s.(map[string]any); m["name"] == "crossref-fill" {
			fill = m
		}
	}
	if fill == nil || fill["new"].(float64) != 1 {
		t.Fatalf("crossref-fill health = %v, want 1 abstract filled", fill)
	}
}

func TestOpenFlagsCarryOverUntilReviewed(t *testing.T) {
	h := newHarness(t, "")
	today := time.Now().UTC()
	h.srv.Add(article("1001", today.AddDate(0, 0, -5), "Massage therapy for weight gain in preterm infants: a systematic review and meta-analysis", metaAbstract, "Systematic Review", "Meta-Analysis"))
	if code, _, errs := h.main("run", "--config", h.config); code != 0 {
		t.Fatalf("run exited %d: %s", code, errs)
	}
	rec := h.latestJSON()["records"].([]any)[0].(map[string]any)
	if rec["flagged"] != true {
		t.Fatalf("the meta-analysis is not flagged: %v", rec)
	}
	id := fmt.Sprint(int64(rec["id"].(float64)))
	// Next week it is still open, so the digest shows it again.
	h.main("run", "--config", h.config)
	open, _ := h.latestJSON()["open_flags"].([]any)
	if len(open) == 0 || fmt.Sprint(open[0].(map[string]any)["record_id"]) != id {
		t.Fatalf("open_flags = %v, want record %s", open, id)
	}
	code, out, errs := h.main("flags", "--config", h.config)
	if code != 0 || !strings.Contains(out, id+"\tpreterm-growth\topen") {
		t.Fatalf("flags: exit %d\n%s%s", code, out, errs)
	}
	if code, out, errs := h.main("flags", "dismissed", id, "--note", "reviewed by the editor", "--config", h.config); code != 0 || !strings.Contains(out, "dismissed") {
		t.Fatalf("flags dismissed: exit %d %s %s", code, out, errs)
	}
	h.main("run", "--config", h.config)
	if open, _ := h.latestJSON()["open_flags"].([]any); len(open) != 0 {
		t.Fatalf("a dismissed flag is still shown as open: %v", open)
	}
	if _, out, _ := h.main("flags", "--config", h.config); !strings.Contains(out, "no open flags") {
		t.Fatalf("flags after dismissing = %q", out)
	}
	if _, out, _ := h.main("flags", "--all", "--config", h.config); !strings.Contains(out, "dismissed") || !strings.Contains(out, "reviewed by the editor") {
		t.Fatalf("flags --all = %q", out)
	}
	// search and export see the stored record.
	if code, out, errs := h.main("search", "--config", h.config, "--flagged", "meta-analysis"); code != 0 || !strings.Contains(out, "systematic_review") {
		t.Fatalf("search: exit %d %q %s", code, out, errs)
	}
	if code, out, errs := h.main("export", "--config", h.config, "--format", "ris", "--flagged"); code != 0 || !strings.Contains(out, "TY  - JOUR") || !strings.Contains(out, "AN  - 1001") && !strings.Contains(out, "1001") {
		t.Fatalf("export ris: exit %d %q %s", code, out, errs)
	}
	if code, out, _ := h.main("status", "--config", h.config); code != 0 || !strings.Contains(out, "open flags: 0") || !strings.Contains(out, "pubmed") {
		t.Fatalf("status: exit %d %q", code, out)
	}
}
