package extractor

import "testing"

// TestSeizedPlacesNoVictims: a sentence telling a police action, with no
// word of attacking or accusing ("In total, 34 servers were seized in the
// Netherlands, Germany and Finland", « 34 serveurs ont été saisis aux
// Pays-Bas, en Allemagne et en Finlande »), names where the police acted:
// those states are no victims of the claim before it. Before, they were
// carried to it. Texts written for this rule; the victim named by the
// accusation (the United States) is the guard.
func TestSeizedPlacesNoVictims(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ name, lang, text string }{
		{"seized in", "en", "LockBit takedown\n\nThe Justice Department on Tuesday charged two Russian nationals with deploying LockBit against companies in the United States. In total, 34 servers were seized in the Netherlands, Germany and Finland."},
		{"saisis aux", "fr", "Opération contre LockBit\n\nLe département de la Justice a inculpé mardi deux ressortissants russes accusés d'avoir déployé LockBit contre des entreprises aux États-Unis. Au total, 34 serveurs ont été saisis aux Pays-Bas, en Allemagne et en Finlande."},
	} {
		t.Run(tc.lang+"/"+tc.name, func(t *testing.T) {
			us := false
			for _, c := range extract(t, tc.lang, "2024-02-21", tc.text) {
				for _, v := range c.Victims {
					switch v.Country {
					case "NL", "DE", "FI":
						t.Errorf("%s a victim of %s", v.Country, c.Accused.Name)
					case "US":
						us = true
					}
				}
			}
			if !us {
				t.Error("the United States no longer a victim")
			}
		})
	}
}
