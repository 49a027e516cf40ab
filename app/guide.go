package app

import "github.com/maxence-charriere/go-app/v10/pkg/app"

type guideModel struct {
	name   string
	stages [4]string // awareness, interest, evaluation, purchase
}

var guideModels = []guideModel{
	{"E-commerce", [4]string{
		"Reach and impressions of posts and ads.",
		"Link clicks to product pages, saves, shares.",
		"Add-to-cart and checkouts started from social visits.",
		"Orders and revenue from social (tagged links, promo codes).",
	}},
	{"B2B", [4]string{
		"Impressions among the people who buy: job titles, companies.",
		"Clicks to articles, follows of the company page, event sign-ups.",
		"Demo requests, marketing- and sales-qualified leads.",
		"Deals won, and their size; the pipeline they opened.",
	}},
	{"SaaS", [4]string{
		"Reach of posts, videos and ads.",
		"Visits to the pricing and feature pages.",
		"Trial sign-ups and activated trials.",
		"Paying customers, their monthly value and how long they stay.",
	}},
	{"Local store", [4]string{
		"Reach in your area.",
		"Profile visits, direction requests, calls.",
		"Store visits (offer codes, check-ins, asking at the till).",
		"Purchases in store attributed to social offers.",
	}},
}

var guideMetrics = [][2]string{
	{"Direct ROI", "(revenue from social − total social cost) ÷ cost × 100. The number your boss asks for: what each unit spent brought back, in money that reached the bank. n/a when no cost is entered."},
	{"Total ROI (estimate)", "The same, with the estimated values added: the value of actions, earned media, service savings and customer lift. Show it after the direct ROI, and say it is an estimate."},
	{"ROI on gross profit", "Uses revenue × gross margin instead of revenue: a sale of 100 at 40% margin earns 40. The honest figure when margins are thin."},
	{"ROAS", "Revenue from paid social ÷ ad spend. How hard the ad budget works; it leaves staff time out, so it is not ROI."},
	{"Value of an action", "What a like, share, click, lead or sign-up is worth: entered, or derived. A lead that closes 20% of the time at 400 is worth 80; a click is worth what the same click would cost as an ad."},
	{"CPM", "Cost per 1,000 impressions: what reach costs."},
	{"CPC", "Cost per click: what attention costs."},
	{"CPL", "Cost per lead: what a named prospect costs."},
	{"CAC", "Cost to acquire one customer: all social cost ÷ customers won. Compare it with what a customer is worth."},
	{"Conversion rate", "The share of one stage that reaches the next. A funnel should narrow at each step; one that grows means the stages count different things."},
	{"Break-even", "The revenue, or the number of conversions, at which return equals cost: ROI 0%."},
	{"Earned media", "Visits that social brought without paying for them, valued at the pay-per-click price the same traffic would cost."},
	{"Service savings", "Support questions answered on social, valued at what the phone or email answer would have cost."},
	{"Customer lift", "Customers who engage with you on social are often worth more per year: the difference, times how many there are."},
}

// renderGuide is the short guide: what to track and what each metric means.
func (p *Page) renderGuide() app.UI {
	stages := []string{"Awareness", "Interest", "Evaluation", "Purchase"}
	return app.Article().Class("guide").Body(
		app.H1().Text("Guide"),
		app.P().Text("To prove what social media returns, track each stage of the funnel, give each action a value, and count every cost, staff time first. Then the calculator turns it into money."),
		app.Section().Class("card").Body(
			app.H2().Text("What to track at each stage"),
			app.Range(guideModels).Slice(func(i int) app.UI {
				m := guideModels[i]
				return app.Div().Class("model").Body(
					app.H3().Text(m.name),
					app.Dl().Body(app.Range(stages).Slice(func(j int) app.UI {
						return app.Div().Class("kv").Body(app.Dt().Text(stages[j]), app.Dd().Text(m.stages[j]))
					})),
				)
			}),
		),
		app.Section().Class("card").Body(
			app.H2().Text("What the figures mean"),
			app.Dl().Class("metrics").Body(app.Range(guideMetrics).Slice(func(i int) app.UI {
				return app.Div().Body(app.Dt().Text(guideMetrics[i][0]), app.Dd().Text(guideMetrics[i][1]))
			})),
		),
		app.Section().Class("card").Body(
			app.H2().Text("Counting costs honestly"),
			app.Ul().Body(
				app.Li().Text("Staff time: hours × the full hourly cost (salary, taxes, overhead), for everyone who plans, writes, designs, answers and reports."),
				app.Li().Text("Ads, tools, outsourced content and agencies, training and conferences."),
				app.Li().Text("Refunds and discounts given through social are costs too."),
				app.Li().Text("Do not count the same sale twice: as a purchase action and as revenue."),
			),
		),
	)
}
