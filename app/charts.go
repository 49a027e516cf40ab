package app

import (
	"html"
	"math"
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/socialroi/socialroi/roi"
)

// Charts are SVG drawn by this file: no chart library, no JS. Every number
// shown comes from the report, formatted with FormatValue; the only
// arithmetic here is geometry (bar widths, coordinates), worked out from the
// figures' exact decimals as float64 for pixel positions only.
//
// The SVG is built as a string and mounted with app.Raw: every text in it
// (labels come from the scenario) goes through html.EscapeString. Its
// colours come from classes styled in web/charts.css with the page's custom
// properties, so dark mode and print follow the page's theme.

// Every chart is drawn in a viewBox chartW units wide and scaled to the
// width of its card: on a 375 px phone one unit is about 0.9 px, so text of
// chartFont units stays readable. charW is the width of an average character
// at that size, to clip labels that would run into the figure beside them.
const (
	chartW    = 360.0
	chartFont = 13
	charW     = 7.2
)

// chart is one figure: an SVG with its title and description for screen
// readers, a visible caption, and the figures again as a table.
type chart struct {
	id      string // "funnel": the figure is #chart-funnel
	caption string // the visible caption
	title   string // the SVG's <title>
	desc    string // the SVG's <desc>: what the chart shows, in words
	height  float64
	body    string // SVG markup inside the root, every text escaped
	head    []string
	rows    [][]string // the figures again, as a table (chartTable)
}

// svg is the chart's markup: one <svg> root, as app.Raw requires.
func (c chart) svg() string {
	tid, did := "chart-"+c.id+"-title", "chart-"+c.id+"-desc"
	var b strings.Builder
	b.WriteString(`<svg xmlns="http://www.w3.org/2000/svg" class="chart-svg" role="img" width="100%" viewBox="0 0 `)
	b.WriteString(num(chartW) + " " + num(c.height))
	b.WriteString(`" font-size="` + strconv.Itoa(chartFont) + `" aria-labelledby="` + tid + " " + did + `">`)
	b.WriteString(`<title id="` + tid + `">` + esc(c.title) + `</title>`)
	b.WriteString(`<desc id="` + did + `">` + esc(c.desc) + `</desc>`)
	b.WriteString(c.body)
	b.WriteString(`</svg>`)
	return b.String()
}

func (c chart) render(lang string) app.UI {
	return app.Figure().ID("chart-"+c.id).Class("chart chart-"+c.id).Body(
		app.FigCaption().Text(c.caption),
		app.Raw(c.svg()),
		app.Details().Class("chart-data").Body(
			app.Summary().Body(app.Text(tr(lang, "Data table")), app.Span().Class("sr-only").Text(": "+c.title)),
			app.Div().Class("scroll").Body(chartTable(c.head, c.rows)),
		),
	)
}

// renderCharts returns the charts section with every chart the report has
// data for, or an empty hidden element when it has none (the charts are a
// part of their own: typing.go).
func (p *Page) renderCharts(r roi.Report) app.UI {
	charts, notes := reportCharts(p.lang(), r)
	if len(charts) == 0 && len(notes) == 0 {
		return app.Div().Hidden(true)
	}
	return app.Section().ID("charts").Class("card charts").Body(
		app.H2().Text(p.t("Charts")),
		app.Range(charts).Slice(func(i int) app.UI { return &chartPart{Lang: p.lang(), Key: charts[i].key()} }),
		app.Range(notes).Slice(func(i int) app.UI { return app.P().Class("note").Text(notes[i]) }),
	)
}

// chartPart is one chart of the results, drawn again (and its table
// compared) only when what it shows changed: a key typed into a cost leaves
// the funnel chart as it is. Key is the chart, by value (chart.key); the
// component adds no element.
type chartPart struct {
	app.Compo
	Lang string
	Key  []any
}

func (c *chartPart) Render() app.UI {
	return chartOf(c.Key).render(c.Lang)
}

// key is everything the chart draws, and chartOf the chart again.
func (c chart) key() []any {
	return []any{c.id, c.caption, c.title, c.desc, c.height, c.body, c.head, c.rows}
}

