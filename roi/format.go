package roi

import (
	"bytes"
	"io"
	"slices"
	"strings"
	"time"
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
	p.revenue(r)
	p.actions(r)
	p.funnel(r)
	p.breakEven(r)
	p.channels(r)
	p.split(r)
	p.subscription(r)
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
	p.wrap(periodNote(r.PeriodInfo), "", "")
}

func periodText(per *Period) string {
	switch {
	case per == nil:
		return ""
	case per.Start != "" && per.End != "":
		return textDate(per.Start) + " to " + textDate(per.End)
	case per.Start != "":
		return "from " + textDate(per.Start)
	case per.End != "":
		return "until " + textDate(per.End)
	case !per.Months.IsZero():
		m := Canonical(d(per.Months))
		return m + PluralForm("en", "one= month|other= months", m)
	}
	return ""
}

// periodNote says how long the period is taken to be, which prorates the
// yearly values.
func periodNote(pi PeriodInfo) string {
	switch pi.Basis {
	case "months":
		unit := PluralForm("en", "one= whole month (|other= whole months (", pi.Months.String())
		return "The period is " + pi.Months.String() + unit + pi.YearFraction.String() + " of a year): yearly values are prorated to it."
	case "days":
		return "The period is " + pi.Days.String() + PluralForm("en", "one= day (|other= days (", pi.Days.String()) + pi.YearFraction.String() + " of a year, days / 365): yearly values are prorated to it."
	case "entered":
		return "The period is " + pi.Months.String() + PluralForm("en", "one= month, as entered (|other= months, as entered (", pi.Months.String()) + pi.YearFraction.String() + " of a year): yearly values are prorated to it."
	}
	return "The scenario has no dates: the period is assumed to be one year, so yearly values count in full."
}

// rangeCell renders a low / likely / high figure: the likely value, then
// "(X to Y)" when the ends differ, and "estimate" when it rests on one.
func (p *textPrinter) rangeCell(r Range3) cell {
	c := p.val(r.Likely)
	if !r.Likely.Defined() {
		return c
	}
	if r.Low.String() != r.High.String() {
		lo, hi := p.val(r.Low), p.val(r.High)
		c.suffix += " (" + lo.num + lo.suffix + " to " + hi.num + hi.suffix + ")"
	}
	if r.Estimated {
		c.suffix += " estimate"
	}
	return c
}

func (p *textPrinter) headline(r Report) {
	p.section("Headline")
	p.wrap(Verdict(r, r.Currency), "  ", "  ")
	p.line("")
	t := p.table("", "")
	if r.Headline.Basis == "profit" {
		t.add(text("ROI on gross profit"), p.rangeCell(r.Ranges.Profit))
		t.add(text("Total ROI on gross profit"), p.rangeCell(r.Ranges.TotalProfit))
	}
	t.add(text("Direct ROI (revenue against cost)"), p.rangeCell(r.Ranges.Direct))
	t.add(text("Total ROI (revenue and estimates)"), p.rangeCell(r.Ranges.Total))
	t.add(text("ROAS (paid revenue / ad spend)"), p.val(r.ROAS))
	if r.Headline.Basis == "profit" {
		t.add(text("Net result on gross profit"), p.val(r.Totals.NetProfit))
	}
	t.add(text("Net result, direct"), p.val(r.Totals.NetDirect))
	t.add(text("Net result, total (estimate)"), p.val(r.Totals.NetTotal))
	t.write(p, false)
}

