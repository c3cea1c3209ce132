package crawler

import (
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"
)

// NormalizeSpace trims s and collapses every run of Unicode white space
// (including newlines, tabs, thin and no-break spaces) into one ASCII
// space.
func NormalizeSpace(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// snippetLen is how many bytes of a body Snippet keeps.
const snippetLen = 120

// Snippet is the start of s, a response body, to quote in an error: its
// white space normalised and cut to at most 120 bytes on a rune boundary,
// with "…" marking the cut.
func Snippet(s string) string {
	s = NormalizeSpace(s)
	if len(s) <= snippetLen {
		return s
	}
	cut := snippetLen
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	return s[:cut] + "…"
}

// IsHTMLPage reports whether b, a response body without leading white
// space, is an HTML page: it starts with an HTML doctype or <html>, or it
// starts with a tag and has a <body> tag within its first 512 bytes.
func IsHTMLPage(b []byte) bool {
	head := strings.ToLower(string(b[:min(len(b), 512)]))
	return strings.HasPrefix(head, "<!doctype html") || strings.HasPrefix(head, "<html") ||
		(strings.HasPrefix(head, "<") && strings.Contains(head, "<body"))
}

// NotJSON explains a response body from api (such as "Crossref") that is
// not JSON: an HTML page (see IsHTMLPage) or some other text.
func NotJSON(api string, b []byte) error {
	if IsHTMLPage(b) {
		return fmt.Errorf("got an HTML page instead of %s JSON: %q", api, Snippet(string(b)))
	}
	return fmt.Errorf("response is not JSON: %q", Snippet(string(b)))
}

// rawSnippetLen is how many bytes of a body RawSnippet keeps.
const rawSnippetLen = 80

// RawSnippet is the start of b, a response body, to quote in an error as
// it came: its first 80 bytes, without bytes that are not valid UTF-8,
// and "…" marking a cut. Unlike Snippet it keeps the white space.
func RawSnippet(b []byte) string {
	s := string(b)
	if len(s) > rawSnippetLen {
		return strings.ToValidUTF8(s[:rawSnippetLen], "") + "…"
	}
	return s
}

// ParseYear reads s (surrounding white space ignored) as a four-digit year
// from 1000 on; anything else is 0.
func ParseYear(s string) int {
	s = strings.TrimSpace(s)
	if len(s) != 4 {
		return 0
	}
	y, err := strconv.Atoi(s)
	if err != nil || y < 1000 {
		return 0
	}
	return y
}

// AppendUnique appends s to list unless s is empty or list holds it
// already, ignoring case.
func AppendUnique(list []string, s string) []string {
	if s == "" {
		return list
	}
	for _, x := range list {
		if strings.EqualFold(x, s) {
			return list
		}
	}
	return append(list, s)
}
