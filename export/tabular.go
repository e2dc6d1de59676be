package export

import (
	"bufio"
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/claimwire/claimwire/claim"
	"github.com/claimwire/claimwire/sinks"
)

// Review is the review state added to each JSONL line under "review".
type Review struct {
	Status    string       `json:"status"`
	Reviewer  string       `json:"reviewer,omitempty"`
	DecidedAt *time.Time   `json:"decided_at,omitempty"`
	StoredAt  time.Time    `json:"stored_at"`
	Original  *claim.Claim `json:"original,omitempty"` // the extraction, when Edited differs
}

// Line is one JSONL line: a claim/v1 object (the effective claim) with a
// "review" member, so a consumer of claim/v1 reads it unchanged.
type Line struct {
	claim.Claim
	Review Review `json:"review"`
}

// LineOf builds the JSONL line of r.
func LineOf(r sinks.Record) Line {
	l := Line{Claim: *r.Effective(), Review: Review{Status: r.Status, Reviewer: r.Reviewer, StoredAt: r.StoredAt}}
	if !r.DecidedAt.IsZero() {
		t := r.DecidedAt
		l.Review.DecidedAt = &t
	}
	if r.Edited != nil {
		orig := r.Claim
		l.Review.Original = &orig
	}
	if l.Victims == nil {
		l.Victims = []claim.Entity{}
	}
	// JSONL is lossless and re-importable, so a local file: URL stays (the
	// stores accept it); a URL the stores would now refuse is blanked.
	if claim.CheckArticleURL(l.Article.URL) != nil {
		l.Article.URL = ""
	}
	if l.Review.Original != nil && claim.CheckArticleURL(l.Review.Original.Article.URL) != nil {
		l.Review.Original.Article.URL = ""
	}
	return l
}

// webURL is u when it is an http(s) URL, else "": CSV cells end up as
// links in spreadsheets and BI tools.
func webURL(u string) string {
	if claim.WebURL(u) {
		return u
	}
	return ""
}

// WriteJSONL writes one Line per claim, newest first.
func WriteJSONL(ctx context.Context, w io.Writer, src Source, f sinks.Filter) error {
	bw := bufio.NewWriter(w)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	err := src.Each(ctx, f, func(r sinks.Record) error {
		return enc.Encode(LineOf(r))
	})
	if err != nil {
		return fmt.Errorf("export: jsonl: %w", err)
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("export: jsonl: %w", err)
	}
	return nil
}

// CSVColumns are the CSV header, in order. Entity columns come in groups:
// *_text as written in the article, *_name normalised, *_kind, *_country
// (ISO 3166-1 alpha-2). victims holds the victim country codes joined by
// ";", victim_names their names as written joined by "; ". Dates keep the
// precision the text gave (2024, 2024-03, 2024-03-05).
var CSVColumns = []string{
	"id", "status", "reviewer", "decided_at", "stored_at", "edited",
	"article_url", "article_title", "source", "lang", "published",
	"accuser_text", "accuser_name", "accuser_kind", "accuser_country",
	"accused_text", "accused_name", "accused_kind", "accused_country", "accused_mitre",
	"victims", "victim_names",
	"claim_date", "attack_start", "attack_end",
	"stance", "hedge", "confidence", "evidence", "extractor",
}

// CSVRow returns r as a row matching CSVColumns.
func CSVRow(r sinks.Record) []string {
	c := r.Effective()
	ent := func(e *claim.Entity) []string {
		if e == nil {
			return []string{"", "", "", ""}
		}
		return []string{e.Text, e.Name, string(e.Kind), e.Country}
	}
	var codes, names []string
	seen := map[string]bool{}
	for _, v := range c.Victims {
		if v.Country != "" && !seen[v.Country] {
			seen[v.Country] = true
			codes = append(codes, v.Country)
		}
		names = append(names, v.Text)
	}
	var start, end string
	if c.AttackPeriod != nil {
		start, end = string(c.AttackPeriod.Start), string(c.AttackPeriod.End)
	}
	decided := ""
	if !r.DecidedAt.IsZero() {
		decided = r.DecidedAt.UTC().Format(time.RFC3339)
	}
	mitre := ""
	if c.Accused != nil {
		mitre = c.Accused.IDs["mitre"]
	}
	row := []string{c.ID, r.Status, r.Reviewer, decided, r.StoredAt.UTC().Format(time.RFC3339), strconv.FormatBool(r.Edited != nil),
		webURL(c.Article.URL), c.Article.Title, c.Article.Source, c.Article.Lang, string(c.Article.Published)}
	row = append(row, ent(c.Accuser)...)
	row = append(row, ent(c.Accused)...)
	row = append(row, mitre, strings.Join(codes, ";"), strings.Join(names, "; "),
		string(c.ClaimDate), start, end, string(c.Stance), c.Hedge,
		strconv.FormatFloat(c.Confidence, 'f', 2, 64), c.Evidence.Sentence, c.Extractor)
	for i, v := range row {
		row[i] = csvSafe(v)
	}
	return row
}

// csvSafe defuses spreadsheet formulas: article text is untrusted, and a
// cell starting with = + - @ (or a tab/CR) would be evaluated by Excel or
// LibreOffice when the analyst opens the file. Such cells get a leading
// apostrophe, which spreadsheets show as text.
func csvSafe(s string) string {
	if s == "" {
		return s
	}
	switch s[0] {
	case '=', '+', '-', '@', '\t', '\r':
		return "'" + s
	}
	return s
}

// WriteCSV writes a header and one row per claim, newest first.
func WriteCSV(ctx context.Context, w io.Writer, src Source, f sinks.Filter) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(CSVColumns); err != nil {
		return fmt.Errorf("export: csv: %w", err)
	}
	err := src.Each(ctx, f, func(r sinks.Record) error { return cw.Write(CSVRow(r)) })
	if err != nil {
		return fmt.Errorf("export: csv: %w", err)
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return fmt.Errorf("export: csv: %w", err)
	}
	return nil
}
