package deliver

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"time"

	"github.com/litwatch/litwatch/report/digest"
	"github.com/litwatch/litwatch/store"
)

// The outbox's retry rules. An e-mail the server refused for now (a 4xx
// reply, a network failure, a timeout) is tried again at the next daemon
// tick after Backoff, and at the start of every run whatever the backoff;
// one it refused for good (a 5xx reply: authentication failed, unknown
// recipient, message rejected) is marked failed and not tried again, as
// sending the same message with the same settings cannot cure it.
const (
	// FirstRetry is the wait after the first failure, and how often a
	// daemon tries the outbox between its cycles.
	FirstRetry = time.Minute
	// MaxRetry bounds the wait between two attempts.
	MaxRetry = time.Hour
)

// Backoff is the wait before the next attempt after n failed ones:
// FirstRetry, doubling, at most MaxRetry.
func Backoff(n int) time.Duration {
	d := FirstRetry
	for i := 1; i < n && d < MaxRetry; i++ {
		d *= 2
	}
	return min(d, MaxRetry)
}

// Outbox sends the digest e-mails queued in the store, exactly once each:
// every attempt is recorded before it is made, and an item is marked sent
// only after the server accepted it. The same Message-ID is used on every
// attempt, so the rare resend after a crash between acceptance and marking
// is recognisable as the same message.
type Outbox struct {
	DB     *store.DB
	Config SMTPConfig
	Now    func() time.Time // nil means time.Now
	Log    *slog.Logger     // nil means no log
}

// Flush modes.
const (
	// Due tries the pending items whose backoff has passed (the daemon's
	// tick; after a new digest is queued).
	Due = false
	// All tries every pending item whatever its backoff (the start of a
	// run or a scheduled cycle), so a digest held back by an outage goes
	// out before the next one is made.
	All = true
)

// Attempt is the outcome of one attempt to send one item.
type Attempt struct {
	Item    store.OutboxItem
	Err     error     // nil: the server accepted the message
	Refused bool      // the server refused it for good; not retried
	RetryAt time.Time // the next attempt, when Err is temporary
}

// Result is what one Flush did, oldest item first.
type Result struct {
	Attempts []Attempt
}

// Sent is the number of messages the server accepted.
func (r Result) Sent() int {
	n := 0
	for _, a := range r.Attempts {
		if a.Err == nil {
			n++
		}
	}
	return n
}

// Failed returns the attempts that did not deliver.
func (r Result) Failed() []Attempt {
	var out []Attempt
	for _, a := range r.Attempts {
		if a.Err != nil {
			out = append(out, a)
		}
	}
	return out
}

// Add appends the attempts of another flush.
func (r *Result) Add(o Result) { r.Attempts = append(r.Attempts, o.Attempts...) }

// Summary says in one line per failure what was not delivered and what
// happens next, for a run's output.
func (a Attempt) Summary() string {
	if a.Err == nil {
		return fmt.Sprintf("digest %d sent", a.Item.DigestID)
	}
	if a.Refused {
		return fmt.Sprintf("digest %d NOT sent, refused by the server for good (not retried; fix the [email] settings): %s", a.Item.DigestID, a.Err)
	}
	return fmt.Sprintf("digest %d NOT sent yet, temporary failure (retried from %s): %s", a.Item.DigestID, a.RetryAt.Format("2006-01-02 15:04 MST"), a.Err)
}

func (o *Outbox) now() time.Time {
	if o.Now != nil {
		return o.Now()
	}
	return time.Now()
}

func (o *Outbox) log() *slog.Logger {
	if o.Log != nil {
		return o.Log
	}
	return slog.New(slog.DiscardHandler)
}

