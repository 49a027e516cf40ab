package app

import (
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/socialroi/socialroi/roi"
	"github.com/socialroi/socialroi/store"
)

// The app's routes. Every one is pre-cached for offline use.
const (
	PathCalc    = "/"
	PathCompare = "/compare"
	PathGuide   = "/guide"
	PathReport  = "/report" // the print view (report.go)
	// The blog embed (framed, options in the #fragment) and its builder:
	// embed.go, embedpage.go.
	PathEmbed    = "/embed"
	PathGetEmbed = "/get-embed"
)

// RoutePaths lists every page the app serves.
var RoutePaths = []string{PathCalc, PathCompare, PathGuide, PathReport, PathEmbed, PathGetEmbed}

// Routes registers the pages. Both the wasm main and the site generator
// call it, so the generated pages and the app agree.
func Routes() {
	for _, path := range RoutePaths {
		app.Route(path, func() app.Composer { return newRoute(path) }) // routes.go
	}
}

// shared is the store every page uses in the browser; it is made on the
// first mount. Server-side renders (prerender, tests) use a fresh memory store.
var shared *Store

// UseStore sets the store pages use (tests; the browser sets its own).
func UseStore(s *Store) { shared = s }

func browserStore() *Store {
	if shared == nil {
		local, session, err := NewBrowserStorage()
		if err != nil {
			// Refusing storage: the store works in memory and says so.
			local, session = &MemoryStorage{Broken: true}, nil
		}
		shared = store.NewSaving(local, session, browserSaving()) // edits written in a batch (save.go)
		watchPageHide(flushSaves)
		shared.SetBrowserLanguages(browserLanguages())
		shared.LocalizeFresh(func(lang string) (roi.Scenario, bool) { return LocalPreset(lang, "ecommerce") })
		// Another tab's change reaches the page being shown.
		watchStorage(func(key string) {
			if f := onStorage; f != nil {
				f(key)
			} else { // no route mounted yet, or between two: the next one reads it
				storageMissed = append(storageMissed, key)
			}
		})
	}
	return shared
}

// onStorage takes in another tab's change on the mounted page;
// storageMissed holds the keys changed while no page was mounted.
var (
	onStorage     func(key string)
	storageMissed []string
)

// Page is the shell every route component embeds (routes.go): its state,
// its life cycle, and its frame around the route's view: header, notices,
// the update banner, the undo banner and the footer.
type Page struct {
	app.Compo
	View string

	st              *Store
	updateAvailable bool
	installable     bool
	apple           bool
	renaming        bool
	confirmDelete   bool
	newOpen         bool
	compareA        string
	compareB        string
	newFrom         string
	startPer        string // the guided start's unit for hours typed (start.go)
	tools           tools
	ads             adImport // the ad import's mapping step (adimport.go)
	docLang         string   // the <html lang> set last
	summaryOpen     bool     // the phone's summary bar shows every figure (summary.go)
	currencyFilter  string   // what the currency search holds (currency.go)

	embed *embedState // the blog embed and its builder (embedpage.go)
	boot  staging     // the first mount spread over frames (stage.go)
	rec   *[]control  // the controls of the form part being rendered (formsync.go)
	live  live        // the parts on the page, to draw one alone (typing.go)
	shell []any       // what the last render drew around the parts (typing.go)
}

// OnPreRender renders a complete page on the server: the first paint comes
// from this HTML, before the wasm arrives.
func (p *Page) OnPreRender(ctx app.Context) {
	ctx.Page().SetTitle("%s", RouteTitle("en", p.View))
	ctx.Page().SetDescription("%s", RouteDescription("en", p.View))
	if shared != nil {
		p.st = shared
	} else {
		p.st = NewStore(NewMemoryStorage())
	}
}

// OnInit picks the store before the first render. In the browser that is
// the visitor's saved data: go-app keeps the event handlers of the first
// render, so they must never see a stand-in store.
func (p *Page) OnInit() {
	if app.IsClient && p.View == PathEmbed && !earlyRead {
		readEarly() // typed into the prerendered embed before its start (embedstart.go)
		readEarlyFocus()
	}
	if app.IsClient && p.View != PathEmbed { // the embed never touches saved data
		if p.View == PathCalc {
			readEarly()      // before go-app swaps the prerendered form out (prestart.go)
			p.beginStaging() // the first mount spread over frames (stage.go)
		}
		readEarlyChoices() // the header's and the menu's selects (prestart.go)
		p.st = browserStore()
		p.carryChoices()
	}
	// Only the prerendered page holds what was typed before the start: a
	// route mounted later must not read go-app's own form (still in the
	// page while the new route mounts) as early typing.
	if app.IsClient {
		earlyRead, earlyChoicesRead = true, true
	}
}

