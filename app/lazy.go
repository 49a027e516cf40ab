package app

import (
	"slices"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/socialroi/socialroi/store"
)

// Mounted as it is reached (issue 12, point 2: a page that never freezes
// while loading).
//
// go-app's start costs the page's main thread what it mounts: every
// element, attribute and handler is a call through syscall/js. During the
// load, the staged mount (stage.go) mounted the whole calculator, some
// 2,000 elements, in a few long tasks. Now, where the page shows what was
// prerendered (a first visit: the e-commerce preset in English, fresh),
// the start mounts the first screen (the shell, then the toolbar, then
// the guided start with the summary, which typing in the start updates,
// each in a task of its own); the app is ready then (data-app-ready).
// Every other unit (a form part, the rest of the results, the charts)
// stays held by its prerendered HTML, readable, in place and usable, and
// is mounted:
//
//   - when it nears the window (an IntersectionObserver, one window's
//     height above and below it), so a part is mounted before it is seen;
//   - when the visitor focuses, touches or types in it (a link followed,
//     a Tab): what was typed into it meanwhile is carried over (the early
//     typing's rules, prestart.go) and the focus moves to the same field;
//     a press on one of its buttons ("Add goal") is carried over to the
//     mounted button (lazypress.go);
//   - in the browser's idle time after the start, a unit per idle period,
//     so a page left alone is soon mounted whole (data-app-mounted).
//
// A held unit shows the prerendered page's figures and words: they are the
// page's own only while the scenario is the prerendered one and the
// language English. The moment either changes (a key in the guided start,
// a scenario opened, another language), every unit still held is mounted,
// a stage at a time (stage.go): a held part never shows stale figures for
// more than the frames that takes. Where the page did not start fresh (a
// saved scenario of its own), the start mounts every stage, as before, and
// is ready once the last is mounted.

// lazyMount is the state of the mount as reached.
type lazyMount struct {
	on    bool // watching the held units
	stale bool // the held HTML is no longer the page's: the stages mount the rest
	rev   int  // the store's version when the held units were last checked
	ctx   app.Context
	io    app.Value // the IntersectionObserver
	// The listeners (watchHolds): the observer's, the reach events' and
	// the idle callback's.
	near, reach, onIdle app.Func
	idle                bool     // an idle callback is asked for
	soon                []string // the units in range at the start: mounted first

	focus []heldFocus // the fields to focus once drawn (carryHeld)

	// keep is the unit whose hold is left as it is in the Page's render
	// under way, though mounted: the event being handled, or a press under
	// way, is in it (eventHold, holdOf). redraw says a render of the Page
	// is asked for, in a task of its own, to draw it; endAfter that the
	// staging ends once it is drawn.
	keep             string
	redraw, endAfter bool

	// A press on a held button (lazypress.go): the one under way, which
	// keeps its part held until it ends; a count of presses begun; and the
	// clicks on held buttons, to click again once their part is drawn.
	press   heldPress
	pressN  int
	clicks  []heldPress
	onPress app.Func
}

// lazyFirst are the units the start mounts when it is lazy.
var lazyFirst = []string{"start", "summary"}

// lazyOrder is the order the idle time mounts the other units in: the
// page's. The toolbar is drawn before the first stage (lazyToolbar); it is
// here too, so that the staging ends only once it is drawn (endStaging).
var lazyOrder = []string{"toolbar", "basics", "costs", "revenue", "actions", "funnel", "more", "goals", "tracking", "results", "charts"}

// idleAfterKey is the window property that, set before the start to a
// number of ms, replaces idleAfter; below zero, the idle mount is off and
// a unit is mounted only when it is reached (browser tests).
const idleAfterKey = "socialroiIdleAfter"

// lazyAllowed says whether the browser has what the lazy mount needs.
func lazyAllowed() bool {
	return app.Window().Get("IntersectionObserver").Truthy()
}

// fresh says whether the page shows what was prerendered: the store shows
// what a first visit starts with (store.ShowsFresh), in English (the
// prerendered page's language).
func (p *Page) fresh() bool {
	return p.lang() == "en" && p.store().ShowsFresh()
}

// heldStillTrue, in every render that can follow a change of the scenario
// or the language, mounts every held unit once the held HTML is no longer
// the page's own (fresh).
func (p *Page) heldStillTrue() {
	l := &p.boot.lazy
	if !l.on || l.stale || p.store().Version() == l.rev {
		return
	}
	l.rev = p.store().Version()
	if p.fresh() {
		return
	}
	// The stages mount the rest (stage.go), a step at a time; what is typed
	// meanwhile in a part still held is carried over as it is drawn
	// (carryHeld).
	l.stale = true
	if l.io != nil && l.io.Truthy() {
		l.io.Call("disconnect")
	}
	p.boot.step = 1 // then as many as fit the step's budget (stepAfter)
	p.nextStage(l.ctx)
}

