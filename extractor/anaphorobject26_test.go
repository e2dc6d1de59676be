package extractor

import "testing"

// TestInstitutionAnaphorBeforeObject: an unnamed organ right before its
// verb ("The interior minister blamed Russia", "The foreign ministry
// accused Russia") is the organ of the state the article is about; the
// state named after the verb is the object, not the organ's owner. Before,
// the English sentences gave a claim with no accuser; only a nationality
// adjective (« le gouvernement américain ») or an of-complement (« le
// parquet de Paris ») after the noun names the organ's state. The French
// twins already passed and are guards. Texts written for this rule.
func TestInstitutionAnaphorBeforeObject(t *testing.T) {
	t.Parallel()
	lead := map[string]string{
		"en": "Montenegro hit by cyberattack\n\nMontenegro's government networks were hit by a massive cyberattack on Friday. ",
		"fr": "Cyberattaque au Monténégro\n\nLes réseaux du gouvernement monténégrin ont été visés vendredi par une cyberattaque massive. ",
	}
	for _, tc := range []struct{ name, lang, text string }{
		{"interior minister", "en", "The interior minister blamed Russia for the attack."},
		{"foreign ministry", "en", "The foreign ministry accused Russia of the attack."},
		{"ministre de l'Intérieur", "fr", "Le ministre de l'Intérieur a accusé la Russie d'être derrière l'attaque."},
		{"parquet de Podgorica", "fr", "Le parquet de Podgorica a accusé la Russie d'être derrière l'attaque."},
	} {
		t.Run(tc.lang+"/"+tc.name, func(t *testing.T) {
			found := false
			for _, c := range extract(t, tc.lang, "2022-09-08", lead[tc.lang]+tc.text) {
				found = found || c.Accuser != nil && c.Accuser.Country == "ME" && c.Accused != nil && c.Accused.Country == "RU"
			}
			if !found {
				t.Error("no claim Montenegro → Russia")
			}
		})
	}
}
