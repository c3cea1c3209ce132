package main

import (
	"context"
	"crypto/sha256"
	"encoding/json"
	"fmt"
	"maps"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/robfig/cron/v3"

	"github.com/litwatch/litwatch/crawler"
	"github.com/litwatch/litwatch/crawler/ctgov/ctgovtest"
	"github.com/litwatch/litwatch/crawler/europepmc/europepmctest"
	"github.com/litwatch/litwatch/crawler/faulttest"
	"github.com/litwatch/litwatch/crawler/pubmed/pubmedtest"
	"github.com/litwatch/litwatch/store"
)

// Fault tests: whole cycles run in-process with every source behind a
// fault-injecting proxy (crawler/faulttest), compared with a fault-free
// run over the same data in another directory.

// faultTimeout is the fetchers' per-request timeout in these tests: a
// stall costs this much per attempt.
const faultTimeout = 400 * time.Millisecond

// faultEnv is testEnv with a short request timeout and a 1 MiB body cap,
// so stalls and huge bodies cost little.
func faultEnv(stdout, stderr *syncBuffer) *env {
	e := testEnv(stdout, stderr)
	fast := e.tuneFetcher
	e.tuneFetcher = func(c *crawler.FetcherConfig) {
		fast(c)
		c.Timeout = faultTimeout
		c.MaxBodyBytes = 1 << 20
	}
	return e
}

// faultOpts are the injector's settings to match faultEnv.
func faultOpts() faulttest.Options {
	return faulttest.Options{StallMax: 5 * time.Second, SlowFor: faultTimeout / 4, HugeSize: 2 << 20}
}

// rig is the three fake sources, each also behind a fault proxy.
type rig struct {
	t    *testing.T
	pm   *pubmedtest.Server
	epmc *europepmctest.Server
	ctg  *ctgovtest.Server
	// proxies, by source name as in the digest
	proxy map[string]*faulttest.Proxy
}

// sourceNames are the sources as the digest names them.
func sourceNames() []string { return []string{"pubmed", "europepmc", "clinicaltrials"} }

func newRig(t *testing.T) *rig {
	t.Helper()
	r := &rig{t: t, pm: pubmedtest.NewServer(t), epmc: europepmctest.NewServer(t), ctg: ctgovtest.NewServer(t)}
	r.proxy = map[string]*faulttest.Proxy{
		"pubmed":         faulttest.NewProxy(t, r.pm.URL, nil, faultOpts()),
		"europepmc":      faulttest.NewProxy(t, r.epmc.URL, nil, faultOpts()),
		"clinicaltrials": faulttest.NewProxy(t, r.ctg.URL, nil, faultOpts()),
	}
	return r
}

// faults sets the schedule of every proxy (nil: no faults).
func (r *rig) faults(s func(source string) faulttest.Schedule) {
	for name, p := range r.proxy {
		if s == nil {
			p.SetSchedule(nil)
		} else {
			p.SetSchedule(s(name))
		}
	}
}

// site is one litwatch installation: a config, a database, digests.
type site struct {
	t      *testing.T
	dir    string
	config string
	db     string
	direct bool // no proxy in between: testEnv's fetchers, not faultEnv's
}

// siteOpts shape a site's config.
type siteOpts struct {
	direct     bool   // talk to the fake servers, not the fault proxies
	batch      int    // sources.pubmed.batch_size (default 3)
	pubmedOnly bool   // Europe PMC and ClinicalTrials.gov disabled
	extra      string // appended to the config
}

// newSite writes a config in a new directory.
func (r *rig) newSite(o siteOpts) *site {
	r.t.Helper()
	s := &site{t: r.t, dir: r.t.TempDir(), direct: o.direct}
	s.db = filepath.Join(s.dir, "lw.db")
	s.config = filepath.Join(s.dir, "litwatch.toml")
	pm, ep, ct := r.pm.URL, r.epmc.URL, r.ctg.URL
	if !o.direct {
		pm, ep, ct = r.proxy["pubmed"].URL, r.proxy["europepmc"].URL, r.proxy["clinicaltrials"].URL
	}
	if o.batch == 0 {
		o.batch = 3
	}
	cfg := fmt.Sprintf(`
[store]
path = "lw.db"
[digest]
dir = "digests"
formats = ["json"]
[crawl]
since = %q
overlap_days = 28
email = "test@example.org"
[log]
level = "info"
[sources.pubmed]
base_url = %q
term = "infant massage"
batch_size = %d
[sources.europepmc]
enabled = %t
base_url = %q
page_size = 2
[sources.clinicaltrials]
enabled = %t
base_url = %q
page_size = 2
[sources.crossref]
watch_basis = false
%s`, faultSince().Format(time.DateOnly), pm, o.batch, !o.pubmedOnly, ep, !o.pubmedOnly, ct, o.extra)
	if err := os.WriteFile(s.config, []byte(cfg), 0o644); err != nil {
		r.t.Fatal(err)
	}
	return s
}

func faultSince() time.Time { return time.Now().UTC().AddDate(-2, 0, 0) }

