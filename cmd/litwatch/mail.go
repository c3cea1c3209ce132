package main

import (
	"context"
	"fmt"
	"os"
	"strings"

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
// environment variable or file. A username without a password is an error
// naming where the password was looked for.
func smtpConfig(cfg *Config, e *env) (deliver.SMTPConfig, error) {
	ec := cfg.Email
	c := ec.smtp()
	var err error
	if c.Password, err = smtpPassword(cfg, e); err != nil {
		return c, err
	}
	if c.Username != "" && c.Password == "" {
		if ec.PasswordFile != "" {
			return c, fmt.Errorf("email.password_file: %s is empty, but email.username is set (put the SMTP password in it)", cfg.resolve(ec.PasswordFile))
		}
		return c, fmt.Errorf("email.password_env: $%s is unset or empty, but email.username is set (set it to the SMTP password, or name a file with email.password_file)", ec.PasswordEnv)
	}
	if err := c.Validate(); err != nil {
		return c, err
	}
	return c, nil
}

// mailFor sets the digest's outbox entry: pending, or skipped when nothing
// is new and empty digests are not wanted.
func (a *app) mailFor(doc *digest.Doc, d *store.Digest) {
	if a.outbox == nil {
		return
	}
	d.MessageID = deliver.MessageID(doc, a.cfg.Email.From)
	d.MailStatus = "pending"
	if len(doc.Records) == 0 && !a.cfg.Email.SendEmpty {
		d.MailStatus = "skipped"
	}
}

// flushMail tries the outbox (deliver.All or deliver.Due) and adds what it
// did to res. What could not be tried at all (the store, a digest that
// cannot be composed) is logged; the item stays pending.
func (a *app) flushMail(ctx context.Context, all bool, res *deliver.Result) {
	if a.outbox == nil {
		return
	}
	r, err := a.outbox.Flush(ctx, all)
	res.Add(r)
	if err != nil {
		a.log.Error("outbox: e-mail could not be prepared", "err", err)
	}
}
