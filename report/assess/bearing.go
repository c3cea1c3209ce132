package assess

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"

	"github.com/litwatch/litwatch/report/claims"
	"github.com/litwatch/litwatch/store"
)

// CheckStored fills in check's Bearing and Stored: the records stored in
// the database at path (newest first) that each of its claims bears on,
// by a new assessor of its claims. When there is no database there, it
// creates none, and check's Note says so.
func CheckStored(ctx context.Context, path string, check *claims.Check) error {
	if _, err := os.Stat(path); err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			check.Note = fmt.Sprintf("No database at %s, so no stored records were judged (name one with --db or store.path, or run `litwatch run` first).", path)
			return nil
		}
		return fmt.Errorf("database %s: %w", path, err)
	}
	db, err := store.Open(ctx, path)
	if err != nil {
		return err
	}
	defer db.Close()
	recs, err := db.ListRecords(ctx, store.ListQuery{}) // newest first
	if err != nil {
		return err
	}
	check.Bearing, err = Bearings(ctx, New(check.Set.Claims...), recs, check.Set.Claims)
	check.Stored = len(recs)
	return err
}

// Bearings judges recs against cs as a cycle would (each record read once,
// then judged against each claim, on every core) and returns, by claim id,
// how many of recs each claim bears on, how many of those are flagged, and
// the first claims.SampleCount of them in the order of recs. Every claim
// of cs has an entry. It is what `litwatch claims check` shows, so that a
// change of a claim's terms can be seen on the stored records at once.
func Bearings(ctx context.Context, a Assessor, recs []store.Record, cs []claims.Claim) (map[string]claims.Bearing, error) {
	res, err := AssessAll(ctx, a, recs, cs, 0)
	if err != nil {
		return nil, err
	}
	out := make(map[string]claims.Bearing, len(cs))
	for _, c := range cs {
		out[c.ID] = claims.Bearing{}
	}
	for i, r := range res {
		for _, as := range r.Assessments {
			b := out[as.Claim]
			b.Count++
			if as.Flagged {
				b.Flagged++
			}
			if len(b.Samples) < claims.SampleCount {
				b.Samples = append(b.Samples, claims.Sample{ID: recs[i].ID, Year: recs[i].Year, Title: recs[i].Title})
			}
			out[as.Claim] = b
		}
	}
	return out, nil
}
