package export

import (
	"bufio"
	"io"
	"slices"
	"strconv"
)

// writeRIS writes RIS records: TY JOUR (RPRT for a trial registration),
// ID (the BibTeX key), TI, AU per author, PY, JO, AB, KW, DO, AN with DB
// (PMID and PubMed, or the NCT number and ClinicalTrials.gov), UR, LA, N1
// per claim the record bears on, ER. Each value is one cleaned line, so no
// value can start a tag of its own.
func writeRIS(w io.Writer, items []Item) error {
	b := bufio.NewWriter(w)
	keys := citeKeys(items)
	tag := func(t, v string) {
		if v = clean(v); v == "" {
			return
		}
		b.WriteString(t + "  - " + v + "\n")
	}
	for i, it := range items {
		r := it.Record
		if i > 0 {
			b.WriteString("\n")
		}
		typ := "JOUR"
		if isRegistration(it) {
			typ = "RPRT"
		}
		b.WriteString("TY  - " + typ + "\n")
		tag("ID", keys[i])
		tag("TI", r.Title)
		for _, p := range authors(r) {
			if p.Corporate {
				tag("AU", p.Family)
			} else {
				tag("AU", p.Family+", "+p.Given())
			}
		}
		if r.Year > 0 {
			tag("PY", strconv.Itoa(r.Year))
		}
		tag("JO", r.Journal)
		tag("AB", r.Abstract)
		kws := cleanAll(r.Keywords)
		for _, m := range cleanAll(r.MeSH) {
			if !slices.Contains(kws, m) {
				kws = append(kws, m)
			}
		}
		for _, k := range kws {
			tag("KW", k)
		}
		tag("DO", r.DOI)
		switch {
		case clean(r.PMID) != "":
			tag("AN", r.PMID)
			tag("DB", "PubMed")
		case clean(r.NCT) != "":
			tag("AN", r.NCT)
			tag("DB", "ClinicalTrials.gov")
		}
		tag("UR", recordURL(r))
		tag("LA", r.Language)
		if d := design(it); d != "" {
			tag("N1", "litwatch design: "+d)
		}
		if clean(r.PMID) != "" || clean(r.DOI) != "" {
			if n := clean(r.NCT); n != "" {
				tag("N1", "Trial registration: "+n)
			}
		}
		for _, a := range bearing(it) {
			tag("N1", "litwatch "+assessmentNote(a))
		}
		b.WriteString("ER  - \n")
	}
	return b.Flush()
}
