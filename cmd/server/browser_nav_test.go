//go:build browser

// Browser tests of the routes: each is a component of its own (app/routes.go),
// so moving between them dismounts one and mounts the next, several times in
// one page life.

package main

import (
	"strings"
	"testing"

	"github.com/socialroi/socialroi/roi"
)

// routeShown is, for each route, an element only that route draws.
var routeShown = map[string]string{
	"/":          "#f-name",
	"/compare":   "#compare-a",
	"/guide":     "article.guide",
	"/get-embed": "#embed-preview",
	"/report":    "#report",
}

// navTo moves to route as a person does: by the header's nav link (the
// report: the calculator's "Print report", and back by its "Back to the
// calculator"), and waits until the route is drawn.
func (p *browserPage) navTo(route string) {
	p.tb.Helper()
	from := eval[string](p, `location.pathname`)
	switch {
	case route == "/report":
		p.click("#print-report")
	case from == "/report" && route == "/":
		p.click("#report-back")
	default:
		p.clickJS("nav link to "+route, `[...document.querySelectorAll("header nav a")].find(a => new URL(a.href).pathname === `+jsq(route)+`)`)
	}
	p.waitJS("route "+route+" drawn", `location.pathname === `+jsq(route)+` && document.querySelector(`+jsq(routeShown[route])+`) !== null`,
		`({url: location.href, main: (document.querySelector("main") || {}).className})`)
	if route != "/report" { // the report is not in the nav
		p.waitJS("the nav marks "+route+" current", `(() => { const a = document.querySelector('header nav a[aria-current="page"]'); return !!a && new URL(a.href).pathname === `+jsq(route)+` })()`, "")
	}
	if route == "/get-embed" { // the builder takes its new preview's height (not a dismounted builder's)
		p.waitJS("the preview's height shown", `/\d+\s*px/.test(`+byID("embed-height")+`.textContent)`, byID("embed-height")+`.textContent`)
	}
}

// goTo moves to route by the app's own links from wherever the page is
// (navTo), by the calculator when the way is through it (the report is
// reached from the calculator, and left for it); nothing when it is there.
func (p *browserPage) goTo(route string) {
	p.tb.Helper()
	from := eval[string](p, `location.pathname`)
	if from == route {
		return
	}
	if from != "/" && route == "/report" || from == "/report" && route != "/" {
		p.navTo("/")
	}
	p.navTo(route)
}

