package normalizer

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"testing/fstest"

	"github.com/claimwire/claimwire/claim"
)

var (
	sharedOnce sync.Once
	sharedN    *Normalizer
	sharedErr  error
)

// testNormalizer builds the embedded tables once for the whole test binary.
func testNormalizer(t testing.TB) *Normalizer {
	t.Helper()
	sharedOnce.Do(func() { sharedN, sharedErr = New(Options{}) })
	if sharedErr != nil {
		t.Fatalf("New: %v", sharedErr)
	}
	return sharedN
}

// checkOffsets asserts the invariant every caller relies on.
func checkOffsets(t testing.TB, text string, ms []Mention) {
	t.Helper()
	prev := 0
	for _, m := range ms {
		if m.Start < prev || m.End <= m.Start || m.End > len(text) {
			t.Fatalf("mention %+v out of order or range (prev end %d, len %d)", m, prev, len(text))
		}
		if text[m.Start:m.End] != m.Text {
			t.Fatalf("text[%d:%d] = %q, mention says %q", m.Start, m.End, text[m.Start:m.End], m.Text)
		}
		if m.PrepStart > m.Start || m.PrepStart < prev {
			t.Fatalf("prep start %d outside [%d,%d]", m.PrepStart, prev, m.Start)
		}
		if m.Prep != "" && !strings.HasPrefix(text[m.PrepStart:], m.Prep) {
			t.Fatalf("prep %q not at %d", m.Prep, m.PrepStart)
		}
		prev = m.End
	}
}

type want struct {
	text    string // the mention's text
	kind    claim.Kind
	name    string
	country string
	form    Form
	prep    string
}

