// Package learn fits the extractor's model from gold annotations and
// measures it the way an unseen article would: cross-validation with folds
// grouped by event, so one incident never sits on both sides.
//
// Labels come from the gold sets the scorer uses: a candidate claim is
// right when its accuser and its accused are among the article's gold
// accusers and accused (states and groups, canonicalised by the scorer), a
// candidate victim when its country is among the gold victim countries.
// Thresholds are chosen on out-of-fold probabilities to maximise the
// scorer's entity F1, so the weights never judge what they were fitted on.
package learn

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/claimwire/claimwire/claim"
	"github.com/claimwire/claimwire/extractor"
	"github.com/claimwire/claimwire/extractor/model"
	"github.com/claimwire/claimwire/internal/eval"
)

// Article is one gold article with its text.
type Article struct {
	Gold  *eval.Gold
	Key   string // folder + id: ids repeat across folders
	Group string // the event it belongs to (see Group)
	Art   claim.Article
}

// Dir is the gold folder's base name ("dev", "train").
func (a *Article) Dir() string {
	d, _, _ := strings.Cut(a.Key, "/")
	return d
}

// Load reads every gold folder; each article's text is read once.
func Load(dirs []string) ([]*Article, error) {
	if len(dirs) == 0 {
		return nil, fmt.Errorf("learn: no gold folder")
	}
	var out []*Article
	for _, d := range dirs {
		golds, err := eval.LoadGold(d)
		if err != nil {
			return nil, fmt.Errorf("learn: %w", err)
		}
		for _, g := range golds {
			b, err := os.ReadFile(g.TextPath)
			if err != nil {
				return nil, fmt.Errorf("learn: %w", err)
			}
			out = append(out, &Article{
				Gold: g, Key: filepath.Base(filepath.Clean(d)) + "/" + g.ID,
				Art: eval.ArticleFromText(g.URL(), g.Lang, g.PublishedDate(), string(b)),
			})
		}
	}
	return out, nil
}

// DataDigest is a sha256 of the gold files the articles were read from:
// each article's key, gold JSON and text, in order. Train records it, so a
// check that re-derives shipped weights can say the gold folders changed
// rather than report a stale file as a code change.
func DataDigest(arts []*Article) (string, error) {
	h := sha256.New()
	for _, a := range arts {
		for _, p := range []string{a.Gold.JSONPath, a.Gold.TextPath} {
			b, err := os.ReadFile(p)
			if err != nil {
				return "", fmt.Errorf("learn: %w", err)
			}
			fmt.Fprintf(h, "%s\x00%s\x00%d\n", a.Key, filepath.Ext(p), len(b))
			h.Write(b)
		}
	}
	return hex.EncodeToString(h.Sum(nil))[:16], nil
}

