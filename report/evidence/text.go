package evidence

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// normalize folds a text for reading: lower case, one kind of space, dash,
// quote and decimal point, and the comparison signs spelt in ASCII.
func normalize(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	prev := rune(0)
	for i, r := range s {
		switch r {
		case '\u00a0', '\u2002', '\u2003', '\u2009', '\u200a', '\u202f', '\u205f', '\t', '\n', '\r', '\f', '\v':
			r = ' '
		case '\u00b7', '\u22c5', '\u2219':
			// the middle dot is a decimal point between digits ("0·54")
			next, _ := utf8.DecodeRuneInString(s[i+utf8.RuneLen(r):])
			if unicode.IsDigit(prev) && unicode.IsDigit(next) {
				r = '.'
			} else {
				r = ' '
			}
		case '\u2212', '\u2013', '\u2014', '\u2010', '\u2011', '\u2012', '\ufe63', '\uff0d':
			r = '-'
		case '\u2018', '\u2019', '\u201b', '\u00b4', '`':
			r = '\''
		case '\u201c', '\u201d', '\u201e':
			r = '"'
		case '\u2264', '\u2a7d':
			b.WriteString("<=")
			prev = r
			continue
		case '\u2265', '\u2a7e':
			b.WriteString(">=")
			prev = r
			continue
		case '\uff1c':
			r = '<'
		case '\uff1e':
			r = '>'
		case '\u00d7':
			r = 'x'
		default:
			r = unicode.ToLower(r)
		}
		b.WriteRune(r)
		prev = r
	}
	return b.String()
}

// token kinds.
const (
	kWord = iota
	kNum
	kPunct
)

type token struct {
	text string
	kind int
	pct  bool // a number followed by '%'
}

// isWordRune reports whether r belongs to a word token ('_' joins the
// marker words the rules write into the text).
func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || r == '_' || r == '\''
}

// tokenize splits a normalized text into words, numbers and the
// punctuation that bounds clauses. Other symbols are dropped.
func tokenize(s string) []token {
	var out []token
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case isWordRune(r) && r != '\'':
			j := i + n
			for j < len(s) {
				r2, n2 := utf8.DecodeRuneInString(s[j:])
				if !isWordRune(r2) && !unicode.IsDigit(r2) {
					break
				}
				j += n2
			}
			w := strings.TrimRight(s[i:j], "'")
			if strings.HasSuffix(w, "'s") {
				w = w[:len(w)-2]
			}
			out = append(out, token{w, kWord, false})
			i = j
		case unicode.IsDigit(r) || r == '.' && i+1 < len(s) && s[i+1] >= '0' && s[i+1] <= '9':
			j := i
			for j < len(s) && (s[j] >= '0' && s[j] <= '9' || s[j] == '.' && j+1 < len(s) && s[j+1] >= '0' && s[j+1] <= '9') {
				j++
			}
			if j == i {
				j = i + n
			}
			text := s[i:j]
			// a minus sign: '-' after a space, a bracket or a sign, not
			// after a word or number ("18-28" is a range)
			if i > 0 && s[i-1] == '-' && (i == 1 || strings.ContainsRune(" ([=:,;/", rune(s[i-2]))) {
				text = "-" + text
			}
			k := j
			for k < len(s) && s[k] == ' ' {
				k++
			}
			pct := k < len(s) && s[k] == '%'
			out = append(out, token{text, kNum, pct})
			i = j
		case r == '±':
			out = append(out, token{"±", kPunct, false})
			i += n
		case strings.ContainsRune(".,;:!?()[]", r):
			out = append(out, token{string(r), kPunct, false})
			i += n
		default:
			i += n
		}
	}
	return out
}

// stem reduces a word for matching prompt words against the text: a
// plural or participle ending is dropped and long words are cut to their
// first six letters ("intensities" and "intensity" meet).
func stem(w string) string {
	switch {
	case len(w) > 4 && strings.HasSuffix(w, "ies"):
		w = w[:len(w)-3] + "y"
	case len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is"):
		w = w[:len(w)-1]
	}
	if len(w) > 6 {
		w = w[:6]
	}
	return w
}

// section roles of abstract sentences.
const (
	secUnknown = iota
	secTitle
	secBackground
	secMethods
	secResults
	secConclusion
	secOther
	numSections
)

var sectionNames = [numSections]string{"unk", "title", "bg", "meth", "res", "concl", "other"}

