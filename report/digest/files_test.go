package digest

import (
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

func readAll(t *testing.T, paths []string) map[string]string {
	t.Helper()
	m := map[string]string{}
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		m[p] = string(b)
	}
	return m
}

func listDir(t *testing.T, dir string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	return names
}

func TestWriteFilesNoOverwrite(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "digests", "nested") // created by WriteFiles
	d1 := Build(sampleInput())
	formats := Formats()

	first, err := WriteFiles(dir, d1, formats)
	if err != nil {
		t.Fatal(err)
	}
	var want []string
	for _, ext := range []string{".md", ".html", ".json", ".txt"} {
		want = append(want, filepath.Join(dir, "digest-2026-11-30"+ext))
	}
	if !slices.Equal(first, want) {
		t.Fatalf("first paths = %v, want %v", first, want)
	}
	before := readAll(t, first)

	// A second digest the same day, with different content.
	in := sampleInput()
	in.Records = in.Records[:1]
	second, err := WriteFiles(dir, Build(in), formats)
	if err != nil {
		t.Fatal(err)
	}
	for i, p := range second {
		if want := strings.Replace(want[i], "digest-2026-11-30", "digest-2026-11-30-2", 1); p != want {
			t.Errorf("second path %d = %s, want %s", i, p, want)
		}
	}
	if after := readAll(t, first); !sameFiles(before, after) {
		t.Error("second WriteFiles changed the first digest's files")
	}

	// The JSON written parses back to the digest.
	data, err := os.ReadFile(first[2])
	if err != nil {
		t.Fatal(err)
	}
	if back, err := Parse(data); err != nil || back.FlaggedCount() != d1.FlaggedCount() {
		t.Errorf("Parse(written JSON) = %v, %v", back, err)
	}

	// No temporary files are left behind.
	for _, name := range listDir(t, dir) {
		if !strings.HasPrefix(name, "digest-") {
			t.Errorf("stray file %s", name)
		}
	}
	info, err := os.Stat(dir)
	if err != nil {
		t.Fatal(err)
	}
	if info.Mode().Perm() != 0o755 {
		t.Errorf("dir mode = %v, want 0755", info.Mode().Perm())
	}
	if info, err := os.Stat(first[0]); err != nil || info.Mode().Perm() != 0o644 {
		t.Errorf("file mode = %v (%v), want 0644", info.Mode().Perm(), err)
	}
}

func sameFiles(a, b map[string]string) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if b[k] != v {
			return false
		}
	}
	return true
}

// A name taken by any format counts, so one suffix never mixes two digests.
func TestWriteFilesSuffixSharedAcrossFormats(t *testing.T) {
	dir := t.TempDir()
	d := Build(sampleInput())
	if _, err := WriteFiles(dir, d, []string{"json"}); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "digest-2026-11-30-2.txt"), []byte("someone else's"), 0o644); err != nil {
		t.Fatal(err)
	}
	paths, err := WriteFiles(dir, d, []string{"md", "markdown", "text"})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{filepath.Join(dir, "digest-2026-11-30-3.md"), filepath.Join(dir, "digest-2026-11-30-3.txt")}
	if !slices.Equal(paths, want) {
		t.Errorf("paths = %v, want %v", paths, want)
	}
	if b, _ := os.ReadFile(filepath.Join(dir, "digest-2026-11-30-2.txt")); string(b) != "someone else's" {
		t.Error("existing file overwritten")
	}
}

func TestWriteFilesErrors(t *testing.T) {
	d := Build(sampleInput())

	t.Run("dir under a file", func(t *testing.T) {
		file := filepath.Join(t.TempDir(), "plain")
		if err := os.WriteFile(file, nil, 0o644); err != nil {
			t.Fatal(err)
		}
		dir := filepath.Join(file, "digests")
		_, err := WriteFiles(dir, d, Formats())
		if err == nil || !strings.Contains(err.Error(), dir) {
			t.Errorf("err = %v, want one naming %s", err, dir)
		}
	})

	t.Run("read-only dir", func(t *testing.T) {
		if os.Geteuid() == 0 {
			t.Skip("permissions do not apply to root")
		}
		dir := t.TempDir()
		if err := os.Chmod(dir, 0o555); err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { os.Chmod(dir, 0o755) })
		_, err := WriteFiles(dir, d, Formats())
		if err == nil || !strings.Contains(err.Error(), dir) {
			t.Errorf("err = %v, want one naming %s", err, dir)
		}
	})

	t.Run("unknown format writes nothing", func(t *testing.T) {
		dir := t.TempDir()
		_, err := WriteFiles(dir, d, []string{"md", "pdf"})
		if err == nil || !strings.Contains(err.Error(), `"pdf"`) {
			t.Errorf("err = %v, want one naming pdf", err)
		}
		if names := listDir(t, dir); len(names) != 0 {
			t.Errorf("files written despite the error: %v", names)
		}
	})

	t.Run("no formats", func(t *testing.T) {
		if _, err := WriteFiles(t.TempDir(), d, nil); err == nil {
			t.Error("no error for no formats")
		}
	})
}

// Without hard links, names are reserved with O_EXCL and filled by rename;
// the no-overwrite rule still holds.
func TestWriteFilesWithoutHardLinks(t *testing.T) {
	dir := t.TempDir()
	noLink := func(string, string) error { return &os.LinkError{Op: "link", Err: errors.ErrUnsupported} }
	d := Build(sampleInput())
	first, err := writeFiles(dir, d, Formats(), noLink)
	if err != nil {
		t.Fatal(err)
	}
	before := readAll(t, first)
	second, err := writeFiles(dir, d, Formats(), noLink)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasSuffix(second[0], "digest-2026-11-30-2.md") {
		t.Errorf("second = %v, want the -2 suffix", second)
	}
	after := readAll(t, first)
	if !sameFiles(before, after) {
		t.Error("first digest changed")
	}
	for p, content := range after {
		if content == "" {
			t.Errorf("%s is empty", p)
		}
	}
	if want, _ := os.ReadFile(first[2]); !strings.Contains(string(want), `"generated_at"`) {
		t.Error("JSON file lacks its content")
	}
	for _, name := range listDir(t, dir) {
		if !strings.HasPrefix(name, "digest-") {
			t.Errorf("stray file %s", name)
		}
	}
}
