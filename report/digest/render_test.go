package digest

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/litwatch/litwatch/store"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

func render(t *testing.T, d *Doc, format string) string {
	t.Helper()
	var buf bytes.Buffer
	if err := Render(&buf, d, format); err != nil {
		t.Fatalf("Render %s: %v", format, err)
	}
	return buf.String()
}

func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if got != string(want) {
		t.Errorf("%s differs from golden file %s (run go test -update to accept):\n%s", name, path, firstDiff(string(want), got))
	}
}

// firstDiff shows the first differing line of two texts.
func firstDiff(want, got string) string {
	wl, gl := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := 0; i < max(len(wl), len(gl)); i++ {
		var w, g string
		if i < len(wl) {
			w = wl[i]
		}
		if i < len(gl) {
			g = gl[i]
		}
		if w != g {
			return "line " + strconv.Itoa(i+1) + ":\n want: " + w + "\n  got: " + g
		}
	}
	return "(no line differs)"
}

func TestGolden(t *testing.T) {
	docs := map[string]*Doc{
		"sample": Build(sampleInput()),
		"quiet":  Build(quietInput()),
		"open":   Build(openInput()),
	}
	for name, d := range docs {
		for _, f := range []struct{ format, ext string }{{"md", "md"}, {"html", "html"}, {"text", "txt"}, {"json", "json"}} {
			t.Run(name+"."+f.ext, func(t *testing.T) {
				golden(t, name+"."+f.ext, render(t, d, f.format))
			})
		}
	}
}

func TestHeadline(t *testing.T) {
	d := Build(sampleInput())
	if got := newView(d).Headline; got != "3 possible updates to your claims" {
		t.Errorf("headline = %q", got)
	}
	one := Build(Input{GeneratedAt: day("2026-11-30"), Records: []store.Record{{ID: 1}},
		Assessments: map[int64][]store.Assessment{1: {{Claim: "A", Relevant: true, Flagged: true}}}})
	if got := newView(one).Headline; got != "1 possible update to your claims" {
		t.Errorf("headline = %q", got)
	}
	none := Build(Input{GeneratedAt: day("2026-11-30"), From: day("2026-11-23"), To: day("2026-11-29")})
	if got := newView(none).Headline; got != "Nothing that changes your claims this week" {
		t.Errorf("headline = %q", got)
	}
}

func TestRenderUnknownFormat(t *testing.T) {
	err := Render(&bytes.Buffer{}, Build(Input{GeneratedAt: day("2026-11-30")}), "pdf")
	if err == nil || !strings.Contains(err.Error(), `"pdf"`) {
		t.Errorf("Render pdf: err = %v, want one naming the format", err)
	}
	if err := Render(&bytes.Buffer{}, nil, "md"); err == nil {
		t.Error("Render of a nil digest succeeded")
	}
}

// hostile is a digest whose record-derived text tries to break out of
// every format.
func hostile() *Doc {
	title := `<script>alert(1)</script> "><img src=x onerror=alert(2)> *bold* [x](javascript:alert(3)) & co`
	return Build(Input{
		GeneratedAt: day("2026-11-30"),
		Claims:      []ClaimInfo{{ID: "C1", Statement: "<b>Claim</b> # one", Verdict: "Supported"}},
		Sources:     []store.SourceResult{{Name: "evil|source", Errors: []string{"</td><script>x()</script>"}}},
		Records: []store.Record{{
			ID: 1, PMID: "1", Title: title, Journal: "J <i>x</i>", Year: 2026,
			Authors: []string{"\x1b[31mRed\x1b[0m A"},
		}},
		Assessments: map[int64][]store.Assessment{1: {{
			Claim: "C1", Relevant: true, Flagged: true, Signal: "contradicts",
			Reasons:  []string{"1. looks like a list", "# looks like a heading", "- looks like an item", "> quote\nsecond line"},
			Evidence: []string{`He said "<img src=y onerror=alert(4)>" \ end`},
		}}},
		Basis: []BasisAlert{
			{Claim: "C1", Message: "bad link", Link: "javascript:alert(5)"},
			{Claim: "C1", Message: "data link", Link: "data:text/html,<script>alert(6)</script>"},
		},
		Open: []OpenFlag{hostileOpen()},
	})
}

func TestHTMLEscaping(t *testing.T) {
	out := render(t, hostile(), "html")
	for _, bad := range []string{"<script", "<img", "<i>", "<b>Claim", `href="javascript`, `href="data`, "alert(5)", "alert(6)", "</td><script"} {
		if strings.Contains(out, bad) {
			t.Errorf("HTML contains unescaped %q", bad)
		}
	}
	for _, want := range []string{
		"&lt;script&gt;alert(1)&lt;/script&gt;",
		"&#34;&gt;&lt;img src=x onerror=alert(2)&gt;",
		"&lt;b&gt;Claim&lt;/b&gt;",
		`href="https://pubmed.ncbi.nlm.nih.gov/1/"`,
	} {
		if !strings.Contains(out, want) {
			t.Errorf("HTML lacks %q", want)
		}
	}
	// Self-contained: no scripts, no external assets.
	for _, bad := range []string{"src=\"", "<link", "@import", "url("} {
		if strings.Contains(out, bad) {
			t.Errorf("HTML refers to an external asset: %q", bad)
		}
	}
	if strings.Contains(out, "\x1b") {
		t.Error("HTML contains an escape character")
	}
}

