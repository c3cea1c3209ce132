package eval

import (
	"fmt"
	"math"
	"os"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// roundRow is one once-scored set of report/eval/README.md's table of
// figures: its round, records, labelled flags, flags found, false flags,
// missed flags and design accuracy.
type roundRow struct {
	round, records, flags, tp, fp, fn int
	design                            float64
}

var (
	roundRowRE   = regexp.MustCompile(`^\| (\d+) \| .*? \| (\d+) / (\d+) \| .*\((\d+)/(\d+)/(\d+)\) \| ([\d.]+) \|`)
	sessionRowRE = regexp.MustCompile(`^\| (\d+(?:–\d+)?|all) \| (\d+)(?:–(\d+))? \|`)
)

// readRoundRows reads the per-set table of once-scored figures.
func readRoundRows(t *testing.T, path string) []roundRow {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var rows []roundRow
	for _, line := range strings.Split(string(b), "\n") {
		m := roundRowRE.FindStringSubmatch(line)
		if m == nil {
			continue
		}
		var r roundRow
		for i, p := range []*int{&r.round, &r.records, &r.flags, &r.tp, &r.fp, &r.fn} {
			if *p, err = strconv.Atoi(m[i+1]); err != nil {
				t.Fatalf("%s: %q: %v", path, line, err)
			}
		}
		if r.design, err = strconv.ParseFloat(m[7], 64); err != nil {
			t.Fatalf("%s: %q: %v", path, line, err)
		}
		if r.flags != r.tp+r.fn {
			t.Errorf("%s: %q: %d flags labelled but %d found + %d missed", path, line, r.flags, r.tp, r.fn)
		}
		rows = append(rows, r)
	}
	return rows
}

// sessionRow is the README summary row of the rounds first..last, pooled
// from the per-set rows.
func sessionRow(name string, first, last int, rows []roundRow) string {
	var sets, records, tp, fp, fn, designOK int
	for _, r := range rows {
		if r.round < first || r.round > last {
			continue
		}
		sets++
		records += r.records
		tp, fp, fn = tp+r.tp, fp+r.fp, fn+r.fn
		designOK += int(math.Round(r.design * float64(r.records)))
	}
	ratio := func(a, b int) string {
		if b == 0 {
			return "–"
		}
		return fmt.Sprintf("%.2f", float64(a)/float64(b))
	}
	design := "–"
	if records > 0 {
		design = fmt.Sprintf("%.3f", float64(designOK)/float64(records))
	}
	span := fmt.Sprintf("%d–%d", first, last)
	if first == last {
		span = fmt.Sprint(first)
	}
	return fmt.Sprintf("| %s | %s | %d | %d | %d of %d | %d | %s / %s | %s |",
		name, span, sets, records, tp, tp+fn, fp, ratio(tp, tp+fn), ratio(tp, tp+fp), design)
}

// TestMeasuredSummary checks README.md's table of once-scored figures,
// one row a session, against the per-set table of report/eval/README.md
// it pools: a row that no longer adds up fails with the row it should be.
func TestMeasuredSummary(t *testing.T) {
	rows := readRoundRows(t, "README.md")
	if len(rows) < 300 {
		t.Fatalf("report/eval/README.md: %d once-scored sets read, want the whole table", len(rows))
	}
	b, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	seen := 0
	covered := map[int]bool{}
	allFirst, allLast := 0, 0
	for _, line := range strings.Split(string(b), "\n") {
		m := sessionRowRE.FindStringSubmatch(line)
		if m == nil {
			continue
		}
		first, _ := strconv.Atoi(m[2])
		last := first
		if m[3] != "" {
			// a session of one round names it once ("| 38 | 167 |")
			last, _ = strconv.Atoi(m[3])
		}
		if m[1] == "all" {
			allFirst, allLast = first, last
		} else {
			for r := first; r <= last; r++ {
				if covered[r] {
					t.Errorf("README.md: round %d in two session rows", r)
				}
				covered[r] = true
			}
		}
		if want := sessionRow(m[1], first, last, rows); line != want {
			t.Errorf("README.md summary row\n got %s\nwant %s", line, want)
		}
		seen++
	}
	if seen < 2 {
		t.Fatalf("README.md: %d summary rows found under \"Measured\"", seen)
	}
	lo, hi := rows[0].round, rows[0].round
	for _, r := range rows {
		lo, hi = min(lo, r.round), max(hi, r.round)
	}
	if allFirst != lo || allLast != hi {
		// the pooled row covers every once-scored round, the newest too
		t.Errorf("README.md: the \"all\" row covers rounds %d–%d, want %d–%d", allFirst, allLast, lo, hi)
	}
	for _, r := range rows {
		if !covered[r.round] {
			t.Errorf("README.md: round %d of report/eval/README.md is in no session row", r.round)
		}
	}
}
