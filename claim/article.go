package claim

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"time"
	"unicode"
	"unicode/utf8"
)

// Article is what the fetcher hands to the extractor: one news item with its
// main text. Published keeps the precision known; PublishedRaw keeps the
// string as found (feed or meta tag) beside it.
type Article struct {
	Schema       string    `json:"schema"`
	URL          string    `json:"url"`
	CanonicalURL string    `json:"canonical_url,omitempty"`
	Source       string    `json:"source,omitempty"` // source name from the sources file, or host
	Lang         string    `json:"lang,omitempty"`   // "fr", "en", … ("" when unknown)
	Title        string    `json:"title,omitempty"`
	Authors      []string  `json:"authors,omitempty"`
	PublishedRaw string    `json:"published_raw,omitempty"`
	Published    Date      `json:"published,omitempty"`
	Text         string    `json:"text"`
	Truncated    bool      `json:"truncated,omitempty"`
	Hash         string    `json:"hash"` // ContentHash(Text)
	FetchedAt    time.Time `json:"fetched_at,omitzero"`
}

// ContentHash is the hex SHA-256 of the whitespace-normalised text, used to
// recognise the same article under two URLs.
func ContentHash(text string) string {
	// the words joined by single spaces, hashed as they are found rather
	// than joined into a copy of the text first (every article is hashed):
	// runs of word bytes are copied into a buffer that is hashed when full,
	// SHA-256 reading a stream whatever its chunks. The separators are
	// strings.Fields's (unicode.IsSpace).
	h := sha256.New()
	var buf [2048]byte
	b := buf[:0]
	started, owed := false, false // a word was written; a space is owed before the next
	for i := 0; i < len(text); {
		c := text[i]
		size := 1
		if c < utf8.RuneSelf {
			if asciiSpace[c] {
				owed = started
				i++
				continue
			}
		} else {
			var r rune
			r, size = utf8.DecodeRuneInString(text[i:])
			if unicode.IsSpace(r) {
				owed = started
				i += size
				continue
			}
		}
		// a word: its bytes up to the next separator
		j := i + size
		for j < len(text) {
			if c := text[j]; c < utf8.RuneSelf {
				if asciiSpace[c] {
					break
				}
				j++
				continue
			}
			r, n := utf8.DecodeRuneInString(text[j:])
			if unicode.IsSpace(r) {
				break
			}
			j += n
		}
		if owed {
			if len(b) == cap(b) {
				h.Write(b)
				b = buf[:0]
			}
			b = append(b, ' ')
			owed = false
		}
		for w := text[i:j]; len(w) > 0; {
			if len(b) == cap(b) {
				h.Write(b)
				b = buf[:0]
			}
			n := copy(b[len(b):cap(b)], w)
			b, w = b[:len(b)+n], w[n:]
		}
		started = true
		i = j
	}
	h.Write(b)
	var sum [sha256.Size]byte
	return hex.EncodeToString(h.Sum(sum[:0]))
}

// asciiSpace marks the ASCII bytes unicode.IsSpace reports.
var asciiSpace = [utf8.RuneSelf]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

// Ref returns the ArticleRef that claims of this article carry. The canonical
// URL wins so that an article reached by two URLs gives the same claim ids.
func (a *Article) Ref() ArticleRef {
	u := a.CanonicalURL
	if u == "" {
		u = a.URL
	}
	return ArticleRef{URL: u, Title: a.Title, Lang: a.Lang, Published: a.Published, Source: a.Source}
}

// Validate checks what the extractor relies on.
func (a *Article) Validate() error {
	if a.Schema != SchemaArticle {
		return fmt.Errorf("%w: %q", ErrSchema, a.Schema)
	}
	if a.URL == "" {
		return fmt.Errorf("%w: article without url", ErrInvalid)
	}
	if msg := articleURLProblem(a.URL, false); msg != "" {
		return fmt.Errorf("%w: %s", ErrInvalid, msg)
	}
	if a.CanonicalURL != "" && !WebURL(a.CanonicalURL) {
		return fmt.Errorf("%w: article %s: canonical url %q is not http(s)", ErrInvalid, a.URL, a.CanonicalURL)
	}
	if a.Published != "" && !a.Published.Valid() {
		return fmt.Errorf("%w: article %s: published %q", ErrInvalid, a.URL, a.Published)
	}
	return nil
}

// Decision is an analyst's review of one claim. The original extraction is
// never overwritten: Edited carries the corrected claim beside it.
type Decision struct {
	Schema   string    `json:"schema"`
	ClaimID  string    `json:"claim_id"`
	Action   string    `json:"action"` // "accept", "reject", "edit"
	Reason   string    `json:"reason,omitempty"`
	Field    string    `json:"field,omitempty"`
	Value    string    `json:"value,omitempty"`
	Edited   *Claim    `json:"edited,omitempty"`
	Reviewer string    `json:"reviewer"`
	At       time.Time `json:"at"`
}

// Decision actions.
const (
	ActionAccept = "accept"
	ActionReject = "reject"
	ActionEdit   = "edit"
)

// Review statuses of a claim as the store reports them.
const (
	StatusPending  = "pending"
	StatusAccepted = "accepted"
	StatusRejected = "rejected"
	StatusEdited   = "edited"
)
