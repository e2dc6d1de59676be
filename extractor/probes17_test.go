package extractor

import (
	"strings"
	"testing"
)

// TestCapitalsSpeakForTheirState: a capital written for its government
// ("Manila said", « selon Manille ») is the accuser, in any position a
// country name takes; the seat table covers capitals beyond the large powers.
func TestCapitalsSpeakForTheirState(t *testing.T) {
	t.Parallel()
	checkSlot(t, "accusers", accuserKeys, []slotCase{
		{"en according to a capital, after", "en",
			"Cyber news\n\nHackers linked to China broke into several ministries, according to Manila.",
			"PH"},
		{"en capital said", "en",
			"Cyber news\n\nJakarta said hackers linked to China broke into several ministries.",
			"ID"},
		{"en officials in a capital", "en",
			"Cyber news\n\nOfficials in Nairobi said the hackers were operating from China.",
			"KE"},
		{"fr selon une capitale", "fr",
			"Cyber\n\nSelon Manille, des pirates liés à la Chine ont infiltré plusieurs ministères.",
			"PH"},
		{"fr capitale accuse", "fr",
			"Cyber\n\nAlger accuse le Maroc d'avoir piraté les sites de plusieurs ministères.",
			"DZ"},
	})
}

// TestOriginCuesConjugated: an attack said to come from a state names it in
// every tense the press writes (« provenait de », "originates from"), not
// only the participles.
func TestOriginCuesConjugated(t *testing.T) {
	t.Parallel()
	checkSlot(t, "accused countries", accusedCountries, []slotCase{
		{"en originates from", "en",
			"Cyber news\n\nEstonia said the cyberattack originates from Russia.",
			"RU"},
		{"en operated from", "en",
			"Cyber news\n\nLatvia said the botnet that hit its ministries is operated from Russia.",
			"RU"},
		{"fr provenait de", "fr",
			"Cyber\n\nSelon Tallinn, la cyberattaque provenait de Russie.",
			"RU"},
		{"fr proviendrait de", "fr",
			"Cyber\n\nSelon Vilnius, la cyberattaque proviendrait de Biélorussie.",
			"BY"},
	})
}

// TestCyberModifiedAttackNoun: "cyber" between a demonym and an attack noun
// ("a Chinese cyber operation") modifies the attack, which the demonym
// still qualifies; "British cyber infrastructure" stays a target.
func TestCyberModifiedAttackNoun(t *testing.T) {
	t.Parallel()
	checkSlot(t, "accused countries", accusedCountries, []slotCase{
		{"en a cyber operation", "en",
			"Cyber news\n\nThe Dutch government said the breach was a Chinese cyber operation.",
			"CN"},
		{"en quoted cyber campaign", "en",
			"Cyber news\n\n\"This was a Russian cyber campaign,\" the Danish government said.",
			"RU"},
		{"en cyber infrastructure is a target", "en",
			"Cyber news\n\nHackers linked to Iran attacked British cyber infrastructure, the NCSC said.",
			"IR"},
		{"fr une opération cyber", "fr",
			"Cyber\n\nLe gouvernement néerlandais évoque une opération cyber chinoise.",
			"CN"},
	})
}

// TestPossessiveIsNoInvertedSpeaker: after an aside that is no name
// (", part of GCHQ,") the reporting verb looks for an inverted speaker; a
// name with a possessive ("the Kremlin's hackers") opens the reported
// clause instead, as "Russian hackers" does.
func TestPossessiveIsNoInvertedSpeaker(t *testing.T) {
	t.Parallel()
	checkClaimKeys(t, []keyCase{
		{"en possessive subject after an aside", "en",
			"Cyber news\n\nThe National Cyber Security Centre, part of GCHQ, said the Kremlin's hackers had targeted British media.",
			[]string{"NCSC>RU>GB"}},
		{"en inverted speaker with a possessive head stays", "en",
			"Cyber news\n\nRussia was behind the attack, said Britain's foreign secretary.",
			[]string{"GB>RU>GB"}},
	})
}

