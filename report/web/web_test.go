package web

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/litwatch/litwatch/report/digest"
	"github.com/litwatch/litwatch/store"
)

// TestHostileTitleShownAsText: a title holding markup is text on every
// page that shows it, never markup.
func TestHostileTitleShownAsText(t *testing.T) {
	f := newFixture(t)
	h := f.server(nil).Handler()
	escaped := "&lt;script&gt;alert(1)&lt;/script&gt; Massage &amp; &#34;oil&#34; in preterm infants"
	for _, page := range []string{"/", fmt.Sprintf("/digests/%d", f.digest), "/review", "/claims/growth", "/search?q=massage"} {
		r := do(t, h, "GET", page, nil, nil)
		if r.code != http.StatusOK {
			t.Fatalf("GET %s: %d\n%s", page, r.code, r.body)
		}
		if strings.Contains(r.body, "<script") || strings.Contains(r.body, "<b>after") || strings.Contains(r.body, "<i>") {
			t.Errorf("GET %s: markup from a record reached the page:\n%s", page, r.body)
		}
		if page != "/search?q=massage" && !strings.Contains(r.body, escaped) {
			t.Errorf("GET %s: the hostile title is not shown as text", page)
		}
	}
	// The search snippet marks the matched word and escapes the rest.
	r := do(t, h, "GET", "/search?q=script", nil, nil)
	if !strings.Contains(r.body, "&lt;<mark>script</mark>&gt;alert(1)") {
		t.Errorf("search snippet of the hostile title:\n%s", r.body)
	}
}

// TestEveryResponseHasCSP: the policy is on pages, errors, refusals and
// assets alike, and no page holds a script, an inline style or a style
// attribute it would have to allow.
func TestEveryResponseHasCSP(t *testing.T) {
	f := newFixture(t)
	h := f.server(nil).Handler()
	authed := f.server(func(c *Config) { c.Token = "s3cret" }).Handler()
	cases := []struct {
		h      http.Handler
		method string
		path   string
		code   int
	}{
		{h, "GET", "/", 200}, {h, "GET", "/digests", 200}, {h, "GET", "/review?all=1", 200}, {h, "GET", "/claims", 200},
		{h, "GET", "/claims/growth", 200}, {h, "GET", "/search?q=oil", 200}, {h, "GET", "/status", 200},
		{h, "GET", "/static/style.css", 200}, {h, "GET", "/static/digest.css", 200},
		{h, "GET", "/nothing", 404}, {h, "GET", "/digests/999", 404}, {h, "GET", "/claims/nothing", 404},
		{h, "POST", "/review/decide", 403}, {authed, "GET", "/", 401}, {h, "DELETE", "/review", 403},
	}
	for _, c := range cases {
		r := do(t, c.h, c.method, c.path, nil, nil)
		if r.code != c.code {
			t.Errorf("%s %s: %d, want %d", c.method, c.path, r.code, c.code)
		}
		if got := r.header.Get("Content-Security-Policy"); got != CSP {
			t.Errorf("%s %s: Content-Security-Policy %q", c.method, c.path, got)
		}
		if r.header.Get("X-Content-Type-Options") != "nosniff" || r.header.Get("X-Frame-Options") != "DENY" {
			t.Errorf("%s %s: headers %v", c.method, c.path, r.header)
		}
		if strings.HasPrefix(r.header.Get("Content-Type"), "text/html") {
			for _, bad := range []string{"<script", "<style", " style=", "javascript:", " on" + "click="} {
				if strings.Contains(r.body, bad) {
					t.Errorf("%s %s holds %q, which the policy forbids", c.method, c.path, bad)
				}
			}
		}
	}
	for _, want := range []string{"default-src 'none'", "style-src 'self'", "form-action 'self'", "frame-ancestors 'none'"} {
		if !strings.Contains(CSP, want) {
			t.Errorf("the policy lacks %s", want)
		}
	}
}

