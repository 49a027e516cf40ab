package app

import (
	"reflect"
	"slices"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/socialroi/socialroi/roi"
	"github.com/socialroi/socialroi/store"
)

// Typing in one frame. go-app answers every event by drawing again the
// components around the element it fired on: a key typed in a field drew
// the whole Page, compared every part's key, and drew the results, the
// charts and the summary in one task, before the browser could show
// anything. A key typed into a field of the calculator (or of the guided
// start) now draws no more than what changed:
//
//  0. in the key's own task, the summary's figures, when the key keeps the
//     summary's elements (predraw.go);
//  1. in go-app's next frame after the key, the summary, the part typed in
//     (its notes and errors; in a list, the line alone: lines.go) and the
//     rest of the results (every figure) but the charts;
//  2. one frame later, every other part whose key changed: the charts, the
//     guided start, the other parts of the form.
//
// Each frame is a task of its own (a frame is go-app's, 1/120 s after the
// work that asked for it; the browser's own work for the key often comes
// first).
//
// The Page itself is not drawn: what it shows outside its parts (the
// notices, the undo banner, the scenario menu) is kept in shellKey, and a
// key that changes it updates the Page as any other event does. Whatever
// is drawn, it is drawn from the store's scenario and report at that
// moment, so every figure on the page is the report's once the first
// frame is drawn.

// live holds the parts of the calculator that are on the page now, with
// the context go-app mounted each with (to update one without the Page).
type live struct {
	page    app.Context // the Page's
	mounted bool
	results *resultsPart
	summary *summaryPart
	start   *startPart
	forms   []*formPart
	// The lines of the long lists on the page (lines.go), by list and
	// index, and how many of each list.
	lines     map[lineSlot]*linePart
	lineCount map[string]int

	// The paths typed into since the last markTyped, and whether it is
	// asked for.
	typedPaths []string
	marking    bool

	later      bool // the second frame is asked for
	holdCharts bool // the charts wait for the third (chartsPart)
	charts     *chartsPart

	// The copy of the scenario the lines' keys point into (lines.go).
	keySc  *roi.Scenario
	keyRev int
	keyID  string
	// The notes the lines' keys read, as of the store's version (lines.go).
	notes    map[string]store.InputNote
	notesRev int
	notesID  string

	// The summary written in a key's task (predraw.go): the shape go-app
	// last drew, and the writes to undo before it draws again.
	drawnShape []any
	undo       []undoWrite
}

// A part's context, kept from its OnMount.
type partCtx struct {
	ctx app.Context
	ok  bool
}

// updateOnly has go-app draw the component of c again in its next frame,
// and not the components around it: a dispatch from c marks c and every
// component around it for an update, then a PreventUpdate from the
// context of the component around it (parent) unmarks that one and those
// around it. then, if given, runs in the same dispatch: what it defers runs
// after the frame that draws c (deferred before the dispatch, it could run
// after a frame that came first and drew nothing).
func updateOnly(c, parent app.Context, then func(app.Context)) {
	c.Dispatch(func(ctx app.Context) {
		parent.PreventUpdate()
		if then != nil {
			then(ctx)
		}
	})
}

// shellKey is what the Page draws outside its parts and a key typed can
// change: when it changes, the Page is drawn again.
func (p *Page) shellKey() []any {
	st := p.store()
	e := st.Current()
	return []any{p.lang(), p.View, st.Notice, len(st.Notices), st.LastUndo, e.ID, e.Unsaved, len(st.PendingNotes()), e.Scenario.Name, e.Scenario.Currency}
}

