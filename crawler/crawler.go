// Package crawler collects new public records from literature sources.
//
// Each source lives in its own sub-package (crawler/pubmed, ...) split into
// client.go (requests and paging over the shared polite Fetcher), wire.go
// (structs mirroring the API) and adapter.go (wire -> store.Record).
// Run drives every enabled source for one cycle and saves what they deliver
// through the store, moving a source's watermark only when it succeeded.
//
// What the sources share lives here too: the checks of their Config and
// of the window they are asked for (source.go), the per-Fetch set of
// records and cursors already met (Seen) and text helpers for their
// adapters (text.go). Their fake servers and tests share
// crawler/crawlertest. Sub-packages import crawler, never the reverse.
//
// A source logs through the logger its New is given, as it is: the caller
// names it (log.With("source", name)), so that each key appears once on a
// line. A nil logger discards the output.
package crawler

import (
	"context"
	"time"

	"github.com/litwatch/litwatch/store"
)

// Window is the span of index dates a source is asked for. Both ends are
// inclusive days in UTC.
type Window struct {
	From time.Time
	To   time.Time
}

// Emit receives one batch of records from a source. A source must stop and
// return the error if Emit fails.
type Emit func(ctx context.Context, batch []store.Record) error

// Source is one place records come from.
type Source interface {
	// Name is the source's stable name, used for its watermark and in
	// digests ("pubmed", "europepmc", ...).
	Name() string
	// Fetch delivers every record the source indexed within w to emit, in
	// batches. It returns an error if it could not deliver all of them.
	Fetch(ctx context.Context, w Window, emit Emit) error
}