// TestDecideNeedsCSRF: a form posted without its token, with another
// cookie's token or with a forged one is refused (403) and changes
// nothing; with the token of the page, the flag is decided.
func TestDecideNeedsCSRF(t *testing.T) {
	f := newFixture(t)
	h := f.server(nil).Handler()
	id := fmt.Sprint(f.flagged)
	token, cookie := formToken(t, h, "/review")
	_, other := formToken(t, h, "/review")
	for name, prep := range map[string]struct {
		body   []string
		cookie *http.Cookie
	}{
		"no token":           {[]string{"record", id, "claim", "growth", "status", "dismissed"}, cookie},
		"no cookie":          {[]string{"csrf", token, "record", id, "claim", "growth", "status", "dismissed"}, nil},
		"another cookie":     {[]string{"csrf", token, "record", id, "claim", "growth", "status", "dismissed"}, other},
		"forged token":       {[]string{"csrf", strings.Repeat("0", 64), "record", id, "claim", "growth", "status", "dismissed"}, cookie},
		"token of nothing":   {[]string{"csrf", "", "record", id, "claim", "growth", "status", "dismissed"}, &http.Cookie{Name: csrfCookie, Value: ""}},
		"token in the query": {[]string{"record", id, "claim", "growth", "status", "dismissed"}, cookie},
	} {
		r := do(t, h, "POST", "/review/decide?csrf="+token, form(prep.body...), func(req *http.Request) {
			if prep.cookie != nil {
				req.AddCookie(prep.cookie)
			}
		})
		if r.code != http.StatusForbidden || !strings.Contains(r.body, "security token") {
			t.Errorf("%s: %d, want 403\n%s", name, r.code, r.body)
		}
	}
	// A browser's cross-site form is refused even with a token.
	r := do(t, h, "POST", "/review/decide", form("csrf", token, "record", id, "claim", "growth", "status", "dismissed"), func(req *http.Request) {
		req.AddCookie(cookie)
		req.Header.Set("Sec-Fetch-Site", "cross-site")
	})
	if r.code != http.StatusForbidden {
		t.Errorf("cross-site form: %d, want 403", r.code)
	}
	if got := f.openFlags(); len(got) != 1 {
		t.Fatalf("a refused form changed the flags: open %v", got)
	}

	r = do(t, h, "POST", "/review/decide", form("csrf", token, "record", id, "claim", "growth", "status", "dismissed", "note", "n=40, <too> small", "by", "ann"), func(req *http.Request) {
		req.AddCookie(cookie)
	})
	if r.code != http.StatusSeeOther || !strings.HasPrefix(r.header.Get("Location"), "/review?") {
		t.Fatalf("decision with its token: %d %s\n%s", r.code, r.header.Get("Location"), r.body)
	}
	if got := f.openFlags(); len(got) != 0 {
		t.Fatalf("after dismissing, open flags: %v", got)
	}
	hist, err := f.db.FlagHistory(context.Background(), f.flagged, "growth")
	if err != nil || len(hist) != 1 || hist[0].Status != "dismissed" || hist[0].Note != "n=40, <too> small" || hist[0].By != "ann" {
		t.Fatalf("history: %+v %v", hist, err)
	}
	page := do(t, h, "GET", r.header.Get("Location"), nil, nil)
	if !strings.Contains(page.body, "Record "+id+", claim growth: flag marked dismissed.") || !strings.Contains(page.body, "No open flags") {
		t.Errorf("the page after the decision:\n%s", page.body)
	}
}

