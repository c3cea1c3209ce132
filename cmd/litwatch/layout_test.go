package main

import (
	"encoding/json"
	"errors"
	"io"
	"os/exec"
	"slices"
	"strings"
	"testing"
)

// modulePrefix is the import path prefix of litwatch's packages.
const modulePrefix = "github.com/litwatch/litwatch/"

// top is the first element of a package path inside the module: "store",
// "crawler", "report", "cmd", "internal", "bench".
func top(pkg string) string {
	t, _, _ := strings.Cut(pkg, "/")
	return t
}

// layoutViolation says why pkg (a path inside the module) may not import
// dep, or "" if it may. The layout's one rule: data flows crawler → store
// ← report, cmd imports them all, and nothing imports cmd. internal holds
// helpers every layer may use, so it imports none of them.
func layoutViolation(pkg, dep string) string {
	switch p, d := top(pkg), top(dep); {
	case d == "cmd":
		return "nothing imports cmd"
	case p == "store" && d != "store":
		return "store must import no other litwatch package"
	case p == "crawler" && d != "crawler" && d != "store" && d != "internal":
		return "crawler imports only crawler, store and internal"
	case p == "report" && d != "report" && d != "store" && d != "internal":
		return "report imports only report, store and internal"
	case p == "internal" && d != "internal":
		return "internal imports only internal"
	}
	return ""
}

func TestLayoutViolation(t *testing.T) {
	cases := []struct {
		pkg, dep string
		ok       bool
	}{
		{"crawler/pubmed", "store", true},
		{"crawler/crossref", "crawler", true},
		{"crawler", "internal/redact", true},
		{"report/deliver", "report/digest", true},
		{"report/cycle", "store", true},
		{"cmd/litwatch", "crawler/pubmed", true},
		{"cmd/litwatch", "report/cycle", true},
		{"bench", "report/assess", true},
		{"store/bigstore", "store", true},
		{"store", "store/bigstore", true},
		{"store", "internal/redact", false},
		{"store", "report/digest", false},
		{"crawler/crossref", "report/digest", false},
		{"crawler", "store/bigstore", true},
		{"report/digest", "crawler", false},
		{"report/eval", "crawler/pubmed", false},
		{"internal/redact", "store", false},
		{"bench", "cmd/litwatch", false},
		{"report/cycle", "cmd/litwatch", false},
	}
	for _, c := range cases {
		if got := layoutViolation(c.pkg, c.dep) == ""; got != c.ok {
			t.Errorf("%s importing %s allowed = %v, want %v", c.pkg, c.dep, got, c.ok)
		}
	}
}

// listedPackage is what `go list -json` says of one package.
type listedPackage struct {
	ImportPath   string
	Deps         []string // transitive, without tests
	TestImports  []string // of its _test.go files in the package
	XTestImports []string // of its _test.go files in package x_test
}

// TestImportDirection keeps the layout's rule (see layoutViolation) for
// every package and its tests: what a package imports, directly or not,
// and what its tests (internal and external) import, with everything
// those imports import.
func TestImportDirection(t *testing.T) {
	if _, err := exec.LookPath("go"); err != nil {
		t.Skip("go command not on PATH")
	}
	out, err := exec.Command("go", "list", "-json", modulePrefix+"...").Output()
	if err != nil {
		t.Fatalf("go list: %v", err)
	}
	pkgs := map[string]listedPackage{}
	dec := json.NewDecoder(strings.NewReader(string(out)))
	for {
		var p listedPackage
		if err := dec.Decode(&p); errors.Is(err, io.EOF) {
			break
		} else if err != nil {
			t.Fatalf("go list output: %v", err)
		}
		pkgs[p.ImportPath] = p
	}
	for _, want := range []string{"cmd/litwatch", "store", "crawler", "report/digest", "bench"} {
		if _, ok := pkgs[modulePrefix+want]; !ok {
			t.Fatalf("go list did not list %s: the test would check nothing", want)
		}
	}
	// within keeps the module's packages of paths, as paths inside it.
	within := func(paths []string) []string {
		var in []string
		for _, d := range paths {
			if rest, ok := strings.CutPrefix(d, modulePrefix); ok {
				in = append(in, rest)
			}
		}
		return in
	}
	for path, p := range pkgs {
		pkg := strings.TrimPrefix(path, modulePrefix)
		for _, d := range within(p.Deps) {
			if why := layoutViolation(pkg, d); why != "" {
				t.Errorf("%s imports %s: %s", pkg, d, why)
			}
		}
		// Its tests: their direct imports and all those import.
		var testDeps []string
		for _, imp := range slices.Concat(p.TestImports, p.XTestImports) {
			if imp == path {
				continue // an external test imports its own package
			}
			testDeps = append(testDeps, imp)
			testDeps = append(testDeps, pkgs[imp].Deps...)
		}
		slices.Sort(testDeps)
		for _, d := range slices.Compact(within(testDeps)) {
			if why := layoutViolation(pkg, d); why != "" {
				t.Errorf("%s's tests import %s: %s", pkg, d, why)
			}
		}
	}
	// cmd alone wires the three layers together.
	deps := within(pkgs[modulePrefix+"cmd/litwatch"].Deps)
	for _, layer := range []string{"crawler", "store", "report"} {
		if !slices.ContainsFunc(deps, func(d string) bool { return top(d) == layer }) {
			t.Errorf("cmd/litwatch imports no %s package: it should wire every layer", layer)
		}
	}
}
