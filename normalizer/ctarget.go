package normalizer

import "math"

// ctarget is a target as Find reads it: no pointers, so the slice of all
// of them sits in a span the garbage collector never scans. With strings
// in it, ~10k meanings cost a scan of ~30k pointers every cycle, a few
// hundred articles apart (issue 11).
type ctarget struct {
	ent   int32  // as target.ent
	off   uint32 // orig is blob[off : off+n]
	n     uint32
	layer int16  // as target.layer
	lang  uint16 // index into Normalizer.tlangs; 0 is ""
	form  uint16 // index into Normalizer.tforms; 0 is ""
	mode  byte
}

// compactTargets flattens the meanings of the sorted keys, key i's being
// tgts[tgtStart[i]:tgtStart[i+1]] in their builder order.
func (n *Normalizer) compactTargets(b *builder, sorted []string) {
	total := 0
	for _, k := range sorted {
		total += len(b.keys[k].targets)
	}
	n.tgtStart = make([]uint32, 0, len(sorted)+1)
	n.tgts = make([]ctarget, 0, total)
	n.tlangs = []string{""}
	n.tforms = []Form{""}
	langIdx := map[string]uint16{"": 0}
	formIdx := map[Form]uint16{"": 0}
	origOff := map[string]uint32{}
	var blob []byte
	index := func(m map[string]uint16, s string, list *[]string) uint16 {
		if i, ok := m[s]; ok {
			return i
		}
		i := uint16(len(*list))
		m[s] = i
		*list = append(*list, s)
		return i
	}
	for _, k := range sorted {
		n.tgtStart = append(n.tgtStart, uint32(len(n.tgts)))
		for _, t := range b.keys[k].targets {
			off, ok := origOff[t.orig]
			if !ok {
				off = uint32(len(blob))
				origOff[t.orig] = off
				blob = append(blob, t.orig...)
			}
			f, ok := formIdx[t.form]
			if !ok {
				f = uint16(len(n.tforms))
				formIdx[t.form] = f
				n.tforms = append(n.tforms, t.form)
			}
			if t.layer < math.MinInt16 || t.layer > math.MaxInt16 || len(n.tlangs) >= math.MaxUint16 {
				panic("normalizer: table layer or language count out of range")
			}
			n.tgts = append(n.tgts, ctarget{
				ent: t.ent, off: off, n: uint32(len(t.orig)), layer: int16(t.layer),
				lang: index(langIdx, t.lang, &n.tlangs), form: f, mode: t.mode,
			})
		}
	}
	n.tgtStart = append(n.tgtStart, uint32(len(n.tgts)))
	n.blob = string(blob)
}

// targetsOf returns the meanings of key.
func (n *Normalizer) targetsOf(key int32) []ctarget {
	return n.tgts[n.tgtStart[key]:n.tgtStart[key+1]]
}

// origOf is t's name as written in the data.
func (n *Normalizer) origOf(t *ctarget) string {
	return n.blob[t.off : t.off+t.n]
}

// nameBlob collects the strings of nameRefs, each distinct one once.
type nameBlob struct {
	b    []byte
	offs map[string]uint32
}

func newNameBlob() *nameBlob { return &nameBlob{offs: map[string]uint32{}} }

func (nb *nameBlob) add(s string) uint32 {
	off, ok := nb.offs[s]
	if !ok {
		off = uint32(len(nb.b))
		nb.offs[s] = off
		nb.b = append(nb.b, s...)
	}
	return off
}

func (nb *nameBlob) ref(folded, text string) nameRef {
	return nameRef{fOff: nb.add(folded), fLen: uint32(len(folded)), tOff: nb.add(text), tLen: uint32(len(text))}
}

// suggestName returns the strings r refers to.
func (n *Normalizer) suggestName(r nameRef) suggestName {
	return suggestName{folded: n.nameBlob[r.fOff : r.fOff+r.fLen], text: n.nameBlob[r.tOff : r.tOff+r.tLen]}
}
