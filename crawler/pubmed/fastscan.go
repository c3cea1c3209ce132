package pubmed

// A purpose-built scanner for one top-level element of a PubmedArticleSet.
// It fills the same wire structs (wire.go) that encoding/xml fills, so the
// same record() code makes the Record from them.
//
// The scanner accepts only a subset of what encoding/xml accepts, and on
// that subset it gives exactly what encoding/xml gives. Everything else
// (anything encoding/xml would reject, and anything merely unusual: a
// processing instruction or DOCTYPE inside an article, a non-ASCII name)
// makes it bail out, and the caller hands the rest of the document to
// encoding/xml instead (see fast.go). So a bail-out is never an error by
// itself, only a request for the slow path.
//
// What it replicates of encoding/xml (Go 1.26, Strict mode, no Entity map,
// no CharsetReader), read from encoding/xml's xml.go and read.go:
//
//   - Names: readName takes name bytes [A-Za-z0-9_:.-] and any byte >= 0x80;
//     isName then checks the first rune against (Letter | '_' | ':') and the
//     others against NameChar. For ASCII this is [A-Za-z_:][A-Za-z0-9_:.-]*.
//     Non-ASCII names bail out. nsname rejects more than one ':' and splits
//     "p:l" into a prefix and a local name, unless either side is empty.
//     Struct fields match on the local name only (none of the wire tags has a
//     name space), and an end tag must repeat its start tag's prefix and
//     local name, which for these names means the same bytes.
//   - Tags: white space is ' ', '\t', '\r', '\n'; attributes need a name,
//     optional space, '=', optional space and a quoted value, with no
//     space required between attributes; "/>" closes an empty element; an
//     end tag is "</" name space* ">".
//   - Character data and attribute values: the five predefined entities,
//     "&#" decimal ";" and "&#x" hex ";" (lower-case x only; the value must
//     be at most U+10FFFF, and a surrogate becomes U+FFFD as string(rune(n))
//     makes it); "\r\n" and "\r" become "\n"; "]]>" is an error in text
//     (not in attribute values); "<" is an error in attribute values; the
//     result must be valid UTF-8 in the XML Char range.
//   - CDATA sections are character data, checked the same way but without
//     entities. Comments end at the first "--", which must be followed by
//     ">"; their content is not checked.
//   - Unmarshal: a string field gets the character data directly inside its
//     element (children are skipped), and a later element of the same name
//     overwrites it, even with ""; a slice gets one more element per
//     occurrence; a struct or pointer field is decoded into again (merged)
//     when its element repeats; "A>B" paths look for B among A's children;
//     attributes are matched by local name and the last one wins;
//     mixedText (an Unmarshaler) gets all the character data inside,
//     normalised.

import (
	"bytes"
	"unicode/utf8"

	"github.com/litwatch/litwatch/crawler"
)

// bailout is the panic value with which the scanner gives up on an element.
// It never leaves this file: scanElement recovers it.
type fastBailout struct{}

func fastBail() { panic(fastBailout{}) }

type fspan struct{ s, e int }

type fattr struct {
	local fspan // local name
	val   fspan // raw value, between the quotes
	plain bool  // the raw value is the value: no entity, no '\r'
}

type ftag struct {
	raw   fspan // the whole name, prefix included
	local fspan
	empty bool // <x/>
}

type fastScanner struct {
	b     []byte
	i     int
	attrs []fattr // attributes of the start tag read last
	stack []fspan // open element names while skipping
	txt   []byte  // character data being collected
	val   []byte  // scratch for attribute values
	norm  []byte  // scratch for normalizeSpace
}

// Item kinds scanElement reports.
const (
	itemOther   = iota // an element that is not an article: skipped, as decodeArticle does
	itemArticle        // a PubmedArticle or PubmedBookArticle: rec is set
)

// Byte classes.
var (
	xmlNameStart [256]bool // [A-Za-z_:]
	xmlNameByte  [256]bool // [A-Za-z0-9_:.-]
	xmlPlainText [256]bool // character data bytes needing no attention: printable ASCII except < & ] and \r, plus \t \n
	xmlPlainAttr [256]bool // attribute value bytes needing no attention: printable ASCII except < & " ' and \r, plus \t \n
)

