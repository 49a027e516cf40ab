//go:build browser

package main

import (
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
	"github.com/socialroi/socialroi/internal/testscenario"
	"github.com/socialroi/socialroi/roi"
)

// openLarge seeds sc as the only scenario of a first visit (under the
// single key of earlier builds) and opens the calculator on it.
func openLarge(tb testing.TB, p *browserPage, sc roi.Scenario) {
	tb.Helper()
	p.seedScenario("large", sc)
	p.open("/")
	p.waitFigure(summarySel("roi.direct"), mustCalculate(tb, sc).Figure("roi.direct").String())
}

// TestTypingKeyTaskEndsBeforeFrame: on 600 lines, every key typed into a
// cost ends its task with the summary's new figures and none of go-app's
// frame: seen from an input listener on the document (it runs after the
// field's own listener, in the same task), the summary holds the new
// headline ROI and the results' direct ROI is still the one before the
// key. When go-app's frame ran in the key's task (its time came while the
// key was handled, as it did for about half the keys on 600 lines), the
// summary written at once only showed with the whole frame. Each key
// reaches the app 6 ms late (a listener before it is busy, as on a slow
// phone), so that on any machine it is handled later than the app marks
// what a key changed in the key's own task (typing.go, markNowWithin).
func TestTypingKeyTaskEndsBeforeFrame(t *testing.T) {
	srv := startBrowserServer(t, browserDist(t))
	p := newBrowserPage(t, srv.URL)
	sc := testscenario.Large()
	openLarge(t, p, sc)
	const ads = 2 // adsAmount's line
	eval[bool](p, `(() => {
		document.addEventListener("input", () => { const end = performance.now() + 6; while (performance.now() < end) {} }, true);
		document.addEventListener("input", () => {
			const v = sel => document.querySelector(sel).getAttribute("data-value");
			window.__seen = {summary: v('#summary [data-figure^="roi."]'), results: v('#headline-card [data-figure="roi.direct"]')};
		});
		const e = `+byID(adsAmount)+`; e.scrollIntoView({block: "center"}); e.focus(); e.setSelectionRange(e.value.length, e.value.length);
		return true })()`)
	text := p.value(adsAmount)
	before := mustCalculate(t, sc).Figure("roi.direct").String()
	for i := range 16 {
		key := "7"
		if i%2 == 1 {
			key = kb.Backspace
		}
		if key == kb.Backspace {
			text = text[:len(text)-1]
		} else {
			text += key
		}
		r := mustCalculate(t, withAmount(sc, ads, mustParseInput(t, text)))
		want, head := r.Figure("roi.direct").String(), r.Headline.Direct.Likely.String()
		eval[bool](p, `(window.__seen = null) === null`)
		p.do("typing "+text, chromedp.KeyEvent(key))
		p.waitFigure(`#headline-card [data-figure="roi.direct"]`, want) // go-app's frame came
		seen := eval[struct{ Summary, Results string }](p, `window.__seen || {summary: "", results: ""}`)
		if seen.Summary != head {
			t.Errorf("key %d (%q): in the key's task the summary's headline ROI is %q; want %q", i, text, seen.Summary, head)
		}
		if seen.Results != before {
			t.Errorf("key %d (%q): in the key's task the results' direct ROI is already %q (go-app's frame ran in it); want %q, as before the key", i, text, seen.Results, before)
		}
		before = want
	}
	if errs := p.consoleErrors(); len(errs) > 0 {
		t.Errorf("console errors: %v", errs)
	}
}