// main runs litwatch in process: with faultEnv behind the proxies, with
// testEnv's ordinary timeouts when talking to the servers directly.
func (s *site) main(args ...string) (int, string, string) {
	s.t.Helper()
	var out, errb syncBuffer
	e := faultEnv(&out, &errb)
	if s.direct {
		e = testEnv(&out, &errb)
	}
	code := Main(context.Background(), e, args)
	return code, out.String(), errb.String()
}

// run runs one cycle, which must complete, and returns its digest. It
// must exit 0, or exitNoSource exactly when every source failed.
func (s *site) run() digestDoc {
	s.t.Helper()
	code, out, errs := s.main("run", "--config", s.config)
	if code != 0 && code != exitNoSource {
		s.t.Fatalf("run exited %d\nstdout: %s\nstderr: %s", code, out, errs)
	}
	d := s.latest()
	if all := len(d.Sources) > 0 && len(d.failed()) == len(d.Sources); all != (code == exitNoSource) {
		s.t.Fatalf("run exited %d with sources %v of %d failed; want %d exactly when every source failed\nstderr: %s",
			code, d.failed(), len(d.Sources), exitNoSource, errs)
	}
	return d
}

// digestDoc is the part of the JSON digest these tests read.
type digestDoc struct {
	Sources []struct {
		Name    string   `json:"name"`
		Fetched int      `json:"fetched"`
		New     int      `json:"new"`
		Errors  []string `json:"errors"`
	} `json:"sources"`
	Records []struct {
		ID    int64  `json:"id"`
		PMID  string `json:"pmid"`
		DOI   string `json:"doi"`
		NCT   string `json:"nct"`
		Title string `json:"title"`
	} `json:"records"`
}

func (d digestDoc) errors(source string) []string {
	for _, s := range d.Sources {
		if s.Name == source {
			return s.Errors
		}
	}
	return nil
}

func (d digestDoc) failed() []string {
	var out []string
	for _, s := range d.Sources {
		if len(s.Errors) > 0 {
			out = append(out, s.Name)
		}
	}
	return out
}

// latest is the latest digest as `litwatch report --format json` prints it.
func (s *site) latest() digestDoc {
	s.t.Helper()
	code, out, errs := s.main("report", "--config", s.config, "--format", "json")
	if code != 0 {
		s.t.Fatalf("report exited %d: %s", code, errs)
	}
	var d digestDoc
	if err := json.Unmarshal([]byte(out), &d); err != nil {
		s.t.Fatalf("report --format json: %v\n%s", err, out)
	}
	return d
}

// work is a stored record as the comparison sees it: its identifiers
// (sorted "kind:value"), title and abstract.
type work struct {
	ids      string
	title    string
	abstract string
}

// works reads every stored record, keyed by store id.
func (s *site) works() map[int64]work {
	s.t.Helper()
	ctx := context.Background()
	db, err := store.Open(ctx, s.db)
	if err != nil {
		s.t.Fatal(err)
	}
	defer db.Close()
	ids := map[int64][]string{}
	rows, err := db.SQL().QueryContext(ctx, "SELECT kind, value, record_id FROM identifiers")
	if err != nil {
		s.t.Fatal(err)
	}
	for rows.Next() {
		var kind, value string
		var rid int64
		if err := rows.Scan(&kind, &value, &rid); err != nil {
			s.t.Fatal(err)
		}
		ids[rid] = append(ids[rid], kind+":"+value)
	}
	if err := rows.Close(); err != nil {
		s.t.Fatal(err)
	}
	recs, err := db.ListRecords(ctx, store.ListQuery{})
	if err != nil {
		s.t.Fatal(err)
	}
	out := make(map[int64]work, len(recs))
	for _, r := range recs {
		slices.Sort(ids[r.ID])
		out[r.ID] = work{ids: strings.Join(ids[r.ID], " "), title: r.Title, abstract: r.Abstract}
	}
	return out
}

// byIdentifier indexes works by each of their identifiers.
func byIdentifier(ws map[int64]work) map[string]work {
	out := map[string]work{}
	for _, w := range ws {
		for _, id := range strings.Fields(w.ids) {
			out[id] = w
		}
	}
	return out
}

// checkNothingPartial fails if a stored record's title or abstract is not
// exactly the reference's: nothing truncated, nothing garbled.
func checkNothingPartial(t *testing.T, when string, got map[int64]work, ref map[string]work) {
	t.Helper()
	for id, w := range got {
		if strings.ContainsRune(w.title+w.abstract, '\uFFFD') {
			t.Errorf("%s: record %d (%s) holds a replacement character: %q", when, id, w.ids, w.title)
		}
		var want work
		found := false
		for _, k := range strings.Fields(w.ids) {
			if want, found = ref[k]; found {
				break
			}
		}
		if !found {
			t.Errorf("%s: record %d (%s) is not in the fault-free store", when, id, w.ids)
			continue
		}
		if w.title != want.title || w.abstract != want.abstract {
			t.Errorf("%s: record %d (%s) differs from the fault-free one:\n title %q\n  want %q\n abstract %q\n     want %q",
				when, id, w.ids, w.title, want.title, w.abstract, want.abstract)
		}
	}
}

