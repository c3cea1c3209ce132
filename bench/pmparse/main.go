// Command pmparse parses a PubMed efetch document with litwatch's parser
// (crawler/pubmed.ParseArticles) and prints one tab-separated line per
// record, the fields litwatch extracts, as xtract would: the
// process-level counterpart of `xtract -input FILE -pattern PubmedArticle
// -element ...` in bench/xtract.sh.
//
//	go build -o /tmp/pmparse ./bench/pmparse && /tmp/pmparse FILE > /dev/null
package main

import (
	"bufio"
	"fmt"
	"os"
	"strconv"
	"strings"

	"github.com/litwatch/litwatch/crawler/pubmed"
)

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: pmparse FILE")
		os.Exit(2)
	}
	f, err := os.Open(os.Args[1])
	if err != nil {
		fmt.Fprintln(os.Stderr, "pmparse:", err)
		os.Exit(1)
	}
	defer f.Close()
	recs, err := pubmed.ParseArticles(bufio.NewReaderSize(f, 1<<20))
	if err != nil {
		fmt.Fprintln(os.Stderr, "pmparse:", err)
		os.Exit(1)
	}
	w := bufio.NewWriterSize(os.Stdout, 1<<20)
	// One line per record, as xtract prints: structured abstracts keep
	// their sections on lines of their own in litwatch.
	flat := strings.NewReplacer("\n", " ", "\t", " ")
	for _, r := range recs {
		var links []string
		for _, l := range r.Links {
			links = append(links, l.Type+":"+l.PMID)
		}
		fields := []string{r.PMID, r.Title, r.Abstract, r.Journal, strconv.Itoa(r.Year), r.PubDate,
			strings.Join(r.Authors, "|"), r.Language, strings.Join(r.PubTypes, "|"), strings.Join(r.MeSH, "|"),
			strings.Join(r.Keywords, "|"), r.DOI, r.PMCID, strings.Join(links, "|"), r.EntryDate.Format("2006-01-02")}
		for i, f := range fields {
			if i > 0 {
				w.WriteByte('\t')
			}
			flat.WriteString(w, f)
		}
		w.WriteByte('\n')
	}
	if err := w.Flush(); err != nil {
		fmt.Fprintln(os.Stderr, "pmparse:", err)
		os.Exit(1)
	}
	fmt.Fprintf(os.Stderr, "pmparse: %d records\n", len(recs))
}
