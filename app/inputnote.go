package app

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/socialroi/socialroi/roi"
	"github.com/socialroi/socialroi/store"
)

// Forgiving number input (issue 10, point 5): what a number field says
// under itself about how its text was read. roi.ReadInput reads the text,
// the store keeps the reading and makes the changes; this only words them.

// inputNote is the note under a number field whose text could mean another
// number: "Read as 1 500 — change to 1,5", and for a rate below 1 in a
// percent field "0,15 means 0,15 %. Did you mean 15 %?" with the fix.
func (p *Page) inputNote(f Field, id string, n store.InputNote) app.UI {
	loc := p.store().Locale
	var body []app.UI
	if n.Other != "" {
		body = append(body,
			app.Span().Text(p.tf("Read as {0} —", InputNumber(n.Value, loc))+" "),
			app.Button().Type("button").Class("linkish").ID(id+"-other").DataSet("value", n.Other).
				Text(p.tf("change to {0}", InputNumber(n.Other, loc))).
				OnClick(func(ctx app.Context, e app.Event) { p.store().OtherReading(f) }, app.EventScope(f.Path)),
		)
	}
	if n.Percent100 != "" {
		if len(body) > 0 {
			body = append(body, app.Text(" "))
		}
		body = append(body,
			app.Span().Text(p.tf("{0} means {0}%. Did you mean {1}%?", InputNumber(n.Value, loc), InputNumber(n.Percent100, loc))+" "),
			app.Button().Type("button").Class("linkish").ID(id+"-fix").DataSet("value", n.Percent100).
				Text(p.tf("Make it {0}%", InputNumber(n.Percent100, loc))).
				OnClick(func(ctx app.Context, e app.Event) { p.store().FixPercent(f) }, app.EventScope(f.Path)),
		)
	}
	return app.P().Class("readas").ID(id + "-note").Role("status").Body(body...)
}

// notCounted is the message under a field holding invalid text: why, and
// what the results do with the field, exactly as the scenario holds it
// (store.Uncounted).
func (p *Page) notCounted(f Field, prob roi.Message) string {
	uses := f.Get(&p.store().Current().Scenario)
	if uses == "" {
		return p.tf("{0} — kept as typed; the results do not count this field until it is corrected.", p.say(prob))
	}
	if f.Number {
		uses = InputNumber(uses, p.store().Locale)
	}
	return p.tf("{0} — kept as typed; the results still use {1}.", p.say(prob), uses)
}
