package extractor

import (
	"strings"
	"testing"
)

// inDatelineRef is inDateline as it was written before its one pass over
// the sentence's head: a search of the head for each dash.
func inDatelineRef(sent, expr string) bool {
	i := strings.Index(sent, expr)
	if i < 0 || expr == "" {
		return false
	}
	for _, dash := range []string{" - ", " – ", " — ", " -- "} {
		d := strings.Index(sent[:min(len(sent), datelineMax+len(dash))], dash)
		if d < 0 || d > datelineMax || i+len(expr) > d {
			continue
		}
		head := strings.TrimSpace(sent[:d])
		first, _, _ := strings.Cut(head, ",")
		first = strings.TrimSpace(first)
		place := len(first) >= 3 && strings.ToUpper(first) == first && strings.ToLower(first) != first &&
			strings.IndexFunc(first, func(r rune) bool { return r >= '0' && r <= '9' }) < 0
		if strings.HasSuffix(head, ")") || place {
			return true
		}
	}
	return false
}

// TestInDatelineIsRef compares inDateline with its reference on every line
// of the fixture texts, cut at every 61st byte, with datelines put in
// front, each dash at each place around datelineMax, and each word of the
// head and a missing one as the expression.
func TestInDatelineIsRef(t *testing.T) {
	heads := []string{"", "WASHINGTON, Aug 27 (Reuters)", "PARIS, 12 mars (AFP)", "SEOUL, Nov. 21", "APT28", "Kyiv", strings.Repeat("A", 75)}
	dashes := []string{" - ", " – ", " — ", " -- ", " -", " —", "--", " - - ", " -- - "}
	var sents []string
	for _, text := range fixtureTexts(t) {
		for _, line := range strings.Split(text, "\n") {
			for cut := 0; cut < len(line); cut += 61 {
				sents = append(sents, line[cut:])
			}
		}
	}
	n := 0
	check := func(sent string) {
		exprs := strings.Fields(sent[:min(len(sent), 100)])
		exprs = append(exprs[:min(len(exprs), 12)], "", "nowhere in it", sent)
		for _, e := range exprs {
			if got, want := inDateline(sent, e), inDatelineRef(sent, e); got != want {
				t.Fatalf("inDateline(%q, %q) = %v, reference %v", sent, e, got, want)
			}
			n++
		}
	}
	for k, s := range sents {
		check(s)
		if k%211 != 0 {
			continue
		}
		for _, h := range heads {
			for _, d := range dashes {
				for _, pad := range []int{0, 5} {
					head := h + strings.Repeat("x", pad)
					check(head + d + s)
					for at := datelineMax - 1; at <= datelineMax+1; at++ {
						if len(head) <= at {
							check(head + strings.Repeat(" ", at-len(head)) + d + s)
						}
					}
				}
			}
		}
	}
	t.Logf("%d cases", n)
}
