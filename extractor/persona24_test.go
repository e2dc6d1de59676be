package extractor

import "testing"

// TestPointedFingerAndPersona: « pointent désormais du doigt APT28 » (an
// adverb inside the cue: lexicon « pointent * du doigt », "pointed * the
// finger at") accuses APT28; the mask the attack was first claimed under
// (« au nom d'un prétendu « CyberCaliphate » », lexicon persona_words) is
// no accused of the article and no other story: the date of that
// sentence still dates the attack. Before, the French text gave no claim.
// Texts written for this rule.
func TestPointedFingerAndPersona(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ name, lang, text string }{
		{"pointent désormais du doigt", "fr", "Les enquêteurs français pointent désormais du doigt APT28, un groupe de pirates russes. L'attaque, qui avait privé la chaîne d'antenne pendant plusieurs heures en avril 2015, avait d'abord été revendiquée au nom d'un prétendu « CyberCaliphate » se réclamant de l'État islamique."},
		{"pointed squarely the finger", "en", "French investigators have now pointed squarely the finger at APT28, a Russian hacking group. The attack on TV5Monde had first been claimed in the name of a so-called \"CyberCaliphate\"."},
	} {
		t.Run(tc.lang+"/"+tc.name, func(t *testing.T) {
			cs := extract(t, tc.lang, "2017-06-10", "Cyber news\n\n"+tc.text)
			found := false
			for _, c := range cs {
				if c.Accused == nil {
					continue
				}
				found = found || c.Accused.Name == "APT28"
				if c.Accused.Name == "CyberCaliphate" {
					t.Errorf("the persona CyberCaliphate accused by %+v", c.Accuser)
				}
				if tc.lang == "fr" && c.Accused.Name == "APT28" && (c.AttackPeriod == nil || c.AttackPeriod.Start != "2015-04") {
					t.Errorf("APT28's period %+v, want 2015-04", c.AttackPeriod)
				}
			}
			if !found {
				t.Error("APT28 not accused")
			}
		})
	}
}
