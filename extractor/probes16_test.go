package extractor

import "testing"

// TestNationalityHackersAccused: "Chinese hackers", « des pirates chinois »
// as the object of an accusation or the subject of a told attack name the
// state, as the annotators code it (every such claim of the readable gold
// sets lists the state). A lone hacker stays a person, and a language
// ("Russian-speaking") or a side taken ("pro-Russian") names no state.
func TestNationalityHackersAccused(t *testing.T) {
	t.Parallel()
	checkSlot(t, "accused countries", accusedCountries, []slotCase{
		{"en blamed nationality hackers", "en",
			"Cyber news\n\nThe FBI blamed Chinese hackers for the attack.",
			"CN"},
		{"en accused nationality hackers of a deed", "en",
			"Cyber news\n\nThe FBI accused Chinese hackers of breaching a telecom company.",
			"CN"},
		{"en said nationality hackers did it", "en",
			"Cyber news\n\nThe FBI said North Korean hackers stole 100 million dollars from a crypto exchange.",
			"KP"},
		{"en capital said nationality hackers were behind", "en",
			"Cyber news\n\nSeoul said North Korean hackers were behind the attack.",
			"KP"},
		{"en tried to break into", "en",
			"Cyber news\n\nThe Philippines said Chinese hackers tried to break into government email accounts.",
			"CN"},
		{"en the attack verb closes the attacker's phrase", "en",
			"Cyber news\n\nMicrosoft said Chinese hackers breached email accounts at the U.S. State Department.",
			"CN"},
		{"en bore the hallmarks of", "en",
			"Cyber news\n\nThe British government said the attack bore the hallmarks of Russian military hackers.",
			"RU"},
		{"en one hacker is a person", "en",
			"Cyber news\n\nA Chinese hacker was charged with stealing data.",
			""},
		{"en a language names no state", "en",
			"Cyber news\n\nResearchers said Russian-speaking hackers were behind the ransomware attack.",
			""},
		{"fr accusé des pirates", "fr",
			"Cyber\n\nLe FBI a accusé des pirates chinois d'avoir piraté un opérateur.",
			"CN"},
		{"fr selon, des pirates ont piraté", "fr",
			"Cyber\n\nSelon le FBI, des pirates chinois ont piraté un opérateur américain.",
			"CN"},
		{"fr cyberacteurs", "fr",
			"Cyber\n\nLe FBI affirme que des cyberacteurs iraniens ont piraté un service d'eau.",
			"IR"},
		{"fr impute à des pirates", "fr",
			"Cyber\n\nLe FBI impute l'attaque à des pirates chinois.",
			"CN"},
	})
}

// TestNameDemonyms: « Suisse » is both France's word for Switzerland and its
// adjective; capitalised after another word it is the country, which may
// accuse, and lower case it stays the adjective of a victim or an organ.
func TestNameDemonyms(t *testing.T) {
	t.Parallel()
	checkClaimKeys(t, []keyCase{
		{name: "fr la Suisse accuses", lang: "fr",
			text: "Cyber\n\nLa Suisse a attribué à la Russie l'attaque informatique ayant visé le site du Parlement fédéral.",
			want: []string{"CH>RU>CH"}},
		{name: "fr selon la Suisse", lang: "fr",
			text: "Cyber\n\nSelon la Suisse, des pirates chinois ont piraté des entreprises suisses.",
			want: []string{"CH>CN>CH"}},
		{name: "fr the adjective names the organ's country", lang: "fr",
			text: "Cyber\n\nLe NCSC suisse a attribué l'attaque à des pirates russes.",
			want: []string{"NCSC>RU>CH"}},
	})
}

// TestCommaListNeedsCoordination: a speaker list joined by commas alone is
// no list unless a coordination closes it; the name after "According to
// the White House," opens the reported clause.
func TestCommaListNeedsCoordination(t *testing.T) {
	t.Parallel()
	checkAccuserNames(t, []accusersCase{
		{"en the clause after according to", "en",
			"Cyber news\n\nAccording to the White House, Chinese state hackers breached nine telecom firms.",
			[]string{"United States"}},
		{"fr the clause after selon", "fr",
			"Cyber\n\nSelon la Maison Blanche, des pirates chinois soutenus par l'État ont piraté neuf opérateurs.",
			[]string{"United States"}},
		{"en a list closed by and others", "en",
			"Cyber news\n\nAPT40 was identified by the US, UK, EU and others as being behind a hack of Microsoft Exchange servers.",
			[]string{"United States", "United Kingdom", "EU"}},
		{"en a list closed by and", "en",
			"Cyber news\n\nAccording to Britain, the United States and Canada, Russia's GRU hacked the OPCW.",
			[]string{"United Kingdom", "United States", "Canada"}},
	})
}

