package app

import (
	"strings"
	"sync"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/socialroi/socialroi/roi"
	"github.com/socialroi/socialroi/store"
)

// The guided start: the first thing on the calculator. A heading and one
// sentence say what the tool does; then the four steps marketers are
// taught (a measurable goal, a value for each action, every cost including
// staff time, then ROI) with the few inputs that matter, and the answer
// right under them. Its fields edit the current scenario through the
// store (store.StartField: the first line of each kind), so the full
// calculator below shows the same numbers; "Add detail" leads there.
// While the scenario on screen is an untouched preset, the start says the
// numbers are an example and offers a blank scenario of the reader's own.

// startPart draws the guided start again only when what it shows changed
// (see parts.go), and then makes its fields show the scenario (formsync.go).
type startPart struct {
	app.Compo
	Key []any

	page   *Page
	fields fields  // what its renders put in the fields (formsync.go)
	ctx    partCtx // to draw it alone (typing.go)
}

func (c *startPart) Render() app.UI {
	defer c.fields.record(c.page)()
	return c.page.renderStart()
}

// OnUpdate makes the fields show exactly the scenario once go-app drew
// them, but for the field being typed in whose keys have not reached the
// store yet (a tap from one field to the next, then keys at once).
func (c *startPart) OnUpdate(ctx app.Context) {
	ctx.Defer(func(app.Context) { c.fields.sync() })
}

// start is the guided start as a part: its key is everything it shows.
func (p *Page) start() app.UI {
	return &startPart{Key: p.startKey(), page: p}
}

func (p *Page) startKey() []any {
	st := p.store()
	e := st.Current()
	drafts := map[string]Draft{}
	for k, v := range e.Drafts {
		drafts[k] = v
	}
	typing := map[string]string{}
	for k, v := range st.Typing {
		typing[k] = v
	}
	return []any{p.lang(), e.ID, *p.live.keyScenario(st), drafts, typing, p.startPer} // the keys' copy (lines.go)
}

// The start's fields: its element id, the store's field, the line's label
// when the field makes one.
type startInput struct {
	id, what, made string
}

func (p *Page) startInputs() map[string]startInput {
	return map[string]startInput{
		store.StartRevenue:     {"start-revenue", store.StartRevenue, p.t("Revenue from social")},
		store.StartActionLabel: {"start-action-label", store.StartActionLabel, p.t("Leads")},
		store.StartActionCount: {"start-action-count", store.StartActionCount, p.t("Leads")},
		store.StartActionValue: {"start-action-value", store.StartActionValue, p.t("Leads")},
		store.StartRate:        {"start-rate", store.StartRate, p.t("Staff time")},
		store.StartAds:         {"start-ads", store.StartAds, p.t("Ads")},
		store.StartTools:       {"start-tools", store.StartTools, p.t("Tools")},
	}
}

// examples are the presets as the app offers them, in every language (and
// as roi has them, the first visit's before it is localized): a scenario
// equal to one of them is an example. exampleOf names the preset of each.
func examples() []roi.Scenario { s, _ := exampleSet(); return s }

var exampleSet = sync.OnceValues(func() (out []roi.Scenario, of []string) {
	for _, name := range roi.PresetNames {
		if sc, ok := roi.Preset(name); ok {
			out, of = append(out, sc), append(of, name)
		}
		for _, l := range roi.Languages {
			if sc, ok := LocalPreset(l, name); ok {
				out, of = append(out, sc), append(of, name)
			}
		}
	}
	return out, of
})

// localizeExample shows an untouched example in the language just chosen
// (store.LocalizeExample decides whether it is one).
func (p *Page) localizeExample() {
	st := p.store()
	_, of := exampleSet()
	st.LocalizeExample(examples(), func(i int) (roi.Scenario, bool) { return LocalPreset(st.Lang(), of[i]) })
}

