package store

import (
	"cmp"
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"maps"
	"runtime"
	"slices"
	"strings"
	"sync"
	"time"
	"unicode/utf8"
)

// Reasons SaveBatch does not store a record (SaveResult.SkipReasons),
// worded to follow "N records with".
const (
	SkipNoTitle = "no title"
	SkipNoID    = "no identifier (PMID, DOI, PMCID, NCT number, Europe PMC preprint id or OpenAlex id)"
)

// SaveResult says what SaveBatch did.
type SaveResult struct {
	New     int // records not seen before
	Updated int // records already stored, merged with the new copy
	// Joined counts stored records found to be one work with another (a
	// copy brought identifiers of both) and joined into it.
	Joined int
	// Skipped counts the records not stored, SkipReasons says why
	// (SkipNoTitle, SkipNoID -> count).
	Skipped     int
	SkipReasons map[string]int
}

func (res *SaveResult) skip(why string) {
	if res.SkipReasons == nil {
		res.SkipReasons = make(map[string]int)
	}
	res.SkipReasons[why]++
	res.Skipped++
}

// SaveBatch stores a batch of records from one source in one transaction.
// A record whose identifiers (PMID, DOI, PMCID, NCT, Europe PMC preprint
// id, OpenAlex id) match a stored record is merged into it, so a work is
// stored once however often it is fetched; when they match several stored
// records, those are joined into the oldest first. Text from the source is
// cleaned and capped first (see CleanText, MaxTitleRunes,
// MaxAbstractBytes). A record without a title or any identifier is not
// stored, and counted in SkipReasons.
func (db *DB) SaveBatch(ctx context.Context, runID int64, source string, recs []Record) (SaveResult, error) {
	res, _, err := db.saveBatch(ctx, runID, source, recs, false)
	return res, err
}

// SaveKnownBatch stores a batch as SaveBatch does, outside any run, and
// marks each of its records already known (`litwatch import --known`): a
// known record is stored, searched and assessed like any other, but never
// reported by a digest as new, and neither is a later copy merged into it.
// A record some digest has already reported keeps its place in it. It
// returns the stored record of each record saved, in batch order (0 for
// a skipped one).
func (db *DB) SaveKnownBatch(ctx context.Context, source string, recs []Record) (SaveResult, []int64, error) {
	return db.saveBatch(ctx, 0, source, recs, true)
}

func (db *DB) saveBatch(ctx context.Context, runID int64, source string, recs []Record, known bool) (SaveResult, []int64, error) {
	// Each record is cleaned and encoded before the transaction, on every
	// core: the transaction itself runs on one.
	prep := prepareBatch(recs, source)
	var res SaveResult
	var saved []int64
	err := db.tx(ctx, func(tx *sql.Tx) error {
		st, ix := newStmts(ctx, tx), indexQueue{}
		var err error
		if res, saved, err = db.saveBatchTx(st, ix, fmtTime(db.Now()), runID, prep, known); err != nil {
			return err
		}
		return ix.apply(st)
	})
	if err != nil {
		return SaveResult{}, nil, fmt.Errorf("store: save %d records from %s: %w", len(recs), source, err)
	}
	return res, saved, nil
}

