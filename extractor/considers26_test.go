package extractor

import "testing"

// TestConsidersAsAuthor: « considère X comme l'auteur de », "regards X as
// responsible for", "regards X as the perpetrator of" accuse X (accuse
// patterns, en and fr). Before, none gave a claim. Sentences written for
// this rule, after the read blind-be/fr-001, whose own sentence puts a
// long apposition between the accused and « comme » and stays missed (a
// gap covers at most four words).
func TestConsidersAsAuthor(t *testing.T) {
	t.Parallel()
	want := []string{"BE>GCHQ>BE"}
	checkClaimKeys(t, []keyCase{
		{"fr/considère X comme l'auteur", "fr", "Actualité\n\nLa Belgique considère le GCHQ comme l'auteur de la cyberattaque contre Belgacom.", want},
		{"fr/considéraient X comme le commanditaire", "fr", "Actualité\n\nLes enquêteurs belges considéraient le GCHQ comme le commanditaire de la cyberattaque contre Belgacom.", want},
		{"en/regards X as responsible", "en", "Cyber news\n\nBelgium regards GCHQ as responsible for the cyberattack on Belgacom.", want},
		{"en/regarded X as the perpetrator", "en", "Cyber news\n\nBelgium regarded GCHQ as the perpetrator of the cyberattack on Belgacom.", want},
	})
}