func (p *Page) renderStart() app.UI {
	st := p.store()
	sc := st.Current().Scenario
	r := st.Report()
	ins := p.startInputs()
	_, example := st.IsExample(examples())
	f := func(what, label, hint string) app.UI {
		in := ins[what]
		return p.startField(in, label, hint)
	}
	hasAction := len(sc.Actions) > 0
	return app.Section().ID("start").Class("card start").Aria("labelledby", "start-title").Body(
		app.H1().ID("start-title").Text(p.t("Social media ROI calculator")),
		app.P().Class("lede").Text(p.t("Enter your costs and what social media brings in: the ROI appears as you type. Everything is worked out on this device; nothing you enter leaves it.")),
		app.Ol().Class("steps").Body(
			app.Li().Class("step").Body(
				app.H2().Text(p.t("Your goal, measured")),
				f(store.StartRevenue, p.t("Revenue from social"), p.t("Sales you can trace to social media in the period: tagged links, promo codes, your analytics.")),
				// Right under the first input: whoever starts reading sees
				// these are not their numbers, and the way to their own.
				app.If(example, func() app.UI {
					return app.Div().Class("example-bar").Body(
						app.Strong().Class("badge").Text(p.t("Example numbers")),
						p.ownButton(),
					)
				}),
			),
			app.Li().Class("step").Body(
				openIf(app.Details().Class("start-action").ID("start-action"), hasAction).Body(
					app.Summary().Body(app.H2().Text(p.t("The value of an action (optional)"))),
					app.P().Class("hint").Text(p.t("Leads, sign-ups or other actions that are worth money to you, even before they buy.")),
					app.Div().Class("grid").Body(
						f(store.StartActionLabel, p.t("Action"), ""),
						f(store.StartActionCount, p.t("How many"), ""),
						f(store.StartActionValue, p.t("Value per action"), ""),
					),
				),
			),
			app.Li().Class("step").Body(
				app.H2().Text(p.t("Every cost, staff time first")),
				app.Div().Class("grid").Body(
					p.startHours(),
					f(store.StartRate, p.t("Hourly rate"), p.t("Full cost per hour, not just the wage.")),
					f(store.StartAds, p.t("Ad spend"), ""),
					f(store.StartTools, p.t("Tools"), p.t("Scheduling, design and analytics subscriptions.")),
				),
			),
			app.Li().Class("step answer").Body(
				app.H2().Text(p.t("Your ROI")),
				app.If(example, func() app.UI { return p.renderExampleNotice(sc.Name) }),
				p.renderStartAnswer(r, hasAction),
			),
		),
		app.Div().Class("start-more").Body(
			app.Button().Type("button").ID("add-detail").Class("quiet").Text(p.t("Add detail")).OnClick(func(ctx app.Context, e app.Event) {
				ctx.ScrollTo("calculator")
				ctx.Defer(func(app.Context) { focusByID("f-name") })
			}),
			app.Small().Class("hint").Text(p.t("Period, channels, funnel, more costs and returns: the full calculator below holds the same numbers.")),
		),
	)
}

// renderExampleNotice says, next to the answer, that the numbers are an
// example, and which.
func (p *Page) renderExampleNotice(name string) app.UI {
	return app.P().Class("example").ID("start-example").Body(
		app.Strong().Class("badge").Text(p.tf("Example: {0}", p.orUntitled(name))),
		app.Text(" "+p.t("These are example numbers, not yours. Start with your own numbers above.")),
	)
}

// ownButton makes a blank scenario in the reader's language and currency,
// and puts the focus on the first guided input.
func (p *Page) ownButton() app.UI {
	return app.Button().Type("button").ID("start-own").Text(p.t("Start with my own numbers")).OnClick(func(ctx app.Context, e app.Event) {
		p.store().Add(newScenario(p.lang(), "blank", ""))
		// At once, not deferred: this button goes with the update, and
		// go-app drops what a gone element deferred. The field stays.
		focusByID("start-revenue")
	})
}

