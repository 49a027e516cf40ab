package app

import (
	"reflect"
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/socialroi/socialroi/roi"
	"github.com/socialroi/socialroi/store"
)

// linePart is one line of a long list of the form (a cost, a revenue line,
// an action) as a part of its own: a key typed into one line draws that
// line, and go-app only compares the keys of the others (a scenario of 600
// lines drew 600 lines per key). Its Key holds what the line's render
// reads, as formPart's does (parts.go); the component adds no element.
type linePart struct {
	app.Compo
	List string
	I    int
	Key  []any

	page   *Page
	fields fields  // what its renders put in the fields (formsync.go)
	ctx    partCtx // to draw it alone (refreshLine)
}

// lineSlot names a line of a list: "costs", 2.
type lineSlot struct {
	list string
	i    int
}

func (c *linePart) OnMount(ctx app.Context) {
	c.ctx = partCtx{ctx, true}
	l := &c.page.live
	if l.lines == nil {
		l.lines, l.lineCount = map[lineSlot]*linePart{}, map[string]int{}
	}
	slot := lineSlot{c.List, c.I}
	if l.lines[slot] == nil {
		l.lineCount[c.List]++
	}
	l.lines[slot] = c
}

func (c *linePart) OnDismount() {
	c.ctx.ok = false
	l := &c.page.live
	if slot := (lineSlot{c.List, c.I}); l.lines[slot] == c {
		delete(l.lines, slot)
		l.lineCount[c.List]--
	}
}

// linePath splits the path of a field of a line of costs, revenue or
// actions ("costs[2].amount") into its list and index.
func linePath(path string) (list string, i int, ok bool) {
	list, rest, found := strings.Cut(path, "[")
	if !found || list != "costs" && list != "revenue" && list != "actions" {
		return "", 0, false
	}
	num, rest, found := strings.Cut(rest, "]")
	i, err := strconv.Atoi(num)
	if !found || err != nil || i < 0 || !strings.HasPrefix(rest, ".") {
		return "", 0, false
	}
	return list, i, true
}

// listLen is how many lines list has in sc.
func listLen(sc *roi.Scenario, list string) int {
	switch list {
	case "costs":
		return len(sc.Costs)
	case "revenue":
		return len(sc.Revenue)
	}
	return len(sc.Actions)
}

// refreshLine, for a key typed into a field of a line of costs, revenue
// or actions, marks that line alone for an update when its key changed,
// and gives the form part around it the key the Page's render would give
// it, without drawing it: the part shows nothing else that a key in one
// of its lines changes (store.Edit changes that line, and the drafts,
// typing and notes under its path, alone), and drawing it compared the
// keys of all its lines (600 on a long scenario). It reports false, and
// does nothing, when the part or the line is not on the page, or the part
// drew another number of lines: the part is then drawn as any other.
func (p *Page) refreshLine(path string) bool {
	list, i, ok := linePath(path)
	if !ok {
		return false
	}
	l := &p.live
	st := p.store()
	sc := l.keyScenario(st)
	f, c := l.form(list), l.lines[lineSlot{list, i}]
	if f == nil || !f.ctx.ok || c == nil || !c.ctx.ok || l.lineCount[list] != listLen(sc, list) {
		return false
	}
	f.Key = p.partKey(list, sc)
	if key := p.lineKey(list, i); !reflect.DeepEqual(key, c.Key) {
		c.Key = key
		updateOnly(c.ctx.ctx, f.ctx.ctx, c.OnUpdate) // its fields made to show the scenario once drawn
	}
	return true
}

func (c *linePart) Render() app.UI {
	p := c.page
	defer c.fields.record(p)()
	sc := p.store().Current().Scenario
	switch {
	case c.List == "costs" && c.I < len(sc.Costs):
		return p.costLine(c.I)
	case c.List == "revenue" && c.I < len(sc.Revenue):
		return p.revenueLine(c.I)
	case c.List == "actions" && c.I < len(sc.Actions):
		return p.actionLine(c.I)
	}
	return app.Div().Class("line") // gone meanwhile: its list draws it away
}

// OnUpdate makes the line's fields show the scenario once drawn.
func (c *linePart) OnUpdate(ctx app.Context) {
	ctx.Defer(func(app.Context) { c.fields.sync() })
}

func (p *Page) linePart(list string, i int) app.UI {
	return &linePart{List: list, I: i, Key: p.lineKey(list, i), page: p}
}

// lineKey is what line i of list shows: its data, and the drafts, typing
// and notes under its paths ("costs[2]."); a cost's hours per week read
// the period.
func (p *Page) lineKey(list string, i int) []any {
	st := p.store()
	e := st.Current()
	sc := p.live.keyScenario(st)
	pre := list + "[" + strconv.Itoa(i) + "]."
	var data any
	switch list {
	case "costs":
		data = []any{sc.Costs[i], sc.Period}
	case "revenue":
		data = sc.Revenue[i]
	default:
		data = sc.Actions[i]
	}
	under := func(path string) bool { return strings.HasPrefix(path, pre) }
	drafts := keysUnder(e.Drafts, under)
	typing := keysUnder(st.Typing, under)
	notes := keysUnder(p.live.keyNotes(st), under)
	return []any{p.lang(), e.ID, data, drafts, typing, notes}
}

// keyNotes are the fields' notes (st.Notes) for the lines' keys, read once
// per change of the store.
func (l *live) keyNotes(st *Store) map[string]store.InputNote {
	if l.notes == nil || l.notesRev != st.Version() || l.notesID != st.Current().ID {
		l.notes, l.notesRev, l.notesID = st.Notes(), st.Version(), st.Current().ID
	}
	return l.notes
}

// keyScenario is a copy of the current scenario for the lines' keys, made
// once per change of the store and never changed: a line's key holds its
// line by value, and the pointers in it point into this copy.
func (l *live) keyScenario(st *Store) *roi.Scenario {
	if l.keySc == nil || l.keyRev != st.Version() || l.keyID != st.Current().ID {
		sc := st.Current().Scenario.Clone()
		l.keySc, l.keyRev, l.keyID = &sc, st.Version(), st.Current().ID
	}
	return l.keySc
}
