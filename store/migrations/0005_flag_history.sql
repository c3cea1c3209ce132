-- The review queue keeps its history: every decision on a flag (record ×
-- claim) is appended, never overwritten, with who made it and when. A
-- decision "open" reopens a decided flag. A flag's state is its latest
-- decision (the highest id); a flag with no decision is open.
CREATE TABLE flag_decisions (
    id         INTEGER PRIMARY KEY,
    record_id  INTEGER NOT NULL REFERENCES records(id) ON DELETE CASCADE,
    claim      TEXT NOT NULL,
    status     TEXT NOT NULL CHECK (status IN ('open', 'reviewed', 'dismissed', 'accepted')),
    note       TEXT NOT NULL DEFAULT '',
    decided_by TEXT NOT NULL DEFAULT '', -- '' for decisions made before history was kept
    decided_at TEXT NOT NULL
);
CREATE INDEX flag_decisions_flag ON flag_decisions (record_id, claim, id);

-- Each existing decision becomes its flag's first history entry.
INSERT INTO flag_decisions (record_id, claim, status, note, decided_by, decided_at)
    SELECT record_id, claim, status, note, '', updated_at FROM flag_reviews
    ORDER BY updated_at, record_id, claim;
DROP TABLE flag_reviews;

-- The current decision of each decided flag, under the old table's name
-- and columns (reopened flags are open, so not listed).
CREATE VIEW flag_reviews AS
    SELECT d.record_id, d.claim, d.status, d.note, d.decided_by, d.decided_at AS updated_at
    FROM flag_decisions d
    WHERE d.id = (SELECT max(x.id) FROM flag_decisions x WHERE x.record_id = d.record_id AND x.claim = d.claim)
      AND d.status <> 'open';