// renderStartAnswer is the answer: the report's ROI and net result, as the
// results panel shows them (on gross profit when a margin is known); with
// an action valued, the total ones too.
func (p *Page) renderStartAnswer(r roi.Report, total bool) app.UI {
	cur := r.Currency
	t := r.Totals
	roiLabel, net, netLabel := p.t("Direct ROI"), t.NetDirect, p.t("Net result, direct")
	totalLabel, netTotal := p.t("Total ROI"), t.NetTotal
	if r.Headline.Basis == "profit" {
		roiLabel, net, netLabel = p.t("ROI on gross profit"), t.NetProfit, p.t("Net result on gross profit")
		totalLabel, netTotal = p.t("Total ROI on gross profit"), t.NetTotalProfit
	}
	figs := []app.UI{
		p.startFig("roi", roiLabel, r.Headline.Direct.Likely, cur, r.Headline.Direct.Estimated),
		p.startFig("net", netLabel, net, cur, false),
	}
	if total {
		figs = append(figs,
			p.startFig("roi-total", totalLabel, r.Headline.Total.Likely, cur, true),
			p.startFig("net-total", p.t("Net result, total"), netTotal, cur, true),
		)
	}
	return app.Dl().ID("start-answer").Class("start-answer").Aria("live", "polite").Body(figs...)
}

// startFig is one figure of the answer, its exact value in data-value.
func (p *Page) startFig(key, label string, v roi.Value, cur string, estimate bool) app.UI {
	dt := app.Dt().Text(label)
	if estimate {
		dt = app.Dt().Body(app.Text(label+" "), app.Span().Class("est").Text(p.t("estimate")))
	}
	return app.Div().Class(lossy("kv", v)).Body(dt, app.Dd().DataSet("start", key).DataSet("value", v.String()).Body(p.val(v, cur)))
}

// startField is one labelled field of the start, bound to the first line
// of its kind; the handlers ask the store for the field when they run (a
// line made meanwhile, another scenario).
func (p *Page) startField(in startInput, label, hint string) app.UI {
	st := p.store()
	f := st.StartField(in.what, in.made)
	prob, bad := st.Problem(f.Path)
	_, typing := st.Typing[f.Path]
	text := asTyped(in.id, st.Text(f), typing)
	p.shown(in.id, text, typing)
	input := app.Input().Type("text").ID(in.id).Name("start."+in.what).Value(text).
		OnInput(func(ctx app.Context, e app.Event) {
			// The line's label in the language of now, not of the first render.
			st, made := p.store(), p.startInputs()[in.what].made
			st.Edit(st.StartField(in.what, made), ctx.JSSrc().Get("value").String())
			p.typed(ctx, "") // only what changed is drawn (typing.go)
		}, app.EventScope(in.id, f.Path)).
		OnChange(func(ctx app.Context, e app.Event) {
			st := p.store()
			st.DoneTyping(st.StartField(in.what, "").Path)
		}, app.EventScope(in.id, f.Path))
	if f.Number {
		input = input.Attr("inputmode", "decimal").Attr("autocomplete", "off")
	}
	if bad {
		input = input.Aria("invalid", "true").Aria("describedby", in.id+"-err")
	}
	return app.Div().Class("field").Body(
		app.Label().For(in.id).Text(label),
		input,
		app.If(hint != "" && !bad, func() app.UI { return app.Small().Class("hint").Text(hint) }),
		app.If(bad, func() app.UI {
			return app.P().Class("error").ID(in.id + "-err").Role("alert").Text(p.notCounted(f, prob))
		}),
	)
}

