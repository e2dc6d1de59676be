package sinks

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/claimwire/claimwire/claim"
)

func openTestJSONL(t *testing.T, path string, opts Options) (*jsonlSink, *sinkTestLogs) {
	t.Helper()
	logs := &sinkTestLogs{}
	s, err := Open(context.Background(), "jsonl:"+path, opts, logs.logger(t))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s.(*jsonlSink), logs
}

// readLines returns the raw lines of one file.
func readLines(t *testing.T, name string) []string {
	t.Helper()
	data, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	if len(data) > 0 && data[len(data)-1] != '\n' {
		t.Fatalf("%s does not end with a newline", name)
	}
	return strings.Split(strings.TrimSuffix(string(data), "\n"), "\n")
}

func TestJSONLAppendAndReadBack(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "sub", "dir", "claims.jsonl") // parents created
	s, _ := openTestJSONL(t, path, Options{})
	if s.Name() != "jsonl:"+path {
		t.Errorf("Name() = %q", s.Name())
	}
	want := sinkTestClaims(0, 5)
	if err := s.WriteClaims(ctx, want[:3]); err != nil {
		t.Fatal(err)
	}
	if err := s.WriteClaims(ctx, want[3:]); err != nil {
		t.Fatal(err)
	}
	if err := s.WriteClaims(ctx, nil); err != nil {
		t.Fatal(err)
	}
	// Visible to another reader as soon as WriteClaims returned (no Close).
	got, err := ReadJSONL(path)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("read back %d claims, differ from the %d written:\n%+v\n%+v", len(got), len(want), got, want)
	}
	// One line per claim, the claim JSON as encoding/json writes it, with
	// no HTML escaping of the title.
	lines := readLines(t, path)
	if len(lines) != 5 {
		t.Fatalf("%d lines, want 5", len(lines))
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.Encode(&want[0])
	if lines[0]+"\n" != buf.String() {
		t.Errorf("line 0 = %s\nwant     %s", lines[0], buf.String())
	}
	if !strings.Contains(lines[0], "<attribution>") {
		t.Errorf("title HTML-escaped: %s", lines[0])
	}
}

func TestJSONLSuppressesDuplicates(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "claims.jsonl")
	s, _ := openTestJSONL(t, path, Options{RotateBytes: 3000})
	cs := sinkTestClaims(0, 6)
	// Duplicates inside one batch and across batches.
	if err := s.WriteClaims(ctx, []claim.Claim{cs[0], cs[1], cs[0]}); err != nil {
		t.Fatal(err)
	}
	if err := s.WriteClaims(ctx, []claim.Claim{cs[1], cs[2], cs[3]}); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	files, _ := JSONLFiles(path)
	if len(files) < 2 {
		t.Fatalf("want rotated files for this test, got %v", files)
	}
	// Across a reopen: the index is rebuilt from the current and rotated
	// files, so a redelivered batch adds only what is new.
	s2, _ := openTestJSONL(t, path, Options{RotateBytes: 3000})
	if err := s2.WriteClaims(ctx, cs); err != nil {
		t.Fatal(err)
	}
	if err := s2.WriteClaims(ctx, cs); err != nil {
		t.Fatal(err)
	}
	got, err := ReadJSONL(path)
	if err != nil {
		t.Fatal(err)
	}
	if ids := sinkTestIDs(got); !slices.Equal(ids, sinkTestIDs(cs)) {
		t.Fatalf("ids %v, want each of %v once", ids, sinkTestIDs(cs))
	}
	// Write order is kept: the first four in their first order, then 4, 5.
	for i, c := range got {
		if c.ID != cs[i].ID {
			t.Fatalf("claim %d is %s, want %s", i, c.ID, cs[i].ID)
		}
	}
}

