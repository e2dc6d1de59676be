package sinks

// The relational schema shared by the SQLite and PostgreSQL sinks and read by
// the review store. Columns beside doc are projections of the claim JSON for
// filtering and paging; doc is the claim exactly as extracted and is never
// rewritten by a review (decisions live in their own table).
//
// Both dialects accept this DDL; PostgreSQL stores doc as TEXT too so that
// the same queries and scanning code serve both.
var schemaDDL = []string{
	`CREATE TABLE IF NOT EXISTS claims (
		id              TEXT PRIMARY KEY,
		schema_version  TEXT NOT NULL,
		article_url     TEXT NOT NULL,
		article_title   TEXT NOT NULL DEFAULT '',
		lang            TEXT NOT NULL DEFAULT '',
		source          TEXT NOT NULL DEFAULT '',
		published       TEXT NOT NULL DEFAULT '',
		accuser_name    TEXT NOT NULL DEFAULT '',
		accuser_kind    TEXT NOT NULL DEFAULT '',
		accuser_country TEXT NOT NULL DEFAULT '',
		accused_name    TEXT NOT NULL DEFAULT '',
		accused_kind    TEXT NOT NULL DEFAULT '',
		accused_country TEXT NOT NULL DEFAULT '',
		victims         TEXT NOT NULL DEFAULT '',
		claim_date      TEXT NOT NULL DEFAULT '',
		stance          TEXT NOT NULL DEFAULT '',
		confidence      DOUBLE PRECISION NOT NULL DEFAULT 0,
		evidence        TEXT NOT NULL DEFAULT '',
		doc             TEXT NOT NULL,
		stored_at       TEXT NOT NULL,
		updated_at      TEXT NOT NULL
	)`,
	`CREATE TABLE IF NOT EXISTS claim_victims (
		claim_id TEXT NOT NULL,
		country  TEXT NOT NULL,
		PRIMARY KEY (claim_id, country)
	)`,
	`CREATE TABLE IF NOT EXISTS articles (
		url        TEXT PRIMARY KEY,
		title      TEXT NOT NULL DEFAULT '',
		lang       TEXT NOT NULL DEFAULT '',
		source     TEXT NOT NULL DEFAULT '',
		published  TEXT NOT NULL DEFAULT '',
		hash       TEXT NOT NULL DEFAULT '',
		text       TEXT NOT NULL DEFAULT '',
		stored_at  TEXT NOT NULL
	)`,
	`CREATE INDEX IF NOT EXISTS claims_stored_at ON claims (stored_at DESC, id)`,
	`CREATE INDEX IF NOT EXISTS claims_accused_country ON claims (accused_country, stored_at DESC)`,
	`CREATE INDEX IF NOT EXISTS claims_accused_name ON claims (accused_name, stored_at DESC)`,
	`CREATE INDEX IF NOT EXISTS claims_accuser ON claims (accuser_country, accuser_name)`,
	`CREATE INDEX IF NOT EXISTS claims_article ON claims (article_url)`,
	`CREATE INDEX IF NOT EXISTS claims_claim_date ON claims (claim_date)`,
	`CREATE INDEX IF NOT EXISTS claim_victims_country ON claim_victims (country, claim_id)`,
}

// Notes on columns:
//   - article_url: ArticleRef.URL (canonical when known); articles.url uses the same key.
//   - victims: the victim country codes joined by single spaces, sorted ("AT CA US").
//   - accused_name / accuser_name: Entity.Name; *_country: Entity.Country.
//   - confidence: DOUBLE PRECISION, not REAL: PostgreSQL's REAL is 4 bytes
//     and would turn 0.8 into 0.800000011920929 (SQLite stores 8 bytes either way).
//   - stored_at: RFC 3339 UTC with nanoseconds, set on first insert and kept on upsert;
//     updated_at: set on every upsert. Newest-first lists order by stored_at DESC, id.
