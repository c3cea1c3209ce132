package crossref

import (
	"context"
	"errors"
	"net/http"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/litwatch/litwatch/crawler"
	"github.com/litwatch/litwatch/crawler/crossref/crossreftest"
	"github.com/litwatch/litwatch/store"
)

func openStore(t *testing.T) *store.DB {
	t.Helper()
	db, err := store.Open(context.Background(), filepath.Join(t.TempDir(), "lw.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

func TestWatchBasisAlertsEachClaimOnce(t *testing.T) {
	ctx := context.Background()
	srv := crossreftest.NewServer(t)
	srv.Add(crossreftest.Work{DOI: "10.1002/14651858.CD000390.pub2", Title: "Massage for promoting growth"})
	srv.AddUpdate("10.1002/14651858.CD000390.notice", "10.1002/14651858.CD000390.pub2", "retraction", "retraction-watch")
	src := newSource(t, srv.URL, nil)
	db := openStore(t)
	w := crawler.Window{From: date(2026, 1, 1), To: date(2026, 1, 8)}
	basis := []Basis{
		{Claim: "preterm-growth", DOI: "https://doi.org/10.1002/14651858.CD000390.pub2"},
		{Claim: "no-doi", DOI: ""},
		{Claim: "safety", DOI: "10.1002/14651858.cd000390.pub2"},
		{Claim: "skin", DOI: "10.5555/quiet.1"},
	}
	alerts, res := src.WatchBasis(ctx, db, basis, w)
	if res == nil || res.Name != BasisSource || res.Fetched != 2 || res.New != 1 || len(res.Errors) != 0 || !res.From.Equal(w.From) || !res.To.Equal(w.To) {
		t.Fatalf("health = %+v, want 2 works asked, 1 new notice, no error, over the window", res)
	}
	if len(alerts) != 2 || alerts[0].Claim != "preterm-growth" || alerts[1].Claim != "safety" {
		t.Fatalf("alerts = %+v, want one for each claim resting on the work, in the claims' order", alerts)
	}
	a := alerts[0]
	today := time.Now().UTC().Format("2006-01-02")
	want := "Retraction dated " + today + " (reported by Retraction Watch) of 10.1002/14651858.cd000390.pub2, which this claim rests on: re-read the claim against it."
	if a.Message != want || a.DOI != "10.1002/14651858.cd000390.notice" {
		t.Fatalf("alert = %+v\nwant message %q and the notice's DOI", a, want)
	}
	// The next cycle: the notice is known, so no alert, and nothing new.
	alerts, res = src.WatchBasis(ctx, db, basis, w)
	if len(alerts) != 0 || res.New != 0 || res.Fetched != 2 {
		t.Fatalf("second watch: alerts %+v, health %+v; want none new", alerts, res)
	}
	if alerts, res := src.WatchBasis(ctx, db, basis[1:2], w); alerts != nil || res != nil {
		t.Fatalf("a basis without DOIs: alerts %+v, health %+v; want nothing", alerts, res)
	}
}

func TestWatchBasisReportsAFailingWatch(t *testing.T) {
	srv := crossreftest.NewServer(t)
	srv.SetFailing(http.StatusInternalServerError)
	src := newSource(t, srv.URL, nil)
	alerts, res := src.WatchBasis(context.Background(), openStore(t), []Basis{{Claim: "c", DOI: "10.5555/x.1"}}, crawler.Window{})
	if len(alerts) != 0 || res == nil || len(res.Errors) != 1 || !strings.HasPrefix(res.Errors[0], "updates of 10.5555/x.1: ") {
		t.Fatalf("alerts %+v, health %+v; want one error naming the DOI", alerts, res)
	}
}

func TestNoticeWording(t *testing.T) {
	cases := []struct {
		u         Update
		msg, link string
	}{
		{Update{NoticeDOI: "10.1/n", Type: "expression_of_concern", Source: "publisher"},
			"expression of concern of 10.1/w, which this claim rests on: re-read the claim against it.", "10.1/n"},
		{Update{Type: "new_version", Label: "New version", Source: "publisher", Date: date(2025, 3, 4)},
			"New version dated 2025-03-04 of 10.1/w, which this claim rests on: re-read the claim against it.", "10.1/w"},
	}
	for _, c := range cases {
		if msg, link := notice(c.u, "10.1/w"); msg != c.msg || link != c.link {
			t.Errorf("notice(%+v) = %q, %q; want %q, %q", c.u, msg, link, c.msg, c.link)
		}
	}
}

func TestFillAbstracts(t *testing.T) {
	ctx := context.Background()
	srv := crossreftest.NewServer(t)
	srv.Add(crossreftest.Work{DOI: "10.5555/noabs.7", Title: "Coconut oil and skin integrity in preterm neonates", Abstract: "<jats:p>Topical coconut oil improved skin condition scores in 120 preterm neonates.</jats:p>"})
	db := openStore(t)
	run, err := db.StartRun(ctx)
	if err != nil {
		t.Fatal(err)
	}
	src := newSource(t, srv.URL, nil)
	w := crawler.Window{From: date(2026, 1, 1), To: date(2026, 1, 8)}
	if res := src.FillAbstracts(ctx, db, run, w); res != nil {
		t.Fatalf("an empty store: health %+v, want nil (nothing to look up)", res)
	}
	if _, err := db.SaveBatch(ctx, run, "europepmc", []store.Record{
		{Source: "europepmc", DOI: "10.5555/noabs.7", Title: "Coconut oil and skin integrity in preterm neonates", Year: 2026},
		{Source: "europepmc", DOI: "10.5555/unknown.8", Title: "A work Crossref does not know", Year: 2026},
		{Source: "europepmc", PMID: "77", Title: "No DOI, nothing to ask", Year: 2026},
	}); err != nil {
		t.Fatal(err)
	}
	res := src.FillAbstracts(ctx, db, run, w)
	if res == nil || res.Name != FillSource || res.Fetched != 2 || res.New != 1 || len(res.Errors) != 0 {
		t.Fatalf("health = %+v, want 2 looked up, 1 filled", res)
	}
	r, ok, err := db.FindByID(ctx, "doi", "10.5555/noabs.7")
	if err != nil || !ok || !strings.Contains(r.Abstract, "coconut oil improved skin condition") {
		t.Fatalf("abstract not filled: %+v %v", r, err)
	}
}

func TestUnwatched(t *testing.T) {
	if note := Unwatched([]Basis{{Claim: "c", DOI: "not a doi"}}); note != "" {
		t.Fatalf("no DOI to watch: %q, want none", note)
	}
	note := Unwatched([]Basis{{Claim: "c", DOI: "10.1002/x.1"}})
	for _, want := range []string{"not watched", BasisSource, "crawl.email", "watch_basis = false"} {
		if !strings.Contains(note, want) {
			t.Errorf("Unwatched = %q, want it to say %q", note, want)
		}
	}
}

// TestJobs: the watch runs before the fill, each reports its health as a
// source, and an unwatched basis is a note, not a source.
func TestJobs(t *testing.T) {
	ctx := context.Background()
	srv := crossreftest.NewServer(t)
	srv.Add(crossreftest.Work{DOI: "10.5555/basis.1", Title: "The work a claim rests on"})
	srv.AddUpdate("10.5555/basis.notice", "10.5555/basis.1", "retraction", "publisher")
	srv.Add(crossreftest.Work{DOI: "10.5555/noabs.7", Title: "Coconut oil in preterm neonates", Abstract: "<jats:p>Coconut oil improved skin scores.</jats:p>"})
	db := openStore(t)
	run, err := db.StartRun(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.SaveBatch(ctx, run, "europepmc", []store.Record{{Source: "europepmc", DOI: "10.5555/noabs.7", Title: "Coconut oil in preterm neonates", Year: 2026}}); err != nil {
		t.Fatal(err)
	}
	basis := []Basis{{Claim: "skin", DOI: "10.5555/basis.1"}}
	w := crawler.Window{From: date(2026, 1, 1), To: date(2026, 1, 8)}

	if alerts, notes, health := (Jobs{}).Run(ctx, db, run, basis, w); alerts != nil || notes != nil || health != nil {
		t.Fatalf("no jobs: %+v %q %+v; want nothing", alerts, notes, health)
	}
	alerts, notes, health := (Jobs{Unwatched: true}).Run(ctx, db, run, basis, w)
	if len(alerts) != 0 || len(health) != 0 || len(notes) != 1 || notes[0] != Unwatched(basis) {
		t.Fatalf("unwatched: %+v %q %+v; want the note alone", alerts, notes, health)
	}
	src := newSource(t, srv.URL, nil)
	alerts, notes, health = (Jobs{Watch: src, Fill: src}).Run(ctx, db, run, basis, w)
	if len(alerts) != 1 || alerts[0].Claim != "skin" || len(notes) != 0 {
		t.Fatalf("alerts %+v, notes %q; want one alert on the claim, no note", alerts, notes)
	}
	if len(health) != 2 || health[0].Name != BasisSource || health[1].Name != FillSource || health[1].New != 1 || !health[0].To.Equal(w.To) {
		t.Fatalf("health = %+v; want the watch's then the fill's, over the window", health)
	}
}

// TestNewJobs: no job without a contact e-mail (a watch asked for is then
// unwatched); the fill with the watch or the search; each job's client
// named for it.
func TestNewJobs(t *testing.T) {
	src := newSource(t, "http://127.0.0.1:1/", nil)
	var asked []string
	client := func(name string) (*Source, error) { asked = append(asked, name); return src, nil }
	for _, c := range []struct {
		watch, search bool
		mailto        string
		want          Jobs
		asked         []string
	}{
		{true, true, "", Jobs{Unwatched: true}, nil},
		{false, true, "", Jobs{}, nil},
		{true, false, "me@example.org", Jobs{Watch: src, Fill: src}, []string{BasisSource, FillSource}},
		{false, true, "me@example.org", Jobs{Fill: src}, []string{FillSource}},
		{false, false, "me@example.org", Jobs{}, nil},
	} {
		asked = nil
		got, err := NewJobs(c.watch, c.search, c.mailto, client)
		if err != nil || got != c.want || strings.Join(asked, ",") != strings.Join(c.asked, ",") {
			t.Errorf("watch %v search %v mailto %q: %+v %v, clients %q; want %+v, %q", c.watch, c.search, c.mailto, got, err, asked, c.want, c.asked)
		}
	}
	boom := errors.New("bad base_url")
	if _, err := NewJobs(true, false, "me@example.org", func(string) (*Source, error) { return nil, boom }); !errors.Is(err, boom) {
		t.Errorf("a client that cannot be made: %v", err)
	}
}