func chartOf(k []any) chart {
	return chart{id: k[0].(string), caption: k[1].(string), title: k[2].(string), desc: k[3].(string),
		height: k[4].(float64), body: k[5].(string), head: k[6].([]string), rows: k[7].([][]string)}
}

// reportCharts builds the charts the report has data for, in the order they
// are shown, and notes on the ones it cannot draw yet.
func reportCharts(lang string, r roi.Report) ([]chart, []string) {
	var out []chart
	var notes []string
	for _, build := range []func(string, roi.Report) (chart, bool){
		funnelChart, costChart, returnChart, channelChart, whatIfChart, goalChart,
	} {
		if c, ok := build(lang, r); ok {
			out = append(out, c)
		}
	}
	return out, notes
}

// The funnel: a bar per stage, its width proportional to the stage's count,
// with the conversion rate from one stage to the next between them.
func funnelChart(lang string, r roi.Report) (chart, bool) {
	if len(r.Funnel) == 0 {
		return chart{}, false
	}
	cur := r.Currency
	top := 0.0
	for _, f := range r.Funnel {
		top = math.Max(top, fl(f.Count))
	}
	if top <= 0 {
		return chart{}, false
	}
	const rowH, barH, gapH = 20.0, 22.0, 24.0
	var b strings.Builder
	y := 0.0
	rows := make([][]string, len(r.Funnel))
	for i, f := range r.Funnel {
		name := funnelStageName(lang, f)
		count := FormatValue(lang, f.Count, cur)
		svgText(&b, 0, y+14, "start", "label", clip(name, chartW-textW(count)-8))
		svgText(&b, chartW, y+14, "end", "value", count)
		w := barWidth(fl(f.Count), top, chartW)
		svgRect(&b, (chartW-w)/2, y+rowH, w, barH, "bar")
		y += rowH + barH
		if i+1 < len(r.Funnel) {
			next := r.Funnel[i+1]
			svgText(&b, chartW/2, y+16, "middle", "rate", clip(trf(lang, "↓ {0} go on to {1}", FormatValue(lang, next.RateFromPrevious, cur), funnelStageName(lang, next)), chartW))
			y += gapH
		}
		rows[i] = []string{name, count, FormatValue(lang, f.RateFromPrevious, cur), FormatValue(lang, f.RateFromFirst, cur)}
	}
	first, last := r.Funnel[0], r.Funnel[len(r.Funnel)-1]
	desc := trf(lang, "Funnel from {0} {1} to {2} {3}: a funnel conversion rate of {4}.",
		FormatValue(lang, first.Count, cur), metricName(lang, first.Metric), FormatValue(lang, last.Count, cur), metricName(lang, last.Metric), FormatValue(lang, r.FunnelRate, cur))
	return chart{
		id: "funnel", caption: tr(lang, "Funnel: how many go on to each stage"), title: tr(lang, "Funnel"), desc: desc,
		height: y + 4, body: b.String(),
		head: []string{tr(lang, "Stage"), tr(lang, "Count"), tr(lang, "From previous"), tr(lang, "From first")},
		rows: rows,
	}, true
}

func funnelStageName(lang string, f roi.FunnelStage) string {
	if l := stageLabels[f.Stage]; f.Stage != "" && l != "" {
		return tr(lang, l) + ": " + metricName(lang, f.Metric)
	}
	return metricName(lang, f.Metric)
}

// Cost by category: bars as long as each category's share of the cost.
func costChart(lang string, r roi.Report) (chart, bool) {
	cur := r.Currency
	if len(r.CostBreakdown) == 0 || fl(r.Totals.Cost) <= 0 {
		return chart{}, false
	}
	bars := make([]hbar, len(r.CostBreakdown))
	rows := make([][]string, len(r.CostBreakdown))
	largest := 0
	for i, c := range r.CostBreakdown {
		label := tr(lang, labelOr(categoryLabels, c.Category))
		cost, share := FormatValue(lang, c.Cost, cur), FormatValue(lang, c.Share, cur)
		bars[i] = hbar{label: label, value: cost + " · " + share, x: fl(c.Share), ok: c.Share.Defined()}
		rows[i] = []string{label, cost, share}
		if c.Cost.Exact().GreaterThan(r.CostBreakdown[largest].Cost.Exact()) {
			largest = i
		}
	}
	big := r.CostBreakdown[largest]
	desc := trn(lang, "one=Total cost {0}, in {1} category; the largest is {2} at {3} ({4}).|other=Total cost {0}, in {1} categories; the largest is {2} at {3} ({4}).",
		strconv.Itoa(len(bars)), FormatValue(lang, r.Totals.Cost, cur), strconv.Itoa(len(bars)), tr(lang, labelOr(categoryLabels, big.Category)),
		FormatValue(lang, big.Cost, cur), FormatValue(lang, big.Share, cur))
	body, h := hbars(bars, 0, 100, false)
	return chart{
		id: "costs", caption: tr(lang, "Cost by category, share of the total cost"), title: tr(lang, "Cost by category"), desc: desc,
		height: h, body: body,
		head: []string{tr(lang, "Category"), tr(lang, "Cost"), tr(lang, "Share of cost")},
		rows: rows,
	}, true
}

