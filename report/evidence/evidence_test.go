package evidence

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"
)

func defaultModel(t testing.TB) *Model {
	t.Helper()
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func TestDefaultLoads(t *testing.T) {
	m := defaultModel(t)
	if m.opts.Bits == 0 || len(m.cls) != 3<<m.opts.Bits || len(m.rank) != 1<<m.opts.RankBits {
		t.Fatalf("model sizes %d %d %d", m.opts.Bits, len(m.cls), len(m.rank))
	}
	m2 := defaultModel(t)
	if &m.cls[0] == &m2.cls[0] {
		t.Error("Default shares its weights between calls")
	}
	// written back, the embedded model is the same bytes
	var buf bytes.Buffer
	if _, err := m.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(buf.Bytes(), embedded) {
		t.Error("WriteTo(Default()) differs from model.bin")
	}
}

func TestClassifyPlainCases(t *testing.T) {
	m := defaultModel(t)
	for _, c := range []struct {
		p    Prompt
		ev   string
		want string
	}{
		{Prompt{"massage", "control", "weight gain"}, "Weight gain was significantly higher in the massage group than in the control group (p = 0.01).", Increased},
		{Prompt{"drug", "placebo", "pain"}, "Pain scores were significantly reduced with the drug compared with placebo (P < 0.001).", Decreased},
		{Prompt{"drug", "placebo", "pain"}, "There was no significant difference in pain between groups (P = 0.42).", NoDifference},
		{Prompt{"drug", "placebo", "mortality"}, "Mortality was 10% vs 12% (RR 0.83, 95% CI 0.6 to 1.1).", NoDifference},
		{Prompt{"aspirin", "placebo", "stroke"}, "Stroke was less frequent with aspirin than with placebo (relative risk 0.62, 95% CI 0.48 to 0.80).", Decreased},
	} {
		got, probs := m.Classify(c.p, []string{c.ev})
		if got != c.want {
			t.Errorf("%q: got %s %v, want %s", c.ev, got, probs, c.want)
		}
		var sum float64
		for _, v := range probs {
			sum += v
		}
		if len(probs) != 3 || sum < 0.999 || sum > 1.001 {
			t.Errorf("probs %v", probs)
		}
	}
}

func TestFindEvidence(t *testing.T) {
	m := defaultModel(t)
	abs := "TITLE: \nDrug X for migraine: a randomised trial\n\nABSTRACT.BACKGROUND:\nMigraine pain is common and disabling.\n\n" +
		"ABSTRACT.METHODS:\nWe randomised 200 adults to drug X or placebo and measured pain at two hours.\n\n" +
		"ABSTRACT.RESULTS:\nPain at two hours was lower with drug X than with placebo (p = 0.003). Nausea was similar in both groups.\n\n" +
		"ABSTRACT.CONCLUSIONS:\nDrug X relieves migraine pain."
	got := m.FindEvidence(Prompt{"drug X", "placebo", "pain at two hours"}, abs, 2)
	if len(got) != 2 || got[0] != "Pain at two hours was lower with drug X than with placebo (p = 0.003)." {
		t.Errorf("FindEvidence = %q", got)
	}
	if got := m.FindEvidence(Prompt{"drug X", "placebo", "nausea"}, abs, 1); len(got) != 1 || got[0] != "Nausea was similar in both groups." {
		t.Errorf("FindEvidence(nausea) = %q", got)
	}
	if got := m.FindEvidence(Prompt{"a", "b", "c"}, "", 3); len(got) != 0 {
		t.Errorf("FindEvidence of no abstract = %q", got)
	}
}

func TestConcurrentUse(t *testing.T) {
	m := defaultModel(t)
	p := Prompt{"drug", "placebo", "pain"}
	ev := []string{"Pain scores were significantly reduced with the drug compared with placebo (P < 0.001)."}
	want, _ := m.Classify(p, ev)
	var wg sync.WaitGroup
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 50 {
				if got, _ := m.Classify(p, ev); got != want {
					t.Errorf("concurrent Classify = %s, want %s", got, want)
					return
				}
			}
		}()
	}
	wg.Wait()
}

func TestClassifyIsFast(t *testing.T) {
	m := defaultModel(t)
	p := Prompt{"intraoperative goal-directed fluid restriction (GDFR) strategy", "usual care", "The total number of complications"}
	ev := []string{"The total number of complications (46 vs. 99, p = 0.043) and the proportion of patients who developed one or more complications (19.2 vs. 34.7%, p = 0.034) were smaller in the GDFR group."}
	const n = 300
	start := time.Now()
	for range n {
		m.Classify(p, ev)
	}
	per := time.Since(start) / n
	t.Logf("Classify of one sentence: %s", per)
	// well under 1 ms on an idle core; the bound leaves room for a busy machine
	if per > 2*time.Millisecond {
		t.Errorf("Classify takes %s a sentence", per)
	}
}

