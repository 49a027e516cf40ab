package app

import (
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/socialroi/socialroi/roi"
)

// The report's lead, what a boss reads first: the verdict (verdict.go),
// return against cost as a chart, and what the figures rest on (the period
// and how yearly values are prorated to it, the margin, what counts as an
// estimate, how revenue is credited to social). A report opened from a
// report link is read-only, with "Edit a copy" to take it into the
// calculator.

// reportChart is return against cost on the verdict's basis: with a gross
// margin the gross profit (profitChart), else the return-against-cost chart
// of charts.go; nothing when the report has no figure to draw.
func (p *Page) reportChart(r roi.Report) app.UI {
	c, ok := returnChart(p.lang(), r)
	if r.Headline.Basis == "profit" {
		c, ok = profitChart(p.lang(), r)
	}
	if !ok {
		return app.If(false, nil)
	}
	return app.Section().Class("report-section").ID("report-chart").Body(
		app.H2().Text(p.t("Return against cost")),
		c.render(p.lang()),
	)
}

// reportBasis says what the figures rest on, in a few sentences; every
// value per action and rate is listed at the end of the report.
func (p *Page) reportBasis(sc roi.Scenario, r roi.Report) app.UI {
	lang := p.lang()
	margin := p.t("No gross margin is entered: ROI is worked out on revenue, not on gross profit.")
	if !sc.GrossMargin.IsZero() {
		margin = p.tf("Gross margin: {0} of revenue is gross profit.", exactNumber(lang, sc.GrossMargin, "", true))
	}
	credit := p.t("All revenue entered is credited to social.")
	for _, g := range reportAssumptions(lang, sc, r) {
		if g.ID == "attribution" {
			credit = p.t("The share of each revenue line credited to social is listed under Assumptions.")
		}
	}
	return app.Section().Class("report-section").ID("report-basis").Body(
		app.H2().Text(p.t("What the figures rest on")),
		app.Ul().Class("basis").Body(
			app.Li().ID("report-period-note").DataSet("basis", r.PeriodInfo.Basis).Text(p.periodNote(r)),
			app.Li().ID("report-margin").Text(margin),
			app.Li().ID("report-estimates").Text(p.t("Direct ROI = (revenue credited to social − cost) ÷ cost × 100: money in against money out. With a gross margin, ROI on gross profit comes first: only the profit on sales pays back the cost. Total ROI adds values that are estimated (marked “estimate”): actions, earned media, savings and customer lift. Where an estimate has a low and a high value, the figure is given as a range. The assumptions behind them are listed at the end.")),
			app.Li().ID("report-attribution").Text(credit),
		),
	)
}

// editCopyButton keeps a scenario opened from a report link with the
// visitor's scenarios and opens it in the calculator.
func (p *Page) editCopyButton(id string) app.UI {
	return app.Button().Type("button").ID("edit-copy").Text(p.t("Edit a copy")).OnClick(func(ctx app.Context, e app.Event) {
		p.store().SaveIncoming(id)
		ctx.Navigate(href(PathCalc))
	}, app.EventScope("edit-copy", id))
}

// reportShareURL is the link that opens sc as the read-only report:
// <root>report#s=<payload>. Old links (<root>#s=...) still open the
// calculator.
func reportShareURL(origin, root string, sc roi.Scenario) (string, bool) {
	link, ok := shareURL(origin, root, sc)
	if !ok {
		return "", false
	}
	i := strings.Index(link, "#")
	return link[:i] + strings.TrimPrefix(PathReport, "/") + link[i:], true
}

// renderShareTo lets the sender choose what a share link opens: the report
// (the default, for a boss or a client) or the calculator.
func (p *Page) renderShareTo() app.UI {
	to := p.tools.shareTo
	// Short options (a select shows one line on a phone), the chosen one
	// told in full below.
	hint := p.t("the report, read-only (for a boss or a client)")
	if to == "calc" {
		hint = p.t("the calculator, to change the numbers")
	}
	return app.Div().Class("field share-to").Body(
		app.Label().For("share-to").Text(p.t("The link opens")),
		app.Select().ID("share-to").Attr("autocomplete", "off").Aria("describedby", "share-to-hint").Body(
			option("report", p.t("share\x04the report"), to != "calc"),
			option("calc", p.t("share\x04the calculator"), to == "calc"),
		).OnChange(func(ctx app.Context, e app.Event) {
			p.tools.shareTo = ctx.JSSrc().Get("value").String()
			if p.tools.shareLink != "" { // make the link again, to the chosen page
				p.share(ctx)
			}
		}),
		app.Small().Class("hint").ID("share-to-hint").Text(hint),
	)
}

// reportShareNotice says why a report link could not be opened: the report
// below is then of the visitor's own scenario, not the link's.
func (p *Page) reportShareNotice() app.UI {
	notes := p.tools.shareNotice
	if len(notes) == 0 {
		return app.If(false, nil)
	}
	return app.Div().Class("banner notice").ID("share-notice").Role("alert").Body(
		app.P().Body(
			app.Strong().Text(p.t("This link could not be opened.")),
			app.Text(" "+p.t("Nothing was changed: your scenarios are as they were.")),
		),
		app.Ul().Body(app.Range(notes).Slice(func(i int) app.UI { return app.Li().Text(notes[i]) })),
	)
}

// profitChart draws the cost, the gross profit on direct revenue and the
// total return on gross profit (estimates included): what the verdict
// weighs when a margin is given.
func profitChart(lang string, r roi.Report) (chart, bool) {
	cur, t := r.Currency, r.Totals
	items := []moneyBar{
		{msg("Cost"), "cost", t.Cost},
		{msg("Gross profit on direct revenue"), "", t.GrossProfit},
		{msg("Total return on gross profit"), "total", t.ProfitReturn},
	}
	bars, rows, texts, some := moneyBars(lang, cur, items)
	if !some {
		return chart{}, false
	}
	body, h := hbars(bars, 0, 0, false)
	return chart{
		id: "profit", caption: tr(lang, "Gross profit against cost"), title: tr(lang, "Return against cost"),
		desc:   trf(lang, "Cost {0}; gross profit on direct revenue {1}; total return on gross profit {2}.", texts[0], texts[1], texts[2]),
		height: h, body: body,
		head: []string{"", tr(lang, "Amount")},
		rows: rows,
	}, true
}
