package digest

import (
	"bytes"
	"encoding/json"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/litwatch/litwatch/store"
)

func recordIDs(d *Doc) []int64 {
	var ids []int64
	for _, r := range d.Records {
		ids = append(ids, r.ID)
	}
	return ids
}

func findRecord(t *testing.T, d *Doc, id int64) Record {
	t.Helper()
	for _, r := range d.Records {
		if r.ID == id {
			return r
		}
	}
	t.Fatalf("record %d not in digest", id)
	return Record{}
}

func TestBuildOrder(t *testing.T) {
	d := Build(sampleInput())
	// flagged (year desc, id), relevant, the rest.
	want := []int64{101, 105, 102, 103, 104, 107, 109, 108}
	if got := recordIDs(d); !slices.Equal(got, want) {
		t.Errorf("record order = %v, want %v", got, want)
	}
	if got, want := counts(d.Summary), (Summary{New: 8, Flagged: 3, Relevant: 2, Other: 3}); !reflect.DeepEqual(got, want) {
		t.Errorf("summary = %+v, want %+v", got, want)
	}
	if got := d.FlaggedCount(); got != 3 {
		t.Errorf("FlaggedCount = %d, want 3", got)
	}
}

func TestBuildOrderTable(t *testing.T) {
	flag := []store.Assessment{{Claim: "A", Relevant: true, Flagged: true}}
	rel := []store.Assessment{{Claim: "A", Relevant: true}}
	tests := []struct {
		name    string
		records []store.Record
		as      map[int64][]store.Assessment
		want    []int64
	}{
		{
			name:    "year desc then id within a section",
			records: []store.Record{{ID: 3, Year: 2020}, {ID: 1, Year: 2024}, {ID: 2, Year: 2024}, {ID: 4}},
			want:    []int64{1, 2, 3, 4},
		},
		{
			name:    "flagged before relevant before the rest, whatever the year",
			records: []store.Record{{ID: 1, Year: 2026}, {ID: 2, Year: 2001}, {ID: 3, Year: 1999}},
			as:      map[int64][]store.Assessment{2: rel, 3: flag},
			want:    []int64{3, 2, 1},
		},
		{
			name:    "a record given twice is listed once",
			records: []store.Record{{ID: 5, Year: 2020}, {ID: 5, Year: 2020}, {ID: 6, Year: 2020}},
			want:    []int64{5, 6},
		},
		{
			name:    "not relevant assessments do not make a record relevant",
			records: []store.Record{{ID: 1, Year: 2026}, {ID: 2, Year: 2020}},
			as:      map[int64][]store.Assessment{1: {{Claim: "A", Relevant: false}}, 2: rel},
			want:    []int64{2, 1},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := Build(Input{GeneratedAt: day("2026-01-05"), Records: tt.records, Assessments: tt.as})
			if got := recordIDs(d); !slices.Equal(got, tt.want) {
				t.Errorf("order = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestBuildRecord(t *testing.T) {
	in := sampleInput()
	d := Build(in)

	r := findRecord(t, d, 105)
	if !r.Flagged || !r.Relevant {
		t.Errorf("105 flagged=%v relevant=%v, want both true", r.Flagged, r.Relevant)
	}
	// Assessments follow the claims' display order, not the input order.
	var claims []string
	for _, a := range r.Assessments {
		claims = append(claims, a.Claim)
	}
	if !slices.Equal(claims, []string{"C1", "C3"}) {
		t.Errorf("105 assessment claims = %v, want [C1 C3]", claims)
	}

	r = findRecord(t, d, 108)
	if r.Relevant || r.Flagged || len(r.Assessments) != 0 {
		t.Errorf("108: not-relevant assessment kept: %+v", r)
	}
	if r.Design != "cross-sectional study" {
		t.Errorf("108 design = %q, want it from the assessment", r.Design)
	}
	if r.Assessments == nil {
		t.Error("108 assessments nil, want empty")
	}

	r = findRecord(t, d, 101)
	if r.URL != "https://pubmed.ncbi.nlm.nih.gov/40000101/" {
		t.Errorf("101 url = %q", r.URL)
	}
	if r.Design != "randomised controlled trial" || r.PMCID != "PMC12345678" || len(r.Authors) != 3 {
		t.Errorf("101 = %+v", r)
	}
	a := r.Assessments[0]
	if a.N != 9870 || a.Level != "high" || len(a.Evidence) != 1 || len(a.Reasons) != 3 {
		t.Errorf("101 assessment = %+v", a)
	}

	if got := d.GeneratedAt; !got.Equal(time.Date(2026, 11, 30, 5, 0, 12, 0, time.UTC)) || got.Location() != time.UTC {
		t.Errorf("generated_at = %v, want 2026-11-30T05:00:12Z", got)
	}
	if d.Window.From.String() != "2026-11-23" || d.Window.To.String() != "2026-11-29" {
		t.Errorf("window = %v..%v", d.Window.From, d.Window.To)
	}

	// Build must not modify its input.
	if !reflect.DeepEqual(in, sampleInput()) {
		t.Error("Build modified its input")
	}
}

func TestRecordURL(t *testing.T) {
	tests := []struct {
		r    Record
		want string
	}{
		{Record{PMID: "123", DOI: "10.1/x", NCT: "NCT01"}, "https://pubmed.ncbi.nlm.nih.gov/123/"},
		{Record{DOI: "10.1016/s0140-6736(26)01234-5", NCT: "NCT01"}, "https://doi.org/10.1016/s0140-6736%2826%2901234-5"},
		{Record{DOI: "10.1002/(sici)1097-0258(19980515)17:9<1001::aid-sim>3.0.co;2-#"}, "https://doi.org/10.1002/%28sici%291097-0258%2819980515%2917%3A9%3C1001%3A%3Aaid-sim%3E3.0.co%3B2-%23"},
		{Record{NCT: "NCT07012345"}, "https://clinicaltrials.gov/study/NCT07012345"},
		{Record{Title: "no identifiers"}, ""},
	}
	for _, tt := range tests {
		if got := RecordURL(tt.r); got != tt.want {
			t.Errorf("RecordURL(%+v) = %q, want %q", tt.r, got, tt.want)
		}
	}
}

func TestJSONRoundTrip(t *testing.T) {
	d := Build(sampleInput())
	data, err := d.JSON()
	if err != nil {
		t.Fatal(err)
	}
	back, err := Parse(data)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(d, back) {
		t.Errorf("Parse(JSON) differs from the built digest:\nbuilt  %+v\nparsed %+v", d, back)
	}
	again, err := back.JSON()
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(data, again) {
		t.Errorf("JSON not stable through Parse:\n%s\n---\n%s", data, again)
	}
}

// TestJSONContract checks the field names other tools rely on, by decoding
// into generic maps rather than the package's own types.
func TestJSONContract(t *testing.T) {
	in := sampleInput()
	in.Records = append(in.Records, store.Record{ID: 200, Title: "bare"}) // no identifiers, no assessments
	data, err := Build(in).JSON()
	if err != nil {
		t.Fatal(err)
	}
	var top map[string]any
	if err := json.Unmarshal(data, &top); err != nil {
		t.Fatal(err)
	}
	hasKeys := func(where string, m map[string]any, keys ...string) {
		t.Helper()
		for _, k := range keys {
			if _, ok := m[k]; !ok {
				t.Errorf("%s: key %q missing", where, k)
			}
		}
	}
	hasKeys("top", top, "generated_at", "window", "sources", "records", "claims", "basis_alerts", "summary", "open_flags")
	if _, ok := top["open_flags"].([]any); !ok {
		t.Errorf("open_flags = %#v, want a list ([] not null)", top["open_flags"])
	}

	if gen, _ := top["generated_at"].(string); gen != "2026-11-30T05:00:12Z" {
		t.Errorf("generated_at = %q, want RFC 3339 UTC 2026-11-30T05:00:12Z", gen)
	}
	dateRE := regexp.MustCompile(`^\d{4}-\d{2}-\d{2}$`)
	win := top["window"].(map[string]any)
	hasKeys("window", win, "from", "to")
	for _, k := range []string{"from", "to"} {
		if s, _ := win[k].(string); !dateRE.MatchString(s) {
			t.Errorf("window.%s = %v, want YYYY-MM-DD", k, win[k])
		}
	}
	hasKeys("summary", top["summary"].(map[string]any), "new", "flagged", "relevant", "other")

	sources := top["sources"].([]any)
	if len(sources) != 3 {
		t.Fatalf("%d sources, want 3", len(sources))
	}
	for _, s := range sources {
		m := s.(map[string]any)
		hasKeys("source", m, "name", "fetched", "new", "errors")
		if _, ok := m["errors"].([]any); !ok {
			t.Errorf("source %v: errors = %#v, want a list ([] not null)", m["name"], m["errors"])
		}
	}

	records := top["records"].([]any)
	if len(records) != 9 {
		t.Fatalf("%d records, want 9 (every new record)", len(records))
	}
	for _, r := range records {
		m := r.(map[string]any)
		hasKeys("record", m, "id", "pmid", "doi", "nct", "title", "year", "journal", "design", "flagged", "assessments")
		as, ok := m["assessments"].([]any)
		if !ok {
			t.Errorf("record %v: assessments = %#v, want a list", m["id"], m["assessments"])
		}
		anyFlagged := false
		for _, a := range as {
			am := a.(map[string]any)
			hasKeys("assessment", am, "claim", "direction", "signal", "reasons")
			if _, ok := am["reasons"].([]any); !ok {
				t.Errorf("record %v: reasons = %#v, want a list", m["id"], am["reasons"])
			}
			anyFlagged = anyFlagged || am["flagged"] == true
		}
		if m["flagged"] != anyFlagged {
			t.Errorf("record %v: flagged = %v but assessments flagged = %v", m["id"], m["flagged"], anyFlagged)
		}
	}
	claims := top["claims"].([]any)
	hasKeys("claim", claims[0].(map[string]any), "id", "statement", "verdict", "as_of")
	hasKeys("basis alert", top["basis_alerts"].([]any)[0].(map[string]any), "claim", "message", "link")

	in.Open = sampleOpen()
	data, err = Build(in).JSON()
	if err != nil {
		t.Fatal(err)
	}
	top = nil
	if err := json.Unmarshal(data, &top); err != nil {
		t.Fatal(err)
	}
	hasKeys("open flag", top["open_flags"].([]any)[0].(map[string]any), "record_id", "claim", "title", "year", "url", "signal", "since")
}

func TestJSONEmpty(t *testing.T) {
	data, err := Build(Input{GeneratedAt: day("2026-11-30")}).JSON()
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`"sources": []`, `"records": []`, `"claims": []`, `"basis_alerts": []`, `"open_flags": []`, `"from": ""`} {
		if !bytes.Contains(data, []byte(want)) {
			t.Errorf("empty digest JSON lacks %s:\n%s", want, data)
		}
	}
	if bytes.Contains(data, []byte("null")) {
		t.Errorf("empty digest JSON has a null:\n%s", data)
	}
}

func TestParseForeign(t *testing.T) {
	// Only the contract's fields, as another tool might write them.
	data := []byte(`{
	  "generated_at": "2026-12-07T08:30:00+01:00",
	  "window": {"from": "2026-11-30", "to": "2026-12-06"},
	  "sources": [{"name": "pubmed", "fetched": 3, "new": 2, "errors": null}],
	  "records": [
	    {"id": 1, "pmid": "1", "doi": "", "nct": "", "title": "T1", "year": 2026, "journal": "J", "design": "rct",
	     "assessments": [{"claim": "X", "direction": "harm", "signal": "contradicts", "flagged": true, "reasons": ["r"]}]},
	    {"id": 2, "pmid": "", "doi": "10.1/two", "nct": "", "title": "T2", "year": 2025, "journal": "J", "design": "",
	     "flagged": false, "assessments": []}
	  ]
	}`)
	d, err := Parse(data)
	if err != nil {
		t.Fatal(err)
	}
	if d.GeneratedAt.Location() != time.UTC || d.GeneratedAt.Hour() != 7 {
		t.Errorf("generated_at = %v, want 07:30 UTC", d.GeneratedAt)
	}
	if d.Sources[0].Errors == nil || d.Claims == nil || d.BasisAlerts == nil || d.OpenFlags == nil {
		t.Error("Parse left nil lists")
	}
	r := d.Records[0]
	if !r.Flagged || !r.Relevant || r.Assessments[0].Evidence == nil {
		t.Errorf("record 1 = %+v, want flagged and relevant derived from assessments", r)
	}
	if d.FlaggedCount() != 1 {
		t.Errorf("FlaggedCount = %d, want 1", d.FlaggedCount())
	}
	var buf bytes.Buffer
	for _, f := range Formats() {
		buf.Reset()
		if err := Render(&buf, d, f); err != nil {
			t.Errorf("Render %s: %v", f, err)
		}
	}
	if err := Render(&buf, d, "text"); err != nil || !strings.Contains(buf.String(), "https://pubmed.ncbi.nlm.nih.gov/1/") {
		t.Errorf("text render of a parsed digest lacks the record link made from its PMID:\n%s", buf.String())
	}
}

func TestParseErrors(t *testing.T) {
	for _, data := range []string{``, `{`, `[]`, `{"window":{"from":"30/11/2026"}}`, `{"records":[]}`} {
		if _, err := Parse([]byte(data)); err == nil {
			t.Errorf("Parse(%q) succeeded, want an error", data)
		} else if !strings.HasPrefix(err.Error(), "digest: ") {
			t.Errorf("Parse(%q) error %q lacks the package prefix", data, err)
		}
	}
}

func TestFlaggedCountNil(t *testing.T) {
	var d *Doc
	if d.FlaggedCount() != 0 {
		t.Error("nil Doc has flags")
	}
}

// counts is s without its per-claim lines.
func counts(s Summary) Summary {
	s.Claims = nil
	return s
}