// checkSameStore fails unless two stores hold the same works.
func checkSameStore(t *testing.T, got, want map[int64]work) {
	t.Helper()
	set := func(ws map[int64]work) map[work]int {
		m := map[work]int{}
		for _, w := range ws {
			m[w]++
		}
		return m
	}
	g, w := set(got), set(want)
	for k, n := range w {
		if g[k] != n {
			t.Errorf("fault-free store has %d× %s %q, the faulted store %d×", n, k.ids, k.title, g[k])
		}
	}
	for k, n := range g {
		if w[k] == 0 {
			t.Errorf("faulted store has %d× %s %q, the fault-free store none", n, k.ids, k.title)
		}
	}
}

// checkReportedOnce fails unless every stored record is in exactly one
// stored digest and none is pending.
func (s *site) checkReportedOnce() {
	s.t.Helper()
	ctx := context.Background()
	db, err := store.Open(ctx, s.db)
	if err != nil {
		s.t.Fatal(err)
	}
	defer db.Close()
	if err := db.CheckIntegrity(ctx); err != nil {
		s.t.Fatal(err)
	}
	if p, err := db.PendingRecords(ctx); err != nil || len(p) != 0 {
		s.t.Fatalf("%d records never reported (%v)", len(p), err)
	}
	rows, err := db.SQL().QueryContext(ctx, "SELECT id, doc FROM digests ORDER BY id")
	if err != nil {
		s.t.Fatal(err)
	}
	defer rows.Close()
	seen := map[int64][]int64{}
	for rows.Next() {
		var id int64
		var doc string
		if err := rows.Scan(&id, &doc); err != nil {
			s.t.Fatal(err)
		}
		var d digestDoc
		if err := json.Unmarshal([]byte(doc), &d); err != nil {
			s.t.Fatalf("digest %d: %v", id, err)
		}
		for _, r := range d.Records {
			seen[r.ID] = append(seen[r.ID], id)
		}
	}
	if err := rows.Err(); err != nil {
		s.t.Fatal(err)
	}
	n, err := db.CountRecords(ctx)
	if err != nil {
		s.t.Fatal(err)
	}
	if len(seen) != n {
		s.t.Errorf("digests report %d distinct records, the store holds %d", len(seen), n)
	}
	for rid, ds := range seen {
		if len(ds) != 1 {
			s.t.Errorf("record %d is reported by digests %v", rid, ds)
		}
	}
}

// faultAbstract is long enough that a cut or a truncation shows.
func faultAbstract(i int, topic string) string {
	return fmt.Sprintf("BACKGROUND: %s is studied in preterm infants (study %d). METHODS: A randomised trial of %d preterm infants compared daily massage with sunflower seed oil with usual care. RESULTS: Weight gain was higher with massage (mean difference %d.%d g/day). CONCLUSIONS: Massage may help preterm infants grow.",
		topic, i, 40+i, 3+i%5, i%10)
}

// loadFaultData fills the fake servers: 20 PubMed articles over two years
// (6 of them in the last 20 days), 8 Europe PMC results (3 of them
// PubMed's articles again, same title and abstract, adding DOI and PMCID;
// 3 only in Europe PMC; 2 preprints) and 6 trial registrations.
func (r *rig) loadFaultData() {
	today := time.Now().UTC()
	day := func(i int) time.Time {
		if i < 6 {
			return today.AddDate(0, 0, -i*4)
		}
		return today.AddDate(0, 0, -30-(i-6)*48)
	}
	var arts []pubmedtest.Article
	for i := range 20 {
		a := article(fmt.Sprint(7001+i), day(i), fmt.Sprintf("Massage with oil number %d and growth of preterm infants", i), faultAbstract(i, "Oil massage"))
		arts = append(arts, a)
	}
	r.pm.Add(arts...)
	for _, i := range []int{1, 7, 12} {
		a := arts[i]
		r.epmc.Add(europepmctest.Article{PMID: a.PMID, PMCID: fmt.Sprintf("PMC%d", 900+i), DOI: fmt.Sprintf("10.1000/pm.%d", i),
			Title: a.Title, Abstract: a.Abstract, IndexDate: day(i).AddDate(0, 0, 1)})
	}
	for i := range 3 {
		r.epmc.Add(europepmctest.Article{PMID: fmt.Sprint(8001 + i), DOI: fmt.Sprintf("10.1000/epmc.%d", i),
			Title: fmt.Sprintf("Emollient therapy trial %d in very low birth weight neonates", i), Abstract: faultAbstract(100+i, "Emollient therapy"), IndexDate: day(3 + 5*i)})
	}
	for i := range 2 {
		r.epmc.Add(europepmctest.Article{Source: "PPR", ID: fmt.Sprintf("PPR%d", 500+i), DOI: fmt.Sprintf("10.1101/2026.01.0%d", i+1),
			Title: fmt.Sprintf("Coconut oil skin care preprint %d in preterm neonates", i), Abstract: faultAbstract(200+i, "Coconut oil"), IndexDate: day(2 + 9*i)})
	}
	for i := range 6 {
		r.ctg.Add(ctgovtest.Study{NCT: fmt.Sprintf("NCT0710%04d", i), Title: fmt.Sprintf("Sunflower Oil Massage Trial %d for Very Low Birth Weight Infants", i),
			Summary: faultAbstract(300+i, "Sunflower oil"), LastUpdate: day(i * 3), StudyType: "INTERVENTIONAL", Allocation: "RANDOMIZED", Enrollment: 100 + i, Status: "RECRUITING"})
	}
}

