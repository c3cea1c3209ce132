package pubmed

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"os"
	"reflect"
	"regexp"
	"strings"
	"testing"
	"testing/iotest"

	"github.com/litwatch/litwatch/store"
)

// parseResult is everything a parse gives: the records streamed to fn
// (before any error too), the count returned and the error's message.
type parseResult struct {
	recs []store.Record
	n    int
	err  string
}

func collect(parse func(func(store.Record) error) (int, error)) parseResult {
	var res parseResult
	n, err := parse(func(r store.Record) error {
		res.recs = append(res.recs, r)
		return nil
	})
	res.n = n
	if err != nil {
		res.err = err.Error()
	}
	return res
}

func parseStd(doc []byte) parseResult {
	return collect(func(fn func(store.Record) error) (int, error) {
		return parseArticlesStd(bytes.NewReader(doc), fn)
	})
}

func parseFast(cfg fastConfig, r io.Reader) parseResult {
	return collect(func(fn func(store.Record) error) (int, error) {
		return parseArticlesWith(cfg, r, fn)
	})
}

// Configurations of the fast path to compare: the real one, and tiny
// windows and regions, so that documents of a few KB cross many of them,
// on one goroutine and on several.
var testConfigs = map[string]fastConfig{
	"default":          defaultFastConfig,
	"tiny":             {window: 64, region: 16, maxElement: 1 << 20, workers: 1},
	"tiny-parallel":    {window: 97, region: 40, maxElement: 1 << 20, workers: 3},
	"small-maxelement": {window: 256, region: 128, maxElement: 2000, workers: 2},
}

// sameAsStd fails unless every configuration of the fast path, on several
// kinds of reader, gives exactly what parseArticlesStd gives on doc.
func sameAsStd(t testing.TB, name string, doc []byte, slowReaders bool) parseResult {
	t.Helper()
	want := parseStd(doc)
	if want.err != "" && want.n != len(want.recs) || want.err == "" && want.n != len(want.recs) {
		t.Fatalf("%s: std returned n=%d with %d records", name, want.n, len(want.recs))
	}
	readers := map[string]func() io.Reader{
		"bytes": func() io.Reader { return bytes.NewReader(doc) },
	}
	if slowReaders {
		readers["one-byte"] = func() io.Reader { return iotest.OneByteReader(bytes.NewReader(doc)) }
		readers["half"] = func() io.Reader { return iotest.HalfReader(bytes.NewReader(doc)) }
		readers["data-err"] = func() io.Reader { return iotest.DataErrReader(bytes.NewReader(doc)) }
	}
	for cname, cfg := range testConfigs {
		for rname, r := range readers {
			got := parseFast(cfg, r())
			if got.err != want.err {
				t.Errorf("%s [%s, %s reader]: error\n got %q\nwant %q", name, cname, rname, got.err, want.err)
			}
			if got.n != want.n || !reflect.DeepEqual(got.recs, want.recs) {
				t.Errorf("%s [%s, %s reader]: %d records (n=%d), want %d (n=%d)%s", name, cname, rname,
					len(got.recs), got.n, len(want.recs), want.n, firstDiff(got.recs, want.recs))
			}
		}
	}
	return want
}

func firstDiff(got, want []store.Record) string {
	for i := range min(len(got), len(want)) {
		if !reflect.DeepEqual(got[i], want[i]) {
			return fmt.Sprintf("\nrecord %d:\n got %#v\nwant %#v", i, got[i], want[i])
		}
	}
	return ""
}

