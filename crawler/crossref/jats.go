package crossref

import (
	"html"
	"strings"
	"unicode"

	"github.com/litwatch/litwatch/crawler"
	"github.com/litwatch/litwatch/store"
)

// Crossref abstracts are JATS XML fragments with an undeclared "jats:"
// prefix, e.g.
//
//	<jats:sec><jats:title>Background</jats:title><jats:p>…<jats:italic>in vitro</jats:italic>…</jats:p></jats:sec>
//
// but publishers also deposit plain text, HTML tags and stray "<" signs
// ("p < 0.05"). encoding/xml rejects much of that, so the fragment is read
// with a small tolerant tokenizer: a "<" that does not start a tag,
// comment, CDATA section or processing instruction is text, and entities
// (XML and HTML) are decoded in text.
//
// JATS abstract elements: https://jats.nlm.nih.gov/archiving/tag-library/1.3/element/abstract.html

// isBlockElem: these elements end the current paragraph where they start and end.
func isBlockElem(s string) bool {
	switch s {
	case "p", "sec", "list", "list-item", "disp-quote", "boxed-text", "table-wrap", "table", "tr", "td", "th", "fig", "caption", "statement", "def-list", "def-item", "term", "def", "abstract", "trans-abstract", "disp-formula", "div", "ul", "ol", "li", "br", "break":
		return true
	}
	return false
}

// isTitleElem: these elements hold a section heading.
func isTitleElem(s string) bool {
	switch s {
	case "title", "h1", "h2", "h3", "h4", "h5", "h6":
		return true
	}
	return false
}

// isSkipElem: these elements hold no reader-visible text (TeX annotations of MathML,
// graphics).
func isSkipElem(s string) bool {
	switch s {
	case "annotation", "annotation-xml", "graphic", "inline-graphic", "media", "alt-text", "object-id":
		return true
	}
	return false
}

// isGenericHeading: these are headings that name the abstract itself rather than a
// section of it; at the start of an abstract they are dropped.
func isGenericHeading(s string) bool {
	switch s {
	case "abstract", "summary", "abstract summary":
		return true
	}
	return false
}

type jatsSection struct {
	label string
	paras []string
}

// jatsReader builds paragraphs and sections from markup tokens.
type jatsReader struct {
	secs     []jatsSection // secs[0] holds what comes before the first heading
	para     strings.Builder
	title    strings.Builder
	inTitle  int
	skip     int
	hasTitle bool
}

// parseJATS returns a Crossref abstract as plain text and, when it has
// headed sections, its sections. Section texts are their paragraphs joined
// by a space; the plain text is "Label: text" per section (or the bare
// text of an unlabelled one) joined by newlines, or, for an abstract
// without headings, its paragraphs joined by newlines. Inline markup
// (italic, bold, sub, sup, MathML, …) is dropped and its text kept;
// whitespace is normalised.
func parseJATS(s string) (string, []store.Section) {
	r := &jatsReader{secs: []jatsSection{{}}}
	tokenize(s, r)
	r.flushPara()

	var (
		labelled bool
		out      []store.Section
	)
	for _, sec := range r.secs {
		if len(sec.paras) == 0 {
			continue
		}
		if sec.label != "" {
			labelled = true
		}
		out = append(out, store.Section{
			Label:    sec.label,
			Category: categoryFor(sec.label),
			Text:     strings.Join(sec.paras, " "),
		})
	}
	if !labelled {
		var paras []string
		for _, sec := range r.secs {
			paras = append(paras, sec.paras...)
		}
		return strings.Join(paras, "\n"), nil
	}
	lines := make([]string, 0, len(out))
	for _, sec := range out {
		if sec.Label != "" {
			lines = append(lines, sec.Label+": "+sec.Text)
		} else {
			lines = append(lines, sec.Text)
		}
	}
	return strings.Join(lines, "\n"), out
}

// plainText strips markup from a short string (a title) and normalises its
// whitespace.
func plainText(s string) string {
	if !strings.ContainsAny(s, "<&") {
		return crawler.NormalizeSpace(s)
	}
	r := &jatsReader{secs: []jatsSection{{}}}
	tokenize(s, r)
	r.flushPara()
	var parts []string
	for _, sec := range r.secs {
		if sec.label != "" {
			parts = append(parts, sec.label)
		}
		parts = append(parts, sec.paras...)
	}
	return strings.Join(parts, " ")
}