// TestReviewQueueDecideAndReopen follows a flag through the pages: shown
// with its claim, quoted sentence and reasons; dismissed; listed with its
// history among the decided; reopened with a note.
func TestReviewQueueDecideAndReopen(t *testing.T) {
	f := newFixture(t)
	var after int
	h := f.server(func(c *Config) {
		c.AfterDecision = func(context.Context) error { after++; return errors.New("feed not written") }
	}).Handler()
	id := fmt.Sprint(f.flagged)
	r := do(t, h, "GET", "/review", nil, nil)
	for _, want := range []string{
		`id="` + digest.ReviewAnchor(f.flagged, "growth") + `"`,
		`<a href="/claims/growth">growth</a>: Massage improves weight gain in preterm infants`,
		"<blockquote>“Sunflower oil massage increased weight gain in 120 preterm infants (p&lt;0.01).”</blockquote>",
		"<li>Randomised trial of 120 infants &lt;b&gt;after&lt;/b&gt; the basis</li>",
		`<a href="https://pubmed.ncbi.nlm.nih.gov/39000001/">`,
		`value="accepted">Accept`, `value="dismissed">Dismiss`, `value="reviewed">Mark reviewed`,
		`name="by" value="tester"`, "1 open flag.",
	} {
		if !strings.Contains(r.body, want) {
			t.Errorf("review page lacks %s", want)
		}
	}
	token, cookie := formToken(t, h, "/review")
	post := func(kv ...string) response {
		return do(t, h, "POST", "/review/decide", form(append([]string{"csrf", token}, kv...)...), func(req *http.Request) { req.AddCookie(cookie) })
	}
	if r := post("record", id, "claim", "growth", "status", "accepted", "note", "rewrite the claim"); r.code != http.StatusSeeOther {
		t.Fatalf("accept: %d %s", r.code, r.body)
	}
	if after != 1 {
		t.Errorf("AfterDecision ran %d times, want 1 (its error must not undo the decision)", after)
	}
	// Deciding it is never done twice by accident: reopening an open flag
	// is refused, an unknown flag is 404, a bad decision 400.
	r = do(t, h, "GET", "/review?all=1", nil, nil)
	if !strings.Contains(r.body, "accepted by tester: “rewrite the claim”") || !strings.Contains(r.body, `value="open">Reopen`) {
		t.Errorf("decided flags with their history:\n%s", r.body)
	}
	if r := post("record", id, "claim", "growth", "status", "open", "note", "n was 400", "all", "1"); r.code != http.StatusSeeOther || !strings.Contains(r.header.Get("Location"), "all=1") {
		t.Fatalf("reopen: %d %s", r.code, r.header.Get("Location"))
	}
	if got := f.openFlags(); len(got) != 1 {
		t.Fatalf("after reopening, open flags %v", got)
	}
	for _, c := range []struct {
		kv   []string
		code int
	}{
		{[]string{"record", id, "claim", "growth", "status", "open"}, http.StatusConflict},
		{[]string{"record", id, "claim", "safety", "status", "dismissed"}, http.StatusNotFound},
		{[]string{"record", "99999", "claim", "growth", "status", "dismissed"}, http.StatusNotFound},
		{[]string{"record", id, "claim", "growth", "status", "deleted"}, http.StatusBadRequest},
		{[]string{"record", "x", "claim", "growth", "status", "dismissed"}, http.StatusBadRequest},
		{[]string{"record", id, "status", "dismissed"}, http.StatusBadRequest},
		{[]string{"record", id, "claim", "growth", "status", "dismissed", "note", strings.Repeat("n", maxNote+1)}, http.StatusBadRequest},
	} {
		if r := post(c.kv...); r.code != c.code {
			t.Errorf("%v: %d, want %d", c.kv, r.code, c.code)
		}
	}
	hist, err := f.db.FlagHistory(context.Background(), f.flagged, "")
	if err != nil || len(hist) != 2 || hist[1].Status != "open" || hist[1].Note != "n was 400" {
		t.Fatalf("history after reopening: %+v %v", hist, err)
	}
}

