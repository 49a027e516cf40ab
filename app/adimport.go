package app

import (
	"slices"
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/socialroi/socialroi/roi"
	"github.com/socialroi/socialroi/roi/adimport"
)

// Importing ad-platform and analytics exports (roi/adimport): the visitor
// picks or drops CSV or TSV files, which are read on the device; the
// mapping step shows what was recognised and lets them correct it; only
// "Apply to this scenario" (one undoable change, store.ApplyImport) or
// "Import as a new scenario" changes anything. The rules are adimport's
// and the store's: this file renders and calls.

// adImport is the mapping step's state: the files read, what was refused,
// and the choices as typed.
type adImport struct {
	files    []*adimport.File
	refused  []adRefused
	group    string
	attr     string            // the attribution share as typed
	rates    map[string]string // exchange rates as typed, by currency
	dates    map[string]string // their dates (YYYY-MM-DD)
	convFrom string
	chans    map[string]string // campaign channel, by adimport.CampaignKey
	custom   map[string]bool   // campaigns whose channel is typed
	paid     map[string]bool
	include  map[string]bool
	reading  int
	status   string
	alert    bool
	applyErr []string
}

// adRefused is a file that was not read, and why.
type adRefused struct {
	name string
	msg  adimport.Message
	big  bool // over adimport.MaxFileBytes: not even opened
}

// fieldLabels name each column meaning of adimport.Fields.
var fieldLabels = map[adimport.Field]string{
	adimport.FieldNone: msg("Not read"), adimport.FieldCampaign: msg("Campaign name"), adimport.FieldDay: msg("Day"),
	adimport.FieldStart: msg("Period start"), adimport.FieldEnd: msg("Period end"), adimport.FieldCurrency: msg("Currency code"),
	adimport.FieldSpend: msg("Spend"), adimport.FieldImpressions: msg("Impressions"), adimport.FieldReach: msg("Reach"),
	adimport.FieldClicks: msg("Clicks"), adimport.FieldClicksAll: msg("All clicks"), adimport.FieldResults: msg("Results"),
	adimport.FieldResultKind: msg("Result type"), adimport.FieldConversions: msg("Conversions"),
	adimport.FieldConversionValue: msg("Conversion value"), adimport.FieldValueAll: msg("Value of all conversions"),
	adimport.FieldLeads: msg("Leads"), adimport.FieldSessions: msg("Sessions"), adimport.FieldRevenue: msg("Revenue"),
	adimport.FieldSourceMedium: msg("Source / medium"), adimport.FieldSource: msg("Source"), adimport.FieldMedium: msg("Medium"),
	adimport.FieldChannelGroup: msg("Channel group"), adimport.FieldEventName: msg("Event name"),
	adimport.FieldAccount: msg("Ad account"), adimport.FieldRatio: msg("Ratio (recomputed, not read)"),
}

// adTotal is one of a file's totals, in the order shown.
type adTotal struct {
	key   string
	label string
	money bool
	get   func(adimport.Metrics) adimport.Num
}

var adTotals = []adTotal{
	{"spend", msg("Spend"), true, func(m adimport.Metrics) adimport.Num { return m.Spend }},
	{"impressions", msg("Impressions"), false, func(m adimport.Metrics) adimport.Num { return m.Impressions }},
	{"reach", msg("Reach"), false, func(m adimport.Metrics) adimport.Num { return m.Reach }},
	{"clicks", msg("Clicks"), false, func(m adimport.Metrics) adimport.Num { return m.Clicks }},
	{"results", msg("Results"), false, func(m adimport.Metrics) adimport.Num { return m.Results }},
	{"conversions", msg("Conversions"), false, func(m adimport.Metrics) adimport.Num { return m.Conversions }},
	{"conversionValue", msg("Conversion value"), true, func(m adimport.Metrics) adimport.Num { return m.ConversionValue }},
	{"leads", msg("Leads"), false, func(m adimport.Metrics) adimport.Num { return m.Leads }},
	{"sessions", msg("Sessions"), false, func(m adimport.Metrics) adimport.Num { return m.Sessions }},
	{"revenue", msg("Revenue"), true, func(m adimport.Metrics) adimport.Num { return m.Revenue }},
}

