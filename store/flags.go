package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"
)

// Flag is a flagged assessment with its review state: the latest decision
// on it, if any.
type Flag struct {
	Record     Record
	Assessment Assessment
	Status     string // "open", "reviewed", "dismissed", "accepted"
	Note       string // the latest decision's note
	By         string // who made the latest decision ("" if not recorded)
	ReviewedAt time.Time
	DigestID   int64     // the digest that first reported it, 0 if none yet
	ReportedAt time.Time // when that digest was made
}

// Decision is one entry of a flag's history: a user's decision on the flag
// of a record for a claim. Decisions are appended, never changed; the
// latest one is the flag's state. Status "open" reopens a decided flag.
type Decision struct {
	ID       int64
	RecordID int64
	Claim    string
	Status   string // "open", "reviewed", "dismissed", "accepted"
	Note     string
	By       string // "" for decisions made before the history was kept
	At       time.Time
}

// FlagStatuses are the states a user may put a flag in.
func FlagStatuses() []string { return []string{"reviewed", "dismissed", "accepted"} }

// FlagOpen is the decision that reopens a flag.
const FlagOpen = "open"

// SeveralClaimsError is returned when a decision names no claim but the
// record is flagged on more than one: each is decided on its own.
type SeveralClaimsError struct {
	RecordID int64
	Claims   []string // the record's flagged claims, sorted
}

func (e *SeveralClaimsError) Error() string {
	return fmt.Sprintf("store: record %d is flagged on %d claims (%s): name the claim to decide", e.RecordID, len(e.Claims), strings.Join(e.Claims, ", "))
}

// ErrNoFlag is returned for a decision on a record (or claim) that is not
// flagged.
var ErrNoFlag = errors.New("no flag")

// ErrAlreadyOpen is returned when reopening a flag that is open.
var ErrAlreadyOpen = errors.New("open already")

// latestDecision joins a flag (alias a: assessments) to its latest decision
// (alias f).
const latestDecision = `LEFT JOIN flag_decisions f ON f.id = (SELECT max(x.id) FROM flag_decisions x WHERE x.record_id = a.record_id AND x.claim = a.claim)`

// Flags returns flagged assessments, open ones only unless all is set,
// oldest first.
func (db *DB) Flags(ctx context.Context, all bool) ([]Flag, error) {
	q := flagsSelect + ` WHERE a.flagged`
	if !all {
		q += " AND coalesce(f.status, 'open') = 'open'"
	}
	q += " ORDER BY r.id, a.claim"
	flags, err := db.queryFlags(ctx, q)
	if err != nil {
		return nil, fmt.Errorf("store: flags: %w", err)
	}
	return flags, nil
}

// OpenFlags returns the open flags of records an earlier digest reported,
// oldest first, at most limit of them: what a digest lists besides its
// own records. It reads the flagged assessments in order, by their index,
// and stops at limit: its cost does not grow with the open flags past
// them, nor with the store.
func (db *DB) OpenFlags(ctx context.Context, limit int) ([]Flag, error) {
	flags, err := db.queryFlags(ctx, openFlagsSQL, limit)
	if err != nil {
		return nil, fmt.Errorf("store: open flags: %w", err)
	}
	return flags, nil
}

// flagsSelect reads flags (alias a: assessments, r: records) with their
// latest decision and the digest that reported them.
const flagsSelect = `SELECT r.id, r.data, a.data, coalesce(f.status, 'open'), coalesce(f.note, ''), coalesce(f.decided_by, ''), coalesce(f.decided_at, ''),
		coalesce(r.digest_id, 0), coalesce(d.generated_at, '')
		FROM assessments a JOIN records r ON r.id = a.record_id
		` + latestDecision + `
		LEFT JOIN digests d ON d.id = r.digest_id`

const openFlagsSQL = flagsSelect + ` WHERE a.flagged AND r.digest_id IS NOT NULL AND coalesce(f.status, 'open') = 'open'
		ORDER BY a.record_id, a.claim LIMIT ?`

func (db *DB) queryFlags(ctx context.Context, q string, args ...any) ([]Flag, error) {
	rows, err := db.db.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var flags []Flag
	for rows.Next() {
		var f Flag
		var rdata, adata, at, rep string
		if err := rows.Scan(&f.Record.ID, &rdata, &adata, &f.Status, &f.Note, &f.By, &at, &f.DigestID, &rep); err != nil {
			return nil, err
		}
		id := f.Record.ID
		if err := json.Unmarshal([]byte(rdata), &f.Record); err != nil {
			return nil, fmt.Errorf("record %d: %w", id, err)
		}
		f.Record.ID = id
		if err := json.Unmarshal([]byte(adata), &f.Assessment); err != nil {
			return nil, fmt.Errorf("assessment of %d: %w", id, err)
		}
		f.ReviewedAt = parseTime(at)
		f.ReportedAt = parseTime(rep)
		flags = append(flags, f)
	}
	return flags, rows.Err()
}

