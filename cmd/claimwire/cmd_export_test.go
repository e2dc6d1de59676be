package main

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/claimwire/claimwire/claim"
	"github.com/claimwire/claimwire/sinks"
)

// seedDB writes a few claims into a new SQLite store and returns its DSN.
func seedDB(t *testing.T) string {
	t.Helper()
	dsn := "sqlite:" + filepath.Join(t.TempDir(), "claims.db")
	st, err := sinks.OpenStore(context.Background(), dsn, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	var cs []claim.Claim
	for i, acc := range []claim.Entity{
		{Text: "China", Name: "China", Kind: claim.KindState, Country: "CN"},
		{Text: "APT28", Name: "APT28", Kind: claim.KindGroup, Country: "RU", IDs: map[string]string{"mitre": "G0007"}},
		{Text: "Chinese hackers", Name: "China", Kind: claim.KindState, Country: "CN"},
	} {
		acc := acc
		c := claim.Claim{Schema: claim.SchemaClaim, Article: claim.ArticleRef{URL: fmt.Sprintf("https://wire.example/%d", i), Lang: "en", Published: "2025-02-01"},
			Accuser: &claim.Entity{Text: "NCSC", Name: "NCSC", Kind: claim.KindAgency, Country: "GB"}, Accused: &acc,
			Victims: []claim.Entity{{Text: "France", Name: "France", Kind: claim.KindState, Country: "FR"}}, ClaimDate: "2025-02-01",
			Stance: claim.StanceAccusation, Evidence: claim.Evidence{Sentence: fmt.Sprintf("Sentence %d.", i), End: 11}, Confidence: 0.9}
		c.ID = claim.ComputeID(&c)
		cs = append(cs, c)
	}
	if err := sinks.SeedStore(context.Background(), st, cs, nil, nil); err != nil {
		t.Fatal(err)
	}
	return dsn
}

func testEnv(stdout, stderr io.Writer) *env {
	return &env{stdin: strings.NewReader(""), stdout: stdout, stderr: stderr, log: slog.New(slog.DiscardHandler)}
}

func TestExportCommand(t *testing.T) {
	dsn := seedDB(t)
	out := filepath.Join(t.TempDir(), "cn.csv")
	var stdout, stderr bytes.Buffer
	if err := runExport(context.Background(), testEnv(&stdout, &stderr), []string{"--format", "csv", "--db", dsn, "--accused-state", "cn", "-o", out}); err != nil {
		t.Fatal(err, stderr.String())
	}
	b, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(bytes.NewReader(b)).ReadAll()
	if err != nil || len(rows) != 3 {
		t.Fatalf("csv: %d rows, %v", len(rows), err)
	}
	stdout.Reset()
	if err := runExport(context.Background(), testEnv(&stdout, &stderr), []string{"--format", "stix", "--db", dsn, "--accused-group", "APT28"}); err != nil {
		t.Fatal(err)
	}
	var bundle struct {
		Type    string           `json:"type"`
		Objects []map[string]any `json:"objects"`
	}
	if err := json.Unmarshal(stdout.Bytes(), &bundle); err != nil || bundle.Type != "bundle" || !strings.Contains(stdout.String(), `"intrusion-set"`) {
		t.Fatalf("stix: %v %s", err, stdout.String()[:min(200, stdout.Len())])
	}
	for _, bad := range [][]string{
		{"--format", "xml", "--db", dsn},
		{"--format", "csv", "--db", "sqlite:" + filepath.Join(t.TempDir(), "missing.db")},
		{"--format", "csv", "--db", dsn, "--from", "yesterday"},
		{"--format", "csv", "--db", dsn, "--status", "maybe"},
	} {
		if err := runExport(context.Background(), testEnv(io.Discard, io.Discard), bad); err == nil {
			t.Errorf("export %v succeeded", bad)
		}
	}
}

// syncBuffer is a bytes.Buffer safe for a writer and a poller.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}
func (s *syncBuffer) String() string { s.mu.Lock(); defer s.mu.Unlock(); return s.b.String() }

func TestServeCommand(t *testing.T) {
	dsn := seedDB(t)
	if err := runServe(context.Background(), testEnv(io.Discard, io.Discard), []string{"--db", dsn, "--addr", "0.0.0.0:0"}); err == nil ||
		!strings.Contains(err.Error(), "without credentials") {
		t.Fatalf("public bind without credentials: %v", err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var stdout syncBuffer
	done := make(chan error, 1)
	go func() {
		done <- runServe(ctx, testEnv(&stdout, io.Discard), []string{"--db", dsn, "--addr", "127.0.0.1:0", "--token", "serve-test-token"})
	}()
	re := regexp.MustCompile(`http://127\.0\.0\.1:\d+/`)
	var base string
	for deadline := time.Now().Add(20 * time.Second); base == "" && time.Now().Before(deadline); time.Sleep(50 * time.Millisecond) {
		base = re.FindString(stdout.String())
	}
	if base == "" {
		t.Fatalf("no URL printed: %q", stdout.String())
	}
	resp, err := http.Get(base + "claims?state=CN")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 || !strings.Contains(string(body), "<strong>2 claims</strong>") {
		t.Errorf("list: %d", resp.StatusCode)
	}
	// Like every claimwire process, serve has /metrics beside /healthz.
	for path, want := range map[string]string{"metrics": "go_goroutines", "healthz": "ok"} {
		resp, err := http.Get(base + path)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != 200 || !strings.Contains(string(body), want) {
			t.Errorf("/%s: %d %.200s", path, resp.StatusCode, body)
		}
	}
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Fatal(err)
		}
	case <-time.After(15 * time.Second):
		t.Fatal("serve did not stop")
	}
}

// TestExportFilterCase: filters match whatever case the user types.
func TestExportFilterCase(t *testing.T) {
	dsn := seedDB(t) // 3 claims, lang en, accuser NCSC; 2 accuse CN, 1 APT28
	tests := []struct {
		name string
		args []string
		want int
	}{
		{"lang EN", []string{"--lang", "EN"}, 3},
		{"accuser lower", []string{"--accuser", "ncsc"}, 3},
		{"accuser exact", []string{"--accuser", "NCSC"}, 3},
		{"state lower", []string{"--accused-state", "cn"}, 2},
		{"group lower", []string{"--accused-group", "apt28"}, 1},
		{"victim lower", []string{"--victim", "fr"}, 3},
		{"status upper", []string{"--status", "PENDING"}, 3},
		{"unknown accuser", []string{"--accuser", "FBI"}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			args := append([]string{"--format", "jsonl", "--db", dsn}, tt.args...)
			if err := runExport(context.Background(), testEnv(&stdout, &stderr), args); err != nil {
				t.Fatal(err, stderr.String())
			}
			if got := strings.Count(stdout.String(), "\n"); got != tt.want {
				t.Errorf("%d claims, want %d", got, tt.want)
			}
		})
	}
}

