package digest

import (
	"strings"
	"testing"

	"github.com/litwatch/litwatch/store"
)

// TestNotesAreNotFailures: a note (the claims' basis not watched, say) is
// said after the sources in every format and kept in the JSON digest, but
// it is neither a source nor an error: no warning, and no effect on
// whether every source failed. A digest without notes has no "notes" key.
func TestNotesAreNotFailures(t *testing.T) {
	in := Input{GeneratedAt: day("2026-11-30"), From: day("2026-11-23"), To: day("2026-11-29"),
		Sources: []store.SourceResult{{Name: "pubmed", Fetched: 3}},
		Notes:   []string{"the claims' basis was not watched <b>\x07(crossref-basis)"}}
	d := Build(in)
	if len(d.Sources) != 1 || d.AllSourcesFailed() {
		t.Fatalf("sources = %+v, all failed = %v", d.Sources, d.AllSourcesFailed())
	}
	v := newView(d)
	if len(v.Warnings) != 0 || v.Headline != "Nothing that changes your claims this week" {
		t.Errorf("a note made a warning or changed the headline: %q %q", v.Warnings, v.Headline)
	}
	for format, want := range map[string]string{
		"md":   "Note: the claims' basis was not watched \\<b\\>(crossref-basis)",
		"text": "Note: the claims' basis was not watched <b>(crossref-basis)",
		"html": `<p class="note">Note: the claims&#39; basis was not watched &lt;b&gt;(crossref-basis)</p>`,
	} {
		out := render(t, d, format)
		if !strings.Contains(out, want) {
			t.Errorf("%s digest lacks %q:\n%s", format, want, out)
		}
		if i, j := strings.Index(out, "pubmed"), strings.Index(out, "Note: "); i < 0 || j < i {
			t.Errorf("%s digest: the note is not after the sources", format)
		}
	}
	body, err := d.JSON()
	if err != nil {
		t.Fatal(err)
	}
	back, err := Parse(body)
	if err != nil || len(back.Notes) != 1 || back.Notes[0] != in.Notes[0] {
		t.Errorf("notes after a JSON round trip: %q %v", back.Notes, err)
	}
	// Every source failing is still that, whatever the notes say.
	in.Sources[0].Errors = []string{"HTTP 503"}
	if !Build(in).AllSourcesFailed() {
		t.Error("AllSourcesFailed = false with the only source failing and a note")
	}
	in.Notes = nil
	if body, _ := Build(in).JSON(); strings.Contains(string(body), `"notes"`) {
		t.Errorf("a digest without notes has a notes key:\n%s", body)
	}
}