// TestCharacterisationVerbs: « a qualifié l'attaque de… », "characterised
// the breach as…" report what the speaker says the deed was.
func TestCharacterisationVerbs(t *testing.T) {
	t.Parallel()
	checkSlot(t, "accusers", accuserKeys, []slotCase{
		{"en characterised as", "en",
			"Cyber news\n\nThe Dutch government characterised the breach as a Chinese espionage campaign.",
			"NL"},
		{"fr qualifié de", "fr",
			"Cyber\n\nVarsovie a qualifié la cyberattaque de sabotage russe.",
			"PL"},
	})
}

// TestPreviousSubjectAgencyOrFirmSpeaks: a pronoun or an unnamed organ
// speaks for the agency or firm that was the subject of the sentence
// before, as it does for a state, when that sentence made no claim.
func TestPreviousSubjectAgencyOrFirmSpeaks(t *testing.T) {
	t.Parallel()
	checkSlot(t, "accusers", accuserKeys, []slotCase{
		{"en the agency after its name", "en",
			"Cyber agency names culprit\n\nGermany's BSI published a report on Tuesday about a wave of attacks on local councils.\n\nThe agency said the attacks were carried out by a group linked to China.",
			"DE"},
		{"en it after a firm", "en",
			"Report\n\nMandiant published a report on Thursday.\n\nIt attributes the campaign to APT44.",
			"mandiant"},
		{"fr il après une entreprise", "fr",
			"Rapport\n\nGoogle a publié jeudi un rapport.\n\nIl attribue la campagne à APT44, une unité du GRU russe.",
			"google"},
		{"fr l'agence après son nom", "fr",
			"Rapport\n\nLe BSI allemand a publié mardi un rapport sur une vague d'attaques contre des communes.\n\nL'agence a indiqué que les attaques avaient été menées par un groupe lié à la Chine.",
			"DE"},
	})
}

// TestParticipleAccusations: a participle clause after the main one
// (« …, soupçonnant la Chine d'être derrière », "…, suspecting China of…",
// « …, imputant l'attaque à ») accuses for the main clause's subject.
func TestParticipleAccusations(t *testing.T) {
	t.Parallel()
	checkSlot(t, "accusers", accuserKeys, []slotCase{
		{"fr soupçonnant", "fr",
			"Cyber\n\nLe parquet fédéral belge a ouvert une enquête, soupçonnant la Chine d'être derrière l'intrusion.",
			"BE"},
		{"en suspecting", "en",
			"Cyber news\n\nBelgian federal prosecutors opened an investigation, suspecting China of being behind the intrusion.",
			"BE"},
		{"fr imputant", "fr",
			"Cyber\n\nLe Quai d'Orsay a publié un communiqué, imputant la cyberattaque à la Russie.",
			"FR"},
	})
}

// TestGluedProPrefix: « prorusse » written in one word takes the side of
// its state as « pro-russe » and "pro-Russian" do.
func TestGluedProPrefix(t *testing.T) {
	t.Parallel()
	checkSlot(t, "accused countries", accusedCountries, []slotCase{
		{"fr prorusses", "fr",
			"Cyber\n\nLe chef du renseignement norvégien a estimé mercredi que des acteurs prorusses étaient probablement responsables de la cyberattaque.",
			"RU"},
		{"fr pro-russes", "fr",
			"Cyber\n\nLe chef du renseignement norvégien a estimé mercredi que des hackers pro-russes étaient responsables de la cyberattaque.",
			"RU"},
		{"en pro-Russian", "en",
			"Cyber news\n\nThe head of Norway's intelligence service said pro-Russian actors were probably responsible for the cyberattack.",
			"RU"},
	})
}

// TestControlTakeoverVerbs: taking control of a system is an attack ("took
// control of a dam", « ont pris le contrôle d'un barrage »): its subject is
// the accused and its object's country the victim.
func TestControlTakeoverVerbs(t *testing.T) {
	t.Parallel()
	checkClaimKeys(t, []keyCase{
		{"en took control of", "en",
			"Cyber news\n\nNorway said Russian hackers took control of a dam in western Norway.",
			[]string{"NO>RU>NO"}},
		{"en hijacked", "en",
			"Cyber news\n\nPoland said Russian hackers hijacked the website of a Polish news agency.",
			[]string{"PL>RU>PL"}},
		{"fr pris le contrôle d'", "fr",
			"Cyber\n\nOslo affirme que des pirates russes ont pris le contrôle d'un barrage norvégien.",
			[]string{"NO>RU>NO"}},
	})
}

