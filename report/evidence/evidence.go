// Package evidence reads what a trial report says about one comparison:
// given an intervention, a comparator and an outcome, did the
// intervention significantly increase the outcome, significantly decrease
// it, or make no significant difference (the Evidence Inference task,
// DeYoung et al. 2020)? It also finds, in an abstract, the sentences that
// report that result.
//
// Both parts are linear models over hashed features of the text read for
// the prompt (its words with the prompt's intervention, comparator and
// outcome masked, the order in which they are named, and what general
// rules read: p-values, confidence intervals against no effect, "no
// significant difference", negation). They were trained on the Evidence
// Inference 2.0 train split only; the weights are embedded (model.bin)
// and retrained bit for bit by the command in README.md.
//
// The package is pure Go and depends on nothing else in litwatch.
package evidence

import (
	"bufio"
	"bytes"
	"cmp"
	_ "embed"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"math"
	"slices"
	"strings"
)

// The three labels, spelt as in the Evidence Inference files.
const (
	Increased    = "significantly increased"
	Decreased    = "significantly decreased"
	NoDifference = "no significant difference"
)

// Labels are the labels in the model's class order.
func Labels() []string { return []string{Increased, Decreased, NoDifference} }

func labelIndex(l string) int {
	switch l {
	case Increased:
		return 0
	case Decreased:
		return 1
	case NoDifference:
		return 2
	}
	return -1
}

// Prompt names what is compared.
type Prompt struct{ Intervention, Comparator, Outcome string }

// Model is a trained classifier and evidence ranker. It is immutable once
// loaded and safe for concurrent use.
type Model struct {
	opts Options
	cls  []float32 // classifier: 3 weights per hashed feature
	rank []float32 // ranker: 1 weight per hashed feature
}

//go:embed model.bin
var embedded []byte

// Default returns the embedded model, parsed anew on each call; callers
// keep the *Model.
func Default() (*Model, error) {
	m, err := Load(bytes.NewReader(embedded))
	if err != nil {
		return nil, fmt.Errorf("evidence: embedded model: %w", err)
	}
	return m, nil
}

// Classify says what the evidence sentences report for the prompt, with
// the probability of each label.
func (m *Model) Classify(p Prompt, evidence []string) (string, map[string]float64) {
	pi := newPromptInfo(p, m.opts.Generic)
	var ans []*analysis
	for _, e := range dedupe(evidence) {
		ans = append(ans, pi.analyze(e))
	}
	fb := &featBuilder{mask: 1<<m.opts.Bits - 1, drop: m.opts.Drop}
	classFeatures(pi, ans, fb)
	pr := m.probs(fb.vector())
	best := 0
	for c := 1; c < 3; c++ {
		if pr[c] > pr[best] {
			best = c
		}
	}
	labels := Labels()
	out := make(map[string]float64, 3)
	for c, l := range labels {
		out[l] = pr[c]
	}
	return labels[best], out
}

func (m *Model) probs(x []uint32) [3]float64 {
	var z [3]float64
	for _, j := range x {
		w := m.cls[3*j : 3*j+3]
		z[0] += float64(w[0])
		z[1] += float64(w[1])
		z[2] += float64(w[2])
	}
	return softmax3(z)
}

// dedupe drops empty, repeated and contained evidence texts (annotators
// often cite the same sentence twice, or a sentence and a passage holding
// it).
func dedupe(evidence []string) []string {
	var out []string
	for i, e := range evidence {
		e = strings.TrimSpace(e)
		if e == "" {
			continue
		}
		keep := true
		for j, f := range evidence {
			f = strings.TrimSpace(f)
			if i == j || f == "" {
				continue
			}
			if e == f && j < i || e != f && strings.Contains(f, e) {
				keep = false
				break
			}
		}
		if keep {
			out = append(out, e)
		}
	}
	return out
}

// FindEvidence returns the k sentences of the abstract most likely to
// report the result for the prompt, best first. The abstract is lines;
// lines ending in ':' are section headings ("ABSTRACT.RESULTS:"), a line
// "TITLE:" introduces the title.
func (m *Model) FindEvidence(p Prompt, abstract string, k int) []string {
	pi := newPromptInfo(p, m.opts.Generic)
	sents := splitAbstract(abstract)
	scores := m.rankScores(pi, sents)
	order := make([]int, len(sents))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int { return cmp.Compare(scores[b], scores[a]) })
	var out []string
	for _, i := range order[:min(k, len(order))] {
		out = append(out, sents[i].text)
	}
	return out
}

func (m *Model) rankScores(pi *promptInfo, sents []sentence) []float64 {
	scores := make([]float64, len(sents))
	for i, x := range rankVectors(pi, sents, 1<<m.opts.RankBits-1) {
		for _, j := range x {
			scores[i] += float64(m.rank[j])
		}
	}
	return scores
}

