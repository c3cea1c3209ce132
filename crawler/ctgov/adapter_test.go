package ctgov

import (
	"bytes"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/litwatch/litwatch/crawler/crawlertest"
	"github.com/litwatch/litwatch/crawler/ctgov/ctgovtest"
	"github.com/litwatch/litwatch/store"
)

const (
	fileWithdrawn      = "v2-study-NCT00973089-withdrawn-reindented.json"
	fileObservational  = "v2-study-NCT03475563-observational.json"
	fileInterventional = "v2-study-NCT04207047-interventional.json"
)

// envelope wraps study objects in the documented page envelope.
func envelope(next string, studies ...[]byte) []byte {
	var b bytes.Buffer
	b.WriteString(`{"studies":[`)
	b.Write(bytes.Join(studies, []byte(",")))
	b.WriteString("]")
	if next != "" {
		b.WriteString(`,"nextPageToken":"` + next + `"`)
	}
	b.WriteString("}")
	return b.Bytes()
}

func parseOne(tb testing.TB, study []byte) store.Record {
	tb.Helper()
	recs, next, err := ParseStudies(envelope("", study))
	if err != nil {
		tb.Fatal(err)
	}
	if len(recs) != 1 || next != "" {
		tb.Fatalf("%d records, next %q", len(recs), next)
	}
	return recs[0]
}

func labels(secs []store.Section) []string {
	var out []string
	for _, s := range secs {
		out = append(out, s.Label)
	}
	return out
}