// TestTokenRequiredWhenSet: with a token every request needs it, as basic
// auth's password or a bearer token; basic auth's user decides.
func TestTokenRequiredWhenSet(t *testing.T) {
	f := newFixture(t)
	h := f.server(func(c *Config) { c.Token = "s3cret" }).Handler()
	for name, prep := range map[string]func(*http.Request){
		"nothing":      nil,
		"wrong basic":  func(r *http.Request) { r.SetBasicAuth("ann", "guess") },
		"wrong bearer": func(r *http.Request) { r.Header.Set("Authorization", "Bearer guess") },
		"empty basic":  func(r *http.Request) { r.SetBasicAuth("ann", "") },
	} {
		for _, p := range []string{"/", "/review", "/static/style.css", "/nothing"} {
			r := do(t, h, "GET", p, nil, prep)
			if r.code != http.StatusUnauthorized || !strings.HasPrefix(r.header.Get("WWW-Authenticate"), "Basic") || strings.Contains(r.body, "Massage") {
				t.Errorf("%s, GET %s: %d %q", name, p, r.code, r.header.Get("WWW-Authenticate"))
			}
		}
	}
	basic := func(r *http.Request) { r.SetBasicAuth("ann", "s3cret") }
	if r := do(t, h, "GET", "/review", nil, basic); r.code != 200 || !strings.Contains(r.body, `name="by" value="ann"`) {
		t.Errorf("basic auth: %d; the decider is not the user", r.code)
	}
	if r := do(t, h, "GET", "/status", nil, func(r *http.Request) { r.Header.Set("Authorization", "Bearer s3cret") }); r.code != 200 {
		t.Errorf("bearer: %d", r.code)
	}
	// With a token, the page answers under any name (it is protected).
	if r := do(t, h, "GET", "/", nil, func(r *http.Request) { basic(r); r.Host = "litwatch.example.org" }); r.code != 200 {
		t.Errorf("another host name with the token: %d", r.code)
	}
}

// TestLoopbackOnlyAnswersLocalNames: without a token, a request naming
// another host (DNS rebinding) is refused; base_url's host is accepted.
func TestLoopbackOnlyAnswersLocalNames(t *testing.T) {
	f := newFixture(t)
	h := f.server(func(c *Config) { c.BaseURL = "https://lit.example.org/" }).Handler()
	for host, want := range map[string]int{"127.0.0.1:8080": 200, "localhost": 200, "[::1]:8080": 200, "lit.example.org": 200,
		"evil.example": http.StatusMisdirectedRequest, "127.0.0.1.evil.example:8080": http.StatusMisdirectedRequest, "": http.StatusMisdirectedRequest} {
		r := do(t, h, "GET", "/", nil, func(r *http.Request) { r.Host = host })
		if r.code != want {
			t.Errorf("Host %q: %d, want %d", host, r.code, want)
		}
	}
}

// TestListenRefusesOtherMachinesWithoutToken: an address reachable from
// other machines needs a token; loopback does not.
func TestListenRefusesOtherMachinesWithoutToken(t *testing.T) {
	ctx := context.Background()
	for _, addr := range []string{"0.0.0.0:0", ":0", "[::]:0"} {
		ln, err := Listen(ctx, addr, false)
		if !errors.Is(err, ErrNoAuth) {
			if ln != nil {
				ln.Close()
			}
			t.Errorf("Listen(%s) without a token: %v, want ErrNoAuth", addr, err)
		}
	}
	for _, addr := range []string{"127.0.0.1:0", "localhost:0"} {
		ln, err := Listen(ctx, addr, false)
		if err != nil {
			t.Errorf("Listen(%s): %v", addr, err)
			continue
		}
		if !ln.Addr().(*net.TCPAddr).IP.IsLoopback() {
			t.Errorf("Listen(%s) bound %v", addr, ln.Addr())
		}
		ln.Close()
	}
	ln, err := Listen(ctx, "0.0.0.0:0", true)
	if err != nil {
		t.Fatalf("Listen(0.0.0.0) with a token: %v", err)
	}
	ln.Close()
	if _, err := Listen(ctx, "no-port", false); err == nil {
		t.Error("an address without a port was accepted")
	}
}