func TestFind(t *testing.T) {
	t.Parallel()
	n := testNormalizer(t)
	tests := []struct {
		name string
		lang string
		text string
		want []want
	}{
		{"fr prepositions", "fr", "Des victimes aux Etats-Unis, en Autriche, au Cambodge et de la Chine.", []want{
			{"Etats-Unis", claim.KindState, "United States", "US", FormName, "aux"},
			{"Autriche", claim.KindState, "Austria", "AT", FormName, "en"},
			{"Cambodge", claim.KindState, "Cambodia", "KH", FormName, "au"},
			{"Chine", claim.KindState, "China", "CN", FormName, "de la"},
		}},
		{"fr accents and elision", "fr", "L’Allemagne, l'Iran, d’Israël et les États-Unis", []want{
			{"Allemagne", claim.KindState, "Germany", "DE", FormName, "L’"},
			{"Iran", claim.KindState, "Iran", "IR", FormName, "l'"},
			{"Israël", claim.KindState, "Israel", "IL", FormName, "d’"},
			{"États-Unis", claim.KindState, "United States", "US", FormName, "les"},
		}},
		{"decomposed accents", "fr", "les E\u0301tats-Unis et la Re\u0301publique tche\u0300que", []want{
			{"E\u0301tats-Unis", claim.KindState, "United States", "US", FormName, "les"},
			{"Re\u0301publique tche\u0300que", claim.KindState, "Czechia", "CZ", FormName, "la"},
		}},
		{"fr without accents or hyphen", "fr", "ETATS UNIS et Etats‑Unis et Coree du Nord", []want{
			{"ETATS UNIS", claim.KindState, "United States", "US", FormName, ""},
			{"Etats‑Unis", claim.KindState, "United States", "US", FormName, ""},
			{"Coree du Nord", claim.KindState, "North Korea", "KP", FormName, ""},
		}},
		{"fr demonyms", "fr", "des pirates chinois, une campagne russe, des hackers nord-coréens, l’armée américaine, les Iraniennes", []want{
			{"chinois", claim.KindState, "China", "CN", FormDemonym, ""},
			{"russe", claim.KindState, "Russia", "RU", FormDemonym, ""},
			{"nord-coréens", claim.KindState, "North Korea", "KP", FormDemonym, ""},
			{"américaine", claim.KindState, "United States", "US", FormDemonym, ""},
			{"Iraniennes", claim.KindState, "Iran", "IR", FormDemonym, "les"},
		}},
		{"fr seats", "fr", "Pékin dément, Moscou se tait, le Kremlin et la Maison Blanche, Téhéran, Londres", []want{
			{"Pékin", claim.KindState, "China", "CN", FormSeat, ""},
			{"Moscou", claim.KindState, "Russia", "RU", FormSeat, ""},
			{"Kremlin", claim.KindState, "Russia", "RU", FormSeat, "le"},
			{"Maison Blanche", claim.KindState, "United States", "US", FormSeat, "la"},
			{"Téhéran", claim.KindState, "Iran", "IR", FormSeat, ""},
			{"Londres", claim.KindState, "United Kingdom", "GB", FormSeat, ""},
		}},
		{"en names abbreviations seats", "en", "The U.S., the UK, USA and Britain; Beijing and the Kremlin; the White House and Downing Street.", []want{
			{"U.S.", claim.KindState, "United States", "US", FormAbbrev, "The"},
			{"UK", claim.KindState, "United Kingdom", "GB", FormAbbrev, "the"},
			{"USA", claim.KindState, "United States", "US", FormAbbrev, ""},
			{"Britain", claim.KindState, "United Kingdom", "GB", FormName, ""},
			{"Beijing", claim.KindState, "China", "CN", FormSeat, ""},
			{"Kremlin", claim.KindState, "Russia", "RU", FormSeat, "the"},
			{"White House", claim.KindState, "United States", "US", FormSeat, "the"},
			{"Downing Street", claim.KindState, "United Kingdom", "GB", FormSeat, ""},
		}},
		{"en demonyms", "en", "Chinese hackers, Russian spies, North Korean operators, German companies, an Israeli firm", []want{
			{"Chinese", claim.KindState, "China", "CN", FormDemonym, ""},
			{"Russian", claim.KindState, "Russia", "RU", FormDemonym, ""},
			{"North Korean", claim.KindState, "North Korea", "KP", FormDemonym, ""},
			{"German", claim.KindState, "Germany", "DE", FormDemonym, ""},
			{"Israeli", claim.KindState, "Israel", "IL", FormDemonym, ""},
		}},
		{"CLDR oddities", "", "Myanmar, Birmanie, Burma, Hong Kong and Türkiye", []want{
			{"Myanmar", claim.KindState, "Myanmar", "MM", FormName, ""},
			{"Birmanie", claim.KindState, "Myanmar", "MM", FormName, ""},
			{"Burma", claim.KindState, "Myanmar", "MM", FormName, ""},
			{"Hong Kong", claim.KindState, "Hong Kong", "HK", FormName, ""},
			{"Türkiye", claim.KindState, "Turkey", "TR", FormName, ""},
		}},
		{"organs", "en", "the MSS, the Ministry of State Security, GRU Unit 26165, Unit 74455, the NCSC, the FBI and CISA", []want{
			{"MSS", claim.KindAgency, "MSS", "CN", FormName, "the"},
			{"Ministry of State Security", claim.KindAgency, "MSS", "CN", FormName, "the"},
			{"GRU Unit 26165", claim.KindGroup, "Unit 26165", "RU", FormAlias, ""},
			{"Unit 74455", claim.KindGroup, "Unit 74455", "RU", FormName, ""},
			{"NCSC", claim.KindAgency, "NCSC", "GB", FormName, "the"},
			{"FBI", claim.KindAgency, "FBI", "US", FormName, "the"},
			{"CISA", claim.KindAgency, "CISA", "US", FormName, ""},
		}},
		{"fr organs", "fr", "le ministère de la Sécurité d’État, les Gardiens de la révolution, l’ANSSI, le ministère américain de la Justice", []want{
			{"ministère de la Sécurité d’État", claim.KindAgency, "MSS", "CN", FormName, "le"},
			{"Gardiens de la révolution", claim.KindAgency, "IRGC", "IR", FormName, "les"},
			{"ANSSI", claim.KindAgency, "ANSSI", "FR", FormName, "l’"},
			{"ministère américain de la Justice", claim.KindAgency, "Department of Justice", "US", FormName, "le"},
		}},
		{"title-case acronyms", "fr", "l’Otan et l’Onu, Nato; mais otan", []want{
			{"Otan", claim.KindIntergov, "NATO", "", FormAbbrev, "l’"},
			{"Onu", claim.KindIntergov, "UN", "", FormAbbrev, "l’"},
			{"Nato", claim.KindIntergov, "NATO", "", FormName, ""},
		}},
		{"intergov", "fr", "l’OTAN, l'UE, l’Union européenne, l’ONU et les Five Eyes", []want{
			{"OTAN", claim.KindIntergov, "NATO", "", FormAbbrev, "l’"},
			{"UE", claim.KindIntergov, "EU", "", FormAbbrev, "l'"},
			{"Union européenne", claim.KindIntergov, "EU", "", FormName, "l’"},
			{"ONU", claim.KindIntergov, "UN", "", FormAbbrev, "l’"},
			{"Five Eyes", claim.KindIntergov, "Five Eyes", "", FormName, "les"},
		}},
		{"companies", "en", "Microsoft Threat Intelligence, MSTIC, Google's Threat Analysis Group (TAG), Cisco Talos, Insikt Group and Check Point Research", []want{
			{"Microsoft Threat Intelligence", claim.KindCompany, "Microsoft", "", FormName, ""},
			{"MSTIC", claim.KindCompany, "Microsoft", "", FormAbbrev, ""},
			{"Google", claim.KindCompany, "Google", "", FormName, ""},
			{"Threat Analysis Group", claim.KindCompany, "Google", "", FormName, ""},
			{"TAG", claim.KindCompany, "Google", "", FormAbbrev, ""},
			{"Cisco Talos", claim.KindCompany, "Cisco Talos", "", FormName, ""},
			{"Insikt Group", claim.KindCompany, "Recorded Future", "", FormName, ""},
			{"Check Point Research", claim.KindCompany, "Check Point", "", FormName, ""},
		}},
		{"groups and aliases", "en", "APT28 aka Fancy Bear, Forest Blizzard and Sofacy; Cozy Bear; Nobelium; APT 40; Lazarus Group; Voodoo Bear", []want{
			{"APT28", claim.KindGroup, "APT28", "RU", FormName, ""},
			{"Fancy Bear", claim.KindGroup, "APT28", "RU", FormAlias, ""},
			{"Forest Blizzard", claim.KindGroup, "APT28", "RU", FormAlias, ""},
			{"Sofacy", claim.KindGroup, "APT28", "RU", FormAlias, ""},
			{"Cozy Bear", claim.KindGroup, "APT29", "RU", FormAlias, ""},
			{"Nobelium", claim.KindGroup, "APT29", "RU", FormAlias, ""},
			{"APT 40", claim.KindGroup, "APT40", "CN", FormName, ""},
			{"Lazarus Group", claim.KindGroup, "Lazarus Group", "KP", FormName, ""},
			{"Voodoo Bear", claim.KindGroup, "Sandworm", "RU", FormAlias, ""},
		}},
		{"weather rule", "en", "Microsoft tracks Jasper Typhoon, Ochre Blizzard, Amber Sleet, Sepia Sandstorm and Lilac Tempest; several Typhoon actors.", []want{
			{"Microsoft", claim.KindCompany, "Microsoft", "", FormName, ""},
			{"Jasper Typhoon", claim.KindGroup, "Jasper Typhoon", "CN", FormRule, ""},
			{"Ochre Blizzard", claim.KindGroup, "Ochre Blizzard", "RU", FormRule, ""},
			{"Amber Sleet", claim.KindGroup, "Amber Sleet", "KP", FormRule, ""},
			{"Sepia Sandstorm", claim.KindGroup, "Sepia Sandstorm", "IR", FormRule, ""},
			{"Lilac Tempest", claim.KindGroup, "Lilac Tempest", "", FormRule, ""},
		}},
		{"vendor animal and constellation rules", "en", "CrowdStrike tracks Lunar Bear, Quartz Panda, Opal Kitten and Misty Spider; Unit 42 tracks Rapid Taurus; a Teddy Bear and a Red Panda are not groups.", []want{
			{"CrowdStrike", claim.KindCompany, "CrowdStrike", "", FormName, ""},
			{"Lunar Bear", claim.KindGroup, "Lunar Bear", "RU", FormRule, ""},
			{"Quartz Panda", claim.KindGroup, "Quartz Panda", "CN", FormRule, ""},
			{"Opal Kitten", claim.KindGroup, "Opal Kitten", "IR", FormRule, ""},
			{"Misty Spider", claim.KindGroup, "Misty Spider", "", FormRule, ""},
			{"Unit 42", claim.KindCompany, "Palo Alto Networks", "", FormName, ""},
			{"Rapid Taurus", claim.KindGroup, "Rapid Taurus", "CN", FormRule, ""},
		}},
		{"weather rule fr", "fr", "Selon Microsoft, le groupe Quartz Sleet et Plusieurs Typhoon ; Salt Typhoon est connu ; Silk Typhoon aussi.", []want{
			{"Microsoft", claim.KindCompany, "Microsoft", "", FormName, ""},
			{"Quartz Sleet", claim.KindGroup, "Quartz Sleet", "KP", FormRule, ""},
			{"Salt Typhoon", claim.KindGroup, "Salt Typhoon", "CN", FormName, ""},
			{"Silk Typhoon", claim.KindGroup, "HAFNIUM", "CN", FormAlias, ""},
		}},
		{"series rule", "en", "APT47, APT 46, UNC9999, Storm-1234 and TA999; but not apt45 or APT-2024x", []want{
			{"APT47", claim.KindGroup, "APT47", "", FormRule, ""},
			{"APT 46", claim.KindGroup, "APT46", "", FormRule, ""},
			{"UNC9999", claim.KindGroup, "UNC9999", "", FormRule, ""},
			{"Storm-1234", claim.KindGroup, "Storm-1234", "", FormRule, ""},
			{"TA999", claim.KindGroup, "TA999", "", FormRule, ""},
		}},
		{"CERT-UA series", "fr", "Le CERT-UA attribue la campagne à UAC-0212, et non à UAC-2024x.", []want{
			{"CERT-UA", claim.KindAgency, "CERT-UA", "UA", FormName, "Le"},
			{"UAC-0212", claim.KindGroup, "UAC-0212", "", FormRule, "à"},
		}},
		{"false friends en", "en", "the machine is malicious: a Roman road, Nigeria, Turkey, Georgia, Chad; tell us; it is; New Jersey; the Washington Post", []want{
			{"Nigeria", claim.KindState, "Nigeria", "NG", FormName, ""},
			{"Turkey", claim.KindState, "Turkey", "TR", FormName, ""},
			{"Georgia", claim.KindState, "Georgia", "GE", FormName, ""},
			{"Chad", claim.KindState, "Chad", "TD", FormName, ""},
			{"Washington Post", claim.KindMedia, "Washington Post", "", FormName, "the"},
		}},
		{"given names", "en", "Jordan Smith met officials in Jordan and Chad. Jordan-Israel ties.", []want{
			{"Jordan", claim.KindState, "Jordan", "JO", FormName, "in"},
			{"Chad", claim.KindState, "Chad", "TD", FormName, ""},
			{"Jordan", claim.KindState, "Jordan", "JO", FormName, ""},
			{"Israel", claim.KindState, "Israel", "IL", FormName, ""},
		}},
		{"parts of countries", "en", "Belfast in Northern Ireland, Dublin in Ireland; Guinea-Bissau, Papua New Guinea, South Sudan", []want{
			{"Northern Ireland", claim.KindState, "United Kingdom", "GB", FormName, "in"},
			{"Dublin", claim.KindState, "Ireland", "IE", FormSeat, ""},
			{"Ireland", claim.KindState, "Ireland", "IE", FormName, "in"},
			{"Guinea-Bissau", claim.KindState, "Guinea-Bissau", "GW", FormName, ""},
			{"Papua New Guinea", claim.KindState, "Papua New Guinea", "PG", FormName, ""},
			{"South Sudan", claim.KindState, "South Sudan", "SS", FormName, ""},
		}},
		{"offsets with accents and typographic apostrophes", "fr", "Selon l’ANSSI, « Pékin » vise l’Équateur et la Côte d’Ivoire\u00a0; e\u0301tats-unis", []want{
			{"ANSSI", claim.KindAgency, "ANSSI", "FR", FormName, "l’"},
			{"Pékin", claim.KindState, "China", "CN", FormSeat, ""},
			{"Équateur", claim.KindState, "Ecuador", "EC", FormName, "l’"},
			{"Côte d’Ivoire", claim.KindState, "Côte d’Ivoire", "CI", FormName, "la"},
		}},
		{"exact-case variants", "fr", "selon Le Monde et LE MONDE, mais Le monde entier", []want{
			{"Le Monde", claim.KindMedia, "Le Monde", "", FormName, ""},
			{"LE MONDE", claim.KindMedia, "Le Monde", "", FormName, ""},
		}},
		{"combining forms", "fr", "le dialogue sino-américain et la coopération franco-allemande", []want{
			{"sino", claim.KindState, "China", "CN", FormDemonym, ""},
			{"américain", claim.KindState, "United States", "US", FormDemonym, ""},
			{"franco", claim.KindState, "France", "FR", FormDemonym, ""},
			{"allemande", claim.KindState, "Germany", "DE", FormDemonym, ""},
		}},
		{"false friends fr", "fr", "une machine, l’Indépendance, en effet, des paris, il a eu, un pirate", []want{}},
		{"continents are not countries", "fr", "en Amérique latine, en Amérique du Nord et en Amérique", []want{
			{"Amérique", claim.KindState, "United States", "US", FormName, "en"},
		}},
		{"lowercase acronyms are words", "en", "let us know; eu; onu; tag", []want{}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ms := n.Find(tc.text, tc.lang)
			checkOffsets(t, tc.text, ms)
			if len(ms) != len(tc.want) {
				var got []string
				for _, m := range ms {
					got = append(got, m.Text+"→"+m.Entity.Name)
				}
				t.Fatalf("got %d mentions %q, want %d", len(ms), got, len(tc.want))
			}
			for i, w := range tc.want {
				m := ms[i]
				e := m.Entity
				if m.Text != w.text || e.Kind != w.kind || e.Name != w.name || e.Country != w.country || m.Form != w.form || m.Prep != w.prep {
					t.Errorf("mention %d = %q %s/%q/%q form %s prep %q; want %q %s/%q/%q form %s prep %q",
						i, m.Text, e.Kind, e.Name, e.Country, m.Form, m.Prep, w.text, w.kind, w.name, w.country, w.form, w.prep)
				}
				if e.Text != m.Text {
					t.Errorf("entity text %q != mention text %q", e.Text, m.Text)
				}
			}
		})
	}
}

