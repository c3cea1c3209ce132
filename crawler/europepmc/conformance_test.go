package europepmc

import (
	"fmt"
	"strings"
	"testing"

	"github.com/litwatch/litwatch/crawler"
	"github.com/litwatch/litwatch/crawler/crawlertest"
)

func TestConformance(t *testing.T) {
	crawlertest.RunConformance(t, crawlertest.Conformance{
		New: func(tb testing.TB, base string, f *crawler.Fetcher) crawler.Source {
			s, err := New(Config{BaseURL: base, Query: "q", PageSize: 10}, f, nil)
			if err != nil {
				tb.Fatal(err)
			}
			return s
		},
		PageSize:    10,
		ContentType: "application/json",
		Page: func(ids []string, total int, next string) []byte {
			pmids := make([]string, len(ids))
			for i, id := range ids {
				pmids[i] = "9" + strings.TrimPrefix(id, "c")
			}
			b := page(total, next, pmids...)
			if total < 0 {
				b = strings.Replace(b, fmt.Sprintf(`"hitCount":%d,`, total), "", 1)
			}
			return []byte(b)
		},
	})
}