func init() {
	for c := 0; c < 256; c++ {
		letter := 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
		xmlNameStart[c] = letter || c == '_' || c == ':'
		xmlNameByte[c] = xmlNameStart[c] || '0' <= c && c <= '9' || c == '.' || c == '-'
		printable := 0x20 <= c && c < 0x80 || c == '\t' || c == '\n'
		xmlPlainText[c] = printable && c != '<' && c != '&' && c != ']'
		xmlPlainAttr[c] = printable && c != '<' && c != '&' && c != '"' && c != '\''
	}
}

func xmlSpace(c byte) bool { return c == ' ' || c == '\n' || c == '\t' || c == '\r' }

// at returns b[i], bailing out past the end of the element's bytes: an
// element cut short is for encoding/xml to report.
func (p *fastScanner) at(i int) byte {
	if i >= len(p.b) {
		fastBail()
	}
	return p.b[i]
}

func (p *fastScanner) skipSpace(i int) int {
	for i < len(p.b) && xmlSpace(p.b[i]) {
		i++
	}
	return i
}

// name reads an ASCII XML name at i and returns its end.
func (p *fastScanner) name(i int) int {
	if !xmlNameStart[p.at(i)] {
		fastBail()
	}
	colons := 0
	j := i
	for ; j < len(p.b) && xmlNameByte[p.b[j]]; j++ {
		if p.b[j] == ':' {
			colons++
		}
	}
	if j == len(p.b) || p.b[j] >= utf8.RuneSelf || colons > 1 {
		fastBail()
	}
	return j
}

// localName is the local part of the name n, as encoding/xml's nsname splits it.
func (p *fastScanner) localName(n fspan) fspan {
	if k := bytes.IndexByte(p.b[n.s:n.e], ':'); k > 0 && n.s+k+1 < n.e {
		return fspan{n.s + k + 1, n.e}
	}
	return n
}

func (p *fastScanner) str(s fspan) string { return string(p.b[s.s:s.e]) }

// is reports whether the bytes of s are name.
func (p *fastScanner) is(s fspan, name string) bool { return string(p.b[s.s:s.e]) == name }

// Token kinds next returns.
const (
	tokStart = iota
	tokEnd
)

// next reads up to and including the next start or end tag: character data
// on the way is checked and, if collect, appended to p.txt; comments are
// skipped. A start tag is left in tag and p.attrs; an end tag's name in end.
func (p *fastScanner) next(collect bool) (kind int, tag ftag, end fspan) {
	b := p.b
	for {
		i := p.i
		if i >= len(b) {
			fastBail()
		}
		if b[i] != '<' {
			if collect {
				p.i = p.text(i, &p.txt)
			} else {
				p.i = p.text(i, nil)
			}
			continue
		}
		switch p.at(i + 1) {
		case '/':
			j := p.name(i + 2)
			end = fspan{i + 2, j}
			j = p.skipSpace(j)
			if p.at(j) != '>' {
				fastBail()
			}
			p.i = j + 1
			return tokEnd, tag, end
		case '!':
			if bytes.HasPrefix(b[i:], []byte("<!--")) {
				c := b[i+4:]
				k := bytes.Index(c, []byte("--"))
				if k < 0 || k+2 >= len(c) || c[k+2] != '>' {
					fastBail()
				}
				p.i = i + 4 + k + 3
				continue
			}
			if bytes.HasPrefix(b[i:], []byte("<![CDATA[")) {
				c := b[i+9:]
				k := bytes.Index(c, []byte("]]>"))
				if k < 0 {
					fastBail()
				}
				if collect {
					p.cdata(c[:k], &p.txt)
				} else {
					p.cdata(c[:k], nil)
				}
				p.i = i + 9 + k + 3
				continue
			}
			fastBail() // a directive, or an error
		case '?':
			fastBail() // a processing instruction: rare, and <?xml …?> has rules of its own
		}
		return tokStart, p.startTag(i), end
	}
}

