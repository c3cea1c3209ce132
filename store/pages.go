package store

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"time"
)

// The reads in this file serve the pages of `litwatch serve`: lists of
// digests, the records bearing on one claim, the basis watch's notices and
// each source's health. They only read.

// DigestInfo is one stored digest without its document: enough to list it.
type DigestInfo struct {
	ID          int64
	GeneratedAt time.Time
	From, To    string // the digest's window, "YYYY-MM-DD" ("" if not recorded)
	New         int    // records new in it
	Flagged     int    // of which flagged
}

// ListDigests returns stored digests, newest first, skipping offset and at
// most limit of them (0 = all), and how many are stored in all.
func (db *DB) ListDigests(ctx context.Context, limit, offset int) ([]DigestInfo, int, error) {
	if limit <= 0 {
		limit = -1 // SQLite: no limit
	}
	rows, err := db.db.QueryContext(ctx, `SELECT id, generated_at,
		coalesce(json_extract(doc, '$.window.from'), ''), coalesce(json_extract(doc, '$.window.to'), ''),
		coalesce(json_extract(doc, '$.summary.new'), 0), coalesce(json_extract(doc, '$.summary.flagged'), 0),
		(SELECT count(*) FROM digests)
		FROM digests ORDER BY id DESC LIMIT ? OFFSET ?`, limit, max(offset, 0))
	if err != nil {
		return nil, 0, fmt.Errorf("store: list digests: %w", err)
	}
	defer rows.Close()
	var out []DigestInfo
	total := 0
	for rows.Next() {
		var d DigestInfo
		var gen string
		if err := rows.Scan(&d.ID, &gen, &d.From, &d.To, &d.New, &d.Flagged, &total); err != nil {
			return nil, 0, fmt.Errorf("store: list digests: %w", err)
		}
		d.GeneratedAt = parseTime(gen)
		out = append(out, d)
	}
	if err := rows.Err(); err != nil {
		return nil, 0, fmt.Errorf("store: list digests: %w", err)
	}
	if len(out) == 0 {
		if err := db.db.QueryRowContext(ctx, "SELECT count(*) FROM digests").Scan(&total); err != nil {
			return nil, 0, fmt.Errorf("store: count digests: %w", err)
		}
	}
	return out, total, nil
}

// ClaimRecord is a stored record that bears on a claim, with its
// assessment against that claim.
type ClaimRecord struct {
	Record     Record
	Assessment Assessment
	Design     string
	// Status is the flag's state when the assessment is flagged ("open",
	// "reviewed", "dismissed", "accepted"), "" when it is not.
	Status string
}

// bearsOn selects the assessments (alias a) that bear on their claim:
// relevant or flagged.
const bearsOn = `(a.flagged OR coalesce(json_extract(a.data, '$.relevant'), 0))`

// ClaimRecords returns the records that bear on claim (assessed relevant
// or flagged), newest first (by publication year, then the latest stored),
// at most limit of them (0 = all), and how many there are in all.
func (db *DB) ClaimRecords(ctx context.Context, claim string, limit int) ([]ClaimRecord, int, error) {
	if limit <= 0 {
		limit = -1
	}
	rows, err := db.db.QueryContext(ctx, `SELECT r.id, r.data, a.data, coalesce(r.design, ''),
		CASE WHEN a.flagged THEN coalesce(f.status, 'open') ELSE '' END,
		(SELECT count(*) FROM assessments a WHERE a.claim = ? AND `+bearsOn+`)
		FROM assessments a JOIN records r ON r.id = a.record_id `+latestDecision+`
		WHERE a.claim = ? AND `+bearsOn+`
		ORDER BY coalesce(r.year, 0) DESC, r.id DESC LIMIT ?`, claim, claim, limit)
	if err != nil {
		return nil, 0, fmt.Errorf("store: records of claim %s: %w", claim, err)
	}
	defer rows.Close()
	var out []ClaimRecord
	total := 0
	for rows.Next() {
		var c ClaimRecord
		var id int64
		var rdata, adata string
		if err := rows.Scan(&id, &rdata, &adata, &c.Design, &c.Status, &total); err != nil {
			return nil, 0, fmt.Errorf("store: records of claim %s: %w", claim, err)
		}
		if err := json.Unmarshal([]byte(rdata), &c.Record); err != nil {
			return nil, 0, fmt.Errorf("store: records of claim %s: record %d: %w", claim, id, err)
		}
		if err := json.Unmarshal([]byte(adata), &c.Assessment); err != nil {
			return nil, 0, fmt.Errorf("store: records of claim %s: assessment of %d: %w", claim, id, err)
		}
		c.Record.ID = id
		out = append(out, c)
	}
	if err := rows.Err(); err != nil {
		return nil, 0, fmt.Errorf("store: records of claim %s: %w", claim, err)
	}
	return out, total, nil
}

// YearCount is how many records bearing on a claim were published in a
// year with a direction.
type YearCount struct {
	Year      int    // 0 if unknown
	Direction string // "benefit", "no_effect", "harm", "mixed", "unclear" or ""
	Count     int
}

