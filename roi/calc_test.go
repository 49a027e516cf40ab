package roi_test

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"github.com/socialroi/socialroi/roi"
)

// figureCase is one report figure for one scenario, with its value worked
// out by hand in the comment next to it.
type figureCase struct {
	name  string
	s     roi.Scenario
	get   func(roi.Report) roi.Value
	exact string // "" when the figure must be undefined
	shown string
	why   string // reason code when undefined
}

func runFigures(t *testing.T, cases []figureCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			r := calculate(t, tc.s)
			checkValue(t, tc.name, tc.get(r), tc.exact, tc.shown, tc.why)
		})
	}
}

var (
	totalCost     = func(r roi.Report) roi.Value { return r.Totals.Cost }
	staffCost     = func(r roi.Report) roi.Value { return r.Totals.StaffCost }
	staffHours    = func(r roi.Report) roi.Value { return r.Totals.StaffHours }
	adSpend       = func(r roi.Report) roi.Value { return r.Totals.AdSpend }
	directRevenue = func(r roi.Report) roi.Value { return r.Totals.DirectRevenue }
	funnelRevenue = func(r roi.Report) roi.Value { return r.Totals.FunnelRevenue }
	actionValue   = func(r roi.Report) roi.Value { return r.Totals.ActionValue }
	earnedMedia   = func(r roi.Report) roi.Value { return r.Totals.EarnedMedia }
	savings       = func(r roi.Report) roi.Value { return r.Totals.Savings }
	lift          = func(r roi.Report) roi.Value { return r.Totals.Lift }
	totalReturn   = func(r roi.Report) roi.Value { return r.Totals.TotalReturn }
	estimated     = func(r roi.Report) roi.Value { return r.Totals.EstimatedReturn }
	grossProfit   = func(r roi.Report) roi.Value { return r.Totals.GrossProfit }
	roiDirect     = func(r roi.Report) roi.Value { return r.ROI.Direct }
	roiTotal      = func(r roi.Report) roi.Value { return r.ROI.Total }
	roiProfit     = func(r roi.Report) roi.Value { return r.ROI.Profit }
	roas          = func(r roi.Report) roi.Value { return r.ROAS }
	funnelRate    = func(r roi.Report) roi.Value { return r.FunnelRate }
	breakEvenConv = func(r roi.Report) roi.Value { return r.BreakEven.Conversions }
	breakEvenRev  = func(r roi.Report) roi.Value { return r.BreakEven.Revenue }
	breakEvenGap  = func(r roi.Report) roi.Value { return r.BreakEven.Gap }
	costLineCost  = func(i int) func(roi.Report) roi.Value {
		return func(r roi.Report) roi.Value { return r.CostLines[i].Cost }
	}
	actionUnit = func(i int) func(roi.Report) roi.Value {
		return func(r roi.Report) roi.Value { return r.Actions[i].UnitValue }
	}
	actionTotal = func(i int) func(roi.Report) roi.Value {
		return func(r roi.Report) roi.Value { return r.Actions[i].Value }
	}
	stageCount = func(i int) func(roi.Report) roi.Value {
		return func(r roi.Report) roi.Value { return r.Funnel[i].Count }
	}
	stageFromPrev = func(i int) func(roi.Report) roi.Value {
		return func(r roi.Report) roi.Value { return r.Funnel[i].RateFromPrevious }
	}
	stageFromFirst = func(i int) func(roi.Report) roi.Value {
		return func(r roi.Report) roi.Value { return r.Funnel[i].RateFromFirst }
	}
	stageCostPer = func(i int) func(roi.Report) roi.Value {
		return func(r roi.Report) roi.Value { return r.Funnel[i].CostPer }
	}
)

func TestCosts(t *testing.T) {
	mixed := scenario(func(s *roi.Scenario) {
		s.Costs = []roi.Cost{
			staff("manager", "120", "45"),
			staff("editor", "7.5", "38.40"),
			costLine("ads", "1500", "instagram"),
			costLine("ads", "250.50", "facebook"),
			costLine("tools", "99.99", ""),
			costLine("service", "0", ""),
		}
	})
	runFigures(t, []figureCase{
		// staff line = hours x hourlyRate: 120 x 45 = 5400
		{"staff line", mixed, costLineCost(0), "5400", "5400.00", ""},
		// 7.5 x 38.40 = 288.000
		{"staff line with decimals", mixed, costLineCost(1), "288", "288.00", ""},
		// any other line is its amount
		{"ads line", mixed, costLineCost(3), "250.5", "250.50", ""},
		// 5400 + 288 + 1500 + 250.50 + 99.99 + 0 = 7538.49
		{"cost total", mixed, totalCost, "7538.49", "7538.49", ""},
		// 5400 + 288 = 5688
		{"staff cost", mixed, staffCost, "5688", "5688.00", ""},
		// 120 + 7.5 = 127.5 hours, a count
		{"staff hours", mixed, staffHours, "127.5", "127.5", ""},
		// only the ads lines: 1500 + 250.50 = 1750.50
		{"ad spend", mixed, adSpend, "1750.5", "1750.50", ""},
		// break-even revenue is the cost itself
		{"break-even revenue", mixed, breakEvenRev, "7538.49", "7538.49", ""},
		// staff line without an hourly rate costs nothing: 10 x 0 = 0
		{"staff without rate", scenario(func(s *roi.Scenario) {
			s.Costs = []roi.Cost{{Label: "volunteer", Category: "staff", Hours: "10"}}
		}), totalCost, "0", "0.00", ""},
	})
}

