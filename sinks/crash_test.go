package sinks

import (
	"bufio"
	"context"
	"database/sql"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestSinkCrashHelper is the child process of TestSinkSurvivesSIGKILL: it
// writes batches of claims forever and prints "acked N" after each
// WriteClaims that returned nil (N = claims acked so far).
func TestSinkCrashHelper(t *testing.T) {
	spec := os.Getenv("CLAIMWIRE_SINK_CRASH_SPEC")
	if spec == "" {
		t.Skip("helper process for TestSinkSurvivesSIGKILL")
	}
	s, err := Open(context.Background(), spec, Options{}, nil)
	if err != nil {
		fmt.Println("open error:", err)
		os.Exit(2)
	}
	const batch = 25
	for n := 0; ; n += batch {
		if err := s.WriteClaims(context.Background(), sinkTestClaims(n, n+batch)); err != nil {
			fmt.Println("write error:", err)
			os.Exit(2)
		}
		fmt.Printf("acked %d\n", n+batch)
	}
}

// TestSinkSurvivesSIGKILL kills a process writing to a sink with SIGKILL
// mid-run, then checks that every batch it was told was durable is stored,
// that reopening repairs whatever the kill cut, and that redelivering every
// batch (as the pipeline does with un-acked messages) leaves each claim
// exactly once.
func TestSinkSurvivesSIGKILL(t *testing.T) {
	if testing.Short() {
		t.Skip("spawns processes")
	}
	for _, kind := range []string{KindJSONL, KindSQLite} {
		t.Run(kind, func(t *testing.T) {
			dir := t.TempDir()
			spec := kind + ":" + filepath.Join(dir, "claims."+kind)
			for round := 0; round < 3; round++ {
				acked := crashChild(t, spec, 4+round*3)
				ids := storedIDs(t, kind, spec)
				have := map[string]bool{}
				for _, id := range ids {
					if have[id] {
						t.Fatalf("round %d: claim %s stored twice", round, id)
					}
					have[id] = true
				}
				for i := 0; i < acked; i++ {
					if id := sinkTestClaim(i).ID; !have[id] {
						t.Fatalf("round %d: claim %d acked before the kill but not stored", round, i)
					}
				}
				t.Logf("round %d: %d acked, %d stored", round, acked, len(ids))
			}
			// Redeliver everything the children may have tried, plus a bit.
			all := sinkTestClaims(0, len(storedIDs(t, kind, spec))+50)
			s, err := Open(context.Background(), spec, Options{}, nil)
			if err != nil {
				t.Fatal(err)
			}
			if err := s.WriteClaims(context.Background(), all); err != nil {
				t.Fatal(err)
			}
			s.Close()
			if got := storedIDs(t, kind, spec); !slices.Equal(sortedCopy(got), sinkTestIDs(all)) {
				t.Fatalf("after redelivery: %d ids stored, want exactly the %d written", len(got), len(all))
			}
		})
	}
}

// crashChild runs the helper until it has acked at least minAcks batches,
// SIGKILLs it and returns the number of claims it acked.
func crashChild(t *testing.T, spec string, minAcks int) int {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^TestSinkCrashHelper$", "-test.count=1")
	cmd.Env = append(os.Environ(), "CLAIMWIRE_SINK_CRASH_SPEC="+spec)
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	killed := make(chan struct{})
	timer := time.AfterFunc(60*time.Second, func() { cmd.Process.Kill() })
	defer timer.Stop()
	sc := bufio.NewScanner(out)
	acked, acks := 0, 0
	for sc.Scan() {
		line := sc.Text()
		if n, ok := strings.CutPrefix(line, "acked "); ok {
			acked, _ = strconv.Atoi(n)
			acks++
			if acks == minAcks {
				cmd.Process.Signal(syscall.SIGKILL)
				close(killed)
				break
			}
		} else if strings.Contains(line, "error") {
			t.Fatalf("helper: %s", line)
		}
	}
	// Lines printed after the kill signal but before death are acks too.
	for sc.Scan() {
		if n, ok := strings.CutPrefix(sc.Text(), "acked "); ok {
			acked, _ = strconv.Atoi(n)
		}
	}
	cmd.Wait()
	select {
	case <-killed:
	default:
		t.Fatalf("helper ended before %d acks (acked %d)", minAcks, acked)
	}
	return acked
}

func storedIDs(t *testing.T, kind, spec string) []string {
	t.Helper()
	sp, err := ParseSpec(spec)
	if err != nil {
		t.Fatal(err)
	}
	if kind == KindJSONL {
		// Open repairs a cut tail first, as a restarted sink would.
		s, err := Open(context.Background(), spec, Options{}, nil)
		if err != nil {
			t.Fatal(err)
		}
		s.Close()
		cs, err := ReadJSONL(sp.Path)
		if err != nil {
			t.Fatal(err)
		}
		ids := make([]string, len(cs))
		for i := range cs {
			ids[i] = cs[i].ID
		}
		return ids
	}
	db, err := sql.Open("sqlite", sp.Path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	rows, err := db.Query("SELECT id FROM claims")
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var ids []string
	for rows.Next() {
		var id string
		rows.Scan(&id)
		ids = append(ids, id)
	}
	return ids
}

func sortedCopy(s []string) []string {
	c := slices.Clone(s)
	slices.Sort(c)
	return c
}
