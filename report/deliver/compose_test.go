package deliver

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/litwatch/litwatch/report/deliver/smtptest"
	"github.com/litwatch/litwatch/report/digest"
	"github.com/litwatch/litwatch/store"
)

func composeConfig() SMTPConfig {
	return SMTPConfig{
		Host:      "smtp.example.org",
		From:      "litwatch <litwatch@example.org>",
		To:        []string{"editor@example.org"},
		SendEmpty: true,
	}
}

func TestComposeSubject(t *testing.T) {
	withAlert := sampleDoc()
	withAlert.BasisAlerts = []digest.BasisAlert{{Claim: "C2", Message: "The review was retracted."}}

	failed := emptyDoc()
	failed.Sources[0].Errors = []string{"503 Service Unavailable"}
	failed.Sources = append(failed.Sources, digest.Source{Name: "europepmc", Errors: []string{}})

	unreached := emptyDoc()
	unreached.Sources[0].Errors = []string{"no such host"}
	unreached.Sources = append(unreached.Sources, digest.Source{Name: "europepmc", Errors: []string{"no such host"}})
	unreachedFlag := sampleDoc()
	unreachedFlag.Sources[0].Errors = []string{"no such host"}

	newOnly := digest.Build(digest.Input{
		GeneratedAt: time.Date(2026, 12, 7, 6, 0, 0, 0, time.UTC),
		From:        day("2026-11-30"), To: day("2026-12-06"),
		Records: []store.Record{{ID: 9, PMID: "1", Title: "Something else"}, {ID: 10, PMID: "2", Title: "Another"}},
	})
	oneFlag := sampleDoc()
	oneFlag.Records = oneFlag.Records[1:]
	firstRun := sampleDoc()
	firstRun.FirstRun = true
	firstRun.Window.From = digest.DateOf(day("2013-01-01"))
	month := emptyDoc()
	month.Window.From = digest.DateOf(day("2026-11-01"))
	oneDay := emptyDoc()
	oneDay.Window.From = oneDay.Window.To

	for _, tc := range []struct {
		name string
		doc  *digest.Doc
		want string
	}{
		{"flagged", sampleDoc(), "litwatch: 2 possible updates to your claims (week of 2026-11-23)"},
		{"one flagged", oneFlag, "litwatch: 1 possible update to your claims (week of 2026-11-23)"},
		{"nothing new", emptyDoc(), "litwatch: nothing new (week of 2026-11-30)"},
		{"new, none flagged", newOnly, "litwatch: 2 new records, none flagged (week of 2026-11-30)"},
		{"basis alert", withAlert, "litwatch: 1 alert about a claim's basis, 2 possible updates to your claims (week of 2026-11-23)"},
		{"failed source", failed, "litwatch: nothing new, 1 source failed (week of 2026-11-30)"},
		{"no source reached", unreached, "litwatch: no source could be reached (week of 2026-11-30)"},
		{"first run", firstRun, "litwatch: 2 possible updates to your claims (first run: since 2013-01-01)"},
		{"a month", month, "litwatch: nothing new (2026-11-01 to 2026-12-06)"},
		{"one day", oneDay, "litwatch: nothing new (2026-12-06)"},
		{"no source reached, earlier flags", unreachedFlag, "litwatch: no source could be reached, 2 possible updates to your claims (week of 2026-11-23)"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m, err := Compose(tc.doc, composeConfig(), "")
			if err != nil {
				t.Fatal(err)
			}
			if m.Subject != tc.want {
				t.Errorf("subject = %q, want %q", m.Subject, tc.want)
			}
		})
	}
}

func TestComposeCustomSubject(t *testing.T) {
	cfg := composeConfig()
	cfg.Subject = "[evidence] {{.Flagged}}/{{.New}} flagged, {{.Date}}\n{{.Headline}}"
	m, err := Compose(sampleDoc(), cfg, "")
	if err != nil {
		t.Fatal(err)
	}
	if want := "[evidence] 2/4 flagged, 2026-11-30 2 possible updates to your claims"; m.Subject != want {
		t.Errorf("subject = %q, want %q (one line)", m.Subject, want)
	}
}

