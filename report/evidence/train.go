package evidence

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"strings"
)

// featureVersion changes whenever the features change: a model trained
// with other features is refused on load.
const featureVersion = 4

// Example is one training prompt: the comparison, its label, the
// sentences the annotators cited and the article's abstract (may be
// empty).
type Example struct {
	Prompt   Prompt
	Label    string
	Evidence []string
	Abstract string
	Article  string // the article's identifier (pmcid), for splits by article
}

// ReadExamples reads prompts in the JSON-lines format of the Evidence
// Inference files (fields intervention, comparator, outcome, label,
// evidence, abstract; others are ignored). Errors name the line.
func ReadExamples(r io.Reader) ([]Example, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 1<<16), 1<<24)
	var out []Example
	for no := 1; sc.Scan(); no++ {
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		var l struct {
			Intervention string   `json:"intervention"`
			Comparator   string   `json:"comparator"`
			Outcome      string   `json:"outcome"`
			Label        string   `json:"label"`
			Evidence     []string `json:"evidence"`
			Abstract     string   `json:"abstract"`
			PMCID        string   `json:"pmcid"`
		}
		if err := json.Unmarshal(sc.Bytes(), &l); err != nil {
			return nil, fmt.Errorf("line %d: %w", no, err)
		}
		if labelIndex(l.Label) < 0 {
			return nil, fmt.Errorf("line %d: unknown label %q", no, l.Label)
		}
		out = append(out, Example{
			Prompt:   Prompt{Intervention: l.Intervention, Comparator: l.Comparator, Outcome: l.Outcome},
			Label:    l.Label,
			Evidence: l.Evidence,
			Abstract: l.Abstract,
			Article:  l.PMCID,
		})
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("reading examples: %w", err)
	}
	return out, nil
}

// Options are the training choices. The zero value is not useful; start
// from DefaultOptions.
type Options struct {
	Bits     uint8  // the classifier has 2^Bits hashed feature rows
	RankBits uint8  // the ranker has 2^RankBits hashed features
	Generic  bool   // generic arm words ("placebo", "control", "intervention") name the arms
	Drop     uint16 // classifier feature groups left out (ablations; 0 = all)
	RankDrop uint16 // ranker feature groups left out

	// Split trains two binary heads instead of one three-way softmax: is
	// the difference significant (all features but Drop), and if so did
	// the outcome go up or down (all features but DirDrop).
	Split   bool
	DirDrop uint16

	Epochs     int     // classifier passes over the data
	Rate       float64 // classifier AdaGrad step
	L2         float64 // classifier L2 penalty (per update, on the features touched)
	DirEpochs  int
	DirRate    float64
	DirL2      float64
	RankEpochs int
	RankRate   float64
	RankL2     float64

	// Runs > 1 trains the classifier that many times, each on its own
	// shuffles, and averages the weights (less variance from the order).
	Runs int
}

// DefaultOptions are the choices the embedded model was trained with
// (chosen on the Evidence Inference 2.0 dev split).
func DefaultOptions() Options {
	return Options{
		Bits: 18, RankBits: 16, Generic: true,
		Split: true, Runs: 5,
		Epochs: 12, Rate: 0.02, L2: 1e-5,
		DirEpochs: 12, DirRate: 0.02, DirL2: 1e-5,
		RankEpochs: 10, RankRate: 0.01, RankL2: 1e-5,
	}
}

// Train trains a model on the examples with the default options. The
// result depends only on the examples, their order and the seed: the same
// inputs give the same bytes from WriteTo on every platform.
func Train(examples []Example, seed uint64) *Model {
	return TrainOptions(examples, seed, DefaultOptions())
}

