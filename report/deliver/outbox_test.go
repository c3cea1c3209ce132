package deliver

import (
	"net"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/emersion/go-smtp"

	"github.com/litwatch/litwatch/report/deliver/smtptest"
	"github.com/litwatch/litwatch/report/digest"
	"github.com/litwatch/litwatch/store"
	"log/slog"
)

// outboxFixture is a real SQLite file with a clock the test moves.
type outboxFixture struct {
	t     *testing.T
	db    *store.DB
	clock time.Time
}

func newOutboxFixture(t *testing.T) *outboxFixture {
	t.Helper()
	db, err := store.Open(t.Context(), filepath.Join(t.TempDir(), "lw.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	f := &outboxFixture{t: t, db: db, clock: time.Date(2026, 11, 30, 6, 0, 0, 0, time.UTC)}
	db.Now = func() time.Time { return f.clock }
	return f
}

func (f *outboxFixture) now() time.Time { return f.clock }

// queue stores doc as a digest with its e-mail pending, as a cycle does.
func (f *outboxFixture) queue(doc *digest.Doc) (int64, string) {
	f.t.Helper()
	body, err := doc.JSON()
	if err != nil {
		f.t.Fatal(err)
	}
	id := MessageID(doc, "litwatch@example.org")
	did, err := f.db.SaveDigest(f.t.Context(), store.Digest{GeneratedAt: doc.GeneratedAt, JSON: body, MessageID: id, MailStatus: "pending"}, nil)
	if err != nil {
		f.t.Fatal(err)
	}
	return did, id
}

func (f *outboxFixture) item(digestID int64) store.OutboxItem {
	f.t.Helper()
	items, err := f.db.Outbox(f.t.Context(), 100)
	if err != nil {
		f.t.Fatal(err)
	}
	for _, it := range items {
		if it.DigestID == digestID {
			return it
		}
	}
	f.t.Fatalf("no outbox item for digest %d", digestID)
	return store.OutboxItem{}
}

// ids lists the Message-IDs the server received, in order.
func ids(t *testing.T, ts *smtptest.Server) []string {
	t.Helper()
	var out []string
	for _, m := range ts.Messages() {
		out = append(out, strings.Trim(parseMessage(t, m.Data).Header.Get("Message-Id"), "<>"))
	}
	return out
}

// TestOutboxOutageThenRecovery: the server is down when a digest is
// queued; the next tick after the first backoff (one minute) delivers it,
// and a run's start delivers a held-back digest whatever its backoff,
// oldest first, before the newer one; nothing is sent twice.
func TestOutboxOutageThenRecovery(t *testing.T) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := l.Addr().String()
	l.Close() // the server is down
	host, port := smtptest.SplitAddr(t, addr)
	f := newOutboxFixture(t)
	cfg := SMTPConfig{Host: host, Port: port, Security: SecurityNone, From: "litwatch@example.org", To: []string{"editor@example.org"}, SendEmpty: true, Timeout: 5 * time.Second}
	o := &Outbox{DB: f.db, Config: cfg, Now: f.now}

	first, firstID := f.queue(sampleDoc())
	res, err := o.Flush(t.Context(), Due)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Failed()) != 1 || res.Failed()[0].Refused || !res.Failed()[0].RetryAt.Equal(f.clock.Add(FirstRetry)) {
		t.Fatalf("a refused connection: %+v, want one temporary failure retried after %s", res.Attempts, FirstRetry)
	}
	if it := f.item(first); it.Status != "pending" || it.Attempts != 1 || it.LastError == "" {
		t.Fatalf("outbox item after the outage = %+v", it)
	}

	// The server comes back; the next tick, one minute later, delivers.
	ts := smtptest.Start(t, smtptest.Options{Addr: addr})
	f.clock = f.clock.Add(30 * time.Second)
	if res, _ := o.Flush(t.Context(), Due); len(res.Attempts) != 0 {
		t.Fatalf("a tick before the backoff tried again: %+v", res.Attempts)
	}
	f.clock = f.clock.Add(30 * time.Second)
	res, err = o.Flush(t.Context(), Due)
	if err != nil || res.Sent() != 1 {
		t.Fatalf("the tick after the backoff: %+v, %v; want the digest sent", res.Attempts, err)
	}
	if got := ids(t, ts); len(got) != 1 || got[0] != firstID {
		t.Fatalf("server received %v, want the first digest once", got)
	}
	if it := f.item(first); it.Status != "sent" || it.Attempts != 2 {
		t.Fatalf("outbox item after recovery = %+v", it)
	}

	// Another outage (a 451 this time): a run's start tries everything
	// pending whatever its backoff, oldest first.
	ts.Refuse(&smtp.SMTPError{Code: 451, EnhancedCode: smtp.EnhancedCode{4, 3, 0}, Message: "try again later"})
	second, secondID := f.queue(emptyDoc())
	if res, _ := o.Flush(t.Context(), Due); len(res.Failed()) != 1 || res.Failed()[0].Refused {
		t.Fatalf("a 451 is temporary: %+v", res.Attempts)
	}
	doc3 := sampleDoc()
	doc3.GeneratedAt = doc3.GeneratedAt.AddDate(0, 0, 14)
	_, thirdID := f.queue(doc3)
	ts.Refuse(nil)
	f.clock = f.clock.Add(10 * time.Second) // well before the second's backoff
	res, err = o.Flush(t.Context(), All)
	if err != nil || res.Sent() != 2 {
		t.Fatalf("run start: %+v, %v; want both pending digests sent", res.Attempts, err)
	}
	if got := ids(t, ts); len(got) != 3 || got[1] != secondID || got[2] != thirdID {
		t.Fatalf("server received %v, want the held-back digest before the newer one", got)
	}
	if it := f.item(second); it.Status != "sent" {
		t.Fatalf("second digest = %+v", it)
	}
	if res, _ := o.Flush(t.Context(), All); len(res.Attempts) != 0 {
		t.Fatalf("a sent digest was tried again: %+v", res.Attempts)
	}
}

