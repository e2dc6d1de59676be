// Package model is the learned part of claimwire's extractor: one logistic
// model over named, language-neutral features that scores every candidate
// the rules propose (a claim: "this accuser accuses this accused here"; a
// victim: "this country was hit") and keeps those above a learned threshold.
//
// The weights are fitted from gold annotations by Fit (`claimwire train`),
// deterministically: the same examples give the same file byte for byte.
// Probabilities are calibrated (Platt scaling on out-of-fold scores), so a
// claim's confidence can be read as the chance that it is right.
//
// It depends on the standard library only.
package model

import (
	"bytes"
	_ "embed"
	"encoding/json"
	"errors"
	"fmt"
	"github.com/claimwire/claimwire/internal/strtab"
	"math"
	"os"
	"sort"
	"strings"
)

// FormatVersion is the version of the weights file format.
const FormatVersion = 1

// Roles a candidate can be scored for. A feature is always conjoined with
// its role ("claim|strong"), so one weight vector serves every role.
const (
	RoleClaim  = "claim"  // a claim the rules made
	RoleVictim = "victim" // a victim country of a claim
	// RoleAccused is a group or organ named near a claim that the rules did
	// not make the accused ("the group", the sponsor's unit in the next
	// sentence): a candidate for a second claim by the same accuser.
	RoleAccused = "accused"
	// RoleAccuser is another possible accuser of a claim's sentence ("X, Y
	// and Z issued statements attributing…").
	RoleAccuser = "accuser"
	// RolePeriod is an attack period for a claim, from its sentence or
	// from another sentence about the same campaign.
	RolePeriod = "period"
)

// Roles lists the roles in a fixed order.
var Roles = []string{RoleClaim, RoleVictim, RoleAccused, RoleAccuser, RolePeriod}

// ErrModel marks an unreadable or invalid weights file.
var ErrModel = errors.New("model: invalid weights")

//go:embed weights.json
var embedded []byte

// Head is what the model knows of one role beyond its weights.
type Head struct {
	// Threshold: candidates whose calibrated probability is below it are
	// dropped. Chosen on out-of-fold scores to maximise the scorer's F1.
	Threshold float64 `json:"threshold"`
	// RuleThreshold is the bar for candidates the rules proposed: at most
	// 0.5, so the model drops one only when it finds it more likely wrong
	// than right.
	RuleThreshold float64 `json:"rule_threshold"`
	// A and B calibrate a raw score s: p = 1/(1+exp(-(A*s+B))).
	A float64 `json:"a"`
	B float64 `json:"b"`
	// Examples and Positives count the training candidates of the role.
	Examples  int `json:"examples"`
	Positives int `json:"positives"`
}

// Model is a logistic model with one weight per role-conjoined feature.
type Model struct {
	Format int `json:"format"`
	// Trained describes the data (folders and a digest of the examples) so
	// the file can be reproduced with `claimwire train`.
	Trained TrainInfo          `json:"trained"`
	Heads   map[string]Head    `json:"heads"`
	Weights map[string]float64 `json:"weights"`

	// byRole splits Weights by role so scoring builds no strings; tables
	// holds the same weights for Raw, one table per role of Roles, in
	// order (nil: read byRole)
	byRole map[string]map[string]float64
	tables []*strtab.Table[float64]
	biases []float64 // each table's BiasFeature weight, read once
}

// TrainInfo records how the weights were made.
type TrainInfo struct {
	Gold     []string `json:"gold"`
	Articles int      `json:"articles"`
	Digest   string   `json:"digest"` // sha256 of the examples, in order
	// Data is a sha256 of the gold files themselves (each article's key,
	// gold JSON and text): when the folders change under a shipped file,
	// a reproduction check can tell "the data moved" from "the code moved".
	Data    string  `json:"data,omitempty"`
	Options Options `json:"options"`
}

// Default returns the embedded model.
func Default() (*Model, error) {
	return Parse(embedded, "embedded weights.json")
}

// Load reads a weights file.
func Load(path string) (*Model, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrModel, err)
	}
	return Parse(b, path)
}

// Parse decodes a weights file; name is used in errors.
func Parse(b []byte, name string) (*Model, error) {
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	var m Model
	if err := dec.Decode(&m); err != nil {
		return nil, fmt.Errorf("%w: %s: %w", ErrModel, name, err)
	}
	if m.Format != FormatVersion {
		return nil, fmt.Errorf("%w: %s: format %d, this build reads %d", ErrModel, name, m.Format, FormatVersion)
	}
	for _, r := range Roles {
		h, ok := m.Heads[r]
		if !ok {
			return nil, fmt.Errorf("%w: %s: no head for role %q", ErrModel, name, r)
		}
		if bad(h.A) || bad(h.B) || bad(h.Threshold) || h.Threshold < 0 || h.Threshold > 1 || bad(h.RuleThreshold) || h.RuleThreshold < 0 || h.RuleThreshold > RuleCap {
			return nil, fmt.Errorf("%w: %s: role %q: bad calibration or threshold", ErrModel, name, r)
		}
	}
	for f, w := range m.Weights {
		role, _, ok := strings.Cut(f, "|")
		if !ok || !knownRole(role) {
			return nil, fmt.Errorf("%w: %s: feature %q is not ROLE|NAME", ErrModel, name, f)
		}
		if bad(w) {
			return nil, fmt.Errorf("%w: %s: feature %q: weight %v", ErrModel, name, f, w)
		}
	}
	m.index()
	return &m, nil
}