// Flush tries the pending items, oldest first: all of them (mode All) or
// those due (mode Due). A failure to send is in the result, not the error;
// the error is for what makes the outbox unusable (the store) or an item
// that cannot be composed.
func (o *Outbox) Flush(ctx context.Context, all bool) (Result, error) {
	var res Result
	var items []store.OutboxItem
	var err error
	if all {
		items, err = o.DB.PendingMail(ctx)
	} else {
		items, err = o.DB.DueMail(ctx)
	}
	if err != nil {
		return res, err
	}
	var errs []error
	for _, it := range items {
		if ctx.Err() != nil {
			break
		}
		msg, err := o.compose(ctx, it)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		if err := o.DB.MarkAttempt(ctx, it.ID); err != nil {
			return res, err
		}
		it.Attempts++
		at := Attempt{Item: it}
		at.Err = Send(ctx, o.Config, msg)
		mctx := context.WithoutCancel(ctx)
		switch {
		case at.Err == nil:
			if err := o.DB.MarkSent(mctx, it.ID); err != nil {
				return res, err
			}
			o.log().Info("e-mail sent", "digest", it.DigestID, "to", strings.Join(o.Config.To, ", "), "message_id", it.MessageID)
		case Permanent(at.Err):
			at.Refused = true
			o.log().Error("e-mail refused by the server for good; not retried", "digest", it.DigestID, "attempt", it.Attempts, "err", at.Err)
			if err := o.DB.MarkRefused(mctx, it.ID, at.Err); err != nil {
				return res, err
			}
		default:
			at.RetryAt = o.now().Add(Backoff(it.Attempts))
			o.log().Warn("e-mail not sent; will retry", "digest", it.DigestID, "attempt", it.Attempts, "retry_at", at.RetryAt.Format(time.RFC3339), "err", at.Err)
			if err := o.DB.MarkFailed(mctx, it.ID, at.Err, at.RetryAt); err != nil {
				return res, err
			}
		}
		res.Attempts = append(res.Attempts, at)
	}
	return res, errors.Join(errs...)
}

// Queue sets the outbox entry of the digest d about to be stored for doc:
// pending, or skipped when nothing is new and empty digests are not
// wanted (Config.SendEmpty), with the Message-ID every attempt will use.
// A nil Outbox (e-mail off) queues nothing.
func (o *Outbox) Queue(doc *digest.Doc, d *store.Digest) {
	if o == nil {
		return
	}
	d.MessageID = MessageID(doc, o.Config.From)
	d.MailStatus = "pending"
	if len(doc.Records) == 0 && !o.Config.SendEmpty {
		d.MailStatus = "skipped"
	}
}

// Try is Flush for a cycle (All at its start, so a digest held back by an
// outage goes out before the next one; Due after its digest is queued)
// and for a daemon's tick (Due). What could not be tried at all (the
// store, a digest that cannot be composed) is logged and stays pending.
// A nil Outbox (e-mail off) tries nothing.
func (o *Outbox) Try(ctx context.Context, all bool) Result {
	if o == nil {
		return Result{}
	}
	r, err := o.Flush(ctx, all)
	if err != nil {
		o.log().Error("outbox: e-mail could not be prepared", "err", err)
	}
	return r
}

// compose builds the message of one item from its stored digest.
func (o *Outbox) compose(ctx context.Context, it store.OutboxItem) (*Message, error) {
	d, err := o.DB.DigestByID(ctx, it.DigestID)
	if err != nil {
		return nil, err
	}
	doc, err := digest.Parse(d.JSON)
	if err != nil {
		return nil, fmt.Errorf("digest %d: %w", d.ID, err)
	}
	msg, err := Compose(doc, o.Config, it.MessageID)
	if err != nil {
		return nil, fmt.Errorf("compose digest %d: %w", d.ID, err)
	}
	return msg, nil
}

// Problems is the outbox's entry for the sources section of the next
// digest: one error per e-mail refused for good since the previous digest
// was generated (since; zero for the first digest), or nil if there is
// none.
func Problems(ctx context.Context, db *store.DB, since time.Time) (*store.SourceResult, error) {
	items, err := db.FailedMailSince(ctx, since)
	if err != nil {
		return nil, err
	}
	if len(items) == 0 {
		return nil, nil
	}
	res := &store.SourceResult{Name: digest.MailSource, Errors: []string{}}
	for _, it := range items {
		res.Errors = append(res.Errors, fmt.Sprintf("the e-mail of digest %d was refused by the server and not retried (fix the [email] settings; `litwatch report` shows that digest): %s", it.DigestID, it.LastError))
	}
	return res, nil
}
