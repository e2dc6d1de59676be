package dates

import (
	"strings"
	"testing"
)

// benchArticle is ~3 KB of security-news style text written for the
// benchmark: a few dates, mostly sentences without any.
var benchArticle = strings.Repeat(`The national cyber security centre said on Monday that a state-backed group had broken into the networks of several energy firms.
According to the agency, the intruders used stolen credentials and a flaw in a widely deployed mail server, tracked as CVE-2021-26855, to move between systems.
Investigators believe the campaign ran between 2019 and 2021 and hit more than 1,000 servers in Europe and Asia.
Le ministère a indiqué mardi que les pirates visaient depuis 2020 des entreprises françaises du secteur de l’énergie.
Les enquêteurs estiment que plusieurs milliers de postes ont été compromis au début de l’année 2021, sans préciser le nombre exact de victimes.
`, 4)

var benchNoDate = "Les enquêteurs estiment que plusieurs milliers de postes ont été compromis, sans préciser le nombre exact de victimes ni les secteurs visés."

func BenchmarkFindArticle(b *testing.B) {
	p := newParserT(b)
	b.SetBytes(int64(len(benchArticle)))
	b.ReportAllocs()
	for b.Loop() {
		p.Find(benchArticle, "en", "2021-07-19")
	}
}

func BenchmarkFindSentenceNoDate(b *testing.B) {
	p := newParserT(b)
	b.ReportAllocs()
	for b.Loop() {
		p.Find(benchNoDate, "fr", "2021-07-19")
	}
}

func BenchmarkAttackPeriodSentence(b *testing.B) {
	p := newParserT(b)
	s := "Investigators believe the campaign ran between 2019 and 2021 and hit more than 1,000 servers in Europe and Asia."
	b.ReportAllocs()
	for b.Loop() {
		p.AttackPeriod(s, "en", "2021-07-19")
		p.ClaimDate(s, "en", "2021-07-19")
	}
}

func BenchmarkNew(b *testing.B) {
	for b.Loop() {
		if _, err := New(); err != nil {
			b.Fatal(err)
		}
	}
}
