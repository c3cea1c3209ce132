package main

import (
	"context"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/litwatch/litwatch/internal/lock"
	"github.com/litwatch/litwatch/store"
)

// buildBinary builds litwatch into a temporary directory for the tests
// that run it as a real process.
func buildBinary(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "litwatch")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// TestSIGKILLAtRandomPoints kills `litwatch run` at random points many
// times, then lets one run finish: the database must be intact, every
// record stored once and reported by exactly one digest.
func TestSIGKILLAtRandomPoints(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary and runs it many times")
	}
	bin := buildBinary(t)
	h := newHarness(t, "rate = 10\n")
	today := time.Now().UTC()
	const total = 40
	for i := range total {
		h.srv.Add(article(fmt.Sprint(5000+i), today.AddDate(0, 0, -i*7), fmt.Sprintf("Massage trial number %d in preterm infants", i), "A randomised trial of 30 preterm infants."))
	}
	rng := rand.New(rand.NewPCG(1, 2))
	kills := 0
	for i := range 10 {
		cmd := exec.Command(bin, "run", "--config", h.config)
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		delay := time.Duration(rng.IntN(2500)) * time.Millisecond
		exited := make(chan error, 1)
		go func() { exited <- cmd.Wait() }()
		select {
		case <-exited:
		case <-time.After(delay):
			cmd.Process.Signal(syscall.SIGKILL)
			<-exited
			kills++
		}
		// New records keep arriving between the crashes.
		h.srv.Add(article(fmt.Sprint(9000+i), today, fmt.Sprintf("Late record %d on neonatal skin oils", i), "An observational study."))
	}
	if kills == 0 {
		t.Fatal("no run was killed: the test proves nothing")
	}
	out, err := exec.Command(bin, "run", "--config", h.config).CombinedOutput()
	if err != nil {
		t.Fatalf("final run: %v\n%s", err, out)
	}
	ctx := context.Background()
	db, err := store.Open(ctx, h.db)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if err := db.CheckIntegrity(ctx); err != nil {
		t.Fatal(err)
	}
	want := total + 10
	if n, _ := db.CountRecords(ctx); n != want {
		t.Fatalf("after %d kills: %d records stored, want %d", kills, n, want)
	}
	if p, _ := db.PendingRecords(ctx); len(p) != 0 {
		t.Fatalf("%d records never reported", len(p))
	}
	// Every record is in exactly one stored digest.
	rows, err := db.SQL().Query("SELECT doc FROM digests")
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	seen := map[string]int{}
	for rows.Next() {
		var doc string
		rows.Scan(&doc)
		var d struct {
			Records []struct {
				PMID string `json:"pmid"`
			} `json:"records"`
		}
		if err := json.Unmarshal([]byte(doc), &d); err != nil {
			t.Fatal(err)
		}
		for _, r := range d.Records {
			seen[r.PMID]++
		}
	}
	if len(seen) != want {
		t.Fatalf("digests report %d distinct records, want %d", len(seen), want)
	}
	for id, n := range seen {
		if n != 1 {
			t.Errorf("record %s reported in %d digests", id, n)
		}
	}
	t.Logf("%d of 10 runs killed", kills)
	_ = os.Remove(bin)
}

// TestFullDiskLosesNothing runs `litwatch run` with a file-size limit (the
// closest a test can come to a full disk without mounting one): the run
// fails with a clear error, and the next run, with room again, stores and
// reports every record once, with the database intact.
func TestFullDiskLosesNothing(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary")
	}
	prlimit, err := exec.LookPath("prlimit")
	if err != nil {
		t.Skip("prlimit (util-linux) not installed")
	}
	bin := buildBinary(t)
	h := newHarness(t, "rate = 10\n")
	today := time.Now().UTC()
	add := func(from, n int) {
		for i := from; i < from+n; i++ {
			long := strings.Repeat(fmt.Sprintf("Sentence %d about massage of preterm infants and weight gain. ", i), 40)
			h.srv.Add(article(fmt.Sprint(7000+i), today.AddDate(0, 0, -i%20), fmt.Sprintf("Massage trial %d in preterm infants", i), long))
		}
	}
	add(0, 5)
	if out, err := exec.Command(bin, "run", "--config", h.config).CombinedOutput(); err != nil {
		t.Fatalf("first run: %v\n%s", err, out)
	}
	fi, err := os.Stat(h.db)
	if err != nil {
		t.Fatal(err)
	}
	// Many more records than fit under the limit.
	add(5, 60)
	limit := fi.Size() + 16<<10
	out, _ := exec.Command(prlimit, fmt.Sprintf("--fsize=%d", limit), bin, "run", "--config", h.config).CombinedOutput()
	if !strings.Contains(string(out), "Hint: the disk may be full") {
		t.Fatalf("a run with no room left should say so; it printed:\n%s", out)
	}
	if out, err := exec.Command(bin, "run", "--config", h.config).CombinedOutput(); err != nil {
		t.Fatalf("run after room was made: %v\n%s", err, out)
	}
	ctx := context.Background()
	db, err := store.Open(ctx, h.db)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if err := db.CheckIntegrity(ctx); err != nil {
		t.Fatal(err)
	}
	if n, _ := db.CountRecords(ctx); n != 65 {
		t.Fatalf("%d records stored, want 65", n)
	}
	if p, _ := db.PendingRecords(ctx); len(p) != 0 {
		t.Fatalf("%d records never reported", len(p))
	}
	var reported int
	db.SQL().QueryRow("SELECT count(DISTINCT id) FROM records WHERE digest_id IS NOT NULL").Scan(&reported)
	if reported != 65 {
		t.Fatalf("%d records reported, want 65", reported)
	}
}

// TestStatusTellsAnInterruptedRun: a run whose process died leaves a run
// without an end; status calls it interrupted, not failed, and running
// while a process holds the database's lock.
func TestStatusTellsAnInterruptedRun(t *testing.T) {
	h := newHarness(t, "")
	ctx := context.Background()
	db, err := store.Open(ctx, h.db)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.StartRun(ctx); err != nil { // and the process is killed
		t.Fatal(err)
	}
	db.Close()
	code, out, errs := h.main("status", "--config", h.config)
	if code != 0 || !strings.Contains(out, ", INTERRUPTED: litwatch stopped before the run ended") || strings.Contains(out, "FAILED") {
		t.Fatalf("status after a killed run: exit %d %s\n%s", code, errs, out)
	}
	l, err := lock.Take(h.db)
	if err != nil {
		t.Fatal(err)
	}
	defer l.Unlock()
	if _, out, _ := h.main("status", "--config", h.config); !strings.Contains(out, ", running now\n") {
		t.Fatalf("status while a run holds the lock:\n%s", out)
	}
}