// OnMount loads the visitor's data.
func (p *Page) OnMount(ctx app.Context) {
	if p.View == PathEmbed {
		p.mountEmbed(ctx) // a store in memory, options from the #fragment (embedpage.go)
		return
	}
	p.st = browserStore()
	mounted = p
	p.live.page, p.live.mounted = ctx, true // a key typed draws only what changed (typing.go)
	saveCtx, saveCtxOK = ctx, true          // the save timer's flush runs through this page (save.go)
	onStorage = func(key string) {
		ctx.Dispatch(func(ctx app.Context) {
			if p.store().External(key) {
				applyTheme(p.store().Settings().Theme)
			}
		})
	}
	for _, key := range storageMissed {
		p.store().External(key)
	}
	storageMissed = nil
	p.carryOver() // what was typed before the app started (prestart.go)
	applyTheme(p.st.Settings().Theme)
	p.mountTools(ctx) // a #s= share link, a scenario file dropped (share.go)
	p.updateAvailable = ctx.AppUpdateAvailable()
	p.installable = ctx.IsAppInstallable()
	p.apple = ctx.IsAppleBrowser()
	p.mountEmbed(ctx) // the embed builder's preview (embedpage.go)
	// The rest of a staged first mount, then data-app-ready (stage.go).
	p.stageOn(ctx)
}

// mounted is the shell of the route on screen (in the browser; the embed's
// is not kept here). The browser's listeners reach the page through the
// functions it set (onStorage, onShareHash, drop, onPreview, saveCtx): when
// it goes, release lets go of them, so none calls into a dismounted route.
var mounted *Page

// release lets go of what the browser's listeners hold of p.
func (p *Page) release() {
	p.stopLazy() // the held parts' watchers (lazy.go)
	if mounted != p {
		return // another route mounted since (and set its own)
	}
	mounted = nil
	saveCtx, saveCtxOK = app.Context{}, false // a flush due now runs without a page (save.go)
	onStorage = nil
	onShareHash = nil     // share.go
	drop = nil            // export.go
	onPreviewHeight = nil // embedpage.go
}

// OnAppUpdate shows the "new version" banner.
func (p *Page) OnAppUpdate(ctx app.Context) { p.updateAvailable = ctx.AppUpdateAvailable() }

// OnAppInstallChange shows or hides the install button.
func (p *Page) OnAppInstallChange(ctx app.Context) { p.installable = ctx.IsAppInstallable() }

func (p *Page) store() *Store {
	if p.st == nil {
		if shared != nil {
			p.st = shared
		} else {
			p.st = NewStore(NewMemoryStorage())
		}
	}
	return p.st
}

// lang is the language the page speaks: the store's.
func (p *Page) lang() string { return p.store().Lang() }

