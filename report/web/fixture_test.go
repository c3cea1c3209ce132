package web

import (
	"context"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/litwatch/litwatch/report/claims"
	"github.com/litwatch/litwatch/report/digest"
	"github.com/litwatch/litwatch/store"
)

// hostile is a title a server could send.
const hostile = `<script>alert(1)</script> Massage & "oil" in preterm infants`

// fixture is a real SQLite database holding a digest with a flagged
// record (with a hostile title), another record, a second claim, a run
// whose source failed, a basis notice and an e-mail in the outbox.
type fixture struct {
	t       *testing.T
	db      *store.DB
	claims  []claims.Claim
	flagged int64 // record flagged on claim "growth"
	other   int64
	digest  int64
}

func testClaims() []claims.Claim {
	return []claims.Claim{
		{ID: "growth", Statement: "Massage improves weight gain in preterm infants", Verdict: "benefit", AsOf: 2004,
			Basis: []claims.Citation{{Title: "Massage for promoting growth in preterm infants", DOI: "10.1002/14651858.CD000390.pub2", Year: 2004}}},
		{ID: "safety", Statement: "Massage with oil carries no risk for term infants", Verdict: "no_risk", AsOf: 2013},
	}
}

func newFixture(t *testing.T) *fixture {
	t.Helper()
	ctx := context.Background()
	db, err := store.Open(ctx, filepath.Join(t.TempDir(), "litwatch.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	f := &fixture{t: t, db: db, claims: testClaims()}
	run, err := db.StartRun(ctx)
	if err != nil {
		t.Fatal(err)
	}
	day := time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC)
	recs := []store.Record{
		{PMID: "39000001", Title: hostile, Year: 2026, Journal: "Acta Paediatr",
			Abstract: "Sunflower oil massage increased weight gain in 120 preterm infants (p<0.01)."},
		{PMID: "39000002", Title: "Coconut oil and skin barrier in term newborns", Year: 2024, Journal: "Pediatr Dermatol",
			Abstract: "No adverse events were seen with coconut oil."},
	}
	if _, err := db.SaveBatch(ctx, run, "pubmed", recs); err != nil {
		t.Fatal(err)
	}
	for _, pmid := range []string{"39000001", "39000002"} {
		r, ok, err := db.FindByID(ctx, "pmid", pmid)
		if err != nil || !ok {
			t.Fatalf("record %s: %v", pmid, err)
		}
		if pmid == "39000001" {
			f.flagged = r.ID
		} else {
			f.other = r.ID
		}
	}
	if err := db.SaveAssessments(ctx, f.flagged, "rct", []store.Assessment{{
		Claim: "growth", Relevant: true, Flagged: true, Direction: "harm", Signal: "contradicts", Level: "high",
		Reasons:  []string{"Randomised trial of 120 infants <b>after</b> the basis"},
		Evidence: []string{"Sunflower oil massage increased weight gain in 120 preterm infants (p<0.01)."},
	}}); err != nil {
		t.Fatal(err)
	}
	if err := db.SaveAssessments(ctx, f.other, "observational", []store.Assessment{{Claim: "safety", Relevant: true, Direction: "no_effect", Signal: "supports"}}); err != nil {
		t.Fatal(err)
	}
	if err := db.FinishSource(ctx, run, store.SourceResult{Name: "pubmed", From: day, To: day.AddDate(0, 0, 6), Fetched: 2, New: 2}); err != nil {
		t.Fatal(err)
	}
	if err := db.FinishSource(ctx, run, store.SourceResult{Name: "europepmc", From: day, To: day.AddDate(0, 0, 6), Errors: []string{"HTTP 503 from server <i>down</i> key=SECRETKEY"}}); err != nil {
		t.Fatal(err)
	}
	if err := db.FinishRun(ctx, run, "done"); err != nil {
		t.Fatal(err)
	}
	if _, err := db.SaveBasisUpdate(ctx, store.BasisUpdate{BasisDOI: "10.1002/14651858.CD000390.pub2", NoticeDOI: "10.1002/14651858.CD000390.pub3", Type: "new_version", Source: "publisher", Label: "New version"}); err != nil {
		t.Fatal(err)
	}
	f.digest = f.saveDigest()
	return f
}

// saveDigest builds and stores the digest of every record not reported yet.
func (f *fixture) saveDigest() int64 {
	f.t.Helper()
	ctx := context.Background()
	recs, err := f.db.PendingRecords(ctx)
	if err != nil {
		f.t.Fatal(err)
	}
	var ids []int64
	for _, r := range recs {
		ids = append(ids, r.ID)
	}
	as, designs, err := f.db.Assessments(ctx, ids)
	if err != nil {
		f.t.Fatal(err)
	}
	in := digest.Input{GeneratedAt: time.Date(2026, 11, 30, 6, 0, 0, 0, time.UTC), From: time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC),
		To: time.Date(2026, 11, 29, 0, 0, 0, 0, time.UTC), Records: recs, Designs: designs, Assessments: as}
	for _, c := range f.claims {
		in.Claims = append(in.Claims, digest.ClaimInfo{ID: c.ID, Statement: c.Statement, Verdict: c.Verdict, AsOf: c.AsOf})
	}
	doc := digest.Build(in)
	body, err := doc.JSON()
	if err != nil {
		f.t.Fatal(err)
	}
	id, err := f.db.SaveDigest(ctx, store.Digest{GeneratedAt: doc.GeneratedAt, JSON: body, MessageID: "m1@example.org", MailStatus: "pending"}, ids)
	if err != nil {
		f.t.Fatal(err)
	}
	return id
}

