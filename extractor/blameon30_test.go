package extractor

import "testing"

// TestBlameTargetOn: "blamed the attack on a hospital on Russia" — the
// first "on" tells the attack's target, the second whom it is blamed on;
// a relative clause set off by commas inside the phrase ("blamed the
// attack, which crippled a Berlin hospital, on Russian hackers", « a
// imputé la cyberattaque, qui a paralysé un hôpital berlinois, à des pirates
// russes », "linked the campaign, which hit operators in Kenya, to a
// Chinese group") is read around. Before, the sentences gave no claim, or
// Ukraine as accused with Russia as victim. Guards: a day after the
// accused ("on Russia on Tuesday") and the plain form keep their claim.
// Sentences written for this rule.
func TestBlameTargetOn(t *testing.T) {
	t.Parallel()
	checkClaimKeys(t, []keyCase{
		{"en/attack on a hospital on Russia", "en", "Cyber news\n\nGermany blamed the attack on a hospital on Russia.", []string{"DE>RU>DE"}},
		{"en/attacks on Ukraine on Russia", "en", "Cyber news\n\nGermany blamed the attacks on Ukraine on Russia.", []string{"DE>RU>UA"}},
		{"en/attacks on Ukrainian banks on the GRU", "en", "Cyber news\n\nKyiv blamed the attacks on Ukrainian banks on the GRU.", []string{"UA>GRU>UA"}},
		{"en/relative clause inside blamed * on", "en", "Cyber news\n\nGermany blamed the attack, which crippled a Berlin hospital, on Russian hackers.", []string{"DE>RU>DE"}},
		{"fr/proposition relative dans imputé * à", "fr", "Actualité\n\nL'Allemagne a imputé la cyberattaque, qui a paralysé un hôpital berlinois, à des pirates russes.", []string{"DE>RU>DE"}},
		{"en/relative clause before linked's to", "en", "Cyber news\n\nESET linked the campaign, which hit telecom operators in Kenya and Nigeria, to a Chinese group.", []string{"ESET>CN>KE,NG"}},
		{"fr/relative avant le à de relié", "fr", "Actualité\n\nESET a relié la campagne d'espionnage, qui a touché des opérateurs télécoms au Kenya, à un groupe chinois.", []string{"ESET>CN>KE"}},
		{"en/guard: a day after the accused", "en", "Cyber news\n\nGermany blamed the attack on Russia on Tuesday.", []string{"DE>RU>DE"}},
		{"fr/guard: imputé la cyberattaque contre … à", "fr", "Actualité\n\nL'Allemagne a imputé la cyberattaque contre un hôpital berlinois à la Russie.", []string{"DE>RU>DE"}},
	})
}
