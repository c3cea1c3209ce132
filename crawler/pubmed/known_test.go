package pubmed

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/litwatch/litwatch/crawler/pubmed/pubmedtest"
)

// knownSet is a Config.Known over a fixed set of PMIDs that records what
// it was asked.
type knownSet struct {
	mu     sync.Mutex
	stored map[string]bool
	asked  [][]string
	err    error
}

func (k *knownSet) known(_ context.Context, pmids []string) (map[string]bool, error) {
	k.mu.Lock()
	defer k.mu.Unlock()
	k.asked = append(k.asked, slices.Clone(pmids))
	if k.err != nil {
		return nil, k.err
	}
	out := map[string]bool{}
	for _, id := range pmids {
		if k.stored[id] {
			out[id] = true
		}
	}
	return out, nil
}

// efetchedIDs are the PMIDs efetched by id list, and whether any efetch
// went to the history server.
func efetchedIDs(t *testing.T, srv *pubmedtest.Server) (ids []string, batches []int, history bool) {
	t.Helper()
	for _, q := range byPath(srv.Requests(), "efetch.fcgi") {
		if q.Get("WebEnv") != "" {
			history = true
			continue
		}
		batch := strings.Split(q.Get("id"), ",")
		ids = append(ids, batch...)
		batches = append(batches, len(batch))
	}
	slices.Sort(ids)
	return ids, batches, history
}

func TestFetchKnownPMIDsAreNotFetched(t *testing.T) {
	srv := pubmedtest.NewServer(t)
	for d := 1; d <= 5; d++ {
		srv.Add(
			pubmedtest.Article{PMID: fmt.Sprint(d*10 + 1), Entrez: jan(d, 1, 0), Title: "a"},
			pubmedtest.Article{PMID: fmt.Sprint(d*10 + 2), Entrez: jan(d, 2, 0), Title: "b"},
		)
	}
	k := &knownSet{stored: map[string]bool{"11": true, "12": true, "22": true, "31": true, "52": true}}
	s, logs := newTestSource(t, srv.URL, func(c *Config) { c.Known = k.known })
	var c collector
	if err := s.Fetch(context.Background(), window(1, 5), c.emit); err != nil {
		t.Fatal(err)
	}
	want := []string{"21", "32", "41", "42", "51"}
	if got := c.pmids(); !reflect.DeepEqual(got, want) {
		t.Errorf("emitted PMIDs = %v, want only the unknown %v", got, want)
	}
	ids, batches, history := efetchedIDs(t, srv)
	if !reflect.DeepEqual(ids, want) || history {
		t.Errorf("efetched %v (history: %t), want only %v by id list", ids, history, want)
	}
	// 5 PMIDs to fetch, BatchSize 3.
	if !reflect.DeepEqual(batches, []int{3, 2}) {
		t.Errorf("efetch batches = %v, want [3 2]", batches)
	}
	if len(k.asked) != 1 || len(k.asked[0]) != 10 {
		t.Errorf("Known asked %v, want once about the window's 10 PMIDs", k.asked)
	}
	if q := byPath(srv.Requests(), "esearch.fcgi")[0]; q.Get("retmax") != "9999" {
		t.Errorf("esearch retmax = %q, want 9999 (every PMID of the window)", q.Get("retmax"))
	}
	if !strings.Contains(logs.String(), "skipped_known=5") {
		t.Errorf("log does not say 5 PMIDs were skipped as known:\n%s", logs)
	}

	// All known: the esearch only.
	k.stored = map[string]bool{}
	for _, id := range c.pmids() {
		k.stored[id] = true
	}
	for _, id := range []string{"11", "12", "22", "31", "52"} {
		k.stored[id] = true
	}
	before := len(byPath(srv.Requests(), "efetch.fcgi"))
	var c2 collector
	if err := s.Fetch(context.Background(), window(1, 5), c2.emit); err != nil {
		t.Fatal(err)
	}
	if n := len(byPath(srv.Requests(), "efetch.fcgi")) - before; n != 0 || len(c2.batches) != 0 {
		t.Errorf("every PMID known: %d efetch requests, %d batches emitted; want none", n, len(c2.batches))
	}
}

