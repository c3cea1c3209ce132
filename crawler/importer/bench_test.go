package importer

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/litwatch/litwatch/store"
)

// BenchmarkImportFile imports the PubMed XML file named by
// LITWATCH_IMPORT_XML (bench/import.sh makes one) into a new store.
func BenchmarkImportFile(b *testing.B) {
	path := os.Getenv("LITWATCH_IMPORT_XML")
	if path == "" {
		b.Skip("set LITWATCH_IMPORT_XML to a PubMed XML file (bench/import.sh)")
	}
	ctx := context.Background()
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		db, err := store.Open(ctx, filepath.Join(b.TempDir(), "b.db"))
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		res, err := Import(ctx, db, path, Options{})
		if err != nil {
			b.Fatal(err)
		}
		// closing writes the WAL into the database: part of the import
		if err := db.Close(); err != nil {
			b.Fatal(err)
		}
		b.StopTimer()
		b.ReportMetric(float64(res.New)/b.Elapsed().Seconds()*float64(i+1), "records/s")
		b.StartTimer()
	}
}
