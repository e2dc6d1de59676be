package main

import (
	"math"
	"slices"
	"strconv"
	"unicode/utf8"

	"github.com/claimwire/claimwire/claim"
)

// appendClaimJSON appends c as encoding/json writes it with
// SetEscapeHTML(false), without the newline: the same bytes, without the
// reflection walk, which was a twentieth of `extract`'s CPU per file
// (issue 11). ok is false when encoding/json would fail (a NaN or infinite
// confidence): the caller then lets encoding/json report the error.
// TestClaimJSONMatchesEncoding compares the two on claims filled field by
// field through reflection, so a field added to claim.Claim and not here
// fails it.
func appendClaimJSON(b []byte, c *claim.Claim) ([]byte, bool) {
	if math.IsNaN(c.Confidence) || math.IsInf(c.Confidence, 0) {
		return b, false
	}
	b = append(b, `{"schema":`...)
	b = appendJSONString(b, c.Schema)
	b = append(b, `,"id":`...)
	b = appendJSONString(b, c.ID)
	b = append(b, `,"article":{"url":`...)
	a := &c.Article
	b = appendJSONString(b, a.URL)
	b = appendOptString(b, `,"title":`, a.Title)
	b = appendOptString(b, `,"lang":`, a.Lang)
	b = appendOptString(b, `,"published":`, string(a.Published))
	b = appendOptString(b, `,"source":`, a.Source)
	b = appendOptString(b, `,"fingerprint":`, a.Fingerprint)
	b = append(b, '}')
	if c.Accuser != nil {
		b = append(b, `,"accuser":`...)
		b = appendEntityJSON(b, c.Accuser)
	}
	if c.Accused != nil {
		b = append(b, `,"accused":`...)
		b = appendEntityJSON(b, c.Accused)
	}
	b = append(b, `,"victims":`...)
	b = appendEntitiesJSON(b, c.Victims)
	b = appendOptString(b, `,"claim_date":`, string(c.ClaimDate))
	if p := c.AttackPeriod; p != nil {
		b = append(b, `,"attack_period":{`...)
		sep := ""
		if p.Start != "" {
			b = append(b, `"start":`...)
			b = appendJSONString(b, string(p.Start))
			sep = ","
		}
		if p.End != "" {
			b = append(b, sep...)
			b = append(b, `"end":`...)
			b = appendJSONString(b, string(p.End))
		}
		b = append(b, '}')
	}
	b = append(b, `,"stance":`...)
	b = appendJSONString(b, string(c.Stance))
	b = append(b, `,"hedge":`...)
	b = appendJSONString(b, c.Hedge)
	b = append(b, `,"evidence":`...)
	b = appendEvidenceJSON(b, &c.Evidence)
	if len(c.Evidences) > 0 {
		b = append(b, `,"evidences":[`...)
		for i := range c.Evidences {
			if i > 0 {
				b = append(b, ',')
			}
			b = appendEvidenceJSON(b, &c.Evidences[i])
		}
		b = append(b, ']')
	}
	if len(c.Sources) > 0 {
		b = append(b, `,"sources":`...)
		b = appendSortedMap(b, c.Sources, func(b []byte, ev claim.Evidence) []byte { return appendEvidenceJSON(b, &ev) })
	}
	b = append(b, `,"confidence":`...)
	b = appendJSONFloat(b, c.Confidence)
	b = append(b, `,"extractor":`...)
	b = appendJSONString(b, c.Extractor)
	return append(b, '}'), true
}

// appendEntitiesJSON writes a slice as encoding/json does: null when nil.
func appendEntitiesJSON(b []byte, es []claim.Entity) []byte {
	if es == nil {
		return append(b, "null"...)
	}
	b = append(b, '[')
	for i := range es {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendEntityJSON(b, &es[i])
	}
	return append(b, ']')
}

func appendEntityJSON(b []byte, e *claim.Entity) []byte {
	b = append(b, `{"text":`...)
	b = appendJSONString(b, e.Text)
	b = append(b, `,"name":`...)
	b = appendJSONString(b, e.Name)
	b = append(b, `,"kind":`...)
	b = appendJSONString(b, string(e.Kind))
	b = appendOptString(b, `,"country":`, e.Country)
	if len(e.IDs) > 0 {
		b = append(b, `,"ids":`...)
		b = appendSortedMap(b, e.IDs, appendJSONString)
	}
	if len(e.Candidates) > 0 {
		b = append(b, `,"candidates":`...)
		b = appendEntitiesJSON(b, e.Candidates)
	}
	return append(b, '}')
}