// lazyFirst draws the toolbar (lazyToolbar), then mounts the first screen
// and the summary, each in a task of its own, after their figures
// (figuresApart); the app is ready once they are drawn.
func (p *Page) lazyFirst(ctx app.Context) {
	go func() {
		NextTask()
		p.lazyToolbar(ctx, func() {
			p.figuresApart(ctx, func() { p.firstStage(ctx) })
		})
	}()
}

// firstStage mounts the first screen and the summary (lazyFirst).
func (p *Page) firstStage(ctx app.Context) {
	ctx.Dispatch(func(ctx app.Context) {
		if !p.boot.on {
			return
		}
		for _, u := range lazyFirst {
			p.boot.live[u] = true
		}
		p.store().Report()
		ctx.Defer(func(ctx app.Context) {
			p.fillHolds()
			// Ready; what waits for the whole page mounted (the first
			// save, the garbage collector's target: mountDone) waits on,
			// until the last unit is mounted (endStaging).
			setReady()
			p.watchHolds()
		})
	})
}

// lazyToolbar draws the toolbar, held by the first mount, in a task of its
// own, then calls next in the task after (apart).
func (p *Page) lazyToolbar(ctx app.Context, next func()) {
	apart(ctx, func(ctx app.Context) bool {
		if !p.boot.on || p.boot.live["toolbar"] {
			ctx.PreventUpdate()
			return false
		}
		p.boot.live["toolbar"] = true
		return true
	}, next)
}

// watchHolds starts watching the held units: as they near the window, as
// the visitor reaches into them, and the browser's idle time.
func (p *Page) watchHolds() {
	l := &p.boot.lazy
	if !l.on {
		return
	}
	win := app.Window()
	first := true
	near := app.FuncOf(func(this app.Value, args []app.Value) any {
		entries := args[0]
		var units []string
		for i := 0; i < entries.Length(); i++ {
			e := entries.Index(i)
			if !e.Get("isIntersecting").Bool() {
				continue
			}
			if u := heldUnit(e.Get("target")); u != "" {
				units = append(units, u)
			}
		}
		if first {
			// The observer's first call says what is in range at the
			// start: held, it shows what the app would, and a touch or
			// a key mounts it; so the idle time mounts it, first.
			first = false
			p.boot.lazy.soon = units
			return nil
		}
		if len(units) > 0 {
			go p.mountHeld(units)
		}
		return nil
	})
	reach := app.FuncOf(func(this app.Value, args []app.Value) any {
		t := args[0].Get("target")
		if u := heldUnit(t); u != "" {
			// In a task of its own: mounted from this event's handler
			// (go-app's frame can run in it), a key's character would
			// land in the held field after it went.
			go func() {
				NextTask()
				focusAgain(t)
				p.mountHeld([]string{u})
			}()
		}
		return nil
	})
	idle := app.FuncOf(func(this app.Value, args []app.Value) any {
		p.boot.lazy.idle = false
		for _, u := range append(p.boot.lazy.soon, lazyOrder...) {
			if !p.boot.live[u] {
				go p.mountHeld([]string{u})
				break
			}
		}
		return nil
	})
	l.onPress = app.FuncOf(func(this app.Value, args []app.Value) any {
		p.onPress(args[0])
		return nil
	})
	l.near, l.reach, l.onIdle = near, reach, idle
	opts := map[string]any{"rootMargin": nearMargin}
	l.io = win.Get("IntersectionObserver").New(near, opts)
	doc := win.Get("document")
	for _, ev := range reachEvents {
		doc.Call("addEventListener", ev, reach, true)
	}
	for _, ev := range pressEvents {
		doc.Call("addEventListener", ev, l.onPress, true)
	}
	p.observeHolds()
	// The idle mount begins a while after the start (idleAfter).
	l.idle = true
	later := app.FuncOf(func(this app.Value, args []app.Value) any {
		p.boot.lazy.idle = false
		p.askIdle()
		return nil
	})
	after := idleAfter
	if v := win.Get(idleAfterKey); v.Type() == app.TypeNumber {
		after = v.Int()
	}
	if after >= 0 {
		win.Call("setTimeout", later, after)
	}
}

// idleAfter is how long after the start the idle mount begins, in ms.
const idleAfter = 5000

