// Package roi is the social media ROI engine: the scenario v1 format, its
// validation, and the report every figure of the product comes from. It is
// pure Go with exact decimal arithmetic and no I/O beyond what it is handed.
package roi

// FormatID and Version identify a scenario document. Version 2 changed what
// some figures mean (see docs/metrics.md, "Version 2"); version-1 documents
// are converted on read by Parse, which says what changed (see Migrate).
const (
	FormatID = "social-roi"
	Version  = 2
)

// Scenario is one campaign or period: the single source of truth that the
// app stores, exports, shares and embeds, and that the CLI reads.
type Scenario struct {
	Format        string     `json:"format"`
	Version       int        `json:"version"`
	Name          string     `json:"name,omitempty"`
	Currency      string     `json:"currency"`
	BusinessModel string     `json:"businessModel,omitempty"`
	Period        *Period    `json:"period,omitempty"`
	Costs         []Cost     `json:"costs"`
	Revenue       []Revenue  `json:"revenue"`
	Actions       []Action   `json:"actions"`
	Funnel        *Funnel    `json:"funnel,omitempty"`
	EarnedMedia   *Earned    `json:"earnedMedia,omitempty"`
	Savings       []Saving   `json:"savings,omitempty"`
	Lift          *Lift      `json:"lift,omitempty"`
	Indirect      []Indirect `json:"indirect,omitempty"`
	GrossMargin   Number     `json:"grossMargin,omitempty"`
	Goals         []Goal     `json:"goals,omitempty"`
	Tracking      *Tracking  `json:"tracking,omitempty"`
	// Subscription (v2) describes repeat revenue, for lifetime value.
	Subscription *Subscription `json:"subscription,omitempty"`
	// ExchangeRates (v2) are the rates used to convert imported amounts in
	// another currency into the scenario's, kept exactly with their date.
	ExchangeRates []ExchangeRate `json:"exchangeRates,omitempty"`
}

// Range is the low and the high end of an estimate whose likely value stands
// beside it (v2). Either end may be left out: it is then the likely value.
type Range struct {
	Low  Number `json:"low,omitempty"`
	High Number `json:"high,omitempty"`
}

// Origin says where a line came from when it was not typed but read from an
// ad-platform or analytics export (v2). Importing the same Key again replaces
// the line rather than adding it twice.
type Origin struct {
	Platform string `json:"platform"`           // meta, google-ads, linkedin, tiktok, ga4
	Key      string `json:"key"`                // platform, campaign and period: what a re-import replaces
	File     string `json:"file,omitempty"`     // the file's name, for the reader's information
	Currency string `json:"currency,omitempty"` // the file's currency when it was converted
	Amount   Number `json:"amount,omitempty"`   // the amount in that currency, before conversion
}

// ExchangeRate is 1 unit of Currency in the scenario's currency, on Date.
type ExchangeRate struct {
	Currency string `json:"currency"`
	Rate     Number `json:"rate"`
	Date     string `json:"date,omitempty"`
}

// Subscription describes repeat business (v2): the monthly average revenue
// per account, the monthly churn in percent, and how many new customers the
// period won (empty: the funnel's last stage).
type Subscription struct {
	ARPA         Number `json:"arpa"`
	ARPARange    *Range `json:"arpaRange,omitempty"`
	Churn        Number `json:"churn"`
	ChurnRange   *Range `json:"churnRange,omitempty"`
	NewCustomers Number `json:"newCustomers,omitempty"`
}

// Period is the time the scenario covers, as YYYY-MM-DD dates. Without both
// dates, Months (v2) gives its length; without either, a year is assumed and
// the report says so.
type Period struct {
	Start  string `json:"start,omitempty"`
	End    string `json:"end,omitempty"`
	Months Number `json:"months,omitempty"`
}

// Cost is one cost line. Staff lines are Hours x HourlyRate; all others Amount.
type Cost struct {
	Label      string `json:"label"`
	Category   string `json:"category"`
	Hours      Number `json:"hours,omitempty"`
	HourlyRate Number `json:"hourlyRate,omitempty"`
	Amount     Number `json:"amount,omitempty"`
	Channel    string `json:"channel,omitempty"`
	// Paid (v2) books a non-ads line (staff time, content) spent on paid
	// campaigns to the paid side; ads lines are paid by nature.
	Paid   bool    `json:"paid,omitempty"`
	Origin *Origin `json:"origin,omitempty"`
}

