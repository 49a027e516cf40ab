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
			t.Run(c.id+"/"+how, func(t *testing.T) {
				p := newHeldPage(t, srv.URL)
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
					xy := scrolledTo(p, byID(c.id))
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

// A part is never drawn in place of its hold while an event in the hold is
// handled (eventHold in app/lazy.go): Go's runtime runs a go-app frame that
// is due in the handler of any event that calls into Go, and a field taken
// away between a press and the focus it gives, or between a key and its
// text, takes the visitor's focus or key with it. Here the frame that
// mounts the part is made due at the press: the part is scrolled near the
// window (the app's observer asks for the mount), then, in the same
// observation's task, the main thread is held until go-app's frame is due
// and the field is pressed. The field stays through the press and its
// focus, in its hold; the part is drawn in the task after, with the focus
// on the same field.
func TestLazyHeldThroughEvent(t *testing.T) {
	srv := startBrowserServer(t, browserDist(t))
	const id = "f-goals-0-target"
	for run := 0; run < 3; run++ {
		t.Run(fmt.Sprint(run), func(t *testing.T) {
			p := newBrowserPage(t, srv.URL)
			p.idleMountOff()
			release := p.holdWasm("/")
			p.viewport(375, 740)
			release()
			p.waitFirstScreen()
			if !eval[bool](p, heldSel(id)) {
				t.Fatalf("#%s is mounted at ready (held: %v)", id, eval[[]string](p, heldJS))
			}
			// An observer made after the app's, with its margin: its
			// callback runs after the app's, in the same rendering update.
			eval[bool](p, `(() => {
				const el = `+byID(id)+`;
				window.heldThrough = null;
				const io = new IntersectionObserver(es => {
					if (!es.some(e => e.isIntersecting)) return;
					io.disconnect();
					const due = performance.now() + 40; // go-app's frame: every 8 ms
					while (performance.now() < due) {}
					el.dispatchEvent(new PointerEvent("pointerdown", {bubbles: true, composed: true}));
					const pressed = [el.isConnected, !!el.closest(".stage-hold")];
					el.focus({preventScroll: true});
					window.heldThrough = pressed.concat([document.activeElement === el]);
				}, {rootMargin: "100% 0px 100% 0px"});
				io.observe(el);
				el.scrollIntoView({block: "center"});
				return true;
			})()`)
			p.waitJS("the press handled", `window.heldThrough !== null`, heldJS)
			if got := eval[[]bool](p, `window.heldThrough`); !got[0] || !got[1] || !got[2] {
				t.Errorf("through the press: field in the page %v, in its hold %v, focused %v; want all true", got[0], got[1], got[2])
			}
			p.waitJS("#"+id+" mounted", `!(`+heldSel(id)+`)`, heldJS)
			if a := eval[string](p, `document.activeElement.id`); a != id {
				t.Errorf("focus on #%q once mounted; want #%s", a, id)
			}
		})
	}
}

// A key's text is in its field before go-app runs the key's handler, and a
// frame can draw the field's part in between (here, another field of the
// part edited in that moment, go-app's frame made due, and an event that
// calls into Go, which runs it): the part's
// fields are made to show the scenario then (formsync.go), but the field
// being typed in keeps the key, whose handler reads it (fields.sync).
func TestKeyThroughFrame(t *testing.T) {
	srv := startBrowserServer(t, browserDist(t))
	p := newBrowserPage(t, srv.URL)
	p.open("/")
	p.viewport(375, 740)
	p.waitReady()
	// On each key in the name field, before go-app's handler: the months
	// edited, and the main thread held until go-app's frame is due.
	eval[bool](p, `(() => {
		const months = `+byID("f-period-months")+`;
		let n = 0;
		window.addEventListener("input", e => {
			if (e.target.id !== "f-name") return;
			months.value = String(2 + n++ % 9);
			months.dispatchEvent(new Event("input", {bubbles: true}));
			const due = performance.now() + 20; // go-app's frame: every 8 ms
			while (performance.now() < due) {}
			// Any event that calls into Go runs the frame now due.
			document.body.dispatchEvent(new FocusEvent("focusin", {bubbles: true}));
		}, true);
		return true;
	})()`)
	for _, word := range []string{"Spring", "Summer", "Autumn", "Winter", "Easter", "Launch"} {
		// Each word typed anew over the field's text: its first key is
		// the one no handler has seen yet a frame draws the field over.
		eval[bool](p, `(`+byID("f-period-months")+`.focus(), `+byID("f-name")+`.focus(), `+byID("f-name")+`.select(), true)`)
		p.do("typing "+word, chromedp.KeyEvent(word))
		p.waitJS("#f-name shows "+word, byID("f-name")+`.value === `+jsq(word), byID("f-name")+`.value`)
		p.waitSaved(word, `(() => { const e = d.scenarios.find(e => e.id === d.current); return !!e && e.scenario.name === `+jsq(word)+` })()`)
	}
}
