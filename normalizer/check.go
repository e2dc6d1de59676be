package normalizer

import (
	"fmt"
	"strings"
)

// dupCheck finds entries given twice in one table file: a name listed twice
// for one entity (in one row or in two rows of it), two rows of one entity
// that set different states or ids, a stop phrase or a rule argument given
// twice.
// Within a file such a repeat is always a slip (two rows that disagree, a
// list edited in two places); across files it is how tables are layered and
// merged, so only one file is checked at a time. Unknown kinds, forms and
// rules are reported by the row parsers, also with file and line.
type dupCheck struct {
	seen   map[string]int    // key → first line
	values map[string]string // key → value, for agree
}

func newDupCheck() *dupCheck { return &dupCheck{seen: map[string]int{}, values: map[string]string{}} }

// add records key at line ln; a key seen before is an error naming the
// line of its first use.
func (d *dupCheck) add(key, what string, ln int) error {
	if first, ok := d.seen[key]; ok {
		return fmt.Errorf("duplicate %s (first at line %d)", what, first)
	}
	d.seen[key] = ln
	return nil
}

// nameKey is a name as the matcher sees it: its match mode and folded form
// ("Hidden Cobra" and "=HIDDEN COBRA" differ; "Etats-Unis" and
// "États-Unis" do not; exact spellings are compared as written). A removal ("-Sofacy") is its own key.
func nameKey(s string) string {
	mode, remove, n := splitMarker(s)
	k := string(rune('0'+mode)) + foldString(n)
	if mode == modeExact {
		k = "=" + n // "=DoD" and "=DOD" are two exact spellings
	}
	if remove {
		k = "-" + k
	}
	return k
}

// row checks one row of table (fields as split by fields, the row's
// language as lang).
func (d *dupCheck) row(table string, f []string, lang string, ln int) error {
	switch table {
	case tableEntities, tableGroups:
		if len(f) < 2 {
			return nil
		}
		ent := strings.ToLower(f[0]) + " " + f[1]
		scope := lang + "\x00" + strings.ToLower(ent)
		// rows of one entity merge (a long list split over lines), but
		// two that set different states or ids contradict each other
		for i, col := range []string{"country", "ids"} {
			if len(f) > 2+i && f[2+i] != "-" {
				if err := d.agree(scope+"\x00"+col, f[2+i], fmt.Sprintf("%s of %q", col, ent), ln); err != nil {
					return err
				}
			}
		}
		if len(f) < 5 {
			return nil
		}
		return d.names("alias\x00"+scope, splitList(strings.Join(f[4:], "|")), ln)
	case tableCountries:
		if len(f) < 3 {
			return nil
		}
		return d.names("country\x00"+lang+"\x00"+f[0]+"\x00"+strings.ToLower(f[1]), splitList(strings.Join(f[2:], "|")), ln)
	case tableStop:
		var names []string
		for _, s := range f {
			names = append(names, splitList(s)...)
		}
		return d.names("stop\x00"+lang, names, ln)
	case tableRules:
		if len(f) < 2 {
			return nil
		}
		rule := strings.ToLower(f[0])
		switch rule {
		case "family", "series":
			// one definition per word or prefix
			return d.names(rule+"\x00"+lang, splitList(f[1]), ln)
		default:
			return d.names(rule+"\x00"+lang, splitList(strings.Join(f[1:], "|")), ln)
		}
	}
	return nil
}

// agree records the value of key; a different value on another row is an
// error.
func (d *dupCheck) agree(key, value, what string, ln int) error {
	if first, ok := d.seen[key]; ok {
		if d.values[key] != value {
			return fmt.Errorf("%s is %q here but %q at line %d", what, value, d.values[key], first)
		}
		return nil
	}
	d.seen[key], d.values[key] = ln, value
	return nil
}

func (d *dupCheck) names(scope string, names []string, ln int) error {
	for _, n := range names {
		if err := d.add(scope+"\x00"+nameKey(n), fmt.Sprintf("entry %q", strings.TrimSpace(n)), ln); err != nil {
			return err
		}
	}
	return nil
}
