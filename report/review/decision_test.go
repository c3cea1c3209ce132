package review

import (
	"strings"
	"testing"
)

func TestParseDecision(t *testing.T) {
	for _, c := range []struct {
		words  string
		status string
		id     int64
		err    string
	}{
		{"", "", 0, ""},
		{"dismissed 12", "dismissed", 12, ""},
		{"reviewed 3", "reviewed", 3, ""},
		{"accepted 7", "accepted", 7, ""},
		{"open 12", "open", 12, ""},
		{"dismissed", "", 0, "a decision takes a status and a record id"},
		{"dismissed 12 13", "", 0, "a decision takes a status and a record id"},
		{"ignored 12", "", 0, `unknown decision "ignored" (want reviewed, dismissed, accepted, or open to reopen)`},
		{"dismissed twelve", "", 0, `"twelve" is not a record id`},
		{"dismissed 0", "", 0, `"0" is not a record id`},
		{"dismissed -4", "", 0, `"-4" is not a record id`},
	} {
		status, id, err := ParseDecision(strings.Fields(c.words))
		if status != c.status || id != c.id || (err == nil) != (c.err == "") || (err != nil && !strings.HasPrefix(err.Error(), c.err)) {
			t.Errorf("%q: %q %d %v; want %q %d %q", c.words, status, id, err, c.status, c.id, c.err)
		}
	}
}