// openStore opens a site's database for a check; the caller closes it.
func (s *site) openStore() *store.DB {
	s.t.Helper()
	db, err := store.Open(context.Background(), s.db)
	if err != nil {
		s.t.Fatal(err)
	}
	return db
}

func (s *site) watermarks() map[string]time.Time {
	s.t.Helper()
	db := s.openStore()
	defer db.Close()
	w, err := db.Watermarks(context.Background())
	if err != nil {
		s.t.Fatal(err)
	}
	return w
}

// faultPhrases are what a source's error must say for each failing fault
// (any one of them).
func faultPhrases(k faulttest.Kind) []string {
	switch k {
	case faulttest.TooMany, faulttest.Status500, faulttest.Status502, faulttest.Status503:
		return []string{"HTTP " + string(k)}
	case faulttest.Stall:
		return []string{"Timeout exceeded", "deadline exceeded"}
	case faulttest.Truncated:
		return []string{"unexpected EOF"}
	case faulttest.Cut:
		return []string{"malformed", "unexpected EOF", "unexpected end", "truncated"}
	case faulttest.HTML:
		return []string{"HTML page"}
	case faulttest.BadUTF8:
		return []string{"UTF-8"}
	case faulttest.Huge, faulttest.HugeDeclared:
		return []string{"size cap"}
	case faulttest.Drop:
		return []string{"truncated batch", "fewer", "missing"}
	}
	return nil
}

func containsAny(s string, subs []string) bool {
	for _, sub := range subs {
		if strings.Contains(s, sub) {
			return true
		}
	}
	return false
}

// injected counts the faults each proxy applied so far.
func (r *rig) injected() map[string]int {
	out := map[string]int{}
	for name, p := range r.proxy {
		out[name] = len(p.Injected())
	}
	return out
}

// TestEachFaultIsReportedThenFilled runs, for every fault, a cycle with
// the fault on the second and third request of each source: the cycle
// completes, a failing source says why in the digest and keeps its
// watermark, nothing half-read is stored; then one fault-free cycle makes
// the store equal to a fault-free run's, every record reported once.
func TestEachFaultIsReportedThenFilled(t *testing.T) {
	r := newRig(t)
	r.loadFaultData()
	ref := r.newSite(siteOpts{direct: true})
	if d := ref.run(); len(d.failed()) > 0 || len(d.Records) != 31 {
		t.Fatalf("fault-free run: failed %v, %d records, want 31", d.failed(), len(d.Records))
	}
	refWorks := ref.works()
	refByID := byIdentifier(refWorks)

	type row struct {
		kind    faulttest.Kind
		sources []string
	}
	var rows []row
	for _, k := range faulttest.Kinds() {
		rows = append(rows, row{kind: k, sources: sourceNames()})
	}
	for _, row := range rows {
		name := string(row.kind) + "/" + strings.Join(row.sources, "+")
		t.Run(name, func(t *testing.T) {
			k := row.kind
			s := r.newSite(siteOpts{})
			r.faults(func(src string) faulttest.Schedule {
				if slices.Contains(row.sources, src) {
					return faulttest.Script(faulttest.OK, k, k)
				}
				return nil
			})
			before := r.injected()
			d := s.run()
			after := r.injected()
			marks := s.watermarks()
			for _, src := range sourceNames() {
				faulted := slices.Contains(row.sources, src)
				if faulted && after[src] == before[src] {
					t.Errorf("%s: the %s fault never applied", src, k)
				}
				errs := strings.Join(d.errors(src), "; ")
				switch {
				case faulted && !k.Harmless():
					if !containsAny(errs, faultPhrases(k)) {
						t.Errorf("%s under %s: digest errors %q, want one saying %q", src, k, errs, faultPhrases(k))
					}
					if _, moved := marks[src]; moved {
						t.Errorf("%s under %s: the watermark moved although the source failed", src, k)
					}
				case errs != "":
					t.Errorf("%s (fault %s, faulted %t): unexpected errors %q", src, k, faulted, errs)
				}
			}
			checkNothingPartial(t, "after the "+string(k)+" run", s.works(), refByID)

			r.faults(nil)
			if d := s.run(); len(d.failed()) > 0 {
				t.Fatalf("fault-free catch-up run: sources %v failed", d.failed())
			}
			checkSameStore(t, s.works(), refWorks)
			s.checkReportedOnce()
		})
	}
}

