//go:build browser

package main

import (
	"fmt"
	"testing"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp"
)

// Typing into a part still held by its prerendered HTML (app/lazy.go) keeps
// every key, in order, where the visitor put it: a field clicked, its text
// selected and typed over, and the keys sent the moment the field has the
// focus, with nothing awaited between them, while the part is mounted under
// the visitor's fingers (and the rest with it, once the scenario changes).
// Under a CPU slowed 4×, where the mount takes longest and go-app's frames
// fall due while keys wait (asTyped).
func TestLazyTypeIntoHeld(t *testing.T) {
	srv := startBrowserServer(t, browserDist(t))
	cases := []struct {
		id, typed, want string
		path            string // in the saved scenario, read by the check
	}{
		{"f-goals-0-target", "1234", "1,234", `s.goals[0].target`},
		{"f-name", "Spring push", "Spring push", `s.name`},
		{"f-costs-2-amount", "987", "987", `s.costs[2].amount`},
	}
	for _, c := range cases {
		for _, how := range []string{"click", "focus", "scroll"} {
			for run := 0; run < 2; run++ {
				t.Run(fmt.Sprintf("%s/%s/%d", c.id, how, run), func(t *testing.T) {
					p := newBrowserPage(t, srv.URL)
					p.idleMountOff()
					if _, err := chromedp.Call(p.ctx, emulation.SetFocusEmulationEnabled, emulation.SetFocusEmulationEnabledParams{Enabled: true}); err != nil {
						t.Fatal(err)
					}
					release := p.holdWasm("/")
					p.viewport(375, 740)
					release()
					p.waitFirstScreen()
					if !eval[bool](p, heldSel(c.id)) {
						t.Fatalf("#%s is mounted at ready: nothing held is typed into (held: %v)", c.id, eval[[]string](p, heldJS))
					}
					if _, err := chromedp.Call(p.ctx, emulation.SetCPUThrottlingRate, emulation.SetCPUThrottlingRateParams{Rate: 4}); err != nil {
						t.Fatal(err)
					}
					switch how {
					case "click":
						// Scrolled to and clicked at once: the click lands
						// on the held field while the observer mounts it.
						xy := eval[[]float64](p, `(() => { const e = `+byID(c.id)+`; e.scrollIntoView({block: "center"}); const r = e.getBoundingClientRect(); return [r.left + r.width / 2, r.top + r.height / 2] })()`)
						p.do("clicking #"+c.id, chromedp.MouseClickXY(xy[0], xy[1]))
					case "focus": // a Tab, a link to the field: no scroll
						eval[bool](p, `(`+byID(c.id)+`.focus({preventScroll: true}), true)`)
					case "scroll":
						// Scrolled to (the observer mounts the part as it
						// nears) and focused at once, racing the mount.
						eval[bool](p, `(() => { const e = `+byID(c.id)+`; e.scrollIntoView({block: "center"}); e.focus(); return true })()`)
					}
					// Select all, then type over it: keys straight to
					// whatever has the focus, as a keyboard does.
					for _, k := range []input.DispatchKeyEventParams{
						{Type: input.DispatchKeyEventTypeRawKeyDown, Key: "a", Code: "KeyA", Modifiers: 2, Commands: []string{"selectAll"}},
						{Type: input.DispatchKeyEventTypeKeyUp, Key: "a", Code: "KeyA", Modifiers: 2},
					} {
						if _, err := chromedp.Call(p.ctx, input.DispatchKeyEvent, k); err != nil {
							t.Fatal(err)
						}
					}
					p.do("typing "+c.typed, chromedp.KeyEvent(c.typed))
					if _, err := chromedp.Call(p.ctx, emulation.SetCPUThrottlingRate, emulation.SetCPUThrottlingRateParams{Rate: 1}); err != nil {
						t.Fatal(err)
					}
					p.waitJS("every part mounted", `!document.querySelector(".stage-hold")`, `[`+heldJS+`, `+byID(c.id)+`.value, document.activeElement.id]`)
					p.waitJS("#"+c.id+" shows what was typed", `(() => { const e = `+byID(c.id)+`; return e && e.value.replace(/[\u00a0\u202f]/g, " ") === `+jsq(c.typed)+` || e.value === `+jsq(c.want)+` })()`, `[`+byID(c.id)+`.value, document.activeElement.id]`)
					p.waitSaved("what was typed", `(() => { const e = d.scenarios.find(e => e.id === d.current); if (!e) return false; const s = e.scenario; return String(`+c.path+`).replace(/,/g, "") === `+jsq(c.typed)+` })()`)
					if a := eval[string](p, `document.activeElement.id`); a != c.id {
						t.Errorf("focus on #%s; want #%s", a, c.id)
					}
				})
			}
		}
	}
}
