//go:build browser

// Browser tests of the visitor's data (package store) in the real app:
// tabs that cooperate, fields that always show the current scenario,
// typing before the wasm starts, a large import, storage faults, links
// that survive a reload.

package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	cdpfetch "github.com/chromedp/cdproto/fetch"
	"github.com/chromedp/chromedp"
	"github.com/socialroi/socialroi/roi"
	"github.com/socialroi/socialroi/store"
)

// newTab opens another tab of p's browser: same profile, same localStorage,
// a sessionStorage of its own.
func (p *browserPage) newTab(tb testing.TB) *browserPage {
	tb.Helper()
	q, closeTab := p.newTabClosable(tb)
	tb.Cleanup(closeTab)
	return q
}

// newTabClosable is newTab, and the function that closes it. Like every
// test page (forTest), it mounts the calculator's held parts at once, not
// some seconds after the start: waitReady waits for them.
func (p *browserPage) newTabClosable(tb testing.TB) (q *browserPage, closeTab func()) {
	tb.Helper()
	ctx, cancel := chromedp.NewContext(p.ctx)
	q = &browserPage{tb: tb, ctx: ctx, base: p.base}
	if err := chromedp.Do(ctx); err != nil {
		cancel()
		tb.Fatalf("opening a second tab: %v", err)
	}
	q.onNewDocument(idleAtOnce)
	return q, cancel
}

// scenarioIDs are the ids listed in the scenario select, in order.
func (p *browserPage) scenarioIDs() []string {
	return eval[[]string](p, `[...document.getElementById("scenario").options].map(o => o.value)`)
}

// Two tabs of one browser: a scenario made in A and an edit in B both
// survive; an edit appears in the other tab without a reload (how soon is
// logged, a measurement: the storage event takes milliseconds); the same
// scenario edited in both keeps the latest edit and tells the other tab.
func TestTabsCooperate(t *testing.T) {
	srv := startBrowserServer(t, browserDist(t))
	a := newBrowserPage(t, srv.URL)
	a.open("/")
	a.waitSaved("the preset saved", `d.scenarios.length === 1`)
	eco := a.saved().Current
	b := a.newTab(t)
	b.open("/")

	// Create in A; B lists it within a second.
	a.choose("new-from", "b2b")
	a.click("#create")
	a.waitSaved("A's new scenario saved", `d.scenarios.length === 2`)
	made := a.saved().Current
	start := time.Now()
	if err := b.pollJS(`[...document.getElementById("scenario").options].some(o => o.value === `+jsq(made)+`)`, browserWait); err != nil {
		t.Errorf("B does not list A's new scenario: %v", err)
	}
	t.Logf("A's new scenario listed in B after %v", time.Since(start).Round(time.Millisecond))

	// Type in B (on the e-commerce scenario); reload A: nothing is lost.
	b.typeInto(adsAmount, "5000")
	b.waitSaved("B's edit saved", `d.scenarios.some(e => e.id === `+jsq(eco)+` && e.scenario.costs[2].amount === "5000")`)
	a.reload()
	d := a.saved()
	if len(d.Scenarios) != 2 {
		t.Fatalf("after reloading A: %d scenarios; want A's and B's", len(d.Scenarios))
	}
	if got := a.savedScenario(d, eco).Costs[2].Amount; got != "5000" {
		t.Errorf("B's edit lost: amount %q", got)
	}
	if a.savedScenario(d, made).Name != mustPreset(t, "b2b").Name {
		t.Error("A's scenario lost")
	}

	// Both on the same scenario: A's edit shows in B's field within a
	// second, and B is told.
	a.choose("scenario", eco)
	b.waitValue("scenario", eco)
	// A's form shows the e-commerce line before A types over it (typing
	// while the form still shows the b2b line would type into a field the
	// switch is about to refill).
	a.waitValue("f-costs-2-label", a.savedScenario(d, eco).Costs[2].Label)
	a.typeInto("f-costs-2-label", "Edited in A")
	start = time.Now()
	if err := b.pollJS(byID("f-costs-2-label")+`.value === "Edited in A"`, browserWait); err != nil {
		t.Errorf("A's edit is not in B's field (B shows %q): %v", b.value("f-costs-2-label"), err)
	}
	t.Logf("A's edit shown in B after %v", time.Since(start).Round(time.Millisecond))
	b.waitVisible("#storage-notice")
	if n := b.text("#storage-notice"); !strings.Contains(n, "changed in another tab") {
		t.Errorf("B's notice = %q; want it to say the scenario changed in another tab", n)
	}
	// B edits next: its edit is the latest, and A is told.
	b.typeInto(adsAmount, "6100")
	a.waitValue(adsAmount, "6,100")
	a.waitVisible("#storage-notice")
	a.reload()
	if got := a.currentScenario(); got.Costs[2].Amount != "6100" || got.Costs[2].Label != "Edited in A" {
		t.Errorf("stored %+v; want both edits, the latest last", got.Costs[2])
	}
}

