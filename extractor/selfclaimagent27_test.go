package extractor

import (
	"strings"
	"testing"
)

// TestSelfClaimAgentApposition: the agent of a self-claim may stand in
// apposition after its head ("claimed by a previously unknown group,
// DarkBit", « revendiquée par un collectif inconnu jusque-là, DarkBit »)
// and after a short place of the claim (« revendiquée sur une messagerie
// chiffrée par le collectif DarkBit », "claimed on Telegram by the group
// DarkBit"): the group boasts, no one accuses it. Before, DarkBit was
// accused beside the group the agency named. Texts written for this test.
func TestSelfClaimAgentApposition(t *testing.T) {
	t.Parallel()
	lead := map[string]string{
		"en": "Technion attack\n\nIsrael's INCD blamed MuddyWater for the attack on the Technion. ",
		"fr": "Attaque contre le Technion\n\nL'INCD accuse MuddyWater d'avoir attaqué le Technion. ",
	}
	for _, tc := range []struct{ name, lang, text string }{
		{"apposition", "en", "The attack had been claimed by a previously unknown group, DarkBit, which demanded a ransom."},
		{"apposition", "fr", "L'attaque avait été revendiquée par un collectif inconnu jusque-là, DarkBit, qui réclamait une rançon."},
		{"place first", "en", "The attack had been claimed on Telegram by the group DarkBit, which demanded a ransom."},
		{"place first", "fr", "L'attaque avait été revendiquée sur une messagerie chiffrée par le collectif DarkBit, qui réclamait une rançon."},
	} {
		t.Run(tc.lang+"/"+tc.name, func(t *testing.T) {
			got := accusedNames(extract(t, tc.lang, "2023-03-08", lead[tc.lang]+tc.text))
			if !strings.Contains(got, "MuddyWater") || strings.Contains(got, "DarkBit") {
				t.Errorf("accused %q, want MuddyWater and not DarkBit", got)
			}
		})
	}
}

// TestForeignNameKnownAcronym: a known organ's acronym in brackets after a
// name the tables do not know in the article's language (« La Direction
// nationale de la cybersécurité (INCD) a annoncé que… ») names the
// speaker. Before, the brackets hid it and the lead sentence gave no claim.
// Texts written for this test.
func TestForeignNameKnownAcronym(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ lang, text, want string }{
		{"fr", "Technion\n\nLa Direction nationale de la cybersécurité (INCD) a annoncé mardi que l'attaque informatique qui a paralysé le Technion était l'œuvre de MuddyWater.", "INCD>MuddyWater"},
		// the name's capital opens the sentence
		{"en", "Police breach\n\nDutch military intelligence (MIVD) said that a Russian group it calls Laundry Bear breached the police.", "NL>Laundry Bear"},
	} {
		cs := extract(t, tc.lang, "2023-03-08", tc.text)
		if got := strings.Join(claimKeys(cs), " "); !strings.Contains(got, tc.want) {
			t.Errorf("claims %q, want %s", got, tc.want)
		}
	}
}
