package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
)

// SaveAssessments replaces a record's assessments and design in one
// transaction.
func (db *DB) SaveAssessments(ctx context.Context, recordID int64, design string, as []Assessment) error {
	err := db.tx(ctx, func(tx *sql.Tx) error {
		if _, err := tx.ExecContext(ctx, "DELETE FROM assessments WHERE record_id = ?", recordID); err != nil {
			return err
		}
		for _, a := range as {
			a.RecordID = recordID
			b, err := json.Marshal(a)
			if err != nil {
				return err
			}
			if _, err := tx.ExecContext(ctx, "INSERT INTO assessments (record_id, claim, flagged, signal, data) VALUES (?, ?, ?, ?, ?)",
				recordID, a.Claim, a.Flagged, a.Signal, string(b)); err != nil {
				return fmt.Errorf("claim %s: %w", a.Claim, err)
			}
		}
		_, err := tx.ExecContext(ctx, "UPDATE records SET design = ?, assessed_at = ? WHERE id = ?", design, fmtTime(db.Now()), recordID)
		return err
	})
	if err != nil {
		return fmt.Errorf("store: save assessments of record %d: %w", recordID, err)
	}
	return nil
}

// Assessments returns the stored assessments and design of each record.
func (db *DB) Assessments(ctx context.Context, recordIDs []int64) (map[int64][]Assessment, map[int64]string, error) {
	as := make(map[int64][]Assessment, len(recordIDs))
	designs := make(map[int64]string, len(recordIDs))
	for _, id := range recordIDs {
		var design sql.NullString
		if err := db.db.QueryRowContext(ctx, "SELECT design FROM records WHERE id = ?", id).Scan(&design); err != nil {
			return nil, nil, fmt.Errorf("store: design of record %d: %w", id, err)
		}
		designs[id] = design.String
		rows, err := db.db.QueryContext(ctx, "SELECT data FROM assessments WHERE record_id = ? ORDER BY claim", id)
		if err != nil {
			return nil, nil, fmt.Errorf("store: assessments of record %d: %w", id, err)
		}
		for rows.Next() {
			var data string
			var a Assessment
			if err := rows.Scan(&data); err == nil {
				err = json.Unmarshal([]byte(data), &a)
			}
			if err != nil {
				rows.Close()
				return nil, nil, fmt.Errorf("store: assessment of record %d: %w", id, err)
			}
			as[id] = append(as[id], a)
		}
		if err := rows.Close(); err != nil {
			return nil, nil, err
		}
	}
	return as, designs, nil
}