// TestToolNamedGroups: a name that the group table knows but the sentence
// uses for a tool (« la porte dérobée CloudSorcerer », "used the ShadowPad
// backdoor") is no accused group; the same name with a group noun is.
func TestToolNamedGroups(t *testing.T) {
	t.Parallel()
	checkClaimKeys(t, []keyCase{
		{name: "fr the backdoor's name", lang: "fr",
			text: "Cyber\n\nSelon ESET, APT29 a utilisé la porte dérobée CloudSorcerer contre des ambassades.",
			want: []string{"ESET>APT29>"}},
		{name: "fr the group's name", lang: "fr",
			text: "Cyber\n\nSelon ESET, le groupe CloudSorcerer a visé des ambassades.",
			want: []string{"ESET>CloudSorcerer>"}},
	})
}

// TestAttackAuthorIsNoAgent: "condemned the cyberattacks by Russia" names
// the attacks' author after the attack noun, not the saying's agent; a
// passive saying keeps its agent.
func TestAttackAuthorIsNoAgent(t *testing.T) {
	t.Parallel()
	checkSlot(t, "accused countries", accusedCountries, []slotCase{
		{"en the attacks by", "en",
			"Cyber news\n\nThe EU condemned the cyberattacks by Russia against Germany.",
			"RU"},
		{"fr menées par", "fr",
			"Cyber\n\nL'UE a condamné les cyberattaques menées par la Russie contre l'Allemagne.",
			"RU"},
	})
}

// TestDemonymBeforeVerb: a demonym qualifies the name right after it only
// with no verb between (« la société américaine Symantec »); « la police
// japonaise accuse MirrorFace » is the police speaking, the group its object.
func TestDemonymBeforeVerb(t *testing.T) {
	t.Parallel()
	checkAccuserNames(t, []accusersCase{
		{"fr present-tense accusation after the demonym", "fr",
			"Cyber\n\nLa police japonaise accuse MirrorFace d'attaques contre des groupes de réflexion japonais.",
			[]string{"Japan"}},
		{"fr désigne after the demonym", "fr",
			"Cyber\n\nLa police japonaise désigne MirrorFace comme responsable des attaques.",
			[]string{"Japan"}},
	})
}

// TestAllianceWithMembers: "the Five Eyes" accuses alone as itself; beside
// a member that accuses, its claims repeat the members' and go.
func TestAllianceWithMembers(t *testing.T) {
	t.Parallel()
	checkAccuserNames(t, []accusersCase{
		{"en the alliance alone", "en",
			"Cyber news\n\nThe Five Eyes intelligence alliance accused China of a global hacking campaign.",
			[]string{"Five Eyes"}},
		{"en a member beside the alliance", "en",
			"Cyber news\n\nThe United States and its Five Eyes partners accused China of hacking critical infrastructure.",
			[]string{"United States"}},
	})
}

// TestNoInvertedSpeakerBeforeItsVerb: after "said" a name followed by its
// own cue or attack verb opens the reported clause ("Zorbex, a Dutch
// security firm, said Russia was behind the attack"); "…, said Britain on
// Monday" is an inverted speaker.
func TestNoInvertedSpeakerBeforeItsVerb(t *testing.T) {
	t.Parallel()
	checkSlot(t, "accused countries", accusedCountries, []slotCase{
		{"en a state with its cue", "en",
			"Cyber news\n\nZorbex, a Dutch security firm, said Russia was behind the attack.",
			"RU"},
		{"en an attacker phrase with its cue", "en",
			"Cyber news\n\nZorbex, a Dutch security firm, said Russian military hackers were behind the attack.",
			"RU"},
		{"en a state with its attack verb", "en",
			"Cyber news\n\nZorbex, a Dutch security firm, said Russia hacked the ministry.",
			"RU"},
	})
	checkAccuserNames(t, []accusersCase{
		{"en the inverted speaker stays", "en",
			"Cyber news\n\n\"Russia is responsible,\" said Britain on Monday.",
			[]string{"United Kingdom"}},
	})
}

// TestNamedAsTheGroup: "named X as the group targeting…" accuses X like
// "named X as the group behind…"; a person named as a group's leader does
// not.
func TestNamedAsTheGroup(t *testing.T) {
	t.Parallel()
	checkClaimKeys(t, []keyCase{
		{name: "en named as the group targeting", lang: "en",
			text: "Cyber news\n\nSingapore named UNC3886 as the group targeting its critical infrastructure.",
			want: []string{"SG>UNC3886>SG"}},
		{name: "en named as the actor that attacked", lang: "en",
			text: "Cyber news\n\nSingapore named UNC3886 as the actor that attacked its critical infrastructure.",
			want: []string{"SG>UNC3886>SG"}},
		{name: "en a person named as the group's leader", lang: "en",
			text: "Cyber news\n\nThe report named Li Wei as the group's leader.",
			want: nil},
	})
}
