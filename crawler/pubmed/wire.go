package pubmed

// Structs mirroring the E-utilities XML this package reads. Only the
// elements litwatch uses are mapped; encoding/xml skips the rest.
//
// References:
//   - E-utilities parameters and output:
//     https://www.ncbi.nlm.nih.gov/books/NBK25499/
//   - ESearch DTD: https://eutils.ncbi.nlm.nih.gov/eutils/dtd/20060628/esearch.dtd
//   - PubMed efetch XML DTD (PubmedArticleSet):
//     https://dtd.nlm.nih.gov/ncbi/pubmed/out/pubmed_250101.dtd
//   - Element descriptions:
//     https://www.nlm.nih.gov/bsd/licensee/elements_descriptions.html

import (
	"encoding/xml"
	"strings"

	"github.com/litwatch/litwatch/crawler"
)

// eSearchResult is the esearch.fcgi response.
//
//	<!ELEMENT eSearchResult (((Count, (RetMax, RetStart, QueryKey?, WebEnv?,
//	    IdList, TranslationSet, TranslationStack?, QueryTranslation)?) | ERROR),
//	    ErrorList?, WarningList?)>
type eSearchResult struct {
	XMLName          xml.Name `xml:"eSearchResult"`
	Count            string   `xml:"Count"` // a string so "missing" can be told from 0
	RetMax           string   `xml:"RetMax"`
	RetStart         string   `xml:"RetStart"`
	QueryKey         string   `xml:"QueryKey"`
	WebEnv           string   `xml:"WebEnv"`
	IDs              []string `xml:"IdList>Id"`
	QueryTranslation string   `xml:"QueryTranslation"`
	Error            string   `xml:"ERROR"`
	ErrorList        struct {
		PhraseNotFound []string `xml:"PhraseNotFound"`
		FieldNotFound  []string `xml:"FieldNotFound"`
	} `xml:"ErrorList"`
	WarningList struct {
		PhraseIgnored        []string `xml:"PhraseIgnored"`
		QuotedPhraseNotFound []string `xml:"QuotedPhraseNotFound"`
		OutputMessage        []string `xml:"OutputMessage"`
	} `xml:"WarningList"`
}

// errorResult is the body E-utilities send instead of a result when a
// request fails: <eSearchResult|eFetchResult|eSummaryResult><ERROR>…</ERROR>…
type errorResult struct {
	XMLName xml.Name
	Errors  []string `xml:"ERROR"`
}

// pubmedArticle is one <PubmedArticle>.
//
//	<!ELEMENT PubmedArticle (MedlineCitation, PubmedData?)>
type pubmedArticle struct {
	MedlineCitation medlineCitation `xml:"MedlineCitation"`
	PubmedData      pubmedData      `xml:"PubmedData"`
}

type medlineCitation struct {
	Status              string                `xml:"Status,attr"`
	PMID                string                `xml:"PMID"`
	Article             article               `xml:"Article"`
	CommentsCorrections []commentsCorrections `xml:"CommentsCorrectionsList>CommentsCorrections"`
	MeshHeadings        []meshHeading         `xml:"MeshHeadingList>MeshHeading"`
	KeywordLists        []keywordList         `xml:"KeywordList"`
}

type article struct {
	Journal          journal       `xml:"Journal"`
	ArticleTitle     mixedText     `xml:"ArticleTitle"`
	VernacularTitle  mixedText     `xml:"VernacularTitle"`
	ELocationIDs     []eLocationID `xml:"ELocationID"`
	Abstract         *abstract     `xml:"Abstract"`
	Authors          []author      `xml:"AuthorList>Author"`
	Languages        []string      `xml:"Language"`
	PublicationTypes []string      `xml:"PublicationTypeList>PublicationType"`
	ArticleDates     []date        `xml:"ArticleDate"`
}

type journal struct {
	Title           string  `xml:"Title"`
	ISOAbbreviation string  `xml:"ISOAbbreviation"`
	PubDate         pubDate `xml:"JournalIssue>PubDate"`
}

// pubDate is <!ELEMENT PubDate ((Year, ((Month, Day?) | Season)?) | MedlineDate)>.
type pubDate struct {
	Year        string `xml:"Year"`
	Month       string `xml:"Month"`
	Day         string `xml:"Day"`
	Season      string `xml:"Season"`
	MedlineDate string `xml:"MedlineDate"`
}

// date is ArticleDate, PubMedPubDate, ContributionDate and the like.
type date struct {
	Type      string `xml:"DateType,attr"`
	PubStatus string `xml:"PubStatus,attr"`
	Year      string `xml:"Year"`
	Month     string `xml:"Month"`
	Day       string `xml:"Day"`
}

type eLocationID struct {
	Type  string `xml:"EIdType,attr"`
	Valid string `xml:"ValidYN,attr"`
	Value string `xml:",chardata"`
}

