package normalizer

import (
	"strings"
	"testing"

	"github.com/claimwire/claimwire/claim"
)

// TestTables checks the embedded data as a whole: organs carry their
// country, every canonical name finds its own entity unambiguously, and
// the group table is as large as promised.
func TestTables(t *testing.T) {
	t.Parallel()
	n := testNormalizer(t)
	groups := 0
	for i := range n.ents {
		e := n.ents[i].Entity
		if e.Kind == claim.KindState {
			continue
		}
		if e.Kind == claim.KindGroup {
			groups++
		}
		if e.Kind == claim.KindAgency && e.Country == "" {
			t.Errorf("agency %q has no country: an organ accuses as its state", e.Name)
		}
		if e.Country != "" && n.CountryName(e.Country, "en") == "" {
			t.Errorf("%s %q: unknown country %q", e.Kind, e.Name, e.Country)
		}
		if id := e.IDs["mitre"]; id != "" && (len(id) != 5 || id[0] != 'G') {
			t.Errorf("%s: bad mitre id %q", e.Name, id)
		}
		for _, rel := range []string{"parent", "sponsor"} {
			if p := e.IDs[rel]; p != "" {
				if pe, ok := n.Resolve(p, ""); !ok || pe.Kind != claim.KindAgency || pe.Country != e.Country {
					t.Errorf("%s: %s %q is not an agency of %s (%+v)", e.Name, rel, p, e.Country, pe)
				}
			}
		}
		// the canonical name, written as it is in the table, must come back
		got, ok := n.Resolve(e.Name, "")
		if !ok {
			// names that are common words are only matched through their
			// aliases ("Royal ransomware"); they still need one
			if len(n.ents[i].names) < 2 {
				t.Errorf("%s %q cannot be found at all", e.Kind, e.Name)
			}
			continue
		}
		if len(got.Candidates) > 0 {
			t.Errorf("canonical name %q is ambiguous: %v", e.Name, names(got.Candidates))
			continue
		}
		if got.Name != e.Name || got.Kind != e.Kind {
			t.Errorf("Resolve(%q) = %s %q", e.Name, got.Kind, got.Name)
		}
	}
	if groups < 120 {
		t.Errorf("only %d groups", groups)
	}
}

func names(es []claim.Entity) string {
	var s []string
	for _, e := range es {
		s = append(s, e.Name)
	}
	return strings.Join(s, ",")
}

// TestAmbiguousAliases lists every name of the curated tables that points
// to several entities, so an addition that makes a common name ambiguous
// shows up in review. Names shared by two actors of the generated galaxy
// table are ambiguous by design (reported with candidates); they are only
// counted, so a galaxy update that makes many more shows up too.
func TestAmbiguousAliases(t *testing.T) {
	t.Parallel()
	n := testNormalizer(t)
	allowed := map[string]bool{
		"winnti": true, "hidden cobra": true, "blackfly": true, "carbon spider": true,
		"coree": true, "korea": true, "korean": true, "koreans": true, "congo": true,
	}
	galaxy := 0
	// the keys that name an entity are its names; the trie gives their
	// index (no name → key map is kept at run time: it only cost GC scans)
	keyIdx := map[string]int32{}
	for i := range n.ents {
		for _, nm := range n.entNames(i) {
			if idx := termOf(n.trie, nm.folded); idx >= 0 {
				keyIdx[nm.folded] = idx
			}
		}
	}
	for k, idx := range keyIdx {
		ids := map[int32]bool{}
		curated := false
		for _, tg := range n.targetsOf(idx) {
			if tg.ent >= 0 {
				ids[tg.ent] = true
				curated = curated || tg.layer != layerGalaxy
			}
		}
		if len(ids) > 1 && !curated {
			galaxy++
			continue
		}
		if len(ids) > 1 && !allowed[k] {
			var ns []string
			for id := range ids {
				ns = append(ns, n.ents[id].Name)
			}
			t.Errorf("name %q is ambiguous between %v", k, ns)
		}
	}
	if galaxy > 20 {
		t.Errorf("%d names shared by several galaxy actors; review internal/gengroups's merging", galaxy)
	}
	t.Logf("%d names shared by several galaxy actors", galaxy)
}

func TestSameCase(t *testing.T) {
	t.Parallel()
	tests := []struct {
		want, written string
		ok            bool
	}{
		{"US", "US", true}, {"US", "Us", false}, {"US", "us", false}, {"EU", "eu", false},
		{"Le Monde", "Le Monde", true}, {"Le Monde", "Le monde", false}, {"Le Monde", "Le\u00a0Monde", true},
		{"GReAT", "GReAT", true}, {"GReAT", "GREAT", false}, {"CNCERT/CC", "CNCERT-CC", true},
		{"U.S.", "U.S.", true}, {"U.S.", "u.s.", false},
		{"OEUVRE", "ŒUVRE", true}, {"OEUVRE", "Œuvre", false}, // ligature: counts differ
	}
	for _, tc := range tests {
		t.Run(tc.want+"/"+tc.written, func(t *testing.T) {
			if got := sameCase(tc.want, tc.written); got != tc.ok {
				t.Errorf("sameCase(%q, %q) = %v", tc.want, tc.written, got)
			}
		})
	}
}

// termOf is the term index of key s in t, or -1.
func termOf(t *trie, s string) int32 {
	if s == "" {
		return -1
	}
	node := t.root[s[0]]
	for j := 1; node >= 0 && j < len(s); j++ {
		node = t.child(node, s[j])
	}
	if node < 0 {
		return -1
	}
	return t.nodes[node].term
}
