package export

import (
	"crypto/sha1" //nolint:gosec // UUID version 5 is defined with SHA-1; not used for security
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/litwatch/litwatch/store"
)

// FeedInfo describes the Atom feed WriteAtom writes.
type FeedInfo struct {
	Title    string    // e.g. "litwatch: possible updates to your claims"
	ID       string    // permanent absolute IRI of the feed, e.g. "tag:example.org,2026:litwatch" or "urn:uuid:…"
	SelfLink string    // where the feed is published (absolute http(s) URL); optional
	Updated  time.Time // when the feed last changed; zero means the newest flagged record's entry date, or now if none has one
	// Claims maps claim ids to their statements, so entries can quote the
	// claim rather than just name it; optional.
	Claims map[string]string
}

// DefaultFeed is the feed Write uses for "atom": a fixed title and id,
// updated as of the newest flagged record.
func DefaultFeed() FeedInfo {
	return FeedInfo{
		Title: "litwatch: possible updates to your claims",
		ID:    "urn:uuid:" + uuid5("litwatch feed"),
	}
}

type atomFeed struct {
	XMLName   xml.Name      `xml:"http://www.w3.org/2005/Atom feed"`
	Title     atomText      `xml:"title"`
	ID        string        `xml:"id"`
	Updated   string        `xml:"updated"`
	Links     []atomLink    `xml:"link"`
	Author    atomPerson    `xml:"author"`
	Generator atomGenerator `xml:"generator"`
	Entries   []atomEntry   `xml:"entry"`
}

type atomEntry struct {
	Title      atomText       `xml:"title"`
	ID         string         `xml:"id"`
	Updated    string         `xml:"updated"`
	Links      []atomLink     `xml:"link"`
	Categories []atomCategory `xml:"category"`
	Summary    atomText       `xml:"summary"`
}

type atomText struct {
	Type string `xml:"type,attr,omitempty"`
	Text string `xml:",chardata"`
}

type atomLink struct {
	Rel  string `xml:"rel,attr,omitempty"`
	Type string `xml:"type,attr,omitempty"`
	Href string `xml:"href,attr"`
}

type atomPerson struct {
	Name string `xml:"name"`
}

type atomGenerator struct {
	URI  string `xml:"uri,attr,omitempty"`
	Text string `xml:",chardata"`
}

type atomCategory struct {
	Term  string `xml:"term,attr"`
	Label string `xml:"label,attr,omitempty"`
}

// WriteAtom writes an Atom 1.0 feed (RFC 4287) of the open flags in items:
// one entry per flagged record and claim not yet decided (Item.Decided), in
// item order; a decided flag leaves the feed, a reopened one returns. An entry's id is
// "urn:uuid:" and a name-based (version 5) UUID of the feed id, the record
// and the claim, so it stays the same however often the feed is written;
// its updated time is the record's entry date (the feed's if unknown); its
// link is the record on PubMed, doi.org or ClinicalTrials.gov; its summary
// gives the claim, the signal, the reasons and the quoted evidence as
// plain text.
func WriteAtom(w io.Writer, feed FeedInfo, items []Item) error {
	if err := checkFeed(feed); err != nil {
		return fmt.Errorf("export: write atom: %w", err)
	}
	f := atomFeed{
		Title:     atomText{Type: "text", Text: clean(feed.Title)},
		ID:        strings.TrimSpace(feed.ID),
		Author:    atomPerson{Name: "litwatch"},
		Generator: atomGenerator{URI: "https://github.com/litwatch/litwatch", Text: "litwatch"},
	}
	if s := strings.TrimSpace(feed.SelfLink); s != "" {
		f.Links = append(f.Links, atomLink{Rel: "self", Type: "application/atom+xml", Href: s})
	}

	updated := feed.Updated
	latest := time.Time{}
	for _, it := range items {
		if slices.ContainsFunc(it.Assessments, func(a store.Assessment) bool { return openFlag(it, a) }) && it.Record.EntryDate.After(latest) {
			latest = it.Record.EntryDate
		}
	}
	if updated.IsZero() {
		updated = latest
	}
	if updated.IsZero() {
		updated = time.Now()
	}
	f.Updated = atomTime(updated)

	for _, it := range items {
		r := it.Record
		for _, a := range it.Assessments {
			if !openFlag(it, a) { // decided flags leave the feed
				continue
			}
			claim := clean(a.Claim)
			title := clean(r.Title)
			if title == "" {
				title = "(untitled)"
			}
			e := atomEntry{
				Title:   atomText{Type: "text", Text: "Possible update to " + orDash(claim) + ": " + title},
				ID:      "urn:uuid:" + uuid5(f.ID+"\x00"+recordKey(r)+"\x00"+claim),
				Updated: f.Updated,
				Summary: atomText{Type: "text", Text: atomSummary(it, a, feed.Claims[a.Claim])},
			}
			if !r.EntryDate.IsZero() {
				e.Updated = atomTime(r.EntryDate)
			}
			if u := recordURL(r); u != "" {
				e.Links = append(e.Links, atomLink{Rel: "alternate", Type: "text/html", Href: u})
			}
			if claim != "" {
				e.Categories = append(e.Categories, atomCategory{Term: claim, Label: clean(feed.Claims[a.Claim])})
			}
			f.Entries = append(f.Entries, e)
		}
	}

	if _, err := io.WriteString(w, xml.Header); err != nil {
		return fmt.Errorf("export: write atom: %w", err)
	}
	enc := xml.NewEncoder(w)
	enc.Indent("", "  ")
	if err := enc.Encode(f); err != nil {
		return fmt.Errorf("export: write atom: %w", err)
	}
	if _, err := io.WriteString(w, "\n"); err != nil {
		return fmt.Errorf("export: write atom: %w", err)
	}
	return nil
}