func TestCostBreakdown(t *testing.T) {
	r := calculate(t, scenario(func(s *roi.Scenario) {
		s.Costs = []roi.Cost{costLine("tools", "100", ""), staff("a", "10", "30"), costLine("tools", "200", "")}
	}))
	// Categories in the order of roi.CostCategories, only those used:
	// staff 10 x 30 = 300 of 600 = 50%; tools 100 + 200 = 300 of 600 = 50%.
	if len(r.CostBreakdown) != 2 || r.CostBreakdown[0].Category != "staff" || r.CostBreakdown[1].Category != "tools" {
		t.Fatalf("breakdown = %+v, want staff then tools", r.CostBreakdown)
	}
	checkValue(t, "staff share", r.CostBreakdown[0].Share, "50", "50.00", "")
	checkValue(t, "tools cost", r.CostBreakdown[1].Cost, "300", "300.00", "")

	// A category whose lines are all zero still has no share of a zero total.
	z := calculate(t, scenario(func(s *roi.Scenario) { s.Costs = []roi.Cost{costLine("tools", "0", "")} }))
	checkValue(t, "share of zero", z.CostBreakdown[0].Share, "", "", "na.nocost")
}

func TestReturns(t *testing.T) {
	withFunnel := func(useAsRevenue bool) roi.Scenario {
		return scenario(func(s *roi.Scenario) {
			s.Revenue = []roi.Revenue{revenue("1000", "", false)}
			s.Funnel = &roi.Funnel{
				Stages:             []roi.Stage{counted("clicks", "1000"), rated("customers", "5")},
				ValuePerConversion: "40",
				UseAsRevenue:       useAsRevenue,
			}
		})
	}
	actions := scenario(func(s *roi.Scenario) {
		s.Actions = []roi.Action{
			{Label: "Likes", Type: "micro", Count: "5400", UnitValue: "0.05"},
			{Label: "Leads", Type: "macro", Count: "40", ValueFrom: &roi.ValueFrom{Method: "conversion", Rate: "20", Value: "400"}},
			{Label: "Clicks", Type: "micro", Count: "3000", ValueFrom: &roi.ValueFrom{Method: "cpc", Value: "1.20"}},
			{Label: "Odd rate", Type: "macro", Count: "3", ValueFrom: &roi.ValueFrom{Method: "conversion", Rate: "12.5", Value: "99.99"}},
		}
	})
	runFigures(t, []figureCase{
		// 1200 + 800.25 = 2000.25
		{"revenue lines", scenario(func(s *roi.Scenario) {
			s.Revenue = []roi.Revenue{revenue("1200", "", false), revenue("800.25", "x", true)}
		}), directRevenue, "2000.25", "2000.25", ""},
		// funnel counted as revenue: last stage 1000 x 5% = 50 conversions x 40 = 2000
		{"funnel revenue", withFunnel(true), funnelRevenue, "2000", "2000.00", ""},
		// 1000 revenue line + 2000 from the funnel = 3000
		{"direct revenue with funnel", withFunnel(true), directRevenue, "3000", "3000.00", ""},
		// without useAsRevenue the funnel adds nothing: 1000
		{"direct revenue without funnel", withFunnel(false), directRevenue, "1000", "1000.00", ""},
		{"funnel revenue off", withFunnel(false), funnelRevenue, "0", "0.00", ""},
		// unitValue entered: 0.05 a like; 5400 x 0.05 = 270
		{"entered unit value", actions, actionUnit(0), "0.05", "0.05", ""},
		{"entered value", actions, actionTotal(0), "270", "270.00", ""},
		// conversion: 20% x 400 = 80 a lead; 40 x 80 = 3200
		{"conversion unit value", actions, actionUnit(1), "80", "80.00", ""},
		{"conversion value", actions, actionTotal(1), "3200", "3200.00", ""},
		// cpc: the click price 1.20; 3000 x 1.20 = 3600
		{"cpc unit value", actions, actionUnit(2), "1.2", "1.20", ""},
		{"cpc value", actions, actionTotal(2), "3600", "3600.00", ""},
		// 12.5% x 99.99 = 12.49875 (shown 12.50); 3 x 12.49875 = 37.49625 (shown 37.50)
		{"conversion unit value exact", actions, actionUnit(3), "12.49875", "12.50", ""},
		{"conversion value exact", actions, actionTotal(3), "37.49625", "37.50", ""},
		// 270 + 3200 + 3600 + 37.49625 = 7107.49625
		{"action value", actions, actionValue, "7107.49625", "7107.50", ""},
		// micro: 270 + 3600 = 3870
		{"micro value", actions, func(r roi.Report) roi.Value { return r.Totals.MicroValue }, "3870", "3870.00", ""},
		// macro: 3200 + 37.49625 = 3237.49625
		{"macro value", actions, func(r roi.Report) roi.Value { return r.Totals.MacroValue }, "3237.49625", "3237.50", ""},
		// visits x costPerClick: 3000 x 1.20 = 3600
		{"earned media", scenario(func(s *roi.Scenario) {
			s.EarnedMedia = &roi.Earned{Visits: "3000", CostPerClick: "1.20"}
		}), earnedMedia, "3600", "3600.00", ""},
		// 200 x 7.50 + 10 x 30 = 1500 + 300 = 1800
		{"savings", scenario(func(s *roi.Scenario) {
			s.Savings = []roi.Saving{{Label: "support", Count: "200", UnitCost: "7.50"}, {Label: "hiring", Count: "10", UnitCost: "30"}}
		}), savings, "1800", "1800.00", ""},
		// 500 x (1200 - 1000) = 100000
		{"lift", scenario(func(s *roi.Scenario) {
			s.Lift = &roi.Lift{EngagedCustomers: "500", EngagedValue: "1200", BaselineValue: "1000"}
		}), lift, "100000", "100000.00", ""},
		// engaged customers worth less: 100 x (800 - 1000) = -20000
		{"negative lift", scenario(func(s *roi.Scenario) {
			s.Lift = &roi.Lift{EngagedCustomers: "100", EngagedValue: "800", BaselineValue: "1000"}
		}), lift, "-20000", "-20000.00", ""},
	})
}

