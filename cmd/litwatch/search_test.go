package main

import (
	"strings"
	"testing"
)

// TestSearchSyntaxAndPages: the documented syntax reaches the store, a
// text that is not valid syntax is a usage error saying why, and --offset
// shows the next page.
func TestSearchSyntaxAndPages(t *testing.T) {
	db := searchDB(t)
	// Records 1 and 2 hold the phrase (3 has "sunflower seed oil"); 2 also
	// says coconut.
	if code, out, errs := cli(t, "search", `"sunflower oil"`, "NOT", "coconut", "--db", db); code != 0 || !strings.Contains(out, "pubmed.ncbi.nlm.nih.gov/1/") || !strings.HasSuffix(out, "\n1 match\n") {
		t.Errorf(`search "sunflower oil" NOT coconut: exit %d, %q, %q; want record 1 only`, code, out, errs)
	}
	if code, out, errs := cli(t, "search", "oil", "OR", "--db", db); code != 2 || out != "" || !strings.Contains(errs, "OR needs words on both sides") {
		t.Errorf("search oil OR: exit %d, %q, %q; want a usage error saying why", code, out, errs)
	}
	code, first, errs := cli(t, "search", "oil", "--limit", "1", "--db", db)
	if code != 0 || !strings.HasSuffix(first, "\n3 matches, the best 1 shown (--limit for more)\n") {
		t.Fatalf("search oil --limit 1: exit %d, %q, %q", code, first, errs)
	}
	code, second, errs := cli(t, "search", "oil", "--limit", "1", "--offset", "1", "--db", db)
	if code != 0 || !strings.HasSuffix(second, "\n3 matches, 2 to 2 shown (--offset, --limit for others)\n") || strings.SplitN(second, "\t", 2)[0] == strings.SplitN(first, "\t", 2)[0] {
		t.Errorf("search oil --limit 1 --offset 1: exit %d, %q, %q; want the second match", code, second, errs)
	}
	if code, out, _ := cli(t, "search", "oil", "--offset", "10", "--db", db); code != 0 || out != "no matches past --offset 10 (3 matches in all)\n" {
		t.Errorf("search oil --offset 10: exit %d, %q", code, out)
	}
	for _, args := range [][]string{{"--limit", "0"}, {"--limit", "1001"}, {"--offset", "-1"}} {
		if code, _, errs := cli(t, append([]string{"search", "oil", "--db", db}, args...)...); code != 2 || !strings.Contains(errs, args[0]) {
			t.Errorf("search oil %v: exit %d, %q; want a usage error", args, code, errs)
		}
	}
}

func TestThousands(t *testing.T) {
	for n, want := range map[int]string{0: "0", 999: "999", 1000: "1,000", 10000: "10,000", 1234567: "1,234,567"} {
		if got := thousands(n); got != want {
			t.Errorf("thousands(%d) = %q, want %q", n, got, want)
		}
	}
}
