// Package export writes litwatch's records and flags as files other tools
// read: RIS and BibTeX for reference managers, CSV for spreadsheets,
// citation templates for encyclopedia editors ({{cite journal}}) and an
// Atom feed of the flags for feed readers.
//
// Every text that comes from a record is untrusted: control and
// bidirectional-override characters are dropped, line breaks become spaces,
// and each writer escapes what its format treats specially (BibTeX braces
// and TeX specials, wiki markup, spreadsheet formulas, XML).
package export

import (
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"github.com/litwatch/litwatch/report/digest"
	"github.com/litwatch/litwatch/store"
	"golang.org/x/text/unicode/norm"
)

// Item is one record to export with what litwatch made of it.
type Item struct {
	Record      store.Record
	Design      string             // e.g. "rct", "systematic_review", "trial_registration"; "" takes the first assessment's
	Assessments []store.Assessment // the record against each claim; those neither relevant nor flagged are ignored
	// Decided holds the user's decision ("reviewed", "dismissed",
	// "accepted") on the record's decided flags, by claim. The Atom feed
	// leaves decided flags out; the other formats ignore it.
	Decided map[string]string
}

// Formats lists the formats Write accepts.
func Formats() []string { return []string{"ris", "bibtex", "csv", "cite", "atom"} }

// Ext is the usual file extension (with the dot) for a format, "" if
// unknown.
func Ext(format string) string {
	switch normalize(format) {
	case "ris":
		return ".ris"
	case "bibtex":
		return ".bib"
	case "csv":
		return ".csv"
	case "cite":
		return ".txt"
	case "atom":
		return ".atom"
	}
	return ""
}

// MediaType is the MIME type for a format, "" if unknown.
func MediaType(format string) string {
	switch normalize(format) {
	case "ris":
		return "application/x-research-info-systems"
	case "bibtex":
		return "application/x-bibtex; charset=utf-8"
	case "csv":
		return "text/csv; charset=utf-8"
	case "cite":
		return "text/plain; charset=utf-8"
	case "atom":
		return "application/atom+xml"
	}
	return ""
}

func normalize(format string) string {
	switch f := strings.ToLower(strings.TrimSpace(format)); f {
	case "bib":
		return "bibtex"
	default:
		return f
	}
}

// Write writes items in format: "ris", "bibtex" (or "bib"), "csv", "cite"
// or "atom". Items are written in the order given. An unknown format is an
// error naming it. For "atom" the feed is DefaultFeed(); use WriteAtom
// to set its title, id and link.
func Write(w io.Writer, format string, items []Item) error {
	var err error
	switch normalize(format) {
	case "ris":
		err = writeRIS(w, items)
	case "bibtex":
		err = writeBibTeX(w, items)
	case "csv":
		err = writeCSV(w, items)
	case "cite":
		err = writeCite(w, items)
	case "atom":
		return WriteAtom(w, DefaultFeed(), items)
	default:
		return fmt.Errorf("export: unknown format %q (want one of %s)", format, strings.Join(Formats(), ", "))
	}
	if err != nil {
		return fmt.Errorf("export: write %s: %w", normalize(format), err)
	}
	return nil
}

// bearing is the assessments of an item that bear on a claim.
func bearing(it Item) []store.Assessment {
	var out []store.Assessment
	for _, a := range it.Assessments {
		if a.Relevant || a.Flagged {
			out = append(out, a)
		}
	}
	return out
}

func flagged(it Item) bool {
	return slices.ContainsFunc(it.Assessments, func(a store.Assessment) bool { return a.Flagged })
}

// openFlag reports whether a is a flag not yet decided.
func openFlag(it Item, a store.Assessment) bool {
	return a.Flagged && it.Decided[a.Claim] == ""
}

// design is the item's design, else the first one an assessment names.
func design(it Item) string {
	if d := clean(it.Design); d != "" {
		return d
	}
	for _, a := range it.Assessments {
		if d := clean(a.Design); d != "" {
			return d
		}
	}
	return ""
}

// isRegistration reports whether the item is a trial registration rather
// than a publication.
func isRegistration(it Item) bool {
	d := strings.ReplaceAll(strings.ToLower(design(it)), " ", "_")
	if d == "trial_registration" || d == "registration" {
		return true
	}
	r := it.Record
	return clean(r.NCT) != "" && clean(r.PMID) == "" && clean(r.DOI) == ""
}

// recordURL is the record's link, as the digest makes it.
func recordURL(r store.Record) string {
	return digest.Link(clean(r.PMID), clean(r.DOI), clean(r.NCT))
}