// full has one of every kind of return, to check the totals add up.
//
//	cost      = staff 20 x 50 = 1000 + ads 500 = 1500
//	direct    = revenue 2000 (paid) + 1000 + funnel 100 x 10% = 10 x 30 = 300 -> 3300
//	actions   = 100 x 2 = 200
//	earned    = 50 x 2 = 100
//	savings   = 4 x 25 = 100
//	lift      = 10 x (150 - 120) = 300
//	estimated = 200 + 100 + 100 + 300 = 700
//	total     = 3300 + 700 = 4000
var full = scenario(func(s *roi.Scenario) {
	s.Costs = []roi.Cost{staff("team", "20", "50"), costLine("ads", "500", "facebook")}
	s.Revenue = []roi.Revenue{revenue("2000", "facebook", true), revenue("1000", "", false)}
	s.Actions = []roi.Action{{Label: "Shares", Type: "micro", Count: "100", UnitValue: "2"}}
	s.Funnel = &roi.Funnel{Stages: []roi.Stage{counted("clicks", "100"), rated("orders", "10")}, ValuePerConversion: "30", UseAsRevenue: true}
	s.EarnedMedia = &roi.Earned{Visits: "50", CostPerClick: "2"}
	s.Savings = []roi.Saving{{Label: "tickets", Count: "4", UnitCost: "25"}}
	s.Lift = &roi.Lift{EngagedCustomers: "10", EngagedValue: "150", BaselineValue: "120"}
	s.GrossMargin = "40"
})

