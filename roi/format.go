package roi

import (
	"bytes"
	"io"
	"slices"
	"strings"
	"unicode/utf8"
)

// This file renders reports for people and spreadsheets: WriteText is a
// plain-text summary to paste in an email, WriteCSV one row per figure,
// WriteCompareText two reports side by side. Every number comes from the
// Report; nothing is computed here except ordering and layout.

// textWidth is the width long sentences (warnings, notes) are wrapped to.
const textWidth = 78

// WriteText writes r as an aligned plain-text summary: title, headline ROI,
// totals, costs, actions, funnel, break-even, channels, paid vs organic,
// goals, the what-if levers, the returns that are not in the figures and the
// warnings. Money is grouped by thousands and carries the currency code
// ("1,234.50 EUR"); an undefined figure shows as "n/a (reason)". Estimated
// figures are marked "estimate". Sections with nothing in them are left out.
func WriteText(w io.Writer, r Report) error {
	p := &textPrinter{cur: r.Currency}
	p.title(r)
	p.headline(r)
	p.totals(r)
	p.costs(r)
	p.actions(r)
	p.funnel(r)
	p.breakEven(r)
	p.channels(r)
	p.split(r)
	p.goals(r)
	p.whatIf(r)
	p.indirect(r)
	p.warnings(r)
	_, err := w.Write(p.buf.Bytes())
	return err
}

type textPrinter struct {
	buf bytes.Buffer
	cur string
}

func (p *textPrinter) line(s string) {
	p.buf.WriteString(strings.TrimRight(s, " "))
	p.buf.WriteByte('\n')
}

func (p *textPrinter) section(name string) {
	p.line("")
	p.line(name)
	p.line(strings.Repeat("-", utf8.RuneCountInString(name)))
}

func (p *textPrinter) title(r Report) {
	t := "Social media ROI report"
	if r.Name != "" {
		t = "Social media ROI: " + r.Name
	}
	p.line(t)
	meta := []string{"Currency: " + r.Currency}
	if per := periodText(r.Period); per != "" {
		meta = append(meta, "Period: "+per)
	}
	if r.BusinessModel != "" {
		meta = append(meta, "Business model: "+r.BusinessModel)
	}
	p.line(strings.Join(meta, "   "))
	p.line(strings.Repeat("=", max(utf8.RuneCountInString(t), 40)))
}

func periodText(per *Period) string {
	switch {
	case per == nil:
		return ""
	case per.Start != "" && per.End != "":
		return per.Start + " to " + per.End
	case per.Start != "":
		return "from " + per.Start
	case per.End != "":
		return "until " + per.End
	}
	return ""
}

func (p *textPrinter) headline(r Report) {
	p.section("Headline")
	t := p.table("", "")
	t.add(text("Direct ROI (revenue against cost)"), p.val(r.ROI.Direct))
	t.add(text("Total ROI (estimate)"), p.val(r.ROI.Total))
	t.add(text("ROI on gross profit"), p.val(r.ROI.Profit))
	t.add(text("ROAS (paid revenue / ad spend)"), p.val(r.ROAS))
	t.add(text("Net result, direct"), p.val(r.Totals.NetDirect))
	t.add(text("Net result, total (estimate)"), p.val(r.Totals.NetTotal))
	t.write(p, false)
}

func (p *textPrinter) totals(r Report) {
	tt := r.Totals
	p.section("Totals")
	t := p.table("", "")
	t.add(text("Cost"), p.val(tt.Cost))
	t.add(text("  staff time ("+group(tt.StaffHours.String())+" hours)"), p.val(tt.StaffCost))
	t.add(text("  ad spend"), p.val(tt.AdSpend))
	t.add(text("Direct revenue"), p.val(tt.DirectRevenue))
	t.add(text("  from paid social"), p.val(tt.PaidRevenue))
	t.add(text("  from funnel conversions"), p.val(tt.FunnelRevenue))
	t.add(text("Action value (estimate)"), p.val(tt.ActionValue))
	t.add(text("  micro actions"), p.val(tt.MicroValue))
	t.add(text("  macro actions"), p.val(tt.MacroValue))
	t.add(text("Earned media (estimate)"), p.val(tt.EarnedMedia))
	t.add(text("Savings (estimate)"), p.val(tt.Savings))
	t.add(text("Customer lift (estimate)"), p.val(tt.Lift))
	t.add(text("Estimated returns together"), p.val(tt.EstimatedReturn))
	t.add(text("Total return (estimate)"), p.val(tt.TotalReturn))
	t.add(text("Gross profit on direct revenue"), p.val(tt.GrossProfit))
	t.write(p, false)
}

