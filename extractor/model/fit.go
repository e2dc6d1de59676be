package model

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"hash/fnv"
	"math"
	"sort"
	"strings"
)

// Example is one labelled candidate.
type Example struct {
	Role  string
	Feats []string
	Label bool
	// Group names the article's event: inner cross-validation never puts
	// one group on both sides.
	Group string
}

// Options are the training settings, recorded in the weights file.
type Options struct {
	L2         float64 `json:"l2"`         // L2 penalty per example
	Iterations int     `json:"iterations"` // full-batch gradient steps
	Rate       float64 `json:"rate"`       // step size
	Folds      int     `json:"folds"`      // inner folds for calibration
}

// DefaultOptions are the settings the shipped weights were made with.
func DefaultOptions() Options {
	return Options{L2: 0.02, Iterations: 1500, Rate: 0.5, Folds: 5}
}

// Validate checks the options.
func (o Options) Validate() error {
	if o.L2 < 0 || bad(o.L2) {
		return fmt.Errorf("model: l2 %v", o.L2)
	}
	if o.Iterations <= 0 || o.Rate <= 0 || bad(o.Rate) {
		return fmt.Errorf("model: iterations %d, rate %v", o.Iterations, o.Rate)
	}
	if o.Folds < 2 {
		return fmt.Errorf("model: folds %d, need at least 2", o.Folds)
	}
	return nil
}

// Fitted is a trained model with the out-of-fold calibrated probability of
// every example (in the order given), for choosing thresholds and for
// reliability tables without scoring an example with weights that saw it.
type Fitted struct {
	Model *Model
	OOF   []float64
}

// Fit trains the model. Each role is an independent logistic regression
// (its features are conjoined with the role); the thresholds are left at
// 0.5 for the caller to choose on OOF.
func Fit(examples []Example, opts Options) (*Fitted, error) {
	if err := opts.Validate(); err != nil {
		return nil, err
	}
	if len(examples) == 0 {
		return nil, fmt.Errorf("model: no examples")
	}
	m := &Model{Format: FormatVersion, Heads: map[string]Head{}, Weights: map[string]float64{}}
	m.Trained.Options = opts
	m.Trained.Digest = Digest(examples)
	oof := make([]float64, len(examples))
	for _, role := range Roles {
		var idx []int
		for i, e := range examples {
			if e.Role == role {
				idx = append(idx, i)
			}
		}
		h := Head{Threshold: 0.5, RuleThreshold: 0, A: 1}
		for _, i := range idx {
			h.Examples++
			if examples[i].Label {
				h.Positives++
			}
		}
		if len(idx) == 0 {
			m.Heads[role] = h
			continue
		}
		sub := make([]Example, len(idx))
		for k, i := range idx {
			sub[k] = examples[i]
		}
		w := fitLR(sub, opts)
		for f, v := range w {
			m.Weights[role+"|"+f] = v
		}
		// out-of-fold raw scores, grouped
		raw := make([]float64, len(sub))
		folds := assignFolds(sub, opts.Folds)
		for f := 0; f < opts.Folds; f++ {
			var tr []Example
			for k := range sub {
				if folds[k] != f {
					tr = append(tr, sub[k])
				}
			}
			if len(tr) == 0 {
				continue
			}
			wf := fitLR(tr, opts)
			for k := range sub {
				if folds[k] == f {
					raw[k] = score(wf, sub[k].Feats)
				}
			}
		}
		h.A, h.B = platt(raw, sub)
		for k, i := range idx {
			oof[i] = sigmoid(h.A*raw[k] + h.B)
		}
		m.Heads[role] = h
	}
	m.index()
	return &Fitted{Model: m, OOF: oof}, nil
}

// Digest is a sha256 of the examples, to show two runs trained on the same data.
func Digest(examples []Example) string {
	h := sha256.New()
	for _, e := range examples {
		fmt.Fprintf(h, "%s\x00%t\x00%s\x00%s\n", e.Role, e.Label, e.Group, strings.Join(e.Feats, "\x00"))
	}
	return hex.EncodeToString(h.Sum(nil))[:16]
}