// saveBatchTx stores a prepared batch (prepareBatch) in st's transaction
// at the time now, queueing its changes to the search index in ix, which
// the caller applies. Its results are saveBatch's.
func (db *DB) saveBatchTx(st *stmts, ix indexQueue, now string, runID int64, prep []prepared, known bool) (SaveResult, []int64, error) {
	var res SaveResult
	var saved []int64
	if known {
		saved = make([]int64, len(prep))
	}
	sv := &saver{st: st, now: now, ix: ix}
	if runID > 0 {
		sv.run = runID
	}
	if err := sv.lookUp(prep); err != nil {
		return res, nil, err
	}
	for i := range prep {
		p := &prep[i]
		if p.skip != "" {
			res.skip(p.skip)
			continue
		}
		r, ids := p.rec, p.ids
		matches, err := sv.matchIDs(ids)
		if err != nil {
			return res, nil, err
		}
		var existing int64
		if len(matches) > 0 {
			existing = matches[0]
			joined, err := sv.joinAll(existing, matches[1:])
			if err != nil {
				return res, nil, err
			}
			res.Joined += joined
		} else if existing, err = sv.matchTitle(&r, p.key); err != nil {
			return res, nil, err
		}
		if existing == 0 {
			if p.err != nil {
				return res, nil, fmt.Errorf("encode record: %w", p.err)
			}
			if existing, err = sv.insertRecord(&r, ids, p.key, p.data); err != nil {
				return res, nil, err
			}
			res.New++
		} else {
			if err := sv.mergeRecord(existing, &r, ids); err != nil {
				return res, nil, err
			}
			res.Updated++
		}
		if known {
			if _, err := sv.st.exec("UPDATE records SET known_at = coalesce(known_at, ?) WHERE id = ? AND digest_id IS NULL", sv.now, existing); err != nil {
				return res, nil, fmt.Errorf("mark record %d known: %w", existing, err)
			}
			saved[i] = existing
		}
	}
	// A record joined into another may have been one saved before.
	for i, id := range saved {
		if sv.ix[id] != nil && sv.ix[id].gone {
			saved[i] = 0
		}
	}
	if !known && db.indexWhenStored.Load() {
		// Indexed now, not when first assessed (SetIndexWhenStored).
		for _, c := range sv.ix {
			c.assessed = true
		}
	}
	return res, saved, nil
}

// prepared is a record of a batch made ready to store: cleaned,
// normalised, its identifiers taken (identifiers) and its trial linked
// (linkNCT), in that order; or the reason it is not stored.
type prepared struct {
	rec  Record
	ids  [][2]string
	skip string // SkipNoTitle, SkipNoID, or "" to store it
	key  string // TitleKey(rec.Title)
	data []byte // rec as JSON, as a new record stores it
	err  error  // encoding rec failed
}

// prepareBatch prepares each record of a batch from source (see
// prepared), on up to GOMAXPROCS goroutines for a large batch. Each
// record's preparation depends on that record alone.
func prepareBatch(recs []Record, source string) []prepared {
	out := make([]prepared, len(recs))
	workers := min(runtime.GOMAXPROCS(0), len(recs)/minPrepareShare)
	if workers <= 1 {
		for i := range recs {
			out[i] = prepareRecord(recs[i], source)
		}
		return out
	}
	var wg sync.WaitGroup
	share := (len(recs) + workers - 1) / workers
	for from := 0; from < len(recs); from += share {
		to := min(from+share, len(recs))
		wg.Go(func() {
			for i := from; i < to; i++ {
				out[i] = prepareRecord(recs[i], source)
			}
		})
	}
	wg.Wait()
	return out
}

// minPrepareShare is the fewest records worth a goroutine of their own in
// prepareBatch.
const minPrepareShare = 32

func prepareRecord(r Record, source string) prepared {
	sanitise(&r)
	normalise(&r)
	if r.Source == "" {
		r.Source = source
	}
	ids := identifiers(&r)
	linkNCT(&r)
	switch {
	case r.Title == "":
		return prepared{skip: SkipNoTitle}
	case len(ids) == 0:
		return prepared{skip: SkipNoID}
	}
	data, err := json.Marshal(&r)
	return prepared{rec: r, ids: ids, key: TitleKey(r.Title), data: data, err: err}
}

// saver is one SaveBatch transaction: its statements, prepared once, its
// time and run, and the changes to the search index it makes at its end.
type saver struct {
	st  *stmts
	now string
	run any // the run's id, or nil
	ix  indexQueue
	// idOf is the record that holds each identifier of the batch (0:
	// none), as the identifiers table says at each step of the
	// transaction: read at its start (lookUp), kept up to date as it
	// writes.
	idOf map[[2]string]int64
	// titled holds every title key of the batch's records that some
	// stored record may have (a record's title key missing from it is
	// held by none): those stored before the transaction, and every key
	// it writes.
	titled map[string]bool
}

