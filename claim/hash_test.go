package claim

import (
	"crypto/sha256"
	"encoding/hex"
	"math/rand/v2"
	"strings"
	"testing"
)

// TestContentHashStreamed: the streamed hash is the hash of the words joined
// by single spaces, on empty and blank texts, Unicode spaces, a word longer
// than the hashing buffer and texts of many buffers.
func TestContentHashStreamed(t *testing.T) {
	ref := func(s string) string {
		sum := sha256.Sum256([]byte(strings.Join(strings.Fields(s), " ")))
		return hex.EncodeToString(sum[:])
	}
	long := strings.Repeat("x", 3000)
	para := "La Chine\u00a0a été accusée\u2003par  le Royaume-Uni.\n\n\tIt denied. "
	cases := []string{"", " \n\t ", "one", " two  words ", para, strings.Repeat(para, 200),
		long, "a " + long + " b", strings.Repeat("mot ", 255) + "xyz", strings.Repeat("ab ", 2000) + long}
	for i := 1000; i < 1030; i++ {
		cases = append(cases, strings.Repeat("w", i)+" "+strings.Repeat("v", 2048-i))
	}
	// separators and bytes strings.Fields reads as such or not: U+0085,
	// U+2028, U+3000, U+200B (no space), invalid UTF-8 (a word byte), and
	// the buffer filling on a space or mid-word
	pieces := []string{"a", "É", " ", "\u0085", "\u2028", "\u3000", "\u200b", "\xff", "\xc3", "\t\n", strings.Repeat("z", 700)}
	rng := rand.New(rand.NewPCG(3, 4))
	for n := 0; n < 300; n++ {
		var b strings.Builder
		for k := rng.IntN(40); k >= 0; k-- {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		cases = append(cases, b.String())
	}
	for _, s := range cases {
		if got, want := ContentHash(s), ref(s); got != want {
			t.Fatalf("ContentHash(%.40q…) = %s, want %s", s, got, want)
		}
	}
}

func BenchmarkContentHash3KB(b *testing.B) {
	text := strings.Repeat("The agency said the group, APT40, had targeted networks.\n\n", 60)[:3000]
	b.ReportAllocs()
	for b.Loop() {
		ContentHash(text)
	}
}

// TestEntityKeyFast: Key is the lower-cased "kind:country:name", on ASCII
// and non-ASCII names (the fast path and the fallback).
func TestEntityKeyFast(t *testing.T) {
	for _, e := range []Entity{
		{}, {Kind: KindState, Country: "CN", Name: "China"},
		{Kind: KindGroup, Name: "APT40 / Leviathan"},
		{Kind: KindState, Country: "CI", Name: "Côte d’Ivoire"},
		{Kind: KindAgency, Country: "DE", Name: "ÄMT \xff"},
		{Kind: KindGroup, Name: strings.Repeat("Long Group Name ", 8)}, // past the stack buffer
		{Kind: KindGroup, Country: "RU", Name: strings.Repeat("Très Long ", 12)},
	} {
		want := strings.ToLower(string(e.Kind) + ":" + e.Country + ":" + e.Name)
		if got := e.Key(); got != want {
			t.Errorf("Key(%+v) = %q, want %q", e, got, want)
		}
	}
}

func BenchmarkEntityKey(b *testing.B) {
	e := Entity{Kind: KindState, Country: "CN", Name: "People's Republic of China"}
	b.ReportAllocs()
	for b.Loop() {
		_ = e.Key()
	}
}

// TestComputeIDOnePass: ComputeID hashes one stack buffer; it must give the
// id of the part-by-part formulation it replaced, on ASCII and non-ASCII
// keys, missing entities and URLs longer than the buffer.
func TestComputeIDOnePass(t *testing.T) {
	ref := func(c *Claim) string {
		h := sha256.New()
		var acc, accd string
		if c.Accuser != nil {
			acc = strings.ToLower(string(c.Accuser.Kind) + ":" + c.Accuser.Country + ":" + c.Accuser.Name)
		}
		if c.Accused != nil {
			accd = strings.ToLower(string(c.Accused.Kind) + ":" + c.Accused.Country + ":" + c.Accused.Name)
		}
		for _, part := range []string{SchemaClaim, c.Article.URL, acc, accd, string(c.Stance)} {
			h.Write([]byte(part))
			h.Write([]byte{0})
		}
		return hex.EncodeToString(h.Sum(nil))[:32]
	}
	ents := []*Entity{nil, {Kind: KindState, Country: "CN", Name: "China"}, {Kind: KindGroup, Name: "APT40"},
		{Kind: KindState, Country: "CI", Name: "Côte d’Ivoire"}, {Kind: KindGroup, Name: strings.Repeat("Ünit ", 40)}}
	urls := []string{"", "https://example.org/a", "https://example.org/" + strings.Repeat("x", 600)}
	for _, u := range urls {
		for _, a := range ents {
			for _, d := range ents {
				for _, st := range []Stance{StanceAccusation, StanceDenial} {
					c := Claim{Article: ArticleRef{URL: u}, Accuser: a, Accused: d, Stance: st}
					if got, want := ComputeID(&c), ref(&c); got != want {
						t.Errorf("ComputeID(%q, %v, %v, %s) = %s, want %s", u, a, d, st, got, want)
					}
				}
			}
		}
	}
}

func BenchmarkComputeID(b *testing.B) {
	c := Claim{Article: ArticleRef{URL: "https://example.org/2024/05/uk-accuses-china"}, Stance: StanceAccusation,
		Accuser: &Entity{Kind: KindState, Country: "GB", Name: "United Kingdom"}, Accused: &Entity{Kind: KindGroup, Country: "CN", Name: "APT31"}}
	b.ReportAllocs()
	for b.Loop() {
		ComputeID(&c)
	}
}
