package pubmed

// The fast path of parseArticles.
//
// The document's prologue and root element are read by encoding/xml itself
// (as parseArticlesStd reads them), through a byte reader over our own
// buffer, so that we know exactly where the root's start tag ends. From
// there the input is read in large blocks (windows) and cut, with
// bytes.Index, into regions of about 512 KiB, each ending just
// after an article's end tag. Regions are scanned on GOMAXPROCS workers by
// fastscan.go's scanner, one top-level element after the other, and their
// records are handed to fn in document order, on the caller's goroutine.
//
// The scanner accepts a subset of what encoding/xml accepts and gives the
// same records on it. At the first top-level item it does not accept (an
// error, a comment or text between articles, an element cut at a region's
// end, a record error such as a missing PMID, …), the rest of the document,
// from that item's first byte, goes to encoding/xml: parseArticlesStd's own
// loop (stdArticles) on a decoder primed with the root's start tag and the
// right line number. So whatever encoding/xml does with those bytes (records,
// or an error, with the same message) is what parseArticles does; the
// records before that point are ones encoding/xml gives too.
//
// Memory stays bounded for a stream: at most a few windows (4 MiB, or twice
// the largest article) are held. A top-level element larger than 64 MiB goes
// to encoding/xml, which streams it.

import (
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"runtime"
	"sync"
	"sync/atomic"

	"github.com/litwatch/litwatch/store"
)

// fastConfig sets the sizes of the fast path; tests make them small.
type fastConfig struct {
	window     int // bytes read at a time
	region     int // about this many bytes per unit of work
	maxElement int // a larger top-level element goes to encoding/xml
	workers    int // 0: GOMAXPROCS
}

var defaultFastConfig = fastConfig{window: 4 << 20, region: 512 << 10, maxElement: 64 << 20}

// inWindow is a block of the input: data starts at offset start of the
// document, and lines newlines precede it.
type inWindow struct {
	data  []byte
	start int64
	lines int
}

// workRegion is a unit of work: the top-level items in win.data[s:e].
type workRegion struct {
	win  *inWindow
	s, e int

	done chan struct{}
	recs []store.Record
	// How the scan ended: at e (regionOK), at the root's end tag at stop
	// (regionEnd), or at an item it does not accept, which starts at stop
	// (regionSlow).
	how  int
	stop int
}

const (
	regionOK = iota
	regionEnd
	regionSlow
)

// fastReader is the input: windows in document order, the last one being read.
type fastReader struct {
	cfg     fastConfig
	r       io.Reader
	err     error // the read error, io.EOF at the end
	wins    []*inWindow
	pos     int    // the splitter's position in the last window
	rootRaw []byte // the root's name as written, prefix included
}

func (in *fastReader) last() *inWindow { return in.wins[len(in.wins)-1] }

// fill reads into the last window until it is full or the input ends.
func (in *fastReader) fill() {
	w := in.last()
	empty := 0
	for in.err == nil && len(w.data) < cap(w.data) {
		n, err := in.r.Read(w.data[len(w.data):cap(w.data)])
		w.data = w.data[:len(w.data)+n]
		if err != nil {
			in.err = err
		} else if n > 0 {
			empty = 0
		} else if empty++; empty == 100 {
			in.err = io.ErrNoProgress // as bufio.Reader gives up
		}
	}
}

// more starts a new window holding the unread tail of the last one and
// reads into it. It reports false if nothing more can be read.
func (in *fastReader) more() bool {
	if in.err != nil {
		return false
	}
	w := in.last()
	tail := w.data[in.pos:]
	size := in.cfg.window
	if 2*len(tail) > size {
		size = 2 * len(tail)
	}
	nw := &inWindow{
		data:  append(getWindow(size), tail...),
		start: w.start + int64(in.pos),
		lines: w.lines + bytes.Count(w.data[:in.pos], []byte{'\n'}),
	}
	in.wins = append(in.wins, nw)
	in.pos = 0
	in.fill()
	return len(nw.data) > len(tail)
}

