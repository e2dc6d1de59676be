package extractor

import "testing"

// TestVictimListAfterMarker: every institution of a list after "Among the
// victims were" or "The victims included" is a victim, not only the first
// ("a Spanish defence contractor, an Italian ministry and a Greek port"),
// and in French the first item with its demonym after the noun too («
// comprennent un sous-traitant espagnol, un ministère italien… »).
// Sentences written for this rule.
func TestVictimListAfterMarker(t *testing.T) {
	t.Parallel()
	checkFirstVictims(t, []victimsCase{
		{"among the victims were", "en", "Cyber news\n\nAmong the victims were a Spanish defence contractor, an Italian ministry and a Greek port, ESET said, blaming the Lazarus Group.", []string{"ES", "GR", "IT"}},
		{"the victims included", "en", "Cyber news\n\nESET blamed the Lazarus Group. The victims included a Spanish defence contractor, an Italian ministry and a Greek port.", []string{"ES", "GR", "IT"}},
		{"parmi les victimes figurent", "fr", "Cyber actu\n\nESET accuse le groupe Lazarus. Parmi les victimes figurent un sous-traitant espagnol, un ministère italien et un port grec.", []string{"ES", "GR", "IT"}},
		{"les victimes comprennent", "fr", "Cyber actu\n\nESET accuse le groupe Lazarus. Les victimes comprennent un sous-traitant espagnol, un ministère italien et un port grec.", []string{"ES", "GR", "IT"}},
	})
}