func (m *Model) index() {
	m.byRole = map[string]map[string]float64{}
	for _, r := range Roles {
		m.byRole[r] = map[string]float64{}
	}
	for f, w := range m.Weights {
		role, name, _ := strings.Cut(f, "|")
		if m.byRole[role] == nil {
			m.byRole[role] = map[string]float64{}
		}
		m.byRole[role][name] = w
	}
	m.tables = make([]*strtab.Table[float64], len(Roles))
	m.biases = make([]float64, len(Roles))
	for k, r := range Roles {
		if m.tables[k] = strtab.New(m.byRole[r]); m.tables[k] != nil {
			m.biases[k] = m.tables[k].Get(BiasFeature)
		}
	}
}

func bad(f float64) bool { return math.IsNaN(f) || math.IsInf(f, 0) }

func knownRole(r string) bool {
	for _, x := range Roles {
		if x == r {
			return true
		}
	}
	return false
}

// Raw is the linear score of a candidate of role with the given features.
func (m *Model) Raw(role string, feats []string) float64 {
	if k := m.tableIndex(role); k >= 0 {
		t, s := m.tables[k], m.biases[k] // every candidate's bias: read at load (issue 11)
		for _, f := range feats {
			s += t.Get(f)
		}
		return s
	}
	w := m.byRole[role]
	s := w[BiasFeature]
	for _, f := range feats {
		s += w[f]
	}
	return s
}

// table is the weight table of role, nil for a role not in Roles.
func (m *Model) table(role string) *strtab.Table[float64] {
	if k := m.tableIndex(role); k >= 0 {
		return m.tables[k]
	}
	return nil
}

// tableIndex is the index of the weight table of role in tables, -1 for a
// role not in Roles or one without a table.
func (m *Model) tableIndex(role string) int {
	for k, t := range m.tables {
		if Roles[k] == role {
			if t == nil {
				return -1
			}
			return k
		}
	}
	return -1
}

// Prob is the calibrated probability that the candidate is right.
func (m *Model) Prob(role string, feats []string) float64 {
	h := m.Heads[role]
	return sigmoid(h.A*m.Raw(role, feats) + h.B)
}

// Decide is Prob and Keep with one look-up of the role's head (the gate
// decides every candidate of every article, issue 11).
func (m *Model) Decide(role string, feats []string, rule bool) (p float64, keep bool) {
	h := m.Heads[role]
	p = sigmoid(h.A*m.Raw(role, feats) + h.B)
	return p, KeepAt(h.Threshold, h.RuleThreshold, p, rule)
}

// Weight is the weight of feature name for role, as Raw reads it (0 for
// a feature the model does not know).
func (m *Model) Weight(role, name string) float64 {
	if k := m.tableIndex(role); k >= 0 {
		return m.tables[k].Get(name)
	}
	return m.byRole[role][name]
}

// Decide is Model.Decide for a raw score the caller summed as Raw does
// (the bias, then each feature's Weight in the features' order) with the
// role's head h: the extractor sums weights it read once by feature
// number, and reads the heads once per article (issue 11).
func (h Head) Decide(raw float64, rule bool) (p float64, keep bool) {
	p = sigmoid(h.A*raw + h.B)
	return p, KeepAt(h.Threshold, h.RuleThreshold, p, rule)
}

// RuleCap is the highest RuleThreshold: on a few dozen training articles a
// higher bar fits their folds, not the news, and drops what the rules get
// right in sentences unlike them.
const RuleCap = 0.5

// Keep reports whether a candidate with probability p is kept.
func (m *Model) Keep(role string, p float64, rule bool) bool {
	h := m.Heads[role]
	return KeepAt(h.Threshold, h.RuleThreshold, p, rule)
}

// KeepAt is Keep for given thresholds.
func KeepAt(threshold, ruleThreshold, p float64, rule bool) bool {
	if rule {
		return p >= ruleThreshold
	}
	return p >= threshold
}

// Contributions lists each feature's weight for a candidate, largest effect
// first, for `claimwire explain`.
func (m *Model) Contributions(role string, feats []string) []Contribution {
	out := []Contribution{{Feature: BiasFeature, Weight: m.Weights[role+"|"+BiasFeature]}}
	for _, f := range feats {
		out = append(out, Contribution{Feature: f, Weight: m.Weights[role+"|"+f]})
	}
	sort.SliceStable(out, func(i, j int) bool { return math.Abs(out[i].Weight) > math.Abs(out[j].Weight) })
	return out
}

// Contribution is one feature's weight in a candidate's score.
type Contribution struct {
	Feature string  `json:"feature"`
	Weight  float64 `json:"weight"`
}

// BiasFeature is the always-on feature.
const BiasFeature = "bias"

func sigmoid(x float64) float64 {
	if x >= 0 {
		return 1 / (1 + math.Exp(-x))
	}
	e := math.Exp(x)
	return e / (1 + e)
}

// Marshal encodes the model as stable, indented JSON (map keys sorted,
// floats rounded), so retraining on the same data gives the same bytes.
func (m *Model) Marshal() ([]byte, error) {
	c := *m
	c.Weights = make(map[string]float64, len(m.Weights))
	for k, v := range m.Weights {
		if r := round(v, 6); r != 0 {
			c.Weights[k] = r
		}
	}
	c.Heads = make(map[string]Head, len(m.Heads))
	for k, h := range m.Heads {
		h.A, h.B, h.Threshold, h.RuleThreshold = round(h.A, 6), round(h.B, 6), round(h.Threshold, 4), round(h.RuleThreshold, 4)
		c.Heads[k] = h
	}
	b, err := json.MarshalIndent(&c, "", "  ")
	if err != nil {
		return nil, err
	}
	return append(b, '\n'), nil
}

func round(f float64, digits int) float64 {
	p := math.Pow(10, float64(digits))
	r := math.Round(f*p) / p
	if r == 0 {
		return 0 // no "-0"
	}
	return r
}
