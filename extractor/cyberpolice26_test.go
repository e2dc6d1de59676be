package extractor

import "testing"

// TestCyberpoliceIsAnOrgan: « la cyberpolice ukrainienne », "Ukraine's
// cyberpolice" is an institution noun (institution_nouns), so its state
// speaks: « soupçonnés d'avoir mené des attaques contre des entreprises
// françaises » is Ukraine's accusation of LockBit. Before, the French
// sentence gave no claim. Texts written for this rule.
func TestCyberpoliceIsAnOrgan(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ name, lang, text string }{
		{"cyberpolice ukrainienne", "fr", "Opération contre LockBit\n\nLes autorités ont levé le voile mardi sur une opération contre le rançongiciel LockBit. Mercredi, la cyberpolice ukrainienne a annoncé l'arrestation à Ternopil d'un père et de son fils, présentés comme membres de LockBit et soupçonnés d'avoir mené des attaques contre des entreprises françaises."},
		{"Ukraine's cyberpolice", "en", "LockBit takedown\n\nThe authorities on Tuesday revealed an operation against the LockBit ransomware. On Wednesday, Ukraine's cyberpolice announced the arrest in Ternopil of a father and son, described as members of LockBit and suspected of carrying out attacks on French companies."},
	} {
		t.Run(tc.lang+"/"+tc.name, func(t *testing.T) {
			found := false
			for _, c := range extract(t, tc.lang, "2024-02-21", tc.text) {
				found = found || c.Accuser != nil && c.Accuser.Country == "UA" && c.Accused != nil && c.Accused.Name == "LockBit"
			}
			if !found {
				t.Error("no claim Ukraine → LockBit")
			}
		})
	}
}