func (p *textPrinter) costs(r Report) {
	if len(r.CostBreakdown) == 0 {
		return
	}
	p.section("Cost by category")
	t := p.table("Category", "Cost", "Share")
	for _, c := range r.CostBreakdown {
		t.add(text(c.Category), p.val(c.Cost), p.val(c.Share))
	}
	t.write(p, true)
}

func (p *textPrinter) actions(r Report) {
	if len(r.Actions) == 0 {
		return
	}
	p.section("Action values (estimate)")
	t := p.table("Action", "Count", "Unit value", "Value")
	for i, a := range r.Actions {
		t.add(text(labelOr(a.Label, "actions["+itoa(i)+"]")), p.val(a.Count), p.val(a.UnitValue), p.val(a.Value))
	}
	t.write(p, true)
}

func (p *textPrinter) funnel(r Report) {
	if len(r.Funnel) == 0 {
		return
	}
	p.section("Funnel")
	t := p.table("Stage", "Metric", "Count", "Cost per", "", "Rate from previous")
	for _, st := range r.Funnel {
		t.add(text(st.Stage), text(st.Metric), p.val(st.Count), text(costMetricName(st.CostMetric)), p.val(st.CostPer), p.val(st.RateFromPrevious))
	}
	t.write(p, true)
	p.line("")
	k := p.table("", "")
	k.add(text("Conversion from first to last stage"), p.val(r.FunnelRate))
	k.write(p, false)
}

func (p *textPrinter) breakEven(r Report) {
	b := r.BreakEven
	p.section("Break-even")
	t := p.table("", "")
	t.add(text("Revenue needed (the total cost)"), p.val(b.Revenue))
	t.add(text("Direct revenue still missing"), p.val(b.Gap))
	t.add(text("Conversions needed to break even"), p.val(b.Conversions))
	t.write(p, false)
	if b.Gap.Defined() && b.Gap.Exact().IsZero() && r.Totals.Cost.Exact().Sign() > 0 {
		p.line("  Direct revenue covers the cost: break-even is reached.")
	}
}

func (p *textPrinter) channels(r Report) {
	p.section("Channels, best ROI first")
	t := p.table("#", "Channel", "Cost", "Return", "ROI")
	for i, c := range r.Channels {
		t.add(num(itoa(i+1), ""), text(c.Channel), p.val(c.Cost), p.val(c.Return), p.val(c.ROI))
	}
	u := r.Unallocated
	t.add(text(""), text("(no channel)"), p.val(u.Cost), p.val(u.Return), p.val(u.ROI))
	t.write(p, true)
	p.wrap("Return is revenue plus action value. \"(no channel)\" also holds funnel revenue, earned media, savings and lift.", "  ", "  ")
}

func (p *textPrinter) split(r Report) {
	p.section("Paid vs organic")
	t := p.table("", "Cost", "Revenue", "Action value", "Return", "ROI")
	for _, s := range []struct {
		name string
		v    SplitResult
	}{{"Paid", r.Paid}, {"Organic", r.Organic}} {
		t.add(text(s.name), p.val(s.v.Cost), p.val(s.v.Revenue), p.val(s.v.ActionValue), p.val(s.v.Return), p.val(s.v.ROI))
	}
	t.write(p, true)
}

func (p *textPrinter) goals(r Report) {
	if len(r.Goals) == 0 {
		return
	}
	p.section("Goals")
	t := p.table("Goal", "Deadline", "Target", "Actual", "Progress")
	for _, g := range r.Goals {
		prog := p.val(g.Progress)
		if g.Progress.Defined() {
			if g.Met {
				prog.suffix += " (met)"
			} else {
				prog.suffix += " (not met)"
			}
		}
		t.add(text(g.Metric), text(g.Deadline), p.val(g.Target), p.val(g.Actual), prog)
	}
	t.write(p, true)
}

// topLevers is how many levers of each kind the text report shows.
const topLevers = 3

