package roi

import (
	"encoding/json"
	"reflect"
	"sort"
	"strings"
)

var numberType = reflect.TypeOf(Number(""))

// Message is something the engine says to a person: a warning, the reason a
// figure is undefined, or what is wrong with an input. Code picks the
// sentence and Args fill its {0}, {1}... places, so the app can say it in any
// language; String says it in English.
type Message struct {
	Code string   `json:"code"`
	Args []string `json:"args,omitempty"`
}

// String renders the message in English.
func (m Message) String() string { return Render(m.Template("en"), m) }

// pluralArgs are the messages whose sentence depends on a count: the index
// of the argument that holds it. Their templates are written in plural
// forms ("one=…|other=…", see PluralForm).
var pluralArgs = map[string]int{
	"doc.toolarge":   0,
	"doc.toomany":    0,
	"doc.toolongtxt": 0,
	"share.toolarge": 0,
}

// PluralArg is the index of the argument that picks the message's plural
// form, or -1 when the sentence has no count.
func PluralArg(code string) int {
	if i, ok := pluralArgs[code]; ok {
		return i
	}
	return -1
}

// Template is the message's sentence in lang (English when lang or the
// sentence is not known), in the plural form its count needs; the app
// renders it with its own formatting of the arguments.
func (m Message) Template(lang string) string {
	l := SupportedLanguage(lang)
	tpl := messageIn(l, m.Code)
	if tpl == "" {
		l, tpl = "en", EnglishMessages[m.Code]
	}
	if i := PluralArg(m.Code); i >= 0 && i < len(m.Args) {
		return PluralForm(l, tpl, m.Args[i])
	}
	if IsPlural(tpl) {
		return PluralForms(tpl)["other"]
	}
	return tpl
}

// MarshalJSON writes the English sentence: report v1 lists warnings as text.
func (m Message) MarshalJSON() ([]byte, error) { return json.Marshal(m.String()) }

// Render fills a template's {0}, {1}... places with the message's arguments.
// An unknown template falls back to the code itself, so nothing is ever blank.
func Render(template string, m Message) string {
	if template == "" {
		template = m.Code
		for i := range m.Args {
			template += " {" + string(rune('0'+i)) + "}"
		}
	}
	var b strings.Builder
	for i := 0; i < len(template); i++ {
		c := template[i]
		if c == '{' && i+2 < len(template) && template[i+2] == '}' && template[i+1] >= '0' && template[i+1] <= '9' {
			k := int(template[i+1] - '0')
			if k < len(m.Args) {
				b.WriteString(m.Args[k])
			}
			i += 2
			continue
		}
		b.WriteByte(c)
	}
	return b.String()
}

// MessageCodes lists every code the engine can emit, sorted; the app's
// translations are checked against it.
func MessageCodes() []string {
	codes := make([]string, 0, len(EnglishMessages))
	for c := range EnglishMessages {
		codes = append(codes, c)
	}
	sort.Strings(codes)
	return codes
}

// argUnits say which arguments of a message are figures, and of what unit,
// so that the app can format them the reader's way; the others are text.
var argUnits = map[string][]Unit{
	"warn.tinycost":       {UnitMoney, UnitMoney},
	"warn.liftnegative":   {UnitMoney, UnitMoney},
	"warn.adsnopaid":      {UnitMoney},
	"warn.mostlyestimate": {UnitPercent},
	"warn.inrevenue":      {0, UnitMoney},
	"warn.paidclick":      {0, UnitMoney},
	"warn.earnedclick":    {0, UnitMoney},
	"migrate.lift":        {UnitMoney, UnitMoney, UnitCount},
	"migrate.breakeven":   {UnitMoney, UnitMoney, UnitPercent},
	"migrate.headline":    {UnitPercent, UnitPercent},
	"migrate.paidclick":   {0, UnitMoney},
	"migrate.earnedclick": {0, UnitMoney},
	"migrate.channels":    {UnitMoney},
	"migrate.organic":     {UnitMoney},
	"warn.doublefunnel":   {UnitMoney},
	"verdict.loss":        {UnitMoney, UnitPercent},
	"verdict.gain":        {UnitMoney, UnitPercent},
	"verdict.even":        {UnitMoney, UnitPercent},
	"verdict.profit.loss": {UnitMoney, UnitPercent},
	"verdict.profit.gain": {UnitMoney, UnitPercent},
	"verdict.profit.even": {UnitMoney, UnitPercent},
	"verdict.total.loss":  {UnitMoney, UnitPercent},
	"verdict.total.gain":  {UnitMoney, UnitPercent},
	"verdict.total.even":  {UnitMoney, UnitPercent},
	"verdict.range":       {UnitMoney, UnitMoney, UnitPercent, UnitPercent},
}

