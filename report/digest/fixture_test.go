package digest

import (
	"time"

	"github.com/litwatch/litwatch/store"
)

func day(s string) time.Time {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return t
}

// sampleInput is one realistic week: two flagged records (one flagged for
// two claims), relevant records, records that bear on nothing, a source
// that failed and a basis alert.
func sampleInput() Input {
	from, to := day("2026-11-23"), day("2026-11-29")
	return Input{
		GeneratedAt: time.Date(2026, 11, 30, 6, 0, 12, 345, time.FixedZone("CET", 3600)),
		From:        from,
		To:          to,
		Claims: []ClaimInfo{
			{ID: "C1", Statement: "Statins reduce cardiovascular mortality in adults over 75", Verdict: "Supported (moderate certainty)", AsOf: 2023},
			{ID: "C2", Statement: "Intermittent fasting is no better than daily calorie restriction for weight loss", Verdict: "Supported", AsOf: 2024},
			{ID: "C3", Statement: "Vitamin D supplementation prevents fractures in community-dwelling older adults", Verdict: "Not supported", AsOf: 2022},
		},
		Sources: []store.SourceResult{
			{Name: "pubmed", From: from, To: to, Fetched: 214, New: 9, Errors: nil,
				Skipped: 3, SkipReasons: map[string]int{store.SkipNoTitle: 1, store.SkipNoID: 2}},
			{Name: "europepmc", From: from, To: to, Fetched: 0, New: 0, Errors: []string{"GET https://www.ebi.ac.uk/europepmc/webservices/rest/search: 503 Service Unavailable after 3 attempts"}},
			{Name: "ctgov", From: from, To: to, Fetched: 12, New: 1, Errors: []string{}},
		},
		Records: []store.Record{
			{ID: 107, Source: "pubmed", PMID: "40000107", Title: "Dental caries in schoolchildren: a national survey", Journal: "Community Dent Oral Epidemiol", Year: 2026},
			{ID: 103, Source: "pubmed", PMID: "40000103", DOI: "10.1136/bmj-2026-081234", Title: "Statin use and cardiovascular death among adults aged 75 to 84: a target trial emulation", Journal: "BMJ", Year: 2026, Authors: []string{"Larsen K", "Holm P", "Ng T"}},
			{ID: 101, Source: "pubmed", PMID: "40000101", DOI: "10.1016/s0140-6736(26)01234-5", PMCID: "PMC12345678", Title: "Atorvastatin versus placebo in adults aged 75 years and older (STAREE-2): a randomised, double-blind trial", Journal: "Lancet", Year: 2026, Authors: []string{"Zoungas S", "Curtis AJ", "Tonkin A"}, PubTypes: []string{"Randomized Controlled Trial"}},
			{ID: 104, Source: "ctgov", NCT: "NCT07012345", Title: "Monthly high-dose vitamin D and hip fracture in nursing-home residents (D-HIP)", Year: 2026},
			{ID: 102, Source: "pubmed", DOI: "10.1001/jamanetworkopen.2025.51234", Title: "Time-restricted eating vs daily calorie restriction for weight loss: a systematic review and meta-analysis of 31 trials", Journal: "JAMA Netw Open", Year: 2025, Authors: []string{"Chen L"}},
			{ID: 105, Source: "pubmed", PMID: "40000105", Title: "Preventive medications in adults over 75: an umbrella review", Journal: "Age Ageing", Year: 2026, Authors: []string{"Okafor E", "Brandt M"}},
			{ID: 108, Source: "pubmed", PMID: "40000108", Title: "Vitamin D status and mood in adolescents", Journal: "Nutrients", Year: 2025},
			{ID: 109, Source: "pubmed", PMID: "40000109", Title: "A case of rhabdomyolysis", Journal: "BMJ Case Rep", Year: 2026},
		},
		Designs: map[int64]string{
			101: "randomised controlled trial",
			102: "systematic review",
			103: "cohort study",
			104: "trial registration",
			105: "umbrella review",
			107: "cross-sectional study",
			109: "case report",
		},
		Assessments: map[int64][]store.Assessment{
			101: {{
				RecordID: 101, Claim: "C1", Relevant: true, Design: "randomised controlled trial",
				Direction: "no benefit", Signal: "contradicts", Level: "high", Flagged: true, N: 9870,
				Reasons:  []string{"Randomised trial in exactly the claim's population (age ≥ 75)", "Primary outcome is cardiovascular mortality, the claim's outcome", "Larger than all trials in the current evidence base combined"},
				Evidence: []string{"Cardiovascular death occurred in 4.1% of the atorvastatin group and 4.2% of the placebo group (hazard ratio 0.97; 95% CI 0.84 to 1.12)."},
			}},
			102: {{
				RecordID: 102, Claim: "C2", Relevant: true, Direction: "benefit", Signal: "contradicts", Level: "moderate", Flagged: true, N: 2604,
				Reasons:  []string{"Newer meta-analysis (31 trials) than the review behind the verdict (2022, 17 trials)", "Reports greater weight loss with time-restricted eating"},
				Evidence: []string{"Time-restricted eating led to greater weight loss than daily calorie restriction (mean difference -1.3 kg; 95% CI -2.0 to -0.6)."},
			}},
			103: {{
				RecordID: 103, Claim: "C1", Relevant: true, Direction: "benefit", Signal: "supports", Level: "low", Flagged: false, N: 120450,
				Reasons: []string{"Observational; consistent with the verdict"},
			}},
			104: {{
				RecordID: 104, Claim: "C3", Relevant: true, Direction: "", Signal: "new trial", Flagged: false,
				Reasons: []string{"Registered trial that may report on the claim's outcome"},
			}},
			105: {
				{RecordID: 105, Claim: "C3", Relevant: true, Direction: "benefit", Signal: "contradicts", Level: "moderate", Flagged: true,
					Reasons:  []string{"Pooled estimate suggests fewer hip fractures with daily vitamin D plus calcium"},
					Evidence: []string{"Daily vitamin D with calcium reduced hip fractures (RR 0.84, 95% CI 0.72 to 0.97)."}},
				{RecordID: 105, Claim: "C1", Relevant: true, Direction: "benefit", Signal: "supports", Level: "moderate", Flagged: false,
					Reasons: []string{"Umbrella review consistent with the verdict"}},
			},
			108: {{RecordID: 108, Claim: "C3", Relevant: false, Design: "cross-sectional study", Signal: "none", Reasons: []string{"Different population and outcome"}}},
		},
		Basis: []BasisAlert{{
			Claim:   "C3",
			Message: "The Cochrane review this claim rests on has been updated (new version published 2026-11-25); re-check the verdict against it.",
			Link:    "https://doi.org/10.1002/14651858.CD000227.pub5",
		}},
	}
}

