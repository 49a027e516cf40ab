package app

import (
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/socialroi/socialroi/roi"
)

// Labels for the scenario's enumerations.
var (
	modelLabels = map[string]string{
		"ecommerce": msg("E-commerce"), "b2b": msg("B2B"), "saas": msg("SaaS"), "local": msg("Local store"), "custom": msg("Custom"),
	}
	presetLabels = map[string]string{
		"ecommerce": msg("E-commerce preset"), "b2b": msg("B2B preset"), "saas": msg("SaaS preset"), "local": msg("Local store preset"), "blank": msg("Blank"),
	}
	categoryLabels = map[string]string{
		"staff": msg("Staff time (hours × rate)"), "ads": msg("Ads"), "tools": msg("Tools"), "content": msg("Outsourced content"),
		"training": msg("Training and research"), "service": msg("Refunds and discounts"), "other": msg("Other"),
	}
	typeLabels   = map[string]string{"micro": msg("Micro (like, share, click, follow)"), "macro": msg("Macro (lead, sign-up, demo, purchase)")}
	stageLabels  = map[string]string{"": "—", "awareness": msg("Awareness"), "interest": msg("Interest"), "evaluation": msg("Evaluation"), "purchase": msg("Purchase")}
	methodLabels = map[string]string{
		"entered": msg("Value per action"), "conversion": msg("Close rate × deal size"), "cpc": msg("Pay-per-click price"),
	}
	indirectLabels = map[string]string{
		"thought-leadership": msg("Thought leadership"), "relationships": msg("Relationships"), "word-of-mouth": msg("Word of mouth"),
		"reputation": msg("Reputation"), "search-authority": msg("Search authority"), "indirect-sales": msg("Indirect sales"),
		"content-skills": msg("Content skills"), "other": msg("Other"),
	}
	goalLabels = map[string]string{
		"revenue": msg("Direct revenue"), "return": msg("Total return"), "roi": msg("Direct ROI (%)"), "roiTotal": msg("Total ROI (%)"),
		"roas": msg("ROAS"), "cost": msg("Cost (at most)"), "conversions": msg("Conversions"), "actionValue": msg("Action value"),
		"earnedMedia": msg("Earned media"), "savings": msg("Savings"),
	}
)

// renderCalc is the calculator: scenario controls, the form, the results.
func (p *Page) renderCalc() app.UI {
	return app.Div().Class("calc").Body(
		p.renderIncoming(),
		p.stagedStart(),   // the guided start (start.go), once its stage comes (stage.go)
		p.stagedToolbar(), // scenarios and files (toolbar.go), once drawn (stage.go)
		p.renderAdImport(),
		app.H2().ID("calculator").Class("full-title").Text(p.t("The full calculator")),
		app.Div().Class("cols").Body(
			// Components, each drawn again only when what it shows
			// changed (parts.go).
			app.Div().Class("inputs").Body(
				p.stagedParts()..., // each part once its stage comes (stage.go)
			),
			p.stagedResults(),
		),
	)
}

// newScenario starts a scenario from a preset, or blank in a currency.
func newScenario(lang, from, currency string) roi.Scenario {
	if sc, ok := LocalPreset(lang, from); ok {
		return sc
	}
	if currency == "" {
		currency = DefaultCurrency(lang)
	}
	return roi.New(tr(lang, "New scenario"), currency)
}

func (p *Page) renderBasics() app.UI {
	st := p.store()
	sc := st.Current().Scenario
	return section("basics", p.t("Scenario"), true,
		app.Div().Class("grid").Body(
			p.input(textField("name", func(s *roi.Scenario, _ bool) *string { return &s.Name }), p.t("Scenario name"), p.t("A campaign, a month, a channel.")),
			p.currencyPicker(sc.Currency), // currency.go
			p.choice("businessModel", p.t("Business model"), sc.BusinessModel, opts(roi.BusinessModels, p.tmap(modelLabels))),
			p.dateInput(textField("period.start", block(periodOf, func(pd *roi.Period) *string { return &pd.Start })), p.t("Period start")),
			p.dateInput(textField("period.end", block(periodOf, func(pd *roi.Period) *string { return &pd.End })), p.t("Period end")),
			p.input(numField("period.months", block(periodOf, func(pd *roi.Period) *roi.Number { return &pd.Months })), p.t("Months (without dates)"), p.t("How long the figures cover, when there are no dates. Without either, a year is assumed.")),
		),
	)
}

