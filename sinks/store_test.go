package sinks

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/claimwire/claimwire/claim"
)

const storeTestPGDefault = "postgres://postgres@127.0.0.1:5432/test?sslmode=disable"

// storeTestBase is the first stored_at of synthetic claims; claim i is
// stored i minutes later, so higher i is newer.
var storeTestBase = time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)

func storeTestAt(i int) time.Time { return storeTestBase.Add(time.Duration(i) * time.Minute) }

// storeTestClaim builds a valid synthetic claim number i.
func storeTestClaim(i int) claim.Claim {
	states := []string{"CN", "RU", "KP", "IR"}
	groups := []string{"APT28", "APT40", "Lazarus Group", "APT33"}
	accusers := []string{"NCSC", "FBI", "ANSSI", "Mandiant"}
	victims := []string{"US", "FR", "GB", "DE", "AT"}
	k := i % 4
	c := claim.Claim{
		Schema: claim.SchemaClaim,
		Article: claim.ArticleRef{
			URL:       fmt.Sprintf("https://news.example/a/%d", i/2),
			Title:     fmt.Sprintf("Article %d", i/2),
			Lang:      []string{"en", "fr"}[i%2],
			Published: claim.Date(fmt.Sprintf("2024-%02d-%02d", 1+i%12, 1+i%28)),
		},
		Accuser:    &claim.Entity{Text: accusers[k], Name: accusers[k], Kind: claim.KindAgency, Country: "GB"},
		Accused:    &claim.Entity{Text: groups[k], Name: groups[k], Kind: claim.KindGroup, Country: states[k]},
		Victims:    []claim.Entity{{Text: victims[i%5], Name: victims[i%5], Kind: claim.KindState, Country: victims[i%5]}},
		ClaimDate:  claim.Date(fmt.Sprintf("2024-%02d-%02d", 1+i%12, 1+i%28)),
		Stance:     claim.StanceAccusation,
		Evidence:   claim.Evidence{Sentence: fmt.Sprintf("%s said %s hacked victims in case %d.", accusers[k], groups[k], i)},
		Confidence: 0.8,
		Extractor:  "test",
	}
	if i%7 == 0 {
		c.Victims = append(c.Victims, claim.Entity{Text: "Canada", Name: "Canada", Kind: claim.KindState, Country: "CA"})
	}
	c.Evidence.End = len(c.Evidence.Sentence)
	c.ID = claim.ComputeID(&c)
	return c
}

func storeTestSeed(t testing.TB, st Store, n int) []claim.Claim {
	t.Helper()
	cs := make([]claim.Claim, n)
	for i := range cs {
		cs[i] = storeTestClaim(i)
	}
	const batch = 5000
	for i := 0; i < n; i += batch {
		j := min(i+batch, n)
		off := i
		if err := SeedStore(context.Background(), st, cs[i:j], nil, func(k int) time.Time { return storeTestAt(off + k) }); err != nil {
			t.Fatal(err)
		}
	}
	return cs
}

