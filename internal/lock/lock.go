// Package lock is the database's lock: an exclusive advisory lock (flock)
// on "<db>.lock" beside the database's real file (symbolic links in the
// database's path resolved), held while a cycle or a daemon runs so that
// two never work on one database at once, whichever path each was given.
// The kernel releases it when the process dies, so a crash leaves no
// stale lock.
package lock

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// ErrLocked means another litwatch cycle or daemon holds the database.
var ErrLocked = errors.New("another litwatch run or daemon is using this database")

// ErrBadFile means the lock file is not a plain file of its own: a
// symbolic link, a hard link to another file, or not a regular file.
// It is left (and whatever it points to) untouched.
var ErrBadFile = errors.New("the lock file is not a plain file")

// Lock is a held lock on a database.
type Lock struct{ f *os.File }

// Path is the lock file of the database at dbPath, which must exist.
func Path(dbPath string) (string, error) {
	real, err := filepath.EvalSymlinks(dbPath)
	if err != nil {
		return "", fmt.Errorf("lock: resolve the database path %s: %w", dbPath, err)
	}
	if abs, err := filepath.Abs(real); err == nil {
		real = abs
	}
	return real + ".lock", nil
}

// openFile opens the lock file without following a symbolic link and
// checks that it is a regular file with no other name, so that neither a
// link planted there nor anything it points to is ever written.
func openFile(path string, flag int) (*os.File, error) {
	f, err := os.OpenFile(path, flag|syscall.O_NOFOLLOW|syscall.O_NONBLOCK, 0o644)
	if err != nil {
		if errors.Is(err, syscall.ELOOP) {
			return nil, fmt.Errorf("lock %s: %w: it is a symbolic link, which litwatch does not follow; remove it (litwatch makes its own)", path, ErrBadFile)
		}
		return nil, fmt.Errorf("lock %s: %w", path, err)
	}
	fi, err := f.Stat()
	if err != nil {
		f.Close()
		return nil, fmt.Errorf("lock %s: %w", path, err)
	}
	if !fi.Mode().IsRegular() {
		f.Close()
		return nil, fmt.Errorf("lock %s: %w: it is a %s; remove it (litwatch makes its own)", path, ErrBadFile, fi.Mode().Type())
	}
	if st, ok := fi.Sys().(*syscall.Stat_t); ok && st.Nlink > 1 {
		f.Close()
		return nil, fmt.Errorf("lock %s: %w: it has %d names (hard links), so writing it would change another file; remove it (litwatch makes its own)", path, ErrBadFile, st.Nlink)
	}
	return f, nil
}

// Take takes the lock of the database at dbPath (which must exist), or
// fails with ErrLocked naming the holder's pid.
func Take(dbPath string) (*Lock, error) {
	path, err := Path(dbPath)
	if err != nil {
		return nil, err
	}
	f, err := openFile(path, os.O_RDWR|os.O_CREATE)
	if err != nil {
		return nil, err
	}
	if err := takeExclusive(f); err != nil {
		holder := make([]byte, 32)
		n, _ := f.ReadAt(holder, 0)
		f.Close()
		if errors.Is(err, syscall.EWOULDBLOCK) {
			where := dbPath
			if real := strings.TrimSuffix(path, ".lock"); real != dbPath {
				where += ", which is " + real
			}
			if who := strings.TrimSpace(string(holder[:n])); who != "" {
				return nil, fmt.Errorf("%w (%s, pid %s); stop it first or use another --db", ErrLocked, where, who)
			}
			return nil, fmt.Errorf("%w (%s)", ErrLocked, where)
		}
		return nil, fmt.Errorf("lock %s: %w", path, err)
	}
	// The holder's pid, for the message above; only ever written by the
	// process holding the lock.
	if err := f.Truncate(0); err == nil {
		f.WriteAt([]byte(strconv.Itoa(os.Getpid())+"\n"), 0) //nolint:errcheck // informative only
	}
	return &Lock{f: f}, nil
}

// probeWait is how long Take keeps trying while the lock is busy: Held
// (`litwatch status`, the web page) takes a shared lock for an instant to
// look, and a run or daemon starting at that instant must not take the
// look for another holder.
const probeWait = 250 * time.Millisecond

// takeExclusive takes f's exclusive lock without blocking, trying again
// for up to probeWait while another process holds it.
func takeExclusive(f *os.File) error {
	deadline := time.Now().Add(probeWait)
	for {
		err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB)
		if !errors.Is(err, syscall.EWOULDBLOCK) || time.Now().After(deadline) {
			return err
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// Held reports whether some process holds the database's lock. It
// creates, truncates and writes nothing: a missing lock file is not held.
// The error says why it could not tell (a lock file that is a link).
func Held(dbPath string) (bool, error) {
	path, err := Path(dbPath)
	if err != nil {
		return false, err
	}
	f, err := openFile(path, os.O_RDONLY)
	if errors.Is(err, os.ErrNotExist) {
		return false, nil
	}
	if err != nil {
		return false, err
	}
	defer f.Close()
	switch err := syscall.Flock(int(f.Fd()), syscall.LOCK_SH|syscall.LOCK_NB); {
	case errors.Is(err, syscall.EWOULDBLOCK):
		return true, nil
	case err != nil:
		return false, fmt.Errorf("lock %s: %w", path, err)
	}
	return false, nil // closing releases the shared lock
}

// Unlock releases the lock.
func (l *Lock) Unlock() {
	syscall.Flock(int(l.f.Fd()), syscall.LOCK_UN) //nolint:errcheck // closing releases it anyway
	l.f.Close()
}
