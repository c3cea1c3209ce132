package redact

import (
	"errors"
	"fmt"
	"io/fs"
	"strings"
	"testing"
)

func TestStringBytesAndForms(t *testing.T) {
	s := New("k3y/with+plus", "", "pw")
	in := "echo k3y/with+plus, k3y%2Fwith%2Bplus, k3y%2Fwith+plus, " + "azN5L3dpdGgrcGx1cw==" + " and pw"
	got := s.String(in)
	for _, leak := range []string{"k3y", "azN5", "pw"} {
		if strings.Contains(got, leak) {
			t.Errorf("String left %q in %q", leak, got)
		}
	}
	if n := strings.Count(got, Mark); n != 5 {
		t.Errorf("String(%q) = %q: %d marks, want 5", in, got, n)
	}
	if b := s.Bytes([]byte(in)); string(b) != got {
		t.Errorf("Bytes = %q, want %q", b, got)
	}
	clean := []byte("nothing to see")
	if b := s.Bytes(clean); &b[0] != &clean[0] {
		t.Error("Bytes copied a body that holds no secret")
	}
}

func TestQuotedForms(t *testing.T) {
	const pw = `pa"ss<é>`
	s := New(pw)
	for _, form := range []string{fmt.Sprintf("%q", pw), fmt.Sprintf("%+q", pw), `{"p":"pa\"ss\u003cé\u003e"}`} {
		if got := s.String(form); strings.Contains(got, "ss") {
			t.Errorf("String(%s) = %s", form, got)
		}
	}
}

func TestLongestFirst(t *testing.T) {
	s := New("abc", "abcdef")
	if got := s.String("x abcdef y"); got != "x REDACTED y" {
		t.Errorf("got %q: the longer secret must be replaced whole", got)
	}
}

func TestEmpty(t *testing.T) {
	var zero Secrets
	if !zero.Empty() || !New("", "").Empty() || New("x").Empty() {
		t.Fatal("Empty is wrong")
	}
	if got := zero.String("abc"); got != "abc" {
		t.Errorf("the zero Secrets changed text: %q", got)
	}
}

func TestErrorKeepsTheChain(t *testing.T) {
	s := New("hunter2")
	base := fmt.Errorf("server said: bad password hunter2: %w", fs.ErrPermission)
	err := s.Error(base)
	if strings.Contains(err.Error(), "hunter2") || !strings.Contains(err.Error(), "bad password REDACTED") {
		t.Fatalf("Error() = %q", err)
	}
	if !errors.Is(err, fs.ErrPermission) {
		t.Error("the redacted error does not wrap the original")
	}
	wrapped := fmt.Errorf("send: %w", err)
	if strings.Contains(wrapped.Error(), "hunter2") {
		t.Errorf("wrapping brought the secret back: %q", wrapped)
	}
	plain := errors.New("no secret here")
	if s.Error(plain) != plain {
		t.Error("an error without a secret should be returned as it is")
	}
	if s.Error(nil) != nil {
		t.Error("Error(nil) != nil")
	}
}

func TestWithAndMerge(t *testing.T) {
	s := New("a1b2c3").With("\x00login\x00pw", "")
	// base64 of "\x00login\x00pw", as AUTH PLAIN sends it.
	if got := s.String("a1b2c3 AGxvZ2luAHB3"); got != "REDACTED REDACTED" {
		t.Errorf("got %q", got)
	}
	m := New("one-secret").Merge(New("two-secret"))
	if got := m.String("one-secret two-secret"); got != "REDACTED REDACTED" {
		t.Errorf("merged: got %q", got)
	}
}
