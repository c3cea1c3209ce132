package crawler

import "github.com/litwatch/litwatch/store"

// Seen is the set of keys one Fetch has met: record identifiers, so that
// each record is delivered once although paging can show it twice, or
// page cursors, so that paging which goes round in a loop is noticed.
// The zero Seen is empty and ready to use.
type Seen struct {
	keys  map[string]struct{}
	dupes int
}

// Add adds key and reports whether it is new. A key met before counts as
// a duplicate. The empty key identifies nothing: it is always new and is
// not kept.
func (s *Seen) Add(key string) bool {
	if key == "" {
		return true
	}
	if _, ok := s.keys[key]; ok {
		s.dupes++
		return false
	}
	if s.keys == nil {
		s.keys = make(map[string]struct{})
	}
	s.keys[key] = struct{}{}
	return true
}

// Filter returns the records of recs whose key (by Add) is new, in order.
func (s *Seen) Filter(recs []store.Record, key func(store.Record) string) []store.Record {
	out := make([]store.Record, 0, len(recs))
	for _, r := range recs {
		if s.Add(key(r)) {
			out = append(out, r)
		}
	}
	return out
}

// Len is the number of keys kept.
func (s *Seen) Len() int { return len(s.keys) }

// Dupes is the number of times Add met a key it had already.
func (s *Seen) Dupes() int { return s.dupes }
