package roi

import (
	"math"
	"math/big"
	"math/bits"
	"slices"
	"strings"

	"github.com/shopspring/decimal"
)

var (
	hundred  = decimal.NewFromInt(100)
	thousand = decimal.NewFromInt(1000)
	tenth    = decimal.New(1, -1)
)

// divPrecision is how many decimals an inexact division keeps; everything
// shown is rounded to far fewer, so the last shown digit is always right.
const divPrecision = 20

// Calculate turns a scenario into its report. It validates first: the error,
// when not nil, is an *InvalidError listing every problem with its path.
// Figures that cannot be defined (a ratio over zero) are undefined Values,
// never zero and never a panic.
func Calculate(s Scenario) (Report, error) {
	if probs := Validate(s); len(probs) > 0 {
		return Report{}, invalid(probs...)
	}
	c := calc{s: s, places: MinorUnits(s.Currency)}
	return c.run(), nil
}

type calc struct {
	s      Scenario
	places int32
	r      Report

	cost, adSpend, direct, revLines, paidRev, funnelRev decimal.Decimal
	funnelCounts                                        []decimal.Decimal
	vpc                                                 decimal.Decimal
	actionValues                                        []decimal.Decimal

	// Each line's figures, parsed once and reused by every section.
	lineCosts, revAmounts, unitValues []decimal.Decimal
}

// d reads a validated number.
func d(n Number) decimal.Decimal {
	v, _ := n.Decimal()
	return v
}

func (c *calc) money(x decimal.Decimal) Value {
	return Value{exact: x, unit: UnitMoney, places: c.places, ok: true}
}

func percent(x decimal.Decimal) Value { return Value{exact: x, unit: UnitPercent, places: 2, ok: true} }
func ratio(x decimal.Decimal) Value   { return Value{exact: x, unit: UnitRatio, places: 2, ok: true} }
func count(x decimal.Decimal) Value   { return Value{exact: x, unit: UnitCount, places: 2, ok: true} }
func points(x decimal.Decimal) Value  { return Value{exact: x, unit: UnitPoints, places: 2, ok: true} }
func undefined(u Unit, why string) Value {
	places := int32(2)
	return Value{unit: u, places: places, why: why}
}

// div divides, or reports false when the divisor is zero. The quotient is
// a.DivRound(b, divPrecision) (rounded half away from zero to divPrecision
// places), computed with a few big-integer steps instead of DivRound's many:
// division is most of what Calculate spends.
func div(a, b decimal.Decimal) (decimal.Decimal, bool) { return divShift(a, 0, b) }

// percentOf is a x 100 / b like div, or false when b is zero.
func percentOf(a, b decimal.Decimal) (decimal.Decimal, bool) { return divShift(a, 2, b) }

// divShift is a x 10^shift / b, rounded like div.
func divShift(a decimal.Decimal, shift int32, b decimal.Decimal) (decimal.Decimal, bool) {
	if b.IsZero() {
		return decimal.Zero, false
	}
	// a x 10^shift / b x 10^divPrecision = ca x 10^(ea+shift) / (cb x 10^eb) x 10^divPrecision
	//                                    = ca x 10^k / cb, with k = ea + shift - eb + divPrecision.
	k := a.Exponent() + shift - b.Exponent() + divPrecision
	if q, ok := divSmall(a, b, k); ok {
		return q, true
	}
	num, den := a.Coefficient(), b.Coefficient()
	if k >= 0 {
		num.Mul(num, pow10(k))
	} else {
		den.Mul(den, pow10(-k))
	}
	q, r := num.QuoRem(num, den, new(big.Int)) // truncated toward zero
	// Half away from zero: when 2|r| >= |den|, that is |r| >= |den| - |r|,
	// one more unit away from zero.
	r.Abs(r)
	if r.Cmp(den.Sub(den.Abs(den), r)) >= 0 {
		if a.Sign()*b.Sign() < 0 {
			q.Sub(q, bigOne)
		} else {
			q.Add(q, bigOne)
		}
	}
	return decimal.NewFromBigInt(q, -divPrecision), true
}

