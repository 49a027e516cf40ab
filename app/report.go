package app

import (
	"strings"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/socialroi/socialroi/roi"
)

// The print view (/report): the current scenario's report as a marketer
// hands it to their boss, dated and named, with every assumption behind the
// figures. web/print.css makes it a clean page on paper or as a PDF.

// reportNow is the report's date; tests fix it.
var reportNow = time.Now

// assumption is one value the figures rest on, as the report lists it.
type assumption struct {
	Label string // what it is ("Newsletter sign-ups")
	Value string // the value, formatted ("12% close rate × €58.00 deal size")
}

// assumptionGroup is a titled list of assumptions ("Value per action").
type assumptionGroup struct {
	ID    string
	Title string
	Items []assumption
}

// exactNumber formats a number from the scenario without rounding away any
// decimal it was given: money with at least its currency's minor units,
// percentages and counts with the decimals given.
func exactNumber(lang string, n roi.Number, currency string, percent bool) string {
	d, err := n.Decimal()
	if err != nil {
		return string(n)
	}
	canon := roi.Canonical(d)
	var places int32
	if _, frac, ok := strings.Cut(canon, "."); ok {
		places = int32(len(frac))
	}
	switch {
	case currency != "":
		return formatter.format(lang, canon, formatStyle{currency: currency, places: max(places, roi.MinorUnits(currency))})
	case percent:
		return formatter.format(lang, canon, formatStyle{places: places, percent: true})
	}
	return formatter.format(lang, canon, formatStyle{places: places, maxOnly: true})
}

