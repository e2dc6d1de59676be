//go:build linux

package main

import (
	"bytes"
	"os"
	"syscall"
)

// readFile returns the bytes of the file name, read up to limit+1 bytes
// (more than limit tells the caller the file is too large). The buffer is
// sized to the file: a doubling read would hold up to twice a large file's
// bytes. Errors are os.Open's and (*os.File).Read's.
//
// On Linux the file is opened, read and closed with plain system calls:
// os.Open puts every descriptor in non-blocking mode for the runtime
// poller, which refuses a regular file, and back again (four fcntl and a
// failed epoll_ctl a file: half of extract's system calls on a corpus of
// small files, issue 11). The descriptor stays blocking, as os.Open leaves
// a regular file's, so a FIFO named on the command line blocks the same.
func readFile(name string, limit int) ([]byte, error) {
	var fd int
	var err error
	for {
		if fd, err = syscall.Open(name, syscall.O_RDONLY|syscall.O_CLOEXEC, 0); err != syscall.EINTR {
			break
		}
	}
	if err != nil {
		return nil, &os.PathError{Op: "open", Path: name, Err: err}
	}
	defer syscall.Close(fd)
	size := 0
	var st syscall.Stat_t
	if syscall.Fstat(fd, &st) == nil && st.Size <= int64(limit) {
		size = int(st.Size)
	}
	buf := make([]byte, 0, size+bytes.MinRead)
	for len(buf) <= limit {
		if len(buf) == cap(buf) {
			buf = append(buf, 0)[:len(buf)]
		}
		n, err := syscall.Read(fd, buf[len(buf):min(cap(buf), limit+1)])
		if err == syscall.EINTR {
			continue
		}
		if err != nil {
			return buf, &os.PathError{Op: "read", Path: name, Err: err}
		}
		if n == 0 {
			break
		}
		buf = buf[:len(buf)+n]
	}
	return buf, nil
}
