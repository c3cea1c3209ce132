// Package ctgovtest is a fake ClinicalTrials.gov API v2 for tests. It
// answers GET {URL}studies over an in-memory list of study records, in the
// real JSON shapes: each study as the API serves it (see
// crawler/ctgov/testdata/v2-study-*.json) inside the documented page
// envelope {"studies":[…],"nextPageToken":"…","totalCount":N}.
//
// It honours filter.advanced=AREA[LastUpdatePostDate]RANGE[from,to] (on
// each study's lastUpdatePostDateStruct.date; MIN and MAX allowed) and
// pages with opaque page tokens that are only valid with the parameters
// they were issued for, as the real API requires. query.term is not
// evaluated: every stored study matches any query.
package ctgovtest

import (
	"crypto/sha256"
	"encoding/base64"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/litwatch/litwatch/crawler/crawlertest"
)

// DefaultPageSize is the fake's own cap on studies per page, small so
// tests page without storing hundreds of studies.
const DefaultPageSize = 2

// basePath mirrors the real API's path (https://clinicaltrials.gov/api/v2/).
const basePath = "/api/v2/"

// Study is one fake study record, rendered into the real v2 JSON shape by
// StudyJSON.
type Study struct {
	NCT           string
	Title         string    // officialTitle (and briefTitle)
	Summary       string    // descriptionModule.briefSummary
	Description   string    // descriptionModule.detailedDescription, optional
	LastUpdate    time.Time // lastUpdatePostDateStruct.date; the LastUpdatePostDate filter matches its UTC day
	FirstPosted   time.Time // studyFirstPostDateStruct.date; default LastUpdate
	StudyType     string    // default "INTERVENTIONAL"
	Allocation    string    // designInfo.allocation, e.g. "RANDOMIZED"; none if empty
	Phases        []string  // e.g. "PHASE3"; default ["NA"] for interventional studies
	Status        string    // overallStatus, default "COMPLETED"
	WhyStopped    string
	Enrollment    int // enrollmentInfo.count (type ACTUAL); none if 0
	Conditions    []string
	Interventions []string // intervention names (type DRUG)
	HasResults    bool
	ResultPMIDs   []string // referencesModule references of type RESULT
}

// Server is a fake ClinicalTrials.gov API backed by httptest.
type Server struct {
	// URL is the base URL, with a trailing slash like the real one
	// ("https://clinicaltrials.gov/api/v2/").
	URL string
	// PageSize caps the studies per page whatever pageSize the request
	// asks for (default DefaultPageSize). Set it before making requests.
	PageSize int

	tb  testing.TB
	rec crawlertest.Recorder

	mu      sync.Mutex
	studies []stored
	index   map[string]int // NCT -> position in studies
}

type stored struct {
	raw    json.RawMessage
	update time.Time // lastUpdatePostDateStruct.date day; zero if absent
}

// NewServer starts a Server; tb.Cleanup closes it.
func NewServer(tb testing.TB) *Server {
	tb.Helper()
	s := &Server{PageSize: DefaultPageSize, tb: tb, index: make(map[string]int)}
	s.URL = s.rec.Start(tb, http.HandlerFunc(s.serve)).URL + basePath
	return s
}

// Add adds studies, or replaces those with the same NCT number.
func (s *Server) Add(st ...Study) {
	s.tb.Helper()
	raws := make([]json.RawMessage, len(st))
	for i, x := range st {
		raws[i] = StudyJSON(x)
	}
	s.AddJSON(raws...)
}

