package main

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/litwatch/litwatch/report/claims"
	"github.com/litwatch/litwatch/store"
)

// cli runs litwatch in-process with args.
func cli(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errb syncBuffer
	code := Main(context.Background(), testEnv(&out, &errb), args)
	return code, out.String(), errb.String()
}

// TestHelpAndVersion: `litwatch help CMD` and `CMD --help` print the
// command's help on stdout and exit 0; version and --version print it.
func TestHelpAndVersion(t *testing.T) {
	for _, c := range commands() {
		if c.name == "help" {
			continue
		}
		for _, args := range [][]string{{"help", c.name}, {c.name, "--help"}, {c.name, "-h"}} {
			code, out, errs := cli(t, args...)
			if code != 0 || !strings.Contains(out, "Usage: litwatch "+c.name) || errs != "" {
				t.Errorf("%v: exit %d, stdout %q, stderr %q; want its help on stdout, exit 0", args, code, out, errs)
			}
		}
	}
	if code, out, _ := cli(t, "help", "search"); code != 0 || !strings.Contains(out, "-design") || !strings.Contains(out, "systematic_review") {
		t.Errorf("help search: exit %d, %q: want the flags with the designs", code, out)
	}
	for _, args := range [][]string{{"version"}, {"--version"}} {
		code, out, errs := cli(t, args...)
		if code != 0 || out != "litwatch "+version()+"\n" || errs != "" {
			t.Errorf("%v: exit %d, %q, %q", args, code, out, errs)
		}
	}
	if code, out, _ := cli(t, "help"); code != 0 || !strings.Contains(out, "version") || !strings.Contains(out, "litwatch help COMMAND") {
		t.Errorf("help: exit %d, %q", code, out)
	}
	if code, _, errs := cli(t, "help", "nope"); code != 2 || !strings.Contains(errs, `unknown command "nope"`) {
		t.Errorf("help nope: exit %d, %q", code, errs)
	}
	if code, _, _ := cli(t, "version", "extra"); code != 2 {
		t.Errorf("version extra: exit %d, want 2", code)
	}
}

// TestUsageErrorPrintedOnce: a command-line mistake is said once on
// stderr, nothing on stdout, exit 2, and creates no file.
func TestUsageErrorPrintedOnce(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "none.db")
	cases := []struct {
		args []string
		msg  string
	}{
		{[]string{"search", "--db", db, "--bogus", "massage"}, "flag provided but not defined: -bogus"},
		{[]string{"status", "--db", db, "--bogus"}, "flag provided but not defined: -bogus"},
		{[]string{"report", "--db", db, "--format"}, "flag needs an argument: -format"},
		{[]string{"run", "--db", db, "--limit", "3"}, "flag provided but not defined: -limit"},
		{[]string{"export", "--db", db, "--from", "x"}, `invalid value "x" for flag -from`},
		{[]string{"status", "--db", db, "extra"}, `unexpected argument "extra"`},
		{[]string{"report", "--db", db, "html", "--format", "html"}, `unexpected argument "html"`},
		{[]string{"search", "--db", db, "massage", "--design", "trial"}, `unknown design "trial"`},
		{[]string{"eval", "a.jsonl", "b.jsonl"}, "exactly one labelled file"},
	}
	for _, c := range cases {
		code, out, errs := cli(t, c.args...)
		if code != 2 || out != "" || strings.Count(errs, c.msg) != 1 || strings.Count(errs, "Usage:") != 0 || strings.Count(errs, "Try: litwatch") != 1 {
			t.Errorf("%v: exit %d, stdout %q, stderr %q; want %q once and exit 2", c.args, code, out, errs, c.msg)
		}
	}
	if m, _ := filepath.Glob(filepath.Join(dir, "*")); len(m) != 0 {
		t.Errorf("usage errors created %v", m)
	}
}

// searchDB makes a real database holding a few records.
func searchDB(t *testing.T) string {
	t.Helper()
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "lw.db")
	db, err := store.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	run, err := db.StartRun(ctx)
	if err != nil {
		t.Fatal(err)
	}
	recs := []store.Record{
		{PMID: "1", Title: "Sunflower oil massage in preterm infants", Year: 2022,
			Abstract: "We randomised 120 preterm infants to massage with sunflower oil or no oil. Weight gain was greater with sunflower oil massage than without it, and no skin harm was seen."},
		{PMID: "2", Title: "Coconut oil for neonatal skin", Year: 2019,
			Abstract: "Topical coconut oil and sunflower oil were compared in neonates in a hospital in India."},
		{PMID: "3", Title: "Emollients in term newborns", Year: 2021,
			Abstract: "Sunflower seed oil applied twice daily reduced transepidermal water loss."},
		{PMID: "4", Title: "Adult back pain", Year: 2023, Abstract: "Physiotherapy."},
	}
	if _, err := db.SaveBatch(ctx, run, "pubmed", recs); err != nil {
		t.Fatal(err)
	}
	hits, err := db.Search(ctx, store.SearchQuery{Text: "Sunflower oil massage"})
	if err != nil || len(hits) != 1 {
		t.Fatalf("seed: %v %v", hits, err)
	}
	if err := db.SaveAssessments(ctx, hits[0].Record.ID, "rct", []store.Assessment{{Claim: "oils-skin", Relevant: true}}); err != nil {
		t.Fatal(err)
	}
	return path
}