// TestExportEvents: --what events exports the events the claims form (the
// seeded store has none stored: they are rebuilt), filters included.
func TestExportEvents(t *testing.T) {
	dsn := seedDB(t)
	for _, tc := range []struct {
		args []string
		rows int // CSV rows, header included
	}{
		{nil, 3},                               // NCSC→China (two claims), NCSC→APT28
		{[]string{"--accused-state", "CN"}, 2}, // the China event only
	} {
		var stdout, stderr bytes.Buffer
		args := append([]string{"--what", "events", "--format", "csv", "--db", dsn}, tc.args...)
		if err := runExport(context.Background(), testEnv(&stdout, &stderr), args); err != nil {
			t.Fatal(err, stderr.String())
		}
		rows, err := csv.NewReader(&stdout).ReadAll()
		if err != nil || len(rows) != tc.rows || rows[0][0] != "id" || rows[0][1] != "revision" {
			t.Errorf("%v: %d rows, %v", tc.args, len(rows), err)
		}
	}
	var stdout, stderr bytes.Buffer
	if err := runExport(context.Background(), testEnv(&stdout, &stderr), []string{"--what", "events", "--format", "stix", "--db", dsn}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(stdout.String(), `"campaign"`) || !strings.Contains(stdout.String(), `"attributed-to"`) {
		t.Errorf("events bundle lacks campaign / attributed-to: %.300s", stdout.String())
	}
	if err := runExport(context.Background(), testEnv(&stdout, &stderr), []string{"--what", "actors", "--db", dsn}); err == nil {
		t.Error("--what actors accepted")
	}
}