func TestTotalsAndROI(t *testing.T) {
	noCost := scenario(func(s *roi.Scenario) { s.Revenue = []roi.Revenue{revenue("500", "", true)} })
	runFigures(t, []figureCase{
		{"cost", full, totalCost, "1500", "1500.00", ""},
		{"direct revenue", full, directRevenue, "3300", "3300.00", ""},
		{"estimated return", full, estimated, "700", "700.00", ""},
		{"total return", full, totalReturn, "4000", "4000.00", ""},
		// net = return - cost: 3300 - 1500 = 1800; 4000 - 1500 = 2500
		{"net direct", full, func(r roi.Report) roi.Value { return r.Totals.NetDirect }, "1800", "1800.00", ""},
		{"net total", full, func(r roi.Report) roi.Value { return r.Totals.NetTotal }, "2500", "2500.00", ""},
		// (3300 - 1500) / 1500 x 100 = 120
		{"roi direct", full, roiDirect, "120", "120.00", ""},
		// (4000 - 1500) / 1500 x 100 = 166.666…
		{"roi total", full, roiTotal, "166.6666666666…", "166.67", ""},
		// gross profit = 3300 x 40% = 1320; (1320 - 1500) / 1500 x 100 = -12
		{"gross profit", full, grossProfit, "1320", "1320.00", ""},
		{"roi profit", full, roiProfit, "-12", "-12.00", ""},
		// paid revenue / ad spend = 2000 / 500 = 4
		{"roas", full, roas, "4", "4.00", ""},
		// with a 40% margin, break-even revenue is the revenue whose gross
		// profit covers the cost: 1500 / 0.4 = 3750; direct revenue 3300
		// leaves (1500 - 1320) / 0.4 = 450 to go, not 0
		{"break-even revenue on profit", full, breakEvenRev, "3750", "3750.00", ""},
		{"break-even gap on profit", full, breakEvenGap, "450", "450.00", ""},
		// a conversion brings 30 x 40% = 12 of profit: 1500 / 12 = 125
		{"break-even conversions on profit", full, breakEvenConv, "125", "125", ""},
		// without a margin, revenue covers the cost: 3300 >= 1500, gap 0
		{"break-even gap covered", scenario(func(s *roi.Scenario) {
			s.Costs = []roi.Cost{costLine("ads", "1500", "")}
			s.Revenue = []roi.Revenue{revenue("3300", "", true)}
		}), breakEvenGap, "0", "0.00", ""},
		// (4 - 3) / 3 x 100 = 33.333…
		{"roi repeating", scenario(func(s *roi.Scenario) {
			s.Costs = []roi.Cost{costLine("tools", "3", "")}
			s.Revenue = []roi.Revenue{revenue("4", "", false)}
		}), roiDirect, "33.3333333333…", "33.33", ""},
		// a loss: (250 - 1000) / 1000 x 100 = -75
		{"roi loss", scenario(func(s *roi.Scenario) {
			s.Costs = []roi.Cost{costLine("ads", "1000", "")}
			s.Revenue = []roi.Revenue{revenue("250", "", true)}
		}), roiDirect, "-75", "-75.00", ""},
		// gap = cost - direct = 1000 - 250 = 750
		{"break-even gap", scenario(func(s *roi.Scenario) {
			s.Costs = []roi.Cost{costLine("ads", "1000", "")}
			s.Revenue = []roi.Revenue{revenue("250", "", true)}
		}), breakEvenGap, "750", "750.00", ""},
		// 2000 / 1500 = 1.333… ROAS
		{"roas repeating", scenario(func(s *roi.Scenario) {
			s.Costs = []roi.Cost{costLine("ads", "1500", "")}
			s.Revenue = []roi.Revenue{revenue("2000", "", true), revenue("999", "", false)}
		}), roas, "1.3333333333…", "1.33", ""},
		// nothing spent: every ROI is undefined, never 0 or infinite
		{"roi direct without cost", noCost, roiDirect, "", "", "na.nocost"},
		{"roi total without cost", noCost, roiTotal, "", "", "na.nocost"},
		{"roi profit without margin", noCost, roiProfit, "", "", "na.nomargin"},
		{"gross profit without margin", noCost, grossProfit, "", "", "na.nomargin"},
		{"roi profit without cost", scenario(func(s *roi.Scenario) { s.GrossMargin = "50" }), roiProfit, "", "", "na.nocost"},
		{"roas without ad spend", noCost, roas, "", "", "na.noadspend"},
		// zero-amount ads lines are no ad spend either
		{"roas with zero ad spend", scenario(func(s *roi.Scenario) {
			s.Costs = []roi.Cost{costLine("ads", "0", "")}
			s.Revenue = []roi.Revenue{revenue("10", "", true)}
		}), roas, "", "", "na.noadspend"},
	})
}

func TestUndefinedFiguresAreNullInJSON(t *testing.T) {
	r := calculate(t, scenario(nil))
	b, err := json.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	var doc map[string]any
	if err := json.Unmarshal(b, &doc); err != nil {
		t.Fatal(err)
	}
	roiObj := doc["roi"].(map[string]any)
	for _, k := range []string{"direct", "total", "profit"} {
		if v, ok := roiObj[k]; !ok || v != nil {
			t.Errorf("roi.%s = %v (present %v), want null", k, v, ok)
		}
	}
	if v, ok := doc["roas"]; !ok || v != nil {
		t.Errorf("roas = %v, want null", v)
	}
	// Defined figures are always strings, never JSON numbers.
	if v := doc["totals"].(map[string]any)["cost"]; v != "0.00" {
		t.Errorf("totals.cost = %#v, want \"0.00\"", v)
	}
}