// divSmall is divShift's ca x 10^k / cb in machine words, for the usual
// case: both coefficients fit 64 bits, the scaled one 128 (k = -19...38).
// It reports false when they do not, and divShift uses big numbers.
func divSmall(a, b decimal.Decimal, k int32) (decimal.Decimal, bool) {
	if bits.UintSize != 64 || a.NumDigits() > 18 || b.NumDigits() > 18 {
		return decimal.Decimal{}, false
	}
	ca, cb := a.CoefficientInt64(), b.CoefficientInt64()
	neg := (ca < 0) != (cb < 0)
	hi, lo, den := uint64(0), absU64(ca), absU64(cb)
	if k < 0 {
		if -k >= int32(len(pow10u64)) {
			return decimal.Decimal{}, false
		}
		h, l := bits.Mul64(den, pow10u64[-k])
		if h != 0 {
			return decimal.Decimal{}, false
		}
		den = l
	}
	for k > 0 { // (hi, lo) x= 10^k, failing on 128-bit overflow
		step := min(k, int32(len(pow10u64)-1))
		m := pow10u64[step]
		h1, l1 := bits.Mul64(lo, m)
		h2, l2 := bits.Mul64(hi, m)
		var carry uint64
		hi, carry = bits.Add64(l2, h1, 0)
		if h2 != 0 || carry != 0 {
			return decimal.Decimal{}, false
		}
		lo = l1
		k -= step
	}
	qhi, r := hi/den, hi%den
	qlo, r := bits.Div64(r, lo, den) // truncated toward zero
	if r >= den-r {                  // 2r >= den: half away from zero
		qlo++
		if qlo == 0 {
			qhi++
		}
	}
	if qhi == 0 && qlo <= math.MaxInt64 {
		v := int64(qlo)
		if neg {
			v = -v
		}
		return decimal.New(v, -divPrecision), true
	}
	x := new(big.Int).SetBits([]big.Word{big.Word(qlo), big.Word(qhi)})
	if neg {
		x.Neg(x)
	}
	return decimal.NewFromBigInt(x, -divPrecision), true
}

func absU64(v int64) uint64 {
	if v < 0 {
		return uint64(-v)
	}
	return uint64(v)
}

// pow10u64[i] is 10^i, up to the largest power of ten in a uint64.
var pow10u64 = func() []uint64 {
	p := []uint64{1}
	for len(p) < 20 {
		p = append(p, p[len(p)-1]*10)
	}
	return p
}()

var (
	bigOne    = big.NewInt(1)
	smallPows = func() []*big.Int {
		p := make([]*big.Int, 64)
		p[0] = big.NewInt(1)
		for i := 1; i < len(p); i++ {
			p[i] = new(big.Int).Mul(p[i-1], big.NewInt(10))
		}
		return p
	}()
)

// pow10 is 10^k for k >= 0; the result must not be modified.
func pow10(k int32) *big.Int {
	if int(k) < len(smallPows) {
		return smallPows[k]
	}
	return new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(k)), nil)
}

// roiOf is (ret - cost) / cost x 100, undefined without cost.
func roiOf(ret, cost decimal.Decimal) Value {
	q, ok := percentOf(ret.Sub(cost), cost)
	if !ok {
		return undefined(UnitPercent, "na.nocost")
	}
	return percent(q)
}

func (c *calc) warn(code string, args ...string) {
	c.r.Warnings = append(c.r.Warnings, Message{Code: code, Args: args})
}

func (c *calc) run() Report {
	s := c.s
	c.r = Report{
		Format: "social-roi-report", Version: Version, Name: s.Name, Currency: s.Currency,
		BusinessModel: s.BusinessModel, Period: s.Period,
		CostBreakdown: []CategoryCost{}, CostLines: make([]CostLine, 0, len(s.Costs)),
		Actions: make([]ActionValue, 0, len(s.Actions)), Funnel: []FunnelStage{}, Channels: []ChannelResult{},
		Goals:    make([]GoalProgress, 0, len(s.Goals)),
		Indirect: append([]Indirect{}, s.Indirect...), Warnings: []Message{},
		WhatIf: WhatIf{Funnel: []FunnelLever{}, Costs: []CostLever{}},
	}
	c.costs()
	c.revenue()
	c.actions()
	c.funnel()
	c.totals()
	c.breakEven()
	c.channels()
	c.split()
	c.goals()
	c.whatIf()
	c.warnings()
	return c.r
}

func lineCost(l Cost) decimal.Decimal {
	if l.Category == "staff" {
		return d(l.Hours).Mul(d(l.HourlyRate))
	}
	return d(l.Amount)
}