// reportAssumptions lists every value per action and every rate the
// report's figures use: staff rates, how each action is valued, the funnel's
// rates and value per conversion, earned media, savings, lift and margin.
func reportAssumptions(lang string, s roi.Scenario, r roi.Report) []assumptionGroup {
	cur := s.Currency
	money := func(n roi.Number) string { return exactNumber(lang, n, cur, false) }
	count := func(n roi.Number) string { return exactNumber(lang, n, "", false) }
	pct := func(n roi.Number) string { return exactNumber(lang, n, "", true) }
	// span says an estimate's low and high ends, when it has them: "; the
	// close rate from 8% to 15%". An end not given is the likely value.
	span := func(what string, n roi.Number, r *roi.Range, f func(roi.Number) string) string {
		if r == nil || (r.Low.IsZero() && r.High.IsZero()) {
			return ""
		}
		lo, hi := n, n
		if !r.Low.IsZero() {
			lo = r.Low
		}
		if !r.High.IsZero() {
			hi = r.High
		}
		return "; " + trf(lang, "{0} from {1} to {2}", tr(lang, what), f(lo), f(hi))
	}
	var groups []assumptionGroup
	add := func(id, title string, items []assumption) {
		if len(items) > 0 {
			groups = append(groups, assumptionGroup{ID: id, Title: title, Items: items})
		}
	}

	var staff []assumption
	for i, c := range s.Costs {
		if c.Category == "staff" {
			v := trn(lang, "one={0} hour × {1} an hour|other={0} hours × {1} an hour", string(c.Hours), count(c.Hours), money(c.HourlyRate))
			if c.Paid {
				v += " (" + tr(lang, "spent on paid campaigns") + ")"
			}
			staff = append(staff, assumption{reportLabel(c.Label, tr(lang, "Staff time"), i), v})
		}
	}
	add("staff", tr(lang, "Staff time"), staff)

	var shares []assumption
	for i, rv := range s.Revenue {
		if rv.Attribution.IsZero() && rv.AttributionRange == nil {
			continue
		}
		share := rv.Attribution
		if share.IsZero() {
			share = "100"
		}
		shares = append(shares, assumption{reportLabel(rv.Label, tr(lang, "Revenue"), i), trf(lang, "{0} credited to social", pct(share)) + span(msg("share"), share, rv.AttributionRange, pct)})
	}
	if f := s.Funnel; f != nil && f.UseAsRevenue && (!f.Attribution.IsZero() || f.AttributionRange != nil) {
		share := f.Attribution
		if share.IsZero() {
			share = "100"
		}
		shares = append(shares, assumption{tr(lang, "Funnel revenue"), trf(lang, "{0} credited to social", pct(share)) + span(msg("share"), share, f.AttributionRange, pct)})
	}
	add("attribution", tr(lang, "Share of revenue credited to social"), shares)

	var acts []assumption
	for i, a := range s.Actions {
		v := ""
		var ranges string
		switch {
		case a.ValueFrom != nil && a.ValueFrom.Method == "conversion":
			v = trf(lang, "{0} close rate × {1} deal size", pct(a.ValueFrom.Rate), money(a.ValueFrom.Value))
			ranges = span(msg("close rate"), a.ValueFrom.Rate, a.ValueFrom.RateRange, pct) + span(msg("deal size"), a.ValueFrom.Value, a.ValueFrom.ValueRange, money)
		case a.ValueFrom != nil && a.ValueFrom.Method == "cpc":
			v = trf(lang, "{0} pay-per-click price", money(a.ValueFrom.Value))
			ranges = span(msg("pay-per-click price"), a.ValueFrom.Value, a.ValueFrom.ValueRange, money)
		case a.UnitValue.IsZero():
			v = tr(lang, "no value given")
		default:
			v = trf(lang, "{0} per action, as entered", money(a.UnitValue))
			ranges = span(msg("value per action"), a.UnitValue, a.UnitValueRange, money)
		}
		if a.ValueFrom != nil && i < len(r.Actions) && r.Actions[i].UnitValue.Defined() {
			v += " = " + trf(lang, "{0} per action", FormatValue(lang, r.Actions[i].UnitValue, cur))
		}
		v += " (" + tr(lang, actionTypeWord(a.Type))
		if a.Channel != "" {
			v += ", " + a.Channel
		}
		if a.Paid {
			v += ", " + tr(lang, "paid")
		}
		if i < len(r.Actions) && !r.Actions[i].Counted {
			v += ", " + tr(lang, overlapLabels[r.Actions[i].Overlap])
		}
		if a.InRevenue != nil && !*a.InRevenue {
			v += ", " + tr(lang, "confirmed not in revenue")
		}
		v += ")" + ranges
		acts = append(acts, assumption{reportLabel(a.Label, tr(lang, "Action"), i), v})
	}
	add("actions", tr(lang, "Value per action"), acts)

	if f := s.Funnel; f != nil {
		var items []assumption
		prev := ""
		for i, st := range f.Stages {
			name := reportLabel(metricName(lang, st.Metric), tr(lang, "Stage"), i)
			if st.Stage != "" {
				name = enumLabel(lang, stageLabels, st.Stage) + ": " + name
			}
			if !st.Rate.IsZero() && st.Count.IsZero() {
				items = append(items, assumption{name, trf(lang, "{0} of {1} (the stage before)", pct(st.Rate), prev)})
			} else {
				items = append(items, assumption{name, trf(lang, "{0}, counted", count(st.Count))})
			}
			if !st.PaidCount.IsZero() {
				items[len(items)-1].Value += " (" + trn(lang, "one={0} of them paid|other={0} of them paid", string(st.PaidCount), count(st.PaidCount)) + ")"
			}
			prev = reportLabel(metricName(lang, st.Metric), tr(lang, "the stage before"), i)
		}
		if !f.ValuePerConversion.IsZero() {
			items = append(items, assumption{tr(lang, "Value per conversion"), money(f.ValuePerConversion) + span(msg("value per conversion"), f.ValuePerConversion, f.ValuePerConversionRange, money)})
		}
		counted := tr(lang, "no: shown, not added to revenue")
		if f.UseAsRevenue {
			counted = tr(lang, "yes: added to direct revenue")
		}
		items = append(items, assumption{tr(lang, "Funnel conversions counted as revenue"), counted})
		add("funnel", tr(lang, "Funnel"), items)
	}

	var other []assumption
	if e := s.EarnedMedia; e != nil && (!e.Visits.IsZero() || !e.CostPerClick.IsZero()) {
		other = append(other, assumption{tr(lang, "Earned media"), trn(lang, "one={0} visit × {1} a click, what the same traffic would cost as ads|other={0} visits × {1} a click, what the same traffic would cost as ads", string(e.Visits), count(e.Visits), money(e.CostPerClick)) + span(msg("pay-per-click price"), e.CostPerClick, e.CostPerClickRange, money)})
	}
	for i, sv := range s.Savings {
		other = append(other, assumption{reportLabel(sv.Label, tr(lang, "Saving"), i), trf(lang, "{0} × {1} each, a cost avoided", count(sv.Count), money(sv.UnitCost)) + span(msg("cost each"), sv.UnitCost, sv.UnitCostRange, money)})
	}
	if l := s.Lift; l != nil {
		other = append(other, assumption{tr(lang, "Customer lift"), trn(lang, "one={0} engaged customer × ({1} − {2}) a year|other={0} engaged customers × ({1} − {2}) a year", string(l.EngagedCustomers), count(l.EngagedCustomers), money(l.EngagedValue), money(l.BaselineValue)) +
			span(msg("value of an engaged customer"), l.EngagedValue, l.EngagedValueRange, money) +
			"; " + trf(lang, "{0} of a year counted", FormatValue(lang, r.PeriodInfo.YearFraction, ""))})
	}
	if u := s.Subscription; u != nil {
		other = append(other, assumption{tr(lang, "Subscriptions"), trf(lang, "{0} a month per account, {1} churn a month", money(u.ARPA), pct(u.Churn)) +
			span(msg("revenue per account"), u.ARPA, u.ARPARange, money) + span(msg("churn"), u.Churn, u.ChurnRange, pct)})
	}
	if !s.GrossMargin.IsZero() {
		other = append(other, assumption{tr(lang, "Gross margin"), pct(s.GrossMargin)})
	}
	add("other", tr(lang, "Other values and rates"), other)
	return groups
}

