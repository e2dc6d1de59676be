package dates

import (
	"testing"

	"github.com/claimwire/claimwire/claim"
)

// dateCheck is one date a case compares: the name it fails under, how it
// is read off the analysed sentence, and the value wanted ("" for none).
// A case lists only the dates it is about; the others are not compared.
// datesCase is one sentence, its language and publication date, and the
// readings it must give.
type datesCase struct {
	name, sent, lang string
	ref              claim.Date
	want             []dateCheck
}

// checkDates analyses each case's sentence as a subtest and compares each
// reading with its want.
func checkDates(t *testing.T, p *Parser, cases []datesCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			s := p.Analyze(c.sent, c.lang, c.ref)
			for _, w := range c.want {
				if got := w.get(s); got != w.want {
					t.Errorf("%s = %q, want %q", w.what, got, w.want)
				}
			}
		})
	}
}

type dateCheck struct {
	what string
	get  func(*Sentence) string
	want string
}

func wantPeriod(w string) dateCheck { return dateCheck{"AttackPeriod", periodOf, w} }

func wantStatement(w string) dateCheck {
	return dateCheck{"StatementDate", func(s *Sentence) string { return string(s.StatementDate()) }, w}
}

func wantClaim(w string) dateCheck {
	return dateCheck{"ClaimDate", func(s *Sentence) string { return string(s.ClaimDate()) }, w}
}

