package digest

import (
	"fmt"
	"net/url"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// view is a Doc laid out for reading: the same for every human format, so
// Markdown, HTML and text say the same things in the same order. Every
// string in it is cleaned (see clean) but not escaped; escaping is the
// renderer's job.
type view struct {
	Headline  string
	Counts    string
	Window    string
	Generated string
	Claims    []string // one line per claim, before any list
	Warnings  []string
	Basis     []basisView
	Flagged   []group    // flagged records, by claim
	Open      []openItem // flags of earlier digests still undecided
	Relevant  []group    // records that bear on a claim but are not flagged, by claim
	Other     int        // records that bear on no claim
	OtherText string
	Unrelated []otherItem // the first maxUnrelated records that bear on no claim
	MoreText  string      // "" or a note on the records left out of Unrelated
	Levels    []legendEntry
	Signals   []legendEntry
	Sources   []sourceView
	Notes     []string // after the sources: neither errors nor failed sources
	// ReviewURL is the review queue's page, "" when the digest links to
	// no page (see Doc.BaseURL).
	ReviewURL string
}

// maxUnrelated bounds the list of records that bear on no claim (a first
// back-fill stores thousands); the JSON digest lists them all.
const maxUnrelated = 200

// otherItem is a record that bears on no claim: enough to spot a missed
// flag.
type otherItem struct {
	Title string
	Year  int    // 0 if unknown
	URL   string // http(s) or ""
}

// idLink is one identifier of a record and its page: PubMed, doi.org,
// Europe PMC, ClinicalTrials.gov or OpenAlex.
type idLink struct {
	Label string // "PMID", "DOI", "PMCID" or "" (an NCT number says what it is)
	ID    string
	URL   string // http(s) or ""
}

// Text is "PMID 123", "DOI 10.1/x", "NCT01234567".
func (l idLink) Text() string { return strings.TrimSpace(l.Label + " " + l.ID) }

// identifierURL is the page of an identifier of kind "PMID", "DOI",
// "PMCID", "NCT", "PPR" (a Europe PMC preprint) or "OpenAlex"; the
// identifier is percent-encoded.
func identifierURL(kind, id string) string {
	id = strings.TrimSpace(id)
	if id == "" {
		return ""
	}
	switch kind {
	case "PMID":
		return Link(id, "", "")
	case "DOI":
		return Link("", id, "")
	case "NCT":
		return Link("", "", id)
	case "PMCID":
		if !strings.HasPrefix(strings.ToUpper(id), "PMC") {
			id = "PMC" + id
		}
		return "https://europepmc.org/article/PMC/" + escapePath(id)
	case "PPR":
		return "https://europepmc.org/article/PPR/" + escapePath(id)
	case "OpenAlex":
		return "https://openalex.org/" + escapePath(id)
	}
	return ""
}

type basisView struct {
	Claim     string
	Statement string
	Message   string
	Link      string // http(s) or ""
}

// group is one claim and the records listed under it.
type group struct {
	ID        string
	Statement string
	Verdict   string // "" if unknown
	AsOf      int
	Known     bool // the claim is in the digest's claim list
	Items     []item
	URL       string // the claim's page, "" if none
}

// Heading is "ID: statement", or the ID alone.
func (g group) Heading() string {
	if g.Statement == "" {
		return g.ID
	}
	return g.ID + ": " + g.Statement
}

// VerdictLabel is "Current verdict (as of 2023)" or "Current verdict".
func (g group) VerdictLabel() string {
	if g.Known && g.AsOf > 0 {
		return fmt.Sprintf("Current verdict (as of %d)", g.AsOf)
	}
	return "Current verdict"
}

// VerdictText is the verdict, or a note saying why there is none.
func (g group) VerdictText() string {
	switch {
	case !g.Known:
		return "none (claim not in your list)"
	case g.Verdict == "":
		return "none recorded"
	}
	return word(g.Verdict)
}

// item is one record under one claim.
type item struct {
	Title     string
	URL       string   // http(s) or ""
	Meta      []string // authors, year, journal, design, n
	IDs       []idLink // PMID, DOI, PMCID, NCT
	Signal    string
	Level     string
	Direction string
	Evidence  []string
	Reasons   []string
	Also      []string // the record's other claims, e.g. "C2 (supports)"
	ReviewURL string   // where this flag is decided, "" if no page
}

// IDText is the identifiers joined by sep, as text.
func (it item) IDText(sep string) string {
	parts := make([]string, len(it.IDs))
	for i, l := range it.IDs {
		parts[i] = l.Text()
	}
	return strings.Join(parts, sep)
}

// SignalText is "contradicts · level: high · direction: harm" without the
// parts that are empty, in words.
func (it item) SignalText() string {
	var parts []string
	if it.Signal != "" {
		parts = append(parts, word(it.Signal))
	}
	if it.Level != "" {
		parts = append(parts, "level: "+word(it.Level))
	}
	if it.Direction != "" {
		parts = append(parts, "direction: "+word(it.Direction))
	}
	if len(parts) == 0 {
		return "not stated"
	}
	return strings.Join(parts, " · ")
}

// openItem is one flag of an earlier digest that is still undecided.
type openItem struct {
	Claim    string
	Title    string
	URL      string // http(s) or ""
	Year     int    // 0 if unknown
	Signal   string
	Since    string // "YYYY-MM-DD" or ""
	RecordID int64
	// ReviewURL is where the flag is decided, "" if no page (the command
	// then says how).
	ReviewURL string
}

// Details is "Signal: contradicts. Open since 2026-11-16." without the
// parts that are unknown.
func (o openItem) Details() string {
	var parts []string
	if o.Signal != "" {
		parts = append(parts, "Signal: "+word(o.Signal)+".")
	}
	if o.Since != "" {
		parts = append(parts, "Open since "+o.Since+".")
	}
	return strings.Join(parts, " ")
}

// Command is the command that decides the flag.
func (o openItem) Command() string {
	return "litwatch flags reviewed|dismissed|accepted " + strconv.FormatInt(o.RecordID, 10)
}

type sourceView struct {
	Name    string
	Window  string
	Fetched int
	New     int
	Errors  []string
	Status  string // "ok" or "2 errors"
	Skipped int
	Skips   []string // "2 with no title", most frequent first
}

// SkipText is the sentence saying which records the source did not store.
func (s sourceView) SkipText() string {
	if s.Skipped == 0 {
		return ""
	}
	return fmt.Sprintf("%s: %s not stored: %s.", orDash(s.Name), plural(s.Skipped, "record", "records"), strings.Join(s.Skips, "; "))
}

func newView(d *Doc) view {
	base, ok := linkBase(d.BaseURL)
	if !ok || strings.HasPrefix(base, "/") {
		base, ok = "", false // a stored digest links only to an http(s) page
	}
	return newLinkedView(d, base, ok)
}

// linkBase returns s without its trailing slashes when it can prefix the
// links to litwatch's pages: an absolute http(s) URL with no query or
// fragment, or a path from the root ("/" gives ""), and whether it can.
func linkBase(s string) (string, bool) {
	s = strings.TrimSpace(s)
	if strings.HasPrefix(s, "/") && !strings.HasPrefix(s, "//") && !strings.ContainsAny(s, "?#\\") {
		return strings.TrimRight(s, "/"), true
	}
	u := safeURL(s)
	if u == "" || strings.ContainsAny(u, "?#") {
		return "", false
	}
	return strings.TrimRight(u, "/"), true
}

// ReviewAnchor is the id of a flag's entry on the review page.
func ReviewAnchor(recordID int64, claim string) string {
	return "flag-" + strconv.FormatInt(recordID, 10) + "-" + url.PathEscape(claim)
}

// newLinkedView is newView linking to the pages under base when linked.
func newLinkedView(d *Doc, base string, linked bool) view {
	reviewURL := func(id int64, claim string) string {
		if !linked {
			return ""
		}
		return base + "/review#" + ReviewAnchor(id, claim)
	}
	claimURL := func(claim string) string {
		if !linked || claim == "" {
			return ""
		}
		return base + "/claims/" + url.PathEscape(claim)
	}
	v := view{
		Window:    windowText(d.Window.From, d.Window.To),
		Generated: d.GeneratedAt.UTC().Format("2006-01-02 15:04 UTC"),
	}
	sum := summarize(d.Records)
	for _, c := range claimSummaries(d) {
		v.Claims = append(v.Claims, c.Line)
	}
	v.Levels, v.Signals = legendLevels, legendSignals
	if linked {
		v.ReviewURL = base + "/review"
	}

	switch {
	case d.AllSourcesFailed():
		// Not "nothing changes": nothing could be asked.
		v.Headline = "No source could be reached: " + unreached(d.Sources)
		if sum.Flagged > 0 {
			v.Headline += "; " + plural(sum.Flagged, "possible update", "possible updates") + " to your claims from records stored earlier"
		}
	case sum.Flagged > 0:
		v.Headline = plural(sum.Flagged, "possible update", "possible updates") + " to your claims"
	default:
		v.Headline = "Nothing that changes your claims " + period(d.Window)
	}

	claims := make(map[string]ClaimInfo, len(d.Claims))
	for _, c := range d.Claims {
		if _, dup := claims[c.ID]; !dup {
			claims[c.ID] = c
		}
	}
	statement := func(id string) string { return clean(claims[id].Statement) }

	for _, s := range d.Sources {
		sv := sourceView{
			Name:    clean(s.Name),
			Window:  windowText(s.From, s.To),
			Fetched: s.Fetched,
			New:     s.New,
			Status:  "ok",
		}
		for _, e := range s.Errors {
			sv.Errors = append(sv.Errors, clean(e))
		}
		sv.Skipped = max(0, s.Skipped)
		for _, r := range s.SkipReasons {
			sv.Skips = append(sv.Skips, fmt.Sprintf("%d with %s", r.Count, orDash(clean(r.Reason))))
		}
		if sv.Skipped > 0 && len(sv.Skips) == 0 {
			sv.Skips = []string{"the reasons were not recorded"}
		}
		if n := len(sv.Errors); n > 0 && s.Name == MailSource {
			sv.Status = plural(n, "e-mail refused", "e-mails refused")
			v.Warnings = append(v.Warnings, fmt.Sprintf(
				"The mail server refused %s for good; see %s in the sources section.", plural(n, "earlier digest", "earlier digests"), MailSource))
		} else if n > 0 {
			sv.Status = plural(n, "error", "errors")
			v.Warnings = append(v.Warnings, fmt.Sprintf(
				"Source %s reported %s; this digest may be incomplete.", orDash(sv.Name), plural(n, "error", "errors")))
		}
		v.Sources = append(v.Sources, sv)
	}
	for _, n := range d.Notes {
		if n = clean(n); n != "" {
			v.Notes = append(v.Notes, n)
		}
	}

	for _, b := range d.BasisAlerts {
		v.Basis = append(v.Basis, basisView{
			Claim:     clean(b.Claim),
			Statement: statement(b.Claim),
			Message:   clean(b.Message),
			Link:      safeURL(b.Link),
		})
	}

	order := claimOrder(d.Claims)
	flagged := map[string][]item{}
	relevant := map[string][]item{}
	flaggedClaims := map[string]bool{}
	for _, r := range d.Records {
		switch rank(r) {
		case 0:
			as := flaggedOnly(r.Assessments)
			if len(as) == 0 { // inconsistent input: show it rather than lose it
				as = r.Assessments
			}
			if len(as) == 0 {
				as = []Assessment{{Flagged: true}}
			}
			for _, a := range as {
				it := newItem(r, a, true)
				if r.ID != 0 {
					it.ReviewURL = reviewURL(r.ID, a.Claim)
				}
				flagged[a.Claim] = append(flagged[a.Claim], it)
				flaggedClaims[a.Claim] = true
			}
		case 1:
			for _, a := range r.Assessments {
				relevant[a.Claim] = append(relevant[a.Claim], newItem(r, a, false))
			}
		default:
			v.Other++
			if len(v.Unrelated) < maxUnrelated {
				o := otherItem{Title: clean(r.Title), Year: max(r.Year, 0), URL: recordLink(r)}
				if o.Title == "" {
					o.Title = "(untitled)"
				}
				v.Unrelated = append(v.Unrelated, o)
			}
		}
	}
	v.Flagged = groups(flagged, claims, order, claimURL)
	for _, f := range d.OpenFlags {
		o := openItem{
			Claim:    orDash(clean(f.Claim)),
			Title:    clean(f.Title),
			URL:      safeURL(f.URL),
			Year:     max(f.Year, 0),
			Signal:   clean(f.Signal),
			Since:    f.Since.String(),
			RecordID: f.RecordID,
		}
		if f.RecordID != 0 {
			o.ReviewURL = reviewURL(f.RecordID, f.Claim)
		}
		if o.Title == "" {
			o.Title = "(untitled)"
		}
		v.Open = append(v.Open, o)
	}
	v.Relevant = groups(relevant, claims, order, claimURL)

	counts := plural(sum.New, "new record", "new records") + ": " + strconv.Itoa(sum.Flagged) + " flagged"
	if sum.Flagged > 0 {
		counts += " (bearing on " + plural(len(flaggedClaims), "claim", "claims") + ")"
	}
	v.Counts = counts + fmt.Sprintf(", %d other relevant, %d not relevant.", sum.Relevant, sum.Other)
	switch v.Other {
	case 0:
		v.OtherText = "No other new records."
	case 1:
		v.OtherText = "1 other new record bears on none of your claims:"
	default:
		v.OtherText = fmt.Sprintf("%d other new records bear on none of your claims:", v.Other)
	}
	if n := v.Other - len(v.Unrelated); n > 0 {
		noun := "records"
		if n == 1 {
			noun = "record"
		}
		v.MoreText = fmt.Sprintf("… and %d more %s, not listed here; the JSON digest lists them all.", n, noun)
	}
	return v
}

// unreached names each failed source with the cause of its first error:
// "pubmed (HTTP 503 Service Unavailable), europepmc (dial tcp: lookup
// www.ebi.ac.uk: no such host)".
func unreached(sources []Source) string {
	parts := make([]string, 0, len(sources))
	for _, s := range sources {
		if s.Name == MailSource {
			continue
		}
		name := orDash(clean(s.Name))
		if len(s.Errors) == 0 {
			parts = append(parts, name)
			continue
		}
		parts = append(parts, name+" ("+failureCause(s.Errors[0])+")")
	}
	return strings.Join(parts, ", ")
}

// fetchPrefix matches where the fetcher names the request that failed
// ("fetch URL: " or "GET URL: "); what follows is the cause.
var fetchPrefix = regexp.MustCompile(`(?:^|: )(?:fetch|GET) \S+: `)

// maxCause bounds a failure's cause in the headline.
const maxCause = 120

// failureCause is the part of a source's error that says why it failed:
// the text after the last request it names (the endpoint is in the
// sources section), at most maxCause characters.
func failureCause(e string) string {
	e = clean(e)
	if locs := fetchPrefix.FindAllStringIndex(e, -1); len(locs) > 0 {
		if rest := e[locs[len(locs)-1][1]:]; rest != "" {
			e = rest
		}
	}
	if utf8.RuneCountInString(e) > maxCause {
		r := []rune(e)
		e = strings.TrimSpace(string(r[:maxCause-1])) + "…"
	}
	return e
}

func flaggedOnly(as []Assessment) []Assessment {
	var out []Assessment
	for _, a := range as {
		if a.Flagged {
			out = append(out, a)
		}
	}
	return out
}

func newItem(r Record, a Assessment, full bool) item {
	it := item{
		Title:     clean(r.Title),
		URL:       recordLink(r),
		Signal:    clean(a.Signal),
		Level:     clean(a.Level),
		Direction: clean(a.Direction),
	}
	if it.Title == "" {
		it.Title = "(untitled)"
	}
	if u := clean(r.Update); u != "" {
		it.Meta = append(it.Meta, "updated: "+u)
	}
	if full {
		if au := authorsText(r.Authors); au != "" {
			it.Meta = append(it.Meta, au)
		}
	}
	if r.Year > 0 {
		it.Meta = append(it.Meta, strconv.Itoa(r.Year))
	}
	if s := clean(r.Journal); s != "" {
		it.Meta = append(it.Meta, s)
	}
	if s := clean(r.Design); s != "" {
		it.Meta = append(it.Meta, word(s))
	}
	if a.N > 0 {
		it.Meta = append(it.Meta, plural(a.N, "participant", "participants"))
	}
	for _, id := range [][3]string{{"PMID", "PMID", r.PMID}, {"DOI", "DOI", r.DOI}, {"PMCID", "PMCID", r.PMCID}, {"NCT", "", r.NCT},
		{"PPR", "Europe PMC", r.PPR}, {"OpenAlex", "OpenAlex", r.OpenAlex}} {
		if s := clean(id[2]); s != "" {
			it.IDs = append(it.IDs, idLink{Label: id[1], ID: s, URL: safeURL(identifierURL(id[0], s))})
		}
	}
	for _, s := range a.Reasons {
		if s = clean(s); s != "" {
			// Each reason is a sentence, so they read one after another.
			if !strings.ContainsAny(s[len(s)-1:], ".!?") {
				s += "."
			}
			it.Reasons = append(it.Reasons, s)
		}
	}
	if full {
		for _, s := range a.Evidence {
			if s = clean(s); s != "" {
				it.Evidence = append(it.Evidence, s)
			}
		}
	}
	for _, o := range r.Assessments {
		if o.Claim == a.Claim {
			continue
		}
		note := word(clean(o.Signal))
		if o.Flagged {
			note = "also flagged"
		}
		if note == "" {
			it.Also = append(it.Also, clean(o.Claim))
		} else {
			it.Also = append(it.Also, clean(o.Claim)+" ("+note+")")
		}
	}
	return it
}

// groups puts items under their claims: listed claims in display order,
// then any others by id.
func groups(items map[string][]item, claims map[string]ClaimInfo, order map[string]int, claimURL func(string) string) []group {
	ids := make([]string, 0, len(items))
	for id := range items {
		ids = append(ids, id)
	}
	slices.SortFunc(ids, func(a, b string) int { return compareClaims(order, a, b) })
	out := make([]group, 0, len(ids))
	for _, id := range ids {
		c, known := claims[id]
		out = append(out, group{
			ID:        orDash(clean(id)),
			Statement: clean(c.Statement),
			Verdict:   clean(c.Verdict),
			AsOf:      c.AsOf,
			Known:     known,
			Items:     items[id],
			URL:       claimLink(known, id, claimURL),
		})
	}
	return out
}

// claimLink is the page of a claim in the digest's list, "" for others.
func claimLink(known bool, id string, claimURL func(string) string) string {
	if !known {
		return ""
	}
	return claimURL(id)
}

func windowText(from, to Date) string {
	switch {
	case from.IsZero() && to.IsZero():
		return "unknown"
	case from.IsZero():
		return "up to " + to.String()
	case to.IsZero():
		return "from " + from.String()
	case from == to:
		return from.String()
	}
	return from.String() + " to " + to.String()
}

// period is "this week" for a window of at most seven days.
func period(w Window) string {
	if w.From.IsZero() || w.To.IsZero() || w.To.Time().Sub(w.From.Time()).Hours() < 7*24 {
		return "this week"
	}
	return "in this window"
}

func authorsText(authors []string) string {
	var names []string
	for _, a := range authors {
		if a = clean(a); a != "" {
			names = append(names, a)
		}
	}
	switch len(names) {
	case 0:
		return ""
	case 1:
		return names[0]
	case 2:
		return names[0] + ", " + names[1]
	}
	return names[0] + " et al."
}

func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return strconv.Itoa(n) + " " + many
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

// maxText bounds any one untrusted text in a rendered digest.
const maxText = 1000

// clean makes untrusted text safe to lay out: runs of white space (line
// breaks included) become one space, control and bidirectional-override
// characters are dropped (they could drive a terminal or disguise text),
// and overlong text is cut with an ellipsis.
func clean(s string) string {
	var b strings.Builder
	space := false
	n := 0
	for _, r := range s {
		switch {
		case unicode.IsSpace(r):
			space = true
			continue
		case unicode.IsControl(r), isBidiControl(r):
			continue
		}
		if n >= maxText {
			b.WriteString("…")
			break
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
			n++
		}
		space = false
		b.WriteRune(r)
		n++
	}
	return b.String()
}

func isBidiControl(r rune) bool {
	return r == 0x061C || r == 0x200E || r == 0x200F ||
		(r >= 0x202A && r <= 0x202E) || (r >= 0x2066 && r <= 0x2069)
}