// quietInput is a week with nothing relevant.
func quietInput() Input {
	return Input{
		GeneratedAt: day("2026-12-07"),
		From:        day("2026-11-30"),
		To:          day("2026-12-06"),
		Claims:      sampleInput().Claims,
		Sources:     []store.SourceResult{{Name: "pubmed", From: day("2026-11-30"), To: day("2026-12-06"), Fetched: 40, New: 1}},
		Records:     []store.Record{{ID: 1, PMID: "41000001", Title: "Unrelated", Year: 2026}},
	}
}

// sampleOpen are flags raised by earlier digests and still undecided, in no
// particular order: one about record 1, which quietInput lists again (left
// out), two claims of one record, one record with no link, and one with a
// link that is not http(s).
func sampleOpen() []OpenFlag {
	return []OpenFlag{
		{RecordID: 42, Claim: "C1", Title: "Rosuvastatin and cardiovascular death in adults aged 80 and over: a pragmatic randomised trial", Year: 2026,
			URL: Link("39990042", "", ""), Signal: "contradicts", Reason: "Randomised trial in the claim's population", Since: mustDate("2026-11-16")},
		{RecordID: 1, Claim: "C2", Title: "Unrelated", Year: 2026, URL: Link("41000001", "", ""), Signal: "contradicts", Since: mustDate("2026-11-09")},
		{RecordID: 57, Claim: "C3", Title: "Vitamin D and falls: an updated Cochrane review", Year: 2025,
			URL: Link("", "10.1002/14651858.CD005465(pub4)", ""), Signal: "contradicts", Reason: "Newer review", Since: mustDate("2026-11-09")},
		{RecordID: 57, Claim: "C1", Title: "Vitamin D and falls: an updated Cochrane review", Year: 2025,
			URL: Link("", "10.1002/14651858.CD005465(pub4)", ""), Signal: "new_harm", Since: mustDate("2026-11-09")},
		{RecordID: 60, Claim: "C2", Title: "Serious adverse events with prolonged fasting: a case series", Signal: "new_harm", Since: mustDate("2026-11-23")},
		{RecordID: 61, Claim: "C2", Title: "Alternate-day fasting in older adults", Year: 2026, URL: "ftp://example.org/61", Since: mustDate("2026-11-23")},
	}
}

func mustDate(s string) Date {
	d, err := ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

// openInput is the quiet week with flags of earlier digests still open.
func openInput() Input {
	in := quietInput()
	in.Open = sampleOpen()
	return in
}
