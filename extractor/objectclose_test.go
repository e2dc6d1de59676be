package extractor

import "testing"

// TestAccusationObjectCloses: an accusation's object ends at the attack it
// is accused of, at a reporting verb, or at an aside naming the statement;
// states after that are targets or circumstances, not more accused. The
// list the object opens, and a coordinated second attribution, still count.
func TestAccusationObjectCloses(t *testing.T) {
	t.Parallel()
	checkSlot(t, "accused countries", accusedCountries, []slotCase{
		{"en states after the attack verb of the object", "en",
			"Cyber news\n\nThe FSB accused US intelligence agencies of compromising thousands of devices, including the phones of diplomats from Israel, Syria and China.",
			"US"},
		{"fr states after the attack verb of the object", "fr",
			"Cyber\n\nLe FSB a accusé les services américains d'avoir piraté des milliers d'appareils, dont ceux de diplomates d'Israël, de Syrie et de Chine.",
			"US"},
		{"en owners of targeted phones after a cue", "en",
			"Cyber news\n\nThe FSB said US intelligence had hacked thousands of phones belonging to diplomats from Israel and Syria.",
			"US"},
		{"fr statement aside after the object", "fr",
			"Cyber\n\nL'Otan a dénoncé les activités malveillantes attribuées à APT28, dans une déclaration se disant solidaire de Berlin et de Prague.",
			"RU"},
		{"en statement aside after the object", "en",
			"Cyber news\n\nNATO condemned the malicious activity attributed to APT28, in a statement of solidarity with Berlin and Prague.",
			"RU"},
		{"en a list of accused before the attack", "en",
			"Cyber news\n\nBritain accused Russia, China and Iran of hacking ministries in Poland.",
			"CN,IR,RU"},
		{"fr a list of accused before the attack", "fr",
			"Cyber\n\nLondres a accusé la Russie, la Chine et l'Iran d'avoir piraté des ministères polonais.",
			"CN,IR,RU"},
		{"fr coordinated second attribution after the attack", "fr",
			"Cyber\n\nLe NCSC a déjà attribué des attaques à la Russie, notamment NotPetya, et à la Corée du Nord, pour WannaCry.",
			"KP,RU"},
	})
}