// Revenue is money attributed to social media. Attribution (v2) is the
// percent of it credited to social media (empty: 100): "would it have
// happened anyway?". Source "platform" marks revenue an ad platform reported
// (its own attribution), "analytics" revenue from web analytics.
type Revenue struct {
	Label            string  `json:"label"`
	Amount           Number  `json:"amount"`
	Channel          string  `json:"channel,omitempty"`
	Paid             bool    `json:"paid,omitempty"`
	Attribution      Number  `json:"attribution,omitempty"`
	AttributionRange *Range  `json:"attributionRange,omitempty"`
	Source           string  `json:"source,omitempty"`
	Origin           *Origin `json:"origin,omitempty"`
}

// Action is a counted action (a like, a lead) with a value per action.
type Action struct {
	Label     string     `json:"label"`
	Type      string     `json:"type"`
	Stage     string     `json:"stage,omitempty"`
	Count     Number     `json:"count"`
	UnitValue Number     `json:"unitValue,omitempty"`
	ValueFrom *ValueFrom `json:"valueFrom,omitempty"`
	Channel   string     `json:"channel,omitempty"`
	Paid      bool       `json:"paid,omitempty"`
	// UnitValueRange (v2) is the low and high of an entered unit value.
	UnitValueRange *Range `json:"unitValueRange,omitempty"`
	// InRevenue (v2) says whether the action's money is already in the
	// revenue lines (the closed deals of these leads): true, shown but never
	// added; false, confirmed separate (open pipeline, future orders); not
	// given, added with a warning when revenue stands beside it.
	InRevenue *bool `json:"inRevenue,omitempty"`
}

// ValueFrom derives an action's unit value: "conversion" is Rate% x Value (a
// lead closes 20% of the time at 400: 80 a lead); "cpc" is Value, the price
// the same click would have cost as an ad.
type ValueFrom struct {
	Method     string `json:"method"`
	Rate       Number `json:"rate,omitempty"`
	RateRange  *Range `json:"rateRange,omitempty"`
	Value      Number `json:"value"`
	ValueRange *Range `json:"valueRange,omitempty"`
}

// Funnel is awareness -> interest -> evaluation -> purchase, in order.
// Attribution (v2) is the percent of the funnel's revenue credited to
// social media when it is counted as revenue (empty: 100).
type Funnel struct {
	Stages                  []Stage `json:"stages"`
	ValuePerConversion      Number  `json:"valuePerConversion,omitempty"`
	ValuePerConversionRange *Range  `json:"valuePerConversionRange,omitempty"`
	UseAsRevenue            bool    `json:"useAsRevenue,omitempty"`
	Attribution             Number  `json:"attribution,omitempty"`
	AttributionRange        *Range  `json:"attributionRange,omitempty"`
}

// Stage is one funnel step: a Count, or a Rate in percent of the previous count.
type Stage struct {
	Stage  string `json:"stage,omitempty"`
	Metric string `json:"metric"`
	Count  Number `json:"count,omitempty"`
	Rate   Number `json:"rate,omitempty"`
	// PaidCount (v2) is the part of the stage's count that ads bought (paid
	// impressions, paid clicks): the ad-only media metrics divide by it.
	PaidCount Number  `json:"paidCount,omitempty"`
	Origin    *Origin `json:"origin,omitempty"`
}

// Earned values organic traffic at what it would have cost as paid clicks.
// Visits are unpaid visits only (v2): paid clicks were bought already.
type Earned struct {
	Visits            Number `json:"visits"`
	CostPerClick      Number `json:"costPerClick"`
	CostPerClickRange *Range `json:"costPerClickRange,omitempty"`
}

// Saving is a cost avoided thanks to social media (support answered publicly).
type Saving struct {
	Label         string `json:"label"`
	Count         Number `json:"count"`
	UnitCost      Number `json:"unitCost"`
	UnitCostRange *Range `json:"unitCostRange,omitempty"`
}

// Lift compares customers who engage on social with the rest. The values
// are per customer and per year; v2 prorates them to the scenario's period.
type Lift struct {
	EngagedCustomers  Number `json:"engagedCustomers"`
	EngagedValue      Number `json:"engagedValue"`
	EngagedValueRange *Range `json:"engagedValueRange,omitempty"`
	BaselineValue     Number `json:"baselineValue"`
}

// Indirect is a return the marketer sees but does not put a number on.
type Indirect struct {
	Kind string `json:"kind"`
	Note string `json:"note,omitempty"`
}

// Goal is a target for one metric, by an optional deadline.
type Goal struct {
	Metric   string `json:"metric"`
	Target   Number `json:"target"`
	Deadline string `json:"deadline,omitempty"`
}

// Tracking holds the UTM link builder's settings (an extension of v1).
type Tracking struct {
	BaseURL string `json:"baseUrl,omitempty"`
	Content string `json:"content,omitempty"`
	Term    string `json:"term,omitempty"`
}