// TestRandomFaultsConverge runs cycles under seeded random faults (every
// kind a source is known to handle, on 30% of requests), at least four
// and until sources have failed twice, then one fault-free cycle: the store must equal a
// fault-free run's. Set LITWATCH_FAULT_SEED to try another seed.
func TestRandomFaultsConverge(t *testing.T) {
	seeds := []uint64{1, 2}
	if v := os.Getenv("LITWATCH_FAULT_SEED"); v != "" {
		n, err := strconv.ParseUint(v, 10, 64)
		if err != nil {
			t.Fatalf("LITWATCH_FAULT_SEED=%q: %v", v, err)
		}
		seeds = []uint64{n}
	}
	r := newRig(t)
	r.loadFaultData()
	ref := r.newSite(siteOpts{direct: true})
	ref.run()
	refWorks := ref.works()
	refByID := byIdentifier(refWorks)
	for _, seed := range seeds {
		t.Run(fmt.Sprint("seed=", seed), func(t *testing.T) {
			s := r.newSite(siteOpts{})
			scheds := map[string]faulttest.Schedule{}
			for i, src := range sourceNames() {
				scheds[src] = faulttest.Random(seed*100+uint64(i), 0.3, faulttest.Kinds()...)
			}
			r.faults(func(src string) faulttest.Schedule { return scheds[src] })
			before := r.injected()
			// At least 4 faulty cycles, more (up to 10) until sources
			// have failed twice.
			failures, runs := 0, 0
			for ; runs < 10 && (runs < 4 || failures < 2); runs++ {
				d := s.run()
				failures += len(d.failed())
				checkNothingPartial(t, fmt.Sprintf("run %d", runs+1), s.works(), refByID)
			}
			faults := 0
			for src, n := range r.injected() {
				faults += n - before[src]
			}
			if faults == 0 || failures == 0 {
				t.Fatalf("%d faults, %d source failures: the schedule proves nothing", faults, failures)
			}
			r.faults(nil)
			if d := s.run(); len(d.failed()) > 0 {
				t.Fatalf("fault-free run after the faults: %v failed", d.failed())
			}
			checkSameStore(t, s.works(), refWorks)
			s.checkReportedOnce()
			t.Logf("seed %d: %d faults injected, %d source failures in %d runs, then caught up", seed, faults, failures, runs)
		})
	}
}

// TestLateRecordInsideTheOverlapIsReportedOnce: PubMed back-dates the
// Entrez date of a record it loads late, Europe PMC likewise; a record
// appearing after a successful run with a date inside the overlap is
// stored by the next run and reported once.
func TestLateRecordInsideTheOverlapIsReportedOnce(t *testing.T) {
	r := newRig(t)
	today := time.Now().UTC()
	r.pm.Add(
		article("6001", today.AddDate(0, 0, -60), "Olive oil massage and weight of preterm infants", "A trial of 60 preterm infants."),
		article("6002", today.AddDate(0, 0, -2), "Sunflower oil and skin barrier of neonates", "A trial of 80 neonates."),
	)
	r.epmc.Add(europepmctest.Article{PMID: "6101", DOI: "10.1000/late.1", Title: "Kangaroo care with massage in low birth weight infants", Abstract: "A cohort of 90 infants.", IndexDate: today.AddDate(0, 0, -1)})
	s := r.newSite(siteOpts{direct: true})
	if got := pmids(toMap(t, s.run())); !sameSet(got, []string{"6001", "6002", "6101"}) {
		t.Fatalf("first digest = %v", got)
	}
	mark := s.watermarks()["pubmed"]

	r.pm.Add(article("6003", today.AddDate(0, 0, -10), "Coconut oil massage in term newborns: a late record", "A trial of 100 newborns."))
	r.epmc.Add(europepmctest.Article{PMID: "6102", DOI: "10.1000/late.2", Title: "Emollient use in preterm neonates: indexed late", Abstract: "A survey.", IndexDate: today.AddDate(0, 0, -20)})
	seen := len(r.pm.Requests())
	if got := pmids(toMap(t, s.run())); !sameSet(got, []string{"6003", "6102"}) {
		t.Fatalf("second digest = %v, want exactly the two late records", got)
	}
	esearch := r.pm.Requests()[seen]
	if want := mark.AddDate(0, 0, -28).Format("2006/01/02"); esearch.Query().Get("mindate") != want {
		t.Errorf("second run searched from %s, want %s (watermark minus 28 days)", esearch.Query().Get("mindate"), want)
	}
	if got := pmids(toMap(t, s.run())); len(got) != 0 {
		t.Fatalf("third digest = %v, want nothing: the late records are reported already", got)
	}
	s.checkReportedOnce()
}

// toMap re-encodes a digest for the helpers of main_test.go.
func toMap(t *testing.T, d digestDoc) map[string]any {
	t.Helper()
	b, err := json.Marshal(d)
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatal(err)
	}
	return m
}

