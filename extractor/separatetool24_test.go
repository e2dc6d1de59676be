package extractor

import "testing"

// TestSeparateStoryAndNamedTool: a sentence marked as another story ("a
// separate cluster accused of…", « un groupe distinct accusé de… ») takes
// no accuser from the claims before it and, with none of its own, gives
// no claim; a name introduced after a tool noun ("a privacy protocol
// called Railgun", « un protocole … baptisé Railgun ») is a tool, not an
// accused group. Before, both were accused by the FBI. Texts written for
// this rule.
func TestSeparateStoryAndNamedTool(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ name, lang, pub, text, drop string }{
		{"separate cluster", "en", "2024-10-26", "Hackers linked to the Chinese government targeted phones used by campaign staff, the FBI said on Friday. The statement did not name a group. Earlier this year, congressional hearings focused on Volt Typhoon, a separate cluster accused of burrowing into power and water systems.", "Volt Typhoon"},
		{"groupe distinct", "fr", "2024-10-26", "Des pirates liés au gouvernement chinois ont visé les téléphones de l'équipe de campagne, a indiqué vendredi le FBI. Le communiqué ne nomme aucun groupe. Plus tôt cette année, des auditions au Congrès portaient sur Volt Typhoon, un groupe distinct accusé de s'infiltrer dans les réseaux d'eau et d'électricité.", "Volt Typhoon"},
		{"protocol called", "en", "2023-01-24", "The FBI said on Monday that North Korean hackers from the Lazarus Group were responsible for the theft of $100 million in cryptocurrency from the Harmony bridge. According to the bureau, the hackers used a privacy protocol called Railgun to launder the funds.", "Railgun"},
		{"protocole baptisé", "fr", "2023-01-24", "Le FBI a affirmé lundi que des pirates nord-coréens du groupe Lazarus étaient responsables du vol de 100 millions de dollars en cryptomonnaies. Selon le bureau, les pirates ont utilisé un protocole de confidentialité baptisé Railgun pour blanchir les fonds.", "Railgun"},
	} {
		t.Run(tc.lang+"/"+tc.name, func(t *testing.T) {
			cs := extract(t, tc.lang, tc.pub, "Cyber news\n\n"+tc.text)
			if len(cs) == 0 {
				t.Fatal("no claim: the news claim is lost")
			}
			for _, c := range cs {
				if c.Accused != nil && c.Accused.Name == tc.drop {
					t.Errorf("%s accused by %+v", tc.drop, c.Accuser)
				}
			}
		})
	}
}
