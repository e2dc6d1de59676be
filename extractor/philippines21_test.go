package extractor

import "testing"

// TestPhilippinesIsAName: « les Philippines », capitalised after a word, is
// the country (name_demonyms, as « la Suisse »), not the plural demonym «
// philippines » that needs an institution noun to speak; « les autorités
// philippines » stays the demonym. Sentences written for this rule.
func TestPhilippinesIsAName(t *testing.T) {
	t.Parallel()
	checkAccuserAccused(t, []accuserAccusedCase{
		{"les Philippines ont affirmé", "fr", ministryFR("Les Philippines ont affirmé que des pirates basés en Chine avaient tenté de pénétrer la messagerie du gouvernement de l'archipel."), "Philippines", "China"},
		{"les autorités philippines", "fr", ministryFR("Les autorités philippines ont accusé des pirates chinois d'avoir pénétré la messagerie du gouvernement."), "Philippines", "China"},
	})
}
