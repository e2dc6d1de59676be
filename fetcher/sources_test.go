package fetcher

import (
	"errors"
	"flag"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/claimwire/claimwire/internal/golden"
)

var update = flag.Bool("update", false, "rewrite the .golden files")

// TestSourcesErrors checks every mistake is reported with file, line and
// field, against testdata/sources/*.golden (go test -update rewrites them).
func TestSourcesErrors(t *testing.T) {
	t.Parallel()
	for _, name := range []string{"errors", "syntax", "notalist", "empty"} {
		t.Run(name, func(t *testing.T) {
			path := filepath.Join("testdata", "sources", name+".yaml")
			_, err := LoadSources(path)
			if err == nil {
				t.Fatal("no error")
			}
			if !errors.Is(err, ErrInvalidSources) {
				t.Fatalf("error does not wrap ErrInvalidSources: %v", err)
			}
			got := err.Error() + "\n"
			golden.Check(t, filepath.Join("testdata", "sources", name+".golden"), []byte(got), *update)
		})
	}
}

func TestSourcesExampleMessage(t *testing.T) {
	t.Parallel()
	data := "sources:\n  - name: a\n    kind: rss\n    url: https://a.example/\n  - name: b\n    kind: rss\n    url: https://b.example/\n  - name: c\n    kind: rss\n    url: https://c.example/\n" +
		"  - name: lemagit\n    kind: rsss\n    url: https://www.lemagit.fr/rss/ContentSyndication.xml\n"
	_, err := ParseSources([]byte(data), "sources.yaml")
	want := `sources.yaml:12: sources[3].kind: unknown kind "rsss" (want rss, atom, jsonfeed, auto, page, sitemap, dir)`
	if err == nil || err.Error() != want {
		t.Fatalf("got %v\nwant %s", err, want)
	}
}

func TestSourcesValid(t *testing.T) {
	t.Parallel()
	sf, err := LoadSources("testdata/sources/valid.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if sf.UserAgent != "claimwire-test/1.0" || sf.Contact != "mailto:ops@example.org" || strings.Join(sf.AllowHosts, ",") != "127.0.0.1,fixtures.test" {
		t.Fatalf("%+v", sf)
	}
	if len(sf.Sources) != 5 {
		t.Fatalf("%d sources", len(sf.Sources))
	}
	fr, en, page, dir, sm := sf.Sources[0], sf.Sources[1], sf.Sources[2], sf.Sources[3], sf.Sources[4]
	if fr.Lang != "fr" || fr.Rate != 0.5 || fr.Burst != 1 || fr.Schedule != "*/15 * * * *" || fr.Interval != 0 ||
		strings.Join(fr.Include, ",") != "cyber,espionnage" || strings.Join(fr.Exclude, ",") != "sponsorisé" || fr.Categories[0] != "Sécurité" || fr.Line != 13 {
		t.Errorf("fr: %+v", fr)
	}
	// Defaults fill what a source leaves empty.
	if en.Lang != "en" || en.Rate != 2 || en.Burst != 3 || en.Interval != 30*time.Minute || en.MaxItems != 20 {
		t.Errorf("en: %+v", en)
	}
	if page.Interval != 2*time.Hour || sm.Schedule != "@every 6h" || sm.Interval != 0 {
		t.Errorf("page %+v sitemap %+v", page, sm)
	}
	if want, _ := filepath.Abs("testdata/pages"); !strings.HasSuffix(dir.Path, filepath.Join("testdata", "pages")) {
		t.Errorf("dir path %q not resolved against the file (want %s)", dir.Path, want)
	}
	for _, s := range sf.Sources {
		if err := s.Validate(); err != nil {
			t.Error(err)
		}
	}
}

func TestLoadSourcesMissingFile(t *testing.T) {
	t.Parallel()
	_, err := LoadSources("testdata/sources/nope.yaml")
	if err == nil || !strings.Contains(err.Error(), "fetcher: sources file: open testdata/sources/nope.yaml") || errors.Is(err, ErrInvalidSources) {
		t.Fatalf("%v", err)
	}
}

// TestDefaultSources: the embedded file parses and lists the outlets the
// README promises. It is never fetched here (no internet in tests).
func TestDefaultSources(t *testing.T) {
	t.Parallel()
	sf := DefaultSources()
	names := map[string]Source{}
	for _, s := range sf.Sources {
		names[s.Name] = s
		if s.URL == "" || !strings.HasPrefix(s.URL, "https://") || (s.Lang != "fr" && s.Lang != "en") || s.Interval == 0 {
			t.Errorf("%+v", s)
		}
	}
	for _, want := range []string{"zdnet-fr", "lemagit", "lemondeinformatique-securite", "cert-fr-cti", "bleepingcomputer",
		"therecord", "securityweek", "ncsc-uk-news", "cisa-advisories"} {
		if _, ok := names[want]; !ok {
			t.Errorf("default sources lack %s", want)
		}
	}
	if sf.Contact == "" || len(sf.AllowHosts) != 0 {
		t.Errorf("contact %q allow_hosts %v", sf.Contact, sf.AllowHosts)
	}
}

func TestApplyTo(t *testing.T) {
	t.Parallel()
	sf, err := LoadSources("testdata/sources/valid.yaml")
	if err != nil {
		t.Fatal(err)
	}
	cfg := sf.ApplyTo(Config{AllowHosts: []string{"127.0.0.1", "demo.test"}, UserAgent: "flag/2"})
	if strings.Join(cfg.AllowHosts, ",") != "127.0.0.1,demo.test,fixtures.test" || cfg.UserAgent != "flag/2" || cfg.Contact != "mailto:ops@example.org" {
		t.Fatalf("%+v", cfg)
	}
	if err := cfg.Validate(); err != nil {
		t.Fatal(err)
	}
}

func TestSourcesAnchors(t *testing.T) {
	t.Parallel()
	data := `
x-common: &common
  kind: rss
  lang: fr
  include: &kw [cyber, espionnage]
sources:
  - <<: *common
    name: a
    url: https://a.example/feed
  - <<: *common
    name: b
    kind: atom
    url: https://b.example/feed
    exclude: *kw
`
	sf, err := ParseSources([]byte(data), "anchors.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if a := sf.Sources[0]; a.Kind != KindRSS || a.Lang != "fr" || len(a.Include) != 2 {
		t.Fatalf("%+v", a)
	}
	b := sf.Sources[1]
	if b.Kind != KindAtom || b.Lang != "fr" || strings.Join(b.Include, ",") != "cyber,espionnage" || strings.Join(b.Exclude, ",") != "cyber,espionnage" {
		t.Fatalf("%+v", b)
	}
}
