package extractor

import (
	"slices"
	"testing"

	"github.com/claimwire/claimwire/claim"
)

// TestAccusedCountryPrecision: states a sentence names beside an
// accusation that it does not accuse. Each group of cases says why.
func TestAccusedCountryPrecision(t *testing.T) {
	t.Parallel()
	checkSlot(t, "accused countries", accusedCountries, []slotCase{
		// A state named inside the description of the attack an accusation is
		// about (its target, a place, a person there) is not accused; the state
		// an attribution's preposition, an agent, a cue or an origin names after
		// the attack is.
		{"en target's demonym after the attack verb", "en",
			"Cyber news\n\nThe Czech government accused hackers linked to China of breaching networks targeting the Finnish parliament.",
			"CN"},
		{"fr target's demonym after the attack verb", "fr",
			"Cyber\n\nLa Belgique a rattaché à la Chine des intrusions visant le Parlement finlandais.",
			"CN"},
		{"fr contrast clause after the attack", "fr",
			"Cyber\n\nL'Allemagne a accusé la Russie d'avoir piraté les comptes de responsables du SPD, tandis que la République tchèque signalait des attaques.",
			"RU"},
		{"en second attribution preposition after the attack", "en",
			"Cyber news\n\nThe NCSC has previously attributed attacks to Russia, including the NotPetya malware, and to North Korea, over the WannaCry ransomware.",
			"KP,RU"},
		{"fr origin cue after the attack", "fr",
			"Cyber\n\nLe ministère taïwanais de la Défense avait dénoncé des attaques venues de Chine et de Russie contre ses sites.",
			"CN,RU"},
		{"en origin preposition after the attack", "en",
			"Cyber news\n\nThe European Union imposed sanctions over cyberattacks, targeting six organisations from Russia, China and North Korea that it holds responsible.",
			"CN,KP,RU"},

		// An attack verb accuses the state before it only when that state is its
		// subject (auxiliaries, negations, an adverb, "of", a quote mark
		// between), not a state ending another phrase or clause.
		{"en state ending a phrase before a coordinated verb", "en",
			"Cyber news\n\nThe FBI accused North Korea of stealing the ransom. According to the FBI, the money was laundered through Hong Kong and then used to buy servers for intrusions into NASA.",
			"KP"},
		{"en speaker's own country before a noun read as a verb", "en",
			"Cyber news\n\nThe UK government blamed the Russian military for the NotPetya cyberattack. A British minister said Russia was ripping up the rule book and that Britain would respond to such attacks.",
			"RU"},
		{"en subject with an auxiliary and a quote mark", "en",
			"Cyber news\n\nThe White House said it had concluded that Iran \"conducted this reckless cyberattack\" against the campaign.",
			"IR"},
		{"en subject with an adverbial", "en",
			"Cyber news\n\nThe NCSC said China has for years targeted British MPs with cyberattacks.",
			"CN"},
		{"fr subject with an auxiliary", "fr",
			"Cyber\n\nSelon un rapport de l'ONU, la Corée du Nord aurait volé des cryptomonnaies pour 3 milliards de dollars.",
			"KP"},
		{"fr city in a phrase before the verb", "fr",
			"Cyber\n\nLe FBI accuse des pirates liés à l'Iran d'avoir visé les athlètes pendant les Jeux olympiques de Paris, notamment en piratant des écrans.",
			"IR"},

		// A cue's accused ends where the attack's target preposition opens
		// (« contre », "against"): a state after it is the target's, not the
		// actor.
		{"fr city after the target preposition", "fr",
			"Cyber\n\nLondres a de son côté accusé le GRU russe d'avoir mené des opérations de reconnaissance contre les organisateurs des Jeux de Tokyo.",
			"RU"},
		{"fr actor before the target preposition", "fr",
			"Cyber\n\nKiev dénonce des opérations de la Russie contre ses ministères.",
			"RU"},

		// A right cue's accused is the first entity named after it; when that is
		// an alliance, a firm or a medium, the states listed after it are not
		// accused ("members of NATO, Israel, Syria and China" describes
		// targets).
		{"fr member countries of an alliance", "fr",
			"Cyber\n\nLe FSB accuse les services de renseignement américains d'avoir piraté des milliers d'iPhone. Le FSB assure que des diplomates en poste en Russie, notamment de pays membres de l'OTAN, d'Israël, de Syrie et de Chine, ont été visés.",
			"US"},
		{"fr state right after the cue", "fr",
			"Cyber\n\nKiev accuse des pirates liés à la Russie d'avoir piraté ses ministères.",
			"RU"},

		// Blaming someone for failing to stop or prevent an attack is no
		// accusation of it.
		{"en failing to stop", "en",
			"Cyber news\n\nUS intelligence agencies said Iran was behind the hack of the Trump campaign. Trump blamed the Biden administration for failing to stop the attack.",
			"IR"},
		{"fr de ne pas avoir", "fr",
			"Cyber\n\nLes services américains accusent l'Iran d'avoir piraté la campagne de Donald Trump. L'opposition reproche au gouvernement américain de ne pas avoir empêché l'attaque.",
			"IR"},

		// The state an operation is hostile to, or at whose expense it was
		// committed, is its target, not its author.
		{"en hostile to", "en",
			"Cyber news\n\nMicrosoft said a group working for Iran's Revolutionary Guard phished a campaign official. The Trump campaign said its communications had been hacked and blamed \"foreign sources hostile to the United States\".",
			"IR"},
		{"fr au détriment de", "fr",
			"Cyber\n\nLe FBI a attribué à la Corée du Nord le vol de cryptomonnaies commis au détriment de la Thaïlande.",
			"KP"},
	})
}

