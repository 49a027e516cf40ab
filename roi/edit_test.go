package roi

import (
	"testing"

	"github.com/shopspring/decimal"
)

func funnelOf(counts ...[2]string) *Scenario {
	s := New("f", "EUR")
	s.Funnel = &Funnel{}
	for _, c := range counts {
		s.Funnel.Stages = append(s.Funnel.Stages, Stage{Metric: "m", Count: Number(c[0]), Rate: Number(c[1])})
	}
	return &s
}

func TestSetStageMode(t *testing.T) {
	cases := []struct {
		name    string
		stages  [][2]string
		i       int
		modes   []string
		want    [2]string // count, rate of stage i after every switch
		wantErr bool
	}{
		{"count to rate, exact", [][2]string{{"1000", ""}, {"250", ""}}, 1, []string{"rate"}, [2]string{"", "25"}, false},
		{"count to rate and back, exact", [][2]string{{"1000", ""}, {"250", ""}}, 1, []string{"rate", "count"}, [2]string{"250", ""}, false},
		{"e-commerce clicks round trip", [][2]string{{"1450000", ""}, {"18500", ""}}, 1, []string{"rate", "count"}, [2]string{"18500", ""}, false},
		{"e-commerce clicks as rate", [][2]string{{"1450000", ""}, {"18500", ""}}, 1, []string{"rate"}, [2]string{"", "1.275862068966"}, false},
		{"recurring decimal round trip", [][2]string{{"3", ""}, {"1", ""}}, 1, []string{"rate", "count", "rate", "count"}, [2]string{"1", ""}, false},
		{"rate to count", [][2]string{{"1000", ""}, {"", "12.5"}}, 1, []string{"count"}, [2]string{"125", ""}, false},
		{"rate after a rate to count", [][2]string{{"1000", ""}, {"", "50"}, {"", "10"}}, 2, []string{"count"}, [2]string{"50", ""}, false},
		{"same mode is no change", [][2]string{{"1000", ""}, {"250", ""}}, 1, []string{"count"}, [2]string{"250", ""}, false},
		{"first stage has no rate", [][2]string{{"1000", ""}}, 0, []string{"rate"}, [2]string{"1000", ""}, true},
		{"rate of zero", [][2]string{{"0", ""}, {"5", ""}}, 1, []string{"rate"}, [2]string{"5", ""}, true},
		{"no such stage", [][2]string{{"1000", ""}}, 3, []string{"rate"}, [2]string{}, true},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			s := funnelOf(tc.stages...)
			kept := map[string]Number{}
			var err error
			for _, m := range tc.modes {
				if err = SetStageMode(s, tc.i, m, kept); err != nil {
					break
				}
			}
			if (err != nil) != tc.wantErr {
				t.Fatalf("SetStageMode err = %v; want error %v", err, tc.wantErr)
			}
			if tc.i >= len(s.Funnel.Stages) {
				return
			}
			st := s.Funnel.Stages[tc.i]
			if got := [2]string{string(st.Count), string(st.Rate)}; got != tc.want {
				t.Errorf("stage %d = %q; want %q", tc.i, got, tc.want)
			}
			if probs := Validate(*s); len(probs) > 0 {
				t.Errorf("invalid after switch: %v", probs)
			}
		})
	}
}

// The report's count of a stage is the same whichever way it is given.
func TestSetStageModeKeepsReport(t *testing.T) {
	s, _ := Preset("ecommerce")
	before, err := Calculate(s)
	if err != nil {
		t.Fatal(err)
	}
	for i := 1; i < len(s.Funnel.Stages); i++ {
		for _, mode := range []string{"rate", "count"} {
			next := s.Clone()
			if err := SetStageMode(&next, i, mode, map[string]Number{}); err != nil {
				t.Fatalf("stage %d to %s: %v", i, mode, err)
			}
			after, err := Calculate(next)
			if err != nil {
				t.Fatalf("stage %d to %s: %v", i, mode, err)
			}
			if b, a := before.ROI.Direct.String(), after.ROI.Direct.String(); b != a {
				t.Errorf("stage %d to %s: direct ROI %s; want %s", i, mode, a, b)
			}
		}
	}
}

