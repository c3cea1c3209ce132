-- Records a user imported as already known (`litwatch import --known`: the
-- basis review's included studies, say): stored, searchable and assessed,
-- but never reported by a digest as new.
ALTER TABLE records ADD COLUMN known_at TEXT;

DROP INDEX records_pending;
CREATE INDEX records_pending ON records (id) WHERE digest_id IS NULL AND known_at IS NULL;
