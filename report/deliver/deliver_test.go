package deliver

import (
	"bytes"
	"context"
	"errors"
	"io"
	"mime"
	"mime/multipart"
	"mime/quotedprintable"
	"net"
	"net/mail"
	"strings"
	"testing"
	"time"

	"github.com/emersion/go-smtp"
	"github.com/litwatch/litwatch/internal/redact"
	"github.com/litwatch/litwatch/report/deliver/smtptest"
	"github.com/litwatch/litwatch/report/digest"
	"github.com/litwatch/litwatch/store"
)

func day(s string) time.Time {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return t
}

// sampleDoc is one week with two flagged records (one with a hostile
// title), a relevant one and one that bears on nothing.
func sampleDoc() *digest.Doc {
	from, to := day("2026-11-23"), day("2026-11-29")
	return digest.Build(digest.Input{
		GeneratedAt: time.Date(2026, 11, 30, 6, 0, 12, 0, time.UTC),
		From:        from,
		To:          to,
		Claims: []digest.ClaimInfo{
			{ID: "C1", Statement: "Statins reduce cardiovascular mortality in adults over 75", Verdict: "Supported", AsOf: 2023},
			{ID: "C2", Statement: "Massage with oil improves weight gain in preterm infants", Verdict: "Supported", AsOf: 2013},
		},
		Sources: []store.SourceResult{{Name: "pubmed", From: from, To: to, Fetched: 40, New: 4}},
		Records: []store.Record{
			{ID: 1, Source: "pubmed", PMID: "40000101", DOI: "10.1016/s0140-6736(26)01234-5", Title: "Atorvastatin versus placebo in adults aged 75 years and older", Journal: "Lancet", Year: 2026, Authors: []string{"Zoungas S"}},
			{ID: 2, Source: "pubmed", PMID: "40000102", Title: `Oil massage <script>alert("x")</script> & weight gain`, Journal: "Pediatrics", Year: 2026},
			{ID: 3, Source: "pubmed", PMID: "40000103", Title: "Statin use among the oldest old: a cohort", Journal: "BMJ", Year: 2026},
			{ID: 4, Source: "pubmed", PMID: "40000104", Title: "Dental caries in schoolchildren", Journal: "Caries Res", Year: 2026},
		},
		Assessments: map[int64][]store.Assessment{
			1: {{RecordID: 1, Claim: "C1", Relevant: true, Flagged: true, Signal: "contradicts", Direction: "no_effect", Reasons: []string{"RCT in the claim's population"}, Evidence: []string{"Cardiovascular death 4.1% vs 4.2% (HR 0.97)."}}},
			2: {{RecordID: 2, Claim: "C2", Relevant: true, Flagged: true, Signal: "contradicts", Direction: "no_effect", Reasons: []string{"Newer trial"}}},
			3: {{RecordID: 3, Claim: "C1", Relevant: true, Signal: "supports", Direction: "benefit", Reasons: []string{"Observational"}}},
		},
	})
}

func emptyDoc() *digest.Doc {
	return digest.Build(digest.Input{
		GeneratedAt: time.Date(2026, 12, 7, 6, 0, 0, 0, time.UTC),
		From:        day("2026-11-30"), To: day("2026-12-06"),
		Sources: []store.SourceResult{{Name: "pubmed", From: day("2026-11-30"), To: day("2026-12-06"), Fetched: 0}},
	})
}

func baseConfig(ts *smtptest.Server) SMTPConfig {
	return SMTPConfig{
		Host:      ts.Host,
		Port:      ts.Port,
		Security:  SecurityNone,
		From:      "litwatch <litwatch@example.org>",
		To:        []string{"Editor One <one@example.org>", "two@example.org"},
		SendEmpty: true,
		Timeout:   5 * time.Second,
	}
}

// parsed is a received message taken apart with net/mail and
// mime/multipart.
type parsed struct {
	Header mail.Header
	Parts  map[string]string // media type -> decoded body
}

