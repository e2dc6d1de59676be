package extractor

import "testing"

// TestAttackersBasedAfterCopula: "the hackers were based in China", « les
// pirates étaient basés en Chine »: the attackers' place told after a
// copula accuses that state as "hackers based in China breached…" does,
// with no attack verb; criminals keep their place and a firm's staff are
// no attackers. Sentences written for this rule.
func TestAttackersBasedAfterCopula(t *testing.T) {
	t.Parallel()
	checkAccuserAccused(t, []accuserAccusedCase{
		{"hackers were based in", "en", "Cyber news\n\nThe Philippine cyber agency said the hackers were based in China.", "Philippines", "China"},
		{"hackers are located in", "en", "Cyber news\n\nKenya's ICT ministry said on Monday that the hackers are located in Sudan.", "Kenya", "Sudan"},
		{"cybercriminals were based in (criminals keep their place)", "en", "Cyber news\n\nThe FBI said the cybercriminals were based in Russia.", "", ""},
		{"engineers were based in (no attackers)", "en", "Cyber news\n\nThe company said its network engineers were based in China.", "", ""},
		{"pirates étaient basés en", "fr", "Cyber actu\n\nSelon le ministère kényan, les pirates informatiques étaient basés au Soudan.", "Kenya", "Sudan"},
		{"cybercriminels basés en (inchangé)", "fr", "Cyber actu\n\nSelon le FBI, les cybercriminels étaient basés en Russie.", "", ""},
	})
}
