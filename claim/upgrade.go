package claim

import "encoding/json"

// UpgradeV1 turns a claim/v1 in place into a claim/v2: Evidences becomes
// [Evidence]. The id is kept as it was: decisions and sink rows refer to
// it, and recomputing it could fold two stored v1 claims into one row
// without merging their evidence. Re-extracting the article (replay from
// the articles stream) gives the v2 ids. Other schemas are left alone.
func UpgradeV1(c *Claim) {
	if c.Schema != SchemaClaimV1 {
		return
	}
	c.Schema = SchemaClaim
	if len(c.Evidences) == 0 {
		c.Evidences = []Evidence{c.Evidence}
	}
}

// UnmarshalJSON decodes a claim of either schema version; a claim/v1 is
// upgraded (UpgradeV1), so every reader — JSONL files, the claims stream,
// SQL rows kept as JSON — sees claim/v2 only.
func (c *Claim) UnmarshalJSON(b []byte) error {
	type plain Claim // no methods: no recursion
	var p plain
	if err := json.Unmarshal(b, &p); err != nil {
		return err
	}
	*c = Claim(p)
	UpgradeV1(c)
	return nil
}

// Spans returns every evidence span of the claim: Evidences, or the single
// Evidence of a claim built without them.
func (c *Claim) Spans() []Evidence {
	if len(c.Evidences) > 0 {
		return c.Evidences
	}
	return []Evidence{c.Evidence}
}
