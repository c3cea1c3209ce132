-- A record is indexed for search when its first assessments are saved,
-- with the tags they give it, not when it is stored: FTS5 tokenises a row's
-- text to index it and again to delete it, so indexing a record when it is
-- stored and again once assessed tokenised its title and abstract three
-- times (BENCHMARKS.md section 2). Until then its id waits here, committed
-- with the record. Every search, and opening the store, first indexes the
-- records waiting, so a search never misses one. An existing store has every
-- record indexed: none waits.
CREATE TABLE records_unindexed (id INTEGER PRIMARY KEY);