// rangeInputs are an estimate's low and high ends, folded away under
// "Not sure?": path is the estimate's ("revenue[0].attribution"), the ends
// bind to its "Range.low" and "Range.high".
func (p *Page) rangeInputs(path string, get func(*roi.Scenario, bool) **roi.Range, open bool) app.UI {
	return openIf(app.Details().Class("range-inputs"), open).Body(
		app.Summary().Text(p.t("Not sure? Give a low and a high")),
		app.Div().Class("grid").Body(
			p.input(numField(path+"Range.low", rangeEnd(get, false)), p.t("Low"), ""),
			p.input(numField(path+"Range.high", rangeEnd(get, true)), p.t("High"), ""),
		),
	)
}

// sourceOf is a revenue line's source as its select shows it: not given is
// "manual" (entered), since a select's option cannot have an empty value.
func sourceOf(r roi.Revenue) string {
	if r.Source == "" {
		return "manual"
	}
	return r.Source
}

// hasRange says whether a range has an end given (its inputs start unfolded).
func hasRange(r *roi.Range) bool { return r != nil && (!r.Low.IsZero() || !r.High.IsZero()) }

// section is one part of the form; open ones start unfolded.
func section(id, title string, open bool, body ...app.UI) app.UI {
	return openIf(app.Details().Class("card section").ID("sec-"+id), open).Body(
		append([]app.UI{app.Summary().Body(app.H2().Text(title))}, body...)...,
	)
}

// openIf opens a details element when open. Only then: go-app would
// prerender open="false", which browsers read as open, so the prerendered
// page showed every folded part unfolded, and the page shrank by a screen
// or more when the app started. Folding is done by go-app, which removes
// the attribute.
func openIf(d app.HTMLDetails, open bool) app.HTMLDetails {
	if open {
		return d.Open(true)
	}
	return d
}

// line is one entry of a list (a cost, an action...) with its remove button.
func (p *Page) line(list string, i int, title string, body ...app.UI) app.UI {
	return app.Div().Class("line").DataSet("line", list+"["+strconv.Itoa(i)+"]").Role("group").Aria("label", title).Body(
		app.Div().Class("line-head").Body(
			app.H3().Text(title),
			app.Button().Type("button").Class("quiet remove").Aria("label", p.tf("Remove {0}", title)).Text(p.t("Remove")).
				OnClick(func(ctx app.Context, e app.Event) {
					p.store().RemoveLine(list, i) // undoable: the undo banner offers it
					focusUndo()                   // once drawn
				}, app.EventScope(list, i)),
		),
		app.Div().Class("grid").Body(body...),
	)
}

// addButton adds a line to list (store.AddLine decides what it starts as)
// and, once drawn, puts the focus in its first field, scrolled into view
// above the summary bar (keepvisible.go).
func (p *Page) addButton(id, text, list string) app.UI {
	return app.Button().Type("button").ID(id).Class("add").Text(text).OnClick(func(ctx app.Context, e app.Event) {
		if n := p.store().AddLine(list); n >= 0 {
			focusLine(list, n) // once drawn
		}
	}, app.EventScope(id))
}

func lineTitle(label, fallback string, i int) string {
	if label != "" {
		return label
	}
	return fallback + " " + strconv.Itoa(i+1)
}

