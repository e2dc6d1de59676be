package normalizer

import (
	"testing"

	"github.com/claimwire/claimwire/claim"
)

// TestGeneralisationNames covers names the held-out outlets use: organs by
// acronym, city police, long APT names, front companies (not groups), a
// cluster that keeps its own name, and a French-only row that must not hide
// an English CLDR name.
func TestGeneralisationNames(t *testing.T) {
	t.Parallel()
	n := testNormalizer(t)
	cases := []struct {
		phrase, lang string
		kind         claim.Kind
		name, cc     string
	}{
		{"the Philippines", "en", claim.KindState, "Philippines", "PH"},
		{"aux Philippines", "fr", claim.KindState, "Philippines", "PH"},
		{"the ISPR", "en", claim.KindAgency, "ISPR", "PK"},
		{"Guangzhou police", "en", claim.KindAgency, "Public Security Bureau", "CN"},
		{"la police de Harbin", "fr", claim.KindAgency, "Public Security Bureau", "CN"},
		{"the Tokyo Metropolitan Police", "en", claim.KindAgency, "Japan National Police Agency", "JP"},
		{"the National Police Agency", "en", claim.KindAgency, "Japan National Police Agency", "JP"},
		{"the Korean National Police Agency", "en", claim.KindAgency, "KNPA", "KR"},
		{"the CCB", "en", claim.KindAgency, "Centre for Cybersecurity Belgium", "BE"},
		{"Advanced Persistent Threat 40", "en", claim.KindGroup, "APT40", "CN"},
		{"Advanced Persistent Threat 31", "en", claim.KindGroup, "APT31", "CN"},
		{"360 Technology", "en", claim.KindCompany, "Qihoo 360", ""},
		{"l’Otan", "fr", claim.KindIntergov, "NATO", ""},
		// Europol speaks for itself, not for the EU's governments
		{"Europol", "en", claim.KindIntergov, "Europol", ""},
		{"d’Europol", "fr", claim.KindIntergov, "Europol", ""},
		{"Integrity Technology Group", "en", claim.KindCompany, "Integrity Technology Group", "CN"},
		{"i-Soon", "en", claim.KindCompany, "I-Soon", "CN"},
		{"APT45", "en", claim.KindGroup, "APT45", "KP"},
		{"Andariel", "en", claim.KindGroup, "Andariel", "KP"},
		{"Gallium", "en", claim.KindGroup, "Granite Typhoon", "CN"},
		{"Granite Typhoon", "en", claim.KindGroup, "Granite Typhoon", "CN"},
		{"Void Blizzard", "en", claim.KindGroup, "Laundry Bear", "RU"},
		{"MirrorFace", "en", claim.KindGroup, "MirrorFace", "CN"},
		{"Z-Pentest", "en", claim.KindGroup, "Z-Pentest", ""},
		{"the Bitter APT", "en", claim.KindGroup, "Bitter", ""},
		{"the NIS", "en", claim.KindAgency, "NIS", "KR"},
		{"APT43", "en", claim.KindGroup, "APT43", "KP"},
		{"Kimsuky", "en", claim.KindGroup, "Kimsuky", "KP"},
		{"RedJuliett", "en", claim.KindGroup, "RedJuliett", "CN"},
	}
	for _, tc := range cases {
		t.Run(tc.phrase, func(t *testing.T) {
			e, ok := n.Resolve(tc.phrase, tc.lang)
			if !ok {
				t.Fatalf("%q does not resolve", tc.phrase)
			}
			if e.Kind != tc.kind || e.Name != tc.name || e.Country != tc.cc {
				t.Errorf("%q = %s/%s/%s, want %s/%s/%s", tc.phrase, e.Kind, e.Name, e.Country, tc.kind, tc.name, tc.cc)
			}
		})
	}
	// a plain English word stays a word
	for _, txt := range []string{"a bitter dispute", "the fe value", "the NIS directive", "under NIS2", "la directive NIS"} {
		for _, m := range n.Find(txt, "en") {
			t.Errorf("%q: unexpected mention %q (%s)", txt, m.Text, m.Entity.Name)
		}
	}
}
