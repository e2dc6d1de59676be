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

// TestSupportAndPeaceNotTargets: a state named as the one supported
// ("Switzerland's support for Ukraine", « le soutien de la Suisse à
// Kiev ») or as the place of a peace the meeting is about ("the summit on
// peace in Ukraine", « la conférence pour la paix en Ukraine ») is neither
// a victim of the cyber operation nor, with its supporter, an accused of a
// denunciation of that support.
func TestSupportAndPeaceNotTargets(t *testing.T) {
	t.Parallel()
	checkSlot(t, "victim countries", victimCountries, []slotCase{
		{"en summit on peace in", "en",
			"Cyber news\n\nSwitzerland blamed NoName057(16) for attacks on federal websites during the summit on peace in Ukraine.",
			"CH"},
		{"fr sommet sur la paix en", "fr",
			"Cyber\n\nBerne attribue au groupe NoName057(16) des attaques contre les sites fédéraux pendant le sommet sur la paix en Ukraine.",
			"CH"},
		{"fr le soutien de la Suisse à Kiev", "fr",
			"Cyber\n\nBerne attribue au groupe NoName057(16) les attaques contre les sites fédéraux. Le groupe a revendiqué les attaques sur Telegram, en dénonçant le soutien de la Suisse à Kiev.",
			"CH"},
		{"en a real target after against stays", "en",
			"Cyber news\n\nSwitzerland blamed NoName057(16) for attacks against Ukraine.",
			"UA"},
	})
	checkSlot(t, "accused countries", accusedCountries, []slotCase{
		{"en denounced X's support for Y", "en",
			"Cyber news\n\nSwitzerland blamed NoName057(16) for DDoS attacks on its websites; the group denounced Switzerland's support for Ukraine.",
			""},
		{"fr dénoncé le soutien de X à Y", "fr",
			"Cyber\n\nBerne attribue au groupe NoName057(16) des attaques contre les sites fédéraux ; le groupe a dénoncé le soutien de la Suisse à l'Ukraine.",
			""},
		{"fr accusé d'attaques reste accusé", "fr",
			"Cyber\n\nBerne accuse la Russie d'attaques contre les sites fédéraux.",
			"RU"},
	})
}
