package extractor

import "testing"

// TestTakedownTargetIsNotAccused: a group whose property a police action
// took ("police seized servers belonging to LockBit", « les serveurs de
// LockBit ont été saisis ») is that action's target: with no word of
// accusing or attributing, it is accused of nothing, and no later claim
// of the article takes it as its accused. A group that the same sentence
// accuses, or whose apposition tells its attacks, stays accused. Texts
// written for this rule.
func TestTakedownTargetIsNotAccused(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name, lang, text string
		want             bool // LockBit accused
	}{
		{"seized belonging to", "en", "Europol said police in eleven countries had seized servers belonging to LockBit, the ransomware gang. Separately, Dutch prosecutors accused Moscow of a cyberattack on a port operator.", false},
		{"dismantled", "en", "The National Crime Agency said investigators had dismantled the leak site of LockBit and frozen 200 cryptocurrency accounts.", false},
		{"ont été saisis", "fr", "Selon Europol, les serveurs de LockBit ont été saisis lors d'une opération menée dans onze pays. Le parquet de Paris a par ailleurs attribué à la Russie une attaque contre un hôpital.", false},
		{"démantèlement", "fr", "La police britannique a annoncé le démantèlement du site de LockBit et le gel de 200 comptes en cryptomonnaies.", false},
		{"accused too", "en", "The FBI, which seized servers of the gang, accused LockBit of hitting 2,000 hospitals and schools.", true},
		{"apposition tells attacks", "fr", "Europol a annoncé le démantèlement de l'infrastructure de LockBit, le gang qui frappe depuis 2020 les hôpitaux européens de ses attaques par rançongiciel.", true},
	} {
		t.Run(tc.lang+"/"+tc.name, func(t *testing.T) {
			got := false
			for _, c := range extract(t, tc.lang, "2024-02-20", "Cyber news\n\n"+tc.text) {
				got = got || c.Accused != nil && c.Accused.Name == "LockBit"
			}
			if got != tc.want {
				t.Errorf("LockBit accused: %v, want %v", got, tc.want)
			}
		})
	}
}
