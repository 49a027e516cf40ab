package roi_test

import (
	"strconv"
	"testing"

	"github.com/socialroi/socialroi/roi"
)

// Budgets on a 2-core machine: a preset under 50 µs, the large scenario
// under 2 ms and the largest valid scenario under 5 ms (the app
// recalculates on every keystroke).

func BenchmarkCalculatePreset(b *testing.B) {
	for _, name := range roi.PresetNames {
		s, _ := roi.Preset(name)
		b.Run(name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := roi.Calculate(s); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// largeScenario has n cost, revenue and action lines spread over 12
// channels, and a 10-stage funnel of counts and rates.
func largeScenario(n int) roi.Scenario {
	channels := []string{"facebook", "instagram", "linkedin", "x", "tiktok", "youtube", "pinterest",
		"threads", "reddit", "snapchat", "mastodon", ""}
	categories := roi.CostCategories
	s := roi.New("large", "EUR")
	for i := range n {
		ch := channels[i%len(channels)]
		num := func(base, step int) roi.Number {
			return roi.N(strconv.Itoa(base+i*step) + "." + strconv.Itoa(10+i%90))
		}
		c := roi.Cost{Label: "cost " + strconv.Itoa(i), Category: categories[i%len(categories)], Channel: ch}
		if c.Category == "staff" {
			c.Hours, c.HourlyRate = num(10, 1), num(30, 0)
		} else {
			c.Amount = num(100, 7)
		}
		s.Costs = append(s.Costs, c)
		s.Revenue = append(s.Revenue, roi.Revenue{Label: "revenue " + strconv.Itoa(i), Amount: num(500, 11), Channel: ch, Paid: i%3 == 0})
		a := roi.Action{Label: "action " + strconv.Itoa(i), Type: roi.ActionTypes[i%2], Stage: roi.FunnelStages[i%3], Count: num(1000, 13), Channel: ch, Paid: i%4 == 0}
		switch i % 3 {
		case 0:
			a.UnitValue = "0.35"
		case 1:
			a.ValueFrom = &roi.ValueFrom{Method: "conversion", Rate: "12.5", Value: num(50, 1)}
		default:
			a.ValueFrom = &roi.ValueFrom{Method: "cpc", Value: "1.15"}
		}
		s.Actions = append(s.Actions, a)
	}
	s.Funnel = &roi.Funnel{ValuePerConversion: "149.90", UseAsRevenue: true}
	s.Funnel.Stages = append(s.Funnel.Stages, roi.Stage{Metric: "impressions", Count: "12500000"})
	for i := 1; i < 10; i++ {
		st := roi.Stage{Metric: "stage" + strconv.Itoa(i)}
		if i%3 == 0 {
			st.Count = roi.N(strconv.Itoa(12500000 / (i * i * 40)))
		} else {
			st.Rate = roi.N(strconv.Itoa(20+i*5) + ".5")
		}
		s.Funnel.Stages = append(s.Funnel.Stages, st)
	}
	s.EarnedMedia = &roi.Earned{Visits: "18000", CostPerClick: "0.85"}
	s.Savings = []roi.Saving{{Label: "support", Count: "400", UnitCost: "6.5"}}
	s.Lift = &roi.Lift{EngagedCustomers: "900", EngagedValue: "260", BaselineValue: "200"}
	s.GrossMargin = "38.5"
	s.Goals = []roi.Goal{{Metric: "revenue", Target: "500000"}, {Metric: "cost", Target: "900000"}, {Metric: "stage6", Target: "1000"}}
	return s
}

func TestLargeScenarioIsValid(t *testing.T) {
	s := largeScenario(500)
	r := calculate(t, s)
	if len(r.Channels) != 11 || len(r.Funnel) != 10 || len(r.WhatIf.Costs) != 500 || len(r.WhatIf.Funnel) != 9 {
		t.Errorf("channels %d, funnel %d, cost levers %d, funnel levers %d", len(r.Channels), len(r.Funnel), len(r.WhatIf.Costs), len(r.WhatIf.Funnel))
	}
	checkAddsUp(t, r)
}

// largestScenario is as large as a scenario may be: every list at
// MaxListLength, MaxFunnelStages stages of rates with 12 decimals, a range on
// every estimate, a period of days (the year fraction is 1/365ths), a
// subscription.
func largestScenario() roi.Scenario {
	s := largeScenario(roi.MaxListLength)
	s.Period = &roi.Period{Start: "2026-01-10", End: "2026-04-17"}
	for i := range s.Revenue {
		s.Revenue[i].Attribution, s.Revenue[i].AttributionRange = "80", &roi.Range{Low: "60", High: "95"}
	}
	for i := range s.Actions {
		a := &s.Actions[i]
		if a.ValueFrom != nil {
			a.ValueFrom.ValueRange = &roi.Range{Low: "0.5", High: "99999"}
		} else {
			a.UnitValueRange = &roi.Range{Low: "0.1", High: "0.9"}
		}
	}
	s.Funnel.Stages = s.Funnel.Stages[:1]
	for len(s.Funnel.Stages) < roi.MaxFunnelStages {
		s.Funnel.Stages = append(s.Funnel.Stages, roi.Stage{Metric: "s" + strconv.Itoa(len(s.Funnel.Stages)), Rate: "97.123456789012"})
	}
	s.Goals[2].Metric = "s6"
	s.Funnel.ValuePerConversionRange = &roi.Range{Low: "100", High: "180"}
	s.EarnedMedia.CostPerClickRange = &roi.Range{Low: "0.5", High: "1.5"}
	for len(s.Savings) < roi.MaxShortList {
		s.Savings = append(s.Savings, roi.Saving{Label: "s", Count: "3", UnitCost: "2.5", UnitCostRange: &roi.Range{Low: "1", High: "4"}})
	}
	for len(s.Goals) < roi.MaxShortList {
		s.Goals = append(s.Goals, roi.Goal{Metric: "roiProfit", Target: "25"})
	}
	for len(s.Indirect) < roi.MaxShortList {
		s.Indirect = append(s.Indirect, roi.Indirect{Kind: "reputation"})
	}
	s.Subscription = &roi.Subscription{ARPA: "49.90", ARPARange: &roi.Range{Low: "39", High: "59"}, Churn: "3.5", ChurnRange: &roi.Range{Low: "2", High: "6"}}
	return s
}

func BenchmarkCalculateLargest(b *testing.B) {
	s := largestScenario()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := roi.Calculate(s); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkCalculateLarge(b *testing.B) {
	s := largeScenario(500)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := roi.Calculate(s); err != nil {
			b.Fatal(err)
		}
	}
}
