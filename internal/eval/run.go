package eval

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strings"
	"time"

	"github.com/claimwire/claimwire/claim"
)

// Extractor is what RunExtractor scores; *extractor.Extractor satisfies it.
type Extractor interface {
	Extract(ctx context.Context, a *claim.Article) ([]claim.Claim, error)
}

// ArticleFromText builds the article the extractor sees for a gold text,
// as `claimwire extract --url U [--published D] FILE` builds it from a text
// file: the whole file (less a UTF-8 BOM) is Text, so evidence offsets are
// offsets into the file; its first line is the Title when it is short
// (SCHEMA.md: "title on the first line when known"); Source is the URL's host.
func ArticleFromText(url, lang string, published claim.Date, text string) claim.Article {
	a := PlainTextArticle(url, strings.TrimPrefix(text, "\ufeff"))
	a.Lang = lang
	a.Published = published
	return a
}

// PlainTextArticle is the one builder of an article from a plain-text file,
// shared by the scorer and `claimwire extract`: Text is kept as given (a
// UTF-8 BOM the caller keeps stays, so offsets are into the file), the first
// line (after any BOM) is the Title when at most 200 bytes, and Source is
// the URL's host.
func PlainTextArticle(url, text string) claim.Article {
	a := UnhashedTextArticle(url, text)
	a.Hash = claim.ContentHash(text)
	return a
}

// UnhashedTextArticle is PlainTextArticle without Hash, for a caller whose
// output never holds it: `claimwire extract` writes claims, which carry the
// text's Fingerprint but not its hash, and hashing every file was ~10 % of
// that command's instructions (issue 11).
func UnhashedTextArticle(url, text string) claim.Article {
	a := claim.Article{
		Schema: claim.SchemaArticle,
		URL:    url,
		Source: HostOf(url),
		Text:   text,
	}
	if first, _, _ := strings.Cut(strings.TrimSpace(strings.TrimPrefix(text, "\ufeff")), "\n"); len(first) <= 200 && len(first) > 0 {
		a.Title = strings.TrimSpace(first)
	}
	return a
}

// HostOf returns the host of an http(s) URL less "www.", for an article's
// Source; "" for any other URL.
func HostOf(u string) string {
	for _, p := range []string{"https://", "http://"} {
		if h, ok := strings.CutPrefix(u, p); ok {
			if i := strings.IndexAny(h, "/?#"); i >= 0 {
				h = h[:i]
			}
			return strings.TrimPrefix(h, "www.")
		}
	}
	return ""
}

// URL is the article URL score.py passes for g: its source_url, else
// file://TEXTPATH.
func (g *Gold) URL() string {
	if g.SourceURL != "" {
		return g.SourceURL
	}
	return "file://" + g.TextPath
}

// PublishedDate is the gold publication date when it is a valid Date.
func (g *Gold) PublishedDate() claim.Date {
	if d := claim.Date(g.Published); d.Valid() {
		return d
	}
	return ""
}

// RunExtractor scores x in process on every gold article. An extraction
// error counts as an error and the article as scored with no claims, as
// score.py counts a failed command.
func (s *Scorer) RunExtractor(ctx context.Context, x Extractor, golds []*Gold) (*Result, error) {
	r := NewResult()
	for _, g := range golds {
		if err := ctx.Err(); err != nil {
			return r, err
		}
		text, err := os.ReadFile(g.TextPath)
		if err != nil {
			return r, fmt.Errorf("eval: %w", err)
		}
		a := ArticleFromText(g.URL(), g.Lang, g.PublishedDate(), string(text))
		t0 := time.Now()
		cs, err := x.Extract(ctx, &a)
		r.Seconds += time.Since(t0).Seconds()
		var claims []Claim
		if err != nil {
			r.Errors++
			r.Note(fmt.Sprintf("%s: error: %v", g.ID, err))
		} else if claims, err = ToJSONClaims(cs); err != nil {
			return r, err
		}
		s.Tally(r, claims, g)
	}
	return r, nil
}

// ToJSONClaims converts claims to the decoded-JSON form the scorer reads,
// so in-process claims are scored exactly like a command's output.
func ToJSONClaims(cs []claim.Claim) ([]Claim, error) {
	out := make([]Claim, 0, len(cs))
	for i := range cs {
		b, err := json.Marshal(&cs[i])
		if err != nil {
			return nil, fmt.Errorf("eval: claim %s: %w", cs[i].ID, err)
		}
		c, err := decodeClaim(b)
		if err != nil {
			return nil, fmt.Errorf("eval: claim %s: %w", cs[i].ID, err)
		}
		out = append(out, c)
	}
	return out, nil
}

func decodeClaim(b []byte) (Claim, error) {
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.UseNumber()
	var c Claim
	if err := dec.Decode(&c); err != nil {
		return nil, err
	}
	if c == nil {
		return nil, errors.New("not a JSON object")
	}
	return c, nil
}

// CommandOptions configures RunCommand.
type CommandOptions struct {
	// Argv is the extractor command; each run gets [--published D] --url U FILE.
	Argv []string
	// Timeout per article (score.py's default is 30 s).
	Timeout time.Duration
	Dir     string // working directory; "" for the current one
}