// TestBackfillOverTheSearchLimitIsSplit back-fills 10,050 records, more
// than E-utilities pages through for one search (9,999): the window is
// split by date and nothing is lost.
func TestBackfillOverTheSearchLimitIsSplit(t *testing.T) {
	if testing.Short() {
		t.Skip("stores 10,050 records")
	}
	r := newRig(t)
	since := faultSince()
	today := time.Now().UTC()
	days := int(today.Sub(since).Hours() / 24)
	const total = 10050
	arts := make([]pubmedtest.Article, total)
	for i := range arts {
		arts[i] = pubmedtest.Article{PMID: fmt.Sprint(100000 + i), Entrez: since.AddDate(0, 0, i%(days+1)), Title: fmt.Sprintf("Back-filled record %d", i), Journal: "J"}
	}
	r.pm.Add(arts...)
	s := r.newSite(siteOpts{direct: true, batch: 500, pubmedOnly: true})
	d := s.run()
	if len(d.failed()) > 0 || len(d.Records) != total || d.Sources[0].Fetched != total {
		t.Fatalf("back-fill: errors %v, %d records in the digest, %d fetched; want %d", d.errors("pubmed"), len(d.Records), d.Sources[0].Fetched, total)
	}
	var windows []string
	for _, u := range r.pm.Requests() {
		q := u.Query()
		switch {
		case strings.HasSuffix(u.Path, "esearch.fcgi"):
			windows = append(windows, q.Get("mindate")+"-"+q.Get("maxdate"))
		case q.Get("retstart") != "":
			if n, _ := strconv.Atoi(q.Get("retstart")); n >= pubmedtest.DefaultMaxResults {
				t.Errorf("efetch at retstart %d: past what E-utilities serve", n)
			}
		}
	}
	if len(windows) < 3 || windows[0] != since.Format("2006/01/02")+"-"+today.Format("2006/01/02") {
		t.Fatalf("searches %v: want the whole window, then its halves", windows)
	}
	db := s.openStore()
	defer db.Close()
	if n, _ := db.CountRecords(context.Background()); n != total {
		t.Fatalf("stored %d records, want %d", n, total)
	}
	t.Logf("searches: %v", windows)
}

// requestsSince counts the requests of each kind after the first skip.
func requestsSince(reqs []*url.URL, skip int) map[string]int {
	out := map[string]int{}
	for _, u := range reqs[skip:] {
		out[u.Path[strings.LastIndexByte(u.Path, '/')+1:]]++
	}
	return out
}

// TestRequestsPerRun counts the requests of two cycles: the first asks
// each API the minimum for what is new (PubMed: one esearch and one efetch
// per batch_size records; Europe PMC and ClinicalTrials.gov: one request
// per page); the second re-reads only the overlap, and PubMed efetches
// only the PMIDs not stored yet.
func TestRequestsPerRun(t *testing.T) {
	r := newRig(t)
	today := time.Now().UTC()
	// 7 PubMed records: 4 older than the overlap, 3 inside it.
	for i, age := range []int{300, 200, 100, 60, 9, 5, 1} {
		r.pm.Add(article(fmt.Sprint(6600+i), today.AddDate(0, 0, -age), fmt.Sprintf("Massage record %d for the request count", i), "A trial."))
	}
	for i, age := range []int{90, 40, 8, 3, 2} {
		r.epmc.Add(europepmctest.Article{PMID: fmt.Sprint(6700 + i), Title: fmt.Sprintf("Europe PMC record %d for the request count", i), Abstract: "A trial.", IndexDate: today.AddDate(0, 0, -age)})
		r.ctg.Add(ctgovtest.Study{NCT: fmt.Sprintf("NCT0720%04d", i), Title: fmt.Sprintf("Registration %d for the request count", i), Summary: "A trial.", LastUpdate: today.AddDate(0, 0, -age)})
	}
	s := r.newSite(siteOpts{direct: true, batch: 3})
	pm, ep, ct := len(r.pm.Requests()), len(r.epmc.Requests()), len(r.ctg.Requests())
	d := s.run()
	if len(d.failed()) > 0 || len(d.Records) != 17 {
		t.Fatalf("first run: failed %v, %d records", d.failed(), len(d.Records))
	}
	// 7 new records, batch_size 3: 1 esearch + 3 efetch; 5 results in pages
	// of 2: 3 pages each.
	if got := requestsSince(r.pm.Requests(), pm); got["esearch.fcgi"] != 1 || got["efetch.fcgi"] != 3 || len(got) != 2 {
		t.Errorf("first run, PubMed requests %v, want 1 esearch and 3 efetch", got)
	}
	if got := len(r.epmc.Requests()) - ep; got != 3 {
		t.Errorf("first run, Europe PMC requests = %d, want 3 (5 results, pages of 2)", got)
	}
	if got := len(r.ctg.Requests()) - ct; got != 3 {
		t.Errorf("first run, ClinicalTrials.gov requests = %d, want 3 (5 studies, pages of 2)", got)
	}

	// A week's worth: 2 new PubMed records. The second run re-reads the
	// 28-day overlap (3 known + 2 new PubMed records, of which only the 2
	// new are efetched; 3 Europe PMC results, 3 studies) and nothing older.
	r.pm.Add(article("6690", today, "New massage record A", "A trial."), article("6691", today, "New massage record B", "A trial."))
	pm, ep, ct = len(r.pm.Requests()), len(r.epmc.Requests()), len(r.ctg.Requests())
	d = s.run()
	if got := pmids(toMap(t, d)); !sameSet(got, []string{"6690", "6691"}) {
		t.Fatalf("second digest = %v", got)
	}
	if got := requestsSince(r.pm.Requests(), pm); got["esearch.fcgi"] != 1 || got["efetch.fcgi"] != 1 {
		t.Errorf("second run, PubMed requests %v, want 1 esearch and 1 efetch (5 records in the overlap, 3 of them stored)", got)
	}
	if got := len(r.epmc.Requests()) - ep; got != 2 {
		t.Errorf("second run, Europe PMC requests = %d, want 2 (3 results in the overlap)", got)
	}
	if got := len(r.ctg.Requests()) - ct; got != 2 {
		t.Errorf("second run, ClinicalTrials.gov requests = %d, want 2 (3 studies in the overlap)", got)
	}
	if f := d.Sources[0]; f.Name != "pubmed" || f.Fetched != 2 || f.New != 2 {
		t.Errorf("second run, PubMed fetched %d, new %d: want 2 and 2 (the stored PMIDs are not fetched again)", f.Fetched, f.New)
	}
}

