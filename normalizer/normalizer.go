// Package normalizer maps names as written in French or English news to
// canonical actors: countries (ISO 3166-1 alpha-2), threat groups (with MITRE
// ids and attributed states), state organs, alliances, companies and media.
//
// Its tables are embedded data files beside this package, one folder per
// language plus language-neutral tables; users extend them with files of
// their own. Adding a language is data plus tests.
package normalizer

import (
	"github.com/claimwire/claimwire/claim"
)

// Form says how a mention names its entity; the extractor's rules depend on it
// ("Chinese hackers" ties a state through a demonym, "Beijing denied" is a
// capital used as a metonym for the state).
type Form string

const (
	FormName    Form = "name"    // "la Chine", "Royaume-Uni", "APT40", "NCSC"
	FormAbbrev  Form = "abbrev"  // "U.S.", "UK", "USA"
	FormDemonym Form = "demonym" // "chinois", "Russian", "nord-coréens"
	FormSeat    Form = "seat"    // capital or seat of power: "Pékin", "the Kremlin", "la Maison Blanche"
	FormAlias   Form = "alias"   // another name of a group: "Fancy Bear" for APT28
)

// Mention is an entity found in a text. Start and End are byte offsets into
// the text given to Find: text[Start:End] == Text.
type Mention struct {
	Start, End int
	Text       string
	Form       Form
	Entity     claim.Entity
}

// Options configures New.
type Options struct {
	// ExtraFiles are user tables merged over the embedded ones (see README).
	ExtraFiles []string
}

// Normalizer resolves names. It is safe for concurrent use once built.
type Normalizer struct{}

// New builds a Normalizer from the embedded tables and opts.ExtraFiles.
func New(opts Options) (*Normalizer, error) { return &Normalizer{}, nil }

// Find returns the non-overlapping known mentions in text (longest match
// first), in text order. lang ("fr", "en", "") selects language-specific
// forms; language-neutral ones (group names, acronyms) always apply.
func (n *Normalizer) Find(text, lang string) []Mention { return nil }

// Resolve maps a whole phrase ("aux Etats-Unis", "Volt Typhoon", "le GRU")
// to its entity.
func (n *Normalizer) Resolve(text, lang string) (claim.Entity, bool) { return claim.Entity{}, false }

// Country maps a country name, abbreviation, demonym or seat in any loaded
// language to its alpha-2 code.
func (n *Normalizer) Country(text string) (string, bool) { return "", false }

// CountryName returns the country's name in lang (CLDR), e.g. ("AT","en") → "Austria".
func (n *Normalizer) CountryName(code, lang string) string { return "" }

// Suggest returns up to limit entities whose names or aliases start with or
// contain query, in French or English, for the review page's pickers.
func (n *Normalizer) Suggest(query string, limit int) []claim.Entity { return nil }
