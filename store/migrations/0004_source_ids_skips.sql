-- Works known only by their source's own identifier are kept: a Europe PMC
-- preprint id ("PPR123456") or an OpenAlex work id ("W2741809807"). SQLite
-- cannot change a CHECK constraint, so the table is rebuilt.
CREATE TABLE identifiers_new (
    kind      TEXT NOT NULL CHECK (kind IN ('pmid', 'doi', 'pmcid', 'nct', 'ppr', 'openalex')),
    value     TEXT NOT NULL,
    record_id INTEGER NOT NULL REFERENCES records(id) ON DELETE CASCADE,
    PRIMARY KEY (kind, value)
);
INSERT INTO identifiers_new (kind, value, record_id) SELECT kind, value, record_id FROM identifiers;
DROP TABLE identifiers;
ALTER TABLE identifiers_new RENAME TO identifiers;
CREATE INDEX identifiers_record ON identifiers (record_id);

-- Records a source delivered that were not stored, counted by reason.
ALTER TABLE run_sources ADD COLUMN skipped INTEGER NOT NULL DEFAULT 0;
ALTER TABLE run_sources ADD COLUMN skip_reasons TEXT NOT NULL DEFAULT '{}'; -- JSON object: reason -> count
