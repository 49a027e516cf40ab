package roi_test

import (
	"encoding/json"
	"reflect"
	"slices"
	"testing"

	"github.com/shopspring/decimal"

	"github.com/socialroi/socialroi/roi"
)

// presetWarnings are the warnings each preset is expected to show: none of
// the double-counting patterns in any. SaaS values retention and trials still
// running heavily, so most of its total return is an estimate, and the report
// rightly says to lead with the direct ROI.
var presetWarnings = map[string][]string{
	"ecommerce": nil,
	"b2b":       nil,
	"saas":      {"warn.mostlyestimate"},
	"local":     nil,
}

func TestPresets(t *testing.T) {
	if len(presetWarnings) != len(roi.PresetNames) {
		t.Fatalf("presets %v, expectations for %d", roi.PresetNames, len(presetWarnings))
	}
	for _, name := range roi.PresetNames {
		t.Run(name, func(t *testing.T) {
			s, ok := roi.Preset(name)
			if !ok {
				t.Fatal("unknown preset")
			}
			if s.Format != roi.FormatID || s.Version != roi.Version || s.BusinessModel != name {
				t.Errorf("header: %q %d %q", s.Format, s.Version, s.BusinessModel)
			}
			if p := roi.Validate(s); len(p) > 0 {
				t.Fatalf("invalid: %v", p)
			}
			// Through JSON and Parse: no warning, the same scenario.
			data, err := json.Marshal(s)
			if err != nil {
				t.Fatal(err)
			}
			back, warns, err := roi.Parse(data)
			if err != nil || len(warns) > 0 {
				t.Fatalf("Parse: %v %v", warns, err)
			}
			if !reflect.DeepEqual(back, s) {
				t.Errorf("JSON round trip changed the preset")
			}

			r := calculate(t, s)
			var codes []string
			for _, w := range r.Warnings {
				codes = append(codes, w.Code)
			}
			if !slices.Equal(codes, presetWarnings[name]) {
				t.Errorf("warnings %v, want %v: %v", codes, presetWarnings[name], r.Warnings)
			}
			checkPlausible(t, s, r)
			checkConsistent(t, s, r)
			checkAddsUp(t, r)
		})
	}
	if _, ok := roi.Preset("nonsense"); ok {
		t.Error("an unknown preset name should not give a scenario")
	}
}

// checkPlausible holds a preset to what a real quarter looks like: costs
// counted with staff time, every ratio defined, ROI neither absurd nor
// hopeless, a funnel that narrows, goals that refer to real figures.
func checkPlausible(t *testing.T, s roi.Scenario, r roi.Report) {
	t.Helper()
	dec := decimal.RequireFromString
	for _, v := range []struct {
		name string
		v    roi.Value
	}{
		{"roi.direct", r.ROI.Direct}, {"roi.total", r.ROI.Total}, {"roi.profit", r.ROI.Profit}, {"roi.totalProfit", r.ROI.TotalProfit},
		{"roas", r.ROAS}, {"funnelConversionRate", r.FunnelRate}, {"breakEven.conversions", r.BreakEven.Conversions},
	} {
		if !v.v.Defined() {
			t.Errorf("%s is undefined: %s", v.name, v.v.Reason())
		}
	}
	if r.Totals.StaffCost.Exact().Sign() <= 0 {
		t.Error("no staff time counted")
	}
	if d := r.ROI.Direct.Exact(); d.LessThan(dec("-50")) || d.GreaterThan(dec("300")) {
		t.Errorf("direct ROI %s%% is not plausible for a preset", r.ROI.Direct)
	}
	if roas := r.ROAS.Exact(); roas.LessThan(dec("1")) || roas.GreaterThan(dec("10")) {
		t.Errorf("ROAS %s is not plausible", r.ROAS)
	}
	if len(s.Costs) < 4 || len(s.Revenue) < 2 || len(s.Actions) < 2 || len(r.Funnel) < 4 || len(s.Goals) < 1 || len(s.Indirect) < 1 {
		t.Error("a preset should show every part of the form")
	}
	for i := 1; i < len(r.Funnel); i++ {
		if r.Funnel[i].Count.Exact().GreaterThan(r.Funnel[i-1].Count.Exact()) {
			t.Errorf("funnel grows at %s", r.Funnel[i].Metric)
		}
	}
	for _, g := range r.Goals {
		if !g.Progress.Defined() {
			t.Errorf("goal %s: progress undefined (%s)", g.Metric, g.Progress.Reason())
		}
	}
	for _, a := range r.Actions {
		if a.Value.Exact().Sign() <= 0 {
			t.Errorf("action %s adds nothing", a.Label)
		}
	}
}

