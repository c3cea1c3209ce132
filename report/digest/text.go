package digest

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"
)

// textWidth is the line width plain-text digests are wrapped to.
const textWidth = 78

// renderText writes the digest as plain text for terminals and the plain
// part of an e-mail. The view has already stripped control characters, so
// record text cannot drive a terminal.
func renderText(w io.Writer, d *Doc) error {
	v := newView(d)
	b := bufio.NewWriter(w)
	line := func(s string) { b.WriteString(s); b.WriteByte('\n') }
	para := func(first, rest, s string) {
		for _, l := range wrap(s, first, rest, textWidth) {
			line(l)
		}
	}
	heading := func(s string) {
		line("")
		line(s)
		line(strings.Repeat("=", utf8.RuneCountInString(s)))
		line("")
	}

	line(v.Headline)
	line("Window " + v.Window + " (generated " + v.Generated + ")")
	para("", "", v.Counts)
	if v.ReviewURL != "" {
		line("Review queue: " + v.ReviewURL)
	}
	if len(v.Claims) > 0 {
		line("")
		for _, c := range v.Claims {
			para("* ", "  ", c)
		}
	}
	for _, warn := range v.Warnings {
		line("")
		para("WARNING: ", "         ", warn)
	}

	if len(v.Basis) > 0 {
		heading("ALERTS ABOUT YOUR CLAIMS' BASIS")
		for _, a := range v.Basis {
			claim := orDash(a.Claim)
			if a.Statement != "" {
				claim += " (" + a.Statement + ")"
			}
			para("* ", "  ", claim+": "+a.Message)
			if a.Link != "" {
				line("  " + a.Link)
			}
		}
	}

	heading("POSSIBLE UPDATES TO YOUR CLAIMS")
	if len(v.Flagged) == 0 {
		line("No new record was flagged as possibly changing a claim.")
	}
	for gi, g := range v.Flagged {
		if gi > 0 {
			line("")
		}
		para("", "    ", g.Heading())
		para(g.VerdictLabel()+": ", "    ", g.VerdictText())
		for _, it := range g.Items {
			line("")
			para("  * ", "    ", it.Title)
			if len(it.Meta) > 0 {
				para("    ", "    ", strings.Join(it.Meta, ", "))
			}
			if len(it.IDs) > 0 {
				para("    ", "    ", it.IDText(", "))
			}
			if it.URL != "" {
				line("    " + it.URL)
			}
			para("    Signal: ", "      ", it.SignalText())
			for _, e := range it.Evidence {
				para("    It says: ", "      ", "“"+e+"”")
			}
			if len(it.Reasons) > 0 {
				line("    Why it matters:")
				for _, r := range it.Reasons {
					para("      - ", "        ", r)
				}
			}
			if it.ReviewURL != "" {
				line("    Decide: " + it.ReviewURL)
			}
			if len(it.Also) > 0 {
				para("    Also bears on: ", "      ", strings.Join(it.Also, ", "))
			}
		}
	}

	if len(v.Open) > 0 {
		heading("STILL OPEN FROM EARLIER DIGESTS")
		for _, o := range v.Open {
			s := o.Claim + ": " + o.Title
			if o.Year > 0 {
				s += " (" + strconv.Itoa(o.Year) + ")"
			}
			s += "."
			if det := o.Details(); det != "" {
				s += " " + det
			}
			para("* ", "  ", s)
			if o.URL != "" {
				line("  " + o.URL)
			}
			// On a line of its own, so wrapping never splits the command.
			if o.ReviewURL != "" {
				line("  Record " + strconv.FormatInt(o.RecordID, 10) + ": decide at " + o.ReviewURL)
			} else {
				line("  Record " + strconv.FormatInt(o.RecordID, 10) + ": decide with `" + o.Command() + "`")
			}
		}
	}

	heading("OTHER RELEVANT RECORDS")
	if len(v.Relevant) == 0 {
		line("None.")
	}
	for gi, g := range v.Relevant {
		if gi > 0 {
			line("")
		}
		para("", "    ", g.Heading())
		para(g.VerdictLabel()+": ", "    ", g.VerdictText())
		for _, it := range g.Items {
			s := it.Title
			if len(it.Meta) > 0 {
				s += " (" + strings.Join(it.Meta, ", ") + ")"
			}
			s += ". Signal: " + it.SignalText()
			if len(it.Reasons) > 0 {
				s += ". " + strings.Join(it.Reasons, " ")
			}
			para("  * ", "    ", s)
			if it.URL != "" {
				line("    " + it.URL)
			}
		}
	}

	heading("NOT RELEVANT")
	para("", "", v.OtherText)
	if len(v.Unrelated) > 0 {
		line("")
	}
	for _, o := range v.Unrelated {
		s := o.Title
		if o.Year > 0 {
			s += " (" + strconv.Itoa(o.Year) + ")"
		}
		para("* ", "  ", s)
		if o.URL != "" {
			line("  " + o.URL)
		}
	}
	if v.MoreText != "" {
		line("")
		para("", "", v.MoreText)
	}

	heading("LEGEND")
	line("Levels, how much attention a record asks for:")
	for _, e := range v.Levels {
		para("* ", "  ", e.Term+": "+e.Meaning+".")
	}
	line("")
	line("Signals, what a record means for a claim:")
	for _, e := range v.Signals {
		para("* ", "  ", e.Term+": "+e.Meaning+".")
	}

	heading("SOURCES")
	if len(v.Sources) == 0 {
		line("No source ran.")
	} else {
		rows := [][]string{{"SOURCE", "WINDOW", "FETCHED", "NEW", "SKIPPED", "STATUS"}}
		for _, s := range v.Sources {
			rows = append(rows, []string{orDash(s.Name), s.Window, strconv.Itoa(s.Fetched), strconv.Itoa(s.New), strconv.Itoa(s.Skipped), s.Status})
		}
		for _, l := range table(rows, map[int]bool{2: true, 3: true, 4: true}) {
			line(l)
		}
		for _, s := range v.Sources {
			for _, e := range s.Errors {
				para("  "+orDash(s.Name)+": ", "    ", e)
			}
		}
		for _, s := range v.Sources {
			if t := s.SkipText(); t != "" {
				para("  ", "    ", t)
			}
		}
	}
	for _, n := range v.Notes {
		line("")
		para("Note: ", "      ", n)
	}
	if err := b.Flush(); err != nil {
		return fmt.Errorf("digest: write text: %w", err)
	}
	return nil
}