// moneyBar is one bar of a chart of money: its label (a catalog key), its
// kind (the bar's class) and its figure.
type moneyBar struct {
	label, kind string
	v           roi.Value
}

// moneyBars draws the bars of a chart of money figures, with the rows of its
// data table and each figure as text; some says whether any is not zero.
func moneyBars(lang, cur string, items []moneyBar) (bars []hbar, rows [][]string, texts []string, some bool) {
	bars = make([]hbar, len(items))
	rows = make([][]string, len(items))
	texts = make([]string, len(items))
	for i, it := range items {
		s, label := FormatValue(lang, it.v, cur), tr(lang, it.label)
		texts[i] = s
		bars[i] = hbar{label: label, value: s, x: fl(it.v), ok: it.v.Defined(), kind: it.kind}
		rows[i] = []string{label, s}
		some = some || fl(it.v) != 0
	}
	return bars, rows, texts, some
}

// Return against cost: the direct revenue, the estimated return (action
// value, earned media, savings, lift) and the total.
func returnChart(lang string, r roi.Report) (chart, bool) {
	cur := r.Currency
	t := r.Totals
	items := []moneyBar{
		{msg("Cost"), "cost", t.Cost},
		{msg("Direct revenue"), "", t.DirectRevenue},
		{msg("Estimated return"), "est", t.EstimatedReturn},
		{msg("Total return"), "total", t.TotalReturn},
	}
	bars, rows, texts, some := moneyBars(lang, cur, items)
	if !some {
		return chart{}, false
	}
	desc := trf(lang, "Cost {0}; direct revenue {1}; estimated return {2}; total return {3}.", texts[0], texts[1], texts[2], texts[3])
	body, h := hbars(bars, 0, 0, false)
	return chart{
		id: "return", caption: tr(lang, "Direct and estimated return against cost"), title: tr(lang, "Return against cost"), desc: desc,
		height: h, body: body,
		head: []string{"", tr(lang, "Amount")},
		rows: rows,
	}, true
}

// ROI per channel: bars from a zero axis, negative ROI to its left.
func channelChart(lang string, r roi.Report) (chart, bool) {
	cur := r.Currency
	list := append([]roi.ChannelResult(nil), r.Channels...)
	if u := r.Unallocated; u.ROI.Defined() && !u.Cost.Exact().IsZero() {
		u.Channel = tr(lang, "Not on a channel")
		list = append(list, u)
	}
	defined := false
	bars := make([]hbar, len(list))
	rows := make([][]string, len(list))
	parts := make([]string, len(list))
	for i, c := range list {
		s := FormatValue(lang, c.ROI, cur)
		kind := ""
		if c.ROI.Exact().IsNegative() {
			kind = "neg"
		}
		bars[i] = hbar{label: c.Channel, value: s, x: fl(c.ROI), ok: c.ROI.Defined(), kind: kind}
		rows[i] = []string{c.Channel, FormatValue(lang, c.Cost, cur), FormatValue(lang, c.Return, cur), s}
		parts[i] = c.Channel + " " + s
		defined = defined || c.ROI.Defined()
	}
	if !defined {
		return chart{}, false
	}
	body, h := hbars(bars, 0, 0, false)
	return chart{
		id: "channels", caption: tr(lang, "ROI per channel (revenue and action value against the channel's cost)"),
		title: tr(lang, "ROI per channel"), desc: trf(lang, "ROI per channel, best first: {0}.", strings.Join(parts, "; ")),
		height: h, body: body,
		head: []string{tr(lang, "Channel"), tr(lang, "Cost"), tr(lang, "Return"), "ROI"},
		rows: rows,
	}, true
}

