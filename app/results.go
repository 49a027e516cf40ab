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
	s := app.Span().Class("v").DataSet("value", v.String()).Text(FormatValue(p.lang(), v, currency))
	if !v.Defined() {
		return app.Span().Class("na").Body(s, app.Small().Class("why").Text(" ("+p.say(v.Reason())+")"))
	}
	return s
}

// fig is a labelled figure of the report; key is its roi.CompareKeys name.
func (p *Page) fig(key, label string, v roi.Value, currency string, estimate bool) app.UI {
	dt := app.Dt().Text(label)
	if estimate {
		dt = app.Dt().Body(app.Text(label+" "), app.Span().Class("est").Text(p.t("estimate")))
	}
	dd := app.Dd().Body(p.val(v, currency))
	if key != "" {
		dd = app.Dd().DataSet("figure", key).DataSet("value", v.String()).Body(p.val(v, currency))
	}
	return app.Div().Class("kv").Body(dt, dd)
}

func (p *Page) renderResults(r roi.Report) app.UI {
	cur := r.Currency
	t := r.Totals
	return app.Aside().ID("results").Class("results").Aria("label", p.t("Results")).Body(
		app.Section().ID("summary").Class("card summary").Aria("live", "polite").Body(
			app.H2().Class("sr-only").Text(p.t("Summary")),
			app.Dl().Class("headline").Body(
				p.fig("roi.direct", p.t("Direct ROI"), r.ROI.Direct, cur, false),
				p.fig("roi.total", p.t("Total ROI"), r.ROI.Total, cur, true),
				p.fig("totals.cost", p.t("Cost"), t.Cost, cur, false),
				p.fig("totals.directRevenue", p.t("Direct revenue"), t.DirectRevenue, cur, false),
			),
			app.A().Class("more").Href("#details").Text(p.t("All results ↓")),
		),
		app.Span().ID("details"),
		app.If(len(r.Warnings) > 0, func() app.UI {
			return app.Section().Class("card warnings").Body(
				app.H2().Text(p.t("Check these")),
				app.Ul().Body(app.Range(r.Warnings).Slice(func(i int) app.UI {
					return app.Li().Text(p.warning(r.Warnings[i], cur))
				})),
			)
		}),
		app.Section().Class("card").Body(
			app.H2().Text(p.t("Headline")),
			app.Dl().Body(
				p.fig("roi.profit", p.t("ROI on gross profit"), r.ROI.Profit, cur, false),
				p.fig("roas", p.t("ROAS (paid revenue ÷ ad spend)"), r.ROAS, cur, false),
				p.fig("", p.t("Net result, direct"), t.NetDirect, cur, false),
				p.fig("", p.t("Net result, total"), t.NetTotal, cur, true),
			),
			app.P().Class("note").Text(p.t("Direct ROI = (revenue from social − cost) ÷ cost × 100. Total ROI adds the estimated values: actions, earned media, savings and customer lift.")),
		),
		app.Section().Class("card").Body(
			app.H2().Text(p.t("Cost")),
			p.costFigures(t, cur),
			app.If(len(r.CostBreakdown) > 0, func() app.UI {
				return app.Table().Body(
					app.Caption().Text(p.t("Cost by category")),
					app.THead().Body(app.Tr().Body(th(p.t("Category")), th(p.t("Cost")), th(p.t("Share of cost")))),
					app.TBody().Body(app.Range(r.CostBreakdown).Slice(func(i int) app.UI {
						c := r.CostBreakdown[i]
						return app.Tr().Body(app.Th().Scope("row").Text(p.t(categoryLabels[c.Category])), app.Td().Body(p.val(c.Cost, cur)), app.Td().Body(p.val(c.Share, cur)))
					})),
				)
			}),
		),
		// Cards drawn again only when their figures change (parts.go):
		// the data given is every figure the card shows.
		p.block("return", cur, t.DirectRevenue, t.PaidRevenue, t.FunnelRevenue, t.ActionValue, t.MicroValue, t.MacroValue,
			t.EarnedMedia, t.Savings, t.Lift, t.TotalReturn, t.GrossProfit),
		app.If(len(r.Actions) > 0, func() app.UI { return p.block("actions", cur, r.Actions) }),
		app.If(len(r.Funnel) > 0, func() app.UI { return p.renderFunnelResults(r) }),
		app.If(len(r.Channels) > 0, func() app.UI { return p.renderChannels(r) }),
		app.Section().Class("card").Body(
			app.H2().Text(p.t("Paid vs organic")),
			app.Div().Class("scroll").Body(app.Table().Body(
				app.THead().Body(app.Tr().Body(th(""), th(p.t("Cost")), th(p.t("Revenue")), th(p.t("Return")), th("ROI"))),
				app.TBody().Body(
					p.splitRow(p.t("Paid"), r.Paid, cur),
					p.splitRow(p.t("Organic"), r.Organic, cur),
				),
			)),
		),
		app.If(len(r.Goals) > 0, func() app.UI { return p.block("goals", cur, r.Goals) }),
		p.renderWhatIf(r),
		p.renderCharts(r),
		app.If(len(r.Indirect) > 0, func() app.UI { return p.block("indirect", r.Indirect) }),
	)
}

