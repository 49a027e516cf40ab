package roi

import (
	"slices"
	"strings"

	"github.com/shopspring/decimal"
)

// Calculate turns a scenario into its report. It validates first: the error,
// when not nil, is an *InvalidError listing every problem with its path.
// Figures that cannot be defined (a ratio over zero) are undefined Values,
// never zero and never a panic.
func Calculate(s Scenario) (Report, error) {
	r, _, err := calculate(s)
	return r, err
}

// calculate is Calculate that also counts its steps (one per line, stage,
// lever and curve point it works through): the fuzz tests bound the work of
// any accepted scenario with it.
func calculate(s Scenario) (Report, int, error) {
	v := validator{}
	v.check(s)
	if len(v.problems) > 0 {
		return Report{}, 0, invalid(v.problems...)
	}
	c := calc{s: s, places: MinorUnits(s.Currency)}
	c.run()
	return c.r, c.steps, nil
}

// The model (docs/metrics.md has it figure by figure):
//   - cost is every line, staff hours x rate first;
//   - direct revenue is each revenue line x its attribution share, plus the
//     funnel's revenue when it is counted as revenue;
//   - estimates are action values (revenue-like: they stand for sales to
//     come, except pay-per-click values, which are costs avoided), earned
//     media and savings (cost-like), customer lift (revenue-like, yearly,
//     prorated to the period);
//   - with a gross margin, revenue-like money is turned into gross profit
//     before it enters a profit figure; cost-like money is not;
//   - nothing is added twice: an action whose money is in revenue, a paid
//     click and an unpaid click valued like earned media are shown, not added.
type calc struct {
	s      Scenario
	places int32
	r      Report
	steps  int

	hasMargin bool
	margin    decimal.Decimal // the gross margin as a fraction (0.45)

	// All money sums that may hold prorated yearly values are kept as
	// numerators over yd, the year fraction's denominator (1, 12 or 365), so
	// every figure is one exact quotient, rounded once.
	yn, yd decimal.Decimal // the year fraction yn / yd

	cost, adSpend, paidCost decimal.Decimal
	funnelCounts            []decimal.Decimal
	vpc, funnelShare        decimal.Decimal
	lineCosts               []decimal.Decimal

	in             inputs
	likely, lo, hi sums // the returns with every estimate likely, low, high
}

var one = decimal.NewFromInt(1)

// sums are a scenario's returns for one choice of its estimates (low,
// likely or high), each scaled by yd.
type sums struct {
	revEntered, direct, paidRev, funnelRev decimal.Decimal
	revLike, costLike                      decimal.Decimal // counted estimates
	micro, macro, notCounted               decimal.Decimal
	earned, savings, lift, liftYearly      decimal.Decimal
	subARPA, subChurn                      decimal.Decimal

	// per line, filled for the likely sums only
	revAttributed []decimal.Decimal
	revShares     []decimal.Decimal
	actionValues  []decimal.Decimal
}

// pick chooses an estimate's low, likely or high value.
type pick uint8

const (
	likely pick = iota
	low
	high
)

// d reads a validated number (parsed once: numcache.go).
func (c *calc) d(n Number) decimal.Decimal { return d(n) }

// d reads a validated number (parsed once: numcache.go).
func d(n Number) decimal.Decimal {
	v, _ := parseNumber(n)
	return v
}

// money is an exact amount; moneyY one scaled by the year fraction's yd.
func (c *calc) money(x decimal.Decimal) Value {
	return Value{exact: x, unit: UnitMoney, places: c.places, ok: true}
}

func (c *calc) moneyY(x decimal.Decimal) Value {
	v, _ := quotient(UnitMoney, c.places, x, c.yd)
	return v
}

func (c *calc) moneyQ(num, den decimal.Decimal, why string) Value {
	if v, ok := quotient(UnitMoney, c.places, num, den); ok {
		return v
	}
	return undefined(UnitMoney, why)
}

// y scales an amount by yd, the year fraction's denominator (nothing to do
// when nothing is prorated).
func (c *calc) y(x decimal.Decimal) decimal.Decimal {
	if isOne(c.yd) {
		return x
	}
	return x.Mul(c.yd)
}

// roiY is the ROI of a return scaled by yd.
func (c *calc) roiY(retY, cost decimal.Decimal) Value {
	costY := cost
	if !isOne(c.yd) {
		costY = cost.Mul(c.yd)
	}
	return percentQ(retY.Sub(costY), costY, "na.nocost")
}

func (c *calc) warn(code string, args ...string) {
	c.r.Warnings = append(c.r.Warnings, Message{Code: code, Args: args})
}

func (c *calc) run() {
	s := c.s
	c.r = Report{
		Format: "social-roi-report", Version: Version, Name: s.Name, Currency: s.Currency,
		BusinessModel: s.BusinessModel, Period: s.Period,
		CostBreakdown: []CategoryCost{}, CostLines: make([]CostLine, 0, len(s.Costs)),
		Revenue: make([]RevenueLine, 0, len(s.Revenue)),
		Actions: make([]ActionValue, 0, len(s.Actions)), Funnel: []FunnelStage{}, Channels: []ChannelResult{},
		Goals:    make([]GoalProgress, 0, len(s.Goals)),
		Indirect: append([]Indirect{}, s.Indirect...), Warnings: []Message{},
		WhatIf: WhatIf{Funnel: []FunnelLever{}, Costs: []CostLever{}, Best: []LeverRank{}},
	}
	if !s.GrossMargin.IsZero() {
		c.hasMargin, c.margin = true, d(s.GrossMargin).Shift(-2)
	}
	c.period()
	c.costs()
	c.funnel()
	c.parseInputs()
	c.likely = c.sums(likely, true)
	c.revenue()
	c.actions()
	c.funnelCosts()
	c.totals()
	c.ranges()
	c.breakEven()
	c.channels()
	c.split()
	c.subscription()
	c.goals()
	c.whatIf()
	c.warnings()
}

