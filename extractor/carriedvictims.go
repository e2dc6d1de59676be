package extractor

import (
	"github.com/claimwire/claimwire/claim"
	"github.com/claimwire/claimwire/extractor/model"
)

// victimRead is one victim decision of the gate: the claim, the country,
// whether the candidate was read in a sentence (Source set) or carried
// from another claim of the frame, and whether the model kept it.
type victimRead struct {
	claim   int
	cc      string
	carried bool
	kept    bool
}

// readVictim appends the gate's decision on victim candidate v of claim ci.
func readVictim(rs []victimRead, ci int, v Candidate) []victimRead {
	if v.Role != model.RoleVictim || v.Victim == nil || v.Victim.Country == "" {
		return rs
	}
	return append(rs, victimRead{claim: ci, cc: v.Victim.Country, carried: v.Source == nil, kept: v.Kept})
}

// dropUnreadCarried takes from the claims the victims they only carried
// (shared by another claim of the frame, named in none of their own
// sentences) when the model rejected that country in every sentence that
// names it: the carried copy has lost what made the model reject it there
// (the accuser's own organ "Britain's NCSC said", a place of arrest, the
// accused's side « l'État russe »). A country read and kept in some
// sentence, or never read, keeps its carried copies. cands, when traced,
// get the decision too.
func dropUnreadCarried(victims [][]claim.Entity, rs []victimRead, cands []Candidate) {
	for _, r := range rs {
		if !r.carried || !r.kept || !rejectedWhereRead(rs, r.cc) {
			continue
		}
		vs := victims[r.claim]
		w := vs[:0]
		for _, v := range vs {
			if v.Country != r.cc {
				w = append(w, v)
			}
		}
		victims[r.claim] = w
		for i := range cands {
			if c := &cands[i]; c.Role == model.RoleVictim && c.Claim == r.claim && c.Source == nil && c.Victim != nil && c.Victim.Country == r.cc {
				c.Kept = false
			}
		}
	}
}

// rejectedWhereRead reports that country cc was read in a sentence by some
// claim's candidate and kept by none of those read in a sentence.
func rejectedWhereRead(rs []victimRead, cc string) bool {
	read := false
	for _, r := range rs {
		if !sameString(r.cc, cc) || r.carried {
			continue
		}
		if r.kept {
			return false
		}
		read = true
	}
	return read
}
