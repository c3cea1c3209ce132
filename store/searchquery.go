package store

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The search syntax (README.md, "Search"):
//
//	massage oil         both words (AND is implied; AND may be written)
//	massage OR touch    either word
//	massage NOT adult   the first without the second
//	"weight gain"       the words next to each other, in this order
//	emollien*           any word that starts with emollien
//	(oil OR cream) NOT adult
//
// Operators are written in capitals; in lower case they are words. NOT
// binds tightest, then AND, then OR: `a b NOT c OR d` is
// `((a AND b) NOT c) OR d`. Words are matched by their stem (Porter), so
// "infant" finds "Infants". Punctuation inside a word separates words that
// must stand together ("follow-up" is the phrase "follow up").
//
// The user's text never reaches FTS5 as it was typed: it is parsed here and
// the FTS5 expression is written anew, with every term a quoted string
// holding letters and digits only. Text that does not parse is refused with
// a QueryError that says why.

// MaxSearchTerms is the most words and phrases one search may hold.
const MaxSearchTerms = 32

// A prefix search (word*) needs minPrefix letters: a shorter one would
// read the index entries of a large part of the vocabulary. It also finds
// the stems up to maxStemCut letters shorter than the prefix, of at least
// minStem letters.
const (
	minPrefix  = 3
	maxStemCut = 3
	minStem    = 4
)

// QueryError is a search text that is not valid search syntax.
type QueryError struct {
	Text   string // the search text as given
	Reason string
}

func (e *QueryError) Error() string {
	return fmt.Sprintf("search %q: %s", e.Text, e.Reason)
}

// queryNode is a parsed search: a term (a word or a phrase, perhaps a
// prefix) or an operator over nodes.
type queryNode struct {
	op    string      // "" (a term), "AND", "OR"
	words []string    // a term's words, in order
	pre   bool        // a term whose last word is a prefix
	kids  []queryNode // AND, OR: the operands
	not   []queryNode // AND: the operands excluded (NOT)
}

// fts writes n as an FTS5 expression.
func (n queryNode) fts() string {
	switch n.op {
	case "":
		s := `"` + strings.Join(n.words, " ") + `"`
		if !n.pre {
			return s
		}
		s += "*"
		if len(n.words) > 1 {
			return s
		}
		// The index holds stems, which may be shorter than the prefix
		// typed (emollien* and the stem emolli of "emollient"), or end in
		// i where the word ends in y (therapy, therapi): those stems are
		// searched too.
		w := []rune(n.words[0])
		alts := []string{s}
		if w[len(w)-1] == 'y' || w[len(w)-1] == 'Y' {
			alts = append(alts, `"`+string(w[:len(w)-1])+`i"*`)
		}
		for cut := 1; cut <= maxStemCut && len(w)-cut >= minStem; cut++ {
			alts = append(alts, `"`+string(w[:len(w)-cut])+`"`)
		}
		if len(alts) == 1 {
			return s
		}
		return "(" + strings.Join(alts, " OR ") + ")"
	case "OR":
		parts := make([]string, len(n.kids))
		for i, k := range n.kids {
			parts[i] = k.fts()
		}
		return "(" + strings.Join(parts, " OR ") + ")"
	}
	parts := make([]string, len(n.kids))
	for i, k := range n.kids {
		parts[i] = k.fts()
	}
	s := "(" + strings.Join(parts, " AND ") + ")"
	if len(n.not) > 0 {
		neg := make([]string, len(n.not))
		for i, k := range n.not {
			neg[i] = k.fts()
		}
		s = "(" + s + " NOT (" + strings.Join(neg, " OR ") + "))"
	}
	return s
}

// positive returns the terms of n that a matching record contains (not
// those under NOT), each once, in the order written.
func (n queryNode) positive() []queryNode {
	var out []queryNode
	seen := map[string]bool{}
	var walk func(queryNode)
	walk = func(n queryNode) {
		if n.op == "" {
			if k := n.fts(); !seen[k] {
				seen[k] = true
				out = append(out, n)
			}
			return
		}
		for _, k := range n.kids {
			walk(k)
		}
	}
	walk(n)
	return out
}

// lexeme is one token of the search text.
type lexeme struct {
	kind string // "word", "phrase", "(", ")", "AND", "OR", "NOT"
	text string
}

// lex cuts text into words, quoted phrases, parentheses and operators.
func lex(text string) ([]lexeme, error) {
	var out []lexeme
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case unicode.IsSpace(r):
			i += size
		case r == '(' || r == ')':
			out = append(out, lexeme{kind: string(r)})
			i += size
		case r == '"':
			end := strings.IndexByte(text[i+1:], '"')
			if end < 0 {
				return nil, fmt.Errorf(`a quote (") is not closed`)
			}
			out = append(out, lexeme{kind: "phrase", text: text[i+1 : i+1+end]})
			i += end + 2
		default:
			j := i
			for j < len(text) {
				r, size := utf8.DecodeRuneInString(text[j:])
				if unicode.IsSpace(r) || r == '(' || r == ')' || r == '"' {
					break
				}
				j += size
			}
			w := text[i:j]
			switch w {
			case "AND", "OR", "NOT":
				out = append(out, lexeme{kind: w})
			default:
				out = append(out, lexeme{kind: "word", text: w})
			}
			i = j
		}
	}
	return out, nil
}

