package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
)

// SearchQuery is a full-text search over stored titles and abstracts.
type SearchQuery struct {
	// Text is what to search for, in the syntax of parseQuery (README.md,
	// "Search"): words, "phrases", prefix*, OR, NOT and parentheses.
	Text     string
	FromYear int    // 0 = no bound; a bound leaves out records of unknown year
	ToYear   int    // 0 = no bound
	Design   string // "" = any
	Claim    string // "" = any; else only records assessed as bearing on it
	Flagged  bool   // only records flagged (for Claim, when given)
	Source   string // "" = any; else only records this source delivered first
	Limit    int    // 0 = DefaultSearchLimit; at most MaxSearchLimit
	Offset   int    // how many ranked results to skip (the next pages)
}

// Search limits.
const (
	DefaultSearchLimit = 20
	MaxSearchLimit     = 1000
	// SearchRankWindow is how many matches are ranked together: the
	// matches are taken newest first in blocks of this many, and each
	// block is ranked (see SearchHit.InTitle). It is also how far the
	// matches are counted: beyond it, the total says "more than"
	// (SearchResult.TotalCapped).
	SearchRankWindow = 1000
	// MaxRankTerms is how many of a search's words and phrases its
	// ranking looks for in titles (the first ones written).
	MaxRankTerms = 4
)

// SearchHit is one ranked result.
type SearchHit struct {
	Record Record
	Design string
	// InTitle is how many of the searched words and phrases (those not
	// excluded by NOT; the first MaxRankTerms) the title holds: the rank.
	// Within a block of SearchRankWindow matches, more is first, then the
	// newest stored.
	InTitle int
	// Snippet is a few words of the abstract around the matched words (of
	// the title when only the title matched), each match between
	// SnippetOpen and SnippetClose; "…" marks cut text.
	Snippet string
}

// SearchResult is one page of ranked results.
type SearchResult struct {
	Hits []SearchHit
	// Total is how many records match in all. When TotalCapped is set,
	// more than Total match: counting stopped there, at the end of the
	// last block of SearchRankWindow matches the page falls in (1,000 for
	// the first pages).
	Total       int
	TotalCapped bool
}

// The marks around a matched word in SearchHit.Snippet.
const (
	SnippetOpen  = "**"
	SnippetClose = "**"
)

// searchParams are the search's block size, which tests make small, and
// a hook that sees every statement a search runs.
type searchParams struct {
	window int
	trace  func(query string, args []any)
}

func defaultSearchParams() searchParams {
	return searchParams{window: SearchRankWindow}
}

// Search returns the first page of records matching q, best first.
func (db *DB) Search(ctx context.Context, q SearchQuery) ([]SearchHit, error) {
	res, err := db.SearchPage(ctx, q)
	return res.Hits, err
}

// SearchTotal is SearchPage's hits and total.
//
// Deprecated: use SearchPage, whose TotalCapped says when more records
// match than Total.
func (db *DB) SearchTotal(ctx context.Context, q SearchQuery) ([]SearchHit, int, error) {
	res, err := db.SearchPage(ctx, q)
	return res.Hits, res.Total, err
}

// SearchPage returns a page of the records matching q, ranked, and how
// many match in all.
//
// Ranking: the matches are taken newest stored first, in blocks of
// SearchRankWindow; within a block, the records whose title holds more of
// the searched words come first, then the newest. So a search that
// matches fewer than SearchRankWindow records is ranked as a whole, and
// one that matches most of the store shows the best of its newest
// matches first. Every step is a lookup in the full-text index (filters
// included) that stops once it has what the page needs: its cost follows
// the blocks the page falls in, not the store's size. The total is
// counted as far as those blocks (SearchResult.TotalCapped).
//
// A text that is not valid search syntax gives a *QueryError.
func (db *DB) SearchPage(ctx context.Context, q SearchQuery) (SearchResult, error) {
	return db.search(ctx, q, defaultSearchParams())
}

