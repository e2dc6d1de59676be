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

// TestSplitConventions pins the side taken where writers of annotations
// split and SCHEMA.md is silent, each measured on the real annotators'
// sets and the validation pool (aggregate scores only): a statement dated
// by a year alone has no claim date (a year is no month); "since 2019"
// stays open (no end at the publication year); a fresh attack dated by a
// day without its year takes the year from the publication date; a denier
// who accuses its accuser in turn makes no claim of its own.
func TestSplitConventions(t *testing.T) {
	t.Parallel()
	x := newTestExtractor(t)
	cases := []struct {
		name, text string
		check      func(t *testing.T, cs []claim.Claim)
	}{
		{"a year-only statement has no claim date",
			"Cyber news\n\nIn 2021 Britain blamed the GRU for hacking the Olympic games.",
			func(t *testing.T, cs []claim.Claim) {
				if len(cs) == 0 || cs[0].ClaimDate != "" {
					t.Errorf("claims %v, want one with no claim date", cs)
				}
			}},
		{"since stays open",
			"Cyber news\n\nMicrosoft said APT29 has targeted diplomats since 2019.",
			func(t *testing.T, cs []claim.Claim) {
				if len(cs) == 0 || cs[0].AttackPeriod == nil || *cs[0].AttackPeriod != (claim.Period{Start: "2019"}) {
					t.Errorf("claims %v, want an attack period from 2019 with no end", cs)
				}
			}},
		{"a day without its year takes the publication's",
			"Cyber news\n\nThe Dutch government said on Thursday that APT28 carried out the cyberattack that disrupted the port on Nov. 24.",
			func(t *testing.T, cs []claim.Claim) {
				if len(cs) == 0 || cs[0].AttackPeriod == nil || cs[0].AttackPeriod.Start != "2023-11-24" {
					t.Errorf("claims %v, want an attack on 2023-11-24", cs)
				}
			}},
		{"a counter-accusation in a denial is no claim",
			"Cyber news\n\nThe FBI accused Chinese hackers of breaching telecom networks. China denied the charges and accused the United States of hacking Chinese universities.",
			func(t *testing.T, cs []claim.Claim) {
				for _, c := range cs {
					if c.Stance == claim.StanceAccusation && c.Accuser != nil && c.Accuser.Country == "CN" {
						t.Errorf("claim by the denier: %v", c)
					}
				}
			}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			a := &claim.Article{Schema: claim.SchemaArticle, URL: "https://example.test/s.html", Lang: "en", Published: "2023-12-01", Text: tc.text}
			cs, err := x.Extract(context.Background(), a)
			if err != nil {
				t.Fatal(err)
			}
			tc.check(t, cs)
		})
	}
}
