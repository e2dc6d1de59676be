package extractor

import "testing"

// TestNotEnoughToAttribute: "the presence of one tool was not enough to
// attribute the intrusion", « ne suffisait pas à désigner un attaquant »
// refuse an attribution, as "stopped short of attributing" does: the
// tool's known users named before it ("espionage groups operating from
// China") stand accused by no one. Before, both texts made the
// investigators' state accuse China. Texts written for this test; the
// guard keeps an attribution that the refusal does not touch.
func TestNotEnoughToAttribute(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ name, lang, text string }{
		{"not enough", "en", "Telecom breach inquiry ends\n\nSouth Korean investigators on Friday closed their inquiry into the breach of the mobile operator. The backdoor found on its servers is a tool favoured by espionage groups operating from China, but a ministry official said the presence of one tool was not enough to attribute the intrusion."},
		{"ne suffisait pas", "fr", "Fin de l'enquête sur la fuite chez l'opérateur\n\nLes enquêteurs sud-coréens ont clos vendredi leur enquête sur la fuite de données de l'opérateur mobile. La porte dérobée trouvée sur ses serveurs est un outil prisé de groupes d'espionnage opérant depuis la Chine, mais un responsable du ministère a souligné que la présence d'un outil ne suffisait pas à désigner un attaquant."},
	} {
		t.Run(tc.lang+"/"+tc.name, func(t *testing.T) {
			if cs := extract(t, tc.lang, "2025-07-04", tc.text); len(cs) > 0 {
				t.Errorf("claims %v", claimKeys(cs))
			}
		})
	}
	t.Run("en/guard", func(t *testing.T) {
		cs := extract(t, "en", "2025-07-04", "Telecom breach\n\nSouth Korea's science ministry on Friday blamed North Korea for the breach of the mobile operator.")
		if len(cs) == 0 {
			t.Error("the accusation was lost")
		}
	})
}
