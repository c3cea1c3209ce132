package main

import (
	"context"
	"flag"
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/litwatch/litwatch/crawler/importer"
	"github.com/litwatch/litwatch/internal/cmdline"
	"github.com/litwatch/litwatch/internal/progress"
)

func importCommand() command {
	var (
		known  bool
		format string
	)
	return command{
		name: "import", summary: "store the records of PubMed XML, MEDLINE (nbib) or RIS files", db: createDB,
		usage: `Usage: litwatch import [--known] [--format FORMAT] [--config FILE] [--db FILE] FILE...

Stores the records of each FILE as crawled records are stored: merged with
a stored copy of the same work (by PMID, DOI, PMCID, NCT number or title),
assessed and reported by the next digest. FILE is PubMed XML (an efetch
result or NLM's annual baseline / daily update files), MEDLINE (PubMed's
.nbib export) or RIS, plain or gzip-compressed (.gz); the format is told
from the file's start unless --format names it. A file is read as a stream:
memory stays flat whatever its size.

With --known, the records are already known (the basis review's included
studies, say): stored, searchable and assessed now, but never reported as
new, not even when a source delivers them later.

Records without a title or any identifier are not stored and are counted.
A file that breaks off keeps the records stored before the break.`,
		words: true,
		flags: func(fs *flag.FlagSet) {
			fs.BoolVar(&known, "known", false, "the records are already known: stored and assessed, never reported as new")
			fs.StringVar(&format, "format", "", "the files' format: "+strings.Join(importer.Formats(), ", ")+" (default: told from each file)")
		},
		check: func(words []string) error {
			if len(words) == 0 {
				return cmdline.Usagef("name at least one FILE to import")
			}
			if format != "" && !isImportFormat(format) {
				return cmdline.Usagef("--format: unknown format %q (want one of %s)", format, strings.Join(importer.Formats(), ", "))
			}
			return nil
		},
		run: func(ctx context.Context, c *call) error {
			// Records not marked known are assessed only by the next
			// cycle: indexed for search as they are stored, while the
			// file is still read, not all at the import's end.
			c.app.db.SetIndexWhenStored(!known)
			for _, path := range c.words {
				line := progress.New(c.env.progress)
				res, err := importer.Import(ctx, c.app.db, path, importer.Options{Format: format, Known: known,
					Progress: func(read int64, r importer.Result) { line.File(path, read, r.Size, r.Read, r.New) }})
				line.End()
				if res.Format == "" { // the file could not be opened or read
					return err
				}
				fmt.Fprintf(c.stdout, "%s (%s): %d records read, %d new, %d merged with stored records", path, res.Format, res.Read, res.New, res.Updated)
				if res.Skipped > 0 {
					fmt.Fprintf(c.stdout, ", %d not stored (%s)", res.Skipped, skipText(res.SkipReasons))
				}
				fmt.Fprintln(c.stdout)
				if err != nil && res.New+res.Updated > 0 {
					return fmt.Errorf("%w (the %d records stored before it stay stored)", err, res.New+res.Updated)
				}
				if err != nil {
					return err
				}
				if known {
					n, err := c.app.reporter().AssessRecords(ctx, res.KnownIDs)
					if err != nil {
						return fmt.Errorf("import %s: the records are stored but could not be assessed: %w", path, err)
					}
					fmt.Fprintf(c.stdout, "  marked already known and assessed: %d records (never reported as new)\n", n)
				}
				c.app.log.Info("import done", "file", path, "format", res.Format, "read", res.Read, "new", res.New, "merged", res.Updated, "skipped", res.Skipped, "known", known)
			}
			if !known {
				fmt.Fprintln(c.stdout, "The new records are assessed and reported by the next `litwatch run`.")
			}
			return nil
		},
	}
}

func isImportFormat(f string) bool {
	for _, g := range importer.Formats() {
		if f == g {
			return true
		}
	}
	return false
}

// skipText says why records were not stored: "3 with no title, …".
func skipText(reasons map[string]int) string {
	var parts []string
	for _, why := range slices.Sorted(maps.Keys(reasons)) {
		parts = append(parts, fmt.Sprintf("%d with %s", reasons[why], why))
	}
	return strings.Join(parts, "; ")
}
