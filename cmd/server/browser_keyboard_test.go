//go:build browser

package main

import (
	"fmt"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// The calculator works from the keyboard alone: Tab reaches every control
// in the form and the results, the focus is visible, and Enter and Space
// work the buttons and the section toggles.
func TestKeyboardOnly(t *testing.T) {
	srv := startBrowserServer(t, browserDist(t))
	p := newBrowserPage(t, srv.URL)
	p.open("/")

	// Every control that can take the focus, in page order.
	controls := eval[[]string](p, `[...document.querySelectorAll("input, select, textarea, button, a[href], summary")]
		.filter(e => !e.disabled && e.checkVisibility({visibilityProperty: true}) && e.tabIndex >= 0)
		.map(e => e.id || e.tagName.toLowerCase() + ":" + (e.textContent || "").trim().slice(0, 30))`)
	if len(controls) < 60 {
		t.Fatalf("only %d focusable controls on /; the e-commerce preset has far more", len(controls))
	}

	// Tab through the whole page once (a few more presses than controls),
	// noting what takes the focus and whether it shows.
	eval[bool](p, `(() => { document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0); return true })()`)
	reached := map[string]bool{}
	noOutline := []string{}
	for i := 0; i < len(controls)+20; i++ {
		p.do("press Tab", chromedp.KeyEvent(kb.Tab))
		id := eval[string](p, `(() => { const e = document.activeElement; return e && e !== document.body ? (e.id || e.tagName.toLowerCase() + ":" + (e.textContent || "").trim().slice(0, 30)) : "" })()`)
		if id == "" {
			continue
		}
		reached[id] = true
		// A visible focus: the UA or our :focus-visible outline, or a ring.
		if !eval[bool](p, `(() => { const s = getComputedStyle(document.activeElement);
			return (s.outlineStyle !== "none" && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== "none" })()`) {
			noOutline = append(noOutline, id)
		}
	}
	var missed []string
	for _, c := range controls {
		if !reached[c] {
			missed = append(missed, c)
		}
	}
	if len(missed) > 0 {
		t.Errorf("Tab never reached %d of %d controls: %s", len(missed), len(controls), strings.Join(missed[:min(len(missed), 10)], ", "))
	}
	if len(noOutline) > 0 {
		t.Errorf("no visible focus on %d controls: %s", len(noOutline), strings.Join(noOutline[:min(len(noOutline), 10)], ", "))
	}

	// Enter on a focused button works it: a cost line more.
	lines := func() int { return eval[int](p, `document.querySelectorAll('[id^="f-costs-"][id$="-label"]').length`) }
	before := lines()
	p.do("focus #add-cost", chromedp.Focus(chromedp.CSS("#add-cost")))
	p.do("press Enter", chromedp.KeyEvent(kb.Enter))
	p.waitJS("a cost line more after Enter", fmt.Sprintf(`document.querySelectorAll('[id^="f-costs-"][id$="-label"]').length === %d`, before+1),
		`document.querySelectorAll('[id^="f-costs-"][id$="-label"]').length`)

	// Typing into the new line's field by keyboard updates the result.
	n := before
	label := fmt.Sprintf("f-costs-%d-label", n)
	p.do("focus the new label", chromedp.Focus(chromedp.CSS("#"+label)))
	p.do("type a label", chromedp.KeyEvent("Keyboard line"))
	p.waitSaved("the typed label saved", fmt.Sprintf(`d.scenarios.some(e => e.id === d.current && e.scenario.costs[%d].label === "Keyboard line")`, n))
	if amount := fmt.Sprintf("f-costs-%d-amount", n); p.exists("#" + amount) {
		p.do("focus the new amount", chromedp.Focus(chromedp.CSS("#"+amount)))
		p.do("type an amount", chromedp.KeyEvent("250"))
		p.waitSaved("the typed amount saved", fmt.Sprintf(`d.scenarios.some(e => e.id === d.current && e.scenario.costs[%d].amount === "250")`, n))
		p.checkFigures(mustCalculate(t, p.currentScenario()))
	}

	// Space on a section's summary folds and unfolds it.
	open := func() bool { return eval[bool](p, `document.getElementById("sec-costs").open`) }
	was := open()
	p.do("focus the costs summary", chromedp.Focus(chromedp.CSS("#sec-costs > summary")))
	p.do("press Space", chromedp.KeyEvent(" "))
	p.waitJS("the costs section toggled by Space", fmt.Sprintf(`document.getElementById("sec-costs").open === %v`, !was), `document.getElementById("sec-costs").open`)
	p.do("press Enter", chromedp.KeyEvent(kb.Enter))
	p.waitJS("the costs section toggled back by Enter", fmt.Sprintf(`document.getElementById("sec-costs").open === %v`, was), `document.getElementById("sec-costs").open`)
}