// TestOnlyEmbeddedAssetsServed: no path reaches a file that is not one of
// the embedded assets.
func TestOnlyEmbeddedAssetsServed(t *testing.T) {
	f := newFixture(t)
	h := f.server(nil).Handler()
	for _, p := range []string{
		"/static/../web.go", "/static/..%2fweb.go", "/static/%2e%2e/web.go", "/static/%2e%2e%2fweb.go",
		"/static/", "/static", "/static/templates/layout.html", "/static/../templates/layout.html",
		"/../../../../etc/passwd", "/static/..\\web.go", "/web.go", "/templates/layout.html", "/static/style.css/..",
		"/static//etc/passwd", "/static/%2fetc%2fpasswd", "/static/style.css%00.html", "//etc/passwd",
	} {
		r := do(t, h, "GET", p, nil, nil)
		if r.code == http.StatusOK || strings.Contains(r.body, "package web") || strings.Contains(r.body, "root:") || strings.Contains(r.body, `{{define`) {
			t.Errorf("GET %s: %d\n%.200s", p, r.code, r.body)
		}
	}
	r := do(t, h, "GET", "/static/style.css", nil, nil)
	if r.code != 200 || !strings.HasPrefix(r.header.Get("Content-Type"), "text/css") || !strings.Contains(r.body, "nav.top") {
		t.Errorf("style.css: %d %s", r.code, r.header.Get("Content-Type"))
	}
	r = do(t, h, "GET", "/static/digest.css", nil, nil)
	if r.code != 200 || r.body != digest.HTMLStyle() {
		t.Errorf("digest.css: %d, not the digest's style", r.code)
	}
}

// TestBodyCapped: a body larger than MaxBody is refused, announced or not,
// and changes nothing.
func TestBodyCapped(t *testing.T) {
	f := newFixture(t)
	h := f.server(nil).Handler()
	token, cookie := formToken(t, h, "/review")
	big := "csrf=" + token + "&record=" + fmt.Sprint(f.flagged) + "&claim=growth&status=dismissed&note=" + strings.Repeat("x", MaxBody)
	r := do(t, h, "POST", "/review/decide", strings.NewReader(big), func(req *http.Request) { req.AddCookie(cookie) })
	if r.code != http.StatusRequestEntityTooLarge {
		t.Errorf("announced large body: %d, want 413", r.code)
	}
	r = do(t, h, "POST", "/review/decide", strings.NewReader(big), func(req *http.Request) {
		req.AddCookie(cookie)
		req.ContentLength = -1 // chunked: the size is not known before
	})
	if r.code != http.StatusRequestEntityTooLarge {
		t.Errorf("unannounced large body: %d, want 413", r.code)
	}
	if got := f.openFlags(); len(got) != 1 {
		t.Errorf("a refused body changed the flags: %v", got)
	}
}