func (c *calc) lineCost(l Cost) decimal.Decimal {
	if l.Category == "staff" {
		return c.d(l.Hours).Mul(c.d(l.HourlyRate))
	}
	return c.d(l.Amount)
}

// isPaidCost says whether a cost line is paid work: ads by nature, any
// other line when marked paid.
func isPaidCost(l Cost) bool { return l.Category == "ads" || l.Paid }

func (c *calc) costs() {
	byCat := make([]acc, len(CostCategories)) // by CostCategories' order (numcache.go)
	var cost, paidCost acc
	hours := decimal.Zero
	c.lineCosts = make([]decimal.Decimal, len(c.s.Costs))
	for i, l := range c.s.Costs {
		c.steps++
		x := c.lineCost(l)
		c.lineCosts[i] = x
		cost.add(x)
		if k := slices.Index(CostCategories, l.Category); k >= 0 { // validated: always
			byCat[k].add(x)
		}
		if l.Category == "staff" {
			hours = hours.Add(d(l.Hours))
		}
		if isPaidCost(l) {
			paidCost.add(x)
		}
		c.r.CostLines = append(c.r.CostLines, CostLine{Label: l.Label, Category: l.Category, Channel: l.Channel,
			Paid: l.Paid, Cost: c.money(x)})
	}
	c.cost, c.paidCost = cost.sum(), paidCost.sum()
	sumOf := func(cat string) decimal.Decimal { return byCat[slices.Index(CostCategories, cat)].sum() }
	c.adSpend = sumOf("ads")
	for k, cat := range CostCategories {
		if !byCat[k].added {
			continue
		}
		x := byCat[k].sum()
		c.r.CostBreakdown = append(c.r.CostBreakdown, CategoryCost{Category: cat, Cost: c.money(x),
			Share: percentQ(x, c.cost, "na.nocost")})
	}
	t := &c.r.Totals
	t.Cost = c.money(c.cost)
	t.StaffCost = c.money(sumOf("staff"))
	t.StaffHours = count(hours)
	t.AdSpend = c.money(c.adSpend)
	t.PaidCost = c.money(c.paidCost)
}

// overlap says why an action's value is not added, or "" when it is.
func overlap(a Action, method string, earned bool) string {
	switch {
	case a.InRevenue != nil && *a.InRevenue:
		return "inRevenue"
	case method == "cpc" && a.Paid:
		return "paidClick"
	case method == "cpc" && earned:
		return "earnedMedia"
	}
	return ""
}

func (c *calc) hasEarned() bool {
	e := c.s.EarnedMedia
	return e != nil && d(e.Visits).Sign() > 0
}

// est is an estimate parsed once: its likely, low and high values.
type est [3]decimal.Decimal

// estOf parses an estimate and its range once: an end not given is the
// likely value.
func (c *calc) estOf(n Number, r *Range) est {
	x := c.d(n)
	e := est{x, x, x}
	if r != nil {
		if !r.Low.IsZero() {
			e[low] = c.d(r.Low)
		}
		if !r.High.IsZero() {
			e[high] = c.d(r.High)
		}
	}
	return e
}

// shareOf is estOf for an attribution percent (empty: 100), as fractions.
func (c *calc) shareOf(n Number, r *Range) est {
	if n.IsZero() {
		n = "100"
	}
	e := c.estOf(n, r)
	for i := range e {
		if e[i].Cmp(hundred) == 0 {
			e[i] = one // 100 %: amounts are taken as they are (see isOne)
		} else {
			e[i] = e[i].Shift(-2)
		}
	}
	return e
}

// unitEst is an action's value per action at each end, and its method.
func (c *calc) unitEst(a Action) (est, string) {
	if vf := a.ValueFrom; vf != nil {
		v := c.estOf(vf.Value, vf.ValueRange)
		if vf.Method == "conversion" {
			r := c.estOf(vf.Rate, vf.RateRange)
			return est{r[0].Mul(v[0]).Shift(-2), r[1].Mul(v[1]).Shift(-2), r[2].Mul(v[2]).Shift(-2)}, "conversion"
		}
		return v, "cpc"
	}
	return c.estOf(a.UnitValue, a.UnitValueRange), "entered"
}

// inputs are the scenario's numbers, parsed once for every pass of sums.
type inputs struct {
	revAmount []decimal.Decimal
	revShare  []est
	actCount  []decimal.Decimal
	actUnit   []est
	methods   []string
	overlaps  []string
	saveCount []decimal.Decimal
	saveUnit  []est
	visits    decimal.Decimal
	cpc       est
	engaged   decimal.Decimal
	engValue  est
	baseValue decimal.Decimal
	vpc       est
	funShare  est
	arpa      est
	churn     est // low and high swapped: high churn is the low end of lifetime value
}