func parseMessage(t *testing.T, data []byte) parsed {
	t.Helper()
	m, err := mail.ReadMessage(bytes.NewReader(data))
	if err != nil {
		t.Fatalf("read message: %v\n%s", err, data)
	}
	p := parsed{Header: m.Header, Parts: map[string]string{}}
	mt, params, err := mime.ParseMediaType(m.Header.Get("Content-Type"))
	if err != nil {
		t.Fatalf("Content-Type %q: %v", m.Header.Get("Content-Type"), err)
	}
	if mt != "multipart/alternative" {
		t.Fatalf("Content-Type = %q, want multipart/alternative", mt)
	}
	mr := multipart.NewReader(m.Body, params["boundary"])
	for {
		part, err := mr.NextPart()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("next part: %v", err)
		}
		pt, pp, err := mime.ParseMediaType(part.Header.Get("Content-Type"))
		if err != nil {
			t.Fatalf("part Content-Type: %v", err)
		}
		if cs := strings.ToLower(pp["charset"]); cs != "utf-8" {
			t.Errorf("part %s charset = %q, want utf-8", pt, cs)
		}
		var r io.Reader = part // multipart decodes quoted-printable itself
		if enc := part.Header.Get("Content-Transfer-Encoding"); strings.EqualFold(enc, "base64") {
			t.Fatalf("unexpected base64 part")
		} else if strings.EqualFold(enc, "quoted-printable") {
			r = quotedprintable.NewReader(part)
		}
		body, err := io.ReadAll(r)
		if err != nil {
			t.Fatalf("read part %s: %v", pt, err)
		}
		p.Parts[pt] = string(body)
	}
	return p
}

func decodeHeader(t *testing.T, s string) string {
	t.Helper()
	out, err := new(mime.WordDecoder).DecodeHeader(s)
	if err != nil {
		t.Fatalf("decode header %q: %v", s, err)
	}
	return out
}

func TestSendDeliversDigest(t *testing.T) {
	ts := smtptest.Start(t, smtptest.Options{})
	cfg := baseConfig(ts)
	doc := sampleDoc()
	m, err := Compose(doc, cfg, "<digest-42@litwatch.example.org>")
	if err != nil {
		t.Fatalf("Compose: %v", err)
	}
	if err := Send(t.Context(), cfg, m); err != nil {
		t.Fatalf("Send: %v", err)
	}
	got := ts.Messages()
	if len(got) != 1 {
		t.Fatalf("server received %d messages, want 1", len(got))
	}
	r := got[0]
	if r.From != "litwatch@example.org" {
		t.Errorf("MAIL FROM = %q", r.From)
	}
	if strings.Join(r.To, ",") != "one@example.org,two@example.org" {
		t.Errorf("RCPT TO = %q", r.To)
	}

	p := parseMessage(t, r.Data)
	h := p.Header
	if from, err := h.AddressList("From"); err != nil || len(from) != 1 || from[0].Address != "litwatch@example.org" || from[0].Name != "litwatch" {
		t.Errorf("From = %v (%v)", from, err)
	}
	to, err := h.AddressList("To")
	if err != nil || len(to) != 2 || to[0].Address != "one@example.org" || to[0].Name != "Editor One" || to[1].Address != "two@example.org" {
		t.Errorf("To = %v (%v)", to, err)
	}
	wantSubject := "litwatch: 2 possible updates to your claims (week of 2026-11-23)"
	if s := decodeHeader(t, h.Get("Subject")); s != wantSubject {
		t.Errorf("Subject = %q, want %q", s, wantSubject)
	}
	if id := h.Get("Message-ID"); id != "<digest-42@litwatch.example.org>" {
		t.Errorf("Message-ID = %q", id)
	}
	if _, err := h.Date(); err != nil {
		t.Errorf("Date: %v", err)
	}
	if v := h.Get("Auto-Submitted"); v != "auto-generated" {
		t.Errorf("Auto-Submitted = %q", v)
	}

	text, html := p.Parts["text/plain"], p.Parts["text/html"]
	if text == "" || html == "" {
		t.Fatalf("parts = %v, want text/plain and text/html", keys(p.Parts))
	}
	if !strings.Contains(text, "https://pubmed.ncbi.nlm.nih.gov/40000101/") {
		t.Errorf("text part has no PubMed link:\n%s", text)
	}
	if !strings.Contains(text, "2 possible updates to your claims") {
		t.Errorf("text part lacks the headline:\n%s", text)
	}
	if !strings.Contains(html, `href="https://pubmed.ncbi.nlm.nih.gov/40000101/"`) {
		t.Errorf("HTML part has no PubMed link")
	}
	if strings.Contains(html, "<script>") || !strings.Contains(html, "&lt;script&gt;") {
		t.Errorf("HTML part does not escape the <script> title")
	}
	if !strings.Contains(text, `<script>alert("x")</script>`) {
		t.Errorf("text part should show the title as it is")
	}
}

