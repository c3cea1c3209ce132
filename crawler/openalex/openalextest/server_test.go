package openalextest

import (
	"encoding/json"
	"net/url"
	"testing"
	"time"

	"github.com/litwatch/litwatch/crawler/crawlertest"
)

func get(t *testing.T, s *Server, path string, q url.Values) (int, map[string]any) {
	t.Helper()
	u := s.URL + path
	if q != nil {
		u += "?" + q.Encode()
	}
	status, _, b := crawlertest.Get(t, u)
	var m map[string]any
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatalf("%s: body is not JSON: %q", u, b)
	}
	return status, m
}

func TestServerShapes(t *testing.T) {
	s := NewServer(t)
	day := time.Date(2025, 10, 2, 0, 0, 0, 0, time.UTC)
	s.Add(Work{DOI: "10.5555/A", PMID: "123", PMCID: "PMC456", Title: "Massage trial", Abstract: "the cat saw the dog", Created: day, Authors: []string{"Ann Lee"}},
		Work{DOI: "10.5555/b", Title: "Massage two", Created: day.Add(time.Hour)},
		Work{DOI: "10.5555/c", Title: "Other", Created: day.AddDate(0, 0, 5)})

	code, m := get(t, s, "works", url.Values{"search": {"massage"}, "filter": {"from_created_date:2025-10-01,to_created_date:2025-10-02"}, "per-page": {"1"}, "cursor": {"*"}})
	meta := m["meta"].(map[string]any)
	res := m["results"].([]any)
	if code != 200 || meta["count"] != 2.0 || len(res) != 1 || meta["next_cursor"] == nil || meta["page"] != nil {
		t.Fatalf("page 1: %d %v", code, m)
	}
	w := res[0].(map[string]any)
	ids := w["ids"].(map[string]any)
	inv := w["abstract_inverted_index"].(map[string]any)
	if w["doi"] != "https://doi.org/10.5555/a" || ids["pmid"] != "https://pubmed.ncbi.nlm.nih.gov/123" ||
		ids["pmcid"] != "https://www.ncbi.nlm.nih.gov/pmc/articles/456" || len(inv["the"].([]any)) != 2 {
		t.Errorf("work = %v", w)
	}
	c := meta["next_cursor"].(string)
	_, m = get(t, s, "works", url.Values{"search": {"massage"}, "filter": {"from_created_date:2025-10-01,to_created_date:2025-10-02"}, "per-page": {"1"}, "cursor": {c}})
	meta = m["meta"].(map[string]any)
	if len(m["results"].([]any)) != 1 || meta["next_cursor"] == nil || meta["next_cursor"] == c {
		t.Fatalf("page 2: %v", m)
	}
	_, m = get(t, s, "works", url.Values{"search": {"massage"}, "filter": {"from_created_date:2025-10-01,to_created_date:2025-10-02"}, "per-page": {"1"}, "cursor": {meta["next_cursor"].(string)}})
	if len(m["results"].([]any)) != 0 || m["meta"].(map[string]any)["next_cursor"] != nil {
		t.Errorf("page 3 should be empty with a null cursor: %v", m)
	}

	for name, q := range map[string]url.Values{
		"bad filter":   {"filter": {"nonsense:1"}},
		"bad date":     {"filter": {"from_created_date:yesterday"}},
		"per-page":     {"per-page": {"201"}},
		"bad cursor":   {"cursor": {"garbage"}},
		"bad param":    {"foo": {"1"}},
		"other cursor": {"cursor": {c}, "search": {"different"}},
	} {
		if code, m := get(t, s, "works", q); code != 400 || m["error"] == nil || m["message"] == nil {
			t.Errorf("%s: %d %v", name, code, m)
		}
	}
	if code, m := get(t, s, "works/doi:10.5555/b", nil); code != 200 || m["display_name"] != "Massage two" {
		t.Errorf("by DOI: %d %v", code, m)
	}
	if code, _ := get(t, s, "works/W1", nil); code != 404 {
		t.Errorf("missing work: %d", code)
	}
	s.SetAPIKey("k")
	if code, _ := get(t, s, "works", url.Values{"api_key": {"wrong"}}); code != 401 {
		t.Errorf("wrong key: %d", code)
	}
	if code, _ := get(t, s, "works", url.Values{"api_key": {"k"}}); code != 200 {
		t.Errorf("right key: %d", code)
	}
	s.SetFailing(500)
	if code, _ := get(t, s, "works", url.Values{"api_key": {"k"}}); code != 500 {
		t.Errorf("failing: %d", code)
	}
	if n := len(s.Requests()); n != 14 {
		t.Errorf("%d requests recorded, want 14", n)
	}
}