func th(text string) app.UI { return app.Th().Scope("col").Text(text) }

func (p *Page) splitRow(label string, s roi.SplitResult, cur string) app.UI {
	return app.Tr().Body(app.Th().Scope("row").Text(label), app.Td().Body(p.val(s.Cost, cur)), app.Td().Body(p.val(s.Revenue, cur)), app.Td().Body(p.val(s.Return, cur)), app.Td().Body(p.val(s.ROI, cur)))
}

func (p *Page) renderFunnelResults(r roi.Report) app.UI {
	cur := r.Currency
	return app.Section().Class("card").ID("funnel-results").Body(
		app.H2().Text(p.t("Funnel")),
		app.Div().Class("scroll").Body(app.Table().Body(
			app.THead().Body(app.Tr().Body(th(p.t("Stage")), th(p.t("Count")), th(p.t("From previous")), th(p.t("From first")), th(p.t("Cost per")))),
			app.TBody().Body(app.Range(r.Funnel).Slice(func(i int) app.UI {
				f := r.Funnel[i]
				name := f.Metric
				if f.Stage != "" {
					name = p.t(stageLabels[f.Stage]) + ": " + f.Metric
				}
				cm := p.t(costMetricLabels[f.CostMetric])
				if f.CostMetric == "cost-per" {
					cm = p.tf("Cost per {0}", f.Metric)
				}
				return app.Tr().Body(
					app.Th().Scope("row").Text(name),
					app.Td().Body(p.val(f.Count, cur)),
					app.Td().Body(p.val(f.RateFromPrevious, cur)),
					app.Td().Body(p.val(f.RateFromFirst, cur)),
					app.Td().Body(app.Small().Class("metric").Text(cm+" "), p.val(f.CostPer, cur)),
				)
			})),
		)),
		app.Dl().Body(
			p.fig("funnelConversionRate", p.t("Funnel conversion rate"), r.FunnelRate, cur, false),
			p.fig("", p.t("Break-even revenue"), r.BreakEven.Revenue, cur, false),
			p.fig("breakEven.conversions", p.t("Conversions needed to break even"), r.BreakEven.Conversions, cur, false),
			p.fig("", p.t("Revenue still missing"), r.BreakEven.Gap, cur, false),
		),
	)
}

func (p *Page) renderChannels(r roi.Report) app.UI {
	cur := r.Currency
	rows := r.Channels
	return app.Section().Class("card").ID("channels").Body(
		app.H2().Text(p.t("Channels, best ROI first")),
		app.Div().Class("scroll").Body(app.Table().Body(
			app.THead().Body(app.Tr().Body(th(p.t("Channel")), th(p.t("Cost")), th(p.t("Revenue")), th(p.t("Return")), th("ROI"))),
			app.TBody().Body(
				app.Range(rows).Slice(func(i int) app.UI {
					c := rows[i]
					return app.Tr().Body(app.Th().Scope("row").Text(c.Channel), app.Td().Body(p.val(c.Cost, cur)), app.Td().Body(p.val(c.Revenue, cur)), app.Td().Body(p.val(c.Return, cur)), app.Td().Body(p.val(c.ROI, cur)))
				}),
				app.Tr().Class("unallocated").Body(app.Th().Scope("row").Text(p.t("Not on a channel")), app.Td().Body(p.val(r.Unallocated.Cost, cur)), app.Td().Body(p.val(r.Unallocated.Revenue, cur)), app.Td().Body(p.val(r.Unallocated.Return, cur)), app.Td().Body(p.val(r.Unallocated.ROI, cur))),
			),
		)),
	)
}

