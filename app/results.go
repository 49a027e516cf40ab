package app

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/socialroi/socialroi/roi"
)

// The results panel renders roi.Report as it is: every figure comes from
// roi.Calculate, the UI only formats it.

var costMetricLabels = map[string]string{
	"cpm": msg("CPM (cost per 1,000)"), "cpc": msg("CPC (cost per click)"), "cpl": msg("CPL (cost per lead)"),
	"cac": msg("CAC (cost per customer)"),
}

// val shows one figure: formatted, with its exact value in data-value, and
// the reason when it is undefined.
func (p *Page) val(v roi.Value, currency string) app.UI {
	return p.valOf(v, v.String(), currency)
}

// valOf is val with the figure's presented value s (v.String()) already
// at hand: a figure's string is made once per render, not once per place
// it appears in (it costs a rounding and a big-number conversion).
func (p *Page) valOf(v roi.Value, s, currency string) app.UI {
	span := app.Span().Class("v").DataSet("value", s).Text(formatValueOf(p.lang(), v, s, currency))
	if !v.Defined() {
		return app.Span().Class("na").Body(span, app.Small().Class("why").Text(" ("+p.say(v.Reason())+")"))
	}
	return span
}

// fig is a labelled figure of the report; key is its roi.CompareKeys name.
func (p *Page) fig(key, label string, v roi.Value, currency string, estimate bool) app.UI {
	dt := app.Dt().Text(label)
	if estimate {
		dt = app.Dt().Body(app.Text(label+" "), app.Span().Class("est").Text(p.t("estimate")))
	}
	s := v.String()
	dd := app.Dd()
	if key != "" {
		dd = dd.DataSet("figure", key).DataSet("value", s)
	}
	return app.Div().Class("kv").Body(dt, dd.Body(p.valOf(v, s, currency)))
}

// rangeText says a low / likely / high figure's ends, "" when they are equal.
func (p *Page) rangeText(r roi.Range3, currency string) string {
	return p.rangeTextOf(r, r.Low.String(), r.High.String(), currency)
}

// rangeTextOf is rangeText with the ends' presented values (String) at hand.
func (p *Page) rangeTextOf(r roi.Range3, low, high, currency string) string {
	if !r.Low.Defined() || low == high {
		return ""
	}
	lang := p.lang()
	return p.tf("between {0} and {1}", formatValueOf(lang, r.Low, low, currency), formatValueOf(lang, r.High, high, currency))
}

// rangeFig is a labelled low / likely / high figure: the likely value, its
// range under it, and "estimate" when it rests on one.
func (p *Page) rangeFig(key, label string, r roi.Range3, currency string) app.UI {
	dt := app.Dt().Text(label)
	if r.Estimated {
		dt = app.Dt().Body(app.Text(label+" "), app.Span().Class("est").Text(p.t("estimate")))
	}
	likely := r.Likely.String()
	body := []app.UI{p.valOf(r.Likely, likely, currency)}
	low, high := r.Low.String(), r.High.String()
	if rt := p.rangeTextOf(r, low, high, currency); rt != "" {
		body = append(body, app.Small().Class("range").DataSet("low", low).DataSet("high", high).Text(rt))
	}
	dd := app.Dd()
	if key != "" {
		dd = dd.DataSet("figure", key).DataSet("value", likely)
	}
	return app.Div().Class(lossy("kv", r.Likely)).Body(dt, dd.Body(body...))
}

// lossy is class, with "loss" added when v is a loss (roi.Value.Loss): a
// loss reads as one by its minus sign and its colour.
func lossy(class string, v roi.Value) string {
	if v.Loss() {
		return class + " loss"
	}
	return class
}

// headlineFigs are the two ROI figures a report leads with: on gross profit
// when a margin is given, else on revenue.
func (p *Page) headlineFigs(r roi.Report) []app.UI {
	cur := r.Currency
	if r.Headline.Basis == "profit" {
		return []app.UI{
			p.rangeFig("roi.profit", p.t("ROI on gross profit"), r.Headline.Direct, cur),
			p.rangeFig("roi.totalProfit", p.t("Total ROI on gross profit"), r.Headline.Total, cur),
		}
	}
	return []app.UI{
		p.rangeFig("roi.direct", p.t("Direct ROI"), r.Headline.Direct, cur),
		p.rangeFig("roi.total", p.t("Total ROI"), r.Headline.Total, cur),
	}
}