// TestSearchFlagsAfterWords: flags may follow the words, and are not
// searched; -- makes every following word a word.
func TestSearchFlagsAfterWords(t *testing.T) {
	db := searchDB(t)
	code, out, errs := cli(t, "search", "sunflower", "oil", "--from", "2020", "--db", db)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if !strings.Contains(out, "pubmed.ncbi.nlm.nih.gov/1/") || !strings.Contains(out, "pubmed.ncbi.nlm.nih.gov/3/") || strings.Contains(out, "/2/") {
		t.Errorf("search sunflower oil --from 2020:\n%s\nwant records 1 and 3 (2019's record 2 is before --from)", out)
	}
	if !strings.HasSuffix(out, "\n2 matches\n") {
		t.Errorf("output does not end with the total:\n%s", out)
	}
	// The same with the flags first, as before.
	if code, out2, _ := cli(t, "search", "--from", "2020", "--db", db, "sunflower", "oil"); code != 0 || out2 != out {
		t.Errorf("flags first: exit %d\n%s\nwant the same as flags last:\n%s", code, out2, out)
	}
	// After --, a word that looks like a flag is searched.
	if code, out, errs := cli(t, "search", "--db", db, "--", "--from"); code != 0 || out != "no matches\n" {
		t.Errorf("search -- --from: exit %d, %q, %q", code, out, errs)
	}
	// --design and --claim after the words.
	if code, out, errs := cli(t, "search", "oil", "--design", "rct", "--claim", "oils-skin", "--db", db); code != 0 || !strings.Contains(out, "\t2022\trct\tSunflower oil massage") || !strings.HasSuffix(out, "\n1 match\n") {
		t.Errorf("--design rct --claim oils-skin: exit %d\n%s%s", code, out, errs)
	}
}

// TestSearchSnippetAndTotal: each hit shows the matched words in a few
// words of its abstract; the total counts every match beyond --limit.
func TestSearchSnippetAndTotal(t *testing.T) {
	db := searchDB(t)
	code, out, errs := cli(t, "search", "oil", "--limit", "2", "--db", db)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	if len(lines) != 7 || lines[6] != "3 matches, the best 2 shown (--limit for more)" {
		t.Fatalf("search oil --limit 2:\n%s\nwant 2 hits of 3 lines and the total", out)
	}
	for _, i := range []int{2, 5} {
		if !strings.HasPrefix(lines[i], "\t") || !strings.Contains(lines[i], "**oil**") {
			t.Errorf("line %d %q: want a snippet with the matched word marked", i+1, lines[i])
		}
	}
	// A title-only match marks the title's words.
	if code, out, _ := cli(t, "search", "emollients", "--db", db); code != 0 || !strings.Contains(out, "\t**Emollients** in term newborns\n") {
		t.Errorf("title-only match: exit %d\n%s", code, out)
	}
	// A long abstract is cut around the match.
	if code, out, _ := cli(t, "search", "harm", "--db", db); code != 0 || !strings.Contains(out, "…") || !strings.Contains(out, "**harm**") {
		t.Errorf("snippet of a long abstract: exit %d\n%s", code, out)
	}
}

// TestPositionalWordsBeforeFlags: the other commands with words take
// flags after them too.
func TestPositionalWordsBeforeFlags(t *testing.T) {
	dir := t.TempDir()
	// eval FILE --claims FILE: the --claims given after the file is used.
	code, _, errs := cli(t, "eval", filepath.Join("..", "..", "report", "eval", "testdata", "dev.jsonl"), "--claims", filepath.Join(dir, "missing.toml"))
	if code != 1 || !strings.Contains(errs, "missing.toml") {
		t.Errorf("eval FILE --claims missing.toml: exit %d, %q; want the claims file read (and missing)", code, errs)
	}
	// claims check FILE --db DB: the --db after the file is used.
	cf := filepath.Join(dir, "my-claims.toml")
	if err := os.WriteFile(cf, claims.DefaultTOML(), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errs := cli(t, "claims", "check", cf, "--db", filepath.Join(dir, "none.db"))
	code2, out2, _ := cli(t, "claims", "--db", filepath.Join(dir, "none.db"), "check", cf)
	if code != 0 || code2 != 0 || out != out2 || !strings.Contains(out, "none.db") || !strings.Contains(out, "my-claims.toml") {
		t.Errorf("claims check FILE --db: exit %d/%d, %q %q", code, code2, out, errs)
	}
	// export: a word it does not take is refused, not silently ignored
	// along with the flags after it.
	if code, _, errs := cli(t, "export", "csv", "--format", "csv", "--db", filepath.Join(dir, "none.db")); code != 2 || !strings.Contains(errs, `unexpected argument "csv"`) {
		t.Errorf("export csv --format csv: exit %d, %q", code, errs)
	}
}
