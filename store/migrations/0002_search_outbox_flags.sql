-- Full-text search over titles and abstracts; rowid = records.id.
CREATE VIRTUAL TABLE records_fts USING fts5(title, abstract, tokenize = 'unicode61 remove_diacritics 2');
INSERT INTO records_fts (rowid, title, abstract)
    SELECT id, title, coalesce(json_extract(data, '$.abstract'), '') FROM records;

-- A normalised title for matching works that share no identifier.
ALTER TABLE records ADD COLUMN title_key TEXT;
CREATE INDEX records_title_key ON records (title_key);

-- The outbox: one e-mail per digest, marked sent only once the server
-- accepted it.
CREATE TABLE outbox (
    id              INTEGER PRIMARY KEY,
    digest_id       INTEGER NOT NULL UNIQUE REFERENCES digests(id) ON DELETE CASCADE,
    message_id      TEXT NOT NULL UNIQUE,
    status          TEXT NOT NULL CHECK (status IN ('pending', 'sent', 'skipped')),
    attempts        INTEGER NOT NULL DEFAULT 0,
    last_attempt_at TEXT,
    last_error      TEXT NOT NULL DEFAULT '',
    next_attempt_at TEXT NOT NULL,
    sent_at         TEXT,
    created_at      TEXT NOT NULL
);

-- The review queue: a user's decision on a flag (record × claim).
CREATE TABLE flag_reviews (
    record_id  INTEGER NOT NULL REFERENCES records(id) ON DELETE CASCADE,
    claim      TEXT NOT NULL,
    status     TEXT NOT NULL CHECK (status IN ('reviewed', 'dismissed', 'accepted')),
    note       TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL,
    PRIMARY KEY (record_id, claim)
);