func (p *Page) renderCosts() app.UI {
	st := p.store()
	costs := st.Current().Scenario.Costs
	return section("costs", p.t("Costs"), true,
		app.P().Class("intro").Text(p.t("Everything social media costs you in the period: staff time first, then ads, tools, outsourced content, training, refunds and discounts.")),
		app.Range(costs).Slice(func(i int) app.UI { return p.linePart("costs", i) }), // drawn alone when it changes (lines.go)
		p.addButton("add-cost", p.t("Add cost"), "costs"),
	)
}

func (p *Page) channelInput(path string, ptr strPtr) app.UI {
	f := textField(path, ptr)
	f.Lower = true
	return p.input(f, p.t("Channel (optional)"), p.t("e.g. instagram, linkedin, tiktok"))
}

func (p *Page) renderRevenue() app.UI {
	st := p.store()
	rev := st.Current().Scenario.Revenue
	return section("revenue", p.t("Revenue from social"), true,
		app.P().Class("intro").Text(p.t("Sales you can attribute to social media (tagged links, promo codes, your analytics). Mark what came from paid posts.")),
		app.Range(rev).Slice(func(i int) app.UI { return p.linePart("revenue", i) }), // drawn alone when it changes (lines.go)
		p.addButton("add-revenue", p.t("Add revenue"), "revenue"),
	)
}

func (p *Page) renderActions() app.UI {
	st := p.store()
	acts := st.Current().Scenario.Actions
	return section("actions", p.t("Value of each action"), true,
		app.P().Class("intro").Text(p.t("Give each action people take a value: micro actions (likes, shares, clicks, follows) and macro actions (leads, sign-ups, demos, purchases). Enter the value, or derive it: a lead that closes 20% of the time at 400 is worth 80.")),
		app.Range(acts).Slice(func(i int) app.UI { return p.linePart("actions", i) }), // drawn alone when it changes (lines.go)
		p.addButton("add-action", p.t("Add action"), "actions"),
	)
}

func (p *Page) renderFunnel() app.UI {
	st := p.store()
	sc := st.Current().Scenario
	var stages []roi.Stage
	var f roi.Funnel
	if sc.Funnel != nil {
		f = *sc.Funnel
		stages = f.Stages
	}
	return section("funnel", p.t("Funnel"), sc.Funnel != nil,
		app.P().Class("intro").Text(p.t("Awareness → interest → evaluation → purchase. Give each stage a count, or a rate: the percent of the stage before.")),
		app.Range(stages).Slice(func(i int) app.UI {
			s := stages[i]
			mode := "count"
			if s.Count.IsZero() && !s.Rate.IsZero() {
				mode = "rate"
			}
			fields := []app.UI{
				p.choice(at("funnel.stages", i, "stage"), p.t("Stage"), s.Stage, opts(append([]string{""}, roi.FunnelStages...), p.tmap(stageLabels))),
				p.input(textField(at("funnel.stages", i, "metric"), line(stagesOf, i, func(s *roi.Stage) *string { return &s.Metric })), p.t("What is counted"), p.t("impressions, clicks, leads, customers…")),
			}
			if i > 0 {
				fields = append(fields, p.choice(at("funnel.stages", i, "mode"), p.t("Given as"), mode, [][2]string{{"count", p.t("Count")}, {"rate", p.t("Rate of previous stage (%)")}}))
			}
			if mode == "rate" {
				fields = append(fields, p.input(numField(at("funnel.stages", i, "rate"), line(stagesOf, i, func(s *roi.Stage) *roi.Number { return &s.Rate })), p.t("Rate (%)"), ""))
			} else {
				fields = append(fields, p.input(numField(at("funnel.stages", i, "count"), line(stagesOf, i, func(s *roi.Stage) *roi.Number { return &s.Count })), p.t("Count"), ""))
			}
			fields = append(fields, p.input(numField(at("funnel.stages", i, "paidCount"), line(stagesOf, i, func(s *roi.Stage) *roi.Number { return &s.PaidCount })), p.t("Of which paid (optional)"), p.t("Paid impressions or clicks, for the ad platforms' CPM and CPC.")))
			return p.line("funnel.stages", i, lineTitle(p.t(stageLabels[s.Stage])+" "+metricName(p.lang(), s.Metric), p.t("Stage"), i), fields...)
		}),
		p.addButton("add-stage", p.t("Add stage"), "funnel.stages"),
		app.If(sc.Funnel != nil, func() app.UI {
			return app.Div().Class("grid").Body(
				p.input(numField("funnel.valuePerConversion", block(funnelOf, func(f *roi.Funnel) *roi.Number { return &f.ValuePerConversion })), p.t("Value per conversion"), p.t("What one conversion at the last stage is worth.")),
				p.rangeInputs("funnel.valuePerConversion", blockRange(funnelOf, func(f *roi.Funnel) **roi.Range { return &f.ValuePerConversionRange }), hasRange(f.ValuePerConversionRange)),
				p.check("funnel.useAsRevenue", p.t("Count conversions × value as revenue"), f.UseAsRevenue),
				app.If(f.UseAsRevenue, func() app.UI {
					return p.input(numField("funnel.attribution", block(funnelOf, func(f *roi.Funnel) *roi.Number { return &f.Attribution })), p.t("Share credited to social (%)"), p.t("Would it have happened anyway? Empty means 100%."))
				}),
			)
		}),
	)
}

