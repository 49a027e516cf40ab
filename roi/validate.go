package roi

import (
	"errors"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/shopspring/decimal"
)

// Validate lists everything that keeps s from being calculated, each with
// its JSON path. An empty list means Calculate will succeed.
func Validate(s Scenario) []Problem {
	v := validator{}
	v.check(s)
	return v.problems
}

type validator struct {
	problems []Problem
}

// path is a JSON path, put together only when a problem is reported: a
// valid scenario, the common case, costs no string building.
type path struct {
	list  string // "costs", "funnel.stages"; empty for a plain field
	index int
	field string
}

func (p path) String() string {
	if p.list == "" {
		return p.field
	}
	return p.list + "[" + strconv.Itoa(p.index) + "]." + p.field
}

// fieldPath is the path of a field outside any list: "currency", "lift.engagedValue".
func fieldPath(name string) path { return path{field: name} }

func at(list string, i int, name string) path { return path{list: list, index: i, field: name} }

func (v *validator) add(p path, code string, args ...string) {
	v.problems = append(v.problems, Problem{Path: p.String(), Message: Message{Code: code, Args: args}})
}

// num checks a non-negative number; an empty one is zero.
func (v *validator) num(p path, n Number) decimal.Decimal {
	d, err := parseNumber(n) // each text parsed once (numcache.go)
	if err != nil {
		var ne *NumberError
		if errors.As(err, &ne) {
			v.add(p, ne.Code, strconv.Quote(ne.Text))
		} else {
			v.add(p, "num.invalid", strconv.Quote(string(n)))
		}
		return decimal.Zero
	}
	if d.Sign() < 0 {
		v.add(p, "field.negative")
		return decimal.Zero
	}
	return d
}

func (v *validator) percent(p path, n Number) {
	if d := v.num(p, n); d.GreaterThan(hundred) {
		v.add(p, "field.percent")
	}
}

func (v *validator) enum(p path, value string, allowed []string, required bool) {
	if value == "" {
		if required {
			v.add(p, "field.required")
		}
		return
	}
	if !slices.Contains(allowed, value) {
		v.add(p, "field.enum", strconv.Quote(clip(value)), strings.Join(allowed, ", "))
	}
}

func (v *validator) date(p path, value string) (time.Time, bool) {
	if value == "" {
		return time.Time{}, false
	}
	t, err := time.Parse("2006-01-02", value)
	if err != nil {
		v.add(p, "field.date", strconv.Quote(clip(value)))
		return time.Time{}, false
	}
	return t, true
}

func (v *validator) channel(p path, c string) {
	if c != "" && !IsChannelID(c) {
		v.add(p, "field.channel", strconv.Quote(clip(c)))
	}
}

// IsChannelID reports whether c is a valid channel id: lower-case letters,
// digits and '-', up to 40 characters, starting with a letter or digit.
func IsChannelID(c string) bool {
	if c == "" || len(c) > 40 || c[0] == '-' {
		return false
	}
	for i := 0; i < len(c); i++ {
		b := c[i]
		if !(b >= 'a' && b <= 'z' || b >= '0' && b <= '9' || b == '-') {
			return false
		}
	}
	return true
}

