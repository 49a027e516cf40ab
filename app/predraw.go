package app

import (
	"reflect"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/socialroi/socialroi/roi"
)

// The summary drawn in the key's own task. go-app draws what a handler
// changed in its next frame, 1/120 s after the event at the earliest, and
// the browser's own work for the key (the field's new text laid out and
// painted) usually comes first: the summary followed a key by 17-20 ms, a
// frame late. So a key whose figures keep the summary's shape (the same
// elements, only other numbers and loss marks) writes the new figures into
// the summary's elements at once, in the input event's task, and go-app
// draws it in its frame as before.
//
// go-app's tree stays consistent: it keeps what it last wrote to each node
// and writes a node again only when the new render differs from that. A
// write here (a text node's nodeValue, an attribute already there) is
// undone, to the value go-app wrote, right before go-app next renders the
// summary (summaryPart.Render), and go-app's diff then writes the figures
// of the report of that moment itself: whatever was written here lasts
// until go-app's next frame at most, and is what go-app writes in it (the
// report is the same unless the store changed meanwhile, and then go-app
// writes the new one). Nothing is computed here: every value is the
// roi.Report's, formatted as the summary's render formats it
// (summaryDraft mirrors renderSummary; TestTypingSummaryInKeyTask checks
// that the summary written here is the one go-app draws).

// summaryShape is what decides the summary's elements, but not the text
// and attributes summaryDraft writes: a key that changes it is drawn by
// go-app alone.
func (p *Page) summaryShape(r roi.Report) []any {
	cur := r.Currency
	roiLabel, roiValue, netLabel, net := p.summaryLine(r)
	shape := []any{p.lang(), cur, r.Headline.Basis, p.summaryOpen, p.store().Uncounted(), roiLabel, netLabel}
	for _, v := range []roi.Value{roiValue, net, r.Headline.Direct.Likely, r.Headline.Total.Likely, r.Totals.Cost, r.Totals.DirectRevenue} {
		shape = append(shape, v.Defined(), v.Reason())
	}
	for _, g := range []roi.Range3{r.Headline.Direct, r.Headline.Total} {
		shape = append(shape, g.Estimated, p.rangeText(g, cur) != "")
	}
	return shape
}

// summaryDraft is what summaryDraft writes, in the order of the summary's
// elements: span.v (its data-value and text), span.sl-part's class, the
// dl's div.kv class and dd[data-figure] data-value, small.range (data-low,
// data-high, text).
type summaryDraft struct {
	vals   [][2]string
	parts  []string
	kvs    []string
	figs   []string
	ranges [][3]string
}

// summaryDraft mirrors renderSummary (summary.go), headlineFigs, rangeFig,
// fig and val (results.go) for a report of the same shape.
func (p *Page) summaryDraft(r roi.Report) summaryDraft {
	lang, cur := p.lang(), r.Currency
	var d summaryDraft
	// Each value's string is made once, as valOf, fig and rangeFig do.
	val := func(v roi.Value, s string) { d.vals = append(d.vals, [2]string{s, formatValueOf(lang, v, s, cur)}) }
	// The summary line's two parts.
	_, roiValue, _, net := p.summaryLine(r)
	for _, v := range []roi.Value{roiValue, net} {
		d.parts = append(d.parts, lossy("sl-part", v))
		val(v, v.String())
	}
	// The headline figures (rangeFig), then cost and direct revenue (fig).
	for _, g := range []roi.Range3{r.Headline.Direct, r.Headline.Total} {
		likely := g.Likely.String()
		d.kvs = append(d.kvs, lossy("kv", g.Likely))
		d.figs = append(d.figs, likely)
		val(g.Likely, likely)
		low, high := g.Low.String(), g.High.String()
		if rt := p.rangeTextOf(g, low, high, cur); rt != "" {
			d.ranges = append(d.ranges, [3]string{low, high, rt})
		}
	}
	for _, v := range []roi.Value{r.Totals.Cost, r.Totals.DirectRevenue} {
		s := v.String()
		d.kvs = append(d.kvs, "kv")
		d.figs = append(d.figs, s)
		val(v, s)
	}
	return d
}

// undoWrite is a write to the summary's DOM made before go-app's frame:
// the node, the attribute ("" for a text node's value) and the value go-app
// had written.
type undoWrite struct {
	node app.Value
	attr string
	old  string
}

// predrawSummary writes report r's figures into the summary's elements
// now, when r keeps the shape go-app last drew (see above).
func (p *Page) predrawSummary(r roi.Report) {
	l := &p.live
	if !app.IsClient || l.drawnShape == nil || !reflect.DeepEqual(p.summaryShape(r), l.drawnShape) {
		return
	}
	el := app.Window().GetElementByID("summary")
	if !el.Truthy() {
		return
	}
	d := p.summaryDraft(r)
	all := func(sel string, n int) []app.Value {
		list := el.Call("querySelectorAll", sel)
		if list.Length() != n {
			return nil
		}
		out := make([]app.Value, n)
		for i := range out {
			out[i] = list.Index(i)
		}
		return out
	}
	vals, parts := all("span.v", len(d.vals)), all("span.sl-part", len(d.parts))
	kvs, figs := all("dl>div.kv", len(d.kvs)), all("dd[data-figure]", len(d.figs))
	ranges := all("small.range", len(d.ranges))
	if vals == nil || parts == nil || kvs == nil || figs == nil || ranges == nil {
		return // not the elements go-app drew for this shape: its frame draws it
	}
	for _, e := range append(vals, ranges...) {
		if t := e.Get("firstChild"); !t.Truthy() || t.Get("nodeType").Int() != 3 {
			return // a value drawn in another way
		}
	}
	for i, e := range vals {
		l.setAttr(e, "data-value", d.vals[i][0])
		l.setText(e.Get("firstChild"), d.vals[i][1])
	}
	for i, e := range parts {
		l.setAttr(e, "class", d.parts[i])
	}
	for i, e := range kvs {
		l.setAttr(e, "class", d.kvs[i])
	}
	for i, e := range figs {
		l.setAttr(e, "data-value", d.figs[i])
	}
	for i, e := range ranges {
		l.setAttr(e, "data-low", d.ranges[i][0])
		l.setAttr(e, "data-high", d.ranges[i][1])
		l.setText(e.Get("firstChild"), d.ranges[i][2])
	}
}

func (l *live) setAttr(e app.Value, name, v string) {
	old := e.Call("getAttribute", name)
	if old.Type() != app.TypeString || old.String() == v {
		return
	}
	l.undo = append(l.undo, undoWrite{e, name, old.String()})
	e.Call("setAttribute", name, v)
}

func (l *live) setText(t app.Value, v string) {
	if old := t.Get("nodeValue").String(); old != v {
		l.undo = append(l.undo, undoWrite{t, "", old})
		t.Set("nodeValue", v)
	}
}

// undoPredraw puts back what go-app wrote into the summary's elements, in
// reverse order: called as go-app renders the summary, before its diff.
func (l *live) undoPredraw() {
	for i := len(l.undo) - 1; i >= 0; i-- {
		u := l.undo[i]
		if u.attr == "" {
			u.node.Set("nodeValue", u.old)
		} else {
			u.node.Call("setAttribute", u.attr, u.old)
		}
	}
	l.undo = l.undo[:0]
}