// typed is called by a field's input handler once the store took the text
// typed at path (the guided start's fields: ""): the Page is not drawn
// again (unless what it shows around its parts changed), the summary's
// figures are written now, the summary, the part of the field (in a list,
// the line) and the results are drawn in the next frame, and every other
// part whose key changed one frame later.
//
// What is to be drawn is marked (markTyped) in the key's task when the key
// was handled quickly, else in a task of its own right after the key's:
// marked in the key's task, go-app's frame came in that very task whenever
// its time was due before the handler was done (Go's runtime runs a due
// timer before it gives the thread back), and the summary written at once
// only showed with the whole frame: 65-560 ms after the key instead of
// 6-23 ms, for half the keys on 600 lines (BenchmarkInputToResultLarge on
// a busy 2-core machine; TestTypingKeyTaskEndsBeforeFrame). A frame due
// sooner (one asked for before the key, while typing fast) can still come
// in the key's task, as it could before.
func (p *Page) typed(ctx app.Context, path string) {
	l := &p.live
	if !app.IsClient || !l.mounted || p.View != PathCalc || l.summary == nil || !l.summary.ctx.ok || l.results == nil || !l.results.ctx.ok {
		return // go-app's usual update
	}
	if !reflect.DeepEqual(p.shellKey(), p.shell) {
		return
	}
	if p.boot.lazy.on {
		// Parts are still held by their prerendered HTML (lazy.go): the
		// Page's render finds them stale and mounts them.
		return
	}
	ctx.PreventUpdate()
	l.holdCharts = true
	p.predrawSummary(p.store().Report()) // the figures in this task (predraw.go)
	if !slices.Contains(l.typedPaths, path) {
		l.typedPaths = append(l.typedPaths, path)
	}
	if !l.marking && eventAge() <= markNowWithin {
		p.markTyped() // go-app's frame comes in a task of its own: marked now, it draws them
		return
	}
	if !l.marking {
		l.marking = true
		go func() {
			NextTask()
			l.page.Dispatch(func(ctx app.Context) {
				ctx.PreventUpdate()
				p.markTyped()
			})
		}()
	}
}

// markNowWithin is how old the event being handled may be for what it
// changed to be marked in its own task: go-app's frame comes 1/120 s (8.3
// ms) after the event reached it, so a key handled within 4 ms leaves it
// for a task of its own, and is drawn in it. Later, the frame could come
// in the key's task; marked in a task after it, what it changed waits for
// a frame after that one (up to 8.3 ms more: marking them after every key
// made every figure on a preset's page 5-13 ms later at the median).
const markNowWithin = 4.0 // ms

// eventAge is how long ago the event being handled happened, by its
// timeStamp (window.event: the browser's, while its listeners run), in
// milliseconds; without one, more than markNowWithin.
func eventAge() float64 {
	w := app.Window()
	ev := w.Get("event")
	if !ev.Truthy() || ev.Get("timeStamp").Type() != app.TypeNumber {
		return markNowWithin + 1
	}
	return w.Get("performance").Call("now").Float() - ev.Get("timeStamp").Float()
}

// markTyped marks for go-app's next frame what the keys typed since the
// last call changed: the summary, the part or line of each field typed in,
// the results; and asks for the frame after, for every other part.
func (p *Page) markTyped() {
	l := &p.live
	l.marking = false
	paths := l.typedPaths
	l.typedPaths = nil
	if !l.mounted || l.summary == nil || !l.summary.ctx.ok || l.results == nil || !l.results.ctx.ok {
		l.holdCharts = false // the page went meanwhile: its next render draws everything
		return
	}
	s := l.summary
	if key := p.summaryKey(p.store().Report()); !reflect.DeepEqual(key, s.Key) {
		s.Key = key
		updateOnly(s.ctx.ctx, l.results.ctx.ctx, nil)
	}
	for _, path := range paths {
		if path == "" {
			p.refreshStart()
		} else if !p.refreshLine(path) {
			if c := l.form(partOf(path)); c != nil {
				p.refreshForm(c, nil)
			}
		}
	}
	p.refreshResults()
	if !l.later {
		l.later = true
		l.afterFrame(func() {
			l.later, l.holdCharts = false, false
			p.refreshParts()
		})
	}
}

// afterFrame runs f once go-app drew its next frame, so that what f marks
// is drawn in the frame after (a task of its own).
func (l *live) afterFrame(f func()) {
	l.page.Defer(func(app.Context) {
		l.page.Dispatch(func(ctx app.Context) {
			ctx.PreventUpdate()
			f()
		})
	})
}

// refreshResults marks the results for an update when the store changed.
func (p *Page) refreshResults() {
	st := p.store()
	if c := p.live.results; c != nil && c.ctx.ok && (c.Rev != st.Version() || c.Lang != p.lang()) {
		c.Rev, c.Lang = st.Version(), p.lang()
		updateOnly(c.ctx.ctx, p.live.page, nil)
	}
}

// refreshParts marks for an update every part whose key changed, and sets
// its key, as the Page's render would have (so that the Page's next render
// finds them drawn).
func (p *Page) refreshParts() {
	l := &p.live
	st := p.store()
	sc := l.keyScenario(st) // the keys' copy, one per change of the store (lines.go)
	for _, c := range l.forms {
		p.refreshForm(c, sc)
	}
	p.refreshStart()
	p.refreshResults() // a key typed since the results were drawn
	if c := l.charts; c != nil && c.ctx.ok && l.results != nil && (c.Rev != st.Version() || c.Lang != p.lang()) {
		c.Rev, c.Lang = st.Version(), p.lang()
		updateOnly(c.ctx.ctx, l.results.ctx.ctx, nil)
	}
}

