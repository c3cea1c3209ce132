package deliver

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/litwatch/litwatch/report/digest"
)

// ErrNothingNew is returned by Compose when the digest has nothing to
// report (no new record, no alert about a claim's basis, no failed source)
// and SMTPConfig.SendEmpty is false: there is no message to send.
var ErrNothingNew = errors.New("deliver: nothing new to send")

// Message is one composed digest e-mail.
type Message struct {
	MessageID string // without angle brackets, e.g. "litwatch.digest.20261130T060012Z.1a2b3c4d5e6f@example.org"
	Subject   string
	Text      string // text/plain part
	HTML      string // text/html part; empty sends the text alone
	To        []string
	From      string
	// ListID names the digest as a mailing list (RFC 2919), so mail
	// programs can file and filter it: "litwatch digest <litwatch.DOMAIN>".
	ListID string
	// Unsubscribe is the List-Unsubscribe target (RFC 2369): a mailto: to
	// the sender, who keeps the recipient list in email.to.
	Unsubscribe string
}

// Compose builds the e-mail for doc: the digest's plain-text and HTML
// renderings as a multipart/alternative message, under the subject
// template of cfg. messageID is the Message-ID to use (angle brackets
// optional); empty means MessageID(doc, cfg.From).
//
// When the digest has nothing to report and cfg.SendEmpty is false,
// Compose returns ErrNothingNew and no message.
func Compose(doc *digest.Doc, cfg SMTPConfig, messageID string) (*Message, error) {
	if doc == nil {
		return nil, errors.New("deliver: compose: nil digest")
	}
	if errs := cfg.validateMessage(); len(errs) > 0 {
		return nil, fmt.Errorf("deliver: compose: %w", errors.Join(errs...))
	}
	if nothingNew(doc) && !cfg.SendEmpty {
		return nil, ErrNothingNew
	}
	if strings.TrimSpace(messageID) == "" {
		messageID = MessageID(doc, cfg.From)
	}
	id, err := cleanMessageID(messageID)
	if err != nil {
		return nil, fmt.Errorf("deliver: compose: %w", err)
	}
	subject, err := renderSubject(cfg.subject(), NewSubjectData(doc))
	if err != nil {
		return nil, fmt.Errorf("deliver: compose: email.subject: %w", err)
	}
	var text, html bytes.Buffer
	if err := digest.Render(&text, doc, "text"); err != nil {
		return nil, fmt.Errorf("deliver: compose: %w", err)
	}
	if err := digest.Render(&html, doc, "html"); err != nil {
		return nil, fmt.Errorf("deliver: compose: %w", err)
	}
	return &Message{
		MessageID:   id,
		Subject:     subject,
		Text:        text.String(),
		HTML:        html.String(),
		To:          trimAll(cfg.To),
		From:        strings.TrimSpace(cfg.From),
		ListID:      listID(cfg.From),
		Unsubscribe: unsubscribe(cfg.From),
	}, nil
}

// NewSubjectData is what the subject template sees for doc.
func NewSubjectData(doc *digest.Doc) SubjectData {
	d := SubjectData{Headline: headline(doc)}
	if doc == nil {
		return d
	}
	d.Flagged = doc.FlaggedCount()
	d.New = len(doc.Records)
	d.Date = digest.DateOf(doc.GeneratedAt).String()
	switch {
	case !doc.Window.From.IsZero():
		d.Week = doc.Window.From.String()
	case !doc.Window.To.IsZero():
		d.Week = doc.Window.To.String()
	default:
		d.Week = d.Date
	}
	d.Period = period(doc, d.Week)
	return d
}

// period names the digest's window as it is: the first back-fill, one
// day, a week (six to eight days, as a weekly schedule makes them), or
// its two ends.
func period(doc *digest.Doc, start string) string {
	from, to := doc.Window.From, doc.Window.To
	switch {
	case doc.FirstRun:
		return "first run: since " + start
	case from.IsZero() || to.IsZero() || from == to:
		return start
	}
	days := to.Time().Sub(from.Time()).Hours() / 24
	if days >= 6 && days <= 8 {
		return "week of " + start
	}
	return from.String() + " to " + to.String()
}

