package eval

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/litwatch/litwatch/report/assess"
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
		case assess.EffectIncreased, assess.EffectDecreased, assess.EffectNoDifference:
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
	Setting   string
	N         int
	Correct   int
	PerClass  map[string]PRF
	Confusion map[string]map[string]int // gold -> predicted
	MacroF1   float64
	Accuracy  float64
}

func eiLabels() []string {
	return []string{assess.EffectIncreased, assess.EffectDecreased, assess.EffectNoDifference}
}

// EvidenceInference classifies every prompt read from r in the given
// setting ("oracle": from the cited evidence sentences; "abstract": from
// sentences the reader picks out of the abstract) and scores the labels.
func EvidenceInference(r io.Reader, setting string) (*EIReport, error) {
	if setting != SettingOracle && setting != SettingAbstract {
		return nil, fmt.Errorf("eval: unknown Evidence Inference setting %q (want %q or %q)", setting, SettingOracle, SettingAbstract)
	}
	ps, err := ReadEI(r)
	if err != nil {
		return nil, fmt.Errorf("eval: %w", err)
	}
	reader := assess.NewEffectReader()
	rep := &EIReport{Setting: setting, N: len(ps), PerClass: map[string]PRF{}, Confusion: map[string]map[string]int{}}
	for i, p := range ps {
		prompt := assess.Prompt{Intervention: p.Intervention, Comparator: p.Comparator, Outcome: p.Outcome}
		ev := p.Evidence
		if setting == SettingAbstract {
			if p.Abstract == "" {
				return nil, fmt.Errorf("eval: prompt %d (#%d) has no abstract for the %q setting", p.PromptID, i+1, setting)
			}
			ev = reader.FindEvidence(prompt, p.Abstract, 1)
		}
		got := reader.Classify(prompt, ev)
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