func (db *DB) search(ctx context.Context, q SearchQuery, p searchParams) (SearchResult, error) {
	node, err := parseQuery(q.Text)
	if err != nil {
		return SearchResult{}, err
	}
	switch {
	case q.Limit == 0:
		q.Limit = DefaultSearchLimit
	case q.Limit < 0 || q.Limit > MaxSearchLimit:
		return SearchResult{}, fmt.Errorf("store: search: limit %d is not between 1 and %d", q.Limit, MaxSearchLimit)
	}
	if q.Offset < 0 {
		return SearchResult{}, fmt.Errorf("store: search: offset %d is negative", q.Offset)
	}
	tx, err := db.db.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return SearchResult{}, fmt.Errorf("store: search %q: %w", q.Text, err)
	}
	defer tx.Rollback() //nolint:errcheck // read-only
	// Records stored but not indexed yet (indexQueue) are indexed first,
	// and the search runs in that same write transaction: no record
	// stored meanwhile can be left out either.
	waiting, err := anyUnindexed(ctx, tx)
	if err != nil {
		return SearchResult{}, fmt.Errorf("store: search %q: %w", q.Text, err)
	}
	if waiting {
		if err := tx.Rollback(); err != nil {
			return SearchResult{}, fmt.Errorf("store: search %q: %w", q.Text, err)
		}
		if _, err := db.IndexWaiting(ctx); err != nil {
			return SearchResult{}, fmt.Errorf("store: search %q: %w", q.Text, err)
		}
		var res SearchResult
		err := db.tx(ctx, func(tx *sql.Tx) error {
			if _, err := indexUnindexed(ctx, tx, -1); err != nil { // stored since
				return err
			}
			var err error
			res, err = (&searcher{ctx: ctx, tx: tx, p: p}).run(node, q)
			return err
		})
		if err != nil {
			return SearchResult{}, fmt.Errorf("store: search %q: %w", q.Text, err)
		}
		return res, nil
	}
	s := &searcher{ctx: ctx, tx: tx, p: p}
	res, err := s.run(node, q)
	if err != nil {
		return SearchResult{}, fmt.Errorf("store: search %q: %w", q.Text, err)
	}
	return res, nil
}

// searcher runs one search's statements in one read transaction, so they
// all see the same state of the database.
type searcher struct {
	ctx context.Context
	tx  *sql.Tx
	p   searchParams
}

func (s *searcher) query(query string, args ...any) (*sql.Rows, error) {
	if s.p.trace != nil {
		s.p.trace(query, args)
	}
	return s.tx.QueryContext(s.ctx, query, args...)
}

// ids returns the first column of every row of a query, as integers.
func (s *searcher) ids(query string, args ...any) ([]int64, error) {
	rows, err := s.query(query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, err
		}
		out = append(out, id)
	}
	return out, rows.Err()
}

