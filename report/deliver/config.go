// Package deliver sends a litwatch digest by e-mail.
//
// Compose turns a digest into a message (multipart/alternative: the plain
// text and HTML renderings of the digest, under a subject that says what
// matters); Send hands one message to an SMTP server in one transaction,
// using go-mail. The exactly-once bookkeeping (which digest went out when)
// is the caller's: Send either returns nil, meaning the server accepted the
// message, or an error, meaning it did not.
//
// The Message-ID is chosen by the caller and kept stable per digest
// (MessageID derives one), so a message re-sent after a crash is
// recognisable as the same message by the recipient's mail system.
package deliver

import (
	"bytes"
	"errors"
	"fmt"
	"net"
	"net/mail"
	"strings"
	"text/template"
	"time"

	"github.com/litwatch/litwatch/internal/config"
	"github.com/litwatch/litwatch/internal/redact"
)

// Security modes for SMTPConfig.Security.
const (
	SecurityStartTLS = "starttls" // plain connection upgraded with STARTTLS; refused if the server does not offer it
	SecurityTLS      = "tls"      // implicit TLS from the first byte (SMTPS, usually port 465)
	SecurityNone     = "none"     // no encryption: only for a relay on the same machine or network
)

// DefaultSubject is the subject template used when SMTPConfig.Subject is
// empty.
const DefaultSubject = "litwatch: {{.Headline}} ({{.Period}})"

// DefaultTimeout bounds each SMTP command when SMTPConfig.Timeout is zero.
const DefaultTimeout = 30 * time.Second

// SMTPConfig is how to reach the mail server and whom to tell. The keys
// named in errors ("email.host", ...) are the configuration file's.
type SMTPConfig struct {
	Host string
	// Port defaults to 587 for "starttls", 465 for "tls" and 25 for "none".
	Port int
	// Security is "starttls" (mandatory STARTTLS), "tls" (implicit TLS) or
	// "none" (no encryption; refused together with a username unless the
	// host is a loopback address). Empty means "starttls".
	Security string
	// Username enables SMTP AUTH (PLAIN or LOGIN, whichever the server
	// offers; never over an unencrypted connection to another machine).
	Username string
	// Password is the secret itself; the caller resolves it from an
	// environment variable or a file. It is never logged or shown.
	Password string
	From     string   // envelope and header sender, "Name <addr>" or "addr"
	To       []string // recipients, each "Name <addr>" or "addr"
	// Subject is a text/template; empty means DefaultSubject. Fields:
	// .Headline, .Flagged, .New, .Period (the window in words: "week of
	// 2026-11-23", "first run: since 2013-01-01"), .Week (YYYY-MM-DD of the
	// window start) and .Date (YYYY-MM-DD the digest was generated).
	Subject string
	// SendEmpty sends a short "nothing new" digest when a run found
	// nothing; if false Compose returns ErrNothingNew instead.
	SendEmpty bool
	// InsecureSkipVerify accepts any server certificate. For tests only.
	InsecureSkipVerify bool
	// Timeout bounds connecting and each SMTP command; zero means
	// DefaultTimeout.
	Timeout time.Duration
	// Secrets are other values (API keys) to keep out of Send's errors,
	// beside the password, which is always redacted.
	Secrets redact.Secrets
}

// Settings are the [email] section of litwatch's config as the mailer's
// settings, with the password (which the caller reads: see
// config.Config.SMTPPassword).
func Settings(e config.EmailConfig, password string) SMTPConfig {
	return SMTPConfig{
		Host: e.Host, Port: e.Port, Security: e.Security, Username: e.Username, Password: password,
		From: e.From, To: e.To, Subject: e.SubjectTemplate(), SendEmpty: e.SendEmpty,
	}
}

// SubjectData is what the subject template sees.
type SubjectData struct {
	Headline string // e.g. "2 possible updates to your claims" or "nothing new"
	Flagged  int    // records flagged as possibly changing a claim
	New      int    // records new in the digest
	Period   string // the window in words: "week of 2026-11-23", "2026-11-01 to 2026-11-30", "first run: since 2013-01-01"
	Week     string // YYYY-MM-DD of the window start
	Date     string // YYYY-MM-DD the digest was generated
}

// security is the configured mode with the default applied.
func (c SMTPConfig) security() string {
	s := strings.ToLower(strings.TrimSpace(c.Security))
	if s == "" {
		return SecurityStartTLS
	}
	return s
}

// port is the configured port, or the usual one for the security mode.
func (c SMTPConfig) port() int {
	if c.Port != 0 {
		return c.Port
	}
	switch c.security() {
	case SecurityTLS:
		return 465
	case SecurityNone:
		return 25
	}
	return 587
}

