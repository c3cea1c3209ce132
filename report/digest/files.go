package digest

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
)

// maxSuffix bounds how many digests WriteFiles will number on one day.
const maxSuffix = 1000

// WriteFiles writes d once per format into dir (created with mode 0o755 if
// missing) and returns the paths written, in the order of formats.
//
// Files are named by the digest's date (generated_at, UTC):
// digest-2026-11-30.md, .html, .json, .txt. An earlier digest is never
// overwritten: if any digest-2026-11-30.* name (of any format) is taken,
// the next free suffix is used for all formats alike (digest-2026-11-30-2.*,
// -3, ...). Each file is written to a temporary file in dir, synced, then
// hard-linked to its final name, which fails rather than replace an
// existing file; so a crash never leaves a half-written digest under a
// final name. If a later format cannot be placed, the files already placed
// for this digest are removed again.
func WriteFiles(dir string, d *Doc, formats []string) ([]string, error) {
	return writeFiles(dir, d, formats, os.Link)
}

// writeFiles is WriteFiles with the hard-link call as a parameter, so tests
// can exercise the fallback for file systems without hard links.
func writeFiles(dir string, d *Doc, formats []string, link func(oldname, newname string) error) ([]string, error) {
	if d == nil {
		return nil, errors.New("digest: write files: nil digest")
	}
	if len(formats) == 0 {
		return nil, errors.New("digest: write files: no formats")
	}
	date := DateOf(d.GeneratedAt)
	if date.IsZero() {
		date = d.Window.To
	}
	if date.IsZero() {
		return nil, errors.New("digest: write files: digest has no date")
	}

	// Render everything first: a render error must not leave a partial set.
	type out struct {
		ext  string
		data []byte
	}
	var outs []out
	done := map[string]bool{}
	for _, f := range formats {
		ext := Ext(f)
		if ext == "" {
			return nil, fmt.Errorf("digest: write files: unknown format %q", f)
		}
		if done[ext] {
			continue
		}
		done[ext] = true
		var buf bytes.Buffer
		if err := Render(&buf, d, f); err != nil {
			return nil, err
		}
		outs = append(outs, out{ext, buf.Bytes()})
	}

	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("digest: create directory %s: %w", dir, err)
	}
	var tmps []string
	defer func() {
		for _, t := range tmps {
			os.Remove(t)
		}
	}()
	for i := range outs {
		tmp, err := writeTemp(dir, outs[i].data)
		if err != nil {
			return nil, err
		}
		tmps = append(tmps, tmp)
	}

	allExts := []string{}
	for _, f := range Formats() {
		allExts = append(allExts, Ext(f))
	}
	base := "digest-" + date.String()
	for n := 1; n <= maxSuffix; n++ {
		stem := base
		if n > 1 {
			stem += "-" + strconv.Itoa(n)
		}
		stem = filepath.Join(dir, stem)
		if taken, err := anyExists(stem, allExts); err != nil {
			return nil, err
		} else if taken {
			continue
		}
		var placed []string
		raced := false
		for i, o := range outs {
			path := stem + o.ext
			err := place(dir, tmps[i], path, o.data, link)
			if errors.Is(err, fs.ErrExist) {
				raced = true // someone took the name since we looked
				break
			}
			if err != nil {
				removeAll(placed)
				return nil, err
			}
			placed = append(placed, path)
		}
		if raced {
			removeAll(placed)
			continue
		}
		syncDir(dir)
		return placed, nil
	}
	return nil, fmt.Errorf("digest: write files: %d digests already in %s for %s", maxSuffix, dir, date)
}

// writeTemp writes data to a new temporary file in dir and syncs it.
func writeTemp(dir string, data []byte) (string, error) {
	f, err := os.CreateTemp(dir, ".digest-*.tmp")
	if err != nil {
		return "", fmt.Errorf("digest: write files in %s: %w", dir, err)
	}
	name := f.Name()
	_, err = f.Write(data)
	if err == nil {
		err = f.Chmod(0o644)
	}
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		os.Remove(name)
		return "", fmt.Errorf("digest: write %s: %w", name, err)
	}
	return name, nil
}

// place gives the complete temporary file tmp (holding data) its final
// name path without replacing an existing file; the error wraps
// fs.ErrExist if path exists. tmp itself is left in place.
//
// Where hard links are not supported (some network and FAT file systems)
// it reserves path with O_CREATE|O_EXCL and renames a fresh copy over the
// reservation; only there can a crash leave an empty file under path.
func place(dir, tmp, path string, data []byte, link func(oldname, newname string) error) error {
	err := link(tmp, path)
	if err == nil {
		return nil
	}
	if errors.Is(err, fs.ErrExist) {
		return fmt.Errorf("digest: write %s: %w", path, err)
	}
	f, ferr := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if ferr != nil {
		return fmt.Errorf("digest: write %s: %w", path, ferr)
	}
	if cerr := f.Close(); cerr != nil {
		os.Remove(path)
		return fmt.Errorf("digest: write %s: %w", path, cerr)
	}
	cp, werr := writeTemp(dir, data)
	if werr != nil {
		os.Remove(path)
		return werr
	}
	if rerr := os.Rename(cp, path); rerr != nil {
		os.Remove(cp)
		os.Remove(path)
		return fmt.Errorf("digest: write %s: %w", path, rerr)
	}
	return nil
}

// anyExists reports whether stem+ext exists for any of exts.
func anyExists(stem string, exts []string) (bool, error) {
	for _, ext := range exts {
		_, err := os.Lstat(stem + ext)
		if err == nil {
			return true, nil
		}
		if !errors.Is(err, fs.ErrNotExist) {
			return false, fmt.Errorf("digest: check %s: %w", stem+ext, err)
		}
	}
	return false, nil
}

func removeAll(paths []string) {
	for _, p := range paths {
		os.Remove(p)
	}
}

// syncDir makes the new names durable where the system allows; failure
// only weakens durability, so it is not reported.
func syncDir(dir string) {
	if f, err := os.Open(dir); err == nil {
		f.Sync()
		f.Close()
	}
}