// expectedControls is what every form control must show for sc: by the
// control's name (a JSON path, or .mode and .method), its value or, for a
// checkbox, "true"/"false".
func expectedControls(tb testing.TB, sc roi.Scenario, names []string) map[string]string {
	tb.Helper()
	want := map[string]string{}
	for _, name := range names {
		switch {
		case strings.HasSuffix(name, ".mode"):
			i := 0
			fmt.Sscanf(strings.TrimPrefix(name, "funnel.stages["), "%d", &i)
			if sc.Funnel == nil || i >= len(sc.Funnel.Stages) {
				want[name] = "(no such stage)"
				continue
			}
			st := sc.Funnel.Stages[i]
			want[name] = "count"
			if st.Count.IsZero() && !st.Rate.IsZero() {
				want[name] = "rate"
			}
		case strings.HasSuffix(name, ".method"):
			i := 0
			fmt.Sscanf(strings.TrimPrefix(name, "actions["), "%d", &i)
			if i >= len(sc.Actions) {
				want[name] = "(no such action)"
				continue
			}
			want[name] = roi.ActionMethod(sc.Actions[i])
		case strings.HasSuffix(name, ".inRevenue"): // not said shows as "unknown"
			i := 0
			fmt.Sscanf(strings.TrimPrefix(name, "actions["), "%d", &i)
			want[name] = "unknown"
			if i < len(sc.Actions) && sc.Actions[i].InRevenue != nil {
				want[name] = fmt.Sprint(*sc.Actions[i].InRevenue)
			}
		case strings.HasSuffix(name, ".hours#per"): // a staff line's unit (app/hours.go): the period's hours unless typed per week or month
			want[name] = roi.PerPeriod
		case strings.HasPrefix(name, "revenue[") && strings.HasSuffix(name, ".source"): // not given shows as "manual"
			i := 0
			fmt.Sscanf(strings.TrimPrefix(name, "revenue["), "%d", &i)
			want[name] = "manual"
			if i < len(sc.Revenue) && sc.Revenue[i].Source != "" {
				want[name] = sc.Revenue[i].Source
			}
		default:
			f, ok := store.PathField(name)
			if !ok {
				tb.Fatalf("control %q is not a field of the scenario", name)
			}
			v := f.Get(&sc)
			if !strings.Contains(name, "[") || lineExists(sc, name) {
			} else {
				v = "(no such line)"
			}
			if f.Number && v != "" {
				v = store.InputNumber(v, roi.LocaleFor("en"))
			}
			want[name] = v
		}
	}
	return want
}