// periodNote says how long the period is taken to be, which prorates the
// yearly values.
func (p *Page) periodNote(r roi.Report) string {
	pi := r.PeriodInfo
	frac := FormatValue(p.lang(), pi.YearFraction, "")
	switch pi.Basis {
	case "months", "entered":
		return p.tn("one=The period is {0} month ({1} of a year): yearly values such as customer lift count for that part of the year.|other=The period is {0} months ({1} of a year): yearly values such as customer lift count for that part of the year.", pi.Months.Exact().String(), FormatValue(p.lang(), pi.Months, ""), frac)
	case "days":
		return p.tn("one=The period is {0} day ({1} of a year): yearly values such as customer lift count for that part of the year.|other=The period is {0} days ({1} of a year): yearly values such as customer lift count for that part of the year.", pi.Days.Exact().String(), FormatValue(p.lang(), pi.Days, ""), frac)
	}
	return p.t("No dates are entered: the period is taken to be one year, so yearly values count in full.")
}

// headlineCardFigs are the figures of the headline card: on gross profit
// first when a margin is given. Each is a div.kv straight inside the <dl>
// (a <dl> takes one level of div around its dt and dd, not two).
func (p *Page) headlineCardFigs(r roi.Report) []app.UI {
	cur, t := r.Currency, r.Totals
	var figs []app.UI
	if r.Headline.Basis == "profit" {
		figs = append(figs,
			p.rangeFig("roi.profit", p.t("ROI on gross profit"), r.Ranges.Profit, cur),
			p.rangeFig("roi.totalProfit", p.t("Total ROI on gross profit"), r.Ranges.TotalProfit, cur),
			p.fig("", p.t("Net result on gross profit"), t.NetProfit, cur, false),
		)
	}
	return append(figs,
		p.rangeFig("roi.direct", p.t("Direct ROI"), r.Ranges.Direct, cur),
		p.rangeFig("roi.total", p.t("Total ROI"), r.Ranges.Total, cur),
		p.fig("roas", p.t("ROAS (paid revenue ÷ ad spend)"), r.ROAS, cur, false),
		p.fig("", p.t("Net result, direct"), t.NetDirect, cur, false),
		p.fig("", p.t("Net result, total"), t.NetTotal, cur, true),
	)
}