func date(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

func TestParseWithdrawnStudyPartialDates(t *testing.T) {
	r := parseOne(t, crawlertest.Testdata(t, fileWithdrawn))
	if r.NCT != "NCT00973089" || r.Source != "clinicaltrials" || r.Journal != "ClinicalTrials.gov" || r.Language != "eng" {
		t.Errorf("ids: %+v", r)
	}
	if r.Title != "Alternative Treatment of Deep Carious Lesions Based on Biological Evidences" {
		t.Errorf("title %q", r.Title)
	}
	if r.Year != 2009 || r.PubDate != "2009-09-09" || !r.EntryDate.Equal(date(2015, 8, 19)) {
		t.Errorf("year %d pubdate %q entry %v; want 2009, 2009-09-09, 2015-08-19", r.Year, r.PubDate, r.EntryDate)
	}
	if want := []string{"Trial Registration", "Interventional", "Randomized"}; !slices.Equal(r.PubTypes, want) {
		t.Errorf("pub types %q, want %q", r.PubTypes, want)
	}
	if want := []string{"Brief Summary", "Detailed Description", "Registration"}; !slices.Equal(labels(r.Sections), want) {
		t.Fatalf("sections %q, want %q", labels(r.Sections), want)
	}
	wantFacts := "Enrollment: 0 participants (ACTUAL). Allocation: RANDOMIZED. Status: WITHDRAWN. " +
		"Why stopped: recruiting or enrolling participants has halted prematurely and will not resume. " +
		"Study type: INTERVENTIONAL. Intervention model: PARALLEL. Masking: SINGLE. Primary purpose: TREATMENT. " +
		"Start: 2010-05. Primary completion: 2015-03 (ACTUAL). Completion: 2015-03 (ACTUAL). Sponsor: Hadassah Medical Organization."
	if r.Sections[2].Text != wantFacts {
		t.Errorf("facts\n got %q\nwant %q", r.Sections[2].Text, wantFacts)
	}
	lines := strings.Split(r.Abstract, "\n")
	if len(lines) != 3 || !strings.HasPrefix(lines[0], "The purpose of this study is to evaluate the success rate") ||
		!strings.HasPrefix(lines[1], "The treatment provided today for deep carious lesions") || lines[2] != wantFacts {
		t.Errorf("abstract lines %q", lines)
	}
	if want := []string{"Caries, Dental", "Primary tooth", "Alternative treatment", "Incomplete caries removal in primary teeth"}; !slices.Equal(r.Keywords, want) {
		t.Errorf("keywords %q, want %q", r.Keywords, want)
	}
	if !slices.Equal(r.MeSH, []string{"Dental Caries"}) {
		t.Errorf("MeSH %q", r.MeSH)
	}
	if r.Links != nil {
		t.Errorf("a BACKGROUND reference became a link: %+v", r.Links)
	}
}

func TestParseObservationalStudy(t *testing.T) {
	r := parseOne(t, crawlertest.Testdata(t, fileObservational))
	if r.NCT != "NCT03475563" || r.Title != "BiOSS LIM C Stent Registry in Bifurcated Lesions" || r.Year != 2018 ||
		!r.EntryDate.Equal(date(2019, 11, 27)) {
		t.Errorf("record %+v", r)
	}
	if want := []string{"Trial Registration", "Observational", "Patient Registry"}; !slices.Equal(r.PubTypes, want) {
		t.Errorf("pub types %q, want %q", r.PubTypes, want)
	}
	// detailedDescription repeats briefSummary: not added twice.
	if want := []string{"Brief Summary", "Registration"}; !slices.Equal(labels(r.Sections), want) {
		t.Errorf("sections %q, want %q", labels(r.Sections), want)
	}
	facts := r.Sections[len(r.Sections)-1].Text
	for _, want := range []string{
		"Enrollment: 100 participants (ESTIMATED).",
		"Status: UNKNOWN (last known status: RECRUITING).",
		"Study type: OBSERVATIONAL.",
		"Observational model: CASE_ONLY. Time perspective: PROSPECTIVE.",
		"Start: 2018-08-16 (ACTUAL).",
		"Sponsor: Hospital Universitari Vall d'Hebron Research Institute.",
	} {
		if !strings.Contains(facts, want) {
			t.Errorf("facts %q lack %q", facts, want)
		}
	}
	if strings.Contains(facts, "Allocation") || strings.Contains(facts, "Phase") {
		t.Errorf("facts %q state a design the study has not", facts)
	}
	if len(r.Links) != 3 {
		t.Fatalf("links %+v, want the 3 RESULT references", r.Links)
	}
	for i, pmid := range []string{"25828372", "25689548", "26465375"} {
		if l := r.Links[i]; l.Type != "ResultsReference" || l.PMID != pmid || !strings.HasPrefix(l.Source, "Gil RJ") {
			t.Errorf("link %d: %+v", i, l)
		}
	}
	if !slices.Equal(r.MeSH, []string{"Coronary Artery Disease"}) || !slices.Contains(r.Keywords, "Dedicated bifurcation stent") ||
		!slices.Contains(r.Keywords, "Coronary angioplasty with stent implantation") {
		t.Errorf("MeSH %q keywords %q", r.MeSH, r.Keywords)
	}
}

func TestParseInterventionalStudy(t *testing.T) {
	r := parseOne(t, crawlertest.Testdata(t, fileInterventional))
	if want := []string{"Trial Registration", "Interventional", "Non-Randomized"}; !slices.Equal(r.PubTypes, want) {
		t.Errorf("pub types %q, want %q", r.PubTypes, want)
	}
	if want := []string{"Brief Summary", "Detailed Description", "Registration"}; !slices.Equal(labels(r.Sections), want) {
		t.Fatalf("sections %q, want %q", labels(r.Sections), want)
	}
	detail := r.Sections[1].Text
	if strings.Contains(detail, "\n") || strings.Contains(detail, "* ") ||
		!strings.Contains(detail, "Group A (up to n=5): Genius exposure 1-3 hours before tissue resection. Group B") {
		t.Errorf("detailed description not flattened: %q", detail)
	}
	if want := []string{"Abdominoplasty", "Genius", "eC02", "PicoPlus", "LaseMD", "LaseMD Flex"}; !slices.Equal(r.Keywords, want) {
		t.Errorf("keywords %q, want %q", r.Keywords, want)
	}
	if !strings.HasSuffix(r.Abstract, "Enrollment: 3 participants (ACTUAL). Allocation: NON_RANDOMIZED. Status: UNKNOWN (last known status: ACTIVE_NOT_RECRUITING). "+
		"Study type: INTERVENTIONAL. Intervention model: SINGLE_GROUP. Masking: NONE. Primary purpose: TREATMENT. "+
		"Start: 2018-10-02 (ACTUAL). Primary completion: 2018-10-31 (ACTUAL). Completion: 2020-03-31 (ESTIMATED). Sponsor: LUTRONIC Corporation.") {
		t.Errorf("abstract ends %q", r.Abstract[max(0, len(r.Abstract)-300):])
	}
	if r.MeSH != nil || r.Links != nil {
		t.Errorf("MeSH %q links %+v, want none", r.MeSH, r.Links)
	}
}

func TestParseBuiltStudies(t *testing.T) {
	long := strings.Repeat("A long protocol paragraph about visits and procedures. ", 50)
	raw := ctgovtest.StudyJSON(ctgovtest.Study{
		NCT: "nct01234567", Title: "Oil massage for preterm infants", Summary: "Summary line one.\n\nLine two.",
		Description: long, LastUpdate: date(2026, 3, 2), FirstPosted: date(2024, 5, 6),
		Allocation: "RANDOMIZED", Phases: []string{"PHASE2", "PHASE3"}, Enrollment: 240, HasResults: true,
		Conditions: []string{"Infant, Premature"}, Interventions: []string{"Sunflower oil"}, ResultPMIDs: []string{"39000001"},
	})
	r := parseOne(t, raw)
	if r.NCT != "NCT01234567" || r.Year != 2024 || !r.EntryDate.Equal(date(2026, 3, 2)) {
		t.Errorf("record %+v", r)
	}
	if want := []string{"Trial Registration", "Interventional", "Randomized", "Phase 2", "Phase 3", "Has Results"}; !slices.Equal(r.PubTypes, want) {
		t.Errorf("pub types %q, want %q", r.PubTypes, want)
	}
	if want := []string{"Brief Summary", "Registration"}; !slices.Equal(labels(r.Sections), want) {
		t.Errorf("sections %q: a %d-character description should be left out", labels(r.Sections), len(long))
	}
	if r.Sections[0].Text != "Summary line one. Line two." {
		t.Errorf("summary %q", r.Sections[0].Text)
	}
	if f := r.Sections[1].Text; !strings.HasPrefix(f, "Enrollment: 240 participants (ACTUAL). Allocation: RANDOMIZED. Status: COMPLETED.") ||
		!strings.Contains(f, "Phase: PHASE2, PHASE3.") || !strings.HasSuffix(f, "Results: posted.") {
		t.Errorf("facts %q", f)
	}
	if len(r.Links) != 1 || r.Links[0] != (store.Link{Type: "ResultsReference", PMID: "39000001", Source: "Results of nct01234567. PMID 39000001."}) {
		t.Errorf("links %+v", r.Links)
	}
}

func TestParseConstructedPages(t *testing.T) {
	recs, next, err := ParseStudies(crawlertest.Testdata(t, "constructed-studies-page1-of2.json"))
	if err != nil || len(recs) != 2 || next != "NF0g5JGBlPMuwQY" || recs[0].NCT != "NCT04207047" || recs[1].NCT != "NCT03475563" {
		t.Fatalf("page 1: %d records, next %q, err %v", len(recs), next, err)
	}
	recs, next, err = ParseStudies(crawlertest.Testdata(t, "constructed-studies-page2-of2.json"))
	if err != nil || len(recs) != 1 || next != "" || recs[0].NCT != "NCT00973089" {
		t.Fatalf("page 2: %d records, next %q, err %v", len(recs), next, err)
	}
	// The page envelope changes nothing in a study's record.
	if alone := parseOne(t, crawlertest.Testdata(t, fileWithdrawn)); alone.Abstract != recs[0].Abstract || !slices.Equal(alone.Keywords, recs[0].Keywords) {
		t.Error("the constructed page and the single record differ")
	}
	recs, next, err = ParseStudies(crawlertest.Testdata(t, "constructed-studies-empty.json"))
	if err != nil || recs != nil || next != "" {
		t.Fatalf("empty page: %v, %q, %v", recs, next, err)
	}
}

func TestParseStudiesErrors(t *testing.T) {
	page := crawlertest.Testdata(t, "constructed-studies-page1-of2.json")
	for _, tc := range []struct {
		name, body, want string
	}{
		{"empty", "", "empty response"},
		{"html with 200", "<!DOCTYPE html><html><head><title>ClinicalTrials.gov</title></head><body>Maintenance</body></html>", "HTML page"},
		{"truncated", string(page[:len(page)/2]), "malformed JSON"},
		{"truncated end", string(page[:len(page)-1]), "malformed JSON"},
		{"malformed", `{"studies":[{"protocolSection":}]}`, "malformed JSON"},
		{"single study, no envelope", string(crawlertest.Testdata(t, fileWithdrawn)), `no "studies"`},
		{"null studies", `{"studies":null}`, `no "studies"`},
		{"plain text error", "Bad Request: pageToken is invalid", "not a JSON object"},
		{"no nctId", `{"studies":[{"protocolSection":{"identificationModule":{"briefTitle":"x"}}}]}`, "study 1 of 1: no nctId"},
		{"bad nctId", `{"studies":[{"protocolSection":{"identificationModule":{"nctId":"NCT12"}}}]}`, `bad nctId "NCT12"`},
		{"wrong type", `{"studies":[{"protocolSection":{"designModule":{"enrollmentInfo":{"count":"many"}}}}]}`, "malformed JSON"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			recs, next, err := ParseStudies([]byte(tc.body))
			if err == nil {
				t.Fatalf("no error; %d records", len(recs))
			}
			if !strings.HasPrefix(err.Error(), "clinicaltrials: ") || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error %q does not name clinicaltrials and say %q", err, tc.want)
			}
			if recs != nil || next != "" {
				t.Error("results returned with an error")
			}
		})
	}
}

