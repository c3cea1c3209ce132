package openalex

import (
	"encoding/json"
	"testing"

	"github.com/litwatch/litwatch/crawler"
	"github.com/litwatch/litwatch/crawler/crawlertest"
)

func TestConformance(t *testing.T) {
	crawlertest.RunConformance(t, crawlertest.Conformance{
		New: func(tb testing.TB, base string, f *crawler.Fetcher) crawler.Source {
			s, err := New(Config{BaseURL: base, Search: "q", APIKey: testKey, PerPage: 10}, f, nil)
			if err != nil {
				tb.Fatal(err)
			}
			return s
		},
		PageSize:    10,
		ContentType: "application/json",
		Page: func(ids []string, total int, next string) []byte {
			results := make([]map[string]any, len(ids))
			for i, id := range ids {
				results[i] = map[string]any{
					"id": "https://openalex.org/W" + id[1:], "doi": "https://doi.org/10.5555/" + id,
					"title": "T " + id, "display_name": "T " + id, "publication_year": 2025,
					"publication_date": "2025-01-01", "created_date": "2025-01-01",
				}
			}
			meta := map[string]any{"per_page": 10}
			if total >= 0 {
				meta["count"] = total
			}
			if next != "" {
				meta["next_cursor"] = next
			} else {
				meta["next_cursor"] = nil
			}
			b, _ := json.Marshal(map[string]any{"meta": meta, "results": results})
			return b
		},
	})
}
