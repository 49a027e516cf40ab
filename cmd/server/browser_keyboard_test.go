//go:build browser

package main

import (
	"fmt"
	"slices"
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

// The parts of the form are <form>s, one a part (app/parts.go partForm),
// and none is ever submitted: not by Enter in a field, not by a script,
// before the app started (web/boot.js stops it from the page's head on) or
// after. A submit would load the page anew with the fields in its URL.
func TestPartsSubmitNothing(t *testing.T) {
	srv := startBrowserServer(t, browserDist(t))
	want := []string{"basics", "costs", "revenue", "actions", "funnel", "more", "goals", "tracking"}
	for _, when := range []string{"before the start", "after the start"} {
		t.Run(when, func(t *testing.T) {
			p := newBrowserPage(t, srv.URL)
			release := func() {}
			if when == "before the start" {
				release = p.holdWasm("/")
				if eval[bool](p, `document.documentElement.getAttribute("data-app-ready") === "1"`) {
					t.Fatal("the app started without its wasm")
				}
			} else {
				p.open("/")
			}
			if got := eval[[]string](p, `[...document.querySelectorAll("main .calc .inputs > form.part")].map(f => f.dataset.part)`); !slices.Equal(got, want) {
				t.Fatalf("the form's parts as forms: %v; want %v", got, want)
			}
			// Every submit seen after the page's own listeners, and
			// whether it was stopped.
			eval[bool](p, `(() => { window.__submits = []; document.addEventListener("submit", e => window.__submits.push([e.target.dataset.part, e.defaultPrevented])); return true })()`)
			// Enter in the first text field of each unfolded part.
			fields := eval[[]string](p, `[...document.querySelectorAll("form.part")].map(f => [...f.querySelectorAll('input[type="text"]')].find(e => e.checkVisibility())).filter(Boolean).map(e => e.id)`)
			if len(fields) < 3 {
				t.Fatalf("only %d parts with a text field to press Enter in: %v", len(fields), fields)
			}
			for _, id := range fields {
				p.do("focus #"+id, chromedp.Focus(chromedp.CSS("#"+id)))
				p.do("press Enter in #"+id, chromedp.KeyEvent(kb.Enter))
			}
			// And a submit of each, as a submit button would.
			eval[bool](p, `(() => { for (const f of document.querySelectorAll("form.part")) f.requestSubmit(); return true })()`)
			subs := eval[[][]any](p, `window.__submits`)
			if len(subs) < len(want) {
				t.Errorf("%d submits seen; want one at least for each of the %d parts", len(subs), len(want))
			}
			for _, s := range subs {
				if stopped, _ := s[1].(bool); !stopped {
					t.Errorf("the submit of part %v was not stopped", s[0])
				}
			}
			if !eval[bool](p, `Array.isArray(window.__submits)`) {
				t.Fatal("the page was loaded anew")
			}
			release()
			p.waitReady()
			if got := p.value(fields[0]); got == "" {
				t.Errorf("#%s is empty after the start", fields[0])
			}
		})
	}
}
