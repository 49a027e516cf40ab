package adimport

import (
	"slices"
	"strings"

	"github.com/shopspring/decimal"

	"github.com/socialroi/socialroi/roi"
)

// Grouping says how imported campaigns become scenario lines.
const (
	GroupChannel  = "channel"  // one line per platform, channel and paid/organic (the default)
	GroupCampaign = "campaign" // one line per campaign
)

// CampaignChoice is the user's correction of one campaign's guesses. Empty
// or nil fields keep the reader's guess.
type CampaignChoice struct {
	Channel string `json:"channel,omitempty"` // facebook, instagram… or any channel id
	Paid    *bool  `json:"paid,omitempty"`
	Include *bool  `json:"include,omitempty"` // false leaves it out; true takes in a non-social GA4 row
}

// Choices are what the user confirmed in the mapping step.
type Choices struct {
	// Group is GroupChannel (also when empty) or GroupCampaign.
	Group string `json:"group,omitempty"`
	// Attribution is the percent of platform-reported revenue credited to
	// social media, set on those revenue lines; empty leaves it at 100.
	Attribution roi.Number `json:"attribution,omitempty"`
	// Rates convert files in another currency than the scenario's: 1 unit
	// of Currency in the scenario's currency, with the rate's date.
	Rates []roi.ExchangeRate `json:"rates,omitempty"`
	// ConversionsFrom, when set, is the only platform whose conversions the
	// funnel counts; empty adds every platform's (with a warning when more
	// than one reports them).
	ConversionsFrom Platform `json:"conversionsFrom,omitempty"`
	// Campaigns holds corrections, by CampaignKey(file name, campaign name).
	Campaigns map[string]CampaignChoice `json:"campaigns,omitempty"`
}

// CampaignKey is the key of a campaign's entry in Choices.Campaigns.
func CampaignKey(file, campaign string) string { return file + "\x00" + campaign }

// FileResult says what became of one file.
type FileResult struct {
	Name     string   `json:"name"`
	Platform Platform `json:"platform"`
	Imported bool     `json:"imported"` // false: see the summary's problems
	Lines    int      `json:"lines"`    // cost and revenue lines it gave
}

// Summary says what Apply did: which files were imported, how many lines
// were added or replaced, the problems that kept a file out and the
// warnings the user should read.
type Summary struct {
	// Files has an entry per file, in order, except a file replaced by a
	// later one of the same platform, account and period (a warning says so).
	Files    []FileResult `json:"files"`
	Added    int          `json:"added"`
	Replaced int          `json:"replaced"`
	Problems []Message    `json:"problems,omitempty"`
	Warnings []Message    `json:"warnings,omitempty"`
}

// OK reports whether every file was imported.
func (s Summary) OK() bool { return len(s.Problems) == 0 }

// line is a scenario line being built from one or more campaigns.
type line struct {
	key, label, channel  string
	platform             Platform
	file                 string
	paid                 bool
	spend, value         decimal.Decimal // in the scenario's currency
	spendOrig, valueOrig decimal.Decimal
	hasSpend, hasValue   bool
	currency             string // the file's, when converted
}

