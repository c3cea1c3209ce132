package assess

import (
	"context"
	"runtime"
	"sync"

	"github.com/litwatch/litwatch/report/claims"
	"github.com/litwatch/litwatch/store"
)

// AssessAll assesses recs against cs on every core (workers <= 0 means
// GOMAXPROCS) and returns the results in the order of recs. The assessor
// must be safe for concurrent use, as New's is. It stops early, returning
// ctx's error, when ctx is done.
func AssessAll(ctx context.Context, a Assessor, recs []store.Record, cs []claims.Claim, workers int) ([]Result, error) {
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	workers = min(workers, max(len(recs), 1))
	out := make([]Result, len(recs))
	next := make(chan int)
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				out[i] = a.Assess(recs[i], cs)
			}
		}()
	}
	var err error
feed:
	for i := range recs {
		select {
		case next <- i:
		case <-ctx.Done():
			err = ctx.Err()
			break feed
		}
	}
	close(next)
	wg.Wait()
	if err != nil {
		return nil, err
	}
	return out, nil
}
