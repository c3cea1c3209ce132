package crawler

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/litwatch/litwatch/store"
)

func TestParseBaseURL(t *testing.T) {
	for _, tc := range []struct {
		raw, want, err string
	}{
		{"", "https://api.example.org/v2/", ""},
		{"http://127.0.0.1:8080", "http://127.0.0.1:8080/", ""},
		{"https://h/a b", "https://h/a%20b/", ""},
		{"https://h/x/", "https://h/x/", ""},
		{"h/x/", "", `src: Config.BaseURL "h/x/" is not an absolute http(s) URL`},
		{"ftp://h/", "", "not an absolute http(s) URL"},
		{"https://h/?q=1", "", "must not have a query, fragment or user info"},
		{"https://h/#f", "", "must not have a query, fragment or user info"},
		{"https://u:p@h/", "", "must not have a query, fragment or user info"},
		{"https://h/%zz", "", "src: Config.BaseURL: "},
	} {
		u, err := ParseBaseURL("src", tc.raw, "https://api.example.org/v2")
		switch {
		case tc.err != "":
			if err == nil || !strings.Contains(err.Error(), tc.err) {
				t.Errorf("ParseBaseURL(%q) = %v, %v; want an error containing %q", tc.raw, u, err, tc.err)
			}
		case err != nil || u.String() != tc.want:
			t.Errorf("ParseBaseURL(%q) = %v, %v; want %s", tc.raw, u, err, tc.want)
		case Endpoint(u, "search", "q=1") != tc.want+"search?q=1":
			t.Errorf("Endpoint(%s, search, q=1) = %s", u, Endpoint(u, "search", "q=1"))
		}
	}
}

func TestPageSize(t *testing.T) {
	for _, tc := range []struct{ n, want int }{{0, 25}, {1, 1}, {100, 100}, {-1, -1}, {101, -1}} {
		got, err := PageSize("src", "Rows", tc.n, 25, 100)
		if tc.want < 0 {
			if err == nil || err.Error() != fmt.Sprintf("src: Config.Rows %d is outside 1..100", tc.n) {
				t.Errorf("PageSize(%d) = %d, %v; want an error", tc.n, got, err)
			}
			continue
		}
		if err != nil || got != tc.want {
			t.Errorf("PageSize(%d) = %d, %v; want %d", tc.n, got, err, tc.want)
		}
	}
}

func TestCheckWindow(t *testing.T) {
	late := time.Date(2024, 3, 2, 23, 30, 0, 0, time.FixedZone("X", -2*3600)) // 2024-03-03 01:30 UTC
	from, to, err := CheckWindow("src", Window{From: time.Date(2024, 3, 1, 12, 0, 0, 0, time.UTC), To: late}, time.DateOnly)
	if err != nil || !from.Equal(time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC)) || !to.Equal(time.Date(2024, 3, 3, 0, 0, 0, 0, time.UTC)) ||
		from.Location() != time.UTC || to.Location() != time.UTC {
		t.Errorf("CheckWindow = %v, %v, %v", from, to, err)
	}
	day := time.Date(2024, 3, 2, 0, 0, 0, 0, time.UTC)
	if _, _, err := CheckWindow("src", Window{From: day}, time.DateOnly); err == nil || !strings.HasPrefix(err.Error(), "src: window ") {
		t.Errorf("window without To: %v", err)
	}
	_, _, err = CheckWindow("src", Window{From: day, To: day.AddDate(0, 0, -1)}, "2006/01/02")
	if err == nil || err.Error() != "src: window ends (2024/03/01) before it starts (2024/03/02)" {
		t.Errorf("reversed window: %v", err)
	}
}

func TestSeen(t *testing.T) {
	var s Seen
	if !s.Add("a") || s.Add("a") || !s.Add("b") || !s.Add("") || !s.Add("") {
		t.Fatal("Add")
	}
	if s.Len() != 2 || s.Dupes() != 1 {
		t.Errorf("Len %d Dupes %d, want 2 1", s.Len(), s.Dupes())
	}
	recs := []store.Record{{DOI: "a"}, {DOI: "c"}, {DOI: ""}, {DOI: "c"}}
	got := s.Filter(recs, func(r store.Record) string { return r.DOI })
	if len(got) != 2 || got[0].DOI != "c" || got[1].DOI != "" || s.Dupes() != 3 {
		t.Errorf("Filter = %+v, dupes %d", got, s.Dupes())
	}
}

func TestTextHelpers(t *testing.T) {
	if got := NormalizeSpace(" a\u00a0 b\n\tc\u2009 "); got != "a b c" {
		t.Errorf("NormalizeSpace = %q", got)
	}
	long := strings.Repeat("é", 100) // 200 bytes
	if got := Snippet(long); got != strings.Repeat("é", 60)+"…" {
		t.Errorf("Snippet = %q", got)
	}
	if got := Snippet("  short\n text "); got != "short text" {
		t.Errorf("Snippet = %q", got)
	}
	for b, want := range map[string]bool{
		"<!DOCTYPE html><p>x": true,
		"<HTML>":              true,
		"<div><body>":         true,
		"<error>x</error>":    false,
		"Resource not found.": false,
	} {
		if IsHTMLPage([]byte(b)) != want {
			t.Errorf("IsHTMLPage(%q) = %v", b, !want)
		}
	}
	if err := NotJSON("Crossref", []byte("<html><body>502</body></html>")); err == nil ||
		err.Error() != `got an HTML page instead of Crossref JSON: "<html><body>502</body></html>"` {
		t.Errorf("NotJSON(html) = %v", err)
	}
	if err := NotJSON("Crossref", []byte("Resource not found.")); err == nil || err.Error() != `response is not JSON: "Resource not found."` {
		t.Errorf("NotJSON(text) = %v", err)
	}
	if got := RawSnippet([]byte(strings.Repeat(" ", 79) + "é")); got != strings.Repeat(" ", 79)+"…" {
		t.Errorf("RawSnippet cut in a rune = %q", got)
	}
	if got := RawSnippet([]byte("<a>\n b")); got != "<a>\n b" {
		t.Errorf("RawSnippet(short) = %q", got)
	}
	for s, want := range map[string]int{"2024": 2024, " 1999\n": 1999, "999": 0, "0999": 0, "20245": 0, "20x4": 0, "": 0} {
		if got := ParseYear(s); got != want {
			t.Errorf("ParseYear(%q) = %d, want %d", s, got, want)
		}
	}
	var list []string
	for _, s := range []string{"Massage", "", "massage", "Oil"} {
		list = AppendUnique(list, s)
	}
	if strings.Join(list, "|") != "Massage|Oil" {
		t.Errorf("AppendUnique gave %q", list)
	}
}
