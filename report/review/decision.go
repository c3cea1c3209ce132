package review

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/litwatch/litwatch/store"
)

// ParseDecision reads the words of `litwatch flags STATUS RECORD_ID`: a
// decision (one of store.FlagStatuses, or store.FlagOpen to reopen) and a
// record id. No words is no decision (status ""). The error says what is
// wrong with the words, for a usage error.
func ParseDecision(words []string) (status string, id int64, err error) {
	switch {
	case len(words) == 0:
		return "", 0, nil
	case len(words) != 2:
		return "", 0, fmt.Errorf("a decision takes a status and a record id: litwatch flags dismissed 12 --note \"...\"")
	}
	status = words[0]
	if status != store.FlagOpen && !slices.Contains(store.FlagStatuses(), status) {
		return "", 0, fmt.Errorf("unknown decision %q (want %s, or %s to reopen)", status, strings.Join(store.FlagStatuses(), ", "), store.FlagOpen)
	}
	id, err = strconv.ParseInt(words[1], 10, 64)
	if err != nil || id <= 0 {
		return "", 0, fmt.Errorf("%q is not a record id (see the first column of `litwatch flags`)", words[1])
	}
	return status, id, nil
}
