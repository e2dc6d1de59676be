package extractor

import (
	"testing"

	"github.com/claimwire/claimwire/claim"
)

// TestAccuserForms covers accuser forms missed on unseen articles (issue 10,
// set acc-g): a list of states after a wire dateline that carries its date,
// a joint statement named by a relative clause (« un avis commun qui
// attribue »), partners in an apposition to the speaker, the head of an
// apposition whose complement owns it, a long apposition before an inverted
// reporting verb, and a place after the target of a cue that is no accused.
// The sentences are written for this test.
func TestAccuserForms(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name, lang, text string
		want             []string
		not              []string
	}{
		// datelines with their date are where the story was filed
		{name: "dateline with date then a list", lang: "en",
			text: "Headline on advisory\n\nOTTAWA, March 3 (Wire) - Canada, Japan and Norway on Monday accused Salt Typhoon of breaching telecom carriers.",
			want: []string{"CA>salt typhoon", "JP>salt typhoon", "NO>salt typhoon"}},
		{name: "french dateline with date then a list", lang: "fr",
			text: "Titre de la dépêche\n\nBRUXELLES, 3 mars 2025 (Agence) - La Belgique, les Pays-Bas et le Luxembourg ont accusé lundi le groupe APT31 d'avoir piraté des parlementaires.",
			want: []string{"BE>apt31", "NL>apt31", "LU>apt31"}},
		// a dateline of several places: none of them speaks
		{name: "dateline of two places", lang: "en",
			text: "Headline on a report\n\nSEOUL/TOKYO - South Korean security firm AhnLab on Monday accused Kimsuky of phishing diplomats.",
			want: []string{"ahnlab>kimsuky"}, not: []string{"KR>kimsuky", "JP>kimsuky"}},
		{name: "wire dateline of two places", lang: "en",
			text: "Headline on a report\n\nOSLO/HELSINKI (Wire) - Security firm WithSecure on Monday blamed APT29 for phishing diplomats.",
			want: []string{"withsecure>apt29"}, not: []string{"NO>apt29", "FI>apt29"}},
		// the publisher of a statement named by a relative clause
		{name: "capitals publish an advisory which attributes", lang: "fr",
			text: "Madrid, Rome, Lisbonne, Athènes et Varsovie ont diffusé mardi un avis commun qui attribue au groupe Sandworm des sabotages de réseaux électriques.",
			want: []string{"ES>sandworm", "IT>sandworm", "PT>sandworm", "GR>sandworm", "PL>sandworm"}},
		{name: "english report that blames", lang: "en",
			text: "Oslo, Helsinki, Copenhagen and Stockholm released a joint statement that blames APT29 for breaches of their foreign ministries.",
			want: []string{"NO>apt29", "FI>apt29", "DK>apt29", "SE>apt29"}},
		// partners in an apposition to the speaker speak with it
		{name: "backed by in an apposition", lang: "en",
			text: "The Swedish government, backed by the EU and NATO, blamed APT28 for the breach of its parliament's email system.",
			want: []string{"SE>apt28", "eu>apt28", "nato>apt28"}},
		{name: "french soutenu par in an apposition", lang: "fr",
			text: "Le gouvernement slovaque, soutenu par l'UE et l'OTAN, a attribué au groupe APT31 la compromission de son ministère de l'Intérieur.",
			want: []string{"SK>apt31", "eu>apt31", "nato>apt31"}},
		{name: "agent list is no subject", lang: "en",
			text: "Dutch intelligence, supported by Belgium and Germany, attributed the intrusion into the police network to Laundry Bear.",
			want: []string{"NL>laundry bear", "BE>laundry bear", "DE>laundry bear"}},
		{name: "joined by after the subject", lang: "en",
			text: "Finland was joined by Sweden and Norway in attributing the sabotage of the grid operators' networks to Sandworm.",
			want: []string{"FI>sandworm", "SE>sandworm", "NO>sandworm"}},
		{name: "french rejointe par in an apposition", lang: "fr",
			text: "La Finlande, rejointe par la Suède et la Norvège, a attribué au groupe Sandworm le sabotage des réseaux de ses gestionnaires électriques.",
			want: []string{"FI>sandworm", "SE>sandworm", "NO>sandworm"}},
		// statements issued by a list: the list speaks, it is not accused
		{name: "statements attributing were issued by", lang: "en",
			text: "Statements attributing the breach of the parliament to APT31 were issued by Finland, Estonia and Latvia on Friday.",
			want: []string{"FI>apt31", "EE>apt31", "LV>apt31"},
			not:  []string{"?>FI", "?>EE", "?>LV"}},
		{name: "french declarations publiees par", lang: "fr",
			text: "Des déclarations attribuant le piratage du Parlement au groupe APT31 ont été publiées par la Finlande, l'Estonie et la Lettonie.",
			want: []string{"FI>apt31", "EE>apt31", "LV>apt31"},
			not:  []string{"?>FI", "?>EE", "?>LV"}},
		// a list of complements of one speaker noun
		{name: "french declarations de X, de Y et de Z", lang: "fr",
			text: "Des déclarations de la Finlande, de l'Estonie et de la Lettonie attribuent au groupe APT31 le piratage de leurs parlements.",
			want: []string{"FI>apt31", "EE>apt31", "LV>apt31"}},
		{name: "agencies of X, of Y and of Z", lang: "en",
			text: "Statements by the governments of Finland, of Estonia and of Latvia attributed the breaches of their parliaments to APT31.",
			want: []string{"FI>apt31", "EE>apt31", "LV>apt31"}},
		// partners in a list of countries beside a named speaker
		{name: "speaker and its partners in", lang: "en",
			text: "The NCSC and its partners in Canada and New Zealand published an attribution of the espionage campaign to APT31 on Tuesday.",
			want: []string{"GB>apt31", "CA>apt31", "NZ>apt31"}},
		{name: "together with partners in", lang: "en",
			text: "Japan's NISC, together with partners in Australia and Canada, attributed the espionage campaign to APT40.",
			want: []string{"JP>apt40", "AU>apt40", "CA>apt40"}},
		// coordinated demonyms share the institution noun written once
		{name: "its demonym and name counterparts", lang: "en",
			text: "Japan's NISC and its Australian and New Zealand counterparts attributed the espionage campaign to APT40.",
			want: []string{"JP>apt40", "AU>apt40", "NZ>apt40"}},
		{name: "french homologues demonym et demonym", lang: "fr",
			text: "L'Anssi et ses homologues belge et néerlandais ont attribué mardi la campagne d'espionnage au groupe APT31.",
			want: []string{"FR>apt31", "BE>apt31", "NL>apt31"}},
		{name: "coordinated demonym targets stay victims", lang: "fr",
			text: "Le centre cryptologique italien a imputé au groupe APT29 une campagne d'espionnage contre des diplomates italiens et grecs.",
			want: []string{"IT>apt29"},
			not:  []string{"GR>apt29", "IT>GR"}},
		// the authors of a statement noun
		{name: "guidance from agencies in", lang: "en",
			text: "Joint guidance from agencies in Canada, Japan and Germany warned that Volt Typhoon had breached water utilities.",
			want: []string{"CA>volt typhoon", "JP>volt typhoon", "DE>volt typhoon"}},
		{name: "advisory issued by agencies in", lang: "en",
			text: "The advisory, issued by agencies in Canada, Japan and Germany, said Volt Typhoon had breached water utilities.",
			want: []string{"CA>volt typhoon", "JP>volt typhoon", "DE>volt typhoon"}},
		{name: "french avis publie par", lang: "fr",
			text: "L'avis, publié par les agences du Canada, du Japon et d'Allemagne, affirme que Volt Typhoon a piraté des services d'eau.",
			want: []string{"CA>volt typhoon", "JP>volt typhoon", "DE>volt typhoon"}},
		{name: "according to a statement by X with its partners in", lang: "en",
			text: "APT28 spoofed login pages of foreign ministries, according to an advisory published by Germany's BSI with its partners in Austria, Switzerland and Luxembourg.",
			want: []string{"DE>apt28", "AT>apt28", "CH>apt28", "LU>apt28"}},
		// plural reporting verbs after a long sentence
		{name: "french concluent les chercheurs de", lang: "fr",
			text: "La campagne, qui a visé pendant des mois des ambassades dans une dizaine de pays européens, porte la signature du groupe APT29, concluent les chercheurs de l'entreprise slovaque ESET.",
			want: []string{"eset>apt29"}},
		{name: "researchers conclude", lang: "en",
			text: "The campaign, which targeted embassies in a dozen European countries for months, bears the hallmarks of APT29, ESET researchers conclude in a new report.",
			want: []string{"eset>apt29"}},
		// vendors outside the entity table, by the cue before their name
		{name: "incident response firm", lang: "en",
			text: "Incident response firm Northwall said the phishing campaign against diplomats was carried out by APT29.",
			want: []string{"northwall>apt29"}},
		{name: "a researcher at", lang: "en",
			text: "\"This is APT29,\" said Jane Roe, a researcher at Northwall, who tracked the phishing campaign against diplomats.",
			want: []string{"northwall>apt29"}},
		{name: "french start-up de cybersecurite", lang: "fr",
			text: "La start-up de cybersécurité Northwall affirme que la campagne d'hameçonnage visant des diplomates est l'œuvre d'APT29.",
			want: []string{"northwall>apt29"}},
		// a post-nominal state adjective of the attack, then its target
		{name: "french cyberattaque adjective contre cible", lang: "fr",
			text: "Le porte-parole de la diplomatie chinoise a dénoncé des cyberattaques américaines contre des universités chinoises.",
			want: []string{"CN>US"}},
		{name: "french cyberattaque adjective contre l'universite", lang: "fr",
			text: "La Pologne a dénoncé une cyberattaque russe contre l'université de Varsovie.",
			want: []string{"PL>RU"}},
		// the comma closing a source phrase ends its list
		{name: "according to a state then the accused", lang: "en",
			text: "According to Sweden, the GRU hacked the email accounts of several ministers.",
			want: []string{"SE>gru"},
			not:  []string{"gru>gru"}},
		{name: "according to a list", lang: "en",
			text: "According to Sweden, Finland and Norway, the GRU hacked the email accounts of several ministers.",
			want: []string{"SE>gru", "FI>gru", "NO>gru"}},
		{name: "french selon un etat puis l'accuse", lang: "fr",
			text: "Selon la Suède, le GRU a piraté les messageries de plusieurs ministres.",
			want: []string{"SE>gru"}},
		{name: "french incrimine", lang: "fr",
			text: "Stockholm incrimine le renseignement militaire russe dans le piratage des messageries de ses ministres.",
			want: []string{"SE>gru"}},
		// the owner in an apposition does not speak for its subsidiary
		{name: "subsidiary of in apposition", lang: "en",
			text: "Mandiant, a subsidiary of Google, said UNC3944 had stolen data from casino operators.",
			want: []string{"mandiant>unc3944"},
			not:  []string{"google>unc3944"}},
		{name: "french filiale de in apposition", lang: "fr",
			text: "Talos, la division de renseignement de Cisco, attribue au groupe Turla cette nouvelle porte dérobée.",
			not:  []string{"cisco>turla"}},
		// a long apposition before the verb: the speaker is in it, not after
		{name: "long apposition then said", lang: "en",
			text: "Jane Roe, the head of research at Google's threat intelligence group in Europe, said APT44 was behind the attacks on Ukraine.",
			want: []string{"google>sandworm"},
			not:  []string{"UA>sandworm"}},
		{name: "french employer after a title and its complement", lang: "fr",
			text: "Jeanne Dupont, directrice du renseignement sur les menaces chez Sekoia, affirme que le groupe APT44 a piraté des opérateurs ukrainiens.",
			want: []string{"sekoia>sandworm"},
			not:  []string{"UA>sandworm"}},
		{name: "inverted speaker is not a target", lang: "en",
			text: "Security researchers warned that the malware was still spreading, said Sandworm had attacked grid operators in Ukraine.",
			not:  []string{"UA>sandworm"}},
		// the antecedent of an appositive relative clause speaks
		{name: "which tracks the group as", lang: "en",
			text: "Britain accused a Chinese state-backed group of breaching its electoral register.\n\nMicrosoft, which tracks the group as Zirconium, said the hackers had been active since 2021.",
			want: []string{"microsoft>apt31"}},
		{name: "french qui suit ce groupe sous le nom", lang: "fr",
			text: "Le Royaume-Uni accuse un groupe lié à l'État chinois d'avoir piraté son registre électoral.\n\nMicrosoft, qui suit le groupe sous le nom de Zirconium, a affirmé que les pirates étaient actifs depuis 2021.",
			want: []string{"microsoft>apt31"}},
		// the place of a cue's target is neither accused nor speaker
		{name: "working for companies in a country", lang: "en",
			text: "Kimsuky has expanded its operations to Europe, with fake personas working for companies in Germany and Portugal, Google said on Wednesday.",
			want: []string{"google>kimsuky"},
			not:  []string{"google>DE", "google>PT"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			checkKeys(t, extract(t, tc.lang, "2025-03-05", tc.text), tc.want, tc.not)
		})
	}
}