// storeTestSQLite opens a fresh SQLite store in a temp dir.
func storeTestSQLite(t testing.TB) Store {
	t.Helper()
	st, err := OpenStore(context.Background(), "sqlite:"+filepath.Join(t.TempDir(), "claims.db"), nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

// storeTestPostgres opens a store in a fresh schema of the test server,
// dropped at the end, or skips when no server answers.
func storeTestPostgres(t testing.TB) Store {
	t.Helper()
	dsn := os.Getenv("CLAIMWIRE_TEST_POSTGRES")
	if dsn == "" {
		dsn = storeTestPGDefault
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	conn, err := pgx.Connect(ctx, dsn)
	if err != nil {
		t.Skipf("no PostgreSQL at %s (set CLAIMWIRE_TEST_POSTGRES): %v", dsn, err)
	}
	schema := fmt.Sprintf("cw_store_test_%d_%d", time.Now().UnixNano(), rand.IntN(1000))
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		if _, err := conn.Exec(ctx, "DROP SCHEMA IF EXISTS "+schema+" CASCADE"); err != nil {
			t.Errorf("drop schema: %v", err)
		}
		conn.Close(ctx)
	})
	sep := "?"
	if strings.Contains(dsn, "?") {
		sep = "&"
	}
	st, err := OpenStore(context.Background(), dsn+sep+"schema="+schema, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

func storeTestBoth(t *testing.T, fn func(t *testing.T, st Store)) {
	t.Run("sqlite", func(t *testing.T) { fn(t, storeTestSQLite(t)) })
	t.Run("postgres", func(t *testing.T) { fn(t, storeTestPostgres(t)) })
}

func TestOpenStoreBadDSN(t *testing.T) {
	for _, dsn := range []string{"", "mysql://x", "sqlite:", "jsonl:/tmp/x.jsonl", "postgres://127.0.0.1:1/db?schema=bad;drop", "postgres://127.0.0.1:1/db?schema=bad-name"} {
		t.Run(dsn, func(t *testing.T) {
			_, err := OpenStore(context.Background(), dsn, nil)
			if !errors.Is(err, ErrBadDSN) {
				t.Fatalf("OpenStore(%q) = %v, want ErrBadDSN", dsn, err)
			}
		})
	}
}

func TestStoreListFiltersAndPaging(t *testing.T) {
	storeTestBoth(t, func(t *testing.T, st Store) {
		ctx := context.Background()
		cs := storeTestSeed(t, st, 60)

		// Newest first, keyset pages cover everything exactly once.
		var got []string
		p := Page{Limit: 7}
		for {
			res, err := st.List(ctx, Filter{}, p)
			if err != nil {
				t.Fatal(err)
			}
			for _, r := range res.Records {
				got = append(got, r.Claim.ID)
			}
			if res.Next == "" {
				break
			}
			p.After = res.Next
		}
		if len(got) != 60 {
			t.Fatalf("paged %d claims, want 60", len(got))
		}
		// Walking back with Before from the last page returns the same order.
		var back []string
		p = Page{Limit: 7, Before: ""}
		res, err := st.List(ctx, Filter{}, Page{Limit: 7, After: ""})
		if err != nil {
			t.Fatal(err)
		}
		for res.Next != "" {
			res, err = st.List(ctx, Filter{}, Page{Limit: 7, After: res.Next})
			if err != nil {
				t.Fatal(err)
			}
		}
		back = nil
		for {
			for i := len(res.Records) - 1; i >= 0; i-- {
				back = append(back, res.Records[i].Claim.ID)
			}
			if res.Prev == "" {
				break
			}
			res, err = st.List(ctx, Filter{}, Page{Limit: 7, Before: res.Prev})
			if err != nil {
				t.Fatal(err)
			}
		}
		if len(back) != 60 {
			t.Fatalf("paged back %d claims, want 60", len(back))
		}
		for i := range back {
			if back[i] != got[59-i] {
				t.Fatalf("backward paging differs at %d", i)
			}
		}
		for i, id := range got {
			if want := cs[59-i].ID; id != want {
				t.Fatalf("position %d: %s, want %s (newest first)", i, id, want)
			}
		}

		count := func(pred func(i int, c claim.Claim) bool) int {
			n := 0
			for i, c := range cs {
				if pred(i, c) {
					n++
				}
			}
			return n
		}
		tests := []struct {
			name string
			f    Filter
			want int
		}{
			{"state", Filter{AccusedState: "cn"}, count(func(i int, c claim.Claim) bool { return c.Accused.Country == "CN" })},
			{"group", Filter{AccusedGroup: "APT28"}, count(func(i int, c claim.Claim) bool { return c.Accused.Name == "APT28" })},
			{"accuser", Filter{Accuser: "FBI"}, count(func(i int, c claim.Claim) bool { return c.Accuser.Name == "FBI" })},
			{"victim", Filter{Victim: "CA"}, count(func(i int, c claim.Claim) bool { return i%7 == 0 })},
			{"lang", Filter{Lang: "fr"}, 30},
			{"from-to", Filter{From: "2024-03", To: "2024-04"}, count(func(i int, c claim.Claim) bool {
				return c.ClaimDate >= "2024-03" && c.ClaimDate < "2024-05"
			})},
			{"text", Filter{Q: "case 42."}, 1},
			{"text case", Filter{Q: "LAZARUS"}, count(func(i int, c claim.Claim) bool { return c.Accused.Name == "Lazarus Group" })},
			{"text like chars", Filter{Q: "100%_"}, 0},
			{"combined", Filter{AccusedState: "RU", Lang: "fr", Victim: "US"}, count(func(i int, c claim.Claim) bool {
				return c.Accused.Country == "RU" && i%2 == 1 && i%5 == 0
			})},
			{"pending", Filter{Status: claim.StatusPending}, 60},
			{"accepted", Filter{Status: claim.StatusAccepted}, 0},
		}
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				if tt.want == 0 && tt.name != "text like chars" && tt.name != "accepted" {
					t.Fatal("bad test: expected count 0")
				}
				n := 0
				if err := st.Each(ctx, tt.f, func(r Record) error { n++; return nil }); err != nil {
					t.Fatal(err)
				}
				if n != tt.want {
					t.Errorf("Each(%+v) = %d claims, want %d", tt.f, n, tt.want)
				}
				c, err := st.Count(ctx, tt.f)
				if err != nil || c != tt.want {
					t.Errorf("Count(%+v) = %d, %v; want %d", tt.f, c, err, tt.want)
				}
			})
		}
		if _, err := st.List(ctx, Filter{}, Page{After: "!!bad"}); err == nil {
			t.Error("bad cursor accepted")
		}
	})
}