// TrainOptions is Train with explicit options.
func TrainOptions(examples []Example, seed uint64, o Options) *Model {
	m := &Model{opts: o}
	rng := rand.New(rand.NewPCG(seed, 0x6c69747761746368)) // "litwatch"
	m.rank = toFloat32(trainRanker(rankLists(examples, o), o, rng))

	var xs, xd [][]uint32
	var ys, yd []int
	for _, ex := range examples {
		y := labelIndex(ex.Label)
		if y < 0 {
			continue
		}
		x, d := m.vectors(ex.Prompt, ex.Evidence)
		xs = append(xs, x)
		ys = append(ys, y)
		if o.Split && y != 2 {
			xd = append(xd, d)
			yd = append(yd, y)
		}
	}
	runs := max(1, o.Runs)
	if !o.Split {
		w := make([]float64, 3<<o.Bits)
		for range runs {
			for j, v := range trainSoftmax(xs, ys, o, rng) {
				w[j] += v
			}
		}
		for j := range w {
			w[j] /= float64(runs)
		}
		m.cls = toFloat32(w)
		return m
	}
	// head 0: significant (label 0 or 1) against not; head 1: increased
	// against decreased, on the significant prompts
	sig := make([]int, len(ys))
	for i, y := range ys {
		if y != 2 {
			sig[i] = 1
		}
	}
	w0 := make([]float64, 1<<o.Bits)
	w1 := make([]float64, 1<<o.Bits)
	dir := make([]int, len(yd))
	for i, y := range yd {
		if y == 0 {
			dir[i] = 1
		}
	}
	for range runs {
		for j, v := range trainBinary(xs, sig, o.Bits, o.Epochs, o.Rate, o.L2, rng) {
			w0[j] += v
		}
		for j, v := range trainBinary(xd, dir, o.Bits, o.DirEpochs, o.DirRate, o.DirL2, rng) {
			w1[j] += v
		}
	}
	w := make([]float64, 3<<o.Bits)
	for j := range w0 {
		w[3*j], w[3*j+1] = w0[j]/float64(runs), w1[j]/float64(runs)
	}
	m.cls = toFloat32(w)
	return m
}

// trainSoftmax fits multinomial logistic regression by AdaGrad.
func trainSoftmax(xs [][]uint32, ys []int, o Options, rng *rand.Rand) []float64 {
	n := 3 << o.Bits
	w := make([]float64, n)
	g2 := make([]float64, n)
	order := make([]int, len(xs))
	for i := range order {
		order[i] = i
	}
	for range o.Epochs {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, i := range order {
			x := xs[i]
			var z [3]float64
			for _, j := range x {
				z[0] += w[3*j]
				z[1] += w[3*j+1]
				z[2] += w[3*j+2]
			}
			p := softmax3(z)
			p[ys[i]] -= 1
			for _, j := range x {
				for c := range 3 {
					k := 3*int(j) + c
					g := p[c] + float64(o.L2*w[k])
					g2[k] += float64(g * g)
					w[k] -= float64(o.Rate*g) / (math.Sqrt(g2[k]) + 1e-8)
				}
			}
		}
	}
	return w
}

// trainBinary fits logistic regression (y 0 or 1) by AdaGrad.
func trainBinary(xs [][]uint32, ys []int, bits uint8, epochs int, rate, l2 float64, rng *rand.Rand) []float64 {
	w := make([]float64, 1<<bits)
	g2 := make([]float64, 1<<bits)
	order := make([]int, len(xs))
	for i := range order {
		order[i] = i
	}
	for range epochs {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, i := range order {
			var z float64
			for _, j := range xs[i] {
				z += w[j]
			}
			d := sigmoid(z) - float64(ys[i])
			for _, j := range xs[i] {
				g := d + float64(l2*w[j])
				g2[j] += float64(g * g)
				w[j] -= float64(rate*g) / (math.Sqrt(g2[j]) + 1e-8)
			}
		}
	}
	return w
}

func toFloat32(w []float64) []float32 {
	out := make([]float32, len(w))
	for i, v := range w {
		out[i] = float32(v)
	}
	return out
}

