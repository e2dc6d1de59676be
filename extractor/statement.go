package extractor

import (
	"cmp"
	"maps"
	"slices"

	"github.com/claimwire/claimwire/claim"
	"github.com/claimwire/claimwire/events"
)

// statements folds the per-sentence claims of one article into one claim per
// statement: (article, accuser, accused, stance) once, the way analysts
// count them. It is the last step of Extract and replaces the old dedupe of
// equal ids. The merged claim keeps:
//
//   - Evidence: the first sentence in text order; Evidences: every sentence,
//     in text order, each with its offsets (a sentence reached twice once);
//   - Victims: the union, in order of first mention;
//   - AttackPeriod: the widest span found — the earliest start and the
//     latest end over the sentences (an end given as a year runs to that
//     year's end); a sentence without a period adds nothing;
//   - ClaimDate: one date — the earliest among the dates of the highest
//     precision found (a day beats a bare year, which is usually the
//     publication-date fallback or a vaguer mention);
//   - Confidence: the strongest; Hedge: that of the most confident sentence
//     (the first one on a tie), so an outright statement is not reported as
//     hedged because a later sentence repeats it with "likely".
//
// fingerprint (the article's MinHash, see events.Fingerprint) is set on every
// claim's ArticleRef so the event builder can count wire copies once.
func statements(cs []claim.Claim, fingerprint string) []claim.Claim {
	slices.SortStableFunc(cs, byEvidenceStart)
	// one statement per (accuser, accused, stance) by key: each claim is
	// compared with the first claim of each statement so far (a scan of a
	// few, not a map of built keys), and the statements are counted first
	// so that the returned slice is allocated once (issue 11)
	// stmt, firsts and evOff are only read here: on the stack for the
	// claims of most articles (they were three allocations each, issue 11)
	var stmtBuf, firstsBuf [64]int
	var offBuf [130]int
	stmt := stmtBuf[:0] // the statement of each claim, in order of first claim
	if len(cs) > len(stmtBuf) {
		stmt = make([]int, 0, len(cs))
	}
	stmt = stmt[:len(cs)]
	firsts := firstsBuf[:0]
	for i := range cs {
		c := &cs[i]
		stmt[i] = -1
		for n, f := range firsts {
			if o := &cs[f]; o.Stance == c.Stance && keyEqualPtr(o.Accuser, c.Accuser) && keyEqualPtr(o.Accused, c.Accused) {
				stmt[i] = n
				break
			}
		}
		if stmt[i] < 0 {
			stmt[i] = len(firsts)
			firsts = append(firsts, i)
		}
	}
	// the statements' evidences and victims in one slab each: statement
	// n's part holds at most the spans and victims of its claims (the
	// merge skips repeats), and is capped so that an append by a caller
	// copies rather than writes into the next statement's part
	evOff := offBuf[:0] // evidences' ends, then victims'
	if 2*len(firsts)+2 > len(offBuf) {
		evOff = make([]int, 0, 2*len(firsts)+2)
	}
	evOff = evOff[:2*len(firsts)+2]
	vOff := evOff[len(firsts)+1:]
	for i := range cs {
		evOff[stmt[i]+1] += max(1, len(cs[i].Evidences)) // len(Spans())
		vOff[stmt[i]+1] += len(cs[i].Victims)
	}
	for n := range firsts {
		evOff[n+1] += evOff[n]
		vOff[n+1] += vOff[n]
	}
	evSlab := make([]claim.Evidence, evOff[len(firsts)])
	vSlab := make([]claim.Entity, vOff[len(firsts)]) // not nil when empty: "victims": []
	out := make([]claim.Claim, 0, len(firsts))
	// the accusers and accused of the returned claims, copied: build cut
	// them from the pool's arena (entSlab), emptied after the article
	ents := make([]claim.Entity, 0, 2*len(firsts))
	own := func(e *claim.Entity) *claim.Entity {
		if e == nil {
			return nil
		}
		ents = append(ents, *e)
		return &ents[len(ents)-1]
	}
	for i, c := range cs {
		if n := stmt[i]; n == len(out) { // the statement's first claim
			c.Evidences = append(evSlab[evOff[n]:evOff[n]:evOff[n+1]], c.Spans()...)
			c.Victims = append(vSlab[vOff[n]:vOff[n]:vOff[n+1]], c.Victims...)
			out = append(out, c)
			continue
		}
		mergeStatement(&out[stmt[i]], &c)
	}
	for i := range out {
		c := &out[i]
		slices.SortStableFunc(c.Evidences, func(a, b claim.Evidence) int { return cmp.Compare(a.Start, b.Start) })
		c.Evidence = c.Evidences[0]
		c.Accuser, c.Accused = own(c.Accuser), own(c.Accused)
		c.Article.Fingerprint = fingerprint
		c.Schema = claim.SchemaClaim
		c.ID = claim.ComputeID(c)
		// the entities came from normalizer.AppendFind, whose IDs maps
		// are the tables': the caller gets its own. Accuser and Accused
		// point to the copies in ents, so they are changed in place.
		if c.Accuser != nil {
			ownIDs(c.Accuser)
		}
		if c.Accused != nil {
			ownIDs(c.Accused)
		}
		for k := range c.Victims {
			ownIDs(&c.Victims[k])
		}
	}
	return out
}