func (p *Page) renderMore() app.UI {
	st := p.store()
	sc := st.Current().Scenario
	savings := sc.Savings
	ind := sc.Indirect
	return app.Div().Body(
		p.section("earned", p.t("Earned media"), sc.EarnedMedia != nil,
			app.P().Class("intro").Text(p.t("Visits that social brought for free, valued at what the same traffic would cost in pay-per-click ads.")),
			app.Div().Class("grid").Body(
				p.input(numField("earnedMedia.visits", block(earnedOf, func(e *roi.Earned) *roi.Number { return &e.Visits })), p.t("Visits"), ""),
				p.input(numField("earnedMedia.costPerClick", block(earnedOf, func(e *roi.Earned) *roi.Number { return &e.CostPerClick })), p.t("Pay-per-click price"), ""),
				p.rangeInputs("earnedMedia.costPerClick", blockRange(earnedOf, func(e *roi.Earned) **roi.Range { return &e.CostPerClickRange }), sc.EarnedMedia != nil && hasRange(sc.EarnedMedia.CostPerClickRange)),
			),
			app.P().Class("hint").Text(p.t("Unpaid visits only: paid clicks were bought already. Unpaid link clicks valued at a click price are counted here, not twice.")),
		),
		p.section("savings", p.t("Service savings"), len(savings) > 0,
			app.P().Class("intro").Text(p.t("Support questions answered on social instead of by phone or email, and what each would have cost.")),
			app.Range(savings).Slice(func(i int) app.UI {
				return p.line("savings", i, lineTitle(savings[i].Label, p.t("Saving"), i),
					p.input(textField(at("savings", i, "label"), line(savingsOf, i, func(v *roi.Saving) *string { return &v.Label })), p.t("Label"), ""),
					p.input(numField(at("savings", i, "count"), line(savingsOf, i, func(v *roi.Saving) *roi.Number { return &v.Count })), p.t("How many"), ""),
					p.input(numField(at("savings", i, "unitCost"), line(savingsOf, i, func(v *roi.Saving) *roi.Number { return &v.UnitCost })), p.t("Cost of each otherwise"), ""),
					p.rangeInputs(at("savings", i, "unitCost"), lineRange(savingsOf, i, func(v *roi.Saving) **roi.Range { return &v.UnitCostRange }), hasRange(savings[i].UnitCostRange)),
				)
			}),
			p.addButton("add-saving", p.t("Add saving"), "savings"),
		),
		p.section("lift", p.t("Customer lift"), sc.Lift != nil,
			app.P().Class("intro").Text(p.t("Customers who engage with you on social are often worth more: they stay longer, buy more, close bigger deals.")),
			app.Div().Class("grid").Body(
				p.input(numField("lift.engagedCustomers", block(liftOf, func(l *roi.Lift) *roi.Number { return &l.EngagedCustomers })), p.t("Engaged customers"), ""),
				p.input(numField("lift.engagedValue", block(liftOf, func(l *roi.Lift) *roi.Number { return &l.EngagedValue })), p.t("Yearly value of an engaged customer"), ""),
				p.input(numField("lift.baselineValue", block(liftOf, func(l *roi.Lift) *roi.Number { return &l.BaselineValue })), p.t("Yearly value of a customer who does not engage"), ""),
				p.rangeInputs("lift.engagedValue", blockRange(liftOf, func(l *roi.Lift) **roi.Range { return &l.EngagedValueRange }), sc.Lift != nil && hasRange(sc.Lift.EngagedValueRange)),
			),
			app.P().Class("hint").Text(p.t("Yearly values: the results count the part of the year the period covers.")),
		),
		p.section("subscription", p.t("Subscriptions"), sc.Subscription != nil,
			app.P().Class("intro").Text(p.t("For subscription and repeat business: lifetime value, CAC payback and ROI on lifetime value.")),
			app.Div().Class("grid").Body(
				p.input(numField("subscription.arpa", block(subscriptionOf, func(u *roi.Subscription) *roi.Number { return &u.ARPA })), p.t("Average revenue per account, monthly"), ""),
				p.rangeInputs("subscription.arpa", blockRange(subscriptionOf, func(u *roi.Subscription) **roi.Range { return &u.ARPARange }), sc.Subscription != nil && hasRange(sc.Subscription.ARPARange)),
				p.input(numField("subscription.churn", block(subscriptionOf, func(u *roi.Subscription) *roi.Number { return &u.Churn })), p.t("Churn, monthly (%)"), p.t("Customers lost each month.")),
				p.rangeInputs("subscription.churn", blockRange(subscriptionOf, func(u *roi.Subscription) **roi.Range { return &u.ChurnRange }), sc.Subscription != nil && hasRange(sc.Subscription.ChurnRange)),
				p.input(numField("subscription.newCustomers", block(subscriptionOf, func(u *roi.Subscription) *roi.Number { return &u.NewCustomers })), p.t("New customers (optional)"), p.t("Empty: the funnel's last stage.")),
			),
		),
		p.section("indirect", p.t("Returns without a number"), len(ind) > 0,
			app.P().Class("intro").Text(p.t("Returns you see but do not put a figure on. They are listed in the report, never added to any figure.")),
			app.Range(ind).Slice(func(i int) app.UI {
				return p.line("indirect", i, lineTitle(p.t(indirectLabels[ind[i].Kind]), p.t("non-monetary\x04Return"), i),
					p.choice(at("indirect", i, "kind"), p.t("Kind"), ind[i].Kind, opts(roi.IndirectKinds, p.tmap(indirectLabels))),
					p.input(textField(at("indirect", i, "note"), line(indirectOf, i, func(v *roi.Indirect) *string { return &v.Note })), p.t("Note"), p.t("What you saw.")),
				)
			}),
			p.addButton("add-indirect", p.t("Add return"), "indirect"),
		),
		p.section("margin", p.t("Gross margin"), !sc.GrossMargin.IsZero() || marginTyped(st),
			app.Div().Class("grid").Body(
				p.input(numField("grossMargin", func(s *roi.Scenario, _ bool) *roi.Number { return &s.GrossMargin }), p.t("Gross margin (%)"), p.t("To see ROI on profit, not just on revenue.")),
			),
		),
	)
}

