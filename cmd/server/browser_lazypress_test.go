//go:build browser

package main

import (
	"fmt"
	"testing"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp"
)

// A button in a part still held by its prerendered HTML (app/lazy.go) does
// what it says when pressed, once: the press mounts the part, and the
// press is carried over to the mounted button, whether the mount came
// before the press ended or after. Pressed with the mouse (scrolled to and
// clicked at once, racing the observer's mount), by touch (a tap, whose
// click comes as a gesture of its own after the finger lifts), and with
// Enter and Space on the focused button (a Tab to it: no scroll), under a
// CPU slowed 4×.
func TestLazyPressHeldButton(t *testing.T) {
	allWays, pointerWays := []string{"click", "tap", "enter", "space"}, []string{"click", "tap"}
	srv := startBrowserServer(t, browserDist(t))
	cases := []struct {
		name, button string // the button, as a CSS selector
		list         string // the list it changes, in the scenario
		lineSel      string // a line of that list on the page
		delta        int    // how many lines the press adds
		saved        string // and what the saved scenario (s) then holds
		ways         []string
	}{
		{"add-goal", "#add-goal", "goals", `[id^="f-goals-"][id$="-target"]`, 1, `s.goals[0].metric === "revenue"`, allWays},
		// The keys take the same path whatever the button (the press
		// ends on the keyup's click), so the other buttons are pressed
		// with the mouse and a finger only.
		{"add-stage", "#add-stage", "funnel.stages", `[id^="f-funnel-stages-"][id$="-metric"]`, 1, `s.funnel.stages[0].metric === "impressions"`, pointerWays},
		// A button with no id, found again by its place and its name:
		// the first goal's (revenue), not the second's.
		{"remove-goal", `form.part[data-part="goals"] button.remove`, "goals", `[id^="f-goals-"][id$="-target"]`, -1, `s.goals[0].metric === "roas"`, pointerWays},
	}
	for _, c := range cases {
		for _, how := range c.ways {
			t.Run(c.name+"/"+how, func(t *testing.T) {
				p := newHeldPage(t, srv.URL)
				button := `document.querySelector(` + jsq(c.button) + `)`
				if !eval[bool](p, `!!`+button+` && !!`+button+`.closest(".stage-hold")`) {
					t.Fatalf("%s is mounted at ready: nothing held is pressed (held: %v)", c.button, eval[[]string](p, heldJS))
				}
				lines := eval[int](p, `document.querySelectorAll(`+jsq(c.lineSel)+`).length`)
				if lines == 0 {
					t.Fatalf("no line matches %s: the count is not checked", c.lineSel)
				}
				if _, err := chromedp.Call(p.ctx, emulation.SetCPUThrottlingRate, emulation.SetCPUThrottlingRateParams{Rate: 4}); err != nil {
					t.Fatal(err)
				}
				switch how {
				case "click":
					xy := scrolledTo(p, button)
					p.do("clicking "+c.button, chromedp.MouseClickXY(xy[0], xy[1]))
				case "tap": // a finger (the 375 px window emulates touch): its click is a gesture after the touch ends
					xy := scrolledTo(p, button)
					for _, ev := range []input.DispatchTouchEventParams{
						{Type: input.DispatchTouchEventTypeTouchStart, TouchPoints: []*input.TouchPoint{{X: xy[0], Y: xy[1]}}},
						{Type: input.DispatchTouchEventTypeTouchEnd, TouchPoints: []*input.TouchPoint{}},
					} {
						if _, err := chromedp.Call(p.ctx, input.DispatchTouchEvent, ev); err != nil {
							t.Fatalf("tapping %s: %v", c.button, err)
						}
					}
				case "enter", "space":
					key := map[string]string{"enter": "\r", "space": " "}[how]
					eval[bool](p, `(`+button+`.focus({preventScroll: true}), true)`)
					p.do("pressing "+how+" on "+c.button, chromedp.KeyEvent(key))
				}
				if _, err := chromedp.Call(p.ctx, emulation.SetCPUThrottlingRate, emulation.SetCPUThrottlingRateParams{Rate: 1}); err != nil {
					t.Fatal(err)
				}
				want := lines + c.delta
				count := `document.querySelectorAll(` + jsq(c.lineSel) + `).length`
				p.waitJS(fmt.Sprintf("%d lines once %s was pressed", want, c.button), count+` === `+fmt.Sprint(want), `[`+count+`, `+heldJS+`, document.activeElement.id]`)
				p.waitSaved(fmt.Sprintf("%d lines saved", want), `(() => { const e = d.scenarios.find(e => e.id === d.current); if (!e) return false; const s = e.scenario; return s.`+c.list+`.length === `+fmt.Sprint(want)+` && `+c.saved+` })()`)
				p.waitJS("every part mounted", `!document.querySelector(".stage-hold")`, heldJS)
				// Once, not twice: the press ran both held and mounted.
				if n := eval[int](p, count); n != want {
					t.Errorf("%d lines once everything is mounted; want %d", n, want)
				}
			})
		}
	}
}