// ReadByte serves encoding/xml while it reads the prologue: it reads the
// first window, growing it in place (no region holds it yet).
func (in *fastReader) ReadByte() (byte, error) {
	w := in.last()
	if in.pos == len(w.data) {
		if in.err != nil {
			return 0, in.err
		}
		if len(w.data) == cap(w.data) {
			w.data = append(w.data, 0)[:len(w.data)]
		}
		in.fill()
		if in.pos == len(w.data) {
			return 0, in.err
		}
	}
	c := w.data[in.pos]
	in.pos++
	return c, nil
}

// Read makes fastReader an io.Reader for xml.NewDecoder, which only uses
// ReadByte.
func (in *fastReader) Read(p []byte) (int, error) {
	for i := range p {
		c, err := in.ReadByte()
		if err != nil {
			return i, err
		}
		p[i] = c
	}
	return len(p), nil
}

var (
	endArticle     = []byte("</PubmedArticle>")
	endBookArticle = []byte("</PubmedBookArticle>")
)

// split cuts the next region, reading more input as needed. It returns nil
// at the end of the input, or if an element is too large.
func (in *fastReader) split() *workRegion {
	for {
		w := in.last()
		rest := w.data[in.pos:]
		if len(rest) == 0 && !in.more() {
			return nil
		}
		w = in.last()
		rest = w.data[in.pos:]
		if len(rest) < 2*in.cfg.region && in.err == nil {
			// Keep regions whole and windows large.
			if in.more() {
				continue
			}
			w = in.last()
			rest = w.data[in.pos:]
		}
		if end := cutRegion(rest, in.cfg.region); end > 0 {
			r := &workRegion{win: w, s: in.pos, e: in.pos + end, done: make(chan struct{})}
			in.pos += end
			return r
		}
		if in.err != nil {
			// The last region: up to the end of the input.
			r := &workRegion{win: w, s: in.pos, e: len(w.data), done: make(chan struct{})}
			in.pos = len(w.data)
			return r
		}
		if len(rest) > in.cfg.maxElement {
			return nil
		}
		in.more()
	}
}

// cutRegion returns the end of the first article end tag at or after
// target in b (just after its '>'), or, if b is short, of the first one at
// all; 0 if there is none.
func cutRegion(b []byte, target int) int {
	from := 0
	if len(b) > target {
		from = max(0, target-len(endBookArticle))
	}
	for {
		k := bytes.Index(b[from:], []byte("</Pubmed"))
		if k < 0 {
			return 0
		}
		k += from
		switch {
		case bytes.HasPrefix(b[k:], endArticle):
			return k + len(endArticle)
		case bytes.HasPrefix(b[k:], endBookArticle):
			return k + len(endBookArticle)
		}
		from = k + 1
	}
}

// scanRegion scans r's items into r.recs.
func (in *fastReader) scanRegion(r *workRegion, p *fastScanner) {
	b := r.win.data[:r.e]
	i := r.s
	for {
		for i < r.e && xmlSpace(b[i]) {
			i++
		}
		if i == r.e {
			r.how = regionOK
			return
		}
		if in.isRootEnd(b, i) {
			r.how, r.stop = regionEnd, i
			return
		}
		rec, kind, end, ok := scanItem(p, b, i)
		if !ok {
			r.how, r.stop = regionSlow, i
			return
		}
		if kind == itemArticle {
			r.recs = append(r.recs, rec)
		}
		i = end
	}
}

// isRootEnd reports whether b[i:] starts with the root's end tag.
func (in *fastReader) isRootEnd(b []byte, i int) bool {
	if !bytes.HasPrefix(b[i:], []byte("</")) || !bytes.HasPrefix(b[i+2:], in.rootRaw) {
		return false
	}
	j := i + 2 + len(in.rootRaw)
	if j >= len(b) || !xmlSpace(b[j]) && b[j] != '>' {
		return false // a longer name
	}
	for j < len(b) && xmlSpace(b[j]) {
		j++
	}
	return j < len(b) && b[j] == '>'
}

