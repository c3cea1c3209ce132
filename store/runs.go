package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"time"
)

// StartRun records the start of a crawl cycle. Runs left "running" by a
// process that died are marked "abandoned" first.
func (db *DB) StartRun(ctx context.Context) (int64, error) {
	now := fmtTime(db.Now())
	var id int64
	err := db.tx(ctx, func(tx *sql.Tx) error {
		if _, err := tx.ExecContext(ctx, "UPDATE runs SET status = 'abandoned', finished_at = ? WHERE status = 'running'", now); err != nil {
			return err
		}
		res, err := tx.ExecContext(ctx, "INSERT INTO runs (started_at, status) VALUES (?, 'running')", now)
		if err != nil {
			return err
		}
		id, err = res.LastInsertId()
		return err
	})
	if err != nil {
		return 0, fmt.Errorf("store: start run: %w", err)
	}
	return id, nil
}

// FinishRun sets a run's final status ("done" or "failed").
func (db *DB) FinishRun(ctx context.Context, runID int64, status string) error {
	if _, err := db.db.ExecContext(ctx, "UPDATE runs SET status = ?, finished_at = ? WHERE id = ?", status, fmtTime(db.Now()), runID); err != nil {
		return fmt.Errorf("store: finish run %d: %w", runID, err)
	}
	return nil
}

// FinishSource records what a source did in a run. When the source
// succeeded (no errors), its watermark moves to res.To in the same
// transaction; a failed source leaves its watermark where it was.
//
// Error messages often quote what a server sent: each is cleaned of
// control characters (see CleanText) and cut to MaxErrorBytes before it is
// stored. The skipped records are stored with their reasons.
func (db *DB) FinishSource(ctx context.Context, runID int64, res SourceResult) error {
	res = res.Cleaned()
	ej, err := json.Marshal(res.Errors)
	if err != nil {
		return fmt.Errorf("store: encode errors: %w", err)
	}
	reasons := res.SkipReasons
	if reasons == nil {
		reasons = map[string]int{}
	}
	sj, err := json.Marshal(reasons)
	if err != nil {
		return fmt.Errorf("store: encode skip reasons: %w", err)
	}
	ok := len(res.Errors) == 0
	err = db.tx(ctx, func(tx *sql.Tx) error {
		if _, err := tx.ExecContext(ctx, `INSERT INTO run_sources (run_id, source, window_from, window_to, fetched, new, errors, ok, skipped, skip_reasons)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
			ON CONFLICT (run_id, source) DO UPDATE SET window_from = excluded.window_from, window_to = excluded.window_to,
			fetched = excluded.fetched, new = excluded.new, errors = excluded.errors, ok = excluded.ok,
			skipped = excluded.skipped, skip_reasons = excluded.skip_reasons`,
			runID, res.Name, res.From.UTC().Format(dayLayout), res.To.UTC().Format(dayLayout), res.Fetched, res.New, string(ej), ok,
			res.Skipped, string(sj)); err != nil {
			return err
		}
		if !ok {
			return nil
		}
		_, err := tx.ExecContext(ctx, `INSERT INTO watermarks (source, through, updated_at) VALUES (?, ?, ?)
			ON CONFLICT (source) DO UPDATE SET through = excluded.through, updated_at = excluded.updated_at`,
			res.Name, res.To.UTC().Format(dayLayout), fmtTime(db.Now()))
		return err
	})
	if err != nil {
		return fmt.Errorf("store: finish source %s of run %d: %w", res.Name, runID, err)
	}
	return nil
}

// Watermark returns the last day a source delivered completely, or false
// if it never succeeded.
func (db *DB) Watermark(ctx context.Context, source string) (time.Time, bool, error) {
	var s string
	err := db.db.QueryRowContext(ctx, "SELECT through FROM watermarks WHERE source = ?", source).Scan(&s)
	if errors.Is(err, sql.ErrNoRows) {
		return time.Time{}, false, nil
	}
	if err != nil {
		return time.Time{}, false, fmt.Errorf("store: watermark of %s: %w", source, err)
	}
	t, err := time.Parse(dayLayout, s)
	if err != nil {
		return time.Time{}, false, fmt.Errorf("store: watermark of %s is %q: %w", source, s, err)
	}
	return t, true, nil
}

// Run returns a run with its per-source results.
func (db *DB) Run(ctx context.Context, runID int64) (Run, error) {
	var r Run
	var started string
	var finished sql.NullString
	err := db.db.QueryRowContext(ctx, "SELECT id, started_at, finished_at, status FROM runs WHERE id = ?", runID).Scan(&r.ID, &started, &finished, &r.Status)
	if err != nil {
		return Run{}, fmt.Errorf("store: run %d: %w", runID, err)
	}
	r.StartedAt = parseTime(started)
	if finished.Valid {
		r.FinishedAt = parseTime(finished.String)
	}
	rows, err := db.db.QueryContext(ctx, "SELECT source, window_from, window_to, fetched, new, errors, skipped, skip_reasons FROM run_sources WHERE run_id = ? ORDER BY rowid", runID)
	if err != nil {
		return Run{}, fmt.Errorf("store: sources of run %d: %w", runID, err)
	}
	defer rows.Close()
	for rows.Next() {
		var s SourceResult
		var from, to, errs, reasons string
		if err := rows.Scan(&s.Name, &from, &to, &s.Fetched, &s.New, &errs, &s.Skipped, &reasons); err != nil {
			return Run{}, fmt.Errorf("store: sources of run %d: %w", runID, err)
		}
		s.From, _ = time.Parse(dayLayout, from)
		s.To, _ = time.Parse(dayLayout, to)
		if err := json.Unmarshal([]byte(errs), &s.Errors); err != nil {
			return Run{}, fmt.Errorf("store: errors of %s in run %d: %w", s.Name, runID, err)
		}
		if err := json.Unmarshal([]byte(reasons), &s.SkipReasons); err != nil {
			return Run{}, fmt.Errorf("store: skip reasons of %s in run %d: %w", s.Name, runID, err)
		}
		if len(s.SkipReasons) == 0 {
			s.SkipReasons = nil
		}
		r.Sources = append(r.Sources, s)
	}
	return r, rows.Err()
}

// LastRun returns the most recent run, or false if none.
func (db *DB) LastRun(ctx context.Context) (Run, bool, error) {
	var id int64
	err := db.db.QueryRowContext(ctx, "SELECT id FROM runs ORDER BY id DESC LIMIT 1").Scan(&id)
	if errors.Is(err, sql.ErrNoRows) {
		return Run{}, false, nil
	}
	if err != nil {
		return Run{}, false, fmt.Errorf("store: last run: %w", err)
	}
	r, err := db.Run(ctx, id)
	return r, err == nil, err
}

// Watermarks returns every source's watermark.
func (db *DB) Watermarks(ctx context.Context) (map[string]time.Time, error) {
	rows, err := db.db.QueryContext(ctx, "SELECT source, through FROM watermarks ORDER BY source")
	if err != nil {
		return nil, fmt.Errorf("store: watermarks: %w", err)
	}
	defer rows.Close()
	out := map[string]time.Time{}
	for rows.Next() {
		var s, d string
		if err := rows.Scan(&s, &d); err != nil {
			return nil, fmt.Errorf("store: watermarks: %w", err)
		}
		out[s], _ = time.Parse(dayLayout, d)
	}
	return out, rows.Err()
}
