package extractor

import "testing"

// TestMoreVictimNouns: a nationality beside "studio", "factory", "station",
// "newsroom", « studio », « usine », « rédaction » names a hit country, as it
// did beside "operator" or « ministère »: « le piratage du studio américain
// Sony Pictures », "the hack of the American studio" (before: no US victim,
// and the accusing state's own country stood in). Found on the read
// blind-v/fr-005; sentences written for this rule.
func TestMoreVictimNouns(t *testing.T) {
	t.Parallel()
	checkClaimKeys(t, []keyCase{
		{"fr/du studio américain", "fr", "Actualité\n\nLa France avait imputé au régime de Pyongyang le piratage du studio américain Sony Pictures.", []string{"FR>KP>US"}},
		{"fr/d'une usine allemande", "fr", "Actualité\n\nLa France a imputé à la Russie la cyberattaque contre une usine allemande.", []string{"FR>RU>DE"}},
		{"en/the American studio", "en", "Cyber news\n\nIn December 2014 France blamed Pyongyang for the hack of the American studio Sony Pictures.", []string{"FR>KP>US"}},
		{"en/guard: a Ukrainian power station", "en", "Cyber news\n\nBritain blamed Russia for the cyberattack on a Ukrainian power station.", []string{"GB>RU>UA"}},
		{"en/guard: a Spanish operator", "en", "Cyber news\n\nFrance blamed Russia for the cyberattack on a Spanish operator.", []string{"FR>RU>ES"}},
	})
}

// TestSignedOnToTheAdvisory: co-signers told with "signed on to the
// advisory", "endorsed the advisory", "put their names to the findings", «
// ont apposé leur signature à l'avis » accuse what the advisory accuses, as
// "co-signed the advisory" did. Sentences written for this rule, after the
// read blind-ba/en-001 (whose co-signers stand two sentences after the
// accusation: still missed).
func TestSignedOnToTheAdvisory(t *testing.T) {
	t.Parallel()
	en := "Cyber news\n\nThe Australian Signals Directorate on Tuesday blamed APT40, a group working for China's Ministry of State Security, for intrusions into Australian networks. "
	fr := "Actualité\n\nLa Direction australienne des transmissions a accusé mardi APT40, un groupe au service du ministère chinois de la Sécurité d'État, d'intrusions dans des réseaux australiens. "
	want := []string{"ASD>APT40>AU", "ASD>MSS>AU", "JP>APT40>", "JP>MSS>", "KR>APT40>", "KR>MSS>"}
	checkClaimKeys(t, []keyCase{
		{"en/signed on to the advisory", "en", en + "South Korea and Japan signed on to the advisory.", want},
		{"en/endorsed the advisory", "en", en + "South Korea's NIS and Japan's NPA also endorsed the advisory.", []string{"ASD>APT40>AU", "ASD>MSS>AU", "Japan National Police Agency>APT40>", "Japan National Police Agency>MSS>", "NIS>APT40>", "NIS>MSS>"}},
		{"fr/ont apposé leur signature à l'avis", "fr", fr + "La Corée du Sud et le Japon ont apposé leur signature à l'avis.", want},
		{"en/guard: co-signed the advisory", "en", en + "South Korea and Japan co-signed the advisory.", want},
	})
}

// TestStateNameBeforeVictimNoun: a state's name before a victim noun after an
// attack word ("sent phishing emails to US officials", "to UK officials")
// names a hit country, as "to Israeli officials" did. Before, the name was
// only the owner of a target (modifier) and needed an attack verb in the
// sentence. Sentences written for this rule, after the read blind-bc/en-004.
func TestStateNameBeforeVictimNoun(t *testing.T) {
	t.Parallel()
	checkClaimKeys(t, []keyCase{
		{"en/to US officials", "en", "Cyber news\n\nProofpoint said on Friday that Mint Sandstorm sent phishing emails to US officials.", []string{"Proofpoint>Mint Sandstorm>US"}},
		{"en/to UK officials", "en", "Cyber news\n\nThe EU said on Friday that Mint Sandstorm sent phishing emails to UK officials.", []string{"EU>Mint Sandstorm>GB"}},
		{"en/guard: to Israeli officials", "en", "Cyber news\n\nProofpoint said on Friday that Mint Sandstorm sent phishing emails to Israeli officials.", []string{"Proofpoint>Mint Sandstorm>IL"}},
		{"en/guard: US officials speak", "en", "Cyber news\n\nUS officials said on Friday that Mint Sandstorm sent phishing emails to diplomats.", []string{"US>Mint Sandstorm>"}},
	})
}

// TestBitcoinTheftIsCyber: "bitcoin" is a cyber word (cyber stems), so a
// theft from a bitcoin exchange is a cyber deed without other cyber words
// around ("Japan's police blamed the DMM Bitcoin theft on TraderTraitor" gave
// no claim; "the theft of grain" still gives none; the French passed
// before and is a guard). Found reading
// blind-ba/en-002; sentences written for this rule.
func TestBitcoinTheftIsCyber(t *testing.T) {
	t.Parallel()
	checkClaimKeys(t, []keyCase{
		{"en/the DMM Bitcoin theft", "en", "Cyber news\n\nJapan's police blamed the DMM Bitcoin theft on TraderTraitor, a North Korean group.", []string{"JP>TraderTraitor>JP"}},
		{"fr/guard: le vol de bitcoins", "fr", "Actualité\n\nLa police japonaise a imputé le vol de bitcoins de la plateforme DMM à TraderTraitor, un groupe nord-coréen.", []string{"JP>TraderTraitor>JP"}},
		{"en/guard: the theft of grain", "en", "Cyber news\n\nBritain blamed Russia for the theft of grain from Ukraine.", nil},
	})
}
