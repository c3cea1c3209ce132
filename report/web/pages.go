package web

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"html/template"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/litwatch/litwatch/report/assess"
	"github.com/litwatch/litwatch/report/claims"
	"github.com/litwatch/litwatch/report/digest"
	"github.com/litwatch/litwatch/store"
)

// pageNames are the templates, each rendered inside layout.html.
var pageNames = [...]string{"digest", "digests", "review", "claims", "claim", "search", "status", "error"}

func (s *Server) parseTemplates() error {
	funcs := template.FuncMap{
		"date": func(t time.Time) string {
			if t.IsZero() {
				return "–"
			}
			return t.In(s.cfg.Location).Format("2006-01-02")
		},
		"when": func(t time.Time) string {
			if t.IsZero() {
				return "–"
			}
			return t.In(s.cfg.Location).Format("2006-01-02 15:04 MST")
		},
		"word":      func(s string) string { return strings.ReplaceAll(s, "_", " ") },
		"recordURL": recordURL,
		"doiURL":    func(doi string) string { return digest.Link("", doi, "") },
		"pmidURL":   func(pmid string) string { return digest.Link(pmid, "", "") },
		"anchor":    digest.ReviewAnchor,
		"claimPath": func(id string) string { return "/claims/" + url.PathEscape(id) },
		"decided": func(status string) string {
			if status == store.FlagOpen {
				return "reopened"
			}
			return status
		},
		"redact": func(msg string) string { return s.cfg.Redact(msg) },
		"byName": func(by string) string {
			if by == "" {
				return "(not recorded)"
			}
			return by
		},
	}
	s.pages = make(map[string]*template.Template, len(pageNames))
	for _, name := range pageNames {
		t, err := template.New(name).Funcs(funcs).ParseFS(files, "templates/layout.html", "templates/"+name+".html")
		if err != nil {
			return fmt.Errorf("web: template %s: %w", name, err)
		}
		s.pages[name] = t
	}
	return nil
}

// page is what layout.html gets: the page's title, its place in the
// navigation, the CSRF token for its forms and its own data.
type page struct {
	Title string
	Nav   string
	CSRF  string
	Data  any
}

