package lock

import (
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// newDB makes an empty database file in a fresh directory.
func newDB(t *testing.T) string {
	t.Helper()
	db := filepath.Join(t.TempDir(), "lw.db")
	if err := os.WriteFile(db, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	return db
}

// TestTakeRefusesASecondHolder: while one lock is held, a second Take
// fails with ErrLocked naming the database and the holder's pid; after
// Unlock it succeeds.
func TestTakeRefusesASecondHolder(t *testing.T) {
	db := newDB(t)
	l, err := Take(db)
	if err != nil {
		t.Fatal(err)
	}
	if b, err := os.ReadFile(db + ".lock"); err != nil || strings.TrimSpace(string(b)) != strconv.Itoa(os.Getpid()) {
		t.Errorf("lock file holds %q, %v; want this process's pid", b, err)
	}
	_, err = Take(db)
	if !errors.Is(err, ErrLocked) || !strings.Contains(err.Error(), db) || !strings.Contains(err.Error(), "pid "+strconv.Itoa(os.Getpid())) {
		t.Fatalf("second Take: %v; want ErrLocked naming %s and the pid", err, db)
	}
	l.Unlock()
	l2, err := Take(db)
	if err != nil {
		t.Fatalf("Take after Unlock: %v", err)
	}
	l2.Unlock()
}

// TestHeldChangesNothing: Held tells a held lock from a free one and never
// creates a lock file.
func TestHeldChangesNothing(t *testing.T) {
	db := newDB(t)
	if held, err := Held(db); held || err != nil {
		t.Fatalf("Held with no lock file = %v, %v", held, err)
	}
	if _, err := os.Lstat(db + ".lock"); !errors.Is(err, os.ErrNotExist) {
		t.Fatalf("Held created the lock file: %v", err)
	}
	l, err := Take(db)
	if err != nil {
		t.Fatal(err)
	}
	if held, err := Held(db); !held || err != nil {
		t.Errorf("Held while held = %v, %v", held, err)
	}
	l.Unlock()
	if held, err := Held(db); held || err != nil {
		t.Errorf("Held after Unlock = %v, %v", held, err)
	}
}

// TestLinkedDatabaseSharesTheLock: a database reached through a symbolic
// link has its lock beside the real file, so both paths exclude each
// other, and the message names the real file.
func TestLinkedDatabaseSharesTheLock(t *testing.T) {
	db := newDB(t)
	link := filepath.Join(t.TempDir(), "link.db")
	if err := os.Symlink(db, link); err != nil {
		t.Fatal(err)
	}
	l, err := Take(link)
	if err != nil {
		t.Fatal(err)
	}
	defer l.Unlock()
	if _, err := os.Lstat(link + ".lock"); err == nil {
		t.Error("a lock file was made beside the link")
	}
	_, err = Take(db)
	if !errors.Is(err, ErrLocked) {
		t.Fatalf("Take through the real path while held through the link: %v", err)
	}
	real, _ := filepath.EvalSymlinks(db)
	if _, err := Take(link); err == nil || !strings.Contains(err.Error(), link+", which is "+real) {
		t.Errorf("Take through the link: %v; want it to name the link and the real file", err)
	}
}

// TestBadLockFilesAreLeftAlone: a lock file that is a symbolic link, a
// hard link or a named pipe is refused with ErrBadFile by Take and Held,
// and nothing it points to is written.
func TestBadLockFilesAreLeftAlone(t *testing.T) {
	for _, c := range []struct {
		name, want string
		make       func(lock, victim string) error
	}{
		{"symlink", "is a symbolic link", func(lock, victim string) error { return os.Symlink(victim, lock) }},
		{"hard link", "has 2 names", func(lock, victim string) error { return os.Link(victim, lock) }},
		{"named pipe", "it is a p", func(lock, _ string) error { return syscall.Mkfifo(lock, 0o644) }},
	} {
		t.Run(c.name, func(t *testing.T) {
			db := newDB(t)
			victim := filepath.Join(t.TempDir(), "victim")
			if err := os.WriteFile(victim, []byte("keep me\n"), 0o644); err != nil {
				t.Fatal(err)
			}
			if err := c.make(db+".lock", victim); err != nil {
				t.Fatal(err)
			}
			if _, err := Take(db); !errors.Is(err, ErrBadFile) || !strings.Contains(err.Error(), c.want) {
				t.Errorf("Take: %v; want ErrBadFile saying %q", err, c.want)
			}
			if _, err := Held(db); !errors.Is(err, ErrBadFile) {
				t.Errorf("Held: %v; want ErrBadFile", err)
			}
			if b, err := os.ReadFile(victim); err != nil || string(b) != "keep me\n" {
				t.Errorf("the other file changed: %q, %v", b, err)
			}
		})
	}
}

// TestNoDatabaseNoLock: the database must exist; no lock file is made
// for a missing one.
func TestNoDatabaseNoLock(t *testing.T) {
	db := filepath.Join(t.TempDir(), "missing.db")
	if _, err := Take(db); err == nil || !strings.Contains(err.Error(), "resolve the database path") {
		t.Errorf("Take of a missing database: %v", err)
	}
	if _, err := Held(db); err == nil {
		t.Error("Held of a missing database: no error")
	}
	if _, err := os.Lstat(db + ".lock"); err == nil {
		t.Error("a lock file was made for a missing database")
	}
}

// TestTakeWaitsOutAProbe: Held's look (a shared lock for an instant, as
// `litwatch status` takes it) at the moment a run starts does not make
// the run take it for another holder; a lock still held after the probe
// window is refused as before.
func TestTakeWaitsOutAProbe(t *testing.T) {
	db := newDB(t)
	path, err := Path(db)
	if err != nil {
		t.Fatal(err)
	}
	l, err := Take(db) // makes the lock file
	if err != nil {
		t.Fatal(err)
	}
	l.Unlock()
	probe := func(hold time.Duration) {
		f, err := os.Open(path)
		if err != nil {
			t.Fatal(err)
		}
		if err := syscall.Flock(int(f.Fd()), syscall.LOCK_SH|syscall.LOCK_NB); err != nil {
			t.Fatal(err)
		}
		time.AfterFunc(hold, func() { f.Close() })
	}
	probe(50 * time.Millisecond)
	l, err = Take(db)
	if err != nil {
		t.Fatalf("a 50 ms look made Take fail: %v", err)
	}
	l.Unlock()
	probe(2 * probeWait)
	if _, err := Take(db); !errors.Is(err, ErrLocked) {
		t.Fatalf("a lock held past the probe window: %v, want ErrLocked", err)
	}
}
