package pubmed

import (
	"testing"

	"github.com/litwatch/litwatch/crawler"
	"github.com/litwatch/litwatch/crawler/crawlertest"
)

// PubMed pages by retstart over a history server, not by cursor: the
// paging scenarios are its own tests (TestFetchHistoryRepeatingBatchFails
// and the truncated-batch tests); the rest of the suite applies as is.
func TestConformance(t *testing.T) {
	crawlertest.RunConformance(t, crawlertest.Conformance{
		New: func(tb testing.TB, base string, f *crawler.Fetcher) crawler.Source {
			s, err := New(Config{BaseURL: base, Term: "q", Email: "test@example.org", BatchSize: 10}, f, nil)
			if err != nil {
				tb.Fatal(err)
			}
			return s
		},
		ContentType: "text/xml",
	})
}
