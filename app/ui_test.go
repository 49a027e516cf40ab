package app

import (
	htmlpkg "html"
	"regexp"
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/socialroi/socialroi/roi"
	"github.com/socialroi/socialroi/store"
)

// render loads a page in go-app's test engine (server-side: OnPreRender runs,
// OnMount does not) over the given store and returns its HTML.
func render(t *testing.T, st *Store, view string) string {
	t.Helper()
	UseStore(st)
	t.Cleanup(func() { UseStore(nil) })
	p := &Page{View: view}
	e := app.NewTestEngine()
	r := p.route() // the route's own component over the shell p (routes.go)
	if err := e.Load(r); err != nil {
		t.Fatalf("Load(%s): %v", view, err)
	}
	e.ConsumeAll()
	return app.HTMLString(r)
}

func presetStore(t *testing.T, names ...string) *Store {
	t.Helper()
	st := NewStore(NewMemoryStorage())
	first := st.Current().ID
	for _, n := range names {
		sc, ok := roi.Preset(n)
		if !ok {
			t.Fatalf("no preset %q", n)
		}
		st.Add(sc)
	}
	if len(names) > 0 {
		st.Delete(first)
		st.DismissUndo()
	}
	return st
}

var (
	reTag   = regexp.MustCompile(`<([a-z][a-z0-9]*)\b([^>]*)>`)
	reAttr  = regexp.MustCompile(`([a-zA-Z][\w-]*)(?:="([^"]*)")?`)
	reLabel = regexp.MustCompile(`<label\b([^>]*)>([^<]*)</label>`)
)

// element is an opening tag with its attributes (go-app writes attributes in
// no fixed order, so tests look at them by name).
type element struct {
	tag   string
	attrs map[string]string
	at    int // offset in the page
}

func elements(html string) []element {
	var out []element
	for _, m := range reTag.FindAllStringSubmatchIndex(html, -1) {
		e := element{tag: html[m[2]:m[3]], attrs: map[string]string{}, at: m[0]}
		for _, a := range reAttr.FindAllStringSubmatch(html[m[4]:m[5]], -1) {
			if a[2] == "" && !strings.Contains(a[0], "=") {
				a[2] = "true" // go-app writes name="true" as a bare name
			}
			e.attrs[a[1]] = a[2]
		}
		out = append(out, e)
	}
	return out
}

// figures maps data-figure keys to their data-value, first one shown.
func figures(html string) map[string]string {
	out := map[string]string{}
	for _, e := range elements(html) {
		if k, ok := e.attrs["data-figure"]; ok {
			if _, seen := out[k]; !seen {
				out[k] = e.attrs["data-value"]
			}
		}
	}
	return out
}

func byID(html, id string) (element, bool) {
	for _, e := range elements(html) {
		if e.attrs["id"] == id {
			return e, true
		}
	}
	return element{}, false
}

// Every figure the calculator shows is the engine's, for every preset.
func TestCalcShowsEngineFigures(t *testing.T) {
	for _, name := range roi.PresetNames {
		t.Run(name, func(t *testing.T) {
			st := presetStore(t, name)
			html := render(t, st, PathCalc)
			sc, _ := roi.Preset(name)
			rep, err := roi.Calculate(sc)
			if err != nil {
				t.Fatal(err)
			}
			found := figures(html)
			for k, v := range found {
				if want := rep.Figure(k).String(); v != want {
					t.Errorf("figure %s = %q; want %q", k, v, want)
				}
			}
			for _, k := range roi.CompareKeys {
				if _, ok := found[k]; !ok && k != "funnel.conversions" {
					t.Errorf("figure %s is not shown", k)
				}
			}
		})
	}
}

var reTemplate = regexp.MustCompile(`(?s)<template\b.*?</template>`)