func TestSetCostCategory(t *testing.T) {
	cases := []struct {
		name string
		cost Cost
		to   []string
		want Cost
	}{
		{"staff to ads is hours × rate", Cost{Category: "staff", Hours: "12.5", HourlyRate: "40"}, []string{"ads"}, Cost{Category: "ads", Amount: "500"}},
		{"staff to ads and back", Cost{Category: "staff", Hours: "12.5", HourlyRate: "40"}, []string{"ads", "staff"}, Cost{Category: "staff", Hours: "12.5", HourlyRate: "40"}},
		{"ads to staff is one hour", Cost{Category: "ads", Amount: "300"}, []string{"staff"}, Cost{Category: "staff", Hours: "1", HourlyRate: "300"}},
		{"empty ads to staff", Cost{Category: "ads"}, []string{"staff"}, Cost{Category: "staff"}},
		{"empty staff to ads", Cost{Category: "staff"}, []string{"ads"}, Cost{Category: "ads"}},
		{"ads to tools keeps the amount", Cost{Category: "ads", Amount: "300"}, []string{"tools"}, Cost{Category: "tools", Amount: "300"}},
		{"changed amount is not undone", Cost{Category: "staff", Hours: "2", HourlyRate: "10"}, []string{"ads", "!30", "staff"}, Cost{Category: "staff", Hours: "1", HourlyRate: "30"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			s := New("c", "EUR")
			s.Costs = []Cost{tc.cost}
			kept := map[string]Number{}
			for _, to := range tc.to {
				if to[0] == '!' {
					s.Costs[0].Amount = Number(to[1:])
					continue
				}
				if err := SetCostCategory(&s, 0, to, kept); err != nil {
					t.Fatal(err)
				}
			}
			if s.Costs[0] != tc.want {
				t.Errorf("cost = %+v; want %+v", s.Costs[0], tc.want)
			}
			if probs := Validate(s); len(probs) > 0 {
				t.Errorf("invalid: %v", probs)
			}
		})
	}
	s := New("c", "EUR")
	if err := SetCostCategory(&s, 0, "ads", nil); err != ErrNoLine {
		t.Errorf("no line: err = %v; want ErrNoLine", err)
	}
}

func TestSetValueMethod(t *testing.T) {
	cases := []struct {
		name string
		a    Action
		to   []string
		unit string // the value per action after, as the report has it
		want Action
	}{
		{"entered to conversion", Action{Type: "macro", Count: "1", UnitValue: "80"}, []string{"conversion"}, "80",
			Action{Type: "macro", Count: "1", ValueFrom: &ValueFrom{Method: "conversion", Rate: "100", Value: "80"}}},
		{"conversion to entered", Action{Type: "macro", Count: "1", ValueFrom: &ValueFrom{Method: "conversion", Rate: "20", Value: "400"}}, []string{"entered"}, "80",
			Action{Type: "macro", Count: "1", UnitValue: "80"}},
		{"conversion round trip", Action{Type: "macro", Count: "1", ValueFrom: &ValueFrom{Method: "conversion", Rate: "20", Value: "400"}}, []string{"entered", "conversion"}, "80",
			Action{Type: "macro", Count: "1", ValueFrom: &ValueFrom{Method: "conversion", Rate: "20", Value: "400"}}},
		{"cpc to entered", Action{Type: "micro", Count: "1", ValueFrom: &ValueFrom{Method: "cpc", Value: "0.45"}}, []string{"entered"}, "0.45",
			Action{Type: "micro", Count: "1", UnitValue: "0.45"}},
		{"conversion to cpc", Action{Type: "macro", Count: "1", ValueFrom: &ValueFrom{Method: "conversion", Rate: "12", Value: "58"}}, []string{"cpc"}, "6.96",
			Action{Type: "macro", Count: "1", ValueFrom: &ValueFrom{Method: "cpc", Value: "6.96"}}},
		{"empty entered to conversion", Action{Type: "micro", Count: "1"}, []string{"conversion"}, "0",
			Action{Type: "micro", Count: "1", ValueFrom: &ValueFrom{Method: "conversion"}}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			s := New("a", "EUR")
			s.Actions = []Action{tc.a}
			kept := map[string]Number{}
			for _, to := range tc.to {
				if err := SetValueMethod(&s, 0, to, kept); err != nil {
					t.Fatal(err)
				}
			}
			got := s.Actions[0]
			if ActionMethod(got) != ActionMethod(tc.want) || got.UnitValue != tc.want.UnitValue ||
				(got.ValueFrom != nil && *got.ValueFrom != *tc.want.ValueFrom) {
				t.Errorf("action = %+v %+v; want %+v %+v", got, got.ValueFrom, tc.want, tc.want.ValueFrom)
			}
			if probs := Validate(s); len(probs) > 0 {
				t.Errorf("invalid: %v", probs)
			}
		})
	}
	s := New("a", "EUR")
	s.Actions = []Action{{Type: "micro"}}
	if err := SetValueMethod(&s, 0, "magic", nil); err == nil {
		t.Error("unknown method accepted")
	}
}

