package extractor

import "testing"

// TestResearchersVerbWithObject: "researchers" before an attribution verb
// is a description only when the verb has no object ("people linked to the
// campaign"); with one, the verb attributes ("ESET researchers linked the
// intrusions to APT41"). Sentences written for this rule.
func TestResearchersVerbWithObject(t *testing.T) {
	t.Parallel()
	checkSlot(t, "accusers", accuserKeys, []slotCase{
		{"en researchers linked X to Y", "en",
			"Cyber news\n\nESET researchers linked the intrusions at Thai telecom operators to APT41.",
			"eset"},
		{"en researchers tied X to Y", "en",
			"Cyber news\n\nUnit 42 researchers tied the espionage campaign to Muddled Libra.",
			"palo alto networks"},
		{"en description stays a description", "en",
			"Cyber news\n\nResearchers linked to APT41 were arrested in Chengdu, police said.",
			""},
	})
}

// TestJoinedPartnersSpeak: the partners named inside a joining phrase
// ("joined the US in attributing…", « s'est jointe aux États-Unis pour
// attribuer… ») make the attribution too; they are neither accused nor
// victims, and « s'est jointe » is no passive.
func TestJoinedPartnersSpeak(t *testing.T) {
	t.Parallel()
	en := "Cyber news\n\nAustralia and New Zealand joined the US in attributing the espionage campaign to APT40."
	fr := "Cyber\n\nL'Australie s'est jointe aux États-Unis pour attribuer la campagne d'espionnage à APT40."
	fr2 := "Cyber\n\nLe Canada s'est joint au Royaume-Uni pour accuser la Russie de cyberattaques."
	checkSlot(t, "accusers", accuserKeys, []slotCase{
		{"en joined X in attributing", "en", en, "AU,NZ,US"},
		{"fr s'est jointe à X pour attribuer", "fr", fr, "AU,US"},
		{"fr s'est joint à X pour accuser", "fr", fr2, "CA,GB"},
	})
	checkSlot(t, "accused countries", accusedCountries, []slotCase{
		{"en partner not accused", "en", en, "CN"},
		{"fr partner not accused", "fr", fr2, "RU"},
	})
	checkSlot(t, "victims", victimCountries, []slotCase{
		{"fr partner no victim", "fr", fr, ""},
	})
}

// TestAttemptedAttacks: an attack tried is an attack claimed: "hackers
// attempted to hack", « ont tenté de pénétrer »; the infinitive after an
// attempt verb is no modal hedge.
func TestAttemptedAttacks(t *testing.T) {
	t.Parallel()
	en := "Cyber news\n\nIsrael's National Cyber Directorate said Iranian hackers attempted to hack security cameras in Israel."
	en2 := "Cyber news\n\nPakistan's military said Indian hackers had tried to breach its networks."
	fr := "Cyber\n\nSelon l'ISPR, des pirates indiens ont tenté de pénétrer les réseaux militaires pakistanais."
	fr2 := "Cyber\n\nSelon l'INCD, des pirates iraniens ont cherché à compromettre des caméras de surveillance en Israël."
	checkSlot(t, "accused countries", accusedCountries, []slotCase{
		{"en attempted to hack", "en", en, "IR"},
		{"en tried to breach", "en", en2, "IN"},
		{"fr tenté de pénétrer", "fr", fr, "IN"},
		{"fr cherché à compromettre", "fr", fr2, "IR"},
	})
	checkSlot(t, "victims", victimCountries, []slotCase{
		{"en attempted target", "en", en, "IL"},
		{"fr tenté de pénétrer target", "fr", fr, "PK"},
	})
}

// TestImperfectAttribution: attribution verbs in the imperfect (« liait »,
// « attribuaient ») attribute as their other tenses do.
func TestImperfectAttribution(t *testing.T) {
	t.Parallel()
	checkSlot(t, "accused countries", accusedCountries, []slotCase{
		{"fr liait X à la Chine", "fr",
			"Cyber\n\nIl y a deux ans, Microsoft liait Storm-0558 à la Chine après le piratage de comptes de messagerie du gouvernement américain.",
			"CN"},
		{"fr attribuaient", "fr",
			"Cyber\n\nLes chercheurs de Sekoia attribuaient alors cette campagne de piratage à des pirates nord-coréens.",
			"KP"},
	})
}

// TestAttemptedDisruption: attempts to paralyse or disrupt are attacks
// ("tried to paralyse", « ont tenté de paralyser »), and « pointent la
// responsabilité du GRU » accuses the GRU.
func TestAttemptedDisruption(t *testing.T) {
	t.Parallel()
	checkSlot(t, "accused countries", accusedCountries, []slotCase{
		{"en tried to paralyse", "en", "Cyber news\n\nWarsaw said Russian hackers tried to paralyse the PAP news agency.", "RU"},
		{"fr tenté de paralyser", "fr", "Cyber\n\nSelon Varsovie, des pirates russes ont tenté de paralyser l'agence de presse PAP.", "RU"},
		{"fr pointent la responsabilité", "fr", "Cyber\n\nLes autorités lituaniennes pointent la responsabilité du GRU dans l'attaque contre leurs réseaux.", "RU"},
	})
}