func (p *textPrinter) totals(r Report) {
	tt := r.Totals
	p.section("Totals")
	t := p.table("", "")
	t.add(text("Cost"), p.val(tt.Cost))
	t.add(text("  staff time ("+group(tt.StaffHours.String())+PluralForm("en", "one= hour)|other= hours)", tt.StaffHours.String())), p.val(tt.StaffCost))
	t.add(text("  ad spend"), p.val(tt.AdSpend))
	t.add(text("  paid work (ads and lines marked paid)"), p.val(tt.PaidCost))
	t.add(text("Revenue entered"), p.val(tt.RevenueEntered))
	t.add(text("Direct revenue (credited to social)"), p.val(tt.DirectRevenue))
	t.add(text("  from paid social"), p.val(tt.PaidRevenue))
	t.add(text("  from funnel conversions"), p.val(tt.FunnelRevenue))
	t.add(text("Action value counted (estimate)"), p.val(tt.ActionValue))
	t.add(text("  micro actions"), p.val(tt.MicroValue))
	t.add(text("  macro actions"), p.val(tt.MacroValue))
	t.add(text("  shown but not added (counted elsewhere)"), p.val(tt.NotCounted))
	t.add(text("Earned media (estimate)"), p.val(tt.EarnedMedia))
	t.add(text("Savings (estimate)"), p.val(tt.Savings))
	t.add(text("Customer lift for the period (estimate)"), p.val(tt.Lift))
	t.add(text("  per year"), p.val(tt.LiftYearly))
	t.add(text("Estimated returns together"), p.val(tt.EstimatedReturn))
	t.add(text("Total return (estimate)"), p.val(tt.TotalReturn))
	t.add(text("Gross profit on direct revenue"), p.val(tt.GrossProfit))
	t.add(text("Total return on gross profit (estimate)"), p.val(tt.ProfitReturn))
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

func (p *textPrinter) revenue(r Report) {
	if len(r.Revenue) == 0 {
		return
	}
	p.section("Revenue and the share credited to social")
	t := p.table("Revenue line", "Amount", "Credited", "Counted")
	for i, l := range r.Revenue {
		t.add(text(labelOr(l.Label, "revenue["+itoa(i)+"]")), p.val(l.Amount), p.rangeCell(l.Attribution), p.val(l.Attributed))
	}
	t.write(p, true)
}

// overlapText says why an action's value is shown but not added.
var overlapText = map[string]string{
	"inRevenue":   "in revenue",
	"paidClick":   "paid click",
	"earnedMedia": "in earned media",
}

func (p *textPrinter) actions(r Report) {
	if len(r.Actions) == 0 {
		return
	}
	p.section("Action values (estimate)")
	t := p.table("Action", "Count", "Unit value", "Value", "Added")
	for i, a := range r.Actions {
		added := "yes"
		if !a.Counted {
			added = "no: " + overlapText[a.Overlap]
		}
		t.add(text(labelOr(a.Label, "actions["+itoa(i)+"]")), p.val(a.Count), p.val(a.UnitValue), p.val(a.Value), text(added))
	}
	t.write(p, true)
}

func (p *textPrinter) funnel(r Report) {
	if len(r.Funnel) == 0 {
		return
	}
	p.section("Funnel")
	t := p.table("Stage", "Metric", "Count", "Rate from previous", "Cost per", "Full cost", "Ad spend only")
	for _, st := range r.Funnel {
		t.add(text(st.Stage), text(st.Metric), p.val(st.Count), p.val(st.RateFromPrevious), text(costMetricName(st.CostMetric)),
			p.val(st.CostPer), p.val(st.MediaCostPer))
	}
	t.write(p, true)
	p.wrap("Full cost divides every cost (staff, tools, content, ads) by the count; ad spend only divides the ad spend by the paid count where one is entered (the media CPM, CPC and cost per result of the ad platforms).", "  ", "  ")
	p.line("")
	k := p.table("", "")
	k.add(text("Conversion from first to last stage"), p.val(r.FunnelRate))
	k.write(p, false)
}

func (p *textPrinter) breakEven(r Report) {
	b := r.BreakEven
	p.section("Break-even")
	t := p.table("", "")
	if b.Basis == "profit" {
		t.add(text("Revenue needed (its gross profit covers the cost)"), p.val(b.Revenue))
		t.add(text("Direct revenue still missing"), p.val(b.Gap))
		t.add(text("Conversions needed (profit per conversion)"), p.val(b.Conversions))
	} else {
		t.add(text("Revenue needed (the total cost)"), p.val(b.Revenue))
		t.add(text("Direct revenue still missing"), p.val(b.Gap))
		t.add(text("Conversions needed to break even"), p.val(b.Conversions))
	}
	t.write(p, false)
	if r.Totals.Cost.Exact().Sign() > 0 {
		switch {
		case b.Reached && b.Basis == "profit":
			p.line("  Gross profit on direct revenue covers the cost: break-even is reached.")
		case b.Reached:
			p.line("  Direct revenue covers the cost: break-even is reached.")
		case b.Basis == "profit":
			p.line("  Gross profit on direct revenue does not cover the cost yet.")
		default:
			p.line("  Direct revenue does not cover the cost yet.")
		}
	}
}

func (p *textPrinter) channels(r Report) {
	p.section("Channels, best ROI first")
	profit := r.Headline.Basis == "profit"
	head := []string{"#", "Channel", "Own cost", "Shared cost", "Return", "ROI"}
	if profit {
		head = append(head, "ROI on profit")
	}
	head = append(head, "Cost per result")
	t := p.table(head...)
	row := func(rank cell, name string, c ChannelResult) {
		cells := []cell{rank, text(name), p.val(c.DirectCost), p.val(c.SharedCost), p.val(c.Return), p.val(c.ROI)}
		if profit {
			cells = append(cells, p.val(c.ROIProfit))
		}
		t.add(append(cells, p.val(c.CostPerResult))...)
	}
	for i, c := range r.Channels {
		row(num(itoa(i+1), ""), c.Channel, c)
	}
	row(text(""), "(no channel)", r.Unallocated)
	t.write(p, true)
	p.wrap("Each channel carries its share of the costs without a channel, by its share of the channel costs. Return is attributed revenue plus the action value added. \"(no channel)\" also holds funnel revenue, earned media, savings and lift. A result is a macro action of the channel.", "  ", "  ")
}

func (p *textPrinter) split(r Report) {
	p.section("Paid vs organic")
	profit := r.Headline.Basis == "profit"
	head := []string{"", "Cost", "Revenue", "Action value", "Return", "ROI"}
	if profit {
		head = append(head, "ROI on profit")
	}
	t := p.table(head...)
	for _, s := range []struct {
		name string
		v    SplitResult
	}{{"Paid", r.Paid}, {"Organic", r.Organic}} {
		cells := []cell{text(s.name), p.val(s.v.Cost), p.val(s.v.Revenue), p.val(s.v.ActionValue), p.val(s.v.Return), p.val(s.v.ROI)}
		if profit {
			cells = append(cells, p.val(s.v.ROIProfit))
		}
		t.add(cells...)
	}
	t.write(p, true)
	p.wrap("Paid cost is the ad spend plus the staff time and content marked as spent on ads. Organic return also holds earned media, savings and lift.", "  ", "  ")
}

func (p *textPrinter) subscription(r Report) {
	u := r.Subscription
	if u == nil {
		return
	}
	p.section("Subscriptions")
	t := p.table("", "")
	t.add(text("Average revenue per account, monthly"), p.val(u.ARPA))
	t.add(text("Churn, monthly"), p.val(u.Churn))
	t.add(text("Average lifetime (months)"), p.val(u.LifetimeMonths))
	if u.Margin {
		t.add(text("Lifetime value on gross profit"), p.rangeCell(u.LTV))
	} else {
		t.add(text("Lifetime value (revenue)"), p.rangeCell(u.LTV))
	}
	t.add(text("New customers"), p.val(u.Customers))
	t.add(text("Customer acquisition cost (CAC)"), p.val(u.CAC))
	t.add(text("CAC payback (months)"), p.val(u.PaybackMonths))
	t.add(text("ROI on lifetime value"), p.rangeCell(u.ROILifetime))
	t.add(text("ROI on the period (for comparison)"), p.rangeCell(r.Headline.Direct))
	t.write(p, false)
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
		t.add(text(g.Metric), text(textDate(g.Deadline)), p.val(g.Target), p.val(g.Actual), prog)
	}
	t.write(p, true)
}