// TestOutboxPermanentRefusalStopsRetries: a 550 for the recipient marks
// the item failed; no later flush, of either kind, tries it again, and
// Problems lists it for the next digest until a digest has been made.
func TestOutboxPermanentRefusalStopsRetries(t *testing.T) {
	ts := smtptest.Start(t, smtptest.Options{})
	ts.Refuse(&smtp.SMTPError{Code: 550, EnhancedCode: smtp.EnhancedCode{5, 1, 1}, Message: "no such user"})
	f := newOutboxFixture(t)
	o := &Outbox{DB: f.db, Config: baseConfig(ts), Now: f.now}
	before := f.clock
	did, _ := f.queue(sampleDoc())
	res, err := o.Flush(t.Context(), All)
	if err != nil {
		t.Fatal(err)
	}
	if fl := res.Failed(); len(fl) != 1 || !fl[0].Refused || !strings.Contains(fl[0].Summary(), "for good") {
		t.Fatalf("a 550: %+v, want a refusal for good", res.Attempts)
	}
	it := f.item(did)
	if it.Status != "failed" || it.Attempts != 1 || !strings.Contains(it.LastError, "no such user") {
		t.Fatalf("outbox item = %+v, want failed with the server's reason", it)
	}
	ts.Refuse(nil)
	for _, all := range []bool{Due, All} {
		f.clock = f.clock.Add(24 * time.Hour)
		if res, _ := o.Flush(t.Context(), all); len(res.Attempts) != 0 {
			t.Fatalf("a refused e-mail was tried again: %+v", res.Attempts)
		}
	}
	if n := len(ts.Messages()); n != 0 {
		t.Fatalf("server received %d messages", n)
	}

	p, err := Problems(t.Context(), f.db, before)
	if err != nil {
		t.Fatal(err)
	}
	if p == nil || p.Name != digest.MailSource || len(p.Errors) != 1 || !strings.Contains(p.Errors[0], "no such user") {
		t.Fatalf("Problems = %+v, want the refusal", p)
	}
	if p, _ := Problems(t.Context(), f.db, f.clock); p != nil {
		t.Fatalf("Problems after a later digest = %+v, want none", p)
	}

	// The next digest says so: in its sources section, its warnings and
	// its subject, without counting the e-mail as a failed source.
	doc := digest.Build(digest.Input{
		GeneratedAt: f.clock, From: day("2026-11-30"), To: day("2026-12-06"),
		Sources: []store.SourceResult{{Name: "pubmed", From: day("2026-11-30"), To: day("2026-12-06")}, *p},
	})
	if doc.AllSourcesFailed() {
		t.Error("a refused e-mail made every source count as failed")
	}
	m, err := Compose(doc, baseConfig(ts), "")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(m.Subject, "1 earlier e-mail refused") || strings.Contains(m.Subject, "source failed") {
		t.Errorf("subject = %q", m.Subject)
	}
	if !strings.Contains(m.Text, digest.MailSource) || !strings.Contains(m.Text, "no such user") {
		t.Errorf("the digest does not list the refused e-mail:\n%s", m.Text)
	}
}

