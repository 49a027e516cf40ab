package roi_test

import (
	"slices"
	"testing"

	"github.com/socialroi/socialroi/roi"
)

// leverFunnel: 10000 impressions, 200 clicks (2%), leads 10% = 20,
// customers 25% = 5, each worth 100, counted as revenue. One ads line of 400.
// Direct revenue = 5 x 100 = 500; direct ROI = (500 - 400) / 400 = 25%.
func leverFunnel(useAsRevenue bool) roi.Scenario {
	return scenario(func(s *roi.Scenario) {
		s.Costs = []roi.Cost{costLine("ads", "400", "")}
		s.Funnel = &roi.Funnel{Stages: []roi.Stage{
			counted("impressions", "10000"), counted("clicks", "200"), rated("leads", "10"), rated("customers", "25"),
		}, ValuePerConversion: "100", UseAsRevenue: useAsRevenue}
	})
}

func TestWhatIfFunnel(t *testing.T) {
	r := calculate(t, leverFunnel(true))
	w := r.WhatIf
	lv := w.Funnel
	if len(lv) != 3 {
		t.Fatalf("%d funnel levers, want 3 (one per stage after the first)", len(lv))
	}
	if lv[0].Index != 1 || lv[0].Metric != "clicks" || lv[2].Index != 3 {
		t.Errorf("levers = %+v", lv)
	}
	// Every rate 10% better, relative: clicks 2% -> 2.2%, leads 10% -> 11%,
	// customers 25% -> 27.5%. Later stages keep their rates, so each gives
	// 10% more conversions: 5 x 0.1 = +0.5, x 100 = +50, 50 / 400 = +12.5
	// points of direct ROI (the funnel is revenue, no margin).
	if w.Basis != "direct" || w.Step.String() != "10" {
		t.Errorf("basis %q step %s, want direct 10", w.Basis, w.Step)
	}
	checkValue(t, "clicks rate", lv[0].Rate, "2", "2.00", "")
	checkValue(t, "clicks new rate", lv[0].NewRate, "2.2", "2.20", "")
	checkValue(t, "customers new rate", lv[2].NewRate, "27.5", "27.50", "")
	for i, l := range lv {
		checkValue(t, l.Metric+" conversions", l.ConversionsDelta, "0.5", "0.5", "")
		checkValue(t, l.Metric+" value", l.ValueDelta, "50", "50.00", "")
		checkValue(t, l.Metric+" roi", l.ROIDelta, "12.5", "12.50", "")
		checkValue(t, l.Metric+" profit", l.ProfitDelta, "", "", "na.nomargin")
		if i == 0 && len(l.Curve) != 3 {
			t.Errorf("clicks curve has %d points, want 3 (50%%, 100%% and 150%% of the rate)", len(l.Curve))
		}
	}
	// Break-even needs 400 / 100 = 4 conversions instead of 5; with the
	// others fixed a stage's rate must be rate x 4 / 5:
	// clicks 2 x 0.8 = 1.6%, leads 10 x 0.8 = 8%, customers 25 x 0.8 = 20%.
	checkValue(t, "clicks break-even", lv[0].BreakEvenRate, "1.6", "1.60", "")
	checkValue(t, "leads break-even", lv[1].BreakEvenRate, "8", "8.00", "")
	checkValue(t, "customers break-even", lv[2].BreakEvenRate, "20", "20.00", "")
	for _, l := range lv {
		if !l.Reachable {
			t.Errorf("lever %d: break-even rate %s should be reachable", l.Index, l.BreakEvenRate)
		}
	}
	// The curve, for the chart: ROI at m x the clicks rate is
	// (500 - 400 + 500 (m - 1)) / 400: m = 0.5 gives 1% and -37.5%, m = 1
	// the ROI now (2%, 25%), m = 1.5 gives 3% and 87.5%.
	c := lv[0].Curve
	checkValue(t, "curve first rate", c[0].Rate, "1", "1.00", "")
	checkValue(t, "curve first roi", c[0].ROI, "-37.5", "-37.50", "")
	checkValue(t, "curve now", c[1].ROI, "25", "25.00", "")
	checkValue(t, "curve last rate", c[2].Rate, "3", "3.00", "")
	checkValue(t, "curve last roi", c[2].ROI, "87.5", "87.50", "")

	// Not counted as revenue: the extra conversions' value is an estimate,
	// so it moves the total ROI by the same +12.5 points (not "0 points").
	// Their revenue is taken to be in the revenue lines already, so the
	// extra conversions must bring the whole 400 - 0 of the gap: 4 more
	// than the 5, a rate 9 / 5 of now: clicks 2 x 1.8 = 3.6%.
	r = calculate(t, leverFunnel(false))
	if r.WhatIf.Basis != "total" {
		t.Errorf("basis %q, want total", r.WhatIf.Basis)
	}
	checkValue(t, "conversions without revenue", r.WhatIf.Funnel[0].ConversionsDelta, "0.5", "0.5", "")
	checkValue(t, "roi without revenue", r.WhatIf.Funnel[0].ROIDelta, "12.5", "12.50", "")
	checkValue(t, "break-even without revenue", r.WhatIf.Funnel[0].BreakEvenRate, "3.6", "3.60", "")
}