// lineExists reports whether every list line a path names is in sc.
func lineExists(sc roi.Scenario, path string) bool {
	var v any
	b, _ := json.Marshal(sc)
	json.Unmarshal(b, &v)
	for _, seg := range strings.Split(path, ".") {
		name, idx, hasIdx := strings.Cut(seg, "[")
		m, ok := v.(map[string]any)
		if !ok {
			return true // a leaf or a missing optional block: not a line
		}
		v = m[name]
		if hasIdx {
			n := 0
			fmt.Sscanf(idx, "%d", &n)
			l, _ := v.([]any)
			if n >= len(l) {
				return false
			}
			v = l[n]
		}
	}
	return true
}

// checkControls compares every form control with the current scenario.
func (p *browserPage) checkControls(what string) {
	p.tb.Helper()
	// The guided start's fields (name "start.…") edit the first line of a
	// kind, not a path: browser_start_test.go checks them.
	read := `(() => { const o = {}; for (const e of document.querySelectorAll("main [name]")) {
		if (!e.name || e.type === "file" || e.name.startsWith("start.")) continue;
		o[e.name] = e.type === "checkbox" ? String(e.checked) : e.value } return o })()`
	// Polled until browserWait: after a switch the form's parts are drawn
	// in frames after the saved data changed, and the fields are filled
	// after the frame that draws them (app/typing.go, formsync.go).
	var bad []string
	for deadline := time.Now().Add(browserWait); ; {
		got := eval[map[string]string](p, read)
		names := make([]string, 0, len(got))
		for k := range got {
			names = append(names, k)
		}
		d := p.saved()
		want := expectedControls(p.tb, p.savedScenario(d, d.Current), names)
		for _, e := range d.Scenarios {
			if e.ID != d.Current {
				continue
			}
			for path, raw := range e.Drafts { // a field with a draft shows it
				var dr struct{ Text string }
				if json.Unmarshal(raw, &dr) == nil {
					if _, ok := want[path]; ok {
						want[path] = dr.Text
					}
				}
			}
		}
		// Hours given per week or month show what was typed, not the
		// period's hours: the test that typed them checks them.
		for k, v := range got {
			if base, ok := strings.CutSuffix(k, "#per"); ok && v != roi.PerPeriod {
				want[k], want[base] = v, got[base]
			}
		}
		bad = bad[:0]
		for k, w := range want {
			if got[k] != w {
				bad = append(bad, fmt.Sprintf("%s = %q; want %q", k, got[k], w))
			}
		}
		if len(bad) == 0 {
			return
		}
		if time.Now().After(deadline) {
			break
		}
		// Look again once the page has drawn another frame.
		eval[bool](p, `new Promise(r => requestAnimationFrame(() => setTimeout(() => r(true))))`)
	}
	p.tb.Errorf("%s: fields not showing the scenario:\n\t%s", what, strings.Join(bad, "\n\t"))
}

// Switching between every pair of presets and blank (and creating,
// deleting, undoing) redraws every field from the scenario: nothing of the
// previous scenario stays in a field.
func TestFieldsShowCurrentScenario(t *testing.T) {
	srv := startBrowserServer(t, browserDist(t))
	p := newBrowserPage(t, srv.URL)
	p.open("/")
	p.waitSaved("the preset saved", `d.scenarios.length === 1`)
	ids := []string{p.saved().Current}
	for i, from := range []string{"b2b", "saas", "local", "blank"} {
		p.choose("new-from", from)
		p.click("#create")
		p.waitSaved("created from "+from, fmt.Sprintf(`d.scenarios.length === %d`, i+2))
		ids = append(ids, p.saved().Current)
		p.checkControls("created from " + from)
	}
	for _, from := range ids {
		for _, to := range ids {
			if from == to {
				continue
			}
			p.choose("scenario", from)
			p.waitSaved("switched", `d.current === `+jsq(from))
			// Type in a field without leaving it, as a person might just
			// before switching.
			p.typeInto("f-name", "Typed before switching")
			p.choose("scenario", to)
			p.waitSaved("switched", `d.current === `+jsq(to))
			p.checkControls(fmt.Sprintf("from %s to %s", from, to))
		}
	}
	p.click("#delete")
	p.waitSaved("deleted", fmt.Sprintf(`d.scenarios.length === %d`, len(ids)-1))
	p.checkControls("after delete")
	p.click("#undo")
	p.waitSaved("undone", fmt.Sprintf(`d.scenarios.length === %d`, len(ids)))
	p.checkControls("after undo")
}

