package sinks

// The JSONL sink appends one claim JSON object per line to PATH.
//
// Durability: a batch is encoded into one buffer and written with a single
// write(2) on a file opened O_APPEND, then (Fsync "always", the default)
// fsynced before WriteClaims returns nil. So a nil return means every line
// of the batch is on stable storage; under "interval"/"never" it means the
// lines are in the kernel's page cache, which survives a crash of the
// process but not of the machine.
//
// Idempotence: the ids of every claim in PATH and in its rotated files are
// indexed in memory (rebuilt by scanning the files at open), so a claim
// re-delivered after a crash or a NATS redelivery is not appended twice.
// JSONL keeps the FIRST version of a claim id; the database sinks keep the
// latest. Rotated files an operator deletes are forgotten.
//
// Crash repair: only the tail written after the last successful fsync can be
// damaged (a cut line, zero-filled blocks after power loss). At open,
// everything after the last valid line is cut off, logged as a warning and
// saved beside the file as PATH.torn-YYYYMMDD-HHMMSS for inspection. Valid
// lines of a batch that was cut are kept (their ids are indexed, so the
// redelivered batch only adds what is missing).
//
// Rotation: before a batch that would make PATH exceed RotateBytes, or at
// the first write of a new UTC day (RotateDaily), PATH is fsynced and renamed
// to PATH.YYYYMMDD-HHMMSS, the UTC time its first line was written (after a
// restart, the time of its last write), with -1, -2… appended on a clash, so
// that the rotated files sort chronologically by name. A batch is never split
// across two files.
//
// A PATH.lock file is held with flock(2) while the sink is open: a second
// process appending to the same file with its own index would duplicate
// claims, so it gets a clear error instead.

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"sort"
	"sync"
	"time"

	"github.com/claimwire/claimwire/claim"
)

const jsonlRotateLayout = "20060102-150405"

type jsonlSink struct {
	path string
	opts Options
	log  *slog.Logger

	mu       sync.Mutex
	f        *os.File // nil after a failed write we could not undo; reopened on next write
	size     int64    // bytes of valid lines in f
	segStart time.Time
	seen     *idSet
	dirty    bool // written but not fsynced (interval/never)
	closed   bool
	lock     *os.File

	stop chan struct{}
	done chan struct{}

	events jsonlEvents // the events file beside (events_jsonl.go)
}

func openJSONL(path string, opts Options, logger *slog.Logger) (*jsonlSink, error) {
	j := &jsonlSink{
		path: path,
		opts: opts,
		log:  logger.With("stage", "sink", "sink", "jsonl:"+path),
		seen: newIDSet(),
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return nil, fmt.Errorf("sinks: jsonl %s: create directory: %w", path, err)
	}
	lock, err := lockFile(path + ".lock")
	if err != nil {
		return nil, fmt.Errorf("sinks: jsonl %s: %w", path, err)
	}
	j.lock = lock
	rotated, err := jsonlRotatedFiles(path)
	if err != nil {
		j.lock.Close()
		return nil, err
	}
	for _, r := range rotated {
		if err := j.indexFile(r); err != nil {
			j.lock.Close()
			return nil, err
		}
	}
	if err := j.openCurrent(); err != nil {
		j.lock.Close()
		return nil, err
	}
	if opts.Fsync == FsyncInterval {
		j.stop, j.done = make(chan struct{}), make(chan struct{})
		go j.syncLoop()
	}
	j.log.Debug("jsonl sink open", "claims_indexed", j.seen.Len(), "rotated_files", len(rotated))
	return j, nil
}

func (j *jsonlSink) Name() string { return "jsonl:" + j.path }

// indexFile adds the ids of a rotated file to the index. Rotated files were
// fsynced before the rename, so a bad line there is reported, not repaired.
func (j *jsonlSink) indexFile(name string) error {
	f, err := os.Open(name)
	if err != nil {
		return fmt.Errorf("sinks: jsonl %s: %w", name, err)
	}
	defer f.Close()
	_, bad, _, err := jsonlScan(f, j.seen)
	if err != nil {
		return fmt.Errorf("sinks: jsonl %s: read: %w", name, err)
	}
	if bad > 0 {
		j.log.Warn("jsonl: rotated file has unreadable lines; left as they are", "file", name, "bad_lines", bad)
	}
	return nil
}

