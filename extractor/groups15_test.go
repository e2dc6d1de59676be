package extractor

import "testing"

// TestWrittenGroupNames: a group outside the common names is reported by
// the name the article writes (an APT number first, else the one written
// most, the table's own on a tie), while a common one keeps its table name
// whatever alias the article uses. Sentences written for this rule.
func TestWrittenGroupNames(t *testing.T) {
	t.Parallel()
	checkAccusedGroups(t, "2025-04-16", []groupCase{
		{"only an alias written", "en",
			"Cyber news\n\nA Czech security firm on Tuesday blamed OceanLotus for a wave of phishing emails sent to car makers in Germany.",
			[]string{"OceanLotus"}},
		{"APT number preferred", "en",
			"Cyber news\n\nIndia's cyber agency on Tuesday blamed Transparent Tribe for phishing emails sent to army officers.\n\nTransparent Tribe, also known as APT36, has used fake job offers before, the agency said.",
			[]string{"APT36"}},
		{"most written", "en",
			"Cyber news\n\nESET said on Tuesday that Blind Eagle was behind emails sent to banks in Colombia.\n\nBlind Eagle, which some vendors track as APT-C-36, posed as the tax office.\n\nBlind Eagle has targeted Ecuador too, the firm said.",
			[]string{"Blind Eagle"}},
		{"tie keeps the table name", "en",
			"Cyber news\n\nA security firm on Tuesday blamed Stately Taurus, which other firms call Mustang Panda, for intrusions into ministries in Manila.",
			[]string{"Mustang Panda"}},
		{"common group keeps its name", "en",
			"Cyber news\n\nThe German government on Tuesday blamed Leviathan for a break-in at the offices of a political party.\n\nLeviathan has hit German targets before, officials said.",
			[]string{"APT40"}},
		{"seul un alias écrit", "fr",
			"Actualité\n\nUne société tchèque de cybersécurité a attribué mardi à OceanLotus une vague de courriels piégés visant des constructeurs automobiles allemands.",
			[]string{"OceanLotus"}},
		{"le numéro APT d'abord", "fr",
			"Actualité\n\nL'agence indienne de cybersécurité a accusé mardi Transparent Tribe d'avoir visé des officiers de l'armée.\n\nTransparent Tribe, aussi appelé APT36, a déjà utilisé de fausses offres d'emploi, selon l'agence.",
			[]string{"APT36"}},
	})
}

// TestPhrasalAttackVerbObject: the institution after an attack verb of
// several words ("breaking into the accounts of Chinese officials", « s'introduire
// dans les messageries de l'administration chinoise ») is the target, as
// after a one-word verb, not a second accused. Sentences written for this
// rule.
func TestPhrasalAttackVerbObject(t *testing.T) {
	t.Parallel()
	const title = "Spies in the inbox\n\n"
	checkSlot(t, "accused countries", accusedCountries, []slotCase{
		{"breaking into", "en",
			title + "Mandiant on Tuesday accused APT32 of breaking into the email accounts of Chinese officials during the outbreak.",
			"VN"},
		{"trying to break into", "en",
			title + "Mandiant on Tuesday accused hackers working for the Vietnamese government of trying to break into the mailboxes of Chinese officials.",
			"VN"},
		{"s'introduire dans", "fr",
			"Des espions dans les boîtes\n\nMandiant a accusé mardi APT32 d'avoir tenté de s'introduire dans les messageries de l'administration chinoise.",
			"VN"},
		{"one-word verb, as before", "en",
			title + "Mandiant on Tuesday accused APT32 of hacking the email accounts of Chinese officials during the outbreak.",
			"VN"},
	})
}

// TestExoneratedActors: a group or state named right after a phrase that
// clears it ("found no evidence that", "ruling out any role for", « a écarté
// toute implication de ») is not accused beside the one the sentence
// blames. Sentences written for this rule.
func TestExoneratedActors(t *testing.T) {
	t.Parallel()
	checkAccusedGroups(t, "2025-04-16", []groupCase{
		{"no evidence that", "en",
			"Airline breach\n\nMandiant said on Tuesday that APT41 had breached the airline, but found no evidence that APT10 took part.",
			[]string{"APT41"}},
		{"the X group was not involved", "en",
			"Firewall flaw\n\nCisco Talos said on Tuesday that the Lazarus Group had exploited a flaw in firewalls, and that the Kimsuky group was not involved.",
			[]string{"Lazarus Group"}},
		{"ruling out any role for", "en",
			"Water utilities\n\nMicrosoft blamed Volt Typhoon for the intrusions on Tuesday, ruling out any role for Salt Typhoon.",
			[]string{"Volt Typhoon"}},
		{"écarté toute implication d'", "fr",
			"Compagnie aérienne\n\nMandiant a accusé mardi APT41 d'avoir piraté la compagnie aérienne, mais a écarté toute implication d'APT10.",
			[]string{"APT41"}},
	})
	checkSlot(t, "accused countries", accusedCountries, []slotCase{
		{"écarté toute implication de la", "fr",
			"Piratage de la police\n\nLe gouvernement néerlandais a accusé mardi la Russie du piratage de sa police, mais a écarté toute implication de la Chine.",
			"RU"},
		{"no evidence that, a state", "en",
			"Police hack\n\nThe Dutch government on Tuesday blamed Russia for the hack of its police, but found no evidence that China took part.",
			"RU"},
	})
}