func TestFunnel(t *testing.T) {
	// 200000 impressions, 3000 clicks, 10% leads = 300, 50% customers = 150.
	// Cost 1000.
	f := scenario(func(s *roi.Scenario) {
		s.Costs = []roi.Cost{costLine("ads", "1000", "")}
		s.Funnel = &roi.Funnel{Stages: []roi.Stage{
			counted("impressions", "200000"), counted("clicks", "3000"), rated("leads", "10"), rated("customers", "50"),
		}, ValuePerConversion: "150"}
	})
	exact := scenario(func(s *roi.Scenario) {
		s.Funnel = &roi.Funnel{Stages: []roi.Stage{counted("visits", "1234"), rated("signups", "3.3"), rated("customers", "12.5")}}
	})
	zero := scenario(func(s *roi.Scenario) {
		s.Costs = []roi.Cost{costLine("ads", "100", "")}
		s.Funnel = &roi.Funnel{Stages: []roi.Stage{counted("reach", "0"), counted("clicks", "10"), rated("leads", "0"), rated("customers", "50")}}
	})
	runFigures(t, []figureCase{
		{"count given", f, stageCount(1), "3000", "3000", ""},
		// 3000 x 10% = 300; 300 x 50% = 150
		{"count from rate", f, stageCount(2), "300", "300", ""},
		{"count from rate twice", f, stageCount(3), "150", "150", ""},
		// counts from rates are exact: 1234 x 3.3% = 40.722 (shown 40.72)
		{"exact count", exact, stageCount(1), "40.722", "40.72", ""},
		// and stay exact down the funnel: 40.722 x 12.5% = 5.09025 (shown 5.09)
		{"exact count downstream", exact, stageCount(2), "5.09025", "5.09", ""},
		{"first stage has no previous", f, stageFromPrev(0), "", "", "na.firststage"},
		// counts: 3000 / 200000 x 100 = 1.5
		{"rate between counts", f, stageFromPrev(1), "1.5", "1.50", ""},
		// a rate stage shows its own rate
		{"rate given", f, stageFromPrev(2), "10", "10.00", ""},
		// 150 / 200000 x 100 = 0.075
		{"rate from first", f, stageFromFirst(3), "0.075", "0.08", ""},
		{"rate from first of first", f, stageFromFirst(0), "100", "100.00", ""},
		// funnel conversion rate = last / first x 100 = 0.075, half away from zero: 0.08
		{"funnel conversion rate", f, funnelRate, "0.075", "0.08", ""},
		// CPM: 1000 x 1000 / 200000 = 5
		{"cpm", f, stageCostPer(0), "5", "5.00", ""},
		// CPC: 1000 / 3000 = 0.333…
		{"cpc", f, stageCostPer(1), "0.3333333333…", "0.33", ""},
		// CPL: 1000 / 300 = 3.333…
		{"cpl", f, stageCostPer(2), "3.3333333333…", "3.33", ""},
		// CAC: 1000 / 150 = 6.666…
		{"cac", f, stageCostPer(3), "6.6666666666…", "6.67", ""},
		// break-even: 1000 / 150 = 6.67, rounded up to 7 conversions
		{"break-even conversions", f, breakEvenConv, "7", "7", ""},
		{"rate after zero", zero, stageFromPrev(1), "", "", "na.zeroprev"},
		{"rate from zero first", zero, stageFromFirst(1), "", "", "na.zeroprev"},
		{"cost per zero", zero, stageCostPer(0), "", "", "na.zerocount"},
		// 10 x 0% = 0 leads, so 0 x 50% = 0 customers, and 0 / 0 is undefined
		{"cost per zero from rate", zero, stageCostPer(3), "", "", "na.zerocount"},
		{"funnel rate from zero", zero, funnelRate, "", "", "na.zeroprev"},
		{"one stage has no conversion rate", scenario(func(s *roi.Scenario) {
			s.Funnel = &roi.Funnel{Stages: []roi.Stage{counted("clicks", "10")}}
		}), funnelRate, "", "", "na.firststage"},
		{"no funnel", scenario(nil), funnelRate, "", "", "na.nofunnel"},
		// 900 / 150 = 6 exactly: no rounding up
		{"break-even exact", scenario(func(s *roi.Scenario) {
			s.Costs = []roi.Cost{costLine("ads", "900", "")}
			s.Funnel = &roi.Funnel{Stages: []roi.Stage{counted("orders", "1")}, ValuePerConversion: "150"}
		}), breakEvenConv, "6", "6", ""},
		// 900.01 / 150 = 6.0000666…: a seventh conversion is needed
		{"break-even just over", scenario(func(s *roi.Scenario) {
			s.Costs = []roi.Cost{costLine("ads", "900.01", "")}
			s.Funnel = &roi.Funnel{Stages: []roi.Stage{counted("orders", "1")}, ValuePerConversion: "150"}
		}), breakEvenConv, "7", "7", ""},
		{"break-even without value", scenario(func(s *roi.Scenario) {
			s.Costs = []roi.Cost{costLine("ads", "900", "")}
			s.Funnel = &roi.Funnel{Stages: []roi.Stage{counted("orders", "1")}}
		}), breakEvenConv, "", "", "na.novalue"},
		{"break-even without funnel", scenario(nil), breakEvenConv, "", "", "na.nofunnel"},
	})
}

func TestCostMetricNames(t *testing.T) {
	r := calculate(t, scenario(func(s *roi.Scenario) {
		s.Funnel = &roi.Funnel{Stages: []roi.Stage{
			counted("impressions", "1"), counted("link-clicks", "1"), counted("demo-requests", "1"),
			counted("orders", "1"), {Stage: "evaluation", Metric: "webinar", Count: "1"}, counted("something", "1"),
		}}
	}))
	var got []string
	for _, st := range r.Funnel {
		got = append(got, st.CostMetric)
	}
	// By metric name first, then by stage, else a plain cost per.
	want := []string{"cpm", "cpc", "cpl", "cac", "cpl", "cost-per"}
	if !slices.Equal(got, want) {
		t.Errorf("cost metrics = %v, want %v", got, want)
	}
}

