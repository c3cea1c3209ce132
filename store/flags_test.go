package store_test

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"testing"
	"time"

	"github.com/litwatch/litwatch/store"
)

// flaggedRecord stores one record assessed against claims, flagged on
// those in flagged.
func flaggedRecord(t *testing.T, db *store.DB, pmid string, claims []string, flagged ...string) int64 {
	t.Helper()
	ctx := context.Background()
	run, err := db.StartRun(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.SaveBatch(ctx, run, "pubmed", []store.Record{{PMID: pmid, Title: "title " + pmid}}); err != nil {
		t.Fatal(err)
	}
	recs, err := db.PendingRecords(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var id int64
	for _, r := range recs {
		if r.PMID == pmid {
			id = r.ID
		}
	}
	var as []store.Assessment
	for _, c := range claims {
		f := false
		for _, g := range flagged {
			f = f || g == c
		}
		as = append(as, store.Assessment{Claim: c, Flagged: f})
	}
	if err := db.SaveAssessments(ctx, id, "rct", as); err != nil {
		t.Fatal(err)
	}
	return id
}

func openClaims(t *testing.T, db *store.DB) []string {
	t.Helper()
	open, err := db.Flags(context.Background(), false)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, f := range open {
		out = append(out, f.Assessment.Claim)
	}
	return out
}

func TestFlagDecisionsAreAppended(t *testing.T) {
	ctx := context.Background()
	db := mustOpen(t)
	now := time.Date(2026, 11, 30, 9, 0, 0, 0, time.UTC)
	db.Now = func() time.Time { return now }
	id := flaggedRecord(t, db, "1", []string{"safety", "sleep", "weight"}, "safety", "sleep")

	// Without a claim, a record flagged on two is refused, naming both.
	_, err := db.DecideFlag(ctx, store.Decision{RecordID: id, Status: "accepted", By: "ann"})
	var sc *store.SeveralClaimsError
	if !errors.As(err, &sc) || !reflect.DeepEqual(sc.Claims, []string{"safety", "sleep"}) || sc.RecordID != id {
		t.Fatalf("decision without a claim on two flags: %v", err)
	}
	if h, _ := db.FlagHistory(ctx, id, ""); len(h) != 0 {
		t.Fatalf("a refused decision was stored: %+v", h)
	}
	if _, err := db.DecideFlag(ctx, store.Decision{RecordID: id, Claim: "weight", Status: "accepted"}); !errors.Is(err, store.ErrNoFlag) {
		t.Fatalf("decision on an unflagged claim: %v", err)
	}
	if _, err := db.DecideFlag(ctx, store.Decision{RecordID: id, Claim: "safety", Status: "maybe"}); err == nil {
		t.Fatal("unknown decision accepted")
	}
	if _, err := db.DecideFlag(ctx, store.Decision{RecordID: id, Claim: "safety", Status: store.FlagOpen}); !errors.Is(err, store.ErrAlreadyOpen) {
		t.Fatalf("reopening an open flag: %v", err)
	}

	d, err := db.DecideFlag(ctx, store.Decision{RecordID: id, Claim: "safety", Status: "dismissed", Note: "n=40", By: "ann"})
	if err != nil || d.ID == 0 || !d.At.Equal(now) {
		t.Fatalf("dismissed: %+v %v", d, err)
	}
	if got := openClaims(t, db); !reflect.DeepEqual(got, []string{"sleep"}) {
		t.Fatalf("open after dismissing safety = %v", got)
	}
	now = now.Add(time.Hour)
	if _, err := db.DecideFlag(ctx, store.Decision{RecordID: id, Claim: "safety", Status: store.FlagOpen, Note: "n was 400", By: "bob"}); err != nil {
		t.Fatal(err)
	}
	if got := openClaims(t, db); !reflect.DeepEqual(got, []string{"safety", "sleep"}) {
		t.Fatalf("open after reopening safety = %v", got)
	}
	now = now.Add(time.Hour)
	if _, err := db.DecideFlag(ctx, store.Decision{RecordID: id, Claim: "safety", Status: "accepted", By: "bob"}); err != nil {
		t.Fatal(err)
	}
	if _, err := db.DecideFlag(ctx, store.Decision{RecordID: id, Claim: "sleep", Status: "reviewed", By: "ann"}); err != nil {
		t.Fatal(err)
	}
	h, err := db.FlagHistory(ctx, id, "")
	if err != nil {
		t.Fatal(err)
	}
	type entry struct{ claim, status, note, by string }
	var got []entry
	for _, d := range h {
		got = append(got, entry{d.Claim, d.Status, d.Note, d.By})
	}
	want := []entry{{"safety", "dismissed", "n=40", "ann"}, {"safety", "open", "n was 400", "bob"}, {"safety", "accepted", "", "bob"}, {"sleep", "reviewed", "", "ann"}}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("history =\n%+v\nwant\n%+v", got, want)
	}
	if !h[0].At.Before(h[1].At) || !h[1].At.Before(h[2].At) {
		t.Errorf("history times not in order: %v %v %v", h[0].At, h[1].At, h[2].At)
	}
	if h, _ := db.FlagHistory(ctx, id, "sleep"); len(h) != 1 {
		t.Errorf("history of one claim = %+v", h)
	}
	all, _ := db.Flags(ctx, true)
	if len(all) != 2 || all[0].Status != "accepted" || all[0].By != "bob" || all[1].Status != "reviewed" {
		t.Fatalf("flags --all = %+v", all)
	}
	decided, err := db.DecidedFlags(ctx)
	if err != nil || !reflect.DeepEqual(decided, map[int64]map[string]string{id: {"safety": "accepted", "sleep": "reviewed"}}) {
		t.Fatalf("decided flags = %v %v", decided, err)
	}

	// A record flagged on one claim is decided without naming it.
	one := flaggedRecord(t, db, "2", []string{"safety", "sleep"}, "sleep")
	d, err = db.DecideFlag(ctx, store.Decision{RecordID: one, Status: "dismissed"})
	if err != nil || d.Claim != "sleep" {
		t.Fatalf("decision on the only flagged claim: %+v %v", d, err)
	}
	// Open flags only: record 1 is fully decided, record 2 too.
	if recs, _ := db.ListRecords(ctx, store.ListQuery{Flagged: true, Open: true}); len(recs) != 0 {
		t.Fatalf("records with open flags = %+v", recs)
	}
	if _, err := db.DecideFlag(ctx, store.Decision{RecordID: one, Status: store.FlagOpen}); err != nil {
		t.Fatal(err)
	}
	if recs, _ := db.ListRecords(ctx, store.ListQuery{Flagged: true, Open: true}); len(recs) != 1 || recs[0].ID != one {
		t.Fatalf("records with open flags after reopening = %+v", recs)
	}
	if recs, _ := db.ListRecords(ctx, store.ListQuery{Flagged: true}); len(recs) != 2 {
		t.Fatalf("flagged records = %+v", recs)
	}
}

// TestFlagReviewsMigrateToHistory opens a database written by the schema
// before the history (version 3) holding decisions: each becomes its flag's
// first history entry, and nothing stored is lost.
func TestFlagReviewsMigrateToHistory(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "old.db")
	raw, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"0001_init.sql", "0002_search_outbox_flags.sql", "0003_basis_updates.sql"} {
		body, err := os.ReadFile(filepath.Join("migrations", name))
		if err != nil {
			t.Fatal(err)
		}
		if _, err := raw.Exec(string(body)); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
	}
	const ts = "2026-01-05T10:00:00Z"
	for _, q := range []string{
		"PRAGMA user_version = 3",
		`INSERT INTO records (id, source, title, year, data, created_at, updated_at) VALUES
			(7, 'pubmed', 'Old', 2020, '{"pmid":"7","title":"Old"}', '` + ts + `', '` + ts + `'),
			(8, 'pubmed', 'Other', 2021, '{"pmid":"8","title":"Other"}', '` + ts + `', '` + ts + `')`,
		`INSERT INTO assessments (record_id, claim, flagged, signal, data) VALUES
			(7, 'safety', 1, 'harm', '{"claim":"safety","flagged":true}'),
			(7, 'sleep', 1, 'benefit', '{"claim":"sleep","flagged":true}'),
			(8, 'safety', 1, 'harm', '{"claim":"safety","flagged":true}')`,
		`INSERT INTO flag_reviews (record_id, claim, status, note, updated_at) VALUES
			(7, 'safety', 'dismissed', 'too small', '2026-01-05T10:00:00Z'),
			(8, 'safety', 'accepted', '', '2026-01-04T09:00:00Z')`,
	} {
		if _, err := raw.Exec(q); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	raw.Close()

	db, err := store.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	h, err := db.FlagHistory(ctx, 7, "")
	if err != nil {
		t.Fatal(err)
	}
	if len(h) != 1 || h[0].Claim != "safety" || h[0].Status != "dismissed" || h[0].Note != "too small" || h[0].By != "" ||
		!h[0].At.Equal(time.Date(2026, 1, 5, 10, 0, 0, 0, time.UTC)) {
		t.Fatalf("migrated history of record 7 = %+v", h)
	}
	if h, _ := db.FlagHistory(ctx, 8, ""); len(h) != 1 || h[0].Status != "accepted" {
		t.Fatalf("migrated history of record 8 = %+v", h)
	}
	if got := openClaims(t, db); !reflect.DeepEqual(got, []string{"sleep"}) {
		t.Fatalf("open flags after migration = %v", got)
	}
	// The old table's name still reads the current decisions.
	var n int
	if err := db.SQL().QueryRow("SELECT count(*) FROM flag_reviews").Scan(&n); err != nil || n != 2 {
		t.Fatalf("flag_reviews view: %d rows, %v", n, err)
	}
	// Reopened, a flag leaves the view and is open again; history grows.
	if _, err := db.DecideFlag(ctx, store.Decision{RecordID: 7, Claim: "safety", Status: store.FlagOpen, By: "ann"}); err != nil {
		t.Fatal(err)
	}
	if got := openClaims(t, db); !reflect.DeepEqual(got, []string{"safety", "sleep"}) {
		t.Fatalf("open flags after reopening = %v", got)
	}
	if h, _ := db.FlagHistory(ctx, 7, ""); len(h) != 2 || h[0].Status != "dismissed" || h[1].Status != "open" {
		t.Fatalf("history after reopening = %+v", h)
	}
	if err := db.CheckIntegrity(ctx); err != nil {
		t.Fatal(err)
	}
}

