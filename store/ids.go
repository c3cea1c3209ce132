package store

import (
	"strings"
	"unicode"
)

// NormDOI returns a DOI in its canonical stored form: lower-case, without a
// resolver prefix or "doi:" label. It returns "" if s does not look like a DOI.
func NormDOI(s string) string {
	s = strings.TrimSpace(s)
	lower := strings.ToLower(s)
	for _, p := range []string{"https://doi.org/", "http://doi.org/", "https://dx.doi.org/", "http://dx.doi.org/", "doi.org/", "doi:"} {
		if strings.HasPrefix(lower, p) {
			lower = strings.TrimSpace(lower[len(p):])
			break
		}
	}
	if !strings.HasPrefix(lower, "10.") || !strings.Contains(lower, "/") {
		return ""
	}
	return lower
}

// NormPMID returns a PMID of digits only, or "".
func NormPMID(s string) string {
	s = strings.TrimSpace(s)
	if s == "" || len(s) > 12 {
		return ""
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return ""
		}
	}
	s = strings.TrimLeft(s, "0")
	return s
}

// NormPMCID returns "PMC" followed by digits, or "".
func NormPMCID(s string) string {
	s = strings.ToUpper(strings.TrimSpace(s))
	s = strings.TrimPrefix(s, "PMC")
	if NormPMID(s) == "" {
		return ""
	}
	return "PMC" + NormPMID(s)
}

// NormNCT returns an NCT number ("NCT" and 8 digits), or "".
func NormNCT(s string) string {
	s = strings.ToUpper(strings.TrimSpace(s))
	if len(s) != 11 || !strings.HasPrefix(s, "NCT") {
		return ""
	}
	for _, r := range s[3:] {
		if r < '0' || r > '9' {
			return ""
		}
	}
	return s
}

// NormPPR returns a Europe PMC preprint id ("PPR" and digits, as in
// "PPR123456"), or "".
func NormPPR(s string) string {
	s = strings.ToUpper(strings.TrimSpace(s))
	digits, ok := strings.CutPrefix(s, "PPR")
	if !ok || NormPMID(digits) == "" {
		return ""
	}
	return "PPR" + NormPMID(digits)
}

// NormOpenAlex returns an OpenAlex work id ("W" and digits, as in
// "W2741809807"), from the id alone or its URL
// ("https://openalex.org/W2741809807"), or "".
func NormOpenAlex(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.LastIndexByte(s, '/'); i != -1 {
		if !strings.Contains(strings.ToLower(s[:i]), "openalex.org") {
			return ""
		}
		s = s[i+1:]
	}
	s = strings.ToUpper(s)
	digits, ok := strings.CutPrefix(s, "W")
	if !ok || NormPMID(digits) == "" {
		return ""
	}
	return "W" + NormPMID(digits)
}

// identifiers returns the record's normalised identifiers as kind/value
// pairs, in a fixed order.
func identifiers(r *Record) [][2]string {
	var ids [][2]string
	if v := NormPMID(r.PMID); v != "" {
		ids = append(ids, [2]string{"pmid", v})
	}
	if v := NormDOI(r.DOI); v != "" {
		ids = append(ids, [2]string{"doi", v})
	}
	if v := NormPMCID(r.PMCID); v != "" {
		ids = append(ids, [2]string{"pmcid", v})
	}
	// The sources' own ids are kept whatever else the record has, so a
	// later copy that brings a DOI or PMID joins the work stored under
	// them alone.
	if v := NormPPR(r.PPR); v != "" {
		ids = append(ids, [2]string{"ppr", v})
	}
	if v := NormOpenAlex(r.OpenAlex); v != "" {
		ids = append(ids, [2]string{"openalex", v})
	}
	// A trial registration is identified by its NCT number. A publication
	// that names its registration keeps the NCT in its record but is not
	// identified by it: a protocol and a results paper of one trial are
	// different works.
	if v := NormNCT(r.NCT); v != "" && len(ids) == 0 {
		ids = append(ids, [2]string{"nct", v})
	}
	// A preprint and the article it became are one work.
	for _, l := range r.Links {
		if isPreprintLink(l.Type) {
			if v := NormDOI(l.Source); v != "" {
				ids = append(ids, [2]string{"doi", v})
			}
		}
	}
	return ids
}

// isPreprintLink reports whether a link type joins a preprint and its article.
func isPreprintLink(t string) bool {
	switch t {
	case "IsPreprintOf", "HasPreprint", "PreprintOf", "PublishedAs":
		return true
	}
	return false
}

// normalise puts the record's identifiers in canonical form.
func normalise(r *Record) {
	r.PMID = NormPMID(r.PMID)
	r.DOI = NormDOI(r.DOI)
	r.PMCID = NormPMCID(r.PMCID)
	r.NCT = NormNCT(r.NCT)
	r.PPR = NormPPR(r.PPR)
	r.OpenAlex = NormOpenAlex(r.OpenAlex)
	r.Title = strings.TrimSpace(r.Title)
}

// linkNCT links a publication that names exactly one trial registration
// to it (shown with the record, not merged with it: it is called after the
// record's identifiers are taken, so a number found in the text never
// identifies the record).
func linkNCT(r *Record) {
	if r.NCT == "" {
		r.NCT = singleNCT(r.Title + " " + r.Abstract)
	}
}

// singleNCT returns the one NCT number text mentions, or "" if it names
// none or several.
func singleNCT(text string) string {
	found := ""
	for i := 0; i+11 <= len(text); i++ {
		if (text[i] != 'N' && text[i] != 'n') || (i > 0 && isAlnum(text[i-1])) {
			continue
		}
		v := NormNCT(text[i : i+11])
		if v == "" || (i+11 < len(text) && isAlnum(text[i+11])) {
			continue
		}
		if found != "" && found != v {
			return ""
		}
		found = v
	}
	return found
}

func isAlnum(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

// TitleKey is a normalised title used to match a work across sources when
// identifiers are missing: letters and digits only, lower-case.
func TitleKey(title string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(title) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}