// lookUpChunk is how many values one lookup statement of lookUp names.
const lookUpChunk = 500

// lookUp reads, with a few statements for the whole batch, which stored
// records hold the identifiers of the batch's records and which of their
// title keys some stored record has, rather than one statement per
// identifier and record.
func (sv *saver) lookUp(prep []prepared) error {
	sv.idOf = make(map[[2]string]int64)
	sv.titled = make(map[string]bool)
	byKind := map[string][]any{}
	var keys []any
	for i := range prep {
		p := &prep[i]
		if p.skip != "" {
			continue
		}
		for _, id := range p.ids {
			if _, ok := sv.idOf[id]; !ok {
				sv.idOf[id] = 0
				byKind[id[0]] = append(byKind[id[0]], id[1])
			}
		}
		if titleMatchable(p.key) {
			if _, ok := sv.titled[p.key]; !ok {
				sv.titled[p.key] = false
				keys = append(keys, p.key)
			}
		}
	}
	for _, kind := range slices.Sorted(maps.Keys(byKind)) {
		for chunk := range slices.Chunk(byKind[kind], lookUpChunk) {
			err := sv.each("SELECT value, record_id FROM identifiers WHERE kind = ? AND value IN ("+placeholders(len(chunk))+")",
				append([]any{kind}, chunk...), func(rows *sql.Rows) error {
					var value string
					var rid int64
					if err := rows.Scan(&value, &rid); err != nil {
						return err
					}
					sv.idOf[[2]string{kind, value}] = rid
					return nil
				})
			if err != nil {
				return fmt.Errorf("look up identifiers: %w", err)
			}
		}
	}
	for chunk := range slices.Chunk(keys, lookUpChunk) {
		err := sv.each("SELECT DISTINCT title_key FROM records WHERE title_key IN ("+placeholders(len(chunk))+")", chunk, func(rows *sql.Rows) error {
			var key string
			if err := rows.Scan(&key); err != nil {
				return err
			}
			sv.titled[key] = true
			return nil
		})
		if err != nil {
			return fmt.Errorf("look up titles: %w", err)
		}
	}
	return nil
}

// each runs a query and calls fn for each row.
func (sv *saver) each(query string, args []any, fn func(*sql.Rows) error) error {
	rows, err := sv.st.query(query, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		if err := fn(rows); err != nil {
			return err
		}
	}
	return rows.Err()
}

// placeholders is n comma-separated "?" for an IN list.
func placeholders(n int) string { return strings.TrimSuffix(strings.Repeat("?,", n), ",") }

// matchIDs returns the distinct records any of ids points at, lowest id
// first. ids are a record's of the batch (lookUp).
func (sv *saver) matchIDs(ids [][2]string) ([]int64, error) {
	var found []int64
	for _, id := range ids {
		rid, ok := sv.idOf[id]
		if !ok {
			return nil, fmt.Errorf("look up %s %s: not one of the batch's identifiers", id[0], id[1])
		}
		if rid != 0 && !slices.Contains(found, rid) {
			found = append(found, rid)
		}
	}
	slices.Sort(found)
	return found, nil
}

// joinAll joins each of others into the stored record keep (see
// joinRecords), except a record whose PMID or PMCID differs from keep's:
// that is another work, whatever identifier a copy shares with both. It
// returns how many were joined.
func (sv *saver) joinAll(keep int64, others []int64) (int, error) {
	n := 0
	for _, other := range others {
		ok, err := sv.joinRecords(keep, other)
		if err != nil {
			return n, err
		}
		if ok {
			n++
		}
	}
	return n, nil
}

