package config

import (
	"fmt"
	"os"
	"strings"

	"github.com/litwatch/litwatch/internal/redact"
)

// MinToken is the shortest web page token accepted: a page reachable from
// other machines must not be guessable.
const MinToken = 16

// Secrets are the secret values the config points to, read with getenv:
// apiKeys, the sources' API keys, and all, those and the SMTP password.
// The fetchers get only the keys (the values they send), so that response
// bodies are never searched for a password that may be a common word. A
// password that cannot be read is left out here; sending mail reports it.
func (c *Config) Secrets(getenv func(string) string) (apiKeys, all redact.Secrets) {
	var keys []string
	for _, name := range []string{c.Sources.PubMed.APIKeyEnv, c.Sources.OpenAlex.APIKeyEnv} {
		if name != "" {
			keys = append(keys, getenv(name))
		}
	}
	apiKeys, all = redact.New(keys...), redact.New(keys...)
	if c.Email.Enabled {
		if pw, err := c.password(getenv); err == nil {
			all = all.With(pw, "\x00"+c.Email.Username+"\x00"+pw)
		}
	}
	return apiKeys, all
}

// APIKeys reads the sources' API keys: PubMed's (optional: it raises
// NCBI's rate limit) and OpenAlex's, which an enabled OpenAlex needs.
func (c *Config) APIKeys(getenv func(string) string) (pubmed, openalex string, err error) {
	s := c.Sources
	if s.PubMed.APIKeyEnv != "" {
		pubmed = getenv(s.PubMed.APIKeyEnv)
	}
	if s.OpenAlex.Enabled {
		if openalex = getenv(s.OpenAlex.APIKeyEnv); openalex == "" {
			return "", "", fmt.Errorf("sources.openalex: $%s is empty; OpenAlex needs an API key (or set enabled = false)", s.OpenAlex.APIKeyEnv)
		}
	}
	return pubmed, openalex, nil
}

// password reads the SMTP password from email.password_file or
// email.password_env ("" if neither is set).
func (c *Config) password(getenv func(string) string) (string, error) {
	ec := c.Email
	switch {
	case ec.PasswordFile != "":
		b, err := os.ReadFile(c.resolve(ec.PasswordFile))
		if err != nil {
			return "", fmt.Errorf("email.password_file: %w", err)
		}
		return strings.TrimRight(string(b), "\r\n"), nil
	case ec.PasswordEnv != "":
		return getenv(ec.PasswordEnv), nil
	}
	return "", nil
}

// SMTPPassword reads the SMTP password from email.password_file or
// email.password_env ("" if neither is set). With email.username set, an
// empty password is an error naming where it was looked for.
func (c *Config) SMTPPassword(getenv func(string) string) (string, error) {
	ec := c.Email
	pw, err := c.password(getenv)
	if err != nil || ec.Username == "" || pw != "" {
		return pw, err
	}
	if ec.PasswordFile != "" {
		return "", fmt.Errorf("email.password_file: %s is empty, but email.username is set (put the SMTP password in it)", c.resolve(ec.PasswordFile))
	}
	return "", fmt.Errorf("email.password_env: $%s is unset or empty, but email.username is set (set it to the SMTP password, or name a file with email.password_file)", ec.PasswordEnv)
}

// ServeToken reads the web page's token from serve.token_file or
// serve.token_env ("" if neither holds one). A token shorter than
// MinToken is an error.
func (c *Config) ServeToken(getenv func(string) string) (string, error) {
	s := c.Serve
	var tok, key string
	switch {
	case s.TokenFile != "":
		b, err := os.ReadFile(c.resolve(s.TokenFile))
		if err != nil {
			return "", fmt.Errorf("serve.token_file: %w", err)
		}
		tok, key = strings.TrimSpace(string(b)), "serve.token_file: "+s.TokenFile
		if tok == "" {
			return "", fmt.Errorf("serve.token_file: %s is empty", s.TokenFile)
		}
	case s.TokenEnv != "":
		tok, key = strings.TrimSpace(getenv(s.TokenEnv)), "serve.token_env: $"+s.TokenEnv
	}
	if tok != "" && len(tok) < MinToken {
		return "", fmt.Errorf("%s: the token is shorter than %d characters", key, MinToken)
	}
	return tok, nil
}

// NoToken is the error for a web page refused on addr, an address
// reachable from other machines, for want of a token (cause is the
// server's refusal): it says where a token goes.
func (c *Config) NoToken(addr string, cause error) error {
	where := "serve.token_file"
	if c.Serve.TokenEnv != "" {
		where = "$" + c.Serve.TokenEnv + " (serve.token_env) or serve.token_file"
	}
	return fmt.Errorf("refusing to serve on %s: it is reachable from other machines and no token is set; put a token of %d or more characters in %s, or listen on 127.0.0.1: %w",
		addr, MinToken, where, cause)
}