func (p *Page) renderGoals() app.UI {
	st := p.store()
	sc := st.Current().Scenario
	goals := sc.Goals
	metrics := append([]string{}, roi.GoalMetrics...)
	labels := map[string]string{}
	for k, v := range goalLabels {
		labels[k] = p.t(v)
	}
	if sc.Funnel != nil {
		for _, s := range sc.Funnel.Stages {
			if s.Metric != "" && labels[s.Metric] == "" {
				metrics = append(metrics, s.Metric)
				labels[s.Metric] = p.tf("Funnel: {0}", metricName(p.lang(), s.Metric))
			}
		}
	}
	return section("goals", p.t("Goals"), len(goals) > 0,
		app.Range(goals).Slice(func(i int) app.UI {
			g := goals[i]
			return p.line("goals", i, lineTitle(labels[g.Metric], p.t("Goal"), i),
				p.choice(at("goals", i, "metric"), p.t("Metric"), g.Metric, opts(metrics, labels)),
				p.input(numField(at("goals", i, "target"), line(goalsOf, i, func(g *roi.Goal) *roi.Number { return &g.Target })), p.t("Target"), ""),
				p.dateInput(textField(at("goals", i, "deadline"), line(goalsOf, i, func(g *roi.Goal) *string { return &g.Deadline })), p.t("field\x04Deadline")),
			)
		}),
		p.addButton("add-goal", p.t("Add goal"), "goals"),
	)
}

