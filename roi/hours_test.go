package roi_test

import (
	"errors"
	"fmt"
	"testing"

	"github.com/socialroi/socialroi/roi"
)

func ExamplePeriodHours() {
	// Ten hours a week, from 1 January to 31 March 2026: 90 days, 90 / 7 weeks.
	q1 := &roi.Period{Start: "2026-01-01", End: "2026-03-31"}
	h, span, _ := roi.PeriodHours(q1, "10", roi.PerWeek)
	fmt.Println(h, "hours over", span.Days, "days")
	// Ten hours a month over the same dates: three calendar months.
	h, span, _ = roi.PeriodHours(q1, "10", roi.PerMonth)
	fmt.Println(h, "hours over", span.Months, "months")
	// Without dates or months the report assumes a year.
	h, span, _ = roi.PeriodHours(nil, "10", roi.PerWeek)
	fmt.Println(h, "hours,", span.Basis)
	// Output:
	// 128.57 hours over 90 days
	// 30 hours over 3 months
	// 521.43 hours, assumed
}

func TestPeriodHours(t *testing.T) {
	dates := func(start, end string) *roi.Period { return &roi.Period{Start: start, End: end} }
	months := func(m string) *roi.Period { return &roi.Period{Months: roi.N(m)} }
	tests := []struct {
		name   string
		period *roi.Period
		hours  roi.Number
		per    string
		want   roi.Number
		basis  string
	}{
		{"per period is left as given", dates("2026-01-01", "2026-01-31"), "37.5", roi.PerPeriod, "37.5", "months"},
		{"a week of 7 days", dates("2026-03-02", "2026-03-08"), "10", roi.PerWeek, "10", "days"},
		{"two weeks", dates("2026-03-02", "2026-03-15"), "7.5", roi.PerWeek, "15", "days"},
		{"January per week: 31 days / 7", dates("2026-01-01", "2026-01-31"), "10", roi.PerWeek, "44.29", "months"},
		{"January per month: one month", dates("2026-01-01", "2026-01-31"), "10", roi.PerMonth, "10", "months"},
		{"a quarter per month", dates("2026-04-01", "2026-06-30"), "12.5", roi.PerMonth, "37.5", "months"},
		{"a whole year per week: 365 / 7", dates("2026-01-01", "2026-12-31"), "1", roi.PerWeek, "52.14", "months"},
		{"30 days per month: 30 × 12 / 365", dates("2026-03-05", "2026-04-03"), "10", roi.PerMonth, "9.86", "days"},
		{"a leap February per month", dates("2028-02-01", "2028-02-29"), "8", roi.PerMonth, "8", "months"},
		{"months entered, per month", months("3"), "10", roi.PerMonth, "30", "entered"},
		{"months entered, per week: months × 365 / 84", months("12"), "1", roi.PerWeek, "52.14", "entered"},
		{"half a month entered, per week", months("0.5"), "10", roi.PerWeek, "21.73", "entered"},
		{"no period: a year per month", nil, "10", roi.PerMonth, "120", "assumed"},
		{"no period: a year per week", nil, "10", roi.PerWeek, "521.43", "assumed"},
		{"dates reversed count as none", dates("2026-02-01", "2026-01-01"), "2", roi.PerMonth, "24", "assumed"},
		{"one date only counts as none", &roi.Period{Start: "2026-01-01", Months: "2"}, "2", roi.PerMonth, "4", "entered"},
		{"zero hours", dates("2026-01-01", "2026-01-31"), "0", roi.PerWeek, "0", "months"},
		{"empty stays empty", nil, "", roi.PerWeek, "", "assumed"},
		{"fractions of an hour: 0.35 × 3 / 7", dates("2026-03-02", "2026-03-04"), "0.35", roi.PerWeek, "0.15", "days"},
		{"half a hundredth rounds away from zero", dates("2026-03-02", "2026-03-02"), "0.035", roi.PerWeek, "0.01", "days"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, span, err := roi.PeriodHours(tt.period, tt.hours, tt.per)
			if err != nil {
				t.Fatalf("PeriodHours(%+v, %q, %q): %v", tt.period, tt.hours, tt.per, err)
			}
			if got != tt.want || span.Basis != tt.basis {
				t.Errorf("PeriodHours(%+v, %q, %q) = %q (%s); want %q (%s)", tt.period, tt.hours, tt.per, got, span.Basis, tt.want, tt.basis)
			}
		})
	}
}

// The span's basis is the report's: what the start says about the period
// is what the results say.
func TestSpanAgreesWithReport(t *testing.T) {
	for _, p := range []*roi.Period{nil, {Start: "2026-01-01", End: "2026-03-31"}, {Start: "2026-01-05", End: "2026-02-04"}, {Months: "4"}, {Start: "2026-01-01"}} {
		s := roi.New("", "EUR")
		s.Period = p
		r, err := roi.Calculate(s)
		if err != nil {
			t.Fatal(err)
		}
		if got := roi.Span(p); got.Basis != r.PeriodInfo.Basis {
			t.Errorf("Span(%+v).Basis = %q; the report says %q", p, got.Basis, r.PeriodInfo.Basis)
		}
	}
}

func TestPeriodHoursRefuses(t *testing.T) {
	if _, _, err := roi.PeriodHours(nil, "10", "day"); !errors.Is(err, roi.ErrPer) {
		t.Errorf("per day: err = %v; want ErrPer", err)
	}
	for _, text := range []roi.Number{"ten", "1e400x", "--1"} {
		if _, _, err := roi.PeriodHours(nil, text, roi.PerWeek); err == nil {
			t.Errorf("PeriodHours(%q) took a text that is not a number", text)
		}
	}
}

func FuzzPeriodHours(f *testing.F) {
	f.Add("10", "2026-01-01", "2026-03-31", "", "week")
	f.Add("1.5", "", "", "2.5", "month")
	f.Fuzz(func(t *testing.T, hours, start, end, months, per string) {
		p := &roi.Period{Start: start, End: end, Months: roi.Number(months)}
		_, _, _ = roi.PeriodHours(p, roi.Number(hours), per) // never panics
	})
}