// AddJSON adds studies given as real v2 study objects (such as the files
// in crawler/ctgov/testdata), or replaces those with the same NCT number.
// It fails the test if one is not a study object.
func (s *Server) AddJSON(studies ...json.RawMessage) {
	s.tb.Helper()
	for _, raw := range studies {
		var head struct {
			ProtocolSection struct {
				IdentificationModule struct {
					NCTID string `json:"nctId"`
				} `json:"identificationModule"`
				StatusModule struct {
					LastUpdatePostDateStruct struct {
						Date string `json:"date"`
					} `json:"lastUpdatePostDateStruct"`
				} `json:"statusModule"`
			} `json:"protocolSection"`
		}
		if err := json.Unmarshal(raw, &head); err != nil {
			s.tb.Fatalf("ctgovtest: AddJSON: not a study object: %v", err)
			return
		}
		nct := head.ProtocolSection.IdentificationModule.NCTID
		if nct == "" {
			s.tb.Fatalf("ctgovtest: AddJSON: study has no nctId")
			return
		}
		var day time.Time
		if d := head.ProtocolSection.StatusModule.LastUpdatePostDateStruct.Date; d != "" {
			t, err := time.Parse(time.DateOnly, d)
			if err != nil {
				s.tb.Fatalf("ctgovtest: AddJSON: %s: bad lastUpdatePostDateStruct.date %q", nct, d)
				return
			}
			day = t
		}
		st := stored{raw: append(json.RawMessage(nil), raw...), update: day}
		s.mu.Lock()
		if i, ok := s.index[nct]; ok {
			s.studies[i] = st
		} else {
			s.index[nct] = len(s.studies)
			s.studies = append(s.studies, st)
		}
		s.mu.Unlock()
	}
}

// SetFailing makes every request answer status (0 = healthy again).
func (s *Server) SetFailing(status int) { s.rec.SetFailing(status) }

// Requests returns copies of the URLs requested so far, in order.
func (s *Server) Requests() []*url.URL { return s.rec.Requests() }

// StudyJSON renders st as a v2 study object.
func StudyJSON(st Study) json.RawMessage {
	first := st.FirstPosted
	if first.IsZero() {
		first = st.LastUpdate
	}
	studyType := st.StudyType
	if studyType == "" {
		studyType = "INTERVENTIONAL"
	}
	status := st.Status
	if status == "" {
		status = "COMPLETED"
	}
	date := func(t time.Time) string { return t.UTC().Format(time.DateOnly) }
	statusModule := map[string]any{
		"overallStatus":            status,
		"studyFirstSubmitDate":     date(first),
		"studyFirstPostDateStruct": map[string]any{"date": date(first), "type": "ACTUAL"},
		"lastUpdateSubmitDate":     date(st.LastUpdate),
		"lastUpdatePostDateStruct": map[string]any{"date": date(st.LastUpdate), "type": "ACTUAL"},
	}
	if st.WhyStopped != "" {
		statusModule["whyStopped"] = st.WhyStopped
	}
	description := map[string]any{"briefSummary": st.Summary}
	if st.Description != "" {
		description["detailedDescription"] = st.Description
	}
	design := map[string]any{"studyType": studyType}
	phases := st.Phases
	if len(phases) == 0 && studyType == "INTERVENTIONAL" {
		phases = []string{"NA"}
	}
	if len(phases) > 0 {
		design["phases"] = phases
	}
	if st.Allocation != "" {
		design["designInfo"] = map[string]any{"allocation": st.Allocation, "interventionModel": "PARALLEL",
			"primaryPurpose": "TREATMENT", "maskingInfo": map[string]any{"masking": "NONE"}}
	}
	if st.Enrollment != 0 {
		design["enrollmentInfo"] = map[string]any{"count": st.Enrollment, "type": "ACTUAL"}
	}
	protocol := map[string]any{
		"identificationModule": map[string]any{"nctId": st.NCT, "briefTitle": st.Title, "officialTitle": st.Title},
		"statusModule":         statusModule,
		"descriptionModule":    description,
		"designModule":         design,
	}
	if len(st.Conditions) > 0 {
		protocol["conditionsModule"] = map[string]any{"conditions": st.Conditions}
	}
	if len(st.Interventions) > 0 {
		var ivs []map[string]any
		for _, n := range st.Interventions {
			ivs = append(ivs, map[string]any{"type": "DRUG", "name": n})
		}
		protocol["armsInterventionsModule"] = map[string]any{"interventions": ivs}
	}
	if len(st.ResultPMIDs) > 0 {
		var refs []map[string]any
		for _, p := range st.ResultPMIDs {
			refs = append(refs, map[string]any{"pmid": p, "type": "RESULT", "citation": "Results of " + st.NCT + ". PMID " + p + "."})
		}
		protocol["referencesModule"] = map[string]any{"references": refs}
	}
	b, err := json.Marshal(map[string]any{"protocolSection": protocol, "hasResults": st.HasResults})
	if err != nil {
		panic(err) // only strings, numbers, bools, maps and slices: cannot fail
	}
	return b
}