// isAdExport reports whether a file's name says it is an export for the
// ad import (CSV, TSV, text, or a workbook that gets adimport's message)
// rather than a scenario file.
func isAdExport(name string) bool {
	n := strings.ToLower(name)
	for _, ext := range []string{".csv", ".tsv", ".txt", ".xlsx", ".xls"} {
		if strings.HasSuffix(n, ext) {
			return true
		}
	}
	return false
}

// adFiles reads files the visitor picked or dropped (a JavaScript FileList),
// refusing each one over adimport.MaxFileBytes before reading it.
func (p *Page) adFiles(ctx app.Context, files app.Value) {
	a := &p.ads
	a.status, a.alert, a.applyErr = "", false, nil
	for i := 0; i < files.Length(); i++ {
		file := files.Index(i)
		name := file.Get("name").String()
		if int64(file.Get("size").Float()) > adimport.MaxFileBytes {
			a.refuse(adRefused{name: name, big: true})
			continue
		}
		a.reading++
		then(file.Call("arrayBuffer"), func(v app.Value) {
			buf := app.Window().Get("Uint8Array").New(v)
			data := make([]byte, buf.Length())
			app.CopyBytesToGo(data, buf)
			ctx.Dispatch(func(ctx app.Context) { a.reading--; a.read(name, data) })
		}, func() {
			ctx.Dispatch(func(ctx app.Context) {
				a.reading--
				a.refuse(adRefused{name: name, msg: adimport.Message{Code: "import.file.binary"}})
			})
		})
	}
}

// read adds a file's content to the mapping (in place of a file of the
// same name).
func (a *adImport) read(name string, data []byte) {
	f, err := adimport.Read(name, data)
	if err != nil {
		m := adimport.Message{Code: "import.file.binary"}
		if e, ok := err.(*adimport.Error); ok {
			m = e.Message
		}
		a.refuse(adRefused{name: name, msg: m})
		return
	}
	a.drop(name)
	a.files = append(a.files, f)
}

func (a *adImport) refuse(r adRefused) {
	a.drop(r.name)
	a.refused = append(a.refused, r)
}

// drop forgets a file by name: read or refused.
func (a *adImport) drop(name string) {
	a.files = slices.DeleteFunc(a.files, func(f *adimport.File) bool { return f.Name == name })
	a.refused = slices.DeleteFunc(a.refused, func(r adRefused) bool { return r.name == name })
}

// reset closes the mapping step.
func (a *adImport) reset() { *a = adImport{} }

// choices are the visitor's choices as adimport takes them; problems are
// the typed numbers that cannot be read (nothing is applied while any).
func (p *Page) adChoices() (adimport.Choices, []string) {
	a := &p.ads
	loc := p.store().Locale
	var problems []string
	c := adimport.Choices{Group: a.group, ConversionsFrom: adimport.Platform(a.convFrom)}
	if strings.TrimSpace(a.attr) != "" {
		v, err := roi.ParseInput(a.attr, loc)
		if err != nil {
			problems = append(problems, p.tf("Attribution share: “{0}” is not a number.", a.attr))
		} else {
			c.Attribution = roi.Number(v)
		}
	}
	for _, cur := range p.adCurrencies() {
		text := strings.TrimSpace(a.rates[cur])
		if text == "" {
			continue
		}
		v, err := roi.ParseInput(text, loc)
		if err != nil {
			problems = append(problems, p.tf("Exchange rate for {0}: “{1}” is not a number.", cur, text))
			continue
		}
		c.Rates = append(c.Rates, roi.ExchangeRate{Currency: cur, Rate: roi.Number(v), Date: a.dates[cur]})
	}
	for _, f := range a.files {
		for _, cp := range f.Campaigns {
			k := adimport.CampaignKey(f.Name, cp.Name)
			var ch adimport.CampaignChoice
			if v, ok := a.chans[k]; ok && v != cp.Channel {
				ch.Channel = v
			}
			if v, ok := a.paid[k]; ok && v != cp.Paid {
				ch.Paid = &v
			}
			if v, ok := a.include[k]; ok && v != cp.Social {
				ch.Include = &v
			}
			if ch != (adimport.CampaignChoice{}) {
				if c.Campaigns == nil {
					c.Campaigns = map[string]adimport.CampaignChoice{}
				}
				c.Campaigns[k] = ch
			}
		}
	}
	return c, problems
}

