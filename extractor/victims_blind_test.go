package extractor

import (
	"slices"
	"strings"
	"testing"

	"github.com/claimwire/claimwire/claim"
)

// TestBlindPeriods: attack years from phrasings seen in articles written
// by other hands (blind sets h and i), tried in sentences of our own: a
// date set between commas inside the deed's noun phrase dates the deed, not
// the accusation; a year after the accusation's own date is an event ahead,
// never when the attacks happened.
func TestBlindPeriods(t *testing.T) {
	t.Parallel()
	runPeriodCases(t, []periodCase{
		{"fr date inside the deed's noun phrase", "fr", "2024-05-04",
			"Cyber\n\nOslo attribue à Turla le vol, en 2016, de plans de sous-marins.", "2016..2016"},
		{"en date inside the deed's noun phrase", "en", "2024-05-04",
			"Cyber news\n\nOslo blamed Turla for the theft, in 2017, of design files from a shipyard.", "2017..2017"},
		{"year after the claim date is an event ahead", "en", "2025-01-10",
			"Cyber news\n\nOn 12 December 2024, the Dutch defence ministry accused Russia of hacking its servers with emails that used the 2025 NATO summit as a lure.", ""},
		{"fr earlier accusation with the deed's date inside its noun phrase", "fr", "2024-05-04",
			"Cyber\n\nLa Suède avait déjà attribué à Turla le vol, en 2016, de plans de sous-marins.", "2016..2016"},
		{"fr background sentence keeps no accusation date", "fr", "2024-05-04",
			"Cyber\n\nLa Suède avait déjà accusé Turla en 2016 d'avoir piraté son armée.", ""},
		{"fr date after the accusation verb dates it", "fr", "2024-05-04",
			"Cyber\n\nLa Norvège a accusé, en 2021, la Chine d'avoir piraté les courriels de son Parlement.", ""},
	})
}