func (s *searcher) run(node queryNode, q SearchQuery) (SearchResult, error) {
	// The words are matched in title and abstract; each filter is a tag
	// of the tags column (migration 0007).
	match := "{title abstract} : (" + node.fts() + ")"
	var filters []string
	if q.FromYear > 0 || q.ToYear > 0 {
		years, err := s.years(q.FromYear, q.ToYear)
		if err != nil {
			return SearchResult{}, err
		}
		if len(years) == 0 {
			return SearchResult{}, nil
		}
		toks := make([]string, len(years))
		for i, y := range years {
			toks[i] = `"` + yearTag(int(y)) + `"`
		}
		filters = append(filters, "{tags} : ("+strings.Join(toks, " OR ")+")")
	}
	if q.Design != "" {
		filters = append(filters, `{tags} : "`+textTag('d', q.Design)+`"`)
	}
	if q.Source != "" {
		filters = append(filters, `{tags} : "`+textTag('s', q.Source)+`"`)
	}
	switch {
	case q.Claim != "" && q.Flagged:
		filters = append(filters, `{tags} : "`+textTag('f', q.Claim)+`"`)
	case q.Claim != "":
		filters = append(filters, `{tags} : "`+textTag('c', q.Claim)+`"`)
	case q.Flagged:
		filters = append(filters, `{tags} : "`+flaggedTag+`"`)
	}
	full := match
	for _, f := range filters {
		full += " AND " + f
	}

	// The matches, newest first, as far as the page's blocks reach, and
	// one more: whether more match is the count's fast path.
	w := s.p.window
	first, last := q.Offset/w, (q.Offset+q.Limit-1)/w
	need := (last + 1) * w
	ids, err := s.ids("SELECT rowid FROM records_fts WHERE records_fts MATCH ? ORDER BY rowid DESC LIMIT ?", full, need+1)
	if err != nil {
		return SearchResult{}, err
	}
	res := SearchResult{Total: len(ids)}
	if len(ids) > need {
		ids = ids[:need]
		res.Total, res.TotalCapped = need, true
	}
	if q.Offset >= len(ids) {
		return res, nil
	}

	// Rank each block the page falls in.
	terms := node.positive()
	if len(terms) > MaxRankTerms {
		terms = terms[:MaxRankTerms]
	}
	inTitle := map[int64]int{}
	var ranked []int64
	for b := first; b <= last && b*w < len(ids); b++ {
		block := slices.Clone(ids[b*w : min((b+1)*w, len(ids))])
		if len(block) > 1 {
			for _, t := range terms {
				// The block's records whose title holds the term: the
				// block is every match between its first and last rowid.
				in, err := s.ids("SELECT rowid FROM records_fts WHERE records_fts MATCH ? AND rowid BETWEEN ? AND ?",
					"({title} : "+t.fts()+") AND "+full, block[len(block)-1], block[0])
				if err != nil {
					return SearchResult{}, err
				}
				for _, id := range in {
					inTitle[id]++
				}
			}
			slices.SortStableFunc(block, func(a, b int64) int { return inTitle[b] - inTitle[a] })
		}
		ranked = append(ranked, block...)
	}
	from := q.Offset - first*w
	page := ranked[from:min(len(ranked), from+q.Limit)]

	// The page's snippets, in one pass over the matches between its
	// first and last rowid (within the blocks read): the + keeps the list
	// a filter of that pass, not one lookup in the index per record.
	lo, hi := slices.Min(page), slices.Max(page)
	list := "?" + strings.Repeat(", ?", len(page)-1)
	args := []any{SnippetOpen, SnippetClose, SnippetOpen, SnippetClose, full, lo, hi}
	for _, id := range page {
		args = append(args, id)
	}
	snippets := make(map[int64]string, len(page))
	rows, err := s.query(`SELECT rowid, snippet(records_fts, 1, ?, ?, '…', 16), snippet(records_fts, 0, ?, ?, '…', 16)
		FROM records_fts WHERE records_fts MATCH ? AND rowid BETWEEN ? AND ? AND +rowid IN (`+list+`)`, args...)
	if err != nil {
		return SearchResult{}, err
	}
	defer rows.Close()
	for rows.Next() {
		var id int64
		var inAbstract, inTitle string
		if err := rows.Scan(&id, &inAbstract, &inTitle); err != nil {
			return SearchResult{}, err
		}
		snippets[id] = inAbstract
		if !strings.Contains(inAbstract, SnippetOpen) {
			snippets[id] = inTitle
		}
	}
	if err := rows.Err(); err != nil {
		return SearchResult{}, err
	}
	// The page's records, by key.
	recs := make(map[int64]SearchHit, len(page))
	rows, err = s.query(`SELECT id, data, coalesce(design, '') FROM records WHERE id IN (`+list+`)`, args[7:]...)
	if err != nil {
		return SearchResult{}, err
	}
	defer rows.Close()
	for rows.Next() {
		var h SearchHit
		var data string
		if err := rows.Scan(&h.Record.ID, &data, &h.Design); err != nil {
			return SearchResult{}, err
		}
		id := h.Record.ID
		if err := json.Unmarshal([]byte(data), &h.Record); err != nil {
			return SearchResult{}, fmt.Errorf("decode record %d: %w", id, err)
		}
		h.Record.ID = id
		recs[id] = h
	}
	if err := rows.Err(); err != nil {
		return SearchResult{}, err
	}
	for _, id := range page {
		h, ok := recs[id]
		if !ok {
			return SearchResult{}, fmt.Errorf("record %d matched but is not stored", id)
		}
		h.InTitle = inTitle[id]
		h.Snippet = snippets[id]
		res.Hits = append(res.Hits, h)
	}
	return res, nil
}

