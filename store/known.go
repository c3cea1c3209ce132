package store

import (
	"context"
	"fmt"
)

// knownChunk is how many values one KnownIDs query asks about, well under
// SQLite's limit on bound parameters.
const knownChunk = 500

// KnownIDs reports which of values are stored as identifiers of the given
// kind ("pmid", "doi", "pmcid", "nct", "ppr", "openalex"), normalised as FindByID does. The
// map is keyed by the values as given and holds only those found; a value
// that does not normalise (not a PMID, say) is never found. It asks one
// query per 500 distinct values.
func (db *DB) KnownIDs(ctx context.Context, kind string, values []string) (map[string]bool, error) {
	norm, err := idNormaliser(kind)
	if err != nil {
		return nil, err
	}
	given := make(map[string][]string, len(values)) // normalised -> as given
	var keys []string
	for _, v := range values {
		n := norm(v)
		if n == "" {
			continue
		}
		if _, ok := given[n]; !ok {
			keys = append(keys, n)
		}
		given[n] = append(given[n], v)
	}
	found := make(map[string]bool)
	for start := 0; start < len(keys); start += knownChunk {
		chunk := keys[start:min(len(keys), start+knownChunk)]
		args := []any{kind}
		for _, k := range chunk {
			args = append(args, k)
		}
		q := "SELECT value FROM identifiers WHERE kind = ? AND value IN (" + placeholders(len(chunk)) + ")"
		if err := db.knownChunk(ctx, q, args, func(v string) {
			for _, g := range given[v] {
				found[g] = true
			}
		}); err != nil {
			return nil, fmt.Errorf("store: look up %d %s identifiers: %w", len(chunk), kind, err)
		}
	}
	return found, nil
}

func (db *DB) knownChunk(ctx context.Context, q string, args []any, fn func(string)) error {
	rows, err := db.db.QueryContext(ctx, q, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var v string
		if err := rows.Scan(&v); err != nil {
			return err
		}
		fn(v)
	}
	return rows.Err()
}

// idNormaliser returns the function that puts an identifier of kind in its
// stored form.
func idNormaliser(kind string) (func(string) string, error) {
	switch kind {
	case "pmid":
		return NormPMID, nil
	case "doi":
		return NormDOI, nil
	case "pmcid":
		return NormPMCID, nil
	case "nct":
		return NormNCT, nil
	case "ppr":
		return NormPPR, nil
	case "openalex":
		return NormOpenAlex, nil
	}
	return nil, fmt.Errorf("store: unknown identifier kind %q", kind)
}
