// Package importer reads files of bibliographic records into the store:
// PubMed XML (an efetch response, or NLM's annual baseline and daily update
// files), MEDLINE/nbib and RIS, each plain or gzip-compressed. A file is
// read as a stream, a batch of records at a time, so memory stays flat
// whatever its size; the records are stored and merged as crawled ones are
// (store.SaveBatch), or marked already known (store.SaveKnownBatch).
package importer

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"sync/atomic"

	"github.com/litwatch/litwatch/crawler/pubmed"
	"github.com/litwatch/litwatch/store"
)

// The formats a file can be in.
const (
	FormatPubMedXML = "pubmed-xml"
	FormatMEDLINE   = "medline"
	FormatRIS       = "ris"
)

// Formats lists the formats Import reads, for --format.
func Formats() []string { return []string{FormatPubMedXML, FormatMEDLINE, FormatRIS} }

// Options says how to import.
type Options struct {
	// Format is one of Formats(), or "" to tell it from the file's first
	// bytes.
	Format string
	// Known marks every record of the file already known: stored, searched
	// and assessed, never reported as new.
	Known bool
	// BatchSize is how many records are stored in one transaction
	// (default 500).
	BatchSize int
	// Progress, when set, is called after each stored batch with the
	// bytes of the file read so far (compressed bytes for a .gz file) and
	// the running result.
	Progress func(read int64, res Result)
}

// Result is what Import did with one file.
type Result struct {
	Path   string
	Format string
	Size   int64 // the file's size in bytes
	Read   int   // records read from the file
	store.SaveResult
	// KnownIDs are the stored records of a --known import, for the caller
	// to assess.
	KnownIDs []int64
}

// Import reads the file at path and stores its records in db, a batch at
// a time. Batches stored before an error stay stored; the error names the
// file and, where it can, the record or line.
func Import(ctx context.Context, db *store.DB, path string, opts Options) (Result, error) {
	res := Result{Path: path}
	f, err := os.Open(path)
	if err != nil {
		return res, err // names the file
	}
	defer f.Close()
	if fi, err := f.Stat(); err == nil {
		if fi.IsDir() {
			return res, fmt.Errorf("%s: is a directory", path)
		}
		res.Size = fi.Size()
	}
	counted := &countingReader{r: f}
	r, format, err := open(counted, opts.Format)
	if err != nil {
		return res, fmt.Errorf("%s: %w", path, err)
	}
	res.Format = format
	size := opts.BatchSize
	if size <= 0 {
		size = 500
	}
	// Records are parsed on this goroutine (and the PubMed parser's
	// workers) while the previous batch is stored on another.
	var (
		batches = make(chan []store.Record, 1)
		stop    = make(chan struct{}) // closed when a batch could not be stored
		saved   = make(chan error, 1)
		read    atomic.Int64
		stored  = res // the saving goroutine's own
	)
	go func() {
		var err error
		for b := range batches {
			if err != nil {
				continue
			}
			if err = save(ctx, db, format, b, opts.Known, &stored); err != nil {
				close(stop)
				continue
			}
			if opts.Progress != nil {
				p := stored
				p.Read = int(read.Load())
				opts.Progress(counted.n.Load(), p)
			}
		}
		saved <- err
	}()
	batch := make([]store.Record, 0, size)
	errStopped := errors.New("stopped")
	emit := func(rec store.Record) error {
		read.Add(1)
		batch = append(batch, rec)
		if len(batch) < size {
			return nil
		}
		select {
		case batches <- batch:
		case <-stop:
			return errStopped
		case <-ctx.Done():
			return ctx.Err()
		}
		batch = make([]store.Record, 0, size)
		return nil
	}
	readErr := readRecords(r, format, emit)
	if readErr == nil && len(batch) > 0 {
		select {
		case batches <- batch:
		case <-stop:
		}
	}
	close(batches)
	saveErr := <-saved
	res = stored
	res.Read = int(read.Load())
	if saveErr != nil {
		return res, fmt.Errorf("%s: %w", path, saveErr)
	}
	if readErr != nil {
		return res, fmt.Errorf("%s: %w", path, readErr)
	}
	// Records stored by SaveBatch are indexed for search with their first
	// assessments. Those of a known import are assessed by the caller
	// next (cmd/litwatch); the others only by the next cycle, so they are
	// indexed now, as the import's own work, not the next search's.
	if !opts.Known {
		if _, err := db.IndexWaiting(ctx); err != nil {
			return res, fmt.Errorf("%s: %w", path, err)
		}
	}
	return res, nil
}