// render writes a page. It is rendered whole before anything is sent, so
// a failure is a clean error page, never half a page.
func (s *Server) render(w http.ResponseWriter, r *http.Request, status int, name, nav, title string, data any) {
	t, ok := s.pages[name]
	if !ok {
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	p := page{Title: title, Nav: nav, CSRF: s.csrfToken(w, r), Data: data}
	var buf bytes.Buffer
	if err := t.ExecuteTemplate(&buf, "layout", p); err != nil {
		s.cfg.Log.Error("web: render", "page", name, "err", err)
		http.Error(w, "internal error: the page could not be rendered", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(status)
	w.Write(buf.Bytes()) //nolint:errcheck // the client went away
}

// fail shows an error page with a message for the user.
func (s *Server) fail(w http.ResponseWriter, r *http.Request, status int, msg string) {
	s.render(w, r, status, "error", "", http.StatusText(status), msg)
}

// internal logs err and shows a page that does not repeat it.
func (s *Server) internal(w http.ResponseWriter, r *http.Request, err error) {
	s.cfg.Log.Error("web: request failed", "path", r.URL.Path, "err", err)
	s.fail(w, r, http.StatusInternalServerError, "Something went wrong reading the database; the log says what.")
}

// recordURL is a record's page at its source ("" if it has none).
func recordURL(r store.Record) string {
	return digest.RecordURL(digest.Record{PMID: r.PMID, DOI: r.DOI, NCT: r.NCT, PPR: r.PPR, OpenAlex: r.OpenAlex})
}

// --- digests ---

type digestData struct {
	Info    store.DigestInfo
	Body    template.HTML // the digest, rendered by the HTML digest's template
	Latest  bool
	Earlier []store.DigestInfo
	Total   int
}

func (s *Server) latestDigest(w http.ResponseWriter, r *http.Request) {
	list, total, err := s.cfg.DB.ListDigests(r.Context(), 11, 0)
	if err != nil {
		s.internal(w, r, err)
		return
	}
	if len(list) == 0 {
		s.render(w, r, http.StatusOK, "digest", "digest", "No digest yet", digestData{})
		return
	}
	s.showDigest(w, r, list[0], list[1:], total, true)
}

func (s *Server) digestPage(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil || id <= 0 {
		s.fail(w, r, http.StatusNotFound, "There is no such digest.")
		return
	}
	d, err := s.cfg.DB.DigestByID(r.Context(), id)
	if errors.Is(err, sql.ErrNoRows) {
		s.fail(w, r, http.StatusNotFound, "There is no such digest.")
		return
	}
	if err != nil {
		s.internal(w, r, err)
		return
	}
	s.showDigest(w, r, store.DigestInfo{ID: d.ID, GeneratedAt: d.GeneratedAt}, nil, 0, false)
}

func (s *Server) showDigest(w http.ResponseWriter, r *http.Request, info store.DigestInfo, earlier []store.DigestInfo, total int, latest bool) {
	d, err := s.cfg.DB.DigestByID(r.Context(), info.ID)
	if err != nil {
		s.internal(w, r, err)
		return
	}
	doc, err := digest.Parse(d.JSON)
	if err != nil {
		s.internal(w, r, fmt.Errorf("digest %d: %w", d.ID, err))
		return
	}
	var body bytes.Buffer
	if err := digest.RenderHTMLBody(&body, doc, "/"); err != nil {
		s.internal(w, r, err)
		return
	}
	data := digestData{Info: info, Latest: latest, Earlier: earlier, Total: total,
		// Rendered by html/template: every text in it is escaped.
		Body: template.HTML(body.String())} //nolint:gosec
	title := "Digest of " + d.GeneratedAt.In(s.cfg.Location).Format("2006-01-02")
	s.render(w, r, http.StatusOK, "digest", "digest", title, data)
}

type digestsData struct {
	Digests []store.DigestInfo
	Pager   pager
}

const digestsPerPage = 50

func (s *Server) digestList(w http.ResponseWriter, r *http.Request) {
	n := pageNumber(r)
	list, total, err := s.cfg.DB.ListDigests(r.Context(), digestsPerPage, (n-1)*digestsPerPage)
	if err != nil {
		s.internal(w, r, err)
		return
	}
	s.render(w, r, http.StatusOK, "digests", "digest", "All digests", digestsData{Digests: list, Pager: newPager(r, n, total, digestsPerPage)})
}

// --- paging ---

// pager links the pages of a long list.
type pager struct {
	Page, Pages int
	Prev, Next  string // URLs, "" at either end
}

// maxPage bounds the page number a request may ask for.
const maxPage = 1000

func pageNumber(r *http.Request) int {
	n, err := strconv.Atoi(r.URL.Query().Get("page"))
	if err != nil || n < 1 {
		return 1
	}
	return min(n, maxPage)
}

func newPager(r *http.Request, n, total, per int) pager {
	p := pager{Page: n, Pages: max(1, (total+per-1)/per)}
	link := func(to int) string {
		q := r.URL.Query()
		q.Set("page", strconv.Itoa(to))
		return r.URL.Path + "?" + q.Encode()
	}
	if n > 1 {
		p.Prev = link(min(n-1, p.Pages))
	}
	if n < p.Pages {
		p.Next = link(n + 1)
	}
	return p
}

// --- the review queue ---

type flagView struct {
	store.Flag
	Anchor    string
	URL       string
	Statement string
	History   []store.Decision
}

type reviewData struct {
	Flags     []flagView
	All       bool
	Total     int
	Notice    string
	DefaultBy string
	Pager     pager
}

const flagsPerPage = 50

func (s *Server) review(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	all := r.URL.Query().Get("all") == "1"
	flags, err := s.cfg.DB.Flags(ctx, all)
	if err != nil {
		s.internal(w, r, err)
		return
	}
	n := pageNumber(r)
	data := reviewData{All: all, Total: len(flags), DefaultBy: s.decider(r, ""), Pager: newPager(r, n, len(flags), flagsPerPage), Notice: decidedNotice(r.URL.Query())}
	lo := min((n-1)*flagsPerPage, len(flags))
	for _, f := range flags[lo:min(lo+flagsPerPage, len(flags))] {
		hist, err := s.cfg.DB.FlagHistory(ctx, f.Record.ID, f.Assessment.Claim)
		if err != nil {
			s.internal(w, r, err)
			return
		}
		v := flagView{Flag: f, Anchor: digest.ReviewAnchor(f.Record.ID, f.Assessment.Claim), URL: recordURL(f.Record), History: hist}
		if c, ok := s.claim(f.Assessment.Claim); ok {
			v.Statement = c.Statement
		}
		data.Flags = append(data.Flags, v)
	}
	s.render(w, r, http.StatusOK, "review", "review", "Review queue", data)
}

// decidedNotice is the line saying what the last decision did, from the
// query the decision redirected to ("" if none).
func decidedNotice(q url.Values) string {
	id, err := strconv.ParseInt(q.Get("decided"), 10, 64)
	status := q.Get("status")
	if err != nil || id <= 0 || (status != store.FlagOpen && !slices.Contains(store.FlagStatuses(), status)) {
		return ""
	}
	if status == store.FlagOpen {
		return fmt.Sprintf("Record %d, claim %s: flag reopened.", id, q.Get("claim"))
	}
	return fmt.Sprintf("Record %d, claim %s: flag marked %s.", id, q.Get("claim"), status)
}

// Limits of a decision's free text.
const (
	maxNote = 4000
	maxBy   = 200
)

// decide stores a decision on one flag (record × claim) through the same
// store call as `litwatch flags`.
func (s *Server) decide(w http.ResponseWriter, r *http.Request) {
	f := r.PostForm
	id, err := strconv.ParseInt(f.Get("record"), 10, 64)
	if err != nil || id <= 0 {
		s.fail(w, r, http.StatusBadRequest, "The form names no record.")
		return
	}
	claim := f.Get("claim")
	status := f.Get("status")
	if claim == "" || (status != store.FlagOpen && !slices.Contains(store.FlagStatuses(), status)) {
		s.fail(w, r, http.StatusBadRequest, "The form names no claim or no known decision.")
		return
	}
	note := strings.TrimSpace(f.Get("note"))
	if len(note) > maxNote {
		s.fail(w, r, http.StatusBadRequest, fmt.Sprintf("The note is longer than %d bytes.", maxNote))
		return
	}
	by := s.decider(r, f.Get("by"))
	if len(by) > maxBy {
		s.fail(w, r, http.StatusBadRequest, fmt.Sprintf("The name is longer than %d bytes.", maxBy))
		return
	}
	d, err := s.cfg.DB.DecideFlag(r.Context(), store.Decision{RecordID: id, Claim: claim, Status: status, Note: note, By: by})
	switch {
	case errors.Is(err, store.ErrNoFlag):
		s.fail(w, r, http.StatusNotFound, fmt.Sprintf("Record %d has no flag for claim %q.", id, claim))
		return
	case errors.Is(err, store.ErrAlreadyOpen):
		s.fail(w, r, http.StatusConflict, fmt.Sprintf("The flag of record %d for claim %q is open already.", id, claim))
		return
	case err != nil:
		s.internal(w, r, err)
		return
	}
	s.cfg.Log.Info("web: flag decided", "record", id, "claim", d.Claim, "status", status, "by", d.By)
	if s.cfg.AfterDecision != nil {
		// The decision stands whatever happens here; a request cut short
		// must not leave the feed half done.
		actx, cancel := context.WithTimeout(context.WithoutCancel(r.Context()), 30*time.Second)
		if err := s.cfg.AfterDecision(actx); err != nil {
			s.cfg.Log.Error("web: the decision is stored, but what follows it failed", "err", err)
		}
		cancel()
	}
	q := url.Values{"decided": {strconv.FormatInt(id, 10)}, "claim": {d.Claim}, "status": {status}}
	if f.Get("all") == "1" {
		q.Set("all", "1")
	}
	http.Redirect(w, r, "/review?"+q.Encode(), http.StatusSeeOther)
}

// decider is who decides: the form's name, else basic auth's user, else
// the configured default.
func (s *Server) decider(r *http.Request, form string) string {
	if by := strings.TrimSpace(form); by != "" {
		return store.CleanText(by)
	}
	if u, _, ok := r.BasicAuth(); ok && strings.TrimSpace(u) != "" {
		return store.CleanText(strings.TrimSpace(u))
	}
	return s.cfg.DefaultBy
}

// --- claims ---

func (s *Server) claim(id string) (claims.Claim, bool) {
	for _, c := range s.cfg.Claims {
		if c.ID == id {
			return c, true
		}
	}
	return claims.Claim{}, false
}

type claimSummary struct {
	Claim   claims.Claim
	Records int
	Open    int
}

func (s *Server) claimList(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	open, err := s.cfg.DB.Flags(ctx, false)
	if err != nil {
		s.internal(w, r, err)
		return
	}
	var list []claimSummary
	for _, c := range s.cfg.Claims {
		_, n, err := s.cfg.DB.ClaimRecords(ctx, c.ID, 1)
		if err != nil {
			s.internal(w, r, err)
			return
		}
		cs := claimSummary{Claim: c, Records: n}
		for _, f := range open {
			if f.Assessment.Claim == c.ID {
				cs.Open++
			}
		}
		list = append(list, cs)
	}
	s.render(w, r, http.StatusOK, "claims", "claims", "Claims", list)
}

type citationView struct {
	claims.Citation
	URL string
}

type noticeView struct {
	store.BasisNotice
	URL string
}

type claimData struct {
	Claim   claims.Claim
	Basis   []citationView
	Notices []noticeView
	Records []store.ClaimRecord
	Total   int
	Chart   chart
}

// maxClaimRecords bounds the records listed on a claim's page (the chart
// counts them all).
const maxClaimRecords = 200

func (s *Server) claimPage(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	c, ok := s.claim(r.PathValue("id"))
	if !ok {
		s.fail(w, r, http.StatusNotFound, "There is no such claim in the claims file.")
		return
	}
	data := claimData{Claim: c}
	var dois []string
	for _, b := range c.Basis {
		u := digest.Link(b.PMID, b.DOI, "")
		if b.DOI != "" {
			u = digest.Link("", b.DOI, "")
			dois = append(dois, b.DOI)
		}
		data.Basis = append(data.Basis, citationView{Citation: b, URL: u})
	}
	notices, err := s.cfg.DB.BasisUpdates(ctx, dois)
	if err != nil {
		s.internal(w, r, err)
		return
	}
	for _, n := range notices {
		data.Notices = append(data.Notices, noticeView{BasisNotice: n, URL: digest.Link("", n.NoticeDOI, "")})
	}
	if data.Records, data.Total, err = s.cfg.DB.ClaimRecords(ctx, c.ID, maxClaimRecords); err != nil {
		s.internal(w, r, err)
		return
	}
	years, err := s.cfg.DB.ClaimYears(ctx, c.ID)
	if err != nil {
		s.internal(w, r, err)
		return
	}
	data.Chart = newChart(years)
	s.render(w, r, http.StatusOK, "claim", "claims", "Claim "+c.ID, data)
}

// --- search ---

type snipPart struct {
	Text string
	Mark bool
}

type hitView struct {
	store.SearchHit
	URL     string
	Snippet []snipPart
}

type searchData struct {
	Q, From, To, Design, Claim string
	Flagged                    bool
	Designs                    []string
	Claims                     []claims.Claim
	Hits                       []hitView
	Total                      int
	TotalCapped                bool // more than Total match
	Searched                   bool
	Error                      string
	Pager                      pager
}

const (
	hitsPerPage = 20
	// maxSearchPages bounds how deep the search pages go: each page asks
	// the store for every hit up to it.
	maxSearchPages = 50
)

func (s *Server) search(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	data := searchData{Q: q.Get("q"), From: q.Get("from"), To: q.Get("to"), Design: q.Get("design"), Claim: q.Get("claim"),
		Flagged: q.Get("flagged") == "1", Designs: assess.Designs(), Claims: s.cfg.Claims}
	if strings.TrimSpace(data.Q) == "" {
		s.render(w, r, http.StatusOK, "search", "search", "Search", data)
		return
	}
	data.Searched = true
	sq := store.SearchQuery{Text: data.Q, Design: data.Design, Claim: data.Claim, Flagged: data.Flagged}
	var bad []string
	year := func(name, v string) int {
		if v = strings.TrimSpace(v); v == "" {
			return 0
		}
		y, err := strconv.Atoi(v)
		if err != nil || y < 0 || y > 9999 {
			bad = append(bad, fmt.Sprintf("%s: %q is not a year", name, v))
		}
		return y
	}
	sq.FromYear, sq.ToYear = year("from", data.From), year("to", data.To)
	if sq.Design != "" && !slices.Contains(data.Designs, sq.Design) {
		bad = append(bad, fmt.Sprintf("design: unknown design %q", sq.Design))
	}
	if _, ok := s.claim(sq.Claim); sq.Claim != "" && !ok {
		bad = append(bad, fmt.Sprintf("claim: no claim %q", sq.Claim))
	}
	if len(bad) > 0 {
		data.Error = strings.Join(bad, "; ")
		s.render(w, r, http.StatusBadRequest, "search", "search", "Search", data)
		return
	}
	n := min(pageNumber(r), maxSearchPages)
	sq.Limit, sq.Offset = hitsPerPage, (n-1)*hitsPerPage
	res, err := s.cfg.DB.SearchPage(r.Context(), sq)
	if err != nil {
		// The words are not a search (only punctuation, an unclosed
		// quote): say why when the store does.
		data.Error = "Nothing to search for in these words."
		var qe *store.QueryError
		if errors.As(err, &qe) {
			data.Error = "Nothing to search for in these words: " + qe.Error()
		}
		s.cfg.Log.Debug("web: search", "err", err)
		s.render(w, r, http.StatusOK, "search", "search", "Search", data)
		return
	}
	total := res.Total
	data.Total, data.TotalCapped = total, res.TotalCapped
	data.Pager = newPager(r, n, min(total, maxSearchPages*hitsPerPage), hitsPerPage)
	for _, h := range res.Hits {
		data.Hits = append(data.Hits, hitView{SearchHit: h, URL: recordURL(h.Record), Snippet: splitSnippet(h.Snippet)})
	}
	s.render(w, r, http.StatusOK, "search", "search", "Search: "+data.Q, data)
}

// splitSnippet cuts a snippet at the store's marks: the parts between an
// opening and a closing mark are the matched words.
func splitSnippet(s string) []snipPart {
	var out []snipPart
	mark := false
	for s != "" {
		sep := store.SnippetOpen
		if mark {
			sep = store.SnippetClose
		}
		before, after, found := strings.Cut(s, sep)
		if before != "" {
			out = append(out, snipPart{Text: before, Mark: mark})
		}
		if !found {
			break
		}
		mark = !mark
		s = after
	}
	return out
}

// --- status ---

type statusData struct {
	Database  string
	Busy      string
	Schedule  string
	NextRun   time.Time
	Records   int
	LastRun   store.Run
	HasRun    bool
	Sources   []store.SourceHealth
	Marks     []watermark
	OpenFlags int
	Outbox    []store.OutboxItem
}

type watermark struct {
	Source  string
	Through time.Time
}

func (s *Server) status(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	db := s.cfg.DB
	data := statusData{Database: db.Path(), Schedule: s.cfg.Schedule}
	if s.cfg.Busy != nil {
		switch busy, err := s.cfg.Busy(); {
		case err != nil:
			data.Busy = "unknown: " + err.Error()
		case busy:
			data.Busy = "a litwatch run or daemon is working on this database now"
		default:
			data.Busy = "no run or daemon is working on this database"
		}
	}
	if s.cfg.NextRun != nil {
		data.NextRun = s.cfg.NextRun(s.cfg.Now())
	}
	var err error
	if data.Records, err = db.CountRecords(ctx); err != nil {
		s.internal(w, r, err)
		return
	}
	if data.LastRun, data.HasRun, err = db.LastRun(ctx); err != nil {
		s.internal(w, r, err)
		return
	}
	if data.Sources, err = db.SourceHealths(ctx); err != nil {
		s.internal(w, r, err)
		return
	}
	marks, err := db.Watermarks(ctx)
	if err != nil {
		s.internal(w, r, err)
		return
	}
	for name, t := range marks {
		data.Marks = append(data.Marks, watermark{Source: name, Through: t})
	}
	slices.SortFunc(data.Marks, func(a, b watermark) int { return strings.Compare(a.Source, b.Source) })
	flags, err := db.Flags(ctx, false)
	if err != nil {
		s.internal(w, r, err)
		return
	}
	data.OpenFlags = len(flags)
	if data.Outbox, err = db.Outbox(ctx, 20); err != nil {
		s.internal(w, r, err)
		return
	}
	s.render(w, r, http.StatusOK, "status", "status", "Status", data)
}
