package app

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/socialroi/socialroi/roi"
)

// The toolbar: scenario management (the scenario list, new from a preset,
// Create / Duplicate / Delete) and files (Share, Export, Print, Import) in
// one compact menu after the guided start, so the first screen is the
// visitor's numbers, not the tools. The menu is a <details>: keyboard
// accessible as it is, and it opens by itself when a file is dropped.

// renderToolbar is the "Scenarios and files" menu.
func (p *Page) renderToolbar() app.UI {
	st := p.store()
	return app.Details().ID("files-menu").Class("card menu toolbar").Body(
		app.Summary().Body(
			app.Span().Class("menu-title").Text(p.t("Scenarios and files")),
			app.Span().Class("menu-current").Text(p.scenarioLabel(*st.Current())),
		),
		p.renderScenarioBar(),
		p.renderTools(),
	)
}

// openMenu opens the toolbar (a file dropped anywhere: its status is in it).
func openMenu() {
	if !app.IsClient {
		return
	}
	if el := app.Window().GetElementByID("files-menu"); el.Truthy() {
		el.Set("open", true)
	}
}

func (p *Page) renderScenarioBar() app.UI {
	st := p.store()
	entries := st.Entries()
	cur := st.Current()
	newOpts := append([]string{}, roi.PresetNames...)
	newOpts = append(newOpts, "blank")
	if p.newFrom == "" {
		p.newFrom = "ecommerce"
	}
	return app.Section().Class("card scenarios").Aria("label", p.t("Scenarios")).Body(
		app.Div().Class("row").Body(
			app.Div().Class("field").Body(
				app.Label().For("scenario").Text(p.t("Scenario")),
				app.Select().ID("scenario").OnChange(func(ctx app.Context, e app.Event) {
					p.store().Select(ctx.JSSrc().Get("value").String())
				}).Body(
					app.Range(entries).Slice(func(i int) app.UI {
						return option(entries[i].ID, p.scenarioLabel(entries[i]), entries[i].ID == cur.ID)
					}),
				),
			),
			app.Div().Class("field").Body(
				app.Label().For("new-from").Text(p.t("New scenario from")),
				app.Select().ID("new-from").Attr("autocomplete", "off").OnChange(func(ctx app.Context, e app.Event) {
					p.newFrom = ctx.JSSrc().Get("value").String()
				}).Body(
					app.Range(newOpts).Slice(func(i int) app.UI {
						return option(newOpts[i], p.t(presetLabels[newOpts[i]]), newOpts[i] == p.newFrom)
					}),
				),
			),
		),
		app.Div().Class("actions").Body(
			app.Button().Type("button").ID("create").Text(p.t("Create")).OnClick(func(ctx app.Context, e app.Event) {
				// Handlers read the store when they run: go-app keeps a
				// handler from the first render, with what it captured.
				st := p.store()
				sc := newScenario(p.lang(), p.newFrom, st.Current().Scenario.Currency)
				if _, ok := roi.Preset(p.newFrom); !ok {
					sc.Name = p.t("New scenario")
				}
				st.Add(sc)
			}),
			app.Button().Type("button").ID("duplicate").Text(p.t("Duplicate")).OnClick(func(ctx app.Context, e app.Event) {
				p.store().Duplicate(p.t("(copy)"))
			}),
			app.Button().Type("button").ID("delete").Class("danger").Text(p.t("Delete")).OnClick(func(ctx app.Context, e app.Event) {
				p.store().Delete(p.store().Current().ID)
			}),
		),
	)
}