// TestDenialTakesStatementDate: a denial that names no day of its own
// answers the accusation it denies and takes that statement's date, not the
// publication date (a weekly published after the month turned).
func TestDenialTakesStatementDate(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name, lang, published, text string
		want                        claim.Date
	}{
		{name: "french weekly", lang: "fr", published: "2025-06-02",
			text: "La Slovaquie a accusé mercredi dernier le groupe APT31 d'avoir piraté son ministère des Affaires étrangères. L'ambassade de Chine a rejeté ces accusations, qualifiées de « sans fondement ».",
			want: "2025-05-28"},
		{name: "english weekly", lang: "en", published: "2025-06-02",
			text: "Slovakia accused APT31 on Wednesday of hacking its foreign ministry. China's embassy rejected the accusations as groundless.",
			want: "2025-05-28"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			cs := extract(t, tc.lang, tc.published, tc.text)
			denials := 0
			for _, c := range cs {
				if c.ClaimDate != tc.want {
					t.Errorf("%s (%s): claim date %s, want %s", key(c), c.Stance, c.ClaimDate, tc.want)
				}
				if c.Stance == claim.StanceDenial {
					denials++
				}
			}
			if denials == 0 {
				t.Errorf("no denial in %v", cs)
			}
		})
	}
}

// TestAnnouncementDate: a sentence right after a claim that dates its
// announcement, with no claim of its own, gives the claim its date; an
// attack's date does not.
func TestAnnouncementDate(t *testing.T) {
	t.Parallel()
	checkClaimDates(t, "2025-06-02", []claimDateCase{
		{name: "made the announcement on", lang: "en",
			text: "The FBI has attributed the breach of the Treasury's networks to Silk Typhoon. The bureau made the announcement on Friday in a statement to reporters.",
			want: "2025-05-30"},
		{name: "french le communique a ete publie", lang: "fr",
			text: "Le FBI attribue le piratage des réseaux du Trésor au groupe Silk Typhoon. Le communiqué a été publié vendredi.",
			want: "2025-05-30"},
		{name: "an attack day is no announcement", lang: "en",
			text: "The FBI has attributed the breach of the Treasury's networks to Silk Typhoon. The breach was discovered on Friday.",
			want: "2025-06-02"},
	})
}