func TestFindIDs(t *testing.T) {
	t.Parallel()
	n := testNormalizer(t)
	ms := n.Find("APT40 and Volt Typhoon", "en")
	if len(ms) != 2 || ms[0].Entity.IDs["mitre"] != "G0065" || ms[1].Entity.IDs["mitre"] != "G1017" {
		t.Fatalf("mitre ids: %+v", ms)
	}
	// callers may change what they get without changing the tables
	ms[0].Entity.IDs["mitre"] = "X"
	if again := n.Find("APT40", "en"); again[0].Entity.IDs["mitre"] != "G0065" {
		t.Fatal("entity IDs are shared with the tables")
	}
}

func TestAmbiguous(t *testing.T) {
	t.Parallel()
	n := testNormalizer(t)
	tests := []struct {
		text, lang string
		name       string
		country    string
		candidates []string
	}{
		{"Winnti", "en", "Winnti", "CN", []string{"APT41", "Winnti Group"}},
		{"Hidden Cobra", "en", "Hidden Cobra", "KP", []string{"Lazarus Group", "APT38"}},
		{"la Corée", "fr", "Corée", "", []string{"North Korea", "South Korea"}},
		{"Korean", "en", "Korean", "", []string{"North Korea", "South Korea"}},
		{"Congo", "en", "Congo", "", []string{"Republic of the Congo", "Democratic Republic of the Congo"}},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			e, ok := n.Resolve(tc.text, tc.lang)
			if !ok {
				t.Fatalf("Resolve(%q) failed", tc.text)
			}
			if e.Name != tc.name || e.Country != tc.country {
				t.Errorf("got name %q country %q, want %q %q", e.Name, e.Country, tc.name, tc.country)
			}
			var got []string
			for _, c := range e.Candidates {
				got = append(got, c.Name)
			}
			if strings.Join(sorted(got), ",") != strings.Join(sorted(tc.candidates), ",") {
				t.Errorf("candidates %q, want %q", got, tc.candidates)
			}
		})
	}
}