// renderTools is the card under the scenario list: share, export, import
// and the print view.
func (p *Page) renderTools() app.UI {
	st := p.store()
	t := &p.tools
	// "Undo import" is the one undo, while the import is what it takes back.
	undo := t.lastImport != "" && st.LastUndo != nil && st.LastUndo.What == "import" && st.Entry(t.lastImport) != nil
	if !undo {
		t.lastImport = ""
	}
	return app.Section().Class("card tools").ID("tools").Aria("label", p.t("Share and export")).Body(
		app.Div().Class("actions").Body(
			p.shareButton(),
			app.Button().Type("button").ID("export-json").Text(p.t("Export JSON")).OnClick(func(ctx app.Context, e app.Event) { p.exportJSON() }),
			app.Button().Type("button").ID("export-csv").Text(p.t("Export CSV")).OnClick(func(ctx app.Context, e app.Event) { p.exportCSV() }),
			app.Button().Type("button").ID("export-sheet").Text(p.t("Export for a spreadsheet")).OnClick(func(ctx app.Context, e app.Event) { p.exportSheet() }),
			app.A().ID("print-report").Class("button").Href(href(PathReport)).Text(p.t("Print report")),
		),
		p.renderShare(),
		p.renderImportZone(),
		statusLine("file-status", t.fileStatus, t.fileAlert),
		app.If(undo, func() app.UI {
			name := p.orUntitled(st.LastUndo.Name)
			return app.Button().Type("button").ID("undo-import").Text(p.t("Undo import")).OnClick(func(ctx app.Context, e app.Event) {
				p.store().Undo()
				t.lastImport = ""
				t.fileStatus, t.fileAlert = p.tf("The import of “{0}” was taken back.", name), false
				t.importWarnings = nil
			}, app.EventScope("undo-import", t.lastImport)) // a later import gets a handler of its own
		}),
		app.If(len(t.importProblems) > 0, func() app.UI {
			return app.Div().Class("error import-notice").ID("import-notice").Role("alert").Body(
				app.P().Text(p.t("What is wrong in the file, field by field:")),
				app.Ul().Body(app.Range(t.importProblems).Slice(func(i int) app.UI { return app.Li().Text(t.importProblems[i]) })),
			)
		}),
		app.If(len(t.importWarnings) > 0, func() app.UI {
			return app.Div().Class("note import-warnings").ID("import-warnings").Role("status").Body(
				app.P().Text(p.t("Imported, but some of the file was ignored:")),
				app.Ul().Body(app.Range(t.importWarnings).Slice(func(i int) app.UI { return app.Li().Text(t.importWarnings[i]) })),
			)
		}),
	)
}

// shareButton makes and copies the link to the current scenario.
func (p *Page) shareButton() app.UI {
	return app.Button().Type("button").ID("share").Text(p.t("Share")).OnClick(func(ctx app.Context, e app.Event) { p.share(ctx) })
}

// renderShare is what Share did, and the link to copy by hand.
func (p *Page) renderShare() app.UI {
	return app.Div().Class("share").Body(
		p.renderShareTo(),
		app.If(p.tools.shareLink != "", func() app.UI {
			return app.Div().Class("field share-link").Body(
				app.Label().For("share-link").Text(p.t("Share link")),
				app.Input().Type("text").ID("share-link").ReadOnly(true).Value(p.tools.shareLink).
					Attr("autocomplete", "off").Attr("spellcheck", "false").
					OnFocus(func(ctx app.Context, e app.Event) { ctx.JSSrc().Call("select") }),
			)
		}),
		statusLine("share-status", p.tools.shareStatus, p.tools.shareAlert),
	)
}

// renderImportZone is the import: a button-like label over a visually
// hidden file input (keyboard focus shows on the label), in a drop zone
// that says when a file is over it. The drop itself is the calculator's
// (watchDrops in export.go): a file dropped anywhere is imported.
func (p *Page) renderImportZone() app.UI {
	class := "dropzone import"
	if p.tools.dragOver {
		class += " over"
	}
	over := func(on bool) app.EventHandler {
		return func(ctx app.Context, e app.Event) { p.tools.dragOver = on }
	}
	return app.Div().Class(class).ID("import-zone").
		On("dragenter", over(true)).On("dragleave", over(false)).On("drop", over(false)).Body(
		app.Div().Class("file-pick").Body(
			app.Input().Type("file").ID("import-file").Class("visually-hidden").Accept(".json,application/json").
				Aria("describedby", "import-hint").OnChange(p.onImportPick),
			app.Label().For("import-file").Class("button").Text(p.t("Import a scenario (JSON file)")),
		),
		app.Small().Class("hint").ID("import-hint").Text(p.t("Or drop the file here, or anywhere on the calculator. It is added as a new scenario: nothing you have is replaced.")),
	)
}
