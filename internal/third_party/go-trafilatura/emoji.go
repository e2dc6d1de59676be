package trafilatura

import "strings"

// removeEmojis drops emoji from an author string.
//
// claimwire patch: upstream called gomoji.RemoveEmojis, whose package init
// builds a map of every emoji (~1 MB, several ms) in every process that links
// go-trafilatura, whatever it does. This removes the code points emoji are
// made of instead: pictographs and symbols, regional indicators (flags),
// skin-tone modifiers, keycaps, tags, variation selector 16 and the
// zero-width joiner. Text symbols (©, ®, ™, digits) are kept.
func removeEmojis(s string) string {
	if !strings.ContainsFunc(s, isEmojiRune) {
		return s
	}
	return strings.Map(func(r rune) rune {
		if isEmojiRune(r) {
			return -1
		}
		return r
	}, s)
}

func isEmojiRune(r rune) bool {
	switch {
	case r >= 0x1F000 && r <= 0x1FAFF: // pictographs, emoticons, transport, flags, modifiers
		return true
	case r >= 0x2600 && r <= 0x27BF: // miscellaneous symbols, dingbats
		return true
	case r >= 0x2B00 && r <= 0x2BFF, r >= 0x2300 && r <= 0x23FF: // arrows and stars, technical (⌚ ⏰)
		return true
	case r >= 0xE0020 && r <= 0xE007F: // tags (subdivision flags)
		return true
	case r == 0xFE0F, r == 0x200D, r == 0x20E3: // VS16, ZWJ, keycap
		return true
	}
	return false
}