// adCurrencies are the currencies of the files that differ from the
// scenario's: each needs an exchange rate.
func (p *Page) adCurrencies() []string {
	own := p.store().Current().Scenario.Currency
	var out []string
	for _, f := range p.ads.files {
		if f.Currency != "" && f.Currency != own && !f.Mixed && !slices.Contains(out, f.Currency) {
			out = append(out, f.Currency)
		}
	}
	return out
}

func (p *Page) adNames() string {
	names := make([]string, len(p.ads.files))
	for i, f := range p.ads.files {
		names[i] = f.Name
	}
	return strings.Join(names, ", ")
}

// adApply applies the files to the current scenario (into) or to a new one.
func (p *Page) adApply(into bool) {
	st := p.store()
	a := &p.ads
	c, problems := p.adChoices()
	if len(problems) > 0 {
		a.applyErr = problems
		return
	}
	cur := st.Current().Scenario
	names := p.adNames()
	if into {
		next, sum := adimport.Apply(cur, a.files, c)
		if !sum.OK() {
			a.applyErr = p.adMessages(sum.Problems)
			return
		}
		if err := st.ApplyImport(next, names); err != nil {
			a.applyErr = problemLines(p.lang(), roi.ProblemsOf(err), 20)
			return
		}
		a.reset()
		a.status = p.tf("Imported {0} into “{1}”. Undo takes it back.", names, p.orUntitled(cur.Name))
		return
	}
	base := roi.New(p.tf("Imported from {0}", names), cur.Currency)
	next, sum := adimport.Apply(base, a.files, c)
	if !sum.OK() {
		a.applyErr = p.adMessages(sum.Problems)
		return
	}
	if st.ImportNew(next) == "" {
		a.applyErr = []string{p.t("The imported scenario is too large to be kept in this browser. Nothing was changed.")}
		return
	}
	a.reset()
	a.status = p.tf("Imported {0} as a new scenario. Your other scenarios are unchanged.", names)
}

func (p *Page) adMessages(ms []adimport.Message) []string {
	out := make([]string, len(ms))
	for i, m := range ms {
		out[i] = m.In(p.lang())
	}
	return out
}

// dataInt reads an element's integer data attribute (handlers read the
// element's current attributes: go-app keeps a handler from an earlier
// render, with what it captured then).
func dataInt(v app.Value, name string) int {
	n, err := strconv.Atoi(v.Call("getAttribute", "data-"+name).String())
	if err != nil {
		return -1
	}
	return n
}

// adFile returns the file an element's data-f names, or nil.
func (p *Page) adFile(v app.Value) *adimport.File {
	i := dataInt(v, "f")
	if i < 0 || i >= len(p.ads.files) {
		return nil
	}
	return p.ads.files[i]
}

// adCampaign returns the campaign key of an element's data-f and data-c.
func (p *Page) adCampaign(v app.Value) (*adimport.Campaign, string) {
	f := p.adFile(v)
	j := dataInt(v, "c")
	if f == nil || j < 0 || j >= len(f.Campaigns) {
		return nil, ""
	}
	return &f.Campaigns[j], adimport.CampaignKey(f.Name, f.Campaigns[j].Name)
}

func setKey[V any](m *map[string]V, k string, v V) {
	if *m == nil {
		*m = map[string]V{}
	}
	(*m)[k] = v
}