// Apply returns a new scenario: s with the figures of files added as the
// choices say. s itself is never changed. Lines carry an Origin whose Key
// is the platform, the period and the channel (or campaign): importing the
// same file or period again replaces those lines instead of adding them.
//
// From ad platforms: one "ads" cost line per channel (or campaign), paid
// revenue from their conversion value (Source "platform", the chosen
// attribution), and the funnel's impressions, clicks, leads and
// conversions. From GA4: revenue per channel, organic or paid (Source
// "analytics"), unpaid social sessions as earned media visits, and
// sessions as the funnel's interest stage when no ad file gives clicks.
func Apply(s roi.Scenario, files []*File, c Choices) (roi.Scenario, Summary) {
	out := s.Clone()
	var sum Summary
	problem := func(code string, args ...string) { sum.Problems = append(sum.Problems, msg(code, args...)) }
	warn := func(code string, args ...string) { sum.Warnings = append(sum.Warnings, msg(code, args...)) }

	group := c.Group
	if group == "" {
		group = GroupChannel
	}
	if group != GroupChannel && group != GroupCampaign {
		problem("import.apply.badgroup", quote(group))
		return out, sum
	}
	if !c.Attribution.IsZero() {
		a, err := roi.ParseDecimal(string(c.Attribution))
		if err != nil || a.IsNegative() || a.GreaterThan(decimal.NewFromInt(100)) {
			problem("import.apply.badattr", quote(string(c.Attribution)))
			return out, sum
		}
	}

	var costs, revenue []*line
	byKey := map[string]*line{}
	// counts per funnel metric and platform, in the scenario's terms
	type count struct {
		platform Platform
		n        decimal.Decimal
	}
	counts := map[string][]count{}
	addCount := func(metric string, p Platform, n Num) {
		if !n.Known {
			return
		}
		cs := counts[metric]
		for i := range cs {
			if cs[i].platform == p {
				cs[i].n = cs[i].n.Add(n.Value)
				return
			}
		}
		counts[metric] = append(cs, count{p, n.Value})
	}
	var organicSessions decimal.Decimal
	var hasOrganic bool
	var adSpend, adClicks decimal.Decimal

	files = latestOfEach(files, warn)
	for _, f := range files {
		res := FileResult{Name: f.Name, Platform: f.Platform}
		// Currency.
		rate, converted := decimal.Decimal{}, false
		switch {
		case f.Mixed:
			problem("import.apply.mixedcurrency", f.Name)
			sum.Files = append(sum.Files, res)
			continue
		case f.Currency == "" && hasMoney(f):
			warn("import.apply.currencyunknown", f.Name, out.Currency)
		case f.Currency != "" && f.Currency != out.Currency:
			r, ok := findRate(c.Rates, f.Currency)
			if !ok {
				problem("import.apply.norate", f.Name, f.Currency, out.Currency)
				sum.Files = append(sum.Files, res)
				continue
			}
			d, err := roi.ParseDecimal(string(r.Rate))
			if err != nil || !d.IsPositive() {
				problem("import.apply.badrate", f.Currency, quote(string(r.Rate)))
				sum.Files = append(sum.Files, res)
				continue
			}
			rate, converted = d, true
			out.ExchangeRates = upsertRate(out.ExchangeRates, roi.ExchangeRate{Currency: f.Currency, Rate: roi.Number(roi.Canonical(d)), Date: r.Date})
			warn("import.apply.converted", f.Name, f.Currency, roi.Canonical(d), out.Currency, dateOr(r.Date))
		}
		rounded := false
		conv := func(d decimal.Decimal) decimal.Decimal {
			if !converted {
				return d
			}
			v := d.Mul(rate)
			if v.Exponent() < -12 {
				v, rounded = v.Round(12), true
			}
			return v
		}
		// Period.
		switch {
		case !f.Period.Known():
			warn("import.apply.periodunknown", f.Name)
		case out.Period == nil || out.Period.Start == "" && out.Period.End == "":
			p := roi.Period{Start: f.Period.Start, End: f.Period.End}
			out.Period = &p
			warn("import.apply.periodset", p.Start, p.End, f.Name)
		case out.Period.Start != f.Period.Start || out.Period.End != f.Period.End:
			warn("import.apply.period", f.Name, f.Period.Start, f.Period.End, out.Period.Start, out.Period.End)
		}
		periodKey := f.Period.Start + ".." + f.Period.End
		if f.Account != "" {
			periodKey += "|account:" + f.Account
		}

		took := false
		var left []string
		for _, cp := range f.Campaigns {
			ch := c.Campaigns[CampaignKey(f.Name, cp.Name)]
			channel, paid, include := cp.Channel, cp.Paid, cp.Social
			if ch.Channel != "" {
				channel = ch.Channel
			}
			if ch.Paid != nil {
				paid = *ch.Paid
			}
			if ch.Include != nil {
				include = *ch.Include
			}
			if !include {
				if ch.Include == nil {
					left = append(left, cp.Name)
				}
				continue
			}
			if channel == "" {
				channel = "other"
			}
			if !roi.IsChannelID(channel) {
				problem("import.apply.badchannel", quote(channel))
				continue
			}
			took = true
			m := cp.Metrics
			what := "channel:" + channel
			if group == GroupCampaign {
				what = "campaign:" + cp.Name
			}
			if f.Platform.Analytics() {
				if paid {
					what += "|paid"
				} else {
					what += "|organic"
				}
			}
			key := string(platformID(f.Platform)) + "|" + periodKey + "|" + what
			l := byKey[key]
			if l == nil {
				l = &line{key: key, platform: f.Platform, file: f.Name, channel: channel, paid: paid}
				if converted {
					l.currency = f.Currency
				}
				l.label = lineLabel(f.Platform, group, channel, cp.Name, paid)
				byKey[key] = l
				if f.Platform.Analytics() {
					revenue = append(revenue, l)
				} else {
					costs = append(costs, l)
					revenue = append(revenue, l)
				}
			}
			if f.Platform.Analytics() {
				if m.Revenue.Known {
					l.value, l.valueOrig, l.hasValue = l.value.Add(conv(m.Revenue.Value)), l.valueOrig.Add(m.Revenue.Value), true
				}
				if m.Sessions.Known {
					if paid {
						addCount("sessions", f.Platform, m.Sessions)
					} else {
						organicSessions, hasOrganic = organicSessions.Add(m.Sessions.Value), true
						addCount("sessions", f.Platform, m.Sessions)
					}
				}
				addCount("conversions", f.Platform, m.Conversions)
				continue
			}
			if m.Spend.Known {
				l.spend, l.spendOrig, l.hasSpend = l.spend.Add(conv(m.Spend.Value)), l.spendOrig.Add(m.Spend.Value), true
			}
			if m.ConversionValue.Known {
				l.value, l.valueOrig, l.hasValue = l.value.Add(conv(m.ConversionValue.Value)), l.valueOrig.Add(m.ConversionValue.Value), true
			}
			addCount("impressions", f.Platform, m.Impressions)
			addCount("clicks", f.Platform, m.Clicks)
			addCount("leads", f.Platform, m.Leads)
			addCount("conversions", f.Platform, m.Conversions)
			if m.Spend.Known && m.Clicks.Known {
				adSpend, adClicks = adSpend.Add(conv(m.Spend.Value)), adClicks.Add(m.Clicks.Value)
			}
		}
		res.Imported = true
		if rounded {
			warn("import.apply.rounded", f.Name)
		}
		if len(left) > 0 {
			warn("import.apply.excluded", f.Name, itoa(len(left)), clipText(strings.Join(left, ", ")))
		}
		if !took {
			warn("import.apply.nothing", f.Name)
		}
		for _, l := range byKey {
			if l.file == f.Name {
				if l.hasSpend {
					res.Lines++
				}
				if l.hasValue && !l.value.IsZero() {
					res.Lines++
				}
			}
		}
		sum.Files = append(sum.Files, res)
	}

	// Cost lines.
	for _, l := range costs {
		if !l.hasSpend {
			continue
		}
		line := roi.Cost{Label: l.label, Category: "ads", Amount: num(l.spend), Channel: l.channel,
			Origin: origin(l, l.spendOrig)}
		var replaced bool
		out.Costs, replaced = upsert(out.Costs, line, func(x roi.Cost) *roi.Origin { return x.Origin })
		tally(&sum, replaced)
	}
	// Revenue lines, and the overlap of platform and analytics revenue.
	platformPaid := map[string]*line{}
	for _, l := range revenue {
		if !l.hasValue || l.value.IsZero() {
			continue
		}
		rv := roi.Revenue{Label: l.label + revenueSuffix(l.platform), Amount: num(l.value), Channel: l.channel, Paid: l.paid,
			Origin: origin(l, l.valueOrig)}
		if l.platform.Analytics() {
			rv.Source = "analytics"
		} else {
			rv.Source, rv.Paid, rv.Attribution = "platform", true, c.Attribution
			if p := platformPaid[l.channel]; p == nil {
				platformPaid[l.channel] = l
			}
		}
		var replaced bool
		out.Revenue, replaced = upsert(out.Revenue, rv, func(x roi.Revenue) *roi.Origin { return x.Origin })
		tally(&sum, replaced)
	}
	for _, l := range revenue {
		if l.platform.Analytics() && l.paid && l.hasValue && !l.value.IsZero() {
			if p := platformPaid[l.channel]; p != nil {
				warn("import.apply.revenueboth", p.platform.Title(), roi.Canonical(p.value), l.channel, l.platform.Title(), roi.Canonical(l.value))
			}
		}
	}

	// The funnel.
	total := func(metric string, only Platform) (decimal.Decimal, []Platform, bool) {
		var t decimal.Decimal
		var ps []Platform
		for _, x := range counts[metric] {
			if only != Unknown && x.platform != only {
				continue
			}
			t, ps = t.Add(x.n), append(ps, x.platform)
		}
		return t, ps, len(ps) > 0
	}
	var stages []roi.Stage
	funnelKey := func(metric string) string {
		return "funnel|" + metric + "|" + periodOf(out)
	}
	addStage := func(stage, metric string, n decimal.Decimal, ps []Platform) {
		names := make([]string, len(ps))
		for i, p := range ps {
			names[i] = string(p)
		}
		stages = append(stages, roi.Stage{Stage: stage, Metric: metric, Count: num(n),
			Origin: &roi.Origin{Platform: strings.Join(names, "+"), Key: funnelKey(metric)}})
	}
	if n, ps, ok := total("impressions", Unknown); ok {
		addStage("awareness", "impressions", n, ps)
	}
	if n, ps, ok := total("clicks", Unknown); ok {
		addStage("interest", "clicks", n, ps)
	} else if n, ps, ok := total("sessions", Unknown); ok {
		addStage("interest", "sessions", n, ps)
	}
	if n, ps, ok := total("leads", Unknown); ok {
		addStage("evaluation", "leads", n, ps)
	}
	if cs := counts["conversions"]; len(cs) > 0 {
		only := c.ConversionsFrom
		if only != Unknown && !slices.ContainsFunc(cs, func(x count) bool { return x.platform == only }) {
			only = Unknown
		}
		for i := 0; i < len(cs); i++ {
			for j := i + 1; j < len(cs); j++ {
				a, b := cs[i], cs[j]
				if only != Unknown {
					warn("import.apply.conversionsfrom", a.platform.Title(), roi.Canonical(a.n), b.platform.Title(), roi.Canonical(b.n), only.Title())
				} else {
					warn("import.apply.conversionsboth", a.platform.Title(), roi.Canonical(a.n), b.platform.Title(), roi.Canonical(b.n))
				}
			}
		}
		if n, ps, ok := total("conversions", only); ok {
			addStage("purchase", "conversions", n, ps)
		}
	}
	if len(stages) > 0 {
		if out.Funnel == nil {
			out.Funnel = &roi.Funnel{}
		}
		for _, st := range stages {
			out.Funnel.Stages = upsertStage(out.Funnel.Stages, st, &sum)
		}
	}

	// Earned media: unpaid visits from social.
	if hasOrganic {
		from := joinFiles(files, GA4)
		switch {
		case out.EarnedMedia != nil:
			old := string(out.EarnedMedia.Visits)
			if old != roi.Canonical(organicSessions) {
				warn("import.apply.earned", orDash(old), roi.Canonical(organicSessions), from)
			}
			out.EarnedMedia.Visits = num(organicSessions)
		case adClicks.IsPositive():
			cpc := adSpend.DivRound(adClicks, roi.MinorUnits(out.Currency))
			out.EarnedMedia = &roi.Earned{Visits: num(organicSessions), CostPerClick: num(cpc)}
			warn("import.apply.earnedcpc", roi.Canonical(cpc)+" "+out.Currency)
		default:
			warn("import.apply.earnednocpc", roi.Canonical(organicSessions))
		}
	}
	if sum.Replaced > 0 {
		warn("import.apply.replaced", itoa(sum.Replaced))
	}
	return out, sum
}

