package digest

import (
	"bytes"
	"encoding/json"
	"reflect"
	"strings"
	"testing"

	"github.com/litwatch/litwatch/store"
)

type flagKey struct {
	id    int64
	claim string
}

func openKeys(fs []OpenFlag) []flagKey {
	var ks []flagKey
	for _, f := range fs {
		ks = append(ks, flagKey{f.RecordID, f.Claim})
	}
	return ks
}

func TestBuildOpenFlags(t *testing.T) {
	in := openInput()
	d := Build(in)
	// Record 1 is among this digest's records: left out. By since, then
	// record id, then the claims' display order (C1 before C3).
	want := []flagKey{{57, "C1"}, {57, "C3"}, {42, "C1"}, {60, "C2"}, {61, "C2"}}
	if got := openKeys(d.OpenFlags); !reflect.DeepEqual(got, want) {
		t.Errorf("open flags = %v, want %v", got, want)
	}
	if f := d.OpenFlags[2]; f.Title != in.Open[0].Title || f.URL != "https://pubmed.ncbi.nlm.nih.gov/39990042/" ||
		f.Reason != "Randomised trial in the claim's population" || f.Since.String() != "2026-11-16" || f.Year != 2026 {
		t.Errorf("open flag 42 not copied whole: %+v", f)
	}
	// Open flags change neither the records nor their counts.
	if !reflect.DeepEqual(counts(d.Summary), Summary{New: 1, Other: 1}) || len(d.Records) != 1 {
		t.Errorf("summary = %+v, records = %v", d.Summary, recordIDs(d))
	}
	if !reflect.DeepEqual(in, openInput()) {
		t.Error("Build modified its input")
	}
}

func TestBuildOpenFlagsTable(t *testing.T) {
	since := mustDate("2026-11-02")
	later := mustDate("2026-11-09")
	tests := []struct {
		name    string
		records []store.Record
		open    []OpenFlag
		want    []flagKey
	}{
		{
			name: "none gives an empty list",
			want: nil,
		},
		{
			name:    "every flag of a record listed in this digest is left out",
			records: []store.Record{{ID: 7}, {ID: 9}},
			open:    []OpenFlag{{RecordID: 7, Claim: "A", Since: since}, {RecordID: 8, Claim: "A", Since: since}, {RecordID: 7, Claim: "B", Since: later}},
			want:    []flagKey{{8, "A"}},
		},
		{
			name: "since before record id",
			open: []OpenFlag{{RecordID: 1, Claim: "A", Since: later}, {RecordID: 3, Claim: "A", Since: since}, {RecordID: 2, Claim: "A", Since: since}},
			want: []flagKey{{2, "A"}, {3, "A"}, {1, "A"}},
		},
		{
			name: "an unknown since sorts first",
			open: []OpenFlag{{RecordID: 1, Claim: "A", Since: since}, {RecordID: 2, Claim: "A"}},
			want: []flagKey{{2, "A"}, {1, "A"}},
		},
		{
			name: "the same record and claim twice: the earliest is kept",
			open: []OpenFlag{{RecordID: 4, Claim: "A", Since: later, Title: "second"}, {RecordID: 4, Claim: "A", Since: since, Title: "first"}, {RecordID: 4, Claim: "B", Since: later}},
			want: []flagKey{{4, "A"}, {4, "B"}},
		},
		{
			name:    "a record without id neither hides nor merges open flags",
			records: []store.Record{{ID: 0, Title: "no id"}},
			open:    []OpenFlag{{RecordID: 0, Claim: "A", Since: since}, {RecordID: 0, Claim: "A", Since: since}},
			want:    []flagKey{{0, "A"}, {0, "A"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := Build(Input{GeneratedAt: day("2026-11-30"), Records: tt.records, Open: tt.open})
			if d.OpenFlags == nil {
				t.Fatal("OpenFlags nil, want empty")
			}
			if got := openKeys(d.OpenFlags); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("open flags = %v, want %v", got, tt.want)
			}
			for _, f := range d.OpenFlags {
				if f.Title == "second" {
					t.Error("kept the later of two flags for the same record and claim")
				}
			}
		})
	}
}