// nearMargin is how near the window a held unit is mounted: a window's
// height above and below it.
const nearMargin = "100% 0px 100% 0px"

// reachEvents are the events that say the visitor reached into a held
// part: a focus, a touch or a click, a key, and text put in by other means
// (a paste from the menu, autofill).
var reachEvents = []string{"focusin", "pointerdown", "keydown", "input"}

// heldUnit is the unit whose hold holds the node ("" when none): the unit
// to mount when it is reached.
func heldUnit(n app.Value) string {
	u := holdOf(n)
	if u == "results" && n.Call("closest", "#charts").Truthy() {
		// The charts are in the results' hold until the results are
		// mounted: reaching into them mounts both (mountHeld).
		return "charts"
	}
	return u
}

// holdOf is the unit of the hold the node is in ("" when none): the unit
// to keep held for the node to stay where it is. It is the node's unit
// (heldUnit) but for the charts in the results' hold: drawing the results
// moves them to a hold of their own (fillHolds), and a node moved between
// a pointerdown and its pointerup gets no click (Chromium forgets the
// pointerdown's node when it leaves the page).
func holdOf(n app.Value) string {
	if !n.Truthy() || !n.Get("closest").Truthy() {
		return ""
	}
	h := n.Call("closest", ".stage-hold[data-hold]")
	if !h.Truthy() {
		return ""
	}
	return h.Get("dataset").Get("hold").String()
}

// observeHolds has the observer watch what every hold shows (a hold has
// no box of its own: display: contents).
func (p *Page) observeHolds() {
	l := &p.boot.lazy
	if !l.on || l.stale || l.io == nil || !l.io.Truthy() {
		return
	}
	holds := app.Window().Get("document").Call("querySelectorAll", ".stage-hold[data-hold]")
	for i := 0; i < holds.Length(); i++ {
		observeBoxes(l.io, holds.Index(i))
	}
}

// observeBoxes has the observer watch the children of el that have a box:
// a form part's <form> has none either (display: contents, partForm), so
// its own children are watched instead; an observer never sees an element
// without a box come into view.
//
// A box can move from one hold to another: the charts are in the results'
// hold until the results are mounted, then in a hold of their own. The
// observer, which watched the box already, would say nothing new of it
// (it reports a change of being in range, and observing a box twice is
// nothing), so the charts in view would stay held: a box watched for
// another unit is watched anew, which reports it at once.
func observeBoxes(io, el app.Value) {
	unit := heldUnit(el)
	kids := el.Get("children")
	for j := 0; j < kids.Length(); j++ {
		k := kids.Index(j)
		if k.Call("matches", "form.part").Bool() {
			observeBoxes(io, k)
			continue
		}
		if w := k.Get(watchedFor); w.Type() == app.TypeString && w.String() == unit {
			continue
		}
		k.Set(watchedFor, unit)
		io.Call("unobserve", k)
		io.Call("observe", k)
	}
}

// watchedFor is the property of a held box that says which unit the
// observer watches it for.
const watchedFor = "socialroiWatchedFor"

// askIdle asks for the browser's next idle period (where it has none, a
// while later), unless the idle mount is off.
func (p *Page) askIdle() {
	l := &p.boot.lazy
	win := app.Window()
	if !l.on || l.stale || l.idle || l.onIdle == nil {
		return
	}
	l.idle = true
	if win.Get("requestIdleCallback").Truthy() {
		// Never idle (a busy page, a slow phone): a unit a second.
		win.Call("requestIdleCallback", l.onIdle, map[string]any{"timeout": 1000})
	} else {
		win.Call("setTimeout", l.onIdle, 100)
	}
}

// mountHeld mounts units that are held, in go-app's next frame (what was
// typed in them is carried over as they are drawn: carryHeld).
func (p *Page) mountHeld(units []string) {
	ctx := p.boot.lazy.ctx
	if l := p.boot.lazy; !l.on || l.stale {
		return // the stages mount the rest
	}
	ctx.Dispatch(func(ctx app.Context) {
		l := &p.boot.lazy
		if !l.on || l.stale {
			return
		}
		var todo []string
		for _, u := range units {
			if u == "charts" && !p.boot.live["results"] {
				todo = append(todo, "results") // the charts are in the results
			}
			if !p.boot.live[u] {
				todo = append(todo, u)
			}
		}
		if len(todo) == 0 {
			p.askIdle() // the idle mount goes on
			return
		}
		for _, u := range todo {
			p.boot.live[u] = true
		}
		ctx.Defer(func(ctx app.Context) {
			p.fillHolds()
			if l := p.boot.lazy; !l.on || l.stale {
				return // the stages mount the rest, and end the staging
			}
			if p.allLive(lazyOrder) {
				p.endStaging()
				return
			}
			p.observeHolds()
			p.askIdle()
		})
	})
}

