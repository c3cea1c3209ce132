package pubmed

import (
	"bytes"
	"os"
	"testing"

	"github.com/litwatch/litwatch/store"
)

// BenchmarkParseFileStd is BenchmarkParseFile (bench_xtract_test.go) with
// encoding/xml alone, the parser before the fast path, for comparison.
//
//	LITWATCH_PUBMED_XML=/tmp/pubmed.xml go test ./crawler/pubmed -run '^$' -bench ParseFile -benchtime 3x
func BenchmarkParseFileStd(b *testing.B) {
	path := os.Getenv("LITWATCH_PUBMED_XML")
	if path == "" {
		b.Skip("set LITWATCH_PUBMED_XML to a PubMed efetch file (bench/xtract.sh writes one)")
	}
	doc, err := os.ReadFile(path)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(doc)))
	b.ReportAllocs()
	n, total := 0, 0
	b.ResetTimer()
	for b.Loop() {
		n, err = parseArticlesStd(bytes.NewReader(doc), func(store.Record) error { return nil })
		if err != nil || n == 0 {
			b.Fatalf("parsed %d articles: %v", n, err)
		}
		total += n
	}
	b.ReportMetric(float64(total)/b.Elapsed().Seconds(), "records/s")
}
