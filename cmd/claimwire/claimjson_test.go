package main

import (
	"bytes"
	"encoding/json"
	"math"
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"

	"github.com/claimwire/claimwire/claim"
)

// TestClaimJSONMatchesEncoding: appendClaimJSON writes encoding/json's
// bytes (SetEscapeHTML(false)) for claims whose every field is filled
// through reflection (so a field added to the claim types is filled too
// and, if appendClaimJSON does not write it, fails here): strings with
// quotes, markup, control bytes, invalid UTF-8 and U+2028; nil, empty and
// full slices, maps and pointers; integers and floats of every magnitude.
func TestClaimJSONMatchesEncoding(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	for n := 0; n < 3000; n++ {
		var c claim.Claim
		fill(rng, reflect.ValueOf(&c).Elem(), 0)
		var want bytes.Buffer
		enc := json.NewEncoder(&want)
		enc.SetEscapeHTML(false)
		if err := enc.Encode(&c); err != nil {
			t.Fatal(err)
		}
		got, ok := appendClaimJSON(nil, &c)
		if !ok || string(append(got, '\n')) != want.String() {
			t.Fatalf("claim %d:\n got %s\nwant %s", n, got, want.Bytes())
		}
	}
	for _, f := range []float64{math.NaN(), math.Inf(1), math.Inf(-1)} {
		if _, ok := appendClaimJSON(nil, &claim.Claim{Confidence: f}); ok {
			t.Errorf("confidence %v: ok, want the encoding/json error path", f)
		}
	}
}

// TestJSONStringEveryAlignment: appendJSONString, which skips eight plain
// bytes at a time, writes encoding/json's bytes for each of fillStrings and
// for pairs of them cut at every byte and padded with plain bytes so that
// each escape, rune and invalid byte falls at every offset of a block.
func TestJSONStringEveryAlignment(t *testing.T) {
	var texts []string
	for _, a := range fillStrings {
		for _, b := range fillStrings {
			ab := a + b
			for i := 0; i <= len(ab); i++ {
				for pad := 0; pad < 9; pad++ {
					texts = append(texts, strings.Repeat("x", pad)+ab[:i], ab[i:]+strings.Repeat("y", pad))
				}
			}
		}
	}
	for _, s := range texts {
		var want bytes.Buffer
		enc := json.NewEncoder(&want)
		enc.SetEscapeHTML(false)
		if err := enc.Encode(s); err != nil {
			t.Fatal(err)
		}
		if got := string(appendJSONString(nil, s)) + "\n"; got != want.String() {
			t.Fatalf("%q:\n got %s\nwant %s", s, got, want.String())
		}
	}
}

var fillStrings = []string{"", "a", "APT40", "Côte d’Ivoire", `say "hi" \ there`, "<b>&amp;</b>", "tab\tnl\ncr\r\b\f\x00\x1f\x7f",
	"bad \xff\xfe utf8 \xc3", "sep\u2028par\u2029", "日本語", "2021-07", "https://example.org/a?b=1&c=2"}

var fillFloats = []float64{0, 1, 0.5, 0.95, -0.25, 1e-7, 1e-6, 123456789, 1e20, 1e21, 1.5e300, -3e-9, 5e-324}

// fill sets v to random values, recursing into structs, pointers, slices
// and maps (depth bounds the entities' candidates).
func fill(rng *rand.Rand, v reflect.Value, depth int) {
	switch v.Kind() {
	case reflect.String:
		v.SetString(fillStrings[rng.IntN(len(fillStrings))])
	case reflect.Int, reflect.Int64, reflect.Int32:
		v.SetInt(rng.Int64N(1<<40) - 1<<39)
	case reflect.Float64:
		v.SetFloat(fillFloats[rng.IntN(len(fillFloats))])
	case reflect.Bool:
		v.SetBool(rng.IntN(2) == 0)
	case reflect.Struct:
		for i := 0; i < v.NumField(); i++ {
			if v.Type().Field(i).IsExported() {
				fill(rng, v.Field(i), depth)
			}
		}
	case reflect.Pointer:
		if rng.IntN(3) == 0 || depth > 2 {
			return
		}
		v.Set(reflect.New(v.Type().Elem()))
		fill(rng, v.Elem(), depth+1)
	case reflect.Slice:
		switch k := rng.IntN(4); {
		case k == 0 || depth > 2:
			return // nil
		default:
			s := reflect.MakeSlice(v.Type(), k-1, k-1) // empty or full
			for i := 0; i < s.Len(); i++ {
				fill(rng, s.Index(i), depth+1)
			}
			v.Set(s)
		}
	case reflect.Map:
		switch k := rng.IntN(4); {
		case k == 0:
			return
		default:
			m := reflect.MakeMap(v.Type())
			for i := 0; i < k-1+rng.IntN(2); i++ {
				key, val := reflect.New(v.Type().Key()).Elem(), reflect.New(v.Type().Elem()).Elem()
				fill(rng, key, depth+1)
				fill(rng, val, depth+1)
				m.SetMapIndex(key, val)
			}
			v.Set(m)
		}
	default:
		panic("fill: no rule for " + v.Type().String())
	}
}
