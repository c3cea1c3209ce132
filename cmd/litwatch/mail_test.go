package main

import (
	"context"
	"fmt"
	"net"
	"net/mail"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/emersion/go-smtp"

	"github.com/litwatch/litwatch/report/deliver"
	"github.com/litwatch/litwatch/report/deliver/smtptest"
	"github.com/litwatch/litwatch/store"
)

// mailConfig is an [email] section for a server on port.
func mailConfig(port int, extra string) string {
	return fmt.Sprintf(`
[email]
enabled = true
host = "127.0.0.1"
port = %d
security = "none"
from = "litwatch <litwatch@example.org>"
to = ["editor@example.org"]
%s`, port, extra)
}

// downAddr is a free loopback address with nothing listening: the mail
// server is "down" until the test starts one there.
func downAddr(t *testing.T) (string, int) {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := l.Addr().String()
	l.Close()
	_, port := smtptest.SplitAddr(t, addr)
	return addr, port
}

// TestMailServerDownThenUpAtTheNextRun: the SMTP server is down when the
// first digest is made, so the run says so on stdout and exits 4. The
// next run, a minute later, sends that digest first (whatever its
// backoff), then its own; nothing arrives twice.
func TestMailServerDownThenUpAtTheNextRun(t *testing.T) {
	addr, port := downAddr(t)
	h := newHarness(t, "")
	appendConfig(t, h.config, mailConfig(port, ""))
	h.srv.Add(article("1001", time.Now().UTC().AddDate(0, 0, -2), "Massage therapy for weight gain in preterm infants: a systematic review and meta-analysis", metaAbstract, "Systematic Review", "Meta-Analysis"))

	clock := time.Now()
	run := func() (int, string, string) {
		var out, errb syncBuffer
		e := testEnv(&out, &errb)
		e.now = func() time.Time { return clock }
		code := Main(context.Background(), e, []string{"run", "--config", h.config})
		return code, out.String(), errb.String()
	}
	code, out, errs := run()
	if code != exitMailNotSent {
		t.Fatalf("run with the mail server down exited %d, want %d: %s", code, exitMailNotSent, errs)
	}
	if !strings.Contains(out, "e-mail: digest 1 NOT sent yet, temporary failure") {
		t.Errorf("run's output does not say the e-mail was not sent:\n%s", out)
	}
	items := outbox(t, h.db)
	if len(items) != 1 || items[0].Status != "pending" || items[0].Attempts != 1 || items[0].LastError == "" {
		t.Fatalf("outbox after a failed send = %+v, want one pending item with one attempt and its error", items)
	}
	first := items[0].MessageID

	srv := smtptest.Start(t, smtptest.Options{Addr: addr})
	clock = clock.Add(30 * time.Second) // before the backoff: a run does not wait for it
	code, out, errs = run()
	if code != 0 {
		t.Fatalf("second run exited %d: %s", code, errs)
	}
	if !strings.Contains(out, "e-mail: digest 1 sent\ne-mail: digest 2 sent") {
		t.Errorf("second run's output:\n%s", out)
	}
	msgs := srv.Messages()
	if len(msgs) != 2 {
		t.Fatalf("server received %d messages, want 2 (the held-back digest, then the new one)", len(msgs))
	}
	m, err := mail.ReadMessage(strings.NewReader(string(msgs[0].Data)))
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Trim(m.Header.Get("Message-Id"), "<>"); got != strings.Trim(first, "<>") {
		t.Fatalf("the first message received is %s, want the held-back digest %s", got, first)
	}
	if subj := m.Header.Get("Subject"); subj != "litwatch: 1 possible update to your claims (first run: since 2024-01-01)" {
		t.Errorf("subject = %q, want it to say what matters and the real period", subj)
	}
	if m.Header.Get("List-Id") == "" || !strings.HasPrefix(m.Header.Get("List-Unsubscribe"), "<mailto:") {
		t.Errorf("List-Id %q, List-Unsubscribe %q", m.Header.Get("List-Id"), m.Header.Get("List-Unsubscribe"))
	}
	if !strings.HasPrefix(m.Header.Get("Content-Type"), "multipart/alternative") {
		t.Errorf("content type = %q", m.Header.Get("Content-Type"))
	}
	clock = clock.Add(time.Hour)
	if code, _, errs := run(); code != 0 {
		t.Fatalf("third run exited %d: %s", code, errs)
	}
	if n := countID(t, srv, first); n != 1 {
		t.Fatalf("the first digest arrived %d times, want exactly once", n)
	}
	for _, it := range outbox(t, h.db) {
		if it.Status != "sent" {
			t.Errorf("outbox item %+v not sent", it)
		}
	}
}

