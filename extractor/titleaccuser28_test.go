package extractor

import "testing"

// TestTitleAccuserSpeaksAgain: "In October the government said it held
// Russia responsible" in an article titled "Norway blames China for
// parliament breach" that also names Britain and China's denial: the
// unnamed government is the headline's accusing state, not the denier
// quoted just before (the claim was dropped as the denier's rebuttal) nor
// nobody (several states named, so no single context state). Texts written
// for this rule; the guard keeps a title with two accusing states from
// lending either.
func TestTitleAccuserSpeaksAgain(t *testing.T) {
	t.Parallel()
	checkClaimKeys(t, []keyCase{
		{"en/after a denial", "en", "Norway blames China for parliament breach\n\nNorway's government said on Monday that the breach of the parliament's email system was carried out from China.\n\nBritain said Chinese state-backed groups were behind the wider campaign.\n\nThe parliament disclosed the breach in March. Its email system has since been rebuilt. Lawmakers were told to change their passwords. Beijing has consistently rejected Western accusations of hacking.\n\nIn October the government said it held Russia responsible for an earlier attack on the parliament.",
			[]string{"GB>CN>", "NO>CN>NO", "NO>RU>NO"}},
		{"fr/après un démenti", "fr", "La Norvège accuse la Chine du piratage du Parlement\n\nLe gouvernement norvégien a affirmé lundi que l'intrusion dans la messagerie du Parlement avait été menée depuis la Chine.\n\nLe Royaume-Uni a affirmé que des groupes soutenus par l'État chinois étaient derrière la campagne.\n\nLe Parlement a révélé l'intrusion en mars. Sa messagerie a depuis été reconstruite. Les élus ont dû changer leurs mots de passe. Pékin a toujours rejeté les accusations occidentales de piratage.\n\nEn octobre, le gouvernement avait imputé à la Russie une attaque antérieure contre le Parlement.",
			[]string{"GB>CN>", "NO>CN>", "NO>RU>NO"}},
	})
}