// DecidedFlags returns, for each record with a decided flag, the decision
// on each of its decided claims (flags reopened since are open, so absent).
func (db *DB) DecidedFlags(ctx context.Context) (map[int64]map[string]string, error) {
	rows, err := db.db.QueryContext(ctx, `SELECT a.record_id, a.claim, f.status FROM assessments a `+latestDecision+`
		WHERE a.flagged AND f.status IS NOT NULL AND f.status <> 'open'`)
	if err != nil {
		return nil, fmt.Errorf("store: decided flags: %w", err)
	}
	defer rows.Close()
	out := map[int64]map[string]string{}
	for rows.Next() {
		var id int64
		var claim, status string
		if err := rows.Scan(&id, &claim, &status); err != nil {
			return nil, fmt.Errorf("store: decided flags: %w", err)
		}
		if out[id] == nil {
			out[id] = map[string]string{}
		}
		out[id][claim] = status
	}
	return out, rows.Err()
}

// ReviewFlag records a user's decision on the flag of a record for a claim
// (claim "" means the record's only flagged claim); see DecideFlag.
func (db *DB) ReviewFlag(ctx context.Context, recordID int64, claim, status, note string) (int, error) {
	if !slices.Contains(FlagStatuses(), status) {
		return 0, fmt.Errorf("store: review flag: unknown status %q (want reviewed, dismissed or accepted)", status)
	}
	if _, err := db.DecideFlag(ctx, Decision{RecordID: recordID, Claim: claim, Status: status, Note: note}); err != nil {
		return 0, err
	}
	return 1, nil
}

// DecideFlag appends d to the history of the flag of d.RecordID for
// d.Claim and returns it as stored. Status is one of FlagStatuses, or
// FlagOpen to reopen a decided flag. With no claim, the record must be
// flagged on exactly one claim (else *SeveralClaimsError). The time is the
// database clock's.
func (db *DB) DecideFlag(ctx context.Context, d Decision) (Decision, error) {
	if d.Status != FlagOpen && !slices.Contains(FlagStatuses(), d.Status) {
		return Decision{}, fmt.Errorf("store: decide flag: unknown decision %q (want %s or %s)", d.Status, strings.Join(FlagStatuses(), ", "), FlagOpen)
	}
	d.At = db.Now().UTC().Truncate(time.Second)
	err := db.tx(ctx, func(tx *sql.Tx) error {
		rows, err := tx.QueryContext(ctx, `SELECT a.claim, coalesce(f.status, 'open') FROM assessments a `+latestDecision+`
			WHERE a.record_id = ? AND a.flagged ORDER BY a.claim`, d.RecordID)
		if err != nil {
			return err
		}
		state := map[string]string{}
		var claims []string
		for rows.Next() {
			var c, s string
			if err := rows.Scan(&c, &s); err != nil {
				rows.Close()
				return err
			}
			state[c] = s
			claims = append(claims, c)
		}
		if err := rows.Close(); err != nil {
			return err
		}
		switch {
		case len(claims) == 0:
			return fmt.Errorf("store: record %d has %w", d.RecordID, ErrNoFlag)
		case d.Claim == "" && len(claims) > 1:
			return &SeveralClaimsError{RecordID: d.RecordID, Claims: claims}
		case d.Claim == "":
			d.Claim = claims[0]
		case state[d.Claim] == "":
			return fmt.Errorf("store: record %d has %w for claim %q (it is flagged on %s)", d.RecordID, ErrNoFlag, d.Claim, strings.Join(claims, ", "))
		}
		if d.Status == FlagOpen && state[d.Claim] == FlagOpen {
			return fmt.Errorf("store: record %d: the flag for claim %s is %w", d.RecordID, d.Claim, ErrAlreadyOpen)
		}
		res, err := tx.ExecContext(ctx, `INSERT INTO flag_decisions (record_id, claim, status, note, decided_by, decided_at) VALUES (?, ?, ?, ?, ?, ?)`,
			d.RecordID, d.Claim, d.Status, d.Note, d.By, fmtTime(d.At))
		if err != nil {
			return err
		}
		d.ID, err = res.LastInsertId()
		return err
	})
	if err != nil {
		var sc *SeveralClaimsError
		if errors.As(err, &sc) || errors.Is(err, ErrNoFlag) || errors.Is(err, ErrAlreadyOpen) {
			return Decision{}, err
		}
		return Decision{}, fmt.Errorf("store: decide flag of record %d: %w", d.RecordID, err)
	}
	return d, nil
}

// FlagHistory returns the decisions on a record's flags, oldest first
// (claim "" for every claim).
func (db *DB) FlagHistory(ctx context.Context, recordID int64, claim string) ([]Decision, error) {
	rows, err := db.db.QueryContext(ctx, `SELECT id, record_id, claim, status, note, decided_by, decided_at FROM flag_decisions
		WHERE record_id = ? AND (? = '' OR claim = ?) ORDER BY id`, recordID, claim, claim)
	if err != nil {
		return nil, fmt.Errorf("store: flag history of record %d: %w", recordID, err)
	}
	defer rows.Close()
	var out []Decision
	for rows.Next() {
		var d Decision
		var at string
		if err := rows.Scan(&d.ID, &d.RecordID, &d.Claim, &d.Status, &d.Note, &d.By, &at); err != nil {
			return nil, fmt.Errorf("store: flag history of record %d: %w", recordID, err)
		}
		d.At = parseTime(at)
		out = append(out, d)
	}
	return out, rows.Err()
}
