// Command gengroups derives normalizer/data/galaxy-groups.tsv, the threat
// group table, from the MISP galaxy clusters (CC0): threat-actor.json
// (names, synonyms, suspected sponsor state), microsoft-activity-group.json
// (Microsoft's weather names) and mitre-intrusion-set.json (ATT&CK ids).
//
// Run it with `go generate ./normalizer` (see the directive in
// normalizer/generate.go); it reads ../shared/data/misp-galaxy by default.
// The curated table normalizer/data/groups.tsv is read too: a galaxy actor
// that shares a name with a curated group takes the curated canonical name,
// so the two merge into one entity at load, where the curated rows win.
//
// Names from the galaxy are filtered before they reach news text; the rules
// are in accept and documented in normalizer/README.md.
package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strings"
	"unicode"
)

func main() {
	galaxy := flag.String("galaxy", "../../shared/data/misp-galaxy", "folder of the MISP galaxy cluster files")
	curated := flag.String("curated", "data/groups.tsv", "curated group table (corrections on top of the galaxy)")
	stop := flag.String("stop", "internal/gengroups/stoplist.txt", "names never taken from the galaxy, one a line")
	out := flag.String("out", "data/galaxy-groups.tsv", "table to write")
	flag.Parse()
	var buf bytes.Buffer
	if err := Generate(&buf, Inputs{Galaxy: *galaxy, Curated: *curated, StopList: *stop}); err != nil {
		fmt.Fprintln(os.Stderr, "gengroups:", err)
		os.Exit(1)
	}
	if err := os.WriteFile(*out, buf.Bytes(), 0o644); err != nil {
		fmt.Fprintln(os.Stderr, "gengroups:", err)
		os.Exit(1)
	}
}

// Inputs are the files Generate reads.
type Inputs struct {
	Galaxy   string // folder with threat-actor.json, microsoft-activity-group.json, mitre-intrusion-set.json, SOURCE
	Curated  string // normalizer/data/groups.tsv
	StopList string // stoplist.txt
}

type cluster struct {
	Values []struct {
		Value       string `json:"value"`
		UUID        string `json:"uuid"`
		Description string `json:"description"`
		Meta        struct {
			Synonyms        []string `json:"synonyms"`
			Country         string   `json:"country"`
			Sponsor         string   `json:"cfr-suspected-state-sponsor"`
			ExternalID      string   `json:"external_id"`
			NameAttribution []string `json:"name-attribution"`
		} `json:"meta"`
		Related []struct {
			DestUUID string `json:"dest-uuid"`
			Type     string `json:"type"`
		} `json:"related"`
	} `json:"values"`
}

// actor is one row of the output.
type actor struct {
	name    string
	country string
	mitre   string
	// explicit: the galaxy's entry names its ATT&CK id; else it was found
	// by name in the MITRE cluster and yields to an explicit claim
	explicit bool
	names    []string // galaxy names, in source order, value first
}

func readCluster(dir, file string) (*cluster, error) {
	b, err := os.ReadFile(filepath.Join(dir, file))
	if err != nil {
		return nil, err
	}
	var c cluster
	if err := json.Unmarshal(b, &c); err != nil {
		return nil, fmt.Errorf("%s: %w", file, err)
	}
	if len(c.Values) == 0 {
		return nil, fmt.Errorf("%s: no values", file)
	}
	return &c, nil
}

// sponsors maps the galaxy's cfr-suspected-state-sponsor names to ISO
// alpha-2 codes. A name missing here stops the generator, so a new galaxy
// version with a new sponsor is noticed.
var sponsors = map[string]string{
	"China": "CN", "People's Republic of China": "CN",
	"Iran (Islamic Republic of)": "IR", "Russian Federation": "RU",
	"Korea (Democratic People's Republic of)": "KP", "Korea (Republic of)": "KR",
	"United States": "US", "US": "US", "Palestine": "PS", "Pakistan": "PK",
	"India": "IN", "Belarus": "BY", "France": "FR", "United Arab Emirates": "AE",
	"Vietnam": "VN", "Spain": "ES", "Israel": "IL", "Lebanon": "LB", "Unknown": "",
}

// criminal: a description saying so makes meta.country the gang's origin,
// not a sponsoring state.
var criminal = regexp.MustCompile(`(?i)financially[- ]motivated|cyber ?crim|ransomware|criminal`)

var mitreID = regexp.MustCompile(`^G[0-9]{4}$`)

