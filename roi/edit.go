package roi

import (
	"errors"
	"slices"
	"strconv"

	"github.com/shopspring/decimal"
)

// Exact edits of a scenario: the changes a form makes besides typing a value
// (switching a funnel stage between a count and a rate, a cost's category,
// how an action's value is given). Each keeps what the line is worth: the
// figures the report derives from the line are the same before and after.
//
// Where a switch cannot be exact (a rate that is a recurring decimal, like
// 1/3 %), the number the visitor gave is put in kept, keyed by its JSON
// path, and switching back while the derived number is unchanged restores
// it exactly. kept may be nil; the caller stores it with the scenario (the
// app keeps it with the scenario's drafts).

// ErrNoLine means the edit names a line the scenario does not have.
var ErrNoLine = errors.New("roi: no such line")

var hundredth = decimal.New(1, -2)

// exact rounds d to the precision a Number may have; ok says nothing was lost.
func exact(d decimal.Decimal) (string, bool) {
	r := d.Round(maxFractionDigits)
	return Canonical(r), r.Equal(d)
}

func keep(kept map[string]Number, path string, n Number) {
	if kept != nil {
		kept[path] = n
	}
}

// stageCounts is every stage's count, exactly: given, or the count before
// times the rate.
func stageCounts(f *Funnel) []decimal.Decimal {
	out := make([]decimal.Decimal, len(f.Stages))
	for i, st := range f.Stages {
		if !st.Count.IsZero() || i == 0 {
			out[i], _ = st.Count.Decimal()
			continue
		}
		r, _ := st.Rate.Decimal()
		out[i] = out[i-1].Mul(r).Mul(hundredth)
	}
	return out
}

// SetStageMode gives funnel stage i as a "count" or as a "rate" (percent of
// the stage before) without changing its count: 18,500 clicks after
// 1,450,000 impressions become 1.275862068966 %, and back 18,500 again.
// The first stage is always a count; a stage after an empty one stays a
// count (no rate of nothing).
func SetStageMode(s *Scenario, i int, mode string, kept map[string]Number) error {
	if s.Funnel == nil || i < 0 || i >= len(s.Funnel.Stages) {
		return ErrNoLine
	}
	st := &s.Funnel.Stages[i]
	isRate := st.Count.IsZero() && !st.Rate.IsZero()
	if (mode == "rate") == isRate || (mode != "rate" && mode != "count") {
		return nil
	}
	counts := stageCounts(s.Funnel)
	path := "funnel.stages[" + strconv.Itoa(i) + "]"
	if mode == "count" {
		rate := st.Rate
		c, _ := exact(counts[i])
		if k, ok := kept[path+".count"]; ok && kept[path+".rate"] == rate {
			c = string(k) // the count given before, exactly
		}
		st.Count, st.Rate = Number(c), ""
		return nil
	}
	if i == 0 || counts[i-1].IsZero() {
		return errors.New("roi: a rate needs a count before it")
	}
	r, ok := exact(counts[i].Div(counts[i-1]).Mul(decimal.New(100, 0)))
	if !ok || counts[i-1].Mul(decimal.RequireFromString(r)).Mul(hundredth).Cmp(counts[i]) != 0 {
		keep(kept, path+".count", st.Count)
		keep(kept, path+".rate", Number(r))
	}
	st.Count, st.Rate = "", Number(r)
	return nil
}

// SetCostCategory changes cost i's category. Staff time is hours × rate and
// every other cost an amount: leaving staff, the amount is hours × rate
// (the hours and rate are kept); coming back with that amount unchanged
// brings them back, otherwise the amount becomes one hour at that rate.
func SetCostCategory(s *Scenario, i int, category string, kept map[string]Number) error {
	if i < 0 || i >= len(s.Costs) {
		return ErrNoLine
	}
	c := &s.Costs[i]
	if c.Category == category {
		return nil
	}
	path := "costs[" + strconv.Itoa(i) + "]"
	switch {
	case c.Category == "staff":
		h, _ := c.Hours.Decimal()
		r, _ := c.HourlyRate.Decimal()
		amount := Number("")
		if !c.Hours.IsZero() || !c.HourlyRate.IsZero() {
			a, _ := exact(h.Mul(r))
			amount = Number(a)
		}
		keep(kept, path+".hours", c.Hours)
		keep(kept, path+".hourlyRate", c.HourlyRate)
		keep(kept, path+".amount", amount)
		c.Hours, c.HourlyRate, c.Amount = "", "", amount
	case category == "staff":
		if k, ok := kept[path+".amount"]; ok && k == c.Amount {
			c.Hours, c.HourlyRate = kept[path+".hours"], kept[path+".hourlyRate"]
		} else if !c.Amount.IsZero() {
			c.Hours, c.HourlyRate = "1", c.Amount
		} else {
			c.Hours, c.HourlyRate = "", ""
		}
		c.Amount = ""
	}
	c.Category = category
	return nil
}

// ActionMethod is how action a's value is given: "entered", "conversion"
// or "cpc".
func ActionMethod(a Action) string {
	if a.ValueFrom == nil {
		return "entered"
	}
	return a.ValueFrom.Method
}

