package extractor

import (
	"testing"

	"github.com/claimwire/claimwire/claim"
)

// accuserAccusedCase is one article and the accuser and accused of its
// first accusation ("" for no claim).
type accuserAccusedCase struct {
	name, lang, text, accuser, accused string
}

func checkAccuserAccused(t *testing.T, cases []accuserAccusedCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.lang+"/"+tc.name, func(t *testing.T) {
			acc, acd := "", ""
			for _, c := range extract(t, tc.lang, "2025-10-08", tc.text) {
				if c.Stance == claim.StanceAccusation && c.Accused != nil {
					if c.Accuser != nil {
						acc = c.Accuser.Name
					}
					acd = c.Accused.Name
					break
				}
			}
			if acc != tc.accuser || acd != tc.accused {
				t.Errorf("accuser, accused = %q, %q, want %q, %q", acc, acd, tc.accuser, tc.accused)
			}
		})
	}
}

// TestOriginAfterTargetNoun: a state after an origin cue ("came from", «
// provenait de », « venait de ») is the attack's origin even when a victim
// noun stands before the cue (« la cyberattaque contre son agence de presse
// provenait de Russie »): before, « presse … de Russie » made Russia the
// owner of a target. Sentences written for this rule.
func TestOriginAfterTargetNoun(t *testing.T) {
	t.Parallel()
	checkAccuserAccused(t, []accuserAccusedCase{
		{"came from", "en", ministryEN("Poland said the cyberattack on its news agency came from Russia."), "Poland", "Russia"},
		{"provenait de", "fr", ministryFR("La Pologne a indiqué que la cyberattaque contre son agence de presse provenait de Russie."), "Poland", "Russia"},
		{"venait de", "fr", ministryFR("La Pologne a indiqué que la cyberattaque contre son agence de presse venait de Russie."), "Poland", "Russia"},
		{"vient de publier (no origin)", "fr", ministryFR("L'ANSSI vient de publier un rapport sur la cyberattaque contre l'hôpital de Corbeil-Essonnes."), "", ""},
	})
}

// TestCleftWithAttackerNoun: a cleft's focus may be an attacker noun with a
// nationality ("it was Iranian hackers who…", « ce sont des pirates
// iraniens qui… »), not only a bare name. Sentences written for this rule.
func TestCleftWithAttackerNoun(t *testing.T) {
	t.Parallel()
	checkAccuserAccused(t, []accuserAccusedCase{
		{"it was demonym hackers who", "en", ministryEN("Google said it was Iranian hackers who breached the ministry's mail server."), "Google", "Iran"},
		{"according to, it was demonym hackers who", "en", ministryEN("According to Google, it was Iranian hackers who breached the ministry's mail server."), "Google", "Iran"},
		{"it was a name that (unchanged)", "en", ministryEN("Google said it was Russia that breached the ministry's mail server."), "Google", "Russia"},
		{"ce sont des pirates demonym qui", "fr", ministryFR("Selon Google, ce sont des pirates iraniens qui ont piraté la messagerie du ministère."), "Google", "Iran"},
		{"affirme que ce sont des pirates qui", "fr", ministryFR("Google affirme que ce sont des pirates iraniens qui ont piraté la messagerie du ministère."), "Google", "Iran"},
		{"c'est X qui (unchanged)", "fr", ministryFR("Selon Google, c'est la Russie qui a piraté la messagerie du ministère."), "Google", "Russia"},
	})
}

// TestFavouredLead: « privilégier la piste russe », « la piste de la Russie »
// — a French idiom for the suspect investigators favour: the subject
// accuses the state of the lead; ruling the lead out accuses no one.
// « Évoquer la piste » is only raising it (it gave claims on a blind
// negative) and is no trigger of its own. Sentences written for this rule.
func TestFavouredLead(t *testing.T) {
	t.Parallel()
	checkAccuserAccused(t, []accuserAccusedCase{
		{"privilégie la piste demonym", "fr", ministryFR("La police française privilégie la piste russe après la cyberattaque contre l'hôpital de Rennes."), "France", "Russia"},
		{"privilégie la piste de", "fr", ministryFR("La police française privilégie la piste de la Russie après la cyberattaque contre l'hôpital de Rennes."), "France", "Russia"},
		{"évoque la piste d'un groupe", "fr", ministryFR("Le parquet de Paris évoque la piste d'un groupe prorusse, NoName057(16), après l'attaque contre les sites des préfectures."), "France", "NoName057(16)"},
		{"évoquent la piste (speculation)", "fr", ministryFR("Des experts évoquent la piste russe après la cyberattaque contre l'hôpital de Rennes, mais les autorités ne désignent aucun coupable."), "", ""},
		{"écarté la piste", "fr", ministryFR("Les enquêteurs ont écarté la piste russe après la cyberattaque contre l'hôpital de Rennes."), "", ""},
	})
}
