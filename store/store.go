package store

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync/atomic"
	"time"

	_ "modernc.org/sqlite" // registers the "sqlite" driver
)

//go:embed migrations/*.sql
var migrationFiles embed.FS

// DB is litwatch's SQLite database.
type DB struct {
	db   *sql.DB
	path string
	// Now is the clock used for timestamps; tests may replace it.
	Now func() time.Time
	// indexWhenStored: SaveBatch indexes its records for search at once
	// (SetIndexWhenStored).
	indexWhenStored atomic.Bool
}

// SetIndexWhenStored says whether SaveBatch indexes the records it stores
// for search in its own transaction, rather than leaving them to wait for
// their first assessments (indexQueue). A process that stores records it
// will not assess, `litwatch import` without --known, sets it: its records
// would be indexed before it ends anyway (IndexWaiting), and indexed as
// they are stored they are tokenised from the batch in memory, while the
// next batch is read, instead of read back from the store at the end. A
// cycle, which assesses what it stores, leaves it off. SaveKnownBatch is
// not affected: a known import is assessed right after.
func (db *DB) SetIndexWhenStored(on bool) { db.indexWhenStored.Store(on) }

// ErrNewerSchema is returned by Open when the database was written by a
// newer litwatch than this one.
var ErrNewerSchema = errors.New("database schema is newer than this litwatch understands")

// Open opens (creating if needed) the database at path and applies pending
// migrations. Per-connection pragmas are set in the DSN so that every
// pooled connection gets them.
func Open(ctx context.Context, path string) (*DB, error) {
	if path == "" {
		return nil, errors.New("store: empty database path")
	}
	if dir := filepath.Dir(path); dir != "." {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return nil, fmt.Errorf("store: create directory for %s: %w", path, err)
		}
	}
	q := url.Values{}
	q.Add("_pragma", "foreign_keys(1)")
	q.Add("_pragma", "busy_timeout(15000)")
	q.Add("_pragma", "synchronous(normal)")
	q.Set("_txlock", "immediate")
	dsn := "file:" + (&url.URL{Path: path}).EscapedPath() + "?" + q.Encode()
	sqldb, err := sql.Open("sqlite", dsn)
	if err != nil {
		return nil, fmt.Errorf("store: open %s: %w", path, err)
	}
	db := &DB{db: sqldb, path: path, Now: func() time.Time { return time.Now().UTC() }}
	if err := sqldb.PingContext(ctx); err != nil {
		sqldb.Close()
		return nil, fmt.Errorf("store: open %s: %w", path, err)
	}
	if err := db.migrate(ctx); err != nil {
		sqldb.Close()
		return nil, fmt.Errorf("store: %s: %w", path, err)
	}
	// WAL (readers beside the writer) is switched on only once the schema
	// is known to be ours: a database this build refuses is left as it was.
	// The mode is kept in the file, so one connection sets it for all.
	if err := db.setWAL(ctx); err != nil {
		sqldb.Close()
		return nil, fmt.Errorf("store: %s: set WAL mode: %w", path, err)
	}
	// Records a process stored but did not assess before it ended are
	// indexed now (indexQueue).
	if err := db.indexWaiting(ctx); err != nil {
		sqldb.Close()
		return nil, fmt.Errorf("store: %s: %w", path, err)
	}
	return db, nil
}

// setWAL switches the database to WAL mode. The switch needs the database
// to itself, and SQLite answers "database is locked" at once, without
// waiting for busy_timeout, while another process opening the same new
// database holds it (migrating, or switching too): it is tried again for
// as long as busy_timeout would wait.
func (db *DB) setWAL(ctx context.Context) error {
	deadline := time.Now().Add(15 * time.Second)
	for {
		var mode string
		err := db.db.QueryRowContext(ctx, "PRAGMA journal_mode = wal").Scan(&mode)
		if err == nil || !strings.Contains(err.Error(), "database is locked") || time.Now().After(deadline) {
			return err
		}
		select {
		case <-ctx.Done():
			return err
		case <-time.After(20 * time.Millisecond):
		}
	}
}

// indexWaiting indexes the records waiting for their first indexing, if
// any.
func (db *DB) indexWaiting(ctx context.Context) error {
	waiting, err := anyUnindexed(ctx, db.db)
	if err != nil || !waiting {
		return err
	}
	_, err = db.IndexWaiting(ctx)
	return err
}

// Close closes the database.
func (db *DB) Close() error { return db.db.Close() }

// Path is the database file's path.
func (db *DB) Path() string { return db.path }

// SQL exposes the underlying handle for read-only diagnostics in tests and
// the status command.
func (db *DB) SQL() *sql.DB { return db.db }

// SchemaVersion is the number of migrations this build knows.
func SchemaVersion() int {
	names, _ := migrationNames()
	return len(names)
}

