package extractor

import (
	"strings"
	"testing"
)

// TestGroupAnaphorIsCyberContext: a threat group named by an anaphor ("the
// same group", « le même groupe ») is cyber context of its own: the
// accusation of a state three sentences after the last cyber word still
// counts ("Germany, which blamed the same group last year for an attack on
// the Social Democrats"). Articles written for this rule.
func TestGroupAnaphorIsCyberContext(t *testing.T) {
	t.Parallel()
	en := strings.Join([]string{
		"EU summit overshadowed by hacking row",
		"BRUSSELS - European leaders meeting on Thursday heard that the Czech government blamed a group run by Russia's GRU for spying on its foreign ministry.",
		"Prague said the intrusions began in 2022 and were carried out by APT28.",
		"The Czech foreign minister summoned the Russian ambassador.",
		"The European Union and NATO issued statements backing the Czech finding.",
		"Germany, which blamed the same group last year for an attack on the Social Democrats, called for new sanctions.",
	}, "\n\n")
	fr := strings.Join([]string{
		"Sommet européen : la querelle du piratage",
		"BRUXELLES - Les dirigeants européens réunis jeudi ont appris que le gouvernement tchèque accusait un groupe dirigé par le GRU russe d'avoir espionné son ministère des Affaires étrangères.",
		"Prague affirme que les intrusions ont commencé en 2022 et qu'elles sont l'œuvre d'APT28.",
		"Le ministre tchèque des Affaires étrangères a convoqué l'ambassadeur russe.",
		"L'Union européenne et l'OTAN ont publié des déclarations soutenant la position tchèque.",
		"L'Allemagne, qui avait accusé le même groupe l'an dernier d'une attaque contre le SPD, a réclamé de nouvelles sanctions.",
	}, "\n\n")
	checkSlot(t, "accusers", accuserKeys, []slotCase{
		{"en the same group", "en", en, "CZ,DE,eu,nato"},
		{"fr le même groupe", "fr", fr, "CZ,DE,eu,nato"},
	})
}
