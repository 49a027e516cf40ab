package app

import (
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/socialroi/socialroi/roi"
)

// The embed's compact modes: a blog post rarely wants the whole calculator,
// but one question and its answer. Each mode is a small scenario (example
// figures in the reader's language and currency) with a few of its fields
// and the report's figures that answer the question, right under them, so
// the answer stays in sight while the reader types. "full" is the whole
// calculator (its sections option); old fragments that name a preset, a
// shared scenario or sections keep showing it (EmbedOptions.EffectiveMode).
//
// Every figure is the report's: a mode picks which fields and which figures
// to show, never computes one.

// EmbedModes are the embed's modes, the default first.
var EmbedModes = []string{"quick", "roas", "funnel", "earned", "full"}

// CompactModes are the modes that are not the full calculator.
var CompactModes = EmbedModes[:4]

// embedModeLabels name the modes (the builder's choice, each mode's heading).
var embedModeLabels = map[string]string{
	"quick": msg("Quick ROI"), "roas": msg("ROAS and break-even"), "funnel": msg("Funnel costs"),
	"earned": msg("Earned media value"), "full": msg("The full calculator"),
}

// EmbedModeLabel is a mode's name in lang.
func EmbedModeLabel(lang, mode string) string { return tr(lang, embedModeLabels[mode]) }

// embedModeIntros say in one line what a mode answers.
var embedModeIntros = map[string]string{
	"quick":  msg("Count staff time, ad spend and the revenue it brought: the return on the whole work."),
	"roas":   msg("What the ads bring back, and the revenue it takes for the gross profit to cover them."),
	"funnel": msg("What each step of the funnel costs, from impressions to customers."),
	"earned": msg("What your unpaid visits from social would have cost as ads."),
}

// modeScenario is a compact mode's example scenario in lang: labels in
// lang, amounts in lang's currency (scaled as the presets are, so every
// ratio stays the same).
func modeScenario(mode, lang string) roi.Scenario {
	sc := roi.New(tr(lang, embedModeLabels[mode]), "EUR")
	staff := func(hours, rate string) roi.Cost {
		return roi.Cost{Label: tr(lang, "Staff time"), Category: "staff", Hours: roi.Number(hours), HourlyRate: roi.Number(rate)}
	}
	ads := func(amount string) roi.Cost {
		return roi.Cost{Label: tr(lang, "Ad spend"), Category: "ads", Amount: roi.Number(amount)}
	}
	switch mode {
	case "roas":
		sc.Costs = []roi.Cost{ads("2000")}
		sc.Revenue = []roi.Revenue{{Label: tr(lang, "Revenue from the ads"), Amount: "9000", Paid: true}}
		sc.GrossMargin = "40"
	case "funnel":
		sc.Costs = []roi.Cost{ads("2000")}
		sc.Funnel = &roi.Funnel{Stages: []roi.Stage{
			{Stage: "awareness", Metric: "impressions", Count: "250000"},
			{Stage: "interest", Metric: "clicks", Count: "3200"},
			{Stage: "evaluation", Metric: "leads", Count: "160"},
			{Stage: "purchase", Metric: "customers", Count: "24"},
		}}
	case "earned":
		sc.Costs = []roi.Cost{staff("20", "40")}
		sc.EarnedMedia = &roi.Earned{Visits: "3000", CostPerClick: "0.9"}
	default: // quick
		sc.Costs = []roi.Cost{staff("40", "45"), ads("1200")}
		sc.Revenue = []roi.Revenue{{Label: tr(lang, "Revenue from social"), Amount: "4500"}}
	}
	localMoney(lang, &sc)
	return sc
}

// modeField is one input of a compact mode.
type modeField struct {
	field Field
	label string
}

