// Package precision turns analysts' review decisions into per-field
// precision figures — how often the accuser, accused, victims, claim date
// and attack period the extractor reported were right — by language and by
// source, with the number of reviewed values behind each figure. It depends
// on the standard library and package claim only.
package precision

import (
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/claimwire/claimwire/claim"
)

// Fields measured, in table order.
var Fields = []string{FieldAccuser, FieldAccused, FieldVictims, FieldClaimDate, FieldPeriod}

// Field names.
const (
	FieldAccuser   = "accuser"
	FieldAccused   = "accused"
	FieldVictims   = "victims"
	FieldClaimDate = "claim_date"
	FieldPeriod    = "period"
)

// Reviewed is one claim as extracted and its decision history, oldest first.
type Reviewed struct {
	Claim     claim.Claim
	Decisions []claim.Decision
}

// Figure is the precision of one field within one slice of the claims.
type Figure struct {
	Correct int
	Total   int
}

// Precision is Correct/Total, or 0 with nothing reviewed.
func (f Figure) Precision() float64 {
	if f.Total == 0 {
		return 0
	}
	return float64(f.Correct) / float64(f.Total)
}

// Row is every field's figure for one slice: By is "all", "lang" or
// "source", Value the language or source ("" for all).
type Row struct {
	By      string
	Value   string
	Figures map[string]Figure
}

// Verdicts says, for one reviewed claim, which of the fields it reported
// were right. A field the claim left empty (no accuser found, no victims, no
// date, no period) is not counted: precision is about what was reported.
// The rules, over the whole history:
//   - a field that any edit changed counts against that field;
//   - a claim whose latest decision is a rejection counts against every
//     field it reported that no edit fixed (a rejected claim credits none);
//   - otherwise (accepted, or edited) every unchanged field counts for it.
//
// ok is false for a claim with no decision (not reviewed: not counted).
func Verdicts(r Reviewed) (v map[string]bool, ok bool) {
	if len(r.Decisions) == 0 {
		return nil, false
	}
	orig := values(&r.Claim)
	v = map[string]bool{}
	for f, val := range orig {
		if val != "" {
			v[f] = true
		}
	}
	for _, d := range r.Decisions {
		if d.Action != claim.ActionEdit {
			continue
		}
		if d.Edited != nil {
			for f, val := range values(d.Edited) {
				if _, reported := v[f]; reported && val != orig[f] {
					v[f] = false
				}
			}
		} else if f := fieldOf(d.Field); f != "" {
			if _, reported := v[f]; reported {
				v[f] = false
			}
		}
	}
	if r.Decisions[len(r.Decisions)-1].Action == claim.ActionReject {
		for f := range v {
			v[f] = false
		}
	}
	return v, true
}

// fieldOf maps the review page's edit field names to the measured fields.
func fieldOf(f string) string {
	switch f {
	case "accuser", "accused", "victims", "claim_date":
		return f
	case "attack_start", "attack_end", "period", "attack_period":
		return FieldPeriod
	}
	return ""
}

// values is each measured field of c as a comparable string.
func values(c *claim.Claim) map[string]string {
	ent := func(e *claim.Entity) string {
		if e == nil {
			return ""
		}
		return e.Key()
	}
	var vs []string
	for _, e := range c.Victims {
		if e.Kind == claim.KindState && e.Country != "" {
			vs = append(vs, "state:"+e.Country)
		} else {
			vs = append(vs, e.Key())
		}
	}
	sort.Strings(vs)
	p := ""
	if !c.AttackPeriod.IsZero() {
		p = string(c.AttackPeriod.Start) + ".." + string(c.AttackPeriod.End)
	}
	return map[string]string{
		FieldAccuser: ent(c.Accuser), FieldAccused: ent(c.Accused),
		FieldVictims: strings.Join(vs, ","), FieldClaimDate: string(c.ClaimDate), FieldPeriod: p,
	}
}

// Compute returns the precision table: one row for all reviewed claims,
// then one per language and one per source (sorted by value).
func Compute(rs []Reviewed) []Row {
	type key struct{ by, value string }
	acc := map[key]map[string]Figure{}
	add := func(k key, v map[string]bool) {
		m := acc[k]
		if m == nil {
			m = map[string]Figure{}
			acc[k] = m
		}
		for f, ok := range v {
			fig := m[f]
			fig.Total++
			if ok {
				fig.Correct++
			}
			m[f] = fig
		}
	}
	for _, r := range rs {
		v, ok := Verdicts(r)
		if !ok {
			continue
		}
		lang, src := r.Claim.Article.Lang, r.Claim.Article.Source
		if lang == "" {
			lang = "und"
		}
		if src == "" {
			src = "(unknown)"
		}
		add(key{"all", ""}, v)
		add(key{"lang", lang}, v)
		add(key{"source", src}, v)
	}
	rank := map[string]int{"all": 0, "lang": 1, "source": 2}
	var out []Row
	for k, m := range acc {
		out = append(out, Row{By: k.by, Value: k.value, Figures: m})
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].By != out[j].By {
			return rank[out[i].By] < rank[out[j].By]
		}
		return out[i].Value < out[j].Value
	})
	return out
}

// Write prints rows as an aligned text table: each cell is the precision
// and, in brackets, the number of reviewed values behind it ("-" when none).
func Write(w io.Writer, rows []Row) error {
	if len(rows) == 0 {
		_, err := fmt.Fprintln(w, "no reviewed claims")
		return err
	}
	if _, err := fmt.Fprintf(w, "%-8s %-20s", "by", "value"); err != nil {
		return err
	}
	for _, f := range Fields {
		fmt.Fprintf(w, " %13s", f)
	}
	fmt.Fprintln(w)
	for _, r := range rows {
		fmt.Fprintf(w, "%-8s %-20s", r.By, r.Value)
		for _, f := range Fields {
			fig := r.Figures[f]
			cell := "-"
			if fig.Total > 0 {
				cell = fmt.Sprintf("%.2f (%d)", fig.Precision(), fig.Total)
			}
			fmt.Fprintf(w, " %13s", cell)
		}
		if _, err := fmt.Fprintln(w); err != nil {
			return err
		}
	}
	return nil
}
