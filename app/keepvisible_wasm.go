//go:build wasm

package app

import (
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// The field being typed into stays in sight on a phone: above the summary
// bar fixed at the bottom and above the on-screen keyboard. When a field
// gets the focus, and when the keyboard opens or closes (the visual
// viewport is resized), the page scrolls just enough that the field sits
// clear of both. The CSS's scroll-padding does the same for what the
// browser scrolls itself; this covers a field that is on screen but under
// the bar, which the browser leaves where it is. Installed by Prestart.

func installKeepVisible() (ok bool) {
	defer func() {
		if recover() != nil {
			ok = false
		}
	}()
	win := app.Window()
	doc := win.Get("document")
	doc.Call("addEventListener", "focusin", app.FuncOf(func(this app.Value, args []app.Value) any {
		if len(args) > 0 {
			if el := args[0].Get("target"); isField(el) {
				keepVisible(el)
			}
		}
		return nil
	}))
	if vv := win.Get("visualViewport"); vv.Truthy() {
		vv.Call("addEventListener", "resize", app.FuncOf(func(this app.Value, args []app.Value) any {
			if el := doc.Get("activeElement"); isField(el) {
				keepVisible(el)
			}
			return nil
		}))
		// Some phones move the visual viewport (scroll) rather than shrink
		// it when the keyboard opens. It also moves when a zoomed-in page is
		// panned: then the person chose where to look, and it is left alone.
		vv.Call("addEventListener", "scroll", app.FuncOf(func(this app.Value, args []app.Value) any {
			keyboard := vv.Get("height").Float() < win.Get("innerHeight").Float()-40
			if el := doc.Get("activeElement"); keyboard && vv.Get("scale").Float() < 1.01 && isField(el) {
				keepVisible(el)
			}
			return nil
		}))
	}
	return true
}

// isField says whether el is a form field outside the summary bar.
func isField(el app.Value) bool {
	if !el.Truthy() || !el.Get("matches").Truthy() {
		return false
	}
	return el.Call("matches", "input, select, textarea").Bool() && !el.Call("closest", "#summary").Truthy()
}

// keepVisible scrolls the window so that el (with its label above it, when
// there is room) lies between the top of the visible area and the top of
// the summary bar or the keyboard, whichever is higher.
func keepVisible(el app.Value) {
	win := app.Window()
	top, bottom := 0.0, win.Get("innerHeight").Float()
	if vv := win.Get("visualViewport"); vv.Truthy() {
		top = vv.Get("offsetTop").Float()
		bottom = top + vv.Get("height").Float()
	}
	if bar := win.Get("document").Call("getElementById", "summary"); bar.Truthy() &&
		win.Call("getComputedStyle", bar).Get("position").String() == "fixed" {
		if t := bar.Call("getBoundingClientRect").Get("top").Float(); t < bottom {
			bottom = t
		}
	}
	const gap = 12
	r := el.Call("getBoundingClientRect")
	elTop, elBottom := r.Get("top").Float(), r.Get("bottom").Float()
	if f := el.Call("closest", ".field"); f.Truthy() { // the label too
		if ft := f.Call("getBoundingClientRect").Get("top").Float(); elBottom-ft < bottom-top-2*gap {
			elTop = ft
		}
	}
	switch {
	case elBottom+gap > bottom && elBottom-elTop+2*gap <= bottom-top:
		win.Call("scrollBy", 0, elBottom+gap-bottom)
	case elTop-gap < top || elBottom+gap > bottom:
		win.Call("scrollBy", 0, elTop-gap-top)
	}
}

// whenDrawn calls fn with the element sel selects once go-app has drawn it,
// waiting up to a few animation frames (an update can land a frame later
// than the handler that asked for it).
func whenDrawn(sel string, fn func(app.Value)) {
	win := app.Window()
	tries := 0
	var try app.Func
	try = app.FuncOf(func(this app.Value, args []app.Value) any {
		if el := win.Get("document").Call("querySelector", sel); el.Truthy() {
			try.Release()
			fn(el)
			return nil
		}
		if tries++; tries > 30 {
			try.Release()
			return nil
		}
		win.Call("requestAnimationFrame", try)
		return nil
	})
	win.Call("requestAnimationFrame", try)
}

// focusLine puts the focus in the first field of line n of list (a line
// just added) and scrolls it into view above the bar.
func focusLine(list string, n int) {
	line := `[data-line="` + list + "[" + strconv.Itoa(n) + `]"]`
	whenDrawn(line+" input, "+line+" select, "+line+" textarea", func(f app.Value) {
		f.Call("focus", map[string]any{"preventScroll": true})
		keepVisible(f)
	})
}

// focusUndo puts the focus on the undo banner's button (a line was just
// removed, and its button with it); the banner stays at the top of the
// screen (web/app.css), so nothing scrolls.
func focusUndo() {
	whenDrawn("#undo", func(b app.Value) { b.Call("focus", map[string]any{"preventScroll": true}) })
}
