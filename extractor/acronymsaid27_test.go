package extractor

import "testing"

// TestAcronymBeforeSaying: a bracketed acronym right after the speaker's
// name ("Britain's National Cyber Security Centre (NCSC) said that…", «
// l'Anssi (…) a révélé ») renames the speaker before a verb of saying too,
// not only before an accusation verb; an acronym the tables do not know
// does so when it is the name's initials ("the Cyber Security Agency of
// Singapore (CSA)"), and not when it is not (« l'Agence nationale de
// sécurité (ANB) » is Montenegro's, not the table's NSA). Before, the
// brackets closed the clause and the first three texts gave no claim.
// Texts written for this test.
func TestAcronymBeforeSaying(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ name, lang, text, want string }{
		{"known acronym", "en", "Britain's National Cyber Security Centre (NCSC) said on Monday that APT28 was behind the attack on the party.", "GB>apt28"},
		{"unknown acronym", "en", "The Cyber Security Agency of Singapore (CSA) said UNC3886 was behind the intrusions at the telecom operators.", "SG>unc3886"},
		{"connue", "fr", "L'Agence nationale de la sécurité des systèmes d'information (Anssi) a indiqué lundi que Sandworm était derrière la campagne d'intrusion visant des entreprises françaises.", "FR>sandworm"},
	} {
		t.Run(tc.lang+"/"+tc.name, func(t *testing.T) {
			cs := extract(t, tc.lang, "2024-05-07", "Cyber\n\n"+tc.text)
			found := false
			for _, c := range cs {
				found = found || key(c) == tc.want
			}
			if !found {
				t.Errorf("no %s claim: %v", tc.want, claimKeys(cs))
			}
		})
	}
	t.Run("fr/not the initials", func(t *testing.T) {
		cs := extract(t, "fr", "2022-09-01", "Cyber\n\nLe gouvernement monténégrin fait face à une cyberattaque contre ses serveurs, que l'Agence nationale de sécurité (ANB) impute aux services russes.")
		for _, c := range cs {
			if c.Accuser != nil && c.Accuser.Country == "US" {
				t.Errorf("claim %s: the ANB read as the NSA", key(c))
			}
		}
	})
}

func TestInitialsFit(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		acr, name string
		want      bool
	}{
		{"CSA", "Cyber Security Agency of Singapore", true},
		{"IMDA", "Infocomm Media Development Authority", true},
		{"Anssi", "Agence nationale de la sécurité des systèmes d'information", true},
		{"ANB", "Agence nationale de sécurité", false},
		{"NSA", "Cyber Security Agency", false},
		{"", "Agency", false},
		{"A", "", false},
	} {
		if got := initialsFit(tc.acr, tc.name); got != tc.want {
			t.Errorf("initialsFit(%q, %q) = %v", tc.acr, tc.name, got)
		}
	}
}
