// Package smtptest runs a real SMTP server (github.com/emersion/go-smtp) on
// loopback for tests: it stores the messages it accepts, can require AUTH
// PLAIN, offer STARTTLS or implicit TLS with a self-signed certificate,
// refuse DATA or (from a chosen moment) RCPT, and repeat a failed login's password in its refusal (as some
// servers do).
package smtptest

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"io"
	"log"
	"math/big"
	"net"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/emersion/go-sasl"
	"github.com/emersion/go-smtp"
)

// Message is one message as the server stored it.
type Message struct {
	From string
	To   []string
	Data []byte
	TLS  bool   // the connection was encrypted when MAIL was issued
	User string // the authenticated user, "" if none
}

// Server is a real SMTP server (go-smtp) on 127.0.0.1 that stores what it
// accepts.
type Server struct {
	Host string
	Port int

	user, pass string          // if user != "", AUTH PLAIN is required
	rejectData *smtp.SMTPError // returned from DATA if set
	echoAuth   bool            // a failed AUTH's reply repeats the credentials

	mu     sync.Mutex
	msgs   []Message
	auth   []string        // every AUTH attempt, "user:ok" or "user:fail"
	refuse *smtp.SMTPError // returned from RCPT if set (see Refuse)
}

// Refuse makes the server answer every RCPT with e from now on (a 550
// "no such user", a 450 "mailbox busy"); nil accepts again.
func (ts *Server) Refuse(e *smtp.SMTPError) {
	ts.mu.Lock()
	defer ts.mu.Unlock()
	ts.refuse = e
}

// Options configure a Server.
type Options struct {
	TLS        *tls.Config // offered via STARTTLS, or the listener's if Implicit
	Implicit   bool        // TLS from the first byte
	User, Pass string      // if User != "", AUTH PLAIN is required
	RejectData *smtp.SMTPError
	// InsecureAuth lets AUTH run without TLS (for the loopback "none" case).
	InsecureAuth bool
	// Addr is the address to listen on; default "127.0.0.1:0".
	Addr string
	// EchoAuth makes a failed AUTH's 535 reply repeat the user name and
	// the password the client sent, as some servers do.
	EchoAuth bool
}

// Start starts a server, closed by tb.Cleanup.
func Start(t testing.TB, o Options) *Server {
	t.Helper()
	ts := &Server{user: o.User, pass: o.Pass, rejectData: o.RejectData, echoAuth: o.EchoAuth}
	s := smtp.NewServer(smtp.BackendFunc(func(c *smtp.Conn) (smtp.Session, error) {
		base := &session{srv: ts, conn: c}
		if ts.user != "" {
			return &authSession{session: base}, nil
		}
		return base, nil
	}))
	s.Domain = "localhost"
	s.ReadTimeout = 5 * time.Second
	s.WriteTimeout = 5 * time.Second
	s.MaxMessageBytes = 4 << 20
	s.AllowInsecureAuth = o.InsecureAuth
	s.ErrorLog = log.New(io.Discard, "", 0)
	var l net.Listener
	addr := o.Addr
	if addr == "" {
		addr = "127.0.0.1:0"
	}
	l, err := net.Listen("tcp", addr)
	if err != nil {
		t.Fatalf("listen: %v", err)
	}
	if o.Implicit {
		l = tls.NewListener(l, o.TLS)
	} else {
		s.TLSConfig = o.TLS
	}
	go s.Serve(l) //nolint:errcheck // returns when closed
	t.Cleanup(func() { s.Close() })
	ts.Host, ts.Port = SplitAddr(t, l.Addr().String())
	return ts
}

// SplitAddr splits host:port.
func SplitAddr(t testing.TB, addr string) (string, int) {
	t.Helper()
	h, p, err := net.SplitHostPort(addr)
	if err != nil {
		t.Fatal(err)
	}
	port, err := strconv.Atoi(p)
	if err != nil {
		t.Fatal(err)
	}
	return h, port
}

// Messages returns what the server accepted so far.
func (ts *Server) Messages() []Message {
	ts.mu.Lock()
	defer ts.mu.Unlock()
	return append([]Message(nil), ts.msgs...)
}

// AuthAttempts lists every AUTH attempt, "user:ok" or "user:fail".
func (ts *Server) AuthAttempts() []string {
	ts.mu.Lock()
	defer ts.mu.Unlock()
	return append([]string(nil), ts.auth...)
}

type session struct {
	srv  *Server
	conn *smtp.Conn
	user string
	cur  Message
}

func (s *session) Mail(from string, _ *smtp.MailOptions) error {
	if s.srv.user != "" && s.user == "" {
		return smtp.ErrAuthRequired
	}
	_, isTLS := s.conn.TLSConnectionState()
	s.cur = Message{From: from, TLS: isTLS, User: s.user}
	return nil
}

func (s *session) Rcpt(to string, _ *smtp.RcptOptions) error {
	s.srv.mu.Lock()
	refuse := s.srv.refuse
	s.srv.mu.Unlock()
	if refuse != nil {
		return refuse
	}
	s.cur.To = append(s.cur.To, to)
	return nil
}

func (s *session) Data(r io.Reader) error {
	data, err := io.ReadAll(r)
	if err != nil {
		return err
	}
	if s.srv.rejectData != nil {
		return s.srv.rejectData
	}
	s.cur.Data = data
	s.srv.mu.Lock()
	s.srv.msgs = append(s.srv.msgs, s.cur)
	s.srv.mu.Unlock()
	return nil
}

func (s *session) Reset()        { s.cur = Message{} }
func (s *session) Logout() error { return nil }

// authSession adds AUTH PLAIN, checked against the server's credentials.
type authSession struct{ *session }

func (s *authSession) AuthMechanisms() []string { return []string{sasl.Plain} }

func (s *authSession) Auth(string) (sasl.Server, error) {
	return sasl.NewPlainServer(func(identity, user, pass string) error {
		ok := user == s.srv.user && pass == s.srv.pass && (identity == "" || identity == user)
		s.srv.mu.Lock()
		if ok {
			s.srv.auth = append(s.srv.auth, user+":ok")
		} else {
			s.srv.auth = append(s.srv.auth, user+":fail")
		}
		s.srv.mu.Unlock()
		if !ok && s.srv.echoAuth {
			return &smtp.SMTPError{Code: 535, EnhancedCode: smtp.EnhancedCode{5, 7, 8},
				Message: "Authentication failed for " + user + " with password " + pass}
		}
		if !ok {
			return smtp.ErrAuthFailed // 535, as real servers answer
		}
		s.user = user
		return nil
	}), nil
}

// SelfSigned makes a certificate for 127.0.0.1 and localhost, valid for an
// hour, signed by its own key.
func SelfSigned(t testing.TB) *tls.Config {
	t.Helper()
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	tmpl := &x509.Certificate{
		SerialNumber:          big.NewInt(time.Now().UnixNano()),
		Subject:               pkix.Name{CommonName: "litwatch test SMTP"},
		NotBefore:             time.Now().Add(-time.Minute),
		NotAfter:              time.Now().Add(time.Hour),
		KeyUsage:              x509.KeyUsageDigitalSignature,
		ExtKeyUsage:           []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth},
		DNSNames:              []string{"localhost"},
		IPAddresses:           []net.IP{net.ParseIP("127.0.0.1")},
		BasicConstraintsValid: true,
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	if err != nil {
		t.Fatal(err)
	}
	return &tls.Config{
		Certificates: []tls.Certificate{{Certificate: [][]byte{der}, PrivateKey: key}},
		MinVersion:   tls.VersionTLS12,
	}
}
