package extractor

import "testing"

// TestUnnamedSpeakerAfterComma: "…hacked an agency in Manila, analysts
// said", "…, a security firm said": the verb's subject is a researcher or
// firm nobody names, standing after the comma; the institution noun of the
// clause before ("agency") is the attack's object, so the sentence has no
// institution for a subject and the country the article is about does not
// speak through it. Before, the Philippines accused China on behalf of an
// unnamed firm. Sentences written for this rule; the guards keep an
// unnamed institution speaker ("a foreign ministry spokesman said").
func TestUnnamedSpeakerAfterComma(t *testing.T) {
	t.Parallel()
	checkClaimKeys(t, []keyCase{
		{"en/analysts said", "en", "Cyber news\n\nHackers linked to Beijing hacked an agency in Manila, analysts said.", []string{"?>CN>PH"}},
		{"en/a security firm said", "en", "Cyber news\n\nHackers linked to Beijing broke into a Philippine government agency, a security firm said on Monday.", []string{"?>CN>PH"}},
		{"en/guard: ministry spokesman", "en", "Cyber news\n\nHackers linked to Beijing hacked an agency in Manila, a foreign ministry spokesman said.", []string{"PH>CN>PH"}},
	})
}

// TestInsideTheNetworks: "spent most of 2023 inside the networks of",
// "lurked in", « sont restés tapis dans les réseaux de » tell an intrusion:
// the one inside is the attacker, the network's owner the victim. Before,
// with no attack word, the Philippine agency stood accused. Sentences
// written for this rule.
func TestInsideTheNetworks(t *testing.T) {
	t.Parallel()
	checkClaimKeys(t, []keyCase{
		{"en/inside the networks of", "en", "Cyber news\n\nHackers linked to Beijing spent most of 2023 inside the networks of a Philippine government agency, ESET said on Monday.", []string{"ESET>CN>PH"}},
		{"en/lurked in", "en", "Cyber news\n\nESET said hackers linked to Beijing lurked in the networks of a Philippine government agency for most of 2023.", []string{"ESET>CN>PH"}},
		{"fr/tapis dans", "fr", "Cyber news\n\nSelon ESET, des pirates liés à Pékin sont restés tapis dans les réseaux d'une agence gouvernementale philippine pendant presque toute l'année 2023.", []string{"ESET>CN>PH"}},
	})
}

// TestUnnamedSpeakerInverted: the inverted subject of « …, a indiqué une
// société de sécurité » is an unnamed firm too; "said a foreign ministry
// spokesman" stays an institution's.
func TestUnnamedSpeakerInverted(t *testing.T) {
	t.Parallel()
	checkClaimKeys(t, []keyCase{
		{"fr/a indiqué une société", "fr", "Cyber news\n\nDes pirates liés à Pékin ont piraté une agence gouvernementale philippine, a indiqué une société de sécurité.", []string{"?>CN>PH"}},
		{"en/guard: said a ministry spokesman", "en", "Cyber news\n\nHackers linked to Beijing hacked an agency in Manila, said a foreign ministry spokesman.", []string{"PH>CN>PH"}},
	})
}

// TestDenialListsNoVictims: "Moscow denied that its hackers had broken
// into ministries in Belgium and Denmark" answers the accusation before
// it; the places it names are what the denier rejects, not the victims of
// the claim (before, any attack verb in the denial lent them; the
// existing "a denial names no victims" case used a phrase that was no
// attack verb until "inside the networks of" became one).
func TestDenialListsNoVictims(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ lang, text string }{
		{"en", "Cyber news\n\nThe Dutch government on Tuesday accused the GRU of a campaign of cyber espionage.\n\nMoscow denied that its hackers had broken into the networks of ministries in Belgium and Denmark."},
		{"fr", "Cyber news\n\nLe gouvernement néerlandais a accusé mardi le GRU d'une campagne de cyberespionnage.\n\nMoscou a démenti que ses pirates aient piraté des ministères en Belgique et au Danemark."},
	} {
		t.Run(tc.lang, func(t *testing.T) {
			cs := extract(t, tc.lang, "2021-06-10", tc.text)
			if len(cs) == 0 {
				t.Fatal("no claim")
			}
			for _, c := range cs {
				for _, v := range c.Victims {
					if v.Country == "BE" || v.Country == "DK" {
						t.Errorf("victim %s from the denial", v.Country)
					}
				}
			}
		})
	}
}