func (c *calc) parseInputs() {
	s := c.s
	in := &c.in
	in.revAmount = make([]decimal.Decimal, len(s.Revenue))
	in.revShare = make([]est, len(s.Revenue))
	for i, r := range s.Revenue {
		in.revAmount[i], in.revShare[i] = c.d(r.Amount), c.shareOf(r.Attribution, r.AttributionRange)
	}
	earned := c.hasEarned()
	in.actCount = make([]decimal.Decimal, len(s.Actions))
	in.actUnit = make([]est, len(s.Actions))
	in.methods = make([]string, len(s.Actions))
	in.overlaps = make([]string, len(s.Actions))
	for i, a := range s.Actions {
		var m string
		in.actUnit[i], m = c.unitEst(a)
		in.actCount[i], in.methods[i], in.overlaps[i] = c.d(a.Count), m, overlap(a, m, earned)
	}
	in.saveCount = make([]decimal.Decimal, len(s.Savings))
	in.saveUnit = make([]est, len(s.Savings))
	for i, sv := range s.Savings {
		in.saveCount[i], in.saveUnit[i] = c.d(sv.Count), c.estOf(sv.UnitCost, sv.UnitCostRange)
	}
	if e := s.EarnedMedia; e != nil {
		in.visits, in.cpc = c.d(e.Visits), c.estOf(e.CostPerClick, e.CostPerClickRange)
	}
	if l := s.Lift; l != nil {
		in.engaged, in.engValue, in.baseValue = c.d(l.EngagedCustomers), c.estOf(l.EngagedValue, l.EngagedValueRange), c.d(l.BaselineValue)
	}
	if f := s.Funnel; f != nil {
		in.vpc, in.funShare = c.estOf(f.ValuePerConversion, f.ValuePerConversionRange), c.shareOf(f.Attribution, f.AttributionRange)
	}
	if u := s.Subscription; u != nil {
		in.arpa = c.estOf(u.ARPA, u.ARPARange)
		ch := c.estOf(u.Churn, u.ChurnRange)
		in.churn = est{ch[likely], ch[high], ch[low]}
	}
}

// sums works out the returns with every estimate at p; with record, it
// keeps each line's figures for the report.
func (c *calc) sums(p pick, record bool) sums {
	s := c.s
	in := &c.in
	yd := c.yd
	var m sums
	if record {
		m.revAttributed = make([]decimal.Decimal, len(s.Revenue))
		m.revShares = make([]decimal.Decimal, len(s.Revenue))
		m.actionValues = make([]decimal.Decimal, len(s.Actions))
	}
	var revEntered, direct, paidRev acc // the sums of the lines (numcache.go)
	for i, r := range s.Revenue {
		c.steps++
		amount := in.revAmount[i]
		share := in.revShare[i][p]
		x := amount
		if !isOne(share) {
			x = amount.Mul(share)
		}
		revEntered.add(amount)
		direct.add(x)
		if r.Paid {
			paidRev.add(x)
		}
		if record {
			m.revAttributed[i], m.revShares[i] = x, share
		}
	}
	m.revEntered, m.direct, m.paidRev = revEntered.sum(), direct.sum(), paidRev.sum()
	if f := s.Funnel; f != nil && f.UseAsRevenue && len(c.funnelCounts) > 0 {
		m.funnelRev = c.funnelCounts[len(c.funnelCounts)-1].Mul(in.vpc[p]).Mul(in.funShare[p])
		m.direct = m.direct.Add(m.funnelRev)
	}
	var notCounted, macro, micro, revLike, costLike, savings acc
	for i, a := range s.Actions {
		c.steps++
		x := in.actCount[i].Mul(in.actUnit[i][p])
		if record {
			m.actionValues[i] = x
		}
		if in.overlaps[i] != "" {
			notCounted.add(x)
			continue
		}
		if a.Type == "macro" {
			macro.add(x)
		} else {
			micro.add(x)
		}
		if in.methods[i] != "cpc" {
			revLike.add(x)
		} else {
			costLike.add(x)
		}
	}
	m.notCounted, m.macro, m.micro, m.revLike, m.costLike = notCounted.sum(), macro.sum(), micro.sum(), revLike.sum(), costLike.sum()
	m.earned = in.visits.Mul(in.cpc[p])
	for i := range s.Savings {
		c.steps++
		savings.add(in.saveCount[i].Mul(in.saveUnit[i][p]))
	}
	m.savings = savings.sum()
	if s.Lift != nil {
		m.liftYearly = in.engaged.Mul(in.engValue[p].Sub(in.baseValue))
	}
	// Scale everything by yd; the lift by the year fraction yn / yd.
	if !isOne(yd) {
		for _, x := range []*decimal.Decimal{&m.revEntered, &m.direct, &m.paidRev, &m.funnelRev, &m.revLike, &m.costLike,
			&m.micro, &m.macro, &m.notCounted, &m.earned, &m.savings} {
			*x = x.Mul(yd)
		}
	}
	m.lift = m.liftYearly.Mul(c.yn)
	m.revLike = m.revLike.Add(m.lift)
	m.costLike = m.costLike.Add(m.earned).Add(m.savings)
	m.subARPA, m.subChurn = in.arpa[p], in.churn[p]
	return m
}

// totalY is the total return (revenue basis), profitY the same on gross
// profit, both scaled by yd.
func (m sums) totalY() decimal.Decimal { return m.direct.Add(m.revLike).Add(m.costLike) }

func (c *calc) profit(x decimal.Decimal) decimal.Decimal { return x.Mul(c.margin) }

func (c *calc) profitY(m sums) decimal.Decimal {
	return c.profit(m.direct.Add(m.revLike)).Add(m.costLike)
}

func (c *calc) revenue() {
	for i, r := range c.s.Revenue {
		share := c.likely.revShares[i].Shift(2)
		rl := RevenueLine{Label: r.Label, Channel: r.Channel, Paid: r.Paid, Source: r.Source,
			Amount: c.money(d(r.Amount)), Attributed: c.money(c.likely.revAttributed[i]),
			Attribution: Range3{Low: percent(c.in.revShare[i][low].Shift(2)), Likely: percent(share),
				High:      percent(c.in.revShare[i][high].Shift(2)),
				Estimated: r.AttributionRange != nil || share.LessThan(hundred)},
		}
		c.r.Revenue = append(c.r.Revenue, rl)
	}
}