// words splits s into the runs of letters, digits and marks that FTS5's
// tokenizer sees as words; everything else separates them.
func words(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && !unicode.IsMark(r)
	})
}

// parser reads lexemes into a queryNode.
type parser struct {
	lx    []lexeme
	pos   int
	terms int
}

// parseQuery parses search text.
func parseQuery(text string) (queryNode, error) {
	lx, err := lex(text)
	if err != nil {
		return queryNode{}, &QueryError{Text: text, Reason: err.Error()}
	}
	p := &parser{lx: lx}
	n, ok, err := p.or()
	if err == nil && p.pos < len(p.lx) {
		err = fmt.Errorf("a %q has no %q before it", ")", "(")
	}
	if err == nil && !ok {
		err = fmt.Errorf("no words to search for")
	}
	if err == nil && p.terms > MaxSearchTerms {
		err = fmt.Errorf("%d words and phrases; at most %d are searched at once", p.terms, MaxSearchTerms)
	}
	if err != nil {
		return queryNode{}, &QueryError{Text: text, Reason: err.Error()}
	}
	return n, nil
}

func (p *parser) peek() string {
	if p.pos < len(p.lx) {
		return p.lx[p.pos].kind
	}
	return ""
}

// or reads operands joined by OR. ok is false when there was nothing to
// search for (only punctuation, say).
func (p *parser) or() (queryNode, bool, error) {
	var kids []queryNode
	for {
		if p.peek() == "OR" {
			return queryNode{}, false, fmt.Errorf("OR needs words on both sides")
		}
		n, ok, err := p.and()
		if err != nil {
			return queryNode{}, false, err
		}
		if ok {
			kids = append(kids, n)
		}
		if p.peek() != "OR" {
			break
		}
		p.pos++
		if k := p.peek(); k == "" || k == ")" {
			return queryNode{}, false, fmt.Errorf("OR needs words on both sides")
		}
	}
	switch len(kids) {
	case 0:
		return queryNode{}, false, nil
	case 1:
		return kids[0], true, nil
	}
	return queryNode{op: "OR", kids: kids}, true, nil
}

// and reads operands joined by AND (written or implied), each perhaps
// preceded by NOT, up to an OR, a ")" or the end.
func (p *parser) and() (queryNode, bool, error) {
	var pos, neg []queryNode
	for {
		k := p.peek()
		if k == "" || k == "OR" || k == ")" {
			break
		}
		if k == "AND" {
			p.pos++
			if len(pos)+len(neg) == 0 {
				return queryNode{}, false, fmt.Errorf("AND needs words on both sides")
			}
			if k := p.peek(); k == "" || k == "OR" || k == ")" || k == "AND" {
				return queryNode{}, false, fmt.Errorf("AND needs words on both sides")
			}
			continue
		}
		not := false
		if k == "NOT" {
			p.pos++
			not = true
			if k := p.peek(); k == "" || k == "OR" || k == ")" || k == "AND" || k == "NOT" {
				return queryNode{}, false, fmt.Errorf("NOT needs a word, a phrase or a group after it")
			}
		}
		n, ok, err := p.primary()
		if err != nil {
			return queryNode{}, false, err
		}
		if !ok {
			continue
		}
		if not {
			neg = append(neg, n)
		} else {
			pos = append(pos, n)
		}
	}
	switch {
	case len(pos) == 0 && len(neg) > 0:
		return queryNode{}, false, fmt.Errorf("NOT only excludes: give the words to search for too (preterm NOT infant)")
	case len(pos) == 0:
		return queryNode{}, false, nil
	case len(pos) == 1 && len(neg) == 0:
		return pos[0], true, nil
	}
	return queryNode{op: "AND", kids: pos, not: neg}, true, nil
}

// primary reads a word, a phrase or a parenthesised group. ok is false for
// a word or phrase with no letters or digits, which is skipped.
func (p *parser) primary() (queryNode, bool, error) {
	l := p.lx[p.pos]
	p.pos++
	switch l.kind {
	case "(":
		n, ok, err := p.or()
		if err != nil {
			return queryNode{}, false, err
		}
		if p.peek() != ")" {
			return queryNode{}, false, fmt.Errorf("a %q is not closed", "(")
		}
		p.pos++
		return n, ok, nil
	case "word":
		w := words(l.text)
		if len(w) == 0 {
			return queryNode{}, false, nil
		}
		p.terms++
		pre := strings.HasSuffix(l.text, "*")
		if pre && utf8.RuneCountInString(w[len(w)-1]) < minPrefix {
			return queryNode{}, false, fmt.Errorf("the prefix %s needs at least %d letters before the *", l.text, minPrefix)
		}
		return queryNode{words: w, pre: pre}, true, nil
	case "phrase":
		w := words(l.text)
		if len(w) == 0 {
			return queryNode{}, false, nil
		}
		p.terms++
		return queryNode{words: w}, true, nil
	}
	// lex gives only the kinds above; and() stops before the others.
	return queryNode{}, false, fmt.Errorf("unexpected %q", l.kind)
}