func (p *textPrinter) whatIf(r Report) {
	fl := slices.Clone(r.WhatIf.Funnel)
	cl := slices.Clone(r.WhatIf.Costs)
	if len(fl) == 0 && len(cl) == 0 {
		return
	}
	p.section("What if")
	if len(fl) > 0 {
		// Largest extra value first; undefined ones last; ties keep funnel order.
		slices.SortStableFunc(fl, func(a, b FunnelLever) int { return cmpDesc(a.ValueDelta, b.ValueDelta) })
		fl = fl[:min(len(fl), topLevers)]
		p.line("  One percentage point more on a funnel rate (later stages keep their rates):")
		t := p.table("Rate of", "Now", "Conversions", "Value", "Direct ROI", "Break-even rate")
		silent := false
		for _, l := range fl {
			be := p.val(l.BreakEvenRate)
			if l.BreakEvenRate.Defined() && !l.Reachable {
				be.suffix += " (out of reach)"
			}
			t.add(text(l.Metric), p.val(l.Rate), p.signed(l.ConversionsDelta), p.signed(l.ValueDelta), p.signed(l.ROIDelta), be)
			if l.ValueDelta.Exact().Sign() > 0 && l.ROIDelta.Defined() && l.ROIDelta.Exact().IsZero() {
				silent = true
			}
		}
		t.write(p, true)
		if silent {
			p.wrap("The funnel's conversions are not counted as revenue, so they do not move the direct ROI.", "  ", "  ")
		}
	}
	if len(cl) > 0 {
		// Largest effect on the direct ROI first.
		slices.SortStableFunc(cl, func(a, b CostLever) int { return cmpDesc(absValue(a.ROIDelta), absValue(b.ROIDelta)) })
		cl = cl[:min(len(cl), topLevers)]
		if len(fl) > 0 {
			p.line("")
		}
		p.line("  Ten percent more on a cost line:")
		t := p.table("Cost line", "Extra cost", "Direct ROI")
		for _, l := range cl {
			t.add(text(labelOr(l.Label, "costs["+itoa(l.Index)+"]")), p.signed(l.Delta), p.signed(l.ROIDelta))
		}
		t.write(p, true)
	}
}

func absValue(v Value) Value {
	v.exact = v.exact.Abs()
	return v
}

// cmpDesc orders defined values from largest to smallest, undefined last.
func cmpDesc(a, b Value) int {
	switch {
	case a.ok && !b.ok:
		return -1
	case !a.ok && b.ok:
		return 1
	case !a.ok && !b.ok:
		return 0
	}
	return b.exact.Cmp(a.exact)
}

func (p *textPrinter) indirect(r Report) {
	if len(r.Indirect) == 0 {
		return
	}
	p.section("Not in the figures")
	p.line("  Returns seen but not given a value; they are not added to any figure:")
	for _, in := range r.Indirect {
		s := in.Kind
		if in.Note != "" {
			s += ": " + in.Note
		}
		p.wrap(s, "  - ", "    ")
	}
}

func (p *textPrinter) warnings(r Report) {
	p.section("Warnings")
	if len(r.Warnings) == 0 {
		p.line("  None.")
		return
	}
	for _, m := range r.Warnings {
		p.wrap(m.String(), "  - ", "    ")
	}
}

// wrap writes s in lines of at most textWidth characters where it can.
func (p *textPrinter) wrap(s, first, rest string) {
	for _, l := range wrapText(s, textWidth, first, rest) {
		p.line(l)
	}
}

func wrapText(s string, width int, first, rest string) []string {
	var lines []string
	cur := first
	empty := true
	for _, word := range strings.Fields(s) {
		if !empty && utf8.RuneCountInString(cur)+1+utf8.RuneCountInString(word) > width {
			lines = append(lines, cur)
			cur, empty = rest, true
		}
		if !empty {
			cur += " "
		}
		cur += word
		empty = false
	}
	return append(lines, cur)
}

// cell is one table cell. Text cells are left-aligned; number cells are
// right-aligned on num, with suffix (" EUR", "%") after it, so that the
// decimal places line up. The reason of an "n/a" in the last column runs past
// the column instead of widening it; in other columns the cell says "n/a"
// and the reason is listed under the table.
type cell struct {
	num, suffix string
	isText      bool
	why         string // the reason of an "n/a"
}

