package cycle

import (
	"context"
	"errors"
	"net"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/litwatch/litwatch/report/deliver"
	"github.com/litwatch/litwatch/report/deliver/smtptest"
	"github.com/litwatch/litwatch/report/digest"
	"github.com/litwatch/litwatch/store"
)

// crawlOf is a crawler side that stores recs under the run as pubmed
// delivered them, and remembers the run it was given.
func (f *fixture) crawlOf(runID *int64, recs ...store.Record) Crawl {
	return func(ctx context.Context, id int64) (Crawled, error) {
		*runID = id
		res, err := f.r.DB.SaveBatch(ctx, id, "pubmed", recs)
		if err != nil {
			return Crawled{}, err
		}
		day := f.clock.Truncate(24 * time.Hour)
		return Crawled{
			Sources: []store.SourceResult{{Name: "pubmed", From: day.AddDate(0, 0, -7), To: day, Fetched: len(recs), New: res.New, Errors: []string{}}},
			Alerts:  []digest.BasisAlert{{Claim: "safety", Message: "Retraction of 10.1/x", Link: "https://doi.org/10.1/x"}},
			Notes:   []string{"a note for the sources section"},
		}, nil
	}
}

// TestRunRecordsADoneRun: the crawl gets the run's id, the digest holds
// what it stored, its alerts and notes, and the run is recorded as done.
func TestRunRecordsADoneRun(t *testing.T) {
	f := newFixture(t)
	ctx := t.Context()
	var got int64
	res, err := f.r.Run(ctx, f.crawlOf(&got, metaAnalysis("1001")))
	if err != nil {
		t.Fatal(err)
	}
	if got == 0 || res.RunID != got || res.DigestID == 0 || len(res.Files) != 2 || len(res.Sources) != 1 {
		t.Fatalf("result %+v, crawl given run %d", res, got)
	}
	if len(res.Doc.Records) != 1 || len(res.Doc.BasisAlerts) != 1 || !strings.Contains(string(mustJSON(t, res.Doc)), "a note for the sources section") {
		t.Errorf("the digest lacks the crawl's record, alert or note: %s", mustJSON(t, res.Doc))
	}
	if run, ok, err := f.r.DB.LastRun(ctx); err != nil || !ok || run.ID != got || run.Status != "done" {
		t.Errorf("last run %+v %v %v, want run %d done", run, ok, err, got)
	}
	if res.Problem() != nil {
		t.Errorf("Problem() = %v, want nil", res.Problem())
	}
}

