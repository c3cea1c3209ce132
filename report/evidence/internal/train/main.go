// Command train retrains the evidence model on the Evidence Inference 2.0
// train split:
//
//	go run ./report/evidence/internal/train -data ../shared/bench/evidence-inference/ei2-train.jsonl -seed 1 -o report/evidence/model.bin
//
// With -dev FILE it also prints the model's macro-F1 on that file, from
// the cited evidence and from the abstract (it never trains on it).
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"hash/fnv"
	"io"
	"os"
	"strings"
	"time"

	"github.com/litwatch/litwatch/report/evidence"
)

func read(path string) ([]evidence.Example, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	exs, err := evidence.ReadExamples(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return exs, nil
}

func main() {
	if err := run(os.Args[1:], os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "train:", err)
		os.Exit(1)
	}
}

func run(args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet("train", flag.ContinueOnError)
	data := fs.String("data", "", "Evidence Inference train split (JSON lines)")
	seed := fs.Uint64("seed", 1, "random seed")
	out := fs.String("o", "", "write the model here")
	dev := fs.String("dev", "", "also score the model on this file (never trained on)")
	cv := fs.Int("cv", 0, "also print the macro-F1 of k-fold cross-validation on -data, folds by article")
	opts := fs.String("options", "", `JSON overriding DefaultOptions, for experiments (e.g. {"Epochs":8})`)
	if err := fs.Parse(args); err != nil {
		return err
	}
	o := evidence.DefaultOptions()
	if *opts != "" {
		if err := json.Unmarshal([]byte(*opts), &o); err != nil {
			return fmt.Errorf("-options: %w", err)
		}
	}
	if *data == "" {
		return fmt.Errorf("-data is required")
	}
	exs, err := read(*data)
	if err != nil {
		return err
	}
	if *cv > 1 {
		oracle, abs := crossValidate(exs, *seed, o, *cv)
		fmt.Fprintf(stdout, "%s: %d-fold cross-validation by article: oracle macro-F1 %.3f, abstract (k=1) macro-F1 %.3f\n", *data, *cv, oracle, abs)
	}
	start := time.Now()
	m := evidence.TrainOptions(exs, *seed, o)
	fmt.Fprintf(stdout, "trained on %d prompts in %s\n", len(exs), time.Since(start).Round(time.Millisecond))
	if *out != "" {
		f, err := os.Create(*out)
		if err != nil {
			return err
		}
		n, err := m.WriteTo(f)
		if err != nil {
			f.Close()
			return err
		}
		if err := f.Close(); err != nil {
			return err
		}
		fmt.Fprintf(stdout, "wrote %s (%d bytes)\n", *out, n)
	}
	if *dev != "" {
		dexs, err := read(*dev)
		if err != nil {
			return err
		}
		fmt.Fprintf(stdout, "%s: oracle macro-F1 %.3f\n", *dev, score(dexs, func(e evidence.Example) []string { return e.Evidence }, m))
		for _, k := range []int{1, 2, 3} {
			fmt.Fprintf(stdout, "%s: abstract (k=%d) macro-F1 %.3f, evidence found %.3f\n", *dev, k,
				score(dexs, func(e evidence.Example) []string { return m.FindEvidence(e.Prompt, e.Abstract, k) }, m),
				found(dexs, m, k))
		}
	}
	return nil
}

// crossValidate trains on k-1 folds of the examples and labels the
// held-out fold, the folds made by article (hashing the pmcid, so that an
// article's prompts are never both trained on and scored), and returns
// the macro-F1 over all the held-out labels, from the cited evidence and
// from the abstract's first sentence found.
func crossValidate(exs []evidence.Example, seed uint64, o evidence.Options, k int) (oracle, abstract float64) {
	fold := func(e evidence.Example) int {
		h := fnv.New32a()
		h.Write([]byte(e.Article))
		return int(h.Sum32() % uint32(k))
	}
	var gold, gotO, gotA []string
	for f := range k {
		var tr, te []evidence.Example
		for _, e := range exs {
			if fold(e) == f {
				te = append(te, e)
			} else {
				tr = append(tr, e)
			}
		}
		m := evidence.TrainOptions(tr, seed, o)
		for _, e := range te {
			gold = append(gold, e.Label)
			l, _ := m.Classify(e.Prompt, e.Evidence)
			gotO = append(gotO, l)
			l, _ = m.Classify(e.Prompt, m.FindEvidence(e.Prompt, e.Abstract, 1))
			gotA = append(gotA, l)
		}
	}
	return macroF1(gold, gotO), macroF1(gold, gotA)
}

// score is the macro-F1 of the labels m gives the evidence ev picks.
func score(exs []evidence.Example, ev func(evidence.Example) []string, m *evidence.Model) float64 {
	var gold, got []string
	for _, e := range exs {
		l, _ := m.Classify(e.Prompt, ev(e))
		gold, got = append(gold, e.Label), append(got, l)
	}
	return macroF1(gold, got)
}

// macroF1 is the mean over the labels of each label's F1.
func macroF1(gold, got []string) float64 {
	labels := evidence.Labels()
	conf := map[[2]string]int{}
	for i := range gold {
		conf[[2]string{gold[i], got[i]}]++
	}
	var sum float64
	for _, c := range labels {
		var tp, fp, fn int
		for k, n := range conf {
			switch {
			case k[0] == c && k[1] == c:
				tp += n
			case k[1] == c:
				fp += n
			case k[0] == c:
				fn += n
			}
		}
		if tp > 0 {
			p, r := float64(tp)/float64(tp+fp), float64(tp)/float64(tp+fn)
			sum += 2 * p * r / (p + r)
		}
	}
	return sum / float64(len(labels))
}

// found is the share of prompts whose cited evidence is in the abstract
// for which one of the k picked sentences overlaps it.
func found(exs []evidence.Example, m *evidence.Model, k int) float64 {
	var n, hit int
	for _, e := range exs {
		if e.Abstract == "" {
			continue
		}
		inAbs := false
		for _, ev := range e.Evidence {
			if len(ev) > 30 && strings.Contains(e.Abstract, ev[:30]) {
				inAbs = true
			}
		}
		if !inAbs {
			continue
		}
		n++
		for _, s := range m.FindEvidence(e.Prompt, e.Abstract, k) {
			ok := false
			for _, ev := range e.Evidence {
				if strings.Contains(ev, s) || strings.Contains(s, ev) || len(s) > 30 && strings.Contains(ev, s[:30]) {
					ok = true
				}
			}
			if ok {
				hit++
				break
			}
		}
	}
	if n == 0 {
		return 0
	}
	return float64(hit) / float64(n)
}