// ClaimYears counts the records that bear on claim by publication year and
// direction, by year then direction.
func (db *DB) ClaimYears(ctx context.Context, claim string) ([]YearCount, error) {
	rows, err := db.db.QueryContext(ctx, `SELECT coalesce(r.year, 0), coalesce(json_extract(a.data, '$.direction'), ''), count(*)
		FROM assessments a JOIN records r ON r.id = a.record_id
		WHERE a.claim = ? AND `+bearsOn+`
		GROUP BY 1, 2 ORDER BY 1, 2`, claim)
	if err != nil {
		return nil, fmt.Errorf("store: years of claim %s: %w", claim, err)
	}
	defer rows.Close()
	var out []YearCount
	for rows.Next() {
		var y YearCount
		if err := rows.Scan(&y.Year, &y.Direction, &y.Count); err != nil {
			return nil, fmt.Errorf("store: years of claim %s: %w", claim, err)
		}
		out = append(out, y)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: years of claim %s: %w", claim, err)
	}
	return out, nil
}

// BasisNotice is a stored basis update with when it was first seen.
type BasisNotice struct {
	BasisUpdate
	FirstSeen time.Time
}

// BasisUpdates returns the notices stored for the given basis DOIs (any
// spelling; they are normalised), newest first.
func (db *DB) BasisUpdates(ctx context.Context, dois []string) ([]BasisNotice, error) {
	var out []BasisNotice
	seen := map[string]bool{}
	for _, d := range dois {
		d = NormDOI(d)
		if d == "" || seen[d] {
			continue
		}
		seen[d] = true
		rows, err := db.db.QueryContext(ctx, `SELECT basis_doi, notice_doi, type, source, label, first_seen FROM basis_updates WHERE basis_doi = ?`, d)
		if err != nil {
			return nil, fmt.Errorf("store: updates of %s: %w", d, err)
		}
		for rows.Next() {
			var n BasisNotice
			var at string
			if err := rows.Scan(&n.BasisDOI, &n.NoticeDOI, &n.Type, &n.Source, &n.Label, &at); err != nil {
				rows.Close()
				return nil, fmt.Errorf("store: updates of %s: %w", d, err)
			}
			n.FirstSeen = parseTime(at)
			out = append(out, n)
		}
		if err := rows.Close(); err != nil {
			return nil, fmt.Errorf("store: updates of %s: %w", d, err)
		}
	}
	sortNotices(out)
	return out, nil
}

// sortNotices orders notices newest first; ties by basis and notice, so
// the order is stable.
func sortNotices(ns []BasisNotice) {
	slices.SortFunc(ns, func(a, b BasisNotice) int {
		if c := b.FirstSeen.Compare(a.FirstSeen); c != 0 {
			return c
		}
		if c := strings.Compare(a.BasisDOI, b.BasisDOI); c != 0 {
			return c
		}
		return strings.Compare(a.NoticeDOI, b.NoticeDOI)
	})
}

// SourceHealth is what the runs say about one source: its latest result,
// when it last succeeded, and its latest error.
type SourceHealth struct {
	Name        string
	LastRunID   int64
	LastRunAt   time.Time // when the latest run that ran it started
	Last        SourceResult
	LastOKAt    time.Time // zero if it never succeeded
	LastError   string    // the first error of its latest failed run, "" if it never failed
	LastErrorAt time.Time
}

// OK reports whether the source's latest run succeeded.
func (h SourceHealth) OK() bool { return len(h.Last.Errors) == 0 }

// SourceHealths returns the health of every source that ever ran, by name.
func (db *DB) SourceHealths(ctx context.Context) ([]SourceHealth, error) {
	rows, err := db.db.QueryContext(ctx, `SELECT rs.run_id, r.started_at, rs.source, rs.window_from, rs.window_to, rs.fetched, rs.new, rs.errors, rs.skipped
		FROM run_sources rs JOIN runs r ON r.id = rs.run_id ORDER BY rs.source, rs.run_id DESC`)
	if err != nil {
		return nil, fmt.Errorf("store: source health: %w", err)
	}
	defer rows.Close()
	var out []SourceHealth
	for rows.Next() {
		var run int64
		var started, name, from, to, errs string
		var s SourceResult
		if err := rows.Scan(&run, &started, &name, &from, &to, &s.Fetched, &s.New, &errs, &s.Skipped); err != nil {
			return nil, fmt.Errorf("store: source health: %w", err)
		}
		s.Name = name
		s.From, _ = time.Parse(dayLayout, from)
		s.To, _ = time.Parse(dayLayout, to)
		if err := json.Unmarshal([]byte(errs), &s.Errors); err != nil {
			return nil, fmt.Errorf("store: source health: errors of %s in run %d: %w", name, run, err)
		}
		at := parseTime(started)
		if len(out) == 0 || out[len(out)-1].Name != name {
			out = append(out, SourceHealth{Name: name, LastRunID: run, LastRunAt: at, Last: s})
		}
		h := &out[len(out)-1]
		if len(s.Errors) == 0 && h.LastOKAt.IsZero() {
			h.LastOKAt = at
		}
		if len(s.Errors) > 0 && h.LastError == "" {
			h.LastError, h.LastErrorAt = s.Errors[0], at
		}
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: source health: %w", err)
	}
	return out, nil
}
