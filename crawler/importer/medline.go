package importer

import (
	"regexp"
	"strings"
	"time"

	"github.com/litwatch/litwatch/crawler"
	"github.com/litwatch/litwatch/store"
)

// MEDLINE (PubMed's "PubMed" / .nbib format): one field a line, its tag
// left-aligned in four columns then "- " ("PMID- 123", "TI  - …"),
// continuation lines indented by six spaces, records separated by a blank
// line. See NLM's "MEDLINE/PubMed Data Element (Field) Descriptions".

func newMedlineReader(t *taggedReader) *taggedReader {
	t.tagOf = func(line string) (string, string, bool) {
		if len(line) < 5 || line[4] != '-' || len(line) > 5 && line[5] != ' ' {
			return "", "", false
		}
		tag := strings.TrimSpace(line[:4])
		if tag == "" || strings.ContainsAny(tag, " \t") || strings.ToUpper(tag) != tag {
			return "", "", false
		}
		return tag, line[min(6, len(line)):], true
	}
	t.starts = func(tag string) bool { return tag == "PMID" }
	t.blankEnds = true
	return t
}

// medlineLinks maps MEDLINE's comment/correction tags to PubMed XML's
// CommentsCorrections RefType, as the PubMed source stores them.
var medlineLinks = map[string]string{
	"CIN": "CommentIn", "CON": "CommentOn", "EIN": "ErratumIn", "EFR": "ErratumFor",
	"RIN": "RetractionIn", "ROF": "RetractionOf", "UIN": "UpdateIn", "UOF": "UpdateOf",
	"RPI": "RepublishedIn", "RPF": "RepublishedFrom", "ECI": "ExpressionOfConcernIn",
	"ECF": "ExpressionOfConcernFor", "CRI": "CorrectedandRepublishedIn", "CRF": "CorrectedandRepublishedFrom",
}

var pmidInText = regexp.MustCompile(`PMID:\s*(\d{1,9})`)

// medlineRecord makes a record of a MEDLINE record's fields.
func medlineRecord(fields []taggedField) store.Record {
	rec := store.Record{Source: "pubmed"}
	var au, fau []string
	var edat string
	for _, f := range fields {
		v := crawler.NormalizeSpace(f.value)
		if v == "" {
			continue
		}
		switch f.tag {
		case "PMID":
			rec.PMID = v
		case "TI":
			rec.Title = v
		case "TT":
			if rec.Title == "" {
				rec.Title = v
			}
		case "BTI":
			if rec.Title == "" {
				rec.Title = v
			}
		case "AB":
			rec.Abstract = v
		case "JT":
			rec.Journal = v
		case "TA":
			if rec.Journal == "" {
				rec.Journal = v
			}
		case "DP":
			rec.PubDate = v
			rec.Year = leadingYear(v)
		case "LA":
			if rec.Language == "" {
				rec.Language = v
			}
		case "AU":
			au = append(au, v)
		case "FAU":
			fau = append(fau, v)
		case "PT":
			rec.PubTypes = append(rec.PubTypes, v)
		case "MH":
			rec.MeSH = append(rec.MeSH, meshDescriptor(v))
		case "OT":
			rec.Keywords = append(rec.Keywords, v)
		case "AID", "LID":
			if id, kind := bracketed(v); kind == "doi" && rec.DOI == "" {
				rec.DOI = id
			}
		case "PMC":
			rec.PMCID = v
		case "EDAT":
			edat = v
		case "SI":
			// "ClinicalTrials.gov/NCT01234567"
			if i := strings.Index(v, "NCT"); i >= 0 && rec.NCT == "" && strings.HasPrefix(v, "ClinicalTrials.gov") {
				rec.NCT = v[i:]
			}
		default:
			if typ, ok := medlineLinks[f.tag]; ok {
				l := store.Link{Type: typ, Source: v}
				if m := pmidInText.FindStringSubmatch(v); m != nil {
					l.PMID = m[1]
					l.Source = strings.TrimSpace(strings.TrimSuffix(v[:strings.Index(v, m[0])], " "))
				}
				rec.Links = append(rec.Links, l)
			}
		}
	}
	rec.Authors = au
	if len(rec.Authors) == 0 {
		for _, n := range fau {
			rec.Authors = append(rec.Authors, shortName(n))
		}
	}
	rec.Abstract, rec.Sections = splitLabelled(rec.Abstract)
	if day, _, _ := strings.Cut(strings.TrimSpace(edat), " "); day != "" {
		// "2021/03/02 06:00"
		if t, err := time.Parse("2006/01/02", day); err == nil {
			rec.EntryDate = t.UTC()
		}
	}
	return rec
}

// meshDescriptor strips the subheadings and major-topic stars of a MeSH
// line: "*Infant, Newborn/physiology" -> "Infant, Newborn".
func meshDescriptor(v string) string {
	if i := strings.IndexByte(v, '/'); i >= 0 {
		v = v[:i]
	}
	return strings.TrimSpace(strings.TrimPrefix(v, "*"))
}

// bracketed splits "10.1000/x [doi]" into its value and kind.
func bracketed(v string) (string, string) {
	i := strings.LastIndex(v, " [")
	if i < 0 || !strings.HasSuffix(v, "]") {
		return v, ""
	}
	return strings.TrimSpace(v[:i]), strings.ToLower(v[i+2 : len(v)-1])
}

// shortName makes "Family I" of "Family, Given Names".
func shortName(full string) string {
	family, given, ok := strings.Cut(full, ",")
	if !ok {
		return full
	}
	var b strings.Builder
	for _, w := range strings.FieldsFunc(given, func(r rune) bool { return r == ' ' || r == '-' || r == '.' }) {
		for _, r := range w {
			b.WriteRune(r)
			break
		}
	}
	if b.Len() == 0 {
		return strings.TrimSpace(family)
	}
	return strings.TrimSpace(family) + " " + b.String()
}

// sectionLabel finds the labels of a structured abstract written on one
// line ("BACKGROUND: … METHODS: …"), as MEDLINE and RIS exports write it:
// a run of capitals (with spaces, "/", "&", "-") followed by a colon, at
// the start or after a sentence's end.
var sectionLabel = regexp.MustCompile(`(?:^|[.?!)\]]\s+)([A-Z][A-Z/&\- ]{2,40}[A-Z]):\s`)

// splitLabelled returns the abstract one section a line, as the PubMed
// source gives a structured abstract, and its sections; an abstract with
// fewer than two labels is returned as it is.
func splitLabelled(ab string) (string, []store.Section) {
	locs := sectionLabel.FindAllStringSubmatchIndex(ab, -1)
	if len(locs) < 2 || locs[0][2] != 0 {
		return ab, nil
	}
	var secs []store.Section
	lines := make([]string, 0, len(locs))
	for i, m := range locs {
		end := len(ab)
		if i+1 < len(locs) {
			end = locs[i+1][2]
		}
		label := ab[m[2]:m[3]]
		text := strings.TrimSpace(ab[m[1]:end])
		secs = append(secs, store.Section{Label: label, Text: text})
		lines = append(lines, label+": "+text)
	}
	return strings.Join(lines, "\n"), secs
}