func TestChannels(t *testing.T) {
	// instagram  cost 100, revenue 300           -> (300-100)/100 = 200%
	// youtube    cost 100, revenue 300           -> 200%, after instagram by name
	// linkedin   cost 100, revenue 150 + 10 x 5  -> (200-100)/100 = 100%
	// facebook   cost 200, revenue 300           -> (300-200)/200 = 50%
	// tiktok     cost 0,   revenue 50            -> undefined, ranked last
	// unallocated: staff 10 x 20 = 200; revenue 100 + funnel 100 x 10% x 3 = 30
	//   + earned 10 x 1 + savings 2 x 5 + lift 1 x (30 - 10) = 100+30+10+10+20 = 170
	//   -> (170 - 200) / 200 = -15%
	s := scenario(func(s *roi.Scenario) {
		s.Costs = []roi.Cost{
			costLine("ads", "200", "facebook"), costLine("ads", "100", "instagram"),
			costLine("content", "100", "linkedin"), costLine("ads", "100", "youtube"), staff("team", "10", "20"),
		}
		s.Revenue = []roi.Revenue{
			revenue("300", "facebook", true), revenue("300", "instagram", true), revenue("150", "linkedin", false),
			revenue("300", "youtube", false), revenue("50", "tiktok", false), revenue("100", "", false),
		}
		s.Actions = []roi.Action{{Label: "Demo", Type: "macro", Count: "10", UnitValue: "5", Channel: "linkedin", Paid: true}}
		s.Funnel = &roi.Funnel{Stages: []roi.Stage{counted("clicks", "100"), rated("orders", "10")}, ValuePerConversion: "3", UseAsRevenue: true}
		s.EarnedMedia = &roi.Earned{Visits: "10", CostPerClick: "1"}
		s.Savings = []roi.Saving{{Label: "s", Count: "2", UnitCost: "5"}}
		s.Lift = &roi.Lift{EngagedCustomers: "1", EngagedValue: "30", BaselineValue: "10"}
	})
	r := calculate(t, s)
	var order []string
	for _, c := range r.Channels {
		order = append(order, c.Channel)
	}
	if want := []string{"instagram", "youtube", "linkedin", "facebook", "tiktok"}; !slices.Equal(order, want) {
		t.Fatalf("channel order = %v, want %v", order, want)
	}
	// The shared 200 (staff without a channel) goes by share of the 500 of
	// channel cost: facebook 200/500 x 200 = 80, instagram, linkedin and
	// youtube 40 each, tiktok (no cost) 0.
	checkValue(t, "facebook shared", r.Channels[3].SharedCost, "80", "80.00", "")
	checkValue(t, "facebook cost", r.Channels[3].Cost, "280", "280.00", "")
	checkValue(t, "instagram shared", r.Channels[0].SharedCost, "40", "40.00", "")
	checkValue(t, "tiktok shared", r.Channels[4].SharedCost, "0", "0.00", "")
	// instagram (300 - 140) / 140 = 114.2857…%
	checkValue(t, "instagram roi", r.Channels[0].ROI, "114.2857142857…", "114.29", "")
	// instagram contribution = return - own cost = 300 - 100 = 200
	checkValue(t, "instagram contribution", r.Channels[0].Contribution, "200", "200.00", "")
	checkValue(t, "linkedin return", r.Channels[2].Return, "200", "200.00", "")
	checkValue(t, "linkedin action value", r.Channels[2].ActionValue, "50", "50.00", "")
	// linkedin (200 - 140) / 140 = 42.857…%; 10 demos: 140 / 10 = 14 a result
	checkValue(t, "linkedin roi", r.Channels[2].ROI, "42.8571428571…", "42.86", "")
	checkValue(t, "linkedin results", r.Channels[2].Results, "10", "10", "")
	checkValue(t, "linkedin cost per result", r.Channels[2].CostPerResult, "14", "14.00", "")
	checkValue(t, "linkedin ad cost per result", r.Channels[2].AdCostPerResult, "", "", "na.noadspend")
	// facebook (300 - 280) / 280 = 7.142857…%
	checkValue(t, "facebook roi", r.Channels[3].ROI, "7.1428571428…", "7.14", "")
	checkValue(t, "tiktok roi", r.Channels[4].ROI, "", "", "na.nocost")
	u := r.Unallocated
	if u.Channel != "" {
		t.Errorf("unallocated channel = %q", u.Channel)
	}
	// What no channel carries: its own 200 of cost, all shared out.
	checkValue(t, "unallocated own cost", u.DirectCost, "200", "200.00", "")
	checkValue(t, "unallocated cost", u.Cost, "0", "0.00", "")
	checkValue(t, "unallocated revenue", u.Revenue, "130", "130.00", "")
	// 100 + 30 + earned 10 + savings 10 + lift 20 (no dates: a year) = 170
	checkValue(t, "unallocated return", u.Return, "170", "170.00", "")
	checkValue(t, "unallocated roi", u.ROI, "", "", "na.sharedout")
	// Channels and unallocated add up to the totals:
	// cost 200+100+100+100+0+200 = 700; return 300+300+200+300+50+170 = 1320
	checkValue(t, "total cost", r.Totals.Cost, "700", "700.00", "")
	checkValue(t, "total return", r.Totals.TotalReturn, "1320", "1320.00", "")

	// Paid: ads 200 + 100 + 100 = 400; paid revenue 300 + 300 = 600; paid
	// actions 50; return 650 -> (650 - 400) / 400 = 62.5%.
	// Organic: cost 700 - 400 = 300; revenue 1230 - 600 = 630 (funnel
	// revenue included); return 630 + earned 10 + savings 10 + lift 20 = 670
	// -> (670 - 300) / 300 = 123.33%.
	checkValue(t, "paid cost", r.Paid.Cost, "400", "400.00", "")
	checkValue(t, "paid return", r.Paid.Return, "650", "650.00", "")
	checkValue(t, "paid roi", r.Paid.ROI, "62.5", "62.50", "")
	checkValue(t, "organic cost", r.Organic.Cost, "300", "300.00", "")
	checkValue(t, "organic revenue", r.Organic.Revenue, "630", "630.00", "")
	checkValue(t, "organic roi", r.Organic.ROI, "123.3333333333…", "123.33", "")
	// ROAS = 600 / 400 = 1.5
	checkValue(t, "roas", r.ROAS, "1.5", "1.50", "")
}

