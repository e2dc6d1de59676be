// Package latin1 answers one question for the tokenizers of the extractor
// and the dates parser: is the UTF-8 text at an offset a letter of
// Latin-1's upper half, the commonest runes outside ASCII in French text,
// which they take inside a word without decoding them (issue 11).
package latin1

// IsLetter reports a letter of Latin-1's upper half at s[i] (à…ÿ, À…ß:
// 0xC3 and a continuation byte other than those of × and ÷).
func IsLetter(s string, i int) bool {
	if s[i] != 0xC3 || i+1 >= len(s) {
		return false
	}
	c := s[i+1]
	return c&0xC0 == 0x80 && c != 0x97 && c != 0xB7
}