// topLevers is how many levers the text report shows.
const topLevers = 5

// basisText names the figure the what-if levers move.
var basisText = map[string]string{
	"direct": "Direct ROI", "total": "Total ROI", "profit": "ROI on profit", "totalProfit": "Total ROI on profit",
}

func (p *textPrinter) whatIf(r Report) {
	w := r.WhatIf
	if len(w.Best) == 0 {
		return
	}
	p.section("What if: which small change pays most")
	gain := "Value"
	if r.Headline.Basis == "profit" {
		gain = "Gross profit"
	}
	p.wrap("Each funnel stage "+w.Step.String()+"% better (a 20% rate becomes 22%; later stages keep their rates) and each cost line "+w.Step.String()+"% cheaper, ranked by what they add:", "  ", "  ")
	t := p.table("Change", "Now", "After", gain, basisText[w.Basis], "Break-even rate")
	for _, b := range w.Best[:min(len(w.Best), topLevers)] {
		if b.Kind == "funnel" {
			l := w.Funnel[b.Index]
			be := p.val(l.BreakEvenRate)
			if l.BreakEvenRate.Defined() && !l.Reachable {
				be.suffix += " (out of reach)"
			}
			t.add(text("rate of "+l.Metric), p.val(l.Rate), p.val(l.NewRate), p.signed(b.Gain), p.signed(l.ROIDelta), be)
			continue
		}
		l := w.Costs[b.Index]
		t.add(text("cost of "+labelOr(l.Label, "costs["+itoa(l.Index)+"]")), text(""), p.signed(l.Delta), p.signed(b.Gain), p.signed(l.ROIDelta), text(""))
	}
	t.write(p, true)
	if len(w.Funnel) > 0 && (w.Basis == "total" || w.Basis == "totalProfit") {
		p.wrap("The funnel's conversions are not counted as revenue, so their extra value moves the total ROI (an estimate).", "  ", "  ")
	}
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
	"roi.totalProfit":       "Total ROI on gross profit (estimate)",
	"totals.grossProfit":    "Gross profit on direct revenue",
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
	return e.report(r)
}