// marginTyped reports whether the margin field holds text the scenario does
// not (being typed, or not counted): its section stays open meanwhile.
func marginTyped(st *Store) bool {
	_, typing := st.Typing["grossMargin"]
	_, bad := st.Problem("grossMargin")
	return typing || bad
}

// costLine is cost line i of the form.
func (p *Page) costLine(i int) app.UI {
	costs := p.store().Current().Scenario.Costs
	c := costs[i]
	fields := []app.UI{
		p.input(textField(at("costs", i, "label"), line(costsOf, i, func(c *roi.Cost) *string { return &c.Label })), p.t("Label"), ""),
		p.explained(at("costs", i, "category"), p.t("Category"), c.Category, roi.CostCategories, categoryChoices, categoryLabels),
	}
	if c.Category == "staff" {
		fields = append(fields,
			p.hoursInput(i), // hours per week, per month or for the period (hours.go)
			p.input(numField(at("costs", i, "hourlyRate"), line(costsOf, i, func(c *roi.Cost) *roi.Number { return &c.HourlyRate })), p.t("Hourly rate"), p.t("Full cost per hour, not just the wage.")),
		)
	} else {
		fields = append(fields,
			p.input(numField(at("costs", i, "amount"), line(costsOf, i, func(c *roi.Cost) *roi.Number { return &c.Amount })), p.t("Amount"), ""),
		)
	}
	fields = append(fields, p.channelInput(at("costs", i, "channel"), line(costsOf, i, func(c *roi.Cost) *string { return &c.Channel })))
	if c.Category != "ads" {
		fields = append(fields, p.check(at("costs", i, "paid"), p.t("Spent on paid campaigns"), c.Paid))
	}
	return p.line("costs", i, lineTitle(c.Label, p.t("Cost"), i), fields...)
}

// revenueLine is revenue line i of the form.
func (p *Page) revenueLine(i int) app.UI {
	rev := p.store().Current().Scenario.Revenue
	r := rev[i]
	return p.line("revenue", i, lineTitle(r.Label, p.t("Revenue"), i),
		p.input(textField(at("revenue", i, "label"), line(revenueOf, i, func(r *roi.Revenue) *string { return &r.Label })), p.t("Label"), ""),
		p.input(numField(at("revenue", i, "amount"), line(revenueOf, i, func(r *roi.Revenue) *roi.Number { return &r.Amount })), p.t("Amount"), ""),
		p.channelInput(at("revenue", i, "channel"), line(revenueOf, i, func(r *roi.Revenue) *string { return &r.Channel })),
		p.check(at("revenue", i, "paid"), p.t("From paid social"), r.Paid),
		p.input(numField(at("revenue", i, "attribution"), line(revenueOf, i, func(r *roi.Revenue) *roi.Number { return &r.Attribution })), p.t("Share credited to social (%)"), p.t("Would it have happened anyway? Empty means 100%.")),
		p.choice(at("revenue", i, "source"), p.t("Where the figure comes from"), sourceOf(r), [][2]string{{"manual", p.t("Entered")}, {"platform", p.t("Reported by an ad platform")}, {"analytics", p.t("Web analytics")}}),
		p.rangeInputs(at("revenue", i, "attribution"), lineRange(revenueOf, i, func(r *roi.Revenue) **roi.Range { return &r.AttributionRange }), hasRange(r.AttributionRange)),
	)
}

