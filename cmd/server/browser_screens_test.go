//go:build browser

package main

import (
	"context"
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/chromedp/chromedp"
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
	out := filepath.Join("..", "..", ".cache", "screens")
	if err := os.MkdirAll(out, 0o755); err != nil {
		t.Fatal(err)
	}
	for _, lang := range []string{"en", "fr"} {
		p.choose("lang", lang)
		p.waitJS("the page in "+lang, `document.documentElement.lang === `+jsq(lang), `document.documentElement.lang`)
		for _, w := range []int{375, 1280} {
			opts := []chromedp.EmulateViewportOption{}
			if w < 600 {
				opts = append(opts, chromedp.EmulateMobile, chromedp.EmulateTouch)
			}
			p.do("a "+strconv.Itoa(w)+" px viewport", chromedp.EmulateViewport(int64(w), 1400, opts...))
			p.waitJS("the viewport", `innerWidth === `+strconv.Itoa(w), `innerWidth`)
			for _, sec := range []string{"headline-card", "funnel-results", "channels", "whatif"} {
				eval[bool](p, `(() => { document.getElementById(`+jsq(sec)+`).scrollIntoView(); return true })()`)
				ctx, cancel := context.WithTimeout(p.ctx, browserWait)
				png, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
				cancel()
				if err != nil {
					t.Fatalf("Page.captureScreenshot: %v", err)
				}
				if err := os.WriteFile(filepath.Join(out, "results-"+lang+"-"+strconv.Itoa(w)+"-"+sec+".png"), png, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			type width struct{ Scroll, Inner int }
			if ws := eval[width](p, `({Scroll: document.documentElement.scrollWidth, Inner: innerWidth})`); ws.Scroll > ws.Inner {
				t.Errorf("%s at %d px: scrollWidth %d > innerWidth %d", lang, w, ws.Scroll, ws.Inner)
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
