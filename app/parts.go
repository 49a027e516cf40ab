package app

import (
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/socialroi/socialroi/roi"
)

// The calculator's form parts and its results are child components of the
// Page. go-app re-renders a child component when an event fires inside it,
// or when its parent re-renders and the child's exported fields changed;
// otherwise it keeps the child's DOM as it is. Every event re-renders the
// Page (go-app updates all the enclosing components), so without parts one
// key typed rebuilt and diffed the whole form and the results.
//
// A part's Key holds everything its render reads: the language, the slice of
// the scenario it shows, and the drafts and typing under its paths. A part
// that reads more must say so in partKey. go-app compares keys with
// reflect.DeepEqual; they hold copies made for the key (a clone of the
// scenario, new maps), so nothing changes an old key under the comparison. The components add no element of
// their own (but the <form> around each form part: partForm): the DOM is
// the same as when the Page drew everything.

// formPart is one part of the form: "basics", "costs", "revenue",
// "actions", "funnel", "more", "goals" or "tracking".
type formPart struct {
	app.Compo
	Part string
	Key  []any

	page   *Page   // unexported: go-app keeps the first one, the same Page
	fields fields  // what its renders put in the fields (formsync.go)
	ctx    partCtx // to draw it alone (typing.go)
}

func (c *formPart) Render() app.UI {
	p := c.page
	defer c.fields.record(p)()
	return partForm(c.Part, c.render())
}

func (c *formPart) render() app.UI {
	p := c.page
	switch c.Part {
	case "basics":
		return p.renderBasics()
	case "costs":
		return p.renderCosts()
	case "revenue":
		return p.renderRevenue()
	case "actions":
		return p.renderActions()
	case "funnel":
		return p.renderFunnel()
	case "more":
		return p.renderMore()
	case "goals":
		return p.renderGoals()
	default:
		return p.renderTracking()
	}
}

// partForm puts each part of the form in a <form> of its own, laid out as
// if it were not there (form.part: display: contents) and never submitted
// (web/boot.js stops a submit of one, from the first byte of the page on).
//
// Why: after every change of a field, the browser's autofill looks at the
// whole form the field is in, and fields in no <form> all make one form:
// the calculator's 190 controls. On every key that was a task of 5-10 ms
// (Chromium's FormTracker::FormControlDidChange, in a trace of typing:
// BenchmarkKeyTrace), run after the key's and before go-app's frame, so
// every figure waited for it. In a form of its part, a key's task of the
// kind measured 2 ms at the median against 7 on the prerendered page
// (typing into the first cost's amount, 20 keys).
func partForm(part string, body app.UI) app.UI {
	return app.Elem("form").Class("part").DataSet("part", part).Body(body)
}

// parts returns the form's parts, in order.
func (p *Page) parts(names ...string) []app.UI {
	sc := p.store().Current().Scenario.Clone() // the keys' copy
	out := make([]app.UI, len(names))
	for i, name := range names {
		out[i] = &formPart{Part: name, Key: p.partKey(name, &sc), page: p}
	}
	return out
}

// partPrefixes are the paths of each part's fields.
var partPrefixes = map[string][]string{
	"basics":   {"name", "currency", "businessModel", "period."},
	"costs":    {"costs["},
	"revenue":  {"revenue["},
	"actions":  {"actions["},
	"funnel":   {"funnel."},
	"more":     {"earnedMedia.", "savings[", "lift.", "subscription.", "indirect[", "grossMargin"},
	"goals":    {"goals["},
	"tracking": {"tracking."},
}

// partOf is the name of the part whose fields path is under ("" when none).
func partOf(path string) string {
	for name, pres := range partPrefixes {
		for _, pre := range pres {
			if strings.HasPrefix(path, pre) {
				return name
			}
		}
	}
	return ""
}

// partKey is what the part's render depends on; sc is a copy of the
// current scenario that is never changed.
func (p *Page) partKey(name string, sc *roi.Scenario) []any {
	st := p.store()
	e := st.Current()
	prefixes := partPrefixes[name]
	var data any
	switch name {
	case "basics":
		data = []any{sc.Name, sc.Currency, sc.BusinessModel, sc.Period}
	case "costs":
		data = []any{sc.Costs, sc.Period} // hours per week are read by the period (hours.go)
	case "revenue":
		data = sc.Revenue
	case "actions":
		data = sc.Actions
	case "funnel":
		data = sc.Funnel
	case "more":
		data = []any{sc.EarnedMedia, sc.Savings, sc.Lift, sc.Subscription, sc.Indirect, sc.GrossMargin}
	case "goals":
		data = []any{sc.Goals, sc.Funnel} // the funnel's metrics are goal metrics
	default: // tracking: links for every channel of the scenario, the copy status
		data = []any{sc, p.utmStatus(), p.tools.utmNG}
	}
	under := func(path string) bool {
		for _, pre := range prefixes {
			if strings.HasPrefix(path, pre) {
				return true
			}
		}
		return false
	}
	drafts := keysUnder(e.Drafts, under)
	typing := keysUnder(st.Typing, under)
	notes := keysUnder(st.Notes(), under) // "read as", rate hints (inputnote.go)
	return []any{p.lang(), e.ID, data, drafts, typing, notes}
}

// resultsPart is the results panel. Its report is cached by the store's
// version: Rev is that version, so the panel is drawn again after every
// change the store saves, and not on events that change nothing.
type resultsPart struct {
	app.Compo
	Lang string
	Rev  int
	Held string // while the page is staged, what is not drawn yet: "results" or "charts" (stage.go)

	page *Page
	ctx  partCtx // to draw it alone (typing.go)
}

func (c *resultsPart) Render() app.UI {
	if c.Held == "results" {
		return c.page.renderResultsHead(c.page.store().Report())
	}
	return c.page.renderResults(c.page.store().Report())
}

func (p *Page) results() app.UI {
	st := p.store()
	return &resultsPart{Lang: p.lang(), Rev: st.Version(), page: p}
}

// resultsBlock is one card of the results that often stays the same when
// the scenario changes (a cost typed leaves the return and the action
// values as they were). Data holds the report's figures the card shows;
// go-app compares it with reflect.DeepEqual, and the card is drawn again,
// from the current report, only when they differ. The figures are fresh
// values of each roi.Calculate, never changed after, so an old Data is never
// changed under go-app's comparison.
type resultsBlock struct {
	app.Compo
	Name string
	Lang string
	Data any

	page *Page
}

func (c *resultsBlock) Render() app.UI {
	p := c.page
	r := p.store().Report()
	switch c.Name {
	case "return":
		return p.renderReturn(r)
	case "actions":
		return p.renderActionValues(r)
	case "goals":
		return p.renderGoalResults(r)
	default:
		return p.renderIndirectResults(r)
	}
}

func (p *Page) block(name string, data ...any) app.UI {
	return &resultsBlock{Name: name, Lang: p.lang(), Data: data, page: p}
}

// keysUnder is the entries of m whose path keep says a key holds (nil when
// none): the drafts, typing and notes under a part's or a line's paths. It
// is a new map, so nothing changes an old key under go-app's comparison.
func keysUnder[V any](m map[string]V, keep func(path string) bool) map[string]V {
	var out map[string]V
	for k, v := range m {
		if keep(k) {
			if out == nil {
				out = map[string]V{}
			}
			out[k] = v
		}
	}
	return out
}
