package claim

import "testing"

// FuzzParseDate: --published and the filters' from/to either fail or give a
// valid date that parses again to itself.
func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"2021", "2021-07", "2021-07-19", "2021-07-19T10:00:00+02:00", " 2021-02-30 ", "0000", "2021-7", "9999-12-31T23:59:60Z"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := ParseDate(s)
		if err != nil {
			return
		}
		if !d.Valid() {
			t.Fatalf("ParseDate(%q) = invalid %q", s, d)
		}
		if again, err := ParseDate(string(d)); err != nil || again != d {
			t.Fatalf("%q → %q → %q (%v)", s, d, again, err)
		}
	})
}
