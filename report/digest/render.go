package digest

import (
	"errors"
	"fmt"
	"io"
	"strings"
)

// Formats lists the formats Render and WriteFiles accept, in the order
// WriteFiles writes them.
func Formats() []string { return []string{"md", "html", "json", "text"} }

// Ext is the file extension (with the dot) for a format, "" if unknown.
// "markdown" and "txt" are accepted as aliases of "md" and "text".
func Ext(format string) string {
	switch normalizeFormat(format) {
	case "md":
		return ".md"
	case "html":
		return ".html"
	case "json":
		return ".json"
	case "text":
		return ".txt"
	}
	return ""
}

func normalizeFormat(format string) string {
	switch f := strings.ToLower(strings.TrimSpace(format)); f {
	case "markdown":
		return "md"
	case "txt":
		return "text"
	default:
		return f
	}
}

// Render writes d in format: "md", "html", "json" or "text". An unknown
// format is an error naming it.
func Render(w io.Writer, d *Doc, format string) error {
	if d == nil {
		return errors.New("digest: render: nil digest")
	}
	switch normalizeFormat(format) {
	case "md":
		return renderMarkdown(w, d)
	case "html":
		return renderHTML(w, d)
	case "text":
		return renderText(w, d)
	case "json":
		data, err := d.JSON()
		if err != nil {
			return err
		}
		if _, err := w.Write(data); err != nil {
			return fmt.Errorf("digest: write JSON: %w", err)
		}
		return nil
	}
	return fmt.Errorf("digest: unknown format %q (want one of %s)", format, strings.Join(Formats(), ", "))
}
