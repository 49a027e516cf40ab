package app

import (
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// renderUncounted is the line of the summary that says which fields the
// results leave out because they hold invalid text ("1 field is not
// counted"), and which still count with their last valid value, each with a
// link that takes the visitor to the (first) field. It says exactly what
// the store's scenario, and so the report, holds (store.Uncounted).
func (p *Page) renderUncounted() app.UI {
	list := p.store().Uncounted()
	var out, kept []string
	for _, u := range list {
		if u.Uses == "" {
			out = append(out, u.Path)
		} else {
			kept = append(kept, u.Path)
		}
	}
	link := func(class string, paths []string, text string) app.UI {
		id := fieldID(paths[0])
		return app.A().Class(class).Href("#"+id).DataSet("count", strconv.Itoa(len(paths))).DataSet("field", id).Text(text).
			OnClick(func(ctx app.Context, e app.Event) {
				e.PreventDefault()
				if el := app.Window().GetElementByID(id); el.Truthy() {
					el.Call("scrollIntoView", map[string]any{"block": "center"})
					el.Call("focus")
				}
			}, app.EventScope(id))
	}
	return app.If(len(list) > 0, func() app.UI {
		return app.P().Class("uncounted").ID("uncounted").Body(
			app.If(len(out) > 0, func() app.UI {
				n := strconv.Itoa(len(out))
				return link("uncounted-out", out, p.tn("one={0} field is not counted|other={0} fields are not counted", n, n))
			}),
			app.If(len(out) > 0 && len(kept) > 0, func() app.UI { return app.Text(" · ") }),
			app.If(len(kept) > 0, func() app.UI {
				n := strconv.Itoa(len(kept))
				return link("uncounted-kept", kept, p.tn("one={0} field holds invalid text: the results use its last valid value|other={0} fields hold invalid text: the results use their last valid values", n, n))
			}),
		)
	})
}
