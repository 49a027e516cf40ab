package roi

import (
	"strconv"

	"github.com/shopspring/decimal"
)

func itoa(i int) string { return strconv.Itoa(i) }

// whatIf fills the levers: +1 percentage point on each funnel rate, +10% on
// each cost line, and the rate each stage alone would need for break-even.
// Downstream stages keep their conversion rates, as a funnel does when one
// step improves.
func (c *calc) whatIf() {
	c.costLevers()
	f := c.s.Funnel
	if f == nil || len(c.funnelCounts) < 2 {
		return
	}
	counts := c.funnelCounts
	last := counts[len(counts)-1]
	// Conversions needed for break-even; with funnel revenue counted, the
	// other direct revenue already covers part of the cost.
	need := c.cost
	if f.UseAsRevenue {
		need = c.cost.Sub(c.direct.Sub(c.funnelRev))
	}
	if need.Sign() < 0 {
		need = decimal.Zero
	}
	for i := 1; i < len(counts); i++ {
		lv := FunnelLever{Index: i, Metric: f.Stages[i].Metric, Rate: c.r.Funnel[i].RateFromPrevious}
		if counts[i-1].IsZero() {
			lv.ConversionsDelta = undefined(UnitCount, "na.zeroprev")
			lv.ValueDelta = undefined(UnitMoney, "na.zeroprev")
			lv.ROIDelta = undefined(UnitPoints, "na.zeroprev")
			lv.BreakEvenRate = undefined(UnitPercent, "na.zeroprev")
			c.r.WhatIf.Funnel = append(c.r.WhatIf.Funnel, lv)
			continue
		}
		bumped := bumpFunnel(f.Stages, counts, i)
		delta := bumped[len(bumped)-1].Sub(last)
		value := delta.Mul(c.vpc)
		lv.ConversionsDelta = count(delta)
		lv.ValueDelta = c.money(value)
		switch {
		case c.cost.IsZero():
			lv.ROIDelta = undefined(UnitPoints, "na.nocost")
		case f.UseAsRevenue:
			q, _ := percentOf(value, c.cost)
			lv.ROIDelta = points(q)
		default:
			lv.ROIDelta = points(decimal.Zero) // the funnel is not counted as revenue
		}
		rate := lv.Rate.exact
		switch {
		case c.vpc.IsZero():
			lv.BreakEvenRate = undefined(UnitPercent, "na.novalue")
		case last.IsZero():
			lv.BreakEvenRate = undefined(UnitPercent, "na.noconversion")
		case rate.IsZero():
			lv.BreakEvenRate = undefined(UnitPercent, "na.zerorate")
		default:
			needConv, _ := div(need, c.vpc)
			q, _ := div(rate.Mul(needConv), last)
			lv.BreakEvenRate = percent(q)
			lv.Reachable = q.LessThanOrEqual(hundred)
		}
		c.r.WhatIf.Funnel = append(c.r.WhatIf.Funnel, lv)
	}
}

// bumpFunnel returns the funnel's counts with stage i's rate one percentage
// point higher and every later stage keeping its own rate.
func bumpFunnel(stages []Stage, counts []decimal.Decimal, i int) []decimal.Decimal {
	out := append([]decimal.Decimal(nil), counts...)
	out[i] = counts[i].Add(counts[i-1].Shift(-2))
	for j := i + 1; j < len(out); j++ {
		switch {
		case stages[j].Count.IsZero():
			out[j] = out[j-1].Mul(d(stages[j].Rate)).Shift(-2)
		case !counts[j-1].IsZero():
			out[j] = out[j-1].Mul(counts[j]).DivRound(counts[j-1], divPrecision)
		}
	}
	return out
}

func (c *calc) costLevers() {
	base := c.r.ROI.Direct
	net := c.direct.Sub(c.cost)
	c.r.WhatIf.Costs = make([]CostLever, 0, len(c.s.Costs))
	for i, l := range c.s.Costs {
		delta := c.lineCosts[i].Mul(tenth)
		lv := CostLever{Index: i, Label: l.Label, Category: l.Category, Delta: c.money(delta)}
		// roiOf(c.direct, c.cost+delta), with direct - cost worked out once.
		after, ok := percentOf(net.Sub(delta), c.cost.Add(delta))
		if base.ok && ok {
			lv.ROIDelta = points(after.Sub(base.exact))
		} else {
			lv.ROIDelta = undefined(UnitPoints, "na.nocost")
		}
		c.r.WhatIf.Costs = append(c.r.WhatIf.Costs, lv)
	}
}