func (p *Page) renderResults(r roi.Report) app.UI {
	cur := r.Currency
	t := r.Totals
	return app.Aside().ID("results").Class("results").Aria("label", p.t("Results")).Body(
		p.summary(r),                  // summary.go, drawn alone after a key (typing.go)
		p.renderVerdict(r, "verdict"), // the answer in words (verdict.go)
		app.Span().ID("details"),
		app.If(len(r.Warnings) > 0, func() app.UI {
			return app.Section().Class("card warnings").Body(
				app.H2().Text(p.t("Check these")),
				app.Ul().Body(app.Range(r.Warnings).Slice(func(i int) app.UI {
					return app.Li().Text(p.warning(r.Warnings[i], cur))
				})),
			)
		}),
		app.Section().Class("card").ID("headline-card").Body(
			app.H2().Text(p.t("Headline")),
			app.Dl().Body(p.headlineCardFigs(r)...),
			app.P().Class("note").Text(p.t("Direct ROI = (revenue credited to social − cost) ÷ cost × 100. With a gross margin, ROI on gross profit comes first: only the profit on sales pays back the cost. Total ROI adds the estimated values: actions, earned media, savings and customer lift; revenue-like estimates count at the margin.")),
			app.P().Class("note").ID("period-note").DataSet("basis", r.PeriodInfo.Basis).Text(p.periodNote(r)),
		),
		app.Section().Class("card").Body(
			app.H2().Text(p.t("Cost")),
			p.costFigures(t, cur),
			app.If(len(r.CostBreakdown) > 0, func() app.UI {
				return app.Table().Class("cards").Body(
					app.Caption().Text(p.t("Cost by category")),
					app.THead().Body(app.Tr().Body(th(p.t("Category")), th(p.t("Cost")), th(p.t("Share of cost")))),
					app.TBody().Body(app.Range(r.CostBreakdown).Slice(func(i int) app.UI {
						c := r.CostBreakdown[i]
						return app.Tr().Body(app.Th().Scope("row").Text(p.t(categoryLabels[c.Category])), cell(p.t("Cost"), p.val(c.Cost, cur)), cell(p.t("Share of cost"), p.val(c.Share, cur)))
					})),
				)
			}),
		),
		// Cards drawn again only when their figures change (parts.go):
		// the data given is every figure the card shows.
		p.block("return", cur, t, r.Revenue),
		app.If(len(r.Actions) > 0, func() app.UI { return p.block("actions", cur, r.Actions) }),
		app.If(len(r.Funnel) > 0, func() app.UI { return p.renderFunnelResults(r) }),
		p.renderBreakEven(r),
		app.If(len(r.Channels) > 0, func() app.UI { return p.renderChannels(r) }),
		p.renderSplit(r, "split"),
		app.If(r.Subscription != nil, func() app.UI { return p.renderSubscription(r) }),
		app.If(len(r.Goals) > 0, func() app.UI { return p.block("goals", cur, r.Goals) }),
		p.renderWhatIf(r),
		p.stagedCharts(), // once its stage comes (stage.go); after a key, a frame after the other results (typing.go)
		app.If(len(r.Indirect) > 0, func() app.UI { return p.block("indirect", r.Indirect) }),
	)
}

func (p *Page) renderSplit(r roi.Report, id string) app.UI {
	cur := r.Currency
	profit := r.Headline.Basis == "profit"
	head := []app.UI{th(""), th(p.t("Cost")), th(p.t("Revenue")), th(p.t("Return")), th("ROI")}
	if profit {
		head = append(head, th(p.t("ROI on gross profit")))
	}
	return app.Section().Class("card").ID(id).Body(
		app.H2().Text(p.t("Paid vs organic")),
		app.Div().Class("scroll").Body(app.Table().Class("cards").Body(
			app.THead().Body(app.Tr().Body(head...)),
			app.TBody().Body(
				p.splitRow(p.t("Paid"), r.Paid, cur, profit),
				p.splitRow(p.t("Organic"), r.Organic, cur, profit),
			),
		)),
		app.P().Class("note").Text(p.t("Paid cost is the ad spend plus staff time and content marked as spent on ads. Organic return also holds earned media, savings and customer lift.")),
	)
}

func (p *Page) renderBreakEven(r roi.Report) app.UI {
	cur := r.Currency
	b := r.BreakEven
	label := p.t("Break-even revenue")
	state := p.t("Direct revenue does not cover the cost yet.")
	if b.Basis == "profit" {
		label = p.t("Break-even revenue (its gross profit covers the cost)")
		state = p.t("Gross profit on direct revenue does not cover the cost yet.")
	}
	if b.Reached {
		state = p.t("Direct revenue covers the cost: break-even is reached.")
		if b.Basis == "profit" {
			state = p.t("Gross profit on direct revenue covers the cost: break-even is reached.")
		}
	}
	return app.Section().Class("card").ID("break-even").DataSet("reached", yesNoText(b.Reached)).Body(
		app.H2().Text(p.t("Break-even")),
		app.Dl().Body(
			p.fig("", label, b.Revenue, cur, false),
			p.fig("", p.t("Revenue still missing"), b.Gap, cur, false),
			p.fig("breakEven.conversions", p.t("Conversions needed to break even"), b.Conversions, cur, false),
		),
		app.If(r.Totals.Cost.Defined() && r.Totals.Cost.Exact().Sign() > 0, func() app.UI {
			return app.P().Class("note").ID("break-even-state").Text(state)
		}),
	)
}

