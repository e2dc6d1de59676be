package extractor

import (
	"math/rand"
	"testing"

	"github.com/claimwire/claimwire/claim"
)

func TestKeyEqual(t *testing.T) {
	apt := claim.Entity{Kind: claim.KindGroup, Name: "APT28"}
	tests := []struct {
		name string
		a, b claim.Entity
	}{
		{"same", apt, apt},
		{"case", apt, claim.Entity{Kind: claim.KindGroup, Name: "apt28"}},
		{"other name", apt, claim.Entity{Kind: claim.KindGroup, Name: "APT29"}},
		{"other kind", apt, claim.Entity{Kind: claim.KindState, Name: "APT28"}},
		{"prefix", apt, claim.Entity{Kind: claim.KindGroup, Name: "APT2"}},
		{"country", claim.Entity{Kind: claim.KindState, Country: "RU", Name: "Russia"}, claim.Entity{Kind: claim.KindState, Country: "ru", Name: "russia"}},
		{"split moved", claim.Entity{Kind: claim.KindState, Country: "A:B", Name: "C"}, claim.Entity{Kind: claim.KindState, Country: "A", Name: "B:C"}},
		{"non-ASCII equal", claim.Entity{Kind: claim.KindAgency, Country: "FR", Name: "Élysée"}, claim.Entity{Kind: claim.KindAgency, Country: "FR", Name: "élysée"}},
		{"non-ASCII other", claim.Entity{Kind: claim.KindAgency, Country: "FR", Name: "Élysée"}, claim.Entity{Kind: claim.KindAgency, Country: "FR", Name: "Elysee"}},
		{"empty", claim.Entity{}, claim.Entity{}},
		{"differ before non-ASCII", claim.Entity{Kind: claim.KindAgency, Name: "Ab é"}, claim.Entity{Kind: claim.KindAgency, Name: "Ac é"}},
		{"prefix of non-ASCII", claim.Entity{Kind: claim.KindAgency, Name: "Direction"}, claim.Entity{Kind: claim.KindAgency, Name: "Directioné"}},
		{"non-ASCII upper and lower", claim.Entity{Kind: claim.KindAgency, Name: "ÉTAT"}, claim.Entity{Kind: claim.KindAgency, Name: "état"}},
		{"invalid UTF-8", claim.Entity{Kind: claim.KindAgency, Name: "a\xff"}, claim.Entity{Kind: claim.KindAgency, Name: "A\xff"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			want := tc.a.Key() == tc.b.Key()
			if got := keyEqual(tc.a, tc.b); got != want {
				t.Errorf("keyEqual(%q, %q) = %v, Key says %v", tc.a.Key(), tc.b.Key(), got, want)
			}
			if got := keyEqual(tc.b, tc.a); got != want {
				t.Errorf("keyEqual(%q, %q) = %v, Key says %v", tc.b.Key(), tc.a.Key(), got, want)
			}
		})
	}
}

func TestKeyEqualPtr(t *testing.T) {
	a := &claim.Entity{Kind: claim.KindGroup, Name: "APT28"}
	for _, tc := range []struct {
		name string
		a, b *claim.Entity
		want bool
	}{
		{"both nil", nil, nil, true},
		{"nil and entity", nil, a, false},
		{"nil and empty entity", nil, &claim.Entity{}, false},
		{"same key", a, &claim.Entity{Kind: claim.KindGroup, Name: "apt28"}, true},
		{"other key", a, &claim.Entity{Kind: claim.KindGroup, Name: "APT29"}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := keyEqualPtr(tc.a, tc.b); got != tc.want {
				t.Errorf("got %v, want %v", got, tc.want)
			}
			if got := keyEqualPtr(tc.b, tc.a); got != tc.want {
				t.Errorf("swapped: got %v, want %v", got, tc.want)
			}
		})
	}
}

// TestKeyEqualRandom: keyEqual agrees with comparing Key()s on random
// entities built from kinds, countries and names that differ in case, in
// length, by a ':' that moves the split between fields, by bytes outside
// ASCII (valid or not) before or after the first difference.
func TestKeyEqualRandom(t *testing.T) {
	rng := rand.New(rand.NewSource(11))
	kinds := []claim.Kind{claim.KindGroup, claim.KindState, "", "State", "st:ate", "st", "état"}
	countries := []string{"", "RU", "ru", "R:U", "R", "ate:R", "Ré", "CN"}
	pieces := []string{"a", "A", "U", ":", "é", "É", "\xff", "ß", " ", "K", "\u212A"}
	name := func() string {
		var s string
		for range rng.Intn(5) {
			s += pieces[rng.Intn(len(pieces))]
		}
		return s
	}
	ent := func() claim.Entity {
		return claim.Entity{Kind: kinds[rng.Intn(len(kinds))], Country: countries[rng.Intn(len(countries))], Name: name()}
	}
	for range 200000 {
		a, b := ent(), ent()
		if rng.Intn(3) == 0 {
			b.Kind, b.Country = a.Kind, a.Country
		}
		if got, want := keyEqual(a, b), a.Key() == b.Key(); got != want {
			t.Fatalf("keyEqual(%q, %q) = %v, Key says %v", a.Key(), b.Key(), got, want)
		}
	}
}
