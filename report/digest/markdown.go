package digest

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// renderMarkdown writes the digest as CommonMark (the sources' table uses
// the GitHub table extension, which reads as plain lines elsewhere).
// Untrusted text goes through mdText, link targets through mdURL.
func renderMarkdown(w io.Writer, d *Doc) error {
	v := newView(d)
	b := bufio.NewWriter(w)
	p := func(format string, args ...any) { fmt.Fprintf(b, format, args...) }

	p("# %s\n\n", mdText(v.Headline))
	p("Window: %s · generated %s\n\n", v.Window, v.Generated)
	p("%s\n\n", mdText(v.Counts))
	if v.ReviewURL != "" {
		p("[Open the review queue](%s) to decide on the flags.\n\n", mdURL(v.ReviewURL))
	}
	for _, c := range v.Claims {
		p("- %s\n", mdText(c))
	}
	if len(v.Claims) > 0 {
		p("\n")
	}
	for _, warn := range v.Warnings {
		p("**Warning:** %s\n\n", mdText(warn))
	}

	if len(v.Basis) > 0 {
		p("## Alerts about your claims' basis\n\n")
		for _, a := range v.Basis {
			claim := "**" + mdText(orDash(a.Claim)) + "**"
			if a.Statement != "" {
				claim += " (" + mdText(a.Statement) + ")"
			}
			p("- %s: %s", claim, mdText(a.Message))
			if a.Link != "" {
				p(" [Details](%s)", mdURL(a.Link))
			}
			p("\n")
		}
		p("\n")
	}

	p("## Possible updates to your claims\n\n")
	if len(v.Flagged) == 0 {
		p("No new record was flagged as possibly changing a claim.\n\n")
	}
	for _, g := range v.Flagged {
		p("### %s\n\n", mdText(g.Heading()))
		p("%s: **%s**\n\n", g.VerdictLabel(), mdText(g.VerdictText()))
		for _, it := range g.Items {
			p("#### %s\n\n", mdLink(it.Title, it.URL))
			meta := mdJoin(it.Meta, " · ")
			if ids := mdIDs(it.IDs, " · "); ids != "" {
				if meta != "" {
					meta += " · "
				}
				meta += ids
			}
			if meta != "" {
				p("%s\n\n", meta)
			}
			p("**Signal:** %s\n\n", mdText(it.SignalText()))
			for _, e := range it.Evidence {
				p("> “%s”\n\n", mdText(e))
			}
			if len(it.Reasons) > 0 {
				p("**Why it matters:**\n\n")
				for _, r := range it.Reasons {
					p("- %s\n", mdText(r))
				}
				p("\n")
			}
			if len(it.Also) > 0 {
				p("Also bears on: %s\n\n", mdJoin(it.Also, ", "))
			}
			if it.ReviewURL != "" {
				p("[Decide on this flag](%s)\n\n", mdURL(it.ReviewURL))
			}
		}
	}

	if len(v.Open) > 0 {
		p("## Still open from earlier digests\n\n")
		for _, o := range v.Open {
			line := "**" + mdText(o.Claim) + "**: " + mdLink(o.Title, o.URL)
			if o.Year > 0 {
				line += " (" + strconv.Itoa(o.Year) + ")"
			}
			line += "."
			if det := o.Details(); det != "" {
				line += " " + mdText(det)
			}
			if o.ReviewURL != "" {
				p("- %s Record %d: [decide on the review page](%s).\n", line, o.RecordID, mdURL(o.ReviewURL))
				continue
			}
			// The command is digits and fixed text: safe in a code span.
			p("- %s Record %d: decide with `%s`.\n", line, o.RecordID, o.Command())
		}
		p("\n")
	}

	p("## Other relevant records\n\n")
	if len(v.Relevant) == 0 {
		p("None.\n\n")
	}
	for _, g := range v.Relevant {
		p("### %s\n\n", mdText(g.Heading()))
		p("%s: **%s**\n\n", g.VerdictLabel(), mdText(g.VerdictText()))
		for _, it := range g.Items {
			line := mdLink(it.Title, it.URL)
			if meta := mdJoin(it.Meta, ", "); meta != "" {
				line += " (" + meta + ")"
			}
			if ids := mdIDs(it.IDs, ", "); ids != "" {
				line += ". " + ids
			}
			line += ". Signal: " + mdText(it.SignalText())
			if len(it.Reasons) > 0 {
				line += ". " + mdJoin(it.Reasons, " ")
			}
			p("- %s\n", line)
		}
		p("\n")
	}

	p("## Not relevant\n\n%s\n\n", mdText(v.OtherText))
	for _, o := range v.Unrelated {
		line := mdLink(o.Title, o.URL)
		if o.Year > 0 {
			line += " (" + strconv.Itoa(o.Year) + ")"
		}
		p("- %s\n", line)
	}
	if len(v.Unrelated) > 0 {
		p("\n")
	}
	if v.MoreText != "" {
		p("%s\n\n", mdText(v.MoreText))
	}

	p("## Legend\n\n")
	p("Levels, how much attention a record asks for:\n\n")
	for _, e := range v.Levels {
		p("- **%s**: %s.\n", mdText(e.Term), mdText(e.Meaning))
	}
	p("\nSignals, what a record means for a claim:\n\n")
	for _, e := range v.Signals {
		p("- **%s**: %s.\n", mdText(e.Term), mdText(e.Meaning))
	}
	p("\n")

	p("## Sources\n\n")
	if len(v.Sources) == 0 {
		p("No source ran.\n")
	} else {
		p("| Source | Window | Fetched | New | Skipped | Errors |\n")
		p("| --- | --- | ---: | ---: | ---: | --- |\n")
		for _, s := range v.Sources {
			errs := "none"
			if len(s.Errors) > 0 {
				errs = mdJoin(s.Errors, "; ")
			}
			p("| %s | %s | %d | %d | %d | %s |\n", mdText(orDash(s.Name)), s.Window, s.Fetched, s.New, s.Skipped, errs)
		}
		first := true
		for _, s := range v.Sources {
			if t := s.SkipText(); t != "" {
				if first {
					p("\n")
					first = false
				}
				p("- %s\n", mdText(t))
			}
		}
	}
	for _, n := range v.Notes {
		p("\nNote: %s\n", mdText(n))
	}
	if err := b.Flush(); err != nil {
		return fmt.Errorf("digest: write markdown: %w", err)
	}
	return nil
}

