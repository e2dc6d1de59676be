package extractor

import "testing"

// TestBackgroundStatementMonth: an earlier statement told with « préciser »
// (« avait précisé que … ») after the month that opens the sentence, or
// after a month written without its year ("In February, X said…"), takes
// that month, not the publication date (blind-h, blind-i, issue 10). The sentences
// are written for this test.
func TestBackgroundStatementMonth(t *testing.T) {
	t.Parallel()
	checkClaimDates(t, "2023-05-10", []claimDateCase{
		{name: "french avait precise after the month", lang: "fr",
			text: "En novembre 2022, l'ANSSI avait précisé que le groupe APT29 était à l'origine du piratage du réseau.",
			want: "2022-11"},
		{name: "french a precise on a weekday keeps the day", lang: "fr",
			text: "L'ANSSI a précisé lundi que le groupe APT29 était à l'origine du piratage du réseau.",
			want: "2023-05-08"},
		// a month without its year opening the sentence: the last one
		{name: "in february x said", lang: "en",
			text: "In February, the NCSC said APT29 was behind the breach of the ministry's email server.",
			want: "2023-02"},
		{name: "french en fevrier x avait accuse", lang: "fr",
			text: "En février, l'ANSSI avait accusé le groupe APT29 d'avoir piraté la messagerie du ministère.",
			want: "2023-02"},
		// a statement noun carries its month: "a March 2023 statement"
		{name: "a dated statement noun", lang: "en",
			text: "The advisory follows a February 2023 statement from the NCSC blaming APT29 for the breach of the ministry's email server and the theft of diplomatic cables.",
			want: "2023-02"},
		{name: "french un communique de fevrier", lang: "fr",
			text: "L'avis fait suite à un communiqué de février 2023 par lequel l'ANSSI accusait le groupe APT29 du piratage de la messagerie du ministère et du vol de télégrammes diplomatiques.",
			want: "2023-02"},
		{name: "a later month is last year's", lang: "en",
			text: "In September, the NCSC said APT29 was behind the breach of the ministry's email server.",
			want: "2022-09"},
	})
}

// TestCoSealersWithOwners: the co-sealers of an advisory named in a later
// sentence, each an agency after its country's possessive ("the U.K.'s
// National Cyber Security Centre", "Germany's Federal Intelligence
// Service") or after its country's abbreviation ("the U.S. Cybersecurity and
// Infrastructure Security Agency"), all speak (blind-i, issue 10). The
// sentences are written for this test.
func TestCoSealersWithOwners(t *testing.T) {
	t.Parallel()
	lead := "Canada on Tuesday led an advisory that publicly linked APT41 to China's Ministry of State Security. "
	cases := []struct {
		name, text string
		want       []string
	}{
		{name: "possessive of an abbreviation mid-list",
			text: lead + "The advisory was co-sealed by the FBI, the U.K.'s National Cyber Security Centre, Germany's Federal Intelligence Service and South Korea's National Intelligence Service.",
			want: []string{"CA>apt41", "US>apt41", "GB>apt41", "DE>apt41", "KR>apt41"}},
		{name: "abbreviated owner first",
			text: lead + "The advisory was co-sealed by the U.S. Cybersecurity and Infrastructure Security Agency, the FBI and the U.K.'s National Cyber Security Centre.",
			want: []string{"CA>apt41", "US>apt41", "GB>apt41"}},
		{name: "possessive owners after a country's acronym",
			text: lead + "The advisory was co-sealed by the FBI, the U.K.'s NCSC, New Zealand's NCSC and South Korea's National Intelligence Service.",
			want: []string{"CA>apt41", "US>apt41", "GB>apt41", "NZ>apt41", "KR>apt41"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			checkKeys(t, extract(t, "en", "2024-07-10", tc.text), tc.want, nil)
		})
	}
}

// TestAgentExamples: the agent of a passive accusation named by a plain
// noun and then by examples ("by several governments, including…",
// « par plusieurs capitales, dont… ») is the examples (blind-i, issue 10).
// The sentences are written for this test.
func TestAgentExamples(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name, lang, text string
		want             []string
	}{
		{name: "blamed by several governments including", lang: "en",
			text: "Volt Typhoon has been blamed by several governments, including Canada and Japan, for intrusions into water utilities.",
			want: []string{"CA>volt typhoon", "JP>volt typhoon"}},
		{name: "french mis en cause par plusieurs capitales dont", lang: "fr",
			text: "Le groupe Volt Typhoon a été mis en cause par plusieurs capitales, dont Ottawa et Tokyo, pour des intrusions dans des réseaux d'eau.",
			want: []string{"CA>volt typhoon", "JP>volt typhoon"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			checkKeys(t, extract(t, tc.lang, "2024-05-02", tc.text), tc.want, nil)
		})
	}
}

// TestAgentInsideGap: the agent written inside the gap of a phrase cue
// (« désigné par X comme responsable », "held by X responsible") speaks
// (blind-i, issue 10). The sentences are written for this test.
func TestAgentInsideGap(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name, lang, text string
		want             []string
	}{
		{name: "french designe par X comme responsable", lang: "fr",
			text: "Le groupe Sandworm a été désigné par Varsovie comme responsable du sabotage des réseaux ferroviaires.",
			want: []string{"PL>sandworm"}},
		{name: "held by X responsible", lang: "en",
			text: "Sandworm was held by Poland responsible for the sabotage of the railway networks.",
			want: []string{"PL>sandworm"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			checkKeys(t, extract(t, tc.lang, "2024-05-02", tc.text), tc.want, nil)
		})
	}
}