func TestBackoff(t *testing.T) {
	for n, want := range map[int]time.Duration{1: time.Minute, 2: 2 * time.Minute, 3: 4 * time.Minute, 7: time.Hour, 50: time.Hour} {
		if got := Backoff(n); got != want {
			t.Errorf("Backoff(%d) = %s, want %s", n, got, want)
		}
	}
}

// TestQueue: a digest's e-mail is pending with a stable Message-ID, or
// skipped when nothing is new and empty digests are not wanted; with
// e-mail off nothing is queued.
func TestQueue(t *testing.T) {
	cases := []struct {
		doc       *digest.Doc
		sendEmpty bool
		want      string
	}{
		{sampleDoc(), false, "pending"},
		{emptyDoc(), true, "pending"},
		{emptyDoc(), false, "skipped"},
	}
	for _, c := range cases {
		o := &Outbox{Config: SMTPConfig{From: "litwatch@example.org", SendEmpty: c.sendEmpty}}
		var d store.Digest
		o.Queue(c.doc, &d)
		if d.MailStatus != c.want || d.MessageID != MessageID(c.doc, "litwatch@example.org") {
			t.Errorf("records %d, send_empty %v: queued %q %q, want %q with the digest's Message-ID", len(c.doc.Records), c.sendEmpty, d.MailStatus, d.MessageID, c.want)
		}
	}
	var off *Outbox
	var d store.Digest
	off.Queue(sampleDoc(), &d)
	if d.MailStatus != "" || d.MessageID != "" {
		t.Errorf("e-mail off queued %+v", d)
	}
	if r := off.Try(t.Context(), All); len(r.Attempts) != 0 {
		t.Errorf("e-mail off tried %+v", r)
	}
}

// TestTryLogsWhatCannotBePrepared: an item whose digest cannot be read is
// logged and stays pending; Try returns what it could try.
func TestTryLogsWhatCannotBePrepared(t *testing.T) {
	f := newOutboxFixture(t)
	if _, err := f.db.SaveDigest(t.Context(), store.Digest{GeneratedAt: f.clock, JSON: []byte("{not json"), MessageID: "x@example.org", MailStatus: "pending"}, nil); err != nil {
		t.Fatal(err)
	}
	var logs strings.Builder
	o := &Outbox{DB: f.db, Config: SMTPConfig{Host: "127.0.0.1", Port: 1, Security: "none", From: "litwatch@example.org", To: []string{"editor@example.org"}},
		Now: f.now, Log: slog.New(slog.NewTextHandler(&logs, nil))}
	if r := o.Try(t.Context(), All); len(r.Attempts) != 0 {
		t.Fatalf("attempts %+v, want none: the message could not be composed", r.Attempts)
	}
	if !strings.Contains(logs.String(), "outbox: e-mail could not be prepared") {
		t.Fatalf("log = %q", logs.String())
	}
	items, err := f.db.PendingMail(t.Context())
	if err != nil || len(items) != 1 || items[0].Attempts != 0 {
		t.Fatalf("pending = %+v %v, want the item untouched", items, err)
	}
}
