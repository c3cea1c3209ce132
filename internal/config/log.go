package config

import (
	"fmt"
	"io"
	"log/slog"

	"github.com/litwatch/litwatch/internal/redact"
)

func parseLevel(s string) (slog.Level, error) {
	var l slog.Level
	if err := l.UnmarshalText([]byte(s)); err != nil {
		return 0, fmt.Errorf("log.level: %q (want debug, info, warn or error)", s)
	}
	return l, nil
}

// Logger is the logger the [log] section describes, writing to w. Any
// secret in a message or an attribute is replaced by redact.Mark: the
// sources and the mailer redact what servers send back, and this is the
// last line of defence.
func (lc LogConfig) Logger(w io.Writer, secrets redact.Secrets) (*slog.Logger, error) {
	level, err := parseLevel(lc.Level)
	if err != nil {
		return nil, err
	}
	opts := &slog.HandlerOptions{Level: level}
	if !secrets.Empty() {
		opts.ReplaceAttr = secrets.ReplaceAttr
	}
	if lc.Format == "json" {
		return slog.New(slog.NewJSONHandler(w, opts)), nil
	}
	return slog.New(slog.NewTextHandler(w, opts)), nil
}
