package extractor

import "testing"

// TestNamingIsNoAccusation: « désigne les opérateurs de DoppelPaymer sous le
// nom de Doppel Spider » names a group (naming_phrases after the accusation
// word and its object); it accuses nobody. Before, CrowdStrike accused Doppel
// Spider in a story where nobody attributed the attack. « Israël désigne
// MuddyWater comme l'auteur » still accuses (guard). Sentences written for
// this rule, found on the read blind-bc/fr-006.
func TestNamingIsNoAccusation(t *testing.T) {
	t.Parallel()
	fr := "Actualité\n\nLa compagnie pétrolière Pemex a subi dimanche une attaque au rançongiciel. "
	checkClaimKeys(t, []keyCase{
		{"fr/désigne les opérateurs sous le nom de", "fr", fr + "L'éditeur américain CrowdStrike désigne les opérateurs de DoppelPaymer sous le nom de Doppel Spider.", nil},
		{"fr/désigne ce groupe sous l'appellation", "fr", fr + "L'éditeur CrowdStrike désigne ce groupe sous l'appellation Doppel Spider.", nil},
		{"fr/guard: désigne comme auteur", "fr", fr + "Le Mexique désigne la Russie comme l'auteur de l'attaque.", []string{"MX>RU>MX"}},
	})
}

// TestNonCyberObjectOfABareAccusation: a state after an accusation word
// whose object is an insult, lies or hypocrisy (non_cyber_objects) is not
// blamed for the attack the sentence before told: « Téhéran a dénoncé une
// « insulte » de la France », "China's embassy denounced the hypocrisy of
// the United States" (before: IR>FR, CN>US). "Tirana blamed Iran and cut
// diplomatic ties" still blames Iran for the attack before (guard).
// Sentences written for this rule.
func TestNonCyberObjectOfABareAccusation(t *testing.T) {
	t.Parallel()
	en := "Cyber news\n\nBritain said on Monday that APT31, working for China, hacked its Electoral Commission. "
	fr := "Actualité\n\nMicrosoft affirme que le piratage de Charlie Hebdo a été mené par un acteur iranien. "
	checkClaimKeys(t, []keyCase{
		{"en/the hypocrisy of", "en", en + "China's embassy denounced the hypocrisy of the United States.", []string{"GB>APT31>GB"}},
		{"en/the lies of", "en", en + "Beijing denounced the lies of Washington.", []string{"GB>APT31>GB"}},
		{"fr/une insulte de", "fr", fr + "Téhéran a dénoncé une « insulte » de la France.", []string{"Microsoft>IR>"}},
		{"fr/les mensonges de", "fr", fr + "Moscou a dénoncé les mensonges de Washington.", []string{"Microsoft>IR>"}},
		{"fr/guard: a dénoncé l'Iran", "fr", fr + "La France a dénoncé l'Iran.", []string{"Microsoft>IR>", "FR>IR>"}},
		{"en/guard: blamed Iran and cut ties", "en", "Cyber news\n\nHackers wiped servers of the Albanian government in July. Two months later, Tirana blamed Iran and cut diplomatic ties.", []string{"AL>IR>AL"}},
	})
}

// TestCorporateSuffixAndHPE: a capitalised name ending in "Enterprise",
// "Corporation" or "Inc" is an organisation by shape, and Hewlett Packard
// Enterprise is HPE in the entity table: "Hewlett Packard Enterprise said
// that Midnight Blizzard had breached its network" gave no claim before
// (found on the read blind-bc/en-003 and groups17-a/en-010).
func TestCorporateSuffixAndHPE(t *testing.T) {
	t.Parallel()
	checkClaimKeys(t, []keyCase{
		{"en/HPE", "en", "Cyber news\n\nHewlett Packard Enterprise said in a filing on Wednesday that Midnight Blizzard had breached its cloud-based email.", []string{"HPE>Midnight Blizzard>"}},
		{"en/Corporation", "en", "Cyber news\n\nThe Acme Widget Corporation said on Tuesday that Midnight Blizzard had breached its network.", []string{"Acme Widget>Midnight Blizzard>"}},
	})
}

// TestDistinctFromIsAYardstick: a group the accused one is set apart from
// (« se distingue ainsi de Sandworm … et d'APT28 », « distincte de », « à la
// différence d' », "distinct from", "set it apart from") is a yardstick, not
// a second accused (new comparison_markers). Before, Estonia accused
// Sandworm, APT28 and both units (the copula sentences passed before and
// are guards). Sentences written for this rule, after the
// read blind-bc/fr-003.
func TestDistinctFromIsAYardstick(t *testing.T) {
	t.Parallel()
	fr := "Actualité\n\nL'Estonie a attribué jeudi au GRU une cyberattaque contre ses ministères. "
	en := "Cyber news\n\nEstonia on Thursday blamed the GRU for a cyberattack on its ministries. "
	want := []string{"EE>GRU>EE"}
	checkClaimKeys(t, []keyCase{
		{"fr/se distingue ainsi de", "fr", fr + "Elle se distingue ainsi de Sandworm, l'unité 74455, et d'APT28, l'unité 26165, les deux formations du GRU.", want},
		{"fr/guard: distincte de", "fr", fr + "Cette unité est distincte de Sandworm.", want},
		{"fr/à la différence d'", "fr", fr + "À la différence d'APT28, elle vise des cibles civiles.", want},
		{"en/guard: distinct from", "en", en + "The unit is distinct from Sandworm and APT28, which researchers see more often.", want},
		{"en/set it apart from", "en", en + "Its methods set it apart from Sandworm.", want},
	})
}

// TestBackedTheAssessment: "The FBI backed (endorsed, agreed with) the
// assessment that the group works for Beijing" says what the assessment
// says (new report phrases, "backed * assessment that" with a possessive
// between); before, the FBI's endorsement gave no claim. « Le FBI a soutenu
// l'évaluation selon laquelle … » passed before (guard). Sentences written
// for this rule, after the read blind-bc/en-002.
func TestBackedTheAssessment(t *testing.T) {
	t.Parallel()
	en := "Cyber news\n\nSalt Typhoon hit a Canadian telecom this winter. "
	want := []string{"FBI>CN>CA", "FBI>Salt Typhoon>CA"}
	checkClaimKeys(t, []keyCase{
		{"en/backed the assessment that", "en", en + "The FBI backed the assessment that the group works for Beijing.", want},
		{"en/agreed with the assessment that", "en", en + "The FBI agreed with the assessment that the group works for Beijing.", want},
		{"en/supported the conclusion that", "en", en + "The FBI supported the conclusion that the group works for Beijing.", want},
		{"fr/guard: a soutenu l'évaluation selon laquelle", "fr", "Actualité\n\nSalt Typhoon a piraté un opérateur canadien cet hiver. Le FBI a soutenu l'évaluation selon laquelle le groupe travaille pour Pékin.", want},
	})
}
