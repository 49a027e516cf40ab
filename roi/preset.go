package roi

// PresetNames are the business-model presets, in the order they are offered.
var PresetNames = []string{"ecommerce", "b2b", "saas", "local"}

// Preset returns a ready scenario for a business model: labelled cost lines,
// the actions that model tracks and a funnel, with plausible numbers for one
// quarter. The second result is false for an unknown name.
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

// An online shop selling to consumers: tracked by link clicks, add-to-cart
// and checkouts; revenue from the shop's analytics, paid and organic.
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
			{Label: "Orders from organic posts", Amount: "6200", Channel: "instagram"},
		},
		Actions: []Action{
			{Label: "Link clicks", Type: "micro", Stage: "interest", Count: "18500", ValueFrom: &ValueFrom{Method: "cpc", Value: "0.45"}},
			{Label: "Shares", Type: "micro", Stage: "interest", Count: "2100", UnitValue: "0.30"},
			{Label: "New followers", Type: "micro", Stage: "awareness", Count: "3400", UnitValue: "0.50"},
			{Label: "Newsletter sign-ups", Type: "macro", Stage: "evaluation", Count: "620", ValueFrom: &ValueFrom{Method: "conversion", Rate: "12", Value: "58"}},
		},
		Funnel: &Funnel{
			Stages: []Stage{
				{Stage: "awareness", Metric: "impressions", Count: "1450000"},
				{Stage: "interest", Metric: "link-clicks", Count: "18500"},
				{Stage: "evaluation", Metric: "add-to-cart", Rate: "9"},
				{Stage: "purchase", Metric: "checkouts", Rate: "34"},
			},
			ValuePerConversion: "58",
		},
		EarnedMedia: &Earned{Visits: "6400", CostPerClick: "0.45"},
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

// A business selling to businesses: long cycles, tracked by demo requests
// and qualified leads valued by close rate x deal size.
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
			{Label: "Closed deals sourced from LinkedIn ads", Amount: "36000", Channel: "linkedin", Paid: true},
			{Label: "Closed deals from organic posts", Amount: "18000", Channel: "linkedin"},
		},
		Actions: []Action{
			{Label: "Whitepaper downloads", Type: "macro", Stage: "interest", Count: "420", ValueFrom: &ValueFrom{Method: "conversion", Rate: "2", Value: "12000"}, Channel: "linkedin"},
			{Label: "Demo requests", Type: "macro", Stage: "evaluation", Count: "64", ValueFrom: &ValueFrom{Method: "conversion", Rate: "15", Value: "12000"}, Channel: "linkedin", Paid: true},
			{Label: "Post engagements", Type: "micro", Stage: "interest", Count: "5200", UnitValue: "0.40", Channel: "linkedin"},
		},
		Funnel: &Funnel{
			Stages: []Stage{
				{Stage: "awareness", Metric: "impressions", Count: "420000"},
				{Stage: "interest", Metric: "clicks", Count: "5600"},
				{Stage: "evaluation", Metric: "qualified-leads", Rate: "4"},
				{Stage: "purchase", Metric: "customers", Rate: "20"},
			},
			ValuePerConversion: "12000",
		},
		Lift:        &Lift{EngagedCustomers: "40", EngagedValue: "15000", BaselineValue: "12000"},
		Indirect:    []Indirect{{Kind: "thought-leadership", Note: "founder invited to speak at two industry events"}, {Kind: "relationships"}},
		GrossMargin: "60",
		Goals: []Goal{
			{Metric: "qualified-leads", Target: "250", Deadline: "2026-03-31"},
			{Metric: "roi", Target: "100"},
		},
	}
}

// A subscription software product: tracked by free trials and paid
// conversions, customer value over the first year.
func saas() Scenario {
	return Scenario{
		Name: "SaaS: trial growth quarter", Currency: "USD", Period: quarter(),
		Costs: []Cost{
			{Label: "Growth marketer", Category: "staff", Hours: "200", HourlyRate: "60"},
			{Label: "Community and support on social", Category: "staff", Hours: "80", HourlyRate: "40"},
			{Label: "X ads", Category: "ads", Amount: "3000", Channel: "x"},
			{Label: "LinkedIn ads", Category: "ads", Amount: "5000", Channel: "linkedin"},
			{Label: "YouTube tutorials (freelance editor)", Category: "content", Amount: "2400", Channel: "youtube"},
			{Label: "Social listening tool", Category: "tools", Amount: "900"},
		},
		Revenue: []Revenue{
			{Label: "First-year subscriptions from LinkedIn ads", Amount: "14400", Channel: "linkedin", Paid: true},
			{Label: "First-year subscriptions from X ads", Amount: "7200", Channel: "x", Paid: true},
			{Label: "First-year subscriptions from organic social", Amount: "14400"},
		},
		Actions: []Action{
			{Label: "Free trials", Type: "macro", Stage: "evaluation", Count: "780", ValueFrom: &ValueFrom{Method: "conversion", Rate: "4", Value: "1200"}},
			{Label: "Tutorial video views", Type: "micro", Stage: "interest", Count: "48000", UnitValue: "0.02", Channel: "youtube"},
			{Label: "Follows", Type: "micro", Stage: "awareness", Count: "2600", UnitValue: "0.25"},
		},
		Funnel: &Funnel{
			Stages: []Stage{
				{Stage: "awareness", Metric: "impressions", Count: "900000"},
				{Stage: "interest", Metric: "visits", Count: "15600"},
				{Stage: "evaluation", Metric: "trials", Rate: "5"},
				{Stage: "purchase", Metric: "customers", Rate: "12"},
			},
			ValuePerConversion: "1200",
		},
		EarnedMedia: &Earned{Visits: "4200", CostPerClick: "2.10"},
		Savings:     []Saving{{Label: "Support tickets avoided by public answers", Count: "540", UnitCost: "6"}},
		Lift:        &Lift{EngagedCustomers: "120", EngagedValue: "1500", BaselineValue: "1200"},
		Indirect:    []Indirect{{Kind: "content-skills", Note: "the team now produces video in house"}},
		GrossMargin: "80",
		Goals: []Goal{
			{Metric: "trials", Target: "1000", Deadline: "2026-03-31"},
			{Metric: "roiTotal", Target: "150"},
		},
	}
}

// A physical store: reach and impressions in the area, store visits, and
// the sales social brings through the door.
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
			{Label: "Sales from organic posts (\"saw it on Instagram\")", Amount: "12500", Channel: "instagram"},
		},
		Actions: []Action{
			{Label: "Direction requests", Type: "micro", Stage: "interest", Count: "640", UnitValue: "3"},
			{Label: "Table bookings via social", Type: "macro", Stage: "evaluation", Count: "85", ValueFrom: &ValueFrom{Method: "conversion", Rate: "90", Value: "180"}},
		},
		Funnel: &Funnel{
			Stages: []Stage{
				{Stage: "awareness", Metric: "impressions", Count: "210000"},
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