func sorted(s []string) []string {
	out := append([]string(nil), s...)
	for i := range out {
		for j := i + 1; j < len(out); j++ {
			if out[j] < out[i] {
				out[i], out[j] = out[j], out[i]
			}
		}
	}
	return out
}

func TestResolve(t *testing.T) {
	t.Parallel()
	n := testNormalizer(t)
	tests := []struct {
		text, lang    string
		ok            bool
		kind          claim.Kind
		name, country string
	}{
		{"aux Etats-Unis", "fr", true, claim.KindState, "United States", "US"},
		{"de la Chine", "fr", true, claim.KindState, "China", "CN"},
		{"l’Autriche", "fr", true, claim.KindState, "Austria", "AT"},
		{"le GRU", "fr", true, claim.KindAgency, "GRU", "RU"},
		{"Volt Typhoon", "en", true, claim.KindGroup, "Volt Typhoon", "CN"},
		{"the Kremlin", "en", true, claim.KindState, "Russia", "RU"},
		{"the Kremlin", "fr", true, claim.KindState, "Russia", "RU"},
		{"à la Maison Blanche", "", true, claim.KindState, "United States", "US"},
		{"Midnight Blizzard", "", true, claim.KindGroup, "APT29", "RU"},
		{"Silk Typhoon", "", true, claim.KindGroup, "HAFNIUM", "CN"},
		{"PLA Unit 61398", "", true, claim.KindGroup, "PLA Unit 61398", "CN"},
		{"Chinese National Computer Virus Emergency Response Center", "en", true, claim.KindAgency, "CVERC", "CN"},
		{"Qihoo 360", "", true, claim.KindCompany, "Qihoo 360", ""},
		{"Main Intelligence Directorate", "en", true, claim.KindAgency, "GRU", "RU"},
		{"Ukraine's Main Intelligence Directorate", "en", true, claim.KindAgency, "HUR", "UA"},
		{"Foreign Intelligence Service", "en", true, claim.KindAgency, "SVR", "RU"},
		{"Estonian Foreign Intelligence Service", "en", true, claim.KindAgency, "Estonian Foreign Intelligence Service", "EE"},
		{"la Cybersecurity and Infrastructure Security Agency", "fr", true, claim.KindAgency, "CISA", "US"},
		{"Alliance atlantique", "fr", true, claim.KindIntergov, "NATO", ""},
		{"Conseil de l'Union européenne", "fr", true, claim.KindIntergov, "EU", ""},
		{"Nations unies", "fr", true, claim.KindIntergov, "UN", ""},
		{"  Royaume-Uni. ", "fr", true, claim.KindState, "United Kingdom", "GB"},
		{"Cozy Bear hackers", "en", false, "", "", ""},
		{"APT28 (Fancy Bear)", "en", true, claim.KindGroup, "APT28", "RU"},
		{"APT28 / APT29", "en", false, "", "", ""},
		{"APT28 aka Fancy Bear", "en", false, "", "", ""},
		{"la machine", "fr", false, "", "", ""},
		{"china", "en", true, claim.KindState, "China", "CN"},
		{"us", "en", true, claim.KindState, "United States", "US"},
		{"tag", "en", true, claim.KindCompany, "Google", ""},
		{"", "en", false, "", "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			e, ok := n.Resolve(tc.text, tc.lang)
			if ok != tc.ok {
				t.Fatalf("ok = %v, want %v (%+v)", ok, tc.ok, e)
			}
			if !ok {
				return
			}
			if e.Kind != tc.kind || e.Name != tc.name || e.Country != tc.country {
				t.Errorf("got %s/%q/%q, want %s/%q/%q", e.Kind, e.Name, e.Country, tc.kind, tc.name, tc.country)
			}
			if e.Text != strings.TrimSpace(tc.text) {
				t.Errorf("Text = %q", e.Text)
			}
		})
	}
}

