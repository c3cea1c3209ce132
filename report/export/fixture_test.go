package export

import (
	"time"

	"github.com/litwatch/litwatch/store"
)

// sampleItems is a week's records with every kind of hostile text the
// writers must escape: quotes, braces, commas, line breaks, TeX specials,
// wiki markup, HTML, spreadsheet formulas, control characters.
func sampleItems() []Item {
	entry := time.Date(2026, 11, 25, 0, 0, 0, 0, time.UTC)
	return []Item{
		{
			Record: store.Record{
				ID: 101, Source: "pubmed", PMID: "40000101", DOI: "10.1016/s0140-6736(26)01234-5", PMCID: "PMC12345678",
				Title:    "Atorvastatin versus placebo in adults aged ≥75 years (STAREE-2): a \"randomised\", double-blind trial {really}",
				Abstract: "BACKGROUND: Statins & the old.\nRESULTS: HR 0.97; 50% of $x_1^2 #tags ~approx \\path <b>bold</b>.",
				Journal:  "Lancet", Year: 2026, Language: "eng",
				Authors:   []string{"Zoungas S", "Curtis AJ", "Müller-Lüdenscheidt H", "STAREE Investigators"},
				Keywords:  []string{"statins, elderly", "mortality"},
				MeSH:      []string{"Aged, 80 and over", "mortality"},
				NCT:       "NCT02099123",
				EntryDate: entry,
			},
			Design: "rct",
			Assessments: []store.Assessment{
				{RecordID: 101, Claim: "C1", Relevant: true, Flagged: true, Design: "rct", Direction: "no_effect", Signal: "contradicts", Level: "high", N: 9870,
					Reasons:  []string{"Randomised trial in the claim's population (age ≥ 75)", "Larger than the evidence base, combined"},
					Evidence: []string{"Cardiovascular death occurred in 4.1% vs 4.2% (HR 0.97; 95% CI 0.84 to 1.12)."}},
				{RecordID: 101, Claim: "C4", Relevant: true, Flagged: false, Direction: "benefit", Signal: "supports",
					Reasons: []string{"Consistent with the verdict"}},
				{RecordID: 101, Claim: "C9", Relevant: false, Signal: "none", Reasons: []string{"Different outcome"}},
			},
		},
		{
			// Same first author, year and first title word as the first: its
			// BibTeX key must differ.
			Record: store.Record{
				ID: 102, Source: "pubmed", PMID: "40000102",
				Title:   "Atorvastatin and <script>alert('x')</script> muscle symptoms: a = b, c | d",
				Journal: "J Am Geriatr Soc", Year: 2026,
				Authors: []string{"Zoungas S"},
			},
			Design: "observational",
			Assessments: []store.Assessment{
				{RecordID: 102, Claim: "C1", Relevant: true, Flagged: true, Direction: "harm", Signal: "new harm", Level: "moderate",
					Reasons:  []string{"Reports harms the verdict does not weigh"},
					Evidence: []string{"Muscle symptoms were \"common\" & <dose-dependent>."}},
			},
		},
		{
			Record: store.Record{
				ID: 104, Source: "ctgov", NCT: "NCT07012345",
				Title: "Monthly high-dose vitamin D and hip fracture in nursing-home residents (D-HIP)",
				Year:  2026, EntryDate: entry.Add(24 * time.Hour),
			},
			Design: "trial_registration",
			Assessments: []store.Assessment{
				{RecordID: 104, Claim: "C3", Relevant: true, Signal: "new trial", Reasons: []string{"Registered trial that may report on the claim's outcome"}},
			},
		},
		{
			Record: store.Record{
				ID: 105, Source: "pubmed", PMID: "40000105", DOI: "10.1002/(SICI)1097-0258{x}\\y%z",
				Title:   "=HYPERLINK(\"http://evil.example/\",\"click\") [[Main Page]] ''italic'' ~~~~ __NOTOC__ {{cite}} }}\u202e\x07",
				Journal: "Nutrients, \"Special\"\r\nIssue", Year: 2025,
				Authors: []string{"Ng T", "O'Brien-Smith ML", "World Health Organization"},
			},
			Assessments: []store.Assessment{
				{RecordID: 105, Claim: "C3", Relevant: true, Flagged: true, Design: "systematic_review", Direction: "benefit", Signal: "contradicts",
					Reasons:  []string{"Pooled estimate, \"newer\"\nthan the basis", "=1+1"},
					Evidence: []string{"Fewer fractures (RR 0.84, 95% CI 0.72 to 0.97) & fewer falls."}},
			},
		},
		{
			Record: store.Record{ID: 106, Source: "pubmed", PMID: "40000106", Title: "A case of rhabdomyolysis"},
		},
	}
}
