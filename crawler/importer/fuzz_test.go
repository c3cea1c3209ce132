package importer

import (
	"context"
	"errors"
	"io"
	"strings"
	"testing"
	"time"
)

// A MEDLINE record with only the fields a minimal export has (no entry
// date, no authors, no journal) is imported, not a crash.
func TestImportMEDLINEMinimalRecord(t *testing.T) {
	ctx := context.Background()
	db := openStore(t)
	p := writeFile(t, "one.nbib", "PMID- 123\nDP  - 2021 Mar\nTI  - A trial of magnesium for cramps.\nAB  - We randomised 120 adults.\n\n")
	res, err := Import(ctx, db, p, Options{})
	if err != nil || res.New != 1 {
		t.Fatalf("import: %+v, %v", res, err)
	}
	rec, ok, err := db.FindByID(ctx, "pmid", "123")
	if err != nil || !ok || rec.Title != "A trial of magnesium for cramps." || rec.Year != 2021 || !rec.EntryDate.Equal(time.Time{}) {
		t.Errorf("record = %+v, %v, %v", rec, ok, err)
	}
}

// readAll reads every record of a tagged file the way Import does, with
// its record maker.
func readAll(t *testing.T, data string, ris bool) {
	tr := newTaggedReader(strings.NewReader(data))
	mk := medlineRecord
	if ris {
		tr, mk = newRISReader(tr), risRecord
	} else {
		tr = newMedlineReader(tr)
	}
	for i := 0; i < 10000; i++ {
		fields, _, err := tr.next()
		if errors.Is(err, io.EOF) {
			return
		}
		if err != nil {
			return
		}
		if len(fields) == 0 {
			t.Fatalf("next returned no fields and no error")
		}
		mk(fields)
	}
	t.Fatalf("more than 10000 records from %d bytes", len(data))
}

// Whatever a file holds, the MEDLINE and RIS readers return records or
// an error; they never panic or loop. `go test` runs the seeds; `go test
// -fuzz FuzzMEDLINE ./crawler/importer` explores further.
func FuzzMEDLINE(f *testing.F) {
	for _, s := range []string{
		"PMID- 123\nDP  - 2021 Mar\nTI  - A title.\n\n",
		"PMID- 1\nEDAT- \nTI  - x\n",
		"PMID- 1\nEDAT- 2020/01/11 06:00\nAB  - BACKGROUND: a. METHODS: b.\n",
		"PMID- 1\nCIN - Synth. 2022;1:1. PMID: 9\nAID - 10.1/x [doi]\nSI  - ClinicalTrials.gov/NCT0\nFAU - Solo\n",
		"PMID- 1\nAB  - RESULTS:\n",
		"PMID- \nDP  - 20\nMH  - /x\nAID - [doi]\n",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, data string) { readAll(t, data, false) })
}

func FuzzRIS(f *testing.F) {
	for _, s := range []string{
		"TY  - JOUR\nTI  - A title\nER  - \n",
		"TY  - JOUR\nUR  - https://pubmed.ncbi.nlm.nih.gov/123\nDO  - https://doi.org/10.1/x.\nER  -\n",
		"TY  - JOUR\nAU  - Solo\nPY  - 20\nAN  - \nC2  - PMC\n",
		"TY  - \nER  - \nTY  - \n",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, data string) { readAll(t, data, true) })
}
