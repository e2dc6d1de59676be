package sinks

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/claimwire/claimwire/claim"
)

// SeedStore writes claims and articles straight into a store's database,
// following schema.go, with stored_at taken from storedAt(i) (or now). It is
// for tests, benchmarks and fixtures of the review side; the pipeline writes
// through the claim sinks. Existing rows with the same key are replaced.
func SeedStore(ctx context.Context, st Store, claims []claim.Claim, articles []claim.Article, storedAt func(i int) time.Time) error {
	s, ok := st.(*sqlStore)
	if !ok {
		return fmt.Errorf("store: seed: unsupported store %T", st)
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("store: seed: %w", err)
	}
	defer tx.Rollback()
	now := time.Now().UTC().Format(storeTimeFormat)
	for i := range articles {
		a := &articles[i]
		u := a.Ref().URL
		if _, err := tx.ExecContext(ctx, s.q(`DELETE FROM articles WHERE url = ?`), u); err != nil {
			return fmt.Errorf("store: seed article: %w", err)
		}
		if _, err := tx.ExecContext(ctx, s.q(`INSERT INTO articles (url, title, lang, source, published, hash, text, stored_at)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?)`), u, a.Title, a.Lang, a.Source, string(a.Published), a.Hash, a.Text, now); err != nil {
			return fmt.Errorf("store: seed article: %w", err)
		}
	}
	del := s.q(`DELETE FROM claims WHERE id = ?`)
	delV := s.q(`DELETE FROM claim_victims WHERE claim_id = ?`)
	ins := s.q(`INSERT INTO claims (id, schema_version, article_url, article_title, lang, source, published,
		accuser_name, accuser_kind, accuser_country, accused_name, accused_kind, accused_country,
		victims, claim_date, stance, confidence, evidence, doc, stored_at, updated_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
	insV := s.q(`INSERT INTO claim_victims (claim_id, country) VALUES (?, ?)`)
	stmts := map[string]*sql.Stmt{}
	for _, q := range []string{del, delV, ins, insV} {
		st, err := tx.PrepareContext(ctx, q)
		if err != nil {
			return fmt.Errorf("store: seed: %w", err)
		}
		defer st.Close()
		stmts[q] = st
	}
	for i := range claims {
		c := &claims[i]
		doc, err := json.Marshal(c)
		if err != nil {
			return fmt.Errorf("store: seed claim %s: %w", c.ID, err)
		}
		at := now
		if storedAt != nil {
			at = storedAt(i).UTC().Format(storeTimeFormat)
		}
		var acc, accd claim.Entity
		if c.Accuser != nil {
			acc = *c.Accuser
		}
		if c.Accused != nil {
			accd = *c.Accused
		}
		victims := storeVictimCountries(c)
		if _, err := stmts[del].ExecContext(ctx, c.ID); err != nil {
			return fmt.Errorf("store: seed claim %s: %w", c.ID, err)
		}
		if _, err := stmts[delV].ExecContext(ctx, c.ID); err != nil {
			return fmt.Errorf("store: seed claim %s: %w", c.ID, err)
		}
		if _, err := stmts[ins].ExecContext(ctx, c.ID, c.Schema, c.Article.URL, c.Article.Title, c.Article.Lang, c.Article.Source,
			string(c.Article.Published), acc.Name, string(acc.Kind), acc.Country, accd.Name, string(accd.Kind), accd.Country,
			strings.Join(victims, " "), string(c.ClaimDate), string(c.Stance), c.Confidence, c.Evidence.Sentence, string(doc), at, at); err != nil {
			return fmt.Errorf("store: seed claim %s: %w", c.ID, err)
		}
		for _, v := range victims {
			if _, err := stmts[insV].ExecContext(ctx, c.ID, v); err != nil {
				return fmt.Errorf("store: seed claim %s: %w", c.ID, err)
			}
		}
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("store: seed: %w", err)
	}
	return nil
}

// storeVictimCountries returns the sorted, distinct victim country codes.
func storeVictimCountries(c *claim.Claim) []string {
	seen := map[string]bool{}
	var out []string
	for _, v := range c.Victims {
		if v.Country != "" && !seen[v.Country] {
			seen[v.Country] = true
			out = append(out, v.Country)
		}
	}
	sort.Strings(out)
	return out
}
