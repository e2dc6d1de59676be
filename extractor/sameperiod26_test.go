package extractor

import "testing"

// TestSamePeriodClaimDate: an accusation dated "the same month", « le même
// mois », « en octobre de la même année » is of the month told before it,
// up to three sentences back with undated ones between (a quotation, a
// remark), not of the publication; "A month earlier" after an undated
// sentence stays counted from publication, as the news that sentence tells
// is. Found reading blind-l/fr-987 and blind-h/fr-305 (« Le même mois, le
// Royaume-Uni, l'Union européenne et l'Otan avaient imputé… ») and
// blind-i/en-904 (the guard). Sentences written for this rule.
func TestSamePeriodClaimDate(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ name, lang, text, claimDate string }{
		{"le même mois", "fr", "L'Estonie avait attribué ces attaques à la Russie en septembre 2024. « Les auteurs ont agi sur ordre de l'État russe », avait alors déclaré le procureur général. Le même mois, le département américain de la Justice avait inculpé cinq officiers du GRU pour la campagne de sabotage informatique WhisperGate contre l'Ukraine.", "2024-09"},
		{"en octobre de la même année", "fr", "L'UE a sanctionné pour la première fois des pirates en juillet 2020. En octobre de la même année, l'UE a accusé deux officiers du GRU du piratage du Bundestag allemand.", "2020-10"},
		{"the same month", "en", "In October, British security minister Ben Wallace said North Korea had launched the WannaCry attack. Microsoft President Brad Smith said the same month that North Korea was behind the WannaCry attack.", "2017-10"},
		{"guard: a month earlier after the news", "en", "The attack on 15 July forced Albania to shut its e-government portal. A US spokeswoman said Washington had concluded that Iran conducted the cyber-attack. A month earlier, Mandiant had reported that a group working for Iran was behind the ransomware used in the attack.", "2022-08"},
	} {
		t.Run(tc.lang+"/"+tc.name, func(t *testing.T) {
			pub := "2025-01-27"
			switch tc.name {
			case "the same month":
				pub = "2017-12-19"
			case "guard: a month earlier after the news":
				pub = "2022-09-08"
			}
			cs := extract(t, tc.lang, pub, "Cyber news\n\n"+tc.text)
			if len(cs) == 0 {
				t.Fatal("no claim")
			}
			if got := string(cs[len(cs)-1].ClaimDate); got != tc.claimDate {
				t.Errorf("claim date %q, want %q", got, tc.claimDate)
			}
		})
	}
}
