package fetcher

import (
	_ "embed"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/robfig/cron/v3"
	"gopkg.in/yaml.v3"
)

// ErrInvalidSources is wrapped by every SourceError, so callers can tell a
// broken sources file from an unreadable one.
var ErrInvalidSources = errors.New("invalid sources file")

// SourceError is one mistake in a sources file, with the line it is on and
// the path of the field: "sources.yaml:12: sources[3].kind: unknown kind …".
type SourceError struct {
	File  string
	Line  int
	Field string
	Msg   string
}

func (e *SourceError) Error() string {
	var b strings.Builder
	b.WriteString(e.File)
	if e.Line > 0 {
		b.WriteString(":" + strconv.Itoa(e.Line))
	}
	b.WriteString(": ")
	if e.Field != "" {
		b.WriteString(e.Field + ": ")
	}
	b.WriteString(e.Msg)
	return b.String()
}

// Unwrap lets errors.Is(err, ErrInvalidSources) match.
func (e *SourceError) Unwrap() error { return ErrInvalidSources }

//go:embed sources.default.yaml
var defaultSourcesYAML []byte

// DefaultSourcesYAML returns the embedded default sources file as text (for
// `claimwire sources --print`-style commands and the README).
func DefaultSourcesYAML() []byte { return append([]byte(nil), defaultSourcesYAML...) }

// DefaultSources returns the embedded sources file of real French and English
// security outlets and official sources. It panics if the embedded file is
// invalid, which a test rules out.
func DefaultSources() *SourcesFile {
	sf, err := ParseSources(defaultSourcesYAML, "sources.default.yaml")
	if err != nil {
		panic("fetcher: embedded sources.default.yaml: " + err.Error())
	}
	return sf
}

// LoadSources reads and validates the sources file at path. Relative `path:`
// entries of dir sources are resolved against the file's directory.
func LoadSources(path string) (*SourcesFile, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("fetcher: sources file: %w", err)
	}
	sf, err := ParseSources(data, path)
	if err != nil {
		return nil, err
	}
	base := filepath.Dir(path)
	for i := range sf.Sources {
		if s := &sf.Sources[i]; s.Kind == KindDir && !filepath.IsAbs(s.Path) {
			s.Path = filepath.Join(base, s.Path)
		}
	}
	return sf, nil
}

// ParseSources parses and validates a sources file; name is the file name
// used in error messages. Every mistake is reported (errors.Join of
// *SourceError), not just the first.
func ParseSources(data []byte, name string) (*SourcesFile, error) {
	if name == "" {
		name = "sources"
	}
	p := &sourcesParser{file: name}
	sf := p.parse(data)
	if len(p.errs) > 0 {
		// Top to bottom, as an editor shows the file.
		sort.SliceStable(p.errs, func(i, j int) bool {
			return p.errs[i].(*SourceError).Line < p.errs[j].(*SourceError).Line
		})
		return nil, errors.Join(p.errs...)
	}
	return sf, nil
}

type sourcesParser struct {
	file string
	errs []error
}

func (p *sourcesParser) errorf(n *yaml.Node, field, format string, a ...any) {
	line := 0
	if n != nil {
		line = n.Line
	}
	p.errs = append(p.errs, &SourceError{File: p.file, Line: line, Field: field, Msg: fmt.Sprintf(format, a...)})
}

var yamlLineRE = lazyRE(`^yaml: line (\d+): (.*)$`)