// TestKnownRecordsAreNotFetchedAgain: the issue asks for the minimum
// requests the APIs allow, with no re-fetch of known records. Re-reading
// the overlap needs the esearch, but PubMed's efetch could ask only for
// the PMIDs not stored yet.
func TestKnownRecordsAreNotFetchedAgain(t *testing.T) {
	r := newRig(t)
	today := time.Now().UTC()
	for i, age := range []int{9, 5, 1} {
		r.pm.Add(article(fmt.Sprint(6800+i), today.AddDate(0, 0, -age), fmt.Sprintf("Known massage record %d", i), "A trial."))
	}
	s := r.newSite(siteOpts{direct: true, batch: 3, pubmedOnly: true})
	s.run()
	r.pm.Add(article("6890", today, "New massage record C", "A trial."), article("6891", today, "New massage record D", "A trial."))
	pm := len(r.pm.Requests())
	d := s.run()
	if got := requestsSince(r.pm.Requests(), pm); got["efetch.fcgi"] != 1 || d.Sources[0].Fetched != 2 {
		t.Fatalf("second run: requests %v, fetched %d; want 1 efetch fetching only the 2 new records", got, d.Sources[0].Fetched)
	}
}

// digestCount is how many digests the site's database holds.
func (s *site) digestCount() int {
	s.t.Helper()
	return countRows(s.t, s.db, "SELECT count(*) FROM digests")
}

// TestDaemonAndCLIShareTheDatabase runs the daemon (a cycle every
// second, new records arriving) while two goroutines keep running
// `report` and `search` on the same database: every command succeeds.
// A second daemon, and a one-off run, are refused with a message naming
// the holder.
func TestDaemonAndCLIShareTheDatabase(t *testing.T) {
	r := newRig(t)
	r.loadFaultData()
	s := r.newSite(siteOpts{direct: true, extra: "[daemon]\ntimezone = \"UTC\"\n"})
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var out, errb syncBuffer
	done := make(chan int, 1)
	e := testEnv(&out, &errb)
	e.schedule = cron.Every(time.Second) // a test's hook: the config refuses sub-minute schedules
	go func() { done <- Main(ctx, e, []string{"daemon", "--config", s.config}) }()
	waitFor := func(what string, ok func() bool) {
		t.Helper()
		for deadline := time.Now().Add(20 * time.Second); !ok(); time.Sleep(50 * time.Millisecond) {
			if time.Now().After(deadline) {
				cancel()
				t.Fatalf("waited 20s for %s; daemon log:\n%s", what, errb.String())
			}
		}
	}
	waitFor("the first digest", func() bool { return s.digestCount() >= 1 })

	for _, cmd := range []string{"daemon", "run"} {
		code, _, errs := s.main(cmd, "--config", s.config)
		if code != 1 || !strings.Contains(errs, "another litwatch run or daemon is using this database") ||
			!strings.Contains(errs, fmt.Sprintf("pid %d", os.Getpid())) || !strings.Contains(errs, s.db) {
			t.Errorf("`litwatch %s` beside a running daemon: exit %d, %q; want exit 1 naming the database and the daemon's pid", cmd, code, errs)
		}
	}

	// The commands check their own output; failures are collected.
	stop := make(chan struct{})
	var (
		mu       sync.Mutex
		failures []string
		n        int
	)
	check := func(cmd string, code int, out, errs string) {
		var bad string
		switch {
		case code != 0:
			bad = fmt.Sprintf("`litwatch %s` beside the daemon exited %d: %s", cmd, code, errs)
		case cmd == "report":
			var d digestDoc
			if err := json.Unmarshal([]byte(out), &d); err != nil || len(d.Sources) == 0 {
				bad = fmt.Sprintf("report beside the daemon printed no digest (%v): %.200s", err, out)
			}
		case cmd == "search" && !strings.Contains(strings.ToLower(out), "preterm"):
			bad = fmt.Sprintf("search beside the daemon found nothing: %.200s", out)
		}
		mu.Lock()
		defer mu.Unlock()
		n++
		if bad != "" && len(failures) < 10 {
			failures = append(failures, bad)
		}
	}
	var wg sync.WaitGroup
	for range 2 {
		wg.Go(func() {
			for {
				select {
				case <-stop:
					return
				case <-time.After(10 * time.Millisecond):
				}
				code, out, errs := s.main("report", "--config", s.config, "--format", "json")
				check("report", code, out, errs)
				code, out, errs = s.main("search", "--config", s.config, "--limit", "5", "preterm")
				check("search", code, out, errs)
			}
		})
	}
	start := s.digestCount()
	today := time.Now().UTC()
	for i := 0; s.digestCount() < start+3; i++ {
		r.pm.Add(article(fmt.Sprint(6900+i), today, fmt.Sprintf("Massage arriving while the daemon runs, number %d", i), "A trial of preterm infants."))
		waitFor("the daemon's next digest", func() bool { return s.digestCount() > start+i || s.digestCount() >= start+3 })
	}
	close(stop)
	wg.Wait()
	for _, f := range failures {
		t.Error(f)
	}
	if n < 4 {
		t.Errorf("only %d commands ran beside the daemon", n)
	}
	cancel()
	select {
	case code := <-done:
		if code != 0 {
			t.Fatalf("daemon exited %d: %s", code, errb.String())
		}
	case <-time.After(30 * time.Second):
		t.Fatal("daemon did not stop")
	}
	if strings.Contains(errb.String(), "database is locked") || strings.Contains(errb.String(), "SQLITE_BUSY") {
		t.Errorf("the daemon hit a locked database:\n%s", errb.String())
	}
	s.checkReportedOnce()
	t.Logf("%d report/search commands ran beside %d daemon cycles", n, s.digestCount())
}

