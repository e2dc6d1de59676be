package extractor

import "testing"

// TestDoubleDashDateline: a wire dateline closed by a double hyphen
// ("SEOUL, Nov. 21 -- …", the Yonhap style) dates the story, not the
// attack, as one closed by a single dash does. Before, the theft the police
// blamed on Lazarus was dated the day of the dispatch. Texts written for
// this test.
func TestDoubleDashDateline(t *testing.T) {
	t.Parallel()
	for _, text := range []string{
		"SEOUL, Nov. 21 -- South Korean police said Thursday that Lazarus was behind the theft of ether from the exchange Upbit.",
		"SEOUL, Nov. 21 (Yonhap) -- South Korean police said Thursday that Lazarus was behind the theft of ether from the exchange Upbit.",
	} {
		cs := extract(t, "en", "2024-11-21", "Police name hackers\n\n"+text)
		if len(cs) == 0 {
			t.Fatalf("%.40q: no claim", text)
		}
		for _, c := range cs {
			if c.AttackPeriod != nil {
				t.Errorf("%.40q: attack period %v from the dateline", text, *c.AttackPeriod)
			}
		}
	}
	for sent, want := range map[string]bool{
		"SEOUL, Nov. 21 -- Police said Thursday…":       true,
		"WASHINGTON, Nov. 21 (Reuters) - The FBI said…": true,
		"Police said on Nov. 21 -- a Thursday -- that…": false,
	} {
		if got := inDateline(sent, "Nov. 21"); got != want {
			t.Errorf("inDateline(%q) = %v, want %v", sent, got, want)
		}
	}
}
