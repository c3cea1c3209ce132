package digest

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/litwatch/litwatch/store"
)

// readerInput is a week an editor reads: a systematic review with all four
// identifiers that bears on two claims (flagged on one), a trial that bears
// on one, and a record with a hostile title that bears on none.
func readerInput() Input {
	return Input{
		GeneratedAt: day("2026-11-30"),
		From:        day("2026-11-23"),
		To:          day("2026-11-29"),
		Claims: []ClaimInfo{
			{ID: "safety", Statement: "Infant massage with oil is safe", Verdict: "no_risk", AsOf: 2020},
			{ID: "growth", Statement: "Oils differ in their effect on growth", Verdict: "possible_harm_benefit", AsOf: 2019},
			{ID: "quiet", Statement: "A claim nothing bears on", Verdict: "insufficient"},
		},
		Records: []store.Record{
			{ID: 1, PMID: "39000001", DOI: "10.1000/sr(2026)1", PMCID: "PMC9000001", NCT: "NCT01234567",
				Title: "Oil massage in infants: a systematic review", Year: 2026, Journal: "Cochrane Database Syst Rev"},
			{ID: 2, PMID: "39000002", Title: "Sunflower oil versus no oil: a randomised trial", Year: 2026},
			{ID: 3, PMID: "39000003", Title: "<b>x</b> *y* [z](javascript:alert(1)) & _w_ <script>alert(2)</script>", Year: 2024},
		},
		Designs: map[int64]string{1: "systematic_review", 2: "rct", 3: "case_report"},
		Assessments: map[int64][]store.Assessment{
			1: {
				{Claim: "safety", Relevant: true, Flagged: true, Signal: "new_harm", Level: "medium", Direction: "harm",
					Reasons: []string{"A systematic review published 2026 reports harm"}},
				{Claim: "growth", Relevant: true, Signal: "confirms", Level: "low", Direction: "no_effect", N: 1234},
			},
			2: {{Claim: "growth", Relevant: true, Signal: "relevant", Level: "low", Direction: "no_effect", N: 120}},
			3: {{Claim: "safety", Relevant: false, Signal: "relevant"}},
		},
	}
}

func TestClaimSummary(t *testing.T) {
	d := Build(readerInput())
	want := []ClaimSummary{
		{Claim: "safety", Records: 1, Flagged: 1, Signal: "new_harm", Level: "medium",
			Line: "safety: 1 new relevant record, 1 flagged; strongest signal: new report of harm (level medium)."},
		{Claim: "growth", Records: 2, Signal: "confirms", Level: "low",
			Line: "growth: 2 new relevant records, none flagged; strongest signal: confirms (level low)."},
		{Claim: "quiet", Line: "quiet: no new relevant record."},
	}
	if got := d.Summary.Claims; fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("summary claims =\n%+v\nwant\n%+v", got, want)
	}

	// The JSON digest carries them under "summary", beside the counts.
	data, err := d.JSON()
	if err != nil {
		t.Fatal(err)
	}
	var raw struct {
		Summary struct {
			New    int `json:"new"`
			Claims []struct {
				Claim, Signal, Line string
				Records, Flagged    int
			} `json:"claims"`
		} `json:"summary"`
	}
	if err := json.Unmarshal(data, &raw); err != nil {
		t.Fatal(err)
	}
	if raw.Summary.New != 3 || len(raw.Summary.Claims) != 3 || raw.Summary.Claims[0].Line != want[0].Line ||
		raw.Summary.Claims[0].Signal != "new_harm" || raw.Summary.Claims[1].Records != 2 {
		t.Errorf("JSON summary = %+v", raw.Summary)
	}

	// A digest stored before the per-claim summary gets one when read back.
	old := strings.Replace(string(data), `"claims": [`, `"no_claims": [`, 1)
	p, err := Parse([]byte(old))
	if err != nil {
		t.Fatal(err)
	}
	if fmt.Sprint(p.Summary.Claims) != fmt.Sprint(want) {
		t.Errorf("parsed old digest: summary claims = %+v", p.Summary.Claims)
	}

	// Open flags and basis alerts count per claim too.
	in := readerInput()
	in.Open = []OpenFlag{{RecordID: 9, Claim: "quiet", Title: "Earlier", Signal: "contradicts"}}
	in.Basis = []BasisAlert{{Claim: "quiet", Message: "Its review was retracted"}}
	if got := Build(in).Summary.Claims[2].Line; got != "quiet: no new relevant record; 1 flag still open from earlier digests; 1 alert about its basis." {
		t.Errorf("quiet line = %q", got)
	}
}

