// Package termsafe makes untrusted text safe to print on a terminal.
//
// Text from servers (titles, abstracts, error messages) is untrusted: an
// escape sequence in it could clear the screen, retitle the window, or
// print a fake line when litwatch shows it on a terminal. Everything
// litwatch prints goes through Text: the command wraps stdout and stderr
// in a Writer (which keeps line breaks and tabs, the layout of reports
// and exports), and single-line fields (a title in a table, a source's
// error in `status`) are passed through Line so that they cannot start a
// line of their own.
package termsafe

import (
	"bytes"
	"io"
	"strings"
	"sync"
	"unicode/utf8"
)

// Text returns s without what a terminal would interpret rather than
// show: escape sequences (CSI, OSC, DCS, SOS, PM, APC, and two-character
// ESC sequences), whether introduced by ESC or by their C1 code; every
// other C0 and C1 control character and DEL; bidirectional formatting
// characters (which can make text read differently from what it is); and
// bytes that are not UTF-8. With multiline, tab and newline are kept;
// without, they (and carriage returns, line and paragraph separators)
// become spaces.
func Text(s string, multiline bool) string {
	if clean(s, multiline) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			// Not UTF-8: dropped. A lone byte 0x80–0x9F is what an 8-bit
			// terminal reads as a C1 control, so the sequence it would
			// introduce goes too.
			c := s[i]
			i++
			switch c {
			case 0x9b:
				i = skipCSI(s, i)
			case 0x9d, 0x90, 0x98, 0x9e, 0x9f:
				i = skipString(s, i)
			}
			continue
		}
		i += size
		switch {
		case r == 0x1b:
			if i >= len(s) {
				continue
			}
			switch c := s[i]; {
			case c == '[':
				i = skipCSI(s, i+1)
			case c == ']' || c == 'P' || c == 'X' || c == '^' || c == '_':
				i = skipString(s, i+1)
			default:
				// ESC, intermediates 0x20–0x2F, one final byte 0x30–0x7E.
				for i < len(s) && s[i] >= 0x20 && s[i] <= 0x2f {
					i++
				}
				if i < len(s) && s[i] >= 0x30 && s[i] <= 0x7e {
					i++
				}
			}
		case r == 0x9b: // CSI
			i = skipCSI(s, i)
		case r == 0x9d || r == 0x90 || r == 0x98 || r == 0x9e || r == 0x9f: // OSC, DCS, SOS, PM, APC
			i = skipString(s, i)
		case r == '\n' || r == '\t':
			if multiline {
				b.WriteRune(r)
			} else {
				b.WriteByte(' ')
			}
		case r == '\r' || r == 0x2028 || r == 0x2029:
			if !multiline {
				b.WriteByte(' ')
			}
		case r < 0x20 || (r >= 0x7f && r <= 0x9f) || isBidi(r):
			// dropped
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// Line is Text for a field shown on one line.
func Line(s string) string { return Text(s, false) }

// clean reports whether s needs no change (the common case, checked
// without allocating).
func clean(s string, multiline bool) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < 0x20 && !(multiline && (c == '\n' || c == '\t')) || c == 0x7f {
			return false
		}
		if c >= 0x80 {
			for _, r := range s[i:] {
				if r == utf8.RuneError || (r >= 0x80 && r <= 0x9f) || isBidi(r) || r == 0x2028 || r == 0x2029 ||
					r < 0x20 && !(multiline && (r == '\n' || r == '\t')) || r == 0x7f {
					return false
				}
			}
			return true
		}
	}
	return true
}

// skipCSI skips a control sequence's parameter bytes (0x30–0x3F),
// intermediate bytes (0x20–0x2F) and final byte (0x40–0x7E), starting
// after its introducer; it stops early at anything else.
func skipCSI(s string, i int) int {
	for i < len(s) && s[i] >= 0x30 && s[i] <= 0x3f {
		i++
	}
	for i < len(s) && s[i] >= 0x20 && s[i] <= 0x2f {
		i++
	}
	if i < len(s) && s[i] >= 0x40 && s[i] <= 0x7e {
		i++
	}
	return i
}

// skipString skips a control string (OSC, DCS, ...) up to and including
// its terminator: BEL, ESC \ or the C1 ST. It stops before a newline or
// another ESC, so an unterminated string swallows at most the rest of its
// line, and a sequence after it is recognised.
func skipString(s string, i int) int {
	for i < len(s) {
		switch {
		case s[i] == 0x07:
			return i + 1
		case s[i] == 0x1b && i+1 < len(s) && s[i+1] == '\\':
			return i + 2
		case s[i] == 0x1b:
			return i
		case strings.HasPrefix(s[i:], "\u009c"):
			return i + len("\u009c")
		case s[i] == 0x9c:
			return i + 1
		case s[i] == '\n':
			return i
		}
		i++
	}
	return i
}

// isBidi reports whether r is a bidirectional formatting character.
func isBidi(r rune) bool {
	return r == 0x061c || r == 0x200e || r == 0x200f ||
		(r >= 0x202a && r <= 0x202e) || (r >= 0x2066 && r <= 0x2069)
}

// Writer passes what is written through Text, a line at a time
// (an escape sequence split across two writes is still recognised). It is
// safe for concurrent use; Flush writes a last unfinished line.
type Writer struct {
	mu  sync.Mutex
	w   io.Writer
	buf []byte
}

// maxLine is how much of a line without a newline Writer holds
// before it writes it anyway.
const maxLine = 64 << 10

// NewWriter returns a Writer printing to w.
func NewWriter(w io.Writer) *Writer { return &Writer{w: w} }

func (t *Writer) Write(p []byte) (int, error) {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.buf = append(t.buf, p...)
	cut := bytes.LastIndexByte(t.buf, '\n') + 1
	if cut == 0 && len(t.buf) > maxLine {
		// Keep back an unfinished rune, and so never split one.
		cut = len(t.buf)
		for back := 1; back <= utf8.UTFMax && back <= len(t.buf); back++ {
			if utf8.RuneStart(t.buf[len(t.buf)-back]) {
				if !utf8.FullRune(t.buf[len(t.buf)-back:]) {
					cut = len(t.buf) - back
				}
				break
			}
		}
	}
	if cut == 0 {
		return len(p), nil
	}
	_, err := io.WriteString(t.w, Text(string(t.buf[:cut]), true))
	t.buf = append(t.buf[:0], t.buf[cut:]...)
	if err != nil {
		return 0, err
	}
	return len(p), nil
}

// Flush writes what is left of an unfinished line.
func (t *Writer) Flush() error {
	t.mu.Lock()
	defer t.mu.Unlock()
	if len(t.buf) == 0 {
		return nil
	}
	_, err := io.WriteString(t.w, Text(string(t.buf), true))
	t.buf = t.buf[:0]
	return err
}
