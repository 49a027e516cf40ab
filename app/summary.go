package app

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/socialroi/socialroi/roi"
)

// The summary: the headline figures, fixed to the bottom of a phone's
// screen. There it is one line, the headline ROI and the net result, on a
// button that opens the rest (aria-expanded); from 960 px it is the first
// card of the results and shows everything. Its figures are always in the
// DOM (data-figure), shown or not.

// summaryLine is the collapsed bar's headline: the ROI the report leads
// with and the net result on the same basis.
func (p *Page) summaryLine(r roi.Report) (roiLabel string, roiValue roi.Value, netLabel string, net roi.Value) {
	if r.Headline.Basis == "profit" {
		return p.t("summary\x04ROI on profit"), r.Headline.Direct.Likely, p.t("summary\x04Net"), r.Totals.NetProfit
	}
	return p.t("summary\x04ROI"), r.Headline.Direct.Likely, p.t("summary\x04Net"), r.Totals.NetDirect
}

func (p *Page) renderSummary(r roi.Report) app.UI {
	cur := r.Currency
	t := r.Totals
	figs := append(p.headlineFigs(r),
		p.fig("totals.cost", p.t("Cost"), t.Cost, cur, false),
		p.fig("totals.directRevenue", p.t("Direct revenue"), t.DirectRevenue, cur, false),
	)
	open := p.summaryOpen
	roiLabel, roiValue, netLabel, net := p.summaryLine(r)
	part := func(label string, v roi.Value) app.UI {
		return app.Span().Class(lossy("sl-part", v)).Body(app.Span().Class("sl-label").Text(label+" "), p.val(v, cur))
	}
	toggle := p.t("Show all figures")
	if open {
		toggle = p.t("Show fewer figures")
	}
	return app.Section().ID("summary").Class("card summary").DataSet("basis", r.Headline.Basis).DataSet("open", yesNoText(open)).Aria("live", "polite").Body(
		app.H2().Class("sr-only").Text(p.t("Summary")),
		app.Button().Type("button").ID("summary-toggle").Class("summary-line").
			Aria("expanded", boolText(open)).Aria("controls", "summary-more").Title(toggle).
			OnClick(func(ctx app.Context, e app.Event) { p.summaryOpen = !p.summaryOpen }).
			Body(
				part(roiLabel, roiValue),
				part(netLabel, net),
				app.Span().Class("sl-icon").Aria("hidden", "true").Text("▴"),
				app.Span().Class("sr-only").Text(toggle),
			),
		p.renderUncounted(), // fields the results leave out, always in sight (uncounted.go)
		app.Div().ID("summary-more").Class("summary-more").Body(
			app.Dl().Class("headline").Body(figs...),
			app.A().Class("more").Href("#details").Text(p.t("All results ↓")),
		),
	)
}

func boolText(b bool) string {
	if b {
		return "true"
	}
	return "false"
}
