package faulttest_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/litwatch/litwatch/crawler"
	"github.com/litwatch/litwatch/crawler/faulttest"
	"github.com/litwatch/litwatch/crawler/pubmed"
)

// upstream serves three XML records per page at /xml?page=N and three
// JSON records at /json?page=N, numbered by page.
func upstream() http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		page := r.URL.Query().Get("page")
		switch r.URL.Path {
		case "/xml":
			w.Header().Set("Content-Type", "text/xml")
			fmt.Fprint(w, `<?xml version="1.0" ?>`+"\n<PubmedArticleSet>\n")
			for i := 1; i <= 3; i++ {
				fmt.Fprintf(w, `<PubmedArticle><MedlineCitation><PMID Version="1">%s%d</PMID><Article><ArticleTitle>Title %s.%d</ArticleTitle></Article></MedlineCitation></PubmedArticle>`+"\n", page, i, page, i)
			}
			fmt.Fprint(w, "</PubmedArticleSet>\n")
		case "/json":
			w.Header().Set("Content-Type", "application/json")
			fmt.Fprintf(w, `{"hitCount": 9, "resultList": {"result": [{"id": "%[1]s1", "title": "Title %[1]s.1"}, {"id": "%[1]s2", "title": "Title %[1]s.2"}, {"id": "%[1]s3", "title": "Title %[1]s.3"}]}, "nextCursorMark": "x"}`, page)
		default:
			http.NotFound(w, r)
		}
	})
}

func fetcher(t *testing.T, tune func(*crawler.FetcherConfig)) *crawler.Fetcher {
	t.Helper()
	cfg := crawler.FetcherConfig{UserAgent: "faulttest", Rate: 1000, Burst: 100, MaxRetries: -1,
		Timeout: 2 * time.Second, BaseBackoff: time.Millisecond, MaxBackoff: 5 * time.Millisecond, MaxBodyBytes: 1 << 20}
	if tune != nil {
		tune(&cfg)
	}
	f, err := crawler.NewFetcher(cfg, nil)
	if err != nil {
		t.Fatal(err)
	}
	return f
}

func serve(t *testing.T, sched faulttest.Schedule, opts faulttest.Options) (*faulttest.Injector, string) {
	t.Helper()
	in := faulttest.New(upstream(), sched, opts)
	srv := httptest.NewServer(in)
	t.Cleanup(srv.Close)
	return in, srv.URL
}

