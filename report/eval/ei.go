package eval

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/litwatch/litwatch/report/assess"
	"github.com/litwatch/litwatch/report/evidence"
)

// Evidence Inference settings.
const (
	// SettingOracle classifies from the sentences the annotators cited.
	SettingOracle = "oracle"
	// SettingAbstract finds the evidence in the abstract first.
	SettingAbstract = "abstract"
)

// EIPrompt is one Evidence Inference 2.0 prompt (the JSON-lines format of
// shared/bench/evidence-inference).
type EIPrompt struct {
	PromptID     int      `json:"prompt_id"`
	PMCID        string   `json:"pmcid"`
	Intervention string   `json:"intervention"`
	Comparator   string   `json:"comparator"`
	Outcome      string   `json:"outcome"`
	Label        string   `json:"label"`
	Evidence     []string `json:"evidence"`
	Abstract     string   `json:"abstract"`
}

// ReadEI reads Evidence Inference prompts; errors name the line.
func ReadEI(r io.Reader) ([]EIPrompt, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 16*1024*1024)
	var out []EIPrompt
	for no := 1; sc.Scan(); no++ {
		text := strings.TrimSpace(sc.Text())
		if text == "" {
			continue
		}
		var p EIPrompt
		if err := json.Unmarshal([]byte(text), &p); err != nil {
			return nil, fmt.Errorf("line %d: %w", no, err)
		}
		switch p.Label {
		case evidence.Increased, evidence.Decreased, evidence.NoDifference:
		default:
			return nil, fmt.Errorf("line %d (prompt %d): unknown label %q", no, p.PromptID, p.Label)
		}
		out = append(out, p)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("reading prompts: %w", err)
	}
	if len(out) == 0 {
		return nil, errors.New("no prompts")
	}
	return out, nil
}

// EIReport is the direction component's score on Evidence Inference.
type EIReport struct {
	Setting string
	N       int
	// NoAbstract counts the prompts of the abstract setting whose
	// article has no abstract: they are classified from nothing.
	NoAbstract int
	Correct    int
	PerClass   map[string]PRF
	Confusion  map[string]map[string]int // gold -> predicted
	MacroF1    float64
	Accuracy   float64
}

func eiLabels() []string {
	return []string{evidence.Increased, evidence.Decreased, evidence.NoDifference}
}

// eiReader reads evidence for a prompt: the learned model of
// report/evidence, or the assessor's rules (the baseline).
type eiReader interface {
	classify(p evidence.Prompt, ev []string) string
	find(p evidence.Prompt, abstract string, k int) []string
}

type modelReader struct{ m *evidence.Model }

func (r modelReader) classify(p evidence.Prompt, ev []string) string {
	l, _ := r.m.Classify(p, ev)
	return l
}

func (r modelReader) find(p evidence.Prompt, abstract string, k int) []string {
	return r.m.FindEvidence(p, abstract, k)
}

type rulesReader struct{ r *assess.EffectReader }

func (r rulesReader) classify(p evidence.Prompt, ev []string) string {
	return r.r.Classify(assess.Prompt(p), ev)
}

func (r rulesReader) find(p evidence.Prompt, abstract string, k int) []string {
	return r.r.FindEvidence(assess.Prompt(p), abstract, k)
}

// EvidenceInference classifies every prompt read from r in the given
// setting with the learned model of report/evidence ("oracle": from the
// cited evidence sentences; "abstract": from the sentence the model picks
// out of the abstract) and scores the labels.
func EvidenceInference(r io.Reader, setting string) (*EIReport, error) {
	m, err := evidence.Default()
	if err != nil {
		return nil, fmt.Errorf("eval: %w", err)
	}
	return evidenceInference(r, setting, modelReader{m})
}

// EvidenceInferenceRules is EvidenceInference with the assessor's rules
// alone (report/assess), the baseline the model is measured against.
func EvidenceInferenceRules(r io.Reader, setting string) (*EIReport, error) {
	return evidenceInference(r, setting, rulesReader{assess.NewEffectReader()})
}

func evidenceInference(r io.Reader, setting string, reader eiReader) (*EIReport, error) {
	if setting != SettingOracle && setting != SettingAbstract {
		return nil, fmt.Errorf("eval: unknown Evidence Inference setting %q (want %q or %q)", setting, SettingOracle, SettingAbstract)
	}
	ps, err := ReadEI(r)
	if err != nil {
		return nil, fmt.Errorf("eval: %w", err)
	}
	rep := &EIReport{Setting: setting, N: len(ps), PerClass: map[string]PRF{}, Confusion: map[string]map[string]int{}}
	for _, p := range ps {
		prompt := evidence.Prompt{Intervention: p.Intervention, Comparator: p.Comparator, Outcome: p.Outcome}
		ev := p.Evidence
		if setting == SettingAbstract {
			ev = nil
			if p.Abstract == "" {
				rep.NoAbstract++
			} else {
				ev = reader.find(prompt, p.Abstract, 1)
			}
		}
		got := reader.classify(prompt, ev)
		if rep.Confusion[p.Label] == nil {
			rep.Confusion[p.Label] = map[string]int{}
		}
		rep.Confusion[p.Label][got]++
		if got == p.Label {
			rep.Correct++
		}
	}
	var sum float64
	for _, cls := range eiLabels() {
		var tp, fp, fn int
		for gold, row := range rep.Confusion {
			for got, k := range row {
				switch {
				case gold == cls && got == cls:
					tp += k
				case got == cls:
					fp += k
				case gold == cls:
					fn += k
				}
			}
		}
		rep.PerClass[cls] = prf(tp, fp, fn)
		sum += rep.PerClass[cls].F1
	}
	rep.MacroF1 = sum / float64(len(eiLabels()))
	rep.Accuracy = ratio(rep.Correct, rep.N)
	return rep, nil
}

// WriteText writes the Evidence Inference figures.
func (r *EIReport) WriteText(w io.Writer) error {
	ew := &errWriter{w: w}
	ew.printf("Evidence Inference (%s setting): %d prompts, accuracy %.3f, macro-F1 %.3f\n", r.Setting, r.N, r.Accuracy, r.MacroF1)
	if r.NoAbstract > 0 {
		ew.printf("  %d prompts without an abstract, classified from nothing\n", r.NoAbstract)
	}
	ew.printf("  %-27s %9s %9s %9s\n", "", "precision", "recall", "F1")
	for _, cls := range eiLabels() {
		p := r.PerClass[cls]
		ew.printf("  %-27s %9.3f %9.3f %9.3f\n", cls, p.Precision, p.Recall, p.F1)
	}
	ew.printf("  confusion (rows labelled, columns predicted: increased, decreased, no difference)\n")
	for _, gold := range eiLabels() {
		ew.printf("  %-27s", gold)
		for _, got := range eiLabels() {
			ew.printf(" %5d", r.Confusion[gold][got])
		}
		ew.printf("\n")
	}
	return ew.err
}
