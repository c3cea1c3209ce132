package openalex

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"github.com/litwatch/litwatch/crawler"
)

// APIError is a failure reported by OpenAlex itself: an error body
// {"error":"Invalid query parameters error.","message":"…"} (with an HTTP
// error status, or handed to ParseWorks), or a non-JSON error body. It
// wraps the *crawler.HTTPError it came with, if any.
type APIError struct {
	HTTPStatus int    // 0 when the error body came with a 2xx status
	Err        string // the "error" field
	Message    string // the "message" field (shortened)
	Text       string // the body when it was not JSON

	err error
}

func (e *APIError) Error() string {
	var b strings.Builder
	b.WriteString("OpenAlex API error")
	if e.HTTPStatus != 0 {
		fmt.Fprintf(&b, " (HTTP %d)", e.HTTPStatus)
	}
	var parts []string
	for _, s := range []string{e.Err, e.Message} {
		if s != "" {
			parts = append(parts, s)
		}
	}
	if len(parts) == 0 && e.Text != "" {
		parts = append(parts, fmt.Sprintf("%q", e.Text))
	}
	if len(parts) > 0 {
		b.WriteString(": " + strings.Join(parts, ": "))
	}
	return b.String()
}

func (e *APIError) Unwrap() error { return e.err }

// apiError turns a Fetcher error carrying an OpenAlex error body into an
// *APIError wrapping it; other errors are returned as they are.
func apiError(err error) error {
	var he *crawler.HTTPError
	if !errors.As(err, &he) {
		return err
	}
	body := bytes.TrimSpace([]byte(he.Body))
	ae := &APIError{HTTPStatus: he.Status, err: err}
	if len(body) > 0 && body[0] == '{' {
		var e errorResponse
		if json.Unmarshal(body, &e) == nil && (e.Error != "" || e.Message != "") {
			ae.Err, ae.Message = crawler.NormalizeSpace(e.Error), crawler.Snippet(e.Message)
			return ae
		}
	}
	if len(body) == 0 || crawler.IsHTMLPage(body) {
		return err
	}
	ae.Text = crawler.Snippet(string(body))
	return ae
}
