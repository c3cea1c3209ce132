-- litwatch schema, version 1.
CREATE TABLE runs (
    id          INTEGER PRIMARY KEY,
    started_at  TEXT NOT NULL,
    finished_at TEXT,
    status      TEXT NOT NULL CHECK (status IN ('running', 'done', 'failed', 'abandoned'))
);

CREATE TABLE run_sources (
    run_id      INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
    source      TEXT NOT NULL,
    window_from TEXT NOT NULL,
    window_to   TEXT NOT NULL,
    fetched     INTEGER NOT NULL DEFAULT 0,
    new         INTEGER NOT NULL DEFAULT 0,
    errors      TEXT NOT NULL DEFAULT '[]', -- JSON array of strings
    ok          INTEGER NOT NULL,
    PRIMARY KEY (run_id, source)
);

-- watermarks: the last index day each source delivered completely.
CREATE TABLE watermarks (
    source     TEXT PRIMARY KEY,
    through    TEXT NOT NULL, -- YYYY-MM-DD
    updated_at TEXT NOT NULL
);

CREATE TABLE digests (
    id           INTEGER PRIMARY KEY,
    run_id       INTEGER REFERENCES runs(id),
    generated_at TEXT NOT NULL,
    doc          TEXT NOT NULL, -- the JSON digest
    files        TEXT NOT NULL DEFAULT '[]'
);

-- records: one row per work; data holds the whole store.Record as JSON.
CREATE TABLE records (
    id           INTEGER PRIMARY KEY,
    source       TEXT NOT NULL,
    title        TEXT NOT NULL,
    year         INTEGER,
    entry_date   TEXT,
    data         TEXT NOT NULL,
    first_run_id INTEGER REFERENCES runs(id),
    digest_id    INTEGER REFERENCES digests(id), -- the digest that first reported it
    design       TEXT,
    assessed_at  TEXT,
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL
);
CREATE INDEX records_pending ON records (digest_id) WHERE digest_id IS NULL;
CREATE INDEX records_digest ON records (digest_id);

-- identifiers: every identifier of a work, each pointing at exactly one record.
CREATE TABLE identifiers (
    kind      TEXT NOT NULL CHECK (kind IN ('pmid', 'doi', 'pmcid', 'nct')),
    value     TEXT NOT NULL,
    record_id INTEGER NOT NULL REFERENCES records(id) ON DELETE CASCADE,
    PRIMARY KEY (kind, value)
);
CREATE INDEX identifiers_record ON identifiers (record_id);

CREATE TABLE assessments (
    record_id INTEGER NOT NULL REFERENCES records(id) ON DELETE CASCADE,
    claim     TEXT NOT NULL,
    flagged   INTEGER NOT NULL,
    signal    TEXT NOT NULL,
    data      TEXT NOT NULL, -- the whole store.Assessment as JSON
    PRIMARY KEY (record_id, claim)
);
