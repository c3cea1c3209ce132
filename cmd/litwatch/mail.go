package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/litwatch/litwatch/report/deliver"
	"github.com/litwatch/litwatch/report/digest"
	"github.com/litwatch/litwatch/store"
)

// smtpPassword reads the SMTP password from its file or environment
// variable ("" if neither is set).
func smtpPassword(cfg *Config, e *env) (string, error) {
	ec := cfg.Email
	switch {
	case ec.PasswordFile != "":
		b, err := os.ReadFile(cfg.resolve(ec.PasswordFile))
		if err != nil {
			return "", fmt.Errorf("email.password_file: %w", err)
		}
		return strings.TrimRight(string(b), "\r\n"), nil
	case ec.PasswordEnv != "":
		return e.getenv(ec.PasswordEnv), nil
	}
	return "", nil
}

// smtpConfig resolves the [email] section, reading the password from its
// environment variable or file.
func (a *app) smtpConfig() (deliver.SMTPConfig, error) {
	ec := a.cfg.Email
	c := ec.smtp()
	var err error
	if c.Password, err = smtpPassword(a.cfg, a.env); err != nil {
		return c, err
	}
	c.Secrets = a.secrets
	if c.Username != "" && c.Password == "" {
		return c, fmt.Errorf("email.username is set but no password: set $%s or email.password_file", ec.PasswordEnv)
	}
	if a.env.tuneSMTP != nil {
		a.env.tuneSMTP(&c)
	}
	if err := c.Validate(); err != nil {
		return c, err
	}
	return c, nil
}

// mailFor sets the digest's outbox entry: pending, or skipped when nothing
// is new and empty digests are not wanted.
func (a *app) mailFor(doc *digest.Doc, d *store.Digest) {
	if !a.cfg.Email.Enabled {
		return
	}
	d.MessageID = deliver.MessageID(doc, a.cfg.Email.From)
	d.MailStatus = "pending"
	if len(doc.Records) == 0 && !a.cfg.Email.SendEmpty {
		d.MailStatus = "skipped"
	}
}

// mailBackoff is the wait before the next attempt after n failed ones.
func mailBackoff(n int) time.Duration {
	d := 5 * time.Minute
	for i := 1; i < n && d < 12*time.Hour; i++ {
		d *= 2
	}
	return min(d, 12*time.Hour)
}

// flushOutbox sends every due e-mail. Each attempt is recorded before it
// is made, and an item is marked sent only after the server accepted it;
// a failure is kept for a later retry, never dropped. The same Message-ID
// is used on every attempt, so the rare resend after a crash between
// acceptance and marking is recognisable as the same message.
func (a *app) flushOutbox(ctx context.Context) error {
	if !a.cfg.Email.Enabled {
		return nil
	}
	cfg, err := a.smtpConfig()
	if err != nil {
		return err
	}
	due, err := a.db.DueMail(ctx)
	if err != nil {
		return err
	}
	var errs []error
	for _, it := range due {
		d, err := a.db.DigestByID(ctx, it.DigestID)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		doc, err := digest.Parse(d.JSON)
		if err != nil {
			errs = append(errs, fmt.Errorf("digest %d: %w", d.ID, err))
			continue
		}
		msg, err := deliver.Compose(doc, cfg, it.MessageID)
		if err != nil {
			errs = append(errs, fmt.Errorf("compose digest %d: %w", d.ID, err))
			continue
		}
		if err := a.db.MarkAttempt(ctx, it.ID); err != nil {
			return err
		}
		if err := deliver.Send(ctx, cfg, msg); err != nil {
			retry := a.now().Add(mailBackoff(it.Attempts + 1))
			a.log.Error("e-mail not sent; will retry", "digest", d.ID, "attempt", it.Attempts+1, "retry_at", retry.Format(time.RFC3339), "err", err)
			if merr := a.db.MarkFailed(context.WithoutCancel(ctx), it.ID, err, retry); merr != nil {
				return merr
			}
			errs = append(errs, err)
			continue
		}
		if err := a.db.MarkSent(context.WithoutCancel(ctx), it.ID); err != nil {
			return err
		}
		a.log.Info("e-mail sent", "digest", d.ID, "to", strings.Join(cfg.To, ", "), "message_id", it.MessageID)
	}
	return errors.Join(errs...)
}
