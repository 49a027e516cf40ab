package roi

// Comparison sets two reports side by side (two periods, two campaigns).
type Comparison struct {
	A            string       `json:"a"`
	B            string       `json:"b"`
	CurrencyA    string       `json:"currencyA"`
	CurrencyB    string       `json:"currencyB"`
	SameCurrency bool         `json:"sameCurrency"`
	Rows         []CompareRow `json:"rows"`
}

// CompareRow is one figure in both reports, with the change from A to B:
// absolute (percentage points for percentages) and relative to A.
type CompareRow struct {
	Key           string `json:"key"`
	A             Value  `json:"a"`
	B             Value  `json:"b"`
	Change        Value  `json:"change"`
	ChangePercent Value  `json:"changePercent"`
}

// CompareKeys are the figures a comparison lists, in order.
var CompareKeys = []string{
	"totals.cost", "totals.staffCost", "totals.adSpend", "totals.directRevenue",
	"totals.actionValue", "totals.earnedMedia", "totals.savings", "totals.lift",
	"totals.totalReturn", "totals.grossProfit", "roi.direct", "roi.total", "roi.profit", "roi.totalProfit", "roas",
	"funnel.conversions", "funnelConversionRate", "breakEven.conversions",
}

// Figure returns a report figure by its key (one of CompareKeys).
func (r Report) Figure(key string) Value {
	t := r.Totals
	switch key {
	case "totals.cost":
		return t.Cost
	case "totals.staffCost":
		return t.StaffCost
	case "totals.adSpend":
		return t.AdSpend
	case "totals.directRevenue":
		return t.DirectRevenue
	case "totals.actionValue":
		return t.ActionValue
	case "totals.earnedMedia":
		return t.EarnedMedia
	case "totals.savings":
		return t.Savings
	case "totals.lift":
		return t.Lift
	case "totals.totalReturn":
		return t.TotalReturn
	case "roi.direct":
		return r.ROI.Direct
	case "roi.total":
		return r.ROI.Total
	case "roi.profit":
		return r.ROI.Profit
	case "roi.totalProfit":
		return r.ROI.TotalProfit
	case "totals.grossProfit":
		return t.GrossProfit
	case "roas":
		return r.ROAS
	case "funnelConversionRate":
		return r.FunnelRate
	case "breakEven.conversions":
		return r.BreakEven.Conversions
	case "funnel.conversions":
		if len(r.Funnel) == 0 {
			return undefined(UnitCount, "na.nofunnel")
		}
		return r.Funnel[len(r.Funnel)-1].Count
	}
	return undefined(UnitCount, "")
}

// Compare lists every total and ROI of a and b with the change from a to b.
func Compare(a, b Report) Comparison {
	cmp := Comparison{A: a.Name, B: b.Name, CurrencyA: a.Currency, CurrencyB: b.Currency,
		SameCurrency: a.Currency == b.Currency, Rows: make([]CompareRow, 0, len(CompareKeys))}
	for _, k := range CompareKeys {
		va, vb := a.Figure(k), b.Figure(k)
		row := CompareRow{Key: k, A: va, B: vb}
		unit := va.unit
		if unit == 0 {
			unit = vb.unit
		}
		switch {
		case !va.ok || !vb.ok:
			row.Change = undefined(unit, "na.nocompare")
			row.ChangePercent = undefined(UnitPercent, "na.nocompare")
		case unit == UnitMoney && !cmp.SameCurrency:
			row.Change = undefined(unit, "na.currency")
			row.ChangePercent = undefined(UnitPercent, "na.currency")
		default:
			// b - a = (nb da - na db) / (da db), exactly, rounded once.
			na, da := va.fraction()
			nb, db := vb.fraction()
			diff := nb.Mul(da).Sub(na.Mul(db))
			cu := unit
			if unit == UnitPercent {
				cu = UnitPoints
			}
			row.Change, _ = quotient(cu, va.places, diff, da.Mul(db))
			// (b - a) / |a| x 100 = (nb da - na db) x 100 / (db |na|)
			row.ChangePercent = percentQ(diff, db.Mul(na.Abs()), "na.zerobase")
		}
		cmp.Rows = append(cmp.Rows, row)
	}
	return cmp
}
