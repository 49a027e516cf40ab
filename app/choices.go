package app

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// A select cannot wrap its text, and a long option ("Macro (lead, sign-up,
// demo, purchase)", "Not said (a warning when revenue stands beside it)")
// was cut on a phone and in a two-column form. The selects show short
// options; the long text of the chosen one is the hint under the select.

var (
	categoryChoices = map[string]string{
		"staff": msg("Staff time"), "ads": msg("Ads"), "tools": msg("Tools"), "content": msg("Outsourced content"),
		"training": msg("Training and research"), "service": msg("Refunds and discounts"), "other": msg("Other"),
	}
	typeChoices      = map[string]string{"micro": msg("choice\x04Micro action"), "macro": msg("choice\x04Macro action")}
	methodChoices    = map[string]string{"entered": msg("choice\x04Value entered"), "conversion": msg("choice\x04From the close rate"), "cpc": msg("choice\x04From a click price")}
	inRevenueChoices = map[string]string{"unknown": msg("choice\x04Not said"), "true": msg("choice\x04Yes, the same sales"), "false": msg("choice\x04No, separate")}
	inRevenueLabels  = map[string]string{
		"unknown": msg("Not said (a warning when revenue stands beside it)"),
		"true":    msg("Yes: the same sales, shown but not added"),
		"false":   msg("No: separate (open pipeline, orders to come)"),
	}
)

// explained is a select with short options and, under it, the long text
// of the chosen one (long[value], none when it is the same).
func (p *Page) explained(path, label, value string, values []string, short, long map[string]string) app.UI {
	hint := p.t(long[value])
	return app.Div().Class("field explained").Body(
		p.choice(path, label, value, opts(values, p.tmap(short))),
		app.If(hint != "" && hint != p.t(short[value]), func() app.UI {
			return app.Small().Class("hint").ID(fieldID(path) + "-about").Text(hint)
		}),
	)
}