// TestEachFaultAsTheFetcherSeesIt checks each fault against the real
// fetcher (no retries): the failures fail with a recognisable error, the
// harmless ones deliver the data.
func TestEachFaultAsTheFetcherSeesIt(t *testing.T) {
	ctx := context.Background()
	clean := func(t *testing.T, path string) []byte {
		_, base := serve(t, nil, faulttest.Options{})
		b, err := fetcher(t, nil).Get(ctx, base+path)
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	cleanXML := clean(t, "/xml?page=2")
	cleanJSON := clean(t, "/json?page=2")

	cases := []struct {
		kind    faulttest.Kind
		path    string
		wantErr string // substring of the error; "" = success
		check   func(t *testing.T, body []byte)
	}{
		{faulttest.TooMany, "/xml?page=2", "HTTP 429", nil},
		{faulttest.Status500, "/xml?page=2", "HTTP 500", nil},
		{faulttest.Status502, "/json?page=2", "HTTP 502", nil},
		{faulttest.Status503, "/json?page=2", "HTTP 503", nil},
		{faulttest.Stall, "/xml?page=2", "Timeout", nil},
		{faulttest.Truncated, "/xml?page=2", "unexpected EOF", nil},
		{faulttest.Huge, "/xml?page=2", "size cap", nil},
		{faulttest.HugeDeclared, "/json?page=2", "size cap", nil},
		{faulttest.SlowBody, "/xml?page=2", "", func(t *testing.T, b []byte) {
			if !bytes.Equal(b, cleanXML) {
				t.Errorf("slow body differs from the clean one:\n%s", b)
			}
		}},
		{faulttest.Cut, "/xml?page=2", "", func(t *testing.T, b []byte) {
			if len(b) != len(cleanXML)/2 || !bytes.HasPrefix(cleanXML, b) {
				t.Errorf("cut body is not the first half of the clean one:\n%s", b)
			}
			if _, err := pubmed.ParseArticles(bytes.NewReader(b)); err == nil {
				t.Error("the PubMed parser accepted a cut document")
			}
		}},
		{faulttest.HTML, "/json?page=2", "", func(t *testing.T, b []byte) {
			if !bytes.Contains(b, []byte("<html>")) {
				t.Errorf("not an HTML page: %s", b)
			}
		}},
		{faulttest.BadUTF8, "/xml?page=2", "not valid UTF-8", nil},
		{faulttest.BadUTF8, "/json?page=2", "not valid UTF-8", nil},
		{faulttest.Drop, "/json?page=2", "", func(t *testing.T, b []byte) {
			var page struct {
				HitCount   int
				ResultList struct{ Result []struct{ ID string } }
			}
			if err := json.Unmarshal(b, &page); err != nil {
				t.Fatalf("drop broke the JSON: %v\n%s", err, b)
			}
			if r := page.ResultList.Result; page.HitCount != 9 || len(r) != 2 || r[0].ID != "22" || r[1].ID != "23" {
				t.Errorf("drop: %+v, want 22 and 23 with hitCount 9 as before", page)
			}
		}},
		{faulttest.Drop, "/xml?page=2", "", func(t *testing.T, b []byte) {
			recs, err := pubmed.ParseArticles(bytes.NewReader(b))
			if err != nil || len(recs) != 2 || recs[0].PMID != "22" {
				t.Errorf("drop: %d records (%v), err %v", len(recs), recs, err)
			}
		}},
	}
	for _, c := range cases {
		t.Run(string(c.kind)+c.path, func(t *testing.T) {
			in, base := serve(t, faulttest.Script(c.kind), faulttest.Options{HugeSize: 2 << 20, SlowFor: 50 * time.Millisecond})
			f := fetcher(t, func(cfg *crawler.FetcherConfig) {
				if c.kind == faulttest.Stall {
					cfg.Timeout = 100 * time.Millisecond
				}
			})
			body, err := f.Get(ctx, base+c.path)
			if c.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), c.wantErr) {
					t.Fatalf("err = %v, want one mentioning %q", err, c.wantErr)
				}
			} else {
				if err != nil {
					t.Fatal(err)
				}
				c.check(t, body)
			}
			if ev := in.Injected(); len(ev) != 1 || ev[0].Kind != c.kind {
				t.Fatalf("injected %+v, want one %s", ev, c.kind)
			}
			// The script is used up: the next request is clean.
			body, err = f.Get(ctx, base+c.path)
			if err != nil || !(bytes.Equal(body, cleanXML) || bytes.Equal(body, cleanJSON)) {
				t.Fatalf("after the script: %v\n%s", err, body)
			}
		})
	}
}