// TestSingularAttackerGroup: "a Russian group", « un groupe russe », "a
// Chinese hacking group" with no firm's name after them are attackers that
// name their state, as the plural "Russian groups" is; "the French group
// Saint-Gobain" stays a firm.
func TestSingularAttackerGroup(t *testing.T) {
	t.Parallel()
	checkSlot(t, "accused countries", accusedCountries, []slotCase{
		{"en blamed a group", "en",
			"Cyber news\n\nThe NCSC blamed a Russian group for the cyberattack.",
			"RU"},
		{"en a hacking group", "en",
			"Cyber news\n\nThe NCSC blamed a Chinese hacking group for the cyberattack.",
			"CN"},
		{"fr mené par un groupe", "fr",
			"Cyber\n\nSelon l'ANSSI, la cyberattaque a été menée par un groupe russe.",
			"RU"},
		{"fr a named firm stays a victim", "fr",
			"Cyber\n\nLe groupe français Saint-Gobain a été touché par NotPetya, que Washington attribue à la Russie.",
			"RU"},
	})
}

// TestPhraseEndingInElision: a lexicon phrase ending in an elision
// (« l'œuvre d' », « porte la signature d' ») matches the text's "d'"
// token before the next word; before, it was split into "d" and "'" and
// never matched.
func TestPhraseEndingInElision(t *testing.T) {
	t.Parallel()
	if got := phraseWords("l'œuvre d'"); strings.Join(got, "|") != "l'|oeuvre|d'" {
		t.Errorf("phraseWords = %q", got)
	}
	checkSlot(t, "accused countries", accusedCountries, []slotCase{
		{"fr l'œuvre d'acteurs", "fr",
			"Cyber\n\nSelon l'ANSSI, la cyberattaque est l'œuvre d'acteurs russes.",
			"RU"},
		{"fr porte la signature d'", "fr",
			"Cyber\n\nSelon l'ANSSI, la cyberattaque porte la signature d'acteurs iraniens.",
			"IR"},
	})
}

// TestSanctionBaseForm: headlines write the verb in its base form ("UK
// and US sanction Chinese firm over hacks"); each sanctioning state accuses.
func TestSanctionBaseForm(t *testing.T) {
	t.Parallel()
	checkSlot(t, "accusers", accuserKeys, []slotCase{
		{"en sanction", "en",
			"UK and US sanction Chinese firm over Salt Typhoon hacks\n\nThe sanctions target a firm which Washington says supported the group's intrusions into American telecom networks.",
			"GB,US"},
		{"fr sanctionner", "fr",
			"Cyber\n\nLondres et Washington ont décidé de sanctionner une entreprise chinoise liée aux piratages de Salt Typhoon.",
			"GB,US"},
	})
}

// TestMoreMediaAndNGOs: newspapers and NGOs that make an attribution
// themselves are organisations ("an investigation by Der Spiegel", « selon
// une enquête du Monde »); « Coupe du Monde » is no newspaper.
func TestMoreMediaAndNGOs(t *testing.T) {
	t.Parallel()
	checkSlot(t, "accusers", accuserKeys, []slotCase{
		{"fr du Monde", "fr",
			"Cyber\n\nSelon une enquête du Monde, des pirates liés au renseignement russe ont espionné des diplomates français en 2023.",
			"le monde"},
		{"en Der Spiegel", "en",
			"Cyber news\n\nDer Spiegel reported that hackers working for Russian intelligence spied on German diplomats.",
			"der spiegel"},
		{"en Bellingcat", "en",
			"Cyber news\n\nBellingcat said hackers working for Russian intelligence spied on German diplomats.",
			"bellingcat"},
		{"fr Coupe du Monde", "fr",
			"Cyber\n\nLors de la Coupe du Monde, des pirates russes ont attaqué des sites qataris, selon Doha.",
			"QA"},
	})
}
