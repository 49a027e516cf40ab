package roi

import (
	"slices"
	"strconv"

	"github.com/shopspring/decimal"
)

func itoa(i int) string { return strconv.Itoa(i) }

// whatIfStep is the relative step of every lever: 10 %.
var (
	whatIfStep  = decimal.New(1, -1)
	onePlusStep = decimal.New(11, -1)
)

// curveSteps are the multiples of a stage's rate the what-if curve shows:
// half the rate, the rate now and half as much again (capped at 100 %). The
// ROI is linear in one stage's rate, so these points draw its whole line.
var curveSteps = []decimal.Decimal{decimal.New(5, -1), decimal.NewFromInt(1), decimal.New(15, -1)}

// whatIfBasis is the figure the levers move: the funnel's revenue is in
// direct revenue when it is counted as revenue; otherwise extra conversions
// are an estimate, and move the total ROI. With a margin, both on profit.
func (c *calc) whatIfBasis() (string, decimal.Decimal) {
	lk := c.likely
	f := c.s.Funnel
	asRevenue := f != nil && f.UseAsRevenue
	switch {
	case asRevenue && c.hasMargin:
		return "profit", c.profit(lk.direct)
	case asRevenue:
		return "direct", lk.direct
	case c.hasMargin:
		return "totalProfit", c.profitY(lk)
	}
	return "total", lk.totalY()
}

// whatIf fills the levers: each funnel stage's rate 10 % better (relative:
// 20 % becomes 22 %, capped at 100 %), each cost line 10 % cheaper, ranked by
// what they add; and for each stage the rate it alone would need for
// break-even and the ROI at other rates. Downstream stages keep their
// conversion rates, as a funnel does when one step improves.
func (c *calc) whatIf() {
	basis, r0 := c.whatIfBasis()
	w := &c.r.WhatIf
	w.Step, w.Basis = count(whatIfStep.Shift(2)), basis
	c.costLevers(r0)
	c.funnelLevers(r0)
	for i, lv := range w.Funnel {
		if lv.ProfitDelta.ok {
			w.Best = append(w.Best, LeverRank{Kind: "funnel", Index: i, Gain: lv.ProfitDelta})
		} else if lv.ValueDelta.ok && !c.hasMargin {
			w.Best = append(w.Best, LeverRank{Kind: "funnel", Index: i, Gain: lv.ValueDelta})
		}
	}
	for i, lv := range w.Costs {
		w.Best = append(w.Best, LeverRank{Kind: "cost", Index: i, Gain: lv.ProfitDelta})
	}
	// Largest gain first; each gain's exact value worked out once.
	type ranked struct {
		LeverRank
		key decimal.Decimal
	}
	rs := make([]ranked, len(w.Best))
	for i, b := range w.Best {
		rs[i] = ranked{b, b.Gain.Exact()}
	}
	slices.SortStableFunc(rs, func(a, b ranked) int { return b.key.Cmp(a.key) })
	for i := range rs {
		w.Best[i] = rs[i].LeverRank
	}
}

