package roi

import (
	"encoding/json"

	"github.com/shopspring/decimal"
)

// Unit says what a Value measures and so how it is rounded when shown.
type Unit uint8

// The units of report figures.
const (
	UnitMoney   Unit = iota + 1 // the scenario's currency, rounded to its minor units
	UnitPercent                 // percent, 2 decimals
	UnitRatio                   // a plain ratio (ROAS 3.20), 2 decimals
	UnitCount                   // a count of people or actions, up to 2 decimals
	UnitPoints                  // a change in percentage points, 2 decimals
)

func (u Unit) String() string {
	switch u {
	case UnitMoney:
		return "money"
	case UnitPercent:
		return "percent"
	case UnitRatio:
		return "ratio"
	case UnitCount:
		return "count"
	case UnitPoints:
		return "points"
	}
	return ""
}

// Value is one figure of a report: exact inside, rounded only when shown.
// A Value may be undefined (a ratio over zero); it then carries the reason.
type Value struct {
	exact  decimal.Decimal
	unit   Unit
	places int32
	ok     bool
	why    string // message code, when undefined

	// A quotient keeps its numerator and denominator (and no exact), so
	// that it is rounded once, from the exact value, when shown; Exact gives
	// it to divPrecision places for further arithmetic.
	num, den decimal.Decimal
}

// Defined reports whether the figure exists.
func (v Value) Defined() bool { return v.ok }

// Exact returns the unrounded value (zero when undefined). A quotient that
// does not end is given to 20 decimal places; it is worked out when asked
// for, since most figures are only ever shown (rounded from the exact
// quotient, see Rounded).
func (v Value) Exact() decimal.Decimal {
	if !v.den.IsZero() {
		q, _ := div(v.num, v.den)
		return q
	}
	return v.exact
}

// Unit returns the figure's unit.
func (v Value) Unit() Unit { return v.unit }

// Reason says why the figure is undefined.
func (v Value) Reason() Message { return Message{Code: v.why} }

// Rounded returns the value rounded for presentation: half away from zero,
// to the unit's places. Zero is never negative.
func (v Value) Rounded() decimal.Decimal {
	var r decimal.Decimal
	if !v.den.IsZero() {
		r = roundQuotient(v.num, v.den, v.places)
	} else {
		r = v.exact.Round(v.places)
	}
	if r.IsZero() {
		return decimal.Zero
	}
	return r
}

// Loss reports whether the figure, as presented, is below zero: a net
// result or a ROI that lost money. An undefined figure is not a loss, nor
// is one that rounds to zero (-0.004 shows as 0.00).
func (v Value) Loss() bool { return v.ok && v.Rounded().Sign() < 0 }

// String is the presented value as a plain decimal ("1234.50", "-12.35"),
// or "n/a" when undefined. Counts drop trailing zeros ("300", "40.72").
func (v Value) String() string {
	if !v.ok {
		return "n/a"
	}
	r := v.Rounded()
	if v.unit == UnitCount {
		return Canonical(r)
	}
	return r.StringFixed(v.places)
}

// MarshalJSON writes the presented string, or null when undefined.
func (v Value) MarshalJSON() ([]byte, error) {
	if !v.ok {
		return []byte("null"), nil
	}
	return json.Marshal(v.String())
}

// Report is everything the product shows about a scenario. Every number on
// screen, in the CLI and in exports comes from here.
type Report struct {
	Format        string          `json:"format"`
	Version       int             `json:"version"`
	Name          string          `json:"name,omitempty"`
	Currency      string          `json:"currency"`
	BusinessModel string          `json:"businessModel,omitempty"`
	Period        *Period         `json:"period,omitempty"`
	PeriodInfo    PeriodInfo      `json:"periodInfo"`
	Headline      Headline        `json:"headline"`
	Totals        Totals          `json:"totals"`
	CostBreakdown []CategoryCost  `json:"costBreakdown"`
	CostLines     []CostLine      `json:"costLines"`
	Revenue       []RevenueLine   `json:"revenue"`
	ROI           ROI             `json:"roi"`
	Ranges        Ranges          `json:"ranges"`
	ROAS          Value           `json:"roas"`
	Actions       []ActionValue   `json:"actions"`
	Funnel        []FunnelStage   `json:"funnel"`
	FunnelRate    Value           `json:"funnelConversionRate"`
	BreakEven     BreakEven       `json:"breakEven"`
	Channels      []ChannelResult `json:"channels"`
	Unallocated   ChannelResult   `json:"unallocated"`
	Paid          SplitResult     `json:"paid"`
	Organic       SplitResult     `json:"organic"`
	Subscription  *Subscriptions  `json:"subscription,omitempty"`
	Goals         []GoalProgress  `json:"goals"`
	Indirect      []Indirect      `json:"indirect"`
	WhatIf        WhatIf          `json:"whatIf"`
	Warnings      []Message       `json:"warnings"`
}

