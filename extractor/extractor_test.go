package extractor

import (
	"context"
	"fmt"
	"math"
	"slices"
	"strings"
	"testing"

	"github.com/claimwire/claimwire/claim"
	"github.com/claimwire/claimwire/extractor/model"
)

// key summarises a claim as "ACCUSER>ACCUSED" with state codes for states and
// organs, lower-case names otherwise, for compact expectations.
func key(c claim.Claim) string {
	side := func(e *claim.Entity, accuser bool) string {
		if e == nil || e.Kind == "" {
			return "?"
		}
		if (e.Kind == claim.KindState || (accuser && e.Kind == claim.KindAgency)) && e.Country != "" {
			return e.Country
		}
		return strings.ToLower(e.Name)
	}
	s := side(c.Accuser, true) + ">" + side(c.Accused, false)
	if c.Stance == claim.StanceDenial {
		s = "deny:" + s
	}
	return s
}

func victims(cs []claim.Claim) []string {
	var out []string
	for _, c := range cs {
		for _, v := range c.Victims {
			if !slices.Contains(out, v.Country) {
				out = append(out, v.Country)
			}
		}
	}
	slices.Sort(out)
	return out
}

func extract(t *testing.T, lang, published, text string) []claim.Claim {
	t.Helper()
	x := newTestExtractor(t)
	a := &claim.Article{Schema: claim.SchemaArticle, URL: "https://example.test/a.html", Lang: lang, Published: claim.Date(published), Text: text}
	cs, err := x.Extract(context.Background(), a)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range cs {
		if err := c.Validate(); err != nil {
			t.Errorf("invalid claim: %v", err)
		}
		if got := text[c.Evidence.Start:c.Evidence.End]; got != c.Evidence.Sentence {
			t.Errorf("evidence offsets %d..%d give %q, sentence %q", c.Evidence.Start, c.Evidence.End, got, c.Evidence.Sentence)
		}
	}
	return cs
}