// table lays rows out in columns two spaces apart; columns in right are
// right-aligned. Trailing spaces are trimmed.
func table(rows [][]string, right map[int]bool) []string {
	var widths []int
	for _, r := range rows {
		for i, c := range r {
			if i >= len(widths) {
				widths = append(widths, 0)
			}
			widths[i] = max(widths[i], utf8.RuneCountInString(c))
		}
	}
	out := make([]string, 0, len(rows))
	for _, r := range rows {
		var b strings.Builder
		for i, c := range r {
			if i > 0 {
				b.WriteString("  ")
			}
			pad := strings.Repeat(" ", widths[i]-utf8.RuneCountInString(c))
			if right[i] {
				b.WriteString(pad + c)
			} else {
				b.WriteString(c + pad)
			}
		}
		out = append(out, strings.TrimRight(b.String(), " "))
	}
	return out
}

// wrap breaks s into lines of at most width runes where it can, the first
// starting with first and the others with rest. A word longer than a line
// (a URL, say) gets a line of its own rather than being split.
func wrap(s, first, rest string, width int) []string {
	words := strings.Fields(s)
	if len(words) == 0 {
		return []string{strings.TrimRight(first, " ")}
	}
	var lines []string
	cur := first
	n := utf8.RuneCountInString(first)
	empty := true
	for _, w := range words {
		wn := utf8.RuneCountInString(w)
		if !empty && n+1+wn > width {
			lines = append(lines, cur)
			cur, n, empty = rest, utf8.RuneCountInString(rest), true
		}
		if !empty {
			cur += " "
			n++
		}
		cur += w
		n += wn
		empty = false
	}
	return append(lines, cur)
}