func TestCountry(t *testing.T) {
	t.Parallel()
	n := testNormalizer(t)
	tests := []struct {
		in   string
		want string
		ok   bool
	}{
		{"Etats-Unis", "US", true}, {"U.S.", "US", true}, {"USA", "US", true}, {"Britain", "GB", true},
		{"Grande-Bretagne", "GB", true}, {"RPC", "CN", true}, {"Corée du Nord", "KP", true},
		{"chinoises", "CN", true}, {"Russians", "RU", true}, {"Téhéran", "IR", true}, {"Kiev", "UA", true},
		{"Kyiv", "UA", true}, {"Zhongnanhai", "CN", true}, {"la Maison Blanche", "US", true},
		{"FR", "FR", true}, {"Austria", "AT", true}, {"Autriche", "AT", true},
		{"GRU", "", false}, {"Atlantis", "", false}, {"ZZ", "", false},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			got, ok := n.Country(tc.in)
			if got != tc.want || ok != tc.ok {
				t.Errorf("Country(%q) = %q, %v; want %q, %v", tc.in, got, ok, tc.want, tc.ok)
			}
		})
	}
}

func TestCountryName(t *testing.T) {
	t.Parallel()
	n := testNormalizer(t)
	tests := []struct{ code, lang, want string }{
		{"AT", "en", "Austria"}, {"AT", "fr", "Autriche"}, {"US", "fr", "États-Unis"},
		{"HK", "en", "Hong Kong"}, {"HK", "fr", "Hong Kong"}, {"MM", "en", "Myanmar"},
		{"de", "fr-FR", "Allemagne"}, {"JP", "", "Japan"}, {"JP", "de", "Japan"}, {"ZZ", "en", ""},
	}
	for _, tc := range tests {
		t.Run(tc.code+"/"+tc.lang, func(t *testing.T) {
			if got := n.CountryName(tc.code, tc.lang); got != tc.want {
				t.Errorf("CountryName(%q, %q) = %q, want %q", tc.code, tc.lang, got, tc.want)
			}
		})
	}
}