// report writes r's rows: the machine CSV, or a spreadsheet's (csvlocal.go).
func (e *csvEmitter) report(r Report) error {
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
	e.text("report", "period.basis", r.PeriodInfo.Basis, "text")
	e.val("report", "period.days", r.PeriodInfo.Days)
	e.val("report", "period.months", r.PeriodInfo.Months)
	e.val("report", "period.yearFraction", r.PeriodInfo.YearFraction)
	e.text("headline", "basis", r.Headline.Basis, "text")
	e.rng("headline", "direct", r.Headline.Direct)
	e.rng("headline", "total", r.Headline.Total)
	e.rng("headline", "net", r.Headline.Net)
	e.rng("headline", "netTotal", r.Headline.NetTotal)

	t := r.Totals
	for _, f := range []struct {
		k string
		v Value
	}{
		{"cost", t.Cost}, {"staffCost", t.StaffCost}, {"staffHours", t.StaffHours}, {"adSpend", t.AdSpend},
		{"paidCost", t.PaidCost}, {"revenueEntered", t.RevenueEntered},
		{"directRevenue", t.DirectRevenue}, {"paidRevenue", t.PaidRevenue}, {"funnelRevenue", t.FunnelRevenue},
		{"actionValue", t.ActionValue}, {"microValue", t.MicroValue}, {"macroValue", t.MacroValue},
		{"actionValueNotCounted", t.NotCounted},
		{"earnedMedia", t.EarnedMedia}, {"savings", t.Savings}, {"lift", t.Lift}, {"liftYearly", t.LiftYearly},
		{"estimatedReturn", t.EstimatedReturn}, {"totalReturn", t.TotalReturn},
		{"netDirect", t.NetDirect}, {"netTotal", t.NetTotal}, {"grossProfit", t.GrossProfit},
		{"totalProfitReturn", t.ProfitReturn}, {"netProfit", t.NetProfit}, {"netTotalProfit", t.NetTotalProfit},
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
	names = uniqueNames(len(r.Revenue), func(i int) string {
		return labelOr(r.Revenue[i].Label, "revenue["+itoa(i)+"]")
	})
	for i, l := range r.Revenue {
		e.val("revenue", names[i]+".amount", l.Amount)
		e.rng("revenue", names[i]+".attribution", l.Attribution)
		e.val("revenue", names[i]+".attributed", l.Attributed)
	}

	e.val("roi", "direct", r.ROI.Direct)
	e.val("roi", "total", r.ROI.Total)
	e.val("roi", "profit", r.ROI.Profit)
	e.val("roi", "totalProfit", r.ROI.TotalProfit)
	e.rng("ranges", "direct", r.Ranges.Direct)
	e.rng("ranges", "total", r.Ranges.Total)
	e.rng("ranges", "profit", r.Ranges.Profit)
	e.rng("ranges", "totalProfit", r.Ranges.TotalProfit)
	e.rng("ranges", "totalReturn", r.Ranges.TotalReturn)
	e.val("roas", "roas", r.ROAS)

	names = uniqueNames(len(r.Actions), func(i int) string {
		return labelOr(r.Actions[i].Label, "actions["+itoa(i)+"]")
	})
	for i, a := range r.Actions {
		e.val("actions", names[i]+".count", a.Count)
		e.val("actions", names[i]+".unitValue", a.UnitValue)
		e.val("actions", names[i]+".value", a.Value)
		e.yesNo("actions", names[i]+".counted", a.Counted, true)
	}

	names = uniqueNames(len(r.Funnel), func(i int) string { return r.Funnel[i].Metric })
	for i, st := range r.Funnel {
		e.val("funnel", names[i]+".count", st.Count)
		e.val("funnel", names[i]+".rateFromPrevious", st.RateFromPrevious)
		e.val("funnel", names[i]+".rateFromFirst", st.RateFromFirst)
		e.val("funnel", names[i]+"."+st.CostMetric, st.CostPer)
		e.val("funnel", names[i]+".paidCount", st.PaidCount)
		e.val("funnel", names[i]+".media."+st.CostMetric, st.MediaCostPer)
	}
	e.val("funnel", "conversionRate", r.FunnelRate)

	e.val("breakEven", "revenue", r.BreakEven.Revenue)
	e.val("breakEven", "conversions", r.BreakEven.Conversions)
	e.val("breakEven", "gap", r.BreakEven.Gap)
	e.text("breakEven", "basis", r.BreakEven.Basis, "text")
	e.yesNo("breakEven", "reached", r.BreakEven.Reached, true)

	names = uniqueNames(len(r.Channels), func(i int) string { return r.Channels[i].Channel })
	for i, c := range r.Channels {
		e.channel("channels", names[i]+".", c)
	}
	e.channel("unallocated", "", r.Unallocated)
	e.split("paid", r.Paid)
	e.split("organic", r.Organic)
	if u := r.Subscription; u != nil {
		e.val("subscription", "arpa", u.ARPA)
		e.val("subscription", "churn", u.Churn)
		e.val("subscription", "lifetimeMonths", u.LifetimeMonths)
		e.rng("subscription", "ltv", u.LTV)
		e.val("subscription", "customers", u.Customers)
		e.val("subscription", "cac", u.CAC)
		e.val("subscription", "paybackMonths", u.PaybackMonths)
		e.rng("subscription", "roiLifetime", u.ROILifetime)
	}

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
		e.val("whatIf", k+"newRate", l.NewRate)
		e.val("whatIf", k+"conversionsDelta", l.ConversionsDelta)
		e.val("whatIf", k+"valueDelta", l.ValueDelta)
		e.val("whatIf", k+"profitDelta", l.ProfitDelta)
		e.val("whatIf", k+"roiDelta", l.ROIDelta)
		e.val("whatIf", k+"breakEvenRate", l.BreakEvenRate)
		e.yesNo("whatIf", k+"reachable", l.Reachable, l.BreakEvenRate.Defined())
		for j, pt := range l.Curve {
			e.val("whatIf", k+"curve."+itoa(j)+".rate", pt.Rate)
			e.val("whatIf", k+"curve."+itoa(j)+".roi", pt.ROI)
		}
	}
	names = uniqueNames(len(r.WhatIf.Costs), func(i int) string {
		return labelOr(r.WhatIf.Costs[i].Label, "costs["+itoa(r.WhatIf.Costs[i].Index)+"]")
	})
	for i, l := range r.WhatIf.Costs {
		k := "costs." + names[i] + "."
		e.val("whatIf", k+"costDelta", l.Delta)
		e.val("whatIf", k+"profitDelta", l.ProfitDelta)
		e.val("whatIf", k+"roiDelta", l.ROIDelta)
	}
	e.val("whatIf", "step", r.WhatIf.Step)
	e.text("whatIf", "basis", r.WhatIf.Basis, "text")
	for i, b := range r.WhatIf.Best {
		e.text("whatIf", "best."+itoa(i+1), b.Kind+"."+itoa(b.Index), "text")
		e.val("whatIf", "best."+itoa(i+1)+".gain", b.Gain)
	}

	names = uniqueNames(len(r.Warnings), func(i int) string { return r.Warnings[i].Code })
	for i, m := range r.Warnings {
		e.msg = &r.Warnings[i]
		e.text("warnings", names[i], m.String(), "text")
		e.msg = nil
	}
	names = uniqueNames(len(r.Indirect), func(i int) string { return r.Indirect[i].Kind })
	for i, in := range r.Indirect {
		e.text("indirect", names[i], in.Note, "text")
	}

	if e.err != nil {
		return e.err
	}
	if e.local != nil {
		e.local.w.Flush()
		return e.local.w.Error()
	}
	e.w.Flush()
	return e.w.Error()
}