func keys(m map[string]string) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}

// A resend of the same digest carries the same Message-ID, so the
// recipient's mail system can tell it is a duplicate.
func TestResendKeepsMessageID(t *testing.T) {
	ts := smtptest.Start(t, smtptest.Options{})
	cfg := baseConfig(ts)
	for range 2 {
		m, err := Compose(sampleDoc(), cfg, "")
		if err != nil {
			t.Fatal(err)
		}
		if err := Send(t.Context(), cfg, m); err != nil {
			t.Fatal(err)
		}
	}
	got := ts.Messages()
	if len(got) != 2 {
		t.Fatalf("received %d, want 2", len(got))
	}
	id0 := parseMessage(t, got[0].Data).Header.Get("Message-ID")
	id1 := parseMessage(t, got[1].Data).Header.Get("Message-ID")
	if id0 == "" || id0 != id1 {
		t.Errorf("Message-IDs %q and %q, want equal and set", id0, id1)
	}
	if !strings.HasSuffix(id0, "@example.org>") {
		t.Errorf("Message-ID %q is not at the sender's domain", id0)
	}
}

func TestSendStartTLSWithAuth(t *testing.T) {
	ts := smtptest.Start(t, smtptest.Options{TLS: smtptest.SelfSigned(t), User: "editor", Pass: "s3cret pass"})
	cfg := baseConfig(ts)
	cfg.Security = SecurityStartTLS
	cfg.Username, cfg.Password = "editor", "s3cret pass"
	cfg.InsecureSkipVerify = true
	m, err := Compose(sampleDoc(), cfg, "")
	if err != nil {
		t.Fatal(err)
	}
	if err := Send(t.Context(), cfg, m); err != nil {
		t.Fatalf("Send: %v", err)
	}
	got := ts.Messages()
	if len(got) != 1 {
		t.Fatalf("received %d, want 1", len(got))
	}
	if !got[0].TLS {
		t.Error("message was sent before STARTTLS")
	}
	if got[0].User != "editor" {
		t.Errorf("authenticated user = %q, want editor", got[0].User)
	}

	t.Run("wrong password", func(t *testing.T) {
		bad := cfg
		bad.Password = "nope"
		err := Send(t.Context(), bad, m)
		if err == nil {
			t.Fatal("Send with a wrong password succeeded")
		}
		if !strings.Contains(err.Error(), "smtp") || !Permanent(err) {
			t.Errorf("err = %v (permanent %v), want a permanent smtp error", err, Permanent(err))
		}
		if strings.Contains(err.Error(), "nope") {
			t.Errorf("error shows the password: %v", err)
		}
		if n := len(ts.Messages()); n != 1 {
			t.Errorf("server holds %d messages, want still 1", n)
		}
	})

	t.Run("certificate verified by default", func(t *testing.T) {
		strict := cfg
		strict.InsecureSkipVerify = false
		err := Send(t.Context(), strict, m)
		if err == nil || !strings.Contains(err.Error(), "certificate") {
			t.Fatalf("Send to a self-signed server = %v, want a certificate error", err)
		}
		for _, a := range ts.AuthAttempts() {
			if a != "editor:ok" && a != "editor:fail" {
				t.Errorf("unexpected auth attempt %q", a)
			}
		}
		if n := len(ts.AuthAttempts()); n != 2 {
			t.Errorf("auth attempts = %d, want 2 (the password must not be sent after a failed handshake)", n)
		}
	})
}