// TestAccusedGroupPrecision: groups an article names beside an accusation
// that it does not accuse, and the ones it still does. Each group of cases
// says why.
func TestAccusedGroupPrecision(t *testing.T) {
	t.Parallel()
	checkSlot(t, "accused groups", accusedGroupNames, []slotCase{
		// A group that claims an operation itself (its subject or agent) is not
		// accused by that sentence, nor given to the article's attribution; a
		// group accused by a speaker still is.
		{"fr background self-claim", "fr",
			"Cyber\n\nChisinau avait imputé à la Russie, en 2023, une série de cyberattaques contre des institutions publiques moldaves. En 2022, le groupe Killnet avait revendiqué des attaques par déni de service contre des sites du gouvernement roumain.",
			""},
		{"fr self-claim by agent", "fr",
			"Cyber\n\nLe gouvernement italien accuse la Russie d'avoir piraté ses ministères. L'attaque a été revendiquée sur Telegram par NoName057(16).",
			""},
		{"en self-claim", "en",
			"Cyber news\n\nThe FBI blamed Iran for the hack of a US water utility. The group Predatory Sparrow claimed responsibility for attacks on an Iranian bank.",
			""},
		{"en self-claim by a group calling itself", "en",
			"Cyber news\n\nAlbania blamed Iran for the attack on its government networks. The attack had been claimed by a hacker group calling itself Sky Falcon.",
			""},
		{"fr self-claim by a group se faisant appeler", "fr",
			"Cyber\n\nTirana accuse l'Iran d'avoir piraté ses ministères. L'attaque avait été revendiquée par un groupe se faisant appeler Sky Falcon.",
			""},

		// A group named as the yardstick of a comparison is not accused; the
		// group compared with it is.
		{"en similar to those of", "en",
			"Cyber news\n\nPoland blamed Russia on Tuesday for a cyberattack on its railway signalling network. Officials said the hackers used techniques similar to those of Sandworm.",
			""},
		{"en resembled campaigns by", "en",
			"Cyber news\n\nGoogle blamed UNC6040 on Tuesday for data thefts from Salesforce customers. The intrusions resembled earlier campaigns by ShinyHunters, the researchers said.",
			"UNC6040"},
		{"en like at the clause start", "en",
			"Cyber news\n\nMicrosoft on Tuesday blamed Storm-1849 for attacks on Cisco firewalls in Europe. Like APT28 before it, the group relied on stolen passwords.",
			"Storm-1849"},
		{"en looks like is no comparison", "en",
			"Cyber news\n\nMicrosoft on Tuesday blamed Storm-1849 for attacks on Cisco firewalls in Europe. It looks like APT28 was behind the attack, the researchers said.",
			"APT28,Storm-1849"},
		{"fr à l'instar de", "fr",
			"Actualité\n\nMicrosoft a attribué mardi à Storm-1849 des attaques contre des pare-feu en Europe. À l'instar d'APT28, le groupe s'appuie sur des mots de passe volés.",
			"Storm-1849"},
		{"fr comparables à celles de", "fr",
			"Actualité\n\nLa Pologne a accusé mardi la Russie d'avoir piraté le réseau de signalisation de ses chemins de fer. Les pirates ont utilisé des méthodes comparables à celles de Sandworm, selon les enquêteurs.",
			""},
		{"en speaker's claim about a group", "en",
			"Cyber news\n\nThe Italian government blamed Russia for the attacks on its ministries. NoName057(16), Italian officials claimed, carried out the attacks.",
			"NoName057(16)"},
		{"en group accused by a speaker", "en",
			"Cyber news\n\nThe Italian government blamed Russia for the attacks on its ministries. It said NoName057(16) was behind the attacks.",
			"NoName057(16)"},

		// A group the text calls another actor's front (a persona it hides
		// behind) is not accused; the actor behind it is.
		{"en front noun after the persona", "en",
			"Cyber news\n\nUkraine's SBU blamed Sandworm for the Kyivstar hack. Ukrainian officials say Solntsepek is a front used by Sandworm.",
			"Sandworm"},
		{"en front line is no front", "en",
			"Cyber news\n\nUkraine's SBU blamed Sandworm for the Kyivstar hack. Officials said Sandworm, on the front line of Russia's cyber war, hit the operator.",
			"Sandworm"},
		{"fr front noun in an apposition", "fr",
			"Cyber\n\nL'Ukraine accuse Sandworm d'avoir piraté Kyivstar. Selon Kiev, Solntsepek, une façade de Sandworm, a revendiqué l'attaque.",
			"Sandworm"},
		{"fr front cue before the persona", "fr",
			"Cyber\n\nLe ministère chinois de la Sécurité d'Etat a accusé l'unité taïwanaise ICEFCOM de se cacher derrière un groupe se faisant appeler « Anonymous 64 », auteur de piratages de sites internet.",
			"ICEFCOM"},

		// A link between a tool and a group ("tools previously linked to
		// Sandworm") names the tool's known user; the text does not thereby
		// accuse it of the attack.
		{"en tools previously linked to a group", "en",
			"Cyber news\n\nThe EU blamed Russia for the cyberattack on the KA-SAT network. Researchers at SentinelOne later found code overlaps between the wiper and tools previously linked to the Russian group Sandworm.",
			""},
		{"fr malicious actor linked to a group", "fr",
			"Cyber\n\nL'UE accuse la Russie d'avoir attaqué le réseau KA-SAT. Selon Kiev, un acteur malveillant lié à Sandworm a mené l'attaque.",
			"Sandworm"},
		{"en hackers linked to a group", "en",
			"Cyber news\n\nThe EU blamed Russia for the cyberattack on the KA-SAT network. Researchers said hackers linked to Sandworm carried out the attack.",
			"Sandworm"},
	})
}

// accusedGroupNames returns the sorted names of the accused groups and
// organs (every accused but a state) of the accusations in cs, joined by
// commas, as the accused_groups slot counts them.
func accusedGroupNames(cs []claim.Claim) string {
	return accusedNames(slices.DeleteFunc(slices.Clone(cs), func(c claim.Claim) bool {
		return c.Accused == nil || c.Accused.Kind == claim.KindState
	}))
}

// slotCase is one article, published on 2024-05-04, and the value one slot
// of its claims must have ("" for none).
type slotCase struct {
	name, lang, text, want string
}

// checkSlot extracts each case and compares slot (accusedCountries,
// accusedGroupNames, ...) of its claims with the case's want; what names
// the slot in failures.
func checkSlot(t *testing.T, what string, slot func([]claim.Claim) string, cases []slotCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			if got := slot(extract(t, tc.lang, "2024-05-04", tc.text)); got != tc.want {
				t.Errorf("%s = %q, want %q", what, got, tc.want)
			}
		})
	}
}
