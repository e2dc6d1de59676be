package normalizer

import (
	"sync"

	"github.com/claimwire/claimwire/claim"
)

// The Normalizer of the embedded tables alone is built once, when the
// tables change, and committed as Go data in tables_gen.go: its big
// pointer-free arrays (meanings, tries, name strings, word filters) are
// then static data the program maps from its file, touched page by page
// as Find reads them, instead of ~7 MB allocated and ~1,800 pages
// faulted in by every process that extracts (issue 11). New uses it when
// there are no extra files; TestCompiledTablesUpToDate checks it equals
// the Normalizer the tables build (go generate rewrites it: generate.go).

// centity is an entity of tables_gen.go: its names are
// compiledNames[names:namesEnd] and, when hasIDs, its IDs the
// compiledIDs rows naming it.
type centity struct {
	name, kind, country string
	names, namesEnd     uint32
	hasIDs              bool
}

// cid is one entry of an entity's IDs map.
type cid struct {
	ent        int32
	key, value string
}

// ctrie is a trie of tables_gen.go, its slices over static arrays.
type ctrie struct {
	root   *[256]int32
	nodes  []trieNode
	labels []byte
	dense  [][256]int32
}

func (c ctrie) trie() *trie {
	return &trie{root: *c.root, nodes: c.nodes, labels: c.labels, dense: c.dense}
}

// compiled returns the Normalizer of the embedded tables from
// tables_gen.go. Only the entities (their IDs maps) and the small maps
// are allocated; the rest points into static data.
func compiled() *Normalizer {
	n := &Normalizer{
		tgtStart: compiledTgtStart[:],
		tgts:     compiledTgts[:],
		blob:     compiledBlob,
		nameBlob: compiledNameBlob,
		trie:     compiledTrie.trie(),
	}
	compiledSmall(n)
	n.ents = make([]entity, len(compiledEnts))
	for i, c := range compiledEnts {
		e := &n.ents[i]
		e.Name, e.Kind, e.Country = c.name, claim.Kind(c.kind), c.country
		e.names = compiledNames[c.names:c.namesEnd:c.namesEnd]
		if c.hasIDs {
			e.IDs = map[string]string{}
		}
	}
	for _, id := range compiledIDs {
		n.ents[id.ent].IDs[id.key] = id.value
	}
	n.prefixTries = make([]*trie, len(compiledPrefixTries))
	for i, c := range compiledPrefixTries {
		n.prefixTries[i] = c.trie()
	}
	n.firstWords = make([]*wordFilter, len(compiledFirstWords))
	n.soloWords = make([]*wordFilter, len(compiledSoloWords))
	n.pairWords = make([]*wordFilter, len(compiledPairWords))
	for i := range compiledFirstWords {
		n.firstWords[i], n.soloWords[i], n.pairWords[i] = &compiledFirstWords[i], &compiledSoloWords[i], &compiledPairWords[i]
	}
	n.countryNames = map[string]*sync.Map{"en": {}}
	for _, l := range n.langs {
		n.countryNames[l] = &sync.Map{}
	}
	n.pool.New = newFolded
	return n
}