func (p *sourcesParser) parse(data []byte) *SourcesFile {
	sf := &SourcesFile{Name: p.file}
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		// Turn "yaml: line 3: mapping values are not allowed…" into "file:3: …".
		msg := err.Error()
		if m := yamlLineRE().FindStringSubmatch(msg); m != nil {
			l, _ := strconv.Atoi(m[1])
			p.errs = append(p.errs, &SourceError{File: p.file, Line: l, Msg: "yaml: " + m[2]})
		} else {
			p.errs = append(p.errs, &SourceError{File: p.file, Msg: msg})
		}
		return nil
	}
	if len(doc.Content) == 0 {
		p.errorf(nil, "", "empty file (want a mapping with a sources: list)")
		return nil
	}
	root := doc.Content[0]
	if root.Kind != yaml.MappingNode {
		p.errorf(root, "", "top level must be a mapping with a sources: list, got %s", kindName(root))
		return nil
	}
	var sourcesNode *yaml.Node
	p.mapping(root, "", func(key string, k, v *yaml.Node) {
		switch key {
		case "sources":
			sourcesNode = v
		case "allow_hosts":
			sf.AllowHosts = p.strings(v, key)
			list := deref(v) // a list, or one string as a one-item list
			for i, h := range sf.AllowHosts {
				if h == "" || strings.ContainsAny(h, "/ \t") {
					at := list
					if list.Kind == yaml.SequenceNode && i < len(list.Content) {
						at = list.Content[i]
					}
					p.errorf(at, fmt.Sprintf("allow_hosts[%d]", i), "%q is not a host name or IP address", h)
				}
			}
		case "user_agent":
			sf.UserAgent = p.str(v, key)
			if strings.ContainsAny(sf.UserAgent, "\r\n") {
				p.errorf(v, key, "contains a line break")
			}
		case "contact":
			sf.Contact = p.str(v, key)
			if sf.Contact != "" && !validContact(sf.Contact) {
				p.errorf(v, key, "%q is not an http(s) URL or mail address", sf.Contact)
			}
		case "defaults":
			p.defaults(v, &sf.Defaults)
		default:
			if strings.HasPrefix(key, "x-") {
				return // extension field, as in docker-compose: a home for YAML anchors
			}
			p.errorf(k, key, "unknown field (want sources, allow_hosts, user_agent, contact, defaults, or x-… for anchors)")
		}
	})
	if sourcesNode == nil {
		p.errorf(root, "sources", "missing (want a list of sources)")
		return sf
	}
	if sourcesNode.Kind != yaml.SequenceNode {
		p.errorf(sourcesNode, "sources", "want a list, got %s", kindName(sourcesNode))
		return sf
	}
	names := map[string]int{}
	for i, n := range sourcesNode.Content {
		field := fmt.Sprintf("sources[%d]", i)
		s, ok := p.source(n, field)
		if !ok {
			continue
		}
		if s.Name != "" {
			if first, dup := names[s.Name]; dup {
				p.errorf(n, field+".name", "duplicate name %q (first on line %d)", s.Name, first)
			} else {
				names[s.Name] = n.Line
			}
		}
		applyDefaults(&s, sf.Defaults)
		sf.Sources = append(sf.Sources, s)
	}
	return sf
}

func applyDefaults(s *Source, d Defaults) {
	if s.Lang == "" {
		s.Lang = d.Lang
	}
	if s.Rate == 0 {
		s.Rate = d.Rate
	}
	if s.Burst == 0 {
		s.Burst = d.Burst
	}
	if s.Interval == 0 && s.Schedule == "" {
		s.Interval, s.Schedule = d.Interval, d.Schedule
	}
	if s.MaxItems == 0 {
		s.MaxItems = d.MaxItems
	}
}

func (p *sourcesParser) defaults(n *yaml.Node, d *Defaults) {
	if n.Kind != yaml.MappingNode {
		p.errorf(n, "defaults", "want a mapping, got %s", kindName(n))
		return
	}
	var scheduleNode *yaml.Node
	p.mapping(n, "defaults", func(key string, k, v *yaml.Node) {
		f := "defaults." + key
		if !p.shared(d, key, v, f, &scheduleNode) {
			p.errorf(k, f, "unknown field (want lang, rate, burst, interval, schedule, max_items)")
		}
	})
	p.checkSchedule(d, scheduleNode, "defaults.schedule")
}

// shared parses key if it is one of the fields defaults and sources have in
// common (lang, politeness, schedule, max_items) into d, remembering the
// schedule node for checkSchedule, and reports whether it was.
func (p *sourcesParser) shared(d *Defaults, key string, v *yaml.Node, f string, scheduleNode **yaml.Node) bool {
	switch key {
	case "lang":
		d.Lang = p.lang(v, f)
	case "rate":
		d.Rate = p.rate(v, f)
	case "burst":
		d.Burst = p.posInt(v, f)
	case "interval":
		d.Interval = p.interval(v, f)
	case "schedule":
		d.Schedule, *scheduleNode = p.schedule(v, f), v
	case "max_items":
		d.MaxItems = p.posInt(v, f)
	default:
		return false
	}
	return true
}

// checkSchedule reports interval and schedule set together.
func (p *sourcesParser) checkSchedule(d *Defaults, scheduleNode *yaml.Node, field string) {
	if d.Interval != 0 && d.Schedule != "" {
		p.errorf(scheduleNode, field, "set either interval or schedule, not both")
	}
}

var sourceFields = "name, kind, url, path, lang, include, exclude, categories, rate, burst, interval, schedule, max_items"

