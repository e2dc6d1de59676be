package web

import (
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/language"

	"github.com/claimwire/claimwire/claim"
	"github.com/claimwire/claimwire/export"
)

// editField is one editable field of a claim.
type editField struct {
	key, label, input string
	show              func(s *Server, c *claim.Claim) string // for display; nil: as value
	value             func(c *claim.Claim) string            // for the edit input
}

// display is the field of c as the claim page shows it.
func (fd editField) display(s *Server, c *claim.Claim) string {
	if fd.show == nil {
		return fd.value(c)
	}
	return fd.show(s, c)
}

var editFields = []editField{
	{"accuser", "Accuser", "actor",
		func(s *Server, c *claim.Claim) string { return s.entityLabel(c.Accuser) },
		func(c *claim.Claim) string { return entityValue(c.Accuser) }},
	{"accused", "Accused", "actor",
		func(s *Server, c *claim.Claim) string { return s.entityLabel(c.Accused) },
		func(c *claim.Claim) string { return entityValue(c.Accused) }},
	{"victims", "Victims", "countries",
		func(s *Server, c *claim.Claim) string { return s.victimsLabel(c.Victims) },
		func(c *claim.Claim) string {
			var cc []string
			for _, v := range c.Victims {
				if v.Country != "" {
					cc = append(cc, v.Country)
				}
			}
			return strings.Join(cc, ", ")
		}},
	{"claim_date", "Claim date", "date",
		nil, func(c *claim.Claim) string { return string(c.ClaimDate) }},
	{"attack_start", "Attack from", "date",
		nil, func(c *claim.Claim) string { return periodPart(c, true) }},
	{"attack_end", "Attack until", "date",
		nil, func(c *claim.Claim) string { return periodPart(c, false) }},
	{"stance", "Stance", "stance",
		nil, func(c *claim.Claim) string { return string(c.Stance) }},
	{"hedge", "Hedge", "text",
		nil, func(c *claim.Claim) string { return c.Hedge }},
	{"confidence", "Confidence", "number",
		nil, func(c *claim.Claim) string { return strconv.FormatFloat(c.Confidence, 'f', 2, 64) }},
}

func periodPart(c *claim.Claim, start bool) string {
	if c.AttackPeriod == nil {
		return ""
	}
	if start {
		return string(c.AttackPeriod.Start)
	}
	return string(c.AttackPeriod.End)
}

// entityValue is what the edit input shows and submits for an entity: the
// code for a state, else the canonical name.
func entityValue(e *claim.Entity) string {
	if e == nil {
		return ""
	}
	if e.Kind == claim.KindState && e.Country != "" {
		return e.Country
	}
	if e.Name != "" {
		return e.Name
	}
	return e.Text
}

func (s *Server) entityLabel(e *claim.Entity) string {
	if e == nil {
		return "—"
	}
	if e.Kind == claim.KindState && e.Country != "" {
		return s.countryName(e.Country) + " (" + e.Country + ")"
	}
	name := e.Name
	if name == "" {
		name = e.Text
	}
	if e.Country != "" {
		return name + " · " + e.Country
	}
	return name
}

func (s *Server) victimsLabel(vs []claim.Entity) string {
	var out []string
	for _, v := range vs {
		if v.Country != "" {
			out = append(out, s.countryName(v.Country))
		} else if v.Name != "" {
			out = append(out, v.Name)
		}
	}
	if len(out) == 0 {
		return "—"
	}
	return strings.Join(out, ", ")
}

// countryName names a code in English, from the normaliser's CLDR tables
// when it has them.
func (s *Server) countryName(code string) string {
	if code == "" {
		return ""
	}
	if s.norm != nil {
		if n := s.norm.CountryName(code, "en"); n != "" {
			return n
		}
	}
	return export.CountryName(code)
}

// knownCode reports whether v is an ISO alpha-2 country code.
func (s *Server) knownCode(v string) (string, bool) {
	if len(v) != 2 {
		return "", false
	}
	code := strings.ToUpper(v)
	if code[0] < 'A' || code[0] > 'Z' || code[1] < 'A' || code[1] > 'Z' {
		return "", false
	}
	if s.norm != nil {
		if n := s.norm.CountryName(code, "en"); n != "" && n != code {
			return code, true
		}
		return "", false
	}
	// Without the normaliser, x/text's CLDR data decides; "UK" is an alias
	// of GB there, not a code.
	if r, err := language.ParseRegion(code); err == nil && r.IsCountry() && r.Canonicalize().String() == code {
		return code, true
	}
	return "", false
}