// Every input, select and textarea has a visible label of its own, on every page.
func TestEveryInputLabelled(t *testing.T) {
	for _, view := range RoutePaths {
		t.Run(view, func(t *testing.T) {
			st := presetStore(t, "ecommerce", "b2b")
			// A <template>'s content is not in the document (the embed's
			// other modes and languages, embedpage.go): left out.
			html := reTemplate.ReplaceAllString(render(t, st, view), "")
			labels := map[string]string{}
			for _, m := range reLabel.FindAllStringSubmatch(html, -1) {
				if f := reAttr.FindAllStringSubmatch(m[1], -1); len(f) > 0 {
					for _, a := range f {
						if a[1] == "for" {
							labels[a[2]] = strings.TrimSpace(m[2])
						}
					}
				}
			}
			ids := map[string]bool{}
			for _, e := range elements(html) {
				if e.tag != "input" && e.tag != "select" && e.tag != "textarea" || e.attrs["type"] == "hidden" {
					continue
				}
				id := e.attrs["id"]
				if id == "" {
					t.Errorf("<%s> without id: %v", e.tag, e.attrs)
					continue
				}
				if ids[id] {
					t.Errorf("duplicate id %q", id)
				}
				ids[id] = true
				if labels[id] == "" {
					t.Errorf("no visible label for #%s", id)
				}
			}
			if view == PathCalc && len(ids) < 40 {
				t.Errorf("only %d inputs on the calculator; the preset has more fields", len(ids))
			}
		})
	}
}

// Invalid text stays in its field with the reason next to it; the results
// do not count the field, and the summary says so with a link to it.
func TestCalcInvalidInputKeptWithMessage(t *testing.T) {
	st := presetStore(t, "ecommerce")
	sc := st.Current().Scenario.Clone()
	var f Field
	for i, c := range st.Current().Scenario.Costs {
		if c.Category != "staff" {
			f = numField(at("costs", i, "amount"), line(costsOf, i, func(c *roi.Cost) *roi.Number { return &c.Amount }))
			break
		}
	}
	st.Edit(f, "12abc")
	st.DoneTyping(f.Path)
	html := render(t, st, PathCalc)
	id := fieldID(f.Path)
	in, ok := byID(html, id)
	if !ok {
		t.Fatalf("no #%s", id)
	}
	if in.attrs["value"] != "12abc" || in.attrs["aria-invalid"] != "true" || in.attrs["aria-describedby"] != id+"-err" {
		t.Errorf("field = %v; want the typed text, aria-invalid and aria-describedby", in.attrs)
	}
	if _, ok := byID(html, id+"-err"); !ok {
		t.Errorf("no #%s-err", id)
	}
	without := sc.Clone()
	f.Set(&without, "")
	want, err := roi.Calculate(without)
	if err != nil {
		t.Fatal(err)
	}
	if got := figures(html)["roi.direct"]; got != want.ROI.Direct.String() {
		t.Errorf("direct ROI = %s; want %s, the one without the field", got, want.ROI.Direct)
	}
	link, ok := byID(html, "uncounted")
	if !ok || !strings.Contains(html, `href="#`+id+`"`) || !strings.Contains(html, ">1 field is not counted<") {
		t.Errorf("summary: %v; want #uncounted saying 1 field is not counted, linked to #%s", link, id)
	}
	if !strings.Contains(html, "the results do not count this field") {
		t.Error("the field's message does not say the results leave it out")
	}
	msg, _ := st.Problem(f.Path)
	if !strings.Contains(html, htmlpkg.EscapeString(msg.String())) || !strings.Contains(msg.String(), "12abc") {
		t.Errorf("message %q not shown next to the field, or does not quote the text", msg.String())
	}
}

// A figure without a value says n/a and why.
func TestCalcUndefinedSaysWhy(t *testing.T) {
	st := NewStore(NewMemoryStorage())
	st.Add(roi.New("Empty", "EUR"))
	html := render(t, st, PathCalc)
	if figures(html)["roi.direct"] != "n/a" {
		t.Error("direct ROI of a scenario without cost is not n/a")
	}
	if why := (roi.Message{Code: "na.nocost"}).String(); !strings.Contains(html, why) {
		t.Errorf("reason %q not shown", why)
	}
}

