package openalex

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/litwatch/litwatch/crawler"
	"github.com/litwatch/litwatch/crawler/crawlertest"
	"github.com/litwatch/litwatch/store"
)

func FuzzParseWorks(f *testing.F) {
	for _, b := range crawlertest.TestdataFiles(f, "*.json") {
		f.Add(b)
		f.Add(b[:len(b)/2])
	}
	f.Add([]byte(`{"error":"x","message":"y"}`))
	f.Add([]byte(`{"id":"W1","abstract_inverted_index":{"a":[1e9]},"ids":{"pmid":"x/"}}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		recs, next, err := ParseWorks(data)
		if err != nil {
			if recs != nil || next != "" {
				t.Fatalf("results with an error")
			}
			return
		}
		for _, r := range recs {
			if r.Source != SourceName {
				t.Fatalf("source %q", r.Source)
			}
			if r.DOI != "" && store.NormDOI(r.DOI) != r.DOI || r.PMID != "" && store.NormPMID(r.PMID) != r.PMID ||
				r.PMCID != "" && store.NormPMCID(r.PMCID) != r.PMCID {
				t.Fatalf("identifiers not normalised: %q %q %q", r.DOI, r.PMID, r.PMCID)
			}
			for _, s := range []string{r.Title, r.Abstract, r.Journal} {
				if s != crawler.NormalizeSpace(s) {
					t.Fatalf("not normalised: %q", s)
				}
			}
		}
	})
}

func FuzzRebuildAbstract(f *testing.F) {
	for _, b := range crawlertest.TestdataFiles(f, "*.json") {
		var probe struct {
			Results []struct {
				Inv map[string][]int `json:"abstract_inverted_index"`
			} `json:"results"`
			Inv map[string][]int `json:"abstract_inverted_index"`
		}
		if json.Unmarshal(b, &probe) != nil {
			continue
		}
		for _, r := range append(probe.Results, struct {
			Inv map[string][]int `json:"abstract_inverted_index"`
		}{probe.Inv}) {
			if r.Inv != nil {
				j, _ := json.Marshal(r.Inv)
				f.Add(j)
			}
		}
	}
	f.Add([]byte(`{"a":[0,100000,100001,-5],"b":[0]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		var inv map[string][]int
		if json.Unmarshal(data, &inv) != nil {
			return
		}
		got := RebuildAbstract(inv)
		plain := true // every word is one whitespace-free token
		positions := map[int]bool{}
		for k, ps := range inv {
			if strings.TrimSpace(k) == "" {
				continue
			}
			if len(strings.Fields(k)) != 1 || strings.Fields(k)[0] != k {
				plain = false
			}
			for _, p := range ps {
				if p >= 0 && p <= MaxAbstractPosition {
					positions[p] = true
				}
			}
		}
		if len(positions) == 0 && got != "" {
			t.Fatalf("no valid positions but got %q", got)
		}
		if plain && len(strings.Fields(got)) != len(positions) {
			t.Fatalf("%d positions but %d words in %q", len(positions), len(strings.Fields(got)), got)
		}
	})
}