// latestOfEach keeps, of files with the same platform, account and period,
// the last one: it replaces the others, as it would in a later import.
func latestOfEach(files []*File, warn func(string, ...string)) []*File {
	key := func(f *File) string {
		return string(f.Platform) + "|" + f.Period.Start + ".." + f.Period.End + "|" + f.Account
	}
	var keep []*File
	for i, f := range files {
		later := slices.IndexFunc(files[i+1:], func(g *File) bool { return key(g) == key(f) })
		if later >= 0 && f.Period.Known() {
			warn("import.apply.duplicate", f.Name, files[i+1+later].Name)
			continue
		}
		keep = append(keep, f)
	}
	return keep
}

func tally(sum *Summary, replaced bool) {
	if replaced {
		sum.Replaced++
	} else {
		sum.Added++
	}
}

// upsert replaces the line whose Origin.Key is the new line's, or appends.
func upsert[T any](list []T, v T, origin func(T) *roi.Origin) ([]T, bool) {
	key := origin(v).Key
	for i := range list {
		if o := origin(list[i]); o != nil && o.Key == key {
			list[i] = v
			return list, true
		}
	}
	return append(list, v), false
}

// upsertStage replaces the stage with the same Origin.Key, or inserts the
// stage before the first stage that comes later in the funnel.
func upsertStage(stages []roi.Stage, st roi.Stage, sum *Summary) []roi.Stage {
	for i := range stages {
		if o := stages[i].Origin; o != nil && o.Key == st.Origin.Key {
			oldFrom := strings.Split(stages[i].Origin.Platform, "+")
			newFrom := strings.Split(st.Origin.Platform, "+")
			switch {
			case slices.ContainsFunc(oldFrom, func(p string) bool { return !slices.Contains(newFrom, p) }):
				sum.Warnings = append(sum.Warnings, msg("import.apply.funnelpart", st.Metric, stages[i].Origin.Platform, st.Origin.Platform))
			case stages[i].Count != st.Count:
				sum.Warnings = append(sum.Warnings, msg("import.apply.funnel", st.Metric, orDash(string(stages[i].Count)), string(st.Count), st.Origin.Platform))
			}
			stages[i] = st
			sum.Replaced++
			return stages
		}
	}
	sum.Added++
	at := len(stages)
	for i := range stages {
		if stageOrder(stages[i].Stage) > stageOrder(st.Stage) {
			at = i
			break
		}
	}
	return slices.Insert(stages, at, st)
}