func TestJSONLRotationBySize(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	path := filepath.Join(dir, "claims.jsonl")
	line, _ := json.Marshal(sinkTestClaim(0))
	lineLen := int64(len(line) + 1)
	clock := &sinkTestClock{t: time.Date(2025, 3, 1, 10, 0, 0, 0, time.UTC)}
	// Room for two lines (claims differ slightly in length: give slack).
	opts := Options{RotateBytes: 2*lineLen + 40, Now: clock.Now}
	s, _ := openTestJSONL(t, path, opts)
	cs := sinkTestClaims(0, 12)
	for i := 0; i < 7; i++ {
		clock.Set(clock.Now().Add(time.Second))
		if err := s.WriteClaims(ctx, cs[i:i+1]); err != nil {
			t.Fatal(err)
		}
	}
	// A batch larger than the limit is never split.
	clock.Set(clock.Now().Add(time.Second))
	if err := s.WriteClaims(ctx, cs[7:12]); err != nil {
		t.Fatal(err)
	}
	files, err := JSONLFiles(path)
	if err != nil {
		t.Fatal(err)
	}
	var counts []int
	for _, f := range files {
		counts = append(counts, len(readLines(t, f)))
	}
	if want := []int{2, 2, 2, 1, 5}; !slices.Equal(counts, want) {
		t.Fatalf("lines per file %v (files %v), want %v", counts, files, want)
	}
	// Rotated names carry the UTC time of their first line, in order.
	wantNames := []string{
		path + ".20250301-100001",
		path + ".20250301-100003",
		path + ".20250301-100005",
		path + ".20250301-100007",
		path,
	}
	if !slices.Equal(files, wantNames) {
		t.Fatalf("files %v, want %v", files, wantNames)
	}
	got, err := ReadJSONL(path)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(sinkTestIDs(got), sinkTestIDs(cs)) {
		t.Fatal("claims lost or duplicated across rotation")
	}
}

func TestJSONLRotationByDay(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "claims.jsonl")
	day1 := time.Date(2025, 3, 1, 23, 58, 0, 0, time.UTC)
	clock := &sinkTestClock{t: day1}
	opts := Options{RotateDaily: true, Now: clock.Now}
	s, _ := openTestJSONL(t, path, opts)
	cs := sinkTestClaims(0, 6)
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	must(s.WriteClaims(ctx, cs[0:1]))
	clock.Set(day1.Add(time.Minute)) // 23:59, same day
	must(s.WriteClaims(ctx, cs[1:2]))
	clock.Set(day1.Add(3 * time.Minute)) // 00:01 next day
	must(s.WriteClaims(ctx, cs[2:3]))
	// A non-UTC clock still rotates on UTC days: 01:30+02:00 is 23:30 UTC
	// of day 2, no rotation.
	clock.Set(time.Date(2025, 3, 3, 1, 30, 0, 0, time.FixedZone("X", 2*3600)))
	must(s.WriteClaims(ctx, cs[3:4]))
	files, _ := JSONLFiles(path)
	want := []string{path + ".20250301-235800", path}
	if !slices.Equal(files, want) {
		t.Fatalf("files %v, want %v", files, want)
	}
	if n := len(readLines(t, files[0])); n != 2 {
		t.Fatalf("day-1 file has %d lines, want 2", n)
	}
	if n := len(readLines(t, path)); n != 2 {
		t.Fatalf("current file has %d lines, want 2", n)
	}

	// After a restart the current file's day is its last write (mtime): a
	// file last written on day 2 rotates at the first write of day 4.
	must(s.Close())
	day2 := time.Date(2025, 3, 2, 23, 30, 0, 0, time.UTC)
	if err := os.Chtimes(path, day2, day2); err != nil {
		t.Fatal(err)
	}
	clock.Set(time.Date(2025, 3, 4, 8, 0, 0, 0, time.UTC))
	s2, _ := openTestJSONL(t, path, opts)
	must(s2.WriteClaims(ctx, cs[4:6]))
	files, _ = JSONLFiles(path)
	want = []string{path + ".20250301-235800", path + ".20250302-233000", path}
	if !slices.Equal(files, want) {
		t.Fatalf("after restart: files %v, want %v", files, want)
	}
	got, _ := ReadJSONL(path)
	if !slices.Equal(sinkTestIDs(got), sinkTestIDs(cs)) {
		t.Fatal("claims lost or duplicated across daily rotation")
	}
}

