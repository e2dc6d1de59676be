package extractor

import "testing"

// TestIndefiniteSubjectSpeculates: an accusation whose subject is an
// indefinite quantifier ("Some suspect Russia", "Many experts blamed
// Iran", « certains le soupçonnent », « d'autres accusent ») is speculation by people the article
// does not name: no claim, and no earlier speaker lent to it. Before, the
// English sentences gave a claim with no accuser (or the last speaker's)
// and the French one, after a group's self-claim, accused the group named
// in it; a cue or a saying with such a subject ("Some pointed to its
// alliance with Killnet") lent its group to the article's accuser. A
// named subject is the guard. Texts written for this rule.
func TestIndefiniteSubjectSpeculates(t *testing.T) {
	t.Parallel()
	lead := map[string]string{
		"en": "DDoS attacks hit French ministries\n\nSeveral French ministries were hit by DDoS attacks on Sunday, the prime minister's office said on Monday. ",
		"fr": "Des ministères visés par des attaques DDoS\n\nPlusieurs ministères ont été visés dimanche par des attaques DDoS, a annoncé lundi Matignon. ",
	}
	for _, tc := range []struct {
		name, lang, text string
		want             bool
	}{
		{"some suspect", "en", "Some suspect Russia of being behind the attacks.", false},
		{"some experts", "en", "Some security experts suspect Russia of being behind the attacks.", false},
		{"many blamed", "en", "Many blamed Russia for the attacks.", false},
		{"others", "en", "The group claimed the attacks on Telegram. Others accused Russia of orchestrating them.", false},
		{"certains", "fr", "Le collectif Anonymous Sudan a revendiqué les attaques. Certains le soupçonnent d'être lié à Killnet, un collectif prorusse.", false},
		{"d'autres", "fr", "Le collectif a revendiqué les attaques. D'autres accusent la Russie d'être derrière ces attaques.", false},
		{"some pointed to", "en", "Microsoft blamed the attacks on Anonymous Sudan. Some pointed to its public alliance with Killnet, a pro-Russian collective, and suspected that Moscow was pulling the strings.", false},
		{"certains pointent", "fr", "Microsoft a attribué les attaques à Anonymous Sudan. Certains pointent son alliance affichée avec Killnet, un collectif prorusse, et estiment que Moscou tire les ficelles.", false},
		{"guard named", "en", "The French government blamed Russia for the attacks.", true},
		{"guard nommé", "fr", "Le gouvernement français a accusé la Russie d'être derrière ces attaques.", true},
	} {
		t.Run(tc.lang+"/"+tc.name, func(t *testing.T) {
			got := false
			for _, c := range extract(t, tc.lang, "2024-03-11", lead[tc.lang]+tc.text) {
				if c.Accused != nil && (c.Accused.Country == "RU" || c.Accused.Name == "Killnet") {
					got = true
				}
			}
			if got != tc.want {
				t.Errorf("claim against Russia or Killnet: %v, want %v", got, tc.want)
			}
		})
	}
}