// checkConsistent holds a preset to what a finance reader checks: the
// funnel's customers x value per conversion is the revenue entered, every
// estimate that stands beside revenue says whether it is in it, no paid
// click is valued at its price, the period is a quarter and the yearly lift
// is a quarter of it.
func checkConsistent(t *testing.T, s roi.Scenario, r roi.Report) {
	t.Helper()
	last := r.Funnel[len(r.Funnel)-1].Count.Exact()
	if got, want := last.Mul(decimal.RequireFromString(string(s.Funnel.ValuePerConversion))), r.Totals.RevenueEntered.Exact(); !got.Equal(want) {
		t.Errorf("funnel conversions x value per conversion = %s, revenue entered %s", got, want)
	}
	for i, a := range s.Actions {
		if a.Type == "macro" && a.InRevenue == nil {
			t.Errorf("actions[%d] %q does not say whether it is in revenue", i, a.Label)
		}
		if a.Paid && a.ValueFrom != nil && a.ValueFrom.Method == "cpc" {
			t.Errorf("actions[%d] %q values paid clicks at their price", i, a.Label)
		}
	}
	if r.PeriodInfo.Basis != "months" || r.PeriodInfo.YearFraction.String() != "0.25" {
		t.Errorf("period %s %s, want a quarter", r.PeriodInfo.Basis, r.PeriodInfo.YearFraction)
	}
	if want := r.Totals.LiftYearly.Exact().Div(decimal.NewFromInt(4)); !r.Totals.Lift.Exact().Equal(want) {
		t.Errorf("lift %s, want a quarter of %s", r.Totals.Lift, r.Totals.LiftYearly)
	}
	if r.Headline.Basis != "profit" || r.BreakEven.Basis != "profit" {
		t.Errorf("with a margin the report leads with profit: headline %s, break-even %s", r.Headline.Basis, r.BreakEven.Basis)
	}
}

// checkAddsUp checks the report's own arithmetic: the parts sum to the totals.
func checkAddsUp(t *testing.T, r roi.Report) {
	t.Helper()
	sum := func(vs ...roi.Value) decimal.Decimal {
		total := decimal.Zero
		for _, v := range vs {
			total = total.Add(v.Exact())
		}
		return total
	}
	eq := func(what string, got, want decimal.Decimal) {
		if !got.Equal(want) {
			t.Errorf("%s: %s, want %s", what, got, want)
		}
	}
	tt := r.Totals
	var lines, cats, chCost, chReturn, actions []roi.Value
	for _, l := range r.CostLines {
		lines = append(lines, l.Cost)
	}
	for _, c := range r.CostBreakdown {
		cats = append(cats, c.Cost)
	}
	for _, c := range append(slices.Clone(r.Channels), r.Unallocated) {
		chCost = append(chCost, c.Cost)
		chReturn = append(chReturn, c.Return)
	}
	for _, a := range r.Actions {
		actions = append(actions, a.Value)
	}
	eq("cost lines", sum(lines...), tt.Cost.Exact())
	eq("cost categories", sum(cats...), tt.Cost.Exact())
	eq("channel costs", sum(chCost...), tt.Cost.Exact())
	eq("channel returns", sum(chReturn...), tt.TotalReturn.Exact())
	eq("actions", sum(actions...), sum(tt.ActionValue, tt.NotCounted))
	eq("micro + macro", sum(tt.MicroValue, tt.MacroValue), tt.ActionValue.Exact())
	eq("total return", sum(tt.DirectRevenue, tt.EstimatedReturn), tt.TotalReturn.Exact())
	eq("estimated", sum(tt.ActionValue, tt.EarnedMedia, tt.Savings, tt.Lift), tt.EstimatedReturn.Exact())
	eq("paid + organic cost", sum(r.Paid.Cost, r.Organic.Cost), tt.Cost.Exact())
	eq("paid + organic return", sum(r.Paid.Return, r.Organic.Return), tt.TotalReturn.Exact())
	eq("paid revenue", r.Paid.Revenue.Exact(), tt.PaidRevenue.Exact())
}

func TestPresetIsACopy(t *testing.T) {
	a, _ := roi.Preset("ecommerce")
	a.Costs[0].Hours = "1"
	a.Actions[2].ValueFrom.Value = "99"
	a.Actions[2].ValueFrom.RateRange.Low = "1"
	*a.Actions[2].InRevenue = true
	a.Funnel.Stages[0].Count = "1"
	b, _ := roi.Preset("ecommerce")
	if b.Costs[0].Hours == "1" || b.Actions[2].ValueFrom.Value == "99" || b.Actions[2].ValueFrom.RateRange.Low == "1" ||
		*b.Actions[2].InRevenue || b.Funnel.Stages[0].Count == "1" {
		t.Error("editing one preset scenario changed the next one")
	}
}

func TestCloneIsDeep(t *testing.T) {
	a, _ := roi.Preset("saas")
	b := a.Clone()
	b.Period.Start = "2020-01-01"
	b.Lift.EngagedValue = "1"
	b.Subscription.ChurnRange.High = "9"
	b.Actions[0].ValueFrom.RateRange.Low = "1"
	b.EarnedMedia.Visits = "1"
	b.Goals[0].Target = "1"
	b.Savings[0].Count = "1"
	b.Indirect[0].Note = "changed"
	if !reflect.DeepEqual(a, func() roi.Scenario { p, _ := roi.Preset("saas"); return p }()) {
		t.Error("editing a clone changed the original")
	}
}
