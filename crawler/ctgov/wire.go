package ctgov

// Structs mirroring the ClinicalTrials.gov API v2 JSON this package reads.
// Only the fields litwatch uses are mapped; encoding/json skips the rest.
//
// References:
//   - API v2 (OpenAPI): https://clinicaltrials.gov/data-api/api
//     GET /studies: query.term, filter.advanced, pageSize (default 10, max
//     1000), pageToken / nextPageToken, countTotal / totalCount, format.
//   - Study data structure (modules and fields):
//     https://clinicaltrials.gov/data-api/about-api/study-data-structure
//   - Search expressions (Essie), AREA[...] and RANGE[...]:
//     https://clinicaltrials.gov/find-studies/constructing-complex-search-queries
//
// The study shape was checked against the real records in testdata/
// (v2-study-*.json, API 2.0.x).

// studiesResponse is the body of GET /api/v2/studies:
//
//	{"studies":[<study>…],"nextPageToken":"…","totalCount":N}
//
// nextPageToken is absent on the last page (a page may also be empty and
// still carry one); totalCount only comes with countTotal=true.
type studiesResponse struct {
	Studies       *[]study `json:"studies"` // a pointer so a body without "studies" is an error
	NextPageToken string   `json:"nextPageToken"`
	TotalCount    *int     `json:"totalCount"`
}

type study struct {
	ProtocolSection protocolSection `json:"protocolSection"`
	DerivedSection  derivedSection  `json:"derivedSection"`
	HasResults      bool            `json:"hasResults"`
}

type protocolSection struct {
	IdentificationModule struct {
		NCTID         string `json:"nctId"`
		BriefTitle    string `json:"briefTitle"`
		OfficialTitle string `json:"officialTitle"`
		Acronym       string `json:"acronym"`
	} `json:"identificationModule"`
	StatusModule struct {
		OverallStatus               string     `json:"overallStatus"`   // RECRUITING, COMPLETED, WITHDRAWN, UNKNOWN, …
		LastKnownStatus             string     `json:"lastKnownStatus"` // with overallStatus UNKNOWN
		WhyStopped                  string     `json:"whyStopped"`
		StartDateStruct             dateStruct `json:"startDateStruct"`
		PrimaryCompletionDateStruct dateStruct `json:"primaryCompletionDateStruct"`
		CompletionDateStruct        dateStruct `json:"completionDateStruct"`
		StudyFirstSubmitDate        string     `json:"studyFirstSubmitDate"`
		StudyFirstPostDateStruct    dateStruct `json:"studyFirstPostDateStruct"`
		ResultsFirstPostDateStruct  dateStruct `json:"resultsFirstPostDateStruct"`
		LastUpdateSubmitDate        string     `json:"lastUpdateSubmitDate"`
		LastUpdatePostDateStruct    dateStruct `json:"lastUpdatePostDateStruct"` // what LastUpdatePostDate searches
	} `json:"statusModule"`
	SponsorCollaboratorsModule struct {
		LeadSponsor struct {
			Name string `json:"name"`
		} `json:"leadSponsor"`
	} `json:"sponsorCollaboratorsModule"`
	DescriptionModule struct {
		BriefSummary        string `json:"briefSummary"`        // CommonMark
		DetailedDescription string `json:"detailedDescription"` // CommonMark
	} `json:"descriptionModule"`
	ConditionsModule struct {
		Conditions []string `json:"conditions"`
		Keywords   []string `json:"keywords"`
	} `json:"conditionsModule"`
	DesignModule struct {
		StudyType       string   `json:"studyType"` // INTERVENTIONAL, OBSERVATIONAL, EXPANDED_ACCESS
		PatientRegistry bool     `json:"patientRegistry"`
		Phases          []string `json:"phases"` // EARLY_PHASE1, PHASE1…PHASE4, NA
		DesignInfo      struct {
			Allocation         string `json:"allocation"` // RANDOMIZED, NON_RANDOMIZED, NA
			InterventionModel  string `json:"interventionModel"`
			PrimaryPurpose     string `json:"primaryPurpose"`
			ObservationalModel string `json:"observationalModel"`
			TimePerspective    string `json:"timePerspective"`
			MaskingInfo        struct {
				Masking string `json:"masking"`
			} `json:"maskingInfo"`
		} `json:"designInfo"`
		EnrollmentInfo struct {
			Count *int   `json:"count"`
			Type  string `json:"type"` // ACTUAL, ESTIMATED
		} `json:"enrollmentInfo"`
	} `json:"designModule"`
	ArmsInterventionsModule struct {
		Interventions []struct {
			Type string `json:"type"`
			Name string `json:"name"`
		} `json:"interventions"`
	} `json:"armsInterventionsModule"`
	ReferencesModule struct {
		References []struct {
			PMID     string `json:"pmid"`
			Type     string `json:"type"` // BACKGROUND, RESULT, DERIVED
			Citation string `json:"citation"`
		} `json:"references"`
	} `json:"referencesModule"`
}

// dateStruct is {"date":"2015-03","type":"ACTUAL"}; date may be partial
// (YYYY-MM or YYYY).
type dateStruct struct {
	Date string `json:"date"`
	Type string `json:"type"`
}

type derivedSection struct {
	ConditionBrowseModule    browseModule `json:"conditionBrowseModule"`
	InterventionBrowseModule browseModule `json:"interventionBrowseModule"`
}

// browseModule.meshes are the MeSH descriptors NLM matched to the study's
// conditions or interventions.
type browseModule struct {
	Meshes []struct {
		ID   string `json:"id"`
		Term string `json:"term"`
	} `json:"meshes"`
}
