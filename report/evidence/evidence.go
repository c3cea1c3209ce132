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
	pr := m.probs(m.vectors(p, evidence))

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

// vectors returns the classifier's feature vectors of the evidence for
// the prompt: all features but Drop, and for the direction head of a
// split model all but DirDrop.
func (m *Model) vectors(p Prompt, evidence []string) (x, xd []uint32) {
	pi := newPromptInfo(p, m.opts.Generic)
	var ans []*analysis
	for _, e := range dedupe(evidence) {
		ans = append(ans, pi.analyze(e))
	}
	fb := &featBuilder{mask: 1<<m.opts.Bits - 1, drop: m.opts.Drop}
	classFeatures(pi, ans, fb)
	x = fb.vector()
	if m.opts.Split {
		fb := &featBuilder{mask: 1<<m.opts.Bits - 1, drop: m.opts.DirDrop}
		classFeatures(pi, ans, fb)
		xd = fb.vector()
	}
	return x, xd
}

func (m *Model) probs(x, xd []uint32) [3]float64 {
	if m.opts.Split {
		var zs, zd float64
		for _, j := range x {
			zs += float64(m.cls[3*j])
		}
		for _, j := range xd {
			zd += float64(m.cls[3*j+1])
		}
		ps, pd := sigmoid(zs), sigmoid(zd)
		return [3]float64{ps * pd, ps * (1 - pd), 1 - ps}
	}
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
	for i, x := range rankVectors(pi, sents, 1<<m.opts.RankBits-1, m.opts.RankDrop) {
		for _, j := range x {
			scores[i] += float64(m.rank[j])
		}
	}
	return scores
}

// The weights file, little-endian throughout:
//
//	"LWEV"
//	header (headerSize bytes): uint16 format version, uint16 feature
//	    version, uint8 Bits, uint8 RankBits, uint8 flags (1 Generic,
//	    2 Split), uint8 0, uint16 Drop, uint16 DirDrop, uint16 RankDrop
//	uint32 n, then n classifier rows: uint32 index, 3 float32
//	uint32 n, then n ranker entries: uint32 index, float32
//	uint32 CRC-32 (IEEE) of all that precedes it
//
// Rows and entries that are all zero are left out.
const (
	magic         = "LWEV"
	formatVersion = 1
	headerSize    = 14
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
	if m.opts.Split {
		flags |= 2
	}
	put(flags)
	put(uint8(0))
	put(m.opts.Drop)
	put(m.opts.DirDrop)
	put(m.opts.RankDrop)
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
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("evidence: reading model: %w", err)
	}
	if len(data) < len(magic)+headerSize+4 || string(data[:len(magic)]) != magic {
		return nil, errors.New("evidence: not a model file")
	}
	le := binary.LittleEndian
	body, sum := data[:len(data)-4], le.Uint32(data[len(data)-4:])
	if crc32.ChecksumIEEE(body) != sum {
		return nil, errors.New("evidence: model file damaged (checksum)")
	}
	b := body[len(magic):]
	version, features := le.Uint16(b), le.Uint16(b[2:])
	bits, rankBits, flags := b[4], b[5], b[6]
	if version != formatVersion {
		return nil, fmt.Errorf("evidence: model format %d, want %d", version, formatVersion)
	}
	if features != featureVersion {
		return nil, fmt.Errorf("evidence: model features version %d, this code reads %d (retrain it)", features, featureVersion)
	}
	if bits < 8 || bits > 24 || rankBits < 8 || rankBits > 24 {
		return nil, fmt.Errorf("evidence: bad hash sizes %d/%d", bits, rankBits)
	}
	m := &Model{opts: Options{
		Bits: bits, RankBits: rankBits, Generic: flags&1 != 0, Split: flags&2 != 0,
		Drop: le.Uint16(b[8:]), DirDrop: le.Uint16(b[10:]), RankDrop: le.Uint16(b[12:]),
	}}
	b = b[headerSize:]
	m.cls = make([]float32, 3<<bits)
	m.rank = make([]float32, 1<<rankBits)
	f32 := func(p []byte) float32 { return math.Float32frombits(le.Uint32(p)) }
	for _, sec := range []struct {
		name  string
		w     []float32
		width int
	}{{"classifier", m.cls, 3}, {"ranker", m.rank, 1}} {
		if len(b) < 4 {
			return nil, fmt.Errorf("evidence: %s weights missing", sec.name)
		}
		n := int(le.Uint32(b))
		b = b[4:]
		row := 4 + 4*sec.width
		if n > len(sec.w)/sec.width || len(b) < n*row {
			return nil, fmt.Errorf("evidence: bad %s size", sec.name)
		}
		for range n {
			j := int(le.Uint32(b))
			if j >= len(sec.w)/sec.width {
				return nil, fmt.Errorf("evidence: bad %s row %d", sec.name, j)
			}
			for c := range sec.width {
				v := f32(b[4+4*c:])
				if math.IsNaN(float64(v)) || math.IsInf(float64(v), 0) {
					return nil, fmt.Errorf("evidence: bad %s weight", sec.name)
				}
				sec.w[sec.width*j+c] = v
			}
			b = b[row:]
		}
	}
	if len(b) != 0 {
		return nil, errors.New("evidence: trailing bytes in model file")
	}
	return m, nil
}