// RunCommand scores an external extractor the way score.py does: one run
// per article, claim JSON lines on stdout; a non-zero exit, a timeout or a
// line that is not JSON counts as an error.
func (s *Scorer) RunCommand(ctx context.Context, opts CommandOptions, golds []*Gold) (*Result, error) {
	if len(opts.Argv) == 0 {
		return nil, errors.New("eval: empty command")
	}
	if opts.Timeout <= 0 {
		opts.Timeout = 30 * time.Second
	}
	r := NewResult()
	for _, g := range golds {
		if err := ctx.Err(); err != nil {
			return r, err
		}
		argv := append([]string(nil), opts.Argv...)
		if g.Published != "" {
			argv = append(argv, "--published", g.Published)
		}
		argv = append(argv, "--url", g.URL(), g.TextPath)
		out, msg, err := runOne(ctx, argv, opts)
		r.Seconds += out.secs
		if err != nil {
			if ctx.Err() != nil {
				return r, ctx.Err()
			}
			return r, fmt.Errorf("eval: %s: %w", g.ID, err)
		}
		if msg != "" {
			r.Errors++
			r.FailedArticles++
			if out.exit {
				r.Note(fmt.Sprintf("%s: %s", g.ID, msg))
			}
		}
		var claims []Claim
		for _, line := range strings.Split(out.stdout, "\n") {
			line = strings.TrimSpace(line)
			if line == "" {
				continue
			}
			c, err := decodeClaim([]byte(line))
			if err != nil {
				r.Errors++
				continue
			}
			claims = append(claims, c)
		}
		s.Tally(r, claims, g)
	}
	return r, nil
}

type runOut struct {
	stdout string
	secs   float64
	exit   bool // failed with an exit status (score.py prints those)
}

// runOne runs argv; msg is set when the run counts as an error (its stdout
// is then ignored); err only when the command cannot be started at all.
func runOne(ctx context.Context, argv []string, opts CommandOptions) (runOut, string, error) {
	cctx, cancel := context.WithTimeout(ctx, opts.Timeout)
	defer cancel()
	cmd := exec.CommandContext(cctx, argv[0], argv[1:]...)
	cmd.Dir = opts.Dir
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	t0 := time.Now()
	err := cmd.Run()
	o := runOut{secs: time.Since(t0).Seconds()}
	var ee *exec.ExitError
	switch {
	case err == nil:
		o.stdout = stdout.String()
		return o, "", nil
	case cctx.Err() != nil && ctx.Err() == nil:
		return o, "timeout", nil
	case errors.As(err, &ee):
		o.exit = true
		msg := fmt.Sprintf("exit %d", ee.ExitCode())
		if se := prefix(strings.TrimSpace(stderr.String()), 200); se != "" {
			msg += ": " + se
		}
		return o, msg, nil
	}
	return o, "", err
}

var goldIDInURL = lazyRE(`/([a-z]{2}-\d{3})\.html`)

// ScoreClaims scores a JSONL file of claims (score.py --claims): each
// claim's article.url names its gold id as …/ID.html.
func (s *Scorer) ScoreClaims(rd io.Reader, golds []*Gold) (*Result, error) {
	r := NewResult()
	pooled := map[string][]Claim{}
	sc := bufio.NewScanner(rd)
	sc.Buffer(make([]byte, 0, 64*1024), 64<<20)
	for sc.Scan() {
		c, err := decodeClaim(sc.Bytes())
		if err != nil {
			r.Errors++
			continue
		}
		r.ClaimsRead++
		art, _ := c["article"].(map[string]any)
		if m := goldIDInURL().FindStringSubmatch(str(art["url"])); m != nil {
			pooled[m[1]] = append(pooled[m[1]], c)
		}
	}
	ids := map[string]bool{}
	for _, g := range golds {
		ids[g.ID] = true
	}
	for id, cs := range pooled {
		if ids[id] {
			r.ClaimsMatched += len(cs)
		}
	}
	if err := sc.Err(); err != nil {
		return r, fmt.Errorf("eval: claims: %w", err)
	}
	res := s.Score(pooled, golds)
	res.Errors = r.Errors
	res.ClaimsRead, res.ClaimsMatched = r.ClaimsRead, r.ClaimsMatched
	return res, nil
}

// SplitCommand splits a command line like Python's shlex.split (POSIX
// rules: quotes, backslash escapes).
func SplitCommand(s string) ([]string, error) {
	var out []string
	var cur strings.Builder
	inWord := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '\\':
			if i+1 < len(s) {
				i++
				cur.WriteByte(s[i])
			}
			inWord = true
		case c == '\'':
			j := strings.IndexByte(s[i+1:], '\'')
			if j < 0 {
				return nil, fmt.Errorf("eval: command %q: no closing quotation", s)
			}
			cur.WriteString(s[i+1 : i+1+j])
			i += j + 1
			inWord = true
		case c == '"':
			i++
			for ; i < len(s) && s[i] != '"'; i++ {
				if s[i] == '\\' && i+1 < len(s) && strings.IndexByte("\\\"$`\n", s[i+1]) >= 0 {
					i++
				}
				cur.WriteByte(s[i])
			}
			if i >= len(s) {
				return nil, fmt.Errorf("eval: command %q: no closing quotation", s)
			}
			inWord = true
		case c == ' ' || c == '\t' || c == '\n' || c == '\r':
			if inWord {
				out = append(out, cur.String())
				cur.Reset()
				inWord = false
			}
		default:
			cur.WriteByte(c)
			inWord = true
		}
	}
	if inWord {
		out = append(out, cur.String())
	}
	return out, nil
}
