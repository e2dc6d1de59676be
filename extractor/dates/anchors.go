package dates

// Anchors (issue 11): two sentences in three that the extractor asks about
// hold no date, yet nearly every one holds a word a date phrase may start
// with ("the" of "the previous year", « de » of « de 2019 à 2021 », "a" of
// "a week ago"), so the matcher tried them all, word by word. Every date
// expression the matcher returns holds a digit or a phrase of one of the
// anchor roles below: a year, a day or a numeric date are digits; a month,
// weekday, season, relative day or period is named; a count ("three years
// ago", « il y a deux ans ») needs its unit. Each phrase of those roles
// gives one of its words as its anchor (the longest: "previous" of "the
// previous year", not "the"), and a sentence with no digit and no anchor
// word has no date, found in the key look-up every token has anyway.

// anchorRoles are the roles of which every date expression holds a phrase
// or else a digit (see expr, atomAt, word, named, qualified, count).
const anchorRoles = 1<<roleMonth | 1<<roleMonthAbbr | 1<<roleWeekday | 1<<roleSeason |
	1<<roleDayRel | 1<<rolePeriod | 1<<roleUnit

// The roles are bits of a uint64 mask below anchorBit.
var _ = [1]struct{}{}[roleQuantity>>6]

// anchorWords returns the anchor word of every phrase of an anchor role:
// its longest token (the last of equal length). A token ending with an
// elision apostrophe is never one: a text token "x'" not found is looked
// up again as "x" (find), and a new key "x'" would change what it finds. A
// phrase made only of such tokens is anchored on its first, a key already.
func (lx *lexicon) anchorWords() map[string]bool {
	out := map[string]bool{}
	for k, es := range lx.first {
		for _, e := range es {
			if anchorRoles&(1<<e.role) == 0 {
				continue
			}
			best := ""
			for _, w := range e.toks {
				if len(w) >= len(best) && w[len(w)-1] != '\'' {
					best = w
				}
			}
			if best == "" {
				best = k // the first word is a key: no new key is made
			}
			out[best] = true
		}
	}
	return out
}