func (c *calc) funnelLevers(r0 decimal.Decimal) {
	f := c.s.Funnel
	if f == nil || len(c.funnelCounts) < 2 {
		return
	}
	counts := c.funnelCounts
	last := counts[len(counts)-1]
	costY := c.y(c.cost)
	// k is what one more conversion adds to the basis: its value, credited
	// share and, with a margin, gross profit.
	k := c.conversionProfit()
	for i := 1; i < len(counts); i++ {
		c.steps++
		lv := FunnelLever{Index: i, Metric: f.Stages[i].Metric, Rate: c.r.Funnel[i].RateFromPrevious, Curve: []CurvePoint{}}
		na := func(why string) {
			lv.NewRate = undefined(UnitPercent, why)
			lv.ConversionsDelta = undefined(UnitCount, why)
			lv.ValueDelta = undefined(UnitMoney, why)
			lv.ProfitDelta = undefined(UnitMoney, why)
			lv.ROIDelta = undefined(UnitPoints, why)
			lv.BreakEvenRate = undefined(UnitPercent, why)
		}
		if counts[i-1].IsZero() || !lv.Rate.ok {
			na("na.zeroprev")
			c.r.WhatIf.Funnel = append(c.r.WhatIf.Funnel, lv)
			continue
		}
		// The exact rate: n_i / n_(i-1) x 100.
		rateNum, rateDen := counts[i].Shift(2), counts[i-1]
		full := rateDen.Shift(2) // a rate of 100 %
		newNum := rateNum.Mul(onePlusStep)
		capped := false
		if rateNum.Cmp(full) <= 0 && newNum.Cmp(full) > 0 {
			newNum, capped = full, true
		}
		lv.NewRate, _ = quotient(UnitPercent, 2, newNum, rateDen)
		// Conversions scale with the stage: last x (new rate / rate - 1).
		var dNum, dDen decimal.Decimal
		switch {
		case rateNum.IsZero():
			dNum, dDen = decimal.Zero, decimal.NewFromInt(1)
		case capped:
			dNum, dDen = last.Mul(newNum.Sub(rateNum)), rateNum
		default:
			dNum, dDen = last.Shift(-1), decimal.NewFromInt(1)
		}
		for j := i + 1; j < len(counts); j++ {
			if !f.Stages[j].Count.IsZero() && counts[j-1].IsZero() {
				dNum = decimal.Zero // a later stage is a count with nothing before it
			}
		}
		lv.ConversionsDelta, _ = quotient(UnitCount, 2, dNum, dDen)
		vpcShare := c.vpc.Mul(c.funnelShare)
		lv.ValueDelta = c.moneyQ(dNum.Mul(vpcShare), dDen, "")
		gain := dNum.Mul(k) // over dDen
		if c.hasMargin {
			lv.ProfitDelta = c.moneyQ(gain, dDen, "")
		} else {
			lv.ProfitDelta = undefined(UnitMoney, "na.nomargin")
		}
		lv.ROIDelta = pointsQ(gain, dDen.Mul(c.cost), "na.nocost")
		switch {
		case c.vpc.IsZero():
			lv.BreakEvenRate = undefined(UnitPercent, "na.novalue")
		case last.IsZero():
			lv.BreakEvenRate = undefined(UnitPercent, "na.noconversion")
		case rateNum.IsZero():
			lv.BreakEvenRate = undefined(UnitPercent, "na.zerorate")
		case c.funnelShare.IsZero():
			lv.BreakEvenRate = undefined(UnitPercent, "na.zeroshare")
		case k.IsZero():
			lv.BreakEvenRate = undefined(UnitPercent, "na.zeromargin")
		default:
			// Basis at rate x: r0 + last x k x yd x (x / rate - 1) = cost
			//   x = rate x (last k yd + cost yd - r0) / (last k yd)
			lk := c.y(last.Mul(k))
			num := rateNum.Mul(lk.Add(costY).Sub(r0))
			den := rateDen.Mul(lk)
			if num.Sign() < 0 {
				num = decimal.Zero
			}
			lv.BreakEvenRate, _ = quotient(UnitPercent, 2, num, den)
			lv.Reachable = num.Cmp(den.Shift(2)) <= 0
			// The curve: ROI at a rate x / rateDen of this stage,
			// ((r0 - cost yd) rateNum + last k yd (x - rateNum)) / (cost yd rateNum) x 100,
			// at half the rate, the rate now and half as much again, capped at 100 %.
			if !costY.IsZero() {
				base, den := r0.Sub(costY).Mul(rateNum), costY.Mul(rateNum)
				underFull := rateNum.Cmp(full) <= 0
				for _, m := range curveSteps {
					c.steps++
					x, last := rateNum.Mul(m), false
					if underFull && x.Cmp(full) >= 0 {
						x, last = full, true
					}
					pr, _ := quotient(UnitPercent, 2, x, rateDen)
					lv.Curve = append(lv.Curve, CurvePoint{Rate: pr, ROI: percentQ(base.Add(lk.Mul(x.Sub(rateNum))), den, "na.nocost")})
					if last {
						break
					}
				}
			}
		}
		c.r.WhatIf.Funnel = append(c.r.WhatIf.Funnel, lv)
	}
}

// costLevers: each line 10 % cheaper saves a tenth of it; the basis ROI
// moves from (r0 - C) / C to (r0 - C + s) / (C - s), a change of
// r0 x s / ((C - s) x C) x 100 points (all money x yd).
func (c *calc) costLevers(r0 decimal.Decimal) {
	c.r.WhatIf.Costs = make([]CostLever, 0, len(c.s.Costs))
	costYd := c.y(c.cost)
	for i, l := range c.s.Costs {
		c.steps++
		save := c.lineCosts[i].Shift(-1)
		lv := CostLever{Index: i, Label: l.Label, Category: l.Category, Delta: c.money(save.Neg()), ProfitDelta: c.money(save)}
		after := c.cost.Sub(save)
		if c.cost.IsZero() || after.IsZero() {
			lv.ROIDelta = undefined(UnitPoints, "na.nocost")
		} else {
			lv.ROIDelta = pointsQ(r0.Mul(save), after.Mul(costYd), "na.nocost")
		}
		c.r.WhatIf.Costs = append(c.r.WhatIf.Costs, lv)
	}
}