// Values typed, chosen and ticked in the prerendered page before the wasm
// starts are in the scenario once the app has mounted. The wasm request is
// held back (Fetch domain) until the test has typed.
func TestTypingBeforeStart(t *testing.T) {
	srv := startBrowserServer(t, browserDist(t))
	p := newBrowserPage(t, srv.URL)
	release := p.holdWasm("/")
	if eval[bool](p, `document.documentElement.getAttribute("data-app-ready") === "1"`) {
		t.Fatal("the app started without its wasm")
	}
	// Type into the prerendered form.
	p.typeInto("f-grossMargin", "33")
	p.typeInto("f-costs-2-label", "Typed early")
	p.typeInto("start-rate", "41") // the guided start: the first staff line's rate
	eval[bool](p, `(() => { const e = document.getElementById("f-costs-2-category"); e.value = "tools";
		e.dispatchEvent(new Event("change", {bubbles: true})); return true })()`)
	eval[bool](p, `(() => { const e = document.getElementById("f-revenue-3-paid"); e.checked = !e.checked; return true })()`)
	// The second staff line's hours, per week (app/hours.go).
	eval[bool](p, `(() => { const e = document.getElementById("f-costs-1-hours-per"); e.value = "week";
		e.dispatchEvent(new Event("change", {bubbles: true})); return true })()`)
	p.typeInto("f-costs-1-hours", "6")
	start := time.Now()
	release()
	p.waitReady()
	t.Logf("the app started %v after the wasm was let through", time.Since(start).Round(time.Millisecond))
	p.waitSaved("the early typing saved", `d.scenarios.some(e => e.id === d.current && e.scenario.grossMargin === "33")`)
	cur := p.currentScenario()
	want := mustPreset(t, "ecommerce")
	if cur.Costs[2].Label != "Typed early" || cur.Costs[2].Category != "tools" || cur.Costs[2].Amount != want.Costs[2].Amount {
		t.Errorf("costs[2] = %+v; want the label typed, tools, the amount kept", cur.Costs[2])
	}
	if cur.Costs[0].HourlyRate != "41" {
		t.Errorf("costs[0].hourlyRate = %q; want the 41 typed in the start", cur.Costs[0].HourlyRate)
	}
	if hours, _, _ := roi.PeriodHours(want.Period, "6", roi.PerWeek); cur.Costs[1].Hours != hours {
		t.Errorf("costs[1].hours = %q; want 6 a week over the period, %s", cur.Costs[1].Hours, hours)
	}
	p.waitValue("f-costs-1-hours", "6")
	p.waitValue("f-costs-1-hours-per", roi.PerWeek)
	if cur.Revenue[3].Paid == want.Revenue[3].Paid {
		t.Error("the ticked box was not carried over")
	}
	p.waitValue("f-grossMargin", "33")
	p.waitValue("f-costs-2-label", "Typed early")
	p.checkControls("after the start")
}

