package roi

// PresetNames are the business-model presets, in the order they are offered.
var PresetNames = []string{"ecommerce", "b2b", "saas", "local"}

// Preset returns a ready scenario for a business model: labelled cost lines,
// the actions that model tracks and a funnel, with plausible numbers for one
// quarter. Each is consistent with itself (the funnel's customers x value
// per conversion is the revenue entered, one close rate per step) and counts
// no money twice. The second result is false for an unknown name.
func Preset(name string) (Scenario, bool) {
	var s Scenario
	switch name {
	case "ecommerce":
		s = ecommerce()
	case "b2b":
		s = b2b()
	case "saas":
		s = saas()
	case "local":
		s = local()
	default:
		return Scenario{}, false
	}
	s.Format, s.Version, s.BusinessModel = FormatID, Version, name
	return s.Clone(), true
}

func quarter() *Period { return &Period{Start: "2026-01-01", End: "2026-03-31"} }

// yes and no are the answers to "is this action's money already in revenue?".
func yes() *bool { t := true; return &t }
func no() *bool  { f := false; return &f }

// An online shop selling to consumers: tracked by link clicks, add-to-cart
// and checkouts; revenue from the shop's analytics, paid and organic.
// 555 checkouts x 58 = the 32,190 of orders entered; 12,000 of the 18,500
// link clicks were paid (8,300 of ads: 0.69 a click), the other 6,500 are
// the earned media, valued at that price.
func ecommerce() Scenario {
	return Scenario{
		Name: "Online shop: spring quarter", Currency: "EUR", Period: quarter(),
		Costs: []Cost{
			{Label: "Social media manager", Category: "staff", Hours: "160", HourlyRate: "38"},
			{Label: "Content creation (photo, video)", Category: "staff", Hours: "60", HourlyRate: "45", Channel: "instagram"},
			{Label: "Instagram ads", Category: "ads", Amount: "4200", Channel: "instagram"},
			{Label: "Facebook ads", Category: "ads", Amount: "2600", Channel: "facebook"},
			{Label: "TikTok ads", Category: "ads", Amount: "1500", Channel: "tiktok"},
			{Label: "Scheduling and analytics tools", Category: "tools", Amount: "297"},
			{Label: "Influencer posts", Category: "content", Amount: "1800", Channel: "instagram"},
			{Label: "Discount codes used by social followers", Category: "service", Amount: "950"},
		},
		Revenue: []Revenue{
			{Label: "Orders from Instagram ads", Amount: "14800", Channel: "instagram", Paid: true},
			{Label: "Orders from Facebook ads", Amount: "7300", Channel: "facebook", Paid: true},
			{Label: "Orders from TikTok ads", Amount: "3900", Channel: "tiktok", Paid: true},
			{Label: "Orders from organic posts", Amount: "6190", Channel: "instagram"},
		},
		Actions: []Action{
			{Label: "Shares", Type: "micro", Stage: "interest", Count: "2100", UnitValue: "0.30", UnitValueRange: &Range{Low: "0.10", High: "0.50"}},
			{Label: "New followers", Type: "micro", Stage: "awareness", Count: "3400", UnitValue: "0.50", UnitValueRange: &Range{Low: "0.25", High: "1"}},
			{Label: "Newsletter sign-ups (orders to come)", Type: "macro", Stage: "evaluation", Count: "620",
				ValueFrom: &ValueFrom{Method: "conversion", Rate: "12", RateRange: &Range{Low: "8", High: "15"}, Value: "58"}, InRevenue: no()},
		},
		Funnel: &Funnel{
			Stages: []Stage{
				{Stage: "awareness", Metric: "impressions", Count: "1450000", PaidCount: "980000"},
				{Stage: "interest", Metric: "link-clicks", Count: "18500", PaidCount: "12000"},
				{Stage: "evaluation", Metric: "add-to-cart", Rate: "9"},
				{Stage: "purchase", Metric: "checkouts", Count: "555"},
			},
			ValuePerConversion: "58",
		},
		EarnedMedia: &Earned{Visits: "6500", CostPerClick: "0.69"},
		Savings:     []Saving{{Label: "Order questions answered in comments and DMs", Count: "310", UnitCost: "4.20"}},
		Indirect: []Indirect{
			{Kind: "word-of-mouth", Note: "customers tag the shop in unboxing videos"},
			{Kind: "search-authority", Note: "brand searches up since the spring campaign"},
		},
		GrossMargin: "45",
		Goals: []Goal{
			{Metric: "revenue", Target: "36000", Deadline: "2026-03-31"},
			{Metric: "roas", Target: "3"},
		},
	}
}

