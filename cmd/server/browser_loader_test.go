//go:build browser

package main

import (
	"fmt"
	"path/filepath"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// While the wasm loads, go-app's loader is a small badge: the prerendered
// form is readable and its first field is what a tap on it reaches. The
// wasm request is held back (Fetch domain) until that is checked.
func TestLoaderIsABadge(t *testing.T) {
	srv := startBrowserServer(t, browserDist(t))
	for _, size := range [][2]int{{375, 740}, {1280, 900}} {
		t.Run(fmt.Sprintf("%dpx", size[0]), func(t *testing.T) {
			p := newBrowserPage(t, srv.URL)
			release := p.holdWasm("/")
			p.viewport(size[0], size[1]) // the prerendered page, laid out anew
			p.waitVisible("#app-wasm-loader")

			type check struct {
				ID       string  `json:"id"`
				Hit      string  `json:"hit"` // the element at the field's centre
				Visible  bool    `json:"visible"`
				LoaderW  float64 `json:"loaderW"`
				LoaderH  float64 `json:"loaderH"`
				ViewW    float64 `json:"viewW"`
				ViewH    float64 `json:"viewH"`
				Covering bool    `json:"covering"` // the loader overlaps the field
			}
			c := eval[check](p, `(() => {
				const f = document.querySelector("main input[name], main select[name]");
				f.scrollIntoView({block: "center"});
				const r = f.getBoundingClientRect(), l = document.getElementById("app-wasm-loader").getBoundingClientRect();
				const at = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
				return {id: f.id, hit: at === f ? f.id : (at ? at.tagName + "#" + at.id + "." + at.className : "nothing"),
					visible: `+visibleJS+`(f), loaderW: l.width, loaderH: l.height, viewW: innerWidth, viewH: innerHeight,
					covering: !(l.right <= r.left || l.left >= r.right || l.bottom <= r.top || l.top >= r.bottom)};
			})()`)
			p.screenshot(filepath.Join(screensDir(t), fmt.Sprintf("loader-%d.png", size[0])))
			if !c.Visible || c.Hit != c.ID {
				t.Errorf("during the load the form's first field #%s: visible %v, the element at its centre %s; want it visible and on top", c.ID, c.Visible, c.Hit)
			}
			if c.Covering {
				t.Errorf("the loader overlaps the form's first field #%s", c.ID)
			}
			if c.LoaderW*c.LoaderH > c.ViewW*c.ViewH/10 {
				t.Errorf("the loader is %.0f×%.0f px on a %.0f×%.0f screen; want a badge (at most a tenth of it)", c.LoaderW, c.LoaderH, c.ViewW, c.ViewH)
			}
			// A tap on the field reaches it: it takes the focus.
			p.click("#" + c.ID)
			if focused := eval[string](p, `document.activeElement ? document.activeElement.id : ""`); focused != c.ID {
				t.Errorf("after a click on #%s the focus is on %q", c.ID, focused)
			}

			release()
			p.waitReady()
			if p.exists("#app-wasm-loader") && p.visible("#app-wasm-loader") {
				t.Errorf("the loader is still shown once the app started")
			}
		})
	}
}

// earlyPressNote is what a press on a button answers before the app
// started (app/head.go earlyPressNote), by the page's language.
var earlyPressNote = map[string]string{
	"en": "The calculator is still starting: buttons work in a moment.",
	"fr": "Le calculateur est en cours de démarrage\u00a0: les boutons fonctionneront dans un instant.",
}

// TestPressBeforeStartIsAnswered: a button of the prerendered page pressed
// before the app started (its handlers are the app's) is answered next to
// the loading badge, in the page's language, in a live region that covers
// neither the badge nor the button, and goes a while after; a tap on a
// field is not answered. Once the app has started, the answer has gone and
// the button does what it says. By mouse and by keyboard, on a phone and a
// wide screen, in English and in French (the browser's language).
func TestPressBeforeStartIsAnswered(t *testing.T) {
	srv := startBrowserServer(t, browserDist(t))
	tests := []struct {
		lang  string
		width int
		keys  bool // pressed with Enter, not clicked
		gone  bool // waited for until the answer goes by itself (6 s)
		saved bool // a returning visitor's: the start is staged (app/stage.go)
	}{
		{"en", 375, false, true, false},
		{"en", 1280, true, false, true},
		{"fr", 375, true, false, false},
		{"fr", 1280, false, false, true},
	}
	for _, tc := range tests {
		t.Run(fmt.Sprintf("%s-%d", tc.lang, tc.width), func(t *testing.T) {
			p := newBrowserPage(t, srv.URL)
			if tc.lang != "en" {
				p.onNewDocument(`Object.defineProperty(navigator, "languages", {get: () => [` + jsq(tc.lang) + `]});
					Object.defineProperty(navigator, "language", {get: () => ` + jsq(tc.lang) + `});`)
			}
			if tc.saved {
				p.seedScenario("q", mustPreset(t, "b2b"))
			}
			release := p.holdWasm("/")
			p.viewport(tc.width, 800)
			p.waitVisible("#app-wasm-loader")
			costs := `document.querySelectorAll('main [id^="f-costs-"][id$="-label"]').length`
			before := eval[int](p, costs)

			p.click("#" + adsAmount) // a field: nothing to answer
			if p.exists("#early-press") {
				t.Fatalf("a tap on a field before the start was answered: %q", p.text("#early-press"))
			}
			if tc.keys {
				p.do("focus #add-cost", chromedp.Focus(chromedp.CSS("#add-cost")))
				p.do("press Enter on Add cost", chromedp.KeyEvent(kb.Enter))
			} else {
				p.click("#add-cost")
			}
			p.waitText("#early-press", earlyPressNote[tc.lang])

			type place struct {
				Role     string `json:"role"`
				Visible  bool   `json:"visible"`
				Inside   bool   `json:"inside"`   // wholly on the screen
				OnBadge  bool   `json:"onBadge"`  // overlaps the loading badge
				OnButton bool   `json:"onButton"` // overlaps the button pressed
			}
			got := eval[place](p, `(() => {
				const n = document.getElementById("early-press"), r = n.getBoundingClientRect();
				const over = e => { const o = e.getBoundingClientRect(); return !(r.right <= o.left || r.left >= o.right || r.bottom <= o.top || r.top >= o.bottom) };
				return {role: n.getAttribute("role"), visible: `+visibleJS+`(n), inside: r.left >= 0 && r.top >= 0 && r.right <= innerWidth && r.bottom <= innerHeight,
					onBadge: over(document.getElementById("app-wasm-loader")), onButton: over(document.getElementById("add-cost"))};
			})()`)
			if got != (place{Role: "status", Visible: true, Inside: true}) {
				t.Errorf("the answer to the press: %+v; want a status, visible, wholly on the screen, over neither the badge nor the button", got)
			}
			p.screenshot(filepath.Join(screensDir(t), fmt.Sprintf("press-before-start-%s-%d.png", tc.lang, tc.width)))
			if n := eval[int](p, costs); n != before {
				t.Errorf("before the start the page has %d cost lines; want the %d it had", n, before)
			}
			if tc.gone {
				p.waitJS("the answer gone a while after the press", `!`+visibleJS+`(document.getElementById("early-press"))`, `document.getElementById("early-press").textContent`)
				// Still a live region for the next press: not display: none,
				// which takes an element out of the accessibility tree.
				if d := eval[string](p, `getComputedStyle(document.getElementById("early-press")).display`); d == "none" {
					t.Errorf("the answer gone is display: %s; want it kept in the accessibility tree", d)
				}
			}

			release()
			p.waitReady()
			if p.exists("#early-press") {
				t.Errorf("once the app started the answer is still there: %q", p.text("#early-press"))
			}
			before = eval[int](p, costs) // a returning visitor's scenario now
			p.click("#add-cost")
			p.waitJS("a cost line added", costs+` === `+fmt.Sprint(before+1), costs)
			if p.exists("#early-press") {
				t.Errorf("a press once the app started was answered as if before it: %q", p.text("#early-press"))
			}
		})
	}
}
