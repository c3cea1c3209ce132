package eval

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/litwatch/litwatch/report/assess"
	"github.com/litwatch/litwatch/report/claims"
)

// TestScoreFile: a file scores as its contents do; a missing file and a
// file that is not labelled records are errors naming it.
func TestScoreFile(t *testing.T) {
	set, err := claims.Default()
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join("testdata", "dev.jsonl")
	got, err := ScoreFile(path, set)
	if err != nil {
		t.Fatal(err)
	}
	want, err := Score(bytes.NewReader(readFile(t, path)), set, assess.New(set.Claims...))
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got.Summary(), want.Summary()) {
		t.Errorf("ScoreFile %+v, Score %+v", got.Summary(), want.Summary())
	}
	if _, err := ScoreFile(filepath.Join(t.TempDir(), "none.jsonl"), set); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("missing file: %v", err)
	}
	bad := filepath.Join(t.TempDir(), "bad.jsonl")
	os.WriteFile(bad, []byte("not json\n"), 0o644)
	if _, err := ScoreFile(bad, set); err == nil || !strings.HasPrefix(err.Error(), bad+": eval: ") {
		t.Errorf("bad file: %v", err)
	}
}

func TestEvidenceInferenceFile(t *testing.T) {
	lines := strings.SplitAfter(string(readFile(t, filepath.Join("testdata", "ei2-test.jsonl"))), "\n")
	path := filepath.Join(t.TempDir(), "ei.jsonl")
	if err := os.WriteFile(path, []byte(strings.Join(lines[:3], "")), 0o644); err != nil {
		t.Fatal(err)
	}
	rep, err := EvidenceInferenceFile(path, SettingOracle)
	if err != nil || rep.N != 3 {
		t.Fatalf("3 prompts: %+v, %v", rep, err)
	}
	if _, err := EvidenceInferenceFile(path, "guess"); err == nil || !strings.HasPrefix(err.Error(), path+": ") {
		t.Errorf("unknown setting: %v; want an error naming the file", err)
	}
	if _, err := EvidenceInferenceFile(path+".missing", SettingOracle); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("missing file: %v", err)
	}
}