// PeriodInfo says how long the scenario's period is taken to be, which is
// what yearly values are prorated by: Basis "months" (the dates span whole
// calendar months: months / 12), "days" (days / 365), "entered" (the
// period's months, without dates) or "assumed" (no dates: one year).
type PeriodInfo struct {
	Basis        string `json:"basis"`
	Days         Value  `json:"days"`
	Months       Value  `json:"months"`
	YearFraction Value  `json:"yearFraction"`
}

// Headline is the figure a report leads with: ROI on gross profit when a
// margin is given (Basis "profit"), else ROI on revenue (Basis "revenue");
// Direct counts booked money only, Total adds the estimates. Each is a
// low / likely / high range (equal ends when nothing is uncertain).
// Net and NetTotal are the same results in money (return minus cost, on the
// headline's basis), which the verdict says in words.
type Headline struct {
	Basis    string `json:"basis"`
	Direct   Range3 `json:"direct"`
	Total    Range3 `json:"total"`
	Net      Range3 `json:"net"`
	NetTotal Range3 `json:"netTotal"`
}

// Range3 is a figure's low, likely and high value. Estimated is true when
// the figure rests on estimates (values per action, attribution shares...),
// and so is an estimate even when its ends are equal.
type Range3 struct {
	Low       Value `json:"low"`
	Likely    Value `json:"likely"`
	High      Value `json:"high"`
	Estimated bool  `json:"estimated"`
}

// Ranges are the ROI figures worked out with every estimate at its low, its
// likely and its high value (interval arithmetic: every estimate adds to the
// return, so its low end gives the lowest figure). Uncertain says whether
// any estimate carries a range.
type Ranges struct {
	Uncertain   bool   `json:"uncertain"`
	Direct      Range3 `json:"direct"`
	Total       Range3 `json:"total"`
	Profit      Range3 `json:"profit"`
	TotalProfit Range3 `json:"totalProfit"`
	TotalReturn Range3 `json:"totalReturn"`
}

// Totals are the sums behind ROI.
type Totals struct {
	Cost            Value `json:"cost"`
	StaffCost       Value `json:"staffCost"`
	StaffHours      Value `json:"staffHours"`
	AdSpend         Value `json:"adSpend"`
	PaidCost        Value `json:"paidCost"`
	RevenueEntered  Value `json:"revenueEntered"`
	DirectRevenue   Value `json:"directRevenue"`
	PaidRevenue     Value `json:"paidRevenue"`
	FunnelRevenue   Value `json:"funnelRevenue"`
	ActionValue     Value `json:"actionValue"`
	MicroValue      Value `json:"microValue"`
	MacroValue      Value `json:"macroValue"`
	NotCounted      Value `json:"actionValueNotCounted"`
	EarnedMedia     Value `json:"earnedMedia"`
	Savings         Value `json:"savings"`
	Lift            Value `json:"lift"`
	LiftYearly      Value `json:"liftYearly"`
	EstimatedReturn Value `json:"estimatedReturn"`
	TotalReturn     Value `json:"totalReturn"`
	NetDirect       Value `json:"netDirect"`
	NetTotal        Value `json:"netTotal"`
	GrossProfit     Value `json:"grossProfit"`
	ProfitReturn    Value `json:"totalProfitReturn"`
	NetProfit       Value `json:"netProfit"`
	NetTotalProfit  Value `json:"netTotalProfit"`
}

