package europepmc

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/litwatch/litwatch/crawler/crawlertest"
)

// FuzzParseSearch checks that no body makes ParseSearch panic, and that
// what it returns is consistent: records only without an error, each one
// marked as Europe PMC's, with markup-free valid text.
func FuzzParseSearch(f *testing.F) {
	for _, name := range []string{"search-core-cancer-page1-cursor.json", "search-no-results.json", "search-lite-pagesize5-cursor.json", "search-lite-cancer.xml"} {
		f.Add(crawlertest.Testdata(f, name))
	}
	f.Add([]byte(`{"hitCount":1,"resultList":{"result":[{"id":"PPR1","source":"PPR","doi":"10.1/X","title":"a<i>b</i>","abstractText":"<h4>A</h4>x<h4>B</h4>"}]}}`))
	f.Add([]byte(`{"hitCount":0}`))
	f.Add([]byte(`<html><body>error</body></html>`))
	f.Fuzz(func(t *testing.T, data []byte) {
		recs, next, hits, err := ParseSearch(data)
		if err != nil {
			if recs != nil || next != "" || hits != 0 {
				t.Fatalf("error %v returned with results", err)
			}
			if !strings.HasPrefix(err.Error(), "europepmc: ") {
				t.Fatalf("error %q does not name europepmc", err)
			}
			return
		}
		if hits < 0 {
			t.Fatalf("negative hitCount %d", hits)
		}
		for _, r := range recs {
			if r.Source != SourceName {
				t.Fatalf("record source %q", r.Source)
			}
			if utf8.ValidString(string(data)) && (!utf8.ValidString(r.Title) || !utf8.ValidString(r.Abstract)) {
				t.Fatalf("invalid UTF-8 out of valid input: %q %q", r.Title, r.Abstract)
			}
			if r.Title != strings.TrimSpace(r.Title) || strings.Contains(r.Title, "  ") {
				t.Fatalf("title not normalised: %q", r.Title)
			}
			for _, s := range r.Sections {
				if s.Text == "" {
					t.Fatalf("empty section %+v", s)
				}
			}
		}
	})
}