// carryHeld, as the Page is drawn (in go-app's frame: the task that
// replaces the holds with the parts), carries over what was typed or
// chosen in every held part drawn in this frame, however it came to be
// mounted (near the window, reached into, idle time, the stages): a hold
// is usable, and whatever it shows when it goes is what the visitor put
// there. Nothing reaches a held field between this read and its
// replacement (one task), and the field focused in it is focused again
// once drawn, with its selection, in the same task: the next key lands in
// the mounted field.
func (p *Page) carryHeld() {
	l := &p.boot.lazy
	if !app.IsClient {
		return
	}
	if !l.on {
		p.carryStagedDetails()
		return
	}
	l.keep = ""
	if u := eventHold(); u != "" && p.boot.live[u] {
		l.keep = u
		p.redrawHeld()
	} else if u := l.press.hold; u != "" && p.boot.live[u] {
		l.keep = u // drawn once the press on its button is over (endPress)
	}
	holds := app.Window().Get("document").Call("querySelectorAll", ".stage-hold[data-hold]")
	var typing []typedEarly
	var clicks []heldPress // on held buttons drawn now: clicked again once drawn
	var details []heldDetails
	drawn := func(u string) bool { return p.boot.live[u] && u != l.keep }
	for i := 0; i < holds.Length(); i++ {
		h := holds.Index(i)
		u := h.Get("dataset").Get("hold").String()
		if !drawn(u) {
			continue // still held once drawn
		}
		l.clicks = slices.DeleteFunc(l.clicks, func(c heldPress) bool {
			// Its hold drawn, with it in it (the charts may stay held
			// in the results' hold), or its own hold drawn.
			now := drawn(c.unit) && (c.hold == u || c.unit == u)
			if now {
				clicks = append(clicks, c)
			}
			return now
		})
		details = append(details, readDetails(h, drawn)...)
		f := readFocus(h)
		typed := readControls(h)
		if t := f.typedIn(typed); t != nil {
			typing = append(typing, *t)
		}
		early = append(early, typed...)
		if f.ok {
			l.focus = append(l.focus, f)
		}
	}
	if len(early) > 0 {
		p.carryOver() // the scenario changed: heldStillTrue mounts the rest
	}
	for _, t := range typing {
		// The visitor is still typing there: the field keeps their text
		// as typed, as a field being typed does.
		if fd, ok := store.PathField(t.path); ok {
			p.store().Edit(fd, t.value)
		}
	}
	if len(details) > 0 {
		l.ctx.Defer(func(app.Context) { restoreDetails(details) })
	}
	if len(l.focus) > 0 {
		l.ctx.Defer(func(app.Context) {
			for _, f := range p.boot.lazy.focus {
				f.restore()
			}
			p.boot.lazy.focus = nil
		})
	}
	clickAgain(clicks)
}

// eventHold is the unit of the hold the target of the event being handled
// is in ("" when none, or no event is; holdOf).
//
// Go's runtime runs a go-app frame that is due in the handler of any event
// that calls into Go (the reach listener, a focusin's): a part drawn then
// replaces its hold in the middle of the event, under the visitor's
// finger. A press whose field went before its mousedown focused it focuses
// nothing, and the keys that follow are lost; a key whose field went
// between its keydown and its text goes nowhere (TestLazyTypeIntoHeld,
// one run in a hundred under load). So the part the event is in stays
// held until the event is over: it is drawn in a task of its own
// (redrawHeld), with what the event put in it (carryHeld).
func eventHold() string {
	ev := app.Window().Get("event")
	if !ev.Truthy() {
		return ""
	}
	return holdOf(ev.Get("target"))
}

// redrawHeld asks for a render of the Page in a task of its own, which
// draws the unit kept held (keep) when the event is over; it ends the
// staging then if that waited (endStaging).
func (p *Page) redrawHeld() {
	l := &p.boot.lazy
	if l.redraw || !l.on {
		return
	}
	l.redraw = true
	ctx := l.ctx
	go func() {
		NextTask()
		ctx.Dispatch(func(ctx app.Context) {
			p.boot.lazy.redraw = false
			ctx.Defer(func(app.Context) {
				l := &p.boot.lazy
				if !l.on {
					return
				}
				p.fillHolds()
				if l.keep == "" && l.endAfter {
					p.endStaging()
					return
				}
				// A unit drawn now can hold another (the results hold
				// the charts): the observer watches it too.
				p.observeHolds()
			})
		})
	}()
}

