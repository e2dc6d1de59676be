// Package strictjson decodes hand-edited JSON data files (lexicons) and
// rejects what encoding/json lets through silently: an unknown key (a typo
// such as "acuse" would drop a whole list), a key given twice in one object
// (the later one wins without a word) and a string given twice in one list.
// Every error names the file and the line, so the person editing the file
// can find it.
package strictjson

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"reflect"
	"sort"
	"strings"
)

// Decode decodes data, read from file, into v (a pointer). Errors read
// "FILE:LINE: what". Keys are checked against v's struct json tags (any key
// of a map is allowed, unless allowed names the keys for that path: e.g.
// {"anaphors": {"company", "report"}}); duplicate strings are checked within
// each array.
func Decode(file string, data []byte, v any, allowed map[string][]string) error {
	lines := lineStarts(data)
	w := walker{file: file, data: data, lines: lines, allowed: allowed}
	w.dec = json.NewDecoder(bytes.NewReader(data))
	w.dec.UseNumber()
	t := reflect.TypeOf(v)
	if t == nil || t.Kind() != reflect.Pointer {
		return fmt.Errorf("strictjson: %s: want a pointer, got %T", file, v)
	}
	if err := w.value(t.Elem(), ""); err != nil {
		return err
	}
	if _, err := w.dec.Token(); err != io.EOF {
		return fmt.Errorf("%s:%d: data after the top-level value", file, w.line(w.dec.InputOffset()))
	}
	// The walk has checked keys; the standard decoder fills v (and reports
	// type errors, located by their offsets).
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		var te *json.UnmarshalTypeError
		if errors.As(err, &te) {
			return fmt.Errorf("%s:%d: %s: want %s, got %s", file, lineOf(lines, te.Offset), dotted(te.Field), te.Type, te.Value)
		}
		return fmt.Errorf("%s: %w", file, err)
	}
	return nil
}

type walker struct {
	file    string
	data    []byte
	lines   []int
	dec     *json.Decoder
	allowed map[string][]string
}

func (w *walker) line(off int64) int { return lineOf(w.lines, off) }

func (w *walker) errf(off int64, format string, args ...any) error {
	return fmt.Errorf("%s:%d: %s", w.file, w.line(off), fmt.Sprintf(format, args...))
}

func (w *walker) token() (json.Token, int64, error) {
	tok, err := w.dec.Token()
	off := w.dec.InputOffset()
	if err != nil {
		var se *json.SyntaxError
		if errors.As(err, &se) {
			return nil, off, w.errf(se.Offset, "%v", err)
		}
		if err == io.EOF || errors.Is(err, io.ErrUnexpectedEOF) {
			return nil, off, w.errf(off, "unexpected end of file")
		}
		return nil, off, w.errf(off, "%v", err)
	}
	return tok, off, nil
}

// value reads one value whose Go type is t (nil: anything) at path p.
func (w *walker) value(t reflect.Type, p string) error {
	tok, off, err := w.token()
	if err != nil {
		return err
	}
	return w.valueTok(tok, off, t, p)
}

func (w *walker) valueTok(tok json.Token, off int64, t reflect.Type, p string) error {
	for t != nil && t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	d, ok := tok.(json.Delim)
	if !ok {
		return nil // scalars: types are checked by the standard decoder
	}
	switch d {
	case '{':
		return w.object(t, p, off)
	case '[':
		return w.array(t, p)
	}
	return w.errf(off, "unexpected %q", d)
}

func (w *walker) object(t reflect.Type, p string, _ int64) error {
	var fields map[string]reflect.Type
	var elem reflect.Type
	anyKey := true
	if t != nil {
		switch t.Kind() {
		case reflect.Struct:
			fields, anyKey = jsonFields(t), false
		case reflect.Map:
			elem = t.Elem()
		}
	}
	var allowed map[string]bool
	if names, ok := w.allowed[p]; ok && anyKey {
		allowed = map[string]bool{}
		for _, n := range names {
			allowed[n] = true
		}
	}
	seen := map[string]int{}
	for {
		tok, off, err := w.token()
		if err != nil {
			return err
		}
		if d, ok := tok.(json.Delim); ok && d == '}' {
			return nil
		}
		key, ok := tok.(string)
		if !ok {
			return w.errf(off, "want a key, got %v", tok)
		}
		ln := w.line(off)
		if first, dup := seen[key]; dup {
			return w.errf(off, "duplicate key %q in %s (first at line %d)", key, where(p), first)
		}
		seen[key] = ln
		vt := elem
		if !anyKey {
			ft, ok := fields[key]
			if !ok {
				return w.errf(off, "unknown key %q in %s%s", key, where(p), known(sortedKeys(fields)))
			}
			vt = ft
		} else if allowed != nil && !allowed[key] {
			return w.errf(off, "unknown key %q in %s%s", key, where(p), known(w.allowed[p]))
		}
		if err := w.value(vt, join(p, key)); err != nil {
			return err
		}
	}
}

func (w *walker) array(t reflect.Type, p string) error {
	var elem reflect.Type
	if t != nil && (t.Kind() == reflect.Slice || t.Kind() == reflect.Array) {
		elem = t.Elem()
	}
	seen := map[string]int{}
	for i := 0; ; i++ {
		tok, off, err := w.token()
		if err != nil {
			return err
		}
		if d, ok := tok.(json.Delim); ok && d == ']' {
			return nil
		}
		if s, ok := tok.(string); ok {
			if first, dup := seen[s]; dup {
				return w.errf(off, "duplicate entry %q in %s (first at line %d)", s, where(p), first)
			}
			seen[s] = w.line(off)
			continue
		}
		if err := w.valueTok(tok, off, elem, fmt.Sprintf("%s[%d]", p, i)); err != nil {
			return err
		}
	}
}

// jsonFields maps a struct's JSON keys to their types (exported fields,
// the json tag's name or the field name; "-" skipped).
func jsonFields(t reflect.Type) map[string]reflect.Type {
	m := map[string]reflect.Type{}
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		if !f.IsExported() {
			continue
		}
		name := f.Name
		if tag, ok := f.Tag.Lookup("json"); ok {
			n, _, _ := strings.Cut(tag, ",")
			if n == "-" {
				continue
			}
			if n != "" {
				name = n
			}
		}
		m[name] = f.Type
	}
	return m
}

// known lists the keys a short object takes; a long list would bury the
// message, so it is left out.
func known(keys []string) string {
	if len(keys) > 12 {
		return ""
	}
	return " (known: " + strings.Join(keys, ", ") + ")"
}

func sortedKeys(m map[string]reflect.Type) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func join(p, k string) string {
	if p == "" {
		return k
	}
	return p + "." + k
}

func where(p string) string {
	if p == "" {
		return "the top-level object"
	}
	return fmt.Sprintf("%q", p)
}

func dotted(f string) string {
	if f == "" {
		return "value"
	}
	return f
}

// lineStarts returns the offset of the start of every line.
func lineStarts(data []byte) []int {
	starts := []int{0}
	for i, c := range data {
		if c == '\n' {
			starts = append(starts, i+1)
		}
	}
	return starts
}

// lineOf is the 1-based line of byte offset off. Offsets from the decoder
// point just past a token; a token ending a line is still on that line.
func lineOf(starts []int, off int64) int {
	o := int(off)
	if o > 0 {
		o-- // the last byte of the token, not the one after it
	}
	return sort.Search(len(starts), func(i int) bool { return starts[i] > o })
}