func appendEvidenceJSON(b []byte, ev *claim.Evidence) []byte {
	b = append(b, `{"sentence":`...)
	b = appendJSONString(b, ev.Sentence)
	b = append(b, `,"start":`...)
	b = strconv.AppendInt(b, int64(ev.Start), 10)
	b = append(b, `,"end":`...)
	b = strconv.AppendInt(b, int64(ev.End), 10)
	return append(b, '}')
}

// appendOptString writes an omitempty string field.
func appendOptString(b []byte, key, s string) []byte {
	if s == "" {
		return b
	}
	return appendJSONString(append(b, key...), s)
}

// appendJSONFloat is encoding/json's float64 form (ES6 number to string).
func appendJSONFloat(b []byte, f float64) []byte {
	format := byte('f')
	if abs := math.Abs(f); abs != 0 && (abs < 1e-6 || abs >= 1e21) {
		format = 'e'
	}
	b = strconv.AppendFloat(b, f, format, -1, 64)
	if format == 'e' {
		// e-09 → e-9
		if n := len(b); n >= 4 && b[n-4] == 'e' && b[n-3] == '-' && b[n-2] == '0' {
			b[n-2] = b[n-1]
			b = b[:n-1]
		}
	}
	return b
}

// jsonPlain marks the ASCII bytes a JSON string holds as they are: one
// table load per byte of the evidence sentences and fingerprints.
var jsonPlain = func() (t [utf8.RuneSelf]bool) {
	for c := range t {
		t[c] = c >= 0x20 && c != '"' && c != '\\'
	}
	return t
}()

// appendJSONString is encoding/json's string form with HTML escaping off:
// quotes, backslashes and control bytes escaped, invalid UTF-8 as \ufffd,
// U+2028 and U+2029 escaped.
func appendJSONString(b []byte, s string) []byte {
	const hex = "0123456789abcdef"
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		// eight plain bytes at once (most of an evidence sentence): none
		// under 0x20, none outside ASCII, no '"' and no '\\' (Anderson's "has
		// a byte less than n" and "has a zero byte" tests, exact as to
		// whether any byte is one; written out here, as a function it was
		// not inlined); a block with any other byte is read byte by byte,
		// up to its end
		if i+8 <= len(s) {
			const ones, highs = 0x0101010101010101, 0x8080808080808080
			w := s[i : i+8]
			x := uint64(w[0]) | uint64(w[1])<<8 | uint64(w[2])<<16 | uint64(w[3])<<24 |
				uint64(w[4])<<32 | uint64(w[5])<<40 | uint64(w[6])<<48 | uint64(w[7])<<56
			q, bs := x^'"'*ones, x^'\\'*ones
			if (x|(x-0x20*ones)&^x|(q-ones)&^q|(bs-ones)&^bs)&highs == 0 {
				i += 8
				continue
			}
		}
		for end := min(i+8, len(s)); i < end; {
			c := s[i]
			if c >= utf8.RuneSelf {
				r, size := utf8.DecodeRuneInString(s[i:])
				if r == utf8.RuneError && size == 1 {
					b = append(b, s[start:i]...)
					b = append(b, `\ufffd`...)
					i += size
					start = i
					continue
				}
				if r == '\u2028' || r == '\u2029' {
					b = append(b, s[start:i]...)
					b = append(b, '\\', 'u', '2', '0', '2', hex[r&0xF])
					i += size
					start = i
					continue
				}
				i += size
				continue
			}
			if jsonPlain[c] {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '\\', '"':
				b = append(b, '\\', c)
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xF])
			}
			i++
			start = i
		}
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}

// appendSortedMap writes m as a JSON object with its keys in order, as
// encoding/json does, each value written by val.
func appendSortedMap[V any](b []byte, m map[string]V, val func([]byte, V) []byte) []byte {
	var stack [8]string
	keys := stack[:0]
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	b = append(b, '{')
	for i, k := range keys {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendJSONString(b, k)
		b = append(b, ':')
		b = val(b, m[k])
	}
	return append(b, '}')
}