// startTag reads the start tag at b[i] == '<' into a tag and p.attrs.
func (p *fastScanner) startTag(i int) ftag {
	j := p.name(i + 1)
	t := ftag{raw: fspan{i + 1, j}}
	t.local = p.localName(t.raw)
	p.attrs = p.attrs[:0]
	for {
		j = p.skipSpace(j)
		c := p.at(j)
		if c == '>' {
			j++
			break
		}
		if c == '/' {
			if p.at(j+1) != '>' {
				fastBail()
			}
			t.empty = true
			j += 2
			break
		}
		ne := p.name(j)
		a := fattr{local: p.localName(fspan{j, ne})}
		j = p.skipSpace(ne)
		if p.at(j) != '=' {
			fastBail()
		}
		j = p.skipSpace(j + 1)
		q := p.at(j)
		if q != '"' && q != '\'' {
			fastBail()
		}
		j++
		a.val.s = j
		a.plain = true
		for {
			c := p.at(j)
			if xmlPlainAttr[c] {
				j++
				continue
			}
			switch {
			case c == q:
			case c == '"' || c == '\'':
				j++
				continue
			case c == '&':
				a.plain = false
				j = p.entity(j, nil)
				continue
			case c == '\r':
				a.plain = false
				j++
				continue
			case c >= utf8.RuneSelf:
				j += p.rune(j)
				continue
			default: // '<' or a control character
				fastBail()
			}
			break
		}
		a.val.e = j
		j++
		p.attrs = append(p.attrs, a)
	}
	p.i = j
	return t
}

// attr returns the value of attribute a.
func (p *fastScanner) attr(a fattr) string {
	if a.plain {
		return p.str(a.val)
	}
	p.val = p.val[:0]
	for j := a.val.s; j < a.val.e; {
		switch c := p.b[j]; c {
		case '&':
			j = p.entity(j, &p.val)
		case '\r':
			p.val = append(p.val, '\n')
			if j+1 < a.val.e && p.b[j+1] == '\n' {
				j++
			}
			j++
		default:
			p.val = append(p.val, c)
			j++
		}
	}
	return string(p.val)
}

// rune checks the UTF-8 sequence at b[i] and returns its length.
func (p *fastScanner) rune(i int) int {
	r, n := utf8.DecodeRune(p.b[i:])
	if r == utf8.RuneError && n == 1 || r == 0xFFFE || r == 0xFFFF {
		fastBail()
	}
	return n
}

// text checks the character data starting at b[i] (up to the next '<' or
// the end), appends it decoded to *dst unless dst is nil, and returns where
// it stopped.
func (p *fastScanner) text(i int, dst *[]byte) int {
	b := p.b
	for i < len(b) {
		j := i
		for j < len(b) && xmlPlainText[b[j]] {
			j++
		}
		if dst != nil && j > i {
			*dst = append(*dst, b[i:j]...)
		}
		if j == len(b) {
			return j
		}
		switch c := b[j]; {
		case c == '<':
			return j
		case c == '&':
			i = p.entity(j, dst)
		case c == ']':
			if j+2 < len(b) && b[j+1] == ']' && b[j+2] == '>' {
				fastBail()
			}
			if dst != nil {
				*dst = append(*dst, ']')
			}
			i = j + 1
		case c == '\r':
			i = j + 1
			if i < len(b) && b[i] == '\n' {
				i++
			}
			if dst != nil {
				*dst = append(*dst, '\n')
			}
		case c >= utf8.RuneSelf:
			n := p.rune(j)
			if dst != nil {
				*dst = append(*dst, b[j:j+n]...)
			}
			i = j + n
		default: // a control character
			fastBail()
		}
	}
	return i
}

// cdata checks the content c of a CDATA section and appends it, with
// "\r\n" and "\r" made "\n", to *dst unless dst is nil.
func (p *fastScanner) cdata(c []byte, dst *[]byte) {
	for i := 0; i < len(c); {
		ch := c[i]
		switch {
		case ch == '\r':
			if dst != nil {
				*dst = append(*dst, '\n')
			}
			i++
			if i < len(c) && c[i] == '\n' {
				i++
			}
		case ch >= utf8.RuneSelf:
			r, n := utf8.DecodeRune(c[i:])
			if r == utf8.RuneError && n == 1 || r == 0xFFFE || r == 0xFFFF {
				fastBail()
			}
			if dst != nil {
				*dst = append(*dst, c[i:i+n]...)
			}
			i += n
		case ch < 0x20 && ch != '\t' && ch != '\n':
			fastBail()
		default:
			if dst != nil {
				*dst = append(*dst, ch)
			}
			i++
		}
	}
}