func TestJSONLRotationNameClash(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "claims.jsonl")
	clock := &sinkTestClock{t: time.Date(2025, 3, 1, 10, 0, 0, 0, time.UTC)}
	s, _ := openTestJSONL(t, path, Options{RotateBytes: 10, Now: clock.Now}) // every batch rotates
	for i := 0; i < 4; i++ {
		if err := s.WriteClaims(ctx, sinkTestClaims(i, i+1)); err != nil {
			t.Fatal(err)
		}
	}
	files, _ := JSONLFiles(path)
	want := []string{path + ".20250301-100000", path + ".20250301-100000-1", path + ".20250301-100000-2", path}
	if !slices.Equal(files, want) {
		t.Fatalf("files %v, want %v", files, want)
	}
	got, _ := ReadJSONL(path)
	for i, c := range got {
		if c.ID != sinkTestClaim(i).ID {
			t.Fatalf("order broken at %d", i)
		}
	}
}

func TestJSONLRepairsTornTail(t *testing.T) {
	ctx := context.Background()
	full, _ := json.Marshal(sinkTestClaim(3))
	for _, tc := range []struct {
		name string
		tail string
		keep int // lines of the tail that are valid and kept
	}{
		{"cut mid-line", `{"schema":"claim/v1","id":"abc","article":{"url":"htt`, 0},
		{"cut after a whole line of the batch", string(full) + "\n" + `{"schema":"claim/v1","id":"de`, 1},
		{"zero-filled block after power loss", "\x00\x00\x00\x00\x00\x00\x00\x00", 0},
		{"zero-filled block with newline", strings.Repeat("\x00", 100) + "\n", 0},
		{"whole line without newline", string(full), 0},
		{"garbage complete line", "not json at all\n", 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "claims.jsonl")
			s, _ := openTestJSONL(t, path, Options{})
			if err := s.WriteClaims(ctx, sinkTestClaims(0, 3)); err != nil {
				t.Fatal(err)
			}
			s.Close()
			before, _ := os.ReadFile(path)
			f, _ := os.OpenFile(path, os.O_WRONLY|os.O_APPEND, 0)
			f.WriteString(tc.tail)
			f.Close()

			s2, logs := openTestJSONL(t, path, Options{})
			warned := false
			for _, w := range logs.warnings() {
				if strings.Contains(w, "damaged last line") {
					warned = true
				}
			}
			if !warned {
				t.Errorf("no warning about the repair; warnings: %v", logs.warnings())
			}
			// The damaged bytes are saved beside the file.
			torn, _ := filepath.Glob(path + ".torn-*")
			if len(torn) != 1 {
				t.Fatalf("torn files %v, want 1", torn)
			}
			saved, _ := os.ReadFile(torn[0])
			wantSaved := tc.tail
			if tc.keep == 1 {
				wantSaved = tc.tail[len(full)+1:]
			}
			if string(saved) != wantSaved {
				t.Errorf("saved tail %q, want %q", saved, wantSaved)
			}
			after, _ := os.ReadFile(path)
			wantAfter := string(before)
			if tc.keep == 1 {
				wantAfter += string(full) + "\n"
			}
			if string(after) != wantAfter {
				t.Fatalf("file after repair:\n%q\nwant\n%q", after, wantAfter)
			}
			// The redelivered batch completes the file without duplicates.
			if err := s2.WriteClaims(ctx, sinkTestClaims(3, 5)); err != nil {
				t.Fatal(err)
			}
			got, err := ReadJSONL(path)
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(sinkTestIDs(got), sinkTestIDs(sinkTestClaims(0, 5))) {
				t.Fatalf("ids after repair %v", sinkTestIDs(got))
			}
			readLines(t, path) // ends with a newline
			// The torn file is not mistaken for a rotated file.
			if files, _ := JSONLFiles(path); len(files) != 1 {
				t.Errorf("files %v", files)
			}
		})
	}
}