// openCurrent opens PATH for appending, indexes it and cuts a damaged tail.
func (j *jsonlSink) openCurrent() error {
	_, statErr := os.Stat(j.path)
	f, err := os.OpenFile(j.path, os.O_RDWR|os.O_CREATE|os.O_APPEND, 0o644)
	if err != nil {
		return fmt.Errorf("sinks: jsonl %s: open: %w", j.path, err)
	}
	if errors.Is(statErr, os.ErrNotExist) {
		// The new directory entry must survive a power loss too.
		if err := syncDir(filepath.Dir(j.path)); err != nil {
			f.Close()
			return fmt.Errorf("sinks: jsonl %s: %w", j.path, err)
		}
	}
	good, bad, total, err := jsonlScan(f, j.seen)
	if err != nil {
		f.Close()
		return fmt.Errorf("sinks: jsonl %s: read: %w", j.path, err)
	}
	if good < total {
		if err := j.repairTail(f, good, total); err != nil {
			f.Close()
			return err
		}
	} else if bad > 0 {
		j.log.Warn("jsonl: file has unreadable lines before valid ones; left as they are", "bad_lines", bad)
	}
	j.f, j.size = f, good
	j.segStart = j.opts.Now().UTC()
	if good > 0 {
		if fi, err := f.Stat(); err == nil {
			j.segStart = fi.ModTime().UTC()
		}
	}
	return nil
}

// repairTail saves the bytes after the last valid line to a PATH.torn-*
// file and truncates PATH to its valid prefix.
func (j *jsonlSink) repairTail(f *os.File, good, total int64) error {
	tail := make([]byte, total-good)
	if _, err := f.ReadAt(tail, good); err != nil && !errors.Is(err, io.EOF) {
		return fmt.Errorf("sinks: jsonl %s: read damaged tail: %w", j.path, err)
	}
	// An interrupted append leaves at most one cut line, possibly after
	// zero-filled blocks (power loss) or one garbled line. More than that is
	// not our damage (e.g. PATH is some other file): refuse to cut it.
	if bytes.Count(bytes.ReplaceAll(tail, []byte{0}, nil), []byte{'\n'}) > 1 {
		return fmt.Errorf("sinks: jsonl %s: the %d bytes after the last valid claim line (offset %d) do not look like an interrupted write; refusing to cut them (is this a claimwire JSONL file?)",
			j.path, len(tail), good)
	}
	base := j.path + ".torn-" + j.opts.Now().UTC().Format(jsonlRotateLayout)
	torn := base
	for n := 1; ; n++ {
		if _, err := os.Lstat(torn); errors.Is(err, os.ErrNotExist) {
			break
		}
		torn = fmt.Sprintf("%s-%d", base, n)
	}
	if err := os.WriteFile(torn, tail, 0o644); err != nil {
		j.log.Warn("jsonl: could not save damaged tail", "file", torn, "err", err)
		torn = ""
	}
	if err := f.Truncate(good); err != nil {
		return fmt.Errorf("sinks: jsonl %s: truncate damaged tail: %w", j.path, err)
	}
	if err := f.Sync(); err != nil {
		return fmt.Errorf("sinks: jsonl %s: fsync after repair: %w", j.path, err)
	}
	j.log.Warn("jsonl: damaged last line (interrupted write) cut off",
		"bytes", len(tail), "kept_bytes", good, "saved_to", torn)
	return nil
}

// jsonlScan reads r from the start, adds the id of every valid line to seen
// and returns the end offset of the last valid line, the number of invalid
// lines and the total size. A valid line is a complete line (ending in \n)
// holding a JSON object with a non-empty "id".
func jsonlScan(r io.ReadSeeker, seen *idSet) (good int64, bad int, total int64, err error) {
	if _, err := r.Seek(0, io.SeekStart); err != nil {
		return 0, 0, 0, err
	}
	br := bufio.NewReaderSize(r, 256<<10)
	var off int64
	for {
		line, rerr := br.ReadBytes('\n')
		off += int64(len(line))
		if len(line) > 0 {
			if id := jsonlLineID(line); id != "" {
				seen.Add(id)
				good = off
			} else {
				bad++
			}
		}
		if rerr == io.EOF {
			return good, bad, off, nil
		}
		if rerr != nil {
			return 0, 0, 0, rerr
		}
	}
}