// joinRecords makes the stored record other part of keep: their data are
// merged (keep's values first), other's identifiers, assessments and flag
// reviews move to keep (keep's win where both have one), keep counts as
// reported if either was, and other is deleted. Two records with different
// PMIDs or PMCIDs are not joined (false).
func (sv *saver) joinRecords(keep, other int64) (bool, error) {
	a, err := sv.loadRecord(keep)
	if err != nil {
		return false, err
	}
	b, err := sv.loadRecord(other)
	if err != nil {
		return false, err
	}
	if conflictingIDs(&a, &b) {
		return false, nil
	}
	merged := Merge(a, b)
	data, err := json.Marshal(merged)
	if err != nil {
		return false, fmt.Errorf("encode record %d: %w", keep, err)
	}
	steps := []struct {
		what  string
		query string
		args  []any
	}{
		{"update", `UPDATE records SET title = ?, title_key = ?, year = ?, entry_date = ?, data = ?, updated_at = ?,
			digest_id = coalesce(digest_id, (SELECT digest_id FROM records WHERE id = ?)),
			known_at = coalesce(known_at, (SELECT known_at FROM records WHERE id = ?)),
			design = coalesce(design, (SELECT design FROM records WHERE id = ?)),
			assessed_at = coalesce(assessed_at, (SELECT assessed_at FROM records WHERE id = ?))
			WHERE id = ?`,
			[]any{merged.Title, TitleKey(merged.Title), merged.Year, entryDate(&merged), string(data), sv.now, other, other, other, other, keep}},
		{"move identifiers of", "UPDATE identifiers SET record_id = ? WHERE record_id = ?", []any{keep, other}},
		{"move assessments of", `INSERT INTO assessments (record_id, claim, flagged, signal, data)
			SELECT ?, claim, flagged, signal, json_set(data, '$.record_id', ?) FROM assessments WHERE record_id = ? ON CONFLICT DO NOTHING`,
			[]any{keep, keep, other}},
		// the joined record's decisions join the kept one's history (a
		// flag decided on either stays decided)
		{"move flag decisions of", "UPDATE flag_decisions SET record_id = ? WHERE record_id = ?", []any{keep, other}},
		{"delete", "DELETE FROM records WHERE id = ?", []any{other}},
	}
	for _, st := range steps {
		if _, err := sv.st.exec(st.query, st.args...); err != nil {
			return false, fmt.Errorf("join record %d into %d: %s record %d: %w", other, keep, st.what, other, err)
		}
	}
	for id, rid := range sv.idOf {
		if rid == other {
			sv.idOf[id] = keep
		}
	}
	sv.wroteTitle(TitleKey(merged.Title))
	// The kept record's text and tags (design, assessments) changed.
	sv.ix.changed(keep)
	sv.ix.deleted(other)
	return true, nil
}

// loadRecord reads the stored record id.
func (sv *saver) loadRecord(id int64) (Record, error) {
	var data string
	if err := sv.st.scan("SELECT data FROM records WHERE id = ?", []any{id}, &data); err != nil {
		return Record{}, fmt.Errorf("load record %d: %w", id, err)
	}
	var r Record
	if err := json.Unmarshal([]byte(data), &r); err != nil {
		return Record{}, fmt.Errorf("decode record %d: %w", id, err)
	}
	return r, nil
}

