package runner

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"time"

	"github.com/claimwire/claimwire/claim"
)

// Synthetic articles for the benchmark: ~3 KB of French or English
// security news, each with one or two attribution sentences built from
// small tables, the rest filler written for this purpose.

type synthActor struct{ en, fr string }

var (
	synthAccusers = []synthActor{
		{"The British government", "Le gouvernement britannique"},
		{"The United States", "Les Etats-Unis"},
		{"NATO", "L'OTAN"},
		{"The European Union", "L'Union européenne"},
		{"France", "La France"},
		{"Canada", "Le Canada"},
		{"Australia", "L'Australie"},
		{"Germany", "L'Allemagne"},
	}
	synthAccused = []synthActor{
		{"China", "la Chine"},
		{"Russia", "la Russie"},
		{"North Korea", "la Corée du Nord"},
		{"Iran", "l'Iran"},
	}
	synthGroups = []string{"APT40", "APT28", "Lazarus", "APT31", "Sandworm", "APT35", "Turla", "Kimsuky"}
	synthVictim = []synthActor{
		{"Austria", "l'Autriche"}, {"Norway", "la Norvège"}, {"Japan", "le Japon"}, {"Poland", "la Pologne"},
		{"Belgium", "la Belgique"}, {"Italy", "l'Italie"}, {"Spain", "l'Espagne"}, {"Denmark", "le Danemark"},
	}
	synthMonthsFR = []string{"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"}
	synthFillerEN = []string{
		"Security teams spent the week patching a series of flaws in widely deployed network appliances, several of which had been exploited before fixes were available.",
		"Analysts noted that phishing lures increasingly imitate delivery notices and tax reminders, and that many campaigns now rely on legitimate cloud services to host their payloads.",
		"Researchers presented new techniques for detecting lateral movement in large networks, stressing the value of good logging and of keeping an inventory of exposed services.",
		"Several hospitals reported disruptions after ransomware hit a shared software provider, and regulators reminded operators of their duty to report incidents within days.",
		"The advisory lists indicators of compromise, including domains, file hashes and the command lines observed on compromised servers, and recommends resetting credentials.",
		"Officials said the investigation drew on technical evidence gathered with partners over several years, including malware samples and infrastructure shared between operations.",
	}
	synthFillerFR = []string{
		"Les équipes de sécurité ont passé la semaine à corriger une série de failles dans des équipements réseau très répandus, dont plusieurs étaient exploitées avant la publication des correctifs.",
		"Les analystes relèvent que les courriels piégés imitent de plus en plus des avis de livraison et des rappels fiscaux, et que de nombreuses campagnes s'appuient sur des services en nuage légitimes.",
		"Des chercheurs ont présenté de nouvelles méthodes pour repérer les déplacements latéraux dans les grands réseaux, en insistant sur l'importance des journaux et de l'inventaire des services exposés.",
		"Plusieurs hôpitaux ont signalé des perturbations après qu'un rançongiciel a frappé un éditeur de logiciels commun, et les autorités ont rappelé l'obligation de déclarer les incidents.",
		"L'avis recense des indicateurs de compromission, notamment des domaines, des empreintes de fichiers et les commandes observées sur les serveurs compromis, et recommande de changer les mots de passe.",
		"Selon les responsables, l'enquête repose sur des éléments techniques réunis avec des partenaires pendant plusieurs années, dont des échantillons de logiciels malveillants.",
	}
)

// SynthArticles returns n synthetic articles (alternating French and
// English), deterministic for a seed, each about 3 KB with at least one
// attribution sentence.
func SynthArticles(n int, seed uint64) []claim.Article {
	out := make([]claim.Article, 0, n)
	next := SynthGenerator(seed)
	for range n {
		out = append(out, next())
	}
	return out
}

// SynthGenerator returns a function giving the synthetic articles of
// SynthArticles one at a time, so a long benchmark does not hold them all.
func SynthGenerator(seed uint64) func() claim.Article {
	r := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	i := -1
	return func() claim.Article {
		i++
		fr := i%2 == 0
		acc := synthAccusers[r.IntN(len(synthAccusers))]
		accd := synthAccused[r.IntN(len(synthAccused))]
		grp := synthGroups[r.IntN(len(synthGroups))]
		v1, v2 := synthVictim[r.IntN(len(synthVictim))], synthVictim[r.IntN(len(synthVictim))]
		day, month, year := 1+r.IntN(28), 1+r.IntN(12), 2015+r.IntN(11)
		y1 := year - 1 - r.IntN(6)
		var b strings.Builder
		var title, lang string
		filler := synthFillerEN
		if fr {
			lang, filler = "fr", synthFillerFR
			title = fmt.Sprintf("%s accuse %s de cyberattaques", acc.fr, accd.fr)
			fmt.Fprintf(&b, "%s a accusé le %d %s %d %s d'être à l'origine des cyberattaques menées par le groupe %s contre %s et %s entre %d et %d.\n\n",
				acc.fr, day, synthMonthsFR[month-1], year, accd.fr, grp, v1.fr, v2.fr, y1, year)
		} else {
			lang = "en"
			title = fmt.Sprintf("%s accuses %s of cyberattacks", acc.en, accd.en)
			fmt.Fprintf(&b, "%s on %s accused %s of being behind cyberattacks carried out by the %s group against %s and %s between %d and %d.\n\n",
				acc.en, time.Date(year, time.Month(month), day, 0, 0, 0, 0, time.UTC).Format("January 2, 2006"), accd.en, grp, v1.en, v2.en, y1, year)
		}
		for b.Len() < 2900 {
			b.WriteString(filler[r.IntN(len(filler))])
			if r.IntN(3) == 0 {
				b.WriteString("\n\n")
			} else {
				b.WriteString(" ")
			}
		}
		text := strings.TrimSpace(b.String())
		a := claim.Article{
			Schema: claim.SchemaArticle, URL: fmt.Sprintf("https://bench.claimwire.test/%s/%d-%d.html", lang, seed, i),
			Source: "bench", Lang: lang, Title: title, Text: text, Hash: claim.ContentHash(text),
			Published: claim.Date(fmt.Sprintf("%04d-%02d-%02d", year, month, day)),
		}
		return a
	}
}