// Group assigns each article its event: articles are joined when they
// accuse the same named group within 60 days of each other (by publication
// date), or the same state within 30 days. An article with no attribution
// is an event of its own. The group's name is its first article's key.
//
// The windows keep one incident's coverage together without chaining a
// whole corpus: joined at any distance, the actors that recur for years
// (and the round-ups naming several of them) put 218 of 300 articles in
// one event, so one fold trained on a quarter of the data.
func Group(arts []*Article, sc *eval.Scorer) {
	parent := make([]int, len(arts))
	for i := range parent {
		parent[i] = i
	}
	var find func(int) int
	find = func(i int) int {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	union := func(a, b int) {
		ra, rb := find(a), find(b)
		if ra < rb {
			parent[rb] = ra
		} else if rb < ra {
			parent[ra] = rb
		}
	}
	sets := make([]eval.Sets, len(arts))
	for i, a := range arts {
		sets[i] = sc.GoldSets(a.Gold)
	}
	for i := range arts {
		for j := i + 1; j < len(arts); j++ {
			pi, pj := arts[i].Gold.Published, arts[j].Gold.Published
			if (shares(sets[i]["accused_groups"], sets[j]["accused_groups"]) && near(pi, pj, groupDays)) ||
				(shares(sets[i]["accused_states"], sets[j]["accused_states"]) && near(pi, pj, stateDays)) {
				union(i, j)
			}
		}
	}
	for i, a := range arts {
		a.Group = arts[find(i)].Key
	}
}

// The windows of Group, in days.
const (
	groupDays = 60
	stateDays = 30
)

func shares(a, b eval.Set) bool {
	for k := range a {
		if b[k] {
			return true
		}
	}
	return false
}

// near: both dates known and at most days apart.
func near(a, b string, days int) bool {
	ta, oka := claim.Date(a).Time()
	tb, okb := claim.Date(b).Time()
	if !oka || !okb || len(a) < 10 || len(b) < 10 {
		return false
	}
	d := ta.Sub(tb).Hours() / 24
	return d <= float64(days) && d >= -float64(days)
}

// Folds gives each article a fold in [0, k): whole events, largest first,
// each to the fold with the fewest articles so far (ties: lowest fold).
// Deterministic for the same articles.
func Folds(arts []*Article, k int) []int {
	size := map[string]int{}
	var groups []string
	for _, a := range arts {
		if size[a.Group] == 0 {
			groups = append(groups, a.Group)
		}
		size[a.Group]++
	}
	sort.SliceStable(groups, func(i, j int) bool {
		if size[groups[i]] != size[groups[j]] {
			return size[groups[i]] > size[groups[j]]
		}
		return groups[i] < groups[j]
	})
	load := make([]int, k)
	fold := map[string]int{}
	for _, g := range groups {
		best := 0
		for f := 1; f < k; f++ {
			if load[f] < load[best] {
				best = f
			}
		}
		fold[g] = best
		load[best] += size[g]
	}
	out := make([]int, len(arts))
	for i, a := range arts {
		out[i] = fold[a.Group]
	}
	return out
}

// traced is one article's rule candidates with their labels.
type traced struct {
	art    *Article
	claims []claimT // what the rules output
	trace  *extractor.Trace
	labels []bool // per trace candidate
}

type claimT = claim.Claim

// labeller holds one article's gold sets.
type labeller struct {
	sc   *eval.Scorer
	gold eval.Sets
}

// accuserKey is the scorer's key of an accuser.
func (l labeller) accuserKey(e *claim.Entity) string {
	if e == nil {
		return ""
	}
	switch e.Kind {
	case claim.KindState, claim.KindAgency:
		if e.Country != "" {
			return e.Country
		}
	}
	name := e.Name
	if name == "" {
		name = e.Text
	}
	if c := l.sc.Canon(name); c != "" {
		return c
	}
	return e.Country
}

func (l labeller) claimRight(c extractor.Candidate) bool {
	if c.Accuser != nil && !l.gold["accusers"][l.accuserKey(c.Accuser)] {
		return false
	}
	d := c.Accused
	if d == nil {
		return false
	}
	if d.Country != "" && !l.gold["accused_states"][d.Country] {
		return false
	}
	if d.Kind != claim.KindState {
		name := d.Name
		if name == "" {
			name = d.Text
		}
		if !l.gold["accused_groups"][l.sc.Canon(name)] {
			return false
		}
	}
	return true
}

func (l labeller) label(c extractor.Candidate) bool {
	switch c.Role {
	case model.RoleClaim, model.RoleAccused, model.RoleAccuser:
		return l.claimRight(c)
	case model.RoleVictim:
		return c.Victim != nil && l.gold["victim_countries"][c.Victim.Country]
	case model.RolePeriod:
		// right when every year it names is a gold attack year
		ys := periodYears(c.Period)
		for _, y := range ys {
			if !l.gold["attack_years"][y] {
				return false
			}
		}
		return len(ys) > 0
	}
	return false
}

func periodYears(p *claim.Period) []string {
	var out []string
	if p == nil {
		return nil
	}
	for _, d := range []claim.Date{p.Start, p.End} {
		if len(d) >= 4 {
			out = append(out, string(d[:4]))
		}
	}
	return out
}

// trace runs the rules-only extractor on every article.
func trace(ctx context.Context, rules *extractor.Extractor, sc *eval.Scorer, arts []*Article) ([]traced, error) {
	out := make([]traced, 0, len(arts))
	for _, a := range arts {
		art := a.Art
		cs, tr, err := rules.Explain(ctx, &art)
		if err != nil {
			return nil, fmt.Errorf("learn: %s: %w", a.Key, err)
		}
		l := labeller{sc: sc, gold: sc.GoldSets(a.Gold)}
		t := traced{art: a, trace: tr, claims: cs}
		for _, c := range tr.Candidates {
			t.labels = append(t.labels, l.label(c))
		}
		out = append(out, t)
	}
	return out, nil
}

func examples(ts []traced) ([]model.Example, [][2]int) {
	var ex []model.Example
	var where [][2]int
	for ti, t := range ts {
		for ci, c := range t.trace.Candidates {
			ex = append(ex, model.Example{Role: c.Role, Feats: c.Features, Label: t.labels[ci], Group: t.art.Group})
			where = append(where, [2]int{ti, ci})
		}
	}
	return ex, where
}

// Train fits a model on the articles: weights on all of them, calibration
// and thresholds on out-of-fold probabilities. rules must be a rules-only
// extractor (extractor.Config.RulesOnly).
func Train(ctx context.Context, rules *extractor.Extractor, sc *eval.Scorer, arts []*Article, opts model.Options) (*model.Model, error) {
	ts, err := trace(ctx, rules, sc, arts)
	if err != nil {
		return nil, err
	}
	m, err := fit(ts, sc, opts)
	if err != nil {
		return nil, err
	}
	if m.Trained.Data, err = DataDigest(arts); err != nil {
		return nil, err
	}
	return m, nil
}

func fit(ts []traced, sc *eval.Scorer, opts model.Options) (*model.Model, error) {
	ex, where := examples(ts)
	f, err := model.Fit(ex, opts)
	if err != nil {
		return nil, fmt.Errorf("learn: %w", err)
	}
	probs := make([][]float64, len(ts))
	for i, t := range ts {
		probs[i] = make([]float64, len(t.trace.Candidates))
	}
	for i, w := range where {
		probs[w[0]][w[1]] = f.OOF[i]
	}
	m := f.Model
	th := chooseThresholds(ts, probs, sc)
	for _, role := range model.Roles {
		h := m.Heads[role]
		h.Threshold, h.RuleThreshold = th[role], th[ruleKey(role)]
		m.Heads[role] = h
	}
	m.Trained.Articles = len(ts)
	return m, nil
}

// thresholds tried for each role: 1.01 would be "never"; 1 keeps only
// certainties, which the calibrated model never gives.
var grid = []float64{0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.7, 0.8, 0.9, 1}

func ruleKey(role string) string { return role + "/rule" }

// rulesDefault are the thresholds that reproduce the rules: their own
// candidates kept (rule threshold 0), proposals dropped (1).
func rulesDefault() map[string]float64 {
	th := map[string]float64{}
	for _, r := range model.Roles {
		th[r], th[ruleKey(r)] = 1, 0
	}
	return th
}

// minGain is how much the training objective must gain before a threshold
// leaves the rules' default: on a few dozen articles smaller gains are
// mostly noise (cross-validation showed them not to hold).
const minGain = 0.005

// MinPrecision is the precision every entity slot should keep: analysts
// filter on claims they can trust, so recall bought below it costs twice.
const MinPrecision = 0.93

// objective is the macro F1 (entities and dates), less twice each entity
// slot's shortfall from MinPrecision.
func objective(r *eval.Result) float64 {
	f := r.MacroF1()
	for _, s := range eval.Slots[:4] {
		if p := r.Counts[s].Precision(); r.Counts[s].TP+r.Counts[s].FP > 0 && p < MinPrecision {
			f -= 2 * (MinPrecision - p)
		}
	}
	return f
}

// chooseThresholds picks each role's two thresholds (rule candidates,
// other candidates) so that the simulated output has the best objective on
// the training articles, using out-of-fold probabilities, by coordinate
// ascent from the rules' default; a threshold leaves its default only for
// a gain of minGain, and on a tie the value found first stays.
func chooseThresholds(ts []traced, probs [][]float64, sc *eval.Scorer) map[string]float64 {
	def := rulesDefault()
	th := rulesDefault()
	score := func() float64 {
		r := eval.NewResult()
		for i, t := range ts {
			sc.Tally(r, toJSON(simulate(t.trace, probs[i], th)), t.art.Gold)
		}
		return objective(r)
	}
	best := score()
	// victims first: a claim dropped for a wrong victim loses its right
	// accuser and accused too
	var keys []string
	for _, r := range []string{model.RoleVictim, model.RolePeriod, model.RoleClaim, model.RoleAccuser, model.RoleAccused} {
		keys = append(keys, r, ruleKey(r))
	}
	for round := 0; round < 2; round++ {
		for _, k := range keys {
			cur := th[k]
			for _, v := range grid {
				if strings.HasSuffix(k, "/rule") && v > model.RuleCap {
					break
				}
				th[k] = v
				need := best + 1e-9
				if cur == def[k] && v != def[k] {
					need = best + minGain
				}
				if f := score(); f > need {
					best, cur = f, v
				}
			}
			th[k] = cur
		}
	}
	return th
}

// simulate is what the extractor would output with these probabilities and
// thresholds (denials aside): the gate of extractor/learned.go on a trace.
func simulate(tr *extractor.Trace, probs []float64, th map[string]float64) []claim.Claim {
	n := len(tr.Claims)
	keep := make([]bool, n)
	scored := make([]bool, n)
	victims := make([][]claim.Entity, n)
	periods := make([]*claim.Period, n)
	best := make([]float64, n)
	ruleKept := make([]bool, n)
	for i := range keep {
		keep[i] = true
	}
	for i, c := range tr.Candidates {
		ok := model.KeepAt(th[c.Role], th[ruleKey(c.Role)], probs[i], c.Rule)
		switch c.Role {
		case model.RoleVictim:
			if ok {
				victims[c.Claim] = append(victims[c.Claim], *c.Victim)
			}
		case model.RolePeriod:
			if ok && !ruleKept[c.Claim] && (c.Rule || periods[c.Claim] == nil || probs[i] > best[c.Claim]) {
				periods[c.Claim], best[c.Claim], ruleKept[c.Claim] = c.Period, probs[i], c.Rule
			}
		default:
			scored[c.Claim] = true
			keep[c.Claim] = ok
		}
	}
	var out []claim.Claim
	for i, c := range tr.Claims {
		if !keep[i] {
			continue
		}
		if scored[i] {
			b := i
			if tr.Base[i] >= 0 {
				b = tr.Base[i]
			}
			c.Victims = victims[b]
			c.AttackPeriod = periods[b]
		}
		out = append(out, c)
	}
	return out
}

func toJSON(cs []claim.Claim) []eval.Claim {
	out, err := eval.ToJSONClaims(cs)
	if err != nil {
		return nil // claims built by the extractor always marshal
	}
	return out
}

// Describe lists the folds and their events, for the eval report.
func Describe(arts []*Article, folds []int, k int) string {
	var b strings.Builder
	for f := 0; f < k; f++ {
		groups := map[string]bool{}
		n := 0
		for i, a := range arts {
			if folds[i] == f {
				groups[a.Group] = true
				n++
			}
		}
		fmt.Fprintf(&b, "fold %d: %d articles, %d events\n", f+1, n, len(groups))
	}
	return b.String()
}