// The enumerations of scenario v1, in the order they are shown.
var (
	BusinessModels = []string{"ecommerce", "b2b", "saas", "local", "custom"}
	CostCategories = []string{"staff", "ads", "tools", "content", "training", "service", "other"}
	ActionTypes    = []string{"micro", "macro"}
	FunnelStages   = []string{"awareness", "interest", "evaluation", "purchase"}
	ValueMethods   = []string{"conversion", "cpc"}
	IndirectKinds  = []string{"thought-leadership", "relationships", "word-of-mouth", "reputation", "search-authority", "indirect-sales", "content-skills", "other"}
	KnownChannels  = []string{"facebook", "instagram", "linkedin", "x", "tiktok", "youtube", "pinterest"}
	GoalMetrics    = []string{"revenue", "return", "roi", "roiTotal", "roiProfit", "grossProfit", "roas", "cost", "conversions", "actionValue", "earnedMedia", "savings"}
	RevenueSources = []string{"manual", "platform", "analytics"}
)

// MaxFunnelStages bounds a funnel: no real funnel has more steps, and the
// work of the funnel's figures grows with their square.
const MaxFunnelStages = 20

// MaxShortList bounds the lists a person fills in by hand, one line at a
// time (savings, returns without a number, goals, exchange rates): far past
// any real scenario, and it keeps the work of the largest valid scenario
// within its budget. Costs, revenue and actions, which imports fill, keep
// MaxListLength.
const MaxShortList = 100

// ListLimit is how many entries a list of the scenario may hold, by its
// JSON path ("costs", "funnel.stages").
func ListLimit(list string) int {
	switch list {
	case "funnel.stages":
		return MaxFunnelStages
	case "savings", "indirect", "goals", "exchangeRates":
		return MaxShortList
	}
	return MaxListLength
}

// New returns an empty scenario in the given currency, ready to fill in.
func New(name, currency string) Scenario {
	return Scenario{Format: FormatID, Version: Version, Name: name, Currency: currency, BusinessModel: "custom",
		Costs: []Cost{}, Revenue: []Revenue{}, Actions: []Action{}}
}

// Clone returns a deep copy, so that edits to one never show in the other.
func (s Scenario) Clone() Scenario {
	c := s
	c.Period = clonePtr(s.Period)
	c.Costs = append([]Cost{}, s.Costs...)
	for i := range c.Costs {
		c.Costs[i].Origin = clonePtr(c.Costs[i].Origin)
	}
	c.Revenue = append([]Revenue{}, s.Revenue...)
	for i := range c.Revenue {
		r := &c.Revenue[i]
		r.AttributionRange, r.Origin = clonePtr(r.AttributionRange), clonePtr(r.Origin)
	}
	c.Actions = append([]Action{}, s.Actions...)
	for i := range c.Actions {
		a := &c.Actions[i]
		a.UnitValueRange, a.InRevenue = clonePtr(a.UnitValueRange), clonePtr(a.InRevenue)
		if a.ValueFrom != nil {
			v := *a.ValueFrom
			v.RateRange, v.ValueRange = clonePtr(v.RateRange), clonePtr(v.ValueRange)
			a.ValueFrom = &v
		}
	}
	if s.Funnel != nil {
		f := *s.Funnel
		f.Stages = append([]Stage(nil), s.Funnel.Stages...)
		for i := range f.Stages {
			f.Stages[i].Origin = clonePtr(f.Stages[i].Origin)
		}
		f.ValuePerConversionRange, f.AttributionRange = clonePtr(f.ValuePerConversionRange), clonePtr(f.AttributionRange)
		c.Funnel = &f
	}
	if s.EarnedMedia != nil {
		e := *s.EarnedMedia
		e.CostPerClickRange = clonePtr(e.CostPerClickRange)
		c.EarnedMedia = &e
	}
	c.Savings = append([]Saving(nil), s.Savings...)
	for i := range c.Savings {
		c.Savings[i].UnitCostRange = clonePtr(c.Savings[i].UnitCostRange)
	}
	if s.Lift != nil {
		l := *s.Lift
		l.EngagedValueRange = clonePtr(l.EngagedValueRange)
		c.Lift = &l
	}
	c.Indirect = append([]Indirect(nil), s.Indirect...)
	c.Goals = append([]Goal(nil), s.Goals...)
	c.Tracking = clonePtr(s.Tracking)
	if s.Subscription != nil {
		u := *s.Subscription
		u.ARPARange, u.ChurnRange = clonePtr(u.ARPARange), clonePtr(u.ChurnRange)
		c.Subscription = &u
	}
	c.ExchangeRates = append([]ExchangeRate(nil), s.ExchangeRates...)
	return c
}

// clonePtr copies what p points to (nil stays nil).
func clonePtr[T any](p *T) *T {
	if p == nil {
		return nil
	}
	v := *p
	return &v
}