func TestComposeNothingNew(t *testing.T) {
	cfg := composeConfig()
	cfg.SendEmpty = false
	if m, err := Compose(emptyDoc(), cfg, ""); !errors.Is(err, ErrNothingNew) || m != nil {
		t.Fatalf("Compose(empty, SendEmpty=false) = %v, %v; want nil, ErrNothingNew", m, err)
	}
	// Something to say is sent even with SendEmpty off.
	if _, err := Compose(sampleDoc(), cfg, ""); err != nil {
		t.Fatalf("Compose(flagged, SendEmpty=false) = %v", err)
	}
	failed := emptyDoc()
	failed.Sources[0].Errors = []string{"timeout"}
	if _, err := Compose(failed, cfg, ""); err != nil {
		t.Fatalf("a failed source must still be reported: %v", err)
	}
	cfg.SendEmpty = true
	m, err := Compose(emptyDoc(), cfg, "")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(m.Text, "Nothing that changes your claims") || m.HTML == "" {
		t.Errorf("empty digest text:\n%s", m.Text)
	}
}

func TestComposeMessage(t *testing.T) {
	cfg := composeConfig()
	cfg.To = []string{" a@example.org ", "B <b@example.org>"}
	m, err := Compose(sampleDoc(), cfg, "<x.1@example.org>")
	if err != nil {
		t.Fatal(err)
	}
	if m.MessageID != "x.1@example.org" {
		t.Errorf("MessageID = %q", m.MessageID)
	}
	if strings.Join(m.To, "|") != "a@example.org|B <b@example.org>" || m.From != cfg.From {
		t.Errorf("To = %q, From = %q", m.To, m.From)
	}
	if !strings.HasPrefix(m.HTML, "<!DOCTYPE html>") || !strings.Contains(m.Text, "POSSIBLE UPDATES") {
		t.Errorf("bodies are not the digest renderings")
	}

	for _, bad := range []string{"no-at-sign", "a b@c", "a@", "@b", "a@b@c", "a@<b>", "x@y\r\nBcc: evil@example.org"} {
		if _, err := Compose(sampleDoc(), cfg, bad); err == nil {
			t.Errorf("Compose accepted message ID %q", bad)
		}
	}
	if _, err := Compose(nil, cfg, ""); err == nil {
		t.Error("Compose(nil) succeeded")
	}
	cfg.From = ""
	if _, err := Compose(sampleDoc(), cfg, ""); err == nil || !strings.Contains(err.Error(), "email.from") {
		t.Errorf("Compose without From = %v", err)
	}
}

func TestMessageIDStable(t *testing.T) {
	a := MessageID(sampleDoc(), "litwatch <lw@news.example.org>")
	b := MessageID(sampleDoc(), "lw@news.example.org")
	if a != b {
		t.Errorf("MessageID differs for the same digest: %q, %q", a, b)
	}
	if !strings.HasPrefix(a, "litwatch.digest.20261130T060012Z.") || !strings.HasSuffix(a, "@news.example.org") {
		t.Errorf("MessageID = %q", a)
	}
	other := sampleDoc()
	other.Records = other.Records[:1]
	if c := MessageID(other, "lw@news.example.org"); c == a {
		t.Errorf("different digests share Message-ID %q", c)
	}
	if _, err := cleanMessageID(a); err != nil {
		t.Errorf("MessageID gives an invalid id: %v", err)
	}
	if id := MessageID(sampleDoc(), "not an address"); !strings.HasSuffix(id, "@litwatch.invalid") {
		t.Errorf("MessageID with a bad sender = %q", id)
	}
}