func TestSuggest(t *testing.T) {
	t.Parallel()
	n := testNormalizer(t)
	tests := []struct {
		q     string
		first string
		kind  claim.Kind
	}{
		{"fancy", "APT28", claim.KindGroup},
		{"autri", "Austria", claim.KindState},
		{"etats-u", "United States", claim.KindState},
		{"états", "United States", claim.KindState},
		{"apt2", "Putter Panda", claim.KindGroup}, // exact alias APT2 before prefixes APT20…
		{"sécurité d'état", "MSS", claim.KindAgency},
		{"otan", "NATO", claim.KindIntergov},
		{"mandiant", "Mandiant", claim.KindCompany},
		{"Chine", "China", claim.KindState},
		{"nord-cor", "North Korea", claim.KindState},
		{"gardiens", "IRGC", claim.KindAgency},
		{"G0007", "APT28", claim.KindGroup},
	}
	for _, tc := range tests {
		t.Run(tc.q, func(t *testing.T) {
			got := n.Suggest(tc.q, 5)
			if len(got) == 0 || got[0].Name != tc.first || got[0].Kind != tc.kind {
				t.Fatalf("Suggest(%q) = %+v, want first %s %q", tc.q, got, tc.kind, tc.first)
			}
			if len(got) > 5 {
				t.Fatalf("limit ignored: %d", len(got))
			}
		})
	}
	if got := n.Suggest("", 5); got != nil {
		t.Errorf("empty query: %v", got)
	}
	if got := n.Suggest("typhoon", 3); len(got) != 3 {
		t.Errorf("limit 3 gave %d", len(got))
	}
}

// removedOnPurpose: CLDR names that data/fr/countries.tsv removes because
// they are mostly given names ("Dominique", "Maurice"), and the territories
// data/countries.tsv names for their sovereign (Guam: the United States).
var removedOnPurpose = map[string]bool{"DM/fr": true, "MU/fr": true, "GU/en": true, "GU/fr": true}

func TestEveryCountryHasNames(t *testing.T) {
	t.Parallel()
	n := testNormalizer(t)
	count := 0
	for code := range n.byCode {
		count++
		for _, l := range []string{"en", "fr"} {
			name := n.CountryName(code, l)
			if name == "" {
				t.Errorf("%s has no %s name", code, l)
				continue
			}
			if removedOnPurpose[code+"/"+l] {
				continue
			}
			got, ok := n.Country(name)
			if !ok {
				// a few CLDR names are ambiguous on purpose (Congo) or
				// shared; everything else must round-trip
				e, _ := n.Resolve(name, l)
				if len(e.Candidates) == 0 {
					t.Errorf("Country(%q) (%s, %s) not found", name, code, l)
				}
				continue
			}
			if got != code {
				t.Errorf("Country(%q) = %s, want %s", name, got, code)
			}
		}
	}
	if count < 240 {
		t.Errorf("only %d countries", count)
	}
}

func TestLangsFromFolders(t *testing.T) {
	t.Parallel()
	n := testNormalizer(t)
	des, err := embedded.ReadDir("data")
	if err != nil {
		t.Fatal(err)
	}
	var dirs []string
	for _, d := range des {
		if d.IsDir() {
			dirs = append(dirs, d.Name())
		}
	}
	if strings.Join(dirs, ",") != strings.Join(n.Langs(), ",") {
		t.Errorf("Langs() = %v, folders %v", n.Langs(), dirs)
	}
}