func TestFetchKnownStillSplitsOverTheLimit(t *testing.T) {
	srv := pubmedtest.NewServer(t)
	srv.MaxResults = 4
	for d := 1; d <= 5; d++ {
		srv.Add(
			pubmedtest.Article{PMID: fmt.Sprint(d*10 + 1), Entrez: jan(d, 1, 0), Title: "a"},
			pubmedtest.Article{PMID: fmt.Sprint(d*10 + 2), Entrez: jan(d, 2, 0), Title: "b"},
		)
	}
	k := &knownSet{stored: map[string]bool{"41": true}}
	s, _ := newTestSource(t, srv.URL, func(c *Config) { c.Known = k.known })
	s.limit = 4
	var c collector
	if err := s.Fetch(context.Background(), window(1, 5), c.emit); err != nil {
		t.Fatal(err)
	}
	want := []string{"11", "12", "21", "22", "31", "32", "42", "51", "52"}
	if got := c.pmids(); !reflect.DeepEqual(got, want) {
		t.Errorf("PMIDs = %v, want %v", got, want)
	}
	var windows []string
	for _, q := range byPath(srv.Requests(), "esearch.fcgi") {
		windows = append(windows, q.Get("mindate")[8:]+"-"+q.Get("maxdate")[8:]+"/"+q.Get("retmax"))
	}
	if want := []string{"01-05/4", "01-03/4", "01-02/4", "03-03/4", "04-05/4"}; !reflect.DeepEqual(windows, want) {
		t.Errorf("esearch windows/retmax = %v, want %v", windows, want)
	}
	// Known is asked only about windows within the limit.
	if len(k.asked) != 3 {
		t.Errorf("Known asked %d times (%v), want 3", len(k.asked), k.asked)
	}
}

func TestFetchKnownIDBatchesAndHistory(t *testing.T) {
	srv := pubmedtest.NewServer(t)
	for i := range 450 {
		srv.Add(pubmedtest.Article{PMID: fmt.Sprint(1000 + i), Entrez: jan(3, 0, 0), Title: "x"})
	}
	for _, tc := range []struct {
		name    string
		known   int // the first n PMIDs are stored
		history bool
		batches []int
	}{
		// 450 to fetch: 3 requests by id list (200 each at most), 1 from
		// the history server with BatchSize 500.
		{"none known", 0, true, nil},
		// 250 to fetch: 2 by id list, 1 from history.
		{"some known", 200, true, nil},
		// 150 to fetch: 1 request either way; by id list fetches less.
		{"most known", 300, false, []int{150}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			k := &knownSet{stored: map[string]bool{}}
			for i := range tc.known {
				k.stored[fmt.Sprint(1000+i)] = true
			}
			s, _ := newTestSource(t, srv.URL, func(c *Config) { c.Known = k.known; c.BatchSize = 500 })
			before := len(srv.Requests())
			var c collector
			if err := s.Fetch(context.Background(), window(3, 3), c.emit); err != nil {
				t.Fatal(err)
			}
			var history bool
			var batches []int
			for _, u := range srv.Requests()[before:] {
				q := u.Query()
				switch {
				case !strings.HasSuffix(u.Path, "efetch.fcgi"):
				case q.Get("WebEnv") != "":
					history = true
				default:
					batches = append(batches, len(strings.Split(q.Get("id"), ",")))
				}
			}
			if history != tc.history || !reflect.DeepEqual(batches, tc.batches) {
				t.Errorf("history %t, id batches %v; want %t, %v", history, batches, tc.history, tc.batches)
			}
			if n := len(c.pmids()); tc.history && n != 450 || !tc.history && n != 450-tc.known {
				t.Errorf("%d records emitted", n)
			}
		})
	}
	// BatchSize 500 and nothing known nor any history: batches of 200.
	t.Run("id list capped at 200", func(t *testing.T) {
		var ids strings.Builder
		for i := range 450 {
			fmt.Fprintf(&ids, "<Id>%d</Id>", 1000+i)
		}
		var arts []pubmedtest.Article
		for i := range 450 {
			arts = append(arts, pubmedtest.Article{PMID: fmt.Sprint(1000 + i), Entrez: jan(3, 0, 0), Title: "x"})
		}
		sc := &scriptedIDs{esearch: "<eSearchResult><Count>450</Count><IdList>" + ids.String() + "</IdList></eSearchResult>", arts: arts}
		k := &knownSet{}
		s, _ := newTestSource(t, serveScripted(t, sc), func(c *Config) { c.Known = k.known; c.BatchSize = 500 })
		var c collector
		if err := s.Fetch(context.Background(), window(3, 3), c.emit); err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(sc.batches, []int{200, 200, 50}) || len(c.pmids()) != 450 {
			t.Errorf("id batches %v, %d records; want [200 200 50], 450", sc.batches, len(c.pmids()))
		}
	})
}

