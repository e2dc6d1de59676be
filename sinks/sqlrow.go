package sinks

// Shared by the SQLite and PostgreSQL sinks: the projection of a claim onto
// the columns of schemaDDL, the upsert statements and the migrations list.

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/claimwire/claimwire/claim"
)

// sinkTimeFormat is RFC 3339 UTC with nanoseconds and a fixed width, so that
// comparing stored_at as text orders instants (the review store relies on
// it for newest-first paging).
const sinkTimeFormat = "2006-01-02T15:04:05.000000000Z"

func sinkTime(t time.Time) string { return t.UTC().Format(sinkTimeFormat) }

func nowUTC() time.Time { return time.Now().UTC() }

var claimColumns = []string{
	"id", "schema_version", "article_url", "article_title", "lang", "source", "published",
	"accuser_name", "accuser_kind", "accuser_country",
	"accused_name", "accused_kind", "accused_country",
	"victims", "claim_date", "stance", "confidence", "evidence", "doc", "stored_at", "updated_at",
}

// upsertSQL builds "INSERT … ON CONFLICT(key) DO UPDATE SET …" for both
// dialects (the syntax is shared; only placeholders differ). Columns listed
// in keep are not updated on conflict (stored_at keeps the first insert).
func upsertSQL(table string, cols []string, key string, keep []string, ph func(int) string) string {
	var b strings.Builder
	fmt.Fprintf(&b, "INSERT INTO %s (%s) VALUES (", table, strings.Join(cols, ", "))
	for i := range cols {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(ph(i + 1))
	}
	fmt.Fprintf(&b, ") ON CONFLICT (%s) DO UPDATE SET ", key)
	first := true
	for _, c := range cols {
		if c == key || slices.Contains(keep, c) {
			continue
		}
		if !first {
			b.WriteString(", ")
		}
		first = false
		fmt.Fprintf(&b, "%s = excluded.%s", c, c)
	}
	return b.String()
}

func phQuestion(int) string { return "?" }
func phDollar(i int) string { return fmt.Sprintf("$%d", i) }
func claimUpsertSQL(ph func(int) string) string {
	return upsertSQL("claims", claimColumns, "id", []string{"stored_at"}, ph)
}

var articleColumns = []string{"url", "title", "lang", "source", "published", "hash", "text", "stored_at"}

func articleUpsertSQL(ph func(int) string) string {
	return upsertSQL("articles", articleColumns, "url", []string{"stored_at"}, ph)
}

// sqlText makes a projected value storable in both databases: PostgreSQL
// TEXT refuses NUL bytes and invalid UTF-8, which would otherwise turn a
// valid claim into a permanent failure. doc itself is JSON from
// encoding/json, which never contains either.
func sqlText(s string) string {
	if strings.IndexByte(s, 0) >= 0 {
		s = strings.ReplaceAll(s, "\x00", "")
	}
	return strings.ToValidUTF8(s, "\uFFFD")
}

// claimRow is the projection of one claim.
type claimRow struct {
	args    []any    // in claimColumns order
	victims []string // distinct victim countries, sorted
}

func newClaimRow(c *claim.Claim, now string) (claimRow, error) {
	doc, err := json.Marshal(c)
	if err != nil {
		return claimRow{}, err
	}
	var acc, accd claim.Entity
	if c.Accuser != nil {
		acc = *c.Accuser
	}
	if c.Accused != nil {
		accd = *c.Accused
	}
	victims := sinkVictimCountries(c)
	args := []any{
		c.ID, c.Schema, sqlText(c.Article.URL), sqlText(c.Article.Title), sqlText(c.Article.Lang),
		sqlText(c.Article.Source), sqlText(string(c.Article.Published)),
		sqlText(acc.Name), sqlText(string(acc.Kind)), sqlText(acc.Country),
		sqlText(accd.Name), sqlText(string(accd.Kind)), sqlText(accd.Country),
		strings.Join(victims, " "), sqlText(string(c.ClaimDate)), sqlText(string(c.Stance)),
		c.Confidence, sqlText(c.Evidence.Sentence), string(doc), now, now,
	}
	return claimRow{args: args, victims: victims}, nil
}

// claimRows projects the claims a batch writes, in batchOrder; order holds
// each row's position in claims. A claim that cannot be encoded fails the
// batch as a ClaimError of sink.
func claimRows(sink string, claims []claim.Claim, now string) (order []int, rows []claimRow, err error) {
	order = batchOrder(claims, func(c *claim.Claim) string { return c.ID })
	rows = make([]claimRow, len(order))
	for k, i := range order {
		r, err := newClaimRow(&claims[i], now)
		if err != nil {
			return nil, nil, &ClaimError{Sink: sink, Items: []ClaimFailure{{Index: i, ID: claims[i].ID, Err: err}}}
		}
		rows[k] = r
	}
	return order, rows, nil
}

// articleOrder is batchOrder for articles, keyed by their url.
func articleOrder(articles []claim.Article) []int {
	return batchOrder(articles, func(a *claim.Article) string { return a.Ref().URL })
}

// sinkVictimCountries returns the distinct victim country codes, sorted.
func sinkVictimCountries(c *claim.Claim) []string {
	var out []string
	for _, v := range c.Victims {
		if v.Country != "" && !slices.Contains(out, v.Country) {
			out = append(out, v.Country)
		}
	}
	slices.Sort(out)
	return out
}

func articleArgs(a *claim.Article, now string) []any {
	r := a.Ref()
	return []any{
		sqlText(r.URL), sqlText(a.Title), sqlText(a.Lang), sqlText(a.Source),
		sqlText(string(a.Published)), sqlText(a.Hash), sqlText(a.Text), now,
	}
}

// validateArticles refuses articles that cannot be keyed.
func validateArticles(sink string, articles []claim.Article) error {
	var ce *ClaimError
	for i := range articles {
		if articles[i].Ref().URL == "" {
			if ce == nil {
				ce = &ClaimError{Sink: sink}
			}
			ce.Items = append(ce.Items, ClaimFailure{Index: i, Err: fmt.Errorf("%w: article without url", claim.ErrInvalid)})
		}
	}
	if ce != nil {
		return ce
	}
	return nil
}

// batchOrder returns the positions of the items to write: for each key only
// the last occurrence (a batch may hold a claim twice when it was
// redelivered within one fetch; last wins in both databases), ordered by
// key. Writing rows in key order makes concurrent transactions (sink
// replicas, redeliveries) take row locks in the same order, so they wait
// for each other instead of deadlocking.
func batchOrder[T any](items []T, key func(*T) string) []int {
	last := make(map[string]int, len(items))
	for i := range items {
		last[key(&items[i])] = i
	}
	order := make([]int, 0, len(last))
	for _, i := range last {
		order = append(order, i)
	}
	slices.SortFunc(order, func(a, b int) int { return strings.Compare(key(&items[a]), key(&items[b])) })
	return order
}