func checkFeed(feed FeedInfo) error {
	if clean(feed.Title) == "" {
		return errors.New("feed title is empty")
	}
	id := strings.TrimSpace(feed.ID)
	if u, err := url.Parse(id); err != nil || u.Scheme == "" || strings.ContainsAny(id, " \t\r\n") {
		return fmt.Errorf("feed id %q is not an absolute IRI (e.g. tag:example.org,2026:litwatch)", feed.ID)
	}
	if s := strings.TrimSpace(feed.SelfLink); s != "" {
		u, err := url.Parse(s)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			return fmt.Errorf("feed self link %q is not an absolute http(s) URL", feed.SelfLink)
		}
	}
	return nil
}

// atomSummary says why the entry is there, as plain text.
func atomSummary(it Item, a store.Assessment, statement string) string {
	var lines []string
	claim := orDash(clean(a.Claim))
	if s := clean(statement); s != "" {
		lines = append(lines, "Claim "+claim+": "+s)
	} else {
		lines = append(lines, "Claim "+claim)
	}
	lines = append(lines, "Signal: "+signalText(a))
	if rs := cleanAll(a.Reasons); len(rs) > 0 {
		lines = append(lines, "Why: "+strings.Join(rs, "; "))
	}
	for _, e := range cleanAll(a.Evidence) {
		lines = append(lines, "It says: “"+e+"”")
	}
	var meta []string
	if j := clean(it.Record.Journal); j != "" {
		meta = append(meta, j)
	}
	if it.Record.Year > 0 {
		meta = append(meta, strconv.Itoa(it.Record.Year))
	}
	if d := design(it); d != "" {
		meta = append(meta, d)
	}
	for _, id := range [][2]string{{"PMID ", it.Record.PMID}, {"DOI ", it.Record.DOI}, {"", it.Record.NCT}} {
		if v := clean(id[1]); v != "" {
			meta = append(meta, id[0]+v)
		}
	}
	if len(meta) > 0 {
		lines = append(lines, "Record: "+strings.Join(meta, ", "))
	}
	return strings.Join(lines, "\n")
}

func atomTime(t time.Time) string { return t.UTC().Truncate(time.Second).Format(time.RFC3339) }

// recordKey names a record for entry ids: its store id, else its first
// identifier, else its title.
func recordKey(r store.Record) string {
	switch {
	case r.ID != 0:
		return "id:" + strconv.FormatInt(r.ID, 10)
	case clean(r.PMID) != "":
		return "pmid:" + clean(r.PMID)
	case clean(r.DOI) != "":
		return "doi:" + strings.ToLower(clean(r.DOI))
	case clean(r.NCT) != "":
		return "nct:" + strings.ToUpper(clean(r.NCT))
	}
	return "title:" + clean(r.Title)
}

// uuid5 is the RFC 9562 version 5 UUID of name in the URL namespace.
func uuid5(name string) string {
	ns := [16]byte{0x6b, 0xa7, 0xb8, 0x11, 0x9d, 0xad, 0x11, 0xd1, 0x80, 0xb4, 0x00, 0xc0, 0x4f, 0xd4, 0x30, 0xc8}
	h := sha1.New() //nolint:gosec // required by the UUID v5 definition
	h.Write(ns[:])
	h.Write([]byte(name))
	var u [16]byte
	copy(u[:], h.Sum(nil))
	u[6] = u[6]&0x0f | 0x50
	u[8] = u[8]&0x3f | 0x80
	return fmt.Sprintf("%x-%x-%x-%x-%x", u[0:4], u[4:6], u[6:8], u[8:10], u[10:16])
}
