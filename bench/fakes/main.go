// Command fakes serves litwatch's fake PubMed, Europe PMC and
// ClinicalTrials.gov (the pubmedtest, europepmctest and ctgovtest servers
// the tests use) loaded with generated records, and writes a litwatch.toml
// pointing at them, so the real binary can be measured against them
// (bench/memory.sh). It runs until SIGINT or SIGTERM.
//
//	go run ./bench/fakes -dir /tmp/lw -pubmed 5000 -europepmc 1000 -clinicaltrials 300
package main

import (
	"flag"
	"fmt"
	"log"
	"os"
	"os/signal"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"github.com/litwatch/litwatch/crawler/ctgov/ctgovtest"
	"github.com/litwatch/litwatch/crawler/europepmc/europepmctest"
	"github.com/litwatch/litwatch/crawler/pubmed/pubmedtest"
	"github.com/litwatch/litwatch/store/bigstore"
)

// tb lets the fake servers, written for tests, run in a program. The
// embedded interface is nil: only the methods below are ever called.
type tb struct {
	testing.TB
	cleanups []func()
}

func (t *tb) Helper()                        {}
func (t *tb) Cleanup(f func())               { t.cleanups = append(t.cleanups, f) }
func (t *tb) Fatalf(format string, a ...any) { log.Fatalf(format, a...) }
func (t *tb) Fatal(a ...any)                 { log.Fatal(a...) }
func (t *tb) Errorf(format string, a ...any) { log.Printf(format, a...) }
func (t *tb) Logf(format string, a ...any)   { log.Printf(format, a...) }

func main() {
	dir := flag.String("dir", "", "directory for litwatch.toml (its database and digests go there too)")
	nPubMed := flag.Int("pubmed", 5000, "PubMed records")
	nEPMC := flag.Int("europepmc", 1000, "Europe PMC records (a fifth of them PubMed's again)")
	nCTG := flag.Int("clinicaltrials", 300, "trial registrations")
	days := flag.Int("days", 700, "spread the records' index dates over this many days before today")
	flag.Parse()
	if *dir == "" {
		log.Fatal("fakes: -dir is required")
	}
	t := &tb{}
	defer func() {
		for i := len(t.cleanups) - 1; i >= 0; i-- {
			t.cleanups[i]()
		}
	}()
	today := time.Now().UTC()
	day := func(i int) time.Time { return today.AddDate(0, 0, -(i*7919)%*days) }

	pm := pubmedtest.NewServer(t)
	arts := make([]pubmedtest.Article, *nPubMed)
	for i := range arts {
		r := bigstore.Record(i)
		arts[i] = pubmedtest.Article{PMID: r.PMID, Entrez: day(i), Title: r.Title, Abstract: r.Abstract, Journal: r.Journal,
			DOI: r.DOI, PubTypes: r.PubTypes, MeSH: r.MeSH, Authors: r.Authors}
	}
	pm.Add(arts...)

	ep := europepmctest.NewServer(t)
	ep.PageSize = 1000
	for i := range *nEPMC {
		r := bigstore.Record(1_000_000 + i)
		if i%5 == 0 && i < *nPubMed {
			r = bigstore.Record(i) // every fifth is a PubMed record again
		}
		ep.Add(europepmctest.Article{PMID: r.PMID, DOI: r.DOI, Title: r.Title, Abstract: r.Abstract, IndexDate: day(i), Authors: r.Authors})
	}

	ct := ctgovtest.NewServer(t)
	ct.PageSize = 1000
	for i := range *nCTG {
		r := bigstore.Record(2_000_000 + i)
		ct.Add(ctgovtest.Study{NCT: fmt.Sprintf("NCT0%07d", 5_000_000+i), Title: r.Title, Summary: r.Abstract, LastUpdate: day(i),
			StudyType: "INTERVENTIONAL", Allocation: "RANDOMIZED", Enrollment: 100 + i%400, Status: "RECRUITING"})
	}

	cfg := fmt.Sprintf(`# written by bench/fakes
[store]
path = "litwatch.db"
[digest]
dir = "digests"
[crawl]
since = %q
overlap_days = 28
email = "bench@example.org"
[log]
level = "warn"
[sources.pubmed]
base_url = %q
term = "infant massage"
batch_size = 500
rate = 10
[sources.europepmc]
base_url = %q
page_size = 1000
rate = 10
[sources.clinicaltrials]
base_url = %q
page_size = 1000
rate = 1
[sources.crossref]
watch_basis = false
`, today.AddDate(0, 0, -*days-1).Format(time.DateOnly), pm.URL, ep.URL, ct.URL)
	path := filepath.Join(*dir, "litwatch.toml")
	if err := os.MkdirAll(*dir, 0o755); err != nil {
		log.Fatal(err)
	}
	// Written to a temporary name and renamed: the script waits for it.
	if err := os.WriteFile(path+".tmp", []byte(cfg), 0o644); err != nil {
		log.Fatal(err)
	}
	if err := os.Rename(path+".tmp", path); err != nil {
		log.Fatal(err)
	}
	fmt.Printf("fakes: serving %d PubMed, %d Europe PMC, %d ClinicalTrials.gov records; config %s\n", *nPubMed, *nEPMC, *nCTG, path)
	sig := make(chan os.Signal, 1)
	signal.Notify(sig, os.Interrupt, syscall.SIGTERM)
	<-sig
}