func (c *calc) actions() {
	in := &c.in
	for i, a := range c.s.Actions {
		kind := "cost"
		if in.methods[i] != "cpc" {
			kind = "revenue"
		}
		c.r.Actions = append(c.r.Actions, ActionValue{
			Label: a.Label, Type: a.Type, Stage: a.Stage, Channel: a.Channel, Paid: a.Paid,
			Count: count(in.actCount[i]), UnitValue: c.money(in.actUnit[i][likely]), Method: in.methods[i],
			Value: c.money(c.likely.actionValues[i]), Counted: in.overlaps[i] == "", Overlap: in.overlaps[i], Kind: kind,
		})
	}
}

// costMetric names the cost-per figure for a funnel metric.
func costMetric(stage, metric string) string {
	switch strings.ToLower(metric) {
	case "impressions", "reach", "views", "video-views":
		return "cpm"
	case "clicks", "link-clicks", "visits", "sessions", "engagements":
		return "cpc"
	case "leads", "signups", "sign-ups", "trials", "demos", "demo-requests", "qualified-leads":
		return "cpl"
	case "customers", "purchases", "sales", "orders", "conversions", "checkouts":
		return "cac"
	case "add-to-cart", "store-visits":
		// Neither a lead nor a customer: a plain cost per visit or cart.
		return "cost-per"
	}
	switch stage {
	case "interest":
		return "cpc"
	case "evaluation":
		return "cpl"
	case "purchase":
		return "cac"
	}
	return "cost-per"
}

// funnelCounts derives each stage's count: given, or the previous count x
// rate / 100, exactly (a scenario has at most MaxFunnelStages stages and
// numbers of bounded digits, so the digits stay bounded too).
func funnelCounts(stages []Stage, d func(Number) decimal.Decimal) []decimal.Decimal {
	counts := make([]decimal.Decimal, len(stages))
	for i, st := range stages {
		if !st.Count.IsZero() || i == 0 {
			counts[i] = d(st.Count)
		} else {
			counts[i] = counts[i-1].Mul(d(st.Rate)).Shift(-2)
		}
	}
	return counts
}

// funnel derives the counts; the costs per stage follow in funnelCosts.
func (c *calc) funnel() {
	f := c.s.Funnel
	if f == nil || len(f.Stages) == 0 {
		return
	}
	c.steps += len(f.Stages)
	c.vpc = d(f.ValuePerConversion)
	c.funnelShare = c.shareOf(f.Attribution, f.AttributionRange)[likely]
	c.funnelCounts = funnelCounts(f.Stages, c.d)
}

func (c *calc) funnelCosts() {
	f := c.s.Funnel
	if len(c.funnelCounts) == 0 {
		c.r.FunnelRate = undefined(UnitPercent, "na.nofunnel")
		return
	}
	first := c.funnelCounts[0]
	for i, st := range f.Stages {
		n := c.funnelCounts[i]
		fs := FunnelStage{Stage: st.Stage, Metric: st.Metric, Count: count(n), FromRate: st.Count.IsZero() && i > 0,
			CostMetric: costMetric(st.Stage, st.Metric), PaidCount: undefined(UnitCount, "na.nopaidcount")}
		switch {
		case i == 0:
			fs.RateFromPrevious = undefined(UnitPercent, "na.firststage")
		case fs.FromRate:
			fs.RateFromPrevious = percent(d(st.Rate))
		default:
			fs.RateFromPrevious = percentQ(n, c.funnelCounts[i-1], "na.zeroprev")
		}
		fs.RateFromFirst = percentQ(n, first, "na.zeroprev")
		shift := int32(0) // CPM is per 1,000
		if fs.CostMetric == "cpm" {
			shift = 3
		}
		fs.CostPer = c.moneyQ(c.cost.Shift(shift), n, "na.zerocount")
		paid := n
		if !st.PaidCount.IsZero() {
			paid = d(st.PaidCount)
			fs.PaidCount = count(paid)
		}
		if c.adSpend.IsZero() {
			fs.MediaCostPer = undefined(UnitMoney, "na.noadspend")
		} else {
			fs.MediaCostPer = c.moneyQ(c.adSpend.Shift(shift), paid, "na.zerocount")
		}
		c.r.Funnel = append(c.r.Funnel, fs)
	}
	c.r.FunnelRate = c.r.Funnel[len(c.r.Funnel)-1].RateFromFirst
	if len(f.Stages) == 1 {
		c.r.FunnelRate = undefined(UnitPercent, "na.firststage")
	}
}