func reportLabel(label, fallback string, i int) string {
	if strings.TrimSpace(label) != "" {
		return label
	}
	return lineTitle("", fallback, i)
}

func actionTypeWord(t string) string {
	if t == "macro" {
		return msg("macro")
	}
	return msg("micro")
}

// renderReport is the print view of the current scenario.
// reportHeadFigs are the headline figures, then, with a margin, the ROI on
// revenue too: each a div.kv straight in the <dl>.
func (p *Page) reportHeadFigs(r roi.Report) []app.UI {
	figs := p.headlineFigs(r)
	if r.Headline.Basis == "profit" {
		figs = append(figs,
			p.rangeFig("roi.direct", p.t("Direct ROI"), r.Ranges.Direct, r.Currency),
			p.rangeFig("roi.total", p.t("Total ROI"), r.Ranges.Total, r.Currency),
			p.fig("", p.t("Net result on gross profit"), r.Totals.NetProfit, r.Currency, false),
		)
	}
	return figs
}

func (p *Page) renderReport() app.UI {
	st := p.store()
	e := st.Current()
	sc := e.Scenario
	r := st.Report()
	cur := r.Currency
	t := r.Totals
	lang := p.lang()
	now := reportNow()
	name := p.orUntitled(sc.Name)
	groups := reportAssumptions(lang, sc, r)

	return app.Article().Class("report").ID("report").Body(
		app.Div().Class("report-actions no-print").Body(
			app.Button().Type("button").ID("print").Text(p.t("Print / Save as PDF")).OnClick(func(ctx app.Context, e app.Event) {
				app.Window().Call("print")
			}),
			app.If(st.IsIncoming(e.ID), func() app.UI { return p.editCopyButton(e.ID) }).
				Else(func() app.UI {
					return app.A().ID("report-back").Href(href(PathCalc)).Text(p.t("Back to the calculator"))
				}),
			app.P().Class("hint").Text(p.t("To keep a PDF, choose “Save as PDF” as the printer.")),
			p.reportShareNotice(),
			app.If(st.IsIncoming(e.ID), func() app.UI {
				return app.P().Class("note").ID("report-incoming").Role("status").Text(p.t("This report was shared with you and is read-only. “Edit a copy” adds it to your scenarios and opens it in the calculator; nothing you have is changed."))
			}),
			app.If(len(e.Drafts) > 0, func() app.UI {
				return app.P().Class("note").Role("status").Text(p.t("Some fields on the calculator hold text that is not a valid value: this report uses their last valid values."))
			}),
		),
		app.Header().Class("report-head").Body(
			app.P().Class("kicker").Text(p.t("Social media ROI report")),
			app.H1().ID("report-name").Text(name),
			app.P().Class("meta").Body(
				app.If(sc.Period != nil && (sc.Period.Start != "" || sc.Period.End != ""), func() app.UI {
					return app.Span().Text(p.tf("Period: {0}", p.reportPeriod(sc.Period)) + " · ")
				}),
				app.Span().Body(p.tui("Prepared on {0}", app.Time().DateTime(now.Format("2006-01-02")).ID("report-date").Text(longDate(lang, now)))...),
				app.Text(" · "+p.tf("Currency: {0}", cur)),
				app.If(sc.BusinessModel != "", func() app.UI {
					return app.Text(" · " + p.tf("Business model: {0}", enumLabel(lang, modelLabels, sc.BusinessModel)))
				}),
			),
		),

		// The answer first, then return against cost as a chart and what the
		// figures rest on; the figures and tables follow (reportlead.go).
		p.renderVerdict(r, "report-verdict"),
		p.reportChart(r),
		p.reportBasis(sc, r),

		app.Section().Class("report-section").ID("report-headline").DataSet("basis", r.Headline.Basis).Body(
			app.H2().Text(p.t("Return on investment")),
			app.Dl().Class("headline").Body(append(p.reportHeadFigs(r),
				p.fig("roas", p.t("ROAS (paid revenue ÷ ad spend)"), r.ROAS, cur, false),
				p.fig("totals.cost", p.t("Cost"), t.Cost, cur, false),
				p.fig("totals.directRevenue", p.t("Direct revenue"), t.DirectRevenue, cur, false),
				p.fig("totals.totalReturn", p.t("Total return"), t.TotalReturn, cur, true),
				p.fig("", p.t("Net result, direct"), t.NetDirect, cur, false),
				p.fig("", p.t("Net result, total"), t.NetTotal, cur, true),
			)...),
		),

		app.If(len(r.Warnings) > 0, func() app.UI {
			return app.Section().Class("report-section warnings").ID("report-warnings").Body(
				app.H2().Text(p.t("Points to check")),
				app.Ul().Body(app.Range(r.Warnings).Slice(func(i int) app.UI { return app.Li().Text(p.warning(r.Warnings[i], cur)) })),
			)
		}),

		app.Section().Class("report-section").ID("report-cost").Body(
			app.H2().Text(p.t("Cost")),
			p.costFigures(t, cur),
			app.If(len(r.CostLines) > 0, func() app.UI {
				return app.Table().Class("cards").Body(
					app.Caption().Text(p.t("Cost lines")),
					app.THead().Body(app.Tr().Body(th(p.t("Cost")), thText(p.t("Category")), thText(p.t("Channel")), th(p.t("Amount")))),
					app.TBody().Body(app.Range(r.CostLines).Slice(func(i int) app.UI {
						c := r.CostLines[i]
						return app.Tr().Body(app.Th().Scope("row").Text(reportLabel(c.Label, p.t("Cost"), i)), cell(p.t("Category"), app.Span().Text(enumLabel(lang, categoryLabels, c.Category))).Class("text"), cell(p.t("Channel"), app.Span().Text(dashIfEmpty(c.Channel))).Class("text"), cell(p.t("Amount"), p.val(c.Cost, cur)).Class("num"))
					})),
				)
			}),
			app.If(len(r.CostBreakdown) > 0, func() app.UI {
				return app.Table().Class("cards").Body(
					app.Caption().Text(p.t("Cost by category")),
					app.THead().Body(app.Tr().Body(th(p.t("Category")), th(p.t("Cost")), th(p.t("Share of cost")))),
					app.TBody().Body(app.Range(r.CostBreakdown).Slice(func(i int) app.UI {
						c := r.CostBreakdown[i]
						return app.Tr().Body(app.Th().Scope("row").Text(enumLabel(lang, categoryLabels, c.Category)), cell(p.t("Cost"), p.val(c.Cost, cur)).Class("num"), cell(p.t("Share of cost"), p.val(c.Share, cur)).Class("num"))
					})),
				)
			}),
		),

		app.Section().Class("report-section").ID("report-return").Body(
			app.H2().Text(p.t("Return")),
			p.returnFigures(t, cur),
			app.If(len(r.Revenue) > 0, func() app.UI {
				return app.Table().Class("cards").Body(
					app.Caption().Text(p.t("Revenue attributed to social")),
					app.THead().Body(app.Tr().Body(th(p.t("Revenue")), thText(p.t("Channel")), thText(p.t("Paid")), th(p.t("Amount")), th(p.t("Credited to social")), th(p.t("Counted")))),
					app.TBody().Body(app.Range(r.Revenue).Slice(func(i int) app.UI {
						rv := r.Revenue[i]
						share := p.val(rv.Attribution.Likely, cur)
						if rt := p.rangeText(rv.Attribution, cur); rt != "" {
							share = app.Span().Body(share, app.Small().Class("range").Text(" "+rt))
						}
						return app.Tr().Body(app.Th().Scope("row").Text(reportLabel(rv.Label, p.t("Revenue"), i)), cell(p.t("Channel"), app.Span().Text(dashIfEmpty(rv.Channel))).Class("text"), cell(p.t("Paid"), app.Span().Text(p.t(yesNoText(rv.Paid)))).Class("text"),
							cell(p.t("Amount"), p.val(rv.Amount, cur)).Class("num"), cell(p.t("Credited to social"), share).Class("num"), cell(p.t("Counted"), p.val(rv.Attributed, cur)).Class("num"))
					})),
				)
			}),
			app.If(len(r.Actions) > 0, func() app.UI {
				return app.Table().Class("cards").Body(
					app.Caption().Text(p.t("Action values (estimates)")),
					app.THead().Body(app.Tr().Body(th(p.t("Action")), th(p.t("Count")), th(p.t("Per action")), th(p.t("Value")), thText(p.t("Added")))),
					app.TBody().Body(app.Range(r.Actions).Slice(func(i int) app.UI {
						a := r.Actions[i]
						return app.Tr().Body(app.Th().Scope("row").Text(reportLabel(a.Label, p.t("Action"), i)), cell(p.t("Count"), p.val(a.Count, cur)).Class("num"), cell(p.t("Per action"), p.val(a.UnitValue, cur)).Class("num"), cell(p.t("Value"), p.val(a.Value, cur)).Class("num"),
							cell(p.t("Added"), app.Span().Text(p.t(overlapLabels[a.Overlap]))).Class("text"))
					})),
				)
			}),
		),

		app.If(len(r.Funnel) > 0, func() app.UI { return p.renderFunnelResults(r) }),
		p.renderBreakEven(r),
		app.If(len(r.Channels) > 0, func() app.UI { return p.renderChannels(r) }),
		p.renderSplit(r, "report-split"),
		app.If(r.Subscription != nil, func() app.UI { return p.renderSubscription(r) }),
		app.If(len(r.Goals) > 0, func() app.UI {
			return app.Section().Class("report-section").ID("report-goals").Body(
				app.H2().Text(p.t("Goals")),
				app.Table().Class("cards").Body(
					app.THead().Body(app.Tr().Body(th(p.t("Goal")), th(p.t("Target")), th(p.t("Actual")), th(p.t("Progress")), thText(p.t("Deadline")), thText(p.t("Met")))),
					app.TBody().Body(app.Range(r.Goals).Slice(func(i int) app.UI {
						g := r.Goals[i]
						return app.Tr().Body(
							app.Th().Scope("row").Text(goalName(lang, g.Metric)),
							cell(p.t("Target"), p.val(g.Target, cur)).Class("num"),
							cell(p.t("Actual"), p.val(g.Actual, cur)).Class("num"),
							cell(p.t("Progress"), p.val(g.Progress, cur)).Class("num"),
							cell(p.t("Deadline"), app.Span().Text(dashIfEmpty(isoDate(lang, g.Deadline)))).Class("text"),
							cell(p.t("Met"), app.Span().Text(p.t(yesNoText(g.Met)))).Class("text"),
						)
					})),
				),
			)
		}),
		p.renderWhatIf(r),

		app.Section().Class("report-section").ID("report-indirect").Body(
			app.H2().Text(p.t("Returns not in the figures")),
			app.If(len(r.Indirect) == 0, func() app.UI {
				return app.P().Text(p.t("None listed."))
			}).Else(func() app.UI {
				return app.Div().Body(
					app.P().Class("note").Text(p.t("Seen but not put into money: listed here, never added to any figure above.")),
					app.Ul().Body(app.Range(r.Indirect).Slice(func(i int) app.UI {
						in := r.Indirect[i]
						return app.Li().Body(app.Strong().Text(enumLabel(lang, indirectLabels, in.Kind)), app.If(in.Note != "", func() app.UI { return app.Text(": " + in.Note) }))
					})),
				)
			}),
		),

		app.Section().Class("report-section").ID("report-assumptions").Body(
			app.H2().Text(p.t("Assumptions")),
			app.P().Class("note").Text(p.t("Every value per action and every rate the figures above rest on, as entered.")),
			app.If(len(groups) == 0, func() app.UI { return app.P().Text(p.t("None: every figure comes from amounts entered.")) }),
			app.Range(groups).Slice(func(i int) app.UI {
				g := groups[i]
				return app.Table().Class("assumptions").ID("assume-"+g.ID).Body(
					app.Caption().Text(g.Title),
					app.TBody().Body(app.Range(g.Items).Slice(func(j int) app.UI {
						return app.Tr().Body(app.Th().Scope("row").Text(g.Items[j].Label), app.Td().Text(g.Items[j].Value))
					})),
				)
			}),
		),
		app.Footer().Class("report-foot").Body(
			app.P().Text(p.t("Made with Social ROI. Figures are computed exactly from the values above and rounded only for display; estimates are marked.")),
		),
	)
}

func (p *Page) reportPeriod(per *roi.Period) string {
	switch {
	case per.Start != "" && per.End != "":
		return isoDate(p.lang(), per.Start) + " – " + isoDate(p.lang(), per.End)
	case per.Start != "":
		return p.tf("from {0}", isoDate(p.lang(), per.Start))
	}
	return p.tf("until {0}", isoDate(p.lang(), per.End))
}

// enumLabel names an enumeration's value in the page's language.
func enumLabel(lang string, labels map[string]string, key string) string {
	if l := labels[key]; l != "" {
		return tr(lang, l)
	}
	return key
}

func dashIfEmpty(s string) string {
	if s == "" {
		return "—"
	}
	return s
}

func yesNoText(b bool) string {
	if b {
		return msg("yes")
	}
	return msg("no")
}

// goalName is a goal's metric in lang: a figure of the report, or a funnel
// metric by its translated name.
func goalName(lang, metric string) string {
	if goalLabels[metric] != "" {
		return tr(lang, goalLabels[metric])
	}
	return metricName(lang, metric)
}
