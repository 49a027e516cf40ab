package roi

import (
	"errors"

	"github.com/shopspring/decimal"
)

// What a number of hours is given for: the whole period, a week or a month.
const (
	PerPeriod = "period"
	PerWeek   = "week"
	PerMonth  = "month"
)

// HoursPer lists the ways hours can be given, in the order a form offers them.
var HoursPer = []string{PerWeek, PerMonth, PerPeriod}

// PeriodSpan is how long a period is taken to be when hours given per week
// or per month are turned into the period's hours. Basis is the report's
// (PeriodInfo.Basis): "months" (dates spanning whole calendar months),
// "days" (other dates), "entered" (months without dates) or "assumed" (a
// year: neither dates nor months). Days is the period's length in days
// (exact; 365 / 12 days a month when only months are known), Months its
// length in months (days × 12 / 365 when the dates are not whole months).
type PeriodSpan struct {
	Basis  string
	Days   decimal.Decimal
	Months decimal.Decimal
}

// Span is how long p is, by the report's rule (see period in period.go).
func Span(p *Period) PeriodSpan {
	daysInMonth := func(m decimal.Decimal) decimal.Decimal {
		return m.Mul(decimal.NewFromInt(365)).Div(decimal.NewFromInt(12))
	}
	if p != nil {
		if start, end, ok := periodDates(p); ok {
			days := decimal.NewFromInt(int64(end.Sub(start).Hours()/24) + 1)
			if months, whole := wholeMonths(start, end); whole {
				return PeriodSpan{Basis: "months", Days: days, Months: decimal.NewFromInt(int64(months))}
			}
			return PeriodSpan{Basis: "days", Days: days, Months: days.Mul(decimal.NewFromInt(12)).Div(decimal.NewFromInt(365))}
		}
		if m, err := p.Months.Decimal(); err == nil && !p.Months.IsZero() && m.Sign() > 0 {
			return PeriodSpan{Basis: "entered", Days: daysInMonth(m), Months: m}
		}
	}
	return PeriodSpan{Basis: "assumed", Days: decimal.NewFromInt(365), Months: decimal.NewFromInt(12)}
}

// ErrPer is the error of PeriodHours for an unknown per.
var ErrPer = errors.New("roi: hours per what? want week, month or period")

// PeriodHours turns hours given per week or per month (per: PerWeek,
// PerMonth; PerPeriod leaves them as they are) into the hours of the period
// p covers, the way the report counts the period (Span):
//
//   - a week is 7 days: hours × days / 7;
//   - a month is a calendar month when the dates span whole months, or the
//     months entered: hours × months; with other dates a month is 365 / 12
//     days: hours × days × 12 / 365;
//   - without dates or months the period is a year, as the report assumes:
//     365 days, 12 months.
//
// The result is rounded half away from zero to hundredths of an hour, once,
// from the exact quotient. Text that is not a number is an error (the
// input's *NumberError); an empty text gives an empty result.
func PeriodHours(p *Period, hours Number, per string) (Number, PeriodSpan, error) {
	span := Span(p)
	if per != PerWeek && per != PerMonth && per != PerPeriod {
		return "", span, ErrPer
	}
	if hours.IsZero() {
		return "", span, nil
	}
	h, err := hours.Decimal()
	if err != nil {
		return "", span, err
	}
	var num, den decimal.Decimal
	switch {
	case per == PerPeriod:
		return hours, span, nil
	case per == PerWeek && span.Basis == "entered":
		// months × 365 / 12 days, over 7: months × 365 / 84 weeks.
		num, den = h.Mul(span.Months).Mul(decimal.NewFromInt(365)), decimal.NewFromInt(84)
	case per == PerWeek:
		num, den = h.Mul(span.Days), decimal.NewFromInt(7)
	case span.Basis == "days": // per month, dates not whole months
		num, den = h.Mul(span.Days).Mul(decimal.NewFromInt(12)), decimal.NewFromInt(365)
	default: // per month: whole months, months entered, a year assumed
		num, den = h.Mul(span.Months), decimal.NewFromInt(1)
	}
	return Number(roundQuotient(num, den, 2).String()), span, nil
}