func TestStoreDecisionsFacetsTimeline(t *testing.T) {
	storeTestBoth(t, func(t *testing.T, st Store) {
		ctx := context.Background()
		cs := storeTestSeed(t, st, 20)
		art := claim.Article{Schema: claim.SchemaArticle, URL: cs[0].Article.URL, Title: "T", Lang: "en", Text: "Para one.\n\nPara <script>two</script>."}
		if err := SeedStore(ctx, st, nil, []claim.Article{art}, nil); err != nil {
			t.Fatal(err)
		}
		a, err := st.Article(ctx, art.URL)
		if err != nil || a.Text != art.Text {
			t.Fatalf("Article = %+v, %v", a, err)
		}
		if _, err := st.Article(ctx, "https://nowhere.example/"); !errors.Is(err, ErrNotFound) {
			t.Fatalf("missing article: %v", err)
		}
		if _, err := st.Get(ctx, "nope"); !errors.Is(err, ErrNotFound) {
			t.Fatalf("missing claim: %v", err)
		}
		by, err := st.ByArticle(ctx, cs[0].Article.URL)
		if err != nil || len(by) != 2 {
			t.Fatalf("ByArticle = %d, %v; want 2", len(by), err)
		}

		id := cs[3].ID
		edited := cs[3]
		edited.Accused = &claim.Entity{Text: "Fancy Bear", Name: "APT28", Kind: claim.KindGroup, Country: "RU"}
		at := time.Date(2026, 2, 3, 4, 5, 6, 0, time.UTC)
		for _, d := range []claim.Decision{
			{ClaimID: id, Action: claim.ActionEdit, Field: "accused", Value: "Fancy Bear", Edited: &edited, Reviewer: "alice", At: at},
			{ClaimID: id, Action: claim.ActionAccept, Reviewer: "bob", At: at.Add(time.Minute)},
			{ClaimID: cs[4].ID, Action: claim.ActionReject, Reason: "not an attribution", Reviewer: "alice", At: at},
		} {
			if _, err := st.SaveDecision(ctx, d); err != nil {
				t.Fatal(err)
			}
		}
		for _, bad := range []claim.Decision{
			{ClaimID: id, Action: "approve", Reviewer: "x"},
			{ClaimID: id, Action: claim.ActionAccept},
			{ClaimID: id, Action: claim.ActionEdit, Reviewer: "x"},
		} {
			if _, err := st.SaveDecision(ctx, bad); !errors.Is(err, ErrBadDecision) {
				t.Errorf("SaveDecision(%+v) = %v, want ErrBadDecision", bad, err)
			}
		}
		if _, err := st.SaveDecision(ctx, claim.Decision{ClaimID: "nope", Action: claim.ActionAccept, Reviewer: "x"}); !errors.Is(err, ErrNotFound) {
			t.Errorf("decision on unknown claim: %v", err)
		}
		r, err := st.Get(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		if r.Status != claim.StatusAccepted || r.Reviewer != "bob" || !r.DecidedAt.Equal(at.Add(time.Minute)) {
			t.Errorf("status = %s by %s at %v", r.Status, r.Reviewer, r.DecidedAt)
		}
		if r.Claim.Accused.Name != cs[3].Accused.Name {
			t.Errorf("original extraction changed: %+v", r.Claim.Accused)
		}
		if r.Edited == nil || r.Edited.Accused.Name != "APT28" || r.Effective().Accused.Country != "RU" {
			t.Errorf("correction lost after accept: %+v", r.Edited)
		}
		if len(r.Decisions) != 2 || r.Decisions[0].Action != claim.ActionEdit || r.Decisions[0].Edited == nil || r.Decisions[1].Reviewer != "bob" {
			t.Errorf("history = %+v", r.Decisions)
		}

		// The outbox: three decisions unpublished, oldest first, until marked.
		outbox, err := st.Unpublished(ctx, 10)
		if err != nil || len(outbox) != 3 || outbox[0].Action != claim.ActionEdit || outbox[0].Edited == nil {
			t.Fatalf("Unpublished = %+v, %v", outbox, err)
		}
		for _, d := range outbox[:2] {
			if err := st.MarkPublished(ctx, d.ID); err != nil {
				t.Fatal(err)
			}
		}
		if outbox, err = st.Unpublished(ctx, 10); err != nil || len(outbox) != 1 {
			t.Fatalf("after marking: %+v, %v", outbox, err)
		}

		for status, want := range map[string]int{claim.StatusAccepted: 1, claim.StatusRejected: 1, claim.StatusPending: 18} {
			n, err := st.Count(ctx, Filter{Status: status})
			if err != nil || n != want {
				t.Errorf("Count(status=%s) = %d, %v; want %d", status, n, err, want)
			}
		}

		fc, err := st.Facets(ctx, Filter{AccusedState: "CN"})
		if err != nil {
			t.Fatal(err)
		}
		// The state dimension ignores its own filter; the others apply it.
		// Claim 3 (IR) was corrected to APT28/RU: facets count it as RU.
		if len(fc.AccusedState) != 4 || fc.AccusedState[0] != (FacetValue{"RU", 6}) || fc.AccusedState[3] != (FacetValue{"IR", 4}) {
			t.Errorf("state facet = %+v", fc.AccusedState)
		}
		if len(fc.AccusedGroup) != 1 || fc.AccusedGroup[0] != (FacetValue{"APT28", 5}) {
			t.Errorf("group facet = %+v", fc.AccusedGroup)
		}
		sum := 0
		for _, v := range fc.Status {
			sum += v.Count
		}
		if sum != 5 {
			t.Errorf("status facet = %+v", fc.Status)
		}
		if len(fc.Victim) == 0 || len(fc.Lang) == 0 || len(fc.Accuser) != 1 {
			t.Errorf("facets = %+v", fc)
		}

		// Filters select by the corrected values: claim 3 moved from IR to RU.
		for f, want := range map[Filter]int{
			{AccusedState: "RU"}: 6, {AccusedState: "IR"}: 4, {AccusedGroup: "APT28"}: 6, {AccusedGroup: "APT33"}: 4,
			{AccusedState: "RU", Status: claim.StatusAccepted}: 1, {AccusedState: "RU", Status: claim.StatusPending}: 5,
		} {
			if n, err := st.Count(ctx, f); err != nil || n != want {
				t.Errorf("Count(%+v) = %d, %v; want %d", f, n, err, want)
			}
		}
		var ru []string
		if err := st.Each(ctx, Filter{AccusedState: "RU"}, func(r Record) error { ru = append(ru, r.Claim.ID); return nil }); err != nil {
			t.Fatal(err)
		}
		// Newest first across both branches: 17, 13, 9, 5, 3 (corrected), 1.
		if want := []string{cs[17].ID, cs[13].ID, cs[9].ID, cs[5].ID, cs[3].ID, cs[1].ID}; strings.Join(ru, ",") != strings.Join(want, ",") {
			t.Errorf("RU claims in order %v, want %v", ru, want)
		}
		p1, err := st.List(ctx, Filter{AccusedState: "RU"}, Page{Limit: 4})
		if err != nil || len(p1.Records) != 4 || p1.Next == "" {
			t.Fatalf("page 1: %+v %v", p1, err)
		}
		p2, err := st.List(ctx, Filter{AccusedState: "RU"}, Page{Limit: 4, After: p1.Next})
		if err != nil || len(p2.Records) != 2 || p2.Records[0].Claim.ID != cs[3].ID || p2.Next != "" {
			t.Fatalf("page 2: %d records, %v", len(p2.Records), err)
		}
		p0, err := st.List(ctx, Filter{AccusedState: "RU"}, Page{Limit: 4, Before: p2.Prev})
		if err != nil || len(p0.Records) != 4 || p0.Records[0].Claim.ID != cs[17].ID {
			t.Fatalf("back to page 1: %+v %v", p0, err)
		}

		// Pending facets are all minus reviewed, value by value.
		pf, err := st.Facets(ctx, Filter{Status: claim.StatusPending})
		if err != nil {
			t.Fatal(err)
		}
		psum := 0
		for _, v := range pf.AccusedState {
			psum += v.Count
		}
		if psum != 18 || len(pf.Status) != 3 {
			t.Errorf("pending facets: states sum %d, want 18; status %+v", psum, pf.Status)
		}
		if rf, err := st.Facets(ctx, Filter{Status: claim.StatusRejected}); err != nil || len(rf.AccusedState) != 1 || rf.AccusedState[0].Count != 1 {
			t.Errorf("rejected facets: %+v, %v", rf.AccusedState, err)
		}

		tl, err := st.Timeline(ctx, Filter{})
		if err != nil {
			t.Fatal(err)
		}
		total := 0
		for _, p := range tl {
			total += p.Count
			if len(p.Month) != 7 || p.State == "" {
				t.Errorf("timeline point %+v", p)
			}
		}
		if total != 20 {
			t.Errorf("timeline total %d, want 20", total)
		}
	})
}

// TestStoreListUsesIndexes seeds 100,000 claims into SQLite and checks with
// EXPLAIN QUERY PLAN that the list query for each main filter is answered
// through an index, never by a full scan of claims.
func TestStoreListUsesIndexes(t *testing.T) {
	if testing.Short() {
		t.Skip("seeds 100,000 claims")
	}
	st := storeTestSQLite(t)
	s := st.(*sqlStore)
	ctx := context.Background()
	storeTestSeedSQL(t, s, 100_000)
	// Beside another test the language index (two or three values) is
	// never the one walked, even without statistics (checked before
	// ANALYZE: most stores never gather any): the count of "state +
	// language + victim" must not read two thirds of the claims through it.
	for _, f := range []Filter{{AccusedState: "RU", Lang: "en", Victim: "DE"}, {Accuser: "FBI", Lang: "fr"}} {
		w, args := s.whereB(f, dimNone, perRowTests{}, branchAll)
		plan := storeTestPlan(t, s, `SELECT count(*)`+bfrom(branchAll, false)+` WHERE `+w, args)
		for _, line := range plan {
			if strings.Contains(line, "claims_lang") {
				t.Errorf("count %+v walks the language index:\n%s", f, strings.Join(plan, "\n"))
			}
		}
	}
	if _, err := s.db.ExecContext(ctx, "ANALYZE"); err != nil {
		t.Fatal(err)
	}
	res, err := st.List(ctx, Filter{}, Page{Limit: 50})
	if err != nil || res.Next == "" {
		t.Fatal(err)
	}
	filters := map[string]Filter{
		"none":              {},
		"state":             {AccusedState: "CN"},
		"group":             {AccusedGroup: "APT28"},
		"accuser":           {Accuser: "FBI"},
		"victim":            {Victim: "CA"},
		"lang":              {Lang: "fr"},
		"status":            {Status: claim.StatusAccepted},
		"state+lang":        {AccusedState: "RU", Lang: "en"},
		"date":              {From: "2024-03-01", To: "2024-03-31"},
		"state+pending":     {AccusedState: "CN", Status: claim.StatusPending},
		"text":              {Q: "case 4242."},
		"text+state":        {Q: "hacked", AccusedState: "KP"},
		"state+lang+victim": {AccusedState: "RU", Lang: "en", Victim: "DE"},
	}
	// With corrections present, the uncorrected branch must plan the same
	// way (the edited branch reads claim_fix, a small table).
	var brs = []storeBranch{branchAll}
	if _, err := s.SaveDecision(ctx, claim.Decision{ClaimID: fmt.Sprintf("%032d", 7), Action: claim.ActionEdit, Reviewer: "t",
		Edited: &claim.Claim{Accused: &claim.Entity{Name: "APT41", Kind: claim.KindGroup, Country: "CN"}}}); err != nil {
		t.Fatal(err)
	}
	brs = append(brs, branchUnedited, branchEdited)
	for _, br := range brs {
		for name, f := range filters {
			if br == branchEdited {
				continue // claim_fix is scanned whole: it holds only the corrections
			}
			name := fmt.Sprintf("%s/branch%d", name, br)
			for _, c := range []struct {
				after  string
				perRow bool
			}{{"", false}, {res.Next, false}, {"", true}, {res.Next, true}} {
				after := c.after
				if c.perRow && f.Victim == "" {
					continue
				}
				t.Run(fmt.Sprintf("%s/after=%v/perrow=%v", name, after != "", c.perRow), func(t *testing.T) {
					query, args, err := s.listQueryB(f, Page{Limit: 50, After: after}, c.perRow, br)
					if err != nil {
						t.Fatal(err)
					}
					plan := storeTestPlan(t, s, query, args)
					t.Logf("plan: %s", strings.Join(plan, " / "))
					for _, line := range plan {
						if (line == "SCAN c" || strings.HasPrefix(line, "SCAN c ")) && !strings.Contains(line, "USING") {
							t.Errorf("full scan of claims:\n%s", strings.Join(plan, "\n"))
						}
					}
					if f.IsZero() || f.Status == claim.StatusAccepted {
						return
					}
					// A filtered page must search an index, not walk the whole
					// stored_at index and test every row.
					ok := false
					for _, line := range plan {
						if strings.Contains(line, "SEARCH") && strings.Contains(line, "INDEX") {
							ok = true
						}
					}
					if !ok {
						t.Errorf("no index search:\n%s", strings.Join(plan, "\n"))
					}
				})
			}
		}
	}
}

// storeTestSeedSQL generates n claims inside SQLite (one statement, no
// round trips), shaped like storeTestClaim: the planner sees the row counts
// and value spread of a real 100,000-claim store. Docs are placeholders.
func storeTestSeedSQL(t *testing.T, s *sqlStore, n int) {
	t.Helper()
	ctx := context.Background()
	gen := `WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < ?) `
	pick := func(list ...string) string {
		q := "CASE i % " + fmt.Sprint(len(list))
		for k, v := range list {
			q += fmt.Sprintf(" WHEN %d THEN '%s'", k, v)
		}
		return q + " END"
	}
	date := `printf('2024-%02d-%02d', 1 + i % 12, 1 + i % 28)`
	stmts := []string{
		`INSERT INTO claims (id, schema_version, article_url, article_title, lang, source, published,
			accuser_name, accuser_kind, accuser_country, accused_name, accused_kind, accused_country,
			victims, claim_date, stance, confidence, evidence, doc, stored_at, updated_at) ` + gen +
			`SELECT printf('%032d', i), 'claim/v1', 'https://news.example/a/' || (i / 2), 'Article ' || (i / 2), ` + pick("en", "fr") + `, '', ` + date + `, ` +
			pick("NCSC", "FBI", "ANSSI", "Mandiant") + `, 'agency', 'GB', ` + pick("APT28", "APT40", "Lazarus Group", "APT33") + `, 'group', ` +
			pick("CN", "RU", "KP", "IR") + `, '', ` + date + `, 'accusation', 0.8, ` +
			`'Someone said a group hacked victims in case ' || i || '.', '{}', ` +
			`strftime('%Y-%m-%dT%H:%M:%S', '2025-01-01', '+' || i || ' minutes') || '.000000000Z', '' FROM n`,
		`INSERT INTO claim_victims (claim_id, country) ` + gen + `SELECT printf('%032d', i), ` + pick("US", "FR", "GB", "DE", "AT") + ` FROM n`,
		`INSERT INTO claim_victims (claim_id, country) ` + gen + `SELECT printf('%032d', i), 'CA' FROM n WHERE i % 7 = 0`,
	}
	for _, q := range stmts {
		if _, err := s.db.ExecContext(ctx, q, n-1); err != nil {
			t.Fatalf("seed: %v\n%s", err, q)
		}
	}
	var got int
	if err := s.db.QueryRowContext(ctx, `SELECT count(*) FROM claims_fts`).Scan(&got); err != nil || got != n {
		t.Fatalf("text index holds %d rows, %v; want %d", got, err, n)
	}
}

func storeTestPlan(t *testing.T, s *sqlStore, query string, args []any) []string {
	t.Helper()
	rows, err := s.db.QueryContext(context.Background(), "EXPLAIN QUERY PLAN "+query, args...)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var id, parent, notused int
		var detail string
		if err := rows.Scan(&id, &parent, &notused, &detail); err != nil {
			t.Fatal(err)
		}
		out = append(out, detail)
	}
	return out
}