type csvEmitter struct {
	w     *safeCSVWriter
	cur   string
	err   error
	local *localCSV // a spreadsheet's CSV in a language (csvlocal.go), or nil
	msg   *Message  // the message a "warnings" row says
}

func (e *csvEmitter) text(section, metric, value, unit string) {
	if e.err != nil {
		return
	}
	if e.local != nil {
		e.err = e.local.row(section, metric, value, unit, e.msg)
		return
	}
	e.err = e.w.Write([]string{section, metric, value, unit})
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

// rng writes a low / likely / high figure as three rows.
func (e *csvEmitter) rng(section, metric string, r Range3) {
	e.val(section, metric+".low", r.Low)
	e.val(section, metric, r.Likely)
	e.val(section, metric+".high", r.High)
}

func (e *csvEmitter) channel(section, prefix string, c ChannelResult) {
	e.val(section, prefix+"directCost", c.DirectCost)
	e.val(section, prefix+"sharedCost", c.SharedCost)
	e.val(section, prefix+"cost", c.Cost)
	e.val(section, prefix+"adSpend", c.AdSpend)
	e.val(section, prefix+"revenue", c.Revenue)
	e.val(section, prefix+"actionValue", c.ActionValue)
	e.val(section, prefix+"return", c.Return)
	e.val(section, prefix+"contribution", c.Contribution)
	e.val(section, prefix+"roi", c.ROI)
	e.val(section, prefix+"roiProfit", c.ROIProfit)
	e.val(section, prefix+"results", c.Results)
	e.val(section, prefix+"costPerResult", c.CostPerResult)
	e.val(section, prefix+"adCostPerResult", c.AdCostPerResult)
}

func (e *csvEmitter) split(section string, s SplitResult) {
	e.val(section, "cost", s.Cost)
	e.val(section, "revenue", s.Revenue)
	e.val(section, "actionValue", s.ActionValue)
	e.val(section, "return", s.Return)
	e.val(section, "roi", s.ROI)
	e.val(section, "roiProfit", s.ROIProfit)
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

// textDate writes a YYYY-MM-DD date of the scenario in words for the text
// report ("31 March 2026"); anything else is left as it is. The CSV and
// JSON keep the ISO date.
func textDate(s string) string {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		return s
	}
	return t.Format("2 January 2006")
}