// clean makes untrusted text one safe line: runs of white space (line
// breaks included) become one space, control and bidirectional-override
// characters are dropped, invalid UTF-8 becomes U+FFFD.
func clean(s string) string {
	var b strings.Builder
	space := false
	for _, r := range strings.ToValidUTF8(s, "\uFFFD") {
		switch {
		case unicode.IsSpace(r):
			space = true
			continue
		case unicode.IsControl(r), isBidiControl(r), r == '\uFEFF':
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	return b.String()
}

func isBidiControl(r rune) bool {
	return r == 0x061C || r == 0x200E || r == 0x200F ||
		(r >= 0x202A && r <= 0x202E) || (r >= 0x2066 && r <= 0x2069)
}

// cleanAll cleans each string and drops the empty ones.
func cleanAll(ss []string) []string {
	var out []string
	for _, s := range ss {
		if s = clean(s); s != "" {
			out = append(out, s)
		}
	}
	return out
}

// person is an author split into family name and initials; a name that is
// not "Family Initials" (a group, a consortium) is kept whole as Family
// with Corporate set.
type person struct {
	Family    string
	Initials  string // "AJ"
	Corporate bool
}

// Given is the initials spelt out: "A. J.".
func (p person) Given() string {
	var parts []string
	for _, r := range p.Initials {
		parts = append(parts, string(r)+".")
	}
	return strings.Join(parts, " ")
}

// parseAuthor reads PubMed's "Family Initials" form ("Curtis AJ", "van der
// Berg J"). Anything else is a corporate name.
func parseAuthor(s string) person {
	s = clean(s)
	i := strings.LastIndexByte(s, ' ')
	if i <= 0 || strings.ContainsAny(s, ",;") {
		return person{Family: s, Corporate: true}
	}
	fam, ini := s[:i], s[i+1:]
	if !isInitials(ini) {
		return person{Family: s, Corporate: true}
	}
	return person{Family: fam, Initials: ini}
}

// isInitials reports whether s is one to three upper-case letters.
func isInitials(s string) bool {
	n := 0
	for _, r := range s {
		if !unicode.IsUpper(r) {
			return false
		}
		n++
	}
	return n >= 1 && n <= 3
}

func authors(r store.Record) []person {
	var out []person
	for _, a := range r.Authors {
		if p := parseAuthor(a); p.Family != "" {
			out = append(out, p)
		}
	}
	return out
}

// assessmentNote is one line about an assessment: "C1: flagged;
// contradicts (level high, direction harm, n = 120). Reasons: a; b.
// Evidence: “…”".
func assessmentNote(a store.Assessment) string {
	var b strings.Builder
	b.WriteString(orDash(clean(a.Claim)))
	b.WriteString(": ")
	if a.Flagged {
		b.WriteString("flagged; ")
	}
	b.WriteString(signalText(a))
	if rs := cleanAll(a.Reasons); len(rs) > 0 {
		b.WriteString(". Reasons: " + strings.Join(rs, "; "))
	}
	if ev := cleanAll(a.Evidence); len(ev) > 0 {
		b.WriteString(". Evidence: “" + strings.Join(ev, "” “") + "”")
	}
	return b.String()
}

// signalText is "contradicts (level high, direction harm, n = 120)".
func signalText(a store.Assessment) string {
	s := clean(a.Signal)
	if s == "" {
		s = "no signal stated"
	}
	var extra []string
	if l := clean(a.Level); l != "" {
		extra = append(extra, "level "+l)
	}
	if d := clean(a.Direction); d != "" {
		extra = append(extra, "direction "+d)
	}
	if a.N > 0 {
		extra = append(extra, "n = "+strconv.Itoa(a.N))
	}
	if len(extra) > 0 {
		s += " (" + strings.Join(extra, ", ") + ")"
	}
	return s
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

// citeKeys gives every item a BibTeX key, unique within items: first
// author's family name, year and first significant title word, in ASCII
// lower case ("zoungas2026atorvastatin"). The first item with a key keeps
// it; later ones with the same key get "b", "c", ... appended.
func citeKeys(items []Item) []string {
	base := make([]string, len(items))
	used := make(map[string]bool, len(items))
	keys := make([]string, len(items))
	for i, it := range items {
		base[i] = baseKey(it)
	}
	for i, k := range base {
		if !used[k] {
			used[k] = true
			keys[i] = k
		}
	}
	for i, k := range base {
		if keys[i] != "" {
			continue
		}
		for n := 2; ; n++ {
			cand := k + keySuffix(n)
			if !used[cand] {
				used[cand] = true
				keys[i] = cand
				break
			}
		}
	}
	return keys
}

func keySuffix(n int) string {
	if n <= 26 {
		return string(rune('a' + n - 1))
	}
	return "_" + strconv.Itoa(n)
}

func baseKey(it Item) string {
	r := it.Record
	name := "anon"
	if as := authors(r); len(as) > 0 {
		fam := as[0].Family
		if as[0].Corporate {
			fam, _, _ = strings.Cut(fam, " ")
		}
		if k := keyPart(fam); k != "" {
			name = k
		}
	}
	year := "nd"
	if r.Year > 0 {
		year = strconv.Itoa(r.Year)
	}
	word := ""
	notWord := func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && !unicode.Is(unicode.Mn, r) }
	for _, w := range strings.FieldsFunc(clean(r.Title), notWord) {
		k := keyPart(w)
		if k == "" || k == "a" || k == "an" || k == "the" {
			continue
		}
		word = k
		break
	}
	key := name + year + word
	if name == "anon" && word == "" {
		if r.ID != 0 {
			key += "rec" + strconv.FormatInt(r.ID, 10)
		} else if p := keyPart(r.PMID); p != "" {
			key += "pmid" + p
		}
	}
	return key
}

// keyPart folds s to lower-case ASCII letters and digits: accents are
// removed ("Müller" gives "muller"), other characters dropped.
func keyPart(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(strings.ToLower(s)) {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9':
			b.WriteRune(r)
		case unicode.Is(unicode.Mn, r):
			// combining accent: drop
		default:
			b.WriteString(foldExtra(r))
		}
	}
	return b.String()
}

// foldExtra spells the Latin letters that do not decompose; "" for any
// other rune.
func foldExtra(r rune) string {
	switch r {
	case 'ß':
		return "ss"
	case 'æ':
		return "ae"
	case 'œ':
		return "oe"
	case 'ø':
		return "o"
	case 'ł':
		return "l"
	case 'đ', 'ð':
		return "d"
	case 'þ':
		return "th"
	case 'ı':
		return "i"
	}
	return ""
}
