package main

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"net/http/cookiejar"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

var servingURL = regexp.MustCompile(`litwatch serving (http://\S+/)`)

// startServe runs `litwatch ARGS` (serve, or daemon --serve) in the
// background until the test ends, and returns the address it printed.
func startServe(t *testing.T, e *env, out *syncBuffer, args ...string) (string, func() int) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan int, 1)
	go func() { done <- Main(ctx, e, args) }()
	stop := func() int {
		cancel()
		select {
		case code := <-done:
			return code
		case <-time.After(30 * time.Second):
			t.Fatal("litwatch did not stop after its context ended")
			return -1
		}
	}
	t.Cleanup(func() { cancel() })
	deadline := time.Now().Add(30 * time.Second)
	for time.Now().Before(deadline) {
		if m := servingURL.FindStringSubmatch(out.String()); m != nil {
			return m[1], stop
		}
		select {
		case code := <-done:
			t.Fatalf("litwatch %v exited %d before serving: %s", args, code, out.String())
		case <-time.After(20 * time.Millisecond):
		}
	}
	t.Fatalf("litwatch %v printed no address: %s", args, out.String())
	return "", nil
}

func get(t *testing.T, c *http.Client, u string) (int, string) {
	t.Helper()
	resp, err := c.Get(u)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp.StatusCode, string(b)
}

var csrfInput = regexp.MustCompile(`name="csrf" value="([0-9a-f]+)"`)

// TestServeDismissThenFlagsListsNothing is the newcomer: serve,
// open the printed address, read the latest digest, dismiss a flag with a
// note, and `litwatch flags` no longer lists it.
func TestServeDismissThenFlagsListsNothing(t *testing.T) {
	h := newHarness(t, "")
	h.srv.Add(article("1001", time.Now().UTC().AddDate(0, 0, -5), "Massage therapy for weight gain in preterm infants: <script>alert(1)</script> a meta-analysis", metaAbstract, "Systematic Review", "Meta-Analysis"))
	if code, _, errs := h.main("run", "--config", h.config); code != 0 {
		t.Fatalf("run exited %d: %s", code, errs)
	}
	if _, out, _ := h.main("flags", "--config", h.config); !strings.Contains(out, "preterm-growth\topen") {
		t.Fatalf("no open flag to dismiss:\n%s", out)
	}
	id := fmt.Sprint(int64(h.latestJSON()["records"].([]any)[0].(map[string]any)["id"].(float64)))

	var out, errb syncBuffer
	base, stop := startServe(t, testEnv(&out, &errb), &out, "serve", "--addr", "127.0.0.1:0", "--config", h.config)
	jar, _ := cookiejar.New(nil)
	c := &http.Client{Jar: jar, Timeout: 10 * time.Second}
	code, page := get(t, c, base)
	if code != 200 || !strings.Contains(page, "<h1>1 possible update to your claims</h1>") {
		t.Fatalf("GET %s: %d\n%s", base, code, page)
	}
	if strings.Contains(page, "<script>") || !strings.Contains(page, "&lt;script&gt;alert(1)&lt;/script&gt;") {
		t.Error("the hostile title is not shown as text")
	}
	_, review := get(t, c, base+"review")
	m := csrfInput.FindStringSubmatch(review)
	if m == nil {
		t.Fatalf("the review page has no form:\n%s", review)
	}
	decision := url.Values{"record": {id}, "claim": {"preterm-growth"}, "status": {"dismissed"}, "note": {"n=40, too small"}, "by": {"ann"}}
	// Without its token, the form is refused.
	resp, err := c.PostForm(base+"review/decide", decision)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusForbidden {
		t.Fatalf("a form without its CSRF token: %d, want 403", resp.StatusCode)
	}
	decision.Set("csrf", m[1])
	resp, err = c.PostForm(base+"review/decide", decision)
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 || !strings.Contains(string(body), "claim preterm-growth: flag marked dismissed.") {
		t.Fatalf("dismissing through the form: %d\n%s", resp.StatusCode, body)
	}

	if _, out, _ := h.main("flags", "--config", h.config); !strings.Contains(out, "no open flags") {
		t.Errorf("litwatch flags after dismissing on the page:\n%s", out)
	}
	if _, out, _ := h.main("flags", "--history", id, "--config", h.config); !strings.Contains(out, "preterm-growth\tdismissed\tann\tn=40, too small") {
		t.Errorf("history:\n%s", out)
	}
	// The feed of open flags follows the decision, as with the CLI.
	if terms := feedTerms(t, filepath.Join(h.digest, "flags.atom")); len(terms) != 0 {
		t.Errorf("the feed still lists %v", terms)
	}
	if code := stop(); code != 0 {
		t.Errorf("serve exited %d after its context ended: %s", code, errb.String())
	}
}

