package app

import (
	"cmp"
	"runtime"
	"runtime/debug"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/socialroi/socialroi/roi"
)

// The calculator's first mount, spread over frames (issue 12, point 2).
//
// go-app never adopts the prerendered DOM: its first mount builds the whole
// page anew, inside one task of the browser's main thread (the route's
// component is mounted in Navigate, before the event loop starts). Mounted
// at once, the calculator froze the page for a few hundred milliseconds.
// So the first mount draws the shell only (the header, the ad import's
// card, the titles, the footer), and the rest follows a stage per frame:
// the guided start and the toolbar, the summary, then the form's parts in
// their order, then the rest of the results. Each stage is a task of its
// own, well under the 120 ms budget on a desktop.
//
// Until its stage comes, a part is held by a placeholder (a hold) that
// shows the prerendered HTML of the same place: moved there, inert (it
// cannot be typed into meanwhile: what was typed before the start was read
// by readEarly, before go-app replaced the page), and laid out as if the
// hold were not there (display: contents). So nothing on screen moves or
// goes blank, the page keeps its height, and a visitor who scrolled down
// keeps their place. The page says it is ready (data-app-ready) once the
// last stage is mounted; on a first visit, whose page is the prerendered
// one, the stages end with the first screen and the rest is mounted as it
// is reached (lazy.go). Once nothing is held, data-app-mounted says so.

// calcStages are the units each stage mounts, after stage 0 (the shell).
// A unit is a form part (parts.go), "summary" (the results' summary and
// verdict), "results" (the other cards of the results) or "charts".
// Each stage costs a layout of the whole page, a render of the page and a
// wait for go-app's frame; where the app starts fast, a step mounts a few
// stages at once (stepAfter). Finer stages (a part or two each, nine
// stages) made shorter tasks but more of that work: Lighthouse's total
// blocking time (mobile, 4× slower CPU) rose from about 2.4 s to 3.8-4.5 s
// on this 2-core machine, so the stages stay few.
var calcStages = [][]string{
	{"start", "toolbar"},
	{"summary", "basics", "costs"},
	{"revenue", "actions", "funnel", "more", "goals", "tracking"},
	{"results"},
	{"charts"},
}

// staging is where a Page is in its staged first mount.
type staging struct {
	on    bool    // staging: some units are held
	stage int     // the stages mounted (0: the shell only)
	step  int     // how many stages the next step mounts (stepAfter)
	began float64 // when the first mount began (ms)

	held    map[string]app.Value // the prerendered nodes each hold shows
	scrollY float64              // where the visitor was when the app started

	live map[string]bool // the units mounted
	lazy lazyMount       // the units mounted as they are reached (lazy.go)
}

// startGCPercent is the garbage collector's target while the page mounts
// (GOGC; Go's default is 100), and gcPercent the one it had before.
const startGCPercent = 400

var gcPercent = 100

// mounting is set while a staged first mount is under way: what can wait
// until the page is ready (the first save of the data, save.go) waits, and
// a while after (mountedAt), so as not to join the last stage's task.
var (
	mounting  bool
	mountedAt time.Time
)

// mountDone ends a first mount: the page is ready. After a staged one, the
// garbage collector gets its target back, and collects once, in a task of
// its own: left to itself it would run in whatever task allocates next,
// the last stage's say, and a collection is never split over tasks.
func mountDone() {
	if mounting {
		mounting, mountedAt = false, time.Now()
		go func() {
			NextTask()
			debug.SetGCPercent(gcPercent)
			runtime.GC()
		}()
	}
	setReady()
}

// staged is set once the first page load has been staged: a later visit of
// the calculator within the app has no prerendered page to show meanwhile,
// and mounts at once.
var staged bool