// rankList is one prompt's abstract sentences, their features and which
// of them are the cited evidence.
type rankList struct {
	xs  [][]uint32
	pos []bool
}

// rankLists builds the ranker's training lists: every prompt with an
// abstract that holds at least one cited sentence.
func rankLists(examples []Example, o Options) []rankList {
	var out []rankList
	for _, ex := range examples {
		if ex.Abstract == "" {
			continue
		}
		sents := splitAbstract(ex.Abstract)
		evs := make([]map[string]bool, 0, len(ex.Evidence))
		var evNorm []string
		for _, e := range ex.Evidence {
			evs = append(evs, wordSet(e))
			evNorm = append(evNorm, strings.Join(strings.Fields(normalize(e)), " "))
		}
		pi := newPromptInfo(ex.Prompt, o.Generic)
		var l rankList
		npos := 0
		l.xs = rankVectors(pi, sents, 1<<o.RankBits-1, o.RankDrop)
		for _, s := range sents {
			p := isEvidence(s.text, evs, evNorm)
			l.pos = append(l.pos, p)
			if p {
				npos++
			}
		}
		if npos > 0 && npos < len(sents) {
			out = append(out, l)
		}
	}
	return out
}

// wordSet is the set of word and number tokens of a text.
func wordSet(s string) map[string]bool {
	out := map[string]bool{}
	for _, t := range tokenize(normalize(s)) {
		if t.kind != kPunct {
			out[t.text] = true
		}
	}
	return out
}

// isEvidence reports whether an abstract sentence is (mostly) one of the
// cited evidence texts.
func isEvidence(sent string, evs []map[string]bool, evNorm []string) bool {
	sn := strings.Join(strings.Fields(normalize(sent)), " ")
	ws := wordSet(sent)
	for i, e := range evs {
		if len(sn) >= 20 && strings.Contains(evNorm[i], sn) || len(evNorm[i]) >= 20 && strings.Contains(sn, evNorm[i]) {
			return true
		}
		common := 0
		for w := range ws {
			if e[w] {
				common++
			}
		}
		if len(ws) >= 5 && len(e) >= 5 && float64(common) >= 0.8*float64(min(len(ws), len(e))) {
			return true
		}
	}
	return false
}

// trainRanker fits the sentence scorer: a softmax over each list's
// sentences, the target spread evenly over the cited ones.
func trainRanker(lists []rankList, o Options, rng *rand.Rand) []float64 {
	n := 1 << o.RankBits
	w := make([]float64, n)
	g2 := make([]float64, n)
	grad := make([]float64, n)
	mark := make([]bool, n)
	var touched []uint32
	order := make([]int, len(lists))
	for i := range order {
		order[i] = i
	}
	for range o.RankEpochs {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, li := range order {
			l := lists[li]
			s := make([]float64, len(l.xs))
			mx := math.Inf(-1)
			npos := 0
			for i, x := range l.xs {
				for _, j := range x {
					s[i] += w[j]
				}
				mx = max(mx, s[i])
				if l.pos[i] {
					npos++
				}
			}
			var sum float64
			for i := range s {
				s[i] = exp(s[i] - mx)
				sum += s[i]
			}
			touched = touched[:0]
			for i, x := range l.xs {
				d := s[i] / sum
				if l.pos[i] {
					d -= 1 / float64(npos)
				}
				for _, j := range x {
					if !mark[j] {
						mark[j] = true
						touched = append(touched, j)
					}
					grad[j] += d
				}
			}
			// each weight's update depends on its own gradient only, so
			// the order of touched does not matter
			for _, j := range touched {
				g := grad[j] + float64(o.RankL2*w[j])
				g2[j] += float64(g * g)
				w[j] -= float64(o.RankRate*g) / (math.Sqrt(g2[j]) + 1e-8)
				grad[j], mark[j] = 0, false
			}
		}
	}
	return w
}