func TestWhatIfProfitAndRanking(t *testing.T) {
	// The same funnel with a 40% margin: a conversion brings 100 x 0.4 = 40
	// of gross profit; +0.5 conversions = +20 of profit, 20 / 400 = +5
	// points of ROI on profit. The ads line 10% cheaper saves 40, more than
	// any stage: it ranks first.
	s := leverFunnel(true)
	s.GrossMargin = "40"
	r := calculate(t, s)
	w := r.WhatIf
	if w.Basis != "profit" {
		t.Errorf("basis %q, want profit", w.Basis)
	}
	checkValue(t, "profit delta", w.Funnel[0].ProfitDelta, "20", "20.00", "")
	checkValue(t, "roi on profit delta", w.Funnel[0].ROIDelta, "5", "5.00", "")
	if len(w.Best) != 4 || w.Best[0].Kind != "cost" || w.Best[1].Kind != "funnel" {
		t.Fatalf("ranking = %+v, want the cost line first, then the three stages", w.Best)
	}
	checkValue(t, "best gain", w.Best[0].Gain, "40", "40.00", "")
	checkValue(t, "next gain", w.Best[1].Gain, "20", "20.00", "")
	// Break-even on profit: 400 / 40 = 10 conversions, twice the 5: the
	// customers rate would need 25 x 2 = 50%.
	checkValue(t, "customers break-even on profit", w.Funnel[2].BreakEvenRate, "50", "50.00", "")
}

func TestWhatIfRateCappedAt100(t *testing.T) {
	// A 95% stage can only reach 100%: 20 -> 19 at 95%, 20 at 100%,
	// +1 conversion (not 10% of 19 = 1.9).
	r := calculate(t, scenario(func(s *roi.Scenario) {
		s.Costs = []roi.Cost{costLine("ads", "50", "")}
		s.Funnel = &roi.Funnel{Stages: []roi.Stage{counted("clicks", "20"), rated("orders", "95")}, ValuePerConversion: "10"}
	}))
	lv := r.WhatIf.Funnel[0]
	checkValue(t, "capped rate", lv.NewRate, "100", "100.00", "")
	checkValue(t, "capped conversions", lv.ConversionsDelta, "1", "1", "")
	// The curve stops at 100 %: 47.5 %, 95 %, 100 % (not 142.5 %).
	if n := len(lv.Curve); n != 3 {
		t.Fatalf("capped curve has %d points, want 3", n)
	}
	checkValue(t, "capped curve end", lv.Curve[2].Rate, "100", "100.00", "")
}

func TestWhatIfBreakEvenCountsOtherRevenue(t *testing.T) {
	// Same funnel, plus a revenue line of 300: the funnel only has to bring
	// 400 - 300 = 100, i.e. 1 conversion of 5: customers rate 25 x 1/5 = 5%.
	s := leverFunnel(true)
	s.Revenue = []roi.Revenue{revenue("300", "", false)}
	r := calculate(t, s)
	checkValue(t, "customers break-even", r.WhatIf.Funnel[2].BreakEvenRate, "5", "5.00", "")

	// Revenue already above cost: break-even needs nothing from the funnel.
	s.Revenue = []roi.Revenue{revenue("1000", "", false)}
	r = calculate(t, s)
	checkValue(t, "covered break-even", r.WhatIf.Funnel[2].BreakEvenRate, "0", "0.00", "")
}

