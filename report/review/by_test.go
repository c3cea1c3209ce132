package review

import (
	"errors"
	"os/user"
	"testing"
)

func TestDefaultBy(t *testing.T) {
	env := map[string]string{}
	getenv := func(k string) string { return env[k] }
	known := func() (*user.User, error) { return &user.User{Username: "ada"}, nil }
	unknown := func() (*user.User, error) { return nil, errors.New("no passwd entry") }
	if got := defaultBy(known, getenv); got != "ada" {
		t.Errorf("known user: %q", got)
	}
	if got := defaultBy(unknown, getenv); got != "unknown" {
		t.Errorf("no user, no environment: %q", got)
	}
	env["USERNAME"], env["LOGNAME"] = "win", "log"
	if got := defaultBy(unknown, getenv); got != "log" {
		t.Errorf("LOGNAME before USERNAME: %q", got)
	}
	env["USER"] = "grace"
	if got := defaultBy(unknown, getenv); got != "grace" {
		t.Errorf("USER first: %q", got)
	}
	if got := DefaultBy(getenv); got == "" {
		t.Error("DefaultBy is empty")
	}
}
