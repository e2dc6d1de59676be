package web

import (
	"fmt"
	"net/http"
	"sort"
	"strconv"
	"time"

	"github.com/claimwire/claimwire/claim"
	"github.com/claimwire/claimwire/sinks"
)

// The overview draws claims per accused state per month as a stacked bar
// chart in inline SVG, computed here: no chart library, no script, and
// colours as presentation attributes (allowed by the CSP, unlike style=).

type overviewView struct {
	Chart  chartView
	Totals []stateTotal
	Total  int
	// The date-range control: From/To as the form shows them ("2024-03"),
	// Hidden the other filters the form carries along, Presets quick ranges.
	From, To string
	Hidden   []hiddenField
	Presets  []preset
}

type hiddenField struct{ Name, Value string }

type preset struct {
	Label, Href string
	On          bool
}

type stateTotal struct {
	State, Label, Color, Href string
	Count                     int
}

type chartView struct {
	Width, Height       int
	PlotX, PlotY, PlotW int
	PlotH, PlotBottom   int
	Bars                []chartBar
	YTicks              []chartTick
	XLabels             []chartTick
	Legend              []stateTotal
	Empty               bool
	Desc                string
	Omitted             int  // claims in months before the drawn range
	Ranged              bool // the months were chosen, not the latest 36
}

type chartBar struct {
	X, Y, W, H float64
	Fill       string
	Title      string
}

type chartTick struct {
	X, Y  float64
	Label string
}

// palette is colour-blind friendly (Okabe–Ito) plus greys for the rest.
var palette = []string{"#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#F0E442", "#000000"}

const (
	otherColor = "#9e9e9e"
	maxSeries  = 8
	maxMonths  = 36  // drawn when no date range is chosen: the latest months
	maxRange   = 240 // drawn at most for a chosen range (20 years)
)

func (s *Server) handleOverview(w http.ResponseWriter, r *http.Request) {
	f, ferr := s.filterOf(r)
	p := s.newPage(w, r, "Overview", "overview")
	if ferr != nil {
		p.Error = ferr.Error()
	}
	p.Filter, p.Query = f, filterQuery(f).Encode()
	pts, err := s.store.Timeline(r.Context(), f)
	if err != nil {
		s.storeFail(w, r, err)
		return
	}
	p.Overview = s.buildOverview(pts, f)
	p.Overview.rangeControl(f, time.Now().UTC())
	s.render(w, http.StatusOK, "overview", p)
}

// rangeControl fills the date-range form and its presets.
func (ov *overviewView) rangeControl(f sinks.Filter, now time.Time) {
	ov.From, ov.To = monthOf(string(f.From), false), monthOf(string(f.To), true)
	for k, vs := range filterQuery(f) {
		if k != "from" && k != "to" {
			ov.Hidden = append(ov.Hidden, hiddenField{k, vs[0]})
		}
	}
	sort.Slice(ov.Hidden, func(i, j int) bool { return ov.Hidden[i].Name < ov.Hidden[j].Name })
	cur := now.Format("2006-01")
	for _, p := range []struct {
		label  string
		months int
	}{{"12 months", 12}, {"3 years", 36}, {"10 years", 120}} {
		g := f
		g.From, g.To = claim.Date(now.AddDate(0, -(p.months-1), 0).Format("2006-01")), claim.Date(cur)
		ov.Presets = append(ov.Presets, preset{Label: p.label, Href: "/overview?" + filterQuery(g).Encode(), On: f.From == g.From && f.To == g.To})
	}
	g := f
	g.From, g.To = "", ""
	ov.Presets = append(ov.Presets, preset{Label: "latest 36 months with claims", Href: "/overview?" + filterQuery(g).Encode(), On: f.From == "" && f.To == ""})
}

// monthOf is the month of a filter date ("2024" → 2024-01, or 2024-12 as
// the end of a range; "2024-03-05" → 2024-03), "" for none.
func monthOf(d string, end bool) string {
	switch len(d) {
	case 4:
		if end {
			return d + "-12"
		}
		return d + "-01"
	case 7, 10:
		return d[:7]
	}
	return ""
}

func (s *Server) buildOverview(pts []sinks.TimelinePoint, f sinks.Filter) *overviewView {
	ov := &overviewView{}
	totals := map[string]int{}
	for _, p := range pts {
		totals[p.State] += p.Count
		ov.Total += p.Count
	}
	states := make([]string, 0, len(totals))
	for st := range totals {
		states = append(states, st)
	}
	sort.Slice(states, func(i, j int) bool {
		if totals[states[i]] != totals[states[j]] {
			return totals[states[i]] > totals[states[j]]
		}
		return states[i] < states[j]
	})
	for i, st := range states {
		c := otherColor
		if ownSeries(i, st) {
			c = palette[i]
		}
		label := "Unknown state"
		if st != "" {
			label = s.countryName(st) + " (" + st + ")"
		}
		href := ""
		if st != "" {
			v := filterQuery(f)
			v.Set("state", st)
			href = "/claims?" + v.Encode()
		}
		ov.Totals = append(ov.Totals, stateTotal{State: st, Label: label, Color: c, Href: href, Count: totals[st]})
	}
	ov.Chart = drawChart(pts, ov.Totals, monthOf(string(f.From), false), monthOf(string(f.To), true))
	return ov
}

