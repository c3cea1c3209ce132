package progress

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
	"time"
)

// TestOnlyOnATerminal: a buffer or a regular file gets no line; a
// character device does.
func TestOnlyOnATerminal(t *testing.T) {
	if New(&bytes.Buffer{}) != nil {
		t.Error("a line on a buffer")
	}
	f, err := os.Create(filepath.Join(t.TempDir(), "log"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if New(f) != nil {
		t.Error("a line on a regular file")
	}
	null, err := os.OpenFile(os.DevNull, os.O_WRONLY, 0)
	if err != nil {
		t.Skip(err)
	}
	defer null.Close()
	if New(null) == nil {
		t.Errorf("no line on %s, a character device", os.DevNull)
	}
}

func TestLineRedrawsAndEnds(t *testing.T) {
	var buf bytes.Buffer
	l := &Line{w: &buf, start: time.Now(), since: func(time.Time) time.Duration { return 2 * time.Second }}
	l.End()
	if buf.Len() != 0 {
		t.Fatalf("End before any update wrote %q", buf.String())
	}
	l.Update("pubmed", 10, 4)
	l.Update("pubmed", 200, 150)
	l.End()
	l.End()
	if want := "\r\033[Kpubmed: 10 records fetched, 4 new (5/s)\r\033[Kpubmed: 200 records fetched, 150 new (100/s)\n"; buf.String() != want {
		t.Errorf("drew %q, want %q", buf.String(), want)
	}
	var none *Line
	none.Update("pubmed", 1, 1) // no panic, nothing drawn
	none.End()
}
