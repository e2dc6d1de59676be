package extractor

import "testing"

// TestCleftFocusIsAccused: the name a cleft puts in focus is the subject of
// the verb after the relative (« c'est la Russie qui est derrière cette
// attaque », "it was Russia that carried out the attack"); a plain
// relative clause still names no one ("The hackers, who were behind…").
func TestCleftFocusIsAccused(t *testing.T) {
	t.Parallel()
	checkSlot(t, "accused countries", accusedCountries, []slotCase{
		{"fr c'est X qui est derrière", "fr", "Cyber\n\n« C'est la Russie qui est derrière cette attaque », a affirmé le ministre polonais.", "RU"},
		{"fr c'est bien X qui a piraté", "fr", "Cyber\n\nPour Washington, c'est bien la Chine qui a piraté ces réseaux.", "CN"},
		{"en it was X that carried out", "en", "Cyber news\n\nAccording to Warsaw, it was Russia that carried out the attack.", "RU"},
		{"en it was X that was behind", "en", "Cyber news\n\n\"It was Russia that was behind this attack,\" the Polish minister said.", "RU"},
	})
}
