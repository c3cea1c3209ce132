package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
)

// Assessed is what the assessor made of one record: its design and its
// assessments against the claims.
type Assessed struct {
	RecordID    int64
	Design      string
	Assessments []Assessment
}

// SaveAssessments replaces a record's assessments and design in one
// transaction.
func (db *DB) SaveAssessments(ctx context.Context, recordID int64, design string, as []Assessment) error {
	return db.SaveAssessmentsBatch(ctx, []Assessed{{RecordID: recordID, Design: design, Assessments: as}})
}

// SaveAssessmentsBatch replaces the assessments and design of each record
// of a batch, all in one transaction.
func (db *DB) SaveAssessmentsBatch(ctx context.Context, batch []Assessed) error {
	err := db.tx(ctx, func(tx *sql.Tx) error {
		st, ix := newStmts(ctx, tx), indexQueue{}
		if err := saveAssessmentsTx(st, ix, fmtTime(db.Now()), batch); err != nil {
			return err
		}
		return ix.apply(st)
	})
	if err != nil {
		return fmt.Errorf("store: %w", err)
	}
	return nil
}

// saveAssessmentsTx saves a batch of assessments in st's transaction at
// the time now, queueing the changes of the search index's tags in ix,
// which the caller applies.
func saveAssessmentsTx(st *stmts, ix indexQueue, now string, batch []Assessed) error {
	ids := make([]int64, len(batch))
	for i, rec := range batch {
		if err := saveAssessed(st, rec, now); err != nil {
			return fmt.Errorf("save assessments of record %d: %w", rec.RecordID, err)
		}
		ids[i] = rec.RecordID
	}
	// The search index's tags hold the design and the claims; a record
	// not indexed yet is indexed now, with them.
	if err := ix.retag(st, ids, batch); err != nil {
		return fmt.Errorf("save assessments of %d records: %w", len(batch), err)
	}
	return nil
}

func saveAssessed(st *stmts, rec Assessed, now string) error {
	if _, err := st.exec("DELETE FROM assessments WHERE record_id = ?", rec.RecordID); err != nil {
		return err
	}
	for _, a := range rec.Assessments {
		a.RecordID = rec.RecordID
		b, err := json.Marshal(a)
		if err != nil {
			return err
		}
		if _, err := st.exec("INSERT INTO assessments (record_id, claim, flagged, signal, data) VALUES (?, ?, ?, ?, ?)",
			rec.RecordID, a.Claim, a.Flagged, a.Signal, string(b)); err != nil {
			return fmt.Errorf("claim %s: %w", a.Claim, err)
		}
	}
	res, err := st.exec("UPDATE records SET design = ?, assessed_at = ? WHERE id = ?", rec.Design, now, rec.RecordID)
	if err != nil {
		return err
	}
	if n, err := res.RowsAffected(); err != nil || n != 1 {
		return fmt.Errorf("no record %d (%v)", rec.RecordID, err)
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