func TestSetValueMethodMovesTheRange(t *testing.T) {
	// A close rate of 20% (10% to 30%) x a deal of 400 (300 to 500) is 80 an
	// action, from 10% x 300 = 30 to 30% x 500 = 150; entered, the range goes
	// with the value, and on to a click price.
	s := New("x", "EUR")
	s.Actions = []Action{{Label: "Leads", Type: "macro", Count: "5", ValueFrom: &ValueFrom{Method: "conversion",
		Rate: "20", RateRange: &Range{Low: "10", High: "30"}, Value: "400", ValueRange: &Range{Low: "300", High: "500"}}}}
	if err := SetValueMethod(&s, 0, "entered", map[string]Number{}); err != nil {
		t.Fatal(err)
	}
	a := s.Actions[0]
	if a.UnitValue != "80" || a.UnitValueRange == nil || a.UnitValueRange.Low != "30" || a.UnitValueRange.High != "150" {
		t.Fatalf("entered: %s %+v", a.UnitValue, a.UnitValueRange)
	}
	if err := SetValueMethod(&s, 0, "cpc", map[string]Number{}); err != nil {
		t.Fatal(err)
	}
	a = s.Actions[0]
	if a.UnitValueRange != nil || a.ValueFrom.Value != "80" || a.ValueFrom.ValueRange == nil || a.ValueFrom.ValueRange.High != "150" {
		t.Fatalf("cpc: %+v %+v", a, a.ValueFrom)
	}
	if p := Validate(s); len(p) > 0 {
		t.Errorf("the switched scenario is invalid: %v", p)
	}
}

func TestSetInRevenue(t *testing.T) {
	s := New("x", "EUR")
	s.Actions = []Action{{Label: "Leads", Type: "macro", Count: "5", UnitValue: "10"}}
	for _, tc := range []struct {
		answer string
		want   *bool
	}{{"true", bptr(true)}, {"false", bptr(false)}, {"", nil}} {
		if err := SetInRevenue(&s, 0, tc.answer); err != nil {
			t.Fatal(err)
		}
		got := s.Actions[0].InRevenue
		if (got == nil) != (tc.want == nil) || got != nil && *got != *tc.want {
			t.Errorf("SetInRevenue(%q) = %v", tc.answer, got)
		}
	}
	if err := SetInRevenue(&s, 0, "maybe"); err == nil {
		t.Error("an unknown answer is taken")
	}
	if err := SetInRevenue(&s, 3, "true"); err == nil {
		t.Error("a missing line is taken")
	}
}

func bptr(b bool) *bool { return &b }

// Every preset shown in another currency: money ten times larger, every
// ROI, ROAS, rate and goal progress the same.
func TestScaleMoneyKeepsEveryRatio(t *testing.T) {
	ten := decimal.NewFromInt(10)
	for _, name := range PresetNames {
		s, _ := Preset(name)
		scaled := s.Clone()
		ScaleMoney(&scaled, ten)
		a, err := Calculate(s)
		if err != nil {
			t.Fatal(err)
		}
		b, err := Calculate(scaled)
		if err != nil {
			t.Fatalf("%s scaled: %v", name, err)
		}
		if !b.Totals.Cost.Exact().Equal(a.Totals.Cost.Exact().Mul(ten)) || !b.Totals.TotalReturn.Exact().Equal(a.Totals.TotalReturn.Exact().Mul(ten)) {
			t.Errorf("%s: cost %s → %s, return %s → %s; want ten times", name, a.Totals.Cost, b.Totals.Cost, a.Totals.TotalReturn, b.Totals.TotalReturn)
		}
		for _, k := range []string{"roi.direct", "roi.total", "roi.profit", "roi.totalProfit", "roas", "funnelConversionRate", "breakEven.conversions"} {
			if a.Figure(k).String() != b.Figure(k).String() {
				t.Errorf("%s: %s %s → %s", name, k, a.Figure(k), b.Figure(k))
			}
		}
		for i := range a.Goals {
			if a.Goals[i].Progress.String() != b.Goals[i].Progress.String() {
				t.Errorf("%s: goal %s progress %s → %s", name, a.Goals[i].Metric, a.Goals[i].Progress, b.Goals[i].Progress)
			}
		}
	}
}
