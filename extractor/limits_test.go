package extractor

import (
	"bytes"
	"context"
	"fmt"
	"log/slog"
	"strings"
	"sync"
	"testing"

	"github.com/claimwire/claimwire/claim"
)

func TestTruncateText(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name, text string
		max        int
		want       string
	}{
		{"short", "One. Two.", 100, "One. Two."},
		{"paragraph", "First paragraph here.\n\nSecond one. More.", 30, "First paragraph here."},
		{"sentence", "Aaaa bbbb cccc dddd. Eeee ffff gggg.", 30, "Aaaa bbbb cccc dddd."},
		{"space", "aaaa bbbb cccc dddd eeee", 17, "aaaa bbbb cccc"},
		{"rune boundary", strings.Repeat("é", 10), 5, "éé"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			got, cut := TruncateText(tc.text, tc.max)
			if got != tc.want || cut != (got != tc.text) {
				t.Errorf("TruncateText(%q, %d) = %q, %v; want %q", tc.text, tc.max, got, cut, tc.want)
			}
			if len(got) > tc.max || !strings.HasPrefix(tc.text, got) {
				t.Errorf("%q is not a prefix of at most %d bytes", got, tc.max)
			}
		})
	}
}

// capExtractor builds an extractor with the given caps that logs into buf.
func capExtractor(t *testing.T, cfg Config) (*Extractor, *syncBuf) {
	t.Helper()
	buf := &syncBuf{}
	cfg.Version = "claimwire/test"
	x, err := New(cfg, newTestExtractor(t).norm, slog.New(slog.NewTextHandler(buf, nil)))
	if err != nil {
		t.Fatal(err)
	}
	return x, buf
}

type syncBuf struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuf) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuf) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// claimParas is n paragraphs of one distinct statement each (claims are
// one per accuser, accused and stance in an article: up to 40 here).
func claimParas(n int) string {
	states := []string{"Russia", "China", "Iran", "North Korea"}
	accusers := []string{"the United Kingdom", "France", "Germany", "Canada", "Australia", "Japan", "the Netherlands", "Poland", "Sweden", "Estonia"}
	var b strings.Builder
	for i := range n {
		fmt.Fprintf(&b, "On day %d of the inquiry, %s accused %s of a cyberattack against ministries in Ukraine.\n\n", i+1, accusers[(i/len(states))%len(accusers)], states[i%len(states)])
	}
	return b.String()
}

// TestExtractCaps: input beyond MaxInputBytes is not analysed, claims
// beyond MaxClaims are dropped, each with a warning; offsets stay exact.
func TestExtractCaps(t *testing.T) {
	t.Parallel()
	text := claimParas(40)
	full, err := newTestExtractor(t).Extract(context.Background(), &claim.Article{Schema: claim.SchemaArticle, URL: "https://x.example/a", Lang: "en", Text: text})
	if err != nil || len(full) != 40 {
		t.Fatalf("without caps: %d claims (%v), want 40", len(full), err)
	}
	// paraEnd(n) is the offset just after the n-th paragraph
	paraEnd := func(n int) int {
		off := 0
		for range n {
			off += strings.Index(text[off:], "\n\n") + 2
		}
		return off
	}
	for _, tc := range []struct {
		name string
		cfg  Config
		want int
		warn string
	}{
		{"input cap", Config{MaxInputBytes: (paraEnd(10) + paraEnd(11)) / 2}, 10, "article text over the input cap"},
		{"claims cap", Config{MaxClaims: 7}, 7, "claims per article capped"},
		{"both", Config{MaxInputBytes: paraEnd(10), MaxClaims: 3}, 3, "claims per article capped"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			x, logs := capExtractor(t, tc.cfg)
			a := &claim.Article{Schema: claim.SchemaArticle, URL: "https://x.example/a", Lang: "en", Text: text}
			cs, err := x.Extract(context.Background(), a)
			if err != nil {
				t.Fatal(err)
			}
			if len(cs) != tc.want {
				t.Errorf("%d claims, want %d", len(cs), tc.want)
			}
			for i, c := range cs {
				if text[c.Evidence.Start:c.Evidence.End] != c.Evidence.Sentence || c.ID != full[i].ID {
					t.Errorf("claim %d differs from the uncapped run's", i)
				}
			}
			if !strings.Contains(logs.String(), tc.warn) || !strings.Contains(logs.String(), "url=https://x.example/a") {
				t.Errorf("no warning %q naming the article in %q", tc.warn, logs.String())
			}
			if a.Text != text || a.Truncated {
				t.Error("Extract changed its input")
			}
		})
	}
}

// TestExtractWordSoup: names and cue words strung together used to give
// tens of thousands of claims; the cap stops reading at twice MaxClaims
// candidates and keeps at most MaxClaims (the soup holds about a hundred
// distinct statements, so the test caps at 50). The article-level checks
// after the reading (co-accusers: every state of the soup accuses the
// others' targets too) may leave fewer than the cap.
func TestExtractWordSoup(t *testing.T) {
	t.Parallel()
	names := []string{"Russia", "China", "Iran", "North Korea", "the United States", "France", "Germany", "Ukraine", "APT28", "Lazarus", "Israel", "Poland"}
	verbs := []string{"accused", "blamed", "attributed the cyberattack to"}
	var b strings.Builder
	for i := 0; b.Len() < 200<<10; i++ {
		fmt.Fprintf(&b, "%s %s %s hackers cyberattack %s. ", names[i%len(names)], verbs[i%len(verbs)], names[(i/len(names)+1+i)%len(names)], names[(i/7)%len(names)])
	}
	x, logs := capExtractor(t, Config{MaxClaims: 50})
	cs, err := x.Extract(context.Background(), &claim.Article{Schema: claim.SchemaArticle, URL: "https://x.example/soup", Lang: "en", Text: b.String()})
	if err != nil {
		t.Fatal(err)
	}
	if len(cs) == 0 || len(cs) > 50 || !strings.Contains(logs.String(), "claims per article capped") {
		t.Errorf("%d claims, want some, at most the cap of 50, and a warning", len(cs))
	}
}

func TestConfigCapsValidate(t *testing.T) {
	t.Parallel()
	for _, c := range []Config{{Version: "v", MaxInputBytes: -1}, {Version: "v", MaxClaims: -1}} {
		if err := c.Validate(); err == nil {
			t.Errorf("%+v: no error", c)
		}
	}
}