func (p *Page) onAdPick(ctx app.Context, e app.Event) {
	in := ctx.JSSrc()
	if files := in.Get("files"); files.Truthy() && files.Length() > 0 {
		p.adFiles(ctx, files)
	}
	in.Set("value", "") // the same file can be picked again
}

func (p *Page) onAdColumn(ctx app.Context, e app.Event) {
	src := ctx.JSSrc()
	f := p.adFile(src)
	if f == nil {
		return
	}
	field := adimport.Field(src.Get("value").String())
	if field == noneValue {
		field = adimport.FieldNone
	}
	if err := f.SetField(dataInt(src, "col"), field); err != nil {
		p.ads.status, p.ads.alert = err.Error(), true
	}
}

func (p *Page) onAdPlatform(ctx app.Context, e app.Event) {
	src := ctx.JSSrc()
	if f := p.adFile(src); f != nil {
		pl := adimport.Platform(src.Get("value").String())
		if pl == noneValue {
			pl = adimport.Unknown
		}
		f.SetPlatform(pl)
	}
}

func (p *Page) onAdChannel(ctx app.Context, e app.Event) {
	src := ctx.JSSrc()
	_, k := p.adCampaign(src)
	if k == "" {
		return
	}
	v := src.Get("value").String()
	if v == "custom" {
		setKey(&p.ads.custom, k, true)
		return
	}
	delete(p.ads.custom, k)
	setKey(&p.ads.chans, k, v)
}

func (p *Page) onAdCustom(ctx app.Context, e app.Event) {
	src := ctx.JSSrc()
	if _, k := p.adCampaign(src); k != "" {
		setKey(&p.ads.chans, k, strings.TrimSpace(src.Get("value").String()))
	}
}

func (p *Page) onAdPaid(ctx app.Context, e app.Event) {
	src := ctx.JSSrc()
	if _, k := p.adCampaign(src); k != "" {
		setKey(&p.ads.paid, k, src.Get("checked").Bool())
	}
}

func (p *Page) onAdInclude(ctx app.Context, e app.Event) {
	src := ctx.JSSrc()
	if _, k := p.adCampaign(src); k != "" {
		setKey(&p.ads.include, k, src.Get("checked").Bool())
	}
}

func (p *Page) onAdRemove(ctx app.Context, e app.Event) {
	if f := p.adFile(ctx.JSSrc()); f != nil {
		p.ads.drop(f.Name)
	}
}

// renderAdImport is the card of the ad import: the picker and drop zone,
// and the mapping step once files are read.
func (p *Page) renderAdImport() app.UI {
	a := &p.ads
	return app.Section().Class("card adimport").ID("ad-import").Aria("labelledby", "ad-import-title").Body(
		app.H2().ID("ad-import-title").Text(p.t("Import ad or analytics exports")),
		app.Div().Class("dropzone").ID("ad-drop").Body(
			app.Label().For("ad-files").Text(p.t("Choose CSV or TSV files, or drop them here")),
			app.Input().Type("file").ID("ad-files").Multiple(true).
				Accept(".csv,.tsv,.txt,.xlsx,.xls,text/csv,text/tab-separated-values,text/plain").
				Aria("describedby", "ad-files-hint").OnChange(p.onAdPick),
			app.Small().Class("hint").ID("ad-files-hint").Text(p.tf(
				"Exports of Meta Ads Manager, Google Ads, LinkedIn, TikTok or Google Analytics 4, up to {0} MB each. They are read on this device: nothing is uploaded, and nothing changes until you apply.",
				strconv.Itoa(adimport.MaxFileBytes>>20))),
		),
		app.If(a.reading > 0, func() app.UI {
			return app.P().Class("status").Role("status").Text(p.t("Reading…"))
		}),
		app.If(len(a.refused) > 0, func() app.UI {
			return app.Ul().Class("error adrefused").ID("ad-refused").Role("alert").Body(
				app.Range(a.refused).Slice(func(i int) app.UI {
					r := a.refused[i]
					text := p.tf("“{0}” was not read: {1}", r.name, r.msg.In(p.lang()))
					if r.big {
						text = p.tf("“{0}” is larger than {1} MB and was not read.", r.name, strconv.Itoa(adimport.MaxFileBytes>>20))
					}
					return app.Li().Text(text)
				}),
			)
		}),
		statusLine("ad-status", a.status, a.alert),
		app.If(len(a.files) > 0, p.renderAdMapping),
	)
}

