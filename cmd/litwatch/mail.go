package main

import (
	"fmt"
	"os"
	"strings"

	"github.com/litwatch/litwatch/report/deliver"
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
