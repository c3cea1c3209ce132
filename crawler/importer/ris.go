package importer

import (
	"regexp"
	"strings"

	"github.com/litwatch/litwatch/crawler"
	"github.com/litwatch/litwatch/store"
)

// RIS: one field a line, "TY  - JOUR" … "ER  - ", the tag two characters
// (a capital, then a capital or digit), two spaces, "-", a space. Tags as
// the RIS specification (2011) and the common exports use them: TI/T1
// title, AB/N2 abstract, AU/A1 authors, PY/Y1/DA date, JO/JF/T2/JA/J2
// journal, DO DOI, KW keywords, C2 PMCID, AN accession number, UR links.

func newRISReader(t *taggedReader) *taggedReader {
	t.tagOf = func(line string) (string, string, bool) {
		if len(line) < 5 || line[2] != ' ' || line[3] != ' ' || line[4] != '-' {
			return "", "", false
		}
		a, b := line[0], line[1]
		if a < 'A' || a > 'Z' || !(b >= 'A' && b <= 'Z' || b >= '0' && b <= '9') {
			return "", "", false
		}
		return line[:2], strings.TrimPrefix(line[5:], " "), true
	}
	t.starts = func(tag string) bool { return tag == "TY" }
	t.ends = func(tag string) bool { return tag == "ER" }
	return t
}

var (
	pubmedURL = regexp.MustCompile(`(?i)(?:pubmed\.ncbi\.nlm\.nih\.gov/|ncbi\.nlm\.nih\.gov/pubmed/)(\d{1,9})`)
	doiURL    = regexp.MustCompile(`(?i)(?:dx\.)?doi\.org/(10\.\S+)`)
	digits    = regexp.MustCompile(`^\d{1,9}$`)
)

// risRecord makes a record of an RIS record's fields.
func risRecord(fields []taggedField) store.Record {
	rec := store.Record{Source: "ris"}
	var an, db string
	var journals = map[string]string{}
	for _, f := range fields {
		v := crawler.NormalizeSpace(f.value)
		if v == "" {
			continue
		}
		switch f.tag {
		case "TI", "T1":
			if rec.Title == "" {
				rec.Title = v
			}
		case "AB", "N2":
			if len(v) > len(rec.Abstract) {
				rec.Abstract = v
			}
		case "AU", "A1":
			rec.Authors = append(rec.Authors, shortName(v))
		case "PY", "Y1", "DA":
			if rec.Year == 0 {
				rec.Year = leadingYear(v)
				rec.PubDate = strings.Join(strings.Fields(strings.ReplaceAll(v, "/", " ")), " ")
			}
		case "JO", "JF", "T2", "JA", "J2":
			journals[f.tag] = v
		case "DO", "DI":
			if rec.DOI == "" {
				rec.DOI = v
			}
		case "KW":
			rec.Keywords = append(rec.Keywords, v)
		case "LA":
			rec.Language = v
		case "C2":
			if strings.HasPrefix(strings.ToUpper(v), "PMC") {
				rec.PMCID = v
			}
		case "AN":
			an = v
		case "DB", "DP":
			db += " " + v
		case "UR", "L2", "N1", "M2", "C1":
			if m := pubmedURL.FindStringSubmatch(v); m != nil && rec.PMID == "" {
				rec.PMID = m[1]
			}
			if m := pmidInText.FindStringSubmatch(v); m != nil && rec.PMID == "" {
				rec.PMID = m[1]
			}
			if m := doiURL.FindStringSubmatch(v); m != nil && rec.DOI == "" {
				rec.DOI = strings.TrimRight(m[1], ".,;")
			}
		}
	}
	for _, t := range []string{"JF", "JO", "T2", "JA", "J2"} {
		if journals[t] != "" {
			rec.Journal = journals[t]
			break
		}
	}
	// An accession number is a PMID only when it says so, or the record
	// came from PubMed/MEDLINE (Embase's are digits too).
	if rec.PMID == "" && an != "" {
		if m := pmidInText.FindStringSubmatch(an); m != nil {
			rec.PMID = m[1]
		} else if l := strings.ToLower(db); digits.MatchString(an) && (strings.Contains(l, "pubmed") || strings.Contains(l, "medline")) {
			rec.PMID = an
		}
	}
	rec.Abstract, rec.Sections = splitLabelled(rec.Abstract)
	return rec
}
