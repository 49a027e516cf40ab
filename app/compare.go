package app

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/socialroi/socialroi/roi"
)

var compareLabels = map[string]string{
	"totals.cost": "Cost", "totals.staffCost": "Staff time", "totals.adSpend": "Ad spend",
	"totals.directRevenue": "Direct revenue", "totals.actionValue": "Action value (estimate)",
	"totals.earnedMedia": "Earned media (estimate)", "totals.savings": "Service savings (estimate)",
	"totals.lift": "Customer lift (estimate)", "totals.totalReturn": "Total return (estimate)",
	"roi.direct": "Direct ROI", "roi.total": "Total ROI (estimate)", "roi.profit": "ROI on gross profit",
	"roas": "ROAS", "funnel.conversions": "Conversions", "funnelConversionRate": "Funnel conversion rate",
	"breakEven.conversions": "Conversions to break even",
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
					return option(entries[i].ID, orUntitled(entries[i].Scenario.Name), entries[i].ID == cur)
				}),
			),
		)
	}
	var body app.UI
	if b == "" {
		body = app.P().Class("card").Text("Compare needs two scenarios. Create or duplicate one on the calculator page: for example last month and this month, or two campaigns.")
	} else {
		ea, eb := st.Entry(a), st.Entry(b)
		ra, err1 := roi.Calculate(ea.Scenario)
		rb, err2 := roi.Calculate(eb.Scenario)
		if err1 != nil || err2 != nil {
			body = app.P().Class("error").Text("One of the scenarios cannot be calculated.")
		} else {
			body = p.renderComparison(roi.Compare(ra, rb), orUntitled(ea.Scenario.Name), orUntitled(eb.Scenario.Name))
		}
	}
	return app.Div().Class("compare").Body(
		app.H1().Text("Compare two scenarios"),
		app.Div().Class("card row").Body(
			pick("compare-a", "First (A)", a, func(v string) { p.compareA = v }),
			pick("compare-b", "Second (B)", b, func(v string) { p.compareB = v }),
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
	cell := func(class string, v roi.Value, cur string) app.UI {
		return app.Td().Class(class).DataSet("value", v.String()).Body(p.val(v, cur))
	}
	return app.Div().Class("card").Body(
		app.If(!c.SameCurrency, func() app.UI {
			return app.P().Class("notice").Text("The two scenarios use different currencies (" + c.CurrencyA + ", " + c.CurrencyB + "): money changes are not computed.")
		}),
		app.Div().Class("scroll").Body(app.Table().ID("compare-table").Body(
			app.THead().Body(app.Tr().Body(th("Figure"), th(nameA), th(nameB), th("Change"), th("Change %"))),
			app.TBody().Body(app.Range(c.Rows).Slice(func(i int) app.UI {
				r := c.Rows[i]
				return app.Tr().DataSet("key", r.Key).Body(
					app.Th().Scope("row").Text(compareLabels[r.Key]),
					cell("a", r.A, money(r.A, "a")),
					cell("b", r.B, money(r.B, "b")),
					cell("change", r.Change, c.CurrencyA),
					cell("change-percent", r.ChangePercent, c.CurrencyA),
				)
			})),
		)),
	)
}
