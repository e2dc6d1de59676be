package extractor

import "testing"

// TestOrganListItem: a list of speakers whose first items name a state's
// organ by its demonym ("The Czech foreign ministry, the German government
// and the European Union issued statements attributing…", « Le ministère
// tchèque des Affaires étrangères, le gouvernement allemand et l'UE ont
// accusé… ») keeps every item: the organ's words are no clause of their
// own. Before, the first item was dropped (the segment was not a "pure"
// list of names). Sentences written for this rule; the guard keeps a
// fronted adverbial with a target out of the list.
func TestOrganListItem(t *testing.T) {
	t.Parallel()
	checkClaimKeys(t, []keyCase{
		{"en/first of three", "en", "Cyber news\n\nThe Czech foreign ministry, the German government and the European Union issued statements attributing the campaign to APT28.", []string{"CZ>APT28>", "DE>APT28>", "EU>APT28>"}},
		{"en/second of three", "en", "Cyber news\n\nThe German government, the Czech foreign ministry and NATO blamed Russia for the hacking campaign.", []string{"DE>RU>", "CZ>RU>", "NATO>RU>"}},
		{"fr/ministère tchèque", "fr", "Cyber news\n\nLe ministère tchèque des Affaires étrangères, le gouvernement allemand et l'Union européenne ont accusé la Russie de la cyberattaque.", []string{"CZ>RU>", "DE>RU>", "EU>RU>"}},
		{"fr/diplomatie", "fr", "Cyber news\n\nLa diplomatie tchèque, Berlin et l'OTAN ont attribué la campagne de piratage à APT28.", []string{"CZ>APT28>", "DE>APT28>", "NATO>APT28>"}},
		{"en/guard: fronted target", "en", "Cyber news\n\nAfter a cyberattack on the Czech foreign ministry, Germany and the European Union accused Russia of being behind it.", []string{"DE>RU>CZ", "EU>RU>CZ"}},
	})
}

// TestFrontedDeedListSubject: "After a cyberattack on the ministry, the
// United States and Britain blamed Russia." — the deed told before a
// subject list dates and makes cyber the bare accusation after it, as it
// does before one subject. Before, the eight words searched before the
// verb ended inside the list and the sentence gave no claim. Sentences
// written for this rule; the guard keeps a bare accusation after a fronted
// phrase that tells no cyberattack out.
func TestFrontedDeedListSubject(t *testing.T) {
	t.Parallel()
	checkClaimKeys(t, []keyCase{
		{"en/two subjects", "en", "Cyber news\n\nAfter a cyberattack on the ministry, the United States and Britain blamed Russia.", []string{"US>RU>", "GB>RU>"}},
		{"fr/deux sujets", "fr", "Cyber news\n\nAprès la cyberattaque contre le ministère, l'Allemagne et la France ont accusé la Russie.", []string{"DE>RU>", "FR>RU>"}},
	})
	checkNoClaims(t, "2024-05-15", []noClaimCase{
		{"guard: summit", "en", "Cyber news\n\nAfter the summit in Brussels, Germany and France accused Russia."},
		{"guard: sommet", "fr", "Cyber news\n\nAprès le sommet de Bruxelles, l'Allemagne et la France ont accusé la Russie."},
	})
}

// TestFrontedAdverbialListItem: a list of speakers opened by a short
// adverbial written without a comma ("Within hours the White House, the
// British Foreign Office and the NCSC issued statements attributing…",
// « Dans la foulée la Maison Blanche, le Foreign Office et le NCSC ont
// attribué… ») keeps its first item. Before, the White House was dropped
// (the adverbial's words made the segment no pure list). Sentences
// written for this rule; the guard keeps a list opened by a target's
// preposition out of the speakers.
func TestFrontedAdverbialListItem(t *testing.T) {
	t.Parallel()
	checkClaimKeys(t, []keyCase{
		{"en/within hours", "en", "Cyber news\n\nWithin hours the White House, the British Foreign Office and the National Cyber Security Centre issued statements attributing the operation to Iran.", []string{"US>IR>", "Foreign Office>IR>"}},
		{"fr/dans la foulée", "fr", "Cyber news\n\nDans la foulée la Maison Blanche, le Foreign Office britannique et le NCSC ont attribué l'opération à l'Iran.", []string{"US>IR>", "Foreign Office>IR>"}},
		{"en/guard: target preposition", "en", "Cyber news\n\nAfter attacks on the US, Britain and Canada blamed Iran for the operation.", []string{"?>IR>CA,GB,US"}},
	})
}
