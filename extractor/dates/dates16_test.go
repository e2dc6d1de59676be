package dates

import "testing"

// A since that governs an event dates the span from the event's date
// ("since the invasion in February 2022", « depuis le début de la guerre en
// Ukraine en 2022 »); « des » (the article, folded like « dès ») governs
// none, and a range after such words stays a range. Sentences written for
// this rule.
func TestSinceEvent(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	cases := []spanCase{
		{"since the invasion in a month", "Russia has been blamed for hacking campaigns against Ukraine since the invasion in February 2022, accusations the Kremlin rejects.", "en", "2023-06-02", "2022-02.."},
		{"since a possessive event", "Since Russia's full-scale invasion in February 2022, the unit has carried out most destructive attacks on Ukraine.", "en", "2024-04-17", "2022-02.."},
		{"depuis le debut de la guerre", "Le groupe a mené des attaques contre des sites espagnols depuis le début de la guerre en Ukraine en 2022.", "fr", "2024-07-21", "2022.."},
		{"depuis la mi-annee", "Le groupe espionne depuis la mi-2021 des organisations aux États-Unis.", "fr", "2024-02-01", "2021-05.."},
		{"des is an article", "Le groupe est accusé d'être à l'origine des coupures d'électricité en Ukraine en 2015 et 2016.", "fr", "2023-11-15", "2015..2016"},
		{"a range after since words", "The hackers operated since the group was set up between 2019 and 2021.", "en", "2024-02-01", "2019..2021"},
	}
	checkSpans(t, p, cases)
}

// A since told by a past statement dated with its year runs to that
// statement ("In 2022, federal agencies said … since May 2021" is
// 2021-05..2022); told by the news it stays open. Sentences written for
// this rule.
func TestSinceToStatement(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	cases := []spanCase{
		{"since told by a dated statement", "In 2022, federal agencies said North Korean hackers had been using a ransomware strain against hospitals since May 2021.", "en", "2024-07-25", "2021-05..2022"},
		{"depuis raconte par une declaration datee", "En 2016 déjà, les experts avaient imputé au groupe des intrusions qui duraient depuis 2014.", "fr", "2023-06-15", "2014..2016"},
		{"since told by the news stays open", "Officials said on Tuesday that the hackers had been active since 2021.", "en", "2024-07-25", "2021.."},
		{"depuis dans l'actualite reste ouvert", "Le ministère a accusé mardi le groupe d'avoir visé des ministères depuis 2021.", "fr", "2025-04-29", "2021.."},
	}
	checkSpans(t, p, cases)
}