// chartsPart is the charts of the results (charts.go), drawn again when
// the store changed, but after a key in the frame after the other results:
// while they wait (holdCharts), the results' render keeps the Rev they
// were drawn for.
type chartsPart struct {
	app.Compo
	Rev  int
	Lang string

	page *Page
	ctx  partCtx
}

func (c *chartsPart) Render() app.UI { return c.page.renderCharts(c.page.store().Report()) }

func (c *chartsPart) OnMount(ctx app.Context) {
	c.ctx = partCtx{ctx, true}
	c.page.live.charts = c
}

func (c *chartsPart) OnDismount() {
	c.ctx.ok = false
	forget(&c.page.live.charts, c)
}

func (p *Page) charts() app.UI {
	l := &p.live
	rev, lang := p.store().Version(), p.lang()
	if c := l.charts; l.holdCharts && c != nil && c.ctx.ok {
		rev, lang = c.Rev, c.Lang
	}
	return &chartsPart{Rev: rev, Lang: lang, page: p}
}

// refreshForm marks form part c for an update when its key changed; sc is
// a copy of the scenario for its key (nil: the keys' copy, lines.go).
func (p *Page) refreshForm(c *formPart, sc *roi.Scenario) {
	if !c.ctx.ok {
		return
	}
	if sc == nil {
		sc = p.live.keyScenario(p.store())
	}
	if key := p.partKey(c.Part, sc); !reflect.DeepEqual(key, c.Key) {
		c.Key = key
		updateOnly(c.ctx.ctx, p.live.page, c.OnUpdate) // its fields made to show the scenario once drawn
	}
}

// refreshStart marks the guided start for an update when its key changed.
func (p *Page) refreshStart() {
	if c := p.live.start; c != nil && c.ctx.ok {
		if key := p.startKey(); !reflect.DeepEqual(key, c.Key) {
			c.Key = key
			updateOnly(c.ctx.ctx, p.live.page, c.OnUpdate)
		}
	}
}

// form is the form part named name, when it is on the page.
func (l *live) form(name string) *formPart {
	for _, c := range l.forms {
		if c.Part == name {
			return c
		}
	}
	return nil
}

// summaryPart is the summary (summary.go) as a part of the results: drawn
// again only when its figures change; after a key, its figures are written
// in the key's task (predraw.go) and it is drawn in the next frame.
type summaryPart struct {
	app.Compo
	Key []any

	page *Page
	ctx  partCtx
}

func (c *summaryPart) Render() app.UI {
	p := c.page
	p.live.undoPredraw() // go-app's diff finds the nodes as it left them
	r := p.store().Report()
	p.live.drawnShape = p.summaryShape(r)
	return p.renderSummary(r)
}

func (c *summaryPart) OnMount(ctx app.Context) {
	c.ctx = partCtx{ctx, true}
	c.page.live.summary = c
}

func (c *summaryPart) OnDismount() {
	c.ctx.ok = false
	forget(&c.page.live.summary, c)
}

// summaryKey is everything the summary shows.
func (p *Page) summaryKey(r roi.Report) []any {
	return []any{p.lang(), r.Currency, r.Headline, r.Totals, p.summaryOpen, p.store().Uncounted()}
}

func (p *Page) summary(r roi.Report) app.UI {
	return &summaryPart{Key: p.summaryKey(r), page: p}
}

// The parts say when they come and go.

func (c *formPart) OnMount(ctx app.Context) {
	c.ctx = partCtx{ctx, true}
	l := &c.page.live
	l.forms = append(l.forms, c)
}

func (c *formPart) OnDismount() {
	c.ctx.ok = false
	l := &c.page.live
	for i, f := range l.forms {
		if f == c {
			l.forms = append(l.forms[:i], l.forms[i+1:]...)
			break
		}
	}
}

func (c *startPart) OnMount(ctx app.Context) {
	c.ctx = partCtx{ctx, true}
	c.page.live.start = c
}

func (c *startPart) OnDismount() {
	c.ctx.ok = false
	forget(&c.page.live.start, c)
}

func (c *resultsPart) OnMount(ctx app.Context) {
	c.ctx = partCtx{ctx, true}
	c.page.live.results = c
}

func (c *resultsPart) OnDismount() {
	c.ctx.ok = false
	forget(&c.page.live.results, c)
}

// forget empties a slot of live that still holds c (a part going away; a
// part mounted since in its place stays).
func forget[T any](slot **T, c *T) {
	if *slot == c {
		*slot = nil
	}
}
