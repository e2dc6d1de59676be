package extractor

import "testing"

// TestAccusationVerbInIncise: « …, a poursuivi le ministre tchèque, … »
// (continued the minister) is a saying verb set between commas, not an
// accusation of the minister by the name before it (it gave GRU → Czechia);
// the subject before such an incise (« …, a ajouté le ministre tchèque, »)
// is the one the cue after it tells of.
// An accusation whose object sits in apposition (« …, avait accusé le
// groupe APT29, lié à… ») and an English passive after an aside ("…, was
// blamed on Tehran by Microsoft, whose…") keep their roles; there the
// group that claimed the attack is no accused beside Tehran
// (dropGroupsIf). Sentences written for this rule.
func TestAccusationVerbInIncise(t *testing.T) {
	t.Parallel()
	checkAccuserAccused(t, []accuserAccusedCase{
		{"a poursuivi le ministre (incise)", "fr", ministryFR("« Le renseignement militaire russe, a poursuivi le ministre tchèque, est derrière cette campagne contre nos institutions. »"), "Czechia", "GRU"},
		{"a ajouté le ministre (incise)", "fr", ministryFR("Le renseignement militaire russe, a ajouté le ministre tchèque, est derrière cette campagne contre nos institutions."), "Czechia", "GRU"},
		{"avait accusé le groupe X, lié à", "fr", ministryFR("En 2020, l'agence canadienne, avec ses homologues britannique et américain, avait accusé le groupe APT29, lié aux services de renseignement russes, d'avoir tenté de voler des recherches sur les vaccins."), "Canada", "APT29"},
		{"was blamed on X by Y, whose", "en", ministryEN("The July 15 attack, which was claimed by a group calling itself HomeLand Justice, was blamed on Tehran by Microsoft, whose investigators were brought in by the Albanian government."), "Microsoft", "Iran"},
	})
}
