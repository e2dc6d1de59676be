package extractor

import "testing"

// TestAllianceMemberStatesNoSpeaker: "with a particular interest in
// European Union and NATO member states, according to the joint
// advisory", « une attention particulière aux pays membre de l'OTAN » name
// places (lexicon member_words): the alliance is no speaker of the
// advisory. Before, NATO accused Russia. Texts written for this rule.
func TestAllianceMemberStatesNoSpeaker(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ name, lang, text string }{
		{"NATO member states", "en", "Dutch intelligence agencies on Tuesday blamed the Russian group Laundry Bear for a breach of the national police. Its targets include armed forces and defense suppliers, with a particular interest in European Union and NATO member states, according to the joint advisory."},
		{"pays membre de l'OTAN", "fr", "Les services néerlandais ont accusé mardi le groupe russe Laundry Bear d'avoir piraté la police nationale. Ses cibles comprennent des forces armées et des industriels, en particulier dans chaque pays membre de l'OTAN, selon l'avis conjoint."},
	} {
		t.Run(tc.lang+"/"+tc.name, func(t *testing.T) {
			for _, c := range extract(t, tc.lang, "2025-05-27", "Cyber news\n\n"+tc.text) {
				if c.Accuser != nil && c.Accuser.Name == "NATO" {
					t.Errorf("NATO accuses %s", c.Accused.Name)
				}
			}
		})
	}
}