// Clicking through every route and back, twice, leaves one working
// calculator: what was typed before leaving is there (and saved), one key
// typed changes the figure once, a dropped file is imported once, a #s=
// link is opened once, another tab's change shows, and the console has no
// error.
func TestNavEveryRouteAndBack(t *testing.T) {
	srv := startBrowserServer(t, browserDist(t))
	p := newBrowserPage(t, srv.URL)
	p.open("/")
	p.waitSaved("the preset saved", `d.scenarios.length === 1`)
	first := p.saved().Current
	b := p.newTab(t) // another tab of the same browser
	b.open("/")

	// Typed just before leaving: a number, a name, and a typo (kept as typed,
	// not counted). The nav link is clicked before the batch is written.
	p.typeInto(adsAmount, "5000")
	p.typeInto("f-name", "Navigated plan")
	p.typeInto("f-costs-0-hours", "12x")
	rounds := 2
	for i := 0; i < rounds; i++ {
		for _, route := range []string{"/compare", "/guide", "/get-embed", "/", "/report", "/"} {
			p.navTo(route)
		}
	}
	t.Logf("moved between the routes %d times", rounds*6)

	// Nothing typed before navigating is lost: on screen and in storage.
	for id, want := range map[string]string{adsAmount: "5,000", "f-name": "Navigated plan", "f-costs-0-hours": "12x"} {
		p.waitValue(id, want)
	}
	p.waitSaved("the typing saved", `d.scenarios.length === 1 && d.scenarios[0].scenario.name === "Navigated plan" && d.scenarios[0].scenario.costs[2].amount === "5000"`)
	if !p.exists("#f-costs-0-hours[aria-invalid=true]") {
		t.Error("the typo 12x is not marked as not counted after navigating")
	}
	p.typeInto("f-costs-0-hours", "12") // the typo put right: every figure counts again
	p.waitSaved("the hours 12 saved", `d.scenarios[0].scenario.costs[0].hours === "12" && !(d.scenarios[0].drafts || {})["costs[0].hours"]`)
	edited := p.currentScenario()
	p.checkFigures(mustCalculate(t, edited))
	// Intl writes a hyphen-minus in English: the app writes the minus sign.
	neg := eval[[]string](p, `[...document.querySelectorAll('.v[data-value^="-"], .fig[data-value^="-"], .range[data-low^="-"]')].map(e => e.textContent)`)
	if len(neg) == 0 {
		t.Error("no negative figure on screen: the preset with 5,000 of ads loses on gross profit")
	}
	for _, text := range neg {
		if strings.Contains(text, "-") || !strings.Contains(text, "\u2212") {
			t.Errorf("negative figure %q is written with a hyphen-minus; want the minus sign U+2212", text)
		}
	}

	// One key changes the figure once: a second page or listener still
	// taking the edit would change it again (or not at all).
	eval[bool](p, `(() => {
		const sel = `+jsq(summarySel("roi.direct"))+`;
		const read = () => { const e = document.querySelector(sel); return e ? e.getAttribute("data-value") : null };
		window.__navFigures = [read()];
		new MutationObserver(() => { const v = read(); if (v !== window.__navFigures.at(-1)) window.__navFigures.push(v) })
			.observe(document.body, {subtree: true, childList: true, attributes: true, attributeFilter: ["data-value"]});
		return true })()`)
	p.typeInto(adsAmount, "1")
	one := edited.Clone()
	one.Costs[2].Amount = roi.N("1")
	want := mustCalculate(t, one).Figure("roi.direct").String()
	p.waitFigure(summarySel("roi.direct"), want)
	p.waitSaved("the key saved", `d.scenarios[0].scenario.costs[2].amount === "1"`)
	if seen := eval[[]string](p, `window.__navFigures`); len(seen) != 2 || seen[1] != want {
		t.Errorf("one key typed: the direct ROI showed %q; want it to change once, to %q", seen, want)
	}

	// A dropped scenario file is imported once.
	dropped := mustPreset(t, "b2b").Clone()
	dropped.Name = "Dropped after navigating"
	eval[bool](p, `((text) => {
		const dt = new DataTransfer();
		dt.items.add(new File([text], "dropped.json", {type: "application/json"}));
		document.dispatchEvent(new DragEvent("dragover", {dataTransfer: dt, bubbles: true, cancelable: true}));
		document.dispatchEvent(new DragEvent("drop", {dataTransfer: dt, bubbles: true, cancelable: true}));
		return true })(`+jsq(mustJSON(t, dropped))+`)`)
	p.waitSaved("the dropped file imported", `d.scenarios.length === 2`)

	// A #s= link pasted into the address bar opens once.
	shared := mustPreset(t, "saas").Clone()
	shared.Name = "Shared after navigating"
	link := roi.ShareLink(p.base+"/", shared)
	eval[bool](p, `(location.hash = `+jsq(link[strings.Index(link, "#"):])+`, true)`)
	p.waitVisible("#incoming-banner")
	p.waitValue("f-name", shared.Name)

	// Another tab's change shows here (B types into the dropped-in
	// scenario's neighbour: the first one, which B has open).
	p.choose("scenario", first)
	p.waitValue("f-name", "Navigated plan")
	b.waitValue("f-name", "Navigated plan")
	b.typeInto("f-costs-1-label", "Typed in tab B")
	p.waitValue("f-costs-1-label", "Typed in tab B")
	p.waitSaved("B's edit stored", `d.scenarios.some(e => ((e.scenario.costs || [])[1] || {}).label === "Typed in tab B")`)

	// Once each, after everything above has been handled: one import, one
	// link (listed, not saved), no copy of either.
	d := p.saved()
	names := eval[[]string](p, `[...document.getElementById("scenario").options].map(o => o.text)`)
	count := func(name string) int {
		n := 0
		for _, s := range names {
			if strings.HasPrefix(s, name) {
				n++
			}
		}
		return n
	}
	if len(d.Scenarios) != 2 || count(dropped.Name) != 1 || count(shared.Name) != 1 || len(names) != 3 {
		t.Errorf("%d saved scenarios, listed %q; want 2 saved (the first, the dropped file once) and the link's once, unsaved", len(d.Scenarios), names)
	}
	for _, m := range p.consoleErrors() {
		t.Errorf("console %s (%s:%d)", m, m.URL, m.Line+1)
	}
}
