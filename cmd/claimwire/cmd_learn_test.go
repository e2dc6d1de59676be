package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/claimwire/claimwire/extractor/model"
)

const learnGold = "../../internal/learn/testdata/gold"

func TestTrainExplainFolds(t *testing.T) {
	out := filepath.Join(t.TempDir(), "w.json")
	var so, se bytes.Buffer
	if code := realMain([]string{"train", "--gold", learnGold, "--inner-folds", "3", "--out", out}, strings.NewReader(""), &so, &se); code != 0 {
		t.Fatalf("train: exit %d: %s", code, se.String())
	}
	m, err := model.Load(out)
	if err != nil {
		t.Fatal(err)
	}
	if m.Trained.Articles != 6 || len(m.Trained.Gold) != 1 {
		t.Errorf("trained on %d articles from %v", m.Trained.Articles, m.Trained.Gold)
	}

	so.Reset()
	se.Reset()
	file := filepath.Join(learnGold, "en-102.txt")
	if code := realMain([]string{"explain", "--model", out, "--published", "2024-03-12", file}, strings.NewReader(""), &so, &se); code != 0 {
		t.Fatalf("explain: exit %d: %s", code, se.String())
	}
	for _, want := range []string{"claim   ESET → Mustang Panda", "features:", "victim  Taiwan (TW)", "Claims and the sentence behind each field", "victim TW: ["} {
		if !strings.Contains(so.String(), want) {
			t.Errorf("explain output lacks %q:\n%s", want, so.String())
		}
	}

	so.Reset()
	if code := realMain([]string{"eval", "--folds", "3", "--gold", learnGold}, strings.NewReader(""), &so, &se); code != 0 {
		t.Fatalf("eval --folds: exit %d: %s", code, se.String())
	}
	if !strings.Contains(so.String(), "grouped by event") || !strings.Contains(so.String(), "expected calibration error") {
		t.Errorf("eval --folds output:\n%s", so.String())
	}
	se.Reset()
	if code := realMain([]string{"eval", "--folds", "3", "--gold", learnGold, "--rules-only"}, strings.NewReader(""), &so, &se); code != 2 {
		t.Errorf("--folds with --rules-only: exit %d", code)
	}
	if code := realMain([]string{"explain", "--model", "/nonexistent/w.json", file}, strings.NewReader(""), &so, &se); code == 0 || !strings.Contains(se.String(), "/nonexistent/w.json") {
		t.Errorf("bad --model: exit %d, %s", code, se.String())
	}
	_ = os.Remove(out)
}