// actionLine is action i of the form.
func (p *Page) actionLine(i int) app.UI {
	acts := p.store().Current().Scenario.Actions
	a := acts[i]
	method := roi.ActionMethod(a)
	fields := []app.UI{
		p.input(textField(at("actions", i, "label"), line(actionsOf, i, func(a *roi.Action) *string { return &a.Label })), p.t("Label"), ""),
		p.explained(at("actions", i, "type"), p.t("Type"), a.Type, roi.ActionTypes, typeChoices, typeLabels),
		p.choice(at("actions", i, "stage"), p.t("Funnel stage"), a.Stage, opts(append([]string{""}, roi.FunnelStages...), p.tmap(stageLabels))),
		p.input(numField(at("actions", i, "count"), line(actionsOf, i, func(a *roi.Action) *roi.Number { return &a.Count })), p.t("Count"), ""),
		p.explained(at("actions", i, "method"), p.t("Value from"), method, []string{"entered", "conversion", "cpc"}, methodChoices, methodLabels),
	}
	switch method {
	case "conversion":
		vf := a.ValueFrom
		fields = append(fields,
			p.input(numField(at("actions", i, "valueFrom.rate"), actFrom(i, func(v *roi.ValueFrom) *roi.Number { return &v.Rate })), p.t("Close rate (%)"), p.t("How often one of these becomes a sale.")),
			p.rangeInputs(at("actions", i, "valueFrom.rate"), actFromRange(i, func(v *roi.ValueFrom) **roi.Range { return &v.RateRange }), hasRange(vf.RateRange)),
			p.input(numField(at("actions", i, "valueFrom.value"), actFrom(i, func(v *roi.ValueFrom) *roi.Number { return &v.Value })), p.t("Deal size"), p.t("The average sale.")),
			p.rangeInputs(at("actions", i, "valueFrom.value"), actFromRange(i, func(v *roi.ValueFrom) **roi.Range { return &v.ValueRange }), hasRange(vf.ValueRange)),
		)
	case "cpc":
		fields = append(fields,
			p.input(numField(at("actions", i, "valueFrom.value"), actFrom(i, func(v *roi.ValueFrom) *roi.Number { return &v.Value })), p.t("Pay-per-click price"), p.t("What an ad click like this would cost.")),
			p.rangeInputs(at("actions", i, "valueFrom.value"), actFromRange(i, func(v *roi.ValueFrom) **roi.Range { return &v.ValueRange }), hasRange(a.ValueFrom.ValueRange)),
		)
	default:
		fields = append(fields,
			p.input(numField(at("actions", i, "unitValue"), line(actionsOf, i, func(a *roi.Action) *roi.Number { return &a.UnitValue })), p.t("Value per action"), ""),
			p.rangeInputs(at("actions", i, "unitValue"), lineRange(actionsOf, i, func(a *roi.Action) **roi.Range { return &a.UnitValueRange }), hasRange(a.UnitValueRange)),
		)
	}
	inRev := "unknown" // a select's option cannot have an empty value in go-app
	if a.InRevenue != nil {
		inRev = strconv.FormatBool(*a.InRevenue)
	}
	fields = append(fields, p.explained(at("actions", i, "inRevenue"), p.t("Already in revenue?"), inRev, []string{"unknown", "true", "false"}, inRevenueChoices, inRevenueLabels))
	fields = append(fields,
		p.channelInput(at("actions", i, "channel"), line(actionsOf, i, func(a *roi.Action) *string { return &a.Channel })),
		p.check(at("actions", i, "paid"), p.t("From paid social"), a.Paid),
	)
	return p.line("actions", i, lineTitle(a.Label, p.t("Action"), i), fields...)
}