// renderAdMapping is the preview: each file as recognised, the choices,
// what applying would say, and the buttons.
func (p *Page) renderAdMapping() app.UI {
	a := &p.ads
	st := p.store()
	cur := st.Current().Scenario
	c, problems := p.adChoices()
	_, sum := adimport.Apply(cur, a.files, c)
	warnings := p.adMessages(sum.Warnings)
	blocking := append(append([]string{}, problems...), p.adMessages(sum.Problems)...)
	if a.group == "" {
		a.group = adimport.GroupChannel
	}
	groups := []string{adimport.GroupChannel, adimport.GroupCampaign}
	groupLabels := map[string]string{adimport.GroupChannel: p.t("One line per channel"), adimport.GroupCampaign: p.t("One line per campaign")}
	var convPlatforms []adimport.Platform
	for _, f := range a.files {
		if f.Totals.Conversions.Known && !slices.Contains(convPlatforms, f.Platform) {
			convPlatforms = append(convPlatforms, f.Platform)
		}
	}
	return app.Div().Class("admapping").ID("ad-mapping").Body(
		app.P().Class("note").Text(p.tf("Check what was recognised in each file and correct it. Nothing changes in “{0}” until you apply.", p.orUntitled(cur.Name))),
		app.Range(a.files).Slice(func(i int) app.UI { return p.renderAdFile(i, a.files[i]) }),
		app.Div().Class("row adchoices").Body(
			app.Div().Class("field").Body(
				app.Label().For("ad-group").Text(p.t("Cost and revenue lines")),
				app.Select().ID("ad-group").OnChange(func(ctx app.Context, e app.Event) { p.ads.group = ctx.JSSrc().Get("value").String() }).Body(
					app.Range(groups).Slice(func(i int) app.UI { return option(groups[i], groupLabels[groups[i]], groups[i] == a.group) }),
				),
			),
			app.Div().Class("field").Body(
				app.Label().For("ad-attribution").Text(p.t("Share of platform-reported revenue credited to social (%)")),
				app.Input().Type("text").ID("ad-attribution").Attr("inputmode", "decimal").Placeholder("100").Value(a.attr).
					Aria("describedby", "ad-attribution-hint").
					OnInput(func(ctx app.Context, e app.Event) { p.ads.attr = ctx.JSSrc().Get("value").String() }),
				app.Small().Class("hint").ID("ad-attribution-hint").Text(p.t("Ad platforms credit themselves generously: lower this if other channels share the credit. Empty means 100.")),
			),
			app.If(len(convPlatforms) > 1, func() app.UI {
				return app.Div().Class("field").Body(
					app.Label().For("ad-convfrom").Text(p.t("Conversions in the funnel")),
					app.Select().ID("ad-convfrom").OnChange(func(ctx app.Context, e app.Event) {
						p.ads.convFrom = strings.TrimPrefix(ctx.JSSrc().Get("value").String(), noneValue)
					}).Body(
						option(noneValue, p.t("Add up every platform's"), a.convFrom == ""),
						app.Range(convPlatforms).Slice(func(i int) app.UI {
							pl := convPlatforms[i]
							return option(string(pl), p.tf("Only {0}", pl.Title()), a.convFrom == string(pl))
						}),
					),
				)
			}),
		),
		app.Range(p.adCurrencies()).Slice(func(i int) app.UI { return p.renderAdRate(p.adCurrencies()[i], cur.Currency) }),
		app.If(len(warnings) > 0, func() app.UI {
			return app.Div().Class("note warnings adwarnings").ID("ad-warnings").Role("status").Body(
				app.P().Text(p.t("Before you apply:")),
				app.Ul().Body(app.Range(warnings).Slice(func(i int) app.UI { return app.Li().Text(warnings[i]) })),
			)
		}),
		app.If(len(blocking) > 0 || len(a.applyErr) > 0, func() app.UI {
			all := append(blocking, a.applyErr...)
			return app.Div().Class("error adproblems").ID("ad-problems").Role("alert").Body(
				app.P().Text(p.t("To fix before anything can be imported:")),
				app.Ul().Body(app.Range(all).Slice(func(i int) app.UI { return app.Li().Text(all[i]) })),
			)
		}),
		app.Div().Class("actions").Body(
			app.Button().Type("button").ID("ad-apply").Disabled(len(blocking) > 0).Text(p.t("Apply to this scenario")).
				OnClick(func(ctx app.Context, e app.Event) { p.adApply(true) }),
			app.Button().Type("button").ID("ad-new").Class("quiet").Disabled(len(problems) > 0).Text(p.t("Import as a new scenario")).
				OnClick(func(ctx app.Context, e app.Event) { p.adApply(false) }),
			app.Button().Type("button").ID("ad-cancel").Class("quiet").Text(p.t("Cancel")).
				OnClick(func(ctx app.Context, e app.Event) { p.ads.reset() }),
		),
	)
}

