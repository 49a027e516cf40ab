package roi

import (
	"math"
	"math/big"
	"math/bits"

	"github.com/shopspring/decimal"
)

var (
	hundred = decimal.NewFromInt(100)
)

// divPrecision is how many decimals an inexact division keeps for further
// arithmetic; what is shown is rounded once from the exact quotient (see
// Value.Rounded and roundQuotient), never from this one.
const divPrecision = 20

// div divides, or reports false when the divisor is zero. The quotient is
// a.DivRound(b, divPrecision) (rounded half away from zero to divPrecision
// places), computed with a few big-integer steps instead of DivRound's many:
// division is most of what Calculate spends.
func div(a, b decimal.Decimal) (decimal.Decimal, bool) { return divShift(a, 0, b) }

// percentOf is a x 100 / b like div, or false when b is zero.
func percentOf(a, b decimal.Decimal) (decimal.Decimal, bool) { return divShift(a, 2, b) }

// divShift is a x 10^shift / b, rounded like div.
func divShift(a decimal.Decimal, shift int32, b decimal.Decimal) (decimal.Decimal, bool) {
	if b.IsZero() {
		return decimal.Zero, false
	}
	// a x 10^shift / b x 10^divPrecision = ca x 10^(ea+shift) / (cb x 10^eb) x 10^divPrecision
	//                                    = ca x 10^k / cb, with k = ea + shift - eb + divPrecision.
	k := a.Exponent() + shift - b.Exponent() + divPrecision
	if q, ok := divSmall(a, b, k); ok {
		return q, true
	}
	num, den := a.Coefficient(), b.Coefficient()
	if k >= 0 {
		num.Mul(num, pow10(k))
	} else {
		den.Mul(den, pow10(-k))
	}
	q, r := num.QuoRem(num, den, new(big.Int)) // truncated toward zero
	// Half away from zero: when 2|r| >= |den|, that is |r| >= |den| - |r|,
	// one more unit away from zero.
	r.Abs(r)
	if r.Cmp(den.Sub(den.Abs(den), r)) >= 0 {
		if a.Sign()*b.Sign() < 0 {
			q.Sub(q, bigOne)
		} else {
			q.Add(q, bigOne)
		}
	}
	return decimal.NewFromBigInt(q, -divPrecision), true
}

// divSmall is divShift's ca x 10^k / cb in machine words, for the usual
// case: both coefficients fit 64 bits, the scaled one 128 (k = -19...38).
// It reports false when they do not, and divShift uses big numbers.
func divSmall(a, b decimal.Decimal, k int32) (decimal.Decimal, bool) {
	if bits.UintSize != 64 || a.NumDigits() > 18 || b.NumDigits() > 18 {
		return decimal.Decimal{}, false
	}
	ca, cb := a.CoefficientInt64(), b.CoefficientInt64()
	neg := (ca < 0) != (cb < 0)
	hi, lo, den := uint64(0), absU64(ca), absU64(cb)
	if k < 0 {
		if -k >= int32(len(pow10u64)) {
			return decimal.Decimal{}, false
		}
		h, l := bits.Mul64(den, pow10u64[-k])
		if h != 0 {
			return decimal.Decimal{}, false
		}
		den = l
	}
	for k > 0 { // (hi, lo) x= 10^k, failing on 128-bit overflow
		step := min(k, int32(len(pow10u64)-1))
		m := pow10u64[step]
		h1, l1 := bits.Mul64(lo, m)
		h2, l2 := bits.Mul64(hi, m)
		var carry uint64
		hi, carry = bits.Add64(l2, h1, 0)
		if h2 != 0 || carry != 0 {
			return decimal.Decimal{}, false
		}
		lo = l1
		k -= step
	}
	qhi, r := hi/den, hi%den
	qlo, r := bits.Div64(r, lo, den) // truncated toward zero
	if r >= den-r {                  // 2r >= den: half away from zero
		qlo++
		if qlo == 0 {
			qhi++
		}
	}
	if qhi == 0 && qlo <= math.MaxInt64 {
		v := int64(qlo)
		if neg {
			v = -v
		}
		return decimal.New(v, -divPrecision), true
	}
	x := new(big.Int).SetBits([]big.Word{big.Word(qlo), big.Word(qhi)})
	if neg {
		x.Neg(x)
	}
	return decimal.NewFromBigInt(x, -divPrecision), true
}

func absU64(v int64) uint64 {
	if v < 0 {
		return uint64(-v)
	}
	return uint64(v)
}

// pow10u64[i] is 10^i, up to the largest power of ten in a uint64.
var pow10u64 = func() []uint64 {
	p := []uint64{1}
	for len(p) < 20 {
		p = append(p, p[len(p)-1]*10)
	}
	return p
}()