func TestJSONLKeepsBadLineInTheMiddle(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "claims.jsonl")
	var content bytes.Buffer
	for i, c := range sinkTestClaims(0, 2) {
		b, _ := json.Marshal(c)
		content.Write(b)
		content.WriteByte('\n')
		if i == 0 {
			content.WriteString("an operator's note\n")
		}
	}
	os.WriteFile(path, content.Bytes(), 0o644)
	s, logs := openTestJSONL(t, path, Options{})
	if len(logs.warnings()) == 0 {
		t.Error("no warning about the unreadable line")
	}
	if err := s.WriteClaims(ctx, sinkTestClaims(0, 3)); err != nil {
		t.Fatal(err)
	}
	data, _ := os.ReadFile(path)
	if !bytes.HasPrefix(data, content.Bytes()) {
		t.Fatal("existing content was changed")
	}
	if n := len(readLines(t, path)); n != 4 {
		t.Fatalf("%d lines, want 4 (3 claims + the note)", n)
	}
}

func TestJSONLRefusesInvalidBatch(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "claims.jsonl")
	s, _ := openTestJSONL(t, path, Options{})
	cs := sinkTestClaims(0, 3)
	cs[1].Stance = "maybe"
	err := s.WriteClaims(ctx, cs)
	var ce *ClaimError
	if !errors.As(err, &ce) || !errors.Is(err, ErrPermanent) || !slices.Equal(ce.Indexes(), []int{1}) {
		t.Fatalf("want ClaimError for index 1, got %v", err)
	}
	if fi, _ := os.Stat(path); fi.Size() != 0 {
		t.Fatal("part of a refused batch was written")
	}
}

func TestJSONLSecondWriterRefused(t *testing.T) {
	path := filepath.Join(t.TempDir(), "claims.jsonl")
	s, _ := openTestJSONL(t, path, Options{})
	_, err := Open(context.Background(), "jsonl:"+path, Options{}, nil)
	if err == nil || !strings.Contains(err.Error(), "in use") {
		t.Fatalf("second open: %v, want an 'in use' error", err)
	}
	s.Close()
	s2, err := Open(context.Background(), "jsonl:"+path, Options{}, nil)
	if err != nil {
		t.Fatalf("open after close: %v", err)
	}
	s2.Close()
}

func TestJSONLClosed(t *testing.T) {
	path := filepath.Join(t.TempDir(), "claims.jsonl")
	s, _ := openTestJSONL(t, path, Options{Fsync: FsyncInterval, FsyncInterval: 10 * time.Millisecond})
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatalf("second Close: %v", err)
	}
	if err := s.WriteClaims(context.Background(), sinkTestClaims(0, 1)); !errors.Is(err, ErrClosed) {
		t.Fatalf("write after close: %v", err)
	}
}

func TestJSONLFsyncPolicies(t *testing.T) {
	ctx := context.Background()
	for _, policy := range []string{FsyncAlways, FsyncInterval, FsyncNever} {
		t.Run(policy, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "claims.jsonl")
			s, _ := openTestJSONL(t, path, Options{Fsync: policy, FsyncInterval: 20 * time.Millisecond})
			if err := s.WriteClaims(ctx, sinkTestClaims(0, 2)); err != nil {
				t.Fatal(err)
			}
			got, _ := ReadJSONL(path)
			if len(got) != 2 {
				t.Fatalf("%d claims readable after WriteClaims, want 2", len(got))
			}
			s.mu.Lock()
			dirty := s.dirty
			s.mu.Unlock()
			if (policy == FsyncAlways) == dirty {
				t.Fatalf("dirty=%v after write under %s", dirty, policy)
			}
			if policy == FsyncInterval {
				// The background loop fsyncs and clears the flag.
				deadline := time.Now().Add(10 * time.Second)
				for {
					s.mu.Lock()
					dirty = s.dirty
					s.mu.Unlock()
					if !dirty {
						break
					}
					if time.Now().After(deadline) {
						t.Fatal("interval fsync never ran")
					}
					time.Sleep(10 * time.Millisecond)
				}
			}
		})
	}
}

