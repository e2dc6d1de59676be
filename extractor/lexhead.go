package extractor

import (
	"encoding/json"
	"strings"
)

// lexiconHead decodes what openLexicons keeps of an embedded lexicon, its
// "lang" and "guess_words", as json.Unmarshal into a struct of those two
// fields does. json.Unmarshal read the whole file twice (validity scan,
// then decode skipping the other keys): ~10 M instructions for the two
// embedded lexicons, a sixth of a one-file `claimwire extract` (issue 11).
// Here the top-level values are skipped by bracket depth and only the two
// wanted ones are decoded by encoding/json. Anything the skim does not
// expect (a key with an escape, outside ASCII or matching a wanted name
// only case-insensitively, a stray byte between values) falls back to
// json.Unmarshal. The skim does not validate the values it skips: it reads
// only embedded files, which TestEmbeddedLexiconsValid holds to the strict
// decoder and TestLexiconHeadIsUnmarshal to json.Unmarshal.
func lexiconHead(data []byte) (lang string, words []string, err error) {
	var head struct {
		Lang       string   `json:"lang"`
		GuessWords []string `json:"guess_words"`
	}
	if !skimHead(data, &head.Lang, &head.GuessWords) {
		head.Lang, head.GuessWords = "", nil
		err = json.Unmarshal(data, &head)
	}
	return head.Lang, head.GuessWords, err
}

// skimHead fills lang and words from data's top-level object; false when
// data is not the simple shape it reads.
func skimHead(data []byte, lang *string, words *[]string) bool {
	i := skipSpace(data, 0)
	if i >= len(data) || data[i] != '{' {
		return false
	}
	i = skipSpace(data, i+1)
	if i < len(data) && data[i] == '}' {
		return skipSpace(data, i+1) == len(data)
	}
	for {
		if i >= len(data) || data[i] != '"' {
			return false
		}
		j := i + 1
		for j < len(data) && data[j] != '"' && data[j] != '\\' && data[j] < 0x80 {
			j++
		}
		if j >= len(data) || data[j] != '"' {
			return false
		}
		key := string(data[i+1 : j])
		i = skipSpace(data, j+1)
		if i >= len(data) || data[i] != ':' {
			return false
		}
		i = skipSpace(data, i+1)
		end := skipValue(data, i)
		if end < 0 {
			return false
		}
		switch {
		case key == "lang":
			if json.Unmarshal(data[i:end], lang) != nil {
				return false
			}
		case key == "guess_words":
			if json.Unmarshal(data[i:end], words) != nil {
				return false
			}
		case strings.EqualFold(key, "lang") || strings.EqualFold(key, "guess_words"):
			return false // encoding/json's case-insensitive match: its own path
		}
		i = skipSpace(data, end)
		if i >= len(data) {
			return false
		}
		switch data[i] {
		case ',':
			i = skipSpace(data, i+1)
		case '}':
			return skipSpace(data, i+1) == len(data)
		default:
			return false
		}
	}
}

// skipSpace skips JSON white space from i.
func skipSpace(data []byte, i int) int {
	for i < len(data) && (data[i] == ' ' || data[i] == '\n' || data[i] == '\t' || data[i] == '\r') {
		i++
	}
	return i
}

// skipValue returns the end of the JSON value at i (a string, an array or
// object by bracket depth with the strings in it, or a literal up to the
// next delimiter), -1 when it runs off the end.
func skipValue(data []byte, i int) int {
	depth := 0
	for i < len(data) {
		switch c := data[i]; c {
		case '"':
			i++
			for i < len(data) && data[i] != '"' {
				if data[i] == '\\' {
					i++
				}
				i++
			}
			if i >= len(data) {
				return -1
			}
			i++
		case '{', '[':
			depth++
			i++
		case '}', ']':
			if depth == 0 {
				return i
			}
			depth--
			i++
		case ',', ' ', '\n', '\t', '\r':
			if depth == 0 {
				return i
			}
			i++
		default:
			i++
		}
		if depth == 0 && i > 0 && (data[i-1] == '"' || data[i-1] == '}' || data[i-1] == ']') {
			return i
		}
	}
	if depth == 0 {
		return i
	}
	return -1
}
