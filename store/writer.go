package store

import (
	"context"
	"database/sql"
	"fmt"
)

// Writer makes several of the store's writes in one transaction (Write):
// a bulk load that stores records, assesses them and reports them writes
// each record's pages to the WAL once, at its commit, not once a step (as
// long as the connection's page cache holds the transaction's pages:
// bigstore sets a larger one). The search
// index's changes of all its steps are made at its end, in rowid order
// (indexQueue), and a record it stores and assesses is indexed once, from
// memory, with the tags its assessments give it.
type Writer struct {
	db  *DB
	st  *stmts
	ix  indexQueue
	now string
}

// Write runs fn in one write transaction and commits it if fn returns nil;
// otherwise nothing fn wrote is kept. The Writer must not be used after fn
// returns.
func (db *DB) Write(ctx context.Context, fn func(w *Writer) error) error {
	err := db.tx(ctx, func(tx *sql.Tx) error {
		w := &Writer{db: db, st: newStmts(ctx, tx), ix: indexQueue{}, now: fmtTime(db.Now())}
		if err := fn(w); err != nil {
			return err
		}
		return w.ix.apply(w.st)
	})
	if err != nil {
		return fmt.Errorf("store: write: %w", err)
	}
	return nil
}

// SaveBatch is DB.SaveBatch in the Writer's transaction.
func (w *Writer) SaveBatch(runID int64, source string, recs []Record) (SaveResult, error) {
	return w.SavePrepared(runID, PrepareBatch(recs, source))
}

// PreparedBatch is a batch of records from one source made ready to store
// (PrepareBatch).
type PreparedBatch struct {
	source string
	n      int
	recs   []prepared
}

// PrepareBatch does what SaveBatch does to a batch from source before its
// transaction (each record cleaned, normalised, its identifiers taken and
// encoded, on every core) so that a bulk loader can prepare its next batch
// while the current one is written (Writer.SavePrepared). It depends on
// the records alone, not on the store.
func PrepareBatch(recs []Record, source string) *PreparedBatch {
	return &PreparedBatch{source: source, n: len(recs), recs: prepareBatch(recs, source)}
}

// SavePrepared is SaveBatch of a prepared batch in the Writer's
// transaction.
func (w *Writer) SavePrepared(runID int64, b *PreparedBatch) (SaveResult, error) {
	res, _, err := w.db.saveBatchTx(w.st, w.ix, w.now, runID, b.recs, false)
	if err != nil {
		return SaveResult{}, fmt.Errorf("save %d records from %s: %w", b.n, b.source, err)
	}
	return res, nil
}

// SaveAssessmentsBatch is DB.SaveAssessmentsBatch in the Writer's
// transaction.
func (w *Writer) SaveAssessmentsBatch(batch []Assessed) error {
	return saveAssessmentsTx(w.st, w.ix, w.now, batch)
}

// SaveDigest is DB.SaveDigest in the Writer's transaction.
func (w *Writer) SaveDigest(d Digest, recordIDs []int64) (int64, error) {
	id, err := saveDigestTx(w.st, w.now, d, recordIDs)
	if err != nil {
		return 0, fmt.Errorf("save digest: %w", err)
	}
	return id, nil
}
