package extractor

import "testing"

// TestPhysicalAttackNoCyberDeed: sanctions over a physical attack (lexicon
// physical_attacks: "the nerve-agent attack", « l'attaque au Novitchok »)
// accuse no one of a cyber deed, even with an intelligence agency named
// beside the attack noun; a cyberattack told the same way stays a claim.
// Before, the EU accused the GRU of the poisoning. Texts written for this
// rule.
func TestPhysicalAttackNoCyberDeed(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name, lang, text string
		want             bool
	}{
		{"nerve-agent attack", "en", "European Union ministers on Monday imposed sanctions on the head of Russia's GRU military intelligence service and two officers suspected of carrying out the nerve-agent attack on a former spy in Salisbury, England, in March 2018.", false},
		{"attaque au Novitchok", "fr", "Les ministres de l'Union européenne ont sanctionné lundi le chef du GRU, le renseignement militaire russe, et deux officiers soupçonnés d'avoir mené l'attaque au Novitchok contre un ancien espion à Salisbury, en Angleterre, en mars 2018.", false},
		{"cyberattack kept", "en", "European Union ministers on Monday imposed sanctions on the head of Russia's GRU military intelligence service and two officers suspected of carrying out the cyberattack on the German parliament in 2015.", true},
		{"cyberattaque gardée", "fr", "Les ministres de l'Union européenne ont sanctionné lundi le chef du GRU, le renseignement militaire russe, et deux officiers soupçonnés d'avoir mené la cyberattaque contre le Bundestag en 2015.", true},
	} {
		t.Run(tc.lang+"/"+tc.name, func(t *testing.T) {
			cs := extract(t, tc.lang, "2019-01-22", "EU sanctions\n\n"+tc.text)
			gru := false
			for _, c := range cs {
				gru = gru || c.Accused != nil && c.Accused.Name == "GRU"
			}
			if gru != tc.want {
				t.Errorf("GRU accused %v, want %v (%d claims)", gru, tc.want, len(cs))
			}
		})
	}
}
