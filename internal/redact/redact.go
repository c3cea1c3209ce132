// Package redact replaces secret values (API keys, passwords) in text
// that came back from a server, so that a server echoing a secret in an
// error body or message cannot carry it into a log, a database or a
// digest.
package redact

import (
	"bytes"
	"cmp"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"log/slog"
	"net/url"
	"slices"
	"strconv"
	"strings"
)

// Mark replaces every secret value.
const Mark = "REDACTED"

// Secrets is a set of secret values to replace. The zero value redacts
// nothing. It is immutable, safe for concurrent use, and comparable (so a
// config struct holding it stays comparable).
type Secrets struct {
	p *[]string // longest first, so a secret containing another goes whole
}

// New returns the secrets among vals, ignoring empty ones. Each value is
// also redacted in its URL-encoded (query and path), base64, Go-quoted
// and JSON-escaped forms, the ways a server or an error message is most
// likely to repeat what was sent.
func New(vals ...string) Secrets { return Secrets{}.With(vals...) }

// With returns s plus vals (and their encoded forms, as New).
func (s Secrets) With(vals ...string) Secrets {
	all := slices.Clone(s.vals())
	for _, v := range vals {
		if v == "" {
			continue
		}
		js, _ := json.Marshal(v) // a string always marshals
		all = append(all, v, url.QueryEscape(v), url.PathEscape(v),
			base64.StdEncoding.EncodeToString([]byte(v)),
			inner(strconv.Quote(v)), inner(strconv.QuoteToASCII(v)), inner(string(js)))
	}
	return of(all)
}

// inner drops the first and last byte of a quoted string.
func inner(q string) string { return q[1 : len(q)-1] }

// Merge returns the secrets of s and o.
func (s Secrets) Merge(o Secrets) Secrets {
	return of(append(slices.Clone(s.vals()), o.vals()...))
}

func of(vals []string) Secrets {
	if len(vals) == 0 {
		return Secrets{}
	}
	slices.SortFunc(vals, func(a, b string) int {
		return cmp.Or(cmp.Compare(len(b), len(a)), strings.Compare(a, b))
	})
	vals = slices.Compact(vals)
	return Secrets{p: &vals}
}

func (s Secrets) vals() []string {
	if s.p == nil {
		return nil
	}
	return *s.p
}

// Empty reports whether s redacts nothing.
func (s Secrets) Empty() bool { return len(s.vals()) == 0 }

// Contains reports whether text holds any secret.
func (s Secrets) Contains(text string) bool {
	for _, v := range s.vals() {
		if strings.Contains(text, v) {
			return true
		}
	}
	return false
}

// String returns text with every secret replaced by Mark.
func (s Secrets) String(text string) string {
	for _, v := range s.vals() {
		if strings.Contains(text, v) {
			text = strings.ReplaceAll(text, v, Mark)
		}
	}
	return text
}

// Bytes returns b with every secret replaced by Mark; b itself is
// returned when it holds none.
func (s Secrets) Bytes(b []byte) []byte {
	for _, v := range s.vals() {
		if bytes.Contains(b, []byte(v)) {
			b = bytes.ReplaceAll(b, []byte(v), []byte(Mark))
		}
	}
	return b
}

// Error returns err unchanged when its message holds no secret, else an
// error whose message is redacted and which still wraps err, so that
// errors.Is and errors.As see through it. (Whoever unwraps it and prints
// the inner error itself bypasses the redaction; callers that keep text
// from an inner error redact it where it is made.)
func (s Secrets) Error(err error) error {
	if err == nil {
		return nil
	}
	msg := err.Error()
	if !s.Contains(msg) {
		return err
	}
	return &redacted{msg: s.String(msg), err: err}
}

type redacted struct {
	msg string
	err error
}

func (e *redacted) Error() string { return e.msg }
func (e *redacted) Unwrap() error { return e.err }

// ReplaceAttr is a slog.HandlerOptions.ReplaceAttr that replaces every
// secret in a log line's message and attributes (strings, and whatever
// else prints as one: errors, lists), the last line of defence after the
// fetchers and the mailer have redacted what servers sent back.
func (s Secrets) ReplaceAttr(_ []string, a slog.Attr) slog.Attr {
	v := a.Value.Resolve()
	switch v.Kind() {
	case slog.KindString:
		if str := v.String(); s.Contains(str) {
			a.Value = slog.StringValue(s.String(str))
		}
	case slog.KindAny:
		if str := fmt.Sprint(v.Any()); s.Contains(str) {
			a.Value = slog.StringValue(s.String(str))
		}
	}
	return a
}
