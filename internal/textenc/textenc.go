// Package textenc turns the bytes of a text or page with no trustworthy
// charset into UTF-8, the one way for every input path (extract files,
// fetched pages without a declared charset, pages whose declared UTF-8 is
// broken), and says what it did so that the caller can warn.
//
// The rule: valid UTF-8 stays as is; text whose invalid bytes outnumber its
// valid multi-byte characters is a legacy single-byte encoding (Windows-1252,
// the superset of Latin-1 that old French and English pages use); any other
// text is UTF-8 with a few bad bytes, each replaced by U+FFFD. One stray byte
// in a UTF-8 article used to turn the whole article into mojibake, and its
// claims with it.
package textenc

import (
	"encoding/binary"
	"fmt"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

// Encoding names, as reported in Report.Encoding.
const (
	UTF8        = "utf-8"
	UTF16       = "utf-16"
	Windows1252 = "windows-1252"
)

// Report says how bytes became text.
type Report struct {
	Encoding string // UTF8, UTF16, Windows1252 or a declared charset's name
	// Invalid counts the invalid UTF-8 bytes replaced by U+FFFD (each one
	// byte of input, three of output: offsets into the text after the first
	// one are 2×Invalid bytes further than in the input).
	Invalid int
	// FirstInvalid is the byte offset in the input of the first invalid
	// byte, -1 when there is none.
	FirstInvalid int
}

// Repaired reports whether bad bytes were replaced.
func (r Report) Repaired() bool { return r.Invalid > 0 }

// Warning is the sentence a caller logs when bad bytes were replaced, ""
// otherwise.
func (r Report) Warning() string {
	if r.Invalid == 0 {
		return ""
	}
	return fmt.Sprintf("%d invalid UTF-8 byte(s) replaced by U+FFFD, the first at byte offset %d", r.Invalid, r.FirstInvalid)
}

// Census counts the valid multi-byte UTF-8 characters of b and its invalid
// bytes, and finds the first invalid byte (-1 when none).
func Census(b []byte) (multi, invalid, first int) {
	first = -1
	for i := 0; i < len(b); {
		if b[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size == 1 {
			if first < 0 {
				first = i
			}
			invalid++
		} else {
			multi++
		}
		i += size
	}
	return multi, invalid, first
}

// Legacy reports whether b is better read as a single-byte legacy encoding
// than as UTF-8: it is not valid UTF-8 and its invalid bytes outnumber its
// valid multi-byte characters (a Latin-1 text has almost none of those; a
// UTF-8 text with a stray byte has many). Plain ASCII with one high byte is
// legacy too, which changes nothing but that byte.
func Legacy(b []byte) bool {
	multi, invalid, _ := Census(b)
	return invalid > multi
}

// Repair returns b as UTF-8 with every invalid byte replaced by U+FFFD.
func Repair(b []byte) (string, Report) {
	rep := Report{Encoding: UTF8, FirstInvalid: -1}
	if valid(b) {
		return string(b), rep
	}
	var sb strings.Builder
	sb.Grow(len(b) + 16)
	start := 0 // start of the pending valid run
	for i := 0; i < len(b); {
		if b[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size == 1 {
			if rep.FirstInvalid < 0 {
				rep.FirstInvalid = i
			}
			rep.Invalid++
			sb.Write(b[start:i])
			sb.WriteString("\uFFFD")
			i++
			start = i
			continue
		}
		i += size
	}
	sb.Write(b[start:])
	return sb.String(), rep
}

// Sniff decodes bytes that declare no charset: UTF-16 when they start with
// a byte-order mark, else UTF-8 (a UTF-8 byte-order mark is kept, so offsets
// into the text are offsets into the input), else — when Legacy —
// Windows-1252, else UTF-8 repaired. Only Repair changes offsets.
func Sniff(b []byte) (string, Report, error) {
	if len(b) >= 2 && (b[0] == 0xff && b[1] == 0xfe || b[0] == 0xfe && b[1] == 0xff) {
		out, err := unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM).NewDecoder().Bytes(b)
		if err != nil {
			return "", Report{Encoding: UTF16, FirstInvalid: -1}, fmt.Errorf("textenc: utf-16: %w", err)
		}
		return string(out), Report{Encoding: UTF16, FirstInvalid: -1}, nil
	}
	ok := valid(b) // once: Repair of a valid text would check it again
	if !ok && Legacy(b) {
		out, err := charmap.Windows1252.NewDecoder().Bytes(b)
		if err != nil {
			return "", Report{Encoding: Windows1252, FirstInvalid: -1}, fmt.Errorf("textenc: windows-1252: %w", err)
		}
		return string(out), Report{Encoding: Windows1252, FirstInvalid: -1}, nil
	}
	if ok {
		return string(b), Report{Encoding: UTF8, FirstInvalid: -1}, nil
	}
	s, rep := Repair(b)
	return s, rep, nil
}

// valid is utf8.Valid, which reads eight ASCII bytes at a time only until
// the first byte outside ASCII and then goes byte by byte to the end: an
// English text's first curly quote or a French text's first accent made the
// rest of it cost ~9 instructions a byte. Here each multi-byte character is
// decoded and the eight-byte reads resume after it.
func valid(b []byte) bool {
	for i := 0; i < len(b); {
		if i+8 <= len(b) {
			if binary.LittleEndian.Uint64(b[i:])&0x8080808080808080 == 0 {
				i += 8
				continue
			}
		}
		if b[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size == 1 {
			return false
		}
		i += size
	}
	return true
}