func TestWhatIfUnreachable(t *testing.T) {
	// Cost 4000 needs 40 conversions; 5 come from a 25% stage, so it would
	// need 25 x 40 / 5 = 200%: more than every visitor, not reachable.
	s := leverFunnel(true)
	s.Costs = []roi.Cost{costLine("ads", "4000", "")}
	r := calculate(t, s)
	lv := r.WhatIf.Funnel[2]
	checkValue(t, "unreachable", lv.BreakEvenRate, "200", "200.00", "")
	if lv.Reachable {
		t.Error("a break-even rate of 200% cannot be reachable")
	}
}

func TestWhatIfDownstreamCountsKeepTheirRate(t *testing.T) {
	// Counts only: 1000 -> 100 -> 10. The second stage 10% better: 110;
	// the third keeps its 10%: 11, so +1 conversion.
	r := calculate(t, scenario(func(s *roi.Scenario) {
		s.Costs = []roi.Cost{costLine("ads", "50", "")}
		s.Funnel = &roi.Funnel{Stages: []roi.Stage{counted("reach", "1000"), counted("clicks", "100"), counted("orders", "10")}, ValuePerConversion: "20"}
	}))
	checkValue(t, "count-based downstream", r.WhatIf.Funnel[0].ConversionsDelta, "1", "1", "")
	// The value of +1 conversion: 1 x 20 = 20.
	checkValue(t, "value", r.WhatIf.Funnel[0].ValueDelta, "20", "20.00", "")
}

func TestWhatIfUndefinedLevers(t *testing.T) {
	zeroPrev := scenario(func(s *roi.Scenario) {
		s.Costs = []roi.Cost{costLine("ads", "50", "")}
		s.Funnel = &roi.Funnel{Stages: []roi.Stage{counted("reach", "0"), counted("clicks", "0"), rated("orders", "0")}, ValuePerConversion: "20"}
	})
	r := calculate(t, zeroPrev)
	checkValue(t, "after zero", r.WhatIf.Funnel[0].ConversionsDelta, "", "", "na.zeroprev")
	checkValue(t, "after zero break-even", r.WhatIf.Funnel[0].BreakEvenRate, "", "", "na.zeroprev")

	noValue := leverFunnel(true)
	noValue.Funnel.ValuePerConversion = ""
	r = calculate(t, noValue)
	checkValue(t, "no value", r.WhatIf.Funnel[0].BreakEvenRate, "", "", "na.novalue")

	noConversion := scenario(func(s *roi.Scenario) {
		s.Costs = []roi.Cost{costLine("ads", "50", "")}
		s.Funnel = &roi.Funnel{Stages: []roi.Stage{counted("reach", "100"), counted("clicks", "10"), rated("orders", "0")}, ValuePerConversion: "20"}
	})
	r = calculate(t, noConversion)
	checkValue(t, "no conversion", r.WhatIf.Funnel[0].BreakEvenRate, "", "", "na.noconversion")

	noCost := leverFunnel(true)
	noCost.Costs = nil
	r = calculate(t, noCost)
	checkValue(t, "no cost", r.WhatIf.Funnel[0].ROIDelta, "", "", "na.nocost")

	oneStage := scenario(func(s *roi.Scenario) { s.Funnel = &roi.Funnel{Stages: []roi.Stage{counted("orders", "3")}} })
	if r := calculate(t, oneStage); len(r.WhatIf.Funnel) != 0 {
		t.Errorf("a one-stage funnel has no rate to move: %+v", r.WhatIf.Funnel)
	}
}

func TestWhatIfCosts(t *testing.T) {
	r := calculate(t, leverFunnel(true))
	lv := r.WhatIf.Costs
	if len(lv) != 1 || lv[0].Category != "ads" || lv[0].Index != 0 {
		t.Fatalf("cost levers = %+v", lv)
	}
	// The 400 ads line 10% cheaper saves 40. ROI (500 - 360) / 360 =
	// 38.888…%, was 25%: +13.888… points.
	checkValue(t, "cost delta", lv[0].Delta, "-40", "-40.00", "")
	checkValue(t, "saving", lv[0].ProfitDelta, "40", "40.00", "")
	checkValue(t, "roi delta", lv[0].ROIDelta, "13.8888888888…", "13.89", "")

	// Two lines: 10% of the 100 staff line = 10; (500 - 390) / 390 =
	// 28.2051…%, +3.2051… points.
	s := leverFunnel(true)
	s.Costs = []roi.Cost{costLine("ads", "300", ""), staff("team", "10", "10")}
	r = calculate(t, s)
	checkValue(t, "staff delta", r.WhatIf.Costs[1].Delta, "-10", "-10.00", "")
	checkValue(t, "staff roi delta", r.WhatIf.Costs[1].ROIDelta, "3.2051282051…", "3.21", "")

	// Without cost, ROI is undefined before and after.
	s.Costs = []roi.Cost{costLine("ads", "0", "")}
	r = calculate(t, s)
	checkValue(t, "no cost", r.WhatIf.Costs[0].ROIDelta, "", "", "na.nocost")
}