// TestStatementAndDeedDates: which date of a sentence that reports a
// statement dates the statement and which the deed it reports. Each group
// of cases says the convention it checks.
func TestStatementAndDeedDates(t *testing.T) {
	p := newParserT(t)
	cases := []datesCase{
		// A past statement dated only by its year, whose deed names no date
		// of its own, dates the deed by that year; a statement month dates
		// nothing but the statement, and a deed with its own date keeps it.
		{"in year opening", "In 2018 Britain and the Netherlands blamed the GRU for an attempt to break into the OPCW.", "en", "2024-05-20",
			[]dateCheck{wantPeriod("2018..2018")}},
		{"en year opening", "En 2020, l'agence canadienne avait accusé le groupe APT29 d'avoir tenté de voler des recherches sur les vaccins.", "fr", "2024-05-20",
			[]dateCheck{wantPeriod("2020..2020")}},
		{"accused in year", "In 2020, federal officials accused Iranian hackers of sending threatening emails to voters.", "en", "2024-05-20",
			[]dateCheck{wantPeriod("2020..2020")}},
		{"month opening", "In March 2024, Britain accused APT31 of spying on lawmakers.", "en", "2024-05-20",
			[]dateCheck{wantPeriod("")}},
		{"deed has its own year", "In 2021, Finland blamed APT31 for the 2020 hack of its parliament.", "en", "2024-05-20",
			[]dateCheck{wantPeriod("2020..2020")}},
		{"no statement date", "Britain blamed the GRU for an attempt to break into the OPCW.", "en", "2024-05-20",
			[]dateCheck{wantPeriod("")}},

		// A group's emergence dates the group, not an attack, as its
		// founding does.
		{"emerged", "The group, which emerged in March 2022, regularly targets countries that support Kyiv.", "en", "2024-05-20",
			[]dateCheck{wantPeriod("")}},
		{"apparu", "Le groupe, apparu en mars 2022 peu après l'invasion russe, cible régulièrement les pays qui soutiennent Kiev.", "fr", "2024-05-20",
			[]dateCheck{wantPeriod("")}},
		{"attack still dated", "Le groupe a attaqué en mars 2022 des sites publics belges.", "fr", "2024-05-20",
			[]dateCheck{wantPeriod("2022-03..2022-03")}},

		// A sanction is a statement of blame: the month told right after it
		// dates the claim ("The Treasury sanctioned X in January over its
		// role").
		{"sanctioned in", "The Treasury Department sanctioned Sichuan Juxinhe in January over its alleged role.", "en", "2024-05-20",
			[]dateCheck{wantStatement("2024-01")}},
		{"a sanctionné en", "Le Trésor américain a sanctionné l'entreprise en janvier pour son rôle présumé.", "fr", "2024-05-20",
			[]dateCheck{wantStatement("2024-01")}},

		// "As early as", « dès » beside a word of saying date the statement;
		// before a deed they still open the attack period.
		{"said as early as", "The Australian Federal Police had said as early as November 2022 that it believed those responsible were based in Russia.", "en", "2024-05-20",
			[]dateCheck{wantStatement("2022-11"), wantPeriod("")}},
		{"dès opening a saying", "Dès août 2023, Microsoft l'accusait d'espionner des dizaines d'organismes taïwanais.", "fr", "2024-05-20",
			[]dateCheck{wantStatement("2023-08"), wantPeriod("")}},
		{"active as early as", "The group has been active as early as March 2019, targeting think tanks, the agency said.", "en", "2024-05-20",
			[]dateCheck{wantStatement(""), wantPeriod("2019-03..")}},
		{"actif dès", "Actif dès 2012, Kimsuky s'en prend principalement à des institutions sud-coréennes.", "fr", "2024-05-20",
			[]dateCheck{wantStatement(""), wantPeriod("2012..")}},

		// « au début du mois de décembre » is early December, not the
		// current month beside December.
		{"au début du mois de", "Le Trésor a reconnu avoir été piraté au début du mois de décembre par un acteur chinois.", "fr", "2025-01-04",
			[]dateCheck{wantPeriod("2024-12..2024-12")}},
		{"à la fin du mois de", "Les pirates ont frappé à la fin du mois de novembre.", "fr", "2025-01-04",
			[]dateCheck{wantPeriod("2024-11..2024-11")}},
		{"fin du mois de", "Les pirates ont frappé fin du mois de novembre.", "fr", "2025-01-04",
			[]dateCheck{wantPeriod("2024-11..2024-11")}},
		{"au début du mois", "Les pirates ont frappé au début du mois.", "fr", "2025-01-04",
			[]dateCheck{wantPeriod("2025-01..2025-01")}},

		// "In recent days", « ces derniers jours », « depuis le début de la
		// semaine » are weeks relative to publication, as "this week" is; a
		// range may end on "at least" a year.
		{"ces derniers jours", "Des attaques par déni de service ont touché ces derniers jours plusieurs sites du gouvernement.", "fr", "2024-05-20",
			[]dateCheck{wantPeriod("2024-05..2024-05")}},
		{"depuis le début de la semaine", "Depuis le début de la semaine, deux banques ont été mises à genoux par des cyberattaques.", "fr", "2024-05-20",
			[]dateCheck{wantPeriod("2024-05..2024-05")}},
		{"plus tôt dans la semaine", "Le FBI a affirmé plus tôt dans la semaine que des pirates avaient visé des banques.", "fr", "2024-05-20",
			[]dateCheck{wantPeriod("")}},
		{"in recent days", "Hackers have attacked government websites in recent days.", "en", "2024-05-20",
			[]dateCheck{wantPeriod("2024-05..2024-05")}},
		{"to at least", "The campaign targeted ministries from 2020 to at least 2022.", "en", "2024-05-20",
			[]dateCheck{wantPeriod("2020..2022")}},

		// « public », « publique » are no words of saying (the stem was
		// « publi »): a week told after « sites publics » dates the attacks,
		// not a statement; « exposé publiquement en mai 2023 par Microsoft »
		// is a statement.
		{"sites publics cette semaine", "Le CCB attribue au groupe NoName057(16) une vague d'attaques qui a perturbé plusieurs sites publics cette semaine.", "fr", "2024-06-07",
			[]dateCheck{wantPeriod("2024-06..2024-06")}},
		{"exposé en mai 2023", "Volt Typhoon avait été exposé publiquement en mai 2023 par Microsoft, qui l'accusait d'espionner des organisations.", "fr", "2024-02-01",
			[]dateCheck{wantStatement("2023-05")}},

		// A month relative to publication in an attack clause told before
		// the saying ("Hackers drained … earlier this month, the FBI stated
		// on Wednesday") dates the attacks; opening the sentence it dates
		// the saying.
		{"attack clause first", "Hackers from the Lazarus Group drained roughly $1.5 billion in digital tokens from Bybit earlier this month, the FBI stated in an announcement on Wednesday.", "en", "2025-02-27",
			[]dateCheck{wantPeriod("2025-02..2025-02"), wantClaim("2025-02-26")}},
		{"saying first", "Earlier this month, the FBI said hackers from the Lazarus Group drained $1.5 billion from Bybit.", "en", "2025-02-27",
			[]dateCheck{wantClaim("2025-02")}},

		// Beside the day of saying, a second day no word of saying stands
		// near dates the deed the statement reports, whatever its verb; a
		// second day of saying does not.
		{"tenté vendredi", "Le CERT-UA a indiqué mardi que le groupe Sandworm, qu'elle relie au renseignement militaire russe, avait tenté vendredi de couper le courant chez un fournisseur d'énergie ukrainien.", "fr", "2022-04-12",
			[]dateCheck{wantPeriod("2022-04-08..2022-04-08"), wantClaim("2022-04-12")}},
		{"two days of saying", "The FBI said on Tuesday that North Korea was behind the theft, and the Treasury said on Friday it had sanctioned the exchange.", "en", "2022-04-15",
			[]dateCheck{wantPeriod("")}},
	}
	checkDates(t, p, cases)
}