// SetValueMethod changes how action i's value is given, keeping the value
// per action: entered 80 becomes a close rate of 100 % × 80, or a click
// price of 80; a close rate of 20 % × 400 becomes 80 entered. The rate and
// deal size left are kept, and come back when the value is unchanged.
func SetValueMethod(s *Scenario, i int, method string, kept map[string]Number) error {
	if i < 0 || i >= len(s.Actions) {
		return ErrNoLine
	}
	if method != "entered" && method != "conversion" && method != "cpc" {
		return errors.New("roi: unknown value method " + strconv.Quote(method))
	}
	a := &s.Actions[i]
	from := ActionMethod(*a)
	if from == method {
		return nil
	}
	path := "actions[" + strconv.Itoa(i) + "]"
	// unit is the value per action now, and span its low and high.
	var unit Number
	var span *Range
	switch from {
	case "entered":
		unit, span = a.UnitValue, a.UnitValueRange
	case "cpc":
		unit, span = a.ValueFrom.Value, a.ValueFrom.ValueRange
	default:
		if a.ValueFrom.RateRange != nil || a.ValueFrom.ValueRange != nil {
			// The ends multiply: low rate x low deal size, high x high.
			e := [2]Number{}
			for k, end := range []func(*Range) Number{func(r *Range) Number { return r.Low }, func(r *Range) Number { return r.High }} {
				pick := func(n Number, r *Range) decimal.Decimal {
					if r != nil && !end(r).IsZero() {
						n = end(r)
					}
					d, _ := n.Decimal()
					return d
				}
				u, _ := exact(pick(a.ValueFrom.Rate, a.ValueFrom.RateRange).Mul(pick(a.ValueFrom.Value, a.ValueFrom.ValueRange)).Mul(hundredth))
				e[k] = Number(u)
			}
			span = &Range{Low: e[0], High: e[1]}
		}
		r, _ := a.ValueFrom.Rate.Decimal()
		v, _ := a.ValueFrom.Value.Decimal()
		if a.ValueFrom.Rate.IsZero() && a.ValueFrom.Value.IsZero() {
			unit = ""
		} else {
			u, _ := exact(r.Mul(v).Mul(hundredth))
			unit = Number(u)
		}
		keep(kept, path+".valueFrom.rate", a.ValueFrom.Rate)
		keep(kept, path+".valueFrom.value", a.ValueFrom.Value)
		keep(kept, path+".unit", unit)
	}
	switch method {
	case "entered":
		a.ValueFrom, a.UnitValue, a.UnitValueRange = nil, unit, span
	case "cpc":
		a.UnitValue, a.UnitValueRange = "", nil
		a.ValueFrom = &ValueFrom{Method: "cpc", Value: unit, ValueRange: span}
	default:
		a.UnitValue, a.UnitValueRange = "", nil
		vf := &ValueFrom{Method: "conversion", Rate: "100", Value: unit, ValueRange: span}
		if k, ok := kept[path+".unit"]; ok && k == unit {
			vf.Rate, vf.Value, vf.ValueRange = kept[path+".valueFrom.rate"], kept[path+".valueFrom.value"], nil
		} else if unit.IsZero() {
			vf.Rate = ""
		}
		a.ValueFrom = vf
	}
	return nil
}

// SetInRevenue says whether action i's money is already in the revenue
// lines: "true" (shown, never added), "false" (confirmed separate) or
// "unknown" (or "": not said).
func SetInRevenue(s *Scenario, i int, answer string) error {
	if i < 0 || i >= len(s.Actions) {
		return ErrNoLine
	}
	switch answer {
	case "", "unknown":
		s.Actions[i].InRevenue = nil
	case "true", "false":
		b := answer == "true"
		s.Actions[i].InRevenue = &b
	default:
		return errors.New("roi: inRevenue is true, false or not given, not " + strconv.Quote(answer))
	}
	return nil
}

// MoneyGoalMetrics are the goal metrics that are amounts of money.
var MoneyGoalMetrics = []string{"revenue", "return", "grossProfit", "cost", "actionValue", "earnedMedia", "savings"}

// ScaleMoney multiplies every amount of money in sc (in its currency:
// rates per hour, amounts, values per action, deal sizes, prices, value per
// conversion, savings, lift, revenue per account, money goals, with their
// ranges) by f. Counts, rates and percentages stay, so every ROI, ROAS and
// rate of the report is the same: how a sample scenario is shown in another
// currency.
func ScaleMoney(sc *Scenario, f decimal.Decimal) {
	n := func(x *Number) {
		if x.IsZero() {
			return
		}
		if v, err := x.Decimal(); err == nil {
			*x = Number(v.Mul(f).String())
		}
	}
	r := func(x *Range) {
		if x != nil {
			n(&x.Low)
			n(&x.High)
		}
	}
	for i := range sc.Costs {
		n(&sc.Costs[i].HourlyRate)
		n(&sc.Costs[i].Amount)
	}
	for i := range sc.Revenue {
		n(&sc.Revenue[i].Amount)
	}
	for i := range sc.Actions {
		a := &sc.Actions[i]
		n(&a.UnitValue)
		r(a.UnitValueRange)
		if a.ValueFrom != nil {
			n(&a.ValueFrom.Value)
			r(a.ValueFrom.ValueRange)
		}
	}
	if f0 := sc.Funnel; f0 != nil {
		n(&f0.ValuePerConversion)
		r(f0.ValuePerConversionRange)
	}
	if e := sc.EarnedMedia; e != nil {
		n(&e.CostPerClick)
		r(e.CostPerClickRange)
	}
	for i := range sc.Savings {
		n(&sc.Savings[i].UnitCost)
		r(sc.Savings[i].UnitCostRange)
	}
	if l := sc.Lift; l != nil {
		n(&l.EngagedValue)
		r(l.EngagedValueRange)
		n(&l.BaselineValue)
	}
	if u := sc.Subscription; u != nil {
		n(&u.ARPA)
		r(u.ARPARange)
	}
	for i := range sc.Goals {
		if slices.Contains(MoneyGoalMetrics, sc.Goals[i].Metric) {
			n(&sc.Goals[i].Target)
		}
	}
}