func TestValidate(t *testing.T) {
	valid := SMTPConfig{
		Host: "smtp.example.org", Port: 587, Security: "starttls",
		Username: "u", Password: "hunter2-secret",
		From: "litwatch <lw@example.org>", To: []string{"ed@example.org"},
	}
	for _, tc := range []struct {
		name   string
		mutate func(*SMTPConfig)
		want   string // "" = valid; else a substring of the error
	}{
		{"valid", func(*SMTPConfig) {}, ""},
		{"default security and port", func(c *SMTPConfig) { c.Security, c.Port = "", 0 }, ""},
		{"tls", func(c *SMTPConfig) { c.Security, c.Port = "TLS", 465 }, ""},
		{"ipv6 host", func(c *SMTPConfig) { c.Host = "::1"; c.Security = "none" }, ""},
		{"none to localhost with auth", func(c *SMTPConfig) { c.Host, c.Security = "localhost", "none" }, ""},
		{"none to 127.0.0.1 with auth", func(c *SMTPConfig) { c.Host, c.Security = "127.0.0.1", "none" }, ""},
		{"none to remote without auth", func(c *SMTPConfig) { c.Security, c.Username, c.Password = "none", "", "" }, ""},
		{"custom subject", func(c *SMTPConfig) { c.Subject = "{{.New}} new" }, ""},
		{"missing host", func(c *SMTPConfig) { c.Host = "" }, "email.host"},
		{"host with port", func(c *SMTPConfig) { c.Host = "smtp.example.org:587" }, "email.host"},
		{"host with space", func(c *SMTPConfig) { c.Host = " smtp.example.org" }, "email.host"},
		{"port too big", func(c *SMTPConfig) { c.Port = 70000 }, "email.port"},
		{"negative port", func(c *SMTPConfig) { c.Port = -1 }, "email.port"},
		{"unknown security", func(c *SMTPConfig) { c.Security = "ssl" }, "email.security"},
		{"none with auth to remote", func(c *SMTPConfig) { c.Security = "none" }, "email.security"},
		{"password without user", func(c *SMTPConfig) { c.Username = "" }, "email.username"},
		{"missing from", func(c *SMTPConfig) { c.From = "" }, "email.from"},
		{"bad from", func(c *SMTPConfig) { c.From = "litwatch at example" }, "email.from"},
		{"header injection in from", func(c *SMTPConfig) { c.From = "lw@example.org\r\nBcc: x@evil.example" }, "email.from"},
		{"no recipient", func(c *SMTPConfig) { c.To = nil }, "email.to"},
		{"bad recipient", func(c *SMTPConfig) { c.To = []string{"ed@example.org", "nobody"} }, "email.to[1]"},
		{"subject syntax", func(c *SMTPConfig) { c.Subject = "{{.Headline" }, "email.subject"},
		{"subject unknown field", func(c *SMTPConfig) { c.Subject = "{{.Title}}" }, "email.subject"},
		{"subject empty result", func(c *SMTPConfig) { c.Subject = "{{if false}}x{{end}}" }, "email.subject"},
		{"negative timeout", func(c *SMTPConfig) { c.Timeout = -time.Second }, "email.timeout"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := valid
			c.To = append([]string(nil), valid.To...)
			tc.mutate(&c)
			err := c.Validate()
			switch {
			case tc.want == "" && err != nil:
				t.Errorf("Validate() = %v, want nil", err)
			case tc.want != "" && err == nil:
				t.Errorf("Validate() = nil, want an error naming %s", tc.want)
			case tc.want != "" && !strings.Contains(err.Error(), tc.want+":"):
				t.Errorf("Validate() = %v, want it to name %s", err, tc.want)
			}
			if err != nil && strings.Contains(err.Error(), c.Password) && c.Password != "" {
				t.Errorf("error shows the password: %v", err)
			}
		})
	}
}

func TestDefaultPorts(t *testing.T) {
	for sec, want := range map[string]int{"": 587, "starttls": 587, "tls": 465, "none": 25} {
		if got := (SMTPConfig{Security: sec}).port(); got != want {
			t.Errorf("port for %q = %d, want %d", sec, got, want)
		}
	}
	if got := (SMTPConfig{Security: "tls", Port: 2465}).port(); got != 2465 {
		t.Errorf("explicit port ignored: %d", got)
	}
}

// TestComposeListHeaders: the digest carries List-Id and List-Unsubscribe
// (a mailto: to the sender), and Send puts them in the message.
func TestComposeListHeaders(t *testing.T) {
	ts := smtptest.Start(t, smtptest.Options{})
	cfg := baseConfig(ts)
	m, err := Compose(sampleDoc(), cfg, "")
	if err != nil {
		t.Fatal(err)
	}
	if err := Send(t.Context(), cfg, m); err != nil {
		t.Fatal(err)
	}
	h := parseMessage(t, ts.Messages()[0].Data).Header
	if got := h.Get("List-Id"); got != "litwatch digest <litwatch.example.org>" {
		t.Errorf("List-Id = %q", got)
	}
	if got := h.Get("List-Unsubscribe"); got != "<mailto:litwatch@example.org?subject=unsubscribe>" {
		t.Errorf("List-Unsubscribe = %q", got)
	}
}
