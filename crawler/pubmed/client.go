// Package pubmed is litwatch's PubMed source. It queries NCBI E-utilities:
// one esearch per date window (on the history server, usehistory=y), then
// efetch batch by batch, and turns the PubMed XML into store.Records.
// Given Config.Known, it takes the window's PMIDs from the esearch and
// efetches only those not stored yet, by id list.
//
// E-utilities reference: https://www.ncbi.nlm.nih.gov/books/NBK25499/ and
// usage policy (tool, email, api_key, rate limits):
// https://www.ncbi.nlm.nih.gov/books/NBK25497/
package pubmed

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/litwatch/litwatch/crawler"
	"github.com/litwatch/litwatch/store"
)

// Defaults for Config.
const (
	DefaultBaseURL   = "https://eutils.ncbi.nlm.nih.gov/entrez/eutils/"
	DefaultTool      = "litwatch"
	DefaultBatchSize = 200
	// MaxBatchSize is the largest efetch retmax E-utilities accept.
	MaxBatchSize = 10000
)

// NCBI allows 3 requests a second without an API key and 10 with one;
// litwatch stays just under.
const (
	RateWithoutKey = 2.7
	RateWithKey    = 9
	// MaxRate is the most a config may ask for: NCBI's limit with a key.
	MaxRate = 10
)

// Defaults are PubMed's rate (without an API key; see Rate) and the
// bounds of its settings.
func Defaults() crawler.Defaults {
	return crawler.Defaults{Rate: RateWithoutKey, MaxRate: MaxRate, MaxPageSize: MaxBatchSize}
}

// Rate is the request rate to give PubMed's Fetcher: configured when it is
// above 0, else just under NCBI's limit, which an API key raises.
func Rate(configured float64, apiKey string) float64 {
	switch {
	case configured > 0:
		return configured
	case apiKey != "":
		return RateWithKey
	}
	return RateWithoutKey
}

// searchLimit is how many hits of one search E-utilities will page
// through: ESearch and history retrieval stop at the first 10,000 records
// (retstart may not exceed 9998). A window with more hits than this is
// split in two.
const searchLimit = 9999

// maxIDBatch is the most PMIDs one efetch by id list asks for: NCBI asks
// for POST above about 200 UIDs, and the fetcher only GETs.
const maxIDBatch = 200

// Config configures the PubMed source.
type Config struct {
	BaseURL   string // default "https://eutils.ncbi.nlm.nih.gov/entrez/eutils/"; with or without trailing slash
	Term      string // the PubMed query
	APIKey    string // optional
	Email     string // contact e-mail (tool/email params); NCBI asks for one, and the caller says when it is missing
	Tool      string // default "litwatch"
	BatchSize int    // efetch retmax, default 200

	// Known, if set, reports which of a window's PMIDs are stored already
	// (a PMID absent from the map is not). Fetch then efetches only the
	// others, by id list in batches of BatchSize (at most 200). nil
	// fetches every record of the window.
	Known func(ctx context.Context, pmids []string) (map[string]bool, error)
}

// Source fetches PubMed records through E-utilities. It implements
// crawler.Source.
type Source struct {
	cfg   Config
	base  *url.URL // with trailing slash
	f     *crawler.Fetcher
	log   *slog.Logger
	limit int // hits above which a window is split (searchLimit; smaller in tests)
}

var _ crawler.Source = (*Source)(nil)