var xmlPredefined = [...]struct {
	name string // without '&', with ';'
	val  byte
}{{"lt;", '<'}, {"gt;", '>'}, {"amp;", '&'}, {"apos;", '\''}, {"quot;", '"'}}

// entity reads the reference at b[i] == '&', appends its text to *dst
// unless dst is nil, and returns the index after its ';'.
func (p *fastScanner) entity(i int, dst *[]byte) int {
	b := p.b
	j := i + 1
	if p.at(j) != '#' {
		for _, e := range xmlPredefined {
			if bytes.HasPrefix(b[j:], []byte(e.name)) {
				if dst != nil {
					*dst = append(*dst, e.val)
				}
				return j + len(e.name)
			}
		}
		fastBail()
	}
	j++
	base := uint64(10)
	if p.at(j) == 'x' {
		base = 16
		j++
	}
	start := j
	var n uint64
	for j < len(b) {
		c := b[j]
		var d uint64
		switch {
		case '0' <= c && c <= '9':
			d = uint64(c - '0')
		case base == 16 && 'a' <= c && c <= 'f':
			d = uint64(c-'a') + 10
		case base == 16 && 'A' <= c && c <= 'F':
			d = uint64(c-'A') + 10
		default:
			d = 99
		}
		if d == 99 {
			break
		}
		if n <= utf8.MaxRune {
			n = n*base + d
		}
		j++
	}
	if j == start || p.at(j) != ';' || n > utf8.MaxRune {
		fastBail()
	}
	r := rune(n)
	if 0xD800 <= r && r <= 0xDFFF {
		r = utf8.RuneError // what string(rune(n)) makes of a surrogate
	}
	if !(r == 0x09 || r == 0x0A || r == 0x0D || r >= 0x20 && r <= 0xD7FF ||
		r >= 0xE000 && r <= 0xFFFD || r >= 0x10000 && r <= 0x10FFFF) {
		fastBail()
	}
	if dst != nil {
		*dst = utf8.AppendRune(*dst, r)
	}
	return j + 1
}

// endOf checks that the end tag named end closes t.
func (p *fastScanner) endOf(t ftag, end fspan) {
	if !bytes.Equal(p.b[end.s:end.e], p.b[t.raw.s:t.raw.e]) {
		fastBail()
	}
}

// skip checks and skips the content of t, whose start tag was just read.
func (p *fastScanner) skip(t ftag) {
	if t.empty {
		return
	}
	p.stack = append(p.stack[:0], t.raw)
	for len(p.stack) > 0 {
		kind, child, end := p.next(false)
		if kind == tokStart {
			if !child.empty {
				p.stack = append(p.stack, child.raw)
			}
			continue
		}
		top := p.stack[len(p.stack)-1]
		if !bytes.Equal(p.b[end.s:end.e], p.b[top.s:top.e]) {
			fastBail()
		}
		p.stack = p.stack[:len(p.stack)-1]
	}
}

// chardata returns the character data directly inside t (a string field,
// or a ",chardata" one); child elements are skipped.
func (p *fastScanner) chardata(t ftag) string {
	if t.empty {
		return ""
	}
	p.txt = p.txt[:0]
	for {
		kind, child, end := p.next(true)
		if kind == tokEnd {
			p.endOf(t, end)
			return string(p.txt)
		}
		p.skip(child) // its text is not ours, and p.skip does not touch p.txt
	}
}

// mixed is mixedText.UnmarshalXML: all the character data inside t,
// white space normalised.
func (p *fastScanner) mixed(t ftag) mixedText {
	if t.empty {
		return ""
	}
	p.txt = p.txt[:0]
	p.stack = append(p.stack[:0], t.raw)
	for len(p.stack) > 0 {
		kind, child, end := p.next(true)
		if kind == tokStart {
			if !child.empty {
				p.stack = append(p.stack, child.raw)
			}
			continue
		}
		top := p.stack[len(p.stack)-1]
		if !bytes.Equal(p.b[end.s:end.e], p.b[top.s:top.e]) {
			fastBail()
		}
		p.stack = p.stack[:len(p.stack)-1]
	}
	return mixedText(p.normalizeSpace(p.txt))
}