// jsonlLineID returns the id of a complete, valid claim line, or "".
// Lines this sink wrote start with {"schema":"…","id":"…" (encoding/json
// keeps field order), so the id is sliced out directly and the line only
// validated, which is about twice as fast as decoding it; other lines are
// decoded.
func jsonlLineID(line []byte) string {
	if len(line) < 2 || line[len(line)-1] != '\n' || !json.Valid(line) {
		return ""
	}
	const prefix = `{"schema":"`
	if bytes.HasPrefix(line, []byte(prefix)) {
		rest := line[len(prefix):]
		if i := bytes.IndexByte(rest, '"'); i >= 0 && bytes.HasPrefix(rest[i:], []byte(`","id":"`)) {
			rest = rest[i+len(`","id":"`):]
			if j := bytes.IndexByte(rest, '"'); j > 0 && bytes.IndexByte(rest[:j], '\\') < 0 {
				return string(rest[:j])
			}
		}
	}
	var probe struct {
		ID string `json:"id"`
	}
	if json.Unmarshal(line, &probe) != nil {
		return ""
	}
	return probe.ID
}

// WriteClaims appends the claims not already in the files, as one write,
// fsynced under FsyncAlways before it returns nil.
func (j *jsonlSink) WriteClaims(ctx context.Context, claims []claim.Claim) error {
	if err := validateBatch(j.Name(), claims); err != nil {
		return err
	}
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("sinks: %s: %w: %w", j.Name(), ErrUnavailable, err)
	}
	j.mu.Lock()
	defer j.mu.Unlock()
	if j.closed {
		return fmt.Errorf("sinks: %s: %w", j.Name(), ErrClosed)
	}
	if j.f == nil {
		// A previous write failed and could not be undone: rescan and
		// repair before appending anything after it.
		if err := j.openCurrent(); err != nil {
			return fmt.Errorf("%w: %w", ErrUnavailable, err)
		}
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	var ids []string
	inBatch := make(map[string]struct{}, len(claims))
	for i := range claims {
		id := claims[i].ID
		if j.seen.Has(id) {
			continue
		}
		if _, ok := inBatch[id]; ok {
			continue
		}
		inBatch[id] = struct{}{}
		if err := enc.Encode(&claims[i]); err != nil {
			return &ClaimError{Sink: j.Name(), Items: []ClaimFailure{{Index: i, ID: id, Err: err}}}
		}
		ids = append(ids, id)
	}
	if len(ids) == 0 {
		return nil
	}
	now := j.opts.Now().UTC()
	if j.needRotate(now, int64(buf.Len())) {
		if err := j.rotate(now); err != nil {
			return fmt.Errorf("%w: %w", ErrUnavailable, err)
		}
	}
	if j.size == 0 {
		j.segStart = now
	}
	if _, err := j.f.Write(buf.Bytes()); err != nil {
		j.undo()
		return fmt.Errorf("sinks: %s: %w: write: %w", j.Name(), ErrUnavailable, err)
	}
	if j.opts.Fsync == FsyncAlways {
		if err := j.f.Sync(); err != nil {
			// After a failed fsync the kernel may have dropped the dirty
			// pages: the batch is not durable, so cut it off and let the
			// caller retry.
			j.undo()
			return fmt.Errorf("sinks: %s: %w: fsync: %w", j.Name(), ErrUnavailable, err)
		}
	} else {
		j.dirty = true
	}
	j.size += int64(buf.Len())
	for _, id := range ids {
		j.seen.Add(id)
	}
	return nil
}

