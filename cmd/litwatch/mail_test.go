package main

import (
	"context"
	"fmt"
	"net"
	"net/mail"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/litwatch/litwatch/report/deliver/smtptest"
	"github.com/litwatch/litwatch/store"
)

// TestMailServerDownOneTickThenUp: the SMTP server is down when the first
// digest is made; the next tick, after the backoff, delivers it exactly
// once, and later ticks never send it again.
func TestMailServerDownOneTickThenUp(t *testing.T) {
	// A free port, closed for now: the server is "down".
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := l.Addr().String()
	l.Close()
	_, port := smtptest.SplitAddr(t, addr)
	h := newHarness(t, "")
	cfg, _ := os.ReadFile(h.config)
	cfg = append(cfg, []byte(fmt.Sprintf(`
[email]
enabled = true
host = "127.0.0.1"
port = %d
security = "none"
from = "litwatch <litwatch@example.org>"
to = ["editor@example.org"]
`, port))...)
	if err := os.WriteFile(h.config, cfg, 0o644); err != nil {
		t.Fatal(err)
	}
	h.srv.Add(article("1001", time.Now().UTC().AddDate(0, 0, -2), "Massage therapy for weight gain in preterm infants: a systematic review and meta-analysis", metaAbstract, "Systematic Review", "Meta-Analysis"))

	clock := time.Now()
	run := func() (int, string) {
		var out, errb syncBuffer
		e := testEnv(&out, &errb)
		e.now = func() time.Time { return clock }
		code := Main(context.Background(), e, []string{"run", "--config", h.config})
		return code, errb.String()
	}
	if code, errs := run(); code != 0 {
		t.Fatalf("run with the mail server down exited %d, want 0 (the cycle completed): %s", code, errs)
	}
	items := outbox(t, h.db)
	if len(items) != 1 || items[0].Status != "pending" || items[0].Attempts != 1 || items[0].LastError == "" {
		t.Fatalf("outbox after a failed send = %+v, want one pending item with one attempt and its error", items)
	}
	first := items[0].MessageID

	// The server comes back; a tick before the backoff has passed sends
	// nothing of the old digest.
	srv := smtptest.Start(t, smtptest.Options{Addr: addr})
	clock = clock.Add(time.Minute)
	if code, errs := run(); code != 0 {
		t.Fatalf("second run exited %d: %s", code, errs)
	}
	if n := countID(t, srv, first); n != 0 {
		t.Fatalf("the failed digest was retried before its backoff (%d copies)", n)
	}
	// After the backoff, it is delivered once.
	clock = clock.Add(10 * time.Minute)
	if code, errs := run(); code != 0 {
		t.Fatalf("third run exited %d: %s", code, errs)
	}
	clock = clock.Add(time.Hour)
	if code, errs := run(); code != 0 {
		t.Fatalf("fourth run exited %d: %s", code, errs)
	}
	if n := countID(t, srv, first); n != 1 {
		t.Fatalf("the first digest arrived %d times, want exactly once", n)
	}
	msgs := srv.Messages()
	if len(msgs) != 4 { // the first digest (late) and the digests of runs 2, 3 and 4
		t.Fatalf("server received %d messages, want 4 (one per digest)", len(msgs))
	}
	var m *mail.Message
	for _, x := range msgs {
		if mm, err := mail.ReadMessage(strings.NewReader(string(x.Data))); err == nil && strings.Trim(mm.Header.Get("Message-Id"), "<>") == strings.Trim(first, "<>") {
			m = mm
		}
	}
	if subj := m.Header.Get("Subject"); !strings.HasPrefix(subj, "litwatch: ") || !strings.Contains(subj, "1 possible update") {
		t.Errorf("subject = %q, want it to say what matters", subj)
	}
	if !strings.HasPrefix(m.Header.Get("Content-Type"), "multipart/alternative") {
		t.Errorf("content type = %q", m.Header.Get("Content-Type"))
	}
	for _, it := range outbox(t, h.db) {
		if it.Status != "sent" {
			t.Errorf("outbox item %+v not sent", it)
		}
	}
}

func outbox(t *testing.T, path string) []store.OutboxItem {
	t.Helper()
	db, err := store.Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	items, err := db.Outbox(context.Background(), 100)
	if err != nil {
		t.Fatal(err)
	}
	return items
}

func countID(t *testing.T, srv *smtptest.Server, id string) int {
	t.Helper()
	n := 0
	for _, m := range srv.Messages() {
		msg, err := mail.ReadMessage(strings.NewReader(string(m.Data)))
		if err != nil {
			t.Fatal(err)
		}
		if strings.Trim(msg.Header.Get("Message-Id"), "<>") == strings.Trim(id, "<>") {
			n++
		}
	}
	return n
}