func TestParseDate(t *testing.T) {
	for in, want := range map[string]time.Time{
		"2009-09-06":   date(2009, 9, 6),
		"2009-09":      date(2009, 9, 1),
		"2009":         date(2009, 1, 1),
		" 2015-03 ":    date(2015, 3, 1),
		"2009-13":      {},
		"2009-02-30":   {},
		"Sept 2009":    {},
		"":             {},
		"2009-09-06T1": {},
	} {
		got, ok := parseDate(in)
		if !got.Equal(want) || ok == want.IsZero() {
			t.Errorf("parseDate(%q) = %v, %v; want %v", in, got, ok, want)
		}
	}
}

func TestMarkdownText(t *testing.T) {
	for in, want := range map[string]string{
		"":                                 "",
		"Plain  text.\n\nNext paragraph.":  "Plain text. Next paragraph.",
		"Intro:\n\n* one\n* two.\n- three": "Intro: one. two. three.",
		"1. first\n2) second":              "first. second.",
		`stenosis\> 30% or \< 50% \*not\*`: "stenosis> 30% or < 50% *not*",
		`a path C:\temp stays`:             `a path C:\temp stays`,
		"2019. A year, not a list":         "2019. A year, not a list",
	} {
		if got := markdownText(in); got != want {
			t.Errorf("markdownText(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestPhaseAndEnumNames(t *testing.T) {
	for in, want := range map[string]string{"PHASE1": "Phase 1", "EARLY_PHASE1": "Early Phase 1", "NA": "", "PHASE": "", "phase4": "Phase 4"} {
		if got := phaseName(in); got != want {
			t.Errorf("phaseName(%q) = %q, want %q", in, got, want)
		}
	}
	for in, want := range map[string]string{"EXPANDED_ACCESS": "Expanded Access", "OBSERVATIONAL": "Observational", "": ""} {
		if got := enumWords(in); got != want {
			t.Errorf("enumWords(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestImpossibleEnrollmentIsUnknown(t *testing.T) {
	for _, c := range []struct {
		count int
		want  string // the Enrollment sentence; "" = a count must not appear
	}{
		{-1000000, ""},
		{-1, ""},
		{MaxEnrollment + 1, ""},
		{2147483647, ""},
		{MaxEnrollment, "Enrollment: 10000000 participants (ACTUAL)."},
		{1, "Enrollment: 1 participants (ACTUAL)."},
	} {
		raw := ctgovtest.StudyJSON(ctgovtest.Study{
			NCT: "NCT07000001", Title: "Oil massage for preterm infants", Summary: "A trial of oil massage.",
			LastUpdate: date(2026, 3, 2), FirstPosted: date(2024, 5, 6), Allocation: "RANDOMIZED", Enrollment: c.count,
		})
		r := parseOne(t, raw)
		facts := r.Sections[len(r.Sections)-1].Text
		if c.want != "" {
			if !strings.HasPrefix(facts, c.want) {
				t.Errorf("enrollment %d: facts %q, want them to start %q", c.count, facts, c.want)
			}
			continue
		}
		if !strings.HasPrefix(facts, "Enrollment: unknown") {
			t.Errorf("enrollment %d: facts %q, want the enrollment unknown", c.count, facts)
		}
		// The figure must not reach the text the assessor counts from,
		// with or without its sign.
		abs := strconv.Itoa(c.count)
		abs = strings.TrimPrefix(abs, "-")
		if strings.Contains(r.Abstract, abs) || strings.Contains(r.Abstract, "participants") {
			t.Errorf("enrollment %d printed as a count: %q", c.count, r.Abstract)
		}
		if !strings.Contains(r.Abstract, "Allocation: RANDOMIZED.") {
			t.Errorf("enrollment %d: other facts lost: %q", c.count, r.Abstract)
		}
	}
	for n, want := range map[int]bool{-1: false, 0: true, 240: true, MaxEnrollment: true, MaxEnrollment + 1: false} {
		if got := PlausibleEnrollment(n); got != want {
			t.Errorf("PlausibleEnrollment(%d) = %v, want %v", n, got, want)
		}
	}
}