func TestMarkdownEscaping(t *testing.T) {
	out := render(t, hostile(), "md")
	for _, want := range []string{
		`#### [\<script\>alert(1)\</script\> "\>\<img src=x onerror=alert(2)\> \*bold\* \[x\](javascript:alert(3)) \& co](https://pubmed.ncbi.nlm.nih.gov/1/)`,
		"- 1\\. looks like a list.\n",
		"- \\# looks like a heading.\n",
		"- \\- looks like an item.\n",
		"- \\> quote second line.\n",
		"### C1: \\<b\\>Claim\\</b\\> \\# one\n",
		"| evil\\|source |",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("Markdown lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "javascript:alert(5)") || strings.Contains(out, "data:text") {
		t.Error("Markdown links a non-http URL")
	}
}

func TestMDText(t *testing.T) {
	tests := []struct{ in, want string }{
		{"plain text", "plain text"},
		{"a*b_c`d", `a\*b\_c\` + "`" + `d`},
		{"[x](y)", `\[x\](y)`},
		{"<div>", `\<div\>`},
		{"&amp;", `\&amp;`},
		{`back\slash`, `back\\slash`},
		{"ends with \\", `ends with \\`},
		{"a | b", `a \| b`},
		{"~~strike~~", `\~\~strike\~\~`},
		{"# h", `\# h`},
		{"- item", `\- item`},
		{"+ item", `\+ item`},
		{"=== ", `\=== `},
		{"1. one", `1\. one`},
		{"12) twelve", `12\) twelve`},
		{"2026 was", "2026 was"},
		{"in 2.5 mg", "in 2.5 mg"},
		{"a - b + c = d", "a - b + c = d"},
		{"![img](x)", `\!\[img\](x)`},
	}
	for _, tt := range tests {
		if got := mdText(tt.in); got != tt.want {
			t.Errorf("mdText(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestMDURL(t *testing.T) {
	tests := []struct{ in, want string }{
		{"https://doi.org/10.1/a(b)c", "https://doi.org/10.1/a%28b%29c"},
		{"https://x.org/a b<c>", "https://x.org/a%20b%3Cc%3E"},
		{"https://x.org/?a=1&b=2", `https://x.org/?a=1\&b=2`},
	}
	for _, tt := range tests {
		if got := mdURL(tt.in); got != tt.want {
			t.Errorf("mdURL(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestTextStripsControls(t *testing.T) {
	out := render(t, hostile(), "text")
	if strings.ContainsAny(out, "\x1b\x00\r") {
		t.Errorf("text output contains control characters: %q", out)
	}
	if !strings.Contains(out, "[31mRed[0m A") {
		t.Errorf("author text lost beyond its control characters:\n%s", out)
	}
	if strings.Contains(out, "javascript:alert(5)") || strings.Contains(out, "data:text") {
		t.Error("text shows a non-http link")
	}
}

func TestClean(t *testing.T) {
	tests := []struct{ in, want string }{
		{"  a \n\t b  ", "a b"},
		{"a\x00b\x07c", "abc"},
		{"evil\u202Egnp.exe", "evilgnp.exe"},
		{strings.Repeat("x", maxText+5), strings.Repeat("x", maxText) + "…"},
	}
	for _, tt := range tests {
		if got := clean(tt.in); got != tt.want {
			t.Errorf("clean(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestWrap(t *testing.T) {
	got := wrap("aaa bbb ccc https://example.org/a/very/long/url/that/does/not/fit dd", "* ", "  ", 16)
	want := []string{"* aaa bbb ccc", "  https://example.org/a/very/long/url/that/does/not/fit", "  dd"}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("wrap = %q, want %q", got, want)
	}
	for _, l := range wrap(strings.Repeat("word ", 50), "", "", textWidth) {
		if len(l) > textWidth {
			t.Errorf("line longer than %d: %q", textWidth, l)
		}
	}
}

func TestRecordSectionsInHumanFormats(t *testing.T) {
	d := Build(sampleInput())
	for _, f := range []string{"md", "html", "text"} {
		out := render(t, d, f)
		// Flagged before relevant before the count of the rest, sources last;
		// the basis alert above all of them.
		marks := []string{
			"Cochrane review this claim rests on",
			"Atorvastatin versus placebo",
			"hazard ratio 0.97",
			"Statin use and cardiovascular death",
			"3 other new records bear on none of your claims",
			"Dental caries in schoolchildren",
			"GET https://www.ebi.ac.uk",
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
	}
}
