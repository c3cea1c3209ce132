package digest

import (
	"bytes"
	"strings"
	"testing"
)

// TestBaseURLLinksThePages: with [serve] base_url, every format links the
// review queue, each flag's entry and each claim's page; without it, none
// does and the commands say how to decide.
func TestBaseURLLinksThePages(t *testing.T) {
	in := sampleInput()
	in.Open = sampleOpen()
	in.BaseURL = "https://lit.example.org/watch/"
	d := Build(in)
	if d.BaseURL != in.BaseURL {
		t.Fatalf("Build dropped the base URL: %q", d.BaseURL)
	}
	round, err := Parse(mustJSON(t, d))
	if err != nil || round.BaseURL != in.BaseURL {
		t.Fatalf("the base URL does not survive JSON: %q %v", round.BaseURL, err)
	}
	want := map[string][]string{
		"html": {`<a href="https://lit.example.org/watch/review">Open the review queue</a>`,
			`<a href="https://lit.example.org/watch/review#flag-101-C1">Decide on this flag</a>`,
			`<a href="https://lit.example.org/watch/claims/C1">C1: Statins`,
			`<a href="https://lit.example.org/watch/review#flag-42-C1">decide on the review page</a>`},
		"md": {"[Open the review queue](https://lit.example.org/watch/review)",
			"[Decide on this flag](https://lit.example.org/watch/review#flag-101-C1)",
			"Record 42: [decide on the review page](https://lit.example.org/watch/review#flag-42-C1)"},
		"text": {"Review queue: https://lit.example.org/watch/review",
			"Decide: https://lit.example.org/watch/review#flag-101-C1",
			"Record 42: decide at https://lit.example.org/watch/review#flag-42-C1"},
	}
	for format, needles := range want {
		out := render(t, round, format)
		for _, n := range needles {
			if !strings.Contains(out, n) {
				t.Errorf("%s digest lacks %q", format, n)
			}
		}
		if strings.Contains(out, "decide with") {
			t.Errorf("%s digest still gives the command although the page is linked", format)
		}
	}

	in.BaseURL = ""
	plain := Build(in)
	for _, format := range []string{"html", "md", "text"} {
		out := render(t, plain, format)
		if strings.Contains(out, "/review") || strings.Contains(out, "/claims/") {
			t.Errorf("%s digest without a base URL links a page", format)
		}
		if !strings.Contains(out, "decide with") {
			t.Errorf("%s digest without a base URL lacks the command", format)
		}
	}
}

// TestBaseURLOnlyHTTP: a base that is not an absolute http(s) URL links
// nothing in a stored digest.
func TestBaseURLOnlyHTTP(t *testing.T) {
	for _, base := range []string{"javascript:alert(1)", "/local", "//evil.example", "https://x.example/?q=1", "ftp://x.example"} {
		in := sampleInput()
		in.BaseURL = base
		out := render(t, Build(in), "html")
		if strings.Contains(out, "Open the review queue") || strings.Contains(out, "Decide on this flag") {
			t.Errorf("base %q is linked", base)
		}
	}
}

// TestRenderHTMLBody is the digest's body for a page of litwatch's own:
// the same text and escaping as the HTML digest, links on the same site.
func TestRenderHTMLBody(t *testing.T) {
	in := sampleInput()
	in.Open = sampleOpen()
	in.BaseURL = "https://elsewhere.example.org"
	in.Records[0].Title = `<script>alert(1)</script> & "quotes"`
	d := Build(in)
	var body bytes.Buffer
	if err := RenderHTMLBody(&body, d, "/"); err != nil {
		t.Fatal(err)
	}
	b := body.String()
	for _, bad := range []string{"<script>", "<html", "<style", "<body", "elsewhere.example.org"} {
		if strings.Contains(b, bad) {
			t.Errorf("body holds %q", bad)
		}
	}
	for _, good := range []string{"&lt;script&gt;alert(1)&lt;/script&gt; &amp; &#34;quotes&#34;", `<a href="/review#flag-101-C1">`, `<a href="/claims/C1">`, "<h1>"} {
		if !strings.Contains(b, good) {
			t.Errorf("body lacks %q", good)
		}
	}
	full := render(t, d, "html")
	start := strings.Index(full, "<h1>")
	if start < 0 || !strings.Contains(full, "<style>\n"+HTMLStyle()+"</style>") {
		t.Fatal("the HTML digest does not hold HTMLStyle")
	}
	// Without links, the body is exactly the HTML digest's.
	in.BaseURL = ""
	d = Build(in)
	body.Reset()
	if err := RenderHTMLBody(&body, d, ""); err != nil {
		t.Fatal(err)
	}
	full = render(t, d, "html")
	if !strings.Contains(full, "<body>\n"+body.String()+"\n</body>") {
		t.Error("the body differs from what the HTML digest holds")
	}
	if err := RenderHTMLBody(&body, nil, "/"); err == nil {
		t.Error("a nil digest was rendered")
	}
}

func mustJSON(t *testing.T, d *Doc) []byte {
	t.Helper()
	b, err := d.JSON()
	if err != nil {
		t.Fatal(err)
	}
	return b
}
