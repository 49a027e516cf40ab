package app

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/socialroi/socialroi/roi"
)

// hoursInput is a staff line's hours with what they are given for (issue
// 10, point 8): per week or per month, what is typed becomes the period's
// hours (store.EditHours, by roi.PeriodHours) and the note under the field
// says how many that is and how long the period is taken to be. For the
// whole period (the default: a scenario's hours are the period's) it is the
// plain number field.
func (p *Page) hoursInput(i int) app.UI {
	st := p.store()
	path := at("costs", i, "hours")
	f := numField(path, line(costsOf, i, func(c *roi.Cost) *roi.Number { return &c.Hours }))
	id := fieldID(path)
	perID := id + "-per"
	noteID := id + "-hours-note"
	text, per := st.Hours(path, "")
	prob, bad := st.Problem(path)
	_, typing := st.Typing[path]
	text = asTyped(id, text, typing)
	p.shown(id, text, typing || per != roi.PerPeriod) // the text typed per week is what it shows
	p.shown(perID, per, false)
	in := app.Input().Type("text").ID(id).Name(path).Value(text).
		Attr("inputmode", "decimal").Attr("autocomplete", "off").
		OnInput(func(ctx app.Context, e app.Event) {
			st := p.store()
			_, per := st.Hours(path, "")
			st.EditHours(path, ctx.JSSrc().Get("value").String(), per)
			p.typed(ctx, path) // only what changed is drawn (typing.go)
		}, app.EventScope(path)).
		OnChange(func(ctx app.Context, e app.Event) { p.store().DoneTyping(path) }, app.EventScope(path))
	weekly := per != roi.PerPeriod
	note, noted := st.Note(f)
	noted = noted && !weekly
	switch {
	case bad && weekly:
		in = in.Aria("invalid", "true").Aria("describedby", id+"-err "+noteID)
	case bad:
		in = in.Aria("invalid", "true").Aria("describedby", id+"-err")
	case weekly:
		in = in.Aria("describedby", noteID)
	case noted:
		in = in.Aria("describedby", id+"-note")
	}
	pers := [][2]string{{roi.PerWeek, p.t("per week")}, {roi.PerMonth, p.t("per month")}, {roi.PerPeriod, p.t("for the whole period")}}
	return app.Div().Class("field hours").Body(
		app.Div().Class("with-unit").Body(
			app.Div().Class("field").Body(
				app.Label().For(id).Text(p.t("Hours")),
				in,
			),
			app.Div().Class("field").Body(
				app.Label().For(perID).Text(p.t("Hours given")),
				app.Select().ID(perID).Name(path+"#per").OnChange(func(ctx app.Context, e app.Event) {
					st := p.store()
					text, _ := st.Hours(path, "")
					st.EditHours(path, text, ctx.JSSrc().Get("value").String()) // the same number, read per the new unit
				}, app.EventScope(path)).Body(
					app.Range(pers).Slice(func(i int) app.UI { return option(pers[i][0], pers[i][1], pers[i][0] == per) }),
				),
			),
		),
		app.If(noted && !bad, func() app.UI { return p.inputNote(f, id, note) }),
		app.If(bad, func() app.UI {
			return app.P().Class("error").ID(id + "-err").Role("alert").Text(p.notCounted(f, prob))
		}),
		app.If(weekly, func() app.UI {
			return app.Small().Class("hint").ID(noteID).Text(p.hoursNote(f, text, per, bad))
		}),
	)
}
