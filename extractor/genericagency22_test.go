package extractor

import "testing"

// TestGenericAgencyOwner: an agency name many states share ("the National
// Police Agency", « la police nationale ») is the organ of the state the
// article names most before it when the article never names the state the
// table gives it (a Seoul story); with that state named, it stays the
// table's. Articles written for this rule.
func TestGenericAgencyOwner(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ name, lang, text, country string }{
		{"Seoul story", "en", "Seoul says North Korean hackers stole defence secrets\n\nSouth Korea's police said on Tuesday that hackers had stolen data from defence contractors. The National Police Agency said the intrusions were carried out by Lazarus.", "KR"},
		{"Tokyo story (the table's)", "en", "Japan blames Chinese hackers\n\nJapan's government said on Tuesday that hackers had targeted its ministries. The National Police Agency said the intrusions were carried out by MirrorFace.", "JP"},
		{"histoire à Séoul", "fr", "Séoul accuse des pirates nord-coréens\n\nLa police sud-coréenne a affirmé mardi que des pirates avaient volé des données de sous-traitants de la défense. L'Agence nationale de la police a attribué les intrusions à Lazarus.", "KR"},
	} {
		t.Run(tc.lang+"/"+tc.name, func(t *testing.T) {
			cs := extract(t, tc.lang, "2025-10-08", tc.text)
			found := false
			for _, c := range cs {
				if c.Accused != nil && c.Accuser != nil && c.Accuser.Kind == "agency" {
					found = true
					if c.Accuser.Country != tc.country {
						t.Errorf("agency %q of %q, want %q", c.Accuser.Name, c.Accuser.Country, tc.country)
					}
				}
			}
			if !found {
				t.Fatal("no claim by an agency")
			}
		})
	}
}
