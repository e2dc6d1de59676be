package extractor

import (
	"slices"
	"strings"
	"testing"

	"github.com/claimwire/claimwire/claim"
)

// accuserKeys returns the sorted accuser keys of the accusations in cs as
// the scorer forms them: the country of a state organ, the lower-case name
// of any other speaker.
func accuserKeys(cs []claim.Claim) string {
	var got []string
	for _, c := range cs {
		if c.Stance != claim.StanceAccusation || c.Accuser == nil {
			continue
		}
		k := strings.ToLower(c.Accuser.Name)
		if c.Accuser.Kind == claim.KindState || c.Accuser.Kind == claim.KindAgency {
			k = c.Accuser.Country
		}
		if k != "" && !slices.Contains(got, k) {
			got = append(got, k)
		}
	}
	slices.Sort(got)
	return strings.Join(got, ",")
}

// TestAbbreviationCompounds: "U.S.-based", "U.K.-backed" are compounds like
// "US-based": the hyphen after the abbreviation is no dash cutting the
// sentence, and the state is a place or a tie, not the speaker.
func TestAbbreviationCompounds(t *testing.T) {
	t.Parallel()
	checkSlot(t, "accusers", accuserKeys, []slotCase{
		{"en U.S.-based firm speaks, not the US", "en",
			"Cyber news\n\nThe statement came a day after U.S.-based cybersecurity firm Recorded Future said that RedEcho, a group it linked to the Chinese government, had hacked Indian power firms.",
			"recorded future"},
		{"en U.S.-based firm opening the sentence", "en",
			"Cyber news\n\nU.S.-based Recorded Future said that RedEcho had hacked Indian power firms.",
			"recorded future"},
	})
	// "Google-owned Mandiant": the owner of the firm that speaks is no
	// speaker, as in « Mandiant, filiale de Google, … »
	checkSlot(t, "accusers", accuserKeys, []slotCase{
		{"en owner compound before the speaker", "en",
			"Cyber news\n\nGoogle-owned Mandiant said APT44 was behind the attack on Ukrainian utilities.",
			"mandiant"},
		{"en owner compound in the agent", "en",
			"Cyber news\n\nUNC3886 has been described by Google-owned cyber-security firm Mandiant as a China-nexus espionage group that has targeted defence organisations in the United States.",
			"mandiant"},
		{"en owner compound in a passive's agent", "en",
			"Cyber news\n\nThe attack was attributed to APT44 by Google-owned Mandiant.",
			"mandiant"},
	})
	checkSlot(t, "accused countries", accusedCountries, []slotCase{
		{"en U.S.-backed hackers", "en",
			"Cyber news\n\nIran's oil ministry said U.S.-backed hackers attacked the country's fuel stations.",
			"US"},
		{"en U.K.-based firm is a place", "en",
			"Cyber news\n\nResearchers at ESET said a U.K.-based hosting provider had been used by APT29 to attack ministries in Poland.",
			"RU"},
	})
}

// TestJoinedCondemnation: states that join the condemnation or the
// denunciation of an attribution made before speak with it.
func TestJoinedCondemnation(t *testing.T) {
	t.Parallel()
	checkSlot(t, "accusers", accuserKeys, []slotCase{
		{"en joined the condemnation", "en",
			"Cyber news\n\nThe European Union and Britain on Tuesday blamed Russia for the cyberattack on the KA-SAT network. Canada and Australia joined the condemnation.",
			"AU,CA,GB,eu"},
		{"fr se sont joints à la dénonciation", "fr",
			"Cyber\n\nL'Union européenne et le Royaume-Uni ont imputé mardi à la Russie la cyberattaque contre le réseau KA-SAT. Le Canada et l'Australie se sont joints à la dénonciation.",
			"AU,CA,GB,eu"},
	})
}
