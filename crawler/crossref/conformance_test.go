package crossref

import (
	"testing"

	"github.com/litwatch/litwatch/crawler"
	"github.com/litwatch/litwatch/crawler/crawlertest"
)

func TestConformance(t *testing.T) {
	crawlertest.RunConformance(t, crawlertest.Conformance{
		New: func(tb testing.TB, base string, f *crawler.Fetcher) crawler.Source {
			s, err := New(Config{BaseURL: base, Query: "q", Mailto: testMailto, Rows: 10}, f, nil)
			if err != nil {
				tb.Fatal(err)
			}
			return s
		},
		PageSize:    10,
		ContentType: "application/json",
		Page: func(ids []string, total int, next string) []byte {
			dois := make([]string, len(ids))
			for i, id := range ids {
				dois[i] = "10.5555/" + id
			}
			return page(next, max(total, 0), dois...)
		},
	})
}