// beginStaging, in OnInit on the client, keeps the prerendered nodes of
// the units (go-app is about to replace the page) and starts the staged
// mount. It needs the prerendered calculator; without it, it leaves the
// page to mount at once.
func (p *Page) beginStaging() {
	if staged || !app.IsClient {
		return
	}
	staged = true
	doc := app.Window().Get("document")
	inputs := doc.Call("querySelector", "main .calc .inputs")
	results := doc.Call("getElementById", "results")
	start := doc.Call("querySelector", "main .calc > #start")
	toolbar := doc.Call("querySelector", "main .calc > #files-menu")
	if !inputs.Truthy() || !results.Truthy() || !start.Truthy() || !toolbar.Truthy() || inputs.Get("children").Length() != len(formParts) {
		return
	}
	held := map[string]app.Value{"start": start, "toolbar": toolbar}
	kids := inputs.Get("children")
	for i, name := range formParts {
		held[name] = kids.Index(i)
	}
	// The results: the whole panel until the summary comes; then every card
	// after the summary and the verdict (restOf).
	held["summary"] = results
	held["results"] = results
	if charts := results.Call("querySelector", ":scope > #charts"); charts.Truthy() {
		held["charts"] = charts
	}
	p.boot = staging{on: true, began: now(), held: held, scrollY: app.Window().Get("scrollY").Float(), live: map[string]bool{}}
	// No collection while the page mounts (the heap is about 5 MB once
	// ready; measured: none ran until then): when every goroutine waits,
	// Go's runtime first marks the heap of a collection under way, and only
	// then gives the main thread back, so a collection can join stages into
	// one long task.
	gcPercent = debug.SetGCPercent(startGCPercent)
	mounting = true
}

// formParts are the form's parts in their order on the page.
var formParts = []string{"basics", "costs", "revenue", "actions", "funnel", "more", "goals", "tracking"}

// shows says whether a unit is drawn mounted: it is, but for the one an
// event being handled is in (eventHold).
func (p *Page) shows(unit string) bool {
	return !p.boot.on || p.boot.live[unit] && unit != p.boot.lazy.keep
}

// hold is the placeholder of a unit not mounted yet.
func hold(unit string) app.UI {
	return app.Div().Class("stage-hold").DataSet("hold", unit)
}

// stagedParts are the form's parts, a hold for each not mounted yet.
func (p *Page) stagedParts() []app.UI {
	out := p.parts(formParts...)
	for i, name := range formParts {
		if !p.shows(name) {
			out[i] = hold(name)
		}
	}
	return out
}

// stagedStart is the guided start, or its hold.
func (p *Page) stagedStart() app.UI {
	p.carryHeld() // first: what was typed in a part reached into (lazy.go)
	if !p.shows("start") {
		return hold("start")
	}
	return p.start()
}

// stagedToolbar is the toolbar (the scenarios and files menu), or its
// hold: the first mount, the start's longest task, leaves it out (its
// selects, buttons and file input were about half of the shell's elements
// and handlers), and it is drawn in the next task (lazyToolbar), or with
// the first stage.
func (p *Page) stagedToolbar() app.UI {
	if !p.shows("toolbar") {
		return hold("toolbar")
	}
	return p.renderToolbar()
}

// stagedCharts are the results' charts, or their hold.
func (p *Page) stagedCharts() app.UI {
	if !p.shows("charts") {
		return hold("charts")
	}
	return p.charts() // a part of its own, drawn again only when its figures change (typing.go)
}

// stagedResults is the results panel, held, with its summary only, or whole.
func (p *Page) stagedResults() app.UI {
	p.heldStillTrue()
	switch {
	case !p.shows("summary"):
		return hold("summary")
	case !p.shows("results"):
		return &resultsPart{Lang: p.lang(), Rev: p.store().Version(), Held: "results", page: p}
	case !p.shows("charts"):
		return &resultsPart{Lang: p.lang(), Rev: p.store().Version(), Held: "charts", page: p}
	}
	return p.results()
}

// stageOn, in OnMount, fills the holds of the first mount and mounts the
// next stages: where the page shows what was prerendered (fresh), only the
// first screen and the summary, and the rest as it is reached (lazy.go);
// else every stage, a step at a time, and the app is ready once the last
// is mounted.
func (p *Page) stageOn(ctx app.Context) {
	if !p.boot.on {
		mountDone() // not staged, or a staged page left before its end
		setMounted()
		return
	}
	lazy := p.fresh() && lazyAllowed()
	if lazy {
		p.boot.lazy = lazyMount{on: true, rev: p.store().Version(), ctx: ctx}
	}
	p.fillHolds()
	if y := p.boot.scrollY; y > 0 && app.Window().Get("scrollY").Float() != y {
		app.Window().Call("scrollTo", 0, y)
	}
	if lazy {
		p.lazyFirst(ctx)
		return
	}
	p.boot.step = stepAfter(1, shellWeight, now()-p.boot.began)
	p.nextStage(ctx)
}