func (p *Page) renderSubscription(r roi.Report) app.UI {
	cur := r.Currency
	u := r.Subscription
	ltvLabel := p.t("Lifetime value (revenue)")
	if u.Margin {
		ltvLabel = p.t("Lifetime value on gross profit")
	}
	return app.Section().Class("card").ID("subscription").Body(
		app.H2().Text(p.t("Subscriptions")),
		app.Dl().Body(
			p.fig("", p.t("Average revenue per account, monthly"), u.ARPA, cur, false),
			p.fig("", p.t("Churn, monthly"), u.Churn, cur, false),
			p.fig("", p.t("Average lifetime (months)"), u.LifetimeMonths, cur, false),
			p.rangeFig("", ltvLabel, u.LTV, cur),
			p.fig("", p.t("New customers"), u.Customers, cur, false),
			p.fig("", p.t("Customer acquisition cost (CAC)"), u.CAC, cur, false),
			p.fig("", p.t("CAC payback (months)"), u.PaybackMonths, cur, false),
			p.rangeFig("", p.t("ROI on lifetime value"), u.ROILifetime, cur),
		),
		app.P().Class("note").Text(p.t("Lifetime value = revenue per account × margin ÷ monthly churn. ROI on lifetime value counts what the new customers will pay over their lifetime; compare it with the ROI of the period above.")),
	)
}

func th(text string) app.UI { return app.Th().Scope("col").Text(text) }

// cell is a table cell under the column header label: below 600 px the
// tables of figures become one card per row, and each cell shows its
// header beside its figure (data-label, web/app.css).
func cell(label string, body ...app.UI) app.HTMLTd {
	return app.Td().DataSet("label", label).Body(body...)
}

func (p *Page) splitRow(label string, s roi.SplitResult, cur string, profit bool) app.UI {
	cells := []app.UI{app.Th().Scope("row").Text(label), cell(p.t("Cost"), p.val(s.Cost, cur)), cell(p.t("Revenue"), p.val(s.Revenue, cur)), cell(p.t("Return"), p.val(s.Return, cur)), cell("ROI", p.val(s.ROI, cur))}
	if profit {
		cells = append(cells, cell(p.t("ROI on gross profit"), p.val(s.ROIProfit, cur)))
	}
	return app.Tr().Body(cells...)
}

func (p *Page) renderFunnelResults(r roi.Report) app.UI {
	cur := r.Currency
	return app.Section().Class("card").ID("funnel-results").Body(
		app.H2().Text(p.t("Funnel")),
		app.Div().Class("scroll").Body(app.Table().Class("cards").Body(
			app.THead().Body(app.Tr().Body(th(p.t("Stage")), th(p.t("Count")), th(p.t("From previous")), th(p.t("From first")), th(p.t("Cost per (full cost)")), th(p.t("Cost per (ad spend)")))),
			app.TBody().Body(app.Range(r.Funnel).Slice(func(i int) app.UI {
				f := r.Funnel[i]
				name := metricName(p.lang(), f.Metric)
				if f.Stage != "" {
					name = p.t(stageLabels[f.Stage]) + ": " + metricName(p.lang(), f.Metric)
				}
				cm := p.t(costMetricLabels[f.CostMetric])
				if f.CostMetric == "cost-per" {
					cm = p.tf("Cost per {0}", metricUnit(p.lang(), f.Metric))
				}
				return app.Tr().Body(
					app.Th().Scope("row").Text(name),
					cell(p.t("Count"), p.val(f.Count, cur)),
					cell(p.t("From previous"), p.val(f.RateFromPrevious, cur)),
					cell(p.t("From first"), p.val(f.RateFromFirst, cur)),
					cell(p.t("Cost per (full cost)"), app.Small().Class("metric").Text(cm+" "), p.val(f.CostPer, cur)),
					cell(p.t("Cost per (ad spend)"), p.val(f.MediaCostPer, cur)),
				)
			})),
		)),
		app.P().Class("note").Text(p.t("Full cost divides every cost (staff, tools, content, ads) by the count. Ad spend divides the ad spend alone by the paid count where one is entered: the CPM, CPC and cost per result the ad platforms show.")),
		app.Dl().Body(
			p.fig("funnelConversionRate", p.t("Funnel conversion rate"), r.FunnelRate, cur, false),
		),
	)
}