func (c *calc) costs() {
	byCat := make(map[string]decimal.Decimal, len(CostCategories))
	hours := decimal.Zero
	c.lineCosts = make([]decimal.Decimal, len(c.s.Costs))
	for i, l := range c.s.Costs {
		x := lineCost(l)
		c.lineCosts[i] = x
		c.cost = c.cost.Add(x)
		byCat[l.Category] = byCat[l.Category].Add(x)
		if l.Category == "staff" {
			hours = hours.Add(d(l.Hours))
		}
		c.r.CostLines = append(c.r.CostLines, CostLine{Label: l.Label, Category: l.Category, Channel: l.Channel, Cost: c.money(x)})
	}
	c.adSpend = byCat["ads"]
	for _, cat := range CostCategories {
		x, ok := byCat[cat]
		if !ok {
			continue
		}
		share, defined := percentOf(x, c.cost)
		sv := percent(share)
		if !defined {
			sv = undefined(UnitPercent, "na.nocost")
		}
		c.r.CostBreakdown = append(c.r.CostBreakdown, CategoryCost{Category: cat, Cost: c.money(x), Share: sv})
	}
	c.r.Totals.Cost = c.money(c.cost)
	c.r.Totals.StaffCost = c.money(byCat["staff"])
	c.r.Totals.StaffHours = count(hours)
	c.r.Totals.AdSpend = c.money(c.adSpend)
}

func (c *calc) revenue() {
	c.revAmounts = make([]decimal.Decimal, len(c.s.Revenue))
	for i, r := range c.s.Revenue {
		x := d(r.Amount)
		c.revAmounts[i] = x
		c.revLines = c.revLines.Add(x)
		if r.Paid {
			c.paidRev = c.paidRev.Add(x)
		}
	}
}

// unitValue is an action's value per action and how it was found.
func unitValue(a Action) (decimal.Decimal, string) {
	if vf := a.ValueFrom; vf != nil {
		if vf.Method == "conversion" {
			return d(vf.Rate).Shift(-2).Mul(d(vf.Value)), "conversion"
		}
		return d(vf.Value), "cpc"
	}
	return d(a.UnitValue), "entered"
}