func migrationNames() ([]string, error) {
	names, err := fs.Glob(migrationFiles, "migrations/*.sql")
	if err != nil {
		return nil, err
	}
	sort.Strings(names)
	return names, nil
}

// migrate applies the embedded migrations not yet applied, each in its own
// transaction. Migration N is the N-th file in lexical order; the applied
// version is kept in PRAGMA user_version.
func (db *DB) migrate(ctx context.Context) error {
	names, err := migrationNames()
	if err != nil {
		return fmt.Errorf("list migrations: %w", err)
	}
	return db.migrateTo(ctx, names)
}

// migrateTo applies the migrations names (all of them, or the first ones
// in a test of a migration) not yet applied.
func (db *DB) migrateTo(ctx context.Context, names []string) error {
	var version int
	if err := db.db.QueryRowContext(ctx, "PRAGMA user_version").Scan(&version); err != nil {
		return fmt.Errorf("not a usable SQLite database: %w", err)
	}
	if version > len(names) {
		return fmt.Errorf("%w (database version %d, this build knows %d): upgrade litwatch", ErrNewerSchema, version, len(names))
	}
	for i := version; i < len(names); i++ {
		body, err := migrationFiles.ReadFile(names[i])
		if err != nil {
			return fmt.Errorf("read migration %s: %w", names[i], err)
		}
		// The version is read again inside the (immediate) transaction, so
		// two processes opening a new database at once apply each step once.
		if err := db.tx(ctx, func(tx *sql.Tx) error {
			var current int
			if err := tx.QueryRowContext(ctx, "PRAGMA user_version").Scan(&current); err != nil {
				return err
			}
			if current > i {
				return nil
			}
			if _, err := tx.ExecContext(ctx, string(body)); err != nil {
				return err
			}
			_, err := tx.ExecContext(ctx, "PRAGMA user_version = "+strconv.Itoa(i+1))
			return err
		}); err != nil {
			return fmt.Errorf("apply migration %s: %w", names[i], err)
		}
	}
	return nil
}

// tx runs fn in a transaction, committing if it returns nil.
func (db *DB) tx(ctx context.Context, fn func(tx *sql.Tx) error) error {
	tx, err := db.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback() //nolint:errcheck // after Commit this is a no-op
	if err := fn(tx); err != nil {
		return err
	}
	return tx.Commit()
}

// CheckIntegrity runs PRAGMA integrity_check and returns an error unless it
// reports ok.
func (db *DB) CheckIntegrity(ctx context.Context) error {
	rows, err := db.db.QueryContext(ctx, "PRAGMA integrity_check")
	if err != nil {
		return fmt.Errorf("store: integrity check: %w", err)
	}
	defer rows.Close()
	var msgs []string
	for rows.Next() {
		var m string
		if err := rows.Scan(&m); err != nil {
			return fmt.Errorf("store: integrity check: %w", err)
		}
		msgs = append(msgs, m)
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("store: integrity check: %w", err)
	}
	if len(msgs) != 1 || msgs[0] != "ok" {
		return fmt.Errorf("store: integrity check failed: %s", strings.Join(msgs, "; "))
	}
	return nil
}

const dayLayout = "2006-01-02"

func fmtTime(t time.Time) string { return t.UTC().Format(time.RFC3339) }

func parseTime(s string) time.Time {
	t, _ := time.Parse(time.RFC3339, s)
	return t
}

// stmts prepares each statement of a transaction once: a batch runs the
// same few statements for every record. The statements end with the
// transaction.
type stmts struct {
	ctx context.Context
	tx  *sql.Tx
	m   map[string]*sql.Stmt
}

func newStmts(ctx context.Context, tx *sql.Tx) *stmts {
	return &stmts{ctx: ctx, tx: tx, m: make(map[string]*sql.Stmt)}
}

func (s *stmts) prep(query string) (*sql.Stmt, error) {
	if st, ok := s.m[query]; ok {
		return st, nil
	}
	st, err := s.tx.PrepareContext(s.ctx, query)
	if err != nil {
		return nil, err
	}
	s.m[query] = st
	return st, nil
}

func (s *stmts) exec(query string, args ...any) (sql.Result, error) {
	st, err := s.prep(query)
	if err != nil {
		return nil, err
	}
	return st.ExecContext(s.ctx, args...)
}

// scan reads the first row of a query into dest (sql.ErrNoRows if none).
func (s *stmts) scan(query string, args []any, dest ...any) error {
	st, err := s.prep(query)
	if err != nil {
		return err
	}
	return st.QueryRowContext(s.ctx, args...).Scan(dest...)
}

func (s *stmts) query(query string, args ...any) (*sql.Rows, error) {
	st, err := s.prep(query)
	if err != nil {
		return nil, err
	}
	return st.QueryContext(s.ctx, args...)
}
