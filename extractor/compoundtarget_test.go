package extractor

import "testing"

// TestCompoundTarget: a state opening a noun compound headed by an attack
// noun right after "links"/"blames", with the attribution's "to" after it
// ("links Ukraine power grid attack to Sandworm"), owns the target: it is
// the victim, not the verb's object. The object stays the accused when a
// preposition or no compound follows ("blame Iran for hack of …", "accused
// Beijing of sponsoring cyberattacks"). Sentences written for this
// construction.
func TestCompoundTarget(t *testing.T) {
	t.Parallel()
	checkSlot(t, "victims", victimCountries, []slotCase{
		{"title case", "en", "Cisco Talos Links Taiwan Research Institute Hack to Chinese APT41\n\nThe researchers said the group was behind the intrusion.", "TW"},
		{"sentence case", "en", "Mandiant links Ukraine power grid attack to Sandworm.", "UA"},
		{"with article (unchanged)", "en", "The FBI linked the Ukraine grid attack to Sandworm.", "UA"},
	})
	checkSlot(t, "accused states", accusedCountries, []slotCase{
		{"title case: not accused", "en", "Cisco Talos Links Taiwan Research Institute Hack to Chinese APT41\n\nThe researchers said the group was behind the intrusion.", "CN"},
		{"sentence case: not accused", "en", "Mandiant links Ukraine power grid attack to Sandworm.", "RU"},
		{"for a hack of: accused", "en", "US intelligence agencies blame Iran for hack of Trump campaign", "IR"},
		{"of sponsoring: accused", "en", "The advisory accused Beijing of sponsoring cyberattacks on critical infrastructure around the world.", "CN"},
		{"French word order (unchanged)", "fr", "Mandiant attribue l'attaque contre le réseau électrique ukrainien à Sandworm.", "RU"},
	})
}

// TestOrganDescriptor: an organ named with its own descriptor after it
// ("Russia's GRU military intelligence agency", "the GRU agency") is no
// owner of a target, so the organ behind the accused group is accused with
// it; an agency before a target noun still owns the target. Sentences
// written for this construction.
func TestOrganDescriptor(t *testing.T) {
	t.Parallel()
	checkSlot(t, "accused", accusedNames, []slotCase{
		{"military intelligence agency", "en", "CERT-UA attributed the attack on the Ukrainian grid to Sandworm, a unit of Russia's GRU military intelligence agency.", "GRU,Sandworm"},
		{"agency", "en", "CERT-UA attributed the attack on the Ukrainian grid to Sandworm, a unit of Russia's GRU agency.", "GRU,Sandworm"},
		{"spy agency (unchanged)", "en", "CERT-UA attributed the attack on the Ukrainian grid to Sandworm, a unit of Russia's GRU spy agency.", "GRU,Sandworm"},
		{"service de renseignement", "fr", "Le CERT-UA attribue l'attaque contre le réseau ukrainien à Sandworm, une unité du GRU, le service de renseignement militaire russe.", "GRU,Sandworm"},
	})
}

// TestSelfClaimOtherName: a group that claims an operation under two names
// ("Predatory Sparrow, or Gonjeshke Darande in Persian, claimed
// responsibility") claims it itself; it is not the accused of the
// article's attribution. Sentences written for this construction.
func TestSelfClaimOtherName(t *testing.T) {
	t.Parallel()
	checkSlot(t, "accused", accusedNames, []slotCase{
		{"or … in Persian", "en", "Iran's oil minister accused Israel of being behind a cyberattack that disrupted petrol stations.\n\nA group calling itself Predatory Sparrow, or Gonjeshke Darande in Persian, claimed responsibility on social media.", "Israel"},
		{"name first", "en", "Iran's oil minister accused Israel of being behind a cyberattack that disrupted petrol stations.\n\nPredatory Sparrow, or Gonjeshke Darande, claimed responsibility on social media.", "Israel"},
		{"ou … en persan", "fr", "Le ministre iranien du pétrole a accusé Israël d'être derrière une cyberattaque contre les stations-service.\n\nPredatory Sparrow, ou Gonjeshke Darande en persan, a revendiqué l'opération sur les réseaux sociaux.", "Israel"},
	})
}

// TestQuotedGroupNames: a quoted name after a group-name cue is a group
// even when the tables do not know it, and a state name inside the quotes
// is part of the name, not an accused state; a list of quoted names gives
// each. Sentences written for this construction.
func TestQuotedGroupNames(t *testing.T) {
	t.Parallel()
	checkSlot(t, "accused", accusedNames, []slotCase{
		{"quoted unknown name", "en", "India's cyber agency said a group calling itself \"Zorbix\" was behind the attacks on government websites.", "Zorbix"},
		{"quoted list with state names", "en", "CERT-In attributed the attacks on government websites to outfits calling themselves \"Pakistan Cyber Force\", \"Team Insane PK\" and \"Mysterious Bangladesh\".", "Mysterious Bangladesh,Pakistan Cyber Force,Team Insane PK"},
		{"nom entre guillemets", "fr", "L'agence indienne de cybersécurité affirme qu'un collectif se faisant appeler « Zorbix » est derrière les attaques contre des sites gouvernementaux.", "Zorbix"},
		{"liste entre guillemets", "fr", "Le CERT-In attribue les attaques contre des sites gouvernementaux à des groupes se faisant appeler « Pakistan Cyber Force », « Team Insane PK » et « Mysterious Bangladesh ».", "Mysterious Bangladesh,Pakistan Cyber Force,Team Insane PK"},
		{"unquoted (unchanged)", "en", "India's cyber agency said a group calling itself Zorbix was behind the attacks on government websites.", "Zorbix"},
	})
}

// TestQualifiedGroupNames: a capitalised name right after a group noun
// that a group qualifier describes is a threat group, even a common word
// the tables leave out or a country's name; a campaign noun and a name on
// the next line are not. Sentences written for this construction.
func TestQualifiedGroupNames(t *testing.T) {
	t.Parallel()
	checkSlot(t, "accused", accusedNames, []slotCase{
		{"groupe criminel", "fr", "L'Office fédéral de la police attribue l'opération au groupe criminel Play.", "Play"},
		{"groupe de rançongiciel + pays", "fr", "La police attribue l'attaque contre le Parlement au groupe de rançongiciel Cuba.", "Cuba"},
		{"criminal group", "en", "Police blamed the attack on the parliament on the criminal group Play.", "Play"},
		{"ransomware group + country", "en", "Police attributed the attack on the parliament to the ransomware group Cuba.", "Cuba"},
		{"campaign noun", "en", "Germany blamed Russia for an email hacking campaign. Germany said the GRU was behind it.", "GRU,Russia"},
	})
}