func (s *Server) serve(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet {
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	if r.URL.Path != basePath+"studies" {
		http.NotFound(w, r)
		return
	}
	s.studiesPage(w, r.URL.Query())
}

var rangeRE = regexp.MustCompile(`^AREA\[LastUpdatePostDate\]RANGE\[\s*(MIN|\d{4}-\d{2}-\d{2})\s*,\s*(MAX|\d{4}-\d{2}-\d{2})\s*\]$`)

func (s *Server) studiesPage(w http.ResponseWriter, q url.Values) {
	if f := q.Get("format"); f != "" && f != "json" {
		http.Error(w, "ctgovtest serves format=json only", http.StatusBadRequest)
		return
	}
	pageSize := 10
	if v := q.Get("pageSize"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 0 || n > 1000 {
			http.Error(w, "pageSize must be between 0 and 1000", http.StatusBadRequest)
			return
		}
		if n > 0 {
			pageSize = n
		}
	}
	var from, to time.Time
	if adv := q.Get("filter.advanced"); adv != "" {
		m := rangeRE.FindStringSubmatch(adv)
		if m == nil {
			http.Error(w, "ctgovtest understands only filter.advanced=AREA[LastUpdatePostDate]RANGE[from,to], got "+adv, http.StatusBadRequest)
			return
		}
		if m[1] != "MIN" {
			from, _ = time.Parse(time.DateOnly, m[1])
		}
		if m[2] != "MAX" {
			to, _ = time.Parse(time.DateOnly, m[2])
		}
	}
	// A page token is valid only with the parameters it was issued for.
	key := paramsKey(q)
	offset := 0
	if tok := q.Get("pageToken"); tok != "" {
		off, ok := decodeToken(tok, key)
		if !ok {
			http.Error(w, "invalid pageToken for these parameters", http.StatusBadRequest)
			return
		}
		offset = off
	}

	s.mu.Lock()
	per := s.PageSize
	if per <= 0 {
		per = DefaultPageSize
	}
	var hits []json.RawMessage
	for _, st := range s.studies {
		if (!from.IsZero() || !to.IsZero()) && st.update.IsZero() {
			continue
		}
		if (!from.IsZero() && st.update.Before(from)) || (!to.IsZero() && st.update.After(to)) {
			continue
		}
		hits = append(hits, st.raw)
	}
	s.mu.Unlock()

	page, end := crawlertest.Page(hits, offset, min(per, pageSize))
	resp := map[string]any{"studies": page}
	if end < len(hits) {
		resp["nextPageToken"] = encodeToken(end, key)
	}
	if q.Get("countTotal") == "true" && q.Get("pageToken") == "" {
		resp["totalCount"] = len(hits)
	}
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(resp)
}

// paramsKey identifies a search by its parameters other than those the
// API lets change between pages (countTotal, pageSize, pageToken).
func paramsKey(q url.Values) uint32 {
	h := sha256.New()
	for _, k := range []string{"query.term", "query.cond", "query.intr", "filter.advanced", "filter.overallStatus", "sort", "fields"} {
		fmt.Fprintf(h, "%s=%q;", k, q[k])
	}
	return binary.BigEndian.Uint32(h.Sum(nil))
}

func encodeToken(offset int, key uint32) string {
	b := binary.BigEndian.AppendUint32(nil, key)
	b = binary.BigEndian.AppendUint32(b, uint32(offset))
	return strings.TrimRight(base64.URLEncoding.EncodeToString(b), "=")
}

func decodeToken(tok string, key uint32) (int, bool) {
	b, err := base64.RawURLEncoding.DecodeString(tok)
	if err != nil || len(b) != 8 || binary.BigEndian.Uint32(b) != key {
		return 0, false
	}
	return int(binary.BigEndian.Uint32(b[4:])), true
}