func (p *Page) renderWhatIf(r roi.Report) app.UI {
	cur := r.Currency
	w := r.WhatIf
	if len(w.Funnel) == 0 && len(w.Costs) == 0 {
		return app.If(false, nil)
	}
	return app.Section().Class("card").ID("whatif").Body(
		app.H2().Text(p.t("What if")),
		app.P().Class("note").Text(p.t("Which small change pays most: the change in direct ROI from one point more on a funnel rate, or 10% more on a cost line.")),
		app.If(len(w.Funnel) > 0, func() app.UI {
			return app.Div().Class("scroll").Body(app.Table().Body(
				app.Caption().Text(p.t("+1 percentage point on a funnel rate")),
				app.THead().Body(app.Tr().Body(th(p.t("Stage")), th(p.t("Rate now")), th(p.t("Conversions")), th(p.t("Value")), th("ROI"), th(p.t("Rate for break-even")))),
				app.TBody().Body(app.Range(w.Funnel).Slice(func(i int) app.UI {
					l := w.Funnel[i]
					be := p.val(l.BreakEvenRate, cur)
					if !l.Reachable && l.BreakEvenRate.Defined() {
						be = app.Span().Body(be, app.Small().Text(" ("+p.t("over 100%: not reachable")+")"))
					}
					return app.Tr().Body(app.Th().Scope("row").Text(l.Metric), app.Td().Body(p.val(l.Rate, cur)), app.Td().Body(p.val(l.ConversionsDelta, cur)), app.Td().Body(p.val(l.ValueDelta, cur)), app.Td().Body(p.val(l.ROIDelta, cur)), app.Td().Body(be))
				})),
			))
		}),
		app.If(len(w.Costs) > 0, func() app.UI {
			return app.Div().Class("scroll").Body(app.Table().Body(
				app.Caption().Text(p.t("+10% on a cost line")),
				app.THead().Body(app.Tr().Body(th(p.t("Cost")), th(p.t("Extra cost")), th("ROI"))),
				app.TBody().Body(app.Range(w.Costs).Slice(func(i int) app.UI {
					l := w.Costs[i]
					return app.Tr().Body(app.Th().Scope("row").Text(l.Label), app.Td().Body(p.val(l.Delta, cur)), app.Td().Body(p.val(l.ROIDelta, cur)))
				})),
			))
		}),
	)
}

func (p *Page) renderReturn(r roi.Report) app.UI {
	cur := r.Currency
	t := r.Totals
	return app.Section().Class("card").Body(
		app.H2().Text(p.t("Return")),
		p.returnFigures(t, cur),
	)
}

func (p *Page) renderActionValues(r roi.Report) app.UI {
	cur := r.Currency
	return app.Section().Class("card").Body(
		app.H2().Text(p.t("Action values")),
		app.Div().Class("scroll").Body(app.Table().Body(
			app.THead().Body(app.Tr().Body(th(p.t("Action")), th(p.t("Count")), th(p.t("Per action")), th(p.t("Value")))),
			app.TBody().Body(app.Range(r.Actions).Slice(func(i int) app.UI {
				a := r.Actions[i]
				return app.Tr().Body(app.Th().Scope("row").Text(a.Label), app.Td().Body(p.val(a.Count, cur)), app.Td().Body(p.val(a.UnitValue, cur)), app.Td().Body(p.val(a.Value, cur)))
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
				label = g.Metric
			}
			state := p.t("Not yet")
			if g.Met {
				state = p.t("Met")
			}
			unit := cur
			body := []app.UI{app.Strong().Text(label), app.Text(": ")}
			body = append(body, p.tui("{0} of {1}", p.val(g.Actual, unit), p.val(g.Target, unit))...)
			body = append(body, app.Text(" — "), p.val(g.Progress, unit), app.Text(" · "+state),
				app.If(g.Deadline != "", func() app.UI { return app.Text(" · " + p.tf("by {0}", g.Deadline)) }))
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

// costFigures lists the cost totals; the results panel and the printed
// report both show them.
func (p *Page) costFigures(t roi.Totals, cur string) app.UI {
	return app.Dl().Body(
		p.fig("totals.cost", p.t("Total cost"), t.Cost, cur, false),
		p.fig("totals.staffCost", p.t("Staff time"), t.StaffCost, cur, false),
		p.fig("", p.t("Staff hours"), t.StaffHours, cur, false),
		p.fig("totals.adSpend", p.t("Ad spend"), t.AdSpend, cur, false),
	)
}

// returnFigures lists direct revenue and the estimated returns (marked).
func (p *Page) returnFigures(t roi.Totals, cur string) app.UI {
	return app.Dl().Body(
		p.fig("totals.directRevenue", p.t("Direct revenue"), t.DirectRevenue, cur, false),
		p.fig("", p.t("from paid social"), t.PaidRevenue, cur, false),
		p.fig("", p.t("from funnel conversions"), t.FunnelRevenue, cur, false),
		p.fig("totals.actionValue", p.t("Action value"), t.ActionValue, cur, true),
		p.fig("", p.t("micro actions"), t.MicroValue, cur, true),
		p.fig("", p.t("macro actions"), t.MacroValue, cur, true),
		p.fig("totals.earnedMedia", p.t("Earned media"), t.EarnedMedia, cur, true),
		p.fig("totals.savings", p.t("Service savings"), t.Savings, cur, true),
		p.fig("totals.lift", p.t("Customer lift"), t.Lift, cur, true),
		p.fig("totals.totalReturn", p.t("Total return"), t.TotalReturn, cur, true),
		p.fig("", p.t("Gross profit on direct revenue"), t.GrossProfit, cur, false),
	)
}