// stopLazy stops watching the held units.
func (p *Page) stopLazy() {
	l := &p.boot.lazy
	if !l.on {
		return
	}
	l.on, l.stale = false, false
	if l.io != nil && l.io.Truthy() {
		l.io.Call("disconnect")
	}
	if l.reach != nil {
		doc := app.Window().Get("document")
		for _, ev := range reachEvents {
			doc.Call("removeEventListener", ev, l.reach, true)
		}
		// The idle callback and the timer may still be due: they are
		// left alive (released, a call into either would throw).
		for _, ev := range pressEvents {
			doc.Call("removeEventListener", ev, l.onPress, true)
		}
		l.near.Release()
		l.reach.Release()
		l.onPress.Release()
	}
	l.near, l.reach, l.onIdle, l.onPress, l.io = nil, nil, nil, nil, nil
}

// focusAgain focuses, in the mounted part, the field a press in a hold was
// on, when the focus went nowhere: Go's runtime runs a frame that is due
// in any event's handler, so a part near the window (the observer's) can
// be drawn in the handler of the very press on one of its held fields,
// before the press focuses it; the press then focuses nothing, and the
// keys that follow would go to no field (TestLazyTypeIntoHeld).
func focusAgain(t app.Value) {
	if t.Get("isConnected").Bool() || t.Get("id").String() == "" {
		return
	}
	doc := app.Window().Get("document")
	if a := doc.Get("activeElement"); a.Truthy() && !a.Equal(doc.Get("body")) {
		return // the visitor is elsewhere
	}
	if el := doc.Call("getElementById", t.Get("id").String()); el.Truthy() {
		el.Call("focus", map[string]any{"preventScroll": true})
	}
}

// heldFocus is the element focused in a hold (a field, a button, a
// summary), found again once mounted (ok: it can be).
type heldFocus struct {
	place      heldPlace
	ok         bool
	name       string // a field's
	start, end int
	sel        bool
}

// readFocus notes the focused element in the hold h.
func readFocus(h app.Value) heldFocus {
	a := app.Window().Get("document").Get("activeElement")
	if !a.Truthy() || !h.Call("contains", a).Bool() {
		return heldFocus{}
	}
	pl, ok := placeOf(a, h)
	if !ok {
		return heldFocus{}
	}
	f := heldFocus{place: pl, ok: true, name: a.Get("name").String()}
	if t := a.Get("type").String(); a.Get("tagName").String() == "INPUT" && (t == "text" || t == "search") {
		if s := a.Get("selectionStart"); s.Type() == app.TypeNumber {
			f.start, f.end, f.sel = s.Int(), a.Get("selectionEnd").Int(), true
		}
	}
	return f
}

// typedIn is the text typed into the focused field, among what was typed
// in its part (nil when none).
func (f heldFocus) typedIn(typed []typedEarly) *typedEarly {
	if f.name == "" {
		return nil
	}
	for i, t := range typed {
		if t.path == f.name && !t.choice {
			return &typed[i]
		}
	}
	return nil
}

// restore focuses the element again, in the mounted part.
func (f heldFocus) restore() {
	if !f.ok {
		return
	}
	doc := app.Window().Get("document")
	el := f.place.find()
	if !el.Truthy() || doc.Get("activeElement").Equal(el) {
		return
	}
	el.Call("focus", map[string]any{"preventScroll": true})
	if f.sel { // past the end, the browser puts the caret at the end
		el.Call("setSelectionRange", f.start, f.end)
	}
}

// carryStagedDetails is carryHeld on a staged start (saved data): its holds
// last a stage each and take no event (stage.go), but they are the
// prerendered page, where the visitor may have opened or closed a
// <details> (a section, the scenarios and files menu) while the wasm
// arrived. Each is left as they left it once its unit is drawn; before,
// the stage drew it as the render had it, and a section closed on the
// prerendered page opened again under the visitor's eyes.
func (p *Page) carryStagedDetails() {
	if !p.boot.on || !p.live.mounted {
		return
	}
	drawn := func(u string) bool { return p.boot.live[u] }
	holds := app.Window().Get("document").Call("querySelectorAll", ".stage-hold[data-hold]")
	var details []heldDetails
	for i := 0; i < holds.Length(); i++ {
		h := holds.Index(i)
		if drawn(h.Get("dataset").Get("hold").String()) {
			details = append(details, readDetails(h, drawn)...)
		}
	}
	if len(details) > 0 {
		p.live.page.Defer(func(app.Context) { restoreDetails(details) })
	}
}