// TestPhenomena covers the constructions the rules are written for; the
// sentences are written for this test.
func TestPhenomena(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name, lang, published, text string
		want                        []string // claim keys that must appear
		not                         []string // claim keys that must not appear
		victims                     []string // exact victim set (nil: not checked)
		none                        bool
	}{
		{name: "coordination en", lang: "en", published: "2024-03-25",
			text: "Britain, the United States and New Zealand accused China on Monday of a long hacking campaign against lawmakers.",
			want: []string{"GB>CN", "US>CN", "NZ>CN"}},
		{name: "coordination fr with elisions", lang: "fr", published: "2021-07-19",
			text: "Le Royaume-Uni, l’OTAN et l’Union européenne ont dénoncé les piratages menés par la Chine contre des serveurs de messagerie.",
			want: []string{"GB>CN", "nato>CN", "eu>CN"}},
		{name: "passive attribution en", lang: "en",
			text: "The intrusion into the ministry's mail servers was attributed to Russia's GRU by the Dutch government, officials said.",
			want: []string{"NL>gru"}},
		{name: "passive attribution fr", lang: "fr",
			text: "Cette campagne de cyberattaques a été imputée à la Corée du Nord par les autorités sud-coréennes.",
			want: []string{"KR>KP"}},
		{name: "quote fr, speaker after", lang: "fr", published: "2022-01-16",
			text: "« Toutes les données recueillies montrent que la Russie est derrière cette cyberattaque », a affirmé dimanche le ministère ukrainien de la Défense.",
			want: []string{"UA>RU"}},
		{name: "quote en, said X", lang: "en",
			text: "\"The Lazarus Group stole the funds from the exchange,\" said the FBI.",
			want: []string{"US>lazarus group"}},
		{name: "denial is not an accusation by the denier", lang: "en", published: "2021-07-20",
			text: "The United States accused China's Ministry of State Security of hiring criminal hackers.\n\nBeijing denied the accusations and called them groundless.",
			want: []string{"US>mss"}, not: []string{"CN>US", "CN>mss"}},
		{name: "denial linked to its accusation", lang: "fr",
			text: "Le gouvernement australien accuse la Chine d’être à l’origine des piratages.\n\nPékin a rejeté ces accusations.",
			want: []string{"AU>CN", "deny:AU>CN"}},
		{name: "hedge", lang: "en",
			text: "Microsoft said with high confidence that the intrusions were carried out by Volt Typhoon, a Chinese state-sponsored group.",
			want: []string{"microsoft>volt typhoon"}},
		{name: "title line", lang: "fr", published: "2014-12-19",
			text: "Le FBI accuse la Corée du Nord du piratage d'un studio de cinéma\n\nLes enquêteurs ont publié leurs conclusions vendredi.",
			want: []string{"US>KP"}},
		{name: "list of victims fr", lang: "fr",
			text: "La justice américaine affirme que le groupe APT40 a mené des cyberattaques contre des victimes en Autriche, au Cambodge, en Norvège et au Royaume-Uni.",
			want: []string{"US>apt40"}, victims: []string{"AT", "GB", "KH", "NO"}},
		{name: "victim demonym en", lang: "en",
			text: "German prosecutors said Russian military intelligence hackers had breached German companies and the Bundestag.",
			want: []string{"DE>gru"}, victims: []string{"DE"}},
		{name: "bare demonym is not a state", lang: "en",
			text: "The FBI said Russian-speaking criminals from the ransomware gang were behind the hospital attack.",
			not:  []string{"US>RU"}},
		{name: "state-backed demonym", lang: "en",
			text: "Google said Iranian government-backed hackers targeted the campaign staff of both candidates.",
			want: []string{"google>IR"}},
		{name: "several claims in one article", lang: "en",
			text: "The NCSC said the GRU was behind the attack on the broadcaster.\n\nSeparately, Canada accused North Korea of stealing cryptocurrency from exchanges.",
			want: []string{"GB>gru", "CA>KP"}},
		{name: "negative: vendor advisory", lang: "en",
			text: "Microsoft fixed 60 vulnerabilities on Tuesday, including a zero-day flaw in Windows that was exploited in attacks. The company did not say who was behind the exploitation.",
			none: true},
		{name: "negative: ransomware without attribution", lang: "fr",
			text: "L'hôpital a été paralysé par un rançongiciel la semaine dernière. Les enquêteurs n'ont désigné aucun responsable.",
			none: true},
		{name: "negative: policy", lang: "en",
			text: "The United Nations working group discussed norms of responsible state behaviour in cyberspace and the challenges of attribution.",
			none: true},
		{name: "based in is not an accusation", lang: "en",
			text: "The FBI said the gang, a criminal group based in Russia, was responsible for the ransomware attack on the pipeline.",
			not:  []string{"US>RU"}},
		{name: "negative: accusation that is not cyber", lang: "en",
			text: "Moscow accused Kyiv of shelling the power plant, while hackers separately defaced a local news website.",
			none: true},
		{name: "researchers at a vendor speak for it", lang: "en",
			text: "Researchers at ESET said the wiper was deployed by Sandworm against Ukrainian energy companies.",
			want: []string{"eset>sandworm"}, victims: []string{"UA"}},
		{name: "own assets make the accuser a victim", lang: "fr",
			text: "Le ministère chinois de la Sécurité de l’Etat accuse la NSA d’avoir piraté ses centres nationaux de recherche.",
			want: []string{"CN>nsa"}, victims: []string{"CN"}},
		{name: "sanctions as accusation", lang: "en",
			text: "The European Union imposed sanctions on the GRU over the 2015 cyberattack on the German parliament.",
			want: []string{"eu>gru"}, victims: []string{"DE"}},
		{name: "relative clause is not the accused", lang: "fr",
			text: "Les Etats-Unis ont accusé la Russie d’être à l’origine de la cyberattaque qui a touché l’Ukraine au début de l’invasion.",
			want: []string{"US>RU"}, not: []string{"US>UA"}},
		{name: "joint advisory co-signers", lang: "fr",
			text: "Le Canada accuse le groupe APT31 d’avoir piraté des comptes de parlementaires. L’avertissement est soutenu par les autorités de plusieurs pays, dont le Japon et la Corée du Sud.",
			want: []string{"CA>apt31", "JP>apt31", "KR>apt31"}},
		{name: "habitual background is skipped", lang: "fr",
			text: "Washington accuse régulièrement Pékin de piratages informatiques.",
			none: true},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			cs := extract(t, tc.lang, tc.published, tc.text)
			var got []string
			for _, c := range cs {
				got = append(got, key(c))
			}
			if tc.none && len(cs) > 0 {
				t.Fatalf("want no claim, got %v", got)
			}
			for _, w := range tc.want {
				if !slices.Contains(got, w) {
					t.Errorf("missing %s in %v", w, got)
				}
			}
			for _, w := range tc.not {
				if slices.Contains(got, w) {
					t.Errorf("unexpected %s in %v", w, got)
				}
			}
			if tc.victims != nil {
				if v := victims(cs); !slices.Equal(v, tc.victims) {
					t.Errorf("victims %v, want %v", v, tc.victims)
				}
			}
		})
	}
}

