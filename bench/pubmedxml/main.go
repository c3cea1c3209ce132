// Command pubmedxml writes a large PubMed efetch document in the real
// format, for parsing benchmarks: the PubmedArticle elements of the real
// efetch fixtures in crawler/pubmed/testdata (byte for byte), repeated in
// turn until the file reaches -size, each copy with its own PMID.
//
//	go run ./bench/pubmedxml -size 200 -out /tmp/pubmed-200mb.xml
package main

import (
	"bytes"
	"encoding/xml"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
)

func main() {
	size := flag.Int("size", 200, "approximate size of the document in MB (10^6 bytes)")
	out := flag.String("out", "", "file to write (required)")
	dir := flag.String("fixtures", "crawler/pubmed/testdata", "directory of the efetch fixtures")
	unique := flag.Bool("unique", false, "make every copy a work of its own (its DOI, PMC id and title too), so that a store keeps each")
	flag.Parse()
	if *out == "" {
		fmt.Fprintln(os.Stderr, "pubmedxml: -out is required")
		os.Exit(2)
	}
	n, err := write(*out, *dir, int64(*size)*1_000_000, *unique)
	if err != nil {
		fmt.Fprintln(os.Stderr, "pubmedxml:", err)
		os.Exit(1)
	}
	fmt.Printf("%s: %d articles\n", *out, n)
}

// articles returns the PubmedArticle elements of the real efetch fixtures.
func articles(dir string) ([][]byte, error) {
	files, err := filepath.Glob(filepath.Join(dir, "efetch-pubmed-*.xml"))
	if err != nil {
		return nil, err
	}
	var out [][]byte
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			return nil, err
		}
		d := xml.NewDecoder(bytes.NewReader(data))
		for {
			start := d.InputOffset()
			tok, err := d.Token()
			if errors.Is(err, io.EOF) {
				break
			}
			if err != nil {
				return nil, fmt.Errorf("%s: %w", f, err)
			}
			if se, ok := tok.(xml.StartElement); ok && se.Name.Local == "PubmedArticle" {
				if err := d.Skip(); err != nil {
					return nil, fmt.Errorf("%s: %w", f, err)
				}
				out = append(out, data[start:d.InputOffset()])
			}
		}
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("no PubmedArticle in %s/efetch-pubmed-*.xml", dir)
	}
	return out, nil
}

var (
	pmidRE = regexp.MustCompile(`<PMID Version="(\d+)">\d+</PMID>`)
	// With -unique: the article's other identifiers and its title.
	doiRE   = regexp.MustCompile(`(<(?:ArticleId IdType="doi"|ELocationID EIdType="doi"[^>]*)>)([^<]+)(</)`)
	pmcRE   = regexp.MustCompile(`(<ArticleId IdType="pmc">)PMC\d+(</ArticleId>)`)
	ownRE   = regexp.MustCompile(`(<ArticleId IdType="pubmed">)\d+(</ArticleId>)`)
	titleRE = regexp.MustCompile(`(<ArticleTitle>)`)
)

// uniqueCopy gives copy n of an article its own DOI, PMC id, PubMed
// ArticleId and a title of its own, leaving its reference list alone.
func uniqueCopy(a []byte, n int) []byte {
	body, refs := a, []byte(nil)
	if i := bytes.Index(a, []byte("<ReferenceList")); i >= 0 {
		body, refs = a[:i], a[i:]
	}
	id := strconv.Itoa(n)
	body = doiRE.ReplaceAll(body, []byte("${1}${2}.copy"+id+"${3}"))
	body = pmcRE.ReplaceAll(body, []byte("${1}PMC"+strconv.Itoa(40_000_000+n)+"${2}"))
	body = ownRE.ReplaceAll(body, []byte("${1}"+strconv.Itoa(30_000_000+n)+"${2}"))
	body = titleRE.ReplaceAll(body, []byte("${1}Copy "+id+": "))
	return append(append([]byte(nil), body...), refs...)
}

func write(path, dir string, size int64, unique bool) (int, error) {
	arts, err := articles(dir)
	if err != nil {
		return 0, err
	}
	f, err := os.Create(path)
	if err != nil {
		return 0, err
	}
	head := "<?xml version=\"1.0\" ?>\n<!DOCTYPE PubmedArticleSet PUBLIC \"-//NLM//DTD PubMedArticle, 1st January 2025//EN\" \"https://dtd.nlm.nih.gov/ncbi/pubmed/out/pubmed_250101.dtd\">\n<PubmedArticleSet>\n"
	written, err := io.WriteString(f, head)
	total := int64(written)
	n := 0
	for ; err == nil && total < size; n++ {
		a := arts[n%len(arts)]
		// The article's own PMID (the first one) becomes unique.
		loc := pmidRE.FindSubmatchIndex(a)
		copyA := append(append(append([]byte(nil), a[:loc[0]]...),
			[]byte(`<PMID Version="`+string(a[loc[2]:loc[3]])+`">`+strconv.Itoa(30_000_000+n)+`</PMID>`)...), a[loc[1]:]...)
		if unique {
			copyA = uniqueCopy(copyA, n)
		}
		copyA = append(copyA, '\n')
		written, err = f.Write(copyA)
		total += int64(written)
	}
	if err == nil {
		_, err = io.WriteString(f, "</PubmedArticleSet>\n")
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return n, err
}
