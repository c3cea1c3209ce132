package store

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Caps on the text stored for one record. Servers are not trusted: a 60 MB
// "abstract" would otherwise be stored, indexed and assessed in full.
const (
	// MaxTitleRunes is the longest title stored, in characters (runes),
	// the note included.
	MaxTitleRunes = 2000
	// MaxAbstractBytes is the longest abstract stored, in bytes of UTF-8,
	// the note included; the sections of a structured abstract share the
	// same budget.
	MaxAbstractBytes = 100_000
	// MaxErrorBytes is the longest error message stored for a source.
	MaxErrorBytes = 4000
)

// CleanText removes the characters of untrusted text that could drive a
// terminal or disguise what it says: C0 control characters other than tab
// and line feed, DEL, C1 control characters, and the bidirectional
// embedding, override and isolate characters (U+202A–U+202E,
// U+2066–U+2069). Invalid UTF-8 becomes U+FFFD. Text with none of these is
// returned as it is, without copying.
func CleanText(s string) string {
	// most text is printable ASCII: a byte loop tells so without decoding
	clean := true
	for i := 0; i < len(s); i++ {
		if c := s[i]; (c < 0x20 && c != '\t' && c != '\n') || c >= 0x7f {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	return strings.Map(func(r rune) rune {
		if dropRune(r) {
			return -1
		}
		return r
	}, s)
}

// dropRune reports whether CleanText removes r: C0 (but tab and line
// feed), DEL, C1, and the bidi embeddings, overrides and isolates.
func dropRune(r rune) bool {
	if r == '\t' || r == '\n' {
		return false
	}
	return r < 0x20 || r == 0x7f || (r >= 0x80 && r <= 0x9f) ||
		(r >= 0x202a && r <= 0x202e) || (r >= 0x2066 && r <= 0x2069)
}

// cleanList cleans every string of a list and drops those left empty.
func cleanList(ss []string) []string {
	if ss == nil {
		return nil
	}
	out := ss[:0:0]
	for _, s := range ss {
		if s = strings.TrimSpace(CleanText(s)); s != "" {
			out = append(out, s)
		}
	}
	return out
}

// sanitise cleans every text field of a record from a source (see
// CleanText) and caps its title and abstract (see capTitle, capAbstract).
func sanitise(r *Record) {
	r.Title = capTitle(strings.TrimSpace(CleanText(r.Title)))
	r.Journal = strings.TrimSpace(CleanText(r.Journal))
	r.PubDate = strings.TrimSpace(CleanText(r.PubDate))
	r.Language = strings.TrimSpace(CleanText(r.Language))
	r.Status = strings.TrimSpace(CleanText(r.Status))
	r.Update = strings.TrimSpace(CleanText(r.Update))
	r.Abstract = CleanText(r.Abstract)
	if r.Sections != nil {
		secs := make([]Section, 0, len(r.Sections))
		for _, s := range r.Sections {
			secs = append(secs, Section{Label: CleanText(s.Label), Category: CleanText(s.Category), Text: CleanText(s.Text)})
		}
		r.Sections = secs
	}
	r.Abstract, r.Sections = capAbstract(r.Abstract, r.Sections)
	r.Authors = cleanList(r.Authors)
	r.PubTypes = cleanList(r.PubTypes)
	r.MeSH = cleanList(r.MeSH)
	r.Keywords = cleanList(r.Keywords)
	if r.Links != nil {
		links := make([]Link, 0, len(r.Links))
		for _, l := range r.Links {
			links = append(links, Link{Type: CleanText(l.Type), PMID: CleanText(l.PMID), Source: CleanText(l.Source)})
		}
		r.Links = links
	}
}

// capTitle cuts a title longer than MaxTitleRunes characters at a word
// boundary and appends a note saying so; the result, note included, is at
// most MaxTitleRunes characters.
func capTitle(s string) string {
	n := utf8.RuneCountInString(s)
	if n <= MaxTitleRunes {
		return s
	}
	note := fmt.Sprintf(" [title cut by litwatch at %d characters of %d]", MaxTitleRunes, n)
	keep := MaxTitleRunes - utf8.RuneCountInString(note)
	// The byte offset of rune number keep.
	end := 0
	for i := range s {
		if keep == 0 {
			end = i
			break
		}
		keep--
	}
	return wordCut(s, end) + note
}

// capAbstract cuts an abstract longer than MaxAbstractBytes at a word
// boundary and appends a note with its original size; the result, note
// included, is at most MaxAbstractBytes. The sections of a structured
// abstract share one budget of the same size (labels and texts): those
// past it are dropped, the one that crosses it is cut and noted.
func capAbstract(abs string, secs []Section) (string, []Section) {
	if len(abs) > MaxAbstractBytes {
		note := cutNote(len(abs))
		abs = wordCut(abs, MaxAbstractBytes-len(note)) + note
	}
	total := 0
	for _, s := range secs {
		total += len(s.Label) + len(s.Text)
	}
	if total <= MaxAbstractBytes {
		return abs, secs
	}
	note := cutNote(total)
	budget := MaxAbstractBytes - len(note)
	var out []Section
	for _, s := range secs {
		if len(s.Label) > budget {
			break
		}
		budget -= len(s.Label)
		if len(s.Text) > budget {
			s.Text = wordCut(s.Text, budget) + note
			return abs, append(out, s)
		}
		budget -= len(s.Text)
		out = append(out, s)
	}
	// The budget ran out at a label: the note is a section of its own.
	return abs, append(out, Section{Text: strings.TrimSpace(note)})
}

// cutNote is the note appended to an abstract of size bytes that was cut.
func cutNote(size int) string {
	return fmt.Sprintf(" [abstract cut by litwatch at %d bytes of %d]", MaxAbstractBytes, size)
}

// wordCut returns s (valid UTF-8) cut to at most limit bytes: where it
// falls between two words, else at the last white space in the final 200
// bytes before limit when there is one, else at the last rune boundary;
// trailing white space is removed.
func wordCut(s string, limit int) string {
	limit = max(limit, 0)
	if len(s) <= limit {
		return strings.TrimRightFunc(s, unicode.IsSpace)
	}
	end := limit
	for !utf8.RuneStart(s[end]) { // s[0] starts a rune
		end--
	}
	if next, _ := utf8.DecodeRuneInString(s[end:]); unicode.IsSpace(next) {
		return strings.TrimRightFunc(s[:end], unicode.IsSpace) // cut between words
	}
	if i := strings.LastIndexFunc(s[:end], unicode.IsSpace); i != -1 && end-i <= 200 {
		end = i
	}
	return strings.TrimRightFunc(s[:end], unicode.IsSpace)
}

// cleanError is an error message as stored: cleaned (see CleanText), on
// one line, cut to MaxErrorBytes with an ellipsis.
func cleanError(s string) string {
	s = strings.Join(strings.Fields(CleanText(s)), " ")
	if len(s) > MaxErrorBytes {
		s = wordCut(s, MaxErrorBytes-len("…")) + "…"
	}
	return s
}