// The choices outside the scenario made on the prerendered page before the
// wasm starts (the header's language and theme, the menu's "New scenario
// from", the share's "The link opens") are the app's once it has started:
// go-app draws its own selects, and without the carry-over (app/prestart.go
// readEarlyChoices) each went back to what it was, without a word.
func TestChoicesBeforeStart(t *testing.T) {
	srv := startBrowserServer(t, browserDist(t))
	saas := mustPreset(t, "saas").Name
	tests := []struct {
		route, id, value string
		before           func(t *testing.T, p *browserPage) // on the prerendered page, before the choice
		atOnce           func(t *testing.T, p *browserPage) // on the prerendered page, after it
		check            func(t *testing.T, p *browserPage) // once the app started
	}{
		{"/", "lang", "fr", func(t *testing.T, p *browserPage) {
			p.typeInto(adsAmount, "4,500") // on the English page
		}, nil, func(t *testing.T, p *browserPage) {
			p.waitSaved("the language kept", `d.settings && d.settings.lang === "fr"`)
			// Typed on the English page before French was chosen: read
			// as the page wrote it (app/prestart.go earlyLocale).
			p.waitSaved("4,500 typed before the start", `d.scenarios.some(e => e.id === d.current && e.scenario.costs[2].amount === "4500")`)
			p.waitJS("the page in French", `document.documentElement.lang === "fr" && document.querySelector('label[for="lang"]').textContent === "Langue"`,
				`[document.documentElement.lang, document.querySelector('label[for="lang"]').textContent]`)
			name := filepath.Join(screensDir(t), "lang-chosen-before-start-fr-375.png")
			t.Logf("%s: %d bytes", name, p.screenshot(name))
		}},
		{"/guide", "lang", "sv", nil, nil, func(t *testing.T, p *browserPage) {
			p.waitSaved("the language kept", `d.settings && d.settings.lang === "sv"`)
			p.waitJS("the guide in Swedish", `document.documentElement.lang === "sv" && document.querySelector('label[for="lang"]').textContent === "Språk"`,
				`[document.documentElement.lang, document.querySelector('label[for="lang"]').textContent]`)
		}},
		{"/", "theme", "dark", nil, func(t *testing.T, p *browserPage) { // shown at once (web/boot.js)
			if got := eval[string](p, `document.documentElement.getAttribute("data-theme") || ""`); got != "dark" {
				t.Errorf("data-theme %q on the prerendered page after the choice; want dark at once", got)
			}
			name := filepath.Join(screensDir(t), "theme-dark-before-start-en-375.png")
			t.Logf("%s: %d bytes", name, p.screenshot(name))
		}, func(t *testing.T, p *browserPage) {
			p.waitSaved("the theme kept", `d.settings && d.settings.theme === "dark"`)
			p.waitJS("the dark theme", `document.documentElement.getAttribute("data-theme") === "dark"`, `document.documentElement.getAttribute("data-theme")`)
		}},
		{"/", "new-from", "saas", nil, nil, func(t *testing.T, p *browserPage) {
			p.click("#create")
			p.waitSaved("a scenario made from the SaaS example", `d.scenarios.length === 2 && d.scenarios.some(e => e.id === d.current && e.scenario.name === `+jsq(saas)+`)`)
		}},
		{"/", "share-to", "calc", nil, nil, nil},
	}
	for _, tt := range tests {
		t.Run(strings.TrimPrefix(tt.route, "/")+tt.id, func(t *testing.T) {
			p := newBrowserPage(t, srv.URL)
			release := p.holdWasm(tt.route)
			p.viewport(375, 740)
			if tt.before != nil {
				tt.before(t, p)
			}
			if got := eval[string](p, byID(tt.id)+`.value`); got == tt.value {
				t.Fatalf("#%s is %q on the prerendered page already: the test cannot choose it", tt.id, got)
			}
			eval[bool](p, `(() => { const e = `+byID(tt.id)+`; e.value = `+jsq(tt.value)+`;
				e.dispatchEvent(new Event("input", {bubbles: true})); e.dispatchEvent(new Event("change", {bubbles: true})); return e.value === `+jsq(tt.value)+` })()`)
			if tt.atOnce != nil {
				tt.atOnce(t, p)
			}
			release()
			p.waitReady()
			p.waitValue(tt.id, tt.value)
			if tt.check != nil {
				tt.check(t, p)
			}
			// Two frames on, the select still shows the choice.
			got := eval[string](p, `(async () => { const frame = () => new Promise(r => requestAnimationFrame(() => r()));
				await frame(); await frame(); return `+byID(tt.id)+`.value })()`)
			if got != tt.value {
				t.Errorf("#%s = %q two frames after ready; want %q, as chosen before the start", tt.id, got, tt.value)
			}
		})
	}
}

