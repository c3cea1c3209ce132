package main

import (
	"os/exec"
	"strings"
	"testing"
)

// TestImportDirection keeps the layout's one rule: crawler → store ← report,
// and only cmd imports them all.
func TestImportDirection(t *testing.T) {
	if _, err := exec.LookPath("go"); err != nil {
		t.Skip("go command not on PATH")
	}
	out, err := exec.Command("go", "list", "-f", "{{.ImportPath}} {{join .Deps \" \"}}", "github.com/litwatch/litwatch/...").Output()
	if err != nil {
		t.Fatalf("go list: %v", err)
	}
	const mod = "github.com/litwatch/litwatch/"
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		fields := strings.Fields(line)
		pkg := strings.TrimPrefix(fields[0], mod)
		for _, dep := range fields[1:] {
			if !strings.HasPrefix(dep, mod) {
				continue
			}
			d := strings.TrimPrefix(dep, mod)
			switch {
			case strings.HasPrefix(pkg, "store") && !strings.HasPrefix(d, "store"):
				t.Errorf("%s imports %s: store must import no other litwatch package", pkg, d)
			case strings.HasPrefix(pkg, "crawler") && strings.HasPrefix(d, "report"):
				t.Errorf("%s imports %s: crawler must not import report", pkg, d)
			case strings.HasPrefix(pkg, "report") && strings.HasPrefix(d, "crawler"):
				t.Errorf("%s imports %s: report must not import crawler", pkg, d)
			case strings.HasPrefix(d, "cmd"):
				t.Errorf("%s imports %s: nothing imports cmd", pkg, d)
			}
		}
	}
}
