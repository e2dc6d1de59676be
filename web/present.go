package web

// How a claim is shown: actor labels with kind badges and MITRE links, the
// headline (accusation or denial), the actors highlighted inside the
// evidence sentence, and the sentences around it.
//
// Highlighting never builds HTML from strings: the sentence is cut into
// spans of plain text with a role, and html/template escapes each span as
// it writes it (see spans in list.html and claim.html).

import (
	"net/url"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/claimwire/claimwire/claim"
)

// entityView is an actor as a row or a headline shows it.
type entityView struct {
	Label   string // "China (CN)", "APT28 · RU", "—"
	Kind    string // claim.Kind, "" when unknown
	MITRE   string // ATT&CK group page, "" without a group id
	MITREID string
}

var mitreGroupRE = lazyRE(`^G[0-9]{4}$`)

// mitreURL is the ATT&CK page of a group id ("G0007"), "" for anything else
// (an id from the data is checked before it becomes a link).
func mitreURL(id string) string {
	if !mitreGroupRE().MatchString(id) {
		return ""
	}
	return "https://attack.mitre.org/groups/" + url.PathEscape(id) + "/"
}

func (s *Server) entityView(e *claim.Entity) entityView {
	ev := entityView{Label: s.entityLabel(e)}
	if e == nil {
		return ev
	}
	if e.Kind != claim.KindUnknown {
		ev.Kind = string(e.Kind)
	}
	if e.Kind == claim.KindGroup {
		if u := mitreURL(e.IDs["mitre"]); u != "" {
			ev.MITRE, ev.MITREID = u, e.IDs["mitre"]
		}
	}
	return ev
}

// headline says who claims what: "NCSC → China" for an accusation; for a
// denial, the denier first ("China denies the accusation by NCSC").
type headline struct {
	Denial  bool
	Accuser entityView
	Accused entityView
}

func (s *Server) headlineOf(c *claim.Claim) headline {
	return headline{Denial: c.Stance == claim.StanceDenial, Accuser: s.entityView(c.Accuser), Accused: s.entityView(c.Accused)}
}

// span is a piece of the evidence sentence; Role is "" for plain text, else
// accuser, accused or victim.
type span struct {
	Text, Role string
}

// highlight cuts sentence into spans marking where the accuser, the accused
// and the victims are named (by the words the article used, else by the
// canonical name), leftmost-longest, never overlapping.
func highlight(sentence string, c *claim.Claim) []span {
	type needle struct{ text, role string }
	var needles []needle
	add := func(e *claim.Entity, role string) {
		if e == nil {
			return
		}
		for _, t := range []string{e.Text, e.Name} {
			if t = strings.TrimSpace(t); utf8.RuneCountInString(t) >= 2 {
				needles = append(needles, needle{t, role})
			}
		}
	}
	add(c.Accuser, "accuser")
	add(c.Accused, "accused")
	for i := range c.Victims {
		add(&c.Victims[i], "victim")
	}
	type hit struct {
		start, end int
		role       string
	}
	var hits []hit
	lower := strings.ToLower(sentence)
	for _, n := range needles {
		// Case-insensitive when lower-casing keeps byte offsets (ASCII and
		// most Latin text); exact otherwise.
		// Short upper-case names (codes, acronyms: "DE", "US", "FBI") only
		// match as written, or "de" and "us" would light up everywhere.
		hay, pat := sentence, n.text
		acronym := utf8.RuneCountInString(n.text) <= 4 && strings.ToUpper(n.text) == n.text
		if !acronym && len(lower) == len(sentence) && len(strings.ToLower(n.text)) == len(n.text) {
			hay, pat = lower, strings.ToLower(n.text)
		}
		for from := 0; from < len(hay); {
			i := strings.Index(hay[from:], pat)
			if i < 0 {
				break
			}
			st, en := from+i, from+i+len(pat)
			if wordEdge(sentence, st, en) {
				hits = append(hits, hit{st, en, n.role})
			}
			from = en
		}
	}
	sort.Slice(hits, func(i, j int) bool {
		if hits[i].start != hits[j].start {
			return hits[i].start < hits[j].start
		}
		return hits[i].end > hits[j].end
	})
	var out []span
	pos := 0
	for _, h := range hits {
		if h.start < pos {
			continue // overlaps a longer or earlier mention
		}
		if h.start > pos {
			out = append(out, span{Text: sentence[pos:h.start]})
		}
		out = append(out, span{Text: sentence[h.start:h.end], Role: h.role})
		pos = h.end
	}
	if pos < len(sentence) || len(out) == 0 {
		out = append(out, span{Text: sentence[pos:]})
	}
	return out
}