func (p *Page) renderChannels(r roi.Report) app.UI {
	cur := r.Currency
	rows := r.Channels
	profit := r.Headline.Basis == "profit"
	head := []app.UI{th(p.t("Channel")), th(p.t("Own cost")), th(p.t("Shared cost")), th(p.t("Return")), th("ROI")}
	if profit {
		head = append(head, th(p.t("ROI on gross profit")))
	}
	head = append(head, th(p.t("Cost per result")))
	row := func(name string, c roi.ChannelResult, class string) app.UI {
		cells := []app.UI{app.Th().Scope("row").Text(name), cell(p.t("Own cost"), p.val(c.DirectCost, cur)), cell(p.t("Shared cost"), p.val(c.SharedCost, cur)),
			cell(p.t("Return"), p.val(c.Return, cur)), cell("ROI", p.val(c.ROI, cur))}
		if profit {
			cells = append(cells, cell(p.t("ROI on gross profit"), p.val(c.ROIProfit, cur)))
		}
		cells = append(cells, cell(p.t("Cost per result"), p.val(c.CostPerResult, cur)))
		return app.Tr().Class(class).Body(cells...)
	}
	return app.Section().Class("card").ID("channels").Body(
		app.H2().Text(p.t("Channels, best ROI first")),
		app.Div().Class("scroll").Body(app.Table().Class("cards").Body(
			app.THead().Body(app.Tr().Body(head...)),
			app.TBody().Body(
				app.Range(rows).Slice(func(i int) app.UI { return row(rows[i].Channel, rows[i], "") }),
				row(p.t("Not on a channel"), r.Unallocated, "unallocated"),
			),
		)),
		app.P().Class("note").Text(p.t("Each channel carries a share of the costs without a channel (staff, tools), by its share of the channel costs, so no channel looks better than the campaign by leaving them out. A result is a macro action on the channel.")),
	)
}

// basisLabels name the figure the what-if levers move.
var basisLabels = map[string]string{
	"direct": msg("Direct ROI"), "total": msg("Total ROI"), "profit": msg("ROI on gross profit"), "totalProfit": msg("Total ROI on gross profit"),
}

func (p *Page) renderWhatIf(r roi.Report) app.UI {
	cur := r.Currency
	w := r.WhatIf
	if len(w.Best) == 0 {
		return app.If(false, nil)
	}
	gain := p.t("Adds")
	if r.Headline.Basis == "profit" {
		gain = p.t("Adds (gross profit)")
	}
	basis := p.t(basisLabels[w.Basis])
	return app.Section().Class("card").ID("whatif").DataSet("basis", w.Basis).Body(
		app.H2().Text(p.t("What if")),
		app.P().Class("note").Text(p.tf("Which small change pays most: each funnel stage {0}% better (a 20% rate becomes 22%, later stages keep their rates) or each cost line {0}% cheaper, ranked by what it adds.", w.Step.String())),
		app.Div().Class("scroll").Body(app.Table().Class("cards").Body(
			app.Caption().Text(p.t("Small changes, best first")),
			app.THead().Body(app.Tr().Body(th(p.t("Change")), th(p.t("Now")), th(p.t("After")), th(gain), th(basis), th(p.t("Rate for break-even")))),
			app.TBody().Body(app.Range(w.Best).Slice(func(i int) app.UI {
				b := w.Best[i]
				if b.Kind == "funnel" {
					l := w.Funnel[b.Index]
					be := p.val(l.BreakEvenRate, cur)
					if !l.Reachable && l.BreakEvenRate.Defined() {
						be = app.Span().Body(be, app.Small().Text(" ("+p.t("over 100%: not reachable")+")"))
					}
					return app.Tr().DataSet("lever", "funnel").Body(app.Th().Scope("row").Text(p.tf("{0} rate", metricName(p.lang(), l.Metric))), cell(p.t("Now"), p.val(l.Rate, cur)), cell(p.t("After"), p.val(l.NewRate, cur)),
						cell(gain, p.val(b.Gain, cur)), cell(basis, p.val(l.ROIDelta, cur)), cell(p.t("Rate for break-even"), be))
				}
				l := w.Costs[b.Index]
				return app.Tr().DataSet("lever", "cost").Body(app.Th().Scope("row").Text(p.tf("{0}, 10% cheaper", reportLabel(l.Label, p.t("Cost"), l.Index))), cell(p.t("Now"), app.Span().Text("—")), cell(p.t("After"), p.val(l.Delta, cur)),
					cell(gain, p.val(b.Gain, cur)), cell(basis, p.val(l.ROIDelta, cur)), cell(p.t("Rate for break-even"), app.Span().Text("—")))
			})),
		)),
		app.If(len(w.Funnel) > 0 && (w.Basis == "total" || w.Basis == "totalProfit"), func() app.UI {
			return app.P().Class("note").Text(p.t("The funnel's conversions are not counted as revenue, so the value of extra conversions moves the total ROI (an estimate)."))
		}),
	)
}

