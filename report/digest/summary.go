package digest

import (
	"slices"
	"strconv"
	"strings"
)

// ClaimSummary is one claim's line at the top of a digest: what this
// digest brings for it. It is part of the JSON contract ("summary" →
// "claims").
type ClaimSummary struct {
	Claim string `json:"claim"`
	// Records counts the new records that bear on the claim, flagged ones
	// included; Flagged those flagged on it.
	Records int `json:"records"`
	Flagged int `json:"flagged"`
	// Open counts the flags on the claim raised by earlier digests and
	// still undecided (those listed under "open_flags").
	Open int `json:"open"`
	// BasisAlerts counts the alerts about the claim's own basis.
	BasisAlerts int `json:"basis_alerts"`
	// Signal and Level are those of the strongest assessment of a new
	// record on the claim (flagged first, then by level, then by signal):
	// codes, as in "assessments". Empty when no new record bears on it.
	Signal string `json:"signal,omitempty"`
	Level  string `json:"level,omitempty"`
	// Line says all of it in words, as the human formats show it:
	// "C1: 2 new relevant records, 1 flagged; strongest signal:
	// contradicts (level high)."
	Line string `json:"line"`
}

// claimSummaries is one ClaimSummary per claim: the digest's claims in
// display order, then any other claim a record, open flag or basis alert
// names, by id. Never nil.
func claimSummaries(d *Doc) []ClaimSummary {
	order := claimOrder(d.Claims)
	var ids []string
	byID := map[string]*ClaimSummary{}
	strongest := map[string]Assessment{}
	get := func(id string) *ClaimSummary {
		if s, ok := byID[id]; ok {
			return s
		}
		s := &ClaimSummary{Claim: id}
		byID[id] = s
		ids = append(ids, id)
		return s
	}
	for _, c := range d.Claims {
		get(c.ID)
	}
	for _, r := range d.Records {
		seen := map[string]bool{}
		for _, a := range r.Assessments {
			if seen[a.Claim] {
				continue // one record counts once per claim
			}
			seen[a.Claim] = true
			s := get(a.Claim)
			s.Records++
			best := a
			// The same record may carry a second assessment for the claim.
			for _, b := range r.Assessments {
				if b.Claim == a.Claim && stronger(b, best) {
					best = b
				}
			}
			if best.Flagged {
				s.Flagged++
			}
			if cur, ok := strongest[a.Claim]; !ok || stronger(best, cur) {
				strongest[a.Claim] = best
			}
		}
	}
	for _, f := range d.OpenFlags {
		get(f.Claim).Open++
	}
	for _, b := range d.BasisAlerts {
		get(b.Claim).BasisAlerts++
	}
	sortClaimIDs(ids, order)
	out := make([]ClaimSummary, 0, len(ids))
	for _, id := range ids {
		s := byID[id]
		if a, ok := strongest[id]; ok {
			s.Signal, s.Level = a.Signal, a.Level
		}
		s.Line = summaryLine(*s)
		out = append(out, *s)
	}
	return out
}

func sortClaimIDs(ids []string, order map[string]int) {
	slices.SortStableFunc(ids, func(a, b string) int { return compareClaims(order, a, b) })
}

// summaryLine says a ClaimSummary in words: "C1: 2 new relevant records,
// 1 flagged; strongest signal: contradicts (level high); 1 flag still open
// from earlier digests." Its texts are cleaned, not escaped.
func summaryLine(s ClaimSummary) string {
	var b strings.Builder
	b.WriteString(orDash(clean(s.Claim)))
	b.WriteString(": ")
	if s.Records == 0 {
		b.WriteString("no new relevant record")
	} else {
		b.WriteString(plural(s.Records, "new relevant record", "new relevant records"))
		if s.Flagged == 0 {
			b.WriteString(", none flagged")
		} else {
			b.WriteString(", " + strconv.Itoa(s.Flagged) + " flagged")
		}
		if sig := clean(s.Signal); sig != "" {
			b.WriteString("; strongest signal: " + word(sig))
			if lv := clean(s.Level); lv != "" {
				b.WriteString(" (level " + word(lv) + ")")
			}
		}
	}
	if s.Open > 0 {
		b.WriteString("; " + plural(s.Open, "flag", "flags") + " still open from earlier digests")
	}
	if s.BasisAlerts > 0 {
		b.WriteString("; " + plural(s.BasisAlerts, "alert", "alerts") + " about its basis")
	}
	b.WriteString(".")
	return b.String()
}