// ArgUnit is the unit of argument i when it is a figure (money in the
// report's currency, a percent number, a count), or 0 for text.
func (m Message) ArgUnit(i int) Unit {
	if u := argUnits[m.Code]; i < len(u) {
		return u[i]
	}
	return 0
}

// EnglishMessages are the engine's sentences in English. Arguments are plain
// text or exact decimal strings (the app formats those the local way).
var EnglishMessages = map[string]string{
	// numbers
	"num.empty":     "a number is needed",
	"num.toolong":   "{0} is too long to be a number",
	"num.invalid":   "{0} is not a number",
	"num.grouping":  "{0} has digit groups in the wrong places",
	"num.toolarge":  "{0} is too large (at most 15 digits before the decimal mark)",
	"num.precision": "{0} has too many decimal places (at most 12)",
	"num.currency":  "this scenario is in {0}; enter the amount without {1}, or change the currency",

	// documents
	"doc.toolarge":   "one=the document is larger than {0} byte and was not read|other=the document is larger than {0} bytes and was not read",
	"doc.syntax":     "this is not valid JSON: {0}",
	"doc.notobject":  "the document must be a JSON object",
	"doc.format":     "format must be \"social-roi\", not {0}",
	"doc.noformat":   "format is missing: this does not look like a social ROI scenario",
	"doc.version":    "version {0} is not supported: this program reads versions 1 and 2",
	"doc.noversion":  "version is missing",
	"doc.unknownkey": "unknown key {0} was ignored (it may come from a newer version)",
	"doc.type":       "must be {0}",
	"doc.toomany":    "one=at most {0} entry is allowed|other=at most {0} entries are allowed",
	"doc.toolongtxt": "one=is too long (at most {0} character)|other=is too long (at most {0} characters)",

	// version upgrades: what a figure means now
	"migrate.v1":          "This scenario was saved in version {0} and is now read as version {1}: nothing you entered changed, but some figures are worked out more strictly.",
	"migrate.lift":        "Customer lift is a yearly value: it counted {0} in full and now counts {1} for the period ({2} of a year).",
	"migrate.period":      "The scenario has no dates, so yearly values are counted for a whole year: enter the dates to prorate them.",
	"migrate.breakeven":   "Break-even now needs the gross profit to cover the cost: revenue of {1} at a {2}% margin, not {0}.",
	"migrate.headline":    "With a gross margin, the report now leads with ROI on gross profit ({0}%) before ROI on revenue ({1}%); channels are ranked on it too.",
	"migrate.paidclick":   "{0} ({1}) are paid clicks: their pay-per-click value is no longer added to the return.",
	"migrate.earnedclick": "{0} ({1}) are the same unpaid visits that earned media values: no longer added twice.",
	"migrate.channels":    "Each channel's ROI now carries its share of the {0} of costs shared by all channels.",
	"migrate.whatif":      "What-if levers now make each funnel stage 10% better (a 20% rate becomes 22%) instead of adding one point, and each cost line 10% cheaper instead of 10% dearer.",
	"migrate.organic":     "Paid vs organic: the organic side now also holds earned media, savings and customer lift ({0}), and paid cost includes staff time and content marked as spent on ads.",

	// share links
	"share.empty":    "the link carries no scenario",
	"share.toolarge": "one=the link is too long (over {0} character): it was not opened|other=the link is too long (over {0} characters): it was not opened",
	"share.corrupt":  "the link is damaged (cut short or changed) and cannot be read",

	// fields
	"field.required":      "is required",
	"field.negative":      "cannot be negative",
	"field.percent":       "must be between 0 and 100",
	"field.enum":          "{0} is not one of: {1}",
	"field.currency":      "{0} is not an ISO 4217 currency code (such as EUR, USD, NOK)",
	"field.date":          "{0} is not a date (YYYY-MM-DD)",
	"field.period":        "the period ends before it starts",
	"field.channel":       "{0} is not a channel id: use lower-case letters, digits and -",
	"field.staffamount":   "staff cost is hours x hourlyRate: use those instead of amount",
	"field.nostaffhrs":    "hours and hourlyRate belong to staff lines only: use amount",
	"field.bothvalues":    "give either unitValue or valueFrom, not both",
	"field.countrate":     "give either a count or a rate, not both",
	"field.nocountrate":   "give a count or a rate",
	"field.firstrate":     "the first stage needs a count: there is no previous stage to take a rate of",
	"field.months":        "must be at most 1200 months",
	"field.rangenolikely": "give the likely value as well as its range",
	"field.rangelow":      "the low end is above the likely value",
	"field.rangehigh":     "the high end is below the likely value",
	"field.paidcount":     "the paid count is larger than the stage's count",
	"field.goalmetric":    "{0} is not a goal metric: use one of {1}, or a funnel metric",

	// undefined figures
	"na.nocost":       "no cost is entered, so there is nothing to divide by",
	"na.noadspend":    "no ad spend is entered",
	"na.nomargin":     "no gross margin is entered",
	"na.zerocount":    "this stage has no count",
	"na.zeroprev":     "the previous stage has no count",
	"na.firststage":   "the first stage has no previous stage",
	"na.novalue":      "no value per conversion is entered",
	"na.zerotarget":   "the target is zero",
	"na.nofunnel":     "no funnel is entered",
	"na.zerorate":     "this stage's rate is zero, so no other rate can be scaled from it",
	"na.noconversion": "the funnel ends with no conversions",
	"na.nocompare":    "the figure is missing on one side",
	"na.currency":     "the two scenarios use different currencies",
	"na.zerobase":     "the first value is zero",
	"na.zeromargin":   "the gross margin is zero, so no revenue covers the cost",
	"na.nopaidcount":  "no paid count is entered; media metrics use the whole count",
	"na.nodates":      "the period has no dates",
	"na.noresults":    "no macro actions are entered for this channel",
	"na.zeroshare":    "none of the funnel's revenue is credited to social",
	"na.noarpa":       "no revenue per account is entered",
	"na.sharedout":    "these costs are shared out to the channels",
	"na.nochurn":      "no churn is entered, so a customer never leaves",
	"na.nocustomers":  "no new customers are entered or counted by the funnel",

	// warnings
	"warn.inrevenue":       "{0} is valued at {1} beside revenue of the same channel: if those are the same sales (leads that closed), mark it as already in revenue; if it is open pipeline, mark it as separate.",
	"warn.paidclick":       "{0} are paid clicks valued at a pay-per-click price ({1}): the ad spend bought them, so they are shown but not added to the return.",
	"warn.earnedclick":     "{0} are unpaid clicks valued at a pay-per-click price ({1}), the same visits earned media values: shown, not added twice.",
	"warn.periodassumed":   "The scenario has no dates: yearly values (customer lift) are counted for a whole year. Enter the period's dates or months.",
	"warn.platformrevenue": "{0} is revenue an ad platform reported with its own attribution, credited 100% to social: set the share you believe.",
	"warn.doublefunnel":    "The funnel's conversions are counted as revenue ({0}) and revenue lines are also entered: check they are not the same sales.",
	"warn.funnelgrows":     "The funnel grows from {0} to {1}: each stage should be a subset of the one before.",
	"warn.tinycost":        "The ROI rests on a small cost of {0} against a return of {1}: a small change in cost swings it a lot. Check that all costs, staff time first, are counted.",
	"warn.nostaff":         "No staff time is counted: the hours people spend are usually the largest cost of social media.",
	"warn.nocost":          "No costs are entered: ROI cannot be computed without them.",
	"warn.adsnopaid":       "Ads cost {0} but no revenue is marked as paid, so ROAS is 0.",
	"warn.liftnegative":    "Engaged customers are worth less than others ({0} vs {1}): the lift is negative.",
	"warn.mostlyestimate":  "{0}% of the total return is estimated (action values, earned media, savings, lift): show the direct ROI first.",
	"warn.novalue":         "{0} has no value per action, so it adds nothing.",

	// the verdict (verdict.go): money without its sign, the verb says it
	"verdict.nocost":      "No cost is entered yet, so there is no return to measure: add what the work cost, staff time first.",
	"verdict.loss":        "On booked sales you lost {0} (ROI {1}%).",
	"verdict.gain":        "On booked sales you gained {0} (ROI {1}%).",
	"verdict.even":        "On booked sales you broke even: the revenue exactly covers the cost (ROI {1}%).",
	"verdict.profit.loss": "On the gross profit of booked sales you lost {0} (ROI on gross profit {1}%).",
	"verdict.profit.gain": "On the gross profit of booked sales you gained {0} (ROI on gross profit {1}%).",
	"verdict.profit.even": "On the gross profit of booked sales you broke even: the profit exactly covers the cost (ROI on gross profit {1}%).",
	"verdict.total.loss":  "Counting the estimated values too (actions, earned media, savings, lift), you lost {0} (total ROI {1}%, an estimate).",
	"verdict.total.gain":  "Counting the estimated values too (actions, earned media, savings, lift), you gained {0} (total ROI {1}%, an estimate).",
	"verdict.total.even":  "Counting the estimated values too (actions, earned media, savings, lift), you broke even (total ROI {1}%, an estimate).",
	"verdict.range":       "Estimate: from {0} to {1} (ROI {2}% to {3}%), with the estimates at their low and high ends.",
}
