package roi

import (
	"math/rand/v2"
	"testing"

	"github.com/shopspring/decimal"
)

// div must give exactly what decimal.DivRound gives; it only gets there
// with less work.
func TestDivIsDivRound(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	random := func() decimal.Decimal {
		// up to 30 digits, exponents from -40 to +20, either sign
		digits := 1 + rng.IntN(30)
		b := make([]byte, 0, digits+1)
		if rng.IntN(2) == 0 {
			b = append(b, '-')
		}
		for range digits {
			b = append(b, byte('0'+rng.IntN(10)))
		}
		c, _ := decimal.NewFromString(string(b))
		return decimal.New(1, int32(rng.IntN(61)-40)).Mul(c)
	}
	fixed := []decimal.Decimal{
		decimal.NewFromInt(1), decimal.NewFromInt(-1), decimal.NewFromInt(3), decimal.NewFromInt(7),
		decimal.RequireFromString("0.5"), decimal.RequireFromString("-2.5"), decimal.RequireFromString("1e-30"),
		decimal.RequireFromString("1e30"), decimal.Zero,
	}
	check := func(a, b decimal.Decimal) {
		got, ok := div(a, b)
		if b.IsZero() {
			if ok {
				t.Fatalf("div(%s, 0) is defined", a)
			}
			return
		}
		if want := a.DivRound(b, divPrecision); !ok || !got.Equal(want) {
			t.Fatalf("div(%s, %s) = %s, DivRound = %s", a, b, got, want)
		}
	}
	for _, a := range fixed {
		for _, b := range fixed {
			check(a, b)
		}
	}
	// Exact ties: 1 / 8 x 10^-18 ends in 5 at the 21st place.
	check(decimal.New(1, -18), decimal.NewFromInt(8))
	check(decimal.New(-1, -18), decimal.NewFromInt(8))
	for range 20000 {
		check(random(), random())
	}
	// Figures as scenarios have them (the machine-word path): up to 18
	// digits, 0 to 24 decimals; and the edges of 64 and 128 bits.
	realistic := func() decimal.Decimal {
		return decimal.New(rng.Int64N(1_000_000_000_000_000_000)>>rng.IntN(60)*int64(1-2*rng.IntN(2)), -int32(rng.IntN(25)))
	}
	for range 50000 {
		check(realistic(), realistic())
	}
	for _, a := range []decimal.Decimal{
		decimal.New(999_999_999_999_999_999, 0), decimal.New(-999_999_999_999_999_999, -12),
		decimal.New(1_844_674_407_370_955_161, -20), decimal.New(9_223_372_036_854_775_807, 0),
		decimal.New(1, 18), decimal.New(3, -38), decimal.New(7, 19),
	} {
		for _, b := range []decimal.Decimal{decimal.New(1, 0), decimal.New(3, 0), decimal.New(-7, -19), decimal.New(999_999_999_999_999_999, -18), decimal.New(1, -19), decimal.New(2, 20)} {
			check(a, b)
			check(b, a)
		}
	}
}

func TestPercentOfIsDivOfHundredfold(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	for range 5000 {
		a := decimal.New(rng.Int64N(2_000_000_000)-1_000_000_000, int32(rng.IntN(30)-20))
		b := decimal.New(rng.Int64N(2_000_000_000)-1_000_000_000, int32(rng.IntN(30)-20))
		got, ok := percentOf(a, b)
		want, wantOK := div(a.Mul(decimal.NewFromInt(100)), b)
		if ok != wantOK || !got.Equal(want) {
			t.Fatalf("percentOf(%s, %s) = %s, want %s", a, b, got, want)
		}
	}
}

// ParseDecimal reads short numbers itself; the value must be what
// decimal.NewFromString reads.
func TestParseDecimalIsNewFromString(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	digits := func(n int) string {
		b := make([]byte, n)
		for i := range b {
			b[i] = byte('0' + rng.IntN(10))
		}
		return string(b)
	}
	for range 20000 {
		s := digits(rng.IntN(16))
		if rng.IntN(2) == 0 || s == "" {
			s += "." + digits(1+rng.IntN(12))
		}
		if rng.IntN(4) == 0 {
			s = "-" + s
		}
		got, err := ParseDecimal(s)
		want, werr := decimal.NewFromString(s)
		if err != nil || werr != nil || !got.Equal(want) {
			t.Fatalf("ParseDecimal(%q) = %s, %v; NewFromString %s, %v", s, got, err, want, werr)
		}
	}
}

// A figure is a loss when it shows below zero: rounded as presented, and
// only when it is defined.
func TestValueLoss(t *testing.T) {
	d := decimal.RequireFromString
	for _, c := range []struct {
		name string
		v    Value
		want bool
	}{
		{"a loss", percent(d("-27.35")), true},
		{"a gain", percent(d("59.98")), false},
		{"zero", percent(decimal.Zero), false},
		{"shows as 0.00", percent(d("-0.004")), false},
		{"shows as -0.01", percent(d("-0.005")), true},
		{"a quotient below zero", roiOf(d("80"), d("100")), true},
		{"a quotient that rounds to zero", percentQ(d("-1"), d("1000000"), "na.nocost"), false},
		{"undefined", roiOf(d("-80"), decimal.Zero), false},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := c.v.Loss(); got != c.want {
				t.Errorf("%s (%s).Loss() = %v; want %v", c.name, c.v, got, c.want)
			}
		})
	}
}
