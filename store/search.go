package store

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"unicode"
)

// SearchQuery is a full-text search over stored titles and abstracts.
type SearchQuery struct {
	Text     string // words; every word must match (prefix* allowed)
	FromYear int    // 0 = no bound
	ToYear   int
	Design   string // "" = any
	Claim    string // "" = any; else only records assessed as bearing on it
	Flagged  bool   // only records flagged for some claim
	Limit    int    // default 50
}

// SearchHit is one ranked result.
type SearchHit struct {
	Record Record
	Design string
	Rank   float64 // bm25: lower is better
}

// Search returns records matching q, best first.
func (db *DB) Search(ctx context.Context, q SearchQuery) ([]SearchHit, error) {
	match := ftsQuery(q.Text)
	if match == "" {
		return nil, fmt.Errorf("store: search: no words to search for in %q", q.Text)
	}
	if q.Limit <= 0 {
		q.Limit = 50
	}
	var sb strings.Builder
	args := []any{match}
	sb.WriteString(`SELECT r.id, r.data, coalesce(r.design, ''), bm25(records_fts, 3.0, 1.0) AS rank
		FROM records_fts JOIN records r ON r.id = records_fts.rowid
		WHERE records_fts MATCH ?`)
	if q.FromYear > 0 {
		sb.WriteString(" AND r.year >= ?")
		args = append(args, q.FromYear)
	}
	if q.ToYear > 0 {
		sb.WriteString(" AND r.year <= ?")
		args = append(args, q.ToYear)
	}
	if q.Design != "" {
		sb.WriteString(" AND r.design = ?")
		args = append(args, q.Design)
	}
	if q.Claim != "" || q.Flagged {
		sb.WriteString(" AND EXISTS (SELECT 1 FROM assessments a WHERE a.record_id = r.id")
		if q.Claim != "" {
			sb.WriteString(" AND a.claim = ?")
			args = append(args, q.Claim)
		}
		if q.Flagged {
			sb.WriteString(" AND a.flagged")
		}
		sb.WriteString(")")
	}
	sb.WriteString(" ORDER BY rank LIMIT ?")
	args = append(args, q.Limit)
	rows, err := db.db.QueryContext(ctx, sb.String(), args...)
	if err != nil {
		return nil, fmt.Errorf("store: search %q: %w", q.Text, err)
	}
	defer rows.Close()
	var hits []SearchHit
	for rows.Next() {
		var h SearchHit
		var data string
		if err := rows.Scan(&h.Record.ID, &data, &h.Design, &h.Rank); err != nil {
			return nil, fmt.Errorf("store: search: %w", err)
		}
		id := h.Record.ID
		if err := json.Unmarshal([]byte(data), &h.Record); err != nil {
			return nil, fmt.Errorf("store: search: decode record %d: %w", id, err)
		}
		h.Record.ID = id
		hits = append(hits, h)
	}
	return hits, rows.Err()
}

// ftsQuery turns user words into an FTS5 query in which every word is a
// quoted term (so user text can never be FTS syntax), keeping a trailing *
// as a prefix search.
func ftsQuery(text string) string {
	var terms []string
	for _, w := range strings.Fields(text) {
		prefix := strings.HasSuffix(w, "*")
		w = strings.Map(func(r rune) rune {
			if unicode.IsLetter(r) || unicode.IsDigit(r) || r == '-' {
				return r
			}
			return -1
		}, w)
		w = strings.Trim(w, "-")
		if w == "" {
			continue
		}
		t := `"` + w + `"`
		if prefix {
			t += "*"
		}
		terms = append(terms, t)
	}
	return strings.Join(terms, " AND ")
}