func readFixture(t testing.TB, file string) []byte {
	t.Helper()
	b, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestFastSameAsStdOnFixtures(t *testing.T) {
	for _, f := range fixtureFiles(t) {
		res := sameAsStd(t, f, readFixture(t, f), true)
		if res.err != "" || len(res.recs) == 0 {
			t.Errorf("%s: %d records, error %q", f, len(res.recs), res.err)
		}
	}
}

// TestFastScannerTakesTheFixtures checks that the fast path is really
// taken: the scanner accepts every top-level element of the real fixtures,
// and the benchmark document is parsed without falling back.
func TestFastScannerTakesTheFixtures(t *testing.T) {
	var p fastScanner
	total := 0
	for _, f := range fixtureFiles(t) {
		for _, el := range topLevelElements(t, readFixture(t, f)) {
			rec, kind, end, ok := scanItem(&p, el, 0)
			if !ok || end != len(el) {
				t.Errorf("%s: scanner refused an element (ok %v, end %d of %d): %.80s", f, ok, end, len(el), el)
				continue
			}
			if kind == itemArticle {
				total++
				if rec.PMID == "" {
					t.Errorf("%s: record without PMID", f)
				}
			}
		}
	}
	if total < 18 {
		t.Errorf("only %d articles", total)
	}
}

// topLevelElements returns the bytes of each child element of the root.
func topLevelElements(t testing.TB, doc []byte) [][]byte {
	t.Helper()
	d := xml.NewDecoder(bytes.NewReader(doc))
	var out [][]byte
	depth := 0
	for {
		start := d.InputOffset()
		tok, err := d.Token()
		if err == io.EOF {
			return out
		}
		if err != nil {
			t.Fatal(err)
		}
		switch tok.(type) {
		case xml.StartElement:
			depth++
			if depth == 2 {
				if err := d.Skip(); err != nil {
					t.Fatal(err)
				}
				depth--
				out = append(out, doc[start:d.InputOffset()])
			}
		case xml.EndElement:
			depth--
		}
	}
}

func TestFastSameAsStdOnTheBenchmarkDocument(t *testing.T) {
	// Several windows of the default size, which are reused: twice.
	doc, n := benchDoc(t, 3*defaultFastConfig.window+12345)
	want := parseStd(doc)
	if want.err != "" || len(want.recs) != n {
		t.Fatalf("std: %d records, error %q", len(want.recs), want.err)
	}
	for cname, cfg := range map[string]fastConfig{
		"default":   defaultFastConfig,
		"default 2": defaultFastConfig,
		"small":     {window: 100 << 10, region: 20 << 10, maxElement: 1 << 20, workers: 2},
		"1 worker":  {window: 1 << 20, region: 64 << 10, maxElement: 1 << 20, workers: 1},
		"8 workers": {window: 1 << 20, region: 64 << 10, maxElement: 1 << 20, workers: 8},
	} {
		got := parseFast(cfg, bytes.NewReader(doc))
		if got.err != "" || got.n != n || !reflect.DeepEqual(got.recs, want.recs) {
			t.Errorf("%s: %d records, error %q%s", cname, len(got.recs), got.err, firstDiff(got.recs, want.recs))
		}
	}
}

// mutations rewrite a document into variants, valid and not, that exercise
// what encoding/xml accepts, refuses, and how it reads it.
var mutations = []struct {
	name string
	f    func(string) string
}{
	{"CRLF", func(s string) string { return strings.ReplaceAll(s, "\n", "\r\n") }},
	{"CR", func(s string) string { return strings.ReplaceAll(s, "\n", "\r") }},
	{"CR in text", func(s string) string { return strings.ReplaceAll(s, "</ArticleTitle>", "\r\r\n\r</ArticleTitle>") }},
	{"CR in PMID", func(s string) string { return regexp.MustCompile(`(<PMID[^>]*>\d+)`).ReplaceAllString(s, "$1\r\n1") }},
	{"CR in attribute", func(s string) string { return strings.ReplaceAll(s, `Label="`, "Label=\"\r\n\rX \r") }},
	{"prefixed articles", func(s string) string {
		s = strings.ReplaceAll(s, "<PubmedArticle>", `<x:PubmedArticle xmlns:x="urn:x">`)
		return strings.ReplaceAll(s, "</PubmedArticle>", "</x:PubmedArticle>")
	}},
	{"prefixed root", func(s string) string {
		s = strings.Replace(s, "<PubmedArticleSet>", `<p:PubmedArticleSet xmlns:p="urn:p">`, 1)
		return strings.ReplaceAll(s, "</PubmedArticleSet>", "</p:PubmedArticleSet>")
	}},
	{"prefixed fields", func(s string) string {
		for _, n := range []string{"PMID", "ArticleTitle", "AbstractText", "Year", "ArticleId"} {
			s = regexp.MustCompile(`<`+n+`([ >])`).ReplaceAllString(s, "<m:"+n+"$1")
			s = strings.ReplaceAll(s, "</"+n+">", "</m:"+n+">")
		}
		return s
	}},
	{"mismatched prefix", func(s string) string { return strings.Replace(s, "</PMID>", "</m:PMID>", 1) }},
	{"prefixed attributes", func(s string) string {
		s = strings.ReplaceAll(s, ` Label="`, ` a:Label="`)
		return strings.ReplaceAll(s, ` IdType="`, ` xmlns:IdType="`)
	}},
	{"two colons", func(s string) string { return strings.Replace(s, "<Year>", "<a:b:Year>", 1) }},
	{"empty prefix", func(s string) string {
		return strings.ReplaceAll(strings.ReplaceAll(s, "<Title>", "<:Title>"), "</Title>", "</:Title>")
	}},
	{"comments", func(s string) string {
		s = strings.ReplaceAll(s, "<ArticleTitle>", "<ArticleTitle><!-- a comment -->")
		s = strings.ReplaceAll(s, "</Year>", "<!---></Year>--></Year>")
		return strings.ReplaceAll(s, "<PubmedArticle>", "<!-- between --><PubmedArticle>")
	}},
	{"comment inside", func(s string) string {
		return strings.ReplaceAll(s, "<PubmedData>", "<PubmedData><!--</PubmedArticle>-->")
	}},
	{"bad comment", func(s string) string { return strings.Replace(s, "</PMID>", "<!-- a -- b --></PMID>", 1) }},
	{"CDATA", func(s string) string {
		s = strings.ReplaceAll(s, "<ArticleTitle>", "<ArticleTitle><![CDATA[a < b & c]] > \r\n]]>")
		return regexp.MustCompile(`(<PMID[^>]*>)`).ReplaceAllString(s, "$1<![CDATA[ ]]>")
	}},
	{"CDATA with end tag", func(s string) string {
		return strings.ReplaceAll(s, "<PubmedData>", "<PubmedData><![CDATA[</PubmedArticle>]]>")
	}},
	{"unclosed CDATA", func(s string) string { return strings.Replace(s, "<ArticleTitle>", "<ArticleTitle><![CDATA[x", 1) }},
	{"processing instruction", func(s string) string { return strings.Replace(s, "<ArticleTitle>", "<ArticleTitle><?pi data?>", 1) }},
	{"xml PI inside", func(s string) string {
		return strings.Replace(s, "<ArticleTitle>", `<ArticleTitle><?xml version="1.0" encoding="latin1"?>`, 1)
	}},
	{"directive inside", func(s string) string { return strings.Replace(s, "<ArticleTitle>", "<ArticleTitle><!ENTITY x 'y'>", 1) }},
	{"entities", func(s string) string {
		return strings.ReplaceAll(s, "</ArticleTitle>", " &lt;&gt;&amp;&apos;&quot; &#65;&#x42;&#xaBc;&#0000067; &#x1F600;</ArticleTitle>")
	}},
	{"entity X", func(s string) string { return strings.ReplaceAll(s, "</ArticleTitle>", "&#X43;</ArticleTitle>") }},
	{"entity surrogate", func(s string) string { return strings.ReplaceAll(s, "</ArticleTitle>", "&#xD800;</ArticleTitle>") }},
	{"entity zero", func(s string) string { return strings.Replace(s, "</ArticleTitle>", "&#0;</ArticleTitle>", 1) }},
	{"entity FFFE", func(s string) string { return strings.Replace(s, "</ArticleTitle>", "&#xFFFE;</ArticleTitle>", 1) }},
	{"entity too big", func(s string) string { return strings.Replace(s, "</ArticleTitle>", "&#x110000;</ArticleTitle>", 1) }},
	{"entity huge", func(s string) string {
		return strings.Replace(s, "</ArticleTitle>", "&#99999999999999999999999;</ArticleTitle>", 1)
	}},
	{"entity empty", func(s string) string { return strings.Replace(s, "</ArticleTitle>", "&#x;</ArticleTitle>", 1) }},
	{"entity tab", func(s string) string {
		return strings.ReplaceAll(s, "</ArticleTitle>", "&#9;&#10;&#13;x</ArticleTitle>")
	}},
	{"nbsp", func(s string) string { return strings.Replace(s, "</ArticleTitle>", "&nbsp;</ArticleTitle>", 1) }},
	{"no semicolon", func(s string) string { return strings.Replace(s, "</ArticleTitle>", "&amp </ArticleTitle>", 1) }},
	{"entity in attribute", func(s string) string {
		s = strings.ReplaceAll(s, `Label="`, `Label="&lt;&#x3B2;&amp;`)
		return strings.ReplaceAll(s, `IdType="doi"`, `IdType='&#100;oi'`)
	}},
	{"bad entity in attribute", func(s string) string { return strings.Replace(s, `IdType="`, `IdType="&bad;`, 1) }},
	{"lt in attribute", func(s string) string { return strings.Replace(s, `IdType="`, `IdType="<`, 1) }},
	{"gt and quotes in attribute", func(s string) string {
		return strings.ReplaceAll(s, `RefType="`, `x='"a>' RefType="'`)
	}},
	{"attribute spacing", func(s string) string {
		s = strings.ReplaceAll(s, `<AbstractText Label="`, "<AbstractText \n Label \t=\r\n \"")
		return strings.ReplaceAll(s, `" NlmCategory=`, `"NlmCategory=`)
	}},
	{"duplicate attribute", func(s string) string { return strings.ReplaceAll(s, ` IdType="`, ` IdType="pmc" IdType="`) }},
	{"unquoted attribute", func(s string) string { return strings.Replace(s, `IdType="doi"`, `IdType=doi`, 1) }},
	{"attribute without value", func(s string) string { return strings.Replace(s, `<ArticleId `, `<ArticleId checked `, 1) }},
	{"slash space", func(s string) string { return strings.Replace(s, "<ArticleTitle>", "<ArticleTitle/ >", 1) }},
	{"end tag space", func(s string) string { return strings.ReplaceAll(s, "</Year>", "</Year \n>") }},
	{"article end tag space", func(s string) string { return strings.ReplaceAll(s, "</PubmedArticle>", "</PubmedArticle >") }},
	{"root end tag space", func(s string) string { return strings.ReplaceAll(s, "</PubmedArticleSet>", "</PubmedArticleSet\n>") }},
	{"self-closing fields", func(s string) string {
		s = regexp.MustCompile(`<ArticleTitle>`).ReplaceAllString(s, "<ArticleTitle/><VernacularTitle/><ArticleTitle>")
		return strings.ReplaceAll(s, "<Abstract>", "<Abstract/><Abstract><AbstractText Label=\"E\"/><AbstractText/>")
	}},
	{"empty PMID last", func(s string) string { return strings.ReplaceAll(s, "</PMID>", "</PMID><PMID/>") }},
	{"repeated structs", func(s string) string {
		s = strings.ReplaceAll(s, "</MedlineCitation>", "</MedlineCitation><MedlineCitation Status=\"X\"><Article><Language>zzz</Language></Article></MedlineCitation>")
		return strings.ReplaceAll(s, "</Abstract>", "</Abstract><Abstract><AbstractText>More.</AbstractText></Abstract>")
	}},
	{"nested markup in string fields", func(s string) string {
		s = regexp.MustCompile(`(<PMID[^>]*>)`).ReplaceAllString(s, "$1<b>9</b>")
		return strings.ReplaceAll(s, "<LastName>", "<LastName>a<i>b</i>c")
	}},
	{"no PMID", func(s string) string { return regexp.MustCompile(`<PMID[^>]*>\d+</PMID>`).ReplaceAllString(s, "") }},
	{"first PMID empty", func(s string) string {
		return regexp.MustCompile(`<PMID[^>]*>\d+</PMID>`).ReplaceAllLiteralString(s, "<PMID> </PMID>")
	}},
	{"DeleteCitation", func(s string) string {
		return strings.ReplaceAll(s, "<PubmedArticle>", "<DeleteCitation><PMID>1</PMID></DeleteCitation><Other/><PubmedArticle>")
	}},
	{"text between articles", func(s string) string {
		return strings.Replace(s, "<PubmedArticle>", "text &amp; more\n<PubmedArticle>", 1)
	}},
	{"bad text between articles", func(s string) string { return strings.Replace(s, "<PubmedArticle>", "a ]]> b<PubmedArticle>", 1) }},
	{"PI between articles", func(s string) string { return strings.Replace(s, "<PubmedArticle>", "<?pi x?><PubmedArticle>", 1) }},
	{"junk after the root", func(s string) string {
		return strings.Replace(s, "</PubmedArticleSet>", "</PubmedArticleSet><<<&bad; </x>", 1)
	}},
	{"no root end", func(s string) string { return strings.Replace(s, "</PubmedArticleSet>", "", 1) }},
	{"longer root end", func(s string) string { return strings.Replace(s, "</PubmedArticleSet>", "</PubmedArticleSetX>", 1) }},
	{"stray end tag", func(s string) string {
		return strings.Replace(s, "<PubmedArticle>", "</PubmedArticle><PubmedArticle>", 1)
	}},
	{"unclosed article", func(s string) string { return strings.Replace(s, "</PubmedArticle>", "", 1) }},
	{"nested article", func(s string) string {
		return strings.Replace(s, "<PubmedData>", "<PubmedData><PubmedArticle></PubmedArticle>", 1)
	}},
	{"mismatched tags", func(s string) string { return strings.Replace(s, "</Journal>", "</Journals>", 1) }},
	{"invalid UTF-8", func(s string) string { return strings.Replace(s, "</ArticleTitle>", "\xff\xfe</ArticleTitle>", 1) }},
	{"invalid UTF-8 in a skipped element", func(s string) string { return strings.Replace(s, "</Country>", "\xc3</Country>", 1) }},
	{"surrogate bytes", func(s string) string { return strings.Replace(s, "</ArticleTitle>", "\xed\xa0\x80</ArticleTitle>", 1) }},
	{"U+FFFE", func(s string) string { return strings.Replace(s, "</ArticleTitle>", "\uFFFE</ArticleTitle>", 1) }},
	{"U+FFFD", func(s string) string {
		return strings.ReplaceAll(s, "</ArticleTitle>", "\uFFFD\u00a0\u2028</ArticleTitle>")
	}},
	{"control character", func(s string) string { return strings.Replace(s, "</Country>", "\x01</Country>", 1) }},
	{"control character in CDATA", func(s string) string {
		return strings.Replace(s, "<ArticleTitle>", "<ArticleTitle><![CDATA[\x02]]>", 1)
	}},
	{"unescaped ]]>", func(s string) string { return strings.Replace(s, "</Country>", "]]></Country>", 1) }},
	{"]]> in attribute", func(s string) string { return strings.ReplaceAll(s, `IdType="`, `IdType="]]>`) }},
	{"bad names", func(s string) string { return strings.Replace(s, "<Country>", "<1Country>", 1) }},
	{"non-ASCII name", func(s string) string {
		s = strings.ReplaceAll(s, "<Country>", "<Countréy>")
		return strings.ReplaceAll(s, "</Country>", "</Countréy>")
	}},
	{"deep nesting", func(s string) string {
		return strings.Replace(s, "</ArticleTitle>", strings.Repeat("<i>", 20000)+"deep"+strings.Repeat("</i>", 20000)+"</ArticleTitle>", 1)
	}},
	{"deep nesting skipped", func(s string) string {
		return strings.Replace(s, "</PubmedData>", strings.Repeat("<x a='1'>", 20000)+strings.Repeat("</x>", 20000)+"</PubmedData>", 1)
	}},
	{"whitespace in names of fields", func(s string) string { return strings.ReplaceAll(s, "<Year>", "<Year >") }},
	{"book only", func(s string) string {
		return regexp.MustCompile(`(?s)<PubmedArticle>.*?</PubmedArticle>`).ReplaceAllString(s, "")
	}},
	{"empty root", func(s string) string {
		return regexp.MustCompile(`(?s)<PubmedArticleSet>.*</PubmedArticleSet>`).ReplaceAllString(s, "<PubmedArticleSet/>")
	}},
	{"root attributes", func(s string) string {
		return strings.Replace(s, "<PubmedArticleSet>", "<PubmedArticleSet  a='1'\n\tb=\"&lt;\" >", 1)
	}},
	{"latin1 declaration", func(s string) string {
		return strings.Replace(s, `<?xml version="1.0" ?>`, `<?xml version="1.0" encoding="ISO-8859-1"?>`, 1)
	}},
	{"BOM", func(s string) string { return "\xef\xbb\xbf" + s }},
	{"leading space", func(s string) string { return "\n \t" + s }},
}

func TestFastSameAsStdOnMutations(t *testing.T) {
	for _, f := range fixtureFiles(t) {
		doc := string(readFixture(t, f))
		for _, m := range mutations {
			mut := m.f(doc)
			if mut == doc {
				continue
			}
			sameAsStd(t, f+" "+m.name, []byte(mut), len(mut) < 30000)
		}
	}
}

// TestFastSameAsStdOnMutationsInABigDocument applies each mutation to
// one article in the middle of a larger document, so that the fast path has
// records to give before encoding/xml takes over.
func TestFastSameAsStdOnMutationsInABigDocument(t *testing.T) {
	doc, _ := benchDoc(t, 300<<10)
	i := bytes.Index(doc[len(doc)/2:], []byte("<PubmedArticle>")) + len(doc)/2
	j := bytes.Index(doc[i:], []byte("</PubmedArticle>")) + i + len("</PubmedArticle>")
	for _, m := range mutations {
		mid := m.f(string(doc[i:j]))
		mut := append(append(append([]byte{}, doc[:i]...), mid...), doc[j:]...)
		sameAsStd(t, "middle "+m.name, mut, false)
		sameAsStd(t, "whole "+m.name, []byte(m.f(string(doc))), false)
	}
}

func TestFastSameAsStdOnTruncations(t *testing.T) {
	for _, name := range []string{"efetch-pubmed-two-articles.xml", "synthetic-efetch-medlinedate-retractionin.xml", "efetch-pubmedbookarticle-genereviews-2025.xml"} {
		doc := readFixture(t, "testdata/"+name)
		for n := 0; n <= len(doc); n += 1 + n/200 {
			sameAsStd(t, fmt.Sprintf("%s[:%d]", name, n), doc[:n], false)
		}
	}
}

// A read error in the middle of the stream: the same records before it,
// and the same error.
func TestFastSameAsStdOnReadErrors(t *testing.T) {
	doc, _ := benchDoc(t, 200<<10)
	boom := errors.New("connection reset")
	for _, at := range []int{0, 10, 300, 5000, len(doc) / 2, len(doc) - 30, len(doc)} {
		want := collect(func(fn func(store.Record) error) (int, error) {
			return parseArticlesStd(io.MultiReader(bytes.NewReader(doc[:at]), iotest.ErrReader(boom)), fn)
		})
		for cname, cfg := range testConfigs {
			got := parseFast(cfg, io.MultiReader(bytes.NewReader(doc[:at]), iotest.ErrReader(boom)))
			if got.err != want.err || got.n != want.n || !reflect.DeepEqual(got.recs, want.recs) {
				t.Errorf("error at %d [%s]: %d records, %q; want %d, %q", at, cname, len(got.recs), got.err, len(want.recs), want.err)
			}
		}
	}
}

// An error from fn stops the parse at once, with the records before it.
func TestFastStopsOnCallbackError(t *testing.T) {
	doc, n := benchDoc(t, 2<<20)
	stop := errors.New("stop")
	for _, after := range []int{1, 7, n / 2, n} {
		for cname, cfg := range testConfigs {
			var got int
			count, err := parseArticlesWith(cfg, bytes.NewReader(doc), func(store.Record) error {
				got++
				if got == after {
					return stop
				}
				return nil
			})
			if err != stop || count != after || got != after {
				t.Errorf("stop after %d [%s]: count %d, calls %d, err %v", after, cname, count, got, err)
			}
		}
	}
}

// Top-level elements larger than the limit go to encoding/xml, and the
// result is the same.
func TestFastHugeElement(t *testing.T) {
	doc := string(readFixture(t, "testdata/efetch-pubmed-two-articles.xml"))
	big := strings.Replace(doc, "</PubmedData>", strings.Repeat("<Reference><Citation>x</Citation></Reference>", 5000)+"</PubmedData>", 1)
	res := sameAsStd(t, "huge", []byte(big), false)
	if len(res.recs) != 2 {
		t.Errorf("%d records: %s", len(res.recs), res.err)
	}
}