func text(s string) cell             { return cell{num: s, isText: true} }
func num(n, suffix string) cell      { return cell{num: n, suffix: suffix} }
func width(s string) int             { return utf8.RuneCountInString(s) }
func pad(s string, n int) string     { return s + strings.Repeat(" ", max(0, n-width(s))) }
func padLeft(s string, n int) string { return strings.Repeat(" ", max(0, n-width(s))) + s }

// val renders a figure for the text report.
func (p *textPrinter) val(v Value) cell { return valueCell(v, p.cur, false) }

// signed renders a change: "+" before a positive figure.
func (p *textPrinter) signed(v Value) cell { return valueCell(v, p.cur, true) }

func valueCell(v Value, cur string, signed bool) cell {
	if !v.Defined() {
		c := num("n/a", "")
		if why := v.Reason().String(); why != "" {
			c.suffix, c.why = " ("+why+")", why
		}
		return c
	}
	s := group(v.String())
	if signed && v.Rounded().Sign() > 0 {
		s = "+" + s
	}
	switch v.Unit() {
	case UnitMoney:
		return num(s, " "+cur)
	case UnitPercent:
		return num(s, "%")
	case UnitPoints:
		return num(s, " points")
	}
	return num(s, "")
}

// group puts thousands separators into a plain decimal: "-1234567.5" becomes
// "-1,234,567.5". Anything else is returned as it is.
func group(s string) string {
	sign := ""
	if strings.HasPrefix(s, "-") {
		sign, s = "-", s[1:]
	}
	intPart, frac, hasFrac := strings.Cut(s, ".")
	for i := 0; i < len(intPart); i++ {
		if intPart[i] < '0' || intPart[i] > '9' {
			return sign + s
		}
	}
	var b strings.Builder
	for i := 0; i < len(intPart); i++ {
		if i > 0 && (len(intPart)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteByte(intPart[i])
	}
	if hasFrac {
		b.WriteByte('.')
		b.WriteString(frac)
	}
	return sign + b.String()
}

type table struct {
	head []string
	rows [][]cell
}

func (p *textPrinter) table(head ...string) *table { return &table{head: head} }

func (t *table) add(cells ...cell) { t.rows = append(t.rows, cells) }

// write lays the table out, two spaces between columns, indented by two.
// A header line is written when showHead is set.
func (t *table) write(p *textPrinter, showHead bool) {
	n := len(t.head)
	var notes []string
	for _, row := range t.rows {
		for i := range row[:n-1] {
			if why := row[i].why; why != "" {
				row[i].suffix, row[i].why = "", ""
				// Said once under the table, unless the row says it already.
				if why != row[n-1].why && !slices.Contains(notes, why) {
					notes = append(notes, why)
				}
			}
		}
	}
	numW := make([]int, n)  // widest num part of number cells
	sufW := make([]int, n)  // widest suffix of number cells
	textW := make([]int, n) // widest text cell
	isText := make([]bool, n)
	for _, row := range t.rows {
		for i, c := range row {
			if c.isText {
				isText[i] = true
				textW[i] = max(textW[i], width(c.num))
				continue
			}
			numW[i] = max(numW[i], width(c.num))
			if i < n-1 || c.why == "" {
				sufW[i] = max(sufW[i], width(c.suffix))
			}
		}
	}
	colW := make([]int, n)
	for i := range n {
		colW[i] = max(textW[i], numW[i]+sufW[i])
		if showHead {
			colW[i] = max(colW[i], width(t.head[i]))
		}
		if !isText[i] {
			// Right-align number cells on the column's right edge.
			numW[i] = colW[i] - sufW[i]
		}
	}
	if showHead {
		var b strings.Builder
		b.WriteString("  ")
		for i, h := range t.head {
			if i > 0 {
				b.WriteString("  ")
			}
			if isText[i] {
				b.WriteString(pad(h, colW[i]))
			} else {
				b.WriteString(padLeft(h, colW[i]))
			}
		}
		p.line(b.String())
	}
	for _, row := range t.rows {
		var b strings.Builder
		b.WriteString("  ")
		for i, c := range row {
			if i > 0 {
				b.WriteString("  ")
			}
			switch {
			case c.isText:
				b.WriteString(pad(c.num, colW[i]))
			case i == n-1:
				b.WriteString(padLeft(c.num, numW[i]) + c.suffix)
			default:
				b.WriteString(padLeft(c.num, numW[i]) + pad(c.suffix, sufW[i]))
			}
		}
		p.line(b.String())
	}
	for _, why := range notes {
		p.wrap("n/a: "+why+".", "  ", "    ")
	}
}

// WriteCompareText writes a comparison as an aligned table: each figure in
// A and in B, the change (percentage points for percentages) and the change
// relative to A. Money of two different currencies is never compared.
func WriteCompareText(w io.Writer, c Comparison) error {
	p := &textPrinter{}
	name := func(n, fallback string) string {
		if n == "" {
			return fallback
		}
		return n
	}
	a, b := name(c.A, "(unnamed)"), name(c.B, "(unnamed)")
	p.line("Comparison of two scenarios")
	p.line("A: " + a + " (" + c.CurrencyA + ")")
	p.line("B: " + b + " (" + c.CurrencyB + ")")
	p.line(strings.Repeat("=", 40))
	if !c.SameCurrency {
		p.wrap("The two scenarios use different currencies: money figures are shown but not compared.", "", "")
	}
	p.line("")
	t := p.table("Figure", "A", "B", "Change", "Change %")
	for _, row := range c.Rows {
		change := valueCell(row.Change, c.CurrencyA, true)
		if !row.Change.Defined() {
			change.suffix = "" // the same reason follows under Change %
		}
		pct := valueCell(row.ChangePercent, "", true)
		if row.ChangePercent.Reason().Code == "na.currency" {
			pct.suffix = "" // said once above the table
		}
		t.add(text(CompareLabel(row.Key)), briefCell(row.A, c.CurrencyA), briefCell(row.B, c.CurrencyB),
			change, pct)
	}
	t.write(p, true)
	// The reasons for figures missing in A or B, listed once each.
	var notes []string
	for _, row := range c.Rows {
		for _, side := range []struct {
			n string
			v Value
		}{{"A", row.A}, {"B", row.B}} {
			if !side.v.Defined() {
				if why := side.v.Reason().String(); why != "" {
					notes = append(notes, CompareLabel(row.Key)+" is n/a in "+side.n+": "+why+".")
				}
			}
		}
	}
	if len(notes) > 0 {
		p.line("")
		for _, n := range notes {
			p.wrap(n, "  - ", "    ")
		}
	}
	_, err := w.Write(p.buf.Bytes())
	return err
}

// briefCell is a value without its reason: the reasons are listed under the table.
func briefCell(v Value, cur string) cell {
	c := valueCell(v, cur, false)
	if !v.Defined() {
		c.suffix = ""
	}
	return c
}

// compareLabels name the figures of CompareKeys in English.
var compareLabels = map[string]string{
	"totals.cost":           "Cost",
	"totals.staffCost":      "Staff cost",
	"totals.adSpend":        "Ad spend",
	"totals.directRevenue":  "Direct revenue",
	"totals.actionValue":    "Action value (estimate)",
	"totals.earnedMedia":    "Earned media (estimate)",
	"totals.savings":        "Savings (estimate)",
	"totals.lift":           "Customer lift (estimate)",
	"totals.totalReturn":    "Total return (estimate)",
	"roi.direct":            "Direct ROI",
	"roi.total":             "Total ROI (estimate)",
	"roi.profit":            "ROI on gross profit",
	"roas":                  "ROAS",
	"funnel.conversions":    "Conversions (last funnel stage)",
	"funnelConversionRate":  "Funnel conversion rate",
	"breakEven.conversions": "Conversions for break-even",
}

// CompareLabel names a comparison key (one of CompareKeys) in English; an
// unknown key is returned as it is.
func CompareLabel(key string) string {
	if l, ok := compareLabels[key]; ok {
		return l
	}
	return key
}

// WriteCSV writes every figure of r as one CSV row: section, metric, value,
// unit, under that header. Values are the presented strings (Value.String:
// "1234.50", no grouping, "." as decimal mark); an undefined figure has an
// empty value, as it is null in the JSON report. The unit is the currency
// code for money, "%", "points", "ratio", "count", or "text" for names,
// warnings, indirect returns and yes/no answers. Sections and metrics use
// the JSON report's keys; list entries are named by their label, channel,
// category or metric ("Instagram ads.cost"), with "#2", "#3" added when a
// name repeats in the same list. The order is the report's order, so the
// output is deterministic.
func WriteCSV(w io.Writer, r Report) error {
	cw := newSafeCSVWriter(w) // every cell neutralised against formulas: csvsafe.go
	e := csvEmitter{w: cw, cur: r.Currency}
	e.text("section", "metric", "value", "unit")

	per := r.Period
	if per == nil {
		per = &Period{}
	}
	e.text("report", "name", r.Name, "text")
	e.text("report", "currency", r.Currency, "text")
	e.text("report", "businessModel", r.BusinessModel, "text")
	e.text("report", "period.start", per.Start, "text")
	e.text("report", "period.end", per.End, "text")

	t := r.Totals
	for _, f := range []struct {
		k string
		v Value
	}{
		{"cost", t.Cost}, {"staffCost", t.StaffCost}, {"staffHours", t.StaffHours}, {"adSpend", t.AdSpend},
		{"directRevenue", t.DirectRevenue}, {"paidRevenue", t.PaidRevenue}, {"funnelRevenue", t.FunnelRevenue},
		{"actionValue", t.ActionValue}, {"microValue", t.MicroValue}, {"macroValue", t.MacroValue},
		{"earnedMedia", t.EarnedMedia}, {"savings", t.Savings}, {"lift", t.Lift},
		{"estimatedReturn", t.EstimatedReturn}, {"totalReturn", t.TotalReturn},
		{"netDirect", t.NetDirect}, {"netTotal", t.NetTotal}, {"grossProfit", t.GrossProfit},
	} {
		e.val("totals", f.k, f.v)
	}

	names := uniqueNames(len(r.CostBreakdown), func(i int) string { return r.CostBreakdown[i].Category })
	for i, c := range r.CostBreakdown {
		e.val("costBreakdown", names[i]+".cost", c.Cost)
		e.val("costBreakdown", names[i]+".share", c.Share)
	}
	names = uniqueNames(len(r.CostLines), func(i int) string {
		return labelOr(r.CostLines[i].Label, "costs["+itoa(i)+"]")
	})
	for i, c := range r.CostLines {
		e.val("costLines", names[i]+".cost", c.Cost)
	}

	e.val("roi", "direct", r.ROI.Direct)
	e.val("roi", "total", r.ROI.Total)
	e.val("roi", "profit", r.ROI.Profit)
	e.val("roas", "roas", r.ROAS)

	names = uniqueNames(len(r.Actions), func(i int) string {
		return labelOr(r.Actions[i].Label, "actions["+itoa(i)+"]")
	})
	for i, a := range r.Actions {
		e.val("actions", names[i]+".count", a.Count)
		e.val("actions", names[i]+".unitValue", a.UnitValue)
		e.val("actions", names[i]+".value", a.Value)
	}

	names = uniqueNames(len(r.Funnel), func(i int) string { return r.Funnel[i].Metric })
	for i, st := range r.Funnel {
		e.val("funnel", names[i]+".count", st.Count)
		e.val("funnel", names[i]+".rateFromPrevious", st.RateFromPrevious)
		e.val("funnel", names[i]+".rateFromFirst", st.RateFromFirst)
		e.val("funnel", names[i]+"."+st.CostMetric, st.CostPer)
	}
	e.val("funnel", "conversionRate", r.FunnelRate)

	e.val("breakEven", "revenue", r.BreakEven.Revenue)
	e.val("breakEven", "conversions", r.BreakEven.Conversions)
	e.val("breakEven", "gap", r.BreakEven.Gap)

	names = uniqueNames(len(r.Channels), func(i int) string { return r.Channels[i].Channel })
	for i, c := range r.Channels {
		e.channel("channels", names[i]+".", c)
	}
	e.channel("unallocated", "", r.Unallocated)
	e.split("paid", r.Paid)
	e.split("organic", r.Organic)

	names = uniqueNames(len(r.Goals), func(i int) string { return r.Goals[i].Metric })
	for i, g := range r.Goals {
		e.val("goals", names[i]+".target", g.Target)
		e.val("goals", names[i]+".actual", g.Actual)
		e.val("goals", names[i]+".progress", g.Progress)
		e.yesNo("goals", names[i]+".met", g.Met, g.Progress.Defined())
	}

	names = uniqueNames(len(r.WhatIf.Funnel), func(i int) string { return r.WhatIf.Funnel[i].Metric })
	for i, l := range r.WhatIf.Funnel {
		k := "funnel." + names[i] + "."
		e.val("whatIf", k+"rate", l.Rate)
		e.val("whatIf", k+"conversionsDelta", l.ConversionsDelta)
		e.val("whatIf", k+"valueDelta", l.ValueDelta)
		e.val("whatIf", k+"roiDelta", l.ROIDelta)
		e.val("whatIf", k+"breakEvenRate", l.BreakEvenRate)
		e.yesNo("whatIf", k+"reachable", l.Reachable, l.BreakEvenRate.Defined())
	}
	names = uniqueNames(len(r.WhatIf.Costs), func(i int) string {
		return labelOr(r.WhatIf.Costs[i].Label, "costs["+itoa(r.WhatIf.Costs[i].Index)+"]")
	})
	for i, l := range r.WhatIf.Costs {
		k := "costs." + names[i] + "."
		e.val("whatIf", k+"costDelta", l.Delta)
		e.val("whatIf", k+"roiDelta", l.ROIDelta)
	}

	names = uniqueNames(len(r.Warnings), func(i int) string { return r.Warnings[i].Code })
	for i, m := range r.Warnings {
		e.text("warnings", names[i], m.String(), "text")
	}
	names = uniqueNames(len(r.Indirect), func(i int) string { return r.Indirect[i].Kind })
	for i, in := range r.Indirect {
		e.text("indirect", names[i], in.Note, "text")
	}

	if e.err != nil {
		return e.err
	}
	cw.Flush()
	return cw.Error()
}

type csvEmitter struct {
	w   *safeCSVWriter
	cur string
	err error
}

func (e *csvEmitter) text(section, metric, value, unit string) {
	if e.err == nil {
		e.err = e.w.Write([]string{section, metric, value, unit})
	}
}

func (e *csvEmitter) val(section, metric string, v Value) {
	s := ""
	if v.Defined() {
		s = v.String()
	}
	e.text(section, metric, s, csvUnit(v, e.cur))
}

// yesNo writes a yes/no answer, empty when the question has no answer.
func (e *csvEmitter) yesNo(section, metric string, b, known bool) {
	s := ""
	if known {
		s = "no"
		if b {
			s = "yes"
		}
	}
	e.text(section, metric, s, "text")
}

func (e *csvEmitter) channel(section, prefix string, c ChannelResult) {
	e.val(section, prefix+"cost", c.Cost)
	e.val(section, prefix+"revenue", c.Revenue)
	e.val(section, prefix+"actionValue", c.ActionValue)
	e.val(section, prefix+"return", c.Return)
	e.val(section, prefix+"roi", c.ROI)
}

func (e *csvEmitter) split(section string, s SplitResult) {
	e.val(section, "cost", s.Cost)
	e.val(section, "revenue", s.Revenue)
	e.val(section, "actionValue", s.ActionValue)
	e.val(section, "return", s.Return)
	e.val(section, "roi", s.ROI)
}

func csvUnit(v Value, cur string) string {
	switch v.Unit() {
	case UnitMoney:
		return cur
	case UnitPercent:
		return "%"
	case UnitPoints:
		return "points"
	case UnitRatio:
		return "ratio"
	case UnitCount:
		return "count"
	}
	return ""
}

// uniqueNames returns the n names given by name(i), with "#2", "#3"... added
// to the second and later uses of the same name.
func uniqueNames(n int, name func(int) string) []string {
	out := make([]string, n)
	used := make(map[string]bool, n)
	for i := range n {
		base := name(i)
		s := base
		for k := 2; used[s]; k++ {
			s = base + "#" + itoa(k)
		}
		used[s] = true
		out[i] = s
	}
	return out
}

// costMetricName is how text reports name a cost-per figure: CPM, CPC, CPL,
// CAC, or "per unit" for a stage that is neither.
func costMetricName(m string) string {
	if m == "cost-per" {
		return "per unit"
	}
	return strings.ToUpper(m)
}