// years returns the publication years stored between from and to (0: no
// bound), each read from the index on records.year with one lookup.
func (s *searcher) years(from, to int) ([]int64, error) {
	if to == 0 {
		to = int(^uint32(0) >> 1)
	}
	from = max(from, 1)
	if from > to {
		return nil, nil
	}
	return s.ids(`WITH RECURSIVE y(v) AS (
			SELECT (SELECT min(year) FROM records WHERE year >= ?)
			UNION ALL
			SELECT (SELECT min(year) FROM records WHERE year > y.v) FROM y WHERE y.v < ?
		) SELECT v FROM y WHERE v IS NOT NULL AND v <= ?`, from, to, to)
}

// The tags of the search index (migration 0007): these functions and the
// records_search view must write them alike.
const flaggedTag = "fx"

func textTag(kind byte, value string) string { return fmt.Sprintf("%c%Xx", kind, value) }

func yearTag(year int) string { return fmt.Sprintf("y%dx", year) }

// newRecordTags are the tags of a record just stored: no design and no
// assessments yet.
func newRecordTags(r *Record) string {
	tags := textTag('s', r.Source)
	if r.Year > 0 {
		tags += " " + yearTag(r.Year)
	}
	return tags
}

// assessedTags are the tags of a record just stored (newRecordTags) once
// a is saved as its assessments: records_search's, computed in memory (its
// claims in the order of the assessments' key).
func assessedTags(r *Record, a *Assessed) string {
	var sb strings.Builder
	sb.WriteString(newRecordTags(r))
	if a.Design != "" {
		sb.WriteString(" " + textTag('d', a.Design))
	}
	as := slices.Clone(a.Assessments)
	slices.SortStableFunc(as, func(x, y Assessment) int { return strings.Compare(x.Claim, y.Claim) })
	for _, x := range as {
		sb.WriteString(" " + textTag('c', x.Claim))
		if x.Flagged {
			sb.WriteString(" " + textTag('f', x.Claim) + " " + flaggedTag)
		}
	}
	return sb.String()
}

// indexQueue holds the changes a transaction makes to the search index,
// made at its end in rowid order (apply). FTS5 writes its pending changes
// out as a new segment of the index whenever a write goes back to a lower
// rowid, and whenever a statement needs a statement journal (INSERT …
// SELECT, say): made as they came, a batch's changes would leave a small
// segment per record, to be merged again and again.
//
// A record is first indexed when its first assessments are saved, with
// the tags they give it (migration 0010): until then it waits in
// records_unindexed, a row committed with the record. FTS5 tokenises a
// row's text to index it and again to delete it, so a record indexed when
// stored, then indexed again with its assessments' tags, had its title and
// abstract tokenised three times; now once. Every search, and Open, first
// indexes the records still waiting (indexUnindexed), so none is ever
// missing from a search.
type indexQueue map[int64]*indexChange

type indexChange struct {
	// stored: the record was stored before this transaction, so it has a
	// row in the index or waits in records_unindexed (waiting says which,
	// once known).
	stored  bool
	waiting *bool
	gone    bool // deleted from records: nothing to add
	// assessed: its assessments were saved by this transaction (or
	// SaveBatch indexes what it stores: SetIndexWhenStored), so a record
	// not indexed yet is indexed now.
	assessed bool
	rec      *Record // the values of a record inserted by this transaction; nil: read them from records_search
	// row, when rec is nil, is the row to index, known without reading
	// records_search (retag); nil: read it.
	row *[3]string
}

// inserted queues a record just inserted, with no design or assessments.
func (q indexQueue) inserted(id int64, r *Record) { q[id] = &indexChange{rec: r} }

// changed queues a stored record whose text, year, design or assessments
// changed.
func (q indexQueue) changed(id int64) {
	if c, ok := q[id]; ok {
		c.rec, c.row = nil, nil
		return
	}
	q[id] = &indexChange{stored: true}
}

