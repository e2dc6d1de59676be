package extractor

import (
	"strings"
	"unicode/utf8"
)

// TruncateText returns the start of text, at most max bytes, and whether it
// cut anything. The cut falls at the last paragraph break in the window's
// second half, else the last sentence end (". ", "! ", "? ", then a line
// break), else the last space, else a rune boundary: the result is always
// a prefix of text, so offsets into it are offsets into text.
func TruncateText(text string, max int) (string, bool) {
	if max <= 0 || len(text) <= max {
		return text, false
	}
	win := text[:max]
	half := max / 2
	for _, sep := range []string{"\n\n", ". ", "! ", "? ", "\n", " "} {
		if i := strings.LastIndex(win, sep); i >= half {
			// keep the full stop, drop the white space
			return strings.TrimRight(text[:i+len(strings.TrimRight(sep, " \n"))], " \t\r\n"), true
		}
	}
	e := max
	for e > 0 && !utf8.RuneStart(text[e]) {
		e--
	}
	return text[:e], true
}
