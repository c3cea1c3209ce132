package digest

import (
	"strings"
	"testing"

	"github.com/litwatch/litwatch/store"
)

// TestHeadlineWhenNoSourceWasReached: when every source failed, the
// headline says so first, naming each source and why, instead of claiming
// that nothing changes; one failure among working sources does not.
func TestHeadlineWhenNoSourceWasReached(t *testing.T) {
	in := Input{GeneratedAt: day("2026-11-30"), From: day("2026-11-23"), To: day("2026-11-29"),
		Sources: []store.SourceResult{
			{Name: "pubmed", Errors: []string{"pubmed esearch 2026-11-23..2026-11-29: giving up after 5 attempts: fetch https://eutils.ncbi.nlm.nih.gov/entrez/eutils/esearch.fcgi: dial tcp: lookup eutils.ncbi.nlm.nih.gov: no such host"}},
			{Name: "clinicaltrials", Errors: []string{"clinicaltrials: GET https://clinicaltrials.gov/api/v2/studies: HTTP 503 Service Unavailable", "second error"}},
			{Name: "europepmc", Errors: []string{"europepmc: " + strings.Repeat("very long reason ", 20)}},
		}}
	d := Build(in)
	if !d.AllSourcesFailed() {
		t.Fatal("AllSourcesFailed = false with every source failed")
	}
	h := newView(d).Headline
	want := "No source could be reached: pubmed (dial tcp: lookup eutils.ncbi.nlm.nih.gov: no such host), clinicaltrials (HTTP 503 Service Unavailable), europepmc (europepmc: very long reason"
	if !strings.HasPrefix(h, want) || !strings.HasSuffix(h, "…)") || len([]rune(h)) > len(want)+maxCause {
		t.Errorf("headline = %q\nwant it to start %q and cut the long reason", h, want)
	}
	for _, format := range []string{"md", "text", "html"} {
		out := render(t, d, format)
		if strings.Contains(out, "Nothing that changes") {
			t.Errorf("%s digest says nothing changes although no source was reached", format)
		}
		first := strings.TrimPrefix(strings.SplitN(strings.TrimSpace(out), "\n", 2)[0], "# ")
		if format != "html" && !strings.HasPrefix(first, "No source could be reached: pubmed") {
			t.Errorf("%s digest's first line = %q", format, first)
		}
	}
	if out := render(t, d, "html"); !strings.Contains(out, "<h1>No source could be reached: pubmed") {
		t.Errorf("html digest's heading does not say so:\n%.600s", out)
	}

	// One source working is not "no source could be reached".
	in.Sources = append(in.Sources, store.SourceResult{Name: "crossref-basis", Fetched: 2})
	d = Build(in)
	if d.AllSourcesFailed() {
		t.Error("AllSourcesFailed = true with one source working")
	}
	if h := newView(d).Headline; h != "Nothing that changes your claims this week" {
		t.Errorf("headline with one source working = %q", h)
	}
	// No source at all (an empty digest) is not a failure either.
	if Build(Input{GeneratedAt: day("2026-11-30")}).AllSourcesFailed() {
		t.Error("AllSourcesFailed = true with no source")
	}

	// Flags from records stored earlier are still announced, after.
	in.Sources = in.Sources[:1]
	in.Records = []store.Record{{ID: 1}}
	in.Assessments = map[int64][]store.Assessment{1: {{Claim: "A", Relevant: true, Flagged: true}}}
	if h := newView(Build(in)).Headline; !strings.HasPrefix(h, "No source could be reached: pubmed (") ||
		!strings.HasSuffix(h, "; 1 possible update to your claims from records stored earlier") {
		t.Errorf("headline = %q", h)
	}
}