// wordEdge reports whether s[start:end] is not part of a longer word
// ("Iran" is not highlighted inside "Iranian"… but "Iran's" is).
func wordEdge(s string, start, end int) bool {
	isWord := func(r rune) bool {
		return r == '_' || r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= 0xC0 && r != 0xD7 && r != 0xF7 && r < 0x2000
	}
	if start > 0 {
		r, _ := utf8.DecodeLastRuneInString(s[:start])
		if isWord(r) {
			return false
		}
	}
	if end < len(s) {
		r, _ := utf8.DecodeRuneInString(s[end:])
		if isWord(r) {
			return false
		}
	}
	return true
}

// truncateSpans keeps the first n bytes of text across spans, cutting on a
// rune boundary and adding "…" when anything was dropped.
func truncateSpans(sp []span, n int) []span {
	var out []span
	left := n
	for i, x := range sp {
		if len(x.Text) <= left {
			out = append(out, x)
			left -= len(x.Text)
			continue
		}
		x.Text = truncate(x.Text, left)
		out = append(out, x)
		if x.Role != "" || i < len(sp)-1 && !strings.HasSuffix(x.Text, "…") {
			out = append(out, span{Text: "…"})
		}
		return out
	}
	return out
}

// maxNeighbour bounds a neighbouring sentence shown as context.
const maxNeighbour = 600

// neighbours returns the sentence before text[start:] and the one after
// text[:end], within the same paragraph or the next one (a sentence ends
// at . ! ? … followed by a space, or at a line break).
func neighbours(text string, start, end int) (prev, next string) {
	if start < 0 || end > len(text) || start > end {
		return "", ""
	}
	// prev: back over spaces, then to the boundary before that sentence.
	i := start
	for i > 0 && isSpaceByte(text[i-1]) {
		i--
	}
	j := i - 2 // text[i-1] ends the previous sentence itself
	for j > 0 && !sentenceEndsAt(text, j) {
		j--
	}
	if i == 0 {
		j = 0
	} else if j <= 0 {
		j = 0
	} else {
		j++ // after the boundary
	}
	prev = strings.TrimSpace(text[j:i])
	// next: forward over spaces, then to the next boundary.
	k := end
	for k < len(text) && isSpaceByte(text[k]) {
		k++
	}
	m := k
	for m < len(text) && !sentenceEndsAt(text, m) {
		m++
	}
	if m < len(text) {
		m++
	}
	next = strings.TrimSpace(text[k:min(m, len(text))])
	if len(prev) > maxNeighbour {
		cut := len(prev) - maxNeighbour
		for cut < len(prev) && !utf8.RuneStart(prev[cut]) {
			cut++
		}
		prev = "…" + prev[cut:]
	}
	return prev, truncate(next, maxNeighbour)
}

func isSpaceByte(b byte) bool { return b == ' ' || b == '\t' || b == '\n' || b == '\r' }

// sentenceEndsAt reports whether the byte at i closes a sentence: a line
// break, or . ! ? (or the last byte of …) followed by a space or the end.
func sentenceEndsAt(text string, i int) bool {
	switch text[i] {
	case '\n':
		return true
	case '.', '!', '?', 0xA6: // 0xA6 ends "…" (E2 80 A6)
		if text[i] == 0xA6 && (i < 2 || text[i-2:i+1] != "…") {
			return false
		}
		return i+1 == len(text) || isSpaceByte(text[i+1])
	}
	return false
}
