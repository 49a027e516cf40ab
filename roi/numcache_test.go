package roi

import (
	"encoding/json"
	"math/rand/v2"
	"reflect"
	"strconv"
	"testing"

	"github.com/shopspring/decimal"
)

// chain is the sum as Decimal.Add from the zero Decimal gives it: what
// acc must give, coefficient, exponent and all.
func chain(xs []decimal.Decimal) decimal.Decimal {
	var s decimal.Decimal
	for _, x := range xs {
		s = s.Add(x)
	}
	return s
}

func decimals(tb testing.TB, texts []string) []decimal.Decimal {
	tb.Helper()
	out := make([]decimal.Decimal, len(texts))
	for i, t := range texts {
		x, err := decimal.NewFromString(t)
		if err != nil {
			tb.Fatalf("decimal.NewFromString(%q): %v", t, err)
		}
		out[i] = x
	}
	return out
}

// sameDecimal reports whether a and b are the same decimal: the same
// coefficient at the same exponent (what String and the JSON of a report
// show), and equal as reflect.DeepEqual sees them (as the app's keys are
// compared).
func sameDecimal(a, b decimal.Decimal) bool {
	return a.Exponent() == b.Exponent() && a.Coefficient().Cmp(b.Coefficient()) == 0 && reflect.DeepEqual(a, b)
}

func TestAccIsChainOfAdd(t *testing.T) {
	tests := []struct {
		name  string
		texts []string
	}{
		{"nothing", nil},
		{"one zero", []string{"0"}},
		{"integers", []string{"100", "250", "3"}},
		{"exponents fall", []string{"12", "0.5", "0.25", "7"}},
		{"a positive exponent", []string{"1e3", "2"}},
		{"only a positive exponent", []string{"5e2"}},
		{"negative", []string{"10", "-2.5", "-7.5"}},
		{"to zero", []string{"2.5", "-2.5"}},
		{"the largest int64", []string{"9223372036854775807", "0"}},
		{"past int64 by adding", []string{"9223372036854775807", "1", "2"}},
		{"past int64 below zero", []string{"-9223372036854775807", "-10"}},
		{"past int64 by scaling", []string{"922337203685477580", "0.1"}},
		{"a coefficient past 18 digits", []string{"1", "12345678901234567890", "3"}},
		{"a scale past 18 digits", []string{"1", "0.0000000000000000001"}},
		{"a large exponent", []string{"0.5", "1e25"}},
		{"many lines", func() []string {
			var out []string
			for i := range 600 {
				out = append(out, strconv.Itoa(100+i)+"."+strconv.Itoa(10+i%90))
			}
			return out
		}()},
	}
	for _, tt := range tests {
		xs := decimals(t, tt.texts)
		var a acc
		for _, x := range xs {
			a.add(x)
		}
		if got, want := a.sum(), chain(xs); !sameDecimal(got, want) {
			t.Errorf("%s: acc sum of %q = %s (exponent %d); want %s (exponent %d)", tt.name, tt.texts, got, got.Exponent(), want, want.Exponent())
		}
	}
}

// FuzzAcc: for any three decimals, acc's sum is the chain of Decimal.Add.
func FuzzAcc(f *testing.F) {
	f.Add("1", "2.5", "0.001")
	f.Add("9223372036854775807", "1", "-1")
	f.Add("1e5", "0.5", "123456789012345678901234")
	f.Fuzz(func(t *testing.T, a, b, c string) {
		var xs []decimal.Decimal
		for _, s := range []string{a, b, c} {
			x, err := ParseDecimal(s) // bounded: no 1e999999999
			if err != nil {
				continue
			}
			xs = append(xs, x)
		}
		var s acc
		for _, x := range xs {
			s.add(x)
		}
		if got, want := s.sum(), chain(xs); !sameDecimal(got, want) {
			t.Errorf("acc sum of %q, %q, %q = %s (exponent %d); want %s (exponent %d)", a, b, c, got, got.Exponent(), want, want.Exponent())
		}
	})
}

// TestParseNumberIsDecimal: the cache gives what Number.Decimal gives, on
// the first call and on later ones, and keeps no error.
func TestParseNumberIsDecimal(t *testing.T) {
	for _, n := range []Number{"", " ", "0", "12.50", "1e3", "-4", "0012", "x", "1e999999999", "12.5.5"} {
		want, wantErr := n.Decimal()
		for call := range 2 {
			got, err := parseNumber(n)
			if (err != nil) != (wantErr != nil) || err == nil && !sameDecimal(got, want) {
				t.Errorf("parseNumber(%q), call %d = %s, %v; want %s, %v", n, call+1, got, err, want, wantErr)
			}
		}
	}
}

// TestCalculateWithCacheIsFresh: on random edits of every preset, the
// report calculated with every number in the cache is the one calculated
// with an empty cache (and forgetting the cache changes nothing).
func TestCalculateWithCacheIsFresh(t *testing.T) {
	rng := rand.New(rand.NewPCG(12, 600))
	amounts := []Number{"", "0", "1", "12.5", "0.01", "999999.99", "1e3", "250", "7.125"}
	for _, name := range PresetNames {
		s, _ := Preset(name)
		for i := range 40 {
			s = s.Clone()
			switch rng.IntN(3) {
			case 0:
				if len(s.Costs) > 0 {
					c := &s.Costs[rng.IntN(len(s.Costs))]
					if c.Category == "staff" {
						c.HourlyRate = amounts[rng.IntN(len(amounts))]
					} else {
						c.Amount = amounts[rng.IntN(len(amounts))]
					}
				}
			case 1:
				if len(s.Revenue) > 0 {
					s.Revenue[rng.IntN(len(s.Revenue))].Amount = amounts[rng.IntN(len(amounts))]
				}
			default:
				if len(s.Actions) > 0 {
					s.Actions[rng.IntN(len(s.Actions))].Count = amounts[rng.IntN(len(amounts))]
				}
			}
			warm, err := Calculate(s) // numbers of the edits before in the cache
			if err != nil {
				t.Fatalf("%s, edit %d: %v", name, i, err)
			}
			parsed.Lock()
			clear(parsed.m)
			parsed.Unlock()
			fresh, err := Calculate(s)
			if err != nil {
				t.Fatalf("%s, edit %d: %v", name, i, err)
			}
			wj, _ := json.Marshal(warm)
			fj, _ := json.Marshal(fresh)
			if string(wj) != string(fj) || !reflect.DeepEqual(warm, fresh) {
				t.Fatalf("%s, edit %d: the report with the cache differs from the one without:\n%s\n%s", name, i, wj, fj)
			}
		}
	}
}
