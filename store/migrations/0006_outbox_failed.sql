-- The outbox gains the status 'failed': the server refused the e-mail
-- permanently (a 5xx reply), so it is not retried. SQLite cannot change a
-- CHECK constraint in place: the table is rebuilt (nothing references it).
CREATE TABLE outbox_new (
    id              INTEGER PRIMARY KEY,
    digest_id       INTEGER NOT NULL UNIQUE REFERENCES digests(id) ON DELETE CASCADE,
    message_id      TEXT NOT NULL UNIQUE,
    status          TEXT NOT NULL CHECK (status IN ('pending', 'sent', 'skipped', 'failed')),
    attempts        INTEGER NOT NULL DEFAULT 0,
    last_attempt_at TEXT,
    last_error      TEXT NOT NULL DEFAULT '',
    next_attempt_at TEXT NOT NULL,
    sent_at         TEXT,
    created_at      TEXT NOT NULL
);
INSERT INTO outbox_new (id, digest_id, message_id, status, attempts, last_attempt_at, last_error, next_attempt_at, sent_at, created_at)
    SELECT id, digest_id, message_id, status, attempts, last_attempt_at, last_error, next_attempt_at, sent_at, created_at FROM outbox;
DROP TABLE outbox;
ALTER TABLE outbox_new RENAME TO outbox;
