package cycle

import (
	"context"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/litwatch/litwatch/report/claims"
	"github.com/litwatch/litwatch/report/deliver"
	"github.com/litwatch/litwatch/report/digest"
	"github.com/litwatch/litwatch/store"
)

const metaAbstract = "BACKGROUND: Massage may promote weight gain in preterm infants. METHODS: We searched databases and included 18 randomised controlled trials with 1420 preterm infants. RESULTS: Massage significantly increased daily weight gain (mean difference 5.3 g/day, 95% CI 3.1 to 7.4) and reduced length of hospital stay. CONCLUSIONS: Massage improves weight gain in preterm infants."

// fixture is a Reporter over a real SQLite file with a clock the test
// sets, and what it logged.
type fixture struct {
	t     *testing.T
	r     *Reporter
	clock time.Time
	logs  strings.Builder
}

func newFixture(t *testing.T) *fixture {
	t.Helper()
	dir := t.TempDir()
	db, err := store.Open(t.Context(), filepath.Join(dir, "lw.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	set, err := claims.Default()
	if err != nil {
		t.Fatal(err)
	}
	f := &fixture{t: t, clock: time.Date(2026, 11, 30, 6, 0, 0, 0, time.UTC)}
	db.Now = func() time.Time { return f.clock }
	f.r = &Reporter{DB: db, Claims: set, Dir: filepath.Join(dir, "digests"), Formats: []string{"md", "json"},
		Now: func() time.Time { return f.clock }, Log: slog.New(slog.NewTextHandler(&f.logs, nil))}
	return f
}

// save stores recs as a source delivered them in a new run.
func (f *fixture) save(recs ...store.Record) int64 {
	f.t.Helper()
	run, err := f.r.DB.StartRun(f.t.Context())
	if err != nil {
		f.t.Fatal(err)
	}
	if _, err := f.r.DB.SaveBatch(f.t.Context(), run, "pubmed", recs); err != nil {
		f.t.Fatal(err)
	}
	return run
}

func metaAnalysis(pmid string) store.Record {
	return store.Record{Source: "pubmed", PMID: pmid, Year: 2026,
		Title:    "Massage therapy for weight gain in preterm infants: a systematic review and meta-analysis " + pmid,
		Abstract: metaAbstract, PubTypes: []string{"Systematic Review", "Meta-Analysis"}}
}

func TestReportStoresAssessesAndWrites(t *testing.T) {
	f := newFixture(t)
	ctx := t.Context()
	run := f.save(metaAnalysis("1001"), store.Record{Source: "pubmed", PMID: "1002", Year: 2026, Title: "Coffee consumption in adult office workers"})
	from, to := time.Date(2013, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(2026, 11, 30, 0, 0, 0, 0, time.UTC)
	sources := []store.SourceResult{
		{Name: "pubmed", From: from.AddDate(1, 0, 0), To: to, Fetched: 2, New: 2, Errors: []string{}},
		{Name: "europepmc", From: from, To: to, Errors: []string{}},
	}
	alerts := []digest.BasisAlert{{Claim: "safety", Message: "Retraction of 10.1/x", Link: "https://doi.org/10.1/x"}}
	res, err := f.r.Report(ctx, run, sources, alerts, nil)
	if err != nil {
		t.Fatal(err)
	}
	doc := res.Doc
	if res.DigestID == 0 || res.Reported != 2 || len(doc.Records) != 2 || doc.FlaggedCount() != 1 || len(doc.BasisAlerts) != 1 {
		t.Fatalf("result %+v, doc records %d flagged %d alerts %d", res, len(doc.Records), doc.FlaggedCount(), len(doc.BasisAlerts))
	}
	if !doc.FirstRun || doc.Window.From.Time() != from || doc.Window.To.Time() != to {
		t.Fatalf("first digest: first_run %v, window %v..%v; want the sources' whole back-fill", doc.FirstRun, doc.Window.From, doc.Window.To)
	}
	if len(res.Files) != 2 {
		t.Fatalf("files = %v, want md and json", res.Files)
	}
	for _, p := range res.Files {
		if _, err := os.Stat(p); err != nil {
			t.Fatal(err)
		}
	}
	if pending, err := f.r.DB.PendingRecords(ctx); err != nil || len(pending) != 0 {
		t.Fatalf("pending after the digest: %d %v, want every record reported", len(pending), err)
	}
	as, designs, err := f.r.DB.Assessments(ctx, []int64{doc.Records[0].ID})
	if err != nil || len(as[doc.Records[0].ID]) == 0 || designs[doc.Records[0].ID] != "systematic_review" {
		t.Fatalf("assessments not stored: %v %v %v", as, designs, err)
	}
	feed := filepath.Join(f.r.Dir, FeedFile)
	fi, err := os.Stat(feed)
	if err != nil || fi.Mode().Perm() != 0o644 {
		t.Fatalf("feed: %v %v, want it readable by all like the digests", fi, err)
	}
	if b, _ := os.ReadFile(feed); !strings.Contains(string(b), "1001") || strings.Contains(string(b), "Coffee") {
		t.Fatalf("feed holds the open flag only:\n%s", b)
	}

	// A week later: nothing new; the flag is still open, so listed again;
	// the window starts at the previous digest's day.
	f.clock = f.clock.AddDate(0, 0, 7).Add(3 * time.Hour)
	res, err = f.r.Report(ctx, f.save(), sources[:1], nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	doc = res.Doc
	if doc.FirstRun || len(doc.Records) != 0 || doc.Window.From.String() != "2026-11-30" {
		t.Fatalf("second digest: first_run %v, records %d, from %v", doc.FirstRun, len(doc.Records), doc.Window.From)
	}
	if len(doc.OpenFlags) != 1 || doc.OpenFlags[0].Claim != "preterm-growth" || doc.OpenFlags[0].Since.String() != "2026-11-30" || doc.OpenFlags[0].URL != "https://pubmed.ncbi.nlm.nih.gov/1001/" {
		t.Fatalf("open flags = %+v", doc.OpenFlags)
	}
}

func TestOpenFlagsOldestFirstAtMostFifty(t *testing.T) {
	f := newFixture(t)
	ctx := t.Context()
	var recs []store.Record
	for i := range MaxOpenFlags + 1 {
		recs = append(recs, metaAnalysis(fmt.Sprint(2000+i)))
	}
	if _, err := f.r.Report(ctx, f.save(recs...), nil, nil, nil); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(f.logs.String(), "more flags are open") {
		t.Fatalf("the first digest lists its own flags as records, not as open flags; log:\n%s", f.logs.String())
	}
	res, err := f.r.Report(ctx, f.save(), nil, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	open := res.Doc.OpenFlags
	if len(open) != MaxOpenFlags {
		t.Fatalf("%d open flags listed, want %d", len(open), MaxOpenFlags)
	}
	if !strings.HasSuffix(open[0].Title, " 2000") || !strings.HasSuffix(open[len(open)-1].Title, fmt.Sprint(2000+MaxOpenFlags-1)) {
		t.Fatalf("listed %q .. %q, want the oldest first", open[0].Title, open[len(open)-1].Title)
	}
	if !strings.Contains(f.logs.String(), "more flags are open than a digest lists") {
		t.Fatalf("no log line says some were left out:\n%s", f.logs.String())
	}
}

func TestReportQueuesTheEmailAndListsRefusals(t *testing.T) {
	f := newFixture(t)
	ctx := t.Context()
	f.r.Outbox = &deliver.Outbox{DB: f.r.DB, Config: deliver.SMTPConfig{From: "litwatch@example.org", SendEmpty: false}}
	res, err := f.r.Report(ctx, f.save(metaAnalysis("1")), nil, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	items, err := f.r.DB.Outbox(ctx, 10)
	if err != nil || len(items) != 1 || items[0].DigestID != res.DigestID || items[0].Status != "pending" {
		t.Fatalf("outbox = %+v %v, want this digest's e-mail pending", items, err)
	}
	// The server refuses it for good, as the outbox records it.
	f.clock = f.clock.Add(time.Minute)
	if err := f.r.DB.MarkAttempt(ctx, items[0].ID); err != nil {
		t.Fatal(err)
	}
	if err := f.r.DB.MarkRefused(ctx, items[0].ID, fmt.Errorf("550 no such user")); err != nil {
		t.Fatal(err)
	}
	f.clock = f.clock.Add(time.Hour)
	res, err = f.r.Report(ctx, f.save(), nil, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	if res.Doc.MailRefused() != 1 {
		t.Fatalf("sources = %+v, want the refused e-mail listed", res.Doc.Sources)
	}
	items, _ = f.r.DB.Outbox(ctx, 10)
	for _, it := range items {
		if it.DigestID == res.DigestID && it.Status != "skipped" {
			t.Fatalf("an empty digest's e-mail is %q, want skipped (send_empty off)", it.Status)
		}
	}
}

func TestRefreshFeedOnlyRewritesAWrittenFeed(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	if err := os.MkdirAll(f.r.Dir, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := f.r.RefreshFeed(ctx); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(f.r.Dir, FeedFile)); err == nil {
		t.Fatal("RefreshFeed wrote a feed no cycle had written")
	}
	if _, err := f.r.Report(ctx, f.save(metaAnalysis("1")), nil, nil, nil); err != nil {
		t.Fatal(err)
	}
	if _, err := f.r.DB.DecideFlag(ctx, store.Decision{RecordID: 1, Claim: "preterm-growth", Status: "dismissed", By: "test"}); err != nil {
		t.Fatal(err)
	}
	if err := f.r.RefreshFeed(ctx); err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(filepath.Join(f.r.Dir, FeedFile)); strings.Contains(string(b), "<entry>") {
		t.Fatalf("a decided flag is still in the feed:\n%s", b)
	}
}
