package web

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/litwatch/litwatch/report/digest"
)

// chromium finds the browser: $LITWATCH_CHROMIUM, else a Chromium or
// Chrome on PATH ("" if none).
func chromium(t *testing.T) string {
	if p := os.Getenv("LITWATCH_CHROMIUM"); p != "" {
		if _, err := os.Stat(p); err != nil {
			t.Fatalf("LITWATCH_CHROMIUM=%s: %v", p, err)
		}
		return p
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

// TestBrowserDismissFlag drives a real headless Chromium through the page
// as an editor would: read the latest digest, follow its link to the
// flag, dismiss it with a note through the form (no JavaScript on the
// page), and see it gone; the store, which `litwatch flags` reads, agrees.
func TestBrowserDismissFlag(t *testing.T) {
	bin := chromium(t)
	if bin == "" {
		t.Skip("SKIPPED: no Chromium found (install Debian's chromium package: apt-get install -y chromium; or set LITWATCH_CHROMIUM to a Chromium or Chrome binary): the browser test of the review flow did not run")
	}
	f := newFixture(t)
	s := f.server(nil)
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	ln, err := Listen(ctx, "127.0.0.1:0", false)
	if err != nil {
		t.Fatal(err)
	}
	served := make(chan error, 1)
	sctx, stopServer := context.WithCancel(ctx)
	go func() { served <- s.Serve(sctx, ln) }()
	defer func() {
		stopServer()
		if err := <-served; err != nil {
			t.Errorf("Serve: %v", err)
		}
	}()
	base := "http://" + ln.Addr().String()

	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(bin),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.Flag("disable-crash-reporter", true),
	)
	// Under load a browser sometimes exits before it listens (seen on this
	// 2-core machine): start it again, up to three times, each with a
	// fresh profile.
	var bctx context.Context
	for attempt := 1; ; attempt++ {
		actx, cancelAlloc := chromedp.NewExecAllocator(ctx, append(opts, chromedp.UserDataDir(t.TempDir()))...)
		defer cancelAlloc()
		c, cancelBrowser := chromedp.NewContext(actx, chromedp.WithErrorf(t.Logf))
		defer cancelBrowser()
		err := chromedp.Do(c, chromedp.Navigate("about:blank"))
		if err == nil {
			bctx = c
			break
		}
		if attempt == 3 || !strings.Contains(err.Error(), "failed to start") {
			t.Fatalf("browser: %v", err)
		}
		t.Logf("browser did not start (attempt %d), starting it again: %v", attempt, err)
	}

	anchor := digest.ReviewAnchor(f.flagged, "growth")
	flag := func(sel string) chromedp.CSS { return chromedp.CSS("#" + anchor + " " + sel) }
	do := func(steps ...chromedp.Action[chromedp.Void]) {
		t.Helper()
		if err := chromedp.Do(bctx, steps...); err != nil {
			t.Fatalf("browser: %v", err)
		}
	}
	text := func(sel chromedp.CSS) string {
		t.Helper()
		s, err := chromedp.Run(bctx, chromedp.Text(sel))
		if err != nil {
			t.Fatalf("browser: text of %s: %v", sel, err)
		}
		return s
	}
	eval := func(expr string) bool {
		t.Helper()
		v, err := chromedp.Run(bctx, chromedp.Evaluate[bool](expr))
		if err != nil {
			t.Fatalf("browser: %s: %v", expr, err)
		}
		return v
	}

	do(chromedp.Navigate(base+"/"), chromedp.WaitVisible(chromedp.CSS("h1")))
	headline := text("h1")
	title := text("article.flag h4")
	scripts := !eval(`document.querySelectorAll("script").length === 0`)
	// The digest's own link to the flag on the review page; the form is
	// filled and sent as a person would.
	do(chromedp.Click(chromedp.CSS(`article.flag a[href^="/review#"]`)),
		chromedp.WaitVisible(flag("textarea[name=note]")),
		chromedp.SendKeys(flag("textarea[name=note]"), "n=40, too small"),
		chromedp.SetValue(flag("input[name=by]"), "ann"),
		chromedp.Click(flag("button[value=dismissed]")),
		chromedp.WaitVisible(chromedp.CSS("p.notice")))
	notice := text("p.notice")
	gone := eval(fmt.Sprintf(`document.getElementById(%q) === null`, anchor))
	noneOpen := eval(`document.querySelector("main").textContent.includes("No open flags")`)
	// The decided flag, with its history, among all flags.
	do(chromedp.Navigate(base+"/review?all=1"), chromedp.WaitVisible(flag(".history")))
	history := text(chromedp.CSS("#" + anchor + " .history li"))

	if headline != "1 possible update to your claims" {
		t.Errorf("the latest digest's headline reads %q", headline)
	}
	if title != hostile {
		t.Errorf("the hostile title reads %q, want it as text: %q", title, hostile)
	}
	if scripts {
		t.Error("the page holds a script element")
	}
	if want := fmt.Sprintf("Record %d, claim growth: flag marked dismissed.", f.flagged); notice != want {
		t.Errorf("notice %q, want %q", notice, want)
	}
	if !gone || !noneOpen {
		t.Errorf("after dismissing, the flag is still on the page (gone %v, 'No open flags' %v)", gone, noneOpen)
	}
	if !strings.Contains(history, "dismissed by ann: “n=40, too small”") {
		t.Errorf("history on the page: %q", history)
	}
	// What `litwatch flags` reads: no open flag; the decision as typed.
	if open := f.openFlags(); len(open) != 0 {
		t.Errorf("the store still has open flags: %v", open)
	}
	hist, err := f.db.FlagHistory(context.Background(), f.flagged, "growth")
	if err != nil || len(hist) != 1 || hist[0].Status != "dismissed" || hist[0].Note != "n=40, too small" || hist[0].By != "ann" {
		t.Errorf("the store's history: %+v %v", hist, err)
	}
}
