package roi

import (
	"sync"

	"github.com/shopspring/decimal"
)

// The numbers of a scenario, parsed once for every calculation. The app
// calculates the whole scenario again on every key typed, and all but one
// of its numbers are the ones of the key before: parsing each again was a
// tenth of the work on a scenario of 600 lines. A number's text always
// parses to the same decimal (ParseDecimal is a function of its text and
// decimals are never changed in place), so the cache changes no result:
// it keeps what parsed, never an error, and forgets everything once it
// holds numCacheSize numbers (a scenario has a few thousand at most).
var parsed = struct {
	sync.Mutex
	m map[Number]decimal.Decimal
}{m: map[Number]decimal.Decimal{}}

const numCacheSize = 1 << 14

// parseNumber is n.Decimal(), from the cache when n was parsed before.
func parseNumber(n Number) (decimal.Decimal, error) {
	parsed.Lock()
	x, ok := parsed.m[n]
	parsed.Unlock()
	if ok {
		return x, nil
	}
	x, err := n.Decimal()
	if err != nil {
		return x, err
	}
	parsed.Lock()
	if len(parsed.m) >= numCacheSize {
		clear(parsed.m)
	}
	parsed.m[n] = x
	parsed.Unlock()
	return x, nil
}

// acc adds decimals exactly, as a chain of Decimal.Add from zero would,
// with the same coefficient and exponent (the smallest exponent added, or
// 0), but without a new big.Int per addition: the running sum is an int64
// at that exponent while it fits and every addend is zero or more (the
// figures of a valid scenario), and a Decimal from the first addition that
// is not. Sums over the lines of a scenario were a fifth of what a
// calculation allocated.
type acc struct {
	n     int64
	exp   int32
	added bool // anything added: the sum of nothing is the zero Decimal{}
	large bool // the sum is in x
	x     decimal.Decimal
}

// pow10s are the powers of ten an int64 holds.
var pow10s = func() (p [19]int64) {
	p[0] = 1
	for i := 1; i < len(p); i++ {
		p[i] = p[i-1] * 10
	}
	return p
}()

// scaled is n × 10^k, when it fits an int64.
func scaled(n int64, k int32) (int64, bool) {
	if k == 0 || n == 0 {
		return n, true
	}
	if k < 0 || int(k) >= len(pow10s) {
		return 0, false
	}
	m := pow10s[k]
	if n > 0 && n > (1<<63-1)/m || n < 0 && n < -(1<<63-1)/m {
		return 0, false
	}
	return n * m, true
}

func (a *acc) add(x decimal.Decimal) {
	a.added = true
	if !a.large {
		if x.Sign() >= 0 && x.NumDigits() <= 18 { // an int64 coefficient, and no sum that cancels to a zero Decimal.Add would make otherwise
			c, e := x.CoefficientInt64(), x.Exponent()
			n, exp := a.n, a.exp
			ok := true
			if e < exp {
				n, ok = scaled(n, exp-e)
				exp = e
			} else if e > exp {
				c, ok = scaled(c, e-exp)
			}
			if s := n + c; ok && (c >= 0) == (s >= n) { // no overflow
				a.n, a.exp = s, exp
				return
			}
		}
		a.large, a.x = true, decimal.New(a.n, a.exp)
	}
	a.x = a.x.Add(x)
}

// sum is the sum: what Decimal.Add from zero would give.
func (a *acc) sum() decimal.Decimal {
	switch {
	case a.large:
		return a.x
	case !a.added:
		return decimal.Decimal{}
	}
	return decimal.New(a.n, a.exp)
}