// asciiSpace is the set of ASCII bytes strings.Fields splits at.
var asciiSpace = [256]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

// normalizeSpace is crawler.NormalizeSpace(string(b)), that is
// strings.Join(strings.Fields(s), " "), without the slice of fields when
// b is ASCII (strings.Fields splits ASCII at asciiSpace).
func (p *fastScanner) normalizeSpace(b []byte) string {
	for _, c := range b {
		if c >= utf8.RuneSelf {
			return crawler.NormalizeSpace(string(b))
		}
	}
	out := p.norm[:0]
	for i := 0; i < len(b); {
		for i < len(b) && asciiSpace[b[i]] {
			i++
		}
		if i == len(b) {
			break
		}
		j := i
		for j < len(b) && !asciiSpace[b[j]] {
			j++
		}
		if len(out) > 0 {
			out = append(out, ' ')
		}
		out = append(out, b[i:j]...)
		i = j
	}
	p.norm = out
	return string(out)
}

// children calls fn for each child element of t, then checks t's end tag.
// fn must consume the child (decode it or p.skip it).
func (p *fastScanner) children(t ftag, fn func(child ftag)) {
	if t.empty {
		return
	}
	for {
		kind, child, end := p.next(false)
		if kind == tokEnd {
			p.endOf(t, end)
			return
		}
		fn(child)
	}
}

// list decodes a path parent such as AuthorList in "AuthorList>Author": fn
// gets each child named item; other children are skipped.
func (p *fastScanner) list(t ftag, item string, fn func(child ftag)) {
	p.children(t, func(c ftag) {
		if p.is(c.local, item) {
			fn(c)
		} else {
			p.skip(c)
		}
	})
}

// The decoders below mirror the structs of wire.go, field by field. Each
// reads the attributes of its start tag first: reading a child overwrites
// p.attrs.

func (p *fastScanner) pubmedArticle(t ftag, a *pubmedArticle) {
	p.children(t, func(c ftag) {
		switch string(p.b[c.local.s:c.local.e]) {
		case "MedlineCitation":
			p.medlineCitation(c, &a.MedlineCitation)
		case "PubmedData":
			p.pubmedData(c, &a.PubmedData)
		default:
			p.skip(c)
		}
	})
}

func (p *fastScanner) medlineCitation(t ftag, mc *medlineCitation) {
	for _, at := range p.attrs {
		if p.is(at.local, "Status") {
			mc.Status = p.attr(at)
		}
	}
	p.children(t, func(c ftag) {
		switch string(p.b[c.local.s:c.local.e]) {
		case "PMID":
			mc.PMID = p.chardata(c)
		case "Article":
			p.article(c, &mc.Article)
		case "CommentsCorrectionsList":
			p.list(c, "CommentsCorrections", func(c ftag) {
				mc.CommentsCorrections = append(mc.CommentsCorrections, commentsCorrections{})
				p.commentsCorrections(c, &mc.CommentsCorrections[len(mc.CommentsCorrections)-1])
			})
		case "MeshHeadingList":
			p.list(c, "MeshHeading", func(c ftag) {
				var m meshHeading
				p.children(c, func(c ftag) {
					if p.is(c.local, "DescriptorName") {
						m.Descriptor = p.chardata(c)
					} else {
						p.skip(c)
					}
				})
				mc.MeshHeadings = append(mc.MeshHeadings, m)
			})
		case "KeywordList":
			mc.KeywordLists = append(mc.KeywordLists, p.keywordList(c))
		default:
			p.skip(c)
		}
	})
}

