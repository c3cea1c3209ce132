package crossref

import (
	"encoding/json"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/litwatch/litwatch/crawler"
	"github.com/litwatch/litwatch/crawler/crawlertest"
	"github.com/litwatch/litwatch/store"
)

func FuzzParseWorks(f *testing.F) {
	for _, b := range crawlertest.TestdataFiles(f, "*") {
		f.Add(b)
		f.Add(b[:len(b)/2]) // truncated
	}
	f.Add([]byte(`{"status":"ok","message-type":"work","message":{"DOI":"10.1/x","issued":{"date-parts":[["2020","x"]]}}}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		recs, next, total, err := ParseWorks(data)
		if err != nil {
			if recs != nil || next != "" || total != 0 {
				t.Fatalf("results with an error: %d records, next %q, total %d", len(recs), next, total)
			}
			return
		}
		for _, r := range recs {
			if r.Source != SourceName || r.DOI == "" || store.NormDOI(r.DOI) != r.DOI {
				t.Fatalf("bad record identity: %q %q", r.Source, r.DOI)
			}
			if r.Year != 0 && (r.Year < 1000 || r.Year > 9999) {
				t.Fatalf("year %d", r.Year)
			}
			for _, l := range r.Links {
				if l.Type == "" || store.NormDOI(l.Source) != l.Source || l.Source == "" {
					t.Fatalf("bad link %+v", l)
				}
			}
			checkText(t, r.Title)
			for _, line := range strings.Split(r.Abstract, "\n") {
				checkText(t, line)
			}
		}
	})
}

func FuzzParseJATS(f *testing.F) {
	for _, b := range crawlertest.TestdataFiles(f, "*") {
		var env struct {
			Message struct {
				Abstract string            `json:"abstract"`
				Items    []json.RawMessage `json:"items"`
			} `json:"message"`
		}
		if json.Unmarshal(b, &env) != nil {
			continue
		}
		if env.Message.Abstract != "" {
			f.Add(env.Message.Abstract)
		}
		for _, it := range env.Message.Items {
			var w work
			if json.Unmarshal(it, &w) == nil && w.Abstract != "" {
				f.Add(w.Abstract)
			}
		}
	}
	f.Add("<jats:sec><jats:title>A</jats:title><jats:p>x < y <jats:italic>z</jats:p>")
	f.Add("<![CDATA[ <!-- <jats:p")
	f.Fuzz(func(t *testing.T, s string) {
		text, secs := parseJATS(s)
		for _, line := range strings.Split(text, "\n") {
			checkText(t, line)
		}
		for _, sec := range secs {
			if sec.Text == "" {
				t.Fatalf("empty section %+v", sec)
			}
			checkText(t, sec.Text)
			checkText(t, sec.Label)
		}
		if len(secs) > 0 && strings.Count(text, "\n") != len(secs)-1 {
			t.Fatalf("%d sections but %d lines", len(secs), strings.Count(text, "\n")+1)
		}
		if utf8.ValidString(s) && !utf8.ValidString(text) {
			t.Fatalf("valid input gave invalid UTF-8 %q", text)
		}
	})
}

// checkText fails on a string that is not whitespace-normalised.
func checkText(t *testing.T, s string) {
	t.Helper()
	if s != crawler.NormalizeSpace(s) {
		t.Fatalf("not normalised: %q", s)
	}
}
