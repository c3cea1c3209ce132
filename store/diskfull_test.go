package store

import (
	"errors"
	"fmt"
	"io/fs"
	"syscall"
	"testing"
)

func TestDiskFull(t *testing.T) {
	for err, want := range map[error]bool{
		nil: false,
		fmt.Errorf("write digests: %w", &fs.PathError{Op: "write", Path: "x", Err: syscall.ENOSPC}): true,
		errors.New("store: save batch: disk I/O error (10)"):                                        true,
		errors.New("store: begin: database or disk is full (13)"):                                   true,
		errors.New("store: database is locked (5)"):                                                 false,
		fmt.Errorf("open x: %w", fs.ErrNotExist):                                                    false,
	} {
		if got := DiskFull(err); got != want {
			t.Errorf("DiskFull(%v) = %v, want %v", err, got, want)
		}
	}
}