// The saved theme is the page's from its first paint: web/boot.js sets it
// as the document is parsed, before the app starts (which sets it again),
// so a visitor who chose dark does not see the system's light colours for
// as long as the wasm takes to arrive, and the theme picker shows it. Back
// to the system's, no theme.
func TestSavedThemeFromFirstPaint(t *testing.T) {
	srv := startBrowserServer(t, browserDist(t))
	p := newBrowserPage(t, srv.URL)
	// Read in the task after the document's DOMContentLoaded listeners
	// (web/boot.js's among them), before the app starts.
	p.onNewDocument(`document.addEventListener("DOMContentLoaded", () => setTimeout(() => {
		window.__themeAtParse = document.documentElement.getAttribute("data-theme") || "";
		window.__pickerAtParse = document.getElementById("theme").value;
		window.__readyAtParse = document.documentElement.hasAttribute("data-app-ready");
	}))`)
	p.open("/")
	p.waitReady()
	for _, theme := range []string{"dark", "light", ""} {
		option := theme
		if option == "" {
			option = "System" // the option's text: it has no value of its own
		}
		p.choose("theme", option)
		p.waitSaved("theme "+theme, `d.settings && (d.settings.theme || "") === `+jsq(theme))
		p.reload()
		p.waitReady()
		got := eval[struct {
			Theme, Picker string
			Ready         bool
		}](p, `({theme: window.__themeAtParse, picker: window.__pickerAtParse, ready: window.__readyAtParse})`)
		if got.Ready {
			t.Fatalf("the app was ready when the page was parsed: the test sees nothing before the start")
		}
		if got.Theme != theme || got.Picker != option {
			t.Errorf("saved theme %q: data-theme %q and the picker on %q once the page was parsed, before the start; want %q and %q", theme, got.Theme, got.Picker, theme, option)
		}
	}
}

// An import of a 186 KB file full of "&" survives a reload: its stored form
// ("&" not written as \u0026) is within the read limit.
func TestBigImportSurvivesReload(t *testing.T) {
	srv := startBrowserServer(t, browserDist(t))
	p := newBrowserPage(t, srv.URL)
	p.open("/")
	p.waitSaved("the preset saved", `d.scenarios.length === 1`)
	sc := roi.New("R&D & co", "EUR")
	label := strings.Repeat("R&D ", 400)[:1600]
	for store.StoredSize(sc) < 186<<10 {
		sc.Costs = append(sc.Costs, roi.Cost{Label: label, Category: "ads", Amount: "1"})
	}
	data := []byte(mustJSON(t, sc)) // json.Marshal: & as \u0026 in the file
	path := filepath.Join(t.TempDir(), "big.json")
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("the file: %d bytes, %d costs, %d &", len(data), len(sc.Costs), strings.Count(label, "&")*len(sc.Costs))
	p.do("choosing the file", chromedp.SetUploadFiles(chromedp.CSS("#import-file"), []string{path}))
	p.waitSaved("the import saved", `d.scenarios.length === 2`)
	stored := eval[int](p, `(() => { const d = `+savedDocJS+`; return JSON.stringify(d.scenarios.find(e => e.id === d.current).scenario).length })()`)
	t.Logf("stored form: %d bytes (limit %d)", stored, roi.MaxDocumentBytes)
	p.reload()
	d := p.saved()
	if len(d.Scenarios) != 2 {
		t.Fatalf("after reload: %d scenarios; want the import kept", len(d.Scenarios))
	}
	if got := p.savedScenario(d, d.Current); len(got.Costs) != len(sc.Costs) || got.Name != sc.Name {
		t.Errorf("after reload: %q with %d costs; want %q with %d", got.Name, len(got.Costs), sc.Name, len(sc.Costs))
	}
	if p.exists("#storage-notice") {
		t.Errorf("a notice after reload: %q", p.text("#storage-notice"))
	}
}

