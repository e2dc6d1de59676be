package dates

import (
	"testing"

	"github.com/claimwire/claimwire/claim"
)

// Relative expressions resolved against the publication date: which ones
// date the statement (claim date) and which date the attacks (period).
func TestRelativeClaimAndPeriod(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name, sent, lang, ref string
		claim                 claim.Date
		period                string // start..end, "" for none
	}{
		{"late last month dates the saying", "Late last month the Justice Department charged six officers of the unit.", "en", "2020-11-02", "2020-10", ""},
		{"last month near the attack dates the attack", "The hackers struck the ministry last month, officials said.", "en", "2020-11-02", "", "2020-10..2020-10"},
		{"this week near the attack", "London blamed Moscow on Friday for the attacks that disrupted bank websites earlier this week.", "en", "2022-02-19", "2022-02-18", "2022-02..2022-02"},
		{"last week near the saying", "The agency said last week that the group was behind the intrusion.", "en", "2022-03-02", "2022-02", ""},
		{"earlier in the week dates the saying", "The ministry blamed the GRU earlier in the week.", "en", "2024-03-07", "2024-03", ""},
		{"en debut de semaine", "Le ministère a accusé en début de semaine le GRU.", "fr", "2024-03-07", "2024-03", ""},
		{"au debut du mois", "Les pirates ont dérobé des fonds au début du mois.", "fr", "2023-09-07", "", "2023-09..2023-09"},
		{"a la fin du mois dernier", "Les attaques ont commencé à la fin du mois dernier.", "fr", "2023-09-07", "", "2023-08..2023-08"},
		{"l'attaque du mois dernier", "Le ministère impute au groupe l'attaque du mois dernier contre ses serveurs.", "fr", "2023-09-07", "", "2023-08..2023-08"},
		{"depuis le debut de l'annee", "La campagne est en cours depuis le début de l'année, précise l'agence.", "fr", "2021-07-22", "", "2021.."},
		{"said at the start of the month", "Berlin avait accusé Moscou au début du mois.", "fr", "2021-09-25", "2021-09", ""},
		{"an announced day is neither", "Le ministre a dénoncé ces attaques avant les élections du 26 septembre.", "fr", "2021-09-25", "", ""},
		{"a yearless day well back keeps last year", "Le ministre a parlé le 26 novembre.", "fr", "2021-09-25", "2020-11-26", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			s := p.Analyze(c.sent, c.lang, claim.Date(c.ref))
			if got := s.ClaimDate(); got != c.claim {
				t.Errorf("ClaimDate = %q, want %q", got, c.claim)
			}
			if got := periodOf(s); got != c.period {
				t.Errorf("AttackPeriod = %q, want %q", got, c.period)
			}
		})
	}
}

// An earlier statement's own month or year dates it; an attack's does not.
func TestStatementDate(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkStatements(t, p, []stmtCase{
		{"sentence-initial month", "En octobre 2018, le Royaume-Uni avait déjà accusé le GRU d'avoir piraté l'agence.", "fr", "2025-04-30", "2018-10", ""},
		{"after the accusation verb", "Washington accused Beijing in July 2021 of the Exchange intrusions.", "en", "2024-01-10", "2021-07", ""},
		{"year of the charge, year of the attack", "En 2020, les États-Unis ont inculpé six officiers pour l'attaque de 2017.", "fr", "2025-04-30", "2020", "2017..2017"},
		{"attack year nearer the attack", "The agency said the hackers breached the ministry in 2019.", "en", "2024-01-10", "", "2019..2019"},
		{"present statement, later year", "Microsoft says the group has been quietly collecting data on officials in many countries during 2023.", "en", "2024-01-10", "", "2023..2023"},
		{"began around a year", "The Justice Department charged seven men over a hacking operation that began around 2010.", "en", "2024-03-26", "", "2010.."},
		{"around a count is no year", "Around 2000 computers were hit by the worm.", "en", "2024-03-26", "", ""},
		{"a day is ClaimDate's", "On 19 July 2021 the UK accused China of the hack.", "en", "2024-01-10", "", ""},
	})
}

// stmtCase is a sentence analysed against ref, with the statement date and
// the attack period ("start..end", "" for none) it must give.
type stmtCase struct {
	name, sent, lang, ref string
	want                  claim.Date
	period                string
}

// checkStatements analyses each case with p and compares its statement
// date and attack period.
func checkStatements(t *testing.T, p *Parser, cases []stmtCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			s := p.Analyze(c.sent, c.lang, claim.Date(c.ref))
			if got := s.StatementDate(); got != c.want {
				t.Errorf("StatementDate = %q, want %q", got, c.want)
			}
			if got := periodOf(s); got != c.period {
				t.Errorf("AttackPeriod = %q, want %q", got, c.period)
			}
		})
	}
}

// periodOf writes a sentence's attack period as "start..end" ("" for none).
func periodOf(s *Sentence) string {
	per, _ := s.AttackPeriod()
	if per == nil {
		return ""
	}
	return string(per.Start) + ".." + string(per.End)
}
