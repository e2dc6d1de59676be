package dates

import (
	"testing"

	"github.com/claimwire/claimwire/claim"
)

// A relative period told from a past statement's date counts from it, not
// from publication; one beside a year that dates something else keeps the
// publication.
func TestAnchoredRelative(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	cases := []spanCase{
		{"previous year after an opening year", "In 2021, the agency said the hackers had emptied two exchanges the previous year.", "en", "2024-05-12", "2020..2020"},
		{"previous month name after an opening month", "In March 2016, prosecutors blamed the North for intrusions the previous December at a power utility.", "en", "2022-07-09", "2015-12..2015-12"},
		{"previous month name after an earlier month of the year", "In October 2019, the ministry blamed the group for attacks the previous June.", "en", "2022-07-09", "2019-06..2019-06"},
		{"a year earlier after a statement month", "In May 2022, the service said the unit had broken into a navy network a year earlier.", "en", "2024-01-10", "2021..2021"},
		{"year before after a saying", "The bureau said in 2020 that the group had stolen research data the year before.", "en", "2024-01-10", "2019..2019"},
		{"l'annee precedente", "En 2019, le parquet avait imputé au groupe le vol de documents commis l'année précédente.", "fr", "2023-03-01", "2018..2018"},
		{"un an plus tot", "En avril 2020, l'agence a affirmé que les pirates avaient infiltré le réseau un an plus tôt.", "fr", "2023-03-01", "2019..2019"},
		{"no anchor keeps publication", "The hackers had emptied two exchanges the previous year, the agency said.", "en", "2024-05-12", "2023..2023"},
		{"comparison with the attack year", "Hackers made 1.2 million attempts a day in 2023, twice the figure recorded the year before.", "en", "2024-02-01", "2023..2023"},
		// a year dated by a background word (a sanction, a naming) anchors
		// too: the previous year counts from that act
		{"previous year after a designation year", "The group was designated in 2021 over a hack of government email servers the previous year.", "en", "2024-02-01", "2020..2020"},
		{"l'annee precedente apres une designation", "La Finlande l'a désigné en 2021 comme responsable du piratage du Parlement survenu l'année précédente.", "fr", "2022-07-19", "2020..2020"},
	}
	checkSpans(t, p, cases)
}

// A range written at the head of a sentence frames it: the dates
// inside it are episodes of that span; one outside it is not held.
func TestOpeningSpanScopes(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	cases := []spanCase{
		{"opening range holds the episodes", "Between 2016 and 2021, the unit attacked power companies, released a wiper in 2018 and hacked a games body in 2020.", "en", "2024-05-12", "2016..2021"},
		{"entre ... et", "Entre 2014 et 2020, le groupe aurait visé des ministères, piraté une agence en 2016 et attaqué un port en 2019.", "fr", "2024-05-12", "2014..2020"},
		{"a date outside the span", "Between 2016 and 2018, the unit ran the campaign, and it struck again in 2022.", "en", "2024-05-12", "2022..2022"},
		{"a since at the head dates the tracking", "Tracked since 2015 by researchers, the group targeted telecom firms in 2018.", "en", "2024-05-12", "2018..2018"},
	}
	checkSpans(t, p, cases)
}

// The first month or day named without its year near an attack word, not
// near a word of saying; weekdays and relative weeks are the news week's.
func TestYearlessAttackDate(t *testing.T) {
	p, err := New()
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name, sent, lang, ref string
		want                  claim.Date
	}{
		{"day of an outage in the previous year", "The outage hit the region's grid on Dec. 23, leaving thousands without power.", "en", "2016-01-05", "2015-12-23"},
		{"month of the attack", "Le rançongiciel a paralysé les hôpitaux du pays en mai.", "fr", "2017-12-19", "2017-05"},
		{"month of the saying", "The ministry said in May that the group was behind it.", "en", "2017-12-19", ""},
		{"a weekday is the news week's", "The intrusion was detected on Monday.", "en", "2017-12-19", ""},
		{"a year written is no yearless date", "The attack hit the ministry in May 2016.", "en", "2017-12-19", ""},
		{"no attack word", "The minister travelled to Kyiv in May.", "en", "2017-12-19", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got, _ := p.Analyze(c.sent, c.lang, claim.Date(c.ref)).YearlessAttackDate(); got != c.want {
				t.Errorf("YearlessAttackDate = %q, want %q", got, c.want)
			}
		})
	}
}

// spanCase is one sentence analysed in lang on date ref and the attack
// period ("from..to", see periodOf) it must give.
type spanCase struct {
	name, sent, lang, ref string
	period                string
}

// checkSpans runs each case as a subtest.
func checkSpans(t *testing.T, p *Parser, cases []spanCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			s := p.Analyze(c.sent, c.lang, claim.Date(c.ref))
			if got := periodOf(s); got != c.period {
				t.Errorf("AttackPeriod = %q, want %q", got, c.period)
			}
		})
	}
}