// resolveCountry maps a code or a name in any loaded language to a code.
func (s *Server) resolveCountry(v string) (string, bool) {
	v = strings.TrimSpace(v)
	if code, ok := s.knownCode(v); ok {
		return code, true
	}
	if s.norm != nil {
		if code, ok := s.norm.Country(v); ok {
			return code, true
		}
		if e, ok := s.norm.Resolve(v, ""); ok && e.Kind == claim.KindState && e.Country != "" {
			return e.Country, true
		}
	}
	return "", false
}

func (s *Server) stateEntity(text, code string) claim.Entity {
	return claim.Entity{Text: text, Name: s.countryName(code), Kind: claim.KindState, Country: code}
}

// resolveEntity maps what an analyst typed (French or English, a code, a
// group alias) to the canonical entity.
func (s *Server) resolveEntity(v, lang string) (claim.Entity, error) {
	v = strings.TrimSpace(v)
	if code, ok := s.knownCode(v); ok {
		return s.stateEntity(v, code), nil
	}
	if s.norm == nil {
		return claim.Entity{}, fmt.Errorf("%q: the normaliser is not loaded, only country codes can be entered", v)
	}
	for _, l := range []string{lang, "en", "fr", ""} {
		if e, ok := s.norm.Resolve(v, l); ok {
			e.Text = v
			return e, nil
		}
	}
	if code, ok := s.norm.Country(v); ok {
		return s.stateEntity(v, code), nil
	}
	return claim.Entity{}, fmt.Errorf("%q is not in the normaliser's tables: pick one of the suggestions", v)
}

// applyEdit changes one field of c and returns the canonical value stored
// with the decision.
func (s *Server) applyEdit(c *claim.Claim, field, value string) (string, error) {
	value = strings.TrimSpace(value)
	if len(value) > 500 || !utf8.ValidString(value) {
		return "", fmt.Errorf("value too long or not UTF-8")
	}
	date := func() (claim.Date, error) {
		if value == "" {
			return "", nil
		}
		d, err := claim.ParseDate(value)
		if err != nil {
			return "", fmt.Errorf("%q is not a date: use YYYY, YYYY-MM or YYYY-MM-DD", value)
		}
		return d, nil
	}
	switch field {
	case "accuser":
		if value == "" {
			c.Accuser = nil
			return "", nil
		}
		e, err := s.resolveEntity(value, c.Article.Lang)
		if err != nil {
			return "", err
		}
		c.Accuser = &e
		return entityValue(&e), nil
	case "accused":
		if value == "" {
			return "", fmt.Errorf("a claim needs an accused; reject the claim instead")
		}
		e, err := s.resolveEntity(value, c.Article.Lang)
		if err != nil {
			return "", err
		}
		c.Accused = &e
		return entityValue(&e), nil
	case "victims":
		c.Victims = []claim.Entity{}
		var codes []string
		seen := map[string]bool{}
		for _, part := range strings.FieldsFunc(value, func(r rune) bool { return r == ',' || r == ';' }) {
			part = strings.TrimSpace(part)
			if part == "" {
				continue
			}
			code, ok := s.resolveCountry(part)
			if !ok {
				return "", fmt.Errorf("%q is not a known country: pick one of the suggestions", part)
			}
			if seen[code] {
				continue
			}
			seen[code] = true
			codes = append(codes, code)
			c.Victims = append(c.Victims, s.stateEntity(part, code))
		}
		return strings.Join(codes, ","), nil
	case "claim_date":
		d, err := date()
		if err != nil {
			return "", err
		}
		c.ClaimDate = d
		return string(d), nil
	case "attack_start", "attack_end":
		d, err := date()
		if err != nil {
			return "", err
		}
		if c.AttackPeriod == nil {
			c.AttackPeriod = &claim.Period{}
		}
		if field == "attack_start" {
			c.AttackPeriod.Start = d
		} else {
			c.AttackPeriod.End = d
		}
		if c.AttackPeriod.Start != "" && c.AttackPeriod.End != "" && c.AttackPeriod.End < c.AttackPeriod.Start {
			return "", fmt.Errorf("the attack period ends (%s) before it starts (%s)", c.AttackPeriod.End, c.AttackPeriod.Start)
		}
		if c.AttackPeriod.IsZero() {
			c.AttackPeriod = nil
		}
		return string(d), nil
	case "stance":
		switch claim.Stance(value) {
		case claim.StanceAccusation, claim.StanceDenial:
			c.Stance = claim.Stance(value)
			return value, nil
		}
		return "", fmt.Errorf("stance must be accusation or denial")
	case "hedge":
		c.Hedge = value
		return value, nil
	case "confidence":
		f, err := strconv.ParseFloat(value, 64)
		if err != nil || f < 0 || f > 1 {
			return "", fmt.Errorf("confidence must be a number from 0 to 1")
		}
		c.Confidence = f
		return strconv.FormatFloat(f, 'f', -1, 64), nil
	}
	return "", fmt.Errorf("field %q cannot be edited", field)
}