func (p *Page) renderReturn(r roi.Report) app.UI {
	cur := r.Currency
	t := r.Totals
	return app.Section().Class("card").ID("return").Body(
		app.H2().Text(p.t("Return")),
		p.returnFigures(t, cur),
		app.If(attributed(r), func() app.UI { return p.revenueTable(r) }),
	)
}

// attributed says whether any revenue line is credited less than in full,
// or with a range: then the revenue table shows the shares.
func attributed(r roi.Report) bool {
	for _, l := range r.Revenue {
		if l.Attribution.Estimated {
			return true
		}
	}
	return false
}

// revenueTable lists each revenue line with the share credited to social.
func (p *Page) revenueTable(r roi.Report) app.UI {
	cur := r.Currency
	return app.Div().Class("scroll").Body(app.Table().ID("revenue-shares").Class("cards").Body(
		app.Caption().Text(p.t("Revenue and the share credited to social")),
		app.THead().Body(app.Tr().Body(th(p.t("Revenue")), th(p.t("Amount")), th(p.t("Credited to social")), th(p.t("Counted")))),
		app.TBody().Body(app.Range(r.Revenue).Slice(func(i int) app.UI {
			l := r.Revenue[i]
			share := []app.UI{p.val(l.Attribution.Likely, cur)}
			if rt := p.rangeText(l.Attribution, cur); rt != "" {
				share = append(share, app.Small().Class("range").Text(" "+rt))
			}
			return app.Tr().Body(app.Th().Scope("row").Text(reportLabel(l.Label, p.t("Revenue"), i)), cell(p.t("Amount"), p.val(l.Amount, cur)),
				cell(p.t("Credited to social"), share...), cell(p.t("Counted"), p.val(l.Attributed, cur)))
		})),
	))
}

func (p *Page) renderActionValues(r roi.Report) app.UI {
	cur := r.Currency
	return app.Section().Class("card").Body(
		app.H2().Text(p.t("Action values")),
		app.Div().Class("scroll").Body(app.Table().Class("cards").Body(
			app.THead().Body(app.Tr().Body(th(p.t("Action")), th(p.t("Count")), th(p.t("Per action")), th(p.t("Value")), th(p.t("Added")))),
			app.TBody().Body(app.Range(r.Actions).Slice(func(i int) app.UI {
				a := r.Actions[i]
				return app.Tr().DataSet("counted", yesNoText(a.Counted)).Body(app.Th().Scope("row").Text(a.Label), cell(p.t("Count"), p.val(a.Count, cur)), cell(p.t("Per action"), p.val(a.UnitValue, cur)), cell(p.t("Value"), p.val(a.Value, cur)),
					cell(p.t("Added"), app.Span().Text(p.t(overlapLabels[a.Overlap]))).Class("text"))
			})),
		)),
	)
}