func (p *fastScanner) article(t ftag, a *article) {
	p.children(t, func(c ftag) {
		switch string(p.b[c.local.s:c.local.e]) {
		case "Journal":
			p.journal(c, &a.Journal)
		case "ArticleTitle":
			a.ArticleTitle = p.mixed(c)
		case "VernacularTitle":
			a.VernacularTitle = p.mixed(c)
		case "ELocationID":
			var e eLocationID
			for _, at := range p.attrs {
				switch string(p.b[at.local.s:at.local.e]) {
				case "EIdType":
					e.Type = p.attr(at)
				case "ValidYN":
					e.Valid = p.attr(at)
				}
			}
			e.Value = p.chardata(c)
			a.ELocationIDs = append(a.ELocationIDs, e)
		case "Abstract":
			if a.Abstract == nil {
				a.Abstract = new(abstract)
			}
			p.abstract(c, a.Abstract)
		case "AuthorList":
			p.list(c, "Author", func(c ftag) {
				a.Authors = append(a.Authors, author{})
				p.author(c, &a.Authors[len(a.Authors)-1])
			})
		case "Language":
			a.Languages = append(a.Languages, p.chardata(c))
		case "PublicationTypeList":
			p.list(c, "PublicationType", func(c ftag) {
				a.PublicationTypes = append(a.PublicationTypes, p.chardata(c))
			})
		case "ArticleDate":
			a.ArticleDates = append(a.ArticleDates, date{})
			p.date(c, &a.ArticleDates[len(a.ArticleDates)-1])
		default:
			p.skip(c)
		}
	})
}

func (p *fastScanner) journal(t ftag, j *journal) {
	p.children(t, func(c ftag) {
		switch string(p.b[c.local.s:c.local.e]) {
		case "Title":
			j.Title = p.chardata(c)
		case "ISOAbbreviation":
			j.ISOAbbreviation = p.chardata(c)
		case "JournalIssue":
			p.list(c, "PubDate", func(c ftag) { p.pubDate(c, &j.PubDate) })
		default:
			p.skip(c)
		}
	})
}

func (p *fastScanner) pubDate(t ftag, d *pubDate) {
	p.children(t, func(c ftag) {
		switch string(p.b[c.local.s:c.local.e]) {
		case "Year":
			d.Year = p.chardata(c)
		case "Month":
			d.Month = p.chardata(c)
		case "Day":
			d.Day = p.chardata(c)
		case "Season":
			d.Season = p.chardata(c)
		case "MedlineDate":
			d.MedlineDate = p.chardata(c)
		default:
			p.skip(c)
		}
	})
}

func (p *fastScanner) date(t ftag, d *date) {
	for _, at := range p.attrs {
		switch string(p.b[at.local.s:at.local.e]) {
		case "DateType":
			d.Type = p.attr(at)
		case "PubStatus":
			d.PubStatus = p.attr(at)
		}
	}
	p.children(t, func(c ftag) {
		switch string(p.b[c.local.s:c.local.e]) {
		case "Year":
			d.Year = p.chardata(c)
		case "Month":
			d.Month = p.chardata(c)
		case "Day":
			d.Day = p.chardata(c)
		default:
			p.skip(c)
		}
	})
}

func (p *fastScanner) abstract(t ftag, a *abstract) {
	p.list(t, "AbstractText", func(c ftag) {
		var at abstractText
		for _, x := range p.attrs {
			switch string(p.b[x.local.s:x.local.e]) {
			case "Label":
				at.Label = crawler.NormalizeSpace(p.attr(x))
			case "NlmCategory":
				at.NlmCategory = crawler.NormalizeSpace(p.attr(x))
			}
		}
		at.Text = string(p.mixed(c))
		a.Texts = append(a.Texts, at)
	})
}

func (p *fastScanner) author(t ftag, a *author) {
	for _, at := range p.attrs {
		if p.is(at.local, "ValidYN") {
			a.Valid = p.attr(at)
		}
	}
	p.children(t, func(c ftag) {
		switch string(p.b[c.local.s:c.local.e]) {
		case "LastName":
			a.LastName = p.chardata(c)
		case "ForeName":
			a.ForeName = p.chardata(c)
		case "Initials":
			a.Initials = p.chardata(c)
		case "Suffix":
			a.Suffix = p.chardata(c)
		case "CollectiveName":
			a.CollectiveName = p.mixed(c)
		default:
			p.skip(c)
		}
	})
}

func (p *fastScanner) authorList(t ftag) authorList {
	var l authorList
	for _, at := range p.attrs {
		if p.is(at.local, "Type") {
			l.Type = p.attr(at)
		}
	}
	p.list(t, "Author", func(c ftag) {
		l.Authors = append(l.Authors, author{})
		p.author(c, &l.Authors[len(l.Authors)-1])
	})
	return l
}