// ownSeries reports whether the state ranked i (by count) gets its own
// series and colour; the rest, and the unknown state, are "other".
func ownSeries(i int, st string) bool { return i < maxSeries-1 && st != "" }

// drawChart stacks pts by month, one series per state of totals (sorted by
// count, as buildOverview gives them) that ownSeries allows. from and to
// ("2024-03", either may be "") fix the months drawn; without them the
// latest maxMonths months with claims are.
func drawChart(pts []sinks.TimelinePoint, totals []stateTotal, from, to string) chartView {
	cv := chartView{Width: 800, Height: 320, PlotX: 48, PlotY: 12, PlotW: 736, PlotH: 250}
	cv.PlotBottom = cv.PlotY + cv.PlotH
	if len(pts) == 0 {
		cv.Empty = true
		return cv
	}
	// series key of each state: its own, or "~other".
	series, color := map[string]string{}, map[string]string{}
	order := []string{}
	for i, t := range totals {
		series[t.State] = "~other"
		if ownSeries(i, t.State) {
			series[t.State], color[t.State] = t.State, t.Color
			order = append(order, t.State)
		}
	}
	order = append(order, "~other")
	// Months: a continuous range so gaps show as gaps, capped to the latest.
	first, last := pts[0].Month, pts[0].Month
	for _, p := range pts {
		first, last = min(first, p.Month), max(last, p.Month)
	}
	ranged := from != "" || to != ""
	if from != "" {
		first = from
	}
	if to != "" {
		last = to
	}
	months := monthRange(first, last)
	if limit := map[bool]int{false: maxMonths, true: maxRange}[ranged]; len(months) > limit {
		months = months[len(months)-limit:]
	}
	cv.Ranged = ranged
	idx := map[string]int{}
	for i, m := range months {
		idx[m] = i
	}
	stack := make([]map[string]int, len(months))
	for i := range stack {
		stack[i] = map[string]int{}
	}
	for _, p := range pts {
		i, ok := idx[p.Month]
		if !ok {
			cv.Omitted += p.Count
			continue
		}
		stack[i][series[p.State]] += p.Count // totals holds every state of pts
	}
	peak := 1
	for _, m := range stack {
		sum := 0
		for _, n := range m {
			sum += n
		}
		peak = max(peak, sum)
	}
	top := niceCeil(peak)
	slot := float64(cv.PlotW) / float64(len(months))
	bw := slot * 0.8
	scale := float64(cv.PlotH) / float64(top)
	for i, m := range months {
		y := float64(cv.PlotBottom)
		for _, k := range order {
			n := stack[i][k]
			if n == 0 {
				continue
			}
			h := float64(n) * scale
			y -= h
			fill, name := otherColor, "other states"
			if k != "~other" {
				fill, name = color[k], k
			}
			cv.Bars = append(cv.Bars, chartBar{X: round1(float64(cv.PlotX) + float64(i)*slot + (slot-bw)/2), Y: round1(y), W: round1(bw), H: round1(h),
				Fill: fill, Title: fmt.Sprintf("%s %s: %d", m, name, n)})
		}
	}
	nt := min(4, top)
	for i := 0; i <= nt; i++ {
		v := top * i / nt
		cv.YTicks = append(cv.YTicks, chartTick{X: float64(cv.PlotX - 6), Y: round1(float64(cv.PlotBottom) - float64(v)*scale), Label: strconv.Itoa(v)})
	}
	step := max(1, (len(months)+11)/12)
	for i := 0; i < len(months); i += step {
		cv.XLabels = append(cv.XLabels, chartTick{X: round1(float64(cv.PlotX) + float64(i)*slot + slot/2), Y: float64(cv.PlotBottom + 18), Label: months[i]})
	}
	for _, t := range totals {
		if len(cv.Legend) == maxSeries {
			break
		}
		cv.Legend = append(cv.Legend, t)
	}
	cv.Desc = fmt.Sprintf("Claims per accused state per month, %s to %s; highest month %d claims.", months[0], months[len(months)-1], peak)
	return cv
}

func round1(f float64) float64 { return float64(int(f*10+0.5)) / 10 }

// niceCeil rounds n up to 1, 2 or 5 times a power of ten, divisible by 4
// where possible so the four ticks are whole numbers.
func niceCeil(n int) int {
	for p := 1; ; p *= 10 {
		for _, m := range []int{1, 2, 4, 5, 8} {
			if v := m * p; v >= n && (v%4 == 0 || v < 4) {
				return v
			}
		}
		if p > 1e9 {
			return n
		}
	}
}

// monthRange lists "YYYY-MM" months from first to last inclusive.
func monthRange(first, last string) []string {
	a, err1 := time.Parse("2006-01", first)
	b, err2 := time.Parse("2006-01", last)
	if err1 != nil || err2 != nil || b.Before(a) {
		return []string{first}
	}
	var out []string
	for t := a; !t.After(b); t = t.AddDate(0, 1, 0) {
		out = append(out, t.Format("2006-01"))
		if len(out) > 1200 {
			break
		}
	}
	return out
}