// New validates cfg, fills in its defaults and returns the source. All its
// requests go through f. A nil log discards log output.
func New(cfg Config, f *crawler.Fetcher, log *slog.Logger) (*Source, error) {
	if f == nil {
		return nil, errors.New("pubmed: nil Fetcher")
	}
	if strings.TrimSpace(cfg.Term) == "" {
		return nil, errors.New("pubmed: Config.Term is empty")
	}
	base, err := crawler.ParseBaseURL(SourceName, cfg.BaseURL, DefaultBaseURL)
	if err != nil {
		return nil, err
	}
	if cfg.Tool == "" {
		cfg.Tool = DefaultTool
	}
	if strings.ContainsFunc(cfg.Tool, isSpace) {
		return nil, fmt.Errorf("pubmed: Config.Tool %q must not contain spaces", cfg.Tool)
	}
	if strings.ContainsFunc(cfg.Email, isSpace) {
		return nil, fmt.Errorf("pubmed: Config.Email %q must not contain spaces", cfg.Email)
	}
	if strings.ContainsFunc(cfg.APIKey, isSpace) {
		return nil, errors.New("pubmed: Config.APIKey must not contain spaces")
	}
	if cfg.BatchSize, err = crawler.PageSize(SourceName, "BatchSize", cfg.BatchSize, DefaultBatchSize, MaxBatchSize); err != nil {
		return nil, err
	}
	log = crawler.Logger(log)
	return &Source{cfg: cfg, base: base, f: f, log: log, limit: searchLimit}, nil
}

func isSpace(r rune) bool { return r == ' ' || r == '\t' || r == '\n' || r == '\r' }

// Name returns "pubmed".
func (s *Source) Name() string { return SourceName }

// Fetch delivers every PubMed record whose Entrez date falls within w
// (inclusive days, UTC) to emit, one efetch batch at a time, each PMID at
// most once, leaving out those Config.Known reports stored. Windows with
// more hits than E-utilities can page through are split into date halves
// until each fits.
func (s *Source) Fetch(ctx context.Context, w crawler.Window, emit crawler.Emit) error {
	if emit == nil {
		return errors.New("pubmed: nil Emit")
	}
	from, to, err := crawler.CheckWindow(SourceName, w, ymdLayout)
	if err != nil {
		return err
	}
	st := &fetchState{emit: emit}
	if err := s.fetchWindow(ctx, st, from, to); err != nil {
		return err
	}
	s.log.Info("pubmed fetch done", "from", ymd(from), "to", ymd(to),
		"records", st.emitted, "skipped_known", st.known, "duplicates", st.seen.Dupes(), "searches", st.searches)
	return nil
}

// fetchState is what one Fetch carries across windows and batches.
type fetchState struct {
	emit     crawler.Emit
	seen     crawler.Seen // PMIDs
	emitted  int
	searches int
	known    int // PMIDs not fetched because they are stored already
}

func (s *Source) fetchWindow(ctx context.Context, st *fetchState, from, to time.Time) error {
	st.searches++
	res, err := s.esearch(ctx, from, to)
	if err != nil {
		return err
	}
	log := s.log.With("from", ymd(from), "to", ymd(to))
	if res.notFound() {
		if res.count == 0 {
			log.Info("esearch: no records; some of the query was not found",
				"phrases_not_found", res.wire.ErrorList.PhraseNotFound, "fields_not_found", res.wire.ErrorList.FieldNotFound)
		} else {
			log.Warn("esearch: part of the query was not found; continuing with the records that matched",
				"count", res.count, "phrases_not_found", res.wire.ErrorList.PhraseNotFound, "fields_not_found", res.wire.ErrorList.FieldNotFound)
		}
	}
	if res.count == 0 {
		log.Debug("esearch: no records")
		return nil
	}
	if res.count > s.limit {
		if from.Equal(to) {
			return fmt.Errorf("pubmed: %d records on the single day %s exceed the E-utilities limit of %d per search; narrow the query",
				res.count, ymd(from), s.limit)
		}
		mid := from.AddDate(0, 0, int(to.Sub(from)/(24*time.Hour))/2)
		log.Info("esearch: too many records for one search, splitting the window",
			"count", res.count, "limit", s.limit, "first_half_to", ymd(mid))
		if err := s.fetchWindow(ctx, st, from, mid); err != nil {
			return err
		}
		return s.fetchWindow(ctx, st, mid.AddDate(0, 0, 1), to)
	}
	if s.cfg.Known != nil {
		return s.fetchUnknown(ctx, st, log, res, from, to)
	}
	if !res.hasHistory() {
		return fmt.Errorf("pubmed esearch %s..%s: %d records but no WebEnv/QueryKey in the response", ymd(from), ymd(to), res.count)
	}
	log.Info("esearch", "count", res.count)
	return s.fetchHistory(ctx, st, log, res, from, to)
}