// Goal progress: a track per goal standing for its target, filled to the
// progress (up to the track's end).
func goalChart(lang string, r roi.Report) (chart, bool) {
	if len(r.Goals) == 0 {
		return chart{}, false
	}
	cur := r.Currency
	bars := make([]hbar, len(r.Goals))
	rows := make([][]string, len(r.Goals))
	parts := make([]string, len(r.Goals))
	for i, g := range r.Goals {
		label := tr(lang, labelOr(goalLabels, g.Metric))
		if goalLabels[g.Metric] == "" {
			label = metricName(lang, g.Metric)
		}
		state, kind := tr(lang, "not yet"), "goal"
		if g.Met {
			state, kind = tr(lang, "met"), "met"
		}
		progress := FormatValue(lang, g.Progress, cur)
		bars[i] = hbar{label: label, value: progress + " · " + state, x: math.Min(math.Max(fl(g.Progress), 0), 100), ok: g.Progress.Defined(), kind: kind}
		rows[i] = []string{label, FormatValue(lang, g.Actual, cur), FormatValue(lang, g.Target, cur), progress, state, isoDate(lang, g.Deadline)}
		parts[i] = trf(lang, "{0} {1} of target, {2}", label, progress, state)
	}
	body, h := hbars(bars, 0, 100, true)
	return chart{
		id: "goals", caption: tr(lang, "Goal progress (the full track is the target)"), title: tr(lang, "Goal progress"),
		desc: strings.Join(parts, "; ") + ".", height: h, body: body,
		head: []string{tr(lang, "Goal"), tr(lang, "Now"), tr(lang, "Target"), tr(lang, "Progress"), tr(lang, "State"), tr(lang, "By")},
		rows: rows,
	}, true
}

// whatIfLever is the funnel rate the what-if chart follows: the first
// funnel stage in the engine's ranking of small changes whose curve roi/
// worked out. ok is false when there is none (no funnel, no cost, no value
// per conversion).
func whatIfLever(r roi.Report) (roi.FunnelLever, bool) {
	for _, b := range r.WhatIf.Best {
		if b.Kind != "funnel" {
			continue
		}
		if l := r.WhatIf.Funnel[b.Index]; len(l.Curve) >= 2 {
			return l, true
		}
	}
	return roi.FunnelLever{}, false
}

