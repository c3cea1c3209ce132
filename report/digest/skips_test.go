package digest

import (
	"encoding/json"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/litwatch/litwatch/store"
)

// TestSkippedRecordsAreShown: what a source skipped is in the JSON
// digest's sources entries (added fields) and in every rendering.
func TestSkippedRecordsAreShown(t *testing.T) {
	day := time.Date(2026, 11, 30, 0, 0, 0, 0, time.UTC)
	d := Build(Input{GeneratedAt: day, From: day, To: day, Sources: []store.SourceResult{
		{Name: "europepmc", From: day, To: day, Fetched: 10, New: 6, Skipped: 4,
			SkipReasons: map[string]int{store.SkipNoID: 3, "no title\x1b\x07": 1}},
		{Name: "pubmed", From: day, To: day, Fetched: 5, New: 5},
	}})
	b, err := d.JSON()
	if err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Sources []map[string]json.RawMessage `json:"sources"`
	}
	if err := json.Unmarshal(b, &doc); err != nil {
		t.Fatal(err)
	}
	if len(doc.Sources) != 2 {
		t.Fatalf("sources: %s", b)
	}
	for _, k := range []string{"name", "from", "to", "fetched", "new", "errors", "skipped", "skip_reasons"} {
		if _, ok := doc.Sources[1][k]; !ok {
			t.Errorf("sources entry lacks %q: %s", k, b)
		}
	}
	var reasons []SkipReason
	json.Unmarshal(doc.Sources[0]["skip_reasons"], &reasons)
	if string(doc.Sources[0]["skipped"]) != "4" ||
		!reflect.DeepEqual(reasons, []SkipReason{{Reason: store.SkipNoID, Count: 3}, {Reason: "no title\x1b\x07", Count: 1}}) {
		t.Errorf("europepmc entry: skipped %s, reasons %s", doc.Sources[0]["skipped"], doc.Sources[0]["skip_reasons"])
	}
	if string(doc.Sources[1]["skipped"]) != "0" || string(doc.Sources[1]["skip_reasons"]) != "[]" {
		t.Errorf("pubmed entry: skipped %s, reasons %s", doc.Sources[1]["skipped"], doc.Sources[1]["skip_reasons"])
	}

	want := "europepmc: 4 records not stored: 3 with " + store.SkipNoID + "; 1 with no title."
	for _, f := range []string{"md", "html", "text"} {
		out := render(t, d, f)
		flat := strings.Join(strings.Fields(out), " ")
		if !strings.Contains(flat, want) {
			t.Errorf("%s digest does not say what was skipped; want %q in:\n%s", f, want, out)
		}
		if strings.Contains(out, "\x1b") {
			t.Errorf("%s digest prints a control character from a skip reason", f)
		}
		if strings.Contains(flat, "pubmed: 0 records") || strings.Contains(flat, "pubmed: 0 record") {
			t.Errorf("%s digest reports skips for a source that skipped none", f)
		}
	}
	if md := render(t, d, "md"); !strings.Contains(md, "| europepmc | 2026-11-30 | 10 | 6 | 4 | none |") {
		t.Errorf("markdown sources table lacks the skipped count:\n%s", md)
	}
}

// TestParseOlderDigestWithoutSkips: a digest stored before the fields
// existed parses with no skips and an empty, non-null list.
func TestParseOlderDigestWithoutSkips(t *testing.T) {
	d, err := Parse([]byte(`{"generated_at":"2026-11-30T06:00:00Z","sources":[{"name":"pubmed","fetched":1,"new":1,"errors":[]}]}`))
	if err != nil {
		t.Fatal(err)
	}
	if s := d.Sources[0]; s.Skipped != 0 || s.SkipReasons == nil || len(s.SkipReasons) != 0 {
		t.Errorf("parsed source %+v", s)
	}
	// A parsed digest with skips reads back the same.
	in := &Doc{GeneratedAt: time.Date(2026, 11, 30, 6, 0, 0, 0, time.UTC), Sources: []Source{{Name: "x", Errors: []string{}, Skipped: 2,
		SkipReasons: []SkipReason{{Reason: "no title", Count: 2}}}}}
	b, err := in.JSON()
	if err != nil {
		t.Fatal(err)
	}
	out, err := Parse(b)
	if err != nil || !reflect.DeepEqual(out.Sources, in.Sources) {
		t.Errorf("round trip: %+v %v", out.Sources, err)
	}
}

func TestRecordURLOfSourceIDs(t *testing.T) {
	for _, c := range []struct {
		r    store.Record
		want string
	}{
		{store.Record{ID: 1, PPR: "PPR123456", OpenAlex: "W1"}, "https://europepmc.org/article/PPR/PPR123456"},
		{store.Record{ID: 2, OpenAlex: "W2741809807"}, "https://openalex.org/W2741809807"},
		{store.Record{ID: 3, DOI: "10.1/x", PPR: "PPR1", OpenAlex: "W1"}, "https://doi.org/10.1/x"},
		{store.Record{ID: 4}, ""},
	} {
		d := Build(Input{GeneratedAt: time.Now(), Records: []store.Record{c.r}})
		if got := d.Records[0]; got.URL != c.want || got.PPR != c.r.PPR || got.OpenAlex != c.r.OpenAlex {
			t.Errorf("record %+v: URL %q ppr %q openalex %q; want URL %q", c.r, got.URL, got.PPR, got.OpenAlex, c.want)
		}
	}
}
