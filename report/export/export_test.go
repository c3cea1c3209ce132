package export

import (
	"bytes"
	"encoding/csv"
	"encoding/xml"
	"flag"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/litwatch/litwatch/store"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

func render(t *testing.T, format string, items []Item) string {
	t.Helper()
	var b bytes.Buffer
	if err := Write(&b, format, items); err != nil {
		t.Fatalf("Write(%s): %v", format, err)
	}
	return b.String()
}

func testFeed() FeedInfo {
	return FeedInfo{
		Title:    "litwatch: statins & fractures <test>",
		ID:       "tag:litwatch.example.org,2026:flags",
		SelfLink: "https://litwatch.example.org/flags.atom",
		Updated:  time.Date(2026, 11, 30, 6, 0, 0, 0, time.UTC),
		Claims: map[string]string{
			"C1": "Statins reduce cardiovascular mortality in adults over 75",
			"C3": "Vitamin D prevents fractures in older adults",
		},
	}
}

func TestGolden(t *testing.T) {
	for _, format := range Formats() {
		t.Run(format, func(t *testing.T) {
			var got string
			if format == "atom" {
				var b bytes.Buffer
				if err := WriteAtom(&b, testFeed(), sampleItems()); err != nil {
					t.Fatal(err)
				}
				got = b.String()
			} else {
				got = render(t, format, sampleItems())
			}
			path := filepath.Join("testdata", "sample"+Ext(format))
			if *update {
				if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if got != string(want) {
				t.Errorf("%s differs from %s (go test -update rewrites it)\n--- got\n%s", format, path, got)
			}
			// The same input gives the same bytes.
			if format != "atom" && render(t, format, sampleItems()) != got {
				t.Errorf("%s output is not deterministic", format)
			}
		})
	}
}

func TestUnknownFormat(t *testing.T) {
	err := Write(new(bytes.Buffer), "endnote-xml", sampleItems())
	if err == nil || !strings.Contains(err.Error(), `"endnote-xml"`) {
		t.Fatalf("Write(unknown) = %v, want an error naming the format", err)
	}
	for _, f := range Formats() {
		if Ext(f) == "" || MediaType(f) == "" {
			t.Errorf("format %s has no extension or media type", f)
		}
	}
	if got := render(t, "BIB", sampleItems()[:1]); !strings.HasPrefix(got, "@article{") {
		t.Errorf(`"BIB" is not BibTeX: %q`, got)
	}
}

func TestEmpty(t *testing.T) {
	for _, f := range []string{"ris", "bibtex", "cite"} {
		if got := render(t, f, nil); got != "" {
			t.Errorf("%s of no items = %q, want empty", f, got)
		}
	}
	if got := render(t, "csv", nil); got != strings.Join(CSVHeader(), ",")+"\n" {
		t.Errorf("csv of no items = %q", got)
	}
}

func TestCSVRoundTrip(t *testing.T) {
	items := sampleItems()
	rows, err := csv.NewReader(strings.NewReader(render(t, "csv", items))).ReadAll()
	if err != nil {
		t.Fatalf("read back: %v", err)
	}
	if !slices.Equal(rows[0], CSVHeader()) {
		t.Fatalf("header = %q", rows[0])
	}
	if len(rows) != len(items)+1 {
		t.Fatalf("%d rows, want %d", len(rows)-1, len(items))
	}
	col := map[string]int{}
	for i, h := range rows[0] {
		col[h] = i
	}
	for i, row := range rows[1:] {
		it := items[i]
		if len(row) != len(CSVHeader()) {
			t.Fatalf("row %d has %d cells", i, len(row))
		}
		if want := clean(it.Record.Title); row[col["title"]] != want && row[col["title"]] != "'"+want {
			t.Errorf("row %d title = %q, want %q", i, row[col["title"]], want)
		}
		for _, c := range row {
			if c != "" && strings.ContainsRune("=+-@", rune(c[0])) {
				t.Errorf("row %d: cell %q would run as a formula", i, c)
			}
			if strings.ContainsAny(c, "\r\n\x07\u202e") {
				t.Errorf("row %d: cell %q keeps a line break or control character", i, c)
			}
		}
	}
	first := rows[1]
	checks := map[string]string{
		"id": "101", "pmid": "40000101", "doi": "10.1016/s0140-6736(26)01234-5", "nct": "NCT02099123",
		"year": "2026", "journal": "Lancet", "design": "rct", "flagged": "true",
		"claims":  "C1; C4",
		"signals": "C1: contradicts (level high, direction no_effect, n = 9870); C4: supports (direction benefit)",
		"reasons": "C1: Randomised trial in the claim's population (age ≥ 75); Larger than the evidence base, combined | C4: Consistent with the verdict",
	}
	for k, want := range checks {
		if got := first[col[k]]; got != want {
			t.Errorf("%s = %q, want %q", k, got, want)
		}
	}
	if got := rows[4][col["title"]]; !strings.HasPrefix(got, `'=HYPERLINK("http://evil.example/","click")`) {
		t.Errorf("formula title = %q, want it defused with an apostrophe", got)
	}
	if got := rows[4][col["journal"]]; got != `Nutrients, "Special" Issue` {
		t.Errorf("journal with comma, quotes and CRLF = %q", got)
	}
	if got := rows[4][col["design"]]; got != "systematic_review" {
		t.Errorf("design from the assessment = %q", got)
	}
	if got := rows[5][col["flagged"]] + rows[5][col["claims"]] + rows[5][col["year"]]; got != "false" {
		t.Errorf("unassessed record: flagged+claims+year = %q", got)
	}
}

// atomDoc is what a feed reader sees.
type atomDoc struct {
	XMLName xml.Name `xml:"http://www.w3.org/2005/Atom feed"`
	Title   string   `xml:"title"`
	ID      string   `xml:"id"`
	Updated string   `xml:"updated"`
	Links   []struct {
		Rel  string `xml:"rel,attr"`
		Href string `xml:"href,attr"`
	} `xml:"link"`
	Author  string `xml:"author>name"`
	Entries []struct {
		Title   string `xml:"title"`
		ID      string `xml:"id"`
		Updated string `xml:"updated"`
		Link    struct {
			Rel  string `xml:"rel,attr"`
			Href string `xml:"href,attr"`
		} `xml:"link"`
		Category struct {
			Term  string `xml:"term,attr"`
			Label string `xml:"label,attr"`
		} `xml:"category"`
		Summary string `xml:"summary"`
	} `xml:"entry"`
}

func parseAtom(t *testing.T, data []byte) atomDoc {
	t.Helper()
	var d atomDoc
	if err := xml.Unmarshal(data, &d); err != nil {
		t.Fatalf("unmarshal feed: %v\n%s", err, data)
	}
	return d
}

func TestAtomRoundTrip(t *testing.T) {
	var b bytes.Buffer
	if err := WriteAtom(&b, testFeed(), sampleItems()); err != nil {
		t.Fatal(err)
	}
	d := parseAtom(t, b.Bytes())
	if d.Title != "litwatch: statins & fractures <test>" || d.ID != "tag:litwatch.example.org,2026:flags" || d.Updated != "2026-11-30T06:00:00Z" {
		t.Errorf("feed head = %q %q %q", d.Title, d.ID, d.Updated)
	}
	if len(d.Links) != 1 || d.Links[0].Rel != "self" || d.Links[0].Href != "https://litwatch.example.org/flags.atom" || d.Author != "litwatch" {
		t.Errorf("links = %+v, author %q", d.Links, d.Author)
	}
	// Flagged: 101/C1, 102/C1, 105/C3. Not: 101/C4 (relevant only), 104, 106.
	if len(d.Entries) != 3 {
		t.Fatalf("%d entries, want 3", len(d.Entries))
	}
	ids := map[string]bool{}
	for _, e := range d.Entries {
		if !strings.HasPrefix(e.ID, "urn:uuid:") || ids[e.ID] {
			t.Errorf("entry id %q is not a fresh urn:uuid", e.ID)
		}
		ids[e.ID] = true
		if _, err := time.Parse(time.RFC3339, e.Updated); err != nil {
			t.Errorf("entry updated %q: %v", e.Updated, err)
		}
	}
	e0, e1, e2 := d.Entries[0], d.Entries[1], d.Entries[2]
	if e0.Updated != "2026-11-25T00:00:00Z" || e1.Updated != "2026-11-30T06:00:00Z" {
		t.Errorf("updated = %q, %q; want the entry date, else the feed's", e0.Updated, e1.Updated)
	}
	if e0.Link.Rel != "alternate" || e0.Link.Href != "https://pubmed.ncbi.nlm.nih.gov/40000101/" {
		t.Errorf("entry link = %+v", e0.Link)
	}
	if e0.Category.Term != "C1" || e0.Category.Label != testFeed().Claims["C1"] {
		t.Errorf("category = %+v", e0.Category)
	}
	for _, want := range []string{
		"Claim C1: Statins reduce cardiovascular mortality in adults over 75",
		"Signal: contradicts (level high, direction no_effect, n = 9870)",
		"Why: Randomised trial in the claim's population (age ≥ 75); Larger than the evidence base, combined",
		"It says: “Cardiovascular death occurred in 4.1% vs 4.2% (HR 0.97; 95% CI 0.84 to 1.12).”",
		"PMID 40000101",
	} {
		if !strings.Contains(e0.Summary, want) {
			t.Errorf("summary lacks %q:\n%s", want, e0.Summary)
		}
	}
	if want := "Possible update to C1: Atorvastatin and <script>alert('x')</script> muscle symptoms: a = b, c | d"; e1.Title != want {
		t.Errorf("title = %q, want %q", e1.Title, want)
	}
	if !strings.Contains(e1.Summary, `“Muscle symptoms were "common" & <dose-dependent>.”`) {
		t.Errorf("summary with markup = %q", e1.Summary)
	}
	if strings.Contains(b.String(), "<script>") || strings.Contains(b.String(), "<dose-dependent>") {
		t.Error("raw markup from a record reached the XML")
	}
	if strings.ContainsAny(e2.Title, "\u202e\x07") {
		t.Errorf("control characters kept: %q", e2.Title)
	}

	// Ids are stable: the same record and claim give the same id in a
	// later feed with other items, and depend on the feed id.
	var b2 bytes.Buffer
	if err := WriteAtom(&b2, testFeed(), sampleItems()[1:2]); err != nil {
		t.Fatal(err)
	}
	if again := parseAtom(t, b2.Bytes()); len(again.Entries) != 1 || again.Entries[0].ID != e1.ID {
		t.Errorf("entry id changed between feeds: %+v vs %q", again.Entries, e1.ID)
	}
	other := testFeed()
	other.ID = "urn:uuid:00000000-0000-5000-8000-000000000000"
	var b3 bytes.Buffer
	if err := WriteAtom(&b3, other, sampleItems()[1:2]); err != nil {
		t.Fatal(err)
	}
	if parseAtom(t, b3.Bytes()).Entries[0].ID == e1.ID {
		t.Error("entry id does not depend on the feed id")
	}
}

func TestAtomDefaultsAndErrors(t *testing.T) {
	d := parseAtom(t, []byte(render(t, "atom", sampleItems())))
	if d.Updated != "2026-11-25T00:00:00Z" {
		t.Errorf("default feed updated = %q, want the newest flagged entry date", d.Updated)
	}
	if !strings.HasPrefix(d.ID, "urn:uuid:") || len(d.Entries) != 3 {
		t.Errorf("default feed id %q, %d entries", d.ID, len(d.Entries))
	}
	for name, f := range map[string]FeedInfo{
		"no title":      {ID: "urn:x:y"},
		"relative id":   {Title: "t", ID: "flags"},
		"bad self link": {Title: "t", ID: "urn:x:y", SelfLink: "javascript:alert(1)"},
	} {
		if err := WriteAtom(new(bytes.Buffer), f, sampleItems()); err == nil {
			t.Errorf("%s: WriteAtom accepted %+v", name, f)
		}
	}
}

var risLine = regexp.MustCompile(`^[A-Z][A-Z0-9]  - `)

func TestRISStructure(t *testing.T) {
	items := sampleItems()
	out := render(t, "ris", items)
	var recs [][]string
	var cur []string
	for _, line := range strings.Split(strings.TrimSuffix(out, "\n"), "\n") {
		if line == "" {
			continue
		}
		if !risLine.MatchString(line) {
			t.Fatalf("line %q is not a RIS tag line", line)
		}
		cur = append(cur, line)
		if strings.HasPrefix(line, "ER  - ") {
			recs = append(recs, cur)
			cur = nil
		}
	}
	if len(recs) != len(items) || cur != nil {
		t.Fatalf("%d records (rest %q), want %d", len(recs), cur, len(items))
	}
	values := func(rec []string, tag string) []string {
		var out []string
		for _, l := range rec {
			if strings.HasPrefix(l, tag+"  - ") {
				out = append(out, strings.TrimPrefix(l, tag+"  - "))
			}
		}
		return out
	}
	for i, rec := range recs {
		if !strings.HasPrefix(rec[0], "TY  - ") {
			t.Errorf("record %d starts with %q", i, rec[0])
		}
		if ti := values(rec, "TI"); len(ti) != 1 || ti[0] != clean(items[i].Record.Title) {
			t.Errorf("record %d TI = %q", i, ti)
		}
	}
	if got := values(recs[0], "AU"); !slices.Equal(got, []string{"Zoungas, S.", "Curtis, A. J.", "Müller-Lüdenscheidt, H.", "STAREE Investigators"}) {
		t.Errorf("AU = %q", got)
	}
	if got := values(recs[2], "TY"); got[0] != "RPRT" || values(recs[2], "AN")[0] != "NCT07012345" {
		t.Errorf("trial registration: TY %q AN %q", got, values(recs[2], "AN"))
	}
	if got := values(recs[0], "KW"); !slices.Equal(got, []string{"statins, elderly", "mortality", "Aged, 80 and over"}) {
		t.Errorf("KW = %q", got)
	}
	if got := values(recs[0], "AN"); !slices.Equal(got, []string{"40000101"}) {
		t.Errorf("AN = %q", got)
	}
}

func TestBibTeX(t *testing.T) {
	items := sampleItems()
	out := render(t, "bibtex", items)
	entries := regexp.MustCompile(`(?m)^@(\w+)\{([^,]+),$`).FindAllStringSubmatch(out, -1)
	if len(entries) != len(items) {
		t.Fatalf("%d entries, want %d", len(entries), len(items))
	}
	seen := map[string]bool{}
	var keys []string
	for _, e := range entries {
		if seen[e[2]] {
			t.Errorf("duplicate key %q", e[2])
		}
		seen[e[2]] = true
		keys = append(keys, e[2])
	}
	want := []string{"zoungas2026atorvastatin", "zoungas2026atorvastatinb", "anon2026monthly", "ng2025hyperlink", "anonndcase"}
	if !slices.Equal(keys, want) {
		t.Errorf("keys = %q, want %q", keys, want)
	}
	if entries[2][1] != "misc" || entries[0][1] != "article" {
		t.Errorf("entry types = %q, %q", entries[0][1], entries[2][1])
	}
	// Every entry's braces balance, counting escaped ones as BibTeX does.
	for i, chunk := range strings.Split(out, "\n@")[0:] {
		depth := 0
		for _, r := range chunk {
			switch r {
			case '{':
				depth++
			case '}':
				depth--
			}
			if depth < 0 {
				t.Fatalf("entry %d closes a brace it never opened:\n%s", i, chunk)
			}
		}
		if depth != 0 {
			t.Errorf("entry %d: braces do not balance (%d):\n%s", i, depth, chunk)
		}
	}
	// TeX specials from records are escaped.
	for _, l := range strings.Split(out, "\n") {
		name, value, ok := strings.Cut(strings.TrimSpace(l), " = {")
		if !ok || name == "doi" || name == "url" {
			continue
		}
		if m := regexp.MustCompile(`(^|[^\\])[%&$#_^~]`).FindString(value); m != "" {
			t.Errorf("%s has an unescaped TeX special %q: %s", name, m, value)
		}
	}
	for _, want := range []string{
		`author = {Zoungas, S. and Curtis, A. J. and Müller-Lüdenscheidt, H. and {STAREE Investigators}}`,
		`title = {Atorvastatin versus placebo in adults aged ≥75 years {(STAREE-2):} a "randomised", double-blind trial \textbraceleft{}really\textbraceright{}}`,
		`doi = {10.1002/(SICI)1097-0258%7Bx%7D%5Cy%25z}`,
		`author = {Ng, T. and O'Brien-Smith, M. L. and {World Health Organization}}`,
		`50\% of \$x\_1\textasciicircum{}2 \#tags \textasciitilde{}approx \textbackslash{}path \textless{}b\textgreater{}bold`,
	} {
		if !strings.Contains(out, want) {
			t.Errorf("BibTeX lacks %s", want)
		}
	}
}

func TestCite(t *testing.T) {
	items := sampleItems()
	out := render(t, "cite", items)
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	if len(lines) != len(items) {
		t.Fatalf("%d lines, want %d", len(lines), len(items))
	}
	// Every "|" must start a parameter: a record's "|" would start one of
	// its own.
	param := regexp.MustCompile(`^[a-z]+[0-9]*=.`)
	for i, l := range lines {
		if !strings.HasPrefix(l, "{{cite ") || !strings.HasSuffix(l, "}}") {
			t.Fatalf("line %d is not one template: %s", i, l)
		}
		inner := strings.TrimSuffix(strings.TrimPrefix(l, "{{"), "}}")
		if strings.ContainsAny(inner, "{}[]<>") || strings.Contains(inner, "''") || strings.Contains(inner, "~~") || strings.Contains(inner, "__") {
			t.Errorf("line %d keeps wiki markup: %s", i, l)
		}
		parts := strings.Split(inner, "|")
		for j, p := range parts[1:] {
			if !param.MatchString(p) || (j < len(parts)-2 && !strings.HasSuffix(p, " ")) {
				t.Errorf("line %d: %q is not one parameter", i, p)
			}
		}
	}
	for _, want := range []string{
		"{{cite journal |last1=Zoungas |first1=S. |last2=Curtis |first2=A. J. |last3=Müller-Lüdenscheidt |first3=H. |author4=STAREE Investigators |title=Atorvastatin versus placebo in adults aged ≥75 years (STAREE-2): a \"randomised\", double-blind trial &#123;really&#125; |journal=Lancet |year=2026 |doi=10.1016/s0140-6736(26)01234-5 |pmid=40000101 |pmc=12345678}}",
		"|title=Atorvastatin and &lt;script&gt;alert('x')&lt;/script&gt; muscle symptoms: a = b, c &#124; d |",
		"{{cite web |title=Monthly high-dose vitamin D and hip fracture in nursing-home residents (D-HIP) |website=ClinicalTrials.gov |year=2026 |id=NCT07012345 |url=https://clinicaltrials.gov/study/NCT07012345}}",
		"&#91;&#91;Main Page&#93;&#93; '&#39;italic'&#39; ~&#126;&#126;&#126; _&#95;NOTOC_&#95;",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("cite output lacks %s\n%s", want, out)
		}
	}
}

func TestCiteKeys(t *testing.T) {
	mk := func(author, title string, year int) Item {
		it := Item{}
		it.Record.Title, it.Record.Year = title, year
		if author != "" {
			it.Record.Authors = []string{author}
		}
		return it
	}
	items := []Item{
		mk("Smith J", "The effect", 2020),
		mk("Smith J", "Effect of", 2020),
		mk("Smith J", "effects", 2020),
		mk("Smith J", "Effect sizes", 2020),
		mk("Søren-Öberg K", "Über alles", 2021),
		mk("", "", 0),
		mk("", "", 0),
	}
	keys := citeKeys(items)
	want := []string{"smith2020effect", "smith2020effectb", "smith2020effects", "smith2020effectc", "sorenoberg2021uber", "anonnd", "anonndb"}
	if !slices.Equal(keys, want) {
		t.Errorf("keys = %q, want %q", keys, want)
	}
	// Many collisions stay unique.
	var many []Item
	for range 60 {
		many = append(many, mk("Lee K", "Trial", 2024))
	}
	seen := map[string]bool{}
	for _, k := range citeKeys(many) {
		if seen[k] {
			t.Fatalf("duplicate key %q", k)
		}
		seen[k] = true
	}
}

func TestRecordURL(t *testing.T) {
	for _, tc := range []struct {
		r    store.Record
		want string
	}{
		{store.Record{PMID: " 123 ", DOI: "10.1/x"}, "https://pubmed.ncbi.nlm.nih.gov/123/"},
		{store.Record{DOI: "10.1002/(sici)1097<3.0.co;2-#>{x}"}, "https://doi.org/10.1002/%28sici%291097%3C3.0.co%3B2-%23%3E%7Bx%7D"},
		{store.Record{NCT: "NCT01234567"}, "https://clinicaltrials.gov/study/NCT01234567"},
		{store.Record{Title: "no identifiers"}, ""},
	} {
		if got := recordURL(tc.r); got != tc.want {
			t.Errorf("recordURL(%+v) = %q, want %q", tc.r, got, tc.want)
		}
	}
}

func TestAtomLeavesDecidedFlagsOut(t *testing.T) {
	items := sampleItems()
	// 101/C1 dismissed; 105/C3 decided on another claim only (still open).
	items[0].Decided = map[string]string{"C1": "dismissed"}
	for i := range items {
		if items[i].Record.PMID == "40000105" {
			items[i].Decided = map[string]string{"C1": "accepted"}
		}
	}
	var b bytes.Buffer
	if err := WriteAtom(&b, testFeed(), items); err != nil {
		t.Fatal(err)
	}
	d := parseAtom(t, b.Bytes())
	if len(d.Entries) != 2 {
		t.Fatalf("%d entries, want 2 (102/C1, 105/C3)", len(d.Entries))
	}
	for _, e := range d.Entries {
		if strings.Contains(e.Summary, "PMID 40000101") {
			t.Errorf("the dismissed flag is still in the feed: %+v", e)
		}
	}
	// Other formats ignore the decisions.
	if a, b := render(t, "csv", items), render(t, "csv", sampleItems()); a != b {
		t.Error("a decision changed the CSV export")
	}
}
