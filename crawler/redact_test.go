package crawler

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"

	"github.com/litwatch/litwatch/internal/redact"
)

// TestGetRedactsEchoedSecrets: a server that repeats the API key it was
// sent (in an error body, a retried 5xx body, a 200 body, a header-free
// path) never gets it past the Fetcher: not in the returned body, not in
// the error or the *HTTPError's Body, not in a log line.
func TestGetRedactsEchoedSecrets(t *testing.T) {
	const key = "c0ffee5ecret0123456789abcdef"
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		k := r.URL.Query().Get("api_key")
		switch r.URL.Path {
		case "/bad": // NCBI's answer to a bad key
			w.WriteHeader(http.StatusBadRequest)
			fmt.Fprintf(w, `{"error":"API key invalid","api-key":%q,"type":"api-key","status":"unknown"}`, k)
		case "/busy":
			w.WriteHeader(http.StatusServiceUnavailable)
			fmt.Fprintf(w, "overloaded; your key %s is throttled", url.QueryEscape(k))
		case "/ok":
			fmt.Fprintf(w, `<eSearchResult><ERROR>Invalid api_key %s</ERROR></eSearchResult>`, k)
		default:
			http.NotFound(w, r)
		}
	}))
	defer srv.Close()
	f, logs := testFetcher(t, func(c *FetcherConfig) { c.Secrets = redact.New(key, "") })

	_, errBad := f.Get(context.Background(), srv.URL+"/bad?db=pubmed&api_key="+key)
	var he *HTTPError
	if !errors.As(errBad, &he) || he.Status != 400 {
		t.Fatalf("want an *HTTPError 400, got %v", errBad)
	}
	if !strings.Contains(he.Body, `"api-key":"REDACTED"`) {
		t.Errorf("HTTPError.Body = %q, want the echoed key replaced", he.Body)
	}
	_, errBusy := f.Get(context.Background(), srv.URL+"/busy?api_key="+key)
	if !errors.As(errBusy, &he) || !strings.Contains(he.Body, "your key REDACTED") {
		t.Errorf("retried 503: err %v, body %q", errBusy, he.Body)
	}
	body, err := f.Get(context.Background(), srv.URL+"/ok?api_key="+key)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(body), "Invalid api_key REDACTED") {
		t.Errorf("200 body = %q", body)
	}
	// A path that carries the key (a misconfigured base URL) is redacted
	// in the error too.
	_, errPath := f.Get(context.Background(), srv.URL+"/nope/"+key)
	if errPath == nil || !strings.Contains(errPath.Error(), "/nope/REDACTED") {
		t.Errorf("404 on a path with the key: %v", errPath)
	}
	for what, s := range map[string]string{
		"400 error": errBad.Error(), "503 error": errBusy.Error(), "200 body": string(body),
		"path error": fmt.Sprint(errPath), "log": logs.String(),
	} {
		if strings.Contains(s, key) {
			t.Errorf("the key leaked in the %s: %s", what, s)
		}
	}
	if !strings.Contains(logs.String(), "will retry") {
		t.Errorf("the 503 retries were not logged: %s", logs.String())
	}
}