// scanItem scans the top-level element starting at b[i], which must be a
// start tag, and returns its record if it is an article and where it ends.
// ok is false if the scanner does not accept it (see fastscan.go), and if
// the article makes no record.
func scanItem(p *fastScanner, b []byte, i int) (rec store.Record, kind, end int, ok bool) {
	defer func() {
		if v := recover(); v != nil {
			if _, isBail := v.(fastBailout); !isBail {
				panic(v)
			}
			ok = false
		}
	}()
	p.b, p.i = b, i
	if p.at(i) != '<' || !xmlNameStart[p.at(i+1)] {
		return rec, 0, 0, false
	}
	t := p.startTag(i)
	var err error
	switch string(b[t.local.s:t.local.e]) {
	case "PubmedArticle":
		var a pubmedArticle
		p.pubmedArticle(t, &a)
		rec, err = a.record()
		kind = itemArticle
	case "PubmedBookArticle":
		var a pubmedBookArticle
		p.pubmedBookArticle(t, &a)
		rec, err = a.record()
		kind = itemArticle
	default:
		p.skip(t)
		kind = itemOther
	}
	if err != nil {
		return rec, 0, 0, false
	}
	return rec, kind, p.i, true
}

// parseArticles streams the articles of a PubmedArticleSet to fn and returns
// how many it read. Its errors are not prefixed; callers say what failed.
// It gives the same records and errors as parseArticlesStd.
func parseArticles(r io.Reader, fn func(store.Record) error) (int, error) {
	return parseArticlesWith(defaultFastConfig, r, fn)
}

func parseArticlesWith(cfg fastConfig, r io.Reader, fn func(store.Record) error) (int, error) {
	size := cfg.window
	if l, ok := r.(interface{ Len() int }); ok && l.Len() < size/16 {
		size = l.Len() + 1 // a small document in memory: no 4 MiB buffer for it
	}
	in := &fastReader{cfg: cfg, r: r, wins: []*inWindow{{data: getWindow(size)}}}
	defer in.release()
	in.fill()

	// The prologue and the root's start tag, by encoding/xml.
	w := in.last()
	head := w.data[:min(512, len(w.data))]
	if looksLikeHTML(head) {
		return 0, errors.New("got an HTML page instead of E-utilities XML")
	}
	d := newRawDecoder(in)
	root, err := rootElement(d)
	if err != nil {
		return 0, err
	}
	if root.Name.Local != "PubmedArticleSet" {
		return 0, unexpectedRoot(d, root)
	}
	w = in.last() // grown in place
	lt := bytes.LastIndexByte(w.data[:in.pos], '<')
	if d.InputOffset() != int64(in.pos) || lt < 0 || w.data[in.pos-2] == '/' {
		// Unexpected, or an empty <PubmedArticleSet/>: encoding/xml goes on.
		return stdArticles(d, 0, fn)
	}
	in.rootRaw = bytes.Clone(w.data[lt+1 : lt+1+nameLen(w.data[lt+1:])]) // the window is reused
	return in.articles(fn)
}

// nameLen is the length of the name at the start of b: the bytes up to
// white space, '/' or '>'.
func nameLen(b []byte) int {
	for i, c := range b {
		if xmlSpace(c) || c == '/' || c == '>' {
			return i
		}
	}
	return len(b)
}