var (
	bigOne    = big.NewInt(1)
	smallPows = func() []*big.Int {
		p := make([]*big.Int, 64)
		p[0] = big.NewInt(1)
		for i := 1; i < len(p); i++ {
			p[i] = new(big.Int).Mul(p[i-1], big.NewInt(10))
		}
		return p
	}()
)

// pow10 is 10^k for k >= 0; the result must not be modified.
func pow10(k int32) *big.Int {
	if int(k) < len(smallPows) {
		return smallPows[k]
	}
	return new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(k)), nil)
}

// roundQuotient is num / den rounded half away from zero to places decimals,
// from the exact quotient: rounding once, so the shown digit is always right.
// den must not be zero.
func roundQuotient(num, den decimal.Decimal, places int32) decimal.Decimal {
	// num / den x 10^places = cn x 10^(en+places) / (cd x 10^ed).
	n, dd := num.Coefficient(), den.Coefficient()
	k := num.Exponent() + places - den.Exponent()
	if k >= 0 {
		n.Mul(n, pow10(k))
	} else {
		dd.Mul(dd, pow10(-k))
	}
	q, r := n.QuoRem(n, dd, new(big.Int))
	r.Abs(r)
	if r.Cmp(new(big.Int).Sub(new(big.Int).Abs(dd), r)) >= 0 {
		if num.Sign()*den.Sign() < 0 {
			q.Sub(q, bigOne)
		} else {
			q.Add(q, bigOne)
		}
	}
	return decimal.NewFromBigInt(q, -places)
}

// ceilQuotient is the smallest whole number >= num / den, exactly; den > 0.
func ceilQuotient(num, den decimal.Decimal) decimal.Decimal {
	n, dd := num.Coefficient(), den.Coefficient()
	if k := num.Exponent() - den.Exponent(); k >= 0 {
		n.Mul(n, pow10(k))
	} else {
		dd.Mul(dd, pow10(-k))
	}
	q, r := n.QuoRem(n, dd, new(big.Int))
	if r.Sign() != 0 && (r.Sign() > 0) == (dd.Sign() > 0) {
		q.Add(q, bigOne)
	}
	return decimal.NewFromBigInt(q, 0)
}

// quotient is the Value num / den in unit u, rounded once when shown, or
// false when den is zero. The division itself waits until the figure is
// shown or its exact value is asked for.
func quotient(u Unit, places int32, num, den decimal.Decimal) (Value, bool) {
	if isOne(den) {
		return Value{exact: num, unit: u, places: places, ok: true}, true
	}
	if den.IsZero() {
		return Value{}, false
	}
	return Value{unit: u, places: places, ok: true, num: num, den: den}, true
}

func percent(x decimal.Decimal) Value { return Value{exact: x, unit: UnitPercent, places: 2, ok: true} }
func ratio(x decimal.Decimal) Value   { return Value{exact: x, unit: UnitRatio, places: 2, ok: true} }
func count(x decimal.Decimal) Value   { return Value{exact: x, unit: UnitCount, places: 2, ok: true} }
func points(x decimal.Decimal) Value  { return Value{exact: x, unit: UnitPoints, places: 2, ok: true} }
func undefined(u Unit, why string) Value {
	return Value{unit: u, places: 2, why: why}
}

// percentQ is num x 100 / den in percent, or undefined with why.
func percentQ(num, den decimal.Decimal, why string) Value {
	if v, ok := quotient(UnitPercent, 2, num.Shift(2), den); ok {
		return v
	}
	return undefined(UnitPercent, why)
}

// pointsQ is num x 100 / den in percentage points, or undefined with why.
func pointsQ(num, den decimal.Decimal, why string) Value {
	if v, ok := quotient(UnitPoints, 2, num.Shift(2), den); ok {
		return v
	}
	return undefined(UnitPoints, why)
}

// roiOf is (ret - cost) / cost x 100, undefined without cost.
func roiOf(ret, cost decimal.Decimal) Value { return percentQ(ret.Sub(cost), cost, "na.nocost") }

// fraction is the figure as num / den: its exact quotient when it is one,
// else its exact value over 1.
func (v Value) fraction() (num, den decimal.Decimal) {
	if !v.den.IsZero() {
		return v.num, v.den
	}
	return v.exact, decimal.NewFromInt(1)
}

// withExact is v holding x instead, exactly (no longer a quotient).
func (v Value) withExact(x decimal.Decimal) Value {
	v.exact, v.num, v.den = x, decimal.Decimal{}, decimal.Decimal{}
	return v
}

// isOne reports whether x is 1 written as "1", without the allocations of
// decimal's comparisons (a 1 written "1.0" is not seen; that only costs a
// division).
func isOne(x decimal.Decimal) bool { return x.Exponent() == 0 && x.CoefficientInt64() == 1 }
