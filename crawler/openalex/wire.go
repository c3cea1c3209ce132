package openalex

// Structs mirroring the OpenAlex API JSON this package reads. Only the
// fields litwatch uses are mapped; encoding/json skips the rest.
//
// References:
//   - Work object: https://docs.openalex.org/api-entities/works/work-object
//     (developers.openalex.org/api-reference/works)
//   - Lists, filters, search: https://docs.openalex.org/api-entities/works/filter-works,
//     https://docs.openalex.org/api-entities/works/search-works
//   - Cursor paging (cursor=*, meta.next_cursor, per-page):
//     https://docs.openalex.org/how-to-use-the-api/get-lists-of-entities/paging
//   - API keys (api_key parameter), credits and rate limits:
//     https://docs.openalex.org/how-to-use-the-api/rate-limits-and-authentication

import "encoding/json"

// listResponse is a list of works:
//
//	{"meta":{"count":…,"db_response_time_ms":…,"page":null,"per_page":100,"next_cursor":"…"},
//	 "results":[…],"group_by":[]}
//
// With cursor paging, next_cursor is null once the results are exhausted.
// Errors come as {"error":"…","message":"…"} instead.
type listResponse struct {
	Meta    *listMeta         `json:"meta"`
	Results []json.RawMessage `json:"results"`
}

type listMeta struct {
	Count      int     `json:"count"`
	PerPage    int     `json:"per_page"`
	NextCursor *string `json:"next_cursor"`
}

// errorResponse is an error body: {"error":"Invalid query parameters error.","message":"…"}.
type errorResponse struct {
	Error   string `json:"error"`
	Message string `json:"message"`
}

// work is one Work object.
type work struct {
	ID              string  `json:"id"`  // "https://openalex.org/W1982728624"
	DOI             *string `json:"doi"` // "https://doi.org/10.1371/journal.pone.0000030" or null
	Title           *string `json:"title"`
	DisplayName     *string `json:"display_name"`
	PublicationYear int     `json:"publication_year"`
	PublicationDate string  `json:"publication_date"` // "2006-12-20"
	IDs             ids     `json:"ids"`
	Language        *string `json:"language"`
	PrimaryLocation *struct {
		Source *struct {
			DisplayName string `json:"display_name"`
		} `json:"source"`
	} `json:"primary_location"`
	Type        string `json:"type"` // "article", "preprint", "review", …
	Authorships []struct {
		Author struct {
			DisplayName string `json:"display_name"`
		} `json:"author"`
		RawAuthorName string `json:"raw_author_name"`
	} `json:"authorships"`
	IsRetracted bool `json:"is_retracted"`
	MeSH        []struct {
		DescriptorName string `json:"descriptor_name"`
	} `json:"mesh"`
	// AbstractInvertedIndex maps each word of the abstract to its
	// positions (0-based); null when OpenAlex has no abstract.
	AbstractInvertedIndex map[string][]int `json:"abstract_inverted_index"`
	// CreatedDate is when the work entered OpenAlex: "2025-10-10T00:00:00"
	// (or "2017-02-03" in older responses), the date from_created_date and
	// to_created_date filter on.
	CreatedDate string `json:"created_date"`
}

// ids holds a work's external ids, each as a URL:
// "pmid":"https://pubmed.ncbi.nlm.nih.gov/17183658",
// "pmcid":"https://www.ncbi.nlm.nih.gov/pmc/articles/2169375".
type ids struct {
	OpenAlex string `json:"openalex"`
	DOI      string `json:"doi"`
	PMID     string `json:"pmid"`
	PMCID    string `json:"pmcid"`
}
