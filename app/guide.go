package app

import "github.com/maxence-charriere/go-app/v10/pkg/app"

type guideModel struct {
	name   string
	stages [4]string // awareness, interest, evaluation, purchase
}

var guideModels = []guideModel{
	{msg("E-commerce"), [4]string{
		msg("Reach and impressions of posts and ads."),
		msg("Link clicks to product pages, saves, shares."),
		msg("Add-to-cart and checkouts started from social visits."),
		msg("Orders and revenue from social (tagged links, promo codes)."),
	}},
	{msg("B2B"), [4]string{
		msg("Impressions among the people who buy: job titles, companies."),
		msg("Clicks to articles, follows of the company page, event sign-ups."),
		msg("Demo requests, marketing- and sales-qualified leads."),
		msg("Deals won, and their size; the pipeline they opened."),
	}},
	{msg("SaaS"), [4]string{
		msg("Reach of posts, videos and ads."),
		msg("Visits to the pricing and feature pages."),
		msg("Trial sign-ups and activated trials."),
		msg("Paying customers, their monthly value and how long they stay."),
	}},
	{msg("Local store"), [4]string{
		msg("Reach in your area."),
		msg("Profile visits, direction requests, calls."),
		msg("Store visits (offer codes, check-ins, asking at the till)."),
		msg("Purchases in store attributed to social offers."),
	}},
}

var guideMetrics = [][2]string{
	{msg("Direct ROI"), msg("(revenue from social − total social cost) ÷ cost × 100. The number your boss asks for: what each unit spent brought back, in money that reached the bank. n/a when no cost is entered.")},
	{msg("Total ROI (estimate)"), msg("The same, with the estimated values added: the value of actions, earned media, service savings and customer lift. Show it after the direct ROI, and say it is an estimate.")},
	{msg("ROI on gross profit"), msg("Uses revenue × gross margin instead of revenue: a sale of 100 at 40% margin earns 40. The honest figure when margins are thin.")},
	{msg("ROAS"), msg("Revenue from paid social ÷ ad spend. How hard the ad budget works; it leaves staff time out, so it is not ROI.")},
	{msg("Value of an action"), msg("What a like, share, click, lead or sign-up is worth: entered, or derived. A lead that closes 20% of the time at 400 is worth 80; a click is worth what the same click would cost as an ad.")},
	{msg("CPM"), msg("Cost per 1,000 impressions: what reach costs.")},
	{msg("CPC"), msg("Cost per click: what attention costs.")},
	{msg("CPL"), msg("Cost per lead: what a named prospect costs.")},
	{msg("CAC"), msg("Cost to acquire one customer: all social cost ÷ customers won. Compare it with what a customer is worth.")},
	{msg("Conversion rate"), msg("The share of one stage that reaches the next. A funnel should narrow at each step; one that grows means the stages count different things.")},
	{msg("Break-even"), msg("The revenue, or the number of conversions, at which return equals cost: ROI 0%.")},
	{msg("Earned media"), msg("Visits that social brought without paying for them, valued at the pay-per-click price the same traffic would cost.")},
	{msg("Service savings"), msg("Support questions answered on social, valued at what the phone or email answer would have cost.")},
	{msg("Customer lift"), msg("Customers who engage with you on social are often worth more per year: the difference, times how many there are.")},
}

// renderGuide is the short guide: what to track and what each metric
// means, laid out as prose (headings, lists and paragraphs).
func (p *Page) renderGuide() app.UI {
	stages := []string{p.t("Awareness"), p.t("Interest"), p.t("Evaluation"), p.t("Purchase")}
	return app.Article().Class("guide").Body(
		app.H1().Text(p.t("Guide")),
		app.P().Text(p.t("To prove what social media returns, track each stage of the funnel, give each action a value, and count every cost, staff time first. Then the calculator turns it into money.")),
		app.Section().Class("card").Body(
			app.H2().Text(p.t("What to track at each stage")),
			app.Range(guideModels).Slice(func(i int) app.UI {
				m := guideModels[i]
				return app.Div().Class("model").Body(
					app.H3().Text(p.t(m.name)),
					app.Ul().Class("stages").Body(app.Range(stages).Slice(func(j int) app.UI {
						return app.Li().Body(app.Span().Class("stage").Text(stages[j]), app.Text(" — "+p.t(m.stages[j])))
					})),
				)
			}),
		),
		app.Section().Class("card").Body(
			app.H2().Text(p.t("What the figures mean")),
			app.Range(guideMetrics).Slice(func(i int) app.UI {
				return app.Div().Class("metric-text").Body(app.H3().Text(p.t(guideMetrics[i][0])), app.P().Text(p.t(guideMetrics[i][1])))
			}),
		),
		app.Section().Class("card").Body(
			app.H2().Text(p.t("Counting costs honestly")),
			app.Ul().Body(
				app.Li().Text(p.t("Staff time: hours × the full hourly cost (salary, taxes, overhead), for everyone who plans, writes, designs, answers and reports.")),
				app.Li().Text(p.t("Ads, tools, outsourced content and agencies, training and conferences.")),
				app.Li().Text(p.t("Refunds and discounts given through social are costs too.")),
				app.Li().Text(p.t("Do not count the same sale twice: as a purchase action and as revenue.")),
			),
		),
	)
}
