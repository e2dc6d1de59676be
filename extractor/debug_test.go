package extractor

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/claimwire/claimwire/claim"
)

// TestDebugDump prints the per-sentence analysis of the file named by
// CLAIMWIRE_DEBUG_FILE (with CLAIMWIRE_DEBUG_LANG); it is a tool for
// lexicon work and skips otherwise.
func TestDebugDump(t *testing.T) {
	path := os.Getenv("CLAIMWIRE_DEBUG_FILE")
	if path == "" {
		t.Skip("set CLAIMWIRE_DEBUG_FILE to dump an analysis")
	}
	body, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	x := newTestExtractor(t)
	a := &claim.Article{Schema: claim.SchemaArticle, URL: "file://x", Text: string(body), Lang: os.Getenv("CLAIMWIRE_DEBUG_LANG")}
	lx := x.lexiconFor(a)
	z := &analyzer{x: x, lx: lx, text: a.Text}
	z.toks = tokenize(a.Text, 0, len(a.Text))
	z.mapMentions(x.norm.Find(a.Text, lx.lang))
	z.tokMent = make([]int, len(z.toks))
	for i := range z.tokMent {
		z.tokMent[i] = -1
	}
	for k := range z.ms {
		for i := z.ms[k].t0; i < z.ms[k].t1; i++ {
			z.tokMent[i] = k
		}
	}
	ti := 0
	for si, sp := range segment(a.Text, lx) {
		for ti < len(z.toks) && z.toks[ti].start < sp.start {
			ti++
		}
		tj := ti
		for tj < len(z.toks) && z.toks[tj].end <= sp.end {
			tj++
		}
		s := z.analyze(sp, ti, tj)
		fmt.Printf("\n#%d p%d q%v/%v %q\n", si, sp.para, sp.inQuote, sp.openQuote, a.Text[sp.start:sp.end])
		for _, k := range s.ms {
			m := z.ms[k]
			fmt.Printf("   M %q %s/%s/%s prep=%q dem=%v inst=%v tie=%v att=%v vic=%v comp=%v pp=%v loc=%v neg=%v abs=%v\n", m.Text, m.Entity.Kind, m.Entity.Country, m.Entity.Name, m.Prep, m.demonym, m.instHead, m.tie, m.attacker, m.victimHead, m.companyHead, m.pp, m.loc, m.neg, m.absorbed)
		}
		var ms []string
		for _, mt := range s.matches {
			ms = append(ms, fmt.Sprintf("%d:%q", mt.cat, a.Text[z.toks[mt.i].start:z.toks[mt.j-1].end]))
		}
		fmt.Printf("   matches %s\n", strings.Join(ms, " "))
		name := func(ks []int) []string {
			var o []string
			for _, k := range ks {
				o = append(o, z.ms[k].Text)
			}
			return o
		}
		fmt.Printf("   S=%v A=%v V=%v deniers=%v ana=%v/%d pron=%v strong=%v person=%v objPron=%v subjPron=%v hedge=%q hab=%v cyber=%v\n",
			name(s.speakers), name(s.accused), name(s.victims), name(s.deniers), s.hasAnaphor, s.anaphor, s.pronoun, s.strong, s.personSubj, s.objPron, s.subjPron, s.hedge, s.habitual, s.cyber)
	}
}