func (r *jatsReader) text(s string) {
	if r.skip > 0 {
		return
	}
	if r.inTitle > 0 {
		r.title.WriteString(s)
		return
	}
	r.para.WriteString(s)
}

func (r *jatsReader) start(name string, selfClosing bool) {
	switch {
	case isSkipElem(name):
		if !selfClosing {
			r.skip++
		}
	case r.skip > 0:
	case isTitleElem(name):
		if selfClosing {
			return
		}
		r.flushPara()
		if r.inTitle == 0 {
			r.title.Reset()
		}
		r.inTitle++
	case isBlockElem(name):
		if r.inTitle > 0 {
			r.title.WriteByte(' ')
			return
		}
		r.flushPara()
	default:
		// Inline markup: keep its text, glued to its neighbours.
	}
}

func (r *jatsReader) end(name string) {
	switch {
	case isSkipElem(name):
		if r.skip > 0 {
			r.skip--
		}
	case r.skip > 0:
	case isTitleElem(name):
		if r.inTitle == 0 {
			return
		}
		r.inTitle--
		if r.inTitle == 0 {
			r.heading(r.title.String())
		}
	case isBlockElem(name):
		if r.inTitle > 0 {
			r.title.WriteByte(' ')
			return
		}
		r.flushPara()
	}
}

// heading starts a new section labelled by a heading's text.
func (r *jatsReader) heading(raw string) {
	label := strings.TrimRight(crawler.NormalizeSpace(raw), ":.;- ")
	if label == "" {
		return
	}
	if !r.hasTitle && isGenericHeading(strings.ToLower(label)) && r.empty() {
		return // "Abstract" heading the whole thing
	}
	r.hasTitle = true
	r.secs = append(r.secs, jatsSection{label: label})
}

func (r *jatsReader) empty() bool {
	for _, s := range r.secs {
		if len(s.paras) > 0 {
			return false
		}
	}
	return r.para.Len() == 0
}

func (r *jatsReader) flushPara() {
	if p := crawler.NormalizeSpace(r.para.String()); p != "" {
		last := &r.secs[len(r.secs)-1]
		last.paras = append(last.paras, p)
	}
	r.para.Reset()
}

// markupSink receives tokens from tokenize.
type markupSink interface {
	text(s string)
	start(name string, selfClosing bool)
	end(name string)
}

// tokenize splits s into text and tags for sink. Element names are
// lower-cased and stripped of their namespace prefix ("jats:p" -> "p").
func tokenize(s string, sink markupSink) {
	var txt strings.Builder
	flush := func() {
		if txt.Len() > 0 {
			sink.text(html.UnescapeString(txt.String()))
			txt.Reset()
		}
	}
	for i := 0; i < len(s); {
		c := s[i]
		if c != '<' {
			j := strings.IndexByte(s[i:], '<')
			if j < 0 {
				j = len(s) - i
			}
			txt.WriteString(s[i : i+j])
			i += j
			continue
		}
		rest := s[i:]
		switch {
		case strings.HasPrefix(rest, "<!--"):
			flush()
			if k := strings.Index(rest[4:], "-->"); k >= 0 {
				i += 4 + k + 3
			} else {
				i = len(s)
			}
			continue
		case strings.HasPrefix(rest, "<![CDATA["):
			flush()
			body := rest[9:]
			k := strings.Index(body, "]]>")
			if k < 0 {
				sink.text(body)
				i = len(s)
			} else {
				sink.text(body[:k])
				i += 9 + k + 3
			}
			continue
		case strings.HasPrefix(rest, "<?") || strings.HasPrefix(rest, "<!"):
			if k := strings.IndexByte(rest, '>'); k >= 0 {
				flush()
				i += k + 1
				continue
			}
		}
		name, closing, selfClosing, n := readTag(rest)
		if n == 0 {
			txt.WriteByte('<') // not a tag: a literal "<"
			i++
			continue
		}
		flush()
		if closing {
			sink.end(name)
		} else {
			sink.start(name, selfClosing)
		}
		i += n
	}
	flush()
}