// fetchHistory efetches every record of the search from the history
// server, BatchSize at a time.
func (s *Source) fetchHistory(ctx context.Context, st *fetchState, log *slog.Logger, res *searchResult, from, to time.Time) error {
	// The distinct PMIDs the batches held: a history server that repeats
	// a batch (or drops records) must fail the source, not move its
	// watermark past records never fetched.
	var window crawler.Seen
	for start := 0; start < res.count; start += s.cfg.BatchSize {
		want := min(s.cfg.BatchSize, res.count-start)
		body, err := s.f.Get(ctx, s.efetchURL(res, start))
		if err != nil {
			return fmt.Errorf("pubmed efetch retstart=%d: %w", start, err)
		}
		batch, got, n, err := st.parse(body)
		if err != nil {
			return fmt.Errorf("pubmed efetch retstart=%d: %w", start, err)
		}
		fresh := 0
		for id := range got {
			if window.Add(id) {
				fresh++
			}
		}
		if n > 0 && fresh == 0 {
			return fmt.Errorf("pubmed efetch retstart=%d: all %d articles were in earlier batches: the history server is repeating itself (window %s..%s, count %d)",
				start, n, ymd(from), ymd(to), res.count)
		}
		if n < want {
			return fmt.Errorf("pubmed efetch retstart=%d: truncated batch: got %d of %d articles (window %s..%s, count %d)",
				start, n, want, ymd(from), ymd(to), res.count)
		}
		log.Debug("efetch batch", "retstart", start, "articles", n, "new", len(batch))
		if err := st.deliver(ctx, batch); err != nil {
			return fmt.Errorf("pubmed: emit batch at retstart=%d: %w", start, err)
		}
	}
	if window.Len() < res.count {
		return fmt.Errorf("pubmed efetch: %d distinct PMIDs delivered, fewer than the %d esearch counted: records are missing (window %s..%s)",
			window.Len(), res.count, ymd(from), ymd(to))
	}
	var missing []string
	for _, id := range uniqueIDs(res.wire.IDs) {
		if window.Add(id) {
			missing = append(missing, id)
		}
	}
	if len(missing) > 0 {
		return fmt.Errorf("pubmed efetch: %d PMIDs that esearch listed were not delivered, e.g. %s (window %s..%s)",
			len(missing), abbrev(missing, 10), ymd(from), ymd(to))
	}
	return nil
}