func TestDigestPages(t *testing.T) {
	f := newFixture(t)
	h := f.server(nil).Handler()
	r := do(t, h, "GET", "/", nil, nil)
	for _, want := range []string{"<h1>1 possible update to your claims</h1>", `<a href="/review#` + digest.ReviewAnchor(f.flagged, "growth") + `">Decide on this flag</a>`,
		`<a href="/claims/growth">growth: Massage improves`, "(the latest)", `<link rel="stylesheet" href="/static/digest.css">`} {
		if !strings.Contains(r.body, want) {
			t.Errorf("latest digest lacks %s", want)
		}
	}
	// A second digest: the first is listed as earlier, and has its page.
	ctx := context.Background()
	if _, err := f.db.SaveDigest(ctx, store.Digest{GeneratedAt: time.Date(2026, 12, 7, 6, 0, 0, 0, time.UTC),
		JSON: []byte(`{"generated_at":"2026-12-07T06:00:00Z","window":{"from":"2026-11-30","to":"2026-12-06"},"summary":{"new":0}}`)}, nil); err != nil {
		t.Fatal(err)
	}
	r = do(t, h, "GET", "/", nil, nil)
	if !strings.Contains(r.body, "Nothing that changes your claims") || !strings.Contains(r.body, fmt.Sprintf(`<a href="/digests/%d">2026-11-30</a>`, f.digest)) {
		t.Errorf("latest digest with an earlier one:\n%s", r.body)
	}
	r = do(t, h, "GET", "/digests", nil, nil)
	if !strings.Contains(r.body, "2026-12-07") || !strings.Contains(r.body, "2 new, 1 flagged") {
		t.Errorf("all digests:\n%s", r.body)
	}
	r = do(t, h, "GET", fmt.Sprintf("/digests/%d", f.digest), nil, nil)
	if r.code != 200 || !strings.Contains(r.body, "1 possible update") || strings.Contains(r.body, "(the latest)") {
		t.Errorf("digest %d: %d", f.digest, r.code)
	}
	for _, p := range []string{"/digests/0", "/digests/x", "/digests/-1", "/digests/99"} {
		if r := do(t, h, "GET", p, nil, nil); r.code != 404 {
			t.Errorf("GET %s: %d, want 404", p, r.code)
		}
	}
}

func TestNoDigestYet(t *testing.T) {
	ctx := context.Background()
	db, err := store.Open(ctx, t.TempDir()+"/empty.db")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	s, err := New(Config{DB: db})
	if err != nil {
		t.Fatal(err)
	}
	for p, want := range map[string]string{"/": "No digest yet", "/review": "No open flags", "/status": "never", "/claims": "No claims", "/digests": "No digest yet"} {
		r := do(t, s.Handler(), "GET", p, nil, nil)
		if r.code != 200 || !strings.Contains(r.body, want) {
			t.Errorf("GET %s on an empty database: %d, lacks %q", p, r.code, want)
		}
	}
	if _, err := New(Config{}); err == nil {
		t.Error("a server without a database was made")
	}
}

func TestClaimPages(t *testing.T) {
	f := newFixture(t)
	h := f.server(nil).Handler()
	r := do(t, h, "GET", "/claims", nil, nil)
	if !strings.Contains(r.body, `<a href="/claims/growth">growth</a>: Massage improves`) || !strings.Contains(r.body, `<td class="num">1</td><td class="num">1</td>`) {
		t.Errorf("claims list:\n%s", r.body)
	}
	r = do(t, h, "GET", "/claims/growth", nil, nil)
	for _, want := range []string{
		"<h1>Claim growth</h1>", "Current verdict (as of 2004): <strong>benefit</strong>",
		`<a href="https://doi.org/10.1002/14651858.CD000390.pub2">Massage for promoting growth in preterm infants</a> (2004)`,
		`<strong>New version</strong> of 10.1002/14651858.cd000390.pub2`, `<a href="https://doi.org/10.1002/14651858.cd000390.pub3">`,
		`<svg xmlns="http://www.w3.org/2000/svg"`, `fill="#cf222e"><title>2026: 1 harm</title>`, "flag <a href=\"/review?all=1#" + digest.ReviewAnchor(f.flagged, "growth") + `">open</a>`,
		"1 record, newest first",
	} {
		if !strings.Contains(r.body, want) {
			t.Errorf("claim page lacks %s", want)
		}
	}
	r = do(t, h, "GET", "/claims/safety", nil, nil)
	if !strings.Contains(r.body, "Coconut oil") || !strings.Contains(r.body, "names no basis") || !strings.Contains(r.body, "no retraction") {
		t.Errorf("claim safety:\n%s", r.body)
	}
}

