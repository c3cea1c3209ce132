// Package bigstore builds litwatch stores of a given size for benchmarks:
// deterministic, realistic-looking records (titles, abstracts of about 120
// words over a Zipf-distributed clinical vocabulary, identifiers, authors,
// MeSH terms, entry dates over ten years), saved through store.SaveBatch,
// assessed (designs, assessments against the default claims' ids, a few
// flagged) and reported by weekly digests, as years of cycles would leave
// them. A few records are left pending (not yet assessed nor in a
// digest), as after a crawl.
//
// Building a million records takes minutes, so Cached keeps each size in
// a file under os.TempDir() and builds it only once.
package bigstore

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/litwatch/litwatch/store"
)

// Pending is how many records of a built store no digest has reported.
const Pending = 200

// version changes when the generated records change, so stale cached
// stores are not reused.
const version = 2

// chunk is how many records go into one SaveBatch and one digest.
const chunk = 5000

// words is the vocabulary of titles and abstracts, most frequent first: a
// Zipf draw over it gives "infants" and "preterm" often and "emollient"
// rarely, as in the real literature.
func words() []string {
	return strings.Fields(`infants preterm study trial massage neonatal outcomes weight randomised
	care skin gain group oil days birth low compared hospital stay mothers controlled
	term sleep growth intervention effect significant mean difference therapy clinical
	newborn treatment results methods background conclusions review systematic meta-analysis
	randomized evidence participants daily length increased reduced control usual score
	scores sunflower olive coconut emollient barrier transepidermal water loss infection
	sepsis mortality bilirubin jaundice kangaroo tactile kinesthetic stimulation pain
	cortisol stress heart rate oxygen saturation feeding breastfeeding bonding attachment
	development motor cognitive follow-up cohort observational prospective retrospective
	cross-sectional survey qualitative nurses parents unit intensive NICU gestational age
	weeks grams kilograms cm centimetres head circumference discharge readmission adverse
	events safety tolerability rash dermatitis eczema atopic prevention incidence risk ratio
	odds confidence interval CI p-value analysis protocol registration pilot feasibility
	acceptability cost economic low-income countries India Nepal Bangladesh Uganda Kenya
	Brazil China Iran Turkey Egypt Pakistan community home village health workers`)
}

// Record returns the i-th generated record (i >= 0). The same i always
// gives the same record.
func Record(i int) store.Record {
	rng := rand.New(rand.NewPCG(uint64(i), 0x5eed))
	vocab := words()
	zipf := rand.NewZipf(rng, 1.1, 2, uint64(len(vocab)-1))
	text := func(n int) string {
		ws := make([]string, n)
		for j := range ws {
			ws[j] = vocab[zipf.Uint64()]
		}
		return strings.Join(ws, " ")
	}
	entry := time.Date(2016, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, rng.IntN(3650))
	source := "pubmed"
	if i%20 == 7 {
		source = "europepmc"
	}
	r := store.Record{
		Source:    source,
		PMID:      fmt.Sprint(20_000_000 + i),
		Title:     fmt.Sprintf("%s (record %d)", capitalise(text(10+rng.IntN(6))), i),
		Abstract:  fmt.Sprintf("BACKGROUND: %s. METHODS: %s. RESULTS: %s. CONCLUSIONS: %s.", capitalise(text(25)), capitalise(text(35)), capitalise(text(40)), capitalise(text(20))),
		Journal:   []string{"Pediatrics", "J Pediatr", "Arch Dis Child Fetal Neonatal Ed", "BMC Pediatr", "Early Hum Dev", "Adv Neonatal Care"}[rng.IntN(6)],
		Year:      entry.Year(),
		PubDate:   entry.Format("2006 Jan"),
		Authors:   []string{fmt.Sprintf("Author%d A", rng.IntN(50000)), fmt.Sprintf("Author%d B", rng.IntN(50000)), fmt.Sprintf("Author%d C", rng.IntN(50000))},
		Language:  "eng",
		PubTypes:  []string{"Journal Article"},
		MeSH:      []string{"Infant, Newborn", "Humans", []string{"Massage", "Emollients", "Infant, Premature", "Skin Care", "Weight Gain"}[rng.IntN(5)]},
		EntryDate: entry,
	}
	if i%2 == 0 {
		r.DOI = fmt.Sprintf("10.1000/bench.%d", i)
	}
	if rng.IntN(10) == 0 {
		r.PubTypes = append(r.PubTypes, "Randomized Controlled Trial")
	}
	return r
}