// fetchUnknown asks Config.Known which of the search's PMIDs are stored
// and efetches the others by id list. When that would cost more requests
// than fetching the whole search from the history server (a BatchSize
// above the id-list cap and few PMIDs known), it does that instead.
func (s *Source) fetchUnknown(ctx context.Context, st *fetchState, log *slog.Logger, res *searchResult, from, to time.Time) error {
	ids := uniqueIDs(res.wire.IDs)
	if len(ids) < res.count {
		return fmt.Errorf("pubmed esearch %s..%s: %d PMIDs listed, fewer than the %d counted", ymd(from), ymd(to), len(ids), res.count)
	}
	known, err := s.cfg.Known(ctx, ids)
	if err != nil {
		return fmt.Errorf("pubmed: looking up which of the %d PMIDs of %s..%s are stored already: %w", len(ids), ymd(from), ymd(to), err)
	}
	unknown := make([]string, 0, len(ids))
	for _, id := range ids {
		if !known[id] {
			unknown = append(unknown, id)
		}
	}
	size := min(s.cfg.BatchSize, maxIDBatch)
	if res.hasHistory() && batches(res.count, s.cfg.BatchSize) < batches(len(unknown), size) {
		log.Info("esearch", "count", res.count, "known", len(ids)-len(unknown),
			"note", "fetching the whole search from the history server: fewer requests than by id list")
		return s.fetchHistory(ctx, st, log, res, from, to)
	}
	skipped := len(ids) - len(unknown)
	st.known += skipped
	log.Info("esearch", "count", res.count, "skipped_known", skipped, "to_fetch", len(unknown))
	for start := 0; start < len(unknown); start += size {
		want := unknown[start:min(len(unknown), start+size)]
		body, err := s.f.Get(ctx, s.efetchIDsURL(want))
		if err != nil {
			return fmt.Errorf("pubmed efetch of %d PMIDs from %s: %w", len(want), want[0], err)
		}
		batch, got, n, err := st.parse(body)
		if err != nil {
			return fmt.Errorf("pubmed efetch of %d PMIDs from %s: %w", len(want), want[0], err)
		}
		var missing []string
		for _, id := range want {
			if !got[id] {
				missing = append(missing, id)
			}
		}
		if len(missing) > 0 {
			return fmt.Errorf("pubmed efetch of %d PMIDs from %s: truncated batch: got %d of %d articles, missing PMIDs %s (window %s..%s, count %d)",
				len(want), want[0], len(want)-len(missing), len(want), abbrev(missing, 10), ymd(from), ymd(to), res.count)
		}
		log.Debug("efetch batch by id", "first", want[0], "articles", n, "new", len(batch))
		if err := st.deliver(ctx, batch); err != nil {
			return fmt.Errorf("pubmed: emit batch of PMIDs from %s: %w", want[0], err)
		}
	}
	return nil
}

// parse reads one efetch body: the records this Fetch has not delivered
// yet, in order, the PMIDs of every article in it and how many articles
// it held.
func (st *fetchState) parse(body []byte) ([]store.Record, map[string]bool, int, error) {
	var batch []store.Record
	got := map[string]bool{}
	n, err := parseArticles(bytes.NewReader(body), func(r store.Record) error {
		got[r.PMID] = true
		if st.seen.Add(r.PMID) {
			batch = append(batch, r)
		}
		return nil
	})
	if err != nil {
		return nil, nil, 0, err
	}
	return batch, got, n, nil
}

// deliver emits a non-empty batch.
func (st *fetchState) deliver(ctx context.Context, batch []store.Record) error {
	if len(batch) == 0 {
		return nil
	}
	if err := st.emit(ctx, batch); err != nil {
		return err
	}
	st.emitted += len(batch)
	return nil
}

// batches is how many requests of size fetch n items.
func batches(n, size int) int { return (n + size - 1) / size }

// uniqueIDs returns the non-empty PMIDs of ids, trimmed, each once, in order.
func uniqueIDs(ids []string) []string {
	out := make([]string, 0, len(ids))
	seen := make(map[string]bool, len(ids))
	for _, id := range ids {
		id = strings.TrimSpace(id)
		if id != "" && !seen[id] {
			seen[id] = true
			out = append(out, id)
		}
	}
	return out
}

// abbrev lists at most n of ids, saying how many more there are.
func abbrev(ids []string, n int) string {
	if len(ids) <= n {
		return strings.Join(ids, ",")
	}
	return fmt.Sprintf("%s and %d more", strings.Join(ids[:n], ","), len(ids)-n)
}

// searchResult is what Fetch needs from an esearch response.
type searchResult struct {
	count    int
	queryKey string
	webEnv   string
	wire     *eSearchResult
}

// hasHistory reports whether the search is on the history server.
func (r *searchResult) hasHistory() bool { return r.webEnv != "" && r.queryKey != "" }