// TestBadUTF8GoesIntoTheFirstTitle reads the damaged bodies with plain
// net/http (the fetcher refuses them).
func TestBadUTF8GoesIntoTheFirstTitle(t *testing.T) {
	_, base := serve(t, faulttest.Always(faulttest.BadUTF8), faulttest.Options{})
	get := func(path string) []byte {
		res, err := http.Get(base + path)
		if err != nil {
			t.Fatal(err)
		}
		defer res.Body.Close()
		b, err := io.ReadAll(res.Body)
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	xmlBody := get("/xml?page=2")
	if utf8.Valid(xmlBody) || !bytes.Contains(xmlBody, []byte("<ArticleTitle>\x80\xffTitle 2.1</ArticleTitle>")) {
		t.Errorf("invalid bytes not in the first title:\n%q", xmlBody)
	}
	if _, err := pubmed.ParseArticles(bytes.NewReader(xmlBody)); err == nil || !strings.Contains(err.Error(), "UTF-8") {
		t.Errorf("the PubMed parser on invalid UTF-8: %v", err)
	}
	jsonBody := get("/json?page=2")
	if utf8.Valid(jsonBody) || !bytes.Contains(jsonBody, []byte("\"title\": \"\x80\xffTitle 2.1\"")) {
		t.Errorf("invalid bytes not in the first title:\n%q", jsonBody)
	}
}

func TestDuplicateRepeatsThePreviousPagesLastRecord(t *testing.T) {
	ctx := context.Background()
	for _, path := range []string{"/xml", "/json"} {
		in, base := serve(t, faulttest.Script(faulttest.OK, faulttest.Duplicate), faulttest.Options{})
		f := fetcher(t, nil)
		if _, err := f.Get(ctx, base+path+"?page=1"); err != nil {
			t.Fatal(err)
		}
		b, err := f.Get(ctx, base+path+"?page=2")
		if err != nil {
			t.Fatal(err)
		}
		switch path {
		case "/xml":
			recs, err := pubmed.ParseArticles(bytes.NewReader(b))
			if err != nil {
				t.Fatal(err)
			}
			var ids []string
			for _, r := range recs {
				ids = append(ids, r.PMID)
			}
			if strings.Join(ids, " ") != "13 21 22 23" {
				t.Errorf("xml page 2 with a duplicate = %v, want 13 21 22 23", ids)
			}
		case "/json":
			if !bytes.Contains(b, []byte(`"result": [{"id": "13", "title": "Title 1.3"},{"id": "21"`)) {
				t.Errorf("json page 2 with a duplicate:\n%s", b)
			}
		}
		if ev := in.Injected(); len(ev) != 1 || ev[0].Kind != faulttest.Duplicate {
			t.Errorf("injected %+v", ev)
		}
	}
}

func TestRetriedFaultsPassOnTheSecondAttempt(t *testing.T) {
	for _, k := range faulttest.Kinds() {
		if !k.Retried() {
			continue
		}
		in, base := serve(t, faulttest.Script(k), faulttest.Options{})
		f := fetcher(t, func(c *crawler.FetcherConfig) { c.MaxRetries = 1; c.Timeout = 200 * time.Millisecond })
		if _, err := f.Get(context.Background(), base+"/xml?page=1"); err != nil {
			t.Errorf("%s once, then clean: %v", k, err)
		}
		if n := len(in.Events()); n != 2 {
			t.Errorf("%s: %d requests, want 2", k, n)
		}
	}
}

func TestRandomScheduleIsSeeded(t *testing.T) {
	draw := func(s faulttest.Schedule) []faulttest.Kind {
		r := httptest.NewRequest("GET", "/xml", nil)
		var out []faulttest.Kind
		for range 200 {
			out = append(out, s.Next(r))
		}
		return out
	}
	a, b := draw(faulttest.Random(7, 0.3)), draw(faulttest.Random(7, 0.3))
	if fmt.Sprint(a) != fmt.Sprint(b) {
		t.Fatal("the same seed gave different schedules")
	}
	if fmt.Sprint(a) == fmt.Sprint(draw(faulttest.Random(8, 0.3))) {
		t.Fatal("different seeds gave the same schedule")
	}
	faults := map[faulttest.Kind]int{}
	for _, k := range a {
		faults[k]++
	}
	if n := 200 - faults[faulttest.OK]; n < 30 || n > 90 {
		t.Errorf("%d faults in 200 draws at p=0.3", n)
	}
	if len(faults) < 10 {
		t.Errorf("only %d distinct outcomes: %v", len(faults), faults)
	}
	for _, k := range draw(faulttest.Random(1, 0)) {
		if k != faulttest.OK {
			t.Fatal("p=0 injected a fault")
		}
	}
}

func TestOnPathCountsOnlyItsRequests(t *testing.T) {
	s := faulttest.OnPath("efetch", faulttest.Script(faulttest.OK, faulttest.Status503))
	get := func(p string) faulttest.Kind { return s.Next(httptest.NewRequest("GET", p, nil)) }
	got := []faulttest.Kind{get("/esearch.fcgi"), get("/efetch.fcgi"), get("/esearch.fcgi"), get("/efetch.fcgi"), get("/efetch.fcgi")}
	want := []faulttest.Kind{faulttest.OK, faulttest.OK, faulttest.OK, faulttest.Status503, faulttest.OK}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Fatalf("got %v, want %v", got, want)
	}
}

func TestProxyKeepsPathAndQuery(t *testing.T) {
	up := httptest.NewServer(upstream())
	t.Cleanup(up.Close)
	p := faulttest.NewProxy(t, up.URL+"/", faulttest.Script(faulttest.Status503), faulttest.Options{})
	f := fetcher(t, nil)
	_, err := f.Get(context.Background(), p.URL+"xml?page=4")
	var he *crawler.HTTPError
	if !errors.As(err, &he) || he.Status != 503 {
		t.Fatalf("first request: %v, want HTTP 503", err)
	}
	b, err := f.Get(context.Background(), p.URL+"xml?page=4")
	if err != nil || !bytes.Contains(b, []byte("<PMID Version=\"1\">41</PMID>")) {
		t.Fatalf("second request: %v\n%s", err, b)
	}
	ev := p.Events()
	if len(ev) != 2 || ev[1].URL != "/xml?page=4" {
		t.Fatalf("events %+v", ev)
	}
}
