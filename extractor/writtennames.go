package extractor

import (
	_ "embed"
	"slices"
	"strings"

	"github.com/claimwire/claimwire/claim"
)

//go:embed commongroups.txt
var commonGroupsFile string

// commonGroups reads commongroups.txt: one table name a line, # comments.
func commonGroups() map[string]bool {
	out := map[string]bool{}
	for line := range strings.Lines(commonGroupsFile) {
		if line = strings.TrimSpace(line); line != "" && !strings.HasPrefix(line, "#") {
			out[line] = true
		}
	}
	return out
}

// writtenNames reports a group outside the common names (commongroups.txt)
// by a name the article writes: an APT number when it writes one
// ("Transparent Tribe, also known as APT36"), else the name it writes most
// often ("Blind Eagle" over "APT-C-36", "OceanLotus" for the table's APT32,
// "Sharp Dragon" for its SharpPanda), the table's own name on a tie
// ("Mustang Panda, also tracked as Stately Taurus"), else the first. The
// tables' choice among a small group's vendor names is arbitrary; the
// article's is the one its readers know.
func (z *analyzer) writtenNames() {
	var done []string // the names given: each group is named once, from all its mentions
	for k := range z.ms {
		m := &z.ms[k]
		if m.Entity.Kind != claim.KindGroup || len(m.Entity.Candidates) > 0 || z.x.common[m.Entity.Name] || slices.Contains(done, m.Entity.Name) {
			continue
		}
		name := m.Entity.Name
		// the table's name, counted where written even when it is no
		// mention of its own (a common word the table keeps from matching)
		best, bestN := name, wordCount(z.text, name)
		apt := bestN > 0 && aptNumber(name)
		for p := k; p < len(z.ms); p++ {
			q := &z.ms[p]
			if q.Entity.Name != name || q.Entity.Kind != claim.KindGroup || strings.EqualFold(q.Text, name) {
				continue
			}
			isAPT := aptNumber(q.Text)
			if apt && !isAPT {
				continue
			}
			n := 0
			for r := range z.ms {
				if o := &z.ms[r]; o.Entity.Name == name && strings.EqualFold(o.Text, q.Text) {
					n++
				}
			}
			if isAPT && !apt || n > bestN {
				best, bestN, apt = q.Text, n, isAPT
			}
		}
		done = append(done, best)
		if best == name {
			continue
		}
		for p := k; p < len(z.ms); p++ {
			if q := &z.ms[p]; q.Entity.Name == name && q.Entity.Kind == claim.KindGroup {
				q.Entity.Name = best
			}
		}
	}
}

// wordCount counts name in text as written, letter case included, between
// word boundaries.
func wordCount(text, name string) int {
	n := 0
	for i := 0; name != ""; {
		j := strings.Index(text[i:], name)
		if j < 0 {
			break
		}
		a, b := i+j, i+j+len(name)
		if (a == 0 || !wordByte(text[a-1])) && (b == len(text) || !wordByte(text[b])) {
			n++
		}
		i = b
	}
	return n
}

func wordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80
}

// aptNumber reports a Mandiant APT number ("APT36", "APT 36"), the name
// writers and annotators prefer among a group's vendor names.
func aptNumber(s string) bool {
	rest, ok := strings.CutPrefix(s, "APT")
	rest = strings.TrimPrefix(rest, " ")
	if !ok || rest == "" {
		return false
	}
	for _, r := range rest {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}
