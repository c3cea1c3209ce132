package store

import (
	"errors"
	"strings"
	"syscall"
)

// DiskFull reports whether err says the disk (or a file-size limit) is
// full: ENOSPC from the system, or SQLite's "disk I/O error" and
// "database or disk is full". Nothing already committed is lost then.
func DiskFull(err error) bool {
	if err == nil {
		return false
	}
	msg := err.Error()
	return errors.Is(err, syscall.ENOSPC) || strings.Contains(msg, "disk I/O error") || strings.Contains(msg, "database or disk is full")
}
