package store_test

import (
	"context"
	"database/sql"
	"embed"
	"fmt"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	_ "modernc.org/sqlite"

	"github.com/litwatch/litwatch/store"
)

//go:embed migrations/*.sql
var migrations embed.FS

func TestCleanText(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"plain text, unchanged", "plain text, unchanged"},
		{"tab\tand\nnewline stay", "tab\tand\nnewline stay"},
		{"\x1b]0;owned\x07\x1b[2Jall sources ok", "]0;owned[2Jall sources ok"},
		{"cr\r nul\x00 del\x7f us\x1f", "cr nul del us"},
		{"c1 \u0085nel \u009bcsi \u0080 \u009f end", "c1 nel csi   end"},
		{"bidi \u202aLRE\u202b\u202c\u202d\u202e \u2066iso\u2067\u2068\u2069 end", "bidi LRE iso end"},
		{"kept: \u200e\u200f \u2065 \u206a \u2029 \u202f \u00a0 ~ é ü 中文 \ufffd", "kept: \u200e\u200f \u2065 \u206a \u2029 \u202f \u00a0 ~ é ü 中文 \ufffd"},
		{"bad utf-8 \xff\xfe here", "bad utf-8 \ufffd\ufffd here"},
		{"", ""},
	} {
		if got := store.CleanText(c.in); got != c.want {
			t.Errorf("CleanText(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestSaveBatchCleansText: control characters and bidi overrides sent by a
// source never reach the database, the index or a record read back.
func TestSaveBatchCleansText(t *testing.T) {
	ctx := context.Background()
	db := mustOpen(t)
	res, err := db.SaveBatch(ctx, 0, "europepmc", []store.Record{
		{PMID: "1", Title: "\x1b[2JMassage\u202e for infants\x07", Abstract: "Results\x1b]0;x\x07: better.\r\nEnd\u0085.",
			Sections: []store.Section{{Label: "RESULTS\x1b", Text: "better\u2066."}}, Journal: "J\x00 Tests\u009b",
			Authors: []string{"Lee\x1b[31m A", "\x07", "Kim B"}, Keywords: []string{"oil\x7f"}, MeSH: []string{"Infant\u202a"},
			PubTypes: []string{"Trial\x1b"}, Status: "OK\x1b", Links: []store.Link{{Type: "ErratumIn\x1b", Source: "x\x1by"}}},
		{PMID: "2", Title: "\x1b\x07\u202e  "}, // nothing left: no title
	})
	if err != nil {
		t.Fatal(err)
	}
	if res.New != 1 || res.Skipped != 1 || res.SkipReasons[store.SkipNoTitle] != 1 {
		t.Fatalf("save: %+v; want 1 new, 1 skipped for want of a title", res)
	}
	r, ok, err := db.FindByID(ctx, "pmid", "1")
	if err != nil || !ok {
		t.Fatal(ok, err)
	}
	want := store.Record{ID: r.ID, Source: "europepmc", PMID: "1", Title: "[2JMassage for infants", Abstract: "Results]0;x: better.\nEnd.",
		Sections: []store.Section{{Label: "RESULTS", Text: "better."}}, Journal: "J Tests",
		Authors: []string{"Lee[31m A", "Kim B"}, Keywords: []string{"oil"}, MeSH: []string{"Infant"},
		PubTypes: []string{"Trial"}, Status: "OK", Links: []store.Link{{Type: "ErratumIn", Source: "xy"}}}
	if !reflect.DeepEqual(r, want) {
		t.Errorf("stored\n%+v\nwant\n%+v", r, want)
	}
	var title, fts string
	// A search indexes the record, stored but not assessed yet.
	if _, err := db.Search(ctx, store.SearchQuery{Text: "massage"}); err != nil {
		t.Fatal(err)
	}
	if err := db.SQL().QueryRow("SELECT r.title, f.title || ' ' || f.abstract FROM records r JOIN records_fts f ON f.rowid = r.id").Scan(&title, &fts); err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{title, fts} {
		if strings.ContainsAny(s, "\x1b\x07\x00\r\u202e\u0085") {
			t.Errorf("control character in a column: %q", s)
		}
	}
}

func TestStoredTextIsCapped(t *testing.T) {
	ctx := context.Background()
	db := mustOpen(t)
	longTitle := strings.Repeat("Préterm massage ", 300) // 4,800 runes, 5,100 bytes
	word := "abstract words é "                          // 18 bytes, 17 runes
	longAbs := strings.Repeat(word, 10000)               // 180,000 bytes
	secs := []store.Section{{Label: "BACKGROUND", Text: "Short."}, {Label: "RESULTS", Text: longAbs}, {Label: "CONCLUSIONS", Text: "Lost."}}
	okTitle := strings.Repeat("t", store.MaxTitleRunes)
	okAbs := strings.Repeat("a", store.MaxAbstractBytes)
	if _, err := db.SaveBatch(ctx, 0, "pubmed", []store.Record{
		{PMID: "1", Title: longTitle, Abstract: longAbs, Sections: secs},
		{PMID: "2", Title: okTitle, Abstract: okAbs},
	}); err != nil {
		t.Fatal(err)
	}
	r, _, _ := db.FindByID(ctx, "pmid", "1")
	titleNote := fmt.Sprintf(" [title cut by litwatch at 2000 characters of %d]", utf8.RuneCountInString(strings.TrimSpace(longTitle)))
	if n := utf8.RuneCountInString(r.Title); n > store.MaxTitleRunes || n < store.MaxTitleRunes-20 {
		t.Errorf("title of %d runes, want just under %d", n, store.MaxTitleRunes)
	}
	if body, ok := strings.CutSuffix(r.Title, titleNote); !ok || !wholeWords(body, "Préterm", "massage") {
		t.Errorf("title not cut at a word with its note: …%q", r.Title[max(0, len(r.Title)-80):])
	}
	absNote := fmt.Sprintf(" [abstract cut by litwatch at 100000 bytes of %d]", len(longAbs))
	if len(r.Abstract) > store.MaxAbstractBytes || len(r.Abstract) < store.MaxAbstractBytes-len(word)-len(absNote) {
		t.Errorf("abstract of %d bytes, want at most %d and close to it", len(r.Abstract), store.MaxAbstractBytes)
	}
	if body, ok := strings.CutSuffix(r.Abstract, absNote); !ok || !wholeWords(body, "abstract", "words", "é") || !utf8.ValidString(body) {
		t.Errorf("abstract not cut at a word with its note: …%q", r.Abstract[max(0, len(r.Abstract)-80):])
	}
	total := 0
	for _, s := range r.Sections {
		total += len(s.Label) + len(s.Text)
	}
	if len(r.Sections) != 2 || r.Sections[0].Text != "Short." || total > store.MaxAbstractBytes ||
		!strings.HasSuffix(r.Sections[1].Text, fmt.Sprintf(" [abstract cut by litwatch at 100000 bytes of %d]", 10+6+7+len(longAbs)+11+5)) {
		t.Errorf("sections: %d, %d bytes, last ends %q", len(r.Sections), total, r.Sections[len(r.Sections)-1].Text[max(0, len(r.Sections[len(r.Sections)-1].Text)-60):])
	}
	// Text at the caps is kept whole.
	r2, _, _ := db.FindByID(ctx, "pmid", "2")
	if r2.Title != okTitle || r2.Abstract != okAbs {
		t.Errorf("text at the caps was cut: title %d runes, abstract %d bytes", utf8.RuneCountInString(r2.Title), len(r2.Abstract))
	}
	// A copy fetched again is cut the same way and changes nothing.
	res, err := db.SaveBatch(ctx, 0, "pubmed", []store.Record{{PMID: "1", Title: longTitle, Abstract: longAbs, Sections: secs}})
	if err != nil || res.Updated != 1 {
		t.Fatal(res, err)
	}
	again, _, _ := db.FindByID(ctx, "pmid", "1")
	if !reflect.DeepEqual(again, r) {
		t.Error("the same over-long record saved again changed the stored one")
	}
}

// wholeWords reports whether s ends with one of words, after a space.
func wholeWords(s string, words ...string) bool {
	for _, w := range words {
		if strings.HasSuffix(s, " "+w) {
			return true
		}
	}
	return false
}

func TestSectionsCutAtALabel(t *testing.T) {
	ctx := context.Background()
	db := mustOpen(t)
	big := strings.Repeat("x", store.MaxAbstractBytes-100)
	secs := []store.Section{{Label: "A", Text: big}, {Label: strings.Repeat("L", 200), Text: "after"}}
	if _, err := db.SaveBatch(ctx, 0, "pubmed", []store.Record{{PMID: "1", Title: "t", Sections: secs}}); err != nil {
		t.Fatal(err)
	}
	r, _, _ := db.FindByID(ctx, "pmid", "1")
	if len(r.Sections) != 2 || r.Sections[0].Text != big || r.Sections[1].Label != "" ||
		r.Sections[1].Text != fmt.Sprintf("[abstract cut by litwatch at 100000 bytes of %d]", 1+len(big)+200+5) {
		t.Errorf("sections %d: %q", len(r.Sections), r.Sections[len(r.Sections)-1])
	}
}

func TestSourceErrorsAreCleanedAndSkipsStored(t *testing.T) {
	ctx := context.Background()
	db := mustOpen(t)
	run, _ := db.StartRun(ctx)
	day := time.Date(2026, 11, 30, 0, 0, 0, 0, time.UTC)
	res := store.SourceResult{Name: "europepmc", From: day, To: day, Fetched: 5, New: 1,
		Errors: []string{"HTTP 500: \x1b]0;pwned\x07\x1b[2Jall sources ok\r\nline two\u202e", strings.Repeat("long ", 2000)}}
	res.AddSkips(map[string]int{store.SkipNoID: 2, "\x1bbad": 1, "zero": 0})
	res.AddSkips(map[string]int{store.SkipNoID: 1})
	if res.Skipped != 4 || res.SkipReasons[store.SkipNoID] != 3 || len(res.SkipReasons) != 2 {
		t.Fatalf("AddSkips: %+v", res)
	}
	if err := db.FinishSource(ctx, run, res); err != nil {
		t.Fatal(err)
	}
	got, err := db.Run(ctx, run)
	if err != nil || len(got.Sources) != 1 {
		t.Fatal(got, err)
	}
	s := got.Sources[0]
	if s.Errors[0] != "HTTP 500: ]0;pwned[2Jall sources ok line two" {
		t.Errorf("stored error %q", s.Errors[0])
	}
	if len(s.Errors[1]) > store.MaxErrorBytes || !strings.HasSuffix(s.Errors[1], "long…") {
		t.Errorf("long error: %d bytes, ends %q", len(s.Errors[1]), s.Errors[1][len(s.Errors[1])-10:])
	}
	if s.Skipped != 4 || !reflect.DeepEqual(s.SkipReasons, map[string]int{store.SkipNoID: 3, "bad": 1}) {
		t.Errorf("stored skips %d %v", s.Skipped, s.SkipReasons)
	}
	// A source that skipped nothing reads back with no reasons.
	if err := db.FinishSource(ctx, run, store.SourceResult{Name: "pubmed", From: day, To: day}); err != nil {
		t.Fatal(err)
	}
	got, _ = db.Run(ctx, run)
	if p := got.Sources[1]; p.Skipped != 0 || p.SkipReasons != nil || p.Errors == nil || len(p.Errors) != 0 {
		t.Errorf("clean source read back as %+v", p)
	}
}

func TestOutboxErrorIsCleaned(t *testing.T) {
	ctx := context.Background()
	db := mustOpen(t)
	now := time.Date(2026, 11, 30, 6, 0, 0, 0, time.UTC)
	db.Now = func() time.Time { return now }
	if _, err := db.SaveDigest(ctx, store.Digest{GeneratedAt: now, JSON: []byte("{}"), MessageID: "<d@x>", MailStatus: "pending"}, nil); err != nil {
		t.Fatal(err)
	}
	due, _ := db.DueMail(ctx)
	if err := db.MarkFailed(ctx, due[0].ID, fmt.Errorf("smtp: 554 \x1b[2Jrejected\r\n"), now); err != nil {
		t.Fatal(err)
	}
	due, _ = db.DueMail(ctx)
	if len(due) != 1 || due[0].LastError != "smtp: 554 [2Jrejected" {
		t.Fatalf("outbox error %q", due[0].LastError)
	}
}

func TestNormSourceIDs(t *testing.T) {
	for in, want := range map[string]string{
		"PPR123456": "PPR123456", " ppr0042 ": "PPR42", "PPR": "", "PPRX1": "", "PMC123": "", "123": "", "PPR1234567890123": "",
	} {
		if got := store.NormPPR(in); got != want {
			t.Errorf("NormPPR(%q) = %q, want %q", in, got, want)
		}
	}
	for in, want := range map[string]string{
		"W2741809807": "W2741809807", "https://openalex.org/W2741809807": "W2741809807", "https://openalex.org/works/w12": "W12",
		"http://OpenAlex.org/W1": "W1", "w007": "W7", "W": "", "A123": "", "https://example.org/W123": "", "W12a": "", "": "",
	} {
		if got := store.NormOpenAlex(in); got != want {
			t.Errorf("NormOpenAlex(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestSourceIDsKeepAndJoinWorks: a work known only by a source's own id
// is stored; a later copy with that id and a DOI joins it; when the DOI
// was stored as another record meanwhile, the two records become one,
// with their identifiers, assessments, flag reviews and reported state.
func TestSourceIDsKeepAndJoinWorks(t *testing.T) {
	ctx := context.Background()
	db := mustOpen(t)
	run, _ := db.StartRun(ctx)
	title := "Sunflower seed oil and the skin barrier of preterm infants"
	save := func(source string, recs ...store.Record) store.SaveResult {
		t.Helper()
		res, err := db.SaveBatch(ctx, run, source, recs)
		if err != nil {
			t.Fatal(err)
		}
		return res
	}
	if res := save("europepmc", store.Record{PPR: "ppr100", Title: title, Abstract: "Preprint abstract."}); res.New != 1 {
		t.Fatalf("PPR-only preprint: %+v", res)
	}
	if res := save("openalex", store.Record{OpenAlex: "https://openalex.org/W5", Title: "An OpenAlex work with no DOI at all"}); res.New != 1 {
		t.Fatalf("W-only work: %+v", res)
	}
	// The DOI arrives first on its own, from Crossref, under another title.
	if res := save("crossref", store.Record{DOI: "10.1101/2026.01.01.1", Title: "Sunflower oil, skin barrier, preterm (preprint)", Abstract: "A longer abstract from Crossref than the preprint's."}); res.New != 1 {
		t.Fatalf("DOI-only copy: %+v", res)
	}
	p, _ := db.PendingRecords(ctx)
	if len(p) != 3 {
		t.Fatalf("%d records, want 3", len(p))
	}
	ppr, doi := p[0].ID, p[2].ID
	// The DOI record was assessed, flagged, reported and reviewed.
	if err := db.SaveAssessments(ctx, doi, "rct", []store.Assessment{{Claim: "oils-skin", Relevant: true, Flagged: true, Signal: "reverses"}}); err != nil {
		t.Fatal(err)
	}
	if _, err := db.SaveDigest(ctx, store.Digest{GeneratedAt: time.Now(), JSON: []byte("{}")}, []int64{doi}); err != nil {
		t.Fatal(err)
	}
	if _, err := db.ReviewFlag(ctx, doi, "oils-skin", "accepted", "read it"); err != nil {
		t.Fatal(err)
	}

	// Europe PMC's copy now names both its PPR id and the DOI.
	res := save("europepmc", store.Record{PPR: "PPR100", DOI: "https://doi.org/10.1101/2026.01.01.1", Title: title})
	if res.Joined != 1 || res.Updated != 1 || res.New != 0 {
		t.Fatalf("copy with both ids: %+v; want the two records joined", res)
	}
	if n, _ := db.CountRecords(ctx); n != 2 {
		t.Fatalf("%d records, want 2", n)
	}
	for _, id := range [][2]string{{"ppr", "PPR100"}, {"doi", "10.1101/2026.01.01.1"}} {
		r, ok, err := db.FindByID(ctx, id[0], id[1])
		if err != nil || !ok || r.ID != ppr {
			t.Fatalf("%s %s: record %d %v %v, want %d", id[0], id[1], r.ID, ok, err, ppr)
		}
		if r.PPR != "PPR100" || r.DOI != "10.1101/2026.01.01.1" || r.Title != title || r.Abstract != "A longer abstract from Crossref than the preprint's." {
			t.Errorf("joined record %+v", r)
		}
	}
	// Reported once: the joined work is not pending again.
	if p, _ := db.PendingRecords(ctx); len(p) != 1 || p[0].OpenAlex != "W5" {
		t.Errorf("pending after the join: %+v; want only the OpenAlex work", p)
	}
	as, designs, err := db.Assessments(ctx, []int64{ppr})
	if err != nil || len(as[ppr]) != 1 || as[ppr][0].RecordID != ppr || designs[ppr] != "rct" {
		t.Errorf("assessments after the join: %+v %v %v", as, designs, err)
	}
	var left int
	db.SQL().QueryRow("SELECT (SELECT count(*) FROM assessments WHERE record_id = ?) + (SELECT count(*) FROM flag_reviews WHERE record_id = ?)", doi, doi).Scan(&left)
	if left != 0 {
		t.Errorf("%d assessments or reviews left on the joined record", left)
	}
	flags, _ := db.Flags(ctx, true)
	if len(flags) != 1 || flags[0].Record.ID != ppr || flags[0].Status != "accepted" || flags[0].Note != "read it" {
		t.Errorf("flag reviews after the join: %+v", flags)
	}
	hits, err := db.Search(ctx, store.SearchQuery{Text: "sunflower"})
	if err != nil || len(hits) != 1 || hits[0].Record.ID != ppr {
		t.Errorf("search after the join: %+v %v", hits, err)
	}
	if err := db.CheckIntegrity(ctx); err != nil {
		t.Fatal(err)
	}
	var orphans int
	db.SQL().QueryRow("SELECT count(*) FROM identifiers WHERE record_id NOT IN (SELECT id FROM records)").Scan(&orphans)
	if orphans != 0 {
		t.Errorf("%d identifiers point at no record", orphans)
	}
	if r, ok, _ := db.FindByID(ctx, "openalex", "W5"); !ok || r.Title != "An OpenAlex work with no DOI at all" {
		t.Errorf("W-only work: %+v", r)
	}
}

// TestRecordsWithDifferentPMIDsAreNotJoined: a copy that shares an
// identifier with each of two works that have different PMIDs does not
// make them one.
func TestRecordsWithDifferentPMIDsAreNotJoined(t *testing.T) {
	ctx := context.Background()
	db := mustOpen(t)
	db.SaveBatch(ctx, 0, "pubmed", []store.Record{{PMID: "1", Title: "Article"}, {PMID: "2", DOI: "10.1/erratum", Title: "Erratum"}})
	res, err := db.SaveBatch(ctx, 0, "europepmc", []store.Record{{PMID: "1", DOI: "10.1/erratum", Title: "Article"}})
	if err != nil || res.Joined != 0 || res.Updated != 1 {
		t.Fatalf("%+v %v", res, err)
	}
	if n, _ := db.CountRecords(ctx); n != 2 {
		t.Fatalf("%d records, want 2", n)
	}
	if r, _, _ := db.FindByID(ctx, "doi", "10.1/erratum"); r.PMID != "2" {
		t.Errorf("the DOI moved to another work: %+v", r)
	}
}

// TestMigrationKeepsAVersion3Database opens a database written before the
// source ids and skip counts existed, and finds its data intact.
func TestMigrationKeepsAVersion3Database(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "old.db")
	old, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range []string{"0001_init.sql", "0002_search_outbox_flags.sql", "0003_basis_updates.sql"} {
		b, err := migrations.ReadFile("migrations/" + f)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := old.Exec(string(b)); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
	}
	for _, q := range []string{
		"PRAGMA user_version = 3",
		"INSERT INTO runs (id, started_at, status) VALUES (1, '2026-01-01T00:00:00Z', 'done')",
		`INSERT INTO records (id, source, title, title_key, data, created_at, updated_at) VALUES (7, 'pubmed', 'Old', 'old', '{"id":7,"source":"pubmed","pmid":"9","title":"Old"}', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')`,
		"INSERT INTO identifiers (kind, value, record_id) VALUES ('pmid', '9', 7)",
		`INSERT INTO run_sources (run_id, source, window_from, window_to, fetched, new, errors, ok) VALUES (1, 'pubmed', '2026-01-01', '2026-01-02', 3, 1, '[]', 1)`,
	} {
		if _, err := old.Exec(q); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	old.Close()

	db, err := store.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if r, ok, err := db.FindByID(ctx, "pmid", "9"); err != nil || !ok || r.ID != 7 {
		t.Fatalf("old record after migration: %+v %v %v", r, ok, err)
	}
	run, err := db.Run(ctx, 1)
	if err != nil || len(run.Sources) != 1 || run.Sources[0].Fetched != 3 || run.Sources[0].Skipped != 0 || run.Sources[0].SkipReasons != nil {
		t.Fatalf("old run after migration: %+v %v", run, err)
	}
	if _, err := db.SaveBatch(ctx, 0, "europepmc", []store.Record{{PPR: "PPR1", Title: "New preprint"}}); err != nil {
		t.Fatal(err)
	}
	if _, err := db.SQL().Exec("INSERT INTO identifiers (kind, value, record_id) VALUES ('isbn', '1', 7)"); err == nil {
		t.Error("the rebuilt identifiers table accepts any kind")
	}
	if err := db.CheckIntegrity(ctx); err != nil {
		t.Fatal(err)
	}
}