func (c *calc) totals() {
	t := &c.r.Totals
	m := c.likely
	t.RevenueEntered = c.moneyY(m.revEntered)
	t.DirectRevenue = c.moneyY(m.direct)
	t.PaidRevenue = c.moneyY(m.paidRev)
	t.FunnelRevenue = c.moneyY(m.funnelRev)
	t.MicroValue = c.moneyY(m.micro)
	t.MacroValue = c.moneyY(m.macro)
	t.ActionValue = c.moneyY(m.micro.Add(m.macro))
	t.NotCounted = c.moneyY(m.notCounted)
	t.EarnedMedia = c.moneyY(m.earned)
	t.Savings = c.moneyY(m.savings)
	t.Lift = c.moneyY(m.lift)
	t.LiftYearly = c.money(m.liftYearly)
	total := m.totalY()
	t.EstimatedReturn = c.moneyY(total.Sub(m.direct))
	t.TotalReturn = c.moneyY(total)
	t.NetDirect = c.moneyY(m.direct.Sub(c.y(c.cost)))
	t.NetTotal = c.moneyY(total.Sub(c.y(c.cost)))

	c.r.ROI.Direct = c.roiY(m.direct, c.cost)
	c.r.ROI.Total = c.roiY(total, c.cost)
	if !c.hasMargin {
		for _, v := range []*Value{&c.r.ROI.Profit, &c.r.ROI.TotalProfit} {
			*v = undefined(UnitPercent, "na.nomargin")
		}
		for _, v := range []*Value{&t.GrossProfit, &t.ProfitReturn, &t.NetProfit, &t.NetTotalProfit} {
			*v = undefined(UnitMoney, "na.nomargin")
		}
	} else {
		gross := c.profit(m.direct)
		pr := c.profitY(m)
		t.GrossProfit = c.moneyY(gross)
		t.ProfitReturn = c.moneyY(pr)
		t.NetProfit = c.moneyY(gross.Sub(c.y(c.cost)))
		t.NetTotalProfit = c.moneyY(pr.Sub(c.y(c.cost)))
		c.r.ROI.Profit = c.roiY(gross, c.cost)
		c.r.ROI.TotalProfit = c.roiY(pr, c.cost)
	}
	if v, ok := quotient(UnitRatio, 2, m.paidRev, c.y(c.adSpend)); ok {
		c.r.ROAS = v
	} else {
		c.r.ROAS = undefined(UnitRatio, "na.noadspend")
	}
}

// uncertain says whether any estimate of the scenario carries a range.
func uncertain(s Scenario) bool {
	for _, r := range s.Revenue {
		if r.AttributionRange != nil {
			return true
		}
	}
	for _, a := range s.Actions {
		if a.UnitValueRange != nil || a.ValueFrom != nil && (a.ValueFrom.RateRange != nil || a.ValueFrom.ValueRange != nil) {
			return true
		}
	}
	for _, sv := range s.Savings {
		if sv.UnitCostRange != nil {
			return true
		}
	}
	f, e, l, u := s.Funnel, s.EarnedMedia, s.Lift, s.Subscription
	return f != nil && (f.ValuePerConversionRange != nil || f.AttributionRange != nil) ||
		e != nil && e.CostPerClickRange != nil || l != nil && l.EngagedValueRange != nil ||
		u != nil && (u.ARPARange != nil || u.ChurnRange != nil)
}

// directEstimated says whether direct revenue rests on an estimate: an
// attribution share below 100 %, or a range on one.
func (c *calc) directEstimated() bool {
	for _, rl := range c.r.Revenue {
		if rl.Attribution.Estimated {
			return true
		}
	}
	f := c.s.Funnel
	return f != nil && f.UseAsRevenue && (f.AttributionRange != nil || c.funnelShare.LessThan(decimal.NewFromInt(1)) ||
		f.ValuePerConversionRange != nil)
}

func (c *calc) ranges() {
	c.lo, c.hi = c.likely, c.likely
	un := uncertain(c.s)
	if un {
		c.lo, c.hi = c.sums(low, false), c.sums(high, false)
	}
	lo, hi := c.lo, c.hi
	direct := c.directEstimated()
	// The total is an estimate when estimates add to it or anything is uncertain.
	total := direct || un || c.likely.revLike.Sign() != 0 || c.likely.costLike.Sign() != 0
	rg := &c.r.Ranges
	rg.Uncertain = un
	mk := func(f func(sums) Value, est bool) Range3 {
		v := f(c.likely)
		if !un {
			return Range3{Low: v, Likely: v, High: v, Estimated: est}
		}
		return Range3{Low: f(lo), Likely: v, High: f(hi), Estimated: est}
	}
	rg.Direct = mk(func(m sums) Value { return c.roiY(m.direct, c.cost) }, direct)
	rg.Total = mk(func(m sums) Value { return c.roiY(m.totalY(), c.cost) }, total)
	rg.TotalReturn = mk(func(m sums) Value { return c.moneyY(m.totalY()) }, total)
	if c.hasMargin {
		rg.Profit = mk(func(m sums) Value { return c.roiY(c.profit(m.direct), c.cost) }, direct)
		rg.TotalProfit = mk(func(m sums) Value { return c.roiY(c.profitY(m), c.cost) }, total)
		c.r.Headline = Headline{Basis: "profit", Direct: rg.Profit, Total: rg.TotalProfit,
			Net:      mk(func(m sums) Value { return c.moneyY(c.profit(m.direct).Sub(c.y(c.cost))) }, direct),
			NetTotal: mk(func(m sums) Value { return c.moneyY(c.profitY(m).Sub(c.y(c.cost))) }, total)}
	} else {
		na := undefined(UnitPercent, "na.nomargin")
		rg.Profit = Range3{Low: na, Likely: na, High: na}
		rg.TotalProfit = rg.Profit
		c.r.Headline = Headline{Basis: "revenue", Direct: rg.Direct, Total: rg.Total,
			Net:      mk(func(m sums) Value { return c.moneyY(m.direct.Sub(c.y(c.cost))) }, direct),
			NetTotal: mk(func(m sums) Value { return c.moneyY(m.totalY().Sub(c.y(c.cost))) }, total)}
	}
}

// conversionProfit is what one conversion of the funnel brings: its value,
// credited share and, with a margin, gross profit.
func (c *calc) conversionProfit() decimal.Decimal {
	x := c.vpc.Mul(c.funnelShare)
	if c.hasMargin {
		x = c.profit(x)
	}
	return x
}

