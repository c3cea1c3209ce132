package deliver

import (
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"net"
	"net/textproto"
	"strconv"
	"strings"
	"time"

	mail "github.com/wneessen/go-mail"

	"github.com/litwatch/litwatch/internal/redact"
)

// Send hands m to the SMTP server of cfg in one transaction: connect,
// STARTTLS or implicit TLS as configured, AUTH if a username is set, then
// MAIL, RCPT for every recipient, DATA. It returns nil only when the server
// accepted the message; a failure after that (while closing the
// connection, say) is not an error, as the message is on its way.
//
// Cancelling ctx abandons the transaction: the connection is closed at
// once. cfg.Timeout bounds connecting and each command.
//
// A server may repeat the credentials it was sent in its refusal: the
// password (as sent, and base64 as AUTH PLAIN and LOGIN send it) and every
// value of cfg.Secrets are replaced by "REDACTED" in the returned error.
func Send(ctx context.Context, cfg SMTPConfig, m *Message) error {
	return cfg.secrets().Error(send(ctx, cfg, m))
}

// secrets is what Send redacts from its errors.
func (c SMTPConfig) secrets() redact.Secrets {
	if c.Password == "" {
		return c.Secrets
	}
	return c.Secrets.With(c.Password, "\x00"+c.Username+"\x00"+c.Password, c.Username+"\x00"+c.Password)
}

func send(ctx context.Context, cfg SMTPConfig, m *Message) error {
	if err := cfg.Validate(); err != nil {
		return fmt.Errorf("deliver: smtp: %w", err)
	}
	if m == nil {
		return errors.New("deliver: smtp: nil message")
	}
	addr := net.JoinHostPort(cfg.Host, strconv.Itoa(cfg.port()))
	msg, err := buildMsg(m, time.Now())
	if err != nil {
		return fmt.Errorf("deliver: smtp %s: %w", addr, err)
	}
	// sendCtx ends with this call, so the dialer's watch on it ends too.
	sendCtx, cancel := context.WithCancel(ctx)
	defer cancel()
	client, err := newClient(sendCtx, cfg)
	if err != nil {
		return fmt.Errorf("deliver: smtp %s: %w", addr, err)
	}
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("deliver: smtp %s: %w", addr, err)
	}
	err = client.DialAndSendWithContext(sendCtx, msg)
	switch {
	case err == nil, msg.IsDelivered():
		// The server accepted the message; an error after that (RSET,
		// QUIT) does not undo it.
		return nil
	case ctx.Err() != nil:
		return fmt.Errorf("deliver: smtp %s: %w (%w)", addr, ctx.Err(), err)
	}
	return fmt.Errorf("deliver: smtp %s: %w", addr, err)
}

// Permanent reports whether err from Send is the server's permanent
// refusal (a 5xx reply: bad recipient, message rejected, authentication
// failed), which resending the same message with the same settings will
// not cure. Network failures, timeouts and 4xx replies are not permanent.
func Permanent(err error) bool {
	var se *mail.SendError
	if errors.As(err, &se) {
		return se.ErrorCode() >= 500 && !se.IsTemp()
	}
	var te *textproto.Error
	if errors.As(err, &te) {
		return te.Code >= 500
	}
	return false
}

// buildMsg turns m into a go-mail message.
func buildMsg(m *Message, date time.Time) (*mail.Msg, error) {
	id, err := cleanMessageID(m.MessageID)
	if err != nil {
		return nil, err
	}
	if strings.TrimSpace(m.Subject) == "" {
		return nil, errors.New("message has no subject")
	}
	if m.Text == "" && m.HTML == "" {
		return nil, errors.New("message has no body")
	}
	if len(m.To) == 0 {
		return nil, errors.New("message has no recipient")
	}
	msg := mail.NewMsg(mail.WithNoDefaultUserAgent())
	if err := msg.From(strings.TrimSpace(m.From)); err != nil {
		return nil, fmt.Errorf("from %q: %w", m.From, err)
	}
	if err := msg.To(trimAll(m.To)...); err != nil {
		return nil, fmt.Errorf("to: %w", err)
	}
	msg.Subject(oneLine(m.Subject))
	msg.SetMessageIDWithValue(id)
	msg.SetDateWithValue(date)
	msg.SetUserAgent("litwatch")
	// RFC 3834: machine-generated; tells auto-responders not to answer.
	msg.SetGenHeader(mail.Header("Auto-Submitted"), "auto-generated")
	msg.SetGenHeader(mail.HeaderXAutoResponseSuppress, "All")
	if id := oneLine(m.ListID); id != "" {
		msg.SetGenHeader(mail.Header("List-Id"), id)
	}
	if u := oneLine(m.Unsubscribe); u != "" {
		msg.SetGenHeader(mail.HeaderListUnsubscribe, u)
	}
	switch {
	case m.Text != "" && m.HTML != "":
		msg.SetBodyString(mail.TypeTextPlain, m.Text)
		msg.AddAlternativeString(mail.TypeTextHTML, m.HTML)
	case m.Text != "":
		msg.SetBodyString(mail.TypeTextPlain, m.Text)
	default:
		msg.SetBodyString(mail.TypeTextHTML, m.HTML)
	}
	return msg, nil
}