// renderAdRate asks for the exchange rate of a file currency.
func (p *Page) renderAdRate(cur, own string) app.UI {
	a := &p.ads
	return app.Div().Class("row adrate").Body(
		app.Div().Class("field").Body(
			app.Label().For("ad-rate-"+cur).Text(p.tf("Exchange rate: 1 {0} in {1}", cur, own)),
			app.Input().Type("text").ID("ad-rate-"+cur).Attr("inputmode", "decimal").Value(a.rates[cur]).DataSet("cur", cur).
				OnInput(func(ctx app.Context, e app.Event) {
					src := ctx.JSSrc()
					setKey(&p.ads.rates, src.Get("dataset").Get("cur").String(), src.Get("value").String())
				}),
		),
		app.Div().Class("field").Body(
			app.Label().For("ad-rate-date-"+cur).Text(p.t("Date of the rate")),
			app.Input().Type("date").ID("ad-rate-date-"+cur).Value(a.dates[cur]).DataSet("cur", cur).
				OnChange(func(ctx app.Context, e app.Event) {
					src := ctx.JSSrc()
					setKey(&p.ads.dates, src.Get("dataset").Get("cur").String(), src.Get("value").String())
				}),
		),
	)
}

// adNum writes a figure read from a file the page's way.
func (p *Page) adNum(n adimport.Num, money bool, currency string) string {
	if !n.Known {
		return "—"
	}
	if money && currency != "" {
		return FormatMoney(p.lang(), n.String(), currency)
	}
	return formatter.format(p.lang(), n.String(), formatStyle{places: 2, maxOnly: true})
}