// BenchmarkStoreList measures a filtered first page and a deep page over
// 100,000 claims in SQLite.
func BenchmarkStoreList(b *testing.B) {
	st := storeTestSQLite(b)
	storeTestSeed(b, st, 100_000)
	ctx := context.Background()
	var deep string
	p := Page{Limit: 50}
	for range 100 {
		res, err := st.List(ctx, Filter{AccusedState: "CN"}, p)
		if err != nil {
			b.Fatal(err)
		}
		p.After = res.Next
	}
	deep = p.After
	for _, bc := range []struct {
		name string
		f    Filter
		p    Page
	}{
		{"first", Filter{}, Page{Limit: 50}},
		{"state", Filter{AccusedState: "CN"}, Page{Limit: 50}},
		{"state-deep", Filter{AccusedState: "CN"}, Page{Limit: 50, After: deep}},
		{"victim", Filter{Victim: "CA"}, Page{Limit: 50}},
		{"victim-rare", Filter{Victim: "CA", AccusedState: "KP"}, Page{Limit: 50}},
		{"text", Filter{Q: "case 9999"}, Page{Limit: 50}},
	} {
		b.Run(bc.name, func(b *testing.B) {
			for b.Loop() {
				if _, err := st.List(ctx, bc.f, bc.p); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
	b.Run("facets", func(b *testing.B) {
		for b.Loop() {
			if _, err := st.Facets(ctx, Filter{}); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// TestStoreReadsWhatTheSinksWrite writes through the claim sinks (the
// pipeline's write side) and reads through the review store, on the same
// database, in both dialects.
func TestStoreReadsWhatTheSinksWrite(t *testing.T) {
	ctx := context.Background()
	run := func(t *testing.T, spec string, st Store) {
		sink, err := Open(ctx, spec, Options{}, nil)
		if err != nil {
			t.Fatal(err)
		}
		defer sink.Close()
		cs := []claim.Claim{storeTestClaim(0), storeTestClaim(1), storeTestClaim(7)}
		art := claim.Article{Schema: claim.SchemaArticle, URL: cs[0].Article.URL, Title: "T", Lang: "en", Text: "Some text. " + cs[0].Evidence.Sentence}
		if err := sink.(ArticleWriter).WriteArticles(ctx, []claim.Article{art}); err != nil {
			t.Fatal(err)
		}
		for _, c := range cs { // one by one so stored_at increases
			if err := sink.WriteClaims(ctx, []claim.Claim{c}); err != nil {
				t.Fatal(err)
			}
		}
		res, err := st.List(ctx, Filter{}, Page{Limit: 10})
		if err != nil || len(res.Records) != 3 || res.Records[0].Claim.ID != cs[2].ID {
			t.Fatalf("List = %+v, %v", res, err)
		}
		if n, _ := st.Count(ctx, Filter{Victim: "CA"}); n != 2 {
			t.Errorf("victim filter over sink rows: %d, want 2", n)
		}
		a, err := st.Article(ctx, art.URL)
		if err != nil || a.Text != art.Text {
			t.Errorf("Article = %v, %v", a, err)
		}
		if _, err := st.SaveDecision(ctx, claim.Decision{ClaimID: cs[1].ID, Action: claim.ActionAccept, Reviewer: "x"}); err != nil {
			t.Fatal(err)
		}
		// A re-delivery through the sink keeps the review; the text index
		// follows the upsert.
		changed := cs[1]
		changed.Evidence.Sentence = "A rewritten sentence about Sandworm."
		if err := sink.WriteClaims(ctx, []claim.Claim{changed}); err != nil {
			t.Fatal(err)
		}
		// SQLite's trigram index finds any substring; PostgreSQL's full-text
		// index finds word prefixes ("sandw", not "dw" inside Sandworm).
		mid := 1
		if strings.HasPrefix(spec, "postgres") {
			mid = 0
		}
		for q, want := range map[string]int{"sandworm": 1, "hacked victims in case 1.": 0, "hacked victims in case 7.": 1, "dw": mid, "DWO": mid, "SANDW": 1, "about sandworm.": 1} {
			if n, err := st.Count(ctx, Filter{Q: q}); err != nil || n != want {
				t.Errorf("Count(q=%q) = %d, %v; want %d", q, n, err, want)
			}
		}
		if r, err := st.Get(ctx, cs[1].ID); err != nil || r.Status != claim.StatusAccepted {
			t.Errorf("after re-delivery: %+v, %v", r, err)
		}
	}
	t.Run("sqlite", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "claims.db")
		st, err := OpenStore(ctx, "sqlite:"+path, nil)
		if err != nil {
			t.Fatal(err)
		}
		defer st.Close()
		run(t, "sqlite:"+path, st)
	})
	t.Run("postgres", func(t *testing.T) {
		st := storeTestPostgres(t)
		name := st.Name() // "postgres://… schema=NAME"
		i := strings.LastIndex(name, " schema=")
		dsn := os.Getenv("CLAIMWIRE_TEST_POSTGRES")
		if dsn == "" {
			dsn = storeTestPGDefault
		}
		sep := "?"
		if strings.Contains(dsn, "?") {
			sep = "&"
		}
		run(t, dsn+sep+"schema="+name[i+len(" schema="):], st)
	})
}

// TestStoreSaveDecisionsAllOrNone: a batch naming one unknown claim writes
// nothing and names every unknown id.
func TestStoreSaveDecisionsAllOrNone(t *testing.T) {
	storeTestBoth(t, func(t *testing.T, st Store) {
		ctx := context.Background()
		cs := storeTestSeed(t, st, 4)
		at := time.Date(2026, 2, 3, 4, 5, 6, 0, time.UTC)
		batch := []claim.Decision{
			{ClaimID: cs[0].ID, Action: claim.ActionReject, Reason: "dup", Reviewer: "ann", At: at},
			{ClaimID: "missing-one", Action: claim.ActionReject, Reviewer: "ann", At: at},
			{ClaimID: cs[1].ID, Action: claim.ActionReject, Reviewer: "ann", At: at},
			{ClaimID: "missing-two", Action: claim.ActionReject, Reviewer: "ann", At: at},
		}
		_, err := st.SaveDecisions(ctx, batch)
		var me *MissingClaimsError
		if !errors.As(err, &me) || !errors.Is(err, ErrNotFound) {
			t.Fatalf("SaveDecisions with unknown ids = %v, want *MissingClaimsError", err)
		}
		if strings.Join(me.IDs, " ") != "missing-one missing-two" || !strings.Contains(err.Error(), "missing-one, missing-two") {
			t.Errorf("missing ids %v (%v)", me.IDs, err)
		}
		for _, c := range cs[:2] {
			r, err := st.Get(ctx, c.ID)
			if err != nil {
				t.Fatal(err)
			}
			if r.Status != claim.StatusPending || len(r.Decisions) != 0 {
				t.Errorf("claim %s changed by a failed batch: %s, %d decisions", c.ID, r.Status, len(r.Decisions))
			}
		}
		if out, _ := st.Unpublished(ctx, 10); len(out) != 0 {
			t.Errorf("failed batch left %d decisions in the outbox", len(out))
		}
		ids, err := st.SaveDecisions(ctx, append(batch[:1:1], batch[2]))
		if err != nil || len(ids) != 2 || ids[0] == ids[1] {
			t.Fatalf("SaveDecisions = %v, %v", ids, err)
		}
		for _, c := range cs[:2] {
			if r, _ := st.Get(ctx, c.ID); r.Status != claim.StatusRejected {
				t.Errorf("claim %s: %s after the batch", c.ID, r.Status)
			}
		}
	})
}

// Reviewed gives every claim with a decision, each with the history Get
// gives it, and leaves pending claims out.
func TestStoreReviewedMatchesGet(t *testing.T) {
	storeTestBoth(t, func(t *testing.T, st Store) {
		ctx := context.Background()
		cs := storeTestSeed(t, st, 12)
		edited := cs[2]
		edited.Accused = &claim.Entity{Text: "Fancy Bear", Name: "APT28", Kind: claim.KindGroup, Country: "RU"}
		at := time.Date(2026, 2, 3, 4, 5, 6, 0, time.UTC)
		for _, d := range []claim.Decision{
			{ClaimID: cs[1].ID, Action: claim.ActionAccept, Reviewer: "alice", At: at},
			{ClaimID: cs[2].ID, Action: claim.ActionEdit, Field: "accused", Value: "Fancy Bear", Edited: &edited, Reviewer: "alice", At: at},
			{ClaimID: cs[2].ID, Action: claim.ActionAccept, Reviewer: "bob", At: at.Add(time.Minute)},
			{ClaimID: cs[5].ID, Action: claim.ActionReject, Reason: "a denial", Reviewer: "bob", At: at},
			{ClaimID: cs[7].ID, Action: claim.ActionReject, Reason: "no", Reviewer: "bob", At: at},
			{ClaimID: cs[7].ID, Action: claim.ActionAccept, Reviewer: "carol", At: at.Add(time.Hour)},
		} {
			if _, err := st.SaveDecision(ctx, d); err != nil {
				t.Fatal(err)
			}
		}
		got := map[string]Record{}
		if err := st.Reviewed(ctx, func(r Record) error {
			if _, dup := got[r.Claim.ID]; dup {
				t.Errorf("claim %s twice", r.Claim.ID)
			}
			got[r.Claim.ID] = r
			return nil
		}); err != nil {
			t.Fatal(err)
		}
		if len(got) != 4 {
			t.Fatalf("%d reviewed claims, want 4", len(got))
		}
		for _, i := range []int{1, 2, 5, 7} {
			want, err := st.Get(ctx, cs[i].ID)
			if err != nil {
				t.Fatal(err)
			}
			r, ok := got[cs[i].ID]
			if !ok {
				t.Fatalf("claim %d missing", i)
			}
			if r.Status != want.Status || len(r.Decisions) != len(want.Decisions) {
				t.Fatalf("claim %d: status %s, %d decisions; Get: %s, %d", i, r.Status, len(r.Decisions), want.Status, len(want.Decisions))
			}
			for k := range r.Decisions {
				a, b := r.Decisions[k], want.Decisions[k]
				if a.Action != b.Action || a.Reviewer != b.Reviewer || !a.At.Equal(b.At) || (a.Edited == nil) != (b.Edited == nil) {
					t.Errorf("claim %d decision %d: %+v, Get: %+v", i, k, a, b)
				}
			}
		}
		stop := errors.New("stop")
		if err := st.Reviewed(ctx, func(Record) error { return stop }); !errors.Is(err, stop) {
			t.Errorf("fn's error: %v", err)
		}
	})
}