func (v *validator) check(s Scenario) {
	// The same list limits as Parse, so a scenario that validates also
	// reads back after it is saved.
	lists := []struct {
		name string
		n    int
	}{{"costs", len(s.Costs)}, {"revenue", len(s.Revenue)}, {"actions", len(s.Actions)},
		{"savings", len(s.Savings)}, {"indirect", len(s.Indirect)}, {"goals", len(s.Goals)}}
	if s.Funnel != nil {
		lists = append(lists, struct {
			name string
			n    int
		}{"funnel.stages", len(s.Funnel.Stages)})
	}
	for _, l := range lists {
		if limit := ListLimit(l.name); l.n > limit {
			v.add(fieldPath(l.name), "doc.toomany", strconv.Itoa(limit))
		}
	}
	if limit := ListLimit("exchangeRates"); len(s.ExchangeRates) > limit {
		v.add(fieldPath("exchangeRates"), "doc.toomany", strconv.Itoa(limit))
	}
	if s.Format != FormatID {
		v.add(fieldPath("format"), "doc.format", strconv.Quote(clip(s.Format)))
	}
	if s.Version != Version {
		v.add(fieldPath("version"), "doc.version", strconv.Itoa(s.Version))
	}
	if s.Currency == "" {
		v.add(fieldPath("currency"), "field.required")
	} else if !IsCurrency(s.Currency) {
		v.add(fieldPath("currency"), "field.currency", strconv.Quote(clip(s.Currency)))
	}
	v.enum(fieldPath("businessModel"), s.BusinessModel, BusinessModels, false)
	if s.Period != nil {
		start, ok1 := v.date(fieldPath("period.start"), s.Period.Start)
		end, ok2 := v.date(fieldPath("period.end"), s.Period.End)
		if ok1 && ok2 && end.Before(start) {
			v.add(fieldPath("period.end"), "field.period")
		}
		if m := v.num(fieldPath("period.months"), s.Period.Months); m.GreaterThan(decimal.NewFromInt(1200)) {
			v.add(fieldPath("period.months"), "field.months")
		}
	}
	for i, c := range s.Costs {
		v.enum(at("costs", i, "category"), c.Category, CostCategories, true)
		if c.Category == "staff" {
			v.num(at("costs", i, "hours"), c.Hours)
			v.num(at("costs", i, "hourlyRate"), c.HourlyRate)
			if !c.Amount.IsZero() {
				v.add(at("costs", i, "amount"), "field.staffamount")
			}
		} else {
			v.num(at("costs", i, "amount"), c.Amount)
			if !c.Hours.IsZero() {
				v.add(at("costs", i, "hours"), "field.nostaffhrs")
			}
			if !c.HourlyRate.IsZero() {
				v.add(at("costs", i, "hourlyRate"), "field.nostaffhrs")
			}
		}
		v.channel(at("costs", i, "channel"), c.Channel)
		v.origin(at("costs", i, "origin"), c.Origin)
	}
	for i, r := range s.Revenue {
		v.num(at("revenue", i, "amount"), r.Amount)
		v.channel(at("revenue", i, "channel"), r.Channel)
		v.rangedPercent(at("revenue", i, "attribution"), r.Attribution, r.AttributionRange, true)
		v.enum(at("revenue", i, "source"), r.Source, RevenueSources, false)
		v.origin(at("revenue", i, "origin"), r.Origin)
	}
	for i, a := range s.Actions {
		v.enum(at("actions", i, "type"), a.Type, ActionTypes, true)
		v.enum(at("actions", i, "stage"), a.Stage, FunnelStages, false)
		v.num(at("actions", i, "count"), a.Count)
		v.ranged(at("actions", i, "unitValue"), a.UnitValue, a.UnitValueRange)
		if a.ValueFrom == nil && a.UnitValue.IsZero() && a.UnitValueRange != nil {
			v.add(at("actions", i, "unitValueRange"), "field.rangenolikely")
		}
		if a.ValueFrom != nil {
			if !a.UnitValue.IsZero() {
				v.add(at("actions", i, "valueFrom"), "field.bothvalues")
			}
			vf := a.ValueFrom
			v.enum(at("actions", i, "valueFrom.method"), vf.Method, ValueMethods, true)
			if vf.Method == "conversion" {
				v.rangedPercent(at("actions", i, "valueFrom.rate"), vf.Rate, vf.RateRange, false)
			} else {
				v.num(at("actions", i, "valueFrom.rate"), vf.Rate)
			}
			v.ranged(at("actions", i, "valueFrom.value"), vf.Value, vf.ValueRange)
		}
		v.channel(at("actions", i, "channel"), a.Channel)
	}
	if f := s.Funnel; f != nil {
		for i, st := range f.Stages {
			p := func(name string) path { return at("funnel.stages", i, name) }
			v.enum(p("stage"), st.Stage, FunnelStages, false)
			if st.Metric == "" {
				v.add(p("metric"), "field.required")
			}
			switch {
			case !st.Count.IsZero() && !st.Rate.IsZero():
				v.add(p("rate"), "field.countrate")
			case st.Count.IsZero() && st.Rate.IsZero():
				v.add(p("count"), "field.nocountrate")
			case !st.Count.IsZero():
				v.num(p("count"), st.Count)
			case i == 0:
				v.add(p("rate"), "field.firstrate")
			default:
				v.num(p("rate"), st.Rate)
			}
			if !st.PaidCount.IsZero() {
				pc := v.num(p("paidCount"), st.PaidCount)
				if !st.Count.IsZero() && pc.GreaterThan(d(st.Count)) {
					v.add(p("paidCount"), "field.paidcount")
				}
			}
			v.origin(p("origin"), st.Origin)
		}
		v.ranged(fieldPath("funnel.valuePerConversion"), f.ValuePerConversion, f.ValuePerConversionRange)
		v.rangedPercent(fieldPath("funnel.attribution"), f.Attribution, f.AttributionRange, true)
	}
	if e := s.EarnedMedia; e != nil {
		v.num(fieldPath("earnedMedia.visits"), e.Visits)
		v.ranged(fieldPath("earnedMedia.costPerClick"), e.CostPerClick, e.CostPerClickRange)
	}
	for i, sv := range s.Savings {
		v.num(at("savings", i, "count"), sv.Count)
		v.ranged(at("savings", i, "unitCost"), sv.UnitCost, sv.UnitCostRange)
	}
	if l := s.Lift; l != nil {
		v.num(fieldPath("lift.engagedCustomers"), l.EngagedCustomers)
		v.ranged(fieldPath("lift.engagedValue"), l.EngagedValue, l.EngagedValueRange)
		v.num(fieldPath("lift.baselineValue"), l.BaselineValue)
	}
	if u := s.Subscription; u != nil {
		v.ranged(fieldPath("subscription.arpa"), u.ARPA, u.ARPARange)
		v.rangedPercent(fieldPath("subscription.churn"), u.Churn, u.ChurnRange, false)
		v.num(fieldPath("subscription.newCustomers"), u.NewCustomers)
	}
	for i, x := range s.ExchangeRates {
		if !IsCurrency(x.Currency) {
			v.add(at("exchangeRates", i, "currency"), "field.currency", strconv.Quote(clip(x.Currency)))
		}
		if r := v.num(at("exchangeRates", i, "rate"), x.Rate); x.Rate.IsZero() || r.IsZero() {
			v.add(at("exchangeRates", i, "rate"), "field.required")
		}
		v.date(at("exchangeRates", i, "date"), x.Date)
	}
	for i, in := range s.Indirect {
		v.enum(at("indirect", i, "kind"), in.Kind, IndirectKinds, true)
	}
	if !s.GrossMargin.IsZero() {
		v.percent(fieldPath("grossMargin"), s.GrossMargin)
	}
	for i, g := range s.Goals {
		if g.Metric == "" {
			v.add(at("goals", i, "metric"), "field.required")
		} else if !isGoalMetric(s, g.Metric) {
			v.add(at("goals", i, "metric"), "field.goalmetric", strconv.Quote(clip(g.Metric)), strings.Join(GoalMetrics, ", "))
		}
		v.num(at("goals", i, "target"), g.Target)
		v.date(at("goals", i, "deadline"), g.Deadline)
	}
}

