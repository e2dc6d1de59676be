package fetcher

import (
	"bytes"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/transform"

	"github.com/claimwire/claimwire/internal/textenc"
)

var utf8BOM = []byte("\xef\xbb\xbf")

// pageEncoding picks how to decode body: a charset given by the
// Content-Type header or a BOM is obeyed, and so is a <meta> charset other
// than UTF-8 or Windows-1252/Latin-1. Otherwise — UTF-8 declared (often
// wrongly: it is what http.DetectContentType always says), Latin-1 declared
// in a <meta>, or nothing declared — the whole body decides, by the rule of
// internal/textenc: valid UTF-8 stays, a body whose invalid bytes outnumber
// its multi-byte characters is legacy (its <meta> charset, else
// Windows-1252), and a UTF-8 body with a few bad bytes stays UTF-8 (enc nil:
// each bad byte becomes U+FFFD). charset.DetermineEncoding alone guesses
// from the first 1,024 bytes, so an undeclared UTF-8 page whose head is
// ASCII, or whose first KB held one stray byte, came out as Windows-1252.
func pageEncoding(body []byte, contentType string) (enc encoding.Encoding, name string) {
	if bytes.HasPrefix(body, utf8BOM) {
		return nil, textenc.UTF8
	}
	enc, name, certain := charset.DetermineEncoding(body, contentType)
	if name != "utf-8" && (certain || name != "windows-1252") {
		return enc, name
	}
	if !textenc.Legacy(body) {
		return nil, textenc.UTF8
	}
	if lenc, lname, _ := charset.DetermineEncoding(body, "text/html"); lname != "utf-8" && lenc != nil {
		return lenc, lname
	}
	enc, name = charset.Lookup(textenc.Windows1252)
	return enc, name
}

// decodeCharset returns body as valid UTF-8 (without a UTF-8 BOM) and what
// it did; Report.FirstInvalid is an offset into body.
func decodeCharset(body []byte, contentType string) (string, textenc.Report) {
	if enc, name := pageEncoding(body, contentType); enc != nil {
		if out, _, err := transform.Bytes(enc.NewDecoder(), body); err == nil {
			return string(out), textenc.Report{Encoding: name, FirstInvalid: -1}
		}
	}
	bom := 0
	if bytes.HasPrefix(body, utf8BOM) {
		bom = len(utf8BOM)
	}
	text, rep := textenc.Repair(body[bom:])
	if rep.FirstInvalid >= 0 {
		rep.FirstInvalid += bom
	}
	return text, rep
}

// DecodeReport says how ParsePage decodes body served as contentType,
// without decoding it, for callers that warn about repaired bytes (which
// ParsePage itself does not report): Invalid > 0 means that many invalid
// UTF-8 bytes become U+FFFD, the first at byte FirstInvalid of body.
func DecodeReport(body []byte, contentType string) textenc.Report {
	enc, name := pageEncoding(body, contentType)
	rep := textenc.Report{Encoding: name, FirstInvalid: -1}
	if enc == nil {
		_, rep.Invalid, rep.FirstInvalid = textenc.Census(body)
	}
	return rep
}