// TestServeBeyondLoopbackNeedsToken: an address other machines reach is
// refused without a token, with a message naming where to put one; with a
// token the page asks for it.
func TestServeBeyondLoopbackNeedsToken(t *testing.T) {
	h := newHarness(t, "")
	if code, _, errs := h.main("run", "--config", h.config); code != 0 {
		t.Fatalf("run exited %d: %s", code, errs)
	}
	code, _, errs := h.main("serve", "--addr", "0.0.0.0:0", "--config", h.config)
	if code != 1 || !strings.Contains(errs, "refusing to serve on 0.0.0.0:0") || !strings.Contains(errs, "$LITWATCH_SERVE_TOKEN") {
		t.Fatalf("serve on 0.0.0.0 without a token: exit %d\n%s", code, errs)
	}
	if code, _, errs := h.main("serve", "--addr", "localhost", "--config", h.config); code != 2 || !strings.Contains(errs, "--addr") {
		t.Errorf("serve --addr localhost: exit %d\n%s", code, errs)
	}

	token := "a-long-enough-token-0123456789"
	withToken := func(tok string) (*env, *syncBuffer, *syncBuffer) {
		var out, errb syncBuffer
		e := testEnv(&out, &errb)
		e.getenv = func(k string) string {
			if k == "LITWATCH_SERVE_TOKEN" {
				return tok
			}
			return ""
		}
		return e, &out, &errb
	}
	e, _, errb := withToken("short")
	if code := Main(context.Background(), e, []string{"serve", "--addr", "0.0.0.0:0", "--config", h.config}); code != 1 || !strings.Contains(errb.String(), "shorter than 16") {
		t.Errorf("a short token: exit %d\n%s", code, errb.String())
	}
	e, out, errb := withToken(token)
	base, stop := startServe(t, e, out, "serve", "--addr", "0.0.0.0:0", "--config", h.config)
	base = strings.Replace(base, "0.0.0.0", "127.0.0.1", 1)
	c := &http.Client{Timeout: 10 * time.Second}
	if code, _ := get(t, c, base); code != http.StatusUnauthorized {
		t.Errorf("without the token: %d, want 401", code)
	}
	req, _ := http.NewRequest("GET", base+"status", nil)
	req.SetBasicAuth("ann", token)
	resp, err := c.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 200 {
		t.Errorf("with the token: %d", resp.StatusCode)
	}
	if code := stop(); code != 0 {
		t.Errorf("serve exited %d: %s", code, errb.String())
	}
}

// TestDaemonServes: daemon --serve runs the page beside the cycle, on the
// same database, and both stop together.
func TestDaemonServes(t *testing.T) {
	h := newHarness(t, "[serve]\nbase_url = \"https://lit.example.org/\"\n")
	h.srv.Add(article("1001", time.Now().UTC().AddDate(0, 0, -5), "Massage therapy for weight gain in preterm infants: a systematic review and meta-analysis", metaAbstract, "Systematic Review", "Meta-Analysis"))
	var out, errb syncBuffer
	base, stop := startServe(t, testEnv(&out, &errb), &out, "daemon", "--serve", "127.0.0.1:0", "--config", h.config)
	c := &http.Client{Timeout: 10 * time.Second}
	// The catch-up cycle runs at start; the page shows its digest once
	// it is stored.
	deadline := time.Now().Add(60 * time.Second)
	var page string
	for time.Now().Before(deadline) {
		_, page = get(t, c, base)
		if strings.Contains(page, "possible update") {
			break
		}
		time.Sleep(100 * time.Millisecond)
	}
	if !strings.Contains(page, "1 possible update to your claims") {
		t.Fatalf("the daemon's page never showed its digest:\n%s\n%s", page, errb.String())
	}
	if code, status := get(t, c, base+"status"); code != 200 || !strings.Contains(status, "#1") {
		t.Errorf("status beside the daemon: %d\n%s", code, status)
	}
	if code := stop(); code != 0 {
		t.Errorf("daemon --serve exited %d: %s", code, errb.String())
	}
	// With [serve] base_url, the digest files link the page.
	html, err := filepath.Glob(filepath.Join(h.digest, "*.html"))
	if err != nil || len(html) != 1 {
		t.Fatalf("digest files: %v %v", html, err)
	}
	b, err := os.ReadFile(html[0])
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(b), `<a href="https://lit.example.org/review">Open the review queue</a>`) ||
		!strings.Contains(string(b), `href="https://lit.example.org/claims/preterm-growth"`) {
		t.Errorf("the HTML digest does not link the page:\n%s", b)
	}
}

// TestServeNeedsADatabase: serve opens an existing database, never makes
// one: without it, it says so and creates no file.
func TestServeNeedsADatabase(t *testing.T) {
	h := newHarness(t, "")
	before := snapshot(t, h.dir)
	if code, _, errs := h.main("serve", "--addr", "127.0.0.1:0", "--config", h.config); code != 1 || !strings.Contains(errs, "no database at "+h.db) {
		t.Errorf("serve without a database: exit %d, %q", code, errs)
	}
	if after := snapshot(t, h.dir); len(after) != len(before) {
		t.Errorf("serve created files: before %v, after %v", keysOf(before), keysOf(after))
	}
}