func TestCompare(t *testing.T) {
	// A: cost 1000, revenue 1500 (paid, ads) -> ROI 50%, ROAS 1.5
	// B: cost 1000, revenue 2000 (paid, ads) -> ROI 100%, ROAS 2
	mk := func(name, rev string) roi.Report {
		r := calculate(t, scenario(func(s *roi.Scenario) {
			s.Name = name
			s.Costs = []roi.Cost{costLine("ads", "1000", "")}
			s.Revenue = []roi.Revenue{revenue(rev, "", true)}
		}))
		return r
	}
	a, b := mk("Q1", "1500"), mk("Q2", "2000")
	c := roi.Compare(a, b)
	if c.A != "Q1" || c.B != "Q2" || !c.SameCurrency {
		t.Errorf("comparison header = %+v", c)
	}
	var keys []string
	for _, row := range c.Rows {
		keys = append(keys, row.Key)
	}
	if !slices.Equal(keys, roi.CompareKeys) {
		t.Fatalf("rows %v, want %v", keys, roi.CompareKeys)
	}
	row := func(c roi.Comparison, key string) roi.CompareRow {
		i := slices.Index(roi.CompareKeys, key)
		return c.Rows[i]
	}
	// revenue +500, 500 / 1500 = 33.33%
	checkValue(t, "revenue change", row(c, "totals.directRevenue").Change, "500", "500.00", "")
	if u := row(c, "totals.directRevenue").Change.Unit(); u != roi.UnitMoney {
		t.Errorf("revenue change unit = %v, want money", u)
	}
	checkValue(t, "revenue change %", row(c, "totals.directRevenue").ChangePercent, "33.3333333333…", "33.33", "")
	// ROI 50% -> 100%: +50 percentage points, +100% relative
	rc := row(c, "roi.direct")
	checkValue(t, "roi change", rc.Change, "50", "50.00", "")
	if rc.Change.Unit() != roi.UnitPoints {
		t.Errorf("ROI change unit = %v, want points", rc.Change.Unit())
	}
	checkValue(t, "roi change %", rc.ChangePercent, "100", "100.00", "")
	// ROAS 1.5 -> 2: +0.5, 0.5 / 1.5 = 33.33%
	checkValue(t, "roas change", row(c, "roas").Change, "0.5", "0.50", "")
	// unchanged cost: 0 and 0%
	checkValue(t, "cost change", row(c, "totals.cost").Change, "0", "0.00", "")
	checkValue(t, "cost change %", row(c, "totals.cost").ChangePercent, "0", "0.00", "")
	// savings 0 -> 0: change 0, but relative to zero is undefined
	checkValue(t, "savings change %", row(c, "totals.savings").ChangePercent, "", "", "na.zerobase")
	// no margin on either side
	checkValue(t, "profit change", row(c, "roi.profit").Change, "", "", "na.nocompare")
	checkValue(t, "funnel change", row(c, "funnel.conversions").Change, "", "", "na.nocompare")

	// A loss to a gain: ROI -50% -> 100% is +150 points, 150 / |-50| = +300%.
	loss := mk("Q0", "500")
	rc = row(roi.Compare(loss, b), "roi.direct")
	checkValue(t, "from a loss", rc.Change, "150", "150.00", "")
	checkValue(t, "from a loss %", rc.ChangePercent, "300", "300.00", "")

	// Different currencies: money cannot be compared, percentages can.
	other := scenario(func(s *roi.Scenario) {
		s.Costs = []roi.Cost{costLine("ads", "1000", "")}
		s.Revenue = []roi.Revenue{revenue("1500", "", true)}
	})
	other.Currency = "USD"
	c = roi.Compare(a, calculate(t, other))
	if c.SameCurrency {
		t.Error("EUR and USD are not the same currency")
	}
	checkValue(t, "money across currencies", row(c, "totals.cost").Change, "", "", "na.currency")
	checkValue(t, "roi across currencies", row(c, "roi.direct").Change, "0", "0.00", "")
}