// frame draws the shell around a route's view (drawn first: the route's
// Render, routes.go).
func (p *Page) frame(view app.UI) app.UI {
	st := p.store()
	lang := p.lang()
	p.shell = p.shellKey()
	if lang+p.View != p.docLang {
		p.docLang = lang + p.View
		setDocumentLang(lang)
		setDocumentHead(lang, p.View)
	}
	return app.Div().Class("shell").Attr("lang", lang).Body(
		app.A().Class("skip").Href("#main").Text(p.t("Skip to content")),
		app.Header().Class("top").Body(
			app.A().Class("brand").Href(href(PathCalc)).Body(
				// Decorative: the link's text names it. go-app drops an empty alt,
				// so the image is marked presentational instead.
				app.Img().Src("/web/icon.svg").Attr("role", "presentation").Width(28).Height(28),
				app.Span().Text("Social ROI"),
			),
			app.Nav().Aria("label", p.t("Main")).Body(
				navLink(PathCalc, p.t("Calculator"), p.View),
				navLink(PathCompare, p.t("Compare"), p.View),
				navLink(PathGuide, p.t("Guide"), p.View),
				p.embedNavLink(),
			),
			app.Div().Class("prefs").Body(p.renderLangPicker(), p.renderThemePicker()),
			app.If(p.installable && !p.apple, func() app.UI {
				return app.Button().Class("install").Type("button").Text(p.t("Install")).OnClick(func(ctx app.Context, e app.Event) {
					ctx.ShowAppInstallPrompt()
				})
			}),
		),
		app.If(p.updateAvailable, func() app.UI {
			return app.Div().Class("banner update").Role("status").Body(
				app.Span().Text(p.t("A new version is available.")),
				app.Button().Type("button").Text(p.t("Reload")).OnClick(func(ctx app.Context, e app.Event) { ctx.Reload() }),
			)
		}),
		p.renderNotice(st),
		app.If(st.LastUndo != nil, func() app.UI {
			u := st.LastUndo
			what := p.tf("Deleted “{0}”.", p.orUntitled(u.Name))
			switch u.What {
			case "import":
				what = p.tf("Imported “{0}”.", p.orUntitled(u.Name))
			case "remove":
				what = p.tf("Removed a line from “{0}”.", p.orUntitled(u.Name))
			case "apply":
				what = p.tf("Imported {0} into “{1}”.", u.Detail, p.orUntitled(u.Name))
			}
			return app.Div().Class("banner undo").Role("status").Body(
				app.Span().Text(what),
				app.Button().Type("button").ID("undo").Text(p.t("Undo")).OnClick(func(ctx app.Context, e app.Event) { p.store().Undo() }),
				app.Button().Type("button").Class("quiet").Aria("label", p.t("Dismiss")).Text("×").OnClick(func(ctx app.Context, e app.Event) { p.store().DismissUndo() }),
			)
		}),
		app.Main().ID("main").Body(view),
		app.Footer().Class("foot").Body(
			app.If(p.apple && !p.installable, func() app.UI {
				return app.P().Text(p.t("To install on iPhone or iPad: tap Share, then “Add to Home Screen”."))
			}),
			app.P().Text(p.t("Every figure is computed in your browser. Nothing you enter leaves this device unless you share it.")),
		),
	)
}

// renderNotice says what happened to the visitor's data: the state of
// storage, then each notice of the store (what was kept, where, and what is
// not being saved), the migration notes of the scenario on screen, and a
// scenario that is not saved.
func (p *Page) renderNotice(st *Store) app.UI {
	var state string
	switch st.Notice {
	case NoticeUnavailable:
		state = p.t("This browser does not let the calculator keep data here: everything works, but changes will not be kept after you close the page. Export to keep your scenario.")
	case NoticeFull:
		state = p.t("Your browser's storage is full: the last changes are not saved. They stay on screen; export to keep them, or delete old scenarios.")
	}
	cur := st.Current()
	notes := st.PendingNotes()
	unsaved := cur.Unsaved && !st.IsIncoming(cur.ID) && st.Notice != NoticeUnavailable
	if state == "" && len(st.Notices) == 0 && len(notes) == 0 && !unsaved {
		return app.If(false, nil)
	}
	id := cur.ID
	return app.Div().Class("notices").Body(
		app.If(state != "" || len(st.Notices) > 0 || unsaved, func() app.UI {
			return app.Div().Class("banner notice").ID("storage-notice").Role("alert").Body(
				app.If(state != "", func() app.UI { return app.P().Text(state) }),
				app.If(unsaved, func() app.UI {
					return app.P().ID("unsaved-warning").Text(p.tf("“{0}” is not saved: it is lost when this page closes. Export it to keep it.", p.orUntitled(cur.Scenario.Name)))
				}),
				app.Range(st.Notices).Slice(func(i int) app.UI {
					return app.P().Class("store-notice").DataSet("code", st.Notices[i].Code).Body(
						app.Text(p.noticeText(st.Notices[i])+" "),
						app.Button().Type("button").Class("quiet").Text(p.t("Dismiss")).OnClick(func(ctx app.Context, e app.Event) {
							p.store().Dismiss(i)
						}, app.EventScope("notice", i, len(st.Notices))),
					)
				}),
			)
		}),
		app.If(len(notes) > 0, func() app.UI {
			return app.Div().Class("banner notice").ID("migration-notes").Role("status").Body(
				app.P().Text(p.tf("What changed in “{0}” with this version:", p.orUntitled(cur.Scenario.Name))),
				app.Ul().Body(app.Range(notes).Slice(func(i int) app.UI { return app.Li().Text(p.warning(notes[i].Message, cur.Scenario.Currency)) })),
				app.Button().Type("button").ID("migration-dismiss").Text(p.t("Dismiss")).OnClick(func(ctx app.Context, e app.Event) {
					p.store().DismissNotes(id)
				}, app.EventScope("migration", id)),
			)
		}),
	)
}