// What if: the ROI the levers move (roi.WhatIf.Basis) against one funnel
// rate, through the points roi/ worked out (half the rate, the rate now,
// half as much again), with the rate now and the break-even rate marked.
func whatIfChart(lang string, r roi.Report) (chart, bool) {
	l, ok := whatIfLever(r)
	if !ok {
		return chart{}, false
	}
	cur := r.Currency
	pts := l.Curve
	loX, hiX := fl(pts[0].Rate), fl(pts[len(pts)-1].Rate)
	if hiX <= loX {
		return chart{}, false
	}
	loY, hiY := 0.0, 0.0
	for _, pt := range pts {
		loY, hiY = math.Min(loY, fl(pt.ROI)), math.Max(hiY, fl(pt.ROI))
	}
	pad := (hiY - loY) * 0.08
	if pad == 0 {
		pad = 10
	}
	loY, hiY = loY-pad, hiY+pad

	const left, right, top, bottom = 4.0, chartW - 4, 24.0, 196.0
	px := func(x float64) float64 { return left + (x-loX)/(hiX-loX)*(right-left) }
	py := func(y float64) float64 { return bottom - (y-loY)/(hiY-loY)*(bottom-top) }

	basis := tr(lang, basisLabels[r.WhatIf.Basis])
	var b strings.Builder
	svgLine(&b, left, bottom, right, bottom, "axis")
	y0 := py(0)
	svgLine(&b, left, y0, right, y0, "zero")
	svgText(&b, right, y0-5, "end", "rate", tr(lang, "break-even: ROI 0"))
	b.WriteString(`<polyline class="curve" points="`)
	for i, pt := range pts {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(num(px(fl(pt.Rate))) + "," + num(py(fl(pt.ROI))))
	}
	b.WriteString(`"/>`)
	be, hasBE := fl(l.BreakEvenRate), l.BreakEvenRate.Defined()
	if hasBE && be >= loX && be <= hiX {
		x := px(be)
		svgLine(&b, x, top-8, x, bottom, "marker")
		svgText(&b, x, top-12, anchorAt(x), "value", trf(lang, "break-even at {0}", FormatValue(lang, l.BreakEvenRate, cur)))
	}
	// The point of the curve at the rate now.
	now := pts[0]
	for _, pt := range pts {
		if pt.Rate.String() == l.Rate.String() {
			now = pt
		}
	}
	x, y := px(fl(now.Rate)), py(fl(now.ROI))
	b.WriteString(`<circle class="dot" cx="` + num(x) + `" cy="` + num(y) + `" r="5"/>`)
	rateNow, roiText := FormatValue(lang, now.Rate, cur), FormatValue(lang, now.ROI, cur)
	label := trf(lang, "now: {0}, ROI {1}", rateNow, roiText)
	lx, anchor := x, "middle"
	if x-textW(label)/2 < 0 {
		lx, anchor = x+8, "start"
	} else if x+textW(label)/2 > chartW {
		lx, anchor = x-8, "end"
	}
	ty := y - 10
	if ty < top-4 {
		ty = y + 20
	}
	svgText(&b, lx, ty, anchor, "value", label)
	svgText(&b, left, bottom+16, "start", "rate", FormatValue(lang, pts[0].Rate, cur))
	svgText(&b, right, bottom+16, "end", "rate", FormatValue(lang, pts[len(pts)-1].Rate, cur))
	svgText(&b, chartW/2, bottom+32, "middle", "label", clip(trf(lang, "{0} rate (% of the stage before)", metricName(lang, l.Metric)), chartW-100))

	beText := "; " + trf(lang, "break-even needs a rate of {0}", FormatValue(lang, l.BreakEvenRate, cur))
	switch {
	case !l.BreakEvenRate.Defined():
		beText = ""
	case !l.Reachable:
		beText += " (" + tr(lang, "over 100%: not reachable") + ")"
	case be <= 0:
		beText = "; " + tr(lang, "the other revenue pays the cost at any rate")
	}
	desc := trf(lang, "{0} against the {1} rate: now the rate is {2} and the ROI {3}; at {4} it would be {5}, at {6} {7}",
		basis, metricName(lang, l.Metric), rateNow, roiText, FormatValue(lang, pts[0].Rate, cur), FormatValue(lang, pts[0].ROI, cur),
		FormatValue(lang, pts[len(pts)-1].Rate, cur), FormatValue(lang, pts[len(pts)-1].ROI, cur)) + beText + "."
	rows := make([][]string, 0, len(pts))
	for _, pt := range pts {
		rows = append(rows, []string{FormatValue(lang, pt.Rate, cur), FormatValue(lang, pt.ROI, cur)})
	}
	return chart{
		id: "whatif", caption: trf(lang, "What if: {0} against the {1} rate", basis, metricName(lang, l.Metric)), title: trf(lang, "{0} against the {1} rate", basis, metricName(lang, l.Metric)),
		desc: desc, height: bottom + 40, body: b.String(),
		head: []string{trf(lang, "{0} rate", metricName(lang, l.Metric)), basis},
		rows: rows,
	}, true
}

// anchorAt keeps a label near x inside the chart.
func anchorAt(x float64) string {
	switch {
	case x < chartW*0.3:
		return "start"
	case x > chartW*0.7:
		return "end"
	}
	return "middle"
}

// hbar is one row of a horizontal bar chart: a label and the value's text
// above the bar; x is where the bar ends on the chart's scale (no bar when
// not ok); kind is a class that colours it (cost, est, total, neg, goal,
// met).
type hbar struct {
	label, value string
	x            float64
	ok           bool
	kind         string
}