func (c *calc) breakEven() {
	b := &c.r.BreakEven
	direct := c.likely.direct // scaled by yd
	b.Basis = "revenue"
	need := c.cost // revenue needed
	if c.hasMargin {
		b.Basis = "profit"
		if c.margin.IsZero() {
			b.Revenue = undefined(UnitMoney, "na.zeromargin")
			b.Gap = undefined(UnitMoney, "na.zeromargin")
			b.Reached = c.cost.IsZero()
		} else {
			b.Revenue = c.moneyQ(c.cost, c.margin, "na.zeromargin")
			gap := c.y(c.cost).Sub(c.profit(direct)) // profit still missing, x yd
			if gap.Sign() < 0 {
				gap = decimal.Zero
			}
			b.Gap = c.moneyQ(gap, c.y(c.margin), "na.zeromargin")
			b.Reached = gap.IsZero()
		}
	} else {
		b.Revenue = c.money(need)
		gap := c.y(need).Sub(direct)
		if gap.Sign() < 0 {
			gap = decimal.Zero
		}
		b.Gap = c.moneyY(gap)
		b.Reached = gap.IsZero()
	}
	per := c.conversionProfit()
	switch {
	case c.s.Funnel == nil:
		b.Conversions = undefined(UnitCount, "na.nofunnel")
	case c.vpc.IsZero():
		b.Conversions = undefined(UnitCount, "na.novalue")
	case c.funnelShare.IsZero():
		b.Conversions = undefined(UnitCount, "na.zeroshare")
	case per.IsZero():
		b.Conversions = undefined(UnitCount, "na.zeromargin")
	default:
		b.Conversions = count(ceilQuotient(c.cost, per))
	}
}

func (c *calc) channels() {
	type acc struct {
		direct, ads, rev, revLike, costLike, results decimal.Decimal
		shared                                       decimal.Decimal
	}
	var order []string
	m := map[string]*acc{}
	get := func(ch string) *acc {
		a, ok := m[ch]
		if !ok {
			a = &acc{}
			m[ch] = a
			if ch != "" {
				order = append(order, ch)
			}
		}
		return a
	}
	get("")
	for i, l := range c.s.Costs {
		a := get(l.Channel)
		a.direct = a.direct.Add(c.lineCosts[i])
		if l.Category == "ads" {
			a.ads = a.ads.Add(c.lineCosts[i])
		}
	}
	for i, r := range c.s.Revenue {
		a := get(r.Channel)
		a.rev = a.rev.Add(c.y(c.likely.revAttributed[i]))
	}
	for i, x := range c.s.Actions {
		c.steps++
		a := get(x.Channel)
		if x.Type == "macro" {
			a.results = a.results.Add(d(x.Count))
		}
		if c.in.overlaps[i] != "" {
			continue
		}
		v := c.y(c.likely.actionValues[i])
		if c.in.methods[i] != "cpc" {
			a.revLike = a.revLike.Add(v)
		} else {
			a.costLike = a.costLike.Add(v)
		}
	}
	// Shared cost (lines without a channel) goes to the channels by their
	// share of the direct cost; the last channel with cost takes what
	// division leaves, so the channels' costs add up to the total exactly and
	// a channel without cost gets none.
	u := m[""]
	assigned := c.cost.Sub(u.direct)
	if len(order) > 0 && assigned.Sign() > 0 && u.direct.Sign() > 0 {
		last := ""
		for _, ch := range order {
			if m[ch].direct.Sign() > 0 {
				last = ch
			}
		}
		left := u.direct
		for _, ch := range order {
			a := m[ch]
			if a.direct.Sign() <= 0 {
				continue
			}
			if ch == last {
				a.shared = left
				break
			}
			q, _ := div(u.direct.Mul(a.direct), assigned)
			a.shared = q
			left = left.Sub(q)
		}
		u.shared = u.direct.Neg()
	}
	result := func(ch string, a *acc) ChannelResult {
		cost := a.direct.Add(a.shared)
		ret := a.rev.Add(a.revLike).Add(a.costLike)
		r := ChannelResult{Channel: ch, DirectCost: c.money(a.direct), SharedCost: c.money(a.shared), Cost: c.money(cost),
			AdSpend: c.money(a.ads), Revenue: c.moneyY(a.rev), ActionValue: c.moneyY(a.revLike.Add(a.costLike)),
			Return: c.moneyY(ret), Contribution: c.moneyY(ret.Sub(c.y(a.direct))), ROI: c.roiY(ret, cost),
			Results: count(a.results), CostPerResult: c.moneyQ(cost, a.results, "na.noresults"),
			AdCostPerResult: c.moneyQ(a.ads, a.results, "na.noresults")}
		if a.ads.IsZero() {
			r.AdCostPerResult = undefined(UnitMoney, "na.noadspend")
		}
		if c.hasMargin {
			r.ROIProfit = c.roiY(c.profit(a.rev.Add(a.revLike)).Add(a.costLike), cost)
		} else {
			r.ROIProfit = undefined(UnitPercent, "na.nomargin")
		}
		return r
	}
	for _, ch := range order {
		c.r.Channels = append(c.r.Channels, result(ch, m[ch]))
	}
	// Ranked: highest ROI first (on profit when a margin is given),
	// undefined last, then by name.
	type ranked struct {
		ChannelResult
		ok  bool
		key decimal.Decimal // the ROI's exact value, worked out once
	}
	rs := make([]ranked, len(c.r.Channels))
	for i, r := range c.r.Channels {
		v := r.ROI
		if c.hasMargin {
			v = r.ROIProfit
		}
		rs[i] = ranked{r, v.ok, v.Exact()}
	}
	slices.SortStableFunc(rs, func(a, b ranked) int {
		switch {
		case a.ok && !b.ok:
			return -1
		case !a.ok && b.ok:
			return 1
		case a.ok && b.ok:
			if k := b.key.Cmp(a.key); k != 0 {
				return k
			}
		}
		return strings.Compare(a.Channel, b.Channel)
	})
	for i := range rs {
		c.r.Channels[i] = rs[i].ChannelResult
	}
	// What no channel carries: unassigned lines (and their cost, when no
	// channel has cost to share it by) plus the returns that are never per
	// channel (funnel revenue, earned media, savings, lift), so that channels
	// and unallocated add up to the totals.
	lk := c.likely
	u.rev = u.rev.Add(lk.funnelRev)
	u.revLike = u.revLike.Add(lk.lift)
	u.costLike = u.costLike.Add(lk.earned).Add(lk.savings)
	c.r.Unallocated = result("", u)
	if u.shared.Sign() < 0 {
		c.r.Unallocated.ROI = undefined(UnitPercent, "na.sharedout")
		c.r.Unallocated.ROIProfit = undefined(UnitPercent, "na.sharedout")
		c.r.Unallocated.CostPerResult = undefined(UnitMoney, "na.sharedout")
	}
}

