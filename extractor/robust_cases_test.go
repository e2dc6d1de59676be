package extractor

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"testing"

	"github.com/claimwire/claimwire/claim"
)

// claimKeys summarises claims as "accuser>accused>victims" strings.
func claimKeys(cs []claim.Claim) []string {
	var out []string
	for _, c := range cs {
		if c.Stance != claim.StanceAccusation {
			continue
		}
		acr := "?"
		if c.Accuser != nil {
			acr = entKey(*c.Accuser)
		}
		var vs []string
		for _, v := range c.Victims {
			vs = append(vs, v.Country)
		}
		sort.Strings(vs)
		out = append(out, fmt.Sprintf("%s>%s>%s", acr, entKey(*c.Accused), strings.Join(vs, ",")))
	}
	sort.Strings(out)
	return out
}

func entKey(e claim.Entity) string {
	if e.Kind == claim.KindState && e.Country != "" {
		return e.Country
	}
	if e.Name != "" {
		return e.Name
	}
	return e.Text
}

func extractText(t *testing.T, lang, text string) []claim.Claim {
	t.Helper()
	a := claim.Article{Lang: lang, Text: text, URL: "https://example.test/a", Published: "2024-05-02"}
	cs, err := newTestExtractor(t).Extract(context.Background(), &a)
	if err != nil {
		t.Fatal(err)
	}
	return cs
}

// TestRobustCases: sentences written for the QA findings. want lists the
// expected claim keys ("accuser>accused>victims"); nil means no accusation.
func TestRobustCases(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name, lang, text string
		want             []string
	}{
		// negation scope on the trigger
		{"neg not behind", "en", "Microsoft said APT29 was not behind the cyberattack on the ministry.", nil},
		{"neg control", "en", "Microsoft said APT29 was behind the cyberattack on the ministry.", []string{"Microsoft>APT29>"}},
		{"neg fr n'est pas", "fr", "Selon l'ANSSI, APT28 n'est pas responsable de la cyberattaque contre l'hôpital.", nil},
		{"neg not involved", "en", "Sandworm was not involved in the ransomware attack, ESET said.", nil},
		{"neg no link", "en", "ESET said it found no link to Sandworm in the ransomware attack.", nil},
		{"neg refused to", "en", "German officials refused to blame China for the data breach at the hospital.", nil},
		{"neg declined to", "en", "The Dutch government declined to attribute the cyberattack to Russia.", nil},
		{"neg fr sans", "fr", "Le gouvernement a condamné la cyberattaque contre le port sans toutefois désigner nommément la Russie.", nil},
		{"neg fr n'a pas désigné", "fr", "Le ministère n'a pas désigné la Chine comme responsable du piratage.", nil},
		// victims after of/de inside the attack object
		{"victim of", "en", "The United States accused Russia of hacking the power grid of Ukraine.", []string{"US>RU>UA"}},
		{"victim fr de", "fr", "Les États-Unis accusent le GRU d'une cyberattaque contre le réseau électrique de l'Ukraine.", []string{"US>GRU>UA"}},
		// advisories name no accused
		{"advisory fr", "fr", "Faille critique dans un pare-feu : le CERT-FR appelle à corriger sans attendre", nil},
		{"advisory fr 2", "fr", "Vulnérabilité critique : l'ANSSI recommande de mettre à jour les serveurs", nil},
		{"advisory en", "en", "Critical flaw in VPN appliances: CISA urges agencies to patch now", nil},
		// questions
		{"question fr", "fr", "Faut-il accuser la Russie de chaque panne informatique ?", nil},
		{"question en", "en", "Should we blame Russia for every computer outage?", nil},
		{"question whether", "en", "Investigators are still trying to establish whether Russia was behind the cyberattack.", nil},
		// non-cyber accusations
		{"disinfo en", "en", "Moscow hit back on Friday, accusing the United States of spreading disinformation online.", nil},
		{"disinfo fr", "fr", "Moscou accuse Washington de désinformation sur les réseaux sociaux.", nil},
		// plain claims
		{"accuse of attacking", "en", "The United States accused Russia of cyberattacks on Ukraine.", []string{"US>RU>UA"}},
		{"linked hackers", "en", "Poland said Belarus-linked hackers targeted Lithuania.", []string{"PL>BY>LT"}},
		{"attacking, no cyber", "en", "The United States accused Russia of attacking Ukraine.", nil},
		{"linked hackers fr", "fr", "La Pologne affirme que des pirates liés à la Biélorussie ont visé la Lituanie.", []string{"PL>BY>LT"}},
		{"accuse of attacking", "en", "Hackers wiped servers at Kyiv energy firms. The United States accused Russia of attacking Ukraine.", []string{"US>RU>UA"}},
		{"said was behind", "en", "The FBI said North Korea was behind the theft of $81 million from Bangladesh's central bank.", []string{"FBI>KP>BD"}},
		{"fr était derrière", "fr", "Des pirates informatiques ont visé le réseau SWIFT. Le FBI a affirmé que la Corée du Nord était derrière le vol de 81 millions de dollars à la banque centrale du Bangladesh.", []string{"FBI>KP>BD"}},
		// nationality hackers name the state, as annotators code them (session 9)
		{"demonym hackers", "en", "The NCSC said Chinese hackers targeted British MPs.", []string{"NCSC>CN>GB"}},
		{"demonym tied hackers", "en", "The NCSC said Chinese state-sponsored hackers targeted British MPs.", []string{"NCSC>CN>GB"}},
		{"evidence names accused", "en", "The FBI blamed North Korea for the hack of Sony Pictures. Officials said the attack used wiper malware.", []string{"FBI>KP>US"}}, // US: the accuser's own, by convention
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got := claimKeys(extractText(t, tc.lang, tc.text))
			if strings.Join(got, "|") != strings.Join(tc.want, "|") {
				t.Errorf("%s\n got %q\nwant %q", tc.text, got, tc.want)
			}
		})
	}
}

