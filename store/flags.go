package store

import (
	"context"
	"encoding/json"
	"fmt"
	"time"
)

// Flag is a flagged assessment with its review state.
type Flag struct {
	Record     Record
	Assessment Assessment
	Status     string // "open", "reviewed", "dismissed", "accepted"
	Note       string
	ReviewedAt time.Time
	DigestID   int64     // the digest that first reported it, 0 if none yet
	ReportedAt time.Time // when that digest was made
}

// FlagStatuses are the states a user may put a flag in.
func FlagStatuses() []string { return []string{"reviewed", "dismissed", "accepted"} }

// Flags returns flagged assessments, open ones only unless all is set,
// oldest first.
func (db *DB) Flags(ctx context.Context, all bool) ([]Flag, error) {
	q := `SELECT r.id, r.data, a.data, coalesce(f.status, 'open'), coalesce(f.note, ''), coalesce(f.updated_at, ''),
		coalesce(r.digest_id, 0), coalesce(d.generated_at, '')
		FROM assessments a JOIN records r ON r.id = a.record_id
		LEFT JOIN flag_reviews f ON f.record_id = a.record_id AND f.claim = a.claim
		LEFT JOIN digests d ON d.id = r.digest_id
		WHERE a.flagged`
	if !all {
		q += " AND f.status IS NULL"
	}
	q += " ORDER BY r.id, a.claim"
	rows, err := db.db.QueryContext(ctx, q)
	if err != nil {
		return nil, fmt.Errorf("store: flags: %w", err)
	}
	defer rows.Close()
	var flags []Flag
	for rows.Next() {
		var f Flag
		var rdata, adata, at, rep string
		if err := rows.Scan(&f.Record.ID, &rdata, &adata, &f.Status, &f.Note, &at, &f.DigestID, &rep); err != nil {
			return nil, fmt.Errorf("store: flags: %w", err)
		}
		id := f.Record.ID
		if err := json.Unmarshal([]byte(rdata), &f.Record); err != nil {
			return nil, fmt.Errorf("store: flags: record %d: %w", id, err)
		}
		f.Record.ID = id
		if err := json.Unmarshal([]byte(adata), &f.Assessment); err != nil {
			return nil, fmt.Errorf("store: flags: assessment of %d: %w", id, err)
		}
		f.ReviewedAt = parseTime(at)
		f.ReportedAt = parseTime(rep)
		flags = append(flags, f)
	}
	return flags, rows.Err()
}

// ReviewFlag records a user's decision on the flag of a record for a claim
// (claim "" means every flagged claim of the record).
func (db *DB) ReviewFlag(ctx context.Context, recordID int64, claim, status, note string) (int, error) {
	valid := false
	for _, s := range FlagStatuses() {
		valid = valid || s == status
	}
	if !valid {
		return 0, fmt.Errorf("store: review flag: unknown status %q (want reviewed, dismissed or accepted)", status)
	}
	res, err := db.db.ExecContext(ctx, `INSERT INTO flag_reviews (record_id, claim, status, note, updated_at)
		SELECT record_id, claim, ?, ?, ? FROM assessments WHERE record_id = ? AND flagged AND (? = '' OR claim = ?)
		ON CONFLICT (record_id, claim) DO UPDATE SET status = excluded.status, note = excluded.note, updated_at = excluded.updated_at`,
		status, note, fmtTime(db.Now()), recordID, claim, claim)
	if err != nil {
		return 0, fmt.Errorf("store: review flag of record %d: %w", recordID, err)
	}
	n, _ := res.RowsAffected()
	if n == 0 {
		if claim == "" {
			return 0, fmt.Errorf("store: record %d has no flag", recordID)
		}
		return 0, fmt.Errorf("store: record %d has no flag for claim %q", recordID, claim)
	}
	return int(n), nil
}