func (p *sourcesParser) source(n *yaml.Node, field string) (Source, bool) {
	n = deref(n)
	s := Source{Line: n.Line}
	if n.Kind != yaml.MappingNode {
		p.errorf(n, field, "want a mapping with name, kind and url, got %s", kindName(n))
		return s, false
	}
	var kindNode, urlNode, pathNode, scheduleNode *yaml.Node
	var sh Defaults // the fields a source shares with defaults
	p.mapping(n, field, func(key string, k, v *yaml.Node) {
		f := field + "." + key
		switch key {
		case "name":
			s.Name = p.str(v, f)
			if s.Name != "" && !validName(s.Name) {
				p.errorf(v, f, "%q: use letters, digits, '.', '_' and '-' only (the name is used in state keys and logs)", s.Name)
			}
		case "kind":
			s.Kind, kindNode = strings.ToLower(p.str(v, f)), v
		case "url":
			s.URL, urlNode = p.str(v, f), v
		case "path":
			s.Path, pathNode = p.str(v, f), v
		case "include":
			s.Include = p.strings(v, f)
		case "exclude":
			s.Exclude = p.strings(v, f)
		case "categories":
			s.Categories = p.strings(v, f)
		default:
			if !p.shared(&sh, key, v, f, &scheduleNode) {
				p.errorf(k, f, "unknown field (want %s)", sourceFields)
			}
		}
	})
	s.Lang, s.Rate, s.Burst = sh.Lang, sh.Rate, sh.Burst
	s.Interval, s.Schedule, s.MaxItems = sh.Interval, sh.Schedule, sh.MaxItems
	if s.Name == "" {
		p.errorf(n, field+".name", "missing")
	}
	switch {
	case kindNode == nil:
		p.errorf(n, field+".kind", "missing (want %s)", strings.Join(Kinds, ", "))
	case !validKind(s.Kind):
		p.errorf(kindNode, field+".kind", "unknown kind %q (want %s)", s.Kind, strings.Join(Kinds, ", "))
	case s.Kind == KindDir:
		if s.Path == "" {
			p.errorf(n, field+".path", "missing (a dir source reads local files)")
		}
		if urlNode != nil {
			p.errorf(urlNode, field+".url", "a dir source takes path, not url")
		}
	default:
		if pathNode != nil {
			p.errorf(pathNode, field+".path", "only dir sources take a path (use url)")
		}
		if urlNode == nil {
			p.errorf(n, field+".url", "missing")
		} else if msg := checkURL(s.URL); msg != "" {
			p.errorf(urlNode, field+".url", "%q: %s", s.URL, msg)
		}
	}
	p.checkSchedule(&sh, scheduleNode, field+".schedule")
	return s, true
}

func checkURL(s string) string {
	u, err := url.Parse(s)
	switch {
	case err != nil:
		return "not a URL"
	case u.Scheme != "http" && u.Scheme != "https":
		return "want an http or https URL"
	case u.Host == "":
		return "no host"
	}
	return ""
}

var nameRE = lazyRE(`^[A-Za-z0-9][A-Za-z0-9._-]*$`)

func validName(s string) bool { return nameRE().MatchString(s) }

func validKind(k string) bool {
	for _, v := range Kinds {
		if k == v {
			return true
		}
	}
	return false
}

// mapping walks a mapping node, reporting duplicate keys. A YAML merge key
// ("<<: *common") contributes the fields the mapping does not set itself.
func (p *sourcesParser) mapping(n *yaml.Node, field string, fn func(key string, k, v *yaml.Node)) {
	n = deref(n)
	seen := map[string]bool{}
	var merges []*yaml.Node
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], deref(n.Content[i+1])
		if k.Value == "<<" && k.Tag == "!!merge" {
			merges = append(merges, v)
			continue
		}
		f := k.Value
		if field != "" {
			f = field + "." + k.Value
		}
		if seen[k.Value] {
			p.errorf(k, f, "duplicate field")
			continue
		}
		seen[k.Value] = true
		fn(k.Value, k, v)
	}
	for _, m := range merges {
		srcs := []*yaml.Node{m}
		if m.Kind == yaml.SequenceNode {
			srcs = m.Content
		}
		for _, src := range srcs {
			src = deref(src)
			if src.Kind != yaml.MappingNode {
				p.errorf(src, field, "merge key: want a mapping, got %s", kindName(src))
				continue
			}
			for i := 0; i+1 < len(src.Content); i += 2 {
				k, v := src.Content[i], deref(src.Content[i+1])
				if !seen[k.Value] {
					seen[k.Value] = true
					fn(k.Value, k, v)
				}
			}
		}
	}
}

// deref follows YAML aliases (*name) to the anchored node.
func deref(n *yaml.Node) *yaml.Node {
	for i := 0; n != nil && n.Kind == yaml.AliasNode && n.Alias != nil && i < 16; i++ {
		n = n.Alias
	}
	return n
}

