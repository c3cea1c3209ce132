-- Search over a million records in milliseconds, whatever the words.
--
-- The full-text index is rebuilt: words are indexed by their Porter stem
-- (so "infant" finds "Infants"), and a third column, tags, holds one token
-- per thing a search can filter on, so a filter is one more term of the
-- FTS5 query and no filter is checked row by row:
--   s<hex of source>x                the source that first delivered it
--   y<year>x                         the publication year, when known
--   d<hex of design>x                the design the assessor gave it
--   c<hex of claim>x                 assessed as bearing on a claim
--   f<hex of claim>x and fx          flagged for that claim (for any)
-- Searched words are matched against title and abstract only. The
-- records_search view says what a record's row in the index holds; the
-- store reindexes a record through it whenever any of these changes.
DROP TABLE records_fts;
CREATE VIRTUAL TABLE records_fts USING fts5(title, abstract, tags, tokenize = 'porter unicode61 remove_diacritics 2');

CREATE VIEW records_search AS
    SELECT r.id AS id, r.title AS title, coalesce(json_extract(r.data, '$.abstract'), '') AS abstract,
        's' || hex(r.source) || 'x'
        || CASE WHEN r.year > 0 THEN ' y' || r.year || 'x' ELSE '' END
        || CASE WHEN coalesce(r.design, '') <> '' THEN ' d' || hex(r.design) || 'x' ELSE '' END
        || coalesce((SELECT group_concat(' c' || hex(a.claim) || 'x'
                || CASE WHEN a.flagged THEN ' f' || hex(a.claim) || 'x fx' ELSE '' END, '')
            FROM assessments a WHERE a.record_id = r.id), '') AS tags
    FROM records r;

INSERT INTO records_fts (rowid, title, abstract, tags) SELECT id, title, abstract, tags FROM records_search;

-- The years a search's year bounds cover are read from this index.
CREATE INDEX records_year ON records (year);

-- The flagged assessments, for the review queue and each digest's open
-- flags, without reading every assessment.
CREATE INDEX assessments_flagged ON assessments (record_id, claim) WHERE flagged;