// matchTitle finds a stored work with the same normalised title, a year at
// most one apart and the same first author's family name, when both sides
// name one. Titles shorter than 30 letters are too generic to match on.
func (sv *saver) matchTitle(r *Record, key string) (int64, error) {
	if !titleMatchable(key) || !sv.titled[key] {
		return 0, nil
	}
	rows, err := sv.st.query("SELECT id, year, data FROM records WHERE title_key = ? ORDER BY id", key)
	if err != nil {
		return 0, fmt.Errorf("match title: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var id int64
		var year sql.NullInt64
		var data string
		if err := rows.Scan(&id, &year, &data); err != nil {
			return 0, fmt.Errorf("match title: %w", err)
		}
		if r.Year != 0 && year.Int64 != 0 && abs(int(year.Int64)-r.Year) > 1 {
			continue
		}
		var old Record
		if err := json.Unmarshal([]byte(data), &old); err != nil {
			return 0, fmt.Errorf("match title: decode record %d: %w", id, err)
		}
		if a, b := firstFamily(old.Authors), firstFamily(r.Authors); a != "" && b != "" && a != b {
			continue
		}
		if conflictingIDs(&old, r) {
			continue
		}
		return id, nil
	}
	return 0, rows.Err()
}

// titleMatchable reports whether a title key is long enough to match
// works on (matchTitle).
func titleMatchable(key string) bool { return utf8.RuneCountInString(key) >= 30 }

// wroteTitle notes that the transaction gave a record the title key key.
func (sv *saver) wroteTitle(key string) {
	if _, ok := sv.titled[key]; ok {
		sv.titled[key] = true
	}
}

// conflictingIDs reports whether two records carry different identifiers
// of the same kind, which makes them different works whatever their titles.
func conflictingIDs(a, b *Record) bool {
	differ := func(x, y string) bool { return x != "" && y != "" && x != y }
	return differ(NormPMID(a.PMID), NormPMID(b.PMID)) || differ(NormPMCID(a.PMCID), NormPMCID(b.PMCID))
}

func firstFamily(authors []string) string {
	if len(authors) == 0 {
		return ""
	}
	f := strings.Fields(authors[0])
	if len(f) == 0 {
		return ""
	}
	return TitleKey(f[0])
}

func abs(x int) int { return max(x, -x) }

// insertRecord stores r as a new record: key is its TitleKey, data its
// JSON (prepareRecord).
func (sv *saver) insertRecord(r *Record, ids [][2]string, key string, data []byte) (int64, error) {
	res, err := sv.st.exec(`INSERT INTO records (source, title, title_key, year, entry_date, data, first_run_id, created_at, updated_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`, r.Source, r.Title, key, r.Year, entryDate(r), string(data), sv.run, sv.now, sv.now)
	if err != nil {
		return 0, fmt.Errorf("insert record %q: %w", r.Title, err)
	}
	rid, err := res.LastInsertId()
	if err != nil {
		return 0, err
	}
	sv.wroteTitle(key)
	sv.ix.inserted(rid, r)
	return rid, sv.addIDs(rid, ids)
}

func (sv *saver) addIDs(rid int64, ids [][2]string) error {
	for _, id := range ids {
		if _, err := sv.st.exec("INSERT INTO identifiers (kind, value, record_id) VALUES (?, ?, ?) ON CONFLICT DO NOTHING", id[0], id[1], rid); err != nil {
			return fmt.Errorf("insert identifier %s %s: %w", id[0], id[1], err)
		}
		if sv.idOf[id] == 0 {
			sv.idOf[id] = rid
		}
	}
	return nil
}

func entryDate(r *Record) any {
	if r.EntryDate.IsZero() {
		return nil
	}
	return r.EntryDate.UTC().Format(dayLayout)
}

// mergeRecord merges r into the stored record rid, keeping the best of each
// field: stored values win unless empty, and the longer abstract wins.
func (sv *saver) mergeRecord(rid int64, r *Record, ids [][2]string) error {
	old, err := sv.loadRecord(rid)
	if err != nil {
		return err
	}
	merged := Merge(old, *r)
	if jsonEqual(old, merged) {
		return sv.addIDs(rid, ids)
	}
	b, err := json.Marshal(merged)
	if err != nil {
		return fmt.Errorf("encode record %d: %w", rid, err)
	}
	if _, err := sv.st.exec("UPDATE records SET title = ?, title_key = ?, year = ?, entry_date = ?, data = ?, updated_at = ? WHERE id = ?",
		merged.Title, TitleKey(merged.Title), merged.Year, entryDate(&merged), string(b), sv.now, rid); err != nil {
		return fmt.Errorf("update record %d: %w", rid, err)
	}
	sv.wroteTitle(TitleKey(merged.Title))
	if merged.Update != "" && merged.Update != old.Update {
		// News about a work already reported (a trial's status changed, its
		// results were posted): the next digest reports it again.
		if _, err := sv.st.exec("UPDATE records SET digest_id = NULL WHERE id = ?", rid); err != nil {
			return fmt.Errorf("reopen record %d: %w", rid, err)
		}
	}
	if merged.Title != old.Title || merged.Abstract != old.Abstract || merged.Year != old.Year {
		sv.ix.changed(rid)
	}
	return sv.addIDs(rid, ids)
}

func jsonEqual(a, b Record) bool {
	x, _ := json.Marshal(a)
	y, _ := json.Marshal(b)
	return string(x) == string(y)
}

// Merge combines two copies of one work: a's values win unless empty; the
// longer abstract (with its sections) wins; lists are united.
//
// When the source that first delivered a work delivers it again with a
// newer entry date (a trial registration whose status changed, say), the
// new copy's title, abstract and publication types replace the old ones.
func Merge(a, b Record) Record {
	m := a
	if b.Source != "" && b.Source == a.Source && !b.EntryDate.IsZero() && b.EntryDate.After(a.EntryDate) {
		if b.Title != "" {
			m.Title = b.Title
		}
		if b.Abstract != "" {
			m.Abstract, m.Sections = b.Abstract, b.Sections
		}
		if len(b.PubTypes) > 0 {
			m.PubTypes = b.PubTypes
		}
		if b.Status != "" && a.Status != "" && b.Status != a.Status {
			m.Update = fmt.Sprintf("status changed from %s to %s", a.Status, b.Status)
		}
		if b.Status != "" {
			m.Status = b.Status
		}
		m.EntryDate = b.EntryDate
		b.EntryDate = time.Time{}
	}
	str := func(dst *string, v string) {
		if *dst == "" {
			*dst = v
		}
	}
	str(&m.PMID, b.PMID)
	str(&m.DOI, b.DOI)
	str(&m.PMCID, b.PMCID)
	str(&m.NCT, b.NCT)
	str(&m.PPR, b.PPR)
	str(&m.OpenAlex, b.OpenAlex)
	str(&m.Title, b.Title)
	str(&m.Journal, b.Journal)
	str(&m.PubDate, b.PubDate)
	str(&m.Language, b.Language)
	str(&m.Status, b.Status)
	if len(b.Abstract) > len(m.Abstract) {
		m.Abstract, m.Sections = b.Abstract, b.Sections
	}
	if m.Year == 0 {
		m.Year = b.Year
	}
	if m.EntryDate.IsZero() {
		m.EntryDate = b.EntryDate
	}
	if len(m.Authors) == 0 {
		m.Authors = b.Authors
	}
	m.PubTypes = union(m.PubTypes, b.PubTypes)
	m.MeSH = union(m.MeSH, b.MeSH)
	m.Keywords = union(m.Keywords, b.Keywords)
	seen := map[Link]bool{}
	var links []Link
	for _, l := range append(append([]Link(nil), m.Links...), b.Links...) {
		if !seen[l] {
			seen[l] = true
			links = append(links, l)
		}
	}
	m.Links = links
	return m
}

func union(a, b []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, s := range append(append([]string(nil), a...), b...) {
		k := strings.ToLower(s)
		if s == "" || seen[k] {
			continue
		}
		seen[k] = true
		out = append(out, s)
	}
	return out
}

// PendingRecords returns the records no digest has reported yet, oldest
// first: the records the next digest must cover. Records imported as
// already known are not pending.
func (db *DB) PendingRecords(ctx context.Context) ([]Record, error) {
	return db.queryRecords(ctx, "SELECT id, data FROM records WHERE digest_id IS NULL AND known_at IS NULL ORDER BY id")
}

// RecordsByID returns the stored records of ids that exist, lowest id
// first.
func (db *DB) RecordsByID(ctx context.Context, ids []int64) ([]Record, error) {
	var out []Record
	for chunk := range slices.Chunk(ids, 500) {
		ph := placeholders(len(chunk))
		args := make([]any, len(chunk))
		for i, id := range chunk {
			args[i] = id
		}
		recs, err := db.queryRecords(ctx, "SELECT id, data FROM records WHERE id IN ("+ph+")", args...)
		if err != nil {
			return nil, err
		}
		out = append(out, recs...)
	}
	slices.SortFunc(out, func(a, b Record) int { return cmp.Compare(a.ID, b.ID) })
	return out, nil
}

// CountRecords returns how many records are stored.
func (db *DB) CountRecords(ctx context.Context) (int, error) {
	var n int
	if err := db.db.QueryRowContext(ctx, "SELECT count(*) FROM records").Scan(&n); err != nil {
		return 0, fmt.Errorf("store: count records: %w", err)
	}
	return n, nil
}

// FindByID returns the record holding an identifier of the given kind
// ("pmid", "doi", "pmcid", "nct", "ppr", "openalex"), or false.
func (db *DB) FindByID(ctx context.Context, kind, value string) (Record, bool, error) {
	norm, err := idNormaliser(kind)
	if err != nil {
		return Record{}, false, err
	}
	value = norm(value)
	recs, err := db.queryRecords(ctx, "SELECT r.id, r.data FROM identifiers i JOIN records r ON r.id = i.record_id WHERE i.kind = ? AND i.value = ?", kind, value)
	if err != nil || len(recs) == 0 {
		return Record{}, false, err
	}
	return recs[0], true, nil
}

func (db *DB) queryRecords(ctx context.Context, query string, args ...any) ([]Record, error) {
	rows, err := db.db.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, fmt.Errorf("store: query records: %w", err)
	}
	defer rows.Close()
	var out []Record
	for rows.Next() {
		var id int64
		var data string
		if err := rows.Scan(&id, &data); err != nil {
			return nil, fmt.Errorf("store: scan record: %w", err)
		}
		var r Record
		if err := json.Unmarshal([]byte(data), &r); err != nil {
			return nil, fmt.Errorf("store: decode record %d: %w", id, err)
		}
		r.ID = id
		out = append(out, r)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: query records: %w", err)
	}
	slices.SortStableFunc(out, func(a, b Record) int { return cmp.Compare(a.ID, b.ID) })
	return out, nil
}