func TestFetchKnownErrorFails(t *testing.T) {
	srv := pubmedtest.NewServer(t)
	srv.Add(pubmedtest.Article{PMID: "1", Entrez: jan(2, 0, 0), Title: "t"})
	boom := errors.New("database is locked")
	k := &knownSet{err: boom}
	s, _ := newTestSource(t, srv.URL, func(c *Config) { c.Known = k.known })
	var c collector
	err := s.Fetch(context.Background(), window(1, 3), c.emit)
	if !errors.Is(err, boom) || !strings.Contains(err.Error(), "pubmed: looking up which of the 1 PMIDs of 2024/01/01..2024/01/03 are stored already: database is locked") {
		t.Fatalf("err = %v, want the Known error, saying what failed", err)
	}
	if n := len(byPath(srv.Requests(), "efetch.fcgi")); n != 0 || len(c.batches) != 0 {
		t.Errorf("%d efetch requests, %d batches after Known failed; want none", n, len(c.batches))
	}
}

func TestFetchKnownDetectsMissingArticles(t *testing.T) {
	a := pubmedtest.Article{PMID: "555", Entrez: jan(2, 0, 0), Title: "a"}
	b := pubmedtest.Article{PMID: "556", Entrez: jan(2, 0, 0), Title: "b"}
	for _, tc := range []struct {
		name, esearch, wantErr string
		arts                   []pubmedtest.Article
	}{
		// efetch leaves one out, or repeats one in its place.
		{"short", "<eSearchResult><Count>3</Count><IdList><Id>555</Id><Id>556</Id><Id>557</Id></IdList></eSearchResult>",
			"truncated batch: got 2 of 3 articles, missing PMIDs 557", []pubmedtest.Article{a, b}},
		{"repeat", "<eSearchResult><Count>3</Count><IdList><Id>555</Id><Id>556</Id><Id>557</Id></IdList></eSearchResult>",
			"truncated batch: got 2 of 3 articles, missing PMIDs 557", []pubmedtest.Article{a, b, a}},
		// esearch lists fewer PMIDs than it counts.
		{"short IdList", "<eSearchResult><Count>3</Count><IdList><Id>555</Id><Id>556</Id></IdList></eSearchResult>",
			"2 PMIDs listed, fewer than the 3 counted", []pubmedtest.Article{a, b}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			sc := &scriptedIDs{esearch: tc.esearch, arts: tc.arts, all: true}
			s, _ := newTestSource(t, serveScripted(t, sc), func(c *Config) { c.Known = (&knownSet{}).known })
			var c collector
			err := s.Fetch(context.Background(), window(2, 2), c.emit)
			if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
				t.Fatalf("err = %v, want one containing %q", err, tc.wantErr)
			}
			if len(c.batches) != 0 {
				t.Errorf("emitted %v from an incomplete batch", c.pmids())
			}
		})
	}
}

// scriptedIDs serves a fixed esearch body and answers efetch by id list
// from arts (every one of them if all), recording the size of each id
// list.
type scriptedIDs struct {
	mu      sync.Mutex
	esearch string
	arts    []pubmedtest.Article
	all     bool
	batches []int
}

func (sc *scriptedIDs) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	sc.mu.Lock()
	defer sc.mu.Unlock()
	switch {
	case strings.HasSuffix(r.URL.Path, "/esearch.fcgi"):
		w.Write([]byte(sc.esearch))
	case strings.HasSuffix(r.URL.Path, "/efetch.fcgi"):
		ids := strings.Split(r.URL.Query().Get("id"), ",")
		sc.batches = append(sc.batches, len(ids))
		var out []pubmedtest.Article
		for _, a := range sc.arts {
			if sc.all || slices.Contains(ids, a.PMID) {
				out = append(out, a)
			}
		}
		w.Write([]byte(articleSet(out...)))
	default:
		http.NotFound(w, r)
	}
}