// TestConcurrentOpenOfANewDatabase opens one new database from several
// connections at once, as a daemon starting beside `litwatch status` does:
// each applies or waits for the migrations, and each gets WAL mode.
func TestConcurrentOpenOfANewDatabase(t *testing.T) {
	for i := range 10 {
		path := filepath.Join(t.TempDir(), fmt.Sprintf("new%d.db", i))
		errs := make(chan error, 4)
		for range 4 {
			go func() {
				db, err := store.Open(context.Background(), path)
				if err == nil {
					err = db.Close()
				}
				errs <- err
			}()
		}
		for range 4 {
			if err := <-errs; err != nil {
				t.Fatal(err)
			}
		}
	}
}

// TestOpenFlagsOfEarlierDigests: OpenFlags lists the open flags of
// reported records only, oldest first, up to the limit; decided flags are
// left out and reopened ones are back.
func TestOpenFlagsOfEarlierDigests(t *testing.T) {
	ctx := context.Background()
	db := mustOpen(t)
	a := flaggedRecord(t, db, "1", []string{"safety", "sleep"}, "safety", "sleep")
	b := flaggedRecord(t, db, "2", []string{"safety"}, "safety")
	c := flaggedRecord(t, db, "3", []string{"sleep"}, "sleep")
	flaggedRecord(t, db, "4", []string{"sleep"}) // assessed, not flagged
	if _, err := db.SaveDigest(ctx, store.Digest{GeneratedAt: time.Now(), JSON: []byte("{}")}, []int64{a, b, c}); err != nil {
		t.Fatal(err)
	}
	e := flaggedRecord(t, db, "5", []string{"safety"}, "safety") // flagged, not reported yet
	if _, err := db.DecideFlag(ctx, store.Decision{RecordID: b, Status: "dismissed"}); err != nil {
		t.Fatal(err)
	}
	got := func(limit int) []string {
		t.Helper()
		fl, err := db.OpenFlags(ctx, limit)
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, f := range fl {
			if f.DigestID == 0 || f.Status != "open" || f.ReportedAt.IsZero() {
				t.Errorf("flag %+v: want reported and open", f)
			}
			out = append(out, fmt.Sprintf("%d/%s", f.Record.ID, f.Assessment.Claim))
		}
		return out
	}
	want := []string{fmt.Sprintf("%d/safety", a), fmt.Sprintf("%d/sleep", a), fmt.Sprintf("%d/sleep", c)}
	if g := got(10); !reflect.DeepEqual(g, want) {
		t.Errorf("open flags %v, want %v (not the dismissed one of %d, nor the unreported one of %d)", g, want, b, e)
	}
	if g := got(2); !reflect.DeepEqual(g, want[:2]) {
		t.Errorf("open flags up to 2: %v", g)
	}
	if _, err := db.DecideFlag(ctx, store.Decision{RecordID: b, Status: store.FlagOpen}); err != nil {
		t.Fatal(err)
	}
	if g := got(10); len(g) != 4 || g[2] != fmt.Sprintf("%d/safety", b) {
		t.Errorf("after reopening: %v", g)
	}
}