func TestWarnings(t *testing.T) {
	base := func(edit func(s *roi.Scenario)) roi.Scenario {
		return scenario(func(s *roi.Scenario) {
			s.Costs = []roi.Cost{staff("team", "10", "50"), costLine("ads", "500", "")}
			s.Revenue = []roi.Revenue{revenue("1500", "", true)}
			if edit != nil {
				edit(s)
			}
		})
	}
	cases := []struct {
		name string
		s    roi.Scenario
		want []string
	}{
		{"clean", base(nil), nil},
		{"no cost", scenario(nil), []string{"warn.nocost"}},
		// return 20000 >= 20 x cost 1000
		{"tiny cost", base(func(s *roi.Scenario) { s.Revenue = []roi.Revenue{revenue("20000", "", true)} }), []string{"warn.tinycost"}},
		{"just below tiny", base(func(s *roi.Scenario) { s.Revenue = []roi.Revenue{revenue("19999.99", "", true)} }), nil},
		{"no staff", base(func(s *roi.Scenario) { s.Costs = s.Costs[1:] }), []string{"warn.nostaff"}},
		{"purchases valued beside revenue", base(func(s *roi.Scenario) {
			s.Actions = []roi.Action{{Label: "Orders", Type: "macro", Stage: "purchase", Count: "2", UnitValue: "10"}}
		}), []string{"warn.inrevenue"}},
		{"leads marked as in revenue", base(func(s *roi.Scenario) {
			s.Actions = []roi.Action{{Label: "Leads", Type: "macro", Count: "2", ValueFrom: &roi.ValueFrom{Method: "conversion", Rate: "50", Value: "100"}, InRevenue: ptr(true)}}
		}), nil},
		{"leads confirmed separate", base(func(s *roi.Scenario) {
			s.Actions = []roi.Action{{Label: "Leads", Type: "macro", Count: "2", ValueFrom: &roi.ValueFrom{Method: "conversion", Rate: "50", Value: "100"}, InRevenue: ptr(false)}}
		}), nil},
		{"leads on another channel than revenue", base(func(s *roi.Scenario) {
			s.Revenue[0].Channel = "facebook"
			s.Actions = []roi.Action{{Label: "Leads", Type: "macro", Count: "2", UnitValue: "10", Channel: "linkedin"}}
		}), nil},
		{"paid clicks at their price", base(func(s *roi.Scenario) {
			s.Actions = []roi.Action{{Label: "Ad clicks", Type: "micro", Count: "100", ValueFrom: &roi.ValueFrom{Method: "cpc", Value: "0.5"}, Paid: true}}
		}), []string{"warn.paidclick"}},
		{"unpaid clicks beside earned media", base(func(s *roi.Scenario) {
			s.Actions = []roi.Action{{Label: "Link clicks", Type: "micro", Count: "100", ValueFrom: &roi.ValueFrom{Method: "cpc", Value: "0.5"}}}
			s.EarnedMedia = &roi.Earned{Visits: "100", CostPerClick: "0.5"}
		}), []string{"warn.earnedclick"}},
		{"platform-reported revenue at 100%", base(func(s *roi.Scenario) { s.Revenue[0].Source = "platform" }), []string{"warn.platformrevenue"}},
		{"platform-reported revenue with a share", base(func(s *roi.Scenario) { s.Revenue[0].Source, s.Revenue[0].Attribution = "platform", "60" }), nil},
		{"purchase actions without revenue", base(func(s *roi.Scenario) {
			s.Revenue = nil
			s.Costs = s.Costs[:1]
			s.Actions = []roi.Action{{Label: "Orders", Type: "macro", Stage: "purchase", Count: "40", UnitValue: "25"}}
		}), []string{"warn.mostlyestimate"}}, // not counted twice, but all estimated
		{"funnel and revenue lines", base(func(s *roi.Scenario) {
			s.Funnel = &roi.Funnel{Stages: []roi.Stage{counted("orders", "1")}, ValuePerConversion: "10", UseAsRevenue: true}
		}), []string{"warn.doublefunnel"}},
		{"funnel grows", base(func(s *roi.Scenario) {
			s.Funnel = &roi.Funnel{Stages: []roi.Stage{counted("clicks", "10"), counted("leads", "11")}}
		}), []string{"warn.funnelgrows"}},
		{"funnel rate over 100", base(func(s *roi.Scenario) {
			s.Funnel = &roi.Funnel{Stages: []roi.Stage{counted("clicks", "10"), rated("leads", "150")}}
		}), []string{"warn.funnelgrows"}},
		{"ads without paid revenue", base(func(s *roi.Scenario) { s.Revenue[0].Paid = false }), []string{"warn.adsnopaid"}},
		{"negative lift", base(func(s *roi.Scenario) {
			s.Period = &roi.Period{Months: "3"}
			s.Lift = &roi.Lift{EngagedCustomers: "1", EngagedValue: "10", BaselineValue: "20"}
		}), []string{"warn.liftnegative"}},
		{"lift without a period", base(func(s *roi.Scenario) {
			s.Lift = &roi.Lift{EngagedCustomers: "1", EngagedValue: "20", BaselineValue: "10"}
		}), []string{"warn.periodassumed"}},
		// estimated 1501 of total 3001 is just over half
		{"mostly estimated", base(func(s *roi.Scenario) { s.Savings = []roi.Saving{{Label: "s", Count: "1", UnitCost: "1501"}} }), []string{"warn.mostlyestimate"}},
		// exactly half is not "mostly"
		{"half estimated", base(func(s *roi.Scenario) { s.Savings = []roi.Saving{{Label: "s", Count: "1", UnitCost: "1500"}} }), nil},
		{"action without value", base(func(s *roi.Scenario) { s.Actions = []roi.Action{{Label: "Likes", Type: "micro", Count: "10"}} }), []string{"warn.novalue"}},
		{"uncounted action without value", base(func(s *roi.Scenario) { s.Actions = []roi.Action{{Label: "Likes", Type: "micro", Count: "0"}} }), nil},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			r := calculate(t, tc.s)
			var got []string
			for _, w := range r.Warnings {
				got = append(got, w.Code)
				if w.String() == w.Code {
					t.Errorf("warning %s has no English text", w.Code)
				}
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("warnings = %v, want %v", got, tc.want)
			}
		})
	}

	// The amount at stake is in the sentence.
	r0 := calculate(t, base(func(s *roi.Scenario) {
		s.Actions = []roi.Action{{Label: "Ad clicks", Type: "micro", Count: "100", ValueFrom: &roi.ValueFrom{Method: "cpc", Value: "0.5"}, Paid: true}}
	}))
	if got, want := r0.Warnings[0].String(), "Ad clicks are paid clicks valued at a pay-per-click price (50.00): the ad spend bought them, so they are shown but not added to the return."; got != want {
		t.Errorf("warning = %q, want %q", got, want)
	}
	// The arguments are the presented figures.
	r := calculate(t, base(func(s *roi.Scenario) { s.Revenue[0].Paid = false }))
	if got, want := r.Warnings[0].String(), "Ads cost 500.00 but no revenue is marked as paid, so ROAS is 0."; got != want {
		t.Errorf("warning = %q, want %q", got, want)
	}
	r = calculate(t, base(func(s *roi.Scenario) { s.Actions = []roi.Action{{Type: "micro", Count: "10"}} }))
	if got, want := r.Warnings[0].String(), "actions[0] has no value per action, so it adds nothing."; got != want {
		t.Errorf("warning = %q, want %q", got, want)
	}
}

func ptr[T any](v T) *T { return &v }

func TestEveryMessageCodeHasEnglish(t *testing.T) {
	codes := roi.MessageCodes()
	if !slices.IsSorted(codes) || len(codes) == 0 {
		t.Fatalf("MessageCodes not sorted: %v", codes)
	}
	for _, c := range codes {
		if roi.EnglishMessages[c] == "" {
			t.Errorf("%s has no English sentence", c)
		}
	}
	// An unknown code still says something.
	if got := (roi.Message{Code: "x.unknown", Args: []string{"a"}}).String(); got != "x.unknown a" {
		t.Errorf("unknown code renders %q", got)
	}
}