// Generate writes the table.
func Generate(w io.Writer, in Inputs) error {
	ta, err := readCluster(in.Galaxy, "threat-actor.json")
	if err != nil {
		return err
	}
	ms, err := readCluster(in.Galaxy, "microsoft-activity-group.json")
	if err != nil {
		return err
	}
	mi, err := readCluster(in.Galaxy, "mitre-intrusion-set.json")
	if err != nil {
		return err
	}
	source, err := os.ReadFile(filepath.Join(in.Galaxy, "SOURCE"))
	if err != nil {
		return err
	}
	curated, curatedNames, err := readCurated(in.Curated)
	if err != nil {
		return err
	}
	stop, err := readStop(in.StopList)
	if err != nil {
		return err
	}

	// ATT&CK: folded name → id; a name given to two ids tells nothing
	mitreByName := map[string]string{}
	for _, v := range mi.Values {
		name, id, _ := strings.Cut(v.Value, " - ")
		if !mitreID.MatchString(id) {
			id = v.Meta.ExternalID
		}
		if !mitreID.MatchString(id) {
			continue
		}
		for _, n := range append([]string{name}, v.Meta.Synonyms...) {
			k := fold(n)
			if old, ok := mitreByName[k]; ok && old != id {
				mitreByName[k] = "-"
				continue
			}
			mitreByName[k] = id
		}
	}

	var actors []*actor
	byUUID := map[string]*actor{}
	for _, v := range ta.Values {
		a := &actor{names: appendNames(nil, append([]string{v.Value}, v.Meta.Synonyms...)...)}
		if v.Meta.Sponsor != "" {
			cc, ok := sponsors[v.Meta.Sponsor]
			if !ok {
				return fmt.Errorf("threat-actor.json: %s: unknown sponsor %q (add it to sponsors)", v.Value, v.Meta.Sponsor)
			}
			a.country = cc
		}
		if a.country == "" && isCode(v.Meta.Country) && !criminal.MatchString(v.Description) {
			a.country = v.Meta.Country
		}
		for _, s := range v.Meta.Synonyms {
			if mitreID.MatchString(s) {
				a.mitre, a.explicit = s, true
			}
		}
		if a.mitre == "" {
			for _, na := range v.Meta.NameAttribution {
				if id, _, _ := strings.Cut(na, ":"); mitreID.MatchString(id) {
					a.mitre, a.explicit = id, true
					break
				}
			}
		}
		if a.mitre == "" {
			for _, n := range a.names {
				if id := mitreByName[fold(n)]; id != "" && id != "-" {
					a.mitre = id
					break
				}
			}
		}
		actors = append(actors, a)
		byUUID[v.UUID] = a
	}
	// owner: the actor whose own entry (value) a name is. A name that is
	// one actor's value and another's synonym belongs to the first: the
	// galaxy gave it an entry of its own.
	owner := map[string]*actor{}
	for _, a := range actors {
		k := fold(a.names[0])
		if _, dup := owner[k]; dup {
			owner[k] = nil // two entries of that name: no owner
			continue
		}
		owner[k] = a
	}
	bySynonym := map[string][]*actor{}
	for _, a := range actors {
		for _, n := range a.names[1:] {
			bySynonym[fold(n)] = append(bySynonym[fold(n)], a)
		}
	}
	// Microsoft's weather names join the actor they are "similar" to, or
	// stand alone
	for _, v := range ms.Values {
		names := append([]string{v.Value}, v.Meta.Synonyms...)
		var to *actor
		for _, r := range v.Related {
			if a := byUUID[r.DestUUID]; a != nil && r.Type == "similar" {
				to = a
				break
			}
		}
		// else the one actor whose entry is one of its names, or whose
		// only synonym the weather name is
		if to == nil {
			var owners []*actor
			for _, n := range names {
				if a := owner[fold(n)]; a != nil && !slices.Contains(owners, a) {
					owners = append(owners, a)
				}
			}
			if len(owners) == 1 {
				to = owners[0]
			} else if as := bySynonym[fold(v.Value)]; len(owners) == 0 && len(as) == 1 {
				to = as[0]
			}
		}
		if to != nil {
			to.names = appendNames(to.names, names...)
			if to.country == "" && isCode(v.Meta.Country) {
				to.country = v.Meta.Country
			}
			continue
		}
		a := &actor{names: appendNames(nil, names...)}
		if isCode(v.Meta.Country) {
			a.country = v.Meta.Country
		}
		for _, n := range a.names {
			if id := mitreByName[fold(n)]; id != "" && id != "-" {
				a.mitre = id
				break
			}
		}
		actors = append(actors, a)
	}

	for _, a := range actors {
		kept := a.names[:1]
		for _, n := range a.names[1:] {
			if o := owner[fold(n)]; o != nil && o != a {
				continue
			}
			kept = append(kept, n)
		}
		a.names = kept
	}

	// canonical names: the curated one when a name is shared (the galaxy's
	// value first), else the galaxy's value; actors with one canonical name
	// merge into one row
	rows := map[string]*actor{}
	for _, a := range actors {
		a.name = a.names[0]
		for _, n := range a.names {
			if c := curated[fold(n)]; len(c) == 1 {
				a.name = c[0]
				break
			}
		}
		r := rows[strings.ToLower(a.name)]
		if r == nil {
			rows[strings.ToLower(a.name)] = a
			continue
		}
		r.names = appendNames(r.names, a.names...)
		if r.country == "" {
			r.country = a.country
		}
		if r.mitre == "" || (!r.explicit && a.explicit) {
			r.mitre, r.explicit = a.mitre, a.explicit
		}
	}
	keys := make([]string, 0, len(rows))
	for k := range rows {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	// one group per ATT&CK id: explicit claims first, then in name order
	usedID := map[string]bool{}
	for _, explicit := range []bool{true, false} {
		for _, k := range keys {
			if a := rows[k]; a.mitre != "" && a.explicit == explicit {
				if usedID[a.mitre] {
					a.mitre = ""
				}
				usedID[a.mitre] = true
			}
		}
	}

	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, "# GENERATED by `go generate ./normalizer` (normalizer/internal/gengroups): do not edit.\n")
	fmt.Fprintf(bw, "# Threat groups from the MISP galaxy, CC0 1.0 (https://github.com/MISP/misp-galaxy):\n")
	for _, l := range strings.Split(strings.TrimSpace(string(source)), "\n") {
		fmt.Fprintf(bw, "#   %s\n", strings.TrimSpace(l))
	}
	fmt.Fprintf(bw, "# Corrections go in groups.tsv, which is loaded over this file and wins.\n")
	fmt.Fprintf(bw, "# Names are filtered (normalizer/README.md, \"Groups from the MISP galaxy\").\n")
	fmt.Fprintf(bw, "# KIND\tNAME\tCOUNTRY\tIDS\tALIASES\n")
	for _, k := range keys {
		a := rows[k]
		var aliases []string
		seen := map[string]bool{}
		nameOK := false
		for _, n := range a.names {
			m, ok := accept(n, stop)
			// one spelling per match: "Lotus Blossom" and "Lotus BLossom"
			// are one name to the matcher (exact names are compared as written)
			if !ok {
				continue
			}
			key := "0" + fold(m)
			switch m[0] {
			case '^':
				key = "^" + fold(m[1:])
			case '=':
				key = m
			}
			if seen[key] {
				continue
			}
			seen[key] = true
			if fold(n) == fold(a.name) {
				nameOK = true
			}
			aliases = append(aliases, m)
		}
		if len(aliases) == 0 {
			continue // no usable name: the actor cannot be found in text
		}
		if !nameOK {
			// a canonical name that fails the filter must not match on its
			// own: the row's "-NAME" keeps it out of the matcher
			if !curatedNames[fold(a.name)] {
				aliases = append(aliases, "-"+a.name)
			}
		}
		cc, ids := "-", "-"
		if a.country != "" {
			cc = a.country
		}
		if a.mitre != "" {
			ids = "mitre=" + a.mitre
		}
		fmt.Fprintf(bw, "group\t%s\t%s\t%s\t%s\n", a.name, cc, ids, strings.Join(aliases, "|"))
	}
	return bw.Flush()
}

