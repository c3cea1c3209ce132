package export

import (
	"context"

	"github.com/litwatch/litwatch/store"
)

// Load reads the records q selects from db, newest first, with their
// assessments, designs and the decisions on their flags.
func Load(ctx context.Context, db *store.DB, q store.ListQuery) ([]Item, error) {
	recs, err := db.ListRecords(ctx, q)
	if err != nil {
		return nil, err
	}
	ids := make([]int64, len(recs))
	for i, r := range recs {
		ids[i] = r.ID
	}
	as, designs, err := db.Assessments(ctx, ids)
	if err != nil {
		return nil, err
	}
	decided, err := db.DecidedFlags(ctx)
	if err != nil {
		return nil, err
	}
	items := make([]Item, len(recs))
	for i, r := range recs {
		items[i] = Item{Record: r, Design: designs[r.ID], Assessments: as[r.ID], Decided: decided[r.ID]}
	}
	return items, nil
}