// assignFolds puts each group in a fold by a hash of its name: stable,
// and independent of the order of the examples.
func assignFolds(ex []Example, k int) []int {
	out := make([]int, len(ex))
	for i, e := range ex {
		h := fnv.New32a()
		h.Write([]byte(e.Group))
		out[i] = int(h.Sum32() % uint32(k))
	}
	return out
}

func score(w map[string]float64, feats []string) float64 {
	s := w[BiasFeature]
	for _, f := range feats {
		s += w[f]
	}
	return s
}

// fitLR is L2-regularised logistic regression by full-batch gradient
// descent in a fixed order: deterministic on every machine. The bias is
// not penalised.
func fitLR(ex []Example, o Options) map[string]float64 {
	names := map[string]int{BiasFeature: 0}
	order := []string{BiasFeature}
	rows := make([][]int, len(ex))
	var all []string
	for _, e := range ex {
		all = append(all, e.Feats...)
	}
	sort.Strings(all)
	for _, f := range all {
		if _, ok := names[f]; !ok {
			names[f] = len(order)
			order = append(order, f)
		}
	}
	for i, e := range ex {
		r := []int{0}
		seen := map[int]bool{0: true}
		for _, f := range e.Feats {
			if j := names[f]; !seen[j] {
				seen[j] = true
				r = append(r, j)
			}
		}
		sort.Ints(r)
		rows[i] = r
	}
	w := make([]float64, len(order))
	g := make([]float64, len(order))
	n := float64(len(ex))
	for it := 0; it < o.Iterations; it++ {
		for j := range g {
			g[j] = 0
		}
		for i, r := range rows {
			s := 0.0
			for _, j := range r {
				s += w[j]
			}
			y := 0.0
			if ex[i].Label {
				y = 1
			}
			d := sigmoid(s) - y
			for _, j := range r {
				g[j] += d
			}
		}
		for j := range w {
			grad := g[j] / n
			if j != 0 {
				grad += o.L2 * w[j]
			}
			w[j] -= o.Rate * grad
		}
	}
	out := make(map[string]float64, len(order))
	for j, f := range order {
		out[f] = w[j]
	}
	return out
}

// platt fits p = sigmoid(a*s+b) to the labels by gradient descent on the
// log loss, with Platt's smoothed targets so that a separable fold does
// not drive a to infinity.
func platt(raw []float64, ex []Example) (a, b float64) {
	var pos, neg float64
	for _, e := range ex {
		if e.Label {
			pos++
		} else {
			neg++
		}
	}
	hi, lo := (pos+1)/(pos+2), 1/(neg+2)
	a, b = 1, 0
	n := float64(len(raw))
	for it := 0; it < 3000; it++ {
		var ga, gb float64
		for i, s := range raw {
			t := lo
			if ex[i].Label {
				t = hi
			}
			d := sigmoid(a*s+b) - t
			ga += d * s
			gb += d
		}
		a -= 0.5 * ga / n
		b -= 0.5 * gb / n
	}
	if bad(a) || bad(b) {
		return 1, 0
	}
	return a, b
}

// Reliability is one bin of a reliability table.
type Reliability struct {
	Lo, Hi    float64
	N         int
	MeanProb  float64
	Frequency float64 // share of positives
}

// Calibration bins probabilities with their labels into bins of equal
// width and returns the table and the expected calibration error (the
// count-weighted mean gap between predicted and observed).
func Calibration(probs []float64, labels []bool, bins int) ([]Reliability, float64) {
	out := make([]Reliability, bins)
	for i := range out {
		out[i].Lo, out[i].Hi = float64(i)/float64(bins), float64(i+1)/float64(bins)
	}
	for i, p := range probs {
		b := int(p * float64(bins))
		if b >= bins {
			b = bins - 1
		}
		if b < 0 {
			b = 0
		}
		out[b].N++
		out[b].MeanProb += p
		if labels[i] {
			out[b].Frequency++
		}
	}
	ece := 0.0
	for i := range out {
		if out[i].N == 0 {
			continue
		}
		out[i].MeanProb /= float64(out[i].N)
		out[i].Frequency /= float64(out[i].N)
		ece += float64(out[i].N) * math.Abs(out[i].MeanProb-out[i].Frequency)
	}
	if len(probs) > 0 {
		ece /= float64(len(probs))
	}
	return out, ece
}
