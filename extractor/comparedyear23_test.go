package extractor

import "testing"

// TestComparedYearNotAttack: a year told as a yardstick after a comparison
// marker ("could spread as widely as NotPetya in 2017", « , comme en 2020,
// lorsque… ») is the other incident's, not the attack's; « désigné comme
// responsable … en 2015 » names, it compares nothing. Sentences written for
// this rule.
func TestComparedYearNotAttack(t *testing.T) {
	t.Parallel()
	runPeriodCases(t, []periodCase{
		{"as widely as", "en", "2022-02-25",
			"Cyber news\n\nUkraine's SBU accused Russia on Thursday of unleashing a data-wiping program against Ukrainian banks. Researchers warned the malware could spread as widely as NotPetya in 2017.", ""},
		{"similar to", "en", "2022-02-25",
			"Cyber news\n\nPoland accused Russia of a cyberattack on its railway signalling, using a wiper similar to the one seen in Ukraine in 2015.", ""},
		{"aussi destructeur que", "fr", "2022-02-25",
			"Cyber news\n\nLe SBU ukrainien a accusé jeudi la Russie d'avoir lancé un logiciel destructeur contre des banques ukrainiennes. Selon les chercheurs, il pourrait se révéler aussi destructeur que NotPetya en 2017.", ""},
		{"comme en, clause", "fr", "2022-09-05",
			"Cyber news\n\nPékin a accusé la NSA d'avoir piraté une université de Xi'an, comme en 2020, lorsque Washington avait inculpé des militaires chinois.", ""},
		{"désigné comme names", "fr", "2022-09-05",
			"Cyber news\n\nLe groupe APT28 a été désigné par Berlin comme responsable du piratage du Bundestag en 2015.", "2015..2015"},
	})
}

// TestObservedDatesAttack: "observed" / « observé » after the attacks it
// qualifies dates them, as "discovered" does ("the new wave of attacks,
// observed between 2021 and 2023"), instead of dating a statement.
// Sentences written for this rule.
func TestObservedDatesAttack(t *testing.T) {
	t.Parallel()
	runPeriodCases(t, []periodCase{
		{"attacks observed between", "en", "2024-01-08",
			"Cyber news\n\nHunt & Hackett said the Turkish group Sea Turtle had targeted telecom firms in the Netherlands. In the new wave of attacks, observed between 2021 and 2023, the adversary used a reverse shell.", "2021..2023"},
		{"activité observée depuis", "fr", "2024-01-08",
			"Cyber news\n\nHunt & Hackett a attribué au groupe turc Sea Turtle des intrusions chez des opérateurs néerlandais. Dans cette nouvelle vague d'attaques, observées entre 2021 et 2023, les pirates ont utilisé une porte dérobée.", "2021..2023"},
	})
}