// modeFields are a compact mode's inputs, in order.
func (p *Page) modeFields(mode string) []modeField {
	cost := func(i int, name string, f func(*roi.Cost) *roi.Number) Field {
		return numField(at("costs", i, name), line(costsOf, i, f))
	}
	hours := func(c *roi.Cost) *roi.Number { return &c.Hours }
	rate := func(c *roi.Cost) *roi.Number { return &c.HourlyRate }
	amount := func(c *roi.Cost) *roi.Number { return &c.Amount }
	revenue := numField(at("revenue", 0, "amount"), line(revenueOf, 0, func(r *roi.Revenue) *roi.Number { return &r.Amount }))
	stage := func(i int, label string) modeField {
		return modeField{numField(at("funnel.stages", i, "count"), line(stagesOf, i, func(s *roi.Stage) *roi.Number { return &s.Count })), label}
	}
	switch mode {
	case "roas":
		return []modeField{
			{cost(0, "amount", amount), p.t("Ad spend")},
			{revenue, p.t("Revenue from the ads")},
			{numField("grossMargin", func(s *roi.Scenario, _ bool) *roi.Number { return &s.GrossMargin }), p.t("Gross margin (%)")},
		}
	case "funnel":
		return []modeField{
			{cost(0, "amount", amount), p.t("Ad spend")},
			stage(0, p.t("Impressions")), stage(1, p.t("Clicks")), stage(2, p.t("Leads")), stage(3, p.t("Customers")),
		}
	case "earned":
		return []modeField{
			{numField("earnedMedia.visits", block(earnedOf, func(e *roi.Earned) *roi.Number { return &e.Visits })), p.t("Unpaid visits from social")},
			{numField("earnedMedia.costPerClick", block(earnedOf, func(e *roi.Earned) *roi.Number { return &e.CostPerClick })), p.t("Pay-per-click price")},
			{cost(0, "hours", hours), p.t("Hours of organic work")},
			{cost(0, "hourlyRate", rate), p.t("Hourly rate")},
		}
	}
	return []modeField{
		{cost(0, "hours", hours), p.t("Staff hours")},
		{cost(0, "hourlyRate", rate), p.t("Hourly rate")},
		{cost(1, "amount", amount), p.t("Ad spend")},
		{revenue, p.t("Revenue from social")},
	}
}

// modeAnswer is one figure of a compact mode's answer: the report's key
// (roi.CompareKeys names, for tests and the data-figure attribute), its
// label and value. The first is the main answer, shown large.
type modeAnswer struct {
	key, label string
	v          roi.Value
}

// modeAnswers are the figures of the report that answer a compact mode.
func (p *Page) modeAnswers(mode string, r roi.Report) []modeAnswer {
	t := r.Totals
	switch mode {
	case "roas":
		return []modeAnswer{
			{"roas", p.t("ROAS"), r.ROAS},
			{"breakEven.revenue", p.t("Break-even revenue"), r.BreakEven.Revenue},
			{"roi.profit", p.t("ROI on gross profit"), r.ROI.Profit},
		}
	case "funnel":
		var a []modeAnswer
		for i, s := range r.Funnel {
			label, ok := costMetricLabels[s.CostMetric]
			if !ok {
				continue
			}
			a = append(a, modeAnswer{"funnel." + strconv.Itoa(i) + ".costPer", p.t(label), s.CostPer})
		}
		return a
	case "earned":
		return []modeAnswer{
			{"totals.earnedMedia", p.t("Earned media value"), t.EarnedMedia},
			{"totals.netTotal", p.t("Net result"), t.NetTotal},
			{"roi.total", p.t("ROI"), r.ROI.Total},
		}
	}
	return []modeAnswer{
		{"roi.direct", p.t("ROI"), r.ROI.Direct},
		{"totals.netDirect", p.t("Net result"), t.NetDirect},
		{"totals.cost", p.t("Total cost"), t.Cost},
	}
}

// renderEmbedMode is a compact mode: its heading, inputs and answer.
func (p *Page) renderEmbedMode(mode string) app.UI {
	st := p.store()
	r := st.Report()
	fields := p.modeFields(mode)
	answers := p.modeAnswers(mode, r)
	inputs := make([]app.UI, len(fields))
	for i, f := range fields {
		inputs[i] = p.input(f.field, f.label, "")
	}
	figs := make([]app.UI, len(answers))
	for i, a := range answers {
		class := []string{"kv"}
		if i == 0 {
			class = append(class, "main")
		}
		if a.v.Loss() {
			class = append(class, "loss") // a loss reads as one by its minus sign and its colour
		}
		figs[i] = app.Div().Class(class...).Body(
			app.Dt().Text(a.label),
			app.Dd().DataSet("figure", a.key).DataSet("value", a.v.String()).Body(p.val(a.v, r.Currency)),
		)
	}
	return app.Section().Class("card", "embed-mode").ID("embed-mode").DataSet("mode", mode).Aria("labelledby", "embed-mode-h").Body(
		app.H2().ID("embed-mode-h").Text(p.t(embedModeLabels[mode])),
		app.P().Class("intro").Text(p.t(embedModeIntros[mode])),
		app.Div().Class("grid", "mode-inputs").Body(inputs...),
		app.Dl().ID("embed-answer").Class("answer").Aria("live", "polite").Body(figs...),
	)
}