// TestBlindVictims: victim countries from phrasings seen in articles
// written by other hands, tried in sentences of our own: every state of a
// list that is the subject of a passive attack verb, not only the last one;
// states that underwent attacks ("had also faced similar operations"); an
// organ named after an attack noun's "of" ("the hack of the Bundestag"); the
// accuser's own country is not assumed when the incident's victims are named;
// a state listed after a region and its head noun ("in NATO countries and
// Ukraine"); not a state fought in (« partir combattre en Ukraine »); the
// accusers' own countries when the attack hit "their" institutions; an
// organ's own country named after it by "of" (« l'Agence nationale de
// sécurité (ANB) du Monténégro » is Montenegro's, not the NSA's); what was
// probed (« sondé ») was attacked; "Dutch government agencies" hacked are
// targets ("government" is no tie to the hackers there); an organ after
// « le piratage du » when another is accused.
// want is the sorted union of the accusations' victim countries.
func TestBlindVictims(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name, lang, text, want string
	}{
		{"en list subject of a passive", "en",
			"Cyber news\n\nNATO blamed Russia's GRU for the phishing campaign against Czech ministries. Latvia, Romania and Finland were targeted.",
			"CZ,FI,LV,RO"},
		{"fr list subject of a passive", "fr",
			"Cyber\n\nL'OTAN accuse le GRU russe de la campagne contre des ministères tchèques. La Lettonie, la Roumanie et la Finlande ont aussi été visées.",
			"CZ,FI,LV,RO"},
		{"en list subject of a suffer verb with an attack object", "en",
			"Cyber news\n\nNATO blamed Russia's GRU for the phishing campaign against Czech ministries. Latvia, Romania and Finland had also faced similar operations.",
			"CZ,FI,LV,RO"},
		{"fr list subject of a suffer verb with an attack object", "fr",
			"Cyber\n\nL'OTAN accuse le GRU russe de la campagne contre des ministères tchèques. La Lettonie, la Roumanie et la Finlande ont subi des attaques similaires.",
			"CZ,FI,LV,RO"},
		{"en organ after an attack noun's of, in a relative blamed on the accused", "en",
			"Cyber news\n\nThe sanctions come after Germany said it would push for measures over the 2015 hack of the Bundestag, which German prosecutors have blamed on a GRU officer.",
			"DE"},
		{"the accuser's own country is not assumed when the incident's victims are named", "en",
			"US and allies name GRU unit behind WhisperGate attack on Ukraine\n\n" +
				"The FBI, the NSA and cyber agencies from nine other countries on Thursday accused GRU Unit 29155, a Russian military intelligence unit better known for assassination and sabotage plots in Europe, of running a destructive hacking campaign against Ukraine and its allies.\n\n" +
				"The unit deployed the WhisperGate wiper against Ukrainian government agencies in January 2022, weeks before Russian troops crossed the border, the advisory said. Since then, its hackers have scanned and probed the networks of NATO members in Europe and the Americas, hitting targets in at least 26 countries.\n\n" +
				"Microsoft tracks the same operators as Cadet Blizzard. The company said in 2023 that the group had also defaced websites and leaked stolen data through a Telegram channel.\n\n" +
				"The same day, the US Justice Department charged five GRU officers and a civilian over the WhisperGate attacks and offered rewards of up to $10 million for information on them.\n\n" +
				"The Russian embassy in Washington did not reply to a request for comment.",
			"UA"},
		{"en a state listed after a region with its head noun", "en",
			"Cyber news\n\nThe AIVD accused Laundry Bear of hacking the Dutch police. The group has since gone after defence firms in NATO countries and Ukraine, the AIVD said.",
			"NL,UA"},
		{"fr fighting in a war named in a hacked dispatch", "fr",
			"Cyber\n\nLe gouvernement polonais a accusé la Russie d'être derrière le piratage de l'agence de presse PAP, qui a diffusé une fausse dépêche annonçant la mobilisation de 200 000 Polonais pour partir combattre en Ukraine.",
			"PL"},
		{"fr possessive of two accusers after an attack", "fr",
			"Cyber\n\nEn 2024, l'Allemagne et la République tchèque avaient déjà attribué à APT28 des intrusions contre leurs institutions.",
			"CZ,DE"},
		{"en possessive of two accusers after an attack", "en",
			"Cyber news\n\nIn 2024, Germany and the Czech Republic blamed APT28 for intrusions into their ministries.",
			"CZ,DE"},
		{"fr organ owned by the state after its bracketed abbreviation", "fr",
			"Cyber\n\n« Des services de sécurité russes sont derrière l'attaque », a affirmé vendredi l'Agence nationale de sécurité (ANB) du Monténégro dans un communiqué.",
			"ME"},
		{"fr probing is an attack", "fr",
			"Cyber\n\nLa justice américaine a inculpé cinq officiers du GRU, accusés d'avoir sondé des systèmes informatiques d'agences fédérales américaines.",
			"US"},
		{"en probing is an attack", "en",
			"Cyber news\n\nThe FBI accused the GRU of probing Dutch government networks.",
			"NL"},
		{"en government institutions hacked are targets, not a state tie", "en",
			"Cyber news\n\nThe FBI accused the GRU of hacking the networks of Dutch government agencies.",
			"NL"},
		{"fr organ after an attack noun's « de » beside another accused", "fr",
			"Cyber\n\nEn octobre, l'UE avait sanctionné deux officiers de l'unité 26165 du GRU pour le piratage du Bundestag en 2015.",
			"DE"},
		{"fr organ after an attack noun's « de », the accused named before", "fr",
			"Cyber\n\nLe groupe APT28 a été désigné par Berlin comme responsable du piratage du Bundestag en 2015.",
			"DE"},
		{"suffer verb without an attack object", "en",
			"Cyber news\n\nNATO blamed Russia's GRU for the phishing campaign against Czech ministries. Latvia and Finland had also faced criticism from allies.",
			"CZ"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			var got []string
			for _, c := range extract(t, tc.lang, "2024-05-04", tc.text) {
				if c.Stance != claim.StanceAccusation {
					continue
				}
				for _, v := range c.Victims {
					if v.Country != "" && !slices.Contains(got, v.Country) {
						got = append(got, v.Country)
					}
				}
			}
			slices.Sort(got)
			if g := strings.Join(got, ","); g != tc.want {
				t.Errorf("victims = %q, want %q", g, tc.want)
			}
		})
	}
}
