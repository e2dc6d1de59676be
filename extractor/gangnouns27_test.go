package extractor

import (
	"strings"
	"testing"
)

// TestGangNounNamesGroup: a gang noun says by itself that the capitalised
// name beside it is a threat group's, as "ransomware" does for "group":
// "the Play gang", "the Lynx gang", « le gang Play », « au gang Lynx ».
// Before, a name the tables keep only with a qualifier (Play, Akira: common
// words) or do not know at all (Lynx) gave no accused, and the claim was
// lost. Texts written for this test; the last case is a guard: "crew",
// first a gang noun too, made a group of "the Boeing crew".
func TestGangNounNamesGroup(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ name, lang, text, want string }{
		{"name before gang", "en", "The FBI blamed the Play gang for the attack on the city of Oakland.", "Play"},
		{"unknown name before gang", "en", "Sophos attributed the hospital intrusion to the Lynx gang.", "Lynx"},
		{"qualifier between", "en", "Sekoia attributed the hack to the Akira ransomware gang.", "Akira"},
		{"gang before name", "fr", "Le FBI accuse le gang Play d'avoir attaqué la ville d'Oakland.", "Play"},
		{"unknown name after gang", "fr", "L'éditeur Sophos attribue l'intrusion à l'hôpital au gang Lynx.", "Lynx"},
	} {
		t.Run(tc.lang+"/"+tc.name, func(t *testing.T) {
			cs := extract(t, tc.lang, "2024-05-07", "Cyber\n\n"+tc.text)
			got := accusedNames(cs)
			if !strings.Contains(got, tc.want) {
				t.Errorf("no claim accuses %s: %q", tc.want, got)
			}
		})
	}
	t.Run("en/company before crew", func(t *testing.T) {
		cs := extract(t, "en", "2024-05-07", "Cyber\n\nThe FBI blamed LockBit for the attack, which forced the Boeing crew to work offline.")
		for _, c := range cs {
			if c.Accused != nil && c.Accused.Name != "LockBit" {
				t.Errorf("claim accuses %s", c.Accused.Name)
			}
		}
	})
}
