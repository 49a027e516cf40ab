//go:build browser

package main

import (
	"testing"

	"github.com/chromedp/chromedp"
)

// TestTypingDrawsWhatChanged: keys typed into a cost line, then into the
// guided start, draw what they change and leave the rest as it is: after
// the keys every figure on the page, the guided start's answer and the
// form's fields are the engine's for the scenario stored, while a chart
// whose figures did not change (the funnel's) and another cost line keep
// their elements, and a chart whose figures changed (the costs') is drawn
// anew. The keys go in quicker than go-app's frames.
func TestTypingDrawsWhatChanged(t *testing.T) {
	srv := startBrowserServer(t, browserDist(t))
	p := newBrowserPage(t, srv.URL)
	p.open("/")
	base := mustPreset(t, "ecommerce")
	p.waitFigure(summarySel("roi.direct"), mustCalculate(t, base).Figure("roi.direct").String())

	// Marks on elements that a redraw would replace.
	mark := func() {
		eval[bool](p, `(() => {
			for (const s of ['#chart-funnel svg', '#chart-costs svg', '[data-line="costs[3]"] h3']) document.querySelector(s).__kept = true;
			return true })()`)
	}
	kept := func(sel string) bool {
		return eval[bool](p, `document.querySelector(`+jsq(sel)+`).__kept === true`)
	}
	mark()

	// Keys into the ads line, sent together.
	eval[bool](p, `(() => { const e = `+byID(adsAmount)+`; e.scrollIntoView({block: "center"}); e.focus(); e.select(); return true })()`)
	p.do("typing 5000 at once", chromedp.KeyEvent("5000"))
	edited := withAmount(base, 2, "5000")
	r := mustCalculate(t, edited)
	p.checkFigures(r)
	p.waitJS("the guided start's answer", `document.querySelector('[data-start="roi"]').getAttribute("data-value") === `+jsq(r.Headline.Direct.Likely.String()),
		`document.querySelector('[data-start="roi"]').getAttribute("data-value")`)
	p.waitJS("the start's ad spend shows the line", byID("start-ads")+`.value === "5000"`, byID("start-ads")+`.value`)
	if got := p.value(adsAmount); got != "5000" {
		t.Errorf("#%s holds %q; want 5000", adsAmount, got)
	}
	if !kept("#chart-funnel svg") {
		t.Errorf("the funnel chart was drawn again; its figures did not change")
	}
	if kept("#chart-costs svg") {
		t.Errorf("the cost chart was not drawn again; its figures changed")
	}
	if !kept(`[data-line="costs[3]"] h3`) {
		t.Errorf("the cost line costs[3] was drawn anew; only costs[2] changed")
	}

	// Keys into the guided start: the full form's line follows. Left, the
	// line's field shows its number the local way, and so does the start's.
	eval[bool](p, byID(adsAmount)+`.blur() === undefined`)
	p.waitValue("start-ads", "5,000")
	mark()
	eval[bool](p, `(() => { const e = `+byID("start-ads")+`; e.focus(); e.select(); return true })()`)
	p.do("typing 750 at once", chromedp.KeyEvent("750"))
	edited = withAmount(base, 2, "750")
	r = mustCalculate(t, edited)
	p.waitJS("the figures after 750", `document.querySelector('#results [data-figure="roi.direct"]').getAttribute("data-value") === `+jsq(r.Figure("roi.direct").String()),
		`JSON.stringify({start: `+byID("start-ads")+`.value, line: `+byID(adsAmount)+`.value, figs: [...document.querySelectorAll("[data-figure]")].map(e => e.dataset.figure + "=" + e.getAttribute("data-value")).join(" "), startRoi: document.querySelector('[data-start="roi"]').getAttribute("data-value"), active: document.activeElement.id})`)
	p.checkFigures(r)
	p.waitValue(adsAmount, "750")
	if !kept("#chart-funnel svg") {
		t.Errorf("after keys in the start: the funnel chart was drawn again")
	}
	p.waitSaved("750 saved", `d.scenarios.some(e => e.id === d.current && e.scenario.costs[2].amount === "750")`)
	if got, want := mustJSON(t, p.currentScenario()), mustJSON(t, edited); got != want {
		t.Errorf("the stored scenario is\n %s\nwant\n %s", got, want)
	}
	if errs := p.consoleErrors(); len(errs) > 0 {
		t.Errorf("console errors: %v", errs)
	}
}