func stageOrder(s string) int {
	if i := slices.Index(roi.FunnelStages, s); i >= 0 {
		return i
	}
	return len(roi.FunnelStages)
}

func upsertRate(rates []roi.ExchangeRate, r roi.ExchangeRate) []roi.ExchangeRate {
	for i := range rates {
		if rates[i].Currency == r.Currency && rates[i].Date == r.Date {
			rates[i] = r
			return rates
		}
	}
	return append(rates, r)
}

func findRate(rates []roi.ExchangeRate, cur string) (roi.ExchangeRate, bool) {
	for _, r := range rates {
		if strings.EqualFold(r.Currency, cur) {
			return r, true
		}
	}
	return roi.ExchangeRate{}, false
}

func origin(l *line, orig decimal.Decimal) *roi.Origin {
	o := &roi.Origin{Platform: string(platformID(l.platform)), Key: l.key, File: l.file}
	if l.currency != "" {
		o.Currency, o.Amount = l.currency, num(orig)
	}
	return o
}

func platformID(p Platform) Platform {
	if p == Unknown {
		return "other"
	}
	return p
}

func lineLabel(p Platform, group, channel, campaign string, paid bool) string {
	if group == GroupCampaign {
		return p.Title() + ": " + campaign
	}
	if p.Analytics() {
		if paid {
			return p.Title() + ": paid " + channel
		}
		return p.Title() + ": organic " + channel
	}
	if strings.HasSuffix(p.Title(), " Ads") {
		return p.Title() + ": " + channel // "Google Ads: youtube"
	}
	return p.Title() + " ads: " + channel
}

func revenueSuffix(p Platform) string {
	if p.Analytics() {
		return " revenue"
	}
	return " conversion value"
}

func hasMoney(f *File) bool {
	return f.Totals.Spend.Known || f.Totals.ConversionValue.Known || f.Totals.Revenue.Known
}

func periodOf(s roi.Scenario) string {
	if s.Period == nil {
		return ".."
	}
	return s.Period.Start + ".." + s.Period.End
}

func joinFiles(files []*File, p Platform) string {
	var names []string
	for _, f := range files {
		if f.Platform == p {
			names = append(names, f.Name)
		}
	}
	return strings.Join(names, ", ")
}

func num(d decimal.Decimal) roi.Number { return roi.Number(roi.Canonical(d)) }

func quote(s string) string { return "\"" + clipText(s) + "\"" }

func dateOr(d string) string {
	if d == "" {
		return "no date"
	}
	return d
}

func orDash(s string) string {
	if s == "" {
		return "none"
	}
	return s
}

func itoa(n int) string {
	return decimal.NewFromInt(int64(n)).String()
}