func (r *searchResult) notFound() bool {
	return len(r.wire.ErrorList.PhraseNotFound)+len(r.wire.ErrorList.FieldNotFound) > 0
}

func (s *Source) esearch(ctx context.Context, from, to time.Time) (*searchResult, error) {
	v := s.params()
	v.Set("term", s.cfg.Term)
	v.Set("usehistory", "y")
	v.Set("datetype", "edat")
	v.Set("mindate", ymd(from))
	v.Set("maxdate", ymd(to))
	if s.cfg.Known != nil {
		// The PMIDs themselves, to ask which are stored; a window with
		// more hits than this is split before any is used.
		v.Set("retmax", strconv.Itoa(s.limit))
	} else {
		v.Set("retmax", "0")
	}
	body, err := s.f.Get(ctx, s.endpoint("esearch.fcgi", v))
	if err != nil {
		return nil, fmt.Errorf("pubmed esearch %s..%s: %w", ymd(from), ymd(to), err)
	}
	res, err := parseESearch(body)
	if err != nil {
		return nil, fmt.Errorf("pubmed esearch %s..%s: %w", ymd(from), ymd(to), err)
	}
	return res, nil
}

// parseESearch reads an esearch response: an <ERROR> body is an error, and
// so is a result without a Count.
func parseESearch(body []byte) (*searchResult, error) {
	d, err := newDecoder(bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	root, err := rootElement(d)
	if err != nil {
		return nil, err
	}
	if root.Name.Local != "eSearchResult" {
		return nil, unexpectedRoot(d, root)
	}
	var w eSearchResult
	if err := d.DecodeElement(&w, &root); err != nil {
		return nil, fmt.Errorf("malformed eSearchResult: %w", err)
	}
	if e := crawler.NormalizeSpace(w.Error); e != "" {
		return nil, fmt.Errorf("NCBI error: %s", e)
	}
	c := strings.TrimSpace(w.Count)
	if c == "" {
		return nil, errors.New("eSearchResult has no Count")
	}
	count, err := strconv.Atoi(c)
	if err != nil || count < 0 {
		return nil, fmt.Errorf("eSearchResult has a bad Count %q", c)
	}
	return &searchResult{
		count:    count,
		queryKey: strings.TrimSpace(w.QueryKey),
		webEnv:   strings.TrimSpace(w.WebEnv),
		wire:     &w,
	}, nil
}

func (s *Source) efetchURL(res *searchResult, start int) string {
	v := s.params()
	v.Set("query_key", res.queryKey)
	v.Set("WebEnv", res.webEnv)
	v.Set("retstart", strconv.Itoa(start))
	v.Set("retmax", strconv.Itoa(s.cfg.BatchSize))
	v.Set("retmode", "xml")
	return s.endpoint("efetch.fcgi", v)
}

// efetchIDsURL asks for the records of the given PMIDs.
func (s *Source) efetchIDsURL(ids []string) string {
	v := s.params()
	v.Set("id", strings.Join(ids, ","))
	v.Set("retmax", strconv.Itoa(len(ids)))
	v.Set("retmode", "xml")
	return s.endpoint("efetch.fcgi", v)
}

// params are those every request carries: db, tool, email, api_key.
func (s *Source) params() url.Values {
	v := url.Values{}
	v.Set("db", "pubmed")
	v.Set("tool", s.cfg.Tool)
	if s.cfg.Email != "" {
		v.Set("email", s.cfg.Email)
	}
	if s.cfg.APIKey != "" {
		v.Set("api_key", s.cfg.APIKey)
	}
	return v
}

func (s *Source) endpoint(name string, v url.Values) string {
	return crawler.Endpoint(s.base, name, v.Encode())
}

// ymdLayout is the way E-utilities take dates.
const ymdLayout = "2006/01/02"

// ymd formats a day the way E-utilities take dates.
func ymd(t time.Time) string { return t.Format(ymdLayout) }
