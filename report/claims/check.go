package claims

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// Check is what `litwatch claims check` shows about a claims file that
// parsed: each claim with its verdict, as-of year and basis, and — when
// there is a database — the stored records each claim bears on, so that
// whoever tunes a claim's terms sees at once what they select.
type Check struct {
	// Name is the file checked, as the user named it ("" for the
	// embedded default).
	Name string
	Set  *Set
	// Bearing holds, by claim id, the stored records the claim bears on
	// by the assessor's judgement; nil when no records were judged (Note
	// then says why).
	Bearing map[string]Bearing
	// Stored is the number of stored records judged.
	Stored int
	// Note, if set, is printed at the end (why no records were judged).
	Note string
}

// Bearing is what a claim selects among stored records.
type Bearing struct {
	Count   int      // records the claim bears on
	Flagged int      // of which ask to reconsider the claim
	Samples []Sample // the first SampleCount, in the order the records were given
}

// Sample is one record a claim bears on.
type Sample struct {
	ID    int64
	Year  int
	Title string
}

// SampleCount is how many records Check lists per claim.
const SampleCount = 5

// WriteText writes the check as plain text.
func (c Check) WriteText(w io.Writer) error {
	bw := bufio.NewWriter(w)
	name := c.Name
	if name == "" {
		name = "the embedded default claims"
	}
	n := len(c.Set.Claims)
	fmt.Fprintf(bw, "%s: %d %s, valid\n", name, n, plural(n, "claim", "claims"))
	for _, cl := range c.Set.Claims {
		fmt.Fprintf(bw, "\n%s — %s, as of %d\n", cl.ID, cl.Verdict, cl.AsOf)
		fmt.Fprintf(bw, "  %s\n", oneLine(cl.Statement))
		if len(cl.Basis) == 0 {
			fmt.Fprintln(bw, "  basis: none given")
		} else {
			fmt.Fprintln(bw, "  basis:")
		}
		for _, b := range cl.Basis {
			fmt.Fprintf(bw, "    - %s\n", citation(b))
		}
		fmt.Fprintf(bw, "  terms: %d population, %d intervention, %d outcome\n",
			len(cl.Population), len(cl.Intervention), len(cl.Outcomes)+len(cl.LowerIsBetter)+len(cl.Harms))
		if c.Bearing == nil {
			continue
		}
		b := c.Bearing[cl.ID]
		fmt.Fprintf(bw, "  bears on %d of %d stored %s", b.Count, c.Stored, plural(c.Stored, "record", "records"))
		if b.Flagged > 0 {
			fmt.Fprintf(bw, " (%d flagged)", b.Flagged)
		}
		if len(b.Samples) == 0 {
			fmt.Fprintln(bw)
			continue
		}
		fmt.Fprintln(bw, ":")
		for _, e := range b.Samples {
			year := "----"
			if e.Year > 0 {
				year = fmt.Sprint(e.Year)
			}
			fmt.Fprintf(bw, "    %d\t%s\t%s\n", e.ID, year, oneLine(e.Title))
		}
		if more := b.Count - len(b.Samples); more > 0 {
			fmt.Fprintf(bw, "    … and %d more\n", more)
		}
	}
	if ws := c.Set.Lint(); len(ws) > 0 {
		fmt.Fprintf(bw, "\n%d %s (the file is valid; each is probably not what was meant):\n", len(ws), plural(len(ws), "warning", "warnings"))
		for _, w := range ws {
			fmt.Fprintf(bw, "  - %s\n", w)
		}
	}
	if c.Note != "" {
		fmt.Fprintf(bw, "\n%s\n", oneLine(c.Note))
	}
	return bw.Flush()
}

// citation words a basis citation, saying when it cannot be watched.
func citation(b Citation) string {
	var parts []string
	t := oneLine(b.Title)
	if t != "" {
		parts = append(parts, t)
	}
	if y := fmt.Sprintf("(%d)", b.Year); b.Year > 0 && !strings.Contains(t, y) {
		// a title that already says its year ("... meta-analysis (2019)")
		// is not given it twice
		parts = append(parts, y)
	}
	if b.DOI != "" {
		parts = append(parts, "doi:"+b.DOI)
	}
	if b.PMID != "" {
		parts = append(parts, "PMID "+b.PMID)
	}
	s := strings.Join(parts, " ")
	if b.DOI == "" {
		s += " — no DOI: not watched for retractions or corrections"
	}
	return s
}

// oneLine folds every run of white space (line breaks included) to one
// space.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
