package claims

import (
	"embed"
	"fmt"
	"io/fs"
	"slices"
	"strings"
)

// Example claims files of other topics, shipped to show how a topic is
// written (`litwatch init --example NAME`) and used by the eval tests to
// judge the assessor on topics it was not written for.
//
//go:embed examples/*.toml
var examples embed.FS

// Examples lists the names of the example claims files.
func Examples() []string {
	var names []string
	ents, _ := fs.ReadDir(examples, "examples")
	for _, e := range ents {
		names = append(names, strings.TrimSuffix(e.Name(), ".toml"))
	}
	slices.Sort(names)
	return names
}

// ExampleTOML returns the example claims file called name. An unknown
// name's error suggests the examples whose names are nearest to it.
func ExampleTOML(name string) ([]byte, error) {
	names := Examples()
	if !slices.Contains(names, name) {
		hint := fmt.Sprintf("none of the %d examples is near it", len(names))
		if near := Nearest(name, names, 6); len(near) > 0 {
			hint = "did you mean " + strings.Join(near, ", ") + "?"
		}
		return nil, fmt.Errorf("claims: no example %q: %s (`litwatch init --list-examples` lists all %d)", name, hint, len(names))
	}
	return examples.ReadFile("examples/" + name + ".toml")
}

// Example parses the example claims file called name.
func Example(name string) (*Set, error) {
	data, err := ExampleTOML(name)
	if err != nil {
		return nil, err
	}
	return Parse(data, name+".toml")
}

// Nearest returns at most limit of names near name, nearest first: those
// within a few edits of it (a typing slip), then those containing it
// ("vitamin-d" finds vitamin-d-asthma), then those sharing the most of its
// hyphen-separated words ("probiotic-nec" finds arginine-nec).
func Nearest(name string, names []string, limit int) []string {
	name = strings.ToLower(strings.TrimSpace(name))
	if name == "" {
		return nil
	}
	type cand struct {
		name string
		rank int
	}
	var cands []cand
	words := strings.FieldsFunc(name, func(r rune) bool { return r == '-' || r == '_' || r == ' ' })
	for _, n := range names {
		if d := editDistance(name, n); d <= max(2, len(name)/4) {
			cands = append(cands, cand{n, d})
			continue
		}
		if len(name) >= 4 && strings.Contains(n, name) {
			cands = append(cands, cand{n, 50})
			continue
		}
		shared := 0
		for _, w := range words {
			if len(w) >= 3 && slices.Contains(strings.Split(n, "-"), w) {
				shared++
			}
		}
		if shared > 0 {
			cands = append(cands, cand{n, 100 - shared})
		}
	}
	slices.SortStableFunc(cands, func(a, b cand) int { return a.rank - b.rank })
	var out []string
	for _, c := range cands {
		if len(out) == limit {
			break
		}
		out = append(out, c.name)
	}
	return out
}

// editDistance is the Levenshtein distance between a and b, in bytes.
func editDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}
