package deliver

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

// received is one message as the test server stored it.
type received struct {
	From string
	To   []string
	Data []byte
	TLS  bool   // the connection was encrypted when MAIL was issued
	User string // the authenticated user, "" if none
}

// testServer is a real SMTP server (go-smtp) on 127.0.0.1 that stores what
// it accepts.
type testServer struct {
	Host string
	Port int

	user, pass string          // if user != "", AUTH PLAIN is required
	rejectData *smtp.SMTPError // returned from DATA if set

	mu   sync.Mutex
	msgs []received
	auth []string // every AUTH attempt, "user:ok" or "user:fail"
}

type serverOpts struct {
	tls        *tls.Config // offered via STARTTLS, or the listener's if implicit
	implicit   bool        // TLS from the first byte
	user, pass string
	rejectData *smtp.SMTPError
	// insecureAuth lets AUTH run without TLS (for the loopback "none" case).
	insecureAuth bool
}

func startServer(t *testing.T, o serverOpts) *testServer {
	t.Helper()
	ts := &testServer{user: o.user, pass: o.pass, rejectData: o.rejectData}
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
	s.AllowInsecureAuth = o.insecureAuth
	s.ErrorLog = log.New(io.Discard, "", 0)
	var l net.Listener
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatalf("listen: %v", err)
	}
	if o.implicit {
		l = tls.NewListener(l, o.tls)
	} else {
		s.TLSConfig = o.tls
	}
	go s.Serve(l) //nolint:errcheck // returns when closed
	t.Cleanup(func() { s.Close() })
	ts.Host, ts.Port = splitAddr(t, l.Addr().String())
	return ts
}

func splitAddr(t *testing.T, addr string) (string, int) {
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

func (ts *testServer) messages() []received {
	ts.mu.Lock()
	defer ts.mu.Unlock()
	return append([]received(nil), ts.msgs...)
}

func (ts *testServer) authAttempts() []string {
	ts.mu.Lock()
	defer ts.mu.Unlock()
	return append([]string(nil), ts.auth...)
}

type session struct {
	srv  *testServer
	conn *smtp.Conn
	user string
	cur  received
}

func (s *session) Mail(from string, _ *smtp.MailOptions) error {
	if s.srv.user != "" && s.user == "" {
		return smtp.ErrAuthRequired
	}
	_, isTLS := s.conn.TLSConnectionState()
	s.cur = received{From: from, TLS: isTLS, User: s.user}
	return nil
}

func (s *session) Rcpt(to string, _ *smtp.RcptOptions) error {
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

func (s *session) Reset()        { s.cur = received{} }
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
		if !ok {
			return smtp.ErrAuthFailed // 535, as real servers answer
		}
		s.user = user
		return nil
	}), nil
}

// selfSigned makes a certificate for 127.0.0.1 and localhost, valid for an
// hour, signed by its own key.
func selfSigned(t *testing.T) *tls.Config {
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
