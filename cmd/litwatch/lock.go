package main

import (
	"errors"
	"fmt"
	"os"
	"strconv"
	"strings"
	"syscall"
)

// errLocked means another litwatch cycle or daemon holds the database.
var errLocked = errors.New("another litwatch run or daemon is using this database")

// dbLock is an exclusive advisory lock on "<db>.lock", held while a cycle
// or a daemon runs so that two never work on one database at once. The
// kernel releases it when the process dies, so a crash leaves no stale lock.
type dbLock struct{ f *os.File }

func lockDB(dbPath string) (*dbLock, error) {
	path := dbPath + ".lock"
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o644)
	if err != nil {
		return nil, fmt.Errorf("lock %s: %w", path, err)
	}
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
		holder, _ := os.ReadFile(path)
		f.Close()
		if errors.Is(err, syscall.EWOULDBLOCK) {
			who := strings.TrimSpace(string(holder))
			if who != "" {
				return nil, fmt.Errorf("%w (%s, pid %s); stop it first or use another --db", errLocked, dbPath, who)
			}
			return nil, fmt.Errorf("%w (%s)", errLocked, dbPath)
		}
		return nil, fmt.Errorf("lock %s: %w", path, err)
	}
	if err := f.Truncate(0); err == nil {
		f.WriteAt([]byte(strconv.Itoa(os.Getpid())+"\n"), 0) //nolint:errcheck // informative only
	}
	return &dbLock{f: f}, nil
}

// lockHeld reports whether some process holds the database's lock.
func lockHeld(dbPath string) bool {
	l, err := lockDB(dbPath)
	if err != nil {
		return errors.Is(err, errLocked)
	}
	l.Unlock()
	return false
}

func (l *dbLock) Unlock() {
	syscall.Flock(int(l.f.Fd()), syscall.LOCK_UN) //nolint:errcheck // closing releases it anyway
	l.f.Close()
}
