package app

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// Themes a visitor can pick: "" follows the system (prefers-color-scheme).
var Themes = []string{"", "light", "dark"}

// applyTheme sets data-theme on <html> (web/embed.css holds both themes),
// or removes it to follow the system.
func applyTheme(theme string) {
	if !app.IsClient {
		return
	}
	root := app.Window().Get("document").Get("documentElement")
	if theme == "" {
		root.Call("removeAttribute", "data-theme")
	} else {
		root.Call("setAttribute", "data-theme", theme)
	}
}

// renderThemePicker is the header's theme select.
func (p *Page) renderThemePicker() app.UI {
	cur := p.store().Settings().Theme
	labels := map[string]string{"": p.t("System"), "light": p.t("Light"), "dark": p.t("Dark")}
	return app.Div().Class("theme").Body(
		app.Label().For("theme").Text(p.t("Theme")),
		app.Select().ID("theme").Attr("autocomplete", "off").OnChange(func(ctx app.Context, e app.Event) {
			v := ctx.JSSrc().Get("value").String()
			p.store().SetTheme(v)
			applyTheme(p.store().Settings().Theme)
		}).Body(
			app.Range(Themes).Slice(func(i int) app.UI {
				return option(Themes[i], labels[Themes[i]], Themes[i] == cur)
			}),
		),
	)
}
