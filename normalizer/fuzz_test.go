package normalizer

import (
	"bytes"
	"errors"
	"regexp"
	"strconv"
	"testing"
	"testing/fstest"
	"unicode/utf8"
)

// fuzzBase is a small set of tables the fuzzed one is added to, so that
// @NAME references and group sponsors can resolve.
var fuzzBase = map[string]string{
	tableEntities:  "agency\tMSS\tCN\t-\t=MSS|Guoanbu\nstate\tRussia\tRU\t-\tKremlin\n",
	tableGroups:    "group\tAPT28\tRU\tmitre=G0007,sponsor=GRU\t=APT28|Fancy Bear|^Sofacy\n",
	tableCountries: "US\tabbrev\t=US|U.S.\nGB\tseat\t^London\n",
	tableRules:     "family\tTyphoon\tCN\n",
	tableStop:      "New Jersey|Washington State\n",
}

var errLineRE = regexp.MustCompile(`data/[a-z]+\.tsv:(\d+): `)

// FuzzTables: a user table (normalizer/README.md's format, any of the five
// tables) either fails with an ErrData error naming the file and a line
// within it, or builds a Normalizer whose mentions in any text lie inside
// the text, in order, quoting it exactly.
func FuzzTables(f *testing.F) {
	for i, t := range tableNames {
		if b, err := embedded.ReadFile("data/" + t); err == nil {
			f.Add(uint8(i), b[:min(len(b), 3000)])
		}
		if b, err := embedded.ReadFile("data/fr/" + t); err == nil {
			f.Add(uint8(i), b[:min(len(b), 3000)])
		}
	}
	f.Add(uint8(0), []byte("# lang: fr\n@MSS\tname\tGuoanbu|-MSS\nZZ\tdemonym\tzz\n"))
	f.Add(uint8(1), []byte("group\tNew\t-\tmitre=G9999,sponsor=MSS\t=NEW|~new|^Neu #comment\n"))
	f.Add(uint8(3), []byte("prefix\tthe|of the\nseries\tStorm-\tCN\n"))
	f.Fuzz(func(t *testing.T, table uint8, data []byte) {
		name := tableNames[int(table)%len(tableNames)]
		fsys := fstest.MapFS{}
		for tn, rows := range fuzzBase {
			fsys["data/"+tn] = &fstest.MapFile{Data: []byte(rows)}
		}
		fsys["data/"+name] = &fstest.MapFile{Data: append([]byte(fuzzBase[name]), data...)}
		n, err := newFromFS(fsys, Options{})
		if err != nil {
			if !errors.Is(err, ErrData) {
				t.Fatalf("error does not match ErrData: %v", err)
			}
			if m := errLineRE.FindStringSubmatch(err.Error()); m != nil {
				ln, _ := strconv.Atoi(m[1])
				if ln < 1 || ln > bytes.Count(fsys["data/"+name].Data, []byte("\n"))+1 {
					t.Fatalf("error names line %d outside the file: %v", ln, err)
				}
			}
			return
		}
		text := "The U.S. and London said APT28, the Kremlin's Fancy Bear, and Guoanbu hacked New Jersey. "
		if utf8.Valid(data) {
			text += string(data)
		}
		for _, lang := range []string{"en", "fr"} {
			checkOffsets(t, text, n.Find(text, lang))
		}
	})
}
