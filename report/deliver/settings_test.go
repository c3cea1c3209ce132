package deliver

import (
	"reflect"
	"testing"

	"github.com/litwatch/litwatch/internal/config"
)

// TestSettingsFromConfig: every key of the [email] section reaches the
// mailer; the old default subject gives way to the one naming the period.
func TestSettingsFromConfig(t *testing.T) {
	e := config.EmailConfig{Enabled: true, Host: "smtp.example.org", Port: 2525, Security: "tls", Username: "me",
		PasswordEnv: "PW", From: "litwatch@example.org", To: []string{"a@example.org", "b@example.org"},
		Subject: "Digest {{.Date}}", SendEmpty: true}
	got := Settings(e, "s3cret")
	want := SMTPConfig{Host: "smtp.example.org", Port: 2525, Security: "tls", Username: "me", Password: "s3cret",
		From: "litwatch@example.org", To: []string{"a@example.org", "b@example.org"}, Subject: "Digest {{.Date}}", SendEmpty: true}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Settings = %+v\nwant %+v", got, want)
	}
	e.Subject = "litwatch: {{.Headline}} (week of {{.Week}})"
	if s := Settings(e, "").subject(); s != DefaultSubject {
		t.Errorf("the old default subject: %q, want %q", s, DefaultSubject)
	}
	if err := Settings(e, "s3cret").Validate(); err != nil {
		t.Errorf("valid settings: %v", err)
	}
	e.Port = 70000
	if err := Settings(e, "s3cret").Validate(); err == nil || err.Error() != "email.port: 70000 is not a port (1-65535)" {
		t.Errorf("port 70000: %v", err)
	}
}
