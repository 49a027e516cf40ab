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
}

// Defined reports whether the figure exists.
func (v Value) Defined() bool { return v.ok }

// Exact returns the unrounded value (zero when undefined).
func (v Value) Exact() decimal.Decimal { return v.exact }

// Unit returns the figure's unit.
func (v Value) Unit() Unit { return v.unit }

// Reason says why the figure is undefined.
func (v Value) Reason() Message { return Message{Code: v.why} }

// Rounded returns the value rounded for presentation: half away from zero,
// to the unit's places. Zero is never negative.
func (v Value) Rounded() decimal.Decimal {
	r := v.exact.Round(v.places)
	if r.IsZero() {
		return decimal.Zero
	}
	return r
}

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
	Totals        Totals          `json:"totals"`
	CostBreakdown []CategoryCost  `json:"costBreakdown"`
	CostLines     []CostLine      `json:"costLines"`
	ROI           ROI             `json:"roi"`
	ROAS          Value           `json:"roas"`
	Actions       []ActionValue   `json:"actions"`
	Funnel        []FunnelStage   `json:"funnel"`
	FunnelRate    Value           `json:"funnelConversionRate"`
	BreakEven     BreakEven       `json:"breakEven"`
	Channels      []ChannelResult `json:"channels"`
	Unallocated   ChannelResult   `json:"unallocated"`
	Paid          SplitResult     `json:"paid"`
	Organic       SplitResult     `json:"organic"`
	Goals         []GoalProgress  `json:"goals"`
	Indirect      []Indirect      `json:"indirect"`
	WhatIf        WhatIf          `json:"whatIf"`
	Warnings      []Message       `json:"warnings"`
}

// Totals are the sums behind ROI.
type Totals struct {
	Cost            Value `json:"cost"`
	StaffCost       Value `json:"staffCost"`
	StaffHours      Value `json:"staffHours"`
	AdSpend         Value `json:"adSpend"`
	DirectRevenue   Value `json:"directRevenue"`
	PaidRevenue     Value `json:"paidRevenue"`
	FunnelRevenue   Value `json:"funnelRevenue"`
	ActionValue     Value `json:"actionValue"`
	MicroValue      Value `json:"microValue"`
	MacroValue      Value `json:"macroValue"`
	EarnedMedia     Value `json:"earnedMedia"`
	Savings         Value `json:"savings"`
	Lift            Value `json:"lift"`
	EstimatedReturn Value `json:"estimatedReturn"`
	TotalReturn     Value `json:"totalReturn"`
	NetDirect       Value `json:"netDirect"`
	NetTotal        Value `json:"netTotal"`
	GrossProfit     Value `json:"grossProfit"`
}

// ROI holds the three returns on investment, in percent.
type ROI struct {
	Direct Value `json:"direct"` // (directRevenue - cost) / cost x 100
	Total  Value `json:"total"`  // (totalReturn - cost) / cost x 100, estimates included
	Profit Value `json:"profit"` // (directRevenue x margin - cost) / cost x 100
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
	Cost     Value  `json:"cost"`
}

// ActionValue is one action's value: count x unit value.
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
}

// FunnelStage is one funnel step with its derived count and cost.
type FunnelStage struct {
	Stage            string `json:"stage,omitempty"`
	Metric           string `json:"metric"`
	Count            Value  `json:"count"`
	FromRate         bool   `json:"fromRate,omitempty"`
	RateFromPrevious Value  `json:"rateFromPrevious"`
	RateFromFirst    Value  `json:"rateFromFirst"`
	CostPer          Value  `json:"costPer"`
	CostMetric       string `json:"costMetric"` // cpm, cpc, cpl, cac or cost-per
}

// BreakEven is what it takes for direct revenue to pay back the cost.
type BreakEven struct {
	Revenue     Value `json:"revenue"`
	Conversions Value `json:"conversions"`
	Gap         Value `json:"gap"` // revenue still missing (0 when past break-even)
}

// ChannelResult is cost, return and ROI for one channel.
type ChannelResult struct {
	Channel     string `json:"channel,omitempty"`
	Cost        Value  `json:"cost"`
	Revenue     Value  `json:"revenue"`
	ActionValue Value  `json:"actionValue"`
	Return      Value  `json:"return"`
	ROI         Value  `json:"roi"`
}

// SplitResult is the paid or the organic side of the work.
type SplitResult struct {
	Cost        Value `json:"cost"`
	Revenue     Value `json:"revenue"`
	ActionValue Value `json:"actionValue"`
	Return      Value `json:"return"`
	ROI         Value `json:"roi"`
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

// WhatIf answers "which small change pays most".
type WhatIf struct {
	Funnel []FunnelLever `json:"funnel"`
	Costs  []CostLever   `json:"costs"`
}

// FunnelLever is what +1 percentage point on one stage's rate does, and the
// rate that stage alone would need for break-even.
type FunnelLever struct {
	Index            int    `json:"index"`
	Metric           string `json:"metric"`
	Rate             Value  `json:"rate"`
	ConversionsDelta Value  `json:"conversionsDelta"`
	ValueDelta       Value  `json:"valueDelta"`
	ROIDelta         Value  `json:"roiDelta"`
	BreakEvenRate    Value  `json:"breakEvenRate"`
	Reachable        bool   `json:"reachable"`
}

// CostLever is what +10% on one cost line does to the direct ROI.
type CostLever struct {
	Index    int    `json:"index"`
	Label    string `json:"label"`
	Category string `json:"category"`
	Delta    Value  `json:"costDelta"`
	ROIDelta Value  `json:"roiDelta"`
}
