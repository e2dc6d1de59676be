//go:build !linux

package main

import (
	"bytes"
	"io"
	"os"
)

// readFile returns the bytes of the file name, read up to limit+1 bytes
// (more than limit tells the caller the file is too large). The buffer is
// sized to the file: io.ReadAll's doubling would hold up to twice a large
// file's bytes (ReadFrom wants MinRead bytes free before each read, so
// with less it would grow the buffer again).
func readFile(name string, limit int) ([]byte, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var buf bytes.Buffer
	if fi, serr := f.Stat(); serr == nil && fi.Size() <= int64(limit) {
		buf.Grow(int(fi.Size()) + bytes.MinRead)
	}
	_, err = buf.ReadFrom(io.LimitReader(f, int64(limit)+1))
	return buf.Bytes(), err
}