func TestJSONLContextCancelled(t *testing.T) {
	path := filepath.Join(t.TempDir(), "claims.jsonl")
	s, _ := openTestJSONL(t, path, Options{})
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	err := s.WriteClaims(ctx, sinkTestClaims(0, 1))
	if !errors.Is(err, ErrUnavailable) || !errors.Is(err, context.Canceled) {
		t.Fatalf("cancelled write: %v", err)
	}
}

func TestJSONLLineID(t *testing.T) {
	own, _ := json.Marshal(sinkTestClaim(1))
	for _, tc := range []struct {
		name, line, want string
	}{
		{"own format", string(own) + "\n", sinkTestClaim(1).ID},
		{"other key order", `{"id":"abc","schema":"claim/v1"}` + "\n", "abc"},
		{"escaped id", `{"schema":"claim/v1","id":"a\"b"}` + "\n", `a"b`},
		{"no id", `{"schema":"claim/v1"}` + "\n", ""},
		{"empty id", `{"schema":"claim/v1","id":""}` + "\n", ""},
		{"no newline", string(own), ""},
		{"cut", string(own[:len(own)/2]) + "\n", ""},
		{"prefix ok, body broken", `{"schema":"claim/v1","id":"abc","x":` + "\n", ""},
		{"zeros", "\x00\x00\x00\n", ""},
		{"array", `["id"]` + "\n", ""},
		{"empty line", "\n", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := jsonlLineID([]byte(tc.line)); got != tc.want {
				t.Fatalf("jsonlLineID(%q) = %q, want %q", tc.line, got, tc.want)
			}
		})
	}
}

func TestIDSet(t *testing.T) {
	s := newIDSet()
	ids := []string{
		"0123456789abcdef0123456789abcdef",
		"0123456789abcdef0123456789abcdee",
		"0123456789ABCDEF0123456789ABCDEF", // not aliased to the lower-case one
		"short",
		"0123456789abcdef0123456789abcdeg", // 32 chars, not hex
	}
	for _, id := range ids {
		if s.Has(id) {
			t.Fatalf("%q present before Add", id)
		}
		s.Add(id)
		if !s.Has(id) {
			t.Fatalf("%q missing after Add", id)
		}
	}
	if s.Len() != len(ids) {
		t.Fatalf("Len() = %d, want %d", s.Len(), len(ids))
	}
	if s.Has("0123456789abcdef0123456789abcde0") || s.Has("shor") {
		t.Fatal("false positive")
	}
}

func TestJSONLRefusesForeignFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "notes.txt")
	content := "line one\nline two\nline three\n"
	os.WriteFile(path, []byte(content), 0o644)
	_, err := Open(context.Background(), "jsonl:"+path, Options{}, nil)
	if err == nil || !strings.Contains(err.Error(), "do not look like an interrupted write") {
		t.Fatalf("open on a foreign file: %v", err)
	}
	if data, _ := os.ReadFile(path); string(data) != content {
		t.Fatal("foreign file was modified")
	}
	// The lock was released: a later open (after the file is fixed) works.
	os.WriteFile(path, nil, 0o644)
	s, err := Open(context.Background(), "jsonl:"+path, Options{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
}

func TestJSONLRepairTwiceKeepsBothTornFiles(t *testing.T) {
	path := filepath.Join(t.TempDir(), "claims.jsonl")
	clock := &sinkTestClock{t: time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)}
	for i := 0; i < 2; i++ {
		f, _ := os.OpenFile(path, os.O_WRONLY|os.O_APPEND|os.O_CREATE, 0o644)
		f.WriteString(`{"schema":"claim/v1","id":"x` + string(rune('0'+i)))
		f.Close()
		s, _ := openTestJSONL(t, path, Options{Now: clock.Now})
		s.Close()
	}
	torn, _ := filepath.Glob(path + ".torn-*")
	if len(torn) != 2 {
		t.Fatalf("torn files %v, want 2", torn)
	}
}