// ROI holds the returns on investment, in percent.
type ROI struct {
	Direct      Value `json:"direct"`      // (directRevenue - cost) / cost x 100
	Total       Value `json:"total"`       // (totalReturn - cost) / cost x 100, estimates included
	Profit      Value `json:"profit"`      // (directRevenue x margin - cost) / cost x 100
	TotalProfit Value `json:"totalProfit"` // (totalProfitReturn - cost) / cost x 100
}

// CategoryCost is one cost category's sum and share of the total cost.
type CategoryCost struct {
	Category string `json:"category"`
	Cost     Value  `json:"cost"`
	Share    Value  `json:"share"`
}

// CostLine is one cost line as counted.
type CostLine struct {
	Label    string `json:"label"`
	Category string `json:"category"`
	Channel  string `json:"channel,omitempty"`
	Paid     bool   `json:"paid,omitempty"`
	Cost     Value  `json:"cost"`
}

// RevenueLine is one revenue line with the share credited to social media.
type RevenueLine struct {
	Label       string `json:"label"`
	Channel     string `json:"channel,omitempty"`
	Paid        bool   `json:"paid,omitempty"`
	Source      string `json:"source,omitempty"`
	Amount      Value  `json:"amount"`
	Attribution Range3 `json:"attribution"`
	Attributed  Value  `json:"attributed"`
}

// ActionValue is one action's value: count x unit value. Counted is false
// when the value is shown but not added, Overlap saying why: "inRevenue"
// (the money is in the revenue lines), "paidClick" (a click bought with ad
// spend is not a return on it), "earnedMedia" (the same unpaid visits are
// valued as earned media).
type ActionValue struct {
	Label     string `json:"label"`
	Type      string `json:"type"`
	Stage     string `json:"stage,omitempty"`
	Channel   string `json:"channel,omitempty"`
	Paid      bool   `json:"paid,omitempty"`
	Count     Value  `json:"count"`
	UnitValue Value  `json:"unitValue"`
	Method    string `json:"method"` // "entered", "conversion" or "cpc"
	Value     Value  `json:"value"`
	Counted   bool   `json:"counted"`
	Overlap   string `json:"overlap,omitempty"`
	// Kind is "revenue" for values that stand for future sales (turned into
	// profit with the margin) and "cost" for costs avoided (pay-per-click).
	Kind string `json:"kind"`
}

// FunnelStage is one funnel step with its derived count and cost.
type FunnelStage struct {
	Stage            string `json:"stage,omitempty"`
	Metric           string `json:"metric"`
	Count            Value  `json:"count"`
	PaidCount        Value  `json:"paidCount"`
	FromRate         bool   `json:"fromRate,omitempty"`
	RateFromPrevious Value  `json:"rateFromPrevious"`
	RateFromFirst    Value  `json:"rateFromFirst"`
	CostPer          Value  `json:"costPer"`      // fully loaded: total cost / count
	MediaCostPer     Value  `json:"mediaCostPer"` // ad spend / paid count (or count)
	CostMetric       string `json:"costMetric"`   // cpm, cpc, cpl, cac or cost-per
}

// BreakEven is what it takes for direct revenue to pay back the cost: with a
// gross margin, the revenue whose gross profit covers the cost.
type BreakEven struct {
	Basis       string `json:"basis"` // "profit" or "revenue"
	Revenue     Value  `json:"revenue"`
	Conversions Value  `json:"conversions"`
	Gap         Value  `json:"gap"` // revenue still missing (0 when past break-even)
	Reached     bool   `json:"reached"`
}

// ChannelResult is cost, return and ROI for one channel. Cost is the
// channel's own lines (DirectCost) plus its share of the shared cost (lines
// without a channel), allocated by share of direct cost; Contribution is
// return minus direct cost, before shared cost.
type ChannelResult struct {
	Channel         string `json:"channel,omitempty"`
	DirectCost      Value  `json:"directCost"`
	SharedCost      Value  `json:"sharedCost"`
	Cost            Value  `json:"cost"`
	AdSpend         Value  `json:"adSpend"`
	Revenue         Value  `json:"revenue"`
	ActionValue     Value  `json:"actionValue"`
	Return          Value  `json:"return"`
	Contribution    Value  `json:"contribution"`
	ROI             Value  `json:"roi"`
	ROIProfit       Value  `json:"roiProfit"`
	Results         Value  `json:"results"`
	CostPerResult   Value  `json:"costPerResult"`
	AdCostPerResult Value  `json:"adCostPerResult"`
}