func BenchmarkClassify(b *testing.B) {
	m := defaultModel(b)
	p := Prompt{"intraoperative goal-directed fluid restriction (GDFR) strategy", "usual care", "The total number of complications"}
	ev := []string{"The total number of complications (46 vs. 99, p = 0.043) and the proportion of patients who developed one or more complications (19.2 vs. 34.7%, p = 0.034) were smaller in the GDFR group."}
	for b.Loop() {
		m.Classify(p, ev)
	}
}

func TestLoadRejectsDamage(t *testing.T) {
	if _, err := Load(bytes.NewReader(nil)); err == nil {
		t.Error("empty model accepted")
	}
	if _, err := Load(bytes.NewReader([]byte("not a model at all, just some bytes"))); err == nil {
		t.Error("junk accepted")
	}
	bad := bytes.Clone(embedded)
	bad[len(bad)/2] ^= 0xff
	if _, err := Load(bytes.NewReader(bad)); err == nil {
		t.Error("damaged model accepted")
	}
	if _, err := Load(bytes.NewReader(embedded[:len(embedded)-1])); err == nil {
		t.Error("truncated model accepted")
	}
}

// synthetic returns n small made-up examples with abstracts: enough to
// train on, not to learn anything.
func synthetic(n int) []Example {
	drugs := []string{"aspirin", "metformin", "massage", "vitamin D", "exercise", "acupuncture", "zinc", "yoga"}
	outcomes := []string{"pain", "weight gain", "blood pressure", "length of stay", "mortality", "anxiety scores"}
	var out []Example
	for i := range n {
		d, o := drugs[i%len(drugs)], outcomes[(i/len(drugs))%len(outcomes)]
		var ev, label string
		switch i % 3 {
		case 0:
			ev, label = fmt.Sprintf("%s was significantly higher with %s than with placebo (p = 0.0%d).", o, d, 1+i%4), Increased
		case 1:
			ev, label = fmt.Sprintf("%s was reduced with %s compared with placebo (P < 0.001).", o, d), Decreased
		default:
			ev, label = fmt.Sprintf("There was no significant difference in %s between %s and placebo (p = 0.%d).", o, d, 2+i%7), NoDifference
		}
		abs := fmt.Sprintf("TITLE: \n%s for adults\n\nABSTRACT.METHODS:\nWe randomised adults to %s or placebo.\n\nABSTRACT.RESULTS:\n%s Adverse events were rare.\n\nABSTRACT.CONCLUSIONS:\nMore trials are needed.", d, d, ev)
		out = append(out, Example{Prompt: Prompt{d, "placebo", o}, Label: label, Evidence: []string{ev}, Abstract: abs})
	}
	return out
}

func modelBytes(t *testing.T, m *Model) []byte {
	t.Helper()
	var buf bytes.Buffer
	n, err := m.WriteTo(&buf)
	if err != nil || n != int64(buf.Len()) {
		t.Fatalf("WriteTo = %d, %v", n, err)
	}
	return buf.Bytes()
}

func TestTrainDeterministic(t *testing.T) {
	exs := synthetic(60)
	a := modelBytes(t, Train(exs, 7))
	b := modelBytes(t, Train(exs, 7))
	if !bytes.Equal(a, b) {
		t.Fatal("two trainings with the same data and seed differ")
	}
	c := modelBytes(t, Train(exs, 8))
	if bytes.Equal(a, c) {
		t.Error("a different seed gave the same model")
	}
	// what is written loads back to the same model
	m, err := Load(bytes.NewReader(a))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(modelBytes(t, m), a) {
		t.Error("Load(WriteTo(m)) differs")
	}
	if got, _ := m.Classify(exs[1].Prompt, exs[1].Evidence); got != exs[1].Label {
		t.Errorf("the trained model misreads its own training example: %s", got)
	}
}

// sharedTrain finds the Evidence Inference train split beside the clone
// (../shared from the repository root, or from the directory holding a
// worktree), or returns "".
func sharedTrain() string {
	for _, dir := range []string{"../../../shared", "../../../../shared"} {
		p := filepath.Join(dir, "bench", "evidence-inference", "ei2-train.jsonl")
		if _, err := os.Stat(p); err == nil {
			return p
		}
	}
	return ""
}

// TestRetrainMatchesEmbedded retrains on the full train split with the
// documented seed and checks the result is model.bin, bit for bit.
func TestRetrainMatchesEmbedded(t *testing.T) {
	if testing.Short() {
		t.Skip("retraining takes seconds; skipped with -short")
	}
	path := sharedTrain()
	if path == "" {
		t.Skip("ei2-train.jsonl not found at ../../../shared/bench/evidence-inference/ (the shared data beside the clone); cannot check that model.bin is reproducible")
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	exs, err := ReadExamples(f)
	if err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	got := modelBytes(t, Train(exs, 1))
	t.Logf("retrained on %d prompts in %s", len(exs), time.Since(start).Round(time.Millisecond))
	if !bytes.Equal(got, embedded) {
		t.Errorf("retraining on %s with seed 1 gives %d bytes that differ from model.bin (%d bytes): retrain with the command in README.md", path, len(got), len(embedded))
	}
}
