package roi

import (
	"time"

	"github.com/shopspring/decimal"
)

// period works out the year fraction that yearly values are prorated by:
// whole calendar months count as months / 12 (a quarter is a quarter), other
// spans as days / 365; without dates, the period's months / 12; without
// either, a year, and the report says it was assumed.
func (c *calc) period() {
	info := &c.r.PeriodInfo
	info.Days = undefined(UnitCount, "na.nodates")
	info.Months = undefined(UnitCount, "na.nodates")
	c.yn, c.yd = decimal.NewFromInt(1), decimal.NewFromInt(1)
	p := c.s.Period
	var start, end time.Time
	var ok bool
	if p != nil {
		start, end, ok = periodDates(p)
	}
	switch {
	case ok:
		days := int64(end.Sub(start).Hours()/24) + 1
		info.Days = count(decimal.NewFromInt(days))
		if months, whole := wholeMonths(start, end); whole {
			info.Basis = "months"
			info.Months = count(decimal.NewFromInt(int64(months)))
			c.yn, c.yd = decimal.NewFromInt(int64(months)), decimal.NewFromInt(12)
		} else {
			info.Basis = "days"
			c.yn, c.yd = decimal.NewFromInt(days), decimal.NewFromInt(365)
		}
	case p != nil && !p.Months.IsZero() && d(p.Months).Sign() > 0:
		info.Basis = "entered"
		info.Months = count(d(p.Months))
		// months / 12 as whole numbers: 1.5 months is 15 / 120.
		m := d(p.Months)
		scale := decimal.NewFromInt(1)
		if m.Exponent() < 0 {
			scale = decimal.New(1, -m.Exponent())
		}
		c.yn, c.yd = m.Mul(scale), decimal.NewFromInt(12).Mul(scale)
	default:
		info.Basis = "assumed"
	}
	info.YearFraction, _ = quotient(UnitCount, 4, c.yn, c.yd)
	if c.s.Lift == nil {
		// Only the lift is prorated: without one, nothing needs the
		// fraction, and money stays exact decimals (yd = 1).
		c.yn, c.yd = one, one
	}
}

// periodDates reads both dates of a period, or reports false.
func periodDates(p *Period) (start, end time.Time, ok bool) {
	if p.Start == "" || p.End == "" {
		return start, end, false
	}
	s, err1 := time.Parse("2006-01-02", p.Start)
	e, err2 := time.Parse("2006-01-02", p.End)
	if err1 != nil || err2 != nil || e.Before(s) {
		return start, end, false
	}
	return s, e, true
}

// wholeMonths says whether start..end (inclusive) is whole calendar months,
// from a first day to a last day, and how many.
func wholeMonths(start, end time.Time) (int, bool) {
	next := end.AddDate(0, 0, 1)
	if start.Day() != 1 || next.Day() != 1 {
		return 0, false
	}
	return (next.Year()-start.Year())*12 + int(next.Month()) - int(start.Month()), true
}
