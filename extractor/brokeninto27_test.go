package extractor

import "testing"

// TestBrokenInto: "had broken into", "penetrates", "phished" are attack
// verbs like "broke into", "penetrated", "phishing". Before, "Google said
// Russian hackers had broken into Ukrainian government networks" gave no
// claim. Texts written for this test.
func TestBrokenInto(t *testing.T) {
	t.Parallel()
	for _, text := range []string{
		"Google said Russian hackers had broken into Ukrainian government networks.",
		"Microsoft said a group tied to Iran phished Israeli officials in March.",
	} {
		if cs := extract(t, "en", "2024-05-07", "Cyber news\n\n"+text); len(cs) == 0 {
			t.Errorf("%.50q: no claim", text)
		}
	}
}