// mdLink is [text](url), or the text alone when there is no URL.
func mdLink(text, u string) string {
	if u == "" {
		return mdText(text)
	}
	return "[" + mdText(text) + "](" + mdURL(u) + ")"
}

// mdIDs is each identifier linked to its page, joined by sep.
func mdIDs(ids []idLink, sep string) string {
	parts := make([]string, len(ids))
	for i, l := range ids {
		parts[i] = mdLink(l.Text(), l.URL)
	}
	return strings.Join(parts, sep)
}

func mdJoin(parts []string, sep string) string {
	esc := make([]string, len(parts))
	for i, s := range parts {
		esc[i] = mdText(s)
	}
	return strings.Join(esc, sep)
}

// mdText escapes text (already cleaned: one line, no control characters)
// so CommonMark shows it literally wherever it is placed: every character
// that can open inline markup, HTML, an entity or a table cell is
// backslash-escaped, and so is a start that would open a block (heading,
// quote, list, thematic break) when the text begins a line or list item.
func mdText(s string) string {
	var b strings.Builder
	b.Grow(len(s) + 8)
	// A leading run of digits followed by "." or ")" starts an ordered list.
	digits := 0
	for digits < len(s) && s[digits] >= '0' && s[digits] <= '9' {
		digits++
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch c {
		case '\\', '`', '*', '_', '[', ']', '<', '>', '&', '|', '~', '#', '!':
			b.WriteByte('\\')
		case '-', '+', '=':
			if i == 0 {
				b.WriteByte('\\')
			}
		case '.', ')':
			if i == digits && digits > 0 {
				b.WriteByte('\\')
			}
		}
		b.WriteByte(c)
	}
	return b.String()
}

// mdURL makes an http(s) URL safe as a CommonMark link destination:
// spaces, controls, non-ASCII bytes and characters that would end the
// destination are percent-encoded; "&" is escaped so it cannot form an
// entity.
func mdURL(u string) string {
	const hex = "0123456789ABCDEF"
	var b strings.Builder
	for i := 0; i < len(u); i++ {
		c := u[i]
		switch {
		case c <= ' ' || c >= 0x7f || strings.IndexByte("<>()\"'`\\{}|^", c) >= 0:
			b.WriteByte('%')
			b.WriteByte(hex[c>>4])
			b.WriteByte(hex[c&15])
		case c == '&':
			b.WriteString(`\&`)
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}