// SplitResult is the paid or the organic side of the work.
type SplitResult struct {
	Cost        Value `json:"cost"`
	Revenue     Value `json:"revenue"`
	ActionValue Value `json:"actionValue"`
	Return      Value `json:"return"`
	ROI         Value `json:"roi"`
	ROIProfit   Value `json:"roiProfit"`
}

// Subscriptions are the lifetime figures of repeat business: lifetime value
// = ARPA x margin / churn, CAC = cost / new customers, payback = CAC /
// (ARPA x margin) in months, and ROI on the new customers' lifetime value.
type Subscriptions struct {
	ARPA           Value  `json:"arpa"`
	Churn          Value  `json:"churn"`
	LifetimeMonths Value  `json:"lifetimeMonths"`
	Margin         bool   `json:"margin"` // whether LTV is on gross profit
	LTV            Range3 `json:"ltv"`
	Customers      Value  `json:"customers"`
	CAC            Value  `json:"cac"`
	PaybackMonths  Value  `json:"paybackMonths"`
	ROILifetime    Range3 `json:"roiLifetime"`
}

// GoalProgress is how far a goal is reached.
type GoalProgress struct {
	Metric   string `json:"metric"`
	Target   Value  `json:"target"`
	Actual   Value  `json:"actual"`
	Progress Value  `json:"progress"`
	Met      bool   `json:"met"`
	Deadline string `json:"deadline,omitempty"`
}

// WhatIf answers "which small change pays most": every funnel stage 10%
// better (relative), every cost line 10% cheaper, ranked in Best by what
// they add (gross profit when a margin is given, else value).
type WhatIf struct {
	Step   Value         `json:"step"`  // the relative step, percent (10)
	Basis  string        `json:"basis"` // what ROIDelta moves: "direct", "total", "profit" or "totalProfit"
	Funnel []FunnelLever `json:"funnel"`
	Costs  []CostLever   `json:"costs"`
	Best   []LeverRank   `json:"best"`
}

// FunnelLever is what a 10% better stage does (a rate of 20% becoming 22%,
// downstream stages keeping their rates), and the rate that stage alone
// would need for break-even. Curve is the ROI at other rates of that stage,
// for the chart.
type FunnelLever struct {
	Index            int          `json:"index"`
	Metric           string       `json:"metric"`
	Rate             Value        `json:"rate"`
	NewRate          Value        `json:"newRate"`
	ConversionsDelta Value        `json:"conversionsDelta"`
	ValueDelta       Value        `json:"valueDelta"`
	ProfitDelta      Value        `json:"profitDelta"`
	ROIDelta         Value        `json:"roiDelta"`
	BreakEvenRate    Value        `json:"breakEvenRate"`
	Reachable        bool         `json:"reachable"`
	Curve            []CurvePoint `json:"curve"`
}

// CurvePoint is the ROI (on the what-if's basis) at one rate of a stage.
type CurvePoint struct {
	Rate Value `json:"rate"`
	ROI  Value `json:"roi"`
}

// CostLever is what 10% less on one cost line does.
type CostLever struct {
	Index       int    `json:"index"`
	Label       string `json:"label"`
	Category    string `json:"category"`
	Delta       Value  `json:"costDelta"` // negative: the saving
	ProfitDelta Value  `json:"profitDelta"`
	ROIDelta    Value  `json:"roiDelta"`
}

// LeverRank is one lever in the ranking: Kind "funnel" or "cost", Index into
// WhatIf.Funnel or WhatIf.Costs, Gain what it adds.
type LeverRank struct {
	Kind  string `json:"kind"`
	Index int    `json:"index"`
	Gain  Value  `json:"gain"`
}
