package app

import (
	"slices"
	"strings"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// A press on a button in a held part (lazy.go) does what the button says,
// once.
//
// A held part is the prerendered HTML: its buttons have no handlers. A
// press on one mounts the part (the reach listener), and the part drawn
// then replaces the button under the visitor's finger: the click that ends
// the press lands on a button no longer in the page, or on the held one,
// and nothing happens ("Add goal" pressed, no goal). So:
//
//   - while a press on a held button or <summary> is under way (from its
//     pointerdown, or the Enter or Space keydown, to the click that ends
//     it), its hold stays as it is (the results' too, for a press in the
//     charts still in the results' hold: holdOf): the press begins and
//     ends on the same element, in the page all along;
//   - a click on a held button is carried over: once the part is drawn,
//     the same button of the mounted part is clicked (carryHeld);
//   - every <details> of a held part drawn is opened or closed as its hold
//     had it (a click on a summary opens or closes it at once, held or
//     not; the mounted part is drawn with the render's).
//
// A click on a mounted button is go-app's: it is never clicked again.

// heldPress is a button or a summary in a held part: its unit, and where
// it is (heldPlace).
type heldPress struct {
	unit  string
	hold  string // the unit of the hold it is in, kept held while it is pressed (holdOf)
	place heldPlace
	// button: a <button>, whose click is the app's; else a <summary>,
	// whose click the browser handles, held or not (readDetails).
	button bool
}

// pressWait is how long a press by touch waits for its click after the
// finger lifts: a tap's click is a gesture of its own, which may come in
// a later task. A mouse's click comes in the task of its mouseup.
const pressWait = 300 * time.Millisecond

// pressEvents are the events a press begins and ends with.
var pressEvents = []string{"pointerdown", "keydown", "click", "pointerup", "pointercancel", "keyup"}

// onPress follows presses on held buttons (pressEvents, document, capture).
func (p *Page) onPress(ev app.Value) {
	l := &p.boot.lazy
	switch typ := ev.Get("type").String(); typ {
	case "pointerdown", "keydown":
		if typ == "keydown" {
			if k := ev.Get("key").String(); k != "Enter" && k != " " || ev.Get("repeat").Bool() {
				return
			}
		}
		l.pressN++
		l.press = heldButton(ev.Get("target"))
	case "click":
		if b := heldButton(ev.Get("target")); b.button {
			l.clicks = append(l.clicks, b)
			go p.mountHeld([]string{b.unit})
		}
		p.endPress(0)
	case "pointerup":
		if ev.Get("pointerType").String() == "mouse" {
			p.endPress(0)
		} else {
			p.endPress(pressWait)
		}
	default: // pointercancel, keyup
		p.endPress(0)
	}
}

// endPress ends the press under way after this event (or a while after),
// and draws its part if it was kept held for it.
func (p *Page) endPress(wait time.Duration) {
	l := &p.boot.lazy
	if l.press.hold == "" {
		return
	}
	n, ctx := l.pressN, l.ctx
	go func() {
		if wait > 0 {
			time.Sleep(wait)
		} else {
			NextTask()
		}
		ctx.Dispatch(func(ctx app.Context) {
			l := &p.boot.lazy
			if l.pressN != n || l.press.hold == "" {
				return // another press began since
			}
			u := l.press.hold
			l.press = heldPress{}
			if l.on && l.keep == u {
				p.redrawHeld()
			}
		})
	}()
}

// heldButton is the held button or summary the node is in (zero when
// none, or when it cannot be found again once mounted).
func heldButton(t app.Value) heldPress {
	if !t.Truthy() || !t.Get("closest").Truthy() {
		return heldPress{}
	}
	b := t.Call("closest", "button, summary")
	if !b.Truthy() {
		return heldPress{}
	}
	h := b.Call("closest", ".stage-hold[data-hold]")
	if !h.Truthy() {
		return heldPress{}
	}
	pl, ok := placeOf(b, h)
	if !ok {
		return heldPress{}
	}
	return heldPress{unit: heldUnit(b), hold: holdOf(b), place: pl, button: b.Get("tagName").String() == "BUTTON"}
}

// clickAgain clicks, in a task after the frame that draws them, the
// mounted buttons whose held ones were clicked.
func clickAgain(clicks []heldPress) {
	if len(clicks) == 0 {
		return
	}
	go func() {
		NextTask()
		for _, c := range clicks {
			if el := c.place.find(); el.Truthy() {
				el.Call("click")
			}
		}
	}()
}

// heldDetails is a <details> in a held part, opened or closed as the
// visitor left it (a click on its summary opens it at once, held or not).
type heldDetails struct {
	place heldPlace
	open  bool
}

// readDetails notes every <details> in the hold h that is drawn now
// (drawn: the charts in the results' hold are the charts', which can stay
// held in a hold of their own when the results are drawn). The summary's
// hold holds the whole results panel: the cards after the summary and the
// verdict are moved on to the results' hold as the summary is drawn
// (restOf), and their <details> are read with them when they are drawn.
func readDetails(h app.Value, drawn func(unit string) bool) []heldDetails {
	all := h.Call("querySelectorAll", "details")
	out := make([]heldDetails, 0, all.Length())
	for i := 0; i < all.Length(); i++ {
		d := all.Index(i)
		if u := heldUnit(d); !drawn(u) || u == "summary" && d.Call("closest", restSel).Truthy() {
			continue
		}
		if pl, ok := placeOf(d, h); ok {
			out = append(out, heldDetails{place: pl, open: d.Get("open").Bool()})
		}
	}
	return out
}

// pendingDetails are the <details> read as their part was drawn, waiting
// to be found drawn (restoreDetails); restoring is whether a wait is on,
// and restoreTries the frames it has waited since the last read.
var (
	pendingDetails []heldDetails
	restoring      bool
	restoreTries   int
)

// restoreDetails opens or closes each <details> in the mounted part as the
// visitor left it in the hold, as soon as it is drawn. It is called in
// the frame that drew them, right after the DOM is changed (ctx.Defer):
// those drawn then are opened or closed at once, before any input comes.
// A part of its own (the charts) can be drawn a frame or two after its
// hold was read: the rest wait, up to 30 animation frames after the last
// read. What a later read says of the same <details> replaces what an
// earlier one said.
//
// Found: while a wait was on (for the charts' <details>, read with the
// summary's hold at the start and drawn later), a part's were left to the
// wait's next animation frame, and an Enter or a click on a summary that
// came before it was undone: TestLazyOpenHeldDetails failed so about once
// in 100 runs on a busy machine, TestLazyToggleOnceDrawn (frames slowed)
// every time.
func restoreDetails(ds []heldDetails) {
	pendingDetails = slices.DeleteFunc(pendingDetails, func(old heldDetails) bool {
		return slices.ContainsFunc(ds, func(d heldDetails) bool { return d.place == old.place })
	})
	pendingDetails = append(pendingDetails, ds...)
	restoreTries = 0
	pendingDetails = slices.DeleteFunc(pendingDetails, heldDetails.restore)
	if restoring || len(pendingDetails) == 0 {
		return
	}
	restoring = true
	win := app.Window()
	var try app.Func
	try = app.FuncOf(func(this app.Value, args []app.Value) any {
		pendingDetails = slices.DeleteFunc(pendingDetails, heldDetails.restore)
		if restoreTries++; len(pendingDetails) == 0 || restoreTries > 30 {
			pendingDetails, restoring = nil, false
			try.Release()
			return nil
		}
		win.Call("requestAnimationFrame", try)
		return nil
	})
	win.Call("requestAnimationFrame", try)
}

// restore opens or closes the same <details> in the mounted part as the
// visitor left it in the hold, and says whether that is done (false: not
// drawn yet).
func (hd heldDetails) restore() bool {
	d, drawn := hd.place.look()
	if !drawn {
		return false
	}
	if d.Truthy() && d.Get("open").Bool() != hd.open {
		d.Set("open", hd.open)
	}
	return true
}

// heldPlace finds an element of a held part again in the mounted part,
// whose DOM is the same as the prerendered one's: by its id, else by its
// place among the elements of its kind in its nearest ancestor with an id
// in the hold, its name checked (what a screen reader would call it).
type heldPlace struct {
	id, anchor, tag, name string
	index                 int
}

// placeOf is where el is in the hold h (false: it cannot be found again).
func placeOf(el, h app.Value) (heldPlace, bool) {
	pl := heldPlace{id: el.Get("id").String(), tag: el.Get("tagName").String(), name: nameOf(el), index: -1}
	if pl.id != "" {
		return pl, true
	}
	a := el.Get("parentElement").Call("closest", "[id]")
	if !a.Truthy() || !h.Call("contains", a).Bool() {
		return pl, false
	}
	pl.anchor = a.Get("id").String()
	in := a.Call("getElementsByTagName", pl.tag)
	for i := 0; i < in.Length(); i++ {
		if in.Index(i).Equal(el) {
			pl.index = i
			return pl, true
		}
	}
	return pl, false
}

// look finds the element again: drawn is false while it is not drawn yet
// (not there, or still held); el is null when it was drawn otherwise.
func (pl heldPlace) look() (el app.Value, drawn bool) {
	doc := app.Window().Get("document")
	el = app.Null()
	if pl.id != "" {
		el = doc.Call("getElementById", pl.id)
	} else if a := doc.Call("getElementById", pl.anchor); a.Truthy() {
		if in := a.Call("getElementsByTagName", pl.tag); pl.index < in.Length() {
			el = in.Index(pl.index)
		}
	}
	if !el.Truthy() || el.Call("closest", ".stage-hold").Truthy() {
		return app.Null(), false
	}
	// A <details> with an id is the same section or menu whatever its
	// summary says now: the menu's names the current scenario, which on a
	// staged start is the visitor's, not the prerendered example
	// (carryStagedDetails), and a returning visitor's page speaks their
	// language, not the prerendered English.
	if el.Get("tagName").String() != pl.tag || !(pl.tag == "DETAILS" && pl.id != "") && nameOf(el) != pl.name {
		return app.Null(), true // the part drew otherwise
	}
	return el, true
}

// find is the element once drawn (null when it is not, or drawn otherwise).
func (pl heldPlace) find() app.Value {
	el, _ := pl.look()
	return el
}

// nameOf is what an element is called, near enough, to check that it is
// the same: a field's name, a button's aria-label, else the text of a
// summary (a <details>' own), a button, a link; without its spaces (the
// prerendered HTML is indented between elements, go-app's DOM is not).
func nameOf(el app.Value) string {
	for _, attr := range []string{"name", "aria-label"} {
		if n := el.Call("getAttribute", attr); n.Truthy() {
			return n.String()
		}
	}
	if el.Get("tagName").String() == "DETAILS" {
		if el = el.Call("querySelector", ":scope > summary"); !el.Truthy() {
			return ""
		}
	}
	return strings.Join(strings.Fields(el.Get("textContent").String()), "")
}