func TestDigestReadsFirst(t *testing.T) {
	d := Build(readerInput())
	lines := []string{
		"safety: 1 new relevant record, 1 flagged; strongest signal: new report of harm (level medium).",
		"growth: 2 new relevant records, none flagged; strongest signal: confirms (level low).",
		"quiet: no new relevant record.",
	}
	firstList := map[string]string{"md": "## ", "html": "<h2>", "text": "POSSIBLE UPDATES"}
	for _, f := range []string{"md", "html", "text"} {
		out := render(t, d, f)
		// One line per claim, in order, before any list.
		last := -1
		for _, l := range lines {
			if f == "text" {
				l = wrap(l, "* ", "  ", textWidth)[0]
			}
			i := strings.Index(out, l)
			switch {
			case i < 0:
				t.Errorf("%s: summary line %q missing:\n%s", f, l, out)
			case i < last:
				t.Errorf("%s: summary line %q out of order", f, l)
			case i > strings.Index(out, firstList[f]):
				t.Errorf("%s: summary line %q after the first section", f, l)
			}
			last = i
		}
		// No code where a word will do.
		for _, code := range []string{"systematic_review", "no_effect", "possible_harm_benefit", "new_harm", "no_risk", "case_report", "non_randomised", "trial_registration"} {
			if strings.Contains(out, code) {
				t.Errorf("%s: raw code %q in the digest", f, code)
			}
		}
		for _, w := range []string{"systematic review", "direction: no effect", "possible harm / benefit", "new report of harm", "no significant risk", "Also bears on: growth (confirms)", "120 participants"} {
			if !strings.Contains(out, w) {
				t.Errorf("%s: %q missing", f, w)
			}
		}
		// A short legend for levels and signals.
		for _, w := range []string{"Levels, how much attention a record asks for:", "Signals, what a record means for a claim:", "expression of concern"} {
			if !strings.Contains(out, w) {
				t.Errorf("%s: legend lacks %q", f, w)
			}
		}
	}

	md := render(t, d, "md")
	for _, want := range []string{
		"[PMID 39000001](https://pubmed.ncbi.nlm.nih.gov/39000001/)",
		"[DOI 10.1000/sr(2026)1](https://doi.org/10.1000/sr%282026%291)",
		"[PMCID PMC9000001](https://europepmc.org/article/PMC/PMC9000001)",
		"[NCT01234567](https://clinicaltrials.gov/study/NCT01234567)",
		"[PMID 39000002](https://pubmed.ncbi.nlm.nih.gov/39000002/)", // relevant, not flagged
		// the record bearing on no claim, escaped, linked, with its year
		"## Not relevant\n\n1 other new record bears on none of your claims:\n\n" +
			`- [\<b\>x\</b\> \*y\* \[z\](javascript:alert(1)) \& \_w\_ \<script\>alert(2)\</script\>](https://pubmed.ncbi.nlm.nih.gov/39000003/) (2024)` + "\n",
	} {
		if !strings.Contains(md, want) {
			t.Errorf("Markdown lacks %q:\n%s", want, md)
		}
	}

	html := render(t, d, "html")
	for _, want := range []string{
		`<a href="https://pubmed.ncbi.nlm.nih.gov/39000001/">PMID 39000001</a>`,
		`<a href="https://doi.org/10.1000/sr%282026%291">DOI 10.1000/sr(2026)1</a>`,
		`<a href="https://europepmc.org/article/PMC/PMC9000001">PMCID PMC9000001</a>`,
		`<a href="https://clinicaltrials.gov/study/NCT01234567">NCT01234567</a>`,
		"<details>\n<summary>1 other new record bears on none of your claims:</summary>\n<ul>\n" +
			`<li><a href="https://pubmed.ncbi.nlm.nih.gov/39000003/">&lt;b&gt;x&lt;/b&gt; *y* [z](javascript:alert(1)) &amp; _w_ &lt;script&gt;alert(2)&lt;/script&gt;</a> <span class="meta">(2024)</span></li>` +
			"\n</ul>\n</details>",
	} {
		if !strings.Contains(html, want) {
			t.Errorf("HTML lacks %q:\n%s", want, html)
		}
	}
	for _, bad := range []string{"<b>x", "<script>", `href="javascript`} {
		if strings.Contains(html, bad) {
			t.Errorf("HTML contains %q", bad)
		}
	}

	text := render(t, d, "text")
	if i, j := strings.Index(text, "NOT RELEVANT"), strings.Index(text, "* <b>x</b> *y*"); j < 0 || j < i {
		t.Errorf("text does not list the record bearing on no claim under NOT RELEVANT:\n%s", text)
	}
	if !strings.Contains(text, "PMID 39000001, DOI 10.1000/sr(2026)1, PMCID PMC9000001, NCT01234567") {
		t.Errorf("text lacks the identifiers:\n%s", text)
	}
}

func TestUnrelatedListBounded(t *testing.T) {
	in := Input{GeneratedAt: day("2026-11-30")}
	for i := 1; i <= maxUnrelated+5; i++ {
		in.Records = append(in.Records, store.Record{ID: int64(i), PMID: fmt.Sprint(40000000 + i), Title: fmt.Sprintf("Record %d", i), Year: 2026})
	}
	d := Build(in)
	v := newView(d)
	if len(v.Unrelated) != maxUnrelated || v.Other != maxUnrelated+5 {
		t.Errorf("listed %d of %d", len(v.Unrelated), v.Other)
	}
	for _, f := range []string{"md", "html", "text"} {
		if out := render(t, d, f); !strings.Contains(out, "and 5 more records, not listed here; the JSON digest lists them all.") {
			t.Errorf("%s: no note of the records left out", f)
		}
	}
	if len(d.Records) != maxUnrelated+5 {
		t.Errorf("JSON digest has %d records", len(d.Records))
	}
}

func TestSourceIDsLinked(t *testing.T) {
	d := Build(Input{
		GeneratedAt: day("2026-11-30"),
		Records:     []store.Record{{ID: 1, PPR: "PPR123", OpenAlex: "W42", Title: "A preprint", Year: 2026}},
		Assessments: map[int64][]store.Assessment{1: {{Claim: "C1", Relevant: true, Flagged: true, Signal: "contradicts"}}},
	})
	md := render(t, d, "md")
	for _, want := range []string{
		"[Europe PMC PPR123](https://europepmc.org/article/PPR/PPR123)",
		"[OpenAlex W42](https://openalex.org/W42)",
	} {
		if !strings.Contains(md, want) {
			t.Errorf("Markdown lacks %q:\n%s", want, md)
		}
	}
}
