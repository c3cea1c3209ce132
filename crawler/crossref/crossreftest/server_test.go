package crossreftest

import (
	"encoding/json"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/litwatch/litwatch/crawler/crawlertest"
)

func get(t *testing.T, s *Server, path string, q url.Values) (int, string, map[string]any) {
	t.Helper()
	u := s.URL + path
	if q != nil {
		u += "?" + q.Encode()
	}
	status, contentType, b := crawlertest.Get(t, u)
	var m map[string]any
	_ = json.Unmarshal(b, &m)
	return status, contentType, m
}

func msg(m map[string]any) map[string]any { mm, _ := m["message"].(map[string]any); return mm }

func items(m map[string]any) []any { it, _ := msg(m)["items"].([]any); return it }

func TestServerShapes(t *testing.T) {
	s := NewServer(t)
	day := time.Date(2024, 3, 2, 12, 0, 0, 0, time.UTC)
	s.Add(Work{DOI: "10.5555/A", Title: "Massage trial", Indexed: day, Authors: []Author{{"Ann", "Lee"}}},
		Work{DOI: "10.5555/b", Title: "Other topic", Indexed: day.AddDate(0, 0, 3)})
	s.AddUpdate("10.5555/n", "10.5555/a", "retraction", "retraction-watch")

	code, _, m := get(t, s, "works", url.Values{"filter": {"from-index-date:2024-03-01,until-index-date:2024-03-02"}, "query.bibliographic": {"massage"}})
	if code != 200 || m["message-type"] != "work-list" || len(items(m)) != 1 || msg(m)["total-results"] != 1.0 {
		t.Fatalf("list: %d %v", code, m)
	}
	a := items(m)[0].(map[string]any)
	if a["DOI"] != "10.5555/a" || a["updated-by"] == nil || a["author"] == nil {
		t.Errorf("work a = %v", a)
	}

	_, _, m = get(t, s, "works", url.Values{"filter": {"updates:10.5555/A"}})
	if len(items(m)) != 1 || items(m)[0].(map[string]any)["DOI"] != "10.5555/n" {
		t.Errorf("updates filter: %v", m)
	}
	ut := items(m)[0].(map[string]any)["update-to"].([]any)[0].(map[string]any)
	if ut["DOI"] != "10.5555/a" || ut["type"] != "retraction" || ut["source"] != "retraction-watch" || ut["record-id"] == nil {
		t.Errorf("update-to = %v", ut)
	}

	// Deep paging: the same cursor on every page, then an empty page.
	code, _, m = get(t, s, "works", url.Values{"cursor": {"*"}, "rows": {"1"}})
	c1 := msg(m)["next-cursor"]
	if code != 200 || len(items(m)) != 1 || c1 == nil {
		t.Fatalf("page 1: %v", m)
	}
	seen := 1
	for i := 0; i < 5; i++ {
		_, _, m = get(t, s, "works", url.Values{"cursor": {c1.(string)}, "rows": {"1"}})
		if msg(m)["next-cursor"] != c1 {
			t.Fatalf("cursor changed: %v", msg(m)["next-cursor"])
		}
		if len(items(m)) == 0 {
			break
		}
		seen++
	}
	if seen != 3 {
		t.Errorf("%d works paged, want 3", seen)
	}

	for name, c := range map[string]struct {
		path   string
		q      url.Values
		status int
		typ    string
	}{
		"bad cursor":     {"works", url.Values{"cursor": {"nope"}}, 404, "cursor-invalid"},
		"rows too large": {"works", url.Values{"rows": {"1001"}}, 400, "integer-not-valid"},
		"unknown filter": {"works", url.Values{"filter": {"from-nonsense-date:2024"}}, 400, "filter-not-available"},
		"unknown param":  {"works", url.Values{"query.author": {"x"}}, 400, "parameter-not-allowed"},
	} {
		code, _, m := get(t, s, c.path, c.q)
		list, _ := m["message"].([]any)
		if code != c.status || m["status"] != "failed" || len(list) != 1 || list[0].(map[string]any)["type"] != c.typ {
			t.Errorf("%s: %d %v", name, code, m)
		}
	}

	code, ctype, m := get(t, s, "works/10.5555/A", nil)
	if code != 200 || m["message-type"] != "work" || msg(m)["DOI"] != "10.5555/a" {
		t.Errorf("single: %d %v", code, m)
	}
	code, ctype, _ = get(t, s, "works/10.5555/missing", nil)
	if code != 404 || !strings.HasPrefix(ctype, "text/plain") {
		t.Errorf("missing: %d %s", code, ctype)
	}

	s.SetFailing(503)
	if code, _, _ := get(t, s, "works", nil); code != 503 {
		t.Errorf("failing: %d", code)
	}
	if n := len(s.Requests()); n != 13 {
		t.Errorf("%d requests recorded, want 13", n)
	}
}