// Mandatory STARTTLS: a server that does not offer it gets nothing, and
// certainly not the password.
func TestSendStartTLSRequired(t *testing.T) {
	ts := smtptest.Start(t, smtptest.Options{User: "editor", Pass: "pw", InsecureAuth: true})
	cfg := baseConfig(ts)
	cfg.Security = SecurityStartTLS
	cfg.Username, cfg.Password = "editor", "pw"
	m, err := Compose(sampleDoc(), cfg, "")
	if err != nil {
		t.Fatal(err)
	}
	err = Send(t.Context(), cfg, m)
	if err == nil || !strings.Contains(err.Error(), "STARTTLS") {
		t.Fatalf("Send = %v, want an error about STARTTLS", err)
	}
	if n := len(ts.AuthAttempts()); n != 0 {
		t.Errorf("%d AUTH attempts on an unencrypted connection", n)
	}
	if n := len(ts.Messages()); n != 0 {
		t.Errorf("server received %d messages", n)
	}
}

func TestSendImplicitTLS(t *testing.T) {
	ts := smtptest.Start(t, smtptest.Options{TLS: smtptest.SelfSigned(t), Implicit: true, User: "editor", Pass: "pw"})
	cfg := baseConfig(ts)
	cfg.Security = SecurityTLS
	cfg.Username, cfg.Password = "editor", "pw"
	cfg.InsecureSkipVerify = true
	m, err := Compose(sampleDoc(), cfg, "")
	if err != nil {
		t.Fatal(err)
	}
	if err := Send(t.Context(), cfg, m); err != nil {
		t.Fatalf("Send: %v", err)
	}
	got := ts.Messages()
	if len(got) != 1 || !got[0].TLS || got[0].User != "editor" {
		t.Fatalf("received %+v, want one message over TLS from editor", got)
	}
}

// "none" with a username is allowed towards a loopback relay, where AUTH
// runs without TLS.
func TestSendNoneWithAuthToLoopback(t *testing.T) {
	ts := smtptest.Start(t, smtptest.Options{User: "relay", Pass: "pw", InsecureAuth: true})
	cfg := baseConfig(ts)
	cfg.Username, cfg.Password = "relay", "pw"
	m, err := Compose(sampleDoc(), cfg, "")
	if err != nil {
		t.Fatal(err)
	}
	if err := Send(t.Context(), cfg, m); err != nil {
		t.Fatalf("Send: %v", err)
	}
	if got := ts.Messages(); len(got) != 1 || got[0].User != "relay" || got[0].TLS {
		t.Fatalf("received %+v", got)
	}
}

func TestSendRejected(t *testing.T) {
	ts := smtptest.Start(t, smtptest.Options{RejectData: &smtp.SMTPError{
		Code: 554, EnhancedCode: smtp.EnhancedCode{5, 6, 0}, Message: "Message rejected by test policy",
	}})
	cfg := baseConfig(ts)
	m, err := Compose(sampleDoc(), cfg, "")
	if err != nil {
		t.Fatal(err)
	}
	err = Send(t.Context(), cfg, m)
	if err == nil {
		t.Fatal("Send succeeded although the server refused the message")
	}
	for _, want := range []string{"smtp", "554", "rejected by test policy"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q does not mention %q", err, want)
		}
	}
	if !Permanent(err) {
		t.Errorf("554 not reported as permanent: %v", err)
	}
}