func TestExtraFiles(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	write := func(name, body string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	n, err := New(Options{ExtraFiles: []string{
		filepath.Join("testdata", "extra", "groups.tsv"),
		filepath.Join("testdata", "extra", "countries.tsv"),
		filepath.Join("testdata", "extra", "de", "countries.tsv"),
		filepath.Join("testdata", "extra", "entities.tsv"),
		filepath.Join("testdata", "extra", "stop.tsv"),
		filepath.Join("testdata", "extra", "es", "countries.tsv"),
	}})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text, lang    string
		name, country string
		candidates    int
	}{
		{"Winnti", "en", "APT41", "CN", 0},                    // user file settles an ambiguous alias
		{"Frosty Mole", "en", "Frosty Mole", "RU", 0},         // new group
		{"Fancy Bear", "en", "APT28", "BY", 0},                // country overridden, name kept
		{"Pristina", "fr", "Kosovo", "XK", 0},                 // neutral row, any language
		{"Volksrepublik China", "de", "China", "CN", 0},       // a new language
		{"chinesische", "de", "China", "CN", 0},               // …with demonyms
		{"Frankreich", "de", "France", "FR", 0},               // …and CLDR names for it
		{"Contoso Security", "en", "Contoso Security", "", 0}, // new company
		{"Pékin", "fr", "China", "CN", 0},                     // embedded data still there
		{"Sofacy", "en", "", "", 0},                           // alias removed with -Sofacy
		{"Tchad", "fr", "", "", 0},
		{"chinos", "es", "China", "CN", 0},     // language from the folder name
		{"Alemania", "es", "Germany", "DE", 0}, // …with its CLDR names
		{"chinos", "en", "", "", 0},            // …and only in that language                            // CLDR name removed with -Tchad
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			e, ok := n.Resolve(tc.text, tc.lang)
			if tc.name == "" {
				if ok {
					t.Fatalf("Resolve(%q) = %+v, want nothing", tc.text, e)
				}
				return
			}
			if !ok || e.Name != tc.name || e.Country != tc.country || len(e.Candidates) != tc.candidates {
				t.Fatalf("Resolve(%q) = %+v, %v; want %q %q", tc.text, e, ok, tc.name, tc.country)
			}
		})
	}
	if ms := n.Find("the Georgia Aquarium in Georgia", "en"); len(ms) != 1 || ms[0].Start != 24 {
		t.Errorf("stop phrase: %+v", ms)
	}
	if !strings.Contains(strings.Join(n.Langs(), ","), "de") {
		t.Errorf("langs %v lack de", n.Langs())
	}

	bad := []struct{ name, body, msg string }{
		{"x-countries.tsv", "US\tname\n", "want CODE"},
		{"y-countries.tsv", "USA\tname\tFoo\n", "bad country code"},
		{"z-countries.tsv", "US\tnickname\tFoo\n", "unknown form"},
		{"groups.tsv", "agency\tFoo\tUS\t-\tFoo\n", "groups table row"},
		{"entities.tsv", "villain\tFoo\tUS\t-\tFoo\n", "unknown kind"},
		{"e2-entities.tsv", "group\tFoo\tUSA\t-\tFoo\n", "bad country"},
		{"e3-entities.tsv", "group\tFoo\t-\tmitre\tFoo\n", "bad id"},
		{"rules.tsv", "frobnicate\tx\n", "unknown rule"},
		{"c2-countries.tsv", "@Nobody\tseat\tNowhere\n", "unknown entity"},
		{"notes.txt", "x\n", "file name must end"},
	}
	for _, b := range bad {
		t.Run("bad "+b.name, func(t *testing.T) {
			p := write(b.name, b.body)
			_, err := New(Options{ExtraFiles: []string{p}})
			if err == nil || !strings.Contains(err.Error(), b.msg) || !strings.Contains(err.Error(), b.name) {
				t.Fatalf("error %v, want %q naming the file", err, b.msg)
			}
		})
	}
	t.Run("validate", func(t *testing.T) {
		if err := (Options{ExtraFiles: []string{"a/groups.tsv", "fr/countries.tsv"}}).Validate(); err != nil {
			t.Errorf("valid options: %v", err)
		}
		for _, bad := range []string{"", "  ", "groups.csv"} {
			err := (Options{ExtraFiles: []string{bad}}).Validate()
			if !errors.Is(err, ErrData) {
				t.Errorf("Validate(%q) = %v, want ErrData", bad, err)
			}
		}
	})
	t.Run("missing file", func(t *testing.T) {
		if _, err := New(Options{ExtraFiles: []string{filepath.Join(dir, "none-groups.tsv")}}); err == nil {
			t.Fatal("no error for a missing file")
		}
	})
}

func TestConcurrentFind(t *testing.T) {
	t.Parallel()
	n := testNormalizer(t)
	text, err := os.ReadFile(filepath.Join("testdata", "bench_fr.txt"))
	if err != nil {
		t.Fatal(err)
	}
	want := len(n.Find(string(text), "fr"))
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 50; j++ {
				if got := len(n.Find(string(text), "fr")); got != want {
					t.Errorf("concurrent Find gave %d mentions, want %d", got, want)
					return
				}
			}
		}()
	}
	wg.Wait()
}

func FuzzFind(f *testing.F) {
	n := testNormalizer(f)
	for _, s := range []string{
		"aux Etats-Unis, en Autriche", "L’ANSSI accuse APT28 (Fancy Bear)", "U.S. and UK",
		"Jasper Typhoon", "APT 45", "e\u0301tats-unis", "\u00ADChine\u200B", "Storm-0558 UNC", "œuvre ß Straße",
		"« Pékin »", "\xff\xfeChine", "l'", "Corée du Nord-Corée",
	} {
		f.Add(s, "fr")
		f.Add(s, "en")
	}
	f.Fuzz(func(t *testing.T, text, lang string) {
		ms := n.Find(text, lang)
		checkOffsets(t, text, ms)
		for _, m := range ms {
			if m.Entity.Name == "" || !m.Entity.Kind.Valid() {
				t.Fatalf("bad entity %+v", m.Entity)
			}
		}
		n.Resolve(text, lang)
		n.Suggest(text, 3)
	})
}