// newClient configures a go-mail client for cfg. Its connections are made
// by dial, which closes them when ctx is done.
func newClient(ctx context.Context, cfg SMTPConfig) (*mail.Client, error) {
	host := cfg.Host
	port := cfg.port()
	tlsConf := &tls.Config{
		ServerName:         host,
		MinVersion:         tls.VersionTLS12,
		InsecureSkipVerify: cfg.InsecureSkipVerify, //nolint:gosec // tests only, documented
	}
	opts := []mail.Option{
		mail.WithPort(port),
		mail.WithTimeout(cfg.timeout()),
		mail.WithTLSConfig(tlsConf),
		mail.WithDialContextFunc(dialer(ctx, host, port, cfg.security() == SecurityTLS, tlsConf)),
	}
	switch cfg.security() {
	case SecurityStartTLS:
		opts = append(opts, mail.WithTLSPolicy(mail.TLSMandatory))
	case SecurityTLS:
		// The dialer does the TLS handshake; WithSSL tells go-mail the
		// connection is already encrypted, so it does not try STARTTLS.
		opts = append(opts, mail.WithSSL(), mail.WithTLSPolicy(mail.NoTLS))
	case SecurityNone:
		opts = append(opts, mail.WithTLSPolicy(mail.NoTLS))
	}
	if cfg.Username != "" {
		opts = append(opts, mail.WithUsername(cfg.Username), mail.WithPassword(cfg.Password))
		if cfg.security() == SecurityNone {
			// Validate allows this only towards a loopback address.
			opts = append(opts, mail.WithOpportunisticSMTPAuth(mail.SMTPAuthPlainNoEnc, mail.SMTPAuthLoginNoEnc))
		} else {
			// go-mail's PLAIN and LOGIN refuse to run on an unencrypted
			// connection, so a downgrade cannot expose the password.
			opts = append(opts, mail.WithOpportunisticSMTPAuth(mail.SMTPAuthPlain, mail.SMTPAuthLogin,
				mail.SMTPAuthSCRAMSHA256, mail.SMTPAuthSCRAMSHA1, mail.SMTPAuthCramMD5))
		}
	}
	c, err := mail.NewClient(host, opts...)
	if err != nil {
		return nil, err
	}
	return c, nil
}

// dialer connects to host:port (with a TLS handshake if implicit is set)
// and arranges for the connection to be closed as soon as ctx is done, so
// a cancelled context interrupts any command in flight. It returns the
// *tls.Conn or TCP connection itself, which go-mail inspects to know
// whether the connection is encrypted.
func dialer(ctx context.Context, host string, port int, implicit bool, conf *tls.Config) mail.DialContextFunc {
	addr := net.JoinHostPort(host, strconv.Itoa(port))
	return func(dialCtx context.Context, network, _ string) (net.Conn, error) {
		nd := &net.Dialer{}
		var conn net.Conn
		var err error
		if implicit {
			conn, err = (&tls.Dialer{NetDialer: nd, Config: conf}).DialContext(dialCtx, network, addr)
		} else {
			conn, err = nd.DialContext(dialCtx, network, addr)
		}
		if err != nil {
			return nil, err
		}
		// The connection lives no longer than the Send call: closed
		// when its context is cancelled or Send returns (by then go-mail
		// has normally closed it already).
		context.AfterFunc(ctx, func() { conn.Close() })
		return conn, nil
	}
}