func (c *calc) split() {
	var paid, org struct{ revLike, costLike decimal.Decimal }
	for i, a := range c.s.Actions {
		if c.in.overlaps[i] != "" {
			continue
		}
		side := &org
		if a.Paid {
			side = &paid
		}
		v := c.y(c.likely.actionValues[i])
		if c.in.methods[i] != "cpc" {
			side.revLike = side.revLike.Add(v)
		} else {
			side.costLike = side.costLike.Add(v)
		}
	}
	mk := func(cost, rev, revLike, costLike decimal.Decimal) SplitResult {
		ret := rev.Add(revLike).Add(costLike)
		r := SplitResult{Cost: c.money(cost), Revenue: c.moneyY(rev), ActionValue: c.moneyY(revLike.Add(costLike)),
			Return: c.moneyY(ret), ROI: c.roiY(ret, cost)}
		if c.hasMargin {
			r.ROIProfit = c.roiY(c.profit(rev.Add(revLike)).Add(costLike), cost)
		} else {
			r.ROIProfit = undefined(UnitPercent, "na.nomargin")
		}
		return r
	}
	lk := c.likely
	c.r.Paid = mk(c.paidCost, lk.paidRev, paid.revLike, paid.costLike)
	// Organic carries the unpaid revenue (funnel revenue included) and the
	// estimates that are never paid: earned media, savings, lift.
	c.r.Organic = mk(c.cost.Sub(c.paidCost), lk.direct.Sub(lk.paidRev), org.revLike.Add(lk.lift),
		org.costLike.Add(lk.earned).Add(lk.savings))
}

func (c *calc) subscription() {
	u := c.s.Subscription
	if u == nil {
		return
	}
	m := decimal.NewFromInt(1)
	if c.hasMargin {
		m = c.margin
	}
	r := &Subscriptions{ARPA: c.money(d(u.ARPA)), Churn: percent(d(u.Churn)), Margin: c.hasMargin}
	if v, ok := quotient(UnitCount, 2, hundred, d(u.Churn)); ok {
		r.LifetimeMonths = v
	} else {
		r.LifetimeMonths = undefined(UnitCount, "na.nochurn")
	}
	customers := d(u.NewCustomers)
	switch {
	case !u.NewCustomers.IsZero():
	case len(c.funnelCounts) > 0:
		customers = c.funnelCounts[len(c.funnelCounts)-1]
	}
	r.Customers = count(customers)
	r.CAC = c.moneyQ(c.cost, customers, "na.nocustomers")
	r.PaybackMonths = func() Value {
		if v, ok := quotient(UnitCount, 2, c.cost, customers.Mul(d(u.ARPA)).Mul(m)); ok {
			return v
		}
		if customers.IsZero() {
			return undefined(UnitCount, "na.nocustomers")
		}
		return undefined(UnitCount, "na.noarpa")
	}()
	// LTV = ARPA x margin / (churn / 100); ROI on the customers' lifetime value.
	ltv := func(sm sums) Value { return c.moneyQ(sm.subARPA.Mul(m).Shift(2), sm.subChurn, "na.nochurn") }
	roi := func(sm sums) Value {
		return percentQ(customers.Mul(sm.subARPA).Mul(m).Shift(2).Sub(c.cost.Mul(sm.subChurn)), c.cost.Mul(sm.subChurn), "na.nocost")
	}
	lo, hi := c.lo, c.hi
	r.LTV = Range3{Low: ltv(lo), Likely: ltv(c.likely), High: ltv(hi), Estimated: true}
	r.ROILifetime = Range3{Low: roi(lo), Likely: roi(c.likely), High: roi(hi), Estimated: true}
	if d(u.Churn).IsZero() {
		r.ROILifetime.Low, r.ROILifetime.Likely, r.ROILifetime.High = undefined(UnitPercent, "na.nochurn"), undefined(UnitPercent, "na.nochurn"), undefined(UnitPercent, "na.nochurn")
	}
	c.r.Subscription = r
}

