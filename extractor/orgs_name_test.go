package extractor

import (
	"strings"
	"testing"
)

// A company found by its shape keeps its name as written (what the review
// page and the exports show); only its key folds case.
func TestOrgNameAsWritten(t *testing.T) {
	for _, tc := range []struct{ name, lang, text, want string }{
		{"two words", "en", "Researchers at BAE Systems said the Lazarus Group was behind the attack on the Polish regulator.", "BAE Systems"},
		{"trailing organisation word dropped", "en", "Analysts at Check Point Research said APT35 was behind the phishing wave against Israeli academics.", "Check Point"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cs := extract(t, tc.lang, "2024-03-01", tc.text)
			for _, c := range cs {
				if c.Accuser != nil && c.Accuser.Text != "" && c.Accuser.Name == tc.want {
					if k := c.Accuser.Key(); k != "company::"+strings.ToLower(tc.want) {
						t.Errorf("key %q", k)
					}
					return
				}
			}
			var got []string
			for _, c := range cs {
				if c.Accuser != nil {
					got = append(got, c.Accuser.Name)
				}
			}
			t.Errorf("no accuser named %q in %q", tc.want, got)
		})
	}
}