// A business selling to businesses: long cycles. Four deals of 12,000 were
// won (80 qualified leads closing at 5 %: the funnel's 4 customers x 12,000
// = the 48,000 entered); the 12 opportunities still open are the pipeline,
// valued at the same deal size and a 25 % close rate, and not in revenue.
func b2b() Scenario {
	return Scenario{
		Name: "B2B services: LinkedIn quarter", Currency: "USD", Period: quarter(),
		Costs: []Cost{
			{Label: "Content marketer", Category: "staff", Hours: "180", HourlyRate: "55", Channel: "linkedin"},
			{Label: "Sales team social selling", Category: "staff", Hours: "90", HourlyRate: "70", Channel: "linkedin"},
			{Label: "LinkedIn sponsored content", Category: "ads", Amount: "9000", Channel: "linkedin"},
			{Label: "Analytics and CRM add-on", Category: "tools", Amount: "1200"},
			{Label: "Agency whitepaper", Category: "content", Amount: "4500"},
			{Label: "Social selling training", Category: "training", Amount: "1500"},
		},
		Revenue: []Revenue{
			{Label: "Closed deals sourced from LinkedIn ads (3)", Amount: "36000", Channel: "linkedin", Paid: true},
			{Label: "Closed deal from organic posts (1)", Amount: "12000", Channel: "linkedin",
				Attribution: "80", AttributionRange: &Range{Low: "50", High: "100"}},
		},
		Actions: []Action{
			{Label: "Open opportunities (pipeline)", Type: "macro", Stage: "evaluation", Count: "12",
				ValueFrom: &ValueFrom{Method: "conversion", Rate: "25", RateRange: &Range{Low: "15", High: "35"}, Value: "12000"},
				Channel:   "linkedin", InRevenue: no()},
			{Label: "Post engagements", Type: "micro", Stage: "interest", Count: "5200", UnitValue: "0.40", UnitValueRange: &Range{Low: "0.10", High: "0.60"}, Channel: "linkedin"},
		},
		Funnel: &Funnel{
			Stages: []Stage{
				{Stage: "awareness", Metric: "impressions", Count: "420000", PaidCount: "300000"},
				{Stage: "interest", Metric: "clicks", Count: "5600", PaidCount: "3600"},
				{Stage: "evaluation", Metric: "qualified-leads", Count: "80"},
				{Stage: "purchase", Metric: "customers", Rate: "5"},
			},
			ValuePerConversion: "12000",
		},
		Lift:        &Lift{EngagedCustomers: "20", EngagedValue: "15000", EngagedValueRange: &Range{Low: "13500", High: "16000"}, BaselineValue: "13500"},
		Indirect:    []Indirect{{Kind: "thought-leadership", Note: "founder invited to speak at two industry events"}, {Kind: "relationships"}},
		GrossMargin: "60",
		Goals: []Goal{
			{Metric: "qualified-leads", Target: "100", Deadline: "2026-03-31"},
			{Metric: "roiProfit", Target: "10"},
		},
	}
}

