package extractor

import "testing"

// TestOnlyAFront: restrictive words between a group and its front noun
// ("DarkBit is only a front", « DarkBit n'est qu'une façade ») still call
// it a front, so it is not accused. Before, the investigators' remark
// accused DarkBit beside MuddyWater. "DarkBit is a front" passed before
// (guard). Sentences written for this rule, found on the read
// blind-ba/fr-002.
func TestOnlyAFront(t *testing.T) {
	t.Parallel()
	en := "Cyber news\n\nIsrael's cyber directorate said on Tuesday that MuddyWater was behind the attack on the Technion. "
	fr := "Actualité\n\nL'INCD a annoncé mardi que l'attaque contre le Technion avait été menée par MuddyWater. "
	want := func(acc string) []string { return []string{acc + ">MuddyWater>IL"} }
	checkClaimKeys(t, []keyCase{
		{"en/is only a front", "en", en + "For Israeli investigators, DarkBit is only a front.", want("IL")},
		{"en/is little more than a front", "en", en + "For Israeli investigators, DarkBit is little more than a front.", want("IL")},
		{"en/guard: is a front", "en", en + "For Israeli investigators, DarkBit is a front.", want("IL")},
		{"fr/n'est qu'une façade", "fr", fr + "Pour les enquêteurs israéliens, DarkBit n'est qu'une façade.", want("INCD")},
		{"fr/n'est rien d'autre qu'une façade", "fr", fr + "Pour les enquêteurs israéliens, DarkBit n'est rien d'autre qu'une façade.", want("INCD")},
		{"fr/guard: est une façade", "fr", fr + "Pour les enquêteurs israéliens, DarkBit est une façade.", want("INCD")},
	})
}
