package extractor

import "testing"

// TestPartnerGroupSituates: a group the accused "has partnered with" / «
// s'est associé à » situates it; it is not accused. Sentences written for
// this rule.
func TestPartnerGroupSituates(t *testing.T) {
	t.Parallel()
	checkOnlyAccused(t, "Scattered Spider", []struct{ name, lang, text string }{
		{"has partnered with", "en", "Cyber news\n\nCISA blamed Scattered Spider for the casino intrusions. The agency's advisory added that the group has sometimes partnered with BlackCat, whose ransomware was not found in this case."},
		{"s'est associé à", "fr", "Cyber actu\n\nLa CISA accuse Scattered Spider des intrusions dans les casinos. Selon l'agence, le groupe s'est parfois associé à BlackCat, dont le rançongiciel n'a pas été trouvé."},
	})
}