func (c *calc) actions() {
	var micro, macro decimal.Decimal
	c.actionValues = make([]decimal.Decimal, len(c.s.Actions))
	c.unitValues = make([]decimal.Decimal, len(c.s.Actions))
	for i, a := range c.s.Actions {
		u, method := unitValue(a)
		n := d(a.Count)
		x := n.Mul(u)
		c.actionValues[i] = x
		c.unitValues[i] = u
		if a.Type == "macro" {
			macro = macro.Add(x)
		} else {
			micro = micro.Add(x)
		}
		c.r.Actions = append(c.r.Actions, ActionValue{
			Label: a.Label, Type: a.Type, Stage: a.Stage, Channel: a.Channel, Paid: a.Paid,
			Count: count(n), UnitValue: c.money(u), Method: method, Value: c.money(x),
		})
	}
	c.r.Totals.MicroValue = c.money(micro)
	c.r.Totals.MacroValue = c.money(macro)
	c.r.Totals.ActionValue = c.money(micro.Add(macro))
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
// rate / 100, exactly.
func funnelCounts(stages []Stage) []decimal.Decimal {
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

func (c *calc) funnel() {
	f := c.s.Funnel
	if f == nil || len(f.Stages) == 0 {
		c.r.FunnelRate = undefined(UnitPercent, "na.nofunnel")
		return
	}
	c.vpc = d(f.ValuePerConversion)
	c.funnelCounts = funnelCounts(f.Stages)
	first := c.funnelCounts[0]
	for i, st := range f.Stages {
		n := c.funnelCounts[i]
		fs := FunnelStage{Stage: st.Stage, Metric: st.Metric, Count: count(n), FromRate: st.Count.IsZero() && i > 0,
			CostMetric: costMetric(st.Stage, st.Metric)}
		switch {
		case i == 0:
			fs.RateFromPrevious = undefined(UnitPercent, "na.firststage")
		case fs.FromRate:
			fs.RateFromPrevious = percent(d(st.Rate))
		default:
			if q, ok := percentOf(n, c.funnelCounts[i-1]); ok {
				fs.RateFromPrevious = percent(q)
			} else {
				fs.RateFromPrevious = undefined(UnitPercent, "na.zeroprev")
			}
		}
		if q, ok := percentOf(n, first); ok {
			fs.RateFromFirst = percent(q)
		} else {
			fs.RateFromFirst = undefined(UnitPercent, "na.zeroprev")
		}
		base := c.cost
		if fs.CostMetric == "cpm" {
			base = base.Mul(thousand)
		}
		if q, ok := div(base, n); ok {
			fs.CostPer = c.money(q)
		} else {
			fs.CostPer = undefined(UnitMoney, "na.zerocount")
		}
		c.r.Funnel = append(c.r.Funnel, fs)
	}
	last := c.funnelCounts[len(c.funnelCounts)-1]
	c.r.FunnelRate = c.r.Funnel[len(c.r.Funnel)-1].RateFromFirst
	if len(f.Stages) == 1 {
		c.r.FunnelRate = undefined(UnitPercent, "na.firststage")
	}
	if f.UseAsRevenue {
		c.funnelRev = last.Mul(c.vpc)
	}
}

func (c *calc) totals() {
	t := &c.r.Totals
	s := c.s
	c.direct = c.revLines.Add(c.funnelRev)
	earned := decimal.Zero
	if e := s.EarnedMedia; e != nil {
		earned = d(e.Visits).Mul(d(e.CostPerClick))
	}
	savings := decimal.Zero
	for _, sv := range s.Savings {
		savings = savings.Add(d(sv.Count).Mul(d(sv.UnitCost)))
	}
	lift := decimal.Zero
	if l := s.Lift; l != nil {
		lift = d(l.EngagedCustomers).Mul(d(l.EngagedValue).Sub(d(l.BaselineValue)))
	}
	actionValue := c.r.Totals.ActionValue.exact
	estimated := actionValue.Add(earned).Add(savings).Add(lift)
	total := c.direct.Add(estimated)

	t.DirectRevenue = c.money(c.direct)
	t.PaidRevenue = c.money(c.paidRev)
	t.FunnelRevenue = c.money(c.funnelRev)
	t.EarnedMedia = c.money(earned)
	t.Savings = c.money(savings)
	t.Lift = c.money(lift)
	t.EstimatedReturn = c.money(estimated)
	t.TotalReturn = c.money(total)
	t.NetDirect = c.money(c.direct.Sub(c.cost))
	t.NetTotal = c.money(total.Sub(c.cost))

	c.r.ROI.Direct = roiOf(c.direct, c.cost)
	c.r.ROI.Total = roiOf(total, c.cost)
	if s.GrossMargin.IsZero() {
		c.r.ROI.Profit = undefined(UnitPercent, "na.nomargin")
		t.GrossProfit = undefined(UnitMoney, "na.nomargin")
	} else {
		gross := c.direct.Mul(d(s.GrossMargin)).Shift(-2)
		t.GrossProfit = c.money(gross)
		c.r.ROI.Profit = roiOf(gross, c.cost)
	}
	if q, ok := div(c.paidRev, c.adSpend); ok {
		c.r.ROAS = ratio(q)
	} else {
		c.r.ROAS = undefined(UnitRatio, "na.noadspend")
	}
}

func (c *calc) breakEven() {
	b := &c.r.BreakEven
	b.Revenue = c.money(c.cost)
	gap := c.cost.Sub(c.direct)
	if gap.Sign() < 0 {
		gap = decimal.Zero
	}
	b.Gap = c.money(gap)
	switch {
	case c.s.Funnel == nil:
		b.Conversions = undefined(UnitCount, "na.nofunnel")
	case c.vpc.IsZero():
		b.Conversions = undefined(UnitCount, "na.novalue")
	default:
		q, _ := div(c.cost, c.vpc)
		b.Conversions = count(q.Ceil())
	}
}

func (c *calc) channels() {
	type acc struct{ cost, rev, act decimal.Decimal }
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
		a.cost = a.cost.Add(c.lineCosts[i])
	}
	for i, r := range c.s.Revenue {
		a := get(r.Channel)
		a.rev = a.rev.Add(c.revAmounts[i])
	}
	for i, x := range c.s.Actions {
		a := get(x.Channel)
		a.act = a.act.Add(c.actionValues[i])
	}
	result := func(ch string, a *acc) ChannelResult {
		ret := a.rev.Add(a.act)
		return ChannelResult{Channel: ch, Cost: c.money(a.cost), Revenue: c.money(a.rev),
			ActionValue: c.money(a.act), Return: c.money(ret), ROI: roiOf(ret, a.cost)}
	}
	for _, ch := range order {
		c.r.Channels = append(c.r.Channels, result(ch, m[ch]))
	}
	// Ranked: highest ROI first, undefined last, then by name.
	slices.SortStableFunc(c.r.Channels, func(a, b ChannelResult) int {
		switch {
		case a.ROI.ok && !b.ROI.ok:
			return -1
		case !a.ROI.ok && b.ROI.ok:
			return 1
		case a.ROI.ok && b.ROI.ok:
			if k := b.ROI.exact.Cmp(a.ROI.exact); k != 0 {
				return k
			}
		}
		return strings.Compare(a.Channel, b.Channel)
	})
	// What no channel carries: unassigned lines plus the returns that are
	// never per channel (funnel revenue, earned media, savings, lift), so that
	// channels and unallocated add up to the totals.
	u := m[""]
	rest := c.funnelRev.Add(c.r.Totals.EarnedMedia.exact).Add(c.r.Totals.Savings.exact).Add(c.r.Totals.Lift.exact)
	un := result("", u)
	un.Return = c.money(un.Return.exact.Add(rest))
	un.Revenue = c.money(u.rev.Add(c.funnelRev))
	un.ROI = roiOf(un.Return.exact, u.cost)
	c.r.Unallocated = un
}

func (c *calc) split() {
	var paidAct, orgAct decimal.Decimal
	for i, a := range c.s.Actions {
		if a.Paid {
			paidAct = paidAct.Add(c.actionValues[i])
		} else {
			orgAct = orgAct.Add(c.actionValues[i])
		}
	}
	mk := func(cost, rev, act decimal.Decimal) SplitResult {
		ret := rev.Add(act)
		return SplitResult{Cost: c.money(cost), Revenue: c.money(rev), ActionValue: c.money(act), Return: c.money(ret), ROI: roiOf(ret, cost)}
	}
	c.r.Paid = mk(c.adSpend, c.paidRev, paidAct)
	c.r.Organic = mk(c.cost.Sub(c.adSpend), c.direct.Sub(c.paidRev), orgAct)
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
		actual := c.goalActual(g.Metric)
		target := actual
		target.exact, target.ok, target.why = d(g.Target), true, ""
		if target.unit == 0 {
			target = count(d(g.Target))
		}
		gp := GoalProgress{Metric: g.Metric, Target: target, Actual: actual, Deadline: g.Deadline}
		switch {
		case !actual.ok:
			gp.Progress = undefined(UnitPercent, actual.why)
		default:
			if q, ok := percentOf(actual.exact, target.exact); ok {
				gp.Progress = percent(q)
			} else {
				gp.Progress = undefined(UnitPercent, "na.zerotarget")
			}
			if g.Metric == "cost" { // a budget: met while spending stays within it
				gp.Met = actual.exact.Cmp(target.exact) <= 0
			} else {
				gp.Met = actual.exact.Cmp(target.exact) >= 0
			}
		}
		c.r.Goals = append(c.r.Goals, gp)
	}
}