// retagged queues a stored record, indexed and not changed otherwise by
// this transaction, whose tags changed: its row is indexed again with
// its title and abstract as indexed and its new tags.
func (q indexQueue) retagged(id int64, title, abstract, tags string) {
	if _, ok := q[id]; ok {
		q.changed(id)
		return
	}
	no := false
	q[id] = &indexChange{stored: true, waiting: &no, row: &[3]string{title, abstract, tags}}
}

// deleted queues a record deleted from records.
func (q indexQueue) deleted(id int64) {
	c, ok := q[id]
	switch {
	case !ok:
		q[id] = &indexChange{stored: true, gone: true}
	case !c.stored:
		delete(q, id)
	default:
		c.gone, c.rec, c.row = true, nil, nil
	}
}

// apply makes the queued changes, lowest rowid first.
func (q indexQueue) apply(st *stmts) error {
	ids := make([]int64, 0, len(q))
	for id := range q {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	for _, id := range ids {
		c := q[id]
		waiting := false
		switch {
		case !c.stored:
			waiting = false // not stored before: neither indexed nor waiting
		case c.waiting != nil:
			waiting = *c.waiting
		default:
			var one int
			switch err := st.scan("SELECT 1 FROM records_unindexed WHERE id = ?", []any{id}, &one); err {
			case nil:
				waiting = true
			case sql.ErrNoRows:
			default:
				return fmt.Errorf("whether record %d is indexed: %w", id, err)
			}
		}
		indexed := c.stored && !waiting
		if indexed {
			if _, err := st.exec("DELETE FROM records_fts WHERE rowid = ?", id); err != nil {
				return fmt.Errorf("unindex record %d: %w", id, err)
			}
		}
		switch {
		case c.gone && waiting:
			if _, err := st.exec("DELETE FROM records_unindexed WHERE id = ?", id); err != nil {
				return fmt.Errorf("forget unindexed record %d: %w", id, err)
			}
			continue
		case c.gone:
			continue
		case !indexed && !c.assessed:
			// Not assessed yet: indexed with its first assessments.
			if !waiting {
				if _, err := st.exec("INSERT INTO records_unindexed (id) VALUES (?)", id); err != nil {
					return fmt.Errorf("mark record %d unindexed: %w", id, err)
				}
			}
			continue
		case waiting:
			if _, err := st.exec("DELETE FROM records_unindexed WHERE id = ?", id); err != nil {
				return fmt.Errorf("index record %d: %w", id, err)
			}
		}
		var title, abstract, tags string
		if c.rec != nil {
			title, abstract, tags = c.rec.Title, c.rec.Abstract, newRecordTags(c.rec)
		} else if c.row != nil {
			title, abstract, tags = c.row[0], c.row[1], c.row[2]
		} else if err := st.scan("SELECT title, abstract, tags FROM records_search WHERE id = ?", []any{id}, &title, &abstract, &tags); err != nil {
			return fmt.Errorf("index record %d: %w", id, err)
		}
		if _, err := st.exec("INSERT INTO records_fts (rowid, title, abstract, tags) VALUES (?, ?, ?, ?)", id, title, abstract, tags); err != nil {
			return fmt.Errorf("index record %d: %w", id, err)
		}
	}
	return nil
}

// retag queues the records whose assessments were just saved. Those
// indexed are indexed again if their tags (design, assessments) are not
// those of the index any more; only their tags changed, so the title and
// abstract they are indexed again with are read from the index, not
// decoded from the record again. Those not indexed yet are indexed now,
// from records_search.
//
// A record this transaction inserted (a Writer's) and batch assesses has
// no row and no mark yet: its row is made in memory, from the record as
// stored and its assessments (assessedTags), without reading it back.
func (q indexQueue) retag(st *stmts, ids []int64, batch []Assessed) error {
	rows := map[int64]*[3]string{}
	for i := range batch {
		a := &batch[i]
		if c := q[a.RecordID]; c != nil && !c.stored && !c.gone && c.rec != nil {
			rows[a.RecordID] = &[3]string{c.rec.Title, c.rec.Abstract, assessedTags(c.rec, a)}
		}
	}
	for id, row := range rows {
		c := q[id]
		c.rec, c.row, c.assessed = nil, row, true
	}
	for _, id := range ids {
		if rows[id] != nil {
			continue
		}
		var tags string
		var was, title, abstract sql.NullString
		var waiting bool
		// The title and abstract to index: the index's, or for a record
		// not indexed yet the record's (the CASE reads its data only then).
		if err := st.scan(`SELECT s.tags, f.tags, u.id IS NOT NULL,
				CASE WHEN u.id IS NULL THEN f.title ELSE s.title END, CASE WHEN u.id IS NULL THEN f.abstract ELSE s.abstract END
				FROM records_search s LEFT JOIN records_fts f ON f.rowid = s.id LEFT JOIN records_unindexed u ON u.id = s.id WHERE s.id = ?`,
			[]any{id}, &tags, &was, &waiting, &title, &abstract); err != nil {
			return fmt.Errorf("tags of record %d: %w", id, err)
		}
		switch {
		case waiting && title.Valid && abstract.Valid:
			q[id] = &indexChange{stored: true, waiting: &waiting, assessed: true, row: &[3]string{title.String, abstract.String, tags}}
		case !was.Valid || !title.Valid || !abstract.Valid:
			q.changed(id) // not indexed: indexed from records_search
			q[id].assessed = true
		case was.String != tags:
			q.retagged(id, title.String, abstract.String, tags)
		}
	}
	return nil
}

// indexUnindexed indexes the records waiting for their first indexing
// (records_unindexed) in tx, lowest rowid first: at most limit of them
// (all: a negative limit). It returns how many it indexed.
func indexUnindexed(ctx context.Context, tx *sql.Tx, limit int) (int, error) {
	st := newStmts(ctx, tx)
	rows, err := st.query("SELECT id FROM records_unindexed ORDER BY id LIMIT ?", limit)
	if err != nil {
		return 0, fmt.Errorf("index unindexed records: %w", err)
	}
	var ids []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			rows.Close()
			return 0, fmt.Errorf("index unindexed records: %w", err)
		}
		ids = append(ids, id)
	}
	if err := rows.Close(); err != nil {
		return 0, fmt.Errorf("index unindexed records: %w", err)
	}
	yes := true
	q := make(indexQueue, len(ids))
	for _, id := range ids {
		q[id] = &indexChange{stored: true, waiting: &yes, assessed: true}
	}
	if err := q.apply(st); err != nil {
		return 0, fmt.Errorf("index unindexed records: %w", err)
	}
	return len(ids), nil
}

