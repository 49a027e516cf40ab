//go:build browser

package main

import (
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// TestTypingSummaryInKeyTask: a key typed into a cost shows the summary's
// new figures in the key's own task, before go-app's next frame, and what
// is written then is what go-app draws in its frame: seen from an input
// listener on the document (it runs after the field's own, in the same
// task), the summary already holds the engine's headline ROI for the text typed,
// and its HTML is the HTML the page settles on. The keys take the direct
// ROI from a gain to a loss and back (the loss marks change too).
func TestTypingSummaryInKeyTask(t *testing.T) {
	srv := startBrowserServer(t, browserDist(t))
	p := newBrowserPage(t, srv.URL)
	p.open("/")
	base := mustPreset(t, "ecommerce")
	p.waitFigure(summarySel("roi.direct"), mustCalculate(t, base).Figure("roi.direct").String())
	eval[bool](p, `(() => {
		document.addEventListener("input", () => {
			const s = document.getElementById("summary");
			window.__seen = {value: s.querySelector('[data-figure^="roi."]').getAttribute("data-value"), html: s.outerHTML};
		});
		const e = `+byID(adsAmount)+`; e.scrollIntoView({block: "center"}); e.focus(); e.select();
		return true })()`)

	type key struct{ key, text string } // the key, and the field's text after it
	keys := []key{{"9", "9"}, {"9", "99"}, {"9", "999"}, {"9", "9999"}, {"9", "99999"}, {"9", "999999"}, {kb.Backspace, "99999"}, {kb.Backspace, "9999"}}
	if r := mustCalculate(t, withAmount(base, 2, "999999")); r.Headline.Direct.Likely.Rounded().Sign() >= 0 {
		t.Fatalf("the keys must reach a loss: direct ROI at 999999 is %s", r.Headline.Direct.Likely)
	}
	for _, k := range keys {
		r := mustCalculate(t, withAmount(base, 2, k.text))
		want := r.Figure("roi.direct").String()
		eval[bool](p, `(window.__seen = null) === null`)
		p.do("typing "+k.text, chromedp.KeyEvent(k.key))
		p.waitFigure(summarySel("roi.direct"), want)
		p.waitFigure(`#headline-card [data-figure="roi.direct"]`, want) // go-app drew the results, and the summary with them
		seen := eval[struct{ Value, HTML string }](p, `window.__seen || {value: "", html: ""}`)
		if head := r.Headline.Direct.Likely.String(); seen.Value != head {
			t.Errorf("after %q, in the key's task the summary's headline ROI is %q; want %q", k.text, seen.Value, head)
		}
		if drawn := eval[string](p, `document.getElementById("summary").outerHTML`); seen.HTML != drawn {
			t.Errorf("after %q, the summary written in the key's task is\n %s\ngo-app drew\n %s", k.text, seen.HTML, drawn)
		}
	}
	if got := p.value(adsAmount); got != "9999" {
		t.Errorf("#%s holds %q; want 9999", adsAmount, got)
	}
	if errs := p.consoleErrors(); len(errs) > 0 {
		t.Errorf("console errors: %v", errs)
	}
}