// suggest feeds the pickers: kind "country" lists states only, "actor"
// (default) every entity the normaliser knows.
func (s *Server) suggest(q, kind string, limit int) []suggestion {
	out := []suggestion{}
	if q == "" {
		return out
	}
	seen := map[string]bool{}
	add := func(e claim.Entity) {
		if len(out) >= limit {
			return
		}
		if kind == "country" && (e.Kind != claim.KindState || e.Country == "") {
			return
		}
		sg := suggestion{Value: entityValue(&e), Name: e.Name, Kind: string(e.Kind), Country: e.Country}
		if sg.Value == "" || seen[sg.Value] {
			return
		}
		seen[sg.Value] = true
		sg.Label = s.entityLabel(&e) + " — " + string(e.Kind)
		if e.Text != "" && e.Text != e.Name && !strings.EqualFold(e.Text, q) && e.Kind != claim.KindState {
			sg.Label += " (" + e.Text + ")"
		}
		out = append(out, sg)
	}
	if code, ok := s.resolveCountry(q); ok {
		add(s.stateEntity(q, code))
	}
	if s.norm != nil {
		if kind != "country" {
			for _, l := range []string{"en", "fr"} {
				if e, ok := s.norm.Resolve(q, l); ok {
					add(e)
				}
			}
		}
		for _, e := range s.norm.Suggest(q, limit*3) {
			add(e)
		}
	}
	return out
}

// evidenceView is the evidence sentence inside its paragraph; Before and
// After are the paragraph's other text. All of it is untrusted and only
// ever rendered through html/template's escaping.
type evidenceView struct {
	Before, Sentence, After string // the paragraph around the sentence
	Prev, Next              string // the sentences just before and after
	Spans                   []span // Sentence with the actors highlighted
	InArticle               bool
}

// maxContext bounds the paragraph text shown on each side of the sentence.
const maxContext = 1200

func evidenceContext(text string, ev claim.Evidence) evidenceView {
	start, end := ev.Start, ev.End
	if start < 0 || end > len(text) || start > end || text[start:end] != ev.Sentence {
		i := -1
		if ev.Sentence != "" {
			i = strings.Index(text, ev.Sentence)
		}
		if i < 0 {
			return evidenceView{Sentence: ev.Sentence}
		}
		start, end = i, i+len(ev.Sentence)
	}
	ps := strings.LastIndex(text[:start], "\n") + 1
	pe := strings.Index(text[end:], "\n")
	if pe < 0 {
		pe = len(text)
	} else {
		pe += end
	}
	if start-ps > maxContext {
		ps = start - maxContext
		for ps < start && !utf8.RuneStart(text[ps]) {
			ps++
		}
	}
	if pe-end > maxContext {
		pe = end + maxContext
		for pe > end && !utf8.RuneStart(text[pe]) {
			pe--
		}
	}
	prev, next := neighbours(text, start, end)
	return evidenceView{Before: text[ps:start], Sentence: text[start:end], After: text[end:pe], Prev: prev, Next: next, InArticle: true}
}
