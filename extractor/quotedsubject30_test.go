package extractor

import "testing"

// TestQuotedSubjectBeforeVerb: the accused quoted whole before "were
// behind" (the agency said "coordinated Russian services" were behind the
// attack, « des « services russes coordonnés » étaient derrière ») is the
// subject of the attribution; before, a quotation mark ended the search
// and the sentence gave no claim (French passed only when the mark closed
// right after the demonym). Sentences written for this rule.
func TestQuotedSubjectBeforeVerb(t *testing.T) {
	t.Parallel()
	checkClaimKeys(t, []keyCase{
		{"en/said \"Russian services\" were behind", "en", "Cyber news\n\nMontenegro said \"Russian services\" were behind the cyberattack.", []string{"ME>RU>ME"}},
		{"en/said that \"coordinated Russian services\" were behind", "en", "Cyber news\n\nMontenegro said that \"coordinated Russian services\" were behind the cyberattack.", []string{"ME>RU>ME"}},
		{"fr/des « services russes coordonnés » étaient derrière", "fr", "Actualité\n\nLe Monténégro a affirmé que des « services russes coordonnés » étaient derrière la cyberattaque.", []string{"ME>RU>ME"}},
		{"fr/guard: « services russes » (passed before)", "fr", "Actualité\n\nLe Monténégro a affirmé que des « services russes » étaient derrière la cyberattaque.", []string{"ME>RU>ME"}},
	})
}

// TestSharedNationalSecurityAgency: "National Security Agency", « Agence
// nationale de sécurité » name Montenegro's ANB as well as the American
// NSA (lexicon shared_agencies): in a story that names Montenegro more
// than the United States, the agency speaks for Montenegro. Before, the
// Montenegrin agency's accusation was the United States'. Texts written
// for this rule.
func TestSharedNationalSecurityAgency(t *testing.T) {
	t.Parallel()
	cases := []struct{ name, lang, text string }{
		{"fr/Agence nationale de sécurité monténégrine", "fr", "Monténégro : Podgorica face à une cyberattaque\n\nLe Monténégro est visé depuis dix jours par une cyberattaque. L'Agence nationale de sécurité a affirmé vendredi que des services russes étaient derrière l'attaque contre les serveurs du gouvernement. Le FBI a envoyé une équipe aux États-Unis pour aider le Monténégro."},
		{"en/Montenegro's National Security Agency", "en", "Montenegro hit by cyberattack\n\nMontenegro has been hit by a cyberattack for ten days. The National Security Agency said on Friday that Russian services were behind the attack on government servers. The FBI sent a team from the United States to help Montenegro."},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			cs := extractText(t, tc.lang, tc.text)
			found := false
			for _, c := range cs {
				if c.Accuser == nil || c.Accuser.Name != "NSA" {
					continue
				}
				found = true
				if c.Accuser.Country != "ME" {
					t.Errorf("the agency speaks for %q, want ME", c.Accuser.Country)
				}
			}
			if !found {
				t.Errorf("no claim by the agency in %v", claimKeys(cs))
			}
		})
	}
}

// TestCubaRansomwareIsAGang: a country's name as a brand before a
// capitalised qualifier (« un groupe criminel d'extorsion appelé Cuba
// Ransomware », "Cuba Ransomware claimed the theft") names the gang, as
// "the Cuba ransomware gang" already did, not Cuba the state. Before, the
// minister's claim accused Cuba. Sentences written for this rule.
func TestCubaRansomwareIsAGang(t *testing.T) {
	t.Parallel()
	checkClaimKeys(t, []keyCase{
		{"fr/un groupe appelé Cuba Ransomware", "fr", "Actualité\n\nLe ministre monténégrin a déclaré que la cyberattaque était l'œuvre d'un groupe criminel d'extorsion appelé Cuba Ransomware.", []string{"ME>Cuba>ME"}},
		{"en/blamed Cuba Ransomware", "en", "Cyber news\n\nMontenegro's minister blamed Cuba Ransomware for the cyberattack.", []string{"ME>Cuba>ME"}},
		{"en/guard: the Cuba ransomware gang (passed before)", "en", "Cyber news\n\nMontenegro's minister said the Cuba ransomware gang was behind the cyberattack.", []string{"ME>Cuba>ME"}},
	})
}