// readTag reads a start, end or empty-element tag at the start of s and
// returns its local name (lower case), its kind and its length, or n == 0
// if s does not start with a tag. A name with a namespace prefix
// ("jats:p", "mml:mi") is always a tag; an unprefixed one only if it is a
// known JATS, HTML or MathML element, so that "x<y and z>w" stays text.
func readTag(s string) (name string, closing, selfClosing bool, n int) {
	i := 1
	if i < len(s) && s[i] == '/' {
		closing = true
		i++
	}
	start := i
	for i < len(s) && isNameByte(s[i], i == start) {
		i++
	}
	if i == start || i >= len(s) {
		return "", false, false, 0
	}
	full := s[start:i]
	if c := s[i]; c != '>' && c != '/' && !isSpace(c) {
		return "", false, false, 0
	}
	local := strings.ToLower(full)
	if k := strings.LastIndexByte(local, ':'); k >= 0 {
		if k == 0 || k == len(local)-1 {
			return "", false, false, 0
		}
		local = local[k+1:]
	} else if !isKnownElem(local) {
		return "", false, false, 0
	}
	// Attributes, whose quoted values may hold ">".
	var quote byte
	for ; i < len(s); i++ {
		c := s[i]
		if quote != 0 {
			if c == quote {
				quote = 0
			}
			continue
		}
		switch c {
		case '"', '\'':
			if closing {
				return "", false, false, 0
			}
			quote = c
		case '<':
			return "", false, false, 0
		case '>':
			selfClosing = !closing && s[i-1] == '/'
			return local, closing, selfClosing, i + 1
		}
	}
	return "", false, false, 0
}

// isKnownElem reports whether an unprefixed element name is treated as
// markup.
func isKnownElem(s string) bool {
	if isBlockElem(s) || isTitleElem(s) || isSkipElem(s) {
		return true
	}
	switch s {
	case "a", "b", "i", "u", "s", "em", "strong", "span", "font", "small", "big", "sub", "sup", "tt", "code", "pre", "italic", "bold", "sc", "underline", "overline", "strike", "monospace", "roman", "sans-serif", "xref", "ext-link", "uri", "email", "named-content", "styled-content", "inline-formula", "tex-math", "math", "mi", "mo", "mn", "ms", "mtext", "mrow", "msub", "msup", "msubsup", "mfrac", "msqrt", "mroot", "mover", "munder", "munderover", "mspace", "mstyle", "mtable", "mtr", "mtd", "mfenced", "semantics", "label", "center", "blockquote", "hr", "img", "p", "scp", "inf", "caps", "smallcaps", "del", "ins", "mark", "q", "cite", "abbr", "dfn", "var", "nobr", "wbr":
		return true
	}
	return false
}

func isNameByte(c byte, first bool) bool {
	switch {
	case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c == '_':
		return true
	case first:
		return false
	case c >= '0' && c <= '9', c == '-', c == '.', c == ':':
		return true
	}
	return false
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

// categoryFor maps a section heading to one of NLM's abstract categories
// (BACKGROUND, OBJECTIVE, METHODS, RESULTS, CONCLUSIONS), the vocabulary
// PubMed records use, when a word of the heading clearly names one
// ("Patients and methods" -> METHODS); otherwise "".
func categoryFor(label string) string {
	l := strings.ToLower(label)
	words := strings.FieldsFunc(l, func(r rune) bool { return !unicode.IsLetter(r) })
	if len(words) == 0 {
		return ""
	}
	for _, c := range []struct {
		cat  string
		keys []string
	}{
		{"CONCLUSIONS", []string{"conclusion", "interpretation", "implication", "discussion"}},
		{"RESULTS", []string{"result", "finding"}},
		{"METHODS", []string{"method", "design", "setting", "participant", "patient", "subject", "intervention",
			"measure", "material", "search", "selection", "data collection", "data extraction", "data sources", "eligibility"}},
		{"OBJECTIVE", []string{"objective", "aim", "purpose", "goal"}},
		{"BACKGROUND", []string{"background", "introduction", "context", "rationale"}},
	} {
		for _, k := range c.keys {
			if strings.Contains(k, " ") {
				if strings.Contains(l, k) {
					return c.cat
				}
				continue
			}
			for _, w := range words {
				if strings.HasPrefix(w, k) {
					return c.cat
				}
			}
		}
	}
	return ""
}