// ownIDs gives e its own IDs maps, its candidates' included (in a slice of
// its own: claims of one mention share its candidates).
func ownIDs(e *claim.Entity) {
	if !hasIDs(e) {
		return
	}
	e.IDs = maps.Clone(e.IDs)
	if len(e.Candidates) > 0 {
		e.Candidates = slices.Clone(e.Candidates)
		for i := range e.Candidates {
			e.Candidates[i].IDs = maps.Clone(e.Candidates[i].IDs)
		}
	}
}

func hasIDs(e *claim.Entity) bool {
	if e.IDs != nil {
		return true
	}
	for i := range e.Candidates {
		if e.Candidates[i].IDs != nil {
			return true
		}
	}
	return false
}

// byEvidenceStart orders claims by the start of their evidence (stable
// sorts keep the order of claims of one sentence).
func byEvidenceStart(a, b claim.Claim) int { return cmp.Compare(a.Evidence.Start, b.Evidence.Start) }

func mergeStatement(dst, src *claim.Claim) {
	for _, ev := range src.Spans() {
		dup := false
		for _, have := range dst.Evidences {
			if have.Start == ev.Start && have.End == ev.End {
				dup = true
				break
			}
		}
		if !dup {
			dst.Evidences = append(dst.Evidences, ev)
		}
	}
	for _, v := range src.Victims {
		dup := false
		for _, have := range dst.Victims {
			if keyEqual(have, v) {
				dup = true
				break
			}
		}
		if !dup {
			dst.Victims = append(dst.Victims, v)
		}
	}
	dst.AttackPeriod = widest(dst.AttackPeriod, src.AttackPeriod)
	dst.ClaimDate = statementDate(dst.ClaimDate, src.ClaimDate, dst.Article.Published)
	if src.Confidence > dst.Confidence {
		dst.Confidence, dst.Hedge = src.Confidence, src.Hedge
	}
}

// widest returns the period from the earliest start to the latest end of a
// and b; either may be nil or open at one end.
func widest(a, b *claim.Period) *claim.Period {
	if b.IsZero() {
		return a
	}
	if a.IsZero() {
		p := *b
		return &p
	}
	p := *a
	if b.Start != "" && (p.Start == "" || b.Start < p.Start) {
		p.Start = b.Start // "2023" < "2023-05": the coarser start reaches earlier
	}
	if b.End != "" && (p.End == "" || endKey(b.End) > endKey(p.End)) {
		p.End = b.End
	}
	return &p
}

// endKey orders period ends by the last day they cover: "2023" runs to the
// end of 2023, after "2023-11-30".
func endKey(d claim.Date) string {
	switch d.Precision() {
	case claim.PrecisionYear:
		return string(d) + "-99-99"
	case claim.PrecisionMonth:
		return string(d) + "-99"
	}
	return string(d)
}

// statementDate is the claim date of one statement read from two
// sentences: a date the text names ("late last month") beats the
// publication date a sentence fell back to, whatever their precisions;
// otherwise earlierClaimDate.
func statementDate(a, b, published claim.Date) claim.Date {
	switch {
	case published == "" || a == b:
	case a == published && b.Valid():
		return b
	case b == published && a.Valid():
		return a
	}
	return earlierClaimDate(a, b)
}

func earlierClaimDate(a, b claim.Date) claim.Date {
	switch {
	case !b.Valid():
		return a
	case !a.Valid():
		return b
	case b.Precision() != a.Precision():
		if b.Precision() > a.Precision() {
			return b
		}
		return a
	case b < a:
		return b
	}
	return a
}

// articleFingerprint is computed once per article with claims.
func articleFingerprint(a *claim.Article) string { return events.Fingerprint(a.Text) }
