package dates

import (
	"fmt"
	"testing"

	"github.com/claimwire/claimwire/claim"
)

// TestToDate compares toDate with the fmt form it replaced, over the
// values resolution can give and a few it cannot.
func TestToDate(t *testing.T) {
	want := func(v ymd) claim.Date {
		switch {
		case v.y == 0:
			return ""
		case v.m == 0:
			return claim.Date(fmt.Sprintf("%04d", v.y))
		case v.d == 0:
			return claim.Date(fmt.Sprintf("%04d-%02d", v.y, v.m))
		}
		return claim.Date(fmt.Sprintf("%04d-%02d-%02d", v.y, v.m, v.d))
	}
	var vs []ymd
	for y := 1975; y <= 2105; y++ {
		for m := 0; m <= 12; m++ {
			vs = append(vs, ymd{y, m, 0}, ymd{y, m, 1}, ymd{y, m, 9}, ymd{y, m, 31})
		}
	}
	vs = append(vs, ymd{0, 0, 0}, ymd{7, 0, 0}, ymd{999, 3, 4}, ymd{12345, 1, 2}, ymd{-5, 0, 0}, ymd{2021, 123, 0}, ymd{2021, 1, 100})
	for _, v := range vs {
		if got, w := toDate(v), want(v); got != w {
			t.Errorf("toDate(%v) = %q, want %q", v, got, w)
		}
	}
}
