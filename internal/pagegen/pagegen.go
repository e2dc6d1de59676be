// Package pagegen writes large synthetic news pages for the page-path
// benchmarks and for measuring `claimwire extract` on big inputs, so that
// no multi-megabyte file has to be committed.
package pagegen

import (
	"fmt"
	"strings"
)

var sentences = []string{
	"Investigators at the national cyber agency said the intrusion began with a phishing message sent to finance staff",
	"The group, which researchers track under several names, reused servers seen in an earlier campaign against ministries",
	"Officials declined to say how much data left the network before the breach was contained",
	"A spokesperson for the company said its customers had been informed and that no payment systems were affected",
	"Analysts noted that the malware shared code with tools attributed to the same operators two years earlier",
	"The government summoned the ambassador and announced sanctions against three individuals",
	"Les enquêteurs estiment que les attaquants ont eu accès au réseau pendant plusieurs semaines avant d'être repérés",
	"Le ministère a indiqué que les systèmes touchés avaient été isolés et que l'enquête se poursuivait",
}

// Page returns an HTML page of about size bytes (never less than one
// article): a header and navigation, an <article> whose numbered
// paragraphs fill most of the size, a sidebar of links and a comment
// section, as on a real news site. Paragraphs differ, so de-duplication
// does not shrink the text.
func Page(size int) []byte {
	var b strings.Builder
	b.Grow(size + 4096)
	b.WriteString(`<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Breach at the port authority</title>` +
		`<meta property="article:published_time" content="2023-03-14T09:00:00Z"></head><body>` +
		`<header><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/tech">Tech</a></li></ul></nav></header>` +
		`<main><article><h1>Breach at the port authority</h1><p class="byline">By A. Writer</p>`)
	body := size * 8 / 10
	for i := 0; b.Len() < body || i < 4; i++ {
		if i%12 == 0 {
			fmt.Fprintf(&b, "<h2>Section %d</h2>", i/12+1)
		}
		fmt.Fprintf(&b, "<p>%s (paragraph %d). %s, according to document %d. <a href=\"/ref/%d\">Source</a>.</p>\n",
			sentences[i%len(sentences)], i, sentences[(i*3+1)%len(sentences)], i*7, i)
	}
	b.WriteString(`</article><aside><h3>Most read</h3><ul>`)
	for i := 0; b.Len() < size*9/10; i++ {
		fmt.Fprintf(&b, "<li><a href=\"/story/%d\">Story number %d about something else</a></li>\n", i, i)
	}
	b.WriteString(`</ul></aside><section class="comments">`)
	for i := 0; b.Len() < size; i++ {
		fmt.Fprintf(&b, "<div class=\"comment\"><span class=\"user\">reader%d</span><p>Comment %d: interesting, thanks.</p></div>\n", i, i)
	}
	b.WriteString(`</section></main><footer><p>© News site</p></footer></body></html>`)
	return []byte(b.String())
}
