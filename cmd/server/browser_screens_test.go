//go:build browser

package main

import (
	"path/filepath"
	"strconv"
	"testing"
)

// TestResultsScreens: the results of the e-commerce preset (profit first,
// ranges, what-if) at 375 and 1280 px, in English and French, into
// .cache/screens for people to look at; no sideways scroll, and no figure
// breaks inside its number.
func TestResultsScreens(t *testing.T) {
	srv := startBrowserServer(t, browserDist(t))
	p := newBrowserPage(t, srv.URL)
	p.open("/")
	p.waitFigure(summarySel("roi.profit"), mustCalculate(t, mustPreset(t, "ecommerce")).Figure("roi.profit").String())
	out := screensDir(t)
	for _, lang := range []string{"en", "fr"} {
		p.choose("lang", lang)
		p.waitJS("the page in "+lang, `document.documentElement.lang === `+jsq(lang), `document.documentElement.lang`)
		for _, w := range []int{375, 1280} {
			p.viewport(w, 1400)
			for _, sec := range []string{"headline-card", "funnel-results", "channels", "whatif"} {
				eval[bool](p, `(() => { document.getElementById(`+jsq(sec)+`).scrollIntoView(); return true })()`)
				p.screenshot(filepath.Join(out, "results-"+lang+"-"+strconv.Itoa(w)+"-"+sec+".png"))
			}
			if wide := p.sideways("body"); len(wide) > 0 {
				t.Errorf("%s at %d px: the page scrolls sideways: %q", lang, w, wide)
			}
			// A figure whose text wraps has more than one line box.
			broken := eval[[]string](p, `[...document.querySelectorAll("#results .v")].filter(e => e.getClientRects().length > 1 || (e.offsetHeight > 2 * parseFloat(getComputedStyle(e).lineHeight || "20")))
				.slice(0, 5).map(e => e.textContent)`)
			if len(broken) > 0 {
				t.Errorf("%s at %d px: figures break inside their number: %q", lang, w, broken)
			}
		}
	}
}
