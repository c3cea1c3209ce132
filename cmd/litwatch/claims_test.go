package main

import (
	"context"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/litwatch/litwatch/report/claims"
	"github.com/litwatch/litwatch/store"
)

// storeRecords writes recs into a new database at path, as a run would.
func storeRecords(t *testing.T, path string, recs ...store.Record) {
	t.Helper()
	ctx := context.Background()
	db, err := store.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	run, err := db.StartRun(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.SaveBatch(ctx, run, "pubmed", recs); err != nil {
		t.Fatal(err)
	}
	if err := db.FinishRun(ctx, run, "done"); err != nil {
		t.Fatal(err)
	}
}

const (
	reviewTitle = "Massage for weight gain in preterm infants: a systematic review and meta-analysis"
	oilTitle    = "Sunflower seed oil versus no oil for the skin barrier of preterm neonates: a randomised controlled trial"
	statinTitle = "Statins and mortality in adults with heart failure: a cohort study"
)

func claimsCheckRecords() []store.Record {
	return []store.Record{
		{PMID: "40000001", Title: reviewTitle, Abstract: metaAbstract, Year: 2025, Journal: "Test Journal", PubTypes: []string{"Systematic Review", "Meta-Analysis"}},
		{PMID: "40000002", Title: oilTitle, Year: 2025, Journal: "Test Journal", PubTypes: []string{"Randomized Controlled Trial"},
			Abstract: "BACKGROUND: Topical oils are applied to the skin of preterm neonates. METHODS: 160 preterm neonates were randomised to sunflower seed oil or no oil. RESULTS: Sunflower seed oil significantly reduced transepidermal water loss (p < 0.001) and improved skin condition scores. CONCLUSIONS: Sunflower seed oil improves the skin barrier of preterm neonates."},
		{PMID: "40000003", Title: statinTitle, Year: 2025, Journal: "Test Journal", PubTypes: []string{"Observational Study"},
			Abstract: "BACKGROUND: Statins are widely used. METHODS: A cohort of 5000 adults with heart failure. RESULTS: Statin use was associated with lower mortality. CONCLUSIONS: Statins may reduce mortality in heart failure."},
	}
}

// section returns the lines of out from the line starting with id + " — "
// to the next blank line.
func section(out, id string) string {
	i := strings.Index(out, "\n"+id+" — ")
	if i < 0 {
		return ""
	}
	s := out[i+1:]
	if j := strings.Index(s, "\n\n"); j >= 0 {
		s = s[:j]
	}
	return s
}

// TestClaimsCheckShowsWhatEachClaimBearsOn: `claims check` on the default
// claims lists each claim with its verdict, as-of year and basis, and the
// stored records the assessor finds each claim bears on; narrowing a
// claim's terms shows its effect at once.
func TestClaimsCheckShowsWhatEachClaimBearsOn(t *testing.T) {
	h := newHarness(t, "")
	storeRecords(t, h.db, claimsCheckRecords()...)
	file := filepath.Join(h.dir, "claims.toml")
	if err := os.WriteFile(file, claims.DefaultTOML(), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errs := h.main("claims", "check", file, "--config", h.config)
	if code != 0 {
		t.Fatalf("claims check exited %d: %s", code, errs)
	}
	for _, want := range []string{
		file + ": 4 claims, valid",
		"preterm-growth — insufficient, as of 2004",
		"oils-skin — possible_harm_benefit, as of 2008",
		"doi:10.1002/14651858.CD000390.pub2",
		"no DOI: not watched",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	preterm, oils := section(out, "preterm-growth"), section(out, "oils-skin")
	if !strings.Contains(preterm, "bears on 1 of 3 stored records") || !strings.Contains(preterm, reviewTitle) {
		t.Errorf("preterm-growth does not show the review:\n%s", preterm)
	}
	if !strings.Contains(oils, "of 3 stored records") || !strings.Contains(oils, oilTitle) || strings.Contains(oils, reviewTitle) {
		t.Errorf("oils-skin does not show the oil trial alone:\n%s", oils)
	}
	if strings.Contains(out, statinTitle) {
		t.Errorf("a record no claim bears on is listed:\n%s", out)
	}

	// Narrow preterm-growth's intervention to a word no record uses: the
	// review drops out of it at once.
	data := narrow(t, string(claims.DefaultTOML()), `id = "preterm-growth"`, `intervention = ["kangaroo care"]`)
	if err := os.WriteFile(file, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errs = h.main("claims", "check", "--db", h.db, file)
	if code != 0 {
		t.Fatalf("claims check (narrowed) exited %d: %s", code, errs)
	}
	if p := section(out, "preterm-growth"); !strings.Contains(p, "bears on 0 of 3 stored records") || strings.Contains(p, reviewTitle) {
		t.Errorf("narrowed preterm-growth still bears on the review:\n%s", p)
	}
}

// narrow replaces the multi-line intervention list of the claim whose
// id line is marker with repl.
func narrow(t *testing.T, data, marker, repl string) string {
	t.Helper()
	i := strings.Index(data, marker)
	a := strings.Index(data[i:], "\nintervention = [\n")
	if i < 0 || a < 0 {
		t.Fatalf("no intervention list after %q", marker)
	}
	a += i
	b := a + strings.Index(data[a:], "\n]\n") + 2
	return data[:a] + "\n" + repl + data[b:]
}

// TestClaimsCheckWithoutDatabase: the config's claims file is checked
// when none is named; without a database the check says so and creates
// nothing.
func TestClaimsCheckWithoutDatabase(t *testing.T) {
	h := newHarness(t, "")
	cfg, err := os.ReadFile(h.config)
	if err != nil {
		t.Fatal(err)
	}
	ex, err := claims.ExampleTOML("colic")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(h.dir, "colic.toml"), ex, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(h.config, append([]byte("claims = \"colic.toml\"\n"), cfg...), 0o644); err != nil {
		t.Fatal(err)
	}
	before := snapshot(t, h.dir)
	code, out, errs := h.main("claims", "check", "--config", h.config)
	if code != 0 {
		t.Fatalf("claims check exited %d: %s", code, errs)
	}
	if !strings.Contains(out, filepath.Join(h.dir, "colic.toml")+": ") || !strings.Contains(out, "No database at "+h.db) {
		t.Errorf("output does not name the config's claims file and the missing database:\n%s", out)
	}
	if strings.Contains(out, "bears on") {
		t.Errorf("records judged without a database:\n%s", out)
	}
	if after := snapshot(t, h.dir); len(after) != len(before) {
		t.Errorf("claims check created files: before %v, after %v", keysOf(before), keysOf(after))
	}
}

// TestClaimsCheckBadFile: a type error in the second claim names the
// file, the line, the claim and the key, and exits 1; usage mistakes exit 2.
func TestClaimsCheckBadFile(t *testing.T) {
	h := newHarness(t, "")
	data := string(claims.DefaultTOML())
	i := strings.Index(data, "as_of = 2004")
	line := 1 + strings.Count(data[:i], "\n")
	bad := filepath.Join(h.dir, "bad.toml")
	if err := os.WriteFile(bad, []byte(strings.Replace(data, "as_of = 2004", `as_of = "2004"`, 1)), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errs := h.main("claims", "check", bad, "--config", h.config)
	if code != 1 {
		t.Errorf("bad claims file: exit %d, want 1", code)
	}
	for _, want := range []string{bad, "line " + strconv.Itoa(line) + ":", `claim "preterm-growth"`, `key "as_of"`, "whole number"} {
		if !strings.Contains(errs, want) {
			t.Errorf("error %q lacks %q", errs, want)
		}
	}
	if out != "" {
		t.Errorf("a bad file printed a listing: %s", out)
	}
	for _, args := range [][]string{{"claims"}, {"claims", "lint"}, {"claims", "check", "a.toml", "b.toml"}} {
		if code, _, _ := h.main(args...); code != 2 {
			t.Errorf("litwatch %s: exit %d, want 2", strings.Join(args, " "), code)
		}
	}
}