// renderAdFile is one file of the mapping: what was recognised, its
// totals, columns, campaigns, rows not read and notes.
func (p *Page) renderAdFile(i int, f *adimport.File) app.UI {
	fi := strconv.Itoa(i)
	cur := f.Currency
	period := "—"
	if f.Period.Start != "" || f.Period.End != "" {
		period = isoDate(p.lang(), f.Period.Start) + " – " + isoDate(p.lang(), f.Period.End)
	}
	currency := cur
	if currency == "" {
		currency = p.t("not stated")
	}
	lang := f.Language
	if lang == "" {
		lang = "—"
	}
	var totals []adTotal
	for _, t := range adTotals {
		if t.get(f.Totals).Known {
			totals = append(totals, t)
		}
	}
	platforms := append([]adimport.Platform{adimport.Unknown}, adimport.Platforms...)
	fieldOpts := adimport.Fields
	return app.Section().Class("adfile").ID("adfile-"+fi).DataSet("file", f.Name).Aria("labelledby", "adfile-"+fi+"-name").Body(
		app.Div().Class("line-head").Body(
			app.H3().ID("adfile-"+fi+"-name").Text(f.Name),
			app.Button().Type("button").Class("quiet remove").DataSet("f", i).Aria("label", p.tf("Remove {0} from the import", f.Name)).
				Text(p.t("Remove")).OnClick(p.onAdRemove),
		),
		app.Div().Class("row").Body(
			app.Div().Class("field").Body(
				app.Label().For("adplat-"+fi).Text(p.t("Platform")),
				app.Select().ID("adplat-"+fi).DataSet("f", i).OnChange(p.onAdPlatform).Body(
					app.Range(platforms).Slice(func(k int) app.UI {
						return option(orNone(string(platforms[k])), p.platformTitle(platforms[k]), platforms[k] == f.Platform)
					}),
				),
			),
			app.Dl().Class("adfacts").Body(
				kvText(p.t("Header language"), lang),
				kvText(p.t("Period"), period),
				kvText(p.t("Currency"), currency),
				kvText(p.t("Campaigns"), strconv.Itoa(len(f.Campaigns))),
			),
		),
		app.H4().Text(p.t("Totals")),
		app.Dl().Class("adtotals").Body(
			app.Range(totals).Slice(func(k int) app.UI {
				t := totals[k]
				n := t.get(f.Totals)
				return app.Div().Class("kv").Body(
					app.Dt().Text(p.t(t.label)),
					app.Dd().Attr("data-adtotal", t.key).Attr("data-value", n.String()).Text(p.adNum(n, t.money, cur)),
				)
			}),
		),
		app.Details().Class("section").Body(
			app.Summary().Body(app.H4().Text(p.tf("Columns ({0})", strconv.Itoa(len(f.Columns))))),
			app.Table().Class("adtable adcolumns").Body(
				app.THead().Body(app.Tr().Body(
					app.Th().Scope("col").Text(p.t("Column in the file")),
					app.Th().Scope("col").Text(p.t("Meaning")),
				)),
				app.TBody().Body(app.Range(f.Columns).Slice(func(j int) app.UI {
					col := f.Columns[j]
					id := "adcol-" + fi + "-" + strconv.Itoa(j)
					return app.Tr().Body(
						app.Th().Scope("row").Body(app.Label().For(id).Text(col.Header)),
						app.Td().Attr("data-label", p.t("Meaning")).Body(
							app.Select().ID(id).DataSet("f", i).DataSet("col", col.Index).OnChange(p.onAdColumn).Body(
								app.Range(fieldOpts).Slice(func(k int) app.UI {
									return option(orNone(string(fieldOpts[k])), p.t(fieldLabels[fieldOpts[k]]), fieldOpts[k] == col.Field)
								}),
							),
						),
					)
				})),
			),
		),
		p.renderAdCampaigns(i, f),
		app.If(len(f.Skipped) > 0, func() app.UI {
			return app.Details().Class("section adskipped").Body(
				app.Summary().Body(app.H4().Text(p.tf("Rows not read ({0})", strconv.Itoa(len(f.Skipped))))),
				app.Ul().Body(app.Range(f.Skipped).Slice(func(k int) app.UI {
					s := f.Skipped[k]
					return app.Li().Text(p.tf("Line {0}: {1}", strconv.Itoa(s.Line), s.Message.In(p.lang())))
				})),
			)
		}),
		app.If(len(f.Notes) > 0, func() app.UI {
			return app.Ul().Class("note adnotes").Body(app.Range(f.Notes).Slice(func(k int) app.UI {
				return app.Li().Text(f.Notes[k].In(p.lang()))
			}))
		}),
	)
}