// nextStage mounts the next stage in a task of its own (NextTask): while
// it waits every goroutine waits, so Go's wasm runtime gives the main
// thread back to the browser, which handles input and paints. Waiting for
// go-app's next frame instead did not: measured in Chromium, a dispatch,
// the wait for the frame and the frame were one task, and up to four
// stages ran as one long task. A time.Sleep(1 ms) did not always either
// (see NextTask).
func (p *Page) nextStage(ctx app.Context) {
	go func() {
		NextTask()
		p.figuresApart(ctx, func() { p.stageDue(ctx) })
	}()
}

// figuresApart does ahead of the next stage, each in a task of its own,
// what its render would do first: work out the figures (the report is kept
// until the scenario changes), then make the examples and the number
// formats of the first screen (once). Then, in the next task, it calls
// next. Each step runs code for the first time, which V8 compiles then (a
// wasm function is compiled on its first call): in one task with the first
// stage's render, they made the start's longest task (stop 28: 250-310 ms
// against 160-200 ms apart, BenchmarkColdLoad's median).
func (p *Page) figuresApart(ctx app.Context, next func()) {
	steps := []func() bool{
		func() bool { return p.store().Work() },
		p.warm,
	}
	var step func(i int)
	step = func(i int) {
		if i == len(steps) {
			next()
			return
		}
		// Drawing nothing.
		apart(ctx, func(ctx app.Context) bool {
			ctx.PreventUpdate()
			return p.boot.on && steps[i]()
		}, func() { step(i + 1) })
	}
	step(0)
}

// apart runs step in go-app's goroutine, then next: in the task after, if
// step says it did something (its work is a task of its own), else at
// once. A page left meanwhile never runs the dispatch (go-app drops it),
// and the chain ends there. One dispatch serves every such step: go-app's
// Context.Dispatch is inlined where it is called, about 1 KB of wasm each.
func apart(ctx app.Context, step func(app.Context) bool, next func()) {
	ctx.Dispatch(func(ctx app.Context) {
		did := step(ctx)
		go func() {
			if did {
				NextTask()
			}
			next()
		}()
	})
}

// warmed is set once the examples and the first screen's number formats
// are made (warm).
var warmed bool

// warm makes the examples (every preset in every language: the guided
// start says whether the scenario is one) and the number formats of the
// summary, once; it says whether it did. In a browser, the page's first
// Intl.NumberFormat loads the locale's data: 24-80 ms measured.
func (p *Page) warm() bool {
	if warmed {
		return false
	}
	warmed = true
	examples()
	warmFormats(p.lang(), p.store().Current().Scenario.Currency)
	return true
}

// stageDue mounts the next stage (skipping those whose units are all
// mounted already), and when it is drawn, pauses before the next, or ends
// the staging: the app is ready.
func (p *Page) stageDue(ctx app.Context) {
	ctx.Dispatch(func(ctx app.Context) {
		if !p.boot.on {
			return
		}
		began := now()
		for p.boot.stage < len(calcStages) && p.allLive(calcStages[p.boot.stage]) {
			p.boot.stage++
		}
		n := max(1, min(p.boot.step, len(calcStages)-p.boot.stage))
		w := 0.0
		for i := 0; i < n && p.boot.stage < len(calcStages); i++ {
			w += stageWeight(p.boot.stage + 1)
			for _, u := range calcStages[p.boot.stage] {
				p.boot.live[u] = true
			}
			p.boot.stage++
		}
		// The figures, worked out in a task before (figuresApart) unless
		// the scenario changed since, before go-app's frame draws the
		// stage (the report is kept until the scenario changes).
		p.store().Report()
		ctx.Defer(func(ctx app.Context) {
			p.fillHolds()
			if p.boot.stage < len(calcStages) {
				p.boot.step = stepAfter(p.boot.stage+1, w, now()-began)
				p.nextStage(ctx)
				return
			}
			p.endStaging()
		})
	})
}

// allLive says whether every unit is mounted.
func (p *Page) allLive(units []string) bool {
	for _, u := range units {
		if !p.boot.live[u] {
			return false
		}
	}
	return true
}

