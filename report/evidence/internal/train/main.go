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

// score is the macro-F1 of the labels m gives the evidence ev picks.
func score(exs []evidence.Example, ev func(evidence.Example) []string, m *evidence.Model) float64 {
	labels := evidence.Labels()
	conf := map[[2]string]int{}
	for _, e := range exs {
		got, _ := m.Classify(e.Prompt, ev(e))
		conf[[2]string{e.Label, got}]++
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