// TestUnwritableDigestDirectoryLosesNothing: the digest directory's path
// is taken by a regular file (tests run as root, so permissions would not
// stop them). The run says clearly that the digest is stored but its files
// could not be written; `litwatch report` prints it; once the directory is
// usable, the next run reports nothing twice.
func TestUnwritableDigestDirectoryLosesNothing(t *testing.T) {
	r := newRig(t)
	r.loadFaultData()
	s := r.newSite(siteOpts{direct: true})
	blocker := filepath.Join(s.dir, "digests")
	if err := os.WriteFile(blocker, []byte("not a directory\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, errs := s.main("run", "--config", s.config)
	if code == 0 {
		t.Fatal("run exited 0 although no digest file could be written")
	}
	for _, want := range []string{"is stored but its files could not be written", "litwatch report", blocker} {
		if !strings.Contains(errs, want) {
			t.Errorf("run's error does not say %q:\n%s", want, errs)
		}
	}
	if d := s.latest(); len(d.Records) != 31 {
		t.Fatalf("report prints %d records, want the 31 of the stored digest", len(d.Records))
	}
	code, md, errs := s.main("report", "--config", s.config, "--format", "md")
	if code != 0 || !strings.Contains(md, "Massage with oil number 0 and growth of preterm infants") {
		t.Fatalf("report --format md: exit %d %s\n%.300s", code, errs, md)
	}
	s.checkReportedOnce()

	if err := os.Remove(blocker); err != nil {
		t.Fatal(err)
	}
	if d := s.run(); len(d.Records) != 0 {
		t.Fatalf("next run reports %d records again", len(d.Records))
	}
	if files, _ := filepath.Glob(filepath.Join(blocker, "digest-*.json")); len(files) != 1 {
		t.Fatalf("digest files after the directory came back: %v", files)
	}
	s.checkReportedOnce()
}

// snapshot hashes every file under dir.
func snapshot(t *testing.T, dir string) map[string]string {
	t.Helper()
	out := map[string]string{}
	err := filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		out[strings.TrimPrefix(p, dir)] = fmt.Sprintf("%x", sha256.Sum256(b))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// TestNewerDatabaseIsRefusedUnmodified: a database whose user_version is
// above what this build knows is refused by every command with a message
// saying to upgrade, and not a byte of it changes, whether it is in WAL
// mode (as litwatch leaves it) or in rollback-journal mode (as a backup
// tool may leave it).
func TestNewerDatabaseIsRefusedUnmodified(t *testing.T) {
	r := newRig(t)
	for _, mode := range []string{"wal", "delete"} {
		t.Run(mode, func(t *testing.T) {
			s := r.newSite(siteOpts{direct: true})
			db := s.openStore()
			db.SQL().SetMaxOpenConns(1)
			if _, err := db.SQL().Exec(fmt.Sprintf("PRAGMA user_version = %d", store.SchemaVersion()+7)); err != nil {
				t.Fatal(err)
			}
			if mode == "delete" {
				var m string
				if err := db.SQL().QueryRow("PRAGMA journal_mode = DELETE").Scan(&m); err != nil || m != "delete" {
					t.Fatalf("journal_mode = %q, %v", m, err)
				}
			}
			if err := db.Close(); err != nil {
				t.Fatal(err)
			}
			before := snapshot(t, s.dir)
			for _, args := range [][]string{{"run"}, {"daemon"}, {"report"}, {"status"}, {"search", "massage"}} {
				argv := append([]string{args[0], "--config", s.config}, args[1:]...)
				code, _, errs := s.main(argv...)
				if code != 1 || !strings.Contains(errs, "newer than this litwatch understands") ||
					!strings.Contains(errs, "upgrade litwatch") || !strings.Contains(errs, s.db) {
					t.Errorf("`litwatch %s` on a newer database: exit %d, %q; want exit 1 naming the file and saying to upgrade", args[0], code, errs)
				}
			}
			if after := snapshot(t, s.dir); !maps.Equal(before, after) {
				t.Errorf("the refused database changed:\nbefore %v\n after %v", before, after)
			}
		})
	}
}
