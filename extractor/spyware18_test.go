package extractor

import "testing"

// TestSpywareVendorsNotAccused: the maker of spyware, or its product named
// as a group, is not the accused of the spying its client did; the client
// state is (lexicon spyware_vendors). Sentences written for this rule.
func TestSpywareVendorsNotAccused(t *testing.T) {
	t.Parallel()
	checkSlot(t, "accused", accusedNames, []slotCase{
		{"en product beside the client", "en",
			"Cyber news\n\nCitizen Lab said the Egyptian government used Predator spyware to hack the phone of an opposition politician.",
			"Egypt"},
		{"en maker in an apposition", "en",
			"Cyber news\n\nAlgeria accused Moroccan intelligence of hacking its officials' phones with spyware made by the Israeli firm NSO Group.",
			"Morocco"},
		{"fr fabricant en apposition", "fr",
			"Cyber\n\nLe ministre algérien a accusé les services marocains d'avoir piraté les téléphones de responsables avec ce logiciel espion, conçu par la société israélienne NSO Group.",
			"Morocco"},
		{"fr produit à côté du client", "fr",
			"Cyber\n\nSelon Amnesty, le gouvernement grec a utilisé le logiciel espion Predator spyware pour pirater le téléphone d'un député.",
			"Greece"},
	})
}

// TestSpywareDeeds: installing spyware on a device and infecting it are
// attacks whose subject is accused, in both languages.
func TestSpywareDeeds(t *testing.T) {
	t.Parallel()
	checkSlot(t, "accused", accusedNames, []slotCase{
		{"en installed spyware", "en",
			"Cyber news\n\nCitizen Lab said the Egyptian government installed spyware on the phone of an opposition politician.",
			"Egypt"},
		{"en infected with", "en",
			"Cyber news\n\nAmnesty said Vietnamese hackers infected the phones of two exiled bloggers with spyware.",
			"Vietnam"},
		{"fr installé un logiciel espion", "fr",
			"Cyber\n\nSelon Citizen Lab, des pirates éthiopiens ont installé un logiciel espion sur le téléphone d'un opposant.",
			"Ethiopia"},
		{"fr infecté", "fr",
			"Cyber\n\nSelon Amnesty, des pirates marocains ont infecté les téléphones de journalistes avec un logiciel malveillant.",
			"Morocco"},
	})
}