func mustJSON(t *testing.T, d *digest.Doc) []byte {
	t.Helper()
	b, err := d.JSON()
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestRunInterrupted: a crawl that fails ends the cycle before its digest,
// keeps its sources in the result, and the run is recorded as failed.
func TestRunInterrupted(t *testing.T) {
	f := newFixture(t)
	ctx := t.Context()
	stop := errors.New("interrupted")
	res, err := f.r.Run(ctx, func(ctx context.Context, id int64) (Crawled, error) {
		return Crawled{Sources: []store.SourceResult{{Name: "pubmed", Errors: []string{"stopped"}}}}, stop
	})
	if !errors.Is(err, stop) || res == nil || len(res.Sources) != 1 || res.DigestID != 0 {
		t.Fatalf("Run = %+v, %v; want the crawl's error and its sources, no digest", res, err)
	}
	if _, ok, _ := f.r.DB.LatestDigest(ctx); ok {
		t.Error("a digest was stored for an interrupted cycle")
	}
	if run, _, _ := f.r.DB.LastRun(ctx); run.Status != "failed" {
		t.Errorf("run status %q, want failed", run.Status)
	}
}

// TestRunSendsHeldBackMailFirst: an e-mail held back by an earlier failure
// (still in its backoff) goes out before the crawl starts; the new digest's
// e-mail after the digest; the result lists both, oldest first.
func TestRunSendsHeldBackMailFirst(t *testing.T) {
	f := newFixture(t)
	ctx := t.Context()
	ts := smtptest.Start(t, smtptest.Options{})
	f.r.Outbox = &deliver.Outbox{DB: f.r.DB, Now: func() time.Time { return f.clock }, Config: deliver.SMTPConfig{
		Host: ts.Host, Port: ts.Port, Security: deliver.SecurityNone, From: "litwatch@example.org", To: []string{"editor@example.org"},
		SendEmpty: true, Timeout: 5 * time.Second}}
	first, err := f.r.Report(ctx, f.save(metaAnalysis("1")), nil, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	items, err := f.r.DB.Outbox(ctx, 10)
	if err != nil || len(items) != 1 {
		t.Fatalf("outbox %+v %v", items, err)
	}
	if err := f.r.DB.MarkAttempt(ctx, items[0].ID); err != nil { // it failed a moment ago
		t.Fatal(err)
	}
	f.clock = f.clock.Add(time.Minute)
	var run int64
	crawl := f.crawlOf(&run, metaAnalysis("2"))
	res, err := f.r.Run(ctx, func(ctx context.Context, id int64) (Crawled, error) {
		if n := len(ts.Messages()); n != 1 {
			t.Errorf("the crawl started with %d e-mails sent, want the held-back one sent first", n)
		}
		return crawl(ctx, id)
	})
	if err != nil {
		t.Fatal(err)
	}
	at := res.Mail.Attempts
	if len(at) != 2 || at[0].Item.DigestID != first.DigestID || at[1].Item.DigestID != res.DigestID || res.Mail.Sent() != 2 || len(ts.Messages()) != 2 {
		t.Fatalf("mail %+v, server got %d; want the first digest's, then this one's", at, len(ts.Messages()))
	}
}

// TestProblemAndSummary: every source failed, or an e-mail not sent, is
// a completed cycle's problem; the summary says what it did.
func TestProblemAndSummary(t *testing.T) {
	f := newFixture(t)
	ctx := t.Context()
	// A mail server that is not there.
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	port := l.Addr().(*net.TCPAddr).Port
	l.Close()
	f.r.Outbox = &deliver.Outbox{DB: f.r.DB, Now: func() time.Time { return f.clock }, Config: deliver.SMTPConfig{
		Host: "127.0.0.1", Port: port, Security: deliver.SecurityNone, From: "litwatch@example.org", To: []string{"editor@example.org"},
		SendEmpty: true, Timeout: 2 * time.Second}}
	var run int64
	res, err := f.r.Run(ctx, f.crawlOf(&run, metaAnalysis("1")))
	if err != nil {
		t.Fatal(err)
	}
	if err := res.Problem(); !errors.Is(err, ErrMailNotSent) || !strings.Contains(err.Error(), "(1 e-mail(s); see above and `litwatch status`)") {
		t.Errorf("Problem() = %v, want ErrMailNotSent counting one e-mail", err)
	}
	var b strings.Builder
	if err := res.WriteSummary(&b); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(b.String(), "\n"), "\n")
	if len(lines) != 3 || lines[0] != "1 new records, 1 flagged; 0 of 1 sources failed" || lines[1] != "digest: "+strings.Join(res.Files, ", ") ||
		!strings.HasPrefix(lines[2], "e-mail: digest "+strconv.FormatInt(res.DigestID, 10)+" NOT sent yet, temporary failure") {
		t.Errorf("summary:\n%s", b.String())
	}

	f.r.Outbox = nil
	res, err = f.r.Run(ctx, func(ctx context.Context, id int64) (Crawled, error) {
		return Crawled{Sources: []store.SourceResult{
			{Name: "pubmed", Errors: []string{"dial tcp: no route"}}, {Name: "europepmc", Errors: []string{"dial tcp: no route"}},
		}}, nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := res.Problem(); !errors.Is(err, ErrNoSourceReached) || !strings.Contains(err.Error(), "(pubmed, europepmc failed; the digest lists why)") {
		t.Errorf("Problem() = %v, want ErrNoSourceReached naming both sources", err)
	}
}
