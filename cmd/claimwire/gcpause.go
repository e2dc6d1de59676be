package main

import (
	"runtime/debug"
	"sync"
)

// gcPause stops the garbage collector while an extractor is built. The
// build allocates ~10 MB of which most is garbage once the tables are
// built; collecting during it cost a one-file `claimwire extract` two GC
// cycles (~15 ms CPU of ~85, issue 11), and a long-running command pays
// the same cycles once. The runtime setting is process-wide, so the
// pauses are counted: the last one to end restores the setting found by
// the first (the user's GOGC included).
var gcPause struct {
	sync.Mutex
	n    int
	prev int
}

// pauseGC stops collection until the returned func is called.
func pauseGC() (resume func()) {
	gcPause.Lock()
	if gcPause.n == 0 {
		gcPause.prev = debug.SetGCPercent(-1)
	}
	gcPause.n++
	gcPause.Unlock()
	var once sync.Once
	return func() {
		once.Do(func() {
			gcPause.Lock()
			if gcPause.n--; gcPause.n == 0 {
				debug.SetGCPercent(gcPause.prev)
			}
			gcPause.Unlock()
		})
	}
}