// ranged checks a non-negative number and its range: low <= n <= high.
// It returns the number and its two ends (the number where an end is not
// given), so that callers check more without parsing again.
func (v *validator) ranged(p path, n Number, r *Range) (x, lo, hi decimal.Decimal) {
	x = v.num(p, n)
	lo, hi = x, x
	if r == nil {
		return x, lo, hi
	}
	if !r.Low.IsZero() {
		q := p
		q.field += "Range.low"
		if lo = v.num(q, r.Low); lo.GreaterThan(x) {
			v.add(q, "field.rangelow")
		}
	}
	if !r.High.IsZero() {
		q := p
		q.field += "Range.high"
		if hi = v.num(q, r.High); hi.LessThan(x) {
			v.add(q, "field.rangehigh")
		}
	}
	return x, lo, hi
}

// rangedPercent is ranged for a percent (0 to 100); with defaultFull an
// empty likely value means 100.
func (v *validator) rangedPercent(p path, n Number, r *Range, defaultFull bool) {
	if defaultFull && n.IsZero() {
		n = "100"
	}
	x, lo, hi := v.ranged(p, n, r)
	if x.GreaterThan(hundred) {
		v.add(p, "field.percent")
	}
	if r != nil && !r.Low.IsZero() && lo.GreaterThan(hundred) {
		q := p
		q.field += "Range.low"
		v.add(q, "field.percent")
	}
	if r != nil && !r.High.IsZero() && hi.GreaterThan(hundred) {
		q := p
		q.field += "Range.high"
		v.add(q, "field.percent")
	}
}

func (v *validator) origin(p path, o *Origin) {
	if o == nil {
		return
	}
	q := p
	q.field += ".platform"
	if o.Platform == "" {
		v.add(q, "field.required")
	}
	if o.Currency != "" && !IsCurrency(o.Currency) {
		q.field = p.field + ".currency"
		v.add(q, "field.currency", strconv.Quote(clip(o.Currency)))
	}
	if !o.Amount.IsZero() {
		q.field = p.field + ".amount"
		v.num(q, o.Amount)
	}
}

func isGoalMetric(s Scenario, m string) bool {
	if slices.Contains(GoalMetrics, m) {
		return true
	}
	if s.Funnel != nil {
		for _, st := range s.Funnel.Stages {
			if st.Metric == m {
				return true
			}
		}
	}
	return false
}
