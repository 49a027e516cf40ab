package app

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// Why fields are synced by hand: go-app updates an element by comparing the
// attributes of the new render with those of the last one, never with the
// live DOM. Two things then leave a field showing what the scenario does
// not hold:
//
//   - go-app drops an empty attribute value (attributes.Set keeps "" only
//     for a few names, and compares the value, not the name, to "value"),
//     so a field going from "45" to empty gets removeAttribute("value"),
//     which does not touch what the input shows once it was typed in or set.
//   - a field whose rendered value is the same as last time is not touched
//     at all, whatever the visitor typed or picked in it since (a choice
//     the store refused, a value typed before a scenario switch).
//
// So every form part records, as it renders, each control's id and the
// value or checked state the scenario gives it, and once go-app has updated
// the DOM (a deferred function runs after the frame's updates) the controls
// whose live state differs are set. A field being typed in is left alone:
// its rendered value is what is typed, and the keystrokes queued behind it
// must not be undone.

// control is one form control as the last render drew it.
type control struct {
	id     string
	value  any  // string: the value property; bool: checked
	typing bool // the visitor is typing in it
}

// shown records a control of the part being rendered.
func (p *Page) shown(id string, value any, typing bool) {
	if p.rec != nil {
		*p.rec = append(*p.rec, control{id: id, value: value, typing: typing})
	}
}

// fields are the controls of a part as its last two renders drew them.
type fields struct {
	controls []control // the last render's
	before   []control // the render's before it
}

// record has the part's render (until done is called) record its controls
// in f, keeping what the render before drew.
func (f *fields) record(p *Page) (done func()) {
	f.before, f.controls = f.controls, f.before[:0]
	p.rec = &f.controls
	return func() { p.rec = nil }
}

// OnUpdate runs when what the part shows changed: after go-app has drawn
// it, its controls are made to show exactly the scenario.
func (c *formPart) OnUpdate(ctx app.Context) {
	ctx.Defer(func(app.Context) { c.fields.sync() })
}

// sync sets each control whose live state differs from its render, but for
// a text field that has the focus and holds other text than the render
// before drew in it: a person is typing there and the key has not reached
// the store yet. A key's text is in the field before its handler runs, and
// a frame can be drawn in between (another part mounted, a stage, a timer):
// set back to the store's text, the field would lose the key, and its
// handler would read the field without it ("Spring push" typed over a
// selected name became the old name and "pring push":
// TestLazyTypeIntoHeld). Where the store's text changed (an undo, another
// scenario), go-app wrote it in this frame, so the field holds what was
// drawn.
func (f *fields) sync() {
	if !app.IsClient {
		return
	}
	defer func() { recover() }() // a control gone meanwhile is no error
	doc := app.Window().Get("document")
	skip := ""
	if el := doc.Get("activeElement"); el.Truthy() && el.Get("selectionStart").Type() == app.TypeNumber {
		id := el.Get("id").String()
		for _, c := range f.before {
			if v, ok := c.value.(string); ok && c.id == id && el.Get("value").String() != v {
				skip = id
				break
			}
		}
	}
	for _, c := range f.controls {
		if c.typing || c.id == skip {
			continue
		}
		el := doc.Call("getElementById", c.id)
		if !el.Truthy() {
			continue
		}
		switch v := c.value.(type) {
		case string:
			if el.Get("value").String() != v {
				el.Set("value", v)
			}
		case bool:
			if el.Get("checked").Bool() != v {
				el.Set("checked", v)
			}
		}
	}
}

// asTyped is the text a field shows as it is drawn: while the visitor types
// in it (it has the focus, and typing says its text is theirs), what the
// field holds now, else text (the store's).
//
// A key's text is in the field before go-app runs the key's handler, and
// go-app can draw a frame in between: in the key's task, when the frame
// was due (its timer and the key's dispatch both ready, go-app picks one
// at random), or after a long task held both back. That frame draws the
// field with the store's text of the key before, which differs from what
// go-app drew last, so go-app writes it into the field: the key is gone,
// and its handler then reads the field without it (a key in eight lost,
// typing fast while the page mounted: TestLazyTypeIntoHeld). Drawn with
// what it holds, the field is never written to while typed in.
func asTyped(id, text string, typing bool) string {
	if !typing || !app.IsClient {
		return text
	}
	el := app.Window().Get("document").Get("activeElement")
	if !el.Truthy() || el.Get("id").String() != id {
		return text
	}
	return el.Get("value").String()
}

// focused says whether the element with this id has the focus.
func focused(id string) bool {
	if !app.IsClient {
		return false
	}
	el := app.Window().Get("document").Get("activeElement")
	return el.Truthy() && el.Get("id").String() == id
}