// TestCriminalsOperatingFrom: the country criminals operate from is a
// place, not a state accused ("cybercriminals operating out of Russia", «
// des cybercriminels opérant depuis la Russie »); hackers operating from a
// country still accuse it. Sentences written for this rule.
func TestCriminalsOperatingFrom(t *testing.T) {
	t.Parallel()
	checkSlot(t, "accused countries", accusedCountries, []slotCase{
		{"criminals operating out of", "en",
			"Clinic hack\n\nThe FBI said on Tuesday that the attack had been carried out by criminals operating out of Russia.",
			""},
		{"cybercriminels opérant depuis", "fr",
			"Piratage d'une clinique\n\nLe FBI a affirmé mardi que l'attaque avait été menée par des cybercriminels opérant depuis la Russie.",
			""},
		{"hackers operating out of", "en",
			"Clinic hack\n\nThe FBI said on Tuesday that the attack had been carried out by hackers operating out of Russia.",
			"RU"},
		{"pirates opérant depuis", "fr",
			"Piratage d'une clinique\n\nLe FBI a affirmé mardi que l'attaque avait été menée par des pirates opérant depuis la Russie.",
			"RU"},
	})
}

// TestLanguageCompound: a demonym compounded with a language word names a
// tongue ("a Russian-speaking gang"), not a state tied to the attackers;
// "Russian-backed" still ties them. Sentences written for this rule.
func TestLanguageCompound(t *testing.T) {
	t.Parallel()
	checkSlot(t, "accused countries", accusedCountries, []slotCase{
		{"Russian-speaking", "en",
			"Hospital hack\n\nThe FBI on Tuesday blamed a Russian-speaking ransomware gang for the attack on the hospital chain.",
			""},
		{"Russian-backed", "en",
			"Hospital hack\n\nThe FBI on Tuesday blamed a Russian-backed ransomware gang for the attack on the hospital chain.",
			"RU"},
	})
}

// TestTiedCompoundNamesGroup: a tie compound on the attacker noun of a
// group-name cue ("a China-aligned group called X") gives the group it
// names that state, whether the tables know the name or not. Sentences
// written for this rule.
func TestTiedCompoundNamesGroup(t *testing.T) {
	t.Parallel()
	checkSlot(t, "accused countries", accusedCountries, []slotCase{
		{"unknown name", "en",
			"Casino hacks\n\nESET said on Tuesday that a China-aligned group called Copper Lantern had targeted gambling companies in the Philippines.",
			"CN"},
		{"a name the tables know without a state", "en",
			"Casino hacks\n\nESET said on Tuesday that a China-aligned group called TheWizards had targeted gambling companies in the Philippines.",
			"CN"},
		{"no tie, no state", "en",
			"Casino hacks\n\nESET said on Tuesday that a group called Copper Lantern had targeted gambling companies in the Philippines.",
			""},
	})
}

// TestGroupAsTarget: a group owning what a hacking verb hit ("hacking the
// servers of LockBit", "hacked into LockBit's leak site", « piraté les
// serveurs de LockBit ») is a target, not accused; a group doing the
// hacking still is. Sentences written for this rule.
func TestGroupAsTarget(t *testing.T) {
	t.Parallel()
	checkAccusedGroups(t, "2025-04-16", []groupCase{
		{"the servers of X", "en",
			"Gang hacked\n\nThe FBI on Tuesday blamed Lazarus for hacking the servers of LockBit.",
			[]string{"Lazarus Group"}},
		{"X's leak site", "en",
			"Gang hacked\n\nMicrosoft said on Tuesday that Star Blizzard had hacked into LockBit's leak site.",
			[]string{"Star Blizzard"}},
		{"les serveurs de X", "fr",
			"Gang piraté\n\nLe FBI a accusé mardi Lazarus d'avoir piraté les serveurs de LockBit.",
			[]string{"Lazarus Group"}},
		{"the group hacking", "fr",
			"Mairie piratée\n\nLe FBI a accusé mardi le groupe LockBit d'avoir piraté les serveurs de la mairie.",
			[]string{"LockBit"}},
	})
}

// TestClearedSentenceGroups: a group named in a sentence whose every
// accusation trigger is negated ("The group Sandworm, however, was not
// blamed", « Le groupe Sandworm, lui, n'a pas été mis en cause ») is not
// given the article's accusation. Sentences written for this rule.
func TestClearedSentenceGroups(t *testing.T) {
	t.Parallel()
	checkAccusedGroups(t, "2025-04-16", []groupCase{
		{"was not blamed", "en",
			"Ministries hacked\n\nMicrosoft on Tuesday accused APT28 of hacking German ministries. The group Sandworm, however, was not blamed.",
			[]string{"APT28"}},
		{"n'a pas été mis en cause", "fr",
			"Ministères piratés\n\nMicrosoft a accusé mardi APT28 d'avoir piraté des ministères allemands. Le groupe Sandworm, lui, n'a pas été mis en cause.",
			[]string{"APT28"}},
		{"a later sentence that blames", "en",
			"Ministries hacked\n\nMicrosoft on Tuesday accused APT28 of hacking German ministries. Google separately blamed Sandworm for attacks on Polish hospitals.",
			[]string{"APT28", "Sandworm"}},
	})
}

// TestComparedStates: a state named only to compare ("much like Germany
// did last year", « à l'instar de l'Allemagne et de la République tchèque »,
// "similar to Britain's accusation") is not accused, as a compared group is
// not. Sentences written for this rule.
func TestComparedStates(t *testing.T) {
	t.Parallel()
	checkSlot(t, "accused countries", accusedCountries, []slotCase{
		{"à l'instar de", "fr",
			"Condamnation\n\nLa France a condamné mardi les cyberattaques menées par APT28 contre des entités françaises, à l'instar de l'Allemagne et de la République tchèque l'an dernier.",
			"RU"},
		{"similar to X's accusation", "en",
			"Police hack\n\nThe Netherlands on Tuesday blamed Russia for the hack, a move similar to Britain's accusation against China in March.",
			"RU"},
	})
}