// goalActual is the report figure a goal metric refers to.
func (c *calc) goalActual(metric string) Value {
	t := c.r.Totals
	switch metric {
	case "revenue":
		return t.DirectRevenue
	case "return":
		return t.TotalReturn
	case "roi":
		return c.r.ROI.Direct
	case "roiTotal":
		return c.r.ROI.Total
	case "roiProfit":
		return c.r.ROI.Profit
	case "grossProfit":
		return t.GrossProfit
	case "roas":
		return c.r.ROAS
	case "cost":
		return t.Cost
	case "actionValue":
		return t.ActionValue
	case "earnedMedia":
		return t.EarnedMedia
	case "savings":
		return t.Savings
	case "conversions":
		if len(c.r.Funnel) == 0 {
			return undefined(UnitCount, "na.nofunnel")
		}
		return c.r.Funnel[len(c.r.Funnel)-1].Count
	}
	for _, st := range c.r.Funnel {
		if st.Metric == metric {
			return st.Count
		}
	}
	return undefined(UnitCount, "na.nofunnel")
}

func (c *calc) goals() {
	for _, g := range c.s.Goals {
		c.steps++
		actual := c.goalActual(g.Metric)
		target := Value{exact: d(g.Target), unit: actual.unit, places: actual.places, ok: true}
		if target.unit == 0 {
			target = count(d(g.Target))
		}
		gp := GoalProgress{Metric: g.Metric, Target: target, Actual: actual, Deadline: g.Deadline}
		if !actual.ok {
			gp.Progress = undefined(UnitPercent, actual.why)
		} else {
			num, den := actual.fraction()
			den = den.Mul(target.exact)
			gp.Progress = percentQ(num, den, "na.zerotarget")
			// A target is met when the actual figure reaches it (a target of
			// 0 is met by any actual of 0 or more); a cost goal is a budget,
			// met while spending stays within it.
			// Compared exactly: num / den against the target, den > 0.
			an, ad := actual.fraction()
			if ad.Sign() < 0 {
				an, ad = an.Neg(), ad.Neg()
			}
			k := an.Cmp(target.exact.Mul(ad))
			if g.Metric == "cost" {
				gp.Met = k <= 0
			} else {
				gp.Met = k >= 0
			}
		}
		c.r.Goals = append(c.r.Goals, gp)
	}
}

func (c *calc) warnings() {
	s := c.s
	t := c.r.Totals
	lk := c.likely
	if c.cost.IsZero() {
		c.warn("warn.nocost")
	} else if lk.totalY().GreaterThanOrEqual(c.y(c.cost).Mul(decimal.NewFromInt(20))) {
		c.warn("warn.tinycost", t.Cost.String(), t.TotalReturn.String())
	}
	if len(s.Costs) > 0 && t.StaffCost.Exact().IsZero() {
		c.warn("warn.nostaff")
	}
	// The three ways the same money gets counted twice, each with the amount
	// at stake.
	revByChannel := map[string]bool{}
	anyRevenue := lk.revEntered.Sign() > 0
	for _, r := range s.Revenue {
		if d(r.Amount).Sign() > 0 {
			revByChannel[r.Channel] = true
		}
	}
	for i, a := range s.Actions {
		x := lk.actionValues[i]
		if x.Sign() <= 0 {
			continue
		}
		label := labelOr(a.Label, "actions["+itoa(i)+"]")
		switch c.in.overlaps[i] {
		case "paidClick":
			c.warn("warn.paidclick", label, c.money(x).String())
		case "earnedMedia":
			c.warn("warn.earnedclick", label, c.money(x).String())
		case "":
			// Revenue-like values beside revenue of the same channel (or
			// revenue without a channel) may be the same deals.
			sameChannel := revByChannel[a.Channel] || revByChannel[""] || a.Channel == "" && anyRevenue
			if c.in.methods[i] != "cpc" && a.Type == "macro" && a.InRevenue == nil && sameChannel {
				c.warn("warn.inrevenue", label, c.money(x).String())
			}
		}
	}
	if lk.funnelRev.Sign() > 0 && lk.revEntered.Sign() > 0 {
		c.warn("warn.doublefunnel", c.moneyY(lk.funnelRev).String())
	}
	for i := 1; i < len(c.funnelCounts); i++ {
		if c.funnelCounts[i].GreaterThan(c.funnelCounts[i-1]) {
			st := s.Funnel.Stages
			c.warn("warn.funnelgrows", st[i-1].Metric, st[i].Metric)
			break
		}
	}
	if c.adSpend.Sign() > 0 && lk.paidRev.IsZero() {
		c.warn("warn.adsnopaid", t.AdSpend.String())
	}
	if l := s.Lift; l != nil && d(l.EngagedValue).LessThan(d(l.BaselineValue)) {
		c.warn("warn.liftnegative", c.money(d(l.EngagedValue)).String(), c.money(d(l.BaselineValue)).String())
	}
	if l := s.Lift; l != nil && c.r.PeriodInfo.Basis == "assumed" {
		c.warn("warn.periodassumed")
	}
	for i, r := range s.Revenue {
		if r.Source == "platform" && r.Attribution.IsZero() && d(r.Amount).Sign() > 0 {
			c.warn("warn.platformrevenue", labelOr(r.Label, "revenue["+itoa(i)+"]"))
		}
	}
	if total := lk.totalY(); total.Sign() > 0 {
		if share, _ := percentOf(total.Sub(lk.direct), total); share.GreaterThan(decimal.NewFromInt(50)) {
			c.warn("warn.mostlyestimate", percentQ(total.Sub(lk.direct), total, "").String())
		}
	}
	for i, a := range s.Actions {
		if c.in.actUnit[i][likely].IsZero() && d(a.Count).Sign() > 0 {
			c.warn("warn.novalue", labelOr(a.Label, "actions["+itoa(i)+"]"))
		}
	}
}

func labelOr(label, fallback string) string {
	if strings.TrimSpace(label) == "" {
		return fallback
	}
	return label
}