func TestOpenFlagsJSONRoundTrip(t *testing.T) {
	in := sampleInput()
	in.Open = sampleOpen()
	d := Build(in)
	if len(d.OpenFlags) != 6 {
		t.Fatalf("%d open flags, want 6", len(d.OpenFlags))
	}
	data, err := d.JSON()
	if err != nil {
		t.Fatal(err)
	}
	back, err := Parse(data)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(d, back) {
		t.Errorf("Parse(JSON) differs from the built digest:\nbuilt  %+v\nparsed %+v", d.OpenFlags, back.OpenFlags)
	}
	again, err := back.JSON()
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(data, again) {
		t.Errorf("JSON not stable through Parse:\n%s\n---\n%s", data, again)
	}

	// The field names, read without the package's types.
	var top struct {
		OpenFlags []map[string]any `json:"open_flags"`
	}
	if err := json.Unmarshal(data, &top); err != nil {
		t.Fatal(err)
	}
	// Record 1 is not among the sample's records: its flag, reported
	// first, stays.
	if top.OpenFlags[0]["record_id"] != 1.0 {
		t.Errorf("open_flags[0] = %v, want record 1", top.OpenFlags[0])
	}
	first := top.OpenFlags[1]
	for k, want := range map[string]any{
		"record_id": 57.0, "claim": "C1", "title": "Vitamin D and falls: an updated Cochrane review", "year": 2025.0,
		"url": "https://doi.org/10.1002/14651858.CD005465%28pub4%29", "signal": "new_harm", "since": "2026-11-09",
	} {
		if first[k] != want {
			t.Errorf("open_flags[1].%s = %#v, want %#v", k, first[k], want)
		}
	}
	if _, ok := first["reason"]; ok {
		t.Error(`open_flags[1] has "reason" though it has none, want it omitted`)
	}
	if top.OpenFlags[2]["reason"] != "Newer review" {
		t.Errorf("open_flags[2].reason = %#v", top.OpenFlags[2]["reason"])
	}
	last := top.OpenFlags[len(top.OpenFlags)-1]
	if _, ok := last["signal"]; !ok {
		t.Error(`open flag without a signal lacks the key "signal"`)
	}
}

func TestParseOpenFlags(t *testing.T) {
	old := []byte(`{"generated_at": "2026-12-07T06:00:00Z", "records": []}`)
	d, err := Parse(old)
	if err != nil {
		t.Fatal(err)
	}
	if d.OpenFlags == nil {
		t.Error("a digest without open_flags parses to nil OpenFlags, want empty")
	}
	for _, f := range []string{"md", "html", "text"} {
		if out := render(t, d, f); strings.Contains(strings.ToLower(out), "still open") {
			t.Errorf("%s: section of open flags shown for a digest without any", f)
		}
	}

	d, err = Parse([]byte(`{"generated_at": "2026-12-07T06:00:00Z", "open_flags": [
		{"record_id": 12, "claim": "X", "title": "T", "year": 2024, "signal": "contradicts", "since": "2026-11-30"},
		{"record_id": 13, "claim": "X", "title": "U", "since": "2026-11-30T06:00:00+01:00"}]}`))
	if err != nil {
		t.Fatal(err)
	}
	if len(d.OpenFlags) != 2 || d.OpenFlags[0].RecordID != 12 || d.OpenFlags[0].Since.String() != "2026-11-30" ||
		d.OpenFlags[1].Since.String() != "2026-11-30" {
		t.Errorf("open flags = %+v", d.OpenFlags)
	}
	if out := render(t, d, "text"); !strings.Contains(out, "Record 12: decide with `litwatch flags reviewed|dismissed|accepted 12`") {
		t.Errorf("text of a parsed digest lacks the open flag:\n%s", out)
	}
	if _, err := Parse([]byte(`{"generated_at": "2026-12-07T06:00:00Z", "open_flags": [{"since": "30/11/2026"}]}`)); err == nil {
		t.Error("Parse accepted a bad since date")
	}
}