func BenchmarkFind(b *testing.B) {
	n := testNormalizer(b)
	benchTexts(b, func(b *testing.B, text, lang string) {
		for b.Loop() {
			n.Find(text, lang)
		}
	})
}

// BenchmarkAppendFind is Find as the extractor calls it: into a reused
// buffer, the IDs maps shared (the texts are about 2.9 KB).
func BenchmarkAppendFind(b *testing.B) {
	n := testNormalizer(b)
	benchTexts(b, func(b *testing.B, text, lang string) {
		var ms []Mention
		for b.Loop() {
			ms = n.AppendFind(ms[:0], text, lang)
		}
	})
}

// benchTexts runs body as a sub-benchmark per language on testdata's
// bench_en.txt and bench_fr.txt, bytes and allocations reported.
func benchTexts(b *testing.B, body func(b *testing.B, text, lang string)) {
	for _, name := range []string{"bench_en.txt", "bench_fr.txt"} {
		data, err := os.ReadFile(filepath.Join("testdata", name))
		if err != nil {
			b.Fatal(err)
		}
		text, lang := string(data), name[6:8]
		b.Run(lang, func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			body(b, text, lang)
		})
	}
}

func BenchmarkNew(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := New(Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkResolve(b *testing.B) {
	n := testNormalizer(b)
	b.ReportAllocs()
	for b.Loop() {
		n.Resolve("aux Etats-Unis", "fr")
	}
}

func BenchmarkSuggest(b *testing.B) {
	n := testNormalizer(b)
	b.ReportAllocs()
	for b.Loop() {
		n.Suggest("bear", 10)
	}
}

// BenchmarkFold is the floor under Find: folding the text once.
func BenchmarkFold(b *testing.B) {
	data, err := os.ReadFile(filepath.Join("testdata", "bench_en.txt"))
	if err != nil {
		b.Fatal(err)
	}
	text := string(data)
	var f folded
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		f.fold(text)
	}
}

// TestNewLanguageFolder adds data/de/ beside the embedded folders, as a
// contributor would, and checks German works with no code change: CLDR
// names, curated rows and the language's prefix rule.
func TestNewLanguageFolder(t *testing.T) {
	t.Parallel()
	fsys := fstest.MapFS{}
	err := fs.WalkDir(embedded, "data", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := embedded.ReadFile(p)
		fsys[p] = &fstest.MapFile{Data: data}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	fsys["data/de/countries.tsv"] = &fstest.MapFile{Data: []byte("CN\tdemonym\tchinesisch|chinesische|chinesischen\nCN\tseat\t^Peking\nUS\tname\t^Vereinigten Staaten\n")}
	fsys["data/de/rules.tsv"] = &fstest.MapFile{Data: []byte("prefix\tdie|der|den|dem|in|aus\n")}
	n, err := newFromFS(fsys, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(n.Langs(), ","); got != "de,en,fr" {
		t.Fatalf("Langs() = %s", got)
	}
	text := "Die chinesischen Hacker griffen Firmen in Österreich und den Vereinigten Staaten an; Peking schweigt."
	ms := n.Find(text, "de")
	checkOffsets(t, text, ms)
	var got []string
	for _, m := range ms {
		got = append(got, m.Text+"="+m.Entity.Country+"/"+m.Prep)
	}
	want := "chinesischen=CN/Die,Österreich=AT/in,Vereinigten Staaten=US/den,Peking=CN/"
	if strings.Join(got, ",") != want {
		t.Errorf("Find(de) = %s\nwant %s", strings.Join(got, ","), want)
	}
	if name := n.CountryName("FR", "de"); name != "Frankreich" {
		t.Errorf("CountryName(FR, de) = %q", name)
	}
}

// TestZeroValue: a nil or zero Normalizer (a wiring mistake) answers
// "unknown" rather than panicking inside a pipeline worker.
func TestZeroValue(t *testing.T) {
	t.Parallel()
	for _, n := range []*Normalizer{nil, {}} {
		if ms := n.Find("China", "en"); ms != nil {
			t.Errorf("Find = %v", ms)
		}
		if _, ok := n.Resolve("China", "en"); ok {
			t.Error("Resolve found something")
		}
		if _, ok := n.Country("China"); ok {
			t.Error("Country found something")
		}
		if n.CountryName("CN", "en") != "" || n.Suggest("chi", 3) != nil || n.Langs() != nil {
			t.Error("zero value knows names")
		}
	}
}

// TestLabel: a vendor's tracking label is a whole name the naming rules
// read; a common name, an APT number or a longer phrase is not.
func TestLabel(t *testing.T) {
	t.Parallel()
	n := testNormalizer(t)
	for _, tc := range []struct {
		name string
		want bool
	}{
		{"Linen Typhoon", true},
		{"TA453", true},
		{"UNC1151", true},
		{"Storm-0558", true},
		{"Fighting Ursa", true},
		{"APT44", false},
		{"Fancy Bear group", false},
		{"Lazarus Group", false},
		{"linen typhoon", false},
		{"", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := n.Label(tc.name); got != tc.want {
				t.Errorf("Label(%q) = %v, want %v", tc.name, got, tc.want)
			}
		})
	}
}