func TestChart(t *testing.T) {
	c := newChart([]store.YearCount{{Year: 0, Direction: "benefit", Count: 2}, {Year: 2020, Direction: "benefit", Count: 3}, {Year: 2020, Direction: "harm", Count: 1}, {Year: 2023, Direction: "no_effect", Count: 2}, {Year: 2023, Direction: "weird", Count: 1}})
	if c.Empty || c.Undated != 2 || len(c.Rows) != 4 {
		t.Fatalf("chart: %+v", c)
	}
	if c.Rows[0].Year != 2020 || c.Rows[0].Total != 4 || c.Rows[1].Total != 0 || c.Rows[3].Counts[3] != 1 {
		t.Errorf("rows: %+v", c.Rows)
	}
	// The tallest bar fills the plot; stacked bars touch.
	var first []bar
	for _, b := range c.Bars {
		if strings.HasPrefix(b.Title, "2020") {
			first = append(first, b)
		}
	}
	if len(first) != 2 || first[0].Y+first[0].H != plotBottom || first[1].Y+first[1].H != first[0].Y || first[1].Y != plotTop {
		t.Errorf("bars of 2020: %+v", first)
	}
	for _, b := range c.Bars {
		if b.X < plotLeft || b.X+b.W > plotRight || b.Y < plotTop || b.H <= 0 {
			t.Errorf("bar outside the plot: %+v", b)
		}
	}
	if e := newChart(nil); !e.Empty {
		t.Error("no counts drew a chart")
	}
	many := newChart([]store.YearCount{{Year: 1900, Direction: "benefit", Count: 1}, {Year: 2026, Direction: "harm", Count: 1}})
	if len(many.Rows) != maxChartYears || many.Rows[0].Year != 2026-maxChartYears+1 {
		t.Errorf("a long span: %d rows from %d", len(many.Rows), many.Rows[0].Year)
	}
}

func TestSearchPage(t *testing.T) {
	f := newFixture(t)
	h := f.server(nil).Handler()
	r := do(t, h, "GET", "/search", nil, nil)
	if r.code != 200 || !strings.Contains(r.body, `name="q"`) || strings.Contains(r.body, `class="total"`) {
		t.Errorf("empty search: %d", r.code)
	}
	r = do(t, h, "GET", "/search?q=oil", nil, nil)
	if !strings.Contains(r.body, "2 matches.") || !strings.Contains(r.body, "<mark>oil</mark>") {
		t.Errorf("search oil:\n%s", r.body)
	}
	r = do(t, h, "GET", "/search?q=oil&claim=safety&from=2020&to=2025&design=observational", nil, nil)
	if !strings.Contains(r.body, "1 match.") || !strings.Contains(r.body, "Coconut oil") || strings.Contains(r.body, "Sunflower") {
		t.Errorf("search with filters:\n%s", r.body)
	}
	if !strings.Contains(r.body, `<option value="safety" selected>`) || !strings.Contains(r.body, `<option value="observational" selected>`) {
		t.Error("the filters are not kept in the form")
	}
	r = do(t, h, "GET", "/search?q=oil&flagged=1", nil, nil)
	if !strings.Contains(r.body, "1 match.") || !strings.Contains(r.body, "Sunflower") {
		t.Errorf("flagged only:\n%s", r.body)
	}
	for _, q := range []string{"/search?q=oil&from=x", "/search?q=oil&design=nonsense", "/search?q=oil&claim=nothing"} {
		if r := do(t, h, "GET", q, nil, nil); r.code != 400 || !strings.Contains(r.body, `class="problem"`) {
			t.Errorf("GET %s: %d", q, r.code)
		}
	}
	if r := do(t, h, "GET", "/search?q=%22%28%29", nil, nil); r.code != 200 || !strings.Contains(r.body, "Nothing to search for") {
		t.Errorf("punctuation only: %d", r.code)
	}
}

