package extractor

import "testing"

// TestSharedAgencyOwner: an agency name several states give their organ
// (lexicon shared_agencies: "NCSC", « Centre national pour la
// cybersécurité ») is the one of those states the article names most
// often: a Swiss story's NCSC is Switzerland's; a British story's, or one
// written "Britain's NCSC", stays Britain's. Before, every NCSC was
// Britain's and the French long form was no name. Texts written for this
// rule.
func TestSharedAgencyOwner(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ name, lang, text, want string }{
		{"Swiss NCSC (fr)", "fr", "Les sites de l'administration suisse ont été paralysés mardi, en pleine visite du président ukrainien en Suisse. Le Centre national pour la cybersécurité (NCSC) a attribué ces attaques au groupe prorusse NoName057(16).", "CH"},
		{"Swiss NCSC (en)", "en", "Swiss government websites were knocked offline on Tuesday during the Ukrainian president's visit to Switzerland. The National Cyber Security Centre (NCSC) attributed the attacks to the pro-Russian group NoName057(16).", "CH"},
		{"British NCSC (en)", "en", "British officials said the attack hit several councils across the United Kingdom. The NCSC attributed the attacks to the pro-Russian group NoName057(16), which also targeted the Netherlands and the Netherlands' ports.", "GB"},
		{"Britain's NCSC with Swiss victims (en)", "en", "Swiss and Swiss-based banks were hit in Switzerland, Switzerland's regulator said. Britain's NCSC attributed the attacks to the pro-Russian group NoName057(16).", "GB"},
	} {
		t.Run(tc.lang+"/"+tc.name, func(t *testing.T) {
			got := ""
			for _, c := range extract(t, tc.lang, "2023-06-07", "Cyber news\n\n"+tc.text) {
				if c.Accuser != nil && c.Accused != nil && c.Accused.Name == "NoName057(16)" {
					got = c.Accuser.Country
				}
			}
			if got != tc.want {
				t.Errorf("NCSC's country %q, want %q", got, tc.want)
			}
		})
	}
}

// TestSharedAgencyLithuania: Lithuania's National Cyber Security Centre
// (NKSC) is one of the shared_agencies' owners: a Lithuanian story's
// « Centre national de cybersécurité » is Lithuania's. Before, it was
// Britain's. Texts written for this rule.
func TestSharedAgencyLithuania(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ name, lang, text string }{
		{"centre national de cybersécurité", "fr", "Les attaques par déni de service qui visent depuis lundi des sites lituaniens sont l'œuvre du collectif pro-russe Killnet, a indiqué lundi le Centre national de cybersécurité (NKSC). Le groupe avait menacé la Lituanie après la décision de restreindre le transit vers Kaliningrad."},
		{"National Cyber Security Centre", "en", "The denial-of-service attacks that have hit Lithuanian websites since Monday are the work of the pro-Russian collective Killnet, the National Cyber Security Centre said on Monday. The group had threatened Lithuania over transit restrictions to Kaliningrad."},
	} {
		t.Run(tc.lang+"/"+tc.name, func(t *testing.T) {
			got := ""
			for _, c := range extract(t, tc.lang, "2022-06-27", "Cyber news\n\n"+tc.text) {
				if c.Accuser != nil && c.Accused != nil && c.Accused.Name == "Killnet" {
					got = c.Accuser.Country
				}
			}
			if got != "LT" {
				t.Errorf("accuser's country %q, want LT", got)
			}
		})
	}
}