func appendNames(dst []string, names ...string) []string {
	for _, n := range names {
		n = strings.Join(strings.Fields(n), " ")
		if n == "" {
			continue
		}
		dup := false
		for _, d := range dst {
			dup = dup || d == n
		}
		if !dup {
			dst = append(dst, n)
		}
	}
	return dst
}

func isCode(s string) bool {
	return len(s) == 2 && s[0] >= 'A' && s[0] <= 'Z' && s[1] >= 'A' && s[1] <= 'Z'
}

// readCurated maps every folded name of the curated table to the canonical
// names that carry it, and returns the set of folded canonical names (whose
// matching is the curated table's business).
func readCurated(file string) (map[string][]string, map[string]bool, error) {
	b, err := os.ReadFile(file)
	if err != nil {
		return nil, nil, err
	}
	out := map[string][]string{}
	curatedNames := map[string]bool{}
	add := func(n, canon string) {
		k := fold(n)
		for _, c := range out[k] {
			if c == canon {
				return
			}
		}
		out[k] = append(out[k], canon)
	}
	for _, line := range strings.Split(string(b), "\n") {
		if i := strings.Index(line, "#"); i >= 0 {
			line = line[:i]
		}
		var f []string
		for _, c := range strings.Split(line, "\t") {
			if c = strings.TrimSpace(c); c != "" {
				f = append(f, c)
			}
		}
		if len(f) < 2 || f[0] != "group" {
			continue
		}
		canon := f[1]
		curatedNames[fold(canon)] = true
		add(canon, canon)
		if len(f) >= 5 {
			for _, a := range strings.Split(strings.Join(f[4:], "|"), "|") {
				a = strings.TrimSpace(a)
				if a == "" || a == "-" || strings.HasPrefix(a, "-") {
					continue
				}
				add(strings.TrimLeft(a, "^="), canon)
			}
		}
	}
	if len(curatedNames) == 0 {
		return nil, nil, errors.New(file + ": no group rows")
	}
	return out, curatedNames, nil
}