// TestHedgeConfidence: in the rules' confidence, "high confidence" is the
// firmest wording; it scores at least as high as the same claim unhedged,
// and weaker hedges lower. (With the model, confidence is the calibrated
// chance that the extraction is right, which a hedge does not change: the
// hedge stays in the claim's hedge field, see TestHedgeAndConfidence.)
func TestHedgeConfidence(t *testing.T) {
	t.Parallel()
	conf := func(lang, text string) float64 {
		t.Helper()
		a := claim.Article{Lang: lang, Text: text, URL: "https://example.test/a", Published: "2024-05-02"}
		cs, err := newRulesExtractor(t).Extract(context.Background(), &a)
		if err != nil {
			t.Fatal(err)
		}
		if len(cs) != 1 {
			t.Fatalf("%s: %d claims, want 1", text, len(cs))
		}
		return cs[0].Confidence
	}
	for _, tc := range []struct {
		lang, plain, high, moderate, low string
	}{
		{"en",
			"The NCSC said the GRU carried out the cyberattacks on the ministries.",
			"The NCSC said with high confidence the GRU carried out the cyberattacks on the ministries.",
			"The NCSC said with moderate confidence the GRU carried out the cyberattacks on the ministries.",
			"The NCSC said the GRU likely carried out the cyberattacks on the ministries."},
		{"fr",
			"L'ANSSI affirme que le GRU a mené les cyberattaques contre les ministères.",
			"L'ANSSI affirme avec un haut degré de confiance que le GRU a mené les cyberattaques contre les ministères.",
			"L'ANSSI affirme avec une confiance modérée que le GRU a mené les cyberattaques contre les ministères.",
			"L'ANSSI affirme que le GRU a probablement mené les cyberattaques contre les ministères."},
	} {
		t.Run(tc.lang, func(t *testing.T) {
			p, h, m, l := conf(tc.lang, tc.plain), conf(tc.lang, tc.high), conf(tc.lang, tc.moderate), conf(tc.lang, tc.low)
			if !(h >= p && p > m && m > l) {
				t.Errorf("want high %.2f >= plain %.2f > moderate %.2f > low %.2f", h, p, m, l)
			}
		})
	}
}
