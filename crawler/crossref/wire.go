package crossref

// Structs mirroring the Crossref REST API JSON this package reads. Only the
// fields litwatch uses are mapped; encoding/json skips the rest.
//
// References:
//   - REST API overview, parameters, filters, deep paging with cursors:
//     https://github.com/CrossRef/rest-api-doc (README.md)
//     and https://www.crossref.org/documentation/retrieve-metadata/rest-api/
//   - Work JSON format (fields, partial dates):
//     https://github.com/CrossRef/rest-api-doc/blob/master/api_format.md
//   - Filters (from-index-date, until-index-date, updates, ...):
//     https://www.crossref.org/documentation/retrieve-metadata/rest-api/rest-api-filters/
//   - Access, polite pool (mailto) and rate limits:
//     https://www.crossref.org/documentation/retrieve-metadata/rest-api/access-and-authentication/
//   - Crossmark updates and Retraction Watch data (update-to / updated-by,
//     source "publisher" or "retraction-watch"):
//     https://www.crossref.org/blog/retraction-watch-retractions-now-in-the-crossref-api/
//     and https://crossref.gitlab.io/tutorials/get-rw-metadata/

import (
	"bytes"
	"encoding/json"
	"strconv"
	"strings"
)

// envelope is every response body of the REST API:
//
//	{"status":"ok","message-type":"work-list","message-version":"1.0.0","message":{…}}
//
// A failed request has status "failed" (or "error" in older exception
// bodies) and a message that is an array of problems, an object, or a
// string.
type envelope struct {
	Status         string          `json:"status"`
	MessageType    string          `json:"message-type"`
	MessageVersion string          `json:"message-version"`
	Message        json.RawMessage `json:"message"`
}

// workList is the message of a "work-list" response (GET /works?…).
// next-cursor is present whenever the request had a cursor; with the
// current (Elasticsearch scroll) backend it is often the same string on
// every page of one scroll.
type workList struct {
	NextCursor   string            `json:"next-cursor"`
	TotalResults int               `json:"total-results"`
	ItemsPerPage int               `json:"items-per-page"`
	Items        []json.RawMessage `json:"items"`
}

// work is one item of a work list, or the message of a "work" response
// (GET /works/{doi}).
type work struct {
	DOI                 string        `json:"DOI"`
	Title               []string      `json:"title"`
	OriginalTitle       []string      `json:"original-title"`
	Abstract            string        `json:"abstract"` // JATS XML fragment: <jats:p>…</jats:p>
	ContainerTitle      []string      `json:"container-title"`
	ShortContainerTitle []string      `json:"short-container-title"`
	GroupTitle          string        `json:"group-title"`
	Institution         []institution `json:"institution"`
	Type                string        `json:"type"`    // e.g. "journal-article", "posted-content"
	Subtype             string        `json:"subtype"` // e.g. "preprint" for posted-content
	Subject             []string      `json:"subject"`
	Language            string        `json:"language"`
	Author              []contributor `json:"author"`

	// Partial dates: date-parts of varying precision ([[2014]], [[2010,2]]).
	Published       *partialDate `json:"published"`
	Issued          *partialDate `json:"issued"`
	PublishedOnline *partialDate `json:"published-online"`
	PublishedPrint  *partialDate `json:"published-print"`
	Posted          *partialDate `json:"posted"`
	// Indexed is when Crossref last (re)indexed the record, the date the
	// from-index-date / until-index-date filters use.
	Indexed *partialDate `json:"indexed"`

	// UpdateTo is on a notice (retraction, correction, …) and names the
	// works it updates; UpdatedBy is on the updated work and names its
	// notices.
	UpdateTo  []updateEntry `json:"update-to"`
	UpdatedBy []updateEntry `json:"updated-by"`

	// Relation maps a relation type ("is-preprint-of", "has-preprint",
	// "cites", …) to its objects. Values are decoded lazily so an
	// unexpected shape of a relation litwatch does not use cannot fail
	// the whole work.
	Relation map[string]json.RawMessage `json:"relation"`

	ClinicalTrialNumber []clinicalTrial `json:"clinical-trial-number"`
}

type institution struct {
	Name string `json:"name"`
}

// contributor is a person ("given", "family") or an organisation ("name").
type contributor struct {
	Given    string `json:"given"`
	Family   string `json:"family"`
	Name     string `json:"name"`
	Sequence string `json:"sequence"` // "first" | "additional"
}

// partialDate is Crossref's date object:
//
//	{"date-parts":[[2014,2,11]],"date-time":"2014-02-11T11:29:04Z","timestamp":1392118144000}
//
// date-parts may hold only a year ([[2014]]) or even [[null]]; date-time
// and timestamp are only on dates Crossref sets itself (created,
// deposited, indexed, update "updated").
type partialDate struct {
	DateParts [][]flexInt `json:"date-parts"`
	DateTime  string      `json:"date-time"`
}

// updateEntry is one entry of update-to or updated-by:
//
//	{"updated":{"date-parts":[[2010,2,6]],"date-time":"2010-02-06T00:00:00Z"},
//	 "DOI":"10.1016/s0140-6736(10)60175-4","type":"retraction",
//	 "label":"Retraction","source":"retraction-watch","record-id":"4036"}
//
// source is "publisher" for Crossmark updates the publisher deposited and
// "retraction-watch" for those from the Retraction Watch database.
type updateEntry struct {
	Updated  *partialDate `json:"updated"`
	DOI      string       `json:"DOI"`
	Type     string       `json:"type"`
	Label    string       `json:"label"`
	Source   string       `json:"source"`
	RecordID flexString   `json:"record-id"`
}

// relationObject is one object of a relation:
//
//	{"id-type":"doi","id":"10.1101/2020.01.01.123456","asserted-by":"subject"}
type relationObject struct {
	IDType     string `json:"id-type"`
	ID         string `json:"id"`
	AssertedBy string `json:"asserted-by"`
}

type clinicalTrial struct {
	Number   string `json:"clinical-trial-number"`
	Registry string `json:"registry"`
	Type     string `json:"type"`
}

// problem is one entry of a failed response's message array:
//
//	{"type":"cursor-invalid","value":"thing","message":"Cursor specified but it is invalid"}
type problem struct {
	Type    string     `json:"type"`
	Value   flexString `json:"value"`
	Message string     `json:"message"`
}

// exceptionMessage is the object message of older "exception" failures:
// {"name":…,"description":…,"message":…}.
type exceptionMessage struct {
	Name        string `json:"name"`
	Description string `json:"description"`
	Message     string `json:"message"`
}

// flexInt is a date part: a JSON number or a numeric string. Anything
// else (null, as in [[null]], or garbage) is 0, an unknown part, rather
// than an error that would lose the whole work.
type flexInt int

func (n *flexInt) UnmarshalJSON(b []byte) error {
	*n = 0
	s := strings.Trim(string(bytes.TrimSpace(b)), `"`)
	if f, err := strconv.ParseFloat(s, 64); err == nil && f >= -1e9 && f <= 1e9 {
		*n = flexInt(f)
	}
	return nil
}

// flexString is a value sent as a string or a number (record-id, value).
type flexString string

func (s *flexString) UnmarshalJSON(b []byte) error {
	b = bytes.TrimSpace(b)
	if len(b) > 0 && b[0] == '"' {
		var v string
		if err := json.Unmarshal(b, &v); err != nil {
			return err
		}
		*s = flexString(v)
		return nil
	}
	if bytes.Equal(b, []byte("null")) {
		*s = ""
		return nil
	}
	*s = flexString(b) // a number, bool, or anything else, verbatim
	return nil
}