// The weights file: "LWEV", format version, the options, the classifier
// rows and the ranker entries that are not zero, and a CRC-32 of all that
// precedes it. Little-endian throughout; weights are float32.
const (
	magic         = "LWEV"
	formatVersion = 1
)

// WriteTo writes the model in its binary format.
func (m *Model) WriteTo(w io.Writer) (int64, error) {
	var buf bytes.Buffer
	buf.WriteString(magic)
	le := binary.LittleEndian
	put := func(v any) { _ = binary.Write(&buf, le, v) }
	put(uint16(formatVersion))
	put(uint16(featureVersion))
	put(m.opts.Bits)
	put(m.opts.RankBits)
	var flags uint8
	if m.opts.Generic {
		flags |= 1
	}
	put(flags)
	put(uint8(0))
	put(m.opts.Drop)
	var rows []uint32
	for j := 0; j < len(m.cls)/3; j++ {
		if m.cls[3*j] != 0 || m.cls[3*j+1] != 0 || m.cls[3*j+2] != 0 {
			rows = append(rows, uint32(j))
		}
	}
	put(uint32(len(rows)))
	for _, j := range rows {
		put(j)
		put(m.cls[3*j : 3*j+3])
	}
	rows = rows[:0]
	for j, v := range m.rank {
		if v != 0 {
			rows = append(rows, uint32(j))
		}
	}
	put(uint32(len(rows)))
	for _, j := range rows {
		put(j)
		put(m.rank[j])
	}
	put(crc32.ChecksumIEEE(buf.Bytes()))
	n, err := w.Write(buf.Bytes())
	return int64(n), err
}

// Load reads a model written by WriteTo.
func Load(r io.Reader) (*Model, error) {
	data, err := io.ReadAll(bufio.NewReader(r))
	if err != nil {
		return nil, fmt.Errorf("evidence: reading model: %w", err)
	}
	if len(data) < 4+2+2+4+4+4+4 || string(data[:4]) != magic {
		return nil, errors.New("evidence: not a model file")
	}
	body, sum := data[:len(data)-4], binary.LittleEndian.Uint32(data[len(data)-4:])
	if crc32.ChecksumIEEE(body) != sum {
		return nil, errors.New("evidence: model file damaged (checksum)")
	}
	rd := bytes.NewReader(body[4:])
	le := binary.LittleEndian
	var hdr struct {
		Version, Features uint16
		Bits, RankBits    uint8
		Flags, _          uint8
		Drop              uint16
	}
	if err := binary.Read(rd, le, &hdr); err != nil {
		return nil, fmt.Errorf("evidence: model header: %w", err)
	}
	if hdr.Version != formatVersion {
		return nil, fmt.Errorf("evidence: model format %d, want %d", hdr.Version, formatVersion)
	}
	if hdr.Features != featureVersion {
		return nil, fmt.Errorf("evidence: model features version %d, this code reads %d (retrain it)", hdr.Features, featureVersion)
	}
	if hdr.Bits < 8 || hdr.Bits > 24 || hdr.RankBits < 8 || hdr.RankBits > 24 {
		return nil, fmt.Errorf("evidence: bad hash sizes %d/%d", hdr.Bits, hdr.RankBits)
	}
	m := &Model{opts: Options{Bits: hdr.Bits, RankBits: hdr.RankBits, Generic: hdr.Flags&1 != 0, Drop: hdr.Drop}}
	m.cls = make([]float32, 3<<hdr.Bits)
	m.rank = make([]float32, 1<<hdr.RankBits)
	var n uint32
	if err := binary.Read(rd, le, &n); err != nil || int(n) > len(m.cls)/3 {
		return nil, errors.New("evidence: bad classifier size")
	}
	var row struct {
		J uint32
		W [3]float32
	}
	for range n {
		if err := binary.Read(rd, le, &row); err != nil {
			return nil, fmt.Errorf("evidence: classifier weights: %w", err)
		}
		if int(row.J) >= len(m.cls)/3 || !finite(row.W[:]...) {
			return nil, errors.New("evidence: bad classifier weight")
		}
		copy(m.cls[3*row.J:], row.W[:])
	}
	if err := binary.Read(rd, le, &n); err != nil || int(n) > len(m.rank) {
		return nil, errors.New("evidence: bad ranker size")
	}
	var e struct {
		J uint32
		W float32
	}
	for range n {
		if err := binary.Read(rd, le, &e); err != nil {
			return nil, fmt.Errorf("evidence: ranker weights: %w", err)
		}
		if int(e.J) >= len(m.rank) || !finite(e.W) {
			return nil, errors.New("evidence: bad ranker weight")
		}
		m.rank[e.J] = e.W
	}
	if rd.Len() != 0 {
		return nil, errors.New("evidence: trailing bytes in model file")
	}
	return m, nil
}

func finite(ws ...float32) bool {
	for _, w := range ws {
		if math.IsNaN(float64(w)) || math.IsInf(float64(w), 0) {
			return false
		}
	}
	return true
}
