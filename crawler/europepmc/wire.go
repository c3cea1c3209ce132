package europepmc

// Structs mirroring the Europe PMC REST search response (format=json,
// resultType=core). Only the fields litwatch uses are mapped; encoding/json
// skips the rest.
//
// References:
//   - Articles RESTful API, search method and its parameters (query,
//     resultType, cursorMark, pageSize, format, email):
//     https://europepmc.org/RestfulWebService
//   - Search syntax and fields (FIRST_IDATE, SRC, ...):
//     https://europepmc.org/searchsyntax
//   - Web service reference (response fields, cursorMark paging, "core"):
//     https://europepmc.org/docs/EBI_Europe_PMC_Web_Service_Reference.pdf
//   - Preprints (SRC:PPR, ids "PPR…", bookOrReportDetails.publisher):
//     https://europepmc.org/Preprints
//
// The shapes below were checked against the real core page in
// testdata/search-core-cancer-page1-cursor.json (API version 6.9).

import (
	"bytes"
	"encoding/json"
	"fmt"
)

// searchResponse is the body of GET search?…&format=json:
//
//	{"version":"6.9","hitCount":5059039,"nextCursorMark":"AoII…","nextPageUrl":"…",
//	 "request":{"queryString":"…","resultType":"core","cursorMark":"%2A","pageSize":25,…},
//	 "resultList":{"result":[…]}}
//
// nextCursorMark is absent when there are no hits; on the page after the
// last one it repeats the cursorMark that was sent (Solr cursor semantics).
type searchResponse struct {
	Version        string      `json:"version"`
	HitCount       *int        `json:"hitCount"` // a pointer so a body without it is not read as 0 hits
	NextCursorMark string      `json:"nextCursorMark"`
	ResultList     *resultList `json:"resultList"`
	// Error bodies are not documented; these are read defensively.
	ErrCode json.RawMessage `json:"errCode"`
	ErrMsg  string          `json:"errMsg"`
}

type resultList struct {
	Result []result `json:"result"`
}

// result is one item of resultList.result with resultType=core. The same
// struct also reads the scalar fields of resultType=lite (journalTitle,
// pubType as a "; "-separated string).
type result struct {
	ID           text `json:"id"`     // the id in its source: PMID for MED, "PMC…" for PMC, "PPR…" for PPR
	Source       text `json:"source"` // MED, PMC, PPR, AGR, CBA, CTX, ETH, HIR, NBK, PAT
	PMID         text `json:"pmid"`
	PMCID        text `json:"pmcid"`
	DOI          text `json:"doi"`
	Title        text `json:"title"` // may hold inline HTML (<i>, <sub>, …)
	AuthorString text `json:"authorString"`
	AuthorList   struct {
		Author []author `json:"author"`
	} `json:"authorList"`
	JournalInfo         *journalInfo         `json:"journalInfo"`
	JournalTitle        text                 `json:"journalTitle"` // lite only
	BookOrReportDetails *bookOrReportDetails `json:"bookOrReportDetails"`
	PubYear             text                 `json:"pubYear"`
	AbstractText        text                 `json:"abstractText"` // HTML: <h4> section headings, <i>, <sub>, <sup>, <b>, <p>
	Language            text                 `json:"language"`     // e.g. "eng"
	PubTypeList         struct {
		PubType []text `json:"pubType"` // verbatim, e.g. "Journal Article", "Published Erratum", "Preprint", "research-article"
	} `json:"pubTypeList"`
	PubType         text `json:"pubType"` // lite only
	MeshHeadingList struct {
		MeshHeading []meshHeading `json:"meshHeading"`
	} `json:"meshHeadingList"`
	KeywordList struct {
		Keyword []text `json:"keyword"`
	} `json:"keywordList"`
	CommentCorrectionList struct {
		CommentCorrection []commentCorrection `json:"commentCorrection"`
	} `json:"commentCorrectionList"`
	FullTextIDList struct {
		FullTextID []text `json:"fullTextId"`
	} `json:"fullTextIdList"`
	FirstIndexDate            text `json:"firstIndexDate"` // YYYY-MM-DD, what FIRST_IDATE searches
	DateOfCreation            text `json:"dateOfCreation"`
	FirstPublicationDate      text `json:"firstPublicationDate"` // YYYY-MM-DD
	ElectronicPublicationDate text `json:"electronicPublicationDate"`
}

type author struct {
	FullName       text `json:"fullName"` // "Schoenfeld JD"
	FirstName      text `json:"firstName"`
	LastName       text `json:"lastName"`
	Initials       text `json:"initials"`
	CollectiveName text `json:"collectiveName"`
}

type journalInfo struct {
	DateOfPublication text `json:"dateOfPublication"` // as printed: "2025 Dec"
	YearOfPublication text `json:"yearOfPublication"` // a number in the JSON
	Journal           struct {
		Title               text `json:"title"`
		ISOAbbreviation     text `json:"isoabbreviation"`
		MedlineAbbreviation text `json:"medlineAbbreviation"`
	} `json:"journal"`
}

// bookOrReportDetails is set for books (NBK, …) and preprints (PPR), where
// publisher is the preprint server ("bioRxiv", "medRxiv", "Research Square").
type bookOrReportDetails struct {
	Publisher         text `json:"publisher"`
	ComprisingTitle   text `json:"comprisingTitle"`
	YearOfPublication text `json:"yearOfPublication"`
}

type meshHeading struct {
	MajorTopic     text `json:"majorTopic_YN"`
	DescriptorName text `json:"descriptorName"`
}

// commentCorrection is a link to a related record, e.g.
//
//	{"id":"39293462","source":"MED","reference":"Lancet. 2024 …","type":"Erratum for","orderIn":1}
type commentCorrection struct {
	ID        text `json:"id"`
	Source    text `json:"source"`
	Reference text `json:"reference"`
	Type      text `json:"type"` // "Erratum for", "Retraction in", "Comment in", "Update of", …
}

// text is a scalar JSON value read as a string: a string as is, a number
// or boolean by its literal, null as "". Europe PMC is not always
// consistent about quoting (journalInfo.yearOfPublication is a number,
// pubYear a string). Objects and arrays are errors.
type text string

func (t *text) UnmarshalJSON(b []byte) error {
	b = bytes.TrimSpace(b)
	switch {
	case len(b) == 0:
		return fmt.Errorf("empty JSON value")
	case bytes.Equal(b, []byte("null")):
		*t = ""
	case b[0] == '"':
		var s string
		if err := json.Unmarshal(b, &s); err != nil {
			return err
		}
		*t = text(s)
	case b[0] == '{' || b[0] == '[':
		return fmt.Errorf("expected a scalar, got %.20s", b)
	default:
		*t = text(b)
	}
	return nil
}
