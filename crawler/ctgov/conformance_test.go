package ctgov

import (
	"fmt"
	"strconv"
	"strings"
	"testing"

	"github.com/litwatch/litwatch/crawler"
	"github.com/litwatch/litwatch/crawler/crawlertest"
	"github.com/litwatch/litwatch/crawler/ctgov/ctgovtest"
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
			var raws [][]byte
			for _, id := range ids {
				n, _ := strconv.Atoi(strings.TrimPrefix(id, "c"))
				nct := fmt.Sprintf("NCT%08d", n)
				raws = append(raws, ctgovtest.StudyJSON(ctgovtest.Study{NCT: nct, Title: "T " + nct, Summary: "S.", LastUpdate: crawlertest.ConformanceWindow.From}))
			}
			b := envelope(next, raws...)
			if total >= 0 {
				b = append([]byte(fmt.Sprintf(`{"totalCount":%d,`, total)), b[1:]...)
			}
			return b
		},
	})
}
