package web

import (
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/base64"
	"net/http"
	"strconv"
	"strings"
	"time"
	"unicode"
)

// Cookie names. Both are HttpOnly and SameSite=Strict.
const (
	sessionCookie = "cw_session"
	csrfCookie    = "cw_csrf"
	csrfField     = "csrf"
	sessionTTL    = 12 * time.Hour
)

// who is the authenticated caller of a request.
type who struct {
	reviewer string
	method   string // "bearer", "basic", "session"; "" when anonymous
}

func (w who) ok() bool { return w.method != "" }

func secretEqual(a, b string) bool {
	return a != "" && subtle.ConstantTimeCompare([]byte(a), []byte(b)) == 1
}

func (s *Server) mac(parts ...string) string {
	m := hmac.New(sha256.New, s.key)
	for _, p := range parts {
		m.Write([]byte(p))
		m.Write([]byte{0})
	}
	return base64.RawURLEncoding.EncodeToString(m.Sum(nil))
}

// identify authenticates r from its Authorization header or session cookie.
func (s *Server) identify(r *http.Request) who {
	if h := r.Header.Get("Authorization"); h != "" {
		if tok, ok := strings.CutPrefix(h, "Bearer "); ok && secretEqual(s.cfg.Token, strings.TrimSpace(tok)) {
			name := cleanReviewer(r.Header.Get("X-Claimwire-Reviewer"))
			if name == "" {
				name = s.cfg.Reviewer
			}
			return who{reviewer: name, method: "bearer"}
		}
		if u, p, ok := r.BasicAuth(); ok && s.cfg.User != "" &&
			secretEqual(s.cfg.User, u) && secretEqual(s.cfg.Password, p) {
			return who{reviewer: u, method: "basic"}
		}
		return who{}
	}
	c, err := r.Cookie(sessionCookie)
	if err != nil {
		return who{}
	}
	// value: base64(reviewer) "." expiry "." mac
	parts := strings.Split(c.Value, ".")
	if len(parts) != 3 || !hmac.Equal([]byte(parts[2]), []byte(s.mac("session", parts[0], parts[1]))) {
		return who{}
	}
	exp, err := strconv.ParseInt(parts[1], 10, 64)
	if err != nil || time.Now().Unix() > exp {
		return who{}
	}
	name, err := base64.RawURLEncoding.DecodeString(parts[0])
	if err != nil {
		return who{}
	}
	return who{reviewer: string(name), method: "session"}
}

// login checks the login form's credentials and returns the reviewer name.
func (s *Server) login(token, user, password, name string) (string, bool) {
	if s.cfg.Token != "" && secretEqual(s.cfg.Token, token) {
		if n := cleanReviewer(name); n != "" {
			return n, true
		}
		return s.cfg.Reviewer, true
	}
	if s.cfg.User != "" && secretEqual(s.cfg.User, user) && secretEqual(s.cfg.Password, password) {
		return user, true
	}
	return "", false
}

func (s *Server) setSession(w http.ResponseWriter, reviewer string) {
	exp := strconv.FormatInt(time.Now().Add(sessionTTL).Unix(), 10)
	name := base64.RawURLEncoding.EncodeToString([]byte(reviewer))
	http.SetCookie(w, &http.Cookie{
		Name: sessionCookie, Value: name + "." + exp + "." + s.mac("session", name, exp), Path: "/",
		HttpOnly: true, Secure: s.cfg.SecureCookies, SameSite: http.SameSiteStrictMode, MaxAge: int(sessionTTL.Seconds()),
	})
}

func (s *Server) clearSession(w http.ResponseWriter) {
	http.SetCookie(w, &http.Cookie{Name: sessionCookie, Value: "", Path: "/", MaxAge: -1, HttpOnly: true,
		Secure: s.cfg.SecureCookies, SameSite: http.SameSiteStrictMode})
}

// csrfToken returns the token forms must carry, setting the CSRF cookie
// when the browser has none. The token is an HMAC of the cookie (signed
// double submit): a cross-site page can neither read the cookie nor forge
// the token, and an injected cookie is useless without the key.
func (s *Server) csrfToken(w http.ResponseWriter, r *http.Request) string {
	var seed string
	if c, err := r.Cookie(csrfCookie); err == nil && len(c.Value) >= 22 {
		seed = c.Value
	} else {
		b := make([]byte, 32)
		if _, err := rand.Read(b); err != nil {
			panic(err) // crypto/rand never fails on supported platforms
		}
		seed = base64.RawURLEncoding.EncodeToString(b)
		http.SetCookie(w, &http.Cookie{Name: csrfCookie, Value: seed, Path: "/", HttpOnly: true,
			Secure: s.cfg.SecureCookies, SameSite: http.SameSiteStrictMode})
	}
	return s.mac("csrf", seed)
}

// checkCSRF verifies the form token against the CSRF cookie.
func (s *Server) checkCSRF(r *http.Request) bool {
	c, err := r.Cookie(csrfCookie)
	if err != nil || c.Value == "" {
		return false
	}
	tok := r.PostFormValue(csrfField)
	if tok == "" {
		tok = r.Header.Get("X-CSRF-Token")
	}
	return hmac.Equal([]byte(tok), []byte(s.mac("csrf", c.Value)))
}

// cleanReviewer keeps a reviewer name printable and short.
func cleanReviewer(s string) string {
	s = strings.Map(func(r rune) rune {
		if unicode.IsControl(r) {
			return -1
		}
		return r
	}, strings.TrimSpace(s))
	if len(s) > 64 {
		s = s[:64]
	}
	return s
}
