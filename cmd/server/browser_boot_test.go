//go:build browser

package main

import (
	"testing"
)

// What was typed before the start is read by web/boot.js's reader
// (app/prestart.go, earlyJS); without it (an old boot.js, a blocked
// script) the app reads the prerendered form itself, with the same rules:
// here the reader is taken away before boot.js defines it.
func TestTypingBeforeStartWithoutBootReader(t *testing.T) {
	srv := startBrowserServer(t, browserDist(t))
	p := newBrowserPage(t, srv.URL)
	p.onNewDocument(`Object.defineProperty(window, "socialroiEarly", {get() { return undefined }, set(v) {}, configurable: false})`)
	release := p.holdWasm("/")
	p.typeInto("f-grossMargin", "37")
	p.typeInto("f-costs-2-label", "Read from Go")
	eval[bool](p, `(() => { const e = document.getElementById("f-costs-2-category"); e.value = "tools";
		e.dispatchEvent(new Event("change", {bubbles: true})); return true })()`)
	eval[bool](p, `(() => { const e = document.getElementById("f-revenue-3-paid"); e.checked = !e.checked; return true })()`)
	release()
	p.waitReady()
	if eval[bool](p, `typeof window.socialroiEarly === "function"`) {
		t.Fatal("boot.js's reader is there: the test reads nothing from Go")
	}
	p.waitSaved("the early typing saved", `d.scenarios.some(e => e.id === d.current && e.scenario.grossMargin === "37")`)
	cur := p.currentScenario()
	want := mustPreset(t, "ecommerce")
	if cur.Costs[2].Label != "Read from Go" || cur.Costs[2].Category != "tools" {
		t.Errorf("costs[2] = %+v; want the label typed and tools", cur.Costs[2])
	}
	if cur.Revenue[3].Paid == want.Revenue[3].Paid {
		t.Error("the ticked box was not carried over")
	}
	p.waitValue("f-grossMargin", "37")
}
