package ctgov

import (
	"strings"
	"testing"

	"github.com/litwatch/litwatch/crawler/crawlertest"
)

// FuzzParseStudies checks that no body makes ParseStudies panic, and that
// what it returns is consistent: records only without an error, each a
// trial registration with a valid NCT number.
func FuzzParseStudies(f *testing.F) {
	for _, name := range []string{"constructed-studies-page1-of2.json", "constructed-studies-page2-of2.json", "constructed-studies-empty.json"} {
		f.Add(crawlertest.Testdata(f, name))
	}
	for _, name := range []string{fileWithdrawn, fileObservational, fileInterventional} {
		f.Add(envelope("tok", crawlertest.Testdata(f, name)))
		f.Add(crawlertest.Testdata(f, name)) // a study without the envelope: an error
	}
	f.Add([]byte(`{"studies":[{"protocolSection":{"identificationModule":{"nctId":"NCT00000001"},"statusModule":{"lastUpdatePostDateStruct":{"date":"2009-09"}},"designModule":{"phases":["EARLY_PHASE1"],"enrollmentInfo":{"count":5}}}}]}`))
	f.Add([]byte(`<html><body>error</body></html>`))
	f.Fuzz(func(t *testing.T, data []byte) {
		recs, next, err := ParseStudies(data)
		if err != nil {
			if recs != nil || next != "" {
				t.Fatalf("error %v returned with results", err)
			}
			if !strings.HasPrefix(err.Error(), "clinicaltrials: ") {
				t.Fatalf("error %q does not name clinicaltrials", err)
			}
			return
		}
		for _, r := range recs {
			if r.Source != SourceName || len(r.NCT) != 11 || !strings.HasPrefix(r.NCT, "NCT") || r.Journal != Journal {
				t.Fatalf("bad record %+v", r)
			}
			if len(r.PubTypes) == 0 || r.PubTypes[0] != "Trial Registration" {
				t.Fatalf("pub types %q", r.PubTypes)
			}
			if !r.EntryDate.IsZero() && (r.EntryDate.Hour() != 0 || r.EntryDate.Location().String() != "UTC") {
				t.Fatalf("entry date %v not a UTC day", r.EntryDate)
			}
			var texts []string
			for _, s := range r.Sections {
				if s.Text == "" {
					t.Fatalf("empty section %+v", s)
				}
				texts = append(texts, s.Text)
			}
			if r.Abstract != strings.Join(texts, "\n") {
				t.Fatalf("abstract %q is not the sections joined", r.Abstract)
			}
		}
	})
}
