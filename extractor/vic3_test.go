package extractor

import "testing"

// TestFalseFlagNotAccused: the actor attackers made their operation look
// like ("dressed up to look as though it came from North Korea", "passed
// itself off as the work of…", « déguisés en pirates nord-coréens », « pour
// faire croire qu'il venait de… ») is the false flag, not an accused; the
// real actor of the sentence stays accused.
func TestFalseFlagNotAccused(t *testing.T) {
	t.Parallel()
	checkSlot(t, "accused countries", accusedCountries, []slotCase{
		{"en made to look as though it came from", "en",
			"Cyber news\n\nThe US said the GRU hacked the Games. The wiper had been made to look as though it came from North Korea, investigators said.",
			"RU"},
		{"en making it look like the work of", "en",
			"Cyber news\n\nThe UK said the GRU hacked the Games, making it look like the work of North Korea.",
			"RU"},
		{"en disguised themselves as", "en",
			"Cyber news\n\nThe UK said the GRU hacked the Games; its hackers disguised themselves as Chinese hackers.",
			"RU"},
		{"en a real origin stays accused", "en",
			"Cyber news\n\nThe UK said the attack on the Games came from North Korea.",
			"KP"},
		{"fr pour faire croire", "fr",
			"Cyber\n\nSelon Londres, le GRU a piraté les Jeux ; le code avait été maquillé pour faire croire qu'il provenait de Corée du Nord.",
			"RU"},
		{"fr faire porter le chapeau", "fr",
			"Cyber\n\nSelon Londres, le GRU a piraté les Jeux en tentant de faire porter le chapeau à l'Iran.",
			"RU"},
		{"fr une origine réelle reste accusée", "fr",
			"Cyber\n\nSelon Londres, la cyberattaque contre les Jeux provenait de Corée du Nord.",
			"KP"},
	})
}
