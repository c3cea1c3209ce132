package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
)

// SaveDigest stores a digest and marks the records it covers as reported,
// in one transaction, so each record is reported by exactly one digest.
func (db *DB) SaveDigest(ctx context.Context, d Digest, recordIDs []int64) (int64, error) {
	var id int64
	err := db.tx(ctx, func(tx *sql.Tx) error {
		var err error
		id, err = saveDigestTx(newStmts(ctx, tx), fmtTime(db.Now()), d, recordIDs)
		return err
	})
	if err != nil {
		return 0, fmt.Errorf("store: save digest: %w", err)
	}
	return id, nil
}

// saveDigestTx is SaveDigest in st's transaction at the time now.
func saveDigestTx(st *stmts, now string, d Digest, recordIDs []int64) (int64, error) {
	files, err := json.Marshal(nonNil(d.Files))
	if err != nil {
		return 0, fmt.Errorf("encode digest files: %w", err)
	}
	var run any
	if d.RunID > 0 {
		run = d.RunID
	}
	res, err := st.exec("INSERT INTO digests (run_id, generated_at, doc, files) VALUES (?, ?, ?, ?)",
		run, fmtTime(d.GeneratedAt), string(d.JSON), string(files))
	if err != nil {
		return 0, err
	}
	id, err := res.LastInsertId()
	if err != nil {
		return 0, err
	}
	if d.MailStatus != "" {
		if _, err := st.exec(`INSERT INTO outbox (digest_id, message_id, status, next_attempt_at, created_at)
			VALUES (?, ?, ?, ?, ?)`, id, d.MessageID, d.MailStatus, now, now); err != nil {
			return 0, fmt.Errorf("enqueue e-mail: %w", err)
		}
	}
	for _, rid := range recordIDs {
		if _, err := st.exec("UPDATE records SET digest_id = ? WHERE id = ? AND digest_id IS NULL", id, rid); err != nil {
			return 0, fmt.Errorf("mark record %d: %w", rid, err)
		}
	}
	return id, nil
}

// SetDigestFiles records the files a digest was written to.
func (db *DB) SetDigestFiles(ctx context.Context, digestID int64, paths []string) error {
	files, err := json.Marshal(nonNil(paths))
	if err != nil {
		return fmt.Errorf("store: encode digest files: %w", err)
	}
	if _, err := db.db.ExecContext(ctx, "UPDATE digests SET files = ? WHERE id = ?", string(files), digestID); err != nil {
		return fmt.Errorf("store: set files of digest %d: %w", digestID, err)
	}
	return nil
}

// LatestDigest returns the most recent digest, or false if none.
func (db *DB) LatestDigest(ctx context.Context) (Digest, bool, error) {
	var d Digest
	var run sql.NullInt64
	var gen, doc, files string
	err := db.db.QueryRowContext(ctx, "SELECT id, run_id, generated_at, doc, files FROM digests ORDER BY id DESC LIMIT 1").
		Scan(&d.ID, &run, &gen, &doc, &files)
	if errors.Is(err, sql.ErrNoRows) {
		return Digest{}, false, nil
	}
	if err != nil {
		return Digest{}, false, fmt.Errorf("store: latest digest: %w", err)
	}
	d.RunID = run.Int64
	d.GeneratedAt = parseTime(gen)
	d.JSON = []byte(doc)
	if err := json.Unmarshal([]byte(files), &d.Files); err != nil {
		return Digest{}, false, fmt.Errorf("store: files of digest %d: %w", d.ID, err)
	}
	return d, true, nil
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}
