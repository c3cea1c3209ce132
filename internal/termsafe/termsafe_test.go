package termsafe

import (
	"bytes"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestTermText(t *testing.T) {
	cases := []struct {
		in, multi, line string
	}{
		{"plain title", "plain title", "plain title"},
		{"a\tb\nc", "a\tb\nc", "a b c"},
		{"x\x1b]0;evil\x07\x1b[2Jy", "xy", "xy"},
		{"x\x1b]0;evil\x1b\\y", "xy", "xy"},
		{"x\x1b]0;unterminated\nnext", "x\nnext", "x next"},
		{"x\x1b]0;t\x1b[31mred", "xred", "xred"},
		{"\x1b[1;31mred\x1b[0m", "red", "red"},
		{"reset\x1bc here", "reset here", "reset here"},
		{"charset\x1b(Bok", "charsetok", "charsetok"},
		{"c1 \u009b2J csi", "c1  csi", "c1  csi"},
		{"raw \x9b2J byte", "raw  byte", "raw  byte"},
		{"osc \u009d0;t\u009c end", "osc  end", "osc  end"},
		{"bell\a del\x7f nul\x00 cr\r\n", "bell del nul cr\n", "bell del nul cr  "},
		{"bidi \u202ecod.exe\u202c \u2066x\u2069", "bidi cod.exe x", "bidi cod.exe x"},
		{"sep\u2028para\u2029", "seppara", "sep para "},
		{"bad \xff\xfe utf8", "bad  utf8", "bad  utf8"},
		{"accents é ü 中文 — ok", "accents é ü 中文 — ok", "accents é ü 中文 — ok"},
		{"ends with esc\x1b", "ends with esc", "ends with esc"},
	}
	for _, c := range cases {
		if got := Text(c.in, true); got != c.multi {
			t.Errorf("Text(%q, multiline) = %q, want %q", c.in, got, c.multi)
		}
		if got := Line(c.in); got != c.line {
			t.Errorf("Line(%q) = %q, want %q", c.in, got, c.line)
		}
	}
}

// FuzzTermText: whatever comes in, nothing a terminal acts on comes out.
func FuzzTermText(f *testing.F) {
	for _, s := range []string{"\x1b]0;evil\x07\x1b[2J", "\u009b31m", "\x9b", "a\tb\n", "\u202e"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, multi := range []bool{true, false} {
			out := Text(s, multi)
			if !utf8.ValidString(out) {
				t.Fatalf("Text(%q) = %q is not UTF-8", s, out)
			}
			for _, r := range out {
				if r < 0x20 && !(multi && (r == '\n' || r == '\t')) || r >= 0x7f && r <= 0x9f || isBidi(r) {
					t.Fatalf("Text(%q, %v) = %q keeps %U", s, multi, out, r)
				}
			}
			if Text(out, multi) != out {
				t.Fatalf("Text is not idempotent on %q", s)
			}
		}
	})
}

// TestTermWriterSplitWrites: a sequence or a rune split across writes is
// handled as if written at once; an unfinished line comes out on Flush.
func TestTermWriterSplitWrites(t *testing.T) {
	var buf bytes.Buffer
	w := NewWriter(&buf)
	in := "title \x1b]0;ev" + "il\x07\x1b[" + "2J é" + "\n" + "second line ü\x1b"
	for i := 0; i < len(in); i += 3 {
		w.Write([]byte(in[i:min(i+3, len(in))]))
	}
	if got := buf.String(); got != "title  é\n" {
		t.Errorf("before Flush: %q", got)
	}
	w.Flush()
	if got := buf.String(); got != "title  é\nsecond line ü" {
		t.Errorf("after Flush: %q", got)
	}
	// A very long line without a newline is written in pieces without
	// splitting a rune.
	buf.Reset()
	long := strings.Repeat("é", maxLine)
	w.Write([]byte(long[:maxLine+1]))
	w.Write([]byte(long[maxLine+1:]))
	w.Flush()
	if buf.String() != long {
		t.Errorf("a long line came out damaged (%d bytes, want %d)", buf.Len(), len(long))
	}
}
