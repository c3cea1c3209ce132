package export

import (
	"bufio"
	"io"
	"strconv"
	"strings"
)

// writeCite writes one citation template per line, as encyclopedia editors
// paste them into an article: {{cite journal |last1= |first1= ... |title=
// |journal= |year= |doi= |pmid= |pmc=}} for a publication, {{cite web
// |title= |website=ClinicalTrials.gov |id= |url=}} for a trial
// registration. Values are wikitext-escaped, so a title cannot close the
// template, add a parameter, open a link or tag, or sign the page.
func writeCite(w io.Writer, items []Item) error {
	b := bufio.NewWriter(w)
	for _, it := range items {
		r := it.Record
		var params [][2]string
		add := func(name, value string) {
			if value = clean(value); value != "" {
				params = append(params, [2]string{name, value})
			}
		}
		tmpl := "cite journal"
		if isRegistration(it) {
			tmpl = "cite web"
		}
		n := 0
		for _, p := range authors(r) {
			n++
			i := strconv.Itoa(n)
			if p.Corporate {
				add("author"+i, p.Family)
			} else {
				add("last"+i, p.Family)
				add("first"+i, p.Given())
			}
		}
		add("title", r.Title)
		if tmpl == "cite journal" {
			add("journal", r.Journal)
		} else {
			add("website", "ClinicalTrials.gov")
		}
		if r.Year > 0 {
			add("year", strconv.Itoa(r.Year))
		}
		add("doi", r.DOI)
		add("pmid", r.PMID)
		// |pmc= takes the number alone.
		add("pmc", strings.TrimPrefix(strings.ToUpper(clean(r.PMCID)), "PMC"))
		if tmpl == "cite web" {
			add("id", r.NCT)
			add("url", recordURL(r))
		}
		b.WriteString("{{" + tmpl)
		for _, p := range params {
			b.WriteString(" |" + p[0] + "=" + wikiEscape(p[1]))
		}
		b.WriteString("}}\n")
	}
	return b.Flush()
}

// wikiEscape replaces what wikitext would interpret inside a template
// parameter with HTML character references: | { } [ ] < > & , runs of
// apostrophes (bold, italics), runs of tildes (signatures) and double
// underscores (behaviour switches such as __NOTOC__).
func wikiEscape(s string) string {
	var b strings.Builder
	prev := rune(0)
	for _, r := range s {
		switch {
		case r == '|':
			b.WriteString("&#124;")
		case r == '{':
			b.WriteString("&#123;")
		case r == '}':
			b.WriteString("&#125;")
		case r == '[':
			b.WriteString("&#91;")
		case r == ']':
			b.WriteString("&#93;")
		case r == '<':
			b.WriteString("&lt;")
		case r == '>':
			b.WriteString("&gt;")
		case r == '&':
			b.WriteString("&amp;")
		case r == '\'' && prev == '\'':
			b.WriteString("&#39;")
		case r == '~' && prev == '~':
			b.WriteString("&#126;")
		case r == '_' && prev == '_':
			b.WriteString("&#95;")
		default:
			b.WriteRune(r)
		}
		prev = r
	}
	return b.String()
}
