package app

import (
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

	page     *Page
	controls []control // what its last render put in the fields (formsync.go)
}

func (c *linePart) Render() app.UI {
	p := c.page
	c.controls = c.controls[:0]
	p.rec = &c.controls
	defer func() { p.rec = nil }()
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
	ctx.Defer(func(app.Context) { syncControls(c.controls) })
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