// Corrupt data and a full storage at once: the notice does not claim a
// backup, none is made, the data stays, and a scenario created then says
// it is not saved.
func TestCorruptAndFullStorage(t *testing.T) {
	srv := startBrowserServer(t, browserDist(t))
	p := newBrowserPage(t, srv.URL)
	const bad = "{corrupt but precious"
	p.seedStorage(scenarioKey+"zz", bad)
	p.onNewDocument(`(() => { const set = Storage.prototype.setItem;
		Storage.prototype.setItem = function (k, v) {
			if (this === window.localStorage && !k.startsWith("socialroi.test")) throw new DOMException("Setting the value exceeded the quota.", "QuotaExceededError");
			return set.call(this, k, v) } })()`)
	p.open("/")
	p.waitVisible("#storage-notice")
	n := p.text("#storage-notice")
	t.Logf("#storage-notice says %q", n)
	if !strings.Contains(n, "no copy could be made") || strings.Contains(n, "A copy was kept") {
		t.Errorf("notice %q; want it to say no copy could be made", n)
	}
	if keys := eval[[]string](p, `Object.keys(localStorage).filter(k => k.startsWith(`+jsq(backupPrefix)+`))`); len(keys) > 0 {
		t.Errorf("backup keys %v exist; none could be written", keys)
	}
	if got, _ := p.storageItem(scenarioKey + "zz"); got != bad {
		t.Errorf("the unreadable data = %q; want it left as it was", got)
	}
	p.choose("new-from", "saas")
	p.click("#create")
	p.waitVisible("#unsaved-warning")
	if opt := eval[string](p, `document.getElementById("scenario").selectedOptions[0].text`); !strings.Contains(opt, "not saved") {
		t.Errorf("the new scenario is listed as %q; want it marked not saved", opt)
	}
}

// A shared link stays open across reloads until Save or Discard.
func TestSharedLinkSurvivesReload(t *testing.T) {
	srv := startBrowserServer(t, browserDist(t))
	p := newBrowserPage(t, srv.URL)
	p.open("/")
	p.waitSaved("the preset saved", `d.scenarios.length === 1`)
	sc := mustPreset(t, "local")
	sc.Name = "From a colleague"
	p.do("opening the link", chromedp.Navigate(roi.ShareLink(p.base+"/", sc)))
	p.waitReady()
	p.waitVisible("#incoming-banner")
	p.typeInto("f-costs-0-hours", "77")
	for i := range 2 {
		p.reload()
		p.waitVisible("#incoming-banner")
		p.waitValue("f-name", sc.Name)
		p.waitValue("f-costs-0-hours", "77")
		if d := p.saved(); len(d.Scenarios) != 1 {
			t.Fatalf("reload %d: %d scenarios saved; the link's must not be before Save", i+1, len(d.Scenarios))
		}
	}
	p.click("#save-shared")
	p.waitSaved("saved", `d.scenarios.length === 2`)
	p.reload()
	if p.exists("#incoming-banner") {
		t.Error("still offered as incoming after Save")
	}

	// Discard: gone, also after a reload.
	sc.Name = "Another one"
	p.do("opening the second link", chromedp.Navigate(roi.ShareLink(p.base+"/", sc)))
	p.waitReady()
	p.waitVisible("#incoming-banner")
	p.reload()
	p.waitVisible("#incoming-banner")
	p.click("#discard-shared")
	p.reload()
	if p.exists("#incoming-banner") || strings.Contains(strings.Join(p.scenarioIDs(), ","), "Another") {
		t.Error("the discarded scenario came back")
	}
	if d := p.saved(); len(d.Scenarios) != 2 {
		t.Errorf("%d scenarios saved after Discard; want 2", len(d.Scenarios))
	}
}

