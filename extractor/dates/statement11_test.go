package dates

import (
	"testing"

	"github.com/claimwire/claimwire/claim"
)

// A month told right after the word of saying (and its object or agent)
// dates the statement, with or without its year; one glued to the deed
// told after the saying does not.
func TestStatementMonthAfterSaying(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	checkStatements(t, p, []stmtCase{
		{"bare month after the verb", "The researchers accused it in November of running a phishing operation against diplomats.", "en", "2025-02-10", "2024-11", ""},
		{"mois seul après le verbe", "Le CERT national l'accusait en février d'avoir visé des hôpitaux régionaux.", "fr", "2025-06-03", "2025-02", ""},
		{"passive with agent", "The group was blamed by Washington in March 2019 for the theft at the central bank.", "en", "2024-01-10", "2019-03", ""},
		{"warned in a month", "The regulator said the agency had warned it in August about a group tied to Beijing.", "en", "2023-10-02", "2023-08", ""},
		{"deed right after the month", "Officials said hackers in May stole files from the ministry.", "en", "2024-09-01", "", "2024-05..2024-05"},
		{"deed between saying and month", "Le ministère a affirmé que le piratage en mars 2022 visait ses serveurs.", "fr", "2024-09-01", "", "2022-03..2022-03"},
		{"year stays the attack's", "The agency accused the group in 2021 of the intrusion.", "en", "2024-01-10", "", "2021..2021"},
		{"clause after a colon", "Seoul had pointed at Pyongyang before: in 2019, its police said a unit of the army had hit banks in 2016 and 2017.", "en", "2024-01-10", "2019", "2016..2017"},
		{"après un point-virgule", "Le parquet avait déjà agi ; en mars 2022, il avait accusé le groupe d'intrusions menées en 2020.", "fr", "2024-01-10", "2022-03", "2020..2020"},
	})
}

// A since expression closed by an end word is a range.
func TestClosedSince(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name, sent, lang, period string
	}{
		{"from at least … through", "Prosecutors said the men targeted defence firms from at least March 2015 through June 2020.", "en", "2015-03..2020-06"},
		{"since … until", "The intrusions ran since 2017 until 2019 according to the report.", "en", "2017..2019"},
		{"depuis … jusqu'en", "Le groupe a visé des ministères depuis au moins 2016 jusqu'en 2021.", "fr", "2016..2021"},
		{"since alone stays open", "The group has targeted telecom operators since at least 2019.", "en", "2019.."},
		{"since then to a verb", "The hackers have used the tool since 2020 to steal credentials.", "en", "2020.."},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := periodOf(p.Analyze(c.sent, c.lang, "2024-05-01")); got != c.period {
				t.Errorf("AttackPeriod = %q, want %q", got, c.period)
			}
		})
	}
}

// A span of months named relative to publication ("late last year", « fin
// de l'année dernière ») gives no claim month: only one month does ("late
// last month").
func TestSaidMonthSpan(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name, sent, lang string
		want             claim.Date
	}{
		{"late last month", "Officials said late last month that the group had broken into the agency.", "en", "2024-04"},
		{"late last year", "Officials said late last year that the group had broken into the agency.", "en", ""},
		{"fin de l'année dernière", "Les autorités ont affirmé fin de l'année dernière que le groupe avait piraté l'agence.", "fr", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := p.Analyze(c.sent, c.lang, "2024-05-20").ClaimDate(); got != c.want {
				t.Errorf("ClaimDate = %q, want %q", got, c.want)
			}
		})
	}
}

// A day right after an attack word ("the attack of Oct. 28") dates the
// deed, not the statement; a day by the saying still dates it.
func TestAttackDayIsNoClaimDate(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name, sent, lang string
		claim            claim.Date
		period           string
	}{
		{"attack of a day", "The government said its inquiry had established that the attack of March 3 was planned by the GRU.", "en", "", "2024-03-03..2024-03-03"},
		{"cyberattaque du", "Le gouvernement a indiqué que la cyberattaque du 3 mars avait été préparée par le GRU.", "fr", "", "2024-03-03..2024-03-03"},
		{"day by the saying", "On March 3 the government accused the GRU of the attack on its ministries.", "en", "2024-03-03", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			s := p.Analyze(c.sent, c.lang, "2024-05-20")
			if got := s.ClaimDate(); got != c.claim {
				t.Errorf("ClaimDate = %q, want %q", got, c.claim)
			}
			if got := periodOf(s); got != c.period {
				t.Errorf("AttackPeriod = %q, want %q", got, c.period)
			}
		})
	}
}

// "Dating back to", « remontant à » open a period like since: the date is
// the deed's start, not the statement's.
func TestDatingBackTo(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name, sent, lang string
		stmt             claim.Date
		period           string
	}{
		{"dating back to at least", "The agency described an intrusion dating back to at least March 2022 and blamed it on the GRU.", "en", "", "2022-03.."},
		{"goes back to", "Officials said the campaign, going back to 2019, was run by APT41.", "en", "", "2019.."},
		{"remontant au moins à", "Le CERT évoque une intrusion remontant au moins à février 2022 et l'attribue au GRU.", "fr", "", "2022-02.."},
		{"remonte à", "Selon l'agence, la compromission remonte à 2020 et serait l'œuvre d'APT31.", "fr", "", "2020.."},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			s := p.Analyze(c.sent, c.lang, "2024-05-20")
			if got := s.StatementDate(); got != c.stmt {
				t.Errorf("StatementDate = %q, want %q", got, c.stmt)
			}
			if got := periodOf(s); got != c.period {
				t.Errorf("AttackPeriod = %q, want %q", got, c.period)
			}
		})
	}
}
