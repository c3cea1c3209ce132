-- Updates (retractions, corrections, new versions...) seen for the works a
-- claim rests on, so each is reported once.
CREATE TABLE basis_updates (
    basis_doi  TEXT NOT NULL,
    notice_doi TEXT NOT NULL,
    type       TEXT NOT NULL,
    source     TEXT NOT NULL,
    label      TEXT NOT NULL DEFAULT '',
    first_seen TEXT NOT NULL,
    PRIMARY KEY (basis_doi, notice_doi, type, source)
);