// A section or a "Not sure?" range opened or closed in a part still held
// (a click on its summary: the browser opens it at once) stays as the
// visitor left it once the part is mounted: the mounted part is drawn
// with every <details> of its hold open or closed as the hold had it.
func TestLazyOpenHeldDetails(t *testing.T) {
	srv := startBrowserServer(t, browserDist(t))
	cases := []struct {
		name, details string // the <details> whose summary is pressed, in JavaScript
		open          bool   // once pressed
		ways          []string
	}{
		{"section", byID("sec-tracking"), true, []string{"click", "enter"}},
		{"range", `document.querySelector('form.part[data-part="revenue"] details.range-inputs')`, true, []string{"click", "enter"}},
		{"closed", byID("sec-goals"), false, []string{"click", "enter"}},
		// In the charts, a part drawn a frame or two after its hold goes;
		// until the results are drawn, the charts are in the results'
		// hold, and drawing the results moves them to a hold of their
		// own. A slow press (the button held down while the press mounts
		// the charts) ends on the same summary, never moved.
		{"chart-table", `document.querySelector("#chart-costs details.chart-data")`, true, []string{"click", "enter", "slow-click"}},
	}
	for _, c := range cases {
		for _, how := range c.ways {
			t.Run(c.name+"/"+how, func(t *testing.T) {
				p := newHeldPage(t, srv.URL)
				details, summary := c.details, c.details+`.querySelector(":scope > summary")`
				if eval[bool](p, details+`.open`) == c.open {
					t.Fatalf("%s open: %v at ready: the press cannot make it so", c.name, c.open)
				}
				if !eval[bool](p, `!!`+details+`.closest(".stage-hold")`) {
					t.Fatalf("%s is not held at ready (held: %v)", c.name, eval[[]string](p, heldJS))
				}
				// Where the summary is, scrolled to (a point on its text).
				at := func() []float64 {
					return eval[[]float64](p, `(() => { const e = `+summary+`; e.scrollIntoView({block: "center"}); const r = e.getBoundingClientRect(); return [r.left + 12, r.top + r.height / 2] })()`)
				}
				switch how {
				case "click":
					xy := at()
					p.do("clicking the summary of "+c.name, chromedp.MouseClickXY(xy[0], xy[1]))
				case "slow-click":
					// A press 400 ms long (the press itself, not a wait
					// for the page): its reach listener mounts the part
					// before it ends.
					xy := at()
					mouse := func(typ input.DispatchMouseEventType) {
						ev := input.DispatchMouseEventParams{Type: typ, X: xy[0], Y: xy[1], Button: input.MouseButtonLeft, ClickCount: 1}
						if _, err := chromedp.Call(p.ctx, input.DispatchMouseEvent, ev); err != nil {
							t.Fatalf("%s on the summary of %s: %v", typ, c.name, err)
						}
					}
					mouse(input.DispatchMouseEventTypeMousePressed)
					eval[bool](p, `new Promise(r => setTimeout(() => r(true), 400))`)
					mouse(input.DispatchMouseEventTypeMouseReleased)
				case "enter":
					eval[bool](p, `(`+summary+`.focus({preventScroll: true}), true)`)
					p.do("pressing enter on the summary of "+c.name, chromedp.KeyEvent("\r"))
				}
				p.waitJS("the part mounted", `(() => { const d = `+details+`; return !!d && !d.closest(".stage-hold") })()`, heldJS)
				// Two frames more: nothing closes it after the mount.
				got := eval[bool](p, `(async () => { const frame = () => new Promise(r => requestAnimationFrame(() => r()));
					await frame(); await frame(); return `+details+`.open })()`)
				if got != c.open {
					t.Errorf("%s open: %v once mounted; want %v", c.name, got, c.open)
				}
			})
		}
	}
}

