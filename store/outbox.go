package store

import (
	"context"
	"database/sql"
	"fmt"
	"time"
)

// OutboxItem is one digest e-mail waiting to be sent, or sent.
type OutboxItem struct {
	ID            int64
	DigestID      int64
	MessageID     string
	Status        string // "pending", "sent", "skipped", "failed" (refused for good, not retried)
	Attempts      int
	LastError     string
	LastAttemptAt time.Time
	NextAttemptAt time.Time
	SentAt        time.Time
}

// DueMail returns pending items whose next attempt is due, oldest first.
func (db *DB) DueMail(ctx context.Context) ([]OutboxItem, error) {
	return db.outbox(ctx, "WHERE status = 'pending' AND next_attempt_at <= ? ORDER BY id", fmtTime(db.Now()))
}

// PendingMail returns every pending item, due or not, oldest first.
func (db *DB) PendingMail(ctx context.Context) ([]OutboxItem, error) {
	return db.outbox(ctx, "WHERE status = 'pending' ORDER BY id")
}

// FailedMailSince returns the items refused for good whose last attempt
// was at or after since, oldest first.
func (db *DB) FailedMailSince(ctx context.Context, since time.Time) ([]OutboxItem, error) {
	return db.outbox(ctx, "WHERE status = 'failed' AND last_attempt_at >= ? ORDER BY id", fmtTime(since))
}

// Outbox returns every item, newest first, up to limit.
func (db *DB) Outbox(ctx context.Context, limit int) ([]OutboxItem, error) {
	return db.outbox(ctx, "ORDER BY id DESC LIMIT ?", limit)
}

func (db *DB) outbox(ctx context.Context, where string, args ...any) ([]OutboxItem, error) {
	rows, err := db.db.QueryContext(ctx, `SELECT id, digest_id, message_id, status, attempts, last_error, coalesce(last_attempt_at, ''), next_attempt_at, coalesce(sent_at, '')
		FROM outbox `+where, args...)
	if err != nil {
		return nil, fmt.Errorf("store: outbox: %w", err)
	}
	defer rows.Close()
	var items []OutboxItem
	for rows.Next() {
		var it OutboxItem
		var last, next, sent string
		if err := rows.Scan(&it.ID, &it.DigestID, &it.MessageID, &it.Status, &it.Attempts, &it.LastError, &last, &next, &sent); err != nil {
			return nil, fmt.Errorf("store: outbox: %w", err)
		}
		it.LastAttemptAt = parseTime(last)
		it.NextAttemptAt = parseTime(next)
		it.SentAt = parseTime(sent)
		items = append(items, it)
	}
	return items, rows.Err()
}

// MarkAttempt records that a send is about to be tried, before it is.
func (db *DB) MarkAttempt(ctx context.Context, id int64) error {
	if _, err := db.db.ExecContext(ctx, "UPDATE outbox SET attempts = attempts + 1, last_attempt_at = ? WHERE id = ?", fmtTime(db.Now()), id); err != nil {
		return fmt.Errorf("store: outbox attempt %d: %w", id, err)
	}
	return nil
}

// MarkSent records that the server accepted the message.
func (db *DB) MarkSent(ctx context.Context, id int64) error {
	if _, err := db.db.ExecContext(ctx, "UPDATE outbox SET status = 'sent', sent_at = ?, last_error = '' WHERE id = ?", fmtTime(db.Now()), id); err != nil {
		return fmt.Errorf("store: outbox sent %d: %w", id, err)
	}
	return nil
}

// MarkFailed records a failed send and when to try again. The server's
// words in the error are cleaned as FinishSource cleans a source's.
func (db *DB) MarkFailed(ctx context.Context, id int64, sendErr error, retryAt time.Time) error {
	if _, err := db.db.ExecContext(ctx, "UPDATE outbox SET last_error = ?, next_attempt_at = ? WHERE id = ?", cleanError(sendErr.Error()), fmtTime(retryAt), id); err != nil {
		return fmt.Errorf("store: outbox failed %d: %w", id, err)
	}
	return nil
}

// MarkRefused records that the server refused the message for good: the
// item is not tried again.
func (db *DB) MarkRefused(ctx context.Context, id int64, sendErr error) error {
	if _, err := db.db.ExecContext(ctx, "UPDATE outbox SET status = 'failed', last_error = ? WHERE id = ?", sendErr.Error(), id); err != nil {
		return fmt.Errorf("store: outbox refused %d: %w", id, err)
	}
	return nil
}

// DigestByID returns one stored digest.
func (db *DB) DigestByID(ctx context.Context, id int64) (Digest, error) {
	var d Digest
	var run sql.NullInt64
	var gen, doc string
	err := db.db.QueryRowContext(ctx, "SELECT id, run_id, generated_at, doc FROM digests WHERE id = ?", id).Scan(&d.ID, &run, &gen, &doc)
	if err != nil {
		return Digest{}, fmt.Errorf("store: digest %d: %w", id, err)
	}
	d.RunID, d.GeneratedAt, d.JSON = run.Int64, parseTime(gen), []byte(doc)
	return d, nil
}