// startHours is the staff hours, with what they are given for: per week
// or per month they become the period's hours (roi.PeriodHours), and the
// field says how many that is and how long the period is taken to be.
func (p *Page) startHours() app.UI {
	st := p.store()
	f := st.StartField(store.StartHours, "")
	text, per := st.StartHours(p.startPer)
	prob, bad := st.Problem(f.Path)
	typing := focused("start-hours") // its text is the period's hours, typed or not
	text = asTyped("start-hours", text, typing)
	p.shown("start-hours", text, typing)
	p.shown("start-per", per, false)
	pers := [][2]string{{roi.PerWeek, p.t("per week")}, {roi.PerMonth, p.t("per month")}, {roi.PerPeriod, p.t("for the whole period")}}
	input := app.Input().Type("text").ID("start-hours").Name("start.hours").Value(text).
		Attr("inputmode", "decimal").Attr("autocomplete", "off").Aria("describedby", "start-hours-note").
		OnInput(func(ctx app.Context, e app.Event) {
			st := p.store()
			_, per := st.StartHours(p.startPer)
			p.startPer = per
			st.EditStartHours(ctx.JSSrc().Get("value").String(), per, p.t("Staff time"))
			p.typed(ctx, "")
		}, app.EventScope(f.Path))
	if bad {
		input = input.Aria("invalid", "true").Aria("describedby", "start-hours-err"+" "+"start-hours-note")
	}
	return app.Div().Class("hours").Body(
		app.Div().Class("with-unit").Body(
			app.Div().Class("field").Body(
				app.Label().For("start-hours").Text(p.t("Staff hours")),
				input,
			),
			app.Div().Class("field").Body(
				app.Label().For("start-per").Text(p.t("Hours given")),
				app.Select().ID("start-per").Name("start.per").OnChange(func(ctx app.Context, e app.Event) {
					st := p.store()
					text, _ := st.StartHours(p.startPer)
					p.startPer = ctx.JSSrc().Get("value").String()
					if text != "" {
						st.EditStartHours(text, p.startPer, p.t("Staff time")) // the same number, read per the new unit
					}
				}).Body(
					app.Range(pers).Slice(func(i int) app.UI { return option(pers[i][0], pers[i][1], pers[i][0] == per) }),
				),
			),
		),
		app.If(bad, func() app.UI {
			return app.P().Class("error").ID("start-hours-err").Role("alert").Text(p.notCounted(f, prob))
		}),
		app.Small().Class("hint").ID("start-hours-note").Text(p.hoursNote(f, text, per, bad)),
	)
}

// hoursNote says what hours given per week or per month come to in the
// period, and how long the period is taken to be.
func (p *Page) hoursNote(f Field, text, per string, bad bool) string {
	st := p.store()
	sc := st.Current().Scenario
	span := roi.Span(sc.Period)
	var period string
	switch span.Basis {
	case "months", "entered":
		period = p.tn("one=The period is {0} month.|other=The period is {0} months.", span.Months.String(), store.InputNumber(span.Months.String(), st.Locale))
	case "days":
		period = p.tn("one=The period is {0} day.|other=The period is {0} days.", span.Days.String(), store.InputNumber(span.Days.String(), st.Locale))
	default:
		period = p.t("No dates are entered: the period is taken to be a year (365 days). Set your dates under Scenario.")
	}
	if per == roi.PerPeriod || text == "" || bad {
		if per == roi.PerPeriod {
			return p.t("All the hours spent in the period: writing, designing, answering, reporting.")
		}
		return period
	}
	hours := f.Get(&sc)
	return p.tn("one=That is {0} hour in the period.|other=That is {0} hours in the period.", hours, store.InputNumber(hours, st.Locale)) + " " + period
}

// focusByID moves the keyboard focus to an element, in the browser.
func focusByID(id string) {
	if !app.IsClient {
		return
	}
	if el := app.Window().GetElementByID(id); el.Truthy() {
		el.Call("focus")
	}
}

// carryStart applies a field of the guided start changed before the app
// started (prestart.go): its name is "start." and what it edits. It says
// whether t was one.
func (p *Page) carryStart(t typedEarly) bool {
	what, ok := strings.CutPrefix(t.path, "start.")
	if !ok {
		return false
	}
	st := p.store()
	switch what {
	case "per":
		p.startPer = t.value
	case store.StartHours:
		_, per := st.StartHours(p.startPer)
		if p.startPer != "" {
			per = p.startPer
		}
		st.EditStartHours(t.value, per, p.t("Staff time"))
	default:
		if in, known := p.startInputs()[what]; known {
			f := st.StartField(what, in.made)
			st.Edit(f, t.value)
			st.DoneTyping(f.Path)
		}
	}
	return true
}