func TestSearchPaged(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	run, err := f.db.StartRun(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var recs []store.Record
	for i := range 45 {
		recs = append(recs, store.Record{PMID: fmt.Sprint(38000000 + i), Title: fmt.Sprintf("Emollient trial number %d", i), Year: 2020})
	}
	if _, err := f.db.SaveBatch(ctx, run, "pubmed", recs); err != nil {
		t.Fatal(err)
	}
	h := f.server(nil).Handler()
	seen := map[string]bool{}
	for page, want := range map[int]int{1: 20, 2: 20, 3: 5} {
		r := do(t, h, "GET", fmt.Sprintf("/search?q=emollient&page=%d", page), nil, nil)
		n := strings.Count(r.body, `<li class="hit">`)
		if n != want || !strings.Contains(r.body, fmt.Sprintf("45 matches, page %d of 3.", page)) {
			t.Errorf("page %d: %d hits, want %d", page, n, want)
		}
		for _, m := range regexpTitles.FindAllString(r.body, -1) {
			if seen[m] {
				t.Errorf("%s on two pages", m)
			}
			seen[m] = true
		}
		if page == 2 && (!strings.Contains(r.body, `rel="prev"`) || !strings.Contains(r.body, `rel="next"`)) {
			t.Error("page 2 does not link both ways")
		}
	}
	if len(seen) != 45 {
		t.Errorf("%d distinct hits over the pages, want 45", len(seen))
	}
}

func TestStatusPage(t *testing.T) {
	f := newFixture(t)
	h := f.server(func(c *Config) { c.Busy = func() (bool, error) { return true, nil } }).Handler()
	r := do(t, h, "GET", "/status", nil, nil)
	for _, want := range []string{"0 6 * * 1; next run 2026-12-07 06:00 UTC", "2 stored", "a litwatch run or daemon is working",
		"<td>pubmed</td>", `<span class="ok">ok</span>`, `<span class="err">FAILED</span>`,
		"HTTP 503 from server &lt;i&gt;down&lt;/i&gt; key=REDACTED", "pending", `<a href="/review">1</a>`} {
		if !strings.Contains(r.body, want) {
			t.Errorf("status lacks %s", want)
		}
	}
	if strings.Contains(r.body, "SECRETKEY") {
		t.Error("status shows a secret")
	}
}

// TestServeShutsDownGracefully: Serve answers until its context ends,
// then returns without error.
func TestServeShutsDownGracefully(t *testing.T) {
	f := newFixture(t)
	s := f.server(nil)
	ctx, cancel := context.WithCancel(context.Background())
	ln, err := Listen(ctx, "127.0.0.1:0", false)
	if err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- s.Serve(ctx, ln) }()
	resp, err := http.Get("http://" + ln.Addr().String() + "/status")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 200 {
		t.Fatalf("GET /status: %d", resp.StatusCode)
	}
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("Serve: %v", err)
		}
	case <-time.After(15 * time.Second):
		t.Fatal("Serve did not return after its context ended")
	}
	if _, err := http.Get("http://" + ln.Addr().String() + "/"); err == nil {
		t.Error("still answering after shutdown")
	}
}

var regexpTitles = regexp.MustCompile(`Emollient trial number \d+`)

// More matches than the store counts say so ("More than 1000 matches"),
// never a count that looks exact.
func TestSearchCappedTotal(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	run, err := f.db.StartRun(ctx)
	if err != nil {
		t.Fatal(err)
	}
	recs := make([]store.Record, store.SearchRankWindow+5)
	for i := range recs {
		recs[i] = store.Record{PMID: fmt.Sprint(38000000 + i), Title: fmt.Sprintf("Almond oil study %d", i), Year: 2020}
	}
	if _, err := f.db.SaveBatch(ctx, run, "pubmed", recs); err != nil {
		t.Fatal(err)
	}
	r := do(t, f.server(nil).Handler(), "GET", "/search?q=almond", nil, nil)
	if r.code != 200 || !strings.Contains(r.body, fmt.Sprintf("More than %d matches", store.SearchRankWindow)) {
		t.Errorf("capped total: %d\n%s", r.code, r.body)
	}
}