// A subscription software product: 780 free trials converting at one rate,
// 10 %, to 78 new customers at 100 a month; the quarter's revenue is what
// they paid in it (200 each on average: 78 x 200 = 15,600). Lifetime value
// and CAC payback come from the subscription block.
func saas() Scenario {
	return Scenario{
		Name: "SaaS: trial growth quarter", Currency: "USD", Period: quarter(),
		Costs: []Cost{
			{Label: "Growth marketer", Category: "staff", Hours: "200", HourlyRate: "60"},
			{Label: "Community and support on social", Category: "staff", Hours: "80", HourlyRate: "40"},
			{Label: "Ad creative and campaign management", Category: "staff", Hours: "30", HourlyRate: "60", Paid: true},
			{Label: "X ads", Category: "ads", Amount: "3000", Channel: "x"},
			{Label: "LinkedIn ads", Category: "ads", Amount: "5000", Channel: "linkedin"},
			{Label: "YouTube tutorials (freelance editor)", Category: "content", Amount: "2400", Channel: "youtube"},
			{Label: "Social listening tool", Category: "tools", Amount: "900"},
		},
		Revenue: []Revenue{
			{Label: "Subscriptions paid this quarter, LinkedIn ads customers", Amount: "6000", Channel: "linkedin", Paid: true},
			{Label: "Subscriptions paid this quarter, X ads customers", Amount: "3000", Channel: "x", Paid: true},
			{Label: "Subscriptions paid this quarter, organic social customers", Amount: "6600"},
		},
		Actions: []Action{
			{Label: "Trials still running at quarter end", Type: "macro", Stage: "evaluation", Count: "120",
				ValueFrom: &ValueFrom{Method: "conversion", Rate: "10", RateRange: &Range{Low: "7", High: "12"}, Value: "200"}, InRevenue: no()},
			{Label: "Tutorial video views", Type: "micro", Stage: "interest", Count: "48000", UnitValue: "0.02", Channel: "youtube"},
			{Label: "Follows", Type: "micro", Stage: "awareness", Count: "2600", UnitValue: "0.25", UnitValueRange: &Range{Low: "0.10", High: "0.40"}},
		},
		Funnel: &Funnel{
			Stages: []Stage{
				{Stage: "awareness", Metric: "impressions", Count: "900000", PaidCount: "600000"},
				{Stage: "interest", Metric: "visits", Count: "15600", PaidCount: "8000"},
				{Stage: "evaluation", Metric: "trials", Rate: "5"},
				{Stage: "purchase", Metric: "customers", Rate: "10"},
			},
			ValuePerConversion: "200",
		},
		EarnedMedia:  &Earned{Visits: "4200", CostPerClick: "1", CostPerClickRange: &Range{Low: "0.60", High: "1.40"}},
		Savings:      []Saving{{Label: "Support tickets avoided by public answers", Count: "540", UnitCost: "6"}},
		Lift:         &Lift{EngagedCustomers: "120", EngagedValue: "1500", BaselineValue: "1200"},
		Indirect:     []Indirect{{Kind: "content-skills", Note: "the team now produces video in house"}},
		GrossMargin:  "80",
		Subscription: &Subscription{ARPA: "100", Churn: "2.5", ChurnRange: &Range{Low: "2", High: "4"}},
		Goals: []Goal{
			{Metric: "trials", Target: "1000", Deadline: "2026-03-31"},
			{Metric: "roiTotal", Target: "150"},
		},
	}
}

// A physical store: reach and impressions in the area, store visits, and
// the sales social brings through the door. 268 purchases x 125 = the
// 33,500 of sales entered; the table bookings are among those dinners, so
// they are shown but not added.
func local() Scenario {
	return Scenario{
		Name: "Local café: winter quarter", Currency: "NOK", Period: quarter(),
		Costs: []Cost{
			{Label: "Owner's time on posts and replies", Category: "staff", Hours: "40", HourlyRate: "350"},
			{Label: "Facebook and Instagram local ads", Category: "ads", Amount: "6000", Channel: "facebook"},
			{Label: "Photographer", Category: "content", Amount: "4000", Channel: "instagram"},
			{Label: "Free coffee for check-ins", Category: "service", Amount: "1800"},
		},
		Revenue: []Revenue{
			{Label: "Sales from ad offer redemptions", Amount: "21000", Channel: "facebook", Paid: true},
			{Label: "Sales from organic posts (\"saw it on Instagram\")", Amount: "12500", Channel: "instagram",
				Attribution: "70", AttributionRange: &Range{Low: "50", High: "90"}},
		},
		Actions: []Action{
			{Label: "Direction requests", Type: "micro", Stage: "interest", Count: "640", UnitValue: "3", UnitValueRange: &Range{Low: "1", High: "5"}},
			{Label: "Table bookings via social", Type: "macro", Stage: "evaluation", Count: "85",
				ValueFrom: &ValueFrom{Method: "conversion", Rate: "90", Value: "180"}, InRevenue: yes()},
		},
		Funnel: &Funnel{
			Stages: []Stage{
				{Stage: "awareness", Metric: "impressions", Count: "210000", PaidCount: "150000"},
				{Stage: "awareness", Metric: "reach", Count: "60000"},
				{Stage: "evaluation", Metric: "store-visits", Count: "335"},
				{Stage: "purchase", Metric: "purchases", Rate: "80"},
			},
			ValuePerConversion: "125", // 268 purchases x 125 = the 33,500 of sales above
		},
		Indirect:    []Indirect{{Kind: "reputation", Note: "more reviews on maps since the winter campaign"}, {Kind: "word-of-mouth"}},
		GrossMargin: "65",
		Goals:       []Goal{{Metric: "store-visits", Target: "400", Deadline: "2026-03-31"}},
	}
}