// TestMailServerDownOneTickThenUp: a daemon's cycle cannot send (a 451);
// the server recovers and the daemon's next outbox tick after the first
// backoff delivers the digest, once.
func TestMailServerDownOneTickThenUp(t *testing.T) {
	srv := smtptest.Start(t, smtptest.Options{})
	srv.Refuse(&smtp.SMTPError{Code: 451, EnhancedCode: smtp.EnhancedCode{4, 3, 0}, Message: "try again later"})
	h := newHarness(t, "")
	appendConfig(t, h.config, mailConfig(srv.Port, ""))
	h.srv.Add(article("1001", time.Now().UTC().AddDate(0, 0, -2), "Massage for preterm infants", "A trial."))

	var skew atomic.Int64 // the daemon's clock runs ahead by this much
	var out, errb syncBuffer
	e := testEnv(&out, &errb)
	e.now = func() time.Time { return time.Now().Add(time.Duration(skew.Load())) }
	e.outboxTick = 50 * time.Millisecond
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan int)
	go func() { done <- Main(ctx, e, []string{"daemon", "--config", h.config}) }()
	defer func() {
		cancel()
		<-done
	}()
	waitFor := func(what string, ok func() bool) {
		t.Helper()
		for deadline := time.Now().Add(20 * time.Second); !ok(); time.Sleep(20 * time.Millisecond) {
			if time.Now().After(deadline) {
				t.Fatalf("%s: not within 20s; log:\n%s", what, errb.String())
			}
		}
	}
	waitFor("the catch-up cycle's failed attempt", func() bool {
		items := outbox(t, h.db)
		return len(items) == 1 && items[0].Attempts == 1 && items[0].LastError != ""
	})
	srv.Refuse(nil)
	time.Sleep(200 * time.Millisecond) // ticks before the backoff send nothing
	if n := len(srv.Messages()); n != 0 {
		t.Fatalf("sent %d before the backoff", n)
	}
	skew.Store(int64(deliver.FirstRetry)) // a minute later: one tick
	waitFor("delivery at the next tick", func() bool { return len(srv.Messages()) == 1 })
	time.Sleep(200 * time.Millisecond)
	if n := len(srv.Messages()); n != 1 {
		t.Fatalf("server received %d messages, want 1", n)
	}
	if it := outbox(t, h.db)[0]; it.Status != "sent" || it.Attempts != 2 {
		t.Fatalf("outbox item = %+v, want sent at the second attempt", it)
	}
}

// TestMailRefusedForGood: the server refuses the recipient (550). The run
// says so and exits 4; `status` shows the item failed; the next run does
// not try it again and its digest names the refusal in its sources
// section and its subject.
func TestMailRefusedForGood(t *testing.T) {
	srv := smtptest.Start(t, smtptest.Options{})
	srv.Refuse(&smtp.SMTPError{Code: 550, EnhancedCode: smtp.EnhancedCode{5, 1, 1}, Message: "no such user here"})
	h := newHarness(t, "")
	appendConfig(t, h.config, mailConfig(srv.Port, ""))
	h.srv.Add(article("1001", time.Now().UTC().AddDate(0, 0, -2), "Massage for preterm infants", "A trial."))
	code, out, errs := h.main("run", "--config", h.config)
	if code != exitMailNotSent || !strings.Contains(out, "refused by the server for good") {
		t.Fatalf("run exited %d, want %d, saying the e-mail was refused:\n%s\n%s", code, exitMailNotSent, out, errs)
	}
	_, status, _ := h.main("status", "--config", h.config)
	if !strings.Contains(status, "digest 1: FAILED, refused by the server for good") || !strings.Contains(status, "no such user here") {
		t.Errorf("status does not show the refusal:\n%s", status)
	}
	first := outbox(t, h.db)[0].MessageID

	srv.Refuse(nil) // say the address was a typo, fixed on the server's side
	code, _, errs = h.main("run", "--config", h.config)
	if code != 0 {
		t.Fatalf("second run exited %d: %s", code, errs)
	}
	if n := countID(t, srv, first); n != 0 {
		t.Errorf("the refused digest was sent again (%d times)", n)
	}
	msgs := srv.Messages()
	if len(msgs) != 1 {
		t.Fatalf("server received %d messages, want the second digest only", len(msgs))
	}
	m, err := mail.ReadMessage(strings.NewReader(string(msgs[0].Data)))
	if err != nil {
		t.Fatal(err)
	}
	if subj := m.Header.Get("Subject"); !strings.Contains(subj, "1 earlier e-mail refused") {
		t.Errorf("subject = %q, want it to name the refused e-mail", subj)
	}
	_, text, _ := h.main("report", "--config", h.config, "--format", "text")
	if !strings.Contains(text, "e-mail delivery") || !strings.Contains(text, "no such user here") {
		t.Errorf("the digest's sources section does not list the refusal:\n%s", text)
	}
	if it := outbox(t, h.db); it[len(it)-1].Status != "failed" || it[len(it)-1].Attempts != 1 {
		t.Errorf("refused item = %+v, want failed after one attempt", it[len(it)-1])
	}
}

// TestMissingSMTPPasswordStopsBeforeTheCrawl: e-mail with a username but
// no password is an error naming the key before any source is asked or
// any database made.
func TestMissingSMTPPasswordStopsBeforeTheCrawl(t *testing.T) {
	h := newHarness(t, "")
	appendConfig(t, h.config, mailConfig(2525, "username = \"litwatch\"\n"))
	for _, cmd := range []string{"run", "daemon"} {
		code, _, errs := h.main(cmd, "--config", h.config)
		if code != 1 || !strings.Contains(errs, "email.password_env: $LITWATCH_SMTP_PASSWORD is unset or empty") {
			t.Errorf("%s exited %d, want 1 naming email.password_env:\n%s", cmd, code, errs)
		}
	}
	if _, err := os.Stat(h.db); err == nil {
		t.Error("a database was made before the password was checked")
	}
	if n := len(h.srv.Requests()); n != 0 {
		t.Errorf("PubMed was asked %d times before the password was checked", n)
	}
	pw := filepath.Join(h.dir, "smtp.pw")
	if err := os.WriteFile(pw, []byte("\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	appendConfig(t, h.config, "password_file = \"smtp.pw\"\n")
	if code, _, errs := h.main("run", "--config", h.config); code != 1 || !strings.Contains(errs, "email.password_file:") || !strings.Contains(errs, "is empty") {
		t.Errorf("an empty password file: exit %d:\n%s", code, errs)
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