func (p *fastScanner) keywordList(t ftag) keywordList {
	var l keywordList
	for _, at := range p.attrs {
		if p.is(at.local, "Owner") {
			l.Owner = p.attr(at)
		}
	}
	p.list(t, "Keyword", func(c ftag) {
		l.Keywords = append(l.Keywords, p.mixed(c))
	})
	return l
}

func (p *fastScanner) commentsCorrections(t ftag, c *commentsCorrections) {
	for _, at := range p.attrs {
		if p.is(at.local, "RefType") {
			c.RefType = p.attr(at)
		}
	}
	p.children(t, func(ch ftag) {
		switch string(p.b[ch.local.s:ch.local.e]) {
		case "RefSource":
			c.RefSource = p.mixed(ch)
		case "PMID":
			c.PMID = p.chardata(ch)
		default:
			p.skip(ch)
		}
	})
}

func (p *fastScanner) pubmedData(t ftag, d *pubmedData) {
	p.children(t, func(c ftag) {
		switch string(p.b[c.local.s:c.local.e]) {
		case "History":
			p.list(c, "PubMedPubDate", func(c ftag) {
				d.History = append(d.History, date{})
				p.date(c, &d.History[len(d.History)-1])
			})
		case "ArticleIdList":
			d.ArticleIDs = p.articleIDs(c, d.ArticleIDs)
		default:
			p.skip(c)
		}
	})
}

func (p *fastScanner) articleIDs(t ftag, ids []articleID) []articleID {
	p.list(t, "ArticleId", func(c ftag) {
		var id articleID
		for _, at := range p.attrs {
			if p.is(at.local, "IdType") {
				id.Type = p.attr(at)
			}
		}
		id.Value = p.chardata(c)
		ids = append(ids, id)
	})
	return ids
}

func (p *fastScanner) pubmedBookArticle(t ftag, a *pubmedBookArticle) {
	p.children(t, func(c ftag) {
		switch string(p.b[c.local.s:c.local.e]) {
		case "BookDocument":
			p.bookDocument(c, &a.BookDocument)
		case "PubmedBookData":
			p.pubmedData(c, &a.PubmedBookData)
		default:
			p.skip(c)
		}
	})
}

func (p *fastScanner) bookDocument(t ftag, bd *bookDocument) {
	p.children(t, func(c ftag) {
		switch string(p.b[c.local.s:c.local.e]) {
		case "PMID":
			bd.PMID = p.chardata(c)
		case "ArticleIdList":
			bd.ArticleIDs = p.articleIDs(c, bd.ArticleIDs)
		case "Book":
			p.book(c, &bd.Book)
		case "ArticleTitle":
			if bd.ArticleTitle == nil {
				bd.ArticleTitle = new(mixedText)
			}
			*bd.ArticleTitle = p.mixed(c)
		case "VernacularTitle":
			bd.VernacularTitle = p.mixed(c)
		case "Language":
			bd.Languages = append(bd.Languages, p.chardata(c))
		case "AuthorList":
			bd.AuthorLists = append(bd.AuthorLists, p.authorList(c))
		case "PublicationType":
			bd.PublicationTypes = append(bd.PublicationTypes, p.chardata(c))
		case "Abstract":
			if bd.Abstract == nil {
				bd.Abstract = new(abstract)
			}
			p.abstract(c, bd.Abstract)
		case "KeywordList":
			bd.KeywordLists = append(bd.KeywordLists, p.keywordList(c))
		case "ContributionDate":
			p.date(c, &bd.ContributionDate)
		default:
			p.skip(c)
		}
	})
}

func (p *fastScanner) book(t ftag, bk *book) {
	p.children(t, func(c ftag) {
		switch string(p.b[c.local.s:c.local.e]) {
		case "BookTitle":
			bk.BookTitle = p.mixed(c)
		case "PubDate":
			p.pubDate(c, &bk.PubDate)
		case "AuthorList":
			bk.AuthorLists = append(bk.AuthorLists, p.authorList(c))
		default:
			p.skip(c)
		}
	})
}
