package main

import (
	"context"
	"fmt"
	"os"
	"os/user"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/litwatch/litwatch/store"
)

// feedTerms lists the claim of each entry of the Atom feed at path, and
// checks the file is readable by all like the digests.
func feedTerms(t *testing.T, path string) []string {
	t.Helper()
	fi, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if fi.Mode().Perm() != 0o644 {
		t.Errorf("%s has mode %v, want 0644 like the digests", path, fi.Mode().Perm())
	}
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return atomTerms(string(b))
}

var atomTerm = regexp.MustCompile(`<category term="([^"]+)"`)

func atomTerms(feed string) []string {
	var out []string
	for _, m := range atomTerm.FindAllStringSubmatch(feed, -1) {
		out = append(out, m[1])
	}
	return out
}

// TestFlagsDecidedPerClaimWithHistory follows a record flagged on two
// claims through the review queue: decided per claim, reopened, its
// history shown; the digest and the feed follow.
func TestFlagsDecidedPerClaimWithHistory(t *testing.T) {
	h := newHarness(t, "")
	h.srv.Add(article("1001", time.Now().UTC().AddDate(0, 0, -5), "Massage therapy for weight gain in preterm infants: a systematic review and meta-analysis", metaAbstract, "Systematic Review", "Meta-Analysis"))
	if code, _, errs := h.main("run", "--config", h.config); code != 0 {
		t.Fatalf("run exited %d: %s", code, errs)
	}
	rec := h.latestJSON()["records"].([]any)[0].(map[string]any)
	rid := int64(rec["id"].(float64))
	id := fmt.Sprint(rid)

	// The record is flagged on a second claim as well.
	ctx := context.Background()
	db, err := store.Open(ctx, h.db)
	if err != nil {
		t.Fatal(err)
	}
	as, designs, err := db.Assessments(ctx, []int64{rid})
	if err != nil {
		t.Fatal(err)
	}
	var flagged []string
	list := as[rid]
	has := false
	for _, a := range list {
		has = has || a.Claim == "safety"
	}
	if !has {
		list = append(list, store.Assessment{RecordID: rid, Claim: "safety", Signal: "none"})
	}
	for i := range list {
		if list[i].Claim == "safety" {
			list[i].Flagged, list[i].Relevant = true, true
			list[i].Reasons = []string{"Reports adverse events"}
		}
		if list[i].Flagged {
			flagged = append(flagged, list[i].Claim)
		}
	}
	if err := db.SaveAssessments(ctx, rid, designs[rid], list); err != nil {
		t.Fatal(err)
	}
	db.Close()
	if fmt.Sprint(flagged) != "[preterm-growth safety]" {
		t.Fatalf("flagged claims = %v, want preterm-growth and safety", flagged)
	}
	feed := filepath.Join(h.digest, "flags.atom")

	// Without --claim, a decision on a record flagged on two claims is
	// refused, naming them.
	code, out, errs := h.main("flags", "dismissed", id, "--config", h.config)
	if code != 2 || !strings.Contains(errs, "flagged on 2 claims (preterm-growth, safety)") || !strings.Contains(errs, "--claim") {
		t.Fatalf("decision without --claim: exit %d\n%s%s", code, out, errs)
	}
	if _, out, _ := h.main("flags", "--history", id, "--config", h.config); !strings.Contains(out, "no decisions yet") {
		t.Fatalf("a refused decision was stored: %s", out)
	}

	code, out, errs = h.main("flags", "dismissed", id, "--claim", "safety", "--note", "n=40, too small", "--by", "ann", "--config", h.config)
	if code != 0 || !strings.Contains(out, "claim safety: flag marked dismissed by ann") {
		t.Fatalf("flags dismissed --claim safety: exit %d\n%s%s", code, out, errs)
	}
	if _, out, _ := h.main("flags", "--config", h.config); !strings.Contains(out, id+"\tpreterm-growth\topen") || strings.Contains(out, "safety") {
		t.Fatalf("open flags after deciding safety:\n%s", out)
	}
	if got := fmt.Sprint(feedTerms(t, feed)); got != "[preterm-growth]" {
		t.Errorf("feed after deciding safety: %s, want only preterm-growth", got)
	}

	// Without --by, the OS user decides.
	if code, out, errs := h.main("flags", "accepted", id, "--claim", "preterm-growth", "--config", h.config); code != 0 || !strings.Contains(out, "accepted") {
		t.Fatalf("flags accepted: exit %d\n%s%s", code, out, errs)
	}
	if _, out, _ := h.main("flags", "--config", h.config); !strings.Contains(out, "no open flags") {
		t.Fatalf("open flags after deciding both:\n%s", out)
	}
	if got := feedTerms(t, feed); len(got) != 0 {
		t.Errorf("feed after deciding both: %v, want no entries", got)
	}

	// Reopened, the flag is listed again; reopening it twice is refused.
	if code, out, errs := h.main("flags", "open", id, "--claim", "safety", "--note", "n was 400", "--by", "bob", "--config", h.config); code != 0 || !strings.Contains(out, "reopened by bob") {
		t.Fatalf("flags open: exit %d\n%s%s", code, out, errs)
	}
	if code, _, errs := h.main("flags", "open", id, "--claim", "safety", "--config", h.config); code != 1 || !strings.Contains(errs, "open already") {
		t.Fatalf("reopening an open flag: exit %d %s", code, errs)
	}
	if _, out, _ := h.main("flags", "--config", h.config); !strings.Contains(out, id+"\tsafety\topen") || strings.Contains(out, "preterm-growth") {
		t.Fatalf("open flags after reopening safety:\n%s", out)
	}
	if _, out, _ := h.main("flags", "--all", "--config", h.config); !strings.Contains(out, "\tnote: n was 400") || !strings.Contains(out, "reopened ") {
		t.Fatalf("flags --all after reopening:\n%s", out)
	}
	if got := fmt.Sprint(feedTerms(t, feed)); got != "[safety]" {
		t.Errorf("feed after reopening safety: %s", got)
	}

	// The history: every decision, oldest first, with who and why.
	code, out, errs = h.main("flags", "--history", id, "--config", h.config)
	if code != 0 {
		t.Fatalf("flags --history: exit %d %s", code, errs)
	}
	me := "unknown"
	if u, err := user.Current(); err == nil {
		me = u.Username
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	want := []string{
		"record " + id + ": Massage therapy",
		"\tsafety\tdismissed\tann\tn=40, too small",
		"\tpreterm-growth\taccepted\t" + me,
		"\tsafety\treopened\tbob\tn was 400",
		"now: preterm-growth accepted, safety open",
	}
	if len(lines) != len(want) {
		t.Fatalf("flags --history:\n%s", out)
	}
	for i, w := range want {
		if !strings.Contains(lines[i], w) {
			t.Errorf("history line %d = %q, want it to contain %q", i, lines[i], w)
		}
	}
	if _, out, _ := h.main("flags", "--history", id, "--claim", "preterm-growth", "--config", h.config); strings.Contains(out, "safety") || !strings.Contains(out, "accepted") {
		t.Errorf("flags --history --claim preterm-growth:\n%s", out)
	}
	if code, _, _ := h.main("flags", "--history", "99999", "--config", h.config); code != 1 {
		t.Errorf("history of an unknown record exited %d, want 1", code)
	}
	if code, _, _ := h.main("flags", "--history", id, "dismissed", "--config", h.config); code != 2 {
		t.Errorf("--history with a decision exited %d, want 2", code)
	}

	// The next digest lists the reopened flag, not the accepted one; the
	// cycle writes the feed with the digests' permissions.
	if code, _, errs := h.main("run", "--config", h.config); code != 0 {
		t.Fatalf("run exited %d: %s", code, errs)
	}
	var open []string
	for _, f := range h.latestJSON()["open_flags"].([]any) {
		m := f.(map[string]any)
		open = append(open, fmt.Sprint(m["record_id"], "/", m["claim"]))
	}
	if got := fmt.Sprint(open); got != "["+id+"/safety]" {
		t.Errorf("digest open_flags = %s, want only %s/safety", got, id)
	}
	if got := fmt.Sprint(feedTerms(t, feed)); got != "[safety]" {
		t.Errorf("feed after the cycle: %s", got)
	}
	if code, out, errs := h.main("export", "--format", "atom", "--config", h.config); code != 0 || fmt.Sprint(atomTerms(out)) != "[safety]" {
		t.Errorf("export --format atom: exit %d %v %s", code, atomTerms(out), errs)
	}
}