// Data of earlier builds (the single key socialroi.v1, version-1
// scenarios) opens with every scenario; what the new version changed is
// said once per scenario, and dismissing it lasts.
func TestLegacyMigration(t *testing.T) {
	srv := startBrowserServer(t, browserDist(t))
	p := newBrowserPage(t, srv.URL)
	v1 := func(sc roi.Scenario) string {
		sc.Version = 1
		return mustJSON(t, sc)
	}
	b2b := mustPreset(t, "b2b")
	b2b.Name = "Q3 & Q4"
	doc := `{"format":"social-roi-app","version":1,"current":"b","settings":{"theme":"dark"},"scenarios":[` +
		`{"id":"a","scenario":` + v1(mustPreset(t, "ecommerce")) + `},` +
		`{"id":"b","scenario":` + v1(b2b) + `,"drafts":{"costs[0].hours":{"text":"12x","problem":{"code":"num.invalid","args":["\"12x\""]}}}}]}`
	unseed := p.seedStorage(legacyKey, doc)
	p.open("/")
	unseed()
	p.waitVisible("#migration-notes")
	t.Logf("#migration-notes says %q", p.text("#migration-notes"))
	d := p.saved()
	if len(d.Scenarios) != 2 || d.Current != "b" || p.savedScenario(d, "b").Name != "Q3 & Q4" {
		t.Fatalf("after migration: %d scenarios, current %q", len(d.Scenarios), d.Current)
	}
	p.waitValue("f-costs-0-hours", "12x")
	if got, _ := p.storageItem(legacyKey); got != doc {
		t.Error("the old key was changed")
	}
	p.click("#migration-dismiss")
	p.reload()
	if p.exists("#migration-notes") {
		t.Error("dismissed notes shown again after a reload")
	}
	p.choose("scenario", "a")
	p.waitVisible("#migration-notes") // the other scenario's notes, once
}

// holdWasm opens path with app.wasm's request held back (Fetch domain), so
// the prerendered page stays as it is before the app starts; it fails the
// test if the app starts anyway. release lets the wasm through.
func (p *browserPage) holdWasm(path string) (release func()) {
	p.tb.Helper()
	evctx, stop := context.WithCancel(p.ctx)
	defer stop()
	paused := chromedp.Events(evctx, cdpfetch.RequestPaused)
	if _, err := chromedp.Call(p.ctx, cdpfetch.Enable, cdpfetch.EnableParams{Patterns: []*cdpfetch.RequestPattern{{URLPattern: "*app.wasm*", RequestStage: cdpfetch.RequestStageRequest}}}); err != nil {
		p.tb.Fatalf("holding app.wasm back: %v", err)
	}
	p.do("opening "+path, chromedp.Navigate(p.base+path))
	got := make(chan cdpfetch.RequestID, 1)
	go func() {
		for ev, err := range paused {
			if err != nil {
				return
			}
			got <- ev.RequestID
			return
		}
	}()
	var id cdpfetch.RequestID
	select {
	case id = <-got:
	case <-time.After(browserWait):
		p.tb.Fatal("app.wasm was never requested")
	}
	if eval[bool](p, `document.documentElement.getAttribute("data-app-ready") === "1"`) {
		p.tb.Fatal("the app started without its wasm")
	}
	return func() {
		p.tb.Helper()
		if _, err := chromedp.Call(p.ctx, cdpfetch.ContinueRequest, cdpfetch.ContinueRequestParams{RequestID: id}); err != nil {
			p.tb.Fatalf("letting app.wasm through: %v", err)
		}
		if _, err := chromedp.Call(p.ctx, cdpfetch.Disable, cdp.Empty{}); err != nil {
			p.tb.Fatalf("Fetch.disable: %v", err)
		}
	}
}
