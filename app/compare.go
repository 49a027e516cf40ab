package app

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/socialroi/socialroi/roi"
)

var compareLabels = map[string]string{
	"totals.cost": msg("Cost"), "totals.staffCost": msg("Staff time"), "totals.adSpend": msg("Ad spend"),
	"totals.directRevenue": msg("Direct revenue"), "totals.actionValue": msg("Action value (estimate)"),
	"totals.earnedMedia": msg("Earned media (estimate)"), "totals.savings": msg("Service savings (estimate)"),
	"totals.lift": msg("Customer lift (estimate)"), "totals.totalReturn": msg("Total return (estimate)"),
	"roi.direct": msg("Direct ROI"), "roi.total": msg("Total ROI (estimate)"), "roi.profit": msg("ROI on gross profit"),
	"roi.totalProfit": msg("Total ROI on gross profit (estimate)"), "totals.grossProfit": msg("Gross profit on direct revenue"),
	"roas": msg("ROAS"), "funnel.conversions": msg("Conversions"), "funnelConversionRate": msg("Funnel conversion rate"),
	"breakEven.conversions": msg("Conversions to break even"),
}

// renderCompare sets two saved scenarios side by side with the changes.
func (p *Page) renderCompare() app.UI {
	st := p.store()
	entries := st.Entries()
	// By default A is the first saved scenario and B the current one (or
	// the next): "last month" against "this month".
	a, b := p.compareA, p.compareB
	if st.Entry(a) == nil {
		a = entries[0].ID
	}
	if st.Entry(b) == nil || b == a {
		b = ""
		if cur := st.Current().ID; cur != a {
			b = cur
		} else {
			for _, e := range entries {
				if e.ID != a {
					b = e.ID
					break
				}
			}
		}
	}
	pick := func(id, label, cur string, set func(string)) app.UI {
		return app.Div().Class("field").Body(
			app.Label().For(id).Text(label),
			app.Select().ID(id).OnChange(func(ctx app.Context, e app.Event) { set(ctx.JSSrc().Get("value").String()) }).Body(
				app.Range(entries).Slice(func(i int) app.UI {
					return option(entries[i].ID, p.orUntitled(entries[i].Scenario.Name), entries[i].ID == cur)
				}),
			),
		)
	}
	var body app.UI
	if b == "" {
		body = app.P().Class("card").Text(p.t("Compare needs two scenarios. Create or duplicate one on the calculator page: for example last month and this month, or two campaigns."))
	} else {
		ea, eb := st.Entry(a), st.Entry(b)
		ra, err1 := roi.Calculate(ea.Scenario)
		rb, err2 := roi.Calculate(eb.Scenario)
		if err1 != nil || err2 != nil {
			body = app.P().Class("error").Text(p.t("One of the scenarios cannot be calculated."))
		} else {
			body = p.renderComparison(roi.Compare(ra, rb), p.orUntitled(ea.Scenario.Name), p.orUntitled(eb.Scenario.Name))
		}
	}
	return app.Div().Class("compare").Body(
		app.H1().Text(p.t("Compare two scenarios")),
		app.Div().Class("card row").Body(
			pick("compare-a", p.t("First (A)"), a, func(v string) { p.compareA = v }),
			pick("compare-b", p.t("Second (B)"), b, func(v string) { p.compareB = v }),
		),
		body,
	)
}

func (p *Page) renderComparison(c roi.Comparison, nameA, nameB string) app.UI {
	money := func(v roi.Value, side string) string {
		cur := c.CurrencyA
		if side == "b" {
			cur = c.CurrencyB
		}
		return cur
	}
	figCell := func(class, label string, v roi.Value, cur string) app.UI {
		return cell(label, p.val(v, cur)).Class(class).DataSet("value", v.String())
	}
	return app.Div().Class("card").Body(
		app.If(!c.SameCurrency, func() app.UI {
			return app.P().Class("notice").Text(p.tf("The two scenarios use different currencies ({0}, {1}): money changes are not computed.", c.CurrencyA, c.CurrencyB))
		}),
		app.Div().Class("scroll").Body(app.Table().ID("compare-table").Class("cards").Body(
			app.THead().Body(app.Tr().Body(th(p.t("Figure")), th(nameA), th(nameB), th(p.t("Change")), th(p.t("Change %")))),
			app.TBody().Body(app.Range(c.Rows).Slice(func(i int) app.UI {
				r := c.Rows[i]
				return app.Tr().DataSet("key", r.Key).Body(
					app.Th().Scope("row").Text(p.t(compareLabels[r.Key])),
					figCell("a", nameA, r.A, money(r.A, "a")),
					figCell("b", nameB, r.B, money(r.B, "b")),
					figCell("change", p.t("Change"), r.Change, c.CurrencyA),
					figCell("change-percent", p.t("Change %"), r.ChangePercent, c.CurrencyA),
				)
			})),
		)),
	)
}
