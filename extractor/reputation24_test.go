package extractor

import (
	"strings"
	"testing"

	"github.com/claimwire/claimwire/claim"
)

// periodOf is the attack period of the first claim whose accuser's name
// starts with accuser, as "start–end", "-" for none, "?" when no such claim.
func periodOf(cs []claim.Claim, accuser string) string {
	for _, c := range cs {
		if c.Accuser == nil || !strings.HasPrefix(c.Accuser.Name, accuser) {
			continue
		}
		if c.AttackPeriod == nil {
			return "-"
		}
		return string(c.AttackPeriod.Start) + "–" + string(c.AttackPeriod.End)
	}
	return "?"
}

// TestReputationDatesTheEarlierClaim: a sentence telling what a group is
// known for ("is best known for", « est connu pour ») recounts its past. Its
// year is no attack year of the news claim before it; it dates the earlier
// accusation told right after it ("In April 2021, the United States blamed
// the SVR for that campaign"). Before, the news claim took the history's
// year and the earlier accusation none. Texts written for this rule.
func TestReputationDatesTheEarlierClaim(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ name, lang, text, wantUS string }{
		{"best known for", "en", "Microsoft said on Friday that Midnight Blizzard, a Russian state hacking group, broke into the email accounts of its senior executives. The group is best known for the SolarWinds supply-chain attack, discovered in December 2020. In April 2021, the United States formally blamed the SVR for that campaign.", "2020-12–2020-12"},
		{"connu pour", "fr", "Microsoft a accusé vendredi le groupe russe Midnight Blizzard d'avoir pénétré les boîtes de courriel de ses dirigeants. Ce groupe est connu pour l'attaque contre l'éditeur SolarWinds, découverte fin 2020. En avril 2021, les États-Unis ont officiellement attribué cette opération au SVR.", "2020-09–2020-12"},
	} {
		t.Run(tc.lang+"/"+tc.name, func(t *testing.T) {
			cs := extract(t, tc.lang, "2024-01-22", "Cyber news\n\n"+tc.text)
			if got := periodOf(cs, "Microsoft"); got != "-" {
				t.Errorf("Microsoft's claim: period %s, want none", got)
			}
			if got := periodOf(cs, "United States"); got != tc.wantUS {
				t.Errorf("the 2021 claim: period %s, want %s", got, tc.wantUS)
			}
		})
	}
}

// TestNewWaveDatesTheNews: a sentence telling the attacks as new ("In the
// new wave of attacks, seen between 2021 and 2023, the threat actors…",
// « Dans cette nouvelle vague d'attaques… les assaillants ») dates the news
// claim before a background sentence about the group's older deeds can.
// "the threat actors", « les assaillants » point back to the accused.
// Before, the claim took "since 2017". Texts written for this rule.
func TestNewWaveDatesTheNews(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ name, lang, text string }{
		{"new wave", "en", "Hunt & Hackett said on Friday that Sea Turtle, a group serving the Turkish state, had spied on telecom firms in the Netherlands. The group had hit ministries in the Middle East since 2017. In the new wave of attacks, seen between 2021 and 2023, the threat actors relied on a simple reverse shell."},
		{"nouvelle vague", "fr", "Hunt & Hackett a accusé vendredi Sea Turtle, un groupe au service de l'État turc, d'avoir espionné des opérateurs télécoms aux Pays-Bas. Depuis 2017, le groupe pirate des ministères au Moyen-Orient. Dans cette nouvelle vague d'attaques, observée entre 2021 et 2023, les assaillants se sont appuyés sur un simple shell inversé."},
	} {
		t.Run(tc.lang+"/"+tc.name, func(t *testing.T) {
			cs := extract(t, tc.lang, "2024-01-08", "Cyber news\n\n"+tc.text)
			if got := periodOf(cs, "Hunt"); got != "2021–2023" {
				t.Errorf("period %s, want 2021–2023", got)
			}
		})
	}
}
