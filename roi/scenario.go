// Package roi is the social media ROI engine: the scenario v1 format, its
// validation, and the report every figure of the product comes from. It is
// pure Go with exact decimal arithmetic and no I/O beyond what it is handed.
package roi

// FormatID and Version identify a scenario document.
const (
	FormatID = "social-roi"
	Version  = 1
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
}

// Period is the time the scenario covers, as YYYY-MM-DD dates.
type Period struct {
	Start string `json:"start,omitempty"`
	End   string `json:"end,omitempty"`
}

// Cost is one cost line. Staff lines are Hours x HourlyRate; all others Amount.
type Cost struct {
	Label      string `json:"label"`
	Category   string `json:"category"`
	Hours      Number `json:"hours,omitempty"`
	HourlyRate Number `json:"hourlyRate,omitempty"`
	Amount     Number `json:"amount,omitempty"`
	Channel    string `json:"channel,omitempty"`
}

// Revenue is money attributed to social media.
type Revenue struct {
	Label   string `json:"label"`
	Amount  Number `json:"amount"`
	Channel string `json:"channel,omitempty"`
	Paid    bool   `json:"paid,omitempty"`
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
}

// ValueFrom derives an action's unit value: "conversion" is Rate% x Value (a
// lead closes 20% of the time at 400: 80 a lead); "cpc" is Value, the price
// the same click would have cost as an ad.
type ValueFrom struct {
	Method string `json:"method"`
	Rate   Number `json:"rate,omitempty"`
	Value  Number `json:"value"`
}

// Funnel is awareness -> interest -> evaluation -> purchase, in order.
type Funnel struct {
	Stages             []Stage `json:"stages"`
	ValuePerConversion Number  `json:"valuePerConversion,omitempty"`
	UseAsRevenue       bool    `json:"useAsRevenue,omitempty"`
}

// Stage is one funnel step: a Count, or a Rate in percent of the previous count.
type Stage struct {
	Stage  string `json:"stage,omitempty"`
	Metric string `json:"metric"`
	Count  Number `json:"count,omitempty"`
	Rate   Number `json:"rate,omitempty"`
}

// Earned values organic traffic at what it would have cost as paid clicks.
type Earned struct {
	Visits       Number `json:"visits"`
	CostPerClick Number `json:"costPerClick"`
}

// Saving is a cost avoided thanks to social media (support answered publicly).
type Saving struct {
	Label    string `json:"label"`
	Count    Number `json:"count"`
	UnitCost Number `json:"unitCost"`
}

// Lift compares customers who engage on social with the rest.
type Lift struct {
	EngagedCustomers Number `json:"engagedCustomers"`
	EngagedValue     Number `json:"engagedValue"`
	BaselineValue    Number `json:"baselineValue"`
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
	GoalMetrics    = []string{"revenue", "return", "roi", "roiTotal", "roas", "cost", "conversions", "actionValue", "earnedMedia", "savings"}
)

// New returns an empty scenario in the given currency, ready to fill in.
func New(name, currency string) Scenario {
	return Scenario{Format: FormatID, Version: Version, Name: name, Currency: currency, BusinessModel: "custom",
		Costs: []Cost{}, Revenue: []Revenue{}, Actions: []Action{}}
}

// Clone returns a deep copy, so that edits to one never show in the other.
func (s Scenario) Clone() Scenario {
	c := s
	if s.Period != nil {
		p := *s.Period
		c.Period = &p
	}
	c.Costs = append([]Cost(nil), s.Costs...)
	c.Revenue = append([]Revenue(nil), s.Revenue...)
	c.Actions = append([]Action(nil), s.Actions...)
	for i := range c.Actions {
		if c.Actions[i].ValueFrom != nil {
			v := *c.Actions[i].ValueFrom
			c.Actions[i].ValueFrom = &v
		}
	}
	if s.Funnel != nil {
		f := *s.Funnel
		f.Stages = append([]Stage(nil), s.Funnel.Stages...)
		c.Funnel = &f
	}
	if s.EarnedMedia != nil {
		e := *s.EarnedMedia
		c.EarnedMedia = &e
	}
	c.Savings = append([]Saving(nil), s.Savings...)
	if s.Lift != nil {
		l := *s.Lift
		c.Lift = &l
	}
	c.Indirect = append([]Indirect(nil), s.Indirect...)
	c.Goals = append([]Goal(nil), s.Goals...)
	if s.Tracking != nil {
		t := *s.Tracking
		c.Tracking = &t
	}
	if c.Costs == nil {
		c.Costs = []Cost{}
	}
	if c.Revenue == nil {
		c.Revenue = []Revenue{}
	}
	if c.Actions == nil {
		c.Actions = []Action{}
	}
	return c
}