// ListQuery selects stored records for export.
type ListQuery struct {
	Flagged  bool   // only records flagged for some claim
	Open     bool   // with Flagged: only flags not decided (or reopened)
	Relevant bool   // only records that bear on some claim
	Claim    string // only records assessed against this claim
	FromYear int
	Limit    int // 0 = no limit
}

// ListRecords returns stored records matching q, newest first.
func (db *DB) ListRecords(ctx context.Context, q ListQuery) ([]Record, error) {
	var sb strings.Builder
	var args []any
	sb.WriteString("SELECT r.id, r.data FROM records r WHERE 1")
	if q.FromYear != 0 {
		sb.WriteString(" AND r.year >= ?")
		args = append(args, q.FromYear)
	}
	if q.Flagged || q.Relevant || q.Claim != "" {
		sb.WriteString(" AND EXISTS (SELECT 1 FROM assessments a ")
		if q.Flagged && q.Open {
			sb.WriteString(latestDecision)
		}
		sb.WriteString(" WHERE a.record_id = r.id")
		if q.Flagged {
			sb.WriteString(" AND a.flagged")
		}
		if q.Flagged && q.Open {
			sb.WriteString(" AND coalesce(f.status, 'open') = 'open'")
		}
		if q.Claim != "" {
			sb.WriteString(" AND a.claim = ?")
			args = append(args, q.Claim)
		}
		sb.WriteString(")")
	}
	sb.WriteString(" ORDER BY r.id DESC")
	if q.Limit > 0 {
		sb.WriteString(" LIMIT ?")
		args = append(args, q.Limit)
	}
	recs, err := db.queryRecords(ctx, sb.String(), args...)
	if err != nil {
		return nil, err
	}
	// queryRecords sorts by id ascending; newest first here.
	slices.Reverse(recs)
	return recs, nil
}