func TestSendServerDown(t *testing.T) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	host, port := smtptest.SplitAddr(t, l.Addr().String())
	l.Close()
	cfg := baseConfig(&smtptest.Server{Host: host, Port: port})
	m, err := Compose(sampleDoc(), cfg, "")
	if err != nil {
		t.Fatal(err)
	}
	err = Send(t.Context(), cfg, m)
	if err == nil || !strings.Contains(err.Error(), "smtp") || !strings.Contains(err.Error(), l.Addr().String()) {
		t.Fatalf("Send to a closed port = %v, want an smtp error naming the address", err)
	}
	if Permanent(err) {
		t.Errorf("a refused connection is not a permanent failure")
	}
}

// A server that accepts the connection and then says nothing: cancelling
// the context ends Send at once, long before the command timeout.
func TestSendHonoursContext(t *testing.T) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	go func() {
		for {
			c, err := l.Accept()
			if err != nil {
				return
			}
			defer c.Close()
		}
	}()
	host, port := smtptest.SplitAddr(t, l.Addr().String())
	cfg := baseConfig(&smtptest.Server{Host: host, Port: port})
	cfg.Timeout = time.Minute
	m, err := Compose(sampleDoc(), cfg, "")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(t.Context(), 200*time.Millisecond)
	defer cancel()
	start := time.Now()
	err = Send(ctx, cfg, m)
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("Send = %v, want context.DeadlineExceeded", err)
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("Send took %s after the context ended", d)
	}
}

func TestSendRejectsBadMessage(t *testing.T) {
	cfg := baseConfig(&smtptest.Server{Host: "127.0.0.1", Port: 2525})
	good := &Message{MessageID: "a@b", Subject: "s", Text: "t", To: []string{"x@example.org"}, From: "y@example.org"}
	for name, mutate := range map[string]func(*Message){
		"no id":        func(m *Message) { m.MessageID = "" },
		"bad id":       func(m *Message) { m.MessageID = "a b@c" },
		"no subject":   func(m *Message) { m.Subject = " " },
		"no body":      func(m *Message) { m.Text = "" },
		"no recipient": func(m *Message) { m.To = nil },
		"bad from":     func(m *Message) { m.From = "not an address" },
	} {
		m := *good
		mutate(&m)
		if err := Send(t.Context(), cfg, &m); err == nil {
			t.Errorf("%s: Send accepted the message", name)
		}
	}
	if err := Send(t.Context(), cfg, nil); err == nil {
		t.Error("Send(nil) succeeded")
	}
}

// TestSendRedactsEchoedPassword: a server whose refusal repeats the
// password (as it came, and base64 as AUTH PLAIN sent it) and another
// configured secret: none of them is in Send's error, which still says
// what happened and is still recognised as permanent.
func TestSendRedactsEchoedPassword(t *testing.T) {
	const pass = "correct horse battery"
	ts := smtptest.Start(t, smtptest.Options{User: "relay", Pass: "something else", InsecureAuth: true, EchoAuth: true})
	cfg := baseConfig(ts)
	cfg.Username, cfg.Password = "relay", pass
	m, err := Compose(sampleDoc(), cfg, "")
	if err != nil {
		t.Fatal(err)
	}
	err = Send(t.Context(), cfg, m)
	if err == nil {
		t.Fatal("Send with a wrong password succeeded")
	}
	if !strings.Contains(err.Error(), "REDACTED") || !strings.Contains(err.Error(), "535") {
		t.Errorf("err = %q, want the server's 535 with the password redacted", err)
	}
	if strings.Contains(err.Error(), "horse") {
		t.Errorf("the error repeats the password: %q", err)
	}
	if !Permanent(err) {
		t.Errorf("a refused login is permanent; Permanent(%v) = false", err)
	}

	// Other configured secrets are redacted too (here the user name the
	// server repeats stands in for one).
	cfg.Secrets = redact.New("relay")
	err = Send(t.Context(), cfg, m)
	if err == nil || strings.Contains(err.Error(), "relay") || strings.Contains(err.Error(), "horse") {
		t.Errorf("err = %v, want a refusal without the user name or the password", err)
	}
}