// articles runs the fast path from in.pos, just after the root's start tag.
func (in *fastReader) articles(fn func(store.Record) error) (int, error) {
	workers := in.cfg.workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	var (
		pending []*workRegion // split, in document order, not yet emitted
		jobs    chan *workRegion
		quit    atomic.Bool
		wg      sync.WaitGroup
		local   fastScanner // for scanning on this goroutine
		eof     bool
		n       int
	)
	defer func() {
		quit.Store(true)
		if jobs != nil {
			close(jobs)
			wg.Wait()
		}
	}()
	startWorkers := func() {
		jobs = make(chan *workRegion, workers+2)
		for range workers {
			wg.Add(1)
			go func() {
				defer wg.Done()
				var p fastScanner
				for r := range jobs {
					if !quit.Load() {
						in.scanRegion(r, &p)
					}
					close(r.done)
				}
			}()
		}
	}
	submitted := 0 // how many of pending went to the workers
	for {
		// Keep the workers busy.
		for !eof && len(pending) < workers+2 {
			r := in.split()
			if r == nil {
				eof = true
				break
			}
			pending = append(pending, r)
			if jobs == nil && workers > 1 && len(pending) > 1 {
				startWorkers()
			}
			if jobs != nil {
				for ; submitted < len(pending); submitted++ {
					jobs <- pending[submitted]
				}
			}
		}
		if len(pending) == 0 {
			// The input ended (or an element is too large) between
			// regions: encoding/xml reads on from here.
			return in.slow(in.last(), in.pos, n, fn)
		}
		r := pending[0]
		if submitted == 0 {
			in.scanRegion(r, &local)
		} else {
			<-r.done
			submitted--
		}
		pending = pending[1:]
		for _, rec := range r.recs {
			n++
			if err := fn(rec); err != nil {
				return n, err
			}
		}
		r.recs = nil
		switch r.how {
		case regionEnd:
			return n, nil
		case regionSlow:
			return in.slow(r.win, r.stop, n, fn)
		}
		// Windows before r's are no longer needed.
		for len(in.wins) > 1 && in.wins[0] != r.win {
			putWindow(in.wins[0].data)
			in.wins[0] = nil
			in.wins = in.wins[1:]
		}
	}
}

// slow hands the document from byte i of window w on to encoding/xml, n
// articles having been read.
func (in *fastReader) slow(w *inWindow, i, n int, fn func(store.Record) error) (int, error) {
	line := w.lines + bytes.Count(w.data[:i], []byte{'\n'}) // newlineReader before byte i
	parts := []io.Reader{
		io.LimitReader(newlineReader{}, int64(line)),
		bytes.NewReader([]byte("<" + string(in.rootRaw) + ">")),
	}
	at := w.start + int64(i) // the document offset read up to
	for _, v := range in.wins {
		if end := v.start + int64(len(v.data)); end > at && v.start <= at {
			parts = append(parts, bytes.NewReader(v.data[at-v.start:]))
			at = end
		}
	}
	switch in.err {
	case nil:
		parts = append(parts, in.r)
	case io.EOF:
	default:
		parts = append(parts, fastErrReader{in.err})
	}
	d := newRawDecoder(io.MultiReader(parts...))
	for {
		tok, err := d.Token()
		if err != nil { // cannot happen: the prefix is well-formed
			return n, err
		}
		if _, ok := tok.(xml.StartElement); ok {
			break
		}
	}
	return stdArticles(d, n, fn)
}

// windowPool keeps buffers of the default window size for reuse, saving
// their allocation and zeroing.
var windowPool sync.Pool // of *[]byte

func getWindow(size int) []byte {
	if size == defaultFastConfig.window {
		if v, ok := windowPool.Get().(*[]byte); ok {
			return (*v)[:0]
		}
	}
	return make([]byte, 0, size)
}

func putWindow(b []byte) {
	if cap(b) == defaultFastConfig.window {
		windowPool.Put(&b)
	}
}

// release returns the windows for reuse. No region may use them any more:
// the workers have stopped, and records hold copies of what they read.
func (in *fastReader) release() {
	for _, w := range in.wins {
		putWindow(w.data)
	}
	in.wins = nil
}

// newlineReader reads as an endless run of '\n'.
type newlineReader struct{}

func (newlineReader) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = '\n'
	}
	return len(p), nil
}

type fastErrReader struct{ err error }

func (e fastErrReader) Read([]byte) (int, error) { return 0, e.err }
