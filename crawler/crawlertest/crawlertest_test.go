package crawlertest_test

import (
	"fmt"
	"net/http"
	"slices"
	"testing"

	"github.com/litwatch/litwatch/crawler/crawlertest"
)

func TestRecorder(t *testing.T) {
	var rec crawlertest.Recorder
	srv := rec.Start(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, "ok "+r.URL.Path)
	}))
	if status, _, body := crawlertest.Get(t, srv.URL+"/a?x=1"); status != 200 || string(body) != "ok /a" {
		t.Errorf("healthy: %d %q", status, body)
	}
	rec.SetFailing(http.StatusServiceUnavailable)
	if status, ctype, body := crawlertest.Get(t, srv.URL+"/b"); status != 503 || ctype != "text/plain; charset=utf-8" || string(body) != "Service Unavailable\n" {
		t.Errorf("failing: %d %q %q", status, ctype, body)
	}
	rec.SetFailing(0)
	reqs := rec.Requests()
	if len(reqs) != 2 || reqs[0].Path != "/a" || reqs[0].Query().Get("x") != "1" || reqs[1].Path != "/b" {
		t.Fatalf("Requests() = %v", reqs)
	}
	reqs[0].Path = "/changed"
	if rec.Requests()[0].Path != "/a" {
		t.Error("Requests() does not return copies")
	}

	jsonRec := crawlertest.Recorder{Fail: func(w http.ResponseWriter, status int) {
		crawlertest.WriteJSON(w, status, map[string]int{"status": status})
	}}
	srv = jsonRec.Start(t, http.NotFoundHandler())
	jsonRec.SetFailing(http.StatusTooManyRequests)
	if status, ctype, body := crawlertest.Get(t, srv.URL+"/c"); status != 429 || ctype != "application/json" || string(body) != `{"status":429}` {
		t.Errorf("failing with Fail: %d %q %q", status, ctype, body)
	}
}

func TestPage(t *testing.T) {
	all := []int{1, 2, 3, 4, 5}
	for _, tc := range []struct {
		offset, n, end int
		want           []int
	}{
		{0, 2, 2, []int{1, 2}}, {4, 2, 5, []int{5}}, {5, 2, 5, []int{}}, {9, 2, 5, []int{}}, {1, 0, 1, []int{}},
	} {
		page, end := crawlertest.Page(all, tc.offset, tc.n)
		if page == nil || !slices.Equal(page, tc.want) || end != tc.end {
			t.Errorf("Page(%d, %d) = %v, %d; want %v, %d", tc.offset, tc.n, page, end, tc.want, tc.end)
		}
	}
}

func TestWords(t *testing.T) {
	text := "emollient massage preterm 2024"
	if got := crawlertest.Words("Emollient-massage, PRETERM (2024)."); !slices.Equal(got, []string{"emollient", "massage", "preterm", "2024"}) {
		t.Errorf("Words = %q", got)
	}
	if !crawlertest.MatchAny(text, nil) || !crawlertest.MatchAny(text, []string{"x", "preterm"}) || crawlertest.MatchAny(text, []string{"mass"}) {
		t.Error("MatchAny")
	}
}

func TestReplay(t *testing.T) {
	rp := crawlertest.Replay(t, "one", "two")
	for i, want := range []string{"one", "two"} {
		if status, _, body := crawlertest.Get(t, fmt.Sprintf("%s/p?i=%d", rp.URL, i)); status != 200 || string(body) != want {
			t.Errorf("request %d: %d %q", i+1, status, body)
		}
	}
	if qs := rp.Queries(); rp.Count() != 2 || len(qs) != 2 || qs[1].Get("i") != "1" {
		t.Errorf("Count %d, Queries %v", rp.Count(), qs)
	}
}
