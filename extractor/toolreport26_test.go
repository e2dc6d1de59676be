package extractor

import "testing"

// TestToolReportNamesNoSpeaker: a report verb whose object is a tool or flaw
// named just before it ("exploiting a flaw catalogued as CVE-2022-42475 that
// Fortinet disclosed", "a flaw disclosed by Fortinet", « une faille que
// Fortinet avait signalée ») is a vendor's notice: its subject is no
// speaker, so the intruders of the sentence are not Fortinet's accused.
// Before, Fortinet accused China. "Fortinet said … that Chinese state
// hackers had exploited the flaw" still accuses (guard). Sentences written
// for this rule, found reading blind-be/en-004.
func TestToolReportNamesNoSpeaker(t *testing.T) {
	t.Parallel()
	en := "Cyber news\n\nThe Netherlands on Tuesday accused China of cyber espionage against its armed forces. The intruders got in through a FortiGate firewall, "
	fr := "Actualité\n\nLes Pays-Bas ont accusé mardi la Chine d'espionnage contre leurs forces armées. Les intrus sont entrés par un pare-feu FortiGate, "
	checkClaimKeys(t, []keyCase{
		{"en/a flaw catalogued as CVE that Fortinet disclosed", "en", en + "exploiting a flaw catalogued as CVE-2022-42475 that Fortinet disclosed and patched in December 2022.", []string{"NL>CN>NL"}},
		{"en/a flaw disclosed by Fortinet", "en", en + "exploiting a flaw disclosed by Fortinet in December 2022.", []string{"NL>CN>NL"}},
		{"fr/une faille que Fortinet avait signalée", "fr", fr + "en exploitant une faille que Fortinet avait signalée en décembre 2022.", []string{"NL>CN>NL"}},
		{"en/guard: Fortinet said that hackers exploited the flaw", "en", "Cyber news\n\nFortinet said on Tuesday that Chinese state hackers had exploited the flaw to spy on Dutch armed forces.", []string{"Fortinet>CN>NL"}},
	})
}
