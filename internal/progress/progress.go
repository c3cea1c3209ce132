// Package progress keeps one status line up to date on a terminal while
// the sources deliver (a first back-fill takes minutes), and draws nothing
// when the output is not a terminal (a log file, a pipe, a test).
package progress

import (
	"fmt"
	"io"
	"os"
	"time"
)

// Line is a progress line. A nil *Line draws nothing.
type Line struct {
	w     io.Writer
	start time.Time
	since func(time.Time) time.Duration
	shown bool
}

// New returns a line drawn on w when w is a terminal, else nil.
func New(w io.Writer) *Line {
	f, ok := w.(*os.File)
	if !ok {
		return nil
	}
	if fi, err := f.Stat(); err != nil || fi.Mode()&os.ModeCharDevice == 0 {
		return nil
	}
	return &Line{w: f, start: time.Now(), since: time.Since}
}

// Update redraws the line with a source's running counts, as
// crawler.Options.Progress is called.
func (l *Line) Update(source string, fetched, new int) {
	if l == nil {
		return
	}
	rate := float64(fetched) / max(l.since(l.start).Seconds(), 0.001)
	fmt.Fprintf(l.w, "\r\033[K%s: %d records fetched, %d new (%.0f/s)", source, fetched, new, rate)
	l.shown = true
}

// File redraws the line with a file's progress: bytes read of its size
// (0 if unknown), records read and new.
func (l *Line) File(name string, read, size int64, records, new int) {
	if l == nil {
		return
	}
	pct := ""
	if size > 0 {
		pct = fmt.Sprintf(" %3.0f%%", 100*float64(min(read, size))/float64(size))
	}
	rate := float64(records) / max(l.since(l.start).Seconds(), 0.001)
	fmt.Fprintf(l.w, "\r\033[K%s:%s %d records read, %d new (%.0f/s)", name, pct, records, new, rate)
	l.shown = true
}

// End ends the line, if one was drawn, so that what follows starts on a
// line of its own.
func (l *Line) End() {
	if l != nil && l.shown {
		fmt.Fprintln(l.w)
		l.shown = false
	}
}