func (c *calc) warnings() {
	s := c.s
	t := c.r.Totals
	if c.cost.IsZero() {
		c.warn("warn.nocost")
	} else {
		if total := t.TotalReturn.exact; total.GreaterThanOrEqual(c.cost.Mul(decimal.NewFromInt(20))) {
			c.warn("warn.tinycost", t.Cost.String(), t.TotalReturn.String())
		}
	}
	if len(s.Costs) > 0 && t.StaffCost.exact.IsZero() {
		c.warn("warn.nostaff")
	}
	if c.direct.Sign() > 0 {
		var labels []string
		for i, a := range s.Actions {
			if a.Type == "macro" && a.Stage == "purchase" && c.actionValues[i].Sign() > 0 {
				labels = append(labels, a.Label)
			}
		}
		if len(labels) > 0 {
			c.warn("warn.doublepurchase", strings.Join(labels, ", "))
		}
	}
	if c.funnelRev.Sign() > 0 && c.revLines.Sign() > 0 {
		c.warn("warn.doublefunnel")
	}
	for i := 1; i < len(c.funnelCounts); i++ {
		if c.funnelCounts[i].GreaterThan(c.funnelCounts[i-1]) {
			st := s.Funnel.Stages
			c.warn("warn.funnelgrows", st[i-1].Metric, st[i].Metric)
			break
		}
	}
	if c.adSpend.Sign() > 0 && c.paidRev.IsZero() {
		c.warn("warn.adsnopaid", t.AdSpend.String())
	}
	if l := s.Lift; l != nil && d(l.EngagedValue).LessThan(d(l.BaselineValue)) {
		c.warn("warn.liftnegative", c.money(d(l.EngagedValue)).String(), c.money(d(l.BaselineValue)).String())
	}
	if total := t.TotalReturn.exact; total.Sign() > 0 {
		if share, _ := percentOf(t.EstimatedReturn.exact, total); share.GreaterThan(decimal.NewFromInt(50)) {
			c.warn("warn.mostlyestimate", percent(share).String())
		}
	}
	for i, a := range s.Actions {
		if c.unitValues[i].IsZero() && c.r.Actions[i].Count.exact.Sign() > 0 {
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