// TestHeadlineTakesStatementDate: a headline that names the accused
// differently from the body (the agency, then its unit) still sums up the
// same statement and takes its day.
func TestHeadlineTakesStatementDate(t *testing.T) {
	t.Parallel()
	text := "Beijing names three alleged NSA operatives over Asian Winter Games hacking\n\n" +
		"The Harbin public security bureau said on Tuesday that the agency's Office of Tailored Access Operations had attacked the games' registration systems."
	cs := extract(t, "en", "2025-04-16", text)
	if len(cs) == 0 {
		t.Fatal("no claim")
	}
	for _, c := range cs {
		if c.ClaimDate != "2025-04-15" {
			t.Errorf("%s (%s): claim date %s, want 2025-04-15", key(c), c.Evidence.Sentence[:20], c.ClaimDate)
		}
	}
}

// claimDateCase is one sentence and the claim date every claim of it must
// carry.
type claimDateCase struct {
	name, lang, text string
	want             claim.Date
}

// checkClaimDates extracts each case as published on pub and checks that
// it gives claims, all with the wanted claim date.
func checkClaimDates(t *testing.T, pub string, cases []claimDateCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			cs := extract(t, tc.lang, pub, tc.text)
			if len(cs) == 0 {
				t.Fatal("no claim")
			}
			for _, c := range cs {
				if c.ClaimDate != tc.want {
					t.Errorf("%s: claim date %q, want %q", key(c), c.ClaimDate, tc.want)
				}
			}
		})
	}
}