// undo cuts the file back to its last known good size after a failed write;
// if even that fails the file is closed and rescanned on the next write.
func (j *jsonlSink) undo() {
	if err := j.f.Truncate(j.size); err != nil {
		j.log.Error("jsonl: cannot undo failed write; file will be rescanned", "err", err)
		j.f.Close()
		j.f = nil
	}
}

func (j *jsonlSink) needRotate(now time.Time, n int64) bool {
	if j.size == 0 {
		return false
	}
	if j.opts.RotateBytes > 0 && j.size+n > j.opts.RotateBytes {
		return true
	}
	if j.opts.RotateDaily {
		y1, m1, d1 := j.segStart.UTC().Date()
		y2, m2, d2 := now.Date()
		return y1 != y2 || m1 != m2 || d1 != d2
	}
	return false
}

// rotate renames PATH to PATH.<segStart> and starts a new PATH. The old file
// is fsynced first whatever the policy, and the directory after, so that a
// rotation is never what loses data.
func (j *jsonlSink) rotate(now time.Time) error {
	if err := j.f.Sync(); err != nil {
		return fmt.Errorf("sinks: %s: fsync before rotation: %w", j.Name(), err)
	}
	base := j.path + "." + j.segStart.UTC().Format(jsonlRotateLayout)
	target := base
	for n := 1; ; n++ {
		if _, err := os.Lstat(target); errors.Is(err, os.ErrNotExist) {
			break
		}
		target = fmt.Sprintf("%s-%d", base, n)
	}
	if err := os.Rename(j.path, target); err != nil {
		return fmt.Errorf("sinks: %s: rotate: %w", j.Name(), err)
	}
	j.f.Close()
	j.f = nil
	f, err := os.OpenFile(j.path, os.O_RDWR|os.O_CREATE|os.O_APPEND, 0o644)
	if err != nil {
		return fmt.Errorf("sinks: %s: open after rotation: %w", j.Name(), err)
	}
	if err := syncDir(filepath.Dir(j.path)); err != nil {
		f.Close()
		return fmt.Errorf("sinks: %s: %w", j.Name(), err)
	}
	j.f, j.size, j.segStart, j.dirty = f, 0, now, false
	j.log.Info("jsonl: rotated", "to", target)
	return nil
}

func (j *jsonlSink) syncLoop() {
	defer close(j.done)
	t := time.NewTicker(j.opts.FsyncInterval)
	defer t.Stop()
	for {
		select {
		case <-j.stop:
			return
		case <-t.C:
			j.mu.Lock()
			if j.dirty && j.f != nil {
				if err := j.f.Sync(); err != nil {
					j.log.Error("jsonl: background fsync failed", "err", err)
				} else {
					j.dirty = false
				}
			}
			j.mu.Unlock()
		}
	}
}

// Close fsyncs and closes the file and releases the lock. Closing twice is
// harmless.
func (j *jsonlSink) Close() error {
	if j.stop != nil {
		select {
		case <-j.stop:
		default:
			close(j.stop)
		}
		<-j.done
	}
	j.mu.Lock()
	defer j.mu.Unlock()
	if j.closed {
		return nil
	}
	j.closed = true
	var errs []error
	if j.f != nil {
		if err := j.f.Sync(); err != nil {
			errs = append(errs, err)
		}
		if err := j.f.Close(); err != nil {
			errs = append(errs, err)
		}
		j.f = nil
	}
	if j.lock != nil {
		j.lock.Close()
	}
	if err := errors.Join(errs...); err != nil {
		return fmt.Errorf("sinks: %s: close: %w", j.Name(), err)
	}
	return nil
}

var jsonlRotatedRE = lazyRE(`^\.\d{8}-\d{6}(-\d+)?$`)

