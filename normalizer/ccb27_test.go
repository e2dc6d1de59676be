package normalizer_test

import (
	"testing"

	"github.com/claimwire/claimwire/normalizer"
)

// TestBelgianCentreByAdjective: « le Centre pour la cybersécurité belge »
// (the adjective where the table had « Belgique ») is Belgium's CCB. Before,
// the sentence it spoke in gave no claim.
func TestBelgianCentreByAdjective(t *testing.T) {
	t.Parallel()
	norm, err := normalizer.New(normalizer.Options{})
	if err != nil {
		t.Fatal(err)
	}
	ms := norm.Find("Le Centre pour la cybersécurité belge a confirmé l'attaque.", "fr")
	if len(ms) == 0 || ms[0].Entity.Country != "BE" || ms[0].Entity.Kind != "agency" || ms[0].Text != "Centre pour la cybersécurité belge" {
		t.Fatalf("mentions %+v, want Belgium's CCB", ms)
	}
}

// TestSwissAttorneyGeneral: the Swiss federal prosecutor (« le ministère
// public de la Confédération », the Office of the Attorney General of
// Switzerland) is a Swiss organ; it was not in the table.
func TestSwissAttorneyGeneral(t *testing.T) {
	t.Parallel()
	norm, err := normalizer.New(normalizer.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for text, lang := range map[string]string{
		"Le ministère public de la Confédération a ouvert une procédure.":       "fr",
		"The Office of the Attorney General of Switzerland opened proceedings.": "en",
	} {
		ms := norm.Find(text, lang)
		if len(ms) == 0 || ms[0].Entity.Country != "CH" || ms[0].Entity.Kind != "agency" {
			t.Errorf("%q: mentions %+v, want a Swiss agency", text, ms)
		}
	}
}