func TestCompareShowsEngineComparison(t *testing.T) {
	st := presetStore(t, "b2b", "saas")
	html := render(t, st, PathCompare)
	es := st.Entries()
	ra, _ := roi.Calculate(es[0].Scenario)
	rb, _ := roi.Calculate(es[1].Scenario)
	c := roi.Compare(ra, rb)
	if !strings.Contains(html, `id="compare-table"`) {
		t.Fatal("no comparison table")
	}
	// cells[key][class] = data-value
	cells := map[string]map[string]string{}
	row := ""
	for _, e := range elements(html) {
		if e.tag == "tr" {
			row = e.attrs["data-key"]
			cells[row] = map[string]string{}
		}
		if e.tag == "td" && row != "" {
			cells[row][e.attrs["class"]] = e.attrs["data-value"]
		}
	}
	for _, r := range c.Rows {
		got, ok := cells[r.Key]
		if !ok {
			t.Errorf("row %s missing", r.Key)
			continue
		}
		for class, v := range map[string]roi.Value{"a": r.A, "b": r.B, "change": r.Change, "change-percent": r.ChangePercent} {
			if got[class] != v.String() {
				t.Errorf("row %s, %s = %q; want %q", r.Key, class, got[class], v.String())
			}
		}
	}
}

func TestCompareNeedsTwo(t *testing.T) {
	st := NewStore(NewMemoryStorage())
	html := render(t, st, PathCompare)
	if !strings.Contains(html, "Compare needs two scenarios") {
		t.Error("one scenario: no explanation shown")
	}
}

func TestGuideCoversModelsAndMetrics(t *testing.T) {
	html := render(t, NewStore(NewMemoryStorage()), PathGuide)
	for _, want := range []string{"E-commerce", "B2B", "SaaS", "Local store", "CPM", "CPC", "CPL", "CAC", "Break-even", "Direct ROI"} {
		if !strings.Contains(html, want) {
			t.Errorf("guide lacks %q", want)
		}
	}
}

func TestStorageNoticeShown(t *testing.T) {
	cases := []struct {
		name    string
		storage *MemoryStorage
		want    string
	}{
		{"unavailable", &MemoryStorage{Broken: true}, "will not be kept"},
		{"corrupt", func() *MemoryStorage {
			m := NewMemoryStorage()
			m.Set(store.MetaKey, "{not json")
			return m
		}(), store.BackupPrefix + "1"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			html := render(t, NewStore(tc.storage), PathCalc)
			if !strings.Contains(html, `id="storage-notice"`) || !strings.Contains(html, tc.want) {
				t.Errorf("notice with %q not shown", tc.want)
			}
		})
	}
}

func TestFieldID(t *testing.T) {
	cases := []struct{ path, want string }{
		{"name", "f-name"},
		{"costs[2].hourlyRate", "f-costs-2-hourlyRate"},
		{"funnel.stages[10].count", "f-funnel-stages-10-count"},
		{"actions[1].valueFrom.rate", "f-actions-1-valueFrom-rate"},
	}
	for _, tc := range cases {
		if got := fieldID(tc.path); got != tc.want {
			t.Errorf("fieldID(%q) = %q; want %q", tc.path, got, tc.want)
		}
	}
}

// Changing a cost line's category keeps the scenario valid: staff takes
// hours and rate, the others an amount.
func TestCategorySwitchKeepsScenarioValid(t *testing.T) {
	st := presetStore(t, "ecommerce")
	html := render(t, st, PathCalc)
	if !strings.Contains(html, `id="f-costs-0-hours"`) || !strings.Contains(html, `id="f-costs-2-amount"`) {
		t.Fatal("preset cost lines: staff shows hours, ads show an amount")
	}
	setCategory := func(i int, v string) { st.Choose(at("costs", i, "category"), v) }
	setCategory(0, "tools")
	if got := st.Current().Scenario.Costs[0].Category; got != "tools" {
		t.Fatalf("category = %q; want tools", got)
	}
	if probs := roi.Validate(st.Current().Scenario); len(probs) > 0 {
		t.Fatalf("invalid after switch: %v", probs)
	}
	html = render(t, st, PathCalc)
	if !strings.Contains(html, `id="f-costs-0-amount"`) || strings.Contains(html, `id="f-costs-0-hours"`) {
		t.Error("a tools line shows hours instead of an amount")
	}
	setCategory(2, "staff")
	c := st.Current().Scenario.Costs[2]
	if c.Category != "staff" || c.Amount != "" || c.Hours != "1" || c.HourlyRate != "4200" {
		t.Errorf("ads line switched to staff = %+v; want staff, one hour at the amount (roi.SetCostCategory)", c)
	}
}