func TestNoChannels(t *testing.T) {
	r := calculate(t, scenario(func(s *roi.Scenario) { s.Costs = []roi.Cost{costLine("tools", "10", "")} }))
	if len(r.Channels) != 0 {
		t.Errorf("channels = %+v, want none", r.Channels)
	}
	// Everything is unallocated: return 0 on cost 10 is -100%.
	checkValue(t, "unallocated roi", r.Unallocated.ROI, "-100", "-100.00", "")
	b, _ := json.Marshal(r)
	if !strings.Contains(string(b), `"channels":[]`) {
		t.Errorf("channels must be an empty list in JSON: %s", b)
	}
}

func TestGoals(t *testing.T) {
	s := scenario(func(s *roi.Scenario) {
		s.Costs = []roi.Cost{costLine("ads", "1000", "")}
		s.Revenue = []roi.Revenue{revenue("12000", "", true)}
		s.Funnel = &roi.Funnel{Stages: []roi.Stage{counted("clicks", "400"), rated("leads", "12.5")}}
		s.Goals = []roi.Goal{
			{Metric: "revenue", Target: "20000", Deadline: "2026-03-31"},
			{Metric: "cost", Target: "1200"},
			{Metric: "cost", Target: "800"},
			{Metric: "roas", Target: "10"},
			{Metric: "leads", Target: "40"},
			{Metric: "conversions", Target: "50"},
			{Metric: "revenue", Target: "0"},
			{Metric: "roiTotal", Target: "100"},
			{Metric: "savings", Target: "10"},
		}
	})
	r := calculate(t, s)
	g := r.Goals
	if len(g) != 9 {
		t.Fatalf("%d goals, want 9", len(g))
	}
	// revenue 12000 of 20000 = 60%, not met
	checkValue(t, "revenue target", g[0].Target, "20000", "20000.00", "")
	checkValue(t, "revenue progress", g[0].Progress, "60", "60.00", "")
	if g[0].Met || g[0].Deadline != "2026-03-31" {
		t.Errorf("revenue goal: met %v deadline %q", g[0].Met, g[0].Deadline)
	}
	// cost is a budget: 1000 of 1200 = 83.33%, met because it stays within
	checkValue(t, "budget progress", g[1].Progress, "83.3333333333…", "83.33", "")
	if !g[1].Met {
		t.Error("spending 1000 of a 1200 budget should meet the goal")
	}
	// 1000 of 800 = 125%: over budget, not met
	checkValue(t, "over budget", g[2].Progress, "125", "125.00", "")
	if g[2].Met {
		t.Error("spending 1000 of an 800 budget should not meet the goal")
	}
	// ROAS 12000 / 1000 = 12 against 10: 120%, met; target shown as a ratio
	checkValue(t, "roas target", g[3].Target, "10", "10.00", "")
	checkValue(t, "roas progress", g[3].Progress, "120", "120.00", "")
	if !g[3].Met {
		t.Error("ROAS 12 should meet a target of 10")
	}
	// funnel metric: 400 x 12.5% = 50 leads of 40 = 125%
	checkValue(t, "leads actual", g[4].Actual, "50", "50", "")
	checkValue(t, "leads target", g[4].Target, "40", "40", "")
	checkValue(t, "leads progress", g[4].Progress, "125", "125.00", "")
	// conversions = the last stage: 50 of 50 = 100%, met
	checkValue(t, "conversions progress", g[5].Progress, "100", "100.00", "")
	if !g[5].Met {
		t.Error("50 of 50 conversions should meet the goal")
	}
	checkValue(t, "zero target", g[6].Progress, "", "", "na.zerotarget")
	// (12000 - 1000) / 1000 = 1100% of 100 = 1100%
	checkValue(t, "roi total progress", g[7].Progress, "1100", "1100.00", "")
	// savings 0 of 10 = 0%
	checkValue(t, "savings progress", g[8].Progress, "0", "0.00", "")

	// An undefined actual leaves the progress undefined for the same reason.
	r = calculate(t, scenario(func(s *roi.Scenario) { s.Goals = []roi.Goal{{Metric: "roi", Target: "50"}} }))
	checkValue(t, "roi goal without cost", r.Goals[0].Progress, "", "", "na.nocost")
	if r.Goals[0].Met {
		t.Error("an undefined actual cannot meet a goal")
	}
	r = calculate(t, scenario(func(s *roi.Scenario) { s.Goals = []roi.Goal{{Metric: "conversions", Target: "5"}} }))
	checkValue(t, "conversions goal without funnel", r.Goals[0].Progress, "", "", "na.nofunnel")
}

