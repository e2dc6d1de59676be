package extractor

import "testing"

// TestOngoingAttackIsOfThePublicationYear: "The campaign is still ongoing",
// « La campagne serait toujours en cours », « la cyberattaque qui paralyse
// depuis plusieurs jours… », "for the past few days" tell an attack that
// runs up to publication: its period is the publication year (dates
// lexicon relative_periods). Before, these claims had no period. "for
// days" alone is left out: it also tells a past event's length ("the 2015
// hack, which took the network offline for days"). Texts written for this
// rule.
func TestOngoingAttackIsOfThePublicationYear(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ name, lang, text, accuser string }{
		{"toujours en cours", "fr", "L'Anssi a attribué mercredi à APT31, un groupe lié à Pékin, une vaste campagne d'intrusions visant des entités françaises. La campagne serait toujours en cours.", "ANSSI"},
		{"still ongoing", "en", "France's cyber agency on Wednesday blamed APT31, a group tied to Beijing, for a broad intrusion campaign against French organisations. The campaign is still ongoing, the agency said.", "France"},
		{"depuis plusieurs jours", "fr", "L'agence de sécurité du Monténégro a accusé vendredi des services russes d'être derrière la cyberattaque qui paralyse depuis plusieurs jours les systèmes du gouvernement.", "Montenegro"},
		{"for the past few days", "en", "Montenegro's security agency on Friday blamed Russian services for the cyberattack that has crippled government systems for the past few days.", "Montenegro"},
	} {
		t.Run(tc.lang+"/"+tc.name, func(t *testing.T) {
			cs := extract(t, tc.lang, "2021-07-22", "Cyber news\n\n"+tc.text)
			if got := periodOf(cs, tc.accuser); got != "2021–2021" {
				t.Errorf("period %s, want 2021–2021", got)
			}
		})
	}
}
