package claim

// UpgradeV1 turns a claim/v1 in place into a claim/v2: Evidences becomes
// [Evidence]. The id is kept as it was: decisions and sink rows refer to
// it, and recomputing it could fold two stored v1 claims into one row
// without merging their evidence. Re-extracting the article (replay from
// the articles stream) gives the v2 ids. Other schemas are left alone.
//
// Sinks call it on every claim they store, so whatever reaches a sink (a v1
// message still in the stream, a v1 JSONL file replayed) is stored as v2.
// There is deliberately no UnmarshalJSON doing it on decode: a method on
// Claim would be promoted to every struct embedding a Claim and silently
// drop that struct's other fields.
func UpgradeV1(c *Claim) {
	if c.Schema != SchemaClaimV1 {
		return
	}
	c.Schema = SchemaClaim
	if len(c.Evidences) == 0 {
		c.Evidences = []Evidence{c.Evidence}
	}
}

// Spans returns every evidence span of the claim: Evidences, or the single
// Evidence of a claim built without them.
func (c *Claim) Spans() []Evidence {
	if len(c.Evidences) > 0 {
		return c.Evidences
	}
	return []Evidence{c.Evidence}
}
