package export

import (
	"encoding/csv"
	"io"
	"strconv"
	"strings"
)

// CSVHeader is the first row of a CSV export.
func CSVHeader() []string {
	return []string{"id", "pmid", "doi", "nct", "title", "year", "journal", "design", "flagged", "claims", "signals", "reasons"}
}

// writeCSV writes one row per item under CSVHeader (RFC 4180, via
// encoding/csv). Multi-valued cells: claims "C1; C3"; signals
// "C1: contradicts; C3: supports"; reasons "C1: first; second | C3: ...".
// flagged is "true" or "false". A cell that a spreadsheet would run as a
// formula (starting with = + - @ or a tab) is prefixed with an apostrophe.
func writeCSV(w io.Writer, items []Item) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(CSVHeader()); err != nil {
		return err
	}
	for _, it := range items {
		r := it.Record
		var claims, signals, reasons []string
		for _, a := range bearing(it) {
			c := orDash(clean(a.Claim))
			claims = append(claims, c)
			signals = append(signals, c+": "+signalText(a))
			if rs := cleanAll(a.Reasons); len(rs) > 0 {
				reasons = append(reasons, c+": "+strings.Join(rs, "; "))
			}
		}
		id, year := "", ""
		if r.ID != 0 {
			id = strconv.FormatInt(r.ID, 10)
		}
		if r.Year > 0 {
			year = strconv.Itoa(r.Year)
		}
		row := []string{
			id, clean(r.PMID), clean(r.DOI), clean(r.NCT), clean(r.Title), year, clean(r.Journal), design(it),
			strconv.FormatBool(flagged(it)),
			strings.Join(claims, "; "), strings.Join(signals, "; "), strings.Join(reasons, " | "),
		}
		for i, c := range row {
			row[i] = noFormula(c)
		}
		if err := cw.Write(row); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// noFormula defuses a cell a spreadsheet would evaluate (CSV injection):
// one starting with '=', '+', '-', '@', a tab or a carriage return gets a
// leading apostrophe, which spreadsheets show as text.
func noFormula(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}