func readStop(file string) (map[string]bool, error) {
	b, err := os.ReadFile(file)
	if err != nil {
		return nil, err
	}
	out := map[string]bool{}
	for _, line := range strings.Split(string(b), "\n") {
		if i := strings.Index(line, "#"); i >= 0 {
			line = line[:i]
		}
		if line = strings.TrimSpace(line); line != "" {
			out[fold(line)] = true
		}
	}
	return out, nil
}

var (
	// campaign and generic numbered names: "Operation Aurora", "Group 3"
	generic = regexp.MustCompile(`^(?i:operation|op|campaign|group|team|unit|actor|cluster)\b`)
	allowed = regexp.MustCompile(`^[\p{L}\p{N}][\p{L}\p{N} .&'’_-]*$`)
)

// accept applies the filter rules to a galaxy name and returns it with its
// match marker, or false:
//  1. only letters, digits, spaces and . & ' _ - (no parentheses, slashes,
//     commas: those are notes, not names);
//  2. at least 4 characters, or 3 with a digit ("TA5" is a name, "Sun" is not);
//  3. an upper-case letter or a digit somewhere (a name, not a word);
//  4. not in the stop list (common English and French words, vendors'
//     generic labels);
//  5. not a campaign or generic label ("Operation …", "Group 3", "Team …");
//  6. not a bare ATT&CK id (the ids column finds those);
//  7. then the marker: names with a digit match in any case ("apt 28");
//     names in capitals, and names of several words each capitalised, only
//     as written ("=NOBELIUM", "=Sea Turtle": not "Sea turtles" at the
//     start of a sentence); every other name only with its first letter
//     upper case ("^Turla", "^Gaza cybergang").
func accept(n string, stop map[string]bool) (string, bool) {
	if !allowed.MatchString(n) || mitreID.MatchString(n) {
		return "", false
	}
	runes := []rune(n)
	digit, upper, lower := false, false, false
	for _, r := range runes {
		digit = digit || unicode.IsDigit(r)
		upper = upper || unicode.IsUpper(r)
		lower = lower || unicode.IsLower(r)
	}
	if len(runes) < 3 || (len(runes) < 4 && !digit) {
		return "", false
	}
	if !upper && !digit {
		return "", false
	}
	if stop[fold(n)] || generic.MatchString(n) {
		return "", false
	}
	if !unicode.IsUpper(runes[0]) && !unicode.IsDigit(runes[0]) {
		return "", false // "menuPass" style names are kept only if curated
	}
	switch {
	case digit:
		return n, true
	case !lower || titled(n):
		return "=" + n, true
	}
	return "^" + n, true
}

// titled reports whether n has several words, each starting with an
// upper-case letter.
func titled(n string) bool {
	words := strings.FieldsFunc(n, func(r rune) bool { return r == ' ' || r == '-' })
	if len(words) < 2 {
		return false
	}
	for _, w := range words {
		if r := []rune(w)[0]; !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// fold is the comparison form of a name: lower case, Latin accents
// stripped, hyphens, underscores and runs of spaces as one space.
func fold(s string) string {
	var b strings.Builder
	space := false
	for _, r := range strings.ToLower(strings.TrimSpace(s)) {
		if r == '-' || r == '_' || unicode.IsSpace(r) {
			if !space {
				b.WriteByte(' ')
			}
			space = true
			continue
		}
		space = false
		if a, ok := accents[r]; ok {
			r = a
		}
		if r == '’' {
			r = '\''
		}
		b.WriteRune(r)
	}
	return strings.TrimSpace(b.String())
}

var accents = map[rune]rune{
	'à': 'a', 'á': 'a', 'â': 'a', 'ä': 'a', 'ã': 'a', 'å': 'a', 'ç': 'c', 'è': 'e', 'é': 'e', 'ê': 'e', 'ë': 'e',
	'ì': 'i', 'í': 'i', 'î': 'i', 'ï': 'i', 'ñ': 'n', 'ò': 'o', 'ó': 'o', 'ô': 'o', 'ö': 'o', 'õ': 'o',
	'ù': 'u', 'ú': 'u', 'û': 'u', 'ü': 'u', 'ý': 'y', 'ÿ': 'y',
}