func TestOpenFlagsSection(t *testing.T) {
	in := sampleInput()
	in.Open = sampleOpen()
	d := Build(in)
	headings := map[string]string{
		"md":   "## Still open from earlier digests\n",
		"html": "<h2>Still open from earlier digests</h2>",
		"text": "STILL OPEN FROM EARLIER DIGESTS\n",
	}
	for f, heading := range headings {
		out := render(t, d, f)
		// Right after this run's flagged records, before the relevant ones;
		// oldest first.
		marks := []string{
			"hazard ratio 0.97",
			heading,
			"Vitamin D and falls",
			"Rosuvastatin and cardiovascular death",
			"Serious adverse events with prolonged fasting",
			"Statin use and cardiovascular death",
		}
		last := -1
		for _, m := range marks {
			i := strings.Index(out, m)
			if i < 0 {
				t.Errorf("%s: %q missing", f, m)
				continue
			}
			if i < last {
				t.Errorf("%s: %q out of order", f, m)
			}
			last = i
		}
		for _, want := range []string{"2026-11-16", "decide with", "litwatch flags reviewed|dismissed|accepted 42", "Open since 2026-11-23"} {
			if !strings.Contains(out, want) {
				t.Errorf("%s: open flags section lacks %q", f, want)
			}
		}
		if strings.Contains(out, "ftp://") {
			t.Errorf("%s: shows a link that is not http(s)", f)
		}
		if strings.Contains(out, "Randomised trial in the claim's population") {
			t.Errorf("%s: open flag's reason shown, want the section short", f)
		}

		// No open flags, no section.
		if out := render(t, Build(sampleInput()), f); strings.Contains(out, heading) {
			t.Errorf("%s: section shown without open flags", f)
		}
	}

	md := render(t, d, "md")
	for _, want := range []string{
		"- **C1**: [Rosuvastatin and cardiovascular death in adults aged 80 and over: a pragmatic randomised trial](https://pubmed.ncbi.nlm.nih.gov/39990042/) (2026). Signal: contradicts. Open since 2026-11-16. Record 42: decide with `litwatch flags reviewed|dismissed|accepted 42`.\n",
		"- **C2**: Serious adverse events with prolonged fasting: a case series. Signal: new report of harm. Open since 2026-11-23. Record 60:",
		"- **C2**: Alternate-day fasting in older adults (2026). Open since 2026-11-23. Record 61:",
	} {
		if !strings.Contains(md, want) {
			t.Errorf("Markdown lacks %q:\n%s", want, md)
		}
	}
	html := render(t, d, "html")
	if want := `<li><strong>C1</strong>: <a href="https://pubmed.ncbi.nlm.nih.gov/39990042/">Rosuvastatin`; !strings.Contains(html, want) {
		t.Errorf("HTML lacks %q", want)
	}
	for _, l := range strings.Split(render(t, d, "text"), "\n") {
		if len([]rune(l)) > textWidth && !strings.Contains(l, "https://") {
			t.Errorf("text line longer than %d: %q", textWidth, l)
		}
	}
}

// hostileOpen is an open flag whose text tries to break out of every format.
func hostileOpen() OpenFlag {
	return OpenFlag{
		RecordID: 66,
		Claim:    "<b>C9</b>|**x**",
		Title:    "<script>alert(7)</script> \"><img src=x onerror=alert(8)> [y](javascript:alert(9)) *z* `tick` & \x1b[2Jcleared\u202Eevil",
		Year:     2026,
		URL:      "javascript:alert(10)",
		Signal:   "<i>contradicts</i>\n# heading",
		Since:    mustDate("2026-11-16"),
	}
}

func TestOpenFlagsEscaping(t *testing.T) {
	d := Build(Input{GeneratedAt: day("2026-11-30"), Open: []OpenFlag{hostileOpen()}})

	html := render(t, d, "html")
	for _, bad := range []string{"<script", "<img", "<b>C9", "<i>contradicts", `href="javascript`, "alert(10)", "\x1b", "\u202E"} {
		if strings.Contains(html, bad) {
			t.Errorf("HTML contains unescaped %q", bad)
		}
	}
	for _, want := range []string{
		"<strong>&lt;b&gt;C9&lt;/b&gt;|**x**</strong>: &lt;script&gt;alert(7)&lt;/script&gt; &#34;&gt;&lt;img src=x onerror=alert(8)&gt;",
		`&amp; [2Jclearedevil <span class="meta">(2026)</span>. Signal: &lt;i&gt;contradicts&lt;/i&gt; # heading. Open since 2026-11-16.`,
		"<code>litwatch flags reviewed|dismissed|accepted 66</code>",
	} {
		if !strings.Contains(html, want) {
			t.Errorf("HTML lacks %q:\n%s", want, html)
		}
	}

	md := render(t, d, "md")
	want := "- **\\<b\\>C9\\</b\\>\\|\\*\\*x\\*\\***: " +
		`\<script\>alert(7)\</script\> "\>\<img src=x onerror=alert(8)\> \[y\](javascript:alert(9)) \*z\* \` + "`tick\\` \\& \\[2Jclearedevil (2026). " +
		`Signal: \<i\>contradicts\</i\> \# heading. Open since 2026-11-16. Record 66: decide with ` + "`litwatch flags reviewed|dismissed|accepted 66`.\n"
	if !strings.Contains(md, want) {
		t.Errorf("Markdown lacks\n%q\nin\n%s", want, md)
	}
	if strings.Contains(md, "alert(10)") || strings.Contains(strings.ReplaceAll(md, `\](`, ""), "](javascript") {
		t.Error("Markdown links a non-http URL")
	}

	text := render(t, d, "text")
	if strings.ContainsAny(text, "\x1b\u202E") {
		t.Errorf("text contains control characters: %q", text)
	}
	if strings.Contains(text, "alert(10)") {
		t.Error("text shows a non-http link")
	}
	if !strings.Contains(text, "* <b>C9</b>|**x**: <script>alert(7)</script>") {
		t.Errorf("text lost the open flag:\n%s", text)
	}
}