// noticeText says one notice of the store.
func (p *Page) noticeText(n store.Notice) string {
	name := p.orUntitled(n.Name)
	switch n.Code {
	case store.NoteCorrupt:
		if n.Backup == n.Key {
			return p.tf("Saved data under the key “{0}” could not be read. It is left there as it was; the calculator goes on without it.", n.Key)
		}
		if n.Backup == "" {
			return p.tf("Saved data under the key “{0}” could not be read, and no copy could be made (storage is full). It is left there as it was, unused; nothing overwrites it.", n.Key)
		}
		return p.tf("Saved data under the key “{0}” could not be read. A copy was kept under the key “{1}”; the calculator goes on without it.", n.Key, n.Backup)
	case store.NoteUnknown:
		fields := strings.Join(n.Paths, ", ")
		if n.Backup == "" {
			return p.tf("“{0}” has fields this version does not know ({1}) and no copy could be made: changes to it are not saved.", name, fields)
		}
		return p.tf("“{0}” had fields this version does not know ({1}). The scenario as it was stored is kept under the key “{2}”; those fields are not saved with it.", name, fields, n.Backup)
	case store.NoteChanged:
		return p.tf("“{0}” was changed in another tab. This tab now shows that change.", name)
	case store.NoteDeleted:
		return p.tf("“{0}” was deleted in another tab.", name)
	default: // store.NoteTooLarge
		return p.tf("“{0}” is too large to be kept (more than 1 MiB) and was not added.", name)
	}
}

func navLink(path, label, current string) app.UI {
	a := app.A().Href(href(path)).Text(label)
	if path == current {
		a = a.Aria("current", "page")
	}
	return a
}

// orUntitled is a scenario's name, or says it has none.
func (p *Page) orUntitled(name string) string {
	if strings.TrimSpace(name) == "" {
		return p.t("Untitled scenario")
	}
	return name
}

// renderLangPicker is the language select of the header. Each language is
// named in its own language (and marked so for screen readers).
func (p *Page) renderLangPicker() app.UI {
	cur := p.lang()
	return app.Div().Class("lang").Body(
		app.Label().For("lang").Text(p.t("Language")),
		app.Select().ID("lang").Attr("autocomplete", "off").OnChange(func(ctx app.Context, e app.Event) {
			p.store().SetLang(ctx.JSSrc().Get("value").String())
			p.localizeExample() // an untouched example speaks the new language (start.go)
		}).Body(
			app.Range(roi.Languages).Slice(func(i int) app.UI {
				l := roi.Languages[i]
				o := app.Option().Value(l).Attr("lang", l).Text(langNames[l])
				if l == cur {
					o = o.Selected(true)
				}
				return o
			}),
		),
	)
}

// fieldID turns a JSON path into an element id: costs[2].amount -> f-costs-2-amount.
// It runs for every field on every render: a byte loop, not a
// strings.Replacer (whose tables are built on each use).
func fieldID(path string) string {
	b := make([]byte, 0, len(path)+2)
	b = append(b, "f-"...)
	for i := 0; i < len(path); i++ {
		switch c := path[i]; c {
		case '[', '.':
			b = append(b, '-')
		case ']':
		default:
			b = append(b, c)
		}
	}
	return string(b)
}

