package extractor

import "testing"

// TestAccuserShapes13 covers accusers missed on unread articles (issue 10,
// session 13): a list named before a dash apposition and a relative
// pronoun, a quotation opening a cue's object, the agent of a reporting
// participle, a list going on over an organ whose demonym follows its noun,
// a firm found by shape named again without its cue, a source opening a
// relative clause, a partial quote opening on the verb, the place operators
// act from, CERTs as state organs, and a subject pronoun right before a
// later verb (which keeps the anaphor named first). The sentences are
// written for this test.
func TestAccuserShapes13(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name, lang, text string
		want             []string
		not              []string
	}{
		{name: "list before a dash apposition and which said", lang: "en",
			text: "The report came with a joint advisory from Japan, Canada and Britain - the partners known as the Quad group - which said the intrusions were the work of APT41.",
			want: []string{"JP>apt41", "CA>apt41", "GB>apt41"}},
		{name: "quote opening the cue object", lang: "en",
			text: "Canada said the hacking campaign was the work of \"a Russian state-sponsored cyber actor\".",
			want: []string{"CA>RU"}},
		{name: "agent of a reporting participle", lang: "en",
			text: "APT31 was previously identified in 2021 by the US, Britain and the EU as being behind a hack of email servers.",
			want: []string{"US>apt31", "GB>apt31", "eu>apt31"}},
		{name: "first documented by a firm", lang: "en",
			text: "The espionage group Sea Turtle was first documented by Cisco Talos in 2019, detailing attacks on ministries.",
			want: []string{"cisco talos>sea turtle"}},
		{name: "french liste avec organe a demonyme postpose", lang: "fr",
			text: "Selon un avis publié par le FBI, le département du Trésor et la Direction nationale israélienne de la cybersécurité, le groupe Emennet Pasargad a piraté un fournisseur.",
			want: []string{"US>emennet pasargad", "IL>emennet pasargad"}},
		{name: "firm named again without its cue", lang: "en",
			text: "Dutch security firm Hunt & Hackett said the campaign targeted telecom firms.\n\n" +
				"The campaign, Hunt & Hackett said, was run by Sea Turtle.",
			want: []string{"hunt & hackett>sea turtle"}},
		{name: "french selon laquelle", lang: "fr",
			text: "L'éditeur de sécurité Mandiant a présenté au printemps une analyse selon laquelle APT43 finance ses opérations par des vols de cryptomonnaies.",
			want: []string{"mandiant>apt43"}},
		{name: "french citation ouvrant sur le verbe", lang: "fr",
			text: "Dans sa déclaration, l'UE « condamne cette campagne malveillante », menée selon elle par APT31 contre une infrastructure tchèque.",
			want: []string{"eu>apt31"}},
		{name: "operating from a state", lang: "en",
			text: "The Philippines said the attack was carried out by hackers operating from China.",
			want: []string{"PH>CN"}},
		{name: "french menees depuis", lang: "fr",
			text: "Le haut représentant de l'Union a publié un texte dénonçant des cyberactivités malveillantes « menées depuis la Chine » contre des États membres.",
			want: []string{"eu>CN"}},
		{name: "he closing a segment before the verb", lang: "en",
			text: "Microsoft said on Monday that it had found new malware.\n\n" +
				"Brad Smith, the company's president, said in October that North Korea had carried out the attack, and on Tuesday he added that the firm had disrupted the operations.",
			want: []string{"microsoft>KP"}},
		{name: "a state CERT speaks for its state", lang: "fr",
			text: "Le CERT ukrainien a imputé l'attaque contre les réseaux électriques au groupe Sandworm.",
			want: []string{"UA>sandworm"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			cs := extract(t, tc.lang, "2025-03-04", tc.text)
			checkKeys(t, cs, tc.want, tc.not)
		})
	}
}