// A <details> the visitor opens as soon as its part is drawn stays open:
// what its hold said is restored in the frame that draws it, before any
// input can come, not in a later frame that would undo the visitor's
// click (app/lazypress.go). The summary is focused while held (the focus
// mounts its part), and clicked from a MutationObserver's callback, the
// first thing that runs once the DOM shows it drawn; every animation frame
// from then on comes 300 ms late, as on a busy phone. A range in a form
// part, and a chart's table, drawn with the results it is in.
func TestLazyToggleOnceDrawn(t *testing.T) {
	srv := startBrowserServer(t, browserDist(t))
	cases := []struct{ name, details string }{
		{"range", `document.querySelector('form.part[data-part="revenue"] details.range-inputs')`},
		{"chart-table", `document.querySelector("#chart-costs details.chart-data")`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			p := newHeldPage(t, srv.URL)
			if !eval[bool](p, `(() => { const d = `+c.details+`; return !!d && !d.open && !!d.closest(".stage-hold") })()`) {
				t.Fatalf("%s is not closed and held at ready (held: %v)", c.name, eval[[]string](p, heldJS))
			}
			got := eval[[]bool](p, `new Promise(resolve => {
				const raf = window.requestAnimationFrame.bind(window);
				window.requestAnimationFrame = cb => setTimeout(() => raf(cb), 300);
				const find = () => `+c.details+`;
				new MutationObserver((_, mo) => {
					const d = find();
					if (!d || d.closest(".stage-hold")) return;
					mo.disconnect();
					d.querySelector(":scope > summary").click();
					const clicked = d.open;
					const frame = () => new Promise(r => requestAnimationFrame(() => r()));
					(async () => {
						for (let i = 0; i < 4; i++) await frame();
						resolve([clicked, d.isConnected, find().open]);
					})();
				}).observe(document.body, {childList: true, subtree: true});
				find().querySelector(":scope > summary").focus({preventScroll: true});
			})`)
			if !got[0] {
				t.Fatalf("%s not open right after the click on its drawn summary", c.name)
			}
			if !got[1] {
				t.Errorf("%s drawn again after it was drawn: the click went to one no longer in the page", c.name)
			}
			if !got[2] {
				t.Errorf("%s closed again four frames after the visitor opened it", c.name)
			}
		})
	}
}

// newHeldPage opens / on a first visit, in a 375 px phone window with the
// system's focus (headless, a window has it only so: focus events fire),
// the idle mount off: at ready, every part below the first screen is held
// until it is reached (app/lazy.go).
func newHeldPage(t *testing.T, url string) *browserPage {
	t.Helper()
	p := newBrowserPage(t, url)
	p.idleMountOff()
	if _, err := chromedp.Call(p.ctx, emulation.SetFocusEmulationEnabled, emulation.SetFocusEmulationEnabledParams{Enabled: true}); err != nil {
		t.Fatal(err)
	}
	release := p.holdWasm("/")
	p.viewport(375, 740)
	release()
	p.waitFirstScreen()
	return p
}

// scrolledTo scrolls the element (a JavaScript expression) to the middle
// of the window, at once, and returns its middle's coordinates.
func scrolledTo(p *browserPage, el string) []float64 {
	return eval[[]float64](p, `(() => { const e = `+el+`; e.scrollIntoView({block: "center"}); const r = e.getBoundingClientRect(); return [r.left + r.width / 2, r.top + r.height / 2] })()`)
}

// rafProbe, run in every new document, counts the page's calls to
// requestAnimationFrame.
const rafProbe = `(() => {
	const raf = window.requestAnimationFrame;
	window.__rafCalls = 0;
	window.requestAnimationFrame = function (cb) { window.__rafCalls++; return raf.call(window, cb) };
})()`

// An untouched start leaves nothing waiting to restore: the app asks for no
// animation frame once its first screen is drawn. A <details> of the cards
// after the summary (the charts' tables, the results' sections) is read
// with its own part when that is drawn, not with the summary's hold at the
// start, where it is moved on to the results' hold and stays held: read
// there, it was waited for on every animation frame for 30 frames after
// each start (restoreDetails in app/lazypress.go).
func TestStartLeavesNoRestoreWaiting(t *testing.T) {
	srv := startBrowserServer(t, browserDist(t))
	p := newBrowserPage(t, srv.URL)
	p.idleMountOff() // the held parts stay held: nothing else is drawn
	p.onNewDocument(rafProbe)
	p.do("navigating to /", chromedp.Navigate(p.base+"/"))
	p.waitFirstScreen()
	if n := eval[int](p, `document.querySelectorAll(".stage-hold details").length`); n == 0 {
		t.Fatal("no <details> is held at the start: the case this test is about is gone")
	}
	// Two animation frames after the first screen (the test's own two
	// calls are not the app's).
	eval[bool](p, `new Promise(r => requestAnimationFrame(() => requestAnimationFrame(() => r(true))))`)
	if calls := eval[int](p, `window.__rafCalls`) - 2; calls != 0 {
		t.Errorf("the app asked for %d animation frames at an untouched start; want none", calls)
	}
}