// headline says what matters, most important first: that no source could
// be reached, alerts about a claim's basis, possible updates, else whether
// anything was new; and any failed source, since then the digest may be
// incomplete.
func headline(doc *digest.Doc) string {
	if doc == nil {
		return "nothing new"
	}
	var parts []string
	noSource := doc.AllSourcesFailed()
	if noSource {
		parts = append(parts, "no source could be reached")
	}
	if n := len(doc.BasisAlerts); n > 0 {
		parts = append(parts, plural(n, "alert about a claim's basis", "alerts about your claims' basis"))
	}
	if n := doc.FlaggedCount(); n > 0 {
		parts = append(parts, plural(n, "possible update to your claims", "possible updates to your claims"))
	}
	if len(parts) == 0 || noSource && len(parts) == 1 {
		if n := len(doc.Records); n > 0 {
			parts = append(parts, plural(n, "new record", "new records")+", none flagged")
		} else if !noSource {
			parts = append(parts, "nothing new")
		}
	}
	if n := failedSources(doc); n > 0 && !noSource {
		parts = append(parts, plural(n, "source failed", "sources failed"))
	}
	if n := doc.MailRefused(); n > 0 {
		parts = append(parts, plural(n, "earlier e-mail refused", "earlier e-mails refused"))
	}
	return strings.Join(parts, ", ")
}

// nothingNew reports whether a digest has nothing to tell: no record, no
// basis alert and no failed source.
func nothingNew(doc *digest.Doc) bool {
	return len(doc.Records) == 0 && len(doc.BasisAlerts) == 0 && failedSources(doc) == 0 && doc.MailRefused() == 0
}

func failedSources(doc *digest.Doc) int {
	n := 0
	for _, s := range doc.Sources {
		if len(s.Errors) > 0 && s.Name != digest.MailSource {
			n++
		}
	}
	return n
}

// listID is the List-Id of the digests sent from from:
// "litwatch digest <litwatch.DOMAIN>".
func listID(from string) string {
	return "litwatch digest <litwatch." + senderDomain(from) + ">"
}

// unsubscribe is the List-Unsubscribe value: a mailto: to the sender,
// asking to be taken off the list.
func unsubscribe(from string) string {
	a, err := parseAddress(from)
	if err != nil || !validIDPart(strings.ReplaceAll(a.Address, "@", "")) || strings.ContainsAny(a.Address, "?&%#") {
		return ""
	}
	return "<mailto:" + a.Address + "?subject=unsubscribe>"
}

// senderDomain is the domain of from's address, or "litwatch.invalid".
func senderDomain(from string) string {
	if a, err := parseAddress(from); err == nil {
		if i := strings.LastIndexByte(a.Address, '@'); i >= 0 && validIDPart(a.Address[i+1:]) {
			return a.Address[i+1:]
		}
	}
	return "litwatch.invalid"
}

// MessageID is a Message-ID for doc that is the same each time it is
// computed for the same digest: the generation time and a hash of the
// digest's JSON, at the sender's domain.
func MessageID(doc *digest.Doc, from string) string {
	domain := senderDomain(from)
	stamp := "0"
	sum := sha256.New()
	if doc != nil {
		stamp = doc.GeneratedAt.UTC().Format("20060102T150405Z")
		if data, err := doc.JSON(); err == nil {
			sum.Write(data)
		}
	}
	return "litwatch.digest." + stamp + "." + hex.EncodeToString(sum.Sum(nil))[:12] + "@" + domain
}

// cleanMessageID checks a Message-ID ("left@right", angle brackets
// optional) and returns it without brackets.
func cleanMessageID(id string) (string, error) {
	id = strings.TrimSpace(id)
	id = strings.TrimSuffix(strings.TrimPrefix(id, "<"), ">")
	left, right, ok := strings.Cut(id, "@")
	if !ok || !validIDPart(left) || !validIDPart(right) || strings.Contains(right, "@") {
		return "", fmt.Errorf("message ID %q is not of the form left@right", id)
	}
	return id, nil
}

// validIDPart reports whether s is non-empty printable ASCII without
// white space, brackets or quotes, which keeps a Message-ID one safe token.
func validIDPart(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c <= ' ' || c >= 0x7f || strings.IndexByte(`<>()[]\",;:`, c) >= 0 {
			return false
		}
	}
	return true
}

func trimAll(ss []string) []string {
	out := make([]string, 0, len(ss))
	for _, s := range ss {
		out = append(out, strings.TrimSpace(s))
	}
	return out
}

func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return strconv.Itoa(n) + " " + many
}
