package europepmctest_test

import (
	"encoding/json"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/litwatch/litwatch/crawler/crawlertest"
	"github.com/litwatch/litwatch/crawler/europepmc/europepmctest"
)

type page struct {
	HitCount       int     `json:"hitCount"`
	NextCursorMark *string `json:"nextCursorMark"`
	ResultList     struct {
		Result []struct {
			ID             string `json:"id"`
			FirstIndexDate string `json:"firstIndexDate"`
		} `json:"result"`
	} `json:"resultList"`
}

func get(t *testing.T, base string, v url.Values) (int, page, string) {
	t.Helper()
	status, _, body := crawlertest.Get(t, base+"search?"+v.Encode())
	var p page
	if status == http.StatusOK {
		if err := json.Unmarshal(body, &p); err != nil {
			t.Fatalf("body %s: %v", body, err)
		}
	}
	return status, p, string(body)
}

func params(query, cursor string) url.Values {
	return url.Values{"query": {query}, "resultType": {"core"}, "format": {"json"}, "pageSize": {"100"}, "cursorMark": {cursor}}
}

func TestServerWindowAndCursor(t *testing.T) {
	s := europepmctest.NewServer(t)
	if !strings.HasSuffix(s.URL, "/europepmc/webservices/rest/") {
		t.Fatalf("URL %s", s.URL)
	}
	d := func(day int) time.Time { return time.Date(2025, 6, day, 0, 0, 0, 0, time.UTC) }
	s.Add(
		europepmctest.Article{PMID: "1", Title: "a", IndexDate: d(1)},
		europepmctest.Article{PMID: "2", Title: "b", IndexDate: d(2)},
		europepmctest.Article{PMID: "3", Title: "c", IndexDate: d(3)},
		europepmctest.Article{PMID: "4", Title: "d", IndexDate: d(4)},
		europepmctest.Article{PMID: "2", Title: "b again", IndexDate: d(3)}, // replaces PMID 2
	)
	q := "(x) AND (FIRST_IDATE:[2025-06-02 TO 2025-06-04])"
	var ids []string
	cursor := "*"
	for range 5 {
		status, p, body := get(t, s.URL, params(q, cursor))
		if status != http.StatusOK || p.HitCount != 3 || p.NextCursorMark == nil {
			t.Fatalf("status %d body %s", status, body)
		}
		for _, r := range p.ResultList.Result {
			ids = append(ids, r.ID)
		}
		if *p.NextCursorMark == cursor {
			if len(p.ResultList.Result) != 0 {
				t.Fatal("the repeated cursor came with results")
			}
			break
		}
		cursor = *p.NextCursorMark
	}
	if strings.Join(ids, ",") != "2,3,4" {
		t.Errorf("ids %v", ids)
	}
	if n := len(s.Requests()); n != 3 {
		t.Errorf("%d requests, want 2 pages and the empty one after", n)
	}

	_, p, _ := get(t, s.URL, params("(x) AND (FIRST_IDATE:[2020-01-01 TO 2020-01-02])", "*"))
	if p.HitCount != 0 || p.NextCursorMark != nil || len(p.ResultList.Result) != 0 {
		t.Errorf("no hits: %+v", p)
	}
}

func TestServerRejectsAndFails(t *testing.T) {
	s := europepmctest.NewServer(t)
	for _, v := range []url.Values{
		{"query": {"x"}, "resultType": {"core"}},                                              // no format=json
		{"query": {"x"}, "format": {"json"}, "resultType": {"lite"}},                          // lite
		{"query": {"x"}, "format": {"json"}, "resultType": {"core"}, "cursorMark": {"bogus"}}, // cursor
		{"query": {"x"}, "format": {"json"}, "resultType": {"core"}, "pageSize": {"1001"}},    // page size
		{"format": {"json"}, "resultType": {"core"}},                                          // no query
	} {
		if status, _, _ := get(t, s.URL, v); status != http.StatusBadRequest {
			t.Errorf("%v: status %d, want 400", v, status)
		}
	}
	s.SetFailing(http.StatusServiceUnavailable)
	status, _, body := get(t, s.URL, params("x", "*"))
	if status != http.StatusServiceUnavailable || !strings.Contains(body, "<html>") {
		t.Errorf("failing: %d %q", status, body)
	}
}
