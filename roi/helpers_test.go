package roi_test

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/shopspring/decimal"

	"github.com/socialroi/socialroi/roi"
)

// scenario is a valid empty EUR scenario changed by edit.
func scenario(edit func(s *roi.Scenario)) roi.Scenario {
	s := roi.New("test", "EUR")
	if edit != nil {
		edit(&s)
	}
	return s
}

// calculate runs the engine and fails the test on an error.
func calculate(t testing.TB, s roi.Scenario) roi.Report {
	t.Helper()
	r, err := roi.Calculate(s)
	if err != nil {
		t.Fatalf("Calculate: %v", err)
	}
	return r
}

// checkValue compares a report figure with the value worked out by hand.
//
// exact is the unrounded value; a trailing "…" marks a repeating decimal
// whose first digits are written ("33.3333…"). An empty exact means
// the figure must be undefined, with reason code why. shown is the presented
// text (Value.String).
func checkValue(t *testing.T, name string, v roi.Value, exact, shown, why string) {
	t.Helper()
	if exact == "" {
		if v.Defined() {
			t.Errorf("%s = %s (exact %s), want undefined (%s)", name, v.String(), v.Exact(), why)
			return
		}
		if got := v.Reason().Code; got != why {
			t.Errorf("%s: reason %q, want %q", name, got, why)
		}
		if got := v.String(); got != "n/a" {
			t.Errorf("%s: String() = %q, want n/a", name, got)
		}
		if b, err := json.Marshal(v); err != nil || string(b) != "null" {
			t.Errorf("%s: JSON %s (%v), want null", name, b, err)
		}
		return
	}
	if !v.Defined() {
		t.Errorf("%s undefined (%s), want %s", name, v.Reason().Code, exact)
		return
	}
	if rest, repeating := strings.CutSuffix(exact, "…"); repeating {
		places := int32(0)
		if _, frac, ok := strings.Cut(rest, "."); ok {
			places = int32(len(frac))
		}
		if got := v.Exact().Truncate(places); !got.Equal(decimal.RequireFromString(rest)) {
			t.Errorf("%s exact = %s, want %s", name, v.Exact(), exact)
		}
	} else if !v.Exact().Equal(decimal.RequireFromString(exact)) {
		t.Errorf("%s exact = %s, want %s", name, v.Exact(), exact)
	}
	if got := v.String(); got != shown {
		t.Errorf("%s shown = %q, want %q", name, got, shown)
	}
	if b, err := json.Marshal(v); err != nil || string(b) != `"`+shown+`"` {
		t.Errorf("%s JSON = %s (%v), want %q", name, b, err, shown)
	}
}

func staff(label, hours, rate string) roi.Cost {
	return roi.Cost{Label: label, Category: "staff", Hours: roi.N(hours), HourlyRate: roi.N(rate)}
}

func costLine(category, amount, channel string) roi.Cost {
	return roi.Cost{Label: category + " " + amount, Category: category, Amount: roi.N(amount), Channel: channel}
}

func revenue(amount, channel string, paid bool) roi.Revenue {
	return roi.Revenue{Label: "revenue " + amount, Amount: roi.N(amount), Channel: channel, Paid: paid}
}

func counted(metric, count string) roi.Stage { return roi.Stage{Metric: metric, Count: roi.N(count)} }
func rated(metric, rate string) roi.Stage    { return roi.Stage{Metric: metric, Rate: roi.N(rate)} }
