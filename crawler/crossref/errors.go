package crossref

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"github.com/litwatch/litwatch/crawler"
)

// APIError is a failure reported by the Crossref REST API itself: a JSON
// body with status "failed" (validation-failure, resource-failure, …) or a
// non-JSON error body such as the plain-text "Resource not found.". It
// wraps the *crawler.HTTPError it came with, if any.
type APIError struct {
	HTTPStatus  int       // 0 when the failure came in a 2xx response
	MessageType string    // e.g. "validation-failure", "resource-failure", "exception"
	Problems    []Problem // the entries of the message (an array in current responses)
	Text        string    // the body when it was not JSON (e.g. "Resource not found.")

	err error
}

// Problem is one entry of a failed response's message, e.g.
// {Type: "cursor-invalid", Value: "thing", Message: "Cursor specified but it is invalid"}.
type Problem struct {
	Type    string
	Value   string
	Message string
}

func (e *APIError) Error() string {
	var b strings.Builder
	b.WriteString("Crossref API error")
	var what []string
	if e.HTTPStatus != 0 {
		what = append(what, fmt.Sprintf("HTTP %d", e.HTTPStatus))
	}
	if e.MessageType != "" {
		what = append(what, e.MessageType)
	}
	if len(what) > 0 {
		b.WriteString(" (" + strings.Join(what, ", ") + ")")
	}
	var parts []string
	for _, p := range e.Problems {
		s := p.Type
		if p.Value != "" {
			s += " " + p.Value
		}
		if p.Message != "" {
			if s != "" {
				s += ": "
			}
			s += p.Message
		}
		if s = strings.TrimSpace(s); s != "" {
			parts = append(parts, s)
		}
	}
	if len(parts) == 0 && e.Text != "" {
		parts = append(parts, fmt.Sprintf("%q", e.Text))
	}
	if len(parts) > 0 {
		b.WriteString(": " + strings.Join(parts, "; "))
	}
	return b.String()
}

func (e *APIError) Unwrap() error { return e.err }

// apiError turns a Fetcher error carrying a Crossref error body into an
// *APIError wrapping it; other errors are returned as they are.
func apiError(err error) error {
	var he *crawler.HTTPError
	if !errors.As(err, &he) {
		return err
	}
	body := bytes.TrimSpace([]byte(he.Body))
	ae := &APIError{HTTPStatus: he.Status, err: err}
	if len(body) > 0 && body[0] == '{' {
		var env envelope
		if json.Unmarshal(body, &env) == nil && (env.Status != "" || env.MessageType != "") {
			fillProblems(ae, &env)
			return ae
		}
	}
	if len(body) == 0 || crawler.IsHTMLPage(body) {
		return err // nothing Crossref-specific to add
	}
	ae.Text = crawler.Snippet(string(body))
	return ae
}

// apiErrorFromEnvelope explains a failed-status envelope that came with a
// 2xx status (or was handed to ParseWorks directly).
func apiErrorFromEnvelope(status int, env *envelope) *APIError {
	ae := &APIError{HTTPStatus: status}
	fillProblems(ae, env)
	return ae
}

// fillProblems reads the envelope's message, which is an array of
// problems in current responses, an object in older exception responses,
// and may be a plain string.
func fillProblems(ae *APIError, env *envelope) {
	ae.MessageType = env.MessageType
	msg := bytes.TrimSpace(env.Message)
	if len(msg) == 0 {
		if ae.MessageType == "" {
			ae.MessageType = env.Status
		}
		return
	}
	switch msg[0] {
	case '[':
		var ps []problem
		if json.Unmarshal(msg, &ps) == nil {
			for _, p := range ps {
				ae.Problems = append(ae.Problems, Problem{
					Type:    crawler.NormalizeSpace(p.Type),
					Value:   crawler.NormalizeSpace(string(p.Value)),
					Message: crawler.NormalizeSpace(p.Message),
				})
			}
			return
		}
	case '{':
		var ex exceptionMessage
		if json.Unmarshal(msg, &ex) == nil {
			m := ex.Message
			if m == "" {
				m = ex.Description
			}
			ae.Problems = append(ae.Problems, Problem{Type: crawler.NormalizeSpace(ex.Name), Message: crawler.Snippet(m)})
			return
		}
	case '"':
		var s string
		if json.Unmarshal(msg, &s) == nil {
			ae.Problems = append(ae.Problems, Problem{Message: crawler.Snippet(s)})
			return
		}
	}
	ae.Text = crawler.Snippet(string(msg))
}
