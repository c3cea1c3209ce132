package store

import (
	"context"
	"fmt"
)

// BasisUpdate is a notice updating a work a claim rests on.
type BasisUpdate struct {
	BasisDOI  string
	NoticeDOI string
	Type      string // e.g. "retraction", "correction", "new_version"
	Source    string // who asserted it, e.g. "publisher", "retraction-watch"
	Label     string
}

// SaveBasisUpdate records an update and reports whether it was not known
// before.
func (db *DB) SaveBasisUpdate(ctx context.Context, u BasisUpdate) (bool, error) {
	res, err := db.db.ExecContext(ctx, `INSERT INTO basis_updates (basis_doi, notice_doi, type, source, label, first_seen)
		VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
		NormDOI(u.BasisDOI), NormDOI(u.NoticeDOI), u.Type, u.Source, u.Label, fmtTime(db.Now()))
	if err != nil {
		return false, fmt.Errorf("store: save update of %s: %w", u.BasisDOI, err)
	}
	n, _ := res.RowsAffected()
	return n == 1, nil
}
