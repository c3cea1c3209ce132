package importer

import (
	"bufio"
	"bytes"

	"fmt"
	"io"
	"strings"

	"github.com/litwatch/litwatch/crawler"
)

// taggedField is one field of a tagged-line record: MEDLINE's "TI  - text"
// or RIS's "TI  - text", with its continuation lines joined.
type taggedField struct {
	tag, value string
}

// taggedReader reads the records of a tagged-line file (MEDLINE/nbib or
// RIS), one at a time, holding one record in memory.
type taggedReader struct {
	sc   *bufio.Scanner
	line int
	// tagOf returns the tag and value of a line that starts a field, or
	// false for a continuation line.
	tagOf func(line string) (tag, value string, ok bool)
	// ends reports whether a field ends its record (RIS's ER).
	ends func(tag string) bool
	// starts reports whether a field starts a record (MEDLINE's PMID,
	// RIS's TY): a record ends before it even without a blank line.
	starts func(tag string) bool
	// blankEnds: a blank line ends a record (MEDLINE).
	blankEnds bool
	pending   *taggedField
}

// maxLine caps one line (an abstract is one line in most exports).
const maxLine = 4 << 20

func newTaggedReader(r io.Reader) *taggedReader {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64<<10), maxLine)
	return &taggedReader{sc: sc}
}

// next returns the fields of the next record and the line it starts on;
// io.EOF when there is none.
func (t *taggedReader) next() ([]taggedField, int, error) {
	var (
		fields []taggedField
		start  int
	)
	if t.pending != nil {
		fields = append(fields, *t.pending)
		start = t.line
		t.pending = nil
	}
	for t.sc.Scan() {
		t.line++
		raw := t.sc.Text()
		if t.line == 1 {
			raw = strings.TrimPrefix(raw, "\ufeff")
		}
		line := strings.TrimRight(raw, " \t\r")
		if strings.TrimSpace(line) == "" {
			if t.blankEnds && len(fields) > 0 {
				return fields, start, nil
			}
			continue
		}
		tag, value, ok := t.tagOf(line)
		if !ok {
			if len(fields) == 0 {
				return nil, t.line, fmt.Errorf("line %d: %q is not a field (want a tag such as %q)", t.line, snippet(line), "TI  - ")
			}
			fields[len(fields)-1].value += " " + strings.TrimSpace(line)
			continue
		}
		f := taggedField{tag: tag, value: strings.TrimSpace(value)}
		if t.starts(tag) && len(fields) > 0 {
			t.pending = &f
			return fields, start, nil
		}
		if len(fields) == 0 {
			start = t.line
		}
		fields = append(fields, f)
		if t.ends != nil && t.ends(tag) {
			return fields, start, nil
		}
	}
	if err := t.sc.Err(); err != nil {
		if err == bufio.ErrTooLong {
			return nil, t.line, fmt.Errorf("line %d is longer than %d MiB", t.line+1, maxLine>>20)
		}
		return nil, t.line, err
	}
	if len(fields) > 0 {
		return fields, start, nil
	}
	return nil, t.line, io.EOF
}

func snippet(s string) string {
	if len(s) > 60 {
		return s[:60] + "…"
	}
	return s
}

// hasTagLine reports whether head has a line that starts with tag.
func hasTagLine(head []byte, tag string) bool {
	for line := range bytes.Lines(head) {
		if bytes.HasPrefix(bytes.TrimPrefix(line, []byte("\ufeff")), []byte(tag)) {
			return true
		}
	}
	return false
}

// leadingYear reads the year a date field starts with ("2020 Mar 15",
// "2016///", "2016/02/01"), or 0.
func leadingYear(s string) int {
	s = strings.TrimSpace(s)
	if len(s) < 4 {
		return 0
	}
	if len(s) > 4 && s[4] >= '0' && s[4] <= '9' {
		return 0
	}
	return crawler.ParseYear(s[:4])
}