// indexChunk is how many waiting records IndexWaiting indexes in one
// transaction: an import of a million records is not indexed in one.
const indexChunk = 5000

// IndexWaiting indexes every record stored but not indexed for search yet
// (a record is indexed with its first assessments: see indexQueue), a
// chunk of them per transaction, and returns how many it indexed. A
// search, and Open, do it themselves; a caller that stores records it
// will not assess soon (an import not marked known) calls it, so the
// cost of indexing them falls on it rather than on the next search.
func (db *DB) IndexWaiting(ctx context.Context) (int, error) {
	total := 0
	for {
		var n int
		err := db.tx(ctx, func(tx *sql.Tx) error {
			var err error
			n, err = indexUnindexed(ctx, tx, indexChunk)
			return err
		})
		if err != nil {
			return total, fmt.Errorf("store: %w", err)
		}
		total += n
		if n < indexChunk {
			return total, nil
		}
	}
}

// anyUnindexedSQL is the id of the newest record waiting for its first
// indexing, or NULL: read from the end of the table's B-tree, whatever its
// size.
const anyUnindexedSQL = "SELECT max(id) FROM records_unindexed"

// anyUnindexed says whether some record waits for its first indexing.
func anyUnindexed(ctx context.Context, q interface {
	QueryRowContext(context.Context, string, ...any) *sql.Row
}) (bool, error) {
	var last sql.NullInt64
	if err := q.QueryRowContext(ctx, anyUnindexedSQL).Scan(&last); err != nil {
		return false, fmt.Errorf("look for unindexed records: %w", err)
	}
	return last.Valid, nil
}