func (f *fixture) server(mod func(*Config)) *Server {
	f.t.Helper()
	cfg := Config{DB: f.db, Claims: f.claims, Log: slog.New(slog.DiscardHandler), DefaultBy: "tester",
		Redact:   func(s string) string { return strings.ReplaceAll(s, "SECRETKEY", "REDACTED") },
		Schedule: "0 6 * * 1", NextRun: func(now time.Time) time.Time { return time.Date(2026, 12, 7, 6, 0, 0, 0, time.UTC) },
		Location: time.UTC}
	if mod != nil {
		mod(&cfg)
	}
	s, err := New(cfg)
	if err != nil {
		f.t.Fatal(err)
	}
	return s
}

// openFlags lists the open flags as "record/claim", through the store call
// `litwatch flags` makes.
func (f *fixture) openFlags() []string {
	f.t.Helper()
	flags, err := f.db.Flags(context.Background(), false)
	if err != nil {
		f.t.Fatal(err)
	}
	var out []string
	for _, fl := range flags {
		out = append(out, fl.Assessment.Claim)
	}
	return out
}

// response is a served request.
type response struct {
	code   int
	header http.Header
	body   string
}

// do serves one request on h from loopback.
func do(t *testing.T, h http.Handler, method, target string, body io.Reader, prep func(*http.Request)) response {
	t.Helper()
	req := httptest.NewRequest(method, target, body)
	req.Host = "127.0.0.1:8080"
	if body != nil && req.Header.Get("Content-Type") == "" {
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	}
	if prep != nil {
		prep(req)
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	b, _ := io.ReadAll(rec.Result().Body)
	return response{code: rec.Code, header: rec.Result().Header, body: string(b)}
}

var csrfField = regexp.MustCompile(`name="csrf" value="([0-9a-f]+)"`)

// formToken fetches a page and returns its CSRF token and the cookie it
// is bound to.
func formToken(t *testing.T, h http.Handler, page string) (string, *http.Cookie) {
	t.Helper()
	req := httptest.NewRequest("GET", page, nil)
	req.Host = "localhost:8080"
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	m := csrfField.FindStringSubmatch(rec.Body.String())
	if m == nil {
		t.Fatalf("%s has no form with a CSRF token:\n%s", page, rec.Body.String())
	}
	for _, c := range rec.Result().Cookies() {
		if c.Name == csrfCookie {
			return m[1], c
		}
	}
	t.Fatalf("%s set no CSRF cookie", page)
	return "", nil
}

func form(kv ...string) io.Reader {
	v := url.Values{}
	for i := 0; i+1 < len(kv); i += 2 {
		v.Add(kv[i], kv[i+1])
	}
	return strings.NewReader(v.Encode())
}
