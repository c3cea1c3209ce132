package ctgovtest_test

import (
	"encoding/json"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/litwatch/litwatch/crawler/crawlertest"
	"github.com/litwatch/litwatch/crawler/ctgov/ctgovtest"
)

type page struct {
	Studies []struct {
		ProtocolSection struct {
			IdentificationModule struct {
				NCTID string `json:"nctId"`
			} `json:"identificationModule"`
		} `json:"protocolSection"`
	} `json:"studies"`
	NextPageToken *string `json:"nextPageToken"`
	TotalCount    *int    `json:"totalCount"`
}

func get(t *testing.T, base string, v url.Values) (int, page, string) {
	t.Helper()
	status, _, body := crawlertest.Get(t, base+"studies?"+v.Encode())
	var p page
	if status == http.StatusOK {
		if err := json.Unmarshal(body, &p); err != nil {
			t.Fatalf("body %s: %v", body, err)
		}
	}
	return status, p, string(body)
}

func TestServerWindowAndTokens(t *testing.T) {
	s := ctgovtest.NewServer(t)
	if !strings.HasSuffix(s.URL, "/api/v2/") {
		t.Fatalf("URL %s", s.URL)
	}
	d := func(day int) time.Time { return time.Date(2026, 3, day, 0, 0, 0, 0, time.UTC) }
	s.Add(
		ctgovtest.Study{NCT: "NCT00000001", LastUpdate: d(1)},
		ctgovtest.Study{NCT: "NCT00000002", LastUpdate: d(2)},
		ctgovtest.Study{NCT: "NCT00000003", LastUpdate: d(3)},
		ctgovtest.Study{NCT: "NCT00000004", LastUpdate: d(4)},
		ctgovtest.Study{NCT: "NCT00000005", LastUpdate: d(9)},
	)
	s.Add(ctgovtest.Study{NCT: "NCT00000001", LastUpdate: d(5)}) // an update moves it into the window
	v := url.Values{"query.term": {"x"}, "filter.advanced": {"AREA[LastUpdatePostDate]RANGE[2026-03-02,2026-03-05]"}, "pageSize": {"100"}, "countTotal": {"true"}}
	var ids []string
	for i := 0; ; i++ {
		status, p, body := get(t, s.URL, v)
		if status != http.StatusOK {
			t.Fatalf("status %d %s", status, body)
		}
		if (i == 0) != (p.TotalCount != nil) || (p.TotalCount != nil && *p.TotalCount != 4) {
			t.Errorf("page %d totalCount %v", i, p.TotalCount)
		}
		for _, st := range p.Studies {
			ids = append(ids, st.ProtocolSection.IdentificationModule.NCTID)
		}
		if p.NextPageToken == nil {
			break
		}
		v.Set("pageToken", *p.NextPageToken)
	}
	if strings.Join(ids, ",") != "NCT00000001,NCT00000002,NCT00000003,NCT00000004" {
		t.Errorf("ids %v", ids)
	}
	// A token is only valid with the parameters it was issued for.
	v.Set("query.term", "y")
	if status, _, _ := get(t, s.URL, v); status != http.StatusBadRequest {
		t.Errorf("token reused with another query: status %d", status)
	}
}

func TestServerRejectsAndFails(t *testing.T) {
	s := ctgovtest.NewServer(t)
	for _, v := range []url.Values{
		{"filter.advanced": {"AREA[StartDate]RANGE[2020-01-01,MAX]"}},
		{"pageSize": {"1001"}},
		{"format": {"csv"}},
		{"pageToken": {"nonsense"}},
	} {
		if status, _, _ := get(t, s.URL, v); status != http.StatusBadRequest {
			t.Errorf("%v: status %d, want 400", v, status)
		}
	}
	s.SetFailing(http.StatusTooManyRequests)
	if status, _, _ := get(t, s.URL, url.Values{}); status != http.StatusTooManyRequests {
		t.Errorf("failing: %d", status)
	}
	if n := len(s.Requests()); n != 5 {
		t.Errorf("%d requests recorded, want 5", n)
	}
}
