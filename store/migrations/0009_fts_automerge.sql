-- The full-text index merges its segments once 16 of one level wait (FTS5's
-- default is 4). A weekly batch then does less merging as the store grows:
-- at 1M records the batch's p99 was 2.1-2.9x that at 10k, and is 1.2x with
-- this (BENCHMARKS.md section 2); searches measured no slower.
INSERT INTO records_fts(records_fts, rank) VALUES('automerge', 16);
