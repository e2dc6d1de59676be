package dates

import "testing"

// TestMonthOfRelativeYear: a month name followed by a year told from
// publication ("February last year", « février de l'an dernier ») is one
// date, that month of that year, even when the month is the publication's
// own or comes after it; it dates a statement or a deed like a written
// month and year.
func TestMonthOfRelativeYear(t *testing.T) {
	p := newParserT(t)
	cases := []datesCase{
		{"same month last year", "In February last year, the agency said hackers had broken into a navy network in 2023.", "en", "2025-02-07",
			[]dateCheck{wantStatement("2024-02"), wantPeriod("2023..2023")}},
		{"said in month last year", "The agency said in March last year that the group had hacked a ministry.", "en", "2025-02-07",
			[]dateCheck{wantStatement("2024-03"), wantPeriod("")}},
		{"month of this year", "The ministry said in March of this year that hackers had broken into its network.", "en", "2025-02-07",
			[]dateCheck{wantStatement("2025-03")}},
		{"deed month last year", "The intrusion began in December last year, the agency said on Monday.", "en", "2025-02-07",
			[]dateCheck{wantPeriod("2024-12..2024-12"), wantClaim("2025-02-03")}},
		{"fevrier l'an dernier", "En février l'an dernier, le service avait accusé des pirates chinois d'avoir piraté un réseau du ministère.", "fr", "2025-02-07",
			[]dateCheck{wantStatement("2024-02"), wantPeriod("")}},
		{"mars de l'annee derniere", "En mars de l'année dernière, le service avait accusé des pirates d'avoir piraté un ministère.", "fr", "2025-02-07",
			[]dateCheck{wantStatement("2024-03")}},
		{"mars de cette annee", "En mars de cette année, le ministère a accusé le groupe.", "fr", "2025-06-07",
			[]dateCheck{wantStatement("2025-03")}},
		{"intrusion en decembre de l'an dernier", "L'intrusion a commencé en décembre de l'an dernier, a indiqué lundi l'agence.", "fr", "2025-02-07",
			[]dateCheck{wantPeriod("2024-12..2024-12")}},
	}
	checkDates(t, p, cases)
}

// TestPointThenUntil: a point or a since followed in the sentence by an
// until is one span from the one to the other ("began in 2019 and
// continued until last year"); an until told first, or one ending before
// the point, is not joined to it.
func TestPointThenUntil(t *testing.T) {
	p := newParserT(t)
	cases := []spanCase{
		{"began then continued until last year", "The campaign, which began in 2019 and continued until last year, targeted defence firms, the agency said.", "en", "2025-01-09", "2019..2024"},
		{"since then until a year", "The intrusions, which the agency says ran since 2018, went on until 2022 at several ministries.", "en", "2025-01-09", "2018..2022"},
		{"commence puis jusqu'a l'an dernier", "La campagne, qui a commencé en 2019 et s'est poursuivie jusqu'à l'an dernier, visait des industriels de la défense.", "fr", "2025-01-09", "2019..2024"},
		{"depuis puis jusqu'en", "Les pirates, présents depuis 2020 dans le réseau, y sont restés jusqu'en 2023, selon l'agence.", "fr", "2025-01-09", "2020..2023"},
		{"an until ending before the point", "The group breached a port in 2022, after a lull that lasted until 2020 in its attacks.", "en", "2025-01-09", "..2020"},
	}
	checkSpans(t, p, cases)
}