func (p *Page) renderGoalResults(r roi.Report) app.UI {
	cur := r.Currency
	return app.Section().Class("card").ID("goals").Body(
		app.H2().Text(p.t("Goals")),
		app.Ul().Class("goals").Body(app.Range(r.Goals).Slice(func(i int) app.UI {
			g := r.Goals[i]
			label := p.t(goalLabels[g.Metric])
			if label == "" {
				label = metricName(p.lang(), g.Metric)
			}
			state := p.t("Not yet")
			if g.Met {
				state = p.t("Met")
			}
			unit := cur
			body := []app.UI{app.Strong().Text(label), app.Text(": ")}
			body = append(body, p.tui("{0} of {1}", p.val(g.Actual, unit), p.val(g.Target, unit))...)
			body = append(body, app.Text(" — "), p.val(g.Progress, unit), app.Text(" · "+state),
				app.If(g.Deadline != "", func() app.UI { return app.Text(" · " + p.tf("by {0}", isoDate(p.lang(), g.Deadline))) }))
			return app.Li().Body(body...)
		})),
	)
}

func (p *Page) renderIndirectResults(r roi.Report) app.UI {
	return app.Section().Class("card").Body(
		app.H2().Text(p.t("Returns without a number")),
		app.P().Class("note").Text(p.t("Listed, never added to any figure.")),
		app.Ul().Body(app.Range(r.Indirect).Slice(func(i int) app.UI {
			in := r.Indirect[i]
			return app.Li().Body(app.Strong().Text(p.t(indirectLabels[in.Kind])), app.If(in.Note != "", func() app.UI { return app.Text(": " + in.Note) }))
		})),
	)
}

// overlapLabels say whether an action's value is added, and if not, why.
var overlapLabels = map[string]string{
	"": msg("yes"), "inRevenue": msg("no: already in revenue"), "paidClick": msg("no: a paid click"), "earnedMedia": msg("no: counted as earned media"),
}

// costFigures lists the cost totals; the results panel and the printed
// report both show them.
func (p *Page) costFigures(t roi.Totals, cur string) app.UI {
	return app.Dl().Body(
		p.fig("totals.cost", p.t("Total cost"), t.Cost, cur, false),
		p.fig("totals.staffCost", p.t("Staff time"), t.StaffCost, cur, false),
		p.fig("", p.t("Staff hours"), t.StaffHours, cur, false),
		p.fig("totals.adSpend", p.t("Ad spend"), t.AdSpend, cur, false),
		p.fig("", p.t("Paid work (ads and lines marked paid)"), t.PaidCost, cur, false),
	)
}

// returnFigures lists direct revenue and the estimated returns (marked).
func (p *Page) returnFigures(t roi.Totals, cur string) app.UI {
	return app.Dl().Body(
		p.fig("", p.t("Revenue entered"), t.RevenueEntered, cur, false),
		p.fig("totals.directRevenue", p.t("Direct revenue (credited to social)"), t.DirectRevenue, cur, false),
		p.fig("", p.t("from paid social"), t.PaidRevenue, cur, false),
		p.fig("", p.t("from funnel conversions"), t.FunnelRevenue, cur, false),
		p.fig("totals.actionValue", p.t("Action value"), t.ActionValue, cur, true),
		p.fig("", p.t("micro actions"), t.MicroValue, cur, true),
		p.fig("", p.t("macro actions"), t.MacroValue, cur, true),
		p.fig("", p.t("shown, not added (counted elsewhere)"), t.NotCounted, cur, true),
		p.fig("totals.earnedMedia", p.t("Earned media"), t.EarnedMedia, cur, true),
		p.fig("totals.savings", p.t("Service savings"), t.Savings, cur, true),
		p.fig("totals.lift", p.t("Customer lift for the period"), t.Lift, cur, true),
		p.fig("", p.t("per year"), t.LiftYearly, cur, true),
		p.fig("totals.totalReturn", p.t("Total return"), t.TotalReturn, cur, true),
		p.fig("totals.grossProfit", p.t("Gross profit on direct revenue"), t.GrossProfit, cur, false),
		p.fig("", p.t("Total return on gross profit"), t.ProfitReturn, cur, true),
	)
}

// thText is the header of a column of words (a channel, yes or no): it
// lines up on the left with its cells, where figures line up on the right.
func thText(text string) app.UI { return app.Th().Scope("col").Class("text").Text(text) }