func capitalise(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// Claims are the claim ids of the generated assessments (the default
// claims'), each with the share of records assessed as bearing on it.
func Claims() []struct {
	ID    string
	Share float64
} {
	return []struct {
		ID    string
		Share float64
	}{{"preterm-growth", 0.30}, {"term-growth", 0.10}, {"oils-skin", 0.05}, {"safety", 0.01}}
}

// Assessed returns what the assessor would have made of the i-th record:
// its design (a tenth each rct, systematic_review and observational, the
// rest other) and its assessments (Claims' shares; 3% of those flagged).
// The same i always gives the same result.
func Assessed(i int) store.Assessed {
	rng := rand.New(rand.NewPCG(uint64(i), 0xa55e55))
	a := store.Assessed{RecordID: int64(i + 1), Design: designs[(i+1)%10]}
	for _, c := range Claims() {
		if rng.Float64() >= c.Share {
			continue
		}
		flagged := rng.IntN(100) < 3
		signal := "no change"
		if flagged {
			signal = "challenges"
		}
		a.Assessments = append(a.Assessments, store.Assessment{Claim: c.ID, Relevant: true, Design: a.Design, Signal: signal, Flagged: flagged})
	}
	return a
}

var designs = [10]string{"rct", "systematic_review", "observational", "other", "other", "other", "other", "other", "other", "other"}

// Records returns records from, from+1, ... from+n-1.
func Records(from, n int) []store.Record {
	out := make([]store.Record, n)
	for i := range out {
		out[i] = Record(from + i)
	}
	return out
}

// Build creates a store at path holding n records (0..n-1): the first
// n-Pending reported by digests of chunk records each, the last Pending
// not reported yet. path must not exist. progress, if not nil, gets a line
// now and then.
func Build(ctx context.Context, path string, n int, progress io.Writer) error {
	if n < Pending {
		return fmt.Errorf("bigstore: %d records is fewer than the %d pending ones", n, Pending)
	}
	if _, err := os.Stat(path); err == nil {
		return fmt.Errorf("bigstore: %s exists", path)
	}
	db, err := store.Open(ctx, path)
	if err != nil {
		return err
	}
	defer db.Close()
	// One connection, whose WAL is copied into the database every 200 MB
	// rather than every 4 MB, so a page written by several chunks is copied
	// once, and whose page cache holds 64 MiB rather than 2 MiB, so a
	// chunk's transaction (its records, identifiers, assessments, index
	// rows and digest, about 30 MB) is not spilled to the WAL before its
	// commit and read back.
	db.SQL().SetMaxOpenConns(1)
	if _, err := db.SQL().ExecContext(ctx, "PRAGMA wal_autocheckpoint = 50000; PRAGMA cache_size = -65536"); err != nil {
		return fmt.Errorf("bigstore: %w", err)
	}
	start := time.Now()
	// The records are generated and prepared (store.PrepareBatch) on
	// another core, a chunk ahead of the store.
	chunks := make(chan genChunk, 1)
	genCtx, stop := context.WithCancel(ctx)
	defer stop()
	go generate(genCtx, n, chunks)
	for c := range chunks {
		run, err := db.StartRun(ctx)
		if err != nil {
			return err
		}
		// Stored, assessed and reported, as the cycle does, in one
		// transaction (store.Writer): each record's pages are written
		// once, not once a step. Ids follow insertion order in a new
		// store.
		if err := db.Write(ctx, func(w *store.Writer) error {
			return saveChunk(w, run, c)
		}); err != nil {
			return err
		}
		if err := db.FinishRun(ctx, run, "done"); err != nil {
			return err
		}
		if done := c.from + len(c.recs); progress != nil && (done%(20*chunk) == 0 || done == n) {
			fmt.Fprintf(progress, "bigstore: %d of %d records (%.0f/s)\n", done, n, float64(done)/time.Since(start).Seconds())
		}
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	if got, err := db.CountRecords(ctx); err != nil || got != n {
		return fmt.Errorf("bigstore: built %d records, want %d (%v)", got, n, err)
	}
	if pending, err := db.PendingRecords(ctx); err != nil || len(pending) != Pending {
		return fmt.Errorf("bigstore: %d pending records, want %d (%v)", len(pending), Pending, err)
	}
	return nil
}

// saveChunk stores a chunk of records in run, then, unless they stay
// pending, saves their assessments and the digest that reports them.
func saveChunk(w *store.Writer, run int64, c genChunk) error {
	if _, err := w.SavePrepared(run, c.prepared); err != nil {
		return err
	}
	if c.assessed == nil {
		return nil
	}
	if err := w.SaveAssessmentsBatch(c.assessed); err != nil {
		return err
	}
	ids := make([]int64, len(c.assessed))
	for i, a := range c.assessed {
		ids[i] = a.RecordID
	}
	_, err := w.SaveDigest(store.Digest{RunID: run, GeneratedAt: c.recs[0].EntryDate, JSON: []byte(`{"records":[]}`)}, ids)
	return err
}

// genChunk is one chunk of generated records, from the from-th, with
// their assessments unless they stay pending.
type genChunk struct {
	from     int
	recs     []store.Record
	prepared *store.PreparedBatch // recs, prepared on the generator's core
	assessed []store.Assessed
}

// generate sends the chunks of a store of n records, then closes out; it
// stops early when ctx ends.
func generate(ctx context.Context, n int, out chan<- genChunk) {
	defer close(out)
	reported := n - Pending
	for from := 0; from < n; {
		size := min(chunk, n-from)
		if from < reported {
			size = min(size, reported-from)
		}
		c := genChunk{from: from, recs: Records(from, size)}
		c.prepared = store.PrepareBatch(c.recs, "pubmed")
		if from < reported {
			c.assessed = make([]store.Assessed, size)
			for i := range c.assessed {
				c.assessed[i] = Assessed(from + i)
			}
		}
		select {
		case out <- c:
		case <-ctx.Done():
			return
		}
		from += size
	}
}

// Cached returns the path of a store of n records built by Build, in
// os.TempDir(), building it first if needed (into a temporary name, then
// renamed, so an interrupted build is never reused). Callers must not
// modify it: copy it with CopyTo to write.
func Cached(ctx context.Context, n int, progress io.Writer) (string, error) {
	path := filepath.Join(os.TempDir(), fmt.Sprintf("litwatch-bench-%d-v%d-schema%d.db", n, version, store.SchemaVersion()))
	if _, err := os.Stat(path); err == nil {
		return path, nil
	}
	tmp := path + fmt.Sprintf(".building-%d", os.Getpid())
	os.Remove(tmp)
	if err := Build(ctx, tmp, n, progress); err != nil {
		removeDB(tmp)
		return "", err
	}
	for _, suffix := range []string{"-wal", "-shm"} {
		if _, err := os.Stat(tmp + suffix); err == nil {
			removeDB(tmp)
			return "", errors.New("bigstore: the built store's WAL was not checkpointed")
		}
	}
	if err := os.Rename(tmp, path); err != nil {
		removeDB(tmp)
		return "", fmt.Errorf("bigstore: %w", err)
	}
	return path, nil
}

func removeDB(path string) {
	for _, suffix := range []string{"", "-wal", "-shm"} {
		os.Remove(path + suffix)
	}
}

// CopyTo copies the store at src (closed, checkpointed) to dst.
func CopyTo(src, dst string) error {
	in, err := os.Open(src)
	if err != nil {
		return fmt.Errorf("bigstore: %w", err)
	}
	defer in.Close()
	out, err := os.Create(dst)
	if err != nil {
		return fmt.Errorf("bigstore: %w", err)
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		return fmt.Errorf("bigstore: copy %s: %w", src, err)
	}
	// On disk before it is used: else the first checkpoint's fsync, in
	// a timed benchmark, writes out the whole copy (seconds for 4 GB).
	if err := out.Sync(); err != nil {
		out.Close()
		return fmt.Errorf("bigstore: copy %s: %w", src, err)
	}
	if err := out.Close(); err != nil {
		return fmt.Errorf("bigstore: %w", err)
	}
	return nil
}

// ForBenchmark returns the path of a store of n records for a benchmark:
// the cached one, or (writable) a copy of it in tb's temp dir. Stores over
// 100,000 records need LITWATCH_BENCH_BIG=1; without it tb is skipped.
func ForBenchmark(tb testing.TB, n int, writable bool) string {
	tb.Helper()
	if n > 100_000 && os.Getenv("LITWATCH_BENCH_BIG") != "1" {
		tb.Skipf("set LITWATCH_BENCH_BIG=1 to build (once, minutes, about 4 GB in %s) and use a %d-record store", os.TempDir(), n)
	}
	path, err := Cached(context.Background(), n, os.Stderr)
	if err != nil {
		tb.Fatal(err)
	}
	if !writable {
		return path
	}
	dst := filepath.Join(tb.TempDir(), "copy.db")
	if err := CopyTo(path, dst); err != nil {
		tb.Fatal(err)
	}
	return dst
}

// Percentile returns the p-th percentile of ds (sorted in place) in ms.
func Percentile(ds []time.Duration, p float64) float64 {
	if len(ds) == 0 {
		return 0
	}
	slices.Sort(ds)
	return float64(ds[min(len(ds)-1, int(p*float64(len(ds))))].Microseconds()) / 1000
}

// ReportPercentiles reports p50 and p99 of ds in ms (p50-ms, p99-ms).
func ReportPercentiles(b *testing.B, ds []time.Duration) {
	if len(ds) == 0 {
		return
	}
	b.ReportMetric(Percentile(ds, 0.50), "p50-ms")
	b.ReportMetric(Percentile(ds, 0.99), "p99-ms")
}

// ReportPaired reports the percentiles of paired runs on the 10k and the
// 1M store, and their ratios.
func ReportPaired(b *testing.B, ds10k, ds1M []time.Duration) {
	for _, p := range []struct {
		name string
		at   float64
	}{{"p50", 0.50}, {"p99", 0.99}} {
		small, big := Percentile(ds10k, p.at), Percentile(ds1M, p.at)
		b.ReportMetric(small, p.name+"-ms-10k")
		b.ReportMetric(big, p.name+"-ms-1M")
		b.ReportMetric(big/small, p.name+"-ratio")
	}
}