func (c SMTPConfig) timeout() time.Duration {
	if c.Timeout > 0 {
		return c.Timeout
	}
	return DefaultTimeout
}

func (c SMTPConfig) subject() string {
	if strings.TrimSpace(c.Subject) == "" {
		return DefaultSubject
	}
	return c.Subject
}

// Validate checks everything Send and Compose need. Errors name the
// configuration key, e.g. `email.port: 70000 is not a port (1-65535)`.
// The password is never part of an error.
func (c SMTPConfig) Validate() error {
	var errs []error
	host := strings.TrimSpace(c.Host)
	switch {
	case host == "":
		errs = append(errs, errors.New("email.host: missing (the SMTP server, e.g. smtp.example.org)"))
	case host != c.Host || strings.ContainsAny(host, " \t\r\n/@[]") ||
		strings.Contains(host, ":") && net.ParseIP(host) == nil:
		errs = append(errs, fmt.Errorf("email.host: %q is not a host name or IP address", c.Host))
	}
	if c.Port < 0 || c.Port > 65535 {
		errs = append(errs, fmt.Errorf("email.port: %d is not a port (1-65535)", c.Port))
	}
	switch sec := c.security(); sec {
	case SecurityStartTLS, SecurityTLS:
	case SecurityNone:
		if c.Username != "" && host != "" && !isLoopback(host) {
			errs = append(errs, fmt.Errorf("email.security: \"none\" would send the password for %q unencrypted to %s; use \"starttls\" or \"tls\" (\"none\" with a username is only for a relay on this machine)", c.Username, host))
		}
	default:
		errs = append(errs, fmt.Errorf("email.security: %q is not one of starttls, tls, none", c.Security))
	}
	if c.Username == "" && c.Password != "" {
		errs = append(errs, errors.New("email.username: missing, but a password is set"))
	}
	if c.Timeout < 0 {
		errs = append(errs, fmt.Errorf("email.timeout: %s is negative", c.Timeout))
	}
	errs = append(errs, c.validateMessage()...)
	return errors.Join(errs...)
}

// validateMessage checks the keys Compose needs.
func (c SMTPConfig) validateMessage() []error {
	var errs []error
	if strings.TrimSpace(c.From) == "" {
		errs = append(errs, errors.New("email.from: missing (the sender address, e.g. \"litwatch <litwatch@example.org>\")"))
	} else if _, err := parseAddress(c.From); err != nil {
		errs = append(errs, fmt.Errorf("email.from: %w", err))
	}
	if len(c.To) == 0 {
		errs = append(errs, errors.New("email.to: no recipient"))
	}
	for i, to := range c.To {
		if _, err := parseAddress(to); err != nil {
			errs = append(errs, fmt.Errorf("email.to[%d]: %w", i, err))
		}
	}
	if _, err := renderSubject(c.subject(), SubjectData{Headline: "2 possible updates to your claims", Flagged: 2, New: 5, Period: "week of 2026-11-23", Week: "2026-11-23", Date: "2026-11-30"}); err != nil {
		errs = append(errs, fmt.Errorf("email.subject: %w", err))
	}
	return errs
}

// parseAddress accepts one RFC 5322 address ("Name <a@b>" or "a@b").
func parseAddress(s string) (*mail.Address, error) {
	if strings.ContainsAny(s, "\r\n") {
		return nil, fmt.Errorf("%q contains a line break", s)
	}
	a, err := mail.ParseAddress(strings.TrimSpace(s))
	if err != nil {
		return nil, fmt.Errorf("%q is not an e-mail address: %w", s, err)
	}
	return a, nil
}

// isLoopback reports whether host names this machine: "localhost" or a
// loopback IP address.
func isLoopback(host string) bool {
	if strings.EqualFold(host, "localhost") {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// renderSubject executes the subject template and makes the result one
// line: runs of white space become one space, control characters go.
func renderSubject(tmpl string, d SubjectData) (string, error) {
	t, err := template.New("subject").Option("missingkey=error").Parse(tmpl)
	if err != nil {
		return "", fmt.Errorf("template: %w", err)
	}
	var b bytes.Buffer
	if err := t.Execute(&b, d); err != nil {
		return "", fmt.Errorf("template: %w", err)
	}
	s := oneLine(b.String())
	if s == "" {
		return "", fmt.Errorf("template %q gives an empty subject", tmpl)
	}
	return s, nil
}

// oneLine collapses white space and drops control characters.
func oneLine(s string) string {
	var b strings.Builder
	for _, f := range strings.Fields(s) {
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		for _, r := range f {
			if r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0) {
				continue
			}
			b.WriteRune(r)
		}
	}
	return b.String()
}
