package main

import (
	"runtime/debug"
	"testing"
)

// gcPercent reads the collector setting without changing it.
func gcPercent() int {
	p := debug.SetGCPercent(-1)
	debug.SetGCPercent(p)
	return p
}

func TestPauseGCNested(t *testing.T) {
	orig := debug.SetGCPercent(150)
	defer debug.SetGCPercent(orig)

	outer := pauseGC()
	inner := pauseGC()
	if got := gcPercent(); got != -1 {
		t.Fatalf("while paused: GC percent %d, want -1 (off)", got)
	}
	outer() // the first pause ends while the second still runs
	if got := gcPercent(); got != -1 {
		t.Fatalf("one pause still running: GC percent %d, want -1", got)
	}
	inner()
	inner() // a second call of the same resume changes nothing
	if got := gcPercent(); got != 150 {
		t.Fatalf("after both pauses: GC percent %d, want the setting found (150)", got)
	}
}
