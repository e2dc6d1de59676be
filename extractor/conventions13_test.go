package extractor

import (
	"context"
	"log/slog"
	"testing"

	"github.com/claimwire/claimwire/claim"
	"github.com/claimwire/claimwire/normalizer"
)

// TestStatementMonthNull: with Config.StatementMonthNull, an accusation
// whose own sentence dates it by a month and no day ("In March 2022, …",
// « En mars 2022, … ») has no claim date; without it that month is the
// claim date. A day of saying, or the publication date of a statement
// given no date, is kept either way, and a deed later than the month of
// its statement is still no attack period of it.
func TestStatementMonthNull(t *testing.T) {
	t.Parallel()
	norm, err := normalizer.New(normalizer.Options{})
	if err != nil {
		t.Fatal(err)
	}
	off := newTestExtractor(t)
	on, err := New(Config{Version: "claimwire/test", StatementMonthNull: true}, norm, slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name, lang, text string
		wantOff, wantOn  claim.Date
	}{
		{"en month of an earlier statement", "en",
			"Cyber news\n\nIn March 2022, the Danish government accused Russia's GRU of hacking the defence ministry.",
			"2022-03", ""},
		{"fr month of an earlier statement", "fr",
			"Cyber\n\nEn mars 2022, le gouvernement danois a accusé le GRU russe d'avoir piraté le ministère de la Défense.",
			"2022-03", ""},
		{"en day of saying is kept", "en",
			"Cyber news\n\nThe Danish government on Monday accused Russia's GRU of hacking the defence ministry.",
			"2024-06-03", "2024-06-03"},
		{"en undated statement keeps the publication date", "en",
			"Cyber news\n\nThe Danish government accused Russia's GRU of hacking the defence ministry.",
			"2024-06-05", "2024-06-05"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			for _, side := range []struct {
				x    *Extractor
				want claim.Date
			}{{off, tc.wantOff}, {on, tc.wantOn}} {
				a := &claim.Article{Schema: claim.SchemaArticle, URL: "https://example.test/m.html", Lang: tc.lang, Published: "2024-06-05", Text: tc.text}
				cs, err := side.x.Extract(context.Background(), a)
				if err != nil {
					t.Fatal(err)
				}
				if len(cs) == 0 {
					t.Fatal("no claim")
				}
				for _, c := range cs {
					if c.Stance == claim.StanceAccusation && c.ClaimDate != side.want {
						t.Errorf("StatementMonthNull=%v: claim date %q, want %q", side.x.cfg.StatementMonthNull, c.ClaimDate, side.want)
					}
				}
			}
		})
	}
}

// TestStatementMonthNullKeepsLaterDeedOut: clearing the month does not let
// a deed dated after that month become the statement's attack period (the
// month still rules it out: a statement cannot report a later attack).
func TestStatementMonthNullKeepsLaterDeedOut(t *testing.T) {
	t.Parallel()
	norm, err := normalizer.New(normalizer.Options{})
	if err != nil {
		t.Fatal(err)
	}
	on, err := New(Config{Version: "claimwire/test", StatementMonthNull: true}, norm, slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	off := newTestExtractor(t)
	text := "Cyber news\n\nThe Lazarus Group was blamed by the FBI in December 2014 for the destructive attack on a film studio, and it has since been tied to the theft of $81 million from a central bank in 2016."
	for _, x := range []*Extractor{off, on} {
		a := &claim.Article{Schema: claim.SchemaArticle, URL: "https://example.test/l.html", Lang: "en", Published: "2017-12-19", Text: text}
		cs, err := x.Extract(context.Background(), a)
		if err != nil {
			t.Fatal(err)
		}
		if len(cs) == 0 {
			t.Fatal("no claim")
		}
		for _, c := range cs {
			if c.AttackPeriod != nil && c.AttackPeriod.Start == "2016" {
				t.Errorf("StatementMonthNull=%v: attack period %v after the statement's month", x.cfg.StatementMonthNull, *c.AttackPeriod)
			}
		}
	}
}