// input renders one labelled field bound to the scenario. Invalid text stays
// as typed, with the reason next to it.
func (p *Page) input(f Field, label, hint string) app.UI {
	st := p.store()
	id := fieldID(f.Path)
	prob, bad := st.Problem(f.Path)
	_, typing := st.Typing[f.Path]
	text := asTyped(id, st.Text(f), typing)
	p.shown(id, text, typing)
	in := app.Input().Type("text").ID(id).Name(f.Path).Value(text).
		OnInput(func(ctx app.Context, e app.Event) {
			p.store().Edit(f, ctx.JSSrc().Get("value").String())
			p.typed(ctx, f.Path) // only what changed is drawn (typing.go)
		}, app.EventScope(f.Path)).
		OnChange(func(ctx app.Context, e app.Event) { p.store().DoneTyping(f.Path) }, app.EventScope(f.Path))
	if f.Number {
		in = in.Attr("inputmode", "decimal").Attr("autocomplete", "off")
	}
	note, noted := st.Note(f)
	if bad {
		in = in.Aria("invalid", "true").Aria("describedby", id+"-err")
	} else if noted {
		in = in.Aria("describedby", id+"-note")
	}
	return app.Div().Class("field").Body(
		app.Label().For(id).Text(label),
		in,
		app.If(hint != "" && !bad, func() app.UI { return app.Small().Class("hint").Text(hint) }),
		app.If(noted && !bad, func() app.UI { return p.inputNote(f, id, note) }),
		app.If(bad, func() app.UI {
			return app.P().Class("error").ID(id + "-err").Role("alert").Text(p.notCounted(f, prob))
		}),
	)
}

// dateInput renders a labelled date field (the browser's date picker; the
// value is always yyyy-mm-dd).
func (p *Page) dateInput(f Field, label string) app.UI {
	st := p.store()
	id := fieldID(f.Path)
	prob, bad := st.Problem(f.Path)
	text := st.Text(f)
	p.shown(id, text, false)
	in := app.Input().Type("date").ID(id).Name(f.Path).Value(text).
		OnChange(func(ctx app.Context, e app.Event) {
			p.store().Edit(f, ctx.JSSrc().Get("value").String())
			p.store().DoneTyping(f.Path)
		}, app.EventScope(f.Path))
	if bad {
		in = in.Aria("invalid", "true").Aria("describedby", id+"-err")
	}
	return app.Div().Class("field").Body(
		app.Label().For(id).Text(label),
		in,
		app.If(bad, func() app.UI { return app.P().Class("error").ID(id + "-err").Role("alert").Text(p.say(prob)) }),
	)
}

// choice renders a labelled select bound to the scenario: the store makes
// the change (store.Choose), with roi's exact edits where a choice changes
// how a line is given.
func (p *Page) choice(path, label, value string, options [][2]string) app.UI {
	id := fieldID(path)
	p.shown(id, value, false)
	return app.Div().Class("field").Body(
		app.Label().For(id).Text(label),
		app.Select().ID(id).Name(path).OnChange(func(ctx app.Context, e app.Event) {
			if !p.store().Choose(path, ctx.JSSrc().Get("value").String()) {
				ctx.JSSrc().Set("value", value) // refused: nothing changed, and the select says so
			}
		}, app.EventScope(path, value)).Body(
			app.Range(options).Slice(func(i int) app.UI {
				return option(options[i][0], options[i][1], options[i][0] == value)
			}),
		),
	)
}

// check renders a labelled checkbox bound to the scenario.
func (p *Page) check(path, label string, value bool) app.UI {
	id := fieldID(path)
	p.shown(id, value, false)
	in := app.Input().Type("checkbox").ID(id).Name(path).OnChange(func(ctx app.Context, e app.Event) {
		if !p.store().Choose(path, strconv.FormatBool(ctx.JSSrc().Get("checked").Bool())) {
			ctx.JSSrc().Set("checked", value) // refused: nothing changed
		}
	}, app.EventScope(path, value))
	if value {
		// Only when true: go-app would prerender checked="false", which
		// browsers read as ticked. Unticking is done by formsync.go.
		in = in.Checked(true)
	}
	return app.Div().Class("field check").Body(in, app.Label().For(id).Text(label))
}

// option renders one <option>. Selected is only written when true: go-app
// would prerender selected="false", which browsers read as selected.
func option(value, text string, selected bool) app.UI {
	o := app.Option().Value(value).Text(text)
	if selected {
		o = o.Selected(true)
	}
	return o
}

// href resolves a route for links. In the browser, go-app adds a site's path
// prefix (GitHub Pages: /socialroi/) only to its own resources, so route
// links get it here; the prerendered page resolves it server-side.
func href(path string) string {
	if !app.IsClient {
		return path
	}
	prefix := strings.TrimSuffix(app.Getenv("GOAPP_ROOT_PREFIX"), "/")
	return prefix + path
}

func opts(values []string, labels map[string]string) [][2]string {
	out := make([][2]string, len(values))
	for i, v := range values {
		l := labels[v]
		if l == "" {
			l = v
		}
		out[i] = [2]string{v, l}
	}
	return out
}
