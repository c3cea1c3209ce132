package redact

import (
	"bytes"
	"fmt"
	"log/slog"
	"strings"
	"testing"
)

// TestReplaceAttr: the last line of defence. Whatever carries a
// secret into a log call (message, attribute, error, list, group, an
// attribute added with With), the line shows REDACTED instead.
func TestReplaceAttr(t *testing.T) {
	const secret = "s3cr3t-v4lue"
	for _, format := range []string{"text", "json"} {
		var buf bytes.Buffer
		opts := &slog.HandlerOptions{Level: slog.LevelDebug, ReplaceAttr: New(secret).ReplaceAttr}
		log := slog.New(slog.NewTextHandler(&buf, opts))
		if format == "json" {
			log = slog.New(slog.NewJSONHandler(&buf, opts))
		}
		log.With("url", "https://x/?k="+secret).Error("failed with "+secret,
			"err", fmt.Errorf("server said %s", secret), "list", []string{"a", secret}, slog.Group("g", "k", secret), "n", 3)
		out := buf.String()
		if strings.Contains(out, secret) {
			t.Errorf("%s log shows the secret: %s", format, out)
		}
		if n := strings.Count(out, "REDACTED"); n != 5 {
			t.Errorf("%s log has %d REDACTED, want 5: %s", format, n, out)
		}
		if !strings.Contains(out, "3") || !strings.Contains(out, "server said") {
			t.Errorf("%s log lost the rest of the line: %s", format, out)
		}
	}
}