// hbars draws horizontal bars on a scale from lo to hi, widened to take in
// zero and every bar; negative bars go left of the zero axis. track draws
// the whole scale behind each bar. It returns the markup and its height.
func hbars(bars []hbar, lo, hi float64, track bool) (string, float64) {
	for _, b := range bars {
		if b.ok {
			lo, hi = math.Min(lo, b.x), math.Max(hi, b.x)
		}
	}
	lo, hi = math.Min(lo, 0), math.Max(hi, 0)
	span := hi - lo
	pos := func(x float64) float64 {
		if span <= 0 {
			return 0
		}
		return (x - lo) / span * chartW
	}
	x0 := pos(0)
	const rowH, barH, gapH = 20.0, 16.0, 14.0
	var b strings.Builder
	y := 0.0
	for _, r := range bars {
		svgText(&b, 0, y+14, "start", "label", clip(r.label, chartW-textW(r.value)-8))
		svgText(&b, chartW, y+14, "end", "value", r.value)
		if track {
			svgRect(&b, 0, y+rowH, chartW, barH, "track")
		}
		if r.ok {
			x := pos(r.x)
			svgRect(&b, math.Min(x, x0), y+rowH, math.Abs(x-x0), barH, strings.TrimSpace("bar "+r.kind))
		}
		if lo < 0 { // the zero axis, through the bars and clear of the text
			svgLine(&b, x0, y+rowH-3, x0, y+rowH+barH+3, "zero")
		}
		y += rowH + barH + gapH
	}
	return b.String(), y - gapH + 6
}

// barWidth is count's share of top, of the full width; a bar with a count
// is at least 1 unit wide, so it shows.
func barWidth(count, top, full float64) float64 {
	if top <= 0 || count <= 0 {
		return 0
	}
	return math.Max(count/top*full, 1)
}

func chartTable(head []string, rows [][]string) app.UI {
	return app.Table().Class("cards").Body(
		app.THead().Body(app.Tr().Body(app.Range(head).Slice(func(i int) app.UI { return th(head[i]) }))),
		app.TBody().Body(app.Range(rows).Slice(func(i int) app.UI {
			row := rows[i]
			return app.Tr().Body(
				app.Th().Scope("row").Text(row[0]),
				app.Range(row[1:]).Slice(func(j int) app.UI { return cell(head[j+1], app.Text(row[j+1])) }),
			)
		})),
	)
}

func labelOr(labels map[string]string, key string) string {
	if l := labels[key]; l != "" {
		return l
	}
	return key
}

// fl is a figure as a float64, for geometry only (0 when undefined).
func fl(v roi.Value) float64 {
	if !v.Defined() {
		return 0
	}
	f := v.Exact().InexactFloat64()
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return 0
	}
	return f
}

// num writes a coordinate with at most 2 decimals; never NaN or Inf.
func num(x float64) string {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return "0"
	}
	s := strconv.FormatFloat(math.Round(x*100)/100, 'f', -1, 64)
	if s == "-0" {
		return "0"
	}
	return s
}

func esc(s string) string { return html.EscapeString(s) }

// textW estimates how wide s is drawn.
func textW(s string) float64 { return float64(len([]rune(s))) * charW }

// clip shortens a label to fit width, with an ellipsis. The data table
// below the chart has it whole.
func clip(s string, width float64) string {
	r := []rune(s)
	n := int(width / charW)
	if len(r) <= n {
		return s
	}
	if n < 2 {
		return "…"
	}
	return strings.TrimSpace(string(r[:n-1])) + "…"
}

func svgText(b *strings.Builder, x, y float64, anchor, class, s string) {
	b.WriteString(`<text x="` + num(x) + `" y="` + num(y) + `" text-anchor="` + anchor + `" class="` + esc(class) + `">` + esc(s) + `</text>`)
}

func svgRect(b *strings.Builder, x, y, w, h float64, class string) {
	b.WriteString(`<rect class="` + esc(class) + `" x="` + num(x) + `" y="` + num(y) + `" width="` + num(w) + `" height="` + num(h) + `"/>`)
}

func svgLine(b *strings.Builder, x1, y1, x2, y2 float64, class string) {
	b.WriteString(`<line class="` + esc(class) + `" x1="` + num(x1) + `" y1="` + num(y1) + `" x2="` + num(x2) + `" y2="` + num(y2) + `"/>`)
}