// sectionOf maps an abstract heading ("ABSTRACT.RESULTS:") to a role.
func sectionOf(h string) int {
	h = strings.ToLower(strings.TrimRight(strings.TrimSpace(h), ":"))
	h = strings.TrimPrefix(h, "abstract.")
	switch {
	case h == "title":
		return secTitle
	case strings.Contains(h, "conclu") || strings.Contains(h, "interpretation") || strings.Contains(h, "mean?") ||
		strings.Contains(h, "implication") || strings.Contains(h, "discussion"):
		return secConclusion
	case strings.Contains(h, "result") || strings.Contains(h, "finding") || strings.Contains(h, "outcome") && !strings.Contains(h, "measure"):
		return secResults
	case strings.Contains(h, "method") || strings.Contains(h, "design") || strings.Contains(h, "setting") ||
		strings.Contains(h, "participant") || strings.Contains(h, "patient") || strings.Contains(h, "intervention") ||
		strings.Contains(h, "measure") || strings.Contains(h, "material") || strings.Contains(h, "procedure"):
		return secMethods
	case strings.Contains(h, "background") || strings.Contains(h, "introduction") || strings.Contains(h, "context") ||
		strings.Contains(h, "objective") || strings.Contains(h, "aim") || strings.Contains(h, "purpose") ||
		strings.Contains(h, "rationale") || strings.Contains(h, "importance") || strings.Contains(h, "why"):
		return secBackground
	case h == "abstract" || h == "summary" || h == "":
		return secUnknown
	}
	return secOther
}

// sentence is one sentence of an abstract with its section role.
type sentence struct {
	text    string
	section int
	index   int // position in the abstract
	inSec   int // position in its section
}

// isHeading reports whether a line of an abstract is a section heading.
func isHeading(line string) bool {
	if !strings.HasSuffix(line, ":") || len(line) > 80 {
		return false
	}
	for _, r := range line {
		if unicode.IsLower(r) {
			return false
		}
	}
	return true
}

// splitAbstract splits an abstract (lines; headings end in ':') into
// sentences with their section roles.
func splitAbstract(abstract string) []sentence {
	var out []sentence
	sec := secUnknown
	inSec := 0
	for _, line := range strings.Split(abstract, "\n") {
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		if isHeading(line) || strings.HasPrefix(line, "TITLE:") {
			sec = sectionOf(line)
			inSec = 0
			if rest := strings.TrimSpace(strings.TrimPrefix(line, "TITLE:")); strings.HasPrefix(line, "TITLE:") && rest != "" {
				out = append(out, sentence{text: rest, section: secTitle, index: len(out)})
				sec = secUnknown
			}
			continue
		}
		for _, s := range splitSentences(line) {
			out = append(out, sentence{text: s, section: sec, index: len(out), inSec: inSec})
			inSec++
		}
		if sec == secTitle {
			sec = secUnknown
			inSec = 0
		}
	}
	return out
}

// splitSentences splits a paragraph at sentence ends: '.', '?' or '!'
// followed by a space and a capital letter, a digit or an opening bracket,
// but not after common abbreviations or inside brackets.
func splitSentences(p string) []string {
	var out []string
	start, depth := 0, 0
	for i := 0; i < len(p); i++ {
		switch p[i] {
		case '(', '[':
			depth++
		case ')', ']':
			if depth > 0 {
				depth--
			}
		case '.', '?', '!':
			if depth > 0 || i+2 >= len(p) || p[i+1] != ' ' {
				continue
			}
			next, _ := utf8.DecodeRuneInString(p[i+2:])
			if !unicode.IsUpper(next) && !unicode.IsDigit(next) && next != '(' && next != '[' {
				continue
			}
			if p[i] == '.' && abbreviation(p[start:i]) {
				continue
			}
			if s := strings.TrimSpace(p[start : i+1]); s != "" {
				out = append(out, s)
			}
			start = i + 2
		}
	}
	if s := strings.TrimSpace(p[start:]); s != "" {
		out = append(out, s)
	}
	return out
}

// abbreviation reports whether the text before a full stop ends in an
// abbreviation that does not end a sentence.
func abbreviation(before string) bool {
	j := strings.LastIndexAny(before, " (")
	w := strings.ToLower(before[j+1:])
	switch w {
	case "vs", "e.g", "i.e", "et al", "al", "fig", "figs", "no", "nos", "approx", "ca", "cf", "dr", "mr", "mrs", "ms",
		"st", "resp", "ref", "refs", "vol", "incl", "min", "max", "mg", "ml", "kg", "wk", "wks", "yr", "yrs", "hr", "hrs",
		"sd", "se", "p", "n", "vol.", "tab", "eq":
		return true
	}
	// a single capital letter: an initial ("J. Smith")
	return len(w) == 1 && unicode.IsLetter(rune(w[0]))
}