// endStaging ends a staged first mount: every unit is mounted.
func (p *Page) endStaging() {
	if l := &p.boot.lazy; l.on && l.keep != "" {
		l.endAfter = true // once the unit an event was in is drawn (redrawHeld)
		return
	}
	p.stopLazy()
	p.boot = staging{}
	mountDone()
	setMounted()
}

// stepBudget is what a step of the staged mount should take, in ms: well
// under the 120 ms budget of a task at start.
const stepBudget = 50

// unitWeights are what a unit costs to mount, next to a form part's 1, as
// traced (shellWeight is the first mount's, stage 0): the stage that comes
// first works out the figures (stageDue), the results and charts are the
// largest. Only the ratios matter.
var unitWeights = map[string]float64{"start": 2, "summary": 2, "results": 3, "charts": 2}

const shellWeight = 3

// stageWeight is the weight of stage i (1 to len(calcStages)).
func stageWeight(i int) float64 {
	w := 0.0
	for _, u := range calcStages[i-1] {
		w += cmp.Or(unitWeights[u], 1)
	}
	return w
}

// stepAfter is how many stages the next step mounts, from stage next on,
// after a step of weight w took ms: as many as fit in stepBudget at the
// pace of that step, and at least one. Where the app starts fast (its code
// cached by the browser, a fast device), the stages are mounted a few at
// a time: each step costs a layout of the page and a wait for go-app's
// frame.
func stepAfter(next int, w, took float64) int {
	n, sum := 0, 0.0
	for i := next; i <= len(calcStages); i++ {
		sum += stageWeight(i)
		if n > 0 && took > 0 && sum*took/w > stepBudget {
			break
		}
		n++
	}
	return max(1, n)
}

// now is the page's clock, in ms.
func now() float64 { return app.Window().Get("performance").Call("now").Float() }

// fillHolds moves the prerendered nodes into the holds that are empty.
func (p *Page) fillHolds() {
	holds := app.Window().Get("document").Call("querySelectorAll", ".stage-hold[data-hold]")
	for i := 0; i < holds.Length(); i++ {
		h := holds.Index(i)
		if h.Get("firstChild").Truthy() {
			continue
		}
		unit := h.Get("dataset").Get("hold").String()
		n, ok := p.boot.held[unit]
		if !ok || !n.Truthy() {
			continue
		}
		if unit == "results" {
			n = restOf(n)
		}
		if !p.boot.lazy.on {
			// Mounted in a moment: nothing is typed into it meanwhile.
			// A hold that waits to be reached stays usable: a focus, a
			// touch or a key in it mounts it (lazy.go).
			h.Call("setAttribute", "inert", "")
		}
		h.Call("appendChild", n)
	}
}

// restOf takes the cards of a prerendered results panel that follow its
// summary and verdict (restSel) out of it.
func restOf(results app.Value) app.Value {
	rest := app.Window().Get("document").Call("createDocumentFragment")
	cards := results.Call("querySelectorAll", restSel) // a static list, in order
	for i := 0; i < cards.Length(); i++ {
		rest.Call("appendChild", cards.Index(i))
	}
	return rest
}

// restSel matches those cards, from the #details anchor on (closest: what
// is in them).
const restSel = "#results > #details, #results > #details ~ *"

// setReady says the app is interactive: the first screen is mounted, and
// every part is mounted by the time it is reached (lazy.go). Browser tests
// and scripts wait for it.
func setReady() {
	app.Window().Get("document").Get("documentElement").Call("setAttribute", "data-app-ready", "1")
}

// setMounted says every part of the page is mounted (data-app-mounted):
// nothing is held any more.
func setMounted() {
	app.Window().Get("document").Get("documentElement").Call("setAttribute", "data-app-mounted", "1")
}

// renderResultsHead is the results panel of renderResults with its summary
// and verdict only, and a hold for the rest.
func (p *Page) renderResultsHead(r roi.Report) app.UI {
	p.heldStillTrue()
	return app.Aside().ID("results").Class("results").Aria("label", p.t("Results")).Body(
		p.renderSummary(r),
		p.renderVerdict(r, "verdict"),
		hold("results"),
	)
}