// jsonlRotatedFiles lists PATH's rotated files, oldest first.
func jsonlRotatedFiles(path string) ([]string, error) {
	dir, base := filepath.Split(path)
	if dir == "" {
		dir = "."
	}
	ents, err := os.ReadDir(dir)
	if err != nil {
		return nil, fmt.Errorf("sinks: jsonl %s: list rotated files: %w", path, err)
	}
	type rf struct {
		name string
		ts   string
		n    int
	}
	var files []rf
	for _, e := range ents {
		name := e.Name()
		if e.IsDir() || len(name) <= len(base) || name[:len(base)] != base {
			continue
		}
		suffix := name[len(base):]
		if !jsonlRotatedRE().MatchString(suffix) {
			continue
		}
		r := rf{name: filepath.Join(dir, name), ts: suffix[1:16]}
		if len(suffix) > 16 {
			fmt.Sscanf(suffix[17:], "%d", &r.n)
		}
		files = append(files, r)
	}
	sort.Slice(files, func(a, b int) bool {
		if files[a].ts != files[b].ts {
			return files[a].ts < files[b].ts
		}
		return files[a].n < files[b].n
	})
	out := make([]string, len(files))
	for i, f := range files {
		out[i] = f.name
	}
	return out, nil
}

// JSONLFiles returns the files of the JSONL sink at path in write order:
// the rotated files oldest first, then path itself if it exists.
func JSONLFiles(path string) ([]string, error) {
	files, err := jsonlRotatedFiles(path)
	if err != nil {
		return nil, err
	}
	if _, err := os.Stat(path); err == nil {
		files = append(files, path)
	}
	return files, nil
}

// ReadJSONL reads every claim stored by the JSONL sink at path (rotated
// files included) in write order. A line that is not a claim is an error
// naming the file and line, except a cut last line of path, which the sink
// itself repairs at its next open and which is skipped here.
func ReadJSONL(path string) ([]claim.Claim, error) {
	files, err := JSONLFiles(path)
	if err != nil {
		return nil, err
	}
	var out []claim.Claim
	for _, name := range files {
		data, err := os.ReadFile(name)
		if err != nil {
			return nil, fmt.Errorf("sinks: jsonl %s: %w", name, err)
		}
		lineNo := 0
		for len(data) > 0 {
			lineNo++
			i := bytes.IndexByte(data, '\n')
			if i < 0 {
				if name == path {
					break // torn tail, repaired by the sink
				}
				i = len(data)
			}
			line := data[:i]
			data = data[min(i+1, len(data)):]
			var c claim.Claim
			if err := json.Unmarshal(line, &c); err != nil {
				return nil, fmt.Errorf("sinks: jsonl %s:%d: %w", name, lineNo, err)
			}
			claim.UpgradeV1(&c)
			out = append(out, c)
		}
	}
	return out, nil
}

// syncDir fsyncs a directory so that a created or renamed entry in it is
// durable.
func syncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return fmt.Errorf("open directory %s: %w", dir, err)
	}
	defer d.Close()
	if err := d.Sync(); err != nil {
		return fmt.Errorf("fsync directory %s: %w", dir, err)
	}
	return nil
}

// idSet holds the claim ids already written. Ids from claim.ComputeID are
// 32 hex digits and are kept as 16 bytes, which halves the index's memory
// (about 50 bytes per claim instead of 100) for a file of millions of
// claims; any other id is kept as a string.
type idSet struct {
	hex   map[[16]byte]struct{}
	other map[string]struct{}
}

func newIDSet() *idSet {
	return &idSet{hex: make(map[[16]byte]struct{}), other: make(map[string]struct{})}
}

func idKey(id string) ([16]byte, bool) {
	var k [16]byte
	if len(id) != 32 {
		return k, false
	}
	for i := 0; i < 32; i++ {
		c := id[i]
		var v byte
		switch {
		case c >= '0' && c <= '9':
			v = c - '0'
		case c >= 'a' && c <= 'f':
			v = c - 'a' + 10
		default: // upper case would alias lower case: keep as string
			return k, false
		}
		k[i/2] = k[i/2]<<4 | v
	}
	return k, true
}

func (s *idSet) Add(id string) {
	if k, ok := idKey(id); ok {
		s.hex[k] = struct{}{}
		return
	}
	s.other[id] = struct{}{}
}

func (s *idSet) Has(id string) bool {
	if k, ok := idKey(id); ok {
		_, found := s.hex[k]
		return found
	}
	_, found := s.other[id]
	return found
}

func (s *idSet) Len() int { return len(s.hex) + len(s.other) }