func save(ctx context.Context, db *store.DB, format string, b []store.Record, known bool, res *Result) error {
	source := sourceOf(format)
	var (
		sr  store.SaveResult
		ids []int64
		err error
	)
	if known {
		sr, ids, err = db.SaveKnownBatch(ctx, source, b)
	} else {
		sr, err = db.SaveBatch(ctx, 0, source, b)
	}
	if err != nil {
		return err
	}
	res.New += sr.New
	res.Updated += sr.Updated
	res.Joined += sr.Joined
	res.Skipped += sr.Skipped
	for why, n := range sr.SkipReasons {
		if res.SkipReasons == nil {
			res.SkipReasons = map[string]int{}
		}
		res.SkipReasons[why] += n
	}
	for _, id := range ids {
		if id != 0 {
			res.KnownIDs = append(res.KnownIDs, id)
		}
	}
	return nil
}

// sourceOf is the source a format's records are stored under: PubMed's
// own formats are PubMed records.
func sourceOf(format string) string {
	if format == FormatRIS {
		return "ris"
	}
	return pubmed.SourceName
}

// open returns the file's text (gunzipped when it is gzip) and its format.
func open(r io.Reader, format string) (io.Reader, string, error) {
	br := bufio.NewReaderSize(r, 1<<20)
	if magic, _ := br.Peek(2); len(magic) == 2 && magic[0] == 0x1f && magic[1] == 0x8b {
		zr, err := gzip.NewReader(br)
		if err != nil {
			return nil, "", fmt.Errorf("gzip: %w", err)
		}
		br = bufio.NewReaderSize(zr, 1<<20)
	}
	head, err := br.Peek(16 << 10)
	if err != nil && !errors.Is(err, io.EOF) && !errors.Is(err, bufio.ErrBufferFull) {
		return nil, "", err
	}
	detected := detect(head)
	switch {
	case format == "" && detected == "":
		if len(bytes.TrimSpace(head)) == 0 {
			return nil, "", errors.New("the file is empty")
		}
		return nil, "", fmt.Errorf("cannot tell the file's format from its start %q: want PubMed XML, MEDLINE (nbib) or RIS (or name it with --format)", snippet(string(bytes.TrimSpace(head))))
	case format == "":
		format = detected
	case !isFormat(format):
		return nil, "", fmt.Errorf("unknown format %q (want one of %s)", format, strings.Join(Formats(), ", "))
	}
	return br, format, nil
}

func isFormat(f string) bool {
	for _, g := range Formats() {
		if f == g {
			return true
		}
	}
	return false
}

// detect tells a format from a file's first bytes, or "".
func detect(head []byte) string {
	h := bytes.TrimSpace(bytes.TrimPrefix(head, []byte("\ufeff")))
	switch {
	case bytes.HasPrefix(h, []byte("<")):
		if bytes.Contains(h, []byte("<PubmedArticleSet")) || bytes.Contains(h, []byte("<!DOCTYPE PubmedArticleSet")) {
			return FormatPubMedXML
		}
	case hasTagLine(h, "PMID- "):
		return FormatMEDLINE
	case hasTagLine(h, "TY  - "):
		return FormatRIS
	}
	return ""
}

// readRecords streams the records of r, in format, to fn.
func readRecords(r io.Reader, format string, fn func(store.Record) error) error {
	switch format {
	case FormatPubMedXML:
		_, err := pubmed.StreamArticles(r, fn)
		return err
	case FormatMEDLINE:
		return readTagged(newMedlineReader(newTaggedReader(r)), medlineRecord, fn)
	default:
		return readTagged(newRISReader(newTaggedReader(r)), risRecord, fn)
	}
}

func readTagged(t *taggedReader, build func([]taggedField) store.Record, fn func(store.Record) error) error {
	for {
		fields, _, err := t.next()
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return err
		}
		if err := fn(build(fields)); err != nil {
			return err
		}
	}
}

type countingReader struct {
	r io.Reader
	n atomic.Int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n.Add(int64(n))
	return n, err
}
