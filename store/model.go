// Package store is litwatch's hub: one SQLite file holding the records
// collected by the crawler, crawl runs and per-source watermarks, the
// assessments the reporter made and the digests it wrote.
//
// The types in this file are the vocabulary every other package shares:
// the crawler produces Records, the reporter reads Records and produces
// Assessments and Digests.
package store

import "time"

// Section is one labelled part of a structured abstract.
type Section struct {
	Label    string `json:"label,omitempty"`    // as printed, e.g. "RESULTS"
	Category string `json:"category,omitempty"` // NLM category, e.g. "CONCLUSIONS"
	Text     string `json:"text"`
}

// Link is a relation from a record to another publication, such as
// PubMed's CommentsCorrections (RetractionIn, ErratumIn, UpdateIn, ...).
type Link struct {
	Type   string `json:"type"`             // e.g. "RetractionIn", "ErratumFor"
	PMID   string `json:"pmid,omitempty"`   // the other publication's PMID, if given
	Source string `json:"source,omitempty"` // the citation text (RefSource)
}

// Record is one publication (or trial registration) as litwatch knows it.
// Identifiers are normalised: DOI lower-case without "https://doi.org/",
// PMCID upper-case with its "PMC" prefix, NCT upper-case.
type Record struct {
	ID     int64  `json:"id"`     // store id, 0 until saved
	Source string `json:"source"` // source that first delivered it, e.g. "pubmed"

	PMID  string `json:"pmid,omitempty"`
	DOI   string `json:"doi,omitempty"`
	PMCID string `json:"pmcid,omitempty"`
	NCT   string `json:"nct,omitempty"`
	// PPR and OpenAlex are the sources' own identifiers: a Europe PMC
	// preprint id ("PPR123456") and an OpenAlex work id ("W2741809807").
	// A work with neither PMID, DOI, PMCID nor NCT is kept under them,
	// and joined later by them to a copy that brings a DOI or PMID.
	PPR      string `json:"ppr,omitempty"`
	OpenAlex string `json:"openalex,omitempty"`

	Title    string    `json:"title"`
	Abstract string    `json:"abstract,omitempty"` // whole abstract as plain text, sections joined
	Sections []Section `json:"sections,omitempty"` // structured abstract, when the source has one
	Journal  string    `json:"journal,omitempty"`
	Year     int       `json:"year,omitempty"`     // publication year, 0 if unknown
	PubDate  string    `json:"pub_date,omitempty"` // publication date as printed ("2024 Mar", "1998 Dec-1999 Jan")
	Authors  []string  `json:"authors,omitempty"`  // "Family Initials"
	Language string    `json:"language,omitempty"`

	PubTypes []string `json:"pub_types,omitempty"` // e.g. "Randomized Controlled Trial"
	MeSH     []string `json:"mesh,omitempty"`      // descriptor names
	Keywords []string `json:"keywords,omitempty"`
	Links    []Link   `json:"links,omitempty"`

	// EntryDate is when the source indexed the record (PubMed's Entrez
	// date); the crawler's watermarks are kept in these terms.
	EntryDate time.Time `json:"entry_date,omitempty"`

	// Status is the record's state at its source where that is news, such
	// as a trial registration's "RECRUITING" or "COMPLETED; results
	// posted". When the source delivers a newer copy with another status,
	// the record is reported again with Update saying what changed.
	Status string `json:"status,omitempty"`
	Update string `json:"update,omitempty"`
}

// Assessment is the reporter's judgement of one record against one claim.
type Assessment struct {
	RecordID  int64    `json:"record_id"`
	Claim     string   `json:"claim"`
	Relevant  bool     `json:"relevant"`
	Design    string   `json:"design"`
	Direction string   `json:"direction"`
	Signal    string   `json:"signal"`
	Level     string   `json:"level,omitempty"`
	Flagged   bool     `json:"flagged"`
	Reasons   []string `json:"reasons"`
	Evidence  []string `json:"evidence,omitempty"` // sentences quoted from the record
	N         int      `json:"n,omitempty"`        // participants, 0 if not stated
}

// SourceResult is what one source did in one run.
type SourceResult struct {
	Name    string    `json:"name"`
	From    time.Time `json:"from"`
	To      time.Time `json:"to"`
	Fetched int       `json:"fetched"`
	New     int       `json:"new"`
	Errors  []string  `json:"errors"`
	// Skipped counts the records the source delivered that were not
	// stored, and SkipReasons says why (reason -> count; the counts add
	// up to Skipped).
	Skipped     int            `json:"skipped"`
	SkipReasons map[string]int `json:"skip_reasons,omitempty"`
}

// Cleaned returns a copy of s with its error messages and skip reasons as
// FinishSource stores them: cleaned of control characters (see CleanText),
// each on one line and at most MaxErrorBytes long. Errors is never nil.
func (s SourceResult) Cleaned() SourceResult {
	errs := make([]string, 0, len(s.Errors))
	for _, e := range s.Errors {
		errs = append(errs, cleanError(e))
	}
	s.Errors = errs
	if s.SkipReasons != nil {
		reasons := make(map[string]int, len(s.SkipReasons))
		for why, n := range s.SkipReasons {
			reasons[cleanError(why)] += n
		}
		s.SkipReasons = reasons
	}
	return s
}

// AddSkips adds what one save skipped to the source's counts.
func (s *SourceResult) AddSkips(reasons map[string]int) {
	for why, n := range reasons {
		if n <= 0 {
			continue
		}
		if s.SkipReasons == nil {
			s.SkipReasons = make(map[string]int)
		}
		s.SkipReasons[why] += n
		s.Skipped += n
	}
}

// Run is one crawl cycle.
type Run struct {
	ID         int64
	StartedAt  time.Time
	FinishedAt time.Time
	Status     string // "running", "done", "failed"
	Sources    []SourceResult
}

// Digest is a rendered digest as stored: its JSON document and the files
// written from it.
type Digest struct {
	ID          int64
	RunID       int64
	GeneratedAt time.Time
	JSON        []byte
	Files       []string
	// MessageID and MailStatus ("pending" or "skipped"), when set, put the
	// digest's e-mail in the outbox in the same transaction that saves it.
	MessageID  string
	MailStatus string
}