// abstract is <!ELEMENT Abstract (AbstractText+, CopyrightInformation?)>.
type abstract struct {
	Texts []abstractText `xml:"AbstractText"`
}

// abstractText is
//
//	<!ELEMENT AbstractText (%text; | mml:math | DispFormula)*>
//	<!ATTLIST AbstractText Label CDATA #IMPLIED
//	    NlmCategory (BACKGROUND | OBJECTIVE | METHODS | RESULTS | CONCLUSIONS | UNASSIGNED) #IMPLIED>
type abstractText struct {
	Label       string
	NlmCategory string
	Text        string // flattened, whitespace normalised
}

func (a *abstractText) UnmarshalXML(d *xml.Decoder, start xml.StartElement) error {
	for _, at := range start.Attr {
		switch at.Name.Local {
		case "Label":
			a.Label = crawler.NormalizeSpace(at.Value)
		case "NlmCategory":
			a.NlmCategory = crawler.NormalizeSpace(at.Value)
		}
	}
	var t mixedText
	if err := t.UnmarshalXML(d, start); err != nil {
		return err
	}
	a.Text = string(t)
	return nil
}

type author struct {
	Valid          string    `xml:"ValidYN,attr"`
	LastName       string    `xml:"LastName"`
	ForeName       string    `xml:"ForeName"`
	Initials       string    `xml:"Initials"`
	Suffix         string    `xml:"Suffix"`
	CollectiveName mixedText `xml:"CollectiveName"`
}

type authorList struct {
	Type    string   `xml:"Type,attr"` // "authors" or "editors" in books
	Authors []author `xml:"Author"`
}

type meshHeading struct {
	Descriptor string `xml:"DescriptorName"`
}

type keywordList struct {
	Owner    string      `xml:"Owner,attr"`
	Keywords []mixedText `xml:"Keyword"`
}

// commentsCorrections is
//
//	<!ELEMENT CommentsCorrections (RefSource, PMID?, Note?)>
//	<!ATTLIST CommentsCorrections RefType (… | ErratumIn | ErratumFor | RetractionIn | … | Cites) #REQUIRED>
type commentsCorrections struct {
	RefType   string    `xml:"RefType,attr"`
	RefSource mixedText `xml:"RefSource"`
	PMID      string    `xml:"PMID"`
}

// pubmedData is <PubmedData> (and <PubmedBookData>, which has the same
// History and ArticleIdList). Only the direct ArticleIdList child is
// mapped: the ones inside ReferenceList belong to cited works.
type pubmedData struct {
	History    []date      `xml:"History>PubMedPubDate"`
	ArticleIDs []articleID `xml:"ArticleIdList>ArticleId"`
}

type articleID struct {
	Type  string `xml:"IdType,attr"`
	Value string `xml:",chardata"`
}

// pubmedBookArticle is one <PubmedBookArticle>.
//
//	<!ELEMENT PubmedBookArticle (BookDocument, PubmedBookData?)>
type pubmedBookArticle struct {
	BookDocument   bookDocument `xml:"BookDocument"`
	PubmedBookData pubmedData   `xml:"PubmedBookData"`
}

type bookDocument struct {
	PMID             string        `xml:"PMID"`
	ArticleIDs       []articleID   `xml:"ArticleIdList>ArticleId"`
	Book             book          `xml:"Book"`
	ArticleTitle     *mixedText    `xml:"ArticleTitle"`
	VernacularTitle  mixedText     `xml:"VernacularTitle"`
	Languages        []string      `xml:"Language"`
	AuthorLists      []authorList  `xml:"AuthorList"`
	PublicationTypes []string      `xml:"PublicationType"`
	Abstract         *abstract     `xml:"Abstract"`
	KeywordLists     []keywordList `xml:"KeywordList"`
	ContributionDate date          `xml:"ContributionDate"`
}

type book struct {
	BookTitle   mixedText    `xml:"BookTitle"`
	PubDate     pubDate      `xml:"PubDate"`
	AuthorLists []authorList `xml:"AuthorList"`
}

// mixedText is the text content of an element that may hold inline markup
// (<i>, <b>, <sub>, <sup>, <u>, mml:math, …): the markup is dropped, its
// text kept, and runs of white space (including newlines and tabs that
// re-indentation put inside the content) become one space.
type mixedText string

func (m *mixedText) UnmarshalXML(d *xml.Decoder, start xml.StartElement) error {
	var b strings.Builder
	depth := 1
	for depth > 0 {
		tok, err := d.Token()
		if err != nil {
			return err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			depth++
		case xml.EndElement:
			depth--
		case xml.CharData:
			b.Write(t)
		}
	}
	*m = mixedText(crawler.NormalizeSpace(b.String()))
	return nil
}
