package web

import (
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/base64"
	"net/http"
	"strings"
	"time"
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
// The identity is the token's configured name or the basic-auth user: a
// client cannot choose the name its decisions are recorded under.
func (s *Server) identify(r *http.Request) who {
	if h := r.Header.Get("Authorization"); h != "" {
		if tok, ok := strings.CutPrefix(h, "Bearer "); ok {
			if name, ok := s.tokenName(strings.TrimSpace(tok)); ok {
				return who{reviewer: name, method: "bearer"}
			}
			return who{}
		}
		if u, p, ok := r.BasicAuth(); ok && s.cfg.User != "" &&
			secretEqual(s.cfg.User, u) && secretEqual(s.cfg.Password, p) {
			return who{reviewer: u, method: "basic"}
		}
		return who{}
	}
	c, err := r.Cookie(sessionCookie)
	if err != nil || c.Value == "" {
		return who{}
	}
	id, ok := s.sessions.get(c.Value)
	if !ok {
		return who{}
	}
	return id
}

// tokens are every bearer token with its holder's name.
func (c *Config) tokens() []NamedToken {
	out := c.Tokens
	if c.Token != "" {
		out = append([]NamedToken{{Name: c.Reviewer, Token: c.Token}}, out...)
	}
	return out
}

// tokenName returns the name of the holder of tok. Every token is compared
// in constant time, so timing tells nothing about which one matched.
func (s *Server) tokenName(tok string) (string, bool) {
	name, found := "", false
	for _, t := range s.tokens {
		if secretEqual(t.Token, tok) && !found {
			name, found = t.Name, true
		}
	}
	return name, found
}

// authFailed reports whether r carried an Authorization header that did
// not authenticate: such guesses count against the client's login budget.
func authFailed(r *http.Request, id who) bool {
	return !id.ok() && r.Header.Get("Authorization") != ""
}

// login checks the login form's credentials and returns the identity.
func (s *Server) login(token, user, password string) (who, bool) {
	if name, ok := s.tokenName(token); ok {
		return who{reviewer: name, method: "session"}, true
	}
	if s.cfg.User != "" && secretEqual(s.cfg.User, user) && secretEqual(s.cfg.Password, password) {
		return who{reviewer: user, method: "session"}, true
	}
	return who{}, false
}

// setSession starts a server-side session for id: the cookie carries only
// a random handle, which logout revokes.
func (s *Server) setSession(w http.ResponseWriter, id who) {
	v := s.sessions.create(id, sessionTTL)
	http.SetCookie(w, &http.Cookie{
		Name: sessionCookie, Value: v, Path: "/",
		HttpOnly: true, Secure: s.cfg.SecureCookies, SameSite: http.SameSiteStrictMode, MaxAge: int(sessionTTL.Seconds()),
	})
}

// endSession revokes r's session, if any, and clears the cookie.
func (s *Server) endSession(w http.ResponseWriter, r *http.Request) {
	if c, err := r.Cookie(sessionCookie); err == nil && c.Value != "" {
		s.sessions.delete(c.Value)
	}
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
