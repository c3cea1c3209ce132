package export

import (
	"bufio"
	"io"
	"slices"
	"strconv"
	"strings"
	"unicode"
)

// writeBibTeX writes one entry per item: @article, or @misc for a trial
// registration, keyed by citeKeys. Field values are brace-delimited and
// TeX-escaped so that braces always balance whatever the record says;
// title words with inner capitals ("STAREE-2", "mRNA") are braced to keep
// their case.
func writeBibTeX(w io.Writer, items []Item) error {
	b := bufio.NewWriter(w)
	keys := citeKeys(items)
	for i, it := range items {
		r := it.Record
		if i > 0 {
			b.WriteString("\n")
		}
		var fields [][2]string
		add := func(name, value string) {
			if value != "" {
				fields = append(fields, [2]string{name, value})
			}
		}
		entry := "article"
		if isRegistration(it) {
			entry = "misc"
		}
		var names []string
		for _, p := range authors(r) {
			if p.Corporate {
				names = append(names, "{"+texEscape(p.Family)+"}")
			} else {
				names = append(names, texEscape(p.Family)+", "+texEscape(p.Given()))
			}
		}
		add("author", strings.Join(names, " and "))
		add("title", texTitle(clean(r.Title)))
		if entry == "article" {
			add("journal", texEscape(clean(r.Journal)))
		} else {
			add("howpublished", "ClinicalTrials.gov")
		}
		if r.Year > 0 {
			add("year", strconv.Itoa(r.Year))
		}
		add("doi", verbatim(clean(r.DOI)))
		add("pmid", texEscape(clean(r.PMID)))
		add("pmcid", texEscape(clean(r.PMCID)))
		if n := clean(r.NCT); n != "" {
			add("note", "Trial registration "+texEscape(n))
		}
		add("url", recordURL(r)) // already percent-encoded by RecordURL
		add("language", texEscape(clean(r.Language)))
		kws := cleanAll(r.Keywords)
		for _, m := range cleanAll(r.MeSH) {
			if !slices.Contains(kws, m) {
				kws = append(kws, m)
			}
		}
		for j, k := range kws {
			kws[j] = texEscape(k)
			if strings.Contains(k, ",") {
				kws[j] = "{" + kws[j] + "}" // keeps "Aged, 80 and over" one keyword
			}
		}
		add("keywords", strings.Join(kws, ", "))
		add("abstract", texEscape(clean(r.Abstract)))
		var notes []string
		if d := design(it); d != "" {
			notes = append(notes, "litwatch design: "+d)
		}
		for _, a := range bearing(it) {
			notes = append(notes, "litwatch "+assessmentNote(a))
		}
		for j, n := range notes {
			notes[j] = texEscape(n)
		}
		add("annote", strings.Join(notes, ". "))

		b.WriteString("@" + entry + "{" + keys[i] + ",\n")
		for j, f := range fields {
			b.WriteString("  " + f[0] + " = {" + f[1] + "}")
			if j < len(fields)-1 {
				b.WriteString(",")
			}
			b.WriteString("\n")
		}
		b.WriteString("}\n")
	}
	return b.Flush()
}

// texEscape makes s safe inside a brace-delimited BibTeX value and correct
// in LaTeX: the ten TeX specials become commands or escapes. Braces become
// \textbraceleft{} / \textbraceright{}, never \{ or \}, because BibTeX
// counts those when matching the value's delimiters.
func texEscape(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch r {
		case '\\':
			b.WriteString(`\textbackslash{}`)
		case '{':
			b.WriteString(`\textbraceleft{}`)
		case '}':
			b.WriteString(`\textbraceright{}`)
		case '$', '&', '%', '#', '_':
			b.WriteByte('\\')
			b.WriteRune(r)
		case '^':
			b.WriteString(`\textasciicircum{}`)
		case '~':
			b.WriteString(`\textasciitilde{}`)
		case '<':
			b.WriteString(`\textless{}`)
		case '>':
			b.WriteString(`\textgreater{}`)
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// texTitle escapes a title and braces each word with a capital after its
// first letter, so bibliography styles that lower-case titles keep
// acronyms and gene names as they are.
func texTitle(s string) string {
	words := strings.Split(s, " ")
	for i, w := range words {
		e := texEscape(w)
		if innerCapital(w) {
			e = "{" + e + "}"
		}
		words[i] = e
	}
	return strings.Join(words, " ")
}

func innerCapital(w string) bool {
	seenLetter := false
	for _, r := range w {
		if !unicode.IsLetter(r) {
			continue
		}
		if seenLetter && unicode.IsUpper(r) {
			return true
		}
		seenLetter = true
	}
	return false
}

// verbatim prepares an identifier for a verbatim field (doi, url), where
// TeX escapes would be taken literally: the characters that could unbalance
// the entry or end the field (braces, backslash, '%' in some tools) are
// percent-encoded instead.
func verbatim(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch r {
		case '{':
			b.WriteString("%7B")
		case '}':
			b.WriteString("%7D")
		case '\\':
			b.WriteString("%5C")
		case '%':
			b.WriteString("%25")
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}