// TestHedgeAndConfidence: a hedge is reported; the confidence is the
// model's calibrated probability of the candidate, the hedge a feature of
// it (the rules' own confidence, which a hedge lowers, is tested in
// TestHedgeConfidence).
func TestHedgeAndConfidence(t *testing.T) {
	t.Parallel()
	plain := extract(t, "en", "", "The NCSC said the GRU carried out the attack on the agency.")
	hedged := extract(t, "en", "", "The NCSC said the GRU almost certainly carried out the attack on the agency.")
	if len(plain) == 0 || len(hedged) == 0 {
		t.Fatalf("want claims, got %d and %d", len(plain), len(hedged))
	}
	if hedged[0].Hedge == "" {
		t.Errorf("no hedge in %+v", hedged[0])
	}
	a := claim.Article{Lang: "en", Text: "The NCSC said the GRU almost certainly carried out the attack on the agency.", URL: "https://example.test/a"}
	_, tr, err := newTestExtractor(t).Explain(context.Background(), &a)
	if err != nil {
		t.Fatal(err)
	}
	m := newTestExtractor(t).model
	for _, c := range tr.Candidates {
		if c.Role != model.RoleClaim {
			continue
		}
		if !slices.Contains(c.Features, "hedge") {
			t.Errorf("hedge not among the features: %v", c.Features)
		}
		if p := math.Round(m.Prob(c.Role, c.Features)*100) / 100; p != hedged[0].Confidence {
			t.Errorf("confidence %v is not the model's probability %v", hedged[0].Confidence, p)
		}
	}
}

// TestDates: claim date from a weekday against the publication date, the
// publication date otherwise, and the attack period of the sentence.
func TestDates(t *testing.T) {
	t.Parallel()
	cs := extract(t, "en", "2018-02-16", "The British government on Thursday blamed Russia for the NotPetya cyberattack, which struck Ukraine between June 2017 and July 2017.")
	if len(cs) == 0 {
		t.Fatal("no claim")
	}
	c := cs[0]
	if c.ClaimDate != "2018-02-15" {
		t.Errorf("claim date %q, want 2018-02-15", c.ClaimDate)
	}
	if c.AttackPeriod == nil || c.AttackPeriod.Start != "2017-06" || c.AttackPeriod.End != "2017-07" {
		t.Errorf("attack period %+v", c.AttackPeriod)
	}
	cs = extract(t, "fr", "2021-07", "Le gouvernement canadien accuse la Chine d'être derrière ces intrusions.")
	if len(cs) == 0 || cs[0].ClaimDate != "2021-07" {
		t.Errorf("claim date: %+v", cs)
	}
}

// TestClaimDateIsNotAttackPeriod: a date right after the accusation verb
// dates the accusation, not the attack.
func TestClaimDateIsNotAttackPeriod(t *testing.T) {
	t.Parallel()
	cs := extract(t, "en", "2024-07-09", "The United States indicted four members of APT40 in 2021 over a hacking campaign against universities.")
	if len(cs) == 0 {
		t.Fatal("no claim")
	}
	if cs[0].AttackPeriod != nil {
		t.Errorf("attack period %+v, want none", cs[0].AttackPeriod)
	}
}

// TestDeterminism: same input, same claims, same ids, same order.
func TestDeterminism(t *testing.T) {
	t.Parallel()
	text := "Le Royaume-Uni, le Canada et l’Australie accusent la Russie et le GRU d’avoir piraté des réseaux en Ukraine et en Géorgie."
	a := extract(t, "fr", "2020-02-20", text)
	b := extract(t, "fr", "2020-02-20", text)
	if len(a) == 0 || len(a) != len(b) {
		t.Fatalf("runs differ: %d vs %d claims", len(a), len(b))
	}
	for i := range a {
		if a[i].ID != b[i].ID || key(a[i]) != key(b[i]) {
			t.Errorf("claim %d differs: %s %s vs %s %s", i, a[i].ID, key(a[i]), b[i].ID, key(b[i]))
		}
	}
}

func TestConfigValidate(t *testing.T) {
	t.Parallel()
	if _, err := New(Config{}, nil, nil); err == nil {
		t.Error("empty config accepted")
	}
	x := newTestExtractor(t)
	if _, err := x.Extract(context.Background(), nil); err == nil {
		t.Error("nil article accepted")
	}
	if cs, err := x.Extract(context.Background(), &claim.Article{URL: "u", Text: "   "}); err != nil || len(cs) != 0 {
		t.Errorf("blank text: %v %v", cs, err)
	}
	if got := fmt.Sprint(x.Langs()); got != "[en fr]" {
		t.Errorf("langs %s", got)
	}
}
