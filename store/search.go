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
	// Snippet is a few words of the abstract around the matched words (of
	// the title when only the title matched), each match between
	// SnippetOpen and SnippetClose; "…" marks cut text.
	Snippet string
}

// The marks around a matched word in SearchHit.Snippet.
const (
	SnippetOpen  = "**"
	SnippetClose = "**"
)

// Search returns records matching q, best first.
func (db *DB) Search(ctx context.Context, q SearchQuery) ([]SearchHit, error) {
	hits, _, err := db.SearchTotal(ctx, q)
	return hits, err
}

// SearchTotal is Search that also returns how many records match in all,
// however many q.Limit lets through.
func (db *DB) SearchTotal(ctx context.Context, q SearchQuery) ([]SearchHit, int, error) {
	match := ftsQuery(q.Text)
	if match == "" {
		return nil, 0, fmt.Errorf("store: search: no words to search for in %q", q.Text)
	}
	if q.Limit <= 0 {
		q.Limit = 50
	}
	// The filters, used twice: for the page of hits and for the count of
	// all matches (a subquery of the same statement, so both read the
	// same state of the database).
	var sb strings.Builder
	where := []any{match}
	sb.WriteString(`FROM records_fts JOIN records r ON r.id = records_fts.rowid
		WHERE records_fts MATCH ?`)
	if q.FromYear > 0 {
		sb.WriteString(" AND r.year >= ?")
		where = append(where, q.FromYear)
	}
	if q.ToYear > 0 {
		sb.WriteString(" AND r.year <= ?")
		where = append(where, q.ToYear)
	}
	if q.Design != "" {
		sb.WriteString(" AND r.design = ?")
		where = append(where, q.Design)
	}
	if q.Claim != "" || q.Flagged {
		sb.WriteString(" AND EXISTS (SELECT 1 FROM assessments a WHERE a.record_id = r.id")
		if q.Claim != "" {
			sb.WriteString(" AND a.claim = ?")
			where = append(where, q.Claim)
		}
		if q.Flagged {
			sb.WriteString(" AND a.flagged")
		}
		sb.WriteString(")")
	}
	from := sb.String()
	query := `SELECT r.id, r.data, coalesce(r.design, ''), bm25(records_fts, 3.0, 1.0) AS rank,
		snippet(records_fts, 1, ?, ?, '…', 16), snippet(records_fts, 0, ?, ?, '…', 16),
		(SELECT count(*) ` + from + `)
		` + from + ` ORDER BY rank LIMIT ?`
	args := []any{SnippetOpen, SnippetClose, SnippetOpen, SnippetClose}
	args = append(args, where...)
	args = append(args, where...)
	args = append(args, q.Limit)
	rows, err := db.db.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, 0, fmt.Errorf("store: search %q: %w", q.Text, err)
	}
	defer rows.Close()
	var hits []SearchHit
	total := 0
	for rows.Next() {
		var h SearchHit
		var data, inAbstract, inTitle string
		if err := rows.Scan(&h.Record.ID, &data, &h.Design, &h.Rank, &inAbstract, &inTitle, &total); err != nil {
			return nil, 0, fmt.Errorf("store: search: %w", err)
		}
		id := h.Record.ID
		if err := json.Unmarshal([]byte(data), &h.Record); err != nil {
			return nil, 0, fmt.Errorf("store: search: decode record %d: %w", id, err)
		}
		h.Record.ID = id
		h.Snippet = inAbstract
		if !strings.Contains(inAbstract, SnippetOpen) {
			h.Snippet = inTitle
		}
		hits = append(hits, h)
	}
	if err := rows.Err(); err != nil {
		return nil, 0, fmt.Errorf("store: search: %w", err)
	}
	return hits, total, nil
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