func TestIndirectIsListedNeverCounted(t *testing.T) {
	s := scenario(func(s *roi.Scenario) {
		s.Costs = []roi.Cost{costLine("tools", "100", "")}
		s.Indirect = []roi.Indirect{{Kind: "reputation", Note: "two talks"}}
	})
	r := calculate(t, s)
	if len(r.Indirect) != 1 || r.Indirect[0].Note != "two talks" {
		t.Errorf("indirect = %+v", r.Indirect)
	}
	checkValue(t, "total return", r.Totals.TotalReturn, "0", "0.00", "")
}

func TestRounding(t *testing.T) {
	lifted := func(currency, engaged, baseline string) roi.Scenario {
		s := scenario(func(s *roi.Scenario) {
			s.Lift = &roi.Lift{EngagedCustomers: "1", EngagedValue: roi.N(engaged), BaselineValue: roi.N(baseline)}
		})
		s.Currency = currency
		return s
	}
	roiOf := func(cost, rev string) roi.Scenario {
		return scenario(func(s *roi.Scenario) {
			s.Costs = []roi.Cost{costLine("tools", cost, "")}
			s.Revenue = []roi.Revenue{revenue(rev, "", false)}
		})
	}
	runFigures(t, []figureCase{
		// money to the currency's minor units, half away from zero
		{"EUR half up", lifted("EUR", "2.345", "0"), lift, "2.345", "2.35", ""},
		{"EUR half away from zero", lifted("EUR", "0", "2.345"), lift, "-2.345", "-2.35", ""},
		{"EUR below half", lifted("EUR", "2.344", "0"), lift, "2.344", "2.34", ""},
		// 1 x (0.996 - 1) = -0.004: presents as 0.00, never -0.00
		{"EUR no negative zero", lifted("EUR", "0.996", "1"), lift, "-0.004", "0.00", ""},
		{"JPY no decimals", lifted("JPY", "1234.5", "0"), lift, "1234.5", "1235", ""},
		{"JPY negative half", lifted("JPY", "0", "0.5"), lift, "-0.5", "-1", ""},
		{"JPY no negative zero", lifted("JPY", "0", "0.4"), lift, "-0.4", "0", ""},
		{"KWD three decimals", lifted("KWD", "1.2345", "0"), lift, "1.2345", "1.235", ""},
		{"KWD below half", lifted("KWD", "1.2344", "0"), lift, "1.2344", "1.234", ""},
		{"NOK two decimals", lifted("NOK", "10", "0"), lift, "10", "10.00", ""},
		// percentages to 2 decimals: (801 - 800) / 800 x 100 = 0.125 -> 0.13
		{"percent half up", roiOf("800", "801"), roiDirect, "0.125", "0.13", ""},
		// (799 - 800) / 800 x 100 = -0.125 -> -0.13
		{"percent half away from zero", roiOf("800", "799"), roiDirect, "-0.125", "-0.13", ""},
		// (99999.99 - 100000) / 100000 x 100 = -0.00001 -> 0.00, not -0.00
		{"percent no negative zero", roiOf("100000", "99999.99"), roiDirect, "-0.00001", "0.00", ""},
	})
}

func TestCalculateRejectsInvalid(t *testing.T) {
	s := scenario(func(s *roi.Scenario) { s.Costs = []roi.Cost{costLine("ads", "-5", "")} })
	_, err := roi.Calculate(s)
	probs := roi.ProblemsOf(err)
	if len(probs) != 1 || probs[0].Error() != "costs[0].amount: cannot be negative" {
		t.Fatalf("Calculate error = %v", err)
	}
}

func TestCalculateDoesNotChangeScenario(t *testing.T) {
	s := scenario(func(s *roi.Scenario) { *s = full.Clone() })
	before, _ := json.Marshal(s)
	calculate(t, s)
	after, _ := json.Marshal(s)
	if string(before) != string(after) {
		t.Errorf("Calculate changed its input:\n%s\n%s", before, after)
	}
}
