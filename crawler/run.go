package crawler

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"github.com/litwatch/litwatch/store"
)

// Options control one crawl.
type Options struct {
	// Since is where a source with no watermark starts.
	Since time.Time
	// Overlap is how far before its watermark a source re-reads, because
	// index dates are days and records can appear late with an old date.
	Overlap time.Duration
	// Now gives today's date; defaults to time.Now.
	Now func() time.Time
	Log *slog.Logger
	// SourceTimeout bounds each source's crawl: a source still running
	// then is stopped and fails (its watermark kept); the others still
	// run. 0 means no bound.
	SourceTimeout time.Duration
	// Progress, if set, is called after each saved batch with the
	// source's running counts (for a progress line on a terminal).
	Progress func(source string, fetched, new int)
}

// errSourceDeadline is the cause of a source's context when its
// SourceTimeout passes.
var errSourceDeadline = errors.New("the source's deadline passed")

// Run asks every source for what is new since its watermark and saves it
// in the store under runID, batch by batch. A source that fails keeps its
// watermark, and its error is in its result; the others carry on.
func Run(ctx context.Context, db *store.DB, runID int64, sources []Source, opts Options) []store.SourceResult {
	if opts.Now == nil {
		opts.Now = time.Now
	}
	log := Logger(opts.Log)
	today := Day(opts.Now())
	var results []store.SourceResult
	for _, src := range sources {
		res := runSource(ctx, db, runID, src, today, opts, log)
		results = append(results, res)
	}
	return results
}

func runSource(ctx context.Context, db *store.DB, runID int64, src Source, today time.Time, opts Options, log *slog.Logger) store.SourceResult {
	res := store.SourceResult{Name: src.Name(), To: today, Errors: []string{}}
	log = log.With("source", src.Name())
	from := Day(opts.Since)
	res.From = from
	if err := ctx.Err(); err != nil {
		// Record the source as not run, so the run shows every source.
		res.Errors = append(res.Errors, fmt.Sprintf("%s: not started, the run was cancelled: %v", src.Name(), err))
		return finishSource(ctx, db, runID, res, log)
	}
	mark, ok, err := db.Watermark(ctx, src.Name())
	if err != nil {
		res.Errors = append(res.Errors, err.Error())
		return finishSource(ctx, db, runID, res, log)
	}
	if ok {
		from = Day(mark.Add(-opts.Overlap))
	}
	if from.After(today) {
		from = today
	}
	res.From = from
	start := time.Now()
	log.Info("crawl started", "from", from.Format(time.DateOnly), "to", today.Format(time.DateOnly))
	fctx := ctx
	if opts.SourceTimeout > 0 {
		var cancel context.CancelFunc
		fctx, cancel = context.WithTimeoutCause(ctx, opts.SourceTimeout, errSourceDeadline)
		defer cancel()
	}
	err = src.Fetch(fctx, Window{From: from, To: today}, func(ctx context.Context, batch []store.Record) error {
		saved, err := db.SaveBatch(ctx, runID, src.Name(), batch)
		if err != nil {
			return err
		}
		res.Fetched += len(batch)
		res.New += saved.New
		res.AddSkips(saved.SkipReasons)
		if saved.Skipped > 0 {
			log.Warn("records not stored", "skipped", saved.Skipped, "reasons", saved.SkipReasons)
		}
		if opts.Progress != nil {
			opts.Progress(src.Name(), res.Fetched, res.New)
		}
		log.Debug("batch saved", "records", len(batch), "new", saved.New, "joined", saved.Joined, "skipped", saved.Skipped)
		return nil
	})
	if err == nil && fctx.Err() != nil {
		err = context.Cause(fctx)
	}
	if err != nil && ctx.Err() == nil && errors.Is(context.Cause(fctx), errSourceDeadline) {
		err = fmt.Errorf("%s: stopped after %v, the deadline for one source (crawl.source_timeout); what it fetched is kept and the next run asks again: %w",
			src.Name(), opts.SourceTimeout, err)
	}
	if err != nil {
		if errors.Is(err, context.Canceled) {
			err = fmt.Errorf("%s: cancelled before it finished: %w", src.Name(), err)
		}
		res.Errors = append(res.Errors, err.Error())
		log.Error("crawl failed; watermark kept", "err", err, "fetched", res.Fetched, "new", res.New)
	} else {
		log.Info("crawl done", "fetched", res.Fetched, "new", res.New, "skipped", res.Skipped, "took", time.Since(start).Round(time.Millisecond))
	}
	return finishSource(ctx, db, runID, res, log)
}

// finishSource records a source's outcome, even if ctx was cancelled, so
// the run shows it; the store moves the watermark only if it succeeded.
// The result returned carries the errors as stored: cleaned of the control
// characters a server may have put in them.
func finishSource(ctx context.Context, db *store.DB, runID int64, res store.SourceResult, log *slog.Logger) store.SourceResult {
	res = res.Cleaned()
	fctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 10*time.Second)
	defer cancel()
	if err := db.FinishSource(fctx, runID, res); err != nil {
		res.Errors = append(res.Errors, err.Error())
		log.Error("could not record source result", "err", err)
	}
	return res
}