func (p *sourcesParser) str(n *yaml.Node, field string) string {
	n = deref(n)
	if n.Kind != yaml.ScalarNode || n.Tag == "!!null" {
		p.errorf(n, field, "want a string, got %s", kindName(n))
		return ""
	}
	return strings.TrimSpace(n.Value)
}

// strings accepts a list of strings, or a single string as a one-item list.
func (p *sourcesParser) strings(n *yaml.Node, field string) []string {
	n = deref(n)
	if n.Kind == yaml.ScalarNode && n.Tag != "!!null" {
		return []string{strings.TrimSpace(n.Value)}
	}
	if n.Kind != yaml.SequenceNode {
		p.errorf(n, field, "want a list of strings, got %s", kindName(n))
		return nil
	}
	var out []string
	for i, c := range n.Content {
		c = deref(c)
		if c.Kind != yaml.ScalarNode || c.Tag == "!!null" || strings.TrimSpace(c.Value) == "" {
			p.errorf(c, fmt.Sprintf("%s[%d]", field, i), "want a non-empty string, got %s", kindName(c))
			continue
		}
		out = append(out, strings.TrimSpace(c.Value))
	}
	return out
}

var langRE = lazyRE(`^[a-z]{2}$`)

func (p *sourcesParser) lang(n *yaml.Node, field string) string {
	s := strings.ToLower(p.str(n, field))
	if s == "auto" {
		return ""
	}
	if s != "" && !langRE().MatchString(s) {
		p.errorf(n, field, "%q: want a two-letter ISO 639-1 code such as fr or en (or auto)", s)
		return ""
	}
	return s
}

func (p *sourcesParser) rate(n *yaml.Node, field string) float64 {
	s := p.str(n, field)
	if s == "" {
		return 0
	}
	v, err := strconv.ParseFloat(s, 64)
	if err != nil || v <= 0 || v > 1000 {
		p.errorf(n, field, "%q: want requests per second, a number > 0 and ≤ 1000 (0.5 = one request every 2s)", s)
		return 0
	}
	return v
}

func (p *sourcesParser) posInt(n *yaml.Node, field string) int {
	s := p.str(n, field)
	if s == "" {
		return 0
	}
	v, err := strconv.Atoi(s)
	if err != nil || v <= 0 {
		p.errorf(n, field, "%q: want a positive integer", s)
		return 0
	}
	return v
}

func (p *sourcesParser) interval(n *yaml.Node, field string) time.Duration {
	s := p.str(n, field)
	if s == "" {
		return 0
	}
	d, err := time.ParseDuration(s)
	if err != nil {
		p.errorf(n, field, "%q: want a Go duration such as 30m or 2h", s)
		return 0
	}
	if d < time.Minute {
		p.errorf(n, field, "%q: shorter than 1m is not polite", s)
		return 0
	}
	return d
}

func (p *sourcesParser) schedule(n *yaml.Node, field string) string {
	s := p.str(n, field)
	if s == "" {
		return ""
	}
	if _, err := cron.ParseStandard(s); err != nil {
		p.errorf(n, field, "%q: %v (want a 5-field cron expression such as \"*/30 * * * *\" or @hourly, @every 2h)", s, err)
		return ""
	}
	return s
}

func kindName(n *yaml.Node) string {
	switch n.Kind {
	case yaml.MappingNode:
		return "a mapping"
	case yaml.SequenceNode:
		return "a list"
	case yaml.AliasNode:
		return "an alias"
	case yaml.ScalarNode:
		if n.Tag == "!!null" {
			return "nothing"
		}
		return fmt.Sprintf("%q", n.Value)
	}
	return "nothing"
}

// ApplyTo returns cfg completed by the sources file, the way `claimwire run`
// combines flags and file: allow_hosts are added to cfg.AllowHosts (the
// --allow-host flags), and user_agent / contact fill fields cfg leaves empty
// (flags win over the file).
func (sf *SourcesFile) ApplyTo(cfg Config) Config {
	if sf == nil {
		return cfg
	}
	seen := map[string]bool{}
	var hosts []string
	for _, h := range append(append([]string(nil), cfg.AllowHosts...), sf.AllowHosts...) {
		if k := strings.ToLower(strings.TrimSpace(h)); k != "" && !seen[k] {
			seen[k] = true
			hosts = append(hosts, h)
		}
	}
	cfg.AllowHosts = hosts
	if cfg.UserAgent == "" {
		cfg.UserAgent = sf.UserAgent
	}
	if cfg.Contact == "" {
		cfg.Contact = sf.Contact
	}
	return cfg
}