// renderAdCampaigns is a file's campaigns with their channel, paid or
// organic, and whether they are taken in.
func (p *Page) renderAdCampaigns(i int, f *adimport.File) app.UI {
	a := &p.ads
	fi := strconv.Itoa(i)
	return app.Div().Class("scroll").Body(app.Table().Class("adtable adcampaigns").Body(
		app.Caption().Text(p.t("Campaigns")),
		app.THead().Body(app.Tr().Body(
			app.Th().Scope("col").Text(p.t("Campaign")),
			app.Th().Scope("col").Text(p.t("Channel")),
			app.Th().Scope("col").Text(p.t("Paid")),
			app.Th().Scope("col").Text(p.t("Include")),
			app.Th().Scope("col").Text(p.t("Spend")),
			app.Th().Scope("col").Text(p.t("Clicks")),
			app.Th().Scope("col").Text(p.t("Conversions")),
		)),
		app.TBody().Body(app.Range(f.Campaigns).Slice(func(j int) app.UI {
			cp := f.Campaigns[j]
			k := adimport.CampaignKey(f.Name, cp.Name)
			id := fi + "-" + strconv.Itoa(j)
			channel := cp.Channel
			if v, ok := a.chans[k]; ok {
				channel = v
			}
			paid := cp.Paid
			if v, ok := a.paid[k]; ok {
				paid = v
			}
			include := cp.Social
			if v, ok := a.include[k]; ok {
				include = v
			}
			custom := a.custom[k] || channel != "" && !slices.Contains(roi.KnownChannels, channel) && channel != "other"
			opts := append(append([]string{}, roi.KnownChannels...), "other", "custom")
			sel := channel
			if channel == "" {
				sel = "other" // what adimport.Apply makes of no channel
			}
			if custom {
				sel = "custom"
			}
			name := cp.Name
			if name == "" {
				name = "—"
			}
			return app.Tr().Body(
				app.Th().Scope("row").Text(name),
				app.Td().Attr("data-label", p.t("Channel")).Body(
					app.Select().ID("adch-"+id).DataSet("f", i).DataSet("c", j).Aria("label", p.tf("Channel of {0}", name)).OnChange(p.onAdChannel).Body(
						app.Range(opts).Slice(func(n int) app.UI { return option(opts[n], p.channelLabel(opts[n]), opts[n] == sel) }),
					),
					app.If(custom, func() app.UI {
						return app.Input().Type("text").ID("adchc-"+id).DataSet("f", i).DataSet("c", j).Value(channel).
							Aria("label", p.tf("Channel id of {0} (lower-case letters, digits and -)", name)).OnChange(p.onAdCustom)
					}),
				),
				app.Td().Attr("data-label", p.t("Paid")).Body(
					app.Input().Type("checkbox").ID("adpaid-"+id).DataSet("f", i).DataSet("c", j).Checked(paid).
						Aria("label", p.tf("{0} is paid", name)).OnChange(p.onAdPaid),
				),
				app.Td().Attr("data-label", p.t("Include")).Body(
					app.Input().Type("checkbox").ID("adinc-"+id).DataSet("f", i).DataSet("c", j).Checked(include).
						Aria("label", p.tf("Include {0}", name)).OnChange(p.onAdInclude),
				),
				app.Td().Attr("data-label", p.t("Spend")).Text(p.adNum(cp.Spend, true, f.Currency)),
				app.Td().Attr("data-label", p.t("Clicks")).Text(p.adNum(cp.Clicks, false, "")),
				app.Td().Attr("data-label", p.t("Conversions")).Text(p.adNum(cp.Conversions, false, "")),
			)
		})),
	))
}

// channelLabel names a channel id of the campaign select.
func (p *Page) channelLabel(id string) string {
	switch id {
	case "other":
		return p.t("Other")
	case "custom":
		return p.t("Another channel…")
	}
	return id
}

func (p *Page) platformTitle(pl adimport.Platform) string {
	if pl == adimport.Unknown {
		return p.t("Choose the platform")
	}
	return pl.Title()
}

// noneValue is the value of an option that means "none" (an option with
// an empty value attribute would take its text as its value).
const noneValue = "none"

func orNone[T ~string](v T) T {
	if v == "" {
		return noneValue
	}
	return v
}

// kvText is a term and its value in a dl.
func kvText(term, value string) app.UI {
	return app.Div().Class("kv").Body(app.Dt().Text(term), app.Dd().Text(value))
}
