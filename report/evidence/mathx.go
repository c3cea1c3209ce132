package evidence

import "math"

// exp is e**x computed the same way, bit for bit, on every platform: the
// standard library uses assembly on some (amd64, arm64, s390x) and the
// compiler may fuse multiply-adds on others, so a model trained on one
// machine would differ in its last bits from one trained on another. The
// algorithm is the one of the standard library's portable exp (FreeBSD's
// e_exp.c); every product is converted explicitly, which the Go
// specification says prevents fusion.
func exp(x float64) float64 {
	const (
		ln2Hi     = 6.93147180369123816490e-01
		ln2Lo     = 1.90821492927058770002e-10
		log2e     = 1.44269504088896338700e+00
		overflow  = 7.09782712893383973096e+02
		underflow = -7.45133219101941108420e+02
		nearZero  = 1.0 / (1 << 28)

		p1 = 1.66666666666666657415e-01
		p2 = -2.77777777770155933842e-03
		p3 = 6.61375632143793436117e-05
		p4 = -1.65339022054652515390e-06
		p5 = 4.13813679705723846039e-08
	)
	switch {
	case math.IsNaN(x) || math.IsInf(x, 1):
		return x
	case math.IsInf(x, -1):
		return 0
	case x > overflow:
		return math.Inf(1)
	case x < underflow:
		return 0
	case -nearZero < x && x < nearZero:
		return 1 + x
	}
	var k int
	switch {
	case x < 0:
		k = int(float64(log2e*x) - 0.5)
	case x > 0:
		k = int(float64(log2e*x) + 0.5)
	}
	hi := x - float64(float64(k)*ln2Hi)
	lo := float64(float64(k) * ln2Lo)
	r := hi - lo
	t := float64(r * r)
	poly := p4 + float64(t*p5)
	poly = p3 + float64(t*poly)
	poly = p2 + float64(t*poly)
	poly = p1 + float64(t*poly)
	c := r - float64(t*poly)
	y := 1 - ((lo - float64(r*c)/(2-c)) - hi)
	return math.Ldexp(y, k)
}

// softmax3 turns three scores into probabilities.
func softmax3(z [3]float64) [3]float64 {
	m := max(z[0], z[1], z[2])
	var p [3]float64
	var sum float64
	for c := range z {
		p[c] = exp(z[c] - m)
		sum += p[c]
	}
	for c := range p {
		p[c] /= sum
	}
	return p
}

// sigmoid is the logistic function.
func sigmoid(z float64) float64 {
	if z >= 0 {
		return 1 / (1 + exp(-z))
	}
	e := exp(z)
	return e / (1 + e)
}
